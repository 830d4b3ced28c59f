"""Pagefind's offline search index, in bundles that a rebuild can keep.

One Pagefind run over a 10,000-page site takes ~20 s and ~2.3 GB, and must be
repeated whole when a single page changes. So when more pages are marked for
search than DIGEST_SEARCH_BUNDLE_PAGES, they are indexed in bundles: dated
pages (a page says its date with `data-search-date` next to
`data-pagefind-body`: articles, and events by their start) by year, or by
quarter, month or runs of days when a year holds more than that; everything
else (people, quotations) in the main bundle `pagefind/`, which the search page
merges with the others (Pagefind's multisite search, listed in
`pagefind/bundles.json`). A new article changes its own bundle (with its
neighbours and, mostly, the events it joins) and the main one (the people it
quotes); dating the events keeps that main bundle small; a bundle whose pages are
the very files the published one was indexed from is taken from the published
site as it is. A smaller site is one bundle: one index ranks best.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .pagefind_order import normalise_filters

logger = logging.getLogger(__name__)

INDEX_DIR = "pagefind"
DATED_DIR = "by-date"  # inside INDEX_DIR: one folder per dated bundle
BUNDLE_LIST = "bundles.json"
MAIN = ""
PAGES = "pages"  # in the record beside the bundles: the site's pages, marked or not, by stamp
_MARKED_TAG = re.compile(rb"<[a-zA-Z][^<>]*?\sdata-pagefind-body(?=[\s=/>])[^<>]*>")
_DATE = re.compile(rb'\sdata-search-date="(\d{4}-\d{2}-\d{2})"')


@dataclass(frozen=True)
class SearchPage:
    """A page Pagefind indexes: its path in the site (posix) and its date ('2023-07-11'), if it has one."""
    path: str
    date: str | None


def find_search_pages(site: Path, known: dict | None = None) -> tuple[list[SearchPage], dict]:
    """The pages marked with `data-pagefind-body`, outside the index itself; and what the next build needs
    to skip reading them: path -> [size, mtime, inode, date (None: undated; False: not marked)]. A file
    whose stamp is in `known` (the last build's, a page kept unchanged as the published file) is not read."""
    pages, seen, known = [], {}, known if isinstance(known, dict) else {}
    for folder, folders, names in os.walk(site):
        if folder == str(site):
            folders[:] = [f for f in folders if f != INDEX_DIR]
        for name in names:
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            relative = Path(path).relative_to(site).as_posix()
            found = os.stat(path)
            stamp = [found.st_size, found.st_mtime_ns, found.st_ino]
            entry = known.get(relative)
            if isinstance(entry, list) and len(entry) == 4 and entry[:3] == stamp:
                date = entry[3]
            else:
                with open(path, "rb") as file:
                    tag = _MARKED_TAG.search(file.read())
                found_date = _DATE.search(tag.group(0)) if tag else None
                date = False if not tag else found_date.group(1).decode() if found_date else None
            seen[relative] = [*stamp, date]
            if date is not False:
                pages.append(SearchPage(relative, date))
    return sorted(pages, key=lambda page: page.path), seen


# The spans a bundle of dated pages covers, from the largest: '2023', '2023-q3', '2023-07'.
_SPANS = (lambda d: d[:4], lambda d: f"{d[:4]}-q{(int(d[5:7]) - 1) // 3 + 1}", lambda d: d[:7])


def plan_bundles(pages: list[SearchPage], limit: int) -> dict[str, list[str]]:
    """Bundle name -> page paths: every page in MAIN when they are at most `limit` (one index ranks
    best: each bundle weighs words by its own pages); else undated pages in MAIN and dated ones by year,
    quarter or month, whichever is the largest span that holds at most `limit` pages, and a larger month
    in runs of whole days."""
    if len(pages) <= limit:
        return {MAIN: sorted(page.path for page in pages)} if pages else {}
    bundles: dict[str, list[str]] = {}
    undated = [page.path for page in pages if page.date is None]
    if undated:
        bundles[MAIN] = undated

    def split(dated: list[SearchPage], level: int) -> None:
        spans: dict[str, list[SearchPage]] = defaultdict(list)
        for page in dated:
            spans[_SPANS[level](page.date) if level < len(_SPANS) else page.date].append(page)
        if level == len(_SPANS):  # the days of one month: consecutive days, up to `limit` pages a bundle
            days: list[str] = []
            paths: list[str] = []
            for day in sorted(spans):
                if paths and len(paths) + len(spans[day]) > limit:
                    bundles[f"{days[0]}--{days[-1]}"] = paths
                    days, paths = [], []
                days.append(day)
                paths.extend(page.path for page in spans[day])
            bundles[f"{days[0]}--{days[-1]}"] = paths
            return
        for name, in_span in spans.items():
            if len(in_span) <= limit:
                bundles[name] = [page.path for page in in_span]
            else:
                split(in_span, level + 1)

    split([page for page in pages if page.date is not None], 0)
    if bundles and MAIN not in bundles:  # the search page loads the main bundle first: never leave it empty
        bundles[MAIN] = bundles.pop(min(bundles))
    return {name: sorted(paths) for name, paths in sorted(bundles.items())}


def bundle_dir(name: str) -> str:
    """Where bundle `name` goes in the site."""
    return INDEX_DIR if name == MAIN else f"{INDEX_DIR}/{DATED_DIR}/{name}"


def index_for_search(site: Path, published: Path | None, limit: int, record: dict, workers: int = 1,
                     progress: Callable[[int, int], None] | None = None) -> dict:
    """Write the search bundles into `site` (`workers` Pagefind runs at a time, `progress(done, total)`
    after each); returns what the next build needs to keep them.

    `record` is what the build that wrote `published` returned; a bundle is taken
    from `published` when its pages are the same files (inode, size, mtime: kept
    unchanged by `keep_unchanged_files`) and its published index is intact. The
    record's PAGES entry (not a bundle name: those are "" or dates) says which
    files were marked, so that those same files are not read again.
    """
    record = record if isinstance(record, dict) else {}
    pages, seen = find_search_pages(site, record.get(PAGES))
    if not pages:  # a theme that marks nothing: Pagefind indexes every page, in one bundle
        _run_pagefind(site, site / INDEX_DIR)
        (site / INDEX_DIR / BUNDLE_LIST).write_text('{"merge": []}\n', encoding="utf-8")
        return {}
    bundles = plan_bundles(pages, limit)
    members = {name: _members_fingerprint(site, paths) for name, paths in bundles.items()}
    to_index, files = [], {}  # files: of the bundles kept, as recorded (and checked on the published site)
    for name in bundles:
        previous = record.get(name)
        if isinstance(previous, dict) and previous.get("members") == members[name] and published is not None \
                and _bundle_files(published / bundle_dir(name)) == previous.get("files"):
            _link_tree(published / bundle_dir(name), site / bundle_dir(name))
            files[name] = previous["files"]
        else:
            to_index.append(name)
    stop = threading.Event()  # a run failed or the build was interrupted: start no other
    done, counting = [0], threading.Lock()

    def index(name: str) -> None:
        if not stop.is_set():
            try:
                _index_pages(site, bundles[name], site / bundle_dir(name))
            except BaseException:
                stop.set()
                raise
            with counting:
                done[0] += 1
                if progress:
                    progress(done[0], len(to_index))

    pool = ThreadPoolExecutor(max(1, workers))
    try:  # the largest first, so that the runs end together
        list(pool.map(index, sorted(to_index, key=lambda name: -len(bundles[name]))))
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
    merged = [f"{bundle_dir(name)}/" for name in bundles if name != MAIN]
    (site / INDEX_DIR / BUNDLE_LIST).write_text(json.dumps({"merge": merged}) + "\n", encoding="utf-8")
    logger.info("digest: search: %d pages in %d bundles, %d kept from the published site, %d indexed",
                len(pages), len(bundles), len(bundles) - len(to_index), len(to_index))
    return {PAGES: seen, **{name: {"members": members[name],
                                   "files": files.get(name) or _bundle_files(site / bundle_dir(name))}
                            for name in bundles}}


def _index_pages(site: Path, paths: list[str], target: Path) -> None:
    """Pagefind over these pages only: a folder of hard links to them, so URLs stay the site's."""
    with tempfile.TemporaryDirectory(prefix=".search-", dir=site) as folder:  # removed with the staging site
        for path in paths:
            link = Path(folder) / path
            link.parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(site / path, link)
        _run_pagefind(Path(folder), target)


def _run_pagefind(site: Path, target: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(target)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"search indexing failed: {result.stderr.strip()[-500:]}")
    normalise_filters(target)  # Pagefind writes its filters in a different order each run


def _members_fingerprint(site: Path, paths: list[str]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for path in paths:
        stat = os.stat(site / path)
        digest.update(f"{path}\0{stat.st_ino}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _bundle_files(directory: Path) -> dict[str, int] | None:
    """A bundle's files and sizes (Pagefind names its index files by their content), without the dated
    bundles inside the main one and the bundle list; None when it is not there."""
    if not directory.is_dir():
        return None
    files = {}
    for folder, folders, names in os.walk(directory):
        if folder == str(directory):
            folders[:] = [f for f in folders if f != DATED_DIR]
            names = [n for n in names if n != BUNDLE_LIST]
        for name in names:
            path = os.path.join(folder, name)
            files[os.path.relpath(path, directory)] = os.stat(path).st_size
    return files


def _link_or_copy(source, target) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copy2(source, target)


def _link_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, copy_function=_link_or_copy, dirs_exist_ok=True,
                    ignore=lambda folder, names: [DATED_DIR, BUNDLE_LIST] if Path(folder) == source else [])
