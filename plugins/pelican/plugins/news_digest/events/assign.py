"""Passages -> events: every passage scored against the events its words point to.

Evidence, each with a weight: an event's aliases (3) and places (2) identify
it; its keywords (1) and people (1.5) support it. A passage is assigned when
it names the event (an alias or a place), its score reaches the threshold, and
its date -- the dates it states, else its article's date -- is near the event.
A passage that plainly continues the previous one (a list after a lead-in, a
paragraph opening with "He", "They", "Such ...", a quotation carried on)
takes that passage's events. Each assignment keeps its reasons.

Candidate events come from the terms found in the passage (`terms.py`:
dictionary look-ups, whatever the number of terms), looked up in an index
from term to events: no passage is compared with every event, and none with
another passage.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict

from ..core import Problem
from ..core.memo import ResultStore, fingerprint
from ..core.parallel import map_articles

from .dates import StatedDate, find_dates
from .model import Event
from .terms import TermIndex

WEIGHTS = {"alias": 3.0, "place": 2.0, "person": 1.5, "keyword": 1.0}
STRONG = {"alias", "place"}
KINDS = ("alias", "place", "person", "keyword")  # the order in which a reason names the matched terms
THRESHOLD = 3.0
NEIGHBOUR_THRESHOLD = 2.5  # weaker evidence suffices beside a paragraph about the same event,
NEIGHBOUR_EVIDENCE = 2.0  # but a name alone (1.5) is not evidence
GATE_DAYS = 60  # a passage dated further than this from the event is never assigned by its words
_CONTINUES = re.compile(r"^\W*(?:he|she|they|his|her|their|such|both)\b", re.I)


@dataclasses.dataclass(frozen=True)
class ArticleInput:
    slug: str
    date: dt.date
    passages: list  # passages.passages.Passage
    events: tuple[str, ...] | None = None  # the article's `Events:` header: None = decide by evidence
    title: str = ""
    file: str = ""


@dataclasses.dataclass(frozen=True)
class Assignment:
    article: str
    passage: str
    event: str
    score: float
    why: str


@dataclasses.dataclass(frozen=True)
class Result:
    assignments: tuple[Assignment, ...]
    unassigned: tuple[tuple[str, str], ...]  # (article slug, passage id)
    dates: dict[tuple[str, str], list[StatedDate]]  # the dates each passage states (read only)
    problems: tuple[Problem, ...]


def _distance(dates: list[StatedDate], fallback: dt.date, event: Event) -> tuple[int, dt.date]:
    """Days between the passage's dates (or its article's) and the event; 0 when they overlap."""
    return _nearest(_windows(dates, fallback), event)


def _windows(dates: list[StatedDate], fallback: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(first day, last day, date as stated) of each date a passage states, worked out once per passage.

    A bare year ("in 2019") is background more often than the passage's date:
    it counts only when the passage states no day or month.
    """
    windows = []
    for stated in [d for d in dates if d.precision != "year"] or [StatedDate(fallback, "day", 0, 0)]:
        first = stated.date
        last = {"month": _month_end(first), "year": dt.date(first.year, 12, 31),
                "since": max(first, fallback)}.get(stated.precision, first)
        windows.append((first, last, stated.date))
    return windows


def _nearest(windows, event: Event) -> tuple[int, dt.date]:
    best = None
    for first, last, when in windows:
        gap = max((event.start - last).days, (first - event.end).days, 0)
        if best is None or gap < best[0]:
            best = (gap, when)
    return best


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _date_words(gap: int, when: dt.date, event: Event, stated: bool) -> str:
    source = "dated" if stated else "article dated"
    if gap == 0:
        return f"{source} {when.isoformat()}, during the event"
    side = "before" if when < event.start else "after"
    return f"{source} {when.isoformat()}, {gap} day{'s' if gap != 1 else ''} {side} the event"


def _date_bonus(gap: int) -> float:
    if gap == 0:
        return 1.5
    if gap <= 7:
        return 1.0
    if gap <= 31:
        return 0.0
    return -1.5


