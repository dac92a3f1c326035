"""A people's congress standing committee written by its short name ``常委会`` alone.

After ``全国人大常委会`` (or ``某省人大常委会``) is named, news writes the body as ``常委会``:
``常委会副委员长甲、乙…出席会议``. A bare ``常委会`` before a title is then the one standing
committee of a congress the article names; with none named, or two different ones (a national and
a provincial), it stays as written. ``某县委常委会`` and ``政协常委会`` are other bodies: only a name
that starts with ``常委会`` is read so.
"""

from __future__ import annotations

from kg.model import Extraction

#: The short name of the standing committee.
SHORT = "常委会"
#: How the name of a congress's standing committee ends, short and in full.
CONGRESS_COMMITTEES = ("人大常委会", "人民代表大会常务委员会")


def standing_committee(text: str, ex: Extraction) -> str:
    """``text`` with a leading bare ``常委会`` written as the article's one congress standing committee."""
    if not text.startswith(SHORT):
        return text
    article = ex.article.text
    owners = (*_OWNERS, *(f for p in ex.places for f in (p.name, *p.aliases)))
    named = {o + c for o in owners for c in CONGRESS_COMMITTEES if o + c in article}
    named = {n for n in named if not any(m != n and m.endswith(n) for m in named)}  # 某省人大常委会, not 省…
    if len(named) != 1:
        return text
    return next(iter(named)) + text[len(SHORT) :]


#: What a congress's name starts with when no division is written: the national one, or a level.
_OWNERS = ("全国", "省", "自治区", "市", "州", "县", "区")
