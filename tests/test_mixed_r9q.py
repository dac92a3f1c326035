"""Round r9q of the mixed-article check: lists after an award sentence that name their kind
(kg.extract.award_lists), farewells (kg.extract.farewells), briefings and careers in attendance,
datelines of news sites, a ceremony named short, an inspection of a work's progress, and villages
placed in the county their sentence names."""

from __future__ import annotations

import datetime as dt

from extraction_support import attendees, extract

from kg.extract.award_lists import following_lists, list_kind
from kg.extract.farewells import FAREWELL
from kg.extract.inspections import INSPECT_WORK
from tests.extraction_support import events_by_name

DAY = dt.date(2025, 3, 7)


def _honours(ex) -> set[tuple[str, str]]:
    names = {p.key: p.name for p in ex.persons} | {o.key: o.name for o in ex.organizations}
    awards = {a.key: a.name for a in ex.awards}
    return {(names.get(c.recipient, c.recipient), awards[c.award]) for c in ex.conferrals}


def _place(ex, name: str):
    return next(p for p in ex.places if p.name == name)


def test_list_kind() -> None:
    assert list_kind("受表彰的先进集体") == "先进集体"
    assert list_kind("获奖的先进个人") == "先进个人"
    assert list_kind("她们") is None  # no kind named
    assert list_kind("青禾市") is None  # a place is no kind


def test_following_lists_split_by_kind() -> None:
    text = "受表彰的先进集体有：甲单位、乙单位等。受表彰的先进个人有：王小明、李华等。"
    got = [(text[b:c], kind) for _a, b, c, kind in following_lists(text, 0, len(text))]
    assert got == [("甲单位、乙单位等。", "先进集体"), ("王小明、李华等。", "先进个人")]


def test_following_lists_counter_examples() -> None:
    text = "她们是：王小明，李华。张伟也在其中。"  # a sentence naming no kind runs on in the list
    assert [(b, c, kind) for _a, b, c, kind in following_lists(text, 0, len(text))] == [(4, len(text), None)]
    assert following_lists("会议强调，要做好工作。", 0, 11) == []  # no opener near the start


def test_each_list_goes_to_the_award_of_its_kind() -> None:
    ex = extract(
        "　　本报讯（记者 李华）12月26日，青禾市召开乡村振兴表彰大会。会议授予青禾县农业农村局等20个单位"
        "“全市乡村振兴先进集体”称号，授予王小明等30名同志“全市乡村振兴先进个人”称号。"
        "受表彰的先进集体有：青禾县农业农村局、青禾县水利局、青禾县林业局等。"
        "受表彰的先进个人有：王小明、张伟等。\n",
        headline="青禾市表彰乡村振兴先进",
        day=DAY,
    )
    got = _honours(ex)
    units = {r for r, a in got if a == "全市乡村振兴先进集体"}
    assert {"青禾县水利局", "青禾县林业局"} <= units  # the last item before 等。 too
    assert not any(a == "全市乡村振兴先进个人" and r.endswith("局") for r, a in got)
    assert ("张伟", "全市乡村振兴先进个人") in got
    assert ("张伟", "全市乡村振兴先进集体") not in got


def test_one_award_list_runs_on() -> None:
    ex = extract(
        "　　本报讯 近日，青禾市妇联授予王小明等3人“青禾市巾帼建功标兵”称号。她们是：王小明，李华，张丽。\n",
        headline="青禾市表彰巾帼建功标兵",
        day=DAY,
    )
    got = {r for r, a in _honours(ex) if a == "青禾市巾帼建功标兵"}
    assert got == {"王小明", "李华", "张丽"}


def test_farewell_pattern() -> None:
    m = FAREWELL.search("王小明等到青禾市殡仪馆送别，并敬献花圈。")
    assert m is not None and (m["venue"], m["word"]) == ("青禾市殡仪馆", "送别")
    assert FAREWELL.search("王小明前往革命公墓告别厅向李华同志的遗体告别") is not None
    assert FAREWELL.search("王小明到机场送别外宾。") is None  # seeing a guest off: no mourning
    assert FAREWELL.search("王小明到车站送别代表团。") is None


def test_farewell_event_with_its_mourners() -> None:
    ex = extract(
        "　　本报讯 青禾省政协原副主席赵德明同志的遗体，3月6日在青禾火化。\n"
        "　　3月6日上午，省委书记王小明，省委副书记、省长李华等到青禾市殡仪馆送别，并敬献花圈。\n"
        "　　赵德明同志1939年3月出生，1962年7月参加工作。\n",
        headline="赵德明同志遗体在青禾火化",
        day=DAY,
    )
    events = events_by_name(ex)
    assert events == {"青禾市殡仪馆送别": {"王小明", "李华"}}  # 参加工作 is no attendance


