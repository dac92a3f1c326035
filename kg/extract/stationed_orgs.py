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

#: Verbs of sending a cadre to serve elsewhere.
SENDING = ("派驻", "选派", "下派")
#: Levels of the places a cadre is sent to serve in.
_HOSTS = frozenset({"village", "township"})


def stationed_host(ex: Extraction, text: str) -> str:
    """``text`` from the place after its verb of sending when that place is a village or a
    township the article knows and ends the text; ``text`` itself otherwise."""
    at = max(text.rfind(v) for v in SENDING)
    if at <= 0:
        return text
    rest = text[at + 2 :]
    hosts = (p for p in ex.places if p.level in _HOSTS)
    return rest if rest and any(rest == p.name or rest in p.aliases for p in hosts) else text
