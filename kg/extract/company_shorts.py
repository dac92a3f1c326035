"""A company written short (in a headline, say) and in full in the body: one company.

News writes a company's registered name once and a shorter form elsewhere, most often in the
headline. The short form keeps the name's head and its kind word, in order, and drops the place at
the front, the legal ending and often a trade word in between:

- ``某某集团`` for ``青禾省某某化工集团有限公司`` (place, trade word and legal ending dropped);
- ``某某集团`` for ``中国某某集团有限公司`` (the country's name dropped);
- ``某某能源集团`` for ``某某能源投资集团有限责任公司``;
- ``某某股份`` for ``某省某某农牧股份有限公司``;
- ``某某银行`` for ``某某农村商业银行股份有限公司``;
- ``省某某集团`` (read as ``青禾省某某集团``) for ``青禾某某集团有限公司``: a headline writes the
  level of the company's division before it (``省能源集团``, ``市城投集团``, ``县交投公司``,
  ``区国资公司``, read with the article's division before them), and the full name opens with
  the division's name without its level word. A level word alone before the short form (an
  organisation read with no division: ``省某某集团``) links nothing: the body may honour two units.

The rule: the short form (a top-level company of 4 characters or more without a legal ending)
opens with two characters written together in the full name within :data:`MAX_PLACE` characters of
its start, ends with the kind word the full name ends with before its legal ending (``股份`` may be
left out), and every character of it is in the full name in the same order. It is linked only to
the one full name of the article that fits.

Counter-examples: two companies of one group (``某某集团`` with ``某某集团甲有限公司`` and
``某某集团乙有限公司``) or a short form that fits two full names: no link; a company of another kind
(``某某集团`` and ``某某新能源股份有限公司``, a subsidiary, not the group): no link.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.model import Organization

#: Legal endings of a registered name; the kind word before them (集团, 股份, 银行) stays.
LEGAL_TAILS = ("有限责任公司", "有限公司")
#: How far into the full name the short form's head may start (a place before it: 内蒙古自治区).
MAX_PLACE = 6
#: A word between the kind word and the legal ending that the short form may leave out.
SHARES = "股份"


def _kinds(full: str) -> tuple[str, ...]:
    """The full name without its legal ending, and without 股份 as well (the forms a short may end as)."""
    for tail in LEGAL_TAILS:
        if full.endswith(tail) and len(full) > len(tail) + 2:
            core = full[: -len(tail)]
            return (core, core[: -len(SHARES)]) if core.endswith(SHARES) else (core,)
    return ()


def in_order(short: str, core: str, start: int = 0) -> bool:
    """Are the characters of ``short`` in ``core``, in the same order, from ``start`` on?"""
    pos = start
    for ch in short:
        pos = core.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def fits(short: str, full: str) -> bool:
    """Whether ``short`` is a contracted form of the registered name ``full`` (module docstring)."""
    if len(short) < 4 or short == full or _kinds(short):
        return False
    for core in _kinds(full):
        head = core.find(short[:2], 0, MAX_PLACE + 2)
        if head < 0 or head > MAX_PLACE or not core.endswith(short[-2:]):
            continue
        if in_order(short, core, head) or in_order(_without_level(short, core), core, head):
            return True
    return False


#: Level words of a division that a short form writes after its name (青禾省某某集团).
LEVEL_WORDS = "省市县区州"


def _without_level(short: str, core: str) -> str:
    """``short`` without the level word after the division's name that ``core`` opens with but
    writes without it (青禾省某某集团 for 青禾某某集团); ``short`` itself otherwise."""
    for i in range(2, min(MAX_PLACE, len(short) - 2) + 1):
        if short[i] in LEVEL_WORDS and core.startswith(short[:i]) and not core.startswith(short[: i + 1]):
            return short[:i] + short[i + 1 :]
    return short


def contracted_forms(
    orgs: Sequence[Organization], paired: frozenset[str] = frozenset()
) -> list[tuple[Organization, Organization]]:
    """(short, full) pairs of top-level companies where the short one fits one full name only.

    ``paired``: keys of short forms already linked by another rule (left alone here)."""
    corps = [o for o in orgs if o.kind == "Corporation" and o.parent is None]
    fulls = [o for o in corps if _kinds(o.name)]
    out = []
    for short in corps:
        if short.key in paired or _kinds(short.name):
            continue
        fit = list({f.key: f for f in fulls if fits(short.name, f.name)}.values())  # one company read twice
        if len(fit) == 1:
            out.append((short, fit[0]))
    return out
