"""Event-stage figures on one core: term matching in MB/s by number of events, and a profile.

    python bench/matching.py [--events 10 100 1000] [--megabytes 1]
    python bench/matching.py --profile 1000     # cProfile of a build of 1,000 articles, one core

Matching is timed over the passages of a benchmark corpus (bench/corpus.py)
against the seed events plus synthetic ones (bench/events.py), with the
people directory's aliases, as the build's event stage matches them (an
article's passages at a time), up to the events and kinds of term each
passage names.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import logging
import pstats
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.corpus import write_corpus  # noqa: E402
from bench.events import make_events  # noqa: E402
from pelican.plugins.news_digest.cli.corpus import corpus_inputs  # noqa: E402
from pelican.plugins.news_digest.events.assign import TermIndex  # noqa: E402
from pelican.plugins.news_digest.events.model import load_events, parse_event  # noqa: E402
from pelican.plugins.news_digest.quotes.people import PeopleDirectory, load_people  # noqa: E402


def events_of(count: int, content: Path) -> list:
    """The seed events, then synthetic ones up to `count` in all."""
    seed = [e for e in load_events(content / "events")[0] if not e.slug.startswith("synthetic-")][:count]
    synthetic = [parse_event(yaml.safe_load(e.yaml()), e.slug, e.slug)[0] for e in make_events(count - len(seed))]
    return seed + synthetic[:max(0, count - len(seed))]


def matching_throughput(counts: list[int], megabytes: float, articles: int = 300) -> list[dict]:
    """MB of passage text matched per second, for each number of events."""
    with tempfile.TemporaryDirectory(prefix="digest-matching-") as workdir:
        project = write_corpus(Path(workdir), articles)
        content = project / "content"
        articles_texts = [[p.text for p in a.passages] for a in corpus_inputs(content)]
        directory = PeopleDirectory(load_people(content / "people.yaml")[0])
        size = sum(len(t.encode("utf-8")) for texts in articles_texts for t in texts)
        rounds = max(1, round(megabytes * 1e6 / size))
        rows = []
        for count in counts:
            index = TermIndex(events_of(count, content), directory.terms_for)
            seconds = float("inf")
            for _ in range(3):  # the best of three: the machine is shared
                found = 0
                started = time.perf_counter()
                for _ in range(rounds):
                    for texts in articles_texts:  # as the event stage matches: an article's passages at a time
                        found += sum(map(len, index.matches_each(texts)))
                seconds = min(seconds, time.perf_counter() - started)
            rows.append({"events": count, "terms": len(index.terms), "text_mb": round(size * rounds / 1e6, 2),
                         "seconds": round(seconds, 3), "mb_per_second": round(size * rounds / 1e6 / seconds, 2),
                         "event_matches": found})
        return rows


def profile_build(articles: int, lines: int = 25) -> str:
    """cProfile of one build (one core, no search): the event stage's share and its top functions."""
    from pelican.plugins.news_digest.cli.building import build_site

    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="digest-profile-") as workdir:
        project = write_corpus(Path(workdir), articles)
        profiler = cProfile.Profile()
        profiler.enable()
        build_site(project / "pelicanconf.py", project / "output", {"DIGEST_WORKERS": 1, "DIGEST_SEARCH": False})
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats("news_digest/events|__init__.py:.*generate_context", lines)
    stats.sort_stats("tottime").print_stats(lines)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--profile", type=int, metavar="ARTICLES", help="profile a build of this many articles")
    args = parser.parse_args()
    if args.profile:
        print(profile_build(args.profile))
        return
    print(f"{'events':>6} {'terms':>6} {'MB':>5} {'seconds':>8} {'MB/s':>7}")
    for row in matching_throughput(args.events, args.megabytes):
        print(f"{row['events']:>6} {row['terms']:>6} {row['text_mb']:>5} {row['seconds']:>8} {row['mb_per_second']:>7}")


if __name__ == "__main__":
    main()
