"""Rules of round 35, each general grammar with examples and counter-examples: a quoted award that
opens a sentence and names its holders after a colon (今年的“某某楷模”是：…); a year before a quotation,
which is the name's and no date of the event; a separator that opens a place's name; a ministry's
leading party group; a passive conferral with the body that confers before the verb; 原 between a
division and its organ; 该院 before a party organ; a compound surname and two more after a title; the
charge after a name in a notice of discipline; verbs that reach a person ending a chain; dotted names
made whole by the article's other writing of them; a list item's number; a title inside what the
village grammar reads. Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attendees, conferrals, extract_page, holdings, honoured_units

from kg.extract.cut_names import completed
from kg.extract.divisions import COUNTRY_KEY
from kg.extract.names import with_gender

DAY = dt.date(2023, 9, 9)


def _page(text: str):
    return extract_page("标题\n" + text, DAY)


def _honours(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(_page(text))}


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    """``(person, organisation, jurisdiction)`` of each post held at the article's date."""
    return {(h.person, h.org.name, h.org.jurisdiction) for h in holdings(_page(text))}


def _former(text: str) -> set[tuple[str, str, str]]:
    """``(person, organisation, role)`` of each post the text says was held before."""
    ex = _page(text)
    names = {p.key: p.name for p in ex.persons}
    posts = {p.key: p for p in ex.posts}
    orgs = {o.key: o.name for o in ex.organizations}
    return {
        (names[h.person], orgs[posts[h.post].organization], posts[h.post].role)
        for h in ex.holdings
        if h.former
    }


# -- a quoted award that opens a sentence and names its holders --------------------------------------


@pytest.mark.parametrize(
    "opening",
    ["今年的“全国某某楷模”是：", "2023年“全国某某楷模”分别是：", "本届“全国某某楷模”为："],
)
def test_a_quoted_award_opening_a_sentence_names_its_holders(opening: str) -> None:
    text = (
        "本报北京9月8日电　发布仪式8日在京举行。\n　　"
        + opening
        + "山西省吕梁市岚县某某小学校长卓文秀，四川省凉山彝族自治州昭觉县某某中学英语教师吉觉阿果，"
        "某某大学化学学院教授司徒嘉禾。\n"
    )
    assert _honours(text) == {
        ("卓文秀", "全国某某楷模"),
        ("吉觉阿果", "全国某某楷模"),
        ("司徒嘉禾", "全国某某楷模"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # the quotation is no sentence's opening: a saying, not an award
        "本报讯　他常说的“三句话”是：校长卓文秀要带头，教师吉觉阿果要用心，家长要放心。",
        # an award named inside a sentence, no colon after it
        "本报讯　“全国某某楷模”是对卓文秀、吉觉阿果等教师的褒奖，也是鞭策。",
    ],
)
def test_a_quotation_that_opens_no_list_names_no_holders(text: str) -> None:
    assert _honours(text) == set()


# -- a year before a quotation is the name's ---------------------------------------------------------


def test_a_year_before_a_quotation_is_no_date_of_the_event() -> None:
    ex = _page("本报北京9月8日电　2023年“全国某某楷模”发布仪式8日在京举行。教育部部长卓文秀出席。")
    assert [(e.name, e.date) for e in ex.events] == [("2023年“全国某某楷模”发布仪式", "2023-09-08")]


def test_a_year_that_dates_nothing_else_dates_the_event() -> None:
    ex = _page("本报讯　2023年“全国某某楷模”发布仪式在京举行。教育部部长卓文秀出席。")
    assert [e.date for e in ex.events] == ["2023"]


# -- a separator that opens a place's name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # 和 opens 和平小学's name: no separator there (青禾中学和|和平小学)
        ("本报讯　教育部授予青禾中学和和平小学“全国文明校园”称号。", {"青禾中学", "和平小学"}),
        # 和 opens 和田地区 inside one item: the region is no unit of its own
        (
            "本报讯　今年的“全国某某楷模”是：新疆维吾尔自治区和田地区于田县某某中学数学教师吉觉阿果，"
            "山西省临县某某小学校长卓文秀。",
            set(),
        ),
    ],
)
def test_a_separator_that_opens_a_name_parts_nothing(text: str, units: set[str]) -> None:
    assert {unit for unit, _award in honoured_units(_page(text))} == units


