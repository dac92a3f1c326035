"""Rules of round 27, each general grammar with examples and counter-examples: dotted Turkic names
the tagger cut or read as words, a township named after its county's short form, the 为 of an
election glued to a name, the named few of a counted list of honourees (甲、乙等20名职工被授予…),
the stem of a village read as a name, a list of ordinary words read as names, a body's verb
of sending before a village; a roll after 以下N名同志获评…：, the group a company's news writes as
the bare 集团, an academician's other post, a pronoun joined to a title by 和, and a villager
quoted who holds no post. Invented names and organisations; divisions and townships are real
(东明县 371728 with 东明集镇, 汤旺县 230723 with 汤旺河镇)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import conferrals, extract, local_place_parents, org_posts, person_names, posts_held

DAY = dt.date(2025, 6, 5)


def held(text: str, headline: str | None = None) -> set[tuple[str, str, str, str | None]]:
    return posts_held(text, DAY, headline)


def names(text: str) -> list[str]:
    return person_names(text, DAY)


def local_places(text: str) -> dict[str, str | None]:
    return local_place_parents(text, DAY)


# -- dotted Turkic names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the tagger reads pieces of the name as a verb (买买, 热合曼) or an adverb (都热依木)
        ("拜城县委副书记、县长买买提江·阿不都热依木，新和县委常委发言。", "买买提江·阿不都热依木"),
        ("库车市委副书记、市长买买提江·吐尔逊热合曼，沙雅县委常委发言。", "买买提江·吐尔逊热合曼"),
        # the tagger cut the first part after the title and ran the last into the verb after it
        ("会上，地区农业农村局党组书记、局长热合曼·吐尔洪通报了情况。", "热合曼·吐尔洪"),
    ],
)
def test_a_dotted_turkic_name_after_a_title_is_one_name_however_the_tagger_read_it(
    text: str, name: str
) -> None:
    assert name in names(text)


def test_a_dotted_name_that_runs_into_a_clause_is_still_left_alone() -> None:
    found = names("在棉田里，吕建勋与种植户买买提明·肉孜拉起家常。")
    assert not [n for n in found if n.endswith("拉起家常")]


# -- a township named after its county's short form ---------------------------------------------------


@pytest.mark.parametrize(
    ("county", "township"),
    [("东明县", "东明集镇"), ("汤旺县", "汤旺河镇")],
)
def test_a_township_named_after_its_county_is_one_place_in_that_county(county: str, township: str) -> None:
    parents = local_places(f"本报讯 记者到{county}调研。在{township}青山村，大片谷子长势喜人。")
    assert parents.get(township) == county
    assert parents.get("青山村") == township


def test_a_county_short_form_before_another_word_is_still_the_county() -> None:
    parents = local_places("本报讯 记者到汤旺县调研。汤旺河畔的青山村，大片谷子长势喜人。")
    assert "汤旺河镇" not in parents


# -- the 为 of an election glued to a name -----------------------------------------------------------


@pytest.mark.parametrize("name", ["孙振东", "周立新"])  # the tagger reads 某某某为, 某某某为集团公司
def test_the_wei_of_an_election_is_no_part_of_the_name_before_it(name: str) -> None:
    found = names(f"会议选举寿光蓝海材料有限公司总经理{name}为集团公司职工董事。")
    assert found == [name]


def test_a_name_of_three_characters_ending_in_wei_keeps_it() -> None:
    assert "李有为" in names("会议由集团董事长李有为主持。")


# -- the named few of a counted list of honourees ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 1月24日，吴立春、马德豪等20名同志被授予“青禾市劳动模范”称号。",
        "本报讯 会上，炼钢分厂轧钢工段班长吴立春、运输公司驾驶员马德豪等20名职工被授予“集团劳动模范”称号。",
        "本报讯 吴立春、马德豪等5人被评为全市劳动模范。",
    ],
)
def test_the_named_of_a_counted_list_receive_the_honour(text: str) -> None:
    honoured = {c.person for c in conferrals(extract(text, day=DAY))}
    assert {"吴立春", "马德豪"} <= honoured


def test_names_a_list_runs_together_are_each_honoured() -> None:
    text = "本报讯 吴立春、马德豪、陈春明朱志刚、胡毅等15名同志荣获优秀共产党员。"
    honoured = {c.person for c in conferrals(extract(text, day=DAY))}
    assert {"吴立春", "陈春明", "朱志刚", "胡毅"} <= honoured


def test_a_count_with_no_name_before_it_honours_nobody() -> None:
    text = "本报讯 会上，集团20名职工被授予“集团劳动模范”称号，总经理吴立春颁奖。"
    assert not conferrals(extract(text, day=DAY))


# -- what the tagger reads as a name in a phrase -----------------------------------------------------


def test_the_stem_of_a_village_the_article_names_is_no_person() -> None:
    text = (
        "本报讯 武夷山市星村镇云峰村是红茶之乡。村党支部书记江志明说，全村九成农户以茶为业。"
        "茶企老板饶建新说：“云峰的茶青好，公司愿意出高价。”"
    )
    found = names(text)
    assert {"江志明", "饶建新"} <= set(found)
    assert "云峰" not in found


def test_an_item_of_a_list_of_ordinary_words_is_no_person() -> None:
    assert "康养" not in names("会议要求，推进康养、文旅、体育深度融合。")


def test_a_name_listed_with_other_names_stays() -> None:
    assert {"王明", "李华", "张伟"} <= set(names("出席会议的有王明、李华、张伟。"))


def test_a_bodys_verb_of_sending_opens_no_village() -> None:
    parents = local_places("本报讯 南平市科技局派驻青竹村第一书记陈丽萍到村后，跑遍了全村的茶山。")
    assert not [p for p in parents if "派驻" in p]


# -- a roll after 以下N名同志获评…： ---------------------------------------------------------------

ROLL_AFTER_RECEIVING = (
    "青禾交投集团召开2024年工作会议\n\n"
    "　　2月2日，集团召开2024年工作会议暨2023年度先进表彰大会。工会主席吕卫东宣读了表彰决定，"
    "集团工程管理部获评先进集体；以下4名同志获评先进个人：\n"
    "　　青禾市公路养护有限公司景宁分公司养护工区班长　蓝秀芬（女，畲族）\n"
    "　　集团财务审计部副经理　钟晓梅（女）\n"
    "　　青禾城际公交有限公司驾驶员　雷国强（畲族）\n"
    "　　集团工程管理部工程师　潘一凡\n"
    "　　蓝秀芬作为先进代表发言。\n"
)


def test_a_roll_after_the_named_recipients_of_a_verb_of_receiving_is_honoured() -> None:
    found = {(c.person, c.award) for c in conferrals(extract(ROLL_AFTER_RECEIVING, day=DAY))}
    assert found == {(n, "先进个人") for n in ("蓝秀芬", "钟晓梅", "雷国强", "潘一凡")}


def test_a_colon_after_a_received_award_with_no_roll_subject_opens_no_roll() -> None:
    text = ROLL_AFTER_RECEIVING.replace("以下4名同志获评先进个人：", "市二中获评先进集体：")
    assert not conferrals(extract(text, day=DAY))


# -- the group a company's own news writes as the bare 集团 -------------------------------------------


def test_the_bare_group_word_is_the_headlines_group_not_a_subsidiary_named_more_often() -> None:
    found = org_posts(extract(ROLL_AFTER_RECEIVING, day=DAY))
    assert ("吕卫东", "青禾交投集团工会", "主席") in found  # 工会主席 bare: the company's union
    assert ("钟晓梅", "青禾交投集团财务审计部", "副经理") in found


def test_a_subsidiary_named_most_is_the_own_company_where_the_bare_group_word_is_not_written() -> None:
    text = (
        "青禾交投集团表彰先进\n\n"
        "　　2月2日，青禾市公路养护有限公司召开年度工作会议。青禾市公路养护有限公司"
        "总结了全年工作。公司总经理吕卫东主持会议。青禾市公路养护有限公司全年完成养护里程3000公里。\n"
    )
    assert ("吕卫东", "青禾市公路养护有限公司", "总经理") in org_posts(extract(text, day=DAY))


# -- an academician's other post -------------------------------------------------------------------


def test_the_head_after_an_academicians_title_is_of_the_body_the_sentence_names() -> None:
    text = (
        "本报讯 3月22日，青禾理工大学召开大会。校党委书记汪启明，中国工程院院士、校长覃志恒，"
        "中国科学院院士纪鸿儒出席大会。"
    )
    found = org_posts(extract(text, day=DAY))
    assert ("覃志恒", "青禾理工大学", "校长") in found
    assert not [p for p in found if p[1] == "中国工程院" and p[2] == "校长"]


# -- a pronoun joined to a title by 和 -----------------------------------------------------------------


def test_a_pronoun_and_he_open_no_organisation() -> None:
    text = (
        "本报讯 昭觉县支尔莫乡青山村地处大山深处。驻村第一书记何远航到村后，"
        "他和村党支部书记阿西伍呷、村委会主任吉伍木呷挨家挨户算账。"
    )
    found = org_posts(extract(text, day=DAY))
    assert ("阿西伍呷", "青山村党支部", "书记") in found
    assert not [p for p in found if p[1].startswith("和")]


def test_a_conjunction_inside_an_organisations_name_stays() -> None:
    text = "本报讯 青山县住房和城乡建设局局长吕卫东出席会议。"
    assert ("吕卫东", "青山县住房和城乡建设局", "局长") in org_posts(extract(text, day=DAY))


# -- a villager quoted holds no post --------------------------------------------------------------------


def test_a_villager_quoted_holds_no_post() -> None:
    text = "本报讯 6月14日，青山县召开圆桌会议。“河道干净了，我们心里也踏实了。”东沟村村民赵春生说。"
    assert not [p for p in org_posts(extract(text, day=DAY)) if p[0] == "赵春生"]


def test_an_honoured_villagers_village_is_the_job_of_the_honour() -> None:
    text = "本报讯 市委、市政府决定，授予青山县红旗镇东沟村村民赵春生“见义勇为模范”称号。"
    assert [p for p in org_posts(extract(text, day=DAY)) if p[0] == "赵春生" and p[2] == "村民"]


# -- a name of two characters padded to the width of three on a roll ----------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ("王　伟　青禾钢铁公司工人", "李小华　青禾市第二中学教师", "张　敏（女）　青禾市人民医院护士"),
        ("青禾钢铁公司工人　王　伟", "青禾市第二中学教师　李小华", "青禾市人民医院护士　张　敏（女）"),
    ],
)
def test_a_padded_name_on_a_roll_is_one_name(lines: tuple[str, ...]) -> None:
    text = "青禾市表彰先进\n\n　　市委、市政府决定，授予以下同志“青禾市劳动模范”称号：\n" + "".join(
        f"　　{line}\n" for line in lines
    )
    ex = extract(text, day=DAY)
    assert {c.person for c in conferrals(ex)} == {"王伟", "李小华", "张敏"}
    assert {p.name: p.gender for p in ex.persons}["张敏"] == "女"


def test_two_spaced_characters_with_no_post_after_them_are_no_name() -> None:
    text = "青禾市迎新春\n\n　　王　伟　大家好\n　　新春佳节即将来临。\n"
    assert "王伟" not in names(text)


# -- a village's story: the bare village organs are the village's --------------------------------------------

VILLAGE_STORY = (
    "云端村的“新路”\n"
    "——记昭觉县支尔莫乡青山村驻村第一书记何远航\n"
    "本报记者 沙马阿果 文/图\n"
    "　　9月初的清晨，何远航已经沿着钢梯爬上了青山村。两年前，他从州林业和草原局来到这里担任驻村第一书记。\n"
    "　　2020年，村里84户贫困户搬进了县城的安置社区。村党支部书记阿西伍呷、村委会主任吉伍木呷和何远航一起商量对策。\n"
)


def test_a_bare_village_organ_in_a_villages_story_is_that_villages() -> None:
    found = org_posts(extract(VILLAGE_STORY, day=DAY))
    assert ("阿西伍呷", "青山村党支部", "书记") in found
    assert ("吉伍木呷", "青山村村委会", "主任") in found


def test_a_bare_village_organ_in_a_story_of_two_villages_names_neither() -> None:
    text = VILLAGE_STORY.replace("爬上了青山村。", "爬上了青山村。昭觉县支尔莫乡红岩村也修了步道。")
    found = org_posts(extract(text, day=DAY))
    assert not [p for p in found if p[0] == "阿西伍呷" and p[1].startswith(("青山村", "红岩村"))]


def test_a_byline_line_closed_by_wen_tu_names_the_writer_and_photographer() -> None:
    ex = extract(VILLAGE_STORY, day=DAY)
    names = {p.key: p.name for p in ex.persons}
    assert [names[k] for k in ex.reporters] == ["沙马阿果"]
    assert [names[k] for k in ex.photographers] == ["沙马阿果"]


def test_a_verb_before_a_bare_village_organ_is_no_part_of_it() -> None:
    found = org_posts(extract("本报讯 青山村地处山区。何远航找到村党支部书记阿西伍呷商量对策。", day=DAY))
    assert ("阿西伍呷", "青山村党支部", "书记") in found


def test_a_verb_inside_an_organisations_name_stays() -> None:
    found = org_posts(extract("本报讯 市委书记王明来到制水作业区。制水作业区主任李华介绍情况。", day=DAY))
    assert ("李华", "制水作业区", "主任") in found


def test_a_village_named_with_a_verb_after_its_county_keeps_its_name() -> None:
    found = org_posts(extract("本报讯 青禾县前进村党支部书记王小明介绍情况。", day=DAY))
    assert ("王小明", "青禾县前进村党支部", "书记") in found


# -- a surname the tagger reads as a preposition (向) ---------------------------------------------------------


def test_a_name_whose_surname_the_tagger_reads_as_a_preposition_after_a_title_is_whole() -> None:
    text = "本报讯 7月30日，州委书记田宏远，州委副书记、州长向世勤分别带队，走访慰问驻地部队。"
    assert "向世勤" in names(text)


def test_a_byline_name_whose_surname_the_tagger_reads_alone_is_whole() -> None:
    ex = extract(
        "本报7月31日讯（记者 向晓岚 通讯员 覃家顺）7月30日，州长向世勤带队走访慰问驻地部队。", day=DAY
    )
    names_of = {p.key: p.name for p in ex.persons}
    assert [names_of[k] for k in ex.reporters] == ["向晓岚", "覃家顺"]


def test_two_names_glued_in_a_byline_are_still_two() -> None:
    ex = extract("本报讯（记者 王小明李华强）7月30日，州长向世勤带队走访慰问驻地部队。", day=DAY)
    names_of = {p.key: p.name for p in ex.persons}
    assert "王小明李华强" not in [names_of[k] for k in ex.reporters]


# -- the recipients listed after a received award in its sentence ---------------------------------------------


@pytest.mark.parametrize("opener", ["获评“青禾工匠”的是：", "荣获“青禾工匠”称号的有："])
def test_the_recipients_listed_after_a_received_award_in_its_sentence(opener: str) -> None:
    text = f"本报讯 4月28日，青禾集团召开表彰大会。{opener}研发中心工艺组组长蔡美华、成型车间班长庄永明、设备部高级技师洪少林。"
    honoured = {(c.person, c.award) for c in conferrals(extract(text, day=DAY))}
    assert honoured == {(n, "青禾工匠") for n in ("蔡美华", "庄永明", "洪少林")}


def test_a_count_after_a_received_award_honours_nobody() -> None:
    assert not conferrals(extract("本报讯 会上，获得“优秀共产党员”称号的有12人，总经理蔡美华颁奖。", day=DAY))


# -- an enumeration of places closed by 等地 --------------------------------------------------------------


def test_short_forms_of_counties_in_a_list_closed_by_deng_di_are_places() -> None:
    ex = extract("本报讯 太原市召开会议。考察组先后来到清徐、阳曲等地，调研乡村振兴。", day=DAY)
    by_key = {p.key: p for p in ex.places}
    parents = {p.name: by_key[p.parent].name for p in ex.places if p.parent in by_key}
    assert parents.get("清徐县") == "太原市"
    assert parents.get("阳曲县") == "太原市"


def test_a_short_form_in_a_list_not_closed_by_deng_di_is_left_to_the_other_rules() -> None:
    ex = extract("本报讯 太原市召开会议。会议要求，发展清徐、阳曲的特色产业。", day=DAY)
    assert "阳曲县" not in {p.name for p in ex.places}


# -- a province's counties under the province itself make it the home ------------------------------------


def test_counties_under_their_province_make_it_the_home_over_a_visitors_city() -> None:
    text = (
        "本报仙桃4月11日电 4月11日，江汉平原龙虾节在仙桃市开幕。副省长吕卫东出席开幕式。"
        "潜江、天门等市同步举办活动。在天门市，来自湖南长沙的游客刘思远品尝了龙虾。"
    )
    assert ("吕卫东", "副省长", "湖北省人民政府", "420000") in held(text)


def test_a_visitors_city_named_with_no_county_of_another_province_stays_the_home() -> None:
    text = "本报讯 4月11日，长沙市召开会议。副省长吕卫东出席会议，市长刘思远主持。"
    assert ("吕卫东", "副省长", "湖南省人民政府", "430000") in held(text)


# -- a name the tagger glued to the verb after it, named again later ------------------------------------------

COMPANY_NEWS = (
    "青禾能源集团召开一季度经营分析会议\n"
    "本报讯 5月20日，青禾能源集团有限公司召开一季度经营分析会议。集团党委书记、董事长吕振华出席会议并讲话，"
    "党委副书记、总经理{name}作经营分析报告。{name}在报告中指出，一季度集团营业收入同比增长。\n"
)


@pytest.mark.parametrize("name", ["宋志军", "高立军"])  # 高立|军作: the tagger glues the name's end to 作
def test_a_titled_name_the_tagger_glued_to_the_verb_after_it_is_found_by_its_other_mention(name: str) -> None:
    found = org_posts(extract(COMPANY_NEWS.format(name=name), day=DAY))
    assert (name, "青禾能源集团有限公司党委", "副书记") in found
    assert (name, "青禾能源集团有限公司", "总经理") in found


def test_a_dotted_name_after_a_title_the_lexicon_cuts_short_takes_no_piece_of_it() -> None:
    found = names("报告披露，她是某国军副司令官马克·卢布林的妹妹，当时也在集中营任职。")
    assert not [n for n in found if n.startswith("官")]
