"""Shared fixtures: real Pelican builds into temporary directories."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DIGEST = Path(sys.executable).with_name("digest")


def run_digest(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """The `digest` command as the editor runs it."""
    return subprocess.run([str(DIGEST), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def make_project(tmp: Path, articles: dict[str, str | bytes] | None = None, with_seed_content: bool = True) -> Path:
    """A copy of the project's settings, theme and content in `tmp`, plus extra article files."""
    tmp.mkdir(parents=True, exist_ok=True)
    for name in ("pelicanconf.py", "publishconf.py"):
        shutil.copy(ROOT / name, tmp / name)
    (tmp / "theme").symlink_to(ROOT / "theme")
    (tmp / "plugins").symlink_to(ROOT / "plugins")
    shutil.copytree(ROOT / "content", tmp / "content")
    if not with_seed_content:
        for path in (tmp / "content" / "articles").glob("*.md"):
            path.unlink()
    for name, text in (articles or {}).items():
        path = tmp / "content" / "articles" / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return tmp


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The project's own site, built once with `digest build` into a temporary directory."""
    output = tmp_path_factory.mktemp("site") / "output"
    result = run_digest("build", "--settings", "pelicanconf.py", "--output", str(output))
    assert result.returncode == 0, result.stdout + result.stderr
    return output


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason="Debian's chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never `playwright install`)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run"])
        yield launched
        launched.close()


@contextlib.contextmanager
def serving(directory: Path):
    """`directory` on http://127.0.0.1:<free port>, as `make serve` serves a site."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def served_site(built_site):
    """The built site, served."""
    with serving(built_site) as url:
        yield url
