"""Rolls: one person per line, the name first and the post after a space.

Notices of commendation, lists of deputies and of appointees print their names as a roll::

    王小明  青禾县红旗镇东沟村党支部书记
    李华（女）  某某集团有限公司高级技师

The grammar:

- a roll line opens with the name (after indentation, or an ordinal such as ``1.`` or ``（一）``),
  a gender mark may follow it, then at least one space (ASCII, ideographic or a tab), then a whole
  title chain to the end of the line (or to ``；`` or ``。``). That chain is the person's post
  (:func:`roll_chain`). A name followed by prose, or by a title chain that does not run to the end
  of the line, states no post; a chain of divisions and a plain word of a job or a status
  (``某市某镇个体经营户``, ``某市某区农民``) is the person's unit and job (:mod:`kg.extract.roll_jobs`).
- the recipients of an award whose conferral defers them (``授予以下同志“某某”称号``, ``下列``,
  ``名单如下``) are the names that open the roll lines after it (:func:`roll_after`). The roll
  runs over short headings (``一、某某奖（10名）``, a province's name) and ends at a line of prose,
  at the next award or at the end of the text. A roll line may also put the unit and post first
  and the name last (``青禾县红旗镇党委书记王小明``, ``某某集团有限公司高级技师　李华``): a name
  that closes its line is that line's entry (:func:`closes_line`). A line of names alone, spaces
  between them (``甲　乙（女）　丙　丁``: a roll printed as a grid), gives each of them; a line with
  anything else on it (a post) gives its first name only.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from kg import rx
from kg.extract.chains import ChainItem, parse_chain
from kg.extract.joined_titles import tokens_near
from kg.extract.roll_jobs import JOB_LENGTHS, division_job
from kg.extract.titles import TitleSplit, is_han
from kg.model import Extraction, Mention, clause_start

#: Spaces that separate a name from its post on a roll line.
GAP = " \u3000\t"
#: An ordinal before a roll line's name: 1. 1、 (1) （一） 一、
ORDINAL = rx.compile(r"\d{1,4}[.、．]|[（(][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、")
#: Where a post written after the gap ends.
POST_END = "\n；;。"
#: An ethnic or gender mark after a roll line's name: （回族）, （女，土家族）.
_MARK = rx.compile(r"[（(][^（）()\n]{1,8}[)）]")
#: A category that opens a roll line before its name (``助人为乐模范：``, ``“孝老爱亲”类：``): the
#: name's post then ends at a comma too.
CATEGORY_HEAD = rx.compile(r"“?[^\s，。；：:“”]{2,10}”?类?[：:]")
#: Words of a conferral that defers its recipients to a roll after it.
DEFERRED = rx.compile(r"以下|下列|如下")
#: A conferral on the roll after it, with or without 称号: ``授予下列同志“某某奖章”``.
DEFERRED_CONFERRAL = rx.compile(
    r"(授予|追授)(?:以下|下列)(?:[^“”。；，：:\n]{0,6}?(?:同志|个人|人员|职工|代表|教师|学生|选手))?"
    r"(“[^“”\n]{2,40}”|[^“”。；，：:\n]{2,40}?)(?:荣誉)?(?:称号)?(?=[。；，：:\n])"
)
#: A verb of conferral that starts the next conferral of a sentence.
_NEXT_CONFERRAL = rx.compile(r"授予|追授|命名|给予|予以")
#: A roll line of a name and its unit in brackets (``某某（某某市某某局）``), read or not.
UNIT_LINE = rx.compile(r"[\u4e00-\u9fff·]{2,10}[（(][^（）()\n，。；]{2,40}[)）]")
#: Lines of a roll that are no entry but do not end it: a heading of at most this many characters.
HEADING_MAX = 20


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def opens_line(text: str, start: int) -> bool:
    """Whether only indentation or an ordinal stands between the start of the line and ``start``."""
    before = text[_line_start(text, start) : start].strip(GAP)
    return not before or ORDINAL.fullmatch(before) is not None


def _category_entry(text: str, name: Mention) -> bool:
    """Whether ``name`` opens a roll line after its category and is followed by a space, the
    roll's layout (``见义勇为：甲　某村村民``; ``助人为乐模范：甲，某镇退休教师，…`` is a sentence of
    its own: :mod:`kg.extract.class_lines`)."""
    after = _line_end(text, name.end)
    return after < len(text) and text[after] in GAP and line_category(text, name.start) is not None


def line_category(text: str, start: int) -> str | None:
    """The category that opens the roll line of the name at ``start`` (``见义勇为：甲　某村村民``:
    见义勇为; ``“孝老爱亲”类：`` 孝老爱亲), None where none does."""
    before = text[_line_start(text, start) : start].strip(GAP)
    if CATEGORY_HEAD.fullmatch(before) is None:
        return None
    return before.rstrip("：:").removesuffix("类").strip("“”")


def closes_line(text: str, end: int) -> bool:
    """Whether only spaces, and a mark of the name (``（女）``), stand between ``end`` and the end of
    its line (a roll line that puts the unit and post first: ``青禾县红旗镇党委书记　王小明``,
    ``某某站站长　李华（女）``)."""
    stop = text.find("\n", end)
    rest = text[end : len(text) if stop < 0 else stop].strip(GAP)
    return not rest or _MARK.fullmatch(rest) is not None


def _line_end(text: str, end: int) -> int:
    """Where the line of a name closing it (``end``) ends, before its spaces, after its mark."""
    mark = _MARK.match(text, end)
    return mark.end() if mark else end


def roll_chain(ex: Extraction, start: int, end_with_mark: int) -> tuple[int, list[ChainItem]]:
    """The title chain after the name at ``start`` (ending with its gender mark at
    ``end_with_mark``) on a roll line, as (its end, items); ``(end_with_mark, [])`` if none."""
    text = ex.article.text
    bracketed = bracketed_post(ex, end_with_mark)
    if bracketed[1]:
        return bracketed
    ends = POST_END
    if not opens_line(text, start):
        if not CATEGORY_HEAD.fullmatch(text[_line_start(text, start) : start].strip(GAP)):
            return end_with_mark, []
        ends += "，,"  # 助人为乐模范：王小明，青禾县某镇退休教师，…；: the post up to the comma
    mark = _MARK.match(text, end_with_mark)  # 王小明（回族）: a mark the name's reader keeps not
    end_with_mark = mark.end() if mark else end_with_mark
    post = end_with_mark
    if ends != POST_END and text[post : post + 1] in "，,":
        post += 1
    while post < len(text) and text[post] in GAP:
        post += 1
    if post == end_with_mark or post >= len(text) or text[post] in ends:
        return end_with_mark, []
    end = post
    while end < len(text) and text[end] not in ends:
        end += 1
    end = len(text[:end].rstrip(GAP))
    items = jobs_of(ex, post, end)
    return (end, items) if items else (end_with_mark, [])


def jobs_of(ex: Extraction, a: int, b: int) -> list[ChainItem]:
    """``text[a:b]`` read as the post of a roll's entry: a whole title chain, a division and a plain
    job word (某市某镇个体经营户), or jobs joined by 、 read apart; [] if none."""
    items = parse_chain(ex, a, b)
    if not items or items[0].start != a or items[-1].end != b:
        items = division_job(ex, a, b)  # 某市某镇个体经营户: a division and a plain job word
    if not items and "、" in ex.article.text[a:b]:
        items = _each_job(ex, a, b)  # 某医院医生、某某志愿服务队队员: two jobs, read apart
    return items


def _each_job(ex: Extraction, a: int, b: int) -> list[ChainItem]:
    """``text[a:b]`` read as jobs joined by 、, each a whole title chain or an organisation the text
    names and a plain job word after it (:func:`_unit_job`); [] unless every one reads so."""
    text = ex.article.text
    out: list[ChainItem] = []
    start = a
    for part in text[a:b].split("、"):
        end = start + len(part)
        items = parse_chain(ex, start, end)
        if not items or items[0].start != start or items[-1].end != end:
            items = _unit_job(ex, start, end)
        if not items:
            return []
        out += items
        start = end + 1
    return out


#: A post in brackets after a name, after a gender or an ethnic mark: ``（女，某县某镇中学教师）``.
_BRACKET = rx.compile(r"[（(](?:[^（）()，,、\n]{1,4}[，,、])?([^（）()\n]{3,40})[)）]")


def bracketed_post(ex: Extraction, at: int) -> tuple[int, list[ChainItem]]:
    """The post a bracket right after a name holds, as (the bracket's end, items): a list of
    honourees or delegates writes each with its post in brackets (``受表彰的有：王小明（某县农业
    农村局局长）、李华（女，某某公司技术员）等``); a bracket that is no whole title chain (``（右二）``,
    ``（以下简称某某）``, ``（1962年生）``) gives ``(at, [])``."""
    m = _BRACKET.match(ex.article.text, at)
    if m is None:
        return at, []
    a, b = m.span(1)
    items = parse_chain(ex, a, b)
    if not items or items[0].start != a or items[-1].end != b:
        items = division_job(ex, a, b) or _unit_job(ex, a, b)
    return (m.end(), items) if items else (at, [])


def _unit_job(ex: Extraction, a: int, b: int) -> list[ChainItem]:
    """``text[a:b]`` read as an organisation the text names (or the tagger reads as one) and a plain
    job word after it (``某县农业农村局干部``, ``某某公司职工``): one item, else []."""
    text = ex.article.text
    units = [m.end for m in ex.mentions if m.label == "Organization" and m.ref and m.start == a and m.end < b]
    units += [t.end for t in tokens_near(ex.tokens, a, b) if t.tag == "ORG" and t.start == a and t.end < b]
    unit = max(units, default=0)
    job = text[unit:b]
    if not unit or len(job) not in JOB_LENGTHS or not is_han(job):
        return []  # a word after the whole organisation is no unit of its own (干部 is no 部)
    return [ChainItem(a, b, TitleSplit(text[a:unit], job, job, 1))]


#: What may follow the name that opens a roll's entry: a space, a gender mark, a comma before the
#: post, another name, or the end of the line.
_ENTRY_AFTER = GAP + "（(，,、；;：:"


def speaks(text: str, name_end: int, body: str) -> bool:
    """Whether the line (``body``) opened by the name ending at ``name_end`` is prose about that
    person (``王小明指出，…。``, ``李华表示…``): the name runs on into words, and the line is longer
    than a heading or closes with 。; a roll's entry (``王小明　某某书记``) is none."""
    if text.startswith("同志", name_end):  # 王小明同志　某某书记
        name_end += 2
    nxt = text[name_end : name_end + 1]
    return bool(nxt) and nxt not in _ENTRY_AFTER + "\n" and (len(body) > HEADING_MAX or body.endswith("。"))


def roll_after(ex: Extraction, offset: int, persons: Sequence[Mention], stop: int) -> list[Mention]:
    """The names opening the roll lines that follow the line holding ``offset``, before ``stop``."""
    text = ex.article.text
    opening = {m.start: m for m in persons if opens_line(text, m.start) or _category_entry(text, m)}
    closing = {_line_end(text, m.end): m for m in persons if closes_line(text, m.end)}
    starts = sorted(opening)  # a line's name found by bisection, not by a scan of every name
    found: list[Mention] = []
    line = text.find("\n", offset)
    while 0 <= line < stop:
        start, end = line + 1, text.find("\n", line + 1)
        end = len(text) if end < 0 else end
        body = text[start:end].strip(GAP)
        k = bisect.bisect_left(starts, start)
        tail = end
        while tail > start and text[tail - 1] in GAP:
            tail -= 1  # the line's end before its spaces, without copying the text before it
        if k < len(starts) and starts[k] < end and not speaks(text, opening[starts[k]].end, body):
            found.append(opening[starts[k]])
            found += _grid(text, opening[starts[k]], end, persons)  # 甲　乙　丙: a line of names
        elif tail in closing and closing[tail].start > start:
            found.append(closing[tail])  # 某县某镇党委书记王小明: the unit and post before the name
        elif body and (len(body) > HEADING_MAX or body.endswith("。")) and not UNIT_LINE.fullmatch(body):
            break  # prose: the roll is over (a line of a name and its unit in brackets is none)
        line = end if end < len(text) else -1
    return [m for m in found if m.start < stop]


def _grid(text: str, first: Mention, end: int, persons: Sequence[Mention]) -> list[Mention]:
    """The names after ``first`` on its roll line when the line is names alone, spaces between
    them (``甲　乙　丙（女）　丁``: a roll printed as a grid); [] where anything else stands on it (a
    post after the name, ``甲　某局局长``)."""
    on_line = sorted((m for m in persons if first.end <= m.start < end), key=lambda m: m.start)
    out: list[Mention] = []
    pos = _line_end(text, first.end)  # 甲（女）　乙: past a mark
    for m in on_line:
        gap = text[pos : m.start]
        if not gap or gap.strip(GAP):
            return []  # a word between two names, or none: no grid
        out.append(m)
        pos = _line_end(text, m.end)
    rest = text[pos:end].strip(GAP)
    return out if not rest else []


def deferred_conferrals(text: str) -> list[tuple[int, int, str, bool]]:
    """Conferrals on a roll: (start, end, award, posthumous) of each award they name."""
    out = []
    for m in DEFERRED_CONFERRAL.finditer(text):
        name = m.group(2).strip("“”")
        name = name[:-2] if name.endswith("荣誉") else name
        if len(name) >= 2:
            out.append((m.start(2), m.end(2), name, m.group(1) == "追授"))
    return out


def defers(ex: Extraction, offset: int) -> bool:
    """Whether the conferral sentence holding ``offset`` defers its recipients to a roll, from the
    clause of the award to the next verb of conferral (授予甲等十个单位某称号，授予下列同志乙称号:
    only 乙 is conferred on the roll; 王小明等3人获评某某，名单如下: the roll is of 某某), or is the
    sentence right before a paragraph's closing ``名单如下：`` (:data:`ROLL_NOTE`)."""
    text = ex.article.text
    s, e = ex.article.sentence(offset)
    start = clause_start(text, offset, "，；", s)
    nxt = _NEXT_CONFERRAL.search(text, offset, e)
    if nxt is None and ROLL_NOTE.match(text, e):  # 授予甲等10名同志某称号。名单如下（按姓氏笔画排序）：
        return True
    return DEFERRED.search(text, start, nxt.start() if nxt else e) is not None


#: A short sentence right after a conferral, in its paragraph, that opens the roll below: ``名单如下：``,
#: ``具体名单如下（按姓氏笔画排序）：``, ``现将名单公布如下：``.
ROLL_NOTE = rx.compile(
    r"[ \u3000]*(?:现将|具体|表彰)?名单(?:公布)?如下(?:[（(][^（）()\n]{1,12}[)）])?[：:]\s*\n"
)
