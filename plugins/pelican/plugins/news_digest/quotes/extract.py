"""Passages of one article -> its direct quotations, each with who said it and why we think so.

Rules, tried in order for each quotation (the first that names a valid speaker wins):

1. a transcript's turn (`WALLACE: …`) is said by its label; a paragraph that
   continues an open quotation keeps its speaker
2. right after the quotation: `…,” Daalder wrote` / `…,” said Ms. Okafor, a
   retired judge` / `“…” ― Jane Roe`; or a cue closing the sentence
   (`… and against the law, Clinton said.`); a later part of the same sentence
   (`“…,” said X, <role>, “…”`) takes the same speaker
3. `according to X` / `in the words of X` anywhere in the sentence
4. the nearest reporting verb before it (`X said that “…”`, `X, who spoke on
   Monday, said`, `…, says X, an economist, is that “…”`, a participle takes
   the subject it hangs on) -- see `subjects.py`
5. the owner of reported words (`Trump’s claim that “…”`)
6. a colon after a phrase that names someone (`Pollsters agree - Carl Bialik: “…”`)
7. a quotation that is its own sentence takes the speaker of the previous
   sentence; a paragraph that is a quotation, that of the lead-in ending in a
   colon before it, of a sentence before it reporting what a named person said,
   or of the quotation that ended the paragraph before -- see `neighbours.py`
8. the named person who is the subject of the sentence quoting in its predicate

Names and roles the article introduces are noted in `introductions.py`;
phrases become speakers in `speakers.py` (names and pronouns in `named.py`,
descriptions in `descriptions.py` and `roles.py`: 'the agency', 'the French
leader'), and `validation.py` says what a speaker may be. When no rule applies
the quotation is kept with no speaker: we never guess. One- and two-word
quotations count only when a reporting verb governs them; titles (“The Age of
Confrontation”) are never quotations.
"""

from __future__ import annotations

import dataclasses
import re

from .letters import CAPITAL
from ..passages.passages import Passage

from .cues import (ACCORDING, AFTER, AND_THEN, CHANTED, DASH_CUE, FINAL_CUE, INVERTED_SUBJECT,
                   QUOTED_AS, TITLE_CUE, WORDS_OF, is_characterisation,
                   UNSIGNED_WORDS, VERB, is_noun_use, issued_in, issued_noun, last_clause, looks_like_title,
                   without_auxiliaries)
from .marks import MarkSpan, find_mark_spans, may_quote, opens_with_mark, without_nicknames
from .mentions import ArticleMemory
from .model import Quote, Speaker
from .names import agent_noun, looks_like_person, single_name
from .people import PeopleDirectory
from .sentences import ABBREVIATION_DOT, WINDOW, mask_quotations, sentence_bounds, sentence_of
from .after import (COMPLEMENT, CLAUSE_GOES_ON, INTRODUCING, NAME_AFTER_ROLE, SAY, SUBORDINATE,
                    described_further, subject_like)
from .documents import remember_statement_issuers
from .firstnames import gender_of_given_name
from .introductions import remember_described_subjects, remember_names
from .speakers import resolve_leading_phrase, resolve_phrase
from .validation import shown_role
from .neighbours import (SIGNATURE, from_lead_in, lead_in, previous_paragraph_quoted, previous_sentence, said_at_the_end,
                         signed_below)
from .subjects import main_subject, named_subject, possessive_cue, verb_before
from .transcripts import (ANSWERS, QUESTIONS, TURN_HOWS, find_turns, full_name_in, interviewee, interviewer,
                          speaker_label, spoken, turn_goes_on)

__all__ = ["Quote", "Speaker", "extract_quotes"]

