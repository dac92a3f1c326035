"""The village an organisation sent its cadre to (``某厅派驻某某村第一书记``).

A unit that sends a cadre to a village is written before the verb of sending, and the title after
the village is the village's: ``省某某厅派驻某某村第一书记`` is the first secretary of 某某村, not
of an organisation called 省某某厅派驻某某村. The village (or community, or township) is read
only where it is a place the article knows and nothing but that place follows the verb; an office
that a commission keeps in another body (``某县纪委监委派驻县某局纪检监察组``) is the
commission's and stays as written.
"""

from __future__ import annotations

from kg.model import Extraction

#: Verbs of sending a cadre to serve elsewhere, and 驻 (stationed in) alone.
SENDING = ("派驻", "选派", "下派", "驻")
#: Levels of the places a cadre is sent to serve in.
_HOSTS = frozenset({"village", "township"})


def stationed_host(ex: Extraction, text: str) -> str:
    """``text`` from the place after its verb of sending when that place is a village or a
    township the article knows and ends the text, written alone or after the divisions it lies in
    (``某局驻某县某镇某村``); ``text`` itself otherwise."""
    found = [(at + len(v), v) for v in SENDING if (at := text.rfind(v)) > 0]
    if not found:
        return text
    rest = text[max(found)[0] :]
    hosts = [p for p in ex.places if p.level in _HOSTS]
    host = next((n for p in hosts for n in (p.name, *p.aliases) if rest.endswith(n)), None)
    if not rest or host is None:
        return text
    return host if _divisions_only(ex, rest[: -len(host)]) else text


def _divisions_only(ex: Extraction, text: str) -> bool:
    """Is ``text`` empty or a run of the names of the article's places (某县某镇)?"""
    names = sorted({n for p in ex.places for n in (p.name, *p.aliases)}, key=len, reverse=True)
    while text:
        name = next((n for n in names if text.startswith(n)), None)
        if name is None:
            return False
        text = text[len(name) :]
    return True
