"""The ontology is the single source of truth: the namespace is generated from it, and every term
the code emits is declared in it."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

import kg.rdf.graph as graph_module
from kg import model
from kg.errors import OntologyError
from kg.ontology import declared_terms, load_ontology, load_shapes, ontology_dir
from kg.rdf import gen_docs, gen_namespace
from kg.rdf.graph import build_dataset
from kg.rdf.iri import Minter
from kg.rdf.namespace import KG
from kg.validate import validate

KG_NS = "https://kg.example.org/ontology#"


# ---------------------------------------------------------------------------- a hand-built extraction

TEXT = (
    "王小明到太原钢铁集团调研\n"
    "本报讯 3月5日，太原市委书记王小明到太原钢铁集团和晋阳湖项目调研，市长李华参加。\n"
    "王小明荣获全国劳动模范称号。\n"
    "（记者 张三 摄影 李四）"
)


def _span(
    article: model.Article, text: str, label: str, ref: str | None = None, nth: int = 0
) -> model.Mention:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(text, start + 1)
    return article.span(start, start + len(text), label, ref)


def sample_extraction() -> model.Extraction:
    """One article touching every branch of kg.rdf.graph."""
    article = model.Article(
        id="a0001",
        source="data/sample.txt",
        index=0,
        text=TEXT,
        headline="王小明到太原钢铁集团调研",
        subheadlines=("太原市委书记调研企业",),
        date=dt.date(2024, 3, 5),
        published=dt.date(2024, 3, 6),
        body_start=TEXT.index("本报讯"),
        meta=(("url", "https://example.org/news/a0001.html"),),
    )
    places = (
        model.Place(key="140000", name="山西省", level="province", code="140000"),
        model.Place(
            key="140100", name="太原市", level="prefecture", code="140100", parent="140000", aliases=("太原",)
        ),
        model.Place(key="140100/晋源区", name="晋源区", level="county", parent="140100", note="1997年设区"),
    )
    organizations = (
        model.Organization(key="太原市委", name="太原市委", kind="PartyOrganization", jurisdiction="140100"),
        model.Organization(
            key="太原市人民政府", name="太原市人民政府", kind="GovernmentOrganization", jurisdiction="140100"
        ),
        model.Organization(key="太原钢铁集团", name="太原钢铁集团", kind="Corporation"),
        model.Organization(
            key="太原市委办公室", name="太原市委办公室", kind="Organization", parent="太原市委"
        ),
        model.Organization(key="全国总工会", name="全国总工会", kind="Organization"),
    )
    persons = (
        model.Person(key="王小明", name="王小明", gender="男"),
        model.Person(key="李华", name="李华"),
        model.Person(key="张三", name="张三"),
        model.Person(key="李四", name="李四"),
    )
    posts = (
        model.Post(key="太原市委书记", label="太原市委书记", role="书记", organization="太原市委"),
        model.Post(key="太原市市长", label="太原市市长", role="市长", organization="太原市人民政府"),
    )
    holdings = (
        model.Holding(
            person="王小明",
            post="太原市委书记",
            mention=_span(article, "太原市委书记王小明", "Person", "王小明"),
        ),
        model.Holding(
            person="李华",
            post="太原市市长",
            mention=_span(article, "市长李华", "Person", "李华"),
            job_title="市长",
        ),
    )
    events = (
        model.Event(
            key="2024-03-05|王小明|调研",
            name="王小明到太原钢铁集团调研",
            kind="Inspection",
            date="2024-03-05",
            place="140100",
            attendees=("王小明", "李华"),
            sites=("太原钢铁集团", "晋阳湖项目"),
            mention=_span(article, "到太原钢铁集团和晋阳湖项目调研", "Event", "2024-03-05|王小明|调研"),
        ),
        model.Event(key="常委会", name="太原市委常委会", kind="Meeting", date=None),
    )
    awards = (
        model.Award(
            key="全国劳动模范",
            name="全国劳动模范",
            year=2024,
            categories=("劳动模范",),
            conferred_by="全国总工会",
        ),
    )
    conferrals = (
        model.AwardConferral(
            recipient="王小明",
            award="全国劳动模范",
            category="劳动模范",
            mention=_span(article, "王小明荣获全国劳动模范", "Award", "全国劳动模范"),
        ),
    )
    mentions = (
        _span(article, "王小明", "Person", "王小明"),
        _span(article, "太原", "Place", "140100", nth=1),
        _span(article, "太原市委", "Organization", "太原市委"),
        _span(article, "太原市委书记", "Post", "太原市委书记"),
        _span(article, "全国劳动模范", "Award", "全国劳动模范"),
        _span(article, "调研", "Event", "2024-03-05|王小明|调研", nth=1),
        _span(article, "张三", "Person", "张三"),
        _span(article, "李四", "Person", "没有这个人"),  # an entity a later stage dropped
        _span(article, "书记", "Role"),  # no graph target
    )
    return model.Extraction(
        article=article,
        mentions=mentions,
        persons=persons,
        places=places,
        organizations=organizations,
        posts=posts,
        holdings=holdings,
        events=events,
        awards=awards,
        conferrals=conferrals,
        reporters=("张三",),
        photographers=("李四",),
    )


@pytest.fixture(scope="module")
def sample_union() -> Graph:
    dataset = build_dataset([sample_extraction()], Minter())
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


# ---------------------------------------------------------------------------- files and loading


def test_ontology_files_are_found_and_parse() -> None:
    directory = ontology_dir()
    assert (directory / "kg.ttl").is_file() and (directory / "shapes.ttl").is_file()
    ontology = load_ontology()
    assert (URIRef("https://kg.example.org/ontology"), OWL.versionInfo, Literal("0.1.0")) in ontology
    assert len(load_shapes()) > 100


def test_installed_ontology_is_preferred_to_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg

    package = tmp_path / "site-packages" / "kg"
    (package / "ontology").mkdir(parents=True)
    (package / "ontology" / "kg.ttl").write_text("", encoding="utf-8")
    (tmp_path / "site-packages" / "ontology").mkdir()
    (tmp_path / "site-packages" / "ontology" / "kg.ttl").write_text("", encoding="utf-8")
    monkeypatch.setattr(kg, "__file__", str(package / "__init__.py"))
    assert ontology_dir() == package / "ontology"
    (package / "ontology" / "kg.ttl").unlink()
    assert ontology_dir() == tmp_path / "site-packages" / "ontology"


def test_ontology_has_no_imports() -> None:
    assert not list(load_ontology().objects(None, OWL.imports))


def test_bad_ontology_raises_ontology_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "kg.ttl").write_text("this is not turtle", encoding="utf-8")
    monkeypatch.setattr("kg.ontology._candidates", lambda: [tmp_path])
    with pytest.raises(OntologyError, match=r"kg\.ttl.*cannot parse as Turtle"):
        load_ontology()
    with pytest.raises(OntologyError, match="shapes.ttl"):
        load_shapes()
    monkeypatch.setattr("kg.ontology._candidates", lambda: [tmp_path / "nowhere"])
    with pytest.raises(OntologyError, match="cannot find kg.ttl"):
        ontology_dir()


def test_every_declared_term_has_labels_and_comments_in_both_languages() -> None:
    ontology = load_ontology()
    missing = []
    for term in sorted(declared_terms(ontology)):
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            if not {"zh", "en"} <= langs:
                missing.append(f"{term} {prop}")
        if ontology.value(term, RDFS.isDefinedBy) is None:
            missing.append(f"{term} rdfs:isDefinedBy")
    assert not missing, "\n".join(missing)


def test_kg_subclass_links() -> None:
    ontology = load_ontology()
    sdo, org = "https://schema.org/", "http://www.w3.org/ns/org#"
    assert (KG.PartyOrganization, RDFS.subClassOf, URIRef(org + "Organization")) in ontology
    assert (KG.PartyOrganization, RDFS.subClassOf, URIRef(sdo + "Organization")) in ontology
    assert (KG.Meeting, RDFS.subClassOf, URIRef(sdo + "Event")) in ontology
    assert (KG.Inspection, RDFS.subClassOf, URIRef(sdo + "Event")) in ontology


# ---------------------------------------------------------------------------- the generated namespace


def test_namespace_is_not_stale() -> None:
    assert gen_namespace.main(["--check"]) == 0, "run `python -m kg.rdf.gen_namespace`"


def test_namespace_check_detects_staleness(tmp_path: Path) -> None:
    stale = tmp_path / "namespace.py"
    stale.write_text(gen_namespace.TARGET.read_text(encoding="utf-8").replace("    level: URIRef", ""))
    assert gen_namespace.main(["--check", "--output", str(stale)]) == 1
    assert gen_namespace.main(["--output", str(stale)]) == 0
    assert stale.read_text(encoding="utf-8") == gen_namespace.TARGET.read_text(encoding="utf-8")


def test_namespace_generation_is_deterministic() -> None:
    assert gen_namespace.render(load_ontology()) == gen_namespace.render(load_ontology())


def test_every_namespace_term_is_declared_and_vice_versa() -> None:
    in_python = {URIRef(KG_NS + name) for name in KG.__annotations__}
    declared = {t for t in declared_terms() if t.startswith(KG_NS)}
    assert in_python == declared


def test_namespace_is_closed() -> None:
    with pytest.raises(AttributeError):
        _ = KG.NoSuchTerm


def test_reference_doc_is_not_stale() -> None:
    assert gen_docs.main(["--check"]) == 0, "run `python -m kg.rdf.gen_docs`"


def test_reference_doc_lists_every_term() -> None:
    text = gen_docs.render(load_ontology(), load_shapes())
    for name in KG.__annotations__:
        assert f"`kg:{name}`" in text
    assert "`schema:Person`" in text and "`org:Membership`" in text
    assert "获得者" in text and "recipient" in text


# ---------------------------------------------------------------------------- code vs ontology


def _terms_named_in_graph_module() -> set[URIRef]:
    """Every ``NS.term`` attribute that kg/rdf/graph.py spells out, resolved to its IRI."""
    tree = ast.parse(Path(graph_module.__file__).read_text(encoding="utf-8"))
    namespaces = {"RDF", "SDO", "ORG", "SKOS", "PROV", "TIME", "NIF", "ITSRDF", "KG"}
    found = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in namespaces
            and not node.attr.startswith("_")
        ):
            found.add(URIRef(getattr(getattr(graph_module, node.value.id), node.attr)))
    return found


def test_every_term_spelled_in_graph_module_is_declared() -> None:
    terms = _terms_named_in_graph_module()
    assert len(terms) > 60  # the scan found the code's vocabulary
    assert sorted(terms - declared_terms()) == []


def test_sample_extraction_uses_only_declared_types_and_predicates(sample_union: Graph) -> None:
    used = {o for o in sample_union.objects(None, RDF.type)} | set(sample_union.predicates())
    assert sorted(used - declared_terms()) == []
    # the sample reaches the code's branches: every class the module names is used
    ontology = load_ontology()
    classes = {t for t in _terms_named_in_graph_module() if (t, RDF.type, OWL.Class) in ontology}
    assert sorted(classes - set(sample_union.objects(None, RDF.type))) == []


def test_sample_extraction_conforms(sample_union: Graph) -> None:
    report = validate(sample_union)
    assert report.conforms, report.text()
    assert report.violations == []


def test_sample_dataset_conforms_as_a_dataset() -> None:
    report = validate(build_dataset([sample_extraction()], Minter()))
    assert report.conforms, report.text()


def test_readme_example_conforms_and_uses_declared_terms() -> None:
    readme = (ontology_dir() / "README.md").read_text(encoding="utf-8")
    turtle = readme.split("```turtle\n", 1)[1].split("```", 1)[0]
    example = Graph().parse(data=turtle, format="turtle")
    used = set(example.objects(None, RDF.type)) | set(example.predicates())
    assert sorted(used - declared_terms()) == []
    report = validate(example)
    assert report.conforms, report.text()
