"""Pagefind's filter files put in a fixed order, so that two builds of one site are byte-identical.

Pagefind 1.x writes each filter (`filter/*.pf_filter`: a value -> the pages that have it) from a Rust
HashMap, whose order changes from run to run; the file's name is a hash of its bytes, so the names in
`pagefind.*.pf_meta` and the hash in `pagefind-entry.json` change with it. Everything else
(fragments, word index) is already the same. `normalise_filters` sorts each filter's values, writes
the files under names made from their new bytes, and rewrites the meta file (its list of filters
sorted by name too) and the entry that name them. The files are gzip of b"pagefind_dcd" + CBOR; only the CBOR Pagefind writes is handled here.
"""

from __future__ import annotations

import errno
import gzip
import hashlib
import json
import os
import struct
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


def _decode(data: bytes, at: int = 0):
    first = data[at]
    major, info = first >> 5, first & 31
    at += 1
    if info < 24:
        value = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        if major == 7 and size > 1:
            return struct.unpack(">" + {2: "e", 4: "f", 8: "d"}[size], data[at:at + size])[0], at + size
        value = int.from_bytes(data[at:at + size], "big")
        at += size
    else:
        raise ValueError(f"CBOR item of indefinite length at {at - 1}")
    if major == 0:
        return value, at
    if major == 1:
        return -1 - value, at
    if major in (2, 3):
        raw = data[at:at + value]
        return (raw if major == 2 else raw.decode("utf-8")), at + value
    if major in (4, 5):
        items = []
        for _ in range(value * (2 if major == 5 else 1)):
            item, at = _decode(data, at)
            items.append(item)
        return (items if major == 4 else _Map(zip(items[::2], items[1::2]))), at
    if major == 7:
        return {20: False, 21: True, 22: None}[value], at
    raise ValueError(f"CBOR major type {major} is not written by Pagefind")


class _Map(list):
    """A CBOR map kept as its (key, value) pairs, in file order."""


def _head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * size):
            return bytes([major << 5 | info]) + value.to_bytes(size, "big")
    raise ValueError("integer too large")


def _encode(item) -> bytes:
    if item is None or isinstance(item, bool):
        return bytes([0xF6 if item is None else 0xF5 if item else 0xF4])
    if isinstance(item, int):
        return _head(0, item) if item >= 0 else _head(1, -1 - item)
    if isinstance(item, float):
        return b"\xfb" + struct.pack(">d", item)
    if isinstance(item, bytes):
        return _head(2, len(item)) + item
    if isinstance(item, str):
        raw = item.encode("utf-8")
        return _head(3, len(raw)) + raw
    if isinstance(item, _Map):
        return _head(5, len(item)) + b"".join(_encode(k) + _encode(v) for k, v in item)
    return _head(4, len(item)) + b"".join(_encode(v) for v in item)


def _read(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind file")
    return _decode(data, len(SIGNATURE))[0]


def _write(item) -> tuple[bytes, str]:
    data = SIGNATURE + _encode(item)
    return gzip.compress(data, mtime=0), hashlib.sha1(data).hexdigest()  # noqa: S324 - a name, not security


def _replace_names(item, names: dict[str, str]):
    if isinstance(item, str):
        return names.get(item, item)
    if isinstance(item, _Map):
        return _Map((_replace_names(k, names), _replace_names(v, names)) for k, v in item)
    if isinstance(item, list):
        return [_replace_names(v, names) for v in item]
    return item


def normalise_filters(bundle: Path) -> None:
    """Sort the values of every filter in the Pagefind bundle at `bundle`; rename what names them.

    Pagefind exits 0 even when it could not write its files (a full disk): a file that does not read back
    is a RuntimeError, so the build fails instead of publishing a broken index.
    """
    try:
        _normalise(bundle)
    except (ValueError, EOFError, IndexError, KeyError, gzip.BadGzipFile) as error:
        disk = os.statvfs(bundle)
        if disk.f_bavail * disk.f_frsize < 1_000_000:  # what Pagefind did not say
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(bundle.parent)) from None
        raise RuntimeError(f"search indexing wrote an incomplete index into {bundle} ({error}); "
                           "is the disk full?") from None


def _normalise(bundle: Path) -> None:
    entry_file = bundle / "pagefind-entry.json"
    if not entry_file.exists():
        return
    entry = json.loads(entry_file.read_text(encoding="utf-8"))
    for language in entry.get("languages", {}).values():
        names = {}  # old hash -> new hash
        for path in sorted((bundle / "filter").glob(f"{language['wasm']}_*.pf_filter")):
            name, filters = path.name[: -len(".pf_filter")], _read(path)  # [name, [[value, [pages]], ...]]
            if isinstance(filters, list) and len(filters) == 2 and isinstance(filters[1], list):
                filters[1].sort(key=lambda pair: _encode(pair[0]))
            data, digest = _write(filters)
            new = f"{name.split('_')[0]}_{digest[:7]}"
            names[name] = new
            path.unlink()
            (bundle / "filter" / f"{new}.pf_filter").write_bytes(data)
        meta_file = bundle / f"pagefind.{language['hash']}.pf_meta"
        if not names or not meta_file.exists():
            continue
        meta = _replace_names(_read(meta_file), names)
        for part in meta:  # the filter list, [[filter name, file name], ...], in HashMap order too
            if isinstance(part, list) and part and all(isinstance(f, list) and len(f) == 2 and f[1] in
                                                       names.values() for f in part):
                part.sort()
        data, digest = _write(meta)
        meta_file.unlink()
        language["hash"] = f"{language['hash'].split('_')[0]}_{digest[:10]}"
        (bundle / f"pagefind.{language['hash']}.pf_meta").write_bytes(data)
    entry_file.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
