"""Townships and villages that a visit names with no division before them (走进某某村, 来到某某镇).

An address chain (某县某镇某村) places a township or a village; written alone after a verb of
visiting or after 在 (在某镇某村), the tagger's place word that ends in a local level word (村, 社区,
镇, 乡, 街道) is a place in the area the article reports from: the last county or city named before
it that lies inside the article's home city (or is it), else that home city; a county named before it in
its own sentence wins, inside the home city or not (在某市某区，王小明来到某村); a city named after
the one county of it that the article names does not take the place out of that county. A township then a
village (来到某镇某村) nest. The next item of a list (深入甲镇、乙镇; 来到甲镇乙村和丙村) is a place
of the same level in the same parent as the item before it. A name placed before is the same place
(深入甲镇…在甲镇乙村; 某区甲街道居民…在甲街道, wherever the home is), unless two of that name
are. Without a home city nothing is placed: the parent would be a guess.

A county's own news (the article names one county alone, inside its home city, and speaks as it:
县委, 全县, 区政府 with no name before them) tells of its own townships: a place word that names a township by its level word (某某镇, 某某街道, 某某乡) is a
township of that county wherever it stands after the county's name (甲镇、乙镇作交流发言), or before
it in a list of townships (抓好甲镇、乙镇、丙乡等主产区…。…《某县…方案》), and a township visited before
that name (县长某某深入甲镇…。…某县…) lies in that county, not in its city. A place
word the tagger ran on into a conjunction and the next item (乙镇和县某局) is the place before it.
"""

from __future__ import annotations

from dataclasses import replace

from kg import rx
from kg.extract.divisions import gazetteer
from kg.extract.own_voice import COUNTY_VOICE
from kg.extract.placed_again import named_again
from kg.extract.places import address_chain
from kg.extract.townships import counties_of, county_of, listed_townships, named_townships, with_ancestors
from kg.model import Extraction, Mention, Place
from kg.pipeline import stage

#: Verbs of visiting, after which a place is named.
VISIT = rx.compile(r"(?:走进|来到|走访|深入|前往|赶到|抵达|到访|慰问|看望)了?$|(?<![现存正实])在$")
#: What joins two items of a list of places.
AND = ("、", "和", "及", "与", "以及")
#: A township named with its level word, two characters or more before it (城乡 is none; a
#: 小镇 or 古镇 is a resort or an old town, 康养小镇, no township).
TOWNSHIP = rx.compile(r"[\u4e00-\u9fff]{2,8}(?:(?<![小古])镇|乡|街道)")
#: A list of townships, each named with its level word (抓好甲镇、乙镇、丙乡等主产区).
TOWNSHIPS = rx.compile(rf"(?:{TOWNSHIP.pattern}、)+{TOWNSHIP.pattern}")


