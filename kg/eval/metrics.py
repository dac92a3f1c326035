"""Counting: the one comparison normaliser, per-dimension counts, and the fuzzy tests events need."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg import rx
from kg.model import sentence_span

DIMENSIONS = (
    "persons",
    "posts",
    "honours",
    "honouree_jobs",
    "honoured_orgs",
    "events",
    "event_participants",
    "places",
    "place_hierarchy",
    "enterprises",
    "bylines",
)

_WS = rx.compile(r"\s+")
_PUNCT = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
        "、": ",", "。": ".", "｡": ".", "【": "[", "】": "]", "〔": "[", "〕": "]",
        "《": "<", "》": ">", "〈": "<", "〉": ">", "「": '"', "」": '"', "『": '"', "』": '"',
        "—": "-", "–": "-", "－": "-", "‐": "-", "―": "-",
        "・": "·", "•": "·", "‧": "·", "∙": "·", "･": "·",
    }
)  # fmt: skip


def normalise(text: str) -> str:
    """The one form strings are compared in: NFKC, no whitespace, full/half-width punctuation folded."""
    return _WS.sub("", unicodedata.normalize("NFKC", text)).translate(_PUNCT)


@dataclass(frozen=True)
class Finding:
    """One false positive or false negative, with the sentence it comes from."""

    item: str
    evidence: str | None


@dataclass
class Dimension:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[Finding] = field(default_factory=list)
    false_negatives: list[Finding] = field(default_factory=list)

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def pred(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def active(self) -> bool:
        """Whether the dimension has any gold or predicted item (and so counts in macro-F1)."""
        return bool(self.gold or self.pred)

    def merge(self, other: Dimension) -> Dimension:
        return Dimension(
            self.name,
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.false_positives + other.false_positives,
            self.false_negatives + other.false_negatives,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def macro_f1(dims: Iterable[Dimension]) -> float:
    """Mean F1 over the dimensions that have any gold or predicted item (0.0 if none has)."""
    active = [d.f1 for d in dims if d.active]
    return sum(active) / len(active) if active else 0.0


# ---------------------------------------------------------------------------- evidence


def find_sentence(text: str, needle: str) -> str | None:
    """The sentence(s) of ``text`` where ``needle`` first occurs, ignoring whitespace (page breaks)."""
    want = _WS.sub("", needle)
    if not want:
        return None
    kept = [i for i, ch in enumerate(text) if not ch.isspace()]
    at = "".join(text[i] for i in kept).find(want)
    if at < 0:
        return None
    start = sentence_span(text, kept[at])[0]
    end = sentence_span(text, kept[at + len(want) - 1])[1]
    return text[start:end].strip()


def dates_agree(gold: str | None, pred: str | None) -> bool:
    """A predicted ISO date against a gold date that may be partial ("2019-06") or a range ("a/b")."""
    if not gold or not pred:
        return True
    if "/" in gold:
        start, end = gold.split("/", 1)
        return start <= pred[: len(start)] and pred[: len(end)] <= end
    return pred.startswith(gold) or gold.startswith(pred)


def name_overlap(a: str, b: str) -> float:
    """Dice overlap of the characters of two names (with multiplicity), 0..1."""
    x, y = list(normalise(a)), list(normalise(b))
    if not x or not y:
        return 0.0
    common = 0
    rest = list(y)
    for ch in x:
        if ch in rest:
            rest.remove(ch)
            common += 1
    return 2 * common / (len(x) + len(y))
