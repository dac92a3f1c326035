"""Readers: plain text, HTML and JSONL bytes to :class:`Page` objects.

Each reader returns a :class:`Reading`: the pages (decoded, cleaned text plus the metadata the
input states), the encoding, and what went wrong on the way. Every string taken from the input
passes :func:`~kg.ingest.clean.clean_text` here, so later stages see clean text only. Nothing
here decides where articles start; that is :mod:`kg.ingest.split`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from kg import rx
from kg.errors import InputError
from kg.ingest.clean import CAPTION_MARK, clean_text
from kg.ingest.encoding import Decoded, controls, decode, strict

log = logging.getLogger(__name__)

#: Most characters of one page (a text file, an HTML page's text, a JSONL record) that are read.
MAX_PAGE_CHARS = 1_000_000
#: Most characters of HTML markup that are parsed (the parser needs ~3 s per million).
MAX_MARKUP_CHARS = 2_000_000
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
_ISO_DATE = rx.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_SLASH_DATE = rx.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
_COMPACT_DATE = rx.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_PROVENANCE = rx.compile(r"^SOURCE:\s*(.*)$")
#: A URL kept from metadata: absolute http(s), no characters that break an IRI.
_URL = rx.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


class NothingToRead(InputError):
    """The file holds no text (empty, only whitespace, only markup): reported, but nothing is lost."""


@dataclass(frozen=True)
class Page:
    """A decoded input unit: one file, or one JSONL line."""

    text: str
    encoding: str
    title: str | None = None
    published: dt.date | None = None
    meta: tuple[tuple[str, str], ...] = ()


@dataclass
class Reading:
    """What a reader made of one file."""

    pages: list[Page]
    decoded: Decoded
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # parts lost (JSONL lines); the rest was read
    bad_lines: list[int] = field(default_factory=list)


def one_line(value: str) -> str:
    """A title or metadata value: clean text on one line."""
    return " ".join(clean_text(value).split())


def short_repr(value: object, limit: int = 40) -> str:
    """``repr`` of a value for a message, cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cap(text: str, limit: int, what: str, path: str, warnings: list[str]) -> str:
    if len(text) <= limit:
        return text
    warnings.append(
        f"{path}: {what} has {len(text)} characters; only the first {limit} were read "
        f"(kg reads at most {limit} per {what})"
    )
    return text[:limit]


def _decode(data: bytes, path: str, encoding: str | None, how: str, cut: bool) -> Decoded:
    """Decode; refuse binary data and empty files; a ``cut`` sample does not warn of truncation."""
    got = decode(data, path, encoding, how=how)
    if cut:
        got = Decoded(got.text, got.encoding, got.how)
    if controls(got.text):
        raise InputError(
            "looks like a binary file (control characters)", path=path, hint="give a text, HTML or JSONL file"
        )
    if not got.text.strip():
        raise NothingToRead("empty file", path=path, hint="nothing to read; remove it from the inputs")
    return got


# ---------------------------------------------------------------------------- dates


def find_date(text: str) -> dt.date | None:
    """The first ``2019-10-28``, ``2021/6/9`` or ``20191028`` date in ``text``."""
    for pattern in (_ISO_DATE, _SLASH_DATE, _COMPACT_DATE):
        for m in pattern.finditer(text):
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


def parse_iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


# ---------------------------------------------------------------------------- plain text


def read_text(data: bytes, path: str, encoding: str | None = None, *, cut: bool = False) -> Reading:
    """A plain-text page. A first line ``SOURCE: …`` is provenance, not article text."""
    decoded = _decode(data, path, encoding, "given", cut)
    warnings = list(decoded.warnings)
    text = clean_text(_cap(decoded.text, MAX_PAGE_CHARS, "page", path, warnings))
    meta: list[tuple[str, str]] = []
    published = None
    first, _, rest = text.lstrip("\n").partition("\n")
    m = _PROVENANCE.match(first.strip())
    if m:
        meta.append(("provenance", one_line(first)))
        published = find_date(m[1])
        text = rest
    if published is None:
        published = find_date(Path(path).stem)
    return Reading([Page(text, decoded.encoding, published=published, meta=tuple(meta))], decoded, warnings)


# ---------------------------------------------------------------------------- HTML

