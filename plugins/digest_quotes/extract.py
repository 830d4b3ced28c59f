"""Passages of one article -> its direct quotations, each with who said it and why we think so.

Rules, tried in order for each quotation (the first that names a speaker wins):

1. after the quotation: `..., ” Daalder wrote` / `..., ” said Piotr Nowak` / `— says Zakharova`
2. `according to X` / `in the words of X` anywhere in the sentence
3. the nearest reporting verb before it in the sentence (`X said that “...”`,
   `X, former ambassador, warned: “...”`); a participle (`adding, “...”`)
   takes the speaker of the clause it hangs on
4. a colon after a phrase that names someone (`the economist Julia Weiss disagreed: “...”`)
5. a quotation that is its own sentence takes the speaker of the previous
   sentence of the same paragraph
6. a paragraph that is a quotation takes the speaker of the lead-in ending in
   a colon just before it; one that continues a quotation keeps its speaker

Pronouns go to the nearest fitting mention in this or the previous
paragraph; a bare surname goes to the full name used earlier in the article;
"the diplomat" goes to a person the article named with that role. When no
rule applies the quotation is kept with no speaker: we never guess.
One- and two-word quotations count only when a reporting verb governs them;
titles ("the article “The Age of Confrontation”") are never quotations.
"""

from __future__ import annotations

import bisect
import re

from digest_passages.passages import Passage

from .cues import (ACCORDING, AFTER, AUXILIARIES, DASH_CUE, FINAL_CUE, INVERTED_SUBJECT, POSSESSIVE_CUE, NOUN_BY, STRONG_BOUNDARY, TITLE_CUE, VERB, is_noun_use,
                   last_clause, looks_like_title)
from .marks import MarkSpan, find_mark_spans, opens_with_mark
from .mentions import ArticleMemory
from .model import Quote, Speaker
from .names import DETERMINERS, NOT_NAMES, PRONOUNS, clean_phrase, looks_like_person, single_name
from .people import PeopleDirectory
from .sentences import ABBREVIATION_DOT, WINDOW, mask_quotations, sentence_bounds, sentence_of
from .transcripts import find_turns, speaker_label
from .speakers import remember_names, resolve_leading_phrase, resolve_phrase

__all__ = ["Quote", "Speaker", "extract_quotes"]

def extract_quotes(passages: list[Passage], people: PeopleDirectory | None = None) -> list[Quote]:
    """Every quotation in an article's passages, in order, with its speaker or None."""
    article = ArticleMemory(people or PeopleDirectory())
    article.read([passage.text for passage in passages])
    quotes: list[Quote] = []
    open_quote: Quote | None = None  # a quotation left open at the end of the previous passage
    turns = find_turns(passages)
    for index, passage in enumerate(passages):
        text = passage.text
        if index in turns:
            quotes.append(_turn_quote(article, index, passage, turns[index]))
            open_quote = None
            continue
        if passage.block:
            spans = [MarkSpan(len(text) - len(text.lstrip()), len(text.rstrip()), True, False)]
        else:
            spans = find_mark_spans(text)
        masked = mask_quotations(text, spans)
        sentences = sentence_bounds(masked)
        remember_names(article, index, masked, sentences)
        previous = passages[index - 1] if index else None
        found: list[Quote] = []
        for number, span in enumerate(spans):
            quote = _attribute(article, index, passage, previous, masked, sentences, span, found,
                               open_quote if number == 0 else None, quotes)
            if quote is not None:
                found.append(quote)
        quotes.extend(found)
        last = spans[-1] if spans else None
        open_quote = found[-1] if found and last is not None and not last.closed and \
            found[-1].end == last.end else None
        if open_quote and index + 1 < len(passages) and not opens_with_mark(passages[index + 1].text):
            open_quote = None
    return quotes



def _turn_quote(article, index, passage, turn) -> Quote:
    """A transcript's turn: the words after the label, said by the one it names."""
    span = MarkSpan(turn.start, len(passage.text.rstrip()), True, False)
    label = speaker_label(turn.label)
    speaker = resolve_phrase(article, index, turn.start, label) if turn.named else None
    if speaker is None and turn.named and (single_name(label) or looks_like_person(label)):
        speaker = Speaker(article.full_names.get(label.lower(), label), "person")  # 'WALLACE:' names its speaker
    if speaker is not None:
        article.remember(index, turn.start, speaker)
    return _quote(passage, span, speaker, f"a transcript's turn, labelled “{turn.label}:”" if speaker
                  else "a transcript's turn with no named speaker")


