"""Foreign names by the grammar around them (kg.extract.foreign_names); all names are invented."""

from __future__ import annotations

import pytest

from kg.extract import default_stages
from kg.extract.foreign_names import is_country
from kg.model import Article, Extraction
from kg.pipeline import run


def extract(text: str) -> Extraction:
    return run(Article(id="a", source="x.txt", index=0, text=text), default_stages())


def persons(text: str) -> list[str]:
    return [p.name for p in extract(text).persons]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("当选总统卡莫里斯塔将于下月宣誓就职。", "卡莫里斯塔"),
        ("国防部长沃尔科尼耶夫出席了仪式。", "沃尔科尼耶夫"),
        ("政府总理基罗延尼31日表示，将稳定市场。", "基罗延尼"),  # the tagger glued title and name
        ("记者问，塔扎尔卡耶夫说，这是重要的一步。", "塔扎尔卡耶夫"),
        # the tagger's person, too long for a Chinese name: before a title, a verb, 的
        ("卡莫西尔德罗总统这次来访。", "卡莫西尔德罗"),
        ("美国国务卿安德罗夫斯基、法国外长卡莫西出席。", "安德罗夫斯基"),
        ("帕洛维奇尼科夫14日表示，将继续改革。", "帕洛维奇尼科夫"),
        ("，沃尔津斯卡的观点得到赞同。", "沃尔津斯卡"),
        # the tagger cut the name: a lone character after or before its piece
        ("国家元首阿卡查将军8日清晨逝世。", "阿卡查"),
        ("以色列总理卡塔尼罗胡结束访问。", "卡塔尼罗胡"),
        ("塔尔纳维基耶明确表示，不会让步。", "塔尔纳维基耶"),
        # read as a place, after a title of foreign politics the lexicon does not hold
        ("巴勒斯坦领导人阿尔卡塔14日抵达开罗。", "阿尔卡塔"),
        ("日本外相帕斯塔拉14日表示。", "帕斯塔拉"),
        # 小某某某: the younger of two of a name
        ("年过六旬的小戈麦尔托斯再次登场。", "戈麦尔托斯"),
        ("现在的卡杰塔尼政府，不仅遭到批评。", "卡杰塔尼"),  # 某某某政府: the government of a leader
    ],
)
def test_foreign_name(text, name):
    assert name in persons(text)


def test_a_name_the_tagger_read_as_an_organisation_after_a_title():
    ex = extract("会见斯里兰卡议长卡特罗维克时说，双方友谊深厚。")
    assert [p.name for p in ex.persons] == ["卡特罗维克"]
    labels = {m.label for m in ex.mentions if m.text == "卡特罗维克"}
    assert labels == {"Person"}  # the tagger's organisation is dropped
    assert any(m.text == "斯里兰卡" and m.label == "Place" for m in ex.mentions)


def test_a_name_the_tagger_read_as_a_place_after_a_title():
    ex = extract("巴勒斯坦领导人阿尔卡塔14日抵达开罗。")
    assert {m.label for m in ex.mentions if m.text == "阿尔卡塔"} == {"Person"}
    assert {m.text for m in ex.mentions if m.label == "Place"} == {"巴勒斯坦", "开罗"}


def test_dotted_names_joined_by_a_conjunction_are_two():
    names = persons("守门员塔法洛斯、卡莫斯·热尔托诺和迪亚罗；后卫阿尔代维。")
    assert names == ["塔法洛斯", "卡莫斯·热尔托诺", "迪亚罗", "阿尔代维"]


@pytest.mark.parametrize(
    "text",
    [
        "巴基斯坦总统出席了会议。",  # a country before a title is a place
        "阿里巴巴表示，将加大投入。",  # a company the tagger knows
        "他在会上说，要抓好落实。",  # a pronoun
        "总统特别强调，要加强合作。",  # a word after a title, not a name
        "会议由总经理主持。",
        "美国总统访问卢萨卡。",  # a capital after a title and a verb
        "坦桑尼亚政府表示欢迎。",  # the government of a country
        "马拉维正在吸引更多投资。",  # a country the tagger reads as a person
        "以色列14日表示，将继续谈判。",  # a country as the subject of a speech verb
    ],
)
def test_not_a_foreign_name(text):
    assert persons(text) == []


def test_countries_and_capitals():
    assert is_country("马拉维") and is_country("埃塞") and is_country("卢萨卡")
    assert not is_country("卡莫西")
