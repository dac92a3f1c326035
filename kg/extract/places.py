"""Places: administrative divisions named in an article, and address chains below the county.

Full names (太原市) count where they start a word; short forms (太原) only where the tagger
tags them as a place, where they start a tagged name (山西某某有限公司), or where a level word,
another division or a branch word follows (肃南县委, 太原榆次, 宜昌分局). Names that several
divisions share are resolved by the other places of the article, then by its dominant province.
Every ancestor up to 中国 is emitted too, so the hierarchy is complete.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kg import rx
from kg.extract.abbreviations import abbreviation_mentions
from kg.extract.company_refs import COMPANY_WORDS
from kg.extract.divisions import COUNTRY_KEY, GENERIC_NAMES, Division, Gazetteer, gazetteer
from kg.extract.local_ends import AFTER_LOCAL, starts_org_name
from kg.extract.local_words import has_function_word, holds_unit_word
from kg.extract.new_areas import area_facts, find_new_areas, outside
from kg.extract.own_voice import COUNTY_VOICE, article_home
from kg.extract.place_overlaps import straddles
from kg.extract.place_units import unit_after
from kg.extract.place_words import (
    MAX_NAME,
    after_party,
    child_at,
    city_not_province,
    division_at,
    leveled_short,
    names_spirit,
    nested,
    opens_with_visit,
    other_name,
    province_not_own_city,
    skipped_district,
)
from kg.extract.road_names import off_roads
from kg.extract.titles import is_han, lexicon
from kg.extract.townships import counties_of, county_of
from kg.extract.unit_openers import opens_unit
from kg.extract.unit_seats import org_spans, seats
from kg.extract.word_places import unplaced_words, word_places
from kg.model import Extraction, Mention, Place, Token
from kg.pipeline import stage

log = logging.getLogger(__name__)

_LEVEL_RANK = {"country": 0, "province": 1, "prefecture": 2, "county": 3}
_NAME_TAGS = frozenset({"LOC", "ns"})

#: After a short form: a level word and an organ (肃南县委), or a branch of an organisation.
FOLLOW_LEVEL = rx.compile(r"[省市县区州盟旗](?:委|政府|人民政府|人大|政协|纪委|党委)")
#: A river's stretch through a division, named by the division's short form between the river's
#: name and 段 (清漳河左权段, 黄河兰州段): the division.
RIVERS, STRETCH = "河江湖渠溪", "段"


def river_stretch(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a short form between a river's name and 段 (清漳河左权段)?"""
    return text[start - 1 : start] in RIVERS and text.startswith(STRETCH, end)


#: Level words a short form may be written with (某某县 for a county whose full name is longer).
_LEVEL_WORDS = frozenset("省市县区州盟旗")
#: A room of a venue, named by a division's short form and this word alone (福建厅).
HALL = "厅"
#: 厅 that starts a rank or a title (湖南厅级干部), not a room.
NOT_HALL = ("厅长", "厅级", "厅局", "厅官")
FOLLOW_BRANCH = rx.compile(r"(?:分局|分公司|分行|支行|分院|公安处|公安局|供电公司|海关)")

#: Below the county: a township then a village, each ending in its level word.
#: The office of a subdistrict (某某街道办事处): an organisation of the place 某某街道.
OFFICE = "办事处"
TOWN = rx.compile(r"[\u4e00-\u9fff]{1,8}?(?:街道办事处|街道|办事处|镇|乡|苏木)")
STRONG_TOWN = rx.compile(r"[\u4e00-\u9fff]{2,8}(?:街道|办事处|镇)")
LOCAL_LEVEL = rx.compile(r"(?:社区|村|镇|乡|街道|嘎查|苏木)")
#: (嘎查 and 苏木: the village and the township of Inner Mongolia's pastoral areas)
VILLAGE = rx.compile(r"[\u4e00-\u9fff]{1,8}?(?:社区|村|嘎查)")
_NOT_LOCAL = frozenset(
    {"乡村", "城乡", "农村", "城镇", "乡镇", "新农村", "村村"}
    # a verb and 村, words of the countryside's work: 通村公路, 进村入户, 驻村干部, 包村, 联村
    | {"通村", "进村", "驻村", "到村", "回村", "包村", "联村", "入村", "出村"}
)
#: After two characters or more, the end of a phrase (推进乡村), no village (东乡村 is one).
_COUNTRYSIDE = ("乡村", "农村")
#: Words for towns at large, which a phrase may end in (推进新型城镇, 发展特色乡镇).
_TOWNS_WORDS = ("城镇", "乡镇")


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    candidates: tuple[Division, ...]
    short: bool
    old_name: str | None = None
    weak: bool = False  # a short form inside a longer word: a county needs its prefecture named too
    media: bool = False  # the county whose media centre reports (某某融媒讯): placed with no context


