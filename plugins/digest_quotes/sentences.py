"""Sentences of a paragraph whose quotations are blanked out, with abbreviations that do not end them."""

from __future__ import annotations

import bisect
import re

from .marks import MarkSpan

ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Rep|Amb|St|Prof|Gov|No|Nov|Dec|Jan|Feb|Mar|Apr|"
                           r"Aug|Sept|Sep|Oct|Jr|Sr|vs|etc|U\.S|U\.K|U\.N)|\b[A-Z])\.$")
SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+(?=[A-Z“\"‘\[\d(])")


def mask_quotations(text: str, spans: list[MarkSpan]) -> str:
    """The passage with quoted words blanked out (a final . ! ? kept, to end the sentence)."""
    chars = list(text)
    for span in spans:
        last = span.end - 1 if text[span.end - 1 : span.end] in ".!?" else span.end
        for i in range(span.start, last):
            chars[i] = "\x00"
    return "".join(chars)


def sentence_bounds(masked: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in SENTENCE_END.finditer(masked):
        if ABBREVIATION.search(masked[max(0, match.start() - 8) : match.start() + 1]):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(masked)))
    return bounds


# Attribution looks at most this many characters around a quotation, so that a
# paragraph of any length, or with thousands of quotation marks, costs linear time.
WINDOW = 400


def sentence_of(sentences, position: int) -> tuple[int, int]:
    index = bisect.bisect_right([start for start, _ in sentences], position) - 1
    start, end = sentences[max(index, 0)]
    return max(start, position - WINDOW), end
