"""Posts in general news: honours that are no posts, posts held before, army units, foreign
organisations and dignitaries, datelines before a chain, verbs before a title, and 兼 between two
organisations' titles. The whole pipeline on invented sentences (names 王小明, 李华, 博尔坦科;
places 青禾…; the real countries of ``kg/lexicons/countries.txt`` and the real division 清徐县)."""

from __future__ import annotations

import pytest
from extraction_support import extract, holdings

from kg.extract.academy import academy_stage, is_membership
from kg.extract.chain_orgs import COUNTRY
from kg.model import Article, AwardConferral, Extraction, Holding, Person, Post

Held = tuple[str, str, str, str | None]


def held(text: str) -> set[Held]:
    """(person, role, organisation, its jurisdiction) of every holding."""
    return {(h.person, h.role, h.org.name, h.org.jurisdiction) for h in holdings(extract(text))}


def parents(text: str, org_name: str) -> list[str]:
    """The organisation ``org_name`` of the article and those it is a unit of, innermost first."""
    ex = extract(text)
    org = next(o for o in ex.organizations if o.name == org_name)
    out = [org.name]
    while org.parent and (up := ex.organization(org.parent)) is not None:
        out.append(up.name)
        org = up
    return out


# ------------------------------------------------------------------ academy membership is an honour


@pytest.mark.parametrize(
    "text",
    [
        "青禾科学院院士王小明出席会议。",
        "青禾工程院院士王小明、青禾科学院学部委员李华出席会议。",
        "青禾科学院外籍院士李华作报告。",
    ],
)
def test_academy_membership_is_no_post(text: str) -> None:
    assert held(text) == set()


def test_an_academician_keeps_the_post_written_next_to_the_membership() -> None:
    assert held("青禾科学院院士、青禾大学副校长王小明作报告。") == {("王小明", "副校长", "青禾大学", None)}


@pytest.mark.parametrize(
    ("label", "member"),
    [
        ("青禾科学院院士", True),
        ("青禾科学院学部委员", True),
        ("青禾科学院副院长", False),
        ("青禾县政协委员", False),
    ],
)
def test_membership_labels(label: str, member: bool) -> None:
    assert is_membership(label) is member


def _with_academician(honoured: bool) -> Extraction:
    article = Article("t", "test", 0, "青禾科学院院士王小明")
    mention = article.span(0, 10, "Post", ref="post|院士")
    ex = Extraction(
        article=article,
        persons=(Person("p|王小明", "王小明"),),
        posts=(Post("post|院士", "青禾科学院院士", "院士", "org|青禾科学院"),),
        holdings=(Holding("p|王小明", "post|院士", mention, "院士"),),
        mentions=(mention,),
        done=frozenset({"people", "honours"}),
    )
    if honoured:
        ex = ex.add(conferrals=[AwardConferral("p|王小明", "award|青禾奖", None, mention)])
    return academy_stage(ex)


def test_the_stage_drops_the_membership_and_its_post_mention() -> None:
    ex = _with_academician(honoured=False)
    assert (ex.holdings, ex.posts) == ((), ())
    assert [m for m in ex.mentions if m.label == "Post"] == []


def test_an_honouree_keeps_the_academy_as_the_job_the_text_gives() -> None:
    ex = _with_academician(honoured=True)
    assert [h.job_title for h in ex.holdings] == ["院士"]
    assert [p.label for p in ex.posts] == ["青禾科学院院士"]


# ------------------------------------------------------------------------------ the army's units


def test_an_army_unit_is_the_armys() -> None:
    text = "中国人民解放军青禾学院副院长王小明出席会议。"
    assert held(text) == {("王小明", "副院长", "青禾学院", COUNTRY)}
    assert parents(text, "青禾学院") == ["青禾学院", "中国人民解放军"]


def test_a_name_that_only_begins_like_the_army_is_not_split() -> None:
    assert held("中国人民大学副校长王小明出席会议。") == {("王小明", "副校长", "中国人民大学", None)}


# ----------------------------------------------------------------------------- posts held before


@pytest.mark.parametrize(
    "text",
    [
        "泰国前总理王小明今天逝世。",  # 前 between the country and the title
        "美国前商务部长博尔坦科出席会议。",  # 前 between the country and the ministry
        "据报道，前副总理兼外交部长王小明已出庭。",  # 前 opening the chain
        "原青禾县白石电子有限公司副总经理王小明受到查处。",  # 原 before an organisation
        "原县教育局局长王小明出席。",  # 原 before a bare level and its organ
    ],
)
def test_a_post_marked_as_held_before_is_no_post(text: str) -> None:
    assert held(text) == set()


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("前进村党支部书记王小明介绍情况。", "前进村党支部"),
        ("青禾县前进村党支部书记王小明介绍情况。", "青禾县前进村党支部"),
    ],
)
def test_a_place_that_begins_with_qian_is_no_mark(text: str, org: str) -> None:
    assert {(r[1], r[2]) for r in held(text)} == {("书记", org)}


