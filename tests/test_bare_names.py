"""Bare two-character "names" that are words of a phrase, names whose surname is a preposition,
and names the tagger cut before their last character. Every name is invented."""

from __future__ import annotations

import pytest

from kg.extract import default_stages
from kg.extract.bare_names import doubtful, has_evidence, verbs_only
from kg.extract.cut_names import completed
from kg.extract.names import NameHit
from kg.model import Article, Extraction, Token
from kg.pipeline import run


def extract(text: str) -> Extraction:
    return run(Article(id="a", source="x.txt", index=0, text=text), default_stages())


def person_names(text: str) -> set[str]:
    return {m.text for m in extract(text).mentions if m.label == "Person"}


def article(*words: tuple[str, str]) -> Extraction:
    """An extraction whose text is the words joined, with the tokens a tagger would give."""
    toks, pos = [], 0
    for word, tag in words:
        toks.append(Token(pos, pos + len(word), word, tag))
        pos += len(word)
    return Extraction(Article("t", "test", 0, "".join(w for w, _ in words)), tokens=tuple(toks))


def span(ex: Extraction, word: str) -> tuple[int, int]:
    start = ex.article.text.index(word)
    return start, start + len(word)


# ------------------------------------------------------------------ evidence of a person


@pytest.mark.parametrize(
    ("text", "name", "marked"),
    [
        ("县长李华主持会议。", "李华", True),  # a title before
        ("李华同志主持会议。", "李华", True),  # a form of address after
        ("张伟、李华出席。", "李华", True),  # an enumeration
        ("李华（女）出席。", "李华", True),  # a gender mark
        ("种植李华等作物。", "李华", True),  # 等 after
        ("该镇坚持聚小胜成大胜。", "小胜", False),
        ("高新区向南发展。", "向南", False),
    ],
)
def test_evidence_of_a_person(text, name, marked):
    start = text.index(name)
    assert has_evidence(text, start, start + len(name), ()) is marked


# ------------------------------------------------------------------ doubtful spans (hand-built tokens)


def test_a_word_of_a_run_of_nouns_is_doubtful():
    ex = article(("坚持", "v"), ("水土", "n"), ("林草", "PER"), ("湖", "n"), ("岸", "n"), ("治理", "vn"))
    assert doubtful(ex, *span(ex, "林草"))


def test_a_name_after_a_noun_of_a_person_is_not_doubtful():
    ex = article(("村民", "n"), ("林海", "PER"), ("家", "n"), ("种", "v"), ("菜", "n"))
    assert not doubtful(ex, *span(ex, "林海"))


def test_a_phrase_word_without_a_surname_is_doubtful():
    ex = article(("坚持", "v"), ("聚", "v"), ("小胜", "PER"), ("成", "v"), ("大胜", "n"))
    assert doubtful(ex, *span(ex, "小胜"))


def test_a_name_without_a_surname_as_a_subject_is_not_doubtful():
    ex = article(("，", "w"), ("丹增", "PER"), ("说", "v"), ("：", "w"))
    assert not doubtful(ex, *span(ex, "丹增"))


def test_a_direction_after_a_place_is_doubtful():
    ex = article(("青禾新区", "LOC"), ("向南", "PER"), ("最", "d"), ("有", "v"), ("活力", "n"))
    assert doubtful(ex, *span(ex, "向南"))


def test_a_name_with_a_preposition_surname_after_a_title_is_not_doubtful():
    ex = article(("县长", "n"), ("向南", "PER"), ("最", "d"), ("先", "d"), ("发言", "v"))
    assert not doubtful(ex, *span(ex, "向南"))


def test_an_ordinary_word_after_a_preposition_glued_to_a_verb_is_doubtful():
    ex = article(("传承", "vn"), ("与", "p"), ("文旅", "PER"), ("融合", "v"), ("发展", "vn"))
    assert doubtful(ex, *span(ex, "文旅"))


@pytest.mark.parametrize(
    "words",
    [
        (("交流", "vn"), ("与", "p"), ("王强", "PER"), ("交流", "v")),  # a name, read alone
        (("交流", "vn"), ("与", "p"), ("李华", "PER"), ("，", "w")),  # nothing glued after it
        (("县长", "n"), ("文旅", "PER"), ("融合", "v")),  # a title before it
    ],
)
def test_a_name_or_a_word_apart_after_a_preposition_is_not_doubtful(words):
    ex = article(*words)
    name = next(w for w, tag in words if tag == "PER")
    assert not doubtful(ex, *span(ex, name))


