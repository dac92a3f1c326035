"""Organisations inside other organisations, and companies written after their owner.

- A unit that sits inside any organisation (工会, 审判委员会, 检察委员会, 董事会, 监事会, 团委):
  ``某某公司工会`` is a unit of the company, ``某市中级人民法院审判委员会`` of the court
  (:func:`host_units`); the county's trade-union federation (某县总工会) is an organisation of
  its own.
- A subsidiary written after its owner (``某某集团全资子公司某某有限公司总经理``): the post is
  the subsidiary's, a company of its own (:func:`subsidiary`).
"""

from __future__ import annotations

from dataclasses import replace

from kg import rx
from kg.extract.org_suffixes import suffix_of
from kg.extract.orgs import org_key
from kg.model import Organization

#: Units that sit inside any organisation, whose name they end.
INNER_UNITS = ("审判委员会", "检察委员会", "工会", "董事会", "监事会", "团委", "妇委会")
#: Organisations that end in a unit's word but are none (某县总工会: the federation).
_NOT_UNITS = ("总工会",)
#: Kinds of organisation a unit may sit in.
_HOSTS = ("Corporation", "GovernmentOrganization", "Organization")
#: <owner>(全资|控股)子公司<company>, <owner>旗下<company>.
_SUBSIDIARY = rx.compile(r"^.{2,}?(?:(?:全资|控股|参股)?子公司|旗下|下属)(?P<company>.{4,})$")


def host_units(orgs: tuple[Organization, ...]) -> tuple[Organization, ...]:
    """``orgs`` with a unit that the last one's name ends in (某某公司工会) set inside the
    organisation written before it (某某公司), in the same jurisdiction."""
    leaf = orgs[-1]
    unit = next((u for u in INNER_UNITS if leaf.name.endswith(u) and len(leaf.name) > len(u) + 1), None)
    if unit is None or leaf.name.endswith(_NOT_UNITS):
        return orgs
    host = leaf.name[: -len(unit)]
    suffix = suffix_of(host)
    if suffix is None or suffix.kind not in _HOSTS or suffix.use not in ("name", "organ", "unit"):
        return orgs
    if len(orgs) > 1 and orgs[-2].name == host:
        return orgs  # the host is there already
    owner = Organization(org_key(leaf.jurisdiction, host), host, suffix.kind, leaf.jurisdiction, leaf.parent)
    return (*orgs[:-1], owner, replace(leaf, parent=owner.key))


def subsidiary(org: str) -> str | None:
    """The company that ``org`` names after its owner (``某某集团全资子公司某某有限公司`` ->
    ``某某有限公司``); None if it names none (某某集团子公司, 某某集团旗下企业)."""
    m = _SUBSIDIARY.match(org)
    if m is None:
        return None
    company = m.group("company")
    suffix = suffix_of(company)
    return company if suffix is not None and suffix.kind == "Corporation" and suffix.use == "name" else None