@dataclasses.dataclass
class _Candidate:
    score: float
    strong: bool
    why: str
    gap: int
    evidence: float  # the weight of the matched terms alone, without the date


def _score_passages(article, index, by_slug, allowed):
    """Pass 1: for each passage, the events its own words and dates support."""
    scored: list[dict[str, _Candidate]] = []
    stated_dates = []
    for passage, found in zip(article.passages, index.matches_each([p.text for p in article.passages])):
        stated = find_dates(passage.text, article.date)
        stated_dates.append(stated)
        candidates: dict[str, _Candidate] = {}
        windows = _windows(stated, article.date) if found else []
        precise = any(d.precision != "year" for d in stated)
        for slug, entries in found.items():
            if allowed is not None and slug not in allowed:
                continue
            event = by_slug[slug]
            gap, when = _nearest(windows, event)
            if gap > GATE_DAYS and allowed is None:
                continue
            terms = [(kind, term) for kind in KINDS for term in sorted({t for k, t in entries if k == kind})]
            why = f"matched: {', '.join(term for _, term in terms)}; {_date_words(gap, when, event, precise)}"
            if allowed is not None:
                why += "; the article lists this event"
            evidence = sum(WEIGHTS[k] for k, _ in terms)
            candidates[slug] = _Candidate(round(evidence + _date_bonus(gap), 2),
                                          allowed is not None or any(k in STRONG for k, _ in terms), why, gap, evidence)
        scored.append(candidates)
    return scored, stated_dates


def _assign_article(article, index, by_slug, allowed) -> tuple[list[Assignment], list]:
    scored, stated_dates = _score_passages(article, index, by_slug, allowed)
    passages = article.passages
    chosen: list[dict[str, tuple[float, str]]] = [
        {slug: (c.score, c.why) for slug, c in candidates.items() if c.strong and c.score >= THRESHOLD}
        for candidates in scored]
    main = _main_event(article, chosen, index, by_slug)
    changed, rounds = True, 0
    while changed and rounds < 4:  # discourse: continuations, lead-ins, weak evidence beside strong
        changed, rounds = False, rounds + 1
        for i, passage in enumerate(passages):
            before = chosen[i - 1] if i else {}
            after = chosen[i + 1] if i + 1 < len(passages) else {}
            if i and _continues(passage, passages[i - 1]):
                for slug, (score, _) in before.items():
                    if slug not in chosen[i] and _gap(article, by_slug[slug]) <= GATE_DAYS:
                        chosen[i][slug] = (score, f"continues {passages[i - 1].id}")
                        changed = True
            if passage.text.rstrip().endswith(":") and i + 1 < len(passages):
                for slug, (score, _) in after.items():
                    if slug not in chosen[i]:
                        chosen[i][slug] = (score, f"introduces {passages[i + 1].id}")
                        changed = True
            for slug, candidate in scored[i].items():
                if slug not in chosen[i] and candidate.evidence >= NEIGHBOUR_EVIDENCE \
                        and candidate.score >= NEIGHBOUR_THRESHOLD and (slug in before or slug in after):
                    neighbour = passages[i - 1].id if slug in before else passages[i + 1].id
                    chosen[i][slug] = (candidate.score, f"{candidate.why}; next to {neighbour}, which is about it")
                    changed = True
    if main is not None:
        for i, stated in enumerate(stated_dates):
            far = stated and min(_distance([d], article.date, by_slug[main])[0] for d in stated) > 31
            if not chosen[i] and not far:
                chosen[i][main] = (THRESHOLD, "the article is about this event (its title names it, and most "
                                              "of its matched paragraphs are about it)")
    found = [Assignment(article.slug, passages[i].id, slug, score, why)
             for i, events in enumerate(chosen) for slug, (score, why) in sorted(events.items())]
    return found, stated_dates


def _gap(article, event) -> int:
    return _distance([], article.date, event)[0]


