"""Content files for the commands and benches that look at passages: read by the build's own reader.

Thin functions over `core.corpus` (Pelican's reader with the digest's
header checks, sanitising and anchors; the digest's pipeline): there is no
second way of reading an article.
"""

from __future__ import annotations

from pathlib import Path

from ..core.corpus import read_file, read_site, settings_for
from ..core.headers import listed_events
from ..events.assign import ArticleInput
from ..passages import passages_of


def corpus_inputs(content: Path, settings_file: Path | None = None) -> list[ArticleInput]:
    """The published articles under `content` as the event stage sees them, in the build's order."""
    digest = read_site(settings_for(content, settings_file)).digest
    return [ArticleInput(r.slug, r.date.date(), list(r.passages), r.events, r.title, r.file) for r in digest.records]


_settings: dict[Path, dict] = {}  # a content folder's settings, for reading its files one by one


def read_article(path: Path, settings: dict | None = None):
    """(slug, metadata, passages) of one content file, as the build reads it; None when it has errors.

    Without `settings`, those of the site the file belongs to (its content
    folder is the parent of `articles/`, or of the file).
    """
    path = Path(path)
    if settings is None:
        content = (path.parent.parent if path.parent.name == "articles" else path.parent).resolve()
        if content not in _settings:
            _settings.clear()
            _settings[content] = settings_for(content)
        settings = _settings[content]
    article = read_file(settings, path)
    if article is None:
        return None
    metadata = dict(article.metadata, events=listed_events(article.metadata.get("events")))
    return article.slug, metadata, list(passages_of(article._content))
