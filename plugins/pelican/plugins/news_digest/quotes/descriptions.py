"""A description -> who it means: 'the senator' (a role the article gave), 'the Irishman' (the one just
named), 'the statement' (whoever issued it), 'a Loomwork spokesperson' (as described), 'NATO’s report'."""

from __future__ import annotations

import re

from .letters import CAPITAL
from .cues import DOCUMENT_NOUNS, ISSUED_WORDS, trie_pattern
from .model import Speaker
from .names import DETERMINERS, ROLE_WORDS, agent_noun, clean_phrase, head_noun, INSTITUTION_WORDS, strip_determiner
from .named import resolve_named, resolve_pronoun
from .unnamed import (ONE_OF_GROUP, ONE_OF_THEM_RE, RESEARCH_TEAMS, described_before, described_in_paragraph,
                      group_before, introduced_before, plural_subject_in_paragraph, research_leader)
from .bodies import body_described_before, body_just_named, publisher_of, resolve_institution
from .roles import (is_demonym_noun, person_described_as, person_just_named,
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


# Who the text keeps unnamed: 'the source said' is never the person just named.
_ANONYMOUS = frozenset("source sources insider insiders".split())
_INDEFINITE = frozenset("a an one another some".split())
# 'the mum-of-two', 'the father-of-three': what tabloids call the parent just named
_PARENT_OF = re.compile(r"(?:mum|mom|mother|dad|father|grandmother|grandfather|gran|grandad)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)")
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
    return _age_or_origin(bare) or (len(words) == 2 and (bare.lower() in _EPITHETS or _PARENT_OF.fullmatch(bare.lower())))



_GROUP_NOUNS = frozenset("family families people".split()) | {w for w in ROLE_WORDS if w.endswith("s") and w[:-1] in ROLE_WORDS}


def _named_nearby(article, index: int, position: int, word: str) -> bool:
    """'Athletic' in 'The Athletic boss' after 'his Corbridge Athletic side': a name this or the last paragraph wrote."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    start = article.starts[max(0, index - 1)]
    return re.search(rf"\b{word}\b", article.text[start : article.starts[min(index, len(article.starts) - 1)] + position]) \
        is not None


def document_author(article, phrase: str) -> Speaker | None:
    """'The report by the Care Standards Inspectorate', 'The report, published by X,': who wrote it, whose
    words the document's are."""
    written = _DOCUMENT_BY.match(phrase) if " by " in phrase or " from " in phrase else None
    author = resolve_named(article, written["owner"], strict=False) if written else None
    if author is None and written and written["owner"][:1].islower():  # 'a statement from the network'
        author = resolve_institution(article, written["owner"].lower())
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
    if ONE_OF_THEM_RE.match(phrase):  # 'Two industry sources said … “…,” one of them said': the group, or no one
        return plural_subject_in_paragraph(article, index, position)
    one_of = ONE_OF_GROUP.match(phrase)  # 'one of the people': one of an anonymous group speaks for it
    if one_of:
        group = group_before(article, index, position, one_of["noun"].lower())
        if group is not None:
            return group
    bare = strip_determiner(phrase)
    noun = head_noun(bare)
    determiner = words[0].lower()
    if determiner in DETERMINERS or bare[:1].islower():
        by_role = described_in_paragraph(article, index, position, noun) if determiner == "the" and \
            len(words) == 2 else None  # 'A senior official of X, who did not wish to be named, …' just before
        by_role = by_role or resolve_institution(article, bare) or \
            (resolve_role(article, bare) if determiner not in _INDEFINITE or noun in DOCUMENT_NOUNS else None)  # 'a Chinese official' is someone new
        if by_role is None and determiner == "the":
            by_role = body_just_named(article, index, position, bare)  # 'the commission' for the Authority
        if by_role is None and determiner == "the" and _age_or_origin(bare):
            return person_just_named(article, index, position, reach=2)  # 'the 23-year-old', 'the Kenyan'; or no one
        if by_role is None and determiner == "the" and len(words) == 2:
            by_role = person_described_as(article, words[1])  # 'the rookie'
        if by_role is None and is_epithet(phrase):
            return person_just_named(article, index, position, reach=2)  # 'the sophomore': the one just named, or no one
        if by_role is None and determiner == "the" and noun in ROLE_WORDS and noun not in _ANONYMOUS and (len(words) == 2 or (
                len(words) == 3 and noun not in _GROUP_NOUNS and _named_nearby(article, index, position, words[1]))):
            by_role = person_just_named(article, index, position, roleless=True)  # 'the striker', 'the Athletic boss'
        if by_role is not None:
            return by_role
        if noun in DOCUMENT_NOUNS:
            owner = (article.documents.get(noun) or publisher_of(article, index)) if determiner == "the" and \
                len(words) == 2 else None
            if owner is not None and noun in ISSUED_WORDS:
                return owner  # 'X said in a statement … “…,” the statement read': X's words
            return Speaker(f"{owner.name} {noun}" if owner else _capitalise(phrase if determiner != "a" else bare),
                           "document")  # 'The IAEA released a report … “…,” the report added': the IAEA report
        if determiner == "the" and len(words) == 2 and noun in RESEARCH_TEAMS:
            leader = research_leader(article, index, position)
            if leader is not None:
                return leader  # 'The team, led by Dr. Ingrid Solbakken, … The researchers wrote': her words
        if determiner == "the" and len(words) == 2:
            earlier = described_before(article, noun) or introduced_before(article, index, position, noun) \
                or (introduced_before(article, index, position, "source") if noun == "insider" else None) \
                or group_before(article, index, position, noun) or body_described_before(article, index, position, noun)
            if earlier is not None:
                return earlier  # 'a person familiar with the talks said … “…,” the person said'
        if noun in ROLE_WORDS:
            return Speaker(short_description(phrase if determiner in {"a", "an"} else bare), "description")
    if determiner == "one" and len(words) > 1 and words[1][:1].islower() and (noun in ROLE_WORDS or agent_noun(noun)):
        return Speaker(short_description("one " + " ".join(words[1:])), "description")  # 'One witness, who …, said'
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
