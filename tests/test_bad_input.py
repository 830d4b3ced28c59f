"""Bad input: clear errors naming file and line, non-zero exit, published site untouched."""

from __future__ import annotations

import os

import pytest
from conftest import make_project, run_digest, soup

GOOD = "Title: A hand-written article\nDate: 2024-03-01\nPublisher: World Socialist Web Site\n\nSome text.\n"

BAD_ARTICLES = {
    "no title": ("Date: 2024-03-01\nPublisher: Global Research\n\nText.\n", ":1: error: no title given"),
    "invalid date": ("Title: T\nDate: 2024-02-30\nPublisher: Global Research\n\nText.\n",
                     ":2: error: invalid date '2024-02-30'"),
    "unparseable date": ("Title: T\nDate: last Tuesday-ish\nPublisher: Global Research\n\nText.\n",
                         ":2: error: invalid date"),
    "impossible date": ("Title: T\nDate: 0999-01-01\nPublisher: Global Research\n\nText.\n",
                        ":2: error: impossible date"),
    "no date": ("Title: T\nPublisher: Global Research\n\nText.\n", ":1: error: no date given"),
    "no publisher": ("Title: T\nDate: 2024-03-01\n\nText.\n", ":1: error: no publisher given"),
    "empty body": ("Title: T\nDate: 2024-03-01\nPublisher: Global Research\n\n\n", ":4: error: the article has no text"),
    "empty file": ("", ":1: error: the file is empty"),
    "invalid UTF-8": (b"Title: T\nDate: 2024-03-01\nPublisher: Caf\xe9 Press\n\nText.\n", ":3: error: not valid UTF-8"),
    "malformed front matter": ("---\ntitle: A: B: C\ndate: 2024-03-01\n---\nText.\n", ":2: error: malformed YAML"),
    "unclosed front matter": ("---\ntitle: T\n\nText.\n", ":1: error: YAML front matter starts"),
    "20 MB article": (b"Title: T\nDate: 2024-03-01\nPublisher: Global Research\n\n" + b"word " * 4_000_000,
                      ":1: error: the file is 20.0 MB; articles are limited to 5.0 MB"),
    "bad source url": ("Title: T\nDate: 2024-03-01\nPublisher: Global Research\nSource_url: example dot com\n\nT.\n",
                       ":4: error: Source_url"),
}


@pytest.fixture
def published(tmp_path):
    """A project whose output/ holds a previously published site (a marker file)."""
    project = make_project(tmp_path / "project")
    output = project / "output"
    output.mkdir()
    (output / "index.html").write_text("previously published", encoding="utf-8")
    return project, output


def build(project, output=None, settings="pelicanconf.py"):
    return run_digest("build", "--settings", str(project / settings), "--output", str(output or project / "output"),
                      cwd=project)


@pytest.mark.parametrize("case", BAD_ARTICLES)
def test_bad_article_fails_clearly_and_keeps_the_published_site(published, case):
    project, output = published
    text, message = BAD_ARTICLES[case]
    path = project / "content/articles/bad.md"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    result = build(project)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"content/articles/bad.md{message}" in result.stderr, result.stderr
    assert "fix:" in result.stderr
    assert (output / "index.html").read_text(encoding="utf-8") == "previously published"
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".output")) == []


def test_duplicate_slug_names_both_files(published):
    project, output = published
    for name in ("one.md", "two.md"):
        (project / "content/articles" / name).write_text(GOOD, encoding="utf-8")
    result = build(project)
    assert result.returncode == 1
    assert "duplicate slug 'a-hand-written-article'" in result.stderr
    assert "content/articles/one.md, content/articles/two.md" in result.stderr
    assert (output / "index.html").read_text(encoding="utf-8") == "previously published"