def extract_quotes(passages: list[Passage], people: PeopleDirectory | None = None) -> list[Quote]:
    """Every quotation in an article's passages, in order, with its speaker or None."""
    article = ArticleMemory(people or PeopleDirectory())
    article.read([passage.text for passage in passages])
    quotes: list[Quote] = []
    open_quote: Quote | None = None  # a quotation left open at the end of the previous passage
    turns = find_turns(passages)
    voices = len({turn.label for turn in turns.values()})  # a transcript has two voices or more
    # what the article says after its last quotation cannot change who said it: not read
    last = max((i for i, p in enumerate(passages) if p.block or i in turns or may_quote(p.text)), default=-1)
    for index, passage in enumerate(passages[: last + 1]):
        text = passage.text
        if index in turns:
            quotes.append(_turn_quote(article, index, passage, turns[index], min(turns)))
            open_quote = None
            continue
        if voices > 1 and min(turns) < index < max(turns) and quotes and quotes[-1].how.startswith(TURN_HOWS) \
                and quotes[-1].speaker is not None and quotes[-1].speaker.kind == "person" \
                and not passage.block and spoken(text) and not may_quote(text):
            quotes.append(turn_goes_on(passage, quotes[-1]))  # a turn over two paragraphs, the second unlabelled
            continue
        if passage.block:
            spans = [MarkSpan(len(text) - len(text.lstrip()), len(text.rstrip()), True, False)]
        else:
            spans = find_mark_spans(text)
        spans, names = without_nicknames(text, spans)
        masked = mask_quotations(text, spans)
        for start, end in names:  # 'Wilhelmina “Billie” Torvik' reads as 'Wilhelmina Torvik'
            masked = masked[:start] + " " * (end - start) + masked[end:]
        sentences = sentence_bounds(masked)
        remember_names(article, index, masked, sentences)
        remember_described_subjects(article, index, masked, sentences)
        if "tatement" in masked:
            remember_statement_issuers(article, index, masked, sentences)
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
    return said_at_the_end(signed_below(article, quotes, passages))


