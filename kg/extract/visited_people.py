"""People a leader visits or who brief the leader on a tour: they take part in the visit.

Grammar:
- a visit to a person: ``看望(了)老干部甲``, ``慰问(了)困难党员甲``, ``看望慰问甲``, ``探望甲``,
  ``走访(了)脱贫户甲``: every name of the sentence is at the visit, the visited one too (a
  message or a gift of sympathy is no visit: ``慰问信``, ``慰问电``, ``慰问金``, ``慰问品``,
  ``慰问团``, ``慰问演出``; nor sympathy expressed, ``表示慰问``, ``致以慰问``; nor a task:
  ``要经常看望老干部``; nor leaders who each go their own way, ``甲、乙等分别走访慰问…``);
- a visit to a home: ``来到低保户甲家中``, ``走进村民甲家``: the visitors are there; the household
  visited is not made an attendee (``甲家中`` stays an owner's name, :data:`kg.extract.event_words.OWNER`,
  as tests/test_genre_events_k.py and tests/test_genre_tours.py hold), nor is a name owned by 的
  (``看望烈士甲的家属``: the relatives are visited, the name is not there);
- a briefing on a tour: ``镇党委书记甲汇报了圩堤分段值守和夜间巡查情况``, ``甲汇报了…工作``,
  ``甲就…作了汇报``, ``甲汇报了…进展``: who reports in person is at the tour or meeting the
  sentence belongs to (the report's subject may be long); a task to report (``要及时汇报情况``,
  ``将汇报``) or a body named so (``情况汇报会``) is none.
"""

from __future__ import annotations

#: Verbs of visiting a person or of reporting in person, as one regex alternation to join to
#: the attendance verbs of :mod:`kg.extract.events`.
VISITS = (
    r"(?<![要需应须将])(?<!表示|致以|转达|分别)(?<!分别走访|分别看望)(?:看望|探望|慰问(?![信电金品团演])|走访(?:了)?[^，。；]{0,8}?(?:户|家))"
    r"|(?<![要需应须将])(?:来到|走进|步入|到)[^，。；]{1,12}?家(?:中|里)"
    r"|(?<![要需应须将时])汇报了?[^，。；]{0,24}?(?:情况|工作|进展|做法|打算|成效)(?![会室组队站])"
    r"|(?<![要需应须将])就[^，。；]{1,24}?作了?(?:专题|工作)?汇报(?![会])"
)
