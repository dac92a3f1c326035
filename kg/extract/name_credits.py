"""Names inside a byline's name: the byline stage reads ``（通讯员　向晨阳）`` whole, while the
tagger may read a shorter name inside it (晨阳, its surname taken for the preposition 向); a name
found inside the span of a credited person's mention is that person, no other one.
"""

from __future__ import annotations

from collections.abc import Collection

from kg.extract.names import NameHit
from kg.model import Extraction


def outside_credits(ex: Extraction, hits: list[NameHit], credited: Collection[str]) -> list[NameHit]:
    """``hits`` without those that are a shorter part of the mention of a person that a byline or
    a photo credit names."""
    spans = [(m.start, m.end) for m in ex.mentions if m.label == "Person" and m.ref in credited]
    if not spans:
        return hits
    return [
        h for h in hits if not any(s <= h.start and h.end <= e and e - s > h.end - h.start for s, e in spans)
    ]
