"""Rules of round 37, each general grammar with examples and counter-examples: a bare signing
ceremony in the story of a signing activity; the people who take part in an activity named by its
head word; an act alone naming the activity of that act; a presentation to investors at the fair or
signing told; a roll of three fields (name, unit, job) opened by Mongolian names the tagger cut; a
work's milestone that people witness; a rare surname in an enumeration of names; a counted list
after a received award; who handles a matter on the spot at a reception; a name the tagger read with
the verb 会同; a village before its committee of mediation; committees of mediation honoured with
their divisions; an important town of a trade; honours named by a word of praise, rolls under a
list's name, a grid of names, units counted as such; speakers who assign tasks, explain or share,
guests who come to congratulate, those who sit in on a trial; a talk with a visiting party; who
conveys a higher meeting's spirit, assigns tasks or explains a document; a party that comes or goes
to a place to tour it; who pins a flower on recruits; honours received in the common forms of a
report; a titled word the article later makes the one who speaks. Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attendees, conferrals, extract_page, holdings, honoured_units

DAY = dt.date(2024, 5, 20)


def _page(text: str):
    return extract_page("标题\n" + text, DAY)


def _events(text: str) -> dict[str, list[str]]:
    ex = _page(text)
    return {ev.name: attendees(ex, ev) for ev in ex.events}


# -- a signing activity: its ceremony, its head word, its act, a presentation at it ------------------

ACTIVITY = "　　5月8日，青禾县2024年二季度重点项目集中签约活动在县会展中心举行。县委书记檀文耀出席。\n"
ACTIVITY_NAME = "青禾县2024年二季度重点项目集中签约活动"
GUESTS = "　　签约活动开始前，檀文耀会见了前来签约的企业家。\n"


def test_a_bare_signing_ceremony_in_an_activitys_story_is_that_activity() -> None:
    events = _events(ACTIVITY + "　　副县长闵少华主持签约仪式。\n")
    assert events == {ACTIVITY_NAME: ["檀文耀", "闵少华"]}


@pytest.mark.parametrize(
    "told",
    [
        "　　副县长闵少华主持开工仪式。\n",  # another act: another ceremony
        "　　活动同时举行了产业园揭牌仪式，副县长闵少华出席。\n",  # named with more words, another act
    ],
)
def test_a_ceremony_of_another_act_stays_its_own_event(told: str) -> None:
    events = _events(ACTIVITY + told)
    assert ACTIVITY_NAME in events and len(events) == 2


def test_taking_part_in_the_activity_names_it_not_the_meeting_told_last() -> None:
    events = _events(ACTIVITY + GUESTS + "　　县领导綦玉林、荀立春参加活动。\n")
    assert events[ACTIVITY_NAME] == ["檀文耀", "綦玉林", "荀立春"]
    meeting = next(name for name in events if name != ACTIVITY_NAME)
    assert events[meeting] == ["檀文耀"]


def test_an_activity_centre_is_no_activity() -> None:
    events = _events(ACTIVITY + GUESTS + "　　綦玉林参加活动中心揭牌。\n")
    assert "綦玉林" not in events[ACTIVITY_NAME]


def test_the_act_alone_names_the_activity_of_that_act() -> None:
    told = "　　东河镇镇长綦玉林、西山镇镇长荀立春分别代表所在镇，与韶海波、邝雨菲签约。\n"
    events = _events(ACTIVITY + GUESTS + told)
    assert {"綦玉林", "荀立春", "韶海波", "邝雨菲"} <= set(events[ACTIVITY_NAME])


@pytest.mark.parametrize(
    "told",
    [
        "　　东河镇镇长綦玉林将与韶海波签约。\n",  # one to come
        "　　签约活动前，綦玉林与韶海波交谈。\n",  # a mark of time, no act
    ],
)
def test_no_signing_act_names_no_signers(told: str) -> None:
    events = _events(ACTIVITY + GUESTS + told)
    assert "綦玉林" not in events[ACTIVITY_NAME]


@pytest.mark.parametrize(
    "told",
    [
        "　　县商务局局长綦玉林推介了青禾县投资环境。\n",
        "　　县商务局局长綦玉林作青禾县投资环境推介。\n",
        "　　县商务局局长綦玉林进行了招商推介。\n",
    ],
)
def test_a_presentation_to_investors_is_made_at_the_signing(told: str) -> None:
    events = _events(ACTIVITY + GUESTS + told)
    assert "綦玉林" in events[ACTIVITY_NAME]
    assert all("綦玉林" not in people for name, people in events.items() if name != ACTIVITY_NAME)


@pytest.mark.parametrize(
    "told",
    [
        "　　县商务局局长綦玉林要求，要推介好青禾县投资环境。\n",  # a task
        "　　县商务局局长綦玉林审阅了推介材料。\n",  # a thing, no act
    ],
)
def test_no_presentation_places_no_one(told: str) -> None:
    events = _events(ACTIVITY + GUESTS + told)
    assert all("綦玉林" not in people for people in events.values())


def test_a_presentation_at_an_event_of_no_investors_places_no_one() -> None:
    told = "　　5月8日，青禾县第三届油菜花旅游节开幕。县委书记檀文耀出席。\n　　县文旅局局长綦玉林推介了青禾县旅游线路。\n"
    assert all("綦玉林" not in people for people in _events(told).values())


# -- a roll of three fields (name, unit, job) opened by names the tagger cut ---------------------

_ROLL = (
    "全旗农牧业工作会议召开\n"
    "　　本报讯 2月18日，全旗农牧业工作会议召开，会上宣读了旗委、旗政府表彰2024年度全旗农牧业系统先进集体和先进个人的决定。\n"
    "　　先进个人（5名）\n"
    "{}"
    "　　阿拉坦格日勒　正蓝旗草原工作站　草原管护员\n"
    "　　额尔德尼　镶黄旗新宝拉格镇巴音淖尔嘎查党支部　书记\n"
    "　　庹建新　镶黄旗农牧局　会计\n"
)
_FIRST = "　　孟根苏布达　正蓝旗农牧局　副局长\n"


def test_a_roll_of_three_fields_opened_by_names_the_tagger_cut_honours_each() -> None:
    ex = _page(_ROLL.format(_FIRST))
    assert {c.person for c in conferrals(ex)} == {"孟根苏布达", "阿拉坦格日勒", "额尔德尼", "庹建新"}


def test_a_unit_and_its_title_in_fields_of_their_own_are_one_post() -> None:
    posts = {(h.person, h.org.name, h.role) for h in holdings(_page(_ROLL.format(_FIRST)))}
    assert ("孟根苏布达", "正蓝旗农牧局", "副局长") in posts
    assert not any("\u3000" in org for _, org, _ in posts)


@pytest.mark.parametrize(
    "first",
    [
        "　　图嘎拉日　正蓝旗农牧局　副局长\n",  # no surname, no mark, no elements of Mongolian names
        "　　正蓝旗　农牧局　副局长\n",  # a division heading its people
    ],
)
def test_a_first_field_that_is_no_name_stays_none(first: str) -> None:
    names = {c.person for c in conferrals(_page(_ROLL.format(first)))}
    assert not any(n.startswith(("图嘎", "正蓝")) for n in names)


# -- a work's milestone that people witness ------------------------------------------------------

_CLOSED = (
    "　　9月25日上午，随着合龙段钢箱梁精准就位，青禾至白沙高速公路控制性工程——白沙河特大桥主桥顺利合龙。\n"
    "　　市住建局副局长宓立新、县委常委翟春燕等到场见证合龙。\n"
    "　　在施工现场，项目经理晏国栋介绍，大桥比计划工期提前40天合龙。\n"
)
_CONNECTED = (
    "　　6月28日，随着升压站主变压器带电运行，由青禾能源集团有限公司承建的白沙县100万千瓦光伏项目"
    "实现全容量并网。\n　　副市长宓立新、县长翟春燕等在升压站见证了这一历史时刻。\n"
)


@pytest.mark.parametrize(
    ("text", "name", "people"),
    [
        (_CLOSED, "白沙河特大桥主桥合龙", ["宓立新", "翟春燕", "晏国栋"]),
        (_CONNECTED, "白沙县100万千瓦光伏项目全容量并网", ["宓立新", "翟春燕"]),
    ],
)
def test_a_milestone_people_witness_is_an_event(text: str, name: str, people: list[str]) -> None:
    assert _events(text) == {name: people}


@pytest.mark.parametrize(
    "text",
    [
        "　　6月28日，白沙县100万千瓦光伏项目实现全容量并网。\n　　副市长宓立新表示，要做好服务保障。\n",  # no witness
        "　　6月28日，青禾至白沙高速公路主桥预计明年6月合龙。\n　　副市长宓立新见证了签约。\n",  # not reached
        "　　6月28日，两地政务数据实现全面贯通。\n　　副市长宓立新等见证了这一时刻。\n",  # no work
    ],
)
def test_a_milestone_not_witnessed_or_of_no_work_is_no_event(text: str) -> None:
    assert not any(name.endswith(("并网", "合龙", "贯通")) for name in _events(text))


def test_a_milestone_a_ceremony_names_is_that_ceremony() -> None:
    text = (
        "　　12月27日，青禾至白沙高速公路通车仪式在白沙收费站举行，高速公路正式通车。副市长宓立新见证通车。\n"
    )
    assert list(_events(text)) == ["青禾至白沙高速公路通车仪式"]


# -- surnames of the Hundred Family Surnames that open no common word; a counted inline list --------


@pytest.mark.parametrize("name", ["巢春梅", "巢桂兰"])
def test_a_rare_surname_opens_a_name_in_an_enumeration_of_names(name: str) -> None:
    text = f"　　会议通报表扬了2024年度“服务标兵”。邬丽蓉、荆晓燕、{name}、蔺海波获评“服务标兵”。\n"
    assert {c.person for c in conferrals(_page(text))} == {"邬丽蓉", "荆晓燕", name, "蔺海波"}


def test_a_place_that_opens_with_such_a_surname_stays_a_place() -> None:
    ex = _page("　　巢湖市委书记邬丽蓉出席会议。\n")
    assert "巢湖市" in {p.name for p in ex.places}
    assert {p.name for p in ex.persons} == {"邬丽蓉"}


def test_a_counted_list_after_a_received_award_names_its_recipients() -> None:
    text = (
        "　　会议表彰了2024年度“解忧能手”。获评“解忧能手”的3名同志分别是：市城市管理局环卫处副处长邬丽蓉，"
        "钟楼区五星街道便民服务中心主任荆晓燕，常州宏达燃气有限公司客户服务部经理蔺海波。\n"
    )
    assert {c.person for c in conferrals(_page(text))} == {"邬丽蓉", "荆晓燕", "蔺海波"}


def test_those_who_received_it_told_of_with_no_list_are_no_list() -> None:
    text = "　　会议表彰了2024年度“解忧能手”。获评“解忧能手”的同志要再接再厉。副市长邬丽蓉出席。\n"
    assert conferrals(_page(text)) == []


# -- on the spot at a reception; a name glued to 会同; a village's committees; an important town ----

_RECEPTION = (
    "　　3月15日，县委书记邝立新在县群众来访接待大厅接待来访群众。县委常委、政法委书记荆晓燕参加接访。\n"
    "　　{}\n"
)


@pytest.mark.parametrize(
    ("told", "there"),
    [
        (
            "邝立新认真查阅了协议，当场与某镇党委书记蔺海波、县农业农村局局长邬丽蓉沟通。",
            {"蔺海波", "邬丽蓉"},
        ),
        ("县自然资源局局长蔺海波、县住建局局长邬丽蓉现场说明了有关情况。", {"蔺海波", "邬丽蓉"}),
        ("县民政局局长蔺海波当场调阅了低保档案。", {"蔺海波"}),
        ("邝立新要求在场的某镇党委书记蔺海波依法妥善处理。", {"蔺海波"}),
    ],
)
def test_who_handles_a_matter_on_the_spot_is_at_the_reception(told: str, there: set[str]) -> None:
    events = _events(_RECEPTION.format(told))
    assert any(there <= set(people) for people in events.values())


@pytest.mark.parametrize(
    "told",
    [
        "邝立新当场联系县人社局局长蔺海波，要求3日内拿出方案。",  # called, not there
        "去年，县民政局局长蔺海波协助民警将嫌疑人当场抓获。",  # a deed of a story
        "邝立新要求，县民政局局长蔺海波要当场答复群众诉求。",  # a task
    ],
)
def test_one_called_or_a_story_or_a_task_places_no_one(told: str) -> None:
    assert all("蔺海波" not in people for people in _events(_RECEPTION.format(told)).values())


def test_a_titled_name_the_tagger_read_with_the_verb_after_it_is_a_name() -> None:
    ex = _page("　　要求在场的大集镇党委书记葛明远会同县司法局，引导当事人依法解决。\n")
    assert {p.name for p in ex.persons} == {"葛明远"}


def test_a_village_before_its_committee_of_mediation_is_a_village() -> None:
    line = "　　吴金兰（女）　新宾满族自治县永陵镇启运社区人民调解委员会主任\n"
    ex = _page("　　优秀人民调解员名单（2名）\n" + line + "　　庹建新　清原满族自治县南口前镇司法所所长\n")
    assert {"启运社区", "永陵镇"} <= {p.name for p in ex.places}


def test_committees_of_mediation_written_with_their_divisions_are_honoured_units() -> None:
    text = (
        "　　会上，市司法局宣读了表彰优秀人民调解委员会的决定。\n　　附：\n　　优秀人民调解委员会名单（3个）\n"
        "　　新宾满族自治县永陵镇人民调解委员会\n　　铁西区兴华街道兴旺社区人民调解委员会\n"
        "　　沈阳市物业纠纷人民调解委员会\n"
    )
    assert {u for u, _ in honoured_units(_page(text))} == {
        "新宾满族自治县永陵镇人民调解委员会",
        "铁西区兴华街道兴旺社区人民调解委员会",
        "沈阳市物业纠纷人民调解委员会",
    }


@pytest.mark.parametrize(
    ("text", "place", "is_place"),
    [
        ("　　南浔镇也是湖州南浔区纺织工业重镇。\n", "纺织工业重镇", False),
        ("　　淅川县九重镇邹庄村党支部书记邬丽蓉发言。\n", "九重镇", True),
    ],
)
def test_an_important_town_of_a_trade_is_no_place_but_a_township_so_named_is(
    text: str, place: str, is_place: bool
) -> None:
    assert (place in {p.name for p in _page(text).places}) is is_place


# -- honours named by a word of praise; rolls under a list's name; a grid of names; units counted ----

_FAIR = "　　9月22日，全县农民丰收节庆祝活动举行。县委书记檀文耀出席并讲话。\n"


def _persons_honoured(body: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(_page(_FAIR + body))}


@pytest.mark.parametrize(
    "roll",
    [
        "　　十佳新型职业农民名单\n　　邬丽蓉　东河镇宋庄村　种植能手\n　　荆晓燕　西山镇李营村　农机手\n",
        "　　十佳新型职业农民名单：\n　　邬丽蓉（东河镇宋庄村）\n　　荆晓燕（西山镇李营村）\n",
        "　　附：十佳新型职业农民名单\n　　1.邬丽蓉　东河镇宋庄村\n　　2.荆晓燕　西山镇李营村\n",
    ],
)
def test_a_roll_under_a_list_named_by_an_honour_receives_it(roll: str) -> None:
    assert _persons_honoured(roll) == {("邬丽蓉", "十佳新型职业农民"), ("荆晓燕", "十佳新型职业农民")}


@pytest.mark.parametrize(
    "heading",
    ["　　大会主席团成员名单\n", "　　新任村党组织书记名单\n"],
)
def test_a_roll_under_a_list_of_no_honour_receives_nothing(heading: str) -> None:
    roll = heading + "　　邬丽蓉　东河镇宋庄村党支部书记\n　　荆晓燕　西山镇李营村党支部书记\n"
    assert _persons_honoured(roll) == set()


def test_a_class_commended_with_dui_then_its_roll() -> None:
    body = "　　会上，县委、县政府对2024年度十佳新型职业农民进行了表彰。名单如下：邬丽蓉，东河镇宋庄村种植能手；荆晓燕，西山镇李营村农机手。\n"
    assert {p for p, _ in _persons_honoured(body)} == {"邬丽蓉", "荆晓燕"}


def test_a_class_commended_and_who_they_are_in_the_clause_after() -> None:
    body = "　　会上，县委、县政府表彰了2024年度最美护林员，他们是：邬丽蓉（东河镇宋庄村）、荆晓燕（西山镇李营村）等。\n"
    assert _persons_honoured(body) == {("邬丽蓉", "2024年度最美护林员"), ("荆晓燕", "2024年度最美护林员")}


def test_a_grid_of_names_under_an_award_gives_each_of_them() -> None:
    body = (
        "　　会上宣读了县委、县政府《关于表彰2024年度最美护林员的决定》，授予邬丽蓉等4名同志“最美护林员”称号。\n"
        "　　最美护林员（4名）\n　　邬丽蓉　荆晓燕（女）　蔺海波　宓立新\n"
    )
    assert {p for p, _ in _persons_honoured(body)} == {"邬丽蓉", "荆晓燕", "蔺海波", "宓立新"}


def test_a_name_and_its_post_on_a_line_are_no_grid() -> None:
    body = (
        "　　会上宣读了县委、县政府《关于表彰2024年度最美护林员的决定》，授予邬丽蓉等2名同志“最美护林员”称号。\n"
        "　　最美护林员（2名）\n　　邬丽蓉　东河镇林业站站长荆晓燕\n"
    )
    assert {p for p, _ in _persons_honoured(body)} == {"邬丽蓉"}


@pytest.mark.parametrize(
    "told",
    [
        "　　青禾县丰泽农机专业合作社、青禾县金穗粮业有限公司等5家单位被评为2024年度优秀农民专业合作社。\n",
        "　　县领导为青禾县丰泽农机专业合作社、青禾县金穗粮业有限公司等5家单位授牌“优秀农民专业合作社”。\n",
    ],
)
def test_units_a_count_names_so_receive_a_class_of_praise(told: str) -> None:
    units = {u for u, _ in honoured_units(_page(_FAIR + told))}
    assert units == {"青禾县丰泽农机专业合作社", "青禾县金穗粮业有限公司"}


def test_persons_counted_so_are_no_units() -> None:
    told = "　　邬丽蓉、荆晓燕等5名同志被评为2024年度优秀农村实用人才。\n"
    assert honoured_units(_page(_FAIR + told)) == []


@pytest.mark.parametrize(
    "told",
    [
        "　　市商务局公布第三批“青禾名小吃”认定名单，青禾市同福居餐饮有限公司、青禾市桂香斋食品有限公司等9家企业入选。\n",
        "　　第三批“青禾名小吃”名单\n　　青禾市同福居餐饮有限公司\n　　青禾市桂香斋食品有限公司\n",
    ],
)
def test_units_on_a_list_named_by_a_quoted_honour_receive_it(told: str) -> None:
    assert set(honoured_units(_page(_FAIR + told))) == {
        ("青禾市同福居餐饮有限公司", "青禾名小吃"),
        ("青禾市桂香斋食品有限公司", "青禾名小吃"),
    }


def test_units_on_a_proposed_list_receive_nothing() -> None:
    told = "　　第三批“青禾名小吃”拟认定名单\n　　青禾市同福居餐饮有限公司\n　　青禾市桂香斋食品有限公司\n"
    assert honoured_units(_page(_FAIR + told)) == []


# -- speakers who assign, explain or share; guests who come to congratulate; those who sit in ------

_DRILL = "　　5月20日，全县防汛工作会议召开。县委书记檀文耀出席并讲话。\n　　{}\n"


@pytest.mark.parametrize(
    "told",
    [
        "县水利局局长蔺海波就水库安全度汛工作作了部署。",
        "副县长蔺海波对防汛物资储备工作作了具体安排。",
        "县应急管理局局长蔺海波作专题部署。",
        "县委巡察办副主任蔺海波对做好整改工作提出要求。",
        "县委副书记蔺海波致欢迎辞。",
        "市应急管理局副局长蔺海波到场祝贺。",
        "青禾大学教授蔺海波应邀对应急预案的主要内容作了解读。",
        "水文专家蔺海波作了题为《山洪灾害的成因与防御》的专题分享。",
    ],
)
def test_who_assigns_explains_shares_or_congratulates_is_at_the_meeting(told: str) -> None:
    events = _events(_DRILL.format(told))
    assert any("蔺海波" in people for people in events.values())


@pytest.mark.parametrize(
    "told",
    [
        "会议要求，县水利局局长蔺海波要对水库安全度汛工作作出具体安排。",  # a task
        "县水利局局长蔺海波将在下月举办的经验分享会上介绍做法。",  # a meeting's name, to come
    ],
)
def test_a_task_or_a_meetings_name_places_no_one(told: str) -> None:
    assert all("蔺海波" not in people for people in _events(_DRILL.format(told)).values())


def test_who_sat_in_on_a_trial_is_at_it() -> None:
    text = (
        "　　5月20日，青禾县人民法院举行庭审观摩会，公开开庭审理一起非法采砂案。\n"
        "　　县人大常委会副主任蔺海波，部分县人大代表、政协委员等60余人旁听了庭审。\n"
    )
    assert any("蔺海波" in people for people in _events(text).values())


# -- a talk with a visiting party told by 座谈 ------------------------------------------------------

_GUESTS = "　　10月14日，市委书记檀文耀会见了青禾新能源集团有限公司董事长蔺海波一行。\n　　{}\n"


def test_a_talk_with_a_delegation_told_by_zuotan_is_a_meeting() -> None:
    told = "当天下午，市长邬丽蓉与蔺海波一行座谈，双方就项目用地进行了深入交流。荆晓燕参加座谈。"
    events = _events(_GUESTS.format(told))
    assert events["邬丽蓉与蔺海波一行座谈"] == ["邬丽蓉", "蔺海波", "荆晓燕"]


@pytest.mark.parametrize(
    "told",
    ["当天下午，市长邬丽蓉与群众座谈，听取意见建议。", "当天下午，市长邬丽蓉与企业代表座谈，听取意见建议。"],
)
def test_a_talk_with_no_visiting_party_is_no_meeting_of_two_sides(told: str) -> None:
    assert not any("座谈" in name for name in _events(_GUESTS.format(told)))


# -- who conveys a higher meeting's spirit, assigns the next tasks or explains a document ------------


@pytest.mark.parametrize(
    "told",
    [
        "县委常委、常务副县长蔺海波传达了全省安全生产电视电话会议精神。",
        "县委常委、副县长蔺海波部署了下一阶段重点工作。",
        "副县长蔺海波解读了《安全生产治本攻坚三年行动方案》。",
    ],
)
def test_who_conveys_assigns_or_explains_is_at_the_meeting(told: str) -> None:
    assert any("蔺海波" in people for people in _events(_DRILL.format(told)).values())


@pytest.mark.parametrize(
    "told",
    [
        "会议要求，各乡镇要传达好全省会议精神。副县长蔺海波审阅了材料。",  # a task; no act of his
        "副县长邬丽蓉传达了省委书记蔺海波在全省安全生产会议上的讲话精神。",  # whose words are conveyed
    ],
)
def test_a_task_or_the_one_whose_words_are_conveyed_is_not_there(told: str) -> None:
    assert all("蔺海波" not in people for people in _events(_DRILL.format(told)).values())


# -- a party that comes to tour (一行来某县考察); going to a place, a comma, the visit; a flower pinned --


@pytest.mark.parametrize(
    ("told", "name"),
    [
        (
            "5月20日，市委书记檀文耀一行来青禾县考察乡村振兴工作。县委书记蔺海波陪同。",
            "檀文耀来青禾县考察",
        ),
        (
            "5月20日，市委书记檀文耀前往东河镇宋庄村，看望慰问困难群众。副市长蔺海波陪同。",
            "檀文耀前往东河镇宋庄村看望慰问",
        ),
    ],
)
def test_a_party_that_comes_or_goes_to_a_place_to_tour_it_makes_a_tour(told: str, name: str) -> None:
    events = _events("　　本报讯 " + told + "\n")
    assert events == {name: ["檀文耀", "蔺海波"]}


@pytest.mark.parametrize(
    "told",
    [
        "近年来各地调研发现，青禾县的做法值得推广。副市长蔺海波表示赞同。",  # 年来: a time
        "5月20日，市委书记檀文耀来到青禾县，召开了座谈会。县委书记蔺海波陪同。",  # 来到 with no tour verb
    ],
)
def test_since_or_coming_with_no_tour_verb_is_no_tour(told: str) -> None:
    assert not any(name.endswith(("调研", "考察")) for name in _events("　　本报讯 " + told + "\n"))


def test_who_pins_a_flower_on_recruits_is_at_the_send_off() -> None:
    told = "5月20日，青禾县举行2024年征兵欢送会。县委书记蔺海波为新兵佩戴大红花。"
    assert _events("　　本报讯 " + told + "\n") == {"2024年征兵欢送会": ["蔺海波"]}


# -- honours received in the common forms of a report: a quoted medal, a class of praise, a list ----

_GALA = "　　5月20日，全市劳模表彰大会召开。市委书记檀文耀出席并讲话。\n　　{}\n"


@pytest.mark.parametrize(
    ("told", "award"),
    [
        ("邬丽蓉、荆晓燕被授予“青禾市五一劳动奖章”。", "青禾市五一劳动奖章"),
        ("邬丽蓉、荆晓燕获评2024年度青禾市最美护士。", "2024年度青禾市最美护士"),
        ("邬丽蓉、荆晓燕等10人入选2024年度“青禾好人”榜。", "2024年度“青禾好人”"),
        ("2024年度“青禾好人”名单公布，邬丽蓉、荆晓燕等10人榜上有名。", "青禾好人"),
        ("活动现场发布了2024年度“青禾好人”名单，邬丽蓉、荆晓燕等10人上榜。", "青禾好人"),
        ("会上为邬丽蓉、荆晓燕等10名“最美退役军人”颁奖。", "最美退役军人"),
    ],
)
def test_an_honour_received_in_a_common_form_of_report(told: str, award: str) -> None:
    assert {(c.person, c.award) for c in conferrals(_page(_GALA.format(told)))} == {
        ("邬丽蓉", award),
        ("荆晓燕", award),
    }


@pytest.mark.parametrize(
    "told",
    [
        "年度考核中，邬丽蓉、荆晓燕被评为优秀等次。",  # an appraisal's grade
        "邬丽蓉、荆晓燕被授予“优秀”。",  # a quoted word, no medal, prize or 称号
        "“青禾好人”评选活动启动，邬丽蓉、荆晓燕等10人参加。",  # no list, no one on it
    ],
)
def test_a_grade_a_quoted_word_or_a_selection_begun_is_no_honour(told: str) -> None:
    assert conferrals(_page(_GALA.format(told))) == []


# -- a titled word the article later makes the one who speaks is a name ----------------------------

_CHAIRED = "　　5月20日，全县防汛工作会议召开。县委书记檀文耀出席并讲话，县委副书记、县长江山主持会议。\n"


def test_a_titled_word_that_later_opens_a_sentence_as_the_one_who_speaks_is_a_name() -> None:
    ex = _page(_CHAIRED + "　　江山要求，各乡镇要细化任务清单。\n")
    assert {p.name for p in ex.persons} == {"檀文耀", "江山"}


@pytest.mark.parametrize(
    "after",
    ["　　各乡镇要细化任务清单。\n", "　　江山如画，各乡镇要守护好绿水青山。\n"],  # no speech of it
)
def test_a_titled_word_never_made_the_one_who_speaks_stays_no_name(after: str) -> None:
    assert {p.name for p in _page(_CHAIRED + after).persons} == {"檀文耀"}
