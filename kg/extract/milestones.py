"""A work's milestone that people witness: a bridge closed, a plant connected to the grid.

Grammar:
- the lead (the body's first paragraph) tells a work that reaches a milestone, in a clause that is
  not of the future (:mod:`kg.extract.reported`): the work, adverbs (顺利, 成功, 正式, 实现 …), perhaps
  its extent (全容量, 全线) and the milestone's word (合龙, 贯通, 并网, 通车, 通水, 通电, 投产, 封顶,
  首航, 开通, 下线, 投运): ``某日，随着合龙段就位，某某大桥主桥顺利合龙。``;
- the work's name ends in a word of works (桥, 项目, 工程, 隧道, 电站, 公路, 铁路, 航线 …) and is
  read after what describes it (``某公司投资建设的某某项目``: after 的; ``某某高速控制性工程——
  某某大桥``: after the dash);
- it is an event only where the article tells people witnessing it (``等到场见证合龙``,
  ``见证了这一历史时刻``): a milestone only reported (``该项目去年实现并网``, a line opened
  with no one there) is news, no event. Those who witness it, and those who speak on site, are its
  attendees (:mod:`kg.extract.events`, by the milestone's word);
- the event is named by the work, its extent and the milestone's word (``某某特大桥主桥合龙``,
  ``某某项目全容量并网``); a milestone a meeting word names (``通车仪式``, ``投产仪式``) is that
  meeting's (:mod:`kg.extract.events`).
"""

from __future__ import annotations

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.extract.reported import reported
from kg.model import Extraction

#: The words of a milestone a work reaches.
MILESTONES = ("合龙", "贯通", "并网", "通车", "通水", "通电", "投产", "封顶", "首航", "开通", "下线", "投运")
#: The work, adverbs, its extent and the milestone's word, closing its clause (or before 发电, 运行).
_MILESTONE = rx.compile(
    r"([^，。；：、“”（）\s]{2,60}?)(?:顺利|成功|正式|全面|首次|如期|提前|实现|完成|了)*"
    r"(全容量|全线|全部)?(" + "|".join(MILESTONES) + r")(?:发电|运行|运营)?(?=[，。；！]|$)"
)
#: The ends of a work's name.
_WORK = rx.compile(
    r"(?:桥|大桥|主桥|项目|工程|隧道|电站|风电场|光伏电站|枢纽|公路|高速|铁路|轨道交通|线|航线|机场|站|大楼|厂房|生产线|管道|渠)$"
)
#: What describes the work before its name: 某公司投资建设的, 某某控制性工程——.
_DESCRIBED = rx.compile(r".*(?:的|——|—)")
#: Witnessing the milestone.
_WITNESS = "见证"
#: The moment witnessed, where the sentence does not name the milestone (见证了这一历史时刻).
_MOMENT = rx.compile(r"这一(?:历史性?|激动人心的|重要)?时刻")


def _witnessed(sentence: str, word: str) -> bool:
    """Does ``sentence`` tell people witnessing the milestone of ``word`` (见证合龙, 见证并网,
    见证了这一历史时刻)?"""
    return _WITNESS in sentence and (word in sentence or _MOMENT.search(sentence) is not None)


def milestones(ex: Extraction) -> list[Draft]:
    """The milestone the lead tells, witnessed by people the article names; [] if none."""
    text = ex.article.text
    start = ex.article.body_start
    lead_end = text.find("\n", start + 1)
    lead_end = len(text) if lead_end < 0 else lead_end
    if _WITNESS not in text[start:]:
        return []
    for m in _MILESTONE.finditer(text, start, lead_end):
        work = m.group(1)
        described = _DESCRIBED.match(work)
        at = m.start(1) + (described.end() if described else 0)
        work = text[at : m.end(1)]
        if len(work) < 4 or _WORK.search(work) is None or not reported(ex, at, m.end()):
            continue
        word = m.group(3)
        if not any(_witnessed(text[s:e], word) for s, e in ex.article.sentences()):
            continue  # no one witnesses it: news of a milestone, no event
        name = work + (m.group(2) or "") + word
        s, e = ex.article.sentence(m.start())
        return [Draft(name, "Meeting", at, m.end(3), word, date_near(ex, s, e), place_in(ex, s, e))]
    return []
