"""Round 14 (Q8) of the mixed-articles check: a sports meet's closing ceremony, a Party lesson
given, visits that several leaders pay separately, named prizes and prize levels told before the
winner, and universities named after a city district."""

from __future__ import annotations

from kg.extract.divisions import gazetteer
from kg.extract.place_words import other_name, university_named
from kg.extract.presenters import described
from kg.model import Mention
from tests.extraction_support import events_by_name, extract_page


def _honours(ex) -> set[tuple[str, str, str | None]]:
    names = {p.key: p.name for p in ex.persons}
    awards = {a.key: a.name for a in ex.awards}
    return {(names.get(c.recipient, c.recipient), awards[c.award], c.category) for c in ex.conferrals}


# -- a sports meet ----------------------------------------------------------------------------

_MEET = (
    "青年举重锦标赛在青禾闭幕\n"
    "　　本报讯 2025全国青年举重锦标赛30日在天水市体育中心闭幕。东道主代表队获得团体冠军。\n"
    "　　闭幕式上，甘肃省副省长王小明、国家体育总局举重运动管理中心副主任张建伟为获奖运动员颁奖。\n"
    "　　天水市委书记赵国华出席闭幕式。\n"
)


def test_a_meet_closing_in_the_lead_is_its_closing_ceremony() -> None:
    ex = extract_page(_MEET)
    assert events_by_name(ex) == {"2025全国青年举重锦标赛闭幕式": {"王小明", "张建伟", "赵国华"}}
    assert ex.events[0].date == "2025-04-30"


def test_a_meet_without_its_ceremony_is_the_meet() -> None:
    text = "运动会开幕\n　　本报讯 4月28日，第五届青禾县农民运动会在县体育场开幕。县长王小明出席。\n"
    assert events_by_name(extract_page(text)) == {"第五届青禾县农民运动会": {"王小明"}}


def test_meet_counter_examples() -> None:
    background = (
        "王小明会见冠军队代表\n"
        "　　本报讯 4月30日，省委书记王小明在兰州会见女子举重队代表。\n"
        "　　2025全国青年举重锦标赛4月20日至28日在天水举行，甘肃队获得团体冠军。\n"
    )
    assert set(events_by_name(extract_page(background))) == {
        "王小明会见女子举重队代表"
    }  # background, not the news
    planned = (
        "赛事预告\n　　本报讯 2025全国青年举重锦标赛将于6月在天水开幕。省体育局局长王小明介绍了筹备情况。\n"
    )
    assert events_by_name(extract_page(planned)) == {}  # a meet to come
    won = "喜报\n　　本报讯 在全国青年举重锦标赛上，青禾县选手李华夺得金牌。县长王小明表示祝贺。\n"
    assert events_by_name(extract_page(won)) == {}  # won at a meet, none held in the article


# -- a Party lesson ---------------------------------------------------------------------------

_LESSON = (
    "市委书记讲专题党课\n"
    "　　本报讯 4月29日，市委书记王小明以“守初心　担使命”为题，为全市党员干部讲授专题党课。"
    "市委副书记、市长张建伟主持，市政协主席赵国华参加。\n"
    "　　会议要求，各级党组织书记要讲好党课，用好网上党课资源。\n"
)


def test_a_party_lesson_given_is_an_event_with_its_teacher() -> None:
    ex = extract_page(_LESSON)
    assert events_by_name(ex) == {"专题党课": {"王小明", "张建伟", "赵国华"}}
    assert ex.events[0].date == "2025-04-29"


def test_lesson_counter_examples() -> None:
    text = "工作部署\n　　本报讯 4月29日，青禾县召开会议。县委书记王小明要求各级党组织书记讲好党课，组织学习党课内容。\n"
    assert "党课" not in " ".join(events_by_name(extract_page(text)))  # a task and a study, no lesson given


# -- visits that several leaders pay separately ----------------------------------------------

