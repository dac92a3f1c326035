"""Bylines: reporters (``本报讯（记者 王小明 李华）``, ``（本报记者 王小明、李华）`` closing a paragraph,
``记者 王小明``, ``通讯员 李华``) and photographers (``王小明 摄``, ``新华社记者 李华 摄``).

The byline grammar fixes where a name stands, so the tagger's PER tags are only needed to cut
names written together without a separator (``记者王小明李华``); a candidate that the tagger
calls an organisation or a time is dropped, and one it calls a place unless it starts with a
surname and is no division or country (``记者 韩江``: a name the tagger took for a river).
The forms of local papers and sites (``■本报记者``, ``文/甲 图/乙``, ``某某日报讯``, a closing
``（甲）``) are described in :mod:`kg.extract.byline_forms`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from kg import rx
from kg.extract.byline_forms import (
    CLOSING_CREDIT,
    END_NAMES,
    LEAD_MARK,
    MEDIA_DATELINE,
    MEDIA_REPORTER_LINE,
    SITE_META,
    UNIT_NAMES,
    credits,
)
from kg.extract.divisions import gazetteer
from kg.extract.foreign_names import is_country
from kg.extract.mongolian_names import mongolian_end
from kg.extract.names import surname_first, surnames
from kg.extract.tibetan_names import is_tibetan
from kg.extract.titles import is_han
from kg.extract.yi_names import clans
from kg.ingest.patterns import (
    BYLINE_PARENTHESIS,
    DATELINES,
    HAN,
    LEAD_REPORT,
    NAME,
    PHOTO_CREDIT,
    QUALIFIER,
    REPORTER_LINE,
    SPACED_NAME,
    WRITER_PHOTOGRAPHER,
    NamedPattern,
)
from kg.model import Extraction, Mention, Person, Token
from kg.pipeline import stage

log = logging.getLogger(__name__)

#: Role words of a byline; what follows them, up to the next role word, are names.
ROLE = NamedPattern(
    "byline_role",
    rx.compile(rf"(?:本报|[{HAN}]{{1,6}}社)?{QUALIFIER}(?:记者|通讯员)|实习生|(?:图文|摄影)?报道|摄影"),
    ("本报记者", "新华社记者", "通讯员", "实习生", "特约记者", "见习记者"),
    ("记录", "通讯", "图文"),
    anchored=False,
)
_NAME = rx.compile(rf"(?:{NAME})")
_SPACED = rx.compile(SPACED_NAME)
_SEPARATORS = rx.compile(r"[\s、，,/]+")
_NOT_PERSON = frozenset({"LOC", "ORG", "TIME"})
#: Longest run of characters read as several names written together.
_GLUED_MAX = 12


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    name: str
    role: str  # "reporter" | "photographer"


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between separators and role words within ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SEPARATORS.finditer(text, start, end):
        out.extend(_split_roles(text, pos, m.start()))
        pos = m.end()
    out.extend(_split_roles(text, pos, end))
    return [(s, e) for s, e in out if e > s]


def _split_roles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in ROLE.regex.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end() + (text[m.end() : m.end() + 1] in ("：", ":"))  # 记者：王小明
    out.append((pos, end))
    return out


def _unspaced(name: str) -> str:
    """A byline's name without the space that widens it (``吴 海``: 吴海)."""
    return name.replace(" ", "").replace("\u3000", "")


