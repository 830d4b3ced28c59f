"""Slugs made exactly as Pelican makes them, so hand-made and imported files agree."""

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify


def make_slug(text: str) -> str:
    return slugify(text, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])
