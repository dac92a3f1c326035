"""Foreign names by the grammar around them: after a title word, or before a speech verb."""

from __future__ import annotations

import pytest

from kg.extract import default_stages
from kg.model import Article
from kg.pipeline import run


def persons(text: str) -> list[str]:
    ex = run(Article(id="a", source="x.txt", index=0, text=text), default_stages())
    return [p.name for p in ex.persons]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("当选总统埃斯特拉达将于下月宣誓就职。", "埃斯特拉达"),
        ("国防部长谢尔盖耶夫出席了仪式。", "谢尔盖耶夫"),
        ("政府总理基里延科31日表示，将稳定市场。", "基里延科"),  # the tagger glued title and name
        ("记者问，纳扎尔巴耶夫说，这是重要的一步。", "纳扎尔巴耶夫"),
    ],
)
def test_foreign_name(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "巴基斯坦总统出席了会议。",  # a country before a title is a place
        "阿里巴巴表示，将加大投入。",  # a company the tagger knows
        "他在会上说，要抓好落实。",  # a pronoun
        "总统特别强调，要加强合作。",  # a word after a title, not a name
        "会议由总经理主持。",
    ],
)
def test_not_a_foreign_name(text):
    assert persons(text) == []
