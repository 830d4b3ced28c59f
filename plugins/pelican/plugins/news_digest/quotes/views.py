"""Extracted quotations -> what pages and JSON show: quotes with sources, people with quotes.

Also the fidelity check: a quotation is rendered only if its words stand in
its source paragraph (quotation-mark style and whitespace aside).
"""

from __future__ import annotations

import dataclasses
import functools
import html
import re
from typing import ClassVar

from ..core import Problem, setting
from ..core.refs import Delegating
from ..core.slugs import make_slug

from .extract import Quote, Speaker
from .merge import group_same_quotations
from .people import Person, PeopleDirectory

UNATTRIBUTED = "unattributed"
_MARKS = str.maketrans({c: '"' for c in "“”„«»‟"} | {c: "'" for c in "‘’‚‹›‛"})


def comparable(text: str) -> str:
    """Text with one style of quotation mark and single spaces."""
    return " ".join(text.translate(_MARKS).split())


def verify_quotes(file: str, passages, quotes: list[Quote]) -> list[Problem]:
    """One error for each quotation whose words are not in its source paragraph."""
    by_id = {p.id: p for p in passages}
    texts: dict[str, str] = {}  # only the paragraphs that hold quotations
    problems = []
    for quote in quotes:
        passage = by_id.get(quote.passage)
        if passage is not None and quote.passage not in texts:
            texts[quote.passage] = comparable(passage.text)
        source = texts.get(quote.passage)
        if source is None or comparable(quote.text) not in source:
            problems.append(Problem.error(
                file, f"paragraph {quote.passage}: the quotation {quote.text[:70]!r} is not in the paragraph verbatim",
                "a plugin or hook changed the quotation's text; quotations must be shown exactly as published"))
    return problems


@dataclasses.dataclass(eq=False)
class PersonPage(Delegating):
    """A person or organisation as pages show them: the directory entry and their quotations."""

    delegate_to: ClassVar[str] = "person"
    person: Person
    url: str
    save_as: str
    quotes: list = dataclasses.field(default_factory=list)  # every occurrence, newest article first
    quotations: list = dataclasses.field(default_factory=list)  # the same, each group of same words once
    roles_seen: list = dataclasses.field(default_factory=list)  # roles the articles give them
    event_pages: list = dataclasses.field(default_factory=list)  # the events they are quoted in, newest first

    @property
    def feed_url(self) -> str:
        return f"feeds/people/{self.slug}.atom.xml"

    @property
    def roles(self) -> list[str]:
        listed = [str(r) for r in self.person.roles]
        return listed or self.roles_seen

    def as_json(self) -> dict:
        return {"slug": self.slug, "name": self.name, "kind": self.kind, "aliases": list(self.aliases),
                "roles": self.roles, "url": self.url, "quote_count": len(self.quotations),
                "occurrence_count": len(self.quotes),
                "listed": self.person.listed, "description": self.description}


@dataclasses.dataclass(eq=False)
class QuoteView:
    id: str
    anchor: str  # unique on the article page: "q-5-1"
    text: str
    how: str
    article: object  # the Pelican article
    passage: str
    start: int
    end: int
    speaker: Speaker | None
    person: PersonPage | None
    continued: bool = False
    same: list = dataclasses.field(default_factory=list)  # every occurrence of these words, oldest report first
    events: list = dataclasses.field(default_factory=list)
    reported_by: list = dataclasses.field(default_factory=list)  # the articles reporting these words, oldest first
    reporting_outlets: list = dataclasses.field(default_factory=list)  # [(outlet, its articles)], oldest report first

    @property
    def speaker_name(self) -> str:
        return self.person.name if self.person else (self.speaker.name if self.speaker else UNATTRIBUTED)

    @property
    def role(self) -> str | None:
        return self.speaker.role if self.speaker else None

    @property
    def url(self) -> str:
        return f"{self.article.url}#{self.passage}"  # self.article is an ArticleRef: url computed once

    @functools.cached_property  # read by the page-reuse key and by the template
    def other_outlets(self) -> list[tuple]:
        """(outlet, its oldest article, how many articles) for the other reports of these words."""
        others = []
        own = self.article.outlet
        for outlet, articles in self.reporting_outlets:
            if outlet is not own:
                others.append((outlet, articles[0], len(articles)))
            elif len(articles) > 1:  # this outlet's other articles (this one is among them)
                first = articles[0] if articles[0].slug != self.article.slug else articles[1]
                others.append((outlet, first, len(articles) - 1))
        return others

    @property
    def group(self) -> str:
        """The id of the oldest report of these words: the same for every occurrence."""
        return self.same[0].id if self.same else self.id

    def feed_item(self) -> QuoteFeedItem:
        """This quotation as an entry of its speaker's Atom feed."""
        short = self.text if len(self.text) <= 90 else self.text[:89] + "…"
        return QuoteFeedItem(f"{self.speaker_name}: “{short}”", f"{self.article.url}#{self.dom_id}",
                             self.article.date, self.text, f"{self.article.title} — {self.article.outlet.name}")

    @property
    def dom_id(self) -> str:
        """An id unique on any page that lists quotations from several articles."""
        return f"q-{self.article.slug}-{self.anchor[2:]}"

    def as_json(self) -> dict:
        speaker = None
        if self.speaker is not None:
            speaker = {"name": self.speaker_name, "slug": self.person.slug if self.person else None,
                       "kind": self.speaker.kind}
        return {"id": self.id, "text": self.text, "speaker": speaker, "role": self.role,
                "article": self.article.slug, "paragraph": self.passage, "url": self.url,
                "reported_by_count": len(self.reported_by), "group": self.group,
                "events": [e.slug for e in self.events], "why": self.how, "continued": self.continued}


