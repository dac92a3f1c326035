"""Title grammar: which strings are job titles, and where an organisation ends and its title begins.

The lexicon is data (``kg/lexicons/titles.tsv``): role words (书记, 董事长), bare roles that imply
an organ (市长 -> the city government; 总理 -> 国务院), modifiers that prefix a role (副, 第一,
三级, 实习), followers that make a title of the title before them (总裁助理, 市长助理), and
productive suffixes (…工, …师, …员, …长, …者) with the stem lengths they allow.

The split of ``<organisation><title>`` (``某某有限公司某某分公司职员``) takes the shortest title
whose organisation part ends in an organisation suffix; after an organisation that ends at a bare
word boundary (a tagged name), the longest lexicon title that starts at a word (``青禾|执行董事``).
A productive title starts at a word too (``需要|室内设计师`` has no 室 organisation). A department
(…科, …办公室) right before the role stays in the title (``办公室主任``); ``X院长`` written for
``X院院长`` shares the character (haplology).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from kg import rx
from kg.extract.company_regions import COMPANY_REGIONS
from kg.extract.org_suffixes import cuts_word
from kg.lexicons import read_table

#: Han characters (CJK Unified Ideographs and Extension A) and 〇, the whole string.
_HAN = rx.compile("[\u3400-\u9fff〇]+")
#: Most title kinds a lexicon remembers before it forgets them all (a build reads many articles).
KIND_CACHE = 1 << 16


def is_han(text: str) -> bool:
    return _HAN.fullmatch(text) is not None


@dataclass(frozen=True)
class TitleLexicon:
    roles: frozenset[str]
    national: dict[str, str]  # bare role -> national organ
    local: dict[str, tuple[str, str]]  # bare role -> (organ suffix, level of the division)
    modifiers: tuple[str, ...]  # longest first
    suffixes: dict[str, tuple[int, int]]  # suffix char -> stem length range
    not_titles: frozenset[str] = frozenset()  # words a productive suffix must not make titles
    followers: tuple[str, ...] = ()  # words after a title that make a title of it: 总裁助理
    # indexes made from the fields above, and the kinds already worked out (a pure function of text)
    _last_chars: frozenset[str] = field(init=False, repr=False, compare=False)
    _not_title_ends: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _modifiers_by_first: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _kinds: dict[str, int | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_first: dict[str, list[str]] = {}
        for mod in self.modifiers:
            by_first.setdefault(mod[:1], []).append(mod)
        # every title ends as a lexicon word or a productive suffix does (so do its 兼 and modifier forms)
        words = (*self.roles, *self.national, *self.local, *self.followers)
        last = {w[-1] for w in words if w} | {w[-1].lower() for w in words if w.isascii()}
        object.__setattr__(self, "_last_chars", frozenset(last) | set(self.suffixes))
        object.__setattr__(self, "_not_title_ends", tuple(self.not_titles))
        object.__setattr__(self, "_modifiers_by_first", {k: tuple(v) for k, v in by_first.items()})
        object.__setattr__(self, "_kinds", {})

    def is_word(self, text: str) -> bool:
        return text in self.roles or text in self.national or text in self.local or text.upper() in self.roles

    def may_end_title(self, char: str) -> bool:
        """Can a title end with ``char`` (a cheap test before :meth:`title_kind`)?"""
        return char in self._last_chars

    def is_title(self, text: str) -> bool:
        """Is ``text`` a whole title (role word, modifiers + role, pattern, or titles joined by 兼)?"""
        return self.title_kind(text) is not None

    def title_at(self, text: str, pos: int, longest: int, *, lexical: bool = False) -> str | None:
        """The longest title of at most ``longest`` characters that starts at ``pos`` (``lexical``:
        built from lexicon words, not by a productive suffix); None if none starts there."""
        for k in range(min(longest, len(text) - pos), 1, -1):
            word = text[pos : pos + k]
            kind = self.title_kind(word)
            if kind is not None and (kind == 0 or not lexical):
                return word
        return None

    def title_kind(self, text: str, depth: int = 0) -> int | None:
        """0 for a title built from lexicon words, 1 for one built by a productive suffix, else None."""
        if not text or text[-1] not in self._last_chars:
            return None
        if depth:
            return self._title_kind(text, depth)
        kinds = self._kinds
        if text in kinds:
            return kinds[text]
        kind = self._title_kind(text, 0)
        if len(kinds) >= KIND_CACHE:
            kinds.clear()
        kinds[text] = kind
        return kind

    def _title_kind(self, text: str, depth: int) -> int | None:
        if not text or depth > 3:
            return None
        word = self.is_word(text)
        mods = self._modifiers_by_first.get(text[0], ())
        rng = self.suffixes.get(text[-1])
        joined = "兼" in text[1:-1]
        if word:
            return 0  # a lexicon word, Latin ones too (CEO)
        follower = next((f for f in self.followers if text.endswith(f) and len(text) > len(f)), None)
        han = is_han(text)  # only 兼 joins a Latin title word (董事长兼CEO) to another
        if not (mods or rng or joined or follower) or not (han or joined):
            return None  # no rule below could make it a title
        if text.endswith(self._not_title_ends):
            return None  # a status, not a job: 党员, 预备党员, 成员
        kinds: list[int] = []
        if joined:
            left, _, right = text.partition("兼")
            a, b = self.title_kind(left, depth + 1), self.title_kind(right, depth + 1)
            if a is not None and b is not None:
                kinds.append(max(a, b))
        for mod in mods:
            if text.startswith(mod) and len(text) > len(mod):
                k = self.title_kind(text[len(mod) :], depth + 1)
                if k is not None:
                    kinds.append(k)
        if follower and self.title_kind(text[: -len(follower)], depth + 1) == 0:
            kinds.append(0)  # 总裁助理, 市长助理: the assistant of a lexicon title
        if han and rng and rng[0] <= len(text) - 1 <= rng[1] and ORG_SUFFIX_CHARS.isdisjoint(text[:-1]):
            kinds.append(1)
        return min(kinds) if kinds else None


#: Characters that end organisation names; a productive title's stem may not hold them.
ORG_SUFFIX_CHARS = frozenset("司团厂段区局厅部委办院校园所站队村镇乡县市省店馆台社室科处署会组支")

#: How organisation names end (longest first is not needed: any match counts).
ORG_SUFFIXES = (
    "公司", "集团", "厂", "总厂", "段", "作业区", "车间", "中心", "局", "分局", "厅", "部", "委",
    "委员会", "常委会", "办", "办公室", "院", "学校", "学院", "大学", "小学", "中学", "小学校",
    "幼儿园", "党校", "园", "所", "站", "队", "村", "社区", "居委会", "村委会", "街道", "办事处", "镇", "乡", "嘎查", "苏木",
    "县", "区", "市", "省", "自治区", "自治州", "党委", "党组", "党支部", "党总支", "支部", "总支",
    "妇联", "工会", "团委", "协会", "学会", "商会", "联合会", "基金会", "政府", "人大", "政协", "法院",
    "检察院", "店", "饭店", "酒店", "馆", "台", "报社", "社", "银行", "医院", "基地", "科", "室",
    "处", "股", "司", "署", "会", "政治局", "书记处", "军委", "国务院", "联", "组", "营", "连", "班", "厂部",
    "中央", "国家", "旗", "盟", "主席团", "清真寺", "集团军", "陆军", "海军", "空军", "火箭军", "海关",
)  # fmt: skip

#: Department words that stay with the title: 办公室主任, 腹针科主任, 某某股股长.
DEPT_ENDS = ("办公室", "科", "室", "股")

#: Bare unit words that are part of a rank when they follow another unit (分局中队指导员), and a
#: company's region, part of its title (某某集团中国区总裁: kg.extract.company_regions).
RANK_UNITS = ("中队", "大队", "小队", "分队", *COMPANY_REGIONS)


def _mission(org: str) -> bool:
    """Is ``org`` a mission: (中华人民共和国)驻某国, or a foreign country's 某国驻华?"""
    from kg.extract.foreign_names import is_country  # which reads titles: imported when needed

    i = org.find("驻")
    own = ("", "常", "中华人民共和国", "中国", "中华人民共和国常", "中国常")
    if org.startswith("驻村", i):
        return False  # 驻村第一书记: stationed in a village, no mission abroad
    return i >= 0 and (
        (len(org) - i > 2 and org[:i] in own) or (org[i:] == "驻华" and i > 1 and is_country(org[:i]))
    )


