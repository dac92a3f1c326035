"""The sites an inspection's phrase of visiting names (考察了甲公司、乙基地和丙医院).

- the phrase is a list: ``、`` separates its items, and ``和/及/以及`` separates two items when
  the words on both sides end like a site (甲公司的种植基地和丙医院; not 甲和乙合作社, whose first
  part is no site);
- a home is named by its owner: ``脱贫户刘大顺家`` is the site ``刘大顺家``, the words before the
  name saying who he is;
- a kind of place (``园区和乡村``, ``农村``) names no site;
- where a site lies, written before it (``位于某区的某某公司``), is no part of its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg import rx

#: Words that join two items of a list.
_AND = rx.compile(r"以及|和|及")
#: Kinds of places that end like a site but name none (深入企业、园区和乡村).
_KINDS = ("乡村", "农村")
#: Where a site lies, written before it (位于某区的): no part of its name.
_WHERE = rx.compile(r"^位于[^的、，。]{1,20}的")
#: What a home's name ends in.
_HOME = "家"


def site_items(phrase: str, ends: tuple[str, ...], names: Iterable[str]) -> list[str]:
    """The items of ``phrase`` that end like a site (in ``ends``), in order; ``names`` are the
    persons of the sentence, whose homes are sites."""
    out: list[str] = []
    for item in phrase.split("、"):
        item = _WHERE.sub("", re.sub(r"^(了|在)", "", item))  # 位于某区的某某公司: the company
        parts = _AND.split(item)
        if len(parts) > 1 and all(len(p) >= 3 and p.endswith(ends) for p in parts):
            out.extend(parts)
        else:
            out.append(item)
    people = sorted(names, key=len, reverse=True)
    for i, site in enumerate(out):
        if site.endswith(_HOME):
            owner = next((p for p in people if site.endswith(p + _HOME)), None)
            out[i] = owner + _HOME if owner else site
    return [s for s in out if len(s) >= 3 and s.endswith(ends) and not s.endswith(_KINDS)]
