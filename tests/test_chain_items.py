"""Title chains read with what the chain and the article say around them (invented names; real
divisions from the gazetteer, invented townships, companies and foreign guests):

- 和/及 between two titles of one chain (``市委常委和宣传部部长王小明``), not inside a name
  (``文化和旅游局``), and no person made of the conjunction (``和大会``);
- foreign posts: ``某国驻华大使`` of the country's embassy, ``某国副总理兼外交部长`` two posts
  of the country, ``外交部长`` alone the country's own;
- units: a subsidiary after its owner, a company's trade union, a court's judicial committee;
- names glued to a title (``主任何立群``), never a title cut in two (``总工|程师``);
- a bare township or village organ in an article that names one township or village.
"""

from __future__ import annotations

import pytest
from extraction_support import extract, holdings

from kg.extract.foreign_posts import country_prefix, foreign_org
from kg.extract.local_units import local_written
from kg.extract.unit_orgs import host_units, subsidiary
from kg.model import Organization

YONGZHOU, SHIMEN = "431100", "430726"

#: (person, role, organisation, its parent's name or None, jurisdiction)
Post = tuple[str, str, str, str | None, str | None]


def posts_of(text: str) -> set[Post]:
    return {
        (h.person, h.role, h.org.name, h.parent.name if h.parent else None, h.org.jurisdiction)
        for h in holdings(extract(text))
    }


def persons_of(text: str) -> set[str]:
    return {p.name for p in extract(text).persons}


# ---------------------------------------------------------------- 和/及 between two titles


def test_two_titles_joined_by_he_are_two_posts() -> None:
    assert posts_of("永州市召开干部大会。市委常委和宣传部部长王小明出席会议。") == {
        ("王小明", "常委", "永州市委", None, YONGZHOU),
        ("王小明", "部长", "永州市委宣传部", "永州市委", YONGZHOU),
    }


def test_leaders_and_an_office_shared_by_an_enumeration() -> None:
    got = posts_of("永州市召开干部大会。市领导和市委办主任王小明、李华出席会议。")
    for name in ("王小明", "李华"):
        assert (name, "市领导", "永州市领导", None, YONGZHOU) in got
        assert (name, "主任", "永州市委办", None, YONGZHOU) in got
    assert "和市委" not in persons_of("永州市召开干部大会。市领导和市委办主任王小明出席会议。")


def test_a_conjunction_inside_an_organisation_stays() -> None:
    # counter-example: 文化 is no title, so 文化和旅游局 is one organisation
    assert posts_of("永州市文化和旅游局局长王小明出席会议。") == {
        ("王小明", "局长", "永州市文化和旅游局", None, YONGZHOU)
    }


def test_a_session_presidium_after_leaders_is_no_person() -> None:
    text = "湖南省十四届人大二次会议在长沙开幕。省领导和大会主席团成员王小明、李华出席会议。"
    assert persons_of(text) == {"王小明", "李华"}  # not 和大会
    got = posts_of(text)
    assert ("李华", "成员", "大会主席团", "湖南省十四届人大二次会议", None) in got


# ---------------------------------------------------------------- foreign posts


def test_foreign_deputy_premier_and_foreign_minister_are_two_posts_of_the_country() -> None:
    got = posts_of("省长王小明会见瓦努阿图共和国副总理兼外交部长约翰·萨拉。")
    assert {p for p in got if p[0] == "约翰·萨拉"} == {
        ("约翰·萨拉", "副总理", "瓦努阿图共和国", None, None),
        ("约翰·萨拉", "部长", "瓦努阿图共和国外交部", "瓦努阿图共和国", None),
    }


def test_a_foreign_ambassador_to_china_is_of_the_embassy() -> None:
    assert posts_of("瓦努阿图驻华大使托马斯·卡洛参加会见。") == {
        ("托马斯·卡洛", "大使", "瓦努阿图驻华大使馆", "瓦努阿图", None)
    }


def test_chinas_own_minister_and_ambassador_are_unchanged() -> None:
    # counter-examples: no foreign country before the title
    assert posts_of("外交部长王小明会见了客人。") == {("王小明", "部长", "外交部", None, "100000")}
    assert posts_of("中国驻法国大使李华参加会见。") == {("李华", "大使", "中国驻法国", None, "100000")}


def test_foreign_org_and_country_prefix() -> None:
    parsed = foreign_org("法国外交部")
    assert parsed is not None and [o.name for o in parsed.organizations] == ["法国", "法国外交部"]
    assert parsed.jurisdiction is None
    assert country_prefix("瓦努阿图共和国副总理") == "瓦努阿图共和国"
    assert country_prefix("中非合作论坛") is None and country_prefix("蒙古族") is None
    assert foreign_org("青禾县政府") is None


# ---------------------------------------------------------------- units and subsidiaries


def test_a_subsidiary_after_its_owner_holds_the_post() -> None:
    text = "永州市召开会议。湖南星河重工机械股份有限公司全资子公司星河国际贸易有限公司总经理王小明发言。"
    assert posts_of(text) == {("王小明", "总经理", "星河国际贸易有限公司", None, None)}
    assert subsidiary("某某集团控股子公司青禾医药有限公司") == "青禾医药有限公司"
    assert subsidiary("湖南星河重工集团子公司") is None  # counter-example: no company after it
    assert subsidiary("青禾集团旗下企业") is None