def ends_org(text: str) -> bool:
    return len(text) >= 2 and text.endswith(ORG_SUFFIXES)


@dataclass(frozen=True)
class TitleRow:
    """One row of ``titles.tsv``; ``examples`` are ``segment=org+title`` splits the tests run."""

    word: str
    kind: str  # role | national | local | modifier | follower | suffix | not_title
    organ: str
    level: str  # level of the division (local), or the stem length range lo-hi (suffix)
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()


LEXICON_COLUMNS = ("word", "kind", "organ", "level", "note", "examples", "counter_examples")


@functools.cache
def rows() -> tuple[TitleRow, ...]:
    """The rows of ``kg/lexicons/titles.tsv``, in file order."""
    out = [
        TitleRow(
            row["word"],
            row["kind"],
            row["organ"],
            row["level"],
            _items(row["examples"]),
            _items(row["counter_examples"]),
        )
        for _, row in read_table("titles.tsv", LEXICON_COLUMNS)
    ]
    return tuple(out)


def _items(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


@functools.cache
def lexicon() -> TitleLexicon:
    roles: set[str] = set()
    national: dict[str, str] = {}
    local: dict[str, tuple[str, str]] = {}
    mods: list[str] = []
    suffixes: dict[str, tuple[int, int]] = {}
    not_titles: set[str] = set()
    followers: list[str] = []
    for row in rows():
        if row.kind == "role":
            roles.add(row.word)
        elif row.kind == "national":
            national[row.word] = row.organ
        elif row.kind == "local":
            local[row.word] = (row.organ, row.level)
        elif row.kind == "modifier":
            mods.append(row.word)
        elif row.kind == "suffix":
            lo, hi = row.level.split("-")
            suffixes[row.word] = (int(lo), int(hi))
        elif row.kind == "not_title":
            not_titles.add(row.word)
        elif row.kind == "follower":
            followers.append(row.word)
    mods.sort(key=len, reverse=True)
    return TitleLexicon(
        frozenset(roles), national, local, tuple(mods), suffixes, frozenset(not_titles), tuple(followers)
    )


@dataclass(frozen=True)
class TitleSplit:
    org: str  # organisation as written ("" when the title stands alone)
    title: str  # the title as written, department included (办公室主任)
    role: str  # the role word for org:role (主任)
    rank: int  # 1: org ends in a suffix; 2: no org; 3: org ends at a word boundary


def _role_of(title: str, lex: TitleLexicon) -> str:
    """The role word of a title: 办公室主任 -> 主任; 三级警长 keeps its rank (三级警长); titles
    joined by 兼 stay whole (副局长兼办公室主任), as 董事长兼总经理 does."""
    for dept in DEPT_ENDS:
        i = title.find(dept)
        if i >= 0 and "兼" not in title[:i] and lex.is_title(title[i + len(dept) :]):
            return title[i + len(dept) :]
    return title


#: Words in 部 that say on which side of an organisation a title is (外部董事), not a department
#: of it; after an organisation's own suffix they open the title (某某集团海外部 is a department).
_SIDE_WORDS = ("外部", "内部")
#: 国家 before a grade opens a national grade (某某艺术团|国家一级演员), no organ.
_NATIONAL_GRADE = "国家"
_GRADES = ("一级", "二级", "三级", "四级")


#: The bare level words of a division written before 领导 (市领导), and before a system's chief
#: (省总河长, 镇河长).
_LEVELS = ("省", "市", "县", "区", "州", "盟", "旗", "自治区")
_CHIEF_LEVELS = (*_LEVELS, "乡", "镇", "村")
#: Chiefs under the river-, lake- and forest-chief systems (市总河长, 县第一总林长, 副总河长): titles of a
#: chain that name no organ (河长制 is a system of duties, not a body), so they give no post
#: (:mod:`kg.extract.chains`).
SYSTEM_CHIEFS = ("河长", "总河长", "河湖长", "湖长", "总湖长", "林长", "总林长")


def system_chief(title: str) -> bool:
    """Whether ``title`` is a system's chief, perhaps with a modifier (副总河长, 第一总林长)."""
    return title in SYSTEM_CHIEFS or any(
        title.startswith(mod) and title[len(mod) :] in SYSTEM_CHIEFS for mod in lexicon().modifiers
    )


def split_title(
    segment: str,
    *,
    boundaries: frozenset[int] = frozenset(),
    org_start_ok: bool = False,
) -> TitleSplit | None:
    """Split ``segment`` = organisation + title; None if it does not end in a title.

    ``boundaries`` are word boundaries (token offsets relative to the segment); an organisation
    part that does not end in a suffix is accepted only at a boundary and when ``org_start_ok``
    says it begins like an organisation (a place name or a tagged organisation).
    """
    lex = lexicon()
    best: tuple[int, int, int, str, str] | None = None
    fields = segment.split()  # 某县某局　副局长: a roll's unit and title in fields of their own
    two = len(fields) == 2 and segment.endswith(fields[1]) and ends_org(fields[0])
    field_at = len(segment) - len(fields[1]) if two and lex.title_kind(fields[1]) is not None else -1
    for i in range(len(segment) - 1, -1, -1):
        if field_at >= 0 and i != field_at:
            continue  # the unit's field, then the title's: split at the space
        title = segment[i:]
        kind = lex.title_kind(title)
        if kind is None or (kind == 1 and boundaries and i not in boundaries):
            continue  # a productive title is a word: it starts where a word does (室|内设计师 is none)
        org, former = _marked(segment[:i].rstrip() if field_at >= 0 else segment[:i], i, boundaries)
        if former:
            return None  # 某某集团原董事长: a post held before, not now
        if org.endswith(_SIDE_WORDS) and ends_org(org[:-2]):
            continue  # 某某公司|外部董事: 外部 (external) after a whole organisation is no department
        if len(org) > len(_NATIONAL_GRADE) and org.endswith(_NATIONAL_GRADE) and title.startswith(_GRADES):
            continue  # 某某艺术团|国家一级演员: the grade's 国家, no organ
        if not org:
            rank = 2
        elif _mission(org):
            rank = 0  # an embassy or mission: (中华人民共和国)驻某国特命全权大使; the longest title wins
        elif (
            ends_org(org)
            and not any(org.endswith(u) and ends_org(org[: -len(u)]) for u in RANK_UNITS)
            and org[-1] != org[-2:-1]  # 某某村|村主任, not 某某村村|主任
        ):
            rank = 1
        elif (org in _LEVELS and title == "领导") or (org in _CHIEF_LEVELS and system_chief(title)):
            rank = 1  # 市领导甲、乙: the leadership of the division in scope; 市总河长, 县副总林长
        elif i in boundaries and org_start_ok and kind == 0:
            rank = 3
        else:
            continue
        # a mission's title, and a title after a bare word boundary, are the longest (执行|董事 is
        # no organisation + title: 执行董事 is the title); after an organisation suffix, the shortest
        size = -len(title) if rank in (0, 3) else len(title)
        cand = (rank, kind, size, org, title)
        if best is None or (kind, rank, size) < (best[1], best[0], best[2]):
            best = cand
    if best is None or best[0] == 3:  # haplology is better evidence than a bare word boundary
        hap = _haplology(segment, lex)
        if hap is not None:
            return TitleSplit(hap[0], hap[1], hap[1], 1)
    if best is None:
        return None
    rank, _, _, org, title = best
    for dept in DEPT_ENDS:  # a department before the role belongs to the title
        if rank == 1 and org.endswith(dept) and "兼" in org:  # 副局长兼办公室主任
            left, _, right = org.rpartition("兼")
            first = split_title(left, boundaries=boundaries, org_start_ok=org_start_ok)
            if first is not None and first.org:
                joined = f"{first.title}兼{right}{title}"
                return TitleSplit(first.org, joined, _role_of(joined, lex), first.rank)
        if rank == 1 and org.endswith(dept):
            head = _dept_start(org, dept, boundaries)
            if head is not None and head > 0:
                title = org[head:] + title
                org = org[:head]
            break
    return TitleSplit(org, title, _role_of(title, lex), rank)


#: Words between an organisation and its title that say when the post is held. 现任 and 新任 (now)
#: are no part of either (某某公司现任总经理: 总经理 of 某某公司). 原, 前, 前任, 时任, 首任, 卸任 and
#: 离任 say the person held the post before (某国前总理): that is no sighting of the post at the
#: article's date, so no post is read. A mark alone before a title is no organisation either
#: (新任局长 is a bare 局长, not 新任局 + 局长).
NOW = ("现任", "新任")


def now_mark(text: str, pos: int = 0) -> str:
    """The mark of now (:data:`NOW`) that ``text`` has at ``pos``, or ``""``."""
    return next((m for m in NOW if text.startswith(m, pos)), "")


FORMER = ("前任", "时任", "首任", "卸任", "离任", "原", "前")


#: The party organs and units that 原 may stand before inside a chain (学校原党委书记): the mark
#: says the post was held before. Not 太原市委 (no organ after 原), nor 平原县委 (县委 no unit).
INNER_ORGANS = ("党委", "党组", "纪委", "党总支", "党支部", "团委", "工会")
#: The organs of a division that 原 may stand before after the division's name (某县原县委常委,
#: 某市原市政府副秘书长); not 太原市委 nor 五原县委 (what is before 原 names no division).
_LEVELS = tuple("省市县区州旗盟")
LEVEL_ORGANS = tuple(f"{level}{organ}" for level in _LEVELS for organ in ("委", "政府", "人大常委会", "政协"))
LEVEL_ORGANS += ("地委", "行署")


def _marked(org: str, end: int, boundaries: frozenset[int]) -> tuple[str, bool]:
    """``org`` without a time marker at its end, if what stays ends like an organisation or the
    marker is a word of its own (某某集团原 -> 某某集团; 太原 stays: 原 is no word there), and
    whether the marker says the post was held before (:data:`FORMER`)."""
    inner = next((o for o in INNER_ORGANS if org.endswith("原" + o) and ends_org(org[: -len(o) - 1])), None)
    inner = inner or next(
        (o for o in LEVEL_ORGANS if org.endswith("原" + o) and org[: -len(o) - 1].endswith(_LEVELS)), None
    )
    if inner:  # 学校原党委|书记, 某县原县委|常委: 原 marks the post held before, inside the chain
        return org[: -len(inner) - 1] + inner, True
    for mark in (*NOW, *FORMER):
        if org == mark:
            return "", mark in FORMER  # 新任|局长, 卸任|局长: the mark alone, no organisation
        rest = org[: -len(mark)]
        if org.endswith(mark) and len(rest) >= 2 and (ends_org(rest) or (end - len(mark)) in boundaries):
            return rest, mark in FORMER
    return org, False


def held_before(segment: str, *, boundaries: frozenset[int] = frozenset()) -> bool:
    """Does ``segment`` end in a title marked as held before (某某集团原董事长, 前任总经理)?"""
    lex = lexicon()
    for i in range(len(segment) - 1, 0, -1):
        if lex.title_kind(segment[i:]) is not None and _marked(segment[:i], i, boundaries)[1]:
            return True
    return False


#: Words a department's or an office's name may open with that hold an organisation's ending
#: (联, 社, 会, 乡, 镇, 村) but name none: the department starts before them, never inside or after
#: them (某某|联络办公室, 某局|社会事务科, 某局|城乡建设科, 某局|农村工作科).
DEPT_WORDS = ("联络", "联合", "社会", "城乡", "城镇", "乡镇", "农村")


def _dept_start(org: str, dept: str, boundaries: frozenset[int] = frozenset()) -> int | None:
    """Where the department that ends ``org`` begins (after the enclosing organisation), at a word
    boundary where one is (``某局|社会事务科``, not ``某局社会|事务科``) and never inside a word
    (``某县委|办公室``, not ``某县委办|公室``); None where the office is the organisation itself: an
    office stationed somewhere (``某某驻某地联络办公室``) is no department of what its name opens with."""
    body = org[: -len(dept)]
    if "驻" in body:
        return None
    heads = [
        j
        for j in range(len(body), 0, -1)
        if ends_org(body[:j])
        and not body[:j].endswith((*DEPT_ENDS, *DEPT_WORDS))
        and body[j - 1 : j + 1] not in DEPT_WORDS
        and not cuts_word(body, j)
    ]
    return next((j for j in heads if j in boundaries), heads[0] if heads else None)


def _haplology(segment: str, lex: TitleLexicon) -> tuple[str, str] | None:
    """``某某养老院长`` is ``某某养老院`` + ``院长`` sharing 院."""
    if len(segment) >= 4 and segment.endswith("长") and lex.is_title(segment[-2:]):
        org = segment[:-1]
        if ends_org(org) and org.endswith(segment[-2]):
            return org, segment[-2:]
    return None
