"""Tabular CVs: one period per line, as 任前公示 pages, official bios and obituaries print them.

Grammar:
- A line opens with a period, then spaces or a tab, then what the person did:
  ``1989.07—1995.03　某县财政局副科长、科长``. The dates are ``1989.07``, ``1989.7``,
  ``1989年7月`` or a year; between them —, ——, －, -, ~, 至 or 到. Each post of the line was held
  over the period (``since`` and ``until``); posts in parts separated by ，were held one after
  another (the first began at ``since``, the last ended at ``until``).
- An open period (``2018.06—　某市副市长``, ``2018.06至今``, ``2018.06—至今``) is held now: an
  ordinary holding with ``since``.
- A line of study (``1985.09—1989.07　某某大学经济系学生``, ``在某某党校学习``) holds no title chain
  and gives nothing; a note in brackets after the chain (``（其间：…在某校学习）``) dates nothing.
- The subject: the person of a heading line right before the lines (``王小明同志简历``,
  ``王小明简历：``), else the person whose name opens the paragraph before them
  (``王小明，男，汉族，1975年5月生，…``), across a bare heading (``简历：``); a note line in
  brackets between two lines keeps the block. No such person, no holdings (a schedule of works
  printed the same way names no one).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg import rx
from kg.extract.chains import ResolvedPost
from kg.extract.cv_chains import dated_posts, iso, run_chains
from kg.model import Extraction

_DATE = r"(?P<{y}>(?:19|20)\d{{2}})(?:[.．/](?P<{m}>\d{{1,2}})|年(?:(?P<{n}>\d{{1,2}})月)?)?"
#: A line of a tabular CV: the period, then spaces or a tab before what the person did.
LINE = rx.compile(
    r"^[ \t\u3000]*"
    + _DATE.format(y="y1", m="m1", n="n1")
    + r" ?(?:—{1,2}|－|-|―|–|~|～|至|到) ?(?:"
    + _DATE.format(y="y2", m="m2", n="n2")
    + r"|(?P<now>至今|今))?[ \t\u3000]+",
    re.M,
)
#: A heading before the lines: 简历, 王小明同志简历, 个人简历：.
HEADING = rx.compile(r"(?P<who>[^，,。：:\s]{0,12}?)(?:同志)?(?:的)?(?:个人|主要|工作)?(?:简历|生平)[：:]?")


def table_runs(
    ex: Extraction, lines: Mapping[int, str]
) -> list[tuple[str, ResolvedPost, bool, str | None, str | None]]:
    """(person, post, former, since, until) of each post on a line of a tabular CV with a
    subject; ``lines``: the person whose name opens the line, by the line's offset."""
    text = ex.article.text
    out: list[tuple[str, ResolvedPost, bool, str | None, str | None]] = []
    block_end = -1  # where the last line of the block read so far ends
    subject: str | None = None
    for m in LINE.finditer(text):
        start = m.start()
        if not _same_block(text, block_end, start):
            subject = _subject(text, lines, start)
        end = text.find("\n", m.end())
        block_end = len(text) if end < 0 else end
        if subject is None:
            continue
        since = iso(m["y1"], m["m1"] or m["n1"])
        until = iso(m["y2"], m["m2"] or m["n2"])
        if until is not None and until < (since or ""):
            continue  # no period: 2019—2018
        chains, still = run_chains(ex, m.end(), block_end)
        current = until is None or still
        for rp, first, last in dated_posts(ex, chains, (since, None if current else until), False):
            out.append((subject, rp, not current, first, last))
    return out


def _same_block(text: str, block_end: int, start: int) -> bool:
    """Does the line at ``start`` follow the block ending at ``block_end``, with nothing but note
    lines in brackets between (``（其间：…）``)?"""
    if block_end < 0 or start <= block_end:
        return False
    between = text[block_end + 1 : start].split("\n")
    return all(line.strip(" \u3000").startswith("（") for line in between if line.strip(" \u3000"))


def _subject(text: str, lines: Mapping[int, str], start: int) -> str | None:
    """The person of the heading or paragraph right before the line at ``start`` (see the
    module's grammar)."""
    pos = start - 1
    for _ in range(2):  # the line before, and the one before a bare heading
        if pos <= 0:
            return None
        line = text.rfind("\n", 0, pos) + 1
        row = text[line:pos].strip(" \u3000")
        while line < pos and text[line] in " \u3000":
            line += 1
        heading = HEADING.fullmatch(row)
        if line in lines and (heading is None or heading["who"]):
            return lines[line]  # 王小明，男，…; 王小明同志简历
        if heading is None or heading["who"]:
            return None  # any other line: the lines are no one's CV
        pos = line - 1  # 简历：
    return None
