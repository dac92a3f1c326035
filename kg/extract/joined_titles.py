"""Two titles of one chain joined by a conjunction, not by 、 (``省领导和大会主席团成员甲、乙``).

A chain item is split at 和 or 及 that the tagger reads as a conjunction when what stands before
it ends in a title and what follows is a title again: ``省领导|和|大会主席团成员`` holds two
posts. A conjunction inside an organisation's name stays (``文化和旅游局局长``: 文化 is no
title), as does one before a name (``市长和王小明``: the chain ends there, in
:func:`kg.extract.chains.chain_start`). The conjunction is then no surname either: ``和大会`` is
no person (:func:`opens_title`).

A foreign post written with 兼 (``某国副总理兼外交部长``) is split too, where the second title
has no organisation of its own that the tagger marks: both are the country's
(:mod:`kg.extract.foreign_posts`).
"""

from __future__ import annotations

import bisect

from kg.extract.foreign_posts import country_prefix
from kg.extract.titles import lexicon, split_title
from kg.model import Extraction, Token

#: Conjunctions that join two titles of one person.
JOINERS = "和及"
#: What joins a second post to a first.
CONCURRENT = "兼"


def _conjunction(tokens: tuple[Token, ...], offset: int) -> bool:
    return any(
        t.start == offset and t.end == offset + 1 and t.tag == "c"
        for t in tokens_near(tokens, offset, offset + 1)
    )


def tokens_near(tokens: tuple[Token, ...], s: int, e: int) -> tuple[Token, ...]:
    """The tokens that overlap ``s..e`` (and a neighbour or two), found by bisection: the tokens
    of an article are in text order and do not overlap."""
    starts = _starts(tokens)
    return tokens[max(0, bisect.bisect_right(starts, s) - 1) : bisect.bisect_left(starts, e) + 1]


def _starts(tokens: tuple[Token, ...]) -> list[int]:
    global _STARTS
    cached = _STARTS  # one article at a time: the last one's starts are kept (one tuple: thread-safe)
    if cached[0] is not tokens:
        cached = _STARTS = (tokens, [t.start for t in tokens])
    return cached[1]


_STARTS: tuple[tuple[Token, ...], list[int]] = ((), [])


def _titled(ex: Extraction, s: int, e: int, org_start_ok: bool = False) -> bool:
    """Does ``text[s:e]`` read as an organisation and a title (or a title alone)?"""
    near = tokens_near(ex.tokens, s, e)
    bounds = frozenset(t.end - s for t in near if s < t.end <= e) | {
        t.start - s for t in near if s <= t.start < e
    }
    split = split_title(ex.article.text[s:e], boundaries=bounds, org_start_ok=org_start_ok)
    return s < e and split is not None


def split_joined(ex: Extraction, s: int, e: int) -> list[tuple[int, int]]:
    """The chain item ``text[s:e]`` as one or more items: split at 和/及 between two titles and
    at 兼 between two posts of a foreign country."""
    text = ex.article.text
    for j in range(s + 2, e - 1):
        ch = text[j]
        joined = ch in JOINERS and _conjunction(ex.tokens, j)
        foreign = ch == CONCURRENT and country_prefix(text[s:j]) is not None
        if (joined or foreign) and _titled(ex, s, j, foreign) and _titled(ex, j + 1, e):
            return [(s, j), *split_joined(ex, j + 1, e)]
    return [(s, e)]


def opens_title(ex: Extraction, pos: int) -> bool:
    """Is the character at ``pos`` a conjunction (和, 及) between a title before it and a title
    after it (``省领导和大会主席团成员``), not the surname of a name (``局长和小平``)?"""
    text = ex.article.text
    if text[pos : pos + 1] not in JOINERS or not _conjunction(ex.tokens, pos):
        return False
    near = tokens_near(ex.tokens, pos + 1, pos + 16)
    after = next((t for t in near if t.start == pos + 1), None)
    if after is None or after.tag == "PER":
        return False
    ends = sorted(t.end for t in near if pos + 1 < t.end <= pos + 16)
    return any(
        _titled(ex, pos + 1, end) for end in ends if "、" not in text[pos:end] and "，" not in text[pos:end]
    )


def bare_national(text: str) -> bool:
    """Is ``text`` a national title alone, with no organisation written (``国务委员``: the
    organ it implies is its own, so a post with its own organisation may follow 兼)?"""
    split = split_title(text)
    return split is not None and not split.org and split.role in lexicon().national


def concurrent_after(ex: Extraction, tok: Token) -> bool:
    """Is ``tok`` the 兼 joining a title before it to a national post after it
    (``国务委员|兼|国务院秘书长``: one chain), not a verb that opens the clause (``报请|国家主席``)?"""
    if ex.article.text[tok.start : tok.end] != CONCURRENT:
        return False
    lex = lexicon()
    near = tokens_near(ex.tokens, tok.start - 1, tok.start)
    return any(t.end == tok.start and lex.is_title(ex.article.text[t.start : t.end]) for t in near)
