"""A description -> the one the article introduced with that role or name: 'the French leader' ->
President Étienne Marchal, 'the agency's spokeswoman' -> Priya Raman, 'the council' -> the
International Grain Council. A small vocabulary of role heads and their synonyms; nothing else."""

from __future__ import annotations

import functools

from .mentions import ArticleMemory
from .model import Speaker
from .names import HONORIFICS, POST_MODIFIERS, head_noun, strip_determiner
from .bodies import INSTITUTION_SYNONYMS, NATIONALITY_ENDINGS, bare_word, same_place
from .vocabulary import PLACES

# Role heads a description may use for a more specific role the article gave ('the leader' for a president).
ROLE_SYNONYMS = {"leader": ("president", "prime minister", "chancellor", "premier", "leader", "head of state"),
                 "pm": ("prime minister",), "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
                 "spokesman": ("spokesman", "spokesperson"), "spokeswoman": ("spokeswoman", "spokesperson"),
                 "senator": ("senator", "sen."), "governor": ("governor", "gov."),
                 "representative": ("representative", "rep.", "congressman", "congresswoman"),
                 "congressman": ("congressman", "representative", "rep."),
                 "congresswoman": ("congresswoman", "representative", "rep."),
                 "general": ("general", "gen."), "minister": ("minister", "secretary"),
                 "judge": ("judge", "justice", "magistrate"), "skipper": ("captain", "skipper"),
                 "captain": ("captain", "skipper"), "gaffer": ("manager", "head coach", "boss"),
                 "manager": ("manager", "boss", "head coach"), "coach": ("coach", "head coach", "boss"),
                 "boss": ("boss", "manager", "head coach", "chief executive", "ceo", "chief"),
                 "official": ("official", "head", "deputy head", "director", "commissioner", "administrator",
                              "secretary", "minister", "officer", "chief", "spokesman", "spokeswoman")}




@functools.lru_cache(maxsize=4096)
def demonym(word: str) -> bool:
    """'Colombian', 'Belgian', 'Kenyan', 'Chinese': a nationality made from a country the vocabulary knows
    (word and country share their first four letters, after an ending: 'Peruvian', 'Norwegian'; 'Dean'
    and 'Brian' are too short)."""
    lower = word.lower()
    for ending in ("ian", "an", "ese", "ish", "i", "n"):
        stem = lower.removesuffix(ending)
        if stem != lower and len(stem) >= 4:
            return any(place.startswith(stem[:4]) for place in PLACES)
    return False


# Nationalities too short or irregular for `demonym`.
_SHORT_DEMONYMS = frozenset("czech swiss thai dutch greek french irish welsh scottish english danish polish finnish "
                            "swedish turkish kiwi scot scots briton cypriot iraqi omani lao spaniard dane swede finn "
                            "pole brit aussie filipino argentine".split())
# First words of roles that do not stand for the person alone ('the state' is not the state senator).
_NOT_ALONE = frozenset("""state foreign national security defence defense interior finance economy justice former acting
    incoming outgoing deputy vice chief senior press permanent political supreme allied general head assistant
    associate executive managing top lead principal special regional local federal county city district public prime
    first second new other party house senate team club company group""".split())
_ROLE_GOES_ON = frozenset({"of", "for", "to", "at", "in"})  # 'spokeswoman for the agency'


def is_demonym_noun(phrase: str) -> bool:
    """'Spaniard', 'Irishman', 'Corkman', 'Argentine', 'Kenyan': a person's origin standing for the person."""
    lower = phrase.lower()
    if " " in phrase or not phrase[:1].isupper() or not phrase.isalpha():
        return False
    if lower.endswith(("man", "woman")) and len(lower) > 6:  # 'Irishman', 'Kerrywoman'; not 'Chairman'
        return lower.removesuffix("woman").removesuffix("man") not in _NOT_ORIGINS
    return lower in _SHORT_DEMONYMS or demonym(phrase)


# '-man' words that are roles, not origins ('the Chairman', 'the Foreman').
_NOT_ORIGINS = frozenset("""chair council congress assembly alder select fresh spokes business police fire sales news
    anchor front middle gentle crafts sports states noble clergy fisher post line bats ruck fore committee ombuds
    weather handy helms lay sea air gun hit bow show bar door watch work mad cave""".split())


