"""The organisation suffix lexicon (``kg/lexicons/org_suffixes.tsv``): what a name ends with, and
what that ending says (a company, a government organ, a unit of another organisation…)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.lexicons import read_table


@dataclass(frozen=True, slots=True)
class Suffix:
    suffix: str
    kind: str  # Corporation | GovernmentOrganization | PartyOrganization | Organization | -
    use: str  # name | unit | organ | whole | venue | none (a word that only looks like a name)
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


#: Words that a one-character suffix (部, 办, 厂, 科…) starts: a piece that ends in that character
#: right before the rest of such a word is cut inside a word (零部|件, 办|公设备), no organisation;
#: 企业 before 家 is 企业家 (某市女企业家商会), no company.
SUFFIX_WORDS = frozenset(
    {
        "部件",
        "部位",
        "办公",
        "厂房",
        "厂家",
        "厂商",
        "委托",
        "署名",
        "科技",
        "科研",
        "处理",
        "室内",
        "站点",
        "业家",
    }
)


def cuts_word(text: str, end: int) -> bool:
    """Whether a piece ``text[:end]`` ends in a one-character suffix that starts a word going on
    after ``end`` (襄阳某某汽车零部|件有限公司)."""
    return 0 < end < len(text) and text[end - 1 : end + 1] in SUFFIX_WORDS


@functools.cache
def suffixes() -> tuple[Suffix, ...]:
    """The suffix lexicon, longest suffix first."""
    columns = ("suffix", "kind", "use", "examples", "counter_examples")
    rows = [
        Suffix(
            row["suffix"],
            row["kind"],
            row["use"],
            tuple(x for x in row["examples"].split(";") if x),
            tuple(x for x in row["counter_examples"].split(";") if x),
        )
        for _, row in read_table("org_suffixes.tsv", columns)
    ]
    return tuple(sorted(rows, key=lambda s: -len(s.suffix)))


@functools.cache
def _suffix_index() -> tuple[tuple[int, ...], dict[str, Suffix]]:
    """The lengths of the lexicon's suffixes (longest first), and each suffix's first row."""
    by_text = {s.suffix: s for s in reversed(suffixes())}  # of two rows with one suffix, the first
    return tuple(sorted({len(s) for s in by_text}, reverse=True)), by_text


def suffix_of(name: str) -> Suffix | None:
    """The longest lexicon suffix that ``name`` ends with."""
    lengths, by_text = _suffix_index()
    n = len(name)
    for length in lengths:
        if length <= n:
            suffix = by_text.get(name[n - length :])
            if suffix is not None:
                return suffix
    return None
