"""Telling a name from a title: "US National Security Advisor Jake Sullivan".

The vocabularies here are about how English news text names people and
institutions, not about any article.
"""

from __future__ import annotations

import functools
import re

from .firstnames import FEMALE, MALE
from .letters import CAPITAL
from .role_words import ROLE_WORDS
from .vocabulary import COMPANY_WORDS, NOT_FORENAMES, NOT_SURNAMES, PLACES

# Words that make a capitalised phrase an institution rather than a person.
INSTITUTION_WORDS = frozenset(COMPANY_WORDS) | frozenset(
    """ministry ministries department office council committee commission agency service services forces
    force army navy guard union party parliament duma senate congress assembly government administration
    cabinet kremlin house court bank fund organization organisation alliance federation republic
    kingdom states nations association institute centre center foundation university college school
    society network press times post news journal gazette telegraph herald guardian tribune policy
    crescent corporation company group council headquarters staff intelligence mission embassy
    website agency bureau authority authorities museum gallery library hospital clinic coalition league club
    charity trust rovers wanderers athletic albion fc hotspur rangers board directorate inspectorate
    regulator tribunal watchdog centers centres system district consortium cooperative co-op collective constabulary brigade coastguard review
    division command unit squad books bookshop bookstore shop cafe café bakery restaurant pharmacy municipality
    infirmary""".split()
)
_AGENT_ENDINGS = ("ist", "ists", "ian", "ians", "ator", "ators", "itor", "itors", "man", "men", "woman", "women",
                  "person", "people", "er", "ers")
# Nouns with an agent's ending that name no one: "the matter said" is no speaker.
_NOT_AGENTS = frozenset("""paper papers letter letters number numbers matter matters order orders center centers water
    power border borders quarter quarters corner chapter summer winter weather filter trailer banner thriller poster
    computer cancer river dinner murder disaster character career finger layer offer answer another other together
    however whether never ever rather either neither further later earlier under over after manner
    fever tower shower cover hour hours year""".split())


def agent_noun(noun: str) -> bool:
    """A noun for someone who can speak: a role ('senator'), an institution, or an agent ('economist')."""
    return noun in ROLE_WORDS or noun in INSTITUTION_WORDS or \
        (noun.endswith(_AGENT_ENDINGS) and noun not in _NOT_AGENTS and len(noun) > 4)


# Capitalised words that start sentences or name dates, never part of a person's name.
NOT_NAMES = frozenset("""on in at the this that these those a an as after before during since until under over
    according however meanwhile also thus then when while if although because but and or so yet for from to of with
    by despite following contrary against among between beyond last next earlier later it he she they we i you
    there here what which who why how monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december like unlike once likewise similarly
    moreover furthermore additionally nevertheless nonetheless otherwise besides consequently his her their its our
    my your now today tonight yesterday tomorrow recently previously currently initially finally instead indeed
    perhaps ultimately eventually still again already soon maybe probably possibly certainly clearly
    surely obviously apparently evidently hopefully unfortunately fortunately sadly luckily ironically interestingly
    notably hence therefore anyway actually basically essentially honestly frankly seriously literally definitely
    absolutely""".split())
# Titles written before a surname alone ("Mr. Alvarez", "Sen. Lindqvist"), with the gender they show.
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "messrs": None, "dr": None, "prof": None,
              "sen": None, "senator": None, "rep": None, "representative": None, "gov": None, "governor": None,
              "gen": None, "general": None, "lt": None, "col": None, "maj": None, "capt": None, "sgt": None,
              "adm": None, "cmdr": None, "rev": None, "fr": "m", "sir": "m", "dame": "f", "lord": "m", "lady": "f",
              "president": None, "secretary": None, "minister": None, "mayor": None, "judge": None, "justice": None,
              "chancellor": None, "ambassador": None, "amb": None, "del": None, "speaker": None, "chairman": "m",
              "chairwoman": "f", "chair": None, "commissioner": None, "director": None, "king": "m", "queen": "f",
              "prince": "m", "princess": "f", "pope": "m", "sheikh": "m", "haji": "m", "hajiya": "f", "shrimati": "f", "sri": "m", "kumari": "f", "mme": "f", "m": "m", "herr": "m",
              "frau": "f", "attorney": None, "detective": None, "councilman": "m", "councilwoman": "f",
              "councillor": None, "cllr": None, "assemblyman": "m", "assemblywoman": "f", "alderman": None,
              "pastor": None, "reverend": None, "bishop": None, "rabbi": None, "imam": None, "father": "m",
              "sister": "f", "brother": "m", "officer": None, "coach": None, "premier": None,
              "madam": "f", "madame": "f", "alhaji": "m", "alhaja": "f", "smt": "f", "shri": "m", "hon": None,
              "honourable": None, "honorable": None, "engr": None, "comrade": None, "barrister": None,
              "mallam": "m", "malam": "m", "hajia": "f", "datuk": None, "dato": None, "datin": "f", "puan": "f", "encik": "m"}
