"""Rules that read around the quotation's own sentence: the sentence before it, the paragraph
before it (a lead-in ending in a colon, a sentence reporting what someone said, a quotation that
ended it), and the paragraphs of a quotation whose cue is in its last. They run only when the
quotation's own sentence names no speaker."""

from __future__ import annotations

import bisect
import dataclasses
import re

from .cues import NOUN_BY, STRONG_BOUNDARY, last_clause
from .marks import MarkSpan, find_mark_spans
from .model import Quote
from .sentences import WINDOW, mask_quotations, sentence_bounds
from .speakers import resolve_leading_phrase, resolve_phrase
from .subjects import main_subject, verb_before


def previous_sentence(article, index, span, masked, sentences, sentence_start, found):
    """Rule 5: a quotation standing alone takes the speaker of the sentence before it."""
    k = bisect.bisect_right([end for _, end in sentences], sentence_start)
    if k == 0:
        return None, None
    start, end = sentences[k - 1]
    start = max(start, end - WINDOW)
    if found and found[-1].start >= start and found[-1].speaker is not None:
        return found[-1].speaker, "the previous sentence quotes the same speaker"
    previous = masked[start:end]
    speaker, how = verb_before(article, index, span, masked, start, previous, found)
    if speaker is None:
        match = NOUN_BY.search(previous)
        if match:
            speaker = resolve_phrase(article, index, span.start, match.group("np"), found)
            how = f"“{match.group(0)}”"
    if speaker is None:  # 'The minister, Ruth Adler, set out her plan. “...”': a named person, never a group
        speaker = main_subject(article, index, span, masked, start, end, found)
        if speaker is not None and speaker.kind != "person":
            speaker = None
        how = "a named person is the subject of the previous sentence" if speaker else None
    if speaker is None and k >= 2 and found and found[-1].speaker is not None and \
            found[-1].speaker.kind in ("person", "organisation") and found[-1].start >= sentences[k - 2][0] and \
            not any(m.passage == index and found[-1].end < m.position < span.start and m.speaker != found[-1].speaker
                    for m in article.mentions):
        # '“…,” Woolson said. They also lie in a dead zone. “That’s a tough area.”': the paragraph's speaker goes on
        return found[-1].speaker, f"the paragraph goes on from the quotation of {found[-1].speaker.name}"
    return speaker, (f"previous sentence: {how}" if speaker else None)




def previous_paragraph_quoted(previous, quotes):
    """A paragraph that opens with a quotation standing alone, after a paragraph whose last sentence
    quotes someone: news style for the same speaker going on ('“...,” Clinton said.' / '“And that is why ...”')."""
    last = quotes[-1] if quotes and quotes[-1].passage == previous.id else None
    if last is None or last.speaker is None or last.speaker.kind == "description":
        return None, None
    tail = previous.text[last.end :]
    if re.search(r"[.!?][”\"’]?\s+\S.*[.!?]", tail):  # another sentence came after the quotation
        return None, None
    return last.speaker, f"goes on from the quotation of {last.speaker.name} that ends {previous.id}"


def lead_in(article, index, previous, quotes, reported=False):
    """Rule 6: the paragraph before ends with a colon that introduces this one -- or, `reported`, with a
    sentence that reports what someone said ('Carter said that …, but …'), its main clause read."""
    spans = find_mark_spans(previous.text)
    masked = mask_quotations(previous.text, spans)
    sentences = sentence_bounds(masked)
    start, end = sentences[-1]
    start = max(start, end - WINDOW)
    lead = masked[start:end].rstrip()[:-1]
    boundary = STRONG_BOUNDARY.search(lead) if reported else None
    lead = lead[: boundary.start()] if boundary else lead
    fake = MarkSpan(len(masked), len(masked), True, False)
    speaker, how = verb_before(article, index - 1, fake, masked, start, lead, [])
    if speaker is None:
        # a lead-in's subject after an opening phrase; for a reported lead only when it reports a speech
        parts = last_clause(lead).split(", ") if not reported or _SPEECH_ACT.search(lead) else [last_clause(lead)]
        for part in parts:  # 'In response to …, Donald Trump issued the following statement:'
            speaker = resolve_leading_phrase(article, index - 1, len(masked), part)
            if speaker is not None:
                break
        how = "subject of the lead-in" if speaker else None
    return speaker, (f"{INTRODUCED} {previous.id}: {how}" if speaker else None)


_SPEECH_ACT = re.compile(r"\b(?:[Aa]ddress(?:ed|ing)|[Ss]peaking|spoke|laid out|made (?:her|his|their) case|remarks|"
                         r"speech|in (?:\w+\s+){0,2}terms)\b")


# '- Hillary Clinton.', '—President Obama, tweeting after the speech.': a paragraph that only signs the one above
SIGNATURE = re.compile(r"^\s*[-—–―]\s*(?P<np>[A-Z][^.;!?“”\"\n,]{1,60}?)\s*(?:,[^“”\"\n]{0,80})?[.]?\s*$")


def signed_below(article, quotes: list[Quote], passages) -> list[Quote]:
    """A quotation that is its own paragraph, nobody named, signed by the paragraph after it: the signer's."""
    signed, numbers = [], {passage.id: number for number, passage in enumerate(passages)}
    for quote in quotes:
        index = numbers.get(quote.passage) if quote.speaker is None else None
        if quote.speaker is None and index is not None and index + 1 < len(passages):
            text = passages[index].text
            signature = SIGNATURE.match(passages[index + 1].text)
            whole = not text[: quote.start].strip(" “\"‘'") and not text[quote.end :].strip(" ”\"’'.,")
            speaker = resolve_phrase(article, index + 1, 0, signature["np"]) if signature and whole else None
            if speaker is not None and speaker.kind in ("person", "organisation"):
                quote = dataclasses.replace(quote, speaker=speaker, how=f"signed below: “{signature.group(0).strip()}”")
        signed.append(quote)
    return signed


INTRODUCED = "introduced in"  # how a quotation given to the paragraph before it begins


def from_lead_in(quote: Quote) -> bool:
    """Whether the quotation was given to the subject of the paragraph before it (`lead_in`): a guess a cue
    naming the speaker outweighs."""
    return quote.how.startswith(INTRODUCED)


def said_at_the_end(quotes: list[Quote]) -> list[Quote]:
    """A quotation over several paragraphs whose cue comes in its last ('“…” / “…” / “…,” Ms. Roe said'):
    the paragraphs before it, which named no one, are the same speaker's; so is a first paragraph given to the
    subject of the paragraph before it, when the cue after the last names someone ('said Denise X, director')."""
    source = None  # the last paragraph of a quotation, attributed by its own cue
    for number in range(len(quotes) - 1, -1, -1):
        quote = quotes[number]
        guessed = from_lead_in(quote) and source is not None and \
            source.how.startswith("after the quotation")  # the paragraph before's subject, against a cue naming who
        if source is not None and (quote.speaker is None or guessed):
            quotes[number] = dataclasses.replace(
                quote, speaker=source.speaker, how=f"the quotation ends in {source.passage}: {source.how}")
        elif source is not None:
            source = None  # a paragraph of it that names its own speaker
        if not quote.continued:
            source = None
        elif quote.speaker is not None and not quote.how.startswith(("continues", "the quotation ends")):
            source = quote
    return quotes
