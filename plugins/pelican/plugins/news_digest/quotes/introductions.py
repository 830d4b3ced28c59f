"""What an article introduces as it goes: the names outside quotations, the roles given with them
('Kremlin spokesman Dmitry Peskov', 'Priya Raman, a spokeswoman for the agency', 'The Prime Minister,
Eleanor Whitcombe,'), and named groups. Later descriptions, short forms and pronouns resolve to these."""

from __future__ import annotations

import dataclasses
import functools
import re

from .cues import DOCUMENT_NOUNS, VERB, looks_like_title, trie_pattern
from .firstnames import gender_of_given_name
from .letters import CAPITAL
from .mentions import ArticleMemory
from .model import Speaker
from .names import (HONORIFICS, INSTITUTION_WORDS, NEVER_A_NAME, NOT_NAMES, ROLE_WORDS,
                    SEAT_LETTERS, agent_noun, clean_phrase, head_noun, is_particle, looks_like_person, split_role_and_name,
                    strip_determiner, title_before_name)
from .bodies import ORGANISATION_HEADS, resolve_institution
from .roles import demonym
from .sentences import sentence_of
from .vocabulary import LOWER_CASE_SUFFIXES
from .descriptions import is_epithet
from .named import resolve_named
from .first_names_only import remember_first_names_only
from .speakers import resolve_phrase

# A run of capitalised words (with the particles of names), starting where a word starts: not inside
# 'national' or '@realDonaldTrump'; the look-ahead lets the engine skip every other position quickly.
_CAP = CAPITAL
_WORD = rf"(?:(?:al|el|ibn|abu|d|l)[-’'])?[{_CAP}][\w’'-]*"  # 'Rahman', 'al-Rahman', 'd’Amours', 'l’Énergie'
_CAPITALISED_RUN = re.compile(rf"(?<![\w\u2024])(?=[{_CAP}otdvabei])(?:(?:[{_CAP}]\u2024|{_WORD}\u2024?|of|for|the|de|del|della|der|den|ter|ten|la|le|da|du|dos|das|van|von|al|bin|o|y|e|ole|arap)\s+){{0,9}}{_WORD}")


_ITEM = r"(?:the\s+)?[" + CAPITAL + r"][\w’'-]*(?:\s+[" + CAPITAL + r"][\w’'-]*){0,4}"
# 'Estonia, France, Ireland, Norway, the United States and Britain issued ...': a named group as subject.
_GROUP = re.compile(rf"{_ITEM}(?:,\s+{_ITEM}){{1,12}},?\s+and\s+{_ITEM}(?=\s+[a-z]+(?:ed|s)\b)")
_CAPITAL_FIRST = re.compile(rf"\s*(?:the\s+)?[{CAPITAL}]")


def _may_list(masked: str) -> bool:
    """Whether `masked` has an ' and ' before a capital, as every _GROUP has: a string search, where
    _GROUP itself is tried at every capital of every paragraph with a comma and an 'and'."""
    at = masked.find("and", 1)
    while at > 0:
        if masked[at - 1].isspace() and masked[at + 3 : at + 4].isspace() and _CAPITAL_FIRST.match(masked, at + 3):
            return True
        at = masked.find("and", at + 3)
    return False




# 'Lumenary, the start-up behind the app,', 'Harwick, a regional lender,': what a name is, said right after it.
_ORGANISATION_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(sorted(ORGANISATION_HEADS)) + r")\b")
_LEADING_CONNECTIVES = re.compile(r"^(?:(?:of|for|the)\s+)+")
_AND_MORE = re.compile(rf" and (?:{_WORD}\s+){{0,3}}{_WORD}")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|by|to|for|from|with|during|on)\s*$")
_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|outside)\s$")  # a name right after one is where, not who


