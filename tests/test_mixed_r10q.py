"""Round-10 rules: a contest's prize levels, feedback and tree-planting acts, 参加调研和座谈."""

from __future__ import annotations

from kg.build import build
from kg.eval.predict import read_prediction


def _predict(tmp_path, text: str):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return read_prediction(build([path]).dataset)


PRIZE = (
    "第二届青禾杯青年创业大赛颁奖仪式举行\n\n"
    "　　本报讯（记者 李华）5月8日，第二届青禾杯青年创业大赛颁奖仪式在青禾县举行。"
    "某某集团技术员王小明牵头的智慧农机项目获得特等奖。"
    "创意组一等奖获得者包括青禾县第一中学教师赵文静、某某科技有限公司工程师孙立伟；"
    "大赛共评出一等奖4项、优秀奖12项。\n"
)


def test_prize_levels_are_categories_of_the_contest(tmp_path) -> None:
    p = _predict(tmp_path, PRIZE)
    got = {(c.person, c.category) for c in p.conferrals}
    assert got == {("王小明", "特等奖"), ("赵文静", "一等奖"), ("孙立伟", "一等奖")}
    assert {c.award for c in p.conferrals} == {"award|第二届青禾杯青年创业大赛"} or all(
        "第二届青禾杯青年创业大赛" in c.award for c in p.conferrals
    )


def test_a_level_with_no_contest_or_a_count_is_no_conferral(tmp_path) -> None:
    text = (
        "青禾县举行职工技能比武\n\n　　本报讯（记者 李华）5月8日，青禾县举行职工技能比武。"
        "青禾县供电公司职工王小明获得一等奖。赛事共评出一等奖3项。\n"
    )
    assert _predict(tmp_path, text).conferrals == ()


FEEDBACK = (
    "省委第二巡视组向青禾县委反馈巡视情况\n\n"
    "　　本报讯（记者 李华）4月2日，省委第二巡视组向青禾县委反馈巡视情况。"
    "省委第二巡视组组长王小明向青禾县委书记赵大勇反馈了巡视情况。"
    "市委副书记孙立伟出席会议并讲话。赵大勇主持会议并作表态发言。\n"
    "　　群众可通过来信反馈意见，市民周小红反馈意见。\n"
)


def test_who_feeds_back_an_inspection_attends_the_meeting(tmp_path) -> None:
    events = _predict(tmp_path, FEEDBACK).events
    assert [sorted(e.attendees) for e in events] == [["孙立伟", "王小明", "赵大勇"]]  # not 周小红


PLANTING = (
    "青禾县领导参加义务植树活动\n\n"
    "　　本报讯（记者 李华）3月12日上午，青禾县领导来到东坡村，与干部群众一起参加义务植树活动。"
    "县委书记王小明，县长赵大勇等县领导挥锹铲土、扶正树苗。\n"
    "　　孙丽丽在东坡村种下的玉米已经出苗。\n"
)


def test_tree_planting_is_an_event_and_its_acts_attend_it(tmp_path) -> None:
    events = _predict(tmp_path, PLANTING).events
    tree = [e for e in events if e.name.endswith("植树活动")]
    assert len(tree) == 1
    assert {"王小明", "赵大勇"} <= set(tree[0].attendees)
    assert "孙丽丽" not in tree[0].attendees  # a later paragraph's farmer: no act at the event told


TOUR = (
    "王小明在青禾县调研\n\n"
    "　　本报讯（记者 李华）4月9日至10日，省委副书记王小明在青禾县调研。"
    "10日下午，王小明在青禾县召开座谈会，听取工作汇报。\n"
    "　　青禾县委书记赵大勇参加调研和座谈。县长孙立伟参加调研。\n"
)


def test_joining_the_tour_and_the_talk_attends_the_forum(tmp_path) -> None:
    events = _predict(tmp_path, TOUR).events
    forum = next(e for e in events if e.name == "座谈会")
    assert "赵大勇" in forum.attendees
    assert "孙立伟" not in forum.attendees  # 参加调研 alone: the tour, not the forum
