"""Names of a list of members under a title: ``新一届镇党委委员（按姓氏笔画为序）：甲、乙、丙。``

A company's notice lists its board and managers the same way, each name with its 先生 or 女士
(``非独立董事：甲先生、乙女士``, ``总经理：丙先生``): one name is a list there.

A congress's or a committee's new members are printed after their title, an aside in brackets
(the order: ``按姓氏笔画为序``; a count) and a colon, parted by 、 to the end of the sentence. Each
item there is a name, whatever the tagger made of it (a name it read as a noun): two to four Han
characters that open with a surname (a single one, or a double one), or a dotted name. The list
counts only where a title of the lexicon ends right before the aside or the colon, every item has
that shape and the tagger reads at least one of them as a person; a list of other things (``出席
会议的有：…``, ``主要任务：…``) has no title before it, or items of no name's shape.
:mod:`kg.extract.people` gives the title's post to them.
"""

from __future__ import annotations

from kg import rx
from kg.extract.appointments import ADDRESS_GENDER, NAME_ITEM
from kg.extract.cut_names import title_before
from kg.extract.titled_names import FUNCTION_CHARS
from kg.model import Extraction

#: An aside, a colon, and names parted by 、, to the end of the sentence (two or more, or one
#: with the 先生 or 女士 of a company's notice).
MEMBER_LIST = rx.compile(
    rf"(?:[（(][^（）()\n]{{1,16}}[)）])?[：:](?P<names>{NAME_ITEM}(?:、{NAME_ITEM})*)(?=[。；;\n]|$)"
)
#: The forms of address after each name of a company's notice (董事长：某某某先生).
_ADDRESS = tuple(ADDRESS_GENDER)


def member_names(ex: Extraction, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the names of such lists (the module's doc) that no hit is exactly."""
    from kg.extract.names import surname_first  # names calls this: imported here

    text = ex.article.text
    known = set(hits)
    out: list[tuple[int, int]] = []
    for m in MEMBER_LIST.finditer(text):
        if not title_before(text, m.start()):
            continue
        spans = []
        pos = m.start("names")
        listed = m["names"].split("、")
        addressed = all(item.endswith(_ADDRESS) for item in listed)
        if len(listed) < 2 and not addressed:
            continue
        for item in listed:
            name = item[: -len(_ADDRESS[0])] if addressed else item
            spans.append((pos, pos + len(name)))
            pos += len(item) + 1
        items = [text[s:e] for s, e in spans]
        shaped = all(
            "·" in name
            or (2 <= len(name) <= 4 and not any(c in FUNCTION_CHARS for c in name) and surname_first(name))
            for name in items
        )
        if not shaped or not (addressed or any(span in known for span in spans)):
            continue
        out += [span for span in spans if span not in known]
    return out
