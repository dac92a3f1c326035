"""A roll line's job that the title lexicon does not know (``青禾县某某镇个体经营户``).

A roll of honourees (:mod:`kg.extract.rolls`) prints after each name where the person works or
lives and what they do. Where that is no title chain, it is still an entry when it is a chain of
division names followed by a plain word of a job or a status: ``某市某区某某街道退休职工``,
``某市某县某某镇个体经营户``. The division is the person's unit and the word the job. A word that
ends in an organisation's suffix is no job (``某县某某镇卫生院``: a unit with no job), nor a
word that starts with a division of its own.
"""

from __future__ import annotations

from kg import rx
from kg.extract.chains import ChainItem
from kg.extract.org_suffixes import suffix_of
from kg.extract.titles import TitleSplit, is_han
from kg.model import Extraction

#: The lengths of a plain job word after the divisions (农民, 退休职工, 个体经营户).
JOB_LENGTHS = range(2, 7)
#: A roll line's unit and job printed apart: ``某县某镇某村　农民``, ``某某公司　值班长``.
_SPACED = rx.compile(r"([\u4e00-\u9fff\d（）()]{2,40})[ \u3000\t]+([\u4e00-\u9fff]{2,8})")


def division_job(ex: Extraction, start: int, end: int) -> list[ChainItem]:
    """``text[start:end]`` read as divisions and a job word (or as a unit and a job word apart,
    :func:`spaced_job`): one item, else []."""
    text = ex.article.text
    spaced = spaced_job(ex, start, end)
    if spaced:
        return spaced
    pos = start
    while pos < end:
        step = max(
            (
                len(f)
                for p in ex.places
                for f in (p.name, *p.aliases)
                if text.startswith(f, pos) and pos + len(f) < end
            ),
            default=0,
        )
        if not step:
            break
        pos += step
    job = text[pos:end]
    if pos == start or len(job) not in JOB_LENGTHS or not is_han(job) or suffix_of(job) is not None:
        return []
    return [ChainItem(start, end, TitleSplit(text[start:pos], job, job, 1))]


def spaced_job(ex: Extraction, start: int, end: int) -> list[ChainItem]:
    """``text[start:end]`` read as a unit, spaces and a job word (``某县某镇某村　农民``): the unit
    as written and the word, whatever the word is, as the job, when the unit opens with a place the
    text names or ends in an organisation's suffix, and the word is no unit (``卫生院``) and names no division of its
    own; else []."""
    text = ex.article.text
    m = _SPACED.fullmatch(text, start, end)
    if m is None or suffix_of(m.group(2)) is not None:
        return []
    if any(text.startswith(f, m.start(2)) for p in ex.places for f in (p.name, *p.aliases)):
        return []  # 某市某区　某县某镇: two units, no job
    if suffix_of(m.group(1)) is None and not any(
        text.startswith(f, start) for p in ex.places for f in (p.name, *p.aliases)
    ):
        return []  # 王小明　参加会议: the line's words name no unit
    job = m.group(2)
    return [ChainItem(start, end, TitleSplit(m.group(1), job, job, 1))]
