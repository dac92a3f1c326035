"""Round 21S: front-page grammar of a party paper (a guest's party, a report heard, a body acted
for, a meeting of its own kind, a short form that cuts a county's name)."""

from __future__ import annotations

from kg.extract.acting_names import split_acting
from kg.extract.divisions import gazetteer
from kg.extract.heard_reports import heard_report
from kg.extract.name_dot_heads import party_cut
from kg.extract.place_overlaps import straddles
from kg.model import Token
from tests.extraction_support import events_by_name, extract_page, org_posts


def _persons(ex) -> set[str]:
    return {p.name for p in ex.persons}


def _places(ex) -> set[str]:
    return {p.name for p in ex.places}


def test_dotted_name_ends_before_its_party_and_an_adverb() -> None:
    ex = extract_page(
        "青禾省长会见客人\n"
        "　　本报讯　5月6日，省长王小明在青禾会见某国驻华大使萨米·奥马里一行。\n"
        "　　会见前，萨米·奥马里一行还参观了青禾港。卡莉娜·贝洛娃也出席了活动。\n"
    )
    got = _persons(ex)
    assert {"萨米·奥马里", "卡莉娜·贝洛娃"} <= got
    assert not any(n.endswith(("一行", "还", "也")) for n in got)


def test_dotted_name_ends_before_its_party_the_tagger_glued_to_it() -> None:
    # the tagger reads 朋沙万一|行来 and 朋沙万|一行(n): the name ends before 一行 either way
    ex = extract_page(
        "青禾省长会见客人\n"
        "　　本报讯　5月6日，省长王小明在青禾会见某国驻华大使宋坎·朋沙万一行。\n"
        "　　王小明对宋坎·朋沙万一行来青禾访问表示欢迎。阿不都·热合曼夫妇出席。\n"
    )
    assert {"宋坎·朋沙万", "阿不都·热合曼"} <= _persons(ex)
    assert not any(n.endswith(("一", "一行", "夫妇")) for n in _persons(ex))
    text = "某·某某一行来"
    assert party_cut(text, 1, 5) == 4  # 某·某某一|: before 一行
    assert party_cut(text, 1, 4) == 4  # 某·某某|: nothing glued
    assert party_cut("某·一行", 1, 4) == 4  # the last piece itself is no party word to cut


def test_dotted_name_keeps_its_own_pieces() -> None:
    ex = extract_page("青禾会议\n　　本报讯　5月6日，阿不都·热合曼出席会议并讲话。\n")
    assert "阿不都·热合曼" in _persons(ex)


def test_short_form_does_not_cut_a_county_the_tagger_read_whole() -> None:
    ex = extract_page(
        "王小明在平凉调研\n"
        "　　本报讯　5月6日，王小明先后来到崆峒区青禾工业园区和静宁县，调研苹果产业发展情况。\n"
    )
    got = _places(ex)
    assert "静宁县" in got
    assert "宁县" not in got


def test_straddles_only_a_full_name_running_past_the_short_form() -> None:
    gaz = gazetteer()
    # 和|静宁县: a county token starts inside 和静 and runs past it
    at = {0: Token(0, 1, "和", "c"), 1: Token(1, 4, "静宁县", "LOC")}
    assert straddles(0, 2, at, gaz)
    # 和静|县: the short form and its level word, no token starts inside it
    at = {0: Token(0, 3, "和静县", "LOC")}
    assert not straddles(0, 2, at, gaz)
    # a token inside that is no division's name (静|好) does not cut it
    at = {0: Token(0, 1, "和", "c"), 1: Token(1, 3, "静好", "LOC")}
    assert not straddles(0, 2, at, gaz)


def test_the_one_whose_report_a_meeting_hears_is_there() -> None:
    ex = extract_page(
        "市委常委会召开会议\n"
        "　　本报讯　7月3日，市委书记王小明主持召开市委常委会会议。"
        "会议听取了市委副书记、市长李华关于全市上半年经济运行情况的汇报，"
        "市委常委、常务副市长赵刚就下半年重点工作作了说明。\n"
    )
    assert {"王小明", "李华", "赵刚"} <= events_by_name(ex)["市委常委会会议"]