def _attribute(article, index, passage, previous, masked, sentences, span, found, open_quote, quotes):
    text = passage.text
    quoted = text[span.start : span.end]
    words = len(quoted.split())
    start_of_sentence, end_of_sentence = sentence_of(sentences, span.start)
    if end_of_sentence <= span.end + 2 and span.end + 2 < len(masked):
        # '“Does he not understand?” Biden said.' / '“… missing.” Trump said.': the mark ends the quotation;
        # a sentence that is only a cue still belongs to it
        following_end = sentence_of(sentences, span.end + 2)[1]
        following = masked[span.end + 1 : following_end]
        if quoted.rstrip()[-1:] in ("?", "!") or (len(following.split()) <= 6 and AFTER.match(following)
                                                 and "\x00" not in following):
            end_of_sentence = following_end
    end_of_sentence = min(end_of_sentence, span.end + WINDOW)
    opening = span.start - 1 if span.start and not passage.block else span.start
    before = masked[start_of_sentence:opening]
    after_start = min(span.end + 1, len(masked)) if not passage.block else span.end
    next_quote = masked.find("\x00", after_start)
    after = masked[after_start : end_of_sentence if next_quote < 0 else min(end_of_sentence, next_quote)]
    if words == 0 or (not passage.block and TITLE_CUE.search(before)):
        return None
    if not passage.block and looks_like_title(quoted) and not AFTER.match(after):
        return None  # “Golden Gate of the East”, “SMO Hero City”: a name, not words spoken
    if open_quote is not None and span.start <= len(text) - len(text.lstrip()) + 1:
        return _quote(passage, span, open_quote.speaker, f"continues the quotation in {open_quote.passage}", True)

    speaker = how = None
    match = AFTER.match(after)
    if match and match.group("np2") and not _subject_like(match.group("np2")):
        match = None
    if match:
        phrase = match.group("np1") or match.group("np2")
        speaker = resolve_phrase(article, index, span.start, phrase, found)
        how = f"after the quotation: “{match.group(0).strip(' ,—–-')}”"
    dash = DASH_CUE.match(after) if speaker is None else None
    if dash:
        speaker = resolve_phrase(article, index, span.start, dash["np"], found)
        how = f"signed after the quotation: “{dash.group(0).strip()}”" if speaker else None
    if speaker is None:  # '“…” and against the law, Clinton said.': a cue closing the sentence
        final = FINAL_CUE.search(after)
        if final:
            speaker = resolve_phrase(article, index, span.start, final.group("np1") or final.group("np2"), found)
            how = f"the sentence ends “{final.group(0).strip(' ,.')}”" if speaker else None
    if speaker is None:
        sentence = masked[start_of_sentence:end_of_sentence]
        for m in ACCORDING.finditer(sentence):
            speaker = resolve_phrase(article, index, span.start, m.group("np"), found)
            if speaker:
                how = f"“{m.group(0).strip()}”"
                break
    if speaker is None:
        speaker, how = _verb_before(article, index, span, masked, start_of_sentence, before, found)
    if speaker is None:
        speaker, how = _possessive_cue(article, index, span, before, found)
    if speaker is None and words <= 2:
        return None  # a scare quote or a term, not a quotation
    if speaker is None and before.rstrip().endswith(":"):
        lead = last_clause(before.rstrip()[:-1])
        named = _NAME_BEFORE_COLON.search(lead)  # 'Pollsters agree - Carl Bialik:', 'WALLACE:'
        speaker = (resolve_phrase(article, index, span.start, named.group(1), found) if named else None) or \
            resolve_leading_phrase(article, index, span.start, lead) or \
            _main_subject(article, index, span, masked, start_of_sentence, start_of_sentence + len(before), found)
        how = f"introduced by “{lead.strip()}:”" if speaker else None
    if speaker is None and len(_words_outside(before)) <= 2 and not _words_outside(after):
        speaker, how = _previous_sentence(article, index, span, masked, sentences, start_of_sentence, found)
    if speaker is None and (passage.block or span.start <= len(text) - len(text.lstrip()) + 1) and previous \
            and previous.text.rstrip().endswith(":"):
        speaker, how = _lead_in(article, index, previous, quotes)
    if speaker is None and previous and not found and span.start <= len(text) - len(text.lstrip()) + 1 \
            and not _words_outside(before) and not _words_outside(after):
        speaker, how = _previous_paragraph_quoted(previous, quotes)
    if speaker is None and _words_outside(before):
        speaker, how = _named_subject(article, index, span, masked, start_of_sentence, before, found)
    if speaker is not None:
        article.remember(index, span.start, speaker)
    return _quote(passage, span, speaker, how or "no attribution in the text")



