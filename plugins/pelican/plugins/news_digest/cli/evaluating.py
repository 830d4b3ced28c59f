"""`digest eval` (`make eval`): precision, recall and F1 of quote extraction against the hand-built gold set.

Spans match when their words match (whitespace, surrounding punctuation and
quotation-mark style ignored). A (quote, speaker) pair matches when the span
matches and the speakers are the same name (ignoring case and a leading
article); a quotation kept without a speaker is a wrong pair where the gold
names one.
"""

from __future__ import annotations

import collections
from pathlib import Path

import yaml

from ..core.corpus import ReadSite, read_site, settings_for
from ..quotes.extract import extract_quotes
from ..quotes.people import PeopleDirectory
from ..quotes.text import passages_from_text

from .polnear import score_file

STRIP = " \t\n.,;:!?…\"“”‘’'—–-"


def normalise_text(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.strip(STRIP.replace("'", "’‘")).split()).strip(STRIP)


def normalise_speaker(name: str | None) -> str | None:
    if not name:
        return None
    words = name.replace("’", "'").casefold().split()
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def score(gold: list[tuple], found: list[tuple]) -> dict[str, float]:
    gold_counts, found_counts = collections.Counter(gold), collections.Counter(found)
    hits = sum((gold_counts & found_counts).values())
    precision = hits / len(found) if found else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "gold": len(gold), "found": len(found), "hits": hits}


def _site(site: ReadSite | Path) -> ReadSite:
    """A content folder read as the build reads it (or a site read already)."""
    return site if isinstance(site, ReadSite) else read_site(settings_for(site))


def evaluate(gold_files: list[Path], site: ReadSite | Path, people: PeopleDirectory, verbose: bool = False) -> dict:
    """Quote extraction on the seed articles (passages as the build makes them) and the gold passages."""
    results = {}
    by_slug = {record.slug: list(record.passages) for record in _site(site).digest.records}
    sets = {}
    for gold_file in gold_files:
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        label = gold_file.stem.removeprefix("quotes_")
        if gold.get("seeds"):
            sets[f"{label}: seeds"] = [(slug, by_slug[slug], quotes) for slug, quotes in gold["seeds"].items()]
        if gold.get("passages"):
            sets[f"{label}: passages"] = [(item["id"], [p for p, _ in passages_from_text(item["text"])],
                                           item["quotes"]) for item in gold["passages"]]
    for name, items in sets.items():
        spans_gold, spans_found, pairs_gold, pairs_found, report = [], [], [], [], []
        for key, passages, expected in items:
            quotes = extract_quotes(passages, people)
            g_spans = [(key, normalise_text(q["text"])) for q in expected]
            f_spans = [(key, normalise_text(q.text)) for q in quotes]
            g_pairs = [(key, normalise_text(q["text"]), normalise_speaker(q["speaker"])) for q in expected]
            f_pairs = [(key, normalise_text(q.text), normalise_speaker(q.speaker.name if q.speaker else None))
                       for q in quotes]
            spans_gold += g_spans
            spans_found += f_spans
            pairs_gold += g_pairs
            pairs_found += f_pairs
            if verbose:
                for pair in sorted(set(g_pairs) - set(f_pairs)):
                    found_speaker = next((p[2] for p in f_pairs if p[1] == pair[1]), "NOT FOUND")
                    how = next((q.how for q in quotes if normalise_text(q.text) == pair[1]), "")
                    report.append(f"  miss  {key[:30]}: {pair[1][:60]!r} gold={pair[2]} found={found_speaker}  [{how}]")
                for pair in sorted(set(f_pairs) - set(g_pairs)):
                    if not any(p[1] == pair[1] for p in g_pairs):
                        report.append(f"  extra {key[:30]}: {pair[1][:60]!r} speaker={pair[2]}")
        results[name] = {"spans": score(spans_gold, spans_found), "pairs": score(pairs_gold, pairs_found),
                         "report": report}
    return results


def evaluate_events(gold_file: Path, site: ReadSite | Path, verbose: bool = False) -> dict:
    """Precision and recall of the build's (article, passage, event) assignments against the gold mapping."""
    gold_data = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    gold = [(article, passage, event) for article, passages in gold_data.items()
            for passage, events in passages.items() for event in events]
    result = _site(site).digest.assignments
    found = [(a.article, a.passage, a.event) for a in result.assignments]
    report = []
    if verbose:
        why = {(a.article, a.passage, a.event): a.why for a in result.assignments}
        report += [f"  miss  {a[:28]} {p} {e}" for a, p, e in sorted(set(gold) - set(found))]
        report += [f"  extra {a[:28]} {p} {e}  [{why[(a, p, e)]}]" for a, p, e in sorted(set(found) - set(gold))]
    return {"pairs": score(gold, found), "report": report}


def run(args) -> int:
    from . import site_settings  # noqa: PLC0415

    site = read_site(site_settings(args))
    people = site.digest.directory
    results = evaluate(args.gold, site, people, args.verbose)
    print(f"{'set':24} {'measure':16} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>5} {'found':>6}")
    for name, result in results.items():
        for measure in ("spans", "pairs"):
            s = result[measure]
            label = "quote spans" if measure == "spans" else "(quote, speaker)"
            print(f"{name:24} {label:16} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} "
                  f"{s['gold']:5d} {s['found']:6d}")
        for line in result["report"]:
            print(line)
    events_gold = Path("tests/data/events_gold.yaml")
    if events_gold.exists():
        s = evaluate_events(events_gold, site, args.verbose)
        p = s["pairs"]
        print(f"{'events: seeds':24} {'passage → event':16} {p['precision']:9.3f} {p['recall']:7.3f} {p['f1']:6.3f} "
              f"{p['gold']:5d} {p['found']:6d}")
        for line in s["report"]:
            print(line)
    report_polnear(args.polnear / "dev.jsonl", people, args.verbose)
    return 0


def report_polnear(path: Path, people: PeopleDirectory, verbose: bool) -> None:
    """PolNeAR dev figures, as the shared scorer computes them, or why there are none."""
    if not path.exists():
        print(f"{'polnear: dev':24} not measured: {path} is not there (PolNeAR is read in place, never copied)")
        return
    figures, report = score_file(path, people, verbose)
    print(f"{'polnear: dev':24} {'quote spans':16} {figures['span_p']:9.3f} {figures['span_r']:7.3f} "
          f"{figures['span_f1']:6.3f} {figures['gold']:5d} {figures['hits'] + figures['false_pos']:6d}")
    print(f"{'polnear: dev':24} {'speaker accuracy':16} {figures['speaker_acc']:9.3f} "
          f"{'':7} {'':6} {figures['speaker_scored']:5d}   (quotations whose annotated source names someone)")
    for line in report:
        print("  " + line)

