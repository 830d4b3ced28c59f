"""Offline search with Pagefind: the index is built with the site in bundles a rebuild can keep, and a
real browser finds things in all of them."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from conftest import make_project, needs_chromium, run_digest, serving, soup
from pelican.plugins.news_digest.cli.searching import MAIN, SearchPage, plan_bundles
from hypothesis import given
from hypothesis import strategies as st


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


# Pagefind shows "N results" first and fills in each result (up to five) as its page's data arrives.
_RESULTS_SHOWN = """() => {
  const message = document.querySelector(".pagefind-ui__message");
  const shown = document.querySelectorAll(".pagefind-ui__result-title > .pagefind-ui__result-link").length;
  return message && /^\\d+ results? for/.test(message.textContent) && shown >= Math.min(parseInt(message.textContent), 5);
}"""


def result_links(page):
    """Every result link (pages and their sections) once the search has shown its results."""
    page.wait_for_function(_RESULTS_SHOWN, timeout=20000)
    return [a.get_attribute("href") for a in page.query_selector_all(".pagefind-ui__result-link")]


def project_with(tmp, *settings_lines):
    """The project (make_project) with these lines added to its pelicanconf.py."""
    project = make_project(tmp)
    with open(project / "pelicanconf.py", "a", encoding="utf-8") as settings:
        settings.write("".join(f"{line}\n" for line in settings_lines))
    return project


@pytest.fixture(scope="module")
def bundled_site(tmp_path_factory):
    """The project's site with small search bundles (a bundle per day that has articles)."""
    project = project_with(tmp_path_factory.mktemp("bundled"), "DIGEST_SEARCH_BUNDLE_PAGES = 1")
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "output"


@needs_chromium
@pytest.mark.parametrize("bundled", [False, True], ids=["one-bundle", "bundles"])
@pytest.mark.parametrize("query,expected", [
    ("Grossi", "events/zaporizhzhia-plant-mining-allegations-2023.html"),
    ("Grossi", "people/rafael-mariano-grossi.html"),
    ("Wiesbaden", "events/nato-summit-washington-2024.html"),
    ("Bayraktar", "articles/nato-ratchets-up-anti-russian-offensive-in-poland-and-ukraine.html"),  # bundle 2021
])
def test_search_finds_pages_in_a_browser(browser, request, bundled, query, expected):
    site = request.getfixturevalue("bundled_site") if bundled else request.getfixturevalue("built_site")
    with serving(site) as url:
        page = browser.new_page()
        try:
            page.goto(f"{url}/search.html?q={query}")
            links = result_links(page)
        finally:
            page.close()
    assert any(link.split("#")[0] == f"/{expected}" for link in links), links
    assert all(link.startswith("/") and "/./" not in link for link in links), links  # one form, from the root


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
    entry = json.loads((index_dir / "pagefind-entry.json").read_text("utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


def bundle_dirs(site):
    """The main bundle and those the search page merges with it."""
    listed = json.loads((site / "pagefind/bundles.json").read_text("utf-8"))["merge"]
    return [site / "pagefind"] + [site / path for path in listed]


def indexed(site):
    """What the search finds, bundle by bundle: {bundle folder: {url: indexed text}}."""
    found = {}
    for directory in bundle_dirs(site):
        pages = {}
        for fragment in (directory / "fragment").glob("*.pf_fragment"):
            record = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))
            url = record["url"]
            pages[url + "index.html" if url.endswith("/") else url] = record["content"]  # Pagefind drops index.html
        found[directory.relative_to(site).as_posix()] = pages
    return found


