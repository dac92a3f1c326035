"""Title chains in a township or a village, and quoted award names that hold punctuation.

After a title in one organ of a township or village, a bare organ or head's title is the same
place's other organ: ``某某镇党委书记、镇长`` -> the town's 人民政府 (as ``某市委副书记、市长`` ->
the city's), ``某某村党支部书记、村委会主任`` -> the village's 村委会; ``某某镇镇长、党委副书记`` ->
the town's 人民政府 and 党委, and a bare head of another level (``某某镇党委书记、乡长``) no post. A quoted award is one name
whatever punctuation it holds. The whole pipeline on invented sentences (names 王小明, 李华;
places 青禾…, and real divisions 山西省清徐县 and 太原市小店区 with invented townships)."""

from __future__ import annotations

import pytest
from extraction_support import conferrals, extract, holdings

from kg.extract.local_organs import head_organ, local_organ
from kg.model import Organization

Post = tuple[str, str, str, str, str | None]


def posts_of(text: str) -> set[Post]:
    """(person, role, organisation, its kind, its jurisdiction) of every holding."""
    return {(h.person, h.role, h.org.name, h.org.kind, h.org.jurisdiction) for h in holdings(extract(text))}


GOV, PARTY, ORG = "GovernmentOrganization", "PartyOrganization", "Organization"
#: Invented townships and villages under a real county (the gazetteer knows the county only).
TOWN, VILLAGE = "140121/青禾镇", "140121/青禾镇/红星村"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a township under a county of the gazetteer: the township's jurisdiction
            "清徐县青禾镇党委书记、镇长王小明出席会议。",
            {
                ("王小明", "书记", "清徐县青禾镇党委", PARTY, TOWN),
                ("王小明", "镇长", "清徐县青禾镇人民政府", GOV, TOWN),
            },
        ),
        (
            "清徐县青禾乡党委副书记、乡长李华出席会议。",
            {
                ("李华", "副书记", "清徐县青禾乡党委", PARTY, "140121/青禾乡"),
                ("李华", "乡长", "清徐县青禾乡人民政府", GOV, "140121/青禾乡"),
            },
        ),
        (  # a subdistrict: its office
            "小店区青禾街道党工委书记、办事处主任王小明出席会议。",
            {
                ("王小明", "书记", "小店区青禾街道党工委", PARTY, "140105/青禾街道"),
                ("王小明", "主任", "小店区青禾街道办事处", ORG, "140105/青禾街道"),
            },
        ),
        (  # a township written alone, no division known: the same place, no jurisdiction
            "青禾镇党委副书记、副镇长李华出席会议。",
            {("李华", "副书记", "青禾镇党委", PARTY, None), ("李华", "副镇长", "青禾镇人民政府", GOV, None)},
        ),
        (
            "青禾街道党工委书记、办事处主任王小明出席会议。",
            {
                ("王小明", "书记", "青禾街道党工委", PARTY, None),
                ("王小明", "主任", "青禾街道办事处", ORG, None),
            },
        ),
    ],
)
def test_a_town_head_after_the_towns_party_committee_is_of_its_government(
    text: str, expected: set[Post]
) -> None:
    assert posts_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "清徐县青禾镇红星村党支部书记、村委会主任王小明出席会议。",
            {
                ("王小明", "书记", "清徐县青禾镇红星村党支部", PARTY, VILLAGE),
                ("王小明", "主任", "清徐县青禾镇红星村村委会", ORG, VILLAGE),
            },
        ),
        (
            "清徐县青禾镇红星村村委会主任、党支部书记王小明出席会议。",
            {
                ("王小明", "主任", "清徐县青禾镇红星村村委会", ORG, VILLAGE),
                ("王小明", "书记", "清徐县青禾镇红星村党支部", PARTY, VILLAGE),
            },
        ),
        (  # a village written alone: never a national 党支部
            "红星村党支部书记、村委会主任王小明出席会议。",
            {("王小明", "书记", "红星村党支部", PARTY, None), ("王小明", "主任", "红星村村委会", ORG, None)},
        ),
        (
            "红星村村委会主任、党支部书记李华出席会议。",
            {("李华", "主任", "红星村村委会", ORG, None), ("李华", "书记", "红星村党支部", PARTY, None)},
        ),
        (  # a community: its residents' committee
            "青禾社区党委书记、居委会主任李华出席会议。",
            {("李华", "书记", "青禾社区党委", PARTY, None), ("李华", "主任", "青禾社区居委会", ORG, None)},
        ),
        (  # 村主任 is the head of the village committee, not of the party branch
            "红星村党支部书记、村主任王小明出席会议。",
            {
                ("王小明", "书记", "红星村党支部", PARTY, None),
                ("王小明", "村主任", "红星村村委会", ORG, None),
            },
        ),
    ],
)
def test_each_village_title_is_of_its_own_village_organ(text: str, expected: set[Post]) -> None:
    assert posts_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counter-examples: readings that do not change
        (  # a title with its own organisation keeps it
            "红星村党支部书记、青禾镇人民政府副镇长王小明出席会议。",
            {
                ("王小明", "书记", "红星村党支部", PARTY, None),
                ("王小明", "副镇长", "青禾镇人民政府", GOV, None),
            },
        ),
        (  # a company's party organ after its title is the company's unit, not a village's
            "青禾集团有限公司董事长、党支部书记李华讲话。",
            {
                ("李华", "董事长", "青禾集团有限公司", "Corporation", None),
                ("李华", "书记", "青禾集团有限公司党支部", PARTY, None),
            },
        ),
        (  # a city's mayor as before
            "太原市委副书记、市长王小明出席会议。",
            {
                ("王小明", "副书记", "太原市委", PARTY, "140100"),
                ("王小明", "市长", "太原市人民政府", GOV, "140100"),
            },
        ),
    ],
)
def test_other_chains_keep_their_reading(text: str, expected: set[Post]) -> None:
    assert posts_of(text) == expected