def test_heard_report_needs_heard_and_a_report() -> None:
    text = "会议听取了市长李华关于全市经济运行情况的汇报"
    at = text.index("李华")
    assert heard_report(text, 0, at, at + 2)
    text = "会议听取李华所作的关于政府工作的报告"
    at = text.index("李华")
    assert heard_report(text, 0, at, at + 2)
    text = "会议传达学习了李华关于青禾发展的重要指示"  # cited, not heard
    at = text.index("李华")
    assert not heard_report(text, 0, at, at + 2)
    text = "会议听取了市长李华关于全市发展的重要讲话精神"  # a speech cited, no report
    at = text.index("李华")
    assert not heard_report(text, 0, at, at + 2)


def test_a_name_acting_for_a_body_is_a_person() -> None:
    assert split_acting("王小明代表集团", "ORG") == [("王小明", "PER"), ("代表", "v"), ("集团", "n")]
    assert split_acting("李华代表学校", "ORG") == [("李华", "PER"), ("代表", "v"), ("学校", "n")]
    assert split_acting("张建国带领公司团队", "ORG") == [("张建国", "PER"), ("带领", "v"), ("公司团队", "n")]
    assert split_acting("青禾县人民代表大会", "ORG") is None  # a congress: no body word after 代表
    assert split_acting("某某集团驻京代表处", "ORG") is None  # a representative office
    # what the tagger read as one person too (王小明代表集团公司党委…), but no place
    assert split_acting("王小明代表集团公司", "PER") == [("王小明", "PER"), ("代表", "v"), ("集团公司", "n")]
    assert split_acting("王小明代表集团", "LOC") is None


def test_bare_group_word_before_a_title_is_the_group_named_before() -> None:
    ex = extract_page(
        "青禾能源集团获奖\n"
        "　　本报讯　4月28日，在北京举行的表彰大会上，河北青禾能源集团有限责任公司荣获奖状，"
        "集团党委书记、董事长王小明代表集团登台领奖。\n"
    )
    got = org_posts(ex)
    assert ("王小明", "河北青禾能源集团有限责任公司", "董事长") in got
    assert ("王小明", "河北青禾能源集团有限责任公司党委", "书记") in got
    assert not any(org.startswith("集团") for _p, org, _r in got)


def test_a_bare_meeting_word_of_another_kind_is_a_meeting_of_its_own() -> None:
    ex = extract_page(
        "青禾能源集团获奖\n"
        "　　本报讯　4月28日，在北京举行的青禾省劳动模范表彰大会上，青禾能源集团有限公司荣获奖状。\n"
        "　　29日，集团在青禾召开庆功会。副市长王小明出席并讲话。\n"
    )
    got = events_by_name(ex)
    assert "庆功会" in got
    assert "王小明" in got["庆功会"]
    assert "王小明" not in got["青禾省劳动模范表彰大会"]


def test_a_bare_meeting_word_of_the_same_kind_refers_back() -> None:
    ex = extract_page(
        "青禾县召开座谈会\n　　本报讯　5月6日，青禾县召开民营企业家座谈会。县长王小明主持座谈会并讲话。\n"
    )
    assert set(events_by_name(ex)) == {"民营企业家座谈会"}
    assert "王小明" in events_by_name(ex)["民营企业家座谈会"]


def test_bare_group_word_is_no_one_group_after_two() -> None:
    ex = extract_page(
        "青禾两企签约\n"
        "　　本报讯　5月6日，青禾能源集团有限公司与西岭建设集团有限公司签约。"
        "集团董事长王小明在仪式上致辞。\n"
    )
    orgs = {org for person, org, _r in org_posts(ex) if person == "王小明"}
    assert not orgs & {"青禾能源集团有限公司", "西岭建设集团有限公司"}
