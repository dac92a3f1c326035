"""Round S: the home of a paper that speaks as its province (我省), organisations joined by 和,
award names with their year, and the organisation that confers an award."""

from __future__ import annotations

from extraction_support import extract

from kg.extract.divisions import gazetteer
from kg.extract.glued_orgs import split_joined
from kg.extract.org_places import bare_place
from kg.extract.orgs import _joins_two, parse_org
from kg.extract.own_voice import voiced_home

# ------------------------------------------------------------------ the article's home


def test_a_province_paper_is_at_home_in_its_province() -> None:
    ex = extract(
        "我省选手王小明在全国体操锦标赛上夺冠。王小明是湖北省宜昌市人，2018年进入湖北省体操队。"
        "全省体育系统向他学习。"
    )
    assert ex.home == "420000"  # 湖北省, not 宜昌市 where he was born


def test_a_city_paper_stays_in_its_city_though_it_writes_the_whole_province() -> None:
    ex = extract("我市选手王小明在比赛中夺冠。王小明是宜昌市人，曾在湖北省体操队训练。全省体育系统向他学习。")
    assert ex.home == "420500"


def test_the_whole_province_alone_moves_home_only_where_the_province_is_named_most() -> None:
    city = extract("太原市召开会议。太原市经济增速在全省排名第一。太原市将继续努力。")
    assert city.home == "140100"
    province = extract("山东省公布新一批名单，全省新增一百家企业。济南市有二十家。")
    assert province.home == "370000"


def test_voiced_home_keeps_the_city_of_a_paper_that_names_another_province() -> None:
    gaz = gazetteer()
    named = [(0, gaz.by_code["140100"]), (5, gaz.by_code["140100"]), (9, gaz.by_code["420000"])]
    assert voiced_home("全省第一", named, "140100", gaz) == "140100"  # 全省 of 山西, not 湖北
    assert voiced_home("今年第一", named, "140100", gaz) == "140100"  # no voice: the city


def test_a_city_paper_that_writes_wo_sheng_keeps_its_city_where_it_names_the_city_more() -> None:
    gaz = gazetteer()
    city, province = gaz.by_code["140100"], gaz.by_code["140000"]
    twice = [(0, city), (5, city), (9, gaz.by_code["420000"])]
    assert voiced_home("上级领导莅临我省", twice, "140100", gaz) == "140100"  # the city twice, 山西 never
    once = [(0, city), (9, province)]
    assert voiced_home("我省第一", once, "140100", gaz) == "140000"  # the city once: 某省某市人
    both = [(0, city), (3, province), (5, city), (9, province)]
    assert voiced_home("我省第一", both, "140100", gaz) == "140000"  # the province as often as the city


def test_a_bare_city_organ_has_no_place_in_a_province_paper() -> None:
    assert bare_place("市委", "420000") is None
    assert bare_place("省委", "420000") == ("420000", "湖北省")
    assert bare_place("市委", "420500") == ("420500", "宜昌市")


# ------------------------------------------------------------------ organisations joined by 和


def test_a_unit_then_and_then_another_organisation_is_two() -> None:
    ex = extract("平顺县发改委办公室和平顺县教育局联合印发通知。")
    names = {o.name for o in ex.organizations}
    parents = {o.name: o.parent for o in ex.organizations}
    keys = {o.key: o.name for o in ex.organizations}
    assert {"平顺县发改委办公室", "平顺县教育局"} <= names
    assert keys[parents["平顺县发改委办公室"]] == "平顺县发改委"
    assert parents["平顺县教育局"] is None
    assert not any("和" in n for n in names)


def test_a_place_then_and_then_a_provincial_organ_is_the_organ_alone() -> None:
    names = {o.name for o in extract("太原市和省发展改革委的负责同志出席。").organizations}
    assert names == {"山西省发展改革委"}


def test_and_inside_a_name_is_kept() -> None:
    parsed = parse_org("清徐县文化和旅游局", home=None, places=())
    assert parsed is not None and [o.name for o in parsed.organizations] == ["清徐县文化和旅游局"]
    assert not _joins_two("文化和旅游局", 5)  # 文化 names nothing
    assert _joins_two("办公室和青禾县教育局", 10)  # 办公室 is a whole unit, 青禾县教育局 a name
    assert not _joins_two("办事处和某国其余国际机构", 11)  # what follows 和 is no name


def test_split_joined_spans() -> None:
    text = "某某合作社和某某服务中心签约"

    def parse(name: str) -> object | None:
        return name if name in ("某某合作社", "某某服务中心") else None

    assert split_joined(text, (0, 12), parse, set()) == [(0, 5), (6, 12)]
    assert split_joined(text, (0, 5), parse, set()) == [(0, 5)]
    assert split_joined("某某合作社和", (0, 6), parse, set()) == [(0, 5)]  # the tagger's 和 dropped


def test_a_cooperative_is_an_organisation() -> None:
    parsed = parse_org("青禾果蔬种植专业合作社", home=None, places=())
    assert parsed is not None and parsed.organizations[-1].kind == "Organization"
    assert parse_org("合作社", home=None, places=()) is None


# ------------------------------------------------------------------ award names and conferrers


def _awards(text: str) -> dict[str, tuple[int | None, str | None]]:
    ex = extract(text)
    orgs = {o.key: o.name for o in ex.organizations}
    return {a.name: (a.year, orgs.get(a.conferred_by or "")) for a in ex.awards}


def test_an_award_name_keeps_its_year_and_the_year_is_stored_too() -> None:
    # the gold writes 2022年某某 as the award's name with its year: the name keeps the year
    assert _awards("大会宣布，王小明荣获2023年度青禾省科学技术突出贡献奖。") == {
        "2023年度青禾省科学技术突出贡献奖": (2023, None)
    }
    assert _awards("赵小军荣获青禾市劳动模范称号。") == {"青禾市劳动模范": (None, None)}


def test_the_subject_of_the_conferral_confers_the_award() -> None:
    assert _awards("山西省人民政府决定，授予王小明“山西省劳动模范”称号。") == {
        "山西省劳动模范": (None, "山西省人民政府")
    }
    assert _awards("10日，太原市体育局发出通报，对李华予以通报表扬。") == {"通报表扬": (None, "太原市体育局")}


def test_an_organisation_elsewhere_in_the_sentence_confers_nothing() -> None:
    assert _awards("在太原市体育局举行的表彰大会上，王小明荣获“青禾杯优秀教练”称号。") == {
        "青禾杯优秀教练": (None, None)
    }
    assert _awards("太原市青禾科技有限公司工程师李华荣获“太原市劳动模范”称号。") == {
        "太原市劳动模范": (None, None)
    }


def test_a_dateline_opens_the_subject_and_a_received_award_is_not_the_subjects() -> None:
    assert _awards("本报讯（记者王小明）青禾县人民政府近日授予李华“青禾县优秀教师”称号。") == {
        "青禾县优秀教师": (None, "青禾县人民政府")
    }
    commended = _awards("同时，太原市总工会对获得青禾杯技术能手称号的赵小军等十名职工予以表彰。")
    assert commended == {"青禾杯技术能手": (None, None)}
