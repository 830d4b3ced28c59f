"""Per-event digest pages: assignment quality, page content, open data, editor overrides."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT, make_project, run_digest, soup
from pelican.plugins.news_digest.cli.evaluating import evaluate_events
from pelican.plugins.news_digest.events.dates import find_dates
from pelican.plugins.news_digest.quotes.people import PeopleDirectory, load_people

PEOPLE = PeopleDirectory(load_people(ROOT / "content/people.yaml")[0])
REQUIRED = {  # event -> articles (slug prefixes) that must feed it
    "belarus-poland-border-crisis-2021": ["nato-ratchets-up"],
    "russian-military-build-up-near-ukraine-2021": ["nato-ratchets-up"],
    "nato-summit-vilnius-2023": ["nato-plans-escalation", "weekly-digest"],
    "zaporizhzhia-plant-mining-allegations-2023": ["nato-plans-escalation", "weekly-digest"],
    "us-cluster-munitions-decision-2023": ["weekly-digest"],
    "nato-summit-washington-2024": ["washington-summit"],
    "calls-to-shoot-down-russian-missiles-over-ukraine-2024": ["zelensky-wants-west"],
    "retired-officials-letter-on-crimea-2023": ["nato-plans-escalation"],
    "medvedev-nuclear-threats-2023": ["weekly-digest"],
    "mariupol-commanders-return-from-turkey-2023": ["weekly-digest"],
}


def test_assignment_quality_on_the_seeds():
    result = evaluate_events(ROOT / "tests/data/events_gold.yaml", ROOT / "content")  # the build's own assignments
    assert result["pairs"]["precision"] >= 0.90
    assert result["pairs"]["recall"] >= 0.90


def test_stated_dates_are_resolved_against_the_article_date():
    found = find_dates("On July 7, he said so; on Tuesday and yesterday too. In April the talks began.",
                       dt.date(2023, 7, 10))
    assert [(d.date.isoformat(), d.precision) for d in found] == [
        ("2023-07-07", "day"), ("2023-07-04", "day"), ("2023-07-09", "day"), ("2023-04-01", "month")]
    assert find_dates("Russia may invade", dt.date(2021, 11, 13)) == []  # the verb, not the month


@pytest.fixture(scope="module")
def events_json(built_site):
    return {e["slug"]: e for e in json.loads((built_site / "api/events.json").read_text(encoding="utf-8"))}


def test_the_seeds_yield_the_required_events(events_json):
    for slug, articles in REQUIRED.items():
        assert slug in events_json, slug
        for prefix in articles:
            assert any(a.startswith(prefix) for a in events_json[slug]["articles"]), (slug, prefix)


def test_events_json_schema(events_json, built_site):
    quotes = {q["id"]: q for q in json.loads((built_site / "api/quotes.json").read_text(encoding="utf-8"))}
    for event in events_json.values():
        assert {"slug", "title", "start", "end", "url", "summary", "articles", "passages", "people", "quotes",
                "related"} <= set(event)
        assert (built_site / event["url"]).is_file()
        for passage in event["passages"]:
            assert passage["why"] and passage["paragraph"].startswith("p-")
        for quote_id in event["quotes"]:
            assert event["slug"] in quotes[quote_id]["events"]
    vilnius = events_json["nato-summit-vilnius-2023"]
    assert any("matched:" in p["why"] and "Vilnius" in p["why"] for p in vilnius["passages"])


EVENT = "events/zaporizhzhia-plant-mining-allegations-2023.html"


def test_event_page_header_and_counts(built_site):
    page = soup(built_site / EVENT)
    assert page.h1.get_text() == "Allegations of mines at the Zaporizhzhia nuclear power plant"
    assert [t["datetime"] for t in page.select("header .kicker time")] == ["2023-07-04", "2023-07-10"]
    assert "IAEA" in page.select_one(".summary").get_text()
    counts = {li.get_text(" ", strip=True).split(" ", 1)[1]: int(li.strong.get_text()) for li in page.select(".counts li")}
    assert counts["outlets"] == 2 and counts["articles"] == 2 and counts["quotations"] >= 8
    assert counts["quotations"] == len(page.select(".speakers figure.quote-block"))  # the same words once


def test_coverage_by_outlet_links_each_excerpt_to_its_paragraph(built_site):
    page = soup(built_site / EVENT)
    outlets = [c.h3.get_text(strip=True) for c in page.select("section.coverage")]
    assert set(outlets) == {"OPORA", "World Socialist Web Site"}
    for coverage in page.select("section.coverage"):
        assert coverage.select_one("p.note").get_text().strip()  # the outlet's description
    for excerpt in page.select("blockquote.excerpt"):
        link = excerpt.select_one("footer a")
        target, anchor = link["href"].split("#")
        paragraph = soup((built_site / "events" / target).resolve()).find(id=anchor)
        assert " ".join(paragraph.get_text().split()).startswith(" ".join(excerpt.p.get_text().split())[:60])
        assert excerpt.select_one("details.why summary").get_text() == "Why is this passage here?"


def test_who_said_what_shows_conflicting_speakers_side_by_side(built_site):
    speakers = soup(built_site / EVENT).select(".speakers > section.speaker")
    names = [s.h3.get_text(strip=True) for s in speakers]
    assert "Volodymyr Zelensky" in names and "Rafael Mariano Grossi" in names
    grossi = speakers[names.index("Rafael Mariano Grossi")]
    assert "visible indications of mines or explosives" in grossi.get_text()
    assert "World Socialist Web Site" in grossi.figcaption.get_text()


def test_timeline_is_in_date_order_and_linked(built_site):
    items = soup(built_site / "events/nato-summit-vilnius-2023.html").select("ol.timeline li")
    dates = [li.time["datetime"] for li in items]
    assert dates == sorted(dates) and "2023-07-07" in dates and "2023-07-10" in dates
    erdogan = [li for li in items if li.time["datetime"] == "2023-07-07"][0]
    assert "Istanbul on July 7" in erdogan.q.get_text()
    assert erdogan.a["href"].endswith("#p-6")


def test_people_related_and_neighbouring_events(built_site):
    page = soup(built_site / "events/nato-summit-vilnius-2023.html")
    people = [a.get_text() for a in page.select("#people ~ ul a")]
    assert "Jens Stoltenberg" in people and "Dmytro Kuleba" in people
    related = [a.get_text() for a in page.select("#related ~ ul a")]
    assert "Retired US officials' open letter on Crimea before the Vilnius summit" in related
    assert page.select_one(".neighbours a[rel=prev]") and page.select_one(".neighbours a[rel=next]")


def test_home_page_is_an_event_timeline(built_site):
    teasers = soup(built_site / "index.html").select("section[aria-labelledby=events-heading] .event-teaser")
    assert len(teasers) == 10
    starts = [t.select_one("time")["datetime"] for t in teasers]
    assert starts == sorted(starts, reverse=True)
    vilnius = [t for t in teasers if "Vilnius" in t.h3.get_text()][0]
    assert "2 outlets" in vilnius.select_one(".byline").get_text()


def test_article_person_and_outlet_pages_link_their_events(built_site):
    article = soup(built_site / "articles/nato-plans-escalation-against-russia-at-vilnius-summit.html")
    tags = article.select("#p-1 .passage-events a.event-tag")
    assert [a.get_text() for a in tags] == ["NATO summit in Vilnius"]
    assert (built_site / "articles" / tags[0]["href"]).resolve().is_file()
    person = soup(built_site / "people/rafael-mariano-grossi.html")
    assert "Allegations of mines at the Zaporizhzhia nuclear power plant" in person.get_text()
    outlet = soup(built_site / "outlets/opora.html")
    assert outlet.find("a", string="US decision to send cluster munitions to Ukraine")


def test_atom_feed_per_event(built_site):
    feed = ET.parse(built_site / "feeds/events/nato-summit-vilnius-2023.atom.xml").getroot()
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in feed.iter("{http://www.w3.org/2005/Atom}entry")]
    assert "NATO plans escalation against Russia at Vilnius summit" in titles and len(titles) == 2


# --- New articles, unrelated articles, overrides ------------------------------------

VILNIUS_REPORT = """Title: Leaders gather for the summit in Vilnius
Date: 2023-07-11
Publisher: The Daily Example

