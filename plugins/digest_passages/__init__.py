"""Pelican plugin: every paragraph of every article gets a stable anchor.

Passages are the unit the digest links to: quotes, excerpts and event
timelines all point at `article.html#p-N`. The anchors are added while
Markdown builds the page, so no second HTML parse is needed.
"""

from __future__ import annotations

from pelican import signals

from .anchors import ParagraphAnchorExtension


def add_anchor_extension(pelican):
    markdown = pelican.settings.setdefault("MARKDOWN", {})
    extensions = markdown.setdefault("extensions", [])
    if not any(isinstance(e, ParagraphAnchorExtension) for e in extensions):
        extensions.append(ParagraphAnchorExtension())


def register():
    signals.initialized.connect(add_anchor_extension)
