"""A description of an organisation -> the organisation: 'the council' -> the International Grain Council,
'the agency' -> the Centers for Disease Prevention, 'the company' -> the company the story is about,
'the commission' -> the one public body the paragraph made its subject. A small vocabulary of the words
news writing uses for bodies and businesses; nothing else."""

from __future__ import annotations

import functools
import re

from .mentions import ArticleMemory
from .model import Speaker
from .names import INSTITUTION_WORDS
from .vocabulary import COMPANY_WORDS

NATIONALITY_ENDINGS = ("an", "ese", "ish", "ch", "ic", "i")  # Italian, Chinese, British, French, Iraqi


def bare_word(word: str) -> str:
    return word.removesuffix("’s").removesuffix("'s")


def same_place(adjective: str, words: set[str]) -> bool:
    """'italian' and 'italy', 'french' and 'france': a nationality for its country in the role."""
    return adjective.endswith(NATIONALITY_ENDINGS) and \
        any(len(word) > 3 and word[:3] == adjective[:3] and word[:1].isalpha() for word in words) or \
        (adjective == "french" and "france" in words)


# What a description of an organisation may name: 'the agency' for the National Transit Safety Office.
INSTITUTION_SYNONYMS = {
    "agency": ("agency", "office", "administration", "bureau", "commission", "authority", "service", "board",
               "department", "directorate", "inspectorate", "regulator", "centers", "center", "centre", "centres",
               "institute", "institutes", "watchdog"),
    "company": COMPANY_WORDS, "firm": COMPANY_WORDS, "group": COMPANY_WORDS + ("group",),
    "ministry": ("ministry", "department"), "department": ("department", "ministry"),
    "council": ("council",), "committee": ("committee",), "commission": ("commission",), "party": ("party",),
    "union": ("union", "association", "federation", "guild"), "court": ("court", "tribunal"), "university": ("university", "college"),
    "government": ("government",), "bank": ("bank",), "board": ("board",), "district": ("district",),
    "school": ("school", "academy", "college"),
    "hospital": ("hospital", "clinic", "trust", "infirmary", "center", "centre"),
    "college": ("college", "university", "school"), "institute": ("institute", "institution"),
    "museum": ("museum", "gallery"), "foundation": ("foundation", "trust", "charity"), "club": ("club", "fc", "united", "city", "rovers", "athletic", "wanderers", "rangers", "albion", "town",
                                                   "county", "hotspur", "celtic"),
    "coalition": ("coalition", "alliance"), "association": ("association", "federation"), "league": ("league",),
    "alliance": ("alliance", "coalition"), "federation": ("federation", "association", "union"),
    "society": ("society",), "cooperative": ("cooperative", "co-operative", "co-op", "society"),
    "municipality": ("municipality", "council"), "authority": ("authority",),
    "charity": ("charity", "foundation", "trust"),
    "office": ("office", "department", "bureau"), "airline": ("airline", "airlines", "airways", "air"),
    "center": ("center", "centre", "centers", "centres"), "centre": ("centre", "center", "centres", "centers"),
    "trust": ("trust",), "service": ("service",), "network": ("network",), "institution": ("institute", "institution"),
}
_COMPANY_HEADS = frozenset({"company", "firm", "group"})


def resolve_institution(article: ArticleMemory, description: str) -> Speaker | None:
    """'the council', 'the agency', 'the Russian ministry': the most recent organisation named with
    such a word (and the description's other words)."""
    words = description.lower().split()
    heads = INSTITUTION_SYNONYMS.get(words[-1]) if words else None
    if not heads:
        return None
    modifiers = [bare_word(w) for w in words[:-1]]
    wanted = set(heads)
    for subjects_only in (True, False):  # the body a sentence was about, before one named in passing
        for mention in reversed(article.mentions):
            speaker = mention.speaker
            if speaker.kind != "organisation" or subjects_only and not mention.subject:
                continue
            named = _name_words(speaker.name)
            if not named & wanted or words[-1] == "club" and _opponent(article, mention):
                continue
            last = bare_word(speaker.name.split()[-1].lower().strip(".,’'"))
            if last in INSTITUTION_WORDS and last not in heads and last not in COMPANY_WORDS:
                continue  # 'Albion Supporters’ Trust' is a trust, not 'the club'
            if words[-1] in _COMPANY_HEADS and _institution_words(speaker.name) & _PUBLIC_BODY_HEADS:
                continue  # 'the Office of Energy Oversight' is no company, its 'Energy' aside
            if all(m in named or same_place(m, named) for m in modifiers):
                return Speaker(speaker.name, speaker.kind)
    if words == ["club"]:
        return club_of_staff(article)
    if words[-1] in _COMPANY_HEADS and not modifiers:  # 'Kestrel Semiconductor ... the company said'
        named = {m.speaker.name for m in article.mentions if m.speaker.kind == "organisation"}
        if len(named) == 1 and not _institution_words(next(iter(named))):
            return Speaker(next(iter(named)), "organisation")  # the one organisation named, not a body
    return None


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(bare_word(w.lower().strip(".,")) for w in name.split())


_BODY_DESCRIBED: dict[str, re.Pattern] = {}
_NOT_KINDS = frozenset("same other new former whole entire said very only first".split())


