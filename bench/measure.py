"""One timed build in a fresh process: prints {"seconds", "max_rss_mb"} as JSON.

Usage: python bench/measure.py digest SETTINGS OUTPUT           (our site, atomic build, search index)
       python bench/measure.py digest-no-search SETTINGS OUTPUT (the same without the search index)
       python bench/measure.py pelican SETTINGS OUTPUT          (plain Pelican, no plugins)
"children_max_rss_mb" is the largest child process: Pagefind's indexer.
"""

from __future__ import annotations

import json
import logging
import resource
import sys
import time
from pathlib import Path


def main() -> None:
    kind, settings_file, output = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    logging.disable(logging.WARNING)
    started = time.perf_counter()
    if kind.startswith("digest"):
        from digest_cli.building import build_site

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
                      "children_max_rss_mb": round(children, 1)}))


if __name__ == "__main__":
    main()
