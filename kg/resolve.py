"""Cross-article entity resolution for people.

Places resolve by their GB/T 2260 code and organisations and posts by their resolved name and
jurisdiction (their keys are already global). A person is read per article; across articles two
sightings of one name are one person when the evidence agrees: they hold a post in the same
organisation, or in organisations of the same division below the provincial level. Two people of
one name in different cities or posts stay apart. Sightings with no post are never merged: they are
offered as ``skos:closeMatch`` candidates for review.

Decisions depend only on the set of sightings, never on the order of the inputs: clusters are the connected
components of the graph of shared evidence and each cluster's key is the smallest evidence key it holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.model import Extraction

#: Review candidates: a bare mention (no post) is paired with the people of that name who hold
#: posts, when there are few of them; at most MAX_BARE bare mentions per name are paired.
MAX_EVIDENCED = 3
MAX_BARE = 20

#: Jurisdictions too broad to identify a person by (the country, a province).
BROAD = {"country", "province"}


@dataclass(frozen=True, slots=True)
class Sighting:
    key: str  # the article-scoped person key
    name: str
    article: str
    evidence: frozenset[str]  # organisation keys and "jur:<division>" keys


@dataclass
class Resolution:
    """Person key -> canonical key, and the uncertain same-name pairs left for review."""

    canonical: dict[str, str] = field(default_factory=dict)
    candidates: list[tuple[str, str]] = field(default_factory=list)  # canonical keys, sorted pairs

    def person(self, key: str) -> str:
        return self.canonical.get(key, key)


def sightings(ex: Extraction) -> list[Sighting]:
    """The people of one article with the evidence that can identify them across articles."""
    orgs = {o.key: o for o in ex.organizations}
    places = {p.key: p for p in ex.places}
    posts = {p.key: p for p in ex.posts}
    evidence: dict[str, set[str]] = defaultdict(set)
    for h in ex.holdings:
        post = posts.get(h.post)
        org = orgs.get(post.organization) if post else None
        while org is not None:
            evidence[h.person].add(org.key)
            place = places.get(org.jurisdiction or "")
            if place is not None and place.level not in BROAD:
                evidence[h.person].add(f"jur:{place.key}")
            org = orgs.get(org.parent or "")
    credited = set(ex.reporters) | set(ex.photographers)
    return [
        Sighting(p.key, p.name, ex.article.id, frozenset(evidence.get(p.key, ())))
        for p in ex.persons
        if p.key not in credited or p.key in evidence
    ]


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    return resolve_sightings(s for ex in extractions for s in sightings(ex))


def _clusters(members_of: dict[str, Sighting]) -> list[list[Sighting]]:
    """The sightings that share evidence, directly or through others, each cluster sorted by key
    and the clusters in the order of their smallest keys.

    Connected components by union-find: a build resolves every name of the archive, and a graph
    object per name (networkx) cost more than the rest of the resolution, and its import a tenth
    of a second of every ``kg build``.
    """
    parent = {key: key for key in members_of}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = key = parent[parent[key]]
        return key

    ordered = sorted(members_of)
    owner: dict[str, str] = {}
    for key in ordered:
        for ev in sorted(members_of[key].evidence):
            if ev in owner:
                a, b = root(owner[ev]), root(key)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                owner[ev] = key
    components: dict[str, list[Sighting]] = defaultdict(list)
    for key in ordered:
        components[root(key)].append(members_of[key])
    return list(components.values())


def resolve_sightings(all_sightings: Iterable[Sighting]) -> Resolution:
    """:func:`resolve` from the sightings alone (a streamed build keeps only these in memory)."""
    by_name: dict[str, list[Sighting]] = defaultdict(list)
    for s in all_sightings:
        by_name[s.name].append(s)
    result = Resolution()
    for name, group in sorted(by_name.items()):
        if len(group) == 1:  # most names: one sighting, its own person, nobody to pair it with
            result.canonical[group[0].key] = group[0].key
            continue
        members_of = {s.key: s for s in group}
        clusters = _clusters(members_of)
        keys: list[str] = []
        for members in clusters:
            evidence = sorted({e for m in members for e in m.evidence})
            if evidence and len({m.article for m in members}) > 1:
                canonical = f"person|{name}|{evidence[0]}"
            else:
                canonical = min(m.key for m in members)
            for m in members:
                result.canonical[m.key] = canonical
            keys.append(canonical)
        bare = sorted(
            k for k, members in zip(keys, clusters, strict=True) if not any(m.evidence for m in members)
        )[:MAX_BARE]
        evidenced = sorted(set(keys) - set(bare))
        if 0 < len(evidenced) <= MAX_EVIDENCED:  # a bare mention may be one of few known officials
            result.candidates.extend(tuple(sorted((b, e))) for b in bare for e in evidenced)
    result.candidates.sort()
    return result