def _turn_quote(article, index, passage, turn, first_turn=None) -> Quote:
    """A transcript's turn: the words after the label, said by the one it names."""
    span = MarkSpan(turn.start, len(passage.text.rstrip()), True, False)
    label = speaker_label(turn.label)
    speaker = resolve_phrase(article, index, turn.start, label) if turn.named else None
    if turn.label.lower().strip(".") in ANSWERS and first_turn is not None:
        speaker = interviewee(article, first_turn)  # 'A: …' in an interview introduced with its guest
    elif turn.label.lower().strip(".") in QUESTIONS and first_turn is not None:
        speaker = interviewer(article, first_turn)  # 'Q: …' asked by the editor the introduction names
    if speaker is None and turn.named and (single_name(label) or looks_like_person(label)):
        speaker = Speaker(article.full_names.get(label.lower(), label), "person")  # 'WALLACE:' names its speaker
    titled = label.split()
    if speaker is not None and speaker.kind == "person" and len(titled) == 2 and \
            gender_of_given_name(titled[0]) is None and full_name_in(article.text, titled[1]):
        # 'UNDERSHERIFF ESPINOZA:' -> Raul Espinoza, introduced with his title
        full = full_name_in(article.text, titled[1])
        if full.split()[0].lower() == titled[0].lower():
            full = full.split(None, 1)[1]  # 'Undersheriff Raul Espinoza': the title is the label's too
        speaker = Speaker(full, "person", titled[0]) if " " in full else speaker
    if speaker is not None and " " not in speaker.name and (speaker.kind == "person" or single_name(label)):
        # 'FRITH:' -> Amanda Frith, named anywhere in the article; a one-word label is a person's
        speaker = Speaker(full_name_in(article.text, speaker.name) or speaker.name, "person", speaker.role)
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
        if _bare_cue(following) and (quoted.rstrip()[-1:] in ("?", "!") or (
                len(following.split()) <= 6 and AFTER.match(following) and "\x00" not in following)):
            end_of_sentence = following_end
    end_of_sentence = min(end_of_sentence, span.end + WINDOW)
    opening = span.start - 1 if span.start and not passage.block else span.start
    before = masked[start_of_sentence:opening]
    after_start = min(span.end + 1, len(masked)) if not passage.block else span.end
    next_quote = masked.find("\x00", after_start)
    after = masked[after_start : end_of_sentence if next_quote < 0 else min(end_of_sentence, next_quote)]
    if words == 0 or (not passage.block and TITLE_CUE.search(before) and not is_characterisation(before, quoted)):
        return None
    cue = AFTER.match(after)
    if not passage.block and looks_like_title(quoted) and (not cue or _AFTER_PREPOSITION.search(before)
                                                           or _WORK_BEFORE.search(before)):
        return None  # “Golden Gate of the East”, “SMO Hero City”: a name, not words spoken
    at_start = span.start <= len(text) - len(text.lstrip()) + 1  # the quotation opens its paragraph
    # a cue after it names who said it all, not the lead-in's guess: said_at_the_end gives them the paragraphs before
    guessed = open_quote is not None and from_lead_in(open_quote) and span.closed and cue
    if open_quote is not None and at_start and (open_quote.speaker is not None or not span.closed) and not guessed:
        return _quote(passage, span, open_quote.speaker, f"continues the quotation in {open_quote.passage}", True)
    continued = open_quote is not None and at_start  # its last paragraph may say who spoke: see said_at_the_end

    speaker = how = None
    # '… lamented her gaffes - “…?” - Democrats said …': a quotation between dashes belongs to the clause before
    aside = before.rstrip().endswith(("-", "—", "–")) and after.lstrip().startswith(("-", "—", "–"))
    match = cue if not aside else None
    if match and match.group("np2") and not subject_like(match.group("np2")):
        match = None
    if match and match.group("np1") and COMPLEMENT.match(match.group("np1")):
        match = None  # '“…” suggests that Phoenix supports it': a clause the verb reports, not who spoke
    if match:
        if match.group("np1"):  # 'said a person close to the governor': the description as a whole
            phrase = _RELATIVE.split(match.group("np1"))[0]  # '… a strategist who spoke on condition of anonymity'
            phrase += described_further(phrase, after[match.end("np1") :])
            named = NAME_AFTER_ROLE.match(after, match.end("np1"))
            if named and phrase.split()[0].lower() in INTRODUCING:  # "said the bureau's director, James Comey,"
                phrase = f"{phrase}, {named['name']}"
        else:  # 'The crowd cheers, and then X continues', 'X has said', 'X is quoted as saying': X
            phrase = QUOTED_AS.sub("", AND_THEN.split(match.group("np2"))[-1])
            if not _PASSIVE_END.search(phrase):  # not 'the staffer was charged'
                phrase = without_auxiliaries(phrase)
            if phrase.rstrip().endswith(",") and match.group("verb2") in SAY:
                inverted = INVERTED_SUBJECT.match(after[match.end() :])  # '“…” that Sanders can win, said X'
                speaker = resolve_phrase(article, index, span.start, inverted["np"], found) if inverted else None
        speaker = speaker or resolve_phrase(article, index, span.start, phrase, found)
        how = f"after the quotation: “{match.group(0).strip(' ,—–-')}”"
    dash = DASH_CUE.match(after) if speaker is None else None
    if dash:
        speaker = resolve_phrase(article, index, span.start, dash["np"], found)
        how = f"signed after the quotation: “{dash.group(0).strip()}”" if speaker else None
    if speaker is None:  # '“…” and against the law, Clinton said.': a cue closing the sentence
        final = FINAL_CUE.search(after)
        if final and final.group("np2") and SUBORDINATE.match(final.group("np2")):
            final = None  # '“…” in the waterway, while China’s ministry weighed in': another clause, another subject
        if final:
            speaker = resolve_phrase(article, index, span.start, final.group("np1") or final.group("np2"), found)
            how = f"the sentence ends “{final.group(0).strip(' ,.')}”" if speaker else None
    words_of = WORDS_OF.match(masked, span.end + 1) if speaker is None and not _has_words(after) else None
    if words_of:  # '“…” Those were the words of fire chief Dana Ruiz as she …': named in the next sentence
        speaker = resolve_phrase(article, index, span.start, words_of["np"], found)
        how = f"“{words_of.group(0).strip(_MARKS_AND_SPACE)}”" if speaker else None
    if speaker is None:
        sentence = masked[start_of_sentence:end_of_sentence]
        for m in ACCORDING.finditer(sentence):
            speaker = resolve_phrase(article, index, span.start, m.group("np"), found)
            if speaker:
                how = f"“{m.group(0).strip()}”"
                break
    if speaker is None:
        speaker, how = verb_before(article, index, span, masked, start_of_sentence, before, found)
    if speaker is None:
        speaker, how = possessive_cue(article, index, span, before, found)
    if speaker is None and words <= 2:
        sentence = quoted[:1].isupper() and quoted.rstrip()[-1:] in ".!?" and not _has_words(before)
        if not sentence or found == [] or found[-1].speaker is None or not _no_new_speaker(after):
            return None  # a scare quote or a term, not a quotation
        # '“…,” coach Nina Okoro said. “They listened.”': a sentence of its own, the same speaker going on
    if speaker is None and found and found[-1].speaker is not None and found[-1].start >= start_of_sentence \
            and found[-1].how.startswith("after the quotation"):
        # '“…,” said Raffaello Pantucci, director of …, “but …”': the cue between the parts serves both
        speaker, how = found[-1].speaker, f"the sentence goes on from the quotation of {found[-1].speaker.name}"
    if speaker is None and before.rstrip().endswith(":") and not _UNSIGNED_BEFORE_COLON.search(before):
        lead = AND_THEN.split(last_clause(before.rstrip()[:-1]))[-1]  # 'The crowd cheers, and then X continues:'
        named = _NAME_BEFORE_COLON.search(lead)  # 'Pollsters agree - Carl Bialik:', 'WALLACE:'
        if named is None:  # '... doesn’t surprise Republican pollster Daron Shaw:': a role, then the name
            named = _ROLE_NAME_BEFORE_COLON.search(lead)
            named = named if named and agent_noun(lead[named.start() : named.start(1)].strip()) and \
                looks_like_person(named.group(1)) else None
        speaker = (resolve_phrase(article, index, span.start, named.group(1), found) if named else None) or \
            resolve_leading_phrase(article, index, span.start, lead) or \
            main_subject(article, index, span, masked, start_of_sentence, start_of_sentence + len(before), found)
        how = f"introduced by “{lead.strip()}:”" if speaker else None
    if speaker is None and _no_new_speaker(after) and len(_words_outside(before)) <= 2:
        speaker, how = previous_sentence(article, index, span, masked, sentences, start_of_sentence, found)
    if speaker is None and (passage.block or at_start) and previous and previous.text.rstrip().endswith(":"):
        speaker, how = lead_in(article, index, previous, quotes)
    if speaker is None and previous and not found and at_start and not _has_words(before) \
            and not _has_words(after):
        speaker, how = previous_paragraph_quoted(previous, quotes)
        if speaker is None and span.start + len(quoted) + 2 >= len(text.rstrip()) and \
                not find_mark_spans(previous.text) and not SIGNATURE.match(previous.text):  # not '- X.' signing the one above
            # 'Clinton, clearly frustrated, responded …, saying …' / '“I am so sick of it.”': the paragraph
            # before reports what a named person said, and this one is the quotation
            speaker, how = lead_in(article, index, previous, quotes, reported=True)
            if speaker is not None and speaker.kind != "person" and not (
                    speaker.kind == "organisation" and ISSUED_IN_PARAGRAPH.search(previous.text)):
                speaker = how = None  # a body's words only when it 'issued a statement' just before
    if speaker is None and _has_words(before):
        speaker, how = named_subject(article, index, span, masked, start_of_sentence, before, found)
    if speaker is not None and speaker.kind == "description" and how and CHANTED.search(how):
        speaker, how = None, f"chanted or sung by a crowd ({how}): no one speaker"
    if speaker is not None:
        article.remember(index, span.start, speaker)
        issued = issued_in(masked, start_of_sentence, end_of_sentence)
        if issued:  # 'X said in a statement': 'the statement' is X's later
            article.documents[issued_noun(issued)] = speaker
    if continued:
        return _quote(passage, span, speaker, how or f"continues the quotation in {open_quote.passage}", True)
    return _quote(passage, span, speaker, how or "no attribution in the text")



