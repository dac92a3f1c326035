"""kg.rx: patterns made from the compiled code kept on disk are the patterns re.compile makes."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kg import rx

PATTERNS = [
    (r"[一-鿿]{2,4}(?:省|市|县)", 0),
    (r"(?P<name>[\u4e00-\u9fff·]{2,8})（(?P<mark>女|[\u4e00-\u9fff]{1,3}族)）", 0),
    (r"^本报(?P<place>[^\s，。]{2,6})(\d{1,2})月(\d{1,2})日电", re.M),
    (r"(?<![A-Za-z])abc|d(?=e)", re.I),
    (r"(a)(?:b)(?P<c>c)?\1", re.S | re.X),
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """kg.rx with nothing loaded, its file in ``tmp_path``."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_codes", None)
    monkeypatch.setattr(rx, "_path", None)
    monkeypatch.setattr(rx, "_added", 0)
    monkeypatch.setattr(rx, "_used", set())
    return tmp_path


def _reload_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process: nothing in memory, the file on disk."""
    monkeypatch.setattr(rx, "_codes", None)
    monkeypatch.setattr(rx, "_path", None)
    monkeypatch.setattr(rx, "_added", 0)


def test_compiled_then_read_back_equals_re(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = [rx.compile(p, f) for p, f in PATTERNS]
    assert made == [re.compile(p, f) for p, f in PATTERNS]  # same pattern, flags and code
    rx.save()
    files = list((fresh / "patterns").glob("*.pickle"))
    assert len(files) == 1
    _reload_state(monkeypatch)
    again = [rx.compile(p, f) for p, f in PATTERNS]
    assert rx._added == 0  # every one came from the file
    assert again == made
    m = again[1].search("出席的有王小红（女）")
    assert m is not None and (m["name"], m["mark"]) == ("出席的有王小红", "女")
    assert again[1].groupindex == re.compile(PATTERNS[1][0]).groupindex
    assert again[4].groups == 2 and again[3].flags == re.compile(PATTERNS[3][0], re.I).flags


def test_bad_patterns_raise_as_re_does(fresh: Path) -> None:
    with pytest.raises(re.error):
        rx.compile(r"(unclosed")


def test_unreadable_file_is_compiled_again(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rx.compile(PATTERNS[0][0])
    rx.save()
    (path,) = (fresh / "patterns").glob("*.pickle")
    path.write_bytes(b"not a pickle")
    _reload_state(monkeypatch)
    assert rx.compile(PATTERNS[0][0]) == re.compile(PATTERNS[0][0])
    assert rx._added == 1


def test_unwritable_folder_is_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker))
    _reload_state(monkeypatch)
    assert rx.compile(PATTERNS[2][0], PATTERNS[2][1]) == re.compile(PATTERNS[2][0], PATTERNS[2][1])
    rx.save()  # cannot write: no error, nothing written
    assert blocker.read_text().startswith("a file")


def test_every_pattern_of_kg_equals_re() -> None:
    """Every pattern kg's modules hold (made by kg.rx, from the file when an earlier process
    wrote it) is the pattern re.compile makes of its text and flags."""
    from kg.extract import default_stages

    default_stages()
    seen = 0
    for name, module in list(sys.modules.items()):
        if name != "kg" and not name.startswith("kg."):
            continue
        for value in vars(module).values():
            found = [value] if isinstance(value, re.Pattern) else []
            if isinstance(value, (list, tuple)):
                found = [v for v in value if isinstance(v, re.Pattern)]
            for pattern in found:
                assert pattern == re.compile(pattern.pattern, pattern.flags), (name, pattern.pattern)
                seen += 1
    assert seen > 250
