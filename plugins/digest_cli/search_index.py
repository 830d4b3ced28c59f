"""Pagefind's search index, built while Pelican writes the pages.

Pagefind's indexer runs as a service (`pagefind --service`, the protocol of
its Python wrapper: base64 JSON messages ended by a comma, on stdin/stdout)
in its own process, so pages are indexed on the second core as soon as they
are written instead of in a pass after the build. The wrapper's own client
polls for each answer every 0.1 s (minutes for thousands of pages), hence
this small synchronous one. Only pages marked `data-pagefind-body` are
indexed, as the command-line indexer does when any page is marked.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

logger = logging.getLogger("digest")

MARK = b"data-pagefind-body"


class SearchIndexError(RuntimeError):
    """The indexer failed or answered with an error."""


class SearchIndexer:
    """Feed written pages to one Pagefind service; `finish` writes the index into the site."""

    def __init__(self, site: Path):
        from pagefind.service import get_executable  # noqa: PLC0415 - only builds with search need it

        executable = get_executable()
        if executable is None:
            raise SearchIndexError("Pagefind's binary is missing: run `make publish` to install the pinned packages")
        self.site = site
        self.fallback: str | None = None  # why the index must be built after the build instead
        self.sent: dict[str, tuple[int, int]] = {}  # page -> (size, mtime) when sent
        self._answers: dict[int, dict] = {}
        self._answered = threading.Condition()
        self._next_id = 0
        self._process = subprocess.Popen([str(executable), "--service"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._reader = threading.Thread(target=self._read_answers, daemon=True)
        self._reader.start()
        self._index = self._ask({"type": "NewIndex", "config": None})["index_id"]

    def page_written(self, path: Path) -> None:
        """Pelican wrote `path`: index it now; on any trouble, leave it to a pass after the build."""
        if self.fallback is None:
            try:
                self.add_page(path)
            except (SearchIndexError, OSError, UnicodeDecodeError) as error:
                self.fallback = str(error)
                self.close()

    def add_page(self, path: Path) -> None:
        """Index one written page (anything else is ignored)."""
        if path.suffix != ".html":
            return
        relative = path.relative_to(self.site).as_posix()
        if relative.startswith("pagefind/"):
            return
        content = path.read_bytes()
        stat = path.stat()
        if MARK not in content:
            return
        if relative in self.sent:
            raise SearchIndexError(f"{relative} was written twice; the index would list it twice")
        self.sent[relative] = (stat.st_size, stat.st_mtime_ns)
        url = "/" + relative.removesuffix("index.html")
        self._send({"type": "AddFile", "index_id": self._index, "file_path": None, "url": url,
                    "file_contents": content.decode("utf-8")})

    def finish(self, output_subdir: str = "pagefind") -> None:
        """Index pages written behind Pelican's back, then write the index and stop the service."""
        if self.fallback is None:
            try:
                self._finish(output_subdir)
                return
            except (SearchIndexError, OSError) as error:
                self.fallback = str(error)
                self.close()
        logger.info("digest: indexing for search after the build (%s)", self.fallback)
        index_site_for_search(self.site, output_subdir)

    def _finish(self, output_subdir: str) -> None:
        for folder, _, names in os.walk(self.site):
            for name in sorted(names):
                path = Path(folder, name)
                relative = path.relative_to(self.site).as_posix()
                if relative in self.sent:
                    stat = path.stat()
                    if (stat.st_size, stat.st_mtime_ns) != self.sent[relative]:
                        raise SearchIndexError(f"{relative} changed after it was indexed")
                elif not relative.startswith(f"{output_subdir}/"):
                    self.add_page(path)
        self._ask({"type": "WriteFiles", "index_id": self._index, "output_path": str(self.site / output_subdir)})
        self.close()

    def close(self) -> None:
        if self._process.poll() is None:
            try:
                self._process.stdin.close()
            except OSError:
                pass
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def _send(self, payload: dict) -> int:
        self._next_id += 1
        message = json.dumps({"message_id": self._next_id, "payload": payload}).encode("utf-8")
        try:
            self._process.stdin.write(base64.b64encode(message) + b",")
            self._process.stdin.flush()
        except OSError as error:
            raise SearchIndexError(f"Pagefind's indexer stopped: {error}") from error
        return self._next_id

    def _ask(self, payload: dict) -> dict:
        """Send, then wait for every answer up to this one; the first error raises."""
        wanted = self._send(payload)
        with self._answered:
            while len(self._answers) < wanted and self._reader.is_alive():
                self._answered.wait(timeout=1)
            answers = dict(self._answers)
        for message_id in sorted(answers):
            if answers[message_id].get("type") == "Error":
                raise SearchIndexError(f"Pagefind: {answers[message_id].get('message')}")
        if wanted not in answers:
            raise SearchIndexError("Pagefind's indexer stopped before answering")
        return answers[wanted]

    def _read_answers(self) -> None:
        pending = b""
        while chunk := self._process.stdout.read1(1 << 16):
            pending += chunk
            *messages, pending = pending.split(b",")
            with self._answered:
                for message in messages:
                    answer = json.loads(base64.b64decode(message))
                    message_id = answer.get("message_id")
                    payload = answer.get("payload", {})
                    if message_id is None:  # an unparsable request: Pagefind echoes it back
                        original = json.loads(payload.get("original_message") or "{}")
                        message_id = original.get("message_id", -1)
                    self._answers[message_id] = payload
                self._answered.notify_all()
        with self._answered:
            self._answered.notify_all()


def index_site_for_search(site: Path, output_subdir: str = "pagefind") -> None:
    """Pagefind's command-line indexer over the written site: the slower, one-pass way."""
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", output_subdir],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"search indexing failed: {result.stderr.strip()[-500:]}")
