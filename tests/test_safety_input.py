"""Hostile input files: YAML bombs and deep nesting fail fast naming the file; JSON-LD, summaries and
feeds carry no markup that could run or break the page; Lang is validated."""

from __future__ import annotations

import os
import subprocess
import time

import html5lib
import pytest
from bs4 import BeautifulSoup
from conftest import DIGEST, ROOT, make_project, run_digest, soup

GOOD = "Title: A hand-written article\nDate: 2024-03-01\nPublisher: World Socialist Web Site\n\nSome text.\n"
LAUGHS = "".join(f"l{i + 1}: &l{i + 1} [{', '.join([f'*l{i}'] * 9)}]\n" for i in range(8))
BOMB = 'l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + LAUGHS  # 9^9 strings
DEEP = "[" * 1000 + "]" * 1000


def _published(tmp_path):
    project = make_project(tmp_path / "project")
    (project / "output").mkdir()
    (project / "output" / "index.html").write_text("previously published", encoding="utf-8")
    return project


def _build(project, settings="pelicanconf.py", env=None):
    return subprocess.run([str(DIGEST), "build", "-s", str(project / settings), "-o", str(project / "output")],
                          cwd=project, capture_output=True, text=True, timeout=120, env=env)


BOMBS = {  # file -> (text, line of the first alias or the deep value)
    "content/events/bomb.yaml": ("title: Bomb\nstart: 2023-07-11\nsummary: s\n" + BOMB, 5),
    "content/people.yaml": ("- name: Bomb Person\n" + "".join(f"  {line}" for line in BOMB.splitlines(True)), None),
    "content/outlets.yaml": (f"- name: Bomb Press\n  description: {DEEP}\n", 2),
    "content/articles/bomb.md": ("---\ntitle: Bomb\ndate: 2024-03-01\npublisher: Global Research\n" + BOMB
                                 + "---\n\nText.\n", 6),
    "content/articles/nest.md": (f"---\ntitle: Nest\ndate: 2024-03-01\npublisher: Global Research\ntags: {DEEP}\n"
                                 "---\n\nText.\n", 5),
}


@pytest.mark.parametrize("name", BOMBS)
def test_a_yaml_bomb_or_deep_nesting_fails_fast_naming_the_file(tmp_path, name):
    project = _published(tmp_path)
    text, line = BOMBS[name]
    path = project / name
    path.write_text((path.read_text(encoding="utf-8") + "\n" if name == "content/people.yaml" else "") + text,
                    encoding="utf-8")
    started = time.monotonic()
    result = _build(project)
    elapsed = time.monotonic() - started
    assert result.returncode == 1, result.stderr
    assert elapsed < 30, elapsed  # was: 24 GB and killed after 245 s, or a hang past 300 s
    assert "Traceback" not in result.stderr
    assert f"{name}:" in result.stderr and "not accepted" in result.stderr, result.stderr
    if line:
        assert f"{name}:{line}: error" in result.stderr, result.stderr
    assert (project / "output/index.html").read_text(encoding="utf-8") == "previously published"
    check = run_digest("check", "-s", str(project / "pelicanconf.py"), cwd=project)
    assert check.returncode == 1 and f"{name}:" in check.stdout and "Traceback" not in check.stderr


def test_a_bomb_in_seed_metadata_fails_naming_the_file(tmp_path):
    hints = tmp_path / "metadata.yaml"
    hints.write_text("seed-001.txt:\n  title: x\n" + BOMB, encoding="utf-8")
    (tmp_path / "content").mkdir()
    result = run_digest("import", "--content", str(tmp_path / "content"), "--hints", str(hints),
                        str(ROOT / "seeds/seed-001.txt"), cwd=tmp_path)
    assert result.returncode == 1 and f"{hints}:" in result.stderr and "alias" in result.stderr, result.stderr
    assert not list((tmp_path / "content").rglob("*.md"))


HOSTILE = "Mallory <!--<script> Evil"


