"""The content read exactly as the build reads it, for the commands that do not build.

`digest check`, `eval`, `people` and `suggest-events` need what the build
computes -- passages, quotations, event assignments -- from the same files.
`read_digest` gets them the build's way: Pelican's own article generator,
with the digest's reader (headers checked, HTML sanitised, paragraphs
anchored) and the digest's pipeline connected by the plugin's register().
Nothing is written: no page, no cache.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from pathlib import Path

from .digest import CONTEXT_KEY, Digest
from .files import EditorFiles, editor_files

QUIET = ("pelican.plugins.news_digest.core.pipeline", "pelican.plugins.news_digest.reading")


@dataclasses.dataclass(frozen=True)
class ReadSite:
    """The published articles (Pelican's, read by the digest's reader), their digest and the editor's files."""

    articles: tuple
    digest: Digest  # digest.records: what the stages read of each article, passages included
    files: EditorFiles


def settings_for(content: Path, settings_file: Path | None = None) -> dict:
    """Settings of the site whose content folder is `content`: its pelicanconf.py (the one named, else
    the one beside the folder, else Pelican's defaults) with PATH set to the folder."""
    from pelican.settings import read_settings  # noqa: PLC0415

    settings_file = settings_file or Path(content).parent / "pelicanconf.py"
    return read_settings(str(settings_file) if settings_file.exists() else None,
                         override={"PATH": str(Path(content).resolve())})


def read_site(settings) -> ReadSite:
    """Read every article with the build's reader and run the build's pipeline on them.

    `settings` as `pelican.settings.read_settings` returns them. Problems are
    in `digest.problems` (not logged: the command reports them).
    """
    from pelican.generators import ArticlesGenerator  # noqa: PLC0415 - keep `digest --help` fast

    with _quiet(QUIET):
        pelican = _pelican(settings)
        context = _context(pelican)
        generator = ArticlesGenerator(context=context, settings=pelican.settings, path=pelican.path,
                                      theme=pelican.theme, output_path=pelican.output_path)
        generator.generate_context()
    digest = context.get(CONTEXT_KEY)
    if digest is None:
        raise RuntimeError("the digest's pipeline did not run: is pelican.plugins.news_digest in PLUGINS?")
    return ReadSite(tuple(generator.articles), digest, editor_files(pelican.settings))


def read_file(settings, path: Path):
    """One content file as the build's reader reads it: a Pelican Article, or None when it has errors."""
    from pelican.contents import Article  # noqa: PLC0415
    from pelican.readers import Readers  # noqa: PLC0415

    from .problems import ContentError  # noqa: PLC0415

    with _quiet(QUIET):
        if id(settings) not in _readers:  # one set-up for every file a command reads with these settings
            _readers.clear()
            pelican = _pelican(settings)
            _readers[id(settings)] = (settings, pelican, Readers(pelican.settings))
        _, pelican, readers = _readers[id(settings)]
        root = Path(pelican.settings["PATH"])
        try:
            return readers.read_file(base_path=str(root), path=str(Path(path).resolve().relative_to(root.resolve())),
                                     content_class=Article, context=_context(pelican))
        except ContentError:
            return None


_readers: dict[int, tuple] = {}  # id(settings) -> (settings, kept alive so the id stays theirs; Pelican; Readers)


def _pelican(settings):
    """Pelican set up as a build sets it up (plugins registered, `initialized` sent), writing nothing."""
    from pelican import Pelican  # noqa: PLC0415

    return Pelican(dict(settings, CACHE_CONTENT=False, LOAD_CONTENT_CACHE=False, DIGEST_PUBLISHED_PATH=None))


def _context(pelican) -> dict:
    return {**pelican.settings, "generated_content": {}, "static_links": set(), "static_content": {},
            "localsiteurl": pelican.settings["SITEURL"]}


@contextlib.contextmanager
def _quiet(names):
    """Warnings of these loggers held back: the command reports the problems itself, once."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)
