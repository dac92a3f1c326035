"""Round 26S: one numbered session written short and in full, a meeting decided for later, the
speakers of a sentence opened ``会上``, a signing that both sides of a meeting witness, a tour that
is only wished, a name the tagger reads as a verb after a title, a bare city organ before a
county-level city's office, road-named subdistricts, a job's unit read as a community, a township
named again, and a company's headline form with its level word. Names are invented; divisions are
real (南京市玄武区, 苏州市昆山市)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attendees, extract, extract_page, holdings

from kg.extract.company_shorts import contracted_forms, fits
from kg.extract.event_names import same_event
from kg.extract.event_words import AT_MEETING
from kg.extract.places import places_stage
from kg.extract.session_keys import session_key
from kg.extract.tagger import tokens_stage
from kg.extract.visited_places import visited_places_stage
from kg.model import Article, Extraction, Organization
from kg.pipeline import run

DAY = dt.date(2025, 6, 18)


def persons(ex: Extraction) -> set[str]:
    return {p.name for p in ex.persons}


def events(ex: Extraction) -> dict[str, set[str]]:
    return {ev.name: set(attendees(ex, ev)) for ev in ex.events}


# -- one numbered session, written short and in full ----------------------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("省纪委九届三次全会", "中国共产党青禾省第九届纪律检查委员会第三次全体会议"),
        ("市委六届八次全会", "中共青禾市第六届委员会第八次全体会议"),
        ("县政协十届四次会议", "政协青禾县第十届委员会第四次会议"),
        ("市十七届人大二次会议", "青禾市第十七届人民代表大会第二次会议"),
        ("区委五届七次全会", "中国共产党青禾区第五届委员会第七次全体会议"),
    ],
)
def test_a_session_written_short_and_in_full_is_one_meeting(short: str, full: str) -> None:
    assert session_key(short) == session_key(full) is not None
    assert same_event(short, full)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("省纪委九届三次全会", "中共青禾省第九届委员会第三次全体会议"),  # the commission, the committee
        ("市委六届八次全会", "市委六届九次全会"),  # another session
        ("市委六届八次全会", "市委七届八次全会"),  # another term
        (
            "市十七届人大二次会议",
            "青禾市第十七届人民代表大会常务委员会第二次会议",
        ),  # the congress's committee
    ],
)
def test_other_sessions_are_not_one_meeting(a: str, b: str) -> None:
    assert not same_event(a, b)


def test_a_name_without_term_and_session_has_no_key() -> None:
    assert session_key("青禾市第十二次党代表大会") is None
    assert session_key("市政府第三十次常务会议") is None


def test_a_headline_short_session_takes_the_body_s_full_name_and_its_people() -> None:
    ex = extract_page(
        "省纪委九届三次全会闭幕\n"
        "6月16日至17日，中国共产党青禾省第九届纪律检查委员会第三次全体会议在青禾召开。"
        "省委书记王小明出席并讲话。省委副书记李华出席。\n"
        "全会审议通过了工作报告。省纪委副书记刘晓燕作总结讲话。",
        DAY,
    )
    assert list(events(ex)) == ["中国共产党青禾省第九届纪律检查委员会第三次全体会议"]
    assert events(ex)["中国共产党青禾省第九届纪律检查委员会第三次全体会议"] == {"王小明", "李华", "刘晓燕"}


# -- a meeting decided for later ------------------------------------------------------------------


@pytest.mark.parametrize(
    "decided",
    [
        "会议决定，8月中旬召开中共青禾市委六届九次全体会议。",
        "会议研究确定，下月举行青禾市科技创新大会。",
        "会议同意，适时召开全市民营企业座谈会。",
    ],
)
def test_a_meeting_decided_for_later_is_no_event(decided: str) -> None:
    ex = extract("6月17日，市委书记王小明主持召开市委常委会会议。" + decided, day=DAY)
    assert list(events(ex)) == ["市委常委会会议"]


def test_a_meeting_that_decides_is_still_an_event() -> None:
    ex = extract("6月17日，青禾市召开科技创新大会。会议决定，表彰一批先进集体。王小明出席。", day=DAY)
    assert events(ex) == {"科技创新大会": {"王小明"}}


# -- a sentence opened at the meeting -------------------------------------------------------------


def test_speakers_of_a_sentence_opened_at_the_meeting_attend_the_meeting() -> None:
    ex = extract(
        "6月17日，市政协召开民营经济专题协商会。市政协主席王小明出席并讲话。"
        "会前，委员们分组走访了玄武区多家企业。"
        "会上，李华、赵强两位委员先后发言。",
        day=DAY,
    )
    assert {"王小明", "李华", "赵强"} <= events(ex)["民营经济专题协商会"]


@pytest.mark.parametrize(
    ("opening", "at_meeting"),
    [
        ("会上，李华发言。", True),
        ("在会上，李华发言。", True),
        ("大会期间，李华发言。", True),
        ("会议中，李华发言。", True),
        ("会后，李华发言。", False),
        ("会前，李华发言。", False),
        ("会议中心负责人李华介绍。", False),
    ],
)
def test_what_opens_a_sentence_at_the_meeting(opening: str, at_meeting: bool) -> None:
    assert (AT_MEETING.match(opening) is not None) is at_meeting


# -- a signing that both sides witness ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "signing"),
    [
        ("随后，双方一起见证了青禾某某有限公司和某某国际公司的合作协议签约。", "合作协议签约"),
        ("会见后，宾主双方见证了战略合作框架协议的签署。", "战略合作框架协议的签署"),
        ("会见前，双方一同见证了三个项目签约。", "三个项目签约"),
        ("会见后，王小明与李华共同见证了战略合作备忘录的签署。", "战略合作备忘录的签署"),
        ("会见后，李华和王小明见证了投资协议签约。", "投资协议签约"),
        # the two named with 、, the act before the document
        (
            "会见后，王小明、李华共同见证某市人民政府与某某集团签署战略合作协议。",
            "某市人民政府与某某集团签署战略合作协议",
        ),
    ],
)
def test_a_signing_both_sides_witness_is_an_event_they_attend(sentence: str, signing: str) -> None:
    ex = extract(f"6月17日，省长王小明在青禾会见某某集团董事长李华一行。{sentence}", day=DAY)
    assert events(ex)[signing] == {"王小明", "李华"}


@pytest.mark.parametrize(
    "sentence",
    [
        "会见后，双方共同见证了两地友谊的深化。",  # no signing
        "会见后，双方企业签署了合作协议。",  # no one witnesses
        "会见后，双方共同见证某市人民政府与某某集团签署的合作成果展示。",  # no signing told
    ],
)
def test_no_signing_witnessed_no_event(sentence: str) -> None:
    ex = extract(f"6月17日，省长王小明在青禾会见某某集团董事长李华一行。{sentence}", day=DAY)
    assert len(ex.events) == 1


# Round 32: people named after the encounter who witness a signing (the host's side, one who did
# not meet the guest) make it an event too; they attend it (these were counter-examples before).
@pytest.mark.parametrize(
    ("sentence", "signing"),
    [
        ("会见后，王小明与赵强共同见证了合作协议的签署。", "合作协议的签署"),
        (
            "会见后，王小明、赵强共同见证某市人民政府与某某集团签署合作协议。",
            "某市人民政府与某某集团签署合作协议",
        ),
    ],
)
def test_a_signing_others_witness_after_an_encounter_is_an_event_they_attend(
    sentence: str, signing: str
) -> None:
    ex = extract(f"6月17日，省长王小明在青禾会见某某集团董事长李华一行。{sentence}", day=DAY)
    assert events(ex)[signing] == {"王小明", "赵强"}


def test_a_witnessed_signing_ceremony_is_told_once() -> None:
    ex = extract(
        "6月17日，省长王小明在青禾会见某某集团董事长李华一行。会见后，双方共同见证了项目签约仪式。", day=DAY
    )
    assert [ev.name for ev in ex.events if "签" in ev.name] == ["项目签约仪式"]


# -- a tour that is only wished ------------------------------------------------------------------


@pytest.mark.parametrize(
    "wish",
    [
        "他说，玄武区欢迎青禾客商常到南京市考察。",
        "李华表示，诚邀青禾企业家赴南京市考察。",
        "他说，期待各方早日到南京市调研。",
    ],
)
def test_a_wished_tour_is_no_inspection(wish: str) -> None:
    ex = extract("6月17日，省长王小明在青禾会见某某集团董事长李华一行。" + wish, day=DAY)
    assert not [ev for ev in ex.events if ev.kind == "Inspection"]


def test_a_tour_on_an_invitation_accepted_is_made() -> None:
    ex = extract("6月17日，市长王小明应邀赴南京市玄武区考察。", day=DAY)
    assert [ev.kind for ev in ex.events] == ["Inspection"]


# -- a name read as a verb after a title ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市委组织部副部长曾卫国宣读了任职通知。", "曾卫国"),  # one word, a name alone
        ("曾胜利通报全县纪检工作\n县纪委书记曾胜利通报了全县纪检监察工作情况。", "曾胜利"),
        ("县委副书记曾奋进主持会议。会议听取了曾奋进所作的报告。", "曾奋进"),
    ],
)
def test_a_name_read_as_a_verb_after_a_title_is_a_name(text: str, name: str) -> None:
    assert name in persons(extract(text, day=DAY))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("市人大常委会主任曾主持会议。", "曾主持"),  # the verb acts itself
        ("县委副书记曾奋进主持会议。", "曾奋进"),  # read once only: no name sure
        ("区委书记高标准推进各项工作。", "高标准"),
    ],
)
def test_a_verb_after_a_title_is_no_name(text: str, wrong: str) -> None:
    assert wrong not in persons(extract(text, day=DAY))


# -- a bare city organ before a county-level city's office ----------------------------------------


def test_a_bare_city_organ_is_the_city_above_a_county_level_city() -> None:
    ex = extract("6月17日，苏州市政协召开专题协商会。市政协委员、昆山市商务局局长王小明发言。", day=DAY)
    got = {(h.person, h.role, h.org.name) for h in holdings(ex) if h.person == "王小明"}
    assert ("王小明", "委员", "苏州市政协") in got
    assert ("王小明", "局长", "昆山市商务局") in got


def test_a_bare_county_organ_stays_the_county_s() -> None:
    ex = extract("6月17日，苏州市召开座谈会。市委常委、昆山市委书记王小明出席。", day=DAY)
    got = {(h.role, h.org.name) for h in holdings(ex) if h.person == "王小明"}
    assert ("常委", "苏州市委") in got
    assert ("书记", "昆山市委") in got


# -- places: road-named subdistricts, a job's unit, a township named again ------------------------


def places(text: str) -> dict[str, str]:
    ex = run(Article("t", "test", 0, text), [tokens_stage, places_stage, visited_places_stage])
    return {p.name: p.level for p in ex.places if p.level != "country"}


@pytest.mark.parametrize(
    ("text", "subdistrict", "not_place"),
    [
        ("李华 南京市玄武区北京路街道社区网格员", "北京路街道", "北京市"),
        ("王小明，南京市玄武区上海东路街道居民。", "上海东路街道", "上海市"),
    ],
)
def test_a_road_named_subdistrict_names_no_province(text: str, subdistrict: str, not_place: str) -> None:
    found = places(text)
    assert found.get(subdistrict) == "township"
    assert not_place not in found


def test_a_short_name_before_no_road_word_is_the_place() -> None:
    assert places("王小明在北京出席会议。").get("北京市") == "province"


@pytest.mark.parametrize(
    "line",
    [
        "王小明 南京市玄武区公安局梅园派出所社区民警",
        "李华 南京市玄武区梅园社区卫生服务中心社区医生",
    ],
)
def test_a_job_s_unit_is_no_community(line: str) -> None:
    assert not [n for n, level in places(line).items() if level == "village"]


def test_a_community_is_still_a_place() -> None:
    assert places("李华，南京市玄武区梅园街道兰园社区居民。").get("兰园社区") == "village"


def test_a_township_named_again_bare_is_the_one_placed() -> None:
    ex = extract(
        "大会追授南京市玄武区梅园街道居民王小明“见义勇为英雄”称号。\n去年8月，王小明在梅园街道一处河道中救起两名落水儿童。",
        day=DAY,
    )
    keys = {m.ref for m in ex.mentions if m.label == "Place" and m.text == "梅园街道"}
    assert len(keys) == 1
    assert next(iter(keys)).startswith("320102/")  # 玄武区


# -- a company's headline form with its level word ------------------------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("青禾省交投集团", "青禾交投集团有限公司"),
        ("青禾市城投集团", "青禾市城市建设投资集团有限公司"),
    ],
)
def test_a_headline_form_with_its_level_word_fits_the_full_name(short: str, full: str) -> None:
    assert fits(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("青禾省交投集团", "青禾省城建集团有限公司"),
        ("省青禾交投集团", "青禾能源集团有限公司"),
        ("省青禾交投集团", "青禾交投集团有限公司"),  # a level word read with no division: not sure
    ],
)
def test_another_company_does_not_fit(short: str, full: str) -> None:
    assert not fits(short, full)


def test_the_group_s_chairman_is_the_full_company_s() -> None:
    ex = extract_page(
        "省青禾交投集团获评文明单位\n"
        "本报讯 5月8日，江苏青禾交投集团有限公司被评为江苏省文明单位。"
        "集团党委书记、董事长王小明在座谈会上介绍了创建经验。",
        DAY,
    )
    got = {(h.role, h.org.name) for h in holdings(ex) if h.person == "王小明"}
    assert ("董事长", "江苏青禾交投集团有限公司") in got
    assert "江苏省青禾交投集团" not in {o.name for o in ex.organizations}  # no company of the headline's


def test_a_full_company_read_twice_is_still_the_one_it_fits() -> None:
    short = Organization("org|1|青禾省交投集团", "青禾省交投集团", "Corporation", "1")
    full = Organization("org|1|青禾交投集团有限公司", "青禾交投集团有限公司", "Corporation", "1")
    assert contracted_forms([short, full, full]) == [(short, full)]
    other = Organization("org|1|青禾交通投资集团有限公司", "青禾交通投资集团有限公司", "Corporation", "1")
    assert contracted_forms([short, full, other]) == []  # two companies it fits: no link
