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


def group_same_quotations(texts: list[str]) -> list[int]:
    """For each text, the index of the first text it is the same quotation as (itself if none)."""
    groups = DisjointSets(len(texts))
    # Each shingle lists one representative per group, so a quotation reported a
    # thousand times costs one comparison per occurrence, not a thousand.
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    first_of: dict[str, int] = {}  # a text seen before: its words, shingles and comparisons are known
    all_words: list[list[str]] = []
    shingles_of: dict[str, list[tuple[str, ...]]] = {}
    compared: dict[tuple[str, int], bool] = {}
    for i, text in enumerate(texts):
        if text in first_of:
            ws = all_words[first_of[text]]
        else:
            first_of[text] = i
            ws = words(text)
            shingles_of[text] = list(dict.fromkeys(tuple(ws[k : k + SHINGLE])
                                                   for k in range(max(1, len(ws) - SHINGLE + 1))))
        all_words.append(ws)
        shingles = shingles_of[text]
        merged = False
        for shingle in shingles:
            for j in index[shingle]:
                if groups.root(j) == groups.root(i):
                    continue
                if (text, j) not in compared:
                    compared[(text, j)] = _same(text, ws, texts[j], all_words[j])
                if compared[(text, j)]:
                    groups.join(i, j)
                    merged = True
        if not merged:
            for shingle in shingles:
                index[shingle].append(i)
    return groups.roots()
