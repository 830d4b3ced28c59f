"""Pelican plugin: an outlet page per publisher and an outlets index.

Modelled on Pelican's own tag pages: a Generator that adds `outlets` to the
shared context and writes one page per outlet. Articles get `outlet` and,
for reprints, `original_outlet`.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import ClassVar
from pathlib import Path

from ..core import display_path, setting
from ..core.generator import DigestGenerator, unlisted_articles
from ..core.refs import Delegating
from pelican import signals

from .outlets import Outlet, assign_outlets, load_outlets

logger = logging.getLogger(__name__)


@dataclasses.dataclass
class OutletPage(Delegating):
    """An outlet as templates see it: the directory entry plus its articles."""

    delegate_to: ClassVar[str] = "outlet"
    outlet: Outlet
    url: str
    save_as: str
    articles: list = dataclasses.field(default_factory=list)  # published by it
    reprinted: list = dataclasses.field(default_factory=list)  # first published by it, reprinted elsewhere

    @property
    def feed_url(self) -> str:
        return f"feeds/outlets/{self.outlet.slug}.atom.xml"

    @property
    def feed_articles(self) -> list:
        """Its own articles and its articles reprinted elsewhere, newest first."""
        return sorted({a.slug: a for a in [*self.articles, *self.reprinted]}.values(), key=lambda a: a.date,
                      reverse=True)


class OutletsGenerator(DigestGenerator):
    """Matches articles to outlets and writes the outlet pages."""

    def generate_context(self):
        content = Path(self.settings["PATH"])
        file = setting(self.settings, "DIGEST_OUTLETS_FILE")
        listed, problems = load_outlets(content / file, f"{content.name}/{file}")
        articles = sorted(self.context.get("articles", []), key=lambda a: a.date, reverse=True)
        publishers = [(getattr(a, "publisher", "") or "", getattr(a, "original_publisher", None)) for a in articles]
        pairs, outlets, more = assign_outlets(publishers, listed, [display_path(a.source_path, self.settings) for a in articles])
        for problem in [*problems, *more]:
            logger.warning("%s", problem)
        pages = {o.slug: self._page(o) for o in outlets}
        for article, (outlet, original) in zip(articles, pairs):
            article.outlet = pages[outlet.slug]
            pages[outlet.slug].articles.append(article)
            article.original_outlet = pages[original.slug] if original else None
            if original:
                pages[original.slug].reprinted.append(article)
        self.outlets = sorted(pages.values(), key=lambda p: p.name.casefold())
        self._attribute_unlisted(outlets, pages)
        self._update_context(("outlets",))

    def _attribute_unlisted(self, outlets, pages) -> None:
        """Translations, hidden articles and drafts show their outlet but appear on no outlet page.

        An outlet only they name (not in outlets.yaml) gets no page: its `url` is empty.
        """
        others = unlisted_articles(self.context)
        publishers = [(getattr(a, "publisher", "") or "", getattr(a, "original_publisher", None)) for a in others]
        pairs, _, _ = assign_outlets(publishers, outlets,
                                     [display_path(a.source_path, self.settings) for a in others])
        for article, (outlet, original) in zip(others, pairs):
            article.outlet = pages.get(outlet.slug) or OutletPage(outlet, url="", save_as="")
            article.original_outlet = (pages.get(original.slug) or OutletPage(original, url="", save_as="")
                                       ) if original else None

    def _page(self, outlet: Outlet) -> OutletPage:
        return OutletPage(
            outlet,
            url=setting(self.settings, "DIGEST_OUTLET_URL").format(slug=outlet.slug),
            save_as=setting(self.settings, "DIGEST_OUTLET_SAVE_AS").format(slug=outlet.slug),
        )

    def generate_output(self, writer):
        self.write_item_pages(writer, self.outlets, "outlet", "outlet")
        for page in self.outlets:  # an empty feed would carry the build time: none is written
            if page.feed_articles:
                writer.write_feed(page.feed_articles, self.context, page.feed_url, page.feed_url,
                                  feed_title=f"{self.settings['SITENAME']}: {page.name}")
        self.write_index_page(writer, "OUTLETS_INDEX", "outlets")


def get_generators(pelican):
    return OutletsGenerator


def register():
    signals.get_generators.connect(get_generators)
