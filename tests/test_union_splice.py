"""A rebuild writes again only the statements of graph.ttl whose subjects' lines changed, copies
the rest from the last build's graph.ttl, and writes exactly the bytes of a build from scratch."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from test_scale import pages
from test_splice import PAGES, SAME_OFFICIAL, same_as_fresh

import kg.stream
from kg import union_splice
from kg.cache import Cache
from kg.stream import build_to

FORMATS = ("turtle", "trig")


@pytest.fixture(autouse=True)
def any_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """Splice whatever share of the few test articles changed."""
    monkeypatch.setattr(union_splice, "MOST_CHANGED", 1.0)


def spliced(caplog: pytest.LogCaptureFixture) -> tuple[int, int] | None:
    """(statements written again, statements) from the build's log, or None if graph.ttl was
    written in full."""
    found = [re.match(r"graph.ttl: (\d+) of (\d+) statements", r.getMessage()) for r in caplog.records]
    found = [m for m in found if m]
    return (int(found[-1][1]), int(found[-1][2])) if found else None


def rebuild(
    folder: Path, out: Path, cache: Cache, caplog: pytest.LogCaptureFixture, formats=FORMATS, jobs: int = 1
) -> tuple[int, int] | None:
    caplog.clear()
    caplog.set_level(logging.INFO, logger="kg")
    build_to([folder], out, formats, jobs=jobs, cache=cache)
    return spliced(caplog)


def first(tmp_path: Path, formats=FORMATS, jobs: int = 1) -> tuple[Path, Path, Cache]:
    folder = pages(tmp_path / "in", PAGES)
    out, cache = tmp_path / "out", Cache(tmp_path / "cache")
    build_to([folder], out, formats, jobs=jobs, cache=cache)
    return folder, out, cache


@pytest.mark.parametrize(("jobs", "spawn"), [(1, False), (2, False), (2, True)])
def test_an_edited_article_writes_its_subjects_again_and_the_file_is_a_fresh_builds(
    jobs: int, spawn: bool, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    if jobs > 1:  # the first build writes (and indexes) graph.ttl in a second process
        monkeypatch.setattr(kg.stream, "PARALLEL_UNION", 1)
        monkeypatch.setattr(kg.stream, "PARALLEL_UNION_FORKED", 1)
    if spawn:  # spawned, as for a big build, not forked
        monkeypatch.setattr(kg.stream, "SPAWN_UNION", 1)
    folder, out, cache = first(tmp_path, jobs=jobs)
    (folder / "c1.txt").write_text(PAGES["c1.txt"] + "应急管理部部长李华出席。\n", encoding="utf-8")
    written, statements = rebuild(folder, out, cache, caplog, jobs=jobs)
    assert 0 < written < statements
    assert "李华" in (out / "graph.ttl").read_text(encoding="utf-8")
    same_as_fresh(folder, out, tmp_path, FORMATS)
    # and again from the index this rebuild kept
    (folder / "b1.txt").write_text(PAGES["b1.txt"] + "晋中市市长赵敏出席。\n", encoding="utf-8")
    assert rebuild(folder, out, cache, caplog, jobs=jobs)
    same_as_fresh(folder, out, tmp_path, FORMATS)


def test_articles_added_and_removed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder, out, cache = first(tmp_path)
    (folder / "d1.txt").unlink()
    pages(folder, {"e1.txt": "大同市召开会议\n\n2024年8月9日，大同市委书记孙立出席会议。\n"})
    assert rebuild(folder, out, cache, caplog)
    same_as_fresh(folder, out, tmp_path, FORMATS)


def test_people_the_resolution_moved_are_written_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # a2 has the official of a1 in the same post: his IRI in a1's lines changes
    folder, out, cache = first(tmp_path)
    pages(folder, {"a2.txt": SAME_OFFICIAL})
    assert rebuild(folder, out, cache, caplog)
    same_as_fresh(folder, out, tmp_path, FORMATS)


def test_turtle_alone(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder, out, cache = first(tmp_path, ("turtle",))
    (folder / "c1.txt").write_text(PAGES["c1.txt"] + "应急管理部部长李华出席。\n", encoding="utf-8")
    caplog.set_level(logging.INFO, logger="kg")
    again = build_to([folder], out, ["turtle"], jobs=1, cache=cache)
    assert spliced(caplog)
    fresh = build_to([folder], tmp_path / "fresh", ["turtle"], jobs=1)
    assert again.report["summary"] == fresh.report["summary"]  # the count of triples too
    same_as_fresh(folder, out, tmp_path, ("turtle",))


def test_a_shared_subject_keeps_the_lines_of_the_articles_that_did_not_change(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # 太原市 is in a1 and a2: a1 edited, the place's statement still holds a2's lines
    folder, out, cache = first(tmp_path)
    (folder / "a1.txt").write_text(PAGES["a1.txt"].replace("出席会议并讲话", "出席会议"), encoding="utf-8")
    assert rebuild(folder, out, cache, caplog)
    same_as_fresh(folder, out, tmp_path, FORMATS)
    (folder / "a1.txt").unlink()
    assert rebuild(folder, out, cache, caplog)
    same_as_fresh(folder, out, tmp_path, FORMATS)


@pytest.mark.parametrize(
    "damage",
    [
        lambda out, index: (out / "graph.ttl").write_bytes((out / "graph.ttl").read_bytes() + b"\n"),
        lambda out, index: index.unlink(),
        lambda out, index: index.write_bytes(b"not an index"),
        lambda out, index: index.write_bytes(index.read_bytes()[:-10]),
    ],
    ids=["graph.ttl edited", "index removed", "index replaced", "index cut"],
)
def test_without_a_usable_index_or_file_graph_ttl_is_written_in_full(
    damage, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder, out, cache = first(tmp_path)
    [index] = (tmp_path / "cache" / "builds").glob("*.turtle.pickle")
    damage(out, index)
    (folder / "c1.txt").write_text(PAGES["c1.txt"] + "应急管理部部长李华出席。\n", encoding="utf-8")
    assert rebuild(folder, out, cache, caplog) is None
    same_as_fresh(folder, out, tmp_path, FORMATS)
    (folder / "d1.txt").write_text(PAGES["d1.txt"] + "李华出席会议。\n", encoding="utf-8")
    assert rebuild(folder, out, cache, caplog)  # indexed again by the full write
    same_as_fresh(folder, out, tmp_path, FORMATS)


def test_many_changes_write_graph_ttl_in_full(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(union_splice, "MOST_CHANGED", 0.25)
    folder, out, cache = first(tmp_path)
    (folder / "c1.txt").write_text(PAGES["c1.txt"] + "应急管理部部长李华出席。\n", encoding="utf-8")
    assert rebuild(folder, out, cache, caplog)  # 1 source of 5 (4 articles and the review graph)
    for name in ("b1.txt", "d1.txt"):
        (folder / name).write_text(PAGES[name] + "李华出席会议。\n", encoding="utf-8")
    assert rebuild(folder, out, cache, caplog) is None  # 2 of 5
    same_as_fresh(folder, out, tmp_path, FORMATS)


def test_no_index_is_kept_for_too_many_subjects(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(union_splice, "MOST_SUBJECTS", 3)
    folder, out, cache = first(tmp_path)
    assert not list((tmp_path / "cache" / "builds").glob("*.turtle.pickle"))
    (folder / "c1.txt").write_text(PAGES["c1.txt"] + "应急管理部部长李华出席。\n", encoding="utf-8")
    assert rebuild(folder, out, cache, caplog) is None
    same_as_fresh(folder, out, tmp_path, FORMATS)


def test_statements_are_found_where_the_writer_put_them(tmp_path: Path) -> None:
    # the index cuts graph.ttl at each line that does not start with a tab: one statement each
    folder, out, cache = first(tmp_path)
    [path] = (tmp_path / "cache" / "builds").glob("*.turtle.pickle")
    import hashlib

    index = union_splice.load(
        path, hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest(), *_code_base()
    )
    assert index is not None
    data = (out / "graph.ttl").read_bytes()
    assert index.bounds[-1] == len(data) and len(index.bounds) == len(index.subjects) + 1
    prelude = data[: index.bounds[0]]
    assert all(line.startswith(b"@prefix ") for line in prelude.splitlines())
    for subject, start, end in zip(index.subjects, index.bounds, index.bounds[1:], strict=False):
        statement = data[start:end]
        assert statement.endswith(b" .\n") and b"\n" not in statement.replace(b"\n\t", b"")[:-1]
        if subject.startswith(b"<https://kg.example.org/id/"):
            assert statement.startswith(subject + b" ")


def _code_base() -> tuple[str, str]:
    from kg.cache import fingerprint
    from kg.rdf.iri import DEFAULT_BASE

    return fingerprint(), DEFAULT_BASE


def test_a_last_graph_ttl_gone_while_building_is_written_in_full(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out, cache = first(tmp_path)
    real = union_splice.rewrite

    def removed_first(plan, spool, index, old, target, work):  # type: ignore[no-untyped-def]
        old.unlink()  # after the record was checked, before the splice opens it
        return real(plan, spool, index, old, target, work)

    monkeypatch.setattr(union_splice, "rewrite", removed_first)
    (folder / "c1.txt").write_text(PAGES["c1.txt"] + "应急管理部部长李华出席。\n", encoding="utf-8")
    assert rebuild(folder, out, cache, caplog) is None
    assert any("cannot splice the last graph.ttl" in r.getMessage() for r in caplog.records)
    same_as_fresh(folder, out, tmp_path, FORMATS)
