"""A description -> who it means: 'the senator' (a role the article gave), 'the Irishman' (the one just
named), 'the statement' (whoever issued it), 'a Loomwork spokesperson' (as described), 'NATO’s report'."""

from __future__ import annotations

import re

from .letters import CAPITAL
from .cues import DOCUMENT_NOUNS, ISSUED_WORDS, trie_pattern
from .model import Speaker
from .names import DETERMINERS, ROLE_WORDS, agent_noun, clean_phrase, head_noun, INSTITUTION_WORDS, strip_determiner
from .named import resolve_named, resolve_pronoun
from .roles import (body_just_named, is_demonym_noun, person_described_as, person_just_named, publisher_of, resolve_institution,
                    resolve_role, short_description)

_POSSESSIVE_PHRASE = re.compile(r"^(?:the\s+)?(?P<owner>[\w.&’' -]+?)[’']s\s+(?:(?:latest|new|final|full|own|"
                                r"annual|initial|interim|written|official|draft|first|second)\s+)?(?P<noun>[\w-]+)$", re.I)
OWNER_PRONOUNS = {"its": ("thing", None), "his": ("person", "m"), "her": ("person", "f"),
                   "their": ("plural", None)}
_AGE = re.compile(r"\d{1,3}-year-old(?:\s+[a-z][\w-]*){0,2}")  # 'the 26-year-old', '… singer-songwriter'
# 'the Kenyan', 'the South African', 'the Czech': a demonym standing for the person
_NATIONALITY = re.compile(r"(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:an|ese|ish|ch|ic|i)|Czech|Swiss|Thai|Dutch|Greek|Kiwi")
# What sports and feature writing call the person just named, and never a speaker by itself.
_EPITHETS = frozenset("sophomore freshman rookie youngster newcomer debutant right-hander left-hander winner "
                      "runner-up champion".split())


_AGE_BEFORE = re.compile(r"\d{1,3}-year-old\s+")


def _age_or_origin(bare: str) -> bool:
    """'23-year-old', 'Kenyan', 'Irishman': what the person just named is, standing for them."""
    if _AGE.fullmatch(bare):
        return True
    aged = _AGE_BEFORE.match(bare)  # 'the 24-year-old Swede'
    if aged and aged.end() < len(bare):
        bare = bare[aged.end():]
    return bool(_NATIONALITY.fullmatch(bare)) or is_demonym_noun(bare)


