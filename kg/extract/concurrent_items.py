"""Chain items joined by 兼, and chain items whose title the lexicon does not know.

- ``某区区长兼某省省长``: two titles joined by 兼, each with its own organisation, are two chain
  items; so are ``董事长兼总经理`` (two posts: the bare title after 兼 takes the organisation of
  the one before it, as after 、); ``某局副局长兼办公室主任`` (a department of the same
  organisation) stays one, as the lexicon reads it whole.
- ``某部副部长兼某某谈判副代表``: after 兼, words that are no organisation before a title of the
  lexicon. The lexicon reads no whole title there (it would take ``某部副部长兼某某谈判`` for an
  organisation), so the item is cut at 兼: the title before it is read, and the title after it
  alone (``副代表``) takes the chain's organisation. Where no title of the lexicon ends the words
  after 兼 (``总经理兼首席数字官``), they are left out and the title before 兼 is still read.
- An item of a chain (between 、) that the lexicon cannot read does not stop the walk to the
  items before it (:func:`unknown_item`): it is read as the lexicon title it ends with, if any,
  and passed over otherwise; once in a chain, and only where a readable item stands before it.
"""

from __future__ import annotations

from kg.extract.chain_orgs import org_starts
from kg.extract.former_starts import names_division_back
from kg.extract.joined_titles import CONCURRENT, bare_national, tokens_near
from kg.extract.titles import TitleSplit, is_han, lexicon, split_title
from kg.model import Extraction

#: The longest unknown item a chain walk passes over.
LONGEST_UNKNOWN = 10


def _bounds(ex: Extraction, s: int, e: int) -> frozenset[int]:
    near = tokens_near(ex.tokens, s, e)
    return frozenset(t.end - s for t in near if s < t.end <= e) | {
        t.start - s for t in near if s <= t.start < e
    }


def split_concurrent(ex: Extraction, s: int, e: int) -> list[tuple[int, int]]:
    """The chain item ``text[s:e]`` as one or two items, cut at 兼 (see the module's docstring)."""
    seg = ex.article.text[s:e]
    j = seg.find(CONCURRENT, 2)
    if j < 0 or j == len(seg) - 1:
        return [(s, e)]
    left = split_title(seg[:j], org_start_ok=org_starts(ex, s))
    # 国务委员兼外交部长; 副县长兼县公安局局长 (an organ named by a bare level, glued by the tagger)
    if org_starts(ex, s + j + 1) or bare_national(seg[:j]) or _bare_level_organ(seg[j + 1 :]):
        right = split_title(seg[j + 1 :], org_start_ok=True)
        if right is None or not (right.org or right.role in lexicon().national) or left is None:
            return [(s, e)]
        return [(s, s + j), (s + j + 1, e)]
    if left is not None and not left.org:  # 副总经理兼总工程师: two bare titles, two posts
        right = split_title(seg[j + 1 :])
        if (
            right is not None
            and not right.org
            and CONCURRENT not in right.role
            and CONCURRENT not in left.role
        ):
            return [(s, s + j), (s + j + 1, e)]
        return [(s, e)]
    if left is None:
        return [(s, e)]
    whole = split_title(seg, boundaries=_bounds(ex, s, e), org_start_ok=org_starts(ex, s))
    if whole is not None and CONCURRENT not in whole.org:
        right = split_title(seg[j + 1 :])
        if right is not None and not right.org and CONCURRENT not in right.role:
            return [(s, s + j), (s + j + 1, e)]  # 董事长兼总经理: two posts of one organisation
        return [(s, e)]  # 副局长兼办公室主任: one title (the department's head, of the same organisation)
    tail = title_tail(seg[j + 1 :])
    if tail is None:
        return [(s, s + j)] if len(seg) - j - 1 <= LONGEST_UNKNOWN else [(s, e)]
    right = split_title(seg[j + 1 :])
    if right is not None and right.org and right.rank == 1:
        return [(s, s + j), (s + j + 1, e)]  # its own organisation: 兼某某促进办副主任
    return [(s, s + j), (s + j + 1 + tail[0], e)]


def title_tail(seg: str) -> tuple[int, TitleSplit] | None:
    """The longest title of the lexicon (no productive one) that ends ``seg`` after words of
    ``seg`` before it, as (its offset, its bare split); None if there is none."""
    lex = lexicon()
    for i in range(1, len(seg) - 1):
        if lex.title_kind(seg[i:]) == 0:
            split = split_title(seg[i:])
            if split is not None and not split.org:
                return i, split
    return None


def unknown_item(seg: str) -> tuple[int, TitleSplit | None] | None:
    """An item of a chain that the lexicon cannot read but a chain walk may pass (short, of Han
    characters only): (offset, split) of the title it ends with, (0, None) when it ends with none;
    None when the walk must stop there."""
    if not (2 <= len(seg) <= LONGEST_UNKNOWN) or not is_han(seg):
        return None
    return title_tail(seg) or (0, None)


def _bare_level_organ(seg: str) -> bool:
    """Does ``seg`` read as a title of an organ that a bare level names (县公安局局长)?"""
    split = split_title(seg, org_start_ok=True) if names_division_back(seg) else None
    return split is not None and bool(split.org) and names_division_back(split.org)
