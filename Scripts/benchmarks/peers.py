"""Benchmark data and Python peers for Scripts/bench (shapely 2 and pyproj, in a throwaway virtualenv).

  peers.py data LINE.bin POINTS.bin PAIRS.bin N      make N points near the route and N geodesic pairs
  peers.py snap LINE.bin POINTS.bin RUNS             shapely: project to the route's frame, line_locate_point
  peers.py strtree LINE.bin POINTS.bin RUNS          shapely: STRtree nearest segment (index only)
  peers.py geodesic PAIRS.bin RUNS                   pyproj Geod.inv over all pairs
Each timing line is "seconds checksum", like routemap-bench.
"""
import sys
import time

import numpy as np


def load(path, width):
    return np.fromfile(path, dtype="<f8").reshape(-1, width)


def timed(body):
    start = time.perf_counter()
    checksum = body()
    return time.perf_counter() - start, checksum


def make_data(line_path, points_path, pairs_path, n):
    from pyproj import Geod
    rng = np.random.default_rng(20250311)
    line = load(line_path, 2)
    geod = Geod(ellps="WGS84")
    # Points within 20 km of a random point of the line (uniform over segments by length).
    seg = rng.integers(0, len(line) - 1, n)
    t = rng.random(n)
    base_lon = line[seg, 0] + t * (line[seg + 1, 0] - line[seg, 0])
    base_lat = line[seg, 1] + t * (line[seg + 1, 1] - line[seg, 1])
    lon, lat, _ = geod.fwd(base_lon, base_lat, rng.uniform(0, 360, n), rng.uniform(0, 20_000, n))
    np.column_stack([lon, lat]).astype("<f8").tofile(points_path)
    lon2, lat2, _ = geod.fwd(lon, lat, rng.uniform(0, 360, n), rng.uniform(1, 500_000, n))
    np.column_stack([lon, lat, lon2, lat2]).astype("<f8").tofile(pairs_path)


def frame(line):
    from pyproj import Transformer
    meridian = round((line[:, 0].min() + line[:, 0].max()) / 2 * 10) / 10
    crs = f"+proj=tmerc +lat_0=0 +lon_0={meridian} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs"
    return Transformer.from_crs("EPSG:4326", crs, always_xy=True)


def snap(line_path, points_path, runs):
    import shapely
    line = load(line_path, 2)
    points = load(points_path, 2)
    tm = frame(line)
    lx, ly = tm.transform(line[:, 0], line[:, 1])
    route = shapely.linestrings(np.column_stack([lx, ly]))
    shapely.prepare(route)
    for _ in range(runs):
        def body():
            x, y = tm.transform(points[:, 0], points[:, 1])
            return float(shapely.line_locate_point(route, shapely.points(x, y)).sum())
        print(*timed(body))


def strtree(line_path, points_path, runs):
    import shapely
    line = load(line_path, 2)
    points = load(points_path, 2)
    tm = frame(line)
    lx, ly = tm.transform(line[:, 0], line[:, 1])
    coords = np.column_stack([lx, ly])
    segments = shapely.linestrings(np.stack([coords[:-1], coords[1:]], axis=1))
    tree = shapely.STRtree(segments)
    for _ in range(runs):
        def body():
            x, y = tm.transform(points[:, 0], points[:, 1])
            return float(tree.nearest(shapely.points(x, y)).sum())
        print(*timed(body))


def geodesic(pairs_path, runs):
    from pyproj import Geod
    pairs = load(pairs_path, 4)
    geod = Geod(ellps="WGS84")
    for _ in range(runs):
        def body():
            _, _, d = geod.inv(pairs[:, 0], pairs[:, 1], pairs[:, 2], pairs[:, 3])
            return float(d.sum())
        print(*timed(body))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "data":
        make_data(args[0], args[1], args[2], int(args[3]))
    elif command == "snap":
        snap(args[0], args[1], int(args[2]))
    elif command == "strtree":
        strtree(args[0], args[1], int(args[2]))
    elif command == "geodesic":
        geodesic(args[0], int(args[1]))
