"""Events: meetings and inspections, their names, dates, places, attendees and sites, on
invented articles run through the whole pipeline. Divisions are real: 太原市 140100,
尖草坪区 140108."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attendees as names
from extraction_support import event as only
from extraction_support import extract as extract_text

from kg.extract import default_stages
from kg.model import Article, Extraction
from kg.pipeline import run

TAIYUAN, JIANCAOPING = "140100", "140108"
DAY = dt.date(2022, 6, 9)


def extract(text: str, *, headline: str | None = None) -> Extraction:
    return extract_text(text, headline=headline, day=DAY)


# ------------------------------------------------------------------ meeting names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("6月8日，太原市召开安全生产工作会议。王小明出席。", "安全生产工作会议"),
        ("6月8日，太原市举行民营经济座谈会。王小明出席。", "民营经济座谈会"),
        ("6月8日，太原市举办文旅产业推介会。王小明出席。", "文旅产业推介会"),
        ("6月8日，太原市安全生产工作会议在市委举行。王小明出席。", "太原市安全生产工作会议"),
        ("6月8日，太原市民营经济座谈会召开。王小明出席。", "太原市民营经济座谈会"),
        ("6月8日，“学党史、知党恩”主题座谈会在太原举行。王小明出席。", "“学党史、知党恩”主题座谈会"),
    ],
)
def test_meeting_name(text: str, name: str) -> None:
    ev = only(extract(text))
    assert (ev.name, ev.kind, ev.place) == (name, "Meeting", TAIYUAN)
    assert ev.mention is not None and ev.mention.text == name and ev.mention.label == "Event"


def test_headline_event_is_merged_with_the_body() -> None:
    # fixed: the merged event kept the headline's date (the article's), not the body's 6月8日
    ex = extract(
        "6月8日，太原市民营经济座谈会在市委召开。市委书记王小明出席会议并讲话。",
        headline="太原市召开民营经济座谈会",
    )
    ev = only(ex)
    assert (ev.name, ev.date) == ("太原市民营经济座谈会", "2022-06-08")
    assert ev.mention is not None and ev.mention.start >= ex.article.body_start
    assert names(ex, ev) == ["王小明"]


@pytest.mark.parametrize(
    ("opening", "date"),
    [("2019年", "2019"), ("2019年6月", "2019-06"), ("6月8日", "2022-06-08"), ("昨天", "2022-06-08")],
)
def test_date_as_precise_as_the_text(opening: str, date: str) -> None:
    ev = only(extract(f"{opening}，太原市召开民营经济座谈会。王小明出席。"))
    assert ev.date == date


def test_undated_sentence_takes_the_article_date() -> None:
    assert only(extract("太原市召开民营经济座谈会。王小明出席。")).date == "2022-06-09"


# ------------------------------------------------------------------ inspections and sites


def test_inspection_with_place_and_sites() -> None:
    ex = extract(
        "6月8日，市委书记王小明到尖草坪区调研。王小明先后来到青禾科技有限公司，走进红星社区，"
        "察看田间地头，参观了红星村史馆。"
    )
    ev = only(ex)
    assert (ev.kind, ev.place, ev.date) == ("Inspection", JIANCAOPING, "2022-06-08")
    # 田间地头 does not end like a venue or an organisation
    assert ev.sites == ("青禾科技有限公司", "红星社区", "红星村史馆")
    assert names(ex, ev) == ["王小明"]


def test_sites_listed_with_a_separator() -> None:
    ev = only(extract("6月8日，王小明到尖草坪区调研。他来到青禾科技有限公司、红星社区。"))
    assert ev.sites == ("青禾科技有限公司", "红星社区")


def test_meeting_has_no_sites() -> None:
    ev = only(extract("6月8日，太原市召开民营经济座谈会。王小明来到青禾科技有限公司。"))
    assert ev.sites == ()


# ------------------------------------------------------------------ places: the most specific of a chain

# real divisions: 江西省 360000 > 宜春市 360900 > 袁州区 360902, 南昌市 360100; 山西省 > 太原市 >
# 小店区 140105; 晋中市 140700; 北京市 110000
YICHUN, YUANZHOU, NANCHANG, XIAODIAN = "360900", "360902", "360100", "140105"


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        # fixed: the province, the first place after 在, was the event's place
        ("6月8日，全省招商推介会在江西省宜春市举办。王小明出席。", "Meeting", YICHUN),
        ("6月8日，王小明赴江西省宜春市袁州区考察调研。", "Inspection", YUANZHOU),
        ("6月8日，王小明于山西省太原市小店区召开安全生产工作会议。", "Meeting", XIAODIAN),
        ("6月8日，王小明在山西太原主持召开民营经济座谈会。", "Meeting", TAIYUAN),  # short forms
        ("6月8日，全省招商推介会在江西省 宜春市举办。王小明出席。", "Meeting", YICHUN),  # a page break
        ("6月8日，山西省太原市召开安全生产工作会议。王小明出席。", "Meeting", TAIYUAN),  # no 在
    ],
)
def test_event_place_is_the_last_of_an_address_chain(text: str, kind: str, place: str) -> None:
    ev = only(extract(text))
    assert (ev.kind, ev.place) == (kind, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("6月8日，经贸交流会在北京、上海两地举行。王小明出席。", "110000"),  # a list, not a chain
        ("6月8日，对接座谈会在太原晋中两地召开。王小明出席。", TAIYUAN),  # side by side, not nested
        ("6月8日，全省招商推介会在宜春市江西省馆举办。王小明出席。", YICHUN),  # the province is not inside
        # the chain ends at the comma: 宜春市 is another clause's place
        ("6月8日，全省招商推介会在江西省南昌市举行，宜春市组团参加。王小明出席。", NANCHANG),
        ("6月8日，民营经济座谈会在太原市举行。王小明出席。", TAIYUAN),  # one place
    ],
)
def test_places_that_are_no_chain_keep_the_first(text: str, place: str) -> None:
    assert only(extract(text)).place == place


# ------------------------------------------------------------------ attendees


def test_attendees_from_attendance_sentences() -> None:
    ex = extract("6月8日，太原市举行民营经济座谈会。王小明、李华出席。张伟在会上发言。赵明在北京工作。")
    ev = only(ex)
    assert names(ex, ev) == ["王小明", "李华", "张伟"]  # 赵明 is named, but not as present


def test_reported_speech_is_not_attendance() -> None:
    ex = extract("6月8日，太原市举行民营经济座谈会。王小明出席。赵明说，大家要积极参加考察。")
    assert names(ex, only(ex)) == ["王小明"]


def test_attributive_name_is_not_an_attendee() -> None:
    ex = extract(
        "6月8日，太原市举行民营经济座谈会。李华出席会议并讲话，要求深入学习贯彻王小明新时代发展思想。"
    )
    assert names(ex, only(ex)) == ["李华"]


def test_name_inside_the_meeting_name_is_not_an_attendee() -> None:
    ex = extract("6月8日，太原市召开纪念王小明同志座谈会。李华出席。")
    ev = only(ex)
    assert "王小明" in ev.name and names(ex, ev) == ["李华"]


# ------------------------------------------------------------------ more ways to name a meeting


def test_meeting_held_with_a_measure_word() -> None:
    ex = extract("2019年初，太原市人大常委会组织了一场民营企业座谈会，企业家畅所欲言。王小明出席。")
    ev = only(ex)
    assert (ev.name, ev.date) == ("民营企业座谈会", "2019")  # 年初 is not a day, but the year is
    assert names(ex, ev) == ["王小明"]
    assert only(extract("6月8日，太原市召开了一次安全生产工作会议。王小明出席。")).name == "安全生产工作会议"


@pytest.mark.parametrize(
    "text",
    [
        "6月8日，太原市委组织干部学习十九届六中全会精神，王小明参加。",  # 组织 without a measure word
        "6月8日，太原市组织了一场篮球比赛，王小明参加。",  # no meeting word
    ],
)
def test_organising_is_no_meeting_without_a_measure_word_and_a_meeting_word(text: str) -> None:
    assert extract(text).events == ()


def test_numbered_session_that_decides() -> None:
    ex = extract("2019年6月，太原市十六届人大常委会第十二次会议废止了两部地方性法规。")
    ev = only(ex)
    assert (ev.name, ev.date, ev.place) == ("太原市十六届人大常委会第十二次会议", "2019-06", TAIYUAN)
    ev = only(extract("6月8日，尖草坪区人大常委会第三次会议审议通过了有关决定。"))
    assert (ev.name, ev.date) == ("尖草坪区人大常委会第三次会议", "2022-06-08")


@pytest.mark.parametrize(
    "text",
    [
        "根据太原市人大常委会第十二次会议的决定，王小明任副市长。",  # cited, no decision verb
        "依照太原市人大常委会第十二次会议审议通过的条例，各区加强管理。",  # cited
        "太原市人大常委会第十二次会议通过的条例自今年起施行。",  # 通过的: a rule, not a sitting
        "会议同意将草案提请太原市人大常委会第十三次会议审议。",  # sent to a later session
    ],
)
def test_session_cited_or_sent_to_is_no_event(text: str) -> None:
    assert extract(text).events == ()


def test_person_hearing_a_report() -> None:
    ex = extract("6月8日下午，王小明听取了尖草坪区委和区政府工作汇报，对各项工作予以肯定。")
    ev = only(ex)
    assert (ev.name, ev.date) == ("王小明听取尖草坪区委和区政府工作汇报", "2022-06-08")
    assert names(ex, ev) == ["王小明"]


def test_meeting_hearing_a_report_is_that_meeting() -> None:
    ex = extract(
        "6月8日，太原市召开市委常委会会议。王小明主持会议。会议听取了市发改委主任张建国作的工作汇报。"
    )
    ev = only(ex)
    assert ev.name == "市委常委会会议"
    assert names(ex, ev) == ["王小明", "张建国"]  # who reports to a meeting is there


def captioned(body: str, caption: str, after: str) -> Extraction:
    """An article whose body holds a photo caption line between two paragraphs."""
    text = f"{body}\n{caption}\n{after}"
    article = Article(
        "t", "test", 0, text, date=DAY, captions=((len(body) + 1, len(body) + 1 + len(caption)),)
    )
    return run(article, default_stages())


def test_caption_naming_a_part_of_the_event() -> None:
    ex = captioned(
        "6月8日，太原市文旅产业推介会在市委举行。市长李华出席并讲话。王小明、赵明等参加活动，共同见证项目签约。",
        "项目签约仪式",
        "据了解，共签约20个项目。",
    )
    assert [ev.name for ev in ex.events] == ["太原市文旅产业推介会", "项目签约仪式"]
    fair, signing = ex.events
    assert names(ex, fair) == ["李华", "王小明", "赵明"]
    # the caption is dated and placed as the event it shows; only the witnesses signed
    assert (signing.date, signing.place, names(ex, signing)) == ("2022-06-08", TAIYUAN, ["王小明", "赵明"])


@pytest.mark.parametrize("caption", ["活动现场", "大会", "王小明出席座谈会", "李华在推介会上讲话"])
def test_caption_that_is_not_only_a_meeting_name(caption: str) -> None:
    ex = captioned("6月8日，太原市文旅产业推介会在市委举行。李华出席。", caption, "共签约20个项目。")
    assert [ev.name for ev in ex.events] == ["太原市文旅产业推介会"]


def test_headline_meeting_named_otherwise_in_the_body() -> None:
    ex = extract(
        "6月8日，青禾集团隆重举行了纪念建党100周年大会。王小明出席并讲话。",
        headline="青禾集团优秀党员表彰大会隆重召开",
    )
    ev = only(ex)
    assert (ev.name, ev.date, names(ex, ev)) == ("纪念建党100周年大会", "2022-06-08", ["王小明"])


def test_headline_meeting_stays_apart_when_the_body_holds_two() -> None:
    ex = extract(
        "6月8日，青禾集团举行了纪念建党100周年大会。王小明出席。6月9日，青禾集团召开了职工代表大会。",
        headline="青禾集团优秀党员表彰大会隆重召开",
    )
    assert len(ex.events) == 3


# ------------------------------------------------------------------ who is not an attendee


def test_attendance_verb_inside_a_quotation_is_not_attendance() -> None:
    ex = extract(
        "6月8日，太原市举行民营经济座谈会。王小明出席。"
        "尖草坪区某某镇党委书记赵明说：“这次讲话鼓舞人心，我们要参加更多培训。"
    )
    assert names(ex, only(ex)) == ["王小明"]


def test_names_in_a_book_title_are_not_attendees() -> None:
    ex = extract("6月8日，太原市召开干部大会。市长张建国宣读了《关于王小明同志任职的通知》。")
    assert names(ex, only(ex)) == ["张建国"]


@pytest.mark.parametrize(
    "sentence",
    [
        "李华在讲话中回顾了王小明同志的生平业绩。",
        "李华、长期从事王小明同志生平研究的专家学者参加座谈会。",
        "李华和王小明同志的亲属代表参加座谈会。",
        "李华出席，会上播放了反映王小明先进事迹的短片。",
    ],
)
def test_remembered_or_owning_names_are_not_attendees(sentence: str) -> None:
    ex = extract(f"6月8日，太原市召开纪念座谈会。{sentence}")
    assert names(ex, only(ex)) == ["李华"]


def test_name_leading_with_de_is_an_attendee() -> None:
    ex = extract("6月8日，太原市召开民营经济座谈会。在王小明的陪同下，李华出席座谈会。")
    assert names(ex, only(ex)) == ["王小明", "李华"]


def test_honouree_who_speaks_elsewhere_is_an_attendee() -> None:
    ex = extract(
        "6月8日，太原市召开劳动模范表彰大会。王小明、李华等15名同志荣获太原市劳动模范。"
        "王小明在大会上作了发言。"
    )
    assert {c.recipient for c in ex.conferrals} == {"t|王小明", "t|李华"}
    assert names(ex, only(ex)) == ["王小明"]


# ------------------------------------------------------------------ counter-examples


def test_article_without_an_event() -> None:
    ex = extract("今天天气很好，公园里人很多。王小明在公园散步。")
    assert ex.events == ()


def test_held_without_a_meeting_word_is_no_event() -> None:
    ex = extract("6月8日，太原市举行了升旗活动，王小明参加。")
    assert ex.events == ()
