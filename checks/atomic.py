"""Atomic file writes: a reader sees the old file or the new one, never half.

Write to a temporary file in the same folder, flush it to disk, then rename it
over the target (an atomic step on POSIX and Windows), keeping the target's
permissions (a new file gets the usual umask-based mode, not mkstemp's 0600). An interrupted write leaves the old file untouched.

Decisions: a symlink is written through (the file it points to is replaced, the
link stays); a target that exists and is not a regular file (a folder, a FIFO, a
device such as /dev/null) is refused. With `replaces`, the target must still hold
those bytes right before the rename, or nothing is written (`TargetChanged`): an
edit saved meanwhile is never lost (it could only slip into the microseconds
between that comparison and the rename).
"""

from __future__ import annotations

import errno
import os
import stat

from checks.files import kind


class TargetChanged(OSError):
    """The target changed since it was read; nothing was written."""

    def __init__(self) -> None:
        super().__init__(errno.EAGAIN, "it changed since it was read (an edit saved meanwhile?); "
                                       "nothing was written: run the command again")


def write_atomic(path: str, text: str, *, encoding: str = "utf-8", replaces: bytes | None = None) -> None:
    target = os.path.realpath(path)
    mode = _mode(target)
    if mode is not None and not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, f"not a regular file ({kind(mode)}); name a file")
    folder = os.path.dirname(target)
    import tempfile  # here: it loads random and hashlib, which a run that writes nothing never needs

    handle, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode & 0o7777 if mode is not None else _default_mode())
        if replaces is not None and _current(target) != replaces:
            raise TargetChanged()
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _mode(path: str) -> int | None:
    try:
        return os.stat(path).st_mode
    except FileNotFoundError:
        return None


def _current(path: str) -> bytes | None:
    try:
        with open(path, "rb") as stream:
            return stream.read()
    except FileNotFoundError:
        return None


def _default_mode() -> int:
    """What open() would give a new file: 0o666 less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
