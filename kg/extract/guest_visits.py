"""A guest's tour of sites, told beside the encounter it came to (``会见前，甲一行参观了某某公司``).

A report of a meeting with a visitor (:mod:`kg.extract.encounters`) often tells what the visitor
saw that day: ``会见前，某某一行参观了位于某区的某某有限公司``, ``当天下午，某某一行在副市长乙陪同下，
参观了某某城和某某集团有限公司``, ``此前，代表团一行参观了某某产业园``. That tour is an event of its own:

- its guest is the person named right before ``一行`` who is one of the encounter's people, or,
  for ``代表团一行`` (no name), the encounter's guest (its second person);
- those named in ``在…陪同下`` attend it too;
- its sites are the organisations named in the clause after ``参观``;
- its day is its sentence's, else the encounter's (会见前: the same day).

Not a guest's tour: 参观 with nobody of an encounter before ``一行`` (``与会人员参观了``, ``陪同客人
参观``), a tour wished or to come (``将参观``, :mod:`kg.extract.reported`), or an article with no
encounter.
"""

from __future__ import annotations

from kg import rx
from kg.extract.dates import date_near
from kg.extract.encounters import Encounter
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.extract.reported import reported
from kg.model import Extraction, Mention

#: ``一行``, perhaps who went along (在某某陪同下), then 参观 and what was seen, to the clause's end.
TOUR = rx.compile(
    r"一行(?:(?P<escort>在[^。；\n]{2,40}?陪同下)，?)?(?:先后|还|又)?(?P<verb>参观(?:考察)?)了?"
    r"(?P<sites>[^。；\n]{2,80}?)(?=[，。；\n]|$)"
)
#: What stands before 一行 for a delegation that is not named by its leader.
DELEGATION = "代表团"
#: The word that names the tour.
VERB = "参观"


def guest_visits(ex: Extraction, encounters: list[Encounter]) -> list[Draft]:
    """The guests' tours of the article (module docstring)."""
    if not encounters:
        return []
    text = ex.article.text
    persons = [m for m in ex.mentions if m.label == "Person" and m.ref]
    orgs = [m for m in ex.mentions if m.label == "Organization"]
    out: list[Draft] = []
    for m in TOUR.finditer(text):
        guest = _guest(text, m.start(), persons, encounters)
        if guest is None or not reported(ex, m.start(), m.end()):
            continue
        sites = [o for o in orgs if m.start("sites") <= o.start < m.end("sites")]
        if not sites:
            continue
        s, e = ex.article.sentence(m.start())
        if not any(d.label == "Date" and s <= d.start < e for d in ex.mentions):  # 会见前: that day
            s, e = ex.article.sentence(min(encounters, key=lambda enc: abs(enc.start - m.start())).start)
        who, key = guest
        draft = Draft(f"{who}一行{VERB}{sites[0].text}", "Inspection", m.start(), m.end(), VERB, None, None)
        draft.date, draft.place = date_near(ex, s, e), place_in(ex, *ex.article.sentence(m.start()))
        draft.sites.extend(o.text for o in sites)
        draft.attendees.append(key)
        if m.group("escort"):
            escort = range(m.start("escort"), m.end("escort"))
            draft.attendees += [p.ref for p in persons if p.start in escort and p.ref and p.ref != key]
        out.append(draft)
    return out


def _guest(text: str, at: int, persons: list[Mention], encounters: list[Encounter]) -> tuple[str, str] | None:
    """Who ``一行`` at ``at`` is, as (name, person key): a person of an encounter named right
    before it, or a delegation (代表团, the guest of the encounter nearest to it); else None."""
    named = next((p for p in persons if p.end == at), None)
    if named is not None:
        met = any(named.ref in enc.attendees for enc in encounters)
        return (named.text, named.ref) if met and named.ref else None
    if not text.endswith(DELEGATION, 0, at):
        return None
    paired = [enc for enc in encounters if len(enc.attendees) > 1]
    if not paired:
        return None
    nearest = min(paired, key=lambda enc: abs(enc.start - at))
    return DELEGATION, nearest.attendees[1]
