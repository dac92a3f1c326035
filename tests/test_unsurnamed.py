"""Names without a Chinese surname right after a title (kg.extract.unsurnamed); all names are invented."""

from __future__ import annotations

import pytest

from kg.extract import default_stages
from kg.extract.unsurnamed import STOPS, japanese, prefectures
from kg.model import Article, Extraction
from kg.pipeline import run


def extract(text: str) -> Extraction:
    return run(Article(id="a", source="x.txt", index=0, text=text), default_stages())


def persons(text: str) -> list[str]:
    return [p.name for p in extract(text).persons]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the tagger reads the stretch alone as a person, though here as a verb (达久)
        ("出版社社长达久在会上说。", "达久"),
        # four characters, read alone as a person: the tagger's piece (木原) grows to the name
        ("秋田县知事木原俊民表示，将加强交流。", "木原俊民"),
        ("省长木原俊民表示，将加强交流。", "木原俊民"),
        # the tagger's person lacks one lone character before the stop (索朗旺|堆在)
        ("研究所所长索朗旺堆在会上发言。", "索朗旺堆"),
        ("日本外相小川惠三也强调立场没有变化。", "小川惠三"),
        # a Japanese context: the tagger reads a person in the pieces (森川|一成)
        ("日本著名作家森川一成先生近日来华访问。", "森川一成"),
        # a prefecture before the title; the tagger cut the name in three (木|原|俊民)
        ("爱知县知事木原俊民等出席了仪式。", "木原俊民"),
    ],
)
def test_name_after_a_title(text: str, name: str) -> None:
    assert persons(text) == [name]  # the tagger's pieces are dropped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no Japanese context: four characters the tagger does not read as one name stay cut
        ("该国著名作家森川一成先生近日来华访问。", ["森川"]),
        # a stop must follow the lone character; punctuation does not do (but two elements of a
        # Tibetan name after a title are one name however cut: kg.extract.tibetan_names)
        ("研究所所长索朗旺堆，在会上发言。", ["索朗旺堆"]),
        # a common noun or a title after the title
        ("大会主席团成员出席。", []),
        ("所长助理在会上说。", []),
        ("社长办公会决定。", []),
        ("县长会议在京召开。", []),
        # one verb in its sentence (an idiom), whatever the tagger reads it as alone
        ("双方领导人高瞻远瞩，推动合作。", []),
        # a date, an adverb or a stop right after the title: no name
        ("省长今天在会上说。", []),
        ("日本外相也表示。", []),
        # a lone character that is no part of a name (外), a photo credit (摄)
        ("除了后卫王小梅外，其他队员都很年轻。", ["王小梅"]),
        ("（新华社记者王小明摄）", ["王小明"]),
        # a surname and a form of address
        ("店的负责人王先生告诉记者，生意不错。", []),
        # a title that goes on (理事|长) is no title before a name
        ("日本某协会理事长高野由梨说：", ["高野由梨"]),
    ],
)
def test_counter_examples(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "title_start", "expected"),
    [
        ("日本外相", 2, True),
        ("日方首席代表", 2, True),
        ("兵库县知事", 3, True),
        ("东京都知事", 3, True),
        ("法国外长", 2, False),
        ("湖北省省长", 3, False),
        ("日本代表团到达，团长", 9, False),  # 日本 is in another clause
    ],
)
def test_japanese_context(text: str, title_start: int, expected: bool) -> None:
    assert japanese(text, title_start) is expected


def test_prefectures_lexicon() -> None:
    found = prefectures()
    assert len(found) == 47
    assert {"北海道", "东京", "大阪", "冲绳", "和歌山"} <= found
    assert not any(p.endswith(("县", "府")) for p in found)


def test_stops_are_words_that_end_a_name() -> None:
    assert {"说", "表示", "在", "等", "先生"} <= set(STOPS)
    assert not any(s in STOPS for s in ("一", "由", "夫"))  # characters of names
