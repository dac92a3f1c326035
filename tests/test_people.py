"""People and their posts: the whole extractor pipeline on short invented news sentences.

Names are invented; the divisions are real (the gazetteer is general knowledge), so each post's
jurisdiction is a GB/T 2260 code: 山西省 140000, 太原市 140100, 尖草坪区 140108.
"""

from __future__ import annotations

import pytest

from kg.extract import default_stages
from kg.model import Article, Extraction
from kg.pipeline import run

SHANXI, TAIYUAN, JIANCAOPING, COUNTRY = "140000", "140100", "140108", "100000"

#: (person, post label, role, organisation name, jurisdiction)
Row = tuple[str, str, str, str, str | None]


def extract(text: str) -> Extraction:
    return run(Article("t", "test", 0, text), default_stages())


def posts_of(ex: Extraction) -> list[Row]:
    posts = {p.key: p for p in ex.posts}
    orgs = {o.key: o for o in ex.organizations}
    names = {p.key: p.name for p in ex.persons}
    out: list[Row] = []
    for h in ex.holdings:
        post = posts[h.post]
        org = orgs[post.organization]
        out.append((names[h.person], post.label, post.role, org.name, org.jurisdiction))
    return out


def persons_of(ex: Extraction) -> list[str]:
    return [p.name for p in ex.persons]


# ------------------------------------------------------------------ title chains


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "太原市委书记王小明出席会议。",
            [("王小明", "太原市委书记", "书记", "太原市委", TAIYUAN)],
        ),
        (
            "尖草坪区委书记王小明出席会议。",
            [("王小明", "尖草坪区委书记", "书记", "尖草坪区委", JIANCAOPING)],
        ),
        (
            "太原市副市长王小明出席会议。",
            [("王小明", "太原市人民政府副市长", "副市长", "太原市人民政府", TAIYUAN)],
        ),
        (
            "山西省副省长王小明出席会议。",
            [("王小明", "山西省人民政府副省长", "副省长", "山西省人民政府", SHANXI)],
        ),
        (  # two titles in one chain; 省委 is the province of the article's home city
            "省委常委、太原市委书记李华主持会议。",
            [
                ("李华", "山西省委常委", "常委", "山西省委", SHANXI),
                ("李华", "太原市委书记", "书记", "太原市委", TAIYUAN),
            ],
        ),
    ],
)
def test_title_chain_before_a_name(text: str, expected: list[Row]) -> None:
    assert posts_of(extract(text)) == expected


def test_holding_points_at_chain_and_name() -> None:
    ex = extract("会上，太原市委书记王小明讲话。")
    (holding,) = ex.holdings
    assert holding.mention.text == "太原市委书记王小明"
    assert ex.article.text[holding.mention.start : holding.mention.end] == holding.mention.text
    assert holding.mention.label == "Post" and holding.mention.ref == holding.post
    assert holding.job_title == "书记"


# ------------------------------------------------------------------ scope inheritance


def test_bare_mayor_takes_the_city_of_its_chain() -> None:
    ex = extract("太原市委副书记、市长王小明出席会议。")
    assert posts_of(ex) == [
        ("王小明", "太原市委副书记", "副书记", "太原市委", TAIYUAN),
        ("王小明", "太原市人民政府市长", "市长", "太原市人民政府", TAIYUAN),
    ]


def test_bare_governor_takes_the_province_of_the_sentence() -> None:
    ex = extract("山西省委书记李华、省长赵明出席会议。")
    assert posts_of(ex) == [
        ("李华", "山西省委书记", "书记", "山西省委", SHANXI),
        ("赵明", "山西省人民政府省长", "省长", "山西省人民政府", SHANXI),
    ]


def test_bare_title_takes_the_home_division() -> None:
    ex = extract("太原市召开会议。副市长王小明出席。")
    assert ex.home == TAIYUAN
    assert posts_of(ex) == [("王小明", "太原市人民政府副市长", "副市长", "太原市人民政府", TAIYUAN)]


# ------------------------------------------------------------------ enumerations and leader lists


