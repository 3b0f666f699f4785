/// The page's own stylesheet (after Leaflet's): a full-window map and routemap's panels.
enum PageStyle {
    static let css = """
    html, body { height: 100%; margin: 0; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; }
    #map { position: absolute; inset: 0; background: #f4f2ec; }
    .routemap-panel { background: rgba(255, 255, 255, 0.92); padding: 8px 10px; border-radius: 4px;
      box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
    .routemap-info { max-width: 360px; max-height: 60vh; overflow-y: auto; font-size: 12px; }
    .routemap-panel h1 { font-size: 15px; margin: 0 0 4px; }
    .routemap-panel dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 1px 8px; }
    .routemap-panel dt { font-weight: 600; color: #555; }
    .routemap-panel dd { margin: 0; }
    .routemap-panel details { margin-top: 4px; color: #555; font-size: 11px; }
    .routemap-legend { max-height: 55vh; overflow-y: auto; font-size: 12px; }
    .routemap-legend h2 { font-size: 12px; margin: 0 0 3px; }
    .routemap-legend-row { display: flex; align-items: center; gap: 6px; white-space: nowrap; }
    .routemap-legend-row svg { flex: none; }
    .routemap-popup table { border-collapse: collapse; font-size: 12px; }
    .routemap-popup th { text-align: left; font-weight: 600; color: #555; padding-right: 8px; vertical-align: top; }
    .routemap-popup td { max-width: 260px; overflow-wrap: anywhere; }
    .routemap-popup h3 { font-size: 13px; margin: 0 0 4px; }
    .routemap-popup p { margin: 0 0 6px; }
    """
}