def is_epithet(phrase: str) -> bool:
    """'the 23-year-old', 'the Kenyan', 'the Irishman', 'the sophomore': words for the person just named."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() != "the":
        return False
    bare = " ".join(words[1:])
    return _age_or_origin(bare) or (len(words) == 2 and bare.lower() in _EPITHETS)



def _described_before(article, noun: str) -> Speaker | None:
    """The last described speaker whose description has this head ('person familiar with the talks' for
    'the person', 'show insider' for 'the insider'), when it is longer than the bare noun."""
    for speaker in reversed(article.descriptions):
        words = strip_determiner(speaker.name).lower().split()
        if len(words) > 1 and head_noun(" ".join(words)) == noun:
            return speaker
    return None


def _introduced_before(article, index, position, noun: str) -> Speaker | None:
    """The last 'a Loomwork spokesperson' / 'a spokeswoman for Northern Reptile Rescue' the text wrote before
    'the spokesperson' (a subject of any verb, not only one that spoke): the description in full."""
    if noun not in ROLE_WORDS:
        return None
    escaped = re.escape(noun)
    pattern = _INTRODUCED.get(noun) or _INTRODUCED.setdefault(noun, re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?P<owner>(?:[{CAPITAL}][\w&’'.-]*\s+){{1,4}}){escaped}\b"
        rf"|{escaped}\s+(?:for|at|with|from)\s+(?:the\s+)?(?P<body>[{CAPITAL}][\w&’'.-]*(?:\s+(?:[{CAPITAL}][\w&’'.-]*|of|for|and|&))*))"))
    last = None
    for last in pattern.finditer(article.text_before(index, position)):
        pass
    if last is None:
        return None
    text = f"{last['owner']}{noun}" if last["owner"] else f"{noun} {last.group(0).split(noun, 1)[1].strip()}"
    return Speaker(text, "description")


_INTRODUCED: dict[str, re.Pattern] = {}

_ONE_OF = re.compile(r"^(?:one|two|some|several|each)\s+of\s+(?:the|those|these)\s+(?P<noun>[a-z]+)$", re.I)
_GROUPS = ("people", "sources", "officials", "persons", "aides", "analysts", "diplomats", "executives", "insiders",
           "lawmakers", "advisers", "advisors", "person", "source", "official", "aide", "diplomat", "executive",
           "insider")
# 'according to three people familiar with the matter', 'senior officials briefed on the talks'
_GROUP_INTRODUCED = re.compile(
    r"\b(?:(?:two|three|four|five|six|several|some|multiple|\d+)\s+)?(?P<words>(?:[a-z-]+\s+)?(?P<noun>"
    + "|".join(_GROUPS) + r")\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
    r"involved\s+in|aware\s+of|knowledgeable\s+about)\s+[^.,;:!?\x00]{2,50}?)(?=\s*[.,;:!?\x00]|\s+(?:said|say|told|and)\b)", re.I)


ONE_OF_THEM = r"^(?:one|some|two|several|each|both|all)\s+of\s+(?:them|those)$"
_ONE_OF_THEM = re.compile(ONE_OF_THEM, re.I)
_PLURAL_SUBJECT = re.compile(r"(?:^|(?<=[.!?”’\"]\s))(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|\d+)\s+)?"
                             r"(?P<words>(?:[A-Za-z-]+\s+){0,2}(?:people|sources|officials|analysts|diplomats|"
                             r"residents|witnesses|experts|executives|insiders|aides|workers|traders|investors|"
                             r"economists|lawmakers|protesters|fans|parents|farmers|doctors|nurses|teachers))"
                             r"(?:\s+[^.!?\x00]{0,60}?)?\s+(?:said|say|told|tell|added|warned)\b")


def _plural_subject_in_paragraph(article, index, position) -> Speaker | None:
    """The group a sentence of this paragraph has as its subject ('Two industry sources said …')."""
    start = article.starts[min(index, len(article.starts) - 1)]
    last = None
    for last in _PLURAL_SUBJECT.finditer(article.text_before(index, position)[start:]):
        pass
    if last is None:
        return None
    words = last["words"].split()
    return Speaker(" ".join([words[0].lower(), *words[1:]]), "description")


def _group_before(article, index, position, noun: str) -> Speaker | None:
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
    start = article.starts[min(index, len(article.starts) - 1)]
    paragraph = article.text_before(index, position)[start:]
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
    start = article.starts[min(index, len(article.starts) - 1)]
    paragraph = article.text_before(index, position)[start:]
    subject = None
    for subject in _INDEFINITE_SUBJECT.finditer(paragraph):
        pass
    if subject is None or GENDERED_HEADS.get(subject["head"].lower()) != gender:
        return None
    if any(m.passage == index and subject.start() < m.position < position and m.speaker.kind == "person"
           and article.gender_of(m.speaker.name) in (gender, None) for m in article.mentions):
        return None  # 'A spokeswoman for X said Ms. Ortiz had left. “…,” she said': Ms. Ortiz, perhaps
    return _introduced_before(article, index, position, subject["head"].lower()) or \
        Speaker(subject.group(0).split(None, 1)[1], "description")


_INDEFINITE_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?”’\"]\s))(?:A|An|One)\s+(?:[{CAPITAL}][\w&’'.-]*\s+){{0,4}}(?:[a-z-]+\s+){{0,2}}?"
    rf"(?P<head>{'|'.join(sorted(GENDERED_HEADS, key=len, reverse=True))})\b")


_RESEARCH_TEAMS = frozenset("researchers team authors scientists investigators".split())
# 'The research, led by Dr. Henrietta Saldaña-Moss of …', 'lead author Dr. X', 'X, the study's lead author,'
_LED_BY = re.compile(rf"\b(?:led\s+by|lead\s+author|senior\s+author|lead\s+researcher)\s*,?\s+"
                     rf"(?:(?:Dr|Prof|Professor)\.?\s+)?(?P<name>[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'.-]+){{1,3}})"
                     rf"|(?P<name2>[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'.-]+){{1,3}}),\s+(?:the\s+)?"
                     rf"(?:study’s\s+|study's\s+|paper’s\s+|paper's\s+)?(?:lead|senior)\s+author\b")


def _research_leader(article, index, position) -> Speaker | None:
    """The one person the article says led the research, whose words 'the researchers wrote' are taken to be."""
    leaders = {}
    for match in _LED_BY.finditer(article.text_before(index, position)):
        person = resolve_named(article, match["name"] or match["name2"], strict=False)
        if person is not None and person.kind == "person":
            leaders.setdefault(person.name, person)
    return next(iter(leaders.values())) if len(leaders) == 1 else None


def document_author(article, phrase: str) -> Speaker | None:
    """'The report by the Care Standards Inspectorate', 'The report, published by X,': who wrote it, whose
    words the document's are."""
    written = _DOCUMENT_BY.match(phrase) if " by " in phrase or " from " in phrase else None
    author = resolve_named(article, written["owner"], strict=False) if written else None
    return author if author is not None and author.kind in ("person", "organisation") else None


