"""Round 26R: prizes won by a unit's project and by its completers, persons who win a named prize
without 称号, collectives named with their divisions (救援队, 社区, 大队), an honouree's divisions and
plain job in a conferral, and a unit's token conferred in a decision (授予…奖状的决定)."""

from __future__ import annotations

import pytest

from kg.extract.prize_winners import prize_winners
from kg.extract.project_completers import project_completers
from tests.extraction_support import extract_page, holdings, honoured_persons, honoured_unit_names

_CO = "青禾远航物流集团有限公司"
_PRIZE = "国家科学技术进步奖一等奖"
_WON = f"{_CO}牵头完成的“高寒装卸系统”项目荣获{_PRIZE}。"


def _page(body: str):
    return extract_page(f"青禾表彰先进\n　　本报讯　{body}\n")


# -- a unit's project wins a prize: the unit is honoured ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "units", "award"),
    [
        (f"由{_CO}牵头完成的“高寒装卸系统”项目荣获{_PRIZE}。", {_CO}, _PRIZE),
        (
            f"{_CO}与白水农业大学共同完成的“盐碱地改良”项目获得国家技术发明奖二等奖。",
            {_CO, "白水农业大学"},
            "国家技术发明奖二等奖",
        ),
        (f"{_CO}以“智慧港口调度”项目摘得中国专利奖金奖。", {_CO}, "中国专利奖金奖"),
        (f"{_CO}参与的“新型冷链仓储”成果获国家科学技术进步奖二等奖。", {_CO}, "国家科学技术进步奖二等奖"),
    ],
)
def test_a_units_project_wins_a_prize(sentence: str, units: set[str], award: str) -> None:
    got = honoured_unit_names(_page(sentence))
    assert {(u, award) for u in units} <= got


@pytest.mark.parametrize(
    "sentence",
    [
        f"由{_CO}选送的作品荣获青禾新闻奖一等奖。",  # the work won it, no project of the unit
        f"{_CO}总工程师王小明获{_PRIZE}。",  # the engineer won it
        f"记者获悉，{_CO}今年营收增长一成。",  # 获悉 is no verb of winning
    ],
)
def test_no_unit_where_the_unit_did_not_win(sentence: str) -> None:
    assert not honoured_unit_names(_page(sentence))


# -- the project's completers receive its prize ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "persons"),
    [
        ("公司总裁王小明作为第一完成人上台领奖。", {"王小明"}),
        ("李华是该项目的第一完成人。", {"李华"}),
        ("项目主要完成人包括王小明、张伟和陈红。", {"王小明", "张伟", "陈红"}),
        ("王小明、李华等5人作为项目主要完成人出席。", {"王小明", "李华"}),
        ("王小明同志作为项目主要完成人代表发言。", {"王小明"}),
    ],
)
def test_the_completers_of_a_winning_project(sentence: str, persons: set[str]) -> None:
    assert honoured_persons(_page(_WON + sentence)) == persons


@pytest.mark.parametrize(
    "sentence",
    [
        "董事长王小明代表企业上台领奖。",  # on the unit's behalf: the unit's prize
        "王小明作为第一完成人向李华汇报。",  # 李华 completed nothing (王小明 did)
    ],
)
def test_who_is_no_completer(sentence: str) -> None:
    assert "李华" not in honoured_persons(_page(_WON + sentence))
    if "代表企业" in sentence:
        assert not honoured_persons(_page(_WON + sentence))


def test_no_completer_where_no_prize_is_named() -> None:
    ex = _page(f"{_CO}召开科技大会。王小明是该项目的第一完成人。")
    assert not honoured_persons(ex)
    persons = sorted((m for m in ex.mentions if m.label == "Person"), key=lambda m: m.start)
    assert project_completers(ex, persons, []) == []


# -- persons who win a named prize with no 称号 ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "persons"),
    [
        (f"{_CO}总工程师王小明获{_PRIZE}。", {"王小明"}),
        ("白水农业大学教授王小明、李华等3人再次荣获国家技术发明奖二等奖。", {"王小明", "李华"}),
        ("王小明同志荣获青禾省自然科学奖一等奖。", {"王小明"}),
    ],
)
def test_persons_who_win_a_named_prize(sentence: str, persons: set[str]) -> None:
    assert honoured_persons(_page(sentence)) == persons


