"""How a worker's bytes are packed for the spool and the cache: LZ4 frames.

An article's graph travels three times (its block of N-Triples and the two parts of its Turtle),
and the one process that writes the union unpacks them all. LZ4 unpacks 74 MB of a
4,000-article build's parts in 0.05 s where zlib took 0.3 s, and packs them ten times faster in
the workers, for files a third larger.
"""

from __future__ import annotations

import lz4.frame

__all__ = ["pack", "unpack"]


def pack(data: bytes) -> bytes:
    return lz4.frame.compress(data)


def unpack(data: bytes) -> bytes:
    return lz4.frame.decompress(data)