def _role_heads(wanted: str) -> tuple[str, ...]:
    words = wanted.split()
    head = words[-1] if words else ""
    return ROLE_SYNONYMS.get(head, (head,))


def resolve_role(article, description: str) -> Speaker | None:
    """'the Ukrainian president' -> the person this article named with that role or noun;
    'the leader' -> the one named president, prime minister or chancellor (the most recent)."""
    wanted = strip_determiner(description.lower())
    if not wanted:
        return None
    specific = _before_preposition(wanted) != wanted  # 'secretary of state' names its own prepositional part
    for role, speaker in reversed(article.roles):
        role = _without_title(role)  # 'minister smt.' is a minister
        head = _before_preposition(role)  # 'representative of the ministry' is a representative, not a ministry
        if role == wanted or head == wanted or head.endswith(" " + wanted) or \
                (specific and (role.endswith(" " + wanted) or role.startswith(wanted + " "))):  # 'mother of three who …'
            return speaker
    last = description.split()[-1]
    if 2 <= len(last) <= 4 and last.isalpha() and last.isupper():  # 'the CS' for 'Cabinet Secretary X'
        for role, speaker in reversed(article.roles):
            for words in (_without_title(role), _before_preposition(_without_title(role))):  # 'cabinet secretary for health'
                initials = "".join(w[0] for w in words.split() if w not in _SMALL)
                if len(initials) > 1 and initials.endswith(wanted):
                    return speaker
    if " " not in wanted and (demonym(wanted) or wanted in _SHORT_DEMONYMS):  # 'the Czech' for 'Czech teenager Kateřina Horáková'
        for role, speaker in reversed(article.roles):
            if wanted in role.split():
                return speaker
    heads = _role_heads(wanted)
    # 'the agency's spokeswoman' for 'a spokeswoman for the agency'; 'the Italian minister' for 'Italy's minister'
    modifiers = {bare_word(w) for w in wanted.split()[:-1]} - {"former", "the", "top"}
    for role, speaker in reversed(article.roles):
        if _has_head(role, heads):
            words = _bare_words(role)
            if all(m in words or same_place(m, words) or words.intersection(INSTITUTION_SYNONYMS.get(m, ()))
                   for m in modifiers):  # 'the union president' for the Education Association's president
                return speaker
    for role, speaker in reversed(article.roles):
        if wanted.endswith(" " + _without_title(role)):  # 'the board president' for one named 'President X'
            return speaker
    candidates = _uncontradicted(article, heads, modifiers)
    if len(candidates) == 1:  # 'the French leader': the only leader the text does not place elsewhere
        return candidates[0]
    if modifiers and not modifiers & _CONTRASTING:  # 'the Cunninghame North MSP' for 'Local MSP Euan Kilbride'
        holders = {speaker.name: speaker for role, speaker in article.roles if _has_head(role, heads)}
        if len(holders) == 1 and len(heads) == 1 and heads[0] in _SEAT_ROLES:
            return next(iter(holders.values()))
    # 'the ministry' is an organisation, not its spokesperson: only the directory's nouns ('the alliance' for NATO)
    candidates = {p.name for p in article.people.with_noun(wanted) + article.people.with_noun(head_noun(wanted))}
    for mention in reversed(article.mentions):
        if mention.speaker.name in candidates:
            return Speaker(mention.speaker.name, mention.speaker.kind)
    return None




@functools.lru_cache(maxsize=8192)
def _without_title(role: str) -> str:
    """A role without the honorific written last, right before the name ('Minister Smt.', 'Dr.')."""
    words = role.split()
    while len(words) > 1 and (words[-1].endswith(".") or words[-1] in _SHORT_TITLES) and \
            words[-1].strip(".") in HONORIFICS:
        words.pop()
    return " ".join(words)


_SMALL = frozenset("of the and for".split())
_SHORT_TITLES = frozenset("smt shri sri mr mrs ms dr".split())


