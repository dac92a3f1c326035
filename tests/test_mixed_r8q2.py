"""Prize conferrals on a counted enumeration and rolls headed by an award's winners
(kg.extract.prize_conferrals, read by kg.extract.honours)."""

from __future__ import annotations

from kg.extract.prize_conferrals import counted_conferrals, roll_headings
from tests.extraction_support import extract_page


def _honours(ex) -> set[tuple[str, str]]:
    names = {p.key: p.name for p in ex.persons} | {o.key: o.name for o in ex.organizations}
    awards = {a.key: a.name for a in ex.awards}
    return {(names.get(c.recipient, c.recipient), awards[c.award]) for c in ex.conferrals}


def test_counted_conferral_of_a_quoted_prize() -> None:
    text = "授予青禾县水务集团有限公司等12个单位“青禾市劳动奖状”，授予王小明等30名职工“青禾市劳动奖章”。"
    got = [(name, text[a:b]) for _s, _e, name, (a, b), _p in counted_conferrals(text)]
    assert got == [
        ("青禾市劳动奖状", "青禾县水务集团有限公司等12个单位"),
        ("青禾市劳动奖章", "王小明等30名职工"),
    ]


def test_counted_conferral_counter_examples() -> None:
    assert counted_conferrals("授予李华“青禾市劳动奖章”。") == []  # no count: conferral_forms reads it
    assert counted_conferrals("授予王小明等5人“青禾好人”称号。") == []  # a 称号: the honours grammar
    assert counted_conferrals("授予王小明等5人“青禾好人”。") == []  # no prize named


def test_roll_headings() -> None:
    text = (
        "青禾市劳动奖章获得者（部分）\n王小明　某某集团技师\n某某奖获奖名单\n劳动奖章获得者代表李华发言。\n"
    )
    assert [name for _s, _e, name in roll_headings(text)] == ["青禾市劳动奖章", "某某奖"]


def test_article_with_counted_conferrals_and_headed_rolls() -> None:
    ex = extract_page(
        "青禾市劳动奖表彰决定公布\n"
        "　　本报讯　4月28日，青禾市总工会印发决定，授予青禾县水务集团有限公司等12个单位“青禾市劳动奖状”，"
        "授予王小明等30名职工“青禾市劳动奖章”。\n"
        "　　青禾市劳动奖状获得者（部分）\n"
        "　　青禾县水务集团有限公司\n"
        "　　青禾县恒远建材有限公司\n"
        "　　青禾市劳动奖章获得者（部分）\n"
        "　　王小明　某某集团有限公司高级技师\n"
        "　　李华　青禾县第一中学教师\n"
    )
    got = _honours(ex)
    assert ("青禾县水务集团有限公司", "青禾市劳动奖状") in got
    assert ("青禾县恒远建材有限公司", "青禾市劳动奖状") in got
    assert ("王小明", "青禾市劳动奖章") in got
    assert ("李华", "青禾市劳动奖章") in got
    assert ("李华", "青禾市劳动奖状") not in got  # the roll of the first heading ends at the next one


def test_winners_in_prose_are_no_roll() -> None:
    ex = extract_page(
        "青禾市召开劳模座谈会\n"
        "　　本报讯　4月28日，青禾市召开座谈会。\n"
        "　　青禾市劳动奖章获得者代表李华发言。\n"
        "　　王小明　某某集团有限公司高级技师\n"
    )
    assert _honours(ex) == set()
