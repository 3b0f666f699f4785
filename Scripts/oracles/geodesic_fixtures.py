"""Write geodesic and projection reference values computed by pyproj (independent of routemap)."""
import csv
import random
import sys
from pathlib import Path

import pyproj

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
geod = pyproj.Geod(ellps="WGS84")
rng = random.Random(20250311)

# Named pairs on and around the route (station coordinates from GeoData, OSM), plus long and awkward ones.
named = [
    ("Quetta-Peshawar Cantt", 67.0007561, 30.1916268, 71.5504094, 34.0022483),
    ("Quetta-Sibi", 67.0007561, 30.1916268, 67.8697687, 29.5475664),
    ("Pehro Kunri-Mushkaf", 67.6669498, 29.6174521, 67.7306188, 29.5647815),
    ("Mach town-Panir", 67.32639, 29.86694, 67.5462334, 29.6756408),
    ("same point", 67.0, 30.0, 67.0, 30.0),
    ("meridian", 70.0, 10.0, 70.0, 40.0),
    ("equator", 10.0, 0.0, 50.0, 0.0),
    ("nearly antipodal", 0.0, 0.5, 179.5, -0.5),
    ("antimeridian crossing", 179.0, -16.0, -178.0, -17.0),
]
for i in range(40):
    lon1, lat1 = rng.uniform(60, 80), rng.uniform(20, 40)
    lon2, lat2 = lon1 + rng.uniform(-5, 5), lat1 + rng.uniform(-5, 5)
    named.append((f"random {i}", lon1, lat1, lon2, lat2))

with open(out / "geodesic_inverse.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["name", "lon1", "lat1", "lon2", "lat2", "distance_m", "azi1_deg", "azi2_deg"])
    for name, lon1, lat1, lon2, lat2 in named:
        az1, az2, d = geod.inv(lon1, lat1, lon2, lat2)
        # pyproj's azi2 is the back azimuth (from point 2 to point 1).
        w.writerow([name, repr(lon1), repr(lat1), repr(lon2), repr(lat2), repr(d), repr(az1), repr(az2)])

with open(out / "geodesic_direct.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["lon1", "lat1", "azimuth_deg", "distance_m", "lon2", "lat2"])
    for _ in range(30):
        lon1, lat1 = rng.uniform(60, 80), rng.uniform(20, 40)
        az, dist = rng.uniform(-180, 180), rng.uniform(1, 2_000_000)
        lon2, lat2, _ = geod.fwd(lon1, lat1, az, dist)
        w.writerow([repr(lon1), repr(lat1), repr(az), repr(dist), repr(lon2), repr(lat2)])

with open(out / "geodesic_midpoints.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["lon1", "lat1", "lon2", "lat2", "fraction", "lon", "lat"])
    for _ in range(20):
        lon1, lat1 = rng.uniform(60, 80), rng.uniform(20, 40)
        lon2, lat2 = rng.uniform(60, 80), rng.uniform(20, 40)
        frac = rng.uniform(0.05, 0.95)
        az1, _, d = geod.inv(lon1, lat1, lon2, lat2)
        lon, lat, _ = geod.fwd(lon1, lat1, az1, d * frac)
        w.writerow([repr(lon1), repr(lat1), repr(lon2), repr(lat2), repr(frac), repr(lon), repr(lat)])

tm = pyproj.Transformer.from_crs("EPSG:4326", "+proj=tmerc +lat_0=0 +lon_0=70.5 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs", always_xy=True)
with open(out / "tmerc_70_5.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["lon", "lat", "x", "y"])
    for _ in range(20):
        lon, lat = rng.uniform(66, 75), rng.uniform(27, 35)
        x, y = tm.transform(lon, lat)
        w.writerow([repr(lon), repr(lat), repr(x), repr(y)])
print("wrote fixtures to", out)
