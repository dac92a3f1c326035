"""Ingest: encodings, HTML, JSONL, clean-up, article split; on invented pages and the real samples."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.extract.bylines import ROLE
from kg.ingest import iter_inputs, read_document
from kg.ingest.clean import Line, punctuate, rebuild_body, to_lines
from kg.ingest.patterns import ALL_PATTERNS, NamedPattern
from kg.ingest.split import assemble, slug, split_page
from kg.model import Article

SHARED = Path(__file__).parents[1].parent / "shared"

# ---------------------------------------------------------------------------- patterns


@pytest.mark.parametrize("pattern", [*ALL_PATTERNS, ROLE], ids=lambda p: p.name)
def test_pattern_examples(pattern: NamedPattern) -> None:
    assert pattern.examples, "every pattern documents at least one example"
    for text in pattern.examples:
        assert pattern.find(text), f"{pattern.name} should match {text!r}"
    for text in pattern.counter_examples:
        assert not pattern.find(text), f"{pattern.name} should not match {text!r}"


# ---------------------------------------------------------------------------- inputs


def test_iter_inputs_expands_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["b.txt", "a.html", "sub/c.jsonl", ".hidden/d.txt", ".e.txt", "f.csv", "sub/g.TEXT"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    single = tmp_path / "f.csv"
    got = iter_inputs([tmp_path, single])
    rel = [p.relative_to(tmp_path).as_posix() for p in got]
    assert rel == ["a.html", "b.txt", "sub/c.jsonl", "sub/g.TEXT", "f.csv"]


def test_iter_inputs_missing_path_names_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nowhere.txt"):
        iter_inputs([tmp_path / "nowhere.txt"])


# ---------------------------------------------------------------------------- encodings

PAGE = "某市召开工作会议\n\n本报讯（记者 王小明）3月2日，某市召开工作会议，部署全年重点任务。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (PAGE.encode("utf-8-sig"), "utf-8-sig"),
        (PAGE.encode("utf-16"), "utf-16"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("gbk"), "gb18030"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.encoding == encoding
    assert doc.articles[0].headline == "某市召开工作会议"
    assert "部署全年重点任务" in doc.articles[0].text


def test_big5_is_detected(tmp_path: Path) -> None:
    text = "市政府召開會議\n\n本報訊 市政府今天舉行記者會，宣布新的交通政策，市民普遍表示歡迎。\n"
    path = tmp_path / "trad.txt"
    path.write_bytes(text.encode("big5"))
    doc = read_document(path)
    assert doc.encoding == "big5"
    assert doc.articles[0].headline == "市政府召開會議"


def test_short_gb_text_is_not_read_as_big5(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("会议纪要".encode("gb18030"))
    assert read_document(path).articles[0].headline == "会议纪要"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match=r"junk\.txt: looks like a binary file"):
        read_document(path)


@pytest.mark.parametrize("content", [b"", b"  \n\n \r\n", "\u3000\u3000\n".encode()])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="empty file"):
        read_document(path)


def test_wrong_given_encoding_names_byte_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes(b"abc" + "会议".encode("gb18030"))
    with pytest.raises(InputError, match=r"gb\.txt: cannot decode as utf-8 \(byte 0xbb at offset 3\)"):
        read_document(path, encoding="utf-8")


# ---------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("本报讯(记者 王小明 李华)6月8日,某市召开会议", "本报讯（记者 王小明 李华）6月8日，某市召开会议"),
        ("他说:好!真的吗?是的;", "他说：好！真的吗？是的；"),
        ("签约金额达175.65亿元", "签约金额达175.65亿元"),
        ("上午10:30开始,共1,000人", "上午10:30开始，共1,000人"),
        ("version (a) of A,B", "version (a) of A,B"),
    ],
)
def test_punctuation_is_unified_in_chinese_context(raw: str, clean: str) -> None:
    assert punctuate(raw) == clean


def test_lines_are_normalised_once() -> None:
    raw = "\u3000\u3000第一段\u3000文字。\r\n\r\n\r\n\t记者  王小明 李华\n\uff12\uff10\uff12\uff12年e\u0301"
    lines = to_lines(raw)
    assert [ln.text for ln in lines] == ["第一段 文字。", "记者 王小明 李华", "2022年" + "\u00e9"]
    assert [ln.indented for ln in lines] == [True, True, False]
    assert lines[1].gap == 2
    assert all(unicodedata.is_normalized("NFC", ln.text) for ln in lines)


# ---------------------------------------------------------------------------- clean-up and split

TWO_ARTICLES = "\n".join(
    [
        "SOURCE: invented test page | original: 某某日报 2023-03-15 page 2",
        "",
        "春风行动启动 助力就业",
        "某区举办大型招聘会",
        "",
        "本报讯(记者 王小明 李华)3月13日,某区人力资源部门在会展中心举办大型招聘会,"
        "吸引了上百家企业参加,提供就业岗位三千余个,现场气氛热烈,求职者纷纷",
        "",
        "",
        "",
        "招聘会现场,求职者在咨询岗位信息。赵一 摄",
        "",
        "前来咨询,不少人当场达成意向。招聘会还设置了政策咨询区,"
        "为求职者提供一对一的就业指导服务,帮助他们找到合适岗",
        "",
        "位。",
        "",
        "据介绍,今年以来全区已举办各类招聘活动二十余场。",
        "",
        "老旧小区改造加快推进",
        "",
        "本报北京3月14日电 记者从市住建部门获悉,今年全市计划改造老旧小区一百个,"
        "涉及居民两万余户,目前已有三十个小区开工建设,第一实验幼",
        "",
        "儿园周边的三个小区将率先完工。",
        "",
        "践行文明新风",
        "",
    ]
)


@pytest.fixture
def two(tmp_path: Path) -> tuple[Article, Article]:
    path = tmp_path / "page.txt"
    path.write_text(TWO_ARTICLES, encoding="utf-8")
    doc = read_document(path)
    assert len(doc.articles) == 2
    return doc.articles[0], doc.articles[1]


def test_page_splits_into_two_articles(two: tuple[Article, Article]) -> None:
    first, second = two
    assert [first.id, second.id] == ["page-1", "page-2"]
    assert [first.index, second.index] == [0, 1]
    assert first.headline == "春风行动启动 助力就业"
    assert first.subheadlines == ("某区举办大型招聘会",)
    assert second.headline == "老旧小区改造加快推进"
    assert second.subheadlines == ()
    assert first.published == second.published == dt.date(2023, 3, 15)
    assert first.date == dt.date(2023, 3, 13)  # the date the first body sentence opens with
    assert second.date == dt.date(2023, 3, 14)  # the dateline
    provenance = first.meta_value("provenance")
    assert provenance is not None and provenance.startswith("SOURCE: invented test page")
    assert "SOURCE" not in first.text


def test_text_layout_and_offsets(two: tuple[Article, Article]) -> None:
    first, second = two
    lines = first.text.split("\n")
    assert lines[:2] == ["春风行动启动 助力就业", "某区举办大型招聘会"]
    assert first.text[first.body_start :].startswith("本报讯（记者 王小明 李华）3月13日，")
    assert second.text[second.body_start :].startswith("本报北京3月14日电 记者从")
    assert "\n\n" not in first.text


def test_caption_moved_out_of_broken_paragraph(two: tuple[Article, Article]) -> None:
    first, _ = two
    assert "求职者纷纷前来咨询，不少人当场达成意向。" in first.text
    assert "找到合适岗位。" in first.text  # a page break before a one-character line
    (start, end), *_ = first.captions
    assert first.text[start:end] == "招聘会现场，求职者在咨询岗位信息。赵一 摄"
    lines = first.text.split("\n")
    caption_line = lines.index("招聘会现场，求职者在咨询岗位信息。赵一 摄")
    assert lines[caption_line - 1].endswith("帮助他们找到合适岗位。")
    assert first.in_caption(start) and not first.in_caption(first.body_start)


def test_page_break_rejoined_and_trailing_junk_kept(two: tuple[Article, Article]) -> None:
    _, second = two
    assert "第一实验幼儿园周边" in second.text
    assert second.text.split("\n")[-1] == "践行文明新风"
    assert second.captions == ()


def test_no_opener_means_one_article_with_headline_block(tmp_path: Path) -> None:
    path = tmp_path / "会议.txt"
    path.write_text(
        "某市召开全市工作会议\n——部署今年重点任务\n\n会议指出，要抓好各项工作的落实，"
        "确保全年目标任务顺利完成，为全市发展作出新的贡献。\n",
        encoding="utf-8",
    )
    (article,) = read_document(path).articles
    assert re.fullmatch(r"doc-[0-9a-f]{8}", article.id)
    assert article.headline == "某市召开全市工作会议"
    assert article.subheadlines == ("部署今年重点任务",)
    assert article.text.split("\n")[2].startswith("会议指出")
    assert article.date is None and article.published is None


def test_corporate_caption_lines_between_paragraphs() -> None:
    body = [
        Line(
            "6月6日，某集团在某市举行项目推介会，吸引了来自省内外的一百多位企业家参加活动，共同见证项目签约。"
        ),
        Line("活动现场"),
        Line("推介会由副市长主持，各县区负责同志作了推介。"),
        Line("甲某（右一）、乙某（左一）会谈"),
        Line("据了解，全市共签约33个项目，签约金额达175.65亿元。"),
        Line("项目签约仪式"),
    ]
    items = rebuild_body(body, indented_doc=False)
    assert [it.text for it in items if it.caption] == ["活动现场", "甲某（右一）、乙某（左一）会谈"]
    assert not items[-1].caption  # a trailing short line is kept, not called a caption


def test_indented_pages_keep_section_heads_and_paragraphs_apart() -> None:
    body = [
        Line("会议要求，各地要扎实推进各项改革任务，确保取得实效", indented=True),
        Line("坚持问题导向", indented=True),
        Line("会议强调，要坚持问题导向，从群众最关心的事情做起，一件接着一件办。", indented=True),
    ]
    items = rebuild_body(body, indented_doc=True)
    assert [it.text for it in items] == [ln.text for ln in body]
    assert not any(it.caption for it in items)


def test_paragraph_without_end_punctuation_is_not_glued_to_next_indented_one() -> None:
    lines = to_lines(
        "标题一行\n\u3000\u3000本报讯 第一段说明情况的文字没有句号"
        "但已经结束了的摘要内容很长很长很长\n\u3000\u3000第二段。"
    )
    (d,) = split_page(lines)
    assert [it.text for it in d.body] == [lines[1].text, lines[2].text]


# ---------------------------------------------------------------------------- JSONL and HTML


def test_jsonl_metadata_wins_and_bad_line_is_a_warning(tmp_path: Path) -> None:
    rows = [
        json.dumps(
            {
                "text": "本报讯 某市举行植树活动，市民踊跃参加。",
                "title": "某市举行植树活动",
                "date": "2021-03-12",
            }
        ),
        "{not json",
        json.dumps({"title": "没有正文"}),
        json.dumps(
            {
                "text": "某区开展义诊\n\n义诊活动吸引了众多居民。",
                "url": "http://example.org/2",
                "source": "某报",
            }
        ),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    doc = read_document(path)
    assert [a.id for a in doc.articles] == ["feed-1", "feed-2"]
    first, second = doc.articles
    assert first.headline == "某市举行植树活动"
    assert first.text.startswith("某市举行植树活动\n本报讯")
    assert first.published == first.date == dt.date(2021, 3, 12)
    assert second.headline == "某区开展义诊"
    assert second.meta_value("url") == "http://example.org/2"
    assert len(doc.warnings) == 2
    assert "line 2" in doc.warnings[0] and "line 3" in doc.warnings[1]


def test_html_drops_chrome_and_keeps_captions(tmp_path: Path) -> None:
    html = """<html><head><meta charset="gb2312"><title>站点首页 - 新闻</title>
    <style>p {color: red}</style><script>var a = 1;</script></head><body>
    <nav>首页 | 新闻</nav><header>某集团门户网站</header>
    <h1>某集团召开年度工作会议</h1>
    <p>3月5日，某集团召开年度工作会议，总结去年工作，部署今年任务。</p>
    <p><img src="a.jpg"><br>会议现场</p>
    <figure><img src="b.jpg"><figcaption>集团董事长 张三 讲话</figcaption></figure>
    <p>会议要求，各单位要抓好落实，确保完成全年目标。</p>
    <footer>版权所有</footer></body></html>"""
    path = tmp_path / "news-2021-03-06.html"
    path.write_bytes(html.encode("gb18030"))
    doc = read_document(path)
    (article,) = doc.articles
    assert doc.encoding == "gb18030"
    assert article.headline == "某集团召开年度工作会议"
    assert article.published == dt.date(2021, 3, 6)
    assert article.date == dt.date(2021, 3, 5)
    captions = [article.text[s:e] for s, e in article.captions]
    assert captions == ["会议现场", "集团董事长 张三 讲话"]
    for junk in ["color", "var a", "首页", "门户网站", "版权所有"]:
        assert junk not in article.text


def test_file_name_dates(tmp_path: Path) -> None:
    for name, date in [
        ("paper-20191028.txt", dt.date(2019, 10, 28)),
        ("x_2022-06-09.txt", dt.date(2022, 6, 9)),
    ]:
        path = tmp_path / name
        path.write_text("标题\n\n正文第一段。", encoding="utf-8")
        assert read_document(path).articles[0].published == date


def test_slug() -> None:
    assert slug("rmrb_20190204-01-01") == "rmrb_20190204-01-01"
    assert slug("a b&c") == "a-b-c"
    assert re.fullmatch(r"doc-[0-9a-f]{8}", slug("人民日报"))
    assert slug("人民日报") == slug("人民日报")


# ---------------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    list("某市召开会议记者王小明李华摄。，！？：；（）()” \u3000\n\n\t0123456789本报讯月日电新华社北京")
)


@settings(max_examples=150, deadline=None)
@given(st.text(_ALPHABET, max_size=300))
def test_any_text_gives_valid_articles(text: str) -> None:
    for n, d in enumerate(split_page(to_lines(text))):
        article = assemble(d, id=f"t-{n}", source="t", index=n, published=dt.date(2020, 1, 1))
        assert 0 <= article.body_start <= len(article.text)
        assert all(0 <= s < e <= len(article.text) for s, e in article.captions)
        assert all(line and line == line.strip() for line in article.text.split("\n")) or not article.text


# ---------------------------------------------------------------------------- real samples


def _need_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("the shared sample folder is absent")


def _flat(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def test_taiyuan_sample() -> None:
    _need_shared()
    doc = read_document(SHARED / "data" / "taiyuan-daily-2022-06-09.txt")
    gold = json.loads((SHARED / "gold" / "taiyuan-daily-2022-06-09.gold.json").read_text(encoding="utf-8"))
    assert len(doc.articles) == len(gold["articles"]) == 2
    for article, g in zip(doc.articles, gold["articles"], strict=True):
        assert article.headline == g["headline"]
        assert list(article.subheadlines) == g["subheadlines"]
        assert article.date == dt.date.fromisoformat(g["date"])
    first, second = doc.articles
    assert "太原市" in first.text and "\n原市" not in first.text
    assert "幼儿园" in second.text and "\n儿园" not in second.text
    (start, end), *_ = first.captions
    caption = first.text[start:end]
    assert caption.endswith("摄") and "\n" not in caption
    before = first.text[:start].rstrip("\n").split("\n")[-1]
    assert before.endswith("。")
    assert not any(line.startswith(("民有", "中部城市群")) for line in first.text.split("\n"))


def _gold_news() -> list[Path]:
    folder = SHARED / "gold" / "news"
    return sorted(folder.glob("*.gold.json")) if folder.is_dir() else []


@pytest.mark.parametrize("gold_path", _gold_news(), ids=lambda p: p.name.split(".")[0])
def test_news_headlines_match_gold(gold_path: Path) -> None:
    source = SHARED / "corpora" / "news" / (gold_path.name.split(".")[0] + ".txt")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    doc = read_document(source)
    assert len(doc.articles) == len(gold)
    for article, g in zip(doc.articles, gold, strict=True):
        assert _flat(article.headline) == _flat(g["headline"])
        assert [_flat(s) for s in article.subheadlines] == [_flat(s) for s in g["subheadlines"]]
        assert article.date == dt.date.fromisoformat(g["date"])
        if g.get("published"):
            assert article.published == dt.date.fromisoformat(g["published"])


def test_display_path_shows_unprintable_characters_as_escapes() -> None:
    from kg.ingest import display_path

    assert display_path("报纸/2024年/太原日报.txt") == "报纸/2024年/太原日报.txt"
    assert display_path("a\tb\u200bc.txt") == "a\\u0009b\\u200bc.txt"  # a tab, a zero-width space
    assert display_path(os.fsdecode(b"bad\xffname.txt")) == "bad\\xffname.txt"


@pytest.mark.parametrize(
    ("opener", "date"),
    [
        ("某某网青禾5月4日消息（记者 王小明）5月3日，", dt.date(2023, 5, 4)),  # a site's dateline
        ("某某日报讯（记者 李华）5月2日，", dt.date(2023, 5, 2)),  # undated: the body's first date
        ("某某网消息称，5月1日，", dt.date(2023, 5, 6)),  # not a dateline: the page's date
    ],
)
def test_another_papers_or_sites_dateline_opens_the_body_and_dates_it(
    tmp_path: Path, opener: str, date: dt.date
) -> None:
    path = tmp_path / "site-20230506.txt"
    path.write_text(f"青禾县举办农民丰收节\n\n{opener}青禾县在县城广场举办农民丰收节。\n", encoding="utf-8")
    (article,) = read_document(path).articles
    assert article.headline == "青禾县举办农民丰收节"
    assert article.date == date


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("记者 王小明 报道 5月4日，青禾县在县城广场举办农民丰收节。", dt.date(2023, 5, 4)),
        ("记者 王小明 报道\u30005月3日上午，青禾县在县城广场举办农民丰收节。", dt.date(2023, 5, 3)),
        ("记者 王小明 李华 报道 5月2日，青禾县在县城广场举办农民丰收节。", dt.date(2023, 5, 2)),
        ("通讯员 李华 报道 5月1日，青禾县在县城广场举办农民丰收节。", dt.date(2023, 5, 1)),
        # no byline before the lead's date: the page's date
        ("记者王小明报道了5月4日青禾县在县城广场举办的农民丰收节。", dt.date(2023, 5, 6)),
        ("记者从县里获悉，5月4日，青禾县在县城广场举办农民丰收节。", dt.date(2023, 5, 6)),
    ],
)
def test_a_byline_ending_in_baodao_that_opens_the_lead_is_read_past_for_its_date(
    tmp_path: Path, lead: str, date: dt.date
) -> None:
    path = tmp_path / "county-20230506.txt"
    path.write_text(f"青禾县举办农民丰收节\n\n{lead}\n", encoding="utf-8")
    (article,) = read_document(path).articles
    assert article.date == date


def test_an_html_page_whose_text_looks_like_a_file_name_is_read_without_warnings() -> None:
    """bs4 warns when markup looks like a file name or an address (found by the fuzz test): a page
    is read as given, and under ``-W error`` that warning would fail the input."""
    from kg.ingest.readers import html_lines

    assert html_lines(".HTM") == (None, ".HTM", None)
    assert html_lines("http://example.com/page.htm")[1] == "http://example.com/page.htm"
