"""Title chains, round 8 (I): ranks are no posts, a department's bare titles, a body's general
office, one key for an organ however much of its place chain is written, civil servants' grades,
liaison offices and group armies. Every person and every 某某 organisation here is invented; the
divisions are real names of places."""

from __future__ import annotations

import pytest

from kg.extract.academy import is_rank
from kg.extract.divisions import gazetteer
from kg.extract.org_keys import key_name
from kg.extract.orgs import org_key
from kg.extract.titles import split_title
from kg.model import Extraction
from tests.extraction_support import extract


def code(name: str) -> str:
    return gazetteer().lookup(name)[0].code


def posts(ex: Extraction) -> set[tuple[str, str, str]]:
    """(person, post label, role) of each holding."""
    names = {p.key: p.name for p in ex.persons}
    by_key = {p.key: p for p in ex.posts}
    return {(names[h.person], by_key[h.post].label, by_key[h.post].role) for h in ex.holdings}


def post_orgs(ex: Extraction, person: str) -> dict[str, tuple[str, str | None, str | None]]:
    """role -> (organisation key, its jurisdiction, its parent's name) of ``person``'s holdings."""
    names = {p.key: p.name for p in ex.persons}
    by_key = {p.key: p for p in ex.posts}
    orgs = {o.key: o for o in ex.organizations}
    out = {}
    for h in ex.holdings:
        if names[h.person] == person:
            post = by_key[h.post]
            org = orgs[post.organization]
            parent = orgs.get(org.parent or "")
            out[post.role] = (org.key, org.jurisdiction, parent.name if parent else None)
    return out


# ------------------------------------------------------------------ 1. ranks are no posts


@pytest.mark.parametrize(
    "role", ["少将", "上将", "大校", "上尉", "一级警监", "二级警督", "三级警司", "副总警监"]
)
def test_military_and_police_ranks_are_ranks(role: str) -> None:
    assert is_rank(role)


@pytest.mark.parametrize("role", ["军长", "参谋长", "政治委员", "三级警长", "警长", "局长", "校长", "院长"])
def test_posts_and_grades_of_office_are_no_ranks(role: str) -> None:
    assert not is_rank(role)


def test_a_rank_in_a_chain_gives_no_post_and_the_post_before_it_stays() -> None:
    ex = extract("某部队政治委员、少将王小明到营区检查训练。")
    assert posts(ex) == {("王小明", "某部队政治委员", "政治委员")}
    ex = extract("太原市公安局局长、一级警监李华出席表彰会。")
    assert posts(ex) == {("李华", "太原市公安局局长", "局长")}


def test_a_rank_before_or_after_a_post_gives_the_post_alone() -> None:
    ex = extract("第八十一集团军副军长、大校王小明出席了仪式。")
    assert posts(ex) == {("王小明", "第八十一集团军副军长", "副军长")}
    ex = extract("大校、第八十一集团军副军长王小明出席了仪式。")
    assert posts(ex) == {("王小明", "第八十一集团军副军长", "副军长")}


# ------------------------------------------------------------------ 2. a department's bare titles


def test_a_bare_title_after_a_departments_title_is_that_departments() -> None:
    ex = extract("阳曲县委办公室副主任、主任王小明主持了碰头会。")
    assert posts(ex) == {
        ("王小明", "阳曲县委办公室副主任", "副主任"),
        ("王小明", "阳曲县委办公室主任", "主任"),
    }
    ex = extract("太原市民政局办公室主任、副主任李华参加座谈会。")
    assert posts(ex) == {
        ("李华", "太原市民政局办公室主任", "主任"),
        ("李华", "太原市民政局办公室副主任", "副主任"),
    }
    ex = extract("太原市民政局社会事务科副科长、科长李华参加座谈会。")
    assert ("李华", "太原市民政局社会事务科科长", "科长") in posts(ex)


def test_another_role_or_an_own_organisation_after_a_department_is_not_the_departments() -> None:
    ex = extract("阳曲县委办公室主任、县委副书记王小明主持了碰头会。")
    assert posts(ex) == {
        ("王小明", "阳曲县委办公室主任", "主任"),
        ("王小明", "阳曲县委副书记", "副书记"),
    }
    ex = extract("太原市民政局办公室主任、副局长李华参加座谈会。")
    assert ("李华", "太原市民政局副局长", "副局长") in posts(ex)
    assert ("李华", "太原市民政局办公室副局长", "副局长") not in posts(ex)


# ------------------------------------------------------------------ 3. one organ, one key


def test_an_organs_key_does_not_depend_on_the_province_written_before_its_city() -> None:
    city = code("临汾市")
    assert key_name(city, "山西省临汾市人大常委会") == "临汾市人大常委会"
    assert key_name(city, "山西临汾市公安局") == "临汾市公安局"
    assert org_key(city, "山西省临汾市人大常委会") == org_key(city, "临汾市人大常委会")
    county = code("尧都区")
    assert key_name(county, "山西省临汾市尧都区人民法院") == "临汾市尧都区人民法院"
    assert key_name(county, "山西尧都区人民法院") == "尧都区人民法院"
    assert key_name(county, "临汾市尧都区人民法院") == "临汾市尧都区人民法院"  # no province: as written


