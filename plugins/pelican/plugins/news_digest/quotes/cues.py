"""The words that report speech: reporting verbs, "according to", title cues, clause edges."""

from __future__ import annotations

import re

from .letters import CAPITAL


def _forms(verb: str) -> list[str]:
    """A regular verb's forms: 'warn' -> warn warns warned warning; 'quip+' doubles: quipped, quipping."""
    if verb.endswith("+"):
        verb = verb[:-1]
        return [verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


def _alternation(regular: str, irregular: str) -> str:
    forms = [form for verb in regular.split() for form in _forms(verb)]
    forms += [form for group in irregular.split() for form in group.split("/")]
    return trie_pattern(forms)


def trie_pattern(words) -> str:
    """One regular expression for many words, as a tree of their letters: Python's `re` tries the
    branches of `a|b|c|…` one by one at every position, a tree only the branch of the next letter."""
    tree: dict = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # the longer word first, then the word itself

    return "(?:" + pattern(tree) + ")"


# Verbs that report speech or writing, in every form (a vocabulary of how English news
# reports speech, not of any article). Irregular forms are written out.
REPORTING = _alternation(
    """add declare claim warn stress argue state note comment respond reply insist emphasize emphasise assert
    explain announce threaten urge demand accuse promise admit+ acknowledge report confirm recall ask suggest
    predict remark pledge vow dismiss describe hope believe expect proclaim tweet post chant shout cry criticise
    criticize condemn denounce deny reject praise defend welcome chronicle outline appeal blame recount
    retaliate boast complain lament concede caution observe wonder muse scoff sneer contend maintain allege
    testify mock grumble mutter whisper scream yell exclaim gush rave marvel interject interrupt elaborate
    clarify reiterate repeat retort rejoin inform advise remind swear affirm lambaste ridicule deride
    characterize characterise hail laud applaud thank congratulate implore beg speculate
    confess agree concur disagree bemoan apologize apologise react reminisce venture opine brag+ crow gloat
    bellow murmur chuckle insist warn caution pronounce declare announce underline underscore acknowledge
    inquire enquire concede compare liken exhort remember indicate conclude grouse gripe cite""",
    """say/says/said/saying tell/tells/told/telling write/writes/wrote/writing sing/sings/sang/singing
    call/calls/called/calling
    swear/swears/swore/sworn""",
) + "|" + _alternation("", " ".join(  # words that are nouns too: only their unambiguous verb forms
    _forms(verb)[2] for verb in """signal question text email charge counter answer attack blast label term press protest
    object estimate regret+ offer lecture laugh sigh groan rail joke quip+ snap+ deadpan+ slam taunt tease scold
    beam bark fume plead riff vent""".split()))
# Reporting verbs that need a particle: "points out", "shot back", "went on", "chimed in".
PHRASAL = (r"(?:point|points|pointed|pointing)\s+out|(?:shot|shoots|shoot|fired|fires|fire|hit|hits|hits|pushed|"
           r"pushes|push)\s+back|(?:went|goes|go)\s+on|(?:chimed|chimes|chime|cut|cuts)\s+in|"
           r"(?:summed|sums)\s+(?:it\s+)?up|(?:wrapped|wraps)\s+up|(?:spoke|speaks|speak)\s+(?:out|up)|"
           r"(?:issued|issues|released|releases|put\s+out|posted|posts)\s+(?:a|an)\s+(?:\w+\s+)?"
           r"(?:statement|message|letter|note|tweet|post|video)(?=\s*[,:]|\s+(?:that|saying)\b)|"
           r"(?:found|finds|showed|shows|revealed|reveals|determined|determines|warned|warns)\s+that|"
           r"(?:put|puts)\s+it(?=\s*(?:[,:.;]|\x00|$|\s+(?:this|that|bluntly|simply|best|succinctly|recently|once|in)\b))|"
           r"(?:referred|refers|refer|referring)\s+to\s+(?:[^,.;\x00]{1,60}?\s+)?as")  # 'referred to Rubio as “…”'


# Verbs that report speech only when a comma or colon follows: "Biden concluded, “...”".
REPORTING_BEFORE_COMMA = "continued|continues|began|begins|started|starts|read|reads|responded|replied|commented"
CALL = r"(?:call|calls|called|calling)\s+(?:for|on)"
# Lower case only: a capitalised "States" or "Reports" is a name, not a verb.
VERB = re.compile(rf"\b(?:{PHRASAL}|{REPORTING}|{CALL})\b|\b(?:{REPORTING_BEFORE_COMMA})(?=\s*[,:])"
                  r"|^\s*(?:Said|Says|Added|Asked|Wrote|Writes)\b")  # 'Said Dorothy Poynter, “...”'
# After an inverted cue, the speaker it names: ', says Carl Anthony, historian at …,' / 'Said Dorothy Poynter, …'
INVERTED_SUBJECT = re.compile(r"^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)\b)(?P<np>[" + CAPITAL + r"][^,;:\x00]{1,60}?)\s*(?:,|$)")
AFTER = re.compile(rf"^\s*[,—–―-]?\s*(?:(?P<verb1>{PHRASAL}|{REPORTING})\s+(?P<np1>[^.,;!?\x00]{{2,90}}?)(?=[.,;!?]|\s+(?:on|in|at|to|when|after|during|before|as)\b|$)"
                   rf"|(?P<np2>[^.;!?\x00]{{1,200}}?)(?<!\bof)(?<!\bthe)(?<!\ba)\s+(?:[a-z]\w*ly\s+)?(?P<verb2>{PHRASAL}|{REPORTING}|(?:{REPORTING_BEFORE_COMMA})(?=\s*[,:.]|\s+(?!to\b)[a-z]))\b)")
# A cue that closes the sentence after other words: '…, says Dante Scala, a political scientist.' /
# '… and against the law, Clinton said.'
FINAL_CUE = re.compile(rf"[,—–]\s+(?:(?:{PHRASAL}|{REPORTING})\s+(?P<np1>[^.;!?\x00]{{2,120}}?)"
                       rf"|(?P<np2>[^,.;!?\x00]{{1,80}}?)\s+(?:[a-z]\w*ly\s+)?(?:{PHRASAL}|{REPORTING})(?:\s+[^,.;!?\x00]{{0,60}})?)"
                       r"\s*(?:[.;!?]|$)")
# A noun that reports someone's words, owned by the speaker: "Trump’s claim that …", "Clinton's promise of …".
SPEECH_NOUNS = (r"claims?|statements?|remarks?|comments?|words|promises?|pledges?|warnings?|calls?|assertions?|"
                r"arguments?|messages?|tweets?|speech|responses?|answers?|questions?|descriptions?|insistence|"
                r"suggestions?|vows?|threats?|criticism|accusations?|charges?|complaints?|boasts?|slogans?|"
                r"catch ?phrase|refrain|mantra|line|quip|declaration|announcement|admission|denial|rallying cry|"
                r"letter|op-ed|post|press release|report|memo|testimony|tribute|plea|demand|dictum|motto")
POSSESSIVE_CUE = re.compile(rf"(?P<np>(?:[{CAPITAL}][\w.’'\u2024-]+\s+){{0,3}}[{CAPITAL}][\w’'-]+|(?:the|a|an)\s+[\w -]{{2,40}}?)[’']s?\s+"
                            rf"(?:[a-z-]+\s+){{0,2}}(?:{SPEECH_NOUNS})\b")
# '“…” ― Pamela Padilla' / '“…” — Jane Roe, a nurse': a name after a dash closes the quotation.
DASH_CUE = re.compile(r"^\s*[—–―]\s*(?P<np>[" + CAPITAL + r"][^.;!?\x00—–―“\"]{1,80}?)\s*[.]?\s*[“\"]?\s*$")
ACCORDING = re.compile(r"\b(?:according to|in the words of)\s+(?P<np>[^,.;:!?\x00]{2,120}?)(?=\s*(?:[,.;:!?]|\x00|$|\s+(?:on|in|at|during|when)\b))", re.I)
NOUN_BY = re.compile(r"\b(?:address|speech|remarks|statement|message|interview|post|letter|op-ed|article)\s+by\s+"
                     r"(?P<np>[^,.;:!?\x00]{2,120}?)(?=\s*(?:[,.;:!?]|\x00|$|\s+(?:later|on|in|at|during|when)\b))", re.I)
TITLE_CUE = re.compile(r"(?:\btitled|\bentitled|\bcalled|\bnamed|\bdubbed|\bthe title(?: of)?|\barticle|\bheadline|"
                       r"\bso-called|\bthe term|\bthe slogan|\bthe word|\bknown as|\bthe book|\bthe film|\bthe song|"
                       r"\bthe programme|\bthe program|\bthe operation|\bthe campaign)[\s,]*$", re.I)
DOCUMENT_NOUNS = frozenset("""letter statement declaration report article story release communique communiqué
    resolution document memo memorandum editorial column message post tweet video interview study analysis
    paper note appeal petition ad advert advertisement commercial leaflet flyer brochure sign poster banner
    filing complaint lawsuit ruling verdict order judgment survey poll audit response assessment submission
    warning warnings advisory alert bulletin""".split())
# Writing that nobody the text names wrote: 'A sign on the door reads …' has no speaker.
UNSIGNED_WORDS = frozenset("sign signs placard placards banner banners graffiti inscription plaque".split())
# Documents that are someone speaking: 'the statement read' is the words of whoever issued it.
ISSUED_WORDS = frozenset("statement statements release communique communiqué warning advisory alert bulletin "
                         "letter post email e-mail message memo tweet".split())
# 'X said in a statement', 'X wrote in a Facebook post', 'in an open letter, X': what 'the letter read' is X's
ISSUED_IN = re.compile(r"\b(?:in|issued|released|put out|sent|posted)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?P<noun>statement|letter|post|e-?mail|message|memo|tweet)\b", re.I)
_ISSUED_HINT = re.compile(r"tatement|letter|post\b|mail|message|memo|tweet")  # a cheap look before ISSUED_IN


def issued_in(text: str, start: int, end: int) -> re.Match | None:
    """'said in a statement', 'wrote in a Facebook post' in text[start:end]: its `noun` names the document."""
    return ISSUED_IN.search(text, start, end) if _ISSUED_HINT.search(text, start, end) else None


def issued_noun(issued: re.Match) -> str:
    """The key of `ArticleMemory.documents` for the document `issued_in` found ('E-mail' -> 'email')."""
    return issued["noun"].lower().replace("e-mail", "email")
# 'Braynard is quoted as saying', 'X was quoted by Reuters as saying': the subject before the passive
QUOTED_AS = re.compile(r"\s+(?:is|was|were|are|has been|had been|have been)\s+(?:\w+ly\s+)?quoted"
                       r"(?:\s+by\s+[^,.;\x00]{1,40}?)?\s+as$")
AUXILIARIES = re.compile(r"(?:\s+(?:(?-i:(?!(?:family|ally|assembly|supply|monopoly|bully|daily|weekly|elderly)\b)[a-z]+ly)|also|even|once|again|then|still|later|further|already|now|never|not|"
                         r"has|have|had|was|were|is|are|will|would|could|should|may|might|must|can|did|does|do|"
                         r"been|be|yesterday|today|immediately|subsequently))+$", re.I)
CLAUSE_START = re.compile(r"(?:[;(—]|\bthat\b|\bwhich\b|,\s*where\b|\bbut\b|\bwhile\b|\bwhereas\b|\bbecause\b|\x00+[”\"’']?)", re.I)
# 'The crowd cheers, and then Wallnau continues': the subject of the clause after 'and (then)'
AND_THEN = re.compile(r",\s+and\s+(?:then\s+)?(?=[A-Z])")
STRONG_BOUNDARY = re.compile(r",?\s+but\s+|;\s*|,\s+(?:while|whereas)\s+", re.I)


_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")
_SMALL_WORDS = frozenset("of the a an in on for and to at by with from".split())


def looks_like_title(quoted: str) -> bool:
    """Every significant word capitalised and no sentence inside: the name of something."""
    significant = 0
    for match in _TITLE_WORD.finditer(quoted):  # most quotations fail at their first lower-case word
        word = match.group(0)
        if word.lower() not in _SMALL_WORDS:
            if not word[0].isupper():
                return False
            significant += 1
    return significant >= 2 and not _SENTENCE_INSIDE.search(quoted)



def without_auxiliaries(subject: str) -> str:
    """'Trump has also' -> 'Trump': the auxiliaries and adverbs between a subject and its verb, taken off
    the end (searched for in the last characters only: the whole run is a few words)."""
    tail = max(0, len(subject) - _AUXILIARY_REACH)
    match = AUXILIARIES.search(subject, tail)
    while match and tail > 0 and not _SPACE.search(subject, tail, match.start()):
        tail = max(0, tail - _AUXILIARY_REACH)  # no space before the run in the window: it may begin earlier
        match = AUXILIARIES.search(subject, tail)
    return subject[: match.start()] if match else subject


_AUXILIARY_REACH = 160
_SPACE = re.compile(r"\s")


def last_clause(text: str) -> str:
    """The clause that ends `text`: after the last 'that', ';', quotation..."""
    last = 0
    for match in CLAUSE_START.finditer(text):
        last = match.end()
    return text[last:]



_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|these|those|such|of|and)\s*$", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|these|those|such|of|this|that|every|any)\s*$",
                                re.I)
