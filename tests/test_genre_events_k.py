"""Events, honours and places in more kinds of local news: groundbreaking ceremonies with sub-venues,
flood-control checks, visits to old party members' homes, expos with speakers, delegations met by
two hosts, and a model worker's past honours. Invented articles; divisions are real (甘肃省天水市
620500, 湖南省华容县 430623, 河南省光山县 411522, 云南省新平彝族傣族自治县 530427)."""

from __future__ import annotations

import datetime as dt

from extraction_support import attendees
from extraction_support import conferrals as read_conferrals
from extraction_support import extract as extract_text

from kg.extract.site_items import site_items
from kg.model import Extraction

DAY = dt.date(2023, 6, 13)


def extract(text: str, *, headline: str | None = None) -> Extraction:
    return extract_text(text, headline=headline, day=DAY)


def honours(ex: Extraction) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in read_conferrals(ex)}


def place_name(ex: Extraction, key: str | None) -> str | None:
    place = ex.place(key) if key else None
    return place.name if place else None


# ------------------------------------------------------------------ honours received


def test_honour_title_after_passive_rating_is_read_without_quotes() -> None:
    ex = extract("2015年，青禾电机厂钳工王小明被评为天水市劳动模范。")
    assert honours(ex) == {("王小明", "天水市劳动模范")}


def test_professional_grade_after_rating_is_no_honour() -> None:
    ex = extract("2015年，青禾电机厂钳工王小明被评为高级工程师。")
    assert honours(ex) == set()


def test_pronoun_opening_its_clause_stands_for_the_person_named_before() -> None:
    ex = extract(
        "青禾电机厂钳工王小明在一线工作了二十年。2018年，他荣获甘肃省五一劳动奖章；"
        "2020年，他被授予“全国劳动模范”称号。此外，他还先后被评为“陇原工匠”“天水市优秀共产党员”。"
    )
    assert honours(ex) == {
        ("王小明", "甘肃省五一劳动奖章"),
        ("王小明", "全国劳动模范"),
        ("王小明", "陇原工匠"),
        ("王小明", "天水市优秀共产党员"),
    }


def test_pronoun_inside_a_clause_is_no_recipient() -> None:
    # 他 does not open its clause: whose 他 is not told, nothing is conferred
    ex = extract("青禾电机厂钳工王小明说起往事，感慨当年他荣获甘肃省五一劳动奖章的情景。")
    assert honours(ex) == set()


def test_honour_in_relative_clause_goes_to_the_titled_names_after_it() -> None:
    ex = extract(
        "市总工会对获得甘肃省五一劳动奖章的青禾电池有限公司高级技师王小明、天水市第一中学教师李华进行了通报表扬。"
    )
    assert honours(ex) == {("王小明", "甘肃省五一劳动奖章"), ("李华", "甘肃省五一劳动奖章")}


def test_relative_clause_with_a_verb_before_the_name_gives_no_recipient() -> None:
    ex = extract("获得省科技进步奖的成果由青禾电池有限公司工程师王小明完成。")
    assert honours(ex) == set()


# ------------------------------------------------------------------ ceremonies and meetings


def test_groundbreaking_activity_is_an_event_with_sub_venue_attendees() -> None:
    ex = extract(
        "3月6日，天水市2023年第一批重大项目集中开工活动举行。主会场设在麦积区，分会场设在甘谷县和武山县。"
        "市委书记王小明在主会场宣布项目开工。甘谷县委书记李华、武山县委书记赵刚分别在分会场参加活动。"
    )
    (ev,) = ex.events
    assert ev.name == "天水市2023年第一批重大项目集中开工活动"
    assert ev.date == "2023-03-06"
    assert place_name(ex, ev.place) == "天水市"
    assert attendees(ex, ev) == ["王小明", "李华", "赵刚"]


def test_activities_carried_out_are_no_event() -> None:
    ex = extract("市委书记王小明要求，各县区要深入开展项目建设活动，推动项目早开工。")
    assert ex.events == ()


def test_reporting_speaker_and_keynote_speaker_attend() -> None:
    ex = extract(
        "8月3日，全省安全生产工作视频会议召开。省长王小明出席会议并讲话。"
        "省应急管理厅厅长李华通报了上半年全省安全生产形势。清澜大学教授赵刚作主旨演讲。"
    )
    (ev,) = ex.events
    assert attendees(ex, ev) == ["王小明", "李华", "赵刚"]


def test_planned_side_events_are_not_reported() -> None:
    ex = extract(
        "9月8日，天水数字经济博览会在天水国际会展中心开幕。博览会期间，主办方还将举办项目推介会等配套活动。"
    )
    assert [e.name for e in ex.events] == ["天水数字经济博览会"]


