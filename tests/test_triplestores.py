"""Interoperability with real triplestores and independent parsers.

The sample page is built once; its outputs are then

- parsed by ``rapper`` (raptor2-utils) and ``serdi`` in strict mode, which must read the same
  triples as rdflib and pyoxigraph (JSON-LD: rdflib and pyoxigraph);
- loaded into an Oxigraph server (``oxigraph load``, the TriG and the Turtle) and into Virtuoso
  Open Source (its bulk loader for the TriG, ``DB.DBA.TTLP_MT`` for the Turtle), each started here
  on 127.0.0.1 with its data in a temporary folder; every query in ``examples/queries/`` runs over
  the SPARQL 1.1 Protocol and must give the rows ``kg.store.query`` gives in process;
- loaded into Virtuoso again with ``kg load`` (Graph Store Protocol, Digest auth): re-loading does
  not grow the store, and two builds that share entities add up to their set union.

A missing binary skips its tests with the reason, except under CI (``CI=true``), where
``.ci/run`` installs them and their absence is a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from test_store import article1, article2, rdflib_quietly

from kg import export
from kg.build import build, write_outputs
from kg.export.jsonld import CONTEXT_FILE, context
from kg.export.rdf import write_trig
from kg.load import Target, graph_store_url, read_graphs, select
from kg.load import load as kg_load
from kg.ontology import ontology_dir
from kg.rdf.graph import build_dataset
from kg.rdf.iri import Minter
from kg.store import STANDARD_PREFIXES, open_store, query

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "taiyuan-daily-2022-06-09.txt"
QUERIES = ROOT / "examples" / "queries"
TTL_GRAPH = "urn:kg-test:ttl"  # where the servers hold graph.ttl
NO_GRAPH = "urn:kg-test:none"  # an empty set of named graphs, for the Turtle dataset
FILES = {"turtle": "graph.ttl", "trig": "graph.trig", "nquads": "graph.nq", "ntriples": "graph.nt"}
QUAD_FORMATS = {"trig", "nquads"}
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}
RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt"}


def need(binary: str, package: str) -> str:
    path = shutil.which(binary)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{binary} is missing under CI: .ci/run must apt-get install {package}")
    pytest.skip(f"{binary} is not installed (apt-get install {package})")


def need_oxigraph() -> str:
    from kg.serve import ServeError, oxigraph_command

    try:
        return oxigraph_command()
    except ServeError:
        if os.environ.get("CI"):
            pytest.fail("the oxigraph server is missing under CI: pip install oxigraph")
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"the server exited ({process.returncode}): {log.read_text(errors='replace')[-2000:]}"
            )
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(
        f"the server did not answer {url} within {timeout} s: {log.read_text(errors='replace')[-2000:]}"
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# ----------------------------------------------------------------------------- the sample build


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    result = build([SAMPLE])
    rdflib_quietly(write_outputs, result, folder, [*FILES, "jsonld"])
    return folder


def ox_quads(path: Path, fmt: str) -> set[ox.Quad]:
    return set(ox.parse(path=str(path), format=OX_FORMATS[fmt]))


def rdflib_count(path: Path, fmt: str) -> int:
    ds = Dataset()
    rdflib_quietly(lambda: ds.parse(path, format=RDFLIB_FORMATS[fmt]))
    return len(set(ds.quads((None, None, None, None))))


# ----------------------------------------------------------------------------- strict parsers


@pytest.mark.parametrize("fmt", list(FILES))
def test_rapper_reads_what_rdflib_and_oxigraph_read(sample: Path, fmt: str) -> None:
    rapper = need("rapper", "raptor2-utils")
    path = sample / FILES[fmt]
    expected = ox_quads(path, fmt)
    assert len(expected) == rdflib_count(path, fmt) > 1000
    out_fmt = "nquads" if fmt in QUAD_FORMATS else "ntriples"
    run = subprocess.run(
        [rapper, "-i", fmt, "-o", out_fmt, str(path)], capture_output=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    assert f"returned {len(expected)} triples" in run.stderr.decode()
    assert "warning" not in run.stderr.decode().lower()
    # what rapper read is exactly what we wrote, Chinese literals included
    assert set(ox.parse(run.stdout, format=ox.RdfFormat.N_QUADS)) == expected


@pytest.mark.parametrize("fmt", list(FILES))
def test_serdi_reads_what_rdflib_and_oxigraph_read(sample: Path, fmt: str) -> None:
    serdi = need("serdi", "serdi")
    path = sample / FILES[fmt]
    expected = ox_quads(path, fmt)
    run = subprocess.run(
        [serdi, "-i", fmt, "-o", "nquads", str(path)], capture_output=True, timeout=60, check=False
    )
    assert run.returncode == 0 and not run.stderr, run.stderr.decode(errors="replace")
    assert len(run.stdout.splitlines()) == len(expected) == rdflib_count(path, fmt)
    assert set(ox.parse(run.stdout, format=ox.RdfFormat.N_QUADS)) == expected


def test_jsonld_holds_the_quads_of_the_trig(sample: Path) -> None:
    path = sample / "graph.jsonld"
    expected = ox_quads(sample / "graph.trig", "trig")
    assert set(ox.parse(path=str(path), format=ox.RdfFormat.JSON_LD)) == expected
    ds = Dataset()
    rdflib_quietly(lambda: ds.parse(path, format="json-ld"))
    from_jsonld = {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}
    trig = Dataset()
    rdflib_quietly(lambda: trig.parse(sample / "graph.trig", format="trig"))
    assert from_jsonld == set(trig.quads((None, None, None, None)))
    doc = json.loads(path.read_text(encoding="utf-8"))
    published = json.loads((ontology_dir() / CONTEXT_FILE).read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == published == context()
    assert {k: v for k, v in published.items() if k != "@language"} == STANDARD_PREFIXES
    assert published["@language"] == "zh"
    headlines = [n["schema:headline"] for g in doc["@graph"] for n in g["@graph"] if "schema:headline" in n]
    assert headlines and all(isinstance(h, str) and re.search(r"[\u4e00-\u9fff]", h) for h in headlines)


def test_every_output_format_is_deterministic(tmp_path: Path) -> None:
    ds = build_dataset([article1(), article2()], Minter())
    for name in [*FILES, "jsonld"]:
        first, second = tmp_path / f"1-{name}", tmp_path / f"2-{name}"
        rdflib_quietly(export.get(name), ds, first)
        rdflib_quietly(export.get(name), build_dataset([article2(), article1()], Minter()), second)
        assert first.read_bytes() == second.read_bytes(), name
    assert export.filename("jsonld") == "graph.jsonld"


# ----------------------------------------------------------------------------- servers


@dataclass
class Server:
    name: str
    endpoint: str
    process: subprocess.Popen[bytes]
    folder: Path
    isql: str | None = None
    sql_port: int = 0

    def sql(self, statements: str) -> str:
        """Run SQL on Virtuoso with isql; fail on any error."""
        assert self.isql is not None
        run = subprocess.run(
            [self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        output = run.stdout + run.stderr
        assert run.returncode == 0 and "*** Error" not in output, output
        return output

    def rows(
        self, sparql: str, dataset: dict[str, list[str]]
    ) -> tuple[list[str], list[tuple[str | None, ...]]]:
        names, bindings = select(self.endpoint, sparql, params=dataset)
        return names, [tuple(b[n]["value"] if n in b else None for n in names) for b in bindings]


@pytest.fixture(scope="module")
def oxigraph(sample: Path, tmp_path_factory: pytest.TempPathFactory):
    command = need_oxigraph()
    folder = tmp_path_factory.mktemp("oxigraph")
    store = folder / "store"
    for args in (
        ["--file", str(sample / "graph.trig")],
        ["--file", str(sample / "graph.ttl"), "--graph", TTL_GRAPH],
    ):
        subprocess.run([command, "load", "--location", str(store), *args], check=True, capture_output=True)
    port = free_port()
    log = folder / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [command, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process, log, 30)
        yield Server("oxigraph", f"http://127.0.0.1:{port}/query", process, folder)
    finally:
        stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., {d}, {data}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
"""


