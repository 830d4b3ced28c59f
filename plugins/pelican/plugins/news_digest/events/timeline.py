"""An event's passages -> its timeline: the dated statements they make, in date order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .dates import StatedDate

_SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+[\"”’)]*|$)")


@dataclasses.dataclass(frozen=True)
class TimelineEntry:
    date: dt.date
    precision: str  # day | month
    text: str  # the sentence that states the date, verbatim
    article: str  # article slug
    passage: str
    url: str  # the source paragraph: the article's URL with the paragraph anchor


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` that contains [start, end)."""
    for match in _SENTENCE.finditer(text):
        if match.start() <= start and end <= match.end() and match.group(0).strip():
            return match.group(0).strip()
    return text.strip()


def build_timeline(passages: list[tuple[str, str, object]], dates: dict, window: tuple[dt.date, dt.date],
                   reach_days: int = 62) -> list[TimelineEntry]:
    """Dated statements in the passages (article slug, article URL, Passage) near the event, oldest first.

    Dates far from the event ("in 1898", "the 2008 summit") are background, not its timeline.
    """
    start, end = window
    entries: dict[tuple, TimelineEntry] = {}
    for article, url, passage in passages:
        stated: list[StatedDate] = dates.get((article, passage.id), [])
        for date in stated:
            if date.precision not in ("day", "month"):
                continue
            if not start - dt.timedelta(days=reach_days) <= date.date <= end + dt.timedelta(days=reach_days):
                continue
            sentence = sentence_around(passage.text, date.start, date.end)
            key = (date.date, article, passage.id, sentence)
            entries.setdefault(key, TimelineEntry(date.date, date.precision, sentence, article, passage.id,
                                                       f"{url}#{passage.id}"))
    return sorted(entries.values(), key=lambda e: (e.date, e.article, int(e.passage[2:])))
