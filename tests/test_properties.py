"""Property tests: untrusted text never crashes the importer or the reader, and nothing vanishes."""

from __future__ import annotations

import re

from pelican.plugins.news_digest.reading.source import parse_article_source
from pelican.plugins.news_digest.importer.contentfile import edited_since_import, render_content_file
from pelican.plugins.news_digest.importer.seed import SeedError, parse_seed
from pelican.plugins.news_digest.importer.text import DATE_PATTERNS
from hypothesis import given, settings
from hypothesis import strategies as st

WORD = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N"]), min_size=1, max_size=12)
PUNCT = st.sampled_from(["", ".", ",", ":", "?", "!", "“", "”", "\"", "'", "—", "(", ")", "*", "#", "-", "1."])
LINE = st.lists(st.tuples(WORD, PUNCT), min_size=0, max_size=30).map(lambda ws: " ".join(w + p for w, p in ws))
SEED = st.lists(st.tuples(LINE, st.sampled_from(["\n", "\n\n", "\n\n\n", "  \n"])), min_size=1, max_size=40).map(
    lambda ls: "".join(line + sep for line, sep in ls))


def words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", re.sub(r"</?u>", "", text)))


def without_dates(text: str) -> str:
    """Dates in bylines become ISO metadata; their words are not expected verbatim."""
    for pattern in DATE_PATTERNS:
        text = pattern.sub(" ", text)
    return text


@settings(max_examples=300, deadline=None)
@given(SEED)
def test_import_never_crashes_and_loses_nothing(text):
    try:
        article = parse_seed("generated.txt", text)
    except SeedError:
        return  # empty or furniture-only text is refused with a message
    accounted = " ".join([*(b.text for b in article.blocks), *(d.text for d in article.dropped),
                          *article.metadata.values()])
    # Every word of the seed is in the article, its metadata, or the list of dropped lines.
    assert words(without_dates(text)) <= words(accounted)
    rendered = render_content_file(article)
    assert not edited_since_import(rendered)
    assert render_content_file(article) == rendered


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400) | SEED.map(lambda s: s.encode("utf-8")))
def test_article_reader_never_crashes(raw):
    source, problems = parse_article_source(raw, "generated.md")
    assert source is not None or problems
    for problem in problems:
        assert problem.file == "generated.md" and problem.message and problem.fix


# --- Event assignment: never crashes, and does not depend on the order of files ---------------

import datetime as dt  # noqa: E402

from pelican.plugins.news_digest.events.assign import ArticleInput, assign_passages_to_events  # noqa: E402
from pelican.plugins.news_digest.events.model import load_events  # noqa: E402
from pelican.plugins.news_digest.passages.passages import Passage  # noqa: E402

EVENTS = load_events(__import__("pathlib").Path(__file__).resolve().parent.parent / "content/events")[0]
EVENT_WORDS = st.sampled_from(["Vilnius", "summit", "NATO summit", "Zaporizhzhia", "ZNPP", "cluster munitions",
                               "Belarus", "migrants", "On July 7,", "yesterday", "He said", "Mariupol", "the plant"])
PARAGRAPH = st.lists(st.one_of(EVENT_WORDS, WORD), min_size=1, max_size=25).map(" ".join)
ARTICLE = st.tuples(st.lists(PARAGRAPH, min_size=1, max_size=6),
                    st.dates(min_value=dt.date(2021, 1, 1), max_value=dt.date(2024, 12, 31)))


@settings(max_examples=150, deadline=None)
@given(st.lists(ARTICLE, min_size=1, max_size=5), st.randoms(use_true_random=False))
def test_assignment_does_not_depend_on_file_order(articles, rng):
    inputs = [ArticleInput(f"a-{i}", date, [Passage(f"p-{j}", text) for j, text in enumerate(texts, start=1)])
              for i, (texts, date) in enumerate(articles)]
    first = assign_passages_to_events(inputs, EVENTS)
    shuffled = list(inputs)
    rng.shuffle(shuffled)
    second = assign_passages_to_events(shuffled, EVENTS)
    assert sorted(first.assignments, key=repr) == sorted(second.assignments, key=repr)
    assert sorted(first.unassigned) == sorted(second.unassigned)
    passages = {(a.slug, p.id) for a in inputs for p in a.passages}
    assert {(a.article, a.passage) for a in first.assignments} | set(first.unassigned) == passages


# --- The reader: one Markdown instance serves every file, and keeps nothing from one to the next ---

MARKDOWN_PARTS = st.sampled_from([
    "A sentence with a note.[^1]\n\n[^1]: The note.", "*[NATO]: North Atlantic Treaty Organization\n\nNATO met.",
    "## A heading\n\nIts paragraph.", "| a | b |\n|---|---|\n| 1 | 2 |", "Term\n:   Its definition.",
    "A plain paragraph.", "Another note.[^n]\n\n[^n]: The second note.", "[a link][ref]\n\n[ref]: https://example.org/",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(MARKDOWN_PARTS, min_size=1, max_size=4).map("\n\n".join), min_size=2, max_size=4))
def test_one_reader_reads_each_file_as_a_new_reader_would(tmp_path_factory, bodies):
    from pathlib import Path

    from pelican.plugins.news_digest.reading import DigestMarkdownReader
    from pelican.settings import read_settings

    folder = tmp_path_factory.mktemp("reader")
    settings = read_settings(str(Path(__file__).resolve().parent.parent / "pelicanconf.py"),
                             override={"PATH": str(folder)})
    (folder / "articles").mkdir()
    paths = []
    for number, body in enumerate(bodies):
        path = folder / "articles" / f"a{number}.md"
        path.write_text(f"Title: Article {number}\nDate: 2023-07-0{number + 1}\nPublisher: OPORA\n\n{body}\n",
                        encoding="utf-8")
        paths.append(str(path))
    shared = DigestMarkdownReader(settings)
    assert [shared.read(path) for path in paths] == [DigestMarkdownReader(settings).read(path) for path in paths]
