"""A parsed seed -> a Pelican Markdown content file, written only when safe.

The file carries `Import_checksum`, a hash of everything else in it. A file
whose checksum still matches was not touched since import and may be
replaced; one that does not match was edited by hand and is kept unless the
editor forces it.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .seed import Block, SeedArticle

# Header keys in the order they are written; see README "Content files".
HEADER_ORDER = [
    "title",
    "kicker",
    "date",
    "date_note",
    "authors",
    "publisher",
    "original_publisher",
    "source_url",
    "lang",
    "slug",
    "seed",
]
CHECKSUM_KEY = "Import_checksum"
_BLOCK_START = re.compile(r"^(#|>|[-+*]\s|\d+[.)]\s)")


def header_name(key: str) -> str:
    return key[:1].upper() + key[1:]


def escape_block_start(text: str) -> str:
    """Keep a paragraph a paragraph: '1898. A year' must not become a list."""
    match = _BLOCK_START.match(text)
    if not match:
        return text
    first = match.group(0)
    if first[0].isdigit():
        return text[: len(first) - 2] + "\\" + text[len(first) - 2 :]
    return "\\" + text


def render_block(block: Block) -> str:
    if block.kind == "heading":
        return "## " + block.text
    if block.kind == "blockquote":
        return "> " + escape_block_start(block.text)
    if block.kind == "list":
        return "\n".join(item if re.match(r"^\d{1,2}\. ", item) else "- " + item for item in block.text.split("\n"))
    if block.kind == "caption":
        return (
            '<figure class="caption" markdown="1">\n'
            f'<figcaption markdown="span">{block.text}</figcaption>\n'
            "</figure>"
        )
    return escape_block_start(block.text)


def render_content_file(article: SeedArticle) -> str:
    """The content file's full text, checksum included; same input, same bytes."""
    metadata = dict(article.metadata)
    metadata["seed"] = article.seed
    keys = [k for k in HEADER_ORDER if metadata.get(k)]
    keys += sorted(k for k in metadata if k not in HEADER_ORDER and metadata[k])
    header = "".join(f"{header_name(k)}: {_one_line(metadata[k])}\n" for k in keys)
    body = "\n\n".join(render_block(b) for b in article.blocks) + "\n"
    text = header + "\n" + body
    return _with_checksum(text)


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def _checksum(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _with_checksum(text: str) -> str:
    header, _, body = text.partition("\n\n")
    return f"{header}\n{CHECKSUM_KEY}: {_checksum(text)}\n\n{body}"


def strip_checksum(text: str) -> tuple[str, str | None]:
    """The file's text without its checksum line, and the checksum it states."""
    match = re.search(rf"^{CHECKSUM_KEY}: (\S+)\n", text, re.M)
    if not match:
        return text, None
    return text[: match.start()] + text[match.end() :], match.group(1)


def edited_since_import(text: str) -> bool:
    """True when a content file no longer matches the checksum it was written with."""
    unstamped, stated = strip_checksum(text)
    return stated != _checksum(unstamped)


def write_content_file(path: Path, text: str, force: bool = False) -> str:
    """Write `text` to `path` unless that would lose an editor's change.

    Returns what happened: "created", "updated", "unchanged" or "kept (edited)".
    """
    if path.exists():
        current = path.read_text(encoding="utf-8", errors="replace")
        if current == text:
            return "unchanged"
        if edited_since_import(current) and not force:
            return "kept (edited)"
        status = "updated"
    else:
        status = "created"
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
    return status
