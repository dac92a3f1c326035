"""Names on a roll that the tagger read as something else (a place: ``某尔古``).

A roll prints one person a line, the name first, a space, then the post to the end of the line
(:mod:`kg.extract.rolls`)::

    王小明　青禾县红旗镇东沟村党支部书记
    沙木尔　青禾县公安局某某派出所所长

Where the tagger found the names of the lines around it, a line of the same shape opens with a
name too, even if the tagger read it as a place or did not read it at all: 2 to 4 Han characters
from a surname (a gender mark may follow: ``某某（女）``), or 2 to 8 of any before a gender mark or
a nationality (``某某某某（女，蒙古族）``, ``某某（蒙古族）``), a space, and a whole title chain to the
end of the line, or a unit and a job the lexicon does not know (``青禾县某某镇个体经营户``: a
division or an organisation first, no 。). The lines around it are the nearest lines with a
first field, over short headings (``敬业奉献模范``, a province's name). Not a division's name
(``青禾县　某某``), not a title (``书记　某某``), not a line that no found name stands next to.
A name the tagger found on a roll line that stops short of the space is the whole first field
(``呼延立|军　某镇党委副书记``), as is one whose tail alone it found after a surname (``包|某某某　…``).

A roll may print the unit and the job in fields of their own (``某某　某县交通运输局　副局长``,
``某某　某县公路事业发展中心　养护工``): the line is a roll line all the same. A Mongolian name of one
element or two (:func:`kg.extract.mongolian_names.listed_element`: ``某某其木格``, ``额尔敦``) opens
such a line with no surname and no mark, up to eight characters; a field of no surname, no mark and
no such elements stays none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import rx
from kg.extract.chain_orgs import org_starts
from kg.extract.mongolian_names import listed_element
from kg.extract.place_like import is_place_like
from kg.extract.rolls import GAP, HEADING_MAX, ORDINAL, jobs_of, roll_chain
from kg.extract.titles import is_han, lexicon
from kg.ingest.patterns import SPACED_NAME
from kg.model import Extraction

if TYPE_CHECKING:
    from kg.extract.names import NameHit

#: The lengths a name opening a roll line may have; with a mark after it (``（女）``, ``（蒙古族）``),
#: a Mongolian or a Tibetan name of up to eight characters that opens with no surname.
NAME_LENGTHS = range(2, 5)
MARKED_LENGTHS = range(2, 9)


def _field(line: str) -> tuple[int, str] | None:
    """The first field of a roll line: (its offset in the line, its text), or None."""
    body = line.lstrip(GAP)
    ordinal = ORDINAL.match(body)
    if ordinal:
        body = body[ordinal.end() :].lstrip(GAP)
    lead = len(line) - len(body)
    gap = next((i for i, c in enumerate(body) if c in GAP), -1)
    if gap <= 0:
        return None
    mark = min((i for i in (body.find("（", 0, gap), body.find("(", 0, gap)) if i > 0), default=gap)
    return lead, body[:mark]  # 某某（女）: the name before its gender mark


def _last_field(line: str) -> tuple[int, str] | None:
    """The last field of a roll line that prints the post first (``某镇副镇长　甲（女）``): (its
    offset in the line, its text without a mark), or None where no space parts the line."""
    body = line.rstrip(GAP)
    mark = body.rfind("（") if body.endswith("）") else -1
    name_end = mark if mark > 0 else len(body)
    gap = max(body.rfind(c, 0, name_end) for c in GAP)
    if gap <= 0 or not body[:gap].strip(GAP):
        return None
    return gap + 1, body[gap + 1 : name_end]


def _post_before(ex: Extraction, line_start: int, name_start: int) -> bool:
    """Is the line from ``line_start`` to the space before ``name_start`` a unit and a post (a
    whole title chain, or jobs a roll prints: :func:`kg.extract.rolls.jobs_of`)?"""
    text = ex.article.text
    a = line_start + len(text[line_start:name_start]) - len(text[line_start:name_start].lstrip(GAP))
    b = name_start
    while b > a and text[b - 1] in GAP:
        b -= 1
    return b > a and bool(jobs_of(ex, a, b))


#: How many short headings a roll line's nearest neighbour may stand beyond (类别, 省份).
HEADINGS_PASSED = 3
#: The longest unit and job of an entry the lexicon cannot read (青禾县某某镇个体经营户).
ENTRY_MAX = 40


def _neighbours(lines: list[tuple[int, str]], k: int) -> list[int]:
    """The nearest lines above and below line ``k`` that have a first field, over short headings."""
    out = []
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(lines) and abs(j - k) <= HEADINGS_PASSED + 1:
            line = lines[j][1].strip(GAP)
            if _field(lines[j][1]) is not None:
                out.append(j)
                break
            if len(line) > HEADING_MAX or line.endswith("。"):
                break  # prose: no roll line beyond it
            j += step
    return out


def _entry(ex: Extraction, end_with_mark: int, line_end: int) -> bool:
    """Is the rest of the line after a name (and its gender mark, ending at ``end_with_mark``) a
    unit and a job (a place or an organisation first, Han characters, no 。), as a roll prints?"""
    text = ex.article.text
    rest_at = end_with_mark
    while rest_at < line_end and text[rest_at] in GAP:
        rest_at += 1
    rest = text[rest_at:line_end].rstrip(GAP)
    fields = [f for f in rest.translate(_GAPS).split(" ") if f]  # 某县某局　副局长: a unit, then a job
    return (
        rest_at > end_with_mark
        and 4 <= len(rest) <= ENTRY_MAX
        and len(fields) <= 2
        and all(is_han(f) for f in fields)
        and org_starts(ex, rest_at)
    )


#: The spaces of a roll line, each as one plain space.
_GAPS = str.maketrans({c: " " for c in GAP})


#: A name of two characters padded with a space to the width of three (王　伟: the credits' spaced
#: name, :data:`kg.ingest.patterns.SPACED_NAME`), closing its field.
_PADDED = rx.compile(rf"{SPACED_NAME}(?=[{GAP}（(]|$)")


def _padded_hit(ex: Extraction, at: int, end: int) -> NameHit:
    """The padded name written at ``text[at:end]`` as a hit, named without its space."""
    from kg.extract.names import NameHit, with_gender  # names calls this

    text = ex.article.text
    hit = with_gender(text, at, end)
    return NameHit(
        at, end, text[at:end].replace(" ", "").replace("\u3000", ""), hit.gender, hit.end_with_mark
    )


def _padded_names(ex: Extraction, lines: list[tuple[int, str]]) -> list[NameHit]:
    """Names of two characters that a roll pads with a space to the width of three, opening a line
    before its post (``王　伟　某某公司工人``) or closing one after it (``某某公司工人　王　伟（女）``):
    the first character a surname, the field on its own between spaces."""
    from kg.extract.names import surnames  # names calls this

    single, _ = surnames()
    out: list[NameHit] = []
    for start, line in lines:
        if len(line.strip(GAP)) < 6:
            continue
        lead = len(line) - len(line.lstrip(GAP))
        ordinal = ORDINAL.match(line, lead)
        head = ordinal.end() if ordinal else lead
        while head < len(line) and line[head] in GAP:
            head += 1
        first = _PADDED.match(line, head)
        if first and first.group()[0] in single:
            hit = _padded_hit(ex, start + first.start(), start + first.end())
            if roll_chain(ex, hit.start, hit.end_with_mark)[1] or _entry(
                ex, hit.end_with_mark, start + len(line)
            ):
                out.append(hit)
                continue
        tail = line.rstrip(GAP)
        mark = tail.rfind("（") if tail.endswith("）") else len(tail)
        last = next(
            (m for i in (mark - 3, mark - 4) if i > 0 and (m := _PADDED.fullmatch(tail, i, mark))), None
        )
        at = start + last.start() if last else 0
        if (
            last
            and last.group()[0] in single
            and tail[last.start() - 1] in GAP
            and _post_before(ex, start, at)
        ):
            out.append(_padded_hit(ex, at, start + last.end()))
    return out


def _named_from(name: str) -> bool:
    """Does ``name`` open with a surname (:func:`kg.extract.names.has_surname`)?"""
    from kg.extract.names import has_surname  # names calls this

    return has_surname(name)


def roll_names(ex: Extraction, hits: list[NameHit], covered: set[int]) -> list[NameHit]:
    """Names that open roll lines next to lines whose names were found (not in ``covered``)."""
    from kg.extract.names import with_gender  # names calls this

    text = ex.article.text
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):  # one pass over the lines; the hits are looked up in a set
        lines.append((pos, line))
        pos += len(line) + 1
    padded = _padded_names(ex, lines)  # 王　伟　某单位工人: a name of two spaced to the width of three
    if padded:
        hits[:] = [h for h in hits if not any(p.start < h.end and h.start < p.end for p in padded)]
        hits.extend(padded)
        hits.sort(key=lambda h: h.start)
        for p in padded:
            covered.update(range(p.start, p.end))
    opened = {h.start: i for i, h in enumerate(hits)}
    ends = {h.end: i for i, h in enumerate(hits)}
    rolled = [False] * len(lines)
    grown: list[NameHit] = []
    for k, (start, line) in enumerate(lines):
        field = _field(line)
        if (
            field
            and start + field[0] not in opened
            and (i := ends.get(start + field[0] + len(field[1]))) is not None
        ):
            marked = with_gender(text, start + field[0], start + field[0] + len(field[1]))
            surnamed = len(field[1]) in NAME_LENGTHS and _named_from(field[1])  # 包|巴特尔　某局副局长
            if (marked.end_with_mark > marked.end or surnamed) and hits[i].start > marked.start:
                opened[marked.start] = i  # 某某|某某某（蒙古族）: the tagger found the name's tail
        if field and start + field[0] in opened:
            at = start + field[0]
            whole = with_gender(text, at, at + len(field[1]))
            rolled[k] = roll_chain(ex, at, whole.end_with_mark)[1] != [] or (
                is_han(field[1]) and _entry(ex, whole.end_with_mark, start + len(line))
            )  # 乌云|其木格　某县公路事业发展中心　养护工: a unit and a job the lexicon does not know
            found = hits[opened[at]]
            short = found.end < whole.end or found.start > at
            marked = whole.end_with_mark > whole.end  # 某某某|某某某（蒙古族）: the mark says a name
            lengths = MARKED_LENGTHS if marked or listed_element(field[1]) else NAME_LENGTHS
            if (rolled[k] or marked) and short and len(field[1]) in lengths and is_han(field[1]):
                hits[opened[at]] = whole  # 呼延立|军　某镇党委副书记: the name runs to the space
                covered.update(range(at, whole.end))
                grown.append(whole)
    if grown:  # the pieces of a grown name read twice go with it
        hits[:] = [
            h for h in hits if h in grown or not any(g.start < h.end and h.start < g.end for g in grown)
        ]
    closed = {h.start for h in hits}
    for k, (start, line) in enumerate(lines):  # 某镇副镇长　甲（女）: the post first, the name last
        last = _last_field(line)
        if not rolled[k] and last and start + last[0] in closed:
            rolled[k] = _post_before(ex, start, start + last[0])
    lex = lexicon()
    out: list[NameHit] = []
    for k in [*range(len(lines)), *reversed(range(len(lines)))]:  # down, then up: a run of misses
        start, line = lines[k]
        field = _field(line)
        if not rolled[k] and field is not None and (last := _last_field(line)) is not None:
            at, name = start + last[0], last[1]  # 某中心主任　甲: the name closes the line
            if (
                len(name) in NAME_LENGTHS
                and is_han(name)
                and _named_from(name)
                and not any(i in covered for i in range(at, at + len(name)))
                and not is_place_like(ex, name, "")
                and not lex.is_title(name)
                and any(rolled[j] for j in _neighbours(lines, k))
                and _post_before(ex, start, at)
            ):
                out.append(with_gender(text, at, at + len(name)))
                covered.update(range(at, at + len(name)))
                rolled[k] = True
                continue
        if rolled[k] or field is None or not any(rolled[j] for j in _neighbours(lines, k)):
            continue  # a found name's line, no roll line, or no found name's line next to it
        at, name = start + field[0], field[1]
        hit = with_gender(text, at, at + len(name))
        marked = hit.end_with_mark > hit.end  # 宝音（蒙古族）, 某某（女，蒙古族）: a name, with no surname
        if (
            len(name) not in (MARKED_LENGTHS if marked or listed_element(name) else NAME_LENGTHS)
            or not is_han(name)
            or any(i in covered for i in range(at, at + len(name)))
        ):
            continue
        if not (marked or _named_from(name) or listed_element(name)) or lex.is_title(name):
            continue  # (额尔敦, 乌云其木格: a Mongolian name of one element or two, no surname)
        if is_place_like(ex, name, text[at + len(name) : at + len(name) + 2]):
            continue  # 青禾县　某某: a division heading the lines of its people
        if roll_chain(ex, at, hit.end_with_mark)[1] or _entry(ex, hit.end_with_mark, start + len(line)):
            out.append(hit)
            covered.update(range(at, at + len(name)))
            rolled[k] = True  # the lines next to it are a roll's too
    return out