@pytest.mark.parametrize("bundled", [False, True], ids=["one-bundle", "bundles"])
def test_every_marked_page_is_indexed_once_and_only_those(request, bundled):
    site = request.getfixturevalue("bundled_site") if bundled else request.getfixturevalue("built_site")
    marked = {"/" + p.relative_to(site).as_posix() for p in site.rglob("*.html")
              if "data-pagefind-body" in p.read_text("utf-8") and p.relative_to(site).parts[0] != "pagefind"}
    bundles = indexed(site)
    urls = [url for pages in bundles.values() for url in pages]
    assert sorted(urls) == sorted(marked) and len(marked) >= 40
    assert sum(_page_count(d) for d in bundle_dirs(site)) == len(marked)
    assert len(marked) < len([p for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "pagefind"])
    assert len(bundles) == (14 if bundled else 1)  # the seed site is smaller than DIGEST_SEARCH_BUNDLE_PAGES
    # bundled: articles and events (by their start) in the bundles of their dates, people and quotations in the main one
    assert not bundled or not [url for url in bundles["pagefind"] if url.startswith(("/articles/", "/events/"))]
    for name, pages in bundles.items():
        for url in pages:
            date = soup(site / url.lstrip("/")).main.get("data-search-date")
            assert not bundled or (name == "pagefind") == (date is None), url
            assert date is None or name == "pagefind" or _in_span(date, name.removeprefix("pagefind/by-date/")), url


def _in_span(date, name):
    if "--" in name:
        first, last = name.split("--")
        return first[:7] == last[:7] == date[:7] and first <= date <= last
    if "-q" in name:
        return date[:4] == name[:4] and (int(date[5:7]) - 1) // 3 + 1 == int(name[-1])
    return date.startswith(name)


@given(st.lists(st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()).filter(lambda d: len(d) == 10)),
                max_size=200),
       st.integers(min_value=1, max_value=40))
def test_bundles_split_dated_pages_by_the_largest_span_that_fits(dates, limit):
    pages = [SearchPage(f"p{n}.html", date) for n, date in enumerate(dates)]
    bundles = plan_bundles(pages, limit)
    date_of = {page.path: page.date for page in pages}
    assert sorted(path for paths in bundles.values() for path in paths) == sorted(date_of)  # each page once
    if len(pages) <= limit:  # the whole site fits: one bundle
        assert list(bundles) == ([MAIN] if pages else [])
        return
    assert not pages or bundles[MAIN], "the search page always has a main bundle"
    assert {p for p, d in date_of.items() if d is None} <= set(bundles.get(MAIN, []))
    for name, paths in bundles.items():
        days = {date_of[path] for path in paths}
        assert len(paths) <= limit or len(days) == 1, (name, len(paths))  # only a single day may be larger
        if name != MAIN:
            assert all(_in_span(day, name) for day in days), name
            assert re.fullmatch(r"\d{4}(-q[1-4]|-\d\d|-\d\d-\d\d--\d{4}-\d\d-\d\d)?", name), name
            span = name.split("--")[0][:7] if "--" in name else name  # a run of days: its month was too large
            count = sum(1 for day in date_of.values() if day is not None and _in_span(day, span))
            larger = None if len(span) == 4 else span[:4] if "-q" in span else f"{span[:4]}-q{(int(span[5:7]) - 1) // 3 + 1}"
            assert ("--" in name) == (count > limit), name  # the span itself fits, unless split into days ...
            assert larger is None or sum(1 for day in date_of.values() if day is not None and _in_span(day, larger)) > limit
    assert plan_bundles(list(reversed(pages)), limit) == bundles