def test_a_separator_between_names_parts_them() -> None:
    units = honoured_units(_page("本报讯　教育部授予青禾中学和白水小学“全国文明校园”称号。"))
    assert {unit for unit, _award in units} == {"青禾中学", "白水小学"}


# -- a ministry's leading party group ----------------------------------------------------------------


def test_a_ministry_s_party_group_is_the_country_s() -> None:
    posts = _posts("本报北京9月8日电　教育部党组书记、部长卓文秀出席并讲话。")
    assert posts == {("卓文秀", "教育部党组", COUNTRY_KEY), ("卓文秀", "教育部", COUNTRY_KEY)}


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        # a bureau of the article's city: the city's
        ("本报讯　太原市教育局党组书记、局长卓文秀出席并讲话。", {"太原市教育局党组", "太原市教育局"}),
        # a party committee of a company: no ministry
        (
            "本报讯　青禾科技有限公司党委书记、董事长卓文秀出席并讲话。",
            {"青禾科技有限公司党委", "青禾科技有限公司"},
        ),
    ],
)
def test_a_party_group_of_no_ministry_stays_where_it_is(text: str, organs: set[str]) -> None:
    posts = _posts(text)
    assert {organ for _person, organ, _place in posts} == organs
    assert all(place != COUNTRY_KEY for _person, _organ, place in posts)


# -- a passive conferral with the body that confers ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本报讯　某县人民检察院第二检察部主任卓文秀被最高人民检察院授予“全国检察机关先进个人”称号。",
        "本报讯　某县人民检察院第二检察部主任卓文秀被授予“全国检察机关先进个人”称号。",
    ],
)
def test_a_passive_conferral_names_its_body_or_none(text: str) -> None:
    assert _honours(text) == {("卓文秀", "全国检察机关先进个人")}


def test_a_passive_conferral_by_two_bodies_after_death() -> None:
    ex = _page("本报讯　卓文秀被中共中央、国务院追授“时代楷模”称号。")
    assert [(c.person, c.award, c.posthumous) for c in conferrals(ex)] == [("卓文秀", "时代楷模", True)]


def test_a_unit_honoured_by_a_named_body() -> None:
    units = honoured_units(_page("本报讯　栾川县人民检察院被最高人民检察院授予“全国先进基层检察院”称号。"))
    assert units == [("栾川县人民检察院", "全国先进基层检察院")]


@pytest.mark.parametrize(
    "text",
    [
        # the body asks for a conferral to come, no passive one
        "本报讯　卓文秀说，要争取被评为先进，被群众认可，而不是被授予一个称号就满足。",
        # a clause ends between 被 and the verb: no conferral of it
        "本报讯　卓文秀被免职，组织授予“优秀党员”称号的决定撤销。",
    ],
)
def test_a_passive_conferral_across_a_clause_is_none(text: str) -> None:
    assert _honours(text) == set()


# -- 原 between a division and its organ ---------------------------------------------------------------


def test_former_between_a_county_and_its_committee() -> None:
    text = "本报讯　检察机关依法对洛宁县原县委常委、副县长卓文秀受贿案提起公诉。"
    assert _posts(text) == set()
    assert _former(text) == {("卓文秀", "洛宁县委", "常委"), ("卓文秀", "洛宁县人民政府", "副县长")}


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("本报讯　太原市委书记卓文秀出席。", "太原市委"),  # 原 of 太原: no mark
        ("本报讯　五原县委书记卓文秀出席。", "五原县委"),  # 原 of 五原: nothing before it names a division
    ],
)
def test_yuan_inside_a_division_s_name_marks_nothing(text: str, organ: str) -> None:
    assert {o for _p, o, _j in _posts(text)} == {organ}
    assert _former(text) == set()


# -- 该院 before a party organ ------------------------------------------------------------------------


