"""YAML input files read with line numbers, so problems can point at a line."""

from __future__ import annotations

from pathlib import Path

import yaml

from .problems import ContentError, Problem

LINE_KEY = "__line__"


class TextDatesLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so a bad date is our error message, not a crash."""


TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _LineLoader(TextDatesLoader):
    """Also records where each mapping starts (1-based line)."""


def _construct_mapping(loader, node, deep=False):
    mapping = TextDatesLoader.construct_mapping(loader, node, deep=deep)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path, display_name: str | None = None):
    """The file's data; mappings carry `__line__`. Raises ContentError on bad YAML."""
    name = display_name or str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ContentError([Problem.error(
            name, f"not valid UTF-8 (byte {error.start})", "save the file as UTF-8",
            line=path.read_bytes()[: error.start].count(b"\n") + 1,
        )]) from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise ContentError([Problem.error(
            name, f"malformed YAML: {error.problem or error}",
            "check indentation and quoting near this line (values containing ': ' need quotes)",
            line=mark.line + 1 if mark else None,
        )]) from None


def named_entries(data, file: str, fields: set[str], what: str, problems: list[Problem]):
    """The entries of a YAML list of named things (outlets, people), with their lines.

    Appends to `problems` what is wrong with the list and its entries (no list,
    no name, unknown keys); entries without a name are skipped.
    """
    if data is None:
        return
    if not isinstance(data, list):
        problems.append(Problem.error(file, f"expected a list of {what} (lines starting with '- name: ...')",
                                      f"see the comment at the top of {file}", 1))
        return
    for entry in data:
        line = entry.get(LINE_KEY) if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or not str(entry.get("name") or "").strip() or \
                not isinstance(entry.get("name"), str):
            problems.append(Problem.error(file, f"an entry of {what} has no name", "add 'name: ...'", line))
            continue
        unknown = sorted(set(entry) - fields - {LINE_KEY})
        if unknown:
            problems.append(Problem.warning(file, f"unknown key(s) {', '.join(unknown)} in {entry['name']!r}",
                                            f"use only: {', '.join(sorted(fields))}", line))
        yield entry, line


def first_use(slug: str, line, seen: dict, file: str, problems: list[Problem]) -> bool:
    """True the first time `slug` is seen in `file`; an error naming both lines otherwise."""
    if slug in seen:
        problems.append(Problem.error(file, f"duplicate slug {slug!r} (first at line {seen[slug]})",
                                      "merge the two entries, or give one a distinct 'slug'", line))
        return False
    seen[slug] = line
    return True
