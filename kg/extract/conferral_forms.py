"""Shapes of an award conferred on named people that :mod:`kg.extract.honours` reads too.

- a list of names, each with its title, right after the verb and right before the award:
  ``授予王小明院士、李华教授青禾科学奖``, or with a title chain before it (``授予某某大学教授王小明…奖``); the award is a prize, a medal or a quoted name
  (ends in 奖, 奖章, 勋章, 奖状, or ``“…”``), and nothing but names, titles and list marks stands
  between the verb and the award (``授予甲等十名专家…`` is left to the honours module);
- a passive conferral after the names: ``王小明同志被授予“青禾卫士”荣誉称号``, ``被追授…奖章``,
  ``被授予“某某五一劳动奖章”`` (a quoted medal or prize, with no 称号),
  several quoted awards in one clause (``被授予“甲”国家荣誉称号、“乙”“丙”称号``). The recipients
  are the names right before (``同志`` and an adverb such as 曾 may come between), with the names
  enumerated before them (``甲、乙同志被授予…``);
- an honour received after the names: ``王小明被评为青禾市劳动模范`` (unquoted only when it ends
  like an honour title, :data:`HONOUR_ENDS`, or a prize, or is a class of praise: ``获评2024年度
  某市最美护士``; not ``考核被评为优秀等次``, an appraisal's grade), ``先后被评为“甲”“乙”``, ``荣获…奖章``;
  ``王小明获得青禾省科技进步奖`` (获得: a prize only, unquoted, the name right before the verb;
  ``获得过某奖``, the perfect, too; ``获得过很多奖`` counts prizes and names none);
- a named prize after a bare 获: ``王小明获某省最高科学技术奖``, the prize's name opening with a
  place or a year (国家, 全国, 某省…, 2024年度…) and ending in 奖 at the clause's end; a prize
  level (``获一等奖``: :mod:`kg.extract.prize_levels`) or a project's prize (``该项目获国家科技
  进步奖``: no person right before the verb) gives none;
- an honour in a relative clause before titled names: ``获得…奖章的某某公司高级技师王小明、…``.

A pronoun that opens its clause (``2018年，他荣获…``) stands for the person last named before it,
and so does one that opens an earlier clause of the sentence when the verb's own clause names no
subject (``…居民王小明，他在一次救援中…，被授予…``).

An award conferred with a verb of :data:`POSTHUMOUS_VERBS` (``追授``; ``追记`` of a merit citation,
``追记王小明个人一等功``) is posthumous: the recipient had died. ``追认`` is not read: it is
posthumous only in ``追认为烈士/党员`` (a status, not an award) and elsewhere means "ratify".
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from kg import rx
from kg.extract.address import COURTESY
from kg.extract.cut_names import LIST_MARKS
from kg.extract.prize_levels import LEVEL
from kg.extract.titles import lexicon
from kg.model import Extraction, Mention, clause_end

#: Verbs that confer an award on someone who has died.
POSTHUMOUS_VERBS = ("追授", "追记")
_ACTIVE = rx.compile(r"(?<!被)(?:授予|追授|追记)")
#: A passive conferral, the body that confers perhaps between 被 and the verb (被最高人民检察院授予).
_PASSIVE = rx.compile(r"被(?:[^，。；：“”\n\d]{2,20}?)?(授予|追授|追记)")
#: Verbs of receiving an honour right after its recipient: 甲被评为…, 他荣获…奖章.
_RECEIVED = rx.compile(r"被评为|被命名为|荣获|获评|(获得)(?:了|过)?")
#: A named prize after a bare 获, closing the clause: 获某省最高科学技术奖。
_WON = rx.compile(r"(?<![荣捕查缴斩])获((?:\d{4}年度?)?[^，。；：、“”（）\s的]{2,24}?奖)(?=[，。；\n]|$)")
#: How a prize's own name opens, besides a place named in the text.
_PRIZE_OPENS = ("国家", "全国", "中国", "中华")
#: A prize level closing a name: a contest's level, read by kg.extract.prize_levels.
_LEVEL_END = rx.compile(LEVEL + "$")
#: Words that count prizes rather than name one (获得过很多奖).
_COUNTS = ("很多", "许多", "不少", "多项", "多个", "多次", "各类", "各种", "诸多", "一些", "大量", "无数")
#: An honour in a relative clause before its recipients: 获得…奖章的 (names follow).
_RELATIVE = rx.compile(r"(?:荣获|获得|获评)([^，。；、“”的\n]{2,30}?)的")
#: What may not stand between 的 and the recipients of :data:`_RELATIVE`: a verb or preposition.
_NOT_TITLE = rx.compile(r"[由被为对向把给在是和与及]")
#: What a prize, a medal or a merit citation (一等功, 个人二等功) ends in.
PRIZE_ENDS = ("奖", "奖章", "勋章", "奖状", "等功")
#: What the name of an honour title (not a prize) ends in, read after 被评为 or 荣获 without
#: quotation marks: 被评为青禾市劳动模范 (but not 被评为高级工程师, a professional grade).
HONOUR_ENDS = ("劳动模范", "劳模", "先进个人", "先进工作者", "标兵", "能手", "工匠", "优秀共产党员")
HONOUR_ENDS += ("优秀党务工作者", "道德模范", "三八红旗手", "好人", "楷模", "英雄", "最美", "之星")
#: A class of the honoured named by a word of praise (十佳某某, 优秀某某, 最美某某), however it ends.
PRAISED = r"(?:十佳|十大|百佳|优秀|最美|杰出)[\u4e00-\u9fff]{2,10}?"
#: Such a class with its year and the whole of a division before it (2024年度全县十佳某某).
DATED_PRAISED = r"(?:\d{4}年度?)?(?:全县|全市|全省|全区)?" + PRAISED
#: Pronouns that stand for the person last named (他荣获…: the subject of a feature).
PRONOUNS = ("他", "她")
#: Adverbs between the recipients and 被授予.
ADVERBS = ("曾", "先后", "还", "也", "已", "均", "分别", "都")
#: Quoted awards of a passive conferral: “甲”国家荣誉称号、“乙”“丙”称号.
#: A quoted name is one award whatever punctuation it holds (“甲，乙”), up to 20 characters.
_QUOTED_RUN = rx.compile(r"(?:“[^“”\n]{2,20}”(?:国家)?(?:荣誉)?(?:称号)?[、和及]?)+")
_QUOTED = rx.compile(r"“([^“”]+)”")
#: A merit citation closing an award's name: its 等 is a grade, not a count of recipients.
_MERIT = rx.compile(r"[一二三特]等功$")
#: An unquoted award up to the end of its clause.
_PLAIN = rx.compile(r"[^，。；、“”\n]{2,30}")
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


def _plain_award(text: str, start: int, heads: tuple[str, ...] = ()) -> str | None:
    m = _PLAIN.match(text, start)
    if m is None:
        return None
    name = m.group()
    if "等" in _MERIT.sub("", name) or name.startswith(("的", *_COUNTS)):
        return None  # 授予甲等十名专家某奖: a count of recipients, left to the honours module
    for end in ("荣誉称号", "称号"):
        if name.endswith(end) and len(name) - len(end) >= 2:
            return name[: -len(end)]
    return name if name.endswith(PRIZE_ENDS + heads) else None


def _titled_list(ex: Extraction, persons: dict[int, Mention]) -> list[Conferred]:
    text = ex.article.text
    out: list[Conferred] = []
    ends = {m.end: m for m in persons.values()}
    # 授予某某大学教授王小明某奖: a title chain before the name (a post mention that ends with it)
    titled = {m.start: ends[m.end] for m in ex.mentions if m.label == "Post" and m.end in ends}
    at = {**titled, **persons}
    for m in _ACTIVE.finditer(text):
        pos, names = m.end(), []
        posthumous = m.group() in POSTHUMOUS_VERBS
        while pos in at:
            names.append(at[pos])
            pos = _after_title(text, at[pos].end)
            if text[pos : pos + 1] in LIST_MARKS and pos + 1 in at:
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
    """The person ending right before ``pos`` (after an adverb such as 曾 when ``adverbs``, a form
    of address such as 同志, and a gender or ethnic mark such as （女）) and the names enumerated
    right before that one, each with its own mark and title (``某院研究员甲、某大学教授乙（女）``);
    before a count (等50名同志), the names parted by commas, each after its title chain
    (``某村党支部书记、村委会主任甲，某医院科主任乙等50名同志``)."""
    counted = False
    for words in (ADVERBS if adverbs else (), COURTESY):  # 甲同志曾被授予: the adverb, then 同志
        word = next((w for w in words if text.endswith(w, 0, pos)), "")
        pos -= len(word)
        if words is not COURTESY and (count := counted_before(text, pos)) is not None:
            pos, counted = count, True  # 甲、乙等20名职工被授予: the named of the many
    pos = _unmarked(text, pos)
    names: list[Mention] = []
    parted = 0  # how many names were taken across a comma with no count to close the list
    while pos in person_ends:
        names.append(person_ends[pos])
        start = person_ends[pos].start
        if start > 0 and text[start - 1] in LIST_MARKS and _unmarked(text, start - 1) in person_ends:
            pos = _unmarked(text, start - 1)
            continue
        if start in person_ends:  # 甲乙、丙等…: a list mark the paper left out
            pos = start
            continue
        titled = _TITLED_ITEM.search(text, max(0, start - _TITLE_MAX - 1), start)  # 、某大学教授乙
        if titled and _unmarked(text, titled.start()) in person_ends:
            pos = _unmarked(text, titled.start())
            continue
        joined = _JOINED_TITLE.search(text, max(0, start - 10), start)  # 甲及其教练乙
        if joined and joined.start() in person_ends:
            pos = joined.start()
            continue
        comma = _TITLED_CLAUSE.search(text, max(0, start - _CHAIN_MAX - 1), start)
        if comma and _unmarked(text, comma.start()) in person_ends and _titled(text[comma.end() : start]):
            pos = _unmarked(text, comma.start())  # 某村党支部书记、村委会主任甲，某医院科主任乙等50名同志
            parted += 0 if counted else 1
            continue
        break
    if parted and not _opens_sentence(text, names[-1].start):
        names = names[: len(names) - parted]  # 甲说，某公司董事长乙被授予: only the clause's own
    return tuple(reversed(names))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the title chain before the name at ``start`` opens its sentence (nothing but the
    chain between the last mark that ends a sentence, a colon or a line's start, and the name)."""
    head = max(text.rfind(c, 0, start) for c in "。；：！？\n")
    chain = text[head + 1 : start].strip(" \u3000")
    return bool(chain) and len(chain) <= _CHAIN_MAX and "，" not in chain and _titled(chain)


