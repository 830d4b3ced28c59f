"""Event terms found in a passage by dictionary look-ups, at a cost that does not grow with the number of terms.

The matches are exactly those of one case-insensitive regular expression of
every term, longest first, each standing alone (`(?<!\\w)(?:term|...)(?!\\w)`
with re.IGNORECASE, scanned left to right): that is what the editors' terms
have always meant. Such a regular expression tries its terms one by one at
every position (0.13 MB/s at 1,000 events). Here a term is a sequence of
tokens (a run of word characters, or one other character); the passage's
words are intersected with the words that can start a term (one set
operation), and from each place where one stands, the longest term is looked
up token by token in a set of the terms' prefixes, unless the word that
follows is none a longer term has there (most words that start a term, such
as "nato" or "military", stand alone far more often than in one). A term that
starts with a common word ("the alliance") is looked for by its second word,
so that every "the" is not a place to look. Case is compared as `re` compares it
(`folding.py`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from .folding import OTHER, UNFOLDED, fold, is_word, passage_chars

_NEXT = re.compile(r"\w+|\W")  # one token
_TOKENS = re.compile(r"\w+|\W")
# ASCII characters that are not word characters, and folding.MARKS, become spaces in a copy of the passage whose
# words are then split off at C speed. A passage with any other non-word character takes the general way.
_ASCII_SPACES = bytes(b if chr(b).isalnum() or b == 95 or b >= 128 else 32 for b in range(256))
STOP_WORDS = frozenset("the a an of in on at to for and or by with from as his her its their this that".split())


class TermMatcher:
    """Terms (already case-folded, as the event index keys them) -> the terms a text contains, in order."""

    def __init__(self, terms):
        self.keys: set[str] = set()
        self.prefixes: set[str] = set()  # every term's proper prefixes that end at one of its tokens
        self.words: set[str] = set()  # first words
        self.marks: set[str] = set()  # first characters that are not word characters
        self.pairs: dict[str, set[str]] = defaultdict(set)  # a second word -> the common first words before it
        # A first word -> the words that can follow it after one character in a longer term ("" for a character);
        # `short`: first words of a term that is the word and one character ("inc.").
        self.after: dict[str, set[str]] = defaultdict(set)
        self.short: set[str] = set()
        self.lengths = sorted({len(fold(t)) for t in terms if t}, reverse=True)
        for term in filter(None, terms):
            folded = fold(term)
            tokens = _NEXT.findall(folded)
            self.keys.add(folded)
            self.prefixes.update("".join(tokens[:end]) for end in range(1, len(tokens)))
            if len(tokens) == 2 and is_word(tokens[0][0]):
                self.short.add(tokens[0])
            elif len(tokens) > 2 and is_word(tokens[0][0]):
                self.after[tokens[0]].add(tokens[2] if is_word(tokens[2][0]) else "")
            if not is_word(tokens[0][0]):
                self.marks.add(tokens[0])
            elif tokens[0] in STOP_WORDS and len(tokens) >= 3 and is_word(tokens[2][0]):
                self.pairs[tokens[2]].add(tokens[0])
            else:
                self.words.add(tokens[0])
        self.first = self.words | self.marks | {w for before in self.pairs.values() for w in before}
        self.starts = self.words | set(self.pairs)  # the words a passage is searched for (not "the")
        self.whole = {word for word in self.words if word in self.keys and word not in self.prefixes}  # no more to look up
        self.separator = next((c for c in "\n\x00\uffff" if not any(c in key for key in self.keys)), None)

    def find(self, text: str) -> list[str]:
        """The terms the text contains, as the text writes them (case-folded), left to right."""
        return [text[start:end].casefold() for start, end in self._spans(text, *passage_chars(text))]

    def find_each(self, texts: list[str]) -> list[list[str]]:
        """`find` of each text, in one pass over them all, joined by a character that no term has."""
        joined = self.separator.join(texts) if self.separator and len(texts) > 1 else None
        chars = passage_chars(joined) if joined is not None else (UNFOLDED, [])
        if chars[0] == UNFOLDED:
            return [self.find(text) for text in texts]
        found: list[list[str]] = [[] for _ in texts]
        number, end_of_text = 0, len(texts[0])
        for start, end in self._spans(joined, *chars):
            while start > end_of_text:
                number += 1
                end_of_text += 1 + len(texts[number])
            found[number].append(joined[start:end].casefold())
        return found

    def _spans(self, text: str, kind: int, marks: list[str]) -> list[tuple[int, int]]:
        if not self.keys:
            return []
        if kind == UNFOLDED:
            return self._chosen(self._scan(text))
        low = text.lower()
        if kind == OTHER:
            return self._chosen(self._by_tokens(low))
        spaced = low.encode().translate(_ASCII_SPACES).decode()  # a space for every non-word character
        for mark in marks:
            spaced = spaced.replace(mark, " ")
        pieces = spaced.split(" ")  # the words, and an empty piece for each non-word character after the first
        hits = self.starts.intersection(pieces)
        longest: dict[int, int] = {}
        if hits:
            words, whole, pairs, keys, short, after = self.words, self.whole, self.pairs, self.keys, self.short, self.after
            last = len(pieces) - 1
            start, done = 0, 0  # piece i starts after the pieces before it and a space after each
            for i in [i for i, piece in enumerate(pieces) if piece in hits]:
                start += sum(map(len, pieces[done:i])) + i - done
                word, done = pieces[i], i
                if word in whole:
                    longest[start] = start + len(word)
                elif word in words:
                    if word in short or (i < last and pieces[i + 1] in after.get(word, ())):
                        end = self._longest(low, spaced, start, start + len(word))
                    else:  # no longer term can go on with the next piece
                        end = start + len(word) if word in keys else 0
                    if end:
                        longest[start] = end
                if i and word in pairs and pieces[i - 1] in pairs[word]:  # "the alliance": from "the"
                    before = start - 1 - len(pieces[i - 1])
                    end = self._longest(low, spaced, before, start - 1)
                    if end:
                        longest[before] = end
        for mark in self.marks:
            at = low.find(mark)
            while at >= 0:
                if at == 0 or spaced[at - 1] == " ":
                    end = self._longest(low, spaced, at, at + 1)
                    if end > longest.get(at, 0):
                        longest[at] = end
                at = low.find(mark, at + 1)
        return self._chosen(longest)

    def _longest(self, low: str, spaced: str, start: int, end: int) -> int:
        """The end of the longest term that starts at `start` with the token low[start:end], or 0.

        `spaced` has a space exactly where `low` has a non-word character.
        """
        best, size, keys, prefixes = 0, len(low), self.keys, self.prefixes
        while True:
            piece = low[start:end]
            if piece in keys and (end == size or spaced[end] == " "):
                best = end
            if end == size or piece not in prefixes:
                return best
            if spaced[end] == " ":
                end += 1
            else:
                following = spaced.find(" ", end)
                end = size if following < 0 else following

    def _by_tokens(self, low: str) -> dict[int, int]:
        """The general way, for a passage with a non-word character outside folding.MARKS: tokens by regex."""
        longest: dict[int, int] = {}
        spaced = "".join(" " if not is_word(c) else c for c in low)
        for token in self.first.intersection(_TOKENS.findall(low)):
            at = low.find(token)
            while at >= 0:
                end = at + len(token)
                if (at == 0 or spaced[at - 1] == " ") and (spaced[at] == " " or end == len(low) or spaced[end] == " "):
                    found = self._longest(low, spaced, at, end)
                    if found > longest.get(at, 0):
                        longest[at] = found
                at = low.find(token, at + 1)
        return longest

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
        self._by_event = {}  # term -> [(event, [(kind, shown), ...]), ...], its events in the order they list it
        for term, found in terms.items():
            grouped: dict[str, list[tuple[str, str]]] = {}
            for event, kind, shown in found:
                grouped.setdefault(event, []).append((kind, shown))
            self._by_event[term] = list(grouped.items())

    def matches(self, text: str) -> dict[str, dict[str, set[str]]]:
        """event -> kind -> the terms of that kind found in `text` (events in the order the text names them)."""
        found: dict[str, dict[str, set[str]]] = {}
        for event, entries in self.matches_each([text])[0].items():
            for kind, shown in entries:
                found.setdefault(event, {}).setdefault(kind, set()).add(shown)
        return found

    def matches_each(self, texts: list[str]) -> list[dict[str, list[tuple[str, str]]]]:
        """For each text, event -> the (kind, term) it names: `matches` without the sets.

        Events come in the order the text first names them; a term the text repeats is listed once.
        """
        result = []
        by_event = self._by_event.get  # a text folded otherwise than its term (rare Unicode) names nothing
        for terms in self.matcher.find_each(texts):
            found: dict[str, list[tuple[str, str]]] = {}
            for term in dict.fromkeys(terms):
                for event, entries in by_event(term, ()):
                    listed = found.get(event)
                    if listed is None:
                        found[event] = list(entries)
                    else:
                        listed += entries
            result.append(found)
        return result