class _Tokens:
    """Token boundaries of one article."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.at = {t.start: t for t in tokens}
        self.ends = {t.end for t in tokens}
        self.starts = set(self.at)
        self.orgs = org_spans(tokens)  # a seat inside a unit's name (kg.extract.unit_seats)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def find_divisions(text: str, tokens: Sequence[Token] | _Tokens, gaz: Gazetteer | None = None) -> list[_Hit]:
    """Division names in ``text`` by the rules of the module docstring, left to right."""
    gaz = gaz or gazetteer()
    tok = tokens if isinstance(tokens, _Tokens) else _Tokens(tokens)
    hits: list[_Hit] = []
    i = 0
    n = len(text)
    names, shorts, first_char = gaz.name_lengths, gaz.short_lengths, gaz.first_char
    while i < n:
        first = first_char.search(text, i)  # no division's name or short form starts before it
        if first is None:
            break
        i = first.start()
        start = text[i : i + 2]
        if not _is_cjk(text[i]) or (start not in names and start not in shorts):
            i += 1
            continue
        prev = hits[-1] if hits and hits[-1].end == i else None
        hit = _full_at(text, i, tok, gaz, prev) or _short_at(text, i, tok, gaz, prev)
        if hit is not None and hit.short and straddles(hit.start, hit.end, tok.at, gaz):
            hit = None  # 和静|宁县 of 和|静宁县: a short form that cuts a full name the tagger read
        if hit is None:
            i += 1
            continue
        hits.append(hit)
        i = hit.end
    return hits


def _starts_word(text: str, i: int, tok: _Tokens, prev: _Hit | None) -> bool:
    return (
        prev is not None
        or _token_at(text, i, tok) is not None  # a token starts there, or would but for a glued 原
        or i == 0
        or not _is_cjk(text[i - 1])
        or after_party(text, i)
    )


def _token_at(text: str, i: int, tok: _Tokens) -> Token | None:
    """The token that starts at ``i``; where the tagger glued 原 ("former") to the word that
    starts there (原景县交通运输局, a unit its holder has left), that token without it."""
    token = tok.at.get(i)
    glued = tok.at.get(i - 1) if token is None and i > 0 and text[i - 1] == "原" else None
    if glued is not None and glued.tag in ("ORG", "LOC") and glued.end > i:
        token = Token(i, glued.end, glued.text[1:], glued.tag)
    return token


def _full_at(text: str, i: int, tok: _Tokens, gaz: Gazetteer, prev: _Hit | None) -> _Hit | None:
    inner = not _starts_word(text, i, tok, prev)  # only as a seat: 某某集团有限公司青禾市分公司
    longest = min(MAX_NAME, len(text) - i)
    for length in gaz.name_lengths.get(text[i : i + 2], ()):
        if length > longest:
            continue
        name = text[i : i + length]
        cands = gaz.by_name.get(name)
        if cands and inner:
            cands = seats(text, i, i + length, tok.orgs, cands)
        if not cands:
            continue
        if LOCAL_LEVEL.match(text, i + length) and not child_at(text, i + length, cands, gaz):
            continue  # 某某区社区: the start of a local name, unless a county opens with it (某市镇宁县)
        if name in GENERIC_NAMES:  # 城区 counts only right after its parent: 某某市城区
            parents = {c.code for c in prev.candidates} if prev else set()
            cands = tuple(c for c in cands if c.parent in parents)
            if not cands:
                continue
        elif length == 2 and prev is None:
            token = _token_at(text, i, tok)
            named = token is not None and token.text == name and token.tag in _NAME_TAGS
            if not named and not opens_unit(token, name):  # 某县某某食品有限公司 (unit_openers)
                continue
        change = gaz.changes.get(name)
        return _Hit(i, i + length, cands, short=False, old_name=change.old_name if change else None)
    return None


def _short_at(text: str, i: int, tok: _Tokens, gaz: Gazetteer, prev: _Hit | None) -> _Hit | None:
    if prev is None and _in_titled_name(text, i):
        return None  # 副县长沙永平: 长 ends the title 县长, and neither 长沙 nor 永平 is a place
    token = tok.at.get(i)
    longest = min(8, len(text) - i)
    for length in gaz.short_lengths.get(text[i : i + 2], ()):
        if length > longest:
            continue
        name = text[i : i + length]
        cands = gaz.by_short.get(name)
        if not cands:
            continue
        end = i + length
        if any(text.startswith(c.name, i) for c in cands):  # the full name, which _full_at turned down
            return None
        if LOCAL_LEVEL.match(text, end):  # 某某村: a village that shares a division's short form
            continue
        if prev is None and all(c.name in GENERIC_NAMES for c in cands):
            continue  # 市中 of 市中区 alone is 市中级人民法院, 市中心: a generic name needs its parent
        rest = text[end : end + 6]
        weak = False
        if text.startswith(HALL, end) and not text.startswith(NOT_HALL, end):
            continue  # 某某大会堂福建厅: a room of a venue named after a division, not the division
        cands = city_not_province(rest, cands)  # 吉林公安处: the city
        if MEDIA_AFTER.match(text, end) and _line_opening(text, i):  # 某某融媒讯（记者…）: its county
            return _Hit(i, end, cands, short=True, media=True)
        if token is not None and token.tag in ("LOC", "ORG") and token.text.startswith(name):
            if other_name(token.tag, token.text, name, cands):  # 某某石窟, 某某湾体育中心, 某某大学
                continue  # a landmark, a bay's name or a university named after the division
            if _township_of(prev, cands, token, gaz):  # 宝应县射阳湖镇: a township of 宝应县
                continue
            if _own_township(cands, token):  # 乌审召镇: a township of 乌审旗 named after it
                continue
            if _one_local_name(token, name):  # 荷塘湾村: one village, not 荷塘(区) and 湾村
                continue
            ok = token.tag == "LOC" or token.text != name
            weak = token.text != name
        elif prev is not None and nested(gaz, prev.candidates, cands):
            # 新疆某某: the next link of an address chain, but no district inside a word after its province
            word = tok.at[prev.start].text if prev.start in tok.at else ""
            ok = token is not None or not skipped_district(text, end, cands, prev.candidates, word)
        else:
            ok = bool(FOLLOW_LEVEL.match(rest)) or names_spirit(rest)
            ok = ok or river_stretch(text, i, end)  # 清漳河左权段
            ok = ok or _listed_place(text, i, end)  # 在甲、乙等地
            if not ok and FOLLOW_BRANCH.match(rest):
                ok = weak = True
            elif not ok and (seated := seats(text, i, end, tok.orgs, cands)):  # 某某青禾工程有限公司
                cands, ok, weak = seated, True, True
            chained = division_at(text, end, gaz) or leveled_short(text, end, cands, gaz)  # 某州某县
            ok = ok or (_starts_word(text, i, tok, prev) and chained)
        if ok:
            return _Hit(i, _level_end(text, end, cands, rest), cands, short=True, weak=weak)
    return None


#: A county's media centre named after its short form, opening a report (某某融媒讯, 某某融媒体中心讯,
#: 某某县融媒体中心讯): the short form is the county's, the article's own.
MEDIA_AFTER = rx.compile(r"[县区市旗]?(?:融媒体中心|融媒体|融媒|新闻中心)讯")


def _line_opening(text: str, i: int) -> bool:
    """Is ``i`` at the start of its line, after indentation only?"""
    return not text[text.rfind("\n", 0, i) + 1 : i].strip(" \u3000\t")


def _in_titled_name(text: str, i: int) -> bool:
    """Does a short form starting at ``i`` cut a title of the lexicon (县长, 副市长) that ends with
    the character at ``i``, or start inside the name right after one (``副县长沙永平``: the name
    沙永平, not the city 长沙 nor the county 永平)? The name's characters are Han, with no mark
    between it and its title (``县委常委、宜昌市…`` names a place), and one character between the
    title and the short form is a surname (``书记在晋城``: 在 is none). Not after a division
    (``某某省长春市``), which the caller rules out."""
    from kg.extract.names import surnames  # names reads the places: imported when needed

    lex = lexicon()
    single, _ = surnames()
    for end in (i + 1, i, i - 1):  # the title ends with i, right before it, or one before that
        if end < 2 or not all(is_han(c) for c in text[end:i]):
            continue
        if end == i - 1 and text[end] not in single:
            continue  # 书记在|晋城: a preposition after the title, no name's first character
        if any(end - k >= 0 and lex.title_kind(text[end - k : end]) == 0 for k in (2, 3, 4)):
            return True
    return False


#: Level words that close a local place's name the tagger read as one word.
_LOCAL_ENDS = ("社区", "街道", "嘎查", "村", "镇", "乡")


def _one_local_name(token: Token, short: str) -> bool:
    """Is ``token`` (a place word the tagger read whole) one local place's name that opens with a
    division's short form ``short``: one character between the short form and its level word
    (``荷塘湾村``, ``荷塘湾社区``), too little for a name of its own after the division?"""
    level = next((w for w in _LOCAL_ENDS if token.text.endswith(w)), None)
    return level is not None and len(token.text) - len(short) - len(level) == 1


def _township_of(prev: _Hit | None, cands: tuple[Division, ...], token: Token, gaz: Gazetteer) -> bool:
    """Is the short form of a county at the start of ``token`` (``射阳`` of ``射阳湖镇``) the start
    of a township's name, right after a county of another line (``宝应县射阳湖镇``)? A county
    holds townships, never another county; a county's own short form after its prefecture
    (``某某市射阳县``) is read as ever."""
    if prev is None or not token.text.endswith(("镇", "乡", "街道")):
        return False
    counties = all(c.level == "county" for c in prev.candidates)
    return counties and all(c.level == "county" for c in cands) and not nested(gaz, prev.candidates, cands)


#: The rest of an enumeration of places after one of its items: ``、乙等地``, ``等县区``.
_PLACE_LIST_REST = rx.compile(
    r"(?:、[\u4e00-\u9fff]{2,6})*等(?:地(?!方)|县区|市县|县市|区县|县|市|区|旗|乡镇)"
)
#: What may stand before an enumeration's first item: a mark, or a preposition of place.
_PLACE_LIST_OPENS = "、，。；：（ \u3000\n在到赴于及和与"


def _listed_place(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (a division's short form) an item of an enumeration closed by 等地
    (``集团在甲、乙等地建设…``): places, whatever the tagger made of them?"""
    return (start == 0 or text[start - 1] in _PLACE_LIST_OPENS) and bool(_PLACE_LIST_REST.match(text, end))


