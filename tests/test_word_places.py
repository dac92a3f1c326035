"""A division's short form that is a common word is a place where a dateline or a word of going
or being somewhere leads to it (kg.extract.word_places), and not in a blessing or an idiom."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract_page


def _places(text: str) -> set[str]:
    return {p.name for p in extract_page(text).places}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("大同推进转型发展\n　　本报大同5月12日电（记者 王小明）11日，省委书记李华在大同调研。\n", "大同市"),
        ("日照港口建设提速\n　　本报讯（记者 王小明）近日，记者来到日照，看到港口一派繁忙。\n", "日照市"),
        ("北海推进向海经济\n　　本报北海6月1日电　6月1日，自治区党委书记李华在北海调研。\n", "北海市"),
        ("项目落户安康\n　　本报讯　一批新材料项目日前落户安康，总投资20亿元。\n", "安康市"),
    ],
)
def test_a_dateline_or_a_word_of_going_leads_to_the_place(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "长治久安\n　　本报讯　要维护社会长治久安，祝大家安康。\n",
        "新春寄语\n　　本报讯　值此新春佳节，祝广大读者身体安康、阖家太平。\n",
    ],
)
def test_a_blessing_or_an_idiom_is_no_place(text: str) -> None:
    assert not _places(text) & {"长治市", "安康市", "太平区", "太平县"}
