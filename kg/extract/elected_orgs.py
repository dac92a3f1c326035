"""The organisation of a bare title a name is elected to (``甲当选为某某协会会长，乙当选为副会长``).

Such a title is of the organisation an earlier election of the sentence names; the organisation of
a title chain before a name of the sentence is the person's employer, not the electing body
(``某某公司董事长甲当选会长，乙当选副会长``: 乙 is no vice-chairman of the company). With no earlier
election naming an organisation, the bare title is left without one (no post) rather than given to
that employer.
"""

from __future__ import annotations

from kg.extract.names import NameHit
from kg.extract.stated_posts import ELECTION_VERBS, stated_change
from kg.model import Extraction, Organization

#: Characters of the end of an organisation's name that identify it after a verb of election.
_TAIL = 3
#: How far after the verb the organisation's written name may end (a level or place word before it).
_REACH = 6


def electing_org(
    ex: Extraction, hit: NameHit, hits: list[NameHit], org: tuple[Organization, ...] | None
) -> tuple[Organization, ...] | None:
    """``org`` (the sentence's organisation) for a bare title ``hit`` is elected to only where an
    earlier verb of election of the sentence is followed by its name; ``org`` unchanged where the
    verb after ``hit`` is no election."""
    if org is None or stated_change(ex, hit, hits) != "elected":
        return org
    text = ex.article.text
    start = ex.article.sentence(hit.start)[0]
    before = text[start : hit.start]
    tail = org[-1].name[-_TAIL:]
    for verb in ELECTION_VERBS:
        at = before.find(verb)
        while at >= 0:
            after = at + len(verb)
            if tail in before[after : after + len(org[-1].name) + _REACH]:
                return org
            at = before.find(verb, after)
    return None
