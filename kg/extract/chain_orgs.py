"""The organisation of one title in a chain: ``<organisation><title>`` read with its scope.

A written organisation is read by :func:`kg.extract.orgs.parse_org` in the chain's scope; a bare
national organ belongs to the country (``国务院``, ``国家某某局``), a party department or a
local organ without a place takes the scope's division (``组织部部长`` in a city's article), a
company's own units take the article's company, and what is none of these is kept as written.
"""

from __future__ import annotations

from collections import Counter

from kg import rx
from kg.extract.armed_forces import armed_forces_unit
from kg.extract.bare_organs import bare_department, bare_organ
from kg.extract.bare_provinces import bare_province
from kg.extract.bare_regions import region_organ
from kg.extract.body_units import body_unit
from kg.extract.chain_depts import body_office
from kg.extract.congress_bodies import congress_body
from kg.extract.county_cities import county_city, own_city, scoped_city
from kg.extract.divisions import COUNTRY_KEY, gazetteer
from kg.extract.foreign_posts import foreign_org
from kg.extract.home_orgs import own_unit
from kg.extract.mass_orgs import national_body, without_second_name
from kg.extract.municipalities import municipality
from kg.extract.org_aliases import SHORT_NAME
from kg.extract.org_parties import DEMOCRATIC_PARTIES, party_body
from kg.extract.org_suffixes import suffix_of
from kg.extract.org_tails import full_name
from kg.extract.orgs import OrgParse, org_key, parse_org
from kg.extract.own_company import OWN_COMPANY_WORDS, headline_company, own_company
from kg.extract.prefecture_organs import prefecture_organ
from kg.extract.sar_orgs import sar_secretariat
from kg.extract.scoped_places import MUNICIPALITY, in_scope
from kg.extract.standing_committees import standing_committee
from kg.extract.stationed_orgs import stationed_host
from kg.extract.unit_hosts import unit_host
from kg.extract.unit_orgs import INNER_UNITS
from kg.extract.unit_party import split_unit_organ
from kg.extract.unknown_divisions import opens_with_division
from kg.extract.zone_organs import full_zone, zone_organ
from kg.model import Extraction, Organization, Place, Token

COUNTRY = COUNTRY_KEY

#: National organs: a name that begins so belongs to the country.
NATIONAL = rx.compile(
    r"^(中共中央|中央|全国|国务院|国家|最高人民|中国人民解放军|军委|外交部|国防部|中华人民共和国|中国驻|中国常驻|驻|常驻)"
)
_MINISTRY = rx.compile(r"^[\u4e00-\u9fff]{1,30}(部|委员会|总局|管理局|局|署|司)$")
_PARTY = rx.compile(r"^(中共中央|中央(?!军委)|中组部|中宣部)")


def home_company(ex: Extraction) -> str | None:
    """The company an article is about: the lead's only corporation where the headline opens with
    the company's word (``集团与某市签署…``: the lead names it, and a unit of it may be named more
    often after), else the most mentioned (:func:`kg.extract.own_company.own_company`)."""
    return headline_company(ex) or own_company(ex)


#: Level words of the divisions below a county: a bare organ of one (镇党委, 村党委) is no organ
#: of the county in scope.
_LOWER = ("镇", "乡", "村", "街道", "社区")
#: The leading party group of a government body (某某部党组): a ministry's is the country's.
_LEADING_GROUP = "党组"
#: Party organs that sit inside any organisation: 某某公司党委, 某某局党组, 某某学校党支部.
INNER_PARTY_ORGANS = ("党委", "党组", "纪委", "党支部", "党总支")
#: The government or self-government of a division: a bare party organ after one keeps the
#: reading of the division (``某市市长、党组书记``), as one after a party committee does.
_DIVISION_ORGANS = (
    "人民政府",
    "政府",
    "人大常委会",
    "常委会",
    "人大",
    "政协",
    "村委会",
    "居委会",
    "村民委员会",
    "居民委员会",
    "领导",
)


def _inner(org: Organization) -> bool:
    return (
        org.parent is not None and org.kind == "PartyOrganization" and org.name.endswith(INNER_PARTY_ORGANS)
    )


def outside_party(orgs: tuple[Organization, ...]) -> tuple[Organization, ...]:
    """``orgs`` without the party organs inside its innermost organisation: after
    ``某某公司党委书记``, a title that is no party post (董事长) is the company's."""
    end = len(orgs)
    while end > 1 and _inner(orgs[end - 1]):
        end -= 1
    return orgs[:end]


