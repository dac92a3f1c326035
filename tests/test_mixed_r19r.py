"""Round 19 (R) of the mixed-articles check: honoured units named before an unquoted unit honour
(``甲、乙、丙获评先进单位``), a company written again as 公司 / 该公司 / 企业 / 集团 in an honour's
clause, a company's projects (``“某某”等3个项目``) winning a prize, and the subject pronoun of an
earlier clause (``居民王小明，他在…，被授予…``)."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract_page

HEAD = "青禾宏远集团召开年度工作会议\n"
UNITS = "青禾宏远机械有限公司、青禾丰泰化工有限公司、青禾瑞达物流有限公司"


def won(body: str, head: str = HEAD) -> set[tuple[str, str]]:
    """Each (recipient's name, award's name) of the conferrals read from ``body`` under ``head``."""
    ex = extract_page(head + body)
    return {
        (c.mention.text if not c.organization else c.recipient.split("|")[-1], c.award[6:])
        for c in ex.conferrals
    }


# -- units before an unquoted honour that only a unit receives --------------------------------------


@pytest.mark.parametrize(
    ("told", "award"),
    [
        (f"会议表彰了年度先进。{UNITS}获评先进单位；王小明等20人获评先进个人。", "先进单位"),
        (f"大会上，{UNITS}被评为年度先进集体。", "年度先进集体"),
        (f"{UNITS}荣获全市先进基层党组织，受到通报表扬。", "全市先进基层党组织"),
        (
            "青禾宏远机械有限公司和青禾丰泰化工有限公司、青禾瑞达物流有限公司被确定为全省示范企业。",
            "全省示范企业",
        ),
        (f"{UNITS}等3家单位均获评2024年度文明单位。", "2024年度文明单位"),
    ],
)
def test_units_before_an_unquoted_unit_honour_receive_it(told: str, award: str) -> None:
    got = won(told)
    assert {
        (u, award) for u in ("青禾宏远机械有限公司", "青禾丰泰化工有限公司", "青禾瑞达物流有限公司")
    } <= got


def test_unit_honour_counter_examples() -> None:
    assert won("会上，青禾宏远机械有限公司获评先进单位的经验被推广。") == set()  # 的: no clause's end
    assert won("会上，青禾宏远机械有限公司党委书记王小明获评先进集体。") == set()  # no whole unit item
    assert won("今年全市共有15家企业获评示范企业。") == set()  # a count, no unit named
    assert ("王小明", "先进单位") not in won(f"王小明指出，{UNITS}获评先进单位。")


# -- a company named again by its kind ------------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "unit", "award"),
    [
        (
            "青禾宏远机械有限公司召开表彰大会。该公司被授予“青禾市文明单位”称号。",
            "青禾宏远机械有限公司",
            "青禾市文明单位",
        ),
        (
            "青禾宏远机械有限公司近年来加快转型。企业先后荣获“青禾省专精特新企业”称号。",
            "青禾宏远机械有限公司",
            "青禾省专精特新企业",
        ),
        ("青禾丰源集团召开大会。集团还获评“青禾省优秀企业”。", "青禾丰源集团", "青禾省优秀企业"),
        (
            "青禾宏远机械有限公司研发团队攻克了多项难题，公司还被评为“青禾省科技领军企业”。",
            "青禾宏远机械有限公司",
            "青禾省科技领军企业",
        ),
    ],
)
def test_a_bare_company_word_is_the_company_named_before(told: str, unit: str, award: str) -> None:
    assert (unit, award) in won(told)


def test_bare_company_counter_examples() -> None:
    county = "青禾县召开表彰大会\n"
    assert won("青禾县人民政府召开会议。公司还被评为“先进企业”。", county) == set()  # no company before
    assert won("青禾丰源集团召开大会。公司研究院获评“青禾省优秀企业”。") == set()  # a unit's own name


# -- a company's projects winning a prize ---------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "青禾宏远机械有限公司牵头完成的“重型齿轮精密加工技术”等3个项目获评青禾省科技进步奖。",
        "青禾宏远机械有限公司的“重型齿轮精密加工技术”等项目荣获青禾省科技进步奖。",
        "青禾宏远机械有限公司“重型齿轮精密加工技术”项目近日荣获青禾省科技进步奖。",
    ],
)
def test_a_companys_projects_winning_a_prize_honour_the_company(told: str) -> None:
    assert ("青禾宏远机械有限公司", "青禾省科技进步奖") in won(told)


def test_project_counter_example() -> None:
    assert won("由青禾宏远机械有限公司选送的作品荣获青禾省广播电视奖。") == set()  # the work's, no unit's


# -- the subject pronoun of an earlier clause ------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "受到表彰的还有青禾县居民王小明，他在一次火灾中救出两名老人，被授予“青禾市见义勇为先进个人”称号。",
        "青禾县居民王小明，他扎根乡村二十年，带领群众种茶致富，先后被授予“青禾市见义勇为先进个人”称号。",
        "还有青禾县居民王小明，他在一次火灾中救出两名老人，被评为“青禾市见义勇为先进个人”。",
    ],
)
def test_a_pronoun_opening_an_earlier_clause_is_the_subject_of_the_honour(told: str) -> None:
    assert ("王小明", "青禾市见义勇为先进个人") in won(told)


def test_pronoun_counter_examples() -> None:
    other = "王小明表示，他将继续努力，李华被授予“青禾市劳动模范”称号。"
    assert won(other) == {("李华", "青禾市劳动模范")}  # the person named in the clause
    after = "王小明说，他和同事李华一起，被授予“青禾市劳动模范”称号。"
    assert ("王小明", "青禾市劳动模范") not in won(after)  # a person named after the pronoun: not sure