@pytest.fixture(scope="module")
def virtuoso(sample: Path, tmp_path_factory: pytest.TempPathFactory):
    binary = need("virtuoso-t", "virtuoso-opensource")
    isql = need("isql-vt", "virtuoso-opensource")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        VIRTUOSO_INI.format(d=folder, data=sample, sql_port=sql_port, http_port=http_port), encoding="utf-8"
    )
    log = folder / "stdout.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(ini)], cwd=folder, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        endpoint = f"http://127.0.0.1:{http_port}/sparql"
        wait_for(f"{endpoint}?query=ASK%7B%7D", process, log, 60)
        server = Server("virtuoso", endpoint, process, folder, isql, sql_port)
        server.sql(
            f"ld_dir('{sample}', 'graph.trig', 'urn:kg-test:unnamed'); rdf_loader_run(); "
            f"DB.DBA.TTLP_MT(file_to_string_output('{sample / 'graph.ttl'}'), '', '{TTL_GRAPH}', 0);"
        )
        errors = server.sql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        assert "0 Rows" in errors, errors
        yield server
    finally:
        stop(process)


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest) -> Server:
    return request.getfixturevalue(request.param)


# ----------------------------------------------------------------------------- the example queries


def graphs_of(path: Path) -> list[str]:
    return sorted({q.graph_name.value for q in ox.parse(path=str(path), format=ox.RdfFormat.TRIG)})


