"""The indexes and caches that make the grammar stages fast give the answers of the plain scans
they replace: title kinds (cached), organisation suffixes (by length), the gazetteer's names by
their first two characters, regex scans cut short at the last word a match must end with, and
an article's triples made without an rdflib graph. Every name here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.export.rdf import nt_lines
from kg.extract import default_stages
from kg.extract import titles as titles_module
from kg.extract.award_hits import find_awards
from kg.extract.divisions import gazetteer
from kg.extract.events import find_events
from kg.extract.org_suffixes import suffix_of, suffixes
from kg.extract.places import find_divisions
from kg.extract.titles import lexicon
from kg.model import Article, Extraction, Token
from kg.pipeline import run
from kg.rdf.graph import article_graph, article_triples
from kg.rdf.iri import Minter

DAY = dt.date(2022, 6, 9)

TEXT = (
    "6月8日，太原市民营经济座谈会在市委召开。市委副书记、市长王小明，常务副市长李华，"
    "某某有限公司董事长兼总经理张伟，采煤工赵强，党员刘洋出席。2022年度优秀志愿者名单"
)


def extract(text: str) -> Extraction:
    return run(Article("t", "test", 0, text, date=DAY), default_stages())


# ------------------------------------------------------------------ titles


def _substrings(text: str, longest: int = 8) -> list[str]:
    return [text[i : i + n] for i in range(len(text)) for n in range(1, longest + 1)]


def test_title_kind_cached_is_the_kind_worked_out() -> None:
    lex = lexicon()
    for text in ["", "abc", "副书记", "常务副市长", "董事长兼总经理", "采煤工", "党员", *_substrings(TEXT)]:
        first = lex.title_kind(text)
        assert first == lex._title_kind(text, 0), text
        assert lex.title_kind(text) == first, text  # the second answer comes from the cache
    assert lex.title_kind("常务副市长") == 0
    assert lex.title_kind("党员") is None
    assert lex.title_kind("王小明") is None


def test_title_kind_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = lexicon()
    monkeypatch.setattr(titles_module, "KIND_CACHE", 16)
    lex._kinds.clear()
    for text in _substrings(TEXT, 4):
        lex.title_kind(text)
        assert len(lex._kinds) <= 16
    assert lex.title_kind("常务副市长") == 0


# ------------------------------------------------------------------ organisation suffixes


def test_suffix_of_is_the_longest_lexicon_suffix() -> None:
    for text in ["", "某某有限公司", "某某集团", "某某分公司", "某某局", "王小明", *_substrings(TEXT)]:
        plain = next((s for s in suffixes() if text.endswith(s.suffix)), None)
        assert suffix_of(text) == plain, text
    found = suffix_of("某某股份有限公司")
    assert found is not None and "某某股份有限公司".endswith(found.suffix) and len(found.suffix) > 1


# ------------------------------------------------------------------ divisions


def test_gazetteer_lengths_index_every_name_and_nothing_else() -> None:
    gaz = gazetteer()
    for table, index in ((gaz.by_name, gaz.name_lengths), (gaz.by_short, gaz.short_lengths)):
        for name in table:
            if len(name) >= 2:
                assert len(name) in index[name[:2]], name
                assert gaz.first_char.fullmatch(name[0]), name
        for start, lengths in index.items():
            assert list(lengths) == sorted(set(lengths), reverse=True)
            assert all(any(len(n) == k and n.startswith(start) for n in table) for k in lengths), start
    assert gaz.name_lengths["太原"][0] >= 3 and "太原" in gaz.by_short


def _plain_hits(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Every full name at the start of a tagged word, by trying every length at every offset."""
    gaz = gazetteer()
    starts = {t.start for t in tokens}
    out = []
    for i in range(len(text)):
        if i in starts or i == 0:
            for n in range(min(16, len(text) - i), 2, -1):
                if text[i : i + n] in gaz.by_name:
                    out.append((i, i + n))
                    break
    return out


def test_divisions_found_at_candidate_offsets_only_are_all_of_them() -> None:
    text = "王小明在太原市尖草坪区和晋中市榆次区，又到了阳曲县"
    tokens = [Token(i, i + 1, text[i], "n") for i in range(len(text))]
    hits = [(h.start, h.end) for h in find_divisions(text, tokens) if not h.short]
    assert hits == _plain_hits(text, tokens)
    assert [text[s:e] for s, e in hits] == ["太原市", "尖草坪区", "晋中市", "榆次区", "阳曲县"]


# ------------------------------------------------------------------ scans cut at the last end word


def test_meeting_held_at_the_very_end_of_the_text() -> None:
    ex = extract("太原市民营经济座谈会在市委召开")
    assert [e.name for e in find_events(ex)] == ["太原市民营经济座谈会"]
    assert find_events(extract("太原市民营经济座谈会")) == []


def test_list_at_the_very_end_of_the_text() -> None:
    ex = extract(TEXT)
    assert [h.name for h in find_awards(ex)] == ["2022年度优秀志愿者"]
    assert find_awards(extract(TEXT[:-2])) == []


# ------------------------------------------------------------------ triples without a graph


def test_article_triples_are_the_article_graph() -> None:
    ex = extract(TEXT)
    triples = article_triples(ex, Minter())
    graph = article_graph(ex, Minter())
    assert set(triples) == set(graph)
    assert len(graph) > 50
    assert nt_lines(triples) == nt_lines(graph)
