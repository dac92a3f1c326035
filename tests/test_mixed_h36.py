"""Rules of round 28, each general grammar with examples and counter-examples: towns of one
district that an article names without naming the district; a provincial paper's 全媒记者 byline;
a Tibetan name of one element in a byline's slot; a cadre sent "here" (来到这里，担任驻村第一书记)
in a village feature, or sent to it before 的 (派驻某村的第一书记); a named festival (某某节) or
contest (某某大赛, 某某自行车赛) that opens, and an event's theme (以“某某”为主题的) kept out of its
name; the 乡 of 乡村振兴 after a city, no township; a herdsman's Tibetan name (牧民某某某某); a
sentence opening with 当天 dated by its paragraph; a bare 镇党委 in a paragraph that names one
town; a bare 合作社 before a title, the cooperative named last; the pairs that sign after a
semicolon at a ceremony (签约仪式上，甲与乙签署…；丙与丁签署…); a county's short form inside a
name after a title (副主席贡觉卓嘎), no place; appointees who 向宪法宣誓 after the closing sitting,
dated as that sitting; a credit line written name first (某部 甲 文／乙 图); a list's （追授）
after a recipient; a county media centre's byline parenthesis with a photographer after 摄影
(（融媒体中心记者 甲 摄影 乙）); a 讯 dateline's day giving way to a day the sentence writes, not to
今天; a removal that goes on to the next clause (免去甲的…职务，乙的…职务); a memorial ceremony
(公祭活动) held; a title's last character that opens a city's short form (副县长沙某某); a village
named alone in a town's story, under the town its headline names; a county's paper that names its
towns and not itself speaks as that county (县人大代表 there); a Mongolian name of one element
after a title, and of two right after a verb of conferring; those who 也前往送别 at a farewell
ceremony; a bare 自治区 in a region's paper on a delegation from a city of another province; a
byline line that ends in 摄 credits a photographer only; a verb before the division that opens a
title chain is no part of it (叮嘱|某区委书记); a town written by its old name (甲镇), where towns of
that name lie elsewhere and the city in scope holds 甲街道 (not by a stem many counties share); a
leader whose speech a study session studies (学习贯彻某某总书记关于…) is not at it; a surname the
tagger reads as a pronoun right after a title (代表那|振宇); a meeting named only by a dated opener
(6月18日，在某某推进会上，). Invented names and organisations;
divisions and townships are real (嘉定区 310114 with 徐行镇, 外冈镇, 江桥镇; 华亭镇 is a town of
three counties; 蒲东街道 and 蒲西街道 are subdistricts of two counties both)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import (
    attendees,
    conferrals,
    event,
    events_by_name,
    extract,
    local_place_parents,
    person_names,
    posts_held,
)

from kg.extract.byline_forms import CREDIT_AFTER, credits
from kg.extract.bylines import find_bylines
from kg.model import Token

DAY = dt.date(2025, 6, 5)


def local_places(text: str) -> dict[str, str | None]:
    return local_place_parents(text, DAY)


# -- towns of one district, the district unnamed ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("本报讯 徐行镇的草编合作社和外冈镇的葡萄园昨天迎来一批游客。", {"徐行镇", "外冈镇"}),
        # a town of three counties counts where another town of its page says which
        ("本报讯 华亭镇的村民和江桥镇的志愿者一起清理河道。", {"华亭镇", "江桥镇"}),
    ],
)
def test_towns_of_one_district_are_placed_there(text: str, towns: set[str]) -> None:
    places = local_places(text)
    assert {name for name, parent in places.items() if parent == "嘉定区"} == towns


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 外冈镇的葡萄园昨天迎来一批游客。",  # one town alone: no evidence of a second
        "本报讯 蒲东街道和蒲西街道的居民一起清理河道。",  # two counties hold both names
    ],
)
def test_towns_that_do_not_single_out_a_district_stay_unplaced(text: str) -> None:
    assert local_places(text) == {}


# -- bylines ---------------------------------------------------------------------------------------


def reporters(text: str, tokens: tuple[Token, ...] = ()) -> set[str]:
    return {c.name for c in find_bylines(text, tokens) if c.role == "reporter"}


def test_a_papers_quanmei_reporter_line_is_a_byline() -> None:
    text = "一片稻田富了一方百姓\n青禾日报全媒记者 钟一鸣 通讯员 葛云 曹文博\n初夏时节，走进青禾村。"
    assert reporters(text) == {"钟一鸣", "葛云", "曹文博"}


def test_a_papers_name_before_a_word_that_is_no_role_is_no_byline() -> None:
    assert reporters("青禾日报全媒中心主任 钟一鸣 讲话\n初夏时节，走进青禾村。") == set()


def test_a_tibetan_name_of_one_element_right_after_the_role_is_a_reporter() -> None:
    text = "本报拉萨8月3日讯（记者 达娃 钟一鸣）8月3日，青禾节开幕。"
    at = text.find("达娃")
    tokens = (Token(at, at + 2, "达娃", "ORG"), Token(at + 3, at + 6, "钟一鸣", "PER"))
    assert reporters(text, tokens) == {"达娃", "钟一鸣"}


def test_a_word_the_tagger_reads_as_an_organisation_after_the_role_stays_out() -> None:
    text = "本报拉萨8月3日讯（记者 青禾 钟一鸣）8月3日，青禾节开幕。"
    at = text.find("青禾 ")
    tokens = (Token(at, at + 2, "青禾", "ORG"), Token(at + 3, at + 6, "钟一鸣", "PER"))
    assert reporters(text, tokens) == {"钟一鸣"}


# -- a cadre sent "here" -----------------------------------------------------------------------------

FEATURE = "利川市毛坝镇青禾村见闻\n几年前，青禾村还是“空壳村”。2021年5月，省生态环境厅选派干部钟一鸣{}。"


@pytest.mark.parametrize(
    "told",
    [
        "来到这里，担任驻村第一书记",
        "来到这里担任第一书记",
        "来到青禾村，担任驻村第一书记",
        "到青禾村担任驻村第一书记",
    ],
)
def test_a_cadre_sent_to_the_village_is_its_first_secretary(told: str) -> None:
    posts = {(name, role, org) for name, role, org, _ in posts_held(FEATURE.format(told), DAY)}
    assert ("钟一鸣", "第一书记", "青禾村") in posts


@pytest.mark.parametrize(
    "told",
    [
        "来到这里，担任副县长",  # "here" places only a village's titles
        "来到这里，参加劳动",  # no post
    ],
)
def test_here_gives_no_other_post_to_the_village(told: str) -> None:
    posts = posts_held(FEATURE.format(told), DAY)
    assert not any(org == "青禾村" for name, _, org, _ in posts if name == "钟一鸣")


def test_here_in_an_article_of_two_villages_is_neither() -> None:
    text = FEATURE.format("来到这里，担任驻村第一书记") + "邻近的毛坝镇石桥村也种上了茶。"
    posts = posts_held(text, DAY)
    assert not any(org in ("青禾村", "石桥村") for name, _, org, _ in posts if name == "钟一鸣")


# -- festivals ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "8月3日，2024青禾赛马节在青禾草原开幕。市委书记钟一鸣，市长葛云出席开幕式。",
            "2024青禾赛马节开幕式",
        ),
        ("8月3日，第十届青禾采茶节在青禾村开幕。市委书记钟一鸣，市长葛云出席。", "第十届青禾采茶节"),
        (
            "8月3日，以“幸福青禾”为主题的2024青禾赛马节在青禾草原开幕。市委书记钟一鸣，市长葛云出席。",
            "2024青禾赛马节",
        ),
        (
            "8月3日，以“幸福青禾”为主题的2024青禾文化节在青禾公园开幕。市委书记钟一鸣，市长葛云出席。",
            "2024青禾文化节",
        ),
    ],
)
def test_a_festival_that_opens_is_an_event_with_its_guests(text: str, name: str) -> None:
    assert events_by_name(extract(text, day=DAY)).get(name) == {"钟一鸣", "葛云"}


@pytest.mark.parametrize(
    "text",
    [
        "春节前夕，青禾公园举行游园会的筹备工作已经开始。市委书记钟一鸣出席。",  # a holiday as a time
        "节能减排工作在青禾县推进。市委书记钟一鸣出席。",  # 节 of a word
    ],
)
def test_a_holiday_or_a_word_in_jie_is_no_festival(text: str) -> None:
    assert not any("节" in name for name in events_by_name(extract(text, day=DAY)))


def test_a_village_a_body_sent_its_cadre_to_before_de_is_the_first_secretarys() -> None:
    text = "利川市毛坝镇青禾村见闻\n县委组织部派驻青禾村的第一书记钟一鸣，把茶旅融合作为突破口。"
    posts = {(name, role, org) for name, role, org, _ in posts_held(text, DAY)}
    assert ("钟一鸣", "第一书记", "青禾村") in posts


def test_a_village_before_de_with_no_verb_of_sending_gives_no_post() -> None:
    text = "利川市毛坝镇青禾村见闻\n走进青禾村的第一书记钟一鸣家，屋里摆满了茶叶。"
    assert not any(org == "青禾村" for _, _, org, _ in posts_held(text, DAY))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("7月22日，第五届青禾创新创业大赛决赛在青禾县举行。市长钟一鸣出席。", "第五届青禾创新创业大赛"),
        ("7月22日，第九届环青禾湖自行车赛第二赛段在青禾县举行。市长钟一鸣出席。", "第九届环青禾湖自行车赛"),
    ],
)
def test_a_contest_held_is_an_event(text: str, name: str) -> None:
    assert events_by_name(extract(text, day=DAY)).get(name) == {"钟一鸣"}


def test_a_contests_award_ceremony_is_the_event_not_the_contest() -> None:
    text = "7月22日，第五届青禾创新创业大赛颁奖典礼在青禾县举行。市长钟一鸣出席。"
    assert set(events_by_name(extract(text, day=DAY))) == {"第五届青禾创新创业大赛颁奖典礼"}


def test_a_contest_won_elsewhere_is_no_event() -> None:
    text = "钟一鸣曾在全国大赛中获奖，如今回到家乡创业。"
    assert events_by_name(extract(text, day=DAY)) == {}


# -- the 乡 of 乡村 ---------------------------------------------------------------------------------


def test_xiangcun_after_a_city_opens_no_township() -> None:
    # a county's own article (县委组织部): a place after the county's name may open its township
    text = (
        "走进双江拉祜族佤族布朗族傣族自治县勐库镇青禾村，茶园连片。县委组织部派驻青禾村的第一书记钟一鸣，"
        "把茶旅融合作为突破口。去年，青禾村被评为临沧市乡村振兴示范村。"
    )
    places = local_places(text)
    assert places == {"勐库镇": "双江拉祜族佤族布朗族傣族自治县", "青禾村": "勐库镇"}


def test_a_township_of_an_ethnic_name_before_a_village_stays() -> None:
    places = local_places("龙门县蓝田瑶族乡青禾村的绣娘钟一鸣说，今年订单多。")
    assert places.get("青禾村") == "蓝田瑶族乡"


# -- a herdsman's Tibetan name -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("7月19日，在称多县清水河镇，牧民尕藏扎西赶着牦牛群转场。", "尕藏扎西"),
        ("7月19日，在称多县清水河镇，渔民钟一鸣收网。", "钟一鸣"),
    ],
)
def test_a_herdsman_or_a_fisherman_before_a_name_is_evidence_of_it(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_herdsmen_alone_name_nobody() -> None:
    assert names_in("牧民们赶着牦牛群转场，渔民忙着收网。") == []


def test_a_herdsman_holds_no_post() -> None:
    assert posts_held("7月19日，在称多县清水河镇，牧民尕藏扎西赶着牦牛群转场。", DAY) == set()


def names_in(text: str) -> list[str]:
    return person_names(text, DAY)


# -- 当天 -----------------------------------------------------------------------------------------------


def test_a_sentence_opening_with_dangtian_takes_the_paragraphs_day() -> None:
    text = "7月18日，游客在祁连县拍照留念。当天，祁连县副县长钟一鸣带领工作人员在卓尔山景区检查安全工作。"
    assert event(extract(text, day=DAY)).date == "2025-07-18"


def test_dangtian_in_a_paragraph_with_no_day_takes_the_day_the_body_told_last() -> None:
    text = "7月18日，游客在祁连县拍照留念。\n当天，祁连县副县长钟一鸣带领工作人员在卓尔山景区检查安全工作。"
    assert event(extract(text, day=DAY)).date == "2025-07-18"


def test_dangtian_with_no_day_told_before_takes_the_articles() -> None:
    text = "游客在祁连县拍照留念。\n当天，祁连县副县长钟一鸣带领工作人员在卓尔山景区检查安全工作。"
    assert event(extract(text, day=DAY)).date == DAY.isoformat()


# -- a paragraph's town --------------------------------------------------------------------------------

TOUR = "11月8日，县委书记钟一鸣深入庆安县久胜镇、平安镇调研。\n在平安镇，钟一鸣来到秸秆压块站{}。镇党委书记葛云汇报了进展。"


def test_a_bare_town_organ_is_the_one_town_its_paragraph_names() -> None:
    posts = {(name, org) for name, _, org, _ in posts_held(TOUR.format(""), DAY)}
    assert ("葛云", "平安镇党委") in posts


def test_a_bare_town_organ_in_a_paragraph_of_two_towns_stays_bare() -> None:
    posts = {(name, org) for name, _, org, _ in posts_held(TOUR.format("，又到久胜镇的合作社"), DAY)}
    assert ("葛云", "镇党委") in posts


# -- a cooperative written back --------------------------------------------------------------------------


def test_a_bare_cooperative_before_a_title_is_the_one_named_last() -> None:
    text = (
        "11月8日，县委书记钟一鸣深入庆安县久胜镇调研。在久胜镇青禾村，钟一鸣走进青禾水稻种植专业合作社，"
        "察看仓储设施。合作社理事长葛云介绍，今年收获水稻8100多吨。"
    )
    posts = {(name, org) for name, _, org, _ in posts_held(text, DAY)}
    assert ("葛云", "青禾水稻种植专业合作社") in posts


def test_a_bare_cooperative_after_two_in_one_sentence_stays_bare() -> None:
    text = (
        "11月8日，县委书记钟一鸣走进青禾水稻种植专业合作社和石桥果蔬专业合作社，察看仓储设施。"
        "合作社理事长葛云介绍，今年收获水稻8100多吨。"
    )
    posts = {(name, org) for name, _, org, _ in posts_held(text, DAY)}
    assert not any(name == "葛云" and org.endswith("专业合作社") for name, org in posts)


# -- signings after a semicolon --------------------------------------------------------------------------

SIGNING = (
    "4月11日，青禾市重点项目集中签约仪式在青禾区举行。市长钟一鸣出席签约仪式。\n"
    "{}青禾科技有限公司董事长葛云与青禾区区长曹文博签署算力项目协议；"
    "石桥材料股份有限公司副总裁冯雨桐与青禾县县长杜宇航签署新材料项目协议。"
)


def test_pairs_signing_after_a_semicolon_at_a_ceremony_attend_it() -> None:
    ex = extract(SIGNING.format("签约仪式上，"), day=DAY)
    assert events_by_name(ex) == {
        "青禾市重点项目集中签约仪式": {"钟一鸣", "葛云", "曹文博", "冯雨桐", "杜宇航"}
    }


def test_pairs_signing_with_no_ceremony_opening_the_sentence_sign_on_their_own() -> None:
    ex = extract(SIGNING.format(""), day=DAY)
    assert "青禾市重点项目集中签约仪式" in events_by_name(ex)
    assert {"冯雨桐", "杜宇航"} - events_by_name(ex)["青禾市重点项目集中签约仪式"]


# -- a place inside a name ------------------------------------------------------------------------------


def test_a_county_short_form_inside_a_titled_name_is_no_place() -> None:
    ex = extract("自治区人民政府副主席贡觉卓嘎，拉萨市委副书记、市长钟一鸣出席开幕式。", day=DAY)
    assert "贡觉卓嘎" in {p.name for p in ex.persons}
    assert "贡觉县" not in {p.name for p in ex.places}
    assert "拉萨市" in {p.name for p in ex.places}


def test_a_county_short_form_before_a_name_the_tagger_made_stays_a_place() -> None:
    ex = extract("7月11日，黄河吴忠段来水平稳，巡查人员已全部到位。", day=DAY)
    assert "吴忠市" in {p.name for p in ex.places}


# -- oaths ---------------------------------------------------------------------------------------------

SITTING = (
    "本报讯 市十六届人大常委会第九次会议12月29日下午闭幕。市人大常委会主任曹文博主持会议。\n"
    "会议经表决，任命钟一鸣为青禾市生态环境局局长，任命葛云为青禾市交通委员会主任。\n"
    "闭幕会后，新任命的钟一鸣、葛云向宪法宣誓，曹文博监誓。"
)


def test_appointees_who_swear_to_the_constitution_take_an_oath_on_the_sittings_day() -> None:
    oath = event(extract(SITTING, day=dt.date(2023, 12, 30)), "宣誓")
    assert oath.name == "宪法宣誓"
    assert oath.date == "2023-12-29"


def test_swearing_of_unnamed_appointees_with_nobody_who_oversees_it_is_no_oath_event() -> None:
    named = SITTING[SITTING.index("新任命的") : SITTING.index("向宪法宣誓")]  # the appointees named
    text = SITTING.replace(named, "新任命人员").replace("，曹文博监誓", "")
    assert not any("宣誓" in ev.name for ev in extract(text, day=dt.date(2023, 12, 30)).events)


def test_swearing_of_named_appointees_is_an_oath_event_with_nobody_who_oversees_it() -> None:
    text = SITTING.replace("，曹文博监誓", "")
    oath = event(extract(text, day=dt.date(2023, 12, 30)), "宣誓")
    assert oath.date == "2023-12-29"


# -- credits written name first ---------------------------------------------------------------------------


def test_credit_after_name_pattern_examples() -> None:
    assert all(CREDIT_AFTER.find(x) for x in CREDIT_AFTER.examples)
    assert not any(CREDIT_AFTER.find(x) for x in CREDIT_AFTER.counter_examples)


def test_a_credit_line_written_name_first_names_writer_and_photographer() -> None:
    line = "（党委工作部 钟一鸣 文／葛云 图）"
    assert [(line[s:e], role) for s, e, role in credits(line) or []] == [
        ("钟一鸣", "reporter"),
        ("葛云", "photographer"),
    ]


def test_a_line_with_one_part_or_another_word_is_no_credit() -> None:
    assert credits("（钟一鸣 文）") is None
    assert credits("（党委工作部供稿 文／葛云 图）") is None


# -- （追授） ----------------------------------------------------------------------------------------------


def test_a_recipient_a_list_marks_posthumous_is_so() -> None:
    text = (
        "大会授予钟一鸣等3名同志“青禾见义勇为英雄”称号（其中追授1名）。3名“青禾见义勇为英雄”分别是："
        "青禾县公安局派出所副所长钟一鸣（追授），青禾县村民葛云（女），货车司机曹文博。"
    )
    got = {c.person: c.posthumous for c in conferrals(extract(text, day=DAY))}
    assert got == {"钟一鸣": True, "葛云": False, "曹文博": False}


# -- a county media centre's byline ------------------------------------------------------------------


def test_a_media_centres_byline_parenthesis_names_reporter_and_photographer() -> None:
    text = "汤原县举行公祭活动\n本报讯（融媒体中心记者 钟一鸣 摄影 葛云）9月30日上午，我县举行公祭活动。"
    found = {(c.role, c.name) for c in find_bylines(text)}
    assert found == {("reporter", "钟一鸣"), ("photographer", "葛云")}


def test_a_parenthesis_of_reporters_only_names_no_photographer() -> None:
    text = "汤原县举行公祭活动\n本报讯（融媒体中心记者 钟一鸣 葛云）9月30日上午，我县举行公祭活动。"
    found = {(c.role, c.name) for c in find_bylines(text)}
    assert found == {("reporter", "钟一鸣"), ("reporter", "葛云")}


# -- a 讯 dateline's day ------------------------------------------------------------------------------


def test_a_day_the_sentence_writes_dates_the_meeting_not_the_datelines() -> None:
    text = "本报11月1日讯 10月31日，青禾县第十八届人大常委会第十六次会议举行。主任钟一鸣主持会议。"
    assert event(extract(text, day=dt.date(2023, 11, 1)), "会议").date == "2023-10-31"


def test_today_after_a_xun_dateline_is_the_datelines_day() -> None:
    text = "青禾日报11月23日讯 今天上午，全省英雄模范表彰大会在长沙召开。省委副书记钟一鸣出席。"
    assert event(extract(text, day=dt.date(2023, 11, 24)), "大会").date == "2023-11-23"


# -- a removal that goes on --------------------------------------------------------------------------


def test_a_removal_goes_on_to_the_next_clause_of_a_name_and_its_post() -> None:
    text = "会议决定免去钟一鸣的县发展和改革局局长职务，葛文博的县教育和体育局局长职务。"
    posts = {(name, org) for name, _, org, _ in posts_held(text, DAY)}
    assert posts == {("钟一鸣", "县发展和改革局"), ("葛文博", "县教育和体育局")}


def test_a_clause_after_a_removal_that_names_no_post_is_no_removal() -> None:
    text = "会议决定免去钟一鸣的县发展和改革局局长职务，葛文博的意见已经转达。"
    assert {name for name, _, _, _ in posts_held(text, DAY)} == {"钟一鸣"}


# -- a memorial ceremony -------------------------------------------------------------------------------


def test_a_memorial_ceremony_held_is_an_event_with_those_who_took_part() -> None:
    text = (
        "9月30日上午，我县在县烈士陵园隆重举行2023年烈士纪念日公祭活动。"
        "县委书记钟一鸣，县长葛文博等县领导，以及干部群众300余人参加活动。"
    )
    assert events_by_name(extract(text, day=DAY)) == {"2023年烈士纪念日公祭活动": {"钟一鸣", "葛文博"}}


# -- a title cut by a short form ------------------------------------------------------------------------


def test_a_short_form_that_opens_with_a_titles_last_character_is_no_place() -> None:
    ex = extract("9月12日，如东县人大常委会副主任钟一鸣带队视察。副县长沙永年陪同视察。", day=DAY)
    assert {p.name for p in ex.places} & {"长沙市", "永年区"} == set()
    assert "沙永年" in {p.name for p in ex.persons}


def test_a_short_form_after_a_title_and_a_mark_is_a_place() -> None:
    assert "宜昌市" in {p.name for p in extract("县委常委、宜昌市委书记钟一鸣出席。", day=DAY).places}


@pytest.mark.parametrize(
    ("text", "city"),
    [("吉林省长春市委书记钟一鸣出席。", "长春市"), ("湖南省长沙市委书记钟一鸣出席。", "长沙市")],
)
def test_a_short_form_after_its_province_is_a_place_however_the_province_ends(text: str, city: str) -> None:
    assert city in {p.name for p in extract(text, day=DAY).places}


# -- villages of a town's story ---------------------------------------------------------------------------

TOWN_STORY = (
    "本报讯 6月18日，在庄寨镇上半年工作推进会上，镇党委书记钟一鸣说，今年电商销售额突破18亿元。"
    "庄寨镇是曹县电商产业的发源地。镇里建成甲楼村、乙庄村两个直播电商基地。"
)


def test_a_village_named_alone_in_a_towns_story_lies_in_the_town_its_headline_names() -> None:
    places = local_place_parents(TOWN_STORY, DAY, headline="庄寨镇：电商产业带富一方")
    assert places.get("甲楼村") == "庄寨镇"
    assert places.get("乙庄村") == "庄寨镇"


def test_a_village_named_alone_under_a_headline_of_no_town_stays_unplaced() -> None:
    places = local_place_parents(TOWN_STORY, DAY, headline="电商产业带富一方")
    assert "甲楼村" not in places


# -- a county's paper that never names itself -------------------------------------------------------------

COUNTY_PAPER = (
    "本报讯 9月12日，县人大常委会副主任钟一鸣带领部分县人大代表视察。代表们先后来到栟茶镇、洋口镇，"
    "实地察看农村生活污水治理情况。座谈会上，县人大代表、洋口镇渔湾村党总支书记葛云发言。"
)


def test_a_county_paper_that_names_its_towns_speaks_as_their_county() -> None:
    places = {(name, org, place) for name, _, org, place in posts_held(COUNTY_PAPER, DAY)}
    assert ("钟一鸣", "如东县人大常委会", "320623") in places


def test_towns_of_an_unnamed_county_in_an_article_of_no_county_voice_leave_the_home_alone() -> None:
    text = COUNTY_PAPER.replace("县人大常委会副主任", "市人大常委会副主任").replace(
        "县人大代表", "市人大代表"
    )
    assert not any(place == "320623" for _, _, _, place in posts_held(text, DAY))


# -- Mongolian names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("自治区总工会主席巴雅尔主持大会。", "巴雅尔"),  # one element of three characters after a title
        (
            "自治区总工会决定授予孟根巴特尔等100名职工五一劳动奖章。",
            "孟根巴特尔",
        ),  # two after 授予, before 等
    ],
)
def test_a_mongolian_name_where_the_grammar_puts_a_name(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "自治区总工会主席乌云主持大会。",  # one element of two characters: a word too often
        "天空中乌云密布，草原上一片寂静。",  # elements with no title before
        "自治区总工会决定授予孟根巴特尔嘎查集体荣誉。",  # two elements after 授予 that no 等 closes
    ],
)
def test_mongolian_elements_where_no_grammar_puts_a_name_are_no_name(text: str) -> None:
    assert not {"乌云", "孟根巴特尔"} & set(names_in(text))


# -- farewells ----------------------------------------------------------------------------------------------

FAREWELL = (
    "11月14日上午，王某某同志遗体告别仪式在沈阳市回龙岗革命公墓举行。省委副书记钟一鸣，"
    "省人大常委会主任葛云等前往送别。省领导曹文博、杜宇航，曾在我省工作的老同志何一鸣也前往送别。"
)


def test_all_who_go_to_a_farewell_ceremony_attend_that_ceremony() -> None:
    events = events_by_name(extract(FAREWELL, day=DAY))
    assert events == {"王某某同志遗体告别仪式": {"钟一鸣", "葛云", "曹文博", "杜宇航", "何一鸣"}}


def test_seeing_a_guest_off_is_no_farewell_attendance() -> None:
    text = "5月4日，青禾市推介会在青禾宾馆举行。市长钟一鸣出席推介会。会后，葛云到机场为客人送行。"
    assert events_by_name(extract(text, day=DAY)) == {"青禾市推介会": {"钟一鸣"}}


# -- a bare 自治区 -------------------------------------------------------------------------------------------

REGION_PAPER = (
    "本报百色7月25日讯 7月24日至25日，深圳市委副书记、市长钟一鸣率深圳市党政代表团到百色市考察。"
    "25日下午，联席会议在百色市召开。自治区副主席葛云出席联席会议。"
)


def test_a_bare_region_is_the_one_the_articles_places_lie_in_when_home_is_another_provinces() -> None:
    assert ("葛云", "副主席", "广西壮族自治区人民政府", "450000") in posts_held(REGION_PAPER, DAY)


def test_a_bare_region_in_an_article_of_no_region_stands_for_nothing() -> None:
    text = REGION_PAPER.replace("百色", "韶关")
    assert not any(org.endswith("自治区人民政府") for _, _, org, _ in posts_held(text, DAY))


# -- a photo credit on a byline line -------------------------------------------------------------------


def test_a_byline_line_that_ends_in_she_credits_a_photographer_only() -> None:
    text = "防汛一线\n本报记者 钟一鸣摄\n县里召开会议。"
    assert {(c.role, c.name) for c in find_bylines(text)} == {("photographer", "钟一鸣")}


def test_a_byline_line_of_a_photo_report_credits_both() -> None:
    text = "防汛一线\n本报记者 钟一鸣 摄影报道\n县里召开会议。"
    assert {(c.role, c.name) for c in find_bylines(text)} == {
        ("reporter", "钟一鸣"),
        ("photographer", "钟一鸣"),
    }


# -- a verb before a chain ----------------------------------------------------------------------------------


def test_a_verb_before_the_division_that_opens_a_chain_is_no_part_of_it() -> None:
    text = "市长曹文博叮嘱房山区委书记钟一鸣和河北镇党委书记葛云，要加强巡查。"
    orgs = {(name, org) for name, _, org, _ in posts_held(text, DAY)}
    assert ("钟一鸣", "房山区委") in orgs


def test_a_verb_inside_a_village_name_after_its_division_stays_in_the_chain() -> None:
    text = "会上，东明县前进村党支部书记钟一鸣作交流发言。"
    assert any(name == "钟一鸣" and "前进村" in org for name, _, org, _ in posts_held(text, DAY))


# -- a town written by its old name -------------------------------------------------------------------------


@pytest.mark.parametrize(("town", "district"), [("望京镇", "朝阳区"), ("天坛镇", "东城区")])
def test_a_town_by_its_old_name_is_the_subdistrict_of_the_city_in_scope(town: str, district: str) -> None:
    text = f"本报讯 5月6日，北京市副市长钟一鸣深入{town}，调研老旧小区改造工作。"
    assert local_places(text) == {town: district}


def test_a_town_of_its_own_name_in_the_city_in_scope_is_that_town() -> None:
    text = "本报讯 5月6日，长治市副市长钟一鸣深入西火镇，调研秋粮收购工作。"
    assert local_places(text) == {"西火镇": "上党区"}


def test_a_common_stem_names_no_renamed_town() -> None:
    assert local_places("平遥县和城关镇的干部参加了培训。") == {}


def test_a_preposition_between_a_title_and_a_short_form_leaves_the_place() -> None:
    assert "晋城市" in {p.name for p in extract("省委书记在晋城调研", day=DAY).places}


# -- a speech studied --------------------------------------------------------------------------------------


def test_a_leader_whose_speech_is_studied_is_not_at_the_study() -> None:
    text = (
        "3月14日上午，县委理论学习中心组举行第二次集体学习，深入学习贯彻钟一鸣总书记关于发展新质生产力的"
        "重要论述和重要讲话精神。县委书记葛云主持并讲话。"
    )
    assert events_by_name(extract(text, day=DAY)) == {"县委理论学习中心组第二次集体学习": {"葛云"}}


def test_a_leader_who_speaks_at_a_study_is_at_it() -> None:
    text = "3月14日上午，县委理论学习中心组举行第二次集体学习。县委书记钟一鸣主持并讲话，县长葛云发言。"
    assert events_by_name(extract(text, day=DAY)) == {"县委理论学习中心组第二次集体学习": {"钟一鸣", "葛云"}}


# -- a surname read as a pronoun ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("退役军人代表那振华在发言中表示，要发挥示范带头作用。", "那振华"),
        ("省委常委、副省长那桂英出席。", "那桂英"),  # 桂 is a surname, but no common one
    ],
)
def test_a_surname_read_as_a_pronoun_after_a_title_opens_the_name(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_common_surname_after_a_function_word_still_opens_the_name() -> None:
    assert names_in("主任向王明介绍情况。") == ["王明"]


# -- a meeting named by a dated opener -----------------------------------------------------------------------

OPENER = (
    "本报讯 “今年全镇电商销售额突破18亿元。”{}在青禾镇上半年工作总结暨重点工作推进会上，镇党委书记钟一鸣"
    "在工作报告中说。会议由镇长葛云主持。镇人大主席曹文博参加会议。"
)


def test_a_meeting_named_only_by_a_dated_opener_is_the_meeting_reported() -> None:
    ex = extract(OPENER.format("6月18日，"), day=DAY)
    meeting = event(ex, "推进会")
    assert meeting.name == "青禾镇上半年工作总结暨重点工作推进会"
    assert meeting.date == "2025-06-18"
    assert set(attendees(ex, meeting)) == {"钟一鸣", "葛云", "曹文博"}


def test_a_meeting_named_only_by_an_undated_opener_is_no_event_of_its_own() -> None:
    assert not any("推进会" in ev.name for ev in extract(OPENER.format(""), day=DAY).events)


def test_shui_is_a_surname_in_a_removal_list() -> None:
    assert "税立新" in names_in("会议决定免去税立新的县发展和改革局局长职务。")
