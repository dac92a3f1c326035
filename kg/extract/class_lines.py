"""Lines of a roll that each open with a class and a colon, then name its entries (``助人为乐类：
某街道某社区居民甲；某镇某村村民乙。``): a list's entries grouped by class, the way a ranking of
good people (好人榜) or of models prints them.

The lines follow the roll's heading (``上榜名单如下：``) one after another; each opens with a class of
two to eight characters ending in 类 and a colon. An entry is a unit and a job, then a name, up to
a semicolon, a comma or the line's full stop: the person named last in it is the entry. The class
is the entries' category, written without its 类 (``助人为乐``). The first line that opens with no
class ends the roll (a paragraph of prose after it).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg import rx
from kg.model import Extraction, Mention

#: A line opening with a class and a colon: 助人为乐类：, 见义勇为类:.
CLASS_LINE = rx.compile(r"[ \u3000]*([\u4e00-\u9fff]{2,8})类[：:]")
#: Where an entry ends within its line.
_ENTRY_ENDS = "；;，,。"


def class_entries(
    ex: Extraction, offset: int, persons: Sequence[Mention], stop: int
) -> list[tuple[Mention, str]]:
    """``(person, class)`` of each entry on the class lines that follow the line holding ``offset``,
    before ``stop``."""
    text = ex.article.text
    out: list[tuple[Mention, str]] = []
    line = text.find("\n", offset)
    while 0 <= line < stop:
        start = line + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = CLASS_LINE.match(text, start, end)
        if m is None:
            if text[start:end].strip(" \u3000"):
                break  # prose: the roll is over
            line = end if end < len(text) else -1
            continue
        inside = [p for p in persons if m.end() <= p.start and p.end <= end]
        for p in inside:
            after = text[p.end : p.end + 1]
            if after in _ENTRY_ENDS or p.end == end:  # the name closes its entry
                out.append((p, m.group(1)))
        line = end if end < len(text) else -1
    return out
