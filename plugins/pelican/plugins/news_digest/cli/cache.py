"""The content cache: Pelican's cache of read articles, kept safe.

Its directory is named by a key over everything that shapes a read article:
the settings, the digest's plugin code, the pinned dependency versions, and
Pelican's and Python's versions. Change any of them and the build starts
from an empty cache; content files themselves are checked by Pelican (mtime).
After a successful build a manifest records every cache file's SHA-256; a
cache whose files do not match it (damaged, truncated, half-written by an
interrupted build) is deleted, never loaded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform
from pathlib import Path

import pelican

from .filesystem import remove_tree, write_atomically

logger = logging.getLogger("digest")
MANIFEST = "manifest.json"
# Settings that do not change what is read or written: the site is the same on any number of cores.
_VOLATILE = {"OUTPUT_PATH", "CACHE_PATH", "LOAD_CONTENT_CACHE", "CACHE_CONTENT", "DIGEST_PUBLISHED_PATH", "DIGEST_WORKERS"}


def cache_key(settings: dict, plugin_dirs: list[Path], lock_file: Path | None) -> str:
    digest = hashlib.sha256()
    digest.update(f"pelican {pelican.__version__}; python {platform.python_version()}\n".encode())
    for name in sorted(set(settings) - _VOLATILE):
        digest.update(f"{name}={settings[name]!r}\n".encode())
    for directory in plugin_dirs:
        for path in sorted(Path(directory).rglob("*.py")):
            digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes())
    if lock_file and lock_file.exists():
        digest.update(lock_file.read_bytes())
    return digest.hexdigest()[:16]


def _files(directory: Path) -> dict[str, str]:
    return {p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file() and p.name != MANIFEST}


def prepare_cache(root: Path, key: str) -> Path:
    """The cache directory for `key`: other keys' caches removed, a damaged one emptied."""
    root.mkdir(parents=True, exist_ok=True)
    for other in root.iterdir():
        if other.name != key:
            if other.is_dir():
                remove_tree(other)
    directory = root / key
    if directory.exists():
        try:
            recorded = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            recorded = None
        if recorded != _files(directory):
            logger.warning("digest: the content cache %s is damaged or incomplete; rebuilding it", directory)
            remove_tree(directory)
    return directory


def seal_cache(directory: Path) -> None:
    """Record the cache files of a successful build, so the next build can trust them."""
    if directory.exists():
        write_atomically(directory / MANIFEST, json.dumps(_files(directory), sort_keys=True, indent=1))
