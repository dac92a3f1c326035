"""The last stage: every reference between facts points at an entity of the extraction.

Stages refer to each other's entities by key. Here a place referred to but not yet present (the
province above a city, the division an organisation governs) is added from the gazetteer with its
ancestors; a reference that still resolves to nothing is dropped with a warning rather than left
dangling in the graph.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.divisions import gazetteer
from kg.model import Extraction, Organization, Place
from kg.pipeline import stage


def _with_ancestors(code: str) -> list[Place]:
    gaz = gazetteer()
    return [Place(d.code, d.name, d.level, d.code, d.parent) for d in gaz.ancestors(code)]


#: The kind of an organisation whose name tells no more (kg.extract.chain_orgs: a name kept as written).
GENERIC_KIND = "Organization"


@stage("closure", needs=("people",), adds=("places", "organizations", "holdings", "events", "conferrals"))
def closure_stage(ex: Extraction) -> Extraction:
    warnings: list[str] = []
    places = {p.key: p for p in ex.places}

    def place_ok(key: str | None) -> str | None:
        if key is None or key in places:
            return key
        added = _with_ancestors(key)
        if not added:
            warnings.append(f"dropped a reference to unknown place {key!r}")
            return None
        for p in added:
            places.setdefault(p.key, p)
        return key

    for p in list(places.values()):
        if p.parent and place_ok(p.parent) is None:
            places[p.key] = replace(p, parent=None)

    orgs: dict[str, Organization] = {}
    for o in ex.organizations:  # one per key: the last read, with the short names of every reading
        aliases = tuple(dict.fromkeys([*(orgs[o.key].aliases if o.key in orgs else ()), *o.aliases]))
        # a later reading that knows no kind (a post's 公司 read back to a company) keeps the known one
        kind = orgs[o.key].kind if o.key in orgs and o.kind == GENERIC_KIND else o.kind
        orgs[o.key] = replace(o, kind=kind, jurisdiction=place_ok(o.jurisdiction), aliases=aliases)
    for key, o in list(orgs.items()):
        if o.parent and o.parent not in orgs:
            warnings.append(f"dropped the missing parent of organisation {o.name!r}")
            orgs[key] = replace(o, parent=None)

    persons = {p.key for p in ex.persons}
    posts = {p.key for p in ex.posts if p.organization in orgs}
    holdings = tuple(h for h in ex.holdings if h.person in persons and h.post in posts)
    events = tuple(
        replace(e, place=place_ok(e.place), attendees=tuple(a for a in e.attendees if a in persons))
        for e in ex.events
    )
    awards = {a.key for a in ex.awards}
    conferrals = tuple(
        c
        for c in ex.conferrals
        if c.award in awards and c.recipient in (orgs if c.organization else places if c.place else persons)
    )
    dropped = (len(ex.holdings) - len(holdings)) + (len(ex.conferrals) - len(conferrals))
    if dropped:
        warnings.append(f"dropped {dropped} fact(s) whose person, post or award was not found")
    return replace(
        ex,
        places=tuple(places.values()),
        organizations=tuple(orgs.values()),
        posts=tuple(p for p in ex.posts if p.key in posts),
        holdings=holdings,
        events=events,
        conferrals=conferrals,
        warnings=ex.warnings + tuple(warnings),
    )
