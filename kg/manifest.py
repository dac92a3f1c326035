"""Up to date: a build that would write what is already there writes nothing.

After a build with the cache, kg records (in the cache folder, one small file per output folder)
a digest of what the build read and asked for, and the size and modification time of every
file it wrote. The digest covers each input's cache key (its bytes, the options that change
what is read from it, and kg's code and lexicons: :meth:`kg.cache.Cache.key`), the inputs'
order, the output formats and the base IRI. A later build with the same digest, into a folder
whose files are still as recorded, is up to date: it reads the inputs only to hash them, and
leaves the files as they are (a build of 100,000 articles otherwise rewrites 3 GB of outputs).
Any change (an input, an option, a format, kg itself, an output file edited or removed) builds
again. A manifest that cannot be written or read is no manifest: it never fails a build.

Beside it, kg keeps where the build wrote each article's graph in its N-Quads and TriG files
(:mod:`kg.export.splice`): a build that is not up to date copies the graphs that did not change.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.cache import Cache
from kg.export.atomic import write_text

log = logging.getLogger(__name__)


def digest(keys: Sequence[str], formats: Sequence[str], base: str) -> str:
    """The digest of a build: its inputs' cache keys in order, its formats and base IRI."""
    h = hashlib.sha256(f"kg build\0{base}\0{','.join(sorted(formats))}\0".encode())
    for key in keys:
        h.update(key.encode() + b"\n")
    return h.hexdigest()


def _path(cache: Cache, outdir: Path) -> Path:
    name = hashlib.sha256(str(outdir.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return cache.folder / "builds" / f"{name}.json"


def _stat(path: Path, status: os.stat_result | None = None) -> list[int]:
    """Size, modification time and inode of ``path`` (or of the file whose ``status`` is given)."""
    st = status or os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _graphs_path(cache: Cache, outdir: Path) -> Path:
    return _path(cache, outdir).with_suffix(".graphs.json")


def turtle_index_path(cache: Cache, outdir: Path) -> Path:
    """Where the index of the graph.ttl of the last build into ``outdir`` is kept (:mod:`kg.union_splice`)."""
    return _path(cache, outdir).with_suffix(".turtle.pickle")


def record(
    cache: Cache,
    outdir: Path,
    build: str,
    outputs: Sequence[str],
    graphs: dict[str, Any] | None = None,
    written: Mapping[str, os.stat_result] | None = None,
) -> None:
    """Remember that ``outputs`` (paths) are what the build ``build`` (a digest) wrote to ``outdir``,
    and ``graphs``, where it wrote each article's graph (:meth:`kg.export.splice.Splice.record`).

    ``written``: the status of each file as the build wrote it (:class:`kg.export.atomic.Stage`),
    so that a file another build put there since is not taken for this build's.
    """
    path = _path(cache, outdir)
    written = written or {}
    try:
        files = {str(Path(p).resolve()): _stat(Path(p), written.get(p)) for p in outputs}
        path.parent.mkdir(parents=True, exist_ok=True)
        if graphs:
            _write(_graphs_path(cache, outdir), {"digest": build, **graphs})
        else:
            _graphs_path(cache, outdir).unlink(missing_ok=True)
        _write(path, {"digest": build, "outputs": files})
    except OSError as exc:
        log.warning(
            "cannot record the build of %s in the cache (%s); the next build writes again", outdir, exc
        )


def _write(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON to ``path``, all or nothing."""
    write_text(path, json.dumps(data, separators=(",", ":")))


def graphs(cache: Cache, outdir: Path) -> dict[str, Any] | None:
    """Where the last build into ``outdir`` wrote each article's graph (the record given to
    :func:`record`), with only the files that are still as it left them; None if there is none."""
    try:
        manifest = json.loads(_path(cache, outdir).read_text(encoding="utf-8"))
        found = json.loads(_graphs_path(cache, outdir).read_text(encoding="utf-8"))
        if found.get("digest") != manifest.get("digest"):
            return None
        outputs = manifest["outputs"]
        found["files"] = {
            fmt: file
            for fmt, file in found["files"].items()
            if file["path"] in outputs and _still(Path(file["path"]), outputs[file["path"]])
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return found


def _still(path: Path, recorded: Sequence[int]) -> bool:
    try:
        return _stat(path) == list(recorded)
    except OSError:
        return False


def recorded(cache: Cache, outdir: Path) -> bool:
    """Has a build into ``outdir`` been recorded (is it worth hashing the inputs to compare)?"""
    return _path(cache, outdir).exists()


def up_to_date(cache: Cache, outdir: Path, build: str) -> list[str] | None:
    """The files the build ``build`` wrote to ``outdir``, if it was the last build there and they
    are as it left them; else None."""
    try:
        manifest = json.loads(_path(cache, outdir).read_text(encoding="utf-8"))
        if manifest.get("digest") != build:
            return None
        outputs = manifest["outputs"]
        if not outputs or any(_stat(Path(p)) != list(v) for p, v in outputs.items()):
            return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return list(outputs)
