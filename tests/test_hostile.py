"""Hostile input gets nowhere: markup, quotes, backslashes, control characters, lone surrogates,
bidirectional marks and 100 000-character names end up as clean text in valid Turtle, TriG,
N-Quads, JSON and an HTML page that runs nothing; IRIs never carry raw text; the readers raise
only kg's own errors on any bytes at all.

All inputs are invented (王小明, 李华, 某市).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SDO

from kg.build import BuildResult, build, extract_article, write_outputs
from kg.errors import KGError
from kg.export.html import render_html
from kg.ingest import read_input
from kg.ingest.clean import clean_text
from kg.model import Article, Award, Event, Extraction, Organization, Person, Place
from kg.rdf.graph import NIF, build_dataset
from kg.rdf.iri import Minter

SCRIPT = '<script>alert("x")</script>'
IMG = "\"'><img src=x onerror=alert(1)>"
#: Payloads that must never appear as raw markup in the HTML page.
PAYLOADS = ("<script>alert", "<img src=x", "onerror=alert(1)>", "</script><", "<b>粗</b>")
IRI_BREAKERS = '<>"{}|\\^` '
#: A strict ASCII IRI: none of the characters RDF forbids in IRIs, no spaces, no controls.
ASCII_IRI = re.compile(r"^https?://[\x21-\x7e]+$")
FORMATS = ("turtle", "trig", "nquads", "ntriples", "html")
OX_FORMAT = {
    "graph.ttl": ox.RdfFormat.TURTLE,
    "graph.trig": ox.RdfFormat.TRIG,
    "graph.nq": ox.RdfFormat.N_QUADS,
    "graph.nt": ox.RdfFormat.N_TRIPLES,
}
RDFLIB_FORMAT = {"graph.ttl": "turtle", "graph.trig": "trig", "graph.nq": "nquads", "graph.nt": "nt"}


def _unwanted(c: str) -> bool:
    """Characters that ingest removes: controls (but the line break), format, surrogates, nonchars."""
    cp = ord(c)
    return (
        (unicodedata.category(c) in {"Cc", "Cf", "Cs"} and c != "\n")
        or 0xFDD0 <= cp <= 0xFDEF
        or cp & 0xFFFE == 0xFFFE
    )


# ---------------------------------------------------------------------------- clean text


def test_clean_text_leaves_no_control_format_surrogate_or_noncharacter() -> None:
    every = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if _unwanted(chr(cp)) or chr(cp) in "\r\t")
    surrogates = sum(1 for c in every if unicodedata.category(c) == "Cs")
    cleaned = clean_text("王" + every + "明")
    assert set(cleaned) == {"王", "明", "\t", "\n", "\ufffd"}  # line breaks (\r, \x0b, \x0c, \x85) become \n
    assert cleaned.count("\ufffd") == surrogates == 2048
    assert clean_text(cleaned) == cleaned
    assert clean_text("甲\r\n乙\r丙\u2028丁\x0c戊\x85己") == "甲\n乙\n丙\n丁\n戊\n己"
    assert clean_text("\u202e\u200f\u2066王小明\u2069\ufeff") == "王小明"
    assert clean_text("e\u0301") == "é"  # NFC


# ---------------------------------------------------------------------------- end to end

HOSTILE_TITLE = f"某市{SCRIPT}召开\\会议\"'\n\r\x00\x1b\u202e\u200f\u2066反转"
HOSTILE_TEXT = (
    f"本报讯（记者 王小明）3月2日，某市召开会议，市长李华{SCRIPT}出席。"
    f'\ud800王\udfff小明说："\\\\n"。{IMG}<b>粗</b>\u0000\u0007\u001b[31m红\U000e0041。'
)


def _hostile_inputs(folder: Path) -> None:
    rows = [
        {
            "title": HOSTILE_TITLE,
            "text": HOSTILE_TEXT,
            "source": "某报\x00<b>",
            "url": "https://example.org/a?b=1&c=<2>",
            "date": "2024-03-02",
        },
        {"text": "本报讯 记者 " + "王" * 100_000 + " 报道：某市召开会议。", "title": "长" * 100_000},
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (folder / f'{IRI_BREAKERS}<script>alert("x").txt').write_text(
        f'某市{SCRIPT}会议\n\n本报讯（记者 王<小>明）3月2日，"{{某某}}|有限公司"在太原^市召开表彰大会，'
        "授予李华“{优秀}|工作者”称号。市委书记张 三出席。\u202e反转\n",
        encoding="utf-8",
    )
    (folder / "page.html").write_text(
        "<html><body><h1>&lt;script&gt;alert(1)&lt;/script&gt;标题</h1>"
        "<p>本报讯 某市&#0;召开&#xD800;会议&#x202E;，&quot;李华&quot;出席&lt;b&gt;。</p>"
        "<figure><img src=x onerror=alert(1)><figcaption>&lt;img src=x onerror=alert(1)&gt;</figcaption></figure>"
        "</body></html>",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    _hostile_inputs(folder)
    result = build([folder], max_article_chars=5000)
    out = tmp_path_factory.mktemp("out")
    write_outputs(result, out, FORMATS)
    return result, out


def test_hostile_inputs_are_read_as_clean_text(hostile: tuple[BuildResult, Path]) -> None:
    result, _ = hostile
    assert [e["status"] for e in result.report["inputs"]] == ["ok", "warning", "ok"]
    articles = [ex.article for ex in result.extractions]
    assert len(articles) == 4
    for a in articles:
        for field in (a.text, a.headline or "", a.source, *(v for _, v in a.meta)):
            assert not [c for c in field if _unwanted(c)], (a.id, field[:80])
            field.encode("utf-8")  # never raises: no lone surrogates
    first = next(a for a in articles if a.id == "feed-1")
    assert first.headline == f"某市{SCRIPT}召开\\会议\"' 反转"
    assert f"市长李华{SCRIPT}出席" in first.text and "\ufffd王\ufffd小明" in first.text
    assert "[31m红。" in first.text and first.meta_value("url") is None
    html_article = next(a for a in articles if a.id == "page")
    assert html_article.headline == "<script>alert(1)</script>标题"
    assert '某市\ufffd召开\ufffd会议，"李华"出席<b>。' in html_article.text  # &#0; and &#xD800;


def _rdflib(path: Path) -> Dataset | Graph:
    """The file parsed by rdflib: a dataset for TriG and N-Quads, a graph for Turtle and N-Triples."""
    parsed: Dataset | Graph = Dataset() if path.suffix in {".trig", ".nq"} else Graph()
    with warnings.catch_warnings():  # rdflib 7.6's Dataset.parse warns about its own internals
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed.parse(data=path.read_text(encoding="utf-8"), format=RDFLIB_FORMAT[path.name])
    return parsed


def _quads(g: Dataset | Graph) -> set[tuple]:
    return set(g.quads((None, None, None, None))) if isinstance(g, Dataset) else set(g)


def _literals(ds: Dataset | Graph, predicate: URIRef) -> set[str]:
    return {str(t[2]) for t in _quads(ds) if t[1] == predicate}


def test_rdf_outputs_parse_back_exactly(hostile: tuple[BuildResult, Path]) -> None:
    result, out = hostile
    texts = {ex.article.text for ex in result.extractions}
    headlines = {ex.article.headline for ex in result.extractions}
    assert any(SCRIPT in h for h in headlines) and any(len(t) >= 5000 - 10 for t in texts)
    for name, fmt in OX_FORMAT.items():
        path = out / name
        parsed = _rdflib(path)
        assert _literals(parsed, NIF.isString) == texts, name
        assert _literals(parsed, SDO.headline) == headlines, name
        quads = list(ox.parse(path.read_bytes(), format=fmt))
        assert len(quads) == len(_quads(parsed)) > 100
        ox_texts = {q.object.value for q in quads if q.predicate.value == str(NIF.isString)}
        assert ox_texts == texts, name


def test_report_is_valid_json(hostile: tuple[BuildResult, Path]) -> None:
    result, out = hostile
    raw = (out / "report.json").read_bytes()
    report = json.loads(raw.decode("utf-8"))  # strict UTF-8: no surrogates
    assert report == json.loads(json.dumps(result.report))
    headlines = {a["headline"] for e in report["inputs"] for a in e.get("articles", [])}
    assert f"某市{SCRIPT}召开\\会议\"' 反转" in headlines
    assert not re.search(r"\\ud[89a-f]", raw.decode("utf-8"), re.I)


def test_html_page_runs_nothing(hostile: tuple[BuildResult, Path], tmp_path: Path) -> None:
    result, out = hostile
    page = (out / "graph.html").read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in page, payload
    benign = Dataset()
    benign_page = render_html(benign)
    assert page.count("<script") == benign_page.count("<script")
    assert page.count("</script>") == benign_page.count("</script>")
    # the hostile headline is there, but only JSON-encoded (and HTML-escaped inside cards)
    assert "某市\\u003cscript\\u003ealert" in page
    assert "\\u0026lt;script\\u0026gt;" in page


def test_hostile_names_round_trip(tmp_path: Path) -> None:
    """Names built by hand (as an extractor might): markup, quotes, newlines, marks, 100k characters."""
    long_name = "王" * 100_000
    names = [SCRIPT, IMG, 'a\\b"c\nd\re\tf', "\u202e王小明\u200f", long_name, IRI_BREAKERS + "某某公司"]
    text = "某市召开会议。" + "。".join(n.replace("\n", " ") for n in names[:4]) + "。"
    a = Article(id="hostile", source="<x>.txt", index=0, text=text, headline=SCRIPT, date=dt.date(2024, 3, 1))
    ex = Extraction(
        article=a,
        persons=tuple(Person(n, n) for n in names),
        organizations=tuple(Organization("o" + n, n, "Corporation") for n in names),
        places=(Place(IRI_BREAKERS, SCRIPT, "village"),),
        events=(Event(IRI_BREAKERS, SCRIPT, "Meeting", "2024-03-01", IRI_BREAKERS, (SCRIPT, IMG)),),
        awards=(Award(IRI_BREAKERS, IMG, 2024, (SCRIPT,)),),
    )
    result = BuildResult(build_dataset([ex], Minter()), [ex], {"inputs": [], "summary": {}})
    written = write_outputs(result, tmp_path, FORMATS)
    assert len(written) == len(FORMATS) + 1
    for name, fmt in OX_FORMAT.items():
        quads = list(ox.parse((tmp_path / name).read_bytes(), format=fmt))
        values = {q.object.value for q in quads if isinstance(q.object, ox.Literal)}
        assert set(names) <= values, name
        parsed = _rdflib(tmp_path / name)
        assert set(names) <= {str(t[2]) for t in _quads(parsed)}
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    for payload in PAYLOADS[:3]:
        assert payload not in page
    assert page.count("<script") == render_html(Dataset()).count("<script")


# ---------------------------------------------------------------------------- IRIs


def _assert_iris(ds: Dataset) -> int:
    iris = set()
    for quad in ds.quads((None, None, None, None)):
        for term in quad:
            node = getattr(term, "identifier", term)
            if isinstance(node, URIRef):
                iris.add(str(node))
    for iri in iris:
        assert ASCII_IRI.match(iri) and not any(c in iri for c in IRI_BREAKERS), iri
        ox.NamedNode(iri)  # pyoxigraph validates the IRI
    return len(iris)


def test_minter_makes_ascii_iris_of_any_key() -> None:
    m = Minter()
    keys = [IRI_BREAKERS, SCRIPT, "王 小\n明", "\ud800", "x" * 100_000, "140100 ", "../../etc"]
    for key in keys:
        made = [
            m.person(key),
            m.place(key),
            m.organization(key),
            m.post(key),
            m.role(key),
            m.event(key),
            m.site(key),
            m.award(key),
            m.category(key, key),
            m.membership("a", key, key, 3),
            m.conferral("a", key, key),
        ]
        for iri in made:
            assert ASCII_IRI.match(str(iri)) and not any(c in str(iri) for c in IRI_BREAKERS), iri
            ox.NamedNode(str(iri))
        assert m.person_text(key) == str(m.person(key))  # the faster string is the same IRI
    with pytest.raises(ValueError):
        m.article(IRI_BREAKERS)


def test_iri_breaking_characters_in_every_field_give_valid_iris(hostile: tuple[BuildResult, Path]) -> None:
    result, out = hostile
    ids = {ex.article.id for ex in result.extractions}
    assert ids == {"script-alert-x", "feed-1", "feed-2", "page"}  # the first from the file name
    assert _assert_iris(result.dataset) > 20
    kinds = {type(x).__name__ for ex in result.extractions for x in (*ex.persons, *ex.organizations)}
    assert {"Person", "Organization"} <= kinds


def test_hand_built_hostile_keys_give_valid_iris() -> None:
    a = Article(id="k", source="k.txt", index=0, text="某市召开会议。", date=dt.date(2024, 3, 1))
    ex = Extraction(
        article=a,
        persons=(Person(IRI_BREAKERS, IRI_BREAKERS),),
        organizations=(Organization(IRI_BREAKERS, IRI_BREAKERS, "Corporation", jurisdiction=IRI_BREAKERS),),
        places=(Place(IRI_BREAKERS, IRI_BREAKERS, "village", parent="140100"),),
        events=(
            Event(
                IRI_BREAKERS, IRI_BREAKERS, "Meeting", None, IRI_BREAKERS, (IRI_BREAKERS,), (IRI_BREAKERS,)
            ),
        ),
        awards=(Award(IRI_BREAKERS, IRI_BREAKERS, None, (IRI_BREAKERS,), IRI_BREAKERS),),
    )
    assert _assert_iris(build_dataset([ex], Minter())) >= 8


# ---------------------------------------------------------------------------- fuzzing the readers

_MARKUP = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<script>",
        "</script>",
        "<img src=x>",
        "<figure>",
        "<figcaption>",
        "</figcaption>",
        "<br>",
    ]
    + [
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "&lt;",
        "&#0;",
        "&#xD800;",
        "&#x110000;",
        "<meta charset=big5>",
        "<h1>",
    ]
    + [
        "<nav>",
        "<article>",
        "</article>",
        "<div hidden>",
        "<title>",
        '"',
        "'",
        "\\",
        "\x00",
        "\ud800",
        "\u202e",
    ]
)
_CHINESE = st.sampled_from(list("某市召开会议记者王小明李华摄。，！？：；（）“”本报讯3月2日\n\u3000 "))
_TEXT = st.lists(st.one_of(_MARKUP, _CHINESE, st.text(max_size=5)), max_size=60).map("".join)
_CODECS = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "utf-32", "latin-1"])
_SCALAR = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT
_VALUE = _SCALAR | st.lists(_SCALAR, max_size=3)
_JSON = (
    st.dictionaries(st.sampled_from(["text", "title", "date", "url", "source", "x"]), _VALUE, max_size=5)
    | st.lists(_VALUE, max_size=3)
    | _SCALAR
)
_SUFFIX = st.sampled_from([".txt", ".html", ".jsonl", ".json"])


def _check(path: Path, data: bytes) -> None:
    """Read ``data`` as ``path``; only kg's errors may escape, and what is read is clean."""
    path.write_bytes(data)
    try:
        got = read_input(path, max_article_chars=2000)
    except KGError as exc:
        assert exc.format().startswith(str(path)) and "\n" not in exc.format()
        return
    for a in got.document.articles:
        assert a.text and not [c for c in a.text if _unwanted(c)]
        assert all(0 <= s < e <= len(a.text) for s, e in a.captions)
        assert 0 <= a.body_start <= len(a.text) and len(a.text) <= 2000
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", a.id)


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.binary(max_size=3000), suffix=_SUFFIX)
def test_fuzz_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    _check(tmp_path / f"f{suffix}", data)


