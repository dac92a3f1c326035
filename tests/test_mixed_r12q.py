"""Round 12 of the mixed-articles check: rolls headed by an award's own name or a part of a 名单,
the class a heading names within its award, 向-phrases and the sentence that names the winners,
evening galas, meetings told by a speech given there, and 我省 before an honoured city."""

from __future__ import annotations

from kg.extract.award_echoes import receiving_floor
from kg.extract.event_speeches import SPEECH_AT
from kg.extract.prize_conferrals import award_lines, roll_headings
from kg.extract.unit_rolls import award_class
from tests.extraction_support import events_by_name, extract_page


def _honours(ex) -> set[tuple[str, str, str | None]]:
    names = {p.key: p.name for p in ex.persons} | {o.key: o.name for o in ex.organizations}
    names |= {p.key: p.name for p in ex.places}
    awards = {a.key: a.name for a in ex.awards}
    return {(names.get(c.recipient, c.recipient), awards[c.award], c.category) for c in ex.conferrals}


def _awarded(page: str) -> set[tuple[str, str]]:
    """(recipient, award) of each conferral of the page (headline on its first line)."""
    return {(n, a) for n, a, _c in _honours(extract_page(page))}


# -- headings -------------------------------------------------------------------------------


def test_part_headings() -> None:
    text = "青禾县好人名单（部分）\n王小明　青禾县第一中学教师\n某某提名奖（部分）\n先进集体（部分）\n推荐名单（部分）\n"
    assert [name for _s, _e, name in roll_headings(text)] == ["青禾县好人", "某某提名奖"]


def test_part_heading_counter_examples() -> None:
    assert roll_headings("先进集体（部分）\n") == []  # a category, neither a 名单 nor a prize
    assert roll_headings("青禾县候选人推荐名单（部分）\n") == []  # nominees, no winners
    assert roll_headings("青禾县好人名单（部分）公布后，反响热烈。\n") == []  # prose, no whole line


def test_award_lines() -> None:
    text = "授予王小明等9名同志“青禾市劳动模范”称号。\n　　东乡县\n　　青禾市劳动模范\n王小明　某某集团技师\n"
    got = award_lines(text, ["青禾市劳动模范"])
    assert [(text[s:e], name) for s, e, name in got] == [("青禾市劳动模范", "青禾市劳动模范")]
    assert award_lines("青禾市劳动模范王小明发言。\n", ["青禾市劳动模范"]) == []  # not the whole line
    assert award_lines("好人\n", ["好人"]) == []  # too short a name to head a roll by itself


def test_award_class() -> None:
    assert award_class("助人为乐模范", "青禾市道德模范") == "助人为乐"
    assert award_class("道德模范", "青禾市道德模范") is None  # the award's own end: no class
    assert award_class("先进集体", "某某奖") == "先进集体"  # no shared word: as it is
    assert award_class(None, "青禾市道德模范") is None


def test_roll_under_repeated_award_lines_by_province() -> None:
    got = _awarded(
        "青禾省劳动模范名单公布\n"
        "　　本报讯　4月27日，青禾省表彰大会举行，授予200名同志“青禾省劳动模范”称号，"
        "授予80名同志“青禾省先进工作者”称号。\n"
        "　　东乡县\n"
        "　　青禾省劳动模范\n"
        "　　王小明　某某集团有限公司高级技师\n"
        "　　青禾省先进工作者\n"
        "　　李华　东乡县人民医院护士长\n"
        "　　西岭县\n"
        "　　青禾省劳动模范\n"
        "　　张伟　西岭县农机合作社社长\n"
    )
    assert ("王小明", "青禾省劳动模范") in got
    assert ("李华", "青禾省先进工作者") in got
    assert ("张伟", "青禾省劳动模范") in got
    assert ("李华", "青禾省劳动模范") not in got  # each roll ends at the next award's line
    assert ("张伟", "青禾省先进工作者") not in got


def test_classes_under_a_part_heading() -> None:
    ex = extract_page(
        "青禾市道德模范评选揭晓\n"
        "　　本报讯　9月25日，第三届青禾市道德模范发布仪式举行。\n"
        "　　青禾市道德模范名单（部分）\n"
        "　　助人为乐模范\n"
        "　　王小明　某某集团有限公司职工\n"
        "　　孝老爱亲模范\n"
        "　　李华　东乡县农民\n"
    )
    got = _honours(ex)
    assert ("王小明", "青禾市道德模范", "助人为乐") in got
    assert ("李华", "青禾市道德模范", "孝老爱亲") in got


# -- 向 and the winners' sentence -------------------------------------------------------------


