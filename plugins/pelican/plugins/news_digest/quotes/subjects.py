"""A clause -> who it says spoke: the subject of a reporting verb, of a participle, of a sentence.

These read the sentence around one quotation (the quoted words blanked out, see
`sentences.py`) and return a speaker with the words that name it, or None.
"""

from __future__ import annotations

import re

from .letters import CAPITAL
from .cues import (AND_THEN, INVERTED_SUBJECT, POSSESSIVE_CUE, STRONG_BOUNDARY, VERB, is_noun_use, last_clause,
                   without_auxiliaries)
from .names import clean_phrase, continues_a_place, looks_like_person
from .sentences import WINDOW
from .speakers import resolve_leading_phrase, resolve_phrase


MAX_VERBS = 4  # reporting verbs tried before a quotation, nearest first


def verb_before(article, index, span, masked, sentence_start, before, found):
    """Rule 3: the nearest reporting verb before the quotation (in its clause), and its subject."""
    boundary = 0
    for match in STRONG_BOUNDARY.finditer(before):
        boundary = match.end()
    verbs = [m for m in VERB.finditer(before) if m.start() >= boundary]
    for match in [m for m in reversed(verbs) if not is_noun_use(before, m)][:MAX_VERBS]:
        verb = match.group(0)
        absolute = sentence_start + match.start()
        if verb.lower().endswith("ing"):
            speaker = participle_subject(article, index, span, masked, sentence_start, absolute, found)
            if speaker is not None:
                return speaker, f"“{verb}” after “{speaker.name}”"
            continue
        inverted = INVERTED_SUBJECT.match(before[match.end() :]) if (
            verb[:1].isupper() or before[: match.start()].rstrip().endswith(",")) else None
        if inverted:  # ', says Carl Anthony, historian,' / 'Said Dorothy Poynter,': the speaker follows the verb
            speaker = resolve_phrase(article, index, span.start, inverted["np"], found)
            if speaker is not None:
                return speaker, f"“{verb.strip()} {tidy(inverted['np'])}”"
        antecedent = _WHICH_BEFORE.search(masked, max(sentence_start, absolute - 160), absolute) if \
            "wh" in masked[max(sentence_start, absolute - 24) : absolute] else None
        if antecedent:  # '… a grant from the Wolverine Community Trust, which said it was “…”': the Trust
            speaker = resolve_phrase(article, index, span.start, antecedent["np"], found)
            if speaker is not None and speaker.kind in ("person", "organisation"):
                return speaker, f"“{tidy(antecedent.group(0))} {verb}”"
        subject_text = without_auxiliaries(AND_THEN.split(last_clause(masked[sentence_start:absolute]))[-1].rstrip())
        relative = _RELATIVE_ASIDE.search(masked, sentence_start, absolute) if \
            masked[sentence_start:absolute].rstrip().endswith(",") else None
        if relative and _RELATIVE_SUBJECT.search(relative["np"]):  # 'The ad, which is airing now, argues that “…”'
            subject_text = last_clause(relative["np"])  # the subject before the aside ('…, 24, who …': not '24')
            named = _NAME_BEFORE_APPOSITIVE.search(masked, sentence_start, relative.start("np")) \
                if not looks_like_person(subject_text.strip()) else None
            if named:  # 'Rep. Dolores Achterberg, Republican of Ohio, who leads …, said': the name, described
                subject_text = f"{named[1]}, {subject_text.strip()}"
        elif relative:  # 'Her grandson, Dylan Pellow, 24, who swam beside her, said': not the 'her' of the aside
            subject_text = _BEFORE_RELATIVE.split(subject_text, 1)[0]
        object_relative = _OBJECT_RELATIVE.search(subject_text) if "," in subject_text else None
        if object_relative:  # 'Bannon, who Beck on Wednesday called “…”', 'Clinton, whom he called': Beck, he
            subject_text = object_relative["np"]
        if not subject_text.strip(" ,") or re.search(r"\b(?:and|but|or)[\s,]*$", subject_text):
            speaker = main_subject(article, index, span, masked, sentence_start, absolute, found)
        else:
            speaker = resolve_phrase(article, index, span.start, subject_text, found)
        if speaker is not None:
            return speaker, f"“{tidy(subject_text)} {verb}”"
    return None, None



