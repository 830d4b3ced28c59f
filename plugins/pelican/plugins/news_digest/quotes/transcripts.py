"""Transcripts: paragraphs that are turns ("WALLACE: But, Governor …", "Q: Why now?").

A turn's words after the label are a quotation of the labelled speaker, with
no quotation marks. A single "Name: text" paragraph is as likely a heading or
a list item, so an article counts as a transcript only where two paragraphs
or more are turns without quotation marks; a paragraph with marks is a turn
(quoting someone inside it) only under a label those turns use. Unnamed questioners ("Q", "Question")
are the host the introduction names, if it names one.
"""

from __future__ import annotations

import dataclasses
import re

from .letters import CAPITAL
from ..passages.passages import Passage

from .marks import CLOSING_DOUBLE, OPENING_DOUBLE
from .model import Quote, Speaker
from .names import NOT_SPEAKERS, looks_like_person, split_role_and_name

_UPPER = CAPITAL  # 'ÅKESSON:', 'Ólafur Einarsson:'
_TURN = re.compile(rf"^\s*(?:[\[(]\d{{1,2}}(?::\d{{2}}){{1,2}}[\])]\s*)?(?P<label>(?:[{_UPPER}][\w.’'-]*\s+){{0,3}}[{_UPPER}][\w.’'-]*|[{_UPPER}][{_UPPER}.’' -]{{0,40}}[{_UPPER}.])"
                   rf"(?:,\s*[{_UPPER}][{_UPPER}.’' -]{{1,60}}|\s*\([^()\n]{{1,30}}\))?"  # 'PARK, UTILITIES DIRECTOR:', 'DENNIS (caller):'
                   r"\s*:\s+(?=\S)")
# 'Q. How did you …' / 'A. I answered …': an interview's turns with full stops, taken only in pairs.
_DOTTED_TURN = re.compile(r"^\s*(?P<label>Q|A)\.\s+(?=\S)")
_NO_ONE = frozenset({"unidentified", "unknown", "crosstalk", "inaudible"})
ANSWERS = frozenset({"a", "answer"})
QUESTIONS = frozenset({"q", "question"})
UNNAMED = frozenset({"q", "question", "a", "answer", "audience", "unidentified", "voice", "crosstalk", "reporter",
                     "reporters", "journalist", "audience member", "unidentified reporter", "male voice",
                     "female voice"})  # 'REPORTER: Will you resign?': a turn of someone the text does not name
_MARKS = set(OPENING_DOUBLE + CLOSING_DOUBLE + '"')


@dataclasses.dataclass(frozen=True)
class Turn:
    label: str  # as written: 'WALLACE', 'Maria Lindqvist', 'Q'
    start: int  # where the turn's words begin in the passage text

    @property
    def named(self) -> bool:
        """Not 'Q', 'A', 'UNIDENTIFIED FEMALE', '(CROSSTALK)'."""
        words = self.label.lower().strip(".").split()
        return " ".join(words) not in UNNAMED and not (_NO_ONE & set(words))


def find_turns(passages: list[Passage]) -> dict[int, Turn]:
    """Passage index -> its turn, when the article reads as a transcript (two turns or more)."""
    turns, quoting, dotted = {}, {}, set()
    for index, passage in enumerate(passages):
        match = _TURN.match(passage.text)
        if match is None and (match := _DOTTED_TURN.match(passage.text)):
            dotted.add(index)
        if match is None or passage.block:
            continue
        label = match["label"].strip()
        words = label.split()
        if len(words) > 4 or any(word.lower() in NOT_SPEAKERS and word.lower() not in UNNAMED for word in words):
            continue
        (quoting if _MARKS & set(passage.text) else turns)[index] = Turn(label, match.end())
    dotted &= turns.keys()
    if {turns[index].label for index in dotted} != {"Q", "A"}:  # 'A. J. Ruiz said …' is an initial, unless
        turns = {index: turn for index, turn in turns.items() if index not in dotted}  # questions are 'Q.' too
    if len(turns) < 2:
        return {}
    labels = {turn.label for turn in turns.values()}  # a turn that quotes someone, by a label the transcript uses
    turns.update({index: turn for index, turn in quoting.items() if turn.label in labels})
    return dict(sorted(turns.items()))