Heads of government arrived in the Lithuanian capital on Tuesday for the Vilnius summit.

Security was tight around the venue, and the agenda included the NATO-Ukraine Council.
"""
UNRELATED = {
    "hague.md": """Title: Allies meet in The Hague
Date: 2025-06-24
Publisher: The Daily Example

The NATO summit in The Hague opened on Tuesday with talks on defence spending and the NATO-Ukraine Council.
""",
    "fukushima.md": """Title: Treated water release approved
Date: 2023-07-05
Publisher: The Daily Example

The IAEA said the plan to release treated water from the Fukushima nuclear power plant met safety standards.

Rafael Mariano Grossi visited Japan and said the release would have a negligible impact on the environment.
""",
    "grain-1.md": """Title: Grain corridor deal lapses
Date: 2023-07-17
Publisher: The Daily Example

Moscow let the Black Sea Grain Initiative lapse on Monday, ending guarantees for ships leaving Odesa.

Traders said wheat prices rose after the Black Sea Grain Initiative ended and insurers withdrew cover for Odesa.
""",
    "grain-2.md": """Title: Ports idle after deal ends
Date: 2023-07-19
Publisher: The Daily Example

Ships waited outside Odesa as the Black Sea Grain Initiative remained suspended for a third day.
""",
}


@pytest.fixture(scope="module")
def extended_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("events"), {"vilnius.md": VILNIUS_REPORT, **UNRELATED})
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert result.returncode == 0, result.stderr
    return project


def test_a_new_article_joins_the_existing_event(extended_site):
    events = {e["slug"]: e for e in json.loads((extended_site / "output/api/events.json").read_text("utf-8"))}
    vilnius = events["nato-summit-vilnius-2023"]
    assert "leaders-gather-for-the-summit-in-vilnius" in vilnius["articles"]
    page = soup(extended_site / "output/events/nato-summit-vilnius-2023.html")
    assert "The Daily Example" in [c.h3.get_text(strip=True) for c in page.select("section.coverage")]


def test_unrelated_articles_are_not_attached(extended_site):
    events = json.loads((extended_site / "output/api/events.json").read_text("utf-8"))
    attached = {a for e in events for a in e["articles"]}
    for slug in ("allies-meet-in-the-hague", "treated-water-release-approved", "grain-corridor-deal-lapses",
                 "ports-idle-after-deal-ends"):
        assert slug not in attached, slug


def test_a_new_event_is_suggested_as_a_draft(extended_site, tmp_path):
    result = run_digest("suggest-events", "--content", str(extended_site / "content"), "--write", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Black Sea Grain Initiative" in result.stdout and "Odesa" in result.stdout
    drafts = list(tmp_path.glob("*.yaml"))
    grain = [d for d in drafts if "grain" in d.name.lower() or "black-sea" in d.name.lower()]
    assert grain, [d.name for d in drafts]
    text = grain[0].read_text(encoding="utf-8")
    assert "grain-corridor-deal-lapses#p-1" in text and "ports-idle-after-deal-ends#p-1" in text
    assert not (extended_site / "content/events" / grain[0].name).exists()  # a draft is not published
    refused = run_digest("suggest-events", "--content", str(extended_site / "content"),
                         "--write", str(extended_site / "content/events"))
    assert refused.returncode == 2


def build(project):
    return run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)


def test_editor_overrides(tmp_path):
    article = VILNIUS_REPORT.replace("Publisher: The Daily Example", "Publisher: The Daily Example\nEvents: none")
    project = make_project(tmp_path, {"vilnius.md": article})
    event_file = project / "content/events/nato-summit-vilnius-2023.yaml"
    event_file.write_text(event_file.read_text(encoding="utf-8") +
                          "include: [\"zelensky-wants-west-to-escalate-war-with-russia#p-11\"]\n"
                          "exclude: [\"nato-plans-escalation-against-russia-at-vilnius-summit#p-1\"]\n",
                          encoding="utf-8")
    assert build(project).returncode == 0
    vilnius = {e["slug"]: e for e in json.loads((project / "output/api/events.json").read_text("utf-8"))}[
        "nato-summit-vilnius-2023"]
    pairs = {(p["article"], p["paragraph"]): p["why"] for p in vilnius["passages"]}
    assert "leaders-gather-for-the-summit-in-vilnius" not in vilnius["articles"]
    assert pairs[("zelensky-wants-west-to-escalate-war-with-russia", "p-11")] == "included by the editor"
    assert ("nato-plans-escalation-against-russia-at-vilnius-summit", "p-1") not in pairs


@pytest.mark.parametrize("case,change,message", [
    ("missing paragraph", "include: [\"zelensky-wants-west-to-escalate-war-with-russia#p-99\"]\n",
     "is not a paragraph of any article"),
    ("end before start", "end: 2023-07-01\n", "ends (2023-07-01) before it starts"),
    ("bad date", "start: 2023-13-45\n", "is not a valid date"),
])
def test_bad_event_files_fail_clearly(tmp_path, case, change, message):
    project = make_project(tmp_path)
    event_file = project / "content/events/nato-summit-vilnius-2023.yaml"
    text = event_file.read_text(encoding="utf-8")
    key = change.split(":")[0]
    text = "\n".join(line for line in text.splitlines() if not line.startswith(key + ":")) + "\n" + change
    event_file.write_text(text, encoding="utf-8")
    result = build(project)
    assert result.returncode == 1, result.stdout
    assert "nato-summit-vilnius-2023.yaml" in result.stderr and message in result.stderr


def test_malformed_event_yaml_names_file_and_line(tmp_path):
    project = make_project(tmp_path)
    (project / "content/events/broken.yaml").write_text("title: Broken\nstart: 2023-01-01\nsummary: [unclosed\n",
                                                        encoding="utf-8")
    result = run_digest("check", "-s", str(project / "pelicanconf.py"), cwd=project)
    assert result.returncode == 1
    assert "content/events/broken.yaml:" in result.stdout and "malformed YAML" in result.stdout
    assert build(project).returncode == 1


def test_article_naming_an_unknown_event_fails(tmp_path):
    article = VILNIUS_REPORT.replace("Publisher: The Daily Example", "Publisher: The Daily Example\nEvents: no-such-event")
    project = make_project(tmp_path, {"vilnius.md": article})
    result = build(project)
    assert result.returncode == 1
    assert "vilnius.md" in result.stderr and "unknown event 'no-such-event'" in result.stderr
