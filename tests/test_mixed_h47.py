"""Rules of round 31, each general grammar with examples and counter-examples: an appointment
list that runs on after a colon in its sentence, a place whose name opens with 前 after 为, a
Mongolian element as the last of names listed, an oath taken by named people. Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import (
    conferrals,
    event,
    events_by_name,
    extract_page,
    holdings,
    honoured_units,
    person_names,
)

from kg.eval.score import post_role
from kg.extract.dotted_runs import transliterated_end, turkic_chars
from kg.extract.events import day_within

DAY = dt.date(2025, 6, 5)


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(h.person, h.org.name, h.role) for h in holdings(extract_page("标题\n" + text, DAY))}


# -- an appointment list after a colon in its sentence ------------------------------------------


def test_an_appointment_list_runs_on_after_a_colon() -> None:
    text = (
        "会议决定任命：邝远为田东县农业农村局局长，朝格图吉雅为田东县水利局局长；"
        "决定免去：柯望的田东县农业农村局局长职务。"
    )
    assert _posts(text) == {
        ("邝远", "田东县农业农村局", "局长"),
        ("朝格图吉雅", "田东县水利局", "局长"),
        ("柯望", "田东县农业农村局", "局长"),
    }


def test_a_decision_with_a_colon_still_lists_its_appointments() -> None:
    text = "会议决定：任命苗禾（女）为田东县水利局副局长，任命邝远为田东县农业农村局副局长。"
    assert _posts(text) == {("苗禾", "田东县水利局", "副局长"), ("邝远", "田东县农业农村局", "副局长")}


# -- a place whose name opens with 前 ------------------------------------------------------------


@pytest.mark.parametrize("county", ["前郭尔罗斯蒙古族自治县", "田东县"])
def test_a_place_opening_with_qian_after_wei_is_no_mark_of_a_former_post(county: str) -> None:
    text = f"会议决定任命：邝远为{county}农业农村局局长。"
    assert _posts(text) == {("邝远", f"{county}农业农村局", "局长")}


def test_qian_before_a_title_still_marks_a_former_post() -> None:
    assert _posts("会上，邝远为前任局长，苗禾为现任局长。") == set()


# -- a Mongolian element as the last of names listed ---------------------------------------------


@pytest.mark.parametrize("last", ["吉雅", "塔娜", "图门"])
def test_a_mongolian_element_ends_a_list_of_names(last: str) -> None:
    text = f"田东县召开会议。县人大常委会副主任邝远、苗禾、{last}，秘书长柯望出席会议。"
    assert sorted(person_names(text, DAY)) == sorted(["邝远", "苗禾", last, "柯望"])


def test_an_element_after_words_that_are_no_names_is_no_name() -> None:
    assert person_names("田东县召开会议。天上飘着白云、彩霞、查干，邝远说。", DAY) == ["邝远"]


# -- an oath taken by named people ----------------------------------------------------------------


def test_an_oath_taken_by_named_people_is_an_event() -> None:
    text = (
        "标题\n6月4日，田东县人大常委会召开第十次会议。县人大常委会主任邝远主持会议。\n"
        "会后，邝远为新任命人员颁发了任命书，苗禾、柯望（女）进行了宪法宣誓。"
    )
    events = events_by_name(extract_page(text, DAY))
    assert events["宪法宣誓"] == {"邝远", "苗禾", "柯望"}
    assert "苗禾" not in next(people for name, people in events.items() if name != "宪法宣誓")


def test_an_oath_of_unnamed_appointees_with_nobody_overseeing_is_no_event() -> None:
    text = (
        "标题\n6月4日，田东县人大常委会召开第十次会议。县人大常委会主任邝远主持会议。\n"
        "会后，邝远为新任命人员颁发了任命书，新任命人员进行了宪法宣誓。"
    )
    assert "宪法宣誓" not in events_by_name(extract_page(text, DAY))


# -- a name the tagger reads on across 率 --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5月22日，州政协主席岩香龙率州政协视察组深入勐海县调研。", "岩香龙"),
        ("5月22日，市长邝远率市代表团到深圳考察。", "邝远"),
    ],
)
def test_a_leader_s_name_ends_before_lv(text: str, name: str) -> None:
    assert name in person_names(text, DAY)


def test_lv_inside_a_name_before_no_body_stays() -> None:
    assert person_names("会上，邝率真发言。", DAY) == ["邝率真"]


# -- a tour told late, with a word of its kind before the verb -----------------------------------


@pytest.mark.parametrize("verb", ["开展专题视察", "开展专题调研", "进行实地考察"])
def test_a_tour_whose_verb_ends_its_sentence_may_have_a_kind(verb: str) -> None:
    text = f"标题\n5月22日至23日，州政协主席邝远率州政协视察组深入勐海县，就茶产业发展{verb}。州政协副主席苗禾参加。"
    events = events_by_name(extract_page(text, DAY))
    assert list(events.values()) == [{"邝远", "苗禾"}]


def test_a_talk_about_a_kind_of_inspection_is_no_tour() -> None:
    text = "标题\n5月22日，邝远在勐海县召开会议，就茶产业发展开展专题研究。苗禾参加。"
    assert all("勐海县" not in name or "会议" in name for name in events_by_name(extract_page(text, DAY)))


# -- a meeting that a tour's group holds ------------------------------------------------------------


def test_a_meeting_the_tour_s_group_holds_has_the_tour_s_people() -> None:
    text = (
        "标题\n5月22日至23日，州政协主席邝远率州政协视察组深入勐海县视察茶产业发展情况。"
        "州政协副主席苗禾参加视察。勐海县县长柯望陪同。\n"
        "23日下午，视察组在勐海县召开座谈会，听取了县农业农村局局长龚文浩的汇报。"
    )
    events = events_by_name(extract_page(text, DAY))
    assert events["座谈会"] == {"邝远", "苗禾", "柯望", "龚文浩"}


def test_a_meeting_someone_else_holds_on_the_tour_has_only_its_own_people() -> None:
    text = (
        "标题\n5月22日至23日，州政协主席邝远率州政协视察组深入勐海县视察茶产业发展情况。"
        "州政协副主席苗禾参加视察。\n"
        "23日下午，勐海县召开座谈会，县农业农村局局长龚文浩作了发言。"
    )
    events = events_by_name(extract_page(text, DAY))
    assert events["座谈会"] == {"龚文浩"}


# -- the last of names listed before 等 ------------------------------------------------------------


def test_the_last_name_before_deng_keeps_a_character_the_tagger_read_apart() -> None:
    text = "参加视察的州政协委员邝远、李木约等作了发言。"
    assert person_names(text, DAY) == ["李木约", "邝远"]


def test_an_adverb_before_deng_is_no_part_of_the_last_name() -> None:
    assert person_names("州政协委员邝远、苗禾也等着发言。", DAY) == ["苗禾", "邝远"]


# -- a title the tagger glued to a surname ----------------------------------------------------------


@pytest.mark.parametrize("name", ["刀建成", "召文祥"])
def test_a_dai_surname_glued_to_the_title_before_it_opens_a_name(name: str) -> None:
    text = f"州政协副主席邝远，州政协秘书长{name}，部分州政协委员参加视察。"
    assert name in person_names(text, DAY)


def test_a_word_across_a_name_s_start_still_makes_no_name() -> None:
    assert person_names("完成重大工程任务。邝远说。", DAY) == ["邝远"]


# -- the first and the middle items of a list of names after a title ------------------------------


@pytest.mark.parametrize("first", ["切毛", "拉排"])
def test_the_first_item_of_a_list_right_after_its_title_is_a_name(first: str) -> None:
    text = f"夏河县召开会议。副县长{first}、龚文浩，县法院院长柯望列席会议。"
    assert person_names(text, DAY) == sorted([first, "龚文浩", "柯望"])


@pytest.mark.parametrize("text", ["县委书记讲话、苗禾主持。", "副县长兼任、苗禾主持。"])
def test_a_verb_after_a_title_before_a_list_is_no_name(text: str) -> None:
    assert person_names("夏河县召开会议。" + text, DAY) == ["苗禾"]


def test_an_item_opening_with_a_tibetan_element_between_names_is_a_name() -> None:
    text = "夏河县召开会议。县委常委邝远、龚文浩、完玛加、苏立斌、韦立国出席会议。"
    ex = extract_page("标题\n" + text, DAY)
    members = {h.person for h in holdings(ex) if h.role == "常委"}
    assert members == {"邝远", "龚文浩", "完玛加", "苏立斌", "韦立国"}


def test_a_word_between_names_that_opens_with_no_element_stays_no_name() -> None:
    assert person_names("会上，邝远、苏立斌、讨论会、韦立国发言。", DAY) == ["苏立斌", "邝远", "韦立国"]


# -- a township before a company whose name opens with a province's or a city's short form -------------


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_page("标题\n" + text, DAY).organizations]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("泽州县召开会议。在巴公镇山西青禾煤业有限公司，督导组查看情况。", "山西青禾煤业有限公司"),
        ("泽州县召开会议。在北义城镇晋城青禾化工有限公司，督导组现场抽查。", "晋城青禾化工有限公司"),
    ],
)
def test_a_township_before_a_short_form_opening_a_company_is_no_part_of_it(text: str, company: str) -> None:
    assert company in _orgs(text)


def test_a_township_before_a_word_that_opens_no_division_opens_the_name() -> None:
    assert "巴公镇青禾煤业有限公司" in _orgs("泽州县召开会议。在巴公镇青禾煤业有限公司，督导组查看情况。")


# -- what a company does on a project, before its name ----------------------------------------------


@pytest.mark.parametrize("role", ["项目施工总承包单位", "投资方", "监理单位"])
def test_a_company_s_role_on_a_project_is_no_part_of_its_name(role: str) -> None:
    text = f"仪式上，{role}湖南青禾工程有限公司项目经理邝远表示，将科学组织施工。"
    assert "湖南青禾工程有限公司" in _orgs(text)


def test_a_unit_named_so_keeps_its_word() -> None:
    assert "青禾市建设单位联合会" in _orgs("青禾市建设单位联合会召开会议。")


# -- a sentence that sets a task ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "要围绕生态修复，组织委员深入柴桑区、湖口县等沿江区县开展视察。",
        "会议强调，要组织委员深入柴桑区、湖口县等沿江区县开展视察。",
    ],
)
def test_a_tour_in_a_task_set_is_no_event(sentence: str) -> None:
    text = "标题\n6月14日，市政协召开主席会议。市政协主席邝远主持。\n" + sentence
    assert [ev.name for ev in extract_page(text, DAY).events] == ["主席会议"]


def test_a_tour_made_is_an_event() -> None:
    text = "标题\n6月14日，市政协主席邝远率委员深入柴桑区、湖口县等沿江区县开展视察。"
    assert len(extract_page(text, DAY).events) == 1


# -- a company's announcement ------------------------------------------------------------------------


def test_xiansheng_and_nvshi_after_appointees_are_no_part_of_their_names() -> None:
    text = (
        "新疆青禾新材料股份有限公司召开董事会。"
        "同意聘任阿力木·吐尔洪先生、古丽娜·买买提女士、邝远先生为公司副总经理。"
    )
    assert _posts(text) == {
        (name, "新疆青禾新材料股份有限公司", "副总经理")
        for name in ("阿力木·吐尔洪", "古丽娜·买买提", "邝远")
    }


def test_a_board_s_term_is_no_part_of_its_organ_and_its_chair_is_the_company_s() -> None:
    text = (
        "新疆青禾新材料股份有限公司召开股东大会，选举邝远、苗禾为公司第五届董事会非独立董事。"
        "会议选举邝远为公司第五届董事会董事长，聘任苗禾为公司董事会秘书。"
    )
    assert _posts(text) == {
        ("邝远", "新疆青禾新材料股份有限公司董事会", "非独立董事"),
        ("苗禾", "新疆青禾新材料股份有限公司董事会", "非独立董事"),
        ("邝远", "新疆青禾新材料股份有限公司", "董事长"),
        ("苗禾", "新疆青禾新材料股份有限公司", "董事会秘书"),
    }


def test_a_council_s_chair_stays_the_council_s() -> None:
    assert _posts("青禾市慈善总会召开理事会，邝远当选青禾市慈善总会理事会理事长。") == {
        ("邝远", "青禾市慈善总会理事会", "理事长")
    }


def test_the_company_word_of_a_headline_is_the_company_its_lead_names() -> None:
    text = (
        "邝远当选公司第四届董事会董事长\n公司顺利完成董事会换届\n\n"
        "　　5月17日，湖北青禾新材料股份有限公司年度股东大会在宜都市枝城镇公司总部召开。"
        "会议选举邝远为公司董事长，聘任苗禾为公司财务总监。"
    )
    holds = {(h.person, h.org.name, h.role) for h in holdings(extract_page(text, DAY))}
    assert ("苗禾", "湖北青禾新材料股份有限公司", "财务总监") in holds
    assert ("邝远", "湖北青禾新材料股份有限公司", "董事长") in holds


def test_a_place_and_the_company_word_name_no_company() -> None:
    text = "标题\n5月17日，湖北青禾新材料股份有限公司年度股东大会在宜都市枝城镇公司总部召开。"
    assert [o.name for o in extract_page(text, DAY).organizations] == ["湖北青禾新材料股份有限公司"]


def test_a_resume_s_present_posts_come_sentences_after_its_name() -> None:
    text = (
        "新疆青禾新材料股份有限公司（以下简称“公司”）召开会议。\n"
        "　　邝远：男，汉族，1975年出生，硕士研究生学历，高级工程师。曾任公司副总经理。现任公司董事、总经理。"
    )
    assert _posts(text) == {
        ("邝远", "新疆青禾新材料股份有限公司", "董事"),
        ("邝远", "新疆青禾新材料股份有限公司", "总经理"),
    }


def test_a_resume_ends_where_another_name_s_sentence_begins() -> None:
    text = (
        "新疆青禾新材料股份有限公司召开会议。\n"
        "　　邝远：男，汉族，1975年出生。苗禾推荐了他。现任公司董事、总经理。"
    )
    assert not {h for h in _posts(text) if h[0] == "邝远"}


# -- a surname the tagger reads as a person alone, before the rest of the name ----------------------


def test_a_lone_surname_read_as_a_person_before_two_characters_read_so_opens_the_name() -> None:
    text = "4月7日，保亭黎族苗族自治县三道镇，苗族歌手盘金平（左）与村民对唱苗族山歌。"
    assert person_names(text, DAY) == ["盘金平"]


def test_two_names_apart_stay_two_names() -> None:
    assert person_names("会上，歌手邝远、苗禾与村民对唱山歌。", DAY) == ["苗禾", "邝远"]


# -- a roll's heading that names an award the text confers ------------------------------------------

ROLL = (
    "标题\n本报讯 共青团青禾市委近日作出决定，授予邝远等2名同志“青禾青年五四奖章”，"
    "授予青禾市第一中学团委等2个集体“青禾青年五四奖章集体”，"
    "授予青禾市人民医院团委等2个团组织“青禾市五四红旗团委（团支部）”称号。\n"
    "名单如下：\n"
    "青禾青年五四奖章（2名）\n邝远　青禾市第一中学教师\n苗禾（女）　青禾市人民医院护士\n"
    "青禾青年五四奖章集体（2个）\n青禾市第一中学团委\n青禾市第二中学团委\n"
    "青禾市五四红旗团委（团支部）（2个）\n青禾市人民医院团委\n青禾市中医院团委\n"
)


def test_a_roll_heading_that_names_another_award_conferred_gives_that_award() -> None:
    units = dict(honoured_units(extract_page(ROLL, DAY)))
    assert units["青禾市第二中学团委"] == "青禾青年五四奖章集体"
    assert units["青禾市中医院团委"] == "青禾市五四红旗团委（团支部）"


def test_a_person_under_the_first_heading_keeps_its_award() -> None:
    awards = {c.person: c.award for c in conferrals(extract_page(ROLL, DAY))}
    assert awards["苗禾"] == "青禾青年五四奖章"


# -- what someone does before a calling names no organisation ---------------------------------------


@pytest.mark.parametrize("calling", ["返乡大学生", "退休教师"])
def test_a_verb_before_a_calling_is_no_employer(calling: str) -> None:
    assert _posts(f"{calling}邝远在村里开起了直播间。") == set()


def test_an_organisation_before_a_calling_stays_its_employer() -> None:
    assert _posts("青禾县第一中学教师邝远说。") == {("邝远", "青禾县第一中学", "教师")}


# -- a word measured after a number ----------------------------------------------------------------


@pytest.mark.parametrize("measured", ["20亩桂七芒", "3万斤桂香柚", "500株柯木"])
def test_a_word_measured_after_a_number_is_no_name(measured: str) -> None:
    assert person_names(f"“我家{measured}少说也能卖12万元。”村民邝远说。", DAY) == ["邝远"]


def test_a_name_after_a_date_stays() -> None:
    assert person_names("5月柯木说，要抓好落实。", DAY) == ["柯木"]


# -- a picking festival ------------------------------------------------------------------------------


def test_a_picking_festival_held_is_an_event() -> None:
    text = "标题\n7月16日，青禾村举办首届芒果采摘节。副县长邝远出席活动，镇党委书记苗禾主持。"
    assert events_by_name(extract_page(text, DAY)) == {"首届芒果采摘节": {"邝远", "苗禾"}}


# -- the scorer: a seat on a party group, written either way ------------------------------------------


@pytest.mark.parametrize(
    ("role", "compared"),
    [
        ("党组成员", "成员"),
        ("成员", "成员"),
        ("非独立董事", "董事"),
        ("独立董事", "独立董事"),
        ("党委委员", "委员"),
        ("党组书记", "书记"),
        ("党委副书记", "副书记"),
        ("纪委委员", "纪委委员"),
        ("审判委员会委员", "委员"),
        ("检察委员会委员", "委员"),
        ("副院长", "副院长"),
    ],
)
def test_a_seat_on_a_party_group_is_compared_as_the_group_s_member(role: str, compared: str) -> None:
    assert post_role(role) == compared


# -- a military unit's bare word reads back to the one unit of its kind ------------------------------

BAYI = (
    "7月30日，青禾市委书记、青禾军分区党委第一书记邝远率慰问团走访慰问青禾军分区、武警青禾支队。\n"
    "在青禾军分区，邝远听取了军分区司令员苗禾的介绍。\n"
    "在武警青禾支队，邝远与支队政治委员韦立国亲切交流。\n"
    "随后，慰问团看望了老战士。\n"
    "当天下午，军地座谈会召开。军分区政治委员龚文浩介绍了部队建设情况。"
)


def test_a_bare_military_unit_is_the_one_of_its_kind_named_before() -> None:
    assert {("苗禾", "青禾军分区", "司令员"), ("韦立国", "武警青禾支队", "政治委员")} <= _posts(BAYI)
    assert ("龚文浩", "青禾军分区", "政治委员") in _posts(BAYI)


def test_a_bare_unit_of_two_named_before_stays_as_written() -> None:
    text = "走访慰问甲县人武部、乙县人武部。人武部部长邝远介绍了情况。"
    assert not {h for h in _posts(text) if h[1].startswith(("甲县", "乙县"))}


# -- an honour's last character that the tagger read with the name after it --------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("座谈会上，全国劳动模范特古斯、全国先进工作者邝远作为代表发言。", ["特古斯", "邝远"]),
        ("座谈会上，全国劳动模范龚文浩、省劳动模范苗禾发言。", ["苗禾", "龚文浩"]),
    ],
)
def test_a_name_starts_after_the_honour_before_it(text: str, names: list[str]) -> None:
    assert person_names(text, DAY) == names


def test_a_surname_after_a_shorter_honour_stays_the_name_s() -> None:
    assert person_names("会上，邝远、全国劳模范晓东发言。", DAY) == ["范晓东", "邝远"]


# -- a company's notice: its board and managers listed under their titles ------------------------------

NOTICE = (
    "浙江青禾新材料股份有限公司\n关于董事会完成换届选举的公告\n"
    "　　浙江青禾新材料股份有限公司（以下简称“公司”）于2022年5月18日召开股东大会。现将有关情况公告如下：\n"
    "　　（一）董事长：邝远先生\n"
    "　　（二）非独立董事：邝远先生、苗禾女士、龚文浩先生\n"
    "　　（三）独立董事：柯望先生、韦玉兰女士\n"
    "　　总经理：苗禾女士\n"
    "　　证券事务代表：韦立国先生\n"
)


def test_a_notice_s_titles_over_names_with_xiansheng_and_nvshi_are_their_posts() -> None:
    company = "浙江青禾新材料股份有限公司"
    assert {
        ("邝远", company, "董事长"),
        ("龚文浩", company, "非独立董事"),
        ("韦玉兰", company, "独立董事"),
        ("苗禾", company, "总经理"),
        ("韦立国", company, "证券事务代表"),
    } <= {(h.person, h.org.name, h.role) for h in holdings(extract_page(NOTICE, DAY))}


def test_xiansheng_and_nvshi_say_the_gender() -> None:
    genders = {p.name: p.gender for p in extract_page(NOTICE, DAY).persons}
    assert (genders["苗禾"], genders["龚文浩"]) == ("女", "男")


def test_one_name_after_a_title_and_a_colon_without_address_is_no_list() -> None:
    assert _posts("青禾县召开会议。县长：邝远") == set()


# -- the company's word never stands for a bare branch ------------------------------------------------


def test_a_branch_named_most_is_not_the_company_of_the_company_s_word() -> None:
    text = (
        "凝心聚力谋发展\n公司职代会召开\n\n"
        "　　本报讯（记者 柯望）1月14日至15日，湖南青禾重工集团有限公司第五届职工代表大会第三次会议"
        "在株洲市天元区公司总部召开。公司党委书记、董事长邝远出席会议。\n"
        "　　获得2019年度先进集体称号的是：湖南青禾重工醴陵铸造有限公司熔炼车间、湘西分公司、供应管理部。\n"
        "　　获得2019年度先进个人称号的是（按姓氏笔画排序）：\n"
        "　　苗禾　湘西分公司装配车间钳工\n　　龚文浩　湘西分公司党支部书记、经理\n"
        "　　会议号召全体职工投入工作。"
    )
    holds = {(h.person, h.org.name, h.role) for h in holdings(extract_page(text, DAY))}
    assert ("邝远", "湖南青禾重工集团有限公司", "董事长") in holds
    assert ("龚文浩", "湘西分公司", "经理") in holds


# -- recipients listed on the lines after …的是（按姓氏笔画排序）： -------------------------------------


def test_recipients_on_a_roll_below_an_inline_list_s_colon() -> None:
    text = (
        "标题\n　　大会对先进个人进行了表彰。\n"
        "　　获得2019年度先进个人称号的是（按姓氏笔画排序）：\n"
        "　　邝远　财务管理部会计\n　　苗禾　供应管理部采购员\n"
        "　　会议期间，代表们分组讨论了工作报告。"
    )
    assert {c.person for c in conferrals(extract_page(text, DAY))} == {"邝远", "苗禾"}


def test_recipients_written_after_the_colon_in_its_sentence_stay_those() -> None:
    text = "标题\n　　获得先进个人称号的是：邝远、苗禾。柯望主持会议。"
    assert {c.person for c in conferrals(extract_page(text, DAY))} == {"邝远", "苗禾"}


# -- a word the tagger reads as one, in an enumeration of titled names ---------------------------------


def test_a_word_between_titled_names_is_a_name() -> None:
    text = "鞍山市召开会议。市委常委、政法委书记安静，市人大常委会副主任龚文浩旁听了庭审。"
    assert ("安静", "鞍山市委", "常委") in _posts(text)


def test_a_word_after_a_title_with_no_titled_name_after_it_is_no_name() -> None:
    assert person_names("形势温暖，市长邝远说。会议要求书记温暖人心。", DAY) == ["邝远"]


# -- a township of the national table that opens with a level word, right after its county ------------


def test_a_township_opening_with_zhen_after_its_district_is_that_township() -> None:
    text = "标题\n在银川市西夏区镇北堡镇，工人们正在修剪枝叶。"
    assert [p.name for p in extract_page(text, DAY).places][-2:] == ["西夏区", "镇北堡镇"]


def test_a_level_word_after_a_district_that_opens_no_township_of_it_stays_no_split() -> None:
    text = "标题\n在银川市西夏区镇海村，工人们正在修剪枝叶。"
    assert "镇海村" not in [p.name for p in extract_page(text, DAY).places]


# -- a dotted name whose last part is transliterated, before the word its clause goes on with ---------


@pytest.mark.parametrize("name", ["热合曼外力·阿不都拉", "阿力木外力·买买提明"])
def test_a_dotted_name_s_transliterated_last_part_ends_before_a_conjunction(name: str) -> None:
    text = f"哈密市召开会议。市委副书记、市长{name}与青禾银行哈密分行行长邝远代表双方签署协议。"
    assert person_names(text, DAY) == sorted([name, "邝远"])


def test_a_last_part_that_is_no_transliteration_ends_no_name_at_a_conjunction() -> None:
    turkic = turkic_chars()
    assert transliterated_end("某某·阿不都拉与乙", 3, 9, turkic) == 7
    assert transliterated_end("某某·青禾山水与乙", 3, 9, turkic) is None


# -- the two who sign a project at a signing ceremony -----------------------------------------------

SIGNING = (
    "标题\n　　3月17日，青禾市重大招商引资项目集中签约仪式在市行政中心举行。市委书记邝远出席签约仪式。\n"
    "　　签约仪式前，邝远会见了前来签约的企业代表。\n"
    "　　随后，各方代表依次签约：\n"
    "　　叙州区委副书记、区长苗禾与青禾鑫源动力科技有限公司董事长龚文浩签约动力电池项目，投资52亿元；\n"
    "　　南溪区委副书记、区长庞立川与青禾智造装备有限公司总经理柯望签约智能装备项目，投资18亿元。\n"
    "　　揭牌仪式后，专家在广场开展义诊活动，居民韦玉兰在义诊现场测了血压。"
)


def test_those_who_sign_a_project_are_at_the_signing_ceremony() -> None:
    events = events_by_name(extract_page(SIGNING, DAY))
    ceremony = next(people for name, people in events.items() if name.endswith("签约仪式"))
    assert {"邝远", "苗禾", "龚文浩", "庞立川", "柯望"} <= ceremony


def test_a_meeting_before_the_signing_keeps_its_own_people() -> None:
    events = events_by_name(extract_page(SIGNING, DAY))
    meeting = next(people for name, people in events.items() if "会见" in name)
    assert "苗禾" not in meeting


def test_one_to_sign_later_is_not_at_the_ceremony() -> None:
    text = SIGNING.replace(
        "南溪区委副书记、区长庞立川与青禾智造装备有限公司总经理柯望签约", "双方商定，柯望将与南溪区签约"
    )
    events = events_by_name(extract_page(text, DAY))
    assert "柯望" not in next(people for name, people in events.items() if name.endswith("签约仪式"))


# -- 当天 opening a paragraph: the day the body told last --------------------------------------------


def test_dangtian_opening_a_paragraph_is_the_day_told_before_it() -> None:
    text = (
        "标题\n　　7月30日，青禾市委书记邝远率慰问团走访慰问驻青部队。\n"
        "　　在青禾军分区，邝远听取了情况介绍。\n"
        "　　当天下午，军地座谈会召开。苗禾主持。"
    )
    assert event(extract_page(text, dt.date(2024, 7, 31)), "座谈会").date == "2024-07-30"


def test_a_paragraph_without_dangtian_keeps_the_article_s_day() -> None:
    text = "标题\n　　7月30日，青禾市委书记邝远率慰问团走访慰问驻青部队。\n　　军地座谈会召开。苗禾主持。"
    assert event(extract_page(text, dt.date(2024, 7, 31)), "座谈会").date != "2024-07-30"


# -- a board's committees listed on lines of their own ------------------------------------------------


def test_the_members_of_a_board_s_committees_hold_their_seats_in_the_company() -> None:
    text = NOTICE + (
        "　　审计委员会：韦玉兰女士（主任委员）、柯望先生、龚文浩先生。\n"
        "　　战略委员会：邝远（主任委员）、苗禾、龚文浩；\n"
    )
    company = "浙江青禾新材料股份有限公司"
    assert {
        ("韦玉兰", company + "审计委员会", "主任委员"),
        ("柯望", company + "审计委员会", "委员"),
        ("邝远", company + "战略委员会", "主任委员"),
        ("龚文浩", company + "战略委员会", "委员"),
    } <= {(h.person, h.org.name, h.role) for h in holdings(extract_page(text, DAY))}


def test_a_committee_named_in_a_sentence_lists_no_members() -> None:
    text = NOTICE + "　　公司审计委员会审议通过了议案，韦玉兰女士表示同意。\n"
    assert not {h for h in holdings(extract_page(text, DAY)) if "审计委员会" in h.org.name}


def test_a_committee_line_with_no_company_of_the_article_gives_no_post() -> None:
    text = "标题\n　　会议通报了有关情况。\n　　审计委员会：韦玉兰、柯望。\n"
    assert not {h for h in holdings(extract_page(text, DAY)) if "委员会" in h.org.name}


# -- an event told with a trip's days, then on its own day --------------------------------------------

TRIP = (
    "标题\n　　4月12日至14日，区长邝远带队赴深圳开展招商活动，走访企业，并举办青禾区（深圳）产业合作推介会。\n"
    "　　13日下午，青禾区（深圳）产业合作推介会举行。副区长苗禾参加活动。"
)


def test_an_event_told_with_a_trip_s_days_and_then_its_own_day_is_on_that_day() -> None:
    assert event(extract_page(TRIP, dt.date(2023, 4, 15)), "推介会").date == "2023-04-13"


def test_an_event_told_only_with_the_trip_s_days_keeps_them() -> None:
    text = TRIP.replace("13日下午，青禾区（深圳）产业合作推介会举行。", "")
    assert event(extract_page(text, dt.date(2023, 4, 15)), "推介会").date == "2023-04-12/2023-04-14"


@pytest.mark.parametrize(
    ("day", "span", "within"),
    [("2023-04-13", "2023-04-12/2023-04-14", True), ("2023-04-15", "2023-04-12/2023-04-14", False)],
)
def test_a_day_within_a_range(day: str, span: str, within: bool) -> None:
    assert day_within(day, span) is within