def test_local_organ_on_hand_built_organisations() -> None:
    committee = Organization("org|140121/青禾镇|青禾镇党委", "青禾镇党委", PARTY, "140121/青禾镇")
    government = local_organ((committee,), "", "镇长")
    assert government == Organization(
        "org|140121/青禾镇|青禾镇人民政府", "青禾镇人民政府", GOV, "140121/青禾镇"
    )
    assert local_organ((committee,), "镇政府", "镇长") == government
    assert local_organ((committee,), "", "乡长") is None  # the head of another level
    assert local_organ((committee,), "", "书记") is None
    branch = Organization("org||红星村党支部", "红星村党支部", PARTY)
    council = local_organ((branch,), "村委会", "主任")
    assert council is not None and (council.name, council.kind) == ("红星村村委会", ORG)
    assert local_organ((branch,), "办事处", "主任") is None  # a village has no office
    company = Organization("org||青禾集团有限公司", "青禾集团有限公司", "Corporation")
    assert local_organ((company,), "党支部", "书记") is None
    farm = Organization("org||青禾农村党委", "青禾农村党委", PARTY)  # 农村 is no village
    assert local_organ((farm,), "村委会", "主任") is None


def org_keys(text: str) -> set[str]:
    ex = extract(text)
    posts = {p.key: p for p in ex.posts}
    return {posts[h.post].organization for h in ex.holdings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the head first: the township's government, then its party committee
            "清徐县青禾镇镇长、党委副书记王小明出席会议。",
            {
                ("王小明", "镇长", "清徐县青禾镇人民政府", GOV, TOWN),
                ("王小明", "副书记", "清徐县青禾镇党委", PARTY, TOWN),
            },
        ),
        (
            "清徐县青禾乡乡长、党委副书记李华出席会议。",
            {
                ("李华", "乡长", "清徐县青禾乡人民政府", GOV, "140121/青禾乡"),
                ("李华", "副书记", "清徐县青禾乡党委", PARTY, "140121/青禾乡"),
            },
        ),
        ("清徐县青禾镇副镇长李华出席会议。", {("李华", "副镇长", "清徐县青禾镇人民政府", GOV, TOWN)}),
        (  # no division known: the same organs, no jurisdiction
            "青禾镇镇长、党委副书记李华出席会议。",
            {("李华", "镇长", "青禾镇人民政府", GOV, None), ("李华", "副书记", "青禾镇党委", PARTY, None)},
        ),
        (  # a village's head: its committee
            "红星村村主任、党支部书记王小明出席会议。",
            {
                ("王小明", "村主任", "红星村村委会", ORG, None),
                ("王小明", "书记", "红星村党支部", PARTY, None),
            },
        ),
        (  # a subdistrict's office: the office of the place 青禾街道, as the forward chain reads it
            "小店区青禾街道办事处主任李华出席会议。",
            {("李华", "主任", "小店区青禾街道办事处", ORG, "140105/青禾街道")},
        ),
        # counter-examples: a city's mayor as before; a head of another level stays unread
        (
            "太原市市长、市委副书记王小明出席会议。",
            {
                ("王小明", "市长", "太原市人民政府", GOV, "140100"),
                ("王小明", "副书记", "太原市委", PARTY, "140100"),
            },
        ),
        ("清徐县青禾乡镇长王小明出席会议。", {("王小明", "镇长", "清徐县青禾乡", ORG, "140121")}),
    ],
)
def test_a_written_township_head_is_of_its_government(text: str, expected: set[Post]) -> None:
    assert posts_of(text) == expected


