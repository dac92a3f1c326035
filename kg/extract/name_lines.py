"""A short line of names run together that the article names elsewhere: ``甲乙丙出席``.

A subheadline or a caption lists the leaders present with only spaces between their names, and
the spaces are often lost (``某某某某某某某某出席``, 某某某|某某某某|某某某). The tagger then cuts
across the names (a name glued to the next one's first character, a given name read as a place),
and a surname rule cannot cut a name with no surname (a Tibetan one). Yet the article names each
of them in its body, with a title. A stretch of a short line that these names tile exactly, two
of them at least, from a mark or the line's start to a word's end, is those names: found anywhere
else, each written in full.
"""

from __future__ import annotations

from kg.extract.titles import is_han
from kg.model import Extraction

#: The longest line read as a subheadline or a caption.
MAX_LINE = 40
#: The names one run holds at most.
_MAX_NAMES = 8


def _tile(text: str, start: int, names: frozenset[str], lengths: list[int]) -> list[tuple[int, int]]:
    """The longest run of ``names`` written one after the other from ``start`` (one way to read it
    each step: the longest name that goes on; a run that cannot is cut there)."""
    out: list[tuple[int, int]] = []
    pos = start
    while len(out) < _MAX_NAMES:
        step = next((n for n in lengths if len(w := text[pos : pos + n]) == n and w in names), 0)
        if not step:
            break
        out.append((pos, pos + step))
        pos += step
    return out


def name_lines(ex: Extraction, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the names that tile a run on a short line (see the module's doc), as (start,
    end); the names are those of ``hits`` (of two characters or more) found outside that line.
    The caller drops the hits that overlap them."""
    text = ex.article.text
    out: list[tuple[int, int]] = []
    line_start = 0
    ends = {t.end for t in ex.tokens}
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if 5 <= len(line) <= MAX_LINE:
            names = frozenset(text[s:e] for s, e in hits if e - s >= 2 and not (line_start <= s < line_end))
            lengths = sorted({len(n) for n in names}, reverse=True)
            pos = line_start
            while names and pos < line_end:
                if pos > line_start and is_han(text[pos - 1]):
                    pos += 1
                    continue  # a run starts at the line's start or after a mark
                run = _tile(text, pos, names, lengths)
                if len(run) >= 2 and run[-1][1] in ends:
                    out.extend(run)
                    pos = run[-1][1]
                else:
                    pos += 1
        line_start = line_end + 1
    return out
