"""One timed build in a fresh process: prints {"seconds", "max_rss_mb"} as JSON.

Usage: python bench/measure.py digest SETTINGS OUTPUT           (our site, atomic build, search index)
       python bench/measure.py digest-no-search SETTINGS OUTPUT (the same without the search index)
       python bench/measure.py pelican SETTINGS OUTPUT          (plain Pelican, no plugins)
       python bench/measure.py pagefind - SITE                  (Pagefind over a built site, as a user would run it)
"children_max_rss_mb" is the largest child process (a forked worker or a Pagefind run);
"pagefind_max_rss_mb" the largest Pagefind run alone.
"""

from __future__ import annotations

import json
import logging
import resource
import subprocess
import tempfile
import types
import sys
import time
from pathlib import Path


# Runs a command and writes its peak RSS (KB) to a file. A process forked from the build inherits the
# build's memory high-water mark, even across exec; a child of this small process does not.
_PEAK_OF = ("import resource, subprocess, sys; done = subprocess.run(sys.argv[2:]); "
            "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
            "sys.exit(done.returncode)")


def measure_pagefind_runs(peaks: list[float]) -> None:
    """Record each Pagefind run's own peak RSS, in MB."""
    from pelican.plugins.news_digest.cli import searching

    def run(args, **kwargs):
        with tempfile.NamedTemporaryFile("r") as peak:
            done = subprocess.run([sys.executable, "-c", _PEAK_OF, peak.name, *args], **kwargs)
            peaks.append(int(peak.read() or 0) / 1024)
        return done

    searching.subprocess = types.SimpleNamespace(run=run)


def main() -> None:
    kind, settings_file, output = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    logging.disable(logging.WARNING)
    pagefind_peaks: list[float] = []
    started = time.perf_counter()
    if kind == "pagefind":  # its own process: this small one's peak is not the build's
        subprocess.run([sys.executable, "-m", "pagefind", "--site", str(output)], check=True, capture_output=True)
    elif kind.startswith("digest"):
        from pelican.plugins.news_digest.cli.building import build_site

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