@pytest.mark.parametrize(
    ("reverse", "written"),
    [
        (
            "清徐县青禾镇镇长、党委副书记王小明出席会议。",
            "清徐县青禾镇人民政府镇长、清徐县青禾镇党委副书记王小明出席会议。",
        ),
        (
            "清徐县青禾乡乡长、党委书记李华出席会议。",
            "清徐县青禾乡人民政府乡长、清徐县青禾乡党委书记李华出席会议。",
        ),
        ("青禾镇镇长、党委副书记李华出席会议。", "青禾镇人民政府镇长、青禾镇党委副书记李华出席会议。"),
    ],
)
def test_a_township_head_first_gives_the_keys_of_the_organs_written_out(reverse: str, written: str) -> None:
    keys = org_keys(reverse)
    assert len(keys) == 2 and keys == org_keys(written)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the head of a 乡 after a 镇's organ, and the reverse: no post for it
            "清徐县青禾镇党委书记、乡长王小明出席会议。",
            {("王小明", "书记", "清徐县青禾镇党委", PARTY, TOWN)},
        ),
        (
            "清徐县青禾乡党委副书记、镇长李华出席会议。",
            {("李华", "副书记", "清徐县青禾乡党委", PARTY, "140121/青禾乡")},
        ),
        ("青禾镇党委书记、副乡长李华出席会议。", {("李华", "书记", "青禾镇党委", PARTY, None)}),
        (  # a village's head after a township's organ, a township's after a company's
            "清徐县青禾镇党委书记、村主任王小明出席会议。",
            {("王小明", "书记", "清徐县青禾镇党委", PARTY, TOWN)},
        ),
        (
            "青禾集团有限公司董事长、镇长李华出席会议。",
            {("李华", "董事长", "青禾集团有限公司", "Corporation", None)},
        ),
        # counter-examples: the head of the same level, or with its own organisation, is kept
        (
            "清徐县青禾乡党委副书记、乡长李华出席会议。",
            {
                ("李华", "副书记", "清徐县青禾乡党委", PARTY, "140121/青禾乡"),
                ("李华", "乡长", "清徐县青禾乡人民政府", GOV, "140121/青禾乡"),
            },
        ),
        (
            "青禾镇党委书记、红旗乡乡长王小明出席会议。",
            {("王小明", "书记", "青禾镇党委", PARTY, None), ("王小明", "乡长", "红旗乡人民政府", GOV, None)},
        ),
    ],
)
def test_a_bare_head_of_another_level_gives_no_post(text: str, expected: set[Post]) -> None:
    assert posts_of(text) == expected


def test_head_organ_names_the_government_of_the_heads_level() -> None:
    assert head_organ("清徐县青禾镇", "镇长") == "清徐县青禾镇人民政府"
    assert head_organ("青禾乡", "乡长") == "青禾乡人民政府"
    assert head_organ("红星村", "村主任") == "红星村村委会"
    assert head_organ("青禾乡", "镇长") is None  # another level
    assert head_organ("青禾城镇", "镇长") is None  # 城镇 is no township
    assert head_organ("镇", "镇长") is None  # no name before the level word
    assert head_organ("青禾镇", "书记") is None  # no head


def awards_of(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(extract(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大会授予王小明“青禾标兵，时代先锋”称号。", {("王小明", "青禾标兵，时代先锋")}),
        ("王小明同志被授予“青禾标兵，时代先锋”荣誉称号。", {("王小明", "青禾标兵，时代先锋")}),
        ("李华荣获“青禾标兵；时代先锋”称号。", {("李华", "青禾标兵；时代先锋")}),
        # counter-examples: a quotation with a clause in it is no award without 称号, one past
        # the bound is no name, and an unquoted comma still ends the award's clause
        ("王小明荣获“青禾标兵”称号，李华获得“点赞，好评”。", {("王小明", "青禾标兵")}),
        ("王小明荣获“青禾市第一届乡村振兴工作先进个人，乡村振兴带头人，优秀基层干部”称号。", set()),
        ("大会授予王小明青禾标兵，时代先锋称号。", set()),
    ],
)
def test_a_quoted_award_is_one_name_whatever_punctuation_it_holds(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert awards_of(text) == expected


def test_a_subdistrict_written_with_its_office_is_the_place_of_the_office_and_of_its_committee() -> None:
    office = posts_of("小店区青禾街道办事处主任、党工委副书记李华出席会议。")
    committee = posts_of("小店区青禾街道党工委副书记李华出席会议。")
    assert {p[4] for p in office} == {p[4] for p in committee} == {"140105/青禾街道"}
    # an office with no 街道 before it is a township of its own name (某某办事处, as some cities call it)
    assert {p[4] for p in posts_of("仙桃市青禾办事处主任李华出席会议。")} == {"429004/青禾办事处"}
