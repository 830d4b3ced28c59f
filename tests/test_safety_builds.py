"""Builds under fault: two at once, symlinks out of the content folder, a full disk, a read-only folder;
silent conflicts reported; two clean builds identical (search index included); build and check agree."""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from conftest import DIGEST, make_project, run_digest, soup

GOOD = "Title: A hand-written article\nDate: 2024-03-01\nPublisher: World Socialist Web Site\n\nSome text.\n"


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _start(project: Path, output: Path, settings="pelicanconf.py") -> subprocess.Popen:
    return subprocess.Popen([str(DIGEST), "build", "-s", str(project / settings), "-o", str(output)], cwd=project,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _debris(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".output"))


def test_two_clean_builds_are_identical_search_index_included(tmp_path):
    project = make_project(tmp_path / "p")
    trees = []
    for name in ("one", "two"):
        result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(tmp_path / name), cwd=project)
        assert result.returncode == 0, result.stderr
        trees.append(_tree(tmp_path / name))
        shutil.rmtree(project / ".cache", ignore_errors=True)  # clean: no cache
    assert any(name.startswith("pagefind/filter/") for name in trees[0])
    assert trees[0] == trees[1]


def test_two_builds_at_once_in_one_folder_both_succeed_and_equal_a_clean_build(tmp_path):
    project = make_project(tmp_path / "p")
    clean = make_project(tmp_path / "clean")
    assert run_digest("build", "-s", str(clean / "pelicanconf.py"), "-o", str(clean / "output"),
                      cwd=clean).returncode == 0
    builds = [_start(project, project / "output") for _ in range(2)]
    results = [(b.wait(timeout=300), *b.communicate()) for b in builds]
    for code, _out, err in results:
        assert code == 0 and "Traceback" not in err, err
    assert _tree(project / "output") == _tree(clean / "output")
    assert _debris(project) == []


def test_a_second_build_waits_for_the_lock_with_a_message(tmp_path):
    project = make_project(tmp_path / "p")
    (project / ".cache").mkdir()
    lock = os.open(project / ".cache", os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        build = _start(project, project / "output")
        time.sleep(6)
        assert build.poll() is None  # still waiting
        assert not (project / "output").exists()
    finally:
        os.close(lock)
    code = build.wait(timeout=300)
    _out, err = build.communicate()
    assert code == 0, err
    assert "another build of this project is running" in err and "waiting" in err
    assert (project / "output/index.html").exists()


def test_symlinks_out_of_the_content_folder_are_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0 private", encoding="utf-8")
    outside_article = tmp_path / "elsewhere.md"
    outside_article.write_text(GOOD.replace("A hand-written", "An outside"), encoding="utf-8")
    project = make_project(tmp_path / "p")
    (project / "content/images").mkdir(exist_ok=True)
    (project / "content/images/passwd.txt").symlink_to(secret)
    (project / "content/articles/linked.md").symlink_to(outside_article)
    (project / "output").mkdir()
    (project / "output/index.html").write_text("previously published", encoding="utf-8")
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert result.returncode == 1, result.stderr
    for name in ("content/images/passwd.txt", "content/articles/linked.md"):
        assert f"{name}: error: a symbolic link to" in result.stderr, result.stderr
    assert "DIGEST_ALLOW_OUTSIDE_LINKS" in result.stderr
    assert (project / "output/index.html").read_text(encoding="utf-8") == "previously published"
    check = run_digest("check", "-s", str(project / "pelicanconf.py"), cwd=project)
    assert check.returncode == 1 and "content/images/passwd.txt" in check.stdout
    with open(project / "pelicanconf.py", "a", encoding="utf-8") as settings:
        settings.write("\nSTATIC_PATHS = ['images']\nDIGEST_ALLOW_OUTSIDE_LINKS = True\n")
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert result.returncode == 0, result.stderr
    assert "private" in (project / "output/images/passwd.txt").read_text(encoding="utf-8")  # allowed: published


def _can_mount(tmp_path) -> bool:
    if os.geteuid() != 0:
        return False
    probe = tmp_path / "probe"
    probe.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(probe)], capture_output=True).returncode:
        return False
    subprocess.run(["umount", str(probe)], check=True)
    return True


@pytest.fixture
def small_disk(tmp_path):
    """A real file system of 2 MB (a tmpfs; needs root), unmounted afterwards."""
    if not _can_mount(tmp_path):
        pytest.skip("needs root with mount (tmpfs) to fill a real disk; chmod cannot stop root")
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], check=True)
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=True)


def test_a_full_disk_is_one_line_and_leaves_no_debris(tmp_path, small_disk):
    project = make_project(tmp_path / "p")
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(small_disk / "output"), cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("digest:")]
    assert "no space left" in line and str(small_disk) in line and "free some space" in line
    assert list(small_disk.iterdir()) == []  # no staging directory, no .output.old


