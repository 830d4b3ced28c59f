"""Dates stated in a passage, resolved against the article's date.

"On July 7" in an article dated 2023-07-10 is 2023-07-07; "Tuesday" is the
last Tuesday on or before the article's date; "yesterday" the day before.
A date without a year takes the article's year, unless that puts it more
than a month after the article (then it is the year before).

Most passages state no date, and each form is a case-insensitive regular
expression that is slow to try at every position; so the passage's words are
first looked up (one C-speed split, one set operation), and only the forms
whose month, weekday or relative word, or digits, the passage has are run.
The results are those of running every form (tests/test_dates.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..importer.text import EXOTIC_LETTERS, MONTH_PATTERN as _MONTH, MONTHS, month_number as _month_number
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_PATTERNS = [
    # 11 July 2023, 11–12 July 2023, 11 July
    ("day", re.compile(rf"\b(?P<day>\d{{1,2}})(?:\s*[–-]\s*\d{{1,2}})?\s+{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b", re.I)),
    # July 11, 2023; July 11–12; Nov. 11, 2021
    ("day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:\s*[–-]\s*\d{{1,2}})?(?:,?\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("day", re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")),
    # in June 2022, in April; "since September" runs up to the article's date
    ("since", re.compile(rf"\bsince\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("month", re.compile(rf"\b(?:in|until|by|early|late|mid-?)\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b", re.I)),
    # the 2008 summit, in 2019, until 2014 (a whole year)
    ("year", re.compile(r"\b(?:in|the|until|of|by|early|late)\s+(?P<year>(?:19|20)\d{2})\b(?!\s*(?:percent|%|troops|people))", re.I)),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b", re.I)),
    ("relative", re.compile(r"\b(?P<relative>yesterday|today|tonight)\b", re.I)),
]
_CAPITAL_MAY = re.compile(r"\bMay\b")
_DIGIT = re.compile(r"\d")
_EXOTIC = EXOTIC_LETTERS
_HAS_EXOTIC = re.compile("[" + "".join(map(chr, EXOTIC_LETTERS)) + "]")
# Bytes of UTF-8 text -> ASCII letters in lower case, every other byte a space: the passage's ASCII words.
_LETTERS = bytes(b | 32 if chr(b).isascii() and chr(b).isalpha() else 32 for b in range(256))
# What each form of _PATTERNS needs, as bits: a month name, "since", a weekday, a relative word, a digit,
# a year 19xx/20xx. A passage's bits are found with one split and one set operation, and two quick searches.
MONTH, SINCE, WEEKDAY, RELATIVE, DIGIT, YEAR = (1 << n for n in range(6))
_NEEDS = [MONTH | DIGIT, MONTH | DIGIT, DIGIT, MONTH | SINCE, MONTH, YEAR, WEEKDAY, RELATIVE]
_BIT = {**{name.encode(): MONTH for name in MONTHS}, **{day.encode(): WEEKDAY for day in _WEEKDAYS},
        b"since": SINCE, b"yesterday": RELATIVE, b"today": RELATIVE, b"tonight": RELATIVE}
_ANCHORS = frozenset(_BIT)
_YEARISH = re.compile(r"(?:19|20)\d\d")
_FORMS = [[form for form, needs in zip(_PATTERNS, _NEEDS) if needs & bits == needs] for bits in range(1 << 6)]


@dataclasses.dataclass(frozen=True)
class StatedDate:
    date: dt.date
    precision: str  # day | month | year | since (from the date to the article's date)
    start: int
    end: int


def _with_year(month: int, day: int, year: str | None, reference: dt.date) -> dt.date | None:
    try:
        if year:
            return dt.date(int(year), month, day)
        candidate = dt.date(reference.year, month, day)
        if candidate > reference + dt.timedelta(days=31):
            candidate = dt.date(reference.year - 1, month, day)
        return candidate
    except ValueError:
        return None


def _forms(text: str) -> list[tuple[str, re.Pattern]]:
    """The forms that can match in `text`: a form whose words or digits the text lacks cannot."""
    if not text.isascii() and _HAS_EXOTIC.search(text):
        text = text.translate(_EXOTIC)
    bits = DIGIT | YEAR if _YEARISH.search(text) else DIGIT if _DIGIT.search(text) else 0
    for word in _ANCHORS.intersection(text.encode("utf-8", "surrogatepass").translate(_LETTERS).split()):
        bits |= _BIT[word]
    return _FORMS[bits]


def find_dates(text: str, reference: dt.date) -> list[StatedDate]:
    """Every date the text states, in order, that can be resolved to a calendar day or month."""
    found: list[StatedDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _forms(text):
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            groups = match.groupdict()
            if groups.get("month") and groups["month"].lower() == "may" and not _CAPITAL_MAY.search(match.group(0)):
                continue  # the verb "may", not the month
            date, precision = None, "day"
            if kind == "day":
                date = _with_year(_month_number(groups["month"]), int(groups["day"]), groups.get("year"), reference)
            elif kind == "month":
                date = _with_year(_month_number(groups["month"]), 1, groups.get("year"), reference)
                precision = "month"
            elif kind == "since":
                date = _with_year(_month_number(groups["month"]), 1, groups.get("year"), reference)
                precision = "since"
            elif kind == "year":
                date = dt.date(int(groups["year"]), 1, 1)
                precision = "year"
            elif kind == "weekday":
                back = (reference.weekday() - _WEEKDAYS.index(groups["weekday"].translate(_EXOTIC).lower())) % 7
                date = reference - dt.timedelta(days=back)
            else:
                date = reference - dt.timedelta(days=1 if groups["relative"].translate(_EXOTIC).lower() == "yesterday" else 0)
            if date is not None:
                found.append(StatedDate(date, precision, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)
