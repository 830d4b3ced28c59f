"""Nothing lost: every paragraph, quotation and assigned passage appears everywhere it belongs.

Checked on the seed site and on a generated 500-article corpus (bench/corpus.py).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

import pytest
from conftest import ROOT, run_digest, soup
from pelican.plugins.news_digest.cli.corpus import read_article

sys.path.insert(0, str(ROOT))
from bench.corpus import write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def generated_site(tmp_path_factory):
    project = write_corpus(tmp_path_factory.mktemp("corpus"), 500)
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert result.returncode == 0, result.stderr[-3000:]
    return project


def check_invariants(content, output) -> dict[str, int]:
    counted = defaultdict(int)
    pages = {}

    def page(relative):
        if relative not in pages:
            pages[relative] = soup(output / relative)
        return pages[relative]

    def listing(relative):
        """A page and the pages that continue it (rel=next), as one list."""
        found = [page(relative)]
        while (link := found[-1].select_one("nav.pagination a[rel=next]")) is not None:
            relative = str((output / relative).parent.joinpath(link["href"]).resolve().relative_to(output.resolve()))
            found.append(page(relative))
        return found

    for path in sorted((content / "articles").glob("*.md")):
        slug, _, passages = read_article(path)
        ids = [e["id"] for e in page(f"articles/{slug}.html").select(".article-body [id^='p-']")]
        assert ids == [p.id for p in passages], slug
        counted["paragraphs"] += len(ids)
    quotes = json.loads((output / "api/quotes.json").read_text(encoding="utf-8"))
    events = json.loads((output / "api/events.json").read_text(encoding="utf-8"))
    people = {p["slug"]: p for p in json.loads((output / "api/people.json").read_text(encoding="utf-8"))}
    for quote in quotes:
        article_page = page(quote["url"].split("#")[0])
        number, k = quote["id"].split(":q-")[1].split("-")
        anchor = f"q-{number}-{k}"
        assert article_page.select_one(f".article-body span.quote[data-quote='{anchor}']"), quote["id"]
        dom_id = f"q-{quote['article']}-{number}-{k}"
        assert article_page.find(id=dom_id), quote["id"]
        # Lists of what people said show the same words once (the group's oldest report among them).
        words = " ".join(quote["text"].split())
        if quote["speaker"] and quote["speaker"]["slug"]:
            shown = [" ".join(b.blockquote.get_text().split())
                     for p in listing(people[quote["speaker"]["slug"]]["url"]) for b in p.select("figure.quote-block")]
            assert words in shown, quote["id"]
        for slug in quote["events"]:
            shown = [" ".join(b.blockquote.get_text().split())
                     for b in page(f"events/{slug}.html").select(".speakers figure.quote-block")]
            assert words in shown, (quote["id"], slug)
        counted["quotes"] += 1
    for event in events:
        event_page = page(event["url"])
        links = {a["href"].split("/")[-1] for a in event_page.select("section.coverage a[href*='#p-']")}
        for passage in event["passages"]:
            assert f"{passage['article']}.html#{passage['paragraph']}" in links, (event["slug"], passage)
            counted["assigned passages"] += 1
    return dict(counted)


def test_nothing_lost_on_the_seed_site(built_site):
    counts = check_invariants(ROOT / "content", built_site)
    assert counts["paragraphs"] >= 140 and counts["quotes"] >= 95 and counts["assigned passages"] >= 100


def test_nothing_lost_on_a_generated_corpus(generated_site):
    counts = check_invariants(generated_site / "content", generated_site / "output")
    assert counts["paragraphs"] > 3000 and counts["quotes"] > 1000 and counts["assigned passages"] > 1000
