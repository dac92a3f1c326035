"""graph.ttl written from statements made where each article was read (kg.union_turtle) is byte
for byte the Turtle of the union's sorted lines (kg.export.turtle.turtle_chunks)."""

from __future__ import annotations

import random
from pathlib import Path
from unittest import mock

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_export_speed import KG_PREFIXES, sorted_lines, triples
from test_scale import pages
from test_splice import PAGES as SPLICE_PAGES
from test_splice import SAME_OFFICIAL

from kg.cache import Cache
from kg.errors import KGError
from kg.export import turtle_units
from kg.export.turtle import turtle_chunks
from kg.export.turtle_units import again, encoded, union_statements, units_of, with_statements
from kg.packed import pack
from kg.rdf.iri import Minter
from kg.resolve import Resolution, Sighting
from kg.spool import BLOCK, Plan, Spool, write_union
from kg.stream import build_to
from kg.tasks import ArticleDone
from kg.union_turtle import PeopleIris, own_key, people_written_whole, split_own, turtle_parts

ID = "https://kg.example.org/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def cut(items: list[bytes], rnd: random.Random) -> list[list[bytes]]:
    """``items`` in chunks cut at random places."""
    cuts = sorted(rnd.sample(range(len(items) + 1), min(3, len(items) + 1)))
    return [items[a:b] for a, b in zip([0, *cuts], [*cuts, len(items)], strict=True) if b > a]


@settings(max_examples=200, deadline=None)
@given(st.lists(triples, min_size=1, max_size=4), st.randoms(use_true_random=False), st.booleans())
def test_units_of_several_graphs_write_the_turtle_of_their_union(
    graphs: list[list[ox.Triple]], rnd: random.Random, one_by_one: bool
) -> None:
    """Each graph's units, sorted together and cut anywhere, some marked to be written again,
    give the Turtle of all their lines: subjects several graphs share, blank nodes, subjects
    Turtle abbreviates, repeated and differing units."""
    lines = sorted({line for graph in graphs for line in sorted_lines(graph)})
    units = []
    for graph in graphs:
        made = units_of(sorted_lines(graph), KG_PREFIXES).splitlines(keepends=True)
        units += [again(unit) if rnd.random() < 0.2 else unit for unit in made]
    with mock.patch.object(turtle_units, "AGAIN_BATCH", 1 if one_by_one else 1024):
        written = b"".join(union_statements(cut(sorted(units), rnd), KG_PREFIXES))
    assert written == b"".join(turtle_chunks([lines], KG_PREFIXES))


def test_a_unit_is_one_line_that_sorts_as_its_subject() -> None:
    lines = sorted_lines(
        [
            ox.Triple(ox.NamedNode(ID + "org/1"), ox.NamedNode(f"{ID}p"), ox.Literal("甲\n乙")),
            ox.Triple(ox.NamedNode(ID + "org/1"), ox.NamedNode(RDF_TYPE[1:-1]), ox.NamedNode(f"{ID}C")),
            ox.Triple(ox.BlankNode("b"), ox.NamedNode(f"{ID}p"), ox.Literal("x")),
            ox.Triple(ox.NamedNode(ID + "org/2"), ox.NamedNode(f"{ID}p"), ox.BlankNode("b")),
        ]
    )
    units = units_of(lines, KG_PREFIXES).splitlines(keepends=True)
    assert len(units) == 3  # one per subject, each one line
    assert [u[: u.index(b" ")] for u in units] == [
        b"<%sorg/1>" % ID.encode(),
        b"<%sorg/2>" % ID.encode(),
        b"_:b",
    ]
    assert units[0].endswith(b'"\xe7\x94\xb2\\n\xe4\xb9\x99"\n')  # the literal's line break stays escaped
    assert b" ;\x00\t<" in units[0]  # the statement's own line breaks are written as UNIT_BREAK
    assert units[1].endswith(turtle_units.UNIT_LINES + b"\n")  # a blank node keeps its lines
    assert units[2].endswith(turtle_units.UNIT_LINES + b"\n")


def test_parts_go_where_their_keys_fall_and_out_of_order_is_a_bug() -> None:
    a = [b"<%sa/1> <p> <o> .\n" % ID.encode(), b"<%sz/1> <p> <o> .\n" % ID.encode()]
    part = (b"<%sarticle/x/" % ID.encode(), encoded(b"<%sarticle/x/text> <p> <o>" % ID.encode()))
    chunks = list(with_statements([a], [part]))
    assert chunks == [a[:1], part[1], a[1:]]
    assert list(with_statements([], [part])) == [part[1]]
    with pytest.raises(KGError, match="out of order"):
        list(with_statements([a], [part, part]))


