"""Evaluation against hand-checked gold facts.

``evaluate(gold_paths, text_dir)`` builds each gold file's source text with :func:`kg.build.build`,
reads the facts back from the RDF it produced (:mod:`kg.eval.predict`), and scores them per
dimension (:mod:`kg.eval.score`, whose docstring states the matching rules).

Across files, true positives, false positives and false negatives are summed per dimension
(micro within a dimension); macro-F1 is the mean of the dimension F1s over the dimensions that
have any gold or predicted item.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.eval.gold import Gold, gold_files, load_gold
from kg.eval.metrics import DIMENSIONS, Dimension, Finding, macro_f1, normalise
from kg.eval.score import FileScore, score_graph

log = logging.getLogger(__name__)

__all__ = [
    "DIMENSIONS",
    "Dimension",
    "EvalResult",
    "FileScore",
    "Finding",
    "Gold",
    "evaluate",
    "load_gold",
    "normalise",
    "score_graph",
]


@dataclass
class EvalResult:
    """The scores of a set of gold files, per file and summed."""

    files: list[FileScore] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, Dimension]:
        out = {name: Dimension(name) for name in DIMENSIONS}
        for f in self.files:
            for name, d in f.dimensions.items():
                out[name] = out[name].merge(d)
        return out

    @property
    def macro_f1(self) -> float:
        return macro_f1(self.totals.values())

    def table(self, per_file: bool = False) -> str:
        """A fixed-width table of the summed counts: dimension, gold, pred, TP, P, R, F1.

        With ``per_file``, each file's macro-F1 follows.
        """
        head = f"{'dimension':<20} {'gold':>6} {'pred':>6} {'TP':>6} {'P':>6} {'R':>6} {'F1':>6}"
        lines = [head, "-" * len(head)]
        for d in self.totals.values():
            if not d.active:
                lines.append(f"{d.name:<20} {0:>6} {0:>6} {0:>6} {'-':>6} {'-':>6} {'-':>6}")
                continue
            lines.append(
                f"{d.name:<20} {d.gold:>6} {d.pred:>6} {d.tp:>6} "
                f"{d.precision:>6.3f} {d.recall:>6.3f} {d.f1:>6.3f}"
            )
        lines.append("-" * len(head))
        active = sum(1 for d in self.totals.values() if d.active)
        lines.append(
            f"macro-F1 {self.macro_f1:.3f} over {active} dimension(s) with gold or predicted items, "
            f"{len(self.files)} file(s)"
        )
        if per_file:
            lines += [f"  {f.macro_f1:.3f}  {f.gold.path.name}" for f in self.files]
        return "\n".join(lines)

    def explain(self) -> str:
        """Every false negative and false positive, per file and dimension, with its sentence."""
        out: list[str] = []
        for f in self.files:
            out.append(f"== {f.gold.path.name} ({f.gold.text_path}) macro-F1 {f.macro_f1:.3f}")
            for d in f.dimensions.values():
                if not (d.false_negatives or d.false_positives):
                    continue
                out.append(f"-- {d.name}: TP {d.tp}, FP {d.fp}, FN {d.fn}")
                for tag, items in (("FN", d.false_negatives), ("FP", d.false_positives)):
                    # sorted: predictions come from a query whose rows change order with the hash seed
                    for item in sorted(items, key=lambda i: (str(i.item), i.evidence or "")):
                        out.append(f"  {tag} {item.item}")
                        evidence = " ".join((item.evidence or "(no evidence sentence)").split())
                        out.append(f"       {evidence}")
        return "\n".join(out)

    def to_json(self) -> dict[str, Any]:
        return {
            "macro_f1": round(self.macro_f1, 4),
            "dimensions": {name: d.to_json() for name, d in self.totals.items()},
            "files": [
                {
                    "gold": str(f.gold.path),
                    "text": str(f.gold.text_path),
                    "macro_f1": round(f.macro_f1, 4),
                    "dimensions": {name: d.to_json() for name, d in f.dimensions.items()},
                }
                for f in self.files
            ],
        }


def evaluate(gold_paths: Sequence[str | Path], text_dir: str | Path | None = None) -> EvalResult:
    """Build the source text of each gold file (files, or folders of ``*.gold.json``) and score it.

    ``text_dir`` holds the texts; when None they are looked for next to the gold file, as
    ``source`` relative to the current directory and to the gold folder's parent, and in
    ``<root>/corpora/<sub>/`` for gold in ``<root>/gold/<sub>/``.
    """
    from kg.build import build  # the extractor stages load only when a build is asked for

    result = EvalResult()
    for path in gold_files(gold_paths):
        gold = load_gold(path, text_dir)
        built = build([gold.text_path])
        score = score_graph(gold, built.dataset)
        log.info("%s: macro-F1 %.3f", path.name, score.macro_f1)
        result.files.append(score)
    return result
