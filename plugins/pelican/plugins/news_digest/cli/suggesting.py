"""`digest suggest-events`: the build's pipeline run over the content, then its leftovers grouped."""

from __future__ import annotations

from ..core.corpus import read_site
from ..events.suggest import Suggestion, suggest_events


def suggestions_for(settings) -> list[Suggestion]:
    """Candidate events from the passages the build assigns to no event."""
    digest = read_site(settings).digest
    result = digest.assignments
    texts = {(r.slug, p.id): (p.text, r.date.date()) for r in digest.records for p in r.passages}
    unassigned = []
    for key in result.unassigned:
        text, article_date = texts[key]
        precise = [d.date for d in result.dates.get(key, []) if d.precision == "day"]
        unassigned.append((*key, text, precise[0] if precise else article_date))
    return suggest_events(unassigned, [text for text, _ in texts.values()])
