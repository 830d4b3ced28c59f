"""One timed build in a fresh process: prints {"seconds", "max_rss_mb"} as JSON.

Usage: python bench/measure.py digest SETTINGS OUTPUT           (our site, atomic build, search index)
       python bench/measure.py digest-no-search SETTINGS OUTPUT (the same without the search index)
       python bench/measure.py pelican SETTINGS OUTPUT          (plain Pelican, no plugins)
"children_max_rss_mb" is the largest child process (a forked worker or a Pagefind run);
"pagefind_max_rss_mb" the largest Pagefind run alone.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import subprocess
import tempfile
import types
import sys
import time
from pathlib import Path


def measure_pagefind_runs(peaks: list[float]) -> None:
    """Record each Pagefind run's peak RSS (forked workers are children too, so RUSAGE_CHILDREN mixes them)."""
    from digest_cli import searching

    def run(args, capture_output=False, text=False, **kwargs):
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            process = subprocess.Popen(args, stdout=out, stderr=err, **kwargs)
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            peaks.append(usage.ru_maxrss / 1024)
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
        if text:
            stdout, stderr = stdout.decode(), stderr.decode()
        return subprocess.CompletedProcess(args, process.returncode, stdout, stderr)

    searching.subprocess = types.SimpleNamespace(run=run)


def main() -> None:
    kind, settings_file, output = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    logging.disable(logging.WARNING)
    pagefind_peaks: list[float] = []
    started = time.perf_counter()
    if kind.startswith("digest"):
        from digest_cli.building import build_site

        measure_pagefind_runs(pagefind_peaks)
        build_site(settings_file, output, {"DIGEST_SEARCH": False} if kind == "digest-no-search" else None)
    else:
        from pelican import Pelican
        from pelican.settings import read_settings

        settings = read_settings(str(settings_file), override={"OUTPUT_PATH": str(output)})
        Pelican(settings).run()
    seconds = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": round(seconds, 2), "max_rss_mb": round(rss, 1),
                      "children_max_rss_mb": round(children, 1),
                      "pagefind_max_rss_mb": round(max(pagefind_peaks, default=0.0), 1)}))


if __name__ == "__main__":
    main()
