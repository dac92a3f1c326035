"""Inspections: a tour of places (``赴/到/在/深入 <place> 考察/调研/视察/检查/走访慰问``) and an inspection of a
kind of work whose places the article tells later (``某某带队检查防汛和安全生产工作``,
``某某调研重点项目建设``); a chief's patrol of a river or a forest (``某某以河长身份巡查某河``) is one too.

One article reports one inspection: the first found names it; when that is the headline's, the
body's sentence that tells it again dates it (``6月1日至2日，…在某市调研``). An inspection of work is
someone's: a person's name stands right before its verb (or before 带队/率队); it lies where the
sentence says, else in the article's home. A company's own news names the company it tells of by
its bare word (``到集团看望慰问``, ``到公司调研``): that company is the tour's site.

A tour that someone is welcomed or invited to make (``欢迎更多企业到某地考察``, ``邀请对方赴某市
考察``, ``诚邀各界来某县投资考察``, ``期待贵方早日到某省考察``, ``希望…到某地走访``) is wished, not
made: no inspection. One made on an invitation accepted (``应邀赴某市考察``) is made.
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.chain_orgs import home_company
from kg.extract.cut_names import CAPTION_OPENER
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import ancestry, most_specific, place_in
from kg.extract.reported import reported
from kg.model import Extraction, Mention, clause_start

#: A leader receiving the public where they come (到某局接待来访群众, 在某中心接访, 下访, 接待上访
#: 群众): a tour of that place as much as a visit is.
RECEIVE = r"接待(?:了)?(?:来访|上访)群众|接待群众来访|接访|下访"
_RECEIVES = rx.compile(RECEIVE)
#: A wish or an invitation before a tour in its clause (欢迎更多企业到某地考察).
_WISHED = rx.compile(r"欢迎|(?<!应)邀请?|诚邀|期待|希望|盼望|期盼")
#: A tour of a place or of an organisation: 赴某市考察, 在某县调研, 深入甲镇、乙镇，调研, 在某大学考察,
#: 某某一行来某县考察 (not 以来, 年来, 带来 …), 前往某村，看望慰问,
#: 视察某部队, an emergency's 赶赴某县指挥抢险救灾, a chief's patrol (到某镇巡河); a comma before the
#: verb only after 深入/赴/来到 (来到某社区，走访慰问); a supervisor's 督导, 督查 of work is a tour too (深入甲镇、乙镇，督导检查);
#: a word of manner may come before the verb (深入甲镇、乙镇，实地检查; 到某县现场督导; 深入某村，挨家挨户
#: 走访…: a visit from house to house).
_TOUR_VERBS = (
    r"(?:实地|现场|专程|暗访|挨家挨户|逐户|入户)?"
    r"(学习考察|考察调研|走访调研|调研走访|考察|调研|视察|察看|督导检查|督查检查|督导|督查|检查|走访慰问|看望慰问|慰问|看望|走访|巡河|巡湖|巡林|指挥(?:抢险救灾|抢险|救灾|救援|防汛)|"
    + RECEIVE
    + r")(?![组员团品金])"
)
INSPECT = rx.compile(
    r"(赶赴|赴|到|在|深入|前往|(?<![以年月日本带原从后未将再])来(?!到|自))([^，。；、]{2,12}?(?:[、][^，。；、]{2,12}?)*)(，?)"
    + _TOUR_VERBS
)
#: A verb of looking that is a tour right after its place (在某镇察看…); after a list of places and
#: a comma, only where a person named right before the verb of going leads it (甲冒雨赶赴甲镇、乙镇，
#: 察看…): else it tells what a group's visit did (观摩团…深入甲县、乙县，实地察看了…).
_LOOKING = "察看"
#: Words that may stand between the one who leads a tour and its verb of going (冒雨, 连夜, 先后).
_LEADING_GAP = 4
#: A tour of one organisation whose name is longer than a place's phrase (到某某硅基新材料有限公司
#: 调研): its site only where the organisation found is all of it.
INSPECT_LONG = rx.compile(r"(赶赴|赴|到|在|深入)([^，。；、]{13,30}?)()" + _TOUR_VERBS)
#: A tour whose verb ends the sentence's account of it: 来到某市，先后深入甲县、乙县，…，对某某工作进行督导
#: (a word of the kind may stand before the verb: 就某某产业发展开展专题视察, 开展民主监督视察).
TOUR_LATE = rx.compile(
    r"(来到|赴|深入)([^，。；、]{2,12}?(?:、[^，。；、]{2,12}?)*)()，[^。；]{0,60}?"
    r"(?:对|就)[^。；，]{2,40}?(?:进行|开展)了?(?:专题|实地|集中|联合|专项|现场|民主监督)?"
    r"(督导|督查|检查|考核|调研|评估|暗访|视察|考察)(?![组员团])"
)
#: Verbs of going that may close a list of places with a comma before the visit's verb
#: (深入甲镇、乙镇，调研; 来到甲村、乙村，走访慰问; 前往某村，看望慰问); 到 is one of them only after 来.
_LISTING = ("深入", "赴", "赶赴", "来到", "前往")
#: A visit of inspection to an organisation named right after the verb: 视察某某部队, 考察了某某公司,
#: 带队走访慰问某军区, 率队看望慰问某医院, 慰问某部队, 一行实地考察了位于某区的某某公司; or second in
#: a pair the tagger tells one of (走访慰问甲军区和乙总队).
INSPECT_ORG = rx.compile(
    r"(?:一行)?(?:带队|率队|专程|实地|先后)?(视察|考察|走访慰问|看望慰问|走访|慰问)(了)?(?:位于[^，。；]{2,12}?的)?"
    r"(?:[^，。；、和及]{2,10}[、和及])?$"
)
#: The organisation a tour visits is its site.
SITE_LABEL = "Organization"
#: An inspection of a kind of work: 带队检查防汛工作, 督导安全生产工作; or of a work's progress, closing
#: its clause: 调研重点项目建设, 检查了工程进展情况 (not 调研重点项目建设规划); a tour of the key
#: companies or projects, closing its clause: 带队走访调研重点企业，…, 视察全县重点公路建设项目。
INSPECT_WORK = rx.compile(
    r"(带队|率队)?(走访调研|调研走访|检查|督导|督查|调研|视察|暗访|考察)(?:了)?"
    r"([^，。；“”]{2,20}?(?:工作|(?:建设|进展|情况)(?=[，。；\n并时]|$))|[^，。；“”]{0,8}?重点[^，。；“”]{0,6}?(?:企业|项目)(?=[，。；\n并时]|$))"
)
#: A patrol of a river, a lake or a forest by the person named right before it, the chief of it
#: the river-chief system names (``以河长身份``) perhaps between: ``甲巡查某河``, ``甲以总河长身份
#: 巡查某水库水质保护情况``, or with no object, closing its clause (``甲以河长身份巡河，``); not a task
#: (``加强巡查``: no one named before it) nor a time (``甲巡查时发现``: 巡查 with no object).
PATROL = rx.compile(
    r"(?:以[^，。；]{2,12}?身份)?(带队|率队)?(?:(巡河|巡湖|巡林)()(?=[，。；\n并])"
    r"|(巡查|巡河|巡湖|巡林|巡护)了?([^，。；“”\s]{1,16}?(?:河|江|湖|溪|水库|渠|流域|林区|林场|堤防|湿地)"
    r"(?:[^，。；“”]{0,10}?(?:工作|情况))?)(?=[，。；\n并时]|$))"
)

#: A visit to people or to the places that serve them, closing its clause, by the person named
#: right before its verb: ``区长甲走访残疾人康复和就业服务机构，``, ``甲看望慰问困难群众。``; not what
#: a visit found or when it was made (``走访发现``, ``看望时``). Read only where the article tells no
#: tour of places (``来到某镇走访慰问``), whose people those it visits are.
VISIT_PEOPLE = rx.compile(
    r"(带队|率队)?(走访慰问|看望慰问|走访看望|看望|慰问|走访)(?:了)?"
    r"(?!发现|中|时|期间|后|前|过程|结束)([^，。；：“”\n]{2,24}?)(?=[，。；\n])"
)


def find_inspections(ex: Extraction, found: list[Draft]) -> list[Draft]:
    """The article's inspection (a list of one or none) when ``found`` holds none yet; a headline's
    inspection in ``found`` takes the date of the body's sentence that tells it again."""
    text = ex.article.text
    out: list[Draft] = []
    tours = [*INSPECT.finditer(text), *INSPECT_LONG.finditer(text), *TOUR_LATE.finditer(text)]
    tours += _of_work(ex, INSPECT_WORK) + _of_work(ex, PATROL)
    if not tours:  # 甲看望慰问困难群众: a visit to people, where the article tells no tour of places
        units = {m.start for m in ex.mentions if m.label == SITE_LABEL}
        tours = [m for m in _of_work(ex, VISIT_PEOPLE) if m.start(3) not in units]  # 慰问某部队: _org_visit
    for m in sorted(tours, key=lambda m: m.start()):
        s, e = ex.article.sentence(m.start())
        if not reported(ex, m.start(), m.end()):
            continue  # 2019年某某在某地考察时: a past tour cited
        if _WISHED.search(text, clause_start(text, m.start(), "，。；：！？\n", s), m.start()):
            continue  # 欢迎更多企业到某地考察: a wish, no tour made
        if text[s : m.start()].lstrip(" \u3000").startswith(CAPTION_OPENER) and (found or out):
            continue  # 图为观摩组在某园区察看…: a picture of the event the article tells
        sites: list[str] = []
        if m.re in (INSPECT, INSPECT_LONG, TOUR_LATE):
            going = text[m.start() - 1 : m.end(1)] if m.group(1) == "到" else m.group(1)
            if m.group(3) and (going not in _LISTING or (m.group(4).endswith(_LOOKING) and not _led(ex, m))):
                continue  # 到某县，调研组…: a comma ends the tour's phrase but after 来到/深入/赴
            places = [p for p in ex.mentions if p.label == "Place" and m.start(2) <= p.start < m.end(2)]
            org = _org(ex, m.start(2), m.end(2))
            if org is None and m.re is INSPECT_LONG:
                continue  # a long phrase that is no one organisation's name
            if org is not None:  # 在某某大学考察: the organisation is the site, in the place it lies in
                sites.append(org.text)
                places = [p for p in places if not org.start <= p.start < org.end]
                place = most_specific(ex, places[0]).ref if places else place_in(ex, s, e)
            elif not places and len(m.group(2)) >= 4 and m.group(2).endswith(SITE_ENDS):
                sites.append(m.group(2))  # 到某某蔬菜高科技示范园检查: a site the article names
                place = place_in(ex, s, e)
            elif not places and m.group(2) in OWN_COMPANY and (company := home_company(ex)) is not None:
                sites.append(company)  # 到集团看望慰问 in the company's own news: that company
                place = place_in(ex, s, e)
            elif not places and _RECEIVES.fullmatch(m.group(4)) is None:
                continue
            elif not places:  # 在县来访接待中心接访: wherever the public comes, the sentence's place
                place = place_in(ex, s, e)
            else:
                place = (
                    _common(ex, places, text) or _shared(ex, m, places) or most_specific(ex, places[0]).ref
                )
            subject = _subject(ex, s, m.start())
            tail = f"{m.group(1)}{m.group(2)}{m.group(4)}"
            trigger = m.group(4)[-2:]
        else:
            place = place_in(ex, s, e)
            subject = _subject(ex, s, m.start())
            verb, what = (
                (m.group(2), m.group(3)) if m.re is not PATROL or m.group(2) else (m.group(4), m.group(5))
            )
            tail = f"{verb}{what}"
            trigger = verb
        # the one who tours is there, whatever verb tells the visit (来到某社区，走访慰问…)
        who = [
            p.ref for p in ex.mentions if p.label == "Person" and p.ref and p.text == subject and s <= p.start
        ][:1]
        tours = [ev for ev in [*found, *out] if ev.kind == "Inspection"]
        earlier = tours[0] if tours and not _another_leader(tours, who) else None
        if earlier is None and not sites and not tours:
            visit = _org_visit(ex, s, m.start())
            if visit is not None:  # 王某视察某部队，到某县考察: the organisation visited first
                out.append(visit)
                earlier = visit
        if earlier is not None:  # a headline's tour that the body tells dates it (6月1日至2日，…)
            if earlier.start < ex.article.body_start <= m.start() and not earlier.in_body:
                earlier.date, earlier.in_body = date_near(ex, s, e), True
                earlier.place = place or earlier.place  # 县长某某带队检查全县…: the body says where
            continue
        draft = Draft(
            f"{subject}{tail}", "Inspection", m.start(), m.end(), trigger, date_near(ex, s, e), place
        )
        draft.sites.extend(sites)
        draft.attendees.extend(who)
        out.append(draft)
    if not out and not any(ev.kind == "Inspection" for ev in found):
        tail = _org_visit(ex, 0, len(text))
        out += [tail] if tail is not None else []
    return out


