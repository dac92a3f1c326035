"""Townships and villages listed or chained from a township, events an article reports and those it
only mentions (planned, habitual, cited), and tours of organisations.

Sentences and names are invented; the divisions are real (general knowledge): 湖南省 430000 >
怀化市 431200 > 沅陵县 431222, 鹤城区 431202.
"""

from __future__ import annotations

import datetime as dt

from kg.extract import default_stages
from kg.model import Article, Event, Extraction
from kg.pipeline import run

HEAD = "沅陵县委书记王小明到乡镇调研\n\n"


def extract(text: str, date: dt.date | None = dt.date(2022, 6, 9)) -> Extraction:
    return run(Article("t", "test", 0, text, date=date), default_stages())


def parents(text: str) -> dict[str, str | None]:
    """Townships and villages placed: name -> parent's name."""
    ex = extract(text)
    by_key = {p.key: p for p in ex.places}
    return {
        p.name: (by_key[p.parent].name if p.parent in by_key else None)
        for p in ex.places
        if p.level in ("township", "village")
    }


def names(text: str, date: dt.date | None = dt.date(2022, 6, 9)) -> list[str]:
    return [e.name for e in extract(text, date).events]


def tour(text: str) -> Event:
    (ev,) = [e for e in extract(text).events if e.kind == "Inspection"]
    return ev


def test_a_list_of_townships_after_a_visit_is_placed_in_the_county() -> None:
    got = parents(HEAD + "5月12日，沅陵县委书记王小明深入官庄镇、凉水井镇，调研防汛工作。")
    assert got == {"官庄镇": "沅陵县", "凉水井镇": "沅陵县"}


def test_a_chain_from_a_township_after_zai_nests_the_village() -> None:
    text = HEAD + "5月12日，沅陵县委书记王小明深入官庄镇调研。在官庄镇黄溪村，他察看了监测点。"
    got = parents(text)
    assert got == {"官庄镇": "沅陵县", "黄溪村": "官庄镇"}
    ex = extract(text)
    assert len([p for p in ex.places if p.name == "官庄镇"]) == 1  # the same township, not a second


def test_a_list_of_villages_goes_on_in_the_township_of_the_first() -> None:
    got = parents(HEAD + "5月12日，沅陵县委书记王小明来到凉水井镇中溪村和岩屋村，走访留守老人。")
    assert got == {"凉水井镇": "沅陵县", "中溪村": "凉水井镇", "岩屋村": "凉水井镇"}


def test_no_township_without_a_visit_a_zai_or_a_list() -> None:
    # a township named as the owner of a post, with no verb of visiting: no place of the article
    got = parents(HEAD + "5月12日，沅陵县委书记王小明听取官庄镇党委书记李华汇报。")
    assert "凉水井镇" not in got
    assert parents("青禾县召开会议\n\n王小明出席会议。现在官庄镇…") == {}  # no home city: no parent


def test_a_tour_of_a_list_of_townships_is_in_their_county() -> None:
    ev = tour(HEAD + "5月12日，沅陵县委书记王小明深入官庄镇、凉水井镇，调研安全生产工作。副县长李华陪同。")
    assert ev.name == "王小明深入官庄镇、凉水井镇调研"
    assert ev.place == "431222"
    assert "t|李华" in ev.attendees


def test_a_comma_before_the_verb_needs_a_list_after_shenru() -> None:
    text = "鹤城区召开会议\n\n5月12日，市长王小明到鹤城区，调研组随后召开会议。"
    assert not [e for e in extract(text).events if e.kind == "Inspection"]


def test_a_tour_of_an_organisation_has_it_as_its_site() -> None:
    ev = tour("怀化市长调研\n\n4月18日，怀化市市长王小明在怀化学院调研，副市长李华陪同。")
    assert "怀化学院" in ev.sites
    assert ev.place == "431200"
    ev = tour("鹤城区长调研\n\n8月9日，鹤城区区长王小明深入湖南青禾农业科技有限公司调研。")
    assert ev.sites == ("湖南青禾农业科技有限公司",)


def test_an_inspection_of_an_organisation_named_after_shicha() -> None:
    ev = tour("省委书记视察部队\n\n8月1日，湖南省委书记王小明视察武警湖南省总队机动支队，看望官兵。")
    assert ev.name == "王小明视察武警湖南省总队机动支队"
    assert ev.sites == ("武警湖南省总队机动支队",)
    # no person right before the verb: no visit (他们视察了…)
    text = "湖南省召开会议\n\n8月1日，湖南省委召开会议。会议指出，要视察武警湖南省总队机动支队。"
    assert not [e for e in extract(text).events if e.kind == "Inspection"]


BODY = "6月3日，怀化市召开民营企业家座谈会。市委书记王小明主持会议。"


def test_planned_events_are_not_reported() -> None:
    got = names("座谈会召开\n\n" + BODY + "全市民营经济大会将于7月召开，第三届商品博览会拟于9月举办。")
    assert got == ["民营企业家座谈会"]
    # counter-example: 召开 without a mark of the future is reported
    got = names("座谈会召开\n\n" + BODY + "同日，全市民营经济大会召开。")
    assert sorted(got) == ["全市民营经济大会", "民营企业家座谈会"]


def test_habitual_events_are_not_reported() -> None:
    got = names("座谈会召开\n\n" + BODY + "近年来，市委多次召开民营企业座谈会，每年举办民营经济论坛。")
    assert got == ["民营企业家座谈会"]


def test_a_past_tour_cited_with_shi_is_not_reported() -> None:
    text = "座谈会召开\n\n" + BODY + "王小明指出，2019年他在鹤城区调研时就强调，要纾困解难。"
    assert names(text) == ["民营企业家座谈会"]
    assert names(text, None) == ["民营企业家座谈会"]  # no article date: a year and 时 suffice
    # a tour of the article's own year, told with 时, is reported (2022年6月3日…调研时强调)
    got = names("王小明调研\n\n2022年6月3日，市长王小明在鹤城区调研时强调，要纾困解难。")
    assert got == ["王小明在鹤城区调研"]


def test_a_past_meeting_named_as_such_stays() -> None:
    got = names("座谈会召开\n\n" + BODY + "去年的建议，大多来自2019年举行的市政协全体会议。")
    assert "市政协全体会议" in got


def test_a_bare_meeting_word_is_the_headlines_meeting() -> None:
    ex = extract("青禾县召开安全生产工作会议\n\n10月9日，县委书记王小明主持会议并讲话。县长李华出席。")
    persons = {p.key: p.name for p in ex.persons}
    assert [(e.name, sorted(persons[a] for a in e.attendees)) for e in ex.events] == [
        ("安全生产工作会议", ["李华", "王小明"])
    ]
