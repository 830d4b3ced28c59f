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
import dataclasses
import re

from digest_passages.passages import Passage

from .marks import MarkSpan, find_mark_spans, opens_with_mark
from .names import (
    DETERMINERS,
    INSTITUTION_WORDS,
    NOT_NAMES,
    PRONOUNS,
    ROLE_WORDS,
    clean_phrase,
    head_noun,
    is_name_token,
    looks_like_person,
    split_role_and_name,
    strip_determiner,
)
from .people import PeopleDirectory


@dataclasses.dataclass(frozen=True)
class Speaker:
    name: str
    kind: str  # person | organisation | document | description
    role: str | None = None


@dataclasses.dataclass(frozen=True)
class Quote:
    passage: str
    start: int  # offsets of the quoted words in the passage text
    end: int
    text: str
    speaker: Speaker | None
    how: str  # the rule and the words that attribute it
    continued: bool = False  # continues a quotation from the previous passage


def _inflections(stems: str) -> str:
    forms = []
    for stem in stems.split():
        forms += stem.split("/")
    return "|".join(sorted(set(forms), key=len, reverse=True))


# Reporting verbs (all inflections written out: irregular English verbs).
REPORTING = _inflections(
    """say/says/said/saying add/adds/added/adding declare/declares/declared/declaring claim/claims/claimed/claiming
    tell/tells/told/telling write/writes/wrote/writing warn/warns/warned/warning stress/stresses/stressed/stressing
    argue/argues/argued/arguing state/states/stated/stating note/notes/noted/noting comment/comments/commented
    respond/responds/responded reply/replies/replied insist/insists/insisted/insisting emphasize/emphasizes
    emphasized/emphasizing emphasise/emphasises/emphasised/emphasising assert/asserts/asserted/asserting
    explain/explains/explained announce/announces/announced/announcing threaten/threatens/threatened/threatening
    urge/urges/urged/urging demand/demands/demanded/demanding accuse/accuses/accused/accusing promise/promised
    admit/admits/admitted acknowledge/acknowledges/acknowledged report/reports/reported/reporting
    confirm/confirms/confirmed recall/recalls/recalled ask/asks/asked suggest/suggests/suggested
    predict/predicts/predicted remark/remarks/remarked pledge/pledges/pledged/pledging vow/vows/vowed
    dismiss/dismisses/dismissed describe/describes/described/describing hope/hopes/hoped believe/believes/believed
    expect/expects/expected proclaim/proclaims/proclaimed tweet/tweets/tweeted post/posts/posted
    chant/chants/chanted/chanting shout/shouts/shouted/shouting cry/cries/cried sing/sings/sang
    criticise/criticises/criticised/criticize/criticizes/criticized condemn/condemns/condemned
    denounce/denounces/denounced deny/denies/denied reject/rejects/rejected praise/praises/praised
    defend/defends/defended welcome/welcomes/welcomed chronicle/chronicles/chronicled outline/outlines/outlined
    appeal/appeals/appealed blame/blames/blamed recount/recounts/recounted"""
)
# Verbs that report speech only when a comma or colon follows: "Biden concluded, “...”".
REPORTING_BEFORE_COMMA = "continued|continues|concluded|concludes|began|read|reads|responded|replied|commented"
CALL = r"(?:call|calls|called|calling)\s+(?:for|on)"
# Lower case only: a capitalised "States" or "Reports" is a name, not a verb.
VERB = re.compile(rf"\b(?:{REPORTING}|{CALL})\b|\b(?:{REPORTING_BEFORE_COMMA})(?=\s*[,:])")
AFTER = re.compile(rf"^\s*[,—–-]?\s*(?:(?P<verb1>{REPORTING})\s+(?P<np1>[^.,;!?\x00]{{2,90}}?)(?=[.,;!?]|\s+(?:on|in|at|to|when|after|during|before|as)\b|$)"
                   rf"|(?P<np2>[^.;!?\x00]{{1,90}}?)\s+(?:\w+ly\s+)?(?P<verb2>{REPORTING}|(?:{REPORTING_BEFORE_COMMA})(?=\s*[,:.]))\b)")
