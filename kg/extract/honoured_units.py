"""Organisations honoured as such: 先进集体, 先进基层党组织, a company's quality award.

The honours grammar (:mod:`kg.extract.honours`) finds where an award's recipients are written: the
span after 授予 (``授予甲单位、乙单位“某某”称号``), the subject before a verb of receiving
(``甲单位荣获“某某”称号``), the list after an award sentence, and the span of a presentation:
``向甲单位、乙单位颁发(了)某某奖牌`` (:func:`presentations`, read here). An organisation in such a
span is a recipient only when it is a whole item of the enumeration there, alone between two
separators (、 ， 和 及 与, or the span's ends; a closing ``等…`` and adverbs before the verb set
aside): ``甲医院党委书记王小明荣获…`` honours the person, not the party committee, and
``由甲单位选送的作品荣获…`` honours nobody named.

Forms read for units only (:func:`unit_awards`), each with the span of its recipients:
``命名甲单位、乙单位为“某某示范单位”``, ``甲单位被命名为“…”`` and ``甲单位被授予“…”称号`` (the
units of the clause before 被), ``甲单位入选某某名单`` (the list's name is the award) and
``甲合作社、乙公司等5家单位被评为某某优秀某某`` (a class of praise, unquoted, that the count says
units receive), ``公布“某某”认定名单，甲公司、乙公司等12家企业入选`` (the units that entered the list),
``甲公司荣获某某奖(一等奖)`` (a named prize, with no 称号; also 获, 摘得, 斩获; the unit of a project,
``由甲公司牵头完成的“某某”项目``, ``甲公司与乙大学共同完成的…``, ``甲公司以“某某”项目…``, is the
recipient, and its persons are read by :mod:`kg.extract.prize_winners`), ``甲大队荣立集体二等功`` (a unit's merit
citation: 荣立, 荣记, (被)记). Rolls of units: :mod:`kg.extract.unit_rolls`.
"""

from __future__ import annotations

import bisect
import re

from kg import rx
from kg.extract.bare_units import bare_sub_unit, bare_unit
from kg.extract.conferral_forms import DATED_PRAISED
from kg.extract.honoured_unit_names import divided_unit
from kg.ingest.patterns import BYLINE_PARENTHESIS, DATELINES
from kg.model import Extraction, Mention, clause_start

#: Where one item of an enumeration ends (outside an organisation's own name: 住房和城乡建设局; not
#: the 与 of 参与, a project's verb).
_SEPARATOR = rx.compile(r"以及|[、，,；;和及\n]|(?<!参)与")
#: The close of an enumeration: 等, 等10个先进集体, 等5家企业.
_CLOSE = rx.compile(r"等(?:[\d一二三四五六七八九十百千两]+[个家所支名位]?)?[\u4e00-\u9fff]{0,8}$")
#: A count right after the last item, with no 等 (甲局、乙医院2个单位): the items are all of them.
_COUNT_TAIL = rx.compile(
    r"(?<![\d一二三四五六七八九十百千两])[\d一二三四五六七八九十两]+[个家所](?:单位|集体|企业|部门)?$"
)
#: A quotation inside a recipients' span: a project's or a work's name (研发与产业化 is one name).
_QUOTED = rx.compile(r"“[^“”\n]{1,60}”")
#: A quoted project after its unit: 甲公司(牵头完成的)“某某”(等3个)项目(荣获…): the unit is the recipient.
_PROJECT = rx.compile(
    r"(?:（[^（）]{2,20}）)?(?:以|凭借|凭)?(?:牵头|参与|主持|独立|联合|共同|合作)?"
    r"(?:完成|研发|研制|实施|承担|申报|选送)?的?"
    r"“[^“”\n]{2,60}”(?:等[\d一二三四五六七八九十]*[个项]?)?(?:项目|成果|课题|技术)(?:团队|组)?$"
)
#: A preposition that opens the first item: 由甲公司牵头完成的“某某”项目 (甲公司 is the unit).
_AGENT = rx.compile(r"由|经由")
#: Adverbs and times between the recipients and a verb of receiving.
_ADVERBS = rx.compile(
    r"(?:近日|日前|近期|此前|今年|去年|近年来|再次|再度|又|也|还|均|都|分别|成功|首次|一举|先后|同时|已经|已|曾|被)+$"
)
#: A presentation: 向甲、乙颁发(了)“某某”牌匾 / 某某奖牌; 为甲颁发某某证书; 为甲、乙授牌“某某”.
_PRESENT = rx.compile(
    r"(?:向|为)([^。；;！!？?，,：:“”]{2,200}?)(?:分别)?(?:颁发|授牌)(?:了)?"
    r"(?:“([^“”\n]{2,30})”(?:奖牌|牌匾|奖杯|奖状|荣誉证书|证书|匾额|奖章)?"
    r"|([^，,。；;、“”\s]{3,24}?)(?:奖牌|牌匾|奖杯|荣誉证书|证书|匾额))"
)
#: A presentation to those named as the winners of an award: 为获评“某某”的甲、乙颁发奖牌, 向荣获
#: “某某”称号的甲颁奖.
_PRESENT_WINNERS = rx.compile(
    r"(?:向|为)(?:获评|荣获|获得|获)“([^“”\n]{2,30})”(?:称号)?的([^。；;！!？?，,：:“”]{2,200}?)(?:分别)?"
    r"(?:颁发|颁奖|授牌)"
)
#: What a presentation hands over without naming an award.
_NO_AWARD = frozenset(("荣誉证书", "证书", "奖牌", "奖杯", "牌匾", "奖状", "荣誉", "奖金", "奖品", "聘书"))


