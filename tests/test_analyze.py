"""The network of people: links, centralities, communities, CSV and GraphML, and `kg analyze`."""

from __future__ import annotations

import csv
import datetime as dt
import io

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analyze import CSV_COLUMNS, analyse, people_csv, people_graphml, write_analysis
from kg.cli import main
from kg.errors import KGError
from kg.export.graphml import graphml
from kg.export.rdf import write_trig
from kg.model import Article, Event, Extraction, Holding, Organization, Person, Post
from kg.rdf.graph import build_dataset
from kg.rdf.iri import Minter

# Two meetings bridged by 赵六; 孙七 serves with 王小明 in 甲公司; 周八 is linked to nobody.
PEOPLE = ("王小明", "李华", "张三", "赵六", "钱五", "孙七", "周八")


def extraction(i: int, attendees: tuple[str, ...], posts: tuple[tuple[str, str], ...]) -> Extraction:
    text = f"第{i}次会议\n" + "、".join(attendees) + "出席会议。" + "".join(f"{o}{p}" for p, o in posts)
    a = Article(
        id=f"a{i}", source="x.txt", index=i, text=text, headline=f"第{i}次会议", date=dt.date(2024, 1, i)
    )
    holdings = []
    for person, org in posts:
        start = text.index(f"{org}{person}")
        holdings.append(
            Holding(person, f"{org}经理", a.span(start, start + len(org + person), "Person", person))
        )
    return Extraction(
        article=a,
        persons=tuple(Person(p, p) for p in sorted({*attendees, *(p for p, _ in posts)})),
        organizations=tuple(Organization(o, o, "Corporation") for o in sorted({o for _, o in posts})),
        posts=tuple(Post(f"{o}经理", f"{o}经理", "经理", o) for o in sorted({o for _, o in posts})),
        holdings=tuple(holdings),
        events=(Event(f"m{i}", f"第{i}次会议", "Meeting", f"2024-01-0{i}", None, attendees),),
    )


@pytest.fixture
def ds():
    return build_dataset(
        [
            extraction(1, ("王小明", "李华", "赵六"), (("王小明", "甲公司"),)),
            extraction(2, ("张三", "钱五", "赵六"), (("孙七", "甲公司"),)),
            extraction(3, ("周八",), ()),
        ],
        Minter(),
    )


def by_name(analysis):
    return {p.name: p for p in analysis.people.values()}


def test_people_are_linked_by_events_and_organisations(ds):
    analysis = analyse(ds)
    net = analysis.network
    name = {iri: data["name"] for iri, data in net.nodes(data=True)}
    links = {frozenset((name[a], name[b])): data for a, b, data in net.edges(data=True)}
    assert set(name.values()) == set(PEOPLE)
    assert links[frozenset(("王小明", "李华"))]["events"] == "第1次会议"
    assert links[frozenset(("王小明", "孙七"))]["organizations"] == "甲公司"
    assert links[frozenset(("王小明", "孙七"))]["weight"] == 1
    assert frozenset(("李华", "张三")) not in links
    assert len(links) == 7  # 3 + 3 within the meetings, 1 through the company
    assert net.degree(next(i for i, n in name.items() if n == "周八")) == 0


def test_centralities_and_communities(ds):
    people = by_name(analyse(ds))
    assert people["赵六"].linked == 4
    assert people["赵六"].degree == pytest.approx(4 / 6, abs=1e-6)
    # 赵六 and 王小明 are the bridges; 李华 lies on no shortest path between others
    assert people["赵六"].betweenness > people["王小明"].betweenness > people["李华"].betweenness == 0
    assert people["周八"].community == 0 and people["周八"].linked == 0
    assert people["王小明"].posts == ("甲公司经理",)
    assert people["赵六"].events == ("第1次会议", "第2次会议")
    groups = {p.community for p in people.values() if p.name != "周八"}
    assert groups and 0 not in groups
    assert people["张三"].community == people["钱五"].community


def test_csv_has_the_figures_most_linked_first(ds):
    rows = list(csv.DictReader(io.StringIO(people_csv(analyse(ds)))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["person"] == "赵六"
    assert rows[0]["events_attended"] == "2" and rows[0]["people_linked"] == "4"
    assert float(rows[0]["degree_centrality"]) == pytest.approx(0.666667)
    assert {r["person"] for r in rows} == set(PEOPLE)
    assert rows[-1]["person"] == "周八" and rows[-1]["community"] == "0"


def test_graphml_reads_back_with_the_figures(ds, tmp_path):
    path = write_analysis(ds, tmp_path, "graphml")
    assert path.name == "people.graphml"
    g = nx.read_graphml(path)
    assert {d["label"] for _, d in g.nodes(data=True)} == set(PEOPLE)
    assert g.number_of_edges() == 7
    zhao = next(d for _, d in g.nodes(data=True) if d["label"] == "赵六")
    assert zhao["events_attended"] == 2 and zhao["degree_centrality"] == pytest.approx(0.666667)
    assert people_graphml(analyse(ds)) == path.read_text(encoding="utf-8")  # deterministic


def test_entity_graphml_exporter_has_kinds_and_edge_labels(ds):
    g = nx.read_graphml(io.BytesIO(graphml(ds).encode()))
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert {"Person", "Post", "Organization", "Event", "Article"} <= kinds
    labels = {d["label"] for *_, d in g.edges(data=True)}
    assert {"出席", "隶属"} <= labels and "担任（经理）" in labels
    zhao = next(d for _, d in g.nodes(data=True) if d["label"] == "赵六")
    assert zhao["degree_centrality"] == pytest.approx(0.666667)


def test_unknown_format_is_an_error(ds, tmp_path):
    with pytest.raises(KGError, match="choose one of csv, graphml"):
        write_analysis(ds, tmp_path, "xlsx")


def test_cli_analyze_writes_csv_and_graphml(ds, tmp_path):
    write_trig(ds, tmp_path / "graph.trig")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "7 people, 7 links" in result.output and "赵六 0.67" in result.output
    assert (tmp_path / "people.csv").read_text(encoding="utf-8").startswith("person,posts,")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "graphml"])
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(tmp_path / "people.graphml").number_of_nodes() == 7
    missing = CliRunner().invoke(main, ["analyze", str(tmp_path / "nothing")])
    assert missing.exit_code == 1 and "no such file or folder" in missing.output
