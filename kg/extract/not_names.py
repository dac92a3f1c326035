"""Spans the name layer would read as person names that the grammar of news says are none.

- A surname and one character of kinship or address (``王妻``, ``李叔``, ``张总``, ``陈导``), or a
  word of address for an elder (``王老汉``, ``李大爷``): a way to refer to someone whose full name
  the text does not give, not a full name.
- Two one-character short forms of countries before a word of their relations (``中美两国``,
  ``韩朝间``, ``美俄关系``): the pair of countries, not a person (a surname that is also a
  country's short form, 韩, 马, 巴, makes the tagger read a name).
- One character before a verb of saying (``记者时|表示``, ``会议上|指出``): the verb is no
  part of a name; a two-character given name is never such a verb.
- The brand of a company whose name holds a bracket (``克劳森（潍坊）精密传动有限公司``,
  ``某某（中国）投资有限公司``, ``某某（集团）股份有限公司``): the tagger reads a transliterated brand
  before the bracket as a person; a person's name in brackets after it is no company
  (``王小明（女）``, ``王小明（左）与…``).
- The code of an official document before its year in brackets (``某政任〔2025〕9号``,
  ``某发[2024]3号``): the issuing body's short code, not a person.
- A word counted by a doubled measure word (``一条条游龙``, ``一只只蝴蝶``, ``一个个项目``): things
  counted one by one, never a person named (people are counted ``一位位``, and then not named); so
  is one measured right after a number (``20亩某某芒``, ``3万斤某某``, ``500株某某``).
- The name of a people of three characters or more (``维吾尔、汉、哈萨克、回等8个民族``).
- One end of a pair joined by a dash whose other end is a division's name (``霍尔果斯—某某尔``,
  ``某某图—喀什``): two places joined, a route or a pair of ports, not a person.
- A system of chiefs' duties (``林长制``, ``河长制``): a chief's title and 制, no name.
- 段 closing a unit of works (``公路养护段``, ``工务段``): the section, no surname.
"""

from __future__ import annotations

from kg import rx
from kg.extract.divisions import ETHNIC_GROUPS

#: Kinship terms and forms of address written after a bare surname (王妻, 李叔, 张总, 陈导, 周公);
#: 哥, 姐, 弟, 妹 end given names and nicknames too (林弟), so they are not here.
KIN = frozenset("妻叔婶伯嫂姨舅婆总导公")
#: One-character short forms of countries, as news pairs them (中美, 韩朝, 美俄, 中巴).
COUNTRY_CHARS = frozenset(
    "中美俄日韩朝英法德意印巴越泰缅老柬菲马新澳加墨古埃以伊叙土希荷比瑞挪丹芬波捷匈罗塞乌蒙沙哥秘智委"
)
#: What follows a pair of countries: 两国, 双方, 关系, 间 (韩朝间), 建交, 外长 (会谈).
PAIRED = (
    "两国",
    "三国",
    "双方",
    "关系",
    "间",
    "之间",
    "合作",
    "建交",
    "首脑",
    "外长",
    "友好",
    "边境",
    "联合",
)
#: Two-character verbs of saying that news writes after a speaker.
SAYING = frozenset({"表示", "指出", "认为", "强调", "介绍", "透露", "说道", "宣布", "告诉", "谈到"})


#: Two-character forms of address for the old and for elders after a bare surname (王老汉, 李大爷):
#: one says who is meant without giving the name. (大哥, 大姐 and 阿姨 end no given name either,
#: but 李大哥 is written of the young too; they are here as well.)
KIN_WORDS = frozenset(
    {"老汉", "大爷", "大娘", "大妈", "大婶", "大嫂", "大哥", "大姐", "阿姨", "奶奶", "爷爷", "婆婆", "老伯"}
)


def kin_form(name: str) -> bool:
    """``王妻``, ``李叔``, ``王老汉``: a one-character surname and a kinship term or a form of
    address."""
    from kg.extract.names import surnames  # names calls this module: imported here

    if name[:1] not in surnames()[0]:
        return False
    return (len(name) == 2 and name[1] in KIN) or (len(name) == 3 and name[1:] in KIN_WORDS)


def country_pair(text: str, start: int) -> bool:
    """``美韩两国``, ``韩朝间``: at ``start``, two different countries' short forms and a word of
    their relations."""
    a, b = text[start : start + 1], text[start + 1 : start + 2]
    return (
        bool(a and b)
        and a != b
        and a in COUNTRY_CHARS
        and b in COUNTRY_CHARS
        and text.startswith(PAIRED, start + 2)
    )


def saying_tail(name: str) -> bool:
    """``时表示``: one character and a verb of saying, no three-character name; nor two and 说
    (``村民某某说``: the name is the two before it)."""
    return len(name) == 3 and (name[1:] in SAYING or name[2] == "说")