def _own_township(cands: tuple[Division, ...], token: Token) -> bool:
    """Is ``token``, which starts with the short form of a county (``乌审`` of ``乌审召镇``), a
    township of that county in the national table? A township named after its county is one
    place, not the county and a stray ``召镇``."""
    if not token.text.endswith(("镇", "乡", "街道", "苏木")):
        return False
    return any(c.code in counties_of(token.text) for c in cands)


def _level_end(text: str, end: int, cands: tuple[Division, ...], rest: str) -> int:
    """The end of a short form, past the level word of its full name written after it (某某县 of
    某某彝族自治县: 县茶园村 is no village), unless an organ follows (某某县委 stays as it was)."""
    level = text[end : end + 1]
    ok = level and level in _LEVEL_WORDS and not FOLLOW_LEVEL.match(rest)
    return end + 1 if ok and any(c.name.endswith(level) for c in cands) else end


def resolve(hits: Sequence[_Hit], gaz: Gazetteer | None = None) -> list[Division | None]:
    """One division per hit: by the chain it is written in, the article's places, its dominant province.

    A county's short form (榆次) counts only where the article names its prefecture or province
    otherwise (or names the county in full); else it resolves to None. The short form of a county
    whose media centre reports (``某某融媒讯``) counts alone, and places the others.
    """
    gaz = gaz or gazetteer()
    context: set[str] = set()
    provinces: Counter[str] = Counter()
    for hit in hits:
        single = hit.candidates[0] if len(hit.candidates) == 1 else None
        if (
            single is not None
            and not hit.weak
            and (hit.media or not (hit.short and single.level == "county"))
        ):
            chain = gaz.ancestors(hit.candidates[0].code)
            context.update(d.code for d in chain if d.level != "country")
            prov = gaz.province_of(hit.candidates[0].code)
            if prov:
                provinces[prov.code] += 1
    dominant = provinces.most_common(1)[0][0] if provinces else None
    # one sense per article: 吉林 read as a city once (吉林公安处) is that city elsewhere too
    settled = {hit.candidates[0].code for hit in hits if len(hit.candidates) == 1}
    out: list[Division | None] = []
    for k, hit in enumerate(hits):
        own = province_not_own_city(hit.candidates, settled, gaz)  # 吉林 alone: the province
        if len(own) == 1:
            out.append(own[0])
            continue
        previous = out[k - 1] if k and hits[k - 1].end == hit.start else None

        def score(
            div: Division, previous: Division | None = previous
        ) -> tuple[int, int, int, int, int, int, str]:
            above = [d.code for d in gaz.ancestors(div.code)[1:] if d.level != "country"]
            prov = gaz.province_of(div.code)
            return (
                -int(previous is not None and previous.code in above),
                -int(div.code in settled),
                -int(any(code in context for code in above)),
                -int(prov is not None and prov.code == dominant),
                _LEVEL_RANK[div.level],
                -sum(code in context for code in above),  # 铁西区 of the city named, not of another
                div.code,
            )

        out.append(min(hit.candidates, key=score))
    for k, hit in enumerate(hits):
        div = out[k]
        if hit.short and not hit.media and div is not None and div.level == "county":
            above = {d.code for d in gaz.ancestors(div.code)[1:] if d.level != "country"}
            before = out[k - 1] if k and hits[k - 1].end == hit.start else None  # 新疆某县: a chain
            if not above & context and (before is None or before.code not in above):
                out[k] = None
    return out


