"""The ends of a township's or village's name: an organ of it (村党支部), or a unit named after it.

A village or township written inside one tagged word ends where one of its organs starts, the
party's among them in every formal form (某某村党支部, 某某村支部委员会, 某某社区党委), and its
committees of mediation or of supervision and its economic cooperative (某某社区人民调解委员会,
某某村务监督委员会, 某某村股份经济合作社), and does not
end where a school's, hospital's or company's name goes on (大村 + 小学校).
"""

from __future__ import annotations

from kg import rx
from kg.extract.org_suffixes import suffix_of

#: Organs that may follow a village or township name inside one tagged word.
AFTER_LOCAL = rx.compile(
    r"(?:妇联|团委|居委会|村委会|居民委员会|村民委员会|党总支|党支部|党委|党工委|委员会|村委|两委"
    r"|总支部委员会|支部委员会|总支部|总支|支部"
    r"|(?:人民)?调解委员会|(?:村务|居务)?监督委员会|(?:股份)?经济合作社)"
)


def starts_org_name(text: str, start: int) -> bool:
    """Whether a school, hospital, company ... name goes on at ``start`` (大村 + 小学校)."""
    if AFTER_LOCAL.match(text, start):
        return False
    for k in range(1, 5):
        suffix = suffix_of(text[start : start + k])
        if suffix and suffix.use == "name" and suffix.kind in ("Organization", "Corporation"):
            return True
    return False
