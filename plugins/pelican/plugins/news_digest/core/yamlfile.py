"""YAML input files read with line numbers and limits, so problems point at a line and a hostile file
cannot take the build down.

Aliases (`*name`) are refused: a "billion laughs" file of nested anchors grows
without bound as it is constructed, and the editor's files never need them.
Nesting deeper than MAX_DEPTH and files larger than MAX_BYTES are refused too,
before any value is built (the composer recurses once per level).

Where PyYAML has libyaml (its wheels do), files are parsed by the C parser,
ten times faster: the limits are checked on its event stream first, then the
same constructors build the values; otherwise by the Python loaders below.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .problems import ContentError, Problem

LINE_KEY = "__line__"


MAX_BYTES = 5_000_000  # the size limit of an article (DIGEST_MAX_ARTICLE_BYTES); no YAML file is near it
MAX_DEPTH = 20  # mappings and lists inside one another; the editor's files need 4


class LimitsError(yaml.MarkedYAMLError):
    """A YAML file uses an alias, or nests too deep."""


class TextDatesLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text (a bad date is our error message, not a crash), refuses
    aliases and bounds nesting."""

    _depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise LimitsError(None, None, f"an alias (*{event.anchor}) is used; aliases are not allowed",
                              event.start_mark)
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if self._depth >= MAX_DEPTH:
                raise LimitsError(None, None, f"values are nested more than {MAX_DEPTH} levels deep",
                                  event.start_mark)
            self._depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        return super().compose_node(parent, index)


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


def _limits_problem(text: str) -> None:
    """Raise LimitsError where the C parser's events show an alias or nesting past MAX_DEPTH."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise LimitsError(None, None, f"an alias (*{event.anchor}) is used; aliases are not allowed",
                              event.start_mark)
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise LimitsError(None, None, f"values are nested more than {MAX_DEPTH} levels deep",
                                  event.start_mark)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1


_FAST: dict = {}  # a Python loader -> the libyaml loader that builds the same values
if getattr(yaml, "__with_libyaml__", False):
    class _FastTextDates(yaml.CSafeLoader):
        """TextDatesLoader on libyaml (the limits are checked before, on the events)."""

    _FastTextDates.yaml_implicit_resolvers = TextDatesLoader.yaml_implicit_resolvers

    class _FastLines(_FastTextDates):
        """_LineLoader on libyaml."""

    _FastLines.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _FAST = {TextDatesLoader: _FastTextDates, _LineLoader: _FastLines}


def _load(text: str, loader):
    fast = _FAST.get(loader)
    if fast is None:
        return yaml.load(text, Loader=loader)  # noqa: S506 - SafeLoader subclass
    _limits_problem(text)
    return yaml.load(text, Loader=fast)  # noqa: S506 - CSafeLoader subclass


def load_yaml(path: Path, display_name: str | None = None):
    """The file's data; mappings carry `__line__`. Raises ContentError on bad YAML or a file over the limits."""
    name = display_name or str(path)
    with open(path, "rb") as file:
        raw = file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ContentError([Problem.error(name, f"the file is larger than {MAX_BYTES / 1e6:.0f} MB",
                                          "split it, or remove what does not belong in it", 1)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ContentError([Problem.error(
            name, f"not valid UTF-8 (byte {error.start})", "save the file as UTF-8",
            line=raw[: error.start].count(b"\n") + 1,
        )]) from None
    data, problem = parse_yaml_text(text, name, _LineLoader)
    if problem:
        raise ContentError([problem])
    return data


def parse_yaml_text(text: str, file: str, loader=TextDatesLoader, first_line: int = 1, what: str = "YAML"):
    """(data, None), or (None, the Problem) when `text` is malformed or over the limits.

    `first_line` is the file's line where `text` starts (front matter starts on line 2).
    """
    try:
        return _load(text, loader), None
    except LimitsError as error:
        fix = ("write the value out in full where it is used" if "alias" in error.problem
               else "flatten the value: lists of names, mappings of plain values")
        return None, Problem.error(file, f"{what} not accepted: {error.problem}", fix,
                                   error.problem_mark.line + first_line)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        return None, Problem.error(
            file, f"malformed {what}: {error.problem or error}",
            "check indentation and quoting near this line (values containing ': ' need quotes)",
            mark.line + first_line if mark else first_line)
    except yaml.reader.ReaderError as error:  # a control character: a position, not a line
        return None, Problem.error(file, f"malformed {what}: character {error.character!r} is not allowed",
                                   "remove the control character (or write it as an escape in a quoted string)",
                                   text[: error.position].count("\n") + first_line)
    except (yaml.YAMLError, RecursionError, ValueError) as error:  # e.g. a reader error without a mark
        return None, Problem.error(file, f"malformed {what}: {error}", "check the file's syntax", first_line)


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
