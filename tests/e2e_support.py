"""Shared helpers of the end-to-end tests (golden graphs, the sample, outputs, queries, properties).

Not a test module: it reads graphs back from files, compares them, and builds the sample page once
per test session (:func:`sample_build`), always from the repository root with the relative path
``data/taiyuan-daily-2022-06-09.txt``, so that ``kg:sourceFile`` is the same wherever pytest runs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import unicodedata
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.term import Node

from kg.build import BuildResult, build

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = "data/taiyuan-daily-2022-06-09.txt"
GOLD = SHARED / "gold" / "taiyuan-daily-2022-06-09.gold.json"
QUERIES = ROOT / "examples" / "queries"
GOLDEN = ROOT / "tests" / "golden"

#: Set to 1 to rewrite the golden files (expected.trig, queries/*.tsv) from the current build.
REGENERATE = os.environ.get("KG_REGENERATE") == "1"
DIFF_LINES = 40


def read_dataset(path: Path, fmt: str | None = None) -> Dataset:
    """Parse a .trig/.nq/.ttl file with rdflib (a Turtle file lands in the default graph)."""
    fmt = fmt or {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt"}[path.suffix]
    ds = Dataset()
    with warnings.catch_warnings():
        # rdflib's TriG/N-Quads parsers call its own deprecated Dataset.default_context
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
        ds.parse(data=path.read_text(encoding="utf-8"), format=fmt)
    return ds


def is_default(identifier: Node) -> bool:
    return str(identifier).startswith("urn:x-rdflib:default")


def named_graphs(ds: Dataset) -> dict[str, Graph]:
    """The non-empty named graphs of ``ds`` by IRI (rdflib's default graph left out)."""
    out: dict[str, Graph] = {}
    for g in ds.graphs():
        if not is_default(g.identifier) and len(g):
            out[str(g.identifier)] = g
    return out


def union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def graph_difference(expected: Graph, actual: Graph, what: str) -> str | None:
    """None when the graphs are isomorphic, else a readable diff (first lines of each side)."""
    iso_expected, iso_actual = to_isomorphic(expected), to_isomorphic(actual)
    if iso_expected == iso_actual:
        return None
    _, only_expected, only_actual = graph_diff(iso_expected, iso_actual)
    lines = [f"{what}: {len(expected)} expected triples, {len(actual)} actual"]
    for title, g in (("only in expected", only_expected), ("only in actual", only_actual)):
        triples = sorted(" ".join(t.n3() for t in triple) for triple in g)
        lines.append(f"-- {title}: {len(triples)}")
        lines += [f"   {t}" for t in triples[:DIFF_LINES]]
        if len(triples) > DIFF_LINES:
            lines.append(f"   … {len(triples) - DIFF_LINES} more")
    return "\n".join(lines)


def build_from_root(paths: Iterable[str | Path]) -> BuildResult:
    """``kg.build.build`` run from the repository root (relative paths are relative to it)."""
    with contextlib.chdir(ROOT):
        return build(list(paths))


@cache
def sample_build() -> BuildResult:
    """The sample page's build, once per session. Do not change what it returns."""
    return build_from_root([SAMPLE])


@cache
def gold() -> dict[str, Any]:
    """The sample's gold file as JSON (callers skip when ``SHARED`` is absent)."""
    return json.loads(GOLD.read_text(encoding="utf-8"))


def has_shared() -> bool:
    return GOLD.is_file()


def norm(text: str | None) -> str:
    """Compare strings as the scorer does: NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


#: Kinds of IRI that embed or hash an article id (articles, their text, phrases and graphs;
#: memberships and their intervals; conferrals; events; persons, whose keys start with the article id).
ARTICLE_BOUND = ("article/", "membership/", "conferral/", "event/", "person/")


def canonical_triples(g: Graph, base: str) -> Counter[tuple[str, str, str]]:
    """The triples of ``g`` with every IRI that depends on an article id replaced by a colour.

    Two builds of the same files given in another order number their articles differently, and
    the article id is part of (or hashed into) the IRIs of ``ARTICLE_BOUND``. Colour refinement
    (1-dimensional Weisfeiler-Lehman) names each such node by what surrounds it: it starts from
    the IRI's kind and the part after the id (``/text#char=3,5``), and is refined by the
    predicates and colours of the node's neighbours until the number of colours stops growing.
    Equal counters of coloured triples mean the graphs are equal up to renaming those nodes
    (rdflib's own isomorphism test does the same with blank nodes, but takes minutes here).
    """
    bound = tuple(base + kind for kind in ARTICLE_BOUND)

    def initial(node: Node) -> str:
        text = str(node)
        if isinstance(node, URIRef) and text.startswith(bound):
            kind, _, rest = text[len(base) :].partition("/")
            tail = re.sub(r"^[^/#]*", "", rest)  # drop the id or digest, keep /text#char=… or /during
            return f"{kind}{tail}"
        return node.n3()

    free = {n for t in g for n in (t[0], t[2]) if isinstance(n, URIRef) and str(n).startswith(bound)}
    edges: dict[Node, list[tuple[str, Node]]] = defaultdict(list)
    for s, p, o in g:
        if s in free:
            edges[s].append((f">{p}", o))
        if o in free:
            edges[o].append((f"<{p}", s))
    colour = {n: initial(n) for n in free}
    distinct = len(set(colour.values()))
    for _ in range(50):
        refined = {
            n: hashlib.sha1(
                "|".join([colour[n], *sorted(f"{p} {colour.get(m) or m.n3()}" for p, m in edges[n])]).encode()
            ).hexdigest()
            for n in free
        }
        colour = refined
        if len(set(refined.values())) == distinct:
            break
        distinct = len(set(refined.values()))

    def name(node: Node) -> str:
        return colour.get(node) or node.n3()

    return Counter((name(s), str(p), name(o)) for s, p, o in g)


def gold_cases() -> list[tuple[str, str, dict]]:
    """(stem, article text without its SOURCE line, gold) for the sample and every news gold file."""
    if not SHARED.is_dir():
        return []
    out = []
    sample = SHARED / "data" / "taiyuan-daily-2022-06-09.txt"
    sample_gold = SHARED / "gold" / "taiyuan-daily-2022-06-09.gold.json"
    if sample.is_file() and sample_gold.is_file():
        out.append((sample.stem, sample.read_text("utf-8"), json.loads(sample_gold.read_text("utf-8"))))
    for gold in sorted((SHARED / "gold" / "news").glob("*.gold.json")):
        path = SHARED / "corpora" / "news" / gold.name.replace(".gold.json", ".txt")
        if path.is_file():
            text = path.read_text("utf-8")
            if text.startswith("SOURCE:"):  # provenance, not article text
                text = text.partition("\n")[2]
            out.append((path.stem, text, json.loads(gold.read_text("utf-8"))))
    return out