@stage("visited_places", needs=("places", "tokens"), adds=("places", "mentions"))
def visited_places_stage(ex: Extraction) -> Extraction:
    text = ex.article.text
    found: dict[str, Place] = {}
    replaced: dict[Mention, list[Mention]] = {}
    last: Mention | None = None  # the last township or village placed: a list goes on after it
    county, named_at = _own_county(ex)
    lists = [t.span() for t in TOWNSHIPS.finditer(text)] if county is not None else []
    # an article with no home places no township by the grammar; the national table still may
    for m in ex.mentions if ex.home is not None else ():
        if m.label == "Place" and m.ref and "/" in m.ref:
            last = m
        if m.label != "Place" or m.ref is not None:
            continue
        listed = last is not None and text[last.end : m.start] in AND
        # a county's own township: after its name, or in a list of townships before it
        own = not listed and county is not None and (m.start > named_at or _in_list(lists, m))
        if not listed and not VISIT.search(text, max(0, m.start - 4), m.start):
            if not own:
                continue
        else:
            own = False
        chain = address_chain(text, m.start, ex.tokens)
        if not chain or chain[0][0] != m.start:
            continue
        end = chain[-1][0] + len(chain[-1][1])
        if end < m.end and not text.startswith(AND, end):
            continue  # the tagger's place word is no township or village (走进某某公园)
        if own and not (chain[0][2] == "township" and TOWNSHIP.fullmatch(chain[0][1])):
            continue  # a county's article places only what its level word names a township
        if own and (elsewhere := counties_of(chain[0][1])) and county not in elsewhere:
            continue  # 打造区域中心镇: a township of other counties' names, none of this one
        parent = county if own else _parent(ex, m.start)
        if parent is None:
            continue
        if county is not None and parent != county and gazetteer().is_within(county, parent):
            parent = county  # a county's own news: 县长某某深入甲镇 before the county's name
        if chain[0][2] == "village":  # 在某社区, 在某村: in the one subdistrict or town of its county named
            parent = _street(ex.places, found, chain[0][1], parent) or parent
        if listed and last is not None and last.ref:
            item = ex.place(last.ref) or found.get(last.ref)
            if item is not None and item.level == chain[0][2] and item.parent:
                parent = item.parent  # 甲镇、乙镇: the next item, in the same parent
        if chain[0][2] == "township":  # the county the national table puts it in
            parent = _table_county(ex, found, chain[0][1], parent)
        new: list[Mention] = []
        for offset, name, level in chain:
            key = _known([*ex.places, *found.values()], name, level, parent)
            if key is None and offset == chain[0][0]:  # 某区甲街道…在甲街道: the one placed before
                key = _placed([*ex.places, *found.values()], name, level)
            if key is None:
                key = f"{parent}/{name}"  # as places.py keys a township or village of a chain
                found.setdefault(key, Place(key, name, level, None, parent))
            parent = key
            new.append(ex.article.span(offset, offset + len(name), "Place", ref=parent))
        replaced[m] = new
        last = new[-1]
    added = _tabled_townships(ex, found, [n for news in replaced.values() for n in news])
    replaced.update(_town_villages(ex, found, set(replaced)))  # 某某镇：… 甲村: the town's village
    if not replaced and not added:
        return _again(ex)
    taken = [(n.start, n.end) for n in (*added, *(n for news in replaced.values() for n in news))]
    mentions = [
        m
        for m in ex.mentions
        if m not in replaced and not (m.label == "Place" and m.ref is None and _overlaps(m, taken))
    ]
    mentions += [n for news in replaced.values() for n in news]
    mentions += added
    mentions.sort(key=lambda m: (m.start, m.end))
    home = _unnamed_county(ex, added, found) or ex.home
    return _again(replace(ex, mentions=tuple(mentions), home=home).add(places=found.values()))


def _unnamed_county(ex: Extraction, added: list[Mention], found: dict[str, Place]) -> str | None:
    """The county of the townships of the national table ``added``, where they are two or more and
    all of one county that the article never names but speaks as (县委, 全县: a county's paper that
    writes its towns and not itself), and the article's home is none or holds it; None otherwise."""
    gaz = gazetteer()
    towns = {
        found[m.ref].name: found[m.ref].parent
        for m in added
        if m.ref in found and found[m.ref].level == "township"
    }
    counties = set(towns.values())
    if len(towns) < 2 or len(counties) != 1:
        return None
    county = counties.pop()
    div = gaz.by_code.get(county or "")
    if div is None or any(m.ref == county for m in ex.mentions):
        return None
    voice = COUNTY_VOICE.get(div.name[-1])
    if voice is None or voice.search(ex.article.text) is None:
        return None
    return county if ex.home is None or gaz.is_within(county, ex.home) else None


