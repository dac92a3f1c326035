"""Posts of a congress or CPPCC session: its presidium and its secretariat.

A report of a session of a people's congress or of a CPPCC committee writes the session's own
bodies with 大会 standing for the session: ``大会主席团常务主席``, ``大会执行主席``,
``大会秘书长``, ``大会副秘书长``, ``大会主席团成员``. Such a post is in the session that the
article names (``十四届全国人大二次会议``, ``某省十四届人大一次会议``, ``政协某市第九届委员会
第二次会议``: an ordinal with 届, then one with 次会议), the nearest one to the title; the
organisation is the body as the text writes it (``大会主席团``, or ``大会`` for the secretariat),
a unit of the session. An article that names no session gives no such post: 大会 alone says
nothing of which one.
"""

from __future__ import annotations

from kg import rx
from kg.model import Extraction, Organization

#: A session: ``第十三届…第三次会议``, ``十三届…三次会议``, ``十三届三次会议``; what comes between
#: the two ordinals is the body (全国人大, 人民代表大会, 全国委员会, 政协), or nothing.
_ORDINAL = "第?[一二三四五六七八九十]{1,3}"
SESSION = rx.compile(
    rf"{_ORDINAL}届(?:[\u4e00-\u9fff]{{0,8}}?(?:人大|人民代表大会|委员会|政协))?{_ORDINAL}次(?:全体)?会议"
)
#: The bodies written before the first ordinal (全国政协十三届三次会议, 某省人大…), longest first.
_BODIES = ("中国人民政治协商会议", "人民代表大会", "全国政协", "全国人大", "政协", "人大")
#: What 大会 stands before in a title of the session: the presidium (主席团常务主席, 执行主席)
#: or, with nothing between, the session's secretariat (大会秘书长).
SESSION_ORGAN = "大会"
_UNITS = ("主席团", "")


def session_at(ex: Extraction, offset: int) -> str | None:
    """The session the article names nearest to ``offset`` (None if it names none)."""
    text = ex.article.text
    best: tuple[bool, int, str] | None = None
    for m in SESSION.finditer(text):
        if "常委会" in m.group() or "常务委员会" in m.group():
            continue  # a sitting of the standing committee has no presidium
        name = text[_body_start(ex, m.start()) : m.end()]
        distance = abs(offset - m.start()) if m.start() > offset else abs(offset - m.end())
        bare = _BODY_IN.search(name) is None
        if best is None or (bare, distance) < best[:2]:
            best = (bare, distance, name)  # 十三届二次会议以来: a bare back-reference comes last
    return best[2] if best else None


#: A body written inside a session's name (…全国人大…, …人民代表大会…, …委员会…).
_BODY_IN = rx.compile("人大|人民代表大会|委员会|政协")


def _body_start(ex: Extraction, start: int) -> int:
    """Where the session's name begins: before its body and the division of that body, in
    either order (某省人大十四届…, 政协某市第十三届委员会…)."""
    text = ex.article.text
    forms = [f for p in ex.places for f in (p.name, *p.aliases)] + ["全国"]
    for _ in range(2):
        body = next((b for b in _BODIES if text.endswith(b, 0, start)), "")
        form = max((f for f in forms if text.endswith(f, 0, start)), key=len, default="")
        start -= len(body) or len(form)
        if not body and not form:
            break
    return start


def session_body(org: str) -> bool:
    """Is ``org`` a body of a session written as such (大会主席团, 大会, 某某次会议主席团)?"""
    if org.startswith(SESSION_ORGAN):
        return org[len(SESSION_ORGAN) :] in _UNITS
    found = SESSION.search(org)
    return found is not None and org[found.end() :] in _UNITS


def session_post(
    ex: Extraction, org: str, role: str, offset: int
) -> tuple[tuple[Organization, ...], str] | None:
    """The organisations (the session, then its body) and the role of a title of the session
    written ``org`` + ``role`` at ``offset``; None if ``org`` is no :func:`session_body`, or the
    article names no session. ``大会`` + ``主席团成员`` is a member of the presidium."""
    if role == "主席团成员" and org == SESSION_ORGAN:
        org, role = SESSION_ORGAN + "主席团", "成员"
    session = session_at(ex, offset) if session_body(org) else None
    if session is None:
        return None
    if org.startswith(SESSION_ORGAN) and org[len(SESSION_ORGAN) :] in _UNITS:
        unit = org
    elif org.startswith(session) and org[len(session) :] in _UNITS:
        unit = org[len(session) :] or SESSION_ORGAN  # 十四届全国人大二次会议主席团
    else:
        return None
    top = Organization(f"org||{session}", session, "Organization", None, None)
    body = Organization(f"org||{session}|{unit}", unit, "Organization", None, top.key)
    return (top, body), role