def test_in_an_article_both_forms_are_one_organisation() -> None:
    ex = extract("山西省临汾市人大常委会主任王小明主持会议。临汾市人大常委会副主任李华出席。")
    assert post_orgs(ex, "王小明")["主任"][0] == post_orgs(ex, "李华")["副主任"][0]


def test_two_districts_named_alike_in_two_provinces_stay_two() -> None:
    (beijing,) = [d.code for d in gazetteer().lookup("朝阳区") if d.code.startswith("11")]
    (changchun,) = [d.code for d in gazetteer().lookup("朝阳区") if d.code.startswith("22")]
    assert org_key(changchun, "吉林省长春市朝阳区人民法院") != org_key(beijing, "北京市朝阳区人民法院")


def test_a_provinces_own_organ_and_an_institutions_name_keep_what_is_written() -> None:
    assert key_name(code("山西省"), "山西省人民政府") == "山西省人民政府"
    assert key_name(code("临汾市"), "山西省临汾市某某研究院") == "山西省临汾市某某研究院"
    assert key_name(code("临汾市"), "山西省临汾市某某有限公司") == "山西省临汾市某某有限公司"
    assert key_name(code("临汾市"), "山西省人大常委会") == "山西省人大常委会"  # no city follows


# ------------------------------------------------------------------ 4. a body's general office


def test_a_bare_general_office_after_a_title_of_a_body_is_the_bodys_unit() -> None:
    ex = extract("全国人大常委会副秘书长、办公厅主任王小明会见了来访客人。")
    office = post_orgs(ex, "王小明")["主任"]
    assert office[0].endswith("|全国人大常委会办公厅") and office[2] == "全国人大常委会"
    ex = extract("阳曲县委常委、办公室主任李华主持了碰头会。")
    office = post_orgs(ex, "李华")["主任"]
    assert office[0] == org_key(code("阳曲县"), "阳曲县委办公室") and office[2] == "阳曲县委"


def test_an_office_with_no_body_before_it_or_written_with_its_own_stays_as_written() -> None:
    ex = extract("办公室主任王小明介绍了有关情况。")
    assert post_orgs(ex, "王小明")["主任"][2] is None
    ex = extract("阳曲县委办公室主任李华介绍了有关情况。")
    assert posts(ex) == {("李华", "阳曲县委办公室主任", "主任")}


# ------------------------------------------------------------------ 5. civil servants' grades


def test_civil_servants_grades_are_titles_of_their_bureau() -> None:
    ex = extract("太原市民政局科员王小明、副科长李华、科长张明远参加了培训。")
    assert posts(ex) == {
        ("王小明", "太原市民政局科员", "科员"),
        ("李华", "太原市民政局副科长", "副科长"),
        ("张明远", "太原市民政局科长", "科长"),
    }
    ex = extract("太原市民政局一级主任科员赵一帆、办事员刘青山参加了培训。")
    assert posts(ex) == {
        ("赵一帆", "太原市民政局一级主任科员", "一级主任科员"),
        ("刘青山", "太原市民政局办事员", "办事员"),
    }


def test_grades_are_not_split_into_a_department_and_a_role() -> None:
    assert (split_title("某某局主任科员").org, split_title("某某局主任科员").title) == ("某某局", "主任科员")
    assert split_title("某某局办事员").org == "某某局"  # not 某某局办 + 事员
    assert split_title("某某局科员工") is None  # 员工 is no title


# ------------------------------------------------------------------ 6. liaison offices


def test_a_liaison_office_is_one_name() -> None:
    split = split_title("某某协会联络办公室主任")
    assert (split.org, split.title, split.role) == ("某某协会", "联络办公室主任", "主任")
    split = split_title("某某省政府驻某市联络办公室主任")
    assert (split.org, split.title) == ("某某省政府驻某市联络办公室", "主任")


def test_an_office_stationed_elsewhere_is_the_organisation_not_a_department() -> None:
    ex = extract("中央人民政府驻澳门特别行政区联络办公室主任王小明出席开幕式。")
    held = post_orgs(ex, "王小明")["主任"]
    assert held[0] == org_key("100000", "中央人民政府驻澳门特别行政区联络办公室")
    split = split_title("某某协会办公室主任")  # a department of its own organisation still
    assert (split.org, split.title) == ("某某协会", "办公室主任")


# ------------------------------------------------------------------ 7. group armies


def test_a_group_army_ends_an_organisation() -> None:
    split = split_title("第八十一集团军军长")
    assert (split.org, split.title) == ("第八十一集团军", "军长")
    ex = extract("第八十一集团军军长王小明检查了训练场。")
    assert post_orgs(ex, "王小明")["军长"][:2] == (org_key("100000", "第八十一集团军"), "100000")


def test_a_group_is_still_a_company() -> None:
    split = split_title("某某集团总经理")
    assert (split.org, split.title) == ("某某集团", "总经理")
    split = split_title("某某集团军工事业部部长")  # 集团 + 军工事业部: no army
    assert split is not None and split.org != "某某集团军"