def body_described_before(article: ArticleMemory, index: int, position: int, noun: str) -> Speaker | None:
    """'…, the fisheries ministry said Thursday. … The ministry said': the one body the text described, in
    lower case, with that head noun before ('fisheries ministry'); two different ones: no one."""
    if noun not in INSTITUTION_SYNONYMS:
        return None
    pattern = _BODY_DESCRIBED.get(noun) or _BODY_DESCRIBED.setdefault(
        noun, re.compile(rf"\b[Tt]he\s+((?:[a-z][a-z-]+\s+){{1,2}}){re.escape(noun)}\b"))
    found = {" ".join(m[1].split()) for m in pattern.finditer(article.text_before(index, position))}
    found = {kind for kind in found if not _NOT_KINDS & set(kind.split())}
    return Speaker(f"{found.pop()} {noun}", "organisation") if len(found) == 1 else None


_STAFF = frozenset("coach manager boss captain vice-captain skipper chairman chairwoman goalkeeper keeper striker "
                   "midfielder defender forward winger player president director owner".split())


def club_of_staff(article: ArticleMemory) -> Speaker | None:
    """'Fremantle Harbour coach Justin Kellaway … the club said': the club the text names before its people's
    roles ('<Club> coach <Name>'), the longest of its forms ('Fremantle Harbour', not 'Fremantle'); people
    of two clubs: no one."""
    clubs = {_without_qualifier(m["club"]) for m in _STAFF_NAMED.finditer(article.text)} - {""}
    if not clubs:
        return None
    longest = max(clubs, key=len)
    if not all(longest.startswith(club) for club in clubs):
        return None  # which of two clubs 'the club' means is not shown
    return Speaker(longest, "organisation")


_STAFF_NAMED = re.compile(r"(?P<club>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:(?:head|assistant|interim|"
                          r"caretaker|first-team|club|team)\s+)?(?:" + "|".join(sorted(_STAFF)) + r")\s+[A-Z]")
_QUALIFIERS = frozenset("the former ex-former ex veteran interim caretaker new then long-time longtime".split())


def _without_qualifier(club: str) -> str:
    """'Former Wexford' -> 'Wexford', 'The' -> '': the club, without what the sentence says of its person."""
    words = club.split()
    while words and words[0].lower() in _QUALIFIERS:
        words = words[1:]
    return " ".join(words)


# 'clash with the Rovers', 'a 3-0 win over Halesbury Town': a team named as the opponent
_OPPONENT_BEFORE = re.compile(r"\b(?:against|with|over|beat|beats|beating|v|vs|versus|to|from|at|face|faces|facing|"
                              r"host|hosts|play|plays|by)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*\s*$")


def _opponent(article: ArticleMemory, mention) -> bool:
    """Whether a team's mention is the opponent's: 'the club' never means the side a game was against."""
    end = article.starts[min(mention.passage, len(article.starts) - 1)] + mention.position
    return _OPPONENT_BEFORE.search(article.text, max(0, end - 60), end) is not None


def body_just_named(article: ArticleMemory, index: int, position: int, description: str) -> Speaker | None:
    """'The Victorian Ballot Authority says … “…,” the commission said': a public body's (or a business's)
    generic word for the one organisation this paragraph (or, naming none, the one before) made a subject,
    when none was named with that word. A company is never 'the agency', nor a body 'the company'."""
    words = description.lower().split()
    if len(words) != 1 or words[0] not in _PUBLIC_BODY_HEADS | _BUSINESS_HEADS:
        return None
    public = words[0] in _PUBLIC_BODY_HEADS
    for passage in (index, index - 1):
        bodies = {m.speaker.name for m in article.mentions if m.passage == passage and m.subject
                  and m.speaker.kind == "organisation" and (passage < index or m.position < position)}
        if bodies:
            if len(bodies) > 1:
                return None
            [name] = bodies
            kinds = _institution_words(name)
            fits = kinds and not kinds & _NOT_PUBLIC if public else not kinds
            return Speaker(name, "organisation") if fits else None
    return None


_PUBLIC_BODY_HEADS = frozenset("agency commission authority board office department ministry regulator "
                               "watchdog bureau administration directorate inspectorate service".split())
# What business writing calls the company it just named: 'Lumenary … In a blog post, the company said'.
_BUSINESS_HEADS = frozenset("company firm start-up startup carmaker automaker retailer insurer lender chipmaker "
                            "miner manufacturer supermarket airline broadcaster publisher conglomerate "
                            "brewer distributor operator utility provider developer housebuilder grocer chain "
                            "lab maker carmaker drugmaker producer supplier platform brand".split())
# Heads of a description that says a name is an organisation's ('Lumenary, the start-up behind …').
ORGANISATION_HEADS = (_BUSINESS_HEADS | _PUBLIC_BODY_HEADS | _COMPANY_HEADS) - {"group", "service"} | frozenset(
    "charity nonprofit non-profit organisation organization association federation union party coalition "
    "alliance council committee institute foundation agency regulator".split())
_NOT_PUBLIC = frozenset("party union club league university college school hospital museum press times post "
                        "news journal gazette telegraph herald guardian tribune website".split())


_BODY_WORDS = INSTITUTION_WORDS - set(COMPANY_WORDS)


@functools.lru_cache(maxsize=4096)
def _institution_words(name: str) -> frozenset[str]:
    """The words of a name that say what kind of body it is ('Ministry', 'Council'), company words aside."""
    return frozenset(w.lower().strip(".,") for w in name.split()) & _BODY_WORDS


def publisher_of(article, index: int) -> Speaker | None:
    """The organisation a bare 'the report' belongs to: the one this or the previous passage is about."""
    for mention in reversed(article.mentions):
        if mention.passage < index - 1:
            break
        if mention.subject and mention.speaker.kind == "organisation" and mention.passage <= index:
            return mention.speaker
    return None
