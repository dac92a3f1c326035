"""What a numbered session's name says, whether written in full or short.

Grammar: a session of a body elected for a term is named by the term (届), the session (次), the
body and whether it is a plenary: ``中国共产党某省第十二届纪律检查委员会第五次全体会议`` is written
short ``省纪委七届三次全会``; ``中共某市第七届委员会第九次全体会议`` is ``市委七届九次全会``;
``政协某县第十届委员会第四次会议`` is ``县政协十届四次会议``; ``某市第十七届人民代表大会第三次
会议`` is ``市十七届人大三次会议``. The key leaves out 第 and the words between, and reads the body
from its full or short word. A name without both a term and a session (某委员会第五次会议, 第十二次
代表大会) has no key.
"""

from __future__ import annotations

from kg import rx

_NUMBER = r"([一二三四五六七八九十百零〇\d]+)"
#: A term and then a session, as a numbered session's name ends.
_TERM_SESSION = rx.compile(
    r"第?" + _NUMBER + r"届[^届次，。；]{0,14}?第?" + _NUMBER + r"次(全会|全体会议|会议|代表大会)$"
)
#: The kind of body, by its full or short word (checked in this order: 纪委 before 委).
_BODIES = (
    ("纪委", ("纪委", "纪律检查委员会")),
    ("常委会", ("常委会", "常务委员会")),
    ("政协", ("政协", "政治协商会议")),
    ("人大", ("人大", "人民代表大会")),
)
_PLENARY = {"全会": "全体会议"}


def session_key(name: str) -> tuple[str, str, str, str] | None:
    """(term, session, body, sitting) of a numbered session's ``name``, or None (module docstring)."""
    m = _TERM_SESSION.search(name)
    if m is None:
        return None
    body = next((kind for kind, words in _BODIES if any(w in name for w in words)), "党委")
    sitting = _PLENARY.get(m.group(3), m.group(3))
    return m.group(1), m.group(2), body, sitting