@pytest.mark.parametrize(
    "sentence",
    [
        "王小明、李华带领的团队荣获国家技术发明奖二等奖。",  # the team won it
        "由王小明选送的作品荣获青禾新闻奖一等奖。",  # the work won it
        "王小明所在的公司获青禾省质量奖。",  # the company won it
        "王小明此前获得过许多奖项。",  # no prize named
        "李华获过不少奖。",  # no prize named
    ],
)
def test_no_person_inside_a_winner_that_goes_on(sentence: str) -> None:
    assert not honoured_persons(_page(sentence))


def test_prize_winners_reads_items() -> None:
    ex = _page("白水农业大学教授王小明、李华带领的团队荣获国家技术发明奖二等奖。")
    persons = sorted((m for m in ex.mentions if m.label == "Person"), key=lambda m: m.start)
    text = ex.article.text
    verb = text.index("荣获")
    assert prize_winners(text, text.index("白水"), verb, persons) == []  # the last item is a team
    assert [p.text for p in prize_winners(text, text.index("王小明"), text.index("、"), persons)] == [
        "王小明"
    ]


# -- collectives named with their divisions ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("授予白水县东沟镇应急救援队等5个集体“青禾省见义勇为先进集体”称号。", {"白水县东沟镇应急救援队"}),
        (
            "授予白水县东沟镇护林队、白水县消防救援大队“青禾省见义勇为先进集体”称号。",
            {"白水县东沟镇护林队", "白水县消防救援大队"},
        ),
        (
            "授予武汉市武昌区水果湖街道红星社区“青禾省见义勇为先进集体”称号。",
            {"武汉市武昌区水果湖街道红星社区"},
        ),
        ("白水县东沟镇志愿服务队荣获“青禾省见义勇为先进集体”称号。", {"白水县东沟镇志愿服务队"}),
    ],
)
def test_collectives_written_with_their_divisions(sentence: str, units: set[str]) -> None:
    assert {u for u, _a in honoured_unit_names(_page(sentence))} == units


@pytest.mark.parametrize(
    "sentence",
    [
        "授予东沟镇先进集体“青禾省先进集体”称号。",  # a category, no unit
        "授予救援队“青禾省见义勇为先进集体”称号。",  # no division in front
    ],
)
def test_no_collective_without_divisions(sentence: str) -> None:
    assert not any(u.endswith(("队", "社区", "集体")) for u, _a in honoured_unit_names(_page(sentence)))


# -- an honouree's divisions and plain job in a conferral -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "job"),
    [
        ("大会追授白水县东沟镇居民王小明“青禾省见义勇为英雄”称号。", ("王小明", "白水县东沟镇", "居民")),
        (
            "大会追授武汉市武昌区水果湖街道居民王小明“青禾省见义勇为英雄”称号。",
            ("王小明", "武汉市武昌区水果湖街道", "居民"),
        ),
        ("授予白水县东沟镇村民李华“青禾省见义勇为模范”称号。", ("李华", "白水县东沟镇", "村民")),
        (
            "白水县东沟镇个体经营户王小明荣获“青禾省见义勇为模范”称号。",
            ("王小明", "白水县东沟镇", "个体经营户"),
        ),
    ],
)
def test_divisions_and_a_plain_job(sentence: str, job: tuple[str, str, str]) -> None:
    ex = _page(sentence)
    assert job[0] in honoured_persons(ex)
    assert job in {(h.person, h.org.name, h.role) for h in holdings(ex)}


@pytest.mark.parametrize(
    "sentence",
    [
        "授予白水县东沟镇王小明“青禾省见义勇为模范”称号。",  # no job word
        "授予白水县东沟镇的王小明“青禾省见义勇为模范”称号。",  # prose
    ],
)
def test_no_job_without_a_job_word(sentence: str) -> None:
    ex = _page(sentence)
    assert "王小明" in honoured_persons(ex)
    assert not [h for h in holdings(ex) if h.person == "王小明"]


# -- a unit's token conferred in a decision -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "award"),
    [
        (f"副省长王小明宣读授予{_CO}青禾省五一劳动奖状的决定。", "青禾省五一劳动奖状"),
        (f"会上宣读了授予{_CO}“全国工人先锋号”的决定。", "全国工人先锋号"),
        (f"会议宣读了关于授予{_CO}青禾省五一劳动奖状的表彰决定。", "青禾省五一劳动奖状"),
    ],
)
def test_a_token_in_a_decision(sentence: str, award: str) -> None:
    assert honoured_unit_names(_page(sentence)) == {(_CO, award)}


def test_a_token_followed_by_other_words_is_no_conferral() -> None:
    assert not honoured_unit_names(_page(f"他谈到授予{_CO}青禾省五一劳动奖状的意义。"))
