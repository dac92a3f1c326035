"""Where a two-character PER token's name ends (kg.extract.name_ends): examples and counter-examples."""

from __future__ import annotations

import pytest

from kg.extract.name_ends import name_end
from kg.model import Token


def tokens(*words: tuple[str, str]) -> tuple[str, tuple[Token, ...]]:
    """The text and the tokens of ``words`` (word, tag) written one after another."""
    out, pos = [], 0
    for word, tag in words:
        out.append(Token(pos, pos + len(word), word, tag))
        pos += len(word)
    return "".join(w for w, _ in words), tuple(out)


@pytest.mark.parametrize(
    ("words", "end"),
    [
        # a speaker's line: the lone character before the colon is the name's last one
        ((("李华", "PER"), ("开", "v"), ("：", "w"), ("我们", "r")), 3),
        ((("王小", "PER"), ("森", "n"), ("：", "w"), ("谢谢", "v")), 3),
        # counter-examples: a verb of saying, a function word, an adverb, no surname
        ((("王明", "PER"), ("问", "v"), ("：", "w"), ("你好", "v")), 2),
        ((("王明", "PER"), ("答", "v"), ("：", "w"), ("好的", "a")), 2),
        ((("王明", "PER"), ("等", "u"), ("：", "w")), 2),
        ((("王明", "PER"), ("又", "d"), ("：", "w")), 2),
        ((("青禾", "PER"), ("开", "v"), ("：", "w")), 2),
        # a preposition before its object, a noun before a noun: the phrase after the name
        ((("李华", "PER"), ("因", "p"), ("病", "n"), ("缺席", "v")), 2),
        ((("李华", "PER"), ("因", "p"), ("伤", "v"), ("缺阵", "v")), 2),
        ((("王明", "PER"), ("草", "n"), ("书", "n"), ("一幅", "m")), 2),
    ],
)
def test_name_end(words: tuple[tuple[str, str], ...], end: int) -> None:
    text, toks = tokens(*words)
    assert name_end(text, toks, 0) == end


def test_name_end_keeps_longer_tokens() -> None:
    """A three-character PER token, or a word of two characters after the name, is left as it is."""
    text, toks = tokens(("王小明", "PER"), ("开", "v"), ("：", "w"))
    assert name_end(text, toks, 0) == 3
    text, toks = tokens(("李华", "PER"), ("表示", "v"), ("：", "w"))
    assert name_end(text, toks, 0) == 2
