"""End-to-end checks of round 11's fixes to posts and persons: a bare 省 is never a municipality,
a transliterated foreign region is no person, a roll line opens with a name the tagger misread.
Each rule with examples and counter-examples. Invented people; real divisions."""

from __future__ import annotations

from extraction_support import extract, org_posts

from kg.extract.place_like import is_place_like
from kg.extract.roll_names import _field, roll_names

# ---------------------------------------------------------------- a bare 省 is no 直辖市


def test_a_delegations_bare_province_organs_are_its_provinces_not_the_datelines_city() -> None:
    text = (
        "　　本报北京3月5日电（记者王小明）3月5日上午，出席全国人大会议的青海代表团在驻地举行全体会议。"
        "全国人大代表、省委书记、省人大常委会主任李华参加审议。\n"
        "　　代表团副团长、省人大常委会副主任赵立新，省委副书记、省长孙建国先后发言。\n"
    )
    got = org_posts(extract(text))
    assert ("李华", "青海省委", "书记") in got
    assert ("李华", "青海省人大常委会", "主任") in got
    assert ("赵立新", "青海省人大常委会", "副主任") in got
    assert ("孙建国", "青海省人民政府", "省长") in got
    assert not any(org.startswith("北京") for _, org, _ in got)


def test_a_bare_province_organ_in_a_municipalitys_news_with_no_province_is_no_post_of_that_city() -> None:
    text = "　　本报北京3月5日电（记者王小明）当天下午，省委常委李华到朝阳区调研。\n"
    got = org_posts(extract(text))
    assert not any(org.startswith("北京") for _, org, _ in got)


def test_a_bare_city_organ_in_a_municipalitys_news_is_still_that_municipalitys() -> None:
    text = "　　本报北京3月5日电（记者王小明）当天下午，市委常委、秘书长李华到朝阳区调研。\n"
    assert ("李华", "北京市委", "常委") in org_posts(extract(text))


def test_a_bare_province_organ_in_a_provinces_news_from_the_capital_is_that_provinces() -> None:
    text = "　　本报讯（记者王小明）3月5日，甘肃省召开推进会。省委副书记李华出席会议。\n"
    assert ("李华", "甘肃省委", "副书记") in org_posts(extract(text))


# ---------------------------------------------------------------- 某某大区: a foreign region


def test_a_transliterated_name_before_a_foreign_division_word_is_a_place_not_a_person() -> None:
    ex = extract("　　王小明会见了客人。客人表示，比奥拉大区愿同青海加强旅游合作，卡斯托郡也将参与。\n")
    names = {p.name for p in ex.persons}
    assert "奥拉" not in names and "比奥拉" not in names and "卡斯托" not in names
    assert "王小明" in names
    assert is_place_like(ex, "奥拉", "大区")
    assert is_place_like(ex, "卡斯托", "郡")


def test_a_name_before_a_word_that_starts_with_da_is_still_a_name() -> None:
    ex = extract("　　在青禾县调研时，李华大力推进乡村道路建设。\n")
    assert not is_place_like(ex, "李华", "大力")
    assert "李华" in {p.name for p in ex.persons}


# ---------------------------------------------------------------- a roll line's misread name

_ROLL = (
    "　　青海省委决定表彰一批优秀共产党员。他们中有：\n"
    "　　王小明　西宁市城东区某某街道社区党委书记\n"
    "　　{name}　海东市平安区公安局某某派出所所长\n"
    "　　李华　西宁市第一人民医院护士长\n"
)


def test_the_field_of_a_roll_line_is_read_after_indentation_and_an_ordinal() -> None:
    assert _field("　　沙木尔　青禾县公安局所长") == (2, "沙木尔")
    assert _field("　　1.沙木尔　青禾县公安局所长") == (4, "沙木尔")
    assert _field("　　青海省委决定表彰一批优秀共产党员。") is None


def test_a_name_opening_a_roll_line_between_found_names_is_a_person_with_its_post() -> None:
    ex = extract(_ROLL.format(name="沙木尔"))
    assert {"王小明", "沙木尔", "李华"} <= {p.name for p in ex.persons}
    assert any(name == "沙木尔" and role == "所长" for name, _, role in org_posts(ex))


def test_a_division_or_a_title_heading_a_roll_line_is_no_name() -> None:
    for heading in ("海东市", "所长"):
        ex = extract(_ROLL.format(name=heading))
        assert heading not in {p.name for p in ex.persons}


def test_a_line_of_the_same_shape_with_no_roll_next_to_it_gives_the_roll_rule_no_name() -> None:
    # the tagger may still read the name itself (it does here since it cuts the space off the
    # word: kg.extract.tagger._unspaced); the roll rule adds no name of its own
    text = "　　青海省召开会议。\n　　沙木尔　海东市平安区公安局某某派出所所长\n　　会议要求，抓好落实。\n"
    assert roll_names(extract(text), [], set()) == []


# ---------------------------------------------------------------- an embassy's own news


def test_an_embassys_counsellor_of_a_field_is_one_title() -> None:
    text = "　　本报讯（记者王小明）中国驻坦桑尼亚大使馆经济商务参赞李华介绍了双边贸易情况。\n"
    assert ("李华", "中国驻坦桑尼亚大使馆", "经济商务参赞") in org_posts(extract(text))


def test_a_bare_mission_in_an_embassys_news_is_the_mission_it_names() -> None:
    text = (
        "　　本报讯（记者王小明）中国驻坦桑尼亚大使馆近日举办文化交流活动。"
        "中国驻坦桑尼亚大使赵立新致辞。使馆政务参赞李华出席活动。\n"
    )
    assert ("李华", "中国驻坦桑尼亚大使馆", "政务参赞") in org_posts(extract(text))


def test_a_bare_mission_in_news_naming_two_missions_stays_as_written() -> None:
    text = (
        "　　本报讯（记者王小明）中国驻坦桑尼亚大使馆与中国驻肯尼亚大使馆联合举办交流活动。"
        "使馆政务参赞李华出席活动。\n"
    )
    assert not any(org.startswith("中国驻") and name == "李华" for name, org, _ in org_posts(extract(text)))


# ---------------------------------------------------------------- a development zone's own news


def test_a_bare_zone_in_a_zones_news_is_the_zone_named_after_its_city() -> None:
    text = (
        "　　本报讯（记者王小明）6月3日，宜昌高新区召开项目推进会。"
        "高新区党工委副书记、管委会主任赵立新主持会议，高新区管委会副主任李华通报情况。\n"
    )
    assert ("李华", "宜昌高新区管委会", "副主任") in org_posts(extract(text))


def test_a_bare_zone_in_news_naming_zones_of_two_cities_stays_as_written() -> None:
    text = (
        "　　本报讯（记者王小明）6月3日，宜昌高新区与襄阳高新区签署合作协议。"
        "高新区管委会副主任李华介绍了合作内容。\n"
    )
    assert not any(
        org.startswith(("宜昌", "襄阳")) and name == "李华" for name, org, _ in org_posts(extract(text))
    )