# ------------------------------------------------------------------------- datelines and verbs


@pytest.mark.parametrize(
    "text",
    [
        "新华社青禾5月10日电外交部长王小明今天会见了客人。",
        "又讯外交部长王小明今天会见了客人。",
    ],
)
def test_a_dateline_is_no_part_of_the_chain_after_it(text: str) -> None:
    assert held(text) == {("王小明", "部长", "外交部", COUNTRY)}


def test_a_dian_inside_an_organisation_stays() -> None:
    assert {r[2] for r in held("青禾电力公司经理王小明介绍情况。")} == {"青禾电力公司"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("王小明伙同青禾贸易公司副经理李华作案。", "青禾贸易公司"),
        ("议会投票罢免财政部副部长李华。", "财政部"),
        # electing, engaging, commending, accepting: read as verbs here
        ("大会补选青禾贸易公司总经理李华，任期五年。", "青禾贸易公司"),
        ("会议选举青禾贸易公司总经理李华，任期五年。", "青禾贸易公司"),
        ("大会表彰了青禾贸易公司总经理李华。", "青禾贸易公司"),
        ("市政府聘请青禾贸易公司总经理李华，任期五年。", "青禾贸易公司"),
    ],
)
def test_a_verb_whose_object_is_a_person_ends_the_chain(text: str, org: str) -> None:
    assert {r[2] for r in held(text) if r[0] == "李华"} == {org}


def test_an_electing_word_read_as_a_noun_stays_in_a_body_s_name() -> None:
    # 选举委员会: 选举 is a verbal noun there, and the body's name goes on
    assert {r[2] for r in held("青禾县选举委员会主任李华说，工作顺利。") if r[0] == "李华"} == {
        "青禾县选举委员会"
    }


def test_the_papers_own_reporter_is_not_of_the_organisation_before() -> None:
    found = held("新华社记者王小明、本报记者李华报道：青禾县召开会议。")
    assert ("王小明", "记者", "新华社", None) in found
    assert not any(r[0] == "李华" and r[2] == "新华社" for r in found)


# ------------------------------------------------------------------------------- 兼 between organs


def test_concurrent_titles_in_two_organisations_are_two_posts() -> None:
    found = held("清徐县副县长兼青禾镇镇长王小明出席会议。")
    assert {(r[1], r[2]) for r in found} == {("副县长", "清徐县人民政府"), ("镇长", "青禾镇人民政府")}


def test_a_department_after_jian_stays_in_the_title() -> None:
    found = held("清徐县交通局副局长兼办公室主任王小明出席会议。")
    assert {(r[1], r[2]) for r in found} == {("副局长兼办公室主任", "清徐县交通局")}


# --------------------------------------------------------------------- foreign organisations


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("美国财政部长博尔坦科在会上讲话。", "美国财政部"),
        ("日本驻华大使博尔坦科出席。", "日本驻华大使馆"),  # the embassy (kg.extract.foreign_posts)
        ("刚果总理博尔坦科出席。", "刚果"),
    ],
)
def test_an_organisation_of_a_foreign_country_is_in_no_jurisdiction_of_ours(text: str, org: str) -> None:
    assert {(r[2], r[3]) for r in held(text)} == {(org, None)}


def test_a_ministry_without_a_country_is_the_countrys() -> None:
    assert {(r[2], r[3]) for r in held("财政部部长王小明在会上讲话。")} == {("财政部", COUNTRY)}


def test_a_people_is_no_country() -> None:
    assert all(r[3] is not None or r[2] != "蒙古族" for r in held("蒙古族自治县县长王小明讲话。"))


def test_a_bare_national_title_after_a_foreign_name_is_not_the_countrys() -> None:
    assert held("我们感谢博尔坦科总理和他的政府。") == set()
    assert held("王小明总理出席了会议。") == {("王小明", "总理", "国务院", COUNTRY)}


def test_a_bare_level_with_no_division_known_is_no_ministry() -> None:
    assert held("县教育局局长王小明出席。") == {("王小明", "局长", "县教育局", None)}
    assert held("教育部部长王小明出席。") == {("王小明", "部长", "教育部", COUNTRY)}