def test_a_rebuild_indexes_only_the_bundles_whose_pages_changed(tmp_path):
    import shutil

    project = project_with(tmp_path / "warm", "DIGEST_SEARCH_BUNDLE_PAGES = 1")  # no two articles share a day
    output = project / "output"

    def build(where=project):
        result = run_digest("build", "-s", str(where / "pelicanconf.py"), "-o", str(where / "output"), cwd=where)
        assert result.returncode == 0, result.stderr

    def entries():
        return {d.relative_to(output).as_posix(): (d / "pagefind-entry.json").stat().st_ino
                for d in bundle_dirs(output)}

    build()
    first = entries()
    assert set(first) == {"pagefind"} | {f"pagefind/by-date/{name}" for name in (  # articles and events by date
        "2021-10", "2021-11-08--2021-11-08", "2021-11-13--2021-11-13", "2023-q2", "2023-07-03--2023-07-03",
        "2023-07-04--2023-07-04", "2023-07-05--2023-07-05", "2023-07-07--2023-07-07", "2023-07-10--2023-07-10",
        "2023-07-11--2023-07-11", "2024-07-08--2024-07-08", "2024-07-09--2024-07-09", "2024-08")}
    build()
    assert entries() == first, "nothing changed: every bundle is the published one"

    article = project / "content/articles/003_e04fdfccf2502d8b.md"  # 2021-11-13
    article.write_text(article.read_text("utf-8").replace("boots on the ground", "boots (zebrafinch) on the ground"),
                       encoding="utf-8")
    (project / "content/articles/newest.md").write_text(  # August 2024 now has two: a bundle per day
        "Title: A later report\nDate: 2024-08-20\nPublisher: OPORA\n\nA later paragraph on quokkas.\n",
        encoding="utf-8")
    build()
    second = entries()
    assert set(second) - set(first) == {"pagefind/by-date/2024-08-07--2024-08-07", "pagefind/by-date/2024-08-20--2024-08-20"}
    assert set(first) - set(second) == {"pagefind/by-date/2024-08"}
    kept = {name for name in second if first.get(name) == second[name]}
    assert {"pagefind/by-date/2023-07-05--2023-07-05", "pagefind/by-date/2023-07-10--2023-07-10",
            "pagefind/by-date/2024-07-08--2024-07-08"} <= kept <= set(first) - {"pagefind/by-date/2021-11-13--2021-11-13"}

    damaged = output / "pagefind/by-date/2023-07-05--2023-07-05"
    fragments = sorted(p.name for p in damaged.glob("fragment/*"))
    next(damaged.glob("fragment/*")).unlink()  # a published bundle that lost a file is indexed again
    build()  # (an index is now the same bytes each run, so its files are linked to the published ones)
    assert sorted(p.name for p in damaged.glob("fragment/*")) == fragments

    cold = tmp_path / "cold"
    shutil.copytree(project, cold, symlinks=True, ignore=shutil.ignore_patterns(".cache", "output"))
    build(cold)
    assert indexed(output) == indexed(cold / "output"), "the kept bundles find what a build from nothing finds"
    assert any("zebrafinch" in text for text in indexed(output)["pagefind/by-date/2021-11-13--2021-11-13"].values())
    assert any("quokkas" in text for text in indexed(output)["pagefind/by-date/2024-08-20--2024-08-20"].values())


def test_progress_then_a_failed_search_run_fails_the_build_and_leaves_the_published_site(tmp_path, monkeypatch):
    from pelican.plugins.news_digest.cli import searching
    from pelican.plugins.news_digest.cli.building import build_site

    project = project_with(tmp_path, "DIGEST_SEARCH_BUNDLE_PAGES = 1", "DIGEST_WORKERS = 1")
    output = project / "output"
    heard = []
    build_site(project / "pelicanconf.py", output, progress=lambda done, total: heard.append((done, total)))
    assert heard == [(n, 14) for n in range(1, 15)], "each bundle indexed is told, for the progress line"
    published = {p.relative_to(output): p.stat().st_ino for p in output.rglob("*")}
    runs = []

    def failing(site, target):
        runs.append(target)
        raise RuntimeError("search indexing failed: disk full")

    monkeypatch.setattr(searching, "_run_pagefind", failing)
    (project / "content/articles/newest.md").write_text(
        "Title: A later report\nDate: 2024-08-20\nPublisher: OPORA\n\nA later paragraph.\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk full"):
        build_site(project / "pelicanconf.py", output)
    assert len(runs) == 1, "the bundles after the failed one are not indexed"
    assert {p.relative_to(output): p.stat().st_ino for p in output.rglob("*")} == published
    assert not list(project.glob(".output.build-*"))
