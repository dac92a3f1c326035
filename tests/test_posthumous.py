"""Posthumous honours (追授, 被追授, 追记…功), end to end on invented articles: the extractor's flag,
the ``kg:posthumous`` triple and its shape, the example query 15, and the scorer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from extraction_support import conferrals, extract
from rdflib import SDO, XSD, Literal

from kg.errors import GoldError
from kg.eval import EvalResult, load_gold, score_graph
from kg.eval.predict import union_graph
from kg.export.rdf import write_trig
from kg.rdf.graph import build_dataset
from kg.rdf.iri import Minter
from kg.rdf.namespace import KG
from kg.store import open_store, query
from kg.validate import validate

DAY = dt.date(2023, 7, 14)  # the day of ARTICLE
QUERY = Path(__file__).resolve().parents[1] / "examples" / "queries" / "15_posthumous_honours.rq"

ARTICLE = (
    "青禾市追授三名抗洪牺牲干部优秀共产党员称号\n"
    "本报讯 7月14日，中共青禾市委决定，追授3名在抗洪抢险一线牺牲的党员干部青禾市优秀共产党员称号。"
    "3名同志分别是青禾区水利局副局长王小明、林山县应急管理局科长李华、青禾市消防救援支队队长张伟。\n"
    "同日，青禾市委授予赵建国同志“青禾先锋”称号。\n"
)


def flags(text: str) -> set[tuple[str, str, bool]]:
    """(recipient, award, posthumous) of every conferral."""
    return {(c.person, c.award, c.posthumous) for c in conferrals(extract(text))}


# ---------------------------------------------------------------- extraction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾市委追授王小明同志“青禾卫士”称号。", {("王小明", "青禾卫士", True)}),
        ("消防员张建国被追授全国五一劳动奖章。", {("张建国", "全国五一劳动奖章", True)}),
        (
            "王小明、李华同志被追授“青禾楷模”称号。",
            {("王小明", "青禾楷模", True), ("李华", "青禾楷模", True)},
        ),
        (
            "青禾市应急管理局追授3名牺牲干部青禾市优秀共产党员称号。他们分别是王小明、李华。",
            {("王小明", "青禾市优秀共产党员", True), ("李华", "青禾市优秀共产党员", True)},
        ),
        ("青禾省公安厅追记王小明同志个人一等功。", {("王小明", "个人一等功", True)}),
        ("民警李华被追记一等功。", {("李华", "一等功", True)}),
        (  # one posthumous and one living honour in one sentence
            "青禾市委追授烈士王小明同志“青禾卫士”称号，授予李华同志“青禾先锋”称号。",
            {("王小明", "青禾卫士", True), ("李华", "青禾先锋", False)},
        ),
    ],
)
def test_an_award_conferred_with_zhuishou_or_zhuiji_is_posthumous(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾市委授予王小明同志“青禾卫士”称号。", {("王小明", "青禾卫士", False)}),
        ("王小明被授予青禾市优秀教师称号。", {("王小明", "青禾市优秀教师", False)}),
        ("青禾市公安局授予王小明同志个人二等功。", {("王小明", "个人二等功", False)}),
        (
            "王小明、李华等15名同志荣获青禾市劳动模范。",
            {("王小明", "青禾市劳动模范", False), ("李华", "青禾市劳动模范", False)},
        ),
        # a ceremony of posthumous honours in another sentence does not make this honour one
        ("青禾市举行追授仪式。王小明荣获青禾市劳动模范称号。", {("王小明", "青禾市劳动模范", False)}),
        ("李华同志追记了王小明的事迹。", set()),  # 追记 of an account, not of a merit citation
        ("授予王小明等十名专家青禾合作奖。", set()),  # the grade rule keeps 等 a count here
    ],
)
def test_an_award_conferred_otherwise_is_not_posthumous(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 追授 of a ceremony in an earlier clause: 荣获 is the verb of the honour, never posthumous
        ("在追授仪式上，王小明荣获“青禾卫士”称号。", {("王小明", "青禾卫士", False)}),
        ("追授大会结束后，李华荣获“青禾标兵”荣誉称号。", {("李华", "青禾标兵", False)}),
        ("青禾县举行追授仪式，授予王小明同志“青禾卫士”荣誉称号。", {("王小明", "青禾卫士", False)}),
        # the posthumous honour of one clause is not the living one's of the next
        (
            "青禾县委追授王小明同志“青禾卫士”称号，李华荣获“青禾标兵”称号。",
            {("王小明", "青禾卫士", True), ("李华", "青禾标兵", False)},
        ),
        # counter-examples: 追授 in the clause of its award stays posthumous
        ("青禾县委决定，追授王小明同志“青禾卫士”荣誉称号。", {("王小明", "青禾卫士", True)}),
        # a comma inside the quoted name is no clause boundary
        (
            "青禾县授予王小明、李华“爱岗敬业，乐于奉献”荣誉称号。",
            {("王小明", "爱岗敬业，乐于奉献", False), ("李华", "爱岗敬业，乐于奉献", False)},
        ),
    ],
)
def test_the_posthumous_verb_confers_only_in_its_own_clause(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert flags(text) == expected


def test_zhuiji_ends_a_title_chain() -> None:
    ex = extract("青禾省公安厅追记民警王小明个人一等功。")
    assert not any("追记" in p.label for p in ex.posts)


# ---------------------------------------------------------------- RDF and query


def test_one_boolean_triple_on_posthumous_conferrals_only() -> None:
    ex = extract(ARTICLE, day=DAY)
    ds = build_dataset([ex], Minter())
    assert {c.recipient for c in ex.conferrals if c.posthumous} == {"t|王小明", "t|李华", "t|张伟"}
    assert [c.recipient for c in ex.conferrals if not c.posthumous] == ["t|赵建国"]
    graph = union_graph(ds)
    flagged = list(graph.triples((None, KG.posthumous, None)))
    assert {o for _, _, o in flagged} == {Literal(True)}
    assert all(isinstance(o, Literal) and o.datatype == XSD.boolean for _, _, o in flagged)
    names = {str(graph.value(graph.value(s, KG.recipient), SDO.name)) for s, _, _ in flagged}
    assert (len(flagged), names) == (3, {"王小明", "李华", "张伟"})
    assert validate(ds).conforms


def test_the_shape_allows_one_boolean() -> None:
    ex = extract(ARTICLE, day=DAY)
    ds = build_dataset([ex], Minter())
    graph = union_graph(ds)
    node = next(graph.subjects(KG.posthumous, Literal(True)))
    graph.add((node, KG.posthumous, Literal("yes")))
    report = validate(graph)
    assert not report.conforms
    assert "kg:posthumous" in report.text()


def test_query_15_lists_posthumous_honours_with_person_award_and_date(tmp_path: Path) -> None:
    ds = build_dataset([extract(ARTICLE, day=DAY)], Minter())
    write_trig(ds, tmp_path / "graph.trig")
    result = query(open_store(tmp_path / "graph.trig"), QUERY)
    assert result.variables == ["date", "person", "award", "evidence"]
    rows = {row[:3] for row in result.rows}
    assert rows == {("2023-07-14", name, "青禾市优秀共产党员") for name in ("王小明", "李华", "张伟")}
    assert all(row[3] and "王小明" in row[3] for row in result.rows)


# ---------------------------------------------------------------- scorer

GOLD_TEXT = "青禾市委追授王小明同志“青禾卫士”称号。青禾市委授予赵建国同志“青禾先锋”称号。"


def _gold(tmp_path: Path, awards: list[dict[str, object]], honorees: list[dict[str, object]]) -> Path:
    (tmp_path / "qh.txt").write_text("SOURCE: invented\n" + GOLD_TEXT, encoding="utf-8")
    path = tmp_path / "qh.gold.json"
    data = {"source": "qh.txt", "officials": [], "awards": awards, "honorees": honorees}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _honour(name: str, award: str, **extra: object) -> dict[str, object]:
    return {"name": name, "award": award, "category": None, "employer": None, "title": None, **extra}


#: A gold that states the flag: on 青禾卫士 (so on its honouree 王小明) and on the honouree 赵建国.
STATED = (
    [{"name": "青禾卫士", "posthumous": True}, {"name": "青禾先锋"}],
    [_honour("王小明", "青禾卫士"), _honour("赵建国", "青禾先锋", posthumous=False)],
)


def test_gold_posthumous_on_the_award_reaches_its_honourees(tmp_path: Path) -> None:
    gold = load_gold(_gold(tmp_path, *STATED))
    assert [(h.name, h.posthumous) for h in gold.honorees] == [("王小明", True), ("赵建国", False)]
    assert [a.posthumous for a in gold.awards] == [True, None]


def test_a_right_flag_scores_and_a_wrong_one_is_a_miss_and_a_false_positive(tmp_path: Path) -> None:
    gold = load_gold(_gold(tmp_path, *STATED))
    ex = extract(GOLD_TEXT)
    d = score_graph(gold, build_dataset([ex], Minter())).dimensions["honours"]
    assert (d.tp, d.fp, d.fn) == (2, 0, 0)

    ds = build_dataset([ex], Minter())
    ds.remove((None, KG.posthumous, None))
    result = score_graph(gold, ds)
    d = result.dimensions["honours"]
    assert (d.tp, d.fp, d.fn) == (1, 1, 1)
    assert [f.item for f in d.false_negatives] == ["王小明 | — | posthumous"]
    assert [f.item for f in d.false_positives] == ["王小明 | — | not posthumous"]
    explained = EvalResult([result]).explain()
    assert "FN 王小明 | — | posthumous" in explained and "FP 王小明 | — | not posthumous" in explained


def test_a_flag_the_gold_does_not_state_is_not_scored(tmp_path: Path) -> None:
    gold = load_gold(_gold(tmp_path, [], [_honour("王小明", "青禾卫士"), _honour("赵建国", "青禾先锋")]))
    assert [h.posthumous for h in gold.honorees] == [None, None]
    d = score_graph(gold, build_dataset([extract(GOLD_TEXT)], Minter())).dimensions["honours"]
    assert (d.tp, d.fp, d.fn) == (2, 0, 0)


def test_a_posthumous_that_is_not_a_boolean_is_a_gold_error(tmp_path: Path) -> None:
    path = _gold(tmp_path, [], [_honour("王小明", "青禾卫士", posthumous="yes")])
    with pytest.raises(GoldError, match=r"qh\.gold\.json.*honorees\[王小明\]\.posthumous.*true or false"):
        load_gold(path)