def test_gai_yuan_before_a_party_group_is_the_court_named_before() -> None:
    text = "本报讯　2023年11月，济宁市中级人民法院公开开庭审理此案，由该院党组书记、院长卓文秀担任审判长。"
    assert {o for _p, o, _j in _posts(text)} == {"济宁市中级人民法院党组", "济宁市中级人民法院"}


def test_gai_before_a_party_group_with_nothing_of_its_kind_named_stays() -> None:
    text = "本报讯　2023年11月，该局党组书记卓文秀担任组长。"
    assert not any(o.startswith("济宁") for _p, o, _j in _posts(text))


# -- a compound surname and two more after a title; the charge after a name ----------------------------


def _persons(text: str) -> set[str]:
    return {p.name for p in _page(text).persons}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本报讯　十堰市人大常委会副主任闻人建新出席。", "闻人建新"),
        ("本报讯　据省纪委监委消息：某市人大常委会原党组成员、副主任闻人建新涉嫌严重违纪违法。", "闻人建新"),
        ("本报讯　唐江镇某某村党支部书记、村委会主任揭永旺违规操办婚宴问题。", "揭永旺"),
        ("本报讯　县农业农村局副局长揭永旺涉嫌严重违纪违法，目前正接受审查调查。", "揭永旺"),
    ],
)
def test_a_titled_name_the_tagger_read_as_words(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯　村党支部书记百里挑一的好作风，群众看在眼里。",  # 百里挑一: one word of the tagger
        "本报讯　县委书记强调，要严守纪律，不得违规操办婚丧喜庆事宜。",  # the title's verb
    ],
)
def test_words_after_a_title_are_no_name(text: str) -> None:
    assert _persons(text) == set()


# -- verbs that reach a person end a chain ------------------------------------------------------------


@pytest.mark.parametrize("verb", ["联系", "约谈", "叮嘱"])
def test_a_verb_reaching_a_person_is_no_part_of_the_organisation(verb: str) -> None:
    text = f"本报讯　某县人民法院院长卓文秀随即{verb}执行局局长吉觉阿果，要求尽快拿出方案。"
    organs = {o for p, o, _j in _posts(text) if p == "吉觉阿果"}
    assert organs and not any(o.startswith(verb) for o in organs)


def test_a_liaison_office_keeps_its_word() -> None:
    text = "本报讯　省政府驻京联络办公室主任卓文秀出席。"
    assert {o for _p, o, _j in _posts(text)} == {"省政府驻京联络办公室"}


# -- dotted names made whole by the article's other writing of them --------------------------------------


def test_a_dotted_name_cut_at_its_head_is_the_whole_name_written_before() -> None:
    """The tagger's pieces (阿不|都|热|某某·某某) and a caption's opener glued to the name (图为…):
    the name as the article writes it in full elsewhere."""
    text = "院长阿不都热合曼·吐逊接待群众。当天，阿不都热合曼·吐逊一行还接待了群众。图为阿不都热合曼·吐逊（右二）。"
    full = "阿不都热合曼·吐逊"
    first = text.index(full)
    second = text.index(full, first + 1)
    caption = text.index("图为")
    hits = [
        with_gender(text, first, first + len(full)),
        with_gender(text, second + 4, second + len(full)),  # 合曼·吐逊
        with_gender(text, caption, caption + 2 + len(full)),  # 图为阿不都热合曼·吐逊
    ]
    assert [h.name for h in completed(text, hits)] == [full, full, full]


def test_a_dotted_name_no_other_writing_completes_stays() -> None:
    text = "当天，合曼·吐逊一行还接待了群众。图为帕丽达·吐逊（右二）。"
    at = text.index("合曼")
    hits = [with_gender(text, at, at + 5)]
    assert [h.name for h in completed(text, hits)] == ["合曼·吐逊"]


