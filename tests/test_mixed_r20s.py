"""Round 20 (S) of the mixed-articles check: the meetings of a political consultative conference
and of a review (专题协商会, 议政会, 通气会, 分析会, 点评会), those who answer or propose at a meeting
(``就…作了回应``, ``某某提出，…``, ``围绕…提出建议。``) and the day of a meeting held as a step of a
tour told in an earlier paragraph (``调研中，某某还召开座谈会``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction_support import events_by_name, extract_page, holdings

# -- meeting words of consultation and review -------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "“推动乡村产业发展”专题协商会",
        "青禾县政协对口协商会",
        "季度经济运行分析会",
        "青禾县政协双周议政会",
        "青禾县重点工作媒体通气会",
        "青禾县基层党建工作点评会",
    ],
)
def test_a_consultation_or_review_meeting_is_an_event_with_those_present(name: str) -> None:
    text = (
        f"青禾县召开会议\n　　本报讯 6月3日，青禾县召开{name}。县政协主席王小明主持会议，副县长李华出席。\n"
    )
    ex = extract_page(text)
    assert events_by_name(ex) == {name: {"王小明", "李华"}}
    assert ex.events[0].date == "2025-06-03"


def test_consultation_words_counter_examples() -> None:
    planned = "政协工作\n　　本报讯 县政协主席王小明说，今年将围绕乡村产业开展协商议政，提出意见建议。\n"
    assert events_by_name(extract_page(planned)) == {}  # consultation as a task, no meeting held
    council = "政协工作\n　　本报讯 县政协主席王小明看望了参加协商的委员，副县长李华陪同。\n"
    # no meeting word at all: no consultation held, only the visit (round 36)
    assert list(events_by_name(extract_page(council))) == ["王小明看望参加协商的委员"]


# -- those who answer, propose or call at the meeting ------------------------------------------------

HELD = "青禾县召开专题协商会\n　　本报讯 6月3日，青禾县政协召开农业产业专题协商会。县政协主席王小明主持会议。\n　　会上，"


@pytest.mark.parametrize(
    "told",
    [
        "县农业农村局局长李华就委员们的问题作了回应。",
        "县农业农村局局长李华对委员们的问题逐一回应。",
        "县农业农村局局长李华就委员们的问题作出回应。",
        "县农业农村局局长李华现场作答。",
        "县政协委员李华提出，要扩大农业保险的覆盖面。",
        "县政协委员李华呼吁，加快补齐冷链物流短板。",
        "县政协委员李华围绕农产品品牌建设提出建议。",
        "县政协委员李华就培育家庭农场提出了意见。",
    ],
)
def test_one_who_answers_or_proposes_after_the_meeting_is_named_is_present(told: str) -> None:
    ex = extract_page(f"{HELD}县政协委员张建国建议，加快发展订单农业。{told}\n")
    assert events_by_name(ex) == {"农业产业专题协商会": {"王小明", "张建国", "李华"}}


@pytest.mark.parametrize(
    "told",
    [
        "县政协委员张建国发言。会议要求各部门围绕农产品品牌建设提出意见。",  # a task set, not a speech
        "县政协委员张建国发言。下一步，李华将围绕农产品品牌建设提出建议。",  # one to come
        "县政协委员张建国发言。会议提出，要扩大农业保险的覆盖面。",  # the meeting, no person
    ],
)
def test_answering_and_proposing_counter_examples(told: str) -> None:
    ex = extract_page(f"{HELD}{told}\n")
    assert events_by_name(ex) == {"农业产业专题协商会": {"王小明", "张建国"}}


# -- a meeting that is a step of a tour told before ---------------------------------------------------

TOUR = "王小明在青禾县调研\n　　本报讯 5月22日，县委书记王小明深入东河镇调研茶产业发展。\n　　"


@pytest.mark.parametrize(
    "step",
    ["调研中，", "调研期间，", "调研结束后，", "考察中，", "随后，", "当天，"],
)
def test_a_meeting_held_as_a_step_of_a_tour_is_of_the_tours_day(step: str) -> None:
    ex = extract_page(f"{TOUR}{step}王小明还召开座谈会，听取东河镇党委工作汇报。\n", day=dt.date(2025, 5, 23))
    days = {ev.name: ev.date for ev in ex.events}
    assert days["座谈会"] == "2025-05-22"


@pytest.mark.parametrize(
    "told",
    [
        "5月23日，王小明召开座谈会，听取东河镇党委工作汇报。",  # a day of its own
        "王小明召开座谈会，听取东河镇党委工作汇报。",  # a paragraph of its own, no step of the tour
    ],
)
def test_tour_step_counter_examples(told: str) -> None:
    ex = extract_page(f"{TOUR}{told}\n", day=dt.date(2025, 5, 23))
    days = {ev.name: ev.date for ev in ex.events}
    assert days["座谈会"] == "2025-05-23"


# -- the one whose case a meeting reports is not present ---------------------------------------------

CASE = "全县警示教育大会召开\n　　本报讯 6月3日，全县警示教育大会召开。县委书记李华出席会议并讲话。"


@pytest.mark.parametrize(
    "told",
    [
        "会议通报了原县水利局局长王小明严重违纪违法案。",
        "会上通报了王小明违纪违法问题。",
        "县纪委书记张建国通报了王小明案的查处情况。",
        "会议通报了王小明等3人的典型案例，并对整改作出部署。",
    ],
)
def test_one_whose_case_is_reported_is_not_present(told: str) -> None:
    names = events_by_name(extract_page(f"{CASE}{told}\n"))["全县警示教育大会"]
    assert "李华" in names
    assert "王小明" not in names


def test_reported_case_counter_examples() -> None:
    told = "县纪委书记张建国通报了全县案件查处情况，副县长王小明出席。"
    names = events_by_name(extract_page(f"{CASE}{told}\n"))["全县警示教育大会"]
    assert {"李华", "张建国", "王小明"} <= names  # the one who reports, and one who attends after it


# -- a short form that a province shares with its own city --------------------------------------------


def place_names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).places}


@pytest.mark.parametrize(
    "told",
    [
        "要为谱写中国式现代化吉林篇章贡献力量。",
        "春耕时节，吉林大地处处是忙碌的景象。",
        "全力推动吉林全面振兴取得新突破。",
        "吉林是农业大省，粮食产量稳定增长。",
    ],
)
def test_a_short_form_shared_by_a_province_and_its_city_is_the_province(told: str) -> None:
    names = place_names(f"全省春耕工作会议召开\n　　本报讯 6月3日，全省春耕工作会议在长春召开。{told}\n")
    assert "吉林省" in names
    assert "吉林市" not in names


def test_shared_short_form_counter_examples() -> None:
    text = "全市工作会议召开\n　　本报讯 吉林市公安局民警王小明介绍了情况。吉林的冬季旅游很热。\n"
    bare = [m.ref for m in extract_page(text).mentions if m.text == "吉林" and m.label == "Place"]
    assert bare == ["220200"]  # the article reads it as the city elsewhere (吉林市): the city
    other = place_names("海南州召开会议\n　　本报讯 6月3日，青海省海南州召开工作会议。\n")
    assert "海南省" not in other  # a prefecture of another province: no province of its own name


# -- a ceremony held at the same time at branch venues ------------------------------------------------

LAUNCH = (
    "青禾县重点项目集中开工\n　　本报讯 3月18日，青禾县重点项目集中开工活动在东河镇举行。县长王小明出席。"
)


@pytest.mark.parametrize(
    "told",
    [
        "当天，东河镇、西山镇设分会场，同步举行项目开工仪式。",
        "各乡镇设立分会场同步举行开工仪式。",
        "在各分会场同时举行签约仪式。",
        "西山镇分会场同期举行项目奠基仪式。",
    ],
)
def test_a_ceremony_at_branch_venues_at_the_same_time_is_the_main_event(told: str) -> None:
    assert set(events_by_name(extract_page(f"{LAUNCH}{told}\n"))) == {"青禾县重点项目集中开工活动"}


def test_branch_venue_counter_examples() -> None:
    told = "活动同时举行了项目签约仪式，副县长李华出席。"  # a part held at the main venue
    assert "项目签约仪式" in events_by_name(extract_page(f"{LAUNCH}{told}\n"))
    later = "分会场设在西山镇。次日，西山镇举行项目奠基仪式。"  # another day, no 同步
    assert any(name.endswith("项目奠基仪式") for name in events_by_name(extract_page(f"{LAUNCH}{later}\n")))


# -- a district written before a company's registered name that opens with its own city --------------

VISIT = "调研纪实\n　　本报讯 随后，他来到{}，察看生产线。\n"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("雨山区马鞍山宏远机械有限公司", "马鞍山宏远机械有限公司"),
        ("天河区广州宏远机械有限公司", "广州宏远机械有限公司"),
        ("鼓楼区南京市宏远机械有限公司", "南京市宏远机械有限公司"),
        ("江宁区江苏宏远机械股份有限公司", "江苏宏远机械股份有限公司"),
    ],
)
def test_a_district_before_a_name_that_opens_with_its_city_is_where_the_company_is(
    written: str, name: str
) -> None:
    assert {o.name for o in extract_page(VISIT.format(written)).organizations} == {name}


@pytest.mark.parametrize(
    "written",
    ["马鞍山市雨山区宏远机械有限公司", "雨山区宏远机械有限公司", "天河区深圳宏远机械有限公司"],
)
def test_district_before_company_counter_examples(written: str) -> None:
    # a chain going down, a district alone, a district before another city's company: one name
    assert {o.name for o in extract_page(VISIT.format(written)).organizations} == {written}


# -- a bare village or township organ after a chain item of another level -----------------------------


def held(text: str) -> set[tuple[str, str]]:
    return {(h.org.name, h.role) for h in holdings(extract_page(text))}


@pytest.mark.parametrize(
    ("chain", "post"),
    [
        ("县人大代表、村党支部书记", ("茅草村党支部", "书记")),
        ("市人大代表、村委会主任", ("茅草村村委会", "主任")),
        ("县政协委员、村党总支书记", ("茅草村党总支", "书记")),
        ("县委常委、镇党委书记", ("东河镇党委", "书记")),
    ],
)
def test_a_bare_organ_after_an_item_of_another_level_is_of_the_place_named(
    chain: str, post: tuple[str, str]
) -> None:
    assert post in held(f"青禾县调研\n　　本报讯 在东河镇茅草村，{chain}王小明介绍了情况。\n")


def test_bare_organ_in_a_chain_counter_examples() -> None:
    same = held("青禾县调研\n　　本报讯 在东河镇、西山镇，西山镇党委书记、镇长王小明介绍了情况。\n")
    assert ("西山镇人民政府", "镇长") in same  # the same township as the item before it, by the chain
    two = held("青禾县调研\n　　本报讯 在东河镇、西山镇，西山镇党委书记、镇党委副书记王小明介绍了情况。\n")
    assert ("西山镇党委", "副书记") in two  # not 东河镇's: the chain's township


# -- a law firm's titles ending in 律师 or 合伙人 are one title -------------------------------------------


@pytest.mark.parametrize(
    "title", ["主任律师", "合伙人律师", "执业律师", "专职律师", "高级合伙人", "首席合伙人"]
)
def test_a_law_firms_compound_title_is_one_title(title: str) -> None:
    got = held(f"青禾县座谈会\n　　本报讯 青禾律师事务所{title}王小明发言。\n")
    assert got == {("青禾律师事务所", title)}


@pytest.mark.parametrize("title", ["主任", "律师", "合伙人"])
def test_law_firm_title_counter_examples(title: str) -> None:
    got = held(f"青禾县座谈会\n　　本报讯 青禾律师事务所{title}王小明发言。\n")
    assert got == {("青禾律师事务所", title)}  # the plain titles stay as written
