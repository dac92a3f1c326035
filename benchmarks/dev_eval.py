"""The gold sets: ``kg.eval.evaluate`` over the dev set or over the invented articles.

Usage::

    .venv/bin/python benchmarks/dev_eval.py [--set dev|invented] [--explain] [--write]

``dev`` (the default): the sample page's gold file and ``../shared/gold/news/``. ``invented``:
``benchmarks/invented/``, articles of the genre written for this project, with invented people and
real divisions, each with gold in the same format. The grammar was developed against both, so
their figures are a floor that must hold, not a measure of articles kg has never seen.

Prints the per-dimension table (gold, pred, TP, P, R, F1, macro-F1) and each file's macro-F1.
``--explain`` lists every missed and spurious fact with its sentence. ``--write`` records the
figures in the set's figures file (the floor that ``tests/test_accuracy.py`` holds the extractor
to) and its section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from results import ROOT, SHARED, commit, machine, write_section

from kg.eval import EvalResult, evaluate


@dataclass(frozen=True)
class GoldSet:
    """A set of gold files, the base folder they are named from, and where its figures go."""

    title: str  # the section of RESULTS.md
    base: str  # "shared" (../shared) or "repo"
    gold: tuple[str, ...]  # gold files or folders, relative to the base
    text: str | None  # the folder of the article texts, relative to the base (None: found by the gold)
    figures: str  # relative to the repository
    about: str  # what the set is, for RESULTS.md


SETS = {
    "dev": GoldSet(
        "Dev set",
        "shared",
        ("gold/taiyuan-daily-2022-06-09.gold.json", "gold/news"),
        None,
        "benchmarks/dev_figures.json",
        "the sample page and fifteen real articles, gold hand-checked by others",
    ),
    "invented": GoldSet(
        "Invented articles",
        "repo",
        ("benchmarks/invented/gold",),
        "benchmarks/invented/text",
        "benchmarks/invented_figures.json",
        "articles of the genre written for this project (invented people, real divisions), each "
        "with gold in the same format; rules were written against them, so this is a floor, and "
        "the figures each batch gave before any rule was written for it are in the next section",
    ),
}


def base_folder(name: str) -> Path:
    return SHARED if name == "shared" else ROOT


def run(gold_set: GoldSet) -> EvalResult:
    base = base_folder(gold_set.base)
    text = base / gold_set.text if gold_set.text else None
    return evaluate([base / p for p in gold_set.gold], text)


def figures(gold_set: GoldSet, result: EvalResult, at: str) -> dict[str, object]:
    return {
        "commit": at,
        "base": gold_set.base,
        "gold": list(gold_set.gold),
        "text": gold_set.text,
        "files": len(result.files),
        "macro_f1": round(result.macro_f1, 4),
        "dimensions": {
            d.name: {"p": round(d.precision, 4), "r": round(d.recall, 4), "f1": round(d.f1, 4)}
            for d in result.totals.values()
        },
    }


def section(gold_set: GoldSet, result: EvalResult, seconds: float, at: str, per_file: bool) -> str:
    where = "../shared/" if gold_set.base == "shared" else ""
    named = " and ".join(f"`{where}{p}`" for p in gold_set.gold)
    lines = [
        f"Measured by `benchmarks/dev_eval.py --set {next(k for k, v in SETS.items() if v == gold_set)}` "
        f"on commit `{at}` ({machine()}), {seconds:.0f} s: `kg.eval.evaluate` over {named} "
        f"({len(result.files)} gold files): {gold_set.about}. Matching rules: `kg/eval/score.py`. "
        "`tests/test_accuracy.py` fails if any F1 below falls more than 0.02 "
        f"(figures in `{gold_set.figures}`).",
        "",
        "| dimension | gold | pred | TP | P | R | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for d in result.totals.values():
        lines.append(
            f"| {d.name} | {d.gold} | {d.pred} | {d.tp} | {d.precision:.3f} | {d.recall:.3f} | {d.f1:.3f} |"
        )
    lines += ["", f"**macro-F1 {result.macro_f1:.3f}**"]
    if per_file:
        lines += ["", "Per file (macro-F1):", ""]
        lines += [f"- {f.gold.path.name}: {f.macro_f1:.3f}" for f in result.files]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="which gold set (default: dev)")
    parser.add_argument("--explain", action="store_true", help="list each missed and spurious fact")
    parser.add_argument("--write", action="store_true", help="record the figures file and RESULTS.md")
    args = parser.parse_args(argv)
    gold_set = SETS[args.set]
    base = base_folder(gold_set.base)
    missing = [str(base / p) for p in gold_set.gold if not (base / p).exists()]
    if missing:
        print(f"gold not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    at = commit()
    t0 = time.perf_counter()
    result = run(gold_set)
    seconds = time.perf_counter() - t0
    if args.explain:
        print(result.explain())
    print(result.table(per_file=True))
    print(f"Time: {seconds:.1f} s")
    if args.write:
        path = ROOT / gold_set.figures
        record = json.dumps(figures(gold_set, result, at), ensure_ascii=False, indent=2)
        path.write_text(record + "\n", encoding="utf-8")
        write_section(gold_set.title, section(gold_set, result, seconds, at, per_file=args.set == "dev"))
        print(f"wrote {gold_set.figures} and section {gold_set.title!r} of benchmarks/RESULTS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
