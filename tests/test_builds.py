"""Builds: deterministic output, interrupted builds leave the published site as it was, deep checks."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import time

from conftest import DIGEST, ROOT, make_project, run_digest


def tree_hashes(root):
    """Every file's hash, except Pagefind's index, whose shard names vary between runs of its indexer."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.relative_to(root).parts[0] != "pagefind"}


def test_two_builds_are_byte_identical(tmp_path):
    project = make_project(tmp_path)
    hashes = []
    for name in ("one", "two"):
        env = {**os.environ, "SITEURL": "https://digest.example.org"}
        result = subprocess.run([str(DIGEST), "build", "-s", str(project / "publishconf.py"), "-o",
                                 str(tmp_path / name)], cwd=project, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        hashes.append(tree_hashes(tmp_path / name))
    assert len(hashes[0]) > 40
    assert hashes[0] == hashes[1]


def _many_articles(count: int) -> dict[str, str]:
    body = "\n\n".join(f"Paragraph {n} of a long report, “with a quotation number {n},” said Anna Berg." for n in range(40))
    return {f"bulk-{i:04d}.md": f"Title: Bulk report {i}\nDate: 2023-07-{1 + i % 28:02d}\nPublisher: Global Research\n\n"
            + body + "\n" for i in range(count)}


def test_interrupted_build_leaves_the_published_site_untouched(tmp_path):
    project = make_project(tmp_path, _many_articles(400))
    output = project / "output"
    output.mkdir()
    (output / "index.html").write_text("published before", encoding="utf-8")
    process = subprocess.Popen([str(DIGEST), "build", "-s", str(project / "pelicanconf.py"), "-o", str(output)],
                               cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while time.time() < deadline and not list(project.glob(".output.build-*/*")):
        time.sleep(0.05)  # wait until Pelican has started writing into the staging directory
    assert list(project.glob(".output.build-*")), "the build writes into a staging directory"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode != 0
    assert "interrupted" in stderr
    assert [p.name for p in output.iterdir()] == ["index.html"]
    assert (output / "index.html").read_text(encoding="utf-8") == "published before"
    assert not list(project.glob(".output.build-*")), "the staging directory is removed"


def test_deep_check_reports_what_only_the_stages_see(tmp_path):
    article = "Title: A report\nDate: 2023-07-11\nPublisher: Global Research\nEvents: no-such-event\n\nText.\n"
    project = make_project(tmp_path, {"a.md": article})
    (project / "content/events/empty-event.yaml").write_text(
        "title: An event nobody covered\nstart: 2020-01-01\nsummary: Nothing.\naliases: [Atlantis]\n", encoding="utf-8")
    result = run_digest("check", "-s", str(project / "pelicanconf.py"), cwd=project)
    assert result.returncode == 1
    assert "unknown event 'no-such-event'" in result.stdout
    assert "empty-event.yaml: warning: event 'An event nobody covered' has no passages" in result.stdout
    assert "'Oleksiy Reznikov' has no quotations in any article" in result.stdout


def test_progress_is_shown_on_a_terminal_only(tmp_path):
    import io

    from pelican.plugins.news_digest.cli.progress import BuildProgress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown, quiet = Terminal(), io.StringIO()
    for stream in (shown, quiet):
        with BuildProgress(stream) as progress:
            for n in range(250):
                from pelican import signals

                signals.article_generator_context.send(None, metadata={})
                signals.content_written.send(f"page-{n}.html", context={})
            progress.search_indexed(3, 16)
    assert "200 articles read" in shown.getvalue() and "pages written" in shown.getvalue()
    assert "250 pages written, search index: 3 of 16 bundles" in shown.getvalue()
    assert quiet.getvalue() == ""


def test_content_cache_is_sealed_reused_and_never_trusted_when_damaged(tmp_path):
    project = make_project(tmp_path)
    output = project / "output"
    assert run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(output), cwd=project).returncode == 0
    [cache] = [p for p in (project / ".cache").iterdir() if p.is_dir()]  # beside it: the published record
    assert (cache / "manifest.json").is_file() and (cache / "ArticlesGenerator-Readers").is_file()

    article = project / "content/articles/000_5f8f8d48b9841d88.md"
    article.write_text(article.read_text(encoding="utf-8").replace("Next week, on July 11-12",
                                                                   "Next week (edited), on July 11-12"), encoding="utf-8")
    assert run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(output), cwd=project).returncode == 0
    page = (output / "articles/nato-plans-escalation-against-russia-at-vilnius-summit.html").read_text("utf-8")
    assert "Next week (edited)" in page, "an edited file is read again, not taken from the cache"

    with open(cache / "ArticlesGenerator-Readers", "r+b") as damaged:
        damaged.truncate(100)
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(output), cwd=project)
    assert result.returncode == 0, result.stderr
    assert "content cache" in result.stderr and "damaged" in result.stderr
    assert "Next week (edited)" in (output / "articles/nato-plans-escalation-against-russia-at-vilnius-summit.html"
                                    ).read_text("utf-8")


