"""Words the tagger glues onto the front of an organisation's name, which are no part of it.

A company is often introduced by what it is to another one or what kind of enterprise it is
(``全资子公司某某有限公司``, ``控股子公司某某有限公司``, ``外资企业某某（中国）有限公司``) or
what it does on a project (``项目施工总承包单位某某有限公司``, ``投资方某某集团``), a news
sentence may open with a time word (``日前某某部``), a list of a delegation's members with the
word that heads it (``代表团成员某市人民政府副秘书长``), and a feature's subheadline says whom it is
about with 记 (``——记某某有限公司创始人``). When a span opens with such a word and the rest still
reads as a name, the name starts after the word. A name that only reads with the word (or whose
rest is no name) keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from kg import rx

#: A word of relation to another company or of an enterprise's kind, or a time word, at a span's start.
HEAD = rx.compile(
    r"(?:(?:公司|集团)?(?:全资|控股|参股|下属|旗下|所属)?(?:子|孙|母)公司"
    r"|(?:美资|外资|港资|台资|日资|韩资|德资|法资|欧资|中外合资|中外合作|外商独资|合资|民营|国有|龙头|上市)企业"
    r"|(?:项目)?(?:施工|工程)?(?:总承包|承建|建设|设计|监理|施工|运营|投资|实施|合作|签约)(?:单位|方)"
    r"|(?:代表团|考察团|访问团|观摩团|工作组|调研组|检查组|督导组)成员"
    r"|日前|近日|近期|目前|此前|今年|去年|记)"
)
#: Where a feature's ``记`` may stand: at a line's start or after a dash.
_FEATURE_OPENERS = "—\n"


def name_start(text: str, start: int, end: int, reads: Callable[[str], bool]) -> int:
    """Where the name in ``text[start:end]`` starts: after a leading :data:`HEAD` word when the rest
    ``reads`` as a name, else at ``start``."""
    m = HEAD.match(text, start, end)
    if m is None or m.end() >= end:
        return start
    if m.group() == "记" and start > 0 and text[start - 1] not in _FEATURE_OPENERS:
        return start
    return m.end() if reads(text[m.end() : end]) else start
