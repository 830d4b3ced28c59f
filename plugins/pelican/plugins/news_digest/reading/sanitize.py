"""Article HTML made safe: an allow-list of tags and attributes (nh3, the Rust `ammonia` sanitiser).

Article bodies come from outside. Whatever raw HTML they carry, no script,
event handler, `javascript:` link, frame, style or form reaches a page.
Paragraph anchors (`id="p-N"`, `id="h-N"`) and our own classes survive.
"""

from __future__ import annotations

import re

import nh3
from pygments.token import STANDARD_TYPES

TAGS = set(nh3.ALLOWED_TAGS) - {"img", "map", "area"} | {"img"}
ATTRIBUTES = {
    "*": {"id", "class", "title", "lang", "dir"},
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "title", "width", "height"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
}
_ANCHOR = re.compile(r"^[ph]-\d+$")
_CLASSES = {"caption", "footnote", "footnote-ref", "footnote-backref", "footnotes", "codehilite", "highlight",
            "hll", "linenos", "linenodiv", "toc"}
# Pygments' token classes ('k', 'nf', 's2', 'c1') on the spans of a highlighted code block: they style
# colours only, and none is a class the digest's own pages use.
_TOKEN_CLASSES = frozenset(c for c in STANDARD_TYPES.values() if c)


def _keep(element: str, attribute: str, value: str) -> str | None:
    if attribute == "id":
        return value if _ANCHOR.match(value) or value.startswith("fn") else None
    if attribute == "class":
        kept = [c for c in value.split() if c in _CLASSES or (element == "span" and c in _TOKEN_CLASSES)]
        return " ".join(kept) or None
    return value


def sanitize_html(html: str) -> str:
    """`html` with everything outside the allow-list removed (scripts with their content)."""
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, attribute_filter=_keep,
                     url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer nofollow",
                     strip_comments=True)


def sanitize_summary(content) -> None:
    """The `Summary:` header through the same allow-list as the body (Pelican renders it as Markdown and
    puts it, as HTML, on index pages and in `<summary type="html">` of every Atom feed)."""
    summary = content.metadata.get("summary")
    if summary:
        clean = sanitize_html(str(summary))
        content.metadata["summary"] = clean
        content._summary = clean  # what Pelican's `summary` property and its link rewriting read
