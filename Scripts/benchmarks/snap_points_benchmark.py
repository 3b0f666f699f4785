"""End-to-end `routemap snap-points` benchmark for Scripts/bench (called from extra_benchmarks.py):
1,000,000 points read from CSV, snapped on 2 cores and written as CSV, process start included; the peer
is shapely reading the same CSV with numpy, projecting with pyproj and calling line_locate_point, then
writing the chainage with numpy (also end to end, in one Python process)."""
import statistics
import subprocess
import sys
import time

from measure import peak_rss

PEER = """
import sys, numpy as np, shapely
from pyproj import Transformer
line = np.fromfile(sys.argv[1], dtype="<f8").reshape(-1, 2)
meridian = round((line[:, 0].min() + line[:, 0].max()) / 2 * 10) / 10
tm = Transformer.from_crs("EPSG:4326", f"+proj=tmerc +lat_0=0 +lon_0={meridian} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs", always_xy=True)
route = shapely.linestrings(np.column_stack(tm.transform(line[:, 0], line[:, 1])))
shapely.prepare(route)
data = np.loadtxt(sys.argv[2], delimiter=",", skiprows=1, usecols=(1, 2))
x, y = tm.transform(data[:, 0], data[:, 1])
along = shapely.line_locate_point(route, shapely.points(x, y))
np.savetxt(sys.argv[3], np.column_stack([data, along]), delimiter=",", fmt="%.7f")
"""


def run(root, work, runs, quick, timings, record, results):
    routemap = str(root / ".build/release/routemap")
    points = work / "points.bin"
    csv = work / "snap-input.csv"
    import numpy as np
    coords = np.fromfile(points, dtype="<f8").reshape(-1, 2)
    n = len(coords)
    with open(csv, "w") as f:
        f.write("id,lon,lat\n")
        for i, (lon, lat) in enumerate(coords.tolist()):
            f.write(f"p{i},{lon!r},{lat!r}\n")
    ours, peer = [], []
    for r in range(runs):
        start = time.perf_counter()
        subprocess.run([routemap, "snap-points", str(csv), "--out", str(work / "snapped.csv"), "--jobs", "2", "--quiet"], check=True)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", PEER, str(work / "line.bin"), str(csv), str(work / "peer.csv")], check=True)
        peer.append(time.perf_counter() - start)
    _, mb, how = peak_rss([routemap, "snap-points", str(csv), "--out", str(work / "snapped.csv"), "--jobs", "2", "--quiet"])
    record("snap-points CSV → CSV end to end (2 jobs, process start included)", n,
           (statistics.median(ours), ours, ""), "numpy loadtxt + pyproj + shapely line_locate_point + savetxt", (statistics.median(peer), peer, ""),
           f"routemap peak RSS {mb:.1f} MB ({how}): the input is streamed in chunks of 200,000 points")
