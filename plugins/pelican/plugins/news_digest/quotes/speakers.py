"""A phrase -> the speaker it names: a pronoun, a name, a role, an organisation, a document."""

from __future__ import annotations

import dataclasses
import functools
import re

from .letters import CAPITAL
from .cues import DOCUMENT_NOUNS, ISSUED_WORDS, SPEECH_NOUNS, trie_pattern
from .model import Speaker
from .roles import (is_demonym_noun, person_described_as, person_just_named, publisher_of, resolve_institution,
                    resolve_role, short_description)
from .validation import valid_speaker
from .vocabulary import COMPANY_WORDS, LOWER_CASE_SUFFIXES, TEAM_WORDS
from .names import (
    DETERMINERS,
    GIVEN_NAMES,
    HONORIFICS,
    INSTITUTION_WORDS,
    NOT_NAMES,
    PRONOUNS,
    ROLE_WORDS,
    clean_phrase,
    continues_a_place,
    head_noun,
    is_name_token,
    looks_like_person,
    single_name,
    split_role_and_name,
    strip_determiner,
    title_before_name,
    acronym,
    agent_noun,
)

# --- Resolving a phrase to a speaker ------------------------------------------------------------

def resolve_phrase(article, index, position, phrase, found=()) -> Speaker | None:
    """The speaker a subject phrase names: a pronoun, a name, a role, an organisation, a document."""
    speaker = _resolve_phrase(article, index, position, phrase, found)
    if speaker is None or article.people.find(speaker.name):  # the editor's names are taken as written
        return speaker
    return speaker if valid_speaker(speaker) else None


def _resolve_phrase(article, index, position, phrase, found=()) -> Speaker | None:
    handle = _HANDLE.search(phrase) if "@" in phrase else None
    if handle:  # 'A user going by @hornetsheart77': the account is who wrote
        return Speaker(handle.group(0), "person")
    phrase = clean_phrase(phrase.replace("\x00", " "))
    if not phrase or len(phrase) > 160:
        return None
    known_as = _KNOWN_AS.search(phrase) if " as " in phrase else None
    if known_as:  # 'the base chief known as Bob', 'a woman who gave her name only as Dana': the name given
        return Speaker(known_as["name"], "person")
    if " - " in phrase or " — " in phrase or " – " in phrase:  # '… to the attorney, X - the Utah Republican'
        phrase = clean_phrase(_DASH.split(phrase)[-1]) or phrase
    tokens = _TOKEN_SPLIT.split(phrase)
    pronoun = PRONOUNS.get(phrase.lower()) or PRONOUNS.get(tokens[-1].lower())
    last_part = phrase.rsplit(",", 1)[-1].strip().lower()
    if pronoun and (phrase.lower() in PRONOUNS or not _has_name(phrase) or tokens[-2][:1].islower() or
                    last_part in PRONOUNS):  # 'Pressed by the shadow chancellor, Nadia Karim, he'
        pronoun = PRONOUNS.get(last_part, pronoun)
        word = phrase.lower() if phrase.lower() in PRONOUNS else last_part if last_part in PRONOUNS \
            else tokens[-1].lower()
        return _resolve_pronoun(article, index, position, pronoun, _PRONOUN_GENDER.get(word))
    parts = _subject_parts(phrase, article)
    if not parts:  # 'In a Bloomberg interview Trump', 'As Politico': the name that ends the introductory phrase
        trailing = _TRAILING_PROPER.search(phrase)
        words = trailing.group(0).split() if trailing else []
        while words and words[0].lower() in NOT_NAMES:
            words.pop(0)
        return resolve_named(article, " ".join(words), strict=False) if words and len(words) < len(phrase.split()) \
            else None
    phrase = ", ".join(parts)
    local = _OF_COMMON_NOUN.match(phrase)  # 'Warden Joanne MacArdle of the municipality'
    if local and (looks_like_person(split_role_and_name(local["who"])[1])):
        phrase = local["who"]
    attached = _NAME_OF.match(phrase)  # 'Cameron Easley for Morning Consult', 'Mr. Morgan of the Sierra Club'
    if attached and (looks_like_person(split_role_and_name(attached["who"])[1]) or
                     title_before_name(split_role_and_name(attached["who"])[0])):
        named = _resolve_phrase(article, index, position, attached["who"], found)
        if named is not None:
            return named
    last = parts[-1]
    if len(parts) > 1 and last.split()[0] in ("the", "The") and len(last.split()) <= 4 and \
            head_noun(last) in INSTITUTION_WORDS and looks_like_person(split_role_and_name(parts[-2])[1]):
        speaker = _resolve_description(article, index, position, last)  # '…, its secretary, Emeka Obi, the union'
        if speaker is not None:  # a person is never 'the union': the name before it is an aside
            return speaker
    named_first = parts[0].removeprefix("The ").removeprefix("the ")  # 'The Vinegrowers’ Council, an industry group'
    if len(parts) == 2 and _is_proper_run(named_first) and not looks_like_person(named_first) and \
            parts[1].split()[0].lower() in {"a", "an", "the"} and not _has_name(parts[1] + " x"):
        named = resolve_named(article, named_first, strict=False)  # 'America Rising, a political action committee'
        if named is not None:
            return named
    role, name = split_role_and_name(phrase)
    if role and " " not in role + name and name.lower() in GIVEN_NAMES and agent_noun(role.lower()) \
            and role.lower().strip(".") not in HONORIFICS:  # "Reader Susan"; not "Sir Malcolm"
        return Speaker(name, "person", role)
    if name and (looks_like_person(name) or article.people.find(name) or name.lower() in article.full_names):
        named = resolve_named(article, phrase, strict=False) or resolve_named(article, name, strict=False)
        if named is not None:
            return dataclasses.replace(named, role=role or named.role)
    if len(parts) == 1 and is_epithet(phrase):  # 'the Irishman': the one just named, or no one
        return _resolve_description(article, index, position, phrase)
    for part in reversed(parts):
        speaker = _resolve_description(article, index, position, part)
        if speaker is not None:
            return speaker
    if " " not in phrase and single_name(phrase) and article.is_proper(phrase):
        return Speaker(phrase, "person")  # 'Vitter demanded': a surname the article has not given in full
    if " " not in phrase and acronym(phrase):
        return Speaker(phrase, "organisation")
    trailing = _TRAILING_PROPER.search(phrase)  # 'technology Foreign Policy' (described ...)
    if trailing and trailing.group(0) != phrase:
        return resolve_phrase(article, index, position, trailing.group(0), found)
    return None


