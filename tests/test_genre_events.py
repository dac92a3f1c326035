"""Events, honours and places in kinds of local news the dev set barely covers: study sessions of a
party committee's group, meetings held by video, merit citations and commendations, rolls after a
heading, sites joined by 和, visits to a home, signing ceremonies and events dated 日前. Invented
articles; divisions are real (宜宾市 511500, 乐山市 511100, its 市中区 511102)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attendees
from extraction_support import conferrals as read_conferrals
from extraction_support import extract as extract_text

from kg.extract.dates import recent
from kg.extract.site_items import site_items
from kg.model import Extraction

DAY = dt.date(2023, 10, 26)


def extract(text: str, *, headline: str | None = None, day: dt.date = DAY) -> Extraction:
    return extract_text(text, headline=headline, day=day)


names = attendees


def conferrals(ex: Extraction) -> list[tuple[str, str, bool]]:
    return [(c.person, c.award, c.posthumous) for c in read_conferrals(ex)]


# ------------------------------------------------------------------ study sessions, manner


def test_study_session_takes_its_holder_and_the_headline_merges() -> None:
    ex = extract(
        "10月25日上午，市委理论学习中心组举行2023年第五次集体学习。市委书记王小明主持会议并讲话，"
        "市长李华出席。",
        headline="市委理论学习中心组举行专题学习",
    )
    assert [e.name for e in ex.events] == ["市委理论学习中心组2023年第五次集体学习"]
    assert names(ex, ex.events[0]) == ["王小明", "李华"]
    assert ex.events[0].date == "2023-10-25"


def test_learning_that_is_no_session_is_no_event() -> None:
    ex = extract("市长李华表示，要加强理论学习，深入开展调查研究。")
    assert ex.events == ()


@pytest.mark.parametrize("manner", ["以电视电话会议形式召开", "以视频会议方式举行"])
def test_meeting_held_by_video_is_one_meeting(manner: str) -> None:
    ex = extract(f"10月25日，全市安全生产工作会议召开。市长李华出席会议并讲话。会议{manner}。")
    assert [e.name for e in ex.events] == ["全市安全生产工作会议"]
    assert names(ex, ex.events[0]) == ["李华"]


def test_video_meeting_named_so_is_an_event() -> None:
    ex = extract("10月25日，全市防汛工作视频会议召开。副市长李华出席会议。")
    assert [e.name for e in ex.events] == ["全市防汛工作视频会议"]


def test_joined_meeting_keeps_its_session() -> None:
    ex = extract("10月25日，某某集团2023年工作会议暨第二届职工代表大会第三次会议召开。董事长王小明讲话。")
    assert ex.events[0].name == "某某集团2023年工作会议暨第二届职工代表大会第三次会议"


# ------------------------------------------------------------------ dates


def test_event_dated_ri_qian_takes_the_month() -> None:
    ex = extract("日前，市人大常委会第九次会议举行。市人大常委会主任王小明主持会议。")
    assert ex.events[0].date == "2023-10"


def test_event_without_a_date_takes_the_day() -> None:
    ex = extract("市人大常委会第九次会议举行。市人大常委会主任王小明主持会议。")
    assert ex.events[0].date == "2023-10-26"


def test_recent_early_in_a_month_is_only_the_year() -> None:
    assert recent(dt.date(2023, 10, 26)) == "2023-10"
    assert recent(dt.date(2023, 10, 3)) == "2023"


# ------------------------------------------------------------------ signing ceremonies


def test_signers_and_pairs_attend_a_signing() -> None:
    ex = extract(
        "10月25日，市政府与某某科技集团签约仪式举行。市长李华出席签约仪式。副市长张伟与某某科技集团"
        "总裁赵明代表双方签约。市政府秘书长刘强参加会见和签约活动。"
    )
    event = next(e for e in ex.events if e.name.endswith("签约仪式"))
    assert sorted(names(ex, event)) == sorted(["李华", "张伟", "赵明", "刘强"])  # attendance has no order


def test_representing_a_unit_is_no_signing() -> None:
    ex = extract("10月25日，全市工作会议召开。市长李华出席。代表王小明在会上提出建议，获得好评。")
    assert names(ex, ex.events[0]) == ["李华"]


# ------------------------------------------------------------------ sites


def test_sites_joined_by_he_are_two_sites() -> None:
    ends = ("基地", "医院", "公司", "家", "合作社")
    assert site_items("了某某公司的种植基地和某县人民医院", ends, []) == [
        "某某公司的种植基地",
        "某县人民医院",
    ]
    # 甲和乙合作社: one site, its first part no site
    assert site_items("甲村和乙村联办合作社", ends, []) == ["甲村和乙村联办合作社"]


def test_a_home_is_named_by_its_owner() -> None:
    ends = ("家",)
    assert site_items("脱贫户王小明家", ends, ["王小明"]) == ["王小明家"]
    assert site_items("农家", ends, ["王小明"]) == []


# ------------------------------------------------------------------ honours


def test_merit_citation_and_commendation() -> None:
    ex = extract(
        "市委决定，给予某某支队站长王小明记二等功，为李华同志追记一等功，对乡武装部部长张伟予以嘉奖。"
    )
    assert conferrals(ex) == [("王小明", "二等功", False), ("李华", "一等功", True), ("张伟", "嘉奖", False)]


def test_unit_citation_and_a_commender_give_no_person_an_award() -> None:
    ex = extract("某某大队荣立集体二等功。市长王小明嘉奖了全体队员。")
    assert ex.conferrals == ()


def test_roll_after_a_heading_that_names_the_award() -> None:
    ex = extract(
        "市委决定，授予某某局等5个单位“全市抗洪先进集体”称号，授予下列同志“全市抗洪先进个人”称号。\n"
        "全市抗洪先进个人名单\n"
        "王小明　屏山县水利局局长\n"
        "李华　宜宾市人民医院副院长\n"
        "希望受到表彰的集体和个人珍惜荣誉，再接再厉，为全市发展作出新的更大贡献。"
    )
    assert conferrals(ex) == [("王小明", "全市抗洪先进个人", False), ("李华", "全市抗洪先进个人", False)]


def test_bare_huo_with_a_quoted_title() -> None:
    ex = extract("会议对先进进行了表彰，王小明等20人获“集团劳动模范”称号。")
    assert conferrals(ex) == [("王小明", "集团劳动模范", False)]


def test_bare_huo_of_praise_is_no_award() -> None:
    ex = extract("王小明的做法获“点赞”。")
    assert ex.conferrals == ()


# ------------------------------------------------------------------ places


def test_shizhong_inside_an_organ_is_no_place() -> None:
    ex = extract("宜宾市中级人民法院、市中心医院有关负责同志列席会议。")
    assert "市中区" not in {p.name for p in ex.places}


def test_shizhong_after_its_city_is_a_place() -> None:
    ex = extract("王小明来到乐山市市中区调研。")
    assert "市中区" in {p.name for p in ex.places}
