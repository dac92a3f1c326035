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
        ("当选总统埃斯特拉达将于下月宣誓就职。", "埃斯特拉达"),
        ("国防部长谢尔盖耶夫出席了仪式。", "谢尔盖耶夫"),
        ("政府总理基里延科31日表示，将稳定市场。", "基里延科"),  # the tagger glued title and name
        ("记者问，纳扎尔巴耶夫说，这是重要的一步。", "纳扎尔巴耶夫"),
        # the tagger's person, too long for a Chinese name: before a title, a verb, 的
        ("卡莫西尔德罗总统此次访问中国。", "卡莫西尔德罗"),
        ("美国国务卿安德罗夫斯基、法国外长卡莫西出席。", "安德罗夫斯基"),
        ("帕洛维奇尼科夫14日表示，将继续改革。", "帕洛维奇尼科夫"),
        ("，布热津斯卡的观点得到支持。", "布热津斯卡"),
        # the tagger cut the name: a lone character after or before its piece
        ("国家元首阿卡查将军8日清晨逝世。", "阿卡查"),
        ("以色列总理内塔尼罗胡结束访问。", "内塔尼罗胡"),
        ("塔尔纳维基耶明确表示，不会让步。", "塔尔纳维基耶"),
        # read as a place, after a title of foreign politics the lexicon does not hold
        ("巴勒斯坦领导人阿拉法塔14日飞抵开罗。", "阿拉法塔"),
        ("日本外相帕斯塔拉14日表示。", "帕斯塔拉"),
        # 小某某某: the younger of two of a name
        ("已是花甲之年的小戈麦尔基斯重出江湖。", "戈麦尔基斯"),
        ("现在的瓦杰帕尼政府，不仅遭到批评。", "瓦杰帕尼"),  # 某某某政府: the government of a leader
    ],
)
def test_foreign_name(text, name):
    assert name in persons(text)


def test_a_name_the_tagger_read_as_an_organisation_after_a_title():
    ex = extract("会见斯里兰卡议长拉特纳维克时表示，中国将一如既往。")
    assert [p.name for p in ex.persons] == ["拉特纳维克"]
    labels = {m.label for m in ex.mentions if m.text == "拉特纳维克"}
    assert labels == {"Person"}  # the tagger's organisation is dropped
    assert any(m.text == "斯里兰卡" and m.label == "Place" for m in ex.mentions)


def test_a_name_the_tagger_read_as_a_place_after_a_title():
    ex = extract("巴勒斯坦领导人阿拉法塔14日飞抵开罗。")
    assert {m.label for m in ex.mentions if m.text == "阿拉法塔"} == {"Person"}
    assert {m.text for m in ex.mentions if m.label == "Place"} == {"巴勒斯坦", "开罗"}


def test_dotted_names_joined_by_a_conjunction_are_two():
    names = persons("守门员塔法雷斯、卡洛斯·热尔马诺和迪亚斯；后卫阿尔代斯。")
    assert names == ["塔法雷斯", "卡洛斯·热尔马诺", "迪亚斯", "阿尔代斯"]


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
        "马拉维已经在吸引越来越多的游客。",  # a country the tagger reads as a person
        "以色列14日表示，将继续谈判。",  # a country as the subject of a speech verb
    ],
)
def test_not_a_foreign_name(text):
    assert persons(text) == []


def test_countries_and_capitals():
    assert is_country("马拉维") and is_country("埃塞") and is_country("卢萨卡")
    assert not is_country("卡莫西")
