"""The digest's open data files (api/*.json), written one way."""

from __future__ import annotations

import json
from pathlib import Path


def write_json(path: Path, items: list) -> None:
    """A JSON list, one item per line: diffs stay readable, and the fast (C) encoder does the work."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(json.dumps(item, ensure_ascii=False, sort_keys=True) for item in items)
    path.write_text(f"[\n{lines}\n]\n" if items else "[]\n", encoding="utf-8")
