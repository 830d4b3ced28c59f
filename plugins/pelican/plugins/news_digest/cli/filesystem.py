"""What the build does to the file system, done so that two builds, a full disk or a read-only folder
cannot leave a half-written site, a damaged cache or debris behind.

- `build_lock`: one build at a time per project (an flock on the `.cache` folder); a second build
  says so, and waits.
- `write_atomically`: a file is replaced whole (temporary file + os.replace), never seen half-written.
- `exchange`: the staging site and the published one change places in one rename (Linux
  renameat2 RENAME_EXCHANGE; elsewhere two renames, as before).
- `remove_tree`: removes a tree even where a folder was made read-only.
- `explain_os_error`: an OSError as one line naming the path and what to do.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

@contextlib.contextmanager
def build_lock(directory: Path, say=lambda text: print(text, file=sys.stderr)):
    """Hold the project's build lock (an flock on its cache folder itself, so no lock file is left
    anywhere); if another build holds it, `say` so and wait for it."""
    directory.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            say(f"digest: another build of this project is running (it holds {directory}); "
                "waiting for it to finish")
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def write_atomically(path: Path, text: str) -> None:
    """Write `path` through a temporary file beside it: readers see the old bytes or the new, never part."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing directories in one step; False where the system cannot (then nothing changed)."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):  # a file system without it
        return False
    raise OSError(code, os.strerror(code), str(b))


def remove_tree(path: Path) -> bool:
    """Remove `path` and everything in it, making read-only folders writable first; True when it is gone."""
    def writable_and_retry(function, name, _info):
        parent = os.path.dirname(name)
        with contextlib.suppress(OSError):
            os.chmod(parent, os.stat(parent).st_mode | stat.S_IRWXU)
            if os.path.isdir(name) and not os.path.islink(name):
                os.chmod(name, os.stat(name).st_mode | stat.S_IRWXU)
        with contextlib.suppress(FileNotFoundError):
            function(name)

    if not os.path.lexists(path):
        return True
    with contextlib.suppress(OSError):
        shutil.rmtree(path, onerror=writable_and_retry)
    return not os.path.lexists(path)


def explain_os_error(error: OSError, where="the output folder") -> str:
    """One line: what failed, on which path (`where` when the error names none), and what the editor can do."""
    path = error.filename or error.filename2 or where
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return (f"digest: no space left on the device for {path}; free some space (or build elsewhere with "
                "-o DIR) and run the build again; the published site was left as it was")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "the file system is read-only" if error.errno == errno.EROFS else "permission denied"
        return (f"digest: cannot write {path} ({why}); make it writable (e.g. chmod -R u+w on the output folder "
                "and its parent) or build elsewhere with -o DIR; the published site was left as it was")
    return (f"digest: {error.strerror or error} ({path}); fix the cause and run the build again; "
            "the published site was left as it was")
