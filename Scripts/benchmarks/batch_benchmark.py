"""Batch benchmark for Scripts/bench (called from extra_benchmarks.py): `routemap batch` on a generated
10,000-row and 100,000-row incident table, wall time and peak RSS, to show 10,000 rows < 10 s and memory
flat between 10k and 100k rows.

Also a generator on its own:  python3 batch_benchmark.py ROOT ROWS OUT.csv
The table's clues are drawn from GeoData/jaffar-express/stations.csv (names, lines, km posts, coordinates),
tunnels.csv and areas.csv with a fixed seed: between two nearby stations, near a station, a km post on a
station's line, a chainage, a coordinate near a station, a tunnel, an area, a rail distance from a station,
and two-clue rows (some of them conflicting). One row in 500 is bad (unknown station, lat 200, no clue).
"""
import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import peak_rss

COLUMNS = ["id", "title", "time", "lat", "lon", "accuracy_m", "chainage_km", "line", "km_post", "between_a", "between_b",
           "near", "within_km", "tunnel", "area", "distance_from", "distance_km", "distance_by"]


def _rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def generate(root, n, out, seed=5):
    """Writes an n-row incident table to `out`."""
    data = os.path.join(str(root), "GeoData", "jaffar-express")
    stations = _rows(os.path.join(data, "stations.csv"))
    located = [s for s in stations if s["lat"] and s["lon"]]
    tunnels = [t["number"] or t["name"] for t in _rows(os.path.join(data, "tunnels.csv"))]
    areas = [a["name"] for a in _rows(os.path.join(data, "areas.csv"))]
    length = float(stations[-1]["chainage_km"])
    rng = random.Random(seed)

    def clue(row, kind):
        s = rng.choice(stations)
        if kind == "between":
            i = rng.randrange(len(stations) - 3)
            row["between_a"], row["between_b"] = stations[i]["name"], stations[i + rng.randint(1, 3)]["name"]
        elif kind == "near":
            row["near"], row["within_km"] = s["name"], rng.choice(["", "1", "2", "5"])
        elif kind == "km_post":
            row["line"], row["km_post"] = s["line"], str(max(0, int(s["km_post"]) + rng.randint(-3, 3)))
        elif kind == "chainage":
            row["chainage_km"] = f"{rng.uniform(0, length):.1f}"
        elif kind == "at":
            p = rng.choice(located)
            row["lat"], row["lon"] = f"{float(p['lat']) + rng.uniform(-0.01, 0.01):.6f}", f"{float(p['lon']) + rng.uniform(-0.01, 0.01):.6f}"
            row["accuracy_m"] = rng.choice(["", "50", "500"])
        elif kind == "tunnel":
            row["tunnel"] = rng.choice(tunnels)
        elif kind == "area":
            row["area"] = rng.choice(areas)
        else:
            row["distance_from"], row["distance_km"], row["distance_by"] = s["name"], str(rng.randint(1, 40)), "rail"

    kinds = ["between", "near", "km_post", "chainage", "at", "tunnel", "area", "distance"]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        w.writeheader()
        for i in range(n):
            row = {c: "" for c in COLUMNS}
            row.update(id=f"INC-{i + 1:06d}", title=f"generated incident {i + 1}", time=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T12:00:00+05:00")
            if i % 500 == 499:
                bad = (i // 500) % 3
                if bad == 0:
                    row["between_a"], row["between_b"] = "Atlantis", stations[0]["name"]
                elif bad == 1:
                    row["lat"], row["lon"] = "200", "67"
            else:
                for kind in rng.sample(kinds, rng.choice([1, 1, 2])):
                    clue(row, kind)
            w.writerow(row)


def run(root, work, runs, quick, timings, record, results):
    """Times the batch with its output on the work folder's disk and, where /dev/shm exists, in memory
    (tmpfs): the first shows what a user's disk costs (file creation dominates on slow disks), the second
    the computing alone."""
    routemap = str(root / ".build/release/routemap")
    sizes = (10_000, 100_000)
    places = [("disk", work)]
    if os.path.isdir("/dev/shm"):
        places.append(("tmpfs", Path(tempfile.mkdtemp(prefix="routemap-batch-", dir="/dev/shm"))))
    for where, base in places:
        figures = {}
        for n in sizes:
            table = work / f"incidents-{n}.csv"
            if not table.exists():
                generate(root, n, table)
            seconds, peaks = [], []
            for r in range(1 if n > 10_000 or quick else runs):
                out = base / f"batch-{n}-{r}"
                # Exit 1 is expected: the table has bad rows on purpose.
                s, mb, _ = peak_rss([routemap, "batch", str(table), "--out", str(out), "--quiet"], check=False)
                seconds.append(s)
                peaks.append(mb)
            seconds.sort()
            figures[n] = (seconds[len(seconds) // 2], seconds, max(peaks))
            print(f"batch {n:,} rows, output on {where}: {figures[n][0]:.2f} s, peak RSS {figures[n][2]:.1f} MB", file=sys.stderr)
        # Deleting hundreds of MB of small files slows the next writes on some disks for a while, so the
        # outputs are removed only after all runs in this place.
        subprocess.run(["rm", "-rf"] + [str(p) for p in base.glob("batch-*")], check=True)
        small, large = figures[sizes[0]], figures[sizes[1]]
        record(f"batch: {sizes[0]:,}-row incident table → folders, summary, errors (2 jobs, output on {where})", sizes[0], small[:2] + ("",),
               f"the same command on {sizes[1]:,} rows", large[:2] + ("",),
               f"target {sizes[0]:,} rows < 10 s; peak RSS {sizes[0]:,} rows {small[2]:.1f} MB, {sizes[1]:,} rows {large[2]:.1f} MB "
               "(memory does not grow with the rows: streamed in chunks of 1,000); ratio = throughput at 10k ÷ at 100k")
        if where == "tmpfs":
            subprocess.run(["rm", "-rf", str(base)], check=True)


if __name__ == "__main__":
    generate(sys.argv[1], int(sys.argv[2]), sys.argv[3])
