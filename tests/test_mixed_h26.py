"""Rules of round 25, each general grammar with examples and counter-examples: names that end
before 一行 or after a two-character surname the tagger read alone, a writer's credit 撰稿, a
company's bare chief officers and party organs in its own news, two bare titles joined by 兼,
spaces the tagger took into a word, speakers at a 座谈会 who hope or call for something, a bare
county organ in a caption that names its county, a signing's ceremony named after the signing,
and an oath that an official oversees.
Invented names and organisations; divisions are real (重庆市 500000, 秀山土家族苗族自治县 500241,
城口县 500229, 黄山市 341000, 黟县 341023, 滨州市 371600)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import (
    attendees,
    event,
    events_by_name,
    extract,
    honoured_persons,
    person_names,
    posts_held,
)

from kg.extract.byline_forms import credits
from kg.extract.cut_names import given_after_surname
from kg.extract.not_names import counted
from kg.extract.tagger import _unspaced

DAY = dt.date(2025, 6, 5)


def held(text: str, headline: str | None = None) -> set[tuple[str, str, str, str | None]]:
    return posts_held(text, DAY, headline)


def names(text: str) -> list[str]:
    return person_names(text, DAY)


# -- a titled name before 一行 -----------------------------------------------------------------------


def test_a_titled_name_before_yixing_is_a_name_though_the_tagger_reads_a_verb() -> None:
    text = "10月14日，市委书记王明远会见了北京某某能源集团有限公司党委书记、董事长储国梁一行。"
    assert "储国梁" in names(text)


def test_a_title_before_yixing_with_no_name_gives_no_person() -> None:
    assert names("10月14日，市委书记王明远会见了某某集团董事长一行。") == ["王明远"]


# -- a two-character surname the tagger read alone as the name ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("总经理欧阳启航代表双方签约。", "欧阳启航"),
        ("副县长司马南一行参观了园区。", "司马南"),
        ("记者见到了诸葛亮。", "诸葛亮"),
        ("主任欧阳峰、副主任李华出席。", "欧阳峰"),
    ],
)
def test_a_two_character_surname_takes_the_given_name_before_a_mark(text: str, name: str) -> None:
    start = text.index(name)
    assert text[start : given_after_surname(text, start, start + 2)] == name


@pytest.mark.parametrize(
    "text", ["欧阳书记指出，", "欧阳老师说，", "欧阳同志，", "欧阳在会上讲话。", "欧阳总强调，"]
)
def test_a_two_character_surname_before_a_title_or_address_stays_a_surname(text: str) -> None:
    assert given_after_surname(text, 0, 2) == 2


# -- a writer's credit 撰稿 ---------------------------------------------------------------------------


def test_a_writer_credit_zhuangao_names_a_reporter() -> None:
    line = "（撰稿：王小明　摄影：李华）"
    found = {(line[s:e], role) for s, e, role in credits(line) or []}
    assert found == {("王小明", "reporter"), ("李华", "photographer")}


def test_zhuangao_inside_a_sentence_is_no_credit() -> None:
    assert credits("他为本报撰稿：多年来笔耕不辍") is None


# -- a company's own news: bare chief officers and party organs ------------------------------------

COMPANY = (
    "7月14日，辽宁恒远测控仪表集团有限公司召开年中工作会议。集团党委书记、董事长王明远出席会议并讲话。"
    "会上，副总经理兼总工程师李建国通报了科技创新工作，纪委书记赵刚提出要求。董事长兼总经理孙强说，"
)


def test_a_companys_bare_officers_and_organs_are_its_own_in_its_news() -> None:
    posts = held(COMPANY)
    company = "辽宁恒远测控仪表集团有限公司"
    assert {
        ("李建国", "副总经理", company),
        ("李建国", "总工程师", company),
        ("赵刚", "书记", company + "纪委"),
        ("孙强", "董事长", company),
        ("孙强", "总经理", company),
    } <= {(p, r, o) for p, r, o, _ in posts}


def test_a_bare_chief_engineer_in_news_of_no_company_is_nobodys() -> None:
    posts = held("6月5日，市水利局召开防汛工作会议。总工程师李建国通报了汛情，纪委书记赵刚提出要求。")
    assert not {p for p in posts if p[0] in ("李建国", "赵刚") and "公司" in p[2]}


# -- spaces the tagger took into a word ------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "tag", "parts"),
    [
        ("\u3000某县某某镇党委", "ORG", [("\u3000", "w"), ("某县某某镇党委", "ORG")]),
        ("某某镇党委 ", "ORG", [("某某镇党委", "ORG"), (" ", "w")]),
        ("某某镇党委", "ORG", [("某某镇党委", "ORG")]),
        ("\u3000", "w", [("\u3000", "w")]),
    ],
)
def test_spaces_at_a_words_ends_are_words_of_their_own(word: str, tag: str, parts: list) -> None:
    assert _unspaced(word, tag) == parts


def test_a_township_on_a_roll_line_after_a_space_is_the_posts_jurisdiction() -> None:
    text = (
        "本报讯 4月8日，全市森林防灭火工作推进会召开。\n\n黄山市森林防灭火工作先进个人\n"
        "汪立群\u3000屯溪区应急管理局副局长\n程丽华（女）\u3000黟县宏村镇党委委员、副镇长\n"
    )
    posts = held(text)
    assert ("程丽华", "副镇长", "黟县宏村镇人民政府", "341023/宏村镇") in posts


# -- speakers at a 座谈会 who hope or call for something -----------------------------------------------

FORUM = (
    "本报讯 8月19日下午，市委、市政府召开民营企业家座谈会。市委书记王明远出席并讲话。\n"
    "座谈会上，5位民营企业家先后发言。某某铝业科技有限公司董事长李建国建议，加大技术改造支持力度；"
    "某某厨具有限公司总经理赵丽（女）希望政府搭建更多展会平台；某某绳网科技有限公司董事长孙强谈到了人才引进难的问题；"
    "某某化工有限公司董事长钱勇就园区配套设施建设提出建议；某某农业发展有限公司董事长周斌呼吁加强品牌保护。\n"
)


def test_each_speaker_of_a_run_of_clauses_at_a_forum_attends_it() -> None:
    ex = extract(FORUM, day=DAY)
    assert {"李建国", "赵丽", "孙强", "周斌"} <= set(attendees(ex, event(ex, "座谈会")))


def test_a_hope_told_in_another_paragraph_adds_no_one() -> None:
    text = FORUM + "另据了解，某某公司董事长吴刚希望明年扩大产能。\n"
    ex = extract(text, day=DAY)
    assert "吴刚" not in attendees(ex, event(ex, "座谈会"))


# -- a bare county organ in a caption of a page of many counties -----------------------------------

PHOTO_PAGE = (
    "秋分前后，我市各区县抢抓晴好天气收割中稻。\n"
    "图①　9月23日，城口县岚天乡的村民在采收核桃。\n"
    "图②　9月24日，秀山土家族苗族自治县县委副书记、县长王明远在隘口镇检查秋粮收购。县委常委、副县长李建国陪同检查。\n"
)


def test_a_bare_county_organ_is_the_county_its_caption_names() -> None:
    posts = held(PHOTO_PAGE)
    assert ("李建国", "常委", "秀山土家族苗族自治县委", "500241") in posts
    assert ("李建国", "副县长", "秀山土家族苗族自治县人民政府", "500241") in posts


def test_a_bare_county_organ_in_a_paragraph_of_no_county_is_nobodys() -> None:
    text = PHOTO_PAGE + "图③　9月25日，县委常委赵刚在田间察看稻谷长势。\n"
    assert not {p for p in held(text) if p[0] == "赵刚" and p[3] is not None}


# -- a signing's ceremony named after the signing -------------------------------------------------


def test_a_signing_ceremony_named_after_a_signing_is_that_signing() -> None:
    text = (
        "本报讯 4月22日，市委书记王明远会见了某某新材料股份有限公司董事长李建国一行。"
        "会见后，王明远与李建国共同见证了项目签约。副市长赵刚与某某新材总经理孙强代表双方签约。"
        "市委秘书长钱勇出席签约仪式。"
    )
    found = events_by_name(extract(text, day=DAY))
    signing = [n for n in found if "签约" in n]
    assert len(signing) == 1 and {"赵刚", "孙强", "钱勇"} <= found[signing[0]]


def test_a_ceremony_of_another_act_stays_apart() -> None:
    text = (
        "本报讯 4月22日，市委书记王明远会见了某某新材料股份有限公司董事长李建国一行。"
        "会见后，王明远与李建国共同见证了项目签约。市委秘书长钱勇出席开工仪式。"
    )
    assert sum("签约" in n for n in events_by_name(extract(text, day=DAY))) == 1


# -- an oath that an official oversees -------------------------------------------------------------

SESSION = "本报讯 6月26日，市五届人大常委会第二十三次会议举行。市人大常委会主任王明远主持会议。"


def test_an_oath_that_an_official_oversees_is_an_event_with_that_official() -> None:
    ex = extract(SESSION + "会后，新任命的国家工作人员进行了宪法宣誓，副主任李建国监誓。", day=DAY)
    assert events_by_name(ex).get("宪法宣誓") == {"李建国"}


@pytest.mark.parametrize(
    "tail",
    ["会后，新任命人员进行了宪法宣誓。", "会后，举行宪法宣誓仪式，副主任李建国监誓。"],
)
def test_an_oath_nobody_oversees_or_named_as_a_ceremony_is_no_act_event(tail: str) -> None:
    assert "宪法宣誓" not in events_by_name(extract(SESSION + tail, day=DAY))


# -- a word counted by a doubled measure word --------------------------------------------------


def test_a_word_counted_by_a_doubled_measure_word_is_no_name() -> None:
    text = "绣娘们围坐在一起，一只只蝴蝶、一条条游龙在布面上渐渐活了过来。绣娘潘雪晴说，"
    assert names(text) == ["潘雪晴"]


@pytest.mark.parametrize(("text", "start"), [("一条条游龙", 3), ("一只只蝴蝶", 3)])
def test_counted_reads_the_doubled_measure_word(text: str, start: int) -> None:
    assert counted(text, start)


@pytest.mark.parametrize(("text", "start"), [("一条游龙", 2), ("村民王条条说", 2), ("一位游客", 2)])
def test_a_single_measure_word_or_a_name_is_not_counted(text: str, start: int) -> None:
    assert not counted(text, start)


def test_an_oath_after_letters_of_appointment_only_is_no_act_event() -> None:
    tail = "会后，王明远向新任命人员颁发任命书，新任命人员进行了宪法宣誓，李建国代表新任命人员作表态发言。"
    assert "宪法宣誓" not in events_by_name(extract(SESSION + tail, day=DAY))


# -- round 25, second part: batch 30's families --------------------------------------------------


def test_a_roll_opened_by_the_sentence_after_the_conferral_is_conferred() -> None:
    text = (
        "本报讯 日前，市委决定授予王秀英等3名同志“优秀村（社区）党组织书记”称号。名单如下（按姓氏笔画排序）：\n\n"
        "王秀英（女） 仪征市真州镇天宁社区党委书记、居委会主任\n\n"
        "朱建国 宝应县射阳湖镇北河村党总支书记\n\n"
        "刘永平 江都区仙女镇龙川社区党委书记\n"
    )
    assert {"王秀英", "朱建国", "刘永平"} <= honoured_persons(extract(text, day=DAY))


def test_a_roll_after_a_conferral_that_no_note_opens_is_not_conferred() -> None:
    text = (
        "本报讯 日前，市委决定授予王秀英同志“优秀党组织书记”称号。会议要求各地认真学习。\n"
        "朱建国 宝应县射阳湖镇北河村党总支书记\n"
    )
    assert honoured_persons(extract(text, day=DAY)) == {"王秀英"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市委、市政府决定，追授方光明同志“护林英雄”称号。", "方光明"),
        ("市委决定，授予欧阳启航同志“优秀共产党员”称号。", "欧阳启航"),
    ],
)
def test_a_name_between_a_verb_of_conferral_and_tongzhi_is_a_name(text: str, name: str) -> None:
    assert name in names("本报讯 4月8日，" + text)


@pytest.mark.parametrize(
    "text", ["授予全体同志纪念章。", "授予10名同志“先进个人”称号。", "授予这些同志荣誉。"]
)
def test_a_group_between_a_verb_of_conferral_and_tongzhi_is_no_name(text: str) -> None:
    assert names("本报讯 4月8日，市委决定，" + text) == []


def test_the_post_of_one_who_died_is_stated_by_shengqian_xi() -> None:
    text = "本报讯 市委追授王大明同志“优秀共产党员”称号。王大明，男，1969年6月生，生前系高邮市三垛镇甸垛村党总支书记。"
    assert ("王大明", "书记", "高邮市三垛镇甸垛村党总支") in {p[:3] for p in held(text)}


def test_a_county_short_form_opening_a_township_after_another_county_is_the_township() -> None:
    posts = held("朱建国 宝应县射阳湖镇北河村党总支书记\n")
    assert {p[3] for p in posts} == {"321023/射阳湖镇/北河村"}


def test_a_county_after_its_prefecture_is_still_read() -> None:
    ex = extract("盐城市射阳县合德镇召开会议。", day=DAY)
    assert "射阳县" in {p.name for p in ex.places}


@pytest.mark.parametrize(
    ("line", "name"), [("本报记者 吴 海 摄", "吴海"), ("图为活动现场。 王小明 李 华 摄", "李华")]
)
def test_a_two_character_name_spaced_in_a_photo_credit_is_one_name(line: str, name: str) -> None:
    ex = extract("周长海在社区修车。\n" + line, day=DAY)
    assert name in {p.name for p in ex.persons if p.key in ex.photographers}


def test_a_two_character_name_spaced_in_a_byline_is_one_reporter() -> None:
    ex = extract("本报讯（记者 吴 海 李华）6月1日，市委书记王明出席。", day=DAY)
    assert {p.name for p in ex.persons if p.key in ex.reporters} == {"吴海", "李华"}


def test_a_department_and_a_name_closing_a_companys_news_are_its_writer() -> None:
    ex = extract("集团总经理王明远出席签约仪式。\n\n（党委工作部　于晓彤）", day=DAY)
    assert {p.name for p in ex.persons if p.key in ex.reporters} == {"于晓彤"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("说起以后，周长海乐呵呵地说：“我就在这儿修下去。”", ["周长海"]),
        ("村民王小明天天都来。", ["王小明"]),
        ("球员沃尔科特往往能够突破。", ["沃尔科特"]),
    ],
)
def test_a_name_gives_back_the_head_of_an_abb_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_surname_and_a_word_of_address_for_an_elder_is_no_name() -> None:
    assert names("第一书记郭磊请来专家办起田间课堂，王老汉每场都到。村民李大爷说，") == ["郭磊"]


def test_a_company_with_an_indefinite_article_is_no_named_organisation() -> None:
    ex = extract("2020年，他从西安一家互联网公司辞职回村。他在一家人食品有限公司工作过。", day=DAY)
    assert {o.name for o in ex.organizations} == {"一家人食品有限公司"}


XINJIANG = (
    "阿克苏地区召开秋收秋种工作会议。地区农业农村局局长黄建波汇报了进度。"
    "库车市委副书记、市长努尔买买提·阿不都拉，沙雅县委副书记、县长古丽娜尔·艾买提参加。"
)


def test_a_dotted_name_between_a_title_and_a_mark_is_one_name_however_cut() -> None:
    assert {"努尔买买提·阿不都拉", "古丽娜尔·艾买提"} <= set(names(XINJIANG))


def test_a_dotted_run_into_a_clause_is_left_to_the_other_rules() -> None:
    assert "买买提明·肉孜拉起家常" not in names("在棉田里，吕建勋与种植户买买提明·肉孜拉起家常。")


def test_a_bare_mayor_after_a_county_level_citys_committee_in_a_diqu_is_that_citys() -> None:
    posts = held(XINJIANG)
    assert ("努尔买买提·阿不都拉", "市长", "库车市人民政府", "652902") in posts
    assert ("黄建波", "局长", "阿克苏地区农业农村局", "652900") in posts


def test_a_bare_prefecture_word_outside_a_diqu_names_no_diqu() -> None:
    assert not {p for p in held("太原市召开会议。地区农业农村局局长黄建波汇报。") if "太原" in p[2]}


def test_a_papers_own_city_is_its_home_whatever_the_chain_before_named() -> None:
    text = (
        "本报讯 4月18日，上饶市党政代表团来我市考察。南平市委书记郑启航会见。南平市召开座谈会。"
        "上饶市委常委、常务副市长费立群，上饶市领导邵文彬，我市领导陈一鸣、叶青松参加。"
    )
    posts = held(text)
    assert ("陈一鸣", "市领导", "南平市领导", "350700") in posts
    assert ("邵文彬", "市领导", "上饶市领导", "361100") in posts


def test_a_dotted_name_before_deng_leaves_deng_out() -> None:
    text = "递交国书的使节是：肯尼亚驻华大使约瑟夫·基马尼、斯里兰卡驻华大使库马拉·佩雷拉等。"
    assert {"约瑟夫·基马尼", "库马拉·佩雷拉"} <= set(names(text))


# -- round 25, third part: batch 31's families ---------------------------------------------------

HONOUR_ROLL = (
    "本报讯 近日，中共惠州市委、惠州市人民政府印发决定，授予李文华等3名同志“惠州市乡村振兴先进个人”称号。\n\n"
    "决定号召，全市广大党员干部群众要以受表彰的先进个人为榜样。\n\n"
    "惠州市乡村振兴先进个人名单\n\n"
    "李文华　惠城区横沥镇墨园村党委书记\n\n"
    "钟丽萍（女）　惠城区汝湖镇农业农村办公室主任\n\n"
    "林志坚　惠州市农业农村局乡村产业发展科科长\n"
)


def test_a_roll_headed_by_the_award_the_text_confers_is_conferred_it() -> None:
    assert {"李文华", "钟丽萍", "林志坚"} <= honoured_persons(extract(HONOUR_ROLL, day=DAY))


def test_a_roll_headed_by_a_list_of_no_honour_the_text_does_not_confer_is_not() -> None:
    text = HONOUR_ROLL.replace("授予李文华等3名同志“惠州市乡村振兴先进个人”称号", "部署了乡村振兴工作")
    text = text.replace("惠州市乡村振兴先进个人名单", "惠州市乡村振兴工作专班成员名单")
    assert not honoured_persons(extract(text, day=DAY))
    # a list named by an honour (某某先进个人名单) is its roll, conferred or not (round 37)
    unconferred = HONOUR_ROLL.replace("授予李文华等3名同志“惠州市乡村振兴先进个人”称号", "部署了乡村振兴工作")
    assert {"李文华", "钟丽萍", "林志坚"} <= honoured_persons(extract(unconferred, day=DAY))


def test_speakers_after_huishang_attend_the_meeting_not_the_tour_told_before() -> None:
    text = (
        "本报讯 6月20日，州政协召开专题协商会。州政协主席王明远出席并讲话。\n"
        "会前，州政协组成调研组，深入合作市、夏河县等地开展专题调研。会上，州政协文史委主任李建国代表调研组作调研报告。\n"
        "州政协委员赵刚，州政协委员孙强先后发言。\n"
    )
    found = events_by_name(extract(text, day=DAY))
    meeting = next(n for n in found if n.endswith("协商会"))
    assert {"王明远", "李建国", "赵刚", "孙强"} <= found[meeting]


def test_a_bare_zhou_organ_is_an_autonomous_prefectures_not_a_city_in_the_chain() -> None:
    text = "本报讯 甘南藏族自治州召开会议。州政协委员、兰州大学草地农业科技学院教授赵文清（女）发言。"
    posts = held(text)
    assert ("赵文清", "委员", "甘南藏族自治州政协", "623000") in posts
    assert not any(o == "兰州市政协" for _, _, o, _ in posts)


@pytest.mark.parametrize("lead", ["本网讯（通讯员 金美玉）7月14日，", "本台讯（记者 金美玉）7月14日，"])
def test_a_sites_or_a_stations_own_dateline_opens_a_byline(lead: str) -> None:
    ex = extract(lead + "某某集团有限公司召开工作会议。", day=DAY)
    assert {p.name for p in ex.persons if p.key in ex.reporters} == {"金美玉"}


@pytest.mark.parametrize(
    ("line", "name"),
    [("图为村民排练芦笙舞。杨文斌摄（人民视觉）", "杨文斌"), ("王小明 摄（资料图片）", "王小明")],
)
def test_a_photo_credit_may_name_its_agency_after_she(line: str, name: str) -> None:
    ex = extract("村民排练芦笙舞。\n" + line, day=DAY)
    assert name in {p.name for p in ex.persons if p.key in ex.photographers}


def test_a_byline_line_with_a_name_spaced_twice_is_one_reporter() -> None:
    ex = extract("芦笙吹响致富曲\n\n本报记者  苏  滨\n\n清晨，雷山县郎德镇南猛村薄雾笼罩。", day=DAY)
    assert {p.name for p in ex.persons if p.key in ex.reporters} == {"苏滨"}


def test_a_simple_ceremony_is_named_without_its_adjective() -> None:
    ex = extract("本报讯（记者 陈静）5月8日，南翔镇一家小笼馆里举行了一场简单的拜师仪式。", day=DAY)
    assert "拜师仪式" in {e.name for e in ex.events}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会晤了联合国秘书长科菲·安南。", "科菲·安南"),
        ("该公司的高级研究员莉萨·科斯马斯说，市场将放慢。", "莉萨·科斯马斯"),
    ],
)
def test_a_dotted_name_starts_where_the_whole_title_ends_and_stops_before_a_verb_of_saying(
    text: str, name: str
) -> None:
    assert name in names(text)
