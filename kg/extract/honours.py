"""Honours: awards, their categories, and who received them.

The awards and where each one's recipients are written are found by :mod:`kg.extract.award_hits`
(the winners of a counted selection, ``评选出某某道德模范10名``, by
:mod:`kg.extract.selected_winners`); this module reads the recipients.

Grammar:
- the award: ``授予/追授 … X(荣誉)称号`` within one clause, ``荣获/获得 X(荣誉)称号``, ``X名单`` in a headline or
  sentence, ``荣获X`` closing a list of names; an award conferred with 追授 (or 追记, see
  :data:`kg.extract.conferral_forms.POSTHUMOUS_VERBS`) is posthumous, and so is each of its
  conferrals, and so is one whose recipient a list marks so (``甲（追授）``, ``乙（女，追授）``);
- awards conferred on a titled list (``授予甲院士、乙院士某奖``) and passive conferrals
  (``甲同志被授予“某某”称号``): :mod:`kg.extract.conferral_forms`;
- its categories: ``获得“X”类别的有：``, ``“X”类：``;
- the recipients: names in a category's list, in the list that follows the award sentence
  (``她们是：…``, ``分别是…``), and names conferred in the award sentence itself
  (``授予甲等十人…称号``), and the roll after a conferral that defers them (``授予以下同志…称号``,
  :mod:`kg.extract.rolls`); a received award followed by 的 describes the person named after it
  alone (``慰问了甲、乙和曾获“某某”称号的丙``: 丙's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from kg import rx
from kg.extract.award_echoes import echoed_span, echoed_winners, receiving_floor
from kg.extract.award_hits import AwardHit, find_awards
from kg.extract.award_lists import following_lists, later_lists, pronoun_list, roll_opened
from kg.extract.bare_units import sub_unit_organization
from kg.extract.class_lines import class_entries
from kg.extract.conferral_forms import HONOUR_ENDS
from kg.extract.conferrers import conferrer
from kg.extract.division_jobs import division_jobs
from kg.extract.featured_winners import featured_winners
from kg.extract.headline_units import headline_echoes
from kg.extract.honoured_unit_names import divided_organization
from kg.extract.honoured_units import enumerated_units
from kg.extract.honoured_zones import honoured_zones
from kg.extract.prize_conferrals import OPENING_YEAR
from kg.extract.prize_winners import prize_winners
from kg.extract.rolls import defers, line_category, roll_after
from kg.extract.statuses import ungraded, unhonoured_residents
from kg.extract.unit_jobs import unit_jobs
from kg.extract.unit_rolls import award_class, unit_roll
from kg.model import Award, AwardConferral, Extraction, Mention, Organization, clause_start
from kg.pipeline import stage

_CATEGORY = rx.compile(r"(?:获得|荣获)?“([^”]{2,12})”类(?:别)?(?:的)?(?:有|为|名单)?[：:]")
#: A list's mark that its recipient is honoured after death: （追授）, （女，追授）, (追记).
POSTHUMOUS_MARK = rx.compile(r"[（(](?:[^（）()，,]{1,6}[，,、])?追(?:授|记)[）)]")
#: The verb of receiving that ends the recipients before a received award.
_VERB_BEFORE = rx.compile(r"(?:荣获|获得|获评|被评为|入选|获)$")
_RECEIVING = rx.compile(r"荣获|获得|获评|被评为|入选")
#: What a roll's heading may name: an award found in the text (any type, in the tests too).
_A = TypeVar("_A")


#: A number of persons, in figures or in words.
_NUMBER = r"[\d一二三四五六七八九十百千两]+"
#: A count of the recipients named before an award: 甲等10名同志被授予…
_COUNT_BEFORE = rx.compile(rf"等{_NUMBER}(?:名|位|人)")
#: Persons counted, and no unit, as the subject of a conferral: 10名同志, 3位职工.
_PERSONS_COUNTED = rx.compile(rf"{_NUMBER}(?:名|位)[\u4e00-\u9fff]{{0,4}}")


def heading_award(category: str | None, conferred: dict[str, _A]) -> _A | None:
    """The award of ``conferred`` (by name) that a roll's heading ``category`` names: the one of
    that name, else the one alone whose name ends with it (先进集体 under 授予…“全省某某先进集体”
    称号); None when it names none or several."""
    if not category:
        return None
    if category in conferred:
        return conferred[category]
    ends = [a for name, a in conferred.items() if name.endswith(category)]
    return ends[0] if len(ends) == 1 else None


def _exact(category: str | None, conferred: dict[str, _A]) -> str | None:
    """``category`` where it is the very name of an award of ``conferred`` (a roll's heading that
    repeats the award: ``某某奖章集体（3个）``); None otherwise (先进集体 names a class, not one of
    these awards)."""
    return category if category in conferred else None


#: A list of recipients after a received award, in its sentence: ``获评“某某”的是：``, ``荣获“某某”称号的有：``,
#: ``获评“某某”的5名同志分别是：`` (an aside before the colon: ``获得某某称号的是（按姓氏笔画排序）：``, then a roll on the lines below).
INLINE_LIST = rx.compile(
    r"”?(?:荣誉)?(?:称号)?的(?:[\d一二三四五六七八九十两]+[名位个])?(?:同志|个人|人员|职工|干部|集体|单位)?"
    r"(?:分别)?(?:是|有)(?:[（(][^（）()\n]{1,16}[)）])?[：:]"
)


#: What opens the name of a list of the honoured (十佳某某, 优秀某某, 最美某某).
_HONOUR_OPENS = ("十佳", "十大", "百佳", "优秀", "最美", "杰出", "模范", "先进")


def honour_named(name: str) -> bool:
    """Is ``name`` (a list's, ``某某名单``) the name of an honour: one that ends as honours do
    (:data:`kg.extract.conferral_forms.HONOUR_ENDS`: 某某标兵, 某某先进个人) or opens with a word of
    praise (十佳某某, 优秀某某), after its year? A list of no honour (主席团成员名单, 新任村党组织
    书记名单) names none: its entries received nothing."""
    bare = OPENING_YEAR.sub("", name).removeprefix("全县").removeprefix("全市").removeprefix("全省")
    return bare.endswith(HONOUR_ENDS) or bare.startswith(_HONOUR_OPENS)


#: What joins a received award to the person it describes after it: ``曾获“某某”称号的(老党员)甲``.
_HELD_BY = rx.compile(r"”?(?:荣誉)?(?:称号)?的[\u4e00-\u9fff]{0,5}")


def _holder_after(text: str, at: int, persons: Sequence[Mention]) -> Mention | None:
    """The person that a received award ending at ``at`` describes, named right after its 的 or
    after a short noun (``曾获“某某”称号的老党员甲``); None where no person starts there."""
    m = _HELD_BY.match(text, at)
    if m is None:
        return None
    lead = text.index("的", at) + 1
    return next((p for p in persons if lead <= p.start <= m.end()), None)


def written_span(text: str, aw: AwardHit) -> tuple[int, int]:
    """Where the award's name is written: after an opening quotation mark that its hit may hold;
    the hit's own span for a name not written as such (一等奖 of a prize named before)."""
    at = text.find(aw.name, aw.start, aw.end + 1)
    return (at, at + len(aw.name)) if at >= 0 else (aw.start, aw.end)


def _clause_start(text: str, offset: int) -> int:
    """Where the clause holding ``offset`` starts: a list after an award sentence ends before the
    clause of the next award (甲等十人荣获X；…，乙等百人荣获Y: 乙 is no recipient of X)."""
    return clause_start(text, offset, "，,；;。\n")


@stage(
    "honours",
    needs=("people",),
    adds=("awards", "conferrals", "mentions", "organizations", "posts", "holdings"),
)
def honours_stage(ex: Extraction) -> Extraction:
    # 某村村民甲说: a job on a roll only, no post; 某医院主任医师乙说: a grade, no post
    return ungraded(unhonoured_residents(_honours(ex)))


def _honours(ex: Extraction) -> Extraction:
    text = ex.article.text
    awards = find_awards(ex)
    if not awards:
        return ex
    persons = sorted((m for m in ex.mentions if m.label == "Person"), key=lambda m: m.start)
    credited = set(ex.reporters) | set(ex.photographers)
    persons = [m for m in persons if m.ref not in credited]
    award_of: dict[str, str] = {}  # award name -> key
    categories: dict[str, list[str]] = {}
    conferrals: list[AwardConferral] = []
    marked = {m.ref for m in persons if POSTHUMOUS_MARK.match(text, m.end)}  # 甲（追授）: the list says so
    mentions: list[Mention] = []
    seen: set[tuple[str, str]] = set()
    listed: dict[int, tuple[int, int]] = {}  # end of a received award -> where its recipients are
    zones: list[Organization] = []  # development zones honoured as units (kg.extract.honoured_zones)

    def confer(recipient: Mention, award: AwardHit, category: str | None) -> None:
        """``recipient`` (a Person, Organization or Place mention) receives ``award``."""
        key = award_of.setdefault(award.name, f"award|{award.name}")
        if category and category not in categories.setdefault(key, []):
            categories[key].append(category)
        categories.setdefault(key, [])
        if recipient.ref is None:
            return
        posthumous = award.posthumous or recipient.ref in marked  # 甲（追授） in the list
        if (recipient.ref, key) in seen:
            if posthumous:  # 授予甲等10人某称号，追授乙某称号。他们是：…乙…: 乙's is posthumous
                conferrals[:] = [
                    replace(c, posthumous=True) if (c.recipient, c.award) == (recipient.ref, key) else c
                    for c in conferrals
                ]
            return
        seen.add((recipient.ref, key))
        unit, place = recipient.label == "Organization", recipient.label == "Place"
        conferrals.append(
            AwardConferral(
                recipient.ref, key, category, recipient, posthumous, organization=unit, place=place
            )
        )

    def confer_units(
        start: int, end: int, award: AwardHit, category: str | None = None, places: bool = False
    ) -> None:
        """The organisations (and with ``places`` the places) enumerated in ``text[start:end]``
        (:mod:`kg.extract.honoured_units`)."""
        for unit in enumerated_units(ex, start, end, places):
            confer(unit, award, category)
        for org, mention in honoured_zones(ex, start, end) if places else ():  # 某某高新区等10个集体
            if org.key not in {o.key for o in zones}:
                zones.append(org)
                mentions.append(mention)
            confer(mention, award, category)

    def award_before(offset: int) -> AwardHit:
        before = [a for a in awards if a.start <= offset]
        return before[-1] if before else awards[0]

    # 1. category lists: 获得“X”类别的有：甲，乙。
    cat_regions: list[tuple[int, int, str]] = []
    for m in _CATEGORY.finditer(text):
        end = text.find("\n", m.end())
        cat_regions.append((m.end(), end if end >= 0 else len(text), m.group(1)))
    for start, end, cat in cat_regions:
        for p in persons:
            if start <= p.start < end:
                confer(p, award_before(start), cat)
        confer_units(start, end, award_before(start), cat)
    # 2. names conferred in the award sentence, and the list right after it
    for aw in awards:
        if aw.units_in:
            confer_units(*aw.units_in, aw, places=True)  # 命名甲市为…, 甲市被授予…
            if aw.name.endswith("奖"):  # 某大学教授甲荣获某某奖二等奖 (kg.extract.prize_winners)
                for p in prize_winners(text, *aw.units_in, persons):
                    confer(p, aw, None)
            if not _PERSONS_COUNTED.fullmatch(text[slice(*aw.units_in)].strip(" \u3000")):
                continue  # 10名同志被授予某某称号。他们是：…: persons counted, the list after names them
        if aw.recipients:
            for p in aw.recipients:
                confer(p, aw, aw.category)
            if not _COUNT_BEFORE.search(text, ex.article.sentence(aw.start)[0], aw.start):
                continue  # 甲等10名同志被授予某某称号。他们是：…: the list after it names the rest
        if aw.conferred_in:
            for p in persons:
                if aw.conferred_in[0] <= p.start < aw.conferred_in[1]:
                    confer(p, aw, None)
            confer_units(*aw.conferred_in, aw, places=True)
        inline = INLINE_LIST.match(text, written_span(text, aw)[1]) if aw.received else None
        if inline and text[inline.end() : inline.end() + 1] == "\n":  # …的是（按姓氏笔画排序）：a roll below
            stop = min((a.start for a in awards if a.start > inline.end()), default=len(text))
            for p in roll_after(ex, inline.end(), persons, stop):
                confer(p, aw, None)
            continue
        if inline:  # 获评“某某”的是：甲、乙; 荣获“某某”称号的有：甲、乙
            stop = ex.article.sentence(aw.start)[1]
            for p in persons:
                if inline.end() <= p.start < stop:
                    confer(p, aw, None)
            confer_units(inline.end(), stop, aw)
            continue
        if aw.heading or (
            (aw.conferred_in or aw.received) and defers(ex, aw.start)
        ):  # 授予以下同志…称号：a roll follows
            # the roll follows the sentence, and its heading may name the award again (某某名单)
            after = ex.article.sentence(aw.start)[1]
            stop = min((a.start for a in awards if a.start >= after and a.name != aw.name), default=len(text))
            units, person_categories = unit_roll(ex, aw.end, persons, stop)
            # a heading that names another award the text confers (授予甲等“某奖章”，授予乙等3个
            # 集体“某奖章集体”… 名单如下：某奖章集体（3个）): the entries under it received that one
            others = {a.name: a for a in awards if a.name != aw.name and not a.listed and a.conferred_in}
            for p in roll_after(ex, aw.end, persons, stop):
                if (own := heading_award(_exact(person_categories.get(p.start), others), others)) is not None:
                    confer(p, own, None)
                else:  # 见义勇为：甲　某村村民: the line's own category first
                    category = line_category(text, p.start)
                    confer(p, aw, category or award_class(person_categories.get(p.start), aw.name))
            for unit, category in units:
                own = heading_award(_exact(category, others), others)
                confer(unit, own or aw, None if own else category)
            for p, category in class_entries(ex, aw.end, persons, stop):  # 助人为乐类：…居民甲；…
                confer(p, aw, category)
        elif aw.listed and (defers(ex, aw.start) or text[aw.end :].startswith(("名单\n", "名单："))):
            stop = min((a.start for a in awards if a.start > aw.end and a.name != aw.name), default=len(text))
            # 某某名单公布如下：a roll of units
            units, person_categories = unit_roll(ex, aw.end, persons, stop)
            # a heading that names an award the text confers (甲和乙名单 over 甲（5个）…乙（6名）):
            # the entries under it received that award
            conferred_names = {a.name: a for a in awards if a.name != aw.name and not a.listed}
            # a list named by the award the text confers (授予甲等11名同志“某某”称号 … 某某名单):
            # its entries received it, however many the sentence counts
            itself = any(a.name == aw.name and not a.listed and a.conferred_in for a in awards)
            # a heading that puts the year before the award the text confers (表彰了甲等8名劳动模范
            # … 2023年度劳动模范名单): its entries received that award, named as conferred
            dated = OPENING_YEAR.sub("", aw.name)
            named = next((a for a in awards if dated != aw.name and a.name == dated and a.conferred_in), aw)
            for unit, category in units:
                own = heading_award(category, conferred_names)
                confer(unit, own or named, None if own else category)
            for p in roll_after(ex, aw.end, persons, stop):
                if own := heading_award(person_categories.get(p.start), conferred_names):
                    confer(p, own, None)
                elif itself or named is not aw or honour_named(aw.name):
                    confer(p, named, award_class(person_categories.get(p.start), named.name))
        s, e = ex.article.sentence(aw.start)
        nxt_s = e
        while nxt_s < len(text) and text[nxt_s] in "\n 　":
            nxt_s += 1
        nxt_e = text.find("\n", nxt_s)
        nxt_e = len(text) if nxt_e < 0 else nxt_e  # the list runs to the end of its paragraph
        nxt_e = min([nxt_e, *(_clause_start(text, a.start) for a in awards if nxt_s < a.start < nxt_e)])
        same: dict[str, AwardHit] = {}  # the awards of the award sentence, conferred before posthumously
        for a in awards:
            if s <= a.start < e and (a.name not in same or same[a.name].posthumous):
                same[a.name] = a  # 授予…“某某”称号，追授…“某某”称号: a list of the living is the first's
        in_category = any(cs <= nxt_s < ce for cs, ce, _ in cat_regions)
        if not in_category and roll_opened(text, nxt_s, nxt_e, aw.name):  # …他们中有：a roll below
            stop = min((a.start for a in awards if a.start > nxt_e), default=len(text))
            for p in roll_after(ex, nxt_e, persons, stop):
                confer(p, aw, None)
        later = min((a.start for a in awards if a.start >= e and a.name not in same), default=len(text))
        regions = following_lists(text, nxt_s, nxt_e) + [
            region for region in later_lists(text, nxt_e + 1, later) if heading_award(region[3], same) is aw
        ]  # 受表彰的先进工作者是：… after a paragraph of other matters: its kind names the award
        # 某某为获奖单位颁奖: 为 after a name is a preposition, no list's opener
        listing = [r for r in regions if not any(r[0] <= p.start < r[1] for p in persons)]
        if (
            (pronoun := pronoun_list(text, nxt_e)) is not None
            and pronoun[0] < later
            and same.get(aw.name) is aw  # 授予甲等…称号，追授乙…称号: the list is of the living's award
            and not any(opened <= p.start < region_e for _s, opened, region_e, _k in listing for p in persons)
        ):
            listing.append(pronoun)  # 授予甲等10人某称号。…\n他们是：甲，…: the next paragraph's list
        for _region_s, opened, region_e, kind in [] if in_category else listing:
            if (heading_award(kind, same) or aw) is not aw:
                continue  # 受表彰的先进个人有：… under 授予…先进集体称号，授予…先进个人称号
            for p in persons:
                if opened <= p.start < region_e:
                    confer(p, aw, None)
            confer_units(opened, region_e, aw)
        # …颁奖。甲、乙等10人获奖。; 共有10名民警获评某某。then 甲，某所所长。…: a paragraph each
        echo = echoed_span(ex, aw.start)
        for p in [*echoed_winners(echo, persons), *featured_winners(ex, aw.start, persons)]:
            confer(p, aw, None)
        if echo is not None:  # 甲班、乙班等5个班组受到表扬
            confer_units(*echo, aw)
        # 3. 甲、乙、丙等十五名同志荣获X: the names before the award in its own sentence, after
        # any award before it there (追授甲某称号，乙荣获X: 甲 is no recipient of X) and after 向
        # (甲向荣获X称号的代表颁奖: 甲 presents)
        if aw.units_in or aw.recipients:
            continue  # their recipients are read (甲等10人被评为…; 10名同志被评为…: the list after it)
        received = text[max(s, aw.start - 3) : aw.start].endswith(("获", "获得", "获评", "入选", "被评为"))
        holder = received and _holder_after(text, written_span(text, aw)[1], persons)
        if holder:  # 慰问了甲、乙和曾获“某某”称号的丙: 丙's, not 甲's nor 乙's
            confer(holder, aw, None)
            continue
        if received:
            floor = max([s, *(a.end for a in awards if a is not aw and s <= a.end <= aw.start)])
            floor = receiving_floor(text, floor, aw.start)
            listed[aw.end] = (floor, aw.start)
        elif aw.received and text[aw.start - 1 : aw.start] == "、" and aw.start - 1 in listed:
            floor, stop = listed[aw.start - 1]  # 荣获甲称号、乙称号等: 乙 goes to 甲's recipients
            listed[aw.end] = (floor, stop)
        else:
            continue
        for p in persons:
            if listed[aw.end][0] <= p.start < listed[aw.end][1]:
                confer(p, aw, None)
        verb = _VERB_BEFORE.search(text, listed[aw.end][0], listed[aw.end][1])
        if verb is not None:  # after any verb of receiving before it (a caption runs on without a stop)
            floor = max(
                [
                    listed[aw.end][0],
                    *(v.end() for v in _RECEIVING.finditer(text, listed[aw.end][0], verb.start())),
                    clause_start(text, verb.start(), "，,；;：:"),  # the verb's own clause: its subject
                ]
            )
            confer_units(floor, verb.start(), aw, places=True)
    conferrals = headline_echoes(ex, conferrals)  # 省某某集团 in the headline, in full in the body
    if not conferrals:
        return ex
    known = {o.key for o in (*ex.organizations, *zones)}
    read = {(m.start, m.end) for m in ex.mentions if m.label == "Organization"}
    for c in conferrals:  # units written with their divisions (kg.extract.honoured_unit_names)
        if c.organization and c.recipient not in known and (c.mention.start, c.mention.end) not in read:
            known.add(c.recipient)
            zones.append(sub_unit_organization(ex, c.mention) or divided_organization(ex, c.mention))
            mentions.append(c.mention)
    used = {c.award for c in conferrals}
    award_objs = []
    for aw in awards:
        key = award_of.get(aw.name)
        if key in used and all(a.key != key for a in award_objs):
            year = re.match(r"(\d{4})年", aw.name)  # the name keeps its year, as the gold writes it
            year_of = int(year.group(1)) if year else None
            by = next(
                (c for a in awards if award_of.get(a.name) == key and (c := conferrer(ex, a.start))), None
            )
            award_objs.append(Award(key, aw.name, year_of, tuple(categories[key]), by))
            mentions.append(ex.article.span(*written_span(text, aw), "Award", ref=key))
    # 某某公司运行部值长甲等30人获评…: a job the title lexicon lacks (kg.extract.unit_jobs)
    job_orgs, posts, holdings, post_mentions = unit_jobs(ex, conferrals)
    # 追授某区某街道居民甲: the divisions and a plain job word (kg.extract.division_jobs)
    held = {h.person for h in (*ex.holdings, *holdings) if not h.former}
    home_orgs, home_posts, home_holdings, home_mentions = division_jobs(ex, conferrals, held)
    job_orgs, posts = job_orgs + home_orgs, posts + home_posts
    holdings, post_mentions = holdings + home_holdings, post_mentions + home_mentions
    known |= {o.key for o in zones}
    zones += [o for o in job_orgs if o.key not in known and o.key not in {z.key for z in zones}]
    return ex.add(
        awards=award_objs,
        conferrals=conferrals,
        mentions=[*mentions, *post_mentions],
        organizations=zones,
        posts=posts,
        holdings=holdings,
    )