#: Elements whose text is never article text.
_DROP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "iframe", "form"}
_DROP |= {"title", "head", "svg", "math", "button", "select", "object", "embed", "canvas"}
#: ARIA roles of page chrome.
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
_BLOCK = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "figure",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "caption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "center",
        "body",
        "hr",
        "address",
    ]
)
_PUBLISHED_META = ("article:published_time", "publishdate", "pubdate", "publish_date", "date", "dc.date")


def _dropped(tag: object) -> bool:
    from bs4 import Tag

    if not isinstance(tag, Tag):
        return False
    if (tag.name or "").lower() in _DROP or tag.has_attr("hidden"):
        return True
    role = tag.get("role")
    return isinstance(role, str) and role.lower() in _DROP_ROLES


def _roots(soup: object) -> list:
    """The article's elements: top-level ``<article>``, else ``<main>``, else the whole page."""
    for name in ("article", "main"):
        found = [t for t in soup.find_all(name) if t.find_parent(name) is None]  # type: ignore[attr-defined]
        if found:
            return found
    return [soup]


def _html_title(soup: object, roots: list) -> str | None:
    for root in roots:
        for h1 in root.find_all("h1"):
            if not any(_dropped(p) for p in h1.parents) and (text := one_line(h1.get_text(" "))):
                return text
    tag = soup.find("title")  # type: ignore[attr-defined]
    if tag is None:
        return None
    title = re.split(r"\s+[-|_–—]\s+|_", one_line(tag.get_text(" ")))[0].strip()
    return title or None


def _html_date(soup: object) -> dt.date | None:
    for meta in soup.find_all("meta"):  # type: ignore[attr-defined]
        key = str(meta.get("property") or meta.get("name") or "").lower()
        if key in _PUBLISHED_META and isinstance(meta.get("content"), str):
            found = parse_iso_date(meta["content"]) or find_date(meta["content"])
            if found:
                return found
    time = soup.find("time", attrs={"datetime": True})  # type: ignore[attr-defined]
    return parse_iso_date(str(time["datetime"])) if time is not None else None


def html_lines(markup: str) -> tuple[str | None, str, dt.date | None]:
    """Title, body text and stated date of an HTML page; captions marked with ``CAPTION_MARK``.

    Scripts, styles, navigation and other page chrome are dropped. The tree is walked without
    recursion, so deeply nested markup cannot overflow the stack.
    """
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    with warnings.catch_warnings():  # a page whose whole text is "a.htm" is a page, not a mistake
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(markup, "html.parser")
    roots = _roots(soup)
    out: list[str] = []
    buf: list[str] = []
    after_img = False

    def newline(caption: bool = False) -> None:
        nonlocal after_img
        line = "".join(buf).strip()
        buf.clear()
        if line:
            is_cap = caption or (after_img and len(line) <= 60)
            out.append(CAPTION_MARK + line if is_cap else line)
            after_img = False

    # Nodes to visit, and ("end", caption) markers that close block elements.
    stack: list[object] = []
    for root in reversed(roots):
        stack.append(("end", False))
        stack.extend(reversed(list(root.children)))
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            newline(caption=node[1])
            continue
        if isinstance(node, Comment | Doctype | Declaration | ProcessingInstruction):
            continue
        if isinstance(node, NavigableString):
            buf.append(re.sub(r"\s+", " ", str(node)))
            continue
        if not isinstance(node, Tag) or _dropped(node):
            continue
        name = (node.name or "").lower()
        if name == "br":
            newline()
        elif name == "img":
            newline()
            after_img = True
        elif name == "figcaption" or name in _BLOCK:
            newline()
            stack.append(("end", name == "figcaption"))
            stack.extend(reversed(list(node.children)))
        else:
            stack.extend(reversed(list(node.children)))
    newline()
    return _html_title(soup, roots), "\n".join(out), _html_date(soup)


