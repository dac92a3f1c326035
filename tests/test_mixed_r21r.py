"""Round 21R: schools and clinics on a roll of honoured units, and a bare grade of a prize named before."""

from __future__ import annotations

from tests.extraction_support import extract_page, honoured_persons, honoured_unit_names


def test_schools_and_clinics_on_a_roll_of_units() -> None:
    ex = extract_page(
        "青禾市表彰教育先进\n"
        "　　本报讯　9月8日，青禾市召开大会，授予8个单位“青禾市教育系统先进集体”称号，"
        "授予王小明等20名同志“青禾市模范教师”称号。\n"
        "　　青禾市教育系统先进集体（部分）：\n"
        "　　西岭县石桥镇中心学校\n"
        "　　西岭县城关镇中心幼儿园\n"
        "　　东乡县柳河镇卫生院\n"
        "　　东乡县柳河镇中心小学\n"
        "　　青禾市模范教师（部分）：\n"
        "　　王小明　西岭县石桥镇中心学校校长\n"
        "　　大会要求，各地要关心关爱广大教师，市委常委孙明亮作了部署。\n"
    )
    got = honoured_unit_names(ex)
    award = "青禾市教育系统先进集体"
    assert ("西岭县石桥镇中心学校", award) in got
    assert ("西岭县城关镇中心幼儿园", award) in got
    assert ("东乡县柳河镇卫生院", award) in got
    assert ("东乡县柳河镇中心小学", award) in got
    # a person's entry ends in a title: the person is honoured, no unit ending in 校长 is minted
    assert "王小明" in honoured_persons(ex)
    assert not any(name.endswith("校长") for name, _a in got)


def test_a_school_in_prose_is_no_honoured_unit() -> None:
    ex = extract_page(
        "西岭县开展送教下乡\n"
        "　　本报讯　5月8日，西岭县石桥镇中心学校举办活动，西岭县城关镇中心幼儿园派员参加。\n"
    )
    assert honoured_unit_names(ex) == set()


def _science_page(prize_sentence: str, grade_sentence: str) -> str:
    return (
        "河北省召开科技奖励大会\n"
        "　　本报讯　5月20日，全省科技奖励大会在石家庄召开。" + prize_sentence + grade_sentence + "\n"
    )


def test_bare_grade_joins_the_prize_named_before() -> None:
    # a bare 省 of the province's own paper, then the grade alone
    ex = extract_page(
        _science_page(
            "本年度共评出省科学技术奖项目120项。",
            "青禾新材料股份有限公司完成的“高强轻质合金研制”等项目获一等奖。",
        )
    )
    assert ("青禾新材料股份有限公司", "河北省科学技术奖一等奖") in honoured_unit_names(ex)


def test_bare_grade_after_a_prize_named_in_full() -> None:
    ex = extract_page(
        _science_page(
            "会上揭晓了河北省科技进步奖评审结果。",
            "其中，青禾重工集团有限公司、青禾农业科学研究院荣获二等奖。",
        )
    )
    got = honoured_unit_names(ex)
    assert ("青禾重工集团有限公司", "河北省科技进步奖二等奖") in got
    assert ("青禾农业科学研究院", "河北省科技进步奖二等奖") in got


def test_bare_grade_of_a_national_prize() -> None:
    ex = extract_page(
        _science_page(
            "此前公布的国家技术发明奖名单中，我省多个项目入围。",
            "青禾精密仪器有限公司牵头的“微型传感芯片”项目获得二等奖。",
        )
    )
    assert ("青禾精密仪器有限公司", "国家技术发明奖二等奖") in honoured_unit_names(ex)


def test_bare_grade_without_a_prize_before_is_left_alone() -> None:
    # a match's grade, a count of grades, and a person's grade: no graded prize of a unit
    ex = extract_page(
        "青禾县举办职工篮球赛\n"
        "　　本报讯　5月20日，青禾县职工篮球赛落幕。青禾重工集团有限公司获一等奖。"
        "本届共评出一等奖3个。\n"
    )
    assert not any(award.endswith("一等奖") for _u, award in honoured_unit_names(ex))
    ex = extract_page(_science_page("本年度共评出省科学技术奖项目120项。", "青禾大学教授王小明获一等奖。"))
    assert honoured_unit_names(ex) == set()


def _jobs(ex) -> dict[str, set[tuple[str, str]]]:
    names = {p.key: p.name for p in ex.persons}
    orgs = {o.key: o.name for o in ex.organizations}
    posts = {p.key: p for p in ex.posts}
    out: dict[str, set[tuple[str, str]]] = {}
    for h in ex.holdings:
        post = posts[h.post]
        out.setdefault(names[h.person], set()).add((orgs.get(post.organization, ""), h.job_title or ""))
    return out


def test_posts_in_brackets_after_honourees() -> None:
    ex = extract_page(
        "青禾市表彰乡村振兴先进\n"
        "　　本报讯　12月20日，青禾市召开大会，授予王小明等30名同志“青禾市乡村振兴先进个人”称号。"
        "受表彰的先进个人有：王小明（西岭县农业农村局干部）、李华（女，东乡县红旗镇党委书记）、"
        "赵一鸣（西岭县城关镇农技站站长）等。\n"
    )
    jobs = _jobs(ex)
    assert ("西岭县农业农村局", "干部") in jobs["王小明"]
    assert any(job == "书记" and org.endswith("红旗镇党委") for org, job in jobs["李华"])
    assert any(job == "站长" and org.endswith("农技站") for org, job in jobs["赵一鸣"])


def test_brackets_that_hold_no_post() -> None:
    # a photo's position, a short name and a year in brackets are no post
    ex = extract_page(
        "青禾县召开座谈会\n"
        "　　本报讯　3月2日，王小明（右二）与李华（以下简称李老师）交流，赵一鸣（1962年生）参加。\n"
    )
    jobs = _jobs(ex)
    assert not any(jobs.get(name) for name in ("王小明", "李华", "赵一鸣"))