#: The longest title chain of one recipient of a list parted by commas (the first one's too).
_CHAIN_MAX = 30
#: A comma, then a title chain with no clause mark before the next name: ``，某医院心内科主任``.
_TITLED_CLAUSE = rx.compile(r"，(?=[^，。；：“”\n]{2,30}$)")


def _titled(chain: str) -> bool:
    """Whether ``chain`` ends with a title word (某医院心内科主任, 某小学教师)."""
    lex = lexicon()
    return any(lex.is_title(chain[-k:]) for k in range(2, min(len(chain), 6) + 1))


#: A count of the recipients after the names of some of them: 甲、乙等20名职工, 甲等5人.
_COUNT_TAIL = rx.compile(r"等(?:\d+|[一二三四五六七八九十百两]+)(?:名|位|人)[\u4e00-\u9fff]{0,4}$")


def counted_before(text: str, pos: int) -> int | None:
    """Where the count of recipients starts that ends at ``pos`` after the names of some of them
    (``甲、乙|等20名职工|被授予``), after an adverb perhaps; None if there is none."""
    pos -= len(next((w for w in ADVERBS if text.endswith(w, 0, pos)), ""))
    m = _COUNT_TAIL.search(text, max(0, pos - 12), pos)
    return m.start() if m else None


def _roll_follows(text: str, verb: int) -> bool:
    """Are the recipients before ``verb`` the named few of a count (:func:`counted_before`) whose
    roll follows the sentence's colon (``甲等3人获评“某某”，名单如下：``)? The roll names them all."""
    if counted_before(text, verb) is None:
        return False
    stop = min((i for i in (text.find("。", verb), text.find("\n", verb)) if i >= 0), default=len(text))
    return "：" in text[verb:stop] or ":" in text[verb:stop]