def remember_names(article: ArticleMemory, index: int, masked: str, sentences) -> None:
    """Names outside quotations: the people (anywhere) and organisations (as subjects) a pronoun may mean."""
    if len(masked) < 250 and not masked.rstrip().endswith((".", "!", "?", ":")) and looks_like_title(masked):
        return  # a headline ('Halvorsen College Receives $25 Million Gift'): its capitals are not names
    for match in (_GROUP.finditer(masked) if ", " in masked and _may_list(masked) else ()):  # a list: ", " and "and"
        group = match.group(0)
        if _PREPOSITION_BEFORE.search(masked, max(0, match.start() - 12), match.start()):
            group = group.split(", ", 1)[1]  # 'a meeting of the UNSC, Estonia, ...': the list starts after
        article.remember(index, match.end(), Speaker(group, "group"), subject=True)
    for match in _OWNER_AFTER_BY.finditer(masked) if " by " in masked or " from " in masked else ():
        # 'a report published Monday by the Meridian Climate Institute'
        document = _DOCUMENT_BEFORE.search(masked, max(0, match.start() - 70), match.start())
        if document and (not match["role"] or all(_role_word(w) for w in match["role"].split())):  # 'by principal X'
            owner = resolve_named(article, match["owner"], strict=False)
            if owner is not None and owner.kind in ("person", "organisation"):
                noun = document["document"].lower()
                article.documents[noun] = article.documents[noun.removesuffix("s")] = owner  # 'warnings' -> 'the warning'
    if " name" in masked:
        remember_first_names_only(article, index, masked)
    starts = {start for start, _ in sentences}
    # where each sentence's first word is, after a dateline blanked out ('EDMONTON — Mikael …'): its subject
    firsts = {start + len(masked[start:end]) - len(masked[start:end].lstrip()) for start, end in sentences}
    never, find = NEVER_A_NAME, article.people.find
    for match in _CAPITALISED_RUN.finditer(masked):
        phrase = match.group(0)
        if phrase.startswith(("of ", "for ", "the ")):  # 'president of the Ontario … Union': the union, a body
            body = _LEADING_CONNECTIVES.sub("", phrase)  # named after 'of' (a place or a person is not taken)
            known = resolve_named(article, body, strict=True) if " " in body else None
            phrase = body if known is not None and known.kind == "organisation" else phrase
        if " " not in phrase and phrase.lower() in never and not find(phrase):
            continue  # 'The', 'However', 'Monday': most capitalised words start a sentence
        if (" of " in phrase or " for " in phrase) and masked.startswith(" and ", match.end()):
            more = _AND_MORE.match(masked, match.end())  # 'Ministry of Agriculture and Cereal Trade'
            phrase += more.group(0) if more else ""
        if phrase.endswith(_DOTTED) and masked[match.end() : match.end() + 1] in (".", "\u2024"):
            phrase += "."  # 'Marcus Bell Jr.', 'Tamarack Midstream Corp.': the dot is part of the name
        possessive = phrase.endswith(("’s", "'s"))  # 'in Ilse Marchbank’s bakery': a person's, not a place
        phrase = phrase.removesuffix("’s").removesuffix("'s")  # 'Westbourne District Council’s committee'
        owned = _OWNER_THEN_NAME.match(phrase) if "’" in phrase or "'" in phrase else None
        if owned and looks_like_person(owned["name"]):
            phrase = owned["name"]  # 'Castlegate United’s Tomás Echeverri': the person, of the club
        suffix = _LOWER_CASE_SUFFIX.match(masked, match.end())
        if suffix:
            phrase += suffix.group(0)  # 'Cairnford Group plc'
        first, _, rest = phrase.partition(" ")
        if rest and first.lower() in _TIME_WORDS and match.start() in starts:
            phrase = rest  # 'Former Dunmore Rovers captain X': the club is 'Dunmore Rovers'
        elif rest and first.lower() in _OPENING_PREPOSITIONS and looks_like_person(rest):
            phrase = rest  # 'For Marisol Etxeberria, who …': the person, after the preposition opening the sentence
        phrase, described = _description_before_name(article, phrase, match.start() in starts) \
            if phrase.count(" ") > 1 else (phrase, None)
        group, of, rest = phrase.partition(" of ")
        if of and " " not in group and (group.lower() in _GROUP_WORDS or
                                        _common_plural(article, group, match.start() in starts)):
            phrase = rest  # 'Members of Westbourne District Council', 'Shares of Kestrel Semiconductor': the rest
        if " " not in phrase and phrase.lower() in NEVER_A_NAME and not article.people.find(phrase):
            continue  # 'The', 'However', 'Monday': most capitalised words start a sentence
        if phrase.endswith(_SEAT_LETTERS) and (match.group(0).startswith(("the ", "The ")) or
                                             masked.endswith(("the ", "The "), 0, match.start())):
            continue  # 'the Cunninghame North MSP': a member described by the seat, not a person named
        if phrase in article.unresolved and phrase.lower() not in article.full_names:
            continue  # a word that named no one, and whose full name has not been seen since
        speaker = article.named.get(phrase)
        if phrase not in article.named:
            speaker = None
            if " of " in phrase:  # 'President Édouard Lemaire of Belgium', 'Chief X Y of the Z First Nation'
                who, _, place = phrase.partition(" of ")
                speaker = resolve_named(article, who, strict=True) if " " in who else None
                if speaker is not None and speaker.kind == "person":
                    speaker = dataclasses.replace(speaker, role=f"{speaker.role or ''} of {place}".strip())
                else:
                    speaker = None  # 'Bank of America', 'Secretary of State Antony Blinken': the whole phrase
            speaker = speaker or resolve_named(article, phrase, strict=True)  # the same names recur: resolved once
            if speaker is None and " " not in phrase and (
                    _AGE_AFTER.match(masked, match.end()) or
                    _KIN_BEFORE.search(masked, max(0, match.start() - 30), match.start())) and gender_of_given_name(phrase):
                # 'His wife, Bernadette, nods', 'Jenna, 37, a teacher who asked …': a person named by a given name
                speaker = Speaker(phrase, "person")
            if speaker is None and _ORGANISATION_APPOSITIVE.match(masked, match.end()):
                speaker = Speaker(phrase, "organisation")  # 'Lumenary, the start-up behind …': a company
            if speaker is not None and speaker.kind == "organisation" and not article.people.find(speaker.name):
                speaker = resolve_institution(article, speaker.name) or speaker  # 'the Russian Ministry' named before
            if speaker is not None or " " in phrase:
                article.named[phrase] = speaker
            else:  # a bare surname may resolve once its full name is seen
                article.unresolved.add(phrase)
        subject = match.start() in firsts or (speaker is not None and speaker.kind == "person" and (
            _after_role_lead(article, index, masked, sentences, match.start()) or _clause_subject(masked, match.start(), match.end())
            or (match.start() - 20 <= sentence_of(sentences, match.start())[0] and
                bool(_KIN_BEFORE.search(masked, max(0, match.start() - 30), match.start())))
        )) or (speaker is not None and speaker.kind in ("person", "organisation") and
               bool(_REPORTS_AFTER.match(masked, match.end())) and  # '…, the Kremlin said. “…,” it said'
               not (speaker.kind == "organisation" and  # not 'in an interview with The Times, said'
                    _PREPOSITION_BEFORE.search(masked, max(0, match.start() - 12), match.start())))

        if described and speaker is not None and speaker.kind == "person" and not speaker.role:
            speaker = dataclasses.replace(speaker, role=described)  # 'the substitute' may mean them later
        if speaker is not None and speaker.kind == "person" and masked.endswith("the ", 0, match.start()) and \
                not article.people.find(speaker.name):  # 'the Northern Lynx beat the Bow River Grizzlies': teams
            speaker = Speaker(speaker.name, "organisation")
        if speaker is not None and speaker.kind == "person" and " " in phrase and \
                not possessive and _PLACE_BEFORE.search(masked, max(0, match.start() - 8), match.start()) and \
                not article.people.find(speaker.name):
            continue  # 'beat Castlebridge at Redmere Park': a place, not a person
        if speaker is not None and speaker.kind == "person":
            age = _AGE_AFTER.match(masked, match.end()) if masked.startswith(", ", match.end()) else None
            if age:  # 'Craig Mulholland, 45,': 'the 45-year-old' later ('the teenager' at 13 to 19)
                ages = [f"{age[1]}-year-old", *(("teenager", "teen") if 13 <= int(age[1]) <= 19 else ())]
                article.roles += [(said, Speaker(speaker.name, "person")) for said in ages]
            if speaker.name not in article.role_of:  # the first role the article gives someone is kept
                speaker = _with_role_around(speaker, masked, match.start(), match.end())
            shown = _honorific_gender(phrase)
            if shown:
                article.gender.setdefault(speaker.name, shown)
                article.titled.setdefault(speaker.name, shown)
        if speaker is not None and (subject or speaker.kind in ("person", "organisation") or
                                    article.people.find(speaker.name)):
            article.remember(index, match.end(), speaker, subject)


