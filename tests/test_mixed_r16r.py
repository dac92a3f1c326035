"""Round 16R: honoured units written with their divisions in front, and a company before its project."""

from __future__ import annotations

from tests.extraction_support import extract_page, honoured_persons, honoured_unit_names


def test_roll_units_with_their_divisions() -> None:
    ex = extract_page(
        "青禾市委表彰先进基层党组织\n"
        "　　本报讯　6月30日，青禾市委决定，授予王大伟等10名同志“青禾市优秀共产党员”称号，"
        "授予8个基层党组织“青禾市先进基层党组织”称号。\n"
        "　　青禾市优秀共产党员（部分）\n"
        "　　东乡县红旗镇党委书记王大伟\n"
        "　　青禾市先进基层党组织（部分）\n"
        "　　西岭县城关镇青禾村党总支部\n"
        "　　西岭县城关镇枫林社区党委\n"
        "　　西岭县人民法院民事审判庭\n"
        "　　决定要求，各级党组织要认真学习先进典型，市委副书记孙明亮作了部署。\n"
    )
    got = honoured_unit_names(ex)
    award = "青禾市先进基层党组织"
    assert ("西岭县城关镇青禾村党总支部", award) in got
    assert ("西岭县城关镇枫林社区党委", award) in got
    # a person's entry ends in a title, no unit's word: the person is honoured, no unit minted
    assert "王大伟" in honoured_persons(ex)
    assert not any(name.endswith("党委书记") for name, _a in got)
    kinds = {o.name: o.kind for o in ex.organizations}
    assert kinds["西岭县城关镇青禾村党总支部"] == "PartyOrganization"


def test_divided_units_after_a_conferral() -> None:
    ex = extract_page(
        "青禾市表彰模范集体\n"
        "　　本报讯　4月28日，青禾市召开大会，授予西岭县城关镇农贸市场、西岭县城关镇枫林社区党委"
        "等12个集体“青禾市模范集体”称号。\n"
    )
    got = honoured_unit_names(ex)
    assert ("西岭县城关镇农贸市场", "青禾市模范集体") in got
    assert ("西岭县城关镇枫林社区党委", "青禾市模范集体") in got


def test_no_divided_unit_outside_a_recipients_span() -> None:
    # the same names in prose that confers nothing: no honoured unit, no minted organisation
    ex = extract_page(
        "青禾县召开党建工作会\n"
        "　　本报讯　5月8日，西岭县城关镇青禾村党总支部召开会议，西岭县人民法院民事审判庭派员参加。\n"
    )
    assert honoured_unit_names(ex) == set()
    assert "西岭县城关镇青禾村党总支部" not in {o.name for o in ex.organizations}


def test_a_plain_unit_needs_its_divisions() -> None:
    # a roll line of a plain public unit with no division in front is left to the organisation layer
    ex = extract_page(
        "青禾市表彰模范集体\n"
        "　　本报讯　4月28日，青禾市召开大会，授予红旗农贸市场等12个集体“青禾市模范集体”称号。\n"
    )
    assert "红旗农贸市场" not in {name for name, _a in honoured_unit_names(ex)}


def test_company_before_its_quoted_project() -> None:
    ex = extract_page(
        "某某集团获省科技奖\n"
        "　　本报讯　5月20日，在青禾省科学技术奖励大会上，青禾精工机械有限公司牵头完成的"
        "“新型轴承设计与制造”项目荣获青禾省科学技术进步奖一等奖。\n"
    )
    assert ("青禾精工机械有限公司", "青禾省科学技术进步奖一等奖") in honoured_unit_names(ex)


def test_quoted_work_of_a_person_honours_no_unit() -> None:
    # a work's author is a person: the project's words do not make the person's unit a recipient
    ex = extract_page(
        "青禾省表彰优秀作品\n"
        "　　本报讯　5月20日，青禾日报社记者王小明采写的“山村的路”荣获青禾新闻奖一等奖。\n"
    )
    assert not any(name == "青禾日报社" for name, _a in honoured_unit_names(ex))
