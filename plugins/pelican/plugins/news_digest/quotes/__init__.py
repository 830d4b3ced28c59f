"""Quotations: who said what, verbatim and traceable.

The quotes stage (`extract_article_quotes`) is pure: each article's passages
-> its quotations (`extract.py`), remembered between builds (a ResultStore)
and shared out between processes, passed through the `quotes_extracted`
hook, and checked against their source paragraph. The views stage
(`views.py`) merges the same words reported by several articles and builds
the person pages; `mark_up_quotes` wraps each quotation where it stands in
the article's HTML. QuotesGenerator only writes what the digest holds:
person pages and feeds, the people and quotes indexes, api/quotes.json and
api/people.json.
"""

from __future__ import annotations

import html
from pathlib import Path

from ..core import Problem, hooks, setting
from ..core.digest import DigestWriter
from ..core.generator import DigestGenerator
from ..core.hooks import send_replacing
from ..core.jsonfile import write_json
from ..core.memo import ResultStore, code_fingerprint, fingerprint
from ..core.parallel import map_articles, worker_count
from ..passages.passages import wrap_ranges

from . import extract
from .extract import Quote, extract_quotes
from .people import PeopleDirectory
from .views import PersonPage, QuoteView, once_per_group, verify_quotes


def extract_article_quotes(articles, directory: PeopleDirectory, settings
                           ) -> tuple[tuple[tuple[Quote, ...], ...], list[Problem]]:
    """Each article's quotations (articles: records with `passages`, `file`), and the fidelity errors.

    An article whose passages and people directory did not change reuses its
    last result; the others are extracted on every core.
    """
    store = ResultStore.for_settings(settings, "quotes", code_fingerprint(extract))
    people = fingerprint(tuple(directory.people))
    keys = [fingerprint(people, list(article.passages)) for article in articles]
    missing = {key: list(article.passages) for key, article in zip(keys, articles) if store.recall(key) is None}
    found = dict(zip(missing, map_articles(extract_quotes, list(missing.values()), directory,
                                           worker_count(setting(settings, "DIGEST_WORKERS")))))
    extracted, problems = [], []
    for article, key in zip(articles, keys):
        quotes = list(store.remembered(key, found.__getitem__, key))
        quotes = send_replacing(hooks.quotes_extracted, article, "quotes", quotes)
        problems += verify_quotes(article.file, article.passages, quotes)
        extracted.append(tuple(quotes))
    store.save()
    return tuple(extracted), problems


def mark_up_quotes(source: str, passages, views) -> str:
    """`source` (an article's HTML) with each quotation wrapped where it stands, with its speaker."""
    pieces, cursor = [], 0
    by_passage: dict[str, list[QuoteView]] = {}
    for view in views:
        by_passage.setdefault(view.passage, []).append(view)
    for passage in passages:
        found = by_passage.get(passage.id)
        if not found:
            continue
        ranges = [(v.start, v.end, _open_tag(v), "</span>") for v in found]
        pieces.append(source[cursor : passage.html_start])
        pieces.append(wrap_ranges(source[passage.html_start : passage.html_end], ranges))
        cursor = passage.html_end
    pieces.append(source[cursor:])
    return "".join(pieces)


def _open_tag(view: QuoteView) -> str:
    speaker = html.escape(view.speaker_name, quote=True)
    return f'<span class="quote" data-quote="{view.anchor}" data-speaker="{speaker}" title="Quotation: {speaker}">'


class QuotesGenerator(DigestWriter, DigestGenerator):
    """Writes the person pages and feeds, the people and quotes indexes, and their JSON."""

    def generate_output(self, writer):
        digest = self.digest
        self.write_item_pages(writer, digest.people, "person", "person", listed="quotations",
                              per_page=setting(self.settings, "DIGEST_QUOTES_PER_PAGE"))
        self.write_index_page(writer, "PEOPLE_INDEX", "people")
        for person in digest.people:
            writer.write_feed([q.feed_item() for q in person.quotations], self.context, person.feed_url,
                              person.feed_url, feed_title=f"{self.settings['SITENAME']}: {person.name}")
        newest_first = sorted(once_per_group(digest.quotes),
                              key=lambda q: (-q.article.date.timestamp(), q.article.slug, q.start))
        self.write_index_page(writer, "QUOTES_INDEX", "quotes", newest_first,
                              setting(self.settings, "DIGEST_QUOTES_PER_PAGE"))
        api = Path(self.output_path) / setting(self.settings, "DIGEST_API_DIR")
        write_json(api / "quotes.json", [q.as_json() for q in digest.quotes])
        write_json(api / "people.json", [p.as_json() for p in digest.people])


__all__ = ["PersonPage", "QuoteView", "QuotesGenerator", "extract_article_quotes", "mark_up_quotes"]
