"""The outputs of ``kg build`` on the sample page, through the command line.

One build (``kg build data/ -o OUT --format turtle --format trig --format nquads --format html``)
is checked: the report, the RDF files read by two parsers (rdflib and pyoxigraph), SHACL through
``kg validate``, determinism (in the same process and in another one with another hash seed),
the independence from input order, and the shape of every term (no blank nodes, ASCII IRIs,
declared types and predicates, text anchors that match the stored text). Then the errors that a
user meets: a missing input, a query with a syntax error, a broken graph file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from e2e_support import ROOT, SAMPLE, build_from_root, canonical_triples, read_dataset, union
from rdflib import RDF, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.cli import main
from kg.ontology import declared_terms
from kg.rdf.graph import NIF
from kg.rdf.iri import DEFAULT_BASE

FORMATS = ("turtle", "trig", "nquads", "html")
FILES = ("graph.ttl", "graph.trig", "graph.nq", "graph.html", "report.json")
BUILD_ARGS = ["build", "data/", "-o", "{out}", *[a for f in FORMATS for a in ("--format", f)]]


def run_cli(args: list[str]) -> Result:
    """``kg ARGS`` in this process, from the repository root."""
    old = Path.cwd()
    os.chdir(ROOT)
    try:
        return CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)


def build_args(out: Path) -> list[str]:
    return [a.replace("{out}", str(out)) for a in BUILD_ARGS]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("build") / "out"
    result = run_cli(build_args(folder))
    assert result.exit_code == 0, result.output
    assert "1 file(s), 2 article(s)" in result.output
    return folder


@pytest.fixture(scope="module")
def ttl(out: Path) -> Graph:
    return union(read_dataset(out / "graph.ttl"))


@pytest.fixture(scope="module")
def trig(out: Path) -> Dataset:
    return read_dataset(out / "graph.trig")


# ----------------------------------------------------------------------------- the files


def test_build_writes_every_file(out: Path) -> None:
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    assert all((out / name).stat().st_size > 0 for name in FILES)


def test_report_has_status_encoding_articles_and_counts(out: Path, trig: Dataset) -> None:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    [entry] = report["inputs"]
    assert entry["path"] == SAMPLE
    assert (entry["status"], entry["encoding"], entry["errors"]) == ("ok", "utf-8", [])
    assert [a["id"] for a in entry["articles"]] == [
        "taiyuan-daily-2022-06-09-1",
        "taiyuan-daily-2022-06-09-2",
    ]
    assert [a["date"] for a in entry["articles"]] == ["2022-06-08", "2022-06-09"]
    first, second = (a["counts"] for a in entry["articles"])
    assert (first["events"], first["reporters"], first["photographers"]) == (2, 2, 1)
    assert (second["award_conferrals"], second["awards"], second["reporters"]) == (30, 1, 1)
    for key, total in entry["counts"].items():
        assert total == first[key] + second[key], key
    summary = report["summary"]
    assert (summary["files"], summary["ok"], summary["error"], summary["articles"]) == (1, 1, 0, 2)
    assert summary["triples"] == len(list(trig.quads((None, None, None, None))))


def _rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = str(term.datatype.value)
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


def _ox_quads(path: Path, fmt: ox.RdfFormat) -> set[tuple[Node, ...]]:
    with path.open("rb") as fh:
        return {
            tuple(_rdflib_term(t) for t in (q.subject, q.predicate, q.object))
            + (() if isinstance(q.graph_name, ox.DefaultGraph) else (URIRef(q.graph_name.value),))
            for q in ox.parse(fh, fmt)
        }


def test_turtle_reads_the_same_with_rdflib_and_pyoxigraph(out: Path, ttl: Graph) -> None:
    assert set(ttl) == _ox_quads(out / "graph.ttl", ox.RdfFormat.TURTLE)
    assert len(ttl) > 3000


def test_trig_reads_the_same_with_rdflib_and_pyoxigraph(out: Path, trig: Dataset) -> None:
    rdflib_quads = {(s, p, o, g) for s, p, o, g in trig.quads((None, None, None, None))}
    assert rdflib_quads == _ox_quads(out / "graph.trig", ox.RdfFormat.TRIG)
    assert rdflib_quads == _ox_quads(out / "graph.nq", ox.RdfFormat.N_QUADS)
    graphs = {str(g) for *_, g in rdflib_quads}
    assert graphs == {
        f"{DEFAULT_BASE}article/taiyuan-daily-2022-06-09-1/graph",
        f"{DEFAULT_BASE}article/taiyuan-daily-2022-06-09-2/graph",
        f"{DEFAULT_BASE}graph/meta",
    }


def test_union_of_trig_is_the_turtle(trig: Dataset, ttl: Graph) -> None:
    assert set(union(trig)) == set(ttl)


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.nq"])
def test_kg_validate_says_each_output_conforms(out: Path, name: str) -> None:
    result = run_cli(["validate", str(out / name)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output and "does not conform" not in result.output


# ----------------------------------------------------------------------------- determinism


def test_second_build_is_byte_identical(out: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert run_cli(build_args(again)).exit_code == 0
    for name in FILES:
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_build_in_another_process_with_another_hash_seed_is_byte_identical(out: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    proc = subprocess.run(
        [sys.executable, "-m", "kg", *build_args(other)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    for name in FILES:
        assert (other / name).read_bytes() == (out / name).read_bytes(), name


def test_input_order_does_not_change_the_graph(tmp_path: Path) -> None:
    for folder in ("first", "second"):
        (tmp_path / folder).mkdir()
        shutil.copy(ROOT / SAMPLE, tmp_path / folder / Path(SAMPLE).name)
    forward = build_from_root([tmp_path / "first", tmp_path / "second"])
    backward = build_from_root([tmp_path / "second", tmp_path / "first"])
    ids = [{ex.article.id: ex.article.source for ex in r.extractions} for r in (forward, backward)]
    assert ids[0] == ids[1] and len(ids[0]) == 4  # each file keeps its article ids in either order
    a, b = (canonical_triples(union(r.dataset), DEFAULT_BASE) for r in (forward, backward))
    assert a.total() > 6000
    assert a == b, (
        f"only forward: {sorted((a - b).items())[:40]}\nonly backward: {sorted((b - a).items())[:40]}"
    )


# ----------------------------------------------------------------------------- terms


def test_no_blank_nodes_and_every_iri_is_ascii(trig: Dataset) -> None:
    for quad in trig.quads((None, None, None, None)):
        s, p, o, g = quad
        for term in (s, p, o, g):
            assert not isinstance(term, BNode), quad
            if isinstance(term, URIRef):
                assert str(term).isascii(), quad


def test_every_type_and_predicate_is_declared_in_the_ontology(ttl: Graph) -> None:
    declared = declared_terms()
    predicates = set(ttl.predicates())
    types = set(ttl.objects(None, RDF.type))
    assert len(predicates) > 30 and len(types) > 15
    assert not (predicates | types) - declared, sorted((predicates | types) - declared)


def test_every_phrase_anchor_is_the_slice_of_its_text(ttl: Graph) -> None:
    phrases = list(ttl.subjects(RDF.type, NIF.Phrase))
    assert len(phrases) > 200
    for phrase in phrases:
        text = str(ttl.value(ttl.value(phrase, NIF.referenceContext), NIF.isString))
        begin, end = int(ttl.value(phrase, NIF.beginIndex)), int(ttl.value(phrase, NIF.endIndex))  # type: ignore[arg-type]
        assert str(ttl.value(phrase, NIF.anchorOf)) == text[begin:end], phrase
        assert str(phrase).endswith(f"#char={begin},{end}")


# ----------------------------------------------------------------------------- errors


def test_missing_input_exits_non_zero_naming_it(tmp_path: Path) -> None:
    result = run_cli(["build", "data/", "no-such-page.txt", "-o", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "no-such-page.txt" in result.output and "no such file" in result.output
    alone = run_cli(["build", "no-such-page.txt", "-o", str(tmp_path / "p")])
    assert alone.exit_code != 0 and "no-such-page.txt" in alone.output


def test_query_syntax_error_names_line_and_column(out: Path) -> None:
    result = run_cli(["query", str(out), "SELECT ?s\nWHERE { ?s ?p }"])
    assert result.exit_code != 0
    assert "line 2, column" in result.output, result.output


def test_validate_broken_file_names_it(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix x: <https://x.example/> .\nx:a x:b", encoding="utf-8")
    result = run_cli(["validate", str(broken)])
    assert result.exit_code != 0
    assert str(broken) in result.output and "cannot parse" in result.output


def test_the_kg_command_exits_with_its_status_having_run_the_exit_handlers(tmp_path: Path) -> None:
    """``kg`` (``kg.cli.run``) skips tearing the interpreter down, not its work: the status, the
    output printed and the exit handlers are those of a normal exit."""

    def kg(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True)

    done = kg("build", SAMPLE, "-o", str(tmp_path / "out"), "--format", "nquads", "--no-progress")
    assert done.returncode == 0, done.stderr
    assert f"wrote {tmp_path / 'out' / 'graph.nq'}" in done.stdout
    assert (tmp_path / "out" / "graph.nq").stat().st_size > 100_000
    failed = kg("build", str(tmp_path / "missing"), "-o", str(tmp_path / "x"))
    assert failed.returncode == 1 and "no such file or folder" in failed.stdout + failed.stderr
    assert kg("build").returncode == 2  # usage
    code = (
        "import atexit, sys; atexit.register(lambda: print('handler ran', file=sys.stderr)); "
        "sys.argv = ['kg', '--version']; from kg.cli import run; run()"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0 and "kg, version" in proc.stdout and "handler ran" in proc.stderr
