"""A deterministic synthetic corpus: N articles made from the seed paragraphs.

Each article takes a run of paragraphs from one seed article, under a new
title, outlet, author and date. Four in ten keep a date near their seed (so
their passages really get assigned to the seed events and their quotes
extracted); half report one of about N/10 synthetic events (bench/events.py:
dated near it, with paragraphs that name it, its place and people); the rest
get a random date in 2021–2024. The project's events, people, outlets, pages,
theme and settings are copied alongside, with the synthetic events and their
people, so the corpus builds exactly like the real site. The article texts do
not depend on `event_files`: the same articles build with only the seed
events, to show what the number of events costs.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from pathlib import Path

from bench.events import make_events, people_yaml

ROOT = Path(__file__).resolve().parent.parent
OUTLETS = ["World Socialist Web Site", "Global Research", "InfoBrics", "Afghanistan Azad", "OPORA",
           "The Daily Example", "Morning Ledger", "Baltic Wire", "Danube Courier", "Northern Gazette"]
AUTHORS = ["Anna Berg", "Tomas Novak", "Maria Lind", "Jon Ekberg", "Ilse Kraus", "Pavel Dvorak", "Sara Holm"]


def _seed_articles() -> list[tuple[dict, list[str]]]:
    articles = []
    for path in sorted((ROOT / "content/articles").glob("*.md")):
        header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
        blocks = [b for b in body.split("\n\n") if b.strip()]
        articles.append((meta, blocks))
    return articles


def write_corpus(target: Path, count: int, seed: int = 1, plain: bool = False, event_files: bool = True) -> Path:
    """Write a project with `count` articles into `target`; `plain` writes a Pelican-only project.

    `event_files=False` leaves out the synthetic events' files (their articles stay the same).
    """
    rng = random.Random(seed)
    events = make_events(max(1, count // 10), seed)
    target.mkdir(parents=True, exist_ok=True)
    articles_dir = target / "content" / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    if not plain:
        for name in ("pelicanconf.py", "publishconf.py"):
            shutil.copy(ROOT / name, target / name)
        for name in ("events", "pages"):
            shutil.copytree(ROOT / "content" / name, target / "content" / name, dirs_exist_ok=True)
        shutil.copy(ROOT / "content/outlets.yaml", target / "content/outlets.yaml")
        people = (ROOT / "content/people.yaml").read_text(encoding="utf-8")
        (target / "content/people.yaml").write_text(people + people_yaml(events), encoding="utf-8")
        if event_files:
            for event in events:
                (target / "content/events" / f"{event.slug}.yaml").write_text(event.yaml(), encoding="utf-8")
        for name in ("theme", "plugins"):
            link = target / name
            if not link.exists():
                link.symlink_to(ROOT / name)
    seeds = _seed_articles()
    for number in range(count):
        meta, blocks = seeds[number % len(seeds)]
        start = rng.randrange(0, max(1, len(blocks) - 3))
        chosen = blocks[start : start + rng.randint(4, 14)]
        base = dt.date.fromisoformat(meta["Date"][:10])
        kind = rng.random()
        if kind < 0.4:
            date = base + dt.timedelta(days=rng.randint(0, 6))
        elif kind < 0.9:
            event = events[number % len(events)]
            date = event.start + dt.timedelta(days=rng.randint(0, 6))
            at = rng.randint(0, len(chosen))
            chosen = [*chosen[:at], *event.paragraphs(rng), *chosen[at:]]
        else:
            date = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
        title = re.sub(r"\W+", " ", meta["Title"]).strip()
        author, outlet = rng.choice(AUTHORS), rng.choice(OUTLETS)
        header = [f"Title: Report {number}: {title}", f"Date: {date.isoformat()}",
                  f"Authors: {author}", f"Publisher: {outlet}"]
        # A line of its own, so that no two articles have the same text (no result is shared by chance).
        chosen = [f"Benchmark report number {number}.", *chosen]
        if plain:
            header = [h.replace("Publisher:", "Category:") for h in header]
        (articles_dir / f"report-{number:05d}.md").write_text("\n".join(header) + "\n\n" + "\n\n".join(chosen) + "\n",
                                                             encoding="utf-8")
    return target
