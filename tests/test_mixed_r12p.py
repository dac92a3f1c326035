"""End-to-end checks of round 12's fixes to persons and posts: a name ending in 和 before 教授 or
同志, a foreign name's first part that the tagger read as a word, and the village a cadre was
sent to by a unit. Each rule with examples and counter-examples. Invented people; real divisions."""

from __future__ import annotations

from extraction_support import extract, org_posts

from kg.extract.stationed_orgs import stationed_host


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text).persons}


# ---------------------------------------------------------------- 王小和教授: 和 ends the name


def test_a_name_ending_in_he_before_a_professor_that_closes_the_clause_keeps_he() -> None:
    text = "　　青禾大学物理学院院长王立和教授，青禾县县长李华共同为实验室揭牌。\n"
    names = _names(text)
    assert "王立和" in names and "王立" not in names
    assert ("王立和", "青禾大学物理学院", "院长") in org_posts(extract(text))


def test_a_name_ending_in_he_before_comrade_and_a_closing_verb_keeps_he() -> None:
    names = _names("　　会上，局长张晓和同志表示，要把好事办好。\n")
    assert "张晓和" in names and "张晓" not in names


def test_he_before_professors_in_the_plural_or_a_verb_with_an_object_joins_two_nouns() -> None:
    assert "王明" in _names("　　座谈会上，王明和教授们交流了科研心得。\n")
    assert "王明" in _names("　　座谈会上，县长王明和教授交流了想法。\n")
    assert "王明和" not in _names("　　座谈会上，县长王明和教授交流了想法。\n")


# ---------------------------------------------------------------- 大臣占·某某: a short first part


def test_a_foreign_names_first_part_read_as_a_word_after_a_title_is_part_of_the_name() -> None:
    names = _names("　　柬埔寨邮电大臣占·维萨纳在开幕式上致辞，某国外长占·西达也发了言。\n")
    assert "占·维萨纳" in names and "维萨纳" not in names
    assert "占·西达" in names


def test_a_word_before_a_dot_that_follows_no_title_is_no_part_of_a_name() -> None:
    names = _names("　　当天的论坛占·维萨纳一席，王小明出席。\n")
    assert "论坛占·维萨纳" not in names and "占·维萨纳" not in names


# ---------------------------------------------------------------- 某厅派驻某某村第一书记


def test_a_first_secretary_sent_by_a_unit_is_the_villages_not_the_senders() -> None:
    text = (
        "　　本报讯（记者王小明）会同县若水镇青禾村的黄精基地里一片繁忙。"
        "“产业起来了，日子就好了。”省交通运输厅派驻青禾村第一书记、工作队队长李华说。\n"
    )
    ex = extract(text)
    got = org_posts(ex)
    assert ("李华", "青禾村", "第一书记") in got
    assert not any("派驻" in org for _, org, _ in got)


def test_a_discipline_group_sent_to_a_bureau_keeps_its_commissions_name() -> None:
    text = "　　本报讯（记者王小明）青禾县纪委监委派驻县教育局纪检监察组组长李华出席会议。\n"
    ex = extract(text)
    assert (
        stationed_host(ex, "青禾县纪委监委派驻县教育局纪检监察组") == "青禾县纪委监委派驻县教育局纪检监察组"
    )
    assert ("李华", "青禾县纪委监委派驻县教育局纪检监察组", "组长") in org_posts(ex)


def test_a_sending_verb_before_a_place_the_article_does_not_know_keeps_the_text() -> None:
    ex = extract("　　本报讯（记者王小明）省交通运输厅派驻工作组组长李华出席。\n")
    assert stationed_host(ex, "省交通运输厅派驻工作组") == "省交通运输厅派驻工作组"
