"""News digest: a Pelican plugin that turns news articles into per-event digest pages.

Enable it with `PLUGINS = ["pelican.plugins.news_digest"]` (or leave PLUGINS
unset: Pelican loads every installed namespace plugin). `register()` only
connects the stages' receivers, in the order the data flows:

    reading -> passages -> outlets -> quotes/people -> events -> pages

See the README's "Architecture" for what each stage receives and returns.
"""

from __future__ import annotations

from . import events, outlets, pages, passages, quotes, reading

STAGES = (reading, passages, outlets, quotes, events, pages)


def register() -> None:
    """Connect every stage to Pelican's signals (the generators run in STAGES order)."""
    for stage in STAGES:
        stage.register()
