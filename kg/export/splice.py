"""Named graphs that a rebuild copies from the last build's files instead of writing them again.

A build with the cache records where it wrote each article's graph in its N-Quads and TriG files
(offset and length; :mod:`kg.manifest` keeps the record) and a fingerprint of what those bytes
are made of: the article's graph as extracted (a digest of its block) and the people's IRIs that
the resolution moved in it. kg's code and the base IRI make the rest, and are recorded too. The
next build into the same folder copies the bytes of every graph whose fingerprint is unchanged
from the last build's file, if that file is still as the build left it, instead of reading the
graph back, decompressing it and writing it again: one article of 1,000 edited, 999 graphs are
copied. The files are byte for byte those of a build without the record (tested).
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: The outputs written a named graph at a time, in the order of the graphs' IRIs.
FORMATS = ("nquads", "trig")


class Reused:
    """In place of an article's graph: it is copied from the last build's files."""

    def __repr__(self) -> str:
        return "REUSED"


REUSED = Reused()


@dataclass
class Splice:
    """What a build copies from the last build's files, and where it writes each article's graph.

    ``previous`` is the record of the last build (:meth:`record`), with only the files that are
    still as it left them; ``code`` and ``base`` are this build's (a record made by other code
    or for another base IRI is not used). ``Splice()``, with no record, copies nothing (a build
    without the cache).
    """

    previous: dict[str, Any] | None = None
    code: str = ""
    base: str = ""
    fingerprints: dict[str, bytes] = field(default_factory=dict)  # this build's article graphs
    at: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)  # format -> IRI -> where
    lines: dict[str, int] = field(default_factory=dict)  # graph IRI -> its lines, as written
    targets: dict[str, Path] = field(default_factory=dict)  # format -> this build's file
    _open: dict[str, int] = field(default_factory=dict)  # format -> descriptor of the last file
    copied: int = 0  # article graphs copied
    index_path: Path | None = None  # where the index of graph.ttl is kept (kg.union_splice)
    turtle_index: str | None = None  # the digest of the index of the graph.ttl this build wrote

    def _usable(self) -> dict[str, Any]:
        old = self.previous
        if not old or old.get("code") != self.code or old.get("base") != self.base:
            return {}
        return old

    def reusable(self, fingerprints: dict[str, bytes], formats: set[str]) -> set[str]:
        """The graphs (of ``fingerprints``, this build's) that can be copied into every one of
        ``formats``; remembers the fingerprints for the record of this build."""
        self.fingerprints = fingerprints
        old = self._usable()
        files = old.get("files", {})
        if not formats or not formats <= set(files):
            return set()
        try:
            graphs = old["graphs"]
            places = [files[f]["at"] for f in formats]
            for f in formats:  # every place within its file, as the record says (else no record)
                size = os.stat(files[f]["path"]).st_size
                if any(not 0 <= int(a) <= int(a) + int(n) <= size for a, n in files[f]["at"].values()):
                    raise ValueError(f"a graph beyond the end of {files[f]['path']}")
            return {
                iri
                for iri, fp in fingerprints.items()
                if (seen := graphs.get(iri)) is not None
                and seen[0] == fp.hex()
                and all(iri in at for at in places)
            }
        except (OSError, KeyError, TypeError, ValueError, AttributeError) as exc:
            log.warning("the record of the last build's files is not usable (%s); writing every graph", exc)
            self.previous = None
            return set()

    def __enter__(self) -> Splice:
        return self

    def __exit__(self, *exc: object) -> None:
        for fd in self._open.values():
            with contextlib.suppress(OSError):
                os.close(fd)
        self._open.clear()

    def place(self, fmt: str, iri: str) -> tuple[int, int, int]:
        """Where graph ``iri`` is in the last build's file of ``fmt``: an open descriptor of that
        file, the offset and the length."""
        file = self._usable()["files"][fmt]
        fd = self._open.get(fmt)
        if fd is None:
            fd = self._open[fmt] = os.open(file["path"], os.O_RDONLY)
        offset, length = file["at"][iri]
        return fd, int(offset), int(length)

    def old_lines(self, iri: str) -> int:
        return int(self._usable()["graphs"][iri][1])

    def wrote(self, fmt: str, iri: str, offset: int, length: int, lines: int) -> None:
        """Graph ``iri`` is at ``offset`` (``length`` bytes) of this build's ``fmt`` file."""
        if iri in self.fingerprints:
            self.at.setdefault(fmt, {})[iri] = (offset, length)
            self.lines[iri] = lines

    def last_turtle(self) -> tuple[str, str] | None:
        """The last build's graph.ttl, if it is still as that build left it, and the digest of
        its index (:mod:`kg.union_splice`)."""
        file = self._usable().get("files", {}).get("turtle")
        if not isinstance(file, dict) or not isinstance(file.get("index"), str) or self.index_path is None:
            return None
        return str(file["path"]), file["index"]

    def record(self) -> dict[str, Any]:
        """The record of this build's files (:attr:`targets`), for the next build."""
        files = {
            fmt: {"path": str(path.resolve()), "at": self.at.get(fmt, {})}
            for fmt, path in self.targets.items()
            if fmt in FORMATS and fmt in self.at
        }
        if self.turtle_index and "turtle" in self.targets:
            files["turtle"] = {
                "path": str(self.targets["turtle"].resolve()),
                "at": {},
                "index": self.turtle_index,
            }
        return {
            "code": self.code,
            "base": self.base,
            "graphs": {iri: [fp.hex(), self.lines.get(iri, 0)] for iri, fp in self.fingerprints.items()},
            "files": files,
        }
