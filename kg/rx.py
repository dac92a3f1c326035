"""Regular expressions compiled once per machine, not once per process.

kg's grammar compiles about 500 patterns when its modules are imported, and a character class
of Han characters (``[一-鿿]``) costs Python's compiler a loop over 20,000 code points: each fresh
process (a ``kg build`` after one file changed, each of its workers) spent about 0.2 s compiling
the same patterns again. :func:`compile` keeps what the compiler made of each pattern (the code
that ``_sre.compile`` takes) in a file of kg's cache folder, one per Python build, and makes the
pattern from it the next time: the object ``re.compile`` returns (they compare equal; test).
Anything unexpected (another Python's internals, an unreadable or unwritable file) falls back
to ``re.compile``. The file is written by :func:`save`, atomically.

Only patterns fixed by the code belong here; a pattern made from an article's text is compiled
with ``re.compile``, or this file would grow with every article.
"""

from __future__ import annotations

import atexit
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

from kg import keep

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation of re: compile as usual
    _sre = None  # type: ignore[assignment]

_Entry = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]  # _sre.compile's arguments

#: A file with more patterns than this keeps only those this process used when it is written
#: again (patterns of older versions of kg go).
KEPT = 4000

_codes: dict[tuple[str, int], _Entry] | None = None
_used: set[tuple[str, int]] = set()
_path: Path | None = None
_added = 0
_registered = False


def _file() -> Path:
    """The file of this Python build's compiled patterns."""
    tag = f"{sys.implementation.cache_tag} {sys.version} {getattr(_sre, 'MAGIC', '')} {_sre.CODESIZE}"
    return keep.cache_dir() / "patterns" / (hashlib.sha256(tag.encode()).hexdigest()[:16] + ".pickle")


def _load() -> dict[tuple[str, int], _Entry]:
    global _codes, _path
    if _codes is None:
        _path = _file()
        loaded = keep.load(_path)
        _codes = loaded if isinstance(loaded, dict) else {}
    return _codes


def _entry(pattern: str, flags: int) -> _Entry:
    """``_sre.compile``'s arguments after the pattern, as ``re._compiler.compile`` makes them."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001 (as re's)
    """``re.compile(pattern, flags)``, from the compiled code kept on disk when it is there."""
    global _added, _registered
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    codes = _load()
    _used.add(key)
    entry = codes.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except (TypeError, ValueError, RuntimeError):
            pass  # not what this Python's _sre takes: compile again below
    try:
        entry = _entry(pattern, int(flags))
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 (internals of another Python: the public way)
        return re.compile(pattern, flags)
    codes[key] = entry
    if not _registered:
        atexit.register(save)  # a worker process leaves by os._exit: it calls save() itself
        _registered = True
    _added += 1
    return compiled


def save() -> None:
    """Write the compiled patterns, if this process compiled new ones (atomically; silent if the
    cache folder cannot be written)."""
    global _added
    if not _added or _codes is None or _path is None:
        return
    kept = _codes if len(_codes) <= KEPT else {k: v for k, v in _codes.items() if k in _used}
    if keep.dump(_path, kept):
        _added = 0
