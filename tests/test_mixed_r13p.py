"""End-to-end checks of round 13's fixes to posts, persons, organisations and rolls: a bare 自治区
in a region's news, roll lines whose name or job the lexicons do not know, a place that opens
with a verb's character, a ministry named by a list of fields, the army's units, and a session's
spokesman. Each rule with examples and counter-examples. Invented people; real divisions."""

from __future__ import annotations

from extraction_support import extract, holdings

from kg.extract.military_units import MILITARY_UNIT


def _posts(text: str) -> set[tuple[str, str, str | None, str]]:
    """(person, organisation, jurisdiction, role) of every post held at the article's date."""
    return {(h.person, h.org.name, h.org.jurisdiction, h.role) for h in holdings(extract(text))}


# ---------------------------------------------------------------- 自治区党委书记: the region's


_REGION = "　　本报南宁5月2日电（记者王明）5月1日，广西壮族自治区劳动者座谈会在南宁召开。"


def test_a_bare_region_organ_in_a_regions_news_is_the_regions() -> None:
    posts = _posts(
        f"{_REGION}自治区党委书记李华，自治区党委副书记、自治区主席王小明，自治区公安厅副厅长赵刚出席。\n"
    )
    assert ("李华", "广西壮族自治区党委", "450000", "书记") in posts
    assert ("王小明", "广西壮族自治区党委", "450000", "副书记") in posts
    assert ("王小明", "广西壮族自治区人民政府", "450000", "主席") in posts
    assert ("赵刚", "广西壮族自治区公安厅", "450000", "副厅长") in posts


def test_the_leaders_of_a_region_written_bare_hold_the_regions_leadership() -> None:
    posts = _posts(f"{_REGION}自治区领导李华、孙丽参加活动。\n")
    assert ("李华", "广西壮族自治区领导", "450000", "自治区领导") in posts
    assert ("孙丽", "广西壮族自治区领导", "450000", "自治区领导") in posts


def test_a_bare_region_in_a_provinces_news_stands_for_no_region() -> None:
    text = "　　本报太原5月2日电（记者王明）5月1日，山西省劳动者座谈会在太原召开。自治区党委书记李华出席。\n"
    assert all(j != "450000" and not name.startswith("山西省") for _, name, j, _ in _posts(text))


# ---------------------------------------------------------------- rolls: unknown names and plain jobs

_ROLL = (
    "　　本报讯（记者王明）青禾市道德模范名单揭晓。\n"
    "　　青禾市道德模范名单\n"
    "　　助人为乐模范\n"
    "　　钱立新　南通市海门区三厂街道退休职工\n"
    "　　诚实守信模范\n"
    "　　柏秀云（女）　泰州市姜堰区溱潼镇个体经营户\n"
    "　　敬业奉献模范\n"
    "　　冯国庆　徐州华泰物流有限公司驾驶员\n"
    "　　孝老爱亲模范\n"
    "　　沙桂芝（女）　宿迁市宿城区农民\n"
)


def test_a_roll_line_past_headings_opens_with_a_name_the_tagger_missed() -> None:
    names = {p.name for p in extract(_ROLL).persons}
    assert {"钱立新", "柏秀云", "冯国庆", "沙桂芝"} <= names
    assert not any(n.startswith(("助人", "诚实", "敬业", "孝老")) for n in names)


def test_a_roll_line_with_a_plain_job_after_divisions_gives_that_job() -> None:
    posts = _posts(_ROLL)
    assert ("钱立新", "南通市海门区三厂街道", "320614/三厂街道", "退休职工") in posts
    assert ("柏秀云", "泰州市姜堰区溱潼镇", "321204/溱潼镇", "个体经营户") in posts
    assert ("沙桂芝", "宿迁市宿城区", "321300", "农民") in posts  # on a roll a status is the job


def test_a_status_in_prose_and_a_line_of_prose_are_no_roll_entry() -> None:
    assert not _posts("　　宿迁市宿城区农民沙桂芝说，今年的收成很好。\n")
    prose = "　　冯国庆　徐州华泰物流有限公司驾驶员\n　　高温天气　持续多日，请注意防暑。\n"
    assert "高温天气" not in {p.name for p in extract(prose).persons}
    entry = "　　冯国庆　徐州华泰物流有限公司驾驶员\n　　高文天　宿迁市宿城区农民\n"
    assert "高文天" in {p.name for p in extract(entry).persons}


