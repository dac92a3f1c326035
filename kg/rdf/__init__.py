"""RDF: the ontology namespace, IRI minting, and facts -> rdflib graph."""
