"""Pushing a build into a triplestore with the SPARQL 1.1 Graph Store HTTP Protocol.

``read_graphs`` splits a build (``graph.trig`` or ``graph.nq``) into one payload per named graph;
``load`` sends them. Each article graph goes in one ``PUT``, which replaces the graph, so loading
the same build twice leaves the store as it was. The metadata graph (it lists the article graphs,
and every build has one under the same IRI) goes in one ``POST``, which merges, so two builds
loaded one after the other keep both builds' metadata. Facts about the same entity in two builds
are the same triples, so the store's union of graphs is the set union of the builds.

Transient failures (connection refused or reset, time-outs, HTTP 408, 429, 502, 503, 504) are
retried with exponential back-off (``Retry-After`` is honoured); any other 4xx or 5xx stops the
load with a :class:`LoadError` naming the graph, the status and the server's message.
``--user``/``--password`` answer an HTTP Basic or Digest challenge, whichever the server sends.
"""

from __future__ import annotations

import html
import json
import logging
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import rx
from kg.errors import KGError
from kg.store import graph_file

log = logging.getLogger(__name__)

TRANSIENT_STATUS = frozenset({408, 429, 502, 503, 504})
_QUAD_FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS}
_TRIPLE_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES}
_TAGS = rx.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.DOTALL | re.IGNORECASE)


class LoadError(KGError):
    """A build cannot be read for loading, or the triplestore refused or failed a request."""


@dataclass(frozen=True)
class GraphPayload:
    """One named graph to send: its IRI, the HTTP method, its triples as N-Triples (UTF-8)."""

    iri: str
    method: str  # "PUT" replaces the graph, "POST" merges into it
    triples: int
    body: bytes


@dataclass(frozen=True)
class Target:
    """Where to send graphs (``graph_store``) and, optionally, where to check them (``endpoint``)."""

    graph_store: str
    endpoint: str | None = None
    user: str | None = None
    password: str | None = None
    timeout: float = 60.0


@dataclass
class LoadReport:
    graphs: int = 0
    triples: int = 0
    retries: int = 0
    #: graph IRI -> the number of triples the endpoint reports after loading (when checked)
    stored: dict[str, int] = field(default_factory=dict)


# ----------------------------------------------------------------------------- reading


def read_graphs(source: Path, *, graph: str | None = None) -> list[GraphPayload]:
    """The named graphs of ``source`` (a build folder, a ``.trig`` or ``.nq`` file), sorted by IRI.

    A ``.ttl`` or ``.nt`` file has no named graphs: pass ``graph`` to load it into that graph.
    """
    path = source
    if source.is_dir():
        path = next((source / n for n in ("graph.trig", "graph.nq") if (source / n).is_file()), source)
    path = graph_file(path)
    suffix = path.suffix.lower()
    if suffix in _TRIPLE_FORMATS and graph is None:
        raise LoadError(
            "this file has one unnamed graph, and kg load sends named graphs",
            path=str(path),
            hint="load graph.trig (one graph per article), or pass --graph IRI to load it into one graph",
        )
    grouped: dict[str, list[ox.Triple]] = defaultdict(list)
    fmt = _QUAD_FORMATS.get(suffix) or _TRIPLE_FORMATS[suffix]
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            name = graph or _graph_name(quad, path)
            grouped[name].append(ox.Triple(quad.subject, quad.predicate, quad.object))
    except SyntaxError as e:
        raise LoadError(f"cannot parse the file: {str(e).strip().splitlines()[0]}", path=str(path)) from None
    except OSError as e:
        raise LoadError(f"cannot read the file: {e}", path=str(path)) from None
    if not grouped:
        raise LoadError("the file holds no triples", path=str(path), hint="build some input first")
    meta = _metadata_graphs(grouped)
    return [
        GraphPayload(
            iri=name,
            method="POST" if name in meta else "PUT",
            triples=len(triples),
            body=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"",
        )
        for name, triples in sorted(grouped.items())
    ]


