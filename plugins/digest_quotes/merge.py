"""The same words reported by several articles -> one quotation with several sources.

Two occurrences are the same quotation when, compared as lower-case words
(quotation marks, punctuation and case ignored), every part of the shorter
one between ellipses appears in the longer one and the shorter one keeps at
least most of the words ("a few words of truncation"). Candidates come from
an index of word 4-grams, so no occurrence is compared with every other.
"""

from __future__ import annotations

import re
from collections import defaultdict

from digest_core.unionfind import DisjointSets

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
    wa, wb = words(a), words(b)
    shorter_text, longer = (a, wb) if len(wa) <= len(wb) else (b, wa)
    shorter = words(shorter_text)
    truncated_a_little = len(shorter) * 3 >= len(longer) * 2 or len(longer) - len(shorter) <= 4
    if len(shorter) < MIN_WORDS or not truncated_a_little:
        return shorter == longer and bool(shorter)
    parts = [words(p) for p in _ELLIPSIS.split(shorter_text)]
    return all(_contains(longer, part) for part in parts if part)


def group_same_quotations(texts: list[str]) -> list[int]:
    """For each text, the index of the first text it is the same quotation as (itself if none)."""
    groups = DisjointSets(len(texts))
    # Each shingle lists one representative per group, so a quotation reported a
    # thousand times costs one comparison per occurrence, not a thousand.
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        ws = words(text)
        shingles = {tuple(ws[k : k + SHINGLE]) for k in range(max(1, len(ws) - SHINGLE + 1))}
        merged = False
        for shingle in shingles:
            for j in index[shingle]:
                if groups.root(j) != groups.root(i) and same_quotation(text, texts[j]):
                    groups.join(i, j)
                    merged = True
        if not merged:
            for shingle in shingles:
                index[shingle].append(i)
    return groups.roots()
