"""The kg ontology's own terms.

GENERATED from ontology/kg.ttl by `python -m kg.rdf.gen_namespace`; do not edit.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class KG(DefinedNamespace):
    _fail = True
    _NS = Namespace("https://kg.example.org/ontology#")

    # Classes
    AwardConferral: URIRef  # award conferral
    Inspection: URIRef  # inspection visit
    Meeting: URIRef  # meeting
    PartyOrganization: URIRef  # party organization
    Site: URIRef  # visited site

    # Properties
    article: URIRef  # article
    award: URIRef  # award
    category: URIRef  # award category
    change: URIRef  # change
    dateline: URIRef  # dateline date
    evidence: URIRef  # evidence
    former: URIRef  # former
    jurisdiction: URIRef  # jurisdiction
    level: URIRef  # administrative level
    post: URIRef  # post
    posthumous: URIRef  # posthumous
    recipient: URIRef  # recipient
    siteVisited: URIRef  # site visited
    sourceFile: URIRef  # source file
    text: URIRef  # text
