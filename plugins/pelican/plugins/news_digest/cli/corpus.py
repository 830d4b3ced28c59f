"""Content files read the way the build reads them, for commands that do not build."""

from __future__ import annotations

from pathlib import Path

from ..reading.source import parse_article_source
from ..events.assign import ArticleInput
from ..passages.anchors import ParagraphAnchorExtension
from ..passages.passages import Passage, passages_from_html
from markdown import Markdown
from pelican.utils import get_date


def markdown_to_passages(body: str, markdown_settings: dict | None = None) -> list[Passage]:
    """A Markdown body -> its passages, with the build's extensions and anchors."""
    settings = dict(markdown_settings or {"extension_configs": {"markdown.extensions.extra": {}}})
    extensions = [*settings.get("extension_configs", {}), ParagraphAnchorExtension()]
    converter = Markdown(extensions=extensions, extension_configs=settings.get("extension_configs", {}),
                         output_format="html5")
    return passages_from_html(converter.convert(body))


def read_article(path: Path, markdown_settings: dict | None = None):
    """(slug, metadata, passages) of one content file; None when the file has errors."""
    source, _ = parse_article_source(path.read_bytes(), str(path))
    if source is None:
        return None
    return source.slug, source.metadata, markdown_to_passages(source.body, markdown_settings)


def corpus_inputs(content: Path, markdown_settings: dict | None = None):
    """The content articles as the event stage sees them."""
    inputs = []
    for path in sorted((content / "articles").glob("*.md")):
        article = read_article(path, markdown_settings)
        if article is None:
            continue
        slug, meta, passages = article
        listed = meta.get("events")
        events = None if listed is None else tuple(s.strip() for s in listed.split(",") if s.strip() and s.strip() != "none")
        inputs.append(ArticleInput(slug, get_date(meta["date"]).date(), passages, events, meta.get("title", ""),
                                   str(path)))
    return inputs
