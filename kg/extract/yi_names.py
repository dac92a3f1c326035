"""Yi names, which the tagger cuts (``曲|比|阿某``, ``勒古某|则``) or does not read (``俄|底子|莫``).

A Yi name is a clan name (家支) of two characters, then a given name of two: ``吉克某某``, ``曲比某某``
(general knowledge of the clan names, in ``kg/lexicons/yi_clan_names.txt``, as the surname list is
of Han names; no one person's name is in it). The four characters are one name where the grammar
or the tagger says a name stands there:

- right after a title (``村党支部书记俄底某某介绍``) or a word of a person's standing (``村民``,
  ``老人``, ``群众``: ``走进村民勒古某某家``);
- where the tagger read a name inside the four characters (``曲|比|阿某`` with 阿某 a name,
  ``勒古某|则`` with 勒古某 a name). A clan name that opens with a common Han surname (马海, 苏呷)
  does not grow a name of three characters the tagger read whole (``马海峰``: a Han name).

Counter-examples: a clan name in a word (``阿西村``: the next characters are a level word), two
characters after it that hold a mark or a digit, and a clan name no title or name stands by.
"""

from __future__ import annotations

import functools
from importlib import resources

from kg.extract.name_runs import common_surnames
from kg.extract.tibetan_names import crosses
from kg.extract.titles import is_han
from kg.model import Extraction

#: Words of a person's standing right before a name (村民某某, 老人某某).
STANDING = ("村民", "老人", "群众", "牧民", "农民", "妇女", "老党员", "脱贫户", "贫困户", "青年")
#: A level word after four characters: a village or a township named after the clan (阿西村).
_LEVEL_AFTER = "村乡镇县社组"


@functools.cache
def clans() -> frozenset[str]:
    """The commonest Yi clan names (``kg/lexicons/yi_clan_names.txt``)."""
    text = resources.files("kg.lexicons").joinpath("yi_clan_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def yi_names(ex: Extraction, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of Yi names where the grammar or the tagger puts a name (module docstring). A span
    overlaps no name of ``hits`` but those it holds whole and is longer than: the caller drops
    those."""
    from kg.extract.names import after_title  # names calls this module: imported here

    text = ex.article.text
    known = clans()
    common = common_surnames()
    out: list[tuple[int, int]] = []
    for pos in range(1, len(text) - 3):
        if text[pos : pos + 2] not in known:
            continue
        end = pos + 4
        if not is_han(text[pos:end]) or text[end : end + 1] in _LEVEL_AFTER or crosses(hits, pos, end):
            continue
        inside = [(s, e) for s, e in hits if pos <= s and e <= end]
        if (pos, pos + 3) in inside and text[pos] in common:
            continue  # 马海峰: a Han name of three characters
        titled = after_title(text, pos) or text.endswith(STANDING, 0, pos)
        if inside or titled:
            out.append((pos, end))
    return out
