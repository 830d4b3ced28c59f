"""The outlet directory: who published what, described neutrally by the editor.

`content/outlets.yaml` lists outlets; articles name their publisher (and, for
reprints, the original publisher). `assign_outlets` matches those names to
the directory by name, alias or web domain. An outlet nobody described yet
still gets a page, with a warning asking the editor for a description. An
article that names no publisher (allowed unless DIGEST_STRICT) has the unknown
outlet: no name, no page, shown as DIGEST_UNKNOWN; nothing is guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path

from ..core import Problem
from ..core.settings import DEFAULTS
from ..core.yamlfile import first_use, load_yaml, named_entries
from ..core.slugs import make_slug

FIELDS = {"name", "slug", "homepage", "country", "description", "aliases", "domains"}


@dataclasses.dataclass(frozen=True)
class Outlet:
    slug: str
    name: str
    homepage: str | None = None
    country: str | None = None
    description: str | None = None
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    listed: bool = True  # False: named by an article, absent from outlets.yaml

    @property
    def known(self) -> bool:
        """False for the unknown outlet (an article that names no publisher): it has no page."""
        return bool(self.slug)


def unknown_outlet(label: str = DEFAULTS["DIGEST_UNKNOWN"]) -> Outlet:
    """The outlet of an article that names no publisher: only the site's word for 'unknown'."""
    return Outlet(slug="", name=label, listed=False)


def parse_outlets(data, file: str) -> tuple[list[Outlet], list[Problem]]:
    """Outlets from the YAML data of `file`, and every problem in it."""
    problems: list[Problem] = []
    outlets: list[Outlet] = []
    seen: dict[str, int] = {}
    for entry, line in named_entries(data, file, FIELDS, "outlets", problems):
        outlet = Outlet(
            slug=str(entry.get("slug") or make_slug(entry["name"])),
            name=entry["name"].strip(),
            homepage=entry.get("homepage"),
            country=entry.get("country"),
            description=(entry.get("description") or "").strip() or None,
            aliases=tuple(str(a) for a in entry.get("aliases") or ()),
            domains=tuple(str(d).lower() for d in entry.get("domains") or ()),
        )
        if outlet.homepage and not re.match(r"^https?://[^\s/]+\.[^\s]+$", outlet.homepage):
            problems.append(Problem.error(file, f"homepage {outlet.homepage!r} of {outlet.name!r} is not a web address",
                                          "give the full address starting with https://, or leave it out", line))
            continue
        if not first_use(outlet.slug, line, seen, file, problems):
            continue
        if not outlet.description:
            problems.append(Problem.warning(file, f"outlet {outlet.name!r} has no description",
                                            "add a one-line neutral 'description' of what the outlet is", line))
        outlets.append(outlet)
    return outlets, problems


def load_outlets(path: Path, display_name: str | None = None) -> tuple[list[Outlet], list[Problem]]:
    if not path.exists():
        return [], []
    return parse_outlets(load_yaml(path, display_name), display_name or str(path))


class OutletDirectory:
    """Finds an outlet by its name, an alias or a web domain, ignoring case."""

    def __init__(self, outlets: Iterable[Outlet]):
        self.outlets = list(outlets)
        self._by_name = {}
        for outlet in self.outlets:
            if not outlet.known:  # 'unknown' is no outlet's name: an article saying 'Unknown' names one
                continue
            for key in (outlet.name, outlet.slug, *outlet.aliases, *outlet.domains):
                self._by_name.setdefault(key.casefold(), outlet)

    def find(self, text: str | None) -> Outlet | None:
        if not text:
            return None
        key = text.strip().casefold()
        if key in self._by_name:
            return self._by_name[key]
        bare = key.removeprefix("https://").removeprefix("http://").removeprefix("www.").split("/")[0]
        return self._by_name.get(bare)

    def canonical_name(self, text: str) -> str | None:
        found = self.find(text)
        return found.name if found else None


def assign_outlets(
    publishers: list[tuple[str, str | None]], listed: list[Outlet], source_names: list[str],
    unknown: str = DEFAULTS["DIGEST_UNKNOWN"],
) -> tuple[list[tuple[Outlet, Outlet | None]], list[Outlet], list[Problem]]:
    """Each (publisher, original publisher) pair matched to an outlet.

    Names not in the directory become unlisted outlets (name only), with one
    warning each naming the first article that uses it. An empty publisher is
    the unknown outlet (`unknown_outlet(unknown)`, in the list only when used;
    its `known` is False), without a warning: outside strict mode it is allowed.
    """
    directory = OutletDirectory(listed)
    unlisted: dict[str, Outlet] = {}
    problems: list[Problem] = []

    def resolve(name: str, source: str) -> Outlet:
        if not name.strip():
            return unlisted.setdefault("", unknown_outlet(unknown))
        found = directory.find(name)
        if found:
            return found
        slug = make_slug(name)
        if slug not in unlisted:
            unlisted[slug] = Outlet(slug=slug, name=name.strip(), listed=False)
            problems.append(Problem.warning(
                source, f"outlet {name!r} is not in outlets.yaml; its page shows only its name",
                f"add an entry for {name!r} (name, homepage, country, description) to content/outlets.yaml"))
        return unlisted[slug]

    pairs = [
        (resolve(publisher or "", source), resolve(original, source) if original and original.strip() else None)
        for (publisher, original), source in zip(publishers, source_names)
    ]
    return pairs, [*listed, *unlisted.values()], problems
