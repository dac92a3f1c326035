"""Court trials: ``某市中级人民法院公开开庭审理…某某受贿一案``.

Grammar:
- a trial held is ``<court> (依法)(公开)开庭审理 … <defendant><charge>(一)案`` in the body, the court
  ending in 法院 and the verb not of the future (:mod:`kg.extract.reported`): the event named by
  the defendant and the charge (``王小明受贿案庭审``), held where the court sits (the place its name
  opens with), on the sentence's date;
- a hearing of a case named before (``公开开庭审理此案``, ``该案``): the last named defendant's case
  the text wrote before it (``某市原副市长甲受贿案``);
- a defendant the case keeps unnamed (``被告人张某某``) is no person: the trial is named by the
  form written, with no defendant among its people;
- those at a trial are the defendant (the last person named before the charge) and the people the
  article places in the courtroom by their part in it: the presiding judge and judges
  (``担任审判长``, ``审判员``), the prosecutor (``作为公诉人``, ``出庭支持公诉``) and counsel
  (``辩护人``); the public who 旁听 are named by no person;
- not a trial: a case only filed or judged (``受理``, ``宣判``, ``一审判决``), a trial to come
  (``将于…开庭审理``), a court named without the verb of hearing.
"""

from __future__ import annotations

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.extract.reported import reported
from kg.model import Extraction, Mention

#: A court hearing a case: the court, the verb, then the case up to its 案.
_HEARING = rx.compile(
    r"(?P<court>[^，。；：\n]{2,30}?法院)(?:依法)?(?:公开|不公开)?开庭审理(?P<case>[^。；\n]{1,80}?)一?案"
)
#: The parts people play in a courtroom: a sentence with one of these places its people there.
_PART = rx.compile(r"审判长|审判员|人民陪审员|公诉人|支持公诉|辩护人|出庭")
#: A defendant the case keeps unnamed, at its start (被告人张某某, 杨某某等7人): a trial all the same,
#: with no person for the defendant.
_UNNAMED = rx.compile(r"(?:被告人|上诉人)?(?P<who>[\u4e00-\u9fff]某某?)")
#: The charge after the defendant's name (受贿, 故意伤害): words up to the case's 案.
_CHARGE = rx.compile(r"[^，。；、\s]{1,12}$")


#: The case a hearing refers back to (开庭审理此案, 审理该案).
_THIS = ("此", "该", "本")
#: A named defendant's case, written before: the charge after the name, then 案 (甲受贿案).
_CASE = rx.compile(r"([^，。；、\s“”]{2,12}?)一?案(?=[，。；、）)的\s])")  # not 甲到案后


def _case_before(text: str, persons: list[Mention], at: int) -> tuple[list[Mention], str | None]:
    """The defendant and the charge of the last case the text names before ``at`` (``某市原副市长
    甲受贿案``: 甲, 受贿), for a hearing of 此案; ``([], None)`` where it names none."""
    for p in reversed([p for p in persons if p.end <= at]):
        case = _CASE.match(text, p.end, at)
        if case is not None:
            return [p], case.group(1)
    return [], None


def trials(ex: Extraction) -> list[Draft]:
    """The trials the body tells, each with the defendant and the people who sat in court."""
    text = ex.article.text
    found: list[Draft] = []
    if "开庭审理" not in text:  # the pattern tries every position: none is read without the verb
        return found
    persons = sorted((m for m in ex.mentions if m.label == "Person" and m.ref), key=lambda m: m.start)
    for m in _HEARING.finditer(text, ex.article.body_start):
        if not reported(ex, m.start("court"), m.end()):
            continue
        case_end = m.end("case")
        accused = [p for p in persons if m.start("case") <= p.start and p.end <= case_end]
        unnamed = _UNNAMED.match(text, m.start("case"), case_end)  # 被告人张某某: kept unnamed
        charge_text = None
        if not accused and unnamed is None and text[m.start("case") : case_end] in _THIS:
            accused, charge_text = _case_before(text, persons, m.start())  # 公开开庭审理此案
        if not accused and unnamed is None:  # 审理一起合同纠纷案: no defendant, no trial of a person
            continue
        who, who_end = (accused[-1].text, accused[-1].end) if accused else (unnamed["who"], unnamed.end())
        if charge_text is None:
            charge = _CHARGE.search(text, who_end, case_end)
            charge_text = charge.group(0) if charge else ""
        name = f"{who}{charge_text}案庭审"
        s, e = ex.article.sentence(m.start())
        court = [
            p
            for p in ex.mentions
            if p.label == "Place" and p.ref and m.start("court") <= p.start < m.end("court")
        ]
        place = court[0].ref if court else place_in(ex, s, e)
        draft = Draft(name, "Meeting", m.start(), m.end(), "庭审", date_near(ex, s, e), place)
        if accused:
            draft.attendees.append(accused[-1].ref or "")
        for cs, ce in ex.article.sentences():
            if cs < s or not _PART.search(text, cs, ce):
                continue
            for p in persons:
                if cs <= p.start < ce and p.ref not in draft.attendees:
                    draft.attendees.append(p.ref or "")
        found.append(draft)
    return found
