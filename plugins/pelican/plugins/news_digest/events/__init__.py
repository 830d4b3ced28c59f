"""Pelican plugin: one digest page per event, built from the passages assigned to it.

EventsGenerator loads `content/events/*.yaml`, assigns passages to events
(`assign.py`, pure), and gives every later page what it needs: event pages
(coverage by outlet, who said what, timeline, people, related events), the
home page's event timeline, event links on article paragraphs, person and
outlet pages' events, api/events.json and an Atom feed per event.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from ..core import ContentError, Problem, Severity, display_path, setting
from ..core.generator import DigestGenerator
from ..core.memo import ResultStore, code_fingerprint
from ..core.parallel import worker_count
from ..quotes import write_json
from pelican import signals
from pelican.utils import get_relative_path, path_to_url

from . import assign
from .assign import ArticleInput, assign_passages_to_events
from .model import load_events
from .views import EventPage, build_event_pages

logger = logging.getLogger(__name__)
_PASSAGE_CLOSE = re.compile(r'(<(p|li|figcaption) id="(p-\d+)">.*?)(</\2>)', re.S)


class EventsGenerator(DigestGenerator):
    """Events and the passages, quotes and people that make them up."""

    def generate_context(self):
        content = Path(self.settings["PATH"])
        events, problems = load_events(content / setting(self.settings, "DIGEST_EVENTS_DIR"), content.parent)
        articles = self.context.get("articles", [])
        inputs = [ArticleInput(a.slug, a.date.date(), a.passages, _listed_events(a), a.title,
                               display_path(a.source_path, self.settings)) for a in articles]
        directory = self.context.get("people_directory")
        store = ResultStore.for_settings(self.settings, "events", code_fingerprint(assign))
        result = assign_passages_to_events(inputs, events, directory.terms_for if directory else lambda n: (), store,
                                           worker_count(setting(self.settings, "DIGEST_WORKERS")))
        store.save()
        problems += result.problems
        assigned = {a.event for a in result.assignments}
        problems += [Problem.warning(e.file, f"event {e.title!r} has no passages",
                                     "add keywords or aliases that its articles use, or an include")
                     for e in events if e.slug not in assigned]
        errors = [p for p in problems if p.severity is Severity.ERROR]
        if errors:
            raise ContentError(errors)
        for problem in problems:
            logger.warning("%s", problem)
        self.events = build_event_pages(events, result, articles, self.context.get("quotes", []),
                                        self.context.get("people", []), self.context.get("outlets", []),
                                        self.settings)
        self.unassigned_passages = result.unassigned
        for article in articles:
            _mark_paragraph_events(article)
        self._update_context(("events", "unassigned_passages"))

    def generate_output(self, writer):
        self.write_item_pages(writer, self.events, "event", "event")
        for event in self.events:
            if not event.feed_articles:
                continue  # an empty feed would carry the build time
            writer.write_feed(sorted(event.feed_articles, key=lambda a: a.date, reverse=True), self.context,
                              event.feed_save_as, event.feed_url,
                              feed_title=f"{self.settings['SITENAME']}: {event.title}")
        self.write_index_page(writer, "EVENTS_INDEX", "events")
        api = Path(self.output_path) / setting(self.settings, "DIGEST_API_DIR")
        write_json(api / "events.json", [event.as_json() for event in self.events])


def _listed_events(article) -> tuple[str, ...] | None:
    """The article's `Events:` header: None when absent, () for 'none'."""
    value = getattr(article, "events", None)
    if value is None:
        return None
    items = value if isinstance(value, list) else str(value).split(",")
    return tuple(v.strip() for v in items if v.strip() and v.strip().lower() != "none")


def _mark_paragraph_events(article) -> None:
    """Each paragraph that belongs to events ends with links to their pages (relative to the article)."""
    if not getattr(article, "passage_events", None):
        return
    root = path_to_url(get_relative_path(article.save_as))

    def add_links(match):
        events = article.passage_events.get(match.group(3))
        if not events:
            return match.group(0)
        links = " ".join(f'<a class="event-tag" href="{root}/{e.url}">{html.escape(e.title)}</a>' for e in events)
        return f'{match.group(1)} <span class="passage-events">Event: {links}</span>{match.group(4)}'

    article._content = _PASSAGE_CLOSE.sub(add_links, article._content)


def get_generators(pelican):
    return EventsGenerator


def register():
    signals.get_generators.connect(get_generators)


__all__ = ["EventPage", "EventsGenerator", "register"]
