"""Every example query (examples/queries/*.rq) on the sample page's build, through kg.store.

The rows of each query are stored in ``tests/golden/queries/<name>.tsv`` (a header line of the
variables, then one line per row; tab-separated, ``\\N`` for an unbound value, tabs, newlines and
backslashes escaped) and compared exactly, as sorted lists. ``KG_REGENERATE=1`` rewrites them.

Queries that take a name through ``VALUES`` ship with an invented default; here the value is
replaced by one from the sample (the first person the first article gives a post, its headline),
so that the answer is not empty. With ``../shared`` present, the answers of the main queries are
also checked against the gold file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from e2e_support import GOLDEN, QUERIES, REGENERATE, gold, has_shared, norm, sample_build

from kg.export.rdf import write_trig
from kg.store import QueryResult, open_store, query

TSV = GOLDEN / "queries"
needs_gold = pytest.mark.skipif(not has_shared(), reason="../shared (the gold files) is absent")


def first_official() -> str:
    """The person of the first post the sample's first article gives (by offset)."""
    ex = sample_build().extractions[0]
    holding = min(ex.holdings, key=lambda h: (h.mention.start, h.person))
    person = ex.person(holding.person)
    assert person is not None
    return person.name


def first_headline() -> str:
    headline = sample_build().extractions[0].article.headline
    assert headline
    return headline


#: Query -> (VALUES variable, value from the sample). Other queries run as written.
SUBSTITUTE = {
    "01_posts_of_person": ("name", first_official),
    "09_facts_of_article": ("headline", first_headline),
    "11_attended_with_person": ("person", first_official),
}


def queries() -> list[Path]:
    return sorted(QUERIES.glob("*.rq"))


def sample_text(path: Path) -> str:
    """The query text, with its VALUES name replaced by one from the sample if it takes one."""
    text = path.read_text(encoding="utf-8")
    if path.stem not in SUBSTITUTE:
        return text
    var, value = SUBSTITUTE[path.stem]
    pattern = re.compile(r"(VALUES\s+\?" + var + r"\s*\{\s*)\"[^\"]*\"(\s*\})")
    new, n = pattern.subn(lambda m: f'{m[1]}"{value()}"{m[2]}', text)
    assert n == 1, f"{path.name}: expected one 'VALUES ?{var} {{ \"…\" }}' to substitute"
    return new


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    path = tmp_path_factory.mktemp("sample") / "graph.trig"
    write_trig(sample_build().dataset, path)
    return open_store(path)


def run(store: ox.Store, stem: str) -> QueryResult:
    return query(store, sample_text(QUERIES / f"{stem}.rq"))


