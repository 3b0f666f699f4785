"""The checks of Scripts/spark-test: Spark RDD.pipe and partitioned batch against single processes, then
DuckDB over the result. Prints each step's wall time and ends with 'spark: N passed, M failed'."""
import csv
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

root, routemap, work, points = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
spark_snap = [sys.executable, str(root / "Scripts/spark-snap")]
passed, failed = 0, 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"spark-test: ok   {name}")
    else:
        failed += 1
        print(f"spark-test: FAIL {name} {detail}")


def timed(command, **kwargs):
    start = time.monotonic()
    subprocess.run(command, check=True, **kwargs)
    return time.monotonic() - start


# Points near the route: each a station's coordinate moved by up to ±0.05° (≈ 5 km), reproducibly.
stations = [row for row in csv.DictReader(open(root / "GeoData/jaffar-express/stations.csv")) if row["lat"] and row["lon"]]
rng = random.Random(12)
source = work / "points.csv"
with open(source, "w") as out:
    for i in range(points):
        s = stations[rng.randrange(len(stations))]
        out.write(f"{float(s['lon']) + rng.uniform(-0.05, 0.05):.7f},{float(s['lat']) + rng.uniform(-0.05, 0.05):.7f},p{i}\n")

single = work / "single.csv"
seconds_single = timed([routemap, "snap-points", str(source), "--columns", "lon,lat,id", "--out", str(single), "--jobs", "2", "--quiet"])
seconds_spark = timed(spark_snap + ["points", routemap, str(source), str(work / "spark-out"), "--master", "local[2]", "--partitions", "4"])
print(f"spark-test: {points} points: one process {seconds_single:.1f} s; Spark local[2], 4 partitions, RDD.pipe {seconds_spark:.1f} s (JVM start included)")


def rows(path_or_paths):
    lines = []
    for p in path_or_paths:
        lines += open(p).read().splitlines()
    return lines


single_rows = rows([single])
spark_rows = rows(sorted((work / "spark-out").glob("part-*")))
check("every point comes out of Spark once", len(spark_rows) == points == len(single_rows), f"{len(spark_rows)} vs {len(single_rows)}")
check("Spark's output sorted by id equals the single run's", sorted(spark_rows) == sorted(single_rows))
ordered = True
for part in sorted((work / "spark-out").glob("part-*")):
    ids = [int(line.split(",", 1)[0][1:]) for line in open(part).read().splitlines()]
    ordered = ordered and ids == sorted(ids)
check("within each partition the input order is kept", ordered)

# Incidents: the shipped table, batch over 3 partitions vs one batch run.
incidents = root / "GeoData/jaffar-express/incidents/route-incidents.csv"
seconds_batch_single = timed([routemap, "batch", str(incidents), "--out", str(work / "batch-single"), "--jobs", "2", "--quiet"],
                             stdout=subprocess.DEVNULL)
seconds_batch_spark = timed(spark_snap + ["incidents", routemap, str(incidents), str(work / "batch-spark"), "--partitions", "3"])
print(f"spark-test: incident table: one batch {seconds_batch_single:.1f} s; Spark, 3 partitions {seconds_batch_spark:.1f} s")


def summary(path):
    with open(path) as f:
        reader = csv.DictReader(f)
        return sorted((tuple((k, v) for k, v in row.items() if k != "row") for row in reader))


a, b = summary(work / "batch-single/summary.csv"), summary(work / "batch-spark/summary.csv")
check("batch summaries over partitions equal the single run's (row numbers aside)", a == b and len(a) > 0, f"{len(a)} vs {len(b)} rows")

# DuckDB reads the snapped CSV as written and counts points per 10 km of chainage.
import duckdb  # noqa: E402

start = time.monotonic()
header = "id,lon,lat,chainage_km,offset_m,side,line,km_post"
con = duckdb.connect()
counts = dict(con.execute(
    f"SELECT CAST(floor(chainage_km / 10) * 10 AS INTEGER) AS km10, count(*) FROM read_csv('{work / 'spark-out'}/part-*', "
    f"header=false, names={header.split(',')!r}) GROUP BY km10 ORDER BY km10").fetchall())
seconds_duckdb = time.monotonic() - start
expected = Counter(int(float(r.split(",")[3]) // 10 * 10) for r in single_rows)
check("DuckDB's points per 10 km equal a count in Python", counts == dict(expected), f"{len(counts)} vs {len(expected)} bins")
print(f"spark-test: DuckDB aggregated {sum(counts.values())} points into {len(counts)} 10-km bins in {seconds_duckdb:.2f} s")
print(f"spark: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
