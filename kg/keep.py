"""Small files of derived data kept in kg's cache folder from one process to the next (the
compiled patterns of :mod:`kg.rx`, the tagger's table of characters): read when present and
whole, written atomically (a temporary file, then a rename), and silently left unwritten where
the folder cannot be written: they only save time.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def load(path: Path) -> Any | None:
    """What :func:`dump` wrote to ``path``; None if it is missing or cannot be read."""
    with (
        contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError),
        open(path, "rb") as fh,
    ):
        return pickle.load(fh)
    return None


def dump(path: Path, value: Any) -> bool:
    """Write ``value`` to ``path`` atomically; False if it could not be written."""
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return write(path, data)


def write(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically (not synced to disk: a file cut by a crash is found
    out by whoever reads it); False if it could not be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
