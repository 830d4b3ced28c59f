"""The editor's files -- outlets, people, events -- read once, where the settings say they are.

`editor_files(settings)` is what the build's pipeline and every `digest`
command read: PATH with DIGEST_OUTLETS_FILE, DIGEST_PEOPLE_FILE and
DIGEST_EVENTS_DIR. The result is plain frozen data, remembered per process
by the files' bytes, so that `digest build` (check, build, coverage) and
`digest check` parse each YAML file once per run.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from .problems import ContentError, Problem
from .settings import setting


@dataclasses.dataclass(frozen=True)
class EditorFiles:
    """Outlets, people and events as the editor wrote them, and every problem in those files."""

    outlets: tuple  # outlets.outlets.Outlet
    people: tuple  # quotes.people.Person
    events: tuple  # events.model.Event, by start date
    problems: tuple[Problem, ...]
    outlets_file: str  # as problems name them: "content/outlets.yaml"
    people_file: str


def content_root(settings) -> Path:
    return Path(settings["PATH"])


def shown(settings, relative: str) -> str:
    """A file under PATH as problems name it: 'content/people.yaml'."""
    return f"{content_root(settings).name}/{relative}"


_remembered: dict[tuple, EditorFiles] = {}


def editor_files(settings) -> EditorFiles:
    """The editor's files under PATH, parsed (again only when one of them changed)."""
    root = content_root(settings)
    outlets_name = setting(settings, "DIGEST_OUTLETS_FILE")
    people_name = setting(settings, "DIGEST_PEOPLE_FILE")
    events_dir = root / setting(settings, "DIGEST_EVENTS_DIR")
    watched = [root / outlets_name, root / people_name]
    if events_dir.is_dir():
        watched += sorted(events_dir.glob("*.yaml")) + sorted(events_dir.glob("*.yml"))
    key = (str(root.resolve()), outlets_name, people_name, str(events_dir), _contents_hash(watched))
    if key not in _remembered:
        _remembered.clear()  # one site per process at a time: keep one entry
        _remembered[key] = _read(root, outlets_name, people_name, events_dir, settings)
    return _remembered[key]


def _contents_hash(paths: list[Path]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for path in paths:
        digest.update(str(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\1absent")
    return digest.hexdigest()


def _read(root: Path, outlets_name: str, people_name: str, events_dir: Path, settings) -> EditorFiles:
    from ..events.model import load_events  # noqa: PLC0415 - the stages import the core, not the reverse
    from ..outlets.outlets import load_outlets  # noqa: PLC0415
    from ..quotes.people import load_people  # noqa: PLC0415

    problems: list[Problem] = []

    def read(load, *args):
        try:
            found, more = load(*args)
        except ContentError as error:  # unreadable YAML: its problems, and nothing from the file
            problems.extend(error.problems)
            return ()
        problems.extend(more)
        return tuple(found)

    outlets = read(load_outlets, root / outlets_name, shown(settings, outlets_name))
    people = read(load_people, root / people_name, shown(settings, people_name))
    events = read(load_events, events_dir, root.parent)
    return EditorFiles(outlets, people, events, tuple(problems), shown(settings, outlets_name),
                       shown(settings, people_name))