def test_career_is_no_attendance_but_a_meeting_is() -> None:
    ex = extract(
        "　　本报讯 3月6日，青禾县召开乡村振兴推进会。县委书记王小明出席会议。李华1962年7月参加工作。"
        "张伟参加会议。\n",
        headline="青禾县召开乡村振兴推进会",
        day=DAY,
    )
    assert events_by_name(ex)["乡村振兴推进会"] == {"王小明", "张伟"}


def test_a_report_in_person_makes_an_attendee() -> None:
    ex = extract(
        "　　本报讯 3月6日，青禾县召开重点项目推进会。县委书记王小明出席会议并讲话。"
        "县发展改革局局长李华汇报了项目进展情况。县工作组组长张伟在外地出差。\n",
        headline="青禾县召开重点项目推进会",
        day=DAY,
    )
    got = events_by_name(ex)["重点项目推进会"]
    assert "李华" in got and "张伟" not in got  # 工作组 names a body, no briefing


def test_a_news_site_dateline_is_the_filing_day() -> None:
    ex = extract(
        "　　青禾网青禾5月4日消息　5月3日，青禾县召开重点项目推进会。县委书记王小明出席会议并讲话。\n",
        headline="青禾县召开重点项目推进会",
        day=dt.date(2025, 5, 5),
    )
    assert [ev.date for ev in ex.events] == ["2025-05-03"]
    assert [
        ev.date
        for ev in extract(
            "　　新华社青禾5月4日电　5月3日，青禾县召开重点项目推进会。王小明出席会议。\n",
            headline="青禾县召开重点项目推进会",
            day=dt.date(2025, 5, 5),
        ).events
    ] == ["2025-05-03"]
    # a date that no 消息 or 电 follows is the meeting's own
    other = extract(
        "　　本报讯　5月4日，青禾县召开重点项目推进会，传来好消息。县委书记王小明出席会议。\n",
        headline="青禾县召开重点项目推进会",
        day=dt.date(2025, 5, 5),
    )
    assert [ev.date for ev in other.events] == ["2025-05-04"]


def test_a_ceremony_named_short_is_one_event() -> None:
    ex = extract(
        "　　新华社北京7月31日电　中央军委晋升上将军衔仪式31日在北京隆重举行。王小明出席。\n"
        "　　中央军委委员赵明出席晋升仪式。\n",
        headline="中央军委举行晋升上将军衔仪式",
        day=dt.date(2025, 8, 1),
    )
    assert [ev.name for ev in ex.events] == ["中央军委晋升上将军衔仪式"]
    two = extract(
        "　　本报讯 3月6日，青禾县举行重点项目开工仪式。县委书记王小明出席。\n"
        "　　当天下午，青禾县举行招商项目签约仪式。县长李华出席。\n",
        headline="青禾县重点项目开工",
        day=DAY,
    )
    assert len(two.events) == 2  # 开工仪式 and 签约仪式 share no words before 仪式


def test_inspection_of_a_works_progress() -> None:
    assert INSPECT_WORK.search("调研重点项目建设时强调") is not None
    assert INSPECT_WORK.search("检查了工程进展情况，") is not None
    assert INSPECT_WORK.search("调研重点项目建设规划") is None  # the object goes on: no progress told
    ex = extract(
        "　　本报讯 3月14日，市委副书记、市长王小明调研全市重点项目建设。副市长李华参加调研。\n",
        headline="王小明调研重点项目建设",
        day=dt.date(2024, 3, 15),
    )
    assert [(ev.date, set(attendees(ex, ev))) for ev in ex.events] == [("2024-03-14", {"王小明", "李华"})]


def test_village_in_the_county_its_sentence_names() -> None:
    ex = extract(
        "　　新华社福州5月6日电　5月5日，王小明在福建考察。在三明市沙县区，王小明来到青禾村，察看农田建设。\n",
        headline="王小明在福建考察",
        day=dt.date(2025, 5, 6),
    )
    parent = _place(ex, "青禾村").parent
    assert parent is not None and _place_by_key(ex, parent).name == "沙县区"


def test_village_with_no_county_named_lies_in_the_home_city() -> None:
    ex = extract(
        "　　本报讯 5月5日，福州市市长王小明来到青禾村，察看农田建设。\n",
        headline="王小明察看农田建设",
        day=dt.date(2025, 5, 6),
    )
    assert _place_by_key(ex, _place(ex, "青禾村").parent).name == "福州市"


def test_own_county_township_visited_before_its_name() -> None:
    ex = extract(
        "　　本报讯 7月8日，县委副书记、县长王小明深入青禾镇、白水镇督导防汛工作。入汛以来，尤溪县降雨偏多。\n",
        headline="王小明督导防汛工作",
        day=dt.date(2025, 7, 9),
    )
    assert {_place_by_key(ex, _place(ex, n).parent).name for n in ("青禾镇", "白水镇")} == {"尤溪县"}


def _place_by_key(ex, key):
    return next(p for p in ex.places if p.key == key)
