"""Rules of round 27, each general grammar with examples and counter-examples: dotted Turkic names
the tagger cut or read as words, a township named after its county's short form, the 为 of an
election glued to a name, the named few of a counted list of honourees (甲、乙等20名职工被授予…),
the stem of a village read as a name, a list of ordinary words read as names, and a body's verb
of sending before a village. Invented names and organisations; divisions and townships are real
(东明县 371728 with 东明集镇, 汤旺县 230723 with 汤旺河镇)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import conferrals, extract, person_names, posts_held

DAY = dt.date(2025, 6, 5)


def held(text: str, headline: str | None = None) -> set[tuple[str, str, str, str | None]]:
    return posts_held(text, DAY, headline)


def names(text: str) -> list[str]:
    return person_names(text, DAY)


def local_places(text: str) -> dict[str, str | None]:
    """Each township's or village's name with the name of the place it lies in."""
    ex = extract(text, day=DAY)
    by_key = {p.key: p for p in ex.places}
    return {
        p.name: by_key[p.parent].name if p.parent in by_key else p.parent
        for p in ex.places
        if p.level in ("township", "village")
    }


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
