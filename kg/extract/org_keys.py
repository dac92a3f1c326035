"""One organisation, one key, however much of its place chain the text writes.

``某省某市人大常委会`` and ``某市人大常委会`` name one standing committee: the city is one division
(its code says which), and the province written before it adds nothing. A division's key is its
code whatever the text writes before its name; an organisation's key (:func:`kg.extract.orgs.org_key`)
is its jurisdiction and its name, so the name in the key starts after the province
(:func:`key_name`; what follows the province is kept as written: ``某市某区某局`` and ``某区某局``
stay two keys, as they did). Two cities of one name in two provinces stay two: their codes differ.

Only a division's organs are so keyed (a government, a party committee, a congress, a bureau): an
institution's or a company's name is its own, with the province it may open with (``某省某某研究院``
is the name it is honoured by), so its key keeps what the text writes.
"""

from __future__ import annotations

import functools

from kg.extract.divisions import COUNTRY_KEY, gazetteer, short_forms
from kg.extract.org_suffixes import suffix_of

#: Kinds of organisation that are a division's organs.
_ORGAN_KINDS = ("GovernmentOrganization", "PartyOrganization")
#: Levels of division whose name may follow the names of the divisions that contain it.
_INNER_LEVELS = ("prefecture", "county")


@functools.lru_cache(maxsize=1 << 14)
def key_name(jurisdiction: str | None, name: str) -> str:
    """``name`` without the province written before a prefecture or county inside it that
    ``jurisdiction`` is or lies in (``某省某市人大常委会`` of the city -> ``某市人大常委会``); ``name``
    itself where no such division follows the province (the province's own organs)."""
    if not jurisdiction or jurisdiction == COUNTRY_KEY or not _organ(name):
        return name
    gaz = gazetteer()
    chain = gaz.ancestors(jurisdiction)
    if not chain or chain[0].level not in _INNER_LEVELS:
        return name
    inner = [f for div in chain if div.level in _INNER_LEVELS for f in _forms(div.name)]
    province = [f for div in chain if div.level == "province" for f in _forms(div.name)]
    form = next((f for f in province if name.startswith(f)), None)
    if form is None:
        return name
    rest = name[len(form) :]
    written = next((f for f in inner if rest.startswith(f)), None)  # 某省|某市某局, 某省|某市某区某局
    return rest if written is not None and len(rest) > len(written) else name


def _organ(name: str) -> bool:
    """Does ``name`` end like an organ of a division (人大常委会, 市委, 公安局), not an institution
    or a company (研究院, 医院, 有限公司)?"""
    suffix = suffix_of(name)
    return suffix is not None and (suffix.use == "organ" or suffix.kind in _ORGAN_KINDS)


@functools.cache
def _forms(name: str) -> tuple[str, ...]:
    """A division's full name and its short forms, longest first."""
    return tuple(sorted({name, *short_forms(name)}, key=len, reverse=True))
