"""The same words reported by several articles -> one quotation with several sources.

Two occurrences are the same quotation when, compared as lower-case words
(quotation marks, punctuation and case ignored), every part of the shorter
one between ellipses appears in the longer one and the shorter one keeps at
least most of the words ("a few words of truncation"). Candidates come from
an index of word 4-grams, so no quotation is compared with every other, and each
distinct text is grouped once however many articles report it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..core.unionfind import DisjointSets

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_ELLIPSIS = re.compile(r"\.\.\.|…|\(\.\.\.\)|\[\.\.\.\]")
SHINGLE = 4
MIN_WORDS = 5


def words(text: str) -> list[str]:
    return [w.replace("’", "'").lower() for w in _WORD.findall(text)]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    if not needle:
        return True
    first, size = needle[0], len(needle)
    return any(haystack[i : i + size] == needle for i, w in enumerate(haystack) if w == first)


def same_quotation(a: str, b: str) -> bool:
    """True when `a` and `b` report the same words (one may be truncated or elided)."""
    return _same(a, words(a), b, words(b))


def _same(a: str, wa: list[str], b: str, wb: list[str]) -> bool:
    shorter_text, shorter, longer = (a, wa, wb) if len(wa) <= len(wb) else (b, wb, wa)
    truncated_a_little = len(shorter) * 3 >= len(longer) * 2 or len(longer) - len(shorter) <= 4
    if len(shorter) < MIN_WORDS or not truncated_a_little:
        return shorter == longer and bool(shorter)
    parts = [words(p) for p in _ELLIPSIS.split(shorter_text)]
    return all(_contains(longer, part) for part in parts if part)


def _shingles(ws: list[str]) -> list[tuple[str, ...]]:
    return list(dict.fromkeys(tuple(ws[k : k + SHINGLE]) for k in range(max(1, len(ws) - SHINGLE + 1))))


def _needed(text: str, ws: list[str], shingles: list[tuple[str, ...]]) -> int:
    """How many of its shingles another text must share to be the same quotation as this, the shorter one.

    A short text must equal the other; a longer one must have each part between
    ellipses inside the other, and with it every shingle that lies within a part.
    """
    if len(ws) < MIN_WORDS:
        return len(shingles)
    own = set(shingles)
    inside = {s for part in _ELLIPSIS.split(text) if len(w := words(part)) >= SHINGLE for s in _shingles(w)}
    return len(inside & own)


def group_same_quotations(texts: list[str]) -> list[int]:
    """For each text, the index of the first text of its group of same quotations (itself if none).

    Each distinct text is compared once; a candidate is compared only if it
    shares at least the shingles the shorter of the two needs (`_needed`), and
    each shingle lists one representative per group, so a common phrase does
    not make every quotation a candidate of every other.
    """
    distinct: dict[str, int] = {}  # text -> its number among the distinct texts
    for text in texts:
        distinct.setdefault(text, len(distinct))
    unique = list(distinct)
    all_words = [words(t) for t in unique]
    groups = DisjointSets(len(unique))
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    needed: list[int] = []
    for i, (text, ws) in enumerate(zip(unique, all_words)):
        shingles = _shingles(ws)
        needed.append(_needed(text, ws, shingles))
        shared: dict[int, int] = defaultdict(int)
        for shingle in shingles:
            for j in index[shingle]:
                shared[j] += 1
        merged = False
        for j, count in shared.items():
            shorter = i if len(ws) <= len(all_words[j]) else j
            if count < needed[shorter] or groups.root(j) == groups.root(i):
                continue
            if _same(text, ws, unique[j], all_words[j]):
                groups.join(i, j)
                merged = True
        if not merged and ws:  # a text without words is the same as nothing, not even itself
            for shingle in shingles:
                index[shingle].append(i)
    first: dict[int, int] = {}  # a group's root -> the index of its first text
    result = []
    for position, text in enumerate(texts):
        number = distinct[text]
        if not all_words[number]:
            result.append(position)
            continue
        result.append(first.setdefault(groups.root(number), position))
    return result
