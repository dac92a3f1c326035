"""Events of kinds of article not tried before (round 8n): promotion and flag ceremonies, an oath
of office, a video meeting with branch venues, an inquiry by a standing committee, collective
talks and work reviews, two meetings of one day in one paragraph, a talk at the end of a tour, a
meeting named only at the end of its sentence. Invented articles and names."""

from __future__ import annotations

import datetime as dt

from extraction_support import attendees, event
from extraction_support import extract as extract_text

from kg.model import Extraction

DAY = dt.date(2024, 6, 20)


def extract(text: str, *, headline: str | None = None) -> Extraction:
    return extract_text(text, headline=headline, day=DAY)


# ------------------------------------------------------------------ ceremonies


def test_the_presenter_of_a_promotion_attends_and_the_promoted_are_results() -> None:
    ex = extract(
        "6月18日，某部晋升将官军衔仪式在青禾礼堂举行。部长王立国向晋升军衔的军官颁发命令状。"
        "副部长赵永刚宣读了晋升命令。副部长孙立群主持仪式。晋升军衔的是：某旅旅长李建军、某旅政委周海涛。",
        headline="某部举行晋升将官军衔仪式",
    )
    ev = event(ex, "军衔仪式")
    assert ev.date == "2024-06-18"
    assert set(attendees(ex, ev)) == {"王立国", "赵永刚", "孙立群"}


def test_the_one_who_presents_a_flag_attends_the_ceremony() -> None:
    ex = extract(
        "6月18日，青禾县消防救援大队授旗仪式在县体育中心举行。县委书记王小明向消防救援大队授旗并致训词。"
    )
    assert attendees(ex, event(ex, "授旗仪式")) == ["王小明"]


def test_the_one_who_receives_a_flag_is_not_by_that_an_attendee() -> None:
    # counter-example: the person between 向 and 授旗 receives it (kg.extract.presenters)
    ex = extract("6月18日，青禾县消防救援大队授旗仪式在县体育中心举行。王小明向大队长陈志远授旗。")
    assert attendees(ex, event(ex, "授旗仪式")) == ["王小明"]


def test_a_letter_of_congratulation_is_no_address_at_the_meeting() -> None:
    # counter-example: 致信 sends a letter; 致贺词 is said at the meeting
    sent = extract("6月18日，青禾县举行建县七十周年纪念大会。王小明致信祝贺。")
    said = extract("6月18日，青禾县举行建县七十周年纪念大会。王小明致贺词。")
    assert attendees(sent, event(sent, "纪念大会")) == []
    assert attendees(said, event(said, "纪念大会")) == ["王小明"]


def test_those_who_take_the_oath_of_office_attend_the_ceremony() -> None:
    # they act at the ceremony (as a speaker does), unlike honourees named as its results
    ex = extract(
        "6月18日，青禾县人大常委会举行宪法宣誓仪式。县人大常委会主任王小明主持仪式并监誓。"
        "新任命的副县长李华、县财政局局长陈志远面向国旗进行宪法宣誓。"
    )
    assert set(attendees(ex, event(ex, "宣誓仪式"))) == {"王小明", "李华", "陈志远"}


def test_the_rule_of_the_oath_told_of_is_no_oath_taken() -> None:
    # counter-example: 宣誓制度 names the rule, not an act at the meeting
    ex = extract("6月18日，青禾县召开法治建设推进会。王小明主持会议。李华撰文谈宪法宣誓制度的由来。")
    assert attendees(ex, event(ex, "推进会")) == ["王小明"]


# ------------------------------------------------------------------ video meetings


def test_leaders_at_a_branch_venue_attend_the_video_meeting() -> None:
    ex = extract(
        "6月18日，全省森林防火电视电话会议召开。副省长赵永刚出席会议并讲话。"
        "青禾县委书记王小明、县长李华在青禾县分会场收听收看。"
    )
    ev = event(ex, "电视电话会议")
    assert set(attendees(ex, ev)) == {"赵永刚", "王小明", "李华"}


def test_a_branch_venue_that_is_only_worked_on_places_no_one() -> None:
    # counter-example: 分会场 not after 在 tells no one's presence
    ex = extract("6月18日，全省森林防火电视电话会议召开。副省长赵永刚出席会议。李华负责布置分会场。")
    assert attendees(ex, event(ex, "电视电话会议")) == ["赵永刚"]


# ------------------------------------------------------------------ inquiries, talks, reviews