# Words that never name a speaker on their own, however capitalised.
NOT_SPEAKERS = frozenset("""already asked speaking added meanwhile still yet now instead indeed however nonetheless
    today yesterday tomorrow tonight earlier later last next first finally then thus also only even perhaps maybe
    who what when where why how whose whom which whether breaking update editor note photo video watch read more
    related advertisement sources source officials critics supporters others some many most several both all none
    one two three someone somebody everyone nobody people""".split())
DETERMINERS = frozenset("the a an this that these those its their his her our".split())
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "they": "plural", "them": "plural", "it": "thing"}
# A capitalised word that is never a name on its own: 'The', 'However', 'Monday', 'Minister'.
NEVER_A_NAME = NOT_NAMES | DETERMINERS | NOT_SPEAKERS | frozenset(PRONOUNS) | ROLE_WORDS
_PARTICLES = frozenset("""de da van von der del la le bin al di du dos das do della dei ibn ter ten den Ó Ní Nic Ua ole arap
    Mac Mhic Uí Giolla Ghiolla St. Ste. Jr Jr. Sr Sr. II III IV""".split())
# Particles written with a capital inside a name: 'Bernice Van Dyke', 'Aroha Te Rangi-Whitford'.
_CAPITAL_PARTICLES = frozenset("Van Von De Del Della Di Da Du Le La Te Ten Ter Mac".split())
_UPPER = CAPITAL


def is_particle(token: str) -> bool:
    """'de', 'van', 'Ní', 'bin': a word inside a name that never starts one on its own."""
    return token in _PARTICLES

_LOWER = "a-z’'\u00DF-\u00F6\u00F8-\u024F\u1E00-\u1EFF"
_NAME_TOKEN = re.compile(
    rf"^(?:(?:al|el|bin|ibn|abu|d|de)[-’'])?[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}]?[{_LOWER}]+)*$"
    rf"|^(?:[{_UPPER}]\.){{1,3}}$")


# Party and state after a US politician's name: "(D-N.C.)", ", R-Ky.,", "(R-Utah)".
_AFFILIATION = re.compile(r"\s*\((?:[^()]{0,40})\)|,?\s+\b[DRI]-[A-Z][\w.\u2024 -]{0,20}?(?=,|$)")


# When, after a name: "President Jane Roe on Friday", "Ms. Okafor last week", "Ruiz, in a statement on Tuesday".
_TIMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight week month year morning " \
    "afternoon evening night".split()
_MEDIA = "statement interview email e-mail speech post letter video".split()
_WHEN = re.compile(rf"(?:,?\s+(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:{'|'.join(_TIMES)})"
                   rf"|,?\s+in\s+an?\s+(?:\w+\s+)?(?:{'|'.join(_MEDIA)}))+$")
_WHEN_WORDS = frozenset(word.lower() for word in _TIMES + _MEDIA)  # a phrase's last word: is there a time to take off at all?


@functools.lru_cache(maxsize=65536)  # pure, and the same phrases recur in every article
def clean_phrase(text: str) -> str:
    """A phrase without Markdown emphasis, brackets, affiliations, a trailing time or punctuation."""
    text = text.replace("\u2024", ".")
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    if "(" in text or "-" in text:
        text = _AFFILIATION.sub("", text)
    if "‘" in text or "“" in text or '"' in text:
        text = _WORD_IN_MARKS.sub(r"\1", text)  # 'The ‘terrified’ mum': a word in marks is a word of the phrase
    suffix = "." if text.rstrip(" ,;:").endswith(_DOTTED_SUFFIXES) else ""  # 'Thomas W. Bright Jr.' keeps its dot
    text = text.strip(" ,;:.—–-\u00a0") + suffix
    if " " in text and text.rsplit(None, 1)[-1].lower() in _WHEN_WORDS:
        return _WHEN.sub("", text).strip(" ,;:.—–-\u00a0")
    return text


