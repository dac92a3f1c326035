"""A rebuild copies the unchanged articles' graphs from the last build's N-Quads and TriG files,
and writes exactly the bytes of a build from scratch."""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

import pytest
from test_scale import PAGES as ARCHIVE
from test_scale import pages

import kg.stream
from kg.cache import Cache, fingerprint
from kg.export.splice import Splice
from kg.stream import build_to

FORMATS = ("nquads", "trig", "turtle", "ntriples")
#: The archive of test_scale without a2, which has the official of a1 in the same post: added,
#: it changes his IRI in a1's graph.
PAGES = {name: text for name, text in ARCHIVE.items() if name != "a2.txt"}
SAME_OFFICIAL = ARCHIVE["a2.txt"]


def first_build(tmp_path: Path, formats: tuple[str, ...]) -> tuple[Path, Path, Cache]:
    """The input folder of :data:`PAGES`, the output folder and the cache of a first build."""
    folder = pages(tmp_path / "in", PAGES)
    out, cache = tmp_path / "out", Cache(tmp_path / "cache")
    build_to([folder], out, formats, jobs=1, cache=cache)
    return folder, out, cache


def edit_d1(folder: Path) -> None:
    """Change one article (d1) of the input folder."""
    (folder / "d1.txt").write_text(PAGES["d1.txt"] + "李华出席会议。\n", encoding="utf-8")


def copied(caplog: pytest.LogCaptureFixture) -> tuple[int, int] | None:
    """(graphs copied, articles) from the build's log, or None if nothing was copied."""
    found = [re.match(r"(\d+) of (\d+) articles' graphs copied", r.getMessage()) for r in caplog.records]
    found = [m for m in found if m]
    return (int(found[-1][1]), int(found[-1][2])) if found else None


def people_of_a1(nquads: str) -> set[str]:
    """The person IRIs in the graph of article a1."""
    lines = [line for line in nquads.splitlines() if line.endswith("/article/a1/graph> .")]
    found = {iri for line in lines for iri in re.findall(r"<([^>]*/person/[^>]*)>", line)}
    assert found
    return found


