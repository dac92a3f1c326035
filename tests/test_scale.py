"""Whole archives: the streamed build, people resolved across articles, ids that ignore input order,
worker processes, the content-hash cache, the canonical writers and their round trip, progress.

Inputs are hand-built with invented names. The reference for every streamed output is the
in-memory build (``kg.build.build`` then ``write_outputs``): the files must be byte-identical.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import SDO, SKOS, XSD

import kg.build
import kg.export.rdf
import kg.stream
from kg.build import build, plan, write_outputs
from kg.cache import Cache
from kg.export import get
from kg.parallel import InProcess, Pool
from kg.progress import Progress
from kg.rdf.iri import Minter
from kg.stream import build_to

ROOT = Path(__file__).resolve().parents[1]
RDF_FORMATS = ("turtle", "trig", "nquads", "ntriples")
FILES = ("graph.ttl", "graph.trig", "graph.nq", "graph.nt", "report.json")

PAGES = {
    "a1.txt": "太原市召开会议\n\n2024年3月5日，太原市委书记王小明出席会议并讲话。\n",
    "a2.txt": "太原市部署工作\n\n2024年4月9日，会上，太原市委书记王小明讲话。\n",
    "b1.txt": "晋中市召开会议\n\n2024年5月6日，晋中市领导刘大伟、张华参加会议。\n",
    "c1.txt": "应急管理工作会议召开\n\n2024年6月7日，应急管理部副部长刘大伟出席。\n",
    "d1.txt": "工作会议召开\n\n2024年7月8日，王小明说，今年的工作很重要。\n",
}


def pages(folder: Path, texts: dict[str, str] = PAGES) -> Path:
    for name, text in texts.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def people(path: Path) -> dict[str, set[str]]:
    """Person IRIs by name, from a Turtle file."""
    g = Graph().parse(data=path.read_text(encoding="utf-8"), format="turtle")
    out: dict[str, set[str]] = {}
    for s, o in g.subject_objects(SDO.name):
        if str(s).startswith(Minter().base + "person/"):
            out.setdefault(str(o), set()).add(str(s))
    return out


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pages(tmp_path_factory.mktemp("archive"))


@pytest.fixture(scope="module")
def streamed(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("streamed")
    result = build_to([archive], out, RDF_FORMATS, jobs=1)
    assert result.report["summary"]["articles"] == 5 and not result.failed
    return out


def test_streamed_build_writes_what_the_in_memory_build_writes(
    archive: Path, streamed: Path, tmp_path: Path
) -> None:
    write_outputs(build([archive]), tmp_path, RDF_FORMATS)
    for name in FILES:
        assert (streamed / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_runs_spilled_to_disk_change_nothing(
    archive: Path, streamed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.export.rdf, "RUN_BYTES", 2000)  # a run every few articles
    build_to([archive], tmp_path, RDF_FORMATS, jobs=1)
    for name in FILES:
        assert (streamed / name).read_bytes() == (tmp_path / name).read_bytes(), name


@pytest.mark.parametrize("run_bytes", [None, 2000])
def test_turtle_alone_writes_the_same_turtle_and_count(
    archive: Path, streamed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_bytes: int | None
) -> None:
    # without N-Quads the graphs go to the union unsorted, people replaced in place (a1 and a2's 王小明)
    if run_bytes:
        monkeypatch.setattr(kg.export.rdf, "RUN_BYTES", run_bytes)
    build_to([archive], tmp_path, ["turtle"], jobs=1)
    assert (tmp_path / "graph.ttl").read_bytes() == (streamed / "graph.ttl").read_bytes()
    summary = json.loads((streamed / "report.json").read_text(encoding="utf-8"))["summary"]
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["summary"] == summary
    assert summary["triples"] == len((streamed / "graph.nq").read_bytes().splitlines())


def test_one_official_in_two_articles_is_one_person_namesakes_stay_apart(streamed: Path) -> None:
    found = people(streamed / "graph.ttl")
    assert len(found["王小明"]) == 2  # the 太原市委书记 of a1 and a2, and the bare mention of d1
    assert len(found["刘大伟"]) == 2  # a 晋中市 leader and a vice-minister
    g = Graph().parse(data=(streamed / "graph.ttl").read_text(encoding="utf-8"), format="turtle")
    secretary = {
        s for s in g.subjects(SDO.name, Literal("王小明", lang="zh")) if len(set(g.objects(s, None))) > 3
    }
    [official] = secretary
    articles = {
        str(a).rsplit("/", 1)[-1]
        for m in g.subjects(URIRef("http://www.w3.org/ns/org#member"), official)
        for a in g.objects(m, URIRef("https://kg.example.org/ontology#article"))
    }
    assert articles == {"a1", "a2"}


def test_a_career_across_articles_is_one_query(streamed: Path) -> None:
    from kg import store

    query = store.load_query(str(ROOT / "examples" / "queries" / "13_careers.rq"))
    result = store.query(store.open_store(streamed / "graph.nq"), query, union_default_graph=True)
    rows = {(r[0], r[1]): r[2:] for r in store.format_csv(result).splitlines()[1:] for r in [r.split(",")]}
    assert rows[("王小明", "太原市委书记")] == ["2024-03-05", "2024-04-09", "2"]
    assert rows[("刘大伟", "应急管理部副部长")] == ["2024-06-07", "2024-06-07", "1"]


def test_uncertain_pairs_are_in_their_own_graph_and_in_the_report(streamed: Path) -> None:
    review = str(Minter().candidates_graph())
    quads = ox.parse(path=streamed / "graph.nq", format=ox.RdfFormat.N_QUADS)
    pairs = [(URIRef(q.subject.value), URIRef(q.object.value)) for q in quads if q.graph_name.value == review]
    assert all(
        str(SKOS.closeMatch) in line
        for line in (streamed / "graph.nq").read_text().splitlines()
        if review in line
    )
    report = json.loads((streamed / "report.json").read_text(encoding="utf-8"))
    [listed] = report["people"]["candidates"]
    assert (listed["name"], listed["pairs"], len(pairs)) == ("王小明", 1, 1)
    assert {URIRef(p["iri"]) for p in listed["people"]} == set(pairs[0])
    assert sorted(a for p in listed["people"] for a in p["articles"]) == ["a1", "a2", "d1"]
    assert report["people"]["merged_sightings"] == 2


def test_same_file_names_in_two_folders_get_ids_that_ignore_order(tmp_path: Path) -> None:
    first = pages(tmp_path / "first", {"page.txt": PAGES["a1.txt"], "x.txt": PAGES["b1.txt"]})
    second = pages(tmp_path / "second", {"page.txt": PAGES["a2.txt"], "x-2.txt": PAGES["c1.txt"]})
    forward = build([first, second])
    backward = build([second, first])
    ids = [{ex.article.id: ex.article.source for ex in r.extractions} for r in (forward, backward)]
    assert ids[0] == ids[1] and len(ids[0]) == 4
    assert {i for i in ids[0] if i.startswith(("page-", "x-"))} == set(ids[0])  # all four hashed
    assert set(forward.dataset.quads((None, None, None, None))) == set(
        backward.dataset.quads((None, None, None, None))
    )
    once = [p for p, _ in plan([first / "page.txt", second / "page.txt", first / "page.txt"])]
    assert once == [first / "page.txt", second / "page.txt"]  # a file given twice is read once


def test_two_worker_processes_write_the_same_bytes(
    archive: Path,
    streamed: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("INFO", logger="kg.stream")
    monkeypatch.setattr(kg.build, "BATCH_ARTICLES", 2)  # three batches, the first two full
    monkeypatch.setattr(kg.stream, "PARALLEL_UNION", 1)  # Turtle and N-Triples by a second process,
    monkeypatch.setattr(kg.stream, "PARALLEL_UNION_FORKED", 1)  # spawned or forked
    pool = Pool(2)
    try:
        result = build_to([archive], tmp_path, RDF_FORMATS, engine=pool, jobs=2)
        assert pool.pool is not None  # the workers did start
    finally:
        pool.close()
    assert result.report["summary"]["articles"] == 5
    assert "writing ntriples and turtle in a second process" in caplog.messages
    for name in FILES:
        assert (streamed / name).read_bytes() == (tmp_path / name).read_bytes(), name


class Counting(InProcess):
    """The in-process engine, counting the articles it extracts."""

    def __init__(self) -> None:
        self.articles: list[str] = []

    def submit(self, articles, base, final=False):  # type: ignore[no-untyped-def]
        self.articles += [a.id for a in articles]
        return super().submit(articles, base, final)


def test_cache_reextracts_only_the_changed_file(archive: Path, streamed: Path, tmp_path: Path) -> None:
    folder = pages(tmp_path / "in", PAGES)
    cache = Cache(tmp_path / "cache")
    first = Counting()
    build_to([folder], tmp_path / "one", RDF_FORMATS, cache=cache, engine=first)
    assert sorted(first.articles) == ["a1", "a2", "b1", "c1", "d1"] and cache.misses == 5
    again = Counting()
    build_to([folder], tmp_path / "two", RDF_FORMATS, cache=Cache(tmp_path / "cache"), engine=again)
    assert again.articles == []
    for name in FILES:  # from the cache, byte for byte the build without it (same paths)
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    (folder / "c1.txt").write_text(PAGES["c1.txt"] + "应急管理部部长李华出席。\n", encoding="utf-8")
    changed, cache = Counting(), Cache(tmp_path / "cache")
    build_to([folder], tmp_path / "three", RDF_FORMATS, cache=cache, engine=changed)
    assert changed.articles == ["c1"] and (cache.hits, cache.misses) == (4, 1)
    fresh = tmp_path / "fresh"
    build_to([folder], fresh, RDF_FORMATS, jobs=1)
    for name in FILES:
        assert (tmp_path / "three" / name).read_bytes() == (fresh / name).read_bytes(), name
    assert "李华" in (fresh / "graph.ttl").read_text(encoding="utf-8")


def test_a_damaged_cache_entry_is_a_miss(archive: Path, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    build_to([archive / "a1.txt"], tmp_path / "one", ["nquads"], cache=cache)
    [entry] = (tmp_path / "cache").rglob("*.pickle")
    entry.write_bytes(b"not a pickle")
    again = Cache(tmp_path / "cache")
    build_to([archive / "a1.txt"], tmp_path / "two", ["nquads"], cache=again)
    assert (again.hits, again.misses) == (0, 1)
    assert (tmp_path / "one" / "graph.nq").read_bytes() == (tmp_path / "two" / "graph.nq").read_bytes()


def test_extractions_keep_no_tagger_tokens(archive: Path) -> None:
    result = build([archive / "a1.txt"])
    assert [ex.tokens for ex in result.extractions] == [()]
    assert result.extractions[0].persons


def test_no_article_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    out = tmp_path / "out"
    result = build_to([tmp_path / "empty.txt"], out, RDF_FORMATS, jobs=1)
    assert result.report["summary"]["articles"] == 0 and result.outputs == []
    assert not out.exists()
    assert result.problems and result.problems[0][0] == "warning"


def test_what_kg_writes_parses_back_to_the_same_graph(tmp_path: Path) -> None:
    """Every literal survives exactly: doubles (which rdflib's Turtle writer rounds), integers,
    dates, language tags, quotes, line breaks, backslashes and astral characters."""
    ds = Dataset()
    g = ds.graph(URIRef("https://kg.example.org/id/article/x/graph"))
    s = URIRef("https://kg.example.org/id/place/x1")
    literals = [
        Literal("106.47886", datatype=XSD.double),
        Literal("1.0E-7", datatype=XSD.double),
        Literal("7", datatype=XSD.nonNegativeInteger),
        Literal("2019", datatype=XSD.gYear),
        Literal("2022-06-09", datatype=XSD.date),
        Literal("太原", lang="zh"),
        Literal("臺灣", lang="zh-Hant"),
        Literal('引号"与\\反斜杠\n换行\t𠀋'),
    ]
    for n, lit in enumerate(literals):
        g.add((s, URIRef(f"https://kg.example.org/ontology#p{n}"), lit))
    expected = {
        (str(s), f"https://kg.example.org/ontology#p{n}", ox_literal(lit)) for n, lit in enumerate(literals)
    }
    fmts = {
        "turtle": ox.RdfFormat.TURTLE,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
        "ntriples": ox.RdfFormat.N_TRIPLES,
    }
    for name, fmt in fmts.items():
        path = tmp_path / name
        get(name)(ds, path)
        back = {(q.subject.value, q.predicate.value, str(q.object)) for q in ox.parse(path=path, format=fmt)}
        assert back == expected, name
    rdflib_back = Graph().parse(data=(tmp_path / "ntriples").read_text(encoding="utf-8"), format="nt")
    assert set(rdflib_back) == set(g)


def ox_literal(lit: Literal) -> str:
    if lit.language:
        return str(ox.Literal(str(lit), language=lit.language))
    return str(ox.Literal(str(lit), datatype=ox.NamedNode(str(lit.datatype or XSD.string))))


def test_progress_is_a_bar_on_a_terminal_and_lines_in_a_log() -> None:
    tty, log = io.StringIO(), io.StringIO()
    bar, lines = Progress(tty, tty=True), Progress(log, tty=False, every=3600)
    for done in range(1, 5):
        bar(done, 4, done * 10)
        lines(done, 4, done * 10)
    bar.close()
    assert "\r[" in tty.getvalue() and "articles/s" in tty.getvalue() and "ETA" in tty.getvalue()
    assert tty.getvalue().endswith("\n") and tty.getvalue().count("\n") == 1
    plain = log.getvalue().splitlines()
    assert plain[-1].startswith("kg: 100%: 4/4 files, 40 articles") and "\r" not in log.getvalue()
    assert len(plain) == 1  # within `every` (1 h) only the last call writes a line


def test_cli_build_with_jobs_cache_and_progress(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("KG_TAGGER_THREADS", "1")
    folder = pages(tmp_path / "in")
    args = ["build", str(folder), "-o", str(tmp_path / "out"), "-j", "1", "--format", "nquads"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "5 file(s), 5 article(s)" in result.stdout
    assert "1 pair(s) of people with one name to review" in result.stdout
    assert "kg: 100%: 5/5 files, 5 articles" in result.stderr and "articles/s" in result.stderr
    assert len(list((tmp_path / "cache").rglob("*.pickle"))) == 5
    assert "from the cache" not in result.stdout
    (folder / "d1.txt").write_text(PAGES["d1.txt"] + "李华出席会议。\n", encoding="utf-8")
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert (
        f"4 file(s) unchanged since an earlier build: taken from the cache ({tmp_path / 'cache'})"
        in again.stdout
    )
    assert "4 article graph(s) unchanged: copied from the files of the last build" in again.stdout
    third = CliRunner().invoke(main, args)
    assert third.exit_code == 0, third.output
    assert "5 file(s), 5 article(s)" in third.stdout and "wrote" not in third.stdout
    assert f"nothing changed since the last build into {tmp_path / 'out'}" in third.stdout
    dask = CliRunner().invoke(main, ["build", str(archive), "-o", str(tmp_path / "d"), "--engine", "dask"])
    assert dask.exit_code == 2 and "--scheduler" in dask.output


def test_sigterm_stops_the_workers_and_leaves_nothing_behind(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    psutil = pytest.importorskip("psutil")
    long = "".join(PAGES[name].split("\n\n")[1].strip() for name in sorted(PAGES)) * 12
    folder = pages(tmp_path / "in", {f"p{i:03d}.txt": f"会议召开\n\n{long}\n" for i in range(120)})
    env = {**os.environ, "TMPDIR": str(tmp_path), "KG_CACHE_DIR": str(tmp_path / "cache")}
    out = tmp_path / "out"
    args = [sys.executable, "-m", "kg", "build", str(folder), "-o", str(out), "-j", "2", "--no-cache"]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    while len(parent.children(recursive=True)) < 2 and time.monotonic() < deadline:  # forked or spawned
        time.sleep(0.1)
    workers = parent.children(recursive=True)
    assert proc.poll() is None and len(workers) >= 2, "the build ended before the workers started"
    time.sleep(1)
    proc.send_signal(signal.SIGTERM)
    start = time.monotonic()
    proc.communicate(timeout=30)
    assert proc.returncode != 0 and time.monotonic() - start < 10
    _, alive = psutil.wait_procs(workers, timeout=5)
    assert alive == []
    assert not out.exists()
    assert not list(tmp_path.glob("kg-build-*"))  # the spool went with the build


def test_a_second_process_that_dies_is_a_clear_error_and_an_interrupted_one_is_stopped() -> None:
    import concurrent.futures as cf
    import time
    from concurrent.futures.process import BrokenProcessPool

    from kg.errors import KGError
    from kg.parallel import result_of, second_process

    dead: cf.Future = cf.Future()
    dead.set_exception(BrokenProcessPool("killed"))
    with pytest.raises(KGError, match="the process writing turtle died"):
        result_of(dead, "writing turtle")
    start = time.monotonic()
    with pytest.raises(RuntimeError), second_process() as pool:
        busy = pool.submit(time.sleep, 60)
        while not busy.running():
            time.sleep(0.05)
        raise RuntimeError("the build failed meanwhile")
    assert time.monotonic() - start < 30  # not the minute the task would take


def test_a_build_that_changes_nothing_writes_nothing(tmp_path: Path) -> None:
    folder = pages(tmp_path / "in")
    out, cache = tmp_path / "out", Cache(tmp_path / "cache")
    first = build_to([folder], out, ["turtle", "nquads"], jobs=1, cache=cache)
    assert not first.up_to_date and len(first.outputs) == 3
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()}
    again = build_to([folder], out, ["turtle", "nquads"], jobs=1, cache=cache)
    assert again.up_to_date
    assert again.report["summary"] == first.report["summary"]
    assert again.report["people"] == first.report["people"]
    assert (again.failed, again.problems, again.outputs) == (first.failed, first.problems, first.outputs)
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()} == before
    # anything that changes what would be written builds again
    assert not build_to([folder], out, ["turtle"], jobs=1, cache=cache).up_to_date  # other formats
    assert not build_to([folder], out, ["turtle"], jobs=1, cache=cache, base="https://x.org/").up_to_date
    build_to([folder], out, ["turtle"], jobs=1, cache=cache)
    assert build_to([folder], out, ["turtle"], jobs=1, cache=cache).up_to_date
    (out / "graph.ttl").write_text("edited", encoding="utf-8")  # an output edited by hand
    assert not build_to([folder], out, ["turtle"], jobs=1, cache=cache).up_to_date
    assert (out / "graph.ttl").read_bytes() == before[out / "graph.ttl"][1]
    (folder / "a1.txt").write_text(PAGES["a1.txt"] + "李华出席会议。\n", encoding="utf-8")  # an input
    assert not build_to([folder], out, ["turtle"], jobs=1, cache=cache).up_to_date
    (out / "report.json").unlink()  # a file gone
    assert not build_to([folder], out, ["turtle"], jobs=1, cache=cache).up_to_date
    assert not build_to([folder], out, ["turtle"], jobs=1).up_to_date  # no cache: no record either


def test_a_key_hashed_before_the_file_changed_is_not_where_its_new_content_is_cached(tmp_path: Path) -> None:
    folder = pages(tmp_path / "in", {"a1.txt": PAGES["a1.txt"]})
    cache, options = Cache(tmp_path / "cache"), kg.build.Options()
    keys = kg.build.input_keys([folder], options, cache)
    assert keys is not None and len(keys) == 1
    (folder / "a1.txt").write_text(PAGES["b1.txt"], encoding="utf-8")  # changed after it was hashed
    [done] = kg.build.extract_inputs([folder], options, cache=cache, keys=keys)
    assert done.key != keys[folder / "a1.txt"] and cache.get(keys[folder / "a1.txt"]) is None
    assert done.key == kg.build.input_keys([folder], options, cache)[folder / "a1.txt"]  # type: ignore[index]
    assert cache.get(done.key) is not None and "晋中市" in done.articles[0].load().article.text


def test_outputs_inside_the_input_folder_are_not_read_again(tmp_path: Path) -> None:
    folder = pages(tmp_path / "in")
    out = folder / "out"  # report.json is JSON, graph.html an HTML page: both input kinds
    first = build_to([folder], out, ["turtle", "html"], jobs=1)
    assert (out / "report.json").exists() and (out / "graph.html").exists()
    again = build_to([folder], out, ["turtle", "html"], jobs=1, cache=Cache(tmp_path / "cache"))
    assert again.report["summary"] == first.report["summary"] and not again.failed
    assert again.report["summary"]["files"] == len(PAGES)
    explicit = build_to([out / "report.json"], tmp_path / "o2", ["turtle"], jobs=1)  # named: read
    assert explicit.report["summary"]["files"] == 1


def test_a_link_into_the_output_folder_is_not_read_and_outside_outputs_skip_nothing(tmp_path: Path) -> None:
    folder = pages(tmp_path / "in")
    out = tmp_path / "out"  # beside the input folder: every input file is read
    first = build_to([folder], out, ["turtle", "html"], jobs=1)
    assert first.report["summary"]["files"] == len(PAGES)
    (folder / "report.json").symlink_to(out / "report.json")  # a link in the input, to an output
    again = build_to([folder], out, ["turtle", "html"], jobs=1)
    assert again.report["summary"] == first.report["summary"] and not again.failed


def test_inputs_hashed_for_a_rebuild_are_not_listed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = pages(tmp_path / "in")
    cache, options = Cache(tmp_path / "cache"), kg.build.Options()
    keys = kg.build.input_keys([folder], options, cache)
    assert keys is not None and len(keys) == len(PAGES)

    def listed(paths: object) -> list[Path]:
        raise AssertionError("the folder was listed again")

    monkeypatch.setattr(kg.build, "iter_inputs", listed)
    done = list(kg.build.extract_inputs([folder], options, cache=cache, keys=keys))
    assert [d.report["status"] for d in done] == ["ok"] * len(PAGES)
    assert [d.key for d in done] == list(keys.values())


def test_workers_fork_only_where_no_thread_pool_would_be_copied() -> None:
    import subprocess
    import sys

    code = (
        "import threading, kg.parallel as p; a = p.start_method(); import numpy; b = p.start_method();"
        "del __import__('sys').modules['numpy']; t = threading.Thread(target=threading.Event().wait);"
        "t.daemon = True;"
        "t.start(); print(a, b, p.start_method())"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    expected = "fork spawn spawn" if sys.platform == "linux" else "spawn spawn spawn"
    assert proc.stdout.split() == expected.split()


def test_a_rebuild_extracts_the_changed_file_in_a_forked_worker_and_writes_the_same_bytes(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    if sys.platform != "linux":
        pytest.skip("processes are forked on Linux only")
    folder = pages(tmp_path / "in")
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "cache")}
    # as `kg build`, with the union written by a second process from the first article on
    code = "import sys, kg.stream, kg.cli; kg.stream.PARALLEL_UNION_FORKED = 1; kg.cli.main(sys.argv[1:])"

    def kg_build(out: str, *more: str) -> str:
        args = ["-v", "build", str(folder), "-o", str(tmp_path / out), "-j", "2", *more]
        formats = ("--format", "turtle", "--format", "trig", "--format", "nquads", "--format", "ntriples")
        proc = subprocess.run(
            [sys.executable, "-c", code, *args, *formats], env=env, capture_output=True, text=True
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stderr

    assert "forked" not in kg_build("out")  # nothing cached: the one batch is extracted here
    (folder / "a2.txt").write_text(PAGES["a2.txt"] + "会后，晋中市市长赵敏出席座谈会。\n", encoding="utf-8")
    log = kg_build("out")
    assert "1 worker(s) forked beside reading the cache (1 input(s) expected)" in log  # before hashing
    assert "1 input(s) to extract, 4 from the cache" in log
    assert "4 of 5 articles' graphs copied from the last build's files" in log
    assert "writing ntriples in a second process" in log  # forked too: no tagger loaded here
    assert re.search(r"graph.ttl: \d+ of \d+ statements written again", log)  # here, from the last one
    kg_build("fresh", "--no-cache")
    for name in ("graph.ttl", "graph.trig", "graph.nq", "graph.nt"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    assert "赵敏" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_a_rebuild_forks_one_worker_before_hashing_and_all_when_more_changed(tmp_path: Path) -> None:
    """The worker forked in case (before the inputs are hashed) is stopped at once when nothing
    changed, and when more inputs changed than one batch holds (--jobs workers take them)."""
    import os
    import subprocess
    import sys

    if sys.platform != "linux":
        pytest.skip("processes are forked on Linux only")
    folder = pages(tmp_path / "in")
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "cache")}
    code = "import sys, kg.parallel, kg.cli; kg.parallel.BATCH_ARTICLES = 1; kg.cli.main(sys.argv[1:])"

    def kg_build() -> str:
        args = ["-v", "build", str(folder), "-o", str(tmp_path / "out"), "-j", "2", "--format", "nquads"]
        proc = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        return proc.stderr

    kg_build()
    log = kg_build()  # nothing changed: the forked worker is stopped, not waited for
    assert "1 worker(s) forked beside reading the cache (1 input(s) expected)" in log
    assert "nothing changed since the last build" in log
    for name in ("a1.txt", "a2.txt"):
        (folder / name).write_text(PAGES[name] + "会后，晋中市市长赵敏出席座谈会。\n", encoding="utf-8")
    log = kg_build()  # two inputs, more than one batch (of one article here): --jobs workers
    assert "2 input(s) to extract, 3 from the cache" in log
    assert "2 input(s) to extract: the worker forked in case is stopped" in log
    assert "赵敏" in (tmp_path / "out" / "graph.nq").read_text(encoding="utf-8")


def test_a_rebuild_sends_the_changed_inputs_before_reading_the_others_from_the_cache(tmp_path: Path) -> None:
    folder = pages(tmp_path / "in", PAGES)
    events: list[str] = []

    class Recording(Cache):
        def get(self, key):  # type: ignore[no-untyped-def]
            events.append("read from the cache")
            return super().get(key)

    class Sending(InProcess):
        def submit(self, articles, base, final=False):  # type: ignore[no-untyped-def]
            events.extend(f"extract {a.id}" for a in articles)
            return super().submit(articles, base, final)

    build_to([folder], tmp_path / "out", ["nquads"], cache=Recording(tmp_path / "cache"), engine=Sending())
    (folder / "d1.txt").write_text(PAGES["d1.txt"] + "会后，晋中市市长赵敏出席座谈会。\n", encoding="utf-8")
    events.clear()
    build_to([folder], tmp_path / "out", ["nquads"], cache=Recording(tmp_path / "cache"), engine=Sending())
    # d1 is the last input in order: looked up (a miss), sent, then the four others are read
    assert events == ["read from the cache", "extract d1"] + ["read from the cache"] * 4
    build_to([folder], tmp_path / "fresh", ["nquads"], jobs=1)
    assert (tmp_path / "out" / "graph.nq").read_bytes() == (tmp_path / "fresh" / "graph.nq").read_bytes()
