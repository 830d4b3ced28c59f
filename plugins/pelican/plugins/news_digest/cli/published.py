"""What the published site holds, so that a build keeps the files it did not change.

A file the new build wrote with the same bytes as the published one is
replaced by the published file itself (a hard link): an unchanged page keeps
its inode and modification time, so deploy tools that compare size and mtime
(rsync, most uploaders) send only what changed.

Comparing means reading the published file, which on a large site is mostly
not in memory any more (at 10,000 articles, 28,000 files and 500 MB: 16-24 s
on this machine). So each build records, beside the content caches, every
published file's size, modification time, inode and digest; the next build
compares the digest of what it wrote (just written, so still in memory) with
the recorded one, and reads a published file only when its stamp is not the
recorded one (edited since, or no record).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..core.memo import file_digest
from .filesystem import write_atomically

RECORD = "digest-published.json"  # in the project's cache folder, whatever the content cache's key


def _stamp(found: os.stat_result) -> list:
    return [found.st_size, found.st_mtime_ns, found.st_ino]


def recorded_files(record: Path | None, output: Path) -> dict[str, list]:
    """What the last build recorded of the files it published at `output`: path -> [size, mtime, inode,
    digest]; empty without a record (or with a damaged one, or one of another output folder)."""
    try:
        data = json.loads(record.read_text(encoding="utf-8")) if record else {}
        if data.get("output") == str(output) and isinstance(data.get("files"), dict):
            return data["files"]
    except (OSError, ValueError, AttributeError):
        pass
    return {}


def is_recorded(entry: list | None, path: str, digest: str) -> bool:
    """Whether the file at `path` is still the one recorded with these bytes (its stamp unchanged)."""
    try:
        return bool(entry) and entry[3] == digest and entry[:3] == _stamp(os.stat(path))
    except OSError:
        return False


def _same_bytes(a: str, b: str) -> bool:
    with open(a, "rb") as first, open(b, "rb") as second:
        return first.read() == second.read()


class PublishedFiles:
    """The published site at `output`, and what the last build recorded of its files (`record`: a path
    in the cache folder, or None to record nothing)."""

    def __init__(self, output: Path, record: Path | None = None):
        self.output, self.record = output, record
        # no record, or a damaged one: every comparison reads the published file
        self.recorded: dict[str, list] = recorded_files(record, output)
        self.written: dict[str, list] = {}  # the new site's files: stamp and digest, for the next build

    def keep_unchanged(self, staging: Path, under: str = "") -> int:
        """Put the published file where the new build in `staging` wrote the same bytes (only files `under`
        that folder, if given). Returns how many files were kept."""
        kept = 0
        for folder, _, names in os.walk(staging / under):
            relative = os.path.relpath(folder, staging)
            for name in names:
                if name.endswith(".kept"):
                    continue
                path = name if relative == "." else f"{relative}/{name}"
                kept += self._keep(staging, path)
        return kept

    def _keep(self, staging: Path, path: str) -> bool:
        new, old = os.path.join(staging, path), os.path.join(self.output, path)
        after = os.stat(new)
        digest, kept = None, False
        try:
            before = os.stat(old)
        except OSError:
            before = None
        entry = self.recorded.get(path)
        if before is not None and (before.st_dev, before.st_ino) == (after.st_dev, after.st_ino):
            kept = True  # already the published file (an article page taken as it was)
        elif before is not None and before.st_size == after.st_size:
            digest = file_digest(new)
            if entry and entry[:3] == _stamp(before):
                same = entry[3] == digest  # the published file is the one recorded: no need to read it
            else:
                same = _same_bytes(old, new)
            if same:
                try:
                    link = f"{new}.kept"
                    os.link(old, link)
                    os.replace(link, new)
                    kept = True
                except OSError:  # a file system without hard links: keep the new file
                    pass
        final = os.stat(new)
        if digest is None:
            digest = entry[3] if kept and entry and entry[:3] == _stamp(final) else file_digest(new)
        self.written[path] = [*_stamp(final), digest]
        return kept

    def save(self) -> None:
        """After the new site is published: record its files for the next build (atomically)."""
        if self.record is None:
            return
        self.record.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.record, json.dumps({"output": str(self.output), "files": self.written}))
