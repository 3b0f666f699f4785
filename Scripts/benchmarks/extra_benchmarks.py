"""Extra benchmarks for Scripts/bench (imported by run_all.py): `routemap snap-points` end to end, the
GeoJSON writer against ogr2ogr, and `routemap batch` on 10,000- and 100,000-row incident tables."""
import batch_benchmark
import snap_points_benchmark
import writer_benchmark


def run(root, work, runs, quick, timings, record, results):
    snap_points_benchmark.run(root, work, runs, quick, timings, record, results)
    writer_benchmark.run(root, work, runs, quick, timings, record, results)
    batch_benchmark.run(root, work, runs, quick, timings, record, results)