def remember_described_subjects(article: ArticleMemory, index: int, masked: str, sentences) -> None:
    """'The senator was unmoved. She said …': a sentence whose subject is a description of someone the
    article named ('the senator', 'the Dutchman', 'the 72-year-old') makes that person the one a later
    pronoun most likely means."""
    pronoun_ahead = None
    for start, end in sentences:
        described = _DESCRIBED_SUBJECT.match(masked, start, end)
        if described is None:
            continue
        words = described["words"].split()
        for size in (1, 2):  # 'The senator', 'The veteran striker'
            head = words[size - 1] if len(words) >= size else ""
            if head.endswith("s") and not head.endswith("ss"):
                continue  # 'The officials': a group, which 'he' or 'she' never means
            if not head[:1].isalnum():
                break
            phrase = " ".join(["the", *words[:size]])
            epithet = is_epithet(phrase)
            if epithet or head_noun(head) in ROLE_WORDS or demonym(head):
                starts, text = article.starts, article.text
                if pronoun_ahead is None:  # only a 'he' or 'she' in this passage or the next may mean them,
                    stop = starts[index + 2] if index + 2 < len(starts) else len(text)
                    pronoun_ahead = _PERSONAL_PRONOUN.search(text, starts[min(index, len(starts) - 1)], stop)
                if not pronoun_ahead and not (epithet and text.find(head, starts[index] + end) >= 0):
                    break  # or an epithet used again later ('the 34-year-old')
                speaker = resolve_phrase(article, index, described.start("words"), phrase)
                if speaker is not None and speaker.kind == "person":
                    article.remember(index, described.start("words") + len(phrase) - 4, speaker, subject=True)
                    said = " ".join(words[:size]).lower()  # 'The 34-year-old left-hander': 'the 34-year-old' later
                    article.roles += [(said, Speaker(speaker.name, "person"))] + [
                        (word, Speaker(speaker.name, "person")) for word in said.split() if word.endswith("-year-old")]
                break