def inner_organ(orgs: tuple[Organization, ...], organ: str) -> tuple[Organization, ...] | None:
    """A bare party organ (:data:`INNER_PARTY_ORGANS`) or unit (:data:`INNER_UNITS`) written
    after a title of ``orgs`` (``某某集团有限公司董事长、党委书记``, ``某某法院副院长、审判委员会
    委员``): the unit of the enterprise or institution that holds it. None after a division's
    government or a party committee (``某市委常委、纪委书记``)."""
    host = unit_host(outside_party(orgs), organ)  # 工会主席、党委委员: the host's committee
    if (
        unit_of_body := body_unit(host, organ) or body_office(host, organ) or congress_body(host, organ)
    ) is not None:
        return unit_of_body  # 全国妇联党组成员、书记处书记; 某市人大常委会党组书记、常委会主任
    leaf = host[-1]
    if (
        organ not in (*INNER_PARTY_ORGANS, *INNER_UNITS)
        or leaf.kind == "PartyOrganization"
        or leaf.name.endswith(_DIVISION_ORGANS)
    ):
        return None
    name = leaf.name + organ
    party = organ in INNER_PARTY_ORGANS  # else 某某法院副院长、审判委员会委员: the court's committee
    kind = "PartyOrganization" if party else getattr(suffix_of(organ), "kind", "Organization")
    unit = Organization(org_key(leaf.jurisdiction, name), name, kind, leaf.jurisdiction, leaf.key)
    return (*host, unit)


#: A division's level word written again before its organ (某县县委, 某市市政府, 某区区人大常委会):
#: the organ of that division, written once (某县委, 某市政府); 某市市场监管局 is no such case.
LEVEL_TWICE = rx.compile(r"^([\u4e00-\u9fff]{1,10}?)([县市区州旗])\2(委|政府|人民政府|人大|政协)")


#: A bare 自治州 opening an organ (自治州党委, 自治州妇联): the autonomous prefecture in scope, as a
#: bare 州 is (州委, 州妇联); a prefecture named in full (某某自治州党委) is no bare word.
BARE_PREFECTURE = rx.compile(r"^自治州(?=[\u4e00-\u9fff])")


def resolve_org(text: str, scope: str | None, ex: Extraction) -> OrgParse | None:
    """Resolve a written organisation in the scope of a division (national organs: the country)."""
    text = without_second_name(SHORT_NAME.sub("", text)).strip(" \u3000")  # 某某（以下简称某某）, 电  某某
    text = LEVEL_TWICE.sub(r"\1\2\3", text)  # 某县县委: 某县委, the same committee
    text = stationed_host(ex, text)  # 某厅派驻某某村: the village
    text = bare_department(ex, bare_organ(ex, own_unit(ex, full_name(_unaliased(text, ex), ex))))  # 心内科
    text = standing_committee(text, ex)  # 常委会 after 全国人大常委会: that committee
    text = region_organ(text, scope, ex)  # 自治区党委 in a region's news: 某某自治区党委
    text = BARE_PREFECTURE.sub("州", text)  # 自治州妇联 as 州妇联: the prefecture's own, as 州 says
    text = prefecture_organ(text, scope, ex)  # 地委 in a 地区's news: 某某地委
    for own in OWN_COMPANY_WORDS:  # a company word in company news: the article's company
        company = home_company(ex) if text.startswith(own) else None
        if company and not text.startswith(company):
            text = company + text[len(own) :]  # 集团党委 in the group's own news: 某某集团党委
            break
    outside = foreign_org(text) or _army_unit(text) or armed_forces_unit(text, ex) or national_body(text)
    outside = outside or sar_secretariat(text, ex) or party_body(text, ex)  # 政务司, 民盟中央
    outside = outside or zone_organ(text, full_zone(text, ex))  # 某某经济技术开发区党工委: the zone's
    if outside is not None:
        return outside
    local = _local_organ(text, scope, ex) or _party_committee(text, scope, ex)
    if local is not None:
        return split_unit_organ(local)  # 市红十字会党组
    parsed = parse_org(text, home=scope or ex.home, places=ex.places)
    if parsed is not None and parsed.jurisdiction == COUNTRY:
        leaf = parsed.organizations[-1]
        if leaf.kind in ("Organization", "Corporation") and text.startswith("中国"):
            orgs = tuple(
                Organization(o.key.replace(f"|{COUNTRY}|", "||"), o.name, o.kind, None, _unkey(o.parent))
                for o in parsed.organizations
            )
            return OrgParse(orgs, parsed.ends, None)
    if parsed is not None and parsed.jurisdiction is not None:
        return split_unit_organ(parsed)  # 某市红十字会党组: the unit's organ
    # a company or a party organ is no ministry: 某某村党支部 ends in 部 but is no 某某部
    government = parsed is None or parsed.organizations[0].kind not in ("Corporation", "PartyOrganization")
    government = government and not text.endswith(INNER_PARTY_ORGANS) and "公司" not in text
    local_scope = scope is not None and scope != COUNTRY

    def ministry(name: str) -> bool:
        return (
            not local_scope
            and _MINISTRY.match(name) is not None
            and not _has_place(name, ex)
            and name[0] not in _LEVEL_OF  # 县教育局 with no county known: a county's, no ministry
            and not opens_with_division(name)  # 青禾市公安局 of a city not in the table: no ministry
        )

    if NATIONAL.match(text) or (government and ministry(text)):
        kind = "PartyOrganization" if _PARTY.match(text) else "GovernmentOrganization"
        org = Organization(f"org|{COUNTRY}|{text}", text, kind, COUNTRY, None)
        return OrgParse((org,), (len(text),), COUNTRY)
    stem = text.removesuffix(_LEADING_GROUP)
    if stem != text and ministry(stem) and "公司" not in stem:  # 某某部党组书记、部长: the ministry's 党组
        org = Organization(f"org|{COUNTRY}|{stem}", stem, "GovernmentOrganization", COUNTRY, None)
        inner = Organization(f"org|{COUNTRY}|{text}", text, "PartyOrganization", COUNTRY, org.key)
        return OrgParse((org, inner), (len(stem), len(text)), COUNTRY)
    if (
        parsed is None
        and scope
        and text
        and text[-1] in "委组"
        and len(text) <= 6
        and not text.startswith(_LOWER)
    ):
        # an organ of the division in scope: 政法委, 纪委, 党组
        scope = own_city(ex, scope)  # a county-level city's own news: the city's
        place = ex.place(scope)
        pname = place.name if place else ""
        org = Organization(f"org|{scope}|{pname}{text}", f"{pname}{text}", "PartyOrganization", scope, None)
        return OrgParse((org,), (len(text),), scope)
    if parsed is None and text and not _verbal(text):
        return split_unit_organ(_fallback_org(text, scope, ex))
    return split_unit_organ(parsed) if parsed is not None else None


