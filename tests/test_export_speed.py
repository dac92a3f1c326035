"""The fast paths of writing a build's graph: Turtle and TriG written in Python from sorted N-Triples
lines (they must be byte for byte what pyoxigraph's serialisers write), the union merged from sorted runs,
and the spool's graphs read ahead on a thread.

Graphs are random (hypothesis) or hand-built with invented names.
"""

from __future__ import annotations

import itertools
import random
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.export.rdf import SortedLines, write_quads, write_turtle
from kg.export.turtle import TrigWriter, turtle_chunks, write_turtle_lines
from kg.packed import pack
from kg.rdf.graph import PREFIXES
from kg.rdf.iri import Minter, PeopleIris
from kg.spool import READ_AHEAD, READ_BATCH, Spool
from kg.tasks import ArticleDone

KG_PREFIXES = {k: str(v) for k, v in PREFIXES.items()}
XSD = "http://www.w3.org/2001/XMLSchema#"
NAMESPACES = [*KG_PREFIXES.values(), "https://kg.example.org/id/", "http://example.org/x#"]
# pieces of local names: plain, escaped in a prefixed name (\. \- \/ ...), or not allowed in one
LOCAL = ["a", "Zb", "0", "7x", "_", "-", ".", "..", ":", "/", "~", "!", "$", "&", "'", "(", ")", "*"]
LOCAL += ["+", ",", ";", "=", "?", "@", "%2F", "·", "\u0301", "\u203f", "王小明", "\u00d7", "\u037e", "😀"]
LEXICAL = ["12", "-3", "+4", "007", "1.5", ".5", "5.", "-.5", "1e3", "1.E-3", ".5e+2", "e3", "1e", "."]
LEXICAL += ["true", "false", "True", "", "1 2", "王", 'a"b', "a\\b", "x\ny\tz", "\x00\x7f"]
DATATYPES = [f"{XSD}{t}" for t in ("integer", "decimal", "double", "boolean", "nonNegativeInteger", "date")]
DATATYPES += ["http://example.org/x#type", "https://kg.example.org/ontology#code"]


def trig_chunks(
    graphs: Iterable[tuple[str, Sequence[bytes]]], prefixes: Mapping[str, str]
) -> Iterator[bytes]:
    """TriG of named graphs (a test helper over :class:`TrigWriter`) given as (graph IRI, its N-Triples lines), as pyoxigraph writes the
    N-Quads of those lines in that order: consecutive lines of one graph are one block (a graph
    may come in pieces), each graph's lines are written as they come (kg gives them sorted and
    distinct)."""
    writer = TrigWriter(prefixes)
    before = writer.prelude
    for iri, run in itertools.groupby((g for g in graphs if g[1]), key=lambda g: g[0]):
        for data in writer.graph(iri, (lines for _, lines in run), before):
            before = b""
            yield data


def named(namespace: str, pieces: list[str]) -> ox.NamedNode:
    try:
        return ox.NamedNode(namespace + "".join(pieces))
    except ValueError:  # not an IRI (a '#' in a fragment...)
        assume(False)
        raise


iris = st.builds(named, st.sampled_from(NAMESPACES), st.lists(st.sampled_from(LOCAL), max_size=4))
literals = st.one_of(
    st.builds(ox.Literal, st.text(max_size=12)),
    st.builds(
        lambda v, lang: ox.Literal(v, language=lang), st.text(max_size=6), st.sampled_from(["zh", "en-US"])
    ),
    st.builds(
        lambda v, dt: ox.Literal(v, datatype=ox.NamedNode(dt)),
        st.sampled_from(LEXICAL),
        st.sampled_from(DATATYPES),
    ),
)
blanks = st.sampled_from([ox.BlankNode("b1"), ox.BlankNode("b2")])
triples = st.lists(
    st.builds(
        ox.Triple,
        st.one_of(iris, iris, blanks),
        st.one_of(iris, st.just(ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))),
        st.one_of(iris, literals, blanks),
    ),
    max_size=30,
)


def sorted_lines(graph: list[ox.Triple]) -> list[bytes]:
    data = ox.serialize(graph, format=ox.RdfFormat.N_TRIPLES)
    return sorted(set(data.splitlines(keepends=True)))


def pyoxigraph_turtle(lines: list[bytes]) -> bytes:
    parsed = ox.parse(b"".join(lines), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=KG_PREFIXES)