_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# 'The senator was …', 'The Dutchman, who …', 'The 72-year-old said …': a sentence opening with a description
_DESCRIBED_SUBJECT = re.compile(r"\s*[Tt]he\s+(?P<words>[\w-]+(?:\s+[\w-]+)?)")


def _clause_subject(masked: str, start: int, end: int) -> bool:
    """'…, and Cllr Okoro refused', '; Greer laughed', 'Asked whether they argue, Hedda rolls her eyes': a name
    opening a clause joined to the sentence, before its verb, is that clause's subject."""
    return bool(_CLAUSE_JOINED.search(masked, max(0, start - 12), start)) and bool(_VERB_NEXT.match(masked, end))


# 'His wife, Bernadette,', 'Her son, Emeka Anyanwu,': the person a kinship word stands for, named after it
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w-]+[’']s)\s+(?:\w+\s+)?(?:wife|husband|partner|son|daughter|mother|"
                         r"father|mum|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|"
                         r"niece|nephew|aunt|uncle|cousin|fiancée?|widow|widower|friend|neighbou?r),\s+$")
_SEAT_LETTERS = tuple(f" {letters}" for letters in SEAT_LETTERS)
_OPENING_PREPOSITIONS = frozenset("for with to like unlike after before from among despite".split())
_CLAUSE_JOINED = re.compile(r"(?:,(?:\s+(?:and|but|while|then|so))?|;|\band\s+then)\s+(?:[A-Z][a-z]{1,4}\.?\s+)?$")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:this|his|was|is|has|as|us|its|thus|plus|yes|less|unless|"
                        r"across|news|bus|gas|always)\b)[a-z]{2,}(?:ed|s)\b")