_KNOWN_AS = re.compile(r"\b(?:known|identified|named|(?:gave|give|gives)\s+(?:his|her|their)\s+(?:first\s+)?name)"
                       r"\s+(?:only\s+)?as\s+(?P<name>[" + CAPITAL + r"][\w’'-]+(?:\s+[" + CAPITAL + r"][\w’'-]+)?)\s*$")
_HANDLE = re.compile(r"(?<![\w.])@\w{2,30}\b")
_POSSESSIVE_PHRASE = re.compile(r"^(?:the\s+)?(?P<owner>[\w.&’' -]+?)[’']s\s+(?P<noun>[\w-]+)$", re.I)
_TOKEN_SPLIT = re.compile(r"[\s,]+")
_DASH = re.compile(r"\s[-—–]\s")
_NAME_OF = re.compile(r"^(?P<who>[" + CAPITAL + r"][\w.’' -]{2,60}?)\s+(?:of|for|at|from|with)\s+(?:the\s+)?[" + CAPITAL + r"][^,]*$")
_TRAILING_PROPER = re.compile(r"(?:[" + CAPITAL + r"][\w’'-]*\s+)*[" + CAPITAL + r"][\w’'-]*$")


def _subject_parts(phrase: str, article) -> list[str]:
    """The comma-separated parts of a subject phrase that can name the subject: not introductory phrases
    ('In a statement'), nor the rest of a place they end with ('in Hudson, New Hampshire Monday')."""
    raw = [part.strip() for part in phrase.split(",")]
    return [part for number, part in enumerate(raw) if part and not _introductory(part, article) and not (
        0 < number < len(raw) - 1 and continues_a_place(raw[number - 1], part))]


def _introductory(part: str, article=None) -> bool:
    """'In addition', 'if the attack is confirmed', 'Appearing on CBS': a phrase that cannot be the subject."""
    words = part.split()
    first = words[0].lower()
    participle = first.endswith("ing") and part[:1].isupper() and len(first) > 5 and \
        (words[1][:1].islower() if len(words) > 1 else not (article and article.is_proper(words[0])))
    # 'Speaking after the talks', 'Smiling,' -- not 'Suckling' (a name the article writes mid-sentence)
    return (first in NOT_NAMES and first not in DETERMINERS and first not in PRONOUNS) or participle


def _has_name(phrase: str) -> bool:
    return any(is_name_token(token) for token in phrase.split()[:-1])