def _main_event(article, chosen, index, by_slug) -> str | None:
    """The event an article is about: its title names it and most matched paragraphs are about it."""
    counts: dict[str, int] = defaultdict(int)
    for events in chosen:
        for slug in events:
            counts[slug] += 1
    total = sum(1 for events in chosen if events)
    for slug, kinds in index.matches(article.title).items():
        if any(k in STRONG and kinds[k] for k in kinds) and counts[slug] >= 3 and counts[slug] >= 0.6 * total \
                and _gap(article, by_slug[slug]) <= GATE_DAYS:
            return slug
    return None


def assign_passages_to_events(articles: list[ArticleInput], events: list[Event],
                              aliases_of=lambda name: (), store: ResultStore | None = None,
                              workers: int = 1, events_dir: str = "content/events") -> Result:
    """Every passage of every article, assigned to the events it reports, with the reasons why.

    `events_dir`: the event files' folder as the editor knows it (named in problems). With a `store`,
    an article whose words, date and title are unchanged, scored
    against unchanged event terms and dates, reuses its last result.
    """
    by_slug = {e.slug: e for e in events}
    index = TermIndex(events, aliases_of)
    store = store or ResultStore(None, "")
    scoring = fingerprint([(e.slug, e.start, e.end) for e in events], sorted(index.terms.items()))
    assignments: list[Assignment] = []
    problems: list[Problem] = []
    dates: dict[tuple[str, str], list[StatedDate]] = {}
    keyed = []
    for article in articles:
        allowed = None
        if article.events is not None:
            unknown = [slug for slug in article.events if slug not in by_slug]
            for slug in unknown:
                problems.append(Problem.error(article.file or f"article {article.slug}",
                                              f"Events: names an unknown event {slug!r}",
                                              f"create {events_dir}/{slug}.yaml or correct the slug"))
            allowed = set(article.events) - set(unknown)
        keyed.append((fingerprint(scoring, article.slug, article.date, article.title, article.passages,
                                  sorted(allowed) if allowed is not None else None), article, allowed))
    missing = {key: (article, allowed) for key, article, allowed in keyed if store.recall(key) is None}
    computed = dict(zip(missing, map_articles(_assign_one, list(missing.values()), (index, by_slug), workers)))
    for key, article, _ in keyed:
        found, stated = store.remembered(key, computed.__getitem__, key)
        assignments += found
        for passage, stated_dates in zip(article.passages, stated):
            dates[(article.slug, passage.id)] = stated_dates
    return _apply_editor_lists(articles, events, assignments, dates, problems)


def _assign_one(item, shared):
    (article, allowed), (index, by_slug) = item, shared
    return _assign_article(article, index, by_slug, allowed)


def _continues(passage, previous) -> bool:
    """A list item after a lead-in, a paragraph after a colon, or one opening with a pronoun."""
    if passage.tag == "li" and (previous.tag == "li" or previous.text.rstrip().endswith(":")):
        return True
    return previous.text.rstrip().endswith(":") or bool(_CONTINUES.match(passage.text))


def _apply_editor_lists(articles, events, assignments, dates, problems) -> Result:
    """Event files' `include` and `exclude` win over the evidence."""
    passages = {(a.slug, p.id) for a in articles for p in a.passages}
    chosen = {(a.article, a.passage, a.event): a for a in assignments}
    for event in events:
        for article, passage in event.exclude:
            chosen.pop((article, passage, event.slug), None)
        for article, passage in event.include:
            if (article, passage) not in passages:
                problems.append(Problem.error(event.file, f"include: {article}#{passage} is not a paragraph of any article",
                                              "check the article slug and the paragraph number (the p-N anchor on its page)"))
                continue
            chosen[(article, passage, event.slug)] = Assignment(article, passage, event.slug, THRESHOLD,
                                                                "included by the editor")
    order = {(a.slug, p.id): (i, j) for i, a in enumerate(articles) for j, p in enumerate(a.passages)}
    final = sorted(chosen.values(), key=lambda a: (order.get((a.article, a.passage), (0, 0)), a.event))
    assigned = {(a.article, a.passage) for a in final}
    unassigned = [(a.slug, p.id) for a in articles for p in a.passages if (a.slug, p.id) not in assigned]
    return Result(tuple(final), tuple(unassigned), dates, tuple(problems))
