"""Title grammar: which strings are job titles, and where an organisation ends and its title begins.

The lexicon is data (``kg/lexicons/titles.tsv``): role words (书记, 董事长), bare roles that imply
an organ (市长 -> the city government; 总理 -> 国务院), modifiers that prefix a role (副, 第一,
三级), and productive suffixes (…工, …师, …员, …长, …者) with the stem lengths they allow.

The split of ``<organisation><title>`` (``某某有限公司某某分公司职员``) takes the shortest title
whose organisation part ends in an organisation suffix; a department (…科, …办公室) right
before the role stays in the title (``办公室主任``); ``X院长`` written for ``X院院长`` shares the
character (haplology).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.lexicons import read_table

_HAN_LO, _HAN_HI = "\u3400", "\u9fff"


def is_han(text: str) -> bool:
    return bool(text) and all(_HAN_LO <= c <= _HAN_HI or c == "〇" for c in text)


@dataclass(frozen=True)
class TitleLexicon:
    roles: frozenset[str]
    national: dict[str, str]  # bare role -> national organ
    local: dict[str, tuple[str, str]]  # bare role -> (organ suffix, level of the division)
    modifiers: tuple[str, ...]  # longest first
    suffixes: dict[str, tuple[int, int]]  # suffix char -> stem length range
    not_titles: frozenset[str] = frozenset()  # words a productive suffix must not make titles

    def is_word(self, text: str) -> bool:
        return text in self.roles or text in self.national or text in self.local

    def is_title(self, text: str) -> bool:
        """Is ``text`` a whole title (role word, modifiers + role, pattern, or titles joined by 兼)?"""
        return self.title_kind(text) is not None

    def title_kind(self, text: str, depth: int = 0) -> int | None:
        """0 for a title built from lexicon words, 1 for one built by a productive suffix, else None."""
        if not text or depth > 3 or not is_han(text):
            return None
        if self.is_word(text):
            return 0
        if any(text.endswith(w) for w in self.not_titles):
            return None  # a status, not a job: 党员, 预备党员, 成员
        kinds: list[int] = []
        if "兼" in text[1:-1]:
            left, _, right = text.partition("兼")
            a, b = self.title_kind(left, depth + 1), self.title_kind(right, depth + 1)
            if a is not None and b is not None:
                kinds.append(max(a, b))
        for mod in self.modifiers:
            if text.startswith(mod) and len(text) > len(mod):
                k = self.title_kind(text[len(mod) :], depth + 1)
                if k is not None:
                    kinds.append(k)
        rng = self.suffixes.get(text[-1])
        if rng and rng[0] <= len(text) - 1 <= rng[1] and not any(c in ORG_SUFFIX_CHARS for c in text[:-1]):
            kinds.append(1)
        return min(kinds) if kinds else None


#: Characters that end organisation names; a productive title's stem may not hold them.
ORG_SUFFIX_CHARS = frozenset("司团厂段区局厅部委办院校园所站队村镇乡县市省店馆台社室科处署会组支")

#: How organisation names end (longest first is not needed: any match counts).
ORG_SUFFIXES = (
    "公司", "集团", "厂", "总厂", "段", "作业区", "车间", "中心", "局", "分局", "厅", "部", "委",
    "委员会", "常委会", "办", "办公室", "院", "学校", "学院", "大学", "小学", "中学", "小学校",
    "幼儿园", "党校", "园", "所", "站", "队", "村", "社区", "居委会", "村委会", "街道", "办事处", "镇", "乡",
    "县", "区", "市", "省", "自治区", "自治州", "党委", "党组", "党支部", "党总支", "支部", "总支",
    "妇联", "工会", "团委", "协会", "学会", "商会", "联合会", "基金会", "政府", "人大", "政协", "法院",
    "检察院", "店", "饭店", "酒店", "馆", "台", "报社", "社", "银行", "医院", "基地", "科", "室",
    "处", "司", "署", "会", "政治局", "书记处", "军委", "国务院", "联", "组", "营", "连", "班", "厂部",
    "中央", "国家", "旗", "盟",
)  # fmt: skip

#: Department words that stay with the title: 办公室主任, 腹针科主任.
DEPT_ENDS = ("办公室", "科", "室")

#: Bare unit words that are part of a rank when they follow another unit: 分局中队指导员.
RANK_UNITS = ("中队", "大队", "小队", "分队")


def _mission(org: str) -> bool:
    i = org.find("驻")
    return (
        i >= 0
        and len(org) - i > 2
        and org[:i] in ("", "常", "中华人民共和国", "中国", "中华人民共和国常", "中国常")
    )


def ends_org(text: str) -> bool:
    return len(text) >= 2 and any(text.endswith(s) for s in ORG_SUFFIXES)


@dataclass(frozen=True)
class TitleRow:
    """One row of ``titles.tsv``; ``examples`` are ``segment=org+title`` splits the tests run."""

    word: str
    kind: str  # role | national | local | modifier | suffix
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
    mods.sort(key=len, reverse=True)
    return TitleLexicon(frozenset(roles), national, local, tuple(mods), suffixes, frozenset(not_titles))


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
    for i in range(len(segment) - 1, -1, -1):
        title = segment[i:]
        kind = lex.title_kind(title)
        if kind is None:
            continue
        org = segment[:i]
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
        elif org in ("省", "市", "县", "区") and title == "领导":
            rank = 1  # 市领导甲、乙: the leadership of the division in scope
        elif i in boundaries and org_start_ok and lex.is_word(_role_of(title, lex)):
            rank = 3
        else:
            continue
        cand = (rank, kind, -len(title) if rank == 0 else len(title), org, title)
        size = -len(title) if rank == 0 else len(title)
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
            head = _dept_start(org, dept)
            if head is not None and head > 0:
                title = org[head:] + title
                org = org[:head]
            break
    return TitleSplit(org, title, _role_of(title, lex), rank)


def _dept_start(org: str, dept: str) -> int | None:
    """Where the department that ends ``org`` begins (after the enclosing organisation)."""
    body = org[: -len(dept)]
    for j in range(len(body), 0, -1):
        if ends_org(body[:j]) and not body[:j].endswith(DEPT_ENDS):
            return j
    return None


def _haplology(segment: str, lex: TitleLexicon) -> tuple[str, str] | None:
    """``某某养老院长`` is ``某某养老院`` + ``院长`` sharing 院."""
    if len(segment) >= 4 and segment.endswith("长") and lex.is_title(segment[-2:]):
        org = segment[:-1]
        if ends_org(org) and org.endswith(segment[-2]):
            return org, segment[-2:]
    return None
