"""The gold sets' figures may not fall: each dimension's F1, and the macro-F1, within 0.02 of the record.

The records are ``benchmarks/dev_figures.json`` (the dev set, in ../shared) and
``benchmarks/invented_figures.json`` (the invented articles in ``benchmarks/invented/``), written
by ``benchmarks/dev_eval.py --set NAME --write`` (which also names the gold files, so this test
scores exactly the same set). Raise a record when the extractor improves; a fall means a change
broke something that used to work.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.eval import DIMENSIONS, evaluate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RECORDS = {
    "dev": ROOT / "benchmarks" / "dev_figures.json",
    "invented": ROOT / "benchmarks" / "invented_figures.json",
}
TOLERANCE = 0.02


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_recorded_figures_cover_every_dimension(name: str) -> None:
    recorded = json.loads(RECORDS[name].read_text(encoding="utf-8"))
    assert set(recorded["dimensions"]) == set(DIMENSIONS), (
        f"{RECORDS[name].name} does not list the scorer's dimensions; "
        f"rerun `.venv/bin/python benchmarks/dev_eval.py --set {name} --write`"
    )
    assert 0.0 < recorded["macro_f1"] <= 1.0
    assert recorded["gold"], f"{RECORDS[name].name} names no gold files"


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_gold_set_does_not_regress(name: str) -> None:
    recorded = json.loads(RECORDS[name].read_text(encoding="utf-8"))
    base = ROOT if recorded.get("base") == "repo" else SHARED
    if not base.is_dir() or not all((base / p).exists() for p in recorded["gold"]):
        pytest.skip(f"the gold of {name} is absent ({base}); the dev set lives outside the repository")
    text = base / recorded["text"] if recorded.get("text") else None
    result = evaluate([base / p for p in recorded["gold"]], text)
    assert len(result.files) == recorded["files"], (
        f"the {name} set changed size; rerun `benchmarks/dev_eval.py --set {name} --write`"
    )
    totals = result.totals
    drops = [
        f"{dim}: F1 {totals[dim].f1:.4f} < recorded {fig['f1']:.4f} - {TOLERANCE}"
        for dim, fig in recorded["dimensions"].items()
        if totals[dim].f1 < fig["f1"] - TOLERANCE
    ]
    if result.macro_f1 < recorded["macro_f1"] - TOLERANCE:
        drops.append(f"macro-F1 {result.macro_f1:.4f} < recorded {recorded['macro_f1']:.4f} - {TOLERANCE}")
    assert not drops, (
        f"{name}-set accuracy fell (recorded on {recorded['commit']}):\n"
        + "\n".join(drops)
        + "\n\n"
        + result.table(per_file=True)
        + f"\n\nsee `.venv/bin/python benchmarks/dev_eval.py --set {name} --explain` for the facts behind it"
    )
