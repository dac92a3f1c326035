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
from kg.ingest import iter_inputs, read_document
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


def build(
    paths: Sequence[str | Path],
    *,
    base: str = DEFAULT_BASE,
    encoding: str | None = None,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (files or folders).

    Returns the dataset (one named graph per article plus a metadata graph), the extractions
    and the build report. Raises :class:`kg.errors.InputError` only when no input exists at all.
    """
    minter = Minter(base)
    files = iter_inputs(paths)
    extractions: list[Extraction] = []
    inputs: list[dict[str, Any]] = []
    seen_ids: Counter[str] = Counter()
    failed = 0
    for path in files:
        entry: dict[str, Any] = {"path": str(path), "status": "ok", "warnings": [], "errors": []}
        inputs.append(entry)
        try:
            doc = read_document(path, encoding=encoding)
        except KGError as exc:
            entry["status"] = "error"
            entry["errors"].append(exc.format())
            failed += 1
            log.error("%s", exc.format())
            continue
        entry["encoding"] = doc.encoding
        entry["warnings"].extend(doc.warnings)
        total: Counter[str] = Counter()
        entry["articles"] = []
        for article in _unique_ids(list(doc.articles), seen_ids):
            try:
                ex = extract_article(article)
            except KGError as exc:
                entry["errors"].append(exc.format())
                log.error("%s", exc.format())
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
                    "counts": c,
                }
            )
        entry["counts"] = dict(sorted(total.items()))
        if entry["errors"]:
            entry["status"] = "error"
            failed += 1
        elif entry["warnings"]:
            entry["status"] = "warning"
    dataset = build_dataset(extractions, minter)
    report = {
        "inputs": inputs,
        "summary": {
            "files": len(files),
            "ok": sum(1 for e in inputs if e["status"] == "ok"),
            "warning": sum(1 for e in inputs if e["status"] == "warning"),
            "error": sum(1 for e in inputs if e["status"] == "error"),
            "articles": len(extractions),
            "triples": sum(1 for _ in dataset.quads((None, None, None, None))),
        },
    }
    return BuildResult(dataset, extractions, report, failed)


def write_outputs(result: BuildResult, outdir: Path, formats: Sequence[str]) -> list[Path]:
    """Write the chosen outputs and report.json into ``outdir``, each file atomically."""
    import json

    from kg import export
    from kg.export.atomic import write_text

    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in formats:
        path = outdir / export.filename(name)
        export.get(name)(result.dataset, path)
        written.append(path)
    report_path = outdir / "report.json"
    write_text(report_path, json.dumps(result.report, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    written.append(report_path)
    result.outputs = [str(p) for p in written]
    return written