def own_county_short(
    text: str, hits: Sequence[_Hit], divisions: list[Division | None], tok: _Tokens
) -> list[Division | None]:
    """A county's short form that :func:`resolve` left unplaced (no prefecture or province named
    to place it) is that county in the county's own paper: the article speaks as a county of its
    level (县委, 全县: :data:`kg.extract.own_voice.COUNTY_VOICE`), names no other county, the
    short form names one county only, is no common word (:mod:`kg.extract.word_places`: 沿河察看) and
    the tagger reads it as a place word somewhere (苹果是沂源的富民产业, in the paper of 沂源县) or it
    names a river's stretch (清漳河左权段)."""
    unplaced = [
        (hit, hit.candidates[0])
        for hit, div in zip(hits, divisions, strict=True)
        if div is None
        and hit.short
        and len(hit.candidates) == 1
        and hit.candidates[0].level == "county"
        and text[hit.start : hit.end] not in word_places()  # 沿河察看: along the river, no county
    ]
    counties = {county.code for _, county in unplaced}
    placed = {div.code for div in divisions if div is not None and div.level == "county"}
    if len(counties) != 1 or placed - counties:
        return divisions
    county = unplaced[0][1]
    voice = COUNTY_VOICE.get(county.name[-1])
    tagged = any(
        ((t := tok.at.get(hit.start)) is not None and t.end == hit.end and t.tag == "LOC")
        or river_stretch(text, hit.start, hit.end)  # 某河某某段
        for hit, _ in unplaced
    )
    if voice is None or not tagged or voice.search(text) is None:
        return divisions
    ids = {id(hit) for hit, _ in unplaced}
    return [county if id(hit) in ids else div for hit, div in zip(hits, divisions, strict=True)]