@FUZZ
@given(text=_TEXT, codec=_CODECS, suffix=_SUFFIX)
def test_fuzz_random_text_in_any_encoding(tmp_path: Path, text: str, codec: str, suffix: str) -> None:
    _check(
        tmp_path / f"f{suffix}",
        text.encode(codec, "surrogatepass" if codec.startswith("utf-8") else "ignore"),
    )


@FUZZ
@given(records=st.lists(st.one_of(_JSON.map(json.dumps), _TEXT), max_size=6))
def test_fuzz_jsonl_lines(tmp_path: Path, records: list[str]) -> None:
    _check(
        tmp_path / "f.jsonl",
        "\n".join(r.replace("\n", " ") for r in records).encode("utf-8", "surrogatepass"),
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_TEXT, body=_TEXT)
def test_fuzz_hostile_article_to_rdf(tmp_path: Path, title: str, body: str) -> None:
    """Any title and text, through ingest, extraction and N-Quads, parse back to the stored text."""
    record = {"title": title, "text": "本报讯（记者 王小明）某市召开会议。" + body}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = read_input(path).document.articles
    ex = extract_article(article)
    ds = build_dataset([ex], Minter())
    _assert_iris(ds)
    result = BuildResult(ds, [ex], {})
    write_outputs(result, tmp_path, ("nquads",))
    quads = list(ox.parse((tmp_path / "graph.nq").read_bytes(), format=ox.RdfFormat.N_QUADS))
    assert {q.object.value for q in quads if q.predicate.value == str(NIF.isString)} == {article.text}