def test_the_content_check_remembers_each_file_yet_reports_every_new_problem(tmp_path):
    """A rebuild checks again only the files whose bytes changed; a file made wrong, or one that now shares
    a slug with another, is reported as in a build from nothing."""
    project = make_project(tmp_path)
    build = ["build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output")]
    assert run_digest(*build, cwd=project).returncode == 0
    [cache] = [p for p in (project / ".cache").iterdir() if p.is_dir()]
    assert (cache / "digest-check.pickle").is_file()

    article = project / "content/articles/000_5f8f8d48b9841d88.md"
    good = article.read_text("utf-8")
    article.write_text(good.replace("Date: ", "Date: 2023-02-30 ", 1), encoding="utf-8")
    result = run_digest(*build, cwd=project)
    assert result.returncode == 1 and "000_5f8f8d48b9841d88.md" in result.stderr and "date" in result.stderr
    article.write_text(good, encoding="utf-8")
    (project / "content/articles/copy.md").write_text(good, encoding="utf-8")  # unchanged file, new duplicate
    result = run_digest(*build, cwd=project)
    assert result.returncode == 1 and "duplicate slug" in result.stderr and "copy.md" in result.stderr
    (project / "content/articles/copy.md").unlink()
    result = run_digest(*build, cwd=project)
    assert result.returncode == 0, result.stderr


