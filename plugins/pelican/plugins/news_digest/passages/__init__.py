"""Pelican plugin: every paragraph of every article gets a stable anchor.

Passages are the unit the digest links to: quotes, excerpts and event
timelines all point at `article.html#p-N`. The anchors are added while
Markdown builds the page, so no second HTML parse is needed.
"""

from __future__ import annotations

from pelican import signals

from .anchors import ParagraphAnchorExtension
from .passages import passages_from_html


def add_anchor_extension(pelican):
    markdown = pelican.settings.setdefault("MARKDOWN", {})
    extensions = markdown.setdefault("extensions", [])
    if not any(isinstance(e, ParagraphAnchorExtension) for e in extensions):
        extensions.append(ParagraphAnchorExtension())


def read_passages(generator):
    """Every article carries its passages (anchored paragraphs as text) for the later stages."""
    for article in [*generator.articles, *generator.translations, *generator.hidden_articles]:
        # Later stages rewrite `_content` (quotation markup); a cached article keeps its source.
        if not hasattr(article, "source_html"):
            article.source_html = article._content
        article.passages = passages_from_html(article.source_html)


def register():
    signals.initialized.connect(add_anchor_extension)
    signals.article_generator_pretaxonomy.connect(read_passages)
