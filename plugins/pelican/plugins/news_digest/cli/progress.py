"""Progress of a long build on a terminal: articles read, pages written, search bundles indexed (quiet when
not a terminal)."""

from __future__ import annotations

import sys

from pelican import signals


class BuildProgress:
    """Counts Pelican's per-article and per-file signals and redraws one status line."""

    EVERY = 100

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.read = self.written = 0
        self.search: tuple[int, int] | None = None  # search bundles indexed, of how many

    def __enter__(self):
        if self.stream.isatty():
            signals.article_generator_context.connect(self.article_read)
            signals.content_written.connect(self.page_written)
        return self

    def __exit__(self, *exc):
        signals.article_generator_context.disconnect(self.article_read)
        signals.content_written.disconnect(self.page_written)
        if self.read + self.written >= self.EVERY or self.search:
            self.stream.write("\n")
        return False

    def article_read(self, sender, metadata=None):
        self.read += 1
        if self.read % self.EVERY == 0:
            self._draw()

    def page_written(self, path, context=None):
        self.written += 1
        if self.written % self.EVERY == 0:
            self._draw()

    def search_indexed(self, done: int, total: int) -> None:
        """`digest build` calls it as the search bundles are indexed (Pagefind runs outside Pelican)."""
        if self.stream.isatty():
            self.search = (done, total)
            self._draw()

    def _draw(self):
        search = f", search index: {self.search[0]} of {self.search[1]} bundles" if self.search else ""
        self.stream.write(f"\rdigest: {self.read} articles read, {self.written} pages written{search}")
        self.stream.flush()