_WORD_IN_MARKS = re.compile(r"[‘“\"]([\w -]{1,30})[’”\"]")


@functools.lru_cache(maxsize=65536)  # pure, and the same phrases recur in every article
def is_name_token(token: str) -> bool:
    lower = token.lower()
    return bool(_NAME_TOKEN.match(token)) and lower.strip(".") not in ROLE_WORDS \
        and lower not in INSTITUTION_WORDS and lower not in NOT_NAMES


# 'Long-time', 'Award-winning', 'Self-styled', 'Four-term': not 'Mi-rae' or 'Hyun-woo', given names
_LOWER_COMPOUND = re.compile(r"^[A-Z][a-z]+-(?:[a-z]+(?:ed|ing)|time|term|year|old|known|born|based|wing|class|"
                             r"level|scale|range|profile|hand|free|wide|like|long|off|up|out|over|back|down)$")


@functools.lru_cache(maxsize=65536)  # pure, and the same phrases recur in every article
def looks_like_person(name: str) -> bool:
    """Two to four name tokens: 'Rafael Mariano Grossi', 'Lucas Leiroz de Almeida'."""
    tokens = name.split()
    while len(tokens) > 2 and tokens[-1].lower() in _SUFFIXES:  # 'Raymond T. Ellison III'
        tokens.pop()
    if not 2 <= len(tokens) <= 5:
        return False
    if not is_name_token(tokens[0]) or not is_name_token(tokens[-1]) or _LOWER_COMPOUND.match(tokens[0]):
        return False  # 'Long-time Marcoola resident …': an adjective opening the sentence ('Kim Jong-un' is a name)
    if tokens[-1].lower().strip(".,") in NOT_SURNAMES or tokens[0].lower() in NOT_FORENAMES:
        return False  # 'Downing Street', 'Fairbanks Foods', 'Radio Meridian': a place or an organisation
    return all(is_name_token(t) or t in _PARTICLES for t in tokens)


@functools.lru_cache(maxsize=65536)  # pure, and the same phrases recur in every article
def split_role_and_name(phrase: str) -> tuple[str | None, str]:
    """('US National Security Advisor', 'Jake Sullivan') from the whole phrase.

    With a comma, the part that is a name is the name ('the head of the
    Agency, Kirill Budanov'). Otherwise the name is the run of name tokens at
    the end, not starting right after 'of'/'to' ('Ambassador to Russia
    Michael McFaul'). Returns (None, phrase) when no name is found.
    """
    phrase = clean_phrase(phrase)
    honours = _POST_NOMINALS.search(phrase)
    if honours and honours.start() > 0:  # 'Niamh Forde-Ryan SC', 'Dame Ann Lee DBE': letters after, not the name
        role, name = split_role_and_name(phrase[: honours.start()])
        return _clean_role(" ".join(x for x in (role, honours.group(0).strip(" ,")) if x)), name
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if len(parts) > 1:
        for index, part in enumerate(parts):  # 'Lars Henning, head of freight at Nordvik Cargo': a part that is a name
            if looks_like_person(part) and part.split()[0].lower() not in DETERMINERS:
                inner_role, name = split_role_and_name(part)  # 'Co-author Marcus Tilbury, a doctoral candidate'
                if not looks_like_person(name):
                    inner_role, name = None, part
                others = ", ".join(parts[:index] + parts[index + 1 :])
                return _clean_role(" ".join(x for x in (inner_role, others) if x)), name
        for index in range(len(parts) - 1, -1, -1):
            inner_role, name = split_role_and_name(parts[index])
            if looks_like_person(name) or (is_name_token(name) and inner_role is None):
                if index == 0:  # 'Sen. Maria T. Lindqvist, Democrat of Ohio': 'Sen.', 'Democrat of Ohio'
                    return _clean_role(", ".join(x for x in (inner_role, parts[1]) if x)), name
                return _clean_role(" ".join(x for x in (parts[index - 1], inner_role) if x)), name
        phrase = parts[-1]
    tokens = phrase.split()
    name_tokens: list[str] = []
    for position in range(len(tokens) - 1, -1, -1):
        token = tokens[position]
        previous = tokens[position - 1] if position else ""
        suffix = not name_tokens and token.lower() in _SUFFIXES and position  # 'Raymond T. Ellison III'
        if is_name_token(token) or (token in _PARTICLES and name_tokens) or suffix:
            if previous.lower() in {"of", "to", "for", "at", "in", "on"} and token not in _PARTICLES:
                break
            name_tokens.insert(0, token)
            if len(name_tokens) == 5 or (len(name_tokens) == 4 and tokens[-1].lower() not in _SUFFIXES):
                break
        else:
            break
    while name_tokens and name_tokens[0] in _PARTICLES and len(name_tokens) < len(tokens) and \
            tokens[len(tokens) - len(name_tokens) - 1].lower().strip(".") not in HONORIFICS:
        name_tokens.pop(0)  # '… of la Rioja': a particle starts the name only after nothing or an honorific
        # ('Ms Ní Fhlatharta', 'Mr. van der Berg')
    while len(name_tokens) >= 2 and _describes(name_tokens[0], name_tokens[1], len(name_tokens) >= 3) and \
            (len(name_tokens) >= 3 or name_tokens[1].lower() in GIVEN_NAMES):
        name_tokens.pop(0)  # 'Novelist Teodora Blythe-Amadi', 'Co-author Marcus Tilbury', 'Reader Pauline'
    if not name_tokens:
        return None, phrase
    role = " ".join(tokens[: len(tokens) - len(name_tokens)])
    return _clean_role(role), " ".join(name_tokens)