def _led(ex: Extraction, m: re.Match[str]) -> bool:
    """Whether a person is named right before the verb of going of the tour ``m`` (a few words of
    manner between: 甲冒雨赶赴…)."""
    gap = ex.article.text[m.start() - _LEADING_GAP : m.start()]
    return any(
        x.label == "Person"
        and x.ref
        and m.start() - _LEADING_GAP <= x.end <= m.start()
        and "，" not in gap[x.end - m.start() :]
        for x in ex.mentions
    )


#: What the name of a site of a tour ends in, where the tour names no place of it (到某某示范园检查).
SITE_ENDS = ("园", "园区", "基地", "中心", "厂", "车间", "工地", "示范点", "合作社", "公司")
#: A company's own words for itself in its news (到集团调研): not 企业, which names companies at large.
OWN_COMPANY = ("集团", "公司", "集团公司")


def _another_leader(tours: list[Draft], who: list[str]) -> bool:
    """Whether a tour told of ``who`` is another leader's own: each tour before has its leader,
    and ``who`` is none of the people of those tours (甲到某市慰问；乙到某县看望: two visits)."""
    return bool(who) and all(t.attendees and who[0] not in t.attendees for t in tours)


def _org_visit(ex: Extraction, start: int, end: int) -> Draft | None:
    """The first visit of ``[start, end)`` a person pays to an organisation named right after
    视察/考察 (王某视察某某部队): the organisation is its site, in the place the sentence says."""
    text = ex.article.text
    people = {m.end: m for m in ex.mentions if m.label == "Person" and m.ref}
    for org in ex.mentions:
        if org.label != SITE_LABEL or not start <= org.start < end:  # a unit unresolved is one too
            continue
        verb = INSPECT_ORG.search(text, max(0, org.start - 18), org.start)
        person = people.get(verb.start()) if verb else None
        if verb is None or person is None or not reported(ex, verb.start(), org.end):
            continue
        s, e = ex.article.sentence(org.start)
        inside = [p for p in ex.mentions if p.label == "Place" and org.start <= p.start < org.end and p.ref]
        place = most_specific(ex, inside[0]).ref if inside else place_in(ex, s, e)
        rest = text[max(verb.end(1), verb.end(2)) : org.end]  # the pair's first item too
        rest = _LOCATED.sub("", rest, count=1)  # 位于某区的某某公司: the company
        name = f"{person.text}{verb.group(1)}{rest}"
        draft = Draft(name, "Inspection", person.start, org.end, verb.group(1), date_near(ex, s, e), place)
        draft.sites.append(org.text)
        draft.attendees += _listed_before(ex, person)  # 甲、乙一行走访了…: both
        return draft
    return None


