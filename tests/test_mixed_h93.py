"""Rules of round 39, each general grammar with examples and counter-examples: the delegate who
speaks for an honoured class; a meeting opened by a sentence placed there, of the day of the visit
told before it; the list after a passive conferral that counts its recipients. Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attended, conferrals, headlined, holdings

DAY = dt.date(2024, 6, 29)


def _page(text: str):
    return headlined(text, DAY)


def _honours(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(_page(text))}


# -- the delegate of an honoured class ---------------------------------------------------------------

COMMENDED = (
    "　　本报讯 6月28日，平乡县“两优一先”表彰大会召开。县委书记尉迟朗出席并讲话。\n"
    "　　会议对50名优秀共产党员、20名优秀党务工作者和30个先进基层党组织进行了表彰。\n"
)


@pytest.mark.parametrize(
    ("told", "honoured"),
    [
        (
            "　　优秀共产党员代表、县人民医院心内科主任钮春燕，优秀党务工作者代表、县税务局干部蓝德旺先后发言。\n",
            {("钮春燕", "优秀共产党员"), ("蓝德旺", "优秀党务工作者")},
        ),
        ("　　受表彰的优秀共产党员代表钮春燕作交流发言。\n", {("钮春燕", "优秀共产党员")}),
        ("　　会上，县人民医院心内科主任钮春燕作为优秀共产党员代表发言。\n", {("钮春燕", "优秀共产党员")}),
        ("　　由优秀共产党员代表钮春燕领誓。\n", {("钮春燕", "优秀共产党员")}),
    ],
)
def test_the_delegate_of_a_class_commended_receives_its_award(
    told: str, honoured: set[tuple[str, str]]
) -> None:
    assert honoured <= _honours(COMMENDED + told)


def test_the_delegate_of_an_award_conferred_by_name_receives_it() -> None:
    text = (
        "　　本报讯 6月28日，平乡县召开大会，授予钮春燕等30名同志“全县优秀共产党员”称号。\n"
        "　　优秀共产党员代表、县人民医院心内科主任卜永胜作交流发言。\n"
    )
    assert ("卜永胜", "全县优秀共产党员") in _honours(text)


@pytest.mark.parametrize(
    "told",
    [
        # a class the article confers nowhere
        "　　本报讯 6月28日，平乡县召开座谈会。优秀共产党员代表、县人民医院主任钮春燕发言。\n",
        # delegates of bodies, not of honours
        COMMENDED + "　　县人大代表钮春燕、职工代表蓝德旺、村民代表卜永胜先后发言。\n",
        # a class of units: the unit is of the class, not the one who speaks for it
        COMMENDED + "　　先进基层党组织代表、某某村党支部书记钮春燕作交流发言。\n",
        # the delegate's clause ends before any name
        COMMENDED + "　　优秀共产党员代表作交流发言，钮春燕主持会议。\n",
    ],
)
def test_no_delegate_receives_what_the_article_does_not_confer_on_persons(told: str) -> None:
    assert "钮春燕" not in {p for p, _ in _honours(told)}


# -- a meeting opened by a sentence placed there, of the day of the visit before it ------------------

TOUR = (
    "　　本报讯 6月18日，市委书记严禾峻到绵阳高新区调研重点项目建设情况。\n"
    "　　严禾峻一行先后来到某某新材料产业园，察看项目进展。\n"
)


@pytest.mark.parametrize(
    "told",
    [
        "　　在随后召开的座谈会上，严禾峻听取了绵阳高新区工作汇报。\n",
        "　　在座谈会上，严禾峻听取了绵阳高新区工作汇报。\n",
        "　　座谈会上，严禾峻听取了绵阳高新区工作汇报。\n",
    ],
)
def test_a_meeting_opened_there_is_of_the_day_of_the_visit_before(told: str) -> None:
    ex = _page(TOUR + told)
    meetings = [ev for ev in ex.events if ev.name == "座谈会"]
    assert [ev.date for ev in meetings] == ["2024-06-18"]
    assert attended(ex)["座谈会"] == ["严禾峻"]
    assert not [ev for ev in ex.events if "听取" in ev.name]  # the report heard is part of that meeting


def test_a_meeting_opened_there_that_names_its_own_day_keeps_it() -> None:
    ex = _page(TOUR + "　　6月20日，在座谈会上，严禾峻听取了绵阳高新区工作汇报。\n")
    assert [ev.date for ev in ex.events if ev.name == "座谈会"] == ["2024-06-20"]


def test_a_report_heard_in_a_sentence_of_its_own_is_an_event() -> None:
    ex = _page(TOUR + "　　严禾峻听取了绵阳高新区工作汇报。\n")
    assert any("听取" in ev.name for ev in ex.events)


# -- a conferral that counts its recipients, and the list after it ------------------------------------

ROADS = "　　本报讯 5月14日，全省道路养护表彰会召开。副省长柴国栋出席会议。\n"
THEY = "他们是：永登县某某公司班长卜永胜，岷县某某站站长邵婉清，舟曲县某某中学教师蓝德旺。\n"


@pytest.mark.parametrize(
    "told",
    [
        "　　会上，卜永胜等3名同志被授予“优秀养路工”称号。" + THEY,
        "　　会上，卜永胜等3人被授予“优秀养路工”称号。" + THEY,
        "　　会上，3名同志被授予“优秀养路工”称号。" + THEY,
        "　　会上，3名同志被授予“优秀养路工”称号。\n　　" + THEY,
    ],
)
def test_the_list_after_a_passive_conferral_that_counts_names_its_recipients(told: str) -> None:
    honoured = {("卜永胜", "优秀养路工"), ("邵婉清", "优秀养路工"), ("蓝德旺", "优秀养路工")}
    assert honoured <= _honours(ROADS + told)


@pytest.mark.parametrize(
    "told",
    [
        # no count: the one named is the only recipient; the sentence after tells of others
        "　　会上，卜永胜被授予“优秀养路工”称号。他们是：县交通运输局干部邵婉清、蓝德旺。\n",
        # units counted: the list after it is of units, and the persons of its sentence receive nothing
        "　　会上，县委书记邵婉清宣布，3个集体被授予“优秀养路集体”称号。\n",
    ],
)
def test_no_list_after_a_conferral_that_counts_no_persons(told: str) -> None:
    assert "邵婉清" not in {p for p, _ in _honours(ROADS + told)}


# -- a roll under the headings of the awards conferred, and a roll of part of the winners -------------

MEDALS = (
    "　　本报讯 4月27日，省总工会决定，授予某某建材有限公司等20个单位2023年甘肃五一劳动奖状，"
    "授予邵婉清等100名职工2023年甘肃五一劳动奖章。\n"
)
ROLL = "　　卜永胜（女，回族）　临夏市某某中学教师\n　　蓝德旺　某某煤业有限公司选煤厂电工\n"


@pytest.mark.parametrize(
    "roll",
    [
        "　　获奖名单（部分）如下：\n　　2023年甘肃五一劳动奖状\n　　某某建材有限公司\n　　2023年甘肃五一劳动奖章\n"
        + ROLL,
        "　　获奖名单如下：\n　　2023年甘肃五一劳动奖章\n" + ROLL,
        "　　部分获奖名单：\n" + ROLL,
    ],
)
def test_a_roll_under_the_award_written_with_its_year_or_under_part_of_the_winners(roll: str) -> None:
    honoured = _honours(MEDALS + roll)
    assert {("卜永胜", "2023年甘肃五一劳动奖章"), ("蓝德旺", "2023年甘肃五一劳动奖章")} <= honoured
    assert not {award for _, award in honoured} - {"2023年甘肃五一劳动奖章"}  # no award named 部分


def test_a_roll_under_another_line_receives_nothing() -> None:
    honoured = _honours(MEDALS + "　　会议代表名单：\n" + ROLL)
    assert "卜永胜" not in {p for p, _ in honoured}


# -- a decision's title, then 对 and those it commends --------------------------------------------------

TRADERS = "　　本报讯 12月19日，某县某某示范商户表彰大会召开。副县长柴国栋出席并讲话。\n"


@pytest.mark.parametrize(
    ("told", "award"),
    [
        (
            "　　会上，县市场监管局副局长尉迟朗宣读了《关于表彰2023年度“某某示范商户”的决定》，"
            "对某镇某某粮油店店主卜永胜、某某五金店负责人邵婉清等30户商户予以表彰。\n",
            "某某示范商户",
        ),
        (
            "　　会上，尉迟朗宣读了《关于表彰2023年度守信经营先进个人的决定》，"
            "对某镇某某粮油店店主卜永胜、某某五金店负责人邵婉清进行了表彰。\n",
            "2023年度守信经营先进个人",
        ),
    ],
)
def test_those_a_decision_commends_after_its_title_receive_its_honour(told: str, award: str) -> None:
    assert {("卜永胜", award), ("邵婉清", award)} <= _honours(TRADERS + told)


def test_a_decision_that_commends_a_count_with_no_names_honours_no_one() -> None:
    told = "　　会上，尉迟朗宣读了《关于表彰2023年度“某某示范商户”的决定》，对30户商户予以表彰。卜永胜说，很受鼓舞。\n"
    assert not _honours(TRADERS + told)


# -- a quoted honour held, opening the chain before the name ------------------------------------------

CONGRESS = "　　本报讯 9月26日，市总工会第十五次代表大会开幕。市委书记尉迟朗出席并讲话。\n"


@pytest.mark.parametrize(
    ("told", "award"),
    [
        (
            "　　开幕式上，2023年“四川工匠”、某某机械制造有限公司钳工卜永胜代表职工发言。\n",
            "四川工匠",
        ),
        ("　　开幕式上，“四川工匠”、某某机械制造有限公司钳工卜永胜发言。\n", "四川工匠"),
        ("　　开幕式上，“全国劳动模范”卜永胜发言。\n", "全国劳动模范"),
    ],
)
def test_a_quoted_honour_opening_the_chain_is_held_by_the_name_after_it(told: str, award: str) -> None:
    assert ("卜永胜", award) in _honours(CONGRESS + told)
    assert "卜永胜" in attended(_page(CONGRESS + told))["市总工会第十五次代表大会"]


@pytest.mark.parametrize(
    "told",
    [
        "　　开幕式上，“全国劳动模范”称号获得者代表、某某公司技师卜永胜发言。\n",
        "　　开幕式上，“四川工匠”们的故事由卜永胜讲述。\n",
    ],
)
def test_a_quoted_honour_with_words_between_it_and_the_name_is_no_chain(told: str) -> None:
    assert not {award for person, award in _honours(CONGRESS + told) if person == "卜永胜"}


# -- bylines: a Yi name credited with 文/图; a byline line that runs on into the paper's 讯 -------------


def _credits(text: str) -> tuple[list[str], list[str]]:
    ex = _page(text)
    names = {p.key: p.name for p in ex.persons}
    return [names[k] for k in ex.reporters], [names[k] for k in ex.photographers]


@pytest.mark.parametrize(
    ("line", "reporters", "photographers"),
    [
        ("本报讯（全媒体记者 吉克金芝 文/图）12月19日，西昌市表彰大会召开。\n", ["吉克金芝"], ["吉克金芝"]),
        (
            "本报讯（记者 吉克金芝 通讯员 曲比金芝 文/图）12月19日，西昌市表彰大会召开。\n",
            ["吉克金芝", "曲比金芝"],
            ["吉克金芝", "曲比金芝"],
        ),
        (
            "青禾日报全媒体记者　卜永胜　通讯员　邵婉清　青禾日报讯　5月22日，全县职工技能大赛开幕。\n",
            ["卜永胜", "邵婉清"],
            [],
        ),
        ("记者　卜永胜　本报讯　5月22日，全县职工技能大赛开幕。\n", ["卜永胜"], []),
    ],
)
def test_bylines_of_yi_names_and_of_a_line_that_runs_on(
    line: str, reporters: list[str], photographers: list[str]
) -> None:
    assert _credits(line) == (reporters, photographers)


def test_two_han_names_glued_in_a_byline_are_still_two() -> None:
    assert _credits("本报讯（记者 卜永胜邵婉清 文/图）12月19日，西昌市表彰大会召开。\n")[0] == [
        "卜永胜",
        "邵婉清",
    ]


def test_a_lead_that_tells_of_reporters_is_no_byline() -> None:
    text = "青禾日报记者从市里获悉，青禾日报讯　今年共有30人入选。\n"
    assert _credits(text) == ([], [])


# -- a development zone named in full once, then by its short form ------------------------------------


def _zone_posts(text: str) -> set[tuple[str, str, str, str]]:
    return {(h.person, h.org.name, h.role, h.parent.name if h.parent else "") for h in holdings(_page(text))}


ZONE_DAY = "　　本报讯 1月25日，包头青禾高新技术产业开发区召开2023年度总结表彰大会。\n"


@pytest.mark.parametrize(
    ("told", "post"),
    [
        (
            "　　青禾高新区党工委副书记、管委会主任卜永胜作工作报告。\n",
            ("卜永胜", "包头青禾高新技术产业开发区管委会", "主任", "包头青禾高新技术产业开发区"),
        ),
        (
            "　　青禾高新区党工委副书记、管委会主任卜永胜作工作报告。\n",
            ("卜永胜", "青禾高新区党工委", "副书记", "包头青禾高新技术产业开发区"),
        ),
        (
            "　　包头青禾高新区科技局副局长邵婉清发言。\n",
            ("邵婉清", "包头青禾高新区科技局", "副局长", "包头青禾高新技术产业开发区"),
        ),
    ],
)
def test_a_zone_written_short_is_the_zone_the_article_names_in_full(told: str, post: tuple[str, ...]) -> None:
    assert post in _zone_posts(ZONE_DAY + told)


def test_a_zone_the_article_never_names_in_full_keeps_its_written_name() -> None:
    text = "　　本报讯 1月25日，青禾高新区召开总结大会。青禾高新区党工委书记卜永胜讲话。\n"
    assert ("卜永胜", "青禾高新区党工委", "书记", "青禾高新区") in _zone_posts(text)


def test_another_zone_is_not_the_one_named_in_full() -> None:
    text = ZONE_DAY + "　　白云经开区党工委书记卜永胜讲话。\n"
    assert ("卜永胜", "白云经开区党工委", "书记", "白云经开区") in _zone_posts(text)


# -- the leadership of the article's company (集团领导甲、乙) ----------------------------------------------

GROUP = "　　本报讯 1月17日，安徽青禾能源投资集团有限公司2024年工作会议召开。集团党委书记、董事长卜永胜作工作报告。\n"


def test_the_group_leaders_of_company_news_lead_its_company() -> None:
    posts = {
        (h.person, h.org.name, h.role)
        for h in holdings(_page(GROUP + "　　集团领导甘雨田、宗晓华出席会议。\n"))
    }
    assert {
        ("甘雨田", "安徽青禾能源投资集团有限公司领导", "集团领导"),
        ("宗晓华", "安徽青禾能源投资集团有限公司领导", "集团领导"),
    } <= posts


def test_group_leaders_where_no_company_is_the_article_s_lead_nothing() -> None:
    text = "　　本报讯 1月17日，全市国资国企工作会议召开。集团领导甘雨田、宗晓华出席会议。\n"
    assert not [h for h in holdings(_page(text)) if h.person in ("甘雨田", "宗晓华")]


# -- those who attend the tour and its meeting (参加调研和座谈会) --------------------------------------

VISIT = (
    "本报讯（记者 蒲某）4月14日至15日，省委常委、副省长邵婉清在酒泉市调研新能源产业发展情况。\n"
    "　　邵婉清先后来到某某风电场、某某光伏产业园，详细了解情况。\n"
    "　　随后，邵婉清在肃州区主持召开座谈会，听取酒泉市有关工作汇报。\n"
)


@pytest.mark.parametrize("pair", ["调研和座谈会", "调研及座谈会"])
def test_those_who_attend_the_tour_and_its_meeting_attend_both(pair: str) -> None:
    events = attended(_page(VISIT + f"　　酒泉市委书记蓝德旺，市长卜永胜参加{pair}。\n"))
    assert len(events) == 2 and "座谈会" in events  # the tour and its meeting, no third event
    assert all({"蓝德旺", "卜永胜"} <= set(names) for names in events.values())


def test_a_named_meeting_after_the_pair_word_is_an_event_of_its_own() -> None:
    events = attended(_page(VISIT + "　　酒泉市委书记蓝德旺参加全市新能源工作座谈会。\n"))
    assert "全市新能源工作座谈会" in events


# -- a region's own award written bare (自治区五一劳动奖章); the honoured told of as 他们当中 --------------

REGION_AWARDS = (
    "　　本报讯 4月29日，全区职工表彰会召开。会议授予某某建材有限公司等25个单位自治区五一劳动奖状，"
    "授予卜永胜等150名职工自治区五一劳动奖章，授予某某车间等80个集体自治区工人先锋号。\n"
)


def test_a_region_s_award_written_bare_is_conferred() -> None:
    assert ("卜永胜", "自治区五一劳动奖章") in _honours(REGION_AWARDS)


def test_a_region_named_in_full_before_its_award_stays_in_its_name() -> None:
    text = "　　本报讯 4月29日，大会召开。授予卜永胜等200名职工新疆维吾尔自治区五一劳动奖章。\n"
    assert ("卜永胜", "新疆维吾尔自治区五一劳动奖章") in _honours(text)


MEMBERS = (
    "　　此次受表彰的职工中，女职工占三成。他们当中，有坚守炉台20年的某某钢铁有限公司炉长邵婉清；"
    "有常年在乡村出诊的某县人民医院医生蓝德旺；还有攻克技术难题的某某机械有限公司钳工钮春燕。\n"
)


def test_the_honoured_told_of_as_they_receive_the_persons_award_named_before() -> None:
    honoured = _honours(REGION_AWARDS + MEMBERS)
    assert {
        ("邵婉清", "自治区五一劳动奖章"),
        ("蓝德旺", "自治区五一劳动奖章"),
        ("钮春燕", "自治区五一劳动奖章"),
    } <= honoured
    assert not {p for p, a in honoured if a in ("自治区五一劳动奖状", "自治区工人先锋号")}


def test_they_after_a_sentence_that_tells_of_no_honour_name_no_recipients() -> None:
    text = (
        "　　本报讯 4月29日，全区职工技能培训工作会议召开。授予卜永胜等150名职工自治区五一劳动奖章。\n"
        "　　全区共培训职工12万人次，涌现出一批技术骨干。他们当中，有某某钢铁有限公司炉长邵婉清。\n"
    )
    assert "邵婉清" not in {p for p, _ in _honours(text)}


# -- 段 closing a unit of works (公路养护段) is no surname ------------------------------------------------

ROAD_CREWS = (
    "　　本报讯 5月14日，全省道路养护表彰会召开。会上，卜永胜等3名同志被授予“优秀养路工”称号。"
    "他们是：永登县公路养护段树屏道班班长卜永胜，岷县公路养护段梅川养护站养护工邵婉清，舟曲县公路养护段峰迭道班班长蓝德旺。\n"
)


def test_a_road_works_section_is_a_unit_not_a_surname() -> None:
    ex = _page(ROAD_CREWS)
    assert {p.name for p in ex.persons} == {
        "卜永胜",
        "邵婉清",
        "蓝德旺",
    }  # no 段某某 read from 段 and the place after it
    employers = {(h.person, h.org.name) for h in holdings(ex)}
    assert ("卜永胜", "永登县公路养护段树屏道班") in employers
    assert ("邵婉清", "岷县公路养护段梅川养护站") in employers


def test_the_surname_duan_after_other_words_is_a_name() -> None:
    ex = _page(
        "　　本报讯 5月14日，全县公路工作会议召开。副县长段晓峰出席会议，县交通运输局局长段奔放主持。\n"
    )
    assert {"段晓峰", "段奔放"} <= {p.name for p in ex.persons}


# -- a dotted name's last character glued to the verb after it ------------------------------------------


def _persons(text: str) -> list[str]:
    return [p.name for p in _page(text).persons]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　公司总经理居来提·吐尔洪说，公司去年开通了专线。\n", "居来提·吐尔洪"),
        ("　　在市场附近，阿卜杜热·艾海提经营的拉面馆刚过11点就坐满了。\n", "阿卜杜热·艾海提"),
        ("　　在市场附近，阿卜杜拉·哈斯木提经营的拉面馆刚过11点就坐满了。\n", "阿卜杜拉·哈斯木提"),
    ],
)
def test_a_dotted_name_keeps_the_character_the_tagger_glued_to_its_verb(text: str, name: str) -> None:
    assert _persons(text) == [name]


def test_a_dotted_name_before_a_verb_of_one_character_keeps_its_length() -> None:
    assert _persons("　　会前，卜永胜、叶尔江·阿曼别克来到清水河镇。\n") == ["卜永胜", "叶尔江·阿曼别克"]


# -- more elements of Tibetan names (东智, 周加, 三智…): general knowledge in the lexicon ----------------


@pytest.mark.parametrize(
    ("chain", "name"), [("某某建筑公司焊工", "多杰东智"), ("某某水电站运维员", "旦知多杰")]
)
def test_two_tibetan_elements_after_a_title_are_a_name(chain: str, name: str) -> None:
    assert name in _persons(f"　　本报讯 10月25日，全省职工技能大赛落幕。{chain}{name}获得第一名。\n")


def test_a_tibetan_element_in_a_place_s_name_is_no_person() -> None:
    assert _persons("　　本报讯 10月25日，副县长卜永胜到三智村调研。\n") == ["卜永胜"]


# -- units honoured: counted right after the last, named with 命名…为 unquoted, presented as winners ------


def _units(text: str) -> set[tuple[str, str]]:
    ex = _page(text)
    awards = {a.key: a.name for a in ex.awards}
    return {(c.mention.text, awards[c.award]) for c in ex.conferrals if c.organization or c.place}


CIVIL = "　　本报讯 6月18日，全市文明创建工作推进会召开。市委书记尉迟朗出席并讲话。\n"


@pytest.mark.parametrize(
    ("told", "award"),
    [
        ("　　西宁市税务局、西宁市人民医院2个单位被评为“全国文明单位”。\n", "全国文明单位"),
        (
            "　　会议命名西宁市税务局、西宁市人民医院等15个单位为2023年度市级文明单位。\n",
            "2023年度市级文明单位",
        ),
        ("　　会上为获评“全国文明单位”的西宁市税务局、西宁市人民医院颁发了奖牌。\n", "全国文明单位"),
    ],
)
def test_every_unit_of_the_enumeration_receives_the_honour(told: str, award: str) -> None:
    assert {("西宁市税务局", award), ("西宁市人民医院", award)} <= _units(CIVIL + told)


def test_persons_presented_as_winners_all_receive_the_award() -> None:
    told = "　　市委书记尉迟朗为获评“全国劳动模范”的卜永胜、邵婉清颁发奖章。\n"
    assert {("卜永胜", "全国劳动模范"), ("邵婉清", "全国劳动模范")} <= _honours(CIVIL + told)


@pytest.mark.parametrize(
    "told",
    [
        "　　会议提出，要争取命名西宁市税务局等15个单位为市级文明单位。\n",  # a plan, no naming
        "　　西宁市税务局、西宁市人民医院负责人介绍了2个单位的创建经验。\n",  # no honour in the sentence
    ],
)
def test_no_unit_is_honoured_by_a_plan_or_a_count_alone(told: str) -> None:
    assert not _units(CIVIL + told)


# -- no name ends with 说 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("　　新安县总工会主席江山说，县总工会将抓好落实。\n", []),
        ("　　新安县总工会主席白云说，县总工会将抓好落实。\n", ["白云"]),
    ],
)
def test_a_word_name_before_say_is_not_read_with_it(text: str, names: list[str]) -> None:
    assert _persons(text) == names


def test_a_name_before_say_stays_whole() -> None:
    assert _persons("　　新安县总工会主席卜永胜说，县总工会将抓好落实。\n") == ["卜永胜"]


# -- a look at sites before or after a ceremony --------------------------------------------------------

GROUNDBREAKING = "　　本报讯 4月18日，洛阳市2024年第二批重大项目集中开工仪式在洛龙区举行。市委书记尉迟朗宣布开工，市长柴国栋致辞。\n"


@pytest.mark.parametrize(
    "told",
    [
        "　　仪式结束后，尉迟朗、柴国栋一行实地察看了项目建设现场。\n",
        "　　活动前，尉迟朗、柴国栋一行实地察看了项目建设现场。\n",
    ],
)
def test_leaders_who_look_at_sites_on_a_ceremony_s_day_make_a_tour_of_it(told: str) -> None:
    ex = _page(GROUNDBREAKING + told)
    tours = [ev for ev in ex.events if ev.kind == "Inspection"]
    assert [ev.date for ev in tours] == ["2024-04-18"]
    assert attended(ex)[tours[0].name] == ["尉迟朗", "柴国栋"]


def test_those_who_attend_after_a_look_at_sites_attend_the_ceremony() -> None:
    told = "　　仪式结束后，尉迟朗一行实地察看了项目建设现场。\n　　洛龙区委书记卜永胜参加活动。\n"
    events = attended(_page(GROUNDBREAKING + told))
    assert "卜永胜" in events["洛阳市2024年第二批重大项目集中开工仪式"]
    assert not [names for name, names in events.items() if "察看" in name and "卜永胜" in names]


@pytest.mark.parametrize(
    "text",
    [
        GROUNDBREAKING + "　　开工仪式后，市领导实地察看了重大项目建设现场。\n",  # no one named
        "　　本报讯 4月18日，市委书记尉迟朗在洛龙区调研重点项目建设。\n　　随后，尉迟朗一行实地察看了项目建设现场。\n",  # a tour already
    ],
)
def test_no_look_at_sites_of_its_own_without_a_name_or_beside_a_tour(text: str) -> None:
    assert len([ev for ev in _page(text).events if ev.kind == "Inspection"]) <= 1
    assert not [ev for ev in _page(text).events if ev.name.endswith("察看项目建设现场")]


def test_a_zone_s_full_name_starts_at_the_names_not_the_clause_before_them() -> None:
    text = (
        "　　本报讯 1月25日，市委常委甲某在包头青禾高新技术产业开发区调研。青禾高新区党工委书记卜永胜陪同。\n"
    )
    assert ("卜永胜", "青禾高新区党工委", "书记", "包头青禾高新技术产业开发区") in _zone_posts(text)
