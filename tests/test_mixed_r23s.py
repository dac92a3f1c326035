"""Round 23S: the city or county that seats a unit named inside the unit's name, companies named
without a legal suffix that the text then calls a company, and who attends the related activities
of a tour. Invented names only."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import extract

from kg.extract.called_companies import called_companies
from kg.extract.divisions import gazetteer
from kg.extract.event_merge import Draft
from kg.extract.event_witnesses import related_event
from kg.extract.unit_seats import in_org, org_spans, seats
from kg.model import Token


def _places(text: str) -> set[str]:
    return {p.name for p in extract(text).places}


def _companies(text: str) -> set[str]:
    return {o.name for o in extract(text).organizations if o.kind == "Corporation"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("王小明在春禾铁路绵阳局集团有限公司工作。", "绵阳市"),  # a railway bureau named after its city
        ("李华是华禾石化九江工程有限公司总工程师。", "九江市"),  # an engineering company of a group
        ("他调任青禾银行赣州中心支行行长。", "赣州市"),  # a bank's branch
        ("他在春禾集团有限公司宜宾市分公司任经理。", "宜宾市"),  # a full name after the head
    ],
)
def test_the_seat_named_inside_a_unit_is_a_place(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("祖国江山如画。", "江山市"),  # a word, no organisation
        ("推动和平发展。", "和平县"),
        ("王安康在会上发言。", "安康市"),  # a place word inside a person's name
        ("青禾和平发展基金会成立。", "和平县"),  # inside an organisation, but no unit's word after it
        ("禾丰能源湖北省电力有限公司签约。", "湖北省"),  # a province's company is no unit seated in it
    ],
)
def test_no_seat_from_a_word_a_name_or_a_province(text: str, absent: str) -> None:
    assert absent not in _places(text)


def test_a_seat_needs_a_head_before_it_inside_the_organisation() -> None:
    text = "青禾银行赣州中心支行"
    orgs = org_spans([Token(0, len(text), text, "ORG")])
    cands = gazetteer().by_short["赣州"]
    assert [c.name for c in seats(text, 4, 6, orgs, cands)] == ["赣州市"]
    assert in_org(orgs, 4, 6)
    assert not in_org(orgs, 1, 3)  # one character of head: no unit is named by its seat alone
    assert seats(text, 4, 6, org_spans([Token(0, 4, "青禾银行", "ORG")]), cands) == ()  # outside
    bare = "青禾市公安局"  # 公安 + 局: a bare 局 is no seat's unit
    assert seats(bare, 3, 5, org_spans([Token(0, 6, bare, "ORG")]), gazetteer().by_short["公安"]) == ()


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("记者走进青禾科技，该公司负责人王小明介绍了新产品。", "青禾科技"),
        ("记者随后来到青禾路的云帆软件……这家企业现有员工两百余人。", "云帆软件"),  # trade word cut off
        ("记者来到绿川股份。这家公司去年营收增长两成。", "绿川股份"),
        ("在春雨集团，该集团负责人说明了情况。", "春雨集团"),
        ("华禾电子是一家做芯片的企业，去年上市。", "华禾电子"),
    ],
)
def test_a_name_the_text_calls_a_company_is_an_enterprise(text: str, company: str) -> None:
    assert company in _companies(text)


@pytest.mark.parametrize(
    "text",
    [
        "记者走进青禾科技的车间，这家企业正忙着赶订单。",  # words between: not sure what it refers to
        "记者随后来到青禾路的蓝岭软件……这家企业现有员工两百余人。",  # the tagger reads a place
        "王小明走访青禾县，这家企业有员工200人。",  # a place before the word
        "这家企业有员工200人。",  # no name before it
        "蓝岭科技是一家企业家俱乐部的成员。",  # 企业家: entrepreneurs, no company
    ],
)
def test_no_company_without_a_name_right_before_the_word(text: str) -> None:
    ex = extract(text)
    tokens = ex.tokens
    assert called_companies(ex.article.text, tokens) == {}


def test_an_organ_before_the_word_stays_an_organ() -> None:
    ex = extract("李华来到青禾县教育局，该局负责人说明了情况。")
    assert {o.name for o in ex.organizations if o.kind == "Corporation"} == set()


_TOUR = (
    "5月6日至7日，省委书记王小明到青禾县、绿川县调研。省委常委李华陪同调研。\n"
    "　　7日下午，王小明在绿川县主持召开座谈会，听取两县工作汇报。\n"
)


def _attendees(tail: str) -> dict[str, set[str]]:
    ex = extract(_TOUR + tail, headline="王小明在青禾县绿川县调研", day=dt.date(2031, 5, 8))
    return {ev.kind: {a.removeprefix("t|") for a in ev.attendees} for ev in ex.events}


@pytest.mark.parametrize("tail", ["　　副省长赵刚参加有关活动。", "　　副省长赵刚一同出席相关活动。"])
def test_who_attends_the_related_activities_goes_on_the_tour(tail: str) -> None:
    got = _attendees(tail)
    assert got["Inspection"] == {"王小明", "李华", "赵刚"}
    assert got["Meeting"] == {"王小明"}  # not only the meeting told last


def test_the_above_activities_are_every_event_and_organising_them_is_no_attending() -> None:
    assert _attendees("　　副省长赵刚参加上述活动。") == {
        "Inspection": {"王小明", "李华", "赵刚"},
        "Meeting": {"王小明", "赵刚"},
    }
    assert "赵刚" not in _attendees("　　王小明要求，赵刚认真组织好相关活动。")["Inspection"]


def test_related_activities_refer_to_an_event_told_before() -> None:
    meeting = Draft("青禾县工作会议", "Meeting", 10, 17, "会议", None, None)
    assert related_event("赵刚参加有关活动。", [meeting], None, 30) is meeting
    assert related_event("赵刚参加有关活动。", [meeting], None, 5) is None  # none told before
    assert related_event("赵刚参加了座谈会。", [meeting], None, 30) is None


@pytest.mark.parametrize(
    ("headline", "body", "name", "date"),
    [
        (
            "青禾县总工会开展送温暖活动",
            "1月10日，青禾县总工会开展送温暖活动，走访慰问困难职工。",
            "送温暖活动",
            "2031-01-10",
        ),
        (
            "青禾县妇联和团县委组织开展巾帼志愿服务活动",
            "近日，青禾县妇联和团县委组织开展巾帼志愿服务活动。",
            "巾帼志愿服务活动",
            "2031-01",
        ),
        (
            "青禾县文化和旅游局开展“书香青禾”读书活动",
            "为营造读书氛围，青禾县文化和旅游局开展“书香青禾”读书活动。",
            "“书香青禾”读书活动",
            "2031-01-12",
        ),
    ],
)
def test_an_activity_organisations_carry_out_in_the_headline_is_an_event(
    headline: str, body: str, name: str, date: str
) -> None:
    ex = extract(f"　　{body}", headline=headline, day=dt.date(2031, 1, 12))
    assert [(ev.name, ev.date) for ev in ex.events] == [(name, date)]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("各地开展慰问困难老人活动", "新春来临，各地开展慰问困难老人活动。"),  # no organisation
        ("青禾县深入开展爱国卫生活动", "青禾县深入开展爱国卫生活动。"),  # an adverb: a campaign
        ("青禾县要开展节约用水活动", "青禾县要开展节约用水活动。"),  # a call
        ("王小明：开展读书活动", "王小明说，要开展读书活动。"),  # a person's words
        ("青禾县召开春耕工作推进会", "青禾县总工会还开展了送温暖活动。"),  # in the body only
    ],
)
def test_no_activity_event_from_a_campaign_a_call_or_the_body(headline: str, body: str) -> None:
    ex = extract(f"　　{body}", headline=headline, day=dt.date(2031, 1, 12))
    assert "活动" not in "".join(ev.name for ev in ex.events)
