"""The command line: a thin layer over library functions, and the only place errors become exit codes."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KGError

log = logging.getLogger("kg")

#: Exit codes: 0 ok, 1 some inputs failed / violations / query error, 2 usage.
EXIT_FAILED = 1
#: Errors and warnings printed by ``kg build``; the rest are in report.json.
SHOWN = 30


def run() -> None:
    """The ``kg`` command (and ``python -m kg``): :func:`main`, then an exit that does not tear
    the interpreter down.

    Freeing every object a build made (its modules, the cache's entries, the people it resolved)
    takes 60–80 ms at the end of a ``kg build`` that re-extracted one file of 1,000 (a fresh
    process: measured), a twentieth of its time, for memory that the system takes back at once.
    Nothing is lost by skipping it: every file kg writes is closed (and renamed into place)
    before :func:`main` returns, the threads still running are waited for, and the exit handlers
    run as they would (logging flushes, worker processes are joined, :mod:`kg.rx` keeps its
    patterns). Where the interpreter has no way to run those handlers, it exits as usual.
    """
    import atexit
    import threading

    try:
        main()
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = EXIT_FAILED
    status = code if isinstance(code, int) else 0
    handlers = getattr(atexit, "_run_exitfuncs", None)  # CPython's and PyPy's, not public
    if handlers is None:
        sys.exit(status)
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    handlers()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (kg query … | head)
            stream.flush()
    os._exit(status)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _fail(exc: KGError) -> click.ClickException:
    return click.ClickException(exc.format())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """Build knowledge graphs from Chinese government and party news."""
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="kg: %(levelname)s: %(message)s")


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "outdir", required=True, type=click.Path(path_type=Path), help="Output folder.")
@click.option("--base", default=None, help="Base IRI of the entities (ASCII, ending in '/').")
@click.option(
    "--encoding", default=None, help="Force the input encoding (e.g. gb18030) instead of detecting it."
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "html", "graphml"]),
    help="Outputs to write (repeatable); default: turtle, trig, html.",
)
@click.option("--keep-going", is_flag=True, help="Exit 0 even when some inputs failed.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: every core)."
)
@click.option(
    "--cache/--no-cache",
    default=True,
    show_default=True,
    help="Reuse what unchanged inputs gave (in $KG_CACHE_DIR, else ~/.cache/kg).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Extract here (worker processes) or on a Dask cluster (pip install 'kg[dask]').",
)
@click.option("--scheduler", help="Address of the Dask scheduler (tcp://HOST:8786) for --engine dask.")
@click.option("--progress/--no-progress", default=True, help="Show how far the build is (on stderr).")
def build(
    inputs: tuple[Path, ...],
    outdir: Path,
    base: str | None,
    encoding: str | None,
    formats: tuple[str, ...],
    keep_going: bool,
    jobs: int | None,
    cache: bool,
    engine: str,
    scheduler: str | None,
    progress: bool,
) -> None:
    """Build the graph of INPUTS (files or folders) into OUTDIR.

    Writes graph.ttl (all facts), graph.trig (one named graph per article), graph.html and
    report.json (per input: articles, entities and facts by type, warnings, errors; people
    merged across articles and the uncertain pairs left for review).
    """
    from kg.cache import Cache
    from kg.progress import Progress
    from kg.rdf.iri import DEFAULT_BASE
    from kg.stream import build_to

    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS (tcp://HOST:8786)")
    # SIGTERM cleans up like Ctrl-C: temporary files go, previous outputs stay.
    signal.signal(signal.SIGTERM, _interrupt)
    os.environ.setdefault("KG_TAGGER_THREADS", "1")  # --jobs N uses N cores, one tagger thread each
    bar = Progress(sys.stderr) if progress else None
    runner = None
    store = Cache() if cache else None
    try:
        if engine == "dask":
            from kg.distributed import DaskEngine

            runner = DaskEngine(scheduler)
        result = build_to(
            list(inputs),
            outdir,
            formats or ("turtle", "trig", "html"),
            base=base or DEFAULT_BASE,
            encoding=encoding,
            jobs=jobs,
            cache=store,
            engine=runner,
            progress=bar,
        )
    except KGError as exc:
        raise _fail(exc) from exc
    finally:
        if runner is not None:
            runner.close(abort=True)
        if bar is not None:
            bar.close()
    s = result.report["summary"]
    click.echo(
        f"kg: {s['files']} file(s), {s['articles']} article(s), {s['triples']} triples; "
        f"{s['ok']} ok, {s['warning']} with warnings, {s['error']} failed"
    )
    if store is not None and store.hits:
        click.echo(
            f"  {store.hits} file(s) unchanged since an earlier build: taken from the cache ({store.folder})"
        )
    if result.copied:
        click.echo(f"  {result.copied} article graph(s) unchanged: copied from the files of the last build")
    for kind, message in result.problems[:SHOWN]:
        click.echo(f"  {kind}: {message}", err=True)
    if result.problem_count > SHOWN:
        click.echo(f"  … {result.problem_count - SHOWN} more in report.json", err=True)
    if not s["articles"]:
        raise click.ClickException(f"no article could be read; nothing written, {outdir} left as it was")
    candidates = len(result.report["people"]["candidates"])
    if candidates:
        click.echo(f"  {candidates} pair(s) of people with one name to review (report.json: people)")
    if result.up_to_date:
        click.echo(f"  nothing changed since the last build into {outdir}: its files are left as they are")
    else:
        for path in result.outputs:
            click.echo(f"  wrote {path}")
    if result.failed and not keep_going:
        sys.exit(EXIT_FAILED)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@click.option("--named-graphs", is_flag=True, help="Do not merge named graphs into the default graph.")
def query(graph: Path, sparql: str, fmt: str, named_graphs: bool) -> None:
    """Run SPARQL (text or a .rq file) on GRAPH (a .ttl/.trig/.nq file or a build folder)."""
    from kg import store

    try:
        st = store.open_store(graph)
        result = store.query(st, store.load_query(sparql), union_default_graph=not named_graphs)
    except KGError as exc:
        raise _fail(exc) from exc
    formatter = {"table": store.format_table, "csv": store.format_csv, "json": store.format_json}[fmt]
    click.echo(formatter(result), nl=fmt == "table")


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
def validate(graph: Path) -> None:
    """Check GRAPH (a file or a build folder) against the SHACL shapes in ontology/shapes.ttl."""
    from kg.validate import validate as run_validate

    path = graph
    if graph.is_dir():
        path = next(
            (graph / n for n in ("graph.trig", "graph.nq", "graph.ttl") if (graph / n).exists()), graph
        )
    try:
        report = run_validate(path)
    except KGError as exc:
        raise _fail(exc) from exc
    click.echo(report.text())
    if not report.conforms:
        sys.exit(EXIT_FAILED)


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--text", "text_dir", type=click.Path(path_type=Path), help="Folder of the article texts.")
@click.option("--explain", is_flag=True, help="List every missed and spurious fact with its sentence.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(gold: tuple[Path, ...], text_dir: Path | None, explain: bool, as_json: bool) -> None:
    """Score the extractor against GOLD files (or folders of *.gold.json)."""
    from kg.eval import evaluate as run_eval

    try:
        result = run_eval(list(gold), text_dir)
    except KGError as exc:
        raise _fail(exc) from exc
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(result.table())
    if explain:
        click.echo(result.explain())


def _graph(outdir: Path):
    """The union graph of a build folder or a graph file (TriG preferred)."""
    from kg.store import graph_file
    from kg.validate import read_graph

    return read_graph(graph_file(outdir))


@main.command()
@click.argument("outdir", type=click.Path(path_type=Path))
@click.option("--focus", help="Show the neighbourhood of this person or organisation (name).")
@click.option("--depth", default=2, show_default=True, help="Hops around --focus.")
@click.option("--types", help="Comma-separated types to keep, e.g. Person,Organization.")
@click.option("--max-nodes", type=int, help="Keep the N nodes of highest degree.")
@click.option("--communities", is_flag=True, help="Colour people by community in the network of people.")
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Where to write (default OUTDIR/view.html)."
)
def html(
    outdir: Path,
    focus: str | None,
    depth: int,
    types: str | None,
    max_nodes: int | None,
    communities: bool,
    output: Path | None,
) -> None:
    """Write an interactive HTML view of a build (or of a .trig/.ttl file)."""
    from kg.export.html import write_html

    try:
        ds = _graph(outdir)
        target = output or (outdir if outdir.is_dir() else outdir.parent) / "view.html"
        type_list = [t.strip() for t in types.split(",")] if types else None
        write_html(
            ds,
            target,
            focus=focus,
            depth=depth,
            types=type_list,
            max_nodes=max_nodes,
            communities=communities,
        )
    except KGError as exc:
        raise _fail(exc) from exc
    click.echo(f"kg: wrote {target}")


@main.command()
@click.argument("outdir", type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, help="SPARQL endpoint URL, used to check the load.")
@click.option(
    "--graph-store",
    help="Graph Store Protocol URL (default: from --endpoint; Oxigraph …/store, Virtuoso …/sparql-graph-crud).",
)
@click.option("--graph", "graph_iri", help="Load a .ttl/.nt file (no named graphs) into this graph.")
@click.option("--user", help="User name (HTTP Basic or Digest, as the server asks).")
@click.option("--password", help="Password for --user.")
@click.option("--retries", default=4, show_default=True, help="Retries of a transient failure per graph.")
def load(
    outdir: Path,
    endpoint: str,
    graph_store: str | None,
    graph_iri: str | None,
    user: str | None,
    password: str | None,
    retries: int,
) -> None:
    """Load a build (OUTDIR, or a .trig/.nq file) into a triplestore, one PUT per named graph."""
    from kg.load import Target, graph_store_url, read_graphs
    from kg.load import load as run_load

    try:
        payloads = read_graphs(outdir, graph=graph_iri)
        store_url = graph_store or graph_store_url(endpoint, authenticated=user is not None)
        target = Target(store_url, endpoint, user, password)
        total = sum(p.triples for p in payloads)
        with click.progressbar(length=total, label=f"loading {len(payloads)} graph(s)") as bar:
            report = run_load(payloads, target, retries=retries, on_progress=lambda p: bar.update(p.triples))
    except KGError as exc:
        raise _fail(exc) from exc
    click.echo(
        f"kg: loaded {report.graphs} graph(s), {report.triples} triples into {store_url}"
        + (f" ({report.retries} retries)" if report.retries else "")
        + f"; {endpoint} holds {sum(report.stored.values())} triples in them"
    )


@main.command()
@click.argument("outdir", type=click.Path(path_type=Path))
@click.option("--port", default=7878, show_default=True, help="TCP port to listen on.")
@click.option("--bind", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL UPDATE and Graph Store writes.")
def serve(outdir: Path, port: int, bind: str, allow_update: bool) -> None:
    """Serve a build (OUTDIR or a graph file) as a local SPARQL endpoint (Oxigraph), until Ctrl-C."""
    from kg.serve import Server

    try:
        server = Server(outdir, port=port, bind=bind, allow_update=allow_update)
        server.start()
    except KGError as exc:
        raise _fail(exc) from exc
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the server on `kill` too
    try:
        mode = "updates allowed" if allow_update else "read-only"
        click.echo(f"kg: serving {server.file} ({mode}); open {server.url}")
        click.echo(f"  SPARQL endpoint: {server.endpoint}; Ctrl-C to stop")
        code = server.wait()
        if code:
            raise click.ClickException(f"the Oxigraph server stopped with exit code {code}")
    except KeyboardInterrupt:
        click.echo("kg: stopped")
    finally:
        server.stop()


@main.command()
@click.argument("outdir", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "graphml"]), default="csv", show_default=True)
@click.option(
    "-o", "--output-dir", type=click.Path(path_type=Path), help="Where to write (default: OUTDIR itself)."
)
def analyze(outdir: Path, fmt: str, output_dir: Path | None) -> None:
    """The network of people in a build: people.csv (posts, events, centralities, community) or
    people.graphml for Gephi/Cytoscape. Two people are linked when they attended the same event or
    serve in the same organisation."""
    from kg.analyze import FORMATS, analyse, people_csv, people_graphml
    from kg.export.atomic import write_text

    try:
        analysis = analyse(_graph(outdir))
        folder = output_dir or (outdir if outdir.is_dir() else outdir.parent)
        target = folder / FORMATS[fmt]
        write_text(target, people_csv(analysis) if fmt == "csv" else people_graphml(analysis))
    except KGError as exc:
        raise _fail(exc) from exc
    top = ", ".join(f"{p.name} {p.degree:.2f}" for p in analysis.ranked()[:5])
    click.echo(
        f"kg: {len(analysis.people)} people, {analysis.network.number_of_edges()} links, "
        f"{len(analysis.communities)} communities; most linked (degree centrality): {top or 'none'}"
    )
    click.echo(f"  wrote {target}")


if __name__ == "__main__":  # pragma: no cover
    main()
