"""Posts of foreign countries in a title chain.

An organisation written after a foreign country is the country's: ``某国外交部`` is a unit of
the country (the organisation 某国), in no Chinese jurisdiction, and ``某国副总理`` a post in the
country itself. After a foreign country's title, the next title of the chain is the same
country's: ``某国副总理兼外交部长`` holds two posts, 副总理 of 某国 and 部长 of 某国外交部 (not
China's 外交部, and not an organisation called 某国副总理兼外交部). A foreign envoy to China
(``某国驻华大使``) is of the country's embassy in China, ``某国驻华大使馆``.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.org_suffixes import suffix_of
from kg.extract.orgs import OrgParse, org_key
from kg.extract.titles import TitleSplit, lexicon
from kg.model import Extraction, Organization

#: Envoys whose post is in their country's embassy.
ENVOYS = ("特命全权大使", "大使", "公使", "参赞", "武官", "临时代办")
#: A foreign country's mission to China, as written after the country.
IN_CHINA = "驻华"
EMBASSY = "大使馆"
#: Words of statehood written after a country's name: 某某共和国 is the country 某某.
STATES = ("民主共和国", "人民共和国", "联邦共和国", "共和国", "联合王国", "王国", "大公国", "联邦")
#: The longest country name looked for at the start of an organisation.
_LONGEST = 8
#: Bare organisations that are a country's own: its ministries and offices (外交部, 国防部).
_ORGAN_ENDS = ("部", "委员会", "局", "署", "办公室", "议会", "政府")


def country_prefix(text: str) -> str | None:
    """The foreign country that ``text`` starts with (its longest written form), else None. 中
    starts no foreign country (中非合作 is China and Africa); 蒙古族 is a people; a division of China
    whose name holds a country's (巴林右旗, not 巴林) is no country."""
    from kg.extract.divisions import division_prefix
    from kg.extract.foreign_names import is_country

    if text.startswith("中"):
        return None
    home = division_prefix(text)  # 巴林右旗: a banner of China, not 巴林 (Bahrain)
    for k in range(min(len(text), _LONGEST), 1, -1):
        if is_country(text[:k]) and text[k : k + 1] != "族" and home <= k:
            state = next((w for w in STATES if text.startswith(w, k)), "")
            return text[: k + len(state)]
    return None


def country_before(ex: Extraction, start: int, floor: int) -> int:
    """Where a title chain at ``start`` starts when the tagger read the foreign country written
    before its mission or its statehood as a name (``某国|驻华大使``, ``某国|共和国外交部长``): at
    the country; else ``start``."""
    if not ex.article.text.startswith(("驻", *STATES), start):
        return start
    tok = next((t for t in ex.tokens if t.end == start and t.tag == "PER" and t.start >= floor), None)
    return tok.start if tok is not None and country_prefix(tok.text) == tok.text else start


def foreign_org(text: str) -> OrgParse | None:
    """``某国外交部`` -> the country 某国 and its unit; ``某国`` -> the country; in no Chinese
    jurisdiction. None if ``text`` starts with no foreign country."""
    country = country_prefix(text)
    if country is None:
        return None
    state = Organization(org_key(None, country), country, "GovernmentOrganization", None, None)
    if text == country:
        return OrgParse((state,), (len(text),), None)
    suffix = suffix_of(text)
    kind = suffix.kind if suffix is not None and suffix.kind != "-" else "Organization"
    kind = "GovernmentOrganization" if text.endswith(EMBASSY) else kind  # a state's mission
    unit = Organization(org_key(None, text), text, kind, None, state.key)
    return OrgParse((state, unit), (len(country), len(text)), None)


def foreign_split(split: TitleSplit, country: str | None) -> tuple[TitleSplit, str | None]:
    """A chain item read as a foreign country's, and the country for the items after it:
    ``某国驻华大使`` -> 某国驻华大使馆; ``外交部长`` after a title of 某国 -> 某国外交部;
    ``副总理`` after one -> a post of 某国 (not of 国务院)."""
    org = split.org
    own = country_prefix(org) if org else None
    if own is not None:
        if org == own + IN_CHINA and split.role in ENVOYS:
            return replace(split, org=org + EMBASSY), own
        return split, own
    if country is None:
        return split, None
    if org and org.endswith(_ORGAN_ENDS) and not org.startswith("中"):
        return replace(split, org=country + org), country
    if not org and split.role in lexicon().national:
        return replace(split, org=country, rank=1), country
    return split, country