ACCORDING = re.compile(r"\b(?:according to|in the words of)\s+(?P<np>[^,.;:!?\x00]{2,120}?)(?=\s*(?:[,.;:!?]|\x00|$|\s+(?:on|in|at|during|when)\b))", re.I)
NOUN_BY = re.compile(r"\b(?:address|speech|remarks|statement|message|interview|post|letter|op-ed|article)\s+by\s+"
                     r"(?P<np>[^,.;:!?\x00]{2,120}?)(?=\s*(?:[,.;:!?]|\x00|$|\s+(?:later|on|in|at|during|when)\b))", re.I)
TITLE_CUE = re.compile(r"(?:\btitled|\bentitled|\bcalled|\bnamed|\bdubbed|\bthe title(?: of)?|\barticle|\bheadline|"
                       r"\bso-called|\bthe term|\bthe slogan|\bthe word|\bknown as|\bthe book|\bthe film|\bthe song|"
                       r"\bthe programme|\bthe program|\bthe operation|\bthe campaign)[\s,]*$", re.I)
DOCUMENT_NOUNS = frozenset("""letter statement declaration report article story release communique communiqué
    resolution document memo memorandum editorial column message post tweet video interview study analysis
    paper note appeal petition""".split())
AUXILIARIES = re.compile(r"(?:\s+(?:\w+ly|also|even|once|again|then|still|later|further|already|now|never|not|"
                         r"has|have|had|was|were|is|are|will|would|could|should|may|might|must|can|did|does|do|"
                         r"been|be|yesterday|today|immediately|subsequently))+$", re.I)
CLAUSE_START = re.compile(r"(?:[;(—]|\bthat\b|\bwhich\b|\bbut\b|\bwhile\b|\bwhereas\b|\bbecause\b|\x00+[”\"’']?)", re.I)
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Rep|Amb|St|Prof|Gov|No|Nov|Dec|Jan|Feb|Mar|Apr|"
                           r"Aug|Sept|Sep|Oct|Jr|Sr|vs|etc|U\.S|U\.K|U\.N)|\b[A-Z])\.$")