def resolve_leading_phrase(article, index, position, text) -> Speaker | None:
    """The noun phrase a clause starts with ('NATO's statement made clear ...' -> NATO)."""
    tokens = clean_phrase(text.replace("\x00", " ")).split()
    if tokens and tokens[0].lower() in PRONOUNS:
        return resolve_phrase(article, index, position, tokens[0])
    if tokens and tokens[0].lower() in NOT_NAMES and tokens[0].lower() not in DETERMINERS:
        return None  # an introductory phrase ('In his remarks Tuesday'), not a subject
    if 2 <= len(tokens) <= 4 and tokens[0].lower() in _OWNER_PRONOUNS and _SPEECH_NOUN.fullmatch(tokens[-1].lower()):
        kind, gender = _OWNER_PRONOUNS[tokens[0].lower()]  # 'His closing line: “…”': the one 'his' stands for
        return _resolve_pronoun(article, index, position, kind, gender)
    kept = []
    for token in tokens:
        bare = token.strip(",.;:").lower().removesuffix("’s").removesuffix("'s")
        if (token[:1].isupper() or bare in DETERMINERS or agent_noun(bare) or bare in DOCUMENT_NOUNS
                or bare in {"of", "for", "to"}):
            kept.append(token)
        else:
            break
    while kept and kept[-1].lower().strip(",") in {"of", "for", "to"} | DETERMINERS:
        kept.pop()
    speaker = resolve_phrase(article, index, position, " ".join(kept)) if kept else None
    if speaker is None:  # 'Container line Meridian Shipping declined …': the name after a common noun
        named = _LEADING_NAME.match(" ".join(tokens[:8]))
        speaker = resolve_named(article, named.group(1), strict=False) if named else None
        speaker = speaker if speaker is not None and valid_speaker(speaker) else None
    return speaker


_SPEECH_NOUN = re.compile(SPEECH_NOUNS)
_OWNER_PRONOUNS = {"its": ("thing", None), "his": ("person", "m"), "her": ("person", "f"),
                   "their": ("plural", None)}
_OF_COMMON_NOUN = re.compile(r"^(?P<who>.+?)\s+(?:of|from)\s+(?:the\s+)?[a-z][\w -]*$")
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


_CAPITAL_PARTICLES = frozenset("Van Von De Da Del Della Di Du Der Le La Ó Ní Al El".split())  # a sentence's first word
_LEADING_NAME = re.compile(r"^(?:[a-zA-Z-]+\s+){1,3}?((?:[A-Z][\w&.’'-]*\s+){1,4}[A-Z][\w&.’'-]*)")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def _resolve_pronoun(article, index, position, kind, gender) -> Speaker | None:
    """The entity a pronoun means: the nearest fitting mention (each attributed quotation is one too),
    of the pronoun's gender where the article showed it ('Ms. Okafor', or 'she' said of her before)."""
    kinds = {"person": {"person"}, "plural": {"organisation", "group"}, "thing": {"organisation", "document"}}[kind]
    speaker = article.last_mention(index, position, kinds, gender)
    if speaker is not None and gender:
        article.gender.setdefault(speaker.name, gender)
    return speaker


def resolve_named(article, phrase, strict) -> Speaker | None:
    """A name (or alias) -> the canonical person or organisation."""
    shape = _name_shape(phrase)
    known = article.people.find(shape.phrase) or article.people.find(shape.bare)
    if known:
        return Speaker(known.name, known.kind)
    role, name = shape.role, shape.name
    known = article.people.find(name) if name else None
    if known:
        return Speaker(known.name, known.kind, role)
    if role and shape.proper_run and role.split()[-1].lower().strip(".") in COMPANY_WORDS:
        words = role.split()  # 'PT Sinar Logam Nusantara' ('Miner PT …' opening a sentence): a company's word first
        first = next(i for i in range(len(words)) if all(w.lower().strip(".") in COMPANY_WORDS for w in words[i:]))
        return Speaker(" ".join(words[first:] + [name]), "organisation")
    organisation = article.organisation_named(shape.bare) if not shape.titled else None
    if organisation and organisation != shape.bare:
        return Speaker(organisation, "organisation")  # 'Andes Meridian said' after 'Andes Meridian Mining'
    full = article.full_name(name, HONORIFICS.get(title_before_name(role) or "")) if name else None
    if full and (shape.single or shape.person or name[:1].islower() or name.split()[0] in _CAPITAL_PARTICLES):
        return Speaker(full, "person", role)  # 'Ellison', 'de la Cruz', 'Van der Berg' -> the full name
    if shape.person:
        return Speaker(name, "person", role)
    if shape.single and name.lower() in article.first_words and article.is_proper(name):
        return Speaker(article.first_words[name.lower()], "person", role)  # 'Nguyễn said'
    if shape.single and full:
        return Speaker(full, "person", role)
    if shape.titled:
        return Speaker(name, "person", role)  # 'Mr. Alvarez', 'Sen. Lindqvist' before any full name
    if strict and not shape.institution:
        return None
    bare = shape.bare
    if shape.proper_run and (shape.surely_organisation or (article.is_proper(bare) and not bare.isupper())):
        return Speaker(bare, "organisation")
    return None


