"""A rebuild takes the digest's event, person and outlet pages from the published site when what they show
did not change, and renders those whose shown data did, and only those (pages/shown.py)."""

from __future__ import annotations

import hashlib
import logging
import re
import shutil

from conftest import make_project


def _tree(root):
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.relative_to(root).parts[0] != "pagefind"}


def test_digest_pages_are_rendered_again_only_when_what_they_show_changed(tmp_path, caplog):
    from pelican.plugins.news_digest.cli.building import build_site

    project = make_project(tmp_path / "warm")
    output = project / "output"

    def rebuild() -> set[str]:
        """The keyed pages the build rendered (the others were taken from the published site)."""
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="pelican.plugins.news_digest.pages.reuse"):
            build_site(project / "pelicanconf.py", output)
        [rendered] = re.findall(r"keyed pages: \d+ reused, \d+ rendered: (.*)$", caplog.text, re.MULTILINE)
        return set(rendered.split())

    def edit(relative, old, new):
        path = project / relative
        assert old in path.read_text("utf-8"), relative
        path.write_text(path.read_text("utf-8").replace(old, new), encoding="utf-8")

    first = rebuild()
    assert {"events/medvedev-nuclear-threats-2023.html", "people/dmitry-medvedev.html",
            "outlets/global-research.html"} <= first
    assert rebuild() == set()  # nothing changed: every keyed page reused

    event = "content/events/medvedev-nuclear-threats-2023.yaml"
    edit(event, "wrote in Rossiyskaya Gazeta", "wrote (edited) in Rossiyskaya Gazeta")
    assert rebuild() == {"events/medvedev-nuclear-threats-2023.html"}  # only its own page shows the summary
    assert "wrote (edited) in Rossiyskaya Gazeta" in (output / "events/medvedev-nuclear-threats-2023.html").read_text("utf-8")

    edit(event, "title: Medvedev's statements", "title: Medvedev's (edited) statements")
    rendered = rebuild()  # the title is on every page linking to the event
    assert {"events/medvedev-nuclear-threats-2023.html", "people/dmitry-medvedev.html"} <= rendered
    assert "Medvedev&#39;s (edited) statements" in (output / "people/dmitry-medvedev.html").read_text("utf-8")
    assert "events/nato-summit-vilnius-2023.html" not in rendered

    edit("content/people.yaml", "- name: Jens Stoltenberg\n", "- name: Jens Stoltenberg\n  description: Edited.\n")
    assert rebuild() == {"people/jens-stoltenberg.html"}

    cold = tmp_path / "cold"
    shutil.copytree(project, cold, symlinks=True, ignore=shutil.ignore_patterns(".cache", "output"))
    build_site(cold / "pelicanconf.py", cold / "output")
    assert _tree(output) == _tree(cold / "output")
