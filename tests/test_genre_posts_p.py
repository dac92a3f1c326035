"""Posts and persons in kinds of articles tried late: a discipline commission's notice, an
inspection team's feedback, a handover of a bureau, national news with 兼, a university's news.

Whole pipeline on short invented sentences: invented names and organisations.
"""

from __future__ import annotations

import pytest
from extraction_support import extract, holdings

from kg.extract.academy import is_programme
from kg.extract.joined_titles import bare_national
from kg.extract.titles import split_title
from kg.extract.vacancies import after_vacancy, vacancy_span


def held(text: str, headline: str | None = None) -> set[tuple[str, str, str]]:
    """(person, role, organisation name) of every holding."""
    return {(h.person, h.role, h.org.name) for h in holdings(extract(text, headline=headline))}


def persons(text: str) -> set[str]:
    return {p.name for p in extract(text).persons}


def changes(text: str) -> dict[tuple[str, str], str | None]:
    ex = extract(text)
    names = {p.key: p.name for p in ex.persons}
    roles = {p.key: p.role for p in ex.posts}
    return {(names[h.person], roles[h.post]): h.change for h in ex.holdings}


# -- a name whose last character the tagger reads as a conjunction ----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("湖州市委常委、市纪委书记顾承和表示，要一体推进三不腐。", "顾承和"),
        ("会上，县委书记钱德和指出：要压实整改责任。", "钱德和"),
    ],
)
def test_a_conjunction_before_a_verb_that_closes_the_clause_ends_the_name(text: str, name: str) -> None:
    assert name in persons(text)
    assert name[:2] not in persons(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("县长王明和李华表示，要加强监督。", {"王明", "李华"}),  # 和 joins two names
        ("县长王明和群众交流。", {"王明"}),  # 和 before a noun
        ("县长王明和参会人员交流。", {"王明"}),  # the verb after 和 has words after it
    ],
)
def test_a_conjunction_before_a_noun_or_a_verb_with_its_object_stays_one(text: str, names: set[str]) -> None:
    assert persons(text) == names


# -- marks of time before a title: 新任 (now), 卸任 and 离任 (before) -----------------------------


def test_a_mark_of_time_alone_before_a_title_is_no_organisation() -> None:
    now = split_title("新任局长")
    assert now is not None and (now.org, now.role) == ("", "局长")
    assert split_title("卸任局长") is None  # held before: no post
    assert split_title("离任总经理") is None
    kept = split_title("某某集团新任总经理")
    assert kept is not None and (kept.org, kept.role) == ("某某集团", "总经理")


HANDOVER = (
    "本报讯 8月2日，青禾市教育局召开干部大会。王小明同志不再担任青禾市教育局党组书记、局长职务，"
    "到龄退休；李华同志任青禾市教育局党组书记。会上，新任局长李华作表态发言，卸任局长王小明回顾了"
    "工作。青禾市财政局局长一职由该局副局长赵晓东接任。"
)


def test_a_new_head_of_a_bureau_in_its_own_news_heads_it_and_an_outgoing_one_holds_nothing() -> None:
    posts = held(HANDOVER)
    assert ("李华", "局长", "青禾市教育局") in posts
    assert not any(org.startswith(("新任", "卸任")) for _, _, org in posts)
    assert ("王小明", "局长", "青禾市教育局") in posts  # from 不再担任: a removal, below
    assert changes(HANDOVER)[("王小明", "局长")] == "removed"


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("本报讯 王小明同志不再担任青禾市财政局局长职务。", "removed"),
        ("本报讯 王小明辞去某某集团有限公司董事长职务。", "removed"),
        ("本报讯 王小明担任某某集团有限公司董事长。", None),  # a post held, no change
        ("本报讯 王小明当选为某某商会会长。", "elected"),
    ],
)
def test_a_verb_of_giving_up_a_post_states_a_removal(text: str, change: str | None) -> None:
    assert list(changes(text).values()) == [change]


# -- 一职由: a post before, the name that takes it after ---------------------------------------


