"""Passages no event claims -> candidate events for the editor, with a draft event file each.

Passages are grouped when they share at least two distinctive names (proper
nouns that few passages use) and are dated within two weeks of each other.
Candidates come from an index of names to passages, so no passage is compared
with every other. Drafts are printed (or written outside content/); an event
is published only when the editor moves its file into content/events/.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter, defaultdict, deque

import yaml
from ..core.slugs import make_slug
from ..core.unionfind import DisjointSets
from ..quotes.names import NOT_NAMES

_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]+)*")
WINDOW_DAYS = 14
MIN_SHARED = 2
RECENT = 50  # passages per name compared with a new one
MAX_SHARE = 0.1  # a name in more than this share of all passages is not distinctive


@dataclasses.dataclass
class Suggestion:
    terms: list[str]
    start: dt.date
    end: dt.date
    passages: list[tuple[str, str, str]]  # (article slug, passage id, text)

    @property
    def slug(self) -> str:
        return make_slug("-".join(self.terms[:3]) + f"-{self.start:%Y-%m}")

    def draft(self) -> str:
        data = {
            "title": f"DRAFT: {', '.join(self.terms[:3])} — write a neutral title",
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "summary": "DRAFT: write one or two neutral, factual sentences.",
            "aliases": self.terms[:3],
            "keywords": self.terms[3:8],
            "include": [f"{article}#{passage}" for article, passage, _ in self.passages],
        }
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _names(text: str) -> set[str]:
    found = set()
    for match in _NAME.finditer(text):
        words = [w for w in match.group(0).split() if w.lower() not in NOT_NAMES]
        if words:
            found.add(" ".join(words))
    return found


def suggest_events(unassigned: list[tuple[str, str, str, dt.date]], all_texts: list[str]) -> list[Suggestion]:
    """Groups of unassigned passages (article, passage id, text, date) that look like one event.

    A name is distinctive when it is in at least two passages but in no more
    than a tenth of all passages (assigned ones included).
    """
    unassigned = sorted(unassigned, key=lambda u: (u[3], u[0], u[1]))
    names = [_names(text) for _, _, text, _ in unassigned]
    frequency = Counter(name for text in all_texts for name in _names(text))
    limit = max(2, int(len(all_texts) * MAX_SHARE))
    distinctive = [{n for n in found if 2 <= frequency[n] <= limit} for found in names]
    groups = DisjointSets(len(unassigned))
    # Passages come in date order; each name remembers its most recent passages only.
    index: dict[str, deque] = defaultdict(lambda: deque(maxlen=RECENT))
    for i, found in enumerate(distinctive):
        shared: Counter = Counter()
        for name in found:
            for j in index[name]:
                if (unassigned[i][3] - unassigned[j][3]).days <= WINDOW_DAYS:
                    shared[j] += 1
            index[name].append(i)
        for j, count in shared.items():
            if count >= MIN_SHARED:
                groups.join(i, j)
    members_of: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(groups.roots()):
        members_of[root].append(i)
    suggestions = []
    for members in members_of.values():
        if len(members) < 2:
            continue
        counts = Counter(name for i in members for name in distinctive[i])
        terms = [name for name, n in counts.most_common() if n >= 2]
        dates = [unassigned[i][3] for i in members]
        suggestions.append(Suggestion(terms, min(dates), max(dates),
                                      [(unassigned[i][0], unassigned[i][1], unassigned[i][2]) for i in members]))
    return sorted(suggestions, key=lambda s: (-len(s.passages), s.start))