#: A gender or ethnic mark after a name: （女）, （回族）, （女，土家族）.
_MARK = rx.compile(r"[（(][^（）()\n]{1,8}[)）]$")
#: The longest title between an enumeration's mark and the next name (某某大学教授).
_TITLE_MAX = 20
#: An enumeration's mark then a title with no clause mark before the next name: ``、某大学教授``.
_TITLED_ITEM = rx.compile(r"[、和及](?=[^，。；：、“”\n]{2,20}$)")


def _unmarked(text: str, pos: int) -> int:
    """``pos`` before the gender or ethnic mark that ends right there, else ``pos``."""
    m = _MARK.search(text, max(0, pos - 10), pos)
    return m.start() if m else pos


#: A name joined to the next by 及其 and the next one's title (甲及其主管教练乙): both are named.
_JOINED_TITLE = rx.compile(r"及其[^，。；、：“”\n\d]{1,6}$")


def _passive(ex: Extraction, persons: list[Mention], person_ends: dict[int, Mention]) -> list[Conferred]:
    text = ex.article.text
    out: list[Conferred] = []
    for m in _PASSIVE.finditer(text):
        recipients = recipients_before(text, m.start(), person_ends) or _antecedent(
            ex, text, m.start(), persons
        )
        if not recipients:
            continue
        posthumous = m.group(1) in POSTHUMOUS_VERBS
        if _roll_follows(text, m.start()):
            continue  # 甲等3人被授予…称号，名单如下：the roll names them all
        run = _QUOTED_RUN.match(text, m.end())
        quoted = list(_QUOTED.finditer(run.group())) if run else []
        # 被授予“甲”荣誉称号, 被授予“某某奖章”: a title's 称号, or a medal's or prize's own word
        if quoted and (
            run.group().rstrip("、和及").endswith("称号")
            or all(q.group(1).endswith(PRIZE_ENDS) for q in quoted)
        ):
            for q in quoted:
                out.append(Conferred(m.end() + q.start(1), q.group(1), recipients, posthumous))
            continue
        name = _plain_award(text, m.end())
        if name:
            out.append(Conferred(m.end(), name, recipients, posthumous))
    return out


