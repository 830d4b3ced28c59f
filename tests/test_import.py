"""`digest import` on the real seeds and on crafted bad files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, SEEDS, run_digest, soup
from pelican.plugins.news_digest.cli.importing import import_seeds
from pelican.plugins.news_digest.importer.seed import parse_seed
from pelican.plugins.news_digest.outlets.outlets import OutletDirectory, load_outlets

GOLD = yaml.safe_load((ROOT / "tests/data/seed_import_gold.yaml").read_text(encoding="utf-8"))
HINTS = yaml.safe_load((ROOT / "seeds/metadata.yaml").read_text(encoding="utf-8"))
OUTLETS = OutletDirectory(load_outlets(ROOT / "content/outlets.yaml")[0])


def parsed(seed: Path):
    return parse_seed(seed.name, seed.read_text(encoding="utf-8"), HINTS.get(seed.name), OUTLETS.canonical_name)


def test_seeds_are_kept_verbatim():
    shared = ROOT.parent / "shared" / "seeds"
    assert [s.name for s in SEEDS] == sorted(GOLD)
    if shared.is_dir():  # beside the project in development and CI
        for seed in SEEDS:
            assert seed.read_bytes() == (shared / seed.name).read_bytes()


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_metadata_read_from_text_and_hints(seed):
    article = parsed(seed)
    expected = GOLD[seed.name]["metadata"]
    for key, value in expected.items():
        assert article.metadata.get(key) == value, key
    # Nothing is invented: no source URL is stated anywhere, and 004 has no author.
    assert "source_url" not in article.metadata
    for key in ("authors", "original_publisher", "kicker"):
        if key not in expected:
            assert key not in article.metadata


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_exactly_the_boilerplate_is_dropped(seed):
    article = parsed(seed)
    dropped = [(d.line, d.text) for d in article.dropped]
    expected = GOLD[seed.name]["dropped"]
    assert [line for line, _ in dropped] == [line for line, _ in expected]
    for (_, text), (_, prefix) in zip(dropped, expected):
        assert text.startswith(prefix)
    assert all(d.reason for d in article.dropped)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_structure_is_kept(seed):
    article = parsed(seed)
    gold = GOLD[seed.name]
    assert [list(j) for j in article.joined_lines] == gold["joined"]
    kinds = {kind: [b.text for b in article.blocks if b.kind == kind] for kind in
             ("heading", "blockquote", "caption", "list")}
    assert kinds["heading"] == gold["headings"]
    assert len(kinds["blockquote"]) == len(gold["blockquotes"])
    for text, prefix in zip(kinds["blockquote"], gold["blockquotes"]):
        assert text.startswith(prefix)
    assert [c[: len(p)] for c, p in zip(kinds["caption"], gold["captions"])] == gold["captions"]
    assert sum(len(items.split("\n")) for items in kinds["list"]) == gold["list_items"]


def test_mid_sentence_breaks_are_joined():
    article = parsed(ROOT / "seeds/000_5f8f8d48b9841d88.txt")
    text = "\n".join(b.text for b in article.blocks)
    assert "no “visible indications of mines or explosives” have been observed at the plant" in text
    assert "the whole ‘war on terror.’" in text


# --- No data lost -----------------------------------------------------------

def normalise(text: str) -> str:
    """Text as a reader sees it: no Markdown/HTML markup, one space between words."""
    text = re.sub(r"</?u>|\*\*|(?<!\w)\*|\*(?!\w)|\\(?=[$*_#>.\-])", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^(?:> |- |#+ )", "", text, flags=re.M)  # Markdown block markers
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    """Sentences, and paragraph ends after a colon (a lead-in to a quotation)."""
    text = re.sub(r":\s*\n\s*\n", ":\n\n\x00", text)
    marked = re.sub(r"([.!?][\"”’)]*)\s+(?=[\"“‘A-Z0-9])", "\\1\n", normalise(text).replace("\x00", "\x00 "))
    return [s.strip() for s in re.split(r"\n|\x00", marked) if s.strip()]


def article_body_of_seed(seed: Path) -> str:
    """The seed's article body: from the gold first body line, without the gold boilerplate lines."""
    gold = GOLD[seed.name]
    lines = seed.read_text(encoding="utf-8").split("\n")
    dropped = {line for line, _ in gold["dropped"]}
    return "\n".join(text for number, text in enumerate(lines, start=1)
                     if number >= gold["body_starts_at_line"] and number not in dropped)