def _local_end_ok(text: str, end: int, tok: _Tokens) -> bool:
    return end in tok.ends or bool(AFTER_LOCAL.match(text, end))


#: The Party's names, which open an organ's name (中共某某镇委员会), never a place's.
_PARTY = ("中共", "中国共产党")


def _plain(name: str, start: int, tok: _Tokens) -> bool:
    countryside = len(name) >= 4 and name.endswith(_COUNTRYSIDE)
    # 推进新型城镇: a phrase ending in the word 城镇, unless the national table names the town so
    countryside = countryside or (len(name) >= 4 and name.endswith(_TOWNS_WORDS) and not counties_of(name))
    # 东部城乡供水工程: town and country, no township 东部城乡 (古城乡 is one, in the national table);
    # 打造区域中心镇, 民营经济重镇: a kind of town a plan names, no township unless the table names it so
    kind = name.endswith(("城乡", *_TOWN_KINDS)) or _IMPORTANT_TOWN.search(name) is not None
    countryside = countryside or (kind and not counties_of(name))
    unit = holds_unit_word(name)  # 某派出所社区民警: a unit and a job, no community
    # 将|以十八洞村: an adverb opens no name, unless the national table names the town so (将台堡镇)
    function = has_function_word(name, start, tok.at) and not counties_of(name)
    party = name.startswith(_PARTY)  # 中共某某镇委员会: the town's party committee, not a town 中共某某镇
    return not countryside and not unit and name not in _NOT_LOCAL and not function and not party