#: Where an organisation lies, written before its name: 位于某区的.
_LOCATED = rx.compile(r"^位于[^，。；]{2,12}?的")


def _listed_before(ex: Extraction, last: Mention) -> list[str]:
    """The persons of a list joined by 、 that ends with ``last`` (甲、市长乙), in text order; a
    title chain may stand before each."""
    text = ex.article.text
    people = sorted((m for m in ex.mentions if m.label == "Person" and m.ref), key=lambda m: m.start)
    out = [last.ref or ""]
    current = last
    for m in reversed([p for p in people if p.end <= last.start]):
        gap = text[m.end : current.start]
        if not gap.startswith("、") or any(c in gap for c in "，。；：\n") or len(gap) > 16:
            break
        out.insert(0, m.ref or "")
        current = m
    return out


def _of_work(ex: Extraction, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Inspections of work (:data:`INSPECT_WORK`), or visits to people (:data:`VISIT_PEOPLE`), with a
    person's name right before the verb (or before 带队), or before 带领/率领 and those led, in the
    clause before it (甲带领部分委员，视察全县重点公路建设项目)."""
    text = ex.article.text
    ends = {m.end for m in ex.mentions if m.label == "Person" and m.ref}
    out = []
    for m in pattern.finditer(text):
        led = _LED.search(text, ex.article.sentence(m.start())[0], m.start())
        if m.start() in ends or (led is not None and led.start() in ends):
            out.append(m)
    return out


#: Those a leader leads on a tour, in the clause before its verb: 带领部分委员，(视察…).
_LED = rx.compile(r"(?:带领|率领)[^，。；]{2,40}，$")


def _org(ex: Extraction, start: int, end: int) -> Mention | None:
    """The organisation that is all of ``text[start:end]`` (在某某大学考察), if one is."""
    return next(
        (m for m in ex.mentions if m.label == SITE_LABEL and m.start == start and m.end == end and m.ref),
        None,
    )


def _common(ex: Extraction, places: list[Mention], text: str) -> str | None:
    """The parent of a list of places of one level (深入甲镇、乙镇: their county), if they are one."""
    if len(places) < 2 or any(
        text[a.end : b.start] != "、" for a, b in zip(places, places[1:], strict=False)
    ):
        return None
    items = [ex.place(p.ref) if p.ref else None for p in places]
    parents = {p.parent for p in items if p is not None}
    levels = {p.level for p in items if p is not None}
    return parents.pop() if None not in items and len(parents) == 1 and len(levels) == 1 else None


def _shared(ex: Extraction, m: re.Match[str], places: list[Mention]) -> str | None:
    """The lowest place that holds every item of a list of address chains (来到甲镇丙村、乙乡丁村:
    their county), when the list has more than one item and each opens with a place."""
    items = m.group(2).split("、")
    if len(items) < 2:
        return None
    ends: list[str] = []
    pos = m.start(2)
    for item in items:
        first = next((p for p in places if p.start == pos), None)
        if first is None:
            return None
        ends.append(most_specific(ex, first).ref or "")
        pos += len(item) + 1
    lines = [ancestry(ex, key) for key in ends]
    common = [k for k in lines[0] if all(k in line for line in lines[1:])]
    return common[0] if common else None


#: What may stand between the person who tours and 到 of :data:`INSPECT` (某某先后来到, 某某冒雨赶赴),
#: and a photo's mark of where one stands (某某（左二）在某街道调研).
_GAP = rx.compile(
    r"(?:[（(](?:前排)?[左右中][一二三四五六七八九]?[）)])?(?:先后|分别|一行|再次|又|还)?"
    r"(?:冒雨|连夜|专程|第一时间)?[来赶]?$"
)


#: A verb of going right after the name of the one who tours (甲前往某市，在某镇看望).
_GOING = rx.compile(r"(?:先后|分别|一行|又|还)?(?:冒雨|连夜|专程|第一时间)?(?:前往|来到|赶赴|赴|深入)")


#: Words that link a clause to the one before it, opening it (并, 随后, 还): no subject of a tour.
_LINKING = rx.compile(r"^(?:并|随后|之后|其后|此后|还|又|也|同时)+")


def _subject(ex: Extraction, sentence_start: int, verb: int) -> str:
    """Who inspects: the person named right before ``verb``, else the clause before it."""
    text = ex.article.text
    gap = _GAP.search(text, max(sentence_start, verb - 9), verb)  # 某某先后来到: adverbs between
    at = gap.start() if gap else verb
    person = next((m.text for m in ex.mentions if m.label == "Person" and m.ref and m.end == at), None)
    if person:
        return person
    goers = [  # 甲前往某市，在某镇看望…: the one who went
        m.text
        for m in ex.mentions
        if m.label == "Person"
        and m.ref
        and sentence_start <= m.start
        and m.end < verb
        and _GOING.match(text, m.end)
    ]
    if goers:
        return goers[-1]
    clause = ex.article.text[sentence_start:verb].split("，")[-1].strip()
    return _LINKING.sub("", clause)  # …，并赴某市考察: the tour's, no 并 of it