def _graph_name(quad: ox.Quad, path: Path) -> str:
    if isinstance(quad.graph_name, ox.NamedNode):
        return quad.graph_name.value
    raise LoadError(
        f"a triple outside any named graph ({quad.subject} {quad.predicate} ...)",
        path=str(path),
        hint="kg builds put every triple in a named graph; pass --graph IRI to load it into one graph",
    )


def _metadata_graphs(grouped: dict[str, list[ox.Triple]]) -> set[str]:
    """Graphs that describe the other graphs (their subjects are graph names): merged, not replaced."""
    names = set(grouped)
    return {
        name
        for name, triples in grouped.items()
        if any(isinstance(t.subject, ox.NamedNode) and t.subject.value in names - {name} for t in triples)
    }


# ----------------------------------------------------------------------------- the target


def graph_store_url(endpoint: str, *, authenticated: bool = False) -> str:
    """The Graph Store Protocol URL that goes with a SPARQL endpoint, for the stores kg is tested on.

    Oxigraph: ``…/query`` → ``…/store``. Virtuoso: ``…/sparql`` → ``…/sparql-graph-crud``, or
    ``…/sparql-graph-crud-auth`` with a user. Anything else needs ``--graph-store``.
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LoadError(f"the endpoint {endpoint!r} is not an http(s) URL", hint="pass e.g. --endpoint URL")
    path = parts.path.rstrip("/")
    if path.endswith("/query"):
        new = path[: -len("query")] + "store"
    elif path == "/sparql":
        new = "/sparql-graph-crud-auth" if authenticated else "/sparql-graph-crud"
    else:
        raise LoadError(
            f"cannot tell the Graph Store Protocol URL of the endpoint {endpoint}",
            hint="pass --graph-store URL (Oxigraph: …/store, Virtuoso: …/sparql-graph-crud-auth, "
            "Fuseki: …/DATASET/data)",
        )
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new, "", ""))


def _opener(target: Target) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if target.user is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        for url in filter(None, (target.graph_store, target.endpoint)):
            passwords.add_password(None, url, target.user, target.password or "")
        handlers += [
            urllib.request.HTTPDigestAuthHandler(passwords),
            urllib.request.HTTPBasicAuthHandler(passwords),
        ]
    return urllib.request.build_opener(*handlers)


def _server_message(body: bytes, limit: int = 300) -> str:
    text = body.decode("utf-8", "replace")
    if "<" in text and ">" in text:
        text = html.unescape(_TAGS.sub(" ", text))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ----------------------------------------------------------------------------- sending


def load(
    payloads: list[GraphPayload],
    target: Target,
    *,
    retries: int = 4,
    backoff: float = 0.5,
    on_progress: Callable[[GraphPayload], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> LoadReport:
    """Send every payload to ``target.graph_store``; then, if ``target.endpoint`` is set, check
    that the store holds as many triples in each graph as were sent (``stored`` in the report).

    ``on_progress`` is called after each graph. Raises :class:`LoadError` on a refused request,
    on a transient failure that outlasts ``retries``, or when the counts do not match.
    """
    opener = _opener(target)
    report = LoadReport()
    for payload in payloads:
        url = _with_query(target.graph_store, {"graph": payload.iri})
        headers = {"Content-Type": "application/n-triples; charset=utf-8"}
        if "/sparql-graph-crud" in url:
            headers["Content-Type"] = "text/turtle; charset=utf-8"  # Virtuoso; N-Triples is Turtle
        report.retries += _send(opener, url, payload, headers, target, retries, backoff, sleep)
        report.graphs += 1
        report.triples += payload.triples
        if on_progress:
            on_progress(payload)
    if target.endpoint:
        report.stored = count_triples(target, [p.iri for p in payloads], opener=opener)
        wrong = [p for p in payloads if p.method == "PUT" and report.stored.get(p.iri) != p.triples]
        if wrong:
            p = wrong[0]
            raise LoadError(
                f"the store holds {report.stored.get(p.iri, 0)} triples in graph <{p.iri}> "
                f"after {p.triples} were sent",
                path=target.endpoint,
                hint="the store changed or dropped triples; check its log",
            )
    return report


def _send(
    opener: urllib.request.OpenerDirector,
    url: str,
    payload: GraphPayload,
    headers: dict[str, str],
    target: Target,
    retries: int,
    backoff: float,
    sleep: Callable[[float], None],
) -> int:
    """Send one graph; returns how many times it had to retry."""
    for attempt in range(retries + 1):
        request = urllib.request.Request(url, data=payload.body, headers=headers, method=payload.method)
        delay = backoff * 2**attempt
        try:
            with opener.open(request, timeout=target.timeout) as response:
                response.read()
            return attempt
        except urllib.error.HTTPError as e:
            message = _server_message(e.read())
            if e.code not in TRANSIENT_STATUS or attempt == retries:
                hint = "check --user/--password" if e.code in (401, 403) else "see the server's log"
                raise LoadError(
                    f"{payload.method} of graph <{payload.iri}> failed with HTTP {e.code} {e.reason}"
                    + (f": {message}" if message else "")
                    + (f" (after {attempt} retries)" if attempt else ""),
                    path=target.graph_store,
                    hint=hint,
                ) from None
            retry_after = e.headers.get("Retry-After", "") if e.headers else ""
            if retry_after.isdigit():
                delay = max(delay, float(retry_after))
            log.warning("graph <%s>: HTTP %s, retrying in %.1f s", payload.iri, e.code, delay)
        except (TimeoutError, urllib.error.URLError, ConnectionError) as e:
            reason = getattr(e, "reason", e)
            if attempt == retries:
                raise LoadError(
                    f"{payload.method} of graph <{payload.iri}> failed: {reason} (after {attempt} retries)",
                    path=target.graph_store,
                    hint="is the triplestore running, and is the URL right?",
                ) from None
            log.warning("graph <%s>: %s, retrying in %.1f s", payload.iri, reason, delay)
        sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def _with_query(url: str, params: dict[str, str]) -> str:
    parts = urllib.parse.urlsplit(url)
    query = "&".join(filter(None, (parts.query, urllib.parse.urlencode(params))))
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


# ----------------------------------------------------------------------------- querying


def select(
    endpoint: str,
    sparql: str,
    *,
    target: Target | None = None,
    opener: urllib.request.OpenerDirector | None = None,
    params: dict[str, list[str]] | None = None,
) -> tuple[list[str], list[dict[str, dict[str, str]]]]:
    """Run a SELECT over the SPARQL 1.1 Protocol (POST, form-encoded); the variables and the
    bindings of the JSON results. ``params`` adds protocol parameters such as ``default-graph-uri``."""
    fields = [("query", sparql)] + [(k, v) for k, values in (params or {}).items() for v in values]
    request = urllib.request.Request(
        endpoint,
        data=urllib.parse.urlencode(fields).encode("ascii"),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
        },
        method="POST",
    )
    opener = opener or _opener(target or Target(graph_store=endpoint, endpoint=endpoint))
    timeout = target.timeout if target else 60.0
    try:
        with opener.open(request, timeout=timeout) as response:
            data = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        raise LoadError(
            f"the query failed with HTTP {e.code} {e.reason}: {_server_message(e.read())}", path=endpoint
        ) from None
    except (TimeoutError, urllib.error.URLError, ConnectionError) as e:
        raise LoadError(f"cannot reach the endpoint: {getattr(e, 'reason', e)}", path=endpoint) from None
    except (ValueError, UnicodeDecodeError) as e:
        raise LoadError(f"the endpoint did not answer with SPARQL JSON results: {e}", path=endpoint) from None
    return list(data["head"]["vars"]), list(data["results"]["bindings"])


def count_triples(
    target: Target, graphs: list[str], *, opener: urllib.request.OpenerDirector | None = None
) -> dict[str, int]:
    """How many triples the endpoint holds in each of ``graphs`` (absent graphs are left out)."""
    if not target.endpoint:
        raise LoadError("no SPARQL endpoint to count the triples on", hint="pass --endpoint URL")
    values = " ".join(f"<{g}>" for g in graphs)
    sparql = (
        f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
    )
    _, rows = select(target.endpoint, sparql, target=target, opener=opener)
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}