def _subject_like(phrase: str) -> bool:
    """'he', 'the witness, Omar Haddad', 'Daalder' -- not 'of migrants in Belarus, it'."""
    first = clean_phrase(phrase).split()[0].lower() if clean_phrase(phrase) else ""
    return bool(first) and (first in PRONOUNS or first in DETERMINERS or first not in NOT_NAMES | _CONNECTIVES)


_CONNECTIVES = frozenset("with from by as which who whose where into onto about".split())


def _quote(passage, span, speaker, how, continued=False) -> Quote:
    raw = passage.text[span.start : span.end]
    start = span.start + (len(raw) - len(raw.lstrip()))
    end = span.end - (len(raw) - len(raw.rstrip()))
    how = how.replace(ABBREVIATION_DOT, ".")  # the words of the text as written
    return Quote(passage.id, start, end, passage.text[start:end], speaker, how, continued)


def _words_outside(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.replace("\x00", " "))



MAX_VERBS = 4  # reporting verbs tried before a quotation, nearest first


def _verb_before(article, index, span, masked, sentence_start, before, found):
    """Rule 3: the nearest reporting verb before the quotation (in its clause), and its subject."""
    boundary = 0
    for match in STRONG_BOUNDARY.finditer(before):
        boundary = match.end()
    verbs = [m for m in VERB.finditer(before) if m.start() >= boundary]
    for match in [m for m in reversed(verbs) if not is_noun_use(before, m)][:MAX_VERBS]:
        verb = match.group(0)
        absolute = sentence_start + match.start()
        if verb.lower().endswith("ing"):
            speaker = _participle_subject(article, index, span, masked, sentence_start, absolute, found)
            if speaker is not None:
                return speaker, f"“{verb}” after “{speaker.name}”"
            continue
        inverted = INVERTED_SUBJECT.match(before[match.end() :]) if (
            verb[:1].isupper() or before[: match.start()].rstrip().endswith(",")) else None
        if inverted:  # ', says Carl Anthony, historian,' / 'Said Dorothy Poynter,': the speaker follows the verb
            speaker = resolve_phrase(article, index, span.start, inverted["np"], found)
            if speaker is not None:
                return speaker, f"“{verb.strip()} {_tidy(inverted['np'])}”"
        subject_text = AUXILIARIES.sub("", last_clause(masked[sentence_start:absolute]).rstrip())
        if not subject_text.strip(" ,") or re.search(r"\b(?:and|but|or)[\s,]*$", subject_text):
            speaker = _main_subject(article, index, span, masked, sentence_start, absolute, found)
        else:
            speaker = resolve_phrase(article, index, span.start, subject_text, found)
        if speaker is not None:
            return speaker, f"“{_tidy(subject_text)} {verb}”"
    return None, None



_NAME_AT_END = re.compile(r"(?<![.!?]\s)\b((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s*$")


def _participle_subject(article, index, span, masked, sentence_start, position, found):
    """'..., adding, “...”': the speaker of the nearest reporting clause before, or the sentence subject."""
    earlier = masked[sentence_start:position]
    right_before = _NAME_AT_END.search(earlier)  # 'footage of Hillary Clinton asking, “…”'
    if right_before:
        speaker = resolve_phrase(article, index, span.start, right_before.group(1), found)
        if speaker is not None and speaker.kind == "person":
            return speaker
    for match in reversed(list(VERB.finditer(earlier))):
        if match.group(0).lower().endswith("ing") or is_noun_use(earlier, match):
            continue
        subject_text = AUXILIARIES.sub("", last_clause(masked[sentence_start : sentence_start + match.start()]).rstrip())
        who = re.search(r"(?P<np>[^,]+),\s*who\s*$", subject_text)
        if who:
            subject_text = who.group("np")
        speaker = resolve_phrase(article, index, span.start, subject_text, found) if subject_text.strip() else None
        if speaker is not None:
            return speaker
    return _main_subject(article, index, span, masked, sentence_start, position, found)


