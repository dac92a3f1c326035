"""The command line: a thin layer over library functions, and the only place errors become exit codes."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KGError

log = logging.getLogger("kg")

#: Exit codes: 0 ok, 1 some inputs failed / violations / query error, 2 usage.
EXIT_FAILED = 1


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
    type=click.Choice(["turtle", "trig", "nquads", "ntriples", "html"]),
    help="Outputs to write (repeatable); default: turtle, trig, html.",
)
@click.option("--keep-going", is_flag=True, help="Exit 0 even when some inputs failed.")
def build(
    inputs: tuple[Path, ...],
    outdir: Path,
    base: str | None,
    encoding: str | None,
    formats: tuple[str, ...],
    keep_going: bool,
) -> None:
    """Build the graph of INPUTS (files or folders) into OUTDIR.

    Writes graph.ttl (all facts), graph.trig (one named graph per article), graph.html and
    report.json (per input: articles, entities and facts by type, warnings, errors).
    """
    from kg.build import build as run_build
    from kg.build import write_outputs
    from kg.rdf.iri import DEFAULT_BASE

    try:
        result = run_build(list(inputs), base=base or DEFAULT_BASE, encoding=encoding)
        written = write_outputs(result, outdir, formats or ("turtle", "trig", "html"))
    except KGError as exc:
        raise _fail(exc) from exc
    s = result.report["summary"]
    click.echo(
        f"kg: {s['files']} file(s), {s['articles']} article(s), {s['triples']} triples; "
        f"{s['ok']} ok, {s['warning']} with warnings, {s['error']} failed"
    )
    for entry in result.report["inputs"]:
        for err in entry["errors"]:
            click.echo(f"  error: {err}", err=True)
    for path in written:
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


@main.command()
@click.argument("outdir", type=click.Path(path_type=Path))
@click.option("--focus", help="Show the neighbourhood of this person or organisation (name).")
@click.option("--depth", default=2, show_default=True, help="Hops around --focus.")
@click.option("--types", help="Comma-separated types to keep, e.g. Person,Organization.")
@click.option("--max-nodes", type=int, help="Keep the N nodes of highest degree.")
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Where to write (default OUTDIR/view.html)."
)
def html(
    outdir: Path, focus: str | None, depth: int, types: str | None, max_nodes: int | None, output: Path | None
) -> None:
    """Write an interactive HTML view of a build (or of a .trig/.ttl file)."""
    from rdflib import Dataset

    from kg.export.html import write_html
    from kg.store import graph_file

    try:
        path = graph_file(outdir)
        ds = Dataset()
        ds.parse(path, format="trig" if path.suffix == ".trig" else None)
        target = output or (outdir if outdir.is_dir() else outdir.parent) / "view.html"
        type_list = [t.strip() for t in types.split(",")] if types else None
        write_html(ds, target, focus=focus, depth=depth, types=type_list, max_nodes=max_nodes)
    except KGError as exc:
        raise _fail(exc) from exc
    click.echo(f"kg: wrote {target}")


if __name__ == "__main__":  # pragma: no cover
    main()
