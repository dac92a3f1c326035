"""A unit honoured in the headline by a short name and in the body by its full one: one recipient.

A front page's headline names the honoured unit the way readers call it, and the lead names it in
full with the same award:

- ``省某某集团荣获全国五一劳动奖状`` over ``某省某某某某集团有限公司荣获全国五一劳动奖状``;
- ``市某某公司获评全国文明单位`` over ``青禾市某某某某有限公司获评…``;
- ``某某医院获评全国先进集体`` over ``青禾县某某人民医院被评为…``;
- ``县某某站获得工人先锋号`` over ``青禾县某某农业技术推广站获得…``.

Where a unit read in the headline or a subheadline receives an award that the body gives to one
other unit only, and the headline's name (without the level word a short name opens with: 省, 市,
县, 区, 州, 旗) is a short form of the body's name (:func:`shortens`), the headline's conferral is
the body's, written short, and is dropped.

Counter-examples: a headline unit whose name is no short form of the body's (``甲医院`` over
``乙学校``: two recipients); a body that gives the award to two units (the headline names one of
them, which is not sure); a unit of the body (both kept: the headline is the only place it is
named); a person's conferral (a name is no short form).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.company_shorts import in_order
from kg.model import AwardConferral, Extraction

#: The level word a short name of a provincial, city or county unit opens with (省能源集团).
LEVEL_WORDS = "省市县区州旗"
#: The shortest short form, without its level word (a kind word and a head of two characters).
MIN_SHORT = 3


def shortens(short: str, full: str) -> bool:
    """Whether ``short`` (a headline's name) is a short form of ``full``: without a leading level
    word it is at least :data:`MIN_SHORT` characters, its characters are in ``full`` in the same
    order, and its last two (the kind word: 集团, 公司, 医院) are written together there."""
    core = short[1:] if short[:1] in LEVEL_WORDS else short
    if short == full or len(core) < MIN_SHORT or len(core) >= len(full) or core[-2:] not in full:
        return False
    return in_order(core, full)


def headline_echoes(ex: Extraction, conferrals: Sequence[AwardConferral]) -> list[AwardConferral]:
    """``conferrals`` without those on a unit written short in the headline that the body honours
    in full with the same award (module docstring)."""
    body = ex.article.body_start
    units = [c for c in conferrals if c.organization]
    heads = [c for c in units if c.mention.start < body]
    if not heads:
        return list(conferrals)
    dropped = set()
    for head in heads:
        others = {
            c.recipient: c
            for c in units
            if c.award == head.award and c.mention.start >= body and c.recipient != head.recipient
        }
        if len(others) == 1 and shortens(head.mention.text, next(iter(others.values())).mention.text):
            dropped.add(id(head))
    return [c for c in conferrals if id(c) not in dropped]
