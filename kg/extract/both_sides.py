"""Both sides of an encounter attending a later event together: ``会见后，双方共同出席某某座谈会``.

After a meeting of two people (:mod:`kg.extract.encounters`), ``双方`` or ``宾主`` (``宾主双方``)
names those two; a later sentence of the article in which they attend an event together (``双方
共同出席``, ``双方在某区一同参加``, ``宾主双方共同见证了某某签约仪式``, ``随后，双方出席了…``) gives
the event it names those two as attendees. Those who only joined the encounter (参加会见) are not
named by ``双方``. Counter-examples: ``双方`` with no encounter before it (two companies that sign:
``双方签署了协议``), the sides' people (``双方企业代表出席``, ``双方代表``), and a verb that attends
no event (``双方共同签署``).
"""

from __future__ import annotations

from kg import rx
from kg.extract.encounters import Encounter
from kg.extract.event_merge import Draft
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
