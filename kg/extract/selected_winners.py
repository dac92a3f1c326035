"""Winners of a selection: an award counted as a result, with no verb of conferral.

    经过推荐和评审，共评选出第三届青禾市道德模范10名。其中——
    助人为乐模范：王小明，青禾县红旗镇退休教师，义务辅导留守儿童；
    敬业奉献模范：李华（女），某某医院儿科主任。

The grammar:

- the selection: a verb of choosing a result (评选出, 评出, 选出, 产生, 揭晓) then the award and a
  count of winners (``10名``, ``十位``, ``20人``, ``5户``), the award quoted or not, and ending in a
  word of an honour (:data:`kg.extract.conferral_forms.HONOUR_ENDS`, or a prize's end): so
  ``产生了积极影响`` and ``选出代表10名`` are none;
- the winners: each paragraph after the selection's sentence that opens with a category and a
  colon (``助人为乐模范：``, ``“孝老爱亲”类：``, at most :data:`_CATEGORY_MAX` characters) or with
  the name itself, then a person's name (a gender or ethnic mark may follow) and a comma or a space;
  the category, without the word it shares with the award (:func:`kg.extract.unit_rolls.award_class`),
  is the winner's class. The run ends at the first paragraph that does not open so
  (``颁奖典礼上，…``).
- a selection may enumerate its classes first and count them (``评选出助人为乐、见义勇为、诚实守信
  等5类青禾市道德模范10名``); a sentence after it that opens with one of those classes and the name
  (``助人为乐模范甲，是…``, the word 模范 written or not, anywhere in the paragraphs after) features a
  winner of that class. A class the selection does not enumerate (``劳动模范乙``) features none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg import rx
from kg.extract.conferral_forms import HONOUR_ENDS, PRIZE_ENDS
from kg.extract.rolls import GAP
from kg.extract.unit_rolls import award_class
from kg.model import Extraction, Mention

#: 共评选出第三届青禾市道德模范10名; 评出2024年度“青禾好人”十位; 产生全市文明家庭20户.
_SELECTION = rx.compile(
    r"(?:评选出|评选产生|评出|选出|产生|揭晓)了?"
    r"(“[^“”\n]{2,30}”|[^，。；：:“”\s]{3,30}?)"
    r"[\d一二三四五六七八九十百两]+(?:名|位|人|户|个|家)"
)
#: A selection that enumerates its classes before counting them: 评选出甲、乙、丙等3类某某道德模范10名.
_CLASSED = rx.compile(
    r"(?:评选出|评选产生|评出|选出|产生)了?((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})等?"
    r"[\d一二三四五六七八九十]+类(“[^“”\n]{2,30}”|[^，。；：:“”\s]{3,30}?)"
    r"[\d一二三四五六七八九十百两]+(?:名|位|人)"
)
#: A sentence's opening before a featured winner's name: a class, then 模范 if written.
_CLASS_OPENING = rx.compile(r"(?:^|(?<=[。！？\n]))[ \u3000]*([\u4e00-\u9fff]{2,8}?)(?:模范)?$", re.MULTILINE)
#: What may stand between a winner's name and the rest of the line: a gender or ethnic mark, then
#: a comma or a space.
_AFTER_NAME = rx.compile(r"(?:[（(][^（）()\n]{1,8}[)）])?[，,　 ]")
#: The longest category before a winner's name (``敬业奉献模范：``, ``“孝老爱亲”类：``).
_CATEGORY_MAX = 12
_CATEGORY = rx.compile(r"“?([^\s，。；：:“”]{2,10})”?类?[：:]")


@dataclass(frozen=True)
class SelectedWinner:
    start: int  # the award's name in the selection
    award: str
    person: Mention
    category: str | None


def _award(raw: str) -> str | None:
    name = raw.strip("“”")
    return name if name.endswith(HONOUR_ENDS + PRIZE_ENDS) else None


def selected_winners(ex: Extraction, persons: Sequence[Mention]) -> list[SelectedWinner]:
    """The winners listed a paragraph each after each selection (``persons`` sorted by start)."""
    text = ex.article.text
    starts = [p.start for p in persons]
    out: list[SelectedWinner] = []
    for m in _SELECTION.finditer(text):
        award = _award(m.group(1))
        if award is None:
            continue
        line = text.find("\n", m.end())
        while 0 <= line < len(text):
            start = line + 1
            while start < len(text) and text[start] in GAP:
                start += 1
            category = None
            head = _CATEGORY.match(text, start, start + _CATEGORY_MAX + 2)
            if head is not None:
                category, start = award_class(head.group(1), award), head.end()
            k = bisect.bisect_left(starts, start)
            if k == len(starts) or starts[k] != start or _AFTER_NAME.match(text, persons[k].end) is None:
                break
            out.append(SelectedWinner(m.start(1) + m.group(1).startswith("“"), award, persons[k], category))
            line = text.find("\n", start)
    return out + _classed_winners(ex, persons)


def _classed_winners(ex: Extraction, persons: Sequence[Mention]) -> list[SelectedWinner]:
    """The winners featured after a selection that enumerates its classes, each opening a sentence
    with its class (``助人为乐模范甲，是…``)."""
    text = ex.article.text
    out: list[SelectedWinner] = []
    for m in _CLASSED.finditer(text):
        award = _award(m.group(2))
        if award is None:
            continue
        classes = set(m.group(1).split("、"))
        for p in persons:
            if p.start <= m.end():
                continue
            opening = _CLASS_OPENING.search(text, max(0, p.start - 12), p.start)
            if opening is not None and opening.group(1) in classes:
                out.append(
                    SelectedWinner(m.start(2) + m.group(2).startswith("“"), award, p, opening.group(1))
                )
    return out