def test_a_dotted_name_glued_to_a_verb_before_zhe() -> None:
    assert _persons("本报讯　年过七旬的牧民库尔班·阿依拉着医生的手连声道谢。") == {"库尔班·阿依"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a last part of two characters keeps them both
        ("本报讯　老人吐尔洪·阿拉着医生的手连声道谢。", "吐尔洪·阿拉"),
    ],
)
def test_a_dotted_name_before_zhe_keeps_its_end(text: str, name: str) -> None:
    assert name in _persons(text)


# -- a list item's number; a title inside what the village grammar reads ------------------------------------


def test_a_list_item_s_number_is_no_part_of_the_organisation() -> None:
    text = (
        "本报讯　市纪委监委通报5起典型问题：\n　　1．于都县银坑镇党委副书记、镇长卓文秀违规收受礼金问题。\n"
    )
    organs = {o for _p, o, _j in _posts(text)}
    assert organs and not any(o[0].isdigit() for o in organs)


def test_a_title_before_a_name_ending_in_cun_makes_no_village() -> None:
    ex = _page("本报讯　理塘县委书记罗桑江村主持会议。")
    assert not any("书记" in p.name for p in ex.places)


def test_a_village_after_a_title_word_elsewhere_stays() -> None:
    ex = _page("本报讯　卓文秀来到理塘县高城镇德吉村，看望慰问群众。")
    assert "德吉村" in {p.name for p in ex.places}


# -- leaders of a prefecture or a banner; another paper's dateline; an institute's own word -------------------


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        (
            "本报讯　8月9日晚，开幕式在凉山彝族自治州西昌市举行。州领导吉觉阿果、卓文秀参加开幕式。",
            "凉山彝族自治州领导",
        ),
        ("本报讯　8月9日，那达慕在巴林右旗大板镇开幕。旗领导包力高、卓文秀参加开幕式。", "巴林右旗领导"),
    ],
)
def test_the_leaders_of_a_prefecture_or_a_banner(text: str, organ: str) -> None:
    assert ("卓文秀", organ) in {(p, o) for p, o, _j in _posts(text)}


def test_the_leaders_of_a_city_stay_the_city_s() -> None:
    text = "本报讯　8月9日，开幕式在太原市举行。市领导吉觉阿果、卓文秀参加开幕式。"
    assert ("卓文秀", "太原市领导") in {(p, o) for p, o, _j in _posts(text)}


@pytest.mark.parametrize("dateline", ["合肥晚报讯", "某县融媒体中心讯", "某某新闻网讯"])
def test_another_paper_s_dateline_is_no_organisation_of_its_reporter(dateline: str) -> None:
    text = f"工作站揭牌\n　　{dateline}（记者卓文秀）10月14日上午，工作站揭牌仪式在研究院举行。\n"
    assert not any(
        p == "卓文秀" for p, _o, _j in {(h.person, h.org.name, 0) for h in holdings(extract_page(text, DAY))}
    )


def test_an_institute_s_bare_word_is_the_institute_the_article_is_about() -> None:
    text = (
        "本报讯　10月14日，院士工作站揭牌仪式在青禾先进材料研究院举行。青禾先进材料研究院成立于2019年。"
        "研究院院长卓文秀介绍，研究院已孵化科技型企业30余家。研究院党委书记吉觉阿果主持仪式。"
    )
    assert {(p, o) for p, o, _j in _posts(text)} == {
        ("卓文秀", "青禾先进材料研究院"),
        ("吉觉阿果", "青禾先进材料研究院党委"),
    }


# -- a Mongolian name of one element closed by a mark ---------------------------------------------------


def test_one_element_of_two_characters_after_a_title_closed_by_a_mark() -> None:
    text = "本报讯　东乌珠穆沁旗委常委、政法委书记都仁，多伦县委常委、政法委书记卓文秀作交流发言。"
    assert "都仁" in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯　天空中乌云密布，村民们忙着收玉米。",  # no title before it
        "本报讯　县委书记查干湖畔调研。",  # no mark after it
    ],
)
def test_one_element_of_two_characters_without_both_marks_is_no_name(text: str) -> None:
    assert not _persons(text) & {"乌云", "查干"}


# -- a hearing of the case named before ---------------------------------------------------------------

