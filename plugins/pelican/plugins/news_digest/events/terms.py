"""Event terms found in a passage by one automaton, at a cost that does not grow with the number of terms.

The matches are exactly those of one case-insensitive regular expression of
every term, longest first, each standing alone (`(?<!\\w)(?:term|...)(?!\\w)`
with re.IGNORECASE, scanned left to right): that is what the editors' terms
have always meant. Such a regular expression tries its terms one by one at
every position (0.13 MB/s at 1,000 events). Here an Aho-Corasick automaton
(ahocorasick-rs, a deterministic one) finds every occurrence of every term in
one pass over the lower-cased passage; an occurrence counts when no word
character touches it on either side; of those that start at one place the
longest wins, and the winners are taken left to right, as `re` takes them.
Case is compared as `re` compares it (`folding.py`): the rare passage that
`str.lower()` does not fold that way is looked up position by position.
"""

from __future__ import annotations

from collections import defaultdict

from ahocorasick_rs import AhoCorasick, Implementation

from .folding import fold, is_word, lower_folds

_ASCII = bytes(range(128))


class TermMatcher:
    """Terms (already case-folded, as the event index keys them) -> the terms a text contains, in order."""

    def __init__(self, terms):
        self.keys: set[str] = {fold(term) for term in terms if term}
        self.lengths = sorted({len(key) for key in self.keys}, reverse=True)  # for `_scan`
        self.separator = next((c for c in "\n\x00\uffff" if not any(c in key for key in self.keys)), None)
        self.automaton = AhoCorasick(list(self.keys), implementation=Implementation.DFA) if self.keys else None

    def find(self, text: str) -> list[str]:
        """The terms the text contains, as the text writes them (case-folded), left to right."""
        return [text[start:end].casefold() for start, end in self._spans(text)]

    def find_each(self, texts: list[str]) -> list[list[str]]:
        """`find` of each text, in one pass over them all, joined by a character that no term has."""
        if not self.separator or len(texts) < 2:
            return [self.find(text) for text in texts]
        joined = self.separator.join(texts)
        found: list[list[str]] = [[] for _ in texts]
        number, end_of_text = 0, len(texts[0])
        for start, end in self._spans(joined):
            while start > end_of_text:
                number += 1
                end_of_text += 1 + len(texts[number])
            found[number].append(joined[start:end].casefold())
        return found

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if self.automaton is None:
            return []
        # Only the non-ASCII characters can fold otherwise: their bytes, the ASCII ones deleted (C speed).
        if not (text.isascii() or lower_folds(text.encode().translate(None, _ASCII).decode())):
            return self._chosen(self._scan(text))
        low, size = text.lower(), len(text)
        longest: dict[int, int] = {}
        for _, start, stop in self.automaton.find_matches_as_indexes(low, overlapping=True):
            if stop > longest.get(start, 0):  # standing alone: no word character either side
                if start and ((before := low[start - 1]).isalnum() or before == "_"):
                    continue
                if stop < size and ((after := low[stop]).isalnum() or after == "_"):
                    continue
                longest[start] = stop
        return self._chosen(longest)

    def _scan(self, text: str) -> dict[int, int]:
        """Position by position, for a passage with characters that str.lower() does not fold as `re` does."""
        folded, size = fold(text), len(text)
        word = [is_word(char) for char in text]
        longest = {}
        for start in range(size):
            if start and word[start - 1]:
                continue
            for length in self.lengths:
                end = start + length
                if end <= size and (end == size or not word[end]) and folded[start:end] in self.keys:
                    longest[start] = end
                    break
        return longest

    @staticmethod
    def _chosen(longest: dict[int, int]) -> list[tuple[int, int]]:
        """Left to right, the longest term at each start that is not inside the one before (as `re` scans)."""
        found, reached = [], 0
        for start in sorted(longest):
            if start >= reached:
                reached = longest[start]
                found.append((start, reached))
        return found


class TermIndex:
    """Every event term, each knowing its events; `matches` finds them in a text."""

    def __init__(self, events, aliases_of=lambda name: ()):
        terms: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # term -> (event, kind, shown)
        for event in events:
            for kind, values in (("alias", event.aliases), ("place", event.places), ("keyword", event.keywords)):
                for value in values:
                    terms[value.casefold()].append((event.slug, kind, value))
            for person in event.people:
                for name in {person, *aliases_of(person)}:
                    terms[name.casefold()].append((event.slug, "person", person))
        self.terms = dict(terms)
        self.matcher = TermMatcher(self.terms)
        self._events_of: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {}  # term -> event -> (kind, shown)...
        for term, found in terms.items():
            grouped: dict[str, list[tuple[str, str]]] = {}
            for event, kind, shown in found:
                grouped.setdefault(event, []).append((kind, shown))
            self._events_of[term] = {event: tuple(entries) for event, entries in grouped.items()}

    def matches(self, text: str) -> dict[str, dict[str, set[str]]]:
        """event -> kind -> the terms of that kind found in `text` (events in the order the text names them)."""
        found: dict[str, dict[str, set[str]]] = {}
        for event, entries in self.matches_each([text])[0].items():
            for kind, shown in entries:
                found.setdefault(event, {}).setdefault(kind, set()).add(shown)
        return found

    def matches_each(self, texts: list[str]) -> list[dict[str, tuple[tuple[str, str], ...]]]:
        """For each text, event -> the (kind, term) it names: `matches` without the sets.

        Events come in the order the text first names them; a term the text repeats is listed once. The
        events of each term are merged as whole dictionaries: most terms a passage names share no event.
        """
        result: list[dict[str, tuple[tuple[str, str], ...]]] = []
        events_of, empty = self._events_of.get, {}  # a text folded otherwise than its term (rare Unicode) names nothing
        for terms in self.matcher.find_each(texts):
            found = dict(events_of(terms[0], empty)) if terms else {}
            for term in dict.fromkeys(terms[1:]) if len(terms) > 1 else ():
                events = events_of(term)
                if events is not None and term != terms[0]:
                    merged = {event: found[event] + events[event] for event in found.keys() & events.keys()}
                    found.update(events)
                    found.update(merged)
            result.append(found)
        return result
