"""Stages shared out between processes give exactly what one process gives (same order, same results)."""

from __future__ import annotations

import sys

from conftest import ROOT
from pelican.plugins.news_digest.cli.corpus import corpus_inputs
from pelican.plugins.news_digest.core.parallel import MIN_ITEMS, map_articles
from pelican.plugins.news_digest.events.assign import assign_passages_to_events
from pelican.plugins.news_digest.events.model import load_events
from pelican.plugins.news_digest.quotes.extract import extract_quotes
from pelican.plugins.news_digest.quotes.people import PeopleDirectory, load_people

sys.path.insert(0, str(ROOT))
from bench.corpus import write_corpus  # noqa: E402


def test_extraction_and_assignment_on_two_processes_equal_one(tmp_path):
    project = write_corpus(tmp_path, MIN_ITEMS + 50)  # enough articles for the workers to start
    articles = corpus_inputs(project / "content")
    directory = PeopleDirectory(load_people(project / "content/people.yaml")[0])
    passages = [a.passages for a in articles]
    alone = map_articles(extract_quotes, passages, directory, workers=1)
    shared = map_articles(extract_quotes, passages, directory, workers=2)
    assert shared == alone and sum(map(len, alone)) > 100

    events, _ = load_events(project / "content/events", project)
    one = assign_passages_to_events(articles, events, directory.terms_for, workers=1)
    two = assign_passages_to_events(articles, events, directory.terms_for, workers=2)
    assert two.assignments == one.assignments and len(one.assignments) > 500
    assert two.dates == one.dates and two.unassigned == one.unassigned


def _process_id(item, shared):
    import os

    return os.getpid()


def test_workers_are_other_processes_and_small_batches_stay_here():
    import os

    assert os.getpid() not in set(map_articles(_process_id, list(range(MIN_ITEMS)), None, workers=2))
    assert set(map_articles(_process_id, list(range(MIN_ITEMS - 1)), None, workers=2)) == {os.getpid()}


def _square(item, shared):
    import os

    return item * item, os.getpid()


def test_items_handed_out_alone_come_back_in_input_order():
    import os

    items = list(range(MIN_ITEMS + 10))
    results = map_articles(_square, items, None, workers=2, alone=[150, 3, 77])
    assert [square for square, _ in results] == [i * i for i in items]
    assert os.getpid() not in {pid for _, pid in results}


def test_long_listings_are_pelicans_paginated_writes_of_many_pages():
    from pelican.settings import DEFAULT_CONFIG

    from pelican.plugins.news_digest.pages.listings import long_listings, pages_written

    settings = {**DEFAULT_CONFIG, "DEFAULT_PAGINATION": 20}
    many, few = list(range(250)), list(range(30))
    index = (None, {}, (), {"articles": many, "dates": many, "template_name": "index"})
    author = (None, {}, (), {"articles": few, "dates": few, "template_name": "author"})
    positional = (None, {}, (False, {"articles": many}, "tag"), {})
    article = (None, {}, (), {"article": object(), "template_name": "article"})
    unpaginated = (None, {}, (), {"articles": many, "template_name": "archives"})  # not in PAGINATED_TEMPLATES
    assert [pages_written(w, settings) for w in (index, author, positional, article, unpaginated)] == [13, 2, 13, 1, 1]
    assert pages_written(index, {**settings, "DEFAULT_PAGINATION": False}) == 1
    assert long_listings([article, author, positional, object(), index], settings) == [2, 4]


def test_pages_and_feeds_rendered_on_two_processes_equal_one(tmp_path):
    import hashlib

    from pelican.plugins.news_digest.cli.building import build_site

    project = write_corpus(tmp_path / "project", MIN_ITEMS + 50)  # enough pages for the workers to start
    trees = []
    for workers in (1, 2):
        output = tmp_path / f"output-{workers}"
        build_site(project / "pelicanconf.py", output,
                   {"DIGEST_WORKERS": workers, "DIGEST_SEARCH": False, "DIGEST_CONTENT_CACHE": False})
        trees.append({p.relative_to(output).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                      for p in sorted(output.rglob("*")) if p.is_file()})
    articles = [path for path in trees[0] if path.startswith("articles/")]
    assert len(articles) == MIN_ITEMS + 50
    assert [path for path in trees[0] if path.startswith("feeds/events/")], "event feeds, written by the workers too"
    assert trees[1] == trees[0]
