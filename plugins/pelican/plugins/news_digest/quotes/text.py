"""Plain text or Markdown -> passages with their offsets, for `digest quotes FILE`."""

from __future__ import annotations

import re

from ..passages.passages import Passage

_PARAGRAPH = re.compile(r"\S(?:.*?)(?=\n[ \t]*\n|\Z)", re.S)


def passages_from_text(text: str) -> list[tuple[Passage, int]]:
    """Blank-line separated paragraphs; a paragraph starting with '> ' is a block quotation."""
    found = []
    for number, match in enumerate(_PARAGRAPH.finditer(text), start=1):
        paragraph, offset = match.group(0).rstrip(), match.start()
        block = paragraph.startswith("> ") and "\n" not in paragraph
        if block:
            paragraph, offset = paragraph[2:], offset + 2
        found.append((Passage(f"p-{number}", paragraph, block), offset))
    return found
