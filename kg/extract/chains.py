"""Title chains before a name, and what each title resolves to.

``省委常委、某市委书记王小明`` is a chain of two titles; each is ``<organisation><title>``. A title
without its own organisation takes its scope from the chain (``某市委副书记、市长`` -> the
mayor of that city), else from the sentence (``某省委书记甲、省长乙``), else from the article's
home division. Bare national titles imply their organ (总理 -> 国务院).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.orgs import OrgParse, parse_org
from kg.extract.titles import FORMER, TitleSplit, held_before, lexicon, split_title
from kg.model import Extraction, Organization, Place, Token

COUNTRY = "100000"

#: Tags that end a title chain when walking left from a name (prepositions, pronouns, adverbs ...).
STOP_TAGS = frozenset({"p", "r", "u", "d", "PER", "TIME", "q", "xc", "vd", "ad"})
#: Verbs that open a clause; other verb-tagged words may sit inside organisation names (制水作业区).
STOP_VERBS = frozenset(
    [
        "是",
        "有",
        "在",
        "由",
        "从",
        "向",
        "对",
        "与",
        "同",
        "陪同",
        "会见",
        "看望",
        "率",
        "率领",
        "带领",
        "邀请",
        "主持",
        "出席",
        "参加",
        "获悉",
        "表示",
        "说",
        "指出",
        "强调",
        "介绍",
        "包括",
        "授予",
        "追授",
        "任命",
        "免去",
        "担任",
        "当选",
        "作",
        "作为",
        "听取",
        "考察",
        "调研",
        "参观",
        "走访",
        "慰问",
        "来到",
        "会同",
        "以及",
        "并",
        "为",
        "被",
        "将",
    ]
)
#: Conjunctions that end a chain only after a name (甲和市长乙), not inside one (文化和旅游局).
JOINERS = frozenset(["和", "及", "与", "同"])
STOP_CHARS = '，,。；;：:！!？?“”"‘’《》【】\n'

#: National organs: a name that begins so belongs to the country.
_NATIONAL = re.compile(
    r"^(中共中央|中央|全国|国务院|国家|最高人民|中国人民解放军|军委|外交部|国防部|中华人民共和国|中国驻|中国常驻|驻|常驻)"
)
_MINISTRY = re.compile(r"^[\u4e00-\u9fff]{1,30}(部|委员会|总局|管理局|局|署|司)$")
_PARTY = re.compile(r"^(中共中央|中央(?!军委)|中组部|中宣部)")


@dataclass(frozen=True)
class ChainItem:
    start: int  # offset of the item in the article text
    end: int
    split: TitleSplit


@dataclass(frozen=True)
class ResolvedPost:
    orgs: tuple[Organization, ...]  # outermost first; the post is in the last one
    role: str
    label: str
    jurisdiction: str | None
    item: ChainItem


def chain_start(ex: Extraction, name_start: int, floor: int) -> int:
    """Walk left from a name over the words a title chain may hold; return where the chain starts."""
    text = ex.article.text
    pos = name_start
    before = _tokens_before(ex.tokens, name_start)
    for i in range(len(before) - 1, -1, -1):
        tok = before[i]
        if tok.start < floor:
            break
        word = text[tok.start : tok.end]
        if word in JOINERS and (i == 0 or before[i - 1].tag == "PER"):
            break
        if any(c in STOP_CHARS for c in word) and word not in "（）()":
            break
        if word == "某":  # 某基地, 某部: an anonymised name stays in the chain
            pos = tok.start
            continue
        if tok.tag in STOP_TAGS or (tok.tag == "v" and word in STOP_VERBS) or word in STOP_VERBS:
            break
        if tok.tag == "w" and word.strip() in ("", "·"):
            break
        if tok.tag == "v" and _NATIONAL.match(text[pos:name_start]):
            break  # a verb before a national organ opens the clause: 报请|国家主席某某
        pos = tok.start
    pos = max(pos, floor)
    segment = text[pos:name_start]
    close = segment.rfind("）")
    if close >= 0 and "（" not in segment[:close]:
        pos += close + 1  # the end of a byline or an aside: （记者某某）中共中央…
    return pos


def _tokens_before(tokens: tuple[Token, ...], offset: int) -> list[Token]:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return list(tokens[max(0, lo - 40) : lo])


def parse_chain(ex: Extraction, start: int, end: int) -> list[ChainItem]:
    """The title items in ``text[start:end]`` (split at 、), rightmost first kept; [] if none."""
    text = ex.article.text
    boundaries = {t.start for t in ex.tokens if start <= t.start <= end} | {t.end for t in ex.tokens}
    items: list[ChainItem] = []
    pos = end
    parts = text[start:end].split("、")
    offsets = []
    cursor = start
    for part in parts:
        offsets.append((cursor, cursor + len(part)))
        cursor += len(part) + 1
    for s, e in reversed(offsets):
        seg = text[s:e]
        if not seg:
            break
        rel = frozenset(b - s for b in boundaries if s <= b <= e)
        split = split_title(seg, boundaries=rel, org_start_ok=org_starts(ex, s))
        if split is None and s == start:  # words before a tagged organisation: 此外|某某药业董事长
            inner = min((b for b in rel if 0 < b < len(seg) and org_starts(ex, s + b)), default=0)
            if inner:
                rel = frozenset(b - inner for b in rel if b >= inner)
                s, seg = s + inner, seg[inner:]
                split = split_title(seg, boundaries=rel, org_start_ok=True)
        former = seg.startswith(FORMER) and not org_starts(ex, s)  # 原党委书记, not 原平市长
        if split is None or former:  # 某某委员会原主任、党委书记: held before, with what continues it
            if former or (items and held_before(seg, boundaries=rel)):
                items = [i for i in items if i.split.org and org_starts(ex, i.start)]
            break
        items.append(ChainItem(s, e, split))
        pos = s
    del pos
    items.reverse()
    return items


def org_starts(ex: Extraction, offset: int) -> bool:
    """Does an organisation plausibly start here (a place name or a tagged organisation)?"""
    for m in ex.mentions:
        if m.start == offset and m.label in ("Place", "Organization"):
            return True
    return any(t.start == offset and t.tag in ("LOC", "ORG") for t in ex.tokens)


#: A bare company word that, in company news, means the company the article is about.
_OWN_COMPANY = ("集团", "公司", "本公司", "本集团")


def home_company(ex: Extraction) -> str | None:
    """The company an article is about: the most mentioned top-level corporation (ties: first seen)."""
    corps = {o.key: o for o in ex.organizations if o.kind == "Corporation" and o.parent is None}
    if not corps:
        return None
    counts: dict[str, int] = {}
    for m in ex.mentions:
        if m.label == "Organization" and m.ref in corps:
            counts[m.ref] = counts.get(m.ref, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -min(m.start for m in ex.mentions if m.ref == k)))
    return corps[best].name if counts[best] >= 2 else None


def resolve_org(text: str, scope: str | None, ex: Extraction) -> OrgParse | None:
    """Resolve a written organisation in the scope of a division (national organs: the country)."""
    for own in _OWN_COMPANY:
        company = home_company(ex) if text.startswith(own) else None
        if company and not text.startswith(company):
            text = company + text[len(own) :]  # 集团党委 in the group's own news: 某某集团党委
            break
    local = _local_organ(text, scope, ex)
    if local is not None:
        return local
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
        return parsed
    government = parsed is None or parsed.organizations[0].kind != "Corporation"
    local_scope = scope is not None and scope != COUNTRY
    if _NATIONAL.match(text) or (
        government and not local_scope and _MINISTRY.match(text) and not _has_place(text, ex)
    ):
        kind = "PartyOrganization" if _PARTY.match(text) else "GovernmentOrganization"
        org = Organization(f"org|{COUNTRY}|{text}", text, kind, COUNTRY, None)
        return OrgParse((org,), (len(text),), COUNTRY)
    if parsed is None and scope and text and text[-1] in "委组" and len(text) <= 6:
        # an organ of the division in scope: 政法委, 纪委, 党组
        place = ex.place(scope)
        pname = place.name if place else ""
        org = Organization(f"org|{scope}|{pname}{text}", f"{pname}{text}", "PartyOrganization", scope, None)
        return OrgParse((org,), (len(text),), scope)
    if parsed is None and text:
        return _fallback_org(text, scope, ex)
    return parsed


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
_LEVEL_OF = {"省": "province", "市": "prefecture", "州": "prefecture", "县": "county", "区": "county"}


def _local_organ(text: str, scope: str | None, ex: Extraction) -> OrgParse | None:
    """An organ written without its division: ``市纪委`` / ``市中级人民法院`` (a bare level
    character: the division of that level in scope or at home), ``宣传部`` after ``某市委常委、``
    (the division in scope)."""
    if not text:
        return None
    if text[0] in _LEVEL_OF and len(text) > 2 and not _has_place(text, ex):
        place = _place_at_level(ex, [scope, ex.home], _LEVEL_OF[text[0]])
        if place is None:
            return None
        rest = text[1:]
    elif scope and scope != COUNTRY and not _has_place(text, ex) and text.startswith(_PARTY_DEPARTMENTS):
        place = ex.place(scope)
        if place is None:
            return None
        rest = text
    else:
        return None
    if rest.startswith(("委", "人民政府", "政府")) and len(rest) <= 4:
        return None  # 市委, 市政府: the organisation grammar knows these
    party = rest.startswith(_PARTY_DEPARTMENTS) and not rest.startswith(("纪委", "监委"))
    name = f"{place.name}{'委' if party else ''}{rest}"
    parsed = parse_org(name, home=place.key, places=ex.places)
    if parsed is not None and parsed.jurisdiction is not None:
        return parsed
    kind = "PartyOrganization" if rest.startswith(_PARTY_DEPARTMENTS) else "GovernmentOrganization"
    org = Organization(f"org|{place.key}|{name}", name, kind, place.key, None)
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
    jurisdiction = best.key if best else scope
    org = Organization(f"org|{jurisdiction or ''}|{text}", text, "Organization", jurisdiction, None)
    return OrgParse((org,), (len(text),), jurisdiction)


def _unkey(key: str | None) -> str | None:
    return key.replace(f"|{COUNTRY}|", "||") if key else None


def _has_place(text: str, ex: Extraction) -> bool:
    return any(text.startswith(p.name) or any(text.startswith(a) for a in p.aliases) for p in ex.places)


def _place_at_level(ex: Extraction, keys: list[str | None], level: str) -> Place | None:
    """The first division of ``level`` among ``keys`` and their ancestors."""
    from kg.extract.divisions import gazetteer

    gaz = gazetteer()
    for key in keys:
        if not key or key not in gaz.by_code:
            continue
        for div in gaz.ancestors(key):
            if div.level == level:
                return ex.place(div.code) or Place(div.code, div.name, div.level, div.code, div.parent)
    return None


def _division_only(ex: Extraction, text: str) -> Place | None:
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


def resolve_chain(
    ex: Extraction,
    items: list[ChainItem],
    sentence_scope: str | None,
    sentence_org: tuple[Organization, ...] | None = None,
) -> tuple[list[ResolvedPost], int]:
    """Resolve each item to a post; returns the posts and how many items were left out."""
    lex = lexicon()
    posts: list[ResolvedPost] = []
    scope: str | None = None
    prev: ResolvedPost | None = None
    abstained = 0
    for item in items:
        sp = item.split
        resolved: ResolvedPost | None = None
        if sp.role == "领导" and sp.org:
            resolved = _leader_post(ex, item, scope or sentence_scope)
        elif sp.org and (division := _division_only(ex, sp.org)) is not None and _local(sp.role):
            organ, _level = _local(sp.role) or ("", "")
            parsed = resolve_org(division.name + organ[1:], division.key, ex)
            if parsed is not None:
                resolved = _post(parsed.organizations, sp, division.key, item)
        elif sp.org:
            parsed = resolve_org(sp.org, scope or sentence_scope, ex)
            if parsed is not None:
                resolved = _post(parsed.organizations, sp, parsed.jurisdiction, item)
        elif sp.role in lex.national:
            parsed = resolve_org(lex.national[sp.role], None, ex)
            if parsed is not None:
                resolved = _post(parsed.organizations, sp, COUNTRY, item)
        elif _local(sp.role):
            organ, level = _local(sp.role) or ("", "")
            place = _place_at_level(ex, [scope, sentence_scope, ex.home], level)
            if place is not None:
                parsed = resolve_org(place.name + organ[1:], place.key, ex)
                if parsed is not None:
                    resolved = _post(parsed.organizations, sp, place.key, item)
        elif prev is not None:
            resolved = ResolvedPost(prev.orgs, sp.role, prev.orgs[-1].name + sp.role, prev.jurisdiction, item)
        elif sentence_org:  # 某某会副委员长甲、乙，秘书长丙: the organisation of the list
            resolved = ResolvedPost(
                sentence_org, sp.role, sentence_org[-1].name + sp.role, sentence_org[-1].jurisdiction, item
            )
        if resolved is None:
            abstained += 1
            continue
        posts.append(resolved)
        prev = resolved
        scope = resolved.jurisdiction or scope
    return posts, abstained


def _local(role: str) -> tuple[str, str] | None:
    lex = lexicon()
    return lex.local.get(role) or lex.local.get(_strip_mods(role))


def _strip_mods(role: str) -> str:
    for mod in lexicon().modifiers:
        if role.startswith(mod):
            return role[len(mod) :]
    return role


def _post(
    orgs: tuple[Organization, ...], sp: TitleSplit, jurisdiction: str | None, item: ChainItem
) -> ResolvedPost:
    return ResolvedPost(orgs, sp.role, orgs[-1].name + sp.title, jurisdiction, item)


def _leader_post(ex: Extraction, item: ChainItem, scope: str | None) -> ResolvedPost | None:
    """``某市领导`` / ``某市县领导`` / ``市领导``: the leadership of a division; role 市领导."""
    org_text = item.split.org
    best: Place | None = None
    written = ""
    for p in ex.places:
        for form in (p.name, *p.aliases):
            if org_text.startswith(form) and len(form) > len(written):
                best, written = p, form
    if best is None and org_text[0] in "省市县区" and (scope or ex.home):
        level = {"省": "province", "市": "prefecture"}.get(org_text[0], "county")
        best = _place_at_level(ex, [scope, ex.home], level)
        written = org_text[0]  # 市领导 is the leadership of 某市, not of 某市市
    if best is None:
        return None
    rest = org_text[len(written) :]
    level_char = written[-1] if written and written[-1] in "省市县区州旗" else ""
    role = level_char + rest + "领导"
    org = Organization(
        f"org|{best.key}|{best.name}{rest}领导", f"{best.name}{rest}领导", "Organization", best.key
    )
    return ResolvedPost((org,), role, org.name, best.key, item)
