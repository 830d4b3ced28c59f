"""Pages and feeds whose inputs did not change are taken from the published site, not rendered again.

Rendering every article page is the largest part of a rebuild. An article
page shows the article, its events, its quotations (with the other outlets
that reported them), its neighbours, the menu and the theme; `article_page_key`
hashes exactly that. When the key of a page equals the key recorded by the
last build, and the published file still has the bytes that build wrote, the
published file is hard-linked into the new site. Everything else in the build
(the settings, the plugin code) is covered by the content cache's key: change
it and the record starts empty. Pages whose HTML holds Pelican's intra-site
link syntax ({filename}, {static}, ...) depend on other files and are always
rendered. The digest's event, person and outlet pages are keyed the same
way, by what their templates show (`shown.py`), and feeds by their items
(`feed_key`), unless another plugin listens to Pelican's feed signals.

Every page and feed that must be rendered (articles, listings, the digest's
pages, Pelican's and the events' feeds) is rendered on every core: the writer
holds them back until the generators are done (`finish_pages`, at
`finalized`, before anything reads the site) or a file is written twice
(Pelican's check), and shares them out between forked workers (the long
listings first, each on its own: `listings.py`); Pelican's
`content_written` is then sent in this process, in the order the pages were
written. Feeds are written at once when another plugin hears of them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import re
import sys
import weakref
from pathlib import Path

from ..cli.published import RECORD as PUBLISHED_RECORD, is_recorded, recorded_files
from ..core import setting
from ..core.generator import TEMPLATES as PACKAGE_TEMPLATES
from ..core.memo import ResultStore, code_fingerprint, file_digest, fingerprint
from ..core.parallel import map_articles, worker_count
from .listings import long_listings
from .shown import digest_page_shown
from pelican import signals
from pelican.utils import sanitised_join
from pelican.writers import Writer

logger = logging.getLogger(__name__)

_INTRASITE_LINK = re.compile(r"""(?:href|src)\s*=\s*["']?\s*[{|]""")
_writers: weakref.WeakValueDictionary = weakref.WeakValueDictionary()  # output path -> its build's writer


def theme_fingerprint(theme: str, overrides=()) -> str:
    """A hash of every template a page may use: THEME_TEMPLATES_OVERRIDES, the theme's, and the digest's
    own (a theme's article.html may import the package's macros). Static files do not change the HTML."""
    digest = hashlib.blake2b(digest_size=16)
    for number, templates in enumerate([*map(Path, overrides), Path(theme) / "templates", PACKAGE_TEMPLATES]):
        for path in sorted(templates.rglob("*")):
            if path.is_file():
                name = f"{number}/{path.relative_to(templates).as_posix()}"
                digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _link(thing) -> tuple | None:
    return (str(getattr(thing, "title", thing)), thing.url) if thing is not None else None


def _quote_inputs(quote) -> tuple:
    """What an article page shows of one quotation, as plain strings (a dataclass's repr is Python code: the
    60,000 quotations of a 10,000-article site spent more in it than in hashing)."""
    person = (quote.person.name, quote.person.url) if quote.person else None
    speaker = (quote.speaker.name, quote.speaker.kind, quote.speaker.role) if quote.speaker else None
    others = [(outlet.name, outlet.url, first.url, count) for outlet, first, count in quote.other_outlets]
    return (quote.anchor, quote.dom_id, quote.text, quote.how, quote.url, quote.passage, speaker,
            quote.speaker_name, person, others)


def article_page_key(article, site: str, save_as: str, url: str, link=_link) -> str | None:
    """A hash of what an article page at `save_as`/`url` shows; None when the article alone cannot tell."""
    content = article._content or ""
    if _INTRASITE_LINK.search(content):
        return None
    outlets = [(o.name, o.url) if o else None
               for o in (getattr(article, "outlet", None), getattr(article, "original_outlet", None))]
    return fingerprint(
        site, save_as, url, content, sorted((k, repr(v)) for k, v in article.metadata.items()),
        outlets, [(str(a), a.url) for a in getattr(article, "authors", [])],
        [_link(e) for e in getattr(article, "event_pages", [])],
        [_quote_inputs(q) for q in getattr(article, "quotes", [])],
        link(getattr(article, "older_article", None)), link(getattr(article, "newer_article", None)),
        [(t.lang, t.url) for t in getattr(article, "translations", [])])


def _feed_item_inputs(item) -> tuple | None:
    """What a feed shows of an item: an article's title, link, dates, author, categories, content and
    metadata (its summary comes from those), or a plain record's fields."""
    if dataclasses.is_dataclass(item) or isinstance(item, tuple):
        return (type(item).__name__, repr(item))
    content = getattr(item, "_content", None)
    if content is None or _INTRASITE_LINK.search(content):
        return None  # links to other files are resolved when the feed is made
    return (item.title, item.url, str(item.date), str(getattr(item, "modified", "")), str(getattr(item, "author", "")),
            str(getattr(item, "category", "")), [str(tag) for tag in getattr(item, "tags", [])], content,
            sorted((k, repr(v)) for k, v in item.metadata.items()))


