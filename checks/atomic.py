"""Atomic file writes: a reader sees the old file or the new one, never half.

Write to a temporary file in the same folder, flush it to disk, then rename it
over the target (an atomic step on POSIX and Windows), keeping the target's
permissions (a new file gets the usual umask-based mode, not mkstemp's 0600). An interrupted write leaves the old file untouched.
"""

from __future__ import annotations

import os


def write_atomic(path: str, text: str, *, encoding: str = "utf-8") -> None:
    import tempfile  # here: it loads random and hashlib, which a run that writes nothing never needs

    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, os.stat(path).st_mode & 0o7777 if os.path.exists(path) else _default_mode())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _default_mode() -> int:
    """What open() would give a new file: 0o666 less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
