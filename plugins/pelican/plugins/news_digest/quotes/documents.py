"""Who issued the documents an article quotes: 'Harbourside Police said in a statement …', 'In a statement,
the opposition Congress said …', 'A statement from the league’s founder, Patricia Oduya, …' -> the one whose
words 'the statement read' later gives."""

from __future__ import annotations

import re

from .cues import issued_in, issued_noun
from .mentions import ArticleMemory
from .speakers import resolve_phrase


def remember_statement_issuers(article: ArticleMemory, index: int, masked: str, sentences) -> None:
    """'Harbourside Police said in a statement the men were treated …', 'In a statement, the opposition
    Progressive Citizens Congress said …': who issued 'the statement' that later reads or says something."""
    for start, end in sentences:
        written = _STATEMENT_FROM.search(masked, start, end) if masked.find("tatement", start, end) >= 0 else None
        author = resolve_phrase(article, index, written.end(), written["np"]) if written else None
        if author is not None and author.kind in ("organisation", "person", "group"):
            article.documents["statement"] = author  # 'A statement from the league’s founder, Patricia Oduya,'
            continue
        issued = issued_in(masked, start, end)
        said = _ISSUER_VERB.search(masked, start, end) if issued else None
        if said is None:
            continue
        subject = masked[issued.end() if issued.end() <= said.start() else start : said.start()]
        speaker = resolve_phrase(article, index, said.start(), subject.strip(" ,\x00"))
        if speaker is not None and speaker.kind in ("organisation", "person", "group"):
            article.documents[issued_noun(issued)] = speaker


_STATEMENT_FROM = re.compile(r"\b[Ss]tatement\s+(?:from|by|(?:issued|released|read)\s+(?:by|on\s+behalf\s+of)|on\s+behalf"
                             r"\s+of)\s+(?P<np>[^,.;:\x00]+(?:,\s+[^,.;:\x00]+(?=,))?)")
_ISSUER_VERB = re.compile(r"\b(?:said|says|stated|announced|added|confirmed)\b")
