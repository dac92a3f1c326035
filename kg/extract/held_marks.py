"""Title chains that a word of holding opens and 的 joins to the name, and posts at a destination.

- ``现任某某市财政局局长的王小明``: the chain between 现任 and 的 is the person's post now;
  ``挂职某某县副县长的王小明``: a post held on secondment, a post all the same; ``时任某某县委
  书记的王小明``: a post held then, which is no sighting of the post at the article's date (kg reads
  no post after 原, 前 or 时任 either), but the name is a person's (:func:`marked_chain`,
  :func:`after_marked_chain`).
- ``某局原局长、党委书记王小明``: 原 (前, 前任, 时任) marks the item it opens or follows and every
  item after it as held before, up to a mark of now (``原县委副书记、现任县长``: each as written);
  :func:`marked_items` reads the chain as if the marks were not written, and says which items
  they mark.
- ``王小明到某某村担任第一书记``, ``王小明在某某县挂职副县长``: a bare title after the place or the
  organisation that the person went to is that one's (:func:`destination`); ``驻村第一书记`` is
  the first secretary in the village (:data:`kg.extract.local_units.STATIONED`).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.chain_orgs import org_starts
from kg.extract.chains import ChainItem, parse_chain
from kg.extract.former_starts import names_division_back
from kg.extract.joined_titles import tokens_near
from kg.extract.local_units import STATIONED
from kg.extract.scoped_places import only_village
from kg.extract.titles import held_before, now_mark, split_title
from kg.model import Extraction, clause_start

#: Words of holding that open a chain before 的 and a name, and whether the post is past.
MARKS = (("现任", False), ("挂职", False), ("担任", False), ("兼任", False), ("时任", True))
#: Where a clause starts, for a word of holding that must open one.
CLAUSE_MARKS = "，,；;：:。\n"
#: Words before the place or organisation a person was sent to (到某某村担任…), longest first.
TO_WORDS = ("来到", "回到", "到", "赴", "在", "前往")
#: Words of holding after the destination, longest first.
HOLDING_AT = ("担任", "挂职", "出任", "任")
#: A village feature's word for its village, as the place a cadre was sent to (来到这里，担任…).
HERE = ("这里", "这儿")
#: The titles a cadre sent "here" holds in the village: only these take the village.
VILLAGE_TITLES = ("驻村第一书记", "第一书记")


def marked_chain(ex: Extraction, end: int, floor: int) -> tuple[int, list[ChainItem], bool] | None:
    """``<word of holding><title chain>的`` right before ``end`` (where a name or a chain before
    the name starts), the word opening its clause: (where the word starts, the chain's items,
    whether the post is past); None if there is none."""
    text = ex.article.text
    if end < 4 or text[end - 1] != "的":
        return None
    start = clause_start(text, end - 1, CLAUSE_MARKS, floor)
    mark = next(((m, past) for m, past in MARKS if text.startswith(m, start)), None)
    if mark is None or start + len(mark[0]) >= end - 1:
        return None
    begin = start + len(mark[0])
    items = parse_chain(ex, begin, end - 1)
    if not items or items[0].start != begin or items[-1].end != end - 1:
        return None  # no chain from end to end: 现任务繁重的…
    return start, items, mark[1]


def after_marked_chain(ex: Extraction, pos: int) -> bool:
    """Does a name start at ``pos`` right after ``<word of holding><title chain>的`` (时任某某县委
    书记的|某某某)? The cheap test first: 的 right before ``pos``."""
    if ex.article.text[pos - 1 : pos] != "的":
        return False
    return marked_chain(ex, pos, ex.article.sentence(pos)[0]) is not None


def destination(ex: Extraction, pos: int) -> tuple[int, str] | None:
    """``到某某村担任`` (or ``来到某某村，担任``) at ``pos`` (after a name): (where the verb of holding
    starts, the place or organisation written after 到); None unless a place or an organisation
    that the earlier stages found fills the span between the two words. A village feature's
    ``来到这里，担任驻村第一书记`` is the one village the article places."""
    text = ex.article.text
    to = next((w for w in TO_WORDS if text.startswith(w, pos)), None)
    if to is None:
        return None
    at = pos + len(to)
    if text.startswith(HERE, at):  # 来到这里，担任驻村第一书记: the one village the article is about
        verb = _holding_after(text, at + 2)
        word = next((w for w in HOLDING_AT if text.startswith(w, verb)), "") if verb is not None else ""
        village = only_village(ex)
        if verb is None or village is None or not text.startswith(VILLAGE_TITLES, verb + len(word)):
            return None
        return verb, village.name
    ends = [m.end for m in ex.mentions if m.start == at and m.label in ("Place", "Organization")]
    for end in sorted(ends, reverse=True):
        verb = _holding_after(text, end)
        if verb is not None:
            return verb, text[at:end]
    return None


def _holding_after(text: str, end: int) -> int | None:
    """Where a word of holding starts at ``end``, or after a comma there (来到某村，担任…)."""
    for at in (end, end + 1) if text.startswith("，", end) else (end,):
        if text.startswith(HOLDING_AT, at):
            return at
    return None


def at_destination(items: list[ChainItem], place: str) -> list[ChainItem]:
    """``items`` with a first title that names no organisation of its own (第一书记, 驻村第一书记,
    副县长) set in ``place``, the destination written before the verb."""
    if not items or items[0].split.org not in ("", STATIONED):
        return items
    first = items[0]
    return [replace(first, split=replace(first.split, org=place, rank=1)), *items[1:]]


#: Marks of a post held before, as they open a chain item (原县长) or follow its organisation
#: (某局原局长); the longest first.
PAST_MARKS = ("前任", "时任", "原", "前")


def marked_items(ex: Extraction, start: int, end: int) -> list[tuple[ChainItem, bool | None]]:
    """The items of the title chain ``text[start:end]`` (the chain before a name), each with
    whether a mark says it was held before (True), or held now (False: 现任 after the mark), or
    neither (None: an item before the first mark, which 原 may cover or not: 某集团董事长、原党委
    书记); [] unless some item is so marked, and unless every item of the chain reads as a title
    (no chain is made up around a mark)."""
    text = ex.article.text
    out: list[tuple[ChainItem, bool | None]] = []
    past: bool | None = None
    opened = False  # a mark opened an item: it covers a later one that names its division back
    cursor = start
    for part in text[start:end].split("、"):
        s, e = cursor, cursor + len(part)
        cursor = e + 1
        now = now_mark(part)
        if now:
            past, s = False, s + len(now)  # 现任县长: held now, whatever came before
        items = parse_chain(ex, s, e)
        if not (items and items[0].start == s and items[-1].end == e):
            items = _unmarked(ex, s, e)
            if not items:
                return []
            past, opened = True, opened or text.startswith(PAST_MARKS, s)
        elif past and items[0].split.org and org_starts(ex, s):
            # 某部原副部长、某协会名誉会长: the mark covers no other organisation's post, but
            # 原某区纪委书记、区监委主任: one opening the chain covers the district's other organ
            past = opened and names_division_back(items[0].split.org)
        out.extend((item, past) for item in items)
    return out if any(past for _, past in out) else []


def _unmarked(ex: Extraction, s: int, e: int) -> list[ChainItem]:
    """The chain item ``text[s:e]`` read without the mark of a post held before that opens it
    (原县长) or follows its organisation (某局原局长); [] if it has none or is no title then."""
    text = ex.article.text
    mark = next((m for m in PAST_MARKS if text.startswith(m, s)), None)
    if mark is not None and s + len(mark) < e:
        items = parse_chain(ex, s + len(mark), e)  # 原|某局局长, 原|县长
        if items and items[0].start == s + len(mark) and items[-1].end == e:
            return items
    near = tokens_near(ex.tokens, s, e)
    bounds = frozenset(b - s for t in near for b in (t.start, t.end) if s <= b <= e)
    if not held_before(text[s:e], boundaries=bounds):
        return []
    for mark in PAST_MARKS:  # 某局|原|局长: the organisation, the mark, the title
        at = text.rfind(mark, s + 1, e)
        if at < 0 or at + len(mark) >= e:
            continue
        cut = at - s
        rel = frozenset(b if b <= cut else b - len(mark) for b in bounds if not cut < b < cut + len(mark))
        segment = text[s:at] + text[at + len(mark) : e]
        split = split_title(segment, boundaries=rel, org_start_ok=org_starts(ex, s))
        if split is not None and len(split.title) <= e - at - len(mark):
            return [ChainItem(s, e, split)]
    return []
