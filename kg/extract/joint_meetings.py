"""A meeting that both sides of an encounter hold: ``甲会见了乙。双方举行了座谈会``.

After a meeting of two people (:mod:`kg.extract.encounters`), ``双方`` names those two. A meeting
they hold (``双方举行座谈会``) in the same sentence or the next one is an event of its own, with
the encounter's attendees; their talk when they met (``双方就深化合作进行座谈交流``, ``双方进行了
座谈``) is the encounter's, no meeting of its own. ``双方`` with no encounter before it (two companies
that sign, two teams that play) names no one.
"""

from __future__ import annotations

from kg import rx
from kg.extract.encounters import Encounter
from kg.model import Extraction

#: ``双方`` holding a meeting: 双方举行了座谈会, 双方就…举行恳谈会; not their talk at the encounter
#: (双方就深化合作进行座谈交流, 双方进行了座谈: what the two did when they met, no meeting of its own).
JOINT = rx.compile(
    r"双方(?:还|并|随后|又)?(?:就[^，。；\n]{2,40}?)?(?:举行|进行|召开)了?"
    r"(?P<kind>[^，。；\n]{0,8}?(?:座谈会|恳谈会|交流会))"
)


def joint_meetings(ex: Extraction, encounters: list[Encounter]) -> list[Encounter]:
    """The meetings that both sides of one of ``encounters`` hold in its sentence or the next one."""
    text = ex.article.text
    out: list[Encounter] = []
    for enc in encounters:
        if len(enc.attendees) < 2:
            continue
        s, e = ex.article.sentence(enc.start)
        stop = ex.article.sentence(e)[1] if e < len(text) and text[e - 1] != "\n" else e
        for m in JOINT.finditer(text, enc.end, stop):
            out.append(Encounter(f"双方{m['kind']}", m.start(), m.end(), m["kind"], enc.attendees))
    return out
