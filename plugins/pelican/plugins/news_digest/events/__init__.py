"""Events: one digest page per event, built from the passages assigned to it.

The events stage (`assign_article_events`) is pure: the articles' passages
and the event files -> which passages report which event, and why
(`assign.py`), remembered between builds. The views stage (`views.py`)
builds the event pages (coverage by outlet, who said what, timeline, people,
related events); `mark_up_events` ends each assigned paragraph with links to
its events. EventsGenerator only writes what the digest holds: event pages
and feeds, the events index and api/events.json.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..core import Problem, setting
from ..core.digest import DigestWriter
from ..core.files import shown
from ..core.generator import DigestGenerator
from ..core.jsonfile import write_json
from ..core.memo import ResultStore, code_fingerprint
from ..core.parallel import worker_count
from pelican.utils import get_relative_path, path_to_url

from . import assign
from .assign import ArticleInput, Result, assign_passages_to_events
from .views import EventPage, build_event_pages

_PASSAGE_CLOSE = re.compile(r'(<(p|li|figcaption) id="(p-\d+)">.*?)(</\2>)', re.S)


def assign_article_events(articles, events, aliases_of, settings) -> tuple[Result, list[Problem]]:
    """Every passage of every article (records with slug, date, passages, events, title, file) assigned
    to the events it reports; the problems include events that got no passage."""
    inputs = [ArticleInput(a.slug, a.date.date(), list(a.passages), a.events, a.title, a.file) for a in articles]
    store = ResultStore.for_settings(settings, "events", code_fingerprint(assign))
    result = assign_passages_to_events(inputs, list(events), aliases_of, store,
                                       worker_count(setting(settings, "DIGEST_WORKERS")),
                                       shown(settings, setting(settings, "DIGEST_EVENTS_DIR")))
    store.save()
    return result, [*result.problems, *events_without_passages(events, {a.event for a in result.assignments})]


def events_without_passages(events, assigned: set[str]) -> list[Problem]:
    """A warning for each event no passage belongs to (the build and `digest check` say it alike)."""
    return [Problem.warning(e.file, f"event {e.title!r} has no passages",
                            "add aliases or keywords its articles use, or an include")
            for e in events if e.slug not in assigned]


def mark_up_events(source: str, passage_events: dict, save_as: str) -> str:
    """`source` with each paragraph that belongs to events ended by links to their pages (relative to
    the article at `save_as`)."""
    if not passage_events:
        return source
    root = path_to_url(get_relative_path(save_as))

    def add_links(match):
        found = passage_events.get(match.group(3))
        if not found:
            return match.group(0)
        links = " ".join(f'<a class="event-tag" href="{root}/{e.url}">{html.escape(e.title)}</a>' for e in found)
        return f'{match.group(1)} <span class="passage-events">Event: {links}</span>{match.group(4)}'

    return _PASSAGE_CLOSE.sub(add_links, source)


class EventsGenerator(DigestWriter, DigestGenerator):
    """Writes the event pages and feeds, the events index and api/events.json."""

    def generate_output(self, writer):
        events = self.digest.events
        self.write_item_pages(writer, events, "event", "event")
        for event in events:
            if not event.feed_articles:
                continue  # an empty feed would carry the build time
            writer.write_feed(sorted(event.feed_articles, key=lambda a: a.date, reverse=True), self.context,
                              event.feed_save_as, event.feed_url,
                              feed_title=f"{self.settings['SITENAME']}: {event.title}")
        self.write_index_page(writer, "EVENTS_INDEX", "events")
        api = Path(self.output_path) / setting(self.settings, "DIGEST_API_DIR")
        write_json(api / "events.json", [event.as_json() for event in events])


__all__ = ["EventPage", "EventsGenerator", "assign_article_events", "build_event_pages", "events_without_passages", "mark_up_events"]
