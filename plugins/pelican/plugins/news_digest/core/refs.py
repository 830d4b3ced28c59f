"""A light reference to an article, for the pages that list many of them (quotes, events).

Pelican computes an article's `url` anew at every access; a site with
thousands of quotations asks for it hundreds of thousands of times. A
reference holds what the listing pages show, computed once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt


@dataclasses.dataclass(frozen=True, eq=False)
class ArticleRef:
    """Made by the pipeline's views stage from an article's record and its outlet pages."""

    slug: str
    url: str
    title: str
    date: dt.datetime
    locale_date: str
    date_note: str | None
    outlet: object
    original_outlet: object
    authors: tuple


class Delegating:
    """A page object whose templates read the wrapped entry's fields directly (`event.title`).

    Subclasses name the field that holds the entry in `delegate_to`.
    """

    delegate_to = ""

    def __getattr__(self, name):
        if name == self.delegate_to or name.startswith("__"):
            raise AttributeError(name)  # not set yet (copying, unpickling): never recurse
        return getattr(getattr(self, self.delegate_to), name)
