"""Per-article results of a pure stage, remembered between builds.

A stage that is a pure function of an article's passages (and of the events
or people files) need not run again for an article that did not change. A
`ResultStore` maps a hash of everything the function reads to what it
returned; the stage asks it with `remembered`. The store lives in the build's
cache directory (Pelican's CACHE_PATH, sealed by `digest build`), is valid
only for the exact code of the stage that wrote it, and keeps only the
entries the last build used, so it never grows past the corpus.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from pathlib import Path
from typing import Callable, TypeVar

logger = logging.getLogger(__name__)
T = TypeVar("T")


def fingerprint(*parts) -> str:
    """A short hash of the parts' reprs (dataclasses, tuples, strings: what a stage reads)."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def file_digest(path) -> str:
    """A short hash of a file's bytes (a page written, a page published)."""
    with open(path, "rb") as file:
        return hashlib.blake2b(file.read(), digest_size=16).hexdigest()


def code_fingerprint(*modules) -> str:
    """A hash of the source files of the packages these modules belong to."""
    digest = hashlib.blake2b(digest_size=16)
    for module in modules:
        package = Path(module.__file__).parent
        for path in sorted(package.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class ResultStore:
    """Results by input hash, loaded from and saved to one file; `path=None` remembers nothing."""

    def __init__(self, path: Path | None, code: str):
        self.path, self.code = path, code
        self.previous: dict[str, object] = {}
        self.used: dict[str, object] = {}
        self.hits = self.misses = 0
        if path is not None and path.exists():
            try:
                with path.open("rb") as file:
                    code_seen, self.previous = pickle.load(file)
                if code_seen != code:
                    self.previous = {}
            except Exception as error:  # noqa: BLE001 - a damaged store is only a slower build
                logger.warning("digest: ignoring the result cache %s (%s)", path, error)
                self.previous = {}

    @classmethod
    def for_settings(cls, settings: dict, name: str, code: str) -> ResultStore:
        """The store `name` in Pelican's cache directory when the content cache is on."""
        if not (settings.get("CACHE_CONTENT") and settings.get("CACHE_PATH")):
            return cls(None, code)
        return cls(Path(settings["CACHE_PATH"]) / f"digest-{name}.pickle", code)

    def _unchanged(self) -> bool:
        """Whether the entries used are those loaded (the same objects, or equal ones) from this code's file."""
        if not self.previous or self.used.keys() != self.previous.keys() or not self.path.exists():
            return False
        previous = self.previous
        return all(value is previous[key] or value == previous[key] for key, value in self.used.items())

    def recall(self, key: str):
        """What the last build kept under `key`, or None."""
        return self.previous.get(key)

    def keep(self, key: str, value) -> None:
        """Keep `value` under `key` for the next build."""
        self.used[key] = value

    def remembered(self, key: str, compute: Callable[..., T], *args) -> T:
        """What `compute(*args)` returned for these inputs last time, else its result now."""
        if self.path is None:
            return compute(*args)
        if key in self.used:
            return self.used[key]
        if key in self.previous:
            self.hits += 1
            value = self.previous[key]
        else:
            self.misses += 1
            value = compute(*args)
        self.used[key] = value
        return value

    def save(self) -> None:
        """Write the entries this build used (atomically: a reader never sees half a file), unless they
        are the ones loaded: an unchanged rebuild at 10,000 articles wrote 26 MB of stores for nothing."""
        if self.path is None or self._unchanged():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        with partial.open("wb") as file:
            pickle.dump((self.code, self.used), file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, self.path)
        logger.debug("digest: %s: %d reused, %d computed", self.path.name, self.hits, self.misses)
