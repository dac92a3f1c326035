"""Former posts (``Holding(former=True)``: 历任, 曾任, 原…) in the RDF: a membership marked
``kg:former true`` whose interval is before the article's date and begins and ends where the text
says; no ``org:holds`` (the person holds the post no longer); SHACL conforms; the eval does not
score it as a post held at the article's date."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import ORG, RDF, TIME, XSD

from kg.eval import load_gold, score_graph
from kg.export.rdf import union_graph
from kg.model import Article, Extraction, Holding, Organization, Person, Place, Post
from kg.rdf.graph import build_dataset
from kg.rdf.iri import Minter
from kg.rdf.namespace import KG
from kg.validate import validate

TEXT = "王小明，1960年5月生。1986年8月至1990年3月任青禾县经济委员会主任。原青禾县委书记王小明同志出席。"
M = Minter()


def _extraction() -> Extraction:
    a = Article("c1", "c1.txt", 0, TEXT, date=dt.date(2024, 3, 5))
    place = Place("QH", "青禾县", "county")
    econ = Organization("econ", "青禾县经济委员会", "GovernmentOrganization", jurisdiction="QH")
    party = Organization("party", "青禾县委", "PartyOrganization", jurisdiction="QH")
    chair = Post("p-chair", "青禾县经济委员会主任", "主任", "econ")
    sec = Post("p-sec", "青禾县委书记", "书记", "party")
    first = TEXT.index("青禾县经济委员会主任")
    second = TEXT.index("青禾县委书记王小明")
    return Extraction(
        article=a,
        persons=(Person("王小明", "王小明"),),
        places=(place,),
        organizations=(econ, party),
        posts=(chair, sec),
        holdings=(
            Holding(
                "王小明",
                "p-chair",
                a.span(first, first + 10, "Post", "p-chair"),
                former=True,
                since="1986-08",
                until="1990-03",
            ),
            Holding("王小明", "p-sec", a.span(second, second + 9, "Post", "p-sec"), former=True),
        ),
    )


def test_a_former_post_is_a_membership_before_the_article_date() -> None:
    g = union_graph(build_dataset([_extraction()], M))
    person = M.person("王小明")
    assert list(g.objects(person, ORG.holds)) == []  # held no longer
    memberships = sorted(g.subjects(KG.former, Literal(True)))
    assert len(memberships) == 2
    bounds = {}
    for ms in memberships:
        assert (ms, RDF.type, ORG.Membership) in g
        interval = g.value(ms, ORG.memberDuring)
        assert (interval, TIME.before, M.instant(dt.date(2024, 3, 5))) in g
        begin, end = g.value(interval, TIME.hasBeginning), g.value(interval, TIME.hasEnd)
        bounds[str(g.value(ms, KG.post))] = (
            g.value(begin, TIME.inXSDgYearMonth) if begin else None,
            g.value(end, TIME.inXSDgYearMonth) if end else None,
        )
    month = XSD.gYearMonth
    assert bounds == {
        str(M.post("p-chair")): (Literal("1986-08", datatype=month), Literal("1990-03", datatype=month)),
        str(M.post("p-sec")): (None, None),
    }


def test_former_posts_conform_to_the_shapes() -> None:
    report = validate(build_dataset([_extraction()], M))
    assert report.conforms, report.text()


def test_the_eval_scores_no_former_post(tmp_path: Path) -> None:
    (tmp_path / "c1.txt").write_text(TEXT, encoding="utf-8")
    gold = {"source": "c1.txt", "officials": [], "other_persons": [{"name": "王小明"}]}
    (tmp_path / "c1.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = score_graph(load_gold(tmp_path / "c1.gold.json"), build_dataset([_extraction()], M))
    posts = result.dimensions["posts"]
    assert (posts.tp, posts.fp, posts.fn) == (0, 0, 0)
    assert result.dimensions["persons"].tp == 1


def test_the_example_query_lists_former_posts_with_their_dates() -> None:
    query = (Path(__file__).resolve().parents[1] / "examples/queries/17_former_posts.rq").read_text(
        encoding="utf-8"
    )
    g = union_graph(build_dataset([_extraction()], M))
    rows = [tuple(None if v is None else str(v) for v in row[:4]) for row in g.query(query)]
    assert sorted(rows, key=str) == sorted(
        [("王小明", "青禾县经济委员会主任", "1986-08", "1990-03"), ("王小明", "青禾县委书记", None, None)],
        key=str,
    )


def test_a_post_held_now_since_a_date_begins_there() -> None:
    """A CV's open period (2018年6月至今) is a post held now: the interval holds the article's
    date and begins at the CV's date."""
    ex = _extraction()
    now = replace(ex.holdings[1], former=False, since="2018-06")
    g = union_graph(build_dataset([replace(ex, holdings=(now,))], M))
    (ms,) = g.subjects(ORG.member, M.person("王小明"))
    interval = g.value(ms, ORG.memberDuring)
    assert (interval, TIME.inside, M.instant(dt.date(2024, 3, 5))) in g
    assert g.value(g.value(interval, TIME.hasBeginning), TIME.inXSDgYearMonth) == Literal(
        "2018-06", datatype=XSD.gYearMonth
    )
    assert list(g.objects(M.person("王小明"), ORG.holds)) == [M.post("p-sec")]
    assert validate(build_dataset([replace(ex, holdings=(now,))], M)).conforms


def test_the_build_report_counts_former_posts_apart(tmp_path: Path) -> None:
    from kg.build import build

    path = tmp_path / "obit.txt"
    path.write_text(
        "王小明同志逝世\n青禾县财政局原局长王小明同志因病逝世。县委书记李华出席告别仪式。\n", encoding="utf-8"
    )
    (entry,) = build([path]).report["inputs"]
    counts = entry["counts"]
    assert counts["former_posts"] == 1
    assert counts["memberships"] == 1  # 李华's post, held at the article's date
