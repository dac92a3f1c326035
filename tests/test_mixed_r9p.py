"""End-to-end checks on mixed articles of the genre (a congress session, a CPPCC standing
committee, a court and a procuratorate, a university's and a group's leaders), each rule with
examples and counter-examples. Invented people and institutions; real divisions."""

from __future__ import annotations

from extraction_support import extract, holdings, org_posts

from kg.extract.cppcc_sectors import sector_split
from kg.extract.titles import split_title
from kg.extract.unknown_divisions import opens_with_division


def _jurisdictions(text: str, headline: str | None = None) -> dict[tuple[str, str], str | None]:
    return {(h.person, h.role): h.org.jurisdiction for h in holdings(extract(text, headline=headline))}


# ---------------------------------------------------------------- 作 after a name is the speaker's verb


def test_the_speakers_zuo_after_a_two_character_name_is_no_part_of_it() -> None:
    ex = extract("　　会上，青禾县人民检察院副检察长、检察委员会委员郑凯作了发言。\n")
    assert {p.name for p in ex.persons} == {"郑凯"}
    ex = extract("　　会上，青禾县县长孔立新作政府工作报告。\n")
    assert {p.name for p in ex.persons} == {"孔立新"}


def test_zuo_with_no_speakers_object_may_end_a_name() -> None:
    ex = extract("　　县长王振作主持会议，副县长李华出席。\n")
    assert "王振作" in {p.name for p in ex.persons}


# ---------------------------------------------------------------- titles and units


def test_a_side_word_in_bu_after_a_whole_organisation_opens_the_title() -> None:
    got = split_title("青禾建设集团有限公司外部董事")
    assert got is not None and (got.org, got.title) == ("青禾建设集团有限公司", "外部董事")
    got = split_title("青禾日报社海外部主任")  # 海外部 is a department of the paper
    assert got is not None and (got.org, got.title) == ("青禾日报社海外部", "主任")


def test_a_branch_of_a_procuratorate_is_its_unit() -> None:
    text = "　　4月2日，重庆市人民检察院第二分院召开会议。市检察院二分院党组书记、检察长王小明主持。\n"
    held = {(h.person, h.role): h for h in holdings(extract(text))}
    assert held["王小明", "检察长"].org.name == "重庆市检察院二分院"
    assert held["王小明", "检察长"].org.jurisdiction == "500000"
    assert (
        held["王小明", "书记"].parent is not None
        and held["王小明", "书记"].parent.name == "重庆市检察院二分院"
    )


# ---------------------------------------------------------------- a bare 市 in a municipality's news


def test_a_bare_shi_before_an_organ_is_the_municipality_the_article_names() -> None:
    text = "　　4月2日，上海市召开司法工作会议。会上，市检察院副检察长李华作了发言。\n"
    assert _jurisdictions(text)["李华", "副检察长"] == "310000"


def test_a_bare_shi_is_a_prefecture_citys_where_one_is_named_and_none_where_none_is() -> None:
    text = "　　4月2日，长沙市召开司法工作会议。会上，市检察院副检察长李华作了发言。\n"
    assert _jurisdictions(text)["李华", "副检察长"] == "430100"
    text = "　　4月2日，全省召开司法工作会议。会上，市检察院副检察长李华作了发言。\n"
    assert _jurisdictions(text).get(("李华", "副检察长")) is None


# ---------------------------------------------------------------- 常委会 after a congress's committee


_SESSION = "　　十四届全国人大常委会第九次会议在京闭幕。常委会副委员长王小明、李华和秘书长张伟出席会议。\n"


def test_a_bare_changweihui_is_the_congress_committee_the_article_names() -> None:
    assert org_posts(extract(_SESSION)) == {
        ("王小明", "全国人大常委会", "副委员长"),
        ("李华", "全国人大常委会", "副委员长"),
        ("张伟", "全国人大常委会", "秘书长"),
    }


def test_a_bare_changweihui_stays_as_written_when_two_committees_are_named() -> None:
    text = _SESSION.replace("在京闭幕。", "在京闭幕，湖南省人大常委会列席。")
    assert "全国人大常委会" not in {o for _, o, _ in org_posts(extract(text))}


# ---------------------------------------------------------------- a university's own party committee


def test_a_bare_party_committee_in_a_universitys_own_news_is_the_universitys() -> None:
    text = "　　青禾大学召开大会。青禾大学党委书记李华主持。党委常委、副校长王小明出席会议。\n"
    assert org_posts(extract(text)) >= {("王小明", "青禾大学党委", "常委"), ("王小明", "青禾大学", "副校长")}


def test_a_bare_party_committee_in_other_news_is_no_universitys() -> None:
    text = "　　青禾县召开大会。县委书记李华主持，青禾大学派员出席。党委常委、副县长王小明出席会议。\n"
    assert not any(o.startswith("青禾大学") for _, o, _ in org_posts(extract(text)))


# ---------------------------------------------------------------- a CPPCC member by sector


def test_a_member_written_by_sector_is_the_named_conferences() -> None:
    text = (
        "　　2月6日，政协长沙市第十三届委员会常务委员会会议召开。市政协主席李华主持。"
        "会上，经济界别委员、青禾港务股份有限公司董事长王小明发言。\n"
    )
    posts = org_posts(extract(text))
    assert ("王小明", "长沙市政协", "委员") in posts
    assert ("王小明", "青禾港务股份有限公司", "董事长") in posts


def test_a_sector_is_a_word_before_jie_bie_or_jie_and_no_sector_with_no_conference() -> None:
    assert sector_split("农业界别委员") is not None and sector_split("文艺界常委") is not None
    assert sector_split("各界委员") is None and sector_split("委员") is None
    text = "　　会上，经济界别委员、青禾港务股份有限公司董事长王小明发言。\n"
    assert {r for _, _, r in org_posts(extract(text))} == {"董事长"}


# ---------------------------------------------------------------- a city the division table does not know


def test_an_organ_of_an_unknown_city_has_no_jurisdiction_rather_than_the_countrys() -> None:
    assert opens_with_division("青禾市公安局") and opens_with_division("白水县教育局")
    assert _jurisdictions("　　青禾市公安局局长王小明出席。\n")["王小明", "局长"] is None


def test_national_ministries_stay_the_countrys() -> None:
    assert not opens_with_division("住房和城乡建设部") and not opens_with_division("公安部")
    assert _jurisdictions("　　住房和城乡建设部副部长王小明出席。\n")["王小明", "副部长"] == "100000"


# ---------------------------------------------------------------- 聘任 names a post as 任命 does


def test_pinren_with_wei_appoints_each_name_to_the_post() -> None:
    ex = extract("　　同时，聘任王小明、李华为青禾建设集团有限公司外部董事。\n")
    assert org_posts(ex) == {
        ("王小明", "青禾建设集团有限公司", "外部董事"),
        ("李华", "青禾建设集团有限公司", "外部董事"),
    }
    assert {h.change for h in ex.holdings} == {"appointed"}


def test_pinren_with_no_name_and_wei_appoints_nobody() -> None:
    ex = extract("　　青禾大学今年聘任了一批青年教师为讲师。\n")
    assert org_posts(ex) == set()
