"""Short names that the text defines for an organisation: ``某某投资集团有限公司（以下简称“某某投资”）``.

The grammar: a parenthesis right after an organisation's name says 简称, 以下简称, 下称 or 以下称
(with or without 为, a colon or quotation marks) and gives a name of 2 to 12 characters. That
name is an alias of the organisation (``skos:altLabel``), and wherever the article writes it
after the parenthesis, it is a mention of that organisation, not of another one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from kg.extract.company_shorts import contracted_forms
from kg.model import Article, Mention, Organization

#: The parenthesis defining a short name, right after the full one.
SHORT_NAME = re.compile(
    r"[（(](?:以下)?(?:简称|下称|称)(?:为)?[：:]?[“\"‘「]?([^“”\"‘’「」（）()，,、。；\s]{2,12})[”\"’」]?[）)]"
)


def with_aliases(
    article: Article, orgs: Sequence[Organization], mentions: Sequence[Mention]
) -> tuple[list[Organization], list[Mention]]:
    """``orgs`` with the short names the text defines for them, and ``mentions`` with a mention of
    the organisation wherever its short name is written from the definition on.

    A short name that reads as an organisation of its own (``某某集团``) is that organisation no
    more: its mentions and the units under it (``某某集团党委``) move to the organisation it names.
    Mentions that overlap a short name without being it (a longer name) are left as they are.
    A company written without its legal ending (某某集团) is the one written with it.
    """
    text = article.text
    linked = [m for m in mentions if m.label == "Organization" and m.ref]
    aliases: dict[str, list[str]] = {}
    moved: dict[str, str] = {}  # the key of an organisation read from a short name -> the one it names
    uses: list[Mention] = []
    for m in SHORT_NAME.finditer(text):
        named = [o for o in linked if o.end == m.start()]
        if not named:
            continue
        org = max(named, key=lambda o: o.end - o.start)  # the whole name: its innermost unit
        alias = m.group(1)
        if alias == org.text or org.ref is None:
            continue
        aliases.setdefault(org.ref, []).append(alias)
        for use in re.compile(re.escape(alias)).finditer(text, m.start()):
            start, end = use.span()
            same = [o for o in linked if (o.start, o.end) == (start, end) and o.ref != org.ref]
            moved.update((o.ref, org.ref) for o in same if o.ref)
            if not same and not any(o.start < end and start < o.end for o in linked):
                uses.append(article.span(start, end, "Organization", ref=org.ref))
    pairs = legal_forms(orgs)  # 某某集团 and 某某集团有限公司: one company
    pairs += contracted_forms(
        orgs, frozenset(s.key for s, _ in pairs)
    )  # 某某集团 of 某省某某化工集团有限公司
    for short, full in pairs:
        moved.setdefault(short.key, full.key)
        aliases.setdefault(full.key, []).append(short.name)
    if not aliases:
        return list(orgs), list(mentions)
    spans = [(u.start, u.end) for u in uses]
    kept = [
        replace(m, ref=moved[m.ref]) if m.ref in moved else m
        for m in mentions
        if m.ref or m.label != "Organization" or not any(s < m.end and m.start < e for s, e in spans)
    ]
    out = []
    for o in orgs:
        if o.key in moved:
            continue
        if o.parent in moved:
            o = replace(o, parent=moved[o.parent])
        if o.key in aliases:
            o = replace(o, aliases=tuple(dict.fromkeys([*o.aliases, *aliases[o.key]])))
        out.append(o)
    return out, kept + uses


#: The legal endings a company's name may leave out (某某集团 for 某某集团有限公司).
LEGAL_ENDINGS = ("有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司")


def legal_forms(orgs: Sequence[Organization]) -> list[tuple[Organization, Organization]]:
    """(short, full) pairs of top-level companies of one article where the full name is the short
    one and a legal ending (某某集团 and 某某集团有限公司; not 某某 and 某某置业有限公司)."""
    corps = {o.name: o for o in orgs if o.kind == "Corporation" and o.parent is None}
    placed = _without_place(corps.values())
    out = []
    for name, short in corps.items():
        full = next((corps[name + e] for e in LEGAL_ENDINGS if name + e in corps), None)
        if full is not None and full.jurisdiction == short.jurisdiction and len(name) >= 4:
            out.append((short, full))
        elif full is None and short.jurisdiction is None and len(name) >= 4 and name in placed:
            out.append((short, placed[name]))  # 某某集团 and 四川某某集团有限公司
    return out


#: How long the place at the front of a company's name may be (四川, 四川省, 内蒙古自治区).
_MAX_PLACE = 5


def _without_place(corps: Iterable[Organization]) -> dict[str, Organization]:
    """Companies whose name opens with the place they sit in and closes with a legal ending, by
    the name without either (四川某某集团有限公司 -> 某某集团); a name two of them give is left out."""
    out: dict[str, Organization] = {}
    twice: set[str] = set()
    for org in corps:
        if org.jurisdiction is None:
            continue
        for ending in LEGAL_ENDINGS:
            core = org.name[: -len(ending)] if org.name.endswith(ending) else ""
            for k in range(2, min(_MAX_PLACE, len(core) - 4) + 1):
                short = core[k:]
                if short in out and out[short] is not org:
                    twice.add(short)
                out[short] = org
    return {k: v for k, v in out.items() if k not in twice}
