"""Pelican plugin: who said what, verbatim and traceable.

QuotesGenerator extracts every article's quotations (pure functions in
`extract.py`), checks each against its source paragraph, marks them up where
they stand, merges the same words reported by several articles, and writes
person pages, the people and quotes indexes, and api/quotes.json and
api/people.json.
"""

from __future__ import annotations

import html
import json
import logging
from pathlib import Path

from ..core import ContentError, Severity, display_path, hooks, setting
from ..core.generator import DigestGenerator
from ..core.hooks import send_replacing
from ..core.memo import ResultStore, code_fingerprint, fingerprint
from ..core.parallel import map_articles, worker_count
from ..passages.passages import wrap_ranges
from pelican import signals

from . import extract
from .extract import extract_quotes
from .people import PeopleDirectory, load_people
from .views import PersonPage, QuoteView, build_views, once_per_group, verify_quotes

logger = logging.getLogger(__name__)


class QuotesGenerator(DigestGenerator):
    """Quotations and the people who said them."""

    def generate_context(self):
        content = Path(self.settings["PATH"])
        file = setting(self.settings, "DIGEST_PEOPLE_FILE")
        listed, problems = load_people(content / file, f"{content.name}/{file}")
        directory = PeopleDirectory(listed)
        store = ResultStore.for_settings(self.settings, "quotes", code_fingerprint(extract))
        people = fingerprint(listed)
        articles = self.context.get("articles", [])
        keys = [fingerprint(people, article.passages) for article in articles]
        missing = {key: article.passages for key, article in zip(keys, articles) if store.recall(key) is None}
        found = dict(zip(missing, map_articles(extract_quotes, list(missing.values()), directory,
                                               worker_count(setting(self.settings, "DIGEST_WORKERS")))))
        extracted = []
        for article, key in zip(articles, keys):
            quotes = list(store.remembered(key, found.__getitem__, key))
            quotes = send_replacing(hooks.quotes_extracted, article, "quotes", quotes)
            problems += verify_quotes(display_path(article.source_path, self.settings), article.passages, quotes)
            extracted.append((article, quotes))
        store.save()
        errors = [p for p in problems if p.severity is Severity.ERROR]
        if errors:  # raised, not logged: `digest build` prints them all and keeps the published site
            raise ContentError(errors)
        for problem in problems:
            logger.warning("%s", problem)
        self.quotes, self.people = build_views(extracted, directory, self.settings)
        for article, _ in extracted:
            _mark_up(article)
        hooks.quotes_rendered.send(self, quotes=self.quotes)
        self.people_directory = directory
        self._update_context(("quotes", "people", "people_directory"))

    def generate_output(self, writer):
        self.write_item_pages(writer, self.people, "person", "person", listed="quotations",
                              per_page=setting(self.settings, "DIGEST_QUOTES_PER_PAGE"))
        self.write_index_page(writer, "PEOPLE_INDEX", "people")
        for person in self.people:
            writer.write_feed([q.feed_item() for q in person.quotations], self.context, person.feed_url,
                              person.feed_url, feed_title=f"{self.settings['SITENAME']}: {person.name}")
        newest_first = sorted(once_per_group(self.quotes),
                              key=lambda q: (-q.article.date.timestamp(), q.article.slug, q.start))
        self.write_index_page(writer, "QUOTES_INDEX", "quotes", newest_first,
                              setting(self.settings, "DIGEST_QUOTES_PER_PAGE"))
        api = Path(self.output_path) / setting(self.settings, "DIGEST_API_DIR")
        write_json(api / "quotes.json", [q.as_json() for q in self.quotes])
        write_json(api / "people.json", [p.as_json() for p in self.people])


def _mark_up(article) -> None:
    """Each quotation wrapped where it stands, with its speaker, in the article's HTML."""
    source = article.source_html
    pieces, cursor = [], 0
    by_passage: dict[str, list[QuoteView]] = {}
    for view in article.quotes:
        by_passage.setdefault(view.passage, []).append(view)
    for passage in article.passages:
        views = by_passage.get(passage.id)
        if not views:
            continue
        ranges = [(v.start, v.end, _open_tag(v), "</span>") for v in views]
        pieces.append(source[cursor : passage.html_start])
        pieces.append(wrap_ranges(source[passage.html_start : passage.html_end], ranges))
        cursor = passage.html_end
    pieces.append(source[cursor:])
    article._content = "".join(pieces)


def _open_tag(view: QuoteView) -> str:
    speaker = html.escape(view.speaker_name, quote=True)
    return f'<span class="quote" data-quote="{view.anchor}" data-speaker="{speaker}" title="Quotation: {speaker}">'


def write_json(path: Path, items: list) -> None:
    """A JSON list, one item per line: diffs stay readable, and the fast (C) encoder does the work."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(json.dumps(item, ensure_ascii=False, sort_keys=True) for item in items)
    path.write_text(f"[\n{lines}\n]\n" if items else "[]\n", encoding="utf-8")


def get_generators(pelican):
    return QuotesGenerator


def register():
    signals.get_generators.connect(get_generators)


__all__ = ["PersonPage", "QuoteView", "QuotesGenerator", "register"]
