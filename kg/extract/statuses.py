"""Words of status before a name that the title lexicon knows but that name no post.

``某某乡农民王小明``, ``某某县居民李华``: 农民, 村民, 居民, 市民 and 群众 say where a person lives or
what they live by; no organisation holds such a post. The lexicon keeps them as titles (a word
of a person before a name is evidence of the name), and this module says which of their readings
are posts: one only, the residence that a roll of honourees writes as a person's employer
(``某某县某某镇某某村村民``, ``某某社区居民``), where the village or the community is the person's
own unit. Before a township, a county or a city, or with no place at all, the word is no post.
"""

from __future__ import annotations

from kg.model import Organization

#: Status words: a person's residence or livelihood, no post.
STATUS_WORDS = frozenset({"农民", "村民", "居民", "市民", "群众"})
#: Name endings of the units that a status word may be a post of: the village or community.
RESIDENCE_UNITS = ("村", "社区", "村委会", "居委会", "村民委员会", "居民委员会")


def no_post(role: str, orgs: tuple[Organization, ...]) -> bool:
    """Is ``role`` at the last of ``orgs`` a status that names no post (``某某乡农民``)?"""
    if role not in STATUS_WORDS:
        return False
    return not orgs or not orgs[-1].name.endswith(RESIDENCE_UNITS)