def test_receiving_floor() -> None:
    text = "王小明、李华向荣获“青禾好人”称号的代表颁奖"
    assert text[receiving_floor(text, 0, text.index("青禾好人")) :].startswith("荣获")
    text = "王小明面向基层，荣获“青禾好人”称号"  # 面向: a word, no preposition
    assert receiving_floor(text, 0, text.index("青禾好人")) == 0
    text = "王小明荣获“青禾好人”称号"
    assert receiving_floor(text, 0, text.index("青禾好人")) == 0
    text = "王小明汇报了公司获评“青禾好企业”等情况"  # whoever tells is no recipient
    assert text[receiving_floor(text, 0, text.index("青禾好企业")) :].startswith("公司")
    text = "王小明介绍，李华荣获“青禾好人”称号"
    assert text[receiving_floor(text, 0, text.index("青禾好人")) :].startswith("李华")


def test_whoever_tells_of_an_award_receives_none_of_it() -> None:
    got = _awarded(
        "省领导到公司调研\n"
        "11月5日，副省长王小明一行到新疆青禾硅基新材料有限公司调研指导工作。公司党委书记、董事长李华等参加。\n"
        "李华汇报了公司今年获评国家级“绿色工厂”，“年产10万吨多晶硅节能改造项目”荣获2024年度"
        "新疆维吾尔自治区科学技术进步奖一等奖等情况。\n"
    )
    assert got == {("新疆青禾硅基新材料有限公司", "国家级“绿色工厂”")}  # the company, not 李华


def test_presenters_receive_nothing_and_the_next_sentence_names_winners() -> None:
    got = _awarded(
        "青禾县举行国庆文艺晚会\n"
        "　　本报讯　10月1日晚，青禾县国庆文艺晚会举行。"
        "县委书记王小明、县长李华向荣获“青禾县民族团结模范”称号的代表颁奖。"
        "东乡镇农民张伟、西岭村党支部书记赵敏等8人获奖。\n"
    )
    assert ("张伟", "青禾县民族团结模范") in got
    assert ("赵敏", "青禾县民族团结模范") in got
    assert ("王小明", "青禾县民族团结模范") not in got  # they present the award
    assert ("李华", "青禾县民族团结模范") not in got


def test_one_winner_speaking_is_no_roll() -> None:
    got = _awarded(
        "青禾县表彰民族团结模范\n"
        "　　本报讯　县委书记王小明向荣获“青禾县民族团结模范”称号的代表颁奖。李华获奖后说，将继续努力。\n"
    )
    assert ("李华", "青禾县民族团结模范") not in got  # no 等N人获奖
    assert ("王小明", "青禾县民族团结模范") not in got


# -- events ---------------------------------------------------------------------------------


def test_evening_gala_is_an_event() -> None:
    ex = extract_page(
        "青禾县国庆文艺晚会举行\n"
        "　　本报讯　10月1日晚，青禾县国庆文艺晚会在县人民会堂举行。县委书记王小明、县长李华同村民们共同观看演出。\n"
    )
    ev = events_by_name(ex)
    assert "青禾县国庆文艺晚会" in ev
    assert {"王小明", "李华"} <= ev["青禾县国庆文艺晚会"]


def test_watching_a_film_is_no_attendance() -> None:
    ex = extract_page(
        "青禾县国庆文艺晚会举行\n"
        "　　本报讯　10月1日晚，青禾县国庆文艺晚会在县人民会堂举行。\n"
        "　　此前，县委书记王小明观看了宣传片。\n"
    )
    assert "王小明" not in events_by_name(ex).get("青禾县国庆文艺晚会", set())


def test_speech_at() -> None:
    m = SPEECH_AT.search("王小明在全县安全生产工作推进会上说，要守住底线。")
    assert m is not None and m.group("name") == "全县安全生产工作推进会"
    assert SPEECH_AT.search("王小明在会上说，要守住底线。") is None  # a bare word: the meeting before
    assert SPEECH_AT.search("王小明在推进会上的讲话") is None  # no verb of speech after 上


def test_meeting_told_by_a_speech() -> None:
    ex = extract_page(
        "青禾县推进安全生产\n"
        "　　本报讯　11月17日，县委书记王小明在全县安全生产工作推进会上说，要守住安全底线。\n"
    )
    ev = events_by_name(ex)
    assert ev.get("全县安全生产工作推进会") == {"王小明"}


def test_speech_counter_examples() -> None:
    ex = extract_page(
        "青禾县推进安全生产\n"
        "　　本报讯　县委书记王小明在会议上说，要守住安全底线。他在会上表示，要压实责任。\n"
    )
    assert events_by_name(ex) == {}  # bare words name no meeting of their own


# -- honoured places ------------------------------------------------------------------------


def test_own_province_before_an_honoured_city() -> None:
    got = _awarded(
        "青禾省两市获评文明城市\n　　本报讯　11月17日，我省宜春市、抚州市被授予“全国文明城市”称号。\n"
    )
    assert ("宜春市", "全国文明城市") in got
    assert ("抚州市", "全国文明城市") in got
