"""Which held writes are long listings, to be handed to a worker first and alone (core/parallel.py).

Pelican paginates a listing template itself: the index of a 10,000-article
site is one write of 500 pages, each author's one of 70. Shared out in
chunks like the 10,000 one-page writes around them, these few landed in one
chunk, which one worker rendered at the end while the other waited.
"""

from __future__ import annotations

LONG = 10  # pages


def pages_written(what, settings) -> int:
    """How many pages one held write (Pelican's write_file arguments after the name) makes."""
    if not isinstance(what, tuple):
        return 1  # a feed
    _, _, args, kwargs = what
    paginated = kwargs.get("paginated", args[1] if len(args) > 1 else None)
    template_name = kwargs.get("template_name", args[2] if len(args) > 2 else None)
    if paginated is None:
        paginated = {key: value for key, value in kwargs.items() if key in ("articles", "dates")}
    templates = settings.get("PAGINATED_TEMPLATES") or {}
    if not paginated or template_name not in templates:
        return 1
    per_page = templates[template_name] or settings.get("DEFAULT_PAGINATION")
    listed = len(next(iter(paginated.values())))
    return max(1, -(-listed // per_page)) if per_page else 1


def long_listings(held: list, settings) -> list[int]:
    """The indexes of the writes of at least LONG pages, the longest first."""
    sizes = [pages_written(what, settings) for what in held]
    return sorted((i for i, size in enumerate(sizes) if size >= LONG), key=lambda i: -sizes[i])
