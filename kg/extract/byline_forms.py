"""Byline forms that local papers and news sites print besides the ``记者 王小明`` of the big papers.

* a mark before a byline line: ``■本报记者 王小明``, ``□记者 李华``;
* another paper's or site's dateline before a byline: ``某某日报讯（记者 王小明）``, ``某某网某地5月4日消息``;
* a paper's or station's own reporter line: ``某某日报全媒体记者 王小明``, ``本报驻某地记者 王小明``;
* credit lines of writer and photographer: ``文/王小明 图/李华``, ``文·图/王小明``, ``作者：李华``,
  and a government site's line of facts that holds one (``发布时间：… 来源：… 记者：王小明``);
* a lone name in a parenthesis closing a paragraph: ``……整改。（王小明）``.

Each pattern has examples and counter-examples that the tests run; none holds a name.
"""

from __future__ import annotations

import re

from kg import rx
from kg.ingest.patterns import HAN, MONTH_DAY, NAME, PLACE, QUALIFIER, NamedPattern

#: Marks that papers set before a byline line (■ □ ● ◆ ▲ ★): skipped before the byline is read.
LEAD_MARK = NamedPattern(
    "byline_lead_mark",
    rx.compile(r"[■□●○◆◇▲△★☆▶►▌]+\s*"),
    ("■本报记者 王小明", "□记者 李华", "● 记者 赵一"),
    ("本报记者 王小明", "记者 李华"),
)

#: A byline line with the reporter's paper or station before the role: ``某某日报全媒体记者 王小明``.
MEDIA_REPORTER_LINE = NamedPattern(
    "media_reporter_line",
    rx.compile(
        rf"(?P<media>(?:本报|[{HAN}]{{2,10}}?(?:报|社|网|台|融媒体中心))(?:驻[{HAN}]{{1,8}}?)?)"
        rf"{QUALIFIER}(?:记者|通讯员)\s*(?:{NAME})"
        rf"(?:[\s、，]+(?:{QUALIFIER}(?:记者|通讯员)\s*)?(?:{NAME}))*\s*(?:报道)?\s*$"
    ),
    (
        "某某日报全媒体记者 王小明",
        "青禾晚报记者 李华 赵一",
        "某某县融媒体中心记者 王小明 通讯员 李华",
        "某某日报全媒记者 王小明 通讯员 李华 赵一",
        "本报驻某地记者 王小明",
    ),
    ("青禾日报记者从市里获悉，今年共有30人入选。", "青禾日报记者节座谈会召开"),
)

#: Another paper's or site's dateline: ``某某日报讯``, ``某某网某地5月4日电``, ``某某网5月4日消息``.
MEDIA_DATELINE = NamedPattern(
    "media_dateline",
    rx.compile(
        rf"(?P<media>[{HAN}]{{2,10}}?(?:报|网|台|社|客户端|融媒体中心|融媒体|融媒)|(?<![{HAN}])融媒体)"
        rf"(?:(?P<place>{PLACE}){MONTH_DAY})?(?:讯|电|消息)"
    ),
    (
        "某某日报讯（记者 王小明）",
        "某某新闻网讯 记者 李华",
        "某某网某地5月4日消息（记者 赵一）",
        "某某区融媒体中心讯（记者 王小明 通讯员 李华）",
        "某某融媒讯（记者 王小明 通讯员 李华）",
        "融媒体讯（记者 王小明 李华）",
    ),
    ("据某某日报报道，", "本报记者王小明", "某某报记者讯问了当事人", "推进县级融媒体建设"),
)

