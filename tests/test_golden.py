"""Golden graphs: whole builds compared with stored TriG by isomorphism.

Each folder ``tests/golden/<case>/`` is one case. It holds the input, either ``input.txt``,
``input.html`` or ``input.jsonl``, or a file ``source`` naming a path relative to the repository
root; ``expected.trig``, the dataset the build must give; and optionally ``facts.json``, facts
written by hand that the graph must state (persons with their posts, persons, events with their
attendees, honours with employer and title, reporters), so that a regenerated golden file that
went wrong does not pass unseen.

The build is compared as the union of its graphs and graph by graph; on a difference the test
prints the triples only in the expected graph and only in the actual one. Every golden graph
must also conform to the SHACL shapes.

Regenerate with ``KG_REGENERATE=1 .venv/bin/pytest tests/test_golden.py`` and review the diff of
``tests/golden/`` before committing it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from e2e_support import (
    GOLDEN,
    REGENERATE,
    build_from_root,
    graph_difference,
    named_graphs,
    read_dataset,
    union,
)
from rdflib import Graph

from kg.export.rdf import write_trig
from kg.rdf.graph import PREFIXES
from kg.validate import validate

INPUT_NAMES = ("input.txt", "input.html", "input.jsonl")


def cases() -> list[Path]:
    return sorted(
        d for d in GOLDEN.iterdir() if d.is_dir() and any((d / n).is_file() for n in (*INPUT_NAMES, "source"))
    )


def input_of(case: Path) -> str:
    """The input path, relative to the repository root."""
    if (case / "source").is_file():
        return (case / "source").read_text(encoding="utf-8").strip()
    found = [n for n in INPUT_NAMES if (case / n).is_file()]
    assert len(found) == 1, f"{case}: expected exactly one of {INPUT_NAMES}, found {found}"
    return f"tests/golden/{case.name}/{found[0]}"


def _rows(g: Graph, query: str) -> list[tuple[str | None, ...]]:
    return [tuple(None if v is None else str(v) for v in row) for row in g.query(query, initNs=PREFIXES)]  # type: ignore[union-attr]


def read_facts(g: Graph) -> dict[str, Any]:
    """The facts of ``facts.json``, read from the graph with SPARQL."""
    posts: dict[str, list[str]] = defaultdict(list)
    for name, label in _rows(
        g,
        "SELECT DISTINCT ?name ?label WHERE { ?p a schema:Person ; schema:name ?name ; org:holds ?post . "
        "?post skos:prefLabel ?label }",
    ):
        posts[str(name)].append(str(label))
    persons = {r[0] for r in _rows(g, "SELECT DISTINCT ?n WHERE { ?p a schema:Person ; schema:name ?n }")}
    events: dict[str, dict[str, Any]] = {}
    for e, name, date, place, who in _rows(
        g,
        """SELECT ?e ?name ?date ?place ?who WHERE { ?e a schema:Event ; schema:name ?name .
           OPTIONAL { ?e schema:startDate ?date } OPTIONAL { ?e schema:location/schema:name ?place }
           OPTIONAL { ?e schema:attendee/schema:name ?who } }""",
    ):
        ev = events.setdefault(str(e), {"name": name, "date": date, "place": place, "attendees": set()})
        if who:
            ev["attendees"].add(who)
    conferrals = set(
        _rows(
            g,
            """SELECT DISTINCT ?name ?award ?category ?employer ?title WHERE {
               ?c a kg:AwardConferral ; kg:recipient ?p ; kg:award/skos:prefLabel ?award .
               ?p schema:name ?name .
               OPTIONAL { ?c kg:category/skos:prefLabel ?category }
               OPTIONAL { ?p schema:worksFor/skos:prefLabel ?employer }
               OPTIONAL { ?p schema:jobTitle ?title } }""",
        )
    )
    reporters = {r[0] for r in _rows(g, "SELECT ?n WHERE { ?a schema:author/schema:name ?n }")}
    return {
        "posts": {k: sorted(v) for k, v in posts.items()},
        "persons": persons,
        "events": sorted(
            (e["name"], e["date"], e["place"], tuple(sorted(e["attendees"]))) for e in events.values()
        ),
        "conferrals": conferrals,
        "reporters": reporters,
    }


def check_facts(case: Path, g: Graph) -> list[str]:
    """Differences between ``facts.json`` and the graph, one line each."""
    path = case / "facts.json"
    if not path.is_file():
        return []
    want = json.loads(path.read_text(encoding="utf-8"))
    got = read_facts(g)
    problems = []
    if "posts" in want:
        expected_posts = {k: sorted(v) for k, v in want["posts"].items()}
        if got["posts"] != expected_posts:
            problems.append(f"persons with posts: expected {expected_posts}, got {got['posts']}")
    if "persons" in want and got["persons"] != set(want["persons"]):
        problems.append(f"persons: expected {sorted(want['persons'])}, got {sorted(got['persons'])}")
    if "events" in want:
        expected_events = sorted(
            (e["name"], e.get("date"), e.get("place"), tuple(sorted(e["attendees"]))) for e in want["events"]
        )
        if got["events"] != expected_events:
            problems.append(f"events: expected {expected_events}, got {got['events']}")
    if "conferrals" in want:
        keys = ("name", "award", "category", "employer", "title")
        expected_conferrals = {tuple(c.get(k) for k in keys) for c in want["conferrals"]}
        if got["conferrals"] != expected_conferrals:
            problems.append(
                f"honours: missing {sorted(expected_conferrals - got['conferrals'])}, "
                f"unexpected {sorted(got['conferrals'] - expected_conferrals)}"
            )
    if "reporters" in want and got["reporters"] != set(want["reporters"]):
        problems.append(f"reporters: expected {sorted(want['reporters'])}, got {sorted(got['reporters'])}")
    return problems


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.name)
def test_golden(case: Path) -> None:
    result = build_from_root([input_of(case)])
    assert result.failed == 0, result.report["inputs"]
    assert result.extractions, f"{case.name}: the build found no article"

    report = validate(result.dataset)
    assert report.conforms, f"{case.name}: the graph breaks the SHACL shapes:\n{report.text()}"

    expected_file = case / "expected.trig"
    if REGENERATE:
        write_trig(result.dataset, expected_file)
    assert expected_file.is_file(), f"{expected_file} is missing; run KG_REGENERATE=1 pytest {__file__}"
    expected = read_dataset(expected_file)

    problems = []
    diff = graph_difference(union(expected), union(result.dataset), "union of all graphs")
    if diff:
        problems.append(diff)
    want, got = named_graphs(expected), named_graphs(result.dataset)
    if set(want) != set(got):
        problems.append(
            f"named graphs: only expected {sorted(set(want) - set(got))}, only actual {sorted(set(got) - set(want))}"
        )
    for name in sorted(set(want) & set(got)):
        diff = graph_difference(want[name], got[name], f"graph <{name}>")
        if diff:
            problems.append(diff)
    problems += check_facts(case, union(result.dataset))
    assert not problems, (
        f"{case.name} differs from {expected_file.relative_to(GOLDEN.parent.parent)} "
        "(KG_REGENERATE=1 rewrites it):\n" + "\n".join(problems)
    )
