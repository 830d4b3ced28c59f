"""The digest's stages as pure functions on plain data, and the pipeline that runs them: no build needed.

Each stage receives plain values (records of the read articles, the
editor's files) and returns its own results; `build_digest` runs them in
order and returns a frozen Digest; only `dress_articles` writes on
Pelican's articles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from pelican.plugins.news_digest.core import DEFAULTS, Severity, hooks
from pelican.plugins.news_digest.core.digest import Digest, digest_of
from pelican.plugins.news_digest.core.files import EditorFiles, editor_files
from pelican.plugins.news_digest.core.headers import listed_events
from pelican.plugins.news_digest.core.pipeline import build_digest, dress_articles, fix_urls
from pelican.plugins.news_digest.core.problems import ContentError
from pelican.plugins.news_digest.events import mark_up_events
from pelican.plugins.news_digest.events.model import parse_event
from pelican.plugins.news_digest.outlets import assign_article_outlets
from pelican.plugins.news_digest.outlets.outlets import Outlet
from pelican.plugins.news_digest.passages import passages_of
from pelican.plugins.news_digest.quotes import extract_article_quotes, mark_up_quotes
from pelican.plugins.news_digest.quotes.people import PeopleDirectory, Person

SETTINGS = {**DEFAULT_CONFIG, **DEFAULTS, "PATH": "/site/content", "ARTICLE_URL": "articles/{slug}.html",
            "ARTICLE_SAVE_AS": "articles/{slug}.html", "DIGEST_WORKERS": 1}
HTML = ('<p id="p-1">The summit opened in Vilnius on 11 July 2023.</p>\n'
        '<p id="p-2">“We will open the border on Monday,” said Anna Berg, the minister.</p>\n'
        '<p id="p-3">Nothing else happened.</p>')


def article(slug="border", html=HTML, publisher="Daily Example", date=dt.datetime(2023, 7, 11), **meta):
    return Article(html, {"title": slug.title(), "slug": slug, "date": date, "publisher": publisher, **meta},
                   settings=SETTINGS, source_path=f"/site/content/articles/{slug}.md")


def files(events=(), outlets=(Outlet("daily", "Daily Example"),), people=(Person("anna-berg", "Anna Berg"),)):
    return EditorFiles(tuple(outlets), tuple(people), tuple(events), (), "content/outlets.yaml",
                       "content/people.yaml")


SUMMIT = parse_event({"title": "Vilnius summit", "start": "2023-07-11", "end": "2023-07-12",
                      "summary": "A summit.", "aliases": ["summit"], "places": ["Vilnius"]},
                     "vilnius-summit", "content/events/vilnius-summit.yaml")[0]


# --- passages ----------------------------------------------------------------------

def test_passages_are_the_anchored_paragraphs_as_text():
    passages = passages_of('<p id="p-1">A <em>b</em> &amp; c</p><blockquote><p id="p-2">Quoted.</p></blockquote>')
    assert [(p.id, p.text, p.block) for p in passages] == [("p-1", "A b & c", False), ("p-2", "Quoted.", True)]
    assert isinstance(passages, tuple)


# --- outlets -----------------------------------------------------------------------

def test_outlets_are_assigned_in_the_order_given_and_a_new_outlet_is_named_by_its_newest_article():
    def record(file, publisher, day, original=None):
        return SimpleNamespace(file=file, publisher=publisher, original_publisher=original,
                               date=dt.datetime(2023, 7, day))
    records = [record("old.md", "Unlisted Times", 1), record("new.md", "Unlisted Times", 9),
               record("listed.md", "daily example", 5, original="Unlisted Times")]
    result = assign_article_outlets(records, [], [Outlet("daily", "Daily Example")])
    assert [(o.slug, r.slug if r else None) for o, r in result.pairs] == [
        ("unlisted-times", None), ("unlisted-times", None), ("daily", "unlisted-times")]
    [warning] = result.problems
    assert warning.file == "new.md" and "Unlisted Times" in warning.message


# --- quotes ------------------------------------------------------------------------

def test_quotes_stage_returns_each_articles_quotations_and_the_hook_may_replace_them():
    record = SimpleNamespace(slug="x", file="content/articles/x.md", passages=passages_of(HTML))
    directory = PeopleDirectory([Person("anna-berg", "Anna Berg")])
    [quotes], problems = extract_article_quotes([record], directory, SETTINGS)
    assert problems == [] and [(q.text, q.speaker.name) for q in quotes] == [
        ("We will open the border on Monday,", "Anna Berg")]

    def tamper(sender, quotes):
        assert sender is record  # receivers get the plain record, not a Pelican article
        return [dataclasses.replace(q, text=q.text.replace("open", "close")) for q in quotes]

    hooks.quotes_extracted.connect(tamper)
    try:
        [altered], problems = extract_article_quotes([record], directory, SETTINGS)
    finally:
        hooks.quotes_extracted.disconnect(tamper)
    assert altered[0].text.startswith("We will close") and problems[0].severity is Severity.ERROR
    assert problems[0].file == "content/articles/x.md" and "not in the paragraph verbatim" in problems[0].message


def test_marking_up_leaves_the_text_and_adds_spans_and_event_links():
    passages = passages_of(HTML)
    view = SimpleNamespace(passage="p-2", start=1, end=35, anchor="q-2-1", speaker_name='Anna "B" Berg')
    marked = mark_up_quotes(HTML, passages, [view])
    assert '<span class="quote" data-quote="q-2-1" data-speaker="Anna &quot;B&quot; Berg"' in marked
    assert [p.text for p in passages_of(marked)] == [p.text for p in passages]
    page = SimpleNamespace(url="events/vilnius.html", title="Vilnius <summit>")
    linked = mark_up_events(HTML, {"p-1": [page]}, "articles/border.html")
    assert '<a class="event-tag" href="../events/vilnius.html">Vilnius &lt;summit&gt;</a></span></p>' in linked
    assert mark_up_events(HTML, {}, "articles/border.html") == HTML


# --- the pipeline ------------------------------------------------------------------

def test_build_digest_is_a_function_of_its_inputs_and_writes_nothing_on_the_articles():
    articles = [article(), article("later", date=dt.datetime(2023, 7, 12),
                                   html='<p id="p-1">Leaders met in Vilnius at the summit.</p>')]
    digest = build_digest(articles, SETTINGS, files([SUMMIT]))
    assert isinstance(digest, Digest) and digest.errors == []
    assert [p.slug for p in digest.outlets] == ["daily"] and [p.name for p in digest.people] == ["Anna Berg"]
    assert [e.slug for e in digest.events] == ["vilnius-summit"]
    assert {(e.article.slug, e.passage.id) for e in digest.events[0].excerpts} >= {("border", "p-1"), ("later", "p-1")}
    assert [r.slug for r in digest.records] == ["border", "later"] and digest.records[0].html == HTML
    for each in articles:  # read, never written
        assert not hasattr(each, "outlet") and not hasattr(each, "quotes") and each._content != ""
    assert articles[0]._content == HTML
    with pytest.raises(dataclasses.FrozenInstanceError):
        digest.quotes = ()
    again = build_digest(articles, SETTINGS, files([SUMMIT]))
    assert [q.as_json() for q in again.quotes] == [q.as_json() for q in digest.quotes]
    assert [e.as_json() for e in again.events] == [e.as_json() for e in digest.events]


def test_dressing_sets_what_templates_read_in_one_place():
    articles, hidden = [article()], [article("hidden-one", status="hidden")]
    digest = build_digest(articles, SETTINGS, files([SUMMIT]), unlisted=hidden)
    dress_articles(articles, hidden, digest)
    [dressed] = articles
    assert dressed.outlet.slug == "daily" and dressed.original_outlet is None
    assert [q.speaker_name for q in dressed.quotes] == ["Anna Berg"]
    assert [e.slug for e in dressed.event_pages] == ["vilnius-summit"]
    assert 'data-speaker="Anna Berg"' in dressed._content and 'class="event-tag"' in dressed._content
    assert hidden[0].outlet.slug == "daily" and not hasattr(hidden[0], "quotes")  # counted nowhere
    assert hidden[0]._content == HTML
    assert digest.outlets[0].articles == articles  # the outlet page lists published articles only


def test_urls_are_fixed_once_as_pelican_computes_them_and_a_url_header_is_kept():
    plain, own = article("plain-one"), article("own-url", url="elsewhere/own.html")
    french = article("plain-one", lang="fr")
    expected = [a.url for a in (plain, own, french)]
    assert expected == ["articles/plain-one.html", "elsewhere/own.html", "plain-one-fr.html"]
    fix_urls([plain, own, french])
    plain.metadata["slug"] = plain.slug = "changed"  # formatted anew, the URL would change now
    assert [a.url for a in (plain, own, french)] == expected
    assert plain.save_as == "articles/changed.html"  # save_as stays Pelican's (it decides overwriting)


def test_problems_are_returned_by_stage_and_raised_only_when_the_digest_is_read():
    listing = article(events="no-such-event")
    digest = build_digest([listing], SETTINGS, files([SUMMIT]))
    [unknown] = digest.problems_of("events")[:1]
    assert unknown.severity is Severity.ERROR and "no-such-event" in unknown.message
    assert digest.problems_of("quotes") == [] and digest.errors == [unknown]
    with pytest.raises(ContentError) as raised:
        digest_of({"digest": digest})
    assert raised.value.problems == [unknown]
    with pytest.raises(RuntimeError, match="plugin enabled"):
        digest_of({})


def test_people_and_events_files_are_read_once_until_they_change(tmp_path):
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "people.yaml").write_text("- name: Anna Berg\n", encoding="utf-8")
    (content / "events/summit.yaml").write_text("title: A summit\nstart: 2023-07-11\nsummary: S.\n", encoding="utf-8")
    settings = {**DEFAULTS, "PATH": str(content)}
    first = editor_files(settings)
    assert editor_files(settings) is first
    assert [p.name for p in first.people] == ["Anna Berg"] and [e.slug for e in first.events] == ["summit"]
    assert first.people_file == "content/people.yaml" and first.problems == ()
    (content / "people.yaml").write_text("- name: Anna Berg\n- name: [unclosed\n", encoding="utf-8")
    changed = editor_files(settings)
    assert changed is not first and any(p.file == "content/people.yaml" for p in changed.problems)


# --- the Events: header ------------------------------------------------------------

def test_events_header_absent_none_and_lists():
    assert listed_events(None) is None
    assert listed_events("none") == listed_events("None") == listed_events("") == ()
    assert listed_events("a-1, b-2") == listed_events(["a-1", " b-2 "]) == ("a-1", "b-2")


@given(st.lists(st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True), max_size=6))
def test_events_header_reads_back_what_was_written(slugs):
    expected = tuple(s for s in slugs if s != "none")
    assert listed_events(", ".join(slugs)) == listed_events(slugs) == expected


# --- the commands read as the build reads -------------------------------------------

SCRIPTED = ("Title: A scripted page\nDate: 2023-07-12\nPublisher: World Socialist Web Site\nEvents: None\n\n"
            "Leaders met. <script>“Secret words are here,” said Hidden Person.</script> "
            "“We will open the border on Monday,” said Anna Berg.\n")


def test_commands_see_the_sanitised_article_the_build_publishes(tmp_path):
    """A script's text is no quotation: the reader removes it, for the build and for every command alike;
    and `Events: None` means no event for both (it is no event slug)."""
    from conftest import make_project, run_digest

    project = make_project(tmp_path, {"scripted.md": SCRIPTED})
    people = run_digest("people", "-s", str(project / "pelicanconf.py"), cwd=project)
    assert people.returncode == 0, people.stderr
    assert "Anna Berg" in people.stdout and "Hidden Person" not in people.stdout
    check = run_digest("check", "-s", str(project / "pelicanconf.py"), cwd=project)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "scripted.md" not in check.stdout
    build = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert build.returncode == 0, build.stderr
    import json

    quotes = json.loads((project / "output/api/quotes.json").read_text(encoding="utf-8"))
    mine = [q for q in quotes if q["article"] == "a-scripted-page"]
    assert [(q["speaker"]["name"], q["events"]) for q in mine] == [("Anna Berg", [])]
