"""Person names: the tagger's PER spans, and the grammar that repairs and rejects them.

Most cases hand-build the tagger's tokens, so that each rule is tested on the cut it repairs
whatever the statistical model does; a few run the real tagger. Every name is invented.
"""

from __future__ import annotations

import pytest

from kg.extract.name_runs import find_runs, looks_foreign, split_run
from kg.extract.names import NameHit, find_names, looks_like_name, reads_as_verb
from kg.extract.places import places_stage
from kg.extract.tagger import tokens_stage
from kg.model import Article, Extraction, Token
from kg.pipeline import run


def tokens_of(*words: tuple[str, str]) -> tuple[Article, tuple[Token, ...]]:
    """An article whose text is the words joined, and the tokens a tagger would give."""
    toks: list[Token] = []
    pos = 0
    for word, tag in words:
        toks.append(Token(pos, pos + len(word), word, tag))
        pos += len(word)
    text = "".join(w for w, _ in words)
    return Article("t", "test", 0, text), tuple(toks)


def names_in(*words: tuple[str, str]) -> list[str]:
    article, toks = tokens_of(*words)
    return [h.name for h in find_names(Extraction(article, tokens=toks))]


def tagged(text: str) -> list[NameHit]:
    """Names found with the real tagger and the places stage."""
    return find_names(run(Article("t", "test", 0, text), [tokens_stage, places_stage]))


# ------------------------------------------------------------------ PER spans


def test_per_span_is_a_name_with_its_offsets() -> None:
    hits = tagged("王小明出席会议。")
    assert [(h.name, h.start, h.end, h.gender) for h in hits] == [("王小明", 0, 3, None)]


def test_gender_mark_after_the_name() -> None:
    (hit,) = tagged("李小红（女）出席会议。")
    assert (hit.name, hit.gender, hit.end, hit.end_with_mark) == ("李小红", "女", 3, 6)


def test_a_list_of_names() -> None:
    assert [h.name for h in tagged("张伟、李小红、刘洋出席会议。")] == ["张伟", "李小红", "刘洋"]


# ------------------------------------------------------------------ dot names


def test_dot_name_cut_by_the_tagger_is_rejoined() -> None:
    got = names_in(("艾力", "PER"), ("·", "w"), ("库尔", "PER"), ("班江", "n"), ("出席", "v"), ("。", "w"))
    assert got == ["艾力·库尔班江"]


def test_dot_name_stops_before_the_verb_after_it() -> None:
    # the tagger's cut of an invented name; before the fix the name ran on over 参加活动
    got = names_in(
        ("买提", "PER"),
        ("·阿不", "w"),
        ("都", "d"),
        ("热西", "PER"),
        ("参加", "v"),
        ("活动", "n"),
        ("。", "w"),
    )
    assert got == ["买提·阿不都热西"]


def test_dot_name_from_the_tagger() -> None:
    assert [h.name for h in tagged("艾山·吐尔洪出席会议。")] == ["艾山·吐尔洪"]


def test_dot_names_shape() -> None:
    assert looks_like_name("艾力·库尔班")
    assert not looks_like_name("艾力·")
    assert not looks_like_name("·库尔班")
    assert not looks_like_name("艾力·库尔班·阿不都热合曼·买买提")  # longer than any name


# ------------------------------------------------------------------ enumeration items


def test_enumeration_item_extended_to_the_separator() -> None:
    # the tagger stops one character short (万鄂|湘、): the item between 、 is the whole name
    got = names_in(
        ("王小明", "PER"),
        ("、", "w"),
        ("万小", "PER"),
        ("湘", "n"),
        ("、", "w"),
        ("李华", "PER"),
        ("。", "w"),
    )
    assert got == ["王小明", "万小湘", "李华"]


def test_enumeration_item_not_extended_over_a_verb() -> None:
    got = names_in(("王小明", "PER"), ("、", "w"), ("李华", "PER"), ("到会", "v"), ("。", "w"))
    assert got == ["王小明", "李华"]


def test_no_extension_outside_an_enumeration() -> None:
    got = names_in(("会上", "n"), ("，", "w"), ("王明", "PER"), ("小红", "n"), ("。", "w"))
    assert got == ["王明"]


# ------------------------------------------------------------------ names repaired after a title


