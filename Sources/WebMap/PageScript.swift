/// The page's scripts: an error hook that runs before anything else, and the map itself.
enum PageScript {
    /// Records every script error, failed resource and `console.error` so the page can list them in
    /// `#routemap-errors` (and a browser test can read them back).
    static let errorHook = """
    window.routemapErrors = [];
    window.routemapRecordError = function (message) {
      window.routemapErrors.push(String(message));
      var list = document.getElementById('routemap-errors');
      if (window.routemapReady && list) { var item = document.createElement('li'); item.textContent = String(message); list.appendChild(item); }
      var summary = document.getElementById('routemap-summary');
      if (summary) { summary.setAttribute('data-errors', String(window.routemapErrors.length)); }
    };
    window.addEventListener('error', function (event) {
      var target = event.target;
      var what = event.message || (target && (target.src || target.href)) || 'unknown error';
      window.routemapRecordError('error: ' + what);
    }, true);
    (function () {
      var original = console.error;
      console.error = function () {
        window.routemapRecordError('console.error: ' + Array.prototype.join.call(arguments, ' '));
        return original.apply(console, arguments);
      };
    })();
    """

    /// Draws the layers from `#routemap-data` with Leaflet and fills in the summary.
    static let source = """
    (function () {
      'use strict';
      var data = JSON.parse(document.getElementById('routemap-data').textContent);
      var meta = data.meta;
      var styleKeys = { 'stroke': 1, 'stroke-width': 1, 'stroke-opacity': 1, 'fill': 1, 'fill-opacity': 1,
        'marker-color': 1, 'marker-symbol': 1, 'marker-size': 1, 'title': 1, 'description': 1, 'legend': 1, 'label_priority': 1 };
      var radii = { small: 4, medium: 6, large: 9 };

      function escapeHTML(text) {
        return String(text).replace(/[&<>"']/g, function (c) {
          return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
        });
      }
      function number(value, fallback) { return typeof value === 'number' && isFinite(value) ? value : fallback; }
      function colour(value, fallback) { return typeof value === 'string' && /^#([0-9a-fA-F]{3}){1,2}$/.test(value) ? value : fallback; }
      function shown(value) {
        if (value === null || value === undefined) { return 'unknown'; }
        if (typeof value === 'object') { return JSON.stringify(value); }
        return String(value);
      }
      function popupHTML(properties, layerName) {
        var html = '<div class="routemap-popup">';
        if (properties.title) { html += '<h3>' + escapeHTML(properties.title) + '</h3>'; }
        if (properties.description) { html += '<p>' + escapeHTML(properties.description) + '</p>'; }
        html += '<table><tr><th>layer</th><td>' + escapeHTML(layerName) + '</td></tr>';
        Object.keys(properties).forEach(function (key) {
          if (styleKeys[key]) { return; }
          html += '<tr><th>' + escapeHTML(key) + '</th><td>' + escapeHTML(shown(properties[key])) + '</td></tr>';
        });
        return html + '</table></div>';
      }
      function pathStyle(feature) {
        var p = feature.properties || {};
        return { color: colour(p['stroke'], '#555555'), weight: number(p['stroke-width'], 2),
          opacity: Math.min(Math.max(number(p['stroke-opacity'], 1), 0), 1),
          fillColor: colour(p['fill'], '#555555'), fillOpacity: Math.min(Math.max(number(p['fill-opacity'], 0.6), 0), 1) };
      }
      function pointMarker(feature, latlng) {
        var p = feature.properties || {};
        return L.circleMarker(latlng, { radius: radii[p['marker-size']] || 6, color: '#ffffff', weight: 1.5, opacity: 1,
          fillColor: colour(p['marker-color'], '#7e7e7e'), fillOpacity: 1 });
      }

      var map = L.map('map', { zoomSnap: 0.25 });
      var overlays = {};
      var featureCount = 0;
      var drawn = 0;
      var extent = L.latLngBounds([]);
      data.layers.forEach(function (layer) {
        var features = layer.collection.features || [];
        featureCount += features.length;
        var group = L.geoJSON(layer.collection, {
          style: pathStyle,
          pointToLayer: pointMarker,
          onEachFeature: function (feature, shape) {
            var p = feature.properties || {};
            shape.bindPopup(popupHTML(p, layer.name), { maxWidth: 440 });
            if (p.title) { shape.bindTooltip(escapeHTML(p.title)); }
            drawn += 1;
          }
        });
        group.addTo(map);
        if (group.getLayers().length > 0) { extent.extend(group.getBounds()); }
        overlays[escapeHTML(layer.name) + ' (' + features.length + ')'] = group;
      });

      var offline = L.layerGroup().addTo(map);
      var tiles = L.tileLayer(meta.basemap.url, { attribution: meta.basemap.attribution, maxZoom: 19 });
      var basemaps = { 'No basemap (works offline)': offline, 'OpenStreetMap tiles (online)': tiles };
      L.control.layers(basemaps, overlays, { collapsed: false, position: 'topright' }).addTo(map);
      L.control.scale({ imperial: false, maxWidth: 160, position: 'bottomleft' }).addTo(map);
      map.attributionControl.setPrefix('<a href="https://leafletjs.com">' + escapeHTML(meta.leaflet) + '</a> (BSD-2-Clause)');
      map.attributionControl.addAttribution(escapeHTML(meta.attribution));

      var info = L.control({ position: 'topleft' });
      info.onAdd = function () {
        var box = L.DomUtil.create('div', 'routemap-panel routemap-info');
        var html = '<h1>' + escapeHTML(meta.title) + '</h1><dl>';
        meta.facts.forEach(function (fact) {
          html += '<dt>' + escapeHTML(fact.label) + '</dt><dd>' + escapeHTML(fact.value) + '</dd>';
        });
        html += '</dl><details><summary>About this page</summary>Drawn with ' + escapeHTML(meta.leaflet) +
          ' (leafletjs.com, BSD-2-Clause, © Vladimir Agafonkin, CloudMade), inlined from Debian\\'s libjs-leaflet. ' +
          'No network is used unless the OpenStreetMap basemap is switched on. Click a feature for its properties.</details>';
        box.innerHTML = html;
        L.DomEvent.disableClickPropagation(box);
        return box;
      };
      info.addTo(map);

      function swatchSVG(swatches) {
        var svg = '<svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">';
        swatches.forEach(function (s) {
          if (s.shape === 'polygon') {
            svg += '<rect x="0.5" y="0.5" width="27" height="13" fill="' + s.fill + '" fill-opacity="' + s['fill-opacity'] +
              '" stroke="' + s.stroke + '" stroke-opacity="' + s['stroke-opacity'] + '" stroke-width="' + Math.min(s['stroke-width'], 2) + '"/>';
          } else if (s.shape === 'line') {
            svg += '<line x1="0" y1="7" x2="28" y2="7" stroke="' + s.stroke + '" stroke-opacity="' + s['stroke-opacity'] +
              '" stroke-width="' + Math.min(Math.max(s['stroke-width'], 1), 12) + '"/>';
          } else {
            svg += '<circle cx="14" cy="7" r="' + Math.min(s.radius, 6) + '" fill="' + s['marker-color'] + '" stroke="#ffffff" stroke-width="1.5"/>';
          }
        });
        return svg + '</svg>';
      }
      var legend = L.control({ position: 'bottomright' });
      legend.onAdd = function () {
        var box = L.DomUtil.create('div', 'routemap-panel routemap-legend');
        var html = '<h2>Legend</h2>';
        meta.legend.forEach(function (row) {
          html += '<div class="routemap-legend-row" data-layer="' + escapeHTML(row.layer) + '">' + swatchSVG(row.swatches) +
            '<span>' + escapeHTML(row.label) + '</span></div>';
        });
        box.innerHTML = html;
        L.DomEvent.disableScrollPropagation(box);
        return box;
      };
      legend.addTo(map);

      if (meta.focus) {
        map.fitBounds(meta.focus);
      } else if (extent.isValid()) {
        map.fitBounds(extent, { padding: [20, 20] });
      } else {
        map.setView([0, 0], 2);
      }

      var summary = document.getElementById('routemap-summary');
      summary.setAttribute('data-layers', String(data.layers.length));
      summary.setAttribute('data-features', String(featureCount));
      summary.setAttribute('data-drawn', String(drawn));
      summary.setAttribute('data-legend-rows', String(meta.legend.length));
      summary.setAttribute('data-errors', String(window.routemapErrors.length));
      window.routemapErrors.forEach(function (message) {
        var item = document.createElement('li');
        item.textContent = message;
        document.getElementById('routemap-errors').appendChild(item);
      });
      function countResources() {
        summary.setAttribute('data-resources', String(performance.getEntriesByType('resource').length));
      }
      countResources();
      window.addEventListener('load', countResources);
      window.routemapReady = true;
      summary.setAttribute('data-ready', 'true');
    })();
    """
}