class ReusingWriter(Writer):
    """Pelican's writer, taking unchanged article pages from the published site and rendering the others
    on every core.

    Reuse is active when `digest build` names the published site (DIGEST_PUBLISHED_PATH)
    and the content cache is on; otherwise it writes every page as Pelican does.
    """

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        published = (settings or {}).get("DIGEST_PUBLISHED_PATH")
        self.published = published if published and os.path.isdir(published) else None
        self._published_files: dict[str, list] | None = None  # what the last build recorded of them
        self.record = ResultStore.for_settings(settings or {}, "pages", code_fingerprint(sys.modules[__name__]))
        self.workers = worker_count(setting(settings or {}, "DIGEST_WORKERS"))
        self.site = None  # the theme and menu fingerprint, known at the first page
        self.reused, self.rendered = 0, []  # keyed pages: how many reused, which rendered
        self._neighbours: dict[int, tuple | None] = {}  # each article is the neighbour of two others
        self._held: list[tuple] = []  # pages to write: (name, write_file's arguments) or (name, HeldFeed)
        self._held_names: set[str] = set()
        signals.finalized.connect(self.save_record)  # weakly: gone with the writer
        _writers[os.path.realpath(output_path)] = self

    def write_file(self, name, template, context, *args, **kwargs):
        if name in self._held_names:
            self.render_held_pages()  # written twice: Pelican's own check sees both
        if self.site is None and self.record.path is not None:
            self.site = fingerprint(theme_fingerprint(self.settings["THEME"],
                                                      self.settings.get("THEME_TEMPLATES_OVERRIDES") or ()),
                                    [_link(p) for p in context.get("pages", [])])
        self._held.append((name, (template, context, args, kwargs)))
        self._held_names.add(name)

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom", override_output=False,
                   feed_title=None):
        """Pelican's, unless the feed's items and settings are those the last build wrote it from: then the
        published feed is taken (and None returned, as no feed object was made)."""
        key = self.feed_key(elements, context, path, url, feed_type, feed_title) if path else None
        complete = sanitised_join(self.output_path, path) if path else None
        if key is not None and complete not in self._written_files and complete not in self._overridden_files:
            digest = self.reuse(path, key)
            if digest is not None:
                self._written_files.add(complete)
                if override_output:
                    self._overridden_files.add(complete)
                self.record.keep(path, (key, digest))
                return None
        if path and self._may_hold_feeds():
            if path in self._held_names:
                self.render_held_pages()  # written twice: Pelican's own check sees both
            if complete not in self._written_files and complete not in self._overridden_files:
                self._written_files.add(complete)  # what Pelican's check against writing a file twice needs
                if override_output:
                    self._overridden_files.add(complete)
                self._held.append((path, HeldFeed(elements, context, url, feed_type, override_output, feed_title,
                                                  key)))
                self._held_names.add(path)
                return None
        feed = super().write_feed(elements, context, path, url, feed_type, override_output, feed_title)
        if key is not None and os.path.exists(complete):
            self.record.keep(path, (key, file_digest(complete)))
        return feed

    def _may_hold_feeds(self) -> bool:
        """Feeds are written on every core too, unless another plugin hears of them (it may change them,
        or wait for the file)."""
        return self.workers > 1 and not (signals.feed_generated.receivers or signals.feed_written.receivers)

    def feed_key(self, elements, context, path, url, feed_type, feed_title) -> str | None:
        """A hash of what the feed at `path` shows; None without a record, when another plugin hears of
        feeds (it may change them), or when an item cannot tell what it shows."""
        if self.record.path is None or signals.feed_generated.receivers or signals.feed_written.receivers:
            return None
        items = [_feed_item_inputs(item) for item in elements[: self.settings["FEED_MAX_ITEMS"]]]
        if any(item is None for item in items):
            return None
        return fingerprint("feed", path, url, feed_type, feed_title,
                           [str(context.get(name)) for name in ("SITENAME", "SITEURL", "FEED_DOMAIN", "SITESUBTITLE")],
                           items)

    def render_held_pages(self) -> None:
        """Reuse or render the pages held back, on `workers` processes; then tell of them in the order
        they came."""
        held, self._held, self._held_names = self._held, [], set()
        self.published_files()  # read once, before the workers fork
        results = map_articles(_write_held_page, range(len(held)), (self, held), self.workers,
                               long_listings([what for _, what in held], self.settings))
        for (name, what), (key, digest, reused) in zip(held, results):
            if isinstance(what, HeldFeed):
                if key is not None:
                    self.record.keep(name, (key, digest))
                continue
            _, context, _, kwargs = what
            path = sanitised_join(self.output_path, name)
            self._written_files.add(path)  # what Pelican's own check against writing a file twice needs
            if kwargs.get("override_output"):
                self._overridden_files.add(path)
            signals.content_written.send(path, context=context)
            if key is not None:
                self.record.keep(name, (key, digest))
                self.reused += reused
                if not reused:
                    self.rendered.append(name)

    def page_key(self, name: str, kwargs: dict) -> str | None:
        """The reuse key of an article, event, person or outlet page (None for other pages, or without a
        record)."""
        if self.record.path is None:
            return None
        article = kwargs.get("article")
        if article is not None:
            return article_page_key(article, self.site, name, kwargs.get("url") or article.url, self._neighbour)
        shown = digest_page_shown(kwargs)
        return None if shown is None else fingerprint(self.site, name, kwargs.get("url"),
                                                      kwargs.get("template_name"), shown)

    def _neighbour(self, article) -> tuple | None:
        if id(article) not in self._neighbours:
            self._neighbours[id(article)] = _link(article)
        return self._neighbours[id(article)]

    def save_record(self, pelican=None) -> None:
        """Keep the keys of this build's pages for the next one (after a complete build)."""
        if pelican is not None and pelican.output_path != self.output_path:
            return  # another build in this process finished; a writer outliving its own build stays quiet
        self.render_held_pages()
        self.record.save()
        logger.debug("digest: keyed pages: %d reused, %d rendered: %s", self.reused, len(self.rendered),
                     " ".join(self.rendered))

    def reuse(self, name: str, key: str) -> str | None:
        """Link the published page into the new site if its key is the recorded one and its bytes are
        those recorded; returns their digest (None: render it)."""
        recorded = self.record.recall(name)
        if self.published is None or recorded is None or recorded[0] != key:
            return None
        published, new = os.path.join(self.published, name), os.path.join(self.output_path, name)
        try:
            if not is_recorded(self.published_files().get(name), published, recorded[1]) \
                    and file_digest(published) != recorded[1]:
                return None  # changed since it was published
            os.makedirs(os.path.dirname(new), exist_ok=True)
            os.link(published, new)
        except OSError:
            return None
        return recorded[1]

    def published_files(self) -> dict[str, list]:
        """The published files' stamps and digests as the last build recorded them (cli/published.py): a
        published page whose stamp is the recorded one is not read again to check its bytes."""
        if self._published_files is None:
            cache = self.settings.get("CACHE_PATH") if self.record.path is not None else None
            self._published_files = recorded_files(Path(cache).parent / PUBLISHED_RECORD, Path(self.published)) \
                if cache and self.published else {}
        return self._published_files


