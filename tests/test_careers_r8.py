"""Careers, round two: tabular CVs, runs without a date, a run's period in brackets, one post
read twice (kg.extract.careers, kg.extract.cv_tables, kg.extract.cv_chains)."""

from __future__ import annotations

import pytest
from extraction_support import careers, extract, former


def test_tabular_lines_date_each_post_and_a_line_of_study_gives_nothing() -> None:
    ex = extract(
        "王小明，男，汉族，1971年3月生，山西平遥人。\n"
        "1989.09—1993.07\u3000山西大学经济系学生\n"
        "1993.07—1999.03\u3000平遥县财政局副科长、科长\n"
        "1999.03—2006.11\u3000平遥县副县长\n"
    )
    assert former(ex) == {
        ("王小明", "平遥县财政局副科长", True, "1993-07", "1999-03"),
        ("王小明", "平遥县财政局科长", True, "1993-07", "1999-03"),
        ("王小明", "平遥县人民政府副县长", True, "1999-03", "2006-11"),
    }
    assert not [row for row in careers(ex) if "学生" in row[1]]


@pytest.mark.parametrize(
    "line",
    [
        "2006.11—\u3000晋中市审计局局长",
        "2006.11至今\u3000晋中市审计局局长",
        "2006.11—至今 晋中市审计局局长",
        "2006年11月—\t晋中市审计局局长",
    ],
)
def test_an_open_period_is_a_post_held_now_with_its_start(line: str) -> None:
    ex = extract(f"李华，女，1970年8月生。\n1999.03—2006.11\u3000平遥县副县长\n{line}\n")
    assert ("李华", "晋中市审计局局长", False, "2006-11", None) in careers(ex)
    assert former(ex) == {("李华", "平遥县人民政府副县长", True, "1999-03", "2006-11")}


@pytest.mark.parametrize(
    ("period", "since", "until"),
    [
        ("1999.03—2006.11\u3000", "1999-03", "2006-11"),
        ("1999.3－2006.11\t", "1999-03", "2006-11"),
        ("1999.03-2006.11 ", "1999-03", "2006-11"),
        ("1999.03~2006.11 ", "1999-03", "2006-11"),
        ("1999.03——2006.11\u3000", "1999-03", "2006-11"),
        ("1999年3月至2006年11月 ", "1999-03", "2006-11"),
        ("1999—2006年\u3000", "1999", "2006"),
    ],
)
def test_the_forms_of_a_period_on_a_line(period: str, since: str, until: str) -> None:
    ex = extract(f"赵大山，男，1968年10月生。\n{period}平遥县副县长\n")
    assert former(ex) == {("赵大山", "平遥县人民政府副县长", True, since, until)}


@pytest.mark.parametrize(
    "text",
    [
        # a schedule printed the same way: no one's CV
        "检查安排如下：\n2023.06—2023.08\u3000平遥县审计局局长带队检查\n2023.09—\u3000平遥县副县长督导\n",
        # the paragraph before does not open with the person
        "据了解，王小明已退休。\n1999.03—2006.11\u3000平遥县副县长\n",
        # no period: the end before the start
        "王小明，男，1968年10月生。\n2006.11—1999.03\u3000平遥县副县长\n",
        # a date inside a sentence is no line of a table
        "王小明，男，1968年10月生。他说，1999.03—2006.11\u3000平遥县副县长\n",
    ],
)
def test_lines_without_a_subject_or_a_period_give_nothing(text: str) -> None:
    assert not former(extract(text))
    assert not [row for row in careers(extract(text)) if row[3]]


def test_a_heading_names_the_subject_and_a_note_in_brackets_dates_nothing() -> None:
    ex = extract(
        "平遥县原副县长孙明明同志逝世\n"
        "孙明明同志简历\n"
        "1975.09—1983.04\u3000平遥县副县长（其间：1978.09—1980.07在省委党校学习）\n"
        "（1983.04退休）\n"
        "1983.04—1990.05\u3000晋中市审计局局长\n"
    )
    assert former(ex) == {
        ("孙明明", "平遥县人民政府副县长", True, "1975-09", "1983-04"),
        ("孙明明", "晋中市审计局局长", True, "1983-04", "1990-05"),
    }


