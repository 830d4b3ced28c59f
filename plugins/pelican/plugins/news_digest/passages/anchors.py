"""Markdown extension: `id="p-N"` on each paragraph-like block, `id="h-N"` on headings.

Paragraph-like: `<p>`, a list item without inner paragraphs, a figure
caption. Numbering follows document order and depends only on the text, so
an anchor stays put until the article itself changes.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def is_passage(element: etree.Element) -> bool:
    if element.tag == "p" and not len(element) and HTML_PLACEHOLDER_RE.fullmatch((element.text or "").strip()):
        return False  # a raw HTML block or a highlighted code block Markdown puts back later: not a paragraph
    if element.tag in ("p", "figcaption"):
        return True
    return element.tag == "li" and element.find("p") is None


class ParagraphAnchorProcessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        paragraphs = headings = 0
        for element in root.iter():
            if is_passage(element):
                paragraphs += 1
                element.set("id", f"p-{paragraphs}")
            elif element.tag in HEADINGS:
                headings += 1
                element.set("id", f"h-{headings}")


class ParagraphAnchorExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 - Markdown's API name
        # Low priority: run after every processor that creates or moves blocks.
        md.treeprocessors.register(ParagraphAnchorProcessor(md), "digest_paragraph_anchors", 1)