def read_html(data: bytes, path: str, encoding: str | None = None, *, cut: bool = False) -> Reading:
    """An HTML page: title, paragraphs, captions; the declared charset is tried first."""
    how, used = "given", encoding
    if used is None:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii").lower()
            name = "gb18030" if name in {"gb2312", "gbk", "gb_2312-80", "x-gbk"} else name
            try:
                strict(data, name)
                how, used = "declared", name
            except (UnicodeDecodeError, LookupError):
                log.info("%s: declared charset %s does not fit; detecting", path, name)
    decoded = _decode(data, path, used, how, cut)
    warnings = list(decoded.warnings)
    markup = _cap(decoded.text, MAX_MARKUP_CHARS, "HTML page", path, warnings)
    title, body, stated = html_lines(clean_text(markup))
    body = _cap(body, MAX_PAGE_CHARS, "page", path, warnings)
    if not body.strip():
        raise NothingToRead("no text in the HTML page", path=path, hint="the page holds only markup")
    meta = (("title", title),) if title else ()
    published = stated or find_date(Path(path).stem)
    return Reading([Page(body, decoded.encoding, title, published, meta)], decoded, warnings)


# ---------------------------------------------------------------------------- JSONL


def read_jsonl(data: bytes, path: str, encoding: str | None = None) -> Reading:
    """One article per line: ``{"text": …, "title"?, "date"?, "source"?, "url"?}``.

    Metadata wins over what is guessed from the text. A malformed line is an error for that
    line only (its number is in the message and in ``bad_lines``); the other lines still load.
    A ``.json`` file may instead hold one list of such objects.
    """
    decoded = _decode(data, path, encoding, "given", False)
    reading = Reading([], decoded, list(decoded.warnings))
    text = decoded.text
    records: list[tuple[int, object]] = []
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", path=path
            ) from None
        except RecursionError:
            raise InputError("JSON nested too deeply", path=path) from None
        if not isinstance(items, list):
            raise InputError("a .json input must hold a list of article objects", path=path)
        records = list(enumerate(items, 1))
    else:
        for n, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                records.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                reading.errors.append(
                    f"{path}: line {n}: not valid JSON ({exc.msg}, column {exc.colno}); line skipped"
                )
                reading.bad_lines.append(n)
            except RecursionError:
                reading.errors.append(f"{path}: line {n}: JSON nested too deeply; line skipped")
                reading.bad_lines.append(n)
    for n, rec in records:
        page = _record_page(rec, decoded.encoding, f"{path}: line {n}", reading.warnings)
        if isinstance(page, str):
            reading.errors.append(f"{path}: line {n}: {page}; line skipped")
            reading.bad_lines.append(n)
        else:
            reading.pages.append(page)
    order = sorted(range(len(reading.errors)), key=lambda i: reading.bad_lines[i])
    reading.errors = [reading.errors[i] for i in order]
    reading.bad_lines = [reading.bad_lines[i] for i in order]
    for message in reading.errors:
        log.info("%s", message)
    if not reading.pages:
        raise InputError(
            "no article could be read"
            + (f" ({reading.errors[0].removeprefix(path + ': ')})" if reading.errors else ""),
            path=path,
            hint="each line must be a JSON object with a non-empty 'text' string",
        )
    return reading


def _record_page(rec: object, encoding: str, where: str, warnings: list[str]) -> Page | str:
    """One JSONL record as a page, or why it cannot be one. Bad optional fields are warnings."""
    if not isinstance(rec, dict):
        return f"not a JSON object but {type(rec).__name__}"
    body = rec.get("text")
    if not isinstance(body, str):
        return "no 'text' string"
    body = clean_text(_cap(body, MAX_PAGE_CHARS, "record", where, warnings))
    if not body.strip():
        return "empty 'text'"
    meta: list[tuple[str, str]] = []
    for key in ("title", "date", "source", "url"):
        value = rec.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            warnings.append(f"{where}: '{key}' is {type(value).__name__}, not a string; ignored")
            continue
        value = one_line(value)
        if key == "url" and not (value.isascii() and _URL.match(value)):
            warnings.append(f"{where}: 'url' {short_repr(value)} is not an http(s) URL; ignored")
            continue
        if value:
            meta.append((key, value))
    values = dict(meta)
    published = parse_iso_date(values["date"]) if "date" in values else None
    if "date" in values and published is None:
        warnings.append(
            f"{where}: 'date' {short_repr(values['date'])} is not an ISO date (YYYY-MM-DD); ignored"
        )
    title = values.get("title")
    return Page(body, encoding, title=title, published=published, meta=tuple(meta))
