"""Organisations: reading a written name (:func:`parse_org`) and finding names in text (:data:`orgs_stage`).

A written name is a place chain (太原市尖草坪区, or a bare 市/省 that the article's home resolves),
then a name that ends in a suffix of ``kg/lexicons/org_suffixes.tsv``, then any sub-units each ending
in a suffix too (…有限公司 + …分公司, …中心 + …办公室). The suffix of each piece gives its kind.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from kg import rx
from kg.extract.bracketed_names import bracketed_companies, is_bracketed
from kg.extract.called_companies import called_companies
from kg.extract.divisions import COUNTRY_KEY
from kg.extract.enterprise_lists import enterprise_items, release_places
from kg.extract.glued_orgs import split_glued, split_joined
from kg.extract.military_units import military_units
from kg.extract.org_aliases import with_aliases
from kg.extract.org_heads import name_start
from kg.extract.org_keys import key_name
from kg.extract.org_places import bare_place, located_before, place_prefix
from kg.extract.org_suffixes import Suffix, cuts_word, suffix_of
from kg.extract.org_townships import township_head
from kg.extract.wished_orgs import tagged_org, wished
from kg.model import Extraction, Mention, Organization, Place, Token
from kg.pipeline import stage

log = logging.getLogger(__name__)

#: Characters that occur in phrases, not in names.
FUNCTION_CHARS = frozenset("的了么呢吗在是从把被对为等这那该此其些")
#: Characters a name's body cannot start with (该公司, 全集团).
_BAD_FIRST = frozenset("该本此其各全每某子母总")
_LEVEL_CHARS = "省市县区州盟旗"
_COMPANY_WORDS = ("公司", "集团")
#: Words that make 企业 a kind of enterprise, not the end of a name (下属企业, 龙头企业, 民营企业).
_ENTERPRISE_KINDS = (
    "下属", "所属", "旗下", "直属", "属下", "相关", "重点", "骨干", "龙头", "民营", "国有", "中小", "小微",
    "外资", "合资", "工业", "规上", "以上", "出口", "科技型", "高新技术", "链主", "上市",
    "美资", "港资", "台资", "日资", "韩资", "德资", "法资", "欧资", "独资", "侨资",
)  # fmt: skip
#: Conjunctions that may join words inside a name (文化和旅游局) but never open a unit's name.
_JOINERS = ("和", "与", "及")


@dataclass(frozen=True)
class OrgParse:
    """What a written organisation name resolves to."""

    organizations: tuple[Organization, ...]  # the outermost first, the named unit last
    ends: tuple[int, ...]  # for each organisation, where its written name ends in the text
    jurisdiction: str | None

    @property
    def leaf(self) -> str:
        return self.organizations[-1].key


def org_key(jurisdiction: str | None, name: str) -> str:
    return f"org|{jurisdiction or ''}|{key_name(jurisdiction, name)}"  # 某省某市某局 is 某市某局


# ------------------------------------------------------------------------------ pieces


def _body_ok(body: str, minimum: int) -> bool:
    if len(body) < minimum or any(c in FUNCTION_CHARS for c in body):
        return False
    return not body or body[0] not in _BAD_FIRST


#: Institutions commonly named by a place alone: 山西大学, 北京医院.
_PLACE_NAMED = frozenset(
    {"大学", "学院", "医院", "银行", "日报", "电视台", "图书馆", "博物馆", "大剧院", "师范大学"}
)


def _piece(text: str, *, first: bool, after_place: bool) -> Suffix | None:
    """The suffix that ``text`` ends with if it can be one piece of a name.

    Bodies: a one-character suffix (局, 科) needs two characters before it; an organ (政府, 党委)
    may follow a place or a parent directly; other suffixes need one character after a place or
    parent and two in a standalone name.
    """
    suffix = suffix_of(text)
    if suffix is None or suffix.use in ("venue", "none"):
        return None
    body = text[: -len(suffix.suffix)]
    if suffix.use == "whole":
        return suffix if first and not after_place and not body else None
    if not first and (any(w in body for w in _COMPANY_WORDS) or body.startswith(_JOINERS)):
        return None  # 某某公司和某某集团: two organisations, the second no unit of the first
    if after_place and body[:1] in _JOINERS and body[1:2] in _LEVEL_CHARS:
        return None  # 某市和省发展改革委: a place, then the province's organ
    if _joins_two(text, len(body)):
        return None  # 某某合作社和某某村服务站, 办公室和某县教育局: two organisations, not one name
    if suffix.suffix == "企业" and body.endswith(_ENTERPRISE_KINDS):
        return None  # 某某集团下属企业, 重点企业: a kind of enterprise, not one's name
    if len(suffix.suffix) == 1 or _one_char_unit(body, suffix, first):
        minimum = 2  # 某某局 + 件有限公司: a company unit of one character is a word cut in two
    elif suffix.use == "organ" and (after_place or not first):
        minimum = 0
    elif first and after_place and suffix.suffix in _PLACE_NAMED:
        minimum = 0  # 某省大学, 某市医院: the place is part of the institution's name
    else:
        minimum = 1 if (after_place or not first) else 2
    return suffix if _body_ok(body, minimum) else None


def _joins_two(text: str, body_len: int) -> bool:
    """Whether a joiner in the piece ``text`` (before its suffix, at ``body_len``) follows a whole
    organisation's name and opens another (办公室和某县教育局, 某某合作社与某村服务站): two
    organisations, not one; 文化和旅游局 joins two words (文化 names nothing)."""
    for j in range(2, body_len):
        if (
            text[j] in _JOINERS
            and (_units(text[:j]) is not None or split_name(text[:j], after_place=False))
            and split_name(text[j + 1 :], after_place=False)
        ):
            return True
    return False


#: Numbers that name a company's unit alone (某某集团一公司).
_NUMERALS = frozenset("一二三四五六七八九十")


def _one_char_unit(body: str, suffix: Suffix, first: bool) -> bool:
    """Whether a unit's one-character body before a company ending is a word's tail, not a number."""
    return not first and suffix.kind == "Corporation" and suffix.use == "name" and body not in _NUMERALS


def _units(text: str) -> list[tuple[int, Suffix]] | None:
    """Split ``text`` into sub-unit pieces: [(end, suffix), ...], or None."""
    if not text:
        return []
    for k in range(1, len(text) + 1):
        suffix = None if cuts_word(text, k) else _piece(text[:k], first=False, after_place=False)
        if suffix is None:
            continue
        rest = _units(text[k:])
        if rest is not None:
            return [(k, suffix), *[(k + e, s) for e, s in rest]]
    return None


def split_name(text: str, *, after_place: bool) -> list[tuple[int, Suffix]] | None:
    """Pieces of a name (no place chain): the first ends in a name suffix, the rest in unit ones."""
    for k in range(1, len(text) + 1):
        suffix = None if cuts_word(text, k) else _piece(text[:k], first=True, after_place=after_place)
        if suffix is None or suffix.use == "unit" and k < len(text):
            continue
        rest = _units(text[k:])
        if rest is not None:
            return [(k, suffix), *[(k + e, s) for e, s in rest]]
    return None


def _kind(suffix: Suffix, name: str, parent_kind: str | None, party: bool) -> str:
    if name.endswith("委") and len(name) >= 2 and name[-2] in _LEVEL_CHARS:
        return "PartyOrganization"
    if party and suffix.suffix in ("委员会", "委"):
        return "PartyOrganization"
    if parent_kind == "Corporation" and suffix.kind == "GovernmentOrganization":
        return "Organization"  # 销售部, 人事处 of a company
    return suffix.kind


#: Places whose name ends in a level's character but that are no division with a 委 of its own
#: (中共某某社区委员会 is the community's 党委, no 某某社区委).
_NO_LEVEL = ("社区", "小区", "园区", "矿区", "景区", "牧区", "林区", "垦区")


def parse_org(text: str, *, home: str | None, places: Sequence[Place]) -> OrgParse | None:
    """Read a written organisation name; None if it is not one (a bare place, a venue, a phrase)."""
    text = text.strip()
    if text.startswith("共青团"):
        from kg.extract.league import league_committee  # it reads the committee with this parser

        league = league_committee(text, home=home, places=places)
        if league is not None:
            return league
    from kg.extract.mass_orgs import national_body  # it reads units with this module's key

    if (national := national_body(text)) is not None:  # 全国妇联, 团中央书记处
        return national
    whole = suffix_of(text)
    if whole is not None and whole.use == "whole" and whole.suffix == text:  # 国务院, 中共中央
        org = Organization(org_key(None, text), text, whole.kind)
        return OrgParse((org,), (len(text),), None)
    offset = 0
    party = text.startswith("中共")
    if party:
        offset = 2
    rest = text[offset:]
    bare = bare_place(rest, home)
    if bare is not None:
        jurisdiction, prefix = bare
        chain_len, name_prefix = 1, prefix
    else:
        chain_len, jurisdiction = place_prefix(rest, places, home)
        name_prefix = "" if located_before(rest, chain_len, jurisdiction) else rest[:chain_len]
    remainder = rest[chain_len:]
    if chain_len and remainder in _BARE_COMPANY:
        return None  # 在某市某镇公司总部: a place and the company's word, no company's name
    stretch = 0  # characters the normalisation took out
    if party and remainder.startswith("委员会") and chain_len and name_prefix.endswith(_NO_LEVEL):
        remainder, stretch = "党委" + remainder[3:], 1  # 中共某某社区委员会 is 某某社区党委, no 社区委
    elif party and remainder.startswith("委员会") and chain_len and name_prefix[-1:] in _LEVEL_CHARS:
        remainder, stretch = "委" + remainder[3:], 2  # 中共某某市委员会 is 某某市委
    if remainder.startswith("委") and chain_len and name_prefix[-1] in _LEVEL_CHARS:
        pieces = _units(remainder[1:])
        pieces = None if pieces is None else [(1, _committee()), *[(1 + e, s) for e, s in pieces]]
    else:
        pieces = split_name(remainder, after_place=bool(chain_len))
        if pieces is None and chain_len and bare is None:  # the place is part of the name: 某某大学
            pieces = split_name(rest, after_place=False)
            remainder, name_prefix, chain_len, stretch = rest, "", 0, 0  # as written: nothing taken out
    if not pieces:
        return None
    orgs: list[Organization] = []
    ends: list[int] = []
    parent: Organization | None = None
    for end, suffix in pieces:
        name = name_prefix + remainder[:end]
        if suffix.suffix == "政府" and end == 2 and jurisdiction != COUNTRY_KEY:  # 某某市政府: 某某市人民政府
            name = name[:-2] + "人民政府"  # (中国政府 is the country's government as written)
        kind = _kind(suffix, name, parent.kind if parent else None, party)
        org = Organization(
            org_key(jurisdiction, name), name, kind, jurisdiction, parent.key if parent else None
        )
        orgs.append(org)
        ends.append(offset + chain_len + end + stretch)
        parent = org
    if len(orgs) > 1 and is_bracketed(rest):  # 某某集团（岳阳）置业有限公司: one company, no unit
        return OrgParse((replace(orgs[-1], parent=None),), tuple(ends[-1:]), jurisdiction)
    if party and stretch and ends[-1] == len(text):  # 中共某某社区委员会: the full form, an alias
        orgs[-1] = replace(orgs[-1], aliases=(*orgs[-1].aliases, text))
    return OrgParse(tuple(orgs), tuple(ends), jurisdiction)


#: A company's word alone: after a place, it names no company (在某市某镇公司总部召开).
_BARE_COMPANY = frozenset({"公司", "集团", "集团公司", "总公司", "公司总部", "集团总部"})


@functools.cache
def _committee() -> Suffix:
    return Suffix("委", "PartyOrganization", "organ", (), ())


# ------------------------------------------------------------------------------ the stage

#: A company name's ending (有限公司, 股份有限公司, 有限责任公司, 集团, 集团有限公司), after a body.
COMPANY = rx.compile(
    r"(?:(?!(?:公司|集团)[和与及])[\u4e00-\u9fffA-Za-z0-9]){2,24}?"  # 某某公司和某某集团: two names
    r"(?:(?:集团)?(?:股份)?(?:有限责任|有限|责任)公司|集团(?:公司)?)"
)
#: Characters after which an organisation phrase may start.
PHRASE_START = '、，,。；;：:（(）)“”"《》 \u3000\n'
#: Tags that cannot start a name (verbs, prepositions, particles, pronouns, people, times).
_NOT_NAME_START = frozenset({"v", "p", "u", "c", "r", "d", "m", "q", "w", "PER", "TIME", "f", "xc"})
_MAX_EXTEND = 10


def _tag_at(tokens: dict[int, Token], i: int) -> str | None:
    token = tokens.get(i)
    return token.tag if token else None


def _plain_words(tokens: dict[int, Token], start: int, end: int) -> bool:
    """No verb, preposition, pronoun, number or name among the tokens that start in ``start..end``.

    和/与 may join words inside a name (文化和旅游局).
    """
    for i in range(start, end):
        token = tokens.get(i)
        if token and token.tag in _NOT_NAME_START and not (token.tag == "c" and token.text in "和与"):
            return False
    return True


#: :func:`parse_org` for the names of one article.
_Parse = Callable[[str], OrgParse | None]


def _parser(ex: Extraction) -> _Parse:
    """:func:`parse_org` for the names of one article (its home and places), each name read once."""
    return functools.cache(lambda name: parse_org(name, home=ex.home, places=ex.places))


def _complete(
    text: str, span: tuple[int, int], tokens: dict[int, Token], ends: set[int], parse: _Parse
) -> int:
    """Extend a name cut by the tagger to its suffix (…文化 + 和旅游局), then over sub-units after it."""
    start, end = span
    if parse(text[start:end]) is None:
        for stop in range(end + 1, min(len(text), end + _MAX_EXTEND) + 1):
            if text[stop - 1] in PHRASE_START or not _plain_words(tokens, stop - 1, stop):
                break
            if stop in ends and parse(text[start:stop]) is not None:
                end = stop
                break
    for _ in range(3):  # sub-units: …有限公司 + 某某分公司, …中心 + 办公室
        for stop in range(end + 1, min(len(text), end + _MAX_EXTEND) + 1):
            if text[stop - 1] in PHRASE_START or not _plain_words(tokens, stop - 1, stop):
                return end
            unit = _piece(text[end:stop], first=False, after_place=False) if stop in ends else None
            if unit is not None and unit.use in ("unit", "organ"):
                end = stop
                break
        else:
            return end
    return end


#: An indefinite article inside a would-be name (``西安一家互联网公司``, ``当地一家企业``): some
#: company, not one named (一家人 opens names of shops and firms: 一家人食品有限公司).
INDEFINITE = rx.compile(r"一家(?!人|亲)")


def find_org_spans(
    ex: Extraction, parse: _Parse | None = None, bracketed: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Spans of organisation names: repaired tagger ORG spans, company grammar matches and the
    ``bracketed`` company names (某某（中国）有限公司), which no span inside them cuts."""
    parse = parse or _parser(ex)
    text = ex.article.text
    by_start = {t.start: t for t in ex.tokens}
    ends = {t.end for t in ex.tokens}
    spans: list[tuple[int, int]] = list(bracketed)
    for token in ex.tokens:
        if tagged_org(
            text, token.tag, token.start, token.end
        ):  # not 希望集团进一步… (kg.extract.wished_orgs)
            end = _complete(text, (token.start, token.end), by_start, ends, parse)
            if not wished(text, token.start, end):  # 肯定|集团一年来…: the verb tagged alone
                spans.append((token.start, end))
    place_starts = {m.start for m in ex.mentions if m.label == "Place" and m.ref and "/" not in m.ref}
    starts = place_starts | {i + 1 for i, c in enumerate(text) if c in PHRASE_START} | {0}
    for start in sorted(starts):
        if start >= len(text) or start not in by_start:
            continue
        if start not in place_starts and _tag_at(by_start, start) in _NOT_NAME_START:
            continue
        m = COMPANY.match(text, start)
        if (
            m is None
            or m.end() not in ends
            or not _plain_words(by_start, start, m.end())
            or wished(text, *m.span())
        ):
            continue
        spans.append((start, _complete(text, m.span(), by_start, ends, parse)))
    spans += _joined_departments(text, place_starts, by_start, ends, parse)
    places = {(m.start, m.end) for m in ex.mentions if m.label == "Place" and m.ref}
    spans = [part for span in spans for part in split_joined(text, span, parse, places)]
    spans = [part for span in spans for part in split_glued(text, span, parse, place_starts)]  # 公司向某县…
    spans = [(name_start(text, s, e, lambda n: parse(n) is not None), e) for s, e in spans]
    spans = [(township_head(text, s, e), e) for s, e in spans]  # 某镇|某县某公司
    spans = [(s, e) for s, e in spans if not INDEFINITE.search(text, s, e)]  # 西安一家互联网公司
    chosen: list[tuple[int, int]] = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= s or span[0] >= e for s, e in chosen):
            chosen.append(span)
    return sorted(chosen)