@functools.lru_cache(maxsize=8192)
def _bare_words(role: str) -> frozenset[str]:
    return frozenset(bare_word(w) for w in role.split())


@functools.lru_cache(maxsize=8192)
def _before_preposition(role: str) -> str:
    words = role.split()
    for position, word in enumerate(words):
        if position and word in _ROLE_GOES_ON:
            return " ".join(words[:position])
    return role


def _has_head(role: str, heads) -> bool:
    """'spokeswoman for the agency' has the head 'spokeswoman'; 'prime minister' has 'minister'."""
    head = _before_preposition(role)
    return any(head == h or head.endswith(" " + h) for h in heads)


def _uncontradicted(article: ArticleMemory, heads, modifiers) -> list[Speaker]:
    """People whose role has the head and names no other country than the modifiers' ('chancellor of
    germany' is not 'the French leader'; 'president' may be)."""
    if not modifiers or not all(m.endswith(NATIONALITY_ENDINGS) and m not in _NOT_NATIONAL for m in modifiers):
        return []
    found: dict[str, Speaker] = {}
    contradicted: set[str] = set()
    for role, speaker in article.roles:
        words = {bare_word(w) for w in role.split()}
        if not _has_head(role, heads):
            continue
        places = {w for w in words if w in PLACES or w.endswith(NATIONALITY_ENDINGS) and w not in _NOT_NATIONAL}
        if all(any(same_place(m, {p}) or m == p for m in modifiers) for p in places):
            found.setdefault(speaker.name, speaker)
        else:
            contradicted.add(speaker.name)
    # only where the text sets them apart ('President Marchal hosted Chancellor Kroll of Germany')
    return list(found.values()) if contradicted - set(found) else []


# Elected members whose constituency may be named instead of their role's modifiers; and modifiers that would
# set another member apart (a party, a rank), which this never guesses across.
_SEAT_ROLES = frozenset("msp td mp mla mpp mha mep mna senator congressman congresswoman assemblyman assemblywoman "
                        "councillor councilman councilwoman alderman".split())
_CONTRASTING = frozenset("""labour conservative tory liberal democrat democratic republican green snp sinn fianna fine
    independent dup sdlp alliance reform ukip plaid former deputy junior senior other second new""".split())
_NOT_NATIONAL = frozenset("man woman spokesman spokeswoman chairman chairwoman veteran republican american "
                          "official technician politician".split())

def person_described_as(article, word: str) -> Speaker | None:
    """'the rookie' for 'rookie catcher Tomás Villanueva': the one person whose role has the word before its head."""
    if word not in _NOT_ALONE and word.isalpha() and word.islower():
        described = {speaker.name: speaker for role, speaker in article.roles if word in role.split()[:-1]}
        if len(described) == 1:
            return next(iter(described.values()))
    return None


def person_just_named(article, index: int, position: int, roleless: bool = False, reach: int = 1) -> Speaker | None:
    """The one person this paragraph (or, naming none, the one before) has named, or the one of them it made
    a sentence's subject, when the article has given them no role: 'Chidi Okafor-Reyes, 31, scored twice.
    “…,” the striker said.', 'Echeverri met a cross from Lewis Okoro … “…,” the Argentine said.'"""
    for passage in range(index, max(-1, index - reach - 1), -1):  # this paragraph, then the ones before
        named = article.people_named(passage, passage, position if passage == index else None)
        if named:
            if len(named) > 1:
                subjects = {m.speaker.name for m in article.mentions if m.passage == passage and m.subject
                            and m.speaker.name in named and (passage < index or m.position <= position)}
                if len(subjects) != 1:
                    return None
                named = {name: named[name] for name in subjects}
            [(name, speaker)] = named.items()
            return None if roleless and name in article.role_of else speaker
    return None


def short_description(description: str) -> str:
    """A description of at most six words: a longer one loses its post-modifier
    ('one well-connected Democrat familiar with the campaign's organisation' -> 'one well-connected Democrat')."""
    words = description.split()
    if len(strip_determiner(description).split()) <= 6:
        return description
    for position, word in enumerate(words[1:], start=1):
        if word.lower() in POST_MODIFIERS:
            return " ".join(words[:position])
    return description
