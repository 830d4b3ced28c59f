"""The built site, read as a reader would: attribution, anchors, navigation, offline."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import ROOT, soup

ARTICLES = {
    "nato-plans-escalation-against-russia-at-vilnius-summit": {
        "Outlet": "World Socialist Web Site", "Author": "Andre Damon", "Date": "5 July 2023",
        "Source URL": "unknown", "Imported from": "seeds/000_5f8f8d48b9841d88.txt"},
    "washington-summit-will-announce-plans-to-set-up-nato-office-inside-ukraine": {
        "Outlet": "World Socialist Web Site", "Author": "Andre Damon", "Date": "9 July 2024"},
    "zelensky-wants-west-to-escalate-war-with-russia": {
        "Outlet": "Global Research", "First published by": "InfoBrics (this is a reprint)",
        "Author": "Lucas Leiroz de Almeida", "Date": "7 August 2024"},
    "nato-ratchets-up-anti-russian-offensive-in-poland-and-ukraine": {
        "Outlet": "Afghanistan Azad", "First published by": "World Socialist Web Site (this is a reprint)",
        "Author": "Thomas Scripps", "Date": "13 November 2021"},
    "weekly-digest-3-9-july-2023-vilnius-summit-preparations-cluster-munitions-zaporizhzhia-plant": {
        "Outlet": "OPORA", "Author": "unknown", "Source URL": "unknown"},
}


def attribution(page) -> dict[str, str]:
    block = page.select_one("dl.attribution")
    return {div.dt.get_text(strip=True).rstrip("s") if div.dt.get_text(strip=True) == "Authors" else
            div.dt.get_text(strip=True): " ".join(div.dd.get_text(" ", strip=True).split())
            for div in block.find_all("div")}


@pytest.mark.parametrize("slug", ARTICLES)
def test_article_attribution(built_site, slug):
    page = soup(built_site / "articles" / f"{slug}.html")
    shown = attribution(page)
    for key, value in ARTICLES[slug].items():
        assert shown[key] == value, key
    if "First published by" not in ARTICLES[slug]:
        assert "First published by" not in shown
    outlet_link = page.select_one("dl.attribution dd a")
    assert outlet_link["href"].startswith("../outlets/")
    assert (built_site / "articles" / outlet_link["href"]).resolve().is_file()


def test_date_without_source_is_marked(built_site):
    page = soup(built_site / "articles" / ("weekly-digest-3-9-july-2023-vilnius-summit-preparations-"
                                           "cluster-munitions-zaporizhzhia-plant.html"))
    assert "does not state when it was published" in attribution(page)["Date"]


@pytest.mark.parametrize("slug", ARTICLES)
def test_every_paragraph_has_a_stable_anchor(built_site, slug):
    body = soup(built_site / "articles" / f"{slug}.html").select_one(".article-body")
    blocks = body.find_all(["p", "li", "figcaption"])
    assert blocks
    ids = [b.get("id") for b in blocks]
    assert ids == [f"p-{n}" for n in range(1, len(blocks) + 1)]
    for heading in body.find_all(["h2", "h3"]):
        assert re.fullmatch(r"h-\d+", heading["id"])


def test_article_structure_on_the_page(built_site):
    opora = soup(built_site / "articles" / ("weekly-digest-3-9-july-2023-vilnius-summit-preparations-"
                                            "cluster-munitions-zaporizhzhia-plant.html")).select_one(".article-body")
    assert [h.get_text() for h in opora.find_all("h2")][1] == "Cluster Munitions for Ukraine and Russian Hysteria"
    assert len(opora.select("ul > li")) == 5
    wsws = soup(built_site / "articles/nato-plans-escalation-against-russia-at-vilnius-summit.html")
    quotes = wsws.select(".article-body blockquote p")
    assert [q.get_text()[:14] for q in quotes] == ["In 1898, the e", "The bigger the", "In Vilnius, NA"]
    azad = soup(built_site / "articles/nato-ratchets-up-anti-russian-offensive-in-poland-and-ukraine.html")
    caption = azad.select_one(".article-body figure.caption figcaption")
    caption.select_one(".passage-events").decompose()  # the link to the caption's event
    assert caption.get_text().rstrip().endswith("(Ukrainian Police Press Office via AP)")
    assert wsws.select_one(".kicker").get_text() == "Amid threats of nuclear provocation"


def test_home_lists_articles_newest_first(built_site):
    home = soup(built_site / "index.html")
    teasers = home.select(".teaser")
    assert len(teasers) == 5
    dates = [t.select_one("time")["datetime"] for t in teasers]
    assert dates == sorted(dates, reverse=True)
    first = teasers[0]
    assert first.select_one(".teaser-title").get_text(strip=True) == "Zelensky Wants West to Escalate War with Russia"
    assert "Global Research" in first.select_one(".byline").get_text()
    assert home.select_one("nav a[href$='outlets/index.html']")
    assert home.select_one("nav a[href$='about.html']")


def test_previous_and_next_article(built_site):
    order = ["nato-ratchets-up-anti-russian-offensive-in-poland-and-ukraine",
             "nato-plans-escalation-against-russia-at-vilnius-summit",
             "weekly-digest-3-9-july-2023-vilnius-summit-preparations-cluster-munitions-zaporizhzhia-plant",
             "washington-summit-will-announce-plans-to-set-up-nato-office-inside-ukraine",
             "zelensky-wants-west-to-escalate-war-with-russia"]
    for older, newer in zip(order, order[1:]):
        older_page = soup(built_site / "articles" / f"{older}.html")
        newer_page = soup(built_site / "articles" / f"{newer}.html")
        assert older_page.select_one(".neighbours a[rel=next]")["href"] == f"../articles/{newer}.html"
        assert newer_page.select_one(".neighbours a[rel=prev]")["href"] == f"../articles/{older}.html"
    assert not soup(built_site / "articles" / f"{order[0]}.html").select_one(".neighbours a[rel=prev]")
    assert not soup(built_site / "articles" / f"{order[-1]}.html").select_one(".neighbours a[rel=next]")


def test_outlet_pages(built_site):
    index = soup(built_site / "outlets/index.html")
    names = [a.get_text() for a in index.select(".outlet-list li > a")]
    assert names == ["Afghanistan Azad", "Global Research", "InfoBrics", "OPORA", "World Socialist Web Site"]
    wsws = soup(built_site / "outlets/wsws.html")
    assert wsws.h1.get_text() == "World Socialist Web Site"
    assert "International Committee of the Fourth International" in wsws.select_one("dl.attribution").get_text()
    headings = wsws.select("section.outlet > h2")
    assert headings[0].get_text() == "Events (4)"
    sections = headings[1:]
    assert sections[0].get_text() == "Articles published by World Socialist Web Site (2)"
    assert sections[1].get_text().startswith("First published by World Socialist Web Site, reprinted elsewhere (1)")
    infobrics = soup(built_site / "outlets/infobrics.html")
    assert "Articles published by InfoBrics (0)" in infobrics.get_text()
    assert "Zelensky Wants West" in infobrics.get_text()


def test_about_page_says_claims_are_the_outlets_own(built_site):
    about = soup(built_site / "about.html")
    assert about.h1.get_text() == "About this site"
    assert "claims" in about.get_text() and "outlet" in about.get_text()


def all_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_broken_internal_links_and_nothing_remote(built_site):
    pages = all_pages(built_site)
    assert len(pages) >= 14
    for path in pages:
        page = soup(path)
        assert page.html.get("lang") and page.title and page.title.get_text().strip(), path
        assert len(page.find_all("h1")) == 1, path
        assert page.find("meta", attrs={"name": "description"})["content"].strip(), path
        for tag, attr in (("link", "href"), ("script", "src"), ("img", "src"), ("iframe", "src")):
            for element in page.find_all(tag):
                if element.get(attr):
                    assert not urlsplit(element[attr]).netloc, f"{path}: remote {tag} {element[attr]}"
        for link in page.find_all("a", href=True):
            parts = urlsplit(link["href"])
            if parts.scheme or parts.netloc:
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            assert target.is_file(), f"{path.relative_to(built_site)} links to missing {link['href']}"
            if parts.fragment:
                assert soup(target).find(id=parts.fragment), f"{path}: missing anchor {link['href']}"


def test_every_page_is_reachable_from_home(built_site):
    seen, queue = set(), [built_site / "index.html"]
    while queue:
        path = queue.pop().resolve()
        if path in seen:
            continue
        seen.add(path)
        for link in soup(path).find_all("a", href=True):
            parts = urlsplit(link["href"])
            if not parts.scheme and not parts.netloc and parts.path.endswith(".html"):
                queue.append(path.parent / unquote(parts.path))
    assert {p.resolve() for p in all_pages(built_site)} <= seen


def test_theme_is_offline_and_has_dark_mode():
    css = (ROOT / "theme/static/css/digest.css").read_text(encoding="utf-8")
    assert "prefers-color-scheme: dark" in css
    assert not re.search(r"@import|url\(\s*['\"]?https?:", css)