# Given names with an agent noun's ending ('Tyler', 'Christian'), besides those of firstnames.py.
GIVEN_NAMES = FEMALE | MALE | frozenset("""christian vivian gillian marian lillian jillian homer asher hunter parker
    spencer tucker carter baxter jasper skyler schuyler xander archer chandler walker tyler taylor connor conner
    trevor victor hector esther heather jennifer amber peter roger walter lester chester dexter foster fletcher
    sawyer ryder piper harper summer river major christopher oliver alexander""".split())


def _describes(token: str, following: str, full_name_follows: bool = False) -> bool:
    """A capitalised word before a name that says what the person is, not who: an agent noun that is no given
    name before a known given name or a whole name ('Recorder Alison', 'Comptroller Yesenia Ruiz-Kalani', not
    'Pieter van den Berg' or 'Hunter Biden'), a word in -ist ('Novelist') or a compound with a lower-case part
    ('Co-author', 'Second-placed')."""
    lower = token.lower()
    if lower in GIVEN_NAMES or not token[:1].isupper():
        return False
    if "-" in token and any(part[:1].islower() for part in token.split("-")[1:]):
        return True
    if lower.endswith(("ist", "ists")):
        return True
    if not token.isalpha() or lower in INSTITUTION_WORDS:
        return False
    if full_name_follows and following[:1].isupper() and (
            lower in ROLE_WORDS or (lower.endswith(("er", "or")) and len(lower) >= 8)):
        return True  # a long agent noun, not 'Pieter' or 'Günter', before a whole name
    return agent_noun(lower) and following.lower() in GIVEN_NAMES


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    words = role.strip(" ,").split()
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words) or None


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Letters after a name: honours, silk and seats ('Niamh Forde-Ryan SC', 'Sir Tom Reid CBE', 'Ann Lee MP').
# Letters after a name that say which assembly a member sits in ('Euan Kilbride MSP', 'the Laois TD').
SEAT_LETTERS = ("MSP", "MP", "MS", "MLA", "MPP", "MHA", "MEP", "MNA", "TD")
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:SC|QC|KC|MP|MS|MSP|MLA|MLC|MHA|MHK|MNA|MPP|MEP|TD|AM|AO|AC|OC|CM|OBE|MBE|CBE|KBE|DBE|CMG|KCMG|FRS|JP|PhD))+$")


