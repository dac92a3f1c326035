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
"""

from __future__ import annotations

import bisect
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
    return out
