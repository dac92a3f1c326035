"""Rules of round 26, each general grammar with examples and counter-examples: a biography whose
post held now opens the next sentence (…加入中国共产党。现任…), the national table of townships
(which county a township named alone lies in, and a district's paper that names its towns and not
itself), a name of a rare surname between two names of a list, a name after a title that the
tagger reads as a person in its sentence only, and a signing by two named signers.
Invented names and organisations; divisions and townships are real (太原市 140100, 晋源区 140110
with 晋祠镇 and 金胜镇, 定兴县 130626, 天津市 120000, 蓟州区 120119 with 杨津庄镇, 吉林市 220200)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import (
    attendees,
    event,
    extract,
    honoured_persons,
    local_place_parents,
    person_names,
    posts_held,
)

from kg.extract.divisions import gazetteer
from kg.extract.townships import counties_of, county_of, county_within, named_townships

DAY = dt.date(2025, 6, 5)


def held(text: str, headline: str | None = None) -> set[tuple[str, str, str, str | None]]:
    return posts_held(text, DAY, headline)


def names(text: str) -> list[str]:
    return person_names(text, DAY)


def place_parents(text: str, headline: str | None = None) -> dict[str, str | None]:
    return local_place_parents(text, DAY, headline)


# -- a biography's post held now, in the next sentence ------------------------------------------------


BIO = "　　王振华，男，汉族，1978年3月生，山西平遥人，大学学历，2000年7月参加工作，1999年6月加入中国共产党。"


def test_a_biographys_xianren_sentence_after_the_names_gives_the_posts_held_now() -> None:
    text = BIO + "现任太原市晋源区委副书记、区人民政府区长，拟任晋源区委书记。"
    got = {(person, role) for person, role, _, _ in held(text)}
    assert got == {("王振华", "副书记"), ("王振华", "区长")}  # 拟任 is a proposal: no post


def test_a_xianren_sentence_is_not_a_name_of_the_sentence_before_that_does_not_open_with_it() -> None:
    text = "　　会上，王振华作了发言。现任太原市晋源区委副书记的同志参加。"
    assert not any(role == "副书记" for _, role, _, _ in held(text))


def test_a_xianren_sentence_in_the_next_paragraph_is_not_the_names() -> None:
    text = BIO + "\n　　现任太原市晋源区委副书记。"
    assert held(text) == set()


# -- the national table of townships ------------------------------------------------------------------


def test_the_table_gives_the_county_of_a_township_unique_in_its_city() -> None:
    gaz = gazetteer()
    assert county_within("晋祠镇", "140100", gaz) == "140110"
    assert county_within("杨津庄镇", "120000", gaz) == "120119"


def test_a_township_of_several_counties_of_the_area_has_none() -> None:
    assert len(counties_of("城关镇")) > 10
    assert county_within("城关镇", "100000", gazetteer()) is None


def test_a_town_named_by_its_old_level_word_is_found_by_its_stem() -> None:
    gaz = gazetteer()
    assert counties_of("晋祠乡") == counties_of("晋祠镇")  # 撤乡设镇: the old name is still written
    assert county_of("晋祠乡", "140100", (), gaz) == "140110"
    assert counties_of("晋乡") == ()  # a stem of one character is none


def test_a_township_placed_in_a_county_of_the_table_stays_there() -> None:
    gaz = gazetteer()
    assert county_of("晋祠镇", "140110", ("140110",), gaz) is None  # the grammar's county stands
    # placed in another county: the one the article names that holds it
    assert county_of("姚村镇", "140121", ("140121", "140110"), gaz) == "140110"
    assert county_of("姚村镇", "140121", ("140121",), gaz) is None


def test_a_township_named_alone_is_placed_in_its_county() -> None:
    text = "6月3日，太原市委书记王振华到晋祠镇、金胜镇调研乡村振兴工作。"
    assert place_parents(text) == {"晋祠镇": "晋源区", "金胜镇": "晋源区"}


def test_a_township_after_its_city_is_placed_in_its_county() -> None:
    text = "天津市杨津庄镇党委书记李明华介绍了今年的工作。"
    assert place_parents(text)["杨津庄镇"] == "蓟州区"


@pytest.mark.parametrize(
    "text",
    [
        "吉林市提出，加快推进小城镇建设，提升县域承载能力。",  # 小城镇: one ordinary word, though a town of 舒兰市
        "太原市各县区要发展乡镇企业。",  # 发展乡 ends inside the word 乡镇
    ],
)
def test_a_word_that_reads_as_an_ordinary_noun_is_no_township(text: str) -> None:
    assert place_parents(text) == {}


def test_named_townships_takes_the_longest_name_and_skips_places_found() -> None:
    ex = extract("太原市晋祠镇和金胜镇。", day=DAY)
    text = ex.article.text
    found = named_townships(ex, [])
    assert [(name, county) for _, name, county in found] == [("晋祠镇", "140110"), ("金胜镇", "140110")]
    start = text.index("晋祠镇")
    assert [name for _, name, _ in named_townships(ex, [(start, start + 3)])] == ["金胜镇"]


def test_a_township_of_a_city_its_sentence_names_is_placed_on_a_page_of_another_home() -> None:
    text = (
        "　　6月2日，太原市委书记王振华在晋祠镇调研。太原市长李建国参加。\n"
        "　　6月3日，蓟州区委书记赵国栋在杨津庄镇检查防汛准备工作。\n"
    )
    assert place_parents(text)["杨津庄镇"] == "蓟州区"
    ex = extract(text, day=DAY)
    assert ex.home == "140100"  # 太原市: 杨津庄镇 is found by the 蓟州区 of its sentence
    assert ("杨津庄镇", "120119") in {(name, county) for _, name, county in named_townships(ex, [])}
    ex = extract(text, day=DAY)
    assert ex.home == "140100"  # 太原市: 杨津庄镇 is found by the 蓟州区 of its sentence
    assert ("杨津庄镇", "120119") in {(name, county) for _, name, county in named_townships(ex, [])}


def test_a_districts_paper_that_names_its_towns_gives_its_bare_organs_to_that_district() -> None:
    text = (
        "　　本报讯 6月3日，我区召开项目建设推进会。区委书记王振华出席并讲话，区委副书记、区长李建国主持。"
        "\n　　与会人员先后来到晋祠镇、金胜镇的项目现场。"
    )
    got = held(text, headline="太原市晋源区融媒体中心")
    assert ("王振华", "书记", "晋源区委", "140110") in got
    assert ("李建国", "区长", "晋源区人民政府", "140110") in got


def test_towns_of_two_districts_give_a_bare_organ_to_neither() -> None:
    text = "　　区委书记王振华先后来到晋祠镇和杨津庄镇。"
    assert all(jurisdiction is None for _, _, _, jurisdiction in held(text))


# -- a name of a rare surname between two names of a list --------------------------------------------


def test_a_three_character_item_between_two_names_is_a_name() -> None:
    assert "星建国" in names("区领导王志强、李慧敏、星建国、赵国栋参加。")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("出席会议的有王志强、国务院、李慧敏。", "国务院"),  # an organisation's whole name
        ("王志强、李慧敏、太原市、赵国栋出席。", "太原市"),  # a place
        ("王志强、李慧敏、副县长、赵国栋出席。", "副县长"),  # a title
    ],
)
def test_an_item_between_names_that_is_an_organisation_place_or_title_is_none(text: str, item: str) -> None:
    assert item not in names(text)


# -- a name after a title that the tagger reads as a person in its sentence ---------------------------


def test_a_name_after_a_title_read_as_a_person_in_its_sentence_is_a_name() -> None:
    assert "依坎" in names("村委会主任依坎说：“今年的茶叶收成不错。”")


def test_a_word_after_a_title_read_as_a_verb_is_no_name() -> None:
    assert names("合作社理事长扎堆说：“今年的茶叶收成不错。”") == []


# -- a signing by two named signers -------------------------------------------------------------------


def test_two_named_signers_make_a_signing_event_they_attend() -> None:
    text = (
        "　　本报讯 6月3日，市长王振华会见某某新能源集团有限公司董事长李建国一行。"
        "会见后，副市长赵国栋与某某新能源集团总经理刘志明代表双方签署战略合作框架协议。"
    )
    ex = extract(text, day=DAY)
    assert event(ex, "签约").name == "战略合作框架协议签约"
    assert set(attendees(ex, event(ex, "签约"))) == {"赵国栋", "刘志明"}
    assert event(ex, "签约").date == "2025-06-03"


def test_a_signing_of_a_titled_document_is_dated_by_its_sentence_not_the_title() -> None:
    text = "　　6月3日，王振华与李建国代表两市签署了《甲市·乙市2025—2027年对口协作框架协议》。"
    ev = event(extract(text, day=DAY), "签约")
    assert ev.date == "2025-06-03"
    assert ev.name == "甲市·乙市2025—2027年对口协作框架协议签约"


@pytest.mark.parametrize(
    "text",
    [
        "　　6月3日，王振华与某某新能源集团有限公司签署战略合作框架协议。",  # one signer named
        "　　6月3日，王振华与李建国将签署战略合作框架协议。",  # to come
        "　　6月3日，王振华与李建国签署意见。",  # no agreement
    ],
)
def test_no_signing_event_without_two_signers_or_a_signed_agreement(text: str) -> None:
    assert not any("签约" in ev.name for ev in extract(text, day=DAY).events)


def test_a_signing_told_at_a_meeting_told_before_is_a_part_of_it() -> None:
    text = (
        "　　6月3日，甲市与乙市对口协作座谈会在甲市召开。市委书记王振华出席。"
        "会上，王振华与李建国代表两市签署了对口协作框架协议。"
    )
    ex = extract(text, day=DAY)
    assert not any("签约" in ev.name for ev in ex.events)
    assert "李建国" in set(attendees(ex, event(ex, "座谈会")))


def test_a_signing_after_the_sentence_that_names_its_ceremony_is_that_ceremony() -> None:
    text = (
        "　　6月3日，市长王振华会见某某新能源集团有限公司董事长李建国一行。"
        "会见后，举行了项目签约仪式。副市长赵国栋与某某新能源集团总经理刘志明代表双方签署项目投资协议。"
    )
    ex = extract(text, day=DAY)
    assert [ev.name for ev in ex.events if "签约" in ev.name] == ["项目签约仪式"]
    assert {"赵国栋", "刘志明"} <= set(attendees(ex, event(ex, "签约")))


# -- a roll line of two jobs; a district's name two cities hold ----------------------------------------


ROLL = (
    "2024年度某市见义勇为先进分子名单\n"
    "　　市政府决定，授予王晓东等2名同志“某市见义勇为先进分子”称号。\n"
    "王晓东　太原市公共交通集团有限公司驾驶员\n"
    "李建国　太原市第三人民医院急诊科医生、太原市红十字应急救护志愿服务队队员\n"
)


def test_a_roll_line_of_two_jobs_joined_by_dun_gives_both() -> None:
    got = {(person, role) for person, role, _, _ in held(ROLL)}
    assert {("李建国", "医生"), ("李建国", "队员"), ("王晓东", "驾驶员")} <= got


def test_a_roll_line_of_a_job_and_no_job_gives_none_of_them() -> None:
    text = ROLL.replace("太原市红十字应急救护志愿服务队队员", "热心肠")
    assert not any(person == "李建国" for person, _, _, _ in held(text))


def test_a_district_two_cities_hold_is_the_one_of_the_city_its_neighbours_lie_in() -> None:
    text = "鞍山市政府要求，铁东区、铁西区、立山区、千山区要在政务服务便利化上先行先试。"
    parents = {p.name: p.parent for p in extract(text, day=DAY).places}
    assert parents["铁西区"] == "210300"  # 鞍山市, not 沈阳市's 铁西区
    text = "沈阳市政府要求，和平区、铁西区、皇姑区要在政务服务便利化上先行先试。"
    assert {p.name: p.parent for p in extract(text, day=DAY).places}["铁西区"] == "210100"


# -- a tour of the company of the article's own news -------------------------------------------------


COMPANY_NEWS = (
    "太原重型精工集团荣获全国五一劳动奖状\n"
    "　　太原重型精工集团有限公司是省属重点国有企业。近年来，集团坚持创新驱动。\n"
    "　　4月29日，市委书记王振华到集团看望慰问获奖职工代表。\n"
)


def test_a_tour_to_the_bare_company_of_its_own_news_visits_that_company() -> None:
    ev = event(extract(COMPANY_NEWS, day=DAY), "看望慰问")
    assert len(ev.sites) == 1 and ev.sites[0].startswith("太原重型精工集团")  # the headline's name
    assert set(attendees(extract(COMPANY_NEWS, day=DAY), ev)) == {"王振华"}


def test_a_tour_to_enterprises_at_large_is_no_visit_of_the_company() -> None:
    text = COMPANY_NEWS.replace("到集团看望慰问获奖职工代表", "到企业看望慰问获奖职工代表")
    assert not any("看望慰问" in ev.name for ev in extract(text, day=DAY).events)


# -- a visit of a party to a company located somewhere -----------------------------------------------


def test_a_party_visiting_a_company_located_in_a_district_is_a_tour_of_all_listed() -> None:
    text = "　　9月18日，推介会前，市委书记王振华、市长李建国一行走访了位于南山区的深圳星河机器人有限公司。"
    ev = event(extract(text, day=DAY), "走访")
    assert ev.name == "李建国走访深圳星河机器人有限公司"
    assert set(attendees(extract(text, day=DAY), ev)) == {"王振华", "李建国"}


def test_a_company_named_after_a_verb_of_no_visit_is_no_tour() -> None:
    text = "　　9月18日，市长李建国一行了解了位于南山区的深圳星河机器人有限公司的情况。"
    assert not any(ev.kind == "Inspection" for ev in extract(text, day=DAY).events)


# -- batch 33: a roll's name to its space, a cadre stationed in a village, the home of a city's tour ---


def test_a_roll_name_the_tagger_cut_short_runs_to_the_space() -> None:
    text = (
        "　　市委、市政府决定，授予王建华等3名同志“全市乡村振兴工作先进个人”称号。\n"
        "王建华　承德县六沟镇党委书记\n"
        "呼延立新　承德县六沟镇党委副书记\n"
        "司马立春　宽城满族自治县农业农村局局长\n"
    )
    assert names(text) == ["司马立春", "呼延立新", "王建华"]


def test_a_name_that_ends_before_the_space_stays_as_found() -> None:
    text = "　　市委决定，授予王建华等2名同志“先进个人”称号。\n王建华　承德县六沟镇党委书记\n李华　承德县六沟镇镇长\n"
    assert names(text) == ["李华", "王建华"]


def test_a_cadre_stationed_in_a_village_written_with_its_divisions_holds_the_villages_post() -> None:
    text = (
        "　　授予王建华等2名同志“先进个人”称号。\n"
        "王建华　承德县六沟镇党委书记\n"
        "李建国　承德市农业农村局驻丰宁满族自治县土城镇南营村第一书记\n"
    )
    got = {(p, r, o) for p, r, o, _ in held(text)}
    assert ("李建国", "第一书记", "南营村") in got


def test_a_commission_stationed_in_a_bureau_stays_the_commissions() -> None:
    text = "　　承德市纪委监委驻市公安局纪检监察组组长李建国出席。"
    assert {(p, r, o) for p, r, o, _ in held(text)} == {
        ("李建国", "组长", "承德市纪委监委驻市公安局纪检监察组")
    }


def test_a_city_named_once_is_no_home_over_the_city_whose_districts_the_tour_names() -> None:
    text = (
        "　　7月16日，市委副书记、市长李建国深入巴宜区、工布江达县调研。"
        "在巴宜区鲁朗镇，来自四川成都的游客王小明说，服务越来越好。"
        "巴宜区委书记赵国栋介绍了情况。工布江达县县长刘志明汇报了工作。"
    )
    ex = extract(text, day=DAY)
    assert ex.home == "540400"  # 林芝市
    assert ("李建国", "市长", "林芝市人民政府", "540400") in held(text)


def test_a_township_of_the_table_takes_the_village_after_it() -> None:
    text = "　　7月17日，林芝市市长李建国前往错高乡结巴村调研。"
    assert place_parents(text) == {"错高乡": "工布江达县", "结巴村": "错高乡"}


# -- batch 34: a roll that prints the post first, a town whose name ends in 城镇, a village's cadre ----


POST_FIRST = (
    "　　市委、市政府决定，授予王建华等4名同志“全市乡村振兴工作先进个人”称号。\n"
    "　　希望受表彰的先进个人珍惜荣誉，再创佳绩。\n"
    "全市乡村振兴工作先进个人（4名）\n"
    "岳西县莲云乡腾云村党总支书记　王建华\n"
    "潜山市天柱山镇农业综合服务站站长　李秀华（女）\n"
    "望江县乡村振兴服务中心主任　查建明\n"
    "桐城市孔城镇副镇长　方志宇\n"
)


def test_a_roll_that_prints_the_post_first_confers_on_every_name_closing_a_line() -> None:
    ex = extract(POST_FIRST, day=DAY)
    assert honoured_persons(ex) == {"王建华", "李秀华", "查建明", "方志宇"}


def test_a_name_closing_a_roll_line_is_found_where_the_tagger_reads_none() -> None:
    assert "查建明" in names(POST_FIRST)


def test_a_line_of_prose_ending_in_a_spaced_word_gives_no_name() -> None:
    text = POST_FIRST + "　　会议要求各地认真学习先进事迹　查建明\n"
    assert names(text).count("查建明") == 1  # one person, found on the roll line only


def test_a_town_whose_name_ends_in_chengzhen_heads_its_government() -> None:
    got = held("　　桐城市孔城镇副镇长方志宇说，今年要抓好项目建设。")
    assert got == {("方志宇", "副镇长", "桐城市孔城镇人民政府", "340881/孔城镇")}


def test_new_urbanisation_is_no_town() -> None:
    assert place_parents("　　安庆市要推进新型城镇建设。") == {}


def test_a_villages_first_secretary_written_with_its_divisions_serves_the_village() -> None:
    got = held("　　潜山市龙潭乡万涧村驻村第一书记章立涛介绍了情况。")
    assert got == {("章立涛", "第一书记", "潜山市龙潭乡万涧村", "340882/龙潭乡/万涧村")}


def test_a_city_leaders_tour_of_a_county_level_city_and_a_county_keeps_the_bare_mayor_the_citys() -> None:
    text = (
        "　　4月11日，市委副书记、市长李建国深入井冈山市、吉安县调研。井冈山市委书记赵国栋、市长刘志明，"
        "吉安县委书记王振华陪同。在吉安县永和镇，李建国察看了项目。吉安县县长陈立新汇报了工作。"
    )
    got = held(text)
    assert ("李建国", "市长", "吉安市人民政府", "360800") in got
    assert ("刘志明", "市长", "井冈山市人民政府", "360881") in got


def test_a_county_level_citys_own_news_keeps_its_bare_mayor() -> None:
    text = (
        "　　4月11日，井冈山市召开项目推进会。市委书记赵国栋出席，市长刘志明主持。井冈山市各乡镇负责人参加。"
    )
    assert ("刘志明", "市长", "井冈山市人民政府", "360881") in held(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市人大常委会副主任马建华、欧阳平、刘秀兰（女）、车立新，秘书长孙德明出席。", "车立新"),
        ("会议由王小明、李建华、车志远主持。", "车志远"),
    ],
)
def test_the_last_item_of_a_list_of_names_before_a_mark_is_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["王小明、李华、好同志，都来了。", "王小明、李华、一起走。"])
def test_a_last_item_that_is_no_name_stays_none(text: str) -> None:
    assert names(text) == ["李华", "王小明"]


def test_pairs_of_signers_after_a_ceremony_named_in_their_paragraph_are_its_attendees() -> None:
    text = (
        "　　6月3日，市长王振华会见某某新能源集团有限公司董事长李建国一行。\n"
        "　　会见后，双方举行签约仪式。副市长赵国栋与某某新能源集团副总经理刘志明代表双方签署战略合作框架协议；"
        "某区区长陈立新与某某新能源集团分公司总经理孙德明签署项目投资协议。"
    )
    ex = extract(text, day=DAY)
    assert [ev.name for ev in ex.events if "签" in ev.name] == ["签约仪式"]
    assert {"赵国栋", "刘志明", "陈立新", "孙德明"} <= set(attendees(ex, event(ex, "签约")))


# -- verbs of inviting end a chain; an expert holds no post --------------------------------------------


@pytest.mark.parametrize("verb", ["请来", "邀请"])
def test_a_verb_of_inviting_ends_the_chain_before_the_name(verb: str) -> None:
    text = f"　　合作社还{verb}海南省农业科学院茶叶研究所副所长林立清到村里开展技术培训。"
    assert {(p, r, o) for p, r, o, _ in held(text)} == {("林立清", "副所长", "海南省农业科学院茶叶研究所")}


@pytest.mark.parametrize(
    "text",
    [
        "　　来自中国农业大学的专家韩立清表示，展会展示了新品种。",
        "　　中国农业大学专家韩立清说，展会展示了新品种。",
    ],
)
def test_an_expert_of_a_university_holds_no_post(text: str) -> None:
    assert held(text) == set()
    assert "韩立清" in names(text)


def test_a_professor_of_a_university_holds_no_post_but_a_job_title() -> None:
    # a professional grade (职称), no post (职务): round 29 (tests/test_mixed_h40.py)
    assert held("　　中国农业大学教授韩立清说，展会展示了新品种。") == set()
    ex = extract("　　中国农业大学教授韩立清说，展会展示了新品种。")
    assert [c.title for c in ex.callings] == ["中国农业大学教授"]


# -- a tour that inspects preparations; a tour of a named site -----------------------------------------


def test_a_tour_inspecting_preparations_is_reported_not_planned() -> None:
    text = "　　4月20日，副市长王振华到寿光蔬菜高科技示范园检查筹备工作，寿光市市长李建国陪同。"
    assert set(attendees(extract(text, day=DAY), event(extract(text, day=DAY), "检查"))) == {
        "王振华",
        "李建国",
    }


def test_an_event_in_preparation_is_still_planned() -> None:
    assert (
        extract("　　第二十五届蔬菜科技博览会正在筹备中，各展馆布展工作进入冲刺阶段。", day=DAY).events == ()
    )


def test_a_tour_of_a_site_that_names_no_place_visits_the_site() -> None:
    ev = event(extract("　　4月20日，副市长王振华到蔬菜高科技示范园检查防汛工作。", day=DAY), "检查")
    assert ev.sites == ("蔬菜高科技示范园",)
