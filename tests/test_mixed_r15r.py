"""Round 15R: honour rolls headed by a placed honour's name, and roll lines that put the name last."""

from __future__ import annotations

from kg.extract.prize_conferrals import placed_honour, roll_headings
from kg.extract.rolls import closes_line
from tests.extraction_support import extract_page


def _honours(ex) -> set[tuple[str, str]]:
    names = {p.key: p.name for p in ex.persons} | {o.key: o.name for o in ex.organizations}
    awards = {a.key: a.name for a in ex.awards}
    return {(names.get(c.recipient, c.recipient), awards[c.award]) for c in ex.conferrals}


def test_placed_honour() -> None:
    assert placed_honour("青禾省三八红旗手")
    assert placed_honour("青禾市先进基层党组织")
    assert placed_honour("全国工人先锋号")
    assert not placed_honour("先进集体")  # a category of a roll, no place before it
    assert not placed_honour("青禾市拟表彰先进个人")  # a notice before the decision
    assert not placed_honour("青禾市人民医院")  # no honour's end


def test_part_and_numbered_headings() -> None:
    text = "　　青禾省三八红旗手（部分）\n　　二、青禾省五一劳动奖章\n　　（三）青禾省工人先锋号\n"
    assert [name for _s, _e, name in roll_headings(text)] == [
        "青禾省三八红旗手",
        "青禾省五一劳动奖章",
        "青禾省工人先锋号",
    ]


def test_heading_counter_examples() -> None:
    assert roll_headings("一、总体要求\n") == []  # a numbered heading of a document, no honour
    assert roll_headings("一、先进个人\n") == []  # a category under an award, no award of its own
    assert roll_headings("二、青禾省五一劳动奖章获得者发言。\n") == []  # prose, no whole line


def test_closes_line() -> None:
    text = "青禾县红旗镇党委书记　王小明\n李华发言\n"
    assert closes_line(text, text.index("王小明") + 3)
    assert not closes_line(text, text.index("李华") + 2)  # words follow the name on its line


def test_roll_with_the_name_last_under_a_placed_heading() -> None:
    ex = extract_page(
        "青禾省表彰三八红旗手\n"
        "　　本报讯　3月7日，青禾省召开表彰大会，对全省三八红旗手和三八红旗集体进行表彰。\n"
        "　　青禾省三八红旗手（部分）\n"
        "　　东乡县红旗镇党委书记　王秀兰\n"
        "　　某某集团有限公司高级工程师　李晓红\n"
        "　　青禾省三八红旗集体（部分）\n"
        "　　东乡县人民医院\n"
        "　　会后，与会代表参观了成果展览，会议由张伟主持。\n"
    )
    got = _honours(ex)
    assert ("王秀兰", "青禾省三八红旗手") in got
    assert ("李晓红", "青禾省三八红旗手") in got
    assert ("东乡县人民医院", "青禾省三八红旗集体") in got
    assert not any(name == "张伟" for name, _a in got)  # prose after the roll: no entry


def test_unit_first_roll_lines_under_a_conferral() -> None:
    ex = extract_page(
        "青禾市委表彰优秀共产党员\n"
        "　　本报讯　6月30日，青禾市委决定，授予王大伟等20名同志“青禾市优秀共产党员”称号。\n"
        "　　青禾市优秀共产党员（部分）\n"
        "　　东乡县红旗镇党委书记王大伟\n"
        "　　西岭县人民医院外科主任医师赵国强\n"
        "　　决定要求，各级党组织要认真学习先进典型，市委副书记孙明亮作了部署。\n"
    )
    got = _honours(ex)
    assert ("王大伟", "青禾市优秀共产党员") in got
    assert ("赵国强", "青禾市优秀共产党员") in got
    assert ("孙明亮", "青禾市优秀共产党员") not in got  # a name closing a line of prose