def _after_role_lead(article: ArticleMemory, index: int, masked: str, sentences, position: int) -> bool:
    """A name after nothing but its role at the start of a sentence or after an opening phrase ('Fiscal depute
    Ewan Sinclair told …', 'Defending, solicitor Oliver Stannard said'): the sentence's subject. Not after a
    subject the sentence has already named ('X split from his fiancée, TV presenter Y,': an appositive)."""
    if position < 2 or masked[position - 1] != " ":
        return False
    last = masked[masked.rfind(" ", 0, position - 1) + 1 : position - 1].lower()  # the word before: most say no
    if not (last.isalpha() or "-" in last) or last in NOT_NAMES or not (_role_word(last) or not last.endswith(("ed", "ly", "ing", "s"))):
        return False
    begin = sentence_of(sentences, position)[0]
    if position - begin > 40:  # at most three words before the name: after a comma near it, or nothing
        begin = masked.rfind(", ", position - 40, position) + 2
        if begin < 2 or _subject_before(article, index, sentence_of(sentences, position)[0], begin - 2):
            return False
    words = masked[begin:position].rsplit(", ", 1)[-1].split()
    if not 1 <= len(words) <= 3 or not all(w.isalpha() or "-" in w for w in words):
        return False
    if words[0].lower() in _POSSESSIVES:
        words = words[1:]  # 'Her colleague Dr Rosalind Achebe-Clarke'
    words = [w for w in words if w.lower().strip(".") not in HONORIFICS or not w[:1].isupper()]
    if any(w[:1].isupper() for w in words[1:]) or any(w.lower() in NOT_NAMES for w in words):
        return False
    return _role_word(last) or not VERB.fullmatch(last)


def _subject_before(article: ArticleMemory, index: int, start: int, end: int) -> bool:
    """Whether this paragraph has a subject between `start` and `end` (the most recent mentions only)."""
    for mention in reversed(article.mentions):
        if mention.passage != index or mention.position < start:
            return False
        if mention.subject and mention.position < end:
            return True
    return False


_POSSESSIVES = frozenset("the her his their its our".split())


@functools.lru_cache(maxsize=4096)
def _role_word(word: str) -> bool:
    return agent_noun(word)


def _common_plural(article: ArticleMemory, word: str, opens_sentence: bool) -> bool:
    """'Shares' in 'Shares of X' opening a sentence: a plural the article never capitalises mid-sentence,
    not an institution's word ('Friends', 'Workers' may be; 'Ministries' is not)."""
    return opens_sentence and word.endswith("s") and word.lower() not in INSTITUTION_WORDS \
        and not article.is_proper(word)


def _description_before_name(article: ArticleMemory, phrase: str, opens_sentence: bool) -> tuple[str, str | None]:
    """('Kyle Ansah-Doyle', 'substitute') from 'Substitute Kyle Ansah-Doyle' opening a sentence (a word the
    article never capitalises mid-sentence, not a given name), or from 'Colombian Andrés Quintero' anywhere."""
    first, _, rest = phrase.partition(" ")
    if " " not in rest or not first[1:].islower():
        return phrase, None
    if demonym(first):
        described = first
    elif opens_sentence and not article.is_proper(first) and not gender_of_given_name(first):
        described = first.lower()
    else:
        return phrase, None
    if not looks_like_person(rest) or split_role_and_name(phrase)[0] or is_particle(rest.split()[0]):
        return phrase, None  # not a name after one word, or a role the name's own rules take off ('Manager X')
    return rest, described


