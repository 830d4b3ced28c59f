"""`make bench`: speed and memory figures, printed and written to bench/results.json.

Benchmarks print numbers; they are not timed unit tests. For each corpus size
(bench/corpus.py, deterministic; N articles, ~N/10 events) it measures, in
one run: the same corpus built by plain Pelican (default theme, no plugins),
and Pagefind run over that output (plain + Pagefind is "the peer": what a
user would run instead of our full build); our full build, the same without
the search index, a rebuild with nothing changed, a rebuild after adding one
article; for the largest size also our full build of the same articles with
only the 10 seed events, twice, interleaved with a second full build with all
the events (the events ratio compares the best of each: a shared machine's
speed drifts over a run); the peak memory of every process. Then, on one
core, quote extraction and event term matching (bench/matching.py).
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

from pelican.plugins.news_digest.cli.corpus import read_article
from pelican.plugins.news_digest.quotes.extract import extract_quotes
from pelican.plugins.news_digest.quotes.people import PeopleDirectory, load_people

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.corpus import write_corpus  # noqa: E402
from bench.matching import matching_throughput  # noqa: E402

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


def _cold(project: Path) -> Path:
    """The project with no output and no cache: its next build is a full one."""
    shutil.rmtree(project / "output", ignore_errors=True)
    shutil.rmtree(project / ".cache", ignore_errors=True)
    return project


def events_figures(size: int, workdir: Path, ours: Path, full: dict, added: Path) -> dict:
    """The same articles with the seed events only: full builds interleaved with full builds of `ours`
    (the one added article taken out again), the best of two of each, as the machine is shared."""
    added.unlink()
    seeds = write_corpus(workdir / f"seed-events-{size}", size, event_files=False)
    count = len(list((seeds / "content/events").glob("*.yaml")))
    few, many = [], [full]
    for attempt in (1, 2):
        print(f"  N={size}: digest full build, same articles, {count} events ({attempt} of 2) ...", flush=True)
        few.append(timed("digest", _cold(seeds) / "pelicanconf.py", seeds / "output"))
        if attempt == 1:
            print(f"  N={size}: digest full build again, {len(list((ours / 'content/events').glob('*.yaml')))} "
                  "events ...", flush=True)
            many.append(timed("digest", _cold(ours) / "pelicanconf.py", ours / "output"))
    best_few, best_many = min(few, key=lambda r: r["seconds"]), min(many, key=lambda r: r["seconds"])
    return {"full_few_events": {"events": count, **best_few, "runs": [r["seconds"] for r in few]},
            "full_many_events_runs": [r["seconds"] for r in many],
            "events_ratio": round(best_many["seconds"] / best_few["seconds"], 2)}


def build_figures(size: int, workdir: Path, few_events: bool = False) -> dict:
    ours = write_corpus(workdir / f"digest-{size}", size)
    plain = write_corpus(workdir / f"plain-{size}", size, plain=True)
    (plain / "pelicanconf.py").write_text(PLAIN_CONF, encoding="utf-8")
    events = len(list((ours / "content/events").glob("*.yaml")))
    print(f"  N={size}: plain Pelican ...", flush=True)
    plain_build = timed("pelican", plain / "pelicanconf.py", plain / "output")
    print(f"  N={size}: Pagefind over plain Pelican's output ...", flush=True)
    pagefind = timed("pagefind", plain / "pelicanconf.py", plain / "output")
    peer = round(plain_build["seconds"] + pagefind["seconds"], 2)
    print(f"  N={size}: digest full build without the search index ({events} events) ...", flush=True)
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
    figures = {"articles": size, "events": events, "plain_pelican": plain_build, "pagefind_on_plain": pagefind,
               "peer_seconds": peer, "full": full, "full_without_search": no_search,
               "rebuild_unchanged": unchanged, "rebuild_one_added": added,
               "ratio_to_plain": round(full["seconds"] / plain_build["seconds"], 2),
               "ratio_to_peer": round(full["seconds"] / peer, 2),
               "ratio_to_plain_without_search": round(no_search["seconds"] / plain_build["seconds"], 2),
               "ratio_to_peer_without_search": round(no_search["seconds"] / peer, 2),
               "rebuild_ratio": round(added["seconds"] / full["seconds"], 2)}
    if few_events:
        figures.update(events_figures(size, workdir, ours, full, extra))
    for project in workdir.iterdir():  # the next size needs the disk more than these
        if project.name.endswith(f"-{size}"):
            shutil.rmtree(project, ignore_errors=True)
    return figures


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


def print_builds(builds: list[dict]) -> None:
    """Seconds, ratios to plain Pelican and to the peer (plain + Pagefind), peak RSS in MB."""
    print(f"\n{'articles':>8} {'events':>6} {'plain':>6} {'+Pagefind':>9} {'ours':>6} {'/plain':>6} {'/peer':>6} "
          f"{'no search':>9} {'/plain':>6} {'/peer':>6} {'unchanged':>9} {'+1':>6} {'+1/full':>7}")
    for b in builds:
        print(f"{b['articles']:>8} {b['events']:>6} {b['plain_pelican']['seconds']:>6} {b['peer_seconds']:>9} "
              f"{b['full']['seconds']:>6} {b['ratio_to_plain']:>6} {b['ratio_to_peer']:>6} "
              f"{b['full_without_search']['seconds']:>9} {b['ratio_to_plain_without_search']:>6} "
              f"{b['ratio_to_peer_without_search']:>6} {b['rebuild_unchanged']['seconds']:>9} "
              f"{b['rebuild_one_added']['seconds']:>6} {b['rebuild_ratio']:>7}")
    print(f"\n{'peak RSS, MB':>12} {'plain':>6} {'Pagefind':>8} {'ours':>6} {'no search':>9} {'unchanged':>9} "
          f"{'+1':>6} {'largest Pagefind run':>20}")
    for b in builds:
        print(f"{b['articles']:>12} {b['plain_pelican']['max_rss_mb']:>6} {b['pagefind_on_plain']['children_max_rss_mb']:>8} "
              f"{b['full']['max_rss_mb']:>6} {b['full_without_search']['max_rss_mb']:>9} "
              f"{b['rebuild_unchanged']['max_rss_mb']:>9} {b['rebuild_one_added']['max_rss_mb']:>6} "
              f"{b['full']['pagefind_max_rss_mb']:>20}")
    for b in builds:
        if "full_few_events" in b:
            few = b["full_few_events"]
            print(f"\n{b['articles']} articles, full build (best of interleaved runs): {b['events']} events "
                  f"{min(b['full_many_events_runs'])} s {b['full_many_events_runs']}, {few['events']} events "
                  f"{few['seconds']} s {few['runs']} ({few['max_rss_mb']} MB): ratio {b['events_ratio']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000], help="corpus sizes to build")
    parser.add_argument("--megabytes", type=float, default=5.0, help="article text to extract from")
    parser.add_argument("--events", type=int, nargs="*", default=[10, 100, 1000],
                        help="numbers of events to time term matching with")
    parser.add_argument("--matching-articles", type=int, default=300, help="corpus articles to match terms in")
    parser.add_argument("--output", type=Path, default=ROOT / "bench/results.json")
    args = parser.parse_args()
    result = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                         f"{platform.python_implementation()} {platform.python_version()}",
              "builds": [], "extraction": extraction_throughput(args.megabytes),
              "matching": matching_throughput(args.events, args.megabytes, args.matching_articles)}
    workdir = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    try:
        for size in args.sizes:
            result["builds"].append(build_figures(size, workdir, few_events=size == max(args.sizes)))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print_builds(result["builds"])
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
    for row in result["matching"]:
        print(f"{'term matching, ' + str(row['events']) + ' events, MB/s':34} {row['mb_per_second']:>12}")
    args.output.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