def test_a_trade_union_is_a_unit_of_its_company_not_a_federation() -> None:
    got = posts_of(
        "永州市召开会议。湖南星河重工机械股份有限公司工会主席王小明发言，永州市总工会主席李华出席。"
    )
    assert (
        "王小明",
        "主席",
        "湖南星河重工机械股份有限公司工会",
        "湖南星河重工机械股份有限公司",
        "430000",
    ) in got
    assert ("李华", "主席", "永州市总工会", None, YONGZHOU) in got  # counter-example


def test_a_judicial_committee_is_a_unit_of_the_court() -> None:
    assert posts_of("任命王小明为永州市中级人民法院副院长、审判委员会委员。") == {
        ("王小明", "副院长", "永州市中级人民法院", None, YONGZHOU),
        ("王小明", "委员", "永州市中级人民法院审判委员会", "永州市中级人民法院", YONGZHOU),
    }


def test_host_units_needs_an_organisation_before_the_unit() -> None:
    union = Organization("org|431100|永州市总工会", "永州市总工会", "Organization", YONGZHOU, None)
    assert host_units((union,)) == (union,)
    bare = Organization("org||工会", "工会", "Organization", None, None)
    assert host_units((bare,)) == (bare,)
    court = Organization("org|1|某某法院审判委员会", "青禾县法院审判委员会", "Organization", "1", None)
    out = host_units((court,))
    assert [o.name for o in out] == ["青禾县法院", "青禾县法院审判委员会"] and out[1].parent == out[0].key


# ---------------------------------------------------------------- names glued to a title


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("永州市召开会议。会议由市人大常委会主任何立群主持。", "何立群", "主任"),  # 主任何立群/n
        ("永州市召开会议。市人大常委会副主任何建国出席。", "何建国", "副主任"),  # 副主|任何建国
    ],
)
def test_a_name_glued_to_its_title(text: str, name: str, role: str) -> None:
    assert persons_of(text) == {name}
    assert (name, role, "永州市人大常委会", None, YONGZHOU) in posts_of(text)


def test_no_name_from_a_common_word_or_a_title_cut_in_two() -> None:
    assert persons_of("永州市召开会议。主任任何时候都要带头。") == set()
    assert persons_of("任命王小明为永州市工程研究院总工程师。") == {"王小明"}  # not 程师


# ---------------------------------------------------------------- bare township and village organs


def test_bare_township_organs_in_an_article_about_one_township() -> None:
    assert posts_of("石门县皂市镇召开会议。镇长王小明表示，镇党委书记李华出席。") == {
        ("王小明", "镇长", "皂市镇人民政府", None, f"{SHIMEN}/皂市镇"),
        ("李华", "书记", "皂市镇党委", None, f"{SHIMEN}/皂市镇"),
    }


def test_bare_village_organs_in_an_article_about_one_village() -> None:
    got = posts_of("石门县皂市镇红岩村召开会议。村党支部书记、村委会主任王小明发言。")
    village = f"{SHIMEN}/皂市镇/红岩村"
    assert got == {
        ("王小明", "书记", "红岩村党支部", None, village),
        ("王小明", "主任", "红岩村村委会", None, village),
    }


def test_two_townships_give_no_township_post_unless_the_sentence_names_one() -> None:
    two = posts_of("石门县皂市镇、壶瓶山镇召开会议。镇长王小明表示，镇党委书记李华出席。")
    assert not any("皂市镇" in p[2] or "壶瓶山镇" in p[2] for p in two)  # counter-example
    one = posts_of("向红军深入石门县皂市镇、壶瓶山镇调研。在壶瓶山镇，镇长王小明表示。")
    assert {p[:3] for p in one} == {("王小明", "镇长", "壶瓶山镇人民政府")}


def test_local_written_needs_a_bare_organ_named_before() -> None:
    ex = extract("石门县皂市镇召开会议。镇长王小明表示。")
    at = ex.article.text.index("镇长")
    assert local_written(ex, "", "镇长", at) == "皂市镇"
    assert local_written(ex, "镇党委", "书记", at) == "皂市镇党委"
    assert local_written(ex, "", "乡长", at) is None  # a 乡's head: no 乡 named
    assert local_written(ex, "县委", "书记", at) is None  # no township organ
    assert local_written(ex, "", "镇长", 0) is None  # nothing named before


def test_no_name_starts_inside_a_place_word_after_a_title_like_word() -> None:
    # 会议在长|沙开幕: 在长 reads as a title (X长), but 沙 is inside the place word 长沙
    assert persons_of("湖南省十四届人大二次会议在长沙开幕。") == set()


def test_no_glued_name_after_a_title_made_by_a_suffix() -> None:
    # 修缮工 is a title only by its suffix (工): 工程 is the word, 程坚持 no name
    assert persons_of("据介绍，修缮工程坚持“修旧如旧”原则。") == set()


# ---------------------------------------------------------------- 兼 before an organ named by a bare level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the tagger reads 副县长兼县公安局 as one word
            "安溪县召开会议。副县长兼县公安局局长王小明出席。",
            {("王小明", "副县长", "安溪县人民政府"), ("王小明", "局长", "安溪县公安局")},
        ),
        (
            "德阳市召开会议。副市长兼市公安局局长王小明出席。",
            {("王小明", "副市长", "德阳市人民政府"), ("王小明", "局长", "德阳市公安局")},
        ),
        (  # a department of the organisation before 兼: one title, as before
            "安溪县召开会议。县财政局副局长兼办公室主任王小明出席。",
            {("王小明", "副局长兼办公室主任", "安溪县财政局")},
        ),
    ],
)
def test_jian_before_an_organ_named_by_a_bare_level_makes_two_posts(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {(p, r, o) for p, r, o, _, _ in posts_of(text)} == expected
