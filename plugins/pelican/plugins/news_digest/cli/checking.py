"""`digest check`: every problem in the content, without building."""

from __future__ import annotations

import os
from pathlib import Path

from ..reading import required_keys
from ..reading.source import find_duplicate_slugs, parse_article_source
from ..core import ContentError, Problem, Severity, setting
from ..outlets.outlets import assign_outlets, load_outlets
from ..events.assign import assign_passages_to_events
from ..events.model import load_events
from ..quotes.extract import extract_quotes
from ..quotes.people import PeopleDirectory, load_people

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mkd", ".mdown"}


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


def check_content(settings, deep: bool = False) -> list[Problem]:
    """Problems in articles, pages, outlets, people and events, all at once.

    `deep` also runs the quote and event stages (without writing anything) to
    find what only they can see: unknown events, missing paragraphs, events
    without passages, people without quotes, outlets without articles.
    """
    root = Path(settings["PATH"])
    problems: list[Problem] = [] if setting(settings, "DIGEST_ALLOW_OUTSIDE_LINKS") else links_outside(root)
    articles = []
    for path in content_files(settings):
        name = str(path.relative_to(root.parent))
        required = required_keys(path, settings)
        source, found = parse_article_source(path.read_bytes(), name, required,
                                             setting(settings, "DIGEST_MAX_ARTICLE_BYTES"))
        problems += found
        if source is not None and "publisher" in required:
            articles.append(source)
    problems += find_duplicate_slugs(articles)
    outlets_file = setting(settings, "DIGEST_OUTLETS_FILE")
    try:
        listed, found = load_outlets(root / outlets_file, f"{root.name}/{outlets_file}")
    except ContentError as error:
        return problems + error.problems
    problems += found
    people_file = setting(settings, "DIGEST_PEOPLE_FILE")
    try:
        problems += load_people(root / people_file, f"{root.name}/{people_file}")[1]
    except ContentError as error:
        problems += error.problems
    with_publisher = [a for a in articles if a.metadata.get("publisher")]
    pairs, _, found = assign_outlets(
        [(a.metadata["publisher"], a.metadata.get("original_publisher")) for a in with_publisher],
        listed, [a.file for a in with_publisher])
    problems += found
    events_dir = root / setting(settings, "DIGEST_EVENTS_DIR")
    problems += load_events(events_dir, root.parent)[1]
    used = {outlet.slug for pair in pairs for outlet in pair if outlet}
    problems += [Problem.warning(f"{root.name}/{outlets_file}", f"outlet {o.name!r} has no articles",
                                 "remove it, or add its articles") for o in listed if o.slug not in used]
    if deep and not any(p.severity is Severity.ERROR for p in problems):
        problems += _deep_problems(settings, root)
    return problems


def coverage_warnings(settings, quoted: set[str], assigned: set[str]) -> list[Problem]:
    """Listed people no article quotes, and events no passage belongs to: the same warnings whether
    `digest check` (running the stages) or the build (from what it wrote) found `quoted` and `assigned`."""
    root = Path(settings["PATH"])
    people_file = setting(settings, "DIGEST_PEOPLE_FILE")
    people, _ = load_people(root / people_file)
    problems = [Problem.warning(f"{root.name}/{people_file}", f"{p.name!r} has no quotations in any article",
                                "check the spelling and aliases, or remove the entry") for p in people
                if p.name not in quoted]
    events, _ = load_events(root / setting(settings, "DIGEST_EVENTS_DIR"), root.parent)
    return problems + [Problem.warning(e.file, f"event {e.title!r} has no passages",
                                       "add aliases or keywords its articles use, or an include")
                       for e in events if e.slug not in assigned]


def _deep_problems(settings, root: Path) -> list[Problem]:
    """What the quote and event stages find, run over the content without building."""
    from .corpus import corpus_inputs  # noqa: PLC0415 - Markdown conversion only for deep checks

    people, _ = load_people(root / setting(settings, "DIGEST_PEOPLE_FILE"))
    directory = PeopleDirectory(people)
    inputs = corpus_inputs(root, settings.get("MARKDOWN"))
    quoted = {q.speaker.name for a in inputs for q in extract_quotes(a.passages, directory) if q.speaker}
    events, _ = load_events(root / setting(settings, "DIGEST_EVENTS_DIR"), root.parent)
    result = assign_passages_to_events(inputs, events, directory.terms_for)
    return result.problems + coverage_warnings(settings, quoted, {a.event for a in result.assignments})