_WHICH_BEFORE = re.compile(r"(?P<np>(?:[" + CAPITAL + r"][\w&’'.-]*\s+){0,5}[" + CAPITAL + r"][\w&’'.-]*),\s*(?:which|who)\s+"
                           r"(?:also\s+|later\s+|then\s+|\w+ly\s+)?$")
# 'The ad, which is airing now, argues', 'The coalition, a nonprofit that lobbied for it, said': before the aside
_RELATIVE_ASIDE = re.compile(r"(?P<np>[^,;\x00]+),\s*(?:which\b|who\b|whose\b|(?:a|an|the)\s[^,;\x00]*?\b(?:that|which|who)\b)"
                             r"[^,;\x00]*,\s*$")
_OBJECT_RELATIVE = re.compile(r",\s*(?:who|whom|which|that)\s+(?P<np>(?:[" + CAPITAL + r"][\w’'.-]*(?:\s+[" + CAPITAL +
                              r"][\w’'.-]*)*|he|she|they|we|I)(?:\s+(?:on|last|this|earlier|later)(?:\s+\w+)?)?)\s*$")
_BEFORE_RELATIVE = re.compile(r",\s*(?:who|whose|which)\b")
_NAME_BEFORE_APPOSITIVE = re.compile(r"(?:^|(?<=\s))((?:[" + CAPITAL + r"][\w.’'-]*\s+){1,4}[" + CAPITAL + r"][\w’'-]*),\s*$")
_RELATIVE_SUBJECT = re.compile(r"[A-Za-z]{2,}[^\w]*$")
_NAME_AT_END = re.compile(r"(?<![.!?]\s)\b((?:[" + CAPITAL + r"][\w’'-]+\s+){1,3}[" + CAPITAL + r"][\w’'-]+)(?:\s+[a-z]\w*ly)?\s*$")


_ONE_NAME_AT_END = re.compile(r"\b(?:with|as|while)\s+([" + CAPITAL + r"][\w’'-]+)(?:\s+[a-z]\w*ly)?\s*$")


# 'Dawson had sent a message saying', 'she posted a photo with a caption reading': the writing is its sender's
_SENT_WRITING = re.compile(
    r"(?P<np>(?:[" + CAPITAL + r"][\w’'.-]*\s+){0,3}[" + CAPITAL + r"][\w’'-]+|\b(?:he|she|they))\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:sent|posted|wrote|written|left|shared|published|tweeted|texted|emailed|sent\s+out)\s+(?:\w+\s+){0,4}?"
    r"(?:message|messages|letter|note|post|email|text|texts|tweet|card|comment|caption)\s+"
    r"(?:saying|reading|stating|that\s+said|which\s+said|that\s+read)\b[\s:,]*$")


_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(?!by\b)(?P<np>[^,;\x00]{2,80}?)\s+as\s+(?:saying|telling|writing)\b[^\x00]*$")