def test_json_ld_cannot_swallow_the_page(tmp_path):
    article = (f"Title: Summit {HOSTILE}\nDate: 2023-07-11\nAuthors: {HOSTILE}\nPublisher: Global Research\n\n"
               f"The summit opened in Vilnius, “we are ready for anything,” said Mallory Evil.\n\nClosing words here.\n")
    project = make_project(tmp_path, {"hostile.md": article})
    with open(project / "content/people.yaml", "a", encoding="utf-8") as people:
        people.write(f"\n- name: \"{HOSTILE}\"\n  aliases: [Mallory Evil]\n  description: \"</script><!--<script>\"\n")
    (project / "content/events/hostile.yaml").write_text(
        f'title: "Summit {HOSTILE}"\nstart: 2023-07-11\nsummary: "A & B <!--<script>"\nplaces: [Vilnius]\n',
        encoding="utf-8")
    result = _build(project)
    assert result.returncode == 0, result.stderr
    pages = [next((project / "output/articles").glob("summit-mallory*.html")),
             project / "output/events/hostile.html", next((project / "output/people").glob("mallory*.html"))]
    for path in pages:
        text = path.read_text(encoding="utf-8")
        document = html5lib.parse(text, namespaceHTMLElements=False)
        body = document.find("body")
        assert body is not None and body.find(".//h1") is not None, path
        assert "".join(body.find(".//h1").itertext()).strip(), path
        assert body.find(".//footer") is not None, path  # the end of the page is still the page's
        for script in document.iter("script"):
            assert "<" not in (script.text or "") and ">" not in (script.text or ""), path
    assert "Closing words here" in "".join(html5lib.parse(pages[0].read_text(encoding="utf-8"),
                                                          namespaceHTMLElements=False).find("body").itertext())


def test_summary_header_and_every_feed_field_carry_no_markup(tmp_path):
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>'
    article = (f"Title: Vilnius summit {evil}\nDate: 2023-07-11\nAuthors: {evil}\nPublisher: Global Research\n"
               f"Summary: Summit {evil} summary\nTags: {evil}\n\nThe NATO summit in Vilnius opened today.\n")
    front = ("---\ntitle: Second Vilnius summit report\ndate: 2023-07-11\npublisher: World Socialist Web Site\n"
             f"summary: '{evil}'\n---\n\nThe NATO summit in Vilnius continued.\n")
    project = make_project(tmp_path, {"evil.md": article, "evil2.md": front})
    result = _build(project, "publishconf.py", env={**os.environ, "SITEURL": "https://digest.example.org"})
    assert result.returncode == 0, result.stderr
    feeds = list((project / "output/feeds").rglob("*.xml"))
    assert len(feeds) > 5 and (project / "output/feeds/all.atom.xml") in feeds
    for feed in feeds:
        xml = BeautifulSoup(feed.read_text(encoding="utf-8"), "xml")
        assert not xml.find("script"), feed
        for entry in xml.find_all(["summary", "content"]):
            inner = soup_of(entry.get_text()) if entry.get("type") == "html" else None
            if inner is not None:
                assert not inner.find("script"), feed
                for element in inner.find_all(True):
                    assert not [a for a in element.attrs if a.lower().startswith("on")], (feed, element)
                    assert not str(element.get("href", "")).startswith("javascript:"), feed
    all_feed = (project / "output/feeds/all.atom.xml").read_text(encoding="utf-8")
    assert "Summit" in all_feed and "summary" in all_feed
    for page in (project / "output").rglob("*.html"):
        html = soup(page)
        assert not [s for s in html.find_all("script") if s.get("type") != "application/ld+json"
                    and page.name != "search.html"], page
        assert not any(a.lower().startswith("on") for e in html.find_all(True) for a in e.attrs), page


def soup_of(markup: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(markup, "html.parser")



@pytest.mark.parametrize("lang", ["e" * 62, 'en" onload="x', "en_US", "", "1234"])
def test_an_invalid_lang_is_an_error_naming_file_and_line(tmp_path, lang):
    text = f"Title: T\nDate: 2024-03-01\nPublisher: Global Research\nLang: {lang}\n\nText.\n"
    if not lang:
        text = "---\ntitle: T\ndate: 2024-03-01\npublisher: Global Research\nlang: [en, de]\n---\n\nText.\n"
    project = _published(tmp_path)
    (project / "content/articles/lang.md").write_text(text, encoding="utf-8")
    result = _build(project)
    assert result.returncode == 1, result.stderr
    line = 5 if not lang else 4
    assert f"content/articles/lang.md:{line}: error: Lang" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "panic" not in result.stderr


def test_a_valid_lang_tag_builds(tmp_path):
    project = make_project(tmp_path, {"de.md": GOOD.replace("\n\n", "\nLang: de-CH\n\n")})
    result = _build(project)
    assert result.returncode == 0, result.stderr
    [page] = (project / "output").rglob("a-hand-written-article*.html")
    assert soup(page).html["lang"] == "de-CH"