def test_those_who_ask_and_answer_attend_an_inquiry() -> None:
    ex = extract(
        "6月18日，青禾县人大常委会召开专题询问会。县人大常委会主任王小明主持专题询问会。"
        "常委会组成人员林芳、周海涛先后提问。副县长李华到会应询。"
    )
    assert set(attendees(ex, event(ex, "专题询问会"))) == {"王小明", "林芳", "周海涛", "李华"}


def test_asking_questions_at_no_time_of_the_meeting_places_no_one() -> None:
    # counter-example: 提问 with no word of turn-taking (先后, 依次) is no act at the meeting
    ex = extract("6月18日，青禾县人大常委会召开专题询问会。王小明主持会议。教师林芳常在课堂上提问学生。")
    assert attendees(ex, event(ex, "专题询问会")) == ["王小明"]


def test_collective_talks_and_work_reviews_are_meetings() -> None:
    ex = extract(
        "6月18日，青禾县纪委监委召开集体约谈会。县纪委书记王小明主持约谈会并讲话。\n"
        "6月19日，青禾县召开基层党组织书记述职评议会。县委书记李华出席并逐一点评。"
        "各镇党委书记陈志远、林芳等作述职报告。"
    )
    talks, review = event(ex, "约谈会"), event(ex, "评议会")
    assert (talks.date, attendees(ex, talks)) == ("2024-06-18", ["王小明"])
    assert review.date == "2024-06-19"
    assert set(attendees(ex, review)) == {"李华", "陈志远", "林芳"}


def test_talks_without_a_meeting_make_no_event_and_a_drafted_report_no_attendee() -> None:
    # counter-examples: 约谈了 three officials is no meeting; drafting a 工作报告 is no act there
    assert extract("6月18日，青禾县纪委约谈了3名干部。").events == ()
    ex = extract("6月18日，青禾县人大常委会召开第九次会议。副县长李华牵头起草了这份县政府工作报告。")
    assert attendees(ex, event(ex, "第九次会议")) == []
    ex = extract("6月18日，青禾县人大常委会召开第九次会议。县长陈志远作县政府工作报告。")
    assert attendees(ex, event(ex, "第九次会议")) == ["陈志远"]


# ------------------------------------------------------------------ the day of a later event


def test_two_meetings_of_one_day_in_one_paragraph_each_take_the_day_and_their_people() -> None:
    ex = extract(
        "6月18日上午，青禾县召开防汛工作部署会，县委书记王小明出席并讲话；"
        "下午，县政府召开第十次常务会议，县长李华主持会议，副县长陈志远出席。"
    )
    first, second = event(ex, "部署会"), event(ex, "常务会议")
    assert (first.date, attendees(ex, first)) == ("2024-06-18", ["王小明"])
    assert second.date == "2024-06-18"
    assert set(attendees(ex, second)) == {"李华", "陈志远"}


def test_a_talk_at_the_end_of_a_tour_is_a_meeting_of_the_tour_day() -> None:
    ex = extract(
        "6月18日，县委书记王小明到东坪镇调研乡村振兴工作。副县长李华陪同调研。"
        "调研结束时，王小明主持召开座谈会。东坪村党支部书记陈志远在座谈会上发言。"
    )
    tour, talk = event(ex, "调研"), event(ex, "座谈会")
    assert set(attendees(ex, tour)) == {"王小明", "李华"}
    assert talk.date == "2024-06-18"
    assert set(attendees(ex, talk)) == {"王小明", "陈志远"}


def test_a_meeting_in_a_paragraph_of_its_own_or_with_its_own_date_keeps_that() -> None:
    # counter-examples: a new paragraph, or a date of the sentence's own, is not the day before
    ex = extract("6月18日，青禾县召开防汛工作部署会，王小明出席。\n县政府召开第十次常务会议，李华主持会议。")
    assert event(ex, "常务会议").date == "2024-06-20"
    ex = extract("6月18日，青禾县召开防汛工作部署会，王小明出席；6月19日，县政府召开第十次常务会议。")
    assert event(ex, "常务会议").date == "2024-06-19"


def test_a_meeting_named_only_at_the_end_of_its_sentence_takes_its_host() -> None:
    ex = extract(
        "聚焦项目建设、优化营商环境——6月18日，青禾县二季度重点项目推进会在县行政中心召开。"
        "会议由县长李华主持。县委书记王小明出席会议并讲话。"
    )
    ev = event(ex, "重点项目推进会")
    assert ev.date == "2024-06-18"
    assert set(attendees(ex, ev)) == {"李华", "王小明"}
