"""Wall time and peak memory of one command run, shared by the benchmarks."""
import os
import subprocess
import sys
import time


def peak_rss(command, check=True):
    """(wall seconds, peak RSS in MB, how it was measured) for one run of `command`: /usr/bin/time -v when
    installed, else getrusage(RUSAGE_CHILDREN) in a fresh Python child so that only this command counts."""
    start = time.perf_counter()
    if os.path.exists("/usr/bin/time"):
        result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if check and result.returncode != 0:
            raise subprocess.CalledProcessError(result.returncode, command, result.stdout, result.stderr)
        kb = next(int(l.split(":")[1]) for l in result.stderr.splitlines() if "Maximum resident set size" in l)
        return seconds, kb / 1024, "/usr/bin/time -v"
    probe = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[2:], capture_output=True); "
             "sys.exit(r.returncode) if sys.argv[1] == '1' and r.returncode else None; "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    kb = int(subprocess.run([sys.executable, "-c", probe, "1" if check else "0"] + command, check=True,
                            capture_output=True, text=True).stdout)
    return time.perf_counter() - start, kb / 1024, "getrusage(RUSAGE_CHILDREN)"