def _reporting_articles(occurrences) -> list:
    """The articles that report these words, oldest first, each once (one list per group)."""
    seen, articles = set(), []
    for view in occurrences:
        if view.article.slug not in seen:
            seen.add(view.article.slug)
            articles.append(view.article)
    return articles


def _by_outlet(articles: list) -> list[tuple]:
    """[(outlet, its articles)], in the order of each outlet's first article."""
    outlets: dict[str, tuple] = {}
    for article in articles:
        outlets.setdefault(article.outlet.slug, (article.outlet, []))[1].append(article)
    return list(outlets.values())


def _report_order(view: QuoteView) -> tuple:
    return (view.article.date, view.article.slug, _number(view.passage), view.start)


def once_per_group(views: list[QuoteView]) -> list[QuoteView]:
    """Each group of the same words once, by its oldest occurrence among `views`, in `views` order.

    Lists of what people said (person, event and quotes pages) show a quotation
    repeated by many articles once, with the articles that reported it.
    """
    first: dict[str, QuoteView] = {}
    for view in sorted(views, key=_report_order):
        first.setdefault(view.group, view)
    kept = set(map(id, first.values()))
    return [v for v in views if id(v) in kept]


def _number(passage: str) -> int:
    return int(re.sub(r"\D", "", passage) or 0)


@dataclasses.dataclass(frozen=True)
class QuoteFeedItem:
    """What Pelican's feed writer needs of an entry: title, url, date, summary and content."""

    title: str
    url: str
    date: object
    text: str
    source: str

    @property
    def summary(self) -> str:
        return html.escape(self.text)

    def get_content(self, site_url: str) -> str:
        return f"<blockquote><p>{html.escape(self.text)}</p></blockquote><p>{html.escape(self.source)}</p>"


def build_views(extracted, directory: PeopleDirectory, settings
                ) -> tuple[list[QuoteView], list[PersonPage], list[list[QuoteView]]]:
    """Quote views, the person pages, and each article's views in reading order.

    `extracted`: (ArticleRef, its quotations) for every article, in the order
    the JSON lists them.
    """
    pages: dict[str, PersonPage] = {}

    def page_for(speaker: Speaker | None) -> PersonPage | None:
        if speaker is None or speaker.kind not in ("person", "organisation"):
            return None  # descriptions ("a former NATO commander") and documents have no page
        person = directory.find(speaker.name) or Person(make_slug(speaker.name), speaker.name, speaker.kind,
                                                        listed=False)
        if person.slug not in pages:
            url = setting(settings, "DIGEST_PERSON_URL").format(slug=person.slug)
            save_as = setting(settings, "DIGEST_PERSON_SAVE_AS").format(slug=person.slug)
            pages[person.slug] = PersonPage(person, url, save_as)
        page = pages[person.slug]
        if speaker.role and speaker.role not in page.roles_seen:
            page.roles_seen.append(speaker.role)
        return page

    views: list[QuoteView] = []
    by_article: list[list[QuoteView]] = []
    for ref, quotes in extracted:
        own: list[QuoteView] = []
        counters: dict[str, int] = {}
        for quote in quotes:
            counters[quote.passage] = counters.get(quote.passage, 0) + 1
            number = re.sub(r"\D", "", quote.passage)
            anchor = f"q-{number}-{counters[quote.passage]}"
            view = QuoteView(f"{ref.slug}:{anchor}", anchor, quote.text, quote.how, ref, quote.passage,
                             quote.start, quote.end, quote.speaker, page_for(quote.speaker), quote.continued)
            own.append(view)
        views += own
        by_article.append(own)
    groups: dict[int, list[QuoteView]] = {}
    for view, root in zip(views, group_same_quotations([v.text for v in views])):
        groups.setdefault(root, []).append(view)
    for same in groups.values():
        same.sort(key=_report_order)
        reported_by = _reporting_articles(same)
        outlets = _by_outlet(reported_by)
        for view in same:
            view.same, view.reported_by, view.reporting_outlets = same, reported_by, outlets
    for view in views:
        if view.person:
            view.person.quotes.append(view)
    for page in pages.values():  # newest article first; within an article, in reading order
        page.quotes.sort(key=lambda v: (-v.article.date.timestamp(), v.article.slug, _number(v.passage), v.start))
        page.quotations = once_per_group(page.quotes)
    people = sorted(pages.values(), key=lambda p: (-len(p.quotations), p.name.casefold()))
    return views, people, by_article