#: A government department's name that joins two words with 和 (林业和草原局, 文化和旅游局,
#: 住房和城乡建设局), after the division it serves: two to twelve characters, then 局, 厅 or 委员会.
_JOINED_DEPARTMENT = rx.compile(r"[\u4e00-\u9fff]{1,6}和[\u4e00-\u9fff]{1,8}?(?:局|厅|委员会)")


def _joined_departments(
    text: str, place_starts: set[int], by_start: dict[int, Token], ends: set[int], parse: _Parse
) -> list[tuple[int, int]]:
    """Spans of such departments (:data:`_JOINED_DEPARTMENT`) written right after a division's name,
    where the tagger read no organisation (林业|和|草原|局): the division and the department, and the
    units after it the name grammar reads (…局野生动植物保护处)."""
    out: list[tuple[int, int]] = []
    for start in sorted(place_starts):
        pos = start
        while pos in by_start and by_start[pos].tag == "LOC":  # 西宁市|湟中区|林业…: past the divisions
            pos = by_start[pos].end
        m = _JOINED_DEPARTMENT.match(text, pos)
        if pos == start or m is None or m.end() not in ends or not _plain_words(by_start, pos, m.end()):
            continue
        if parse(text[start : m.end()]) is not None:
            out.append((start, _complete(text, (start, m.end()), by_start, ends, parse)))
    return out


