"""Outlets: who published each article, an outlet page per publisher and an outlets index.

The outlets stage (`assign_article_outlets`) is pure: each article's
Publisher (and, for reprints, Original_publisher) -> an outlet of the
directory (`outlets.py`). The views stage (`outlet_pages`) makes the outlet
pages, modelled on Pelican's tag pages. OutletsGenerator only writes them,
with a feed per outlet and the index.
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from ..core import Problem, setting
from ..core.digest import DigestWriter
from ..core.generator import DigestGenerator
from ..core.refs import Delegating

from .outlets import Outlet, assign_outlets


@dataclasses.dataclass
class OutletPage(Delegating):
    """An outlet as templates see it: the directory entry plus its articles."""

    delegate_to: ClassVar[str] = "outlet"
    outlet: Outlet
    url: str
    save_as: str
    articles: list = dataclasses.field(default_factory=list)  # published by it
    reprinted: list = dataclasses.field(default_factory=list)  # first published by it, reprinted elsewhere
    event_pages: list = dataclasses.field(default_factory=list)  # the events it covered, newest first

    @property
    def feed_url(self) -> str:
        return f"feeds/outlets/{self.outlet.slug}.atom.xml"

    @property
    def feed_articles(self) -> list:
        """Its own articles and its articles reprinted elsewhere, newest first."""
        return sorted({a.slug: a for a in [*self.articles, *self.reprinted]}.values(), key=lambda a: a.date,
                      reverse=True)


@dataclasses.dataclass(frozen=True)
class OutletsResult:
    """Each article's (outlet, original outlet or None), in the order given; every outlet named."""

    pairs: tuple
    unlisted_pairs: tuple  # the same for translations, hidden articles and drafts
    outlets: tuple  # the directory's, then those only articles name
    problems: tuple[Problem, ...]


def assign_article_outlets(articles, unlisted, listed, unknown: str | None = None) -> OutletsResult:
    """Outlets of the published articles (records with date, publisher, original_publisher, file) and of
    the unlisted ones; only published articles make an outlet that the directory lacks, with a warning."""
    extra = {"unknown": unknown} if unknown is not None else {}
    order = sorted(range(len(articles)), key=lambda i: articles[i].date, reverse=True)  # warnings name the newest
    newest_first = [articles[i] for i in order]
    pairs, outlets, problems = assign_outlets([(a.publisher, a.original_publisher) for a in newest_first],
                                              list(listed), [a.file for a in newest_first], **extra)
    in_order = [None] * len(articles)
    for position, i in enumerate(order):
        in_order[i] = pairs[position]
    others, _, _ = assign_outlets([(a.publisher, a.original_publisher) for a in unlisted], outlets,
                                  [a.file for a in unlisted], **extra)
    return OutletsResult(tuple(in_order), tuple(others), tuple(outlets), tuple(problems))


def outlet_pages(result: OutletsResult, articles, settings) -> tuple[list[OutletPage], list, list]:
    """The outlet pages by name; each article's (page, original page); the unlisted articles' pairs.

    `articles`: the Pelican articles, in the order of `result.pairs`, listed
    newest first on their outlet's page. An outlet with no page (the unknown
    outlet, or one only unlisted articles name) is shown with an empty `url`.
    """
    pages = {o.slug: _page(o, settings) for o in result.outlets if getattr(o, "known", True)}
    newest_first = sorted(zip(articles, result.pairs), key=lambda pair: pair[0].date, reverse=True)
    for article, (outlet, original) in newest_first:
        if outlet.slug in pages:
            pages[outlet.slug].articles.append(article)
        if original and original.slug in pages:
            pages[original.slug].reprinted.append(article)

    def page_of(outlet):
        return None if outlet is None else pages.get(outlet.slug) or OutletPage(outlet, url="", save_as="")

    listed_pairs = [(page_of(o), page_of(r)) for o, r in result.pairs]
    unlisted_pairs = [(page_of(o), page_of(r)) for o, r in result.unlisted_pairs]
    return sorted(pages.values(), key=lambda p: p.name.casefold()), listed_pairs, unlisted_pairs


def _page(outlet: Outlet, settings) -> OutletPage:
    return OutletPage(outlet, url=setting(settings, "DIGEST_OUTLET_URL").format(slug=outlet.slug),
                      save_as=setting(settings, "DIGEST_OUTLET_SAVE_AS").format(slug=outlet.slug))


class OutletsGenerator(DigestWriter, DigestGenerator):
    """Writes the outlet pages, a feed per outlet and the outlets index."""

    def generate_output(self, writer):
        outlets = self.digest.outlets
        self.write_item_pages(writer, outlets, "outlet", "outlet")
        for page in outlets:  # an empty feed would carry the build time: none is written
            if page.feed_articles:
                writer.write_feed(page.feed_articles, self.context, page.feed_url, page.feed_url,
                                  feed_title=f"{self.settings['SITENAME']}: {page.name}")
        self.write_index_page(writer, "OUTLETS_INDEX", "outlets")


__all__ = ["OutletPage", "OutletsGenerator", "OutletsResult", "assign_article_outlets", "outlet_pages"]
