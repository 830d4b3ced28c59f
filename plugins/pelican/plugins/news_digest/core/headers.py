"""Article header values the digest interprets, parsed in one place for the build and every command."""

from __future__ import annotations


def listed_events(value) -> tuple[str, ...] | None:
    """An `Events:` header -> the event slugs it lists: None when absent (decide by evidence), () for
    'none' (no event at all). A list (YAML front matter) or a comma-separated string; 'none' in any case."""
    if value is None:
        return None
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    return tuple(v.strip() for v in map(str, items) if v.strip() and v.strip().lower() != "none")