# '… found a handwritten sign taped to the door:': the words on a sign, which nobody the text names wrote
_UNSIGNED_BEFORE_COLON = re.compile(r"\b(?:" + "|".join(sorted(UNSIGNED_WORDS)) + r")\b[^,;:.\x00]{0,60}:\s*$")
_AFTER_PREPOSITION = re.compile(r"\b(?:on|in|at|from|to|of|by|with|for|about)\s*$", re.I)  # 'On “The Morning Show,” she said'
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which)\s")
_PASSIVE_END = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+\w+ly)?\s*$", re.I)
# 'In his 1994 memoir, “Salt and Iron,” Mr. Varnum wrote': the name of a work, then the cue of another quotation
_WORK_BEFORE = re.compile(r"\b(?:memoir|book|novel|film|movie|album|song|play|documentary|series|show|poem|essay|"
                          r"podcast|programme|program|painting|exhibition|opera|musical)\s*,?\s*$", re.I)
_MARKS_AND_SPACE = " .,!?”’\"'"


ISSUED_IN_PARAGRAPH = re.compile(r"\b(?:issued|released|put out|published)\s+(?:a|an|the\s+following)\s+"
                                 r"(?:[\w-]+\s+){0,2}?statement\b")


def _bare_cue(following: str) -> bool:
    """'“Does he not understand?” Biden said.' -- not '“Who is listening?” Police said they had no suspects.',
    a sentence with words of its own."""
    cue = AFTER.match(following)
    if cue is None:
        return not following.strip() or not _words_outside(following)
    return not CLAUSE_GOES_ON.match(following[cue.end() :])


