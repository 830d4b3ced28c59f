"""Article HTML -> passages (the anchored paragraphs), and marking up ranges of their text.

The HTML comes from our own Markdown pipeline, whose paragraph elements are
`<p id="p-N">`, `<li id="p-N">` or `<figcaption id="p-N">`; reading them with
one regular-expression pass is much cheaper than parsing every article.
A passage's text is its HTML with tags removed and entities decoded; offsets
into that text map back to HTML positions, so a quotation found in the text
can be marked up where it stands, even across `<em>` or `<a>`.
"""

from __future__ import annotations

import bisect
import dataclasses
import html
import re

PASSAGE = re.compile(r'<(p|li|figcaption) id="(p-\d+)">(.*?)</\1>', re.S)
BLOCKQUOTE = re.compile(r"<(/?)blockquote>")
TOKEN = re.compile(r"<[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);|[^<&]+|[<&]", re.S)


@dataclasses.dataclass(frozen=True)
class Passage:
    id: str  # the paragraph anchor, "p-3"
    text: str
    block: bool = False  # inside a block quotation: the whole passage is quoted
    tag: str = "p"  # p, li (a list item) or figcaption (a photo caption)
    html_start: int = 0  # where the passage's inner HTML starts in the article HTML
    html_end: int = 0


def passages_from_html(content: str) -> list[Passage]:
    quote_edges = [(m.start(), m.group(1) == "") for m in BLOCKQUOTE.finditer(content)]
    positions = [p for p, _ in quote_edges]
    passages = []
    for match in PASSAGE.finditer(content):
        inner = match.group(3)
        k = bisect.bisect_right(positions, match.start())
        depth = sum(1 if opening else -1 for _, opening in quote_edges[:k])
        passages.append(Passage(match.group(2), html_text(inner), depth > 0, match.group(1),
                                match.start(3), match.end(3)))
    return passages


def html_text(fragment: str) -> str:
    return "".join(text for text, _ in _text_pieces(fragment))


def _text_pieces(fragment: str):
    """(text, html position) for each piece of text between tags."""
    for match in TOKEN.finditer(fragment):
        token = match.group(0)
        if token.startswith("<") and len(token) > 1:
            continue
        yield (html.unescape(token) if token.startswith("&") else token), match.start()


def wrap_ranges(fragment: str, ranges: list[tuple[int, int, str, str]]) -> str:
    """`fragment` with text ranges [start, end) wrapped in (open_tag, close_tag).

    A range that crosses a tag boundary is closed before the tag and reopened
    after it, so the result stays well-formed. Ranges must not overlap.
    """
    if not ranges:
        return fragment
    ranges = sorted(ranges)
    out: list[str] = []
    offset = 0  # text offset
    active: tuple[int, int, str, str] | None = None
    queue = list(ranges)
    for match in TOKEN.finditer(fragment):
        token = match.group(0)
        if token.startswith("<") and len(token) > 1:
            if active:
                out.append(active[3])
            out.append(token)
            if active:
                out.append(active[2])
            continue
        entity = token.startswith("&")
        done = 0
        while done < len(token):  # boundaries are checked before each character (an entity is one)
            if active and offset == active[1]:
                out.append(active[3])
                active = None
            if not active and queue and offset == queue[0][0]:
                active = queue.pop(0)
                out.append(active[2])
            if entity:
                out.append(token)
                offset += len(html.unescape(token))
                break
            boundary = (active[1] if active else queue[0][0] if queue else offset) - offset
            step = boundary if 0 < boundary < len(token) - done else len(token) - done
            out.append(token[done : done + step])
            done += step
            offset += step
    if active:
        out.append(active[3])
    return "".join(out)
