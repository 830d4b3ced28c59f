"""`digest check`: every problem in the content, without building."""

from __future__ import annotations

from pathlib import Path

from digest_articles import required_keys
from digest_articles.source import find_duplicate_slugs, parse_article_source
from digest_core import ContentError, Problem, setting
from digest_outlets.outlets import assign_outlets, load_outlets
from digest_quotes.people import load_people

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mkd", ".mdown"}


def content_files(settings) -> list[Path]:
    root = Path(settings["PATH"])
    return sorted(p for p in root.rglob("*") if p.suffix in MARKDOWN_SUFFIXES and p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(root).parts))


def check_content(settings) -> list[Problem]:
    """Problems in articles, pages and outlets, all at once."""
    root = Path(settings["PATH"])
    problems: list[Problem] = []
    articles = []
    for path in content_files(settings):
        name = str(path.relative_to(root.parent))
        required = required_keys(path, settings)
        source, found = parse_article_source(path.read_bytes(), name, required)
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
    _, _, found = assign_outlets(
        [(a.metadata["publisher"], a.metadata.get("original_publisher")) for a in with_publisher],
        listed, [a.file for a in with_publisher])
    return problems + found