def test_a_bare_heading_leads_back_to_the_person_before_it() -> None:
    ex = extract("周刚，男，1966年2月生，现任阳曲县副县长。\n简历：\n2008.05—2014.06\u3000阳曲县审计局局长\n")
    assert former(ex) == {("周刚", "阳曲县审计局局长", True, "2008-05", "2014-06")}
    assert ("周刚", "阳曲县人民政府副县长", False, None, None) in careers(ex)


def test_a_notice_before_a_post_keeps_xianren_held_now_and_gives_nothing_for_niren() -> None:
    ex = extract(
        "干部任前公示\n"
        "韩小梅，女，汉族，1979年2月生，现任阳曲县审计局局长，拟任太原市审计局副局长。\n"
        "简历：\n"
        "2003.07—2010.04\u3000阳曲县财政局副局长\n"
        "2010.04—\u3000阳曲县审计局局长\n"
    )
    rows = careers(ex)
    assert ("韩小梅", "阳曲县审计局局长", False, None, None) in rows
    assert former(ex) == {("韩小梅", "阳曲县财政局副局长", True, "2003-07", "2010-04")}
    assert not [row for row in rows if "审计局副局长" in row[1]]


@pytest.mark.parametrize("verb", ["曾任", "曾担任"])
def test_cengren_gives_former_posts_without_dates(verb: str) -> None:
    ex = extract(f"郑建中，男，1955年生，{verb}洪洞县县长、县委副书记，临汾市财政局局长。")
    assert former(ex) == {
        ("郑建中", "洪洞县人民政府县长", True, None, None),
        ("郑建中", "洪洞县委副书记", True, None, None),
        ("郑建中", "临汾市财政局局长", True, None, None),
    }


def test_liren_to_dengzhi_and_xianhou_zai_gongzuo() -> None:
    ex = extract(
        "刘强，男，1958年生，先后在平遥县财政局、晋中市审计局工作，历任平遥县审计局局长，晋中市审计局副局长等职。"
    )
    assert former(ex) == {
        ("刘强", "平遥县审计局局长", True, None, None),
        ("刘强", "晋中市审计局副局长", True, None, None),
    }
    ex = extract("刘强，男，1958年生，先后在平遥县财政局、晋中市审计局工作。")
    assert not careers(ex)


def test_cengren_without_a_subject_or_a_chain_gives_nothing() -> None:
    assert not former(extract("会议指出，曾任领导职务的干部要发挥余热。"))
    assert not former(extract("王小明，男，1955年生，曾任教于平遥县第二中学。"))


def test_a_run_dated_in_brackets_after_it() -> None:
    ex = extract("郑建中，男，1955年生。他任洪洞县县长（1990—1995年），1995年至2001年任临汾市审计局局长。")
    assert former(ex) == {
        ("郑建中", "洪洞县人民政府县长", True, "1990", "1995"),
        ("郑建中", "临汾市审计局局长", True, "1995", "2001"),
    }
    ex = extract("郑建中，男，1955年生，曾任洪洞县县长（1990年5月—1995年3月）、临汾市副市长。")
    assert ("郑建中", "洪洞县人民政府县长", True, "1990-05", "1995-03") in former(ex)


@pytest.mark.parametrize(
    "text",
    [
        "郑建中任洪洞县县长（正处级）。",  # a note in brackets, no period
        "郑建中任洪洞县县长。",  # no period at all: a post held now, read by the people stage
    ],
)
def test_ren_without_a_period_in_brackets_is_no_former_post(text: str) -> None:
    assert not former(extract(text))


def test_a_post_read_with_yuan_and_in_the_cv_is_one_dated_holding() -> None:
    ex = extract(
        "山西省晋中市审计局原局长孙明明同志逝世\n孙明明同志简历\n1983.04—1990.05\u3000晋中市审计局局长\n"
    )
    assert former(ex) == {("孙明明", "晋中市审计局局长", True, "1983-04", "1990-05")}
    ex = extract("晋中市审计局原局长孙明明同志逝世。")
    assert former(ex) == {("孙明明", "晋中市审计局局长", True, None, None)}
