"""Unnamed sources -> the description the article gave them: 'a person familiar with the talks' for 'the
person said', 'people familiar with the matter' for 'one of the people said', 'Two industry sources said …
one of them said', 'A Maplestead spokeswoman … she told Reuters', 'the researchers wrote' for the one who led
the research. Each looks only at what the article wrote before the quotation."""

from __future__ import annotations

import re

from .letters import CAPITAL
from .model import Speaker
from .names import ROLE_WORDS, head_noun, strip_determiner
from .named import resolve_named

def described_before(article, noun: str) -> Speaker | None:
    """The last described speaker whose description has this head ('person familiar with the talks' for
    'the person', 'show insider' for 'the insider'), when it is longer than the bare noun."""
    for speaker in reversed(article.descriptions):
        words = strip_determiner(speaker.name).lower().split()
        if len(words) > 1 and head_noun(" ".join(words)) == noun:
            return speaker
    return None


def introduced_before(article, index, position, noun: str) -> Speaker | None:
    """The last 'a Loomwork spokesperson' / 'a spokeswoman for Northern Reptile Rescue' the text wrote before
    'the spokesperson' (a subject of any verb, not only one that spoke): the description in full."""
    if noun not in ROLE_WORDS:
        return None
    escaped = re.escape(noun)
    pattern = _INTRODUCED.get(noun) or _INTRODUCED.setdefault(noun, re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?P<owner>(?:[{CAPITAL}][\w&’'.-]*\s+){{1,4}}){escaped}\b"
        rf"|{escaped}\s+(?:for|at|with|from)\s+(?:the\s+)?(?P<body>[{CAPITAL}][\w&’'.-]*(?:\s+(?:[{CAPITAL}][\w&’'.-]*|of|for|and|&))*)"
        rf"|{escaped}\s+(?:close\s+to|familiar\s+with|briefed\s+on)\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?"
        rf"(?=\s+(?:told|said|says|added|confirmed|who)\b|[,.;])"  # 'a source close to the couple told'
        rf"|(?P<adj>(?:[a-z][\w-]*\s+){{0,2}}){escaped}\s+(?:at|in|with|for|from|of)\s+the\s+[a-z][\w’'-]*"
        rf"(?:\s+[a-z][\w’'-]*){{0,2}}(?=\s+(?:told|said|says|added|confirmed|who|speaking)\b|[,.;]))"))
    last = None
    for last in pattern.finditer(article.text_before(index, position)):
        pass
    if last is None:
        return None
    if last["adj"] is not None:  # 'a senior official at the energy ministry told Reuters'
        return Speaker(last.group(0).split(None, 1)[1], "description")
    text = f"{last['owner']}{noun}" if last["owner"] else f"{noun} {last.group(0).split(noun, 1)[1].strip()}"
    return Speaker(text, "description")


_INTRODUCED: dict[str, re.Pattern] = {}

ONE_OF_GROUP = re.compile(r"^(?:one|two|some|several|each)\s+of\s+(?:the|those|these)\s+(?P<noun>[a-z]+)$", re.I)
_GROUPS = ("people", "sources", "officials", "persons", "aides", "analysts", "diplomats", "executives", "insiders",
           "lawmakers", "advisers", "advisors", "person", "source", "official", "aide", "diplomat", "executive",
           "insider")
# 'according to three people familiar with the matter', 'senior officials briefed on the talks'
_GROUP_INTRODUCED = re.compile(
    r"\b(?:(?:two|three|four|five|six|several|some|multiple|\d+)\s+)?(?P<words>(?:[a-z-]+\s+)?(?P<noun>"
    + "|".join(_GROUPS) + r")\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
    r"involved\s+in|aware\s+of|knowledgeable\s+about)\s+[^.,;:!?\x00]{2,50}?)(?=\s*[.,;:!?\x00]|\s+(?:said|say|told|and)\b)", re.I)


ONE_OF_THEM = r"^(?:one|some|two|several|each|both|all)\s+of\s+(?:them|those)$"
ONE_OF_THEM_RE = re.compile(ONE_OF_THEM, re.I)
_PLURAL_SUBJECT = re.compile(r"(?:^|(?<=[.!?”’\"]\s))(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|\d+)\s+)?"
                             r"(?P<words>(?:[A-Za-z-]+\s+){0,2}(?:people|sources|officials|analysts|diplomats|"
                             r"residents|witnesses|experts|executives|insiders|aides|workers|traders|investors|"
                             r"economists|lawmakers|protesters|fans|parents|farmers|doctors|nurses|teachers))"
                             r"(?:\s+[^.!?\x00]{0,60}?)?\s+(?:said|say|told|tell|added|warned)\b")


def plural_subject_in_paragraph(article, index, position) -> Speaker | None:
    """The group a sentence of this paragraph has as its subject ('Two industry sources said …')."""
    last = None
    for last in _PLURAL_SUBJECT.finditer(article.paragraph_before(index, position)):
        pass
    if last is None:
        return None
    words = last["words"].split()
    return Speaker(" ".join([words[0].lower(), *words[1:]]), "description")


def group_before(article, index, position, noun: str) -> Speaker | None:
    """'… according to people familiar with the matter. “…,” one of the people said': the group as described."""
    if noun not in _GROUPS:
        return None
    last = None
    for match in _GROUP_INTRODUCED.finditer(article.text_before(index, position)):
        if match["noun"].lower() == noun:
            last = match
    if last is None:
        return None
    words = last["words"].split()
    if words[0].lower() in _NOT_DESCRIBING:
        words = words[1:]
    words[0] = words[0].lower()  # 'Officials with knowledge of the plan say': a sentence's first word
    return Speaker(" ".join(words), "description")


_NOT_DESCRIBING = frozenset("according to by from of and the a an one".split())

# Heads of a description that show the gender of the one described: 'A spokeswoman for X … she said'.
GENDERED_HEADS = {**dict.fromkeys("spokeswoman woman mother mum daughter wife sister grandmother girl chairwoman "
                                  "businesswoman congresswoman policewoman actress".split(), "f"),
                  **dict.fromkeys("spokesman man father dad son husband brother grandfather boy chairman "
                                  "businessman congressman policeman".split(), "m")}


def described_in_paragraph(article, index, position, noun: str) -> Speaker | None:
    """'A senior official of the Awadh Metro Rail Corporation, who did not wish to be named, said … “…,” the
    official said': the unnamed one this paragraph introduced with that noun, not a named holder of the role."""
    if noun not in ROLE_WORDS or noun in _PLURAL_GROUP_WORDS:
        return None
    paragraph = article.paragraph_before(index, position)
    pattern = _UNNAMED_INTRODUCED.get(noun) or _UNNAMED_INTRODUCED.setdefault(noun, re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne)\s+(?P<description>(?:(?:[{CAPITAL}][\w&’'.-]*|[a-z-]+)\s+){{0,3}}{re.escape(noun)}"
        rf"(?:\s+(?:of|at|for|with|from|in)\s+(?:the\s+)?[{CAPITAL}][\w&’'.-]*(?:\s+(?:[{CAPITAL}][\w&’'.-]*|of|for|and|&))*)?)"
        rf"(?!\s*,\s+[{CAPITAL}])\b"))
    last = None
    for last in pattern.finditer(paragraph):
        pass
    return Speaker(last["description"], "description") if last else None


_UNNAMED_INTRODUCED: dict[str, re.Pattern] = {}
_PLURAL_GROUP_WORDS = frozenset("people officials sources experts analysts residents critics".split())


def described_by_pronoun(article, index, position, gender: str) -> Speaker | None:
    """'A Maplestead spokeswoman declined to comment. “…,” she told Reuters': a pronoun after a sentence of
    this paragraph whose subject is an unnamed description of its gender, no named person of that gender
    coming between, means the one described ('Maplestead spokeswoman', 'spokeswoman for Northern Rescue')."""
    paragraph = article.paragraph_before(index, position)
    subject = None
    for subject in _INDEFINITE_SUBJECT.finditer(paragraph):
        pass
    shown = GENDERED_HEADS.get(subject["head"].lower()) if subject is not None else None
    if subject is None or shown not in (gender, None):
        return None
    if any(m.passage == index and subject.start() < m.position < position and m.speaker.kind == "person"
           and (shown is None or article.gender_of(m.speaker.name) in (gender, None)) for m in article.mentions):
        return None  # 'A spokeswoman for X said Ms. Ortiz had left. “…,” she said': Ms. Ortiz, perhaps
    article_word, described = subject.group(0).split(None, 1)
    return introduced_before(article, index, position, subject["head"].lower()) or \
        Speaker(f"one {described}" if article_word == "One" else described, "description")  # as 'One witness said' is


# People a description names without their gender: 'One witness, who …, said … “…,” she said' is the witness
# when no one else was named in between.
_NEUTRAL_HEADS = frozenset("witness eyewitness source official resident neighbour neighbor passenger driver worker "
                           "teacher nurse doctor student parent shopper customer volunteer survivor villager onlooker "
                           "bystander employee relative friend".split())
_INDEFINITE_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?”’\"]\s))(?:A|An|One)\s+(?:[{CAPITAL}][\w&’'.-]*\s+){{0,4}}(?:[a-z-]+\s+){{0,2}}?"
    rf"(?P<head>{'|'.join(sorted(set(GENDERED_HEADS) | _NEUTRAL_HEADS, key=len, reverse=True))})\b")


RESEARCH_TEAMS = frozenset("researchers team authors scientists investigators".split())
# 'The research, led by Dr. Henrietta Saldaña-Moss of …', 'lead author Dr. X', 'X, the study's lead author,'
_LED_BY = re.compile(rf"\b(?:led\s+by|lead\s+author|senior\s+author|lead\s+researcher)\s*,?\s+"
                     rf"(?:(?:Dr|Prof|Professor)\.?\s+)?(?P<name>[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'.-]+){{1,3}})"
                     rf"|(?P<name2>[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'.-]+){{1,3}}),\s+(?:the\s+)?"
                     rf"(?:study’s\s+|study's\s+|paper’s\s+|paper's\s+)?(?:lead|senior)\s+author\b")


def research_leader(article, index, position) -> Speaker | None:
    """The one person the article says led the research, whose words 'the researchers wrote' are taken to be."""
    leaders = {}
    for match in _LED_BY.finditer(article.text_before(index, position)):
        person = resolve_named(article, match["name"] or match["name2"], strict=False)
        if person is not None and person.kind == "person":
            leaders.setdefault(person.name, person)
    return next(iter(leaders.values())) if len(leaders) == 1 else None
