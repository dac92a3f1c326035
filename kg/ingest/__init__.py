"""Ingest: input files to :class:`~kg.model.Document` objects holding clean articles.

``iter_inputs`` expands the paths given on the command line; ``read_document`` reads one file
(plain text, HTML or JSONL), cleans the page and splits it into articles.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import to_lines
from kg.ingest.readers import Page, read_html, read_jsonl, read_text
from kg.ingest.split import Draft, assemble, slug, split_page
from kg.model import Article, Document

__all__ = ["INPUT_SUFFIXES", "iter_inputs", "read_document"]

log = logging.getLogger(__name__)

#: Suffixes of the files taken from a folder.
INPUT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".jsonl", ".json"})


def iter_inputs(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given; folders expanded recursively to input files, sorted, hidden ones skipped."""
    out: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in INPUT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            out.extend(sorted(found))
        elif path.is_file():
            out.append(path)
        else:
            raise InputError("no such file or folder", path=str(given), hint="check the path")
    return out


def read_document(path: Path, encoding: str | None = None) -> Document:
    """Read one input file into a document of clean articles.

    Raises :class:`~kg.errors.InputError` naming the file when it cannot be read or decoded.
    """
    path = Path(path)
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})", path=source, hint="check the path") from None
    suffix = path.suffix.lower()
    warnings: list[str] = []
    if suffix in {".html", ".htm"}:
        pages = [read_html(data, source, encoding)]
    elif suffix in {".jsonl", ".json"}:
        pages, warnings = read_jsonl(data, source, encoding)
    else:
        pages = [read_text(data, source, encoding)]
    drafts: list[tuple[Page, Draft]] = []
    for page in pages:
        for d in split_page(to_lines(page.text), page.title):
            drafts.append((page, d))
    if not drafts:
        raise InputError("no article text found", path=source, hint="the file holds only metadata or markup")
    base = slug(path.stem)
    articles: list[Article] = []
    for index, (page, d) in enumerate(drafts):
        article_id = f"{base}-{index + 1}" if len(drafts) > 1 else base
        articles.append(
            assemble(d, id=article_id, source=source, index=index, published=page.published, meta=page.meta)
        )
    log.info("%s: %d article(s), encoding %s", source, len(articles), pages[0].encoding)
    return Document(
        source=source, encoding=pages[0].encoding, articles=tuple(articles), warnings=tuple(warnings)
    )