#: The most clauses between a pronoun and a verb whose clause names no subject.
_SUBJECT_CLAUSES = 3


def _subject_pronoun(ex: Extraction, text: str, comma: int, persons: list[Mention]) -> int:
    """Where the pronoun ends that is the subject of a verb opening the clause after ``comma``
    (``居民王小明，他在一次救援中…，被授予…``): a pronoun opening one of the clauses before it in
    its sentence, with no person named in between; ``comma`` when there is none."""
    floor = ex.article.sentence(comma)[0]
    end = comma
    for _ in range(_SUBJECT_CLAUSES):
        start = max(floor, *(text.rfind(mark, floor, end) + 1 for mark in "，,；;："))
        i = bisect.bisect_left([m.start for m in persons], start)
        if i < len(persons) and persons[i].start < comma:
            return comma  # a person named after the pronoun: the subject is not sure
        if text.startswith(PRONOUNS, start):
            return start + 1
        if start <= floor:
            return comma
        end = start - 1
    return comma


def _antecedent(ex: Extraction, text: str, pos: int, persons: list[Mention]) -> tuple[Mention, ...]:
    """The person a pronoun right before ``pos`` stands for: the one last named before it, when
    the pronoun opens its clause (``2018年，他荣获…``); a credited reporter is nobody's antecedent."""
    while word := next((w for w in ADVERBS if text.endswith(w, 0, pos)), ""):  # 他还先后被评为
        pos -= len(word)
    if text[pos - 1 : pos] in ("，", ","):  # 他在…中…，被授予: the pronoun opening the sentence's clause
        pos = _subject_pronoun(ex, text, pos - 1, persons)
    if not text.endswith(PRONOUNS, 0, pos) or (pos > 1 and text[pos - 2] not in "，,。；：\n"):
        return ()
    credited = set(ex.reporters) | set(ex.photographers)
    i = bisect.bisect_right([m.end for m in persons], pos - 1) - 1
    while i >= 0 and persons[i].ref in credited:
        i -= 1
    return (persons[i],) if i >= 0 else ()


