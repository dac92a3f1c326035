"""Property tests: any article-like text in, a valid graph out, whatever the order of the files.

Texts are made of sentences from a few templates of the genre (title chains, leader lists,
enumerations, honour lists, appointments, bylines, meetings) with invented names, mixed with junk
(ASCII, punctuation, random CJK). For every text, ``kg.build.build``:

- succeeds, or fails only with :class:`kg.errors.KGError`, and no article fails inside a stage;
- stores mentions whose offsets fit the text (in the model, and as NIF phrases in the graph);
- gives a graph that conforms to the SHACL shapes;
- gives the same union graph when its files are given in the reverse order.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from e2e_support import union
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF

from kg.build import BuildResult, build
from kg.errors import KGError
from kg.rdf.graph import NIF
from kg.validate import validate

SURNAMES = "王李张赵孙周吴郑冯陈"
GIVEN = ["小明", "晓燕", "建国", "海涛", "志强", "丽丽", "文斌", "大伟", "春华", "秋实"]
CITIES = ["长治", "大同", "运城", "晋城", "阳泉"]
CATEGORIES = ["助人为乐", "诚实守信", "敬业奉献", "先进工作者"]
UNITS = ["第一中学", "人民医院", "恒远机械制造有限公司", "城建投资集团有限公司", "实验小学"]
JOBS = ["教师", "总经理", "主任医师", "职员", "校长"]
MEETINGS = ["经济工作会议", "项目建设推进座谈会", "安全生产工作会议", "招商引资推介会"]
BUREAUS = ["教育局", "财政局", "交通运输局", "卫生健康委员会"]

names = st.builds(lambda s, g: s + g, st.sampled_from(SURNAMES), st.sampled_from(GIVEN))
cities = st.sampled_from(CITIES)
junk = st.text(alphabet="，。、；：“”（）()《》!?？！ \u3000\t0123456789abcXYZ-—·…", min_size=1, max_size=12)
cjk = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=20)

sentences = st.one_of(
    st.builds(
        "省委常委、{0}市委书记{1}，{0}市委副书记、市长{2}出席会议并讲话。".format, cities, names, names
    ),
    st.builds(
        lambda c, ns: f"{c}市领导{'、'.join(ns)}参加。", cities, st.lists(names, min_size=1, max_size=5)
    ),
    st.builds(
        "2023年{1}市道德模范名单出炉。获得“{0}”类别的有：{1}市{2}{3}{4}，{1}市{5}{6}{7}。".format,
        st.sampled_from(CATEGORIES),
        cities,
        st.sampled_from(UNITS),
        st.sampled_from(JOBS),
        names,
        st.sampled_from(UNITS),
        st.sampled_from(JOBS),
        names,
    ),
    st.builds(
        "任命{0}为{1}市{2}局长；免去{3}的{1}市{2}副局长职务。".format,
        names,
        cities,
        st.sampled_from(BUREAUS),
        names,
    ),
    st.builds(
        "{0}月{1}日，{2}市{3}在市行政中心召开。".format,
        st.integers(1, 12),
        st.integers(1, 28),
        cities,
        st.sampled_from(MEETINGS),
    ),
    st.builds("本报讯(记者 {0} {1})".format, names, names),
    st.builds("{0}强调，要{1}。".format, names, cjk),
    junk,
    cjk,
)
paragraphs = st.lists(sentences, min_size=1, max_size=6).map("".join)
articles = st.builds(
    lambda head, body: head + "\n\n" + "\n\n".join(body),
    st.one_of(cjk, st.builds("{0}市召开{1}".format, cities, st.sampled_from(MEETINGS))),
    st.lists(paragraphs, min_size=1, max_size=4),
)


def _build(paths: list[Path]) -> BuildResult | None:
    try:
        return build(paths)
    except KGError:
        return None


def _check(result: BuildResult) -> None:
    for entry in result.report["inputs"]:
        if "encoding" in entry:  # the file was read: no article may fail in a stage
            assert entry["errors"] == [], entry["errors"]
    for ex in result.extractions:
        text = ex.article.text
        for m in ex.mentions:
            assert text[m.start : m.end] == m.text, m
    g = union(result.dataset)
    for phrase in g.subjects(RDF.type, NIF.Phrase):
        stored = str(g.value(g.value(phrase, NIF.referenceContext), NIF.isString))
        begin, end = int(g.value(phrase, NIF.beginIndex)), int(g.value(phrase, NIF.endIndex))  # type: ignore[arg-type]
        assert stored[begin:end] == str(g.value(phrase, NIF.anchorOf)), phrase
    report = validate(result.dataset)
    assert report.conforms, report.text()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(articles, min_size=1, max_size=3))
def test_any_text_gives_a_valid_graph_in_any_order(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, text in enumerate(texts):
            path = Path(tmp) / f"page-{n}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        forward = _build(paths)
        backward = _build(paths[::-1])
        assert (forward is None) == (backward is None)
        if forward is None or backward is None:
            return
        _check(forward)
        assert set(union(forward.dataset)) == set(union(backward.dataset))
        assert len(forward.extractions) == len(backward.extractions)


def test_the_templates_yield_posts_and_honours() -> None:
    """The generator's templates do reach the extractors (else the properties test little)."""
    text = (
        "长治市召开经济工作会议\n\n本报讯(记者 王文斌 李晓燕)3月5日，长治市经济工作会议在市行政中心召开。"
        "省委常委、长治市委书记张建国，长治市委副书记、市长赵海涛出席会议并讲话。长治市领导孙丽丽、周大伟参加。"
        "\n\n2023年长治市道德模范名单出炉。获得“敬业奉献”类别的有：长治市第一中学教师吴春华，长治市人民医院主任医师郑秋实。"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.txt"
        path.write_text(text, encoding="utf-8")
        result = build([path])
    _check(result)
    [ex] = result.extractions
    persons = {p.key: p.name for p in ex.persons}
    holders = {persons[h.person] for h in ex.holdings}
    assert {"张建国", "赵海涛", "孙丽丽", "周大伟"} <= holders
    assert {persons[c.recipient] for c in ex.conferrals} == {"吴春华", "郑秋实"}
    assert [e.name for e in ex.events] == ["长治市经济工作会议"]