def test_own_lines_are_the_articles_text_mentions_and_graph() -> None:
    minter = Minter()
    lines = sorted(
        f"<{iri}> <{ID}p> <{ID}o> .\n".encode()
        for iri in (
            minter.article("a1"),  # described by other graphs too: not its own
            minter.context("a1"),
            minter.mention("a1", 0, 2),
            minter.context("a10"),  # another article whose id starts the same
            minter.person("王小明"),
        )
    )
    own, rest = split_own(lines, own_key(minter, "a1"))
    assert sorted(line.split(b" ")[0] for line in own) == sorted(
        [f"<{minter.context('a1')}>".encode(), f"<{minter.mention('a1', 0, 2)}>".encode()]
    )
    assert len(rest) == 3


# --- a spool of articles whose people the resolution moves ------------------------------------

P = {name: f"<{Minter().person(name)}>" for name in ("a1|甲", "a1|乙", "a2|甲", "a3|丙", "a4|丁", "a4|戊")}
ORG = f"<{ID}org/o1>"
EVENT = f"<{ID}event/e{{}}>"


def article_lines(article: str, people: list[str], minter: Minter) -> list[bytes]:
    """An article's graph: its text and a mention of each person, the people, an organisation
    they all name, and an event with all of them among its participants."""
    text = f"<{minter.context(article)}>"
    lines = [f'{text} <{ID}isString> "…" .\n', f'{ORG} <{ID}label> "某某集团" .\n']
    for i, key in enumerate(people):
        mention = f"<{minter.mention(article, i, i + 2)}>"
        lines += [
            f"{mention} <{ID}ref> {P[key]} .\n",
            f"{mention} <{ID}context> {text} .\n",
            f"{P[key]} {RDF_TYPE} <{ID}Person> .\n",
            f'{P[key]} <{ID}name> "{key[-1]}" .\n',
            f"{EVENT.format(article)} <{ID}participant> {P[key]} .\n",
        ]
    if len(people) > 1:  # the text lists them all: a predicate of the text with several objects
        lines += [f"{text} <{ID}names> {P[key]} .\n" for key in people]
    return sorted({line.encode() for line in lines})


def done(article: str, people: list[str], minter: Minter, parts: bool = True) -> ArticleDone:
    lines = article_lines(article, people, minter)
    meta = [f'<{minter.graph(article)}> <{ID}source> "{article}.txt" .\n'.encode()]
    made = {}
    if parts:
        rest, own, own_lines, rest_lines = turtle_parts(lines, meta, own_key(minter, article))
        made = {"rest": pack(rest), "own": pack(own), "own_lines": own_lines}
        made["rest_lines"] = rest_lines
    sightings = tuple(Sighting(key, key[-1], article, frozenset()) for key in people)
    block = pack(b"".join(lines))
    return ArticleDone(
        article, f"{article}.txt", block=block, meta=b"".join(meta), sightings=sightings, **made
    )