STRONG_BOUNDARY = re.compile(r",?\s+but\s+|;\s*|,\s+(?:while|whereas)\s+", re.I)
SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+(?=[A-Z“\"‘\[\d(])")


PRONOUN_REACH = 40  # mentions looked at when resolving a pronoun


@dataclasses.dataclass
class _Mention:
    passage: int
    position: int
    speaker: Speaker
    subject: bool  # the subject of a sentence or a speaker, which 'they' and 'it' may mean


class _Article:
    """What the article has said so far: who was named, with which roles."""

    def __init__(self, people: PeopleDirectory):
        self.people = people
        self.mentions: list[_Mention] = []
        self.full_names: dict[str, str] = {}  # surname -> full name used in this article
        self.roles: list[tuple[str, Speaker]] = []  # role text (lower case) -> who had it
        self.named: dict[str, Speaker | None] = {}  # capitalised phrase -> what it names

    def remember(self, passage: int, position: int, speaker: Speaker | None, subject: bool = True) -> None:
        if speaker is None or speaker.kind == "description":
            return
        mention = _Mention(passage, position, speaker, subject)
        if self.mentions and (passage, position) < (self.mentions[-1].passage, self.mentions[-1].position):
            bisect.insort(self.mentions, mention, key=lambda m: (m.passage, m.position))
        else:
            self.mentions.append(mention)
        if speaker.kind == "person":
            self.full_names.setdefault(speaker.name.split()[-1].lower(), speaker.name)
            for alias in self._aliases(speaker.name):
                self.full_names.setdefault(alias.split()[-1].lower(), speaker.name)
        if speaker.role:
            self.roles.append((speaker.role.lower(), speaker))

    def _aliases(self, name: str) -> tuple[str, ...]:
        person = self.people.find(name)
        return person.aliases if person else ()

    def last_mention(self, passage: int, position: int, kinds: set[str]) -> Speaker | None:
        """The nearest mention before (passage, position) of one of `kinds`, in this or the previous passage."""
        end = bisect.bisect_left(self.mentions, (passage, position), key=lambda m: (m.passage, m.position))
        for mention in reversed(self.mentions[max(0, end - PRONOUN_REACH) : end]):
            if mention.passage < passage - 1:
                return None
            if mention.speaker.kind in kinds and (mention.subject or kinds == {"person"}):
                return mention.speaker
        return None


def extract_quotes(passages: list[Passage], people: PeopleDirectory | None = None) -> list[Quote]:
    """Every quotation in an article's passages, in order, with its speaker or None."""
    article = _Article(people or PeopleDirectory())
    quotes: list[Quote] = []
    open_quote: Quote | None = None  # a quotation left open at the end of the previous passage
    for index, passage in enumerate(passages):
        text = passage.text
        if passage.block:
            spans = [MarkSpan(len(text) - len(text.lstrip()), len(text.rstrip()), True, False)]
        else:
            spans = find_mark_spans(text)
        masked = _mask(text, spans)
        sentences = _sentence_bounds(masked)
        _remember_names(article, index, masked, sentences)
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


def _mask(text: str, spans: list[MarkSpan]) -> str:
    """The passage with quoted words blanked out (a final . ! ? kept, to end the sentence)."""
    chars = list(text)
    for span in spans:
        last = span.end - 1 if text[span.end - 1 : span.end] in ".!?" else span.end
        for i in range(span.start, last):
            chars[i] = "\x00"
    return "".join(chars)


def _sentence_bounds(masked: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in SENTENCE_END.finditer(masked):
        if _ABBREVIATION.search(masked[max(0, match.start() - 8) : match.start() + 1]):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(masked)))
    return bounds


# Attribution looks at most this many characters around a quotation, so that a
# paragraph of any length, or with thousands of quotation marks, costs linear time.
WINDOW = 400


def _sentence_of(sentences, position: int) -> tuple[int, int]:
    index = bisect.bisect_right([start for start, _ in sentences], position) - 1
    start, end = sentences[max(index, 0)]
    return max(start, position - WINDOW), end


_CAPITALISED_RUN = re.compile(r"(?:(?:[A-Z]\.|[A-Z][\w’'-]*|of|the|de|van|von|al|bin)\s+){0,9}[A-Z][\w’'-]*")


_ITEM = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}"
# 'Estonia, France, Ireland, Norway, the United States and Britain issued ...': a named group as subject.
_GROUP = re.compile(rf"{_ITEM}(?:,\s+{_ITEM}){{1,12}},?\s+and\s+{_ITEM}(?=\s+[a-z]+(?:ed|s)\b)")


def _remember_names(article: _Article, index: int, masked: str, sentences) -> None:
    """Names outside quotations: the people (anywhere) and organisations (as subjects) a pronoun may mean."""
    for match in _GROUP.finditer(masked):
        group = match.group(0)
        if re.search(r"\b(?:of|in|at|by|to|for|from|with|during|on)\s*$", masked[: match.start()]):
            group = group.split(", ", 1)[1]  # 'a meeting of the UNSC, Estonia, ...': the list starts after
        article.remember(index, match.end(), Speaker(group, "group"), subject=True)
    starts = {start for start, _ in sentences}
    for match in _CAPITALISED_RUN.finditer(masked):
        phrase = match.group(0)
        speaker = article.named.get(phrase)
        if phrase not in article.named:  # the same names recur: resolve each once per article
            speaker = _resolve_named(article, phrase, strict=True)
            if speaker is not None or " " in phrase:  # a bare surname may resolve once its full name is seen
                article.named[phrase] = speaker
        subject = match.start() in starts
        if speaker is not None and (subject or speaker.kind == "person" or article.people.find(speaker.name)):
            article.remember(index, match.end(), speaker, subject)


