"""Every digest setting and its default, in one place.

Override any of them in pelicanconf.py; plugins read them with `setting()`.
Each is checked at start (`RULES`): a wrong type or value, or a misspelt
name, is an error naming the setting, not a crash deep in a stage.
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
    # keyed by settings, plugin code and dependency versions; see cli/cache.py.
    "DIGEST_CONTENT_CACHE": True,
    "DIGEST_CACHE_DIR": ".cache",
    # Processes that extract quotations and score passages in a build of many articles: None = one per core.
    "DIGEST_WORKERS": None,
    # Set by `digest build` (with the content cache): the published site, from which a rebuild
    # takes the article pages whose inputs did not change (pages/reuse.py).
    "DIGEST_PUBLISHED_PATH": None,
    # Build Pagefind's offline search index after each `digest build`.
    "DIGEST_SEARCH": True,
    # Dated pages (articles) are indexed for search in bundles of a year, a quarter or a month, the
    # largest span with at most this many pages: a rebuild re-indexes only the bundles that changed,
    # and Pagefind's memory stays bounded (~0.25 GB per 1,000 pages). See cli/searching.py.
    "DIGEST_SEARCH_BUNDLE_PAGES": 2500,
    # Open data (quotes.json, people.json, ...) goes here, relative to the output.
    "DIGEST_API_DIR": "api",
    # An article file larger than this is refused (a clear error, not a build that never ends).
    "DIGEST_MAX_ARTICLE_BYTES": 5_000_000,
    # A content path (article, page, image, events, people, outlets) that is a symbolic link to a file
    # outside the content folder is refused (it would publish that file); True allows it.
    "DIGEST_ALLOW_OUTSIDE_LINKS": False,
    # Strict article checks, for a site whose articles are all news reports (this repository's): every
    # article needs DIGEST_REQUIRED_KEYS (a Publisher among them) and text, and a header key outside
    # DIGEST_KNOWN_KEYS is a warning. False (a stock Pelican site): Pelican's own rules, so a plain post
    # builds and an article without Publisher has the unknown outlet. The checks that keep the output
    # safe (UTF-8, size, date, Lang, Source_url) apply either way.
    "DIGEST_STRICT": False,
    # With DIGEST_STRICT: header keys an article must have, and the keys the digest understands.
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
    """The value of a digest setting: pelicanconf's if set, else the default.

    The first read from a settings mapping checks every DIGEST_* setting in it
    (`check_settings`), so a wrong one stops any command at its start, naming it.
    """
    if _checked.get(id(settings)) is not settings:
        check_settings(settings)
    return settings.get(name, DEFAULTS[name])


# --- Validation: what each setting accepts -------------------------------------------------------

_checked: dict[int, Mapping] = {}  # id -> the mapping itself (kept alive, so its id is not reused)


def _count(minimum: int):
    return (lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= minimum,
            f"a whole number, {minimum} or more")


def _text(pattern: str = ""):
    """A non-empty string; with `pattern`, one that contains it (e.g. '{slug}')."""
    return (lambda v: isinstance(v, str) and bool(v.strip()) and pattern in v,
            f"a non-empty string containing {pattern!r}" if pattern else "a non-empty string")


def _relative_path(v) -> bool:
    return isinstance(v, str) and bool(v.strip()) and not os.path.isabs(v) and ".." not in v.split("/")


_FLAG = (lambda v: isinstance(v, bool), "True or False")
_KEYS = (lambda v: isinstance(v, (list, tuple)) and all(isinstance(k, str) and k for k in v),
         "a list of header keys (strings)")
_PATH = (_relative_path, "a relative path without '..'")
RULES = {
    "DIGEST_WORKERS": (lambda v: v is None or _count(1)[0](v), "None (one per core) or a whole number, 1 or more"),
    "DIGEST_PUBLISHED_PATH": (lambda v: v is None or isinstance(v, str), "None or a directory"),
    "DIGEST_UNKNOWN": _text(),
    "DIGEST_QUOTES_PER_PAGE": _count(1),
    "DIGEST_EVENT_ARTICLES_PER_OUTLET": _count(0),
    "DIGEST_EVENT_TIMELINE_ENTRIES": _count(0),
    "DIGEST_SEARCH_BUNDLE_PAGES": _count(1),
    "DIGEST_MAX_ARTICLE_BYTES": _count(1),
    "DIGEST_CONTENT_CACHE": _FLAG,
    "DIGEST_SEARCH": _FLAG,
    "DIGEST_ALLOW_OUTSIDE_LINKS": _FLAG,
    "DIGEST_STRICT": _FLAG,
    "DIGEST_REQUIRED_KEYS": _KEYS,
    "DIGEST_KNOWN_KEYS": _KEYS,
    "DIGEST_OUTLETS_FILE": _PATH, "DIGEST_PEOPLE_FILE": _PATH, "DIGEST_EVENTS_DIR": _PATH,
    "DIGEST_API_DIR": _PATH, "DIGEST_CACHE_DIR": _PATH,
    **{name: _text("{slug}") for name in DEFAULTS if "{slug}" in str(DEFAULTS[name])},
}


def _default_rule(name: str):
    """A setting without its own rule takes a value of its default's type."""
    kind = type(DEFAULTS[name])
    return (lambda v: isinstance(v, kind), f"a {kind.__name__}")


