"""A post stated before 一职由 and the name that takes it.

``某某局局长一职由该局副局长王小明接任``: the chain before 一职由 (or 职务由, 职位由) is the post the
name after it takes, when a verb of taking a post follows the name (接任, 担任, 出任, 兼任, 接替);
the chain right before the name starts after 由 (``该局副局长``, :mod:`kg.extract.referred_orgs`),
never inside the post phrase before it.
"""

from __future__ import annotations

#: What ends a post that is vacated or filled, and says who fills it: 局长一职由, 董事长职务由.
VACANCY_MARKS = ("一职由", "职务由", "职位由")
#: Verbs after the name that say it takes the post before 一职由.
TAKING_VERBS = ("接任", "担任", "出任", "兼任", "接替")


def after_vacancy(text: str, start: int, name_start: int) -> int:
    """Where the chain before the name at ``name_start`` starts: after the last 一职由 (or
    职务由, 职位由) between ``start`` and the name, else ``start``."""
    best = start
    for mark in VACANCY_MARKS:
        at = text.rfind(mark, start, name_start)
        if at >= 0:
            best = max(best, at + len(mark))
    return best


def vacancy_span(text: str, chain_from: int, name_end: int) -> tuple[int, int] | None:
    """The offsets of the post phrase that ends right before ``chain_from`` with 一职由 (or
    职务由, 职位由) as ``(mark start, chain_from)``, when a verb of taking the post follows the
    name that ends at ``name_end``; None otherwise (``局长一职由他人代理`` states no taker)."""
    mark = next((m for m in VACANCY_MARKS if text.endswith(m, 0, chain_from)), None)
    if mark is None or not text.startswith(TAKING_VERBS, name_end):
        return None
    return chain_from - len(mark), chain_from
