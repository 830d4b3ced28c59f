"""`digest build`: check, build into a staging directory, then swap it in.

The published directory is replaced only after a complete, successful build,
so a failed or interrupted build leaves what was published before untouched.
One build at a time per project (a lock in the cache folder); the swap is one
rename where the system allows it (filesystem.py).
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import Callable

from ..core import ContentError, Problem, Severity, setting
from ..core.memo import ResultStore
from ..core.parallel import worker_count

from .cache import cache_key, prepare_cache, seal_cache
from .checking import check_content, coverage_warnings
from .published import RECORD as PUBLISHED_RECORD, PublishedFiles
from .filesystem import build_lock, exchange, remove_tree, write_atomically
from .searching import INDEX_DIR, index_for_search

SEARCH_RECORD = "digest-search.json"  # in the cache: what the search bundles were made from


def load_settings(settings_file: Path, overrides: dict | None = None) -> dict:
    from pelican.settings import read_settings  # noqa: PLC0415 - keep `digest --help` fast

    return read_settings(str(settings_file), override=overrides or {})


def build_site(settings_file: Path, output: Path | None = None, overrides: dict | None = None,
               progress: Callable[[int, int], None] | None = None) -> tuple[Path, list[Problem]]:
    """Build the site; returns the output directory and the warnings. `progress(done, total)` hears of
    each search bundle indexed.

    Raises ContentError, before anything is written, when the content has errors.
    """
    from pelican import Pelican  # noqa: PLC0415

    settings = load_settings(settings_file, overrides)
    output = Path(output or settings["OUTPUT_PATH"]).resolve()
    with collector_paused():
        project_cache = Path(settings["PATH"]).resolve().parent / setting(settings, "DIGEST_CACHE_DIR")
        with build_lock(project_cache):
            cache = _content_cache(settings, settings_file)
            checked = ResultStore.for_settings({"CACHE_CONTENT": True, "CACHE_PATH": cache} if cache else {},
                                               "check", "")
            problems = check_content(settings, memo=checked)
            errors = [p for p in problems if p.severity is Severity.ERROR]
            if errors:
                raise ContentError(errors)
            return _build_locked(settings, cache, checked, output, problems, progress, Pelican)


def _content_cache(settings, settings_file: Path) -> Path | None:
    """The content cache's folder for these settings, code and dependencies (None: the cache is off)."""
    if not setting(settings, "DIGEST_CONTENT_CACHE"):
        return None
    # The digest's own code too: installed (not on PLUGIN_PATHS), its reader still shapes every cached article.
    plugin_dirs = [Path(p) for p in settings.get("PLUGIN_PATHS", [])] + [Path(__file__).resolve().parent.parent]
    lock_file = Path(settings_file).resolve().parent / "requirements.txt"
    key = cache_key(settings, plugin_dirs, lock_file)
    return prepare_cache(Path(settings["PATH"]).resolve().parent / setting(settings, "DIGEST_CACHE_DIR"), key)


def _build_locked(settings, cache, checked, output, problems, progress, Pelican):
    if cache is not None:
        # Unchanged article pages come from DIGEST_PUBLISHED_PATH. Pelican's cache is not gzipped: the cache
        # folder is ours, and compressing it at level 9 took 1.1 s of a rebuild at 10,000 articles.
        settings.update(CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True, CACHE_PATH=str(cache),
                        DIGEST_PUBLISHED_PATH=str(output), GZIP_CACHE=False)
    recover_interrupted_swap(output)
    published = PublishedFiles(output, cache.parent / PUBLISHED_RECORD if cache is not None else None)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.build-", dir=output.parent))
    previous = signal.signal(signal.SIGTERM, _interrupt)  # so that `finally` runs on SIGTERM too
    try:
        settings["OUTPUT_PATH"] = str(staging)
        Pelican(settings).run()
        problems = problems + _coverage_from(staging, settings)
        published.keep_unchanged(staging)
        search_record = None
        if setting(settings, "DIGEST_SEARCH"):
            search_record = index_for_search(staging, output, setting(settings, "DIGEST_SEARCH_BUNDLE_PAGES"),
                                             _read_search_record(cache), worker_count(setting(settings, "DIGEST_WORKERS")),
                                             progress)
            published.keep_unchanged(staging, under=INDEX_DIR)
        checked.save()  # before the cache is sealed
        swap_in(staging, output)
        if cache is not None:
            _record_cache(cache, search_record, published)
    finally:
        remove_tree(staging)
        signal.signal(signal.SIGTERM, previous)
    return output, problems


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic collector paused for a build: a build's objects live until its end, and at 10,000
    articles the collector's passes over millions of them took 6-7 s of a 50 s rebuild, to free almost
    nothing (the peak memory was the same; reference counting frees the rest)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _coverage_from(site: Path, settings) -> list[Problem]:
    """The warnings `digest check` finds by running the stages, from what this build wrote."""
    api = site / setting(settings, "DIGEST_API_DIR")
    try:
        people = json.loads((api / "people.json").read_text(encoding="utf-8"))
        events = json.loads((api / "events.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    quoted = {p["name"] for p in people if p.get("quote_count")}
    return coverage_warnings(settings, quoted, {e["slug"] for e in events if e.get("passages")})


def _record_cache(cache: Path, search_record: dict | None, published: PublishedFiles) -> None:
    """After the swap the site is published: a cache that cannot be written only costs the next build time."""
    try:
        if search_record is not None:
            write_atomically(cache / SEARCH_RECORD, json.dumps(search_record, sort_keys=True))
        seal_cache(cache)
    except OSError as error:
        remove_tree(cache)  # unsealed: the next build starts afresh rather than trust it
        print(f"digest: the site was published, but the content cache could not be written ({error}); "
              "the next build will start without it", file=sys.stderr)
    try:
        published.save()
    except OSError:
        pass  # the next build compares the published files byte by byte, as without a record


class BuildInterrupted(Exception):
    """SIGTERM or SIGINT arrived during a build."""


def _interrupt(signum, frame):
    raise BuildInterrupted(signal.Signals(signum).name)


def _read_search_record(cache: Path | None) -> dict:
    """What the last build recorded of its search bundles (kept in the sealed cache), or nothing."""
    try:
        return json.loads((cache / SEARCH_RECORD).read_text(encoding="utf-8")) if cache else {}
    except (OSError, ValueError):
        return {}


def swap_in(staging: Path, output: Path) -> None:
    """Replace `output` by `staging`: one exchange of the two (the old site is then at `staging`, removed by
    the caller), or, where the system cannot, two renames with the old tree removed last."""
    os.chmod(staging, 0o755)  # mkdtemp makes it private
    if output.is_dir() and not output.is_symlink() and exchange(staging, output):
        return
    old = output.with_name(f".{output.name}.old")
    if not remove_tree(old):
        raise PermissionError(13, "cannot remove a previous build's leftover", str(old))
    if output.exists():
        output.rename(old)
    staging.rename(output)
    remove_tree(old)


def recover_interrupted_swap(output: Path) -> None:
    """A build killed between the two renames left the old site aside: put it back."""
    old = output.with_name(f".{output.name}.old")
    if old.exists() and not output.exists():
        old.rename(output)
    remove_tree(old)
    for stale in output.parent.glob(f".{output.name}.build-*"):
        remove_tree(stale)
