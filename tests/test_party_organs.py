"""A bare party organ in a title chain (党委, 党组, 纪委, 党支部, 党总支): after a title of an
enterprise or institution it is that organisation's unit (``某某公司董事长、党委书记``), and a
title after one that is no party post is the organisation's again (``某某公司党委书记、董事长``).
After a division's government or party committee the chain keeps its reading. The whole pipeline
on invented sentences (names 王小明, 李华; organisations 青禾…)."""

from __future__ import annotations

import pytest
from extraction_support import extract, holdings

from kg.extract.chain_orgs import inner_organ, outside_party
from kg.model import Organization


def posts_of(text: str) -> set[tuple[str, str, str, str | None]]:
    """(person, role, organisation, parent organisation) of every holding."""
    return {
        (h.person, h.role, h.org.name, h.parent.name if h.parent else None) for h in holdings(extract(text))
    }


CO = "青禾集团有限公司"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{CO}董事长、党委书记王小明出席会议。",
            {("王小明", "董事长", CO, None), ("王小明", "书记", f"{CO}党委", CO)},
        ),
        (
            f"{CO}总经理、党委副书记李华主持会议。",
            {("李华", "总经理", CO, None), ("李华", "副书记", f"{CO}党委", CO)},
        ),
        (
            f"{CO}董事长、党组书记王小明出席会议。",
            {("王小明", "董事长", CO, None), ("王小明", "书记", f"{CO}党组", CO)},
        ),
        (  # the party organ of a company's unit is that unit's
            f"{CO}太原分公司经理、党支部书记李华讲话。",
            {
                ("李华", "经理", f"{CO}太原分公司", CO),
                ("李华", "书记", f"{CO}太原分公司党支部", f"{CO}太原分公司"),
            },
        ),
        (  # a school, a hospital, a bureau
            "青禾中学校长、党支部书记王小明讲话。",
            {("王小明", "校长", "青禾中学", None), ("王小明", "书记", "青禾中学党支部", "青禾中学")},
        ),
        (
            "太原市第一人民医院院长、党委副书记李华讲话。",
            {
                ("李华", "院长", "太原市第一人民医院", None),
                ("李华", "副书记", "太原市第一人民医院党委", "太原市第一人民医院"),
            },
        ),
        (
            "太原市教育局局长、党组书记王小明讲话。",
            {
                ("王小明", "局长", "太原市教育局", None),
                ("王小明", "书记", "太原市教育局党组", "太原市教育局"),
            },
        ),
        (  # a second party organ after the first: the company's too
            f"{CO}党委副书记、纪委书记李华讲话。",
            {("李华", "副书记", f"{CO}党委", CO), ("李华", "书记", f"{CO}纪委", CO)},
        ),
    ],
)
def test_a_bare_party_organ_after_an_organisation_is_its_unit(
    text: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert posts_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{CO}党委书记、董事长王小明出席会议。",
            {("王小明", "书记", f"{CO}党委", CO), ("王小明", "董事长", CO, None)},
        ),
        (
            f"{CO}党委委员、副总经理李华出席会议。",
            {("李华", "委员", f"{CO}党委", CO), ("李华", "副总经理", CO, None)},
        ),
        (
            "太原市教育局党组书记、局长王小明讲话。",
            {
                ("王小明", "书记", "太原市教育局党组", "太原市教育局"),
                ("王小明", "局长", "太原市教育局", None),
            },
        ),
        (  # a party post after a party post stays in the organ
            f"{CO}党委常委、副书记李华讲话。",
            {("李华", "常委", f"{CO}党委", CO), ("李华", "副书记", f"{CO}党委", CO)},
        ),
    ],
)
def test_a_title_after_a_party_organ_that_is_no_party_post_is_the_organisations(
    text: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert posts_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a division's party committee or government the chain reads as before
        (
            "太原市委副书记、市长王小明出席会议。",
            {("王小明", "副书记", "太原市委", None), ("王小明", "市长", "太原市人民政府", None)},
        ),
        (
            "山西省委常委、太原市委书记王小明出席会议。",
            {("王小明", "常委", "山西省委", None), ("王小明", "书记", "太原市委", None)},
        ),
        (
            "山西省委常委、纪委书记王小明讲话。",
            {("王小明", "常委", "山西省委", None), ("王小明", "书记", "山西省纪委", None)},
        ),
        (
            "太原市人民政府党组书记、市长李华讲话。",
            {
                ("李华", "书记", "太原市人民政府党组", "太原市人民政府"),
                ("李华", "市长", "太原市人民政府", None),
            },
        ),
    ],
)
def test_after_a_division_the_chain_keeps_its_reading(
    text: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert posts_of(text) == expected


def test_a_party_organ_first_does_not_take_the_organisation_of_the_next_item() -> None:
    # a chain's scope runs left to right (副市长、某局局长: 副市长 is not the bureau's), so a bare
    # 党委 before a company's title is not read as the company's
    got = posts_of(f"党委书记、{CO}董事长王小明出席会议。")
    assert ("王小明", "董事长", CO, None) in got
    assert not any(org == f"{CO}党委" for _, _, org, _ in got)


def test_inner_organ_and_outside_party_on_hand_built_organisations() -> None:
    company = Organization(f"org||{CO}", CO, "Corporation")
    committee = Organization("org|140100|太原市委", "太原市委", "PartyOrganization", "140100")
    government = Organization(
        "org|140100|太原市人民政府", "太原市人民政府", "GovernmentOrganization", "140100"
    )
    unit = inner_organ((company,), "党委")
    assert unit is not None and unit[0] == company
    assert unit[-1] == Organization(f"org||{CO}党委", f"{CO}党委", "PartyOrganization", None, company.key)
    assert outside_party(unit) == (company,)
    assert outside_party((committee,)) == (committee,)  # a division's committee is no inner organ
    assert inner_organ((committee,), "纪委") is None
    assert inner_organ((government,), "党组") is None
    assert inner_organ((company,), "宣传部") is None  # only the party organs inside any organisation