def test_expo_name_keeps_its_host_city_in_brackets() -> None:
    ex = extract("9月8日，2023中国（天水）数字经济博览会在天水国际会展中心开幕。副省长王小明宣布开幕。")
    assert [e.name for e in ex.events] == ["2023中国（天水）数字经济博览会"]


# ------------------------------------------------------------------ inspections and visits


def test_headline_inspection_takes_the_place_the_body_gives() -> None:
    ex = extract(
        "6月12日，华容县委副书记、县长王小明带队检查全县防汛工作，先后深入东湖水库、白沙河堤防，"
        "查看防汛物资储备情况。",
        headline="王小明检查防汛工作",
    )
    (ev,) = ex.events
    assert ev.kind == "Inspection"
    assert place_name(ex, ev.place) == "华容县"
    assert ev.date == "2023-06-12"
    assert ev.sites == ("东湖水库", "白沙河堤防")


def test_visit_to_villages_of_two_townships_lies_in_their_county() -> None:
    ex = extract(
        "1月16日，光山县委书记王小明先后来到泼陂河镇东坡村、文殊乡北庄村，走访慰问老党员和困难群众。"
        "在东坡村，王小明来到老党员李大山家中，与他拉家常、听取他对村里发展的看法。县委常委赵刚陪同。"
    )
    (ev,) = ex.events
    assert ev.kind == "Inspection"
    assert ev.name.startswith("王小明到")
    assert place_name(ex, ev.place) == "光山县"
    assert attendees(ex, ev) == ["王小明", "赵刚"]  # the household visited is no attendee


def test_visit_without_going_verb_before_the_list_is_no_tour() -> None:
    # 在 opens no list of places that a comma closes: the list is no tour's
    ex = extract("在泼陂河镇、文殊乡，慰问金已经全部发放到位。")
    assert ex.events == ()


def test_kinds_of_places_are_no_sites() -> None:
    assert site_items("企业、园区和乡村", ("村", "园", "企业"), []) == []
    assert site_items("东坡村和北庄村", ("村",), []) == ["东坡村", "北庄村"]
    # where a site lies is no part of it; a name that opens with 位于's words is left alone
    assert site_items("位于滨江区的青禾科技有限公司", ("公司",), []) == ["青禾科技有限公司"]
    assert site_items("青禾位于科技有限公司", ("公司",), []) == ["青禾位于科技有限公司"]


# ------------------------------------------------------------------ encounters


def test_two_hosts_meet_a_delegation_whose_leader_is_told_before() -> None:
    ex = extract(
        "5月22日至24日，福建省委书记王小明率福建省党政代表团到云南省考察。"
        "5月22日，云南省委书记李华、省长赵刚在昆明会见代表团一行。"
    )
    meeting = next(e for e in ex.events if "会见" in e.name)
    assert meeting.name == "李华、赵刚会见代表团一行"
    assert set(attendees(ex, meeting)) == {"李华", "赵刚", "王小明"}


def test_delegation_with_no_leader_told_adds_no_guest() -> None:
    ex = extract("5月22日，云南省委书记李华在昆明会见福建省代表团一行。")
    meeting = next(e for e in ex.events if "会见" in e.name)
    assert attendees(ex, meeting) == ["李华"]


# ------------------------------------------------------------------ places


def test_short_form_with_its_level_word_opens_a_village_chain() -> None:
    ex = extract("代表团来到玉溪市新平县茶园村，考察乡村振兴示范点。")
    names = {p.name for p in ex.places}
    assert "茶园村" in names and "县茶园村" not in names
    village = next(p for p in ex.places if p.name == "茶园村")
    assert place_name(ex, village.parent) == "新平彝族傣族自治县"


def test_short_form_before_an_organ_keeps_its_span() -> None:
    ex = extract("玉溪市新平县委书记王小明主持会议。")
    assert not any(p.name.startswith("县") for p in ex.places)
    mention = next(m for m in ex.mentions if m.label == "Place" and m.text.startswith("新平"))
    assert mention.text == "新平县"  # 新平彝族傣族自治县's short form with its level, as 平江县 is written


def test_activities_named_as_a_pair_are_no_new_event() -> None:
    ex = extract(
        "6月12日，市政府与青禾科技集团签约仪式举行。市长李华出席。市政府秘书长赵刚参加会见和签约活动。"
    )
    assert [e.name for e in ex.events] == ["市政府与青禾科技集团签约仪式"]
    assert attendees(ex, ex.events[0]) == ["李华", "赵刚"]
