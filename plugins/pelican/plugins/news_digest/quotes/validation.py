"""What a speaker may be: a name or a described entity -- never a clause, a participle, a pronoun,
a possessive, a headline or a date. A phrase that fails stays unattributed: precision before recall."""

from __future__ import annotations

import re

from .cues import DOCUMENT_NOUNS, REPORTING, UNSIGNED_WORDS
from .model import Speaker
from .names import NOT_NAMES, NOT_SPEAKERS, ROLE_WORDS, head_noun


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
