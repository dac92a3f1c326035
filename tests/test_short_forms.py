"""Short forms (王书记, 李老师): Person mentions of the surname, linked only when one person fits."""

from __future__ import annotations

import pytest

from kg.extract import default_stages
from kg.extract.short_forms import _address
from kg.model import Article
from kg.pipeline import run


def person_mentions(text: str) -> list[tuple[str, str | None]]:
    ex = run(Article(id="a", source="x.txt", index=0, text=text), default_stages())
    return [(m.text, m.ref) for m in ex.mentions if m.label == "Person"]


def test_a_short_form_links_to_the_one_person_of_that_surname():
    mentions = person_mentions("市委书记王小明主持会议。王书记强调，要抓好落实。")
    assert mentions == [("王小明", "a|王小明"), ("王", "a|王小明")]


def test_the_title_picks_among_people_of_one_surname():
    mentions = person_mentions("市委书记王小明、副市长王大伟出席会议。王书记强调，要抓好落实。")
    assert ("王", "a|王小明") in mentions


def test_two_people_who_fit_leave_the_short_form_unlinked():
    mentions = person_mentions("副市长李华、李强出席。李市长说，要抓好落实。")
    assert ("李", None) in mentions and ("李", "a|李华") not in mentions


def test_a_short_form_with_no_full_name_makes_no_person():
    ex = run(Article(id="a", source="x.txt", index=0, text="江主席会见了来宾。"), default_stages())
    assert [(m.text, m.ref) for m in ex.mentions if m.label == "Person"] == [("江", None)]
    assert ex.persons == ()


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("王书记", ("王", "书记")),
        ("李老师", ("李", "老师")),
        ("欧阳先生", ("欧阳", "先生")),
        ("王主席", ("王", "主席")),
        # the longest title wins: 总书记, not 书记; 副市长, not 市长
        ("李总书记", ("李", "总书记")),
        ("王副市长", ("王", "副市长")),
        ("陈小姐", ("陈", "小姐")),
        # 王某: a name withheld; the surname still names someone (kg.extract.short_forms.WITHHELD)
        ("王某", ("王", "某")),
        # counter-examples: a full name, a surname alone, no surname
        ("王小明", None),
        ("王", None),
        ("这书记", None),
    ],
)
def test_address(word, split):
    assert _address(word) == split


def test_the_title_of_a_short_form_is_a_role_mention_and_a_form_of_address_is_not():
    ex = run(Article(id="a", source="x.txt", index=0, text="王主任和李先生来了。"), default_stages())
    roles = [m.text for m in ex.mentions if m.label == "Role"]
    assert "主任" in roles and "先生" not in roles
    assert ex.holdings == ()  # a Role mention makes no fact
