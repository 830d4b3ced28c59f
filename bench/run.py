"""`make bench`: speed and memory figures, printed and written to bench/results.json.

Benchmarks print numbers; they are not timed unit tests. For each corpus size
(bench/corpus.py, deterministic) it measures, in one run: our full build, the
same corpus built by plain Pelican (default theme, no plugins), a rebuild with
nothing changed, a rebuild after adding one article, and peak memory; then
quote extraction throughput on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from digest_cli.corpus import read_article
from digest_quotes.extract import extract_quotes
from digest_quotes.people import PeopleDirectory, load_people

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.corpus import write_corpus  # noqa: E402

PLAIN_CONF = """PATH = "content"
SITENAME = "Plain Pelican"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
DEFAULT_PAGINATION = 20
"""


def timed(kind: str, settings: Path, output: Path) -> dict:
    result = subprocess.run([sys.executable, str(ROOT / "bench/measure.py"), kind, str(settings), str(output)],
                            cwd=settings.parent, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def build_figures(size: int, workdir: Path) -> dict:
    ours = write_corpus(workdir / f"digest-{size}", size)
    plain = write_corpus(workdir / f"plain-{size}", size, plain=True)
    (plain / "pelicanconf.py").write_text(PLAIN_CONF, encoding="utf-8")
    print(f"  N={size}: plain Pelican ...", flush=True)
    plain_build = timed("pelican", plain / "pelicanconf.py", plain / "output")
    print(f"  N={size}: digest full build without the search index ...", flush=True)
    no_search = timed("digest-no-search", ours / "pelicanconf.py", ours / "output")
    print(f"  N={size}: digest full build ...", flush=True)  # other settings: a cold cache again
    full = timed("digest", ours / "pelicanconf.py", ours / "output")
    print(f"  N={size}: digest rebuild, nothing changed ...", flush=True)
    unchanged = timed("digest", ours / "pelicanconf.py", ours / "output")
    extra = ours / "content/articles/zz-added.md"
    extra.write_text("Title: One more article\nDate: 2024-07-10\nPublisher: Global Research\n\n"
                     "At the Washington summit, “a new article,” said Jake Sullivan.\n", encoding="utf-8")
    print(f"  N={size}: digest rebuild after adding one article ...", flush=True)
    added = timed("digest", ours / "pelicanconf.py", ours / "output")
    return {"articles": size, "plain_pelican": plain_build, "full": full, "full_without_search": no_search,
            "rebuild_unchanged": unchanged, "rebuild_one_added": added,
            "ratio_to_plain": round(full["seconds"] / plain_build["seconds"], 2),
            "ratio_to_plain_without_search": round(no_search["seconds"] / plain_build["seconds"], 2),
            "rebuild_ratio": round(added["seconds"] / full["seconds"], 2)}


def extraction_throughput(megabytes: float) -> dict:
    articles = [read_article(p)[2] for p in sorted((ROOT / "content/articles").glob("*.md"))]
    size = sum(len(p.text.encode("utf-8")) for passages in articles for p in passages)
    rounds = max(1, int(megabytes * 1_000_000 / size))
    directory = PeopleDirectory(load_people(ROOT / "content/people.yaml")[0])
    quotes = 0
    started = time.perf_counter()
    for _ in range(rounds):
        for passages in articles:
            quotes += len(extract_quotes(passages, directory))
    seconds = time.perf_counter() - started
    return {"text_mb": round(size * rounds / 1e6, 2), "seconds": round(seconds, 3),
            "mb_per_second": round(size * rounds / 1e6 / seconds, 2), "quotes": quotes,
            "quotes_per_second": round(quotes / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000], help="corpus sizes to build")
    parser.add_argument("--megabytes", type=float, default=5.0, help="article text to extract from")
    parser.add_argument("--output", type=Path, default=ROOT / "bench/results.json")
    args = parser.parse_args()
    result = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                         f"{platform.python_implementation()} {platform.python_version()}",
              "builds": [], "extraction": extraction_throughput(args.megabytes)}
    workdir = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    try:
        for size in args.sizes:
            result["builds"].append(build_figures(size, workdir))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\n{'articles':>8} {'plain s':>8} {'ours s':>7} {'ratio':>6} {'no search s':>11} {'ratio':>6} "
          f"{'unchanged s':>11} {'+1 article s':>12} {'+1 / full':>9} {'RSS MB':>7} {'plain RSS':>9} {'Pagefind RSS':>12}")
    for b in result["builds"]:
        print(f"{b['articles']:>8} {b['plain_pelican']['seconds']:>8} {b['full']['seconds']:>7} {b['ratio_to_plain']:>6} "
              f"{b['full_without_search']['seconds']:>11} {b['ratio_to_plain_without_search']:>6} "
              f"{b['rebuild_unchanged']['seconds']:>11} {b['rebuild_one_added']['seconds']:>12} {b['rebuild_ratio']:>9} "
              f"{b['full']['max_rss_mb']:>7} {b['plain_pelican']['max_rss_mb']:>9} {b['full']['pagefind_max_rss_mb']:>12}")
    if len(result["builds"]) >= 2:
        small, large = result["builds"][0], result["builds"][-1]
        growth = large["full"]["seconds"] / small["full"]["seconds"]
        result["growth"] = {"sizes": [small["articles"], large["articles"]], "time_ratio": round(growth, 2)}
        print(f"time({large['articles']}) / time({small['articles']}) = {growth:.2f}")
    e = result["extraction"]
    print(f"\n{'measure':34} {'value':>12}")
    print(f"{'quote extraction, MB of text/s':34} {e['mb_per_second']:>12}")
    print(f"{'quotes extracted/s':34} {e['quotes_per_second']:>12}")
    print(f"{'text processed (MB), seconds':34} {e['text_mb']:>6} {e['seconds']:>5}")
    args.output.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
