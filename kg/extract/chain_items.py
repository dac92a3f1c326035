"""Chain items read again with what the chain and the article say around them.

After :func:`kg.extract.chains.parse_chain` splits a chain into ``<organisation><title>`` items,
an item's organisation may be written short of what it names:

- a foreign country's post, and the posts after it (:mod:`kg.extract.foreign_posts`);
- a subsidiary after its owner: the subsidiary (:mod:`kg.extract.unit_orgs`);
- a bare organ of a township or village at the head of a chain, in an article that names one
  (:mod:`kg.extract.local_units`); later items follow the chain's own place;
- a talent programme before a title (``长江学者特聘教授``): no organisation, a bare title
  (:func:`kg.extract.academy.is_programme`);
- 该 and an organisation's last word (``该局副局长``), or a bare group (``巡视组组长``): the
  organisation named before (:mod:`kg.extract.referred_orgs`).

A chain's start is read again too (:func:`chain_head`): a feature's subheadline (``——记某某有限公司
创始人王小明``) opens with a dash and 记, and a company may be introduced by a word of relation
(``控股子公司某某有限公司总经理``); neither is part of the organisation (:mod:`kg.extract.org_heads`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.academy import is_programme
from kg.extract.foreign_posts import foreign_split
from kg.extract.local_units import bare_level, local_written
from kg.extract.org_heads import name_start
from kg.extract.referred_orgs import referred
from kg.extract.titles import TitleSplit, split_title
from kg.extract.unit_orgs import subsidiary
from kg.model import Extraction

if TYPE_CHECKING:
    from kg.extract.chains import ChainItem


def reread(ex: Extraction, items: list[ChainItem]) -> list[ChainItem]:
    """``items`` with their organisations written out where the chain or the article names them."""
    out: list[ChainItem] = []
    country: str | None = None
    for n, item in enumerate(items):
        split, country = foreign_split(item.split, country)
        this = referred(ex, split.org, item.start) if split.org else None
        if this is not None:
            split = replace(split, org=this, rank=1)
        elif is_programme(split.org):
            split = replace(split, org="", rank=2)
        company = subsidiary(split.org) if split.org else None
        if company is not None:
            split = replace(split, org=company)
        local = (
            local_written(ex, split.org, split.role, item.start) if n == 0 or _new_level(out, split) else None
        )
        if local is not None:
            split = replace(split, org=local, rank=1)
        out.append(item if split == item.split else replace(item, split=split))
    return out


def _new_level(before: list[ChainItem], split: TitleSplit) -> bool:
    """Whether ``split``, after the items ``before`` in its chain, is a bare organ of a level the
    item before it is not of (县人大代表、村党支部书记: the village's branch, not the county's;
    东河镇党委书记、镇长 is the same township's head, by the chain)."""
    word = bare_level(split.org, split.role) if split.org else None
    return word is not None and word not in before[-1].split.org


#: The dash of a feature's subheadline (——记…).
DASH = "—"


def _org_title(rest: str) -> bool:
    split = split_title(rest)
    return split is not None and bool(split.org)


def chain_head(text: str, start: int, end: int) -> int:
    """Where the chain ``text[start:end]`` starts: after a leading dash, and after a feature's
    记 or a word of relation (:func:`kg.extract.org_heads.name_start`) when the rest is still an
    organisation and a title (``——记某某有限公司创始人``; ``子公司总经理`` keeps its word)."""
    seg = text[start:end]
    start += len(seg) - len(seg.lstrip(DASH))
    return name_start(text, start, end, _org_title)
