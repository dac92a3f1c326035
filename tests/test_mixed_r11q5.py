"""Round r11q5 of the mixed-article check: one meeting named twice (a headline's short name, the
party written full or short, a bare word under a longer meeting word), a sitting of a numbered
congress, a lecture a body holds, a session named before its delegation's meeting, and what a
meeting did, which is no event (kg.extract.event_names)."""

from __future__ import annotations

import datetime as dt

from extraction_support import extract

from kg.extract.event_names import lecture_after, same_event, session_clause, unit_holds
from tests.extraction_support import events_by_name

DAY = dt.date(2025, 6, 11)


def test_same_event() -> None:
    assert same_event("中共青禾市第三届委员会第一次全体会议", "中国共产党青禾市第三届委员会第一次全体会议")
    assert same_event("2025年度经营会议", "2025年度经营会议暨职工代表大会")
    assert not same_event("2025年度经营会议", "2025年度经营会议筹备会")  # no 暨: another meeting
    assert not same_event("青禾市第三届委员会第一次全体会议", "青禾市第三届委员会第二次全体会议")


def test_session_clause() -> None:
    assert session_clause("全会审议通过了青禾市纪委第一次全体会议")
    assert not session_clause("青禾市人大常委会第十二次会议")


def test_lecture_after() -> None:
    text = "主持召开第五次主任会议专题讲座。"
    m = lecture_after(text, text.index("专题"))
    assert m is not None and m.group() == "专题讲座"
    assert lecture_after("主持召开第五次主任会议。", 10) is None


def test_unit_holds() -> None:
    text = "青禾省第九届人民代表大会第二次会议青禾代表团在驻地举行全体会议"
    assert unit_holds(text, text.index("青禾代表团"))
    assert not unit_holds("第二次会议在青禾开幕", 5)


def test_headline_short_name_of_a_joined_meeting() -> None:
    ex = extract(
        "6月10日，某某集团有限公司召开2025年度经营会议暨职工代表大会。集团副总经理王小明主持会议，"
        "总会计师李华作财务预算报告。",
        headline="某某集团召开2025年度经营会议",
        day=DAY,
    )
    assert events_by_name(ex) == {"2025年度经营会议暨职工代表大会": {"王小明", "李华"}}


def test_party_written_full_and_short_is_one_plenum() -> None:
    ex = extract(
        "6月10日，中国共产党青禾市第三届委员会第一次全体会议举行。全会审议通过了市纪委第一次全体会议"
        "选举结果。市委常委王小明主持会议。",
        headline="中共青禾市第三届委员会第一次全体会议举行",
        day=DAY,
    )
    assert events_by_name(ex) == {"中国共产党青禾市第三届委员会第一次全体会议": {"王小明"}}


def test_bare_word_is_the_longer_meeting() -> None:
    ex = extract(
        "6月10日，青禾县法院与青禾县检察院召开联席会议。县法院院长王小明主持会议。县检察院副检察长李华参加会议。",
        day=DAY,
    )
    assert events_by_name(ex) == {"联席会议": {"王小明", "李华"}}


def test_closing_sitting_is_the_congress() -> None:
    ex = extract(
        "6月10日，共青团青禾县第八次代表大会闭幕。县委副书记王小明出席闭幕大会并讲话。",
        day=DAY,
    )
    assert events_by_name(ex) == {"共青团青禾县第八次代表大会": {"王小明"}}


def test_closing_sitting_stays_without_a_numbered_congress() -> None:
    ex = extract("6月10日，青禾县读书节举行闭幕大会。县委副书记王小明出席闭幕大会并讲话。", day=DAY)
    assert "闭幕大会" in events_by_name(ex)


def test_lecture_after_the_session_and_those_who_sit_in() -> None:
    ex = extract(
        "6月10日，青禾省人大常委会第十二次会议闭幕。闭幕会后，王小明主持召开第五次主任会议专题讲座。"
        "青禾大学教授邵文涛作题为“乡村治理”的讲座。副省长赵明远列席会议。",
        day=DAY,
    )
    events = events_by_name(ex)
    assert events["第五次主任会议专题讲座"] == {"王小明", "邵文涛"}
    assert "赵明远" in events["青禾省人大常委会第十二次会议"]
    assert "第五次主任会议" not in events


def test_delegation_meeting_is_not_the_session() -> None:
    ex = extract(
        "6月10日上午，青禾省第九届人民代表大会第二次会议青禾代表团在驻地举行全体会议。代表王小明发言。",
        day=DAY,
    )
    assert set(events_by_name(ex)) == {"全体会议"}


def _honoured_orgs(ex) -> set[tuple[str, str]]:
    orgs = {o.key: o.name for o in ex.organizations}
    awards = {a.key: a.name for a in ex.awards}
    return {(orgs[c.recipient], awards[c.award]) for c in ex.conferrals if c.recipient in orgs}


def test_zone_honoured_as_a_unit() -> None:
    ex = extract(
        "会上，青禾高新技术产业开发区等8个集体获评“青禾市科技创新先进集体”，王小明等20人获评“青禾市科技创新先进个人”。",
        day=DAY,
    )
    assert ("青禾高新技术产业开发区", "青禾市科技创新先进集体") in _honoured_orgs(ex)


def test_zone_visited_is_no_honoured_unit() -> None:
    ex = extract("6月10日，王小明考察了青禾高新技术产业开发区。", day=DAY)
    assert not _honoured_orgs(ex)
    assert not ex.conferrals


def test_emergency_visit_is_an_inspection() -> None:
    ex = extract(
        "6月10日晚，青禾县遭遇强降雨。市委书记王小明赶赴青禾县指挥抢险救灾，察看受灾情况。",
        day=DAY,
    )
    assert events_by_name(ex) == {"王小明赶赴青禾县指挥抢险救灾": {"王小明"}}


def test_command_of_a_drill_is_no_emergency_visit() -> None:
    ex = extract("6月10日，王小明在青禾县指挥部工作。", day=DAY)
    assert not ex.events


def test_photo_mark_is_no_part_of_the_inspector() -> None:
    ex = extract("6月10日，青禾区委书记 王小明（左二）在城南街道调研社区治理工作。", day=DAY)
    assert set(events_by_name(ex)) == {"王小明在城南街道调研"}
    assert "调研社区" not in {p.name for p in ex.places}


def test_suggestions_at_the_meeting_are_speakers() -> None:
    ex = extract(
        "6月10日，青禾县政协召开常委会议。会上，县政协委员王小明建议，加快建设冷链物流；县政协委员李明远建议，"
        "完善农田水利设施。",
        day=DAY,
    )
    assert events_by_name(ex) == {"常委会议": {"王小明", "李明远"}}


def test_a_suggestion_made_is_no_speaker() -> None:
    ex = extract(
        "6月10日，青禾县政协召开常委会议。王小明提出建议，会议予以采纳。",
        day=DAY,
    )
    assert "王小明" not in events_by_name(ex).get("常委会议", set())