def settings_problems(settings: Mapping) -> list:
    """One error per DIGEST_* setting of a wrong type or value, or with a name no setting has."""
    import difflib  # noqa: PLC0415

    from .problems import Problem  # noqa: PLC0415

    problems = []
    for name in sorted(k for k in settings if isinstance(k, str) and k.startswith("DIGEST_")):
        value = settings[name]
        if name not in DEFAULTS:
            close = difflib.get_close_matches(name, DEFAULTS, n=1)
            problems.append(Problem.error("settings", f"unknown setting {name}",
                                          f"did you mean {close[0]}?" if close else
                                          "see plugins/pelican/plugins/news_digest/core/settings.py for the digest's settings"))
            continue
        accepts, wanted = RULES.get(name) or _default_rule(name)
        if not accepts(value):
            problems.append(Problem.error("settings", f"{name} must be {wanted}, not {value!r}",
                                          f"set {name} to {wanted} in the settings file, or remove it "
                                          f"(default: {DEFAULTS[name]!r})"))
    return problems


def check_settings(settings: Mapping) -> None:
    """Raises ContentError naming every wrong DIGEST_* setting; remembers a mapping that passed."""
    from .problems import ContentError  # noqa: PLC0415

    problems = settings_problems(settings)
    if problems:
        raise ContentError(problems)
    if len(_checked) > 16:
        _checked.clear()
    _checked[id(settings)] = settings


def display_path(source_path, settings: Mapping) -> str:
    """A content file as the editor knows it: relative to the project ('content/articles/x.md')."""
    project = os.path.join(str(settings["PATH"]), os.pardir)  # resolved: the real content folder's parent
    return relative_path(str(source_path), project) or str(source_path)


@functools.lru_cache(maxsize=65536)  # asked for every article by several stages; resolving is slow
def relative_path(path: str, base: str) -> str | None:
    """`path` relative to the directory `base`, both resolved; None when it lies outside."""
    base, path = _resolved(base), _resolved(path)
    if os.path.commonpath([base, path]) != base:
        return None
    return os.path.relpath(path, base)


@functools.lru_cache(maxsize=65536)
def _resolved(path: str) -> str:
    """A path resolved once: every article is asked about against two bases (the content and the project).
    A file that is not a link is its folder resolved (once for all its files) and its name: realpath
    looks at every part of every path (0.4 s for 10,000 articles)."""
    folder, name = os.path.split(path)
    if folder and name not in ("", ".", "..") and not os.path.islink(path):
        return os.path.join(_resolved(folder), name)
    return os.path.realpath(path)
