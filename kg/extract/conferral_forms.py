"""Two shapes of an award conferred on named people that :mod:`kg.extract.honours` reads too.

- a list of names, each with its title, right after the verb and right before the award:
  ``授予王小明院士、李华教授青禾科学奖``; the award is a prize, a medal or a quoted name
  (ends in 奖, 奖章, 勋章, 奖状, or ``“…”``), and nothing but names, titles and list marks stands
  between the verb and the award (``授予甲等十名专家…`` is left to the honours module);
- a passive conferral after the names: ``王小明同志被授予“青禾卫士”荣誉称号``, ``被追授…奖章``,
  several quoted awards in one clause (``被授予“甲”国家荣誉称号、“乙”“丙”称号``). The recipients
  are the names right before (``同志`` and an adverb such as 曾 may come between), with the names
  enumerated before them (``甲、乙同志被授予…``).

An award conferred with a verb of :data:`POSTHUMOUS_VERBS` (``追授``; ``追记`` of a merit citation,
``追记王小明个人一等功``) is posthumous: the recipient had died. ``追认`` is not read: it is
posthumous only in ``追认为烈士/党员`` (a status, not an award) and elsewhere means "ratify".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.address import COURTESY
from kg.extract.cut_names import LIST_MARKS
from kg.extract.titles import lexicon
from kg.model import Extraction, Mention

#: Verbs that confer an award on someone who has died.
POSTHUMOUS_VERBS = ("追授", "追记")
_ACTIVE = re.compile(r"(?<!被)(?:授予|追授|追记)")
_PASSIVE = re.compile(r"被(?:授予|追授|追记)")
#: What a prize, a medal or a merit citation (一等功, 个人二等功) ends in.
PRIZE_ENDS = ("奖", "奖章", "勋章", "奖状", "等功")
#: Adverbs between the recipients and 被授予.
ADVERBS = ("曾", "先后", "还", "也", "已", "均", "分别", "都")
#: Quoted awards of a passive conferral: “甲”国家荣誉称号、“乙”“丙”称号.
#: A quoted name is one award whatever punctuation it holds (“甲，乙”), up to 20 characters.
_QUOTED_RUN = re.compile(r"(?:“[^“”\n]{2,20}”(?:国家)?(?:荣誉)?(?:称号)?[、和及]?)+")
_QUOTED = re.compile(r"“([^“”]+)”")
#: A merit citation closing an award's name: its 等 is a grade, not a count of recipients.
_MERIT = re.compile(r"[一二三特]等功$")
#: An unquoted award up to the end of its clause.
_PLAIN = re.compile(r"[^，。；、“”\n]{2,30}")
_LONGEST_TITLE = 8


@dataclass(frozen=True)
class Conferred:
    """An award named at ``start`` (its name is ``name``, as written there) and its recipients."""

    start: int
    name: str
    recipients: tuple[Mention, ...]
    posthumous: bool = False  # conferred with a verb of POSTHUMOUS_VERBS


def _after_title(text: str, pos: int) -> int:
    """The end of the title or form of address that starts at ``pos`` (``pos`` if none)."""
    for word in COURTESY:
        if text.startswith(word, pos):
            return pos + len(word)
    title = lexicon().title_at(text, pos, _LONGEST_TITLE)
    return pos + len(title) if title else pos


def _plain_award(text: str, start: int) -> str | None:
    m = _PLAIN.match(text, start)
    if m is None:
        return None
    name = m.group()
    if "等" in _MERIT.sub("", name) or name.startswith("的"):
        return None  # 授予甲等十名专家某奖: a count of recipients, left to the honours module
    for end in ("荣誉称号", "称号"):
        if name.endswith(end) and len(name) - len(end) >= 2:
            return name[: -len(end)]
    return name if name.endswith(PRIZE_ENDS) else None


def _titled_list(ex: Extraction, persons: dict[int, Mention]) -> list[Conferred]:
    text = ex.article.text
    out: list[Conferred] = []
    for m in _ACTIVE.finditer(text):
        pos, names = m.end(), []
        posthumous = m.group() in POSTHUMOUS_VERBS
        while pos in persons:
            names.append(persons[pos])
            pos = _after_title(text, persons[pos].end)
            if text[pos : pos + 1] in LIST_MARKS and pos + 1 in persons:
                pos += 1
                continue
            break
        if not names:
            continue
        if text.startswith("“", pos):
            close = text.find("”", pos)
            name = text[pos + 1 : close] if 0 < close - pos <= 31 else ""
            if len(name) >= 2 and text[close + 1 : close + 2] in "，。；\n":
                out.append(Conferred(pos + 1, name, tuple(names), posthumous))
            continue
        name = _plain_award(text, pos)
        if name and name.endswith(PRIZE_ENDS):
            out.append(Conferred(pos, name, tuple(names), posthumous))
    return out


def recipients_before(
    text: str, pos: int, person_ends: dict[int, Mention], adverbs: bool = True
) -> tuple[Mention, ...]:
    """The person ending right before ``pos`` (after an adverb such as 曾 when ``adverbs``, and a
    form of address such as 同志) and the names enumerated right before that one."""
    for words in (ADVERBS if adverbs else (), COURTESY):  # 甲同志曾被授予: the adverb, then 同志
        word = next((w for w in words if text.endswith(w, 0, pos)), "")
        pos -= len(word)
    names: list[Mention] = []
    while pos in person_ends:
        names.append(person_ends[pos])
        start = person_ends[pos].start
        if start > 0 and text[start - 1] in LIST_MARKS and start - 1 in person_ends:
            pos = start - 1
            continue
        break
    return tuple(reversed(names))


def _passive(ex: Extraction, person_ends: dict[int, Mention]) -> list[Conferred]:
    text = ex.article.text
    out: list[Conferred] = []
    for m in _PASSIVE.finditer(text):
        recipients = recipients_before(text, m.start(), person_ends)
        if not recipients:
            continue
        posthumous = m.group()[1:] in POSTHUMOUS_VERBS
        run = _QUOTED_RUN.match(text, m.end())
        if run and run.group().rstrip("、和及").endswith("称号"):
            for q in _QUOTED.finditer(run.group()):
                out.append(Conferred(m.end() + q.start(1), q.group(1), recipients, posthumous))
            continue
        name = _plain_award(text, m.end())
        if name:
            out.append(Conferred(m.end(), name, recipients, posthumous))
    return out


def conferred(ex: Extraction) -> list[Conferred]:
    """Awards conferred in the two shapes of the module docstring, with their recipients."""
    persons = [m for m in ex.mentions if m.label == "Person" and m.ref is not None]
    starts = {m.start: m for m in persons}
    ends = {m.end: m for m in persons}
    return sorted([*_titled_list(ex, starts), *_passive(ex, ends)], key=lambda c: c.start)
