"""Rules of round 32's second part, each general grammar with examples and counter-examples: a
company named near its bare 公司 in a tour of several companies, a tour of the key companies.
Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import extract_page, holdings, honoured_units

from kg.extract.not_names import single_dotted

DAY = dt.date(2024, 2, 20)


def _page(text: str):
    return extract_page("标题\n" + text, DAY)


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(h.person, h.org.name, h.role) for h in holdings(_page(text))}


# -- a bare 公司 near the company it stands for -----------------------------------------------------

_TOUR = (
    "本报讯　2月19日，县长甘立民带队走访调研重点企业。\n"
    "　　在开发区，甘立民首先来到江苏恒岳新材料有限公司。公司董事长卜国栋介绍，订单同比增长两成。"
    "江苏恒岳新材料有限公司二期项目正在建设。\n"
    "　　在庙头镇，甘立民走进沭阳县锦华木业有限公司，察看生产线，与公司总经理欧阳志峰交流。\n"
)


def test_a_bare_company_word_is_the_company_named_in_its_sentence() -> None:
    posts = _posts(_TOUR)
    assert ("欧阳志峰", "沭阳县锦华木业有限公司", "总经理") in posts
    assert ("卜国栋", "江苏恒岳新材料有限公司", "董事长") in posts


def test_a_company_named_further_back_leaves_the_articles_own() -> None:
    text = (
        "江苏恒岳新材料有限公司召开年度工作会议\n"
        "本报讯　2月19日，江苏恒岳新材料有限公司召开年度工作会议。公司董事长卜国栋作报告。\n"
        "　　会议指出，去年公司与沭阳县锦华木业有限公司建立了合作关系。\n"
        "　　会议要求，各部门要抓好落实。\n"
        "　　公司总经理欧阳志峰主持会议。\n"
    )
    ex = extract_page(text, DAY)
    posts = {(h.person, h.org.name, h.role) for h in holdings(ex)}
    assert ("欧阳志峰", "江苏恒岳新材料有限公司", "总经理") in posts


# -- a tour of the key companies ---------------------------------------------------------------------


def test_a_tour_of_the_key_companies_is_an_inspection() -> None:
    tours = [ev for ev in _page(_TOUR).events if ev.kind == "Inspection"]
    assert [(ev.name, ev.date) for ev in tours] == [("甘立民走访调研重点企业", "2024-02-19")]


def test_companies_to_visit_in_a_plan_are_no_tour() -> None:
    text = "本报讯　会议要求，各级领导干部要经常走访调研重点企业，帮助解决困难。"
    assert _page(text).events == ()


def test_a_company_of_a_career_is_not_the_one_a_bare_word_stands_for() -> None:
    text = (
        "江苏恒岳新材料有限公司关于聘任高级管理人员的公告\n"
        "本报讯　江苏恒岳新材料有限公司董事会同意聘任邹建达先生为公司财务总监。\n"
        "　　邹建达：男，1978年出生，大学学历。曾任青禾会计师事务所有限公司项目经理。现任公司财务总监。\n"
    )
    posts = {(h.person, h.org.name, h.role) for h in holdings(extract_page(text, DAY))}
    assert ("邹建达", "青禾会计师事务所有限公司", "财务总监") not in posts


# -- a township's own report ----------------------------------------------------------------------------

_TOWNSHIP = (
    "本报讯　3月9日，围场满族蒙古族自治县姜家店乡第十八届人民代表大会第三次会议召开。"
    "会议由乡人大主席于丽霞主持。{more}"
)


def test_a_bare_township_congress_is_the_one_township_named() -> None:
    assert ("于丽霞", "姜家店乡人大", "主席") in _posts(_TOWNSHIP.format(more=""))


def test_a_name_whose_surname_the_tagger_glued_to_youyu_is_found_again() -> None:
    ex = _page(_TOWNSHIP.format(more="宣誓仪式由于丽霞监誓。"))
    assert {p.name for p in ex.persons} == {"于丽霞"}


def test_a_name_never_written_whole_is_not_made_from_youyu() -> None:
    ex = _page("本报讯　由于海岚天气原因，活动推迟。县长甘立民出席。")
    assert "于海岚" not in {p.name for p in ex.persons}


@pytest.mark.parametrize(
    "text", ["目前吉水县八都镇各村均已修订完善村规民约。", "吉水县八都镇文明村评选结果揭晓。"]
)
def test_every_village_or_an_honoured_kind_is_no_village(text: str) -> None:
    assert not [p for p in _page(text).places if p.level == "village"]


def test_who_gives_an_account_is_at_the_meeting() -> None:
    text = "本报讯　6月23日，全县乡村振兴现场推进会召开。与会人员观摩了马牧池乡。马牧池乡党委书记李长宁作了介绍。"
    names = {p.key: p.name for p in _page(text).persons}
    assert "李长宁" in {names[a] for ev in _page(text).events for a in ev.attendees}


# -- townships enumerated short and counted as towns ----------------------------------------------------


def test_townships_enumerated_short_and_counted_are_places() -> None:
    text = "本报讯　璧南医院医疗集团以重庆市璧山区璧南医院为牵头单位，整合七塘、八塘、河边、正兴等7个镇街的基层医疗卫生机构。"
    places = {p.name: p.aliases for p in _page(text).places if p.level == "township"}
    assert places == {"七塘镇": ("七塘",), "八塘镇": ("八塘",), "河边镇": ("河边",), "正兴镇": ("正兴",)}


@pytest.mark.parametrize(
    "text",
    [
        "本报讯　重庆市璧山区将整合医疗、教育、养老等5个领域的资源。",  # no towns counted
        "本报讯　重庆市璧山区七塘等镇街开展了排查。",  # one item: no enumeration
    ],
)
def test_words_before_a_count_of_no_towns_are_no_townships(text: str) -> None:
    assert not [p for p in _page(text).places if p.level == "township"]


@pytest.mark.parametrize(
    ("name", "dotted"),
    [("家风某宅·共富新镇", True), ("文·图", True), ("艾力江·吐尔逊江", False), ("叶尔兰·卡德尔", False)],
)
def test_a_slogans_pair_of_phrases_is_no_dotted_name(name: str, dotted: bool) -> None:
    assert single_dotted(name) is dotted


# -- a development zone before a company -----------------------------------------------------------


def test_a_development_zone_before_a_company_is_no_part_of_its_name() -> None:
    text = "本报讯　6月18日，重大项目集中开工活动在漯河经济技术开发区河南恒岳智能装备有限公司举行。"
    assert "河南恒岳智能装备有限公司" in {o.name for o in _page(text).organizations}


def test_a_company_named_after_its_zone_keeps_the_zone() -> None:
    text = "本报讯　青禾高新区开发建设有限公司董事长甘立民出席。"
    assert ("甘立民", "青禾高新区开发建设有限公司", "董事长") in _posts(text)


# -- a tour led by a chair and those with him ---------------------------------------------------------


def test_a_tour_of_key_projects_led_with_others_is_an_inspection() -> None:
    text = (
        "本报讯　8月16日，阳城县人大常委会主任原建军带领部分县人大常委会组成人员和县人大代表，"
        "视察全县重点公路建设项目。县人大常委会副主任党晓光参加视察。"
    )
    tours = [ev for ev in _page(text).events if ev.kind == "Inspection"]
    assert len(tours) == 1 and tours[0].date == "2024-08-16"


def test_projects_to_be_toured_are_no_tour() -> None:
    text = "本报讯　会议要求，下一步要组织代表视察全县重点公路建设项目。"
    assert _page(text).events == ()


# -- a team stationed in a village ---------------------------------------------------------------------


def test_a_stationed_team_after_a_villages_post_is_the_villages() -> None:
    text = "在乐业县同乐镇板洪村，板洪村党组织第一书记、驻村工作队队长农秋红介绍。"
    assert ("农秋红", "板洪村驻村工作队", "队长") in _posts(text)


def test_a_stationed_team_after_a_bureau_is_the_bureaus() -> None:
    text = "在同乐镇，县农业农村局驻村工作队队长农秋红介绍。"
    assert ("农秋红", "县农业农村局驻村工作队", "队长") in _posts(text)


# -- a biography's post held since a date ----------------------------------------------------------------


def test_a_post_held_since_a_date_in_a_biography_is_held() -> None:
    text = (
        "本报讯　近日，省委作出决定，追授甘正林同志“青禾省优秀共产党员”称号。\n"
        "　　甘正林，男，苗族，1983年9月生，生前系雷山县农业农村局干部，2019年3月起任西江镇雀鸟村党支部第一书记。"
    )
    assert ("甘正林", "西江镇雀鸟村党支部", "第一书记") in _posts(text)


def test_posts_of_a_career_in_a_biography_are_not_held_now() -> None:
    text = "本报讯　甘正林，男，1970年生，2015年任雷山县副县长，2019年任西江镇党委书记。"
    assert not _posts(text)


# -- a counted conferral of an honour for units ------------------------------------------------------


def test_units_counted_in_a_conferral_of_a_pioneer_post_receive_it_on_the_roll() -> None:
    text = (
        "本报讯　会上宣读了表彰决定，授予区志明等300名职工“青禾省五一劳动奖章”，"
        "授予青禾湾区数联科技有限公司芯片封测车间等200个集体“青禾省工人先锋号”。\n"
        "\n"
        "　　部分获奖名单\n"
        "　　青禾省五一劳动奖章\n"
        "　　区志明　广州华穗智能装备有限公司高级技师\n"
        "　　青禾省工人先锋号\n"
        "　　青禾湾区数联科技有限公司芯片封测车间\n"
        "　　广州市白云区康禾医院急诊科\n"
    )
    got = set(honoured_units(_page(text)))
    assert ("广州市白云区康禾医院急诊科", "青禾省工人先锋号") in got
    assert not [u for u, a in got if a == "青禾省五一劳动奖章"]
