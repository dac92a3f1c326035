"""Cross-article resolution of people: merge on shared evidence, keep namesakes apart, ignore order."""

from __future__ import annotations

import datetime as dt

from rdflib import Graph
from rdflib.namespace import SDO, SKOS

from kg.extract import default_stages
from kg.model import Article
from kg.pipeline import run
from kg.rdf.graph import build_dataset
from kg.rdf.iri import Minter
from kg.resolve import Sighting, resolve, resolve_sightings

DAY = dt.date(2024, 3, 5)


def extract(aid: str, text: str):
    return run(Article(aid, f"{aid}.txt", 0, text, date=DAY), default_stages())


A1 = extract("a1", "太原市委书记王小明出席会议。")
A2 = extract("a2", "会上，太原市委书记王小明讲话。")
B1 = extract("b1", "晋中市领导刘大伟、张华参加会议。")
C1 = extract("c1", "应急管理部副部长刘大伟出席。")
D1 = extract("d1", "王小明说，今年的工作很重要。")


def test_same_name_and_post_in_two_articles_is_one_person():
    res = resolve([A1, A2])
    assert res.person("a1|王小明") == res.person("a2|王小明")
    assert res.person("a1|王小明").startswith("person|王小明|")


def test_namesakes_in_different_posts_stay_apart():
    res = resolve([B1, C1])
    assert res.person("b1|刘大伟") != res.person("c1|刘大伟")


def test_a_bare_mention_is_a_candidate_not_a_merge():
    res = resolve([A1, A2, D1])
    merged = res.person("a1|王小明")
    assert res.person("d1|王小明") == "d1|王小明"
    assert tuple(sorted((merged, "d1|王小明"))) in res.candidates


def test_order_of_articles_does_not_matter():
    one = resolve([A1, A2, B1, C1, D1])
    two = resolve([D1, C1, B1, A2, A1])
    assert one.canonical == two.canonical
    assert one.candidates == two.candidates


def test_graph_has_one_iri_for_the_merged_person_and_a_review_graph():
    minter = Minter()
    res = resolve([A1, A2, D1])
    ds = build_dataset([A1, A2, D1], minter, res)
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    named = {str(o) for s, o in union.subject_objects(SDO.name) if str(o) == "王小明"}
    people = {s for s, o in union.subject_objects(SDO.name) if str(o) == "王小明"}
    assert named == {"王小明"}
    assert len(people) == 2  # the merged official and the bare mention
    review = ds.graph(minter.candidates_graph())
    assert len(list(review.triples((None, SKOS.closeMatch, None)))) == 1


def test_evidence_links_sightings_through_others_whatever_the_order():
    # a and c share nothing, but each shares a post with b: one person; d shares nothing: apart
    sightings = [
        Sighting("a|王小明", "王小明", "a", frozenset({"org|甲"})),
        Sighting("b|王小明", "王小明", "b", frozenset({"org|甲", "org|乙"})),
        Sighting("c|王小明", "王小明", "c", frozenset({"org|乙"})),
        Sighting("d|王小明", "王小明", "d", frozenset({"org|丙"})),
    ]
    for order in (sightings, sightings[::-1], sightings[2:] + sightings[:2]):
        res = resolve_sightings(order)
        assert (
            res.person("a|王小明")
            == res.person("b|王小明")
            == res.person("c|王小明")
            == "person|王小明|org|乙"
        )
        assert res.person("d|王小明") == "d|王小明"
        assert res.candidates == []
