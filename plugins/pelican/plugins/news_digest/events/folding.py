"""Case as Python's `re` compares it under IGNORECASE, for matching event terms without a regular expression.

`re` compares one character with another by their simple lower-case mapping,
and treats a few more as equal ("ı" and "i", "ſ" and "s", "µ" and "μ", the
sigmas, the iota subscript). `fold_char` gives each character one
representative of those that match it, so that two texts match under
IGNORECASE exactly when their folds are equal. For almost every character
`str.lower()` already gives that representative, and it is much faster, so
`passage_chars` says when a text can be folded that way.
"""

from __future__ import annotations

import _sre
import re
from re import _casefix

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# The commonest non-word characters beyond ASCII: a passage with only these can be cut into words at C speed.
MARKS = frozenset("’‘“”„–—…«»·•\xa0\u2009\u202f")
WORD, MARK, OTHER, UNFOLDED = range(4)  # what a non-ASCII character is, for `passage_chars`
_KIND: dict[str, int] = {}


def is_word(char: str) -> bool:
    """`\\w` in a str pattern."""
    return char.isalnum() or char == "_"


def fold_char(char: str) -> str:
    """The representative of the characters that `char` matches under re.IGNORECASE."""
    lower = _sre.unicode_tolower(ord(char))
    return chr(min((lower, *_casefix._EXTRA_CASES.get(lower, ()))))


def fold(text: str) -> str:
    """`text` folded character by character (same length, same positions)."""
    return "".join(map(fold_char, text))


def _kind(char: str) -> int:
    folded = fold_char(char)
    if char.lower() != folded or is_word(char) != is_word(folded):
        kind = UNFOLDED  # str.lower() does not fold it as `re` does
    elif is_word(char):
        kind = WORD
    else:
        kind = MARK if char in MARKS else OTHER
    _KIND[char] = kind
    return kind


def passage_chars(text: str) -> tuple[int, list[str]]:
    """The worst kind of non-ASCII character in `text` (WORD if none), and the MARKS it has.

    Up to OTHER, `text.lower()` is the text folded.
    """
    if text.isascii():
        return WORD, []
    worst, marks = WORD, []
    for char in set(_NON_ASCII.findall(text)):
        kind = _KIND.get(char)
        if kind is None:
            kind = _kind(char)
        if kind == MARK:
            marks.append(char)
        worst = max(worst, kind)
    return worst, marks
