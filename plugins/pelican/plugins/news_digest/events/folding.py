"""Case as Python's `re` compares it under IGNORECASE, for matching event terms without a regular expression.

`re` compares one character with another by their simple lower-case mapping,
and treats a few more as equal ("ı" and "i", "ſ" and "s", "µ" and "μ", the
sigmas, the iota subscript). `fold_char` gives each character one
representative of those that match it, so that two texts match under
IGNORECASE exactly when their folds are equal. For almost every character
`str.lower()` already gives that representative, and it is much faster, so
`lower_folds` says when a text can be folded that way.
"""

from __future__ import annotations

import _sre
from re import _casefix

_FOLDS: dict[str, bool] = {}  # a character -> whether str.lower() folds it as `re` does


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


def lower_folds(text: str) -> bool:
    """Whether `text.lower()` is `fold(text)` (so that the fast way can fold it)."""
    for char in set(text):
        folds = _FOLDS.get(char)
        if folds is None:
            folded = fold_char(char)
            folds = _FOLDS[char] = char.lower() == folded and is_word(char) == is_word(folded)
        if not folds:
            return False
    return True
