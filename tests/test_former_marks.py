"""原 before an organisation that the tagger read as one word with it (原|某某集团 as 原某某集团):
the post was held before; a place whose name opens with 原 (原平市, 原阳县, 原州区) is no mark,
and the longer division after the mark wins (原|阳曲县委, not 原阳 + 曲县委)."""

from __future__ import annotations

import pytest
from extraction_support import extract

from kg.extract.divisions import division_prefix


def posts(text: str) -> list[tuple[str, str, bool]]:
    ex = extract(text)
    by_key = {p.key: p for p in ex.posts}
    return [(ex.person(h.person).name, by_key[h.post].label, h.former) for h in ex.holdings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("原青禾集团董事长王小明出席。", [("王小明", "青禾集团董事长", True)]),
        (
            "原阳曲县委副书记、现任县长孙明明讲话。",
            [("孙明明", "阳曲县委副书记", True), ("孙明明", "阳曲县人民政府县长", False)],
        ),
    ],
)
def test_yuan_before_an_organisation_read_as_one_word(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert posts(text) == expected


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("原平市市长王小明出席。", "原平市人民政府市长"),
        ("原阳县县长王小明出席。", "原阳县人民政府县长"),
        ("原州区区长王小明出席。", "原州区人民政府区长"),
    ],
)
def test_a_place_that_opens_with_yuan_is_no_mark(text: str, post: str) -> None:
    assert posts(text) == [("王小明", post, False)]


def test_division_prefix_is_the_longest_division_a_text_opens_with() -> None:
    assert division_prefix("原平市市长") == 3
    assert division_prefix("阳曲县委副书记") == 3
    assert division_prefix("青禾集团") == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a post of another organisation after the marked one is held now
            "青禾县财政局原局长、青禾县商会会长王小明出席。",
            [("王小明", "青禾县商会会长", False), ("王小明", "青禾县财政局局长", True)],
        ),
        (  # a bare title after the marked one is of its organisation, held before too
            "青禾县财政局原局长、党组书记王小明出席。",
            [("王小明", "青禾县财政局局长", True), ("王小明", "青禾县财政局党组书记", True)],
        ),
    ],
)
def test_yuan_covers_the_titles_of_its_organisation_only(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the discipline bulletin's pair: the district's commission and its supervisory one
            "原新城区纪委书记、区监委主任王小明严重违纪违法被开除党籍。",
            [("王小明", "新城区纪委书记", True), ("王小明", "新城区监委主任", True)],
        ),
        (
            "原阜城县委副书记、县政协主席李大海接受审查调查。",
            [("李大海", "阜城县委副书记", True), ("李大海", "阜城县政协主席", True)],
        ),
        (  # the mark after the organisation: the other body's post is held now (as above)
            "阜城县财政局原局长、县商会会长王小明出席。",
            [("王小明", "阜城县商会会长", False), ("王小明", "阜城县财政局局长", True)],
        ),
        (  # an organisation with its own name after the mark that opened the chain: held now
            "原阜城县财政局局长、青禾集团董事长王小明出席。",
            [("王小明", "青禾集团董事长", False), ("王小明", "阜城县财政局局长", True)],
        ),
        (  # a mark of now after it
            "原阜城县委副书记、现任县长孙明明讲话。",
            [("孙明明", "阜城县委副书记", True), ("孙明明", "阜城县人民政府县长", False)],
        ),
    ],
)
def test_yuan_opening_a_chain_covers_an_organ_named_by_a_bare_level_after_it(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert sorted(posts(text)) == sorted(expected)