def resolve_description(article, index, position, phrase) -> Speaker | None:
    """'the diplomat', 'The letter', 'NATO’s statement', 'Poland', 'a former NATO commander'."""
    phrase = clean_phrase(phrase)
    made = _DOCUMENT_MADE.match(phrase)  # 'A Government Accountability Office report released last year'
    if made:
        phrase = made["document"]
        owner = resolve_named(article, made["owner"], strict=False) if made["owner"] else None
        if owner is not None and phrase.split()[0].lower() in DETERMINERS:
            return Speaker(f"{owner.name} {head_noun(phrase)}", "document")
    author = document_author(article, phrase)
    if author is not None:
        return author
    possessive = _POSSESSIVE_PHRASE.match(phrase)
    if possessive and possessive["noun"].lower() in DOCUMENT_NOUNS:  # "NATO's statement": NATO speaks
        owner = possessive["owner"]
        return (resolve_named(article, owner, strict=False) or resolve_institution(article, owner.lower())
                or resolve_role(article, owner.lower())
                or Speaker(owner, "organisation" if owner[:1].isupper() else "description"))
    if possessive and possessive["owner"][:1].isupper() and agent_noun(possessive["noun"].lower()):
        # 'Ryan’s office said', 'Trump’s lawyer said': someone's office or aide, as the text describes them
        institution = possessive["noun"].lower() in INSTITUTION_WORDS
        return Speaker(strip_determiner(phrase), "organisation" if institution else "description")
    words = phrase.split()
    if not words:
        return None
    if len(words) == 2 and words[0].lower() in OWNER_PRONOUNS and words[1].lower() in DOCUMENT_NOUNS:
        kind, gender = OWNER_PRONOUNS[words[0].lower()]  # 'according to its analysis': the one it stands for
        return resolve_pronoun(article, index, position, kind, gender)
    if _ONE_OF_THEM.match(phrase):  # 'Two industry sources said … “…,” one of them said': the group, or no one
        return _plural_subject_in_paragraph(article, index, position)
    one_of = _ONE_OF.match(phrase)  # 'one of the people': one of an anonymous group speaks for it
    if one_of:
        group = _group_before(article, index, position, one_of["noun"].lower())
        if group is not None:
            return group
    bare = strip_determiner(phrase)
    noun = head_noun(bare)
    determiner = words[0].lower()
    if determiner in DETERMINERS or bare[:1].islower():
        by_role = described_in_paragraph(article, index, position, noun) if determiner == "the" and \
            len(words) == 2 else None  # 'A senior official of X, who did not wish to be named, …' just before
        by_role = by_role or resolve_institution(article, bare) or resolve_role(article, bare)
        if by_role is None and determiner == "the":
            by_role = body_just_named(article, index, position, bare)  # 'the commission' for the Authority
        if by_role is None and determiner == "the" and _age_or_origin(bare):
            return person_just_named(article, index, position)  # 'the 23-year-old', 'the Kenyan'; or no one
        if by_role is None and determiner == "the" and len(words) == 2:
            by_role = person_described_as(article, words[1])  # 'the rookie'
        if by_role is None and is_epithet(phrase):
            return person_just_named(article, index, position)  # 'the sophomore': the one just named, or no one
        if by_role is None and determiner == "the" and noun in ROLE_WORDS and len(words) == 2:
            by_role = person_just_named(article, index, position, roleless=True)  # 'the striker'
        if by_role is not None:
            return by_role
        if noun in DOCUMENT_NOUNS:
            owner = (article.documents.get(noun) or publisher_of(article, index)) if determiner == "the" and \
                len(words) == 2 else None
            if owner is not None and noun in ISSUED_WORDS:
                return owner  # 'X said in a statement … “…,” the statement read': X's words
            return Speaker(f"{owner.name} {noun}" if owner else _capitalise(phrase if determiner != "a" else bare),
                           "document")  # 'The IAEA released a report … “…,” the report added': the IAEA report
        if determiner == "the" and len(words) == 2 and noun in _RESEARCH_TEAMS:
            leader = _research_leader(article, index, position)
            if leader is not None:
                return leader  # 'The team, led by Dr. Ingrid Solbakken, … The researchers wrote': her words
        if determiner == "the" and len(words) == 2:
            earlier = _described_before(article, noun) or _introduced_before(article, index, position, noun) \
                or _group_before(article, index, position, noun)
            if earlier is not None:
                return earlier  # 'a person familiar with the talks said … “…,” the person said'
        if noun in ROLE_WORDS:
            return Speaker(short_description(phrase if determiner in {"a", "an"} else bare), "description")
    if bare[:1].isupper():
        named = resolve_named(article, phrase, strict=False)
        if named is not None:
            return named
    if noun in ROLE_WORDS:
        return Speaker(short_description(bare), "description")
    if determiner in DETERMINERS | {"one", "another"} and len(words) <= 12 and agent_noun(noun):
        return Speaker(short_description(bare if determiner == "the" else phrase), "description")  # 'the Republican nominee'
    return None


# A document and how it was made: 'a report published Monday by the Meridian Climate Institute'.
_DOCUMENT_MADE = re.compile(r"^(?P<document>(?:\S+\s+){0,5}?" + trie_pattern(DOCUMENT_NOUNS) + r")\s+"
                            r"(?:released|published|issued|obtained|seen|filed|sent|written|signed|circulated|"
                            r"prepared|commissioned|posted|made public|produced|compiled)\b"
                            r"(?:.*?\bby\s+(?:the\s+)?(?P<owner>[" + CAPITAL + r"][^,;]*))?.*$")


# 'The report by the Schools Inspectorate', 'a statement from the Ministry of Health': who wrote it.
_DOCUMENT_BY = re.compile(r"^(?:the|a|an)\s+(?:\S+\s+){0,2}?" + trie_pattern(DOCUMENT_NOUNS) +
                          r",?\s+(?:(?:published|released|issued|written|compiled|prepared)\s+)?(?:by|from)\s+(?:the\s+)?"
                          r"(?P<owner>[" + CAPITAL + r"][^,;]*)$", re.I)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
