"""What an article has said so far: the people and organisations it named, where, with which roles."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re

from .letters import CAPITAL
from .firstnames import gender_of_given_name
from .model import Speaker
from .names import first_word, short_forms
from .people import PeopleDirectory
from .vocabulary import TEAM_WORDS

# A capitalised word where no sentence starts: after a lower-case letter or a comma, or after an
# honorific or a small capitalised word ('Mr. Vitter', 'As Vitter'). Two scans with fixed-width look-behinds.
_AFTER_LOWER = re.compile(rf"[{CAPITAL}](?<=[a-z,;:”\"’)] [{CAPITAL}])[\w’'-]+")  # the capital first: scanned for fast
_AFTER_WORD = re.compile(rf"\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen)\. ([{CAPITAL}][\w’'-]+)|"
                         rf"\b(?:As|In|At|By|On|To|Of|For|And|But|Said|Says|Asked|Added|Wrote) ([{CAPITAL}][\w’'-]+)")
PRONOUN_REACH = 40  # mentions looked at when resolving a pronoun


@dataclasses.dataclass
class Mention:
    passage: int
    position: int
    speaker: Speaker
    subject: bool  # the subject of a sentence or a speaker, which 'they' and 'it' may mean


_PATRONYMIC = frozenset("bin binti bte bt ibn bint ben a/l a/p".split())  # 'Ahmad Faizal bin Salleh'


class ArticleMemory:
    """What the article has said so far: who was named, with which roles."""

    def __init__(self, people: PeopleDirectory):
        self.people = people
        self.mentions: list[Mention] = []
        self.full_names: dict[str, str] = {}  # surname (with its particles, too) -> full name used in this article
        self.holders: dict[str, list[str]] = {}  # short form -> every full name it may shorten
        self.first_words: dict[str, str] = {}  # first word of a full name -> it ('Nguyễn' -> 'Nguyễn Thị Lan')
        self.roles: list[tuple[str, Speaker]] = []  # role text (lower case) -> who had it
        self.role_of: dict[str, str] = {}  # name -> the first role the article gave
        self.named: dict[str, Speaker | None] = {}  # capitalised phrase -> what it names
        self.gender: dict[str, str] = {}  # name -> "m" or "f", where an honorific or a pronoun showed it
        self.titled: dict[str, str] = {}  # name -> the gender an honorific before it showed ('Ms Cheryl Ang')
        self.unresolved: set[str] = set()  # single capitalised words that named no one
        self.descriptions: list[Speaker] = []  # described speakers, in the order they spoke
        self._long_names: list[str] = []  # full names of three words or more, in which a family name may hide
        self._inner_words: dict[str, list[str]] = {}  # a word inside a long name (not first or last) -> those names
        self._short_forms_noted: set[str] = set()  # full names whose short forms are in full_names and holders
        self.proper_words: frozenset[str] = frozenset()  # capitalised words the article writes mid-sentence
        self.text = ""  # the whole article, for what only a search of all of it can tell
        self.starts: list[int] = [0]  # where each passage begins in `text`
        self.organisations: dict[str, str] = {}  # the first words of an organisation's name -> its whole name
        self.documents: dict[str, Speaker] = {}  # 'report' -> who published the report the article introduced

    def read(self, texts: list[str]) -> None:
        """Note the words the article capitalises where no sentence starts: those are names."""
        text = self.text = "\n".join(texts)
        self.starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        self.proper_words = frozenset(_AFTER_LOWER.findall(text)) | \
            {a or b for a, b in _AFTER_WORD.findall(text)}

    def text_before(self, passage: int, position: int) -> str:
        """The article's text up to a position in one of its passages."""
        return self.text[: self.starts[min(passage, len(self.starts) - 1)] + position]

    def paragraph_before(self, passage: int, position: int) -> str:
        """One passage's text up to a position in it."""
        start = self.starts[min(passage, len(self.starts) - 1)]
        return self.text[start : start + position]

    def is_proper(self, word: str) -> bool:
        """'Vitter' (written 'said Vitter' somewhere), not 'Pollsters' (only ever first in a sentence)."""
        return word in self.proper_words or word.lower() in self.full_names

    def remember(self, passage: int, position: int, speaker: Speaker | None, subject: bool = True) -> None:
        if speaker is None:
            return
        if speaker.kind == "description":
            self.descriptions.append(speaker)  # 'a person familiar with the talks': 'the person' later
            return
        mention = Mention(passage, position, speaker, subject)
        if self.mentions and (passage, position) < (self.mentions[-1].passage, self.mentions[-1].position):
            bisect.insort(self.mentions, mention, key=lambda m: (m.passage, m.position))
        else:
            self.mentions.append(mention)
        if speaker.kind == "person" and speaker.name not in self._short_forms_noted:
            self._short_forms_noted.add(speaker.name)  # what follows depends on the name only: once each
            if speaker.name.count(" ") >= 2:
                self._long_names.append(speaker.name)
                for word in dict.fromkeys(speaker.name.split()[1:-1]):
                    self._inner_words.setdefault(word, []).append(speaker.name)
            for name in (speaker.name, *self._aliases(speaker.name)):
                for form in short_forms(name):
                    self.full_names.setdefault(form.lower(), speaker.name)
                    holders = self.holders.setdefault(form.lower(), [])
                    if speaker.name not in holders:
                        holders.append(speaker.name)
                if " " in name:
                    self.first_words.setdefault(first_word(name).lower(), speaker.name)
        elif speaker.kind == "organisation":
            words = speaker.name.split()
            for size in range(len(words) - 1, 0, -1):  # 'Andes Meridian Mining' -> 'Andes Meridian', 'Andes'
                self.organisations.setdefault(" ".join(words[:size]).lower(), speaker.name)
            if len(words) > 1 and words[-1].lower() in TEAM_WORDS:  # 'Harbour City Sharks' -> 'the Sharks'
                self.organisations.setdefault(words[-1].lower(), speaker.name)
        if speaker.role:
            entry = (speaker.role.lower(), speaker)
            if self.roles and entry in self.roles:  # once, where it was said last
                self.roles.remove(entry)
            self.roles.append(entry)
            self.role_of.setdefault(speaker.name, speaker.role)

    def organisation_named(self, short: str) -> str | None:
        """The organisation whose whole name `short` begins ('Farrowgate' for 'Farrowgate Foods Inc.'),
        unless a person of this article is called so."""
        if short.lower() in self.full_names:
            return None
        return self.organisations.get(short.lower())

    def _aliases(self, name: str) -> tuple[str, ...]:
        person = self.people.find(name)
        return person.aliases if person else ()

    def people_named(self, first: int, last: int, position: int | None = None) -> dict[str, Speaker]:
        """The people mentioned in passages first..last (in the last, before `position` when given)."""
        return {m.speaker.name: m.speaker for m in self.mentions
                if first <= m.passage <= last and m.speaker.kind == "person"
                and (position is None or m.passage < last or m.position <= position)}

    def full_name(self, short: str, gender: str | None = None) -> str | None:
        """The full name a short form means: with two holders ('Mr. Fairweather', 'Ms. Fairweather'),
        the one of the honorific's gender."""
        holders = self.holders.get(short.lower(), ())
        if gender and len(holders) > 1:
            fitting = [name for name in holders if self.gender_of(name) == gender]
            if len(fitting) == 1:
                return fitting[0]
        return self.full_names.get(short.lower()) or self._inner_word_of(short)

    def _inner_word_of(self, short: str) -> str | None:
        """The one person named in full with `short` as a word inside the name ('Ms Ong' for 'Jasmine Ong Li
        Hua', whose family name comes second) or as its first words: names that put the family name anywhere."""
        if not self._long_names or not short[:1].isupper():
            return None
        if " " in short:  # 'Mr Ahmad Faizal' for 'Ahmad Faizal bin Salleh': the name without its patronymic
            holders = [name for name in self._long_names if name.startswith(short + " ")
                       and name[len(short) + 1 :].split()[0] in _PATRONYMIC]
        else:
            holders = self._inner_words.get(short, ())
        return holders[0] if len(holders) == 1 else None

    def gender_of(self, name: str, default: str | None = None) -> str | None:
        """What the article showed ('Ms. Lopez', 'she said' of her), else what the given name usually is."""
        return self.gender.get(name) or gender_of_given_name(name) or default

    def last_mention(self, passage: int, position: int, kinds: set[str], gender: str | None = None) -> Speaker | None:
        """The nearest mention before (passage, position) of one of `kinds`, in this or the previous passage;
        for a person, the nearest in this passage that was a sentence's subject first ('Obama met Putin. He said' -> Obama)."""
        end = bisect.bisect_left(self.mentions, (passage, position), key=lambda m: (m.passage, m.position))
        recent = [m for m in reversed(self.mentions[max(0, end - PRONOUN_REACH) : end]) if m.passage >= passage - 1]
        fitting = [m for m in recent if m.speaker.kind in kinds
                   and (gender is None or self.gender_of(m.speaker.name, gender) == gender)]
        if gender is not None and kinds == {"person"}:  # 'Lim’s lawyer, Ms Cheryl Ang, … she told': a title's gender first
            nearest = next((m for m in fitting if m.passage == passage and m.subject), None)
            if nearest is not None and self.gender_of(nearest.speaker.name) == gender:
                return nearest.speaker  # unless the nearest subject's gender is known too ('Dr. Ibrahim X … he')
            shown = [m for m in fitting if m.passage == passage and self.titled.get(m.speaker.name) == gender]
            if shown and len({m.speaker.name for m in fitting if m.passage == passage}) > 1:
                return next((m for m in shown if m.subject), shown[0]).speaker
        for mention in fitting:
            if mention.subject and (mention.passage == passage or kinds != {"person"}):
                return mention.speaker
        return fitting[0].speaker if fitting and kinds == {"person"} else None
