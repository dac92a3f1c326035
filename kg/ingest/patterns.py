"""Named patterns of Chinese news page grammar, each with examples and counter-examples.

The tests run every example (must match) and counter-example (must not). Patterns describe the
grammar of news pages (datelines, bylines, photo credits); they hold no names of people or places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg import rx

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A personal name: 2-4 Han characters, or an ethnic-minority name joined with ``·``.
NAME = rf"[{HAN}]{{2,4}}|[{HAN}]{{1,8}}(?:·[{HAN}]{{1,8}})+"
#: A two-character name spaced to the width of three in a credit (``记者 吴 海 摄``).
SPACED_NAME = rf"[{HAN}][ \u3000]{{1,2}}[{HAN}](?![{HAN}])"
#: A place name inside a dateline (本报北京10月27日电): a few Han characters.
PLACE = rf"[{HAN}]{{0,8}}?"
MONTH_DAY = r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
#: A credit after a byline's names: the one named wrote the text and took the pictures (``文/图``).
WRITER_PHOTOGRAPHER = r"(?:文/图|图/文|文／图|图／文|文·图|图·文|文图|图文)"
#: What may qualify a reporter or a correspondent in a byline: 特约记者, 见习记者, 首席记者, 全媒体记者
#: (or 全媒记者, as some provincial papers write it).
QUALIFIER = r"(?:特约|实习|见习|首席|特派|驻站|融媒体?|全媒体?)?"


@dataclass(frozen=True)
class NamedPattern:
    """A compiled regular expression with a name and the examples that document it."""

    name: str
    regex: re.Pattern[str]
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    anchored: bool = True  # used with match (at a given position) rather than search
    note: str = field(default="", compare=False)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.match(text, pos)

    def find(self, text: str) -> re.Match[str] | None:
        """How the pattern is used: match at the start if anchored, else search."""
        return self.regex.match(text) if self.anchored else self.regex.search(text)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.search(text, pos)


def _p(
    name: str, pattern: str, examples: tuple[str, ...], counter: tuple[str, ...], *, anchored: bool = True
) -> NamedPattern:
    return NamedPattern(name, rx.compile(pattern), examples, counter, anchored)


#: How the body of a lead goes on after a byline without 报道 (记者 王小明　6月12日，): a date, or a word for one.
_LEAD_DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|连日来|昨天|昨日|今天|今日"

#: Openers of a news body: the first paragraph of an article starts with one of these.
OPENERS: tuple[NamedPattern, ...] = (
    _p(
        "paper_dated_dateline",
        rf"本报(?P<place>{PLACE}){MONTH_DAY}[电讯]",
        ("本报北京10月27日电 （记者王小明）", "本报宜城3月2日讯", "本报5月1日讯"),
        ("本报记者王小明", "本报讯", "本报告显示"),
    ),
    _p(
        "paper_undated",
        r"本(?:报|网|台)讯(?![问息号])",
        ("本报讯（记者 李华）昨天", "本报讯 近日，", "本网讯（通讯员 李华）7月14日，", "本台讯 近日，"),
        ("本报北京10月27日电", "本报记者", "本网讯问系统", "本台讯号"),
    ),
    _p(
        "paper_place_undated",
        rf"本报(?P<place>[{HAN}]{{1,8}}?)讯",
        ("本报南昌讯（记者 王小明）近日", "本报太原讯 近日，"),
        ("本报讯", "本报记者王小明", "本报北京10月27日电"),
    ),
    _p(
        "place_undated",
        rf"(?!本)(?P<place>[{HAN}]{{2,6}}?)讯(?=[（(]|\s)",
        ("花垣讯（记者 王小明 通讯员 李华）5月20日，", "金寨讯 近日，", "青禾讯（融媒体记者 赵一）"),
        ("通讯员 李华", "喜讯传来，", "本报讯（记者 李华）", "资讯快递"),
    ),
    _p(
        "agency_dateline",
        rf"(?P<agency>[{HAN}]{{1,6}}(?:社|网|台))(?P<place>{PLACE}){MONTH_DAY}电",
        ("新华社北京2月3日电　", "中新社上海6月8日电（记者 李华）", "某某网长沙1月5日电"),
        ("新华社记者王小明摄", "（新华社北京1月10日电）", "北京2月3日电"),
    ),
    _p(
        "media_dateline",
        rf"(?P<media>[{HAN}]{{2,10}}?(?:报|网|台|社|客户端))"
        rf"(?:(?P<place>{PLACE}){MONTH_DAY}(?:电|消息)|讯(?![问息号]))",
        ("某某网长沙5月4日消息（记者 王小明）", "某某新闻网讯 记者 李华", "某某日报讯（记者 赵一）"),
        ("某某网消息称，", "国家电网电力保障队伍", "某某报记者讯问了当事人", "据某某日报报道"),
    ),
    _p(
        "reporter_parenthesis",
        rf"（(?:本报|新华社)?{QUALIFIER}(?:记者|通讯员)",
        ("（记者 王小明 李华）6月8日，", "（本报记者赵一）", "（见习记者 王小明 记者 李华）"),
        ("记者从市里获悉", "（新华社北京1月10日电）"),
    ),
    _p(
        "lead_report",
        rf"(?:本报)?{QUALIFIER}(?:记者|通讯员)\s*(?P<names>(?:{NAME})(?:[\s、]+(?:(?:记者|通讯员)\s*)?(?:{NAME}))*?)"
        rf"(?:\s+报道(?:\s+|(?=\d))|\s+(?={_LEAD_DATE}))",
        (
            "记者 王小明 报道 5月4日，",
            "记者 王小明 李华 报道 近日，",
            "通讯员 李华 报道 3月1日上午",
            "记者 王小明 通讯员 李华\u30006月12日，",
            "记者 王小明 近日，",
        ),
        (
            "记者王小明报道了此事",
            "记者 王小明 报道，",
            "记者从市里获悉，报道 5月4日",
            "记者王小明6月12日采访了",
            "记者 王小明 6月份以来",
        ),
    ),
    _p(
        "reporter_line",
        rf"(?:本报|新华社)?{QUALIFIER}(?:记者|通讯员)\s*(?:{SPACED_NAME}|{NAME})"
        rf"(?:[\s、，]+(?:{QUALIFIER}(?:记者|通讯员)\s*)?(?:{SPACED_NAME}|{NAME}))*"
        rf"(?:\s+{WRITER_PHOTOGRAPHER})?\s*$",
        (
            "记者 王小明 李华",
            "本报记者 赵一",
            "记者 王小明 通讯员 李华",
            "全媒体记者 王小明",
            "本报记者  苏  滨",
            "本报记者 王小明 文/图",
        ),
        ("记者从市文明办获悉，今年共有30人入选。", "记者会", "本报记者 王小明 文"),
    ),
)

_OPENER = {p.name: p for p in OPENERS}
#: Openers that are datelines (本报讯, 本报南昌讯, 本报北京10月27日电, 新华社北京2月3日电, a county
#: media centre's 某县讯（记者…）, another paper's or site's: 某某日报讯, 某某网某地5月4日消息).
DATELINES: tuple[NamedPattern, ...] = tuple(
    _OPENER[n]
    for n in (
        "paper_dated_dateline",
        "paper_undated",
        "paper_place_undated",
        "place_undated",
        "agency_dateline",
        "media_dateline",
    )
)
#: The opener that is a whole byline line (记者 王小明 李华).
REPORTER_LINE: NamedPattern = _OPENER["reporter_line"]
#: A byline that opens the lead paragraph and ends in 报道 before the body: ``记者 王小明 报道 5月4日，``.
LEAD_REPORT: NamedPattern = _OPENER["lead_report"]

#: The byline parenthesis that may follow a dateline at the start of a body: （记者 王小明）; the
#: paper's name may follow its client's brand and a dot (（新某某·某某日报记者 王小明）), and a credit
#: for both text and pictures may open it (（文/图 记者 王小明）).
BYLINE_PARENTHESIS = _p(
    "byline_parenthesis",
    rf"\s*（(?:{WRITER_PHOTOGRAPHER}\s*)?(?:本报|新华社|融媒体中心|(?:[{HAN}]{{1,6}}·)?[{HAN}]{{2,10}}?(?:日报|晚报|报|电视台|融媒体中心))?"
    rf"{QUALIFIER}(?:记者|通讯员)[^（）\n]{{1,80}}）\s*",
    (
        "（记者 王小明 李华）",
        " （记者李华、赵一）",
        "（见习记者 王小明 记者 李华）",
        "（某某日报全媒体记者 王小明）",
        "（融媒体中心记者 王小明 摄影 李华）",
        "（新青禾·青禾日报记者王小明）",
        "（文/图 记者 王小明）",
    ),
    ("（讲话全文见第三版）", "（女）", "（文/图）", "（青禾·记者站）"),
)

#: A date that opens the first body sentence: ``6月8日，`` ``2021年6月24日下午``.
OPENING_DATE = _p(
    "opening_date",
    r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日",
    ("6月8日，代表团赴某市考察", "2021年6月24日下午，大会召开"),
    ("6月份以来，全市", "今年6月"),
)

#: A photo credit closing a caption: ``王小明 摄``, ``（李华摄）``, ``新华社记者 赵一 摄``, ``王小明/摄``,
#: a paper's reporter with a slash (``某某日报记者/李华 摄``), and the agency or the kind of picture
#: after it (``王小明摄（人民视觉）``, ``李华 摄（资料图片）``).
PHOTO_CREDIT = _p(
    "photo_credit",
    rf"(?:^|(?<=[。！？；，\s（(]))(?:(?:[{HAN}]{{1,6}}社|[{HAN}]{{2,8}}?(?:日报|晚报|报)|本报)?{QUALIFIER}(?:记者|通讯员)\s*[/／]?\s*)?"
    rf"(?P<names>(?:{SPACED_NAME}|{NAME})(?:[\s、]+(?:{SPACED_NAME}|{NAME}))*)\s*/?\s*(?<!拍)摄\s*"
    r"(?:[）)]|[（(][^（）()\n]{1,10}[)）])?$",
    (
        "代表团参观规划展示馆。王小明 摄",
        "（李华摄）",
        "新华社记者 赵一 摄",
        "活动现场 王小明/摄",
        "本报记者 吴 海 摄",
        "杨文斌摄（人民视觉）",
        "王小明 摄（资料图片）",
        "活动现场。　青禾日报记者/王小明 摄",
    ),
    ("他们一起拍摄", "游客 争相拍摄", "王小明 摄影作品展开幕", "展示馆里游客争相拍摄。"),
    anchored=False,
)

#: A line of the page's staff credits (editors, proof-readers, reviewers): page furniture, no byline.
_STAFF = r"(?:责任|值班|实习)?编辑|责编|美编|校对|审校|审核|审签|[初复终一二三]审|监制|编审"
STAFF_LINE = _p(
    "staff_line",
    rf"[（【\[]?(?:(?:{_STAFF})\s*[：:/／]\s*(?:{NAME})(?:[\s、]+(?:{NAME}))*?\s*)+[）】\]]?\s*$",
    ("责任编辑：王小明", "编辑：李华 校对：赵一", "审核：王小明", "编辑/李华", "（责任编辑：王小明）"),
    ("编辑：这是一篇关于秋粮收购的报道。", "编辑部召开会议", "校对工作完成后即付印"),
)

#: Every pattern of this module, for the tests that run their examples.
ALL_PATTERNS: tuple[NamedPattern, ...] = (
    *OPENERS,
    BYLINE_PARENTHESIS,
    OPENING_DATE,
    PHOTO_CREDIT,
    STAFF_LINE,
)
