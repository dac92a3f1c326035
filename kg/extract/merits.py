"""Merit citations and commendations conferred on a named person, which :mod:`kg.extract.honours`
reads besides its awards with 称号.

- a merit citation: ``给予/为 (某职务)王小明(同志)记(个人)二等功``, ``王小明荣立个人一等功``; the
  award is the citation as written after the verb (``个人二等功``, ``二等功``). ``追记`` before the
  names is read by :mod:`kg.extract.conferral_forms`; ``追记`` after them (``为王小明追记一等功``)
  is posthumous here;
- a commendation: ``对王小明(同志)予以/给予(通报)嘉奖``, ``给予王小明(同志)(通报)嘉奖``, ``对王小明予以
  通报表扬``; the award is ``嘉奖`` (or ``通报嘉奖``, ``通报表扬``; a plain 表扬 is praise, no award).

The recipients are the person right before the verb and the names enumerated before that one
(``甲、乙同志记三等功``). A citation of a unit (``某大队荣立集体二等功``) names no person and gives
nothing.
"""

from __future__ import annotations

from kg import rx
from kg.extract.conferral_forms import Conferred, recipients_before
from kg.model import Extraction, clause_start

#: A merit citation after its recipients: 记二等功, 荣立个人一等功, 追记一等功.
_MERIT = rx.compile(r"(?:被|予以)?(荣立|记|荣记|追记)((?:个人|集体)?[一二三特]等功)")
#: A commendation after its recipients: 予以嘉奖, 给予通报嘉奖, 嘉奖 right after 给予某某.
_COMMEND = rx.compile(r"(?:予以|给予)?((?:通报)?嘉奖|通报表扬)")
#: What must open the clause of a commendation: someone commends the named person.
_COMMENDER = rx.compile(r"(?:对|给予)")


def merits(ex: Extraction) -> list[Conferred]:
    """Merit citations and commendations of named persons, in text order."""
    text = ex.article.text
    person_ends = {m.end: m for m in ex.mentions if m.label == "Person" and m.ref is not None}
    out: list[Conferred] = []
    for m in _MERIT.finditer(text):
        recipients = recipients_before(text, m.start(), person_ends, adverbs=False)
        if recipients:
            out.append(Conferred(m.start(2), m.group(2), recipients, m.group(1) == "追记"))
    for m in _COMMEND.finditer(text):
        recipients = recipients_before(text, m.start(), person_ends, adverbs=False)
        if not recipients:
            continue
        clause = clause_start(text, recipients[0].start, "，。；：\n")
        if _COMMENDER.search(text, clause, recipients[0].start) is None:
            continue  # 王小明嘉奖了… : the person commends, no one commends him
        out.append(Conferred(m.start(1), m.group(1), recipients))
    return sorted(out, key=lambda c: c.start)