def test_a_word_the_tagger_reads_alone_as_a_noun_is_doubtful():
    """交流与文旅: nothing glued after it, but 文旅 read alone is one noun, and nothing marks a name."""
    ex = article(("交流", "vn"), ("与", "p"), ("文旅", "PER"), ("，", "w"))
    assert doubtful(ex, *span(ex, "文旅"))


def test_a_word_the_tagger_reads_as_a_noun_elsewhere_is_doubtful():
    ex = article(
        ("种植", "v"), ("桔梗", "n"), ("，", "w"), ("让", "v"), ("桔梗", "PER"), ("变成", "v"), ("产业", "n")
    )
    assert doubtful(ex, 6, 8)


def test_a_name_marked_elsewhere_in_the_article_is_not_doubtful():
    ex = article(
        ("镇长", "n"),
        ("桔梗", "PER"),
        ("，", "w"),
        ("让", "v"),
        ("桔梗", "PER"),
        ("成为", "v"),
        ("模范", "n"),
    )
    assert not doubtful(ex, 6, 8)


def test_three_character_names_are_never_doubtful():
    ex = article(("水土", "n"), ("林草湖", "PER"), ("岸", "n"))
    assert not doubtful(ex, *span(ex, "林草湖"))


# ------------------------------------------------------------------ with the real tagger


def test_words_of_fixed_phrases_are_no_persons():
    text = "该镇坚持聚小胜成大胜，高新区向南最有活力。当地种植桔梗，让桔梗成为富民产业。镇长赵明远主持会议。"
    assert person_names(text) == {"赵明远"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副县长从立华、县长于海明参加会议。", "从立华"),  # 从|立华
        ("他要求县发改局局长和志明牵头梳理问题。", "和志明"),  # 和|志明
        ("镇长向和平介绍了当地的做法。", "向和平"),  # 向和平 read as one preposition
    ],
)
def test_a_surname_that_is_a_function_word_after_a_title(text, name):
    assert name in person_names(text)


def test_a_preposition_after_a_title_is_no_surname():
    assert not any(n.startswith("向") for n in person_names("县长向群众介绍了当地的做法。"))


def test_a_name_cut_before_its_last_character_is_completed_from_the_article():
    text = "校长孟志成作工作部署。孟志成从人才培养等方面作了安排。"
    names = [m.text for m in extract(text).mentions if m.label == "Person"]
    assert names == ["孟志成", "孟志成"]


def test_completed_needs_the_full_name_in_the_article():
    text = "王明成为模范。王明亮出席。"
    hits = [NameHit(0, 2, "王明"), NameHit(7, 10, "王明亮")]
    assert [h.name for h in completed(text, hits)] == ["王明", "王明亮"]
    hits = [NameHit(0, 2, "王明"), NameHit(7, 10, "王明成")]
    assert [h.name for h in completed(text, hits)] == ["王明成", "王明成"]


def test_a_phrase_the_article_repeats_is_doubtful_everywhere():
    ex = article(
        ("水土", "n"),
        ("林草", "PER"),
        ("湖", "n"),
        ("岸", "n"),
        ("，", "w"),
        ("水土", "n"),
        ("林草", "PER"),
        ("湖岸", "n"),
    )
    assert doubtful(ex, 9, 11)  # 湖岸 is two characters: doubtful by the first occurrence
    alone = article(("水土", "n"), ("林草", "PER"), ("湖岸", "n"))
    assert not doubtful(alone, 2, 4)


def test_verbs_after_a_title_are_no_name():
    assert person_names("会上，县委书记强调说，要加快发展。") == set()
    assert "李大成" in person_names("会上，县委书记李大成强调，要加快发展。")  # a name there stays


def test_verbs_only():
    ex = article(("书记", "n"), ("强调", "v"), ("说", "v"))
    assert verbs_only(ex.tokens, 2, 5)
    ex = article(("书记", "n"), ("李", "PER"), ("大成", "v"))
    assert not verbs_only(ex.tokens, 2, 5) and not verbs_only(ex.tokens, 3, 5)  # one word is no phrase
