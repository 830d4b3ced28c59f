"""Raw seed text -> a structured article, with every dropped line accounted for.

A seed is text copied from a news web page: a masthead and byline on top, the
article, then site furniture (share prompts, contact footers, disclaimers).
`parse_seed` splits it into units (lines, or soft-wrapped paragraphs), finds
the header zone (everything before the first sentence of prose) and the footer
zone (from the first line of site furniture), reads metadata from both, and
turns the rest into blocks. The rules are about the shapes of news pages, not
about any one seed; what the text does not state comes from editor hints.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping

from ..core.slugs import make_slug

from .text import (
    DANGLING_WORDS,
    QUOTE_MARKS,
    ends_sentence,
    find_date,
    is_latin_script,
    is_prose,
    last_word,
    looks_like_person_name,
    starts_lowercase,
    strip_inline_markup,
    words,
)


class SeedError(ValueError):
    """A seed that cannot be imported; the message says why and how to fix it."""


@dataclasses.dataclass(frozen=True)
class Unit:
    """One paragraph of the raw seed as laid out on the page."""

    text: str
    line: int  # 1-based line of the seed where it starts
    blank_lines_before: int


@dataclasses.dataclass
class Block:
    """One block of article content, in the order of the article."""

    kind: str  # paragraph | heading | blockquote | list | caption
    text: str  # Markdown inline text; list items are joined by "\n"
    lines: tuple[int, ...]


@dataclasses.dataclass(frozen=True)
class Dropped:
    """A unit of the seed that is not article content, and why."""

    line: int
    text: str
    reason: str


@dataclasses.dataclass
class SeedArticle:
    seed: str
    metadata: dict[str, str]
    blocks: list[Block]
    dropped: list[Dropped]
    joined_lines: list[tuple[int, int]]  # (line, line) joined across a layout break


OutletResolver = Callable[[str], "str | None"]

LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+(?=\S)")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
PHOTO_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:via AP|AP Photo|AFP|Reuters|Getty|photo|credit|courtesy)\b[^()]*)\)\s*$",
    re.I,
)
SECTION_LABEL = re.compile(
    r"^(?:Region|Regions|Theme|Themes|In-depth Report|Topics?|Tags?|Categor(?:y|ies)|"
    r"Section|Filed under)\s*:",
    re.I,
)
LINK_ONLY = re.compile(
    r"^(?:https?://|www\.|mailto:)?[\w.-]+@?[\w-]+\.(?:com|org|net|ca|info|ua|ru|uk|de)\b\S*$",
    re.I,
)
ORIGINALLY_PUBLISHED = re.compile(
    r"^this article was (?:originally|first) published (?:on|by|in|at)\s+(?P<name>.+?)\.?$",
    re.I,
)
CONTACT_FOOTER = re.compile(r"^to contact (?:the )?(?P<name>.+?)(?: and .*?)? visit\b", re.I)
ORIGINAL_SOURCE = re.compile(r"^the original source of this article is (?P<name>.+?)(?: copyright\b|$)", re.I)

# Lines that open the site's footer; everything from the first of them is furniture.
FOOTER_STARTS = [
    (re.compile(r"^(?:\*|\* \* \*|-{3,}|_{3,}|•)$"), "separator before the site footer"),
    (CONTACT_FOOTER, "contact footer"),
    (re.compile(r"\bclick the share button\b|^(?:follow us|subscribe to|sign up for|share this)\b", re.I),
     "share/subscribe prompt"),
    (re.compile(r"\brefer a friend\b|^become a member\b|^comment on\b.*\barticles\b", re.I),
     "share/subscribe prompt"),
    (ORIGINALLY_PUBLISHED, "reprint notice (kept as Original_publisher)"),
    (ORIGINAL_SOURCE, "copyright notice"),
    (re.compile(r"copyright|©|\ball rights reserved\b", re.I), "copyright notice"),
    (re.compile(r"^disclaimer\b|contains copyrighted material|\bfair use\b", re.I), "disclaimer"),
    (re.compile(r"^articles by\s*:|^for media inquiries\b", re.I), "site footer"),
]


def split_units(text: str) -> list[Unit]:
    """Paragraphs as the page laid them out.

    Text that separates paragraphs by blank lines keeps soft-wrapped lines
    together (a line ending in two spaces is a hard break); text without blank
    lines has one paragraph per line.
    """
    lines = text.split("\n")
    uses_blank_separators = any(not line.strip() for line in lines[1:-1]) and sum(
        1 for line in lines if not line.strip()
    ) * 3 >= sum(1 for line in lines if line.strip())
    units: list[Unit] = []
    current: list[str] = []
    start = 0
    blanks = 0
    pending_blanks = 0

    def flush() -> None:
        nonlocal current
        if current:
            units.append(Unit(" ".join(s.strip() for s in current), start, pending_blanks))
            current = []

    for number, line in enumerate(lines, start=1):
        if not line.strip():
            flush()
            blanks += 1
            continue
        new_unit = (
            not current
            or not uses_blank_separators
            or current[-1].endswith("  ")
            or LIST_ITEM.match(line)
            or MARKDOWN_HEADING.match(line)
        )
        if new_unit:
            flush()
            start, pending_blanks, blanks = number, blanks, 0
        current.append(line)
    flush()
    return units


def clean_inline(text: str) -> str:
    """Page-conversion debris removed, Markdown emphasis and real links kept."""
    text = re.sub(r"</?u>", "", text)
    text = re.sub(r"\$\\underline\{(.*?)\}\$", r"\1", text)
    text = text.replace("\\$", "$")
    return re.sub(r"[ \t]+", " ", text).strip()


def _first_prose_index(units: list[Unit]) -> int:
    for index, unit in enumerate(units):
        if not MARKDOWN_HEADING.match(unit.text) and is_prose(strip_inline_markup(unit.text)):
            return index
    return len(units)


@dataclasses.dataclass
class _Header:
    title: str | None = None
    kicker: str | None = None
    authors: list[str] = dataclasses.field(default_factory=list)
    date: str | None = None
    publisher: str | None = None
    domains: list[str] = dataclasses.field(default_factory=list)


def read_header(units: list[Unit], dropped: list[Dropped]) -> _Header:
    """Title, kicker, byline, dateline and masthead of the header zone."""
    header = _Header()
    headings: list[int] = []
    others: list[int] = []
    date_index: int | None = None
    for index, unit in enumerate(units):
        plain = strip_inline_markup(MARKDOWN_HEADING.sub("", unit.text))
        if not is_latin_script(plain):
            dropped.append(Dropped(unit.line, unit.text, "masthead in another script"))
        elif MARKDOWN_HEADING.match(unit.text):
            headings.append(index)
        elif LINK_ONLY.match(plain.strip("[]<>")) or re.match(r"^\[[^\]]+\]\((?:https?|mailto):", unit.text):
            dropped.append(Dropped(unit.line, unit.text, "masthead link"))
            header.domains.extend(re.findall(r"(?:www\.)?([\w-]+\.(?:com|org|net|ca|info))", plain))
        elif SECTION_LABEL.match(plain):
            dropped.append(Dropped(unit.line, unit.text, "section labels"))
        elif m := re.match(r"^by\s+(.+)$", plain, re.I):
            header.authors = split_names(m.group(1))
        elif (found := find_date(plain)) and header.date is None:
            date, match = found
            header.date = date.isoformat()
            date_index = index
            before = plain[: match.start()].rstrip(" –—-|")
            # "Global Research, August 07, 2024" is a dateline; "Andre Damon 9 July 2024" a byline.
            if before and not before.endswith(",") and looks_like_person_name(before):
                header.authors = header.authors or [before]
            elif before.strip(" ,"):
                header.publisher = before.strip(" ,")
        else:
            others.append(index)

    title_index = headings[0] if headings else next(
        (i for i in others if len(words(strip_inline_markup(units[i].text))) >= 3), None
    )
    if title_index is not None:
        header.title = strip_inline_markup(MARKDOWN_HEADING.sub("", units[title_index].text))
        for extra in headings[1:]:
            dropped.append(Dropped(units[extra].line, units[extra].text, "masthead heading"))
    for index in others:
        plain = strip_inline_markup(units[index].text)
        if index == title_index:
            continue
        if (
            not header.authors
            and date_index is not None
            and abs(index - date_index) == 1
            and looks_like_person_name(plain)
        ):
            header.authors = [plain]
        elif headings and index == title_index - 1 and header.kicker is None:
            header.kicker = plain
        else:
            dropped.append(Dropped(units[index].line, units[index].text, "masthead or section text"))
    return header


def split_names(text: str) -> list[str]:
    parts = re.split(r",\s*|\s+and\s+|\s*&\s*", strip_inline_markup(text))
    return [p.strip() for p in parts if p.strip()]


@dataclasses.dataclass
class _Footer:
    original_publisher: str | None = None
    publisher_hints: list[str] = dataclasses.field(default_factory=list)
    credit: str | None = None


def split_footer(units: list[Unit], dropped: list[Dropped]) -> tuple[list[Unit], _Footer]:
    """The article's units, and what the site footer after them tells."""
    footer = _Footer()
    end = len(units)
    for index, unit in enumerate(units):
        plain = strip_inline_markup(unit.text)
        if any(pattern.search(plain) for pattern, _ in FOOTER_STARTS):
            end = index
            break
    # A source credit on the last line ("World Socialist 13.11.2021").
    if end == len(units) and units:
        plain = strip_inline_markup(units[-1].text)
        found = find_date(plain)
        if found and len(words(plain)) <= 8 and not ends_sentence(plain):
            credit = plain[: found[1].start()].strip(" ,–—-|")
            if credit:
                footer.credit = credit
                dropped.append(Dropped(units[-1].line, units[-1].text, "source credit (kept as metadata)"))
                end = len(units) - 1
                return units[:end], footer
    for unit in units[end:]:
        plain = strip_inline_markup(unit.text)
        reason = next((r for pattern, r in FOOTER_STARTS if pattern.search(plain)), "site footer")
        if m := ORIGINALLY_PUBLISHED.match(plain):
            footer.original_publisher = m["name"].strip()
        for pattern in (CONTACT_FOOTER, ORIGINAL_SOURCE):
            if m := pattern.match(plain):
                footer.publisher_hints.append(m["name"].strip())
        if LINK_ONLY.match(plain):
            footer.publisher_hints.append(plain.split("/")[0].removeprefix("www."))
        dropped.append(Dropped(unit.line, unit.text, reason))
    return units[:end], footer