def pick(store: ox.Store, sparql: str) -> str:
    rows = query(store, sparql).rows
    assert rows and rows[0][0], f"the sample has nothing for {sparql}"
    return str(rows[0][0])


@pytest.fixture(scope="module")
def sample_queries(sample: Path) -> dict[str, str]:
    """The example queries, with the names in their VALUES set to ones the sample has (most
    memberships, most events, first headline, most-mentioned organisation)."""
    store = open_store(sample / "graph.trig")
    values = {
        "01_posts_of_person": pick(
            store,
            "SELECT ?n (COUNT(DISTINCT ?m) AS ?c) WHERE { ?m a org:Membership ; org:member/schema:name ?n }"
            " GROUP BY ?n ORDER BY DESC(?c) STR(?n) LIMIT 1",
        ),
        "11_attended_with_person": pick(
            store,
            "SELECT ?n (COUNT(DISTINCT ?e) AS ?c) WHERE { ?e schema:attendee/schema:name ?n }"
            " GROUP BY ?n ORDER BY DESC(?c) STR(?n) LIMIT 1",
        ),
        "09_facts_of_article": pick(
            store, "SELECT ?h WHERE { ?a a schema:NewsArticle ; schema:headline ?h } ORDER BY STR(?h) LIMIT 1"
        ),
        "12_articles_mentioning_org": pick(
            store,
            "SELECT ?n (COUNT(DISTINCT ?p) AS ?c) WHERE { ?p itsrdf:taIdentRef ?o . ?o a org:Organization ;"
            " skos:prefLabel ?n } GROUP BY ?n ORDER BY DESC(?c) STR(?n) LIMIT 1",
        ),
    }
    queries = {}
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        if path.stem in values:
            value = values[path.stem]
            assert '"' not in value and "\\" not in value
            text, n = re.subn(
                r'(VALUES \?\w+ \{ )"[^"]*"', lambda m, v=value: f'{m.group(1)}"{v}"', text, count=1
            )
            assert n == 1, path
        queries[path.stem] = text
    return queries


def test_there_are_twelve_documented_queries(sample_queries: dict[str, str]) -> None:
    assert len(sample_queries) >= 12


