"""Rules of round 34, each general grammar with examples and counter-examples: a received award
that describes the person named after it (曾获“某某”称号的甲); a quoted award commended with 对…进行
表彰, its recipients named before it or listed after it; counted classes commended (表彰了甲等6个先进
集体和乙等8名劳动模范); a township's bare organ in the clause that names it; a place the tagger reads
across the end of a name; names an enumeration bounds whose head the tagger read as words (甲、仝|某某为…,
甲、才让|某某、乙); a development zone's organs as units of the zone. Invented names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from extraction_support import conferrals, extract_page, holdings, honoured_units

from kg.extract.appointments import minority_name
from kg.extract.bare_names import _word_alone
from kg.extract.place_overlaps import inside_names
from kg.extract.tibetan_names import enumerated_head
from kg.extract.zone_organs import zone_organ
from kg.model import Place

DAY = dt.date(2025, 7, 30)


def _page(text: str):
    return extract_page("标题\n" + text, DAY)


def _honours(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(_page(text))}


# -- an award that describes the person after it ----------------------------------------------------

_VISIT = (
    "本报讯　当天下午，邵立峰、卜晓岚在县退役军人事务局局长雷振川陪同下，先后来到城关镇，"
    "看望慰问了老战士王守田、伤残退役军人张守成和{award}，为他们送去慰问金。"
)


@pytest.mark.parametrize(
    ("award", "holder"),
    [
        ("曾获“某市模范退役军人”称号的乌恩奇", "乌恩奇"),
        ("荣获“全县优秀共产党员”荣誉称号的老党员郑有福", "郑有福"),
    ],
)
def test_a_received_award_describes_the_person_after_it(award: str, holder: str) -> None:
    honours = _honours(_VISIT.format(award=award))
    assert {person for person, _award in honours} == {holder}


@pytest.mark.parametrize(
    "text",
    [
        # the recipients before the award, which describes a kind of person, not a name
        "本报讯　会上，为蒋晓华、张秀英等10名获评“十佳网格员”的网格员颁发证书。",
        "本报讯　蒋晓华、张秀英荣获“全市优秀网格员”称号。",
    ],
)
def test_recipients_before_an_award_stay_its_recipients(text: str) -> None:
    assert {person for person, _award in _honours(text)} == {"蒋晓华", "张秀英"}


# -- a quoted award commended with 对…进行表彰 ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "本报讯　活动中，对2023年度某省“十佳农民”进行了表彰。他们是：某县某镇某村党总支书记蒋阿者，"
            "某县某镇某村茶农董兴华，某县某有限公司总经理普红霞。",
            {"蒋阿者", "董兴华", "普红霞"},
        ),
        ("本报讯　会上，对詹立鸣、钱多多等10名“优秀网格员”予以表彰。", {"詹立鸣", "钱多多"}),
    ],
)
def test_a_quoted_award_commended_with_dui(text: str, recipients: set[str]) -> None:
    assert {person for person, _award in _honours(text)} == recipients


def test_a_quotation_inside_what_is_commended_is_no_award() -> None:
    text = "本报讯　会上，对在“双争”活动中表现突出的集体和个人进行了表彰，詹立鸣、钱多多作了发言。"
    assert _honours(text) == set()


# -- a commendation of counted enumerations, each named by its class --------------------------------

_COUNTED = "本报讯　会议表彰了青禾矿业有限公司综采一队等6个先进集体和白立刚等8名劳动模范。{more}"
_ROLL = (
    "\n2023年度劳动模范名单\n"
    "白立刚　青禾矿业有限公司综采一队队长\n"
    "亢晓宁　青禾矿业有限公司选煤厂厂长\n"
    "周慧敏　集团公司财务共享中心主管会计\n"
)


def test_a_counted_class_commended_is_an_honour() -> None:
    ex = _page(_COUNTED.format(more=""))
    assert {(c.person, c.award) for c in conferrals(ex)} == {("白立刚", "劳动模范")}
    assert ("青禾矿业有限公司综采一队", "先进集体") in honoured_units(ex)


def test_the_roll_under_the_class_with_its_year_holds_its_recipients() -> None:
    assert _honours(_COUNTED.format(more=_ROLL)) == {
        ("白立刚", "劳动模范"),
        ("亢晓宁", "劳动模范"),
        ("周慧敏", "劳动模范"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "本报讯　表彰大会上，邬晨阳等4位获奖代表先后发言。",  # no class of honour after the count
        "本报讯　会议表彰了先进，邬晨阳等4名同志作了交流发言。",
    ],
)
def test_a_count_after_a_commendation_names_no_class(text: str) -> None:
    assert _honours(text) == set()


# -- a township's bare organ in a clause that names it ----------------------------------------------

_ELECTIONS = (
    "万载融媒讯（记者 欧晓琳）9月6日至10日，我县各乡镇相继召开新一届人民代表大会第一次会议。\n"
    "　　株潭镇选举邝立新为镇人大主席，伍晓峰为镇长；黄茅镇选举栾致远为镇长；"
    "鹅峰乡选举覃国华为乡人大主席，甘雅琴为乡长。"
)


def test_a_bare_township_organ_is_the_township_its_clause_names() -> None:
    posts = {(h.person, h.org.name, h.role) for h in holdings(_page(_ELECTIONS))}
    assert ("覃国华", "鹅峰乡人大", "主席") in posts
    assert ("邝立新", "株潭镇人大", "主席") in posts


def test_a_clause_naming_two_townships_places_no_bare_organ() -> None:
    text = _ELECTIONS.replace("鹅峰乡选举覃国华为乡人大主席", "鹅峰乡、马步乡分别选举覃国华为乡人大主席")
    posts = {(h.person, h.org.name) for h in holdings(_page(text))}
    assert not any(person == "覃国华" and org.endswith("乡人大") and org != "乡人大" for person, org in posts)


# -- a place the tagger reads across the end of a name ----------------------------------------------


def _with_place(ex, start: int, name: str, code: str | None):
    key = code or f"{ex.places[-1].parent}/{name}"
    place = Place(key, name, "township", code, ex.places[-1].parent)
    mention = ex.article.span(start, start + len(name), "Place", ref=key)
    return replace(ex, places=(*ex.places, place), mentions=(*ex.mentions, mention))


def test_a_place_read_across_the_end_of_a_name_is_none() -> None:
    ex = _page(_ELECTIONS)
    at = ex.article.text.index("覃国华")
    ex = _with_place(ex, at + 2, "华为乡", None)  # 覃国|华为乡人大主席, as the tagger may cut it
    kept = inside_names(ex, [], [(at, at + 3)])
    assert "华为乡" not in {p.name for p in kept.places}
    assert "鹅峰乡" in {p.name for p in kept.places}


def test_a_table_township_across_the_end_of_a_name_stays() -> None:
    ex = _page(_ELECTIONS)
    at = ex.article.text.index("株潭镇")
    kept = inside_names(ex, [], [(at - 2, at + 1)])  # a name read as ending in 株
    assert "株潭镇" in {p.name for p in kept.places}


# -- names an enumeration bounds, whose head the tagger read as words --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　韩立群、仝海涛为受表彰的劳动模范和先进集体代表颁奖。", "仝海涛"),
        ("　　韩立群、仝启鹏为受表彰的先进个人颁发证书。", "仝启鹏"),
        ("新任命的马振华、宋晓云、才让吉智、温少军等依次进行宪法宣誓。", "才让吉智"),
    ],
)
def test_an_enumeration_bounds_a_name_the_tagger_cut(text: str, name: str) -> None:
    assert name in {p.name for p in _page(text).persons}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("马振华、才让吉智说，", "吉智"),  # nothing closes the item: left to the tagger
        ("马振华，才让吉智、温少军", "吉智"),  # no mark of the enumeration before it
    ],
)
def test_an_element_outside_an_enumeration_opens_no_name(text: str, name: str) -> None:
    at = text.index(name)
    assert enumerated_head(text, at, at + len(name)) == at


def test_an_element_inside_an_enumeration_opens_the_name() -> None:
    text = "马振华、才让吉智、温少军"
    at = text.index("吉智")
    assert enumerated_head(text, at, at + 2) == at - 2


# -- an appointment list closed by 等 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本报讯　会议选举邹立信、温少军等为县政协常委。", {"邹立信", "温少军"}),
        ("本报讯　会议任命邹立信（女）为县统计局局长。", {"邹立信"}),  # the marks go as before
    ],
)
def test_an_appointment_list_closed_by_deng(text: str, names: set[str]) -> None:
    assert {p.name for p in _page(text).persons} == names


# -- a development zone's organs, and the zone they govern -------------------------------------------

_ZONE_CHAIN = (
    "本报讯　11月8日，县委常委、青禾经济技术开发区党工委副书记、管委会主任邝立强出席活动。"
    "青禾高新区党工委书记苗若楠，管委会主任靳立新致辞。"
)


def test_a_zone_s_organs_are_units_of_the_zone() -> None:
    ex = _page(_ZONE_CHAIN)
    orgs = {o.key: o for o in ex.organizations}
    posts = {(h.person, h.org.name, h.role): h.org for h in holdings(ex)}
    for person, organ, role, zone in [
        ("邝立强", "青禾经济技术开发区党工委", "副书记", "青禾经济技术开发区"),
        ("邝立强", "青禾经济技术开发区管委会", "主任", "青禾经济技术开发区"),
        ("苗若楠", "青禾高新区党工委", "书记", "青禾高新区"),
        ("靳立新", "青禾高新区管委会", "主任", "青禾高新区"),
    ]:
        org = posts[(person, organ, role)]
        assert orgs[org.parent].name == zone
        assert org.jurisdiction is None and orgs[org.parent].jurisdiction is None


@pytest.mark.parametrize(
    "written",
    [
        "滨海新区管委会",  # a district of the table, read as a division
        "青禾集团产业园区管委会",  # a company's park
        "青禾经济技术开发区投资服务中心",  # a centre of the zone, no organ (its 局 and 办公室 are: test_mixed_h93)
    ],
)
def test_no_zone_organ(written: str) -> None:
    assert zone_organ(written) is None


# -- events: the day after a meeting, a meeting of a kind, a congress's delegates ---------------------

_CLOSING = (
    "青禾日报5月30日讯（记者 邝晓雯）省十四届人大常委会第十次会议今天下午在长沙闭幕。"
    "省人大常委会主任苗振和主持会议。\n"
    "　　{opening}举行宪法宣誓仪式。新任命的向立升、麻晓英面向国旗庄严宣誓。"
)


@pytest.mark.parametrize(("opening", "day"), [("闭幕会后，", "2024-05-30"), ("", "2024-05-31")])
def test_a_ceremony_after_the_meeting_is_on_its_day(opening: str, day: str) -> None:
    ex = extract_page("标题\n" + _CLOSING.format(opening=opening), dt.date(2024, 5, 31))
    assert {e.name: e.date for e in ex.events}["宪法宣誓仪式"] == day


def test_a_meeting_of_a_kind_is_no_event() -> None:
    text = (
        "本报讯　3月21日，县委理论学习中心组举行集体学习。汪立民指出，全国两会是在新时代召开的一次重要会议。"
    )
    assert [e.name for e in _page(text).events] == ["集体学习"]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "本报讯　12月26日，某旗第十八届人民代表大会第一次会议闭幕。"
            "会议还选举产生了某旗出席某盟第五届人民代表大会代表46名。",
            ["某旗第十八届人民代表大会第一次会议"],
        ),
        (
            "本报讯　12月26日，邝晓雯出席某盟第五届人民代表大会第一次会议。",
            ["某盟第五届人民代表大会第一次会议"],
        ),
    ],
)
def test_a_congress_named_by_its_delegates_is_no_event(text: str, events: list[str]) -> None:
    assert [e.name for e in _page(text).events] == events


# -- a surname that is a verb far more often, right after a title ------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本报讯　交流研讨环节，县委副书记桂鸣远，副县长操明亮结合蹲点调研谈了体会。", {"桂鸣远", "操明亮"}),
        ("本报讯　技术员操作设备，县委副书记桂鸣远带队检查。", {"桂鸣远"}),  # no title right before
    ],
)
def test_cao_after_a_title_is_a_surname(text: str, names: set[str]) -> None:
    assert {p.name for p in _page(text).persons} == names


# -- a tour told late, by the kind of its verb -------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "toured"),
    [("民主监督视察", True), ("专项督导", True), ("专题视察", True), ("民主监督", False)],
)
def test_a_tour_told_late_by_its_kind(kind: str, toured: bool) -> None:
    text = (
        "本报讯　6月13日至14日，市政协副主席邝秀丽带领部分市政协委员，深入化隆县群科镇、甘都镇，"
        f"就黄河流域生态保护工作开展{kind}。市政协秘书长冶成山参加。"
    )
    tours = [e for e in _page(text).events if e.kind == "Inspection"]
    assert bool(tours) is toured


# -- a festival counted by its edition ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "本报讯　4月12日，合作社在村茶叶加工厂举办首届开茶节，副县长余晓明、乡党委书记唐文丽出席。",
            {"首届开茶节"},
        ),
        ("本报讯　4月12日，青禾村举办第二届油菜花节，副县长余晓明出席。", {"第二届油菜花节"}),
        ("本报讯　春节期间，副县长余晓明带队走访慰问困难群众。", set()),  # a holiday, no festival held
    ],
)
def test_a_festival_counted_by_its_edition_is_an_event(text: str, events: set[str]) -> None:
    assert {e.name for e in _page(text).events if e.kind == "Meeting"} == events


# -- a company's bare word after a wish, or after a name acting for it -------------------------------

_WORK_CONFERENCE = (
    "陕西青禾能源集团有限公司召开职代会\n"
    "本报讯　1月22日，陕西青禾能源集团有限公司召开职工代表大会。省国资委副主任雷震寰出席并讲话。"
    "{more}"
)


@pytest.mark.parametrize(
    ("more", "person"),
    [
        ("他希望集团公司认真落实工作部署。", None),
        ("窦振华代表集团公司党委向劳动模范表示祝贺。", "窦振华"),
    ],
)
def test_no_company_of_a_wish_or_a_name_acting_for_it(more: str, person: str | None) -> None:
    ex = _page(_WORK_CONFERENCE.format(more=more))
    assert {o.name for o in ex.organizations if o.kind == "Corporation"} == {"陕西青禾能源集团有限公司"}
    assert person is None or person in {p.name for p in ex.persons}


def test_a_legal_name_after_a_wish_stays_a_company() -> None:
    ex = _page(_WORK_CONFERENCE.format(more="他希望集团有限公司认真落实工作部署。"))
    assert "希望集团有限公司" in {o.name for o in ex.organizations if o.kind == "Corporation"}


# -- credits on a site's line of facts, and in brackets closing a caption ----------------------------


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        (
            "发布时间：2024-07-02　来源：青禾集团　文/鲍思雨　图/易晓帆\n　　7月1日，集团召开大会。",
            {"鲍思雨"},
            {"易晓帆"},
        ),
        ("　　7月1日，集团召开大会。\n图为会议现场。 （摄影：鱼浩宇）", set(), {"鱼浩宇"}),
        (
            "　　7月1日，集团召开大会。\n图为会议现场（摄影：鱼浩宇）",
            set(),
            set(),
        ),  # no sentence closes before it
    ],
)
def test_credits_of_a_site_line_and_a_caption(
    text: str, reporters: set[str], photographers: set[str]
) -> None:
    ex = _page(text)
    names = {p.key: p.name for p in ex.persons}
    assert {names[k] for k in ex.reporters} == reporters
    assert {names[k] for k in ex.photographers} == photographers


# -- an appointment list under a numbered heading, and a removal's aside ------------------------------

_NUMBERED_LIST = (
    "本报讯　9月28日，市十五届人大常委会第八次会议闭幕。\n"
    "青禾市人民代表大会常务委员会任免名单\n"
    "　　一、决定任命：\n"
    "　　蓝文涛为青禾市教育局局长。\n"
    "　　二、决定免去：\n"
    "　　黎光远的青禾市发展和改革委员会主任职务；\n"
    "　　卢志强的青禾市人民检察院检察员职务（因退休）。\n"
)


def test_an_appointment_list_under_a_numbered_heading() -> None:
    posts = {(h.person, h.org.name, h.role) for h in holdings(_page(_NUMBERED_LIST))}
    assert {
        ("蓝文涛", "青禾市教育局", "局长"),
        ("黎光远", "青禾市发展和改革委员会", "主任"),
        ("卢志强", "青禾市人民检察院", "检察员"),
    } <= posts


def test_a_numbered_heading_of_another_kind_opens_no_list() -> None:
    text = _NUMBERED_LIST.replace("二、决定免去：", "二、会议要求：")
    assert not any(h.person == "黎光远" for h in holdings(_page(text)))


# -- a civil servant's graded rank beside a post ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("本报讯　会上，青禾镇党委书记、一级主任科员令狐荣川作了发言。", {"书记"}),
        ("本报讯　会上，市商务委二级巡视员幸志刚介绍了情况。", {"二级巡视员"}),  # alone: the title given
    ],
)
def test_a_graded_rank_beside_a_post_is_no_post(text: str, roles: set[str]) -> None:
    assert {h.role for h in holdings(_page(text))} == roles


# -- an election's list closed by a count, and a Mongolian name the lexicon half knows ----------------

_BANNER_ELECTION = (
    "本报讯　大会选举邵立军为某旗人大常委会主任，钮晓东、卜建国为副主任，"
    "柴晓花（女）、邵德胜、敖登其勒格尔等13人为委员；选举那顺乌力图为某旗监察委员会主任。"
)


def test_an_election_list_closed_by_a_count() -> None:
    posts = {(h.person, h.role) for h in holdings(_page(_BANNER_ELECTION))}
    assert {("柴晓花", "委员"), ("邵德胜", "委员"), ("敖登其勒格尔", "委员")} <= posts


def test_a_mongolian_element_opens_an_elected_name() -> None:
    assert "那顺乌力图" in {p.name for p in _page(_BANNER_ELECTION).persons}


@pytest.mark.parametrize(("name", "whole"), [("那顺乌力图", True), ("那顺", False), ("工作小组", False)])
def test_minority_names_of_a_list(name: str, whole: bool) -> None:
    assert minority_name(name) is whole


# -- a community's party committee written in full ----------------------------------------------------


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("中共青岛市市南区八大关街道青禾社区委员会", "青岛市市南区八大关街道青禾社区党委"),
        ("中共青岛市市南区委员会", "青岛市市南区委"),  # a division's committee is its 委
    ],
)
def test_a_party_committee_written_in_full(written: str, name: str) -> None:
    ex = _page(f"本报讯　{written}书记邝晓雯在会上发言。")
    org = next(h.org for h in holdings(ex) if h.person == "邝晓雯")
    assert org.name == name
    assert org.kind == "PartyOrganization"
    assert written in org.aliases


# -- a roll of units under 部分…名单, its units written with their divisions ---------------------------

_UNITS_ROLL = (
    "本报讯　3月6日，自治区召开表彰大会。大会授予10个集体“内蒙古自治区三八红旗集体”称号。\n"
    "　　部分内蒙古自治区三八红旗集体名单\n"
    "　　内蒙古自治区人民检察院第六检察部\n"
    "　　呼和浩特市赛罕区人民法院少年审判庭\n"
    "　　鄂尔多斯市康巴什区税务局第二税务所\n"
    "　　通辽市开鲁县融媒体中心\n"
    "　　赤峰市公安局松山区分局女子特警队\n"
    "　　阿拉善盟阿拉善左旗巴彦浩特镇巾帼治沙队\n"
)


def test_a_roll_of_units_under_some_of_its_names() -> None:
    units = honoured_units(_page(_UNITS_ROLL))
    assert {award for _unit, award in units} == {"内蒙古自治区三八红旗集体"}
    assert {unit for unit, _award in units} >= {
        "呼和浩特市赛罕区人民法院少年审判庭",  # 和 inside a place's name parts nothing
        "鄂尔多斯市康巴什区税务局第二税务所",
        "通辽市开鲁县融媒体中心",
        "赤峰市公安局松山区分局女子特警队",
        "阿拉善盟阿拉善左旗巴彦浩特镇巾帼治沙队",
    }


def test_a_person_s_line_in_a_units_roll_is_no_unit() -> None:
    text = _UNITS_ROLL + "　　通辽市开鲁县融媒体中心主任邝晓雯\n"
    assert "通辽市开鲁县融媒体中心主任邝晓雯" not in {unit for unit, _award in honoured_units(_page(text))}


# -- 到会见证, 会见现场: no encounter --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("more", "met"),
    [
        ("省国资委二级巡视员江晓明到会见证签约。", False),  # 到会 and 见证
        ("图为江晓明（前排左二）与企业代表在会见现场合影。", False),  # the site of a meeting
        ("省国资委副主任江晓明会见了青禾集团董事长邝立新一行。", True),
    ],
)
def test_attending_to_witness_is_no_encounter(more: str, met: bool) -> None:
    text = "本报讯　10月15日，青禾集团与某市签署战略合作协议。" + more
    assert any("会见" in e.name for e in _page(text).events) is met


# -- growers by their crop: a livelihood, no name ----------------------------------------------------


@pytest.mark.parametrize("word", ["果农", "茶农", "菜农"])
def test_a_grower_is_no_name(word: str) -> None:
    text = f"本报讯　5月19日，清泉村的园子里，{word}符永康正在采摘，62岁的{word}张秀芝一边收一边说。"
    names = {p.name for p in _page(text).persons}
    assert word not in names and not any(n.startswith(word) for n in names)


def test_a_grower_on_a_roll_keeps_the_job_and_no_post() -> None:
    text = (
        "本报讯　活动中，对2023年度某省“十佳农民”进行了表彰。他们是：青禾县勐混镇曼香村茶农玉南香，"
        "青禾县新街镇云梯村党总支书记蒋阿者。"
    )
    ex = _page(text)
    assert {"玉南香", "蒋阿者"} <= {person for person, _award in _honours(text)}
    assert not any(
        h.person == "玉南香" and h.role == "茶农" and h.org.name.endswith("镇") for h in holdings(ex)
    )


# -- a two-character "name" that is one ordinary word alone -------------------------------------------


@pytest.mark.parametrize(("name", "word"), [("山风", True), ("晚霞", True), ("王强", False), ("李华", False)])
def test_a_two_character_word_read_alone(name: str, word: bool) -> None:
    assert _word_alone(name) is word
