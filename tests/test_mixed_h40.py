"""Rules of round 29, each general grammar with examples and counter-examples: a pronoun's or a
time's word (那天, 那时, 那里) right after a title is no name, though its first character is a
surname (那). Invented names and organisations."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import person_names

DAY = dt.date(2025, 6, 5)

# -- a word of time or place after a title -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "村党支部书记那天说，今年的收成不错。",
        "村委会主任那时说，路修好了。",
        "合作社理事长那年说，要把茶叶卖出去。",
        "党委书记那里说，好。",
    ],
)
def test_a_word_of_time_after_a_title_is_no_name(text: str) -> None:
    assert person_names(text, DAY) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("人大代表那振宇说，好。", "那振宇"),
        ("副主席那日苏说，要抓好落实。", "那日苏"),
        ("村党支部书记那天说，合作社理事长那桂琴说，好。", "那桂琴"),
    ],
)
def test_a_surname_na_after_a_title_still_opens_a_name(text: str, name: str) -> None:
    assert name in person_names(text, DAY)
