"""Passages: every paragraph of every article gets a stable anchor, and becomes plain text.

Passages are the unit the digest links to: quotes, excerpts and event
timelines all point at `article.html#p-N`. The anchors are added while
Markdown builds the page (`anchors.py`), so no second HTML parse is needed;
the passages stage (`passages_of`) reads them back from the reader's HTML.
"""

from __future__ import annotations

from pelican import signals

from .anchors import ParagraphAnchorExtension
from .passages import Passage, passages_from_html


def passages_of(html: str) -> tuple[Passage, ...]:
    """An article's HTML -> its passages (anchored paragraphs as text), in reading order."""
    return tuple(passages_from_html(html))


def add_anchor_extension(pelican):
    """Pelican's `initialized`: Markdown anchors every paragraph, whoever reads the file."""
    markdown = pelican.settings.setdefault("MARKDOWN", {})
    extensions = markdown.setdefault("extensions", [])
    if not any(isinstance(e, ParagraphAnchorExtension) for e in extensions):
        extensions.append(ParagraphAnchorExtension())


def register():
    signals.initialized.connect(add_anchor_extension)
