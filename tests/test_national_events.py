"""Events of national political news (会见, 集体学习, 纪念座谈会, 新闻发布会, 考察): invented sentences."""

from __future__ import annotations

import datetime as dt

from kg.model import Event, Extraction
from tests.extraction_support import attendees, extract

DAY = dt.date(2023, 10, 12)


def _event(ex: Extraction, name: str) -> Event:
    return next(ev for ev in ex.events if ev.name == name)


def _names(ex: Extraction) -> list[str]:
    return [ev.name for ev in ex.events]


def test_a_dateline_date_does_not_date_a_tour_the_sentence_dates_itself() -> None:
    ex = extract(
        "新华社南昌10月12日电 国家主席王小明10月10日至11日在江西考察。",
        headline="王小明在江西考察时强调",
        day=DAY,
    )
    assert [ev.date for ev in ex.events if ev.kind == "Inspection"] == ["2023-10-10/2023-10-11"]


def test_a_dateline_date_dates_an_event_when_the_sentence_gives_no_other_day() -> None:
    ex = extract("新华社北京10月12日电 王小明近日在江西考察。", headline="王小明在江西考察", day=DAY)
    assert [ev.date for ev in ex.events if ev.kind == "Inspection"] == ["2023-10-12"]
    # a year named as an attribute (2023年某某杯) does not outrank the dateline's day
    ex = extract("新华社北京10月12日电 王小明会见获得2023年青禾杯冠军的李华。", day=DAY)
    assert [ev.date for ev in ex.events] == ["2023-10-12"]


def test_a_study_session_held_with_jinxing_is_named_by_its_holder_not_by_the_dateline() -> None:
    ex = extract(
        "新华社北京5月31日电 中共中央政治局5月31日下午就加强基础研究进行第五次集体学习。"
        "中共中央总书记王小明主持学习。北京大学教授李华就这个问题进行讲解。",
        day=dt.date(2023, 5, 31),
    )
    study = _event(ex, "中共中央政治局第五次集体学习")
    assert study.date == "2023-05-31"
    assert sorted(attendees(ex, study)) == sorted(["王小明", "李华"])
    # 进行 holds only a numbered session: 进行座谈 names no event
    assert _names(extract("王小明同大家进行座谈交流。", day=DAY)) == []


def test_a_meeting_word_inside_a_buildings_name_is_no_event() -> None:
    ex = extract("王小明在人民大会堂东门外广场为李华举行欢迎仪式。", day=DAY)
    assert _names(ex) == ["欢迎仪式"]
    # the host and guest of a welcome are there
    assert sorted(attendees(ex, ex.events[0])) == sorted(["王小明", "李华"])
    # 会议室 is no meeting either, but a meeting held in it is one
    ex = extract("青禾县座谈会在县政府会议室举行。", day=DAY)
    assert _names(ex) == ["青禾县座谈会"]


def test_a_relative_of_the_remembered_is_present_and_the_remembered_is_not() -> None:
    ex = extract(
        "纪念赵大山同志诞辰120周年座谈会30日在北京举行。"
        "座谈会上，赵大山同志亲属代表赵小梅、青禾省委书记王小明先后发言。",
        day=dt.date(2023, 11, 30),
    )
    ev = _event(ex, "纪念赵大山同志诞辰120周年座谈会")
    assert "赵大山" not in attendees(ex, ev)
    assert {"赵小梅", "王小明"} <= set(attendees(ex, ev))


def test_attending_one_event_does_not_attend_another_that_shares_its_first_words() -> None:
    ex = extract(
        "王小明在人民大会堂为李华举行欢迎仪式。国务院副总理赵一参加欢迎仪式。当晚，王小明为李华举行欢迎宴会。",
        day=DAY,
    )
    assert "赵一" in attendees(ex, _event(ex, "欢迎仪式"))
    assert "赵一" not in attendees(ex, _event(ex, "欢迎宴会"))


def test_attending_the_above_activities_attends_every_event_told_before() -> None:
    ex = extract(
        "王小明在北京同来华进行国事访问的青禾国总统李华举行会谈。当晚，王小明为李华举行欢迎宴会。"
        "外交部部长赵一等参加上述活动。",
        day=DAY,
    )
    talks = _event(ex, "王小明同青禾国总统李华会谈")  # the visit is no part of the name
    assert "赵一" in attendees(ex, talks)
    assert "赵一" in attendees(ex, _event(ex, "欢迎宴会"))
    # 参加活动 without 上述 gives its people to the event last spoken of only
    ex = extract(
        "王小明在北京同青禾国总统李华举行会谈。当晚，王小明为李华举行欢迎宴会。外交部部长赵一参加活动。",
        day=DAY,
    )
    assert "赵一" not in attendees(ex, _event(ex, "王小明同青禾国总统李华会谈"))


def test_who_answers_reporters_at_a_press_conference_attends_it() -> None:
    ex = extract(
        "国务院新闻办公室27日举行新闻发布会。国家统计局局长王小明介绍有关情况，并回答记者提问。",
        day=dt.date(2023, 12, 27),
    )
    assert attendees(ex, _event(ex, "新闻发布会")) == ["王小明"]
    # introducing alone is no attendance
    ex = extract("国务院新闻办公室27日举行新闻发布会。国家统计局局长王小明介绍有关情况。", day=DAY)
    assert attendees(ex, _event(ex, "新闻发布会")) == []


def test_a_port_is_a_site_of_a_tour() -> None:
    ex = extract(
        "王小明10月10日在青禾省考察。他来到九江市，考察了长江文化公园城区段和九江港。",
        headline="王小明在青禾省考察",
        day=DAY,
    )
    tour = next(ev for ev in ex.events if ev.kind == "Inspection")
    assert {"长江文化公园城区段", "九江港"} <= set(tour.sites)
