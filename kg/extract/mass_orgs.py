"""The national mass organisations by their conventional short forms, and the federation of
industry and commerce by its second name.

- ``全国妇联副主席``, ``中国科协党组书记``, ``团中央书记处书记``: the short forms of the national
  people's organisations (a closed, public list, like the administrative divisions) name one
  organisation of the country, whatever the article's place; a unit written after one (党组,
  书记处) is that organisation's. Its jurisdiction follows the conventions of
  :func:`kg.extract.chain_orgs.resolve_org`: a body named 全国… is the country's (全国工商联), one
  named 中国… or 团中央 has none (as 共青团中央 has none).
- ``某市工商联（总商会）主席``: the federation of industry and commerce is also its chamber of
  commerce; the second name in brackets is no part of the organisation's name.
"""

from __future__ import annotations

from kg import rx
from kg.extract.divisions import COUNTRY_KEY
from kg.extract.org_suffixes import suffix_of
from kg.extract.orgs import OrgParse, org_key
from kg.model import Organization

COUNTRY = COUNTRY_KEY

#: Short forms of the national people's organisations (general knowledge), longest first where
#: one starts another; each stands for one organisation of the country.
NATIONAL_BODIES = (
    "中华全国总工会", "中华全国妇女联合会", "中华全国工商业联合会", "中国科学技术协会",
    "中国文学艺术界联合会", "中国作家协会", "中华全国归国华侨联合会", "中国残疾人联合会",
    "中华全国台湾同胞联谊会", "中华全国青年联合会", "中华全国学生联合会", "中国红十字会总会",
    "中华全国新闻工作者协会", "中国国际贸易促进委员会", "共青团中央",
    "全国总工会", "全国妇联", "全国工商联", "中国科协", "中国文联", "中国作协", "中国侨联",
    "全国侨联", "中国残联", "全国台联", "全国青联", "全国学联", "中国记协", "中国贸促会", "团中央",
)  # fmt: skip
_BODY = rx.compile("|".join(sorted(NATIONAL_BODIES, key=len, reverse=True)))
#: Units of a mass organisation written after its short form (the suffix lexicon has the rest).
_UNITS = ("书记处", "主席团", "党组", "党委", "执委会", "常委会")

#: The second name of a federation of industry and commerce, written in brackets after it.
_SECOND_NAME = rx.compile(r"(?<=工商联)[（(]总?商会[）)]")


def national_body(text: str) -> OrgParse | None:
    """``全国妇联`` -> the organisation of the country; ``团中央书记处`` -> it and its unit; None
    for text that does not start with a short form, or goes on with no unit's name."""
    m = _BODY.match(text)
    if m is None:
        return None
    where = COUNTRY if m.group().startswith(("全国", "中华全国")) else None
    body = Organization(org_key(where, m.group()), m.group(), "Organization", where, None)
    rest = text[m.end() :]
    if not rest:
        return OrgParse((body,), (len(text),), where)
    suffix = suffix_of(rest)
    if rest not in _UNITS and (
        suffix is None or suffix.use not in ("unit", "organ") or rest != suffix.suffix
    ):
        return None
    kind = suffix.kind if suffix is not None and suffix.kind != "-" else "Organization"
    unit = Organization(org_key(where, text), text, kind, where, body.key)
    return OrgParse((body, unit), (m.end(), len(text)), where)


def without_second_name(text: str) -> str:
    """``某市工商联（总商会）`` -> ``某市工商联``: the bracketed second name dropped."""
    return _SECOND_NAME.sub("", text) if "工商联" in text else text