CASES = {
    # a1's 甲 is a2's 甲: a subject two articles describe differently, and an object moved
    # among others in a1 (the event's participants, the text's names)
    "merged across articles": {"a1|甲": "a2|甲"},
    # both people of a4 are one: their lines become the same (counted again)
    "two of one article made one": {"a4|戊": "a4|丁"},
    "moved to a person the article has": {"a1|乙": "a1|甲"},
    "nobody moved": {},
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("without_parts", [(), ("a2",)])
def test_turtle_from_parts_is_the_turtle_of_the_lines(
    tmp_path: Path, case: str, without_parts: tuple
) -> None:
    minter = Minter()
    spool = Spool(tmp_path)
    articles = {"a1": ["a1|甲", "a1|乙"], "a2": ["a2|甲"], "a3": ["a3|丙"], "a4": ["a4|丁", "a4|戊"]}
    for article, people in articles.items():
        spool.add(done(article, people, minter, parts=article not in without_parts))
    resolution = Resolution(dict(CASES[case]), candidates=[("a3|丙", "a4|丁")])
    plan = Plan.of(spool, resolution, minter)
    spool.flush()
    fast, plain, lines = tmp_path / "fast.ttl", tmp_path / "plain.ttl", tmp_path / "plain.nt"
    try:
        count = write_union(plan, {"turtle": fast}, tmp_path, spool)
        # with N-Triples asked for too, the union is of the lines, and its Turtle written from them
        assert count == write_union(plan, {"turtle": plain, "ntriples": lines}, tmp_path, spool)
        graphs = graphs_after(plan, spool, resolution)
    finally:
        spool.close()
    assert fast.read_bytes() == plain.read_bytes()
    expected = sorted(set(lines.read_bytes().splitlines(keepends=True)))
    assert fast.read_bytes() == b"".join(turtle_chunks([expected], KG_PREFIXES))
    assert count == sum(len(set(g)) for g in graphs)


def graphs_after(plan: Plan, spool: Spool, resolution: Resolution) -> list[list[bytes]]:
    """Every graph's lines with the people replaced, read from the blocks: what the count counts."""
    out = []
    blocks = spool.decompressed((article, BLOCK) for article in spool.index)
    for article, data in zip(spool.index, blocks, strict=True):
        for old, new in plan.moved.get(article, ()):
            data = data.replace(old, new)
        out.append(data.splitlines())
    out.append([line for article in spool.index for line in spool.meta_lines(article)])
    out.append([f"{a} {b}".encode() for a, b in resolution.candidates])
    return out


@pytest.mark.parametrize(("jobs", "formats"), [(1, ["turtle"]), (2, ["turtle", "trig"])])
def test_a_build_writes_the_turtle_of_its_lines(tmp_path: Path, jobs: int, formats: list[str]) -> None:
    """Through the extraction, a resolution that merges people across articles, and (with two
    jobs, beside TriG) a second process: graph.ttl written from the parts is the Turtle of
    graph.nt's lines, as written with N-Triples (from the lines)."""
    folder = pages(tmp_path / "in", SPLICE_PAGES | {"a2.txt": SAME_OFFICIAL})
    cache = Cache(tmp_path / "cache")
    alone = build_to([folder], tmp_path / "alone", formats, jobs=jobs, cache=cache)
    both = build_to([folder], tmp_path / "both", ["turtle", "ntriples"], jobs=jobs, cache=cache)
    ttl = (tmp_path / "alone" / "graph.ttl").read_bytes()
    assert ttl == (tmp_path / "both" / "graph.ttl").read_bytes()
    lines = sorted(set((tmp_path / "both" / "graph.nt").read_bytes().splitlines(keepends=True)))
    assert ttl == b"".join(turtle_chunks([lines], KG_PREFIXES))
    assert alone.report["summary"]["triples"] == both.report["summary"]["triples"] > 100


def test_parts_are_used_only_where_people_are_written_whole() -> None:
    assert people_written_whole(Minter(), KG_PREFIXES)
    # a base under a prefix's namespace: Turtle shortens the people's IRIs, the lines do not
    assert not people_written_whole(
        Minter("https://kg.example.org/id/"), {"id": "https://kg.example.org/id/"}
    )


def test_people_iris_are_replaced_and_listed_ones_found() -> None:
    minter = Minter()
    a, b, c, kept = (f"<{minter.person_text(k)}>".encode() for k in ("a", "b", "c", "kept"))
    moves = {a: b"<new-a>", c: b"<new-c>"}
    iris = PeopleIris(minter)
    data = (
        b"<s> <p> " + a + b" .\n"
        b"<s> <q> " + kept + b" , " + c + b" ; <r> " + c + b" .\n"
        b'<t> <p> "' + a + b' , " .\n'  # in a literal, before a comma: a's own text, listed
    )
    listed = iris.listed(data, moves)
    assert [data[at : at + len(c)] for at in listed] == [c, a]
    assert iris.listed(data.replace(b" , ", b" ; "), moves) == []
    assert iris.listed(b"<s> <p> " + kept + b" , " + kept + b" .\n", moves) == []  # not moved
    replaced, found = iris.replaced(data, moves)
    assert replaced == data.replace(a, b"<new-a>").replace(c, b"<new-c>")
    assert found == [a, c]
    # an IRI that only starts like a person's is not one
    longer = a[:-1] + b"0>"
    assert iris.replaced(longer, moves) == (longer, [])
    assert iris.replaced(b"<s> <p> <other> .\n", moves) == (b"<s> <p> <other> .\n", [])


def test_people_iris_moved_in_a_chain_are_replaced_as_the_moves_say() -> None:
    """a goes to b's old IRI and b to c's: one after the other would make a c."""
    minter = Minter()
    a, b, c = (f"<{minter.person_text(k)}>".encode() for k in "abc")
    data = b"<s> <p> " + a + b" , " + b + b" .\n"
    for moves in ({a: b, b: c}, {b: c, a: b}):
        replaced, found = PeopleIris(minter).replaced(data, moves)
        assert replaced == b"<s> <p> " + b + b" , " + c + b" .\n"
        assert sorted(found) == sorted([a, b])
