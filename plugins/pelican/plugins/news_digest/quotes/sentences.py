"""Sentences of a paragraph whose quotations are blanked out, with abbreviations that do not end them."""

from __future__ import annotations

import bisect
import math
import re

from .marks import MarkSpan

# A full stop that does not end a sentence is replaced by this one-character
# stand-in in the masked text, so that sentence splitting and every phrase
# pattern read "Mr. Obama", "U.S. officials" or "(D-N.C.)" as one stretch of
# words; offsets do not move. `names.clean_phrase` turns it back into ".".
ABBREVIATION_DOT = "\u2024"
_STARTERS = (r"(?:The|A|An|He|She|It|They|We|I|You|But|And|Or|So|Yet|This|That|These|Those|There|His|Her|Its|Their|"
             r"Our|In|On|At|As|If|When|While|After|Before|What|Why|How|Still|Now|Then|Meanwhile|However)\b")
_KEPT_DOTS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Messrs|Mmes|Dr|Drs|Prof|Sen|Sens|Rep|Reps|Gov|Govs|Lt|Col|Gen|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|"
    r"Rev|Fr|Hon|Amb|Pres|Supt|Insp|Det|Atty|Gens|Brig|Mme|Mlle|Msgr|Ald|Cllr|Smt|Shri|Sri|Engr|vs)\.(?=\s*\S)"
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Art|Fig|pp?|Ch|Sec)\.(?=\s*\d)"
    r"|\b(?:Jr|Sr|St|Mt|Ft|Inc|Corp|Co|Ltd|Bros|Cos|Dept|Univ|Assn|etc|approx|est)\.(?=\s*[,;:)a-z\d]|\s+(?!" + _STARTERS + r")[A-Z])"
    r"|\b(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.(?=\s*[,;)]|\s+[a-z])"
    r"|(?<=\b[A-Z])\.(?=[A-Z]\.|[a-z]\.)|(?<=\b[a-z])\.(?=[a-z]\.)"  # U.S.A., G.K., a.m.: the inner dots
    r"|(?<=\b[A-Z])\.(?=\s*[,;:)\-–—]|\s+[a-z\d]|\s+(?!" + _STARTERS + r")[A-Z])"  # initials, U.S. officials
    r"|(?<=\b[a-z]\.[a-z])\.(?=\s*[,;:)]|\s+[a-z\d])"  # 'a.m. on', 'e.g. the'
)
_DOT = re.compile(r"\.")
_WORD_BEFORE = re.compile(r"\b[A-Za-z]+$")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+(?=[A-Z“\"‘\[\d(])")


def protect_abbreviations(masked: str) -> str:
    """Full stops of abbreviations, initials and acronyms -> ABBREVIATION_DOT (same length)."""
    if "." not in masked:
        return masked
    kept = []
    for dot in _DOT.finditer(masked):  # the rules tried at each full stop only, not at every character
        i = dot.start()
        word = _WORD_BEFORE.search(masked, max(0, i - 12), i)
        starts = (word.start(), i) if word else (i,)
        if any((m := _KEPT_DOTS.match(masked, j)) and m.end() == i + 1 for j in starts):
            kept.append(i)
    if not kept:
        return masked
    chars = list(masked)
    for i in kept:
        chars[i] = ABBREVIATION_DOT
    return "".join(chars)


def mask_quotations(text: str, spans: list[MarkSpan]) -> str:
    """The passage with quoted words blanked out (a final . ! ? kept, to end the sentence)."""
    pieces, done = [], 0
    for span in spans:
        last = span.end - 1 if text[span.end - 1 : span.end] in ".!?" else span.end
        if last > span.start:
            pieces += [text[done : span.start], "\x00" * (last - span.start)]
            done = last
    pieces.append(text[done:])
    masked = _ASIDE.sub(lambda match: " " * len(match.group(0)), "".join(pieces))
    return protect_abbreviations(_DATELINE.sub(lambda match: " " * len(match.group(0)), masked, count=1))


# Asides that would cut a speaker's phrase in two: "Sen. Ted Cruz (R-Tex.) said", "(UNHCR)".
_ASIDE = re.compile(r"\((?=[^()\x00]{1,40}\))[^()\x00]*\)")
# A dateline opening the article's text: "WASHINGTON —", "KYIV, Ukraine (AP) —", "PUNE: The …".
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][\w .]{1,30})?(?:\s*\([^()]{1,20}\))?\s*[—–-]+\s"
                       r"|^[A-Z][A-Z .'’-]{2,30}:\s+(?=(?:The|A|An)\s)"  # Indian copy: 'PUNE: The board …'
                       # a live blog's time: '10:05 p.m. - Kwarteng-Ellis …', '6.15am: The …', '14:02 — …'
                       r"|^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[-—–:]\s|(?=[A-Z]))")


def sentence_bounds(masked: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a masked passage (abbreviations protected)."""
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(masked):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(masked)))
    return bounds


# Attribution looks at most this many characters around a quotation, so that a
# paragraph of any length, or with thousands of quotation marks, costs linear time.
WINDOW = 400


def sentence_of(sentences, position: int) -> tuple[int, int]:
    index = bisect.bisect_right(sentences, (position, math.inf)) - 1  # the last sentence starting at or before
    start, end = sentences[max(index, 0)]
    return max(start, position - WINDOW), end