def short_forms(name: str) -> tuple[str, ...]:
    """The ways a later mention may shorten a full name: its surname, the surname with its particles
    ('de la Cruz', 'van der Berg', 'Ó Súilleabháin'), and its first word, for names that put the family
    name first ('Nguyễn Thị Lan' -> 'Nguyễn'), which is looked up last."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words.pop()
    forms = [words[-1]] if words else [name]
    start = len(words) - 1
    while start > 1 and (words[start - 1] in _PARTICLES or words[start - 1] in _CAPITAL_PARTICLES):
        start -= 1
    if start < len(words) - 1:
        forms.append(" ".join(words[start:]))
    return tuple(forms)


def first_word(name: str) -> str:
    """'Nguyễn Thị Lan' -> 'Nguyễn': how a name that puts the family name first is shortened."""
    return name.split()[0] if name.split() else name


def title_before_name(role: str | None) -> str | None:
    """The honorific or title that ends a role ('Sen.', 'former President'), lower-cased, or None."""
    words = (role or "").split()
    while words and _POST_NOMINALS.fullmatch(" " + words[-1]):
        words.pop()  # 'Senedd Member MS': the letters after a name are no honorific ('Ms')
    word = words[-1].strip(".").lower() if words else ""
    return word if word in HONORIFICS else None


def single_name(token: str) -> bool:
    """'Alvarez', 'O’Neill', 'McCaskill' -- a surname that may stand alone for a person."""
    bare = token.strip(".,")
    return bool(_NAME_TOKEN.match(bare)) and "." not in bare and is_name_token(bare) \
        and bare.lower() not in NOT_SPEAKERS and bare.lower() not in HONORIFICS \
        and not bare.lower().endswith(("ing", "ly")) and len(bare) > 1


def acronym(token: str) -> bool:
    """'IAEA', 'NATO', 'FBI': an organisation written in capitals."""
    bare = token.strip(".,").replace("&", "")
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


@functools.lru_cache(maxsize=65536)  # pure, and the same phrases recur in every article
def head_noun(phrase: str) -> str:
    """The head of a noun phrase, lower-cased: 'the Russian Ministry' -> 'ministry',
    'one farmer in the village' -> 'farmer' (the word before its first preposition)."""
    words = _HEAD_WORD.findall(phrase)
    for position, word in enumerate(words[1:], start=1):
        if word in HEAD_ENDS:
            words = words[:position]
            break
    return _COMPOUND_TAIL.sub("", words[-1].lower()) if words else ""


_COMPOUND_TAIL = re.compile(r"-(?:of|in|to)-.*$")  # 'mum-of-three', 'mother-in-law', 'bride-to-be': the first noun


_AFTER_A_CITY = re.compile(r"\b(?:in|at|from|near|outside)\s+(?:[" + CAPITAL + r"][\w.’'\u2024-]*\s*)+$")
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def continues_a_place(previous: str, part: str) -> bool:
    """'in Salem' + 'New Hampshire' (or 'Ohio Monday'): the region or country written after a city,
    the rest of a place -- not a subject."""
    words = [w for w in part.replace("\u2024", ".").split() if w not in _WEEKDAYS]  # 'Colo.' as masked: 'Colo․'
    return bool(words) and " ".join(words).lower() in PLACES and _AFTER_A_CITY.search(previous) is not None


# Post-modifiers that a long description may lose ('one Democrat familiar with the campaign's plans').
POST_MODIFIERS = frozenset("involved familiar close briefed knowledgeable speaking who".split())
_DOTTED_SUFFIXES = (" Jr.", " Sr.", " Corp.", " Inc.", " Co.", " Ltd.", " Bros.")
_HEAD_WORD = re.compile(r"[\w-]+")
_EMPHASIS = re.compile(r"[*_]+")
# Words after which a noun phrase's head is behind: prepositions, and the post-modifiers of
# unnamed sources ('one Republican involved in the planning', 'a person familiar with the talks').
HEAD_ENDS = frozenset("""of in at from with to for on involved familiar close briefed knowledgeable speaking
    who present""".split())


@functools.lru_cache(maxsize=65536)  # pure, and the same phrases recur in every article
def strip_determiner(phrase: str) -> str:
    words = clean_phrase(phrase).split()
    if words and words[0].lower() in DETERMINERS | {"same"}:
        words = words[1:]
    if words and words[0].lower() == "same":
        words = words[1:]
    return " ".join(words)
