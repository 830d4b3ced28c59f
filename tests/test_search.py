"""Offline search with Pagefind: the index is built with the site, and a real browser finds things."""

from __future__ import annotations

import pytest
from conftest import needs_chromium, soup


def test_index_is_built_with_the_site(built_site):
    assert (built_site / "pagefind/pagefind.js").is_file()
    assert (built_site / "pagefind/pagefind-ui.js").is_file()
    assert list((built_site / "pagefind/filter").glob("*.pf_filter")), "filters: event, outlet, speaker, year"


def test_every_page_has_a_search_box_that_works_without_javascript(built_site):
    for path in list(built_site.glob("*.html")) + list(built_site.glob("*/*.html"))[:40]:
        form = soup(path).select_one("form[role=search]")
        assert form and form["action"].endswith("search.html") and form.select_one("input[name=q]"), path
    search = soup(built_site / "search.html")
    assert "Search needs JavaScript" in search.noscript.get_text()


@needs_chromium
@pytest.mark.parametrize("query,expected", [
    ("Grossi", "events/zaporizhzhia-plant-mining-allegations-2023.html"),
    ("Grossi", "people/rafael-mariano-grossi.html"),
    ("Wiesbaden", "events/nato-summit-washington-2024.html"),
])
def test_search_finds_pages_in_a_browser(browser, served_site, query, expected):
    page = browser.new_page()
    try:
        page.goto(f"{served_site}/search.html?q={query}")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=20000)
        links = [a.get_attribute("href") for a in page.query_selector_all(".pagefind-ui__result-link")]
    finally:
        page.close()
    assert any(link.split("#")[0].endswith(expected) for link in links), links


@needs_chromium
def test_search_box_to_result_to_page(browser, served_site):
    page = browser.new_page()
    try:
        page.goto(f"{served_site}/index.html")
        page.fill("#search-q", "Grossi")
        page.press("#search-q", "Enter")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=20000)
        page.click(".pagefind-ui__result-link >> nth=0")
        page.wait_for_load_state()
        assert "Grossi" in page.content()
    finally:
        page.close()


def _page_count(index_dir):
    import json

    entry = json.loads((index_dir / "pagefind-entry.json").read_text("utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


def test_every_marked_page_is_indexed_and_only_those(built_site):
    marked = sum(1 for p in built_site.rglob("*.html") if "data-pagefind-body" in p.read_text("utf-8")
                 and p.relative_to(built_site).parts[0] != "pagefind")
    assert _page_count(built_site / "pagefind") == marked >= 40
    assert marked < len([p for p in built_site.rglob("*.html") if p.relative_to(built_site).parts[0] != "pagefind"])
