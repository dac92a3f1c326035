"""The dev-set figures may not fall: each dimension's F1, and the macro-F1, within 0.02 of the record.

The record is ``benchmarks/dev_figures.json``, written by ``benchmarks/dev_eval.py --write`` (which
also names the gold files, so this test scores exactly the same set). Raise the record when the
extractor improves; a fall means a change broke something that used to work.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.eval import DIMENSIONS, evaluate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIGURES = ROOT / "benchmarks" / "dev_figures.json"
TOLERANCE = 0.02


def test_recorded_figures_cover_every_dimension() -> None:
    recorded = json.loads(FIGURES.read_text(encoding="utf-8"))
    assert set(recorded["dimensions"]) == set(DIMENSIONS), (
        "benchmarks/dev_figures.json does not list the scorer's dimensions; "
        "rerun `.venv/bin/python benchmarks/dev_eval.py --write`"
    )
    assert 0.0 < recorded["macro_f1"] <= 1.0
    assert recorded["gold"], "dev_figures.json names no gold files"


def test_dev_set_does_not_regress() -> None:
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"{SHARED / 'gold'} is absent; the dev set lives outside the repository")
    recorded = json.loads(FIGURES.read_text(encoding="utf-8"))
    result = evaluate([SHARED / p for p in recorded["gold"]])
    assert len(result.files) == recorded["files"], "the dev set changed size; rerun dev_eval.py --write"
    totals = result.totals
    drops = [
        f"{name}: F1 {totals[name].f1:.4f} < recorded {fig['f1']:.4f} - {TOLERANCE}"
        for name, fig in recorded["dimensions"].items()
        if totals[name].f1 < fig["f1"] - TOLERANCE
    ]
    if result.macro_f1 < recorded["macro_f1"] - TOLERANCE:
        drops.append(f"macro-F1 {result.macro_f1:.4f} < recorded {recorded['macro_f1']:.4f} - {TOLERANCE}")
    assert not drops, (
        f"dev-set accuracy fell (recorded on {recorded['commit']}):\n"
        + "\n".join(drops)
        + "\n\n"
        + result.table(per_file=True)
        + "\n\nsee `.venv/bin/kg eval --explain ../shared/gold/news` for the facts behind it"
    )
