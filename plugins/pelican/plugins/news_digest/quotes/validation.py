"""What a speaker may be: a name or a described entity -- never a clause, a participle, a pronoun,
a possessive, a headline or a date. A phrase that fails stays unattributed: precision before recall."""

from __future__ import annotations

import functools
import re

from .cues import DOCUMENT_NOUNS, REPORTING, UNSIGNED_WORDS
from .model import Speaker
from .names import INSTITUTION_WORDS, NOT_NAMES, NOT_SPEAKERS, ROLE_WORDS, head_noun


_NOT_IN_A_SPEAKER = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou|him|them|us|me|who|whom|which|whose|that|is|are|was|were|has|"
    rf"have|had|will|would|could|should|can|may|might|must|does|did|do|been|being|not|if|because|when|while|{REPORTING})\b"
    r"|\d{1,2}:\d\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|[?!;]|\b(?:[Ww]hy|[Ww]hat|[Hh]ow|[Ww]here|[Ww]hen)\b")


def valid_speaker(speaker: Speaker) -> bool:
    """A name or a described entity: never a clause, a participle, a pronoun or a date."""
    words = speaker.name.split()
    checked = speaker.name if speaker.kind != "document" else \
        " ".join(w for w in words if w.lower() not in DOCUMENT_NOUNS)  # 'The report' is a noun, not a verb
    if not words or len(words) > (6 if speaker.kind == "person" else 12) or _NOT_IN_A_SPEAKER.search(checked):
        return False
    if len(words) == 1 and words[0].lower() in {"another", "other", "others", "each", "few"} | _ADJECTIVES:
        return False  # 'Another said': one of a group the text does not name; 'A former …': an adjective
    if any(mark in speaker.name for mark in '"“”‘'):
        return False  # 'the government of "': a phrase cut inside a quotation
    if speaker.kind != "person" and head_noun(speaker.name) in UNSIGNED_WORDS:
        return False  # 'A sign on the door reads': nobody the text names wrote it
    if _POSSESSIVE_END.search(speaker.name) or (words[0].lower().endswith("ing") and len(words[0]) > 5 and (
            speaker.kind == "person" or len(words) == 1 or not (words[1][:1].isupper() or words[1] in ("and", "&")))):
        return False  # 'Trump’s', 'Appearing on CBS': a possessive or a participle, not who spoke ('Bluewing Air', 'Packaging and Print Workers' Union' may)
    if speaker.kind == "person":  # a capitalised surname may be a word too: 'Ian Read', 'Clara More'
        checked_words = words[:-1] if len(words) > 1 and words[-1][:1].isupper() else words
        return not any(word.lower().strip(".,") in NOT_SPEAKERS for word in checked_words)
    if sum(word.isupper() and len(word) > 1 for word in words) >= 2:
        return False  # 'WHAT COMES NEXT': a headline in capitals
    return not (len(words) == 1 and words[0].lower() in NOT_NAMES) and \
        not any(word.lower().strip(".,") in NOT_SPEAKERS - ROLE_WORDS for word in words if word[:1].isupper())


_ADJECTIVES = frozenset("former senior junior top leading retired current acting new old local".split())
_POSSESSIVE_END = re.compile(r"[’']s?$")


# What a role shown with a speaker never holds: a clause's words (pronouns, auxiliaries, a weekday).
_CLAUSE_IN_ROLE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou|him|his|her|them|their|us|me|is|are|was|were|has|have|had|"
    r"will|would|could|should|can|did|does|do|been|being|not|there|said|says|told|wrote|writes|added|adds|also)\b"
    r"|\w+n[’']t\b|[?!;:]"
    r"|\blast\s+(?:week|month|year|night)\b|\bday\s+before\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE_IN_ROLE = re.compile(r"\b(?:who|whom|whose|which|that)\b")
_LEADING_AGE = re.compile(r"^\d{1,3}(?:,\s*|\s+|$)")  # '64 neighbour', '64': an age caught with the role
_NEVER_FIRST_IN_ROLE = frozenset("""including according despite after before while when as if because although since
    during asked informed speaking not first then also and or but by only even just one having being""".split())
_NEVER_LAST_IN_ROLE = frozenset("of to by for from with at in on and or the a an".split())  # a role cut short
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}:\s*")  # 'KOCHI: District Collector': the place the story is filed from
_PREPOSITION_NEXT = frozenset("to the a an in on at by for of with about during whether if".split())
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)  # 'a retired teacher' is shown as 'retired teacher'
_COURTESY_TITLES = frozenset("mr ms mrs miss messrs mx".split())
MAX_ROLE_WORDS = 14


@functools.lru_cache(maxsize=8192)  # the same roles recur in an article and across a site
def shown_role(role: str | None) -> str | None:
    """The role a quotation shows with its speaker, as the article gave it, cut before a clause about them
    ('taxi driver who saw the robbery' -> 'taxi driver', 'grandson, 24' -> 'grandson', 'day before, Putin’s
    press secretary' -> the secretary), each comma part that is a role kept ('Senator, Democrat of Ohio');
    None when what was caught is not a role ('64', 'Mr.', 'who took over the diner'): unknown stays unknown."""
    if not role:
        return None
    text = _DATELINE.sub("", " ".join(role.split()).strip(" ,'’\""))
    relative = _RELATIVE_IN_ROLE.search(text)
    parts = (text[: relative.start()] if relative else text).split(", ")
    return ", ".join(part for part in map(_role_part, parts) if part) or None


def _role_part(text: str) -> str | None:
    """One comma-separated part of a caught role, if it is a role."""
    text = _LEADING_ARTICLE.sub("", _LEADING_AGE.sub("", text.strip(" ,'’\"-—–")).strip())
    words = text.split()
    if words and _POSSESSIVE_END.search(words[-1]):
        return None  # '…, called Mr. Obama's': cut inside a phrase
    if not words or len(words) > MAX_ROLE_WORDS or _CLAUSE_IN_ROLE.search(text):
        return None
    first = words[0].lower()
    if len(words) == 1 and first.rstrip(".") in _COURTESY_TITLES:
        return None  # 'Mr.', 'Ms.': how the article addresses them, no role
    last, head = words[-1].lower().strip(".,’'"), head_noun(text.lower())
    if last in INSTITUTION_WORDS and last not in ROLE_WORDS and head in INSTITUTION_WORDS and head not in ROLE_WORDS:
        return None  # 'Russian Federation', 'Senate': a body caught before the name, not what they are
    if words[-1].lower() in _NEVER_LAST_IN_ROLE:
        return None  # 'A recent survey by': the start of a phrase, not a role
    if first in _NEVER_FIRST_IN_ROLE or (first[:1].isdigit() and "-" not in first):
        return None  # 'including suggestions …', '000 striking nurses …': words of the sentence, not a role
    if first.endswith(("ing", "ed")) and len(words) > 1 and words[1].lower() in _PREPOSITION_NEXT:
        return None  # 'hoping to surge …', 'attending the demonstrations': a participle's clause
    return text
