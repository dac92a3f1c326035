"""A township or a village named again after it was placed: the same place.

Once a visit or an address chain has placed a township or a village (在甲镇乙村, 深入甲镇), the
article names it again bare, in a title (乙村党支部书记某某), an enumeration or a later clause
(在甲镇召开座谈会); where the tagger reads that word otherwise (a name of three characters that
starts with a surname: 王家庄村 as a person), it is still the place, and a title chain needs it as
the start of the village's organ. Grammar: a placed name of three characters or more, at a word
start of the tagger, not inside another mention. Counter-examples: a name never placed (本村,
该村, 全村 are no names anyway), a placed name inside a longer word (乙村镇: another township).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.model import Extraction, Mention, Place

#: Fewest characters of a name looked for again (东村 is also the end of 王家东村).
MIN_NAME = 3
#: Level words that would make the name part of a longer township or village (乙村镇, 甲镇村).
_LONGER = frozenset("村镇乡")


def named_again(ex: Extraction, places: list[Place]) -> list[Mention]:
    """New place mentions of ``places`` (townships and villages) named again in the article."""
    names = {p.name: p.key for p in places if len(p.name) >= MIN_NAME and p.level in ("township", "village")}
    if not names:
        return []
    text = ex.article.text
    starts = {t.start for t in ex.tokens}
    # what the tagger read as a place, unplaced (巴彦|胡舒…), yields to a name placed before
    spans = sorted((m.start, m.end) for m in ex.mentions if m.ref is not None or m.label != "Place")
    ends = [s for s, _ in spans]
    out: list[Mention] = []
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    for hit in pattern.finditer(text):
        start, end = hit.span()
        if start not in starts or text[end : end + 1] in _LONGER:
            continue
        k = bisect_left(ends, end)  # mentions starting before the end, near it
        if any(s < end and start < e for s, e in spans[max(0, k - 3) : k + 1]):
            continue
        out.append(ex.article.span(start, end, "Place", ref=names[hit.group()]))
    return out
