"""The dev set: ``kg.eval.evaluate`` over the sample page's gold file and ``../shared/gold/news/``.

Usage::

    .venv/bin/python benchmarks/dev_eval.py [--explain] [--write]

Prints the per-dimension table (gold, pred, TP, P, R, F1, macro-F1) and each file's macro-F1.
``--explain`` lists every missed and spurious fact with its sentence. ``--write`` records the
figures in ``benchmarks/dev_figures.json`` (the floor that ``tests/test_accuracy.py`` holds the
extractor to) and the section "Dev set" of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from results import ROOT, SHARED, commit, machine, write_section

from kg.eval import EvalResult, evaluate

#: The dev set, relative to ../shared; recorded in dev_figures.json so that the test runs the same set.
GOLD = ("gold/taiyuan-daily-2022-06-09.gold.json", "gold/news")
FIGURES = ROOT / "benchmarks" / "dev_figures.json"


def figures(result: EvalResult, at: str) -> dict[str, object]:
    return {
        "commit": at,
        "gold": list(GOLD),
        "files": len(result.files),
        "macro_f1": round(result.macro_f1, 4),
        "dimensions": {
            d.name: {"p": round(d.precision, 4), "r": round(d.recall, 4), "f1": round(d.f1, 4)}
            for d in result.totals.values()
        },
    }


def section(result: EvalResult, seconds: float, at: str) -> str:
    lines = [
        f"Measured by `benchmarks/dev_eval.py` on commit `{at}` ({machine()}), {seconds:.0f} s: "
        f"`kg.eval.evaluate` over `../shared/{GOLD[0]}` and `../shared/{GOLD[1]}/` "
        f"({len(result.files)} gold files). Matching rules: `kg/eval/score.py`. "
        "`tests/test_accuracy.py` fails if any F1 below falls more than 0.02 "
        "(figures in `benchmarks/dev_figures.json`).",
        "",
        "| dimension | gold | pred | TP | P | R | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for d in result.totals.values():
        lines.append(
            f"| {d.name} | {d.gold} | {d.pred} | {d.tp} | {d.precision:.3f} | {d.recall:.3f} | {d.f1:.3f} |"
        )
    lines += ["", f"**macro-F1 {result.macro_f1:.3f}**", "", "Per file (macro-F1):", ""]
    lines += [f"- {f.gold.path.name}: {f.macro_f1:.3f}" for f in result.files]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--explain", action="store_true", help="list each missed and spurious fact")
    parser.add_argument("--write", action="store_true", help="record dev_figures.json and RESULTS.md")
    args = parser.parse_args(argv)
    paths = [SHARED / p for p in GOLD]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"gold not found: {', '.join(missing)}; ../shared/gold is needed", file=sys.stderr)
        return 2
    at = commit()
    t0 = time.perf_counter()
    result = evaluate(paths)
    seconds = time.perf_counter() - t0
    if args.explain:
        print(result.explain())
    print(result.table(per_file=True))
    print(f"Time: {seconds:.1f} s")
    if args.write:
        FIGURES.write_text(
            json.dumps(figures(result, at), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        write_section("Dev set", section(result, seconds, at))
        print(f"wrote {Path(FIGURES).relative_to(ROOT)} and section 'Dev set' of benchmarks/RESULTS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