def presentations(text: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """``(start, end, award, (recipients' start, end))`` of each presentation of a named award:
    ``向甲、乙颁发了先进基层党支部奖牌`` names 先进基层党支部 and its recipients' span; a
    certificate with no award named (``颁发了荣誉证书``) gives nothing."""
    out = []
    for m in _PRESENT.finditer(text):
        group = 2 if m.group(2) else 3
        name = m.group(group)
        if name in _NO_AWARD or name.endswith("荣誉") or (group == 3 and re.search("[和及与]", name)):
            continue
        out.append((m.start(group), m.end(group), name, (m.start(1), m.end(1))))
    return out


def presented_winners(text: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """``(start, end, award, (recipients' start, end))`` of each presentation to those named as
    an award's winners (``为获评“某某”的甲、乙颁发奖牌``): all of them won it."""
    return [(m.start(1), m.end(1), m.group(1), m.span(2)) for m in _PRESENT_WINNERS.finditer(text)]


#: Words before the first item that place it in the reporter's own division (我省甲市、乙市).
_OWN = rx.compile(r"(?:我|本)(?:省|市|区|县|州|盟|旗)")


def enumerated_units(ex: Extraction, start: int, end: int, places: bool = False) -> list[Mention]:
    """The organisations that are whole items of the enumeration in ``text[start:end]``, and with
    ``places`` the places too (a city honoured as such, where the span is a conferral's own; of an
    item that is a chain of divisions, 甲市乙县, the last)."""
    text = ex.article.text
    labels = ("Organization", "Place") if places else ("Organization",)
    near = sorted(
        (m for m in ex.mentions if m.label in ("Organization", "Place") and start <= m.start < end),
        key=lambda m: (m.start, -m.end),
    )
    orgs = [m for m in near if m.label in labels and m.ref and m.end <= end]
    starts = [m.start for m in orgs]
    near_starts = [m.start for m in near]
    by_span = {(m.start, m.end): m for m in reversed(orgs)}  # the first read of a span wins

    def inside(pos: int) -> bool:  # in an organisation's name, or a place's (呼和浩特市: no 和)
        i = bisect.bisect_left(near_starts, pos)
        return any(m.start < pos < m.end for m in near[max(0, i - 8) : i])

    def opens(pos: int) -> bool:  # the first character of a name (某自治区和田地区某中学: 和田地区)
        i = bisect.bisect_left(near_starts, pos)
        return i < len(near) and near[i].start == pos and near[i].end > pos + 1

    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text, start, end)]
    cuts = [start]
    for sep in _SEPARATOR.finditer(text, start, end):
        if inside(sep.start()) or opens(sep.start()):
            continue
        if not any(qa < sep.start() < qb for qa, qb in quoted):
            cuts += [sep.start(), sep.end()]
    cuts.append(end)
    out: list[Mention] = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        item = text[a:b]
        stripped = item.strip(" \u3000").removesuffix("。")  # the last item closes its sentence
        a += len(item) - len(item.lstrip(" \u3000"))
        b = a + len(stripped)
        own = _OWN.match(text, a, b)  # 我省赣州市: the reporter's own province frames the first item
        a = own.end() if own and own.end() < b else a
        a = _after_dateline(text, a, b)  # 本报讯（记者 王小明）甲公司荣获…: the lead opens the clause
        agent = _AGENT.match(text, a, b)  # 由甲公司牵头完成的…: the unit after the preposition
        a = agent.end() if agent and not inside(a + 1) and agent.end() < b else a
        for pattern in (
            _ADVERBS,
            _PROJECT,
            _CLOSE,
            _COUNT_TAIL,
        ):  # “某某”等3个项目: the projects' 等 before 等
            m = pattern.search(text, a, b)
            if m is not None and m.end() == b and not inside(m.start()):
                b = m.start()
        unit = by_span.get((a, b))
        if unit is None:  # 某市某镇某村党总支部: a unit written with its divisions
            unit = divided_unit(
                ex, a, b, near[bisect.bisect_left(near_starts, a) : bisect.bisect_left(near_starts, b)]
            )
        if unit is None:  # 公司还被评为…: the company named before (kg.extract.bare_units)
            unit = bare_unit(ex, a, b)
        if unit is None:  # 集团某某分厂甲班被授予…: a unit of that company (kg.extract.bare_units)
            unit = bare_sub_unit(ex, a, b)
        if unit is None and places:  # 新余市分宜县: a chain of divisions names its last one
            unit = _chain_end(orgs[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)], a, b)
        if unit is not None and unit not in out:
            out.append(unit)
    return out


