"""Companies, events and honours of economy news: a company introduced by its relation to another
(全资子公司某某有限公司) or its kind (外资企业某某), bank branches (某某银行某某分行), a company's
short form without its place and legal ending, a titled honour list (荣获甲、乙等荣誉称号) and a
meeting both sides of an encounter hold (双方举行座谈会). Invented names; divisions are real."""

from __future__ import annotations

import datetime as dt

from extraction_support import attendees
from extraction_support import conferrals as read_conferrals
from extraction_support import extract as extract_text

from kg.extract.award_hits import listed_titles
from kg.extract.org_heads import name_start
from kg.model import Extraction

DAY = dt.date(2023, 6, 13)


def extract(text: str) -> Extraction:
    return extract_text(text, day=DAY)


def corps(ex: Extraction) -> dict[str, str | None]:
    """Company name -> name of the organisation it is a unit of."""
    orgs = {o.key: o for o in ex.organizations}
    return {
        o.name: orgs[o.parent].name if o.parent in orgs else None
        for o in ex.organizations
        if o.kind == "Corporation"
    }


# ------------------------------------------------------------------ words before a name


def test_relation_word_before_a_company_is_no_part_of_its_name() -> None:
    ex = extract("报告期内，公司全资子公司青禾蓝湾光电材料有限公司新建的生产线投产。")
    assert corps(ex) == {"青禾蓝湾光电材料有限公司": None}


def test_kind_of_enterprise_before_a_company_is_no_part_of_its_name() -> None:
    ex = extract("此外，美资企业禾木科技（中国）投资有限公司也宣布增资扩建研发中心。")
    assert corps(ex) == {"禾木科技（中国）投资有限公司": None}


def test_head_word_is_kept_when_the_rest_is_no_name() -> None:
    reads = {"青禾光电有限公司"}.__contains__
    assert name_start("控股子公司青禾光电有限公司", 0, 13, reads) == 5
    assert name_start("控股子公司", 0, 5, reads) == 0  # nothing after the word
    assert name_start("日前青禾某", 0, 5, reads) == 0  # the rest is no name
    text = "他记青禾光电有限公司"  # 记 opens a name only after a dash or at a line's start
    assert name_start(text, 1, len(text), lambda n: True) == 1
    assert name_start("——记青禾光电有限公司", 2, 12, lambda n: True) == 3


# ------------------------------------------------------------------ bank branches


def test_bank_branch_is_a_unit_of_its_bank() -> None:
    ex = extract("据了解，青禾银行股份有限公司洛阳分行推出专属产品，青禾银行股份有限公司偃师支行走访企业。")
    got = corps(ex)
    assert got["青禾银行股份有限公司洛阳分行"] == "青禾银行股份有限公司"
    assert got["青禾银行股份有限公司偃师支行"] == "青禾银行股份有限公司"
    assert got["青禾银行股份有限公司"] is None


def test_kabushiki_kaisha_is_a_company_but_a_kind_word_is_none() -> None:
    ex = extract("同日，该区还与青禾精工株式会社签约，一批外资企业也在园区落户。")
    assert "青禾精工株式会社" in corps(ex)
    assert "外资企业" not in corps(ex)


# ------------------------------------------------------------------ short forms


def test_company_without_its_place_and_legal_ending_is_the_same_company() -> None:
    ex = extract("四川禾丰建工集团有限公司所属两家公司完成重组。禾丰建工集团党委书记王小明出席会议。")
    names = {o.name: o for o in ex.organizations if o.kind == "Corporation"}
    assert "禾丰建工集团" not in names
    assert "禾丰建工集团" in names["四川禾丰建工集团有限公司"].aliases


def test_short_form_of_two_companies_is_left_alone() -> None:
    ex = extract("四川禾丰建工集团有限公司和山西禾丰建工集团有限公司签约，禾丰建工集团负责人出席。")
    names = {o.name for o in ex.organizations if o.kind == "Corporation"}
    assert "禾丰建工集团" in names  # which of the two it is, the text does not say


# ------------------------------------------------------------------ honour lists


def test_titled_enumeration_gives_one_honour_per_title() -> None:
    ex = extract("王小明先后获得浙江省优秀民营企业家、湖州市劳动模范等荣誉称号。")
    assert {(c.person, c.award) for c in read_conferrals(ex)} == {
        ("王小明", "浙江省优秀民营企业家"),
        ("王小明", "湖州市劳动模范"),
    }


def test_enumeration_with_a_short_item_stays_one_title() -> None:
    assert listed_titles("青禾县劳动模范、乙等", 0) == []
    assert listed_titles("青禾县劳动模范", 0) == []
    assert listed_titles("青禾县劳动模范、青禾市优秀党员", 5) == [
        (5, "青禾县劳动模范"),
        (13, "青禾市优秀党员"),
    ]


# ------------------------------------------------------------------ both sides


def test_both_sides_of_an_encounter_hold_the_meeting_after_it() -> None:
    ex = extract("6月12日，王小明会见了李华一行。双方举行了座谈会，就深化合作进行了交流。")
    meetings = [e for e in ex.events if "座谈会" in e.name]
    assert len(meetings) == 1
    assert set(attendees(ex, meetings[0])) == {"王小明", "李华"}


def test_both_sides_without_an_encounter_name_no_one() -> None:
    ex = extract("6月12日，青禾县与某某集团签订合作协议。双方举行了座谈会，就深化合作进行了交流。")
    assert not [e for e in ex.events if e.name == "双方座谈会"]
