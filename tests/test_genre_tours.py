"""Events, places, enterprises and honours in kinds of news the dev set barely covers: tours of
several days, inspections of work, rural features, project starts and signings, festivals, foreign
delegations and a company's commendations. Invented articles and names; divisions are real
(四川省 510000, 宜宾市 511500, 泸州市 510500, 湖南省 430000, 岳阳市 430600, 平江县 430626)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attendees
from extraction_support import extract as extract_text
from rdflib import Literal
from rdflib.namespace import SDO, XSD

from kg.extract.bracketed_names import bracketed_companies, names_a_place
from kg.extract.dates import resolve_range
from kg.model import Event, Extraction
from kg.rdf.graph import article_graph
from kg.rdf.iri import Minter
from kg.validate import validate

DAY = dt.date(2023, 6, 3)


def extract(text: str, *, headline: str | None = None, day: dt.date = DAY) -> Extraction:
    return extract_text(text, headline=headline, day=day)


names = attendees


def place_name(ex: Extraction, event: Event) -> str | None:
    place = ex.place(event.place) if event.place else None
    return place.name if place else None


def companies(ex: Extraction) -> list[str]:
    return sorted(o.name for o in ex.organizations if o.kind == "Corporation" and o.parent is None)


# ------------------------------------------------------------------ ranges of dates


@pytest.mark.parametrize(
    ("expr", "interval"),
    [
        ("6月1日至2日", "2023-06-01/2023-06-02"),
        ("6月30日至7月2日", "2023-06-30/2023-07-02"),
        ("2022年12月30日至2023年1月2日", "2022-12-30/2023-01-02"),
        ("12月30日至1月2日", "2022-12-30/2023-01-02"),
        ("6月1日上午至3日下午", "2023-06-01/2023-06-03"),
        ("5月至7月", "2023-05/2023-07"),
    ],
)
def test_a_range_of_dates_is_an_interval(expr: str, interval: str) -> None:
    assert resolve_range(expr, DAY) == interval


@pytest.mark.parametrize("expr", ["6月1日", "6月1日上午", "6月2日至1日", "6月1日至7月", "6月1日至6月1日"])
def test_one_date_or_no_range_is_no_interval(expr: str) -> None:
    assert resolve_range(expr, DAY) is None


def test_a_tour_of_two_days_is_dated_by_its_range_and_the_graph_gives_both_ends() -> None:
    ex = extract(
        "6月1日至2日，省委书记王小明在泸州市调研。市委书记李华陪同调研。",
        headline="王小明在泸州市调研时强调",
    )
    (tour,) = ex.events
    assert (tour.kind, tour.date, place_name(ex, tour)) == ("Inspection", "2023-06-01/2023-06-02", "泸州市")
    graph = article_graph(ex, Minter())
    iri = next(iter(graph.subjects(SDO.endDate, None)))
    assert Literal("2023-06-01", datatype=XSD.date) in set(graph.objects(iri, SDO.startDate))
    assert Literal("2023-06-02", datatype=XSD.date) in set(graph.objects(iri, SDO.endDate))
    assert validate(graph).conforms  # the shapes allow one end date


def test_an_event_of_one_day_has_no_end_date() -> None:
    ex = extract("6月1日，省委书记王小明在泸州市调研。", headline="王小明在泸州市调研")
    assert [e.date for e in ex.events] == ["2023-06-01"]
    assert not list(article_graph(ex, Minter()).subjects(SDO.endDate, None))


# ------------------------------------------------------------------ companies with a bracket


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "会议表彰了先进单位，青禾新能源（宜宾）电池有限公司获“年度先进单位”称号。",
            "青禾新能源（宜宾）电池有限公司",
        ),
        ("王小明走进华信（中国）有限公司察看生产线。", "华信（中国）有限公司"),
        ("会上，明达（上海）投资有限公司与青禾县签约。", "明达（上海）投资有限公司"),
        ("青禾集团（香港）有限公司董事长李华致辞。", "青禾集团（香港）有限公司"),
        ("青山实业集团（岳阳）置业有限公司等5家单位受到表彰。", "青山实业集团（岳阳）置业有限公司"),
    ],
)
def test_a_company_with_a_place_in_brackets_is_one_enterprise(text: str, company: str) -> None:
    ex = extract(text)
    assert company in companies(ex)
    inside = company[company.index("（") + 1 : company.index("）")]
    # the place in the bracket is a part of the name, no place of the article
    assert not any(p.name.startswith(inside) for p in ex.places if p.level != "country")


@pytest.mark.parametrize(
    "text",
    [
        "青禾电气（以下简称“青禾”）有限公司",  # a definition, no place
        "王小明（青禾县委书记）公司",  # an aside
        "青禾电气（600123）有限公司",  # a stock code
    ],
)
def test_a_bracket_that_holds_no_place_makes_no_bracketed_name(text: str) -> None:
    ex = extract(text)
    assert bracketed_companies(text, ex.tokens) == []


def test_names_a_place() -> None:
    assert (
        names_a_place("中国") and names_a_place("上海") and names_a_place("宜宾") and names_a_place("四川省")
    )
    assert not names_a_place("以下简称") and not names_a_place("青禾")


def test_a_company_without_its_legal_ending_is_the_one_with_it() -> None:
    ex = extract("青禾实业集团召开年度大会。青禾实业集团有限公司董事长王小明讲话。")
    assert companies(ex) == ["青禾实业集团有限公司"]
    ex = extract("青禾召开年度大会。青禾置业有限公司董事长王小明讲话。")  # 置业: no legal ending
    assert "青禾置业有限公司" in companies(ex)


# ------------------------------------------------------------------ where a provincial meeting is


def test_a_provincial_meeting_is_in_the_province_not_in_the_first_city_named() -> None:
    ex = extract(
        "2月15日，全省优化营商环境大会在某某宾馆召开。省长王小明主持会议。会上，宜宾市、泸州市作交流发言。",
        day=dt.date(2023, 2, 16),
    )
    (meeting,) = ex.events
    assert place_name(ex, meeting) == "四川省"
    ex = extract("2月15日，省委常委会会议在宜宾市召开。省委书记王小明主持会议。", day=dt.date(2023, 2, 16))
    assert place_name(ex, ex.events[0]) == "宜宾市"  # where the sentence says it sits


def test_a_city_meeting_is_in_the_home_not_in_a_county_named() -> None:
    ex = extract(
        "9月13日，全市安全生产工作会议召开，屏山县作表态发言。市长王小明出席会议。宜宾市各县参加。",
        day=dt.date(2023, 9, 14),
    )
    assert place_name(ex, ex.events[0]) == "宜宾市"
    ex = extract("9月13日，屏山县安全生产工作会议召开。县长王小明出席会议。", day=dt.date(2023, 9, 14))
    assert place_name(ex, ex.events[0]) == "屏山县"


# ------------------------------------------------------------------ inspections


def test_a_tour_deep_into_a_county_and_its_sites() -> None:
    ex = extract(
        "盛夏时节，走进平江县某镇青竹村，村道干净整洁。7月10日至11日，市委副书记王小明深入平江县调研乡村振兴工作，"
        "县委书记李华陪同调研。10日，王小明来到青竹村，走访脱贫户赵大山家。在青竹村茶叶专业合作社，王小明与社员交流。",
        day=dt.date(2023, 7, 12),
    )
    (tour,) = [e for e in ex.events if e.kind == "Inspection"]
    assert (tour.name, tour.date, place_name(ex, tour)) == (
        "王小明深入平江县调研",
        "2023-07-10/2023-07-11",
        "平江县",
    )
    assert names(ex, tour) == ["王小明", "李华"]
    assert "青竹村茶叶专业合作社" in tour.sites and "赵大山家" in tour.sites
    assert "平江县某镇青竹村" not in tour.sites  # the feature's opening, before the tour is told


def test_a_tour_of_a_company_whose_name_is_long() -> None:
    ex = extract(
        "11月5日，自治区副主席王小明一行到新疆青禾硅基新材料有限公司调研指导工作。"
        "自治区工业和信息化厅厅长李华陪同调研。",
        day=dt.date(2023, 11, 6),
    )
    (tour,) = [e for e in ex.events if e.kind == "Inspection"]
    assert (tour.name, tour.date) == ("王小明到新疆青禾硅基新材料有限公司调研", "2023-11-05")
    assert tour.sites == ("新疆青禾硅基新材料有限公司",)
    assert names(ex, tour) == ["王小明", "李华"]


@pytest.mark.parametrize(
    "text",
    [
        "市长王小明在全面推进乡村振兴战略的新形势下提出调研要求。",  # a long phrase, no organisation
        "王小明表示，欢迎更多青禾硅基新材料有限公司到平江县考察。",  # a wish
    ],
)
def test_a_long_phrase_before_a_tour_verb_that_is_no_organisation_is_no_tour(text: str) -> None:
    ex = extract(text, day=dt.date(2023, 11, 6))
    assert [e.name for e in ex.events if e.kind == "Inspection"] == []


def test_an_inspection_of_work_by_a_person() -> None:
    ex = extract(
        "6月27日，市长王小明带队检查防汛和安全生产工作。副市长李华参加检查。王小明察看了青山码头和某某防洪闸。",
        headline="王小明检查防汛和安全生产工作时强调",
        day=dt.date(2023, 6, 28),
    )
    (tour,) = ex.events
    assert (tour.kind, tour.date) == ("Inspection", "2023-06-27")
    assert names(ex, tour) == ["王小明", "李华"]
    assert tour.sites == ("青山码头", "某某防洪闸")


def test_work_checked_with_no_one_named_before_the_verb_is_no_inspection() -> None:
    ex = extract("会议要求，各地要认真检查防汛工作。市长王小明出席会议。", day=dt.date(2023, 6, 28))
    assert all(e.kind != "Inspection" for e in ex.events)


# ------------------------------------------------------------------ which event a sentence speaks of


def test_a_shared_meeting_word_names_the_event_whose_name_it_ends() -> None:
    ex = extract(
        "4月19日，青禾县重大项目集中开工仪式在青禾高新区举行。副市长王小明出席，县长李华主持开工仪式。"
        "当天下午，青禾县还举行了招商引资项目签约仪式。县委副书记赵刚与某某集团董事长钱明代表双方签约。",
        day=dt.date(2023, 4, 20),
    )
    start, signing = ex.events
    assert names(ex, start) == ["王小明", "李华"]
    assert names(ex, signing) == ["赵刚", "钱明"]


def test_a_meeting_word_as_a_mark_of_time_names_no_attendee() -> None:
    ex = extract(
        "11月15日下午，市委书记王小明会见了某国某省代表团团长阮文山一行。"
        "会见后，市长李华与阮文山一行举行会谈。副市长赵刚参加会见和会谈。",
        day=dt.date(2023, 11, 16),
    )
    meeting = next(e for e in ex.events if e.name.startswith("王小明会见"))
    assert "李华" not in names(ex, meeting) and "赵刚" in names(ex, meeting)


# ------------------------------------------------------------------ festivals


def test_a_festival_opening_is_an_event_and_its_announcement_is_none() -> None:
    ex = extract(
        "9月22日晚，第五届某某湖渔火文化旅游节开幕式在岳阳市君山区某某博览园举行。副市长王小明出席开幕式。"
        "李华宣布旅游节开幕。",
        headline="第五届某某湖渔火文化旅游节开幕",
        day=dt.date(2023, 9, 23),
    )
    (festival,) = ex.events
    assert festival.name == "第五届某某湖渔火文化旅游节"
    assert place_name(ex, festival) == "君山区"  # the body's sentence places it
    assert names(ex, festival) == ["王小明", "李华"]


def test_a_holiday_is_no_festival_event() -> None:
    ex = extract("春节期间，王小明走访慰问了困难群众。", day=dt.date(2023, 1, 25))
    assert [e.name for e in ex.events] == ["王小明走访慰问困难群众"]  # the visit (round 36), no 春节


# ------------------------------------------------------------------ honours and villages


def test_a_name_before_wei_opens_no_list_of_recipients() -> None:
    ex = extract(
        "会议宣读了表彰决定，某某公司等5家单位被评为“年度先进集体”，物流部驾驶员王小明被授予“安全生产标兵”称号。"
        "会上，董事长李华为获奖单位和个人颁奖。“安全生产标兵”王小明作表态发言。",
        day=dt.date(2023, 2, 8),
    )
    persons = {p.key: p.name for p in ex.persons}
    awards = {a.key: a.name for a in ex.awards}
    assert {(persons[c.recipient], awards[c.award]) for c in ex.conferrals} == {("王小明", "安全生产标兵")}


def test_the_countryside_after_a_verb_is_no_village() -> None:
    ex = extract("平江县推进乡村振兴，平江县调研乡村治理。", day=dt.date(2023, 7, 12))
    assert not [p for p in ex.places if p.level == "village"]
    ex = extract("王小明来到平江县东乡村。", day=dt.date(2023, 7, 12))
    assert [p.name for p in ex.places if p.level == "village"] == ["东乡村"]


def test_a_village_named_again_after_a_visit_is_the_one_of_the_address() -> None:
    ex = extract("王小明来到平江县三市镇青竹村。随后，他来到青竹村，走访村民。", day=dt.date(2023, 7, 12))
    villages = [p for p in ex.places if p.name == "青竹村"]
    assert len(villages) == 1 and ex.place(villages[0].parent).name == "三市镇"
