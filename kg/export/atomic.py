"""Atomic writes: a temporary file in the target folder, then a rename.

Temporary files are hidden (``.graph.ttl.<pid>.<random>.tmp``) and removed when the write fails
or is interrupted (``KeyboardInterrupt`` included). A process killed outright (SIGKILL) cannot
clean up; :func:`remove_stale` removes the temporary files of processes that no longer run.
:func:`staged` groups several writes so that they replace their targets together.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kg import rx

log = logging.getLogger(__name__)

_TEMP = rx.compile(r"^\..+\.(?P<pid>\d+)\.[A-Za-z0-9_]+\.tmp$")


def _temp(path: Path) -> str:
    """Create a hidden, empty temporary file beside ``path``; readable like an ordinary output."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
    return tmp


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success rename it over ``path``."""
    tmp = _temp(path)
    try:
        with open(tmp, mode, encoding=encoding if "b" not in mode else None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    with atomic_open(path, "wb") as fh:
        fh.write(data)


def write_text(path: Path, text: str) -> None:
    with atomic_open(path, "w") as fh:
        fh.write(text)


class Stage:
    """``stage(target)``: the path to write instead of ``target`` (see :func:`staged`)."""

    def __init__(self) -> None:
        self.pending: list[tuple[Path, Path]] = []
        #: Each target, once renamed into place: the status of the file this block wrote (another
        #: process may have replaced it since; its inode tells).
        self.written: dict[Path, os.stat_result] = {}

    def __call__(self, target: Path) -> Path:
        tmp = Path(_temp(target))
        self.pending.append((tmp, target))
        return tmp


@contextlib.contextmanager
def staged() -> Iterator[Stage]:
    """Write several files all or none: ``stage(target)`` gives the path to write instead.

    When the block ends normally every staged file is renamed over its target; when it raises
    (or is interrupted) the staged files are removed and every target keeps its old content.
    """
    stage = Stage()
    pending = stage.pending
    try:
        yield stage
        for tmp, target in pending:
            status = os.stat(tmp)
            os.replace(tmp, target)
            stage.written[target] = status
        for folder in {target.parent for _, target in pending}:
            _fsync_dir(folder)
    except BaseException:
        for tmp, _ in pending:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_stale(folder: Path) -> list[Path]:
    """Remove the temporary files in ``folder`` left by processes that no longer run."""
    removed = []
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(folder):
            m = _TEMP.match(entry.name)
            if m and entry.is_file(follow_symlinks=False) and not _alive(int(m["pid"])):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
                    log.info("removed %s, left by an interrupted build", entry.path)
    return removed
