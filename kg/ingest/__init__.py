"""Ingest: input files to :class:`~kg.model.Document` objects holding clean articles.

``iter_inputs`` expands the paths given on the command line; ``read_input`` reads one file
(plain text, HTML or JSONL), cleans the page, splits it into articles and says what went wrong
on the way; ``read_document`` is the same, returning just the document.

Limits (each one cut is a warning in the report, never silent): a plain-text file is read up to
:data:`MAX_TEXT_BYTES`, an HTML file up to :data:`MAX_HTML_BYTES`, a JSONL file must be smaller
than :data:`MAX_FILE_BYTES`; a page keeps :data:`~kg.ingest.readers.MAX_PAGE_CHARS` characters,
an article :data:`MAX_ARTICLE_CHARS`, a headline :data:`MAX_HEADLINE_CHARS`.
"""

from __future__ import annotations

import logging
import os
import stat
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import Item, to_lines
from kg.ingest.readers import (
    MAX_MARKUP_CHARS,
    MAX_PAGE_CHARS,
    NothingToRead,
    Page,
    Reading,
    read_html,
    read_jsonl,
    read_text,
)
from kg.ingest.split import HEADLINE_MAX, Draft, assemble, slug, split_page
from kg.model import Article, Document
from kg.script import Restorer, is_traditional, to_simplified

__all__ = [
    "INPUT_SUFFIXES",
    "MAX_ARTICLE_CHARS",
    "MAX_HEADLINE_CHARS",
    "Input",
    "NothingToRead",
    "display_path",
    "iter_inputs",
    "read_document",
    "read_input",
]

log = logging.getLogger(__name__)

#: Suffixes of the files taken from a folder.
INPUT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".jsonl", ".json"})
#: Most characters of stored text per article (extraction takes a few seconds per 10 000).
MAX_ARTICLE_CHARS = 30_000
#: Most characters of a headline or subheadline (a title given in JSONL or HTML may be longer).
MAX_HEADLINE_CHARS = HEADLINE_MAX
#: Bytes read of a plain-text or HTML file: enough for the page limits in any encoding.
MAX_TEXT_BYTES = 4 * MAX_PAGE_CHARS
MAX_HTML_BYTES = 4 * MAX_MARKUP_CHARS
#: Largest JSONL file read at all (it is read whole: one article per line).
MAX_FILE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Input:
    """One input file as read: its document and what went wrong on the way."""

    document: Document
    how: str  # how the encoding was chosen: given, declared, bom, utf-8, detected
    warnings: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()  # parts of the file that were lost (malformed JSONL lines)
    bad_lines: tuple[int, ...] = ()


def display_path(path: str | Path) -> str:
    """A path as text that is safe to print, store and serialise.

    Bytes that are not UTF-8 show as ``\\xff``; control and format characters as ``\\u….``.
    """
    raw = os.fsencode(path).decode("utf-8", "backslashreplace")
    if raw.isprintable():  # no control, format or surrogate character (the usual case)
        return raw
    return "".join(
        c if unicodedata.category(c) not in {"Cc", "Cf", "Cs"} else f"\\u{ord(c):04x}" for c in raw
    )


def iter_inputs(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given; folders expanded recursively to input files, sorted, hidden ones skipped."""
    out: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            try:
                found = [
                    p
                    for p in path.rglob("*")
                    if p.suffix.lower() in INPUT_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                    and (p.is_file() or p.is_symlink())  # a dangling link is reported, not skipped
                ]
            except OSError as exc:
                raise InputError(
                    f"cannot list folder ({exc.strerror})", path=display_path(path), hint="check permissions"
                ) from None
            out.extend(sorted(found))
        elif path.is_file():
            out.append(path)
        else:
            raise InputError("no such file or folder", path=display_path(given), hint="check the path")
    return out


def _read_bytes(path: Path, source: str, limit: int) -> tuple[bytes, int]:
    """At most ``limit`` bytes of a regular file, and its size."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file", path=source, hint="give text, HTML or JSONL files")
        with open(path, "rb") as fh:
            return fh.read(limit), info.st_size
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError(f"cannot read file ({reason})", path=source, hint="check the path") from None


