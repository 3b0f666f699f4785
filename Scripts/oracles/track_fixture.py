"""Writes the small railway fixture for TrackBuildingTests and the figures the builder must reproduce.

The fixture is a made-up line near (67.0 E, 29.0 N), drawn so that each rule of the builder is
exercised: a siding beside a station (the station must attach to the through track), a 29 m gap in
the ways with a 7 km branch loop around it (the gap must be bridged by a connector, not the detour),
two ways whose ends are 1 m apart (joined), a tunnel way (layer -1) and a bridge way (layer 1).
A second stations file puts a station 1.35 km behind its predecessor (it must be skipped, never reached by
turning back); a third goes back 0.45 km to a station after a stop (a reversal at that station, allowed). Expected lengths are computed here with pyproj (GeographicLib) and shapely, independently
of routemap's code.
"""
import csv
import json
import sys
from pathlib import Path

from pyproj import Geod, Transformer
from shapely.geometry import LineString, Point

out = Path(sys.argv[1])
geod = Geod(ellps="WGS84")
LAT = 29.0


def east(lon0, lon1, step=0.002, lat=LAT):
    n = round((lon1 - lon0) / step)
    return [[round(lon0 + i * (lon1 - lon0) / n, 7), lat] for i in range(n + 1)]


ways = [
    ("1", None, east(67.000, 67.010)),
    ("2", None, east(67.010, 67.020)),
    ("3", None, [[67.012, LAT], [67.013, 29.0002], [67.016, 29.0002]]),           # siding (dead end)
    ("4", None, [[67.0203, LAT], [67.024, LAT], [67.026, LAT], [67.028, LAT], [67.030, LAT]]),
    ("5", -1, [[67.03001, LAT], [67.035, LAT], [67.040, LAT]]),                    # tunnel, 1 m from way 4's end
    ("6", 1, [[67.040, LAT], [67.043, LAT], [67.046, LAT]]),                       # bridge
    ("8", None, [[67.018, LAT], [67.019, 29.001], [67.019, 29.03], [67.023, 29.03], [67.023, 29.001], [67.024, LAT]]),  # loop
]
features = [{"type": "Feature", "properties": {"osm_id": wid, "railway": "rail", "layer": layer, "name": None},
             "geometry": {"type": "LineString", "coordinates": coords}} for wid, layer, coords in ways]
features.append({"type": "Feature", "properties": {"osm_id": "9", "railway": "platform", "layer": None},
                 "geometry": {"type": "LineString", "coordinates": [[67.001, 29.0001], [67.002, 29.0001]]}})
(out / "small-line.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features}, indent=1) + "\n")

stations = [("West", 0.0, 67.0005, 29.00005), ("Siding Halt", 1.4, 67.0145, 29.00015),
            ("East Gap", 3.5, 67.035, 28.99995), ("End", 4.5, 67.0448, LAT)]
behind = [("West", 0.0, 67.0005, 29.00005), ("Siding Halt", 1.4, 67.0145, 29.00015), ("Behind", 1.5, 67.001, LAT),
          ("East Gap", 3.5, 67.035, 28.99995)]
reverse = [("West", 0.0, 67.0005, 29.00005), ("Siding Halt", 1.4, 67.0145, 29.00015), ("Back", 1.85, 67.010, LAT),
           ("Home", 2.65, 67.002, LAT)]
header = ["seq", "name", "aliases", "line", "km_post", "chainage_km", "lat", "lon", "position", "elevation_m", "stops",
          "coord_source", "elev_source", "notes"]
for name, rows in [("small-line-stations.csv", stations), ("small-line-behind.csv", behind), ("small-line-reverse.csv", reverse)]:
    with open(out / name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for i, (station, km, lon, lat) in enumerate(rows):
            w.writerow([i + 1, station, "", "T", km, km, lat, lon, "osm", "", "yes", "fixture", "", ""])

# The intended path: along the main line (ways 1, 2), across the gap, ways 4, 5, 6; stations attached
# at their nearest point of it (projection in a local transverse Mercator frame).
tm = Transformer.from_crs("EPSG:4326", "+proj=tmerc +lon_0=67.0 +ellps=WGS84", always_xy=True)
back = Transformer.from_crs("+proj=tmerc +lon_0=67.0 +ellps=WGS84", "EPSG:4326", always_xy=True)
main = east(67.000, 67.020) + [[67.0203, LAT], [67.030, LAT], [67.03001, LAT], [67.040, LAT], [67.046, LAT]]
line = LineString([tm.transform(*p) for p in main])


def attach(lon, lat):
    d = line.project(Point(tm.transform(lon, lat)))
    x, y = line.interpolate(d).coords[0]
    return back.transform(x, y), d


def geodesic(points):
    lons, lats = zip(*points)
    return geod.line_length(lons, lats)


ends = [attach(lon, lat) for _, _, lon, lat in stations]
start, stop = ends[0][0], ends[-1][0]
inner = [p for p in main if ends[0][1] < line.project(Point(tm.transform(*p))) < ends[-1][1]]
expected = {
    "path_length_m": geodesic([start] + inner + [stop]),
    "gap_connector_m": geodesic([[67.020, LAT], [67.0203, LAT]]),
    "join_connector_m": geodesic([[67.030, LAT], [67.03001, LAT]]),
    "tunnel_length_m": geodesic([[67.03001, LAT], [67.035, LAT], [67.040, LAT]]),
    "bridge_to_end_m": geodesic([[67.040, LAT], [67.043, LAT], list(stop)]),
    "station_distance_m": {name: geod.inv(lon, lat, *attach(lon, lat)[0])[2] for name, _, lon, lat in stations},
    "source_runs": ["1", "2", "connector", "4", "connector", "5", "6"],
}
(out / "small-line-expected.json").write_text(json.dumps(expected, indent=1) + "\n")
print("wrote", out)
