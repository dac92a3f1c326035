"""Rolls (kg.extract.rolls): one person per line, the name first and the post after a space, and
the recipients of a conferral that defers them to such a roll (授予以下同志…称号).

Whole pipeline on invented notices: invented names, places and companies.
"""

from __future__ import annotations

from kg.extract import default_stages
from kg.extract.rolls import deferred_conferrals, opens_line
from kg.model import Article, Extraction
from kg.pipeline import run


def extract(text: str) -> Extraction:
    return run(Article("t", "test", 0, text), default_stages())


def jobs(ex: Extraction) -> dict[str, set[tuple[str, str | None]]]:
    """person -> {(post label, job title as written)}"""
    posts = {p.key: p for p in ex.posts}
    out: dict[str, set[tuple[str, str | None]]] = {}
    for h in ex.holdings:
        name = ex.person(h.person).name  # type: ignore[union-attr]
        out.setdefault(name, set()).add((posts[h.post].label, h.job_title))
    return out


def honours(ex: Extraction) -> set[tuple[str, str, bool]]:
    awards = {a.key: a.name for a in ex.awards}
    return {(ex.person(c.recipient).name, awards[c.award], c.posthumous) for c in ex.conferrals}  # type: ignore[union-attr]


NOTICE = """关于表彰青禾市劳动模范的决定
　　为表彰先进，市政府决定授予以下同志“青禾市劳动模范”称号。
　　王小明　青禾县红旗镇东沟村党支部书记
　　李华（女）　青禾钢铁集团有限公司炼钢厂工人
　　张伟　市第二中学教师
　　希望受到表彰的同志珍惜荣誉，再创佳绩。
　　赵明　副市长在大会上讲话，全市干部职工参加。
"""


def test_a_roll_gives_each_name_the_post_after_it() -> None:
    found = jobs(extract(NOTICE))
    assert found["王小明"] == {("青禾县红旗镇东沟村党支部书记", "书记")}
    assert found["李华"] == {("青禾钢铁集团有限公司炼钢厂工人", "工人")}
    assert found["张伟"] == {("市第二中学教师", "教师")}
    assert "赵明" not in found  # the name opens a line of prose: no roll entry


def test_a_conferral_on_the_following_roll_confers_on_its_names_until_prose() -> None:
    got = honours(extract(NOTICE))
    assert got == {(name, "青禾市劳动模范", False) for name in ("王小明", "李华", "张伟")}


def test_a_roll_runs_over_headings_and_ordinals_and_a_medal_needs_no_title_word() -> None:
    text = (
        "青禾省总工会关于表彰五一劳动奖章获得者的决定\n"
        "　　省总工会决定，授予下列同志“青禾省五一劳动奖章”。\n"
        "　　一、企业职工（2名）\n"
        "　　1.王小明　青禾钢铁集团有限公司炼钢厂工人\n"
        "　　2.李华（女）　青禾县红旗镇卫生院院长\n"
        "　　二、农民工（1名）\n"
        "　　3.张伟　青禾建工集团有限公司钢筋工\n"
    )
    ex = extract(text)
    assert honours(ex) == {(name, "青禾省五一劳动奖章", False) for name in ("王小明", "李华", "张伟")}
    assert ("青禾县红旗镇卫生院院长", "院长") in jobs(ex)["李华"]


def test_a_posthumous_conferral_on_a_roll() -> None:
    text = "　　省政府决定，追授下列同志“青禾省见义勇为英雄”称号：\n　　王小明　青禾县公安局民警\n　　李华　青禾县消防救援大队队员\n"
    assert honours(extract(text)) == {(n, "青禾省见义勇为英雄", True) for n in ("王小明", "李华")}


def test_names_after_a_conferral_that_does_not_defer_are_no_recipients() -> None:
    text = (
        "　　市政府授予王小明“青禾市劳动模范”称号。\n"
        "　　李华　青禾县红旗镇卫生院院长\n"
        "　　张伟　青禾建工集团有限公司钢筋工\n"
    )
    got = honours(extract(text))
    assert got == {("王小明", "青禾市劳动模范", False)}  # the roll after it names no recipients


def test_a_roll_without_a_conferral_confers_nothing() -> None:
    text = "青禾市人大代表名单\n　　王小明　青禾县红旗镇党委书记\n　　李华（女）　青禾钢铁集团有限公司工人\n"
    ex = extract(text)
    assert not ex.conferrals
    assert ("青禾县红旗镇党委书记", "书记") in jobs(ex)["王小明"]


def test_a_name_inside_a_line_or_before_prose_is_no_roll_entry() -> None:
    text = (
        "　　会上，王小明　青禾县红旗镇党委书记作了发言。\n"  # not at the start of its line
        "　　李华　说起这些年的变化很感慨。\n"  # prose after the space
        "　　张伟　青禾县县长说，今年要加油。\n"  # a title chain that does not run to the line's end
    )
    assert jobs(extract(text)) == {}


def test_opens_line() -> None:
    text = "　　王小明\n1.李华\n（二）张伟\n会上王小明"
    assert opens_line(text, text.index("王小明"))
    assert opens_line(text, text.index("李华"))
    assert opens_line(text, text.index("张伟"))
    assert not opens_line(text, text.rindex("王小明"))


def test_deferred_conferrals() -> None:
    assert deferred_conferrals("授予下列同志“青禾好人”称号：") == [(6, 12, "青禾好人", False)]
    assert deferred_conferrals("追授以下同志青禾市优秀共产党员称号。")[0][2:] == ("青禾市优秀共产党员", True)
    assert deferred_conferrals("授予王小明“青禾好人”称号。") == []  # names its recipient: no roll


def test_a_roll_after_a_received_award_and_its_list_opener() -> None:
    text = (
        "　　近日，王小明等3人获评“青禾好人”，名单如下：\n"
        "　　王小明　青禾县红旗镇东沟村党支部书记\n"
        "　　李华（女）　青禾钢铁集团有限公司工人\n"
        "　　张伟　市第二中学教师\n"
    )
    assert honours(extract(text)) == {(n, "青禾好人", False) for n in ("王小明", "李华", "张伟")}


def test_a_list_that_is_no_conferral_gives_no_roll_of_recipients() -> None:
    text = "　　以下是青禾市新当选的人大代表名单：\n　　王小明　青禾县红旗镇党委书记\n　　李华　青禾钢铁集团有限公司工人\n"
    assert not extract(text).conferrals
