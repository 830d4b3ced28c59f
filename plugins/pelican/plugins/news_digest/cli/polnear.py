"""PolNeAR figures for `digest eval`: the shared scorer's measures, computed in one process.

PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates every attribution in
US political news by hand. The data are others' copyrighted articles and are
read from where they lie (`../shared/data/polnear/` by default); nothing of
them is kept in the project. The measures follow `polnear_score.py`, the
scorer the project is judged by: span P/R/F1 of quoted segments inside
annotated contents, and speaker accuracy where the annotated source names
someone. `--cmd`-style subprocess calls cost a second per article; this runs
the extractor directly on the same passages `digest quotes` makes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..quotes.extract import extract_quotes
from ..quotes.people import PeopleDirectory
from ..quotes.text import passages_from_text

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "the", "a", "an", "this", "that", "their",
            "our"}
TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "sir", "president", "senator"}
QUOTED_PAIR = re.compile(r"[\"“]([^\"“”]{1,3000}?)[\"”]")
DEFAULT_DATA = Path("../shared/data/polnear")


def found_quotes(text: str, people: PeopleDirectory) -> list[dict]:
    """What `digest quotes` prints for this text: quotations with file offsets."""
    located = passages_from_text(text)
    offsets = {passage.id: offset for passage, offset in located}
    return [{"text": q.text, "speaker": q.speaker.name if q.speaker else None, "how": q.how,
             "start": offsets[q.passage] + q.start, "end": offsets[q.passage] + q.end}
            for q in extract_quotes([p for p, _ in located], people)]


def _gold(doc: dict) -> tuple[list[tuple[int, int]], list[tuple[int, int, str | None]]]:
    text, contents, gold = doc["text"], [], []
    for attribution in doc["attributions"]:
        source = " ".join(t for _, _, t in attribution["source"]) or None
        for start, end, _ in attribution["content"]:
            contents.append((start, end))
            for match in QUOTED_PAIR.finditer(text, start, end + 1):
                if len(match.group(1).split()) >= 3:
                    gold.append((match.start(1), match.end(1), source))
    return contents, gold


def _named_words(source: str | None) -> list[str]:
    words = (source or "").replace("’s", "").replace("'s", "").split()
    named = [w.strip(".,").lower() for w in words if w[:1].isupper() and w.lower() not in PRONOUNS]
    return [w for w in named if w not in TITLES]


def speaker_right(source: str | None, speaker: str | None) -> bool:
    """The scorer's rule: a word of the annotated name is a word of a found name of at most six words."""
    speaker = speaker or ""
    found = {w.strip(".,").lower() for w in re.split(r"[\s’']+", speaker)}
    return len(speaker.split()) <= 6 and bool(set(_named_words(source)) & found)


def score_file(path: Path, people: PeopleDirectory, verbose: bool = False) -> tuple[dict, list[str]]:
    tp = fp = fn = right = scored = docs = 0
    report: list[str] = []
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        docs += 1
        text, key = doc["text"], doc["id"][:40]
        contents, gold = _gold(doc)
        got = found_quotes(text, people)
        used: set[int] = set()
        for start, end, source in gold:
            hit = next((i for i, q in enumerate(got) if i not in used and _overlaps(start, end, q)), None)
            if hit is None:
                fn += 1
                if verbose:
                    report.append(f"MISS  {key} | {source} | {text[start:end][:80]!r}")
                continue
            used.add(hit)
            tp += 1
            if _named_words(source):
                scored += 1
                ok = speaker_right(source, got[hit]["speaker"])
                right += ok
                if verbose and not ok:
                    report.append(f"WRONG {key} | gold {source!r} | found {got[hit]['speaker']!r} | "
                                  f"{text[start:end][:60]!r} [{got[hit]['how'][:70]}]")
        for i, q in enumerate(got):
            if i not in used and not any(min(ce, q["end"]) - max(cs, q["start"]) > 0 for cs, ce in contents):
                fp += 1
                if verbose:
                    report.append(f"EXTRA {key} | {q['speaker']} | {q['text'][:80]!r}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ({"file": path.name, "docs": docs, "gold": tp + fn, "hits": tp, "false_pos": fp, "span_p": precision,
             "span_r": recall, "span_f1": f1, "speaker_scored": scored,
             "speaker_acc": right / scored if scored else 0.0}, report)


def _overlaps(start: int, end: int, quote: dict) -> bool:
    overlap = min(end, quote["end"]) - max(start, quote["start"])
    return overlap > 0 and overlap >= 0.5 * min(end - start, quote["end"] - quote["start"])
