"""Random and hostile values in every field of every input file: the build succeeds with no executable
markup anywhere, or fails with a Problem naming the file, never a traceback or a hang, and the published
site stays as it was."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import DIGEST, make_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HOSTILE = [
    "<script>alert(1)</script>", "<!--<script>", "</script><script>alert(2)</script>", '"><img src=x onerror=alert(3)>',
    "javascript:alert(4)", "&lt;script&gt;", "\u2028\u2029", "*alias", "&anchor", "{a: b}", "[[[[[[[[[[",
    "- - - -", "'", '"', "\\", "\x00", "\ufeff", "e" * 200, "en\" onload=\"x", "2023-02-30", "0999-01-01", "null",
    "~", "!!python/object:os.system", "%TAG ! tag:x", "#", ": :", "---", "...", "\t", "<svg onload=alert(5)>",
]
VALUES = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40),
                   st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
                   st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=3).map("".join))
ARTICLE_KEYS = ["Title", "Date", "Authors", "Publisher", "Original_publisher", "Source_url", "Lang", "Kicker",
                "Date_note", "Summary", "Tags", "Slug", "Events", "Status"]
EVENT_KEYS = ["title", "start", "end", "place", "summary", "aliases", "keywords", "places", "people", "related",
              "include", "exclude"]
PERSON_KEYS = ["name", "slug", "kind", "aliases", "nouns", "roles", "description"]
OUTLET_KEYS = ["name", "homepage", "country", "description", "aliases", "domains"]
BASE = {"Title": "Vilnius summit report", "Date": "2023-07-11", "Publisher": "Global Research",
        "title": "A fuzzed event", "start": "2023-07-10", "summary": "Neutral.", "name": "Fuzz Name"}
PROBLEM = re.compile(r"^content/[^\s:]+(:\d+)?: error: ", re.M)


def _yaml_value(value: str, raw: bool) -> str:
    return value.replace("\n", " ") if raw else json.dumps(value)


def _fields(draw, keys):
    chosen = draw(st.lists(st.sampled_from(keys), min_size=1, max_size=4, unique=True))
    return {key: (draw(VALUES), draw(st.booleans())) for key in chosen}


@st.composite
def inputs(draw):
    """Hostile values in one to five of the input files (every file hostile at once rarely builds)."""
    keys = {"header": ARTICLE_KEYS, "front": ARTICLE_KEYS, "event": EVENT_KEYS, "person": PERSON_KEYS,
            "outlet": OUTLET_KEYS}
    fuzzed = draw(st.lists(st.sampled_from(sorted(keys)), min_size=1, max_size=5, unique=True))
    return {**{name: _fields(draw, keys[name]) if name in fuzzed else {} for name in keys}, "body": draw(VALUES)}


def _write(project: Path, case: dict) -> None:
    content = project / "content"
    header = {k: BASE.get(k, "") for k in ("Title", "Date", "Publisher")}
    header.update({k: v if raw else v.replace("\n", " ") for k, (v, raw) in case["header"].items()})
    (content / "articles/header.md").write_text(
        "".join(f"{k}: {v}\n" for k, v in header.items()) + f"\nThe summit opened. {case['body']}\n", encoding="utf-8")
    front = {k.lower(): json.dumps(BASE[k] + (" (second)" if k == "Title" else "")) for k in ("Title", "Date", "Publisher")}
    front.update({k.lower(): _yaml_value(v, raw) for k, (v, raw) in case["front"].items()})
    (content / "articles/front.md").write_text(
        "---\n" + "".join(f"{k}: {v}\n" for k, v in front.items()) + "---\n\nThe second report.\n", encoding="utf-8")
    event = {k: json.dumps(BASE[k]) for k in ("title", "start", "summary")}
    event.update({k: _yaml_value(v, raw) for k, (v, raw) in case["event"].items()})
    (content / "events/fuzz.yaml").write_text("".join(f"{k}: {v}\n" for k, v in event.items()), encoding="utf-8")
    for file, fields in (("people.yaml", case["person"]), ("outlets.yaml", case["outlet"])):
        entry = {"name": json.dumps(BASE["name"] + file[0])}
        entry.update({k: _yaml_value(v, raw) for k, (v, raw) in fields.items()})
        lines = [f"  {k}: {v}\n" for k, v in entry.items()]
        with open(content / file, "a", encoding="utf-8") as listing:
            listing.write("\n- " + "".join(lines)[2:])


def _no_active_markup(site: Path) -> None:
    for path in [*site.rglob("*.html"), *site.rglob("*.xml")]:
        if path.parts[-2:-1] == ("pagefind",):
            continue
        text = path.read_text(encoding="utf-8")
        pages = [BeautifulSoup(text, "lxml")]
        if path.suffix == ".xml":
            feed = BeautifulSoup(text, "xml")
            assert not feed.find("script"), path
            pages = [BeautifulSoup(e.get_text(), "html.parser") for e in feed.find_all(["summary", "content"])
                     if e.get("type") == "html"]
        for page in pages:
            for box in page.select("header form.search-box"):
                box.decompose()
            scripts = [s for s in page.find_all("script") if s.get("type") != "application/ld+json"]
            assert path.name == "search.html" or not scripts, path
            for script in page.find_all("script", type="application/ld+json"):
                assert "<" not in script.get_text(), path
            for element in page.find_all(True):
                assert not [a for a in element.attrs if a.lower().startswith("on")], (path, element.name)
                for attribute in ("href", "src"):
                    assert not str(element.get(attribute, "")).strip().lower().startswith(("javascript:", "data:"))


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(case=inputs())
def test_hostile_values_in_every_field_never_crash_or_inject(tmp_path_factory, case):
    project = make_project(tmp_path_factory.mktemp("fuzz"), with_seed_content=False)
    with open(project / "pelicanconf.py", "a", encoding="utf-8") as conf:
        conf.write("\nDIGEST_CONTENT_CACHE = False\n")
    output = project / "output"
    output.mkdir()
    (output / "index.html").write_text("previously published", encoding="utf-8")
    _write(project, case)
    result = subprocess.run([str(DIGEST), "build", "-s", str(project / "pelicanconf.py"), "-o", str(output)],
                            cwd=project, capture_output=True, text=True, timeout=60)  # never a hang
    print("fuzz build exit status", result.returncode)
    assert "Traceback" not in result.stderr and "panicked" not in result.stderr, result.stderr
    if result.returncode == 0:
        _no_active_markup(output)
    else:
        assert result.returncode == 1, result.stderr
        assert PROBLEM.search(result.stderr), result.stderr  # a Problem naming the file
        assert [p.name for p in output.iterdir()] == ["index.html"]
        assert (output / "index.html").read_text(encoding="utf-8") == "previously published"
        assert not [p for p in project.iterdir() if p.name.startswith(".output")]
