"""End-to-end checks on mixed articles of the genre (an honour list with an attachment roll, a
county's own meeting), each rule with examples and counter-examples. Invented people, units and townships; real divisions."""

from __future__ import annotations

import pytest
from extraction_support import conferrals, extract, unit_conferrals

from kg.extract.honours import heading_award
from kg.extract.unit_rolls import signed
from kg.model import Extraction

# ---------------------------------------------------------------- an attachment roll under award headings

_DECISION = (
    "为表彰先进，省人民政府决定，授予青禾县林业局等2个单位“全省护林防火工作先进集体”称号，"
    "授予王小明等2名同志“全省护林防火工作先进个人”称号。\n"
    "附件：全省护林防火工作先进集体和先进个人名单\n"
)
_ROLL = (
    "全省护林防火工作先进集体（2个）\n青禾县林业局\n绿川县消防救援大队\n"
    "全省护林防火工作先进个人（2名）\n王小明　青禾县林业局副局长\n李华（女）　绿川县消防救援大队队长\n"
)


def _assert_the_roll_s_awards(ex: Extraction) -> None:
    """The units of _ROLL get its collective award, the persons its individual one."""
    assert sorted(unit_conferrals(ex)) == [
        ("绿川县消防救援大队", "全省护林防火工作先进集体", None),
        ("青禾县林业局", "全省护林防火工作先进集体", None),
    ]
    assert sorted((c.person, c.award) for c in conferrals(ex)) == [
        ("李华", "全省护林防火工作先进个人"),
        ("王小明", "全省护林防火工作先进个人"),
    ]


def test_entries_under_a_heading_that_names_a_conferred_award_receive_that_award() -> None:
    ex = extract(_DECISION + "山西省人民政府\n2024年3月1日\n" + _ROLL)
    _assert_the_roll_s_awards(ex)
    assert "全省护林防火工作先进集体和先进个人" not in {a.name for a in ex.awards}


def test_the_signature_over_the_date_is_no_recipient() -> None:
    ex = extract(_DECISION + "山西省人民政府\n2024年3月1日\n" + _ROLL)
    assert "山西省人民政府" not in [u for u, _a, _c in unit_conferrals(ex)]
    assert signed("甲局\n2024年3月1日\n乙局", 2)
    assert signed("甲局\n二〇二四年三月一日", 2)
    assert not signed("甲局\n乙局\n2024年3月1日", 2)  # the line after 甲局 is a unit, no date
    assert not signed("甲局\n2024年3月1日召开大会", 2)  # a date that opens prose


def test_a_roll_under_bare_category_headings_keeps_the_lists_award() -> None:
    ex = extract(
        "现将全省护林防火工作先进名单公布如下：\n先进集体（2个）\n青禾县林业局\n绿川县消防救援大队\n"
        "各地要以先进为榜样，扎实做好今冬明春护林防火各项工作。"
    )
    assert sorted(unit_conferrals(ex)) == [
        ("绿川县消防救援大队", "全省护林防火工作先进", "先进集体"),
        ("青禾县林业局", "全省护林防火工作先进", "先进集体"),
    ]


# ---------------------------------------------------------------- a county's own townships


def _towns(ex: Extraction) -> list[tuple[str, str | None]]:
    names = {p.key: p.name for p in ex.places}
    return sorted((p.name, names.get(p.parent or "")) for p in ex.places if p.level == "township")


def test_a_county_article_places_its_townships_named_alone() -> None:
    ex = extract(
        "1月8日，清徐县召开全县农业农村工作会议。县委书记王小明到会讲话。"
        "会上，青禾镇、柳溪镇和县农业农村局作了交流发言。"
    )
    assert _towns(ex) == [("柳溪镇", "清徐县"), ("青禾镇", "清徐县")]


def test_a_county_article_places_a_list_of_its_townships_named_before_the_county() -> None:
    ex = extract(
        "县委常委会召开会议。会议要求，抓好青禾镇、柳溪镇、梅岭乡等主产区茶园改造。"
        "会议原则通过《清徐县茶产业发展方案》。全县上下要抓好落实。"
    )
    assert _towns(ex) == [("柳溪镇", "清徐县"), ("梅岭乡", "清徐县"), ("青禾镇", "清徐县")]


@pytest.mark.parametrize(
    "text",
    [
        # two counties named: no county's own news
        "1月8日，清徐县、阳曲县召开农业农村工作联席会议。会上，青禾镇和县农业农村局作了交流发言。",
        # no township level word (镇/乡/街道)
        "1月8日，清徐县召开全县农业农村工作会议。会上，青禾园区作了交流发言。",
        # the article does not speak as the county (全县, 县委…)
        "1月8日，清徐县召开农业农村工作会议。会上，青禾镇和市农业农村局作了交流发言。",
        # the township is named before the county
        "青禾镇作了交流发言。1月8日，清徐县召开全县农业农村工作会议。",
    ],
)
def test_no_lone_township_is_placed_outside_a_county_s_own_news(text: str) -> None:
    assert _towns(extract(text)) == []


def test_a_short_heading_names_the_one_conferred_award_that_ends_with_it() -> None:
    roll = _ROLL.replace("全省护林防火工作先进集体（2个）", "一、先进集体（2个）").replace(
        "全省护林防火工作先进个人（2名）", "二、先进个人（2名）"
    )
    ex = extract(_DECISION + "山西省人民政府\n2024年3月1日\n" + roll)
    _assert_the_roll_s_awards(ex)


def test_heading_award() -> None:
    conferred = {"全省某某先进集体": 1, "全省某某先进个人": 2, "全市某某先进个人": 3}
    assert heading_award("全省某某先进集体", conferred) == 1
    assert heading_award("先进集体", conferred) == 1
    assert heading_award("先进个人", conferred) is None  # two awards end so: no guess
    assert heading_award("优秀党员", conferred) is None
    assert heading_award(None, conferred) is None
