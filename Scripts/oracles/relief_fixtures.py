"""Reference relief distances computed by pyproj (independent of routemap).

Run: /tmp/venv/bin/python Scripts/oracles/relief_fixtures.py   (prints CSV to stdout)

The incident is placed with the clue `chainage_km: 116`, whose interval 115.5-116.5 km is centred on
Pehro Kunri station (chainage 116), a vertex of the modelled line: so the placed point is that station's
coordinate in stations.csv. For each relief point in relief_points.csv this prints
pyproj.Geod(ellps="WGS84").inv(incident lon, lat, relief lon, lat): distance (m) and forward azimuth
normalised to [0, 360). It also prints the straight-line distances from Quetta station quoted in
incidents/README.md. The Swift tests (Tests/PlacementTests/Relief/ReliefDistancesTests.swift and
Reading/ClueReaderTests.swift) embed these numbers as literals: Package.swift declares no resources for
PlacementTests, and an undeclared fixture file there makes SwiftPM warn.
"""
import csv
import sys
from pathlib import Path

import pyproj

root = Path(__file__).resolve().parents[2] / "GeoData" / "jaffar-express"
geod = pyproj.Geod(ellps="WGS84")
stations = {r["name"]: r for r in csv.DictReader(open(root / "stations.csv", encoding="utf-8"))}
w = csv.writer(sys.stdout, lineterminator="\n")

origin = stations["Pehro Kunri"]
lon0, lat0 = float(origin["lon"]), float(origin["lat"])
w.writerow(["relief_id", "lon", "lat", "distance_m", "azimuth_deg"])
for r in csv.DictReader(open(root / "relief_points.csv", encoding="utf-8")):
    az, _, d = geod.inv(lon0, lat0, float(r["lon"]), float(r["lat"]))
    w.writerow([r["id"], r["lon"], r["lat"], f"{d:.3f}", f"{az % 360:.6f}"])

w.writerow([])
w.writerow(["from_quetta_to", "distance_m"])
q = stations["Quetta"]
for name in ["Panir", "Pehro Kunri", "Mushkaf", "Sibi"]:
    s = stations[name]
    _, _, d = geod.inv(float(q["lon"]), float(q["lat"]), float(s["lon"]), float(s["lat"]))
    w.writerow([name, f"{d:.3f}"])