def _read(path: Path, source: str, encoding: str | None) -> tuple[Reading, list[str]]:
    suffix = path.suffix.lower()
    notes: list[str] = []
    if suffix in {".jsonl", ".json"}:
        data, size = _read_bytes(path, source, MAX_FILE_BYTES + 1)
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"file is {size} bytes; kg reads JSONL files up to {MAX_FILE_BYTES}",
                path=source,
                hint="split it into smaller files",
            )
        return read_jsonl(data, source, encoding), notes
    html = suffix in {".html", ".htm"}
    limit = MAX_HTML_BYTES if html else MAX_TEXT_BYTES
    data, size = _read_bytes(path, source, limit)
    cut = size > len(data)
    if cut:
        notes.append(f"{source}: file is {size} bytes; only the first {len(data)} were read")
    reader = read_html if html else read_text
    return reader(data, source, encoding, cut=cut), notes


def _cap_text(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, after the last full stop in its second half if any."""
    if len(text) <= limit:
        return text
    stop = text.rfind("。", limit // 2, limit)
    return text[: stop + 1] if stop >= 0 else text[:limit]


def _cap_draft(d: Draft, limit: int) -> tuple[Draft, bool]:
    """The draft with headlines and body cut to fit ``limit`` characters of stored text."""
    head = [_cap_text(h, MAX_HEADLINE_CHARS) for h in [d.headline, *d.subheadlines] if h]
    changed = head != [h for h in [d.headline, *d.subheadlines] if h]
    budget = limit - sum(len(h) + 1 for h in head)
    body: list[Item] = []
    for item in d.body:
        if budget <= 0:
            changed = True
            break
        if len(item.text) > budget:
            item = Item(_cap_text(item.text, budget), item.caption, item.paragraph)
            changed = True
        body.append(item)
        budget -= len(item.text) + 1
    if not changed:
        return d, False
    headline = head[0] if d.headline else None
    subheadlines = head[1:] if d.headline else head
    return Draft(headline, subheadlines, body, list(d.meta)), True


def read_input(
    path: str | Path, encoding: str | None = None, *, max_article_chars: int = MAX_ARTICLE_CHARS
) -> Input:
    """Read one input file into a document of clean articles, with warnings and lost parts.

    Raises :class:`~kg.errors.InputError` naming the file when nothing of it can be read
    (:class:`~kg.ingest.readers.NothingToRead` when it simply holds no text).
    """
    path = Path(path)
    source = display_path(path)
    reading, notes = _read(path, source, encoding)
    warnings = [*notes, *reading.warnings]
    drafts: list[tuple[Page, Draft, Restorer | None]] = []
    for page in reading.pages:
        text, title, restorer = page.text, page.title, None
        if is_traditional(text):  # extract on a Simplified copy; the graph keeps what was written
            simplified = to_simplified(text)
            restorer = Restorer.for_text(simplified, text)
            text, title = simplified, to_simplified(title) if title else title
            log.info("%s: Traditional Chinese; matched on a Simplified copy (OpenCC)", source)
        for d in split_page(to_lines(text), title):
            drafts.append((page, d, restorer))
    if not drafts:
        raise NothingToRead(
            "no article text found", path=source, hint="the file holds only metadata or markup"
        )
    base = slug(path.stem)
    articles: list[Article] = []
    for index, (page, d, restorer) in enumerate(drafts):
        article_id = f"{base}-{index + 1}" if len(drafts) > 1 else base
        d, cut = _cap_draft(d, max_article_chars)
        article = assemble(
            d, id=article_id, source=source, index=index, published=page.published, meta=page.meta
        )
        if restorer is not None:
            article = replace(
                article,
                original=restorer.written(article.text),
                headline=restorer.written(article.headline) if article.headline else None,
                subheadlines=tuple(restorer.written(h) for h in article.subheadlines),
            )
        if cut:
            warnings.append(
                f"{source}: article {article_id} was cut to {len(article.text)} characters "
                f"(kg keeps at most {max_article_chars} per article and {MAX_HEADLINE_CHARS} per headline)"
            )
        articles.append(article)
    for w in warnings:
        log.info("%s", w)
    log.info("%s: %d article(s), encoding %s", source, len(articles), reading.decoded.encoding)
    document = Document(
        source=source,
        encoding=reading.decoded.encoding,
        articles=tuple(articles),
        warnings=(*reading.errors, *warnings),
    )
    return Input(
        document, reading.decoded.how, tuple(warnings), tuple(reading.errors), tuple(reading.bad_lines)
    )


def read_document(path: str | Path, encoding: str | None = None) -> Document:
    """Read one input file into a document of clean articles.

    The document's ``warnings`` list lost JSONL lines first, then other warnings. Raises
    :class:`~kg.errors.InputError` naming the file when it cannot be read or decoded.
    """
    return read_input(path, encoding).document