def _attribute(article, index, passage, previous, masked, sentences, span, found, open_quote, quotes):
    text = passage.text
    quoted = text[span.start : span.end]
    words = len(quoted.split())
    start_of_sentence, end_of_sentence = _sentence_of(sentences, span.start)
    end_of_sentence = min(end_of_sentence, span.end + WINDOW)
    opening = span.start - 1 if span.start and not passage.block else span.start
    before = masked[start_of_sentence:opening]
    after_start = min(span.end + 1, len(masked)) if not passage.block else span.end
    next_quote = masked.find("\x00", after_start)
    after = masked[after_start : end_of_sentence if next_quote < 0 else min(end_of_sentence, next_quote)]
    if words == 0 or (not passage.block and TITLE_CUE.search(before)):
        return None
    if not passage.block and _looks_like_title(quoted) and not AFTER.match(after):
        return None  # “Golden Gate of the East”, “SMO Hero City”: a name, not words spoken
    if open_quote is not None and span.start <= len(text) - len(text.lstrip()) + 1:
        return _quote(passage, span, open_quote.speaker, f"continues the quotation in {open_quote.passage}", True)

    speaker = how = None
    match = AFTER.match(after)
    if match and match.group("np2") and not _subject_like(match.group("np2")):
        match = None
    if match:
        phrase = match.group("np1") or match.group("np2")
        speaker = _resolve_phrase(article, index, span.start, phrase, found)
        how = f"after the quotation: “{match.group(0).strip(' ,—–-')}”"
    if speaker is None:
        sentence = masked[start_of_sentence:end_of_sentence]
        for m in ACCORDING.finditer(sentence):
            speaker = _resolve_phrase(article, index, span.start, m.group("np"), found)
            if speaker:
                how = f"“{m.group(0).strip()}”"
                break
    if speaker is None:
        speaker, how = _verb_before(article, index, span, masked, start_of_sentence, before, found)
    if speaker is None and words <= 2:
        return None  # a scare quote or a term, not a quotation
    if speaker is None and before.rstrip().endswith(":"):
        speaker = _resolve_leading_phrase(article, index, span.start, _clause(before.rstrip()[:-1]))
        how = f"introduced by “{_clause(before.rstrip()[:-1]).strip()}:”" if speaker else None
    if speaker is None and len(_words_outside(before)) <= 2 and not _words_outside(after):
        speaker, how = _previous_sentence(article, index, span, masked, sentences, start_of_sentence, found)
    if speaker is None and (passage.block or span.start <= len(text) - len(text.lstrip()) + 1) and previous \
            and previous.text.rstrip().endswith(":"):
        speaker, how = _lead_in(article, index, previous, quotes)
    if speaker is not None:
        article.remember(index, span.start, speaker)
    return _quote(passage, span, speaker, how or "no attribution in the text")


_SMALL_WORDS = frozenset("of the a an in on for and to at by with from".split())


def _looks_like_title(quoted: str) -> bool:
    """Every significant word capitalised and no sentence inside: the name of something."""
    words = re.findall(r"[^\W\d_][\w’'-]*", quoted)
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(significant) < 2 or re.search(r"[.!?]\s+\S", quoted):
        return False
    return all(w[0].isupper() for w in significant)


def _subject_like(phrase: str) -> bool:
    """'he', 'the witness, Omar Haddad', 'Daalder' -- not 'of migrants in Belarus, it'."""
    first = clean_phrase(phrase).split()[0].lower() if clean_phrase(phrase) else ""
    return bool(first) and (first in PRONOUNS or first in DETERMINERS or first not in NOT_NAMES | _CONNECTIVES)


_CONNECTIVES = frozenset("with from by as which who whose where into onto about".split())