def join_broken_paragraphs(units: list[Unit]) -> tuple[list[Unit], list[tuple[int, int]]]:
    """Paragraphs the page layout broke mid-sentence, joined again."""
    joined: list[Unit] = []
    joins: list[tuple[int, int]] = []
    for unit in units:
        if joined and _is_broken_pair(joined[-1].text, unit.text):
            previous = joined.pop()
            joins.append((previous.line, unit.line))
            unit = Unit(previous.text + " " + unit.text, previous.line, previous.blank_lines_before)
        joined.append(unit)
    return joined, joins


def _is_broken_pair(first: str, second: str) -> bool:
    if any(p.match(t) for p in (LIST_ITEM, MARKDOWN_HEADING) for t in (first, second)):
        return False
    plain = strip_inline_markup(first)
    if ends_sentence(plain) or PHOTO_CREDIT.search(plain):
        return False
    return starts_lowercase(strip_inline_markup(second)) or last_word(plain) in DANGLING_WORDS


def to_blocks(units: list[Unit]) -> list[Block]:
    """Article units as headings, paragraphs, block quotations, lists and captions."""
    blocks: list[Block] = []
    for index, unit in enumerate(units):
        text = clean_inline(unit.text)
        plain = strip_inline_markup(text)
        previous = blocks[-1] if blocks else None
        if LIST_ITEM.match(text):
            number = re.match(r"^\s*(\d{1,2})[.)]\s", text)
            # A numbered item keeps its number ("3. ..."): it is part of the text, not just layout.
            item = f"{number.group(1)}. {LIST_ITEM.sub('', text)}" if number else LIST_ITEM.sub("", text)
            if previous and previous.kind == "list":
                previous.text += "\n" + item
                previous.lines += (unit.line,)
            else:
                blocks.append(Block("list", item, (unit.line,)))
        elif MARKDOWN_HEADING.match(text):
            blocks.append(Block("heading", strip_inline_markup(MARKDOWN_HEADING.sub("", text)), (unit.line,)))
        elif PHOTO_CREDIT.search(plain):
            blocks.append(Block("caption", text, (unit.line,)))
        elif (
            index + 1 < len(units)
            and not ends_sentence(plain)
            and 2 <= len(words(plain)) <= 25
            and plain[0] not in QUOTE_MARKS
        ):
            blocks.append(Block("heading", plain, (unit.line,)))
        elif (
            previous
            and previous.kind in ("paragraph", "blockquote")
            and strip_inline_markup(previous.text).rstrip().endswith(":")
            and plain[0] not in QUOTE_MARKS
        ):
            blocks.append(Block("blockquote", text, (unit.line,)))
        else:
            blocks.append(Block("paragraph", text, (unit.line,)))
    return blocks