def test_a_read_only_output_folder_is_one_line_and_keeps_the_site(tmp_path, small_disk):
    project = make_project(tmp_path / "p")
    output = small_disk / "output"
    subprocess.run(["mount", "-o", "remount,size=40m", str(small_disk)], check=True)
    assert run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(output), cwd=project).returncode == 0
    before = _tree(output)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        (project / "content/articles/new.md").write_text(GOOD, encoding="utf-8")
        result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(output), cwd=project)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "read-only" in result.stderr and str(small_disk) in result.stderr
    assert _tree(output) == before
    assert _debris(small_disk) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; the tmpfs test above covers root")
def test_read_only_folders_in_the_old_site_do_not_stop_the_swap(tmp_path):
    """A published site with a folder made read-only (chmod) is still replaced and removed without debris."""
    project = make_project(tmp_path / "p")
    output = project / "output"
    assert run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(output), cwd=project).returncode == 0
    for folder in [output / "articles", output]:
        os.chmod(folder, 0o555)
    (project / "content/articles/new.md").write_text(GOOD, encoding="utf-8")
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(output), cwd=project)
    assert result.returncode == 0, result.stderr
    assert (output / "articles/a-hand-written-article.html").exists()
    assert _debris(project) == []


def test_silent_conflicts_are_reported_with_both_files_and_lines(tmp_path):
    project = make_project(tmp_path / "p")
    events = project / "content/events"
    (events / "nato-summit-vilnius-2023.yml").write_text(
        "title: Another\nstart: 2023-07-11\nsummary: s\n", encoding="utf-8")
    check = run_digest("check", "-s", str(project / "pelicanconf.py"), cwd=project)
    assert check.returncode == 1
    assert re.search(r"content/events/nato-summit-vilnius-2023\.yml:1: error: another event file has the slug "
                     r"'nato-summit-vilnius-2023': content/events/nato-summit-vilnius-2023\.yaml", check.stdout), \
        check.stdout
    (events / "nato-summit-vilnius-2023.yml").unlink()
    vilnius = events / "nato-summit-vilnius-2023.yaml"
    vilnius.write_text(vilnius.read_text(encoding="utf-8").replace(
        "related: [", "related: [nato-summit-vilnius-2023, "), encoding="utf-8")
    people = project / "content/people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + "\n- name: Jacob Sullivan\n  aliases: [Sullivan]\n"
                      "\n- name: Joseph Biden\n  aliases: [Jens Stoltenberg]\n", encoding="utf-8")
    lines = people.read_text(encoding="utf-8").splitlines()
    jacob, joseph = lines.index("- name: Jacob Sullivan") + 1, lines.index("- name: Joseph Biden") + 1
    jake = lines.index("- name: Jake Sullivan") + 1
    jens = lines.index("- name: Jens Stoltenberg") + 1
    check = run_digest("check", "-s", str(project / "pelicanconf.py"), cwd=project)
    assert "content/events/nato-summit-vilnius-2023.yaml:1: warning: the event is listed as related to itself" \
        in check.stdout, check.stdout
    assert (f"content/people.yaml:{jacob}: warning: alias 'Sullivan' of 'Jacob Sullivan' (line {jacob}) is also "
            f"an alias of 'Jake Sullivan' (line {jake})") in check.stdout, check.stdout
    assert (f"content/people.yaml:{joseph}: warning: alias 'Jens Stoltenberg' of 'Joseph Biden' (line {joseph}) is "
            f"the name of 'Jens Stoltenberg' (line {jens})") in check.stdout
    result = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert result.returncode == 0, result.stderr
    page = soup(project / "output/events/nato-summit-vilnius-2023.html")
    assert not page.select('a[href$="nato-summit-vilnius-2023.html"]'), "listed as its own related event"


def _warnings(text: str) -> set[str]:
    return {line for line in text.splitlines() if ": warning: " in line}


def test_the_build_prints_the_warnings_check_prints(tmp_path):
    project = make_project(tmp_path / "p")
    with open(project / "content/people.yaml", "a", encoding="utf-8") as people:
        people.write("\n- name: Nobody Quoted\n")
    (project / "content/events/quiet.yaml").write_text(
        "title: A quiet event\nstart: 2020-01-01\nsummary: Nothing reported.\naliases: [zzyzx]\n", encoding="utf-8")
    with open(project / "content/outlets.yaml", "a", encoding="utf-8") as outlets:
        outlets.write("\n- name: Unused Outlet\n  description: An outlet with no articles here.\n")
    check = run_digest("check", "-s", str(project / "pelicanconf.py"), cwd=project)
    build = run_digest("build", "-s", str(project / "pelicanconf.py"), "-o", str(project / "output"), cwd=project)
    assert build.returncode == 0, build.stderr
    expected = _warnings(check.stdout)
    assert {w for w in expected if "Nobody Quoted" in w or "quiet" in w or "Unused Outlet" in w} and len(expected) >= 5
    assert _warnings(build.stderr) == expected
