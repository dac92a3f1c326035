"""Rules of round 30, each general grammar with examples and counter-examples: a place whose name
opens with a conjunction's character (和平镇, 和爱藏族乡) after a name's verb (到) or at a
sentence's start is a place, not the 和 that ends a name or a title chain. Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import (
    conferrals,
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
