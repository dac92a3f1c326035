"""The HTML exporter: offline, escaped, deterministic, and its focus/types/max_nodes options."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from kg import export
from kg.errors import KGError
from kg.export.html import EXTERNAL_REF, write_html
from kg.model import (
    Article,
    Award,
    AwardConferral,
    Event,
    Extraction,
    Holding,
    Organization,
    Person,
    Place,
    Post,
)
from kg.rdf.graph import build_dataset
from kg.rdf.iri import Minter

SCRIPT_NAME = "<script>alert(1)</script>"
IMG_NAME = '"><img src=x onerror=alert(1)>公司'
HEADLINE = "太原市召开全市工作会议"
TEXT = (
    f"{HEADLINE}\n"
    "太原市委书记李明出席全市工作会议。\n"
    f"{SCRIPT_NAME}考察了{IMG_NAME}。\n"
    "王芳荣获全国劳动模范称号。"
)


def span(article: Article, text: str, label: str, ref: str | None = None):
    start = article.text.index(text)
    return article.span(start, start + len(text), label, ref)


def extraction() -> Extraction:
    a = Article(id="a1", source="news.txt", index=0, text=TEXT, headline=HEADLINE, date=dt.date(2024, 3, 1))
    meeting = span(a, "太原市委书记李明出席全市工作会议", "Event")
    inspection = span(a, f"{SCRIPT_NAME}考察了{IMG_NAME}", "Event")
    return Extraction(
        article=a,
        persons=(Person("李明", "李明"), Person("王芳", "王芳"), Person("x", SCRIPT_NAME)),
        places=(
            Place("140000", "山西省", "province", code="140000"),
            Place("140100", "太原市", "prefecture", code="140100", parent="140000", aliases=("太原",)),
        ),
        organizations=(
            Organization("太原市委", "太原市委", "PartyOrganization", jurisdiction="140100"),
            Organization("img", IMG_NAME, "Corporation", jurisdiction="140100"),
            Organization("总工会", "中华全国总工会", "Organization", aliases=("全总",)),
        ),
        posts=(Post("太原市委书记", "太原市委书记", "书记", "太原市委"),),
        holdings=(Holding("李明", "太原市委书记", span(a, "太原市委书记李明", "Person", "李明")),),
        events=(
            Event(
                "会议", "全市工作会议", "Meeting", a.date.isoformat(), "140100", ("李明",), mention=meeting
            ),
            Event(
                "考察",
                "考察企业",
                "Inspection",
                a.date.isoformat(),
                "140100",
                ("x",),
                (IMG_NAME,),
                inspection,
            ),
        ),
        awards=(Award("劳模", "全国劳动模范", 2024, ("先进个人",), conferred_by="总工会"),),
        conferrals=(AwardConferral("王芳", "劳模", "先进个人", span(a, "王芳", "Person", "王芳")),),
    )


#: persons 3, places 2, organisations 3, post 1, events 2, award 1, category 1, article 1
EXPECTED = 14


@pytest.fixture
def ds():
    return build_dataset([extraction()], Minter())


def page(ds, tmp_path: Path, name: str = "graph.html", **options) -> str:
    path = tmp_path / name
    write_html(ds, path, **options)
    return path.read_text(encoding="utf-8")


def dataset(text: str, name: str) -> list[dict]:
    match = re.search(rf"{name} = new vis\.DataSet\((.*?)\);\n", text)
    assert match, f"no {name} DataSet in the page"
    return json.loads(match.group(1))


def labels(text: str) -> set[str]:
    return {n["label"] for n in dataset(text, "nodes")}


def test_page_makes_no_network_requests(ds, tmp_path):
    text = page(ds, tmp_path)
    assert not EXTERNAL_REF.search(text)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text, re.IGNORECASE)
    assert "bootstrap" not in text
    assert "default-src 'none'" in text  # CSP: the browser refuses any fetch
    assert "vis.Network" in text and "DataSet" in text  # vis-network itself is inlined


def test_nodes_are_the_entities_not_the_scaffolding(ds, tmp_path):
    text = page(ds, tmp_path)
    nodes = dataset(text, "nodes")
    assert len(nodes) == EXPECTED
    kinds = sorted(n["kind"] for n in nodes)
    assert kinds == sorted(
        ["Person"] * 3
        + ["Place"] * 2
        + ["Organization"] * 3
        + ["Post", "Event", "Event", "Award", "AwardCategory", "Article"]
    )
    assert not any("#char=" in n["id"] or "/membership/" in n["id"] or "/role/" in n["id"] for n in nodes)
    assert {"李明", "太原市委书记", "太原市委", "山西省", "全国劳动模范", "先进个人", HEADLINE} <= labels(
        text
    )
    assert "李明" in text and "出席" in text  # Chinese stays readable in the file itself


def test_edges_fold_memberships_and_conferrals(ds, tmp_path):
    text = page(ds, tmp_path)
    name = {n["id"]: n["label"] for n in dataset(text, "nodes")}
    edges = {(name[e["from"]], e["label"], name[e["to"]]) for e in dataset(text, "edges")}
    assert ("李明", "担任（书记）", "太原市委书记") in edges
    assert ("王芳", "获得（先进个人）", "全国劳动模范") in edges
    assert ("李明", "出席", "全市工作会议") in edges
    assert (SCRIPT_NAME, "考察", "考察企业") in edges
    assert ("考察企业", "考察", IMG_NAME) in edges
    assert ("太原市", "位于", "山西省") in edges
    assert ("太原市委书记", "隶属", "太原市委") in edges
    assert ("中华全国总工会", "颁发", "全国劳动模范") in edges
    assert (HEADLINE, "报道", "李明") in edges


def test_person_card_shows_posts_dates_and_evidence(ds, tmp_path):
    nodes = {n["label"]: n for n in dataset(page(ds, tmp_path), "nodes")}
    card = nodes["李明"]["card"]
    assert "人物 · Person" in card
    assert f"太原市委书记 · 2024-03-01 《{HEADLINE}》" in card
    assert "“太原市委书记李明出席全市工作会议。”" in card
    assert "全国劳动模范（先进个人）" in nodes["王芳"]["card"]


def test_organisation_card_shows_its_short_names(ds, tmp_path):
    nodes = {n["label"]: n for n in dataset(page(ds, tmp_path), "nodes")}
    assert "全总" in nodes["中华全国总工会"]["card"] and "全总" not in nodes["太原市委"]["card"]


def test_hostile_text_is_only_ever_escaped(ds, tmp_path):
    text = page(ds, tmp_path)
    for raw in ("<script>alert", "<img src=x", "<img", "onerror=alert(1)>"):
        assert raw not in text
    nodes = {n["label"]: n for n in dataset(text, "nodes")}
    assert SCRIPT_NAME in nodes and IMG_NAME in nodes  # labels are canvas text, kept as written
    for label in (SCRIPT_NAME, IMG_NAME):
        card = nodes[label]["card"]
        assert html.escape(label) in card
        assert label not in card
        assert "<script" not in card and "<img" not in card
    evidence = nodes[SCRIPT_NAME]["card"]
    assert html.escape(f"{SCRIPT_NAME}考察了{IMG_NAME}。") in evidence
    for edge in dataset(text, "edges"):
        assert "<script" not in edge["card"] and "<img" not in edge["card"]


def test_legend_lists_types_in_chinese_and_english(ds, tmp_path):
    text = page(ds, tmp_path)
    legend = re.search(r'<div id="kg-legend">.*?</table>', text, re.S).group(0)
    for zh, en in (("人物", "Person"), ("职务", "Post"), ("组织机构", "Organization"), ("奖项", "Award")):
        assert f"<td>{zh}</td><td>{en}</td>" in legend
    assert "Site" not in legend  # only kinds on the page


def test_fonts_physics_and_stop_script(ds, tmp_path):
    text = page(ds, tmp_path)
    options = json.loads(re.search(r"var options = (\{.*?\});\n", text).group(1))
    assert options["nodes"]["font"]["face"].startswith('"Noto Sans CJK SC", "Source Han Sans SC"')
    assert options["physics"]["solver"] == "barnesHut"
    assert options["physics"]["stabilization"]["iterations"] == 200
    assert 'network.once("stabilizationIterationsDone"' in text
    assert "physics: { enabled: false }" in text


def test_output_is_byte_identical(ds, tmp_path):
    write_html(ds, tmp_path / "one.html")
    write_html(ds, tmp_path / "two.html")
    write_html(build_dataset([extraction()], Minter()), tmp_path / "three.html")
    one = (tmp_path / "one.html").read_bytes()
    assert one == (tmp_path / "two.html").read_bytes() == (tmp_path / "three.html").read_bytes()


def test_registry_writes_the_page(ds, tmp_path):
    path = tmp_path / export.filename("html")
    export.get("html")(ds, path)
    assert len(dataset(path.read_text(encoding="utf-8"), "nodes")) == EXPECTED


def test_focus_keeps_the_neighbourhood(ds, tmp_path):
    assert labels(page(ds, tmp_path, focus="王芳", depth=0)) == {"王芳"}
    assert labels(page(ds, tmp_path, focus="王芳", depth=1)) == {"王芳", "全国劳动模范", HEADLINE}
    two = labels(page(ds, tmp_path, focus="王芳", depth=2))
    assert {"先进个人", "中华全国总工会", "李明", "全市工作会议"} <= two
    assert "山西省" not in two
    text = page(ds, tmp_path, focus="王芳", depth=1)
    assert "以“王芳”为中心" in text


def test_types_keep_only_those_kinds(ds, tmp_path):
    text = page(ds, tmp_path, types=["Person", "Post"])
    assert labels(text) == {"李明", "王芳", SCRIPT_NAME, "太原市委书记"}
    assert [e["label"] for e in dataset(text, "edges")] == ["担任（书记）"]
    assert labels(page(ds, tmp_path, types=["Place"], focus="太原市", depth=1)) == {"太原市", "山西省"}
    assert labels(page(ds, tmp_path, types="Place")) == {"太原市", "山西省"}  # one name, not letters


def test_max_nodes_keeps_the_best_linked_and_says_so(ds, tmp_path):
    full = page(ds, tmp_path)
    degree = {n["id"]: 0 for n in dataset(full, "nodes")}
    for e in dataset(full, "edges"):
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    text = page(ds, tmp_path, max_nodes=3)
    kept = {n["id"] for n in dataset(text, "nodes")}
    assert len(kept) == 3
    assert min(degree[i] for i in kept) >= max(degree[i] for i in degree if i not in kept)
    assert f"另有 {EXPECTED - 3} 个节点未显示" in text
    assert "未显示" not in full


@pytest.mark.parametrize(
    "options",
    [{"focus": "无此人"}, {"types": ["Persons"]}, {"max_nodes": 0}, {"focus": "王芳", "depth": -1}],
)
def test_bad_options_are_reported(ds, tmp_path, options):
    with pytest.raises(KGError):
        write_html(ds, tmp_path / "x.html", **options)
    assert not (tmp_path / "x.html").exists()


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to parse the page's scripts")
def test_inline_scripts_parse(ds, tmp_path):
    text = page(ds, tmp_path)
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", text, re.S)
    assert len(scripts) >= 4
    for i, body in enumerate(scripts):
        path = tmp_path / f"s{i}.js"
        path.write_text(body, encoding="utf-8")
        result = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_people_are_sized_by_degree_centrality(ds, tmp_path):
    nodes = {n["label"]: n for n in dataset(page(ds, tmp_path), "nodes")}
    # 李明 attended a meeting with nobody else; no person is linked to another here
    assert {nodes[p]["size"] for p in ("李明", "王芳", SCRIPT_NAME)} == {12}
    assert "度中心性 degree 0.000" in nodes["李明"]["card"]


def test_communities_colour_people_and_get_a_legend(tmp_path):
    from tests.test_analyze import extraction as meeting

    two = build_dataset(
        [
            meeting(1, ("王小明", "李华", "赵六"), ()),
            meeting(2, ("张三", "钱五", "孙七"), ()),
            meeting(3, ("周八",), ()),
        ],
        Minter(),
    )
    text = page(two, tmp_path, communities=True)
    colour = {n["label"]: n["color"] for n in dataset(text, "nodes") if n["kind"] == "Person"}
    assert colour["王小明"] == colour["李华"] == colour["赵六"] != colour["张三"] == colour["钱五"]
    assert colour["周八"] == "#CFCFCF"  # linked to nobody
    assert "社群 1 · 3 人" in text and "社群 2 · 3 人" in text and "社群 3" not in text
    plain = {n["label"]: n["color"] for n in dataset(page(two, tmp_path), "nodes")}
    assert plain["王小明"] == plain["张三"] == "#D55E00"  # by type unless asked


def test_search_list_names_people_and_organisations_escaped(ds, tmp_path):
    text = page(ds, tmp_path)
    options = re.findall(r'<option value="([^"]*)">', text)
    assert html.unescape(options[0]) and set(map(html.unescape, options)) == {
        "李明",
        "王芳",
        SCRIPT_NAME,
        "太原市委",
        IMG_NAME,
        "中华全国总工会",
    }
    assert 'value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;公司"' in text


def test_left_out_note_counts_each_kind(ds, tmp_path):
    text = page(ds, tmp_path, max_nodes=3)
    note = re.search(r"另有 11 个节点未显示（(.*?)）", text).group(1)
    counts = dict(item.split(" ") for item in note.split("、"))
    assert sum(map(int, counts.values())) == EXPECTED - 3
    assert "nodes left out:" in text


def test_big_graphs_get_positions_and_no_physics(tmp_path, monkeypatch):
    import kg.export.html as page_module

    monkeypatch.setattr(page_module, "PHYSICS_MAX", 5)
    text = page(build_dataset([extraction()], Minter()), tmp_path)
    options = json.loads(re.search(r"var options = (\{.*?\});\n", text).group(1))
    assert options["physics"] == {"enabled": False}
    assert options["edges"]["smooth"] == {"enabled": False}
    nodes = dataset(text, "nodes")
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)  # no two on one spot
    assert "var PRECOMPUTED = true" in text
    assert text == page(build_dataset([extraction()], Minter()), tmp_path, name="again.html")


def test_cli_html_writes_a_view(ds, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.export.rdf import write_trig

    write_trig(ds, tmp_path / "graph.trig")
    args = ["html", str(tmp_path), "--focus", "王芳", "--depth", "1", "--communities"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert labels((tmp_path / "view.html").read_text(encoding="utf-8")) == {"王芳", "全国劳动模范", HEADLINE}
    bad = CliRunner().invoke(main, ["html", str(tmp_path), "--types", "Persons"])
    assert bad.exit_code == 1 and "unknown node type(s) Persons" in bad.output


def test_a_former_post_and_an_honoured_organisation(tmp_path):
    """A post held before the article is drawn 曾任, not 担任; an organisation honoured as such
    gets its award's edge as a person does."""
    ex = extraction()
    former = replace(ex.holdings[0], former=True, since="2015-06")
    unit = AwardConferral(
        "总工会", "劳模", None, span(ex.article, "王芳", "Person", "王芳"), organization=True
    )
    ds = build_dataset([replace(ex, holdings=(former,), conferrals=(*ex.conferrals, unit))], Minter())
    text = page(ds, tmp_path)
    name = {n["id"]: n["label"] for n in dataset(text, "nodes")}
    edges = {(name[e["from"]], e["label"], name[e["to"]]) for e in dataset(text, "edges")}
    assert ("李明", "曾任（书记）", "太原市委书记") in edges
    assert not any(label.startswith("担任") for _, label, _ in edges)
    assert ("中华全国总工会", "获得", "全国劳动模范") in edges