def _local_name(text: str, start: int, pattern: re.Pattern[str], tok: _Tokens) -> str | None:
    m = pattern.match(text, start)
    if m is None or not _plain(m.group(0), start, tok):
        return None
    if not (_local_end_ok(text, m.end(), tok) or unit_after(m.group(0), text, m.end())):  # 赵庄村村医
        return None
    if pattern is VILLAGE and (starts_org_name(text, m.end()) or opens_with_visit(m.group(0))):
        return None  # 大村小学校: a school; 调研社区: a verb's object (kg.extract.place_words)
    if pattern is VILLAGE and _holds_title(m.group(0)[:-1]):
        return None  # 某县委书记某某村: a title and a name that ends in 村 (a person), no village
    if pattern is VILLAGE and m.group(0) in GENERIC_VILLAGES:
        return None  # 某镇各村, 某市文明村: every village, or an honour, no village's name
    if pattern is VILLAGE and m.group(0).endswith(_TOWNS_AND_VILLAGES):
        return None  # 某镇组织镇村干部: 镇村, the towns and the villages, no village's name
    if pattern is VILLAGE and m.group(0).endswith("乡村") and text.startswith(_COUNTRYSIDE_AFTER, m.end()):
        return None  # 和美乡村建设, 同乡村振兴: 乡村, the countryside, not a village (东乡村)
    return m.group(0)


def _holds_title(name: str) -> bool:
    """Does ``name`` hold a title of two characters or more (书记, 主任)?"""
    lex = lexicon()
    return any(lex.is_title(name[i:j]) for i in range(len(name)) for j in range(i + 2, len(name) + 1))


#: Words for villages that name none: a determiner (各村, 该村), a kind or an honour (文明村, 示范村),
#: a cadre's tie to a village (包联村, 帮扶村, 联系村: the village one is paired with).
GENERIC_VILLAGES = frozenset(
    {"各村", "该村", "本村", "此村", "全村", "邻村", "村村", "文明村", "示范村", "先进村", "重点村", "贫困村",
     "试点村", "中心村", "行政村", "自然村", "美丽村", "特色村", "明星村", "空心村", "包联村", "帮扶村",
     "联系村", "结对村", "挂点村", "脱贫村", "薄弱村"}
)  # fmt: skip
#: Towns and villages together (镇村干部): the end of no village's name (乡村 is: 东乡村).
_TOWNS_AND_VILLAGES = ("镇村",)
#: What follows 乡村 where it is the countryside (乡村振兴, 和美乡村建设), not a village's name.
_COUNTRYSIDE_AFTER = ("振兴", "建设", "治理", "旅游", "产业", "发展", "教师", "医生", "学校", "公路", "文化")
#: Words that the level word 乡 or 镇 opens (乡村振兴, 乡镇企业, 乡亲): no level word there.
_LEVEL_WORDS_OPEN = frozenset({"乡村", "乡镇", "乡亲", "乡贤", "乡愁", "乡土", "镇村"})


