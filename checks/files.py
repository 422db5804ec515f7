"""Reading an input file: a regular file only, and never past a size limit.

A FIFO blocks whoever opens it for reading until a writer comes, so a ledger or a
document that is a FIFO would hang every command and pytest's collection; a device
such as /dev/zero reports a size of 0 and never ends. So a file is opened without
blocking, refused unless it is a regular file (after symlinks), and read in chunks
up to one byte past the limit: its size is measured while reading, never trusted
from `stat`.
"""

from __future__ import annotations

import errno
import os
import stat

CHUNK = 1 << 20


class TooLarge(Exception):
    """The file holds more than `limit` bytes: `size` by its own account, or more than read."""

    def __init__(self, limit: int, size: int | None = None):
        self.limit, self.size = limit, size
        super().__init__(f"file is {size} bytes" if size is not None else f"file holds more than {limit} bytes")


def read_regular(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises OSError (its `strerror` says what to do) for a file that cannot be read
    or is not a regular file, and TooLarge past the limit.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"not a regular file ({kind(mode)}); name a file")
        size = os.fstat(descriptor).st_size
        if size > limit:  # refused before reading; a file that grows is caught below
            raise TooLarge(limit, size)
        os.set_blocking(descriptor, True)
        chunks, read = [], 0
        while read <= limit:
            chunk = os.read(descriptor, min(CHUNK, limit + 1 - read))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            read += len(chunk)
        raise TooLarge(limit)
    finally:
        os.close(descriptor)


def kind(mode: int) -> str:
    """What a file that is not a regular one is, in a few words."""
    kinds = [(stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]
    return next((name for test, name in kinds if test(mode)), "not a regular file")
