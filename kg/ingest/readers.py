"""Readers: bytes to text (encodings), HTML to text lines, JSONL lines to pages.

Each reader returns :class:`Page` objects: decoded text plus the metadata the input states.
Nothing here decides where articles start; that is :mod:`kg.ingest.split`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from kg.errors import InputError
from kg.ingest.clean import CAPTION_MARK

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Most chaos charset-normalizer may report before a guess is refused.
MAX_CHAOS = 0.25
#: Least share of Han characters from the encoding's frequent-character block for GB18030/Big5.
MIN_FREQUENT = 0.6
_HINT = "pass --encoding (e.g. --encoding gb18030)"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_SLASH_DATE = re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_PROVENANCE = re.compile(r"^\ufeff?SOURCE:\s*(.*)$")


@dataclass(frozen=True)
class Page:
    """A decoded input unit: one file, or one JSONL line."""

    text: str
    encoding: str
    title: str | None = None
    published: dt.date | None = None
    meta: tuple[tuple[str, str], ...] = ()


# ---------------------------------------------------------------------------- encodings


def _level1_share(text: str, encoding: str, lo: int, hi: int) -> float:
    """Share of Han characters whose code in ``encoding`` lies in the frequent-character block."""
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    hits = 0
    for c in han:
        try:
            code = int.from_bytes(c.encode(encoding), "big")
        except UnicodeEncodeError:
            continue
        hits += lo <= code <= hi
    return hits / len(han)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return the text and the name of the encoding used.

    Order: the given encoding; a BOM; strict UTF-8; GB18030 or Big5 (whichever reads as more
    frequent characters); charset-normalizer. Binary data and low-confidence guesses raise.
    """
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", path=path, hint=_HINT) from None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"cannot decode as {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                path=path,
                hint="check the file or pass another --encoding",
            ) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data, name)
            if text is None:
                raise InputError(f"file starts with a {name} byte-order mark but is not {name}", path=path)
            return text.lstrip("\ufeff"), name
    if b"\x00" in data:
        raise InputError(
            f"looks like a binary file (NUL byte at offset {data.index(0)})",
            path=path,
            hint="give a text, HTML or JSONL file",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    scored = []
    for name, lo, hi, probe in (("gb18030", 0xB0A1, 0xD7FE, "gb2312"), ("big5", 0xA440, 0xC67E, "big5")):
        text = _strict(data, name)
        if text is not None:
            scored.append((_level1_share(text, probe, lo, hi), -len(scored), name, text))
    if scored:
        share, _, name, text = max(scored)
        if share >= MIN_FREQUENT:
            return text, name
    guess = from_bytes(data).best()
    if guess is not None and guess.chaos <= MAX_CHAOS and not _controls(str(guess)):
        log.info("%s: decoded as %s by charset-normalizer", path, guess.encoding)
        return str(guess), guess.encoding
    bad = utf8_error.start
    raise InputError(
        f"cannot decode as UTF-8 or GB18030 (byte 0x{data[bad]:02x} at offset {bad})", path=path, hint=_HINT
    )


def _controls(text: str) -> bool:
    bad = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    return bad > max(2, len(text) // 100)


def _check_text(text: str, path: str) -> None:
    if not text.strip():
        raise InputError("empty file", path=path, hint="nothing to read; remove it from the inputs")
    if _controls(text):
        raise InputError("looks like a binary file (control characters)", path=path, hint=_HINT)


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


# ---------------------------------------------------------------------------- readers


def read_text(data: bytes, path: str, encoding: str | None = None) -> Page:
    """A plain-text page. A first line ``SOURCE: …`` is provenance, not article text."""
    text, used = decode(data, path, encoding)
    _check_text(text, path)
    meta: list[tuple[str, str]] = []
    published = None
    first, _, rest = text.lstrip("\ufeff\r\n").partition("\n")
    m = _PROVENANCE.match(first.strip())
    if m:
        meta.append(("provenance", first.strip()))
        published = find_date(m[1])
        text = rest
    if published is None:
        published = find_date(Path(path).stem)
    return Page(text, used, published=published, meta=tuple(meta))


_DROP = {"script", "style", "nav", "header", "footer", "noscript", "template", "iframe", "form"}
_BLOCK = frozenset(
    ["p", "div", "section", "article", "main", "aside", "blockquote", "pre", "figure", "ul", "ol", "li"]
    + [
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "center",
        "body",
        "hr",
    ]
)


def html_lines(markup: str) -> tuple[str | None, str]:
    """Title and body text of an HTML page; captions are marked with ``CAPTION_MARK``."""
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment, Doctype, ProcessingInstruction

    soup = BeautifulSoup(markup, "html.parser")
    h1 = soup.find("h1")
    title_tag = soup.find("title")
    title = (h1 or title_tag).get_text(" ", strip=True) if (h1 or title_tag) else None
    if title and not h1:
        title = re.split(r"\s+[-|_–—]\s+|_", title)[0].strip()
    out: list[str] = []
    buf: list[str] = []
    state = {"after_img": False}

    def newline(caption: bool = False) -> None:
        line = "".join(buf).strip()
        buf.clear()
        if line:
            is_cap = caption or (state["after_img"] and len(line) <= 60)
            out.append(CAPTION_MARK + line if is_cap else line)
            state["after_img"] = False

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment | Doctype | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                buf.append(re.sub(r"\s+", " ", str(child)))
            elif isinstance(child, Tag):
                name = child.name.lower()
                if name in _DROP or name == "title":
                    continue
                if name == "br":
                    newline()
                elif name == "img":
                    newline()
                    state["after_img"] = True
                elif name == "figcaption":
                    newline()
                    walk(child)
                    newline(caption=True)
                elif name in _BLOCK:
                    newline()
                    walk(child)
                    newline()
                else:
                    walk(child)

    walk(soup)
    newline()
    return title, "\n".join(out)


def read_html(data: bytes, path: str, encoding: str | None = None) -> Page:
    """An HTML page: title, paragraphs, captions; the declared charset is tried first."""
    used = encoding
    if used is None:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii").lower()
            name = "gb18030" if name in {"gb2312", "gbk", "gb_2312-80"} else name
            if _strict(data, name) is not None:
                used = name
    text, used = decode(data, path, used)
    title, body = html_lines(text)
    _check_text(body, path)
    meta = (("title", title),) if title else ()
    return Page(body, used, title=title, published=find_date(Path(path).stem), meta=meta)


def read_jsonl(data: bytes, path: str, encoding: str | None = None) -> tuple[list[Page], list[str]]:
    """One article per line: ``{"text": …, "title"?, "date"?, "source"?, "url"?}``.

    A malformed line becomes a warning naming its line number; the other lines still load.
    """
    text, used = decode(data, path, encoding)
    _check_text(text, path)
    pages: list[Page] = []
    warnings: list[str] = []
    stripped = text.strip()
    records: list[tuple[int, object]] = []
    if stripped.startswith("["):  # a .json file holding a list of articles
        try:
            records = list(enumerate(json.loads(stripped), 1))
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc}", path=path) from None
    else:
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                warnings.append(f"{path}: line {n}: not valid JSON ({exc.msg}); line skipped")
    for n, rec in records:
        page = _record_page(rec, used)
        if isinstance(page, str):
            warnings.append(f"{path}: line {n}: {page}; line skipped")
        else:
            pages.append(page)
    for w in warnings:
        log.warning("%s", w)
    if not pages:
        raise InputError(
            "no article could be read", path=path, hint="each line must be a JSON object with 'text'"
        )
    return pages, warnings


def _record_page(rec: object, encoding: str) -> Page | str:
    if not isinstance(rec, dict):
        return "not a JSON object"
    body = rec.get("text")
    if not isinstance(body, str) or not body.strip():
        return "no 'text' field"
    meta = tuple((k, str(rec[k])) for k in ("title", "date", "source", "url") if rec.get(k))
    title = rec.get("title") if isinstance(rec.get("title"), str) else None
    published = parse_iso_date(str(rec["date"])) if rec.get("date") else None
    if rec.get("date") and published is None:
        return f"date {rec['date']!r} is not an ISO date (YYYY-MM-DD)"
    return Page(body, encoding, title=title.strip() if title else None, published=published, meta=meta)