def _level_in_word(text: str, end: int, tok: _Tokens) -> bool:
    """Does the level word 乡 or 镇 that ends a township's name at ``end`` open a word of the tagger
    that is no level word (某市乡村振兴: 乡村, no township 某市乡), or 乡村 in the text where the
    tagger read it inside a longer word (美丽乡村)?"""
    word = tok.at.get(end - 1)
    if word is not None and word.text[:2] in _LEVEL_WORDS_OPEN:
        return True
    # 美丽乡村示范村: 乡村 inside the tagger's longer word; not 某乡村民 (a township's villager)
    return text[end - 1 : end + 1] == "乡村" and text[end + 1 : end + 2] != "民"


#: Kinds of towns a plan or a slogan names (打造区域中心镇, 产业强镇, 生态美镇): no township's name
#: ends so, unless the national table names it.
_TOWN_KINDS = ("中心镇", "重点镇", "特色镇", "示范镇", "强镇", "名镇", "美镇", "小镇", "集镇", "大镇")
#: An important town of a trade (民营经济重镇, 工业重镇): a kind after a word of two characters or
#: more (九重镇 is a township's name).
_IMPORTANT_TOWN = rx.compile(r"[一-鿿]{2,}重镇$")


def address_chain(text: str, start: int, tokens: Sequence[Token] | _Tokens) -> list[tuple[int, str, str]]:
    """Township and village written right after a division: ``[(offset, name, level), ...]``.

    A village ends a word or is followed by its organ (村党支部); a township also counts when a
    village follows it or when it ends in 镇/街道/办事处 after a name of two or more characters.
    """
    tok = tokens if isinstance(tokens, _Tokens) else _Tokens(tokens)
    out: list[tuple[int, str, str]] = []
    m = TOWN.match(text, start)
    town = (
        m.group(0)
        if m and _plain(m.group(0), start, tok) and not _level_in_word(text, m.end(), tok)
        else None
    )
    if town and town.endswith(OFFICE) and town[: -len(OFFICE)].endswith("街道"):
        town = town[: -len(OFFICE)]  # 某某街道办事处: the subdistrict 某某街道, and its office
    pos = start + len(town) if town else start
    village = _local_name(text, pos, VILLAGE, tok)
    if town and (
        village or _local_end_ok(text, pos, tok) or STRONG_TOWN.fullmatch(town) or unit_after(town, text, pos)
    ):
        out.append((start, town, "township"))
    elif town:
        village = _local_name(text, start, VILLAGE, tok)
        pos = start
    if village is not None:
        out.append((pos, village, "village"))
    return out