#: The tagger's tags of verbs, adverbs and adjectives: words of what someone does or is.
_VERBAL_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "d"})


def _verbal(text: str) -> bool:
    """Is ``text``, written before a title, only verbs, adverbs or adjectives to the tagger
    (``返乡|大学生``, ``退休|教师``)? What someone does or is names no organisation."""
    from kg.extract.tagger import ask  # the tagger's module is heavy: imported when asked

    return all(tag in _VERBAL_TAGS for _, tag in ask(text))


def _unaliased(text: str, ex: Extraction) -> str:
    """``text`` with a short name that the article defines for one of its organisations
    (``某某有限公司（以下简称“某某”）``) written out in full, the longest first: ``某某董事长`` is
    the company's, ``某某党委`` its unit. A division written at least as long as the short name
    stays the division (``青禾县委`` after a company called 青禾)."""
    written = [(a, o) for o in ex.organizations for a in o.aliases if text.startswith(a)]
    if not written:
        return text
    alias, org = max(written, key=lambda w: len(w[0]))
    names = [o.name for o in ex.organizations] + [f for p in ex.places for f in (p.name, *p.aliases)]
    if any(text.startswith(f) and len(f) > len(alias) for f in names):
        return text  # the full name itself, or a longer place or organisation
    return org.name + text[len(alias) :]


#: The army: a unit written after its name (``中国人民解放军某某学院``) is the army's; the post's
#: jurisdiction is the army (the country's armed forces), its organisation the unit.
ARMY = "中国人民解放军"


def _army_unit(text: str) -> OrgParse | None:
    """``中国人民解放军某某学院`` -> the army and its unit ``某某学院``; None for anything else."""
    if not text.startswith(ARMY) or len(text) < len(ARMY) + 2:
        return None
    unit = text[len(ARMY) :]
    army = Organization(org_key(COUNTRY, ARMY), ARMY, "GovernmentOrganization", COUNTRY, None)
    kind = getattr(suffix_of(unit), "kind", "GovernmentOrganization")
    org = Organization(org_key(COUNTRY, text), unit, kind, COUNTRY, army.key)
    return OrgParse((army, org), (len(ARMY), len(text)), COUNTRY)


