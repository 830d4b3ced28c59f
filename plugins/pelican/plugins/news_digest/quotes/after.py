"""The cue after a quotation: which phrase after the verb is who spoke ('said the bureau's director, James
Comey', 'said a person close to the governor'), and which is a clause of its own ('suggests that …')."""

from __future__ import annotations

import re

from .letters import CAPITAL
from .names import DETERMINERS, NOT_NAMES, PRONOUNS, clean_phrase

NAME_AFTER_ROLE = re.compile(r",\s+(?:[A-Z][a-z]{1,4}\u2024\s+)?(?P<name>[A-Z\u00C0-\u00DE][\w’'-]+(?:\s+(?:[A-Z\u00C0-\u00DE]\u2024|[A-Z\u00C0-\u00DE][\w’'-]+)){1,3})\s*(?=[,.;]|$)")
INTRODUCING = DETERMINERS | {"one", "another"}  # 'wrote one resident, Marty Zielinski': the name given
SAY = frozenset("said says added adds wrote writes".split())
_FURTHER = re.compile(r"^\s+(?:to|for|of|with|at|in)\s+[^.,;:!?\x00]{2,60}?(?=\s*[.,;:!?]|$)")
_UNNAMED = re.compile(r"^(?:a|an|one|another)\s", re.I)
_DATED = re.compile(r"\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
CLAUSE_GOES_ON = re.compile(r"^\s+(?:that\s+)?(?:they|he|she|it|we|i|you|there|the|a|an)\b", re.I)
_KNOWN_AS_NAME = re.compile(rf"\s+(?:only\s+)?as\s+[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'-]+)?")
COMPLEMENT = re.compile(r"(?:that|whether|if|how|why|what|where|when)\b", re.I)
SUBORDINATE = re.compile(r"\s*(?:while|whereas|although|though|because|since|if|when|as|before|after|until)\b", re.I)


def described_further(phrase: str, rest: str) -> str:
    """'a person close' + ' to the governor': an unnamed source is the whole description; 'the base chief
    known' + ' as Bob': the name the text gives."""
    known = _KNOWN_AS_NAME.match(rest) if phrase.endswith((" known", " identified", " named")) else None
    if known:
        return known.group(0)
    further = _FURTHER.match(rest) if _UNNAMED.match(phrase) else None
    if further is None or len(phrase.split()) + len(further.group(0).split()) > 6 or \
            _DATED.search(further.group(0)):
        return ""
    return further.group(0)


def subject_like(phrase: str) -> bool:
    """'he', 'the witness, Omar Haddad', 'Daalder' -- not 'of migrants in Belarus, it'."""
    words = clean_phrase(phrase).split()
    first = words[0].lower() if words else ""
    if phrase.rstrip().endswith((" and", " but", " or", ", and")):
        return False  # '… “attacked” Clinton, and said': the subject came before the quotation
    return bool(first) and (first in PRONOUNS or first in DETERMINERS or first not in NOT_NAMES | _CONNECTIVES)


_CONNECTIVES = frozenset("with without from by as which who whose where into onto about than".split())
