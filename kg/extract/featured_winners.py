"""Winners counted in the award sentence and then featured one paragraph each.

    今年共有10名民警获评“某某最美民警”。
    王小明，青禾县公安局某某派出所所长。他扎根山区十二年……
    李华（女），某某集团有限公司高级技师。她……

The grammar:

- the award sentence counts its recipients (``共有10名民警``, ``20位同志``, ``5个集体``) and names
  none before the award, and it closes its paragraph;
- each paragraph after it that opens with a person's name (a gender mark may follow), then a
  comma or a space, then a unit (a place or an organisation first) up to the end of that first
  sentence, features one winner; the run ends at the first paragraph that does not
  (``发布仪式由某某主办。``), and a name followed by a verb (``王小明说，…``) is none;
- without a count (``王小明获评某某。李华，某某所长。``) the award is of the named person only.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from kg import rx
from kg.extract.chain_orgs import org_starts
from kg.extract.rolls import GAP
from kg.model import Extraction, Mention

#: A count of recipients before the award: 共有10名, 20位, 十个.
_COUNT = rx.compile(r"[\d一二三四五六七八九十百两]+(?:名|位|个|人)")
#: What may stand between a featured name and its unit: a gender or ethnic mark, then a comma or a space.
_AFTER_NAME = rx.compile(r"(?:[（(][^（）()\n]{1,8}[)）])?[，,　 ]")
#: The longest first sentence of a featured paragraph (the name, the unit and the post).
_FIRST_SENTENCE_MAX = 60


def featured_winners(ex: Extraction, award_start: int, persons: Sequence[Mention]) -> list[Mention]:
    """The persons featured one paragraph each after the award sentence at ``award_start`` that
    counts its recipients (``persons`` sorted by start)."""
    text = ex.article.text
    s, e = ex.article.sentence(award_start)
    starts = [p.start for p in persons]
    lo = bisect.bisect_left(starts, s)
    if not _COUNT.search(text, s, award_start) or (lo < len(starts) and starts[lo] < award_start):
        return []  # no count, or recipients named in the sentence itself
    line = text.find("\n", award_start)
    if line < 0 or text[e:line].strip(GAP):
        return []  # the sentence does not close its paragraph
    out: list[Mention] = []
    while 0 <= line < len(text):
        start = line + 1
        while start < len(text) and text[start] in GAP:
            start += 1
        k = bisect.bisect_left(starts, start)
        if k == len(starts) or starts[k] != start:
            break
        person = persons[k]
        after = _AFTER_NAME.match(text, person.end)
        stop = text.find("。", person.end, person.end + _FIRST_SENTENCE_MAX)
        nxt = text.find("\n", start)
        if after is None or stop < 0 or 0 <= nxt < stop or not org_starts(ex, after.end()):
            break
        out.append(person)
        line = nxt
    return out
