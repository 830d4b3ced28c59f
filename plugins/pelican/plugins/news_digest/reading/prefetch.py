"""Read every article file on every core before Pelican asks for them one by one.

Pelican's ArticlesGenerator reads its files in a loop on one core, and
converting Markdown is most of a build's reading time. At the first
`article_generator_preread` of a build, the files that neither of Pelican's
caches holds are read by forked workers (core/parallel.py), each running our
reader's own `read` with Pelican's metadata processing left out and its log
records kept instead of printed. When Pelican then asks the reader for a file,
`take` hands back what the worker read: the records are logged again in this
process, in Pelican's order, a file with errors raises the same ContentError,
and the header values are processed here (Pelican's metadata objects hold the
settings and do not travel between processes). A file whose reading failed in
any other way, or changed since, is read again here as it always was, so the
error and the exit status are exactly those of a serial build.
"""

from __future__ import annotations

import logging
import os

from pelican.utils import file_suffix

from ..core import ContentError, setting
from ..core.parallel import MIN_ITEMS, map_articles, worker_count

logger = logging.getLogger(__name__)
_ready: dict[str, tuple] = {}  # absolute path -> (stamp, records, problems or None, content, values)
_worker = {"active": False}  # True in a forked worker: it reads for itself


class _Keep(logging.Handler):
    """A worker's log records, as (logger, level, message, arguments), to be logged again by the build."""

    def __init__(self):
        super().__init__(logging.NOTSET)
        self.records: list[tuple] = []

    def emit(self, record):
        self.records.append((record.name, record.levelno, record.msg, record.args))


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size


def prefetch_articles(generator) -> None:
    """At the first file the generator reads: read the rest of its uncached article files on every core."""
    if getattr(generator, "_digest_prefetched", False):
        return
    generator._digest_prefetched = True
    _ready.clear()
    workers = worker_count(setting(generator.settings, "DIGEST_WORKERS"))
    if workers <= 1 or _worker["active"]:
        return
    from . import DigestMarkdownReader  # noqa: PLC0415 - this module is imported by that package

    readers, paths = generator.readers, []
    for name in generator.get_files(generator.settings["ARTICLE_PATHS"],
                                    exclude=generator.settings["ARTICLE_EXCLUDES"]):
        if generator.get_cached_data(name, None) is not None:
            continue  # Pelican's cache holds the article
        path = os.path.abspath(os.path.join(generator.path, name))
        if not isinstance(readers.readers.get(file_suffix(path)), DigestMarkdownReader):
            continue
        if readers.get_cached_data(path, (None, None))[0] is not None:
            continue  # Pelican's reader cache holds its content
        paths.append(path)
    if len(paths) < MIN_ITEMS:
        return  # starting workers would cost more than they save
    for path, result in zip(paths, map_articles(_read_in_worker, paths, readers.readers, workers)):
        if result is not None:
            _ready[path] = result
    logger.debug("%d article files read on %d cores", len(paths), workers)


def _read_in_worker(path: str, readers: dict):
    """In a worker: what the reader makes of `path`, without Pelican's metadata objects, or None on a failure."""
    _worker["active"] = True
    root = logging.getLogger()
    keep = _Keep()
    saved, root.handlers = root.handlers, [keep]  # this worker's copy of the logging set-up
    reader = readers[file_suffix(path)]
    reader.process_metadata = _unprocessed  # this worker's copy of the reader
    stamp = _stamp(path)
    try:
        content, values = reader.read(path)
        problems = None
    except ContentError as error:
        content, values, problems = None, None, error.problems
    except Exception:  # noqa: BLE001 - read again by the build, which reports it as it always has
        return None
    finally:
        root.handlers = saved
    return stamp, keep.records, problems, content, values


def _unprocessed(_key, value):
    return value


def take(reader, source_path: str):
    """(content, metadata) for a file a worker read, logging what its reading logged; None if none did."""
    if _worker["active"] or not _ready:
        return None
    ready = _ready.pop(os.path.abspath(source_path), None)
    if ready is None:
        return None
    stamp, records, problems, content, values = ready
    if stamp is None or stamp != _stamp(os.path.abspath(source_path)):
        return None  # changed since: read it again
    for name, level, message, arguments in records:
        logger = logging.getLogger(name)
        if isinstance(arguments, dict):
            logger.log(level, message, arguments)
        else:
            logger.log(level, message, *(arguments or ()))
    if problems is not None:
        raise ContentError(problems)
    return content, {key: reader.process_metadata(key, value) for key, value in values.items()}


def forget(_generator=None) -> None:
    """After the articles are read: nothing kept for the next build."""
    _ready.clear()
