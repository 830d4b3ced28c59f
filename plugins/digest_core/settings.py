"""Every digest setting and its default, in one place.

Override any of them in pelicanconf.py; plugins read them with `setting()`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping

DEFAULTS = {
    # Outlet directory (name, homepage, country, description), relative to PATH.
    "DIGEST_OUTLETS_FILE": "outlets.yaml",
    # Where outlet pages go; {slug} is the outlet's slug.
    "DIGEST_OUTLET_URL": "outlets/{slug}.html",
    "DIGEST_OUTLET_SAVE_AS": "outlets/{slug}.html",
    "DIGEST_OUTLETS_INDEX_URL": "outlets/index.html",
    "DIGEST_OUTLETS_INDEX_SAVE_AS": "outlets/index.html",
    # People directory (canonical names, aliases, roles), relative to PATH.
    "DIGEST_PEOPLE_FILE": "people.yaml",
    "DIGEST_PERSON_URL": "people/{slug}.html",
    "DIGEST_PERSON_SAVE_AS": "people/{slug}.html",
    "DIGEST_PEOPLE_INDEX_URL": "people/index.html",
    "DIGEST_PEOPLE_INDEX_SAVE_AS": "people/index.html",
    "DIGEST_QUOTES_INDEX_URL": "quotes/index.html",
    "DIGEST_QUOTES_INDEX_SAVE_AS": "quotes/index.html",
    # Event files (one YAML file per event), relative to PATH, and their pages and feeds.
    "DIGEST_EVENTS_DIR": "events",
    "DIGEST_EVENT_URL": "events/{slug}.html",
    "DIGEST_EVENT_SAVE_AS": "events/{slug}.html",
    "DIGEST_EVENT_FEED_URL": "feeds/events/{slug}.atom.xml",
    "DIGEST_EVENTS_INDEX_URL": "events/index.html",
    "DIGEST_EVENTS_INDEX_SAVE_AS": "events/index.html",
    # Long lists (the quotes index, a person's quotes) are split into pages of this many.
    "DIGEST_QUOTES_PER_PAGE": 50,
    # An event page shows this many articles per outlet with their excerpts; the rest as links.
    "DIGEST_EVENT_ARTICLES_PER_OUTLET": 12,
    "DIGEST_EVENT_TIMELINE_ENTRIES": 60,
    # `digest build` keeps Pelican's cache of read articles here (relative to the project),
    # keyed by settings, plugin code and dependency versions; see digest_cli/cache.py.
    "DIGEST_CONTENT_CACHE": True,
    "DIGEST_CACHE_DIR": ".cache",
    # Processes that extract quotations and score passages in a build of many articles: None = one per core.
    "DIGEST_WORKERS": None,
    # Set by `digest build` (with the content cache): the published site, from which a rebuild
    # takes the article pages whose inputs did not change (digest_pages/reuse.py).
    "DIGEST_PUBLISHED_PATH": None,
    # Build Pagefind's offline search index after each `digest build`.
    "DIGEST_SEARCH": True,
    # Dated pages (articles) are indexed for search in bundles of a year, a quarter or a month, the
    # largest span with at most this many pages: a rebuild re-indexes only the bundles that changed,
    # and Pagefind's memory stays bounded (~0.25 GB per 1,000 pages). See digest_cli/searching.py.
    "DIGEST_SEARCH_BUNDLE_PAGES": 2500,
    # Open data (quotes.json, people.json, ...) goes here, relative to the output.
    "DIGEST_API_DIR": "api",
    # An article file larger than this is refused (a clear error, not a build that never ends).
    "DIGEST_MAX_ARTICLE_BYTES": 5_000_000,
    # Header keys an article must have, and the keys the digest understands.
    "DIGEST_REQUIRED_KEYS": ("title", "date", "publisher"),
    "DIGEST_KNOWN_KEYS": (
        "title", "kicker", "date", "date_note", "modified", "authors", "author",
        "publisher", "original_publisher", "source_url", "lang", "slug", "seed",
        "import_checksum", "summary", "status", "events", "tags", "category",
        "template", "save_as", "url", "translation",
    ),
    # Shown wherever a fact is not known; never replaced by a guess.
    "DIGEST_UNKNOWN": "unknown",
}


def setting(settings: Mapping, name: str):
    """The value of a digest setting: pelicanconf's if set, else the default."""
    return settings.get(name, DEFAULTS[name])


def display_path(source_path, settings: Mapping) -> str:
    """A content file as the editor knows it: relative to the project ('content/articles/x.md')."""
    project = os.path.join(str(settings["PATH"]), os.pardir)  # resolved: the real content folder's parent
    return relative_path(str(source_path), project) or str(source_path)


@functools.lru_cache(maxsize=65536)  # asked for every article by several stages; resolving is slow
def relative_path(path: str, base: str) -> str | None:
    """`path` relative to the directory `base`, both resolved; None when it lies outside."""
    base, path = os.path.realpath(base), os.path.realpath(path)
    if os.path.commonpath([base, path]) != base:
        return None
    return os.path.relpath(path, base)
