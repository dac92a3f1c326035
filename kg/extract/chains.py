"""Title chains before a name, and what each title resolves to.

``省委常委、某市委书记王小明`` is a chain of two titles; each is ``<organisation><title>``. A title
without its own organisation takes its scope from the chain (``某市委副书记、市长`` -> the
mayor of that city), else from the sentence (``某省委书记甲、省长乙``), else from the article's
home division. Bare national titles imply their organ (总理 -> 国务院). A bare party organ
after an enterprise or institution is its unit (``某某公司董事长、党委书记``), and a title after
such a unit that is no party post is the organisation's again (``某某公司党委书记、董事长``).
After a title in an organ of a township or village, its other organs are the same place's
(``某某镇党委书记、镇长`` -> 某某镇人民政府; ``某某村党支部书记、村委会主任`` -> 某某村村委会);
a head written after the township (``某某镇镇长``) heads its government, as ``某市市长`` the city's,
and a bare head of another level (``某某镇党委书记、乡长``) names no post.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg import rx
from kg.extract.academy import MEMBERSHIPS
from kg.extract.bare_regions import REGION, region_of
from kg.extract.bare_units import subsidiary
from kg.extract.chain_depts import department_post
from kg.extract.chain_items import chain_head, reread
from kg.extract.chain_orgs import (
    COUNTRY,
    NATIONAL,
    division_only,
    home_company,
    inner_organ,
    of_its_level,
    org_starts,
    outside_party,
    place_at_level,
    resolve_org,
)
from kg.extract.chain_scopes import later_division
from kg.extract.chain_stops import PERSON_OBJECT_VERBS, STOP_TAGS, STOP_VERBS
from kg.extract.company_boards import BOARD, company_board
from kg.extract.company_refs import nearby_company, referred_company
from kg.extract.concurrent_items import split_concurrent, unknown_item
from kg.extract.cppcc_sectors import sector_member, sector_split
from kg.extract.divisions import division_prefix
from kg.extract.former_starts import former_start, names_division_back
from kg.extract.home_orgs import head_home
from kg.extract.joined_titles import concurrent_after, split_joined, tokens_near
from kg.extract.listed_orgs import listed_organ
from kg.extract.local_organs import head_organ, local_head, local_organ
from kg.extract.not_names import unit_section
from kg.extract.orgs import OrgParse, org_key
from kg.extract.scoped_places import clause_township, only_village, paragraph_division, paragraph_township
from kg.extract.session_scopes import in_division
from kg.extract.sessions import session_body, session_post
from kg.extract.titles import FORMER, TitleSplit, held_before, lexicon, split_title, system_chief
from kg.extract.unit_hosts import unit_host
from kg.extract.unit_orgs import host_units
from kg.extract.zone_organs import ZONE_ORGANS, zone_of
from kg.model import Extraction, Organization, Place, Post, Token

#: The paper's own staff (本报记者) are the paper's, not the organisation of the title before.
OWN_PAPER = "本报"
#: Conjunctions that end a chain only after a name (甲和市长乙), not inside one (文化和旅游局).
JOINERS = frozenset(["和", "及", "与", "同"])
STOP_CHARS = '，,。；;：:！!？?“”"‘’《》【】『』「」\n．'  # ．: a list item's number (1．某某镇党委书记甲)
#: A division's level word that the tagger reads alone before its organ (村|党支部, 镇|党委).
_BARE_LEVEL_WORDS = frozenset({"村", "镇", "乡", "县", "市", "区", "省", "州", "旗", "社区", "街道"})
#: Organs of a company written bare in its own news (工会主席甲, 纪委书记乙): the company's own.
COMPANY_ORGANS = frozenset({"党委", "纪委", "工会", "团委", "董事会", "监事会"})
#: A dateline or a news lead before a byline (某地5月4日电, 本报讯, 又讯, 某某晚报讯, 某某网讯, 某某
#:融媒体中心讯): what precedes is no part of the chain after it.
_DATELINE = rx.compile(r"(?:日|报|又|网|台|社|中心|融媒|端)(?:电|讯)")


@dataclass(frozen=True)
class ChainItem:
    start: int  # offset of the item in the article text
    end: int
    split: TitleSplit


def post_key(org: str, role: str, title: str | None = None) -> str:
    """The key of the post ``role`` in the organisation ``org`` (a key); ``title`` as written where
    it names more than the role (办公室主任 of 某市委, not the 主任 of 某市委)."""
    return f"post|{org}|{title if title and title != role else role}"


@dataclass(frozen=True)
class ResolvedPost:
    orgs: tuple[Organization, ...]  # outermost first; the post is in the last one
    role: str
    label: str
    jurisdiction: str | None
    item: ChainItem

    def post(self) -> Post:
        """The post, in the innermost organisation."""
        leaf, name = self.orgs[-1].key, self.orgs[-1].name
        title = self.label[len(name) :] if self.label.startswith(name) else None  # 办公室主任
        return Post(post_key(leaf, self.role, title), self.label, self.role, leaf)


def _opens_place(ex: Extraction, tok: Token) -> bool:
    """Whether the conjunction ``tok`` is the first character of a place's name (和|爱藏族乡, 和|平镇):
    a place mention of the places stage starts there and goes on past it."""
    return any(m.label == "Place" and m.start == tok.start and m.end > tok.end for m in ex.mentions)


def chain_start(ex: Extraction, name_start: int, floor: int) -> int:
    """Walk left from a name over the words a title chain may hold; return where the chain starts."""
    text = ex.article.text
    pos = name_start
    before = _tokens_before(ex.tokens, name_start)
    for i in range(len(before) - 1, -1, -1):
        tok = before[i]
        if tok.start < floor:
            if tok.end > floor and not text[tok.start : floor].strip():
                pos = floor  # 　　某某公司: a word that the paragraph's indent ran into
            break
        word = text[tok.start : tok.end]
        if (
            word in JOINERS
            and (
                i == 0
                or before[i - 1].tag in ("PER", "r")
                or tok.start == floor
                or any(c in STOP_CHARS for c in before[i - 1].text)  # 某某，和村党支部书记乙
            )
            and not _opens_place(ex, tok)
        ):
            break  # 甲和|村党支部书记乙, 他和|村党支部书记乙: the conjunction joins two people (甲 the
            # name before, where the tagger read it as no name: the floor)
        if any(c in STOP_CHARS for c in word) and word not in "（）()":
            break
        if word == "某":  # 某基地, 某部: an anonymised name stays in the chain
            pos = tok.start
            continue
        if tok.tag == "d" and i + 1 < len(before) and lexicon().is_title(text[tok.start : before[i + 1].end]):
            pos = tok.start  # 特别|代表: an adverb that opens a title word (特别代表, 特别顾问)
            continue
        if (
            tok.tag == "PER"
            and len(word) == 1
            and i + 1 < len(before)
            and lexicon().is_title(text[tok.start : before[i + 1].end])
        ):
            pos = tok.start  # 、代|县长某某: a character the tagger read as a surname opens the title
            continue
        if tok.tag == "PER" and lexicon().is_title(word):
            pos = tok.start  # 某某海关|关长|某某: a title word the tagger read as a name
            continue
        if unit_section(text, tok.start):
            pos = tok.start  # 某县公路养护|段|某某道班, 公路养护|段某某|…: the section's 段, no name
            continue
        if tok.tag in ("p", "d", "v", "PER") and org_starts(ex, tok.start):
            pos = tok.start  # 将|台堡镇, 坊子|区委: a place whose first characters the tagger read as a word
            continue
        if tok.tag in STOP_TAGS or word in STOP_VERBS or (tok.tag == "v" and word in PERSON_OBJECT_VERBS):
            break
        if (
            tok.tag == "v"
            and len(word) > 1
            and i + 1 < len(before)
            and before[i + 1].text in _BARE_LEVEL_WORDS
            and (i == 0 or before[i - 1].tag not in ("LOC", "ORG"))
        ):
            break  # 找到|村党支部书记: a verb before a bare level word opens the clause (驻|村 is one
            # word; 青禾县|前进|村 is a village named after its division)
        if (
            tok.tag == "v"
            and len(word) > 1
            and i + 1 < len(before)
            and before[i + 1].tag in ("LOC", "ORG")
            and any(m.start == before[i + 1].start and m.label == "Place" and m.ref for m in ex.mentions)
        ):
            break  # 叮嘱|房山区委书记: a verb before the division that opens the chain opens the clause
        if tok.tag == "w" and word.strip() in ("", "·"):
            break
        if tok.tag == "v" and NATIONAL.match(text[pos:name_start]) and not concurrent_after(ex, tok):
            break  # a verb before a national organ opens the clause: 报请|国家主席某某
        pos = tok.start
    pos = max(pos, floor)
    segment = text[pos:name_start]
    back = min(2, pos)  # the date before the chain may end the walk: 5月4日|电外交部长某某
    lead = max((m.end() - pos for m in _DATELINE.finditer(text, pos - back, name_start)), default=0)
    if lead > 0:  # 新华社某地5月4日电|外交部长某某, 本报讯|记者某某
        pos += lead
        segment = segment[lead:]
    close = segment.rfind("）")
    if close >= 0 and ("（" not in segment[:close] or segment.startswith("（")):
        pos += close + 1  # the end of a byline or an aside: （记者某某）中共中央…, （全文另发）国务院…
    elif segment.startswith("（"):
        pos += 1  # an opening byline: 电（某某电台记者某某
    return chain_head(text, pos, name_start)  # ——记某某有限公司创始人: no part of the chain


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
    near = tokens_near(ex.tokens, start, end)  # the boundaries are only ever asked within start..end
    boundaries = {t.start for t in near if start <= t.start <= end} | {t.end for t in near}
    items: list[ChainItem] = []
    parts = text[start:end].split("、")
    offsets = []
    cursor = start
    for part in parts:
        offsets.extend(
            p for q in split_concurrent(ex, cursor, cursor + len(part)) for p in split_joined(ex, *q)
        )
        cursor += len(part) + 1
    unknown: tuple[int, ChainItem | None] | None = None  # an item passed over, and how many items were before
    for s, e in reversed(offsets):
        seg = text[s:e]
        if not seg:
            break
        rel = frozenset(b - s for b in boundaries if s <= b <= e)
        split = split_title(seg, boundaries=rel, org_start_ok=org_starts(ex, s)) or sector_split(seg)
        if split is None and s == start:  # words before a tagged organisation: 此外|某某药业董事长
            inner = min((b for b in rel if 0 < b < len(seg) and org_starts(ex, s + b)), default=0)
            if inner:
                rel = frozenset(b - inner for b in rel if b >= inner)
                s, seg = s + inner, seg[inner:]
                split = split_title(seg, boundaries=rel, org_start_ok=True)
        former = former_start(ex, seg, s)  # 原党委书记, 前副总理; not 原平市长, 前进村主任
        if split is not None and not former:
            items.append(ChainItem(s, e, split))
        elif former or held_before(seg, boundaries=rel):  # 某委员会原主任、党委书记: both held before
            items = [i for i in items if i.split.org and org_starts(ex, i.start)]
            if former and seg.startswith(FORMER):  # 原某区纪委书记、区监委主任: both held before
                items = [i for i in items if not names_division_back(i.split.org)]
            if former and not org_starts(ex, s + 1):
                break  # 某集团董事长、原党委书记: 原 may cover the whole chain; else 某委员、某局原局长
        elif split is None and items and (joined := listed_organ(ex, s, e, items[-1])) is not None:
            items[-1] = joined  # 某国投资、贸易和工业部常务秘书: one ministry whose name lists fields
        elif unknown is None and (tail := unknown_item(seg)) is not None:  # 某部副部长、某某谈判副代表
            unknown = (len(items), ChainItem(s + tail[0], e, tail[1]) if tail[1] else None)
            items += [unknown[1]] if unknown[1] else []
        else:
            break
    if unknown and unknown[1] and len(items) == unknown[0] + 1:
        items.pop()  # no readable item before the unknown one: it is no chain's
    items.reverse()
    return reread(ex, items)


def resolve_chain(
    ex: Extraction,
    items: list[ChainItem],
    sentence_scope: str | None,
    sentence_org: tuple[Organization, ...] | None = None,
) -> tuple[list[ResolvedPost], int]:
    """Resolve each item to a post; returns the posts and how many items were left out."""
    lex = lexicon()
    posts: list[ResolvedPost] = []
    scope = later_division(ex, items)  # 省委常委、某市委书记: that city's province
    prev: ResolvedPost | None = None
    abstained = 0
    for item in items:
        item = _own_division(ex, item)  # 我市领导, 我县县长: the paper's own division
        sp = item.split
        if sp.org and ("届" in sp.org or sp.org.endswith(BOARD)):  # 公司第五届董事会董事长: the company's
            org, role = company_board(sp.org, sp.role)
            sp = sp if (org, role) == (sp.org, sp.role) else replace(sp, org=org, title=role, role=role)
        if sp.org and (own := subsidiary(sp.org)) is not None:
            sp = replace(sp, org=own)  # 集团所属某某有限公司董事长: that company's
        resolved: ResolvedPost | None = None
        if system_chief(sp.role):  # 县委书记、县总林长: a title of no organ
            abstained += 1
            continue
        if sp.role == "领导" and sp.org:
            resolved = _leader_post(ex, item, scope or sentence_scope)
        elif sp.org and session_body(sp.org):  # 大会主席团常务主席: the session's (none if unnamed)
            if (session := session_post(ex, sp.org, sp.role, item.start)) is not None:
                orgs = in_division(session[0])  # 大会新闻发言人 of a national session: the country's
                resolved = ResolvedPost(orgs, session[1], orgs[-1].name + sp.title, None, item)
        elif sp.org and (division := division_only(ex, sp.org)) is not None and _local(sp.role):
            organ, _level = _local(sp.role) or ("", "")
            parsed = resolve_org(division.name + organ[1:], division.key, ex)
            if parsed is not None:
                resolved = _post(parsed.organizations, sp, division.key, item)
        elif sp.org and (local := _local_place(ex, sp)) is not None:  # 某镇某村(驻村)第一书记: the village's
            place, sp = local
            parsed = resolve_org(sp.org, place.key, ex)
            if parsed is not None:
                *up, org = parsed.organizations
                org = replace(org, key=org_key(place.key, org.name), jurisdiction=place.key)
                resolved = _post((*up, org), sp, place.key, item)
        elif prev is not None and (organ := local_organ(prev.orgs, sp.org, _strip_mods(sp.role))):
            resolved = _post((organ,), sp, organ.jurisdiction, item)  # 某某镇党委书记、镇长
        elif prev is not None and sp.org in STATIONED_TEAMS and (village := _village(ex, prev)) is not None:
            parsed = resolve_org(village.name + sp.org, village.key, ex)  # 某村第一书记、驻村工作队队长
            if parsed is not None:
                resolved = _post(parsed.organizations, sp, village.key, item)
        elif (
            prev is None
            and sp.org
            and sentence_org
            and (organ := local_organ(sentence_org, sp.org, _strip_mods(sp.role)))
        ):
            resolved = _post((organ,), sp, organ.jurisdiction, item)  # 某村党支部书记甲、村委会主任乙
        elif not sp.org and prev is not None and local_head(_strip_mods(sp.role)):
            pass  # 某某镇党委书记、乡长: the head of no organ the chain names; no post
        elif sp.org and (head := head_organ(sp.org, _strip_mods(sp.role))) is not None:
            parsed = resolve_org(head, scope or sentence_scope, ex)  # 某某镇镇长: its 人民政府
            if parsed is not None:
                resolved = _post(parsed.organizations, sp, parsed.jurisdiction, item)
        elif (
            sp.org in ZONE_ORGANS and (zone := zone_of(prev.orgs if prev else sentence_org or ())) is not None
        ):
            parsed = resolve_org(zone.name + sp.org, None, ex)  # 某某高新区党工委书记、管委会主任
            if parsed is not None:
                resolved = _post(parsed.organizations, sp, parsed.jurisdiction, item)
        elif sp.org and (division := _division_before(ex, prev, sp.org)) is not None:
            parsed = resolve_org(division.name + sp.org, division.key, ex)  # 副区长、公安局局长
            if parsed is not None:
                resolved = _post(parsed.organizations, sp, parsed.jurisdiction, item)
        elif sp.org and prev is not None and (unit := inner_organ(prev.orgs, sp.org)) is not None:
            resolved = _post(unit, sp, prev.jurisdiction, item)  # 某某公司董事长、党委书记
        elif sp.org and sentence_org and (unit := inner_organ(sentence_org, sp.org)) is not None:
            resolved = _post(unit, sp, unit[-1].jurisdiction, item)  # 某某公司董事长甲，党委副书记乙
        elif sp.org:
            home = home_company(ex)
            near = nearby_company(ex, sp.org, item.start) if home else None  # 来到甲公司…与公司总经理乙
            written = near or (sp.org if home else referred_company(ex, sp.org, item.start))
            if home and sp.org in COMPANY_ORGANS and len(items) == 1:  # 工会主席甲: the company's union
                written = home + sp.org  # (党委书记、某公司董事长: the chain's scope runs left to right)
            parsed = resolve_org(written, scope or sentence_scope, ex)  # 公司总经理: the one visited
            lower = _TOWNSHIP_ORGAN.match(written) or _VILLAGE_ORGAN.match(written)  # 镇党委 after 县委…
            if (parsed is None or parsed.jurisdiction is None) and (lower or not (scope or sentence_scope)):
                # 县委常委 under a caption's county; 村党支部书记 in a village's story
                parsed = (
                    _in_paragraph(ex, written, item.start)
                    or _only_village(ex, written)
                    or _only_township(ex, written)
                    or parsed
                )
            if parsed is not None:
                resolved = _post(parsed.organizations, sp, parsed.jurisdiction, item)
        elif not sp.org and (cppcc := sector_member(ex, item.start, item.end)) is not None:
            resolved = _post(cppcc.organizations, sp, cppcc.jurisdiction, item)  # 经济界别委员: 政协's
        elif sp.role in lex.national and not _foreign_before(ex, item.start):
            parsed = resolve_org(lex.national[sp.role], None, ex)
            if parsed is not None:
                resolved = _post(parsed.organizations, sp, COUNTRY, item)
        elif _local(sp.role):
            organ, level = _local(sp.role) or ("", "")
            place = place_at_level(ex, [scope, sentence_scope, ex.home], level, organ[:1])
            if place is None and level in ("county", "prefecture"):  # a page of many: the paragraph's
                place = paragraph_division(ex, item.start, level)
            if place is not None:
                parsed = resolve_org(place.name + organ[1:], place.key, ex)
                if parsed is not None:
                    resolved = _post(parsed.organizations, sp, place.key, item)
        elif prev is not None and (dept := department_post(prev, item)) is not None:
            resolved = dept  # 某县委办公室副主任、主任: the office's director, not the committee's
        elif not sp.org and _descriptive(sp.role):
            pass  # 某院院士、某领域专家: a field of expertise or study, no post of the academy before it
        elif prev is not None and not sp.title.startswith(OWN_PAPER) and prev.role not in MEMBERSHIPS:
            # 某某公司党委书记、董事长: the company's chairman, not the committee's (an academy's
            # member, 中国工程院院士、校长, is no one's employee there: the head is of another body)
            orgs = unit_host(prev.orgs if _party_role(sp.role) else outside_party(prev.orgs), sp.role)
            resolved = ResolvedPost(orgs, sp.role, orgs[-1].name + sp.role, prev.jurisdiction, item)
        elif sentence_org and not sp.title.startswith(OWN_PAPER):
            # 某某会副委员长甲、乙，秘书长丙: the organisation of the list (校党委书记甲，校长乙)
            orgs = unit_host(sentence_org if _party_role(sp.role) else outside_party(sentence_org), sp.role)
            resolved = ResolvedPost(orgs, sp.role, orgs[-1].name + sp.role, orgs[-1].jurisdiction, item)
        elif (home := head_home(ex, sp.role)) and (parsed := resolve_org(home, scope, ex)) is not None:
            resolved = _post(parsed.organizations, sp, parsed.jurisdiction, item)  # 院长甲 in its news
        if resolved is None:
            abstained += 1
            continue
        posts.append(resolved)
        prev = resolved
        scope = resolved.jurisdiction or scope
    return posts, abstained


def _foreign_before(ex: Extraction, offset: int) -> bool:
    """Is a bare title at ``offset`` written after a foreign name (某某某总理: a foreign head of
    government named by surname, not the country's own 国务院总理)? A name with the middle dot of
    the country's minorities' names (某某·某某) is not taken for a foreign one."""
    from kg.extract.name_runs import looks_foreign

    near = tokens_near(ex.tokens, offset - 1, offset)
    return any(
        t.end == offset and t.tag == "PER" and "·" not in t.text and looks_foreign(t.text) for t in near
    )


#: Role words that say what a person knows or studies (专家, 经济学家, 研究生), not a post: written
#: without an organisation they take none from the chain or the sentence.
_DESCRIPTIVE_ENDS = ("专家", "学者", "学家", "研究生", "博士生", "硕士生", "大学生", "本科生")


def _descriptive(role: str) -> bool:
    return role.endswith(_DESCRIPTIVE_ENDS) or role in ("博士", "硕士")


#: A cadre's mark of being stationed in the village before the title (某村驻村第一书记).
STATIONED = "驻村"


def _local_place(ex: Extraction, sp: TitleSplit) -> tuple[Place, TitleSplit] | None:
    """The township or village that the organisation of ``sp`` is written as alone (a run of
    divisions ending in it: ``某县某乡某村`` + ``第一书记``), with ``sp`` taking a trailing 驻村 into
    its title (``某村驻村第一书记``); None otherwise."""
    org = sp.org.removesuffix(STATIONED)
    place = division_only(ex, org) if org else None
    if (
        place is None
        or place.level not in ("township", "village")
        or _local(sp.role)
        or local_head(_strip_mods(sp.role))
    ):
        return None  # 某县某镇镇长: the head of its government (head_organ)
    return place, replace(sp, org=org, title=sp.org[len(org) :] + sp.title)


#: A department of a division's government, or its armed forces department, written bare: 公安局,
#: 自然资源和规划局, 人武部 (not a company's or a school's own department: 财务部, 教务处).
_BARE_DEPARTMENT = rx.compile(r"[\u4e00-\u9fff]{1,10}局|人武部|人民武装部|武装部")
#: A township's own armed forces department, written bare after a post of the township.
_TOWNSHIP_DEPARTMENTS = ("武装部", "人武部", "人民武装部")
#: The first character of a department written with its level (县公安局, 市人武部).
_LEVEL_WORDS = "省市县区州旗盟镇乡村"
#: The kinds of organ whose division a bare department after them is of.
_DIVISION_ORGANS = ("GovernmentOrganization", "PartyOrganization")


def _division_before(ex: Extraction, prev: ResolvedPost | None, written: str) -> Place | None:
    """The county or city of the government's or the party committee's post before a bare department
    in the chain (``副区长、公安局局长``, ``县委常委、人武部政委``: that county's), or the township of
    one before its armed forces department (the township's 武装部), if it is one."""
    if prev is None or prev.jurisdiction is None or not _BARE_DEPARTMENT.fullmatch(written):
        return None
    named = division_prefix(written)  # 某县公安局; not 公安 of 公安局 (公安县's short name) alone
    if (
        prev.orgs[-1].kind not in _DIVISION_ORGANS
        or written[0] in _LEVEL_WORDS
        or (named and len(written) - named >= 2)
    ):
        return None  # 县公安局, 某县公安局: written with its division
    place = ex.place(prev.jurisdiction)
    if place is not None and place.level == "township" and written in _TOWNSHIP_DEPARTMENTS:
        return place  # the township's own 武装部
    return place if place is not None and place.level in ("prefecture", "county") else None


def _local(role: str) -> tuple[str, str] | None:
    lex = lexicon()
    return lex.local.get(role) or lex.local.get(_strip_mods(role))


def _party_role(role: str) -> bool:
    """A post of a party organ itself (书记, 副书记, 委员, 常委), not of what it sits in."""
    return _strip_mods(role).endswith(("书记", "委员", "常委"))


def _strip_mods(role: str) -> str:
    for mod in lexicon().modifiers:
        if role.startswith(mod):
            return role[len(mod) :]
    return role


#: The bare level words of a division's organs (县委, 区政府, 市委), and the level of each.
_BARE_LEVELS = {
    "市": "prefecture",
    "州": "prefecture",
    "县": "county",
    "区": "county",
    "旗": "county",
}


def _in_paragraph(ex: Extraction, written: str, pos: int) -> OrgParse | None:
    """A bare division's organ (``县委``) that neither the sentence nor the article's home places:
    the organ of the division of its level that its paragraph named last before it
    (:func:`kg.extract.scoped_places.paragraph_division`), if that places it."""
    level = _BARE_LEVELS.get(written[:1])
    place = paragraph_division(ex, pos, level) if level else None
    if place is not None and not of_its_level(written[:1], place):
        place = None  # 旗委: a banner's, never a county's
    if place is None and _TOWNSHIP_ORGAN.match(written):  # 在甲镇，…镇党委书记某某: 甲镇's
        place = clause_township(ex, pos, written[:1]) or paragraph_township(ex, pos)
        written = place.name + written[1:] if place is not None else written
    elif place is None and _VILLAGE_ORGAN.match(written):  # 来到某镇甲村。…村党总支书记某某: 甲村's
        place = paragraph_township(ex, pos, "village")
        party = written[1:].startswith("党")  # 村党总支: the village's 党总支; 村委会 is an organ's own name
        written = place.name + (written[1:] if party else written) if place is not None else written
    parsed = resolve_org(written, place.key, ex) if place is not None else None
    return parsed if parsed is not None and parsed.jurisdiction is not None else None


#: A team stationed in a village, written bare after a post of that village in the chain
#: (某村党支部第一书记、驻村工作队队长): the village's team.
STATIONED_TEAMS = ("驻村工作队", "工作队")


def _village(ex: Extraction, prev: ResolvedPost) -> Place | None:
    """The village the post before in the chain lies in, if it lies in one."""
    place = ex.place(prev.jurisdiction) if prev.jurisdiction else None
    return place if place is not None and place.level == "village" else None


#: Bare organs of a township: 镇党委, 镇政府, 镇人民政府, 乡党委, 乡人大.
_TOWNSHIP_ORGAN = rx.compile(r"[镇乡](?:党委|政府|人民政府|人大|纪委)$")


#: Bare organs of a village: 村党支部, 村委会, 村民委员会, 村党总支, 村务监督委员会.
_VILLAGE_ORGAN = rx.compile(r"村(?:党支部|党总支|党委|委会|民委员会|务监督委员会)$")


def _only_village(ex: Extraction, written: str) -> OrgParse | None:
    """A bare village organ (``村党支部``) that nothing around it places: the organ of the one
    village the article names (a village's story names it in its headline and lead, then writes
    村党支部书记 bare); None where the article names two villages or none."""
    if not _VILLAGE_ORGAN.match(written):
        return None
    village = only_village(ex)
    if village is None:
        return None
    party = written[1:].startswith("党")  # 村党支部: the village's 党支部; 村委会 is an organ's own name
    parsed = resolve_org(village.name + (written[1:] if party else written), village.key, ex)
    return parsed if parsed is not None and parsed.jurisdiction is not None else None


#: A township's organs written with its level word alone (镇党委, 乡纪委, 街道党工委, 乡人大, 镇政府).
_TOWNSHIP_BODY = rx.compile(r"(镇|乡|街道)(党委|党工委|纪委|纪工委|人大|人民政府|政府)$")


def _only_township(ex: Extraction, written: str) -> OrgParse | None:
    """A bare township's organ (``镇纪委``, ``乡人大``) that nothing around it places: the organ of the
    one township the article names (a town's congress, its lists of members under 新一届镇纪委委员：…);
    None where the article names two townships or none."""
    m = _TOWNSHIP_BODY.match(written)
    if m is None:
        return None
    towns = [p for p in ex.places if p.level == "township" and p.name.endswith(m.group(1))]
    if len(towns) != 1 or len({p.name for p in ex.places if p.level == "township"}) != 1:
        return None
    parsed = resolve_org(towns[0].name + m.group(2), towns[0].key, ex)
    return parsed if parsed is not None and parsed.jurisdiction is not None else None


def _post(
    orgs: tuple[Organization, ...], sp: TitleSplit, jurisdiction: str | None, item: ChainItem
) -> ResolvedPost:
    orgs = host_units(orgs)  # 某某公司工会: a unit of the company
    return ResolvedPost(orgs, sp.role, orgs[-1].name + sp.title, jurisdiction, item)


#: A paper's words for its own division before an organ or a title: 我市, 本县.
OWN_DIVISION = rx.compile(r"^[我本]([省市县区州旗])")


def _own_division(ex: Extraction, item: ChainItem) -> ChainItem:
    """``item`` with ``我市``/``本县`` at the start of its organisation written as the division it
    stands for, the one of its level at the article's home (``上饶市领导甲，我市领导乙``: 乙 leads
    the home city, whatever the chain before named); as it is where there is no such home. The
    chain may start after 我 (``我|市领导``)."""
    sp = item.split
    text = ex.article.text
    glued = item.start > 0 and text[item.start - 1] == "我"
    written = ("我" if glued else "") + sp.org
    m = OWN_DIVISION.match(written)
    if m is None or written.startswith(_NOT_OWN, m.start(1)):
        return item
    level = {"省": "province", "市": "prefecture", "州": "prefecture"}.get(m[1], "county")
    home = place_at_level(ex, [ex.home], level, m[1])
    if home is None:
        return item
    return replace(item, split=replace(sp, org=home.name + written[m.end() :]))


#: Words that open with a level character after 本 but name no division (本市场, 本区域).
_NOT_OWN = ("市场", "区域", "县域", "省份")


#: A company's word before 领导: the leadership of the company the article is about.
_COMPANY_LEADERS = ("集团", "公司", "集团公司")


def _company_leaders(ex: Extraction, item: ChainItem, company: str, scope: str | None) -> ResolvedPost | None:
    """``集团领导`` in company news: the leadership of the article's company; role 集团领导."""
    parsed = resolve_org(company, scope, ex)
    if parsed is None:
        return None
    host = parsed.organizations
    name = host[-1].name + "领导"
    unit = Organization(f"{host[-1].key}/领导", name, "Organization", host[-1].jurisdiction, host[-1].key)
    return ResolvedPost((*host, unit), item.split.org + "领导", name, parsed.jurisdiction, item)


def _leader_post(ex: Extraction, item: ChainItem, scope: str | None) -> ResolvedPost | None:
    """``某市领导`` / ``某市县领导`` / ``市领导``: the leadership of a division; role 市领导."""
    org_text = item.split.org
    best: Place | None = None
    written = ""
    for p in ex.places:
        for form in (p.name, *p.aliases):
            if org_text.startswith(form) and len(form) > len(written):
                best, written = p, form
    if best is None and org_text[0] in "省市县区州盟旗" and (scope or ex.home):
        level = {"省": "province", "市": "prefecture", "州": "prefecture", "盟": "prefecture"}.get(
            org_text[0], "county"
        )  # 州领导 in an autonomous prefecture's paper, 旗领导 in a banner's
        word = org_text[0] if org_text[0] in "州盟旗" else ""
        best = place_at_level(ex, [scope, ex.home], level, word)
        written = org_text[0]  # 市领导 is the leadership of 某市, not of 某市市
    if best is None and org_text.startswith(REGION) and (best := region_of(ex, scope)) is not None:
        written = REGION  # 自治区领导 in a region's news: role 自治区领导
    if best is None and org_text in _COMPANY_LEADERS and (company := home_company(ex)) is not None:
        return _company_leaders(ex, item, company, scope)  # 集团领导甲、乙 in the group's own news
    if best is None:
        return None
    rest = org_text[len(written) :]
    level_char = REGION if written == REGION else written[-1] if written[-1:] in tuple("省市县区州旗") else ""
    role = level_char + rest + "领导"
    org = Organization(
        f"org|{best.key}|{best.name}{rest}领导", f"{best.name}{rest}领导", "Organization", best.key
    )
    return ResolvedPost((org,), role, org.name, best.key, item)
