"""The plugin in a stock Pelican site: built as a wheel, installed into a fresh virtual environment.

The site is what `pelican-quickstart` writes (its pelicanconf.py, the default
theme, no THEME, no digest setting), with plain posts that know nothing of
the digest, then a few news articles with quotations and one event file. The
wheel is installed offline (offline_wheels.py): pip resolves its declared
dependencies from distributions packed from this project's .venv, so a
dependency missing from pyproject.toml fails here.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from pelican.plugins.news_digest.core.settings import DEFAULTS
from pelican.plugins.news_digest.reading.source import parse_article_source

from offline_wheels import install_offline, run

ROOT = Path(__file__).resolve().parent.parent

# What pelican-quickstart writes (pelican/tools/templates/pelicanconf.py.jinja2), answers filled in.
QUICKSTART_CONF = '''\
AUTHOR = 'Sam Writer'
SITENAME = 'Harbour Notes'
SITEURL = ""

PATH = "content"

TIMEZONE = 'Europe/London'

DEFAULT_LANG = 'en'

# Feed generation is usually not desired when developing
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Blogroll
LINKS = [
    ("Pelican", "https://getpelican.com/"),
    ("Python.org", "https://www.python.org/"),
    ("Jinja2", "https://palletsprojects.com/p/jinja/"),
    ("You can modify those links in your config file", "#"),
]

# Social widget
SOCIAL = [
    ("You can add links in your config file", "#"),
    ("Another social link", "#"),
]

DEFAULT_PAGINATION = 10

# Uncomment following line if you want document-relative URLs when developing
# RELATIVE_URLS = True
'''

PLAIN_POSTS = {
    "first-post.md": """\
        Title: Hello, harbour
        Date: 2024-04-02 09:30
        Category: Notes
        Tags: hello, pelican

        This is the **first** post of this site, with [a link](https://example.org/) and a list:

        - gulls
        - ferries
        """,
    "tide-tables.md": """\
        Title: Reading tide tables
        Date: 2024-04-20
        Category: Notes
        Tags: tides

        ## High and low water

        A tide table gives the times of *high* and *low* water for each day.
        """,
    "about-me.md": """\
        Title: A week of rain
        Date: 2024-04-28
        Category: Diary

        It rained every day this week; the ferry ran on time all the same.
        """,
}

# Verbatim, as the quotation marks enclose them (the comma before 'said' included).
QUOTE_COURIER = "The harbour bridge will cut the crossing from forty minutes to ten,"
QUOTE_WEEKLY = "We expect twelve thousand crossings a day on the Lindenport bridge by the summer,"
QUOTE_ANGLED = "Signs saying <slow> will stay up on the harbour bridge for a month,"
NEWS = {
    "bridge-opens.md": f"""\
        Title: New harbour bridge opens in Lindenport
        Date: 2024-05-14
        Category: News
        Publisher: The Lindenport Courier

        The new harbour bridge in Lindenport opened to traffic on Tuesday after three years of construction.

        “{QUOTE_COURIER}” said Mara Vellin, the city's transport director.

        Residents gathered on both banks of the harbour for the opening.
        """,
    "bridge-traffic.md": f"""\
        Title: Lindenport bridge draws its first commuters
        Date: 2024-05-15
        Category: News
        Publisher: Harbour Weekly

        Commuters crossed the new harbour bridge in Lindenport for the first time on Wednesday.

        “{QUOTE_WEEKLY}” said Mara Vellin, the city's transport director.
        """,
    "bridge-signs.md": f"""\
        Title: Speed signs on the Lindenport bridge
        Date: 2024-05-16
        Category: News

        The harbour bridge in Lindenport has new speed signs.

        “{QUOTE_ANGLED.replace('<', '&lt;').replace('>', '&gt;')}” said Mara Vellin, the city's transport director.
        """,
}

EVENT = """\
    title: Opening of the Lindenport harbour bridge
    start: 2024-05-14
    end: 2024-05-16
    place: Lindenport
    summary: The harbour bridge in Lindenport opened to traffic.
    aliases: [harbour bridge, Lindenport bridge]
    places: [Lindenport]
    people: [Mara Vellin]
    """


# --- The plugin's wheel in a fresh environment ------------------------------------------------


@pytest.fixture(scope="session")
def stock_venv(tmp_path_factory) -> Path:
    """A fresh virtual environment with the plugin's wheel installed, offline (offline_wheels.py)."""
    base = tmp_path_factory.mktemp("stock-venv")
    source, wheelhouse = base / "source", base / "wheels"
    wheelhouse.mkdir()
    # Build from a copy: a build in the work tree would leave build/ and *.egg-info behind.
    shutil.copytree(ROOT / "plugins", source / "plugins", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", str(wheelhouse), str(source)])
    plugin_wheel = next(wheelhouse.glob("pelican_news_digest-*.whl"))
    templates = ROOT / "plugins" / "pelican" / "plugins" / "news_digest" / "templates"
    with zipfile.ZipFile(plugin_wheel) as archive:
        shipped = {Path(n).name for n in archive.namelist() if n.startswith("pelican/plugins/news_digest/templates/")}
    assert shipped == {p.name for p in templates.iterdir()}, "the wheel does not hold every template"
    return install_offline(plugin_wheel, wheelhouse, base / "venv")


# --- The stock site ------------------------------------------------------------------------------


def make_stock_site(root: Path, plugins_line: bool, more_settings: str = "") -> Path:
    content = root / "content"
    (content / "events").mkdir(parents=True)
    (content / "pages").mkdir()
    conf = QUICKSTART_CONF + ('PLUGINS = ["pelican.plugins.news_digest"]\n' if plugins_line else "") + more_settings
    (root / "pelicanconf.py").write_text(conf, encoding="utf-8")
    for name, text in {**PLAIN_POSTS, **NEWS}.items():
        (content / name).write_text(textwrap.dedent(text), encoding="utf-8")
    (content / "pages" / "about.md").write_text("Title: About\n\nA site about the harbour.\n", encoding="utf-8")
    (content / "events" / "lindenport-bridge-opening-2024.yaml").write_text(textwrap.dedent(EVENT), encoding="utf-8")
    return root


def pelican(venv: Path, site: Path) -> tuple[int, str]:
    result = subprocess.run([str(venv / "bin" / "pelican"), "content", "-s", "pelicanconf.py", "-o", "output"],
                            cwd=site, capture_output=True, text=True, timeout=300,
                            env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "HOME": str(site)})
    return result.returncode, result.stdout + result.stderr


def build(venv: Path, site: Path) -> Path:
    returncode, log = pelican(venv, site)
    assert returncode == 0, log
    # Pelican exits 0 when a plugin fails to register or an article cannot be read: its log tells.
    assert not re.search(r"\b(ERROR|CRITICAL)\b|Cannot register plugin|Traceback", log), log
    return site / "output"


@pytest.fixture(scope="session")
def stock_output(stock_venv, tmp_path_factory) -> Path:
    return build(stock_venv, make_stock_site(tmp_path_factory.mktemp("stock-site"), plugins_line=True))


def page(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def text_of(node) -> str:
    return " ".join(node.get_text(" ").split())


def test_the_installed_plugin_is_the_wheel_not_the_work_tree(stock_venv):
    where = run([str(stock_venv / "bin" / "python"), "-c",
                 "import pelican.plugins.news_digest as d, pelican; print(d.__file__); print(pelican.__file__)"])
    plugin, pelican = where.stdout.split()
    assert plugin.startswith(str(stock_venv)) and pelican.startswith(str(stock_venv)), where.stdout
    assert not plugin.startswith(str(ROOT))


def test_plain_posts_build_as_pelican_makes_them(stock_output):
    first = page(stock_output / "hello-harbour.html")
    assert text_of(first.find("h1", class_="entry-title")) == "Hello, harbour"
    body = first.find("div", class_="entry-content")
    assert body.find("strong").get_text() == "first"
    assert [li.get_text() for li in body.find_all("li")] == ["gulls", "ferries"]
    assert body.find("a", href="https://example.org/") is not None
    assert page(stock_output / "reading-tide-tables.html").find("h2", string="High and low water") is not None
    assert (stock_output / "category" / "notes.html").exists() and (stock_output / "tag" / "tides.html").exists()
    assert page(stock_output / "pages" / "about.html").find("h1", class_="entry-title") is not None
    index = text_of(page(stock_output / "index.html"))
    for title in ("Hello, harbour", "Reading tide tables", "A week of rain", "New harbour bridge opens in Lindenport"):
        assert title in index


def test_event_page_lists_the_articles_and_outlets_that_cover_it(stock_output):
    event = page(stock_output / "events" / "lindenport-bridge-opening-2024.html")
    assert text_of(event.find("h1", class_="entry-title")) == "Opening of the Lindenport harbour bridge"
    assert event.find("link", rel="stylesheet") is not None  # the theme's own head is kept
    coverage = {text_of(section.find("h3")): [a["href"] for a in section.select("h4 a")]
                for section in event.select("section.coverage")}
    assert coverage == {"The Lindenport Courier": ["/new-harbour-bridge-opens-in-lindenport.html"],
                        "Harbour Weekly": ["/lindenport-bridge-draws-its-first-commuters.html"],
                        "unknown": ["/speed-signs-on-the-lindenport-bridge.html"]}
    unknown = next(s for s in event.select("section.coverage") if text_of(s.find("h3")) == "unknown")
    assert unknown.find("h3").find("a") is None and unknown.find("h3").find(class_="unknown") is not None
    said = text_of(event.find("section", class_="speaker"))
    assert "Mara Vellin" in said and QUOTE_COURIER in said and QUOTE_WEEKLY in said
    events = json.loads((stock_output / "api" / "events.json").read_text(encoding="utf-8"))
    assert [e["slug"] for e in events] == ["lindenport-bridge-opening-2024"]
    assert set(events[0]["articles"]) == {"new-harbour-bridge-opens-in-lindenport",
                                          "lindenport-bridge-draws-its-first-commuters",
                                          "speed-signs-on-the-lindenport-bridge"}
    # Articles without Publisher may come from several outlets: the unknown one is not counted as one.
    assert " ".join(event.select_one("ul.counts li").get_text().split()) == "2 outlets (and outlet unknown)"
    teaser = page(stock_output / "events" / "index.html").select_one("article.event-teaser p.byline")
    assert " ".join(teaser.get_text().split()).startswith(
        "2 outlets: Harbour Weekly, The Lindenport Courier (and outlet unknown) · 3 articles")


def test_person_page_and_quotes_json_have_the_quotations(stock_output):
    person = page(stock_output / "people" / "mara-vellin.html")
    assert text_of(person.find("h1", class_="entry-title")) == "Mara Vellin"
    quoted = [text_of(b) for b in person.select("figure.quote-block blockquote")]
    assert quoted == [QUOTE_ANGLED, QUOTE_WEEKLY, QUOTE_COURIER]  # newest first
    quotes = json.loads((stock_output / "api" / "quotes.json").read_text(encoding="utf-8"))
    assert sorted((q["speaker"]["name"], q["text"]) for q in quotes) == sorted(
        ("Mara Vellin", text) for text in (QUOTE_COURIER, QUOTE_WEEKLY, QUOTE_ANGLED))
    people = json.loads((stock_output / "api" / "people.json").read_text(encoding="utf-8"))
    assert [(p["name"], p["quote_count"]) for p in people] == [("Mara Vellin", 3)]


def test_digest_pages_escape_article_text_in_a_theme_that_does_not(stock_output):
    """Pelican's default environment does not autoescape; a quotation's '<slow>' stays text."""
    html = (stock_output / "people" / "mara-vellin.html").read_text(encoding="utf-8")
    assert "&lt;slow&gt;" in html and "<slow>" not in html


def test_outlet_pages_list_their_articles(stock_output):
    courier = page(stock_output / "outlets" / "the-lindenport-courier.html")
    assert text_of(courier.find("h1", class_="entry-title")) == "The Lindenport Courier"
    assert [a["href"] for a in courier.select("h3.teaser-title a")] == ["/new-harbour-bridge-opens-in-lindenport.html"]
    listed = [text_of(a) for a in page(stock_output / "outlets" / "index.html").select("ul.outlet-list > li > a")]
    assert listed == ["Harbour Weekly", "The Lindenport Courier"]  # the unknown outlet is no outlet
    person = page(stock_output / "people" / "mara-vellin.html")
    cites = {text_of(f.find("cite").find("a")): f.find("cite") for f in person.select("figure.quote-block")}
    unknown = cites["Speed signs on the Lindenport bridge"]
    assert unknown.find(class_="unknown").get_text() == "unknown"
    assert [a["href"] for a in unknown.find_all("a")] == ["/speed-signs-on-the-lindenport-bridge.html"]


def test_the_unknown_outlet_has_no_page_and_no_feed(stock_output):
    assert sorted(p.name for p in (stock_output / "outlets").iterdir()) == [
        "harbour-weekly.html", "index.html", "the-lindenport-courier.html"]
    assert not (stock_output / "feeds" / "outlets" / ".atom.xml").exists()


def test_plugins_unset_finds_the_installed_plugin(stock_venv, tmp_path):
    output = build(stock_venv, make_stock_site(tmp_path, plugins_line=False))
    assert (output / "events" / "lindenport-bridge-opening-2024.html").exists()
    assert (output / "people" / "mara-vellin.html").exists()


def test_strict_mode_refuses_articles_without_publisher(stock_venv, tmp_path):
    site = make_stock_site(tmp_path, plugins_line=True, more_settings="DIGEST_STRICT = True\n")
    returncode, log = pelican(stock_venv, site)
    assert returncode == 0, log  # Pelican skips an article it cannot read and says so; `digest build` fails
    refused = set(re.findall(r"content/([\w-]+\.md):1: error: no publisher given", log))
    assert refused == {"first-post.md", "tide-tables.md", "about-me.md", "bridge-signs.md"}, log
    output = site / "output"
    assert not (output / "hello-harbour.html").exists()
    assert (output / "new-harbour-bridge-opens-in-lindenport.html").exists()
    assert (output / "pages" / "about.html").exists()  # a page needs only a title, also under ARTICLE_PATHS ['']


def test_a_wrong_digest_strict_stops_the_build_naming_it(stock_venv, tmp_path):
    site = make_stock_site(tmp_path, plugins_line=True, more_settings='DIGEST_STRICT = "yes"\n')
    returncode, log = pelican(stock_venv, site)
    assert returncode != 0
    assert "DIGEST_STRICT must be True or False, not 'yes'" in " ".join(log.split())
    assert not (site / "output" / "events").exists()


def test_a_theme_template_replaces_the_package_one(stock_venv, tmp_path):
    site = make_stock_site(tmp_path, plugins_line=True, more_settings='THEME_TEMPLATES_OVERRIDES = ["mine"]\n')
    (site / "mine").mkdir()
    (site / "mine" / "event.html").write_text(
        '{% extends "!digest/event.html" %}{% block title %}Mine: {{ event.title }}{% endblock %}', encoding="utf-8")
    (site / "mine" / "person.html").write_text('{% extends "base.html" %}{% block content %}'
                                               '<p id="mine">{{ person.name }}</p>{% endblock %}', encoding="utf-8")
    output = build(stock_venv, site)
    event = page(output / "events" / "lindenport-bridge-opening-2024.html")
    assert event.title.get_text() == "Mine: Opening of the Lindenport harbour bridge"
    assert event.select("section.coverage")  # the rest is the package's template
    person = page(output / "people" / "mara-vellin.html")
    assert person.find(id="mine").get_text() == "Mara Vellin" and not person.select("figure.quote-block")


# --- Strict and stock reading, on any header --------------------------------------------------

KEY = st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,15}", fullmatch=True)
VALUE = st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp"]), max_size=30)
CHECKED = {"date", "lang", "source_url"}  # their values are checked in both modes


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(KEY, VALUE, min_size=1, max_size=6), st.sampled_from(["", "Some text.\n"]))
def test_outside_strict_mode_any_header_key_and_an_empty_body_are_accepted(header, body):
    header = {k: v for k, v in header.items() if k.lower() not in CHECKED}
    raw = "".join(f"{key}: {value}\n" for key, value in header.items()) + "\n" + body
    source, problems = parse_article_source(raw.encode("utf-8"), "post.md", required=(), strict=False)
    assert source is not None and problems == []
    _, strict = parse_article_source(raw.encode("utf-8"), "post.md", required=(), strict=True)
    unknown = {k.lower() for k in header} - set(DEFAULTS["DIGEST_KNOWN_KEYS"])
    warned = {m.group(1).lower() for p in strict for m in [re.match(r"unknown header key '(.+)'$", p.message)] if m}
    assert warned == unknown
    assert any("no text after the header" in p.message for p in strict) == (not body)