def test_enumeration_shares_the_chain() -> None:
    ex = extract("太原市委常委张伟、刘洋出席会议。")
    assert posts_of(ex) == [
        ("张伟", "太原市委常委", "常委", "太原市委", TAIYUAN),
        ("刘洋", "太原市委常委", "常委", "太原市委", TAIYUAN),
    ]
    assert len({h.post for h in ex.holdings}) == 1


def test_leader_list() -> None:
    ex = extract("太原市领导张伟、刘洋、陈静出席活动。")
    assert posts_of(ex) == [
        (name, "太原市领导", "市领导", "太原市领导", TAIYUAN) for name in ("张伟", "刘洋", "陈静")
    ]


def test_bare_leader_list_takes_the_home_division() -> None:
    # fixed: the organisation was named 太原市市领导, and before that 市领导 split into no title
    ex = extract("太原市召开座谈会，市领导张伟、刘洋出席。")
    assert posts_of(ex) == [
        (name, "太原市领导", "市领导", "太原市领导", TAIYUAN) for name in ("张伟", "刘洋")
    ]


def test_province_leader() -> None:
    ex = extract("太原市召开座谈会，省领导张伟出席。")
    assert posts_of(ex) == [("张伟", "山西省领导", "省领导", "山西省领导", SHANXI)]


# ------------------------------------------------------------------ national titles


def test_national_title_after_a_name() -> None:
    ex = extract("王小明总书记强调，要坚持人民至上。")
    assert posts_of(ex) == [("王小明", "中共中央总书记", "总书记", "中共中央", COUNTRY)]
    (holding,) = ex.holdings
    assert holding.mention.text == "王小明总书记"


def test_bare_national_title_before_a_name() -> None:
    ex = extract("国务院副总理王小明出席会议。")
    assert posts_of(ex) == [("王小明", "国务院副总理", "副总理", "国务院", COUNTRY)]


# ------------------------------------------------------------------ appointments and removals


def test_appointment_list_with_gender_marks() -> None:
    ex = extract("会议任命张伟、刘洋（女）为太原市人民政府副市长。")
    assert posts_of(ex) == [
        ("张伟", "太原市人民政府副市长", "副市长", "太原市人民政府", TAIYUAN),
        ("刘洋", "太原市人民政府副市长", "副市长", "太原市人民政府", TAIYUAN),
    ]
    assert [(p.name, p.gender) for p in ex.persons] == [("张伟", None), ("刘洋", "女")]


def test_removal() -> None:
    ex = extract("会议决定，免去王小明的太原市教育局局长职务。")
    assert posts_of(ex) == [("王小明", "太原市教育局局长", "局长", "太原市教育局", TAIYUAN)]


def test_appointment_with_jianren() -> None:
    ex = extract("任命张伟为太原市教育局局长，兼任太原市体育局局长。")
    assert posts_of(ex) == [
        ("张伟", "太原市教育局局长", "局长", "太原市教育局", TAIYUAN),
        ("张伟", "太原市体育局局长", "局长", "太原市体育局", TAIYUAN),
    ]


def test_appointment_and_removal_in_one_sentence() -> None:
    ex = extract("会议任命王小明为太原市人民政府副市长，免去李华（女）的太原市人民政府副市长职务。")
    assert posts_of(ex) == [
        ("王小明", "太原市人民政府副市长", "副市长", "太原市人民政府", TAIYUAN),
        ("李华", "太原市人民政府副市长", "副市长", "太原市人民政府", TAIYUAN),
    ]
    assert ex.person("t|李华") is not None and ex.person("t|李华").gender == "女"


def test_comrade_after_a_name_in_an_appointment_list_is_no_part_of_it() -> None:
    ex = extract(
        "经研究决定：任命王小明同志、李华同志为太原市人民政府副市长；免去张伟同志的太原市教育局局长职务。"
    )
    assert posts_of(ex) == [
        ("王小明", "太原市人民政府副市长", "副市长", "太原市人民政府", TAIYUAN),
        ("李华", "太原市人民政府副市长", "副市长", "太原市人民政府", TAIYUAN),
        ("张伟", "太原市教育局局长", "局长", "太原市教育局", TAIYUAN),
    ]
    assert {p.name for p in ex.persons} == {"王小明", "李华", "张伟"}


