"""The county a township lies in, from the national table of townships.

Papers name a township alone (来到某某镇, 在某某街道) or after its city (某市某某镇), and the grammar
puts it in the county it finds named before it, else in the article's home city. The table of the
National Bureau of Statistics (``kg/lexicons/townships.tsv``: every township, town and subdistrict
of every county) says which county that is:

- a township placed in a city (or a province) is in the one county of that city whose townships
  hold its name (城关镇 of one county of a city, where other cities have theirs too);
- a township placed in a county whose townships do not hold its name is in the one county named in
  the article that holds it (a tour of two counties, 甲县…乙镇 after 乙县 was named);
- where no county, or several, hold the name, the grammar's place stays: the table is of one year,
  and a township renamed or merged since is no reason to move it;
- a township the grammar did not place, named with its level word anywhere (甲镇党委书记, 在甲镇…),
  is a place where one county alone of the article's home, or of a city or county its sentence
  names before it, holds the name (:func:`named_townships`); a district's paper that names its
  towns and not itself speaks as their district (:func:`kg.extract.chain_orgs.place_at_level`).
A name is looked up as written, else by its stem with another level word: a town made a
subdistrict is still written by its old name. Townships enumerated short and counted as towns
after the list (``整合七塘、八塘、河边等7个镇街``) are looked up with the level words the count
allows (:func:`listed_townships`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from kg import rx
from kg.extract.divisions import COUNTRY_KEY, Gazetteer, gazetteer
from kg.extract.tagger import ask
from kg.extract.titles import lexicon
from kg.lexicons import read_table
from kg.model import Extraction, Place


@cache
def township_counties() -> dict[str, tuple[str, ...]]:
    """For each township's name, the codes of the counties that hold a township of that name."""
    out: dict[str, list[str]] = {}
    for _, row in read_table("townships.tsv", ("county", "townships")):
        for name in row["townships"].split("、"):
            out.setdefault(name, []).append(row["county"])
    return {name: tuple(codes) for name, codes in out.items()}


#: A township's level words: a town made a subdistrict (撤镇设街道), or a township a town, is still
#: written by its old name (甲镇 for 甲街道).
LEVEL_WORDS = ("街道", "镇", "乡")


def counties_of(name: str) -> tuple[str, ...]:
    """The codes of the counties that hold a township ``name``, or, if none does, one of its stem
    with another level word (甲镇 → 甲街道)."""
    table = township_counties()
    if name in table:
        return table[name]
    return _renamed(name)


def _renamed(name: str) -> tuple[str, ...]:
    """The codes of the counties that hold a township of the stem of ``name`` with another level
    word (甲镇 → 甲街道: a town made a subdistrict, still written by its old name); none for a stem
    that many counties' townships share (城关, 城东, 新城: a name of its own in each)."""
    table = township_counties()
    word = next((w for w in LEVEL_WORDS if name.endswith(w)), "")
    stem = name[: -len(word)] if word else ""
    if len(stem) < 2 or sum(len(table.get(stem + w, ())) for w in LEVEL_WORDS) > COMMON_STEM:
        return ()
    return tuple(code for w in LEVEL_WORDS if w != word for code in table.get(stem + w, ()))


#: The most counties whose townships may share a stem for a renamed town to be read by it.
COMMON_STEM = 8


def county_of(name: str, placed: str, named: Iterable[str], gaz: Gazetteer) -> str | None:
    """The county that the township ``name``, placed in the division ``placed`` by the grammar, lies
    in; ``named`` are the county codes the article names. None when the table does not say more than
    the grammar did (see the module's doc)."""
    counties = counties_of(name)
    if not counties or placed in counties:
        return None
    div = gaz.by_code.get(placed)
    if div is None:
        return None
    if div.level == "county":
        inside = [code for code in counties if code in set(named)]
    else:
        inside = [code for code in counties if gaz.is_within(code, placed)]
        # 甲镇 of other counties, and 甲街道 of this city's: the town renamed here
        inside = inside or [code for code in _renamed(name) if gaz.is_within(code, placed)]
    return inside[0] if len(inside) == 1 else None


