"""A unit's token of honour conferred with 授予 and no 称号: ``授予甲公司全国五一劳动奖状``.

A labour award for a unit is a token, not a title: a 奖状 (五一劳动奖状, 五一巾帼奖状), a 号
(工人先锋号, 青年文明号) or a 岗 (巾帼文明岗, 党员示范岗, 巾帼标兵岗). Papers confer it right after
the unit, quoted or not, with no 称号 to close it:

- ``全国总工会授予甲公司全国五一劳动奖状``;
- ``授予甲公司机修车间“青禾省工人先锋号”``;
- ``省妇联授予甲医院护理部青禾省巾帼文明岗，…``;
- ``授予甲公司、乙公司全国五一劳动奖状``.

The unit ends where the last organisation named after 授予 ends; the award is what follows it up
to the token, closing its clause. The recipients are the whole items of the span before it
(:func:`kg.extract.honoured_units.enumerated_units`).

A decision that confers it is read as the conferral: ``宣读授予甲公司全国五一劳动奖状的决定``
(and ``…的表彰决定``, ``…的命令``, ``…的通报``, ``…的通知``).

Counter-examples: a token named with no organisation before it (``授予奖状``, ``授予王小明五一劳动奖章``:
a 奖章 is a person's, read elsewhere); a clause that goes on after the token in other words
(``授予甲公司某某奖状的意义``); a conferral closed by 称号 or counted (``等10家单位``), read by the
forms before this one.
"""

from __future__ import annotations

import bisect

from kg import rx
from kg.model import Extraction

#: 授予 and what follows it up to a unit's token, closing its clause.
_GRANT = rx.compile(
    r"授予([^。；;，,：:“”\n]{2,80}?)“?([^。；;，,：:“”\n]{0,20}?(?:奖状|先锋号|文明号|(?:文明|示范|标兵|先锋)岗))”?"
    r"(?=[，,。；;、\n]|$|" + r"的(?:表彰)?(?:决定|命令|通报|通知)" + r")"
)
#: The shortest award's name (工人先锋号 is 5; 奖状 alone names nothing).
MIN_NAME = 5


def granted_tokens(ex: Extraction) -> list[tuple[int, int, str, tuple[int, int]]]:
    """``(start, end, award, (recipients' start, end))`` of each token conferred on units with
    授予 (module docstring)."""
    text = ex.article.text
    if "授予" not in text:
        return []
    orgs = sorted((m.start, m.end) for m in ex.mentions if m.label == "Organization" and m.ref)
    starts = [s for s, _e in orgs]
    out = []
    for m in _GRANT.finditer(text):
        lo, hi = m.start(1), m.end(2)
        inside = orgs[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
        ends = [e for _s, e in inside if e < hi - MIN_NAME + 1]
        if not inside or inside[0][0] != lo or not ends:
            continue  # the span opens with no organisation: no unit before the token
        cut = max(ends)
        start = cut + 1 if text[cut] == "“" else cut
        name = text[start:hi]
        if len(name) < MIN_NAME or any(c in name for c in "、和及与等"):
            continue
        out.append((start, hi, name, (lo, cut)))
    return out