# A determiner and capitalised words before a word that is a noun too: 'a Facebook post', 'an Instagram video'.
_NAMED_NOUN_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[{CAPITAL}][\w’'-]*\s+){{1,3}}$")
_NOUNS_TOO = frozenset("post tweet report comment claim reply response statement call text email video message".split())
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
_INFINITIVE_BEFORE = re.compile(r"\bto\s*$")
_OF_ADJECTIVE_BEFORE = re.compile(r"\bof\s+[\w-]+\s+$")  # '32% of Republican claims': a noun
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_LOOK_BACK = 120  # characters: longer than any of the look-backs above can match
_VERB_AFTER = re.compile(r"^\s*(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b", re.I)


def is_noun_use(text: str, match: re.Match) -> bool:
    """'the claims', 'NATO states is ...', 'to admit': not a finite reporting verb."""
    start = match.start()
    near = max(0, start - _LOOK_BACK)  # every look-back below ends at the verb and spans a few words
    if _INFINITIVE_BEFORE.search(text, near, start):
        return True
    word = match.group(0).lower()
    if word.endswith(("ed", "told", "said", "written")) and _PASSIVE_BEFORE.search(text, near, start):
        return True  # 'a report was expected', 'he was told': a passive names no speaker
    if not word.endswith("s"):  # 'secretary of state', 'the report', 'a tweet': a noun after a determiner
        if word in _NOUNS_TOO and _NAMED_NOUN_BEFORE.search(text, near, start):
            return True  # 'in a Facebook post', 'a White House report'
        if word.endswith("ed") and _INDEFINITE_BEFORE.search(text, near, start):
            return True  # 'in an emailed statement', 'a prepared statement': an adjective
        return bool(_DETERMINER_BEFORE.search(text, near, start)) and not word.endswith(("ed", "ing"))
    return bool(_NOUN_BEFORE.search(text, near, start) or _OF_ADJECTIVE_BEFORE.search(text, near, start) or
                _VERB_AFTER.match(text[match.end() :]))


# '“…” That was the verdict of Dr. Amara Celik, the union’s general secretary,': the speaker named just after
WORDS_OF = re.compile(r"[\s.,!?”’\"']*(?:Those|These|That|This|Such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:[a-z]+\s+)?"
                       r"(?:words|verdict|view|message|assessment|warning|reaction|response|conclusion|thoughts|"
                       r"sentiments?|advice|plea|promise|prediction|judgment|judgement)\s+of\s+"
                       r"(?P<np>[^,.;:!?\x00]+?(?:,\s+[^,.;:!?\x00]+?)?)(?=\s*(?:[,.;:!?\x00]|$|\s+(?:as|when|after|who|on|in)\b))")
CHANTED = re.compile(r"\b(?:chant|chants|chanted|chanting|sang|sing|sings|singing)\b", re.I)


def is_characterisation(before: str, quoted: str) -> bool:
    """'called the film “a late masterpiece from a filmmaker …”', 'what he called “a rounding error dressed up as
    reform”': words someone used of a thing, not its title or name (a lower-case phrase of four words or more)."""
    return quoted.lstrip()[:1].islower() and len(quoted.split()) >= 4 and not NAMING_CUE.search(before)


NAMING_CUE = re.compile(r"(?:\btitled|\bentitled|\bnamed|\bdubbed|\bheadline|\bso-called|\bthe term|\bthe slogan|"
                         r"\bthe word|\bknown as)[\s,]*$", re.I)
