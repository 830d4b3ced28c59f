"""Small text predicates shared by the importer's rules.

They decide what a line *is* (a date line, a name, prose, a heading) so the
rules in `seed.py` read as sentences. None of them knows any seed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ..quotes.names import looks_like_person

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# One month vocabulary for the importer's datelines and the dates stated in passages (events/dates.py).
MONTH_PATTERN = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# The only characters beyond ASCII that re.IGNORECASE matches with an ASCII letter (İ ı -> i, ſ -> s, Kelvin -> k):
# 'ſep' matches the month pattern, and is read as 'sep'.
EXOTIC_LETTERS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}

# Date forms seen in news datelines; each must state day, month and year.
DATE_PATTERNS = [
    re.compile(r"\b(?P<day>\d{1,2})\s+" + MONTH_PATTERN + r",?\s+(?P<year>\d{4})\b", re.I),
    re.compile(MONTH_PATTERN + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    # European dotted form 13.11.2021 (day first, as in Europe).
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b"),
]

TERMINAL_PUNCTUATION = ".!?:;…"
QUOTE_MARKS = "\"'“”‘’«»„"

# Words a sentence cannot end with: when a paragraph ends with one, the page
# layout broke it in the middle of a sentence.
DANGLING_WORDS = frozenset(
    """a an the and or but nor of to in on at by for with from into onto against
    about as than that which who whom whose this these those its their our your
    his her my is are was were be been being have has had do does did will would
    shall should can could may might must not very such if when while because
    although though whether between among over under after before during
    through toward towards upon via per including""".split()
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def month_number(token: str) -> int:
    """'7', 'July', 'jul.', 'ſep' -> the month's number."""
    return int(token) if token.isdigit() else MONTHS[token.translate(EXOTIC_LETTERS).lower().rstrip(".")]


def find_date(text: str) -> tuple[dt.date, re.Match] | None:
    """The first complete, valid calendar date stated in `text`."""
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            month = month_number(match["month"])
            try:
                return dt.date(int(match["year"]), month, int(match["day"])), match
            except ValueError:
                continue
    return None


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def strip_inline_markup(text: str) -> str:
    """Markdown/HTML emphasis and escapes removed, for classifying a line."""
    text = re.sub(r"</?u>", "", text)
    text = re.sub(r"\$\\underline\{(.*?)\}\$", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*{1,3}|_{2,3})(\S(?:.*?\S)?)\1", r"\2", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!$])", r"\1", text)
    return text.strip()


def is_latin_script(text: str) -> bool:
    """True when most letters are Latin (masthead lines in other scripts are not)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return latin * 2 > len(letters)


def looks_like_person_name(text: str) -> bool:
    """Two to five name words, with particles ('Lucas Leiroz de Almeida', 'Zoë Ólafsdóttir'): the
    quote stage's heuristic, so that a byline and a speaker are told apart by the same rule."""
    return looks_like_person(" ".join(text.split()))


def ends_sentence(text: str) -> bool:
    """True when `text` ends like a finished sentence (closing marks allowed)."""
    stripped = text.rstrip().rstrip(QUOTE_MARKS + ")]*_").rstrip()
    return bool(stripped) and stripped[-1] in TERMINAL_PUNCTUATION


def last_word(text: str) -> str:
    found = words(text)
    return found[-1].lower() if found else ""


def starts_lowercase(text: str) -> bool:
    stripped = text.lstrip(QUOTE_MARKS + "(*_ ")
    return bool(stripped) and stripped[0].islower()


def is_prose(text: str) -> bool:
    """A sentence-like paragraph: enough words and sentence punctuation."""
    return len(words(text)) >= 12 and ends_sentence(text)
