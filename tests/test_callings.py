"""kg.extract.callings: an honouree's job written beside the name without an employer."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import SDO

from kg.eval.predict import read_prediction
from kg.rdf.graph import article_graph
from kg.rdf.iri import Minter
from tests.extraction_support import extract_page


def _callings(text: str) -> dict[str, str]:
    ex = extract_page(text)
    names = {p.key: p.name for p in ex.persons}
    return {names[c.person]: c.title for c in ex.callings}


def test_titles_after_names_in_a_conferral() -> None:
    got = _callings(
        "青禾省科学技术奖励大会召开\n"
        "　　本报讯　青禾省政府决定，授予王小明院士、李华研究员青禾省科学技术突出贡献奖，"
        "授予赵志远教授等5名外国专家青禾省国际科学技术合作奖。\n"
    )
    assert got == {"王小明": "院士", "李华": "研究员", "赵志远": "教授"}


def test_callings_before_names_at_the_end_of_a_portrait() -> None:
    got = _callings(
        "青禾市发布四月“青禾好人榜”\n"
        "　　本报讯　青禾市文明办日前发布四月“青禾好人榜”。在本期上榜的好人中，"
        "有跳入冰河救起落水儿童的外卖小哥王小明，有扎根山村三十年的青年教师李华，"
        "有守护村民健康的乡村医生赵志远……\n"
    )
    assert got == {"王小明": "外卖小哥", "李华": "教师", "赵志远": "乡村医生"}


def test_no_calling_for_epithets_addresses_units_or_people_not_honoured() -> None:
    got = _callings(
        "青禾省表彰道德模范\n"
        "　　本报讯　青禾省文明委决定，授予“排雷英雄”王小明、李华同志“青禾省道德模范”称号。"
        "赵志远教授出席会议并讲话。周建国院士工作站同日揭牌。\n"
    )
    assert got == {}  # an epithet in quotes, an address, a speaker no honour is conferred on


def test_a_calling_after_a_unit_is_no_bare_job() -> None:
    got = _callings(
        "青禾市表彰见义勇为先进个人\n"
        "　　本报讯　同时受到表彰的还有青禾市东城区新华街道居民王小明，他协助民警抓获嫌疑人，"
        "被授予“青禾市见义勇为先进个人”称号。\n"
    )
    assert "王小明" not in got or got["王小明"] != "居民"  # the job has its street: not read bare


def test_a_calling_is_a_job_title_alone_in_the_graph_and_an_honouree_job_in_eval() -> None:
    ex = extract_page(
        "青禾省科学技术奖励大会召开\n　　本报讯　青禾省政府决定，授予王小明院士青禾省科学技术突出贡献奖。\n"
    )
    graph = article_graph(ex, Minter())
    person = next(s for s, o in graph.subject_objects(SDO.name) if str(o) == "王小明")
    assert set(graph.objects(person, SDO.jobTitle)) == {Literal("院士", lang="zh")}
    assert not set(graph.objects(person, SDO.worksFor))
    jobs = read_prediction(graph).jobs
    assert [(j.person, j.employer, j.titles) for j in jobs] == [("王小明", "", ("院士",))]


def test_a_calling_after_a_unit_and_a_rank_word_is_no_bare_job() -> None:
    got = _callings(
        "青禾集团表彰先进\n"
        "　　本报讯　青禾集团授予公司研究院主任工程师王小明、退休教师李华、村医赵志远“青禾集团劳动模范”称号。\n"
    )
    assert got.get("王小明") is None  # 主任工程师 of a 研究院: a job with its employer
    assert got.get("李华") == "教师" and got.get("赵志远") == "村医"
