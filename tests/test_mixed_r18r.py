"""Round 18 (R): winners of a selection with no verb of conferral, titled and marked names before
a verb of receiving, a street office honoured with its district, roll lines with an ethnic mark or
a category. Invented names only."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import conferrals, extract_page, honoured_units, org_posts

DAY = dt.date(2025, 9, 25)
HEAD = "青禾市道德模范揭晓\n本报讯（记者周小文）9月24日，青禾市举行颁奖活动。\n"


def _honours(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.award, c.category) for c in conferrals(extract_page(HEAD + text, DAY))}


@pytest.mark.parametrize(
    "selection",
    [
        "经过推荐和评审，共评选出第三届青禾市道德模范10名。其中——\n",
        "经过层层推荐，评选出第三届青禾市道德模范10名：\n",
        "本届评选共产生第三届青禾市道德模范十名。\n",
        "活动评出“第三届青禾市道德模范”10位。名单如下：\n",
        "第三届青禾市道德模范10名揭晓。经评审，选出第三届青禾市道德模范10名。\n",
    ],
)
def test_a_counted_selection_names_its_winners_a_line_each(selection: str) -> None:
    lines = "助人为乐模范：王小明，青禾县红旗镇退休教师，多年义务辅导留守儿童；\n孝老爱亲模范：李华（女），白水县东沟村村民。\n"
    got = _honours(selection + lines + "颁奖典礼上，观众深受感动。\n")
    assert got == {
        ("王小明", "第三届青禾市道德模范", "助人为乐"),
        ("李华", "第三届青禾市道德模范", "孝老爱亲"),
    }


def test_a_selection_whose_lines_name_no_category_still_lists_its_winners() -> None:
    got = _honours(
        "共评选出2025年度青禾好人20名。\n王小明，青禾县红旗镇农民；\n李华（女），白水县东沟村村民。\n"
    )
    assert {p for p, _, _ in got} == {"王小明", "李华"}
    assert {a for _, a, _ in got} == {"2025年度青禾好人"}


@pytest.mark.parametrize(
    "text",
    [
        "这次活动产生了积极影响10个。\n助人为乐模范：王小明，青禾县红旗镇退休教师。\n",  # no honour's name
        "大会选出代表10名。\n王小明，青禾县红旗镇退休教师。\n",  # delegates, not winners
        "共评选出第三届青禾市道德模范10名。\n颁奖典礼上，王小明，青禾县红旗镇退休教师，上台发言。\n",  # prose
    ],
)
def test_no_winner_without_an_honour_counted_or_a_line_opened_by_the_name(text: str) -> None:
    assert _honours(text) == set()


def test_a_winner_line_states_the_unit_and_job_up_to_the_comma() -> None:
    ex = extract_page(
        HEAD + "共评选出第三届青禾市道德模范10名。\n敬业奉献模范：王小明，青禾市第二人民医院儿科主任；\n"
        "诚实守信模范：李华（女），白水县东沟村个体工商户，多年诚信经营。\n",
        DAY,
    )
    got = {(p, o + r) for p, o, r in org_posts(ex)}
    assert ("王小明", "青禾市第二人民医院主任") in got  # 儿科主任 is the job title as written
    assert ("李华", "白水县东沟村个体工商户") in got


def test_a_speaker_after_a_line_colon_states_no_post() -> None:
    ex = extract_page(HEAD + "会议强调：王小明，要把工作抓实抓细。\n", DAY)
    assert not any(p == "王小明" for p, _, _ in org_posts(ex))


@pytest.mark.parametrize(
    "sentence",
    [
        "青禾航空研究院研究员王小明、白水大学教授李华（女）获得2024年度青禾省科学技术最高奖。",
        "青禾航空研究院研究员王小明和白水大学教授李华获得2024年度青禾省科学技术最高奖。",
        "王小明（回族）、李华（女）获得2024年度青禾省科学技术最高奖。",
        "王小明、白水大学教授李华荣获2024年度青禾省科学技术最高奖。",
    ],
)
def test_titled_and_marked_names_before_the_verb_receive_the_prize(sentence: str) -> None:
    got = _honours(sentence + "省领导为获奖代表颁奖。\n")
    assert {p for p, _, _ in got} == {"王小明", "李华"}


@pytest.mark.parametrize(
    "sentence",
    [
        "王小明主持会议，白水大学教授李华获得2024年度青禾省科学技术最高奖。",  # a clause between
        "王小明说，李华获得2024年度青禾省科学技术最高奖。",
    ],
)
def test_a_name_in_another_clause_receives_nothing(sentence: str) -> None:
    assert {p for p, _, _ in _honours(sentence + "\n")} == {"李华"}


UNITS = "会上，{units}等30个单位被授予“全市创建文明城市工作先进单位”称号。\n"


@pytest.mark.parametrize(
    "units, unit",
    [
        ("青禾区湖心街道、某某集团有限公司", "青禾区湖心街道"),
        ("某某集团有限公司、白水县东城街道", "白水县东城街道"),
        ("某某集团有限公司、青禾市西关街道", "青禾市西关街道"),
    ],
)
def test_a_street_office_is_honoured_with_its_district(units: str, unit: str) -> None:
    ex = extract_page("青禾市召开创建文明城市推进会\n" + UNITS.format(units=units), DAY)
    assert unit in {u for u, _ in honoured_units(ex)}


def test_a_street_before_a_name_that_opens_with_he_is_no_honoured_unit() -> None:
    text = "青禾市表彰劳动模范\n获得“先进工作者”类别的有：白水县第一中学教师李华，白水县东城街道和平社区居委会主任王小明。\n"
    assert "白水县东城街道" not in {u for u, _ in honoured_units(extract_page(text, DAY))}


def test_a_town_of_a_county_stays_a_place() -> None:
    ex = extract_page("青禾市召开推进会\n" + UNITS.format(units="白水县红旗镇、某某集团有限公司"), DAY)
    assert "白水县红旗镇" not in {u for u, _ in honoured_units(ex)}


@pytest.mark.parametrize("mark", ["（回族）", "（女，土家族）", "（女）"])
def test_a_roll_line_with_an_ethnic_mark_states_the_job(mark: str) -> None:
    text = (
        "青禾省表彰劳动模范\n会议决定，授予50名职工青禾省五一劳动奖章。获奖名单（部分）如下：\n"
        f"王小明{mark}　白水县红旗镇农民专业合作社理事长\n李华　青禾市第一中学教师\n"
    )
    got = org_posts(extract_page(text, DAY))
    assert ("王小明", "白水县红旗镇农民专业合作社", "理事长") in got
