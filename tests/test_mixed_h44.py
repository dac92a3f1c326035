"""Rules of round 30, each general grammar with examples and counter-examples: a place whose name
opens with a conjunction's character (和平镇, 和爱藏族乡) after a name's verb (到) or at a
sentence's start is a place, not the 和 that ends a name or a title chain. Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import (
    attendees,
    conferrals,
    event,
    events_by_name,
    extract_page,
    holdings,
    honoured_units,
    local_place_parents,
    person_names,
)

from kg.eval.score import written_short
from kg.extract.bylines import find_bylines
from kg.extract.tagger import tokenize

DAY = dt.date(2025, 6, 5)


# -- a place that opens with 和 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("冕宁县召开会议。县长柯望到和平镇检查工作。", "柯望"),
        ("冕宁县召开会议。副县长苗禾到和爱藏族乡调研。", "苗禾"),
        ("宁安市召开会议。市长邝远到和盛乡调研。", "邝远"),
        ("冕宁县召开会议。县长柯望到与会代表中间。", "柯望"),  # 与会: a word, no conjunction
        ("冕宁县召开会议。县长柯望到及时雨服务队。", "柯望"),
    ],
)
def test_a_place_opening_with_he_after_a_verb_ends_no_name(text: str, name: str) -> None:
    assert person_names(text, DAY) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("冕宁县召开会议。县长柯望和副县长苗禾参加。", ["柯望", "苗禾"]),  # 和 joins two people
        ("冕宁县召开会议。书记卓玛和县长苗禾参加。", ["卓玛", "苗禾"]),
    ],
)
def test_he_between_two_titled_names_still_joins_them(text: str, names: list[str]) -> None:
    assert person_names(text, DAY) == names


def test_a_township_opening_with_he_heads_its_chain() -> None:
    ex = extract_page("标题\n冕宁县召开会议。和爱藏族乡党委书记苗禾说，要抓好落实。", DAY)
    assert {(h.person, h.org.name, h.role) for h in holdings(ex)} == {("苗禾", "和爱藏族乡党委", "书记")}


def test_he_after_a_name_still_ends_the_chain() -> None:
    ex = extract_page("标题\n冕宁县召开会议。苗建军和村党支部书记苗禾说，要抓好落实。", DAY)
    assert {(h.person, h.org.name) for h in holdings(ex)} == {("苗禾", "村党支部")}


# -- a roll's heading that names those honoured ------------------------------------------------

_COMMENDATION = (
    "表彰大会召开\n"
    "本台讯 6月28日上午，县表彰大会在县委党校礼堂召开。会上，县委常委、组织部部长邬远航宣读了"
    "《中共青禾县委关于表彰优秀共产党员、优秀党务工作者和先进基层党组织的决定》。\n"
)


@pytest.mark.parametrize(
    "headings",
    [
        (
            "受表彰的优秀共产党员（2名）：",
            "受表彰的优秀党务工作者（1名）：",
            "受表彰的先进基层党组织（1个）：",
        ),
        ("一、优秀共产党员（2名）", "二、优秀党务工作者（1名）", "三、先进基层党组织（1个）"),
        ("受到表彰的优秀共产党员：", "受到表彰的优秀党务工作者：", "受到表彰的先进基层党组织："),
    ],
)
def test_a_heading_over_the_commended_opens_their_roll(headings: tuple[str, str, str]) -> None:
    first, second, units = headings
    text = (
        f"{_COMMENDATION}{first}\n苗禾 红旗镇东沟村党支部书记\n柯望（女） 县人民医院内科护士长\n\n"
        f"{second}\n邝远 县委组织部组织科科长\n\n{units}\n红旗镇东沟村党支部\n"
    )
    ex = extract_page(text, DAY)
    assert {(c.person, c.award) for c in conferrals(ex)} == {
        ("苗禾", "优秀共产党员"),
        ("柯望", "优秀共产党员"),
        ("邝远", "优秀党务工作者"),
    }
    assert honoured_units(ex) == [("红旗镇东沟村党支部", "先进基层党组织")]


@pytest.mark.parametrize(
    "heading",
    [
        "一、优秀共产党员（2名）",  # the text commends no such honour: a category, or a list of delegates
        "出席会议的优秀共产党员（2名）：",
    ],
)
def test_a_heading_the_text_does_not_commend_confers_nothing(heading: str) -> None:
    text = (
        "座谈会召开\n本台讯 6月28日上午，县委召开座谈会，听取基层党员意见。\n"
        f"{heading}\n苗禾 红旗镇东沟村党支部书记\n柯望（女） 县人民医院内科护士长\n"
    )
    assert conferrals(extract_page(text, DAY)) == []


# -- dotted names on a roll line, in full elsewhere, and in a byline ---------------------------


def test_a_dotted_name_opening_a_roll_line_is_one_name() -> None:
    text = (
        f"{_COMMENDATION}受表彰的优秀共产党员（2名）：\n"
        "艾力江·吐尔地买买提 吉里于孜镇托万买里村党支部书记\n"
        "阿依古再丽·热合曼（女） 县人民医院内科护士长\n"
    )
    ex = extract_page(text, DAY)
    assert sorted(c.person for c in conferrals(ex)) == ["艾力江·吐尔地买买提", "阿依古再丽·热合曼"]
    assert not {"艾力", "吐尔地"} & {p.name for p in ex.persons}


def test_a_dotted_name_after_prose_on_its_line_is_left_to_the_other_rules() -> None:
    # the run opens no line: a clause's words run into it, and no gap follows
    ex = extract_page("标题\n会上，种植户艾力江·吐尔地买买提拉起家常。", DAY)
    assert "艾力江·吐尔地买买提拉起家常" not in {p.name for p in ex.persons}


def test_a_dotted_name_cut_before_a_word_is_the_full_name_written_elsewhere() -> None:
    text = (
        f"{_COMMENDATION}受表彰的优秀共产党员（1名）：\n阿依古再丽·热合曼提（女） 县人民医院内科护士长\n\n"
        "受表彰代表阿依古再丽·热合曼提先后发言。\n"
    )
    names = {p.name for p in extract_page(text, DAY).persons}
    assert "阿依古再丽·热合曼提" in names
    assert "阿依古再丽·热合曼" not in names


def test_a_dotted_name_with_its_party_is_no_longer_name() -> None:
    text = "标题\n省长邬远航会见驻华大使宋帕·维拉萨一行。访问期间，宋帕·维拉萨一行还将前往磨憨镇。"
    assert "宋帕·维拉萨" in {p.name for p in extract_page(text, DAY).persons}


def test_a_dotted_name_in_a_byline_is_one_reporter() -> None:
    # the tagger reads 米热|古丽·吐逊: two names, but the dot joins one
    text = "本台讯（记者 米热古丽·吐逊 苗禾）6月28日上午，县表彰大会召开。"
    assert [c.name for c in find_bylines(text, tokenize(text))] == ["米热古丽·吐逊", "苗禾"]


def test_two_names_glued_in_a_byline_are_still_cut() -> None:
    text = "本台讯（记者 邝晓燕柯建军）6月28日上午，县表彰大会召开。"
    assert [c.name for c in find_bylines(text, tokenize(text))] == ["邝晓燕", "柯建军"]


# -- local places --------------------------------------------------------------------------------


def test_a_village_opening_with_a_districts_short_form_is_one_village() -> None:
    text = "湘潭县花石镇召开会议。全镇荷塘湾村、龙凤桥村入选省级美丽乡村示范村。"
    places = local_place_parents(text, DAY, headline="花石镇召开党代会")
    assert "荷塘湾村" in places
    assert "湾村" not in places


def test_a_districts_short_form_alone_is_still_the_district() -> None:
    ex = extract_page("标题\n株洲市召开会议。荷塘区委书记苗禾说，要抓好落实。", DAY)
    assert "荷塘区" in {p.name for p in ex.places}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("湘潭县花石镇将以荷叶村为龙头，打造乡村旅游线路。", "将以荷叶村"),
        ("湘潭县花石镇还将荷叶村作为示范点。", "还将荷叶村"),
    ],
)
def test_an_adverb_opens_no_village(text: str, wrong: str) -> None:
    assert wrong not in local_place_parents(text, DAY, headline="标题")


def test_a_township_of_the_national_table_may_open_with_an_adverb() -> None:
    places = local_place_parents("固原市西吉县将台堡镇毛沟村党支部书记苗禾等10人获奖。", DAY)
    assert places.get("将台堡镇") == "西吉县"
    assert places.get("毛沟村") == "将台堡镇"


# -- a party committee's members in charge of a work -------------------------------------------


@pytest.mark.parametrize("role", ["组织委员", "宣传委员", "统战委员"])
def test_a_party_committees_member_in_charge_of_a_work_is_one_role(role: str) -> None:
    ex = extract_page(f"标题\n新源县召开会议。则克台镇党委{role}苗禾说，要抓好落实。", DAY)
    assert {(h.person, h.org.name, h.role) for h in holdings(ex)} == {("苗禾", "则克台镇党委", role)}


def test_an_organising_committee_is_no_member_in_charge() -> None:
    ex = extract_page("标题\n新源县召开会议。那达慕大会组织委员会主任苗禾说，要抓好落实。", DAY)
    assert {(h.person, h.org.name, h.role) for h in holdings(ex)} == {
        ("苗禾", "那达慕大会组织委员会", "主任")
    }


# -- the scorer: an employer the gold keeps in the text's short form -----------------------------


@pytest.mark.parametrize(
    ("unit", "written"),
    [
        ("青禾县人民医院", "县人民医院"),
        ("青禾县委组织部组织科科长", "县委组织部组织科科长"),  # employer and title as one string
        ("红旗镇人民政府", "镇人民政府"),
    ],
)
def test_a_gold_employer_in_the_short_form_matches_the_named_one(unit: str, written: str) -> None:
    assert written_short(unit, written, {"青禾县", "红旗镇"}) == written


@pytest.mark.parametrize(
    ("unit", "written"),
    [
        ("青禾县人民医院", "县中医医院"),  # another unit
        ("白沙县人民医院", "县人民医院"),  # a county the prediction does not hold
        ("青禾县人民医院", "人民医院"),  # no level word: the gold names no division
        ("青禾县人民医院", "青禾县人民医院"),  # the same name: nothing to resolve
    ],
)
def test_other_gold_employers_are_kept_apart(unit: str, written: str) -> None:
    assert written_short(unit, written, {"青禾县", "红旗镇"}) == unit


# -- a county media centre's dateline -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "青禾融媒讯（记者 邝晓燕 通讯员 柯建军）9月5日，大会召开。",
        "融媒体讯（记者 邝晓燕 柯建军）1月9日上午，县第十八届人民代表大会第三次会议开幕。",
    ],
)
def test_a_media_centres_short_dateline_opens_a_byline(text: str) -> None:
    assert [c.name for c in find_bylines(text, tokenize(text))] == ["邝晓燕", "柯建军"]


def test_media_work_in_prose_is_no_dateline() -> None:
    text = "推进县级融媒体建设，邝晓燕介绍了经验。"
    assert find_bylines(text, tokenize(text)) == []


# -- the members a congress elects, listed under their title --------------------------------------

_CONGRESS = "花石镇召开党代会\n本报讯 7月20日，中国共产党湘潭县花石镇第十四次代表大会召开。\n"


@pytest.mark.parametrize(
    "line",
    [
        "新一届镇党委委员（按姓氏笔画为序）：文启鸣、邝晓燕、柯建军。",
        "新当选的镇党委委员：文启鸣、邝晓燕、柯建军。",
    ],
)
def test_members_listed_under_their_title_hold_it(line: str) -> None:
    ex = extract_page(_CONGRESS + line, DAY)
    held = {(h.person, h.org.name, h.role) for h in holdings(ex)}
    assert held == {(n, "花石镇党委", "委员") for n in ("文启鸣", "邝晓燕", "柯建军")}


@pytest.mark.parametrize(
    "line",
    [
        "出席会议的有：文启鸣、邝晓燕、柯建军。",  # no title before the colon
        "镇党委书记：文启鸣说了算。",  # no list after it
        "主要任务：抓党建、促发展、惠民生。",  # no names
    ],
)
def test_other_colon_lists_give_no_post(line: str) -> None:
    ex = extract_page(_CONGRESS + line, DAY)
    assert not [h for h in holdings(ex) if h.role == "委员" or h.person in ("文启鸣", "邝晓燕")]


def test_a_bare_township_organ_is_the_one_township_of_the_article() -> None:
    ex = extract_page(_CONGRESS + "新一届镇纪委委员：邝晓燕、柯建军。", DAY)
    assert {h.org.name for h in holdings(ex)} == {"花石镇纪委"}


def test_a_bare_township_organ_of_an_article_of_two_townships_is_not_guessed() -> None:
    text = _CONGRESS + "湘潭县射埠镇也召开大会。\n新一届镇纪委委员：邝晓燕、柯建军。"
    assert not {h.org.name for h in holdings(extract_page(text, DAY))} & {"花石镇纪委", "射埠镇纪委"}


# -- words that look like townships (in a county's own news: 全县) ---------------------------------


def test_the_party_opens_no_townships_name() -> None:
    text = (
        "本报讯 7月20日，中国共产党湘潭县花石镇第十四次代表大会召开，全县关注。\n"
        "大会以无记名投票方式，选举产生了中共花石镇第十四届委员会和中共花石镇纪律检查委员会。"
    )
    places = local_place_parents(text, DAY, headline="花石镇召开党代会")
    assert places == {"花石镇": "湘潭县"}


@pytest.mark.parametrize(
    "text",
    [
        "全镇建成6个省级美丽乡村示范村。",  # 美丽乡村: no township 美丽乡
        "青驼镇将加快打造沂南西北部区域中心镇。",
        "青驼镇将围绕“红色名镇、产业强镇、生态美镇”目标。",
    ],
)
def test_a_kind_of_town_in_a_plan_is_no_township(text: str) -> None:
    lead = "本报讯 9月5日，中国共产党沂南县青驼镇第十五次代表大会召开，全县关注。\n"
    places = local_place_parents(lead + text, DAY, headline="青驼镇召开党代会")
    assert places == {"青驼镇": "沂南县"}


def test_a_township_of_the_county_is_still_placed() -> None:
    text = "本报讯 9月5日，沂南县召开会议，全县关注。\n县长苗禾来到青驼镇、苏村镇调研。"
    places = local_place_parents(text, DAY, headline="沂南县召开会议")
    assert places.get("青驼镇") == "沂南县"
    assert places.get("苏村镇") == "沂南县"


# -- a banner's own organs and names (Inner Mongolia) ---------------------------------------------

_BANNER = "西乌珠穆沁旗召开会议。"


@pytest.mark.parametrize(
    ("title", "org"),
    [
        ("旗人大常委会主任", "西乌珠穆沁旗人大常委会"),
        ("旗委书记", "西乌珠穆沁旗委"),
    ],
)
def test_a_bare_banner_organ_is_the_banners(title: str, org: str) -> None:
    ex = extract_page(f"标题\n{_BANNER}{title}苗建国说，要抓好落实。", DAY)
    assert {(h.person, h.org.name) for h in holdings(ex)} == {("苗建国", org)}


def test_a_bare_banner_organ_is_no_counties() -> None:
    ex = extract_page("标题\n同心县召开会议。旗委书记苗建国说，要抓好落实。", DAY)
    assert "同心县委" not in {h.org.name for h in holdings(ex)}


def test_a_bare_banner_organ_in_news_that_names_only_its_townships() -> None:
    text = "标题\n4月22日，旗人大常委会主任苗建国带领人大代表，深入巴拉嘎尔高勒镇、浩勒图高勒镇视察。"
    assert {h.org.name for h in holdings(extract_page(text, DAY))} == {"西乌珠穆沁旗人大常委会"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副旗长朝鲁孟陪同视察。", "朝鲁孟"),  # the tagger reads 朝|鲁孟: a Mongolian name's element
        ("副旗长乌云花陪同视察。", "乌云花"),
        ("副旗长朝鲁孟主持会议。", "朝鲁孟"),
    ],
)
def test_a_name_opening_with_a_mongolian_element_after_a_title(text: str, name: str) -> None:
    assert person_names(_BANNER + text, DAY) == [name]


def test_a_plain_word_after_a_title_is_no_mongolian_name() -> None:
    assert person_names(_BANNER + "副旗长朝着目标前进。", DAY) == []


def test_no_name_across_a_banners_township_and_its_village() -> None:
    text = (
        "4月22日，西乌珠穆沁旗人大代表深入巴彦胡舒苏木视察。\n"
        "代表们在巴彦胡舒苏木希日塔拉嘎查视察肉羊标准化养殖示范园区。"
    )
    names = person_names(text, DAY)
    assert not {"胡舒", "苏木希", "苏木希日"} & set(names)


# -- a press conference's officials, a paragraph each ---------------------------------------------

_BRIEFING = (
    "春节文旅活动安排发布\n"
    "　　本报讯（记者 柯晓燕）1月15日，市政府新闻办举行新闻发布会，介绍春节期间系列文旅活动有关情况。"
    "市委宣传部副部长、市政府新闻办主任苗建国主持发布会。\n"
    "　　市文化旅游委副主任邝晓燕介绍，春节期间，全市将推出各类活动1200余场。“预计游客将超过2000万人次。”邝晓燕说。\n"
    "　　市商务委二级巡视员邬远航介绍，市商务委将联合各区县开展年货节。\n"
)


def test_the_officials_briefing_a_press_conference_attend_it() -> None:
    ex = extract_page(_BRIEFING, DAY)
    assert set(attendees(ex, event(ex, "发布会"))) == {"苗建国", "邝晓燕", "邬远航"}


def test_a_resident_quoted_after_a_press_conference_does_not_attend_it() -> None:
    ex = extract_page(_BRIEFING + "　　市民柯建军说，这些活动很有意思。\n", DAY)
    assert "柯建军" not in attendees(ex, event(ex, "发布会"))


def test_a_quote_in_a_later_paragraph_of_another_meeting_adds_no_one() -> None:
    text = (
        "座谈会召开\n　　本报讯 1月15日，市政府召开座谈会，听取意见。市长苗建国主持会议。\n"
        "　　市文化旅游委副主任邝晓燕介绍，春节期间，全市将推出各类活动。\n"
    )
    ex = extract_page(text, DAY)
    assert "邝晓燕" not in attendees(ex, event(ex, "座谈会"))


# -- the sides of a meeting sign before or after it ------------------------------------------------


def test_the_sides_signing_before_a_meeting_is_a_signing_of_its_own() -> None:
    text = (
        "苗建国会见某某集团董事长邬远航\n"
        "　　本报讯 4月11日，省委书记苗建国在长春会见中国华辰能源集团有限公司董事长邬远航一行。\n"
        "　　会见前，双方签署《战略合作框架协议》。副省长柯建军与中国华辰能源集团有限公司总经理邝晓燕"
        "代表双方签约，苗建国、邬远航见证签约。\n"
    )
    ex = extract_page(text, DAY)
    signing = event(ex, "签约")
    assert signing.name == "战略合作框架协议签约"
    assert set(attendees(ex, signing)) == {"柯建军", "邝晓燕", "苗建国", "邬远航"}
    assert not {"柯建军", "邝晓燕"} & set(attendees(ex, event(ex, "会见")))


@pytest.mark.parametrize(
    "sentence",
    [
        "副省长柯建军与总经理邝晓燕代表双方签署战略合作框架协议。",  # a pair signs: the pairs' rule
        "希望双方以此次签约为契机，深化合作。",  # no document signed
        "双方将签署战略合作框架协议。",  # to come
    ],
)
def test_other_sides_make_no_second_signing(sentence: str) -> None:
    text = f"苗建国会见邬远航\n　　本报讯 4月11日，省委书记苗建国在长春会见集团董事长邬远航一行。{sentence}\n"
    assert len([ev for ev in extract_page(text, DAY).events if "签约" in ev.name]) <= 1


# -- names: glued verbs, anonymised people, kinship, 时任 -----------------------------------------


def test_a_verb_before_zhe_is_no_part_of_a_name() -> None:
    text = "随后，他来到湖滨社区，82岁的居民王爱莲拉着他的手说：“电梯装好了。”"
    assert person_names(text, DAY) == ["王爱莲"]


@pytest.mark.parametrize(
    "text",
    [
        "贺建业先后13次收受辖区内工程承包人刘某某等人所送礼金。",
        "被告人王某犯受贿罪，判处有期徒刑三年。",
    ],
)
def test_an_anonymised_person_is_no_name(text: str) -> None:
    assert not [n for n in person_names(text, DAY) if n.startswith(("刘", "王"))]


def test_a_surname_and_a_kinship_word_is_no_name() -> None:
    assert person_names("在组织转移独居老人龙阿婆时遭遇山体滑坡。", DAY) == []


def test_a_title_held_then_is_still_a_title_before_a_name() -> None:
    text = "四、某县卫生健康局原党组书记、局长寇宏明，时任副局长党明远违规收受礼品问题。"
    assert "党明远" in person_names(text, DAY)


# -- a village's organ in its paragraph, and 和 after a comma ----------------------------------------


def test_a_bare_village_organ_is_the_village_its_paragraph_tells() -> None:
    text = (
        "13日上午，卢晓明来到华容县新河口村，察看岸线整治。\n"
        "13日下午，卢晓明来到汨罗市屈子祠镇桃花岭村。村党总支书记汤晓香介绍，村里把粽子加工做起来。"
    )
    ex = extract_page("标题\n" + text, DAY)
    assert ("汤晓香", "桃花岭村党总支") in {(h.person, h.org.name) for h in holdings(ex)}


def test_he_after_a_comma_opens_no_chain() -> None:
    text = "林芝市巴宜区召开会议。那一年，驻村工作队队长江河，和村党支部书记边巴次旺一起挨家挨户算账。"
    orgs = {h.org.name for h in holdings(extract_page("标题\n" + text, DAY)) if h.person == "边巴次旺"}
    assert orgs and not any(o.startswith("和") for o in orgs)


# -- minority names and rare surnames ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("同心县召开会议。县政协委员、韦州镇畜牧兽医站站长拜建武，县政协委员田晓兰等先后发言。", "拜建武"),
        ("同心县召开会议。副县长撒永龙汇报了全县供水情况。", "撒永龙"),
    ],
)
def test_a_hui_surname_opens_a_name(text: str, name: str) -> None:
    assert name in person_names(text, DAY)


def test_a_verb_of_the_same_character_is_no_name() -> None:
    assert person_names("同心县召开会议。局长拜访企业，了解情况。", DAY) == []


def test_a_mongolian_name_in_a_byline_is_one_reporter() -> None:
    text = "本报讯（记者 邝晓燕 通讯员 阿拉坦巴图）6月8日，伊金霍洛旗召开会议。"
    assert [c.name for c in find_bylines(text, tokenize(text))] == ["邝晓燕", "阿拉坦巴图"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("夏河县召开会议。县政协主席才让东珠主持会议。", "才让东珠"),  # 才|让|东珠: a Tibetan element
        ("夏河县召开会议。副县长拉毛草到会听取意见。", "拉毛草"),  # read as one verb
        ("伊金霍洛旗召开会议。纳林陶亥镇镇长苏和乌日格、副镇长苗建国发言。", "苏和乌日格"),  # five
    ],
)
def test_a_tibetan_or_mongolian_name_after_a_title(text: str, name: str) -> None:
    assert name in person_names(text, DAY)


def test_a_word_after_a_title_is_no_tibetan_name() -> None:
    assert person_names("夏河县召开会议。县政协主席才刚到会。", DAY) == []


# -- a titled name named again, and town and country ------------------------------------------------


def test_a_titled_name_named_again_holds_no_place() -> None:
    text = (
        "本报讯 9月12日，市人大代表视察同心县农村供水工作。同心县委副书记、县长海东兴陪同视察。\n"
        "　　海东兴表示，将认真梳理吸纳代表们的意见建议。"
    )
    ex = extract_page("视察\n" + text, DAY)
    assert "海东市" not in {p.name for p in ex.places}


def test_town_and_country_is_no_township() -> None:
    text = (
        "本报讯 9月12日，市人大代表视察同心县农村供水工作，全县关注。\n"
        "　　视察组来到同心县东部城乡供水工程豫海水厂，察看水质检测情况。"
    )
    assert "东部城乡" not in local_place_parents(text, DAY, headline="视察")


# -- round 30, fourth part: appointment lists, foreign names, joint rolls, deliberations -------------


def test_a_mongolian_name_in_an_appointment_list_is_whole() -> None:
    text = (
        "国务院任免国家工作人员\n　　新华社北京9月13日电 国务院任免国家工作人员。"
        "任命孟和德力格尔为国家能源局副局长；任命苗建国为教育部副部长。"
    )
    ex = extract_page(text, DAY)
    assert ("孟和德力格尔", "国家能源局", "副局长") in {(h.person, h.org.name, h.role) for h in holdings(ex)}


def test_a_dotted_name_the_tagger_cut_into_two_names_is_one() -> None:
    text = (
        "自治区党委书记苗建国在乌鲁木齐会见了哈萨克斯坦共和国阿拉木图州州长阿斯卡尔·叶尔任诺夫率领的代表团。"
        "阿斯卡尔·叶尔任诺夫感谢新疆的热情接待。"
    )
    assert person_names(text, DAY) == ["苗建国", "阿斯卡尔·叶尔任诺夫"]


_JOINT = (
    "表彰全国林草系统先进集体和先进工作者\n"
    "　　本报讯 近日，人力资源社会保障部、国家林业和草原局印发《关于表彰全国林草系统先进集体和先进工作者的决定》，"
    "授予100个集体“全国林草系统先进集体”称号，授予198名同志“全国林草系统先进工作者”称号，"
    "追授2名同志“全国林草系统先进工作者”称号。我省2个集体、2名个人受到表彰，其中1人为追授。\n"
    "　　受到表彰的先进集体是：西宁市湟中区教育局、海东市乐都区公安局。\n"
    "　　受到表彰的先进工作者是：青海省林业工程监测中心高级工程师上官晓霞，西宁市湟源县林业和草原局副局长苗建国。\n"
    "　　追授玉树藏族自治州杂多县萨呼腾镇年都村生态管护员更登尼玛（藏族）“全国林草系统先进工作者”称号。\n"
)


def test_the_list_of_the_living_is_not_posthumous() -> None:
    posthumous = {c.person: c.posthumous for c in conferrals(extract_page(_JOINT, DAY))}
    assert posthumous == {"上官晓霞": False, "苗建国": False, "更登尼玛": True}


_REVIEW = (
    "西藏代表团审议政府工作报告\n"
    "　　本报北京3月5日电（记者 柯晓燕）3月5日下午，出席十四届全国人大三次会议的西藏代表团在驻地举行全体会议，"
    "审议政府工作报告。代表团副团长、自治区人大常委会主任洛桑边巴主持会议。\n"
    "　　代表们一致认为，政府工作报告通篇贯穿稳中求进。\n"
    "　　全国人大代表、山南市隆子县玉麦乡党委书记旦增次仁建议，进一步加大对边境小康村的投入。\n"
    "　　全国人大代表、林芝市墨脱县背崩乡卫生院院长白玛卓嘎（女，门巴族）说，报告说到了群众的心坎上。\n"
)


def test_the_deputies_speaking_at_a_deliberation_attend_it() -> None:
    ex = extract_page(_REVIEW, DAY)
    (people,) = events_by_name(ex).values()
    assert {"洛桑边巴", "旦增次仁", "白玛卓嘎"} <= people


def test_a_farewell_has_neither_the_deceased_nor_those_told_before_it() -> None:
    text = (
        "邬家明同志逝世\n"
        "　　本报讯 重庆市人大常委会原副主任邬家明同志，因病医治无效，于2020年10月19日在重庆逝世，享年86岁。\n"
        "　　邬家明同志病重期间和逝世后，市委书记苗建国，市长柯建军等市领导分别到医院看望或以各种方式表示慰问和哀悼。\n"
        "　　10月21日，邬家明同志遗体送别仪式在重庆举行。市领导邝晓燕、邬远航等参加送别。\n"
    )
    ex = extract_page(text, DAY)
    assert events_by_name(ex) == {"邬家明同志遗体送别仪式": {"邝晓燕", "邬远航"}}


def test_a_name_after_a_dotted_one_in_a_roll_of_names_stays_apart() -> None:
    # names run together, one with a gender mark: 彭某某 is the next person, no piece of the dotted name
    text = "出席的有：吴建国宋健民陈俊华阿斯卡尔·艾买提彭珮霞（女）罗建平张思远等。"
    names = person_names(text, DAY)
    assert "阿斯卡尔·艾买提彭珮霞" not in names


# -- a department whose name joins two words with 和 ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("西宁市湟中区林业和草原局召开会议。", "西宁市湟中区林业和草原局"),
        ("西宁市湟中区住房和城乡建设局召开会议。", "西宁市湟中区住房和城乡建设局"),
    ],
)
def test_a_department_joining_two_words_after_its_division_is_an_organisation(text: str, org: str) -> None:
    assert org in {o.name for o in extract_page("标题\n" + text, DAY).organizations}


@pytest.mark.parametrize("text", ["西宁市和海东市召开会议。", "西宁市湟中区和平街道召开会议。"])
def test_two_divisions_joined_by_he_are_no_department(text: str) -> None:
    assert not extract_page("标题\n" + text, DAY).organizations


def test_a_list_of_such_departments_is_honoured() -> None:
    text = _JOINT.replace(
        "西宁市湟中区教育局、海东市乐都区公安局", "西宁市湟中区林业和草原局、海东市乐都区林业和草原局"
    )
    assert honoured_units(extract_page(text, DAY)) == [
        ("西宁市湟中区林业和草原局", "全国林草系统先进集体"),
        ("海东市乐都区林业和草原局", "全国林草系统先进集体"),
    ]