def full_name_in(text: str, surname: str) -> str | None:
    """'Amanda Frith' for a 'FRITH:' turn, from anywhere in the article (a turn may introduce her):
    the last name-shaped run of two or three words ending with the surname."""
    found = None
    for match in re.finditer(rf"\b((?:[{_UPPER}][\w’'-]+\s+){{1,3}}){re.escape(surname)}\b", text):
        name = split_role_and_name(match.group(0))[1]
        if " " in name and looks_like_person(name):
            found = name
    return found


def speaker_label(label: str) -> str:
    """'WALLACE' -> 'Wallace', 'ORTEGA-QUINN' -> 'Ortega-Quinn', 'Maria T. Lindqvist' stays: the label as a name."""
    return " ".join("-".join(part.capitalize() for part in word.split("-")) if word.isupper() and len(word) > 1
                    else word for word in label.split())


def interviewee(article, first_turn: int):
    """Who answers the 'A:' turns of an interview: the one person the introduction names, not its host."""
    named = {name: speaker for name, speaker in article.people_named(0, first_turn - 1).items()
             if not _is_host(article, name, speaker)}
    if not named:  # 'The novelist Oksana Vered-Lindahl’s third book …': named only as an owner
        owners = {m.group(1) for m in _OWNER_NAME.finditer(article.text_before(first_turn, 0))}
        named = {name: Speaker(name, "person") for name in owners if looks_like_person(name)
                 and not re.search(_SPOKE_WITH + re.escape(name) + r"\b", article.text)}
    if len(named) > 1:  # 'X, 20, beat Y … Excerpts from her news conference:': the one the introduction is about
        subjects = {m.speaker.name for m in article.mentions if m.passage < first_turn and m.subject}
        named = {name: speaker for name, speaker in named.items() if name in subjects}
    return next(iter(named.values())) if len(named) == 1 else None


def interviewer(article, first_turn: int):
    """Who asks the 'Q:' turns: the one host, editor or reporter the introduction names ('our books editor, X',
    'She spoke with the Gazette’s X')."""
    named = {name: speaker for name, speaker in article.people_named(0, first_turn - 1).items()
             if _is_host(article, name, speaker)}
    return next(iter(named.values())) if len(named) == 1 else None


def _is_host(article, name: str, speaker) -> bool:
    return bool(_HOST.search(speaker.role or article.role_of.get(name, ""))) or bool(re.search(
        _SPOKE_WITH + re.escape(name) + r"\b", article.text))


_OWNER_NAME = re.compile(rf"\b([{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+){{1,2}})[’']s\b")
_HOST = re.compile(r"\b(?:host|interviewer|moderator|anchor|presenter|reporter|editor|correspondent|journalist|"
                   r"columnist)\b", re.I)
_SPOKE_WITH = r"\b(?:(?:spoke|talked|chatted|sat\s+down)\s+(?:with|to)|interviewed\s+by|in\s+conversation\s+with)" \
              r"\s+(?:[\w’'-]+\s+){0,4}?"  # '... spoke with the Gazette’s Colin Haverford'


TURN_HOWS = ("a transcript's turn", "the transcript's turn goes on")


def spoken(text: str) -> bool:
    """A paragraph that reads as someone's words: sentences in lower case, not a stage direction ('(BEGIN VIDEO
    CLIP)'), a heading in capitals, a time stamp or a live blog's headline (no closing punctuation)."""
    text = text.strip()
    return len(text.split()) >= 4 and not text.startswith(("(", "[")) and any(c.islower() for c in text) and \
        text.endswith((".", "!", "?", "…", "—", "-", ")"))


def turn_goes_on(passage: Passage, turn: Quote) -> Quote:
    """An unlabelled paragraph between two turns of a transcript: the turn before it goes on."""
    start, end = len(passage.text) - len(passage.text.lstrip()), len(passage.text.rstrip())
    return Quote(passage.id, start, end, passage.text[start:end], turn.speaker,
                 f"the transcript's turn goes on from {turn.passage}", True)
