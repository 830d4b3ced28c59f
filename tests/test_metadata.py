"""What machines read: JSON-LD, canonical and preview meta, sitemap, robots; strict HTML5; page weight."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import html5lib
import pytest
from conftest import soup

ARTICLE = "articles/nato-ratchets-up-anti-russian-offensive-in-poland-and-ukraine.html"


def jsonld(page) -> dict:
    [script] = page.find_all("script", type="application/ld+json")
    return json.loads(script.string)


def test_news_article_with_quotations(built_site):
    data = jsonld(soup(built_site / ARTICLE))
    assert data["@type"] == "NewsArticle" and data["@context"] == "https://schema.org"
    assert data["headline"] == "NATO ratchets up anti-Russian offensive in Poland and Ukraine"
    assert data["datePublished"] == "2021-11-13"
    assert data["author"] == [{"@type": "Person", "name": "Thomas Scripps"}]
    assert data["publisher"]["name"] == "Afghanistan Azad"
    assert data["isBasedOn"]["publisher"]["name"] == "World Socialist Web Site"
    quotations = data["hasPart"]
    assert all(q["@type"] == "Quotation" and q["isPartOf"]["@id"] == data["url"] for q in quotations)
    putin = [q for q in quotations if q.get("creator", {}).get("name") == "Vladimir Putin"]
    assert putin and putin[0]["spokenByCharacter"]["@type"] == "Person"


def test_event_and_person(built_site):
    event = jsonld(soup(built_site / "events/nato-summit-vilnius-2023.html"))
    assert event["@type"] == "Event" and event["startDate"] == "2023-07-11" and event["endDate"] == "2023-07-12"
    assert event["location"]["name"] == "Vilnius, Lithuania"
    person = jsonld(soup(built_site / "people/volodymyr-zelensky.html"))
    assert person["@type"] == "Person" and "Zelenskyy" in person["alternateName"]
    assert jsonld(soup(built_site / "people/nato.html"))["@type"] == "Organization"


def html_pages(site):
    return sorted(p for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "pagefind")


def test_every_page_is_strict_html5_with_preview_meta(built_site):
    parser = html5lib.HTMLParser(strict=True)
    for path in html_pages(built_site):
        text = path.read_text(encoding="utf-8")
        try:
            parser.parse(text)
        except html5lib.html5parser.ParseError as error:  # pragma: no cover - the message names the page
            pytest.fail(f"{path.relative_to(built_site)}: {error}")
        page = soup(path)
        assert page.find("link", rel="canonical")["href"].endswith(path.relative_to(built_site).as_posix())
        for prop in ("og:title", "og:description", "og:url"):
            assert page.find("meta", property=prop)["content"].strip(), (path, prop)


def test_sitemap_lists_every_page_and_robots_allows(built_site):
    root = ET.parse(built_site / "sitemap.xml").getroot()
    locs = {e.text for e in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert locs == {p.relative_to(built_site).as_posix() for p in html_pages(built_site)}
    assert (built_site / "robots.txt").read_text(encoding="utf-8").startswith("User-agent: *\nAllow: /")


def test_page_weight(built_site):
    css = sum(p.stat().st_size for p in (built_site / "theme/css").glob("*.css"))
    for path in html_pages(built_site):
        assert path.stat().st_size + css <= 100_000, (path, path.stat().st_size)


def atom_titles(path):
    root = ET.parse(path).getroot()
    return [e.findtext("{http://www.w3.org/2005/Atom}title") for e in root.iter("{http://www.w3.org/2005/Atom}entry")]


def test_feeds_for_people_and_outlets_linked_from_their_pages(built_site):
    person = soup(built_site / "people/jake-sullivan.html")
    feed = person.find("link", rel="alternate", type="application/atom+xml")["href"]
    titles = atom_titles((built_site / "people" / feed).resolve())
    assert len(titles) == len(person.select("figure.quote-block")) and titles[0].startswith("Jake Sullivan: “")
    outlet = soup(built_site / "outlets/wsws.html")
    titles = atom_titles((built_site / "outlets" / outlet.find("link", rel="alternate")["href"]).resolve())
    assert sorted(titles) == ["NATO plans escalation against Russia at Vilnius summit",  # its own articles
                              "NATO ratchets up anti-Russian offensive in Poland and Ukraine",  # and its reprint
                              "Washington summit will announce plans to set up NATO office inside Ukraine"]