@settings(max_examples=300, deadline=None)
@given(triples, st.randoms(use_true_random=False))
def test_turtle_is_what_pyoxigraph_writes(graph: list[ox.Triple], rnd: random.Random) -> None:
    lines = sorted_lines(graph)
    expected = pyoxigraph_turtle(lines)
    assert b"".join(turtle_chunks([lines], KG_PREFIXES)) == expected
    # repeated lines side by side, in chunks cut anywhere, give the same file
    repeated = sorted(lines + rnd.sample(lines, len(lines) // 2))
    cuts = sorted(rnd.sample(range(len(repeated) + 1), min(3, len(repeated) + 1)))
    chunks = [repeated[a:b] for a, b in zip([0, *cuts], [*cuts, len(repeated)], strict=True)]
    assert b"".join(turtle_chunks(chunks, KG_PREFIXES)) == expected
    assert {q.triple for q in ox.parse(expected, format=ox.RdfFormat.TURTLE)} == set(graph)


graph_names = st.one_of(iris, st.just(ox.NamedNode("https://kg.example.org/id/article/a1/graph")))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(graph_names, triples, st.booleans()), max_size=5), st.randoms(use_true_random=False)
)
def test_trig_is_what_pyoxigraph_writes(
    graphs: list[tuple[ox.NamedNode, list[ox.Triple], bool]], rnd: random.Random
) -> None:
    """Graphs in the order given (a name may come back later), each graph's lines sorted, some in
    several chunks (a long graph comes in pieces), some with a line repeated: as pyoxigraph
    writes the N-Quads of the same lines in the same order."""
    pieces: list[tuple[str, list[bytes]]] = []
    for name, graph, repeat in graphs:
        lines = sorted_lines(graph)
        if repeat and lines:
            lines = sorted([*lines, rnd.choice(lines)])
        cut = rnd.randint(0, len(lines))
        pieces += [(name.value, lines[:cut]), (name.value, lines[cut:])]
    nquads = b"".join(
        line.replace(b" .\n", f" <{name}> .\n".encode()) for name, lines in pieces for line in lines
    )
    parsed = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    expected = ox.serialize(parsed, format=ox.RdfFormat.TRIG, prefixes=KG_PREFIXES)
    assert b"".join(trig_chunks(pieces, KG_PREFIXES)) == expected


def test_trig_writes_each_named_graph_as_a_block(tmp_path: Path) -> None:
    person = "https://kg.example.org/id/person/"
    blocks = [
        (
            "https://kg.example.org/id/article/a1/graph",
            [f'<{person}1> <{KG_PREFIXES["schema"]}name> "李华"@zh .\n'],
        ),
        (
            "https://kg.example.org/id/article/a2/graph",
            [
                f"<{person}1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG_PREFIXES['schema']}Person> .\n",
                f'<{person}1> <{KG_PREFIXES["schema"]}name> "李华"@zh .\n',
                f'<{person}2> <{KG_PREFIXES["schema"]}name> "王小明"@zh .\n',
            ],
        ),
    ]
    count = write_quads(
        [(g, [line.encode() for line in lines]) for g, lines in blocks], None, tmp_path / "g.trig"
    )
    assert count == 4
    body = (
        (tmp_path / "g.trig")
        .read_text(encoding="utf-8")
        .split("@prefix schema: <https://schema.org/> .\n")[1]
    )
    assert body == (
        "<https://kg.example.org/id/article/a1/graph> {\n"
        f'\t<{person}1> schema:name "李华"@zh .\n'
        "}\n"
        "<https://kg.example.org/id/article/a2/graph> {\n"
        f'\t<{person}1> a schema:Person ;\n\t\tschema:name "李华"@zh .\n'
        f'\t<{person}2> schema:name "王小明"@zh .\n'
        "}\n"
    )
    write_quads([], None, tmp_path / "empty.trig")
    assert (tmp_path / "empty.trig").read_bytes() == b""


def test_turtle_groups_subjects_and_predicates_and_shortens_terms(tmp_path: Path) -> None:
    kg, person = "https://kg.example.org/ontology#", "https://kg.example.org/id/person/"
    graph = [
        ox.Triple(
            ox.NamedNode(person + "1"), ox.NamedNode(f"{kg}alias"), ox.Literal("王小明", language="zh")
        ),
        ox.Triple(ox.NamedNode(person + "1"), ox.NamedNode(f"{kg}alias"), ox.Literal("小明")),
        ox.Triple(
            ox.NamedNode(person + "1"),
            ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            ox.NamedNode(f"{kg}a.b."),
        ),
        ox.Triple(
            ox.NamedNode(person + "1"),
            ox.NamedNode(f"{kg}age"),
            ox.Literal("40", datatype=ox.NamedNode(f"{XSD}integer")),
        ),
        ox.Triple(
            ox.NamedNode(person + "2"),
            ox.NamedNode(f"{kg}code"),
            ox.Literal("7", datatype=ox.NamedNode(f"{XSD}date")),
        ),
    ]
    write_turtle_lines([sorted_lines(graph)], tmp_path / "g.ttl", KG_PREFIXES)
    body = (
        (tmp_path / "g.ttl").read_text(encoding="utf-8").split("@prefix schema: <https://schema.org/> .\n")[1]
    )
    assert body == (
        f'<{person}1> a kg:a.b\\. ;\n\tkg:age 40 ;\n\tkg:alias "小明" , "王小明"@zh .\n'
        f'<{person}2> kg:code "7"^^xsd:date .\n'
    )
    assert (tmp_path / "g.ttl").read_bytes() == pyoxigraph_turtle(sorted_lines(graph))


