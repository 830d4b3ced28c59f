"""`digest check`: every problem in the content, without building."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from ..core import Problem, Severity, setting
from ..core.files import editor_files
from ..core.memo import ResultStore, file_digest, fingerprint
from ..core.parallel import map_articles, worker_count
from ..events import events_without_passages
from ..outlets.outlets import assign_outlets
from ..reading.rules import check_source, is_article, required_keys
from ..reading.source import find_duplicate_slugs

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mkd", ".mdown"}
_CHECK_SETTINGS = ("DIGEST_MAX_ARTICLE_BYTES", "DIGEST_KNOWN_KEYS", "DIGEST_STRICT")  # what check_source reads


def content_files(settings) -> list[Path]:
    root = Path(settings["PATH"])
    return sorted(p for p in root.rglob("*") if p.suffix in MARKDOWN_SUFFIXES and p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(root).parts))


def links_outside(root: Path) -> list[Problem]:
    """Symbolic links in the content folder to anything outside it: Pelican would publish what they point at
    (`images/passwd.txt -> /etc/passwd`), or read an article, event or people file from elsewhere."""
    real_root, problems = root.resolve(), []
    fix = ("copy the file into the content folder instead, or remove the link; to allow links out of it, set "
           "DIGEST_ALLOW_OUTSIDE_LINKS = True in pelicanconf.py")
    for folder, folders, names in os.walk(root):  # a linked folder is checked here, not entered
        for name in sorted(folders + names):
            path = Path(folder, name)
            if not path.is_symlink():
                continue
            shown = str(path.relative_to(root.parent))
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                problems.append(Problem.error(shown, "a symbolic link to nothing (or a loop of links)", fix))
                continue
            if not target.is_relative_to(real_root):
                problems.append(Problem.error(shown, f"a symbolic link to {target}, outside the content folder "
                                              "(it would be published or read)", fix))
    return problems


def _check_file(path: Path, settings) -> tuple:
    return check_source(path, str(path.relative_to(Path(settings["PATH"]).parent)), settings)


def _check_files(paths: list[Path], settings, memo: ResultStore | None) -> list[tuple]:
    """`_check_file` of every path, on every core; with `memo`, only for files whose name or bytes are not
    those of a file the last build checked (its result is kept without the body, which the check does
    not read again)."""
    workers = worker_count(setting(settings, "DIGEST_WORKERS"))
    if memo is None or memo.path is None:
        return map_articles(_check_file, paths, settings, workers)
    keys = [memo_key(path, settings, digest) for path, digest in zip(paths, _file_digests(paths, memo))]
    missing = [path for path, key in zip(paths, keys) if memo.recall(key) is None]
    fresh = iter(map_articles(_check_file, missing, settings, workers))
    results = []
    for key in keys:
        result = memo.recall(key)
        if result is None:
            source, found = next(fresh)
            result = (dataclasses.replace(source, body="") if source is not None else None, found)
            memo.misses += 1
        else:
            memo.hits += 1
        memo.keep(key, result)
        results.append(result)
    return results


def memo_key(path: Path, settings, digest: str) -> str:
    """The file's name and bytes (`digest`), and the settings its check depends on."""
    return fingerprint(str(path), digest, required_keys(path, settings),
                       *(setting(settings, name) for name in _CHECK_SETTINGS))


def _file_digests(paths: list[Path], memo: ResultStore) -> list[str]:
    """Each file's digest; a file whose size, modification time and inode are those the last build saw
    is not read again (as Pelican's cache trusts the modification time; reading 10,000 articles took
    0.4 s of every build)."""
    digests = []
    for path in paths:
        found = os.stat(path)
        stamp = f"stamp\0{path}\0{found.st_size}\0{found.st_mtime_ns}\0{found.st_ino}"
        digest = memo.recall(stamp)
        if digest is None:
            digest = file_digest(path)
        memo.keep(stamp, digest)
        digests.append(digest)
    return digests


def check_content(settings, deep: bool = False, memo: ResultStore | None = None) -> list[Problem]:
    """Problems in articles, pages, outlets, people and events, all at once.

    `memo` (the build's) keeps each file's result for the next build.
    `deep` also runs the build's pipeline (reading every article as the build
    does, writing nothing) to find what only the stages can see: quotations
    not verbatim, unknown events, missing paragraphs, events without passages,
    people without quotes.
    """
    root = Path(settings["PATH"])
    problems: list[Problem] = [] if setting(settings, "DIGEST_ALLOW_OUTSIDE_LINKS") else links_outside(root)
    articles = []
    paths = content_files(settings)
    checked = _check_files(paths, settings, memo)
    for path, (source, found) in zip(paths, checked):  # read on every core, reported in the files' order
        problems += found
        if source is not None and is_article(path, settings):
            articles.append(source)
    problems += find_duplicate_slugs(articles)
    files = editor_files(settings)
    problems += files.problems
    if any(p.severity is Severity.ERROR and p.file == files.outlets_file for p in files.problems):
        return problems  # an unreadable outlets file: matching publishers to it would only add noise
    with_publisher = [a for a in articles if a.metadata.get("publisher")]
    pairs, _, found = assign_outlets(
        [(a.metadata["publisher"], a.metadata.get("original_publisher")) for a in with_publisher],
        list(files.outlets), [a.file for a in with_publisher])
    problems += found
    used = {outlet.slug for pair in pairs for outlet in pair if outlet}
    problems += [Problem.warning(files.outlets_file, f"outlet {o.name!r} has no articles",
                                 "remove it, or add its articles") for o in files.outlets if o.slug not in used]
    if deep and not any(p.severity is Severity.ERROR for p in problems):
        problems += _deep_problems(settings)
    return problems


def coverage_warnings(settings, quoted: set[str], assigned: set[str]) -> list[Problem]:
    """Listed people no article quotes, and events no passage belongs to: the same warnings whether
    `digest check` (running the pipeline) or the build (from what it wrote) found `quoted` and `assigned`."""
    return people_without_quotes(settings, quoted) + events_without_passages(editor_files(settings).events, assigned)


def people_without_quotes(settings, quoted: set[str]) -> list[Problem]:
    files = editor_files(settings)
    return [Problem.warning(files.people_file, f"{p.name!r} has no quotations in any article",
                            "check the spelling and aliases, or remove the entry")
            for p in files.people if p.name not in quoted]


def _deep_problems(settings) -> list[Problem]:
    """What the quote and event stages find, from the build's own reading and pipeline."""
    from ..core.corpus import read_site  # noqa: PLC0415 - reading every article only for deep checks

    digest = read_site(settings).digest
    quoted = {q.person.name for q in digest.quotes if q.person}
    return digest.problems_of("quotes", "events") + people_without_quotes(settings, quoted)
