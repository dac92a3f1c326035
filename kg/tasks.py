"""The work done for each article, in whatever process runs it (this one, a pool worker, a Dask
worker): extraction, the article's graph as sorted N-Triples, and what resolution and the report
need. A pure function of the article and the base IRI; nothing here depends on other articles.

The article's graph is made with the people as they were read (per-article keys); the build
maps their IRIs to the resolved ones once every article is read (:func:`kg.build.resolved_block`).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from rdflib import RDF, Literal
from rdflib.namespace import PROV

from kg import __version__
from kg.errors import KGError
from kg.extract import default_stages
from kg.model import Article, Extraction, Token
from kg.packed import pack, unpack
from kg.pipeline import run
from kg.rdf.iri import Minter
from kg.rdf.namespace import KG
from kg.resolve import Sighting, sightings

#: Environment variable read by the tagger: ONNX Runtime threads per process. Workers set it to
#: 1, so that N workers use N cores instead of fighting over them.
TAGGER_THREADS = "KG_TAGGER_THREADS"


def extract_article(article: Article, tokens: tuple[Token, ...] = ()) -> Extraction:
    """All facts of one article; the tagger's tokens are dropped once the stages have used them.

    ``tokens``: the article's tokens, if they were tagged already (:func:`do_batch`).
    """
    return replace(run(article, default_stages(), tokens), tokens=())


def counts(ex: Extraction) -> dict[str, int]:
    corp = sum(1 for o in ex.organizations if o.kind == "Corporation")
    return {
        "persons": len(ex.persons),
        "places": len(ex.places),
        "organizations": len(ex.organizations),
        "enterprises": corp,
        "posts": len(ex.posts),
        "memberships": sum(1 for h in ex.holdings if not h.former),
        "former_posts": sum(1 for h in ex.holdings if h.former),  # 历任, 原… (kg:former)
        "events": len(ex.events),
        "awards": len(ex.awards),
        "award_conferrals": len(ex.conferrals),
        "reporters": len(ex.reporters),
        "photographers": len(ex.photographers),
        "mentions": len(ex.mentions),
        "abstained": ex.abstained,
    }


@dataclass(frozen=True)
class ArticleDone:
    """What one article gave: its report entry, or the error that stopped it."""

    id: str
    source: str
    error: str | None = None
    info: dict[str, Any] | None = None  # the article's entry in report.json
    warnings: tuple[str, ...] = ()
    sightings: tuple[Sighting, ...] = ()
    extraction: bytes = b""  # packed (kg.packed) pickle of the Extraction
    block: bytes = b""  # packed sorted N-Triples of the article's graph, people unresolved)
    meta: bytes = b""  # sorted N-Triples of the article graph's entry in the metadata graph
    # The block and meta lines again, for the union's Turtle (:func:`kg.spool.turtle_parts`),
    # compressed; empty if not made.
    rest: bytes = b""
    own: bytes = b""
    own_lines: int = 0
    rest_lines: int = 0

    def load(self) -> Extraction:
        return pickle.loads(unpack(self.extraction))

    def lines(self) -> list[bytes]:
        return unpack(self.block).splitlines(keepends=True)


def meta_triples(article: Article, minter: Minter) -> list[tuple[Any, Any, Any]]:
    """The metadata graph's triples about one article's graph."""
    gid = minter.graph(article.id)
    return [
        (gid, RDF.type, PROV.Entity),
        (gid, PROV.wasDerivedFrom, minter.article(article.id)),
        (gid, KG.sourceFile, Literal(article.source)),
        (gid, PROV.wasGeneratedBy, minter.tool(__version__)),
    ]


def do_article(article: Article, minter: Minter, tokens: tuple[Token, ...] = ()) -> ArticleDone:
    from kg.export.rdf import nt_lines
    from kg.rdf.graph import article_triples
    from kg.union_turtle import own_key, turtle_parts

    try:
        ex = extract_article(article, tokens)
        lines = nt_lines(article_triples(ex, minter))
    except KGError as exc:
        return ArticleDone(article.id, article.source, error=exc.format())
    meta = nt_lines(meta_triples(article, minter))
    rest, own, own_lines, rest_lines = turtle_parts(lines, meta, own_key(minter, article.id))
    info = {
        "id": article.id,
        "headline": article.headline,
        "date": article.date.isoformat() if article.date else None,
        "characters": len(article.text),
        "counts": counts(ex),
    }
    return ArticleDone(
        article.id,
        article.source,
        info=info,
        warnings=tuple(f"{article.id}: {w}" for w in ex.warnings),
        sightings=tuple(sightings(ex)),
        extraction=pack(pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL)),
        block=pack(b"".join(lines)),
        meta=b"".join(meta),
        rest=pack(rest),
        own=pack(own),
        own_lines=own_lines,
        rest_lines=rest_lines,
    )


def single_threaded_tagger() -> None:
    """In a worker process: one ONNX Runtime thread, unless the user said otherwise."""
    os.environ.setdefault(TAGGER_THREADS, "1")


def do_batch(articles: Sequence[Article], base: str) -> list[ArticleDone]:
    """The work of a batch of articles (one task of a worker pool or a cluster).

    The sentences of all the articles are tagged together first: the tagger is much faster on
    batches (:mod:`kg.extract.tagger`) and gives each sentence the tags it would give it alone.
    """
    from kg.extract.name_ends import questions
    from kg.extract.tagger import ask_many, tokenize_many

    minter = Minter(base)
    try:
        tagged = tokenize_many([a.text for a in articles])
        ask_many(q for a, tokens in zip(articles, tagged, strict=True) for q in questions(a.text, tokens))
    except Exception:  # noqa: BLE001 - each article then tags itself, and its error names it
        tagged = [()] * len(articles)
    return [do_article(a, minter, tokens) for a, tokens in zip(articles, tagged, strict=True)]
