"""Keeping the published files a build did not change (cli/published.py), without a build."""

import os

from pelican.plugins.news_digest.cli.published import PublishedFiles


def _site(root, files):
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def test_same_bytes_keep_the_published_file_and_the_record_says_what_was_published(tmp_path):
    output = _site(tmp_path / "output", {"a.html": "same", "b/c.html": "old!"})
    staging = _site(tmp_path / "staging", {"a.html": "same", "b/c.html": "new!", "d.html": "added"})
    inode = (output / "a.html").stat().st_ino
    published = PublishedFiles(output, tmp_path / "cache/record.json")
    assert published.keep_unchanged(staging) == 1
    assert (staging / "a.html").stat().st_ino == inode and (staging / "b/c.html").read_text() == "new!"
    assert set(published.written) == {"a.html", "b/c.html", "d.html"} and not list(staging.rglob("*.kept"))
    published.save()
    assert PublishedFiles(output, tmp_path / "cache/record.json").recorded == published.written
    assert PublishedFiles(tmp_path / "elsewhere", tmp_path / "cache/record.json").recorded == {}


def test_the_record_replaces_reading_the_published_file_only_while_its_stamp_is_the_recorded_one(tmp_path):
    output = _site(tmp_path / "output", {"a.html": "same"})
    staging = _site(tmp_path / "staging", {"a.html": "same"})
    found = (output / "a.html").stat()
    stamp = [found.st_size, found.st_mtime_ns, found.st_ino]
    record = tmp_path / "record.json"
    import json

    record.write_text(json.dumps({"output": str(output), "files": {"a.html": [*stamp, "another digest"]}}))
    assert PublishedFiles(output, record).keep_unchanged(staging) == 0  # trusted: the recorded bytes differ
    os.utime(output / "a.html", ns=(found.st_atime_ns, found.st_mtime_ns + 10**9))  # touched since: read it
    assert PublishedFiles(output, record).keep_unchanged(staging) == 1
    record.write_text("not json")
    assert PublishedFiles(output, record).recorded == {}
