"""`digest suggest-events`: the event stage run over the content, then its leftovers grouped."""

from __future__ import annotations

from pathlib import Path

from ..events.assign import assign_passages_to_events
from ..events.model import load_events
from ..events.suggest import Suggestion, suggest_events
from ..quotes.people import PeopleDirectory, load_people

from .corpus import corpus_inputs


def suggestions_for(content: Path) -> list[Suggestion]:
    inputs = corpus_inputs(content)
    events, _ = load_events(content / "events")
    people = PeopleDirectory(load_people(content / "people.yaml")[0])
    result = assign_passages_to_events(inputs, events, people.terms_for)
    texts = {(a.slug, p.id): (p.text, a.date) for a in inputs for p in a.passages}
    unassigned = []
    for key in result.unassigned:
        text, article_date = texts[key]
        precise = [d.date for d in result.dates.get(key, []) if d.precision == "day"]
        unassigned.append((*key, text, precise[0] if precise else article_date))
    return suggest_events(unassigned, [text for text, _ in texts.values()])
