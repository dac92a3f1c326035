"""The build: input paths -> documents -> per-article extractions -> dataset and report.

Each article is extracted independently (:func:`extract_article` is a pure function of the
article), so builds can stream and run in parallel. One bad file or article is an error in the
report; the rest of the build goes on.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rdflib import Dataset

from kg.errors import KGError
from kg.extract import default_stages
from kg.ingest import (
    MAX_ARTICLE_CHARS,
    MAX_HEADLINE_CHARS,
    Input,
    NothingToRead,
    display_path,
    iter_inputs,
    read_input,
)
from kg.ingest.clean import clean_text
from kg.ingest.readers import MAX_PAGE_CHARS
from kg.model import Article, Extraction
from kg.pipeline import run
from kg.rdf.graph import build_dataset
from kg.rdf.iri import DEFAULT_BASE, Minter

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    dataset: Dataset
    extractions: list[Extraction]
    report: dict[str, Any]
    failed: int = 0  # inputs with errors
    outputs: list[str] = field(default_factory=list)


def extract_article(article: Article) -> Extraction:
    """All facts of one article."""
    return run(article, default_stages())


def counts(ex: Extraction) -> dict[str, int]:
    corp = sum(1 for o in ex.organizations if o.kind == "Corporation")
    return {
        "persons": len(ex.persons),
        "places": len(ex.places),
        "organizations": len(ex.organizations),
        "enterprises": corp,
        "posts": len(ex.posts),
        "memberships": len(ex.holdings),
        "events": len(ex.events),
        "awards": len(ex.awards),
        "award_conferrals": len(ex.conferrals),
        "reporters": len(ex.reporters),
        "photographers": len(ex.photographers),
        "mentions": len(ex.mentions),
        "abstained": ex.abstained,
    }


def _unique_ids(articles: list[Article], seen: Counter[str]) -> list[Article]:
    out = []
    for a in articles:
        seen[a.id] += 1
        out.append(a if seen[a.id] == 1 else replace(a, id=f"{a.id}-{seen[a.id]}"))
    return out


def _entry(path: str) -> dict[str, Any]:
    return {"path": path, "status": "ok", "reason": None, "warnings": [], "errors": []}


def _close(entry: dict[str, Any]) -> None:
    """Set the status and the one-line reason of an input's report entry."""
    if entry["errors"]:
        entry["status"], entry["reason"] = "error", entry["errors"][0]
    elif entry["warnings"]:
        entry["status"], entry["reason"] = "warning", entry["warnings"][0]


def _expand(paths: Sequence[str | Path], inputs: list[dict[str, Any]]) -> list[Path]:
    """The input files; a given path that is missing or unreadable is an error entry."""
    files: list[Path] = []
    for given in paths:
        try:
            files.extend(iter_inputs([given]))
        except KGError as exc:
            entry = _entry(display_path(given))
            entry["errors"].append(exc.format())
            _close(entry)
            inputs.append(entry)
            log.info("%s", exc.format())
    return files


def _read(path: Path, encoding: str | None, max_article_chars: int, entry: dict[str, Any]) -> Input | None:
    """Read one input into ``entry``; ``None`` when nothing of it could be read."""
    try:
        return read_input(path, encoding, max_article_chars=max_article_chars)
    except NothingToRead as exc:
        entry["warnings"].append(exc.format())
        log.info("%s", exc.format())
    except KGError as exc:
        entry["errors"].append(exc.format())
        log.info("%s", exc.format())
    except Exception as exc:  # a bug in a reader: one file fails, the build goes on
        message = clean_text(f"{entry['path']}: internal error while reading ({type(exc).__name__}: {exc})")
        entry["errors"].append(message + "; this is a bug in kg, please report it with the file")
        log.exception("%s", message)
    return None


def build(
    paths: Sequence[str | Path],
    *,
    base: str = DEFAULT_BASE,
    encoding: str | None = None,
    max_article_chars: int = MAX_ARTICLE_CHARS,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (files or folders).

    Returns the dataset (one named graph per article plus a metadata graph), the extractions
    and the build report: every input with its status (``ok``, ``warning``: read, but something
    was cut or ignored or there was nothing to read; ``error``: the file or part of it was not
    read), the reason, the encoding and counts. One bad input never stops the build.
    """
    minter = Minter(base)
    inputs: list[dict[str, Any]] = []
    files = _expand(paths, inputs)
    extractions: list[Extraction] = []
    seen_ids: Counter[str] = Counter()
    for path in files:
        entry = _entry(display_path(path))
        inputs.append(entry)
        got = _read(path, encoding, max_article_chars, entry)
        if got is None:
            _close(entry)
            continue
        doc = got.document
        entry["encoding"] = doc.encoding
        entry["encoding_from"] = got.how
        entry["errors"].extend(got.errors)
        entry["warnings"].extend(got.warnings)
        if got.bad_lines:
            entry["failed_lines"] = list(got.bad_lines)
        total: Counter[str] = Counter()
        entry["articles"] = []
        for article in _unique_ids(list(doc.articles), seen_ids):
            try:
                ex = extract_article(article)
            except KGError as exc:
                entry["errors"].append(exc.format())
                log.info("%s", exc.format())
                continue
            extractions.append(ex)
            c = counts(ex)
            total.update(c)
            entry["warnings"].extend(f"{article.id}: {w}" for w in ex.warnings)
            entry["articles"].append(
                {
                    "id": article.id,
                    "headline": article.headline,
                    "date": article.date.isoformat() if article.date else None,
                    "characters": len(article.text),
                    "counts": c,
                }
            )
        entry["counts"] = dict(sorted(total.items()))
        _close(entry)
    dataset = build_dataset(extractions, minter)
    statuses = Counter(e["status"] for e in inputs)
    report = {
        "inputs": inputs,
        "summary": {
            "files": len(inputs),
            "ok": statuses["ok"],
            "warning": statuses["warning"],
            "error": statuses["error"],
            "articles": len(extractions),
            "triples": sum(1 for _ in dataset.quads((None, None, None, None))),
        },
        "limits": {
            "article_characters": max_article_chars,
            "headline_characters": MAX_HEADLINE_CHARS,
            "page_characters": MAX_PAGE_CHARS,
        },
    }
    return BuildResult(dataset, extractions, report, statuses["error"])


def write_outputs(result: BuildResult, outdir: Path, formats: Sequence[str]) -> list[Path]:
    """Write the chosen outputs and report.json into ``outdir``, all or none.

    Each file is first written to a hidden temporary file beside its target; only when every
    one is complete are they renamed over the old outputs. An interrupted build (Ctrl-C, kill)
    therefore leaves the previous outputs as they were; temporary files left by a killed build
    are removed by the next one.
    """
    import json

    from kg import export
    from kg.export.atomic import remove_stale, staged, write_text

    outdir.mkdir(parents=True, exist_ok=True)
    remove_stale(outdir)
    written: list[Path] = []
    with staged() as stage:
        for name in formats:
            path = outdir / export.filename(name)
            export.get(name)(result.dataset, stage(path))
            written.append(path)
        report_path = outdir / "report.json"
        report = json.dumps(result.report, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        write_text(stage(report_path), report)
        written.append(report_path)
    result.outputs = [str(p) for p in written]
    return written