def test_a_shorter_namespace_is_tried_when_the_longer_one_leaves_no_local_name() -> None:
    prefixes = {"long": "http://example.org/x", "short": "http://example.org/", "other": "urn:y:"}
    graph = [
        ox.Triple(
            ox.NamedNode(f"http://example.org/x{local}"), ox.NamedNode("urn:y:p"), ox.NamedNode("urn:y:o")
        )
        for local in ("\u00b7y", "\u0301", "1", "-", "", "/a/b")
    ]
    lines = sorted_lines(graph)
    parsed = ox.parse(b"".join(lines), format=ox.RdfFormat.N_TRIPLES)
    expected = ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    assert b"\nshort:x\xc2\xb7y other:p other:o .\n" in expected  # "·y" cannot start a local name
    assert b"".join(turtle_chunks([lines], prefixes)) == expected


def test_no_triples_is_an_empty_file(tmp_path: Path) -> None:
    write_turtle_lines([[], []], tmp_path / "g.ttl", KG_PREFIXES)
    assert (tmp_path / "g.ttl").read_bytes() == b"" == pyoxigraph_turtle([])


def test_in_memory_turtle_is_pyoxigraphs(tmp_path: Path) -> None:
    from rdflib import Dataset, Literal, URIRef

    ds = Dataset()
    g = ds.graph(URIRef("https://kg.example.org/id/article/a1/graph"))
    g.add(
        (
            URIRef("https://kg.example.org/id/person/1"),
            URIRef(KG_PREFIXES["schema"] + "name"),
            Literal("李华", lang="zh"),
        )
    )
    write_turtle(ds, tmp_path / "g.ttl")
    lines = sorted_lines(list(ox.parse(path=tmp_path / "g.ttl", format=ox.RdfFormat.TURTLE)))
    assert len(lines) == 1
    assert (tmp_path / "g.ttl").read_bytes() == pyoxigraph_turtle(lines)


# lines as N-Triples has them: ending in a line feed, with no other line break (a literal escapes them)
line_sets = st.lists(
    st.lists(
        st.sampled_from([b"<a> <p> 1 .\n", b"<b> <p> 2 .\n"])
        | st.binary(max_size=8).map(lambda b: b.replace(b"\n", b"").replace(b"\r", b"") + b"\n"),
        max_size=40,
    ),
    max_size=8,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line_sets, st.integers(min_value=1, max_value=200))
def test_sorted_lines_merge_runs_in_order(batches: list[list[bytes]], run_bytes: int) -> None:
    everything = [line for batch in batches for line in batch]
    with tempfile.TemporaryDirectory() as tmp:
        union = SortedLines(Path(tmp), run_bytes)
        for batch in batches:
            union.add(batch)
        assert [line for chunk in union.chunks() for line in chunk] == sorted(everything)
        assert list(union) == sorted(set(everything))
        union.close()
        assert not list(Path(tmp).iterdir())


def test_sorted_lines_spill_to_disk_and_read_back_in_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.export.rdf

    monkeypatch.setattr(kg.export.rdf, "READ_BYTES", 64)  # a run is read back in many pieces
    rnd = random.Random(3)
    lines = [
        b"<https://kg.example.org/id/x/%d> <p> %d .\n" % (rnd.randrange(500), i % 7) for i in range(3000)
    ]
    union = SortedLines(tmp_path, 4000)
    for start in range(0, len(lines), 100):
        union.add(lines[start : start + 100])
    assert len(list(tmp_path.iterdir())) > 10
    chunks = list(union.chunks())
    assert len(chunks) > 10
    assert [line for chunk in chunks for line in chunk] == sorted(lines)
    assert list(union) == sorted(set(lines))


def test_spool_reads_graphs_ahead_in_the_order_asked_with_people_replaced(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    n = READ_BATCH * READ_AHEAD * 2 + 3
    for i in range(n):
        block = b"<https://kg.example.org/id/article/a%d> <p> <https://kg.example.org/id/person/old> .\n" % i
        spool.add(ArticleDone(f"a{i}", "x.txt", block=pack(block), sightings=()))
    # a5 saw the person whose IRI moves
    moved = {"a5": [(b"<https://kg.example.org/id/person/old>", b"<https://kg.example.org/id/person/new>")]}
    order = [f"a{i}" for i in reversed(range(n))]
    graphs = list(spool.graphs(order, moved, PeopleIris(Minter())))
    spool.close()
    assert [g.data.split(b" ")[0] for g in graphs] == [
        b"<https://kg.example.org/id/article/%s>" % a.encode() for a in order
    ]
    assert [a for a, g in zip(order, graphs, strict=True) if g.moved] == ["a5"]
    assert graphs[order.index("a5")].data.endswith(b"/person/new> .\n")
    assert all(g.data.endswith(b"/person/old> .\n") for a, g in zip(order, graphs, strict=True) if a != "a5")