def county_within(name: str, area: str, gaz: Gazetteer) -> str | None:
    """The one county that is ``area`` or lies in it and holds a township named ``name``; else None."""
    inside = [c for c in counties_of(name) if c == area or gaz.is_within(c, area)]
    inside = inside or [c for c in _renamed(name) if c == area or gaz.is_within(c, area)]  # 甲镇, now 甲街道
    return inside[0] if len(inside) == 1 else None


def with_ancestors(code: str, gaz: Gazetteer, have: Iterable[str]) -> list[Place]:
    """The places of the division ``code`` and of the divisions above it that are not in ``have``
    (the keys of the article's places): a township's county, not named in the text, is a place of
    the graph, with no mention."""
    known = set(have)
    return [
        Place(d.code, d.name, d.level, None if d.code == COUNTRY_KEY else d.code, d.parent)
        for d in reversed(gaz.ancestors(code))
        if d.code not in known
    ]


#: The level word that ends a township's name.
_LEVEL_END = rx.compile("街道|镇|乡")
#: Most characters of a township's name before its level word.
LONGEST_STEM = 8
#: Tags of the word a township's name may end inside: a unit of the township (甲镇党委, 甲镇人民政府).
UNIT_TAGS = frozenset({"ORG", "LOC"})
#: Tags of one ordinary word, which a string the tagger reads alone as that is (小城镇, 中心镇).
ORDINARY_TAGS = frozenset({"n", "nz", "vn", "a", "an"})


def named_townships(ex: Extraction, taken: Sequence[tuple[int, int]]) -> list[tuple[int, str, str]]:
    """Townships of the table named anywhere in the article with their level word, as
    ``(offset, name, county)``, that lie in one county alone of the article's home, or of a city or
    county its sentence names before it (儋州市委副书记甲在那大镇检查, in a page of many cities).

    The name starts a word of the tagger (or right after a place found) and ends one, or ends
    inside a unit of the township that the tagger read as one organisation (甲镇党委), or before
    the title the tagger glued to its level word (甲乡|乡乡长: 乡长 of 甲乡); the longest
    such name wins (与儿街镇, not 儿街镇). Not a name the tagger reads alone as one ordinary word
    (小城镇), nor one inside the spans ``taken`` (places already found)."""
    gaz = gazetteer()
    text, tokens = ex.article.text, ex.tokens
    divisions = _divisions(ex, gaz)
    starts = {t.start for t in tokens} | {e for _, e in taken}  # or right after a place: 某市甲镇党委
    ends = {t.end: t for t in tokens}
    inside = {i: t for t in tokens if t.tag in UNIT_TAGS for i in range(t.start + 1, t.end)}
    # the level word opening a word of the tagger that runs into its head's title (某乡|乡乡长, 乡乡|长某)
    lex = lexicon()
    titled = {
        t.start + 1
        for t in tokens
        if t.text[:1] in "镇乡" and any(lex.is_title(text[t.start + 1 : t.start + 1 + k]) for k in (2, 3))
    }
    out: list[tuple[int, str, str]] = []
    unplaced: list[tuple[int, str]] = []  # names of the table that no area placed
    for m in _LEVEL_END.finditer(text):
        end = m.end()
        if end not in ends and end not in inside and end not in titled:
            continue
        areas = _areas(ex, divisions, m.start(), gaz)
        first: tuple[int, str] | None = None
        for start in range(max(0, m.start() - LONGEST_STEM), m.start() - 1):
            name = text[start:end]
            if start not in starts or any(s < end and start < e for s, e in taken) or not _cjk(name):
                continue
            county = next((c for a in areas if (c := county_within(name, a, gaz)) is not None), None)
            if county is not None and not _ordinary(name):
                out.append((start, name, county))
                break
            if first is None and counties_of(name) and not _ordinary(name):
                first = (start, name)
        else:
            if first is not None and not any(at == first[0] for at, _ in unplaced):  # 甲镇街道: once
                unplaced.append(first)
    return out + _sibling_townships(unplaced)


