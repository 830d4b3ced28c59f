"""Where the quotation marks are: spans of quoted text inside one paragraph.

A single left-to-right pass over the quotation marks (a regular expression finds them). Curly marks say which way they face; straight
marks are read by position (after a space they open, before a space or
punctuation they close). Inside a double quotation, single marks and further
opening marks are the quotation's own text. A quotation never runs past its
paragraph: one left open at the end is returned with `closed=False`, and the
caller decides whether the next paragraph continues it.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
OPENING_SINGLE = "‘"
SINGLE_CLOSERS = "’'"
_OPEN_BEFORE = " \t\n([{—–-/:;\u00a0"
_CLOSE_AFTER = " \t\n.,;:!?)]}—–-\u00a0…"


_MARK = re.compile("[" + re.escape(OPENING_DOUBLE + CLOSING_DOUBLE + OPENING_SINGLE + "\"'") + "]")
_SINGLE_CLOSER = re.compile("[" + SINGLE_CLOSERS + "]")


@dataclasses.dataclass(frozen=True)
class MarkSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    closed: bool
    single: bool  # delimited by single marks


def _opening_position(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_BEFORE or before in OPENING_DOUBLE + CLOSING_DOUBLE + "\"'‘’") and not after.isspace()


def _closing_position(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before == " " and i > 1 and text[i - 2] in "'’":  # '… like, ‘Oh, this is important,’ ” Magel said'
        before = text[i - 2]
    return not before.isspace() and (after in _CLOSE_AFTER or after in CLOSING_DOUBLE + "\"'’“")


def find_mark_spans(text: str) -> list[MarkSpan]:
    """Quoted spans in one paragraph, in order; linear in the paragraph's length."""
    spans: list[MarkSpan] = []
    single_closers = [m.start() for m in _SINGLE_CLOSER.finditer(text) if _closing_position(text, m.start())
                      and not (m.end() < len(text) and text[m.end()].isalpha())]
    open_at = None
    n = len(text)
    resume = 0  # marks before this position are inside a single-quoted span already taken
    for match in _MARK.finditer(text):
        i, c = match.start(), match.group(0)
        if i < resume:
            continue
        if open_at is None:
            if c in OPENING_DOUBLE or (c == '"' and _opening_position(text, i)):
                open_at = i
            elif (c == OPENING_SINGLE or c == "'") and _opening_position(text, i) and i + 1 < n and text[i + 1].isalnum():
                k = bisect.bisect_right(single_closers, i)
                if k < len(single_closers):
                    close = single_closers[k]
                    spans.append(MarkSpan(i + 1, close, True, True))
                    resume = close + 1
                elif c == OPENING_SINGLE and text[i + 1].isalpha() and len(text[i + 1 :].split()) >= 3:
                    # British copy: left open, to go on in the next paragraph (not '‘16', a year)
                    spans.append(MarkSpan(i + 1, n, False, True))
                    break
        elif c in CLOSING_DOUBLE or (c == '"' and _closing_position(text, i)):
            if i > open_at + 1:
                spans.append(MarkSpan(open_at + 1, i, True, False))
            open_at = None
    if open_at is not None and open_at + 1 < n:
        spans.append(MarkSpan(open_at + 1, n, False, False))
    return spans


_NICKNAME = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*)?")  # what a nickname is: one or two capitalised words
_WORD_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w’'-]* $")


def without_nicknames(text: str, spans: list[MarkSpan]) -> tuple[list[MarkSpan], list[tuple[int, int]]]:
    """The spans that are quotations, and where the nicknames are, marks included ('Wilhelmina “Billie”
    Torvik', 'Alec ‘Spider’ McCracken': between two capitalised words, not quotations). A word or two in
    marks between a determiner and its noun ('The ‘terrified’ mum') is neither: it stays a word of its
    sentence, so that the noun phrase around it is read whole."""
    kept, names = [], []
    for span in spans:
        if span.closed and span.end - span.start < 25 and text[span.end + 1 : span.end + 3][:1] == " " and \
                text[span.end + 2 : span.end + 3].isupper() and _NICKNAME.fullmatch(text, span.start, span.end) and \
                _WORD_BEFORE.search(text, max(0, span.start - 30), span.start - 1):
            names.append((span.start - 1, span.end + 1))
        elif not (span.closed and span.end - span.start < 30 and len(text[span.start : span.end].split()) <= 2
                  and _DETERMINER_BEFORE.search(text, max(0, span.start - 12), max(0, span.start - 1))
                  and _NOUN_AFTER.match(text, span.end + 1)):
            kept.append(span)
    return kept, names


_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat) $")
# the noun phrase goes on with a lower-case word that is no function word ('a “floor” for', 'their “fear” and')
_NOUN_AFTER = re.compile(r" (?!(?:of|for|in|on|at|to|by|and|or|but|nor|with|from|into|than|that|which|who|as|"
                         r"until|during|over|under|after|before|since|about|against|between|is|are|was|were|has|"
                         r"have|had|will|would|can|could|the|a|an|it|its|this|these|those)\b)[a-z][\w-]*\b(?![’'])")


# Any mark that can open or close a quotation (an apostrophe only where no word goes on before it).
_MARKS = tuple(dict.fromkeys(OPENING_DOUBLE + CLOSING_DOUBLE + OPENING_SINGLE + '"'))
_APOSTROPHE_MARK = re.compile("(?<!\\w)'")


def may_quote(text: str) -> bool:
    """False when `text` has no mark a quotation could start or end with: nothing to attribute there.
    A substring test per mark: one scan of a character class per paragraph cost more than all of them."""
    return any(mark in text for mark in _MARKS) or ("'" in text and _APOSTROPHE_MARK.search(text) is not None)


def opens_with_mark(text: str) -> bool:
    """True when a paragraph begins with an opening mark (a quotation continues)."""
    stripped = text.lstrip()
    return bool(stripped) and (stripped[0] in OPENING_DOUBLE + OPENING_SINGLE or stripped[0] == '"')