def _quote(passage, span, speaker, how, continued=False) -> Quote:
    raw = passage.text[span.start : span.end]
    start = span.start + (len(raw) - len(raw.lstrip()))
    end = span.end - (len(raw) - len(raw.rstrip()))
    return Quote(passage.id, start, end, passage.text[start:end], speaker, how, continued)


def _words_outside(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.replace("\x00", " "))


def _clause(text: str) -> str:
    """The clause that ends `text`: after the last 'that', ';', quotation..."""
    last = 0
    for match in CLAUSE_START.finditer(text):
        last = match.end()
    return text[last:]


MAX_VERBS = 4  # reporting verbs tried before a quotation, nearest first


def _verb_before(article, index, span, masked, sentence_start, before, found):
    """Rule 3: the nearest reporting verb before the quotation (in its clause), and its subject."""
    boundary = 0
    for match in STRONG_BOUNDARY.finditer(before):
        boundary = match.end()
    verbs = [m for m in VERB.finditer(before) if m.start() >= boundary]
    for match in [m for m in reversed(verbs) if not _is_noun(before, m)][:MAX_VERBS]:
        verb = match.group(0)
        absolute = sentence_start + match.start()
        if verb.lower().endswith("ing"):
            speaker = _participle_subject(article, index, span, masked, sentence_start, absolute, found)
            if speaker is not None:
                return speaker, f"“{verb}” after “{speaker.name}”"
            continue
        subject_text = AUXILIARIES.sub("", _clause(masked[sentence_start:absolute]).rstrip())
        if not subject_text.strip(" ,") or re.search(r"\b(?:and|but|or)[\s,]*$", subject_text):
            speaker = _main_subject(article, index, span, masked, sentence_start, absolute, found)
        else:
            speaker = _resolve_phrase(article, index, span.start, subject_text, found)
        if speaker is not None:
            return speaker, f"“{_tidy(subject_text)} {verb}”"
    return None, None


_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|these|those|such|of|and)\s*$", re.I)
_INFINITIVE_BEFORE = re.compile(r"\bto\s*$")
_VERB_AFTER = re.compile(r"^\s*(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b", re.I)


def _is_noun(text: str, match: re.Match) -> bool:
    """'the claims', 'NATO states is ...', 'to admit': not a finite reporting verb."""
    if _INFINITIVE_BEFORE.search(text[: match.start()]):
        return True
    word = match.group(0).lower()
    if not word.endswith("s"):
        return False
    return bool(_NOUN_BEFORE.search(text[: match.start()]) or _VERB_AFTER.match(text[match.end() :]))


def _participle_subject(article, index, span, masked, sentence_start, position, found):
    """'..., adding, “...”': the speaker of the nearest reporting clause before, or the sentence subject."""
    earlier = masked[sentence_start:position]
    for match in reversed(list(VERB.finditer(earlier))):
        if match.group(0).lower().endswith("ing") or _is_noun(earlier, match):
            continue
        subject_text = AUXILIARIES.sub("", _clause(masked[sentence_start : sentence_start + match.start()]).rstrip())
        who = re.search(r"(?P<np>[^,]+),\s*who\s*$", subject_text)
        if who:
            subject_text = who.group("np")
        speaker = _resolve_phrase(article, index, span.start, subject_text, found) if subject_text.strip() else None
        if speaker is not None:
            return speaker
    return _main_subject(article, index, span, masked, sentence_start, position, found)


def _main_subject(article, index, span, masked, sentence_start, position, found):
    sentence = masked[max(sentence_start, position - WINDOW) : position]
    parts = [p for p in sentence.split(",") if p.strip()]
    for part in parts:
        speaker = _resolve_leading_phrase(article, index, span.start, part)
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
            speaker = _resolve_phrase(article, index, span.start, match.group("np"), found)
            how = f"“{match.group(0)}”"
    if speaker is None:  # 'The minister, Ruth Adler, set out her plan. “...”': a named person, never a group
        speaker = _main_subject(article, index, span, masked, start, end, found)
        if speaker is not None and speaker.kind != "person":
            speaker = None
        how = "a named person is the subject of the previous sentence" if speaker else None
    return speaker, (f"previous sentence: {how}" if speaker else None)


