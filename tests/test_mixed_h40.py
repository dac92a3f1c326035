"""Rules of round 29, each general grammar with examples and counter-examples: a pronoun's or a
time's word (那天, 那时, 那里) right after a title is no name, though its first character is a
surname (那); a Turkic name's last syllable 地 (吐尔地) that the tagger reads as a particle, and an
adverb after a dotted name (认真, 一直) that it glued on; a fair named for its host and its venue's
place in brackets (某市（上海）某某推介会); the people of a sentence that opens at a meeting told
before by its word (推介会上，甲推介了…), but for those it honours; the signers of projects signed
on site at an event (现场签约项目12个。其中，甲与乙签约某某项目). Invented names and organisations.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import (
    attendees,
    conferrals,
    event,
    events_by_name,
    extract,
    extract_page,
    holdings,
    honoured_units,
    local_place_parents,
    person_names,
    placed_posts,
)

from kg.extract.byline_forms import MEDIA_DATELINE, SITE_META
from kg.extract.bylines import find_bylines
from kg.ingest.patterns import NamedPattern

DAY = dt.date(2025, 6, 5)


def local_places(text: str) -> dict[str, str | None]:
    return local_place_parents(text, DAY)


# -- a word of time or place after a title -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "村党支部书记那天说，今年的收成不错。",
        "村委会主任那时说，路修好了。",
        "合作社理事长那年说，要把茶叶卖出去。",
        "党委书记那里说，好。",
    ],
)
def test_a_word_of_time_after_a_title_is_no_name(text: str) -> None:
    assert person_names(text, DAY) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("人大代表那卓远说，好。", "那卓远"),
        ("副主席那向东说，要抓好落实。", "那向东"),
        ("村党支部书记那天说，合作社理事长那晓岚说，好。", "那晓岚"),
    ],
)
def test_a_surname_na_after_a_title_still_opens_a_name(text: str, name: str) -> None:
    assert name in person_names(text, DAY)


# -- a Turkic name's closing 地, an adverb after a dotted name -----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县委副书记艾山·吐尔地主持会议。", "艾山·吐尔地"),
        ("会议由副县长阿不都·吐尔地主持。", "阿不都·吐尔地"),
        ("村民吐尔逊·吐尔地认真听讲。", "吐尔逊·吐尔地"),
        ("吐尔洪·吐尔地一直在村里工作。", "吐尔洪·吐尔地"),
    ],
)
def test_a_turkic_names_last_syllable_di_is_the_names(text: str, name: str) -> None:
    assert person_names(text, DAY) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副县长艾力江·吐尔逊认真听取汇报。", "艾力江·吐尔逊"),
        ("副县长阿不都·热合曼一直在抓这项工作。", "阿不都·热合曼"),
    ],
)
def test_an_adverb_after_a_dotted_name_is_no_part_of_it(text: str, name: str) -> None:
    assert person_names(text, DAY) == [name]


# -- a venue's place in brackets in an event's name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "9月11日，2023合肥（上海）新能源产业招商推介会在上海举行。市长邵启航出席并致辞。",
            "2023合肥（上海）新能源产业招商推介会",
        ),
        (
            "5月8日，赣州（深圳）电子信息产业对接会在深圳召开。副市长钟立言出席。",
            "赣州（深圳）电子信息产业对接会",
        ),
        (
            "9月8日，2023中国（天水）数字经济博览会在天水开幕。副市长钟立言出席。",
            "2023中国（天水）数字经济博览会",
        ),
    ],
)
def test_a_fairs_venue_in_brackets_is_a_part_of_its_name(text: str, name: str) -> None:
    assert list(events_by_name(extract(text, day=DAY))) == [name]


def test_a_bracket_that_holds_no_place_is_no_part_of_a_name() -> None:
    ex = extract("本报讯（记者钟立言）全市安全生产工作会议9月1日召开。市长邵启航出席。", day=DAY)
    assert list(events_by_name(ex)) == ["全市安全生产工作会议"]


# -- the people of a sentence that opens at a meeting told before by its word -------------------

_FAIR = "9月11日，2023合肥（上海）新能源产业招商推介会在上海举行。市长邵启航出席并致辞。"


def test_the_people_of_a_sentence_at_the_meeting_told_before_attend_it() -> None:
    ex = extract(_FAIR + "推介会上，市投资促进中心主任卜立群推介了投资环境。", day=DAY)
    assert events_by_name(ex)["2023合肥（上海）新能源产业招商推介会"] == {"邵启航", "卜立群"}


def test_the_people_a_sentence_at_the_meeting_honours_do_not_attend_it() -> None:
    text = (
        "4月28日，全市劳动模范表彰大会在市会展中心举行。市长邵启航出席并讲话。"
        "表彰大会上，市机床厂高级技师钟立言、市第二医院主任医师卜立群等10人荣获“市劳动模范”称号。"
    )
    assert events_by_name(extract(text, day=DAY))["全市劳动模范表彰大会"] == {"邵启航"}


# -- projects signed on site at an event -------------------------------------------------------

_SIGNED = (
    "现场共签约项目8个，总投资56亿元。其中，庐阳区区长钟立言与上海星禾科技有限公司总经理卜立群签约储能电池项目；"
    "肥西县县长邬向东与苏州恒川机械有限公司董事长檀明海签约精密结构件项目。"
)


def test_the_signers_of_projects_signed_on_site_attend_the_event() -> None:
    ex = extract(_FAIR + _SIGNED, day=DAY)
    assert events_by_name(ex) == {
        "2023合肥（上海）新能源产业招商推介会": {"邵启航", "钟立言", "卜立群", "邬向东", "檀明海"}
    }


def test_a_project_signed_with_no_word_of_the_site_is_no_event_and_no_attendance() -> None:
    text = (
        "9月11日，合肥新能源产业招商推介会在上海举行。市长邵启航出席并致辞。"
        "此前，庐阳区区长钟立言与上海星禾科技有限公司总经理卜立群签约储能电池项目。"
    )
    assert events_by_name(extract(text, day=DAY)) == {"合肥新能源产业招商推介会": {"邵启航"}}


def test_an_agreement_signed_on_site_stays_a_signing_of_its_own() -> None:
    text = (
        _FAIR
        + "现场共签约项目8个。其中，庐阳区区长钟立言与上海星禾科技有限公司总经理卜立群代表双方签署储能电池项目合作协议。"
    )
    found = events_by_name(extract(text, day=DAY))
    assert found["储能电池项目合作协议签约"] == {"钟立言", "卜立群"}


# -- a Uyghur or Kazakh name of nine characters or more in an appointment list -----------------


def test_a_long_dotted_name_in_an_appointment_list_is_an_appointee() -> None:
    ex = extract("六、任命钟立言、艾力江·阿不都热依木（女）、檀明海为最高人民法院审判员。", day=DAY)
    assert {h.person for h in holdings(ex)} == {"钟立言", "艾力江·阿不都热依木", "檀明海"}


def test_a_dotted_name_in_a_removal_is_its_name() -> None:
    ex = extract("免去吐尔逊·买买提明江的自治区教育厅副厅长职务。", day=DAY)
    assert {(h.person, h.post.label) for h in holdings(ex)} == {("吐尔逊·买买提明江", "自治区教育厅副厅长")}


# -- an honour's lists after a paragraph of other matters ----------------------------------------

_DECISION = (
    "全省应急管理系统先进集体和先进工作者名单公布\n"
    "本报讯 省人力资源社会保障厅、省应急管理厅近日作出决定，授予甲县应急管理局等3个集体“全省应急管理系统先进集体”称号，"
    "授予钟立言等3名同志“全省应急管理系统先进工作者”称号。\n"
    "今年汛期，全省遭遇多轮强降雨，广大干部闻令而动，转移群众1.2万人。\n"
)
_UNITS = "受表彰的先进集体是：甲县应急管理局、乙县消防救援大队、丙县气象局。\n"
_PERSONS = "受表彰的先进工作者是：甲县应急管理局局长钟立言，乙县消防救援大队队长檀明海，丙县气象局副局长卜立群（女）。\n"


def test_a_list_that_names_its_kind_after_other_matters_is_the_awards() -> None:
    ex = extract_page(_DECISION + _UNITS + _PERSONS, DAY)
    assert {(c.person, c.award) for c in conferrals(ex)} == {
        (name, "全省应急管理系统先进工作者") for name in ("钟立言", "檀明海", "卜立群")
    }
    assert {name for name, _ in honoured_units(ex)} == {"甲县应急管理局", "乙县消防救援大队", "丙县气象局"}


def test_a_later_paragraph_that_names_no_kind_is_no_list() -> None:
    text = _DECISION + "参加会议的有：甲县应急管理局局长钟立言，乙县消防救援大队队长檀明海。\n"
    assert [c.person for c in conferrals(extract_page(text, DAY))] == ["钟立言"]


# -- two organisations that sign; their signers; the lead's day ---------------------------------

_SIGNING = (
    "本报广州12月14日电（记者钟立言）甲省人民政府与中国远洋重工集团有限公司13日在广州签署战略合作协议。"
    "省委书记檀明海，省委副书记、省长卜立群会见了集团董事长邬向东一行，并共同见证签约。"
    "副省长邵启航与集团总经理钮一鸣代表双方签约。\n"
)


def test_two_organisations_that_sign_make_a_signing_dated_by_their_sentence() -> None:
    ex = extract_page("省政府与远洋重工集团签署战略合作协议\n" + _SIGNING, dt.date(2023, 12, 14))
    signing = event(ex, "签约")
    assert (signing.name, signing.date) == ("战略合作协议签约", "2023-12-13")
    assert set(attendees(ex, signing)) == {"檀明海", "卜立群", "邵启航", "钮一鸣"}


def test_a_meeting_in_the_leads_paragraph_with_no_day_has_the_day_told_before_it() -> None:
    ex = extract_page("省政府与远洋重工集团签署战略合作协议\n" + _SIGNING, dt.date(2023, 12, 14))
    assert event(ex, "会见").date == "2023-12-13"


def test_organisations_that_sign_at_a_meeting_make_no_signing_of_their_own() -> None:
    text = (
        "11月8日，2025甲市投资恳谈会在甲市举行。市长卜立群出席并致辞。"
        "会上，市政府与远洋重工集团有限公司签署战略合作协议。"
    )
    assert [ev.name for ev in extract(text, day=DAY).events] == ["2025甲市投资恳谈会"]


def test_organisations_that_will_sign_make_no_signing() -> None:
    text = "12月13日，甲省人民政府与中国远洋重工集团有限公司将在广州签署战略合作协议。省长卜立群会见了集团董事长邬向东。"
    assert [ev.name for ev in extract(text, day=DAY).events if "签约" in ev.name] == []


# -- a roll's name before a gender or a nationality mark, with no surname -----------------------

_ROLL = (
    "全市劳动模范表彰大会召开\n"
    "本报讯 4月29日，全市劳动模范表彰大会召开。会上宣读了决定，授予钟立言等100名同志“甲市劳动模范”称号。\n"
    "受表彰的部分劳动模范名单如下：\n"
    "钟立言　甲市机床有限责任公司车间主任\n"
    "图门吉日嘎拉（蒙古族）　甲旗乙镇丙嘎查党支部书记\n"
    "格根塔娜（女，蒙古族）　甲旗丁镇中心卫生院院长\n"
    "檀明海　甲市热电有限责任公司运行值长\n"
)


def test_a_name_before_a_nationality_mark_on_a_roll_is_a_recipient() -> None:
    ex = extract_page(_ROLL, DAY)
    assert {c.person for c in conferrals(ex)} == {"钟立言", "图门吉日嘎拉", "格根塔娜", "檀明海"}


def test_a_line_with_no_mark_no_surname_and_no_mongolian_elements_stays_no_name() -> None:
    text = _ROLL.replace("图门吉日嘎拉（蒙古族）", "图嘎拉日")
    assert "图嘎拉日" not in person_names(text, DAY)
    # two elements of Mongolian names are a name with no mark (kg.extract.roll_names, round 37)
    assert "图门吉日嘎拉" in person_names(_ROLL.replace("图门吉日嘎拉（蒙古族）", "图门吉日嘎拉"), DAY)


# -- 还有 before a chain; 和 after a name the tagger missed; a verb and 村 ----------------------


def test_huanyou_before_a_title_chain_is_no_part_of_its_organisation() -> None:
    ex = extract("在主席台就座的还有省政协主席钟立言，省委副书记檀明海等。", day=DAY)
    assert {h.org.name for h in holdings(ex)} == {"省政协", "省委"}


def test_an_organisation_that_opens_with_you_stays_whole() -> None:
    ex = extract("有色金属工业协会会长钟立言出席。", day=DAY)
    assert {h.org.name for h in holdings(ex)} == {"有色金属工业协会"}


def test_he_after_a_name_the_tagger_read_as_a_place_joins_two_people() -> None:
    text = "第一书记华容川走访发现，村民都养蜂。“蜂蜜品质好，缺的是销路。”华容川和村党支部书记钟立言一合计，决定养蜂。"
    assert {h.org.name for h in holdings(extract(text, day=DAY))} == {"村党支部"}


@pytest.mark.parametrize(
    "text",
    [
        "从县城出发，汽车沿着刚修好的通村公路盘旋而上，半小时后到了禾库镇冬青村。",
        "出县城往东，沿着通村水泥路盘旋而上，就到了禾库镇冬青村。",
        "从县城出发，汽车沿着刚修好的进村公路盘旋而上，半小时后到了禾库镇冬青村。",
    ],
)
def test_a_verb_and_cun_in_a_village_story_is_no_village(text: str) -> None:
    found = local_place_parents(text, DAY, headline="湖南凤凰县禾库镇冬青村")
    assert found == {"禾库镇": "凤凰县", "冬青村": "禾库镇"}


# -- the deceased's friends at a farewell; an activity launched or celebrated --------------------


def test_the_deceased_whose_friends_come_to_a_farewell_is_not_at_it() -> None:
    text = (
        "8月14日，钟立言同志遗体送别仪式在福州举行。省委书记檀明海等省领导同志，"
        "以及钟立言同志生前友好和家乡群众代表前往福州市殡仪馆送别。"
    )
    assert "钟立言" not in set().union(*events_by_name(extract(text, day=DAY)).values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "5月18日，2025年甲市“湿地进校园”自然研学活动在乙镇启动。副市长钟立言出席。",
            "2025年甲市“湿地进校园”自然研学活动",
        ),
        (
            "9月22日，2025年中国农民丰收节昭苏县庆祝活动在乙镇举行。县委书记钟立言出席活动。",
            "2025年中国农民丰收节昭苏县庆祝活动",
        ),
    ],
)
def test_an_activity_launched_or_celebrated_is_an_event(text: str, name: str) -> None:
    assert events_by_name(extract(text, day=DAY)) == {name: {"钟立言"}}


@pytest.mark.parametrize(
    "text",
    [
        "5月18日，甲市消费季活动启动仪式在乙广场举行。副市长钟立言出席。",
        "5月18日，甲市文明城市创建工作启动会在乙宾馆举行。副市长钟立言出席。",
    ],
)
def test_a_ceremony_or_a_meeting_of_launching_keeps_its_name(text: str) -> None:
    assert [ev.name for ev in extract(text, day=DAY).events] in ([text.split("，")[1].split("在")[0]],)


def test_an_activity_of_no_held_kind_is_no_event() -> None:
    text = "5月18日，甲市开展了环境整治活动。副市长钟立言参加活动。"
    assert extract(text, day=DAY).events == ()


def test_a_festival_held_on_a_day_keeps_its_own_name() -> None:
    text = "甲市第二届美食节于9月22日在乙镇开幕。副市长钟立言出席开幕式。"
    assert list(events_by_name(extract(text, day=DAY))) == ["甲市第二届美食节"]


# -- the villages and townships of pastoral areas; a banner whose name holds a country's ---------


def test_a_gacha_is_a_village_of_its_township() -> None:
    text = "牧民钟立言家住克什克腾旗经棚镇乌兰哈达嘎查。"
    assert local_places(text) == {"经棚镇": "克什克腾旗", "乌兰哈达嘎查": "经棚镇"}


def test_a_gachas_organs_are_of_the_gacha() -> None:
    ex = extract("巴林右旗大板镇乌兰哈达嘎查党支部书记、嘎查委员会主任钟立言说，今年草场长势好。", day=DAY)
    assert placed_posts(ex) == {
        ("钟立言", "巴林右旗大板镇乌兰哈达嘎查党支部", "乌兰哈达嘎查", "书记"),
        ("钟立言", "巴林右旗大板镇乌兰哈达嘎查嘎查委员会", "乌兰哈达嘎查", "主任"),
    }


def test_a_banner_whose_name_opens_with_a_countrys_is_chinas() -> None:
    ex = extract("巴林右旗人民政府副旗长钟立言出席。", day=DAY)
    assert placed_posts(ex) == {("钟立言", "巴林右旗人民政府", "巴林右旗", "副旗长")}


def test_a_country_before_a_title_stays_foreign() -> None:
    ex = extract("巴林国王哈马德会见了钟立言。", day=DAY)
    assert ("哈马德", "巴林", None, "国王") in placed_posts(ex)


# -- a professional grade is a job title, no post --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "区政协委员、区农业技术推广站高级农艺师钟立言提出，要加快老果园改造。",
            "区农业技术推广站高级农艺师",
        ),
        ("市第二人民医院主任医师钟立言说，义诊服务了300多名群众。", "市第二人民医院主任医师"),
        ("省地质环境监测总站高级工程师钟立言介绍了监测情况。", "省地质环境监测总站高级工程师"),
    ],
)
def test_a_grade_is_a_job_title_and_no_post(text: str, title: str) -> None:
    ex = extract(text, day=DAY)
    assert not any(h.role.endswith(("农艺师", "医师", "工程师")) for h in holdings(ex))
    assert [c.title for c in ex.callings] == [title]


def test_a_post_beside_a_grade_stays_a_post() -> None:
    ex = extract("市农科院院长、研究员钟立言说，今年推广新品种12个。", day=DAY)
    assert {(h.org.name, h.role) for h in holdings(ex)} == {("市农科院", "院长")}


def test_an_honourees_grade_is_the_job_of_the_honour() -> None:
    text = (
        "全市劳动模范名单公布\n"
        "本报讯 市委、市政府决定，授予钟立言等5名同志“甲市劳动模范”称号。\n"
        "受表彰的劳动模范是：市第二人民医院主任医师钟立言，市热电厂高级工程师檀明海。\n"
    )
    ex = extract_page(text, DAY)
    assert {(h.person, h.org.name, h.role) for h in holdings(ex)} == {
        ("钟立言", "市第二人民医院", "主任医师"),
        ("檀明海", "市热电厂", "高级工程师"),
    }


# -- a seat in a conference before a comma in a speaker's opening ---------------------------------


def test_a_speaker_whose_seat_stands_before_a_comma_is_at_the_meeting() -> None:
    text = (
        "6月15日，区政协召开专题协商会。区政协主席钟立言出席并讲话。\n"
        "协商会上，委员们踊跃发言。区政协委员、甲公司总经理卜立群建议，加快建设冷链中心。"
        "区政协委员，乙镇党委副书记、镇长檀明海建议，整合区域公用品牌。"
        "区政协委员、丙村党支部书记邬向东结合村情谈到，要完善利益联结机制。"
    )
    assert events_by_name(extract(text, day=DAY))["专题协商会"] == {"钟立言", "卜立群", "檀明海", "邬向东"}


def test_a_quote_after_a_clause_of_time_is_no_speaker_at_the_meeting() -> None:
    text = (
        "6月15日，区政协召开专题协商会。区政协主席钟立言出席并讲话。\n"
        "去年以来，乙镇党委副书记、镇长檀明海建议，整合区域公用品牌。"
    )
    assert events_by_name(extract(text, day=DAY))["专题协商会"] == {"钟立言"}


# -- a subsidiary after a word of belonging; those who report at a meeting -----------------------


def test_a_subsidiary_after_a_word_of_belonging_is_its_own_company() -> None:
    text = "远洋重工集团有限公司董事长钟立言表示，集团所属南方海工投资有限公司董事长檀明海出席。"
    assert ("檀明海", "南方海工投资有限公司", None, "董事长") in placed_posts(extract(text, day=DAY))


def test_a_workshop_after_a_word_of_belonging_stays_the_groups() -> None:
    text = "远洋重工集团有限公司董事长钟立言表示，集团下属第三车间主任檀明海出席。"
    orgs = {org for person, org, _, _ in placed_posts(extract(text, day=DAY)) if person == "檀明海"}
    assert orgs == {"远洋重工集团有限公司下属第三车间"}


def test_those_who_report_at_a_meeting_attend_it() -> None:
    text = (
        "4日下午，钟立言在延吉主持召开座谈会，听取甲州和乙市、丙市工作汇报。"
        "乙市委书记檀明海、丙市市长卜立群分别作了汇报。"
    )
    assert events_by_name(extract(text, day=DAY))["座谈会"] == {"钟立言", "檀明海", "卜立群"}


# -- a name inside a town's name ------------------------------------------------------------------


def test_a_name_inside_a_towns_name_is_no_person() -> None:
    text = "钟立言先后来到冀州区码头李镇、深州市前磨头镇，察看小麦长势。"
    assert person_names(text, DAY) == ["钟立言"]


def test_a_name_beside_a_towns_name_stays_a_person() -> None:
    text = "会前，钟立言来到衡水市冀州区码头李镇，镇长李镇南介绍了小麦长势。"
    assert person_names(text, DAY) == ["李镇南", "钟立言"]


# -- a government site's byline; a media centre's dateline; 走访调研 -------------------------------


@pytest.mark.parametrize("pattern", [SITE_META, MEDIA_DATELINE])
def test_site_and_media_centre_forms(pattern: NamedPattern) -> None:
    for example in pattern.examples:
        assert pattern.match(example), example
    for counter in pattern.counter_examples:
        assert not pattern.match(counter), counter


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "县政府召开常务会议\n发布时间：2023-04-12 16:35　来源：甲县融媒体中心　记者：钟立言\n4月11日，县长檀明海主持召开县政府常务会议。",
            ["钟立言"],
        ),
        ("甲区融媒体中心讯（记者 钟立言 通讯员 卜立群）7月18日，乙镇召开推进会。", ["钟立言", "卜立群"]),
    ],
)
def test_a_sites_and_a_media_centres_reporters(text: str, names: list[str]) -> None:
    assert [c.name for c in find_bylines(text)] == names


def test_a_site_line_with_no_credit_names_no_reporter() -> None:
    text = "县政府召开常务会议\n发布时间：2023-04-12 16:35　来源：甲县融媒体中心\n4月11日，县长檀明海主持召开县政府常务会议。"
    assert find_bylines(text) == []


def test_a_tour_of_visits_and_research_is_an_inspection() -> None:
    text = "8月15日，县长钟立言带队深入甲镇、乙街道、丙镇，走访调研部分规上工业企业。县发改局局长卜立群陪同。"
    assert [ev.kind for ev in extract(text, day=DAY).events] == ["Inspection"]


# -- a roll's heading that counts its posthumous ones; the surname 鱼 -----------------------------

_HERO_ROLL = (
    "全省见义勇为表彰大会召开\n"
    "本报讯 会上宣读了决定，授予钟立言等7名同志“甲省见义勇为英雄”称号。\n"
    "{heading}\n"
    "钟立言（女，畲族）　甲市乙县丙乡丁村村民\n"
    "卜立群　甲市城市轨道运营服务有限公司站务员\n"
    "邬向东　南平市公安局延平分局水南派出所副所长\n"
)


@pytest.mark.parametrize(
    "heading", ["附：“甲省见义勇为英雄”名单（共8名，其中追授1名）", "附：“甲省见义勇为英雄”名单（共8名）"]
)
def test_a_roll_whose_heading_counts_its_posthumous_ones_is_the_awards(heading: str) -> None:
    ex = extract_page(_HERO_ROLL.format(heading=heading), DAY)
    assert {c.person for c in conferrals(ex)} == {"钟立言", "卜立群", "邬向东"}


def test_a_roll_whose_heading_brackets_a_note_is_no_roll() -> None:
    ex = extract_page(_HERO_ROLL.format(heading="附：“甲省见义勇为英雄”名单（见附件）"), DAY)
    assert {c.person for c in conferrals(ex)} == {"钟立言"}


def test_yu_is_a_surname_after_a_title() -> None:
    text = "甲市委书记钟立言、市长鱼建国，乙市市长卜立群分别汇报。"
    assert person_names(text, DAY) == ["卜立群", "钟立言", "鱼建国"]


def test_preparing_the_materials_of_a_briefing_is_no_report_at_a_meeting() -> None:
    text = (
        "4日下午，钟立言在延吉主持召开座谈会，听取甲州和乙市工作汇报。"
        "乙市委书记檀明海作了汇报。卜立群负责准备工作汇报会的材料。"
    )
    assert events_by_name(extract(text, day=DAY))["座谈会"] == {"钟立言", "檀明海"}


# -- the named few of a counted conferral, parted by commas after their title chains -------------


def test_titled_recipients_parted_by_commas_before_a_count_are_recipients() -> None:
    text = (
        "会上宣读了表彰决定。甲镇乙村党支部书记、村委会主任钟立言，县人民医院心内科主任卜立群，"
        "丙镇中心小学教师檀明海等50名同志被授予“全县优秀共产党员”称号。"
    )
    assert {c.person for c in conferrals(extract(text, day=DAY))} == {"钟立言", "卜立群", "檀明海"}


def test_a_person_before_a_comma_of_another_clause_is_no_recipient() -> None:
    text = "县委书记钟立言出席会议并讲话，县人民医院心内科主任卜立群等50名同志被授予“全县优秀共产党员”称号。"
    assert {c.person for c in conferrals(extract(text, day=DAY))} == {"卜立群"}
