"""A bare title after a department's title in a chain: the same department's.

A department written before the role stays in the title (``某县委办公室副主任``: the county
committee's post, titled 办公室副主任; :data:`kg.extract.titles.DEPT_ENDS`). A bare title after it
with the same role word, grade aside (``某县委办公室副主任、主任``, ``某局办公室主任、副主任``,
``某局人事科副科长、科长``), is a post of that department too: the office's director, not the
committee's. Another role (``某局办公室主任、副局长``) is the organisation's, and a title with its
own organisation (``某县委办公室主任、县委副书记``) is that organisation's.

A body's general office written bare after a title of the body (``某委员会秘书长、办公厅主任``) is
the body's unit (:func:`body_office`), as a secretariat is (:mod:`kg.extract.body_units`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.orgs import org_key
from kg.extract.titles import DEPT_ENDS, lexicon
from kg.model import Organization

if TYPE_CHECKING:
    from kg.extract.chains import ChainItem, ResolvedPost


def _base(role: str) -> str:
    """``role`` without its modifiers (常务副主任 -> 主任)."""
    mods = lexicon().modifiers
    while (mod := next((m for m in mods if role.startswith(m) and len(role) > len(m)), None)) is not None:
        role = role[len(mod) :]
    return role


def department_post(prev: ResolvedPost, item: ChainItem) -> ResolvedPost | None:
    """The post of the bare title ``item`` in the department of the title before it, ``prev``
    (``办公室副主任``, then ``主任``: 办公室主任 of the same organisation); None if ``item`` has its
    own organisation, ``prev`` names no department, or the two role words differ."""
    sp, before = item.split, prev.item.split
    if sp.org or before.title == before.role or not before.title.endswith(before.role):
        return None
    dept = before.title[: -len(before.role)]
    if not dept.endswith(DEPT_ENDS) or "兼" in before.title or not prev.label.endswith(before.title):
        return None
    if _base(sp.role) != _base(before.role):
        return None
    label = prev.label[: -len(before.role)] + sp.title
    return replace(prev, role=sp.role, label=label, item=item)


#: A body's general office, written bare after a title of the body (``某委员会秘书长、办公厅主任``).
OFFICES = ("办公厅", "办公室")


def body_office(host: tuple[Organization, ...], organ: str) -> tuple[Organization, ...] | None:
    """The organisations of a bare general office ``organ`` written after a title of ``host`` (the
    chain's organisations without their party organs): ``host`` and the body's office
    (``某委员会秘书长、办公厅主任`` -> 某委员会办公厅, a unit of the committee); ``host`` itself where
    the body is that office already; None where ``organ`` is no general office or nothing holds it."""
    if organ not in OFFICES or not host:
        return None
    leaf = host[-1]
    if leaf.name.endswith(organ):
        return host  # 某委员会办公厅副主任、办公厅主任: the office itself
    if leaf.name.endswith(DEPT_ENDS) or leaf.name.endswith(OFFICES):
        return None  # a department holds no general office of its own
    name = leaf.name + organ
    kind = leaf.kind if leaf.kind in ("PartyOrganization", "GovernmentOrganization") else "Organization"
    unit = Organization(org_key(leaf.jurisdiction, name), name, kind, leaf.jurisdiction, leaf.key)
    return (*host, unit)