def _tabled_townships(ex: Extraction, found: dict[str, Place], placed: list[Mention]) -> list[Mention]:
    """Mentions of the townships named anywhere in the article that the national table puts in one
    county of its home or of a division its sentence names (:func:`kg.extract.townships.named_townships`), their places added to
    ``found``; not where a place is found already."""
    gaz = gazetteer()
    taken = [(m.start, m.end) for m in (*ex.mentions, *placed) if m.label == "Place" and m.ref is not None]
    out: list[Mention] = []
    for start, written, name, county in listed_townships(ex):  # 七塘、八塘等7个镇街: each short
        if any(s <= start < e for s, e in taken):
            continue
        for place in with_ancestors(county, gaz, [*(p.key for p in ex.places), *found]):
            found[place.key] = place
        key = f"{county}/{name}"
        found.setdefault(key, Place(key, name, "township", None, county, (written,)))
        out.append(ex.article.span(start, start + len(written), "Place", ref=key))
    for start, name, county in named_townships(ex, taken):
        for place in with_ancestors(county, gaz, [*(p.key for p in ex.places), *found]):
            found[place.key] = place
        key = f"{county}/{name}"
        found.setdefault(key, Place(key, name, "township", None, county))
        out.append(ex.article.span(start, start + len(name), "Place", ref=key))
        chain = address_chain(ex.article.text, start, ex.tokens)
        if len(chain) == 2 and chain[0][:2] == (start, name) and chain[1][2] == "village":
            at, village, _ = chain[1]  # 甲乡乙村: the village of that township
            found.setdefault(f"{key}/{village}", Place(f"{key}/{village}", village, "village", None, key))
            out.append(ex.article.span(at, at + len(village), "Place", ref=f"{key}/{village}"))
    return out


def _table_county(ex: Extraction, found: dict[str, Place], name: str, parent: str) -> str:
    """``parent``, or the county that the national table of townships puts the township ``name``
    in (:func:`kg.extract.townships.county_of`); that division is added to ``found``, with the
    divisions above it, where the article has not named it."""
    gaz = gazetteer()
    named = {m.ref for m in ex.mentions if m.label == "Place" and m.ref in gaz.by_code}
    county = county_of(name, parent, {c for c in named if gaz.by_code[c].level == "county"}, gaz) or parent
    if county not in gaz.by_code:
        return parent
    for place in with_ancestors(county, gaz, [*(p.key for p in ex.places), *found]):
        found[place.key] = place
    return county


def _in_list(lists: list[tuple[int, int]], m: Mention) -> bool:
    """Is ``m`` an item of one of the lists of townships ``lists`` (their spans)?"""
    return any(s <= m.start and m.end <= e for s, e in lists)


def _again(ex: Extraction) -> Extraction:
    """``ex`` with the townships and villages placed named again (kg.extract.placed_again)."""
    again = named_again(ex, [p for p in ex.places if p.code is None])
    if not again:
        return ex
    return replace(ex, mentions=tuple(sorted((*ex.mentions, *again), key=lambda m: (m.start, m.end))))


def _own_county(ex: Extraction) -> tuple[str | None, int]:
    """The one county-level division the article names, if it lies in the home city, and where it
    is first named; (None, 0) when the article names none or several."""
    gaz = gazetteer()
    firsts: dict[str, int] = {}
    for m in ex.mentions:
        div = gaz.by_code.get(m.ref or "") if m.label == "Place" else None
        if div is not None and div.level == "county":
            firsts.setdefault(div.code, m.end)
    if len(firsts) != 1:
        return None, 0
    code, at = firsts.popitem()
    home = ex.home or ""
    voice = COUNTY_VOICE.get(gaz.by_code[code].name[-1])
    if voice is None or voice.search(ex.article.text) is None:
        return None, 0  # an article that names the county but does not speak as it
    return (code, at) if code == home or gaz.is_within(code, home) else (None, 0)