def test_the_content_check_reads_again_a_file_rewritten_with_its_old_size_and_time(tmp_path):
    """A file whose size, time and inode are the recorded ones is not read again; one rewritten with
    the same size and modification time but another inode (an editor's atomic save) is."""
    project = make_project(tmp_path)
    build = ["build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output")]
    assert run_digest(*build, cwd=project).returncode == 0
    article = project / "content/articles/000_5f8f8d48b9841d88.md"
    good, stat = article.read_text("utf-8"), article.stat()
    bad = good.replace("Date: 2023-07-05", "Date: 2023-13-05", 1)  # the same size, no such month
    assert bad != good and len(bad.encode()) == len(good.encode())
    replacement = article.with_name("replacement.tmp")
    replacement.write_text(bad, encoding="utf-8")
    os.utime(replacement, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    os.replace(replacement, article)
    result = run_digest(*build, cwd=project)
    assert result.returncode == 1 and "000_5f8f8d48b9841d88.md" in result.stderr


def test_resolved_paths_are_those_of_realpath(tmp_path, monkeypatch):
    from pelican.plugins.news_digest.core.settings import _resolved

    (tmp_path / "real/sub").mkdir(parents=True)
    (tmp_path / "real/sub/file.md").write_text("x")
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    (tmp_path / "real/sub/link.md").symlink_to(tmp_path / "real/sub/file.md")
    (tmp_path / "real/loop.md").symlink_to(tmp_path / "real/loop.md")
    for path in ["linked/sub/file.md", "linked/sub/link.md", "real/sub/../sub/file.md", "real/sub/./file.md",
                 "linked/sub/missing.md", "real/loop.md", "linked//sub/", "linked/..", "linked"]:
        assert _resolved(str(tmp_path / path)) == os.path.realpath(tmp_path / path), path
    monkeypatch.chdir(tmp_path / "linked")  # relative paths: from the working folder
    assert _resolved("sub/link.md") == os.path.realpath("sub/link.md")


def test_cache_key_changes_with_settings_plugin_code_and_dependencies(tmp_path):
    from pelican.plugins.news_digest.cli.cache import cache_key

    plugins = tmp_path / "plugins"
    (plugins / "p").mkdir(parents=True)
    (plugins / "p/__init__.py").write_text("X = 1\n")
    lock = tmp_path / "requirements.txt"
    lock.write_text("pelican==4.12.0\n")
    settings = {"SITENAME": "A", "OUTPUT_PATH": "/tmp/one"}
    base = cache_key(settings, [plugins], lock)
    assert cache_key({**settings, "OUTPUT_PATH": "/tmp/two"}, [plugins], lock) == base  # staging dirs vary
    assert cache_key({**settings, "DIGEST_WORKERS": 1}, [plugins], lock) == base  # the same site on any cores
    assert cache_key({**settings, "SITENAME": "B"}, [plugins], lock) != base
    (plugins / "p/__init__.py").write_text("X = 2\n")
    changed_code = cache_key(settings, [plugins], lock)
    assert changed_code != base
    lock.write_text("pelican==4.12.1\n")
    assert cache_key(settings, [plugins], lock) not in (base, changed_code)


def test_cached_rebuilds_match_builds_from_scratch_edit_after_edit(tmp_path):
    """After each kind of edit, a rebuild from the cache (remembered results, reused article pages) equals a
    build from nothing. Each edit reaches article pages by another path."""
    import json
    import shutil

    reprint = ("Title: A second report on the Washington summit\nDate: 2024-07-10\nPublisher: Global Research\n\n"
               "Republican Senator Joni Ernst was blunt: “We need to give them what they need … I do believe "
               "that we should provide them what they need to strike inside of Russia.”\n")  # "also reported by" it
    warm = make_project(tmp_path / "warm", {"second.md": reprint})
    (warm / "theme").unlink()
    shutil.copytree(ROOT / "theme", warm / "theme")  # a copy of the theme, to edit a template

    def build(project):
        result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
        assert result.returncode == 0, result.stderr
        return json.loads((project / "output/api/events.json").read_text("utf-8")), \
            json.loads((project / "output/api/quotes.json").read_text("utf-8"))

    def rebuild_and_compare(step):
        results = build(warm)
        cold = tmp_path / f"cold-{step}"
        shutil.copytree(warm, cold, symlinks=True, ignore=shutil.ignore_patterns(".cache", "output"))
        build(cold)
        assert tree_hashes(warm / "output") == tree_hashes(cold / "output"), step
        return results, {p.name: p.read_text("utf-8") for p in (warm / "output/articles").glob("*.html")}

    def edit(relative, old, new):
        path = warm / relative
        assert old in path.read_text("utf-8"), relative
        path.write_text(path.read_text("utf-8").replace(old, new), encoding="utf-8")

    events_before, quotes_before = build(warm)
    [cache] = [p for p in (warm / ".cache").iterdir() if p.is_dir()]
    assert {"digest-quotes.pickle", "digest-events.pickle", "digest-pages.pickle"} <= {p.name for p in cache.iterdir()}
    feeds = sorted((warm / "output").rglob("*.atom.xml"))
    assert feeds
    build(warm)  # nothing changed: every article page and feed is taken from the published site
    vilnius_page = warm / "output/articles/nato-plans-escalation-against-russia-at-vilnius-summit.html"
    inode = vilnius_page.stat().st_ino
    feed_inodes = {feed: feed.stat().st_ino for feed in feeds}
    build(warm)
    assert {feed: feed.stat().st_ino for feed in feeds} == feed_inodes  # linked, not written again

    edit("content/articles/000_5f8f8d48b9841d88.md", "Next week, on July 11-12", "Next week (edited), on July 11-12")
    _, pages = rebuild_and_compare("article")
    assert "Next week (edited)" in pages[vilnius_page.name] and vilnius_page.stat().st_ino != inode
    changed = [feed for feed in feeds if feed.stat().st_ino != feed_inodes[feed]]
    assert changed and len(changed) < len(feeds)  # the feeds that list the article, only
    assert any("Next week (edited)" in feed.read_text("utf-8") for feed in changed)

    event = warm / "content/events/nato-summit-vilnius-2023.yaml"
    event.write_text("\n".join("aliases: [Vilnius summit]" if line.startswith("aliases:") else
                               "keywords: [accession]" if line.startswith("keywords:") else line
                               for line in event.read_text("utf-8").splitlines()) + "\n", encoding="utf-8")
    edit("content/people.yaml", "aliases: [Stoltenberg, Secretary General Stoltenberg]",
         "aliases: [Secretary General Stoltenberg]")
    (events_after, quotes_after), _ = rebuild_and_compare("event and people")
    vilnius = {e["slug"]: len(e["passages"]) for e in events_before}["nato-summit-vilnius-2023"]
    assert {e["slug"]: len(e["passages"]) for e in events_after}["nato-summit-vilnius-2023"] < vilnius

    def speaker_of(quotes, words):
        return {q["speaker"]["name"] for q in quotes if q["text"].startswith(words) and q["speaker"]}
    words = "In the event of a crisis, NATO"  # "Stoltenberg" no longer names him: attributed otherwise
    assert speaker_of(quotes_before, words) == {"Jens Stoltenberg"} != speaker_of(quotes_after, words)

    edit("content/outlets.yaml", "- name: Global Research\n", "- name: Global Research (renamed)\n  slug: global-research\n")
    edit("content/outlets.yaml", "aliases: [Centre for Research on Globalization,",
         "aliases: [Global Research, Centre for Research on Globalization,")
    _, pages = rebuild_and_compare("outlet")
    washington = pages["washington-summit-will-announce-plans-to-set-up-nato-office-inside-ukraine.html"]
    assert "Global Research (renamed)" in washington  # only in its quotations' "also reported by"

    (warm / "content/articles/newest.md").write_text(  # the newest article gets a newer neighbour
        "Title: A later report\nDate: 2024-08-20\nPublisher: OPORA\n\nA later paragraph.\n", encoding="utf-8")
    _, pages = rebuild_and_compare("new article")
    assert "A later report" in pages["zelensky-wants-west-to-escalate-war-with-russia.html"]

    edit("content/pages/about.md", "Title: About this site", "Title: About the digest")  # the menu of every page
    _, pages = rebuild_and_compare("menu")
    assert all("About the digest" in page for page in pages.values())

    edit("theme/templates/article.html", '<article class="article">', '<article class="article" data-edited>')
    _, pages = rebuild_and_compare("template")
    assert all("data-edited" in page for page in pages.values())


def test_result_store_keeps_only_what_the_last_build_used_and_distrusts_other_code(tmp_path, caplog):
    from pelican.plugins.news_digest.core.memo import ResultStore

    path = tmp_path / "digest-x.pickle"
    first = ResultStore(path, "code-1")
    assert [first.remembered(k, str.upper, k) for k in ("a", "b")] == ["A", "B"]
    first.save()
    second = ResultStore(path, "code-1")
    assert second.remembered("a", lambda: "recomputed") == "A" and (second.hits, second.misses) == (1, 0)
    second.save()  # "b" was not used: dropped
    assert ResultStore(path, "code-1").previous == {"a": "A"}
    assert ResultStore(path, "code-2").previous == {}  # written by other code: not trusted
    path.write_bytes(b"not a pickle")
    assert ResultStore(path, "code-1").previous == {} and "ignoring the result cache" in caplog.text
    assert ResultStore(None, "code-1").remembered("a", lambda: "computed") == "computed"


def test_result_store_is_written_only_when_what_the_build_used_changed(tmp_path):
    from pelican.plugins.news_digest.core.memo import ResultStore

    path = tmp_path / "digest-x.pickle"
    first = ResultStore(path, "code-1")
    [first.remembered(k, str.upper, k) for k in ("a", "b")]
    first.save()
    stamp = (path.stat().st_ino, path.stat().st_mtime_ns)
    same = ResultStore(path, "code-1")
    [same.remembered(k, lambda: "recomputed") for k in ("a", "b")]
    same.keep("b", "B")  # an equal value kept again
    same.save()
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == stamp  # nothing changed: not written again
    more = ResultStore(path, "code-1")
    assert [more.remembered(k, str.upper, k) for k in ("a", "b", "c")] == ["A", "B", "C"]
    more.save()
    assert ResultStore(path, "code-1").previous == {"a": "A", "b": "B", "c": "C"}
    fewer = ResultStore(path, "code-1")
    fewer.remembered("a", str.upper, "a")
    fewer.save()
    assert ResultStore(path, "code-1").previous == {"a": "A"}
    other = ResultStore(path, "code-2")
    other.remembered("a", str.upper, "a")
    other.save()  # the same entries, from other code: written, so that this code trusts it next time
    assert ResultStore(path, "code-2").previous == {"a": "A"}


def test_a_rebuild_leaves_unchanged_files_as_they_were(tmp_path):
    project = make_project(tmp_path)
    output = project / "output"
    build = ["build", "-s", str(project / "pelicanconf.py"), "-o", str(output)]
    assert run_digest(*build, cwd=project).returncode == 0
    about, edited = output / "about.html", output / "articles/nato-plans-escalation-against-russia-at-vilnius-summit.html"
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (about, edited)}
    time.sleep(0.05)
    article = project / "content/articles/000_5f8f8d48b9841d88.md"
    article.write_text(article.read_text("utf-8").replace("Next week, on July 11-12", "Next week (edited), on July 11-12"),
                       encoding="utf-8")
    assert run_digest(*build, cwd=project).returncode == 0
    assert (about.stat().st_ino, about.stat().st_mtime_ns) == before[about]  # the same file, not rewritten
    assert (edited.stat().st_ino, edited.stat().st_mtime_ns) != before[edited]
    assert "Next week (edited)" in edited.read_text("utf-8")
    assert not list(output.rglob(".*.kept"))