def _quote(passage, span, speaker, how, continued=False) -> Quote:
    raw = passage.text[span.start : span.end]
    start = span.start + (len(raw) - len(raw.lstrip()))
    end = span.end - (len(raw) - len(raw.rstrip()))
    how = " ".join(how.replace(ABBREVIATION_DOT, ".").split())  # the words of the text as written
    role = shown_role(speaker.role) if speaker is not None and speaker.role else None
    if role != (speaker.role if speaker is not None else None):
        speaker = dataclasses.replace(speaker, role=role)
    return Quote(passage.id, start, end, passage.text[start:end], speaker, how, continued)


_WORD = re.compile(r"[^\W_]+")


def _words_outside(text: str) -> list[str]:
    """The words of `text` that are not quoted (quoted ones are blanked in the masked text)."""
    return _WORD.findall(text.replace("\x00", " "))


def _no_new_speaker(after: str) -> bool:
    """Nothing after the quotation, or a short tail naming no one and reporting nothing
    ('“That is the fight we are taking” to the rest of the country.')."""
    words = _words_outside(after)
    return not words or (len(words) <= 8 and all(is_noun_use(after, m) for m in VERB.finditer(after)) and
                         not any(w[:1].isupper() for w in words))


def _has_words(text: str) -> bool:
    return _WORD.search(text.replace("\x00", " ")) is not None


_ROLE_NAME_BEFORE_COLON = re.compile(r"\b(?:[a-z][a-z-]{3,})\s+((?:[" + CAPITAL + r"][\w.’'\u2024-]+\s+){1,3}"
                                     r"[" + CAPITAL + r"][\w’'-]+)\s*$")
_NAME_BEFORE_COLON = re.compile(r"(?:^|[—–-]\s|^\s*)((?:[" + CAPITAL + r"][\w.’'\u2024-]+\s+){0,3}[" + CAPITAL + r"][\w’'-]+)\s*$")