def test_appointee() -> None:
    from kg.extract.appointments import appointee

    assert appointee("王小明同志") == "王小明" and appointee("李华（女）") == "李华"
    assert appointee("同志") == "" and appointee("王同") == "王同"  # only the whole word goes


def test_an_election_gives_the_post_and_a_bare_title_after_it_the_same_organisation() -> None:
    text = "会议选举李华（女，满族）为太原市人民代表大会常务委员会主任，选举张伟、赵明为副主任。"
    ex = extract(text)
    org = "太原市人民代表大会常务委员会"
    assert posts_of(ex) == [
        ("李华", org + "主任", "主任", org, TAIYUAN),
        ("张伟", org + "副主任", "副主任", org, TAIYUAN),
        ("赵明", org + "副主任", "副主任", org, TAIYUAN),
    ]
    assert {h.change for h in ex.holdings} == {"elected"}
    assert [(p.name, p.gender) for p in ex.persons][0] == ("李华", "女")


def test_an_election_is_a_beginning_in_the_graph_and_conforms() -> None:
    import datetime as dt

    from rdflib import Literal
    from rdflib.namespace import TIME

    from kg.rdf.graph import article_graph
    from kg.rdf.iri import Minter
    from kg.validate import validate

    article = Article(
        "t", "test", 0, "会议选举李华为太原市人民代表大会常务委员会主任。", date=dt.date(2024, 1, 20)
    )
    graph = article_graph(run(article, default_stages()), Minter())
    assert list(graph.subjects(None, Literal("elected"))) and list(graph.objects(None, TIME.hasBeginning))
    assert validate(graph).conforms


def test_an_ascii_gender_mark_in_an_appointment() -> None:
    ex = extract("任命王小明(女)为太原市人民政府副市长。")
    assert posts_of(ex) == [("王小明", "太原市人民政府副市长", "副市长", "太原市人民政府", TAIYUAN)]
    assert ex.persons[0].gender == "女"


def test_a_bare_title_in_another_sentence_has_no_organisation_of_an_election() -> None:
    ex = extract(
        "会议选举李华为太原市人民代表大会常务委员会主任。会议任命张伟为副主任。大会选举产生了新一届委员会。"
    )
    assert [p[0] for p in posts_of(ex)] == ["李华"]


# ------------------------------------------------------------------ counter-examples


def test_reporter_in_a_byline_is_no_official() -> None:
    ex = extract("本报讯（记者 王小明）太原市委书记李华出席会议。")
    assert ex.reporters == ("t|王小明",)
    assert posts_of(ex) == [("李华", "太原市委书记", "书记", "太原市委", TAIYUAN)]


def test_article_without_officials_has_no_posts() -> None:
    ex = extract("今天天气很好，公园里人很多，孩子们在草地上玩耍。")
    assert ex.persons == () and ex.posts == () and ex.holdings == ()


def test_name_without_a_title_gets_no_post() -> None:
    ex = extract("太原市召开会议。王小明出席会议并讲话。")
    assert persons_of(ex) == ["王小明"]
    assert ex.holdings == ()


def test_title_is_not_carried_past_a_sentence_end() -> None:
    ex = extract("太原市委书记王小明出席会议。李华也来到现场。")
    assert persons_of(ex) == ["王小明", "李华"]
    assert [row[0] for row in posts_of(ex)] == ["王小明"]


def roles_of(ex: Extraction) -> list[str]:
    return [m.text for m in ex.mentions if m.label == "Role"]


def test_bare_job_title_is_a_role() -> None:
    assert "记者" in roles_of(extract("记者从有关部门获悉，工程进展顺利。"))


@pytest.mark.parametrize(
    "text, word",
    [
        ("他代表全体职工发言。", "代表"),  # a verb, not the title 代表
        ("今年利润增长较快。", "增长"),  # …长 makes titles (站长), but 增长 is a verb
        ("工厂今天开工。", "开工"),  # …工 makes titles (钳工), but 开工 is a verb
    ],
)
def test_a_title_word_used_as_a_verb_is_no_role(text: str, word: str) -> None:
    assert word not in roles_of(extract(text))


