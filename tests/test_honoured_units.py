"""Organisations honoured as such (先进集体, 先进基层党组织, a company's award), on invented articles
run through the whole pipeline: examples of each construction and the counter-examples that keep
an organisation named near an award from being its recipient."""

from __future__ import annotations

import pytest
from extraction_support import conferrals, extract, honoured_units

from kg.extract.honoured_units import presentations


def test_conferred_on_an_enumeration_of_units() -> None:
    ex = extract("省政府决定，授予绿川市红星机械有限公司、青禾县白塔纺织有限公司等20家企业“省长质量奖”称号。")
    assert honoured_units(ex) == [
        ("绿川市红星机械有限公司", "省长质量奖"),
        ("青禾县白塔纺织有限公司", "省长质量奖"),
    ]


def test_a_unit_that_receives_an_award() -> None:
    ex = extract("近日，青禾县第一中学再次荣获“全省文明校园”称号。")
    assert honoured_units(ex) == [("青禾县第一中学", "全省文明校园")]


def test_a_unit_whose_name_holds_and_is_one_item() -> None:
    ex = extract("青禾县住房和城乡建设局被评为“全省法治建设先进单位”。")
    assert honoured_units(ex) == [("青禾县住房和城乡建设局", "全省法治建设先进单位")]


def test_a_presentation_names_its_award_and_units() -> None:
    ex = extract(
        "会上，县委书记王小明向中共青禾县南湾镇委员会、青禾县人民医院党委颁发了先进基层党组织奖牌，"
        "向李华、张建国等10名同志颁发了荣誉证书。"
    )
    assert honoured_units(ex) == [
        ("中共青禾县南湾镇委员会", "先进基层党组织"),
        ("青禾县人民医院党委", "先进基层党组织"),
    ]
    assert "王小明" not in [c.person for c in conferrals(ex)]  # the presenter is no recipient


def test_persons_and_units_of_one_conferral() -> None:
    ex = extract("市委、市政府决定，授予王小明等10名同志和绿川市第二人民医院等5个集体“抗洪抢险先进”称号。")
    assert [c.person for c in conferrals(ex)] == ["王小明"]
    assert honoured_units(ex) == [("绿川市第二人民医院", "抗洪抢险先进")]


def test_a_quotation_inside_an_award_name() -> None:
    ex = extract("大会授予绿川市红星机械有限公司等50家企业全国“百企帮百村”先进民营企业荣誉称号。")
    assert honoured_units(ex) == [("绿川市红星机械有限公司", "全国“百企帮百村”先进民营企业")]


@pytest.mark.parametrize(
    "text",
    [
        # the unit is the employer in a person's title: the person is honoured
        "青禾县人民医院党委书记赵明荣获“优秀党务工作者”称号。",
        # the unit chose the work that won: nobody named is honoured
        "由青禾县第一中学选送的作品荣获“最佳创意”称号。",
        # the conferring bodies stand before 授予
        "青禾县委、青禾县人民政府授予李华“青禾好人”称号。",
        # a certificate with no award named
        "县委书记王小明向青禾县人民医院颁发了荣誉证书。",
    ],
)
def test_a_unit_named_near_an_award_that_is_no_recipient(text: str) -> None:
    assert honoured_units(extract(text)) == []


def test_units_before_an_earlier_award_are_not_recipients_of_the_next() -> None:
    """A caption runs on into the next line without a stop: the units it honours are not those
    honoured by the award after it."""
    ex = extract(
        "绿川市红星机械有限公司党支部、绿川市白塔电子有限公司党支部荣获先进基层党支部荣誉"
        "王小明、李华等8名同志荣获“优秀共产党员”称号。"
    )
    assert ("绿川市红星机械有限公司党支部", "优秀共产党员") not in honoured_units(ex)
    assert {c.person for c in conferrals(ex)} >= {"王小明", "李华"}


