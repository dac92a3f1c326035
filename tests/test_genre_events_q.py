"""Events and honours in kinds of news not tried before: a state visit announced and reported,
credentials presented, a prize meeting, a sports commendation, a province's awards and a city
government's meetings. Invented sentences; divisions are real (长沙市 430100)."""

from __future__ import annotations

import datetime as dt

from extraction_support import attendees, event
from extraction_support import conferrals as read_conferrals
from extraction_support import extract as extract_text

from kg.model import Extraction

DAY = dt.date(2024, 5, 15)


def extract(text: str, *, headline: str | None = None) -> Extraction:
    return extract_text(text, headline=headline, day=DAY)


def honours(ex: Extraction) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in read_conferrals(ex)}


# ------------------------------------------------------------------ planned: 某某将出席…，会见…


def test_what_someone_will_do_is_no_event_reported() -> None:
    ex = extract(
        "外交部发言人王小明宣布，国家主席李华将于5月20日至22日对某国进行国事访问。"
        "访问期间，李华主席将出席建交纪念活动，会见各界友好人士。"
    )
    assert ex.events == ()


def test_a_future_clause_elsewhere_in_the_sentence_leaves_the_event_reported() -> None:
    ex = extract("国家主席李华15日会见某国总统王小明，表示双方将同舟共济，深化合作。")
    assert attendees(ex, event(ex, "会见")) == ["李华", "王小明"]
    ex = extract("某国总统即将抵达青禾县前夕，多位学者15日共同召开座谈会，交流看法。")
    assert [ev.name for ev in ex.events] == ["座谈会"]


# ------------------------------------------------------------------ 出席会议 after 某某常务会议


CITY_MEETINGS = (
    "今天上午，市长王小明主持召开长沙市政府第12次常务会议，研究部署防汛工作。"
    "副市长李华、张建国，市政府秘书长陈明出席会议。"
    "会议传达学习了省政府常务会议精神。"
    "昨天下午，市长王小明主持召开专题会议，研究园区建设工作。副市长刘志强参加会议。"
)


def test_a_bare_meeting_word_names_the_standing_meeting_told_before() -> None:
    ex = extract(CITY_MEETINGS)
    standing, special = event(ex, "常务会议"), event(ex, "专题会议")
    assert {"李华", "张建国", "陈明"} <= set(attendees(ex, standing))
    assert "刘志强" not in attendees(ex, standing)
    assert standing.date == "2024-05-15" and special.date == "2024-05-14"


def test_a_meeting_told_later_takes_no_one_from_sentences_before_it() -> None:
    ex = extract(CITY_MEETINGS)
    special = event(ex, "专题会议")
    assert "刘志强" in attendees(ex, special)
    assert not {"李华", "张建国", "陈明"} & set(attendees(ex, special))


# ------------------------------------------------------------------ 主持完成: a research project


def test_who_led_a_prized_project_did_not_preside_at_the_meeting() -> None:
    ex = extract(
        "5月15日，全省科学技术奖励大会在长沙举行。省长王小明出席大会并讲话。"
        "科技进步一等奖授予了由某某大学教授李华主持完成的“新型材料关键技术”项目。"
    )
    assert attendees(ex, event(ex, "奖励大会")) == ["王小明"]


def test_who_presides_at_the_meeting_attends_it() -> None:
    ex = extract("5月15日，全省科学技术奖励大会在长沙举行。副省长李华主持大会。")
    assert attendees(ex, event(ex, "奖励大会")) == ["李华"]


# ------------------------------------------------------------------ 接受…递交国书


def test_credentials_presented_are_a_ceremony_with_the_ambassadors_of_the_roll() -> None:
    ex = extract(
        "国家主席王小明15日在人民大会堂接受3位新任驻华大使递交国书。"
        "这3位使节是：某国驻华大使约翰·史密斯、某国驻华大使阮文明、某国驻华大使卡洛斯·洛佩斯。"
        "外交部副部长李华参加上述活动。"
    )
    ev = event(ex, "国书")
    assert ev.name == "王小明接受3位新任驻华大使递交国书" and ev.date == "2024-05-15"
    assert set(attendees(ex, ev)) == {"王小明", "约翰·史密斯", "阮文明", "卡洛斯·洛佩斯", "李华"}


def test_accepting_something_else_is_no_ceremony() -> None:
    ex = extract("市长王小明15日在市政府接受记者采访，介绍了全市防汛工作。")
    assert not any("国书" in ev.name or "接受" in ev.name for ev in ex.events)


# ------------------------------------------------------------------ 盛大/隆重的: no part of the name


def test_how_grand_a_ceremony_was_is_no_part_of_its_name() -> None:
    ex = extract("某国总统王小明15日举行盛大欢迎仪式，欢迎国家主席李华。当晚，王小明举行隆重的欢迎宴会。")
    assert {ev.name for ev in ex.events} == {"欢迎仪式", "欢迎宴会"}


def test_a_name_that_is_only_the_praise_and_the_word_keeps_it() -> None:
    ex = extract("5月15日，某某学校举行隆重仪式，欢迎新同学入学。")
    assert [ev.name for ev in ex.events] == ["隆重仪式"]


# ------------------------------------------------------------------ commendations and prizes


def test_a_commendation_in_a_circular_names_both_joined_by_ji_qi() -> None:
    ex = extract("15日，省体育局发出通报，对运动员王小明及其主管教练李华予以通报表扬。")
    assert honours(ex) == {("王小明", "通报表扬"), ("李华", "通报表扬")}


def test_plain_praise_is_no_award() -> None:
    assert honours(extract("15日，省体育局对运动员王小明予以表扬。")) == set()
    assert honours(extract("李华在会上通报表扬了王小明的做法。")) == set()


def test_a_prize_got_by_the_person_named_before_the_verb() -> None:
    ex = extract("某某食品有限公司总经理王小明获得青禾省政府质量奖。")
    assert honours(ex) == {("王小明", "青禾省政府质量奖")}
    ex = extract("青禾县青年李华获得了青禾物理学奖。")
    assert honours(ex) == {("李华", "青禾物理学奖")}


def test_what_is_got_that_is_no_prize_or_has_no_named_subject_is_no_honour() -> None:
    assert honours(extract("王小明获得了大家的一致认可。")) == set()
    assert honours(extract("王小明是青禾县农民。1994年，她获得青禾杰出成就奖。")) == set()


def test_a_prize_conferred_on_a_name_after_its_title_chain() -> None:
    ex = extract("省政府授予青禾农业大学教授王小明青禾省科学技术重大贡献奖。")
    assert honours(ex) == {("王小明", "青禾省科学技术重大贡献奖")}


def test_a_prize_conferred_on_an_organisation_names_no_one() -> None:
    ex = extract("省政府授予青禾农业大学青禾省科学技术进步奖，王小明出席颁奖会。")
    assert honours(ex) == set()
