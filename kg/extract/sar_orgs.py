"""The secretariats of the special administrative regions' governments.

Hong Kong's government has three secretariats (``政务司``, ``财政司``, ``律政司``) and Macao's five
(``行政法务司``, ``经济财政司``, ``保安司``, ``社会文化司``, ``运输工务司``); none of these names is
shared, so a bare secretariat in an article that names its region is that region's: ``政务司司长``
is a post of Hong Kong's 政务司, in 香港特别行政区, not of a ministry's department in the
country (a ministry's own 司 is written after it: ``某某部某某司``). In an article that does not
name the region the bare word is left to the organisation grammar.
"""

from __future__ import annotations

from kg.extract.orgs import OrgParse, org_key
from kg.model import Extraction, Organization

HONG_KONG = "810000"
MACAO = "820000"
#: Each region's secretariats (司), by the code of its division.
SECRETARIATS = {
    "政务司": HONG_KONG,
    "财政司": HONG_KONG,
    "律政司": HONG_KONG,
    "行政法务司": MACAO,
    "经济财政司": MACAO,
    "保安司": MACAO,
    "社会文化司": MACAO,
    "运输工务司": MACAO,
}


def sar_secretariat(text: str, ex: Extraction) -> OrgParse | None:
    """A bare secretariat of a region the article names (``政务司`` in a Hong Kong article) ->
    the secretariat, in the region; None for anything else."""
    region = SECRETARIATS.get(text)
    if region is None or ex.place(region) is None:
        return None
    org = Organization(org_key(region, text), text, "GovernmentOrganization", region, None)
    return OrgParse((org,), (len(text),), region)
