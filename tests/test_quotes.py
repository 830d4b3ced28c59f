"""Quotes and speakers: extraction quality, fidelity, pages and open data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, make_project, run_digest, soup
from pelican.plugins.news_digest.cli.evaluating import evaluate
from pelican.plugins.news_digest.core import DEFAULTS
from pelican.plugins.news_digest.passages.passages import Passage
from pelican.plugins.news_digest.quotes.extract import Quote, extract_quotes
from pelican.plugins.news_digest.quotes.people import PeopleDirectory, load_people
from pelican.plugins.news_digest.quotes.views import verify_quotes
from hypothesis import given, settings
from hypothesis import strategies as st

PEOPLE = PeopleDirectory(load_people(ROOT / "content/people.yaml")[0])
GOLD = [ROOT / "tests/data/quotes_gold.yaml", ROOT / "tests/data/quotes_heldout.yaml"]


@pytest.fixture(scope="module")
def scores():
    return evaluate(GOLD, ROOT / "content", PEOPLE)


def test_seed_quality_meets_the_targets(scores):
    seeds = scores["gold: seeds"]
    assert seeds["spans"]["recall"] >= 0.95 and seeds["spans"]["precision"] >= 0.95
    assert seeds["pairs"]["precision"] >= 0.95
    assert seeds["pairs"]["recall"] >= 0.90


def test_patterns_and_traps(scores):
    for name in ("gold: passages", "heldout: passages"):
        assert scores[name]["spans"]["f1"] >= 0.95, name
        assert scores[name]["pairs"]["f1"] >= 0.90, name


def quotes_in(text: str):
    paragraphs = [Passage(f"p-{i}", t) for i, t in enumerate(text.split("\n\n"), start=1)]
    return extract_quotes(paragraphs, PEOPLE)


def test_role_is_separated_from_the_name():
    [quote] = quotes_in("US National Security Advisor Jake Sullivan said the summit would “open a new chapter.”")
    assert (quote.speaker.name, quote.speaker.role) == ("Jake Sullivan", "US National Security Advisor")


def test_aliases_resolve_to_the_canonical_name():
    names = {q.speaker.name for q in quotes_in(
        "“We will not give up,” Zelenskyy said.\n\nVolodymyr Zelenskiy added: “Never.”\n\n"
        "“Peace is possible,” said Zelensky.")}
    assert names == {"Volodymyr Zelensky"}


def test_unattributed_is_never_guessed():
    [quote] = quotes_in("Russia and Ukraine exchanged fire. “The city is quiet tonight.” The talks went on.")
    assert quote.speaker is None and "no attribution" in quote.how


def test_stray_mark_is_bounded_by_its_paragraph():
    quotes = quotes_in("He said “this never closes and the paragraph ends\n\nA plain paragraph follows here.\n\n"
                       "Later, Anna Berg said “a real quote.”")
    assert [q.passage for q in quotes] == ["p-1", "p-3"]
    assert quotes[1].speaker.name == "Anna Berg"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab .,:;'\"“”‘’—\nHeSaid said he A B")), max_size=120),
                min_size=1, max_size=4))
def test_every_quote_is_a_substring_of_its_paragraph(paragraphs):
    passages = [Passage(f"p-{i}", t) for i, t in enumerate(paragraphs, start=1)]
    quotes = extract_quotes(passages)
    texts = {p.id: p.text for p in passages}
    for quote in quotes:
        assert texts[quote.passage][quote.start : quote.end] == quote.text
        assert quote.text.strip()
    assert verify_quotes("generated.md", passages, quotes) == []
    spans = sorted((q.passage, q.start, q.end) for q in quotes)
    for a, b in zip(spans, spans[1:]):
        assert a[0] != b[0] or a[2] <= b[1], "quotations never overlap"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Trump", "has", "also", "not", "quickly", "x", "reportedly", " ", "  ", "\n",
                                 "a" * 40 + "ly", "Alsoly", "said"]), max_size=80).map(" ".join))
def test_auxiliaries_are_taken_off_the_end_as_a_whole_string_search_would(subject):
    """The search looks at the subject's last characters only; the answer is that of the whole subject."""
    from pelican.plugins.news_digest.quotes.cues import AUXILIARIES, without_auxiliaries

    assert without_auxiliaries(subject) == AUXILIARIES.sub("", subject)


def test_fidelity_check_fails_on_an_altered_quote():
    passages = [Passage("p-1", "Anna Berg said: “We will open the border on Monday.”")]
    [quote] = extract_quotes(passages)
    assert verify_quotes("content/articles/x.md", passages, [quote]) == []
    altered = Quote(quote.passage, quote.start, quote.end, "We will close the border on Monday.", quote.speaker,
                    quote.how)
    [problem] = verify_quotes("content/articles/x.md", passages, [altered])
    assert problem.file == "content/articles/x.md" and "paragraph p-1" in problem.message


TAMPER_PLUGIN = '''
from pelican.plugins.news_digest.core import hooks

def change_a_word(article, quotes):
    from dataclasses import replace
    return [replace(q, text=q.text.replace("the", "a")) for q in quotes]

def register():
    hooks.quotes_extracted.connect(change_a_word)
'''


