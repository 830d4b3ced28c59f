"""What extraction returns: quotations and their speakers, plain frozen data."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Speaker:
    name: str
    kind: str  # person | organisation | document | description
    role: str | None = None


@dataclasses.dataclass(frozen=True)
class Quote:
    passage: str
    start: int  # offsets of the quoted words in the passage text
    end: int
    text: str
    speaker: Speaker | None
    how: str  # the rule and the words that attribute it
    continued: bool = False  # continues a quotation from the previous passage
