"""News digest: a Pelican plugin that turns news articles into per-event digest pages.

Enable it with `PLUGINS = ["pelican.plugins.news_digest"]` (or leave PLUGINS
unset: Pelican loads every installed namespace plugin). `register()` wires
everything, so nothing depends on the order of PLUGINS:

    reading     Pelican reads each file with the digest's reader (headers checked, HTML sanitised,
                paragraphs anchored by `passages`)
    pipeline    when the article generator is done, `core.pipeline.build_digest` runs
                passages -> outlets -> quotes/people -> events -> views once and keeps the
                result under context["digest"]
    generators  outlets, quotes and events pages, feeds and api/*.json, read from the digest
    pages       JSON-LD filters, the page-reusing writer, sitemap.xml and robots.txt

See the README's "Architecture" for what each stage receives and returns.
"""

from __future__ import annotations

from pelican import signals

from . import pages, passages, reading
from .core.pipeline import run_pipeline
from .events import EventsGenerator
from .outlets import OutletsGenerator
from .quotes import QuotesGenerator

GENERATORS = (OutletsGenerator, QuotesGenerator, EventsGenerator)


def get_generators(pelican):
    return list(GENERATORS)


def register() -> None:
    """Connect the reader, the pipeline, the page generators and the writer to Pelican's signals."""
    reading.register()
    passages.register()
    signals.article_generator_finalized.connect(run_pipeline)
    signals.get_generators.connect(get_generators)
    pages.register()