def test_build_fails_when_a_rendered_quote_is_not_verbatim(tmp_path):
    project = make_project(tmp_path)
    (project / "extra").mkdir()
    (project / "extra/tamper.py").write_text(TAMPER_PLUGIN, encoding="utf-8")
    with open(project / "pelicanconf.py", "a", encoding="utf-8") as conf:
        conf.write('\nPLUGIN_PATHS = ["extra"]\nPLUGINS = PLUGINS + ["tamper"]\n')
    output = project / "output"
    output.mkdir()
    (output / "index.html").write_text("published before", encoding="utf-8")
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(output), cwd=project)
    assert result.returncode == 1
    assert "content/articles/00" in result.stderr and "is not in the paragraph verbatim" in result.stderr
    assert "paragraph p-" in result.stderr
    assert (output / "index.html").read_text(encoding="utf-8") == "published before"


# --- The built site ---------------------------------------------------------------

ARTICLE = "articles/washington-summit-will-announce-plans-to-set-up-nato-office-inside-ukraine.html"


def test_quotes_are_marked_up_where_they_stand(built_site):
    page = soup(built_site / ARTICLE)
    marked = page.select(".article-body span.quote")
    assert len(marked) >= 20
    suozzi = [m for m in marked if m.get_text().startswith("sometimes you have to punch")]
    assert suozzi and suozzi[0]["data-speaker"] == "Tom Suozzi"
    assert suozzi[0].find_parent(id=True)["id"].startswith("p-")


def test_quotes_in_this_article_section(built_site):
    page = soup(built_site / ARTICLE)
    section = page.select_one("section.article-quotes")
    assert section.h2.get_text().startswith("Quotes in this article")
    blocks = section.select("figure.quote-block")
    assert len(blocks) == len(page.select(".article-body span.quote[data-quote]")) - \
        _split_markup_extra(page)
    first = blocks[0]
    assert first.blockquote.get_text(strip=True).startswith("a new NATO senior representative")
    caption = first.figcaption
    assert caption.select_one("a[href$='people/jake-sullivan.html']").get_text() == "Jake Sullivan"
    assert "World Socialist Web Site" in caption.cite.get_text() and "9 July 2024" in caption.cite.get_text()
    assert caption.select_one("a[href$='#p-5']")


def _split_markup_extra(page) -> int:
    """A quotation that crosses an inline tag is marked in several pieces with the same data-quote."""
    ids = [m["data-quote"] for m in page.select(".article-body span.quote[data-quote]")]
    return len(ids) - len(set(ids))


def test_person_page_lists_quotes_newest_first(built_site):
    page = soup(built_site / "people/jake-sullivan.html")
    assert page.h1.get_text() == "Jake Sullivan"
    assert "US National Security Advisor (2021-01-20–2025-01-20)" in page.select_one("dl.attribution").get_text()
    dates = [b.select_one("time")["datetime"] for b in page.select("figure.quote-block")]
    assert dates == sorted(dates, reverse=True) and len(dates) >= 7
    for link in page.select("figure.quote-block a[href*='#p-']"):
        target, anchor = link["href"].split("#")
        assert soup((built_site / "people" / target).resolve()).find(id=anchor)


