"""A name, a verb of acting for and the body acted for, that the tagger reads as one organisation.

``董事长王小明代表集团登台领奖``: the tagger reads ``王小明代表集团`` as one organisation's name
(or ``王小明代表集团公司`` as one person's), and the person is lost. The same grammar recurs with other bodies and verbs: ``校长李华代表学校
发言``, ``院长王明代表医院接受捐赠``, ``总经理张华带领公司团队``, ``书记刘强率领集团考察团``. No
organisation's name holds a verb of acting for (代表, 带领, 率领) between a person's name and a bare
word for a body; so such a word is cut into the name, the verb and the body, when what stands
before the verb is two or three characters that open with a surname (``某某代表处``, a
representative office, has no body word after 代表; ``人民代表大会`` holds no surname before it).
"""

from __future__ import annotations

import functools
from importlib import resources

from kg import rx

#: A name, a verb of acting for, and a bare word for a body (with words for its people after it).
_ACTING = rx.compile(
    r"([\u4e00-\u9fff]{2,3}?)(代表|带领|率领)"
    r"((?:集团公司|集团|公司|学校|医院|单位|企业|全校|全院|全市|全县|全省|机关)(?:全体)?(?:干部职工|职工|员工|师生|团队)?)"
)


@functools.cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    text = resources.files("kg.lexicons").joinpath("surnames.txt").read_text(encoding="utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


def split_acting(word: str, tag: str) -> list[tuple[str, str]] | None:
    """``word`` (an organisation, or a person, the tagger read) cut into a person, a verb and a body
    (``王小明代表集团``: 王小明 PER, 代表 v, 集团 n), or None where it is no such phrase."""
    if tag not in ("ORG", "PER") or not ("代表" in word or "带领" in word or "率领" in word):
        return None
    m = _ACTING.fullmatch(word)
    if m is None:
        return None
    name = m.group(1)
    single, double = _surnames()
    if name[0] not in single and name[:2] not in double:
        return None
    return [(name, "PER"), (m.group(2), "v"), (m.group(3), "n")]
