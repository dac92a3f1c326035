"""Names on a roll that the tagger read as something else (a place: ``某尔古``).

A roll prints one person a line, the name first, a space, then the post to the end of the line
(:mod:`kg.extract.rolls`)::

    王小明　青禾县红旗镇东沟村党支部书记
    沙木尔　青禾县公安局某某派出所所长

Where the tagger found the names of the lines around it, a line of the same shape opens with a
name too, even if the tagger read it as a place or did not read it at all: 2 to 4 Han characters
from a surname, a space, and a whole title chain to the end of the line. Not a division's name
(``青禾县　某某``), not a title (``书记　某某``), not a line that no found name stands next to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.place_like import is_place_like
from kg.extract.rolls import GAP, ORDINAL, roll_chain
from kg.extract.titles import is_han, lexicon
from kg.model import Extraction

if TYPE_CHECKING:
    from kg.extract.names import NameHit

#: The lengths a name opening a roll line may have.
NAME_LENGTHS = range(2, 5)


def _field(line: str) -> tuple[int, str] | None:
    """The first field of a roll line: (its offset in the line, its text), or None."""
    body = line.lstrip(GAP)
    ordinal = ORDINAL.match(body)
    if ordinal:
        body = body[ordinal.end() :].lstrip(GAP)
    lead = len(line) - len(body)
    gap = next((i for i, c in enumerate(body) if c in GAP), -1)
    return (lead, body[:gap]) if gap > 0 else None


def roll_names(ex: Extraction, hits: list[NameHit], covered: set[int]) -> list[NameHit]:
    """Names that open roll lines next to lines whose names were found (not in ``covered``)."""
    from kg.extract.names import surnames, with_gender  # names calls this

    text = ex.article.text
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):  # one pass over the lines; the hits are looked up in a set
        lines.append((pos, line))
        pos += len(line) + 1
    opened = {h.start for h in hits}
    rolled = [False] * len(lines)
    for k, (start, line) in enumerate(lines):
        field = _field(line)
        if field and start + field[0] in opened:
            rolled[k] = roll_chain(ex, start + field[0], start + field[0] + len(field[1]))[1] != []
    single, double = surnames()
    lex = lexicon()
    out: list[NameHit] = []
    for k, (start, line) in enumerate(lines):
        field = _field(line)
        if (
            rolled[k]
            or field is None
            or not (k > 0 and rolled[k - 1] or k + 1 < len(lines) and rolled[k + 1])
        ):
            continue  # a found name's line, no roll line, or no found name's line next to it
        at, name = start + field[0], field[1]
        if (
            len(name) not in NAME_LENGTHS
            or not is_han(name)
            or any(i in covered for i in range(at, at + len(name)))
        ):
            continue
        if not (name[0] in single or name[:2] in double) or lex.is_title(name):
            continue
        if is_place_like(ex, name, text[at + len(name) : at + len(name) + 2]):
            continue  # 青禾县　某某: a division heading the lines of its people
        if roll_chain(ex, at, at + len(name))[1]:
            out.append(with_gender(text, at, at + len(name)))
            covered.update(range(at, at + len(name)))
    return out
