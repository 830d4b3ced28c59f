"""Assignments -> event pages: coverage by outlet, who said what, timeline, people, related events."""

from __future__ import annotations

import dataclasses
from typing import ClassVar
from collections import defaultdict

from ..core import setting
from ..core.refs import Delegating

from ..quotes.views import once_per_group

from .model import Event
from .timeline import TimelineEntry, build_timeline


@dataclasses.dataclass(eq=False)
class Excerpt:
    article: object  # ArticleRef
    passage: object  # Passage
    why: str

    @property
    def url(self) -> str:
        return f"{self.article.url}#{self.passage.id}"


@dataclasses.dataclass(eq=False)
class Coverage:
    """One outlet's coverage of an event: its articles and their excerpts."""

    outlet: object
    articles: list = dataclasses.field(default_factory=list)  # [(article, [Excerpt])]


@dataclasses.dataclass(eq=False)
class EventPage(Delegating):
    delegate_to: ClassVar[str] = "event"
    event: Event
    url: str
    save_as: str
    feed_url: str
    feed_save_as: str
    coverage: list = dataclasses.field(default_factory=list)  # [Coverage], most excerpts first
    excerpts: list = dataclasses.field(default_factory=list)
    quotes: list = dataclasses.field(default_factory=list)  # every occurrence in the event's passages
    quotations: list = dataclasses.field(default_factory=list)  # the same, each group of same words once
    speakers: list = dataclasses.field(default_factory=list)  # [(speaker name, person page or None, role, [quotes])]
    timeline: list[TimelineEntry] = dataclasses.field(default_factory=list)
    people: list = dataclasses.field(default_factory=list)
    related: list = dataclasses.field(default_factory=list)
    previous: EventPage | None = None
    next: EventPage | None = None
    feed_articles: list = dataclasses.field(default_factory=list)  # the Pelican articles, for the Atom feed

    @property
    def articles(self) -> list:
        seen, found = set(), []
        for excerpt in self.excerpts:
            if excerpt.article.slug not in seen:
                seen.add(excerpt.article.slug)
                found.append(excerpt.article)
        return sorted(found, key=lambda a: a.date, reverse=True)

    @property
    def outlets(self) -> list:
        return [c.outlet for c in self.coverage]

    def as_json(self) -> dict:
        return {
            "slug": self.slug, "title": self.title, "start": self.start.isoformat(), "end": self.end.isoformat(),
            "place": self.place, "url": self.url, "summary": self.summary,
            "articles": [a.slug for a in self.articles],
            "passages": [{"article": e.article.slug, "paragraph": e.passage.id, "why": e.why} for e in self.excerpts],
            "people": [p.slug for p in self.people], "quotes": [q.id for q in self.quotes],
            "related": [r.slug for r in self.related],
            "timeline": [{"date": t.date.isoformat(), "text": t.text, "article": t.article, "paragraph": t.passage}
                         for t in self.timeline],
        }


@dataclasses.dataclass(frozen=True)
class EventViews:
    """Event pages, newest first, and what each article shows of them (by article slug)."""

    pages: tuple
    passage_events: dict  # article slug -> {passage id: [EventPage]}
    article_events: dict  # article slug -> [EventPage], newest first


