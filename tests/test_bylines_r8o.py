"""Byline forms of local papers and news sites, on invented text: marks before a byline line,
a paper's own reporter line, 文/图 credit lines, 摄影报道, a name closing a paragraph, and the
staff credits (编辑, 校对, 审核) that are no bylines and no persons of the article."""

from __future__ import annotations

import pytest

from kg.build import build
from kg.eval.predict import read_prediction
from kg.extract.byline_forms import (
    CREDIT,
    END_NAMES,
    LEAD_MARK,
    MEDIA_DATELINE,
    MEDIA_REPORTER_LINE,
    UNIT_NAMES,
    credits,
)
from kg.extract.bylines import find_bylines
from kg.ingest.clean import to_lines
from kg.ingest.patterns import STAFF_LINE
from kg.model import Token


def _found(text: str, tokens: tuple[Token, ...] = ()) -> set[tuple[str, str]]:
    return {(c.role, c.name) for c in find_bylines(text, tokens)}


def _per(text: str, *names: str) -> tuple[Token, ...]:
    """PER tokens over each occurrence of ``names``, as the tagger gives them."""
    out = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            out.append(Token(at, at + len(name), name, "PER"))
            at = text.find(name, at + 1)
    return tuple(sorted(out, key=lambda t: t.start))


@pytest.mark.parametrize(
    "pattern",
    [LEAD_MARK, MEDIA_DATELINE, MEDIA_REPORTER_LINE, CREDIT, END_NAMES, UNIT_NAMES],
    ids=lambda p: p.name,
)
def test_pattern_examples(pattern) -> None:
    assert all(pattern.find(x) for x in pattern.examples), pattern.name
    assert not any(pattern.find(x) for x in pattern.counter_examples), pattern.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾县新闻\n■本报记者 周晓岚\n县里召开会议。", {("reporter", "周晓岚")}),
        (
            "青禾县新闻\n□记者 钟一鸣 通讯员 葛云\n县里召开会议。",
            {("reporter", "钟一鸣"), ("reporter", "葛云")},
        ),
        ("青禾县新闻\n青禾日报全媒体记者 曹文博\n县里召开会议。", {("reporter", "曹文博")}),
        ("本报青禾9月3日电 青禾日报记者 曹文博\n县里召开会议。", {("reporter", "曹文博")}),
        ("本报讯 记者 杜宇航 报道\n县里召开会议。", {("reporter", "杜宇航")}),
        (
            "青禾县新闻\n文/冯雨桐 图/何一鸣\n巷子里有间修鞋铺。",
            {("reporter", "冯雨桐"), ("photographer", "何一鸣")},
        ),
        ("青禾县新闻\n文·图/马骁\n稻田一片金黄。", {("reporter", "马骁"), ("photographer", "马骁")}),
        ("青禾县新闻\n作者：罗文静\n稻田一片金黄。", {("reporter", "罗文静")}),
        (
            "青禾县新闻\n记者 许婉清 摄影报道\n广场投入使用。",
            {("reporter", "许婉清"), ("photographer", "许婉清")},
        ),
        (
            "青禾县新闻\n记者 许婉清 图文报道\n广场投入使用。",
            {("reporter", "许婉清"), ("photographer", "许婉清")},
        ),
    ],
)
def test_local_byline_forms(text: str, expected: set[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "青禾日报讯（记者 程思远 通讯员 葛云）近日，县医院开展义诊。",
            {("reporter", "程思远"), ("reporter", "葛云")},
        ),
        ("青禾新闻网讯 记者 程思远 报道\n近日，县医院开展义诊。", {("reporter", "程思远")}),
        ("某某网青禾5月4日消息（记者 程思远）近日，县医院开展义诊。", {("reporter", "程思远")}),
        ("青禾县新闻\n本报驻青禾记者 程思远\n近日，县医院开展义诊。", {("reporter", "程思远")}),
        (
            "青禾县新闻\n记者：程思远 葛云\n近日，县医院开展义诊。",
            {("reporter", "程思远"), ("reporter", "葛云")},
        ),
        ("青禾县新闻\n近日，县医院开展义诊。\n（图/程思远）", {("photographer", "程思远")}),
        (
            "青禾县新闻\n■文/程思远 摄影/葛云\n近日，县医院开展义诊。",
            {("reporter", "程思远"), ("photographer", "葛云")},
        ),
        (  # a company's page: the writer's department before the name
            "青禾集团新闻\n近日，集团召开会议。\n文/党群工作部 程思远　图/葛云",
            {("reporter", "程思远"), ("photographer", "葛云")},
        ),
        (
            "青禾集团新闻\n近日，集团召开会议。\n文/宣传部 程思远 葛云",
            {("reporter", "程思远"), ("reporter", "葛云")},
        ),
    ],
)
def test_other_papers_datelines_and_credit_forms(text: str, expected: set[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "青禾县新闻\n文化/旅游\n县里召开会议。",  # a section label, no credit
        "青禾县新闻\n图为青禾县新建的文化广场\n县里召开会议。",  # a caption
        "青禾县新闻\n青禾日报记者从县里获悉，今年共有30人入选。",  # a sentence about a reporter
        "青禾县新闻\n文件：关于做好秋粮收购工作的通知",
        "据青禾日报报道，记者程思远在县医院采访。",  # a source named in a sentence, no byline
        "青禾县新闻\n青禾日报讯 近日，县医院开展义诊。",  # a dateline without a byline
        "青禾县新闻\n近日，县医院开展义诊。\n文/党群工作部供稿",  # a department's credit, no name
    ],
)
def test_not_local_bylines(text: str) -> None:
    assert _found(text) == set()


