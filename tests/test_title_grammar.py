"""Compound titles: modifiers and followers around a role word, Latin title words, and where a
title begins after a bare word boundary. Unit tests of :func:`kg.extract.titles.split_title`, then
the whole pipeline on short invented sentences (names 王小明, 李华; organisations 青禾…: the
tagger reads 某某 as a pronoun)."""

from __future__ import annotations

import pytest

from kg.extract import default_stages
from kg.extract.titles import TitleSplit, lexicon, split_title
from kg.model import Article, Extraction
from kg.pipeline import run


def extract(text: str) -> Extraction:
    return run(Article("t", "test", 0, text), default_stages())


def roles_of(ex: Extraction) -> dict[str, str]:
    """Each person's role word(s), as the Post facts hold them."""
    posts = {p.key: p for p in ex.posts}
    names = {p.key: p.name for p in ex.persons}
    return {names[h.person]: posts[h.post].role for h in ex.holdings}


# ------------------------------------------------------------------ after a bare word boundary


@pytest.mark.parametrize(
    ("segment", "boundaries", "org", "title"),
    [
        # 青禾 ends in no organisation suffix: the title is the longest one that starts at a word
        ("青禾执行董事", {2, 4}, "青禾", "执行董事"),
        ("青禾高级研究员", {2, 4}, "青禾", "高级研究员"),
        ("青禾营销总监", {2, 4}, "青禾", "营销总监"),
        ("青禾常务副总裁", {2, 4, 5}, "青禾", "常务副总裁"),
    ],
)
def test_after_a_word_boundary_the_longest_lexicon_title(
    segment: str, boundaries: set[int], org: str, title: str
) -> None:
    got = split_title(segment, boundaries=frozenset(boundaries), org_start_ok=True)
    assert got is not None and (got.org, got.title, got.role, got.rank) == (org, title, title, 3)


def test_after_a_word_boundary_counter_examples() -> None:
    # a longer title that does not start at a word is not taken: 青禾执行 is written as one word
    got = split_title("青禾执行董事", boundaries=frozenset({4}), org_start_ok=True)
    assert got == TitleSplit("青禾执行", "董事", "董事", 3)
    # a productive title (…师) is no lexicon title: a bare boundary does not split it off
    assert split_title("青禾化妆师", boundaries=frozenset({2}), org_start_ok=True) is None
    # after an organisation suffix the shortest title still wins: 政协 is the organisation
    assert split_title("某某县政协委员", boundaries=frozenset({3, 5})) == TitleSplit(
        "某某县政协", "委员", "委员", 1
    )


def test_a_productive_title_starts_where_a_word_does() -> None:
    # 需要|室内设计师: 室 is no organisation suffix inside the word 室内设计师
    assert split_title("需要室内设计师", boundaries=frozenset({2})) is None
    assert split_title("某某公司化妆师", boundaries=frozenset({4})) == TitleSplit(
        "某某公司", "化妆师", "化妆师", 1
    )
    # without the tagger's words (a bare string) the split is made as before
    got = split_title("需要室内设计师")
    assert got is not None and got.title == "内设计师"


# ------------------------------------------------------------------ modifiers, followers, Latin words


@pytest.mark.parametrize(
    "title",
    [
        "实习编辑",
        "见习记者",
        "常务理事",
        "特级教师",
        "助理研究员",
        "总裁助理",
        "市长助理",
        "经理助理",
        "总经理助理",
    ],
)
def test_compound_titles(title: str) -> None:
    assert lexicon().title_kind(title) == 0


@pytest.mark.parametrize("text", ["实习", "实习基地", "常务会议", "助理费", "特级医院", "助理助", "兼职"])
def test_compound_title_counter_examples(text: str) -> None:
    assert lexicon().title_kind(text) is None


@pytest.mark.parametrize("word", ["CEO", "ceo", "CFO", "董事长兼CEO"])
def test_latin_title_words(word: str) -> None:
    assert lexicon().title_kind(word) == 0


@pytest.mark.parametrize("text", ["CEOS", "ABC", "EO", "兼CEO"])
def test_latin_counter_examples(text: str) -> None:
    assert lexicon().title_kind(text) is None


@pytest.mark.parametrize("word", ["总动员", "人工", "手工", "化工", "军工"])
def test_words_in_yuan_and_gong_that_are_no_posts(word: str) -> None:
    assert lexicon().title_kind(word) is None
    assert lexicon().title_kind("钳工") == 1 and lexicon().title_kind("安全员") == 1


# ------------------------------------------------------------------ the pipeline


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("青禾科技执行董事王小明表示，项目进展顺利。", "王小明", "执行董事"),
        ("青禾科技有限公司总裁助理王小明说，项目进展顺利。", "王小明", "总裁助理"),
        ("青禾科技设计总监王小明介绍，项目进展顺利。", "王小明", "设计总监"),
        ("青禾研究会常务理事王小明介绍，会议进展顺利。", "王小明", "常务理事"),
    ],
)
def test_compound_title_before_a_name(text: str, person: str, role: str) -> None:
    assert roles_of(extract(text)).get(person) == role


def test_compound_title_counter_example() -> None:
    # the organisation ends in a suffix (有限公司) and 副 + 总经理 is one title; no 理 or 总经 alone
    roles = roles_of(extract("青禾科技有限公司副总经理李华表示，项目进展顺利。"))
    assert roles.get("李华") == "副总经理"