def _lead_in(article, index, previous, quotes):
    """Rule 6: the paragraph before ends with a colon that introduces this one."""
    spans = find_mark_spans(previous.text)
    masked = _mask(previous.text, spans)
    sentences = _sentence_bounds(masked)
    start, end = sentences[-1]
    start = max(start, end - WINDOW)
    lead = masked[start:end].rstrip()[:-1]
    fake = MarkSpan(len(masked), len(masked), True, False)
    speaker, how = _verb_before(article, index - 1, fake, masked, start, lead, [])
    if speaker is None:
        speaker = _resolve_leading_phrase(article, index - 1, len(masked), _clause(lead))
        how = "subject of the lead-in" if speaker else None
    return speaker, (f"introduced in {previous.id}: {how}" if speaker else None)


def _tidy(text: str) -> str:
    return " ".join(clean_phrase(text).split()[-8:])


# --- Resolving a phrase to a speaker ------------------------------------------------------------

def _resolve_phrase(article, index, position, phrase, found=()) -> Speaker | None:
    """The speaker a subject phrase names: a pronoun, a name, a role, an organisation, a document."""
    phrase = clean_phrase(phrase.replace("\x00", " "))
    if not phrase or len(phrase) > 160:
        return None
    pronoun = PRONOUNS.get(phrase.lower()) or PRONOUNS.get(re.split(r"[\s,]+", phrase)[-1].lower())
    if pronoun and (phrase.lower() in PRONOUNS or not _has_name(phrase)):
        return _resolve_pronoun(article, index, position, pronoun, found)
    parts = [p.strip() for p in phrase.split(",") if p.strip() and not _introductory(p)]
    if not parts:
        return None
    phrase = ", ".join(parts)
    role, name = split_role_and_name(phrase)
    if name and (looks_like_person(name) or article.people.find(name) or name.lower() in article.full_names):
        named = _resolve_named(article, name, strict=False)
        if named is not None:
            return dataclasses.replace(named, role=role or named.role)
    for part in reversed(parts):
        speaker = _resolve_description(article, index, position, part)
        if speaker is not None:
            return speaker
    trailing = _TRAILING_PROPER.search(phrase)  # 'technology Foreign Policy' (described ...)
    if trailing and trailing.group(0) != phrase:
        return _resolve_named(article, trailing.group(0), strict=False)
    return None


