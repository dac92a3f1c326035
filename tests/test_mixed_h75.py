"""Rules of round 36, each general grammar with examples and counter-examples: a roll's heading that
goes on with 名单如下; units of a roll whose names hold a quoted name or a police squad; an unquoted
prize in the title of the decision that confers it; the party after a dotted name in a list; dotted
names read apart by the tagger; the other end of a dash from a division; a paper's reporter
credited with a slash under a photo; a bare 自治州 before an organ; 其中 and 派驻 before a bare title; a
customs district's head; a name of a surname the tagger does not know, or of one the list lacked; 党
opening a later item of a titled enumeration; a name whose last character is 之; a post held before
an election and the one elected to; an unquoted class commended at a sentence's close; a standing
committee's numbered session; a caption that pictures the event told; the two sides' talk at an
encounter; a visit to people told by its verb after the visitor's name. Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attendees, conferrals, extract_page, holdings, honoured_units, placed_posts

from kg.extract.bylines import find_bylines

DAY = dt.date(2024, 5, 20)


def _page(text: str):
    return extract_page("标题\n" + text, DAY)


def _honours(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(_page(text))}


def _units(text: str) -> set[tuple[str, str]]:
    return set(honoured_units(_page(text)))


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(h.person, h.org.name, h.role) for h in holdings(_page(text))}


def _persons(text: str) -> set[str]:
    return {p.name for p in _page(text).persons}


# -- a roll's heading that goes on with 名单如下 ------------------------------------------------------

_ROLL = (
    "本报讯　团省委发布2024年度“青禾青年五四奖章”评选结果，授予孔立新等3名同志“青禾青年五四奖章”。\n"
    "　　2024年度“青禾青年五四奖章”获得者{heading}：\n"
    "　　孔立新　青禾星河电子有限公司研发工程师\n"
    "　　石　峻　宣恩县融媒体中心记者\n"
    "　　邹雨桐　南漳县巡检镇民族小学教师\n"
)


@pytest.mark.parametrize(
    "heading", ["名单如下（按姓氏笔画排序）", "名单如下（排名不分先后）", "名单公布如下（按姓氏笔画为序）"]
)
def test_a_winners_heading_that_goes_on_with_ru_xia_heads_its_roll(heading: str) -> None:
    award = "青禾青年五四奖章"
    assert _honours(_ROLL.format(heading=heading)) == {("孔立新", award), ("石峻", award), ("邹雨桐", award)}


def test_a_heading_of_people_who_are_no_winners_heads_no_roll() -> None:
    text = _ROLL.replace("获得者{heading}", "候选人{heading}").format(heading="名单如下")
    text = text.replace("评选结果，授予孔立新等3名同志“青禾青年五四奖章”", "候选人公示")
    assert _honours(text) == set()


# -- units of a roll whose names hold a quoted name or a police squad ------------------------------


def test_a_roll_s_units_may_hold_a_quoted_name_and_a_police_squad() -> None:
    text = (
        "本报讯　授予青禾星河电子有限公司芯片研发团队等4个集体“青禾青年五四奖章集体”。\n"
        "　　2024年度“青禾青年五四奖章集体”名单如下：\n"
        "　　青禾星河电子有限公司芯片研发团队\n"
        "　　武汉市公安局江汉区分局某某派出所社区警务队\n"
        "　　监利市新沟镇“稻田青年”创业服务队\n"
        "　　宜昌市夷陵区三斗坪镇青年志愿服务队\n"
    )
    award = "青禾青年五四奖章集体"
    assert _units(text) >= {
        ("武汉市公安局江汉区分局某某派出所社区警务队", award),
        ("监利市新沟镇“稻田青年”创业服务队", award),
        ("宜昌市夷陵区三斗坪镇青年志愿服务队", award),
    }


@pytest.mark.parametrize(
    "line",
    [
        "监利市新沟镇“稻田青年”",  # a quotation and no unit's word after it
        "监利市新沟镇“稻田青年”创业",
    ],
)
def test_a_quoted_name_with_no_unit_s_word_is_no_unit(line: str) -> None:
    text = (
        "本报讯　授予宜昌市夷陵区三斗坪镇青年志愿服务队等2个集体“青禾青年五四奖章集体”。\n"
        "　　2024年度“青禾青年五四奖章集体”名单如下：\n"
        "　　宜昌市夷陵区三斗坪镇青年志愿服务队\n"
        f"　　{line}\n"
    )
    assert {u for u, _ in _units(text)} == {"宜昌市夷陵区三斗坪镇青年志愿服务队"}


# -- an unquoted prize in the title of the decision that confers it ------------------------------


def test_a_decision_s_title_confers_its_unquoted_prizes() -> None:
    text = (
        "本报讯　4月28日，全市劳模表彰大会召开。会上，市总工会副主席苗立新宣读了《关于授予孔德生等80名同志"
        "青禾市五一劳动奖章、授予青禾港达物流有限公司调度中心等30个集体青禾市工人先锋号的决定》。"
    )
    assert _honours(text) == {("孔德生", "青禾市五一劳动奖章")}
    assert _units(text) == {("青禾港达物流有限公司调度中心", "青禾市工人先锋号")}


def test_a_counted_noun_before_no_prize_confers_nothing() -> None:
    text = "本报讯　会上宣读了《关于授予孔德生等80名同志奖金、授予某某调度中心等30个集体奖牌的决定》。"
    assert _honours(text) == set()


# -- the party after a dotted name in a list -------------------------------------------------------


@pytest.mark.parametrize("party", ["一行", "夫妇"])
def test_the_party_after_a_dotted_name_in_a_list_is_no_part_of_it(party: str) -> None:
    text = f"本报讯　22日晚，孔令杰在长春会见了彼得·斯捷潘诺夫、玛丽娜·库兹涅佐娃{party}，梁玉兰参加会见。"
    assert {"彼得·斯捷潘诺夫", "玛丽娜·库兹涅佐娃"} <= _persons(text)
    assert not any(party in n for n in _persons(text))


def test_a_dotted_name_in_a_list_keeps_its_last_piece() -> None:
    text = "本报讯　孔令杰会见了彼得·斯捷潘诺夫、玛丽娜·库兹涅佐娃，梁玉兰参加会见。"
    assert {"彼得·斯捷潘诺夫", "玛丽娜·库兹涅佐娃"} <= _persons(text)


# -- dotted names: pieces the tagger read apart, a verb or 等 after the last piece, the name in full


@pytest.mark.parametrize(
    "text,name",
    [
        # a word of Turkic names' characters between the title and the tagger's name (阿不|都|克热木·…)
        (
            "本报讯　自治区副主席艾力·沙吾提，阿克苏地区行署专员阿不都克热木·吐尔逊等随团出访。",
            "阿不都克热木·吐尔逊",
        ),
        # one character of no function after the title (总领事|占|塔娜·…)
        ("本报讯　老挝驻昆明总领事占塔娜·西里宋参加会见。", "占塔娜·西里宋"),
        # a verb the clause goes on with, after a last piece the tagger cut (阿合|买提主持)
        ("本报讯　州长叶尔兰·阿合买提主持。", "叶尔兰·阿合买提"),
        ("本报讯　局长古丽娜·买买提出席。", "古丽娜·买买提"),
        ("本报讯　公司党委副书记、总经理阿不都克热木·艾力等参加。", "阿不都克热木·艾力"),  # no 等
    ],
)
def test_a_dotted_name_after_a_title_is_whole(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_preposition_after_a_title_is_no_piece_of_a_dotted_name() -> None:
    assert _persons("本报讯　市长与萨莫·伊万诺夫会谈。") == {"萨莫·伊万诺夫"}


def test_a_dotted_name_read_apart_is_the_whole_name_written_elsewhere() -> None:
    text = "本报讯　自治区主席买买提江·阿不都外力出席。6月6日，买买提江·阿不都外力在阿斯塔纳会见外宾。"
    assert _persons(text) == {"买买提江·阿不都外力"}


# -- a name of a surname the tagger does not know, read as verbs ------------------------------------


@pytest.mark.parametrize("name", ["仝立华", "仝立强"])
def test_a_titled_name_the_tagger_read_as_verbs_is_one_when_it_hangs_together(name: str) -> None:
    assert _persons(f"本报讯　局长{name}，副局长李华出席。") == {name, "李华"}


@pytest.mark.parametrize("text", ["本报讯　书记强调说，要抓好落实。", "本报讯　局长要求各单位抓好落实。"])
def test_verbs_after_a_title_are_no_name(text: str) -> None:
    assert _persons(text) == set()


# -- surnames of Yunnan and the north, and the verbs of an official after a titled name ----------------


@pytest.mark.parametrize(
    "text,name",
    [
        ("本报讯　局长字家林到宾川县检查工作。", "字家林"),
        ("本报讯　局长字家林结合分管工作作发言。", "字家林"),
        ("本报讯　局长字家林带队检查。", "字家林"),
        ("本报讯　局长字家林致辞。", "字家林"),
        ("本报讯　县长自国华陪同调研。", "自国华"),
        ("本报讯　县委副书记起文明陪同调研。", "起文明"),
        ("本报讯　纪委书记矫文军作报告。", "矫文军"),
    ],
)
def test_a_titled_name_of_a_surname_the_list_lacked(text: str, name: str) -> None:
    assert _persons(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "本报讯　书记回到村里检查。",
        "本报讯　县长自始至终参加。",
        "本报讯　书记起草了文件。",
        "本报讯　局长望着远方说。",
    ],
)
def test_words_that_open_with_those_surnames_are_no_names(text: str) -> None:
    assert _persons(text) == set()


# -- a name of the surname 党 as a later item of a titled enumeration ------------------------------


@pytest.mark.parametrize(
    "text", ["本报讯　副主任钟秀兰、党建民出席会议。", "本报讯　副主任钟秀兰、李华、党建民出席。"]
)
def test_a_dang_name_after_a_titled_item_is_a_name(text: str) -> None:
    assert "党建民" in _persons(text)


@pytest.mark.parametrize("text", ["本报讯　我们知党恩、跟党走。", "本报讯　大家感党恩、听党话、跟党走。"])
def test_the_party_in_an_enumeration_of_slogans_is_no_name(text: str) -> None:
    assert _persons(text) == set()


# -- a pair joined by a dash to a division's name ----------------------------------------------------


def test_the_other_end_of_a_dash_from_a_division_is_no_person() -> None:
    text = "本报讯　双方同意推进阿拉山口—多斯特克、吉木乃—迈哈布奇盖等口岸设施改造。"
    assert _persons(text) == set()


@pytest.mark.parametrize(
    "text,names",
    [
        ("本报讯　王小明—李华组合获得冠军。", {"王小明", "李华"}),  # no division on either end
        ("本报讯　吉木乃—迈哈布奇盖口岸开通，孔令杰出席。", {"孔令杰"}),  # a person apart from the pair
    ],
)
def test_names_joined_by_a_dash_with_no_division_stay(text: str, names: set[str]) -> None:
    assert _persons(text) == names


# -- a paper's reporter credited with a slash under a photo -----------------------------------------


@pytest.mark.parametrize("credit", ["青禾日报记者/孔令杰 摄", "青禾晚报记者／孔令杰摄", "本报记者/孔令杰 摄"])
def test_a_paper_s_reporter_with_a_slash_took_the_photo(credit: str) -> None:
    text = f"标题\n　　3月28日，投资恳谈会举行。　{credit}\n"
    assert [(c.name, c.role) for c in find_bylines(text)] == [("孔令杰", "photographer")]


def test_a_slash_between_words_of_a_caption_credits_nobody() -> None:
    text = "标题\n　　3月28日，日报记者/编辑座谈会举行。\n"
    assert find_bylines(text) == []


# -- a bare 自治州 before an organ ------------------------------------------------------------------


def _placed(text: str) -> set[tuple[str, str, str | None, str]]:
    return set(placed_posts(_page(text)))


def test_a_bare_autonomous_prefecture_is_the_one_in_scope() -> None:
    text = (
        "本报讯（记者 韦晓帆）3月5日，自治州妇联执委会议在伊宁市召开。自治州党委常委、统战部部长巴哈尔·吐逊"
        "出席会议。自治州妇联党组书记、主席古丽扎尔·木沙作工作报告。"
    )
    state = "伊犁哈萨克自治州"
    assert _placed(text) >= {
        ("巴哈尔·吐逊", f"{state}党委", state, "常委"),
        ("巴哈尔·吐逊", f"{state}委统战部", state, "部长"),
        ("古丽扎尔·木沙", f"{state}妇联", state, "主席"),
    }


def test_an_autonomous_prefecture_named_in_full_stays_itself() -> None:
    text = "本报讯　3月5日，会议在伊宁市召开。博尔塔拉蒙古自治州妇联主席古丽扎尔·木沙出席。"
    assert ("古丽扎尔·木沙", "博尔塔拉蒙古自治州妇联", "博尔塔拉蒙古自治州", "主席") in _placed(text)


# -- words before a bare title that are no organisation ------------------------------------------------


@pytest.mark.parametrize(
    "text,name",
    [
        ("本报讯　全院共审理案件1260余件，其中院长孔令杰带头审理重大复杂案件11件。", "孔令杰"),
        ("本报讯　根据协议，青禾医院派驻副院长、主任医师荆卫华担任青禾县人民医院执行院长。", "荆卫华"),
    ],
)
def test_qi_zhong_or_a_verb_of_sending_before_a_title_is_no_organisation(text: str, name: str) -> None:
    assert not any(o.startswith("其中") or "派驻" in o for p, o, _ in _posts(text) if p == name)


def test_a_chain_after_qi_zhong_and_a_comma_stays() -> None:
    assert _posts("本报讯　其中，青禾县县长孔令杰出席。") == {("孔令杰", "青禾县", "县长")}


# -- a customs district's head ---------------------------------------------------------------------


@pytest.mark.parametrize("role", ["关长", "副关长"])
def test_a_customs_district_s_head(role: str) -> None:
    text = f"本报讯　青禾海关{role}孔令杰介绍了通关情况。"
    assert _posts(text) == {("孔令杰", "青禾海关", role)}
    assert _persons(text) == {"孔令杰"}


def test_guan_zhang_inside_other_words_is_no_title() -> None:
    text = "本报讯　孔令杰说，要建立健全相关长效机制。"
    assert _posts(text) == set()
    assert _persons(text) == {"孔令杰"}


# -- a name whose last character is 之 -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text,name",
    [
        ("本报讯　局长陈尧之主持会议。", "陈尧之"),
        ("本报讯　副主任赵谦之，副县长李华出席。", "赵谦之"),
        ("本报讯　某某协会副会长高桥诚之出席开幕式。", "高桥诚之"),
    ],
)
def test_zhi_before_a_verb_or_a_mark_ends_the_name(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    ["本报讯　应县长王和之邀，专家出席会议。", "本报讯　王明之所以当选，是因为他肯干。"],
)
def test_zhi_before_its_object_or_a_conjunction_is_the_particle(text: str) -> None:
    assert not any(n.endswith("之") for n in _persons(text))


# -- a post held before an election and the one elected to ----------------------------------------


def test_the_post_before_a_name_and_the_one_it_is_elected_to() -> None:
    text = "本报讯　青禾县青禾镇党委书记孔令杰当选为县人大常委会主任。"
    assert _posts(text) == {("孔令杰", "青禾县青禾镇党委", "书记"), ("孔令杰", "县人大常委会", "主任")}


def test_those_elected_after_a_titled_name_take_its_electing_body() -> None:
    text = (
        "本报讯　在区科协第七届委员会第一次全体会议上，青禾区农业技术推广站站长孔令杰当选区科协主席，"
        "梁玉兰、褚明远当选副主席。"
    )
    assert _posts(text) >= {
        ("孔令杰", "区科协", "主席"),
        ("梁玉兰", "区科协", "副主席"),
        ("褚明远", "区科协", "副主席"),
    }


def test_an_honour_elected_to_is_no_post() -> None:
    text = "本报讯　某某公司董事长孔令杰当选2023年度青禾市十大杰出青年。"
    assert {r for _, _, r in _posts(text)} == {"董事长"}


# -- an unquoted class commended at a sentence's close ----------------------------------------------


@pytest.mark.parametrize("award", ["2023年度青禾区优秀科技工作者", "2023年度青禾区优秀党务工作者"])
def test_a_class_commended_at_a_sentence_s_close_is_the_next_sentence_s_award(award: str) -> None:
    text = (
        f"本报讯　大会还表彰了{award}。青禾区农业技术推广站高级农艺师孔令杰、青禾镇栗园村科技示范户"
        "梁玉兰等20人受到表彰。"
    )
    assert _honours(text) == {("孔令杰", award), ("梁玉兰", award)}


@pytest.mark.parametrize(
    "text",
    [
        # two classes joined: no one award
        "本报讯　大会表彰了先进集体和先进个人。孔令杰、梁玉兰等20人受到表彰。",
        # the class does not close its sentence
        "本报讯　大会表彰了优秀科技工作者代表，孔令杰、梁玉兰发言。",
    ],
)
def test_classes_joined_or_a_class_inside_a_clause_are_no_award(text: str) -> None:
    assert _honours(text) == set()


# -- a standing committee's numbered session, and a caption's picture of the event told --------------


def _events(text: str) -> list[str]:
    return [e.name for e in _page(text).events]


def test_a_standing_committee_s_numbered_session_is_named_whole() -> None:
    text = (
        "本报讯（记者 韦晓帆）7月25日，青禾市第十五届人民代表大会常务委员会第二十三次会议闭幕。"
        "市人大常委会主任孔令杰主持闭幕会。"
    )
    assert _events(text) == ["青禾市第十五届人民代表大会常务委员会第二十三次会议"]


def test_a_congress_s_numbered_session_keeps_its_name() -> None:
    text = "本报讯　6月28日，青禾县第十八届人民代表大会第五次会议开幕。县人大常委会主任孔令杰主持。"
    assert _events(text) == ["青禾县第十八届人民代表大会第五次会议"]


@pytest.mark.parametrize(
    "caption",
    ["图为大会开幕现场。", "图为观摩组在青禾镇现代农业产业园察看温室蔬菜种植情况。"],
)
def test_a_caption_that_pictures_the_event_told_is_no_event_of_its_own(caption: str) -> None:
    text = "本报讯　1月8日，青禾县第十八届人民代表大会第五次会议开幕。县委书记孔令杰带队观摩。\n" + caption
    assert _events(text) == ["青禾县第十八届人民代表大会第五次会议"]


def test_a_caption_that_alone_tells_a_tour_is_one() -> None:
    assert _events("图为3月20日，县委书记孔令杰在青禾镇调研。") == ["孔令杰在青禾镇调研"]


# -- the two sides' talk at an encounter ----------------------------------------------------------------


@pytest.mark.parametrize("talk", ["双方就深化合作进行座谈交流", "双方进行了座谈"])
def test_the_two_sides_talk_at_an_encounter_is_no_meeting_of_its_own(talk: str) -> None:
    text = f"本报讯　8月5日，省委书记孔令杰在青禾会见青禾建设集团有限公司董事长梁玉平一行，{talk}。"
    assert _events(text) == ["孔令杰会见青禾建设集团有限公司董事长梁玉平一行"]


def test_a_meeting_the_two_sides_hold_is_one() -> None:
    text = "本报讯　6月12日，孔令杰会见了梁玉平一行。双方举行了座谈会，就深化合作进行了交流。"
    assert "双方座谈会" in _events(text)


# -- a visit to people told by its verb after the visitor's name ---------------------------------------


@pytest.mark.parametrize(
    "visit",
    ["走访残疾人康复和就业服务机构", "看望慰问困难群众", "走访慰问了退役军人家庭"],
)
def test_a_visit_after_the_visitor_s_name_is_an_event(visit: str) -> None:
    ex = _page(f"本报讯（记者 韦晓帆）5月17日，区委副书记、区长孔令杰{visit}。副区长梁玉兰陪同。")
    [tour] = [e for e in ex.events if e.name.startswith("孔令杰")]
    assert tour.date == "2024-05-17"
    assert set(attendees(ex, tour)) == {"孔令杰", "梁玉兰"}


@pytest.mark.parametrize(
    "text",
    [
        "本报讯　孔令杰走访发现，群众需求多样。",  # what a visit found
        "本报讯　要常态化走访慰问困难群众。",  # nobody named before the verb
        "本报讯　孔令杰看望时指出，要关心群众。",  # when, not what
    ],
)
def test_a_visit_s_findings_or_a_visit_by_nobody_named_is_no_event(text: str) -> None:
    assert [e.name for e in _page(text).events if "走访" in e.name or "看望" in e.name] == []
