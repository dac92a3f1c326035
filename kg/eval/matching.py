"""Comparing gold and predicted items: as sets by key, or one-to-one under a fit.

Each comparison gives a :class:`~kg.eval.metrics.Dimension` with the evidence of every error
(a display string and the sentence it comes from), for ``kg eval --explain``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any

from kg.eval.metrics import Dimension, Finding


def show(*parts: str | None) -> str:
    return " | ".join(p if p is not None else "—" for p in parts)


def match_items(
    gold: Sequence[Any], pred: Sequence[Any], fits: Callable[[Any, Any], bool]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """A largest one-to-one matching (augmenting paths): (pairs, unmatched gold, unmatched predicted)."""
    options = [[j for j, p in enumerate(pred) if fits(g, p)] for g in gold]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    pairs = sorted((i, j) for j, i in owner.items())
    matched = {i for i, _ in pairs}
    return (
        pairs,
        [i for i in range(len(gold)) if i not in matched],
        [j for j in range(len(pred)) if j not in owner],
    )


def unique(items: Iterable[tuple[Hashable, Any]]) -> list[Any]:
    """Items by key, the first of each key kept."""
    out: dict[Hashable, Any] = {}
    for key, item in items:
        out.setdefault(key, item)
    return list(out.values())


def score_sets(
    name: str,
    gold: Iterable[tuple[Hashable, str, str | None]],
    pred: Iterable[tuple[Hashable, str, str | None]],
) -> Dimension:
    """Set comparison of (key, display, evidence) items; the first item of each key is kept."""
    g = {k: (show, ev) for k, show, ev in reversed(list(gold))}
    p = {k: (show, ev) for k, show, ev in reversed(list(pred))}
    d = Dimension(name, tp=len(g.keys() & p.keys()))
    d.false_negatives = [Finding(*g[k]) for k in g if k not in p]
    d.false_positives = [Finding(*p[k]) for k in p if k not in g]
    d.fn, d.fp = len(d.false_negatives), len(d.false_positives)
    return d


def score_matched(
    name: str,
    gold: Sequence[tuple[Any, str, str | None]],
    pred: Sequence[tuple[Any, str, str | None]],
    fits: Callable[[Any, Any], bool],
) -> Dimension:
    """One-to-one comparison of (value, display, evidence) items under ``fits(gold, pred)``."""
    pairs, missed, extra = match_items([g[0] for g in gold], [p[0] for p in pred], fits)
    return Dimension(
        name,
        tp=len(pairs),
        fp=len(extra),
        fn=len(missed),
        false_positives=[Finding(pred[j][1], pred[j][2]) for j in extra],
        false_negatives=[Finding(gold[i][1], gold[i][2]) for i in missed],
    )