def participle_subject(article, index, span, masked, sentence_start, position, found):
    """'..., adding, “...”': the speaker of the nearest reporting clause before, or the sentence subject."""
    earlier = masked[sentence_start:position]
    quoted_as = _QUOTED_AS_SAYING.search(masked, sentence_start, max(position, span.start - 1))
    if quoted_as:  # 'The Daily Ledger quoted Mr. Farrow as saying': Farrow's words, not the paper's
        speaker = resolve_phrase(article, index, span.start, quoted_as["np"], found)
        if speaker is not None:
            return speaker
    sent = _SENT_WRITING.search(masked, sentence_start, max(position, span.start - 1))
    if sent:  # 'The court heard that Dawson had sent a message saying: “…”': the sender's words
        speaker = resolve_phrase(article, index, span.start, sent["np"], found)
        if speaker is not None:
            return speaker
    right_before = _NAME_AT_END.search(earlier) or _ONE_NAME_AT_END.search(earlier)
    if right_before:  # 'footage of Hillary Clinton asking, “…”', 'with Trump reportedly yelling: “…”'
        speaker = resolve_phrase(article, index, span.start, right_before.group(1), found)
        if speaker is not None and speaker.kind == "person":
            return speaker
    for match in reversed(list(VERB.finditer(earlier))):
        if match.group(0).lower().endswith("ing") or is_noun_use(earlier, match):
            continue
        subject_text = without_auxiliaries(last_clause(masked[sentence_start : sentence_start + match.start()]).rstrip())
        who = re.search(r"(?P<np>[^,]+),\s*who\s*$", subject_text)
        if who:
            subject_text = who.group("np")
        speaker = resolve_phrase(article, index, span.start, subject_text, found) if subject_text.strip() else None
        if speaker is not None:
            return speaker
    return main_subject(article, index, span, masked, sentence_start, position, found)


def main_subject(article, index, span, masked, sentence_start, position, found):
    """The phrase a clause of the sentence starts with, skipping places ('in Salem, New Hampshire,')."""
    sentence = masked[max(sentence_start, position - WINDOW) : position]
    parts = [p for p in sentence.split(",") if p.strip()]
    for number, part in enumerate(parts):
        if number and continues_a_place(parts[number - 1], part):
            continue  # 'New Hampshire' after 'in Salem': the rest of a place, not a subject
        speaker = resolve_leading_phrase(article, index, span.start, part)
        if speaker is not None:
            return speaker
    return None


def named_subject(article, index, span, masked, sentence_start, before, found):
    """'Trump is promising lower taxes and “jobs, jobs, jobs”': words quoted in the predicate of a sentence
    whose subject is a named person are that person's (news style; a title or a term never gets here)."""
    clause = before[: STRONG_BOUNDARY.search(before).start()] if STRONG_BOUNDARY.search(before) else before
    if not re.search(r"\b[a-z]{3,}", clause):
        return None, None  # no verb between the subject and the quotation
    speaker = resolve_leading_phrase(article, index, span.start, clause)
    opening = _OPENING_PHRASE.match(clause) if speaker is None else None
    if opening:  # 'On Tuesday, Sanders went further, endorsing candidates “…”': the subject after the opening
        speaker = resolve_leading_phrase(article, index, span.start, clause[opening.end() :])
    if speaker is None or speaker.kind != "person":
        return None, None
    return speaker, f"the sentence is about {speaker.name}, who is its subject"


# 'On Tuesday, ', 'In a speech in Ohio, ', 'Later, ': a short opening phrase before the subject
_OPENING_PHRASE = re.compile(r"^\s*(?:On|In|At|After|Later|Earlier|Then|Meanwhile|Since|During|Last|This|Yesterday|Today|"
                             r"Afterward|Afterwards|Still|Instead|Now)\b[^,\x00“”\"]{0,40},\s+(?=[A-Z])")


def possessive_cue(article, index, span, before, found):
    """'Donald Trump’s claim that there have been “…”': the owner of the words speaks."""
    cues = list(POSSESSIVE_CUE.finditer(before))
    if not cues or STRONG_BOUNDARY.search(before, cues[-1].end()):
        return None, None
    cue = cues[-1]
    speaker = resolve_phrase(article, index, span.start, cue["np"], found)
    if speaker is None or speaker.kind == "description":
        return None, None
    return speaker, f"“{tidy(cue.group(0))}”"


def tidy(text: str) -> str:
    return " ".join(clean_phrase(text).split()[-8:])