def test_name_after_a_title_repaired_where_the_tagger_is_silent() -> None:
    got = names_in(("某某", "r"), ("公司", "n"), ("钳工", "n"), ("吕", "n"), ("冬生", "n"), ("，", "w"))
    assert got == ["吕冬生"]


@pytest.mark.parametrize(
    "words",
    [
        # one ordinary word after the title
        (("公司", "n"), ("钳工", "n"), ("强调", "v"), ("，", "w")),
        # no surname
        (("公司", "n"), ("钳工", "n"), ("冬", "n"), ("生", "n"), ("，", "w")),
        # not followed by a delimiter
        (("公司", "n"), ("钳工", "n"), ("吕", "n"), ("冬生", "n"), ("工作", "v")),
        # no title before it
        (("公司", "n"), ("里", "f"), ("吕", "n"), ("冬生", "n"), ("，", "w")),
    ],
)
def test_no_repair(words: tuple[tuple[str, str], ...]) -> None:
    assert names_in(*words) == []


# ------------------------------------------------------------------ names rejected


def test_reduplicated_word_is_not_a_name() -> None:
    assert not looks_like_name("山山水水")
    assert names_in(("山山水水", "PER"), ("都", "d"), ("美", "a"), ("。", "w")) == []


def test_verb_reading_is_not_a_name() -> None:
    assert reads_as_verb("强调") and not reads_as_verb("王小明")
    assert (
        names_in(("会上", "n"), ("强调", "PER"), ("，", "w"), ("要", "v"), ("学习", "v"), ("。", "w")) == []
    )


def test_a_full_name_after_a_title_is_a_name_though_alone_it_reads_as_a_verb() -> None:
    # 包 (a surname, and the verb "to wrap"): the tagger alone reads 包国富 as one verb
    assert reads_as_verb("包国富")
    said = (("，", "w"), ("今年", "TIME"), ("形势", "n"), ("严峻", "a"), ("。", "w"))
    assert names_in(("总经理", "n"), ("包国富", "PER"), ("坦言", "v"), *said) == ["包国富"]
    assert names_in(("县委", "n"), ("书记", "n"), ("包国富", "PER"), ("介绍", "v"), *said) == ["包国富"]
    # no title right before it: the verb reading stands
    assert names_in(("大家", "r"), ("包国富", "PER"), ("坦言", "v"), *said) == []
    assert names_in(("总经理", "n"), ("都", "d"), ("包国富", "PER"), ("坦言", "v"), *said) == []


def test_name_inside_a_quoted_nickname_is_not_a_name() -> None:
    assert names_in(("“", "w"), ("拾荒", "PER"), ("老师", "n"), ("”", "w"), ("。", "w")) == []
    assert tagged("她被大家称为“拾荒老师”，坚持多年。") == []


def test_a_whole_quoted_name_is_kept() -> None:
    assert names_in(("“", "w"), ("王小明", "PER"), ("”", "w"), ("。", "w")) == ["王小明"]


def test_name_in_quoted_speech() -> None:
    assert [h.name for h in tagged("他说：“王小明同志是好干部。”")] == ["王小明"]
    assert [h.name for h in tagged("他说：“王小明同志为这座城市做出了很大的贡献”")] == ["王小明"]


def test_doctrine_is_not_a_name() -> None:
    assert names_in(("学习", "v"), ("卡莫西", "PER"), ("主义", "n"), ("。", "w")) == []
    assert names_in(("卡莫西", "PER"), ("说", "v"), ("。", "w")) == ["卡莫西"]


def test_place_is_not_a_name() -> None:
    assert names_in(("太原", "PER"), ("的", "u"), ("发展", "vn"), ("。", "w")) == []
    # a name that runs into a place suffix is a place: 晋中|市
    assert names_in(("晋中", "PER"), ("市", "n"), ("发展", "vn"), ("。", "w")) == []


def test_name_shape_limits() -> None:
    assert looks_like_name("李华") and looks_like_name("欧阳小红")
    assert not looks_like_name("李") and not looks_like_name("欧阳小红红")
    assert not looks_like_name("Li Hua")


# ------------------------------------------------------------------ runs of names without separators


def test_run_of_names_is_cut_at_surnames() -> None:
    # a roll printed without its spaces; the tagger's PER spans straddle the names
    got = names_in(("王小明李", "PER"), ("华张大伟", "PER"), ("。", "w"))
    assert got == ["王小明", "李华", "张大伟"]