def same_as_fresh(folder: Path, out: Path, tmp_path: Path, formats: tuple[str, ...] = FORMATS) -> None:
    fresh = tmp_path / "fresh"
    build_to([folder], fresh, formats, jobs=1)
    for path in fresh.iterdir():
        assert (out / path.name).read_bytes() == path.read_bytes(), path.name


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_rebuild_copies_the_unchanged_graphs_and_writes_what_a_fresh_build_writes(
    jobs: int, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    if jobs > 1:  # and the union in a second process, as a big build writes it
        monkeypatch.setattr(kg.stream, "PARALLEL_UNION", 1)
        monkeypatch.setattr(kg.stream, "PARALLEL_UNION_FORKED", 1)
    folder = pages(tmp_path / "in", PAGES)
    out, cache = tmp_path / "out", Cache(tmp_path / "cache")
    caplog.set_level(logging.INFO, logger="kg.stream")
    build_to([folder], out, FORMATS, jobs=jobs, cache=cache)
    assert copied(caplog) is None
    (folder / "c1.txt").write_text(PAGES["c1.txt"] + "应急管理部部长李华出席。\n", encoding="utf-8")
    caplog.clear()
    assert build_to([folder], out, FORMATS, jobs=jobs, cache=cache).copied == 3
    assert copied(caplog) == (3, 4)
    assert "李华" in (out / "graph.trig").read_text(encoding="utf-8")
    same_as_fresh(folder, out, tmp_path)


def test_graphs_whose_people_the_resolution_moved_are_written_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder, out, cache = first_build(tmp_path, ("nquads", "trig"))
    before = (out / "graph.nq").read_text(encoding="utf-8")
    pages(folder, {"a2.txt": SAME_OFFICIAL})
    caplog.set_level(logging.INFO, logger="kg.stream")
    build_to([folder], out, ["nquads", "trig"], jobs=1, cache=cache)
    assert copied(caplog) == (3, 5)  # a1 is written again: its official is now one person with a2's
    after = (out / "graph.nq").read_text(encoding="utf-8")
    assert people_of_a1(before) != people_of_a1(after)
    same_as_fresh(folder, out, tmp_path, ("nquads", "trig"))


def test_an_output_edited_since_the_last_build_is_not_copied_from(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder, out, cache = first_build(tmp_path, ("nquads", "trig"))
    with open(out / "graph.nq", "r+b") as fh:  # same size, other bytes: only the time tells
        fh.write(b"#")
    edit_d1(folder)
    caplog.set_level(logging.INFO, logger="kg.stream")
    build_to([folder], out, ["nquads", "trig"], jobs=1, cache=cache)
    assert copied(caplog) is None
    same_as_fresh(folder, out, tmp_path, ("nquads", "trig"))


def test_a_new_format_or_no_cache_copies_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder, out, cache = first_build(tmp_path, ("nquads",))
    edit_d1(folder)
    caplog.set_level(logging.INFO, logger="kg.stream")
    build_to([folder], out, ["nquads", "trig"], jobs=1, cache=cache)  # no TriG to copy from
    assert copied(caplog) is None
    (folder / "d1.txt").write_text(PAGES["d1.txt"], encoding="utf-8")
    build_to([folder], out, ["nquads", "trig"], jobs=1)
    assert copied(caplog) is None
    same_as_fresh(folder, out, tmp_path, ("nquads", "trig"))


def test_a_record_of_other_code_or_another_base_is_not_used(tmp_path: Path) -> None:
    (tmp_path / "graph.nq").write_bytes(b"x" * 10)
    record = {
        "code": fingerprint(),
        "base": "https://kg.example.org/id/",
        "graphs": {"g1": [b"f".hex(), 3]},
        "files": {"nquads": {"path": str(tmp_path / "graph.nq"), "at": {"g1": [0, 10]}}},
    }
    this = {"g1": b"f"}
    assert Splice(record, fingerprint(), "https://kg.example.org/id/").reusable(this, {"nquads"}) == {"g1"}
    assert not Splice(record, fingerprint(), "https://kg.example.org/id/").reusable({"g1": b"e"}, {"nquads"})
    assert not Splice(record, fingerprint(), "https://kg.example.org/id/").reusable(this, {"nquads", "trig"})
    assert not Splice(record, "other code", "https://kg.example.org/id/").reusable(this, {"nquads"})
    assert not Splice(record, fingerprint(), "https://other.example.org/").reusable(this, {"nquads"})
    assert not Splice(None, fingerprint(), "https://kg.example.org/id/").reusable(this, {"nquads"})


@pytest.mark.parametrize(
    "damage",
    [
        lambda files: files["nquads"]["at"].update({k: [10**9, 5] for k in files["nquads"]["at"]}),
        lambda files: files["nquads"].update(at=[1, 2]),
        lambda files: files["nquads"]["at"].update({k: ["x", None] for k in files["nquads"]["at"]}),
        lambda files: files["nquads"].update(path=None),
    ],
)
def test_a_damaged_record_writes_every_graph(
    damage, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder, out, cache = first_build(tmp_path, ("nquads",))
    [path] = (tmp_path / "cache" / "builds").glob("*.graphs.json")
    record = json.loads(path.read_text(encoding="utf-8"))
    damage(record["files"])
    path.write_text(json.dumps(record), encoding="utf-8")
    edit_d1(folder)
    caplog.set_level(logging.INFO, logger="kg")
    build_to([folder], out, ["nquads"], jobs=1, cache=cache)
    assert copied(caplog) is None
    same_as_fresh(folder, out, tmp_path, ("nquads",))


def test_a_file_put_in_place_by_another_build_is_not_taken_for_this_builds(tmp_path: Path) -> None:
    # another build (or a copy) left a file of the same size and time: a different file all the same
    folder, out, cache = first_build(tmp_path, ("nquads",))
    target = out / "graph.nq"
    status, data = target.stat(), target.read_bytes()
    other = tmp_path / "other.nq"
    other.write_bytes(data[::-1])
    os.utime(other, ns=(status.st_atime_ns, status.st_mtime_ns))
    os.replace(other, target)
    assert target.stat().st_size == status.st_size and target.stat().st_mtime_ns == status.st_mtime_ns
    again = build_to([folder], out, ["nquads"], jobs=1, cache=cache)
    assert not again.up_to_date and again.copied == 0
    assert target.read_bytes() == data


@pytest.mark.parametrize("kernel", [True, False])
def test_copies_are_joined_into_runs_and_made_by_the_kernel_or_by_hand(
    kernel: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from kg.export import rdf

    calls: list[tuple[int, int]] = []
    real = os.copy_file_range

    def counted(src: int, dst: int, count: int, offset_src: int | None = None) -> int:
        calls.append((offset_src or 0, count))
        if not kernel:  # as on another file system
            raise OSError(errno.EXDEV, "cross-device")
        return real(src, dst, count, offset_src)

    monkeypatch.setattr(os, "copy_file_range", counted)
    old = tmp_path / "old"
    old.write_bytes(b"<a> .\n<b> .\n<c> .\n<d> .\n")
    fd = os.open(old, os.O_RDONLY)
    try:
        with open(tmp_path / "new", "wb") as fh:
            sink = rdf._Sink(fh)
            sink.add(b"# head\n")
            sink.copy(fd, 0, 6)  # <a>, then <b> right after it: one copy
            sink.copy(fd, 6, 6)
            sink.add(b"<new> .\n")
            sink.copy(fd, 18, 6)  # <d>
            sink.flush()
    finally:
        os.close(fd)
    assert (tmp_path / "new").read_bytes() == b"# head\n<a> .\n<b> .\n<new> .\n<d> .\n"
    assert sink.total == len(b"# head\n<a> .\n<b> .\n<new> .\n<d> .\n")
    assert calls == [(0, 12), (18, 6)]  # two runs; by hand where the kernel cannot copy


def test_a_copy_beyond_the_end_of_the_last_file_is_an_error(tmp_path: Path) -> None:
    from kg.export.rdf import copy_range

    old = tmp_path / "old"
    old.write_bytes(b"<a> .\n")
    fd, out = os.open(old, os.O_RDONLY), os.open(tmp_path / "new", os.O_WRONLY | os.O_CREAT)
    try:
        with pytest.raises(OSError, match="shorter than it left it"):
            copy_range(fd, out, 0, 100)
    finally:
        os.close(fd)
        os.close(out)