#: Departments of a party committee: 某市委宣传部, 某县纪委.
_PARTY_DEPARTMENTS = (
    "组织部",
    "宣传部",
    "统战部",
    "政法委",
    "纪委",
    "监委",
    "编办",
    "政研室",
    "党校",
    "网信办",
)
_LEVEL_OF = {
    "省": "province",
    "市": "prefecture",
    "州": "prefecture",
    "盟": "prefecture",
    "县": "county",
    "区": "county",
    "旗": "county",
}
#: Level words of Inner Mongolia's divisions: a bare organ of one (旗委, 盟行署) is a banner's or a
#: league's only, never a county's or a city's.
_OWN_NAMED = frozenset("旗盟")


def of_its_level(word: str, place: Place) -> bool:
    """Whether a bare organ's level ``word`` may stand for ``place``: 旗 and 盟 only for a banner or a
    league (旗委 is never a county's), the other level words for any division of their level."""
    return word not in _OWN_NAMED or place.name.endswith(word)


def _local_organ(text: str, scope: str | None, ex: Extraction) -> OrgParse | None:
    """An organ written without its division: ``市纪委`` / ``市中级人民法院`` (a bare level
    character: the division of that level in scope or at home), ``宣传部`` after ``某市委常委、``
    (the division in scope)."""
    if not text:
        return None
    if text[0] in _LEVEL_OF and len(text) >= 2 and not _has_place(text, ex):
        place = (text[0] == "市" and county_city(ex, scope)) or place_at_level(
            ex, [scope, ex.home], _LEVEL_OF[text[0]], text[0]
        )
        place = place or (text[0] == "市" and municipality(ex, [scope, ex.home])) or None  # 重庆: 市检察院
        if place is None or not of_its_level(text[0], place):
            return None
        rest = text[1:]
    elif scope and scope != COUNTRY and not _has_place(text, ex) and text.startswith(_PARTY_DEPARTMENTS):
        place = ex.place(scope)
        if place is None:
            return None
        rest = text
    else:
        return None
    party = rest.startswith(_PARTY_DEPARTMENTS) and not rest.startswith(("纪委", "监委"))
    name = f"{place.name}{'委' if party else ''}{rest}"
    parsed = parse_org(name, home=place.key, places=ex.places)
    if parsed is not None and parsed.jurisdiction is not None:
        return parsed  # 县委, 县委办: the county's
    if rest in ("委", "人民政府", "政府"):
        return None  # 市委, 市政府: the organisation grammar knows these
    kind = "PartyOrganization" if rest.startswith(_PARTY_DEPARTMENTS) else "GovernmentOrganization"
    org = Organization(f"org|{place.key}|{name}", name, kind, place.key, None)
    return OrgParse((org,), (len(text),), place.key)


#: The Communist Youth League's short name before a committee of a level: 团省委, 团市委.
YOUTH_LEAGUE = "团"


def _party_committee(text: str, scope: str | None, ex: Extraction) -> OrgParse | None:
    """``民盟省委会`` -> the party's committee of the province in scope (or at home); ``团省委`` ->
    the Youth League's, 共青团某省委 (not ``团市委书记`` written after its city: the chain's)."""
    party = next((p for p in (*DEMOCRATIC_PARTIES, YOUTH_LEAGUE) if text.startswith(p)), None)
    rest = text[len(party) :] if party else ""
    if not rest or rest[0] not in _LEVEL_OF or not rest[1:].startswith(("委会", "委员会", "委")):
        return None
    place = place_at_level(ex, [scope, ex.home], _LEVEL_OF[rest[0]])
    if place is None:
        return None
    name = f"{'共青团' if party == YOUTH_LEAGUE else party}{place.name}{rest[1:]}"
    org = Organization(org_key(place.key, name), name, "Organization", place.key, None)
    return OrgParse((org,), (len(text),), place.key)


def _fallback_org(text: str, scope: str | None, ex: Extraction) -> OrgParse:
    """An organisation the suffix grammar does not know (a shop, a village): keep it as written,
    in the division its name starts with (else the scope)."""
    best: Place | None = None
    written = 0
    for p in ex.places:
        for form in (p.name, *p.aliases):
            if text.startswith(form) and len(form) > written:
                best, written = p, len(form)
    jurisdiction = best.key if best else own_city(ex, scope)  # a county-level city's group
    org = Organization(org_key(jurisdiction, text), text, "Organization", jurisdiction, None)
    return OrgParse((org,), (len(text),), jurisdiction)


