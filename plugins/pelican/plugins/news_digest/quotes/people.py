"""The people directory: canonical names, spellings, roles, and how texts refer to them.

`content/people.yaml` lists people and organisations that speak in articles.
`aliases` are other spellings and short forms ("Zelenskyy", "Zelensky");
`nouns` are descriptions an article may use once it has named them ("the
diplomat", "the alliance"); they only resolve to an entry the same article
has already mentioned.
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

from ..core import Problem
from ..core.slugs import make_slug
from ..core.yamlfile import first_use, load_yaml, named_entries

FIELDS = {"name", "slug", "kind", "aliases", "nouns", "roles", "description"}
KINDS = {"person", "organisation"}


@dataclasses.dataclass(frozen=True)
class Role:
    title: str
    start: str | None = None  # ISO date or year, when known
    end: str | None = None

    def __str__(self) -> str:
        if self.start and self.end:
            return f"{self.title} ({self.start}–{self.end})"
        if self.start:
            return f"{self.title} (since {self.start})"
        if self.end:
            return f"{self.title} (until {self.end})"
        return self.title


@dataclasses.dataclass(frozen=True)
class Person:
    slug: str
    name: str
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    description: str | None = None
    listed: bool = True  # False: found in an article, not (yet) in people.yaml


def parse_people(data, file: str) -> tuple[list[Person], list[Problem]]:
    problems: list[Problem] = []
    people: list[Person] = []
    seen: dict[str, int] = {}
    lines: dict[str, int] = {}
    for entry, line in named_entries(data, file, FIELDS, "people", problems):
        kind = entry.get("kind", "person")
        if kind not in KINDS:
            problems.append(Problem.error(file, f"{entry['name']!r}: kind {kind!r} is not one of {sorted(KINDS)}",
                                          "write 'kind: person' or 'kind: organisation'", line))
            continue
        roles = []
        for role in entry.get("roles") or ():
            if isinstance(role, str):
                roles.append(Role(role))
            elif isinstance(role, dict) and role.get("title"):
                roles.append(Role(str(role["title"]), _date_text(role.get("from")), _date_text(role.get("to"))))
            else:
                problems.append(Problem.error(file, f"{entry['name']!r}: a role needs a title",
                                              "write roles as '- {title: ..., from: 2019, to: 2024}'", line))
        person = Person(
            slug=str(entry.get("slug") or make_slug(entry["name"])),
            name=str(entry["name"]).strip(),
            kind=kind,
            aliases=tuple(str(a) for a in entry.get("aliases") or ()),
            nouns=tuple(str(n).lower() for n in entry.get("nouns") or ()),
            roles=tuple(roles),
            description=(entry.get("description") or "").strip() or None,
        )
        if first_use(person.slug, line, seen, file, problems):
            people.append(person)
            lines[person.slug] = line
    return people, problems + _shared_names(people, lines, file)


def _shared_names(people: list[Person], lines: dict, file: str) -> list[Problem]:
    """An alias on two entries, or one entry's alias that is another's name: a text naming it would be
    attributed to one of them, silently."""
    owners: dict[str, tuple[Person, bool]] = {}  # key -> (first entry with it, whether as its name)
    for person in people:
        owners.setdefault(_key(person.name), (person, True))
    problems = []
    for person in people:
        for alias in dict.fromkeys(person.aliases):
            owner, as_name = owners.setdefault(_key(alias), (person, False))
            if owner is person:
                continue
            what = "the name" if as_name else "also an alias"
            problems.append(Problem.warning(
                file, f"alias {alias!r} of {person.name!r} (line {lines[person.slug]}) is {what} of "
                      f"{owner.name!r} (line {lines[owner.slug]}); a text naming it is attributed to one of them only",
                "remove the alias from one of the two entries", lines[person.slug]))
    return problems


def _date_text(value) -> str | None:
    return None if value is None else str(value)


def load_people(path: Path, display_name: str | None = None) -> tuple[list[Person], list[Problem]]:
    if not path.exists():
        return [], []
    return parse_people(load_yaml(path, display_name), display_name or str(path))


class PeopleDirectory:
    """Finds an entry by canonical name or alias, ignoring case and a leading 'the'."""

    def __init__(self, people: list[Person] = ()):
        self.people = list(people)
        self._by_name: dict[str, Person] = {}
        self._by_noun: dict[str, list[Person]] = {}  # 'president' -> the entries described so, in order
        for person in self.people:
            for key in (person.name, *person.aliases):
                self._by_name.setdefault(_key(key), person)
            for noun in dict.fromkeys(person.nouns):
                self._by_noun.setdefault(noun, []).append(person)

    def find(self, name: str) -> Person | None:
        return self._by_name.get(_key(name))

    def terms_for(self, name: str) -> tuple[str, ...]:
        """Every way a text may refer to this entry: its aliases and its nouns."""
        person = self.find(name)
        return (*person.aliases, *person.nouns) if person else ()

    def with_noun(self, noun: str) -> list[Person]:
        """The entries one of whose nouns is `noun` (a look-up: extraction asks for every description)."""
        return list(self._by_noun.get(noun.lower(), ()))


@functools.lru_cache(maxsize=65536)
def _key(name: str) -> str:
    words = name.replace("’", "'").casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)