def test_a_rebuild_takes_unchanged_article_pages_and_renders_one_altered_after_publishing(tmp_path, caplog):
    import logging

    from pelican.plugins.news_digest.cli.building import build_site

    project = make_project(tmp_path)
    output = project / "output"
    assert run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(output), cwd=project).returncode == 0
    altered = output / "articles/nato-plans-escalation-against-russia-at-vilnius-summit.html"
    good = altered.read_text("utf-8")
    altered.write_text(good.replace("Vilnius", "Vilnius (altered by hand)"), encoding="utf-8")
    with caplog.at_level(logging.DEBUG, logger="pelican.plugins.news_digest.pages.reuse"):
        build_site(project / "pelicanconf.py", output)
    assert re.search(r"keyed pages: \d+ reused, 1 rendered: articles/nato-plans-escalation-against-russia-at-vilnius"
                     r"-summit.html$", caplog.text, re.MULTILINE)
    assert altered.read_text("utf-8") == good  # the altered copy was not trusted


def test_an_edited_override_template_is_never_served_from_the_previous_build(tmp_path):
    """THEME_TEMPLATES_OVERRIDES (searched before the theme) counts in what an article page is made from."""
    project = make_project(tmp_path / "site")
    overrides = project / "overrides"
    overrides.mkdir()
    article = (ROOT / "theme/templates/article.html").read_text("utf-8")
    (overrides / "article.html").write_text(article, encoding="utf-8")
    with open(project / "pelicanconf.py", "a", encoding="utf-8") as conf:
        conf.write("THEME_TEMPLATES_OVERRIDES = ['overrides']\n")

    def build():
        result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"),
                            cwd=project)
        assert result.returncode == 0, result.stderr
        return [p.read_text("utf-8") for p in (project / "output/articles").glob("*.html")]

    assert not any("data-override" in page for page in build())
    (overrides / "article.html").write_text(
        article.replace('<article class="article">', '<article class="article" data-override>'), encoding="utf-8")
    pages = build()
    assert pages and all("data-override" in page for page in pages)
