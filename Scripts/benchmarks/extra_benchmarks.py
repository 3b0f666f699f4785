"""Extra benchmarks for Scripts/bench (imported by run_all.py): each module's `run` is called in turn."""
import batch_benchmark


def run(root, work, runs, quick, timings, record, results):
    batch_benchmark.run(root, work, runs, quick, timings, record, results)
