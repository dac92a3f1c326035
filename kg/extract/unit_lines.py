"""Names on a roll that prints each person's unit in brackets after the name.

    丁某某（青禾市某某区人民检察院）
    阿拉坦某某某（青禾盟某某旗某某镇人民政府）
    常某（青禾市某某旗某某镇卫生院）

Where the tagger found the names of some lines of such a roll, the other lines of the same shape
open with a name too: 2 to 4 Han characters from a surname, or 4 to 8 of any (a Mongolian or a
Tibetan name opens with no surname), then a bracket that holds a unit (a place or an organisation
first) and closes the line. The shape must hold on the line and on a line next to it (over short
headings) whose name was found; a piece of the name the tagger found grows to the whole field
(``阿拉坦|某某某``). Not a division's name (``青禾县（3名）``), not a title, not a line
of prose (``，`` or ``。`` in it), not a line no found name stands next to.
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.chain_orgs import org_starts
from kg.extract.place_like import is_place_like
from kg.extract.rolls import GAP, HEADING_MAX, ORDINAL
from kg.extract.titles import lexicon
from kg.model import Extraction

#: A roll line: a name, then its unit in brackets to the line's end.
_LINE = rx.compile(
    r"^[ \u3000\t]*(?P<name>[\u4e00-\u9fff]{2,8})[（(](?P<unit>[^（）()\n，。；]{4,40})[)）][ \u3000\t]*$",
    re.MULTILINE,
)
#: How many short headings may stand between a line and its neighbour.
HEADINGS_PASSED = 2


def unit_lines(ex: Extraction, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names opening roll lines of the module's shape next to lines whose names were found
    (``spans``, the names found so far)."""
    from kg.extract.names import surnames  # names calls this

    text = ex.article.text
    lines = [m for m in _LINE.finditer(text) if org_starts(ex, m.start("unit"))]
    if len(lines) < 2:
        return []
    found = set(spans)
    named = [(m.start("name"), m.end("name")) in found for m in lines]
    single, double = surnames()
    lex = lexicon()
    out = []
    for k, m in enumerate(lines):
        if named[k] or not any(named[j] for j in _neighbours(text, lines, k)):
            continue
        name, at = m.group("name"), m.start("name")  # a found piece of it (阿拉坦|某某某) grows to it
        surnamed = name[0] in single or name[:2] in double
        if not (surnamed and len(name) <= 4) and len(name) < 4:
            continue
        if lex.is_title(name) or is_place_like(ex, name, "（"):
            continue
        out.append((at, at + len(name)))
    return out


def _neighbours(text: str, lines: list[re.Match[str]], k: int) -> list[int]:
    """The lines of the shape right above and below line ``k``, over at most
    :data:`HEADINGS_PASSED` short headings."""
    out = []
    for j in (k - 1, k + 1):
        if not 0 <= j < len(lines):
            continue
        a, b = sorted((lines[j], lines[k]), key=lambda m: m.start())
        between = [ln.strip(GAP) for ln in text[a.end() : b.start()].split("\n")[1:-1]]
        between = [ln for ln in between if ln]
        if len(between) <= HEADINGS_PASSED and all(
            len(ln) <= HEADING_MAX and not ln.endswith("。") and not ORDINAL.fullmatch(ln) for ln in between
        ):
            out.append(j)
    return out
