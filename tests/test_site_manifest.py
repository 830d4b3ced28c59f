"""The seed site, built now, publishes what it published before the digest was restructured.

tests/data/seed_site_manifest.json was first made from a build of this
repository at commit 9ac531b (before the stages became one pipeline); the
pipeline commits left it unchanged. A difference here is either a regression
or intended; an intended one is accepted by regenerating the manifest
deliberately and naming it in the commit message (`git log` of the manifest
lists them):

    .venv/bin/digest build --settings pelicanconf.py --output /tmp/seed-site
    .venv/bin/python tests/site_manifest.py /tmp/seed-site --write tests/data/seed_site_manifest.json
    git diff tests/data/seed_site_manifest.json   # review every changed line
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

from site_manifest import dumps, manifest

MANIFEST = Path(__file__).parent / "data" / "seed_site_manifest.json"
MAX_SHOWN = 12  # differing entries shown in full; the others are only named


def differences(expected: dict, found: dict) -> list[str]:
    """A readable account: files added and removed, then a unified diff per page, JSON file or feed."""
    lines = []
    before, after = set(expected["files"]), set(found["files"])
    lines += [f"file no longer published: {f}" for f in sorted(before - after)]
    lines += [f"file newly published: {f}" for f in sorted(after - before)]
    changed = []
    for section in ("pages", "api", "feeds"):
        for name in sorted(set(expected[section]) | set(found[section])):
            if expected[section].get(name) != found[section].get(name):
                changed.append((section, name))
    if expected["sitemap"] != found["sitemap"]:
        changed.append(("sitemap", None))
    for number, (section, name) in enumerate(changed):
        if number >= MAX_SHOWN:
            lines.append(f"... and {len(changed) - MAX_SHOWN} more: "
                         + ", ".join(n or s for s, n in changed[MAX_SHOWN:]))
            break
        old = expected[section] if name is None else expected[section].get(name)
        new = found[section] if name is None else found[section].get(name)
        label = name or section
        lines += difflib.unified_diff(dumps(old).splitlines(), dumps(new).splitlines(),
                                      f"before: {label}", f"now: {label}", n=2, lineterm="")
    return lines


def test_the_seed_site_publishes_what_it_published_before(built_site):
    expected = json.loads(MANIFEST.read_text(encoding="utf-8"))
    found = manifest(built_site)
    report = differences(expected, found)
    assert not report, ("the published seed site differs from tests/data/seed_site_manifest.json "
                        "(if intended, regenerate it as this module's docstring says):\n" + "\n".join(report))


def test_the_comparison_names_what_changed(built_site):
    """The diff a reviewer reads points at the page and the field, not at a 6,000-line file."""
    expected = json.loads(MANIFEST.read_text(encoding="utf-8"))
    altered = json.loads(json.dumps(expected))
    page = next(name for name, entry in altered["pages"].items() if entry["quotes"])
    altered["pages"][page]["quotes"][0][0] = "Somebody Else"
    altered["files"].remove(page)
    report = "\n".join(differences(expected, altered))
    assert f"file no longer published: {page}" in report
    assert f"now: {page}" in report and "Somebody Else" in report
    assert differences(expected, expected) == []
