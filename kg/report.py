"""report.json: what a build says of each input, of the people it resolved, and in sum."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from kg.ingest import MAX_HEADLINE_CHARS
from kg.ingest.readers import MAX_PAGE_CHARS
from kg.rdf.iri import Minter
from kg.resolve import Resolution, Sighting


def entry_json(entry: dict[str, Any]) -> str:
    """An input's entry as :func:`report_json` writes it inside the ``inputs`` list."""
    text = json.dumps(entry, ensure_ascii=False, indent=2, sort_keys=True)
    return "\n".join("    " + line for line in text.split("\n"))


def summary_and_limits(
    inputs: list[dict[str, Any]], articles: int, triples: int, max_article_chars: int
) -> dict[str, Any]:
    statuses = Counter(e["status"] for e in inputs)
    return {
        "summary": {
            "files": len(inputs),
            "ok": statuses["ok"],
            "warning": statuses["warning"],
            "error": statuses["error"],
            "articles": articles,
            "triples": triples,
        },
        "limits": {
            "article_characters": max_article_chars,
            "headline_characters": MAX_HEADLINE_CHARS,
            "page_characters": MAX_PAGE_CHARS,
        },
    }


def review(resolution: Resolution, people: Sequence[Sighting], minter: Minter) -> dict[str, Any]:
    """The report's part on people: how many sightings were merged into people seen in several
    articles, and, per name, the people that could be one (each pair is a ``skos:closeMatch`` in
    the review graph) with the articles each was seen in (the first ten)."""
    wanted = {k for pair in resolution.candidates for k in pair}
    names: dict[str, str] = {}
    articles: dict[str, set[str]] = {}
    merged = 0
    for s in people:
        canonical = resolution.person(s.key)
        merged += canonical != s.key
        if canonical in wanted:
            names[canonical] = s.name
            articles.setdefault(canonical, set()).add(s.article)
    by_name: dict[str, set[str]] = {}
    pairs: Counter[str] = Counter()
    for a, b in resolution.candidates:
        name = names.get(a, "")
        by_name.setdefault(name, set()).update((a, b))
        pairs[name] += 1
    return {
        "merged_sightings": merged,
        "candidates": [
            {
                "name": name,
                "pairs": pairs[name],
                "people": [
                    {"iri": str(minter.person(k)), "articles": sorted(articles.get(k, ()))[:10]}
                    for k in sorted(keys)
                ],
            }
            for name, keys in sorted(by_name.items())
        ],
    }


def report_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
