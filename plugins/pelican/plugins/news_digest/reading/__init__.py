"""Pelican plugin: read article files strictly, and link each article to its neighbours.

The reader accepts Pelican headers and YAML front matter (see `source.py`),
reports every problem with file and line, and refuses to publish an article
that lacks what a reader needs (title, date, publisher, text: with DIGEST_STRICT;
otherwise what Pelican itself needs).
"""

from __future__ import annotations

import logging

from ..core import DEFAULTS, ContentError, Severity, display_path
from ..core.generator import add_package_templates
from ..core.settings import check_settings
from markdown import Markdown
from pelican import signals
from pelican.readers import MarkdownReader
from pelican.urlwrappers import Category

from . import prefetch
from .sanitize import sanitize_html
from .rules import check_source
from .source import ArticleSource, find_duplicate_slugs

logger = logging.getLogger(__name__)


class DigestMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader with our header parsing and validation."""

    def read(self, source_path):
        self._source_path = source_path
        read_before = prefetch.take(self, source_path)  # read on another core (prefetch.py)
        if read_before is not None:
            return read_before
        name = display_path(source_path, self.settings)
        source, problems = check_source(source_path, name, self.settings)
        for problem in problems:
            (logger.error if problem.severity is Severity.ERROR else logger.warning)("%s", problem)
        if source is None or any(p.severity is Severity.ERROR for p in problems):
            raise ContentError(problems)
        if getattr(self, "_md", None) is None:  # one Markdown for every file: building one costs more than a page
            self._md = Markdown(**self.settings["MARKDOWN"])
            if "meta" in self._md.preprocessors:
                self._md.preprocessors.deregister("meta")  # the header is already parsed
        self._md.reset()  # nothing from the previous file (footnotes, abbreviations, toc)
        content = sanitize_html(self._md.convert(source.body))
        metadata = {}
        for key, value in source.metadata.items():
            if key in self.settings["FORMATTED_FIELDS"]:
                self._md.reset()
                value = self._md.convert(value)
            metadata[key] = self.process_metadata(key, value)
        return content, metadata


def apply_digest_defaults(pelican):
    """Digest settings not set in pelicanconf.py take their documented defaults (the others are checked)."""
    check_settings(pelican.settings)
    for name, value in DEFAULTS.items():
        pelican.settings.setdefault(name, value)


def use_digest_reader(readers):
    for extension in DigestMarkdownReader.file_extensions:
        readers.reader_classes[extension] = DigestMarkdownReader


def link_neighbours(generator):
    """Each article learns its chronological neighbours (older/newer)."""
    ordered = sorted(generator.articles, key=lambda a: (a.date, a.slug))
    for article in ordered:  # a cached article may carry last build's neighbours
        article.older_article = article.newer_article = None
    for older, newer in zip(ordered, ordered[1:]):
        older.newer_article = newer
        newer.older_article = older


def refuse_duplicate_slugs(generator):
    """Two articles at one address would silently hide one of them."""
    everything = [*generator.articles, *generator.translations, *generator.drafts,
                  *generator.hidden_articles]
    problems = find_duplicate_slugs([_as_source(a, generator.settings) for a in everything])
    for problem in problems:
        logger.error("%s", problem)
    if problems:
        raise ContentError(problems)


def _as_source(article, settings) -> ArticleSource:
    return ArticleSource(display_path(article.source_path, settings),
                         {"slug": article.slug, "lang": article.lang}, {}, "", 0)


def give_drafts_a_category(generator):
    """Pelican writes drafts with `draft.category`, which it sets only when category pages are on."""
    for draft in [*generator.drafts, *generator.drafts_translations]:
        if not hasattr(draft, "category"):
            draft.category = Category(generator.settings["DEFAULT_CATEGORY"], generator.settings)


def register():
    signals.initialized.connect(apply_digest_defaults)
    signals.generator_init.connect(add_package_templates)  # every generator: the theme's, then the digest's
    signals.readers_init.connect(use_digest_reader)
    signals.article_generator_pretaxonomy.connect(refuse_duplicate_slugs)
    signals.article_generator_finalized.connect(link_neighbours)
    signals.article_generator_finalized.connect(give_drafts_a_category)
    signals.article_generator_preread.connect(prefetch.prefetch_articles)
    signals.article_generator_finalized.connect(prefetch.forget)
