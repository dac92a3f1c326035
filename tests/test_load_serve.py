"""``kg load`` (SPARQL 1.1 Graph Store Protocol) and ``kg serve`` (the Oxigraph server).

``kg load`` runs against a real Oxigraph server started here; its failure handling (retries,
refusals, authentication) against a small local HTTP server that answers as told. ``kg serve``
runs as a real command line: it must answer SELECT, refuse UPDATE unless ``--allow-update``, and
listen on 127.0.0.1 only.
"""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from test_store import article1, article2, rdflib_quietly
from test_triplestores import free_port, need_oxigraph, stop, wait_for

from kg.cli import main
from kg.errors import InputError
from kg.export.rdf import write_trig, write_turtle
from kg.load import GraphPayload, LoadError, Target, count_triples, graph_store_url, read_graphs, select
from kg.load import load as kg_load
from kg.rdf.graph import build_dataset
from kg.rdf.iri import Minter
from kg.serve import ServeError, Server, is_loopback

M = Minter()


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two builds that share entities (王小明, 太原市 ...): article a1 alone and article a2 alone."""
    folder = tmp_path_factory.mktemp("builds")
    out = {}
    for name, extraction in (("a", article1()), ("b", article2())):
        (folder / name).mkdir()
        rdflib_quietly(write_trig, build_dataset([extraction], M), folder / name / "graph.trig")
        write_turtle(build_dataset([extraction], M), folder / name / "graph.ttl")
        out[name] = folder / name
    return out


def quads(folder: Path) -> set[ox.Quad]:
    return set(ox.parse(path=str(folder / "graph.trig"), format=ox.RdfFormat.TRIG))


def triples(qs: set[ox.Quad]) -> set[tuple[object, object, object]]:
    return {(q.subject, q.predicate, q.object) for q in qs}


# ----------------------------------------------------------------------------- reading a build


def test_read_graphs_puts_article_graphs_and_posts_the_metadata(builds: dict[str, Path]) -> None:
    payloads = read_graphs(builds["a"])
    assert [(p.iri, p.method) for p in payloads] == [
        (str(M.graph("a1")), "PUT"),
        (str(M.meta_graph()), "POST"),
    ]
    assert sum(p.triples for p in payloads) == len(quads(builds["a"]))
    body = set(ox.parse(payloads[0].body, format=ox.RdfFormat.N_TRIPLES))
    assert len(body) == payloads[0].triples and "王小明".encode() in payloads[0].body


def test_turtle_needs_a_graph_name(builds: dict[str, Path]) -> None:
    with pytest.raises(LoadError, match=r"graph\.ttl: this file has one unnamed graph.*--graph IRI"):
        read_graphs(builds["a"] / "graph.ttl")
    (payload,) = read_graphs(builds["a"] / "graph.ttl", graph="urn:x:merged")
    assert payload.iri == "urn:x:merged" and payload.method == "PUT"
    assert payload.triples == len(triples(quads(builds["a"])))


def test_missing_build_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no graph file in the folder"):
        read_graphs(tmp_path)


def test_graph_store_url_of_known_stores() -> None:
    assert graph_store_url("http://127.0.0.1:7878/query") == "http://127.0.0.1:7878/store"
    assert graph_store_url("http://h:8890/sparql") == "http://h:8890/sparql-graph-crud"
    assert (
        graph_store_url("http://h:8890/sparql/", authenticated=True) == "http://h:8890/sparql-graph-crud-auth"
    )
    with pytest.raises(LoadError, match="pass --graph-store URL"):
        graph_store_url("http://h:3030/ds/sparql")
    with pytest.raises(LoadError, match="not an http"):
        graph_store_url("ftp://h/query")


# ----------------------------------------------------------------------------- a real Oxigraph server


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[str]:
    """An empty, writable Oxigraph server; its SPARQL endpoint."""
    command = need_oxigraph()
    port = free_port()
    log = tmp_path / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [command, "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process, log, 30)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        stop(process)


def store_counts(endpoint: str) -> tuple[int, int]:
    """(quads in named graphs, distinct triples in them)."""
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    t = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    return int(select(endpoint, q)[1][0]["n"]["value"]), int(select(endpoint, t)[1][0]["n"]["value"])


def test_kg_load_command_into_oxigraph(oxigraph: str, builds: dict[str, Path]) -> None:
    result = CliRunner().invoke(main, ["load", str(builds["a"]), "--endpoint", oxigraph])
    assert result.exit_code == 0, result.output
    expected = quads(builds["a"])
    assert (
        f"loaded 2 graph(s), {len(expected)} triples into {oxigraph[: -len('query')]}store" in result.output
    )
    assert f"holds {len(expected)} triples in them" in result.output
    assert store_counts(oxigraph) == (len(expected), len(triples(expected)))
    _, rows = select(oxigraph, 'SELECT ?g WHERE { GRAPH ?g { ?p <https://schema.org/name> "李小红"@zh } }')
    assert [r["g"]["value"] for r in rows] == [str(M.graph("a1"))]


def test_reloading_is_idempotent_and_two_builds_merge(oxigraph: str, builds: dict[str, Path]) -> None:
    target = Target(graph_store_url(oxigraph), oxigraph)
    a, b = quads(builds["a"]), quads(builds["b"])
    kg_load(read_graphs(builds["a"]), target)
    assert store_counts(oxigraph) == (len(a), len(triples(a)))
    kg_load(read_graphs(builds["a"]), target)
    assert store_counts(oxigraph) == (len(a), len(triples(a)))
    kg_load(read_graphs(builds["b"]), target)
    assert triples(a) & triples(b)  # shared entities
    assert store_counts(oxigraph) == (len(a | b), len(triples(a) | triples(b)))
    kg_load(read_graphs(builds["a"]), target)
    assert store_counts(oxigraph) == (len(a | b), len(triples(a) | triples(b)))
    # the metadata graph lists both builds' article graphs
    meta = count_triples(target, [str(M.meta_graph())])[str(M.meta_graph())]
    assert meta == len([q for q in a | b if q.graph_name.value == str(M.meta_graph())]) == 8


def test_a_changed_article_replaces_its_graph(oxigraph: str, builds: dict[str, Path]) -> None:
    target = Target(graph_store_url(oxigraph), oxigraph)
    kg_load(read_graphs(builds["a"]), target)
    (payload, meta) = read_graphs(builds["a"])
    smaller = payload.body.splitlines(keepends=True)[:10]
    changed = GraphPayload(payload.iri, "PUT", len(smaller), b"".join(smaller))
    report = kg_load([changed, meta], target)
    assert report.stored[payload.iri] == 10


# ----------------------------------------------------------------------------- failures


class Scripted(BaseHTTPRequestHandler):
    """Answers each request with the next (status, headers, body) of the server's script."""

    def do_PUT(self) -> None:
        self.server.requests.append((self.command, self.path, dict(self.headers)))  # type: ignore[attr-defined]
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        status, headers, body = self.server.answer(self)  # type: ignore[attr-defined]
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PUT

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def scripted() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Scripted)
    server.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def url_of(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/store"


def test_transient_errors_are_retried_with_backoff(
    scripted: ThreadingHTTPServer, builds: dict[str, Path]
) -> None:
    answers = iter(
        [(503, {}, b"busy"), (502, {"Retry-After": "0"}, b""), (201, {}, b"")] + [(204, {}, b"")] * 5
    )
    scripted.answer = lambda _: next(answers)  # type: ignore[attr-defined]
    slept: list[float] = []
    report = kg_load(read_graphs(builds["a"]), Target(url_of(scripted)), backoff=0.01, sleep=slept.append)
    assert report.retries == 2 and report.graphs == 2
    assert slept == [0.01, 0.02]
    assert [m for m, _, _ in scripted.requests] == ["PUT", "PUT", "PUT", "POST"]  # type: ignore[attr-defined]
    assert scripted.requests[0][1] == "/store?graph=" + urllib.request.quote(str(M.graph("a1")), safe="")  # type: ignore[attr-defined]


def test_a_refusal_names_the_graph_and_the_server_message(
    scripted: ThreadingHTTPServer, builds: dict[str, Path]
) -> None:
    page = b"<html><body><h1>Bad request</h1><p>Syntax error at line 3</p></body></html>"
    scripted.answer = lambda _: (400, {"Content-Type": "text/html"}, page)  # type: ignore[attr-defined]
    with pytest.raises(LoadError) as err:
        kg_load(read_graphs(builds["a"]), Target(url_of(scripted)), sleep=lambda _: None)
    assert str(err.value) == (
        f"{url_of(scripted)}: PUT of graph <{M.graph('a1')}> failed with HTTP 400 Bad Request: "
        "Bad request Syntax error at line 3; see the server's log"
    )
    assert len(scripted.requests) == 1  # type: ignore[attr-defined]


def test_lasting_unavailability_gives_up(scripted: ThreadingHTTPServer, builds: dict[str, Path]) -> None:
    scripted.answer = lambda _: (503, {}, b"maintenance")  # type: ignore[attr-defined]
    with pytest.raises(LoadError, match=r"failed with HTTP 503 .*: maintenance \(after 2 retries\)"):
        kg_load(read_graphs(builds["a"]), Target(url_of(scripted)), retries=2, sleep=lambda _: None)
    assert len(scripted.requests) == 3  # type: ignore[attr-defined]


def test_unreachable_store_gives_up(builds: dict[str, Path]) -> None:
    target = Target(f"http://127.0.0.1:{free_port()}/store")
    with pytest.raises(
        LoadError, match=r"Connection refused \(after 1 retries\); is the triplestore running"
    ):
        kg_load(read_graphs(builds["a"]), target, retries=1, sleep=lambda _: None)


def test_basic_auth_answers_the_challenge(scripted: ThreadingHTTPServer, builds: dict[str, Path]) -> None:
    good = "Basic " + base64.b64encode(b"kg:s3cret").decode()

    def answer(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        if handler.headers.get("Authorization") == good:
            return 204, {}, b""
        return 401, {"WWW-Authenticate": 'Basic realm="kg"'}, b"who are you?"

    scripted.answer = answer  # type: ignore[attr-defined]
    report = kg_load(read_graphs(builds["a"]), Target(url_of(scripted), user="kg", password="s3cret"))
    assert report.graphs == 2
    with pytest.raises(LoadError, match=r"HTTP 401 .*check --user/--password"):
        kg_load(read_graphs(builds["a"]), Target(url_of(scripted), user="kg", password="wrong"))


# ----------------------------------------------------------------------------- kg serve


def listening_addresses(port: int) -> set[str]:
    """The local addresses on which some socket listens on ``port`` (Linux /proc/net/tcp[6])."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:  # 0A = LISTEN
                found.add(address)
    return found


#: How long a stopped ``kg serve`` may take to exit: it stops its Oxigraph server (SIGTERM, then
#: SIGKILL after 10 s), and a loaded CI machine once took more than 15 s.
STOP_SECONDS = 60


def start_serve(build: Path, port: int, *extra: str) -> tuple[subprocess.Popen[str], str]:
    need_oxigraph()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(build), "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = process.stdout.readline() if process.stdout else ""
    if not first.startswith("kg: serving"):
        process.terminate()
        out, err = process.communicate(timeout=STOP_SECONDS)
        pytest.fail(f"kg serve did not start: {first}{out}{err}")
    return process, first


def update(url: str) -> int:
    request = urllib.request.Request(
        url + "update",
        data='INSERT DATA { <urn:x:s> <https://schema.org/name> "新增"@zh }'.encode(),
        headers={"Content-Type": "application/sparql-update"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


def test_kg_serve_answers_and_is_read_only(builds: dict[str, Path]) -> None:
    port = free_port()
    process, first = start_serve(builds["a"], port)
    try:
        url = f"http://127.0.0.1:{port}/"
        assert first == f"kg: serving {builds['a'] / 'graph.trig'} (read-only); open {url}\n"
        if os.path.exists("/proc/net/tcp"):
            assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1, and nothing else
        _, rows = select(
            url + "query",
            "SELECT ?n WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n } ORDER BY ?n",
        )
        assert [r["n"]["value"] for r in rows] == [
            "李小红",
            "王小明",
            "赵小刚",
        ]  # union of the article graphs
        assert update(url) == 403
        _, rows = select(url + "query", "SELECT * WHERE { <urn:x:s> ?p ?o }")
        assert rows == []
        with urllib.request.urlopen(url, timeout=10) as page:
            html = page.read().decode()
        assert 'src="./yasgui.min.js"' in html  # the query editor is served by the server itself
        with urllib.request.urlopen(url + "yasgui.min.js", timeout=10) as script:
            assert script.status == 200 and len(script.read()) > 100_000
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C
        out, _ = process.communicate(timeout=STOP_SECONDS)
    assert process.returncode == 0 and out.endswith("kg: stopped\n")
    assert listening_addresses(port) == set()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_kg_serve_accepts_updates_when_asked(builds: dict[str, Path]) -> None:
    port = free_port()
    process, first = start_serve(builds["b"], port, "--allow-update")
    try:
        url = f"http://127.0.0.1:{port}/"
        assert "(updates allowed)" in first
        assert update(url) == 204
        _, rows = select(url + "query", "SELECT ?n WHERE { <urn:x:s> <https://schema.org/name> ?n }")
        assert [r["n"]["value"] for r in rows] == ["新增"]
    finally:
        process.terminate()  # SIGTERM stops the server too
        process.communicate(timeout=STOP_SECONDS)
    assert process.returncode == 0 and listening_addresses(port) == set()


def test_serve_refuses_a_busy_port(builds: dict[str, Path]) -> None:
    need_oxigraph()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ServeError, match=rf"cannot listen on 127\.0\.0\.1:{port}: .*pass another --port"):
            Server(builds["a"], port=port).start()


def test_serve_library_defaults_to_loopback(builds: dict[str, Path]) -> None:
    server = Server(builds["a"])
    assert server.bind == "127.0.0.1" and server.url == "http://127.0.0.1:7878/"
    assert server.endpoint == "http://127.0.0.1:7878/query"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2")