@stage("organizations", needs=("tokens", "places"), adds=("organizations", "mentions"))
def orgs_stage(ex: Extraction) -> Extraction:
    article = ex.article
    orgs: list[Organization] = []
    mentions: list[Mention] = []
    listed = enterprise_items(article.text, ex.tokens)  # 甲、乙等企业
    bracketed = bracketed_companies(article.text, ex.tokens)  # 某某（宜宾）电池有限公司
    called = called_companies(article.text, ex.tokens)  # 走进某某科技，该公司…
    named = [(t.start, called.get(i, t.end)) for i, t in enumerate(ex.tokens) if i in listed or i in called]
    ex = release_places(ex, named + bracketed)
    parse = _parser(ex)
    for start, end in find_org_spans(ex, parse, bracketed):
        parsed = parse(article.text[start:end])
        if parsed is None:
            log.debug("article %s: %r is not an organisation name", article.id, article.text[start:end])
            continue
        for org, org_end in zip(parsed.organizations, parsed.ends, strict=True):
            orgs.append(org)
            mentions.append(article.span(start, start + org_end, "Organization", ref=org.key))
    taken = [(m.start, m.end) for m in mentions] + [
        (m.start, m.end) for m in ex.mentions if m.label == "Place" and m.ref
    ]
    for i, token in enumerate(ex.tokens):  # organisations the suffix grammar cannot read (新华社, 中国共产党)
        if token.tag != "ORG" or any(s < token.end and token.start < e for s, e in taken):
            continue
        end = called.get(i, token.end)
        name = article.text[token.start : end]
        company = i in listed or i in called  # 甲、乙等企业; 某某软件……这家企业: companies
        if company or (len(name) >= 3 and name.endswith(_NAMED_ORG_ENDS)):
            key = org_key(None, name)
            orgs.append(Organization(key, name, "Corporation" if company else "Organization", None, None))
            mentions.append(article.span(token.start, end, "Organization", ref=key))
        else:
            mentions.append(article.span(token.start, token.end, "Organization"))
    orgs, mentions = military_units(ex, orgs, mentions)  # 某军区某边防团边防三连
    orgs, mentions = with_aliases(article, orgs, mentions)  # 某某有限公司（以下简称“某某”）
    return ex.add(organizations=orgs, mentions=mentions)


#: Endings of organisation names that stand alone (a news agency, a party, a league).
_NAMED_ORG_ENDS = (
    "社",
    "党",
    "组织",
    "联盟",
    "协会",
    "学会",
    "商会",
    "委员会",
    "联合会",
    "基金会",
    "研究院",
    "研究所",
)
