"""A fresh virtual environment with a wheel installed, offline: every distribution it needs is taken
from the running environment (this project's .venv), each installed distribution packed back into a
wheel, and pip resolves the wheel's declared dependencies from those alone."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def _record_line(name: str, data: bytes) -> list[str]:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return [name, f"sha256={digest}", str(len(data))]


def repack(dist: metadata.Distribution, wheelhouse: Path) -> Path:
    """An installed distribution packed back into a wheel: its files inside site-packages and its
    metadata (pip writes the console scripts again from entry_points.txt)."""
    info = Path(dist._path)  # the .dist-info folder  # noqa: SLF001
    site = info.parent
    tags = [line.split(":", 1)[1].strip().split("-") for line in (info / "WHEEL").read_text().splitlines()
            if line.startswith("Tag:")]  # e.g. py2-none-any and py3-none-any: py2.py3-none-any
    tag = "-".join(".".join(dict.fromkeys(t[part] for t in tags)) for part in range(3))
    name = re.sub(r"[-_.]+", "_", dist.metadata["Name"])
    wheel = wheelhouse / f"{name}-{dist.version}-{tag}.whl"
    skip = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}
    record = []
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in dist.files or ():
            path = Path(file)
            if path.parts[0] == ".." or "__pycache__" in path.parts or (
                    path.parts[0] == info.name and path.name in skip):
                continue
            data = (site / path).read_bytes()
            entry = zipfile.ZipInfo(path.as_posix(), date_time=(1980, 1, 1, 0, 0, 0))
            entry.external_attr = ((site / path).stat().st_mode & 0xFFFF) << 16  # executables stay executable
            archive.writestr(entry, data, zipfile.ZIP_DEFLATED)
            record.append(_record_line(path.as_posix(), data))
        rows = io.StringIO()
        csv.writer(rows, lineterminator="\n").writerows([*record, [f"{info.name}/RECORD", "", ""]])
        archive.writestr(f"{info.name}/RECORD", rows.getvalue())
    return wheel


def needed(requirements: list[str], extras=("",)) -> set[str]:
    """The installed distributions these requirements need, transitively (markers evaluated)."""
    found: set[str] = set()
    todo = [(Requirement(r), extra) for r in requirements for extra in extras]
    while todo:
        requirement, extra = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(requirement.name)
        for wanted in ("", *requirement.extras):
            if (name, wanted) in found:
                continue
            found.add((name, wanted))
            todo += [(Requirement(r), wanted) for r in metadata.distribution(name).requires or ()]
    return {name for name, _ in found}


def requirements_of(wheel: Path) -> list[str]:
    """The Requires-Dist lines of a wheel's METADATA."""
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return [line.split(":", 1)[1].strip() for line in archive.read(meta).decode().splitlines()
                if line.startswith("Requires-Dist:")]


def install_offline(wheel: Path, wheelhouse: Path, venv: Path, extra: tuple[str, ...] = ()) -> Path:
    """A new virtual environment at `venv` with `wheel` (and the `extra` requirements) installed from
    `wheelhouse`, filled here with what they need from the running environment."""
    for name in sorted(needed([*requirements_of(wheel), *extra])):
        repack(metadata.distribution(name), wheelhouse)
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet",
         "--no-index", "--find-links", str(wheelhouse), "--no-cache-dir", str(wheel), *extra])
    return venv


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result
