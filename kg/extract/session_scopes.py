"""The country a national session's posts are in (``大会新闻发言人`` of ``十四届全国人大三次会议``).

A post of a session (:mod:`kg.extract.sessions`: ``大会新闻发言人``, ``大会主席团常务主席``) is
a post of that session, and a national one's (``十四届全国人大三次会议``, ``全国政协十四届三次
会议``: 全国 in its name) is in the country, as the national organs are. A local session
(``某县第十八届人民代表大会第五次会议``) stays as :mod:`kg.extract.sessions` reads it, in no
jurisdiction of its own: the session is the jurisdiction it is reported under.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.divisions import COUNTRY_KEY
from kg.model import Organization

COUNTRY = COUNTRY_KEY
#: A national congress or CPPCC committee, written inside the session's name.
NATIONAL = "全国"


def in_division(orgs: tuple[Organization, ...]) -> tuple[Organization, ...]:
    """The session's organisations (the session, then its body), in the country if national."""
    if not orgs or NATIONAL not in orgs[0].name:
        return orgs
    return tuple(replace(o, jurisdiction=COUNTRY) for o in orgs)
