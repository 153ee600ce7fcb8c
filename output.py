"""The files canbo writes (exports, pages, drawings) take the place of what was there whole, or not at all.

Each is written beside its name and renamed over it only once complete: a full disk,
an interrupt or an error half way leaves the file that was there before, never a
truncated one in its place, and no half-written file behind.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any


@contextmanager
def replacing(path: str | Path, binary: bool = False, newline: str | None = None) -> Iterator[IO[Any]]:
    """A file open for writing that becomes `path` when the block ends without an error.

    A link is followed: what it points to is replaced. What is not a regular file
    (/dev/stdout, a pipe, /dev/full) is written to as it is: it cannot be renamed over.
    """
    target = Path(os.path.realpath(path))
    mode, encoding = ("wb", None) if binary else ("w", "utf-8")
    if target.exists() and not target.is_file():
        with open(target, mode, encoding=encoding, newline=newline) as f:
            yield f
        return
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as f:
            yield f
        os.chmod(temporary, _permissions(target))
        os.replace(temporary, target)
    except BaseException as e:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(e, OSError) and not e.filename:
            raise OSError(e.errno, e.strerror, str(path)) from None
        raise


def write_text(path: str | Path, text: str) -> None:
    """`text` as the whole of the file at `path` (UTF-8), or the file as it was (replacing())."""
    with replacing(path) as f:
        f.write(text)


def _permissions(target: Path) -> int:
    """The file's own permissions when it is replaced, else those a new file gets (mkstemp's are 0600)."""
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