def test_check_reports_every_problem_at_once(published):
    project, _ = published
    for case in ("no title", "invalid date", "no publisher"):
        name = case.replace(" ", "-") + ".md"
        (project / "content/articles" / name).write_text(BAD_ARTICLES[case][0], encoding="utf-8")
    (project / "content/articles/typo.md").write_text(GOOD.replace("Title: A hand", "Title: Another hand") +
                                                      "", encoding="utf-8")
    typo = project / "content/articles/typo.md"
    typo.write_text(typo.read_text(encoding="utf-8").replace("Publisher:", "Publsher: x\nPublisher:"), encoding="utf-8")
    result = run_digest("check", "--settings", str(project / "pelicanconf.py"), cwd=project)
    assert result.returncode == 1
    assert "no-title.md:1: error: no title given" in result.stdout
    assert "invalid-date.md:2: error: invalid date" in result.stdout
    assert "no-publisher.md" in result.stdout
    assert "typo.md:3: warning: unknown header key 'Publsher'" in result.stdout
    assert "did you mean 'Publisher'?" in result.stdout
    # invalid-date.md and no-publisher.md are both titled "T": one address for two articles.
    assert "duplicate slug 't': content/articles/invalid-date.md, content/articles/no-publisher.md" in result.stdout
    assert "5 error(s), 1 warning(s)" in result.stdout


def test_successful_build_replaces_the_published_site(published):
    project, output = published
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert "previously published" not in (output / "index.html").read_text(encoding="utf-8")
    assert (output / "articles").is_dir()
    assert not list(project.glob(".output*"))


def test_yaml_front_matter_article(tmp_path):
    project = make_project(tmp_path, {"hugo.md": (
        "---\n"
        "title: \"Kyiv: a hand-made article\"\n"
        "date: 2024-05-06\n"
        "authors: [Jane Roe, John Doe]\n"
        "publisher: Global Research\n"
        "url: https://example.org/news/kyiv\n"
        "---\n\n"
        "First paragraph.\n\nSecond paragraph with *emphasis*.\n")})
    result = build(project)
    assert result.returncode == 0, result.stderr
    page = soup(project / "output/articles/kyiv-a-hand-made-article.html")
    assert page.h1.get_text() == "Kyiv: a hand-made article"
    assert [a.get_text() for a in page.select("dl.attribution a[href*='authors/']")] == ["Jane Roe", "John Doe"]
    assert page.select_one("dl.attribution a[href='https://example.org/news/kyiv']")
    assert page.select_one("time")["datetime"] == "2024-05-06"
    assert [p["id"] for p in page.select(".article-body p")] == ["p-1", "p-2"]
    assert "Seed" not in [dt.get_text() for dt in page.select("dl.attribution dt")]


def test_outlet_without_entry_builds_with_warning(tmp_path):
    project = make_project(tmp_path, {"new.md": GOOD.replace("World Socialist Web Site", "The Daily Example")})
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert "outlet 'The Daily Example' is not in outlets.yaml" in result.stderr
    page = soup(project / "output/outlets/the-daily-example.html")
    assert page.h1.get_text() == "The Daily Example"
    assert "no description yet" in page.get_text()
    check = run_digest("check", "--settings", str(project / "pelicanconf.py"), cwd=project)
    assert check.returncode == 0
    assert "content/articles/new.md: warning: outlet 'The Daily Example' is not in outlets.yaml" in check.stdout


def test_malformed_outlets_yaml_names_the_line(tmp_path):
    project = make_project(tmp_path)
    outlets = project / "content/outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8") + "\n- name: Broken\n  description: [unclosed\n",
                       encoding="utf-8")
    result = build(project)
    assert result.returncode == 1
    assert "content/outlets.yaml:" in result.stderr and "malformed YAML" in result.stderr


def test_publish_without_siteurl_says_so_and_writes_feeds(tmp_path):
    project = make_project(tmp_path)
    env_siteurl = os.environ.pop("SITEURL", None)
    try:
        result = build(project, settings="publishconf.py")
    finally:
        if env_siteurl is not None:
            os.environ["SITEURL"] = env_siteurl
    assert result.returncode == 0, result.stderr
    assert "SITEURL is not set" in result.stderr
    assert (project / "output/feeds/all.atom.xml").is_file()
    assert soup(project / "output/index.html").find("link", rel="alternate")