_TRIAL = (
    "某市原副市长受贿案一审宣判\n"
    "　　本报讯　1月9日，某市中级人民法院公开宣判某市人民政府原副市长卓文秀受贿案。{between}\n"
    "　　2023年11月，济宁市中级人民法院公开开庭审理此案，由该院院长吉觉阿果担任审判长。\n"
)


def test_a_hearing_of_this_case_is_the_trial_of_the_case_named_before() -> None:
    ex = _page(_TRIAL.format(between="鉴于卓文秀到案后如实供述，依法可以从轻处罚。"))
    trials = [(e.name, e.date) for e in ex.events if e.name.endswith("庭审")]
    assert trials == [("卓文秀受贿案庭审", "2023-11")]


def test_a_hearing_of_this_case_with_no_case_named_before_is_none() -> None:
    text = "本报讯　鉴于卓文秀到案后如实供述。2023年11月，济宁市中级人民法院公开开庭审理此案。"
    assert not [e for e in _page(text).events if e.name.endswith("庭审")]


# -- how a post is held: an aside before the name, a secondment, a resignation's reason ------------------------


def test_an_aside_on_how_the_post_is_held_stands_between_title_and_name() -> None:
    text = "本报讯　百色市委常委、副市长（挂职）卓文秀汇报了协作项目推进情况。"
    assert {(p, o) for p, o, _j in _posts(text)} == {("卓文秀", "百色市委"), ("卓文秀", "百色市人民政府")}


def test_an_aside_of_another_kind_parts_title_and_name() -> None:
    text = "本报讯　百色市委常委、副市长（右一）卓文秀在现场察看。"
    assert _posts(text) == set()


def test_a_secondment_told_after_the_name_and_a_former_post() -> None:
    text = (
        "本报讯　第一批干部中，吉觉阿果任援疆前方指挥部副总指挥；"
        "卓文秀（女），原吉安市教育体育局局长，挂职阿克陶县副县长，负责教育工作。"
    )
    assert ("卓文秀", "阿克陶县人民政府") in {(p, o) for p, o, _j in _posts(text)}


def test_a_resignation_with_its_reason_gives_the_post_up() -> None:
    ex = _page("本报讯　会议决定接受卓文秀因工作变动辞去邢台市人民政府副市长职务的请求。")
    names = {p.key: p.name for p in ex.persons}
    posts = {p.key: p for p in ex.posts}
    assert [(names[h.person], posts[h.post].role, h.change) for h in ex.holdings] == [
        ("卓文秀", "副市长", "removed")
    ]


def test_a_request_that_gives_no_post_up_is_none() -> None:
    assert _page("本报讯　会议决定接受卓文秀因工作变动提出的请求。").holdings == ()


# -- a delegation's members heading a chain; a township whose level word the tagger glued to a title -------------


def test_a_delegation_s_members_word_heads_no_organisation() -> None:
    text = "本报讯　代表团成员佛山市人民政府副秘书长卓文秀、顺德区副区长吉觉阿果（女）参加座谈。"
    assert {(p, o) for p, o, _j in _posts(text)} == {
        ("卓文秀", "佛山市人民政府"),
        ("吉觉阿果", "顺德区人民政府"),
    }


def test_a_delegation_s_member_alone_keeps_the_word() -> None:
    assert _posts("本报讯　代表团成员卓文秀参加座谈。") == set()


def test_a_township_of_the_table_whose_level_word_the_tagger_glued_to_a_title() -> None:
    text = "本报讯　会上，冕宁县彝海镇党委书记吉觉阿果、和爱藏族乡乡长卓文秀分别作表态发言。"
    assert "和爱藏族乡" in {p.name for p in _page(text).places}
    assert ("卓文秀", "和爱藏族乡人民政府") in {(p, o) for p, o, _j in _posts(text)}


def test_a_level_word_opening_an_ordinary_word_names_no_township() -> None:
    ex = _page("本报讯　冕宁县持续推进乡村振兴，乡长卓文秀介绍了情况。")
    assert not any(p.name.endswith("乡") and p.name != "冕宁县" for p in ex.places)


