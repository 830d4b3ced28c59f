"""People a text names by a given name alone, because they gave no other: 'a neighbor who gave only her
first name, Brenda,', 'who gave his name only as Dave', 'identified only as Yanis'."""

from __future__ import annotations

import re

from .letters import CAPITAL
from .mentions import ArticleMemory
from .model import Speaker
from .names import NEVER_A_NAME


# 'A mother who gave only her first name, Krista, said', 'who gave his name only as Dave', 'identified only as Yanis'
_GIVEN_NAME_ONLY = re.compile(
    r"\b(?:gave|giving|give|provided|offered|shared|identified|identifying)\s+(?:only\s+)?(?P<owner>his|her|their)?\s*"
    r"(?:first\s+|given\s+)?(?:name,?\s+)?(?:only\s+)?(?:as\s+|by\s+(?:his|her|their)\s+first\s+name,?\s+)?"
    rf"(?P<name>[{CAPITAL}][\w’'-]+)\b(?!\s+[{CAPITAL}])")
_OWNER_GENDER = {"his": "m", "her": "f"}


def remember_first_names_only(article: ArticleMemory, index: int, masked: str) -> None:
    """'A neighbor who gave only her first name, Brenda, said …': a person the text names by a given name
    alone, the subject of the sentence ('she said' after it means her)."""
    for match in _GIVEN_NAME_ONLY.finditer(masked):
        if " name" not in match.group(0) and " as " not in match.group(0):
            continue  # 'gave Dave a lift', 'identified Smith': not a name given
        name = match["name"]
        if name.lower() in NEVER_A_NAME:
            continue
        article.remember(index, match.end("name"), Speaker(name, "person"), subject=True)
        gender = _OWNER_GENDER.get(match["owner"] or "")
        if gender:
            article.gender.setdefault(name, gender)
