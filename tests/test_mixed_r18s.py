"""Round 18 (S): elections that go on in the next clause, a leading body's 生活会, words glued to a
name's end, a county paper's home, a township before a company's name. Invented names only."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import events_by_name, extract_page, org_posts

from kg.extract.appointments import appointee, appointments
from kg.extract.divisions import gazetteer
from kg.extract.org_townships import township_head
from kg.extract.own_voice import county_city

DAY = dt.date(2025, 3, 2)


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("选举王小明为主席，李华、赵强为副主席。", "李华、赵强"),
        ("选举王小明（女）为主席，李华（兼职）、赵强（挂职）为副主席。", "李华（兼职）、赵强（挂职）"),
        ("任命王小明为局长，李华为副局长；", "李华"),
        ("会议选举王小明为主任，刘芳、陈刚、周敏为副主任。", "刘芳、陈刚、周敏"),
        ("聘任王小明为院长，李华为副院长。", "李华"),
    ],
)
def test_an_election_goes_on_in_the_clauses_of_names_and_a_post(sentence: str, second: str) -> None:
    found = appointments(sentence)
    assert [a.names for a in found][1:] == [second]
    assert found[1].verb == found[0].verb


@pytest.mark.parametrize(
    "sentence",
    [
        "免去王小明的局长职务，李华为此作了说明。",  # a removal goes on to no clause
        "选举王小明为主席，这为今后打下基础。",  # one character: no name
        "选举王小明为主席，选举李华为副主席。",  # its own verb: one appointment each, no more
        "选举王小明为主席，全体代表为之鼓掌。",  # 为之: no post
    ],
)
def test_no_election_goes_on_where_the_clause_is_no_list_of_names(sentence: str) -> None:
    names = [a.names for a in appointments(sentence)]
    assert "李华为此" not in names and "这" not in names
    assert all(not n.startswith("选举") for n in names)
    assert "全体代表" not in names


def test_a_post_mark_after_an_appointee_is_no_part_of_the_name() -> None:
    assert appointee("李华（兼职）") == "李华"
    assert appointee("赵强（挂职）") == "赵强"
    assert appointee("王小明（女）") == "王小明"


def test_the_vice_chairs_elected_after_the_chair_hold_the_chairs_organisation() -> None:
    page = (
        "青禾市妇联召开执委会议\n本报讯 3月1日，青禾市妇联召开执委会议，选举王小明（女）为市妇联主席，"
        "李华、赵丽（兼职）为副主席。王小明此前任青禾市某某区委副书记。"
    )
    got = org_posts(extract_page(page, DAY))
    chair = {(o, r) for p, o, r in got if p == "王小明"}
    assert any(r == "主席" for _, r in chair)
    org = next(o for o, r in chair if r == "主席")
    assert ("李华", org, "副主席") in got and ("赵丽", org, "副主席") in got


@pytest.mark.parametrize(
    "held",
    [
        "1月8日，市委常委班子召开2024年度民主生活会。",
        "1月8日，县政府党组召开2024年度民主生活会。",
        "1月8日，区委常委班子召开2025年度专题民主生活会。",
        "1月8日，市纪委监委机关党委召开2024年度组织生活会。",
    ],
)
def test_a_leading_bodys_life_meeting_is_an_event_named_by_its_holder(held: str) -> None:
    page = f"青禾市召开会议\n{held}市委书记王小明主持会议并讲话。李华、赵强等逐一发言。"
    got = events_by_name(extract_page(page, DAY))
    name = next(n for n in got if n.endswith("生活会"))
    holder = held[held.index("，") + 1 : held.index("召开")]
    assert name.startswith(holder) and {"王小明", "李华", "赵强"} <= got[name]


def test_a_life_meeting_only_spoken_of_is_no_event() -> None:
    page = "青禾市部署工作\n1月8日，王小明在会上要求，各级党组织要开好民主生活会，把问题查摆到位。"
    assert not any(n.endswith("生活会") for n in events_by_name(extract_page(page, DAY)))


@pytest.mark.parametrize("word", ["此前任", "此后调任", "曾任", "随后主持"])
def test_a_word_of_time_the_tagger_glued_to_a_name_is_no_part_of_it(word: str) -> None:
    page = f"青禾市召开会议\n3月1日，会议选举赵丽明为市妇联主席。赵丽明{word}青禾市某某区委副书记。"
    names = {p.name for p in extract_page(page, DAY).persons}
    assert "赵丽明" in names
    assert not any(n.startswith("赵丽明") and n != "赵丽明" for n in names)


def test_a_two_character_name_keeps_its_characters_before_a_word_of_time() -> None:
    page = "青禾市召开会议\n3月1日，会议选举李华为市妇联主席。李华此前任青禾市某某区委副书记。"
    assert "李华" in {p.name for p in extract_page(page, DAY).persons}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("白水镇青田县禾丰家居有限公司", "青田县禾丰家居有限公司"),
        ("东城街道丽水市禾丰科技有限公司", "丽水市禾丰科技有限公司"),
        ("白水乡青田县禾丰农业开发有限公司", "青田县禾丰农业开发有限公司"),
    ],
)
def test_a_township_before_a_company_that_opens_with_its_county_is_no_part_of_its_name(
    text: str, name: str
) -> None:
    assert text[township_head(text, 0, len(text)) :] == name


@pytest.mark.parametrize(
    "text",
    ["白水镇白水村股份经济合作社", "白水镇禾丰家居有限公司", "青田县白水镇禾丰家居有限公司", "白水镇青田县"],
)
def test_a_township_that_opens_a_name_stays_where_no_county_name_follows(text: str) -> None:
    assert township_head(text, 0, len(text)) == 0


def _named(*names: str) -> list[tuple[int, object]]:
    gaz = gazetteer()
    return [(i, gaz.lookup(n)[0]) for i, n in enumerate(names)]


def test_a_county_paper_is_at_home_in_its_countys_city() -> None:
    gaz = gazetteer()
    named = _named("青田县", "上海市", "青田县", "上海市", "青田县", "杭州市")
    got = county_city("县委书记王小明出席。全县上下", named, gaz)  # type: ignore[arg-type]
    assert got == gaz.lookup("丽水市")[0].code


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("王小明出席。", ("青田县", "上海市", "青田县", "青田县")),  # speaks as no county
        ("县委书记王小明出席。", ("青田县", "上海市", "上海市", "上海市")),  # a city named more
        ("县委书记王小明出席。", ("青田县", "缙云县", "青田县")),  # two counties
    ],
)
def test_no_county_city_where_the_article_does_not_speak_as_its_one_county(
    text: str, names: tuple[str, ...]
) -> None:
    assert county_city(text, _named(*names), gazetteer()) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("王小明会见某某集团党委副书记、总经理李华一行。", "王小明会见某某集团党委副书记、总经理李华一行"),
        ("王小明在青禾会见某某集团董事长、党委书记李华。", "王小明会见某某集团董事长、党委书记李华"),
        (
            "王小明会见青禾大学党委书记、校长李华一行，双方进行座谈。",
            "王小明会见青禾大学党委书记、校长李华一行",
        ),
    ],
)
def test_the_guest_of_a_meeting_stands_after_the_titles_joined_by_a_pause_mark(
    sentence: str, name: str
) -> None:
    got = events_by_name(extract_page(f"青禾市领导会见客人\n3月1日，市委书记{sentence}", DAY))
    assert got.get(name, set()) >= {"王小明", "李华"}


def test_two_guests_joined_by_a_pause_mark_end_the_object_at_the_first() -> None:
    got = events_by_name(extract_page("青禾市领导会见客人\n3月1日，市委书记王小明会见李华、赵强一行。", DAY))
    assert not any("赵强" in name for name in got)