def build_event_pages(events: list[Event], result, refs, articles, passages, quotes, people, settings
                      ) -> EventViews:
    """Event pages, newest first; the quotes, people and outlets they link to learn their events.

    `refs` and `articles`: the ArticleRef and the Pelican article (for feeds) of
    every article, in the same order; `passages`: (article slug, passage id) -> Passage.
    """
    by_article = {ref.slug: article for ref, article in zip(refs, articles)}
    refs = {ref.slug: ref for ref in refs}
    pages = {e.slug: EventPage(
        e, setting(settings, "DIGEST_EVENT_URL").format(slug=e.slug),
        setting(settings, "DIGEST_EVENT_SAVE_AS").format(slug=e.slug),
        setting(settings, "DIGEST_EVENT_FEED_URL").format(slug=e.slug),
        setting(settings, "DIGEST_EVENT_FEED_URL").format(slug=e.slug)) for e in events}
    passage_events: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    in_feed = set()  # (event, article slug)
    for assignment in result.assignments:
        page = pages[assignment.event]
        article = by_article[assignment.article]
        page.excerpts.append(Excerpt(refs[assignment.article], passages[(assignment.article, assignment.passage)],
                                     assignment.why))
        passage_events[assignment.article][assignment.passage].append(page)
        if (page.slug, assignment.article) not in in_feed:
            in_feed.add((page.slug, assignment.article))
            page.feed_articles.append(article)
    quotes_by_passage = defaultdict(list)
    for quote in quotes:
        quotes_by_passage[(quote.article.slug, quote.passage)].append(quote)
    people_by_name = {p.name: p for p in people}
    for page in pages.values():
        _fill(page, quotes_by_passage, people_by_name, result.dates)
    _link_related(pages)
    ordered = sorted(pages.values(), key=lambda p: (p.start, p.slug))
    for older, newer in zip(ordered, ordered[1:]):
        older.next, newer.previous = newer, older
    article_events: dict[str, list] = defaultdict(list)  # newest first
    for page in reversed(ordered):
        for person in page.people:
            person.event_pages.append(page)
        for outlet in page.outlets:
            outlet.event_pages.append(page)
        for slug in dict.fromkeys(e.article.slug for e in page.excerpts):
            article_events[slug].append(page)
    return EventViews(tuple(reversed(ordered)), {k: dict(v) for k, v in passage_events.items()}, dict(article_events))


def _fill(page: EventPage, quotes_by_passage, people_by_name, dates) -> None:
    by_outlet: dict[str, Coverage] = {}
    by_article: dict[int, list] = {}  # id(article ref) -> its excerpts, a list inside its outlet's coverage
    for excerpt in page.excerpts:
        outlet = excerpt.article.outlet
        coverage = by_outlet.setdefault(outlet.slug, Coverage(outlet))
        excerpts = by_article.get(id(excerpt.article))
        if excerpts is not None:
            excerpts.append(excerpt)
        else:
            by_article[id(excerpt.article)] = [excerpt]
            coverage.articles.append((excerpt.article, by_article[id(excerpt.article)]))
        for quote in quotes_by_passage[(excerpt.article.slug, excerpt.passage.id)]:
            page.quotes.append(quote)
            quote.events.append(page)
    page.coverage = sorted(by_outlet.values(), key=lambda c: (-sum(len(x) for _, x in c.articles), c.outlet.name))
    page.quotations = once_per_group(page.quotes)
    speakers: dict[str, list] = {}
    for quote in page.quotations:
        speakers.setdefault(quote.speaker_name, []).append(quote)
    page.speakers = sorted(
        ((name, group[0].person, next((q.role for q in group if q.role), None), group) for name, group in speakers.items()),
        key=lambda s: (s[0] == "unattributed", -len(s[3]), s[0]))
    involved = {q.person.slug: q.person for q in page.quotes if q.person}
    for name in page.event.people:
        if name in people_by_name:
            involved.setdefault(people_by_name[name].slug, people_by_name[name])
    page.people = sorted(involved.values(), key=lambda p: p.name)
    page.timeline = build_timeline([(e.article.slug, e.article.url, e.passage) for e in page.excerpts], dates,
                                   (page.start, page.end))


def _link_related(pages: dict[str, EventPage]) -> None:
    """The editor's related events, then events sharing people or several terms (from indexes, not all pairs)."""
    by_person = defaultdict(set)
    by_term = defaultdict(set)
    terms_of = {}
    for page in pages.values():
        for person in page.people:
            by_person[person.slug].add(page.slug)
        terms_of[page.slug] = {t.casefold() for t in (*page.aliases, *page.keywords)}
        for term in terms_of[page.slug]:
            by_term[term].add(page.slug)
    for page in pages.values():
        related = [pages[slug] for slug in page.event.related if slug in pages]
        shared = defaultdict(int)
        for person in page.people:
            for other in by_person[person.slug] - {page.slug}:
                shared[other] += 1
        common = defaultdict(int)  # other event -> how many of this event's terms it has too
        for term in terms_of[page.slug]:
            for other in by_term[term]:
                common[other] += 1
        for other, count in common.items():
            if other != page.slug and count >= 2:
                shared[other] += 1
        listed = {p.slug for p in related}
        for slug, _ in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
            if slug not in listed:
                listed.add(slug)
                related.append(pages[slug])
        page.related = related
