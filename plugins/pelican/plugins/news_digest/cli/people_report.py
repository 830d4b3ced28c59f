"""`digest people [--unknown]`: who is quoted, and who the people directory does not know yet."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from ..core import setting
from ..quotes.extract import extract_quotes
from ..quotes.people import PeopleDirectory, load_people

from .checking import content_files
from .corpus import read_article


def speakers_report(settings, unknown_only: bool = False) -> list[tuple[str, str, int, list[str]]]:
    """(name, kind, number of quotations, files) for every person or organisation quoted, most quoted first."""
    root = Path(settings["PATH"])
    people, _ = load_people(root / setting(settings, "DIGEST_PEOPLE_FILE"))
    directory = PeopleDirectory(people)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    files: dict[tuple[str, str], set[str]] = defaultdict(set)
    articles = root / settings["ARTICLE_PATHS"][0] if settings["ARTICLE_PATHS"] else root
    for path in content_files(settings):
        if not path.is_relative_to(articles):
            continue
        article = read_article(path, settings.get("MARKDOWN"))
        if article is None:
            continue
        for quote in extract_quotes(article[2], directory):
            speaker = quote.speaker
            if speaker is None or speaker.kind not in ("person", "organisation"):
                continue
            if unknown_only and directory.find(speaker.name):
                continue
            key = (speaker.name, speaker.kind)
            counts[key] += 1
            files[key].add(str(path.relative_to(root.parent)))
    return sorted(((name, kind, n, sorted(files[(name, kind)])) for (name, kind), n in counts.items()),
                  key=lambda row: (-row[2], row[0]))
