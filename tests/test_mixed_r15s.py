"""End-to-end checks on mixed articles of the genre (a delegation that goes out, deputies at a
congress session, an obituary's farewell, a joined ceremony named short in the headline, a field
of expertise in a chain), each rule with examples and counter-examples. Invented people and
institutions; real divisions."""

from __future__ import annotations

import datetime as dt

from extraction_support import attendees, events_by_name, extract, placed_posts

from kg.extract.delegation_homes import delegation_home
from kg.extract.divisions import gazetteer
from kg.extract.session_deputies import session_congress

DAY = dt.date(2025, 4, 18)

# ---------------------------------------------------------------- a delegation that goes out


def _named(text: str, *names: str) -> list[tuple[int, object]]:
    gaz = gazetteer()
    return [(text.index(n), next(d for d in gaz.by_code.values() if d.name == n)) for n in names]


def test_a_city_delegation_going_out_makes_that_city_home() -> None:
    text = (
        "市委书记王小明率延安市党政代表团赴南通市考察。南通市委书记李华陪同。在南通市期间，代表团参观了园区。"
    )
    named = _named(text, "延安市", "南通市")
    assert delegation_home(text, named) == named[0][1].code  # type: ignore[attr-defined]


def test_a_delegation_that_comes_or_has_no_division_makes_no_home() -> None:
    comes = "延安市党政代表团来我市考察交流，市委书记李华陪同。"
    assert delegation_home(comes, _named(comes, "延安市")) is None
    bare = "市委书记王小明率我市党政代表团赴南通市考察。"
    assert delegation_home(bare, _named(bare, "南通市")) is None
    unled = "延安市党政代表团赴南通市考察。南通市委书记李华陪同。"
    assert delegation_home(unled, _named(unled, "延安市", "南通市")) is None  # no one leads it


def test_the_leader_of_a_delegation_going_out_holds_his_own_citys_post() -> None:
    text = (
        "　　4月17日，市委书记王小明率延安市党政代表团赴江苏省南通市考察交流。市委副书记、市长赵立新参加考察。\n"
        "　　在南通期间，南通市委书记李华，市委副书记、市长张建国陪同考察。\n"
    )
    got = {(p, where, role) for p, _org, where, role in placed_posts(extract(text, day=DAY))}
    assert ("王小明", "延安市", "书记") in got
    assert ("赵立新", "延安市", "市长") in got
    assert ("李华", "南通市", "书记") in got
    assert not any(p in ("王小明", "赵立新") and where == "南通市" for p, where, _ in got)


# ---------------------------------------------------------------- deputies at a congress session


def test_the_congress_of_a_session_is_of_its_written_level() -> None:
    assert session_congress("参加省十四届人大三次会议青禾代表团审议") == "省人大"
    assert session_congress("十四届全国人大三次会议举行第二次全体会议") == "全国人大"
    assert session_congress("出席市十七届人大五次会议开幕会") == "市人大"
    assert session_congress("十四届人大三次会议期间") is None  # level not written
    assert session_congress("召开职工代表大会") is None


def test_a_name_before_daibiao_and_a_verb_of_speaking_is_a_deputy() -> None:
    text = (
        "　　1月15日，省长王小明参加省十四届人大四次会议信阳代表团审议。\n"
        "　　审议中，李华、赵立新等代表先后发言。固始县委书记张建国代表建议，加大对水利设施的支持力度。\n"
    )
    got = {(p, role) for p, _org, _where, role in placed_posts(extract(text, day=DAY))}
    assert {("李华", "代表"), ("赵立新", "代表"), ("张建国", "代表"), ("张建国", "书记")} <= got
    assert ("王小明", "代表") not in got  # the governor who joins the review is no deputy by that