def _after_dateline(text: str, a: int, b: int) -> int:
    """Past a dateline (本报讯, 本报某地5月1日电, 新华社某地5月1日电) and a byline parenthesis after
    it (（记者 王小明）) that open the item ``text[a:b]``: a lead's first clause holds them before
    its subject. ``a`` where no dateline opens the item or nothing follows it."""
    for dateline in DATELINES:
        m = dateline.match(text, a)
        if m is not None and m.end() < b:
            pos = m.end()
            byline = BYLINE_PARENTHESIS.match(text, pos)
            pos = byline.end() if byline is not None else pos
            while pos < b and text[pos] in " \u3000":
                pos += 1
            return pos if pos < b else a
    return a


def _chain_end(inside: list[Mention], a: int, b: int) -> Mention | None:
    """The last place of a chain of places that fills ``[a, b)`` with no gap (甲市乙县), else None."""
    pos, last = a, None
    for m in inside:
        if m.label == "Place" and m.start == pos:
            pos, last = m.end, m
    return last if pos == b and last is not None and last.start > a else None


#: ``命名甲、乙为“某某”``: the units named, then the award.
_NAMING = rx.compile(r"(?<!被)命名([^。；：“”\n]{2,200}?)为“([^“”\n]{2,40})”")
#: Words before 命名 that make it a proposal or a plan (提出命名…, 拟命名…), and after its name.
_PROPOSED = rx.compile(r"(?:提出|建议|倡议|申请|要求|希望|争取|拟|将|未)$")
_PROPOSAL = rx.compile(r"的?(?:倡议|建议|提议|申请|方案|设想)")
#: ``甲被命名为“某某”``, ``甲被授予“某某”称号``: a passive conferral on the clause before 被, the
#: body that confers perhaps between 被 and the verb (``甲被某某部授予“某某”称号``).
_PASSIVE = rx.compile(r"被(?:[^，。；：“”\n\d]{2,20}?)?(?:命名为|授予)“([^“”\n]{2,40})”")
#: ``甲入选某某名单``: the list's name is the award, a quoted word perhaps inside it (第五批国家级
#: 专精特新“小巨人”企业名单).
_LISTED = rx.compile(
    r"入选“?((?:\d{4}年度?)?[^，。；：“”\s]{2,30}?(?:“[^“”\s]{1,12}”[^，。；：“”\s]{1,12}?)?)”?名单"
)
#: ``甲荣获某某奖一等奖``: a named prize received, unquoted, closing its clause.
_PRIZE = rx.compile(
    r"(?:荣获|获得|获评|摘得|斩获|(?<![荣捕查缴斩收俘])获(?![得评奖悉批准取知过]))了?"
    r"((?:第[一二三四五六七八九十\d]+届)?[^，。；：、“”\s]{2,30}?(?:奖项?|[一二三特]等奖|金奖))(?=[，。；])"
)
#: A prize that is no named award: a grade or a count alone (一等奖, 多项大奖, 金奖, 获得过很多奖).
_UNNAMED_PRIZE = rx.compile(
    r"^(?:[一二三特]等奖|[金银铜]奖|优秀奖|大奖|奖项)$|^(?:多|一批|各类|若干|[\d一二三四五六七八九十]+)[项个次]"
    r"|^过|^(?:很多|许多|不少|诸多|各种|各类|众多)"
)
#: ``甲公司、乙公司获评先进单位；``: an unquoted honour that only a unit receives, closing its clause,
#: after a verb of receiving (成功创建: earned by the unit's own work): a unit's title (先进集体, 文明单位,
#: 先进基层党组织, 示范企业, 五好党支部, 五四红旗团支部, 民主法治示范村, 绿色工厂, 某某特色学校, 卫生乡镇,
#: 乡村旅游重点村, 森林乡村) or a unit's token (五一劳动奖状, 五一巾帼奖状, 工人先锋号, 青年文明号,
#: 巾帼文明岗, 党员示范岗, 巾帼标兵岗: a 奖状, a 号 or a 岗 goes to a unit, a 奖章 to a person).
#: An honour of units, unquoted: words that end like a unit's title (文明单位, 先进基层党组织…).
_UNIT_HONOUR = (
    r"((?:\d{4}年度?)?[^，。；：、“”\s]{0,20}?"
    r"(?:(?:先进|文明|示范|模范|优秀|标杆|红旗|五好|星级|特色|绿色|卫生)"
    r"(?:单位|集体|企业|基层党组织|党组织|党支部|党委|团支部|团委|班组|车间|村镇|村|社区|学校|工厂|乡镇|医院)"
    r"|(?:重点|森林|生态)(?:村|乡村|镇|乡镇)"
    r"|奖状|先锋号|文明号|(?:文明|示范|标兵|先锋)岗))"
    r"(?=[，。；;\n]|$)"
)
_UNIT_TITLE = rx.compile(
    r"(?:荣获|获得|获评|被评为|被授予|被确定为|被认定为|被表彰为|被命名为|(?<![争保要将])成功创建)了?"
    + _UNIT_HONOUR
)
#: ``命名甲局等15个单位为2023年度市级文明单位``: 命名 with the honour unquoted.
_NAMING_PLAIN = rx.compile(r"(?<!被)命名([^。；：“”\n]{2,200}?)为" + _UNIT_HONOUR)
#: ``某大队荣立集体二等功``, ``边防三连被记集体一等功``: a unit's merit citation (a person's: kg.extract.merits).
_UNIT_MERIT = rx.compile(r"(?:被|予以)?(?:荣立|荣记|记)了?(集体[一二三特]等功)")
#: ``甲合作社、乙公司等5家单位被评为2024年度优秀某某``: a class of praise, unquoted,
#: received by units that their count names so (等5家单位, 等10个集体); the units before the count.
_COUNTED_UNITS = rx.compile(
    r"等[\d一二三四五六七八九十]+(?:家|个)(?:单位|企业|集体|合作社|经营主体|村|社区)(?:被评为|获评|荣获)了?"
    r"(" + DATED_PRAISED + r")(?=[，。；])"
)
#: A list of a quoted honour published, then the units that entered it counted in the next clause:
#: ``公布第三批“某某”认定名单，甲公司、乙公司等12家企业入选``.
_ENTERED_LIST = rx.compile(
    r"(?:公布|发布|揭晓)了?(?:第[一二三四五六七八九十\d]+批)?“([^“”\n]{2,20})”(?:认定|评选)?名单，"
    r"([^。；：“”\n]{2,200}?)等[\d一二三四五六七八九十]+(?:家|个)(?:企业|单位|集体|店铺|商户)入选"
)
_CLAUSE_MARKS = "，,；;。\n：:"


