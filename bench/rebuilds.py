"""Rebuild timings of two checkouts, interleaved: is a change to the rebuild a gain, on a shared machine?

`make bench` times one checkout; on a machine shared with other work its
figures drift by a third within a run, more than most changes gain. This
builds one corpus (bench/corpus.py), copies it for each checkout (each has its
own caches), builds each from nothing once, then runs N rounds of: a rebuild
with nothing changed, one after adding an article, one after removing it
again, alternating between the checkouts at every step. Each build runs in a
fresh process of the checkout's own .venv (bench/measure.py); every figure is
printed with the load average before it, and appended to WORKDIR/rebuilds.jsonl.

    python bench/rebuilds.py BASE_CHECKOUT NEW_CHECKOUT [--articles 10000] [--rounds 2] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.corpus import write_corpus  # noqa: E402

ADDED = ("Title: One more article\nDate: 2024-07-10\nPublisher: Global Research\n\n"
         "At the Washington summit, “a new article,” said Jake Sullivan.\n")  # as bench/run.py adds


def timed_build(checkout: Path, project: Path, what: str, log: Path) -> dict:
    """One build of `project` by `checkout`'s code, in a fresh process."""
    load = os.getloadavg()
    done = subprocess.run([str(checkout / ".venv/bin/python"), str(checkout / "bench/measure.py"), "digest",
                           str(project / "pelicanconf.py"), str(project / "output")],
                          cwd=project, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    record = {"checkout": str(checkout), "what": what, "seconds": result["seconds"],
              "max_rss_mb": result["max_rss_mb"], "load": [round(x, 2) for x in load],
              "at": time.strftime("%H:%M:%S")}
    print(f"{what:>10} {record['seconds']:>7.1f} s  load {record['load'][0]:.1f}  {checkout}", flush=True)
    with log.open("a", encoding="utf-8") as file:
        file.write(json.dumps(record) + "\n")
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs=2, type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="digest-rebuilds-"))
    log = workdir / "rebuilds.jsonl"
    source = write_corpus(workdir / "corpus", args.articles)
    projects = []
    for number, checkout in enumerate(args.checkouts):
        project = workdir / f"corpus-{number}"
        shutil.rmtree(project, ignore_errors=True)
        shutil.copytree(source, project)
        projects.append((checkout.resolve(), project))
    for checkout, project in projects:
        timed_build(checkout, project, "cold", log)
    for _ in range(args.rounds):
        for what in ("unchanged", "+1", "-1"):
            for checkout, project in projects:
                added = project / "content/articles/zz-added.md"
                if what == "+1":
                    added.write_text(ADDED, encoding="utf-8")
                elif what == "-1":
                    added.unlink()
                timed_build(checkout, project, what, log)
    print(f"figures in {log}")


if __name__ == "__main__":
    main()
