"""Article files read on every core (reading/prefetch.py) build the same site, and fail the same way, as one core.

Pelican runs in this process, as `pelican` does, with our plugin: a bad file
reaches the reader (`digest build` would have stopped at its content check).
The workers start only from MIN_ITEMS files to read, so the project has that
many articles.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from conftest import make_project
from pelican.plugins.news_digest.core.parallel import MIN_ITEMS

COUNT = MIN_ITEMS + 10
BAD_UTF8 = "zz-latin1.md"


def _article(number: int) -> str:
    return (f"Title: Harbour report {number}\nDate: 2023-07-{1 + number % 28:02d}\nPublisher: Baltic Wire\n"
            f"Authors: Anna Berg\n\nThe port of Gdańsk handled {number} ships, “a record for week {number},” "
            f"said Jens Stoltenberg.\n\nDock workers met on day {number}.\n")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    articles = {f"report-{n:04d}.md": _article(n) for n in range(COUNT)}
    articles[BAD_UTF8] = "Title: Café\nDate: 2023-07-02\nPublisher: Baltic Wire\n\nCaf\xe9 au lait.\n".encode("latin-1")
    return make_project(tmp_path_factory.mktemp("prefetch"), articles, with_seed_content=False)


def _run(project: Path, output: Path, caplog, **overrides) -> list[tuple[str, str, str]]:
    """Pelican with our plugin; the log records of the run as (logger, level, message)."""
    from pelican import Pelican
    from pelican.settings import read_settings

    settings = read_settings(str(project / "pelicanconf.py"),
                             override={"OUTPUT_PATH": str(output), "DIGEST_SEARCH": False, **overrides})
    from pelican.log import LimitFilter

    LimitFilter._raised_messages.clear()  # Pelican logs a warning once per process; each run here is a process
    LimitFilter._group_count.clear()
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="pelican.plugins.news_digest.reading"):
        Pelican(settings).run()
    return [(r.name, r.levelname, r.getMessage()) for r in caplog.records if r.levelno >= logging.WARNING]


def _files(output: Path) -> dict[str, bytes]:
    return {str(p.relative_to(output)): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}


def _prefetch_logged(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.endswith("reading.prefetch")]


def test_read_on_two_cores_as_on_one(project, tmp_path, caplog):
    serial = _run(project, tmp_path / "one", caplog, DIGEST_WORKERS=1)
    assert not _prefetch_logged(caplog)
    parallel = _run(project, tmp_path / "two", caplog, DIGEST_WORKERS=2)
    assert _prefetch_logged(caplog) == [f"{COUNT + 1} article files read on 2 cores"]
    assert parallel == serial  # the same problems, in the same order, from the same loggers
    bad = [message for _, level, message in serial if BAD_UTF8 in message and level == "ERROR"]
    assert bad and "not valid UTF-8" in bad[0] and f"{BAD_UTF8}:1: error" in bad[0] and "iconv" in bad[0]
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert len(one) > COUNT and one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []
    assert not any(BAD_UTF8.removesuffix(".md") in name for name in one)  # the bad file is not published


def test_with_pelicans_cache_only_changed_files_are_read_again(project, tmp_path, caplog):
    cache = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(tmp_path / "cache"),
             "DIGEST_WORKERS": 2}
    first = _run(project, tmp_path / "first", caplog, **cache)
    assert _prefetch_logged(caplog) == [f"{COUNT + 1} article files read on 2 cores"]
    again = _run(project, tmp_path / "again", caplog, **cache)
    assert _prefetch_logged(caplog) == []  # one file to read (the bad one, never cached): not worth the workers
    assert [r for r in again if BAD_UTF8 in r[2]] == [r for r in first if BAD_UTF8 in r[2]]
    assert _files(tmp_path / "first") == _files(tmp_path / "again")
    serial = _run(project, tmp_path / "serial", caplog, DIGEST_WORKERS=1)
    assert _files(tmp_path / "serial") == _files(tmp_path / "first")
    assert [r for r in serial if BAD_UTF8 in r[2]] == [r for r in first if BAD_UTF8 in r[2]]
