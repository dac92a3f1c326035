"""Units and jobs written right after a township's or a village's name.

Grammar:
- after a division, a township (``某某乡``, ``某某镇``) is a place where a unit of the township
  follows its name (``三岔河乡中心校``, ``某某镇卫生院``, ``某某乡人民政府``): schools, health centres
  and the stations and offices every township has; the township's name has a stem of two
  characters or more (``下乡中学`` is no township's school);
- a village (``某某村``) is a place where a village's job or room follows (``赵庄村村医``,
  ``某某村卫生室``, ``某某村村民``);
- not a township or village: a word that only ends like one before the unit (``城乡``, ``农村``: left
  out by :mod:`kg.extract.places`), and a school named after a village (``大村小学``), which
  :mod:`kg.extract.places` reads as a school's name.
"""

from __future__ import annotations

from kg import rx

#: A township's own units: the schools, health centre, police station and offices of a township.
_TOWN_UNIT = rx.compile(
    r"(?:中心校|中心学校|中心小学|中心幼儿园|初级中学|中学|小学|卫生院|派出所|人民政府|政府"
    r"|财政所|司法所|农技站|农业服务中心|综合文化站|文化站|敬老院|供电所|林业站|兽医站|便民服务中心)"
)
#: A village's jobs and rooms (村医 of 赵庄村村医).
_VILLAGE_UNIT = rx.compile(r"(?:村医|村民|村干部|卫生室|卫生所|网格员|调解员)")


def unit_after(name: str, text: str, end: int) -> bool:
    """Whether a unit or a job of the township or village ``name`` follows it at ``end``."""
    if name.endswith(("乡", "镇")) and len(name) >= 3:
        return _TOWN_UNIT.match(text, end) is not None
    if name.endswith("村") and len(name) >= 3:
        return _VILLAGE_UNIT.match(text, end) is not None
    return False
