"""Transcripts: paragraphs that are turns ("WALLACE: But, Governor …", "Q: Why now?").

A turn's words after the label are a quotation of the labelled speaker, with
no quotation marks. A single "Name: text" paragraph is as likely a heading or
a list item, so an article counts as a transcript only where two paragraphs
or more are turns; a turn that contains quotation marks is read as ordinary
text (its marks say what is quoted). Unnamed questioners ("Q", "Question")
stay unattributed.
"""

from __future__ import annotations

import dataclasses
import re

from .letters import CAPITAL
from ..passages.passages import Passage

from .marks import CLOSING_DOUBLE, OPENING_DOUBLE
from .names import NOT_SPEAKERS

_UPPER = CAPITAL  # 'ÅKESSON:', 'Ólafur Einarsson:'
_TURN = re.compile(rf"^\s*(?P<label>(?:[{_UPPER}][\w.’'-]*\s+){{0,3}}[{_UPPER}][\w.’'-]*|[{_UPPER}][{_UPPER}.’' -]{{0,40}}[{_UPPER}.])"
                   r"\s*:\s+(?=\S)")
ANSWERS = frozenset({"a", "answer"})
UNNAMED = frozenset({"q", "question", "a", "answer", "audience", "unidentified", "voice", "crosstalk"})
_MARKS = set(OPENING_DOUBLE + CLOSING_DOUBLE + '"')


@dataclasses.dataclass(frozen=True)
class Turn:
    label: str  # as written: 'WALLACE', 'Maria Lindqvist', 'Q'
    start: int  # where the turn's words begin in the passage text

    @property
    def named(self) -> bool:
        return self.label.lower().strip(".") not in UNNAMED


def find_turns(passages: list[Passage]) -> dict[int, Turn]:
    """Passage index -> its turn, when the article reads as a transcript (two turns or more)."""
    turns = {}
    for index, passage in enumerate(passages):
        match = _TURN.match(passage.text)
        if match is None or passage.block or _MARKS & set(passage.text):
            continue
        label = match["label"].strip()
        words = label.split()
        if len(words) > 4 or any(word.lower() in NOT_SPEAKERS and word.lower() not in UNNAMED for word in words):
            continue
        turns[index] = Turn(label, match.end())
    return turns if len(turns) >= 2 else {}


def speaker_label(label: str) -> str:
    """'WALLACE' -> 'Wallace', 'ORTEGA-QUINN' -> 'Ortega-Quinn', 'Maria T. Lindqvist' stays: the label as a name."""
    return " ".join("-".join(part.capitalize() for part in word.split("-")) if word.isupper() and len(word) > 1
                    else word for word in label.split())


def interviewee(article, first_turn: int):
    """Who answers the 'A:' turns of an interview: the one person the introduction names, not its host."""
    named = {name: speaker for name, speaker in article.people_named(0, first_turn - 1).items()
             if not _HOST.search(speaker.role or "")}
    return next(iter(named.values())) if len(named) == 1 else None


_HOST = re.compile(r"\b(?:host|interviewer|moderator|anchor|presenter|reporter|editor)\b", re.I)
