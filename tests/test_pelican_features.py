"""Pelican's own features on the digest: drafts, hidden articles, translations, categories and tags,
static files, pages, {filename} links, URL patterns, relative and absolute URLs, settings, devserver.

Each test builds a small site with `digest build` into tmp_path and reads the pages and JSON back.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import DIGEST, make_project, run_digest, soup

HEAD = "Date: 2023-07-11\nPublisher: Global Research\n"
QUOTE = "“The Vilnius summit will decide our future,” said Anna Berg."
ARTICLES = {
    "report-en.md": f"Title: Vilnius summit report\nSlug: vilnius-report\nLang: en\nCategory: Analysis\n"
                    f"Tags: NATO, summit\n{HEAD}\nAt the NATO summit in Vilnius, leaders met. {QUOTE}\n\n"
                    "A map: ![Map of Vilnius]({static}/images/map.png)\n\n"
                    "See also [the background]({filename}/articles/background.md).\n",
    "report-fr.md": f"Title: Rapport du sommet de Vilnius\nSlug: vilnius-report\nLang: fr\nTranslation: true\n"
                    f"{HEAD}\nAu sommet de l'OTAN à Vilnius, les dirigeants se sont réunis. {QUOTE}\n",
    "report-de.md": f"Title: Bericht vom Gipfel in Vilnius\nSlug: vilnius-report\nLang: de\n{HEAD}\n"
                    f"Beim NATO-Gipfel in Vilnius trafen sich die Staatschefs. {QUOTE}\n",
    "background.md": "Title: Background to the summit\nDate: 2023-07-10\nPublisher: Global Research\n"
                     "Tags: NATO\n\nThe NATO summit in Vilnius opens tomorrow.\n",
    "draft.md": f"Title: Unfinished draft on Vilnius\nStatus: draft\n{HEAD}\n"
                "At the NATO summit in Vilnius, “drafts must stay unseen,” said Dora Draft.\n",
    "hidden.md": f"Title: Hidden note on Vilnius\nStatus: hidden\n{HEAD}\n"
                 "At the NATO summit in Vilnius, “hidden words stay hidden,” said Hilda Hidden.\n",
}
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def build(tmp: Path, articles: dict | None = None, settings: tuple[str, ...] = (), files: dict | None = None,
          expect_ok: bool = True):
    """make_project (without the seed articles) plus settings lines and files under content/, built."""
    project = make_project(tmp / "project", articles, with_seed_content=False)
    with open(project / "pelicanconf.py", "a", encoding="utf-8") as conf:
        conf.write("".join(f"{line}\n" for line in settings))
    for name, data in (files or {}).items():
        path = project / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    if expect_ok:
        assert result.returncode == 0, result.stdout + result.stderr
    return project / "output", result


FEATURES = ("FEED_ALL_ATOM = 'feeds/all.atom.xml'", "TRANSLATION_FEED_ATOM = 'feeds/all-{lang}.atom.xml'",
            "CATEGORY_URL = CATEGORY_SAVE_AS = 'category/{slug}.html'", "TAG_URL = TAG_SAVE_AS = 'tag/{slug}.html'",
            "CATEGORIES_URL = CATEGORIES_SAVE_AS = 'categories.html'", "TAGS_URL = TAGS_SAVE_AS = 'tags.html'",
            "DIRECT_TEMPLATES = DIRECT_TEMPLATES + ['categories', 'tags']")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """Drafts, hidden articles, three languages, categories and tags, an image, a page and feeds."""
    output, _ = build(tmp_path_factory.mktemp("features"), ARTICLES, FEATURES,
                      {"images/map.png": PNG, "pages/contact.md": "Title: Contact\nSlug: contact\n\nWrite to us.\n"})
    return output


def html_pages(output: Path) -> list[Path]:
    return [p for p in output.rglob("*.html") if p.relative_to(output).parts[0] != "pagefind"]


def links_to(output: Path, target: str) -> list[str]:
    """The pages (outside drafts/) that link to the page `target` (a path in the site)."""
    found = []
    for page in html_pages(output):
        if page.relative_to(output).parts[0] == "drafts" or page.relative_to(output).as_posix() == target:
            continue
        base = "/" + page.relative_to(output).as_posix()
        for a in soup(page).find_all("a", href=True):
            if urlsplit(urljoin(base, a["href"])).path.lstrip("/") == target:
                found.append(page.relative_to(output).as_posix())
    return found


def published_text(output: Path) -> str:
    """Everything a reader of lists, feeds and open data gets: JSON, feeds and the sitemap."""
    files = [*output.glob("api/*.json"), *output.rglob("*.xml")]
    return "\n".join(p.read_text("utf-8") for p in files)


def test_a_draft_is_written_to_drafts_and_appears_nowhere_else(site):
    page = soup(site / "drafts/unfinished-draft-on-vilnius.html")
    assert page.h1.get_text() == "Unfinished draft on Vilnius"
    assert "Global Research" in page.select_one(".attribution").get_text()
    assert page.main.get("data-pagefind-body") is None, "a draft is not indexed for search"
    assert links_to(site, "drafts/unfinished-draft-on-vilnius.html") == []
    text = published_text(site)
    assert "unfinished-draft" not in text and "Unfinished draft" not in text and "Dora Draft" not in text
    assert not (site / "people/dora-draft.html").exists()
    assert "drafts must stay unseen" not in (site / "quotes/index.html").read_text("utf-8")


def test_a_hidden_article_is_built_but_listed_nowhere(site):
    page = soup(site / "articles/hidden-note-on-vilnius.html")
    assert page.h1.get_text() == "Hidden note on Vilnius"
    assert page.select_one(".attribution a[href$='outlets/global-research.html']") is not None
    assert page.main.get("data-pagefind-body") is None
    assert links_to(site, "articles/hidden-note-on-vilnius.html") == []
    text = published_text(site)
    assert "hidden-note" not in text and "Hilda Hidden" not in text
    outlet = (site / "outlets/global-research.html").read_text("utf-8")
    assert "Hidden note" not in outlet


def test_translations_are_linked_both_ways_and_counted_once(site):
    original = soup(site / "articles/vilnius-report.html")
    french, german = soup(site / "vilnius-report-fr.html"), soup(site / "vilnius-report-de.html")
    hreflangs = {a["hreflang"]: a["href"] for a in original.select(".attribution a[hreflang]")}
    assert set(hreflangs) == {"fr", "de"}
    assert urljoin("/articles/vilnius-report.html", hreflangs["fr"]) == "/vilnius-report-fr.html"
    for translation, lang in ((french, "fr"), (german, "de")):
        assert translation.html["lang"] == lang
        back = [urljoin(f"/vilnius-report-{lang}.html", a["href"]) for a in translation.select(".attribution a[hreflang]")]
        assert "/articles/vilnius-report.html" in back
        assert "Global Research" in translation.select_one(".attribution").get_text()
    quotes = [q for q in json.loads((site / "api/quotes.json").read_text("utf-8")) if "decide our future" in q["text"]]
    assert [q["article"] for q in quotes] == ["vilnius-report"]
    [person] = [p for p in json.loads((site / "api/people.json").read_text("utf-8")) if p["slug"] == "anna-berg"]
    assert person["occurrence_count"] == 1
    assert len(soup(site / "people/anna-berg.html").select(".quote-block")) == 1
    [event] = [e for e in json.loads((site / "api/events.json").read_text("utf-8"))
               if e["slug"] == "nato-summit-vilnius-2023"]
    assert event["articles"].count("vilnius-report") == 1
    assert sum(p["article"] == "vilnius-report" for p in event["passages"]) == 1


def test_the_sitemap_lists_exactly_the_published_pages(site):
    sitemap = BeautifulSoup((site / "sitemap.xml").read_text("utf-8"), "xml")
    locs = {loc.get_text() for loc in sitemap.find_all("loc")}
    written = {p.relative_to(site).as_posix() for p in html_pages(site)}
    unpublished = {"drafts/unfinished-draft-on-vilnius.html", "articles/hidden-note-on-vilnius.html"}
    assert unpublished <= written
    assert locs == written - unpublished
    assert {"vilnius-report-fr.html", "articles/vilnius-report.html", "contact.html"} <= locs
