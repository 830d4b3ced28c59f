"""A light reference to an article, for the pages that list many of them (quotes, events).

Pelican computes an article's `url` anew at every access; a site with
thousands of quotations asks for it hundreds of thousands of times. A
reference holds what the listing pages show, computed once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from pelican.utils import SafeDatetime


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


class ListedDate(SafeDatetime):
    """An article's date as listings show it: Pelican's date, whose `strftime` (Pelican's own, portable
    and slow) is computed once per date and format; a quotation block formats its article's date on
    every page that lists it (140,000 times at 10,000 articles)."""

    def strftime(self, fmt, safe=True):
        return _formatted(self, fmt, safe)


@functools.lru_cache(maxsize=65536)
def _formatted(date: ListedDate, fmt: str, safe: bool) -> str:
    return SafeDatetime.strftime(date, fmt, safe)


def listed_date(date: dt.datetime | None) -> ListedDate | None:
    """`date` as a ListedDate (the same instant, zone and fold)."""
    if date is None:
        return None
    return ListedDate(date.year, date.month, date.day, date.hour, date.minute, date.second, date.microsecond,
                      date.tzinfo, fold=date.fold)


class Delegating:
    """A page object whose templates read the wrapped entry's fields directly (`event.title`).

    Subclasses name the field that holds the entry in `delegate_to`.
    """

    delegate_to = ""

    def __getattr__(self, name):
        if name == self.delegate_to or name.startswith("__"):
            raise AttributeError(name)  # not set yet (copying, unpickling): never recurse
        return getattr(getattr(self, self.delegate_to), name)