_VISITS = (
    "省领导走访慰问困难群众\n"
    "　　本报讯 4月26日至28日，省委书记王小明，省委副书记、省长张建伟分别走访慰问困难群众。\n"
    "　　4月26日，王小明来到天水市秦州区，看望慰问困难党员。\n"
    "　　4月28日，张建伟前往平凉市，在崆峒区看望一线环卫工人。平凉市委书记赵国华陪同。\n"
)


def test_each_leader_s_visit_is_its_own_event() -> None:
    ex = extract_page(_VISITS)
    by_people = {frozenset(people): name for name, people in events_by_name(ex).items()}
    assert set(by_people) == {frozenset({"王小明"}), frozenset({"张建伟", "赵国华"})}
    dates = {frozenset(events_by_name(ex)[e.name]): e.date for e in ex.events}
    assert dates == {frozenset({"王小明"}): "2025-04-26", frozenset({"张建伟", "赵国华"}): "2025-04-28"}


def test_one_leader_s_tour_stays_one_event() -> None:
    text = (
        "王小明在天水调研\n"
        "　　本报讯 4月26日，省委书记王小明到天水市秦州区调研。天水市委书记张建伟陪同。\n"
        "　　当天下午，王小明来到麦积区，看望慰问困难群众。\n"
    )
    events = events_by_name(extract_page(text))
    assert len(events) == 1 and list(events.values()) == [{"王小明", "张建伟"}]


# -- named prizes and prize levels -----------------------------------------------------------

_PRIZES = (
    "全省科学技术奖励大会召开\n"
    "　　本报讯 4月30日，2024年度甘肃省科学技术奖励大会在兰州召开。省委书记王小明为获奖代表颁奖。\n"
    "　　青禾大学教授李华获甘肃省最高科学技术奖；某某项目获甘肃省科学技术一等奖。\n"
    "　　获得一等奖的青禾大学教授张建伟、获得二等奖的某某集团高级工程师赵国华作为获奖代表发言。\n"
)


def test_named_prizes_and_levels_before_the_winner() -> None:
    ex = extract_page(_PRIZES)
    assert _honours(ex) == {
        ("李华", "甘肃省最高科学技术奖", None),
        ("张建伟", "2024年度甘肃省科学技术奖", "一等奖"),
        ("赵国华", "2024年度甘肃省科学技术奖", "二等奖"),
    }
    # the winners described by their prize speak at the meeting: they attend it
    assert events_by_name(ex) == {"2024年度甘肃省科学技术奖励大会": {"王小明", "张建伟", "赵国华"}}


def test_prize_counter_examples() -> None:
    text = (
        "喜报\n　　本报讯 青禾县某某项目获国家科学技术进步奖。县长王小明获得过很多奖，"
        "李华获一等奖，张建伟获评优秀。\n"
    )
    assert _honours(extract_page(text)) == set()  # a project's prize, no prize's name, a level of no contest


def test_described_by_a_prize() -> None:
    text = "获得一等奖的青禾大学教授张建伟发言，王小明为李华颁奖。"

    def at(name: str) -> Mention:
        i = text.index(name)
        return Mention("t", i, i + len(name), name, "Person")

    assert described(text, at("张建伟"))
    assert not described(text, at("李华"))  # a recipient of the presenting verb, not described
    assert not described(text, at("王小明"))


# -- universities named after a district -----------------------------------------------------


def test_university_named_after_a_district() -> None:
    gaz = gazetteer()
    yanta = gaz.by_short["雁塔"]  # 雁塔区 of 西安市
    assert university_named("雁塔大学", "雁塔", yanta)
    assert other_name("ORG", "雁塔学院", "雁塔", yanta)
    assert not university_named("雁塔医院", "雁塔", yanta)  # a district's own hospital
    assert not university_named("延安大学", "延安", gaz.by_short["延安"])  # named after a city
    assert not university_named("雁塔", "雁塔", yanta)
