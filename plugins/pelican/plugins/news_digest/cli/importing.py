"""`digest import`: raw seed files -> content files under content/articles/."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..core import ContentError, Problem
from ..core.yamlfile import LINE_KEY, load_yaml
from ..importer.contentfile import HEADER_ORDER, render_content_file, write_content_file
from ..importer.seed import SeedError, parse_seed
from ..outlets.outlets import OutletDirectory, load_outlets


@dataclasses.dataclass
class ImportResult:
    seed: Path
    target: Path
    status: str  # created | updated | unchanged | kept (edited)
    dropped: list


def load_seed_hints(path: Path) -> dict[str, dict]:
    """The editor's facts about seeds, keyed by seed file name (seeds/metadata.yaml)."""
    if not path.exists():
        return {}
    data = load_yaml(path) or {}
    problems = []
    if not isinstance(data, dict):
        raise ContentError([Problem.error(path, "expected seed file names as keys",
                                          "write '<seed file name>:' followed by indented 'key: value' lines", 1)])
    hints = {}
    for seed, values in data.items():
        if seed == LINE_KEY:
            continue
        if not isinstance(values, dict):
            problems.append(Problem.error(path, f"{seed}: expected 'key: value' lines under it",
                                          "indent the keys under the seed name", None))
            continue
        unknown = set(values) - set(HEADER_ORDER) - {LINE_KEY}
        if unknown:
            problems.append(Problem.error(path, f"{seed}: unknown key(s) {', '.join(sorted(unknown))}",
                                          f"use only: {', '.join(HEADER_ORDER)}", values.get(LINE_KEY)))
        hints[seed] = {k: v for k, v in values.items() if k != LINE_KEY}
    if problems:
        raise ContentError(problems)
    return hints


def import_seeds(seeds: list[Path], target_dir: Path, hints_file: Path, outlets_file: Path,
                 force: bool = False) -> list[ImportResult]:
    """Import every seed; all seeds are parsed before anything is written."""
    hints = load_seed_hints(hints_file)
    outlets, _ = load_outlets(outlets_file)
    directory = OutletDirectory(outlets)
    problems, parsed = [], []
    for seed in seeds:
        raw = seed.read_bytes()
        try:
            if b"\x00" in raw:  # before decoding: a binary file is not "bad UTF-8"
                raise SeedError("contains NUL bytes; this is a binary file, not article text")
            text = raw.decode("utf-8")
            parsed.append(parse_seed(seed.name, text, hints.get(seed.name), directory.canonical_name))
        except UnicodeDecodeError as error:
            problems.append(Problem.error(seed, f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start})",
                                          "convert the file to UTF-8 before importing",
                                          raw[: error.start].count(b"\n") + 1))
        except SeedError as error:
            problems.append(Problem.error(seed, str(error).removeprefix(f"{seed.name}: "),
                                          "import only text files that hold an article"))
    if problems:
        raise ContentError(problems)
    results = []
    for seed, article in zip(seeds, parsed):
        target = target_dir / (seed.stem + ".md")
        status = write_content_file(target, render_content_file(article), force=force)
        results.append(ImportResult(seed, target, status, article.dropped))
    return results
