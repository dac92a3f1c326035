"""A person whose report a meeting hears is at the meeting, though a 关于 follows the name.

A name followed by ``关于`` is usually cited, not present (``学习某某关于…的重要论述``). But a
meeting that hears someone's report hears it from that person in the room: ``会议听取了市长甲
关于…的汇报``, ``听取乙关于…情况的报告``, ``听取丙关于…的说明``, ``听取了丁关于…的情况通报``,
``听取戊所作的关于…的工作报告``. So a name with 听取 before it in its clause (titles between)
and ``关于…的`` a report, an account or an explanation after it is an attendee. A speech, an
instruction or a thesis of the person (``传达甲关于…的重要指示``, ``听取…关于甲的事迹介绍``) is
none: only the words of a report count, and only after 听取.
"""

from __future__ import annotations

from kg import rx

#: 听取 opening the clause that names the person, with titles and marks of a list between.
_HEARS = rx.compile(r"听取(?:了)?[^，。；：“”]{0,24}$")
#: What follows the name: 关于…的 and the report the person gives.
_REPORT = rx.compile(
    r"(?:所作的?)?关于[^，。；“”]{1,40}?的(?:工作|专题|情况)?(?:汇报|报告|说明|情况通报|通报)"
)


def heard_report(text: str, clause_start: int, start: int, end: int) -> bool:
    """Is the person named at ``[start, end)`` one whose report the meeting hears (听取甲关于…的汇报)?"""
    return bool(_REPORT.match(text, end)) and bool(_HEARS.search(text, max(clause_start, start - 30), start))
