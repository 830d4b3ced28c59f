"""`make bench`: speed figures, printed and written to bench/results.json.

Benchmarks print numbers; they are not timed unit tests. This file measures
quote extraction throughput on one core: the seed articles' passages,
repeated until there are several megabytes of article text.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from digest_cli.corpus import read_article
from digest_quotes.extract import extract_quotes
from digest_quotes.people import PeopleDirectory, load_people

ROOT = Path(__file__).resolve().parent.parent


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
    parser.add_argument("--megabytes", type=float, default=5.0, help="article text to extract from")
    parser.add_argument("--output", type=Path, default=ROOT / "bench/results.json")
    args = parser.parse_args()
    result = {"machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
              "extraction": extraction_throughput(args.megabytes)}
    e = result["extraction"]
    print(f"{'measure':34} {'value':>12}")
    print(f"{'quote extraction, MB of text/s':34} {e['mb_per_second']:>12}")
    print(f"{'quotes extracted/s':34} {e['quotes_per_second']:>12}")
    print(f"{'text processed (MB), seconds':34} {e['text_mb']:>6} {e['seconds']:>5}")
    args.output.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
