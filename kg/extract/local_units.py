"""A bare organ of a township or a village (``镇党委书记``, ``镇长``, ``村党支部书记``) in an
article that names one township or one village.

Written without its place, the organ is the township's or the village's that the text names
before it: the only one of that level named earlier in the sentence, else the only one named in
the article before the title (one named only later, or a tagger's place word such as 进村 after
the title, is no reading of it). Two townships named before it and none in the sentence: no
post, the place would be a guess. Townships and villages are the article's places of level ``township``
and ``village`` (keyed ``<county key>/<name>`` by :mod:`kg.extract.places` and
:mod:`kg.extract.visited_places`); the level word must agree (镇长 is no 乡's head).
"""

from __future__ import annotations

from kg.model import Extraction

#: A bare title's mark of being stationed in the village (驻村第一书记).
STATIONED = "驻村"

#: Level words of a bare organ, longest first, with the place level they name.
_LEVELS = (
    ("街道", "township"),
    ("社区", "village"),
    ("镇", "township"),
    ("乡", "township"),
    ("村", "village"),
)
#: The organs written after a bare level word (村党支部 -> 党支部, 村监委会 -> 监委会: the
#: village's supervisory committee), and the organs whose name holds the level word itself
#: (村委会 -> 某某村村委会, 村务监督委员会 -> 某某村村务监督委员会).
_ORGANS = (
    "党委",
    "党支部",
    "党总支",
    "党工委",
    "人民政府",
    "政府",
    "办事处",
    "居委会",
    "居民委员会",
    "监委会",
)
_WHOLE = ("村委会", "村民委员会", "村务监督委员会")
#: Heads of a township's or village's government written alone, by level word.
_HEADS = {"镇长": "镇", "副镇长": "镇", "乡长": "乡", "副乡长": "乡", "村主任": "村", "村委会主任": "村"}


def bare_level(org: str, role: str) -> str | None:
    """The level word (镇, 村 …) of a bare organ or head; None if it names none."""
    bare = _bare(org, role)
    return bare[0] if bare else None


def _bare(org: str, role: str) -> tuple[str, str] | None:
    """(level word, what follows the place) of a bare organ or head; None if it names none."""
    if not org:
        level = _HEADS.get(role)
        return (level, "") if level else None
    if org == STATIONED:
        return "村", ""  # 驻村第一书记: the village's first secretary
    for word, _ in _LEVELS:
        rest = org[len(word) :]
        if org in _WHOLE and org.startswith(word):
            return word, org
        if org.startswith(word) and rest in _ORGANS:
            return word, "人民政府" if rest == "政府" else rest
    return None


def _named(ex: Extraction, word: str, lo: int, hi: int) -> dict[str, int]:
    """The townships or villages of level word ``word`` named in ``text[lo:hi]``: name -> first
    offset. A place word the places stage could not set in a county counts too (热市镇 after
    另一个镇 named with its county): it is one more township the title might be of; not one of a
    single character before the level word (进村, 全村: a verb or a word of quantity and 村)."""
    level = dict(_LEVELS)[word]
    keys = {p.key for p in ex.places if p.level == level}
    found: dict[str, int] = {}
    for m in ex.mentions:
        name = ex.article.text[m.start : m.end]
        local = m.ref in keys if m.ref else len(name) > len(word) + 1 and name.endswith(word)
        if m.label == "Place" and local and name.endswith(word) and lo <= m.start and m.end <= hi:
            found.setdefault(name, m.start)
    return found


def local_written(ex: Extraction, org: str, role: str, offset: int) -> str | None:
    """The organisation, written out, of a bare township or village organ at ``offset``:
    ``镇党委`` -> ``某某镇党委``, ``村委会`` -> ``某某村村委会``, ``镇长`` (no organisation) ->
    ``某某镇`` (whose head it is); None when it is no bare organ or the place is not one."""
    bare = _bare(org, role)
    if bare is None:
        return None
    word, rest = bare
    here = _named(ex, word, ex.article.sentence(offset)[0], offset)
    if len(here) != 1:
        here = _named(ex, word, 0, offset)
    if len(here) != 1:
        return None
    return next(iter(here)) + rest