def test_presentations_read_quoted_and_unquoted_awards() -> None:
    text = "向甲单位颁发“全国文明单位”牌匾，为乙单位颁发了先进集体奖杯，向丙单位颁发了奖牌和证书。"
    assert [(name, text[a:b]) for _, _, name, (a, b) in presentations(text)] == [
        ("全国文明单位", "甲单位"),
        ("先进集体", "乙单位"),
    ]


def test_the_example_query_lists_honoured_organisations() -> None:
    """``examples/queries/16_honoured_organisations.rq`` on a build of an invented article (the
    sample page honours no organisation)."""
    from pathlib import Path

    from kg.export.rdf import union_graph
    from kg.rdf.graph import build_dataset
    from kg.rdf.iri import Minter

    ex = extract("绿川市人民政府决定，授予绿川市红星机械有限公司“市长质量奖”称号。")
    query = (Path(__file__).resolve().parents[1] / "examples/queries/16_honoured_organisations.rq").read_text(
        encoding="utf-8"
    )
    rows = [
        tuple(str(v) if v is not None else None for v in row)
        for row in union_graph(build_dataset([ex], Minter())).query(query)
    ]
    assert [r[:3] for r in rows] == [("绿川市红星机械有限公司", "市长质量奖", "绿川市人民政府")]
    assert rows[0][3].endswith("/article/t")


def test_a_presentation_to_persons_honours_them() -> None:
    ex = extract("县委书记王小明向李华、张建国颁发了“优秀教师”奖牌。")
    assert [(c.person, c.award) for c in conferrals(ex)] == [("李华", "优秀教师"), ("张建国", "优秀教师")]
    assert honoured_units(ex) == []


def honoured_places(text: str) -> list[tuple[str, str]]:
    ex = extract(text)
    awards = {a.key: a.name for a in ex.awards}
    return [(c.mention.text, awards[c.award]) for c in ex.conferrals if c.place]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("湘乡市荣获“全国文明城市”称号。", [("湘乡市", "全国文明城市")]),
        (
            "中央文明委决定，授予湘乡市、韶山市“全国文明城市”称号。",
            [("湘乡市", "全国文明城市"), ("韶山市", "全国文明城市")],
        ),
        ("国务院决定，命名韶山市为“国家园林城市”。", [("韶山市", "国家园林城市")]),
    ],
)
def test_a_place_honoured_as_such(text: str, expected: list[tuple[str, str]]) -> None:
    assert honoured_places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "在湘乡市，王小明荣获“全国劳动模范”称号。",  # where a person was honoured
        "湘乡市，作为试点城市，荣获“全国文明城市”称号。",  # not the verb's own clause
        "湘乡市第一中学荣获“全省文明校园”称号。",  # the school, not the city
        "授予下列单位“先进集体”称号：\n湘乡市\n湘乡市第一中学、湘乡市人民医院\n",  # a roll's place heading
    ],
)
def test_a_place_named_near_an_award_that_is_no_recipient(text: str) -> None:
    assert honoured_places(text) == []


def test_the_example_query_lists_honoured_places_too() -> None:
    from pathlib import Path

    from kg.export.rdf import union_graph
    from kg.rdf.graph import build_dataset
    from kg.rdf.iri import Minter

    ex = extract("中央文明委决定，授予湘乡市“全国文明城市”称号。")
    query = (Path(__file__).resolve().parents[1] / "examples/queries/16_honoured_organisations.rq").read_text(
        encoding="utf-8"
    )
    rows = [tuple(str(v) for v in row[:2]) for row in union_graph(build_dataset([ex], Minter())).query(query)]
    assert rows == [("湘乡市", "全国文明城市")]


@pytest.mark.parametrize(
    "text",
    [
        "学者们再次提出命名湘乡市为“花鼓之乡”倡议。",
        "该市拟命名韶山市为“红色旅游示范城市”。",
        "专家建议命名湘乡市为“文化名城”。",
    ],
)
def test_a_proposed_naming_names_nothing(text: str) -> None:
    assert honoured_places(text) == []
    assert honoured_units(extract(text)) == []
