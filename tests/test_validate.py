"""SHACL validation: a small conforming graph passes; each broken rule fails with its own message."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, SDO, SH, SKOS, TIME

from kg.errors import InputError
from kg.ontology import load_shapes
from kg.rdf.namespace import KG
from kg.validate import ValidationReport, Violation, read_graph, validate

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ID = Namespace("https://kg.example.org/id/")
KGSH = Namespace("https://kg.example.org/shapes#")

TEXT = "太原市委书记王小明主持会议。"
ARTICLE = ID["article/t1"]
CONTEXT = ID["article/t1/text"]
PHRASE = URIRef(f"{CONTEXT}#char=0,9")
PERSON = ID["person/wxm"]
MEMBERSHIP = ID["membership/m1"]
POST = ID["post/p1"]
ROLE = ID["role/r1"]
ORGANIZATION = ID["org/o1"]
PLACE = ID["place/140100"]
PROVINCE = ID["place/140000"]


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def index(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


def small_graph() -> Graph:
    """A membership with everything the contract asks for, built by hand."""
    g = Graph()
    g.bind("kgid", ID)
    triples = [
        (ARTICLE, RDF.type, SDO.NewsArticle),
        (ARTICLE, SDO.headline, zh("王小明主持会议")),
        (ARTICLE, KG.sourceFile, Literal("data/t1.txt")),
        (ARTICLE, KG.text, CONTEXT),
        (CONTEXT, RDF.type, NIF.Context),
        (CONTEXT, NIF.isString, Literal(TEXT)),
        (PHRASE, RDF.type, NIF.Phrase),
        (PHRASE, NIF.beginIndex, index(0)),
        (PHRASE, NIF.endIndex, index(9)),
        (PHRASE, NIF.anchorOf, Literal(TEXT[0:9])),
        (PHRASE, NIF.referenceContext, CONTEXT),
        (PERSON, RDF.type, SDO.Person),
        (PERSON, SDO.name, zh("王小明")),
        (PERSON, ORG.holds, POST),
        (PROVINCE, RDF.type, SDO.AdministrativeArea),
        (PROVINCE, SDO.name, zh("山西省")),
        (PROVINCE, SKOS.notation, Literal("140000")),
        (PLACE, RDF.type, SDO.AdministrativeArea),
        (PLACE, SDO.name, zh("太原市")),
        (PLACE, SKOS.notation, Literal("140100")),
        (PLACE, SDO.containedInPlace, PROVINCE),
        (PLACE, KG.level, Literal("prefecture")),
        (ORGANIZATION, RDF.type, ORG.Organization),
        (ORGANIZATION, RDF.type, KG.PartyOrganization),
        (ORGANIZATION, SKOS.prefLabel, zh("太原市委")),
        (ORGANIZATION, KG.jurisdiction, PLACE),
        (ROLE, RDF.type, ORG.Role),
        (ROLE, SKOS.prefLabel, zh("书记")),
        (POST, RDF.type, ORG.Post),
        (POST, SKOS.prefLabel, zh("太原市委书记")),
        (POST, ORG.role, ROLE),
        (POST, ORG.postIn, ORGANIZATION),
        (MEMBERSHIP, RDF.type, ORG.Membership),
        (MEMBERSHIP, ORG.member, PERSON),
        (MEMBERSHIP, ORG.organization, ORGANIZATION),
        (MEMBERSHIP, ORG.role, ROLE),
        (MEMBERSHIP, KG.post, POST),
        (MEMBERSHIP, KG.article, ARTICLE),
        (MEMBERSHIP, PROV.wasDerivedFrom, PHRASE),
        (MEMBERSHIP, KG.evidence, zh(TEXT)),
    ]
    for t in triples:
        g.add(t)
    return g


def messages(report: ValidationReport) -> list[str]:
    return [v.message for v in report.violations]


# ---------------------------------------------------------------------------- conforming


def test_shapes_graph_parses_and_every_shape_has_messages_and_a_comment() -> None:
    shapes = load_shapes()
    named = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    named |= set(shapes.subjects(RDF.type, SH.SPARQLConstraint))
    assert len(named) > 40
    for shape in named:
        assert isinstance(shape, URIRef), "shapes have IRIs so that reports name the rule"
        assert shapes.value(shape, RDFS.comment) is not None, shape
        if (shape, SH.sparql, None) in shapes and (shape, SH.nodeKind, None) not in shapes:
            continue  # a holder of a SPARQL constraint, whose messages are the constraint's
        langs = {m.language for m in shapes.objects(shape, SH.message)}
        assert langs == {"zh", "en"}, shape


def test_small_graph_conforms() -> None:
    report = validate(small_graph())
    assert report.conforms, report.text()
    assert report.violations == []
    assert report.text().startswith("conforms")


def test_validate_does_not_change_its_input() -> None:
    g = small_graph()
    before = len(g)
    validate(g)
    assert len(g) == before


# ---------------------------------------------------------------------------- each rule, broken


def _without(*triples: tuple[URIRef, URIRef, object]) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        for t in triples:
            g.remove(t)

    return change


def _set(s: URIRef, p: URIRef, o: object) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.set((s, p, o))

    return change


def _blank_person(g: Graph) -> None:
    blank = BNode()
    for p, o in list(g.predicate_objects(PERSON)):
        g.add((blank, p, o))
    g.remove((PERSON, None, None))
    for s, p in list(g.subject_predicates(PERSON)):
        g.remove((s, p, PERSON))
        g.add((s, p, blank))


def _add(*triples: tuple[URIRef, URIRef, object]) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        for t in triples:
            g.add(t)

    return change


BROKEN = {
    "membership without org:member": (
        _without((MEMBERSHIP, ORG.member, PERSON)),
        KGSH["Membership-member"],
        "an org:Membership has exactly one org:member, a schema:Person",
    ),
    "membership whose member is no person": (
        _without((PERSON, RDF.type, SDO.Person)),
        KGSH["Membership-member"],
        "an org:Membership has exactly one org:member, a schema:Person",
    ),
    "membership from no phrase": (
        _without((MEMBERSHIP, PROV.wasDerivedFrom, PHRASE)),
        KGSH["Membership-source"],
        "an org:Membership has exactly one prov:wasDerivedFrom, a nif:Phrase",
    ),
    "phrase whose begin equals its end": (
        _set(PHRASE, NIF.beginIndex, index(9)),
        KGSH["Phrase-begin"],
        "a nif:Phrase has exactly one nif:beginIndex, a non-negative integer less than its nif:endIndex",
    ),
    "phrase whose begin is after its end": (
        _set(PHRASE, NIF.beginIndex, index(12)),
        KGSH["Phrase-begin"],
        "a nif:Phrase has exactly one nif:beginIndex, a non-negative integer less than its nif:endIndex",
    ),
    "phrase whose anchor is not the text at its offsets": (
        _set(PHRASE, NIF.anchorOf, Literal("李华")),
        KGSH["Context-anchors"],
        f"the nif:anchorOf of {PHRASE} differs from the context's text at its offsets",
    ),
    "notation of two digits": (
        _set(PLACE, SKOS.notation, Literal("12")),
        KGSH["AdministrativeArea-notation"],
        "the skos:notation of a schema:AdministrativeArea is one six-digit GB/T 2260 code",
    ),
    "place in two places": (
        _add((PLACE, SDO.containedInPlace, PLACE)),
        KGSH["AdministrativeArea-parent"],
        "a schema:AdministrativeArea has at most one schema:containedInPlace, a schema:AdministrativeArea",
    ),
    "blank node person": (
        _blank_person,
        {KGSH["Person"], KGSH["Membership-member"]},
        "a schema:Person must be an IRI, not a blank node",
    ),
    "person with two names in one language": (
        _add((PERSON, SDO.name, zh("王晓明"))),
        KGSH["Person-name"],
        "a schema:Person has a language-tagged schema:name, at most one per language tag",
    ),
    "person name without a language": (
        _set(PERSON, SDO.name, Literal("王小明")),
        KGSH["Person-name"],
        "a schema:Person has a language-tagged schema:name, at most one per language tag",
    ),
    "post in no organisation": (
        _without((POST, ORG.postIn, ORGANIZATION)),
        KGSH["Post-postIn"],
        "an org:Post has exactly one org:postIn, an org:Organization",
    ),
    "party organisation without a label": (
        _without((ORGANIZATION, SKOS.prefLabel, zh("太原市委"))),
        KGSH["Organization-label"],
        "an org:Organization has a language-tagged skos:prefLabel",
    ),
    "article with two headlines": (
        _add((ARTICLE, SDO.headline, zh("另一个标题"))),
        KGSH["NewsArticle-headline"],
        "a schema:NewsArticle has at most one schema:headline, a language-tagged string",
    ),
    "event with a date-time": (
        _add(
            (ID["event/e1"], RDF.type, KG.Meeting),
            (ID["event/e1"], SDO.name, zh("常委会")),
            (ID["event/e1"], KG.article, ARTICLE),
            (ID["event/e1"], SDO.startDate, Literal("2024-03-05T09:00:00", datatype=XSD.dateTime)),
        ),
        KGSH["Event-date"],
        "a schema:Event has at most one schema:startDate (xsd:date, or xsd:gYearMonth / xsd:gYear when only the month or year is known)",
    ),
    "conferral without a recipient": (
        _add(
            (ID["award/a1"], RDF.type, SKOS.ConceptScheme),
            (ID["award/a1"], SKOS.prefLabel, zh("全国劳动模范")),
            (ID["conferral/c1"], RDF.type, KG.AwardConferral),
            (ID["conferral/c1"], KG.award, ID["award/a1"]),
            (ID["conferral/c1"], KG.article, ARTICLE),
            (ID["conferral/c1"], PROV.wasDerivedFrom, PHRASE),
        ),
        KGSH["AwardConferral-recipient"],
        "a kg:AwardConferral has exactly one kg:recipient, a schema:Person, an org:Organization or a schema:AdministrativeArea",
    ),
    "interval placed nowhere in time": (
        _add((ID["membership/m9/during"], RDF.type, TIME.Interval)),
        KGSH["Interval"],
        "a time:Interval must be an IRI with a time:inside, a time:before, a beginning or an end",
    ),
    "instant with a day and a month": (
        _add(
            (ID["date/1990-03"], RDF.type, TIME.Instant),
            (ID["date/1990-03"], TIME.inXSDgYearMonth, Literal("1990-03", datatype=XSD.gYearMonth)),
            (ID["date/1990-03"], TIME.inXSDDate, Literal("1990-03-01", datatype=XSD.date)),
        ),
        KGSH["Instant"],
        "a time:Instant must be an IRI with exactly one of time:inXSDDate, time:inXSDgYearMonth, time:inXSDgYear",
    ),
    "former flag false": (
        _add((MEMBERSHIP, KG.former, Literal(False))),
        KGSH["Membership-former"],
        "an org:Membership has at most one kg:former, and it is true",
    ),
    "conferral to a post": (
        _add(
            (ID["award/a1"], RDF.type, SKOS.ConceptScheme),
            (ID["award/a1"], SKOS.prefLabel, zh("全国文明城市")),
            (ID["conferral/c1"], RDF.type, KG.AwardConferral),
            (ID["conferral/c1"], KG.recipient, POST),
            (ID["conferral/c1"], KG.award, ID["award/a1"]),
            (ID["conferral/c1"], KG.article, ARTICLE),
            (ID["conferral/c1"], PROV.wasDerivedFrom, PHRASE),
        ),
        KGSH["AwardConferral-recipient"],
        "a kg:AwardConferral has exactly one kg:recipient, a schema:Person, an org:Organization or a schema:AdministrativeArea",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_rule_fails_with_its_message(case: str) -> None:
    change, shape, message = BROKEN[case]
    g = small_graph()
    change(g)
    report = validate(g)
    assert not report.conforms
    assert {v.shape for v in report.violations} == (shape if isinstance(shape, set) else {shape}), (
        report.text()
    )
    assert message in messages(report)
    assert all(v.severity == "Violation" for v in report.violations)
    assert all(v.message_zh for v in report.violations)
    assert message in report.text()


def test_notation_is_optional() -> None:
    g = small_graph()
    g.remove((PLACE, SKOS.notation, None))
    assert validate(g).conforms


def test_violation_names_focus_path_and_value() -> None:
    g = small_graph()
    g.set((PLACE, SKOS.notation, Literal("12")))
    (violation,) = validate(g).violations
    assert violation.focus == PLACE
    assert violation.path == SKOS.notation
    assert violation.value == Literal("12")
    assert violation.constraint == SH.PatternConstraintComponent
    assert violation.message_zh == "行政区划代码 skos:notation 须为一个六位数字的 GB/T 2260 代码"


def test_report_text_groups_by_rule() -> None:
    g = small_graph()
    g.remove((MEMBERSHIP, ORG.member, PERSON))
    g.set((PLACE, SKOS.notation, Literal("12")))
    g.set((PROVINCE, SKOS.notation, Literal("1400")))
    report = validate(g)
    lines = report.text().splitlines()
    assert lines[0] == "does not conform: 3 violation(s) of 2 rule(s)"
    rule_lines = [line for line in lines if line.startswith("[Violation]")]
    assert len(rule_lines) == 2
    assert any("kgsh:AdministrativeArea-notation" in line and "six-digit" in line for line in rule_lines)
    assert (
        '  <https://kg.example.org/id/place/140000> skos:notation = "1400"  (PatternConstraintComponent)'
        in lines
    )
    assert "  <https://kg.example.org/id/membership/m1> org:member  (MinCountConstraintComponent)" in lines
    assert "须为一个六位数字" in report.text(lang="zh")


def test_report_is_frozen() -> None:
    report = validate(small_graph())
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = False  # type: ignore[misc]
    v = Violation(focus=PLACE, path=None, message="m", severity="Violation", shape=KGSH.Person)
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.message = "n"  # type: ignore[misc]


# ---------------------------------------------------------------------------- datasets and files


def _split_dataset() -> Dataset:
    """The small graph split over two named graphs: the person in one, the membership in the other."""
    ds = Dataset()
    people = ds.graph(ID["graph/people"])
    rest = ds.graph(ID["graph/rest"])
    for s, p, o in small_graph():
        (people if s == PERSON else rest).add((s, p, o))
    return ds


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    assert validate(_split_dataset()).conforms


def _write(path: Path, fmt: str, graph: Graph) -> None:
    """Triples as a one-graph file; quads split over two named graphs (person apart from the rest)."""
    if fmt in ("turtle", "nt"):
        graph.serialize(path, format=fmt, encoding="utf-8")
        return
    # written by hand: rdflib's own TriG/N-Quads serializers warn (Dataset.contexts is deprecated)
    groups: dict[URIRef, list[str]] = {ID["graph/people"]: [], ID["graph/rest"]: []}
    for s, p, o in sorted(graph):
        groups[ID["graph/people"] if s == PERSON else ID["graph/rest"]].append(f"{s.n3()} {p.n3()} {o.n3()}")
    if fmt == "nquads":
        text = "".join(f"{t} {g.n3()} .\n" for g, ts in groups.items() for t in ts)
    else:
        text = "".join(
            f"{g.n3()} {{\n" + "".join(f"  {t} .\n" for t in ts) + "}\n" for g, ts in groups.items()
        )
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "suffix,fmt", [(".ttl", "turtle"), (".nt", "nt"), (".trig", "trig"), (".nq", "nquads")]
)
def test_validate_reads_files_by_suffix(tmp_path: Path, suffix: str, fmt: str) -> None:
    path = tmp_path / f"graph{suffix}"
    _write(path, fmt, small_graph())
    assert len(read_graph(path)) == len(small_graph())
    assert validate(path).conforms
    broken = small_graph()
    broken.set((PLACE, SKOS.notation, Literal("12")))
    _write(path, fmt, broken)
    assert not validate(path).conforms


def test_unparsable_file_is_an_input_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        validate(path)
    assert str(path) in str(info.value)
    assert "cannot parse as turtle" in str(info.value)


def test_unknown_suffix_and_missing_file_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="suffix"):
        validate(tmp_path / "graph.rdf")
    with pytest.raises(InputError, match="no such file"):
        validate(tmp_path / "missing.ttl")


@pytest.mark.parametrize("recipient", [ORGANIZATION, PLACE], ids=["organisation", "place"])
def test_a_conferral_to_an_organisation_or_a_place_conforms(recipient: URIRef) -> None:
    """A collective honoured as such (先进基层党组织), or a city (全国文明城市), is a recipient as a
    person is."""
    g = small_graph()
    for triple in (
        (ID["award/a1"], RDF.type, SKOS.ConceptScheme),
        (ID["award/a1"], SKOS.prefLabel, zh("先进基层党组织")),
        (ID["conferral/c1"], RDF.type, KG.AwardConferral),
        (ID["conferral/c1"], KG.recipient, recipient),
        (ID["conferral/c1"], KG.award, ID["award/a1"]),
        (ID["conferral/c1"], KG.article, ARTICLE),
        (ID["conferral/c1"], PROV.wasDerivedFrom, PHRASE),
    ):
        g.add(triple)
    report = validate(g)
    assert report.conforms, report.text()
