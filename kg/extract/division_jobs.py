"""An honouree's home divisions and plain job, written before the name in a conferral.

A conferral on a citizen names where he lives or works by its divisions and what he is by a plain
word the title lexicon does not hold (居民, 村民, 农民, 退休职工, 社区网格员, 个体经营户): the
division is his unit and the word his job, as in a roll's line (:mod:`kg.extract.roll_jobs`).
The entry opens after the conferral verb or a separator of the list and runs to the name:

- ``追授某市某区某某街道居民甲“某某英雄”称号``, ``授予某县某镇某村村民甲…称号``;
- ``授予某市某区退休职工甲、某县某乡个体经营户乙…称号`` (an entry each);
- ``某县某镇农民甲荣获…``, ``某市某区某某街道社区网格员甲被评为…`` (the clause before the verb).

Not an entry: a name right after its divisions (``授予某市某区甲…``: no job), a word that ends in an
organisation's suffix (``某镇卫生院甲``: a unit, :mod:`kg.extract.unit_jobs`), a word of prose
(``某市某区的甲``), a division's name the places layer did not read (``某县某某镇甲``), an entry that opens with no division the text names (``大会追授甲``), an
honouree whose post the people stage read already.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg import rx
from kg.extract.roll_jobs import division_job
from kg.extract.unit_jobs import ITEM_MARKS, PROSE, JobFacts
from kg.model import AwardConferral, Extraction, Holding, Mention, Organization, Post, clause_start

#: A conferral verb that opens the first entry (the last one before the name).
_VERB = rx.compile(r"追授|追认|授予|表彰|命名")
#: A division's name the places layer did not read (某县某某镇甲): no job.
_DIVISION = rx.compile(r"(?:[省市县区州旗盟镇乡村]|街道|社区|嘎查)$")


def division_jobs(
    ex: Extraction, conferrals: Iterable[AwardConferral], held: set[str]
) -> tuple[list[Organization], list[Post], list[Holding], list[Mention]]:
    """The organisations, posts, holdings and post mentions of the honourees of ``conferrals``
    (persons not in ``held``) written after their divisions and a plain job (module docstring)."""
    text = ex.article.text
    people = [c for c in conferrals if not c.organization and not c.place and c.recipient not in held]
    if not people:
        return [], [], [], []
    jobs = JobFacts()
    for c in people:
        name = c.mention
        if c.recipient in jobs.done:
            continue
        a = clause_start(text, name.start, ITEM_MARKS)
        verbs = list(_VERB.finditer(text, a, name.start))
        a = verbs[-1].end() if verbs else a
        items = division_job(ex, a, name.start) if a < name.start else []
        if len(items) != 1 or PROSE.search(items[0].split.role) or _DIVISION.search(items[0].split.role):
            continue
        jobs.add(ex, items, name, c.recipient, items[0].split.role)
    return jobs.result()