def single_dotted(name: str) -> bool:
    """Characters joined by middle dots, each alone (文·图 of a credit line ``文·图/某某``): no
    transliterated name, whose parts are words (某某·某某); nor parts one of which ends with a
    level word (``家风某某·共富新镇``, a slogan's pair of phrases: 新镇)."""
    parts = name.split("·")
    return len(parts) > 1 and (all(len(p) == 1 for p in parts) or any(p.endswith(_LEVEL_ENDS) for p in parts))


#: Level words that end a place's name, never a part of a transliterated name.
_LEVEL_ENDS = tuple("镇村乡县市省")


#: The year of a document number right after its code (〔2025〕9号, [2024]3号, （2024）12号).
DOCUMENT_YEAR = rx.compile(r"[〔\[［（(](?:19|20)\d\d[〕\]］）)]\s*\d+号")
#: A bracket that holds no aside, then the rest of a company's name up to its ending.
BRAND_OF = rx.compile(
    r"[（(][\u4e00-\u9fff]{2,8}[）)][\u4e00-\u9fffA-Za-z0-9]{0,12}?"
    r"(?:(?:股份)?(?:有限责任|有限)公司|集团|控股)"
)


#: A doubled measure word right before a word: 一条条, 一只只, 一朵朵.
COUNTED = rx.compile(r"一([\u4e00-\u9fff])\1$")


#: A number and a measure word of land, weight, plants or money right before a word: 20亩, 3万斤,
#: 500株, 12万元 (``20亩|某某芒``: a crop's variety, a thing measured, never a person).
MEASURED = rx.compile(
    r"[\d０-９一二三四五六七八九十百千万两]+(?:多|余)?(?:万|千|百)?(?:亩|斤|公斤|吨|株|棵|箱|元|公顷|平方米)$"
)


def counted(text: str, start: int) -> bool:
    """Is the word at ``start`` counted by a doubled measure word (``一条条|游龙``), or measured
    by a number and a measure word of land, weight, plants or money (``20亩|某某芒``)?"""
    return (
        COUNTED.search(text, max(0, start - 3), start) is not None
        or MEASURED.search(text, max(0, start - 8), start) is not None
    )


#: The names of peoples of three characters or more (维吾尔, 哈萨克, 柯尔克孜): a list of peoples
#: (``维吾尔、汉、哈萨克、回等8个民族``) names no person; shorter ones (高山, 东乡) are names too.
PEOPLES = frozenset(g for g in ETHNIC_GROUPS if len(g) >= 3)


#: The dash that joins two places (a route, a pair of ports: 甲—乙).
_DASHES = "—－"
#: The longest end of such a pair read as a division's name.
_PAIR_END = 8


def dashed_to_place(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` one end of a pair joined by a dash whose other end is a division's name
    (``霍尔果斯—某某尔``, ``某某图—喀什``)?"""
    from kg.extract.divisions import division_prefix  # divisions reads names: imported here

    if text[end : end + 1] in _DASHES and division_prefix(text[end + 1 : end + 1 + _PAIR_END]) >= 2:
        return True
    dash = start - 1
    return (
        start > 0
        and text[dash] in _DASHES
        and any(division_prefix(text[dash - k : dash]) == k for k in range(2, min(dash, _PAIR_END) + 1))
    )


def not_a_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` one of the forms of this module's docstring, not a person's name?"""
    name = text[start:end]
    return (
        kin_form(name)
        or name in PEOPLES
        or country_pair(text, start)
        or saying_tail(name)
        or single_dotted(name)
        or BRAND_OF.match(text, end) is not None
        or DOCUMENT_YEAR.match(text, end) is not None
        or counted(text, start)
        or dashed_to_place(text, start, end)
        or system_of_chiefs(name)
        or unit_section(text, start)
    )


#: Words of a line's or a road's works that 段 closes as a unit (公路养护段, 工务段, 供电段).
_SECTION_WORKS = rx.compile(r"(?:养护|工务|机务|车务|电务|供电|工电|航道|公路)$")


def unit_section(text: str, start: int) -> bool:
    """``段`` right after the works it is the section of (``某县公路养护段某某养护站``): the unit's
    last character, no surname."""
    return text.startswith("段", start) and _SECTION_WORKS.search(text, max(0, start - 4), start) is not None


def system_of_chiefs(name: str) -> bool:
    """``林长制``, ``河长制``: a chief's title and 制, the name of a system of duties (a surname that is
    also the title's first character, 林, makes the tagger read a name)."""
    from kg.extract.titles import SYSTEM_CHIEFS  # titles reads names: imported here

    return name.endswith("制") and name[:-1] in SYSTEM_CHIEFS