def _spaced(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with each two one-character pieces that one space parts, the first a surname,
    made one: a byline spaces a two-character name to the width of a three-character one
    (``记者 吴 海 摄``)."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and e - s == 1 and out[-1][1] - out[-1][0] == 1 and 1 <= s - out[-1][1] <= 2:
            a = out[-1][0]
            if not text[a + 1 : s].strip(" \u3000") and text[a] in surnames()[0] and is_han(text[s]):
                out[-1] = (a, e)
                continue
        out.append((s, e))
    return out


def _names(text: str, start: int, end: int, tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Name spans in a byline stretch; glued names are cut where the tagger's PER tokens are."""
    spans: list[tuple[int, int]] = []
    for s, e in _spaced(text, _pieces(text, start, end)):
        if _SPACED.fullmatch(text, s, e):
            spans.append((s, e))  # 吴 海: a two-character name spaced to the width of three
            continue
        per = [t for t in tokens if s <= t.start < t.end <= e and t.tag == "PER"]
        tiled = bool(per) and per[0].start == s and per[-1].end == e
        tiled = tiled and all(a.end == b.start for a, b in zip(per, per[1:], strict=False))
        two = tiled and len(per) > 1 and all(t.end - t.start > 1 for t in per)  # 甲乙|丙丁; not 向|晓岚
        two = two and "·" not in text[s:e]  # 某某|某某·某某某: one dotted name the tagger cut
        two = two and not (e - s == 4 and text[s : s + 2] in clans())  # 吉克|某某: one Yi name
        if _NAME.fullmatch(text, s, e) and not two:
            spans.append((s, e))  # one name, unless the tagger reads two glued ones (甲乙丙丁: 甲乙|丙丁)
        elif e - s >= 5 and mongolian_end(text, s) == e:
            spans.append((s, e))  # 通讯员 乌云某某格: a Mongolian name of two elements, with no surname
        elif e - s <= _GLUED_MAX and re.fullmatch(rf"[{HAN}·]+", text[s:e]):
            if tiled:
                spans.extend((t.start, t.end) for t in per if _NAME.fullmatch(t.text))
                continue
            log.debug("byline piece %r left out: names not separable", text[s:e])
    return spans


#: The photographer's role word inside a byline parenthesis, after the reporters' names and a
#: space: （融媒体中心记者 王小明 摄影 李华）, not 摄影报道.
_PHOTO_ROLE = rx.compile(r"(?<=\s)摄影(?:记者)?(?!报道)\s*")
#: A photo credit closing a byline parenthesis: （本报记者王小明摄）.
_CREDIT_END = rx.compile(r"[\s/]*(?<!拍)摄$")
#: A credit inside a byline parenthesis that says its names wrote the text and took the pictures,
#: closing it or opening it: （记者 王小明 文/图）, （文/图 记者 王小明）, （记者 王小明 摄影报道）.
_BOTH_CREDITS = rx.compile(rf"\s(?:{WRITER_PHOTOGRAPHER}|(?:摄影|图文)报道)\s*$")
_BOTH_OPENING = rx.compile(rf"\s*{WRITER_PHOTOGRAPHER}\s")
#: A paper's name after its client's brand and a dot, opening a byline parenthesis: 新某某·某某日报.
_BRANDED_PAPER = rx.compile(rf"[{HAN}]{{1,6}}·[{HAN}]{{2,10}}?(?:日报|晚报|报|电视台|融媒体中心)")
#: A byline line of a reporter who took the photographs too: 记者 王小明 摄影报道.
_PHOTO_REPORT = rx.compile(rf"(?:(?:摄影|图文)报道|\s{WRITER_PHOTOGRAPHER})\s*$")


#: A byline that opens its line and the paper's 讯 after it, the lead going on in the same line
#: (``某某日报全媒体记者 甲 通讯员 乙 某某日报讯 5月22日，…``).
_BYLINE_THEN_NEWS = rx.compile(
    rf"(?P<byline>[^，。；\n]{{4,60}}?)[ \u3000]+(?:本报|[{HAN}]{{2,10}}?(?:报|网|台|融媒体中心))讯[ \u3000]"
)


def _byline_line(line: str, at: int) -> int | None:
    """Where the names of a byline line (记者 甲 乙; 某某日报记者 甲) from ``at`` start, if it is one."""
    if REPORTER_LINE.match(line, at):
        return at
    m = MEDIA_REPORTER_LINE.match(line, at)
    return m.end("media") if m else None


def _reporter_stretches(text: str) -> list[tuple[int, int, str]]:
    """Spans of byline text (inside the parenthesis, or the whole byline line) in ``text``, each
    with its role: ``photographer`` where the parenthesis ends in 摄 (left out of the span)."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        lead = LEAD_MARK.match(line)  # ■本报记者 王小明
        at = lead.end() if lead else 0
        names_at = _byline_line(line, at)  # 记者 王小明 李华 (a byline line)
        then = _BYLINE_THEN_NEWS.match(line, at) if names_at is None else None
        if then and (names_at := _byline_line(line[: then.end("byline")], at)) is not None:
            # 某某日报全媒体记者 甲 通讯员 乙 某某日报讯 5月22日，…: the byline before the paper's 讯
            out.append((line_start + names_at, line_start + then.end("byline"), "reporter"))
            continue
        if names_at is None:
            for pattern in (*DATELINES, MEDIA_DATELINE):
                m = pattern.match(line, at)
                if m:
                    at = len(line) - len(line[m.end() :].lstrip())
                    names_at = _byline_line(line, at)  # 本报讯 记者 甲
                    break
        if names_at is not None and _CREDIT_END.search(line.rstrip()) and not _PHOTO_REPORT.search(line):
            continue  # 本报记者 王小明摄: a photo credit, which find_bylines reads as one
        if names_at is not None:
            out.append((line_start + names_at, line_start + len(line), "reporter"))
            if _PHOTO_REPORT.search(line):
                out.append((line_start + names_at, line_start + len(line), "photographer"))
            continue
        report = LEAD_REPORT.match(line, at)  # 记者 王小明 报道 5月4日，…; 记者 王小明　5月4日，…
        if report:
            out.append((line_start + report.start("names"), line_start + report.end("names"), "reporter"))
            continue
        meta = SITE_META.match(line, at)  # 发布时间：… 来源：… 记者：王小明: the credit from its role
        at = meta.start("credit") if meta else at
        closing = CLOSING_CREDIT.search(line, at)  # 图为会议现场。（摄影：王小明）: the bracket alone
        at = closing.start() if closing and not meta else at
        credited = credits(line[at:].rstrip())  # 文/王小明 图/李华
        credited = credited and [(s + at, e + at, role) for s, e, role in credited]
        if credited:
            out.extend((line_start + s, line_start + e, role) for s, e, role in credited)
            continue
        paren = BYLINE_PARENTHESIS.match(line, at)
        if paren is None and line.rstrip().endswith("）"):  # …会议。（记者 王小明 通讯员 李华）
            paren = next(
                (m for m in BYLINE_PARENTHESIS.regex.finditer(line) if not line[m.end() :].strip()), None
            )
        if paren:
            inner = line.index("（", paren.start()) + 1
            close = line.rindex("）", 0, paren.end())
            branded = _BRANDED_PAPER.match(line, inner, close)
            inner = branded.end() if branded else inner  # （新某某·某某日报记者 王小明）: no name
            credit = _CREDIT_END.search(line, inner, close)
            photo = _PHOTO_ROLE.search(line, inner, close)
            both = _BOTH_CREDITS.search(line, inner, close) or _BOTH_OPENING.match(line, inner, close)
            if (
                both
            ):  # （记者 王小明 文/图）, （文/图 记者 王小明）, （记者 王小明 摄影报道）: text and pictures
                out.append((line_start + inner, line_start + close, "reporter"))
                out.append((line_start + inner, line_start + close, "photographer"))
            elif credit:
                out.append((line_start + inner, line_start + credit.start(), "photographer"))
            elif photo:  # （记者 王小明 摄影 李华）: the names after 摄影 took the pictures
                out.append((line_start + inner, line_start + photo.start(), "reporter"))
                out.append((line_start + photo.end(), line_start + close, "photographer"))
            else:
                out.append((line_start + inner, line_start + close, "reporter"))
    return out


#: The writer's credit before a photo credit, the role word after the names: ``（王小明 文 李华 摄）``,
#: ``综合管理部 王小明 文``; the names start a line, a parenthesis or follow a space (a department).
WRITER_CREDIT = rx.compile(rf"(?:^|(?<=[（(\s]))(?P<names>(?:{NAME})(?:[\s、]+(?:{NAME}))*)\s+文\s+$")


def find_bylines(text: str, tokens: tuple[Token, ...] = ()) -> list[Candidate]:
    """Reporters and photographers named in an article's text, in order of appearance."""
    found: list[Candidate] = []
    for start, end, role in _reporter_stretches(text):
        found.extend(Candidate(s, e, _unspaced(text[s:e]), role) for s, e in _names(text, start, end, tokens))
    named = {c.start for c in found}  # after a role word (记者, 通讯员, 文/图): a person's name follows
    pos = 0
    for line in text.split("\n"):
        m = PHOTO_CREDIT.search(line)
        if m:
            s, e = pos + m.start("names"), pos + m.end("names")
            spans = _names(text, s, e, tokens)
            # in ``活动现场 张三 摄`` only the tagger can tell caption words from a first name
            spans = [sp for sp in spans[:-1] if not _not_per(sp, tokens)] + spans[-1:]
            found.extend(Candidate(a, b, _unspaced(text[a:b]), "photographer") for a, b in spans)
            if ROLE.regex.search(line, m.start(), m.start("names")):  # 本报记者 王小明 摄
                named.update(a for a, _ in spans)
            w = WRITER_CREDIT.search(line, 0, m.start("names"))  # （王小明 文 李华 摄）: the writer
            if w:
                s, e = pos + w.start("names"), pos + w.end("names")
                spans = _names(text, s, e, tokens)
                spans = [sp for sp in spans[:-1] if not _not_per(sp, tokens)] + spans[-1:]
                found.extend(Candidate(a, b, _unspaced(text[a:b]), "reporter") for a, b in spans)
                named.update(a for a, _ in spans)
        pos += len(line) + 1
    found.extend(_closing_names(text, tokens))
    seen: set[tuple[int, int, str]] = set()
    out: list[Candidate] = []
    for c in found:  # （记者王小明摄） at a line's end is a byline and a photo credit: one name
        after_role = c.start in named
        four = after_role and _follows_role(text, c.start)  # 本报记者 某某某某: a name of four too
        if (c.start, c.end, c.role) not in seen and not _tagged_otherwise(c, tokens, after_role, four):
            seen.add((c.start, c.end, c.role))
            out.append(c)
    return out


def _closing_names(text: str, tokens: tuple[Token, ...]) -> list[Candidate]:
    """``……整改。（王小明）``: names alone in a parenthesis closing a paragraph, when each starts
    with a surname and the tagger reads it as a person (not ``（完）``, ``（上）``, ``（全文完）``)."""
    out: list[Candidate] = []
    pos = 0
    for line in text.split("\n"):
        m = (END_NAMES.search(line) or UNIT_NAMES.search(line)) if line.endswith("）") else None
        if m:
            s, e = pos + m.start("names"), pos + m.end("names")
            spans = _names(text, s, e, tokens)
            if spans and all(_closing_name(text[a:b]) and _is_per(a, b, tokens) for a, b in spans):
                out.extend(Candidate(a, b, _unspaced(text[a:b]), "reporter") for a, b in spans)
        pos += len(line) + 1
    return out


def _closing_name(name: str) -> bool:
    """A name that starts with a surname and is no end mark (（全文完）, （未完待续）)."""
    return surname_first(name) and name[-1] not in "完续"


def _is_per(start: int, end: int, tokens: tuple[Token, ...]) -> bool:
    """Whether the tagger's tokens over ``start..end`` are persons only."""
    inside = [t for t in tokens if t.start < end and start < t.end and t.text.strip()]
    return bool(inside) and all(t.tag == "PER" for t in inside)


def _not_per(span: tuple[int, int], tokens: tuple[Token, ...]) -> bool:
    """Whether the tagger saw ``span`` and found no person in it."""
    inside = [t for t in tokens if t.start < span[1] and span[0] < t.end and t.text.strip()]
    return bool(inside) and not any(t.tag == "PER" for t in inside)


def _follows_role(text: str, start: int) -> bool:
    """Does a role word (记者, 通讯员) end right before ``start``, over spaces and a colon?"""
    end = start
    while end > 0 and text[end - 1] in " \u3000：:":
        end -= 1
    return any(m.end() == end for m in ROLE.regex.finditer(text, max(0, end - 12), end))


def _tagged_otherwise(
    c: Candidate, tokens: tuple[Token, ...], after_role: bool = False, four: bool = False
) -> bool:
    """Whether the tagger reads the candidate as no person: a time, a place that is a division or
    does not start with a surname, an organisation; but after a role word (本报记者 云洁 摄) a
    name of two or three characters that starts with a surname is one, whatever the tagger says
    (of four too, ``four``, right after the role word: 本报记者 某某某某; not 某某日报 before it),
    and so is a Tibetan name (记者 央金卓玛; two elements, no surname; or one alone, 记者 央金) (新华社
    摄, with no role word, stays an organisation)."""
    tag = next((t.tag for t in tokens if t.start == c.start and t.end == c.end), None)
    if tag == "LOC":
        return not surname_first(c.name) or _is_place(c.name)
    longest = 4 if four else 3
    if (
        tag == "ORG"
        and after_role
        and (is_tibetan(c.name, alone=True) or (len(c.name) <= longest and surname_first(c.name)))
    ):
        return False
    return tag in _NOT_PERSON


def _is_place(name: str) -> bool:
    """A division (full or short name: 郑州) or a country."""
    gaz = gazetteer()
    return name in gaz.by_name or name in gaz.by_short or is_country(name)


@stage("bylines", needs=("tokens",), adds=("persons", "reporters", "photographers", "mentions"))
def bylines_stage(ex: Extraction) -> Extraction:
    """Add reporters and photographers as persons (key ``<article id>|<name>``) with mentions."""
    article = ex.article
    persons: list[Person] = []
    mentions: list[Mention] = []
    reporters: list[str] = []
    photographers: list[str] = []
    for c in find_bylines(article.text, ex.tokens):
        key = f"{article.id}|{c.name}"
        persons.append(Person(key=key, name=c.name))
        mentions.append(article.span(c.start, c.end, "Person", ref=key))
        (reporters if c.role == "reporter" else photographers).append(key)
    return ex.add(persons=persons, mentions=mentions, reporters=reporters, photographers=photographers)
