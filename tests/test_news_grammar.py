"""Grammar of news text read on articles without gold: 担任着, a copula after a name (是, 系,
现为), a verb before a national title (报请国家主席), 原 over an enumeration of titles, the youth
league's committees, an aside closing an appointment's title, and a list of honourees that
ends where the next award's clause begins.

Whole pipeline on short invented sentences: invented names, companies and schools.
"""

from __future__ import annotations

import pytest
from extraction_support import extract, holdings


def held(text: str) -> set[tuple[str, str, str, str | None]]:
    """(person, role, organisation name, jurisdiction key) of every holding."""
    return {(h.person, h.role, h.org.name, h.org.jurisdiction) for h in holdings(extract(text))}


def roles(text: str, person: str) -> set[tuple[str, str]]:
    return {(role, org) for who, role, org, _ in held(text) if who == person}


def test_an_aspect_particle_after_a_verb_of_holding_is_no_part_of_the_organisation() -> None:
    text = "王小明担任着杭州市西湖区青禾社区党委书记、居委会主任，每天都很忙。"
    assert held(text) == {
        ("王小明", "书记", "杭州市西湖区青禾社区党委", "330106/青禾社区"),
        # a bare organ after an organ of the community is the community's (tests/test_local_chains.py)
        ("王小明", "主任", "杭州市西湖区青禾社区居委会", "330106/青禾社区"),
    }
    assert roles("王小明担任着很多工作。", "王小明") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "王小明是青禾科学院副院长、青禾集团有限公司科技委顾问，是著名专家。",
            {("副院长", "青禾科学院"), ("顾问", "青禾集团有限公司科技委")},
        ),
        ("王小明系青禾商贸有限公司总经理。", {("总经理", "青禾商贸有限公司")}),
        ("王小明现为青禾大学校长。", {("校长", "青禾大学")}),
    ],
)
def test_a_copula_after_a_name_states_a_whole_title_chain(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text, "王小明") == expected


@pytest.mark.parametrize(
    "text",
    [
        "王小明是青禾集团董事长的女儿。",  # the chain does not end the clause
        "王小明是青禾集团董事长李华的朋友。",  # another person's title
        "王小明是一名青禾小学教师。",  # no organisation starts the chain
        "王小明是原青禾集团董事长。",  # a post held before
        "王小明是否担任青禾集团董事长，尚无定论。",  # 是否 is no copula
        "王小明是全国劳动模范。",  # an honour, no organisation
    ],
)
def test_no_post_from_a_copula_without_a_whole_chain_naming_its_organisation(text: str) -> None:
    assert roles(text, "王小明") == set()


def test_a_verb_before_a_national_title_opens_the_clause() -> None:
    text = "经国务院批准并报请国家主席王小明签署，授予李华奖章。"
    assert held(text) == {("王小明", "主席", "国家", "100000")}
    assert held("国务院提请全国人大常委会委员长王小明审议。") == {
        ("王小明", "委员长", "全国人大常委会", "100000")
    }
    # a verb inside an organisation's name stays in the chain
    assert roles("制水作业区主任王小明讲话。", "王小明") == {("主任", "制水作业区")}


@pytest.mark.parametrize(
    "text",
    [
        "青禾省某某委员会原主任、党委书记王小明同志逝世。",  # 原 over the enumeration
        "青禾集团原董事长、总经理王小明出席。",
        "青禾集团董事长、原党委书记王小明出席。",  # an item that opens with 原
    ],
)
def test_titles_continuing_a_former_post_are_no_posts(text: str) -> None:
    assert roles(text, "王小明") == set()


def test_a_title_with_an_organisation_of_its_own_after_a_former_post_is_held() -> None:
    text = "青禾银行原董事长、浙江省青禾商会会长王小明来了。"
    assert held(text) == {("王小明", "会长", "浙江省青禾商会", "330000")}
    assert roles("山西省原平市委书记王小明出席。", "王小明") == {("书记", "山西省原平市委")}


def test_the_youth_league_committee_of_a_division_governs_it() -> None:
    assert held("共青团浙江省委副书记王小明来了。") == {("王小明", "副书记", "共青团浙江省委", "330000")}
    assert held("共青团浙江省杭州市委书记王小明来了。") == {
        ("王小明", "书记", "共青团浙江省杭州市委", "330100")
    }
    # the national committee is no division's
    assert held("共青团中央书记处第一书记王小明来了。") == {("王小明", "第一书记", "共青团中央书记处", None)}


def test_an_aside_closing_an_appointment_title_is_dropped() -> None:
    text = "免去王小明的青禾投资开发集团有限责任公司董事长（法定代表人）职务。"
    assert roles(text, "王小明") == {("董事长", "青禾投资开发集团有限责任公司")}
    ex = extract(text)
    assert [h.change for h in ex.holdings] == ["removed"]
    # only an aside closing the title goes: one inside the organisation's name stays
    assert roles("免去王小明的青禾（集团）公司某某处长职务。", "王小明") == {
        ("处长", "青禾（集团）公司某某处")
    }


def test_a_list_after_an_award_ends_before_the_next_awards_clause() -> None:
    text = (
        "青禾总工会召开表彰大会。王小明等10名个人荣获青禾巾帼奖章；"
        "青禾食品有限公司包装班等30个集体荣获青禾巾帼标兵岗荣誉称号，"
        "李华等30名个人荣获青禾巾帼标兵荣誉称号。"
    )
    ex = extract(text)
    names = {p.key: p.name for p in ex.persons}
    awards = {a.key: a.name for a in ex.awards}
    got = {(names[c.recipient], awards[c.award]) for c in ex.conferrals if not c.organization}
    assert got == {("王小明", "青禾巾帼奖章"), ("李华", "青禾巾帼标兵")}
    units = {(c.mention.text, awards[c.award]) for c in ex.conferrals if c.organization}
    assert units == {("青禾食品有限公司包装班", "青禾巾帼标兵岗")}  # the team, written with its company


def test_a_list_after_an_award_sentence_is_still_read() -> None:
    ex = extract("青禾市妇联授予十位女性青禾市巾帼建功标兵称号。她们是：王小明、李华、张伟。")
    names = {p.key: p.name for p in ex.persons}
    assert {names[c.recipient] for c in ex.conferrals} == {"王小明", "李华", "张伟"}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        (  # a Mongolian name: no Han surname, but the gender mark says a person is named
            "赤峰市人大常委会召开会议。任命其木格（女）为赤峰市卫生健康委员会主任；",
            "其木格",
            {("主任", "赤峰市卫生健康委员会")},
        ),
        (  # a standing committee's decision on an acting head
            "赤峰市人大常委会召开会议。决定巴图孟和为代理市长。",
            "巴图孟和",
            {("代理市长", "赤峰市人民政府")},
        ),
        (
            "赤峰市人大常委会召开会议。决定任命王小明为赤峰市民政局局长。",
            "王小明",
            {("局长", "赤峰市民政局")},
        ),
    ],
)
def test_appointments_named_by_a_gender_mark_or_an_acting_decision(
    text: str, person: str, expected: set[tuple[str, str]]
) -> None:
    assert roles(text, person) == expected


@pytest.mark.parametrize(
    "text",
    [
        "会议决定今年为项目建设年。",  # 决定 with no acting post: no appointment
        "会议决定王小明为市政府党组成员。",  # 决定 before a post that is no acting one
        "任命书（副本）为红色封皮。",  # a parenthesis that is no gender mark
    ],
)
def test_no_appointment_without_its_marks(text: str) -> None:
    assert list(holdings(extract(text))) == []