def finish_pages(pelican) -> None:
    """`finalized`, before any other receiver of this plugin reads the site: the held pages are written."""
    writer = _writers.get(os.path.realpath(pelican.output_path))
    if writer is not None:
        writer.render_held_pages()


def _write_held_page(index: int, shared) -> tuple[str | None, str | None, bool]:
    """Take one held page from the published site or render it with Pelican's own writer:
    (its reuse key, the digest of its bytes if keyed, whether it was reused)."""
    writer, held = shared
    name, what = held[index]
    if isinstance(what, HeldFeed):
        return _write_held_feed(writer, name, what)
    template, context, args, kwargs = what
    key = writer.page_key(name, kwargs)
    if key is not None and (digest := writer.reuse(name, key)) is not None:
        return key, digest, True
    with signals.content_written.muted():  # the writer that held it back tells, in its own process
        Writer.write_file(writer, name, template, context, *args, **kwargs)
    return key, (file_digest(os.path.join(writer.output_path, name)) if key is not None else None), False


@dataclasses.dataclass(frozen=True)
class HeldFeed:
    """A feed held back to be written on a worker: Pelican's write_feed arguments after the path, and its
    reuse key (None: not recorded)."""
    elements: list
    context: dict
    url: str | None
    feed_type: str
    override_output: bool
    feed_title: str | None
    key: str | None


def _write_held_feed(writer, name: str, feed: HeldFeed) -> tuple[str | None, str | None, bool]:
    """Write one held feed with Pelican's own writer: (its reuse key, the digest of its bytes if keyed, False)."""
    complete = sanitised_join(writer.output_path, name)
    writer._written_files.discard(complete)  # this copy of the writer: the build's check was made when held
    writer._overridden_files.discard(complete)
    Writer.write_feed(writer, feed.elements, feed.context, name, feed.url, feed.feed_type, feed.override_output,
                      feed.feed_title)
    return feed.key, (file_digest(complete) if feed.key is not None else None), False
