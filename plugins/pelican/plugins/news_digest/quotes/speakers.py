"""A phrase -> the speaker it names: a pronoun, a name, a role, an organisation, a document. The phrase is
taken apart here (asides, introductory phrases, appositives); names resolve in `named.py`, descriptions
in `descriptions.py`."""

from __future__ import annotations

import dataclasses
import re

from .letters import CAPITAL
from .cues import DOCUMENT_NOUNS, SPEECH_NOUNS
from .model import Speaker
from .validation import valid_speaker
from .named import PRONOUN_GENDER, is_proper_run, resolve_named, resolve_pronoun
from .descriptions import OWNER_PRONOUNS, document_author, is_epithet, resolve_description
from .roles import resolve_role
from .unnamed import ONE_OF_THEM, described_by_pronoun
from .names import (
    DETERMINERS,
    GIVEN_NAMES,
    HONORIFICS,
    INSTITUTION_WORDS,
    NOT_NAMES,
    ROLE_WORDS,
    SEAT_LETTERS,
    PRONOUNS,
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

_ONE_OF_THEM = re.compile(ONE_OF_THEM, re.I)
# 'the opposition Progressive Citizens Congress', 'the state-owned Bank of Lagos': a body, described first
_MODIFIED_NAME = re.compile(rf"^(?:the|The)\s+(?:[a-z][\w-]*\s+){{1,2}}(?P<name>[{CAPITAL}].*)$")

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
    if len(phrase) > 160 and "," in phrase[-160:] and phrase[phrase.rfind(",") + 1 :].strip()[:1].isupper():
        phrase = clean_phrase(phrase[phrase.rfind(",") + 1 :])  # 'In response to a tweet from … of David, Speaker Paul Ryan'
    if not phrase or len(phrase) > 160:
        return None
    if "s " in phrase:
        phrase = _COMMON_OWNER.sub("", phrase)  # 'the county’s Department of Trade': the department, named
    known_as = _KNOWN_AS.search(phrase) if " as " in phrase else None
    if known_as:  # 'the base chief known as Bob', 'a woman who gave her name only as Dana': the name given
        return Speaker(known_as["name"], "person")
    if " - " in phrase or " — " in phrase or " – " in phrase:  # '… to the attorney, X - the Utah Republican'
        phrase = clean_phrase(_DASH.split(phrase)[-1]) or phrase
    seat = _SEAT_DESCRIBED.match(phrase) if phrase.endswith(SEAT_LETTERS) else None
    if seat:  # 'the Cunninghame North MSP': a member described by the seat, not a person called 'Cunninghame North'
        described = f"{seat['seat'].strip()} {seat['role']}"
        return resolve_role(article, described.lower()) or Speaker(described, "description")
    kin = _KIN_OF.match(phrase.rsplit(",", 1)[-1].strip()) if " of " in phrase else None
    if kin:  # 'the family of Jordan Pike', 'relatives of the victim': theirs, not the one they are family of
        return Speaker(kin.group(1), "description")
    voice = _VOICE_OF_PERSON.match(phrase) if " for " in phrase or " of " in phrase or " to " in phrase else None
    if voice and looks_like_person(split_role_and_name(voice["whom"])[1]):
        return Speaker(voice.group(1), "description")  # 'A spokesperson for Premier Douglas Fennimore': not him
    if _ONE_OF_THEM.match(phrase):  # 'one of them': one of the group a sentence just named, never a body
        return resolve_description(article, index, position, phrase)
    tokens = _TOKEN_SPLIT.split(phrase)
    pronoun = PRONOUNS.get(phrase.lower()) or PRONOUNS.get(tokens[-1].lower())
    last_part = phrase.rsplit(",", 1)[-1].strip().lower()
    if pronoun and (phrase.lower() in PRONOUNS or not _has_name(phrase) or tokens[-2][:1].islower() or
                    last_part in PRONOUNS):  # 'Pressed by the shadow chancellor, Nadia Karim, he'
        pronoun = PRONOUNS.get(last_part, pronoun)
        word = phrase.lower() if phrase.lower() in PRONOUNS else last_part if last_part in PRONOUNS \
            else tokens[-1].lower()
        gender = PRONOUN_GENDER.get(word)
        described = described_by_pronoun(article, index, position, gender) if gender and pronoun == "person" \
            else None
        return described or resolve_pronoun(article, index, position, pronoun, gender)
    author = document_author(article, phrase)
    if author is not None:  # 'The report, published by the X,': X's words, not a person called 'City Comptroller'
        return author
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
    described = None
    if attached is None and len(parts) > 1:  # 'The receiver, Conor Fitzmaurice of Fitzmaurice Keane Advisory'
        attached, described = _NAME_OF.match(parts[-1]), strip_determiner(", ".join(parts[:-1]))
    if attached and (looks_like_person(split_role_and_name(attached["who"])[1]) or
                     title_before_name(split_role_and_name(attached["who"])[0])):
        named = _resolve_phrase(article, index, position, attached["who"], found)
        if named is not None:
            return dataclasses.replace(named, role=named.role or described) if described and \
                named.kind == "person" else named
    last = parts[-1]
    if len(parts) > 1 and last.split()[0] in ("the", "The") and len(last.split()) <= 4 and \
            head_noun(last) in INSTITUTION_WORDS and looks_like_person(split_role_and_name(parts[-2])[1]) and \
            not any(word.lower() in INSTITUTION_WORDS for word in parts[-2].split()):
        speaker = resolve_description(article, index, position, last)  # '…, its secretary, Emeka Obi, the union'
        if speaker is not None:  # a person is never 'the union': the name before it is an aside
            return speaker
    named_first = parts[0].removeprefix("The ").removeprefix("the ")  # 'The Vinegrowers’ Council, an industry group'
    if len(parts) == 2 and is_proper_run(named_first) and not looks_like_person(named_first) and \
            parts[1].split()[0].lower() in {"a", "an", "the"} and not _has_name(parts[1] + " x"):
        named = resolve_named(article, named_first, strict=False)  # 'America Rising, a political action committee'
        if named is not None:
            return named
    modified = _MODIFIED_NAME.match(phrase) if len(parts) == 1 else None
    if modified and is_proper_run(modified["name"]):  # 'the opposition Progressive Citizens Congress'
        named = resolve_named(article, modified["name"], strict=True)
        if named is not None and named.kind == "organisation":
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
        return resolve_description(article, index, position, phrase)
    for part in reversed(parts):
        speaker = resolve_description(article, index, position, part)
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


_COMMON_OWNER = re.compile(r"^(?:[Tt]he\s+)?[a-z][\w-]*[’']s\s+(?=[" + CAPITAL + r"])")
_KNOWN_AS = re.compile(r"\b(?:known|identified|named|(?:gave|give|gives)\s+(?:his|her|their)\s+(?:first\s+)?name)"
                       r"\s+(?:only\s+)?as\s+(?P<name>[" + CAPITAL + r"][\w’'-]+(?:\s+[" + CAPITAL + r"][\w’'-]+)?)\s*$")
_HANDLE = re.compile(r"(?<![\w.])@\w{2,30}\b")
_TOKEN_SPLIT = re.compile(r"[\s,]+")
_DASH = re.compile(r"\s[-—–]\s")
_NAME_OF = re.compile(r"^(?P<who>[" + CAPITAL + r"][\w.’' -]{2,60}?)\s+(?:of|for|at|from|with)\s+(?:the\s+)?[" + CAPITAL + r"][^,]*$")
_TRAILING_PROPER = re.compile(r"(?:[" + CAPITAL + r"][\w’'-]*\s+)*[" + CAPITAL + r"][\w’'-]*$")


def _subject_parts(phrase: str, article) -> list[str]:
    """The comma-separated parts of a subject phrase that can name the subject: not introductory phrases
    ('In a statement'), nor the rest of a place they end with ('in Hudson, New Hampshire Monday')."""
    raw = [part.strip() for part in phrase.split(",")]
    if "s " in phrase:  # 'the county’s Department of …'
        raw = [_COMMON_OWNER.sub("", part) for part in raw]
    return [part for number, part in enumerate(raw) if part and not _introductory(part, article) and not (
        0 < number and continues_a_place(raw[number - 1], part)) and not (number and _REDUCED_RELATIVE.match(part))]


# 'The Harwood Review, commissioned by ministers,': what the subject is, not a subject
_REDUCED_RELATIVE = re.compile(r"[a-z]+(?:ed|en|wn)\s+(?:by|for|in|on|at|last|this|earlier)\b"
                               r"|(?!(?:a|an|the|one)\b)[a-z]+(?:\s+[a-z]+)?\s+by\s+(?:the\s+|a\s+|an\s+)?\S")  # 'read aloud by a commissioner'


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
    if 2 <= len(tokens) <= 4 and tokens[0].lower() in OWNER_PRONOUNS and _SPEECH_NOUN.fullmatch(tokens[-1].lower()):
        kind, gender = OWNER_PRONOUNS[tokens[0].lower()]  # 'His closing line: “…”': the one 'his' stands for
        return resolve_pronoun(article, index, position, kind, gender)
    kept = []
    for number, token in enumerate(tokens):
        bare = token.strip(",.;:").lower().removesuffix("’s").removesuffix("'s")
        if (token[:1].isupper() or bare in DETERMINERS or agent_noun(bare) or bare in DOCUMENT_NOUNS
                or (kept and _AGED.fullmatch(bare))  # 'The 29-year-old singer'
                or bare in {"of", "for", "to"} or (token == "and" and "of" in kept and number + 1 < len(tokens)
                                                   and tokens[number + 1][:1].isupper())):  # 'Ministry of X and Y'
            kept.append(token)
        else:
            break
    while kept and kept[-1].lower().strip(",") in {"of", "for", "to"} | DETERMINERS:
        kept.pop()
    # 'State wildlife biologist Curtis Obermeyer': a role's first word, then the name after the role
    role_first = len(kept) == 1 and len(tokens) > 1 and tokens[1][:1].islower() and kept[0].lower() in ROLE_WORDS
    speaker = resolve_phrase(article, index, position, " ".join(kept)) if kept and not role_first else None
    if speaker is None:  # 'Container line Meridian Shipping declined …': the name after a common noun
        named = _LEADING_NAME.match(" ".join(tokens[:8]))
        if named and _ADDRESSEE_BEFORE.search(named.group(0)[: named.start(1)]):
            named = None  # 'told the Daily Clarion', 'said to Reuters': whom it was said to, not who said it
        speaker = resolve_named(article, named.group(1), strict=False) if named else None
        speaker = speaker if speaker is not None and valid_speaker(speaker) else None
    if speaker is None and role_first:
        speaker = resolve_phrase(article, index, position, kept[0])
    return speaker


_SPEECH_NOUN = re.compile(SPEECH_NOUNS)
_SEAT_DESCRIBED = re.compile(r"^(?:the|The)\s+(?P<seat>(?:[A-Z][\w’'-]*\s+){1,3})(?P<role>" + "|".join(SEAT_LETTERS) + ")$")
_VOICE_OF_PERSON = re.compile(r"^(?:[Tt]he\s+|[Aa]n?\s+)?((?:spokes(?:person|man|woman)|aide|lawyer|attorney|solicitor|"
                              r"representative|press secretary|spokespeople)\s+(?:for|of|to)\s+(?P<whom>[A-Z][^,]*))$")
_KIN_OF = re.compile(r"^(?:the\s+)?((?:family|families|relatives|parents|children|friends|widow|widower|loved ones)\s+of\s+"
                     r"(?:the\s+)?\S.*)$", re.I)
_OF_COMMON_NOUN = re.compile(r"^(?P<who>.+?)\s+(?:of|from)\s+(?:the\s+)?[a-z][\w -]*$")
_AGED = re.compile(r"\d{1,3}-year-old")
_ADDRESSEE_BEFORE = re.compile(r"\b(?:told|tells|telling|to|with|from|by|at|on|in|for|about|against)\s+(?:the\s+)?$",
                               re.I)
_LEADING_NAME = re.compile(r"^(?:[a-zA-Z-]+\s+){1,3}?((?:[A-Z][\w&.’'-]*\s+){1,4}[A-Z][\w&.’'-]*)")
