"""Enterprises named in an enumeration that the text calls enterprises: ``甲、乙、丙等企业``.

Short names of companies (a brand, a short form) carry no suffix that :func:`kg.extract.orgs.parse_org`
can read. When the tagger reads each item of an enumeration as an organisation and the
enumeration closes with 等 and a word for enterprises (``等企业``, ``等3家公司``, ``等龙头企业``,
``等车企``), each item is a company. Items of an enumeration of industries (``钢铁、化工等企业``)
are no organisations for the tagger, and 企业家 (entrepreneurs) names people: neither gives one.
A place the tagger's organisation holds (宁德 in 宁德某某) is then part of the company's name.
"""

from __future__ import annotations

from dataclasses import replace

from kg import rx
from kg.model import Extraction, Token

#: What closes an enumeration of enterprises: 等, a count, a few words of modifier, an enterprise word.
CLOSING = rx.compile(
    r"等(?:[\d一二三四五六七八九十百几多]+[家个])?[\u4e00-\u9fff]{0,6}?"
    r"(?:企业|公司|集团|车企|药企|房企|央企|国企|民企|厂商)(?!家|主)"
)
#: Marks between the items of an enumeration.
SEPARATORS = ("、", "和", "及", "与")


def enterprise_items(text: str, tokens: tuple[Token, ...]) -> set[int]:
    """Indices into ``tokens`` of the ORG tokens that are items of an enumeration of enterprises."""
    out: set[int] = set()
    for i, token in enumerate(tokens):
        if token.tag != "ORG" or not CLOSING.match(text, token.end):
            continue
        items = [i]
        j = i - 1
        while j >= 1 and tokens[j].text in SEPARATORS and tokens[j - 1].tag == "ORG":
            items.append(j - 1)
            j -= 2
        out.update(items)
    return out


def release_places(ex: Extraction, spans: list[tuple[int, int]]) -> Extraction:
    """``ex`` without the place mentions inside ``spans`` (宁德 in a company 宁德某某), nor the places
    (and their ancestors) that only those mentions named; the article's home is then unknown if it
    was one of them."""
    inside = {
        m for m in ex.mentions if m.label == "Place" and any(s <= m.start and m.end <= e for s, e in spans)
    }
    if not inside:
        return ex
    mentions = tuple(m for m in ex.mentions if m not in inside)
    parent = {p.key: p.parent for p in ex.places}

    def lineage(keys: set[str | None]) -> set[str]:
        out: set[str] = set()
        todo = [k for k in keys if k]
        while todo:
            key = todo.pop()
            if key not in out:
                out.add(key)
                todo.extend(k for k in (parent.get(key),) if k)
        return out

    kept = lineage({m.ref for m in mentions if m.label == "Place"})
    released = lineage({m.ref for m in inside}) - kept
    home = None if ex.home in released else ex.home
    return replace(
        ex, mentions=mentions, places=tuple(p for p in ex.places if p.key not in released), home=home
    )
