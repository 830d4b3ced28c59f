"""`digest people [--unknown]`: who is quoted, and who the people directory does not know yet."""

from __future__ import annotations

from collections import defaultdict

from ..core.corpus import read_site


def speakers_report(settings, unknown_only: bool = False) -> list[tuple[str, str, int, list[str]]]:
    """(name, kind, number of quotations, files) for every person or organisation quoted, most quoted first:
    the quotations the build finds (the same reader, the same pipeline)."""
    digest = read_site(settings).digest
    file_of = {record.slug: record.file for record in digest.records}
    counts: dict[tuple[str, str], int] = defaultdict(int)
    files: dict[tuple[str, str], set[str]] = defaultdict(set)
    for quote in digest.quotes:
        speaker = quote.speaker
        if speaker is None or speaker.kind not in ("person", "organisation"):
            continue
        if unknown_only and digest.directory.find(speaker.name):
            continue
        key = (speaker.name, speaker.kind)
        counts[key] += 1
        files[key].add(file_of[quote.article.slug])
    return sorted(((name, kind, n, sorted(files[(name, kind)])) for (name, kind), n in counts.items()),
                  key=lambda row: (-row[2], row[0]))