def test_general_occupations_are_titles() -> None:
    from kg.extract.titles import lexicon

    lex = lexicon()
    assert all(lex.is_word(w) for w in ("总统", "首相", "将军", "博士", "前锋", "门将"))
    assert lex.title_kind("总统府") is None and lex.title_kind("前锋线") is None


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("某市政府王小明副市长出席会议。", "post|org||市政府|副市长"),  # as 市委书记王小明: no home, no place
        ("太原市政府王小明副市长出席会议。", "post|org|140100|太原市人民政府|副市长"),
        ("大会由来自湖北省省委党校的李华副校长讲课。", None),  # 的 between: not <org><name><title>
        ("北京大学王小明校长说，要加强合作。", "post|org|110000|北京大学|校长"),
        ("北京大学王小明教授说，要加强合作。", None),  # 教授 is a grade, no post (kg.extract.statuses)
    ],
)
def test_title_after_a_name_is_in_the_organisation_before_it(text, post):
    ex = run(Article(id="a", source="x.txt", index=0, text=text), default_stages())
    assert [h.post for h in ex.holdings] == ([post] if post else [])


@pytest.mark.parametrize(
    "text",
    [
        "会上，王小明书记强调，要抓好落实。",  # no organisation before the name
        "该公司王小明经理介绍了情况。",  # 该公司 names no organisation
        "太原市政府王小明说，要抓好落实。",  # no title after the name
    ],
)
def test_no_post_without_an_organisation_and_a_title_around_the_name(text):
    ex = run(Article(id="a", source="x.txt", index=0, text=text), default_stages())
    assert ex.holdings == ()


def test_a_bare_agent_noun_is_no_role_but_a_title_before_a_name_still_is():
    ex = run(
        Article(id="a", source="x.txt", index=0, text="消费者和投资者都很关心。记者王小明报道。"),
        default_stages(),
    )
    roles = [m.text for m in ex.mentions if m.label == "Role"]
    assert "消费者" not in roles and "投资者" not in roles
    ex = run(Article(id="a", source="x.txt", index=0, text="太原市创业者王小明出席会议。"), default_stages())
    assert any(h.post.endswith("|创业者") for h in ex.holdings)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("副秘书长在会上作了说明。", "副秘书长"),  # the tagger may read 副|秘书长
        ("首席设计师介绍了新产品。", "首席设计师"),
        ("记者们来到现场。", "记者"),  # a plural: the title without 们
        ("总经理助理负责此事。", "总经理助理"),
    ],
)
def test_a_bare_title_is_one_role_however_the_tagger_cut_it(text: str, role: str) -> None:
    roles = roles_of(extract(text))
    assert role in roles
    assert not [r for r in roles if r != role and r in role]  # no second Role inside it


def test_a_bare_title_takes_no_word_that_is_not_part_of_it() -> None:
    assert roles_of(extract("他们都是记者。")) == ["记者"]  # 们 of a pronoun: the title stands alone
    assert "北京记者" not in roles_of(extract("北京记者李华报道。"))  # a place is no part of a title


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("美国国务卿安德罗夫表示，双方将加强合作。", "post|org||美国|国务卿"),
        ("王小明会见了斯里兰卡议长卡莫西。", "post|org||斯里兰卡|议长"),
        ("日本外相卡莫西会见了代表团。", "post|org||日本|外相"),
    ],
)
def test_a_foreign_office_before_a_name_is_a_post_as_a_president_is(text: str, post: str) -> None:
    ex = run(Article(id="a", source="x.txt", index=0, text=text), default_stages())
    assert [h.post for h in ex.holdings] == [post]


def test_a_foreign_office_with_no_name_after_it_is_no_post() -> None:
    ex = run(Article(id="a", source="x.txt", index=0, text="议长一职由选举产生。"), default_stages())
    assert ex.holdings == ()