def test_a_post_before_a_vacancy_mark_is_the_post_of_the_name_that_takes_it() -> None:
    posts = held(HANDOVER)
    assert ("赵晓东", "局长", "青禾市财政局") in posts
    assert ("赵晓东", "副局长", "青禾市财政局") in posts  # 该局: the bureau named before
    assert not any("一职" in org or org.startswith("该") for _, _, org in posts)


def test_the_vacancy_mark_needs_a_verb_of_taking_the_post_after_the_name() -> None:
    text = "某某局局长一职由王小明接任。"
    start = after_vacancy(text, 0, text.index("王小明"))
    assert text[start:].startswith("王小明")
    assert vacancy_span(text, start, text.index("接任")) == (text.index("一职由"), start)
    other = "某某局局长一职由王小明代理。"  # 代理: no verb of taking the post
    assert vacancy_span(other, other.index("王小明"), other.index("代理")) is None


def test_this_bureau_stays_as_written_when_none_was_named_before() -> None:
    posts = held("本报讯 该局副局长赵晓东介绍了有关情况。")
    assert not any(org == "青禾市财政局" for _, _, org in posts)


# -- a bare group after the group named in full --------------------------------------------


FEEDBACK = (
    "本报讯 6月3日，省委第五巡视组组长王小明向湖州市委领导班子反馈巡视情况，市委书记李华主持会议。"
    "会前，巡视组组长王小明向市委书记李华反馈了有关情况。"
)


def test_a_bare_group_is_the_group_the_article_named_in_full() -> None:
    posts = held(FEEDBACK)
    assert not any(org == "巡视组" for _, _, org in posts)
    assert any(p == "王小明" and r == "组长" and org.endswith("省委第五巡视组") for p, r, org in posts)


def test_a_bare_group_stays_bare_when_the_article_names_two_groups() -> None:
    text = "本报讯 省委第五巡视组和省委第六巡视组分别召开会议。会上，巡视组组长王小明作了讲话。"
    assert not any(org.endswith("第五巡视组") or org.endswith("第六巡视组") for _, _, org in held(text))


# -- 兼 after a national title --------------------------------------------------------------


def test_a_post_with_its_own_organisation_after_a_bare_national_title_and_jian_is_a_second_post() -> None:
    posts = held("新华社北京5月3日电 国务委员兼外交部长王小明出席。")
    assert ("王小明", "国务委员", "国务院") in posts
    assert ("王小明", "部长", "外交部") in posts
    assert bare_national("国务委员") and not bare_national("外交部长") and not bare_national("县长")


def test_a_department_after_jian_stays_with_the_title_before() -> None:
    posts = held("本报讯 会上，湖州市教育局副局长兼办公室主任王小明讲话。")
    assert {r for p, r, _ in posts if p == "王小明"} == {"副局长兼办公室主任"}


# -- past posts, academy membership, talent programmes ---------------------------------------


def test_a_former_post_in_a_notice_names_the_person_and_no_post() -> None:
    text = (
        "本报讯 湖州市原副市长王小明涉嫌严重违纪违法，目前正接受纪律审查和监察调查。"
        "安吉县委原书记李华被开除党籍。"
    )
    assert {"王小明", "李华"} <= persons(text)
    assert not {p for p, _, _ in held(text)} & {"王小明", "李华"}


def test_a_talent_programme_before_a_title_is_no_organisation() -> None:
    posts = held("本报讯 某某大学材料学院院长、长江学者特聘教授王小明出席。")
    assert not any("学者" in org for _, _, org in posts)
    assert is_programme("长江学者特聘") and is_programme("某某学者")
    assert not is_programme("某某大学") and not is_programme("学者协会")


def test_academy_membership_at_a_university_stays_no_post() -> None:
    posts = held("本报讯 青禾理工大学校长、中国工程院院士王小明出席典礼。")
    assert ("王小明", "校长", "青禾理工大学") in posts
    assert not any(r == "院士" for _, r, _ in posts)