def test_daibiao_as_a_verb_or_outside_a_session_makes_no_deputy() -> None:
    session = "　　1月15日，省十四届人大四次会议举行。王小明代表公司发言，介绍了新产品。\n"
    assert not any(role == "代表" for *_, role in placed_posts(extract(session, day=DAY)))
    workers = "　　1月15日，青禾集团召开职工大会。李华代表说，食堂要改进。\n"
    assert not any(role == "代表" for *_, role in placed_posts(extract(workers, day=DAY)))


# ---------------------------------------------------------------- an obituary's farewell


def test_going_to_see_off_after_a_sentence_naming_the_funeral_home_is_a_farewell() -> None:
    text = (
        "　　王小明同志因病医治无效，于2025年8月29日逝世。\n"
        "　　9月2日上午，王小明同志遗体在济南市殡仪馆火化。副省长李华，省政协副主席赵立新等前往送别。\n"
    )
    got = events_by_name(extract(text, day=DAY))
    assert got == {"济南市殡仪馆送别": {"李华", "赵立新"}}


def test_seeing_off_with_no_funeral_home_before_is_no_farewell() -> None:
    text = "　　9月2日上午，援藏干部在青禾县礼堂集合出发。县委书记李华等前往送别。\n"
    text2 = "　　9月2日，援藏干部乘车出发。县委书记李华等前往送别。\n"
    assert not any("送别" in name for name in events_by_name(extract(text2, day=DAY)))
    # a funeral home named in another paragraph does not make the farewell
    text3 = "　　遗体在济南市殡仪馆火化。\n　　县委书记李华等前往送别。\n"
    assert not any("送别" in name for name in events_by_name(extract(text3, day=DAY)))
    # a hall where the living gather is no farewell's venue: no remains are named there
    assert not any("送别" in name for name in events_by_name(extract(text, day=DAY)))


# ---------------------------------------------------------------- a joined ceremony named short


def test_a_headlines_first_part_of_a_joined_ceremony_is_that_ceremony() -> None:
    ex = extract(
        "　　6月27日上午，青禾大学2025届学生毕业典礼暨学位授予仪式举行。校长王小明讲话，党委书记李华主持。\n",
        headline="青禾大学举行2025届学生毕业典礼",
        day=DAY,
    )
    assert len(ex.events) == 1
    assert set(attendees(ex, ex.events[0])) == {"王小明", "李华"}


def test_a_headlines_second_part_or_another_ceremony_stays_apart() -> None:
    ex = extract(
        "　　6月27日上午，青禾大学2025届学生毕业典礼暨学位授予仪式举行。校长王小明讲话。"
        "6月28日，青禾大学举行校友返校签约仪式，李华出席。\n",
        headline="青禾大学举行2025届学生毕业典礼",
        day=DAY,
    )
    assert len(ex.events) == 2


# ---------------------------------------------------------------- a field of expertise in a chain


def test_a_field_of_expertise_takes_no_organisation_from_the_chain() -> None:
    text = "　　中国工程院院士、桥梁工程专家王小明，青禾集团董事长、总经理李华出席。\n"
    got = {(p, org, role) for p, org, _where, role in placed_posts(extract(text, day=DAY))}
    assert not any(role == "专家" for _p, _org, role in got)
    assert ("李华", "青禾集团", "总经理") in got  # a post still takes it


# ---------------------------------------------------------------- commenting on reports at a review


def test_who_comments_on_the_reports_attends_the_review() -> None:
    text = (
        "　　1月14日，青禾县召开村党组织书记抓党建述职评议会。县委书记王小明出席会议并讲话。"
        "县委常委、组织部部长李华等对述职情况进行点评。\n"
    )
    ex = extract(text, day=DAY)
    assert {"王小明", "李华"} <= set(attendees(ex, ex.events[0]))


def test_a_task_to_comment_places_no_one_at_the_review() -> None:
    text = (
        "　　1月14日，青禾县召开村党组织书记抓党建述职评议会。县委书记王小明出席会议并讲话。"
        "县委常委、组织部部长李华要对述职情况进行点评。\n"
    )
    ex = extract(text, day=DAY)
    assert "李华" not in set(attendees(ex, ex.events[0]))
