"""Rolls of names, eponyms of doctrines, familiar forms and caption glue: the name layer's
grammar for lists of names printed without separators and for names that are not full mentions.

The tokens are hand-built (what a tagger could give), so that each rule is tested on the cut it
repairs; the tagger itself is asked only about the parts (``_asked``). Every name is invented.
"""

from __future__ import annotations

import pytest

from kg.extract import default_stages
from kg.extract.address import familiar
from kg.extract.eponyms import eponyms
from kg.extract.name_runs import find_runs, split_run
from kg.extract.names import find_names
from kg.model import Article, Extraction, Token
from kg.pipeline import run


def tokens_of(*words: tuple[str, str]) -> tuple[Article, tuple[Token, ...]]:
    toks: list[Token] = []
    pos = 0
    for word, tag in words:
        toks.append(Token(pos, pos + len(word), word, tag))
        pos += len(word)
    return Article("t", "test", 0, "".join(w for w, _ in words)), tuple(toks)


def names_in(*words: tuple[str, str]) -> list[str]:
    article, toks = tokens_of(*words)
    return [h.name for h in find_names(Extraction(article, tokens=toks))]


def persons(text: str) -> tuple[list[tuple[str, str | None]], int]:
    """Person mentions (text, ref) of the whole pipeline, and how many persons it made."""
    ex = run(Article(id="a", source="x.txt", index=0, text=text), default_stages())
    return [(m.text, m.ref) for m in ex.mentions if m.label == "Person"], len(ex.persons)


# ------------------------------------------------------------------ rolls of names


def test_a_roll_reads_names_the_tagger_took_for_words() -> None:
    # 于 is a preposition in prose and a surname in a roll: 于建国 is the fourth name
    got = names_in(
        ("名单：", "w"),
        ("王小明", "PER"),
        ("李大伟", "PER"),
        ("张华", "PER"),
        ("于", "p"),
        ("建国", "v"),
        ("赵文华", "PER"),
        ("。", "w"),
    )
    assert got == ["王小明", "李大伟", "张华", "于建国", "赵文华"]


def test_prose_between_names_is_no_roll() -> None:
    # two names only: no roll, and 于 stays a preposition
    got = names_in(("王小明", "PER"), ("李华", "PER"), ("于", "p"), ("会上", "n"), ("发言", "v"), ("。", "w"))
    assert got == ["王小明", "李华"]
    # a roll, but the stretch after it holds a particle that no surname is: not a name
    got = names_in(
        ("王小明", "PER"), ("李大伟", "PER"), ("张华", "PER"), ("的", "u"), ("建议", "n"), ("赵文华", "PER")
    )
    assert "的建议" not in got and "张华" in got


def test_one_character_between_names_of_a_roll_belongs_to_one() -> None:
    # the tagger cut 刘振有 as 刘振|有: in a roll the lone character is part of a name
    got = names_in(
        ("王小明", "PER"), ("李大伟", "PER"), ("刘振", "PER"), ("有", "v"), ("张伟", "PER"), ("。", "w")
    )
    assert got == ["王小明", "李大伟", "刘振有", "张伟"]


def test_a_name_without_a_surname_of_the_lexicon_inside_a_roll() -> None:
    # 达娃 (a Tibetan name) has no surname; the roll around it is still cut
    got = names_in(
        ("王小明", "PER"), ("李大伟", "PER"), ("达娃", "PER"), ("张华", "PER"), ("赵文华", "PER"), ("。", "w")
    )
    assert got == ["王小明", "李大伟", "达娃", "张华", "赵文华"]


def test_names_without_surnames_are_taken_only_in_a_roll() -> None:
    assert split_run("的确如此了") is None  # no surname at all
    # a role word between two names of a byline is no name, and does not join them into a run
    got = names_in(
        ("记者", "n"), ("李华", "PER"), ("通讯员", "n"), ("王小明", "PER"), ("张伟", "PER"), ("）", "w")
    )
    assert got == ["李华", "王小明", "张伟"]
    article, toks = tokens_of(("记者", "n"), ("李华", "PER"), ("通讯员", "n"), ("王小明", "PER"))
    assert find_runs(article.text, toks) == []


# ------------------------------------------------------------------ eponyms of doctrines


def test_the_name_in_a_doctrine_is_a_person_mention_with_no_person() -> None:
    mentions, made = persons("他信奉达尔文主义。")
    assert mentions == [("达尔文", None)] and made == 0


def test_words_before_zhuyi_that_are_no_names() -> None:
    mentions, _ = persons("坚持社会主义道路，弘扬爱国主义精神，反对官僚主义。")
    assert mentions == []


def test_a_doctrine_written_as_two_words() -> None:
    article, toks = tokens_of(("学习", "v"), ("王小明", "nz"), ("理论", "n"), ("，", "w"))
    ex = Extraction(article, tokens=toks)
    assert [(m.text, m.ref) for m in eponyms(ex, [])] == [("王小明", None)]
    article, toks = tokens_of(("学习", "v"), ("科学", "n"), ("理论", "n"), ("，", "w"))
    assert eponyms(Extraction(article, tokens=toks), []) == []


# ------------------------------------------------------------------ familiar forms, caption glue


@pytest.mark.parametrize(
    ("word", "surname"),
    [("小张", "张"), ("老李", "李"), ("小成", None), ("小王子", None), ("张小", None), ("老师", None)],
)
def test_familiar_forms(word: str, surname: str | None) -> None:
    assert familiar(word) == surname


def test_a_familiar_form_is_a_mention_of_the_surname() -> None:
    mentions, made = persons("记者张伟采访了小王。")
    assert ("王", None) in mentions and ("小王", "a|小王") not in mentions and made == 1


def test_a_caption_glued_to_a_name() -> None:
    assert names_in(("记者", "n"), ("李华图", "PER"), ("为", "v"), ("会议", "n"), ("现场", "s")) == ["李华"]
    # a two-character name ending in 图 is left whole
    assert names_in(("记者", "n"), ("王图", "PER"), ("为", "p"), ("大家", "r"), ("讲解", "v")) == ["王图"]
