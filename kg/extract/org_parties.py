"""The committees of the democratic parties, written with their level's place or as 中央.

A democratic party's committee is named by the party's short name and the division it serves:
``致公党某省委``, ``民建某市委会`` (the division written out, :func:`party_body`), or ``民盟中央``
(the party's central committee: the country's). The bare level (``民盟省委会``: the province in
scope) is :func:`kg.extract.chain_orgs._party_committee`'s.

Not a committee: the party alone (``民盟``), a place that the article does not name
(``民建某某委``), or more words after the committee (``民盟中央委员会办公厅`` is left to the
suffix grammar).
"""

from __future__ import annotations

from kg.extract.divisions import COUNTRY_KEY
from kg.extract.orgs import OrgParse, org_key
from kg.extract.place_words import DEMOCRATIC_PARTIES
from kg.model import Extraction, Organization, Place

COUNTRY = COUNTRY_KEY
#: What follows the party's name for its central committee.
CENTRAL = ("中央", "中央委员会")
#: What follows the division's name for the party's committee of that division.
COMMITTEE = ("委员会", "委会", "委")


def party_body(text: str, ex: Extraction) -> OrgParse | None:
    """``民盟中央`` -> the party's central committee, in the country; ``致公党某省委`` -> the party's
    committee of that province (one the article names); None for anything else."""
    party = next((p for p in DEMOCRATIC_PARTIES if text.startswith(p)), None)
    if party is None:
        return None
    rest = text[len(party) :]
    if rest in CENTRAL:
        org = Organization(org_key(COUNTRY, text), text, "Organization", COUNTRY, None)
        return OrgParse((org,), (len(text),), COUNTRY)
    place, written = _place_at(rest, ex)
    if place is None:
        return None
    tail = rest[written:]
    if written < len(place.name) and tail[:1] == place.name[-1]:
        tail = tail[1:]  # the short form, then the level: 某某|省委
    if tail not in COMMITTEE:
        return None
    name = f"{party}{place.name}{tail}"
    org = Organization(org_key(place.key, name), name, "Organization", place.key, None)
    return OrgParse((org,), (len(text),), place.key)


def _place_at(text: str, ex: Extraction) -> tuple[Place | None, int]:
    """The article's division whose name or short form opens ``text`` (the longest), and its length."""
    best: Place | None = None
    written = 0
    for place in ex.places:
        for form in (place.name, *place.aliases):
            if len(form) > written and text.startswith(form):
                best, written = place, len(form)
    return best, written