@functools.lru_cache(maxsize=16384)
def _honorific_gender(phrase: str) -> str | None:
    """'Ms. Okafor' -> 'f': the gender an honorific before the name shows."""
    return HONORIFICS.get(title_before_name(split_role_and_name(phrase)[0]) or "")


_OWNER_AFTER_BY = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?P<role>(?:[a-z][\w-]*\s+){1,3}?)?(?P<owner>(?:[" + CAPITAL + r"](?:[\w’'&-]|\.(?=\w))*\s+(?:of\s+|for\s+|and\s+)?)"
                             r"{0,5}[" + CAPITAL + r"][\w’'&-]*)")
_DOCUMENT_BEFORE = re.compile(r"\b(?P<document>(?i:" + trie_pattern(DOCUMENT_NOUNS) + r"))\s+(?:[\w’'-]+\s+){0,7}?$")
_LOWER_CASE_SUFFIX = re.compile(r" (?:" + "|".join(sorted(LOWER_CASE_SUFFIXES)) + r")\b")
# A role ends right before the name it describes ('Kremlin spokesman Dmitry Peskov'); 'an equaliser from X'
# or 'a cross from X' names no role.
_NOT_BEFORE_A_NAME = frozenset("from by of to with for at in on and or than as like".split())
_TIME_WORDS = frozenset("former acting interim late then ex-".split())
_GROUP_WORDS = frozenset("members officials staff employees workers leaders residents supporters".split())
_DOTTED = (" Jr", " Sr", " Corp", " Inc", " Co", " Ltd", " Bros")
_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")
# A name that a reporting verb follows, after an aside or not, is that verb's subject: 'senior Maya Ortiz,
# a Spanish minor, said', 'Ms. Lee told'.
_REPORTS_AFTER = re.compile(r"(?:,[^,;\x00]{1,80},)?,?\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|adds|wrote|writes)\b")
_OWNER_THEN_NAME = re.compile(r"^.+?(?:[’']s|s[’'])\s+(?P<name>[" + CAPITAL + r"][^\s’']*(?:\s+[^\s’']+){1,3})$")
_ROLE_BEFORE = re.compile(r"(?:^|[\s(])(?P<role>(?:[A-Za-z’'-]+\s+){0,2}[a-z][a-z-]+)\s+$")
_ROLE_AFTER = re.compile(r"^,\s+(?:(?:the|a|an|its|their)\s+)?(?P<role>[a-z][\w’' -]{2,50}?)(?:[,;.]|\s+(?:said|says|told)|$)")
# 'The Prime Minister, Eleanor Whitcombe, has insisted', 'His daughter, Celia Ames,': the role, then the name after a comma.
_ROLE_BEFORE_COMMA = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?P<role>(?:[\w’'-]+\s+){0,3}[\w-]+),\s+$")


def _with_role_around(speaker: Speaker, masked: str, start: int, end: int) -> Speaker:
    """A role the article gives in lower case: 'Kremlin spokesman Dmitry Peskov', 'Peskov, the spokesman,'."""
    if speaker.role:
        return speaker
    for match in (_ROLE_BEFORE.search(masked, max(0, start - 40), start), _ROLE_AFTER.match(masked[end : end + 60]),
                  _ROLE_BEFORE_COMMA.search(masked, max(0, start - 50), start)):
        if match:
            role = strip_determiner(clean_phrase(match["role"]).lower())
            if role and role.rsplit(" ", 1)[-1] not in _NOT_BEFORE_A_NAME and agent_noun(head_noun(role)):
                return Speaker(speaker.name, speaker.kind, role)
    return speaker
