"""A name whose last character the tagger reads with the verb 作 after it as one word
(王小|明作|报告, like 新作 'a new work'): the name keeps the character where 作 takes an object of
the genre (报告, 发言, 讲话, 辅导…); counter-examples keep the tagger's cut."""

from __future__ import annotations

import pytest
from extraction_support import extract

from kg.extract.name_ends import glued_to_zuo


def names(text: str) -> list[str]:
    return sorted(p.name for p in extract(text).persons)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会上，省委党校教授陈立新作专题辅导。", "陈立新"),
        ("会上，孙志新作总结讲话。", "孙志新"),
        ("座谈会上，李建新作报告。", "李建新"),
    ],
)
def test_the_name_keeps_its_last_character(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会上，李华也作了发言。", "李华"),  # an adverb of its own before 作
        ("李华并作重要讲话。", "李华"),
        ("赵立明作了发言。", "赵立明"),  # the tagger read the whole name
    ],
)
def test_a_word_of_its_own_before_zuo_is_no_part_of_the_name(text: str, name: str) -> None:
    assert names(text) == [name]


def test_zuo_needs_an_object_of_the_genre_and_no_common_word() -> None:
    assert glued_to_zuo("陈立新作报告", 2)
    assert not glued_to_zuo("张晓工作报告", 2)  # 工作 is the word
    assert not glued_to_zuo("陈立新作品展", 2)  # 作品: no object of a speaker
