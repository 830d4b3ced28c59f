"""Event terms found by look-ups (events.terms) match exactly what the old alternation regex matched.

The regex below -- every term, longest first, standing alone, re.IGNORECASE --
is how terms were matched until issue 15; it is kept here only as the oracle.
"""

from __future__ import annotations

import re
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from pelican.plugins.news_digest.cli.corpus import corpus_inputs
from pelican.plugins.news_digest.events.model import load_events
from pelican.plugins.news_digest.events.folding import fold_char
from pelican.plugins.news_digest.events.terms import TermIndex, TermMatcher
from pelican.plugins.news_digest.quotes.people import PeopleDirectory, load_people

# Letters, digits, spaces and punctuation as news text has them, plus the characters case-insensitive
# matching treats specially: dotted and dotless i, long s, Kelvin sign, sharp s, the sigmas, micro and mu,
# the combining iota subscript (not a word character, yet equal to iota), ligatures, a combining accent.
ALPHABET = list("abcdefgkisAEIKS019 _-.,'()\t\n") + list("’“”–éÉñąÖöçß") + [
    "«", "·", "\u2009", "\u2003", "İ", "ı", "ſ", "\u212a", "Σ", "σ", "ς", "µ", "μ", "\u0345", "ι", "\u1fbe", "ﬁ", "ǅ", "\u0301", "\xa0"]


def regex_find(terms: list[str], text: str) -> list[str]:
    """The old TermIndex's matching: one alternation regex over the case-folded terms."""
    alternatives = sorted(dict.fromkeys(terms), key=len, reverse=True)
    if not alternatives:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in alternatives) + r")(?!\w)", re.I)
    return [match.group(0).casefold() for match in pattern.finditer(text)]


class RegexTermIndex:
    """The old TermIndex, verbatim but for its name: the oracle for TermIndex.matches."""

    def __init__(self, events, aliases_of=lambda name: ()):
        self.terms = defaultdict(list)
        for event in events:
            for kind, values in (("alias", event.aliases), ("place", event.places), ("keyword", event.keywords)):
                for value in values:
                    self.terms[value.casefold()].append((event.slug, kind, value))
            for person in event.people:
                for name in {person, *aliases_of(person)}:
                    self.terms[name.casefold()].append((event.slug, "person", person))
        alternatives = sorted(self.terms, key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in alternatives) + r")(?!\w)",
                                  re.I) if alternatives else None

    def matches(self, text):
        found = defaultdict(lambda: defaultdict(set))
        if self.pattern is None:
            return found
        for match in self.pattern.finditer(text):
            for event, kind, shown in self.terms[match.group(0).casefold()]:
                found[event][kind].add(shown)
        return found


texts = st.text(alphabet=ALPHABET, max_size=80)


@st.composite
def text_and_terms(draw):
    """A text and terms as event files give them (stripped, case-folded), many of them cut from the text."""
    text = draw(texts)
    terms = []
    for _ in range(draw(st.integers(0, 8))):
        if text and draw(st.booleans()):
            start = draw(st.integers(0, len(text) - 1))
            term = text[start:start + draw(st.integers(1, 20))]
        else:
            term = draw(st.text(alphabet=ALPHABET, min_size=1, max_size=12))
        if draw(st.booleans()):
            term = term.swapcase()
        if term.strip():
            terms.append(term.strip().casefold())
    return text, terms


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_terms())
def test_lookups_find_exactly_what_the_regex_found(case):
    text, terms = case
    assert TermMatcher(terms).find(text) == regex_find(terms, text)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_terms(), st.lists(texts, max_size=4))
def test_passages_matched_together_match_as_each_alone(case, more):
    """An article's passages are matched in one pass (joined by a character no term has): same as one by one."""
    text, terms = case
    passages = [text, *more]
    assert TermMatcher(terms).find_each(passages) == [regex_find(terms, t) for t in passages]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["nato", "nato summit", "summit", "the summit in vilnius", "vilnius", "u.s.",
                                 "u.s", "(nato)", "'s", "nato-ukraine council", "ukraine", "kelvin", "straße",
                                 "strasse", "σοφία", "ıi"]), max_size=8),
       st.lists(st.sampled_from(["NATO", " summit", " in ", "Vilnius", "U.S.", "U.S.A", "(NATO)", "’s", "'s",
                                 "-Ukraine Council", "Ukraine", "\u212aELVIN", "Straße", "STRASSE", "ΣΟΦΊΑ",
                                 "σοφία", "İI", "ıi", ". ", ", ", "_", "x"]), max_size=12).map("".join))
def test_lookups_match_the_regex_on_word_sequences(terms, text):
    assert TermMatcher(terms).find(text) == regex_find(terms, text)


def test_folding_equals_what_ignorecase_treats_as_equal():
    """Two characters fold alike exactly when re.IGNORECASE lets one match the other (a wide sample of Unicode)."""
    from re import _casefix

    codes = {*range(0x250), *range(0x370, 0x530), *range(0x1e00, 0x2000), *range(0x2100, 0x2190),
             *range(0xfb00, 0xfb07), *_casefix._EXTRA_CASES, *(c for cs in _casefix._EXTRA_CASES.values() for c in cs)}
    sample = "".join(chr(c) for c in sorted(codes))
    for char in sample:
        matched = set(re.findall(re.escape(char), sample, re.I))
        assert matched == {other for other in sample if fold_char(other) == fold_char(char)}, repr(char)


def test_term_index_matches_as_before_on_the_seed_articles():
    """Seed events and people over every seed passage: the same events, kinds and terms, in the same order."""
    content = ROOT / "content"
    events = load_events(content / "events")[0]
    directory = PeopleDirectory(load_people(content / "people.yaml")[0])
    new, old = TermIndex(events, directory.terms_for), RegexTermIndex(events, directory.terms_for)
    passages = [p.text for article in corpus_inputs(content) for p in article.passages]
    assert len(passages) > 100
    matched = 0
    for text in passages:
        expected = {event: dict(kinds) for event, kinds in old.matches(text).items()}
        found = new.matches(text)
        assert list(found) == list(expected) and found == expected, text
        matched += bool(found)
    assert matched > 50