_TRAILING_PROPER = re.compile(r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*$")


def _introductory(part: str) -> bool:
    """'In addition', 'if the attack is confirmed': a phrase that cannot be the subject."""
    first = part.split()[0].lower()
    return first in NOT_NAMES and first not in DETERMINERS and first not in PRONOUNS


def _has_name(phrase: str) -> bool:
    return any(is_name_token(token) for token in phrase.split()[:-1])


def _resolve_leading_phrase(article, index, position, text) -> Speaker | None:
    """The noun phrase a clause starts with ('NATO's statement made clear ...' -> NATO)."""
    tokens = clean_phrase(text.replace("\x00", " ")).split()
    if tokens and tokens[0].lower() in PRONOUNS:
        return _resolve_phrase(article, index, position, tokens[0])
    if tokens and tokens[0].lower() in NOT_NAMES and tokens[0].lower() not in DETERMINERS:
        return None  # an introductory phrase ('In his remarks Tuesday'), not a subject
    kept = []
    for token in tokens:
        bare = token.strip(",.;:").lower().removesuffix("’s").removesuffix("'s")
        if (token[:1].isupper() or bare in DETERMINERS or bare in ROLE_WORDS or bare in DOCUMENT_NOUNS
                or bare in INSTITUTION_WORDS or bare in {"of", "for", "to"}):
            kept.append(token)
        else:
            break
    while kept and kept[-1].lower().strip(",") in {"of", "for", "to"} | DETERMINERS:
        kept.pop()
    return _resolve_phrase(article, index, position, " ".join(kept)) if kept else None


def _resolve_pronoun(article, index, position, kind, found) -> Speaker | None:
    kinds = {"person": {"person"}, "plural": {"organisation", "group"}, "thing": {"organisation", "document"}}[kind]
    for quote in reversed(found[-3:]):
        if quote.speaker and quote.speaker.kind in kinds:
            return quote.speaker
    return article.last_mention(index, position, kinds)


def _resolve_named(article, phrase, strict) -> Speaker | None:
    """A name (or alias) -> the canonical person or organisation."""
    phrase = clean_phrase(phrase)
    known = article.people.find(phrase) or article.people.find(strip_determiner(phrase))
    if known:
        return Speaker(known.name, known.kind)
    role, name = split_role_and_name(phrase)
    known = article.people.find(name) if name else None
    if known:
        return Speaker(known.name, known.kind, role)
    if name and looks_like_person(name):
        return Speaker(name, "person", role)
    if name and " " not in name and name.lower() in article.full_names:
        return Speaker(article.full_names[name.lower()], "person", role)
    bare = strip_determiner(phrase)
    if strict and not any(w.lower() in INSTITUTION_WORDS for w in bare.split()):
        return None
    if _is_proper_run(bare) and head_noun(bare) not in DOCUMENT_NOUNS:
        return Speaker(bare, "organisation")
    return None


def _is_proper_run(phrase: str) -> bool:
    """'Russian Ministry of Defense', 'Farmers’ Union': capitalised words joined by of/the/and/for."""
    words = phrase.split()
    return 0 < len(words) <= 7 and words[0][:1].isupper() and words[0].lower() not in NOT_NAMES and \
        all(w[:1].isupper() or w in {"of", "the", "and", "for", "on", "&"} for w in words) and words[-1][:1].isupper()


def _resolve_description(article, index, position, phrase) -> Speaker | None:
    """'the diplomat', 'The letter', 'NATO’s statement', 'Poland', 'a former NATO commander'."""
    phrase = clean_phrase(phrase)
    possessive = re.match(r"^(?:the\s+)?(?P<owner>[\w.&’' -]+?)[’']s\s+(?P<noun>[\w-]+)$", phrase, re.I)
    if possessive and possessive["noun"].lower() in DOCUMENT_NOUNS:  # "NATO's statement": NATO speaks
        owner = possessive["owner"]
        return (_resolve_named(article, owner, strict=False) or _resolve_role(article, owner.lower())
                or Speaker(owner, "organisation" if owner[:1].isupper() else "description"))
    words = phrase.split()
    if not words:
        return None
    bare = strip_determiner(phrase)
    noun = head_noun(bare)
    determiner = words[0].lower()
    if determiner in DETERMINERS or bare[:1].islower():
        by_role = _resolve_role(article, bare)
        if by_role is not None:
            return by_role
        if noun in DOCUMENT_NOUNS:
            return Speaker(_capitalise(phrase if determiner != "a" else bare), "document")
        if noun in ROLE_WORDS:
            return Speaker(phrase if determiner in {"a", "an"} else bare, "description")
    if bare[:1].isupper():
        named = _resolve_named(article, phrase, strict=False)
        if named is not None:
            return named
    if noun in ROLE_WORDS:
        return Speaker(bare, "description")
    return None


def _resolve_role(article, description: str) -> Speaker | None:
    """'the Ukrainian president' -> the person this article named with that role or noun."""
    wanted = description.lower()
    for role, speaker in reversed(article.roles):
        if role == wanted or role.endswith(" " + wanted) or wanted.endswith(" " + role):
            return speaker
    candidates = {p.name for p in article.people.with_noun(wanted) + article.people.with_noun(head_noun(wanted))}
    for mention in reversed(article.mentions):
        if mention.speaker.name in candidates:
            return Speaker(mention.speaker.name, mention.speaker.kind)
    return None


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]

