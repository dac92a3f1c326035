"""Rules of round 28, each general grammar with examples and counter-examples: towns of one
district that an article names without naming the district. Invented names and organisations;
divisions and townships are real (嘉定区 310114 with 徐行镇, 外冈镇, 江桥镇; 华亭镇 is a town of
three counties; 蒲东街道 and 蒲西街道 are subdistricts of two counties both)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import local_place_parents

DAY = dt.date(2025, 6, 5)


def local_places(text: str) -> dict[str, str | None]:
    return local_place_parents(text, DAY)


# -- towns of one district, the district unnamed ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("本报讯 徐行镇的草编合作社和外冈镇的葡萄园昨天迎来一批游客。", {"徐行镇", "外冈镇"}),
        # a town of three counties counts where another town of its page says which
        ("本报讯 华亭镇的村民和江桥镇的志愿者一起清理河道。", {"华亭镇", "江桥镇"}),
    ],
)
def test_towns_of_one_district_are_placed_there(text: str, towns: set[str]) -> None:
    places = local_places(text)
    assert {name for name, parent in places.items() if parent == "嘉定区"} == towns


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 外冈镇的葡萄园昨天迎来一批游客。",  # one town alone: no evidence of a second
        "本报讯 蒲东街道和蒲西街道的居民一起清理河道。",  # two counties hold both names
    ],
)
def test_towns_that_do_not_single_out_a_district_stay_unplaced(text: str) -> None:
    assert local_places(text) == {}
