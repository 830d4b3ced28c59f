"""What the digest's own pages show: the inputs of the reuse keys of event, person and outlet pages.

A rebuild after one new article changes a handful of these pages; rendering
all of them again was most of the worker time left in it. Each function
lists what the templates of a page read (the theme's and the package's: an
editor's theme that reads more must change this list too). Of a linked page
only what a link shows is taken (a title or name, a URL, the outlet's
description), never what the linked page lists: the links between events,
people and quotations reach the whole site, and a key that followed them
would change with every article.
"""

from __future__ import annotations


def _link(page) -> tuple | None:
    """What a link to an event or a person shows."""
    return None if page is None else (getattr(page, "title", None), getattr(page, "name", None), page.url)


def _outlet(page) -> tuple | None:
    """What an outlet link or an outlet's coverage header shows: its directory entry and its URL."""
    return None if page is None else (repr(getattr(page, "outlet", page)), getattr(page, "url", None))


def _article(article) -> tuple:
    """What a teaser or a byline shows of an article (an ArticleRef, or Pelican's article)."""
    return (article.url, article.title, repr(article.date), article.locale_date, getattr(article, "date_note", None),
            getattr(article, "kicker", None), [(str(a), a.url) for a in getattr(article, "authors", None) or ()],
            _outlet(getattr(article, "outlet", None)), _outlet(getattr(article, "original_outlet", None)))


def _quote(quote) -> tuple:
    """What a quotation block shows: its words, speaker, source and the other outlets that reported it."""
    return (quote.dom_id, quote.url, quote.text, quote.how, quote.passage, quote.speaker_name, quote.role,
            repr(quote.speaker), _link(quote.person), _article(quote.article),
            [(_outlet(outlet), first.url, count) for outlet, first, count in quote.other_outlets],
            [(_outlet(outlet), articles[0].url, len(articles)) for outlet, articles in quote.reporting_outlets])


def _listing(listing, item) -> tuple | None:
    if listing is None:
        return None
    return (listing.number, listing.count, listing.total, listing.url, listing.save_as,
            _link(listing.previous), _link(listing.next), [item(i) for i in listing.items])


def event_shown(event) -> tuple:
    return ("event", repr(event.event), event.url, event.feed_url, bool(event.feed_articles),
            len(event.articles), len(event.excerpts), len(event.quotations),
            [(_outlet(c.outlet), [(_article(article), [(e.url, e.passage.id, e.passage.text, e.why) for e in excerpts])
                                  for article, excerpts in c.articles]) for c in event.coverage],
            [(name, _link(person), role, [_quote(q) for q in quotes]) for name, person, role, quotes in event.speakers],
            [repr(entry) for entry in event.timeline], [_link(p) for p in event.people],
            [_link(e) for e in event.related], _link(event.previous), _link(event.next))


def person_shown(person, listing) -> tuple:
    return ("person", repr(person.person), person.url, [str(r) for r in person.roles],
            [_link(e) for e in person.event_pages], len(person.quotations), len(person.quotes),
            _listing(listing, _quote))


def outlet_shown(outlet) -> tuple:
    return ("outlet", repr(outlet.outlet), outlet.url, [_link(e) for e in outlet.event_pages],
            [_article(a) for a in outlet.articles], [_article(a) for a in outlet.reprinted])


def digest_page_shown(variables: dict) -> tuple | None:
    """What the event, person or outlet page written with these template variables shows; None for
    any other page (it is rendered)."""
    if variables.get("event") is not None:
        return event_shown(variables["event"])
    if variables.get("person") is not None:
        return person_shown(variables["person"], variables.get("listing"))
    if variables.get("outlet") is not None:
        return outlet_shown(variables["outlet"])
    return None
