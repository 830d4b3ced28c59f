"""Event files (`content/events/<slug>.yaml`) -> Event objects, with every problem in them.

An event file is written by the editor:

    title: NATO summit in Vilnius
    start: 2023-07-11
    end: 2023-07-12            # optional; defaults to start
    place: Vilnius, Lithuania
    summary: One or two neutral sentences.
    aliases: [Vilnius summit]  # names that identify the event (strong evidence)
    keywords: [summit]         # words that support it (weak evidence)
    places: [Vilnius]          # places that identify it (strong evidence)
    people: [Jens Stoltenberg] # people involved (canonical names)
    related: [other-event]     # optional, the editor's related events
    include: ["article-slug#p-4"]
    exclude: ["article-slug#p-9"]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from ..core import ContentError, Problem
from ..core.yamlfile import LINE_KEY, load_yaml

FIELDS = {"title", "start", "end", "place", "summary", "aliases", "keywords", "places", "people", "related",
          "include", "exclude", "dates_note"}
PASSAGE_REF = re.compile(r"^(?P<article>[\w-]+)#(?P<passage>p-\d+)$")


@dataclasses.dataclass(frozen=True)
class Event:
    slug: str
    title: str
    start: dt.date
    end: dt.date
    summary: str
    place: str | None = None
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    include: tuple[tuple[str, str], ...] = ()  # (article slug, passage id)
    exclude: tuple[tuple[str, str], ...] = ()
    dates_note: str | None = None
    file: str = ""
    line: int | None = None  # where the event's mapping starts


def _as_date(value, field: str, file: str, line) -> tuple[dt.date | None, list[Problem]]:
    if isinstance(value, dt.datetime):
        return value.date(), []
    if isinstance(value, dt.date):
        return value, []
    try:
        return dt.date.fromisoformat(str(value)), []
    except ValueError:
        return None, [Problem.error(file, f"{field}: {value!r} is not a valid date",
                                    f"write '{field}: YYYY-MM-DD', e.g. '{field}: 2023-07-11'", line)]


def _strings(entry: dict, field: str) -> tuple[str, ...]:
    value = entry.get(field) or ()
    if isinstance(value, str):
        value = [value]
    return tuple(str(v).strip() for v in value if str(v).strip())


def parse_event(data, slug: str, file: str) -> tuple[Event | None, list[Problem]]:
    if not isinstance(data, dict):
        return None, [Problem.error(file, "an event file must be a mapping of keys to values",
                                    "see the format at the top of plugins/pelican/plugins/news_digest/events/model.py or the README", 1)]
    line = data.get(LINE_KEY, 1)
    problems: list[Problem] = []
    unknown = sorted(set(data) - FIELDS - {LINE_KEY})
    if unknown:
        problems.append(Problem.warning(file, f"unknown key(s): {', '.join(unknown)}",
                                        f"use only: {', '.join(sorted(FIELDS))}", line))
    for field in ("title", "start", "summary"):
        if not data.get(field):
            problems.append(Problem.error(file, f"no {field} given", f"add '{field}: ...' to the event file", line))
    if any(p.severity.value == "error" for p in problems):
        return None, problems
    start, found = _as_date(data["start"], "start", file, line)
    problems += found
    end, found = _as_date(data.get("end") or data["start"], "end", file, line)
    problems += found
    if start and end and end < start:
        problems.append(Problem.error(file, f"the event ends ({end}) before it starts ({start})",
                                      "swap start and end, or correct the end date", line))
    refs = {}
    for field in ("include", "exclude"):
        refs[field] = []
        for ref in _strings(data, field):
            match = PASSAGE_REF.match(ref)
            if not match:
                problems.append(Problem.error(file, f"{field}: {ref!r} is not a passage reference",
                                              "write passages as 'article-slug#p-N'", line))
            else:
                refs[field].append((match["article"], match["passage"]))
    if any(p.severity.value == "error" for p in problems):
        return None, problems
    event = Event(
        slug=slug, title=str(data["title"]).strip(), start=start, end=end, summary=" ".join(str(data["summary"]).split()),
        place=data.get("place"), aliases=_strings(data, "aliases"), keywords=_strings(data, "keywords"),
        places=_strings(data, "places"), people=_strings(data, "people"), related=_strings(data, "related"),
        include=tuple(refs["include"]), exclude=tuple(refs["exclude"]), dates_note=data.get("dates_note"), file=file,
        line=line,
    )
    return event, problems


def load_events(directory: Path, display_root: Path | None = None) -> tuple[list[Event], list[Problem]]:
    """Every event file in `directory`, sorted by start date; malformed files are errors."""
    events, problems, files = [], [], {}
    if not directory.is_dir():
        return [], []
    for path in sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml")):
        name = str(path.relative_to(display_root)) if display_root else str(path)
        try:
            event, found = parse_event(load_yaml(path, name), path.stem, name)
        except ContentError as error:
            problems += error.problems
            continue
        problems += found
        if event and event.slug in files:
            problems.append(Problem.error(name, f"another event file has the slug {event.slug!r}: {files[event.slug]}",
                                          f"rename one of the two files (the slug is the file name): "
                                          f"{files[event.slug]} and {name} would be one page", 1))
        elif event:
            files[event.slug] = name
            events.append(event)
    slugs = {e.slug for e in events}
    shown = str(directory.relative_to(display_root)) if display_root else str(directory)
    for index, event in enumerate(events):
        if event.slug in event.related:  # shown as its own related event otherwise
            problems.append(Problem.warning(event.file, f"the event is listed as related to itself ({event.slug!r})",
                                            "remove its own slug from 'related'", event.line))
            events[index] = event = dataclasses.replace(
                event, related=tuple(r for r in event.related if r != event.slug))
        for other in event.related:
            if other not in slugs:
                problems.append(Problem.warning(event.file, f"related event {other!r} does not exist",
                                                f"create {shown}/{other}.yaml or remove it from 'related'"))
    return sorted(events, key=lambda e: (e.start, e.slug)), problems
