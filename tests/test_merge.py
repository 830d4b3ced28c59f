"""Grouping the same quotation reported by several articles (quotes/merge.py), without a build."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pelican.plugins.news_digest.quotes.merge import group_same_quotations, same_quotation

LONG = "We will not accept any agreement that leaves the border towns without protection this winter"


def test_identical_truncated_and_elided_reports_are_one_group_led_by_the_first():
    texts = ["Unrelated words about the harbour budget and its many delays today",
             LONG, LONG.replace("this winter", ""), "We will not accept any agreement (...) without protection this winter",
             LONG]
    assert group_same_quotations(texts) == [0, 1, 1, 1, 1]


def test_quotations_sharing_a_common_phrase_stay_apart():
    texts = ["the United States of America will answer this attack in its own time",
             "nobody in the United States of America expected the vote to be this close",
             "the United States of America will answer this attack in its own time"]
    assert group_same_quotations(texts) == [0, 1, 0]


def test_a_text_without_words_is_grouped_with_nothing():
    assert group_same_quotations(["…", "…", "Yes we can do it now"]) == [0, 1, 2]


WORDS = st.sampled_from("we will not accept the deal border towns winter and of".split())
QUOTE = st.lists(WORDS, min_size=0, max_size=12).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(QUOTE, QUOTE.map(lambda q: q.replace(" the ", " (...) "))), max_size=25))
def test_groups_are_led_by_their_first_member_and_held_together_by_same_quotations(texts):
    roots = group_same_quotations(texts)
    assert len(roots) == len(texts)
    for i, root in enumerate(roots):
        assert root <= i and roots[root] == root
    for root in set(roots):
        members = [i for i, r in enumerate(roots) if r == root]
        for i in members:  # every member is the same quotation as another member, or alone
            assert len(members) == 1 or any(same_quotation(texts[i], texts[j]) for j in members if j != i)
    for i, text in enumerate(texts):  # the same words are always one group
        for j in range(i):
            if texts[j] == text and same_quotation(text, text):
                assert roots[i] == roots[j]