@dataclasses.dataclass(frozen=True)
class _NameShape:
    phrase: str
    bare: str  # without its determiner
    role: str | None
    name: str
    person: bool  # the name looks like a person's ('Maria T. Lindqvist')
    single: bool  # the name is one word
    titled: bool  # 'Mr. Alvarez', 'Sen. Lindqvist'
    institution: bool  # a word of it is an institution's ('Ministry', 'Council')
    proper_run: bool  # capitalised words joined by of/the/and, not a document
    surely_organisation: bool  # a proper run of several words, or an acronym


@functools.lru_cache(maxsize=65536)  # what a phrase looks like does not depend on the article
def _name_shape(phrase: str) -> _NameShape:
    phrase = clean_phrase(phrase)
    bare = strip_determiner(phrase)
    role, name = split_role_and_name(phrase)
    single = bool(name) and " " not in name
    proper_run = _is_proper_run(bare) and head_noun(bare) not in DOCUMENT_NOUNS
    return _NameShape(phrase, bare, role, name, bool(name) and looks_like_person(name), single,
                      single and bool(title_before_name(role)) and single_name(name),
                      any(w.lower().rstrip(".") in INSTITUTION_WORDS for w in bare.split())
                      or _last_word(bare) in TEAM_WORDS, proper_run,
                      proper_run and (" " in bare or acronym(bare)))


def _last_word(phrase: str) -> str:
    words = phrase.split()
    return words[-1].lower() if words else ""


def _is_proper_run(phrase: str) -> bool:
    """'Russian Ministry of Defense', 'Farmers’ Union': capitalised words joined by of/the/and/for."""
    words = phrase.split()
    return 0 < len(words) <= 7 and words[0][:1].isupper() and words[0].lower() not in NOT_NAMES and \
        all(w[:1].isupper() or w in {"of", "the", "and", "for", "on", "&"} for w in words[:-1]) and \
        (words[-1][:1].isupper() or words[-1] in LOWER_CASE_SUFFIXES)


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


def _resolve_description(article, index, position, phrase) -> Speaker | None:
    """'the diplomat', 'The letter', 'NATO’s statement', 'Poland', 'a former NATO commander'."""
    phrase = clean_phrase(phrase)
    made = _DOCUMENT_MADE.match(phrase)  # 'A Government Accountability Office report released last year'
    if made:
        phrase = made["document"]
        owner = resolve_named(article, made["owner"], strict=False) if made["owner"] else None
        if owner is not None and phrase.split()[0].lower() in DETERMINERS:
            return Speaker(f"{owner.name} {head_noun(phrase)}", "document")
    possessive = _POSSESSIVE_PHRASE.match(phrase)
    if possessive and possessive["noun"].lower() in DOCUMENT_NOUNS:  # "NATO's statement": NATO speaks
        owner = possessive["owner"]
        return (resolve_named(article, owner, strict=False) or resolve_role(article, owner.lower())
                or Speaker(owner, "organisation" if owner[:1].isupper() else "description"))
    if possessive and possessive["owner"][:1].isupper() and agent_noun(possessive["noun"].lower()):
        # 'Ryan’s office said', 'Trump’s lawyer said': someone's office or aide, as the text describes them
        institution = possessive["noun"].lower() in INSTITUTION_WORDS
        return Speaker(strip_determiner(phrase), "organisation" if institution else "description")
    words = phrase.split()
    if not words:
        return None
    if len(words) == 2 and words[0].lower() in _OWNER_PRONOUNS and words[1].lower() in DOCUMENT_NOUNS:
        kind, gender = _OWNER_PRONOUNS[words[0].lower()]  # 'according to its analysis': the one it stands for
        return _resolve_pronoun(article, index, position, kind, gender)
    bare = strip_determiner(phrase)
    noun = head_noun(bare)
    determiner = words[0].lower()
    if determiner in DETERMINERS or bare[:1].islower():
        by_role = resolve_institution(article, bare) or resolve_role(article, bare)
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
        if determiner == "the" and len(words) == 2:
            earlier = _described_before(article, noun) or _introduced_before(article, index, position, noun)
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


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