def test_no_sentence_of_a_seed_body_is_lost(built_site):
    for seed in SEEDS:
        content = (ROOT / "content/articles" / (seed.stem + ".md")).read_text(encoding="utf-8")
        content_text = normalise(BeautifulSoup(content.split("\n\n", 1)[1], "lxml").get_text())
        slug = re.search(r"^Slug: (.+)$", content, re.M).group(1)
        body = soup(built_site / "articles" / f"{slug}.html").select_one(".article-body")
        for marker in body.select(".passage-events"):  # links to events, not article text
            marker.decompose()
        page_text = normalise(body.get_text())
        found = sentences(article_body_of_seed(seed))
        assert len(found) > 10
        for sentence in found:
            assert sentence in content_text, (seed.name, sentence)
            assert sentence in page_text, (seed.name, sentence)


def test_boilerplate_is_not_published(built_site):
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (built_site / "articles").glob("*.html"))
    for needle in ("To contact the WSWS", "Click the share button", "Disclaimer:", "Region:", "Theme:",
                   "Become a Member", "افغانستان", "fair use", "Spread the Truth", "European Languages"):
        assert needle not in pages, needle


# --- Re-running, editing, forcing -------------------------------------------

def test_reimport_is_byte_identical_and_respects_edits(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    kwargs = dict(target_dir=content / "articles", hints_file=ROOT / "seeds/metadata.yaml",
                  outlets_file=content / "outlets.yaml")
    before = {p.name: p.read_bytes() for p in (content / "articles").glob("*.md")}
    results = import_seeds(SEEDS, **kwargs)
    assert {r.status for r in results} == {"unchanged"}
    assert before == {p.name: p.read_bytes() for p in (content / "articles").glob("*.md")}

    edited = content / "articles" / "000_5f8f8d48b9841d88.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Next week", "Next week (edited)"), encoding="utf-8")
    results = import_seeds(SEEDS, **kwargs)
    assert {r.target.name: r.status for r in results}["000_5f8f8d48b9841d88.md"] == "kept (edited)"
    assert "(edited)" in edited.read_text(encoding="utf-8")

    results = import_seeds(SEEDS, **kwargs, force=True)
    assert {r.target.name: r.status for r in results}["000_5f8f8d48b9841d88.md"] == "updated"
    assert edited.read_bytes() == before["000_5f8f8d48b9841d88.md"]


def test_committed_content_matches_a_fresh_import(tmp_path):
    results = import_seeds(SEEDS, tmp_path, ROOT / "seeds/metadata.yaml", ROOT / "content/outlets.yaml")
    for result in results:
        assert result.target.read_bytes() == (ROOT / "content/articles" / result.target.name).read_bytes()


def test_cli_import_reports_and_refuses_bad_seeds(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 society said things.\n".encode("latin-1"))
    good = tmp_path / SEEDS[0].name
    shutil.copy(SEEDS[0], good)
    result = run_digest("import", "--content", str(tmp_path / "content"), str(good), str(tmp_path / "binary.txt"),
                        str(tmp_path / "empty.txt"), str(tmp_path / "latin1.txt"))
    assert result.returncode == 1
    assert "binary.txt" in result.stderr and "binary file" in result.stderr
    assert "empty.txt" in result.stderr and "empty" in result.stderr
    assert "latin1.txt:1" in result.stderr and "UTF-8" in result.stderr
    assert not (tmp_path / "content").exists(), "nothing is written when any seed is bad"

    result = run_digest("import", "--content", str(tmp_path / "content"), str(good))
    assert result.returncode == 0, result.stderr
    assert "created" in result.stdout
    assert (tmp_path / "content/articles" / (good.stem + ".md")).exists()
