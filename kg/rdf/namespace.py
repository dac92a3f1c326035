"""The kg ontology's own terms. GENERATED from ontology/kg.ttl by `python -m kg.rdf.gen_namespace`; do not edit."""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class KG(DefinedNamespace):
    _fail = True
    _NS = Namespace("https://kg.example.org/ontology#")

    AwardConferral: URIRef
    PartyOrganization: URIRef
    Meeting: URIRef
    Inspection: URIRef
    Site: URIRef
    recipient: URIRef
    award: URIRef
    category: URIRef
    jurisdiction: URIRef
    siteVisited: URIRef
    post: URIRef
    evidence: URIRef
    article: URIRef
    level: URIRef
    sourceFile: URIRef
    dateline: URIRef
    text: URIRef
