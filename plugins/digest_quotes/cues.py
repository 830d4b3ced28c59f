"""The words that report speech: reporting verbs, "according to", title cues, clause edges."""

from __future__ import annotations

import re

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
STRONG_BOUNDARY = re.compile(r",?\s+but\s+|;\s*|,\s+(?:while|whereas)\s+", re.I)


_SMALL_WORDS = frozenset("of the a an in on for and to at by with from".split())


def looks_like_title(quoted: str) -> bool:
    """Every significant word capitalised and no sentence inside: the name of something."""
    words = re.findall(r"[^\W\d_][\w’'-]*", quoted)
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(significant) < 2 or re.search(r"[.!?]\s+\S", quoted):
        return False
    return all(w[0].isupper() for w in significant)



def last_clause(text: str) -> str:
    """The clause that ends `text`: after the last 'that', ';', quotation..."""
    last = 0
    for match in CLAUSE_START.finditer(text):
        last = match.end()
    return text[last:]



_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|these|those|such|of|and)\s*$", re.I)
_INFINITIVE_BEFORE = re.compile(r"\bto\s*$")
_VERB_AFTER = re.compile(r"^\s*(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b", re.I)


def is_noun_use(text: str, match: re.Match) -> bool:
    """'the claims', 'NATO states is ...', 'to admit': not a finite reporting verb."""
    if _INFINITIVE_BEFORE.search(text[: match.start()]):
        return True
    word = match.group(0).lower()
    if not word.endswith("s"):
        return False
    return bool(_NOUN_BEFORE.search(text[: match.start()]) or _VERB_AFTER.match(text[match.end() :]))