def _received(ex: Extraction, persons: list[Mention], ends: dict[int, Mention]) -> list[Conferred]:
    """``甲被评为青禾市劳动模范``, ``他荣获青禾省五一劳动奖章``, ``他先后被评为“甲”“乙”``: an
    honour received by the person (or the pronoun for the person) right before the verb."""
    text = ex.article.text
    out: list[Conferred] = []
    for m in _RECEIVED.finditer(text):
        recipients = recipients_before(text, m.start(), ends)
        if not recipients and not m.group(1):  # 她获得…: too loose a verb to look back for its subject
            recipients = _antecedent(ex, text, m.start(), persons)
        if not recipients:
            continue
        run = _QUOTED_RUN.match(text, m.end())
        if run and m.group(1):
            continue  # 获得“点赞”: a quoted word after 获得 is left to the honours module
        if _roll_follows(text, m.start()):
            continue  # 甲等3人获评“某某”，名单如下：the roll names them all
        if run:
            for q in _QUOTED.finditer(run.group()):
                out.append(Conferred(m.end() + q.start(1), q.group(1), recipients))
            continue
        name = _plain_award(text, m.end(), () if m.group(1) else HONOUR_ENDS)
        if name is None and not m.group(1):  # 获评2024年度某市最美护士: a class of praise
            plain = _PLAIN.match(text, m.end())
            name = plain.group() if plain and praised_class(plain.group()) else None
        if name and (not m.group(1) or name.endswith(PRIZE_ENDS)):  # 获得: a prize only
            out.append(Conferred(m.end(), name, recipients))
    return out


#: A class of praise as an honour's whole name: a year and a place before it (2024年度某市最美护士),
#: not a grade of an appraisal (考核被评为优秀等次).
_PRAISED_CLASS = rx.compile(
    r"(?:\d{4}年度?)?(?:全国|全省|全市|全县|全区|[\u4e00-\u9fff]{1,8}?[省市县区州旗])?" + PRAISED + "$"
)
_GRADES = ("等次", "等级", "档次", "格次")


def praised_class(name: str) -> bool:
    """Is ``name`` a class of praise (十佳某某, 优秀某某, 最美某某), perhaps after a year and a place,
    and no appraisal's grade (优秀等次)?"""
    return _PRAISED_CLASS.match(name) is not None and not name.endswith(_GRADES)


def _relative(ex: Extraction, persons: list[Mention]) -> list[Conferred]:
    """``获得青禾省五一劳动奖章的某某公司高级技师王小明、某某中学教师李华``: the honour in a relative
    clause before the titled names that received it; a verb between 的 and the names
    (``获得一等奖的作品由王小明完成``) makes them no recipients."""
    text = ex.article.text
    starts = [m.start for m in persons]
    out: list[Conferred] = []
    for m in _RELATIVE.finditer(text):
        name = m.group(1).removesuffix("称号").removesuffix("荣誉")
        if len(name) < 2 or "等" in name or not name.endswith(PRIZE_ENDS + HONOUR_ENDS):
            continue
        stop = clause_end(text, m.end(), "，。；：\n")
        names = []
        pos = m.end()
        for p in persons[bisect.bisect_left(starts, m.end()) :]:
            if p.start >= stop or _NOT_TITLE.search(text, pos, p.start):
                break
            names.append(p)
            pos = p.end + 1
        if names:
            out.append(Conferred(m.start(1), name, tuple(names)))
    return out


def _won(ex: Extraction, ends: dict[int, Mention]) -> list[Conferred]:
    """``王小明获某省最高科学技术奖``: a named prize after a bare 获 and the person right before it."""
    text = ex.article.text
    if "获" not in text:
        return []
    places = {m.start for m in ex.mentions if m.label == "Place"}
    out: list[Conferred] = []
    for m in _WON.finditer(text):
        name = m.group(1)
        if _LEVEL_END.search(name) or not (
            m.start(1) in places or name.startswith(_PRIZE_OPENS) or name[:4].isdigit()
        ):
            continue
        recipients = recipients_before(text, m.start(), ends, adverbs=False)
        if recipients:
            out.append(Conferred(m.start(1), name, recipients))
    return out


def conferred(ex: Extraction) -> list[Conferred]:
    """Awards conferred in the shapes of the module docstring, with their recipients."""
    persons = sorted(
        (m for m in ex.mentions if m.label == "Person" and m.ref is not None), key=lambda m: m.end
    )
    starts = {m.start: m for m in persons}
    ends = {m.end: m for m in persons}
    found = [*_titled_list(ex, starts), *_passive(ex, persons, ends), *_received(ex, persons, ends)]
    found += _relative(ex, sorted(persons, key=lambda m: m.start)) + _won(ex, ends)
    return sorted(found, key=lambda c: c.start)
