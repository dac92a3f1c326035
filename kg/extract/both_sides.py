"""Both sides of an encounter attending a later event together: ``会见后，双方共同出席某某座谈会``.

After a meeting of two people (:mod:`kg.extract.encounters`), ``双方`` or ``宾主`` (``宾主双方``)
names those two; a later sentence of the article in which they attend an event together (``双方
共同出席``, ``双方在某区一同参加``, ``宾主双方共同见证了某某签约仪式``, ``随后，双方出席了…``) gives
the event it names those two as attendees. Those who only joined the encounter (参加会见) are not
named by ``双方``. Counter-examples: ``双方`` with no encounter before it (two companies that sign:
``双方签署了协议``), the sides' people (``双方企业代表出席``, ``双方代表``), and a verb that attends
no event (``双方共同签署``).

A signing that both sides witness is an event of its own, though no meeting word names it
(``会见后，双方共同见证了甲公司与乙公司合作协议签约``, ``宾主双方见证了战略合作框架协议的签署``,
``双方还一同见证友好城市协议签字``, ``随后，双方见证了多个项目签约``): it is named by the
document and the act (合作协议签约), dated by its sentence, and the two sides attend it (named as
双方, or as the encounter's two people: ``会见后，甲与乙共同见证了某某备忘录的签署``). A
signing ceremony so witnessed (``双方共同见证了项目签约仪式``) is one too, told once where another
rule found it already; and a
witnessed thing that is no signing (``双方共同见证了两地友谊``) is no event.
"""

from __future__ import annotations

from kg import rx
from kg.extract.dates import date_near
from kg.extract.encounters import Encounter
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.model import Extraction

#: 双方/宾主(双方) + (在某地) (共同/一同/一起) + a verb of attending.
BOTH_ATTEND = rx.compile(
    r"(?:宾主)?(?:双方|宾主)(?:还|并|随后|又)?(?:在[^，。；\n]{1,12}?)?(?:共同|一同|一起)?"
    r"(?:出席|参加|见证|观摩|参观)了?"
)


def both_sides(ex: Extraction, encounters: list[Encounter], found: list[Draft]) -> None:
    """Give each event of ``found`` that both sides of an encounter attend (an event named in the
    sentence where ``双方`` attends, after the verb) that encounter's two principals."""
    text = ex.article.text
    for i, enc in enumerate(encounters):
        if len(enc.attendees) < 2:
            continue
        stop = encounters[i + 1].start if i + 1 < len(encounters) else len(text)
        for m in BOTH_ATTEND.finditer(text, enc.end, stop):
            e = ex.article.sentence(m.start())[1]
            for ev in found:
                if m.end() <= ev.start < e and ev.kind == "Meeting":
                    ev.attendees += [a for a in enc.attendees[:2] if a not in ev.attendees]


#: A witnessed signing, by the document (合作协议, 项目) and the act (签约, 签署, 签字).
SIGNING = rx.compile(
    r"((?:战略|全面|框架|投资|合作|友好|城市|关系|经贸|项目|重点|多个|[一二三四五六七八九十\d]+个)*"
    r"(?:协议|备忘录|合同|项目|意向书)(?:的)?(?:签约|签署|签字)(仪式)?)(?=[，。；\n]|$)"
)


#: A signing told right after the verb of witnessing, the act before the document: 见证某市政府与某某
#:集团签署战略合作协议 (the whole clause names it).
SIGNED = rx.compile(
    r"([^，。；\n]{2,40}?(?:签署|签订)了?[^，。；\n]{0,16}?(?:协议书?|备忘录|合同|意向书))()(?=[，。；\n]|$)"
)


#: The two sides named, then a verb of witnessing: 甲与乙共同见证了…, 甲、乙共同见证….
NAMED_WITNESS = rx.compile(r"(?:与|和|同|、)(?P<other>[^，。；\n]{2,16}?)(?:共同|一同|一起)?见证了?")


def _witnessed(ex: Extraction, enc: Encounter, start: int, stop: int) -> list[int]:
    """Where the verb of witnessing ends, in ``text[start:stop]``, whose subject is both sides of
    ``enc``: 双方/宾主 (BOTH_ATTEND with 见证), or its two people named (甲与乙共同见证了)."""
    text = ex.article.text
    ends = [m.end() for m in BOTH_ATTEND.finditer(text, start, stop) if "见证" in m.group()]
    people = {m.start: m for m in ex.mentions if m.label == "Person" and m.ref and start <= m.start < stop}
    sides = set(enc.attendees[:2])
    for first in people.values():
        m = NAMED_WITNESS.match(text, first.end)
        other = people.get(m.start("other")) if m else None
        if m and other is not None and other.end == m.end("other") and {first.ref, other.ref} == sides:
            ends.append(m.end())
    return sorted(ends)


#: A verb of witnessing right after the last of its named subjects: 甲、乙共同见证了…
_WITNESS_VERB = rx.compile(r"(?:共同|一同|一起)?见证了?")


def _named_witnesses(ex: Extraction, start: int, stop: int) -> list[tuple[int, tuple[str, ...]]]:
    """``(end of the verb, witnesses)`` of each sentence in ``text[start:stop]`` whose named people
    witness together, the last of them right before the verb (``会见后，甲、乙，某市委书记丙共同见证…``):
    the people of the host's side who did not meet the guest; a sentence that tells another
    encounter (``甲会见乙后，…``) is no such sentence."""
    text = ex.article.text
    people = [m for m in ex.mentions if m.label == "Person" and m.ref and start <= m.start < stop]
    out = []
    for last in people:
        m = _WITNESS_VERB.match(text, last.end)
        if m is None or "见证" not in m.group():
            continue
        s = ex.article.sentence(last.start)[0]
        if "会见" in text[s : last.start].replace("会见后", ""):
            continue
        named = tuple(dict.fromkeys(p.ref for p in people if s <= p.start <= last.start and p.ref))
        out.append((m.end(), named))
    return out


def witnessed_signings(ex: Extraction, encounters: list[Encounter], found: list[Draft]) -> list[Draft]:
    """The signings that both sides of an encounter witness (module docstring), or that people
    named after it witness, not in ``found``."""
    text = ex.article.text
    out: list[Draft] = []
    for i, enc in enumerate(encounters):
        stop = encounters[i + 1].start if i + 1 < len(encounters) else len(text)
        both = (
            [(end, enc.attendees[:2]) for end in _witnessed(ex, enc, enc.end, stop)]
            if len(enc.attendees) >= 2
            else []
        )
        named = [w for w in _named_witnesses(ex, enc.end, stop) if w[0] not in {b for b, _ in both}]
        for end, witnesses in sorted(both + named):
            s, e = ex.article.sentence(end - 1)
            sign = SIGNED.match(text, end, e) or SIGNING.search(text, end, e)
            if sign is None or any(end <= ev.start < e for ev in (*found, *out)):
                continue  # 见证了某某签约仪式: an event found already (or by another encounter)
            place = place_in(ex, *ex.article.sentence(enc.start))  # where the two sides met
            trigger = "仪式" if sign.group(2) else "签约"  # 见证了项目签约仪式: a ceremony
            ev = Draft(
                sign.group(1), "Meeting", sign.start(1), sign.end(1), trigger, date_near(ex, s, e), place
            )
            ev.attendees += list(witnesses)
            out.append(ev)
    return out