def _main_subject(article, index, span, masked, sentence_start, position, found):
    sentence = masked[max(sentence_start, position - WINDOW) : position]
    parts = [p for p in sentence.split(",") if p.strip()]
    for part in parts:
        speaker = resolve_leading_phrase(article, index, span.start, part)
        if speaker is not None:
            return speaker
    return None


def _previous_sentence(article, index, span, masked, sentences, sentence_start, found):
    """Rule 5: a quotation standing alone takes the speaker of the sentence before it."""
    k = bisect.bisect_right([end for _, end in sentences], sentence_start)
    if k == 0:
        return None, None
    start, end = sentences[k - 1]
    start = max(start, end - WINDOW)
    if found and found[-1].start >= start and found[-1].speaker is not None:
        return found[-1].speaker, "the previous sentence quotes the same speaker"
    previous = masked[start:end]
    speaker, how = _verb_before(article, index, span, masked, start, previous, found)
    if speaker is None:
        match = NOUN_BY.search(previous)
        if match:
            speaker = resolve_phrase(article, index, span.start, match.group("np"), found)
            how = f"“{match.group(0)}”"
    if speaker is None:  # 'The minister, Ruth Adler, set out her plan. “...”': a named person, never a group
        speaker = _main_subject(article, index, span, masked, start, end, found)
        if speaker is not None and speaker.kind != "person":
            speaker = None
        how = "a named person is the subject of the previous sentence" if speaker else None
    return speaker, (f"previous sentence: {how}" if speaker else None)


_NAME_BEFORE_COLON = re.compile(r"(?:^|[—–-]\s|^\s*)((?:[A-Z][\w.’'\u2024-]+\s+){0,3}[A-Z][\w’'-]+)\s*$")


def _named_subject(article, index, span, masked, sentence_start, before, found):
    """'Trump is promising lower taxes and “jobs, jobs, jobs”': words quoted in the predicate of a sentence
    whose subject is a named person are that person's (news style; a title or a term never gets here)."""
    clause = before[: STRONG_BOUNDARY.search(before).start()] if STRONG_BOUNDARY.search(before) else before
    if not re.search(r"\b[a-z]{3,}", clause):
        return None, None  # no verb between the subject and the quotation
    speaker = resolve_leading_phrase(article, index, span.start, clause)
    if speaker is None or speaker.kind != "person":
        return None, None
    return speaker, f"the sentence is about {speaker.name}, who is its subject"


def _possessive_cue(article, index, span, before, found):
    """'Donald Trump’s claim that there have been “…”': the owner of the words speaks."""
    cues = list(POSSESSIVE_CUE.finditer(before))
    if not cues or STRONG_BOUNDARY.search(before, cues[-1].end()):
        return None, None
    cue = cues[-1]
    speaker = resolve_phrase(article, index, span.start, cue["np"], found)
    if speaker is None or speaker.kind == "description":
        return None, None
    return speaker, f"“{_tidy(cue.group(0))}”"


def _previous_paragraph_quoted(previous, quotes):
    """A paragraph that opens with a quotation standing alone, after a paragraph whose last sentence
    quotes someone: news style for the same speaker going on ('“...,” Clinton said.' / '“And that is why ...”')."""
    last = quotes[-1] if quotes and quotes[-1].passage == previous.id else None
    if last is None or last.speaker is None or last.speaker.kind == "description":
        return None, None
    tail = previous.text[last.end :]
    if re.search(r"[.!?][”\"’]?\s+\S.*[.!?]", tail):  # another sentence came after the quotation
        return None, None
    return last.speaker, f"goes on from the quotation of {last.speaker.name} that ends {previous.id}"


def _lead_in(article, index, previous, quotes):
    """Rule 6: the paragraph before ends with a colon that introduces this one."""
    spans = find_mark_spans(previous.text)
    masked = mask_quotations(previous.text, spans)
    sentences = sentence_bounds(masked)
    start, end = sentences[-1]
    start = max(start, end - WINDOW)
    lead = masked[start:end].rstrip()[:-1]
    fake = MarkSpan(len(masked), len(masked), True, False)
    speaker, how = _verb_before(article, index - 1, fake, masked, start, lead, [])
    if speaker is None:
        speaker = resolve_leading_phrase(article, index - 1, len(masked), last_clause(lead))
        how = "subject of the lead-in" if speaker else None
    return speaker, (f"introduced in {previous.id}: {how}" if speaker else None)


def _tidy(text: str) -> str:
    return " ".join(clean_phrase(text).split()[-8:])