def _unkey(key: str | None) -> str | None:
    return key.replace(f"|{COUNTRY}|", "||") if key else None


def _has_place(text: str, ex: Extraction) -> bool:
    return any(text.startswith(p.name) or any(text.startswith(a) for a in p.aliases) for p in ex.places)


#: The kind of an autonomous prefecture, the only division a bare 州 stands for.
AUTONOMOUS = "自治州"


def place_at_level(ex: Extraction, keys: list[str | None], level: str, word: str = "") -> Place | None:
    """The first division of ``level`` (written with the bare ``word``: 市, 州, 县) among ``keys``
    and their ancestors; else the only county,
    city or province of ``level`` that the article names (县委 in a city's article that names
    one county of it: that county), or the county it names at least three times and twice as often
    as any other (a county's news that names a neighbour or its port once), or the only one of
    the kind the bare word says (旗委: the one banner among the counties and districts named)."""
    if level == "province":
        return bare_province(ex, keys)  # 省委 in a delegation's news from 北京: never a 直辖市
    first = next(
        (k for k in keys if k), None
    )  # the chain's scope, else the sentence's (甲市委书记乙、市长丙)
    if level == "prefecture" and (city := scoped_city(ex, first, word)) is not None:
        return city  # 市长 in a county-level city's own news, or after 某市委副书记: that city's
    autonomous = word == "州"  # 州政协, 州长: an autonomous prefecture's, never a city's (兰州市)
    found = in_scope(ex, keys, lambda div: div.level == level and (not autonomous or div.kind == AUTONOMOUS))
    if found is None and level == "prefecture" and not autonomous:  # 副市长 in a 直辖市's district's paper
        found = in_scope(ex, keys, lambda div: div.kind == MUNICIPALITY)
    if found is not None:
        return found
    times = Counter(m.ref for m in ex.mentions if m.label == "Place")
    gaz = gazetteer()
    only = [
        p
        for p in ex.places
        if p.level == level
        and p.key in times
        and (not autonomous or getattr(gaz.by_code.get(p.key), "kind", "") == AUTONOMOUS)
    ]
    if len(only) == 1 and level in ("province", "prefecture", "county"):
        return only[0]
    kind = [p for p in only if level == "county" and word in _COUNTY_WORDS and p.name.endswith(word)]
    if len(kind) == 1 and len(only) > 1:
        return kind[0]  # 旗委 in a banner's news that names a district of its city too: the banner
    if level == "county" and not only:  # 区委 in a district's news that names its towns, not itself
        return _townships_county(ex, times)
    if level == "county" and len(only) > 1:  # 县委 in a county's news that names a neighbour once
        first, second = sorted(only, key=lambda p: -times[p.key])[:2]
        return first if times[first.key] >= max(2 * times[second.key], 3) else None
    return None


#: The bare words of a county's level that say its kind (县委, 区委, 旗委).
_COUNTY_WORDS = ("县", "区", "旗")


def _townships_county(ex: Extraction, times: Counter[str | None]) -> Place | None:
    """The one county that the townships the article names lie in, where it names no county."""
    named = {p.parent for p in ex.places if p.level == "township" and p.key in times}
    counties = [p for p in ex.places if p.key in named and p.level == "county"]
    return counties[0] if len(counties) == 1 and len(named) == 1 else None


def division_only(ex: Extraction, text: str) -> Place | None:
    """``山西省兴县`` / ``江西省南昌市西湖区``: a chain of division names and nothing else -> the last."""
    pos, last = 0, None
    while pos < len(text):
        best = 0
        for p in ex.places:
            for form in (p.name, *p.aliases):
                if len(form) > best and text.startswith(form, pos):
                    best, last = len(form), p
        if not best:
            return None
        pos += best
    return last


def org_starts(ex: Extraction, offset: int) -> bool:
    """Does an organisation plausibly start here (a place name or a tagged organisation)?"""
    global _ORG_STARTS
    cached = _ORG_STARTS  # the starts of the last extraction asked about (one tuple: thread-safe)
    if cached[0] is not ex.mentions or cached[1] is not ex.tokens:
        starts = {m.start for m in ex.mentions if m.label in ("Place", "Organization")}
        starts |= {t.start for t in ex.tokens if t.tag in ("LOC", "ORG")}
        cached = _ORG_STARTS = (ex.mentions, ex.tokens, frozenset(starts))
    return offset in cached[2]


_ORG_STARTS: tuple[tuple[object, ...], tuple[Token, ...], frozenset[int]] = ((), (), frozenset())