# -- a township's bare organ after a county's chain; a preposition inside what the township grammar reads ---------


_TOWN_MEETING = (
    "本报讯　4月11日上午，潭头镇召开全镇干部大会，宣布栾川县委关于潭头镇党政主要领导调整的决定。"
    "县委组织部副部长吉觉阿果宣读县委决定，镇党委副书记、镇人大主席卓文秀主持会议。"
)


def test_a_township_s_bare_organ_after_a_county_s_chain_is_the_township_s() -> None:
    posts = {(p, o, j) for p, o, j in _posts(_TOWN_MEETING) if p == "卓文秀"}
    assert ("卓文秀", "潭头镇党委", "410324/潭头镇") in posts
    assert all(j == "410324/潭头镇" for _p, _o, j in posts)


def test_a_preposition_inside_a_township_s_name_reads_none() -> None:
    assert [p.name for p in _page(_TOWN_MEETING).places if p.level == "township"] == ["潭头镇"]


def test_a_county_s_bare_organ_after_its_chain_stays_the_county_s() -> None:
    text = "本报讯　栾川县委常委、组织部部长吉觉阿果出席会议，县委组织部副部长卓文秀宣读县委决定。"
    assert ("卓文秀", "栾川县委组织部") in {(p, o) for p, o, _j in _posts(text)}


# -- an adverb of the sentence after a dotted name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name's tail read apart (别克), then the sentence's adverb: the tail is the name's
        ("本报讯　托合提·卡德尔别克认真听取企业诉求、用工情况。", "托合提·卡德尔别克"),
        # an enumeration's item runs no further than the adverb after the name
        ("本报讯　叶尔兰·哈力别克详细了解企业生产、销售和物流运输情况。", "叶尔兰·哈力别克"),
    ],
)
def test_an_adverb_after_a_dotted_name_ends_it(text: str, name: str) -> None:
    assert _persons(text) == {name}


# -- events: a linking word opening a tour's clause; a sequel to come; a life ended; an act joined by 并 ------------


def _events(text: str) -> list[str]:
    return [e.name for e in _page(text).events]


def test_a_linking_word_is_no_subject_of_a_tour() -> None:
    text = "本报讯　此前，代表团一行参观了南宁市良庆区的某某产业园，并赴崇左市凭祥市考察了某某物流园。"
    assert not any(name.startswith("并") for name in _events(text))


def test_a_subject_of_a_tour_stays() -> None:
    text = "本报讯　5月20日，卓文秀赴崇左市凭祥市考察了某某物流园。"
    assert "卓文秀赴崇左市凭祥市考察" in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯　各地还将结合丰收节举办农产品展销、农耕文化体验等活动。",  # a sequel to come
        "本报讯　9月20日，追授仪式举行。\n　　图为卓文秀生前在黄泥村察看大豆长势。\n",  # a life ended
    ],
)
def test_an_event_to_come_or_of_a_life_ended_is_not_reported(text: str) -> None:
    assert not any("丰收节" in name or "察看" in name for name in _events(text))


def test_friends_of_a_life_ended_are_at_the_farewell() -> None:
    text = "本报讯　8月14日，卓文秀等省领导同志，以及吉觉阿果同志生前友好前往殡仪馆送别。"
    ex = _page(text)
    assert "卓文秀" in [a for e in ex.events for a in attendees(ex, e)]


def test_an_act_joined_by_bing_is_no_part_of_the_event_s_name() -> None:
    text = (
        "本报讯　6月18日，卓文秀会见了某某集团有限公司董事长吉觉阿果一行。会谈后，双方举行项目签字仪式。"
        "副市长包力高出席会谈并参加签字仪式。"
    )
    assert not any("并" in name for name in _events(text))


# -- honours: an unquoted class commended; a decision's title; a ranking's roll by class ----------------------


