"""Dates stated in a passage (events.dates) are found exactly as before the pre-check made the finder fast.

`old_find_dates` below is `find_dates` as it was until issue 15 (every form run
over every passage); it is kept here only as the oracle. The one difference
allowed: the old finder misread or crashed on the four characters beyond ASCII
that re.IGNORECASE takes for an ASCII letter ('ſeptember', 'frİday'); the new
one reads them as that letter, so the oracle is given the text with them
replaced (same length, same positions).
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pelican.plugins.news_digest.events.dates import StatedDate, find_dates
from pelican.plugins.news_digest.events.folding import fold_char
from pelican.plugins.news_digest.importer.text import MONTHS

# --- the oracle: find_dates before issue 15, verbatim but for names ---------------------------------------
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_PATTERNS = [
    ("day", re.compile(rf"\b(?P<day>\d{{1,2}})(?:\s*[–-]\s*\d{{1,2}})?\s+{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:\s*[–-]\s*\d{{1,2}})?(?:,?\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("day", re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")),
    ("since", re.compile(rf"\bsince\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("month", re.compile(rf"\b(?:in|until|by|early|late|mid-?)\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("year", re.compile(r"\b(?:in|the|until|of|by|early|late)\s+(?P<year>(?:19|20)\d{2})\b(?!\s*(?:percent|%|troops|people))", re.I)),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b", re.I)),
    ("relative", re.compile(r"\b(?P<relative>yesterday|today|tonight)\b", re.I)),
]
_CAPITAL_MAY = re.compile(r"\bMay\b")


def _month_number(token):
    return int(token) if token.isdigit() else MONTHS[token.lower().rstrip(".")]


def _with_year(month, day, year, reference):
    try:
        if year:
            return dt.date(int(year), month, day)
        candidate = dt.date(reference.year, month, day)
        if candidate > reference + dt.timedelta(days=31):
            candidate = dt.date(reference.year - 1, month, day)
        return candidate
    except ValueError:
        return None


def old_find_dates(text, reference):
    found, taken = [], []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            groups = match.groupdict()
            if groups.get("month") and groups["month"].lower() == "may" and not _CAPITAL_MAY.search(match.group(0)):
                continue
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
                back = (reference.weekday() - _WEEKDAYS.index(groups["weekday"].lower())) % 7
                date = reference - dt.timedelta(days=back)
            else:
                date = reference - dt.timedelta(days=1 if groups["relative"].lower() == "yesterday" else 0)
            if date is not None:
                found.append(StatedDate(date, precision, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)
# ------------------------------------------------------------------------------------------------------------

EXOTIC = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}  # what re.IGNORECASE takes for i, s and k (a copy)

# Pieces of news text around dates, and the pieces of the forms themselves in several cases and spellings.
PIECES = ["11", "7", "31", "2023", "1999", "2014", "2023-07-05", "2023-02-30", "0", "٣", " ", "  ", "\n", ", ", ",",
          ".", "–", "-", " – ", "July", "july", "JULY", "Jul", "Jul.", "Sept.", "Sep", "May", "may", "MAY", "Feb",
          "February", "march", "Mar", "December", "jun", "June", "in", "In", "the", "The", "until", "by", "of",
          "early", "late", "mid-", "mid", "since", "Since", "SINCE", "on", "last", "Monday", "tuesday", "FRIDAY",
          "Sunday", "yesterday", "Today", "tonight", "percent", "%", "troops", "people", "x", "é", "_", "’s",
          "ſeptember", "ſince", "frİday", "yeſterday", "\u212aELVIN", "ı", "summit", "said", "“", "”"]
texts = st.lists(st.sampled_from(PIECES), max_size=20).map("".join) | st.text(
    alphabet=list("0123456789 ,.-–\nJjuUlLyYMmaAiIsSnNcCeEtTdDhHoOrRgGbBfFwWkK_éſİı\u212a"), max_size=60)
references = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, references)
def test_finds_exactly_what_the_old_finder_found(text, reference):
    assert find_dates(text, reference) == old_find_dates(text.translate(EXOTIC), reference)


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=2, max_size=5).map(" ".join), references)
def test_long_passages_with_several_dates(text, reference):
    assert find_dates(text, reference) == old_find_dates(text.translate(EXOTIC), reference)


def test_the_forms_news_writes():
    reference = dt.date(2023, 7, 10)
    found = find_dates("On July 7 the summit met; since September, talks ran. It may rain. In 2019, and "
                       "yesterday, Nov. 11, 2021 and 2022-03-04; on Tuesday, 11–12 July 2023.", reference)
    assert [(d.date.isoformat(), d.precision) for d in found] == [
        ("2023-07-07", "day"), ("2022-09-01", "since"), ("2019-01-01", "year"), ("2023-07-09", "day"),
        ("2021-11-11", "day"), ("2022-03-04", "day"), ("2023-07-04", "day"), ("2023-07-11", "day")]
    assert find_dates("No date at all, and the verb may.", reference) == []


def test_exotic_letters_read_as_their_ascii_letter():
    """'ſeptember' and 'frİday' match the forms under re.IGNORECASE; they are read as September and Friday."""
    reference = dt.date(2023, 7, 10)  # a Monday
    found = find_dates("ſince ſeptember; on frİday; yeſterday", reference)
    assert [(d.date.isoformat(), d.precision) for d in found] == [
        ("2022-09-01", "since"), ("2023-07-07", "day"), ("2023-07-09", "day")]


def test_only_four_characters_beyond_ascii_match_an_ascii_letter():
    """The pre-check reads words as ASCII letters; it relies on EXOTIC being every such character."""
    others = [chr(c) for c in range(128, 0x110000)
              if not 0xD800 <= c <= 0xDFFF and ord(fold_char(chr(c))) < 128]
    assert sorted(map(ord, others)) == sorted(EXOTIC)
    for char, letter in EXOTIC.items():
        assert re.fullmatch(letter, chr(char), re.I)


def test_the_importer_reads_the_same_months():
    """The importer's datelines share the month vocabulary; 'ſep' no longer stops an import with a KeyError."""
    from pelican.plugins.news_digest.importer.text import EXOTIC_LETTERS, find_date

    assert EXOTIC_LETTERS == EXOTIC
    assert find_date("Oslo, 11 ſep 2023")[0] == dt.date(2023, 9, 11)
    assert find_date("Global Research, August 07, 2024")[0] == dt.date(2024, 8, 7)
    assert find_date("World Socialist 13.11.2021")[0] == dt.date(2021, 11, 13)