def test_a_plain_word_after_a_unit_that_ends_in_a_suffix_is_no_job() -> None:
    roll = "　　冯国庆　徐州华泰物流有限公司驾驶员\n　　钱立新　宿迁市宿城区卫生院\n"
    assert not any(p[0] == "钱立新" for p in _posts(roll))


# ---------------------------------------------------------------- 将台堡镇: a place opening with 将


def test_a_place_whose_first_character_reads_as_a_word_opens_the_chain() -> None:
    posts = _posts("　　固原市西吉县将台堡镇东沟村党支部书记李华出席。\n")
    assert any(p[0] == "李华" and p[1].startswith("固原市西吉县将台堡镇") for p in posts)


def test_a_preposition_before_an_organ_still_ends_the_chain() -> None:
    posts = _posts("　　会议将县委书记李华的讲话精神传达到基层。\n")
    assert all(not name.startswith("将") for _, name, _, _ in posts)


# ---------------------------------------------------------------- 某国投资、贸易和工业部


def test_a_foreign_ministry_named_by_a_list_of_fields_is_the_countrys() -> None:
    posts = _posts("　　肯尼亚投资、贸易和工业部常务秘书约瑟夫·卡马乌表示欢迎。\n")
    assert ("约瑟夫·卡马乌", "肯尼亚投资、贸易和工业部", None, "常务秘书") in posts


def test_a_local_bureau_named_by_a_list_of_fields_is_one_organisation() -> None:
    posts = _posts("　　太原市农业、农村和水利局局长李华出席。\n")
    assert ("李华", "太原市农业、农村和水利局", "140100", "局长") in posts


def test_a_title_or_a_body_before_the_list_is_an_item_of_its_own() -> None:
    posts = _posts("　　肯尼亚总统、外交和移民部部长约瑟夫·卡马乌出席。\n")
    assert ("约瑟夫·卡马乌", "肯尼亚", None, "总统") in posts
    assert not any("、" in name for _, name, _, _ in posts)
    posts = _posts("　　肯尼亚代表团、外交和移民部部长约瑟夫·卡马乌出席。\n")
    assert not any(name.startswith("肯尼亚代表团") for _, name, _, _ in posts)


# ---------------------------------------------------------------- 某军区某边防团边防三连


def test_army_units_are_organisations_of_the_country() -> None:
    ex = extract(
        "　　经中央军委批准，西藏军区某边防团边防二连被授予“高原先锋连”荣誉称号。某边防团荣立集体三等功。\n"
    )
    orgs = {o.name: o.jurisdiction for o in ex.organizations}
    assert orgs.get("西藏军区某边防团边防二连") == "100000"
    assert orgs.get("某边防团") == "100000"


def test_the_army_unit_grammar_reads_numbered_units_after_a_superior_only() -> None:
    assert MILITARY_UNIT.fullmatch("第七十一集团军某合成旅装甲一营") is not None
    assert MILITARY_UNIT.fullmatch("某边防团边防三连") is not None
    orgs = {
        o.name
        for o in extract("　　青禾集团某团队与艺术团连续三年开展交流，一连三天都在排练。\n").organizations
    }
    assert not any(name.endswith(("某团", "一连", "某团队")) for name in orgs)


# ---------------------------------------------------------------- 大会新闻发言人: the session's division


def test_a_national_sessions_spokesman_is_in_the_country() -> None:
    text = "　　本报北京3月4日电（记者王明）十四届全国人大三次会议4日举行记者会。大会新闻发言人李华主持。\n"
    assert ("李华", "大会", "100000", "新闻发言人") in _posts(text)


def test_a_local_or_an_unnamed_sessions_posts_stay_in_the_session() -> None:
    text = "　　太原市第十六届人民代表大会第三次会议闭幕。大会执行主席李华主持闭幕会。\n"
    assert ("李华", "大会", None, "执行主席") in _posts(text)
    text = "　　十四届三次会议闭幕。大会执行主席李华主持闭幕会。\n"
    assert all(j is None for p, _, j, _ in _posts(text) if p == "李华")