def test_an_unquoted_class_commended_and_the_sentence_naming_its_winners() -> None:
    text = (
        "本报讯　会议对年度岗位技术标兵进行了表彰。某事业部装配车间班组长卓文秀、"
        "集团技术中心工程师包力高（女）等10人受到表彰。"
    )
    assert {p for p, _a in _honours(text)} == {"卓文秀", "包力高"}


def test_work_commended_is_no_class() -> None:
    assert _honours("本报讯　会议对上半年安全生产工作进行了表彰。卓文秀、包力高等10人作交流发言。") == set()


def test_an_award_named_by_its_decision_s_title() -> None:
    text = (
        "本报讯　副校长都仁宣读了《关于表彰2023年度青年教学成果奖的决定》，化工学院教授卓文秀、"
        "材料学院研究员包力高（女）获奖。"
    )
    assert _honours(text) == {
        ("卓文秀", "2023年度青年教学成果奖"),
        ("包力高", "2023年度青年教学成果奖"),
    }


def test_a_decision_s_title_followed_by_no_winners_confers_nothing() -> None:
    text = "本报讯　副校长都仁宣读了《关于表彰2023年度青年教学成果奖的决定》，包力高主持会议。"
    assert _honours(text) == set()


_RANKING_ROLL = (
    "本报讯　8月9日，2023年第二季度“某市好人榜”发布仪式举行。\n"
    "　　上榜名单如下：\n"
    "　　助人为乐类：某街道某社区居民卓文秀；某镇某村村民包力高。\n"
    "　　见义勇为类：某某有限公司车间主任都仁。\n"
    "　　发布仪式上，卓文秀作为上榜好人代表发言。\n"
)


def test_a_ranking_s_roll_by_class() -> None:
    got = {(c.person, c.award, c.category) for c in conferrals(_page(_RANKING_ROLL))}
    assert got == {
        ("卓文秀", "某市好人榜", "助人为乐"),
        ("包力高", "某市好人榜", "助人为乐"),
        ("都仁", "某市好人榜", "见义勇为"),
    }


def test_class_lines_under_no_roll_heading_confer_nothing() -> None:
    text = "本报讯　8月9日，座谈会举行。\n　　助人为乐类：某街道某社区居民卓文秀；某镇某村村民包力高。\n"
    assert _honours(text) == set()


# -- a headline's event that the body tells with no name: the lead's day -----------------------------------------

_RECEPTION = (
    "某县人民法院开展“法官进社区”活动\n"
    "　　本报讯（通讯员 卓文秀）“这笔欠款拖了两年……”9月14日上午，在某县人民法院"
    "诉讼服务中心，来访群众向院长说出了自己的难处。\n"
    "　　当天是某县人民法院的“法官进社区”日，县法院院长包力高、副院长都仁共同接待来访群众。\n"
)


def test_a_headline_s_event_is_on_the_lead_s_day() -> None:
    ex = extract_page(_RECEPTION, dt.date(2023, 9, 18))
    assert [(e.name, e.date) for e in ex.events] == [("“法官进社区”活动", "2023-09-14")]


def test_a_lead_s_range_leaves_the_headline_s_event_to_the_body() -> None:
    text = _RECEPTION.replace("9月14日上午", "9月14日至15日")
    ex = extract_page(text, dt.date(2023, 9, 18))
    assert [e.date for e in ex.events] != ["2023-09-14"]


# -- titled names parted by commas before a passive conferral -----------------------------------------


def test_titled_names_parted_by_commas_from_the_sentence_s_start_are_recipients() -> None:
    text = (
        "本报讯　会议表彰了一批企业家。某某仪表有限公司董事长卓文秀，某某汽配有限公司总经理邹子墨，"
        "某某科技有限公司创始人、首席执行官甘立明被授予“某市杰出企业家”称号。"
    )
    assert {p for p, _a in _honours(text)} == {"卓文秀", "邹子墨", "甘立明"}


def test_a_speaker_before_a_comma_is_no_recipient() -> None:
    text = "本报讯　会上，卓文秀说，某某科技有限公司创始人、首席执行官甘立明被授予“某市杰出企业家”称号。"
    assert {p for p, _a in _honours(text)} == {"甘立明"}
