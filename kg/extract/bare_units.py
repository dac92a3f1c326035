"""A unit named by its kind alone: ``公司还被评为“某某”``, ``该公司被授予…``, ``企业先后荣获…``.

A paper that has named a company writes it again as 公司, 该公司, 企业 or 集团 when the clause of an
honour opens with it (in the company's own news as in a report about it). Where a whole item of a
recipients' span (:func:`kg.extract.honoured_units.enumerated_units`) is such a bare word, the unit is
the last organisation named before it whose name ends in a word of that kind: 公司 and 企业 stand for
a 公司 or a 集团, 集团 for a 集团 only, 单位 for any organisation. A bare word with no such name before
it (the article's first unit, or only a government body named) is left alone, as is a word inside a
longer name (甲公司, 公司研究院).
"""

from __future__ import annotations

from kg.model import Extraction, Mention

#: Each bare word, with what the name it stands for ends in.
_BARE = {
    "公司": ("公司", "集团"),
    "企业": ("公司", "集团", "厂"),
    "集团": ("集团",),
    "单位": ("",),
}
#: Words that point back to the unit (该公司, 本公司 in its own news).
_POINTERS = ("该", "本", "这家", "此")


def bare_unit(ex: Extraction, a: int, b: int) -> Mention | None:
    """A new Organization mention over ``text[a:b]`` when it is a bare word of :data:`_BARE` (after
    a pointer of :data:`_POINTERS`) that stands for the last organisation named before ``a``."""
    word = ex.article.text[a:b]
    for pointer in _POINTERS:
        word = word.removeprefix(pointer)
    ends = _BARE.get(word)
    if ends is None:
        return None
    named = [
        m
        for m in ex.mentions
        if m.label == "Organization" and m.ref and m.end <= a and m.text.endswith(ends) and m.text != word
    ]
    if not named:
        return None
    last = max(named, key=lambda m: (m.end, m.end - m.start))
    return ex.article.span(a, b, "Organization", ref=last.ref)
