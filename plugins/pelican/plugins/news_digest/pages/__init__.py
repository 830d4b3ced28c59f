"""Pelican plugin: what search engines and link previews read — JSON-LD, sitemap.xml, robots.txt.

JSON-LD (schema.org) is made by Jinja filters from the page's own data:
NewsArticle (with Quotation parts) for articles, Event for events, Person or
Organization for people. sitemap.xml lists every published HTML page once
the site is written (not drafts, not hidden pages). Article pages whose
inputs did not change are taken from the published site instead of rendered
again (`reuse.py`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.sax.saxutils import escape

from jinja2 import pass_context
from pelican import signals

from ..reading.sanitize import sanitize_summary

from .reuse import ReusingWriter, finish_pages


def _absolute(settings, url: str) -> str:
    site = settings.get("SITEURL") or ""
    return f"{site}/{url}" if site.startswith("http") else url


_SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                ord("\u2028"): "\\u2028", ord("\u2029"): "\\u2029"}


def _script_json(data) -> str:
    """JSON safe inside <script type="application/ld+json">: no `<`, `>` or `&` at all, so no value can
    end the script or put the HTML parser in its script-data escape states (`<!--<script>`); the line
    separators U+2028/9 escaped too, as older JavaScript parsers end a string there."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_SCRIPT_SAFE)


def article_jsonld(article, settings) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "datePublished": article.date.date().isoformat(), "url": _absolute(settings, article.url),
            "inLanguage": getattr(article, "lang", "en"),
            "author": [{"@type": "Person", "name": str(a)} for a in getattr(article, "authors", [])]}
    if getattr(article.outlet, "known", True):  # an article naming no publisher has none: nothing is invented
        data["publisher"] = {"@type": "Organization", "name": article.outlet.name}
    if getattr(article, "original_outlet", None):
        data["isBasedOn"] = {"@type": "NewsArticle", "publisher": {"@type": "Organization",
                                                                    "name": article.original_outlet.name}}
    if getattr(article, "source_url", None):
        data["sameAs"] = article.source_url
    parts = []
    for quote in getattr(article, "quotes", []):
        part = {"@type": "Quotation", "text": quote.text, "isPartOf": {"@id": data["url"]},
                "url": _absolute(settings, quote.url)}
        if quote.speaker is not None:
            kind = "Person" if quote.speaker.kind == "person" else "Organization"
            part["creator"] = {"@type": kind, "name": quote.speaker_name}
            if kind == "Person":
                part["spokenByCharacter"] = part["creator"]
        parts.append(part)
    if parts:
        data["hasPart"] = parts
    return _script_json(data)


def event_jsonld(event, settings) -> str:
    data = {"@context": "https://schema.org", "@type": "Event", "name": event.title,
            "startDate": event.start.isoformat(), "endDate": event.end.isoformat(), "description": event.summary,
            "url": _absolute(settings, event.url), "eventStatus": "https://schema.org/EventScheduled"}
    if event.place:
        data["location"] = {"@type": "Place", "name": event.place}
    return _script_json(data)


def person_jsonld(person, settings) -> str:
    data = {"@context": "https://schema.org", "@type": "Person" if person.kind == "person" else "Organization",
            "name": person.name, "url": _absolute(settings, person.url)}
    if person.aliases:
        data["alternateName"] = list(person.aliases)
    if person.roles and person.kind == "person":
        data["jobTitle"] = person.roles[0]
    if person.description:
        data["description"] = person.description
    return _script_json(data)


@pass_context
def article_jsonld_filter(context, article) -> str:
    return article_jsonld(article, context)


@pass_context
def event_jsonld_filter(context, event) -> str:
    return event_jsonld(event, context)


@pass_context
def person_jsonld_filter(context, person) -> str:
    return person_jsonld(person, context)


def add_filters(pelican):
    """Module-level filters: settings travel in Pelican's cached articles and must pickle."""
    filters = pelican.settings.setdefault("JINJA_FILTERS", {})
    filters.update(article_jsonld=article_jsonld_filter, event_jsonld=event_jsonld_filter,
                   person_jsonld=person_jsonld_filter)


_UNPUBLISHED = ("drafts", "drafts_translations", "hidden_articles", "hidden_translations",
                "draft_pages", "draft_translations", "hidden_pages")
# output path -> pages written but not published (and the editor's robots.txt), for one build
_unpublished_pages: dict[str, set[str]] = {}


def note_unpublished_pages(generators):
    """Drafts and hidden articles and pages (and their translations) are written, yet not published."""
    for generator in generators:
        pages = _unpublished_pages.setdefault(os.path.realpath(generator.output_path), set())
        for name in _UNPUBLISHED:
            pages.update(Path(c.save_as).as_posix() for c in getattr(generator, name, ()) if c.save_as)
        if any(Path(f.save_as).as_posix() == "robots.txt" for f in getattr(generator, "staticfiles", ())):
            pages.add("robots.txt")  # the editor's own (a static file): not replaced by ours


def write_sitemap_and_robots(pelican):
    """sitemap.xml with every published HTML page (sorted, so builds stay identical) and robots.txt,
    unless the site has its own (a static file)."""
    output = Path(pelican.output_path)
    unpublished = _unpublished_pages.pop(os.path.realpath(output), set())
    pages = sorted(page for page in (p.relative_to(output).as_posix() for p in output.rglob("*.html"))
                   if not page.startswith("pagefind/") and page not in unpublished)
    entries = "".join(f"  <url><loc>{escape(_absolute(pelican.settings, page))}</loc></url>\n" for page in pages)
    (output / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                                        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                        f"{entries}</urlset>\n", encoding="utf-8")
    if "robots.txt" in unpublished:
        return
    robots = "User-agent: *\nAllow: /\n"
    site = pelican.settings.get("SITEURL") or ""
    if site.startswith("http"):
        robots += f"Sitemap: {site}/sitemap.xml\n"
    (output / "robots.txt").write_text(robots, encoding="utf-8")


def get_writer(pelican):
    return ReusingWriter


def register():
    signals.content_object_init.connect(sanitize_summary)
    signals.initialized.connect(add_filters)
    signals.get_writer.connect(get_writer)
    signals.all_generators_finalized.connect(note_unpublished_pages)
    signals.finalized.connect(finish_pages)  # before the sitemap lists what was written
    signals.finalized.connect(write_sitemap_and_robots)