def _divisions(ex: Extraction, gaz: Gazetteer) -> list[tuple[int, str | None]]:
    """``(offset, code)`` of each mention of a city or a county of the table."""
    return [
        (m.start, m.ref)
        for m in ex.mentions
        if m.label == "Place"
        and m.ref in gaz.by_code
        and gaz.by_code[m.ref].level in ("prefecture", "county")
    ]


def _areas(ex: Extraction, divisions: list[tuple[int, str | None]], at: int, gaz: Gazetteer) -> list[str]:
    """The areas a township named at ``at`` may lie in: the article's home, then the cities and
    counties its sentence names before it, the nearest first."""
    sent = ex.article.sentence(at)[0]
    areas = [ex.home or "", *(code or "" for start, code in reversed(divisions) if sent <= start < at)]
    return [a for a in areas if a in gaz.by_code and a != COUNTRY_KEY]


def _sibling_townships(named: Sequence[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """The townships of ``named`` (``(offset, name)``, placed by no area the article names) that lie
    in the one county holding two or more of their distinct names, where no other county holds as
    many (a district's page of its towns, 甲镇…乙镇…丙街道, that never names the district): as
    ``(offset, name, county)``. One name alone, or names that two counties share, say nothing."""
    names = {name for _, name in named}
    holders: dict[str, set[str]] = {}
    for name in names:
        for county in counties_of(name):
            holders.setdefault(county, set()).add(name)
    counts = sorted((len(held) for held in holders.values()), reverse=True)
    if not counts or counts[0] < 2 or (len(counts) > 1 and counts[1] == counts[0]):
        return []
    county = next(c for c, held in holders.items() if len(held) == counts[0])
    return [(start, name, county) for start, name in named if name in holders[county]]


def _cjk(name: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in name)


def _ordinary(name: str) -> bool:
    """Does the tagger, given ``name`` alone, read it as one ordinary word (小城镇: a noun)?"""
    words = ask(name)
    return len(words) == 1 and words[0][1] in ORDINARY_TAGS


#: An enumeration of townships written short, counted after it as towns, townships or
#: subdistricts: 甲、乙、丙等7个镇街, 甲、乙两镇, 甲、乙等乡镇.
_LISTED = rx.compile(
    r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)(?:等|[两三四五六七八九十\d]+个?)*"
    r"(镇街|街镇|乡镇|镇|乡|街道)"
)
#: The level words an item of such an enumeration may take, for each word of the count.
_ITEM_LEVELS = {
    "镇街": ("镇", "街道"),
    "街镇": ("镇", "街道"),
    "乡镇": ("乡", "镇"),
    "镇": ("镇",),
    "乡": ("乡",),
    "街道": ("街道",),
}


def listed_townships(ex: Extraction) -> list[tuple[int, str, str, str]]:
    """The townships of an enumeration written short and counted as towns after it (``整合七塘、
    八塘、河边等7个镇街``): ``(offset, written, name, county)`` of each item that, with a level word
    the count allows, is a township of one county of the article's home, or of a division its
    sentence names before it; none unless two items or more are, in the same county."""
    gaz = gazetteer()
    text = ex.article.text
    divisions = _divisions(ex, gaz)
    out: list[tuple[int, str, str, str]] = []
    for m in _LISTED.finditer(text):
        areas = _areas(ex, divisions, m.start(), gaz)
        found: list[tuple[int, str, str, str]] = []
        at = m.start(1)
        for k, item in enumerate(m.group(1).split("、")):
            # the first item may start inside the word before it (整合|七塘): its last 2 or 3 characters
            for written in (item[-2:], item[-3:]) if k == 0 else (item,):
                hit = next(
                    (
                        (written, name, county)
                        for level in _ITEM_LEVELS[m.group(2)]
                        if (county := _county_in(name := written + level, areas, gaz)) is not None
                    ),
                    None,
                )
                if hit is not None:
                    found.append((at + len(item) - len(written), *hit))
                    break
            at += len(item) + 1
        if len(found) >= 2 and len({c for *_, c in found}) == 1:
            out += found
    return out


def _county_in(name: str, areas: Sequence[str], gaz: Gazetteer) -> str | None:
    """The county of the first of ``areas`` that holds the township ``name`` alone."""
    return next((c for a in areas if (c := county_within(name, a, gaz)) is not None), None)
