"""Traditional Chinese: recognised, extracted on a Simplified copy, labelled as written."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal
from rdflib.namespace import SDO, SKOS

from kg.build import build
from kg.script import is_traditional, to_simplified
from kg.validate import validate

TRADITIONAL = (
    "大同市召開全市經濟工作會議\n\n"
    "本報訊（記者 王小明）3月5日，大同市召開全市經濟工作會議。市委書記李明主持會議並講話，"
    "市委副書記、市長趙麗作工作報告。\n"
)


def test_detection_and_length_kept():
    assert is_traditional(TRADITIONAL)
    assert not is_traditional(to_simplified(TRADITIONAL))
    assert not is_traditional("市委书记李明主持会议。")
    assert len(to_simplified(TRADITIONAL)) == len(TRADITIONAL)
    assert to_simplified("市委書記") == "市委书记"


def test_traditional_article_is_extracted_and_labelled_as_written(tmp_path: Path):
    src = tmp_path / "trad.txt"
    src.write_text(TRADITIONAL, encoding="big5")
    result = build([src])
    [ex] = result.extractions
    assert ex.article.original is not None and "書記" in ex.article.original
    posts = {p.label for p in ex.posts}
    assert "大同市委书记" in posts  # matched on the Simplified copy
    union = {(s, p, o) for s, p, o, _ in result.dataset.quads((None, None, None, None))}
    assert any(p == SDO.name and o == Literal("趙麗", lang="zh-Hant") for _, p, o in union)
    assert any(p == SDO.alternateName and o == Literal("赵丽", lang="zh-Hans") for _, p, o in union)
    assert any(p == SKOS.prefLabel and o == Literal("大同市委書記", lang="zh-Hant") for _, p, o in union)
    assert any(p == SKOS.altLabel and o == Literal("大同市委书记", lang="zh-Hans") for _, p, o in union)
    report = validate(result.dataset)
    assert report.conforms, report.text()


def test_anchors_are_the_written_characters(tmp_path: Path):
    src = tmp_path / "trad.txt"
    src.write_text(TRADITIONAL, encoding="utf-8")
    result = build([src])
    [ex] = result.extractions
    anchors = [
        str(o)
        for _, p, o, _ in result.dataset.quads((None, None, None, None))
        if str(p).endswith("#anchorOf")
    ]
    assert "李明" in anchors
    assert any("書記" in a for a in anchors)
    assert not any("书记" in a for a in anchors)
    for m in ex.mentions:  # every offset found on the Simplified copy fits the written text
        assert to_simplified(ex.article.stored_text[m.start : m.end]) == m.text


def test_one_person_in_both_scripts_is_named_once_per_script(tmp_path: Path):
    """Resolved across a Simplified and a Traditional article: a name in each script, valid."""
    (tmp_path / "simplified.txt").write_text("标题\n\n市委书记赵丽主持会议。", encoding="utf-8")
    (tmp_path / "traditional.txt").write_text("標題\n\n市委書記趙麗主持會議。", encoding="utf-8")
    (tmp_path / "same.txt").write_text("標題\n\n市委書記王小明主持會議。", encoding="utf-8")
    result = build([tmp_path])
    names = {o for _, p, o, _ in result.dataset.quads((None, SDO.name, None, None)) if isinstance(o, Literal)}
    assert Literal("赵丽", lang="zh") in names and Literal("趙麗", lang="zh-Hant") in names
    assert Literal("王小明", lang="zh") in names  # the same in both scripts: one label, no zh-Hant twin
    assert Literal("王小明", lang="zh-Hant") not in names
    report = validate(result.dataset)
    assert report.conforms, report.text()
