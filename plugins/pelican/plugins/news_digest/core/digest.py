"""The digest model: what the pipeline reads of each article, and what it returns.

`ArticleRecord` is all a stage sees of a Pelican article (never the article
itself); `Digest` is everything the digest's pages, feeds and JSON show,
held under one context key, `context["digest"]`. The page objects inside it
(outlet, person, quote and event pages) link to one another, so they are
built by the views stage and then only read: no generator, writer or
template changes them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from pelican.generators import Generator

from .problems import ContentError, Problem, Severity

CONTEXT_KEY = "digest"
# What the templates call the digest's lists (index.html: `events`, `outlets`): set from the Digest
# next to it, read-only views of its tuples.
TEMPLATE_NAMES = ("outlets", "quotes", "people", "events")


@dataclasses.dataclass(frozen=True, eq=False)
class ArticleRecord:
    """One article as the stages read it: plain values from Pelican's article and its passages."""

    slug: str
    title: str
    date: dt.datetime
    file: str  # the content file as problems name it: "content/articles/x.md"
    publisher: str
    original_publisher: str | None
    events: tuple[str, ...] | None  # the `Events:` header: None = decide by evidence
    html: str  # the reader's (sanitised) HTML, paragraph anchors included
    passages: tuple  # passages.passages.Passage, in reading order
    url: str
    save_as: str
    locale_date: str
    date_note: str | None
    authors: tuple


@dataclasses.dataclass(frozen=True)
class ArticleView:
    """What an article page shows beyond Pelican's article: set on the article by `dress_articles`."""

    outlet: object  # OutletPage
    original_outlet: object  # OutletPage or None
    quotes: tuple = ()  # QuoteView, in reading order
    event_pages: tuple = ()  # EventPage, newest first
    html: str | None = None  # the marked-up HTML; None: Pelican's as it is (articles the digest does not list)


@dataclasses.dataclass(frozen=True)
class Digest:
    """The whole digest of a site: built once per build by `pipeline.build_digest`, then only read."""

    records: tuple  # ArticleRecord of each published article, in the order given (passages included)
    outlets: tuple  # OutletPage, by name
    quotes: tuple  # QuoteView, every occurrence, in article order
    people: tuple  # PersonPage, most quoted first
    events: tuple  # EventPage, newest first
    directory: object  # quotes.people.PeopleDirectory
    assignments: object  # events.assign.Result: passage -> event assignments, unassigned passages, stated dates
    articles: tuple  # ArticleView of each published article, in the order given
    unlisted: tuple  # ArticleView of each translation, hidden article and draft
    problems_by_stage: tuple[tuple[str, tuple[Problem, ...]], ...]  # ("files" | "outlets" | "quotes" | "events", ...)

    @property
    def problems(self) -> list[Problem]:
        return [p for _, found in self.problems_by_stage for p in found]

    def problems_of(self, *stages: str) -> list[Problem]:
        """What these stages found (`digest check` reports the editor's files and outlets itself)."""
        return [p for stage, found in self.problems_by_stage if stage in stages for p in found]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


def digest_of(context) -> Digest:
    """The build's digest; its errors raised (the build stops, `digest build` prints them all)."""
    digest = context.get(CONTEXT_KEY)
    if digest is None:
        raise RuntimeError("the digest was not built: pelican.plugins.news_digest's register() connects "
                           "its pipeline to Pelican's article generator; is the plugin enabled?")
    if digest.errors:
        raise ContentError(digest.errors)
    return digest


class DigestWriter(Generator):
    """A generator of digest pages: it reads the digest in `generate_context` and writes in `generate_output`."""

    def generate_context(self):
        self.digest = digest_of(self.context)
