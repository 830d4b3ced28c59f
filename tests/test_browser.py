"""Reader journeys, keyboard use, accessibility (axe-core) and screenshots, in Debian's Chromium via Playwright."""

from __future__ import annotations

import pytest
from conftest import ROOT, needs_chromium

pytestmark = needs_chromium
WIDTHS = {"mobile": (390, 844), "desktop": (1280, 900)}
PAGE_TYPES = {
    "home": "index.html",
    "event": "events/zaporizhzhia-plant-mining-allegations-2023.html",
    "article": "articles/nato-plans-escalation-against-russia-at-vilnius-summit.html",
    "person": "people/jake-sullivan.html",
    "outlets": "outlets/index.html",
    "quotes": "quotes/index.html",
    "search": "search.html?q=Grossi",
    "about": "about.html",
}
SHOTS = ROOT / "test-screenshots"


@pytest.fixture(params=list(WIDTHS))
def page(request, browser):
    width, height = WIDTHS[request.param]
    context = browser.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    tab.width_name = request.param
    yield tab
    context.close()


def test_home_event_quote_source_paragraph(page, served_site):
    page.goto(f"{served_site}/index.html")
    page.click("text=Allegations of mines at the Zaporizhzhia nuclear power plant")
    page.wait_for_url("**/events/zaporizhzhia-plant-mining-allegations-2023.html")
    grossi = page.locator(".speaker", has_text="Rafael Mariano Grossi")
    grossi.locator("a", has_text="paragraph").first.click()
    page.wait_for_url("**/articles/*#p-7")
    target = page.locator("#p-7")
    assert target.is_visible() and "visible indications of mines" in target.inner_text()
    assert page.evaluate("document.querySelector(':target').id") == "p-7"
    box = target.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"], "the paragraph is scrolled into view"
    highlight = page.evaluate("getComputedStyle(document.querySelector('#p-7')).backgroundColor")
    assert highlight not in ("rgba(0, 0, 0, 0)", "transparent"), "the paragraph is highlighted"


def test_event_person_another_event(page, served_site):
    page.goto(f"{served_site}/events/nato-summit-vilnius-2023.html")
    page.locator("#people ~ ul a", has_text="Jens Stoltenberg").click()
    page.wait_for_url("**/people/jens-stoltenberg.html")
    page.locator("h2:has-text('Events') + ul a", has_text="NATO summit in Washington").click()
    page.wait_for_url("**/events/nato-summit-washington-2024.html")
    assert page.locator("h1").inner_text() == "NATO summit in Washington"


def test_keyboard_skip_link_and_visible_focus(page, served_site):
    page.goto(f"{served_site}/index.html")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "focus is visible"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(browser, served_site, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context(color_scheme=scheme)
    tab = context.new_page()
    problems = []
    for name, url in PAGE_TYPES.items():
        tab.goto(f"{served_site}/{url}")
        if name == "search":
            tab.wait_for_selector(".pagefind-ui__result-link", timeout=20000)
        result = axe.run(tab)
        problems += [(name, v["id"], v["impact"], v["nodes"][0]["target"]) for v in result.response["violations"]
                     if v["impact"] in ("serious", "critical")]
    context.close()
    assert problems == []


def test_screenshots_of_every_page_type(page, served_site):
    SHOTS.mkdir(exist_ok=True)
    for name, url in PAGE_TYPES.items():
        page.goto(f"{served_site}/{url}")
        if name == "search":
            page.wait_for_selector(".pagefind-ui__result-link", timeout=20000)
        path = SHOTS / f"{name}-{page.width_name}.png"
        page.screenshot(path=str(path), full_page=False)
        assert path.stat().st_size > 5_000
        assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"] + 1, \
            f"{name} scrolls sideways at {page.width_name} width"


def test_no_request_leaves_the_site(browser, served_site):
    context = browser.new_context()
    tab = context.new_page()
    requested = []
    tab.on("request", lambda request: requested.append(request.url))
    for url in PAGE_TYPES.values():
        tab.goto(f"{served_site}/{url}")
    tab.wait_for_timeout(1000)
    context.close()
    assert requested and all(r.startswith(served_site) or r.startswith("data:") for r in requested), \
        [r for r in requested if not r.startswith(served_site)]