def unit_awards(text: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """``(start, end, award, (recipients' start, end))`` of each award of the forms read for units
    only (the module docstring); the recipients are the whole items of that span."""
    out = []
    for m in [*_NAMING.finditer(text), *_NAMING_PLAIN.finditer(text)]:
        if _PROPOSED.search(text, max(0, m.start() - 4), m.start()) or _PROPOSAL.match(text, m.end()):
            continue  # 提出命名甲市为“某某”的倡议: a proposal, no naming
        out.append((m.start(2), m.end(2), m.group(2), m.span(1)))
    for m in _ENTERED_LIST.finditer(text):  # 公布“某某”认定名单，甲公司、乙公司等12家企业入选
        out.append((m.start(1), m.end(1), m.group(1), m.span(2)))
    for pattern in (_PASSIVE, _LISTED, _PRIZE, _UNIT_TITLE, _UNIT_MERIT, _COUNTED_UNITS):
        for m in pattern.finditer(text):
            name = m.group(1)
            if pattern is _PRIZE and _UNNAMED_PRIZE.search(name):
                continue
            if pattern is _UNIT_TITLE and len(name) < 4:
                continue  # 荣获奖状: a certificate, no award named
            floor = clause_start(text, m.start(), _CLAUSE_MARKS)
            out.append((m.start(1), m.end(1), name, (floor, m.start())))
    return sorted(out)