def _parent(ex: Extraction, offset: int) -> str | None:
    """The county named last before ``offset`` in its sentence, where it is the last division named
    there; else the last county or city named before ``offset`` that is the home city or lies in it; a
    township lies in a county, so when that is a city and one county alone of it is named before
    (某县某镇…某市劳动模范…在乙镇), that county; None for a province's home with nothing inside."""
    home = ex.home or ""
    gaz = gazetteer()
    s = ex.article.sentence(offset)[0]
    here = [
        m.ref
        for m in ex.mentions
        if m.label == "Place" and m.ref in gaz.by_code and s <= m.start < m.end <= offset
    ]
    if here and gaz.by_code[here[-1]].level == "county":
        return here[-1]  # 在某市某区，王小明来到某村: the county its sentence names, inside the home or not
    inside = [
        m.ref
        for m in ex.mentions
        if m.label == "Place"
        and m.ref
        and m.end <= offset
        and m.ref in gaz.by_code
        and (m.ref == home or gaz.is_within(m.ref, home))
    ]
    if not inside:
        div = gaz.by_code.get(home)
        provincial = div is not None and div.level == "province" and div.kind != "直辖市"
        return None if provincial else home  # a province's paper (我省): no city to put it in
    counties = {ref for ref in inside if gaz.by_code[ref].level == "county"}
    if gaz.by_code[inside[-1]].level != "county" and len(counties) == 1:
        return counties.pop()
    return inside[-1]


#: An urban community (社区) lies in a subdistrict (街道), a village (村) in a town or township.
_TOWNSHIPS = {"社区": ("街道",), "村": ("镇", "乡")}


def _headline_town(ex: Extraction, found: dict[str, Place]) -> Place | None:
    """The one township the article's headline names, of those the article places (``found``: the
    stage's so far); None where it names none or several."""
    headline = ex.article.headline or ""
    places = (*ex.places, *found.values())
    towns = {p.key: p for p in places if p.level == "township" and headline and p.name in headline}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _town_villages(
    ex: Extraction, found: dict[str, Place], taken: set[Mention]
) -> dict[Mention, list[Mention]]:
    """Villages the article names alone (甲村, a place word of the tagger) in a town's story, whose
    headline names that town (``某某镇：…``, then ``建成甲村、乙村两个基地``): villages of that town,
    their places added to ``found``. None in an article whose headline names no town, or two."""
    town = _headline_town(ex, found)
    if town is None:
        return {}
    text = ex.article.text
    out: dict[Mention, list[Mention]] = {}
    for m in ex.mentions:
        if m.label != "Place" or m.ref is not None or m in taken or not m.text.endswith("村"):
            continue
        chain = address_chain(text, m.start, ex.tokens)
        if len(chain) != 1 or chain[0][:2] != (m.start, m.text) or chain[0][2] != "village":
            continue
        key = f"{town.key}/{m.text}"
        found.setdefault(key, Place(key, m.text, "village", None, town.key))
        out[m] = [ex.article.span(m.start, m.end, "Place", ref=key)]
    return out


def _street(places: tuple[Place, ...], found: dict[str, Place], name: str, parent: str) -> str | None:
    """The one subdistrict placed in ``parent`` (某区某街道), for a community named alone after it
    (在某社区), and the one town or township (某县某镇), for a village so named (在某村): an article
    of a township tells of its own villages; None where no such township or more than one is
    placed there."""
    ends = next((v for k, v in _TOWNSHIPS.items() if name.endswith(k)), None)
    if ends is None:
        return None
    keys = {
        p.key
        for p in (*places, *found.values())
        if p.level == "township" and p.parent == parent and p.name.endswith(ends)
    }
    return keys.pop() if len(keys) == 1 else None


def _known(places: list[Place], name: str, level: str, parent: str) -> str | None:
    """The key of the one township or village of that name placed in ``parent`` before
    (某县某镇某村, then 来到某村: the same village, inside its township)."""
    keys = {p.key for p in places if p.name == name and p.level == level and p.key.startswith(parent + "/")}
    return next(iter(keys)) if len(keys) == 1 else None


def _placed(places: list[Place], name: str, level: str) -> str | None:
    """The key of the one township or village of that name that an address chain placed before
    wherever it lies (某市某区甲街道居民…，在甲街道救起: the same subdistrict, not one of the
    article's home); None when none or several (甲镇 of two counties) are."""
    keys = {p.key for p in places if p.name == name and p.level == level and p.code is None and p.parent}
    return next(iter(keys)) if len(keys) == 1 else None


def _overlaps(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(s < m.end and m.start < e for s, e in spans)