def test_run_cut_at_a_note_after_a_name() -> None:
    got = names_in(
        ("刘建国陈", "PER"),
        ("志强", "PER"),
        ("（", "w"),
        ("女", "a"),
        ("）", "w"),
        ("赵文华", "PER"),
        ("。", "w"),
    )
    assert got == ["刘建国", "陈志强", "赵文华"]
    article, toks = tokens_of(("刘建国陈", "PER"), ("志强", "PER"), ("（女）", "w"), ("赵文华", "PER"))
    genders = {h.name: h.gender for h in find_names(Extraction(article, tokens=toks))}
    assert genders == {"刘建国": None, "陈志强": "女", "赵文华": None}


def test_run_names_pass_the_name_checks() -> None:
    # two PER spans touching, the first a verb the tagger took for a name: 任命|李华为…
    assert names_in(("任命", "PER"), ("李华", "PER"), ("为", "v"), ("主任", "n"), ("。", "w")) == ["李华"]


def test_one_foreign_name_is_not_a_run() -> None:
    # five or more characters in one PER span, but written in transliteration characters
    assert looks_foreign("阿卡巴拉莫夫") and not looks_foreign("王小明李华")
    # not cut into Chinese names; taken whole as the subject of a speech verb (kg.extract.foreign_names)
    assert names_in(("阿卡巴拉莫夫", "PER"), ("说", "v"), ("。", "w")) == ["阿卡巴拉莫夫"]
    assert find_runs("阿卡巴拉莫夫说。", (Token(0, 6, "阿卡巴拉莫夫", "PER"),)) == []


def test_split_run_needs_every_part_to_be_a_name() -> None:
    assert split_run("王小明李华") == [(0, 3), (3, 5)]
    assert split_run("的确如此了") is None  # no surname, no name


# ------------------------------------------------------------------ a name cut one character short


def test_third_character_joined_when_the_tagger_reads_one_name() -> None:
    assert names_in(("王小", "PER"), ("刚", "d"), ("出席", "v"), ("会议", "n"), ("。", "w")) == ["王小刚"]


def test_third_character_not_a_function_word() -> None:
    assert names_in(("李华", "PER"), ("在", "p"), ("会上", "n"), ("发言", "v"), ("。", "w")) == ["李华"]
    assert names_in(("李华", "PER"), ("和", "c"), ("张大伟", "PER"), ("。", "w")) == ["李华", "张大伟"]
    # a one-character verb before its object: 赵小丽|作|工作报告
    assert names_in(("李华", "PER"), ("作", "v"), ("工作报告", "n"), ("。", "w")) == ["李华"]
    # 时 after a name is "when" (某某时表示), though the tagger reads 王小时 as one name
    assert names_in(("王小", "PER"), ("时", "n"), ("表示", "v"), ("。", "w")) == ["王小"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们要知党恩，永远跟党走。", []),  # 党 is the Party in this genre
        ("党员干部要对党忠诚。", []),
        ("引导党员学党史，颂党恩。", []),
        ("副县长党小明出席会议。", ["党小明"]),  # a title before it: the surname 党
    ],
)
def test_the_party_is_not_a_surname_unless_titled(text, expected):
    from kg.extract import default_stages
    from kg.model import Article
    from kg.pipeline import run

    ex = run(Article(id="a", source="x.txt", index=0, text=text), default_stages())
    assert [p.name for p in ex.persons] == expected


def test_deng_after_a_repaired_name_is_and_others_not_its_last_character() -> None:
    from kg.extract import default_stages
    from kg.model import Article
    from kg.pipeline import run

    for text in ("文化厅厅长白玛等出席。", "局长王华等出席会议。"):
        ex = run(Article(id="a", source="x.txt", index=0, text=text), default_stages())
        assert all(not p.name.endswith("等") for p in ex.persons), text


@pytest.mark.parametrize(
    ("name", "first"), [("赖文涛", True), ("萧雅琴", True), ("宓建国", True), ("洪水来", False)]
)
def test_surnames_of_the_lexicon_and_the_flood_that_is_none(name: str, first: bool) -> None:
    from kg.extract.names import surname_first

    assert surname_first(name) is first