def parse_seed(
    name: str,
    text: str,
    hints: Mapping[str, object] | None = None,
    resolve_outlet: OutletResolver = lambda _name: None,
) -> SeedArticle:
    """A seed's article: metadata, content blocks, and what was dropped.

    `hints` are the editor's values for what the text does not state (from
    seeds/metadata.yaml); `resolve_outlet` maps a name or domain the text
    uses ("WSWS", "afgazad.com") to the outlet's canonical name.
    """
    if "\x00" in text:
        raise SeedError(f"{name}: contains NUL bytes; this is a binary file, not article text")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SeedError(f"{name}: the file is empty; put the article's text in it or remove it")
    hints = dict(hints or {})
    units = split_units(text)
    dropped: list[Dropped] = []
    first_prose = _first_prose_index(units)
    header = read_header(units[:first_prose], dropped)
    body, footer = split_footer(units[first_prose:], dropped)
    body, joins = join_broken_paragraphs(body)
    blocks = to_blocks(body)
    if not blocks:
        raise SeedError(f"{name}: no article text found (only masthead or footer lines)")

    def resolved(value: str | None) -> str | None:
        return (resolve_outlet(value) or value) if value else None

    publisher = resolved(header.publisher)
    for hint in [*header.domains, *footer.publisher_hints]:
        publisher = publisher or resolve_outlet(hint)
    original = resolved(footer.original_publisher)
    credit = resolved(footer.credit)
    if credit and credit != publisher and not original:
        original = credit
    metadata = {
        "title": header.title,
        "date": header.date,
        "authors": ", ".join(header.authors) or None,
        "publisher": publisher,
        "original_publisher": original,
        "kicker": header.kicker,
    }
    for key, value in hints.items():
        metadata[key.lower()] = None if value is None else str(value)
    if metadata.get("title") and not metadata.get("slug"):
        metadata["slug"] = make_slug(metadata["title"])
    dropped.sort(key=lambda d: d.line)
    return SeedArticle(name, {k: v for k, v in metadata.items() if v}, blocks, dropped, joins)