#: One credit of a credit line: a role, a slash or colon, and names, up to the next role.
_CREDIT_ROLE = rf"(?:本报)?{QUALIFIER}(?:记者|通讯员)|实习生|文·图|图·文|文/图|图/文|文图|图文|文字|撰文|撰稿|作者|摄影|文|图"
#: The writer's department before the names of a company's or a body's credit (文/党群工作部 王小明):
#: three or more characters ending in a department's word, then a space.
_CREDIT_UNIT = rf"(?:[{HAN}]{{2,10}}(?:部|处|科|室|办|中心)\s+)"
CREDIT = NamedPattern(
    "credit_line",
    rx.compile(
        rf"(?P<role>{_CREDIT_ROLE})(?:\s*[/／：:｜|]|(?<=[/／·][文图])\s)\s*{_CREDIT_UNIT}?"
        rf"(?P<names>(?:{NAME})(?:[\s、]+(?:{NAME}))*?)\s*(?=(?:{_CREDIT_ROLE})\s*[/／：:｜|]|$)"
    ),
    (
        "文/王小明 图/李华",
        "文·图/王小明",
        "作者：李华",
        "撰稿：王小明　摄影：李华",
        "文/王小明 李华",
        "摄影/赵一",
        "记者：王小明 李华",
        "文/党群工作部 王小明 图/李华",
        "文/图 王小明",
        "文/图 集团办公室 王小明",
    ),
    (
        "文化/旅游",
        "图为青禾县文化广场",
        "文件：关于做好秋粮收购工作的通知",
        "文/党群工作部供稿",
        "文/图 来源于网络",
    ),
)
#: A government site's line of facts above an item, a credit among them: ``发布时间：2023-04-12
#: 16:35　来源：某某县融媒体中心　记者：王小明`` (the credit is read from its role on).
SITE_META = NamedPattern(
    "site_meta_line",
    rx.compile(
        rf"(?:发布时间|发布日期|来源|信息来源)[：:][^\n]*?(?P<credit>(?:{_CREDIT_ROLE})\s*[：:/／]\s*(?:{NAME}))"
    ),
    (
        "发布时间：2023-04-12 16:35　来源：某某县融媒体中心　记者：王小明",
        "来源：某某县人民政府 作者：李华",
        "发布时间：2024-07-02　来源：某某集团　文/王小明　图/李华",
    ),
    ("发布时间：2023-04-12 16:35　来源：某某县融媒体中心", "来源：某某日报"),
)
#: A credit in brackets closing a caption's line: ``图为会议现场。（摄影：王小明）``, ``…（图/李华）``.
CLOSING_CREDIT = NamedPattern(
    "closing_credit",
    rx.compile(rf"(?<=[。！？”\s])（(?:{_CREDIT_ROLE})\s*[：:/／][^（）\n]{{2,24}}）\s*$"),
    ("图为会议现场。 （摄影：王小明）", "图为会议现场。（图/李华）"),
    ("图为会议现场（摄影：王小明）", "他说：（文/王小明）很好"),
    anchored=False,
)
#: One credit written name first, role after (``党委工作部 王小明 文``, ``李华 图``), the parts of a
#: credit line parted by a slash: ``（党委工作部 王小明 文／李华 图）``.
CREDIT_AFTER = NamedPattern(
    "credit_after_name",
    rx.compile(
        rf"\s*{_CREDIT_UNIT}?(?P<names>(?:{NAME})(?:[\s、]+(?:{NAME}))*?)\s+(?P<role>文|图|摄影|摄)\s*$"
    ),
    ("党委工作部 王小明 文", "李华 图", "王小明 李华 摄"),
    ("图文并茂", "党委工作部供稿 文", "王小明文"),
)
#: Credit roles that name a photographer only (图·文, 文/图 name a writer and photographer).
_PHOTO_ROLES = frozenset({"图", "摄影"})

#: A line of a company's or a body's news that credits its writer with the writer's department:
#: ``（党委工作部　王小明）``, ``（综合办公室 李华 赵一）``.
UNIT_NAMES = NamedPattern(
    "department_credit_line",
    rx.compile(rf"^\s*（{_CREDIT_UNIT}(?P<names>(?:{NAME})(?:[\s、]+(?:{NAME})){{0,2}})）\s*$"),
    ("（党委工作部　王小明）", "（综合办公室 李华 赵一）", "  （宣传中心 王小明）"),
    ("（党委工作部供稿）", "（图为党委工作部 会议现场）。", "他说（党委工作部 王小明）"),
    anchored=False,
)

#: A parenthesis of one to three names closing a paragraph after its last sentence: ``……。（王小明）``.
END_NAMES = NamedPattern(
    "closing_name_parenthesis",
    rx.compile(rf"(?<=[。！？”」])\s*（(?P<names>(?:{NAME})(?:[\s、，]+(?:{NAME})){{0,2}})）\s*$"),
    ("检查组要求限期整改。（王小明）", "活动持续三天。（王小明 李华）"),
    ("他说（大意）：", "代表团成员（王小明）参观了展馆", "检查组要求限期整改（王小明）"),
    anchored=False,
)


def credits(line: str) -> list[tuple[int, int, str]] | None:
    """Name stretches of a credit line (``文/甲 图/乙``, ``（图/甲）``), each with ``reporter`` or
    ``photographer`` (both for ``文·图``); None unless the credits make up the whole line."""
    out: list[tuple[int, int, str]] = []
    pos, end = 0, len(line)
    if line.startswith("（") and line.endswith("）"):
        pos, end = 1, end - 1
    if not CREDIT.regex.search(line, pos, end):
        return _credits_after(line, pos, end)
    for m in CREDIT.regex.finditer(line, pos, end):
        if line[pos : m.start()].strip():
            return None
        role = m.group("role")
        s, e = m.span("names")
        if role not in _PHOTO_ROLES:
            out.append((s, e, "reporter"))
        if "图" in role or role == "摄影":
            out.append((s, e, "photographer"))
        pos = m.end()
    return out if out and not line[pos:end].strip() else None


def _credits_after(line: str, pos: int, end: int) -> list[tuple[int, int, str]] | None:
    """The credits of a line whose names come before their roles (``王小明 文／李华 图``), split by
    slashes; None unless every part is one such credit and there are two or more."""
    out: list[tuple[int, int, str]] = []
    parts = re.split(r"[/／]", line[pos:end])
    if len(parts) < 2:
        return None
    at = pos
    for part in parts:
        m = CREDIT_AFTER.regex.fullmatch(part)
        if m is None:
            return None
        s, e = at + m.start("names"), at + m.end("names")
        role = m.group("role")
        out.append((s, e, "reporter" if role == "文" else "photographer"))
        at += len(part) + 1
    return out
