"""Split a cleaned page into articles and assemble each article's stored text.

A new article starts at a headline block (one to three short lines without end punctuation)
followed by a body that opens with a byline or dateline (``本报讯``, ``新华社北京2月3日电``,
``（记者 …）``, ``记者 王小明``). A page without such an opener is one article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass, field

from kg import rx
from kg.extract.dates import resolve_date
from kg.ingest.clean import Item, Line, ends_paragraph, headline_like, rebuild_body, short
from kg.ingest.patterns import BYLINE_PARENTHESIS, OPENERS, OPENING_DATE, REPORTER_LINE
from kg.model import Article

log = logging.getLogger(__name__)

#: At most this many lines make a headline block (kicker, headline, subheadline).
HEAD_LINES = 3
#: A first line longer than this is body text, never a headline.
HEADLINE_MAX = 500
_DASHES = "—–-─ "
_SLUG = rx.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class Draft:
    """An article before it has an id: headline, subheadlines and cleaned body."""

    headline: str | None
    subheadlines: list[str]
    body: list[Item]
    meta: list[tuple[str, str]] = field(default_factory=list)


def slug(stem: str) -> str:
    """ASCII id of a file stem; non-ASCII stems become ``doc-`` + 8 hex digits of their SHA-1."""
    if stem.isascii():
        out = _SLUG.sub("-", stem).strip("-._")
        if out:
            return out
    return "doc-" + hashlib.sha1(stem.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def opener_end(text: str) -> int | None:
    """Where the opener (dateline and byline parenthesis) at the start of ``text`` ends."""
    for pattern in OPENERS:
        m = pattern.match(text)
        if m:
            end = m.end()
            paren = BYLINE_PARENTHESIS.match(text, end)
            return paren.end() if paren else end
    return None


def _opens_body(line: Line) -> bool:
    end = opener_end(line.text)
    if end is None:
        return False
    return end < len(line.text) or REPORTER_LINE.match(line.text) is not None  # a byline line


def _strip_dashes(text: str) -> str:
    return text.strip(_DASHES) or text


def _head_block(lines: list[Line], k: int, indented_doc: bool) -> int | None:
    """Start of the headline block right before the opener at ``lines[k]``, if there is one."""
    j = k
    while j > 0 and k - j < HEAD_LINES and headline_like(lines[j - 1]):
        if indented_doc and lines[j - 1].indented:
            break
        j -= 1
    if j == k:
        return None
    if j > 0:
        prev = lines[j - 1].text
        if not ends_paragraph(prev) and not short(prev):
            return None  # short lines inside a broken paragraph: captions, not headlines
    return j


def split_lines(lines: list[Line]) -> list[tuple[list[Line], int]]:
    """Cut lines into articles; each with the number of its headline-block lines (-1: unknown)."""
    indented_doc = _indented_doc(lines)
    starts: list[tuple[int, int]] = []  # (start line, headline lines)
    for k, line in enumerate(lines):
        if k == 0 or not _opens_body(line):
            continue
        j = _head_block(lines, k, indented_doc)
        if j is not None and (not starts or j > starts[-1][0]) and j > 0:
            starts.append((j, k - j))
    bounds = [(0, -1), *starts]
    out = []
    for n, (start, heads) in enumerate(bounds):
        end = bounds[n + 1][0] if n + 1 < len(bounds) else len(lines)
        out.append((lines[start:end], heads))
    return out


def _indented_doc(lines: list[Line]) -> bool:
    """Whether the page indents its paragraphs (then indentation marks a new paragraph)."""
    return sum(ln.indented for ln in lines) * 2 >= len(lines) > 0


def draft(lines: list[Line], heads: int, indented_doc: bool, title: str | None = None) -> Draft:
    """Read headline, subheadlines and body of one article's lines."""
    if title and lines and _same(lines[0].text, title):
        lines = lines[1:]
        heads = heads - 1 if heads > 0 else -1
        head: list[str] = [title]
    elif title:
        head, heads = [title], 0
    else:
        head = []
    if heads < 0:  # first article of a page: headline, then short unpunctuated lines
        heads = 0
        if not head and lines and not _opens_body(lines[0]) and len(lines[0].text) <= HEADLINE_MAX:
            head.append(lines[0].text)
            heads = 1
        while (
            heads < len(lines)
            and len(head) < 1 + HEAD_LINES
            and headline_like(lines[heads])
            and not (indented_doc and lines[heads].indented)
        ):
            head.append(lines[heads].text)
            heads += 1
    else:
        head.extend(ln.text for ln in lines[:heads])
    head = [_strip_dashes(h) for h in head]
    body = rebuild_body(lines[heads:], indented_doc)
    return Draft(head[0] if head else None, head[1:], body)


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)


def split_page(text_lines: list[Line], title: str | None = None) -> list[Draft]:
    """The articles of a page, in order."""
    if not text_lines:
        return []
    indented_doc = _indented_doc(text_lines)
    drafts = []
    for n, (lines, heads) in enumerate(split_lines(text_lines)):
        drafts.append(draft(lines, heads, indented_doc, title if n == 0 else None))
    return drafts


def article_date(body: list[Item], published: dt.date | None) -> dt.date | None:
    """The dateline's date; else the date the first body sentence opens with; else ``published``."""
    for item in body:
        for pattern in OPENERS:
            m = pattern.match(item.text)
            if m and m.groupdict().get("month") and published is not None:
                ref = resolve_date(f"{m['month']}月{m['day']}日", published)
                if ref is not None and ref.date() is not None:
                    return ref.date()
    first = next((it for it in body if it.paragraph and not REPORTER_LINE.match(it.text)), None)
    if first is not None:
        m = OPENING_DATE.match(first.text, opener_end(first.text) or 0)
        if m and (published is not None or m["year"]):
            anchor = published or dt.date(int(m["year"]), 6, 30)
            ref = resolve_date(m.group(0), anchor)
            if ref is not None and ref.date() is not None:
                return ref.date()
    return published


def assemble(
    d: Draft,
    *,
    id: str,
    source: str,
    index: int,
    published: dt.date | None,
    meta: tuple[tuple[str, str], ...] = (),
) -> Article:
    """Build the stored text (headline, subheadlines, body lines) and the article around it."""
    parts = [h for h in [d.headline, *d.subheadlines] if h]
    text = "\n".join(parts)
    body_start = len(text) + 1 if parts and d.body else len(text)
    captions = []
    pos = body_start
    for item in d.body:
        if item.caption:
            captions.append((pos, pos + len(item.text)))
        pos += len(item.text) + 1
    if d.body:
        text = (text + "\n" if parts else "") + "\n".join(item.text for item in d.body)
    return Article(
        id=id,
        source=source,
        index=index,
        text=text,
        headline=d.headline,
        subheadlines=tuple(d.subheadlines),
        date=article_date(d.body, published),
        published=published,
        body_start=body_start,
        captions=tuple(captions),
        meta=meta + tuple(d.meta),
    )