def _cell(value: str | None) -> str:
    if value is None:
        return "\\N"
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _uncell(cell: str) -> str | None:
    if cell == "\\N":
        return None
    escapes = {"\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}
    return re.sub(r"\\[\\tnr]", lambda m: escapes[m[0]], cell)


def to_tsv(result: QueryResult) -> str:
    lines = ["\t".join(result.variables), *sorted("\t".join(_cell(v) for v in row) for row in result.rows)]
    return "\n".join(lines) + "\n"


def from_tsv(text: str) -> QueryResult:
    header, *lines = text.rstrip("\n").split("\n")
    return QueryResult(header.split("\t"), [tuple(_uncell(c) for c in line.split("\t")) for line in lines])


def test_tsv_round_trip() -> None:
    result = QueryResult(["a", "b"], [("x\ty\\n", None), ("line\nbreak", "")])
    back = from_tsv(to_tsv(result))
    assert back.variables == ["a", "b"]
    assert sorted(back.rows, key=str) == sorted(result.rows, key=str)


@pytest.mark.parametrize("path", queries(), ids=lambda p: p.stem)
def test_query_rows(store: ox.Store, path: Path) -> None:
    result = run(store, path.stem)
    expected_file = TSV / f"{path.stem}.tsv"
    if REGENERATE:
        TSV.mkdir(parents=True, exist_ok=True)
        expected_file.write_text(to_tsv(result), encoding="utf-8")
    assert expected_file.is_file(), f"{expected_file} is missing; run KG_REGENERATE=1 pytest {__file__}"
    expected = from_tsv(expected_file.read_text(encoding="utf-8"))
    assert result.variables == expected.variables
    actual_rows, expected_rows = sorted(result.rows, key=str), sorted(expected.rows, key=str)
    assert actual_rows == expected_rows, (
        f"{path.name}: only expected {[r for r in expected_rows if r not in actual_rows][:40]}\n"
        f"only actual {[r for r in actual_rows if r not in expected_rows][:40]}"
    )


def test_every_query_with_a_values_name_gets_one_from_the_sample() -> None:
    takes_name = {
        p.stem for p in queries() if re.search(r"VALUES\s+\?\w+\s*\{\s*\"", p.read_text(encoding="utf-8"))
    }
    # 06 (太原市) and 12 (太钢) name things the sample has already
    assert takes_name - {"06_officials_under_city", "12_articles_mentioning_org"} <= set(SUBSTITUTE)


# ----------------------------------------------------------------------------- answers vs gold


def _rows(result: QueryResult) -> list[dict[str, str | None]]:
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


@needs_gold
def test_posts_of_a_person(store: ox.Store) -> None:
    official = gold()["officials"][0]
    assert first_official() == official["name"]
    rows = _rows(run(store, "01_posts_of_person"))
    assert rows and {r["name"] for r in rows} == {official["name"]}
    labels = {str(r["post"]) for r in rows}
    assert len(labels) == len(official["posts"])
    for jurisdiction, _organ, role in official["posts"]:
        assert any(label.endswith(role) and jurisdiction.rstrip("省市") in label for label in labels), role
    article = gold()["articles"][0]
    assert {(r["date"], r["headline"]) for r in rows} == {(article["date"], article["headline"])}
    assert all(official["name"] in str(r["evidence"]) for r in rows)


@needs_gold
def test_attendees_of_events(store: ox.Store) -> None:
    rows = _rows(run(store, "02_event_attendees"))
    attendees: dict[str, set[str | None]] = defaultdict(set)
    for r in rows:
        attendees[str(r["event"])].add(r["attendee"])
    assert attendees == {e["name"]: set(e["participants"]) for e in gold()["events"]}
    assert {r["date"] for r in rows} == {e["date"] for e in gold()["events"]}
    assert all(r["post"] for r in rows), "every attendee of the sample has a post in the article"


@needs_gold
def test_honourees_by_category_with_employers(store: ox.Store) -> None:
    rows = _rows(run(store, "03_honourees_by_category"))
    award = gold()["award"]
    assert {r["award"] for r in rows} == {award["name"]}
    assert {r["category"] for r in rows} == set(award["categories"])
    honorees = gold()["honorees"]
    assert {(r["honouree"], r["category"]) for r in rows} == {(h["name"], h["category"]) for h in honorees}
    for h in honorees:
        mine = [r for r in rows if r["honouree"] == h["name"]]
        for employer, title in [(h["employer"], h["title"]), *[tuple(a) for a in h.get("also", [])]]:
            if employer is None:
                assert any(norm(r["jobTitle"]) == norm(title) for r in mine), h
            else:
                whole = norm(employer) + norm(title)
                assert any(norm(r["employer"]) + norm(r["jobTitle"]) == whole for r in mine), (h, mine)


@needs_gold
def test_enterprises(store: ox.Store) -> None:
    rows = _rows(run(store, "04_enterprises"))
    assert {r["basis"] for r in rows} <= {"visited", "mentioned"}
    assert set(gold()["enterprises"]) <= {r["enterprise"] for r in rows}
    headlines = {a["headline"] for a in gold()["articles"]} | {e["name"] for e in gold()["events"]}
    assert {r["context"] for r in rows} <= headlines


@needs_gold
def test_places_and_their_parents(store: ox.Store) -> None:
    rows = _rows(run(store, "05_places"))
    parent = {str(r["place"]): r["parent"] for r in rows}
    for place in gold()["places"]:
        assert place["name"] in parent, place
        ancestors, up = [], parent.get(place["name"])
        while up and up not in ancestors:
            ancestors.append(up)
            up = parent.get(up)
        assert place["part_of"] in ancestors, (place, ancestors)
    assert all(r["code"] for r in rows if r["level"] in ("province", "prefecture", "county"))


@needs_gold
def test_officials_under_the_city(store: ox.Store) -> None:
    rows = _rows(run(store, "06_officials_under_city"))
    officials = {r["official"] for r in rows}
    for o in gold()["officials"]:
        if any(j == "太原市" and organ in ("市委", "市政府") for j, organ, _ in o["posts"]):
            assert o["name"] in officials, o


@needs_gold
def test_two_posts_at_once(store: ox.Store) -> None:
    names = {r["name"] for r in _rows(run(store, "07_two_posts_at_once"))}
    assert {o["name"] for o in gold()["officials"] if len(o["posts"]) >= 2} <= names


@needs_gold
def test_counts_by_type(store: ox.Store) -> None:
    counts = {r["type"]: int(str(r["count"])) for r in _rows(run(store, "08_counts_by_type"))}
    assert counts["https://schema.org/NewsArticle"] == len(gold()["articles"])
    assert counts["https://schema.org/Event"] == len(gold()["events"])
    assert counts["https://kg.example.org/ontology#AwardConferral"] == len(gold()["honorees"])


@needs_gold
def test_facts_of_an_article(store: ox.Store) -> None:
    rows = _rows(run(store, "09_facts_of_article"))
    headline = gold()["articles"][0]["headline"]
    assert any(r["p"] == "https://schema.org/headline" and r["o"] == headline for r in rows)
    assert not any(str(r["s"]).endswith("/text") or "#char=" in str(r["s"]) for r in rows)


@needs_gold
def test_coattendance(store: ox.Store) -> None:
    rows = _rows(run(store, "10_coattendance"))
    both = set.intersection(*(set(e["participants"]) for e in gold()["events"]))
    twice = {frozenset((r["person1"], r["person2"])) for r in rows if r["events"] == "2"}
    assert twice == {frozenset((a, b)) for a in both for b in both if a < b}


@needs_gold
def test_attended_with_person(store: ox.Store) -> None:
    if not (QUERIES / "11_attended_with_person.rq").is_file():
        pytest.skip("examples/queries/11_attended_with_person.rq is not there")
    person = first_official()
    others = {r["other"] for r in _rows(run(store, "11_attended_with_person"))}
    expected = set().union(*(e["participants"] for e in gold()["events"] if person in e["participants"]))
    assert others == expected - {person}