def test_people_index_sorted_by_quote_count(built_site):
    rows = soup(built_site / "people/index.html").select(".outlet-list li")
    counts = [int(r.select_one(".count").get_text().split()[0]) for r in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 10
    names = [r.a.get_text() for r in rows]
    assert "Dmitry Medvedev" in names[:2]


def test_quotes_index_lists_every_quote_across_its_pages(built_site):
    data = json.loads((built_site / "api/quotes.json").read_text(encoding="utf-8"))
    path, blocks, numbers = built_site / "quotes/index.html", [], []
    while True:
        page = soup(path)
        blocks += [b["id"] for b in page.select("figure.quote-block")]
        numbers.append(path.relative_to(built_site).as_posix())
        link = page.select_one("nav.pagination a[rel=next]")
        if link is None:
            break
        path = (path.parent / link["href"]).resolve()
    per_page = DEFAULTS["DIGEST_QUOTES_PER_PAGE"]
    expected = ["quotes/index.html"] + [f"quotes/page/{n}.html"
                                        for n in range(2, -(-len({q["group"] for q in data}) // per_page) + 1)]
    assert numbers == expected and len(numbers) >= 2
    assert len(blocks) == len(set(blocks)) == len({q["group"] for q in data})  # the same words once


def test_quotes_json_schema(built_site):
    data = json.loads((built_site / "api/quotes.json").read_text(encoding="utf-8"))
    assert len(data) >= 95
    ids = [q["id"] for q in data]
    assert len(ids) == len(set(ids))
    for quote in data:
        assert {"id", "text", "speaker", "role", "article", "paragraph", "url", "group", "reported_by_count",
                "events"} <= set(quote)
        assert quote["paragraph"].startswith("p-") and quote["url"].endswith("#" + quote["paragraph"])
        same = [q for q in data if q["group"] == quote["group"]]
        assert quote["group"] in ids and quote["reported_by_count"] == len({q["article"] for q in same}) >= 1
        assert quote["speaker"] is None or {"name", "slug"} <= set(quote["speaker"])
        page = soup(built_site / quote["url"].split("#")[0])
        paragraph = page.find(id=quote["paragraph"])
        assert " ".join(quote["text"].split()) in " ".join(paragraph.get_text().split())
    kuleba = [q for q in data if q["speaker"] and q["speaker"]["slug"] == "dmytro-kuleba"]
    assert kuleba and kuleba[0]["text"].startswith("We are watching the Vilnius Summit")


def test_people_json_schema(built_site):
    people = json.loads((built_site / "api/people.json").read_text(encoding="utf-8"))
    by_slug = {p["slug"]: p for p in people}
    zelensky = by_slug["volodymyr-zelensky"]
    assert {"slug", "name", "aliases", "roles", "url", "quote_count"} <= set(zelensky)
    assert "Zelenskyy" in zelensky["aliases"] and zelensky["quote_count"] >= 10
    assert (built_site / zelensky["url"]).is_file()
    assert by_slug["tom-suozzi"]["listed"] is False  # not in people.yaml, still has a page


def test_same_quote_in_two_articles_is_merged(tmp_path):
    other = ("Title: A second report on the Washington summit\nDate: 2024-07-10\nPublisher: Global Research\n\n"
             "Republican Senator Joni Ernst was blunt: “We need to give them what they need … I do believe "
             "that we should provide them what they need to strike inside of Russia.”\n")
    third = other.replace("A second report", "A third report").replace("2024-07-10", "2024-07-11")
    project = make_project(tmp_path, {"second.md": other, "third.md": third})
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert result.returncode == 0, result.stderr
    data = json.loads((project / "output/api/quotes.json").read_text(encoding="utf-8"))
    ernst = [q for q in data if q["speaker"] and q["speaker"]["name"] == "Joni Ernst"]
    assert len(ernst) == 3
    oldest = next(q for q in ernst if q["article"].startswith("washington-summit-will"))  # 2024-07-09
    assert [q["group"] for q in ernst] == [oldest["id"]] * 3
    assert [q["reported_by_count"] for q in ernst] == [3, 3, 3]
    page = soup(project / "output/articles/a-second-report-on-the-washington-summit.html")
    also = " ".join(page.select_one("section.article-quotes .also").get_text().split())
    assert also == "Also reported by: World Socialist Web Site, Global Research"  # its own article left out
    # Lists of what people said show the words once, at the oldest report, naming the other.
    person = soup(project / "output/people/joni-ernst.html")
    blocks = [b for b in person.select("figure.quote-block") if "strike inside of Russia" in b.get_text()]
    also = " ".join(blocks[0].select_one(".also").get_text().split())
    assert len(blocks) == 1 and also == "Also reported by: Global Research (2 articles)"  # one outlet, named once
    assert "World Socialist Web Site" in blocks[0].cite.get_text()
    event = soup(project / "output/events/nato-summit-washington-2024.html")
    said = [b for b in event.select(".speakers figure") if "strike inside of Russia" in b.get_text()]
    assert len(said) == 1 and "2 " not in said[0].figcaption.get_text().split("Reported by")[0]
    assert {a.get_text() for a in said[0].figcaption.select("a")} >= {"World Socialist Web Site", "Global Research"}


def test_cli_quotes_prints_offsets(tmp_path):
    text = "Intro.\n\n“We will win,” said General Anna Berg. She added: “Soon, very soon.”\n"
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    result = run_digest("quotes", str(path))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert [q["speaker"] for q in found] == ["Anna Berg", "Anna Berg"]
    assert found[0]["role"] == "General"
    for quote in found:
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_cli_people_unknown_lists_uncurated_speakers():
    result = run_digest("people", "--unknown")
    assert result.returncode == 0
    assert "Tom Suozzi" in result.stdout and "Ivo Daalder" in result.stdout
    assert "Jake Sullivan" not in result.stdout


def test_duplicate_people_are_an_error(tmp_path):
    project = make_project(tmp_path)
    people = project / "content/people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + "\n- name: Jake Sullivan\n", encoding="utf-8")
    result = run_digest("check", "-s", str(project / "pelicanconf.py"), cwd=project)
    assert result.returncode == 1
    assert "content/people.yaml:" in result.stdout and "duplicate slug 'jake-sullivan'" in result.stdout


def test_people_yaml_errors_are_reported(tmp_path):
    project = make_project(tmp_path)
    (project / "content/people.yaml").write_text("- name: A\n  kind: robot\n- name: [unclosed\n", encoding="utf-8")
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert result.returncode == 1
    assert "content/people.yaml" in result.stderr


def test_extraction_handles_pathological_paragraphs():
    # 100,000 quotation marks and a megabyte without any: extraction returns (bench measures the time).
    assert quotes_in("“a” " * 50_000) == [] and quotes_in("word " * 200_000) == []
    assert len(quotes_in("He said “a b c” and " * 2_000)) == 2_000


def test_data_files_exist():
    assert Path(ROOT / "tests/data/quotes_gold.yaml").stat().st_size > 10_000