class _PlaceSet:
    """Places of one article in first-seen order, with the short forms seen for each."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.places: dict[str, Place] = {}

    def division(self, div: Division, alias: str | None, note: str | None) -> None:
        for d in reversed(self.gaz.ancestors(div.code)):
            if d.code not in self.places:
                code = None if d.code == COUNTRY_KEY else d.code
                self.places[d.code] = Place(d.code, d.name, d.level, code, d.parent)
        place = self.places[div.code]
        if alias and alias not in place.aliases:
            place = replace(place, aliases=(*place.aliases, alias))
        if note and not place.note:
            place = replace(place, note=note)
        self.places[div.code] = place

    def extra(self, places: Sequence[Place]) -> None:
        """Places the table does not hold (national-level new areas), after their province."""
        for place in places:
            if place.parent in self.gaz.by_code:
                self.division(self.gaz.by_code[place.parent], None, None)
            self.places[place.key] = place

    def local(self, name: str, level: str, parent: str) -> str:
        key = f"{parent}/{name}"
        self.places.setdefault(key, Place(key, name, level, None, parent))
        return key


#: The country's names.
COUNTRY_NAMES = frozenset({"中国", "中华人民共和国"})


@stage("places", needs=("tokens",), adds=("places", "mentions", "home"))
def places_stage(ex: Extraction) -> Extraction:
    article = ex.article
    text = article.text
    gaz = gazetteer()
    tok = _Tokens(ex.tokens)
    hits = find_divisions(text, tok, gaz)
    areas = find_new_areas(text, tok.starts, tok.ends, tok.at, {hit.end for hit in hits})
    hits = off_roads(text, outside(hits, areas))  # 兰州 of 兰州新区, 上海 of 上海路: no division
    divisions = unplaced_words(text, hits, resolve(hits, gaz), gaz, (FOLLOW_LEVEL, FOLLOW_BRANCH))
    divisions = own_county_short(text, hits, divisions, tok)  # 沂源的富民产业 in 沂源县's paper
    found = _PlaceSet(gaz)
    mentions: list[Mention] = []
    starts = {hit.start for hit, div in zip(hits, divisions, strict=True) if div is not None}
    for hit, div in zip(hits, divisions, strict=True):
        if div is None:
            continue
        written = text[hit.start : hit.end]
        change = gaz.changes.get(hit.old_name) if hit.old_name else None
        found.division(div, written if hit.short else None, change.note if change else None)
        mentions.append(article.span(hit.start, hit.end, "Place", ref=div.code))
        if div.level in ("prefecture", "county") and hit.end not in starts:
            parent = div.code
            for offset, name, level in address_chain(text, hit.end, tok):
                county = county_of(name, parent, (), gaz) if level == "township" else None
                if county is not None:  # 某市某镇: in the county the national table says
                    found.division(gaz.by_code[county], None, None)
                    parent = county
                parent = found.local(name, level, parent)
                mentions.append(article.span(offset, offset + len(name), "Place", ref=parent))
    for token in ex.tokens:
        if token.tag == "LOC" and token.text in COUNTRY_NAMES:
            found.division(gaz.by_code[COUNTRY_KEY], None, None)
            mentions.append(article.span(token.start, token.end, "Place", ref=COUNTRY_KEY))
    mentions.extend(abbreviation_mentions(ex, found, gaz))  # 在京, 访港
    area_places, area_mentions = area_facts(article, areas, tok.starts, tok.at)
    found.extra(area_places)
    mentions.extend(area_mentions)
    taken = [(m.start, m.end) for m in mentions]
    for token in ex.tokens:  # places the gazetteer does not hold (abroad, regions): mentions only
        if (
            token.tag == "LOC"
            and len(token.text) >= 2
            and not any(s < token.end and token.start < e for s, e in taken)
        ):
            mentions.append(article.span(token.start, token.end, "Place"))
    mentions.sort(key=lambda m: (m.start, m.end))
    # the division a company's name opens with says where it was registered, not where the article
    # is: no vote for the home (a city's paper at a fair in another city, meeting its companies),
    # unless the article names no division but there (县委书记 visits 某县某某食品有限公司)
    # nor does a short name inside a person's name the tagger reads, wherever it is written (常德 of a
    # name 常德某, in the headline too)
    silent = [(t.start, t.end) for t in ex.tokens if t.tag == "ORG" and t.text.endswith(COMPANY_WORDS)]
    names = {t.text for t in ex.tokens if t.tag == "PER" and len(t.text) > 2}
    silent += [(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text)]
    named = [(hit.start, div) for hit, div in zip(hits, divisions, strict=True)]
    votes = [
        (hit.start, div)
        for hit, div in zip(hits, divisions, strict=True)
        if div is not None and not any(s <= hit.start and hit.end <= e for s, e in silent)
    ]
    home = article_home(text, votes or named, gaz)  # a company's division where no other is named
    log.debug("article %s: %d places, home %s", article.id, len(found.places), home)
    out = ex.add(places=found.places.values(), mentions=mentions)
    return replace(out, home=home)