def test_credit_line_must_be_the_whole_line() -> None:
    assert credits("文/冯雨桐 图/何一鸣") == [(2, 5, "reporter"), (8, 11, "photographer")]
    assert credits("他说文/冯雨桐") is None
    assert credits("文/冯雨桐，图片由县文化馆提供") is None


def test_a_name_closing_a_paragraph_is_a_reporter_when_the_tagger_reads_a_person() -> None:
    text = "青禾县新闻\n检查组要求相关单位限期整改。（谢明哲）"
    assert _found(text, _per(text, "谢明哲")) == {("reporter", "谢明哲")}
    two = "青禾县新闻\n活动持续三天。（谢明哲 葛云）"
    assert _found(two, _per(two, "谢明哲", "葛云")) == {("reporter", "谢明哲"), ("reporter", "葛云")}


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("青禾县新闻\n检查组要求相关单位限期整改。（谢明哲）", ()),  # the tagger sees no person
        ("青禾县新闻\n系列报道第一篇。（全文完）", ("全文完",)),  # an end mark read as a name
        ("青禾县新闻\n代表团成员（谢明哲）参观了展馆。", ("谢明哲",)),  # not closing the paragraph
        ("青禾县新闻\n检查组要求相关单位限期整改（谢明哲）", ("谢明哲",)),  # no sentence end before it
    ],
)
def test_not_a_closing_name(text: str, per: tuple[str, ...]) -> None:
    found = _found(text, _per(text, *per))
    assert ("reporter", "谢明哲") not in found and ("reporter", "全文完") not in found


@pytest.mark.parametrize(
    ("line", "staff"),
    [
        ("责任编辑：姚思琪", True),
        ("编辑：程立 校对：梁雨萱", True),
        ("（责任编辑：姚思琪）", True),
        ("终审：夏志远", True),
        ("编辑部召开专题会议", False),
        ("编辑：这是一篇关于秋粮收购的报道。", False),
    ],
)
def test_staff_lines(line: str, staff: bool) -> None:
    assert bool(STAFF_LINE.match(line)) is staff
    assert [x.text for x in to_lines(f"会议召开。\n{line}\n")] == ["会议召开。"] + ([] if staff else [line])


def test_editors_are_neither_reporters_nor_persons(tmp_path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(
        "青禾县举办职业技能大赛\n本报讯（记者 周晓岚）日前，青禾县举办职业技能大赛，选手二百余名。\n"
        "责任编辑：姚思琪\n编辑：程立\n校对：梁雨萱\n审核：夏志远\n",
        encoding="utf-8",
    )
    pred = read_prediction(build([src]).dataset)
    assert {(b.kind, b.name) for b in pred.bylines} == {("reporter", "周晓岚")}
    assert not {p.name for p in pred.persons} & {"姚思琪", "程立", "梁雨萱", "夏志远"}


def test_a_paper_dateline_with_its_place_and_no_date_opens_a_byline(tmp_path) -> None:
    """本报某地讯（记者 甲）: the place between 本报 and 讯, as local papers print it."""
    from kg.build import build

    path = tmp_path / "a.txt"
    path.write_text("本报南昌讯　（记者钱晓雯）近日，南昌市召开会议，市长李华出席。\n", encoding="utf-8")
    (ex,) = build([path]).extractions
    assert [r.split("|")[-1] for r in ex.reporters] == ["钱晓雯"]
