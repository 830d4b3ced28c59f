"""A name or a pronoun -> the person or organisation it means: the editor's directory first, then the
article's own full names, short forms and organisations; a pronoun, the nearest mention that fits."""

from __future__ import annotations

import dataclasses
import functools
import re

from .cues import DOCUMENT_NOUNS
from .firstnames import gender_of_given_name
from .model import Speaker
from .names import (HONORIFICS, INSTITUTION_WORDS, NOT_NAMES, acronym, head_noun, looks_like_person,
                    single_name, split_role_and_name, strip_determiner, title_before_name, clean_phrase)
from .vocabulary import COMPANY_WORDS, LOWER_CASE_SUFFIXES, NOT_FORENAMES, TEAM_WORDS

_CAPITAL_PARTICLES = frozenset("Van Von De Da Del Della Di Du Der Le La Ó Ní Al El".split())  # a sentence's first word
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def resolve_pronoun(article, index, position, kind, gender) -> Speaker | None:
    """The entity a pronoun means: the nearest fitting mention (each attributed quotation is one too),
    of the pronoun's gender where the article showed it ('Ms. Okafor', or 'she' said of her before)."""
    kinds = {"person": {"person"}, "plural": {"organisation", "group"}, "thing": {"organisation", "document"}}[kind]
    speaker = article.last_mention(index, position, kinds, gender)
    if speaker is None and gender and kind == "person":
        speaker = _only_one_of_gender(article, index, position, gender)
    if speaker is not None and gender:
        article.gender.setdefault(speaker.name, gender)
    return speaker


def _only_one_of_gender(article, index, position, gender) -> Speaker | None:
    """'he', nobody near: the one man the article has named, when it has shown the gender of everyone it
    named ('I asked him why he started. He thought about it. “…,” he said' in a profile of him)."""
    people = {m.speaker.name: m.speaker for m in article.mentions if m.speaker.kind == "person"
              and (m.passage, m.position) < (index, position)}
    genders = {name: article.gender_of(name) for name in people}
    if not people or None in genders.values():
        return None
    fitting = [name for name, shown in genders.items() if shown == gender]
    return people[fitting[0]] if len(fitting) == 1 else None


# 'Ministry of Agriculture and Cereal Trade', 'Office of the State Auditor': a body, then what it is of
_BODY_OF = re.compile(r"^(?:[A-Z][\w’'-]*\s+){0,3}?(?P<head>[A-Z][\w’'-]*)\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


_KIN = frozenset("husband wife son daughter mother father mum mom dad brother sister partner grandson granddaughter "
                 "grandmother grandfather nephew niece uncle aunt cousin fiance fiancé fiancee fiancée widow".split())
_OWNED_PERSON = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*[’']s\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})$")


def resolve_named(article, phrase, strict) -> Speaker | None:
    """A name (or alias) -> the canonical person or organisation."""
    owned = _OWNED_PERSON.match(phrase) if "s " in phrase else None
    if owned and looks_like_person(owned["name"]):  # 'The Civic Party’s Rosie Lindqvist': the person, not the party
        return resolve_named(article, owned["name"], strict)
    shape = _name_shape(phrase)
    known = article.people.find(shape.phrase) or article.people.find(shape.bare)
    if known:
        return Speaker(known.name, known.kind)
    role, name = shape.role, shape.name
    known = article.people.find(name) if name else None
    if known:
        return Speaker(known.name, known.kind, role)
    if " " in shape.bare and shape.bare.lower() in article.full_names:  # 'St. Pierre', 'de la Cruz': a short form
        return Speaker(article.full_names[shape.bare.lower()], "person", role)
    body = _BODY_OF.match(shape.bare) if shape.proper_run and " of " in shape.bare else None
    if body and body["head"].lower() in INSTITUTION_WORDS:  # 'Ministry of Agriculture and Cereal Trade': whole
        return Speaker(shape.bare, "organisation")
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
    if role and name and " " not in name and role.split()[-1].lower() in _KIN and gender_of_given_name(name):
        return Speaker(name, "person", role)  # 'Husband Gary, 70, said': a person the text calls by a given name
    if shape.single and name.lower() in article.first_words and article.is_proper(name):
        return Speaker(article.first_words[name.lower()], "person", role)  # 'Nguyễn said'
    if shape.single and full:
        return Speaker(full, "person", role)
    if shape.titled:
        return Speaker(name, "person", role)  # 'Mr. Alvarez', 'Sen. Lindqvist' before any full name
    if strict and not shape.institution and not (shape.surely_organisation and " " in shape.bare and
                                                 shape.bare.split()[0].lower() in NOT_FORENAMES):
        return None  # a capitalised run is a body only with a body's word in it ('Red Cross': no person's name)
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
    proper_run = is_proper_run(bare) and head_noun(bare) not in DOCUMENT_NOUNS
    return _NameShape(phrase, bare, role, name, bool(name) and looks_like_person(name), single,
                      single and bool(title_before_name(role)) and single_name(name),
                      any(w.lower().rstrip(".") in INSTITUTION_WORDS for w in bare.split())
                      or _last_word(bare) in TEAM_WORDS, proper_run,
                      proper_run and (" " in bare or acronym(bare)))


def _last_word(phrase: str) -> str:
    words = phrase.split()
    return words[-1].lower() if words else ""


def is_proper_run(phrase: str) -> bool:
    """'Russian Ministry of Defense', 'Farmers’ Union': capitalised words joined by of/the/and/for."""
    words = phrase.split()
    return 0 < len(words) <= 7 and words[0][:1].isupper() and words[0].lower() not in NOT_NAMES and \
        all(w[:1].isupper() or w in {"of", "the", "and", "for", "on", "&"} for w in words[:-1]) and \
        (words[-1][:1].isupper() or words[-1] in LOWER_CASE_SUFFIXES)
