"""Events and places in kinds of local news not tried before: emergency drills, acceptance reviews
with an expert panel, price hearings whose speakers follow one another, supervision tours whose verb
ends a long sentence, visits told after a comma, and communities of a subdistrict. Invented
articles; divisions are real (宜宾市 511500 with 翠屏区 and 南溪区; 武汉市武昌区 and two of its
subdistricts)."""

from __future__ import annotations

import datetime as dt

from extraction_support import attendees, event
from extraction_support import extract as extract_text

from kg.model import Event, Extraction

DAY = dt.date(2023, 6, 6)


def extract(text: str, *, headline: str | None = None) -> Extraction:
    return extract_text(text, headline=headline, day=DAY)


def place_of(ex: Extraction, ev: Event) -> str | None:
    return next((p.name for p in ex.places if p.key == ev.place), None)


def chain(ex: Extraction, name: str) -> list[str]:
    places = {p.key: p for p in ex.places}
    key = next(p.key for p in ex.places if p.name == name)
    out = []
    while key in places:
        out.append(places[key].name)
        key = places[key].parent
    return out


# ------------------------------------------------------------------ drills and reviews


def test_a_drill_held_somewhere_is_an_event_with_its_commander_and_observers() -> None:
    ex = extract(
        "6月2日上午，宜宾市森林防火综合应急演练在翠屏区举行。副市长王小明担任演练总指挥，"
        "市应急管理局局长李华在现场观摩。"
    )
    ev = event(ex, "演练")
    assert (ev.date, place_of(ex, ev)) == ("2023-06-02", "翠屏区")
    assert sorted(attendees(ex, ev)) == ["李华", "王小明"]


def test_a_bare_drill_word_names_no_event() -> None:
    ex = extract("宜宾市应急管理局局长李华表示，各单位要经常举行演练，提高处置能力。")
    assert [e.name for e in ex.events] == []


def test_an_acceptance_meeting_takes_the_head_of_its_expert_panel() -> None:
    ex = extract(
        "6月1日，宜宾市南岸排水管网改造工程竣工验收会在南溪区召开。某某大学教授张建国任专家组组长，"
        "副市长王小明出席验收会。"
    )
    ev = event(ex, "验收会")
    assert place_of(ex, ev) == "南溪区"
    assert sorted(attendees(ex, ev)) == ["张建国", "王小明"]


def test_a_head_of_a_leading_group_is_no_attendee() -> None:
    ex = extract(
        "6月1日，宜宾市防汛工作推进会在翠屏区召开。副市长王小明出席会议。"
        "会议明确，李华任市防汛工作领导小组组长。"
    )
    assert attendees(ex, event(ex, "推进会")) == ["王小明"]


# ------------------------------------------------------------------ speakers of a hearing


def test_speakers_joined_by_a_semicolon_are_all_at_the_hearing() -> None:
    ex = extract(
        "6月5日，宜宾市发展和改革委员会召开管道燃气价格听证会。随后，听证会参加人逐一发言。"
        "消费者代表王小明认为，方案总体合理，应当兼顾困难群体；市人大代表曾立军建议燃气企业公开成本。"
    )
    assert set(attendees(ex, event(ex, "听证会"))) == {"王小明", "曾立军"}


def test_a_speaker_who_tells_of_another_time_is_not_at_the_meeting() -> None:
    ex = extract(
        "6月5日，宜宾市发展和改革委员会召开管道燃气价格听证会。消费者代表王小明发言。"
        "市政协委员李华去年曾表示，燃气价格应当保持稳定。"
    )
    assert attendees(ex, event(ex, "听证会")) == ["王小明"]


# ------------------------------------------------------------------ tours


def test_a_tour_whose_verb_ends_the_sentence_is_dated_by_its_days() -> None:
    ex = extract(
        "6月3日至5日，省安全生产督导组组长王小明一行来到宜宾市，先后深入翠屏区、南溪区，"
        "采取查阅资料、现场抽查等方式，对我市安全生产工作进行督导。副市长李华陪同督导。"
    )
    tour = next(e for e in ex.events if e.kind == "Inspection")
    assert (tour.date, place_of(ex, tour)) == ("2023-06-03/2023-06-05", "宜宾市")
    assert sorted(attendees(ex, tour)) == ["李华", "王小明"]


def test_a_trip_without_a_verb_of_inspection_is_no_tour() -> None:
    ex = extract("6月3日，省农业农村厅副厅长王小明来到宜宾市，出席全市农业产业推介活动，对我市工作给予肯定。")
    assert [e for e in ex.events if e.kind == "Inspection"] == []


def test_a_visit_told_after_a_comma_is_the_visitor_s() -> None:
    ex = extract("6月4日下午，宜宾市委副书记王小明还来到翠屏区，走访慰问困难老党员。")
    tour = event(ex, "走访慰问")
    assert (tour.kind, tour.date, place_of(ex, tour)) == ("Inspection", "2023-06-04", "翠屏区")
    assert attendees(ex, tour) == ["王小明"]


def test_a_comma_after_a_bare_going_verb_ends_the_tour() -> None:
    ex = extract("6月4日，宜宾市委副书记王小明到翠屏区，慰问品由区里统一发放。")
    assert [e for e in ex.events if e.kind == "Inspection"] == []


# ------------------------------------------------------------------ communities


def test_a_community_lies_in_the_one_subdistrict_named() -> None:
    ex = extract("5月20日上午，武汉市武昌区水果湖街道邻里节启动仪式在青禾社区文化广场举行。")
    assert chain(ex, "青禾社区")[:3] == ["青禾社区", "水果湖街道", "武昌区"]


def test_a_community_stays_in_its_district_when_two_subdistricts_are_named() -> None:
    ex = extract(
        "5月20日上午，武汉市武昌区水果湖街道、中南路街道联合举办的邻里节启动仪式在青禾社区文化广场举行。"
    )
    assert chain(ex, "青禾社区")[:2] == ["青禾社区", "武昌区"]