@pytest.mark.parametrize("dataset", ["trig", "ttl"])
def test_every_example_query_gives_the_in_process_rows(
    server: Server, sample: Path, sample_queries: dict[str, str], dataset: str
) -> None:
    """Same rows, same order, same Chinese strings as ``kg.store.query`` on the same file."""
    if dataset == "trig":
        graphs = graphs_of(sample / "graph.trig")
        params = {"default-graph-uri": graphs, "named-graph-uri": graphs}
    else:
        params = {"default-graph-uri": [TTL_GRAPH], "named-graph-uri": [NO_GRAPH]}
    store = open_store(sample / f"graph.{dataset}")
    answered = 0
    for stem, text in sample_queries.items():
        expected = query(store, text)
        names, rows = server.rows(text, params)
        assert names == expected.variables, stem
        assert rows == expected.rows, f"{server.name}, {dataset}, {stem}"
        answered += bool(rows) and any(re.search(r"[\u4e00-\u9fff]", v or "") for row in rows for v in row)
    assert answered >= (10 if dataset == "trig" else 9)  # 09 needs named graphs: none in graph.ttl


def test_server_holds_the_triples_of_both_files(server: Server, sample: Path) -> None:
    trig = ox_quads(sample / "graph.trig", "trig")
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    _, rows = server.rows(count, {"named-graph-uri": graphs_of(sample / "graph.trig")})
    assert int(rows[0][0]) == len(trig)
    _, rows = server.rows(count, {"named-graph-uri": [TTL_GRAPH]})
    assert int(rows[0][0]) == len({(q.subject, q.predicate, q.object) for q in trig})


# ----------------------------------------------------------------------------- kg load into Virtuoso


def counts(server: Server, graphs: list[str]) -> tuple[int, int]:
    """(quads, distinct triples) over ``graphs``."""
    values = " ".join(f"<{g}>" for g in graphs)
    _, quads = server.rows(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}", {}
    )
    _, triples = server.rows(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
        f"{{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} }}",
        {},
    )
    return int(quads[0][0]), int(triples[0][0])


def test_kg_load_into_virtuoso_is_idempotent_and_merges(virtuoso: Server, tmp_path: Path) -> None:
    minter = Minter("https://merge.example.org/id/")
    builds = {}
    for name, extraction in (("a", article1()), ("b", article2())):
        path = tmp_path / name / "graph.trig"
        rdflib_quietly(write_trig, build_dataset([extraction], minter), path)
        builds[name] = path
    quads = {name: ox_quads(path, "trig") for name, path in builds.items()}
    triples = {name: {(q.subject, q.predicate, q.object) for q in qs} for name, qs in quads.items()}
    assert triples["a"] & triples["b"]  # the builds share entities (王小明, 太原市 ...)
    graphs = sorted({q.graph_name.value for qs in quads.values() for q in qs})

    target = Target(graph_store_url(virtuoso.endpoint, authenticated=True), virtuoso.endpoint, "dba", "dba")
    kg_load(read_graphs(builds["a"]), target)
    assert counts(virtuoso, graphs) == (len(quads["a"]), len(triples["a"]))
    payloads = read_graphs(builds["a"])
    report = kg_load(payloads, target)  # again: replaces, does not add
    assert counts(virtuoso, graphs) == (len(quads["a"]), len(triples["a"]))
    assert report.stored == {p.iri: p.triples for p in payloads}
    kg_load(read_graphs(builds["b"]), target)
    union_quads, union_triples = quads["a"] | quads["b"], triples["a"] | triples["b"]
    assert counts(virtuoso, graphs) == (len(union_quads), len(union_triples))
    assert len(union_triples) < len(triples["a"]) + len(triples["b"])
    kg_load(read_graphs(builds["b"]) + read_graphs(builds["a"]), target)
    assert counts(virtuoso, graphs) == (len(union_quads), len(union_triples))


def test_virtuoso_reload_of_the_same_turtle_adds_nothing(virtuoso: Server, sample: Path) -> None:
    before = counts(virtuoso, [TTL_GRAPH])
    virtuoso.sql(f"DB.DBA.TTLP_MT(file_to_string_output('{sample / 'graph.ttl'}'), '', '{TTL_GRAPH}', 0);")
    assert counts(virtuoso, [TTL_GRAPH]) == before
    assert before[0] == len(
        {(q.subject, q.predicate, q.object) for q in ox_quads(sample / "graph.trig", "trig")}
    )
