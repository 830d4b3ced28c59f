"""Which content files are articles and what each must have, from the settings: one rule for the
reader (the build) and for `digest check`, so that the two report the same problems."""

from __future__ import annotations

from pathlib import Path

from ..core import setting
from ..core.settings import relative_path
from .source import ArticleSource, parse_article_source


def is_article(source_path, settings) -> bool:
    """Under ARTICLE_PATHS (all of PATH when empty) and not under PAGE_PATHS or ARTICLE_EXCLUDES."""
    relative = relative_path(str(source_path), str(settings["PATH"])) or ""

    def under(paths) -> bool:
        return any(not p or relative == p or relative.startswith(p.rstrip("/") + "/") for p in paths)

    excluded = [p for p in (*settings.get("PAGE_PATHS", ()), *settings.get("ARTICLE_EXCLUDES", ())) if p]
    return under(settings.get("ARTICLE_PATHS") or [""]) and not under(excluded)


def required_keys(source_path, settings) -> tuple[str, ...]:
    """With DIGEST_STRICT, articles need DIGEST_REQUIRED_KEYS and other pages (About) a title;
    without, nothing beyond what Pelican requires (and reports) itself."""
    if not setting(settings, "DIGEST_STRICT"):
        return ()
    return setting(settings, "DIGEST_REQUIRED_KEYS") if is_article(source_path, settings) else ("title",)


def check_source(source_path, name: str, settings) -> tuple[ArticleSource | None, list]:
    """One content file's header and body, and every problem with them, under the site's settings."""
    return parse_article_source(
        Path(source_path).read_bytes(), name, required_keys(source_path, settings),
        setting(settings, "DIGEST_MAX_ARTICLE_BYTES"), setting(settings, "DIGEST_KNOWN_KEYS"),
        setting(settings, "DIGEST_STRICT"))
