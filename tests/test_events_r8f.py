"""Events of kinds of article not tried before: a leader meeting several guests, a study session with
a tutor, a delegation's visit abroad with its talks, award ceremonies. Invented articles and names
(divisions and countries are real)."""

from __future__ import annotations

import datetime as dt

from extraction_support import attendees, event
from extraction_support import extract as extract_text

from kg.model import Extraction

DAY = dt.date(2024, 6, 20)


def extract(text: str, *, headline: str | None = None) -> Extraction:
    return extract_text(text, headline=headline, day=DAY)


def names(ex: Extraction) -> list[str]:
    return [ev.name for ev in ex.events]


# ------------------------------------------------------------------ several guests, one host


def test_each_meeting_told_in_its_own_sentence_takes_its_own_attendees() -> None:
    ex = extract(
        "6月18日上午，孙立群会见秘鲁外长卡洛斯·门多萨。李华参加会见。"
        "当天下午，孙立群在钓鱼台国宾馆会见葡萄牙议长玛丽亚·费雷拉。赵永刚参加会见。"
    )
    first, second = event(ex, "门多萨"), event(ex, "费雷拉")
    assert set(attendees(ex, first)) == {"卡洛斯·门多萨", "李华", "孙立群"}
    assert set(attendees(ex, second)) == {"孙立群", "玛丽亚·费雷拉", "赵永刚"}


def test_a_bare_meeting_word_still_names_the_meeting_last_spoken_of() -> None:
    # counter-example: no sentence tells a meeting of its own, so 参加会见 keeps to the last one
    ex = extract(
        "6月18日上午，孙立群会见秘鲁外长卡洛斯·门多萨。下午，孙立群会见葡萄牙议长玛丽亚·费雷拉。"
        "双方就深化合作交换意见。赵永刚参加会见。"
    )
    assert "赵永刚" not in attendees(ex, event(ex, "门多萨"))
    assert "赵永刚" in attendees(ex, event(ex, "费雷拉"))


def test_meeting_guests_separately_is_one_meeting_with_each() -> None:
    ex = extract(
        "6月18日，孙立群在人民大会堂分别会见秘鲁外长卡洛斯·门多萨和葡萄牙议长玛丽亚·费雷拉。李华参加会见。"
    )
    assert names(ex) == ["孙立群会见秘鲁外长卡洛斯·门多萨", "孙立群会见葡萄牙议长玛丽亚·费雷拉"]
    assert set(attendees(ex, event(ex, "门多萨"))) == {"卡洛斯·门多萨", "李华", "孙立群"}
    assert set(attendees(ex, event(ex, "费雷拉"))) == {"李华", "孙立群", "玛丽亚·费雷拉"}


def test_meeting_two_guests_together_is_one_meeting() -> None:
    # counter-example: without 分别 the guests are met together
    ex = extract("6月18日，孙立群在人民大会堂会见秘鲁外长卡洛斯·门多萨和葡萄牙议长玛丽亚·费雷拉。")
    assert len(ex.events) == 1
    assert set(attendees(ex, ex.events[0])) == {"卡洛斯·门多萨", "孙立群", "玛丽亚·费雷拉"}


# ------------------------------------------------------------------ study sessions


def test_a_tutor_of_a_study_session_attends_it() -> None:
    ex = extract(
        "6月12日上午，宜宾市委理论学习中心组举行第四次集体学习。市委书记孙立群主持学习。"
        "某某大学教授周明远作专题辅导。"
    )
    assert set(attendees(ex, event(ex, "集体学习"))) == {"周明远", "孙立群"}


def test_a_tutor_of_pupils_attends_no_meeting() -> None:
    # counter-example: 辅导 of pupils in a sentence of no meeting adds no one
    ex = extract(
        "6月12日，宜宾市委理论学习中心组举行第四次集体学习。市委书记孙立群主持学习。"
        "退休后，周明远长期辅导留守儿童做作业。"
    )
    assert attendees(ex, event(ex, "集体学习")) == ["孙立群"]


# ------------------------------------------------------------------ visits abroad


def test_a_delegation_visit_abroad_is_an_event_with_its_leader_and_companions() -> None:
    ex = extract_text(
        day=dt.date(2024, 5, 14),
        text="应邀，省委书记孙立群率四川省代表团于5月10日至13日访问匈牙利。副省长李华、省政府秘书长张伟陪同访问。\n"
        "11日，孙立群在布达佩斯同匈牙利外交与对外经济部部长彼得·纳吉举行会谈。李华、张伟参加会谈。",
    )
    visit = event(ex, "代表团")
    assert visit.name == "孙立群率四川省代表团访问匈牙利"
    assert visit.date == "2024-05-10/2024-05-13"
    assert set(attendees(ex, visit)) == {"张伟", "李华", "孙立群"}
    talks = event(ex, "会谈")
    assert talks.date == "2024-05-11"
    assert set(attendees(ex, talks)) == {"张伟", "彼得·纳吉", "李华", "孙立群"}


def test_a_visit_after_going_names_the_places_gone_to() -> None:
    ex = extract("5月10日至16日，市长孙立群率宜宾市经贸代表团赴匈牙利、奥地利访问。")
    assert names(ex) == ["孙立群率宜宾市经贸代表团访问匈牙利、奥地利"]


def test_visits_that_no_one_leads_or_still_to_come_are_no_events() -> None:
    assert names(extract("来华访问的匈牙利外交部长彼得·纳吉参观了某某集团。")) == []
    assert names(extract("省长孙立群将率团访问匈牙利。")) == []
    assert names(extract("访问学者孙立群率课题组完成了访问量统计。")) == []


# ------------------------------------------------------------------ award ceremonies


def test_presenters_attend_an_award_ceremony_and_recipients_do_not() -> None:
    ex = extract("8月20日，宜宾市优秀教师表彰大会举行。市长孙立群、副市长李华为周明远、刘芳等获奖教师颁奖。")
    assert set(attendees(ex, event(ex, "表彰大会"))) == {"李华", "孙立群"}


def test_a_recipient_who_speaks_attends() -> None:
    # counter-example: a recipient named by another verb of the meeting attends by it
    ex = extract(
        "8月20日，宜宾市优秀教师表彰大会举行。市长孙立群向周明远、刘芳颁发奖杯。周明远代表获奖教师发言。"
    )
    assert set(attendees(ex, event(ex, "表彰大会"))) == {"周明远", "孙立群"}
