"""Predicted facts, read from the RDF that a build produced (never from its Python objects).

Every fact is read with SPARQL following the contract of :mod:`kg.rdf.graph`; only walking up
organisation and place hierarchies is done in Python. Strings are returned as the graph holds
them; :mod:`kg.eval.score` normalises them for comparison.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Graph
from rdflib.term import Node

from kg.model import sentence_span
from kg.rdf.graph import PREFIXES

#: Names under which the graph's country node may appear; all compare as 中国.
COUNTRY_NAMES = ("中国", "中华人民共和国")


@dataclass(frozen=True)
class PredPerson:
    name: str
    evidence: str | None


@dataclass(frozen=True)
class PredPost:
    person: str
    role: str
    jurisdictions: tuple[str, ...]  # the place's names, then the topmost organisation's label
    organization: str
    honouree_job: bool  # the person has schema:jobTitle and is the recipient of a conferral
    evidence: str | None


@dataclass(frozen=True)
class PredJob:
    person: str
    employer: str
    titles: tuple[str, ...]  # role label and the person's schema:jobTitle values
    evidence: str | None


@dataclass(frozen=True)
class PredConferral:
    person: str
    award: str
    category: str  # "" when the conferral has no kg:category
    evidence: str | None
    posthumous: bool = False  # the conferral states kg:posthumous true


#: How many spellings of an honoured place written with its parents are kept at each level.
_SPELLINGS_MAX = 64


@dataclass(frozen=True)
class PredHonouredOrg:
    names: tuple[str, ...]  # skos:prefLabel, then skos:altLabel
    award: str
    evidence: str | None


@dataclass(frozen=True)
class PredEvent:
    iri: str
    name: str
    date: str | None  # schema:startDate
    attendees: tuple[str, ...]
    evidence: str | None
    end: str | None = None  # schema:endDate, for an event of several days


@dataclass(frozen=True)
class PredPlace:
    iri: str
    name: str
    names: tuple[str, ...]  # schema:name and schema:alternateName
    parents: tuple[str, ...]  # IRIs of schema:containedInPlace
    country: bool
    mentioned: bool  # some nif:Phrase links to it with itsrdf:taIdentRef
    evidence: str | None


@dataclass(frozen=True)
class PredByline:
    kind: str  # "reporter" | "photographer"
    name: str
    evidence: str | None


@dataclass(frozen=True)
class Prediction:
    persons: tuple[PredPerson, ...]
    posts: tuple[PredPost, ...]
    jobs: tuple[PredJob, ...]
    conferrals: tuple[PredConferral, ...]
    events: tuple[PredEvent, ...]
    places: tuple[PredPlace, ...]
    enterprises: tuple[PredPerson, ...]  # (label, evidence); reuses the name+evidence shape
    bylines: tuple[PredByline, ...]
    honoured_orgs: tuple[PredHonouredOrg, ...] = ()

    def place(self, iri: str) -> PredPlace | None:
        return next((p for p in self.places if p.iri == iri), None)


def sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` holding ``offset``."""
    start, end = sentence_span(text, offset)
    return text[start:end].strip()


def union_graph(graph: Graph) -> Graph:
    """All triples of a dataset's graphs in one graph (a plain graph is returned as it is)."""
    if not getattr(graph, "context_aware", False):
        return graph
    out = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


class _Reader:
    def __init__(self, graph: Graph) -> None:
        self.g = union_graph(graph)
        self.mention_sentence = self._mention_sentences()

    def rows(self, query: str) -> Iterator[tuple[Node, ...]]:
        for row in self.g.query(query, initNs=PREFIXES):
            yield tuple(row)  # type: ignore[arg-type]

    def _mention_sentences(self) -> dict[str, str]:
        """The sentence of the first mention of each linked entity."""
        texts = {
            str(c): str(t) for c, t in self.rows("SELECT ?c ?t WHERE { ?c a nif:Context ; nif:isString ?t }")
        }
        first: dict[str, tuple[int, str]] = {}
        q = """SELECT ?target ?ctx ?b WHERE {
            ?m a nif:Phrase ; itsrdf:taIdentRef ?target ; nif:referenceContext ?ctx ; nif:beginIndex ?b }"""
        for target, ctx, b in self.rows(q):
            key, begin = str(target), int(b)  # type: ignore[call-overload]
            if str(ctx) in texts and (key not in first or begin < first[key][0]):
                first[key] = (begin, str(ctx))
        return {k: sentence_at(texts[ctx], b) for k, (b, ctx) in first.items()}

    def evidence(self, node: Node) -> str | None:
        return self.mention_sentence.get(str(node))

    # -------------------------------------------------------------------- entities

    def persons(self) -> tuple[PredPerson, ...]:
        """Persons, except those that are only bylines (author or contributor and nothing else)."""
        q = """SELECT DISTINCT ?p ?name WHERE {
            ?p a schema:Person ; schema:name ?name .
            FILTER NOT EXISTS {
                ?a schema:author|schema:contributor ?p .
                FILTER NOT EXISTS { ?ms org:member ?p }
                FILTER NOT EXISTS { ?e schema:attendee ?p }
                FILTER NOT EXISTS { ?c kg:recipient ?p }
            }
        }"""
        return tuple(PredPerson(str(n), self.evidence(p)) for p, n in self.rows(q))

    def bylines(self) -> tuple[PredByline, ...]:
        q = """SELECT DISTINCT ?kind ?name ?p WHERE {
            ?a a schema:NewsArticle .
            { ?a schema:author ?p BIND("reporter" AS ?kind) }
            UNION { ?a schema:contributor ?p BIND("photographer" AS ?kind) }
            ?p schema:name ?name }"""
        return tuple(PredByline(str(k), str(n), self.evidence(p)) for k, n, p in self.rows(q))

    def places(self) -> tuple[PredPlace, ...]:
        names: dict[str, list[str]] = defaultdict(list)
        main: dict[str, str] = {}
        parents: dict[str, list[str]] = defaultdict(list)
        country: set[str] = set()
        q = """SELECT ?pl ?name ?alt ?parent ?level WHERE {
            ?pl a schema:AdministrativeArea ; schema:name ?name .
            OPTIONAL { ?pl schema:alternateName ?alt }
            OPTIONAL { ?pl schema:containedInPlace ?parent }
            OPTIONAL { ?pl kg:level ?level } }"""
        for pl, name, alt, parent, level in self.rows(q):
            key = str(pl)
            main.setdefault(key, str(name))
            for n in (name, alt):
                if n is not None and str(n) not in names[key]:
                    names[key].append(str(n))
            if parent is not None and str(parent) not in parents[key]:
                parents[key].append(str(parent))
            if str(name) in COUNTRY_NAMES or (level is not None and str(level) == "country"):
                country.add(key)
        out = []
        for key in sorted(main, key=lambda k: (main[k], k)):
            # by name, then IRI (two places may share a name); the main name first, the others
            # sorted: the query's rows come in an order that changes with the hash seed, and a
            # prediction must not
            alts = [main[key], *sorted(n for n in names[key] if n != main[key])]
            alts += ["中国"] if key in country and "中国" not in alts else []
            out.append(
                PredPlace(
                    iri=key,
                    name=main[key],
                    names=tuple(alts),
                    parents=tuple(sorted(parents[key])),
                    country=key in country,
                    mentioned=key in self.mention_sentence,
                    evidence=self.mention_sentence.get(key),
                )
            )
        return tuple(out)

    def enterprises(self) -> tuple[PredPerson, ...]:
        """Corporations, except units of another corporation (counted through their parent)."""
        q = """SELECT DISTINCT ?o ?label WHERE {
            ?o a schema:Corporation ; skos:prefLabel ?label .
            FILTER NOT EXISTS { ?o org:subOrganizationOf+ ?up . ?up a schema:Corporation } }"""
        return tuple(PredPerson(str(label), self.evidence(o)) for o, label in self.rows(q))

    # -------------------------------------------------------------------- facts

    def _organizations(self) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        labels: dict[str, str] = {}
        parent: dict[str, str] = {}
        jurisdiction: dict[str, str] = {}
        q = """SELECT ?o ?label ?up ?place WHERE {
            ?o a org:Organization ; skos:prefLabel ?label .
            OPTIONAL { ?o org:subOrganizationOf ?up }
            OPTIONAL { ?o kg:jurisdiction ?place } }"""
        for o, label, up, place in self.rows(q):
            key = str(o)
            labels.setdefault(key, str(label))
            if up is not None:
                parent.setdefault(key, str(up))
            if place is not None:
                jurisdiction.setdefault(key, str(place))
        return labels, parent, jurisdiction

    def posts_and_jobs(
        self, places: tuple[PredPlace, ...]
    ) -> tuple[tuple[PredPost, ...], tuple[PredJob, ...], tuple[PredConferral, ...]]:
        labels, parent, jurisdiction = self._organizations()
        place_names = {p.iri: p.names for p in places}

        def chain(org: str) -> list[str]:
            out = [org]
            while parent.get(out[-1]) and parent[out[-1]] not in out:
                out.append(parent[out[-1]])
            return out

        def jurisdictions(org: str) -> tuple[str, ...]:
            ups = chain(org)
            found: list[str] = []
            place = next((jurisdiction[o] for o in ups if o in jurisdiction), None)
            if place is not None:
                found += place_names.get(place, ())
            if ups[-1] in labels:
                found.append(labels[ups[-1]])
            return tuple(dict.fromkeys(found))

        conferrals = []
        q = """SELECT ?c ?name ?award ?cat ?ev ?posthumous WHERE {
            ?c a kg:AwardConferral ; kg:recipient ?p ; kg:award ?aw .
            ?p a schema:Person ; schema:name ?name . ?aw skos:prefLabel ?award .
            OPTIONAL { ?c kg:category/skos:prefLabel ?cat }
            OPTIONAL { ?c kg:evidence ?ev }
            OPTIONAL { ?c kg:posthumous ?posthumous } }"""
        for _c, name, award, cat, ev, posthumous in self.rows(q):
            flag = posthumous is not None and posthumous.toPython() is True  # type: ignore[union-attr]
            conferrals.append(PredConferral(str(name), str(award), str(cat or ""), _str(ev), flag))

        titles: dict[str, list[str]] = defaultdict(list)
        for p, t in self.rows("SELECT ?p ?t WHERE { ?p schema:jobTitle ?t }"):
            titles[str(p)].append(str(t))
        honourees = {
            str(p)
            for (p,) in self.rows("SELECT DISTINCT ?p WHERE { ?c kg:recipient ?p . ?p a schema:Person }")
        }

        posts, jobs = [], []
        q = """SELECT ?p ?name ?org ?role ?ev WHERE {
            ?ms a org:Membership ; org:member ?p ; kg:post ?post .
            FILTER NOT EXISTS { ?ms kg:former true }
            ?p schema:name ?name .
            ?post org:postIn ?org ; org:role/skos:prefLabel ?role .
            OPTIONAL { ?ms kg:evidence ?ev } }"""
        for p, name, org, role, ev in self.rows(q):
            person, org_key = str(p), str(org)
            honouree_job = person in honourees and bool(titles.get(person))
            posts.append(
                PredPost(
                    person=str(name),
                    role=str(role),
                    jurisdictions=jurisdictions(org_key),
                    organization=labels.get(org_key, ""),
                    honouree_job=honouree_job,
                    evidence=_str(ev),
                )
            )
            if person in honourees:
                job_titles = tuple(dict.fromkeys([str(role), *titles.get(person, [])]))
                jobs.append(PredJob(str(name), labels.get(org_key, ""), job_titles, _str(ev)))
        employed = {str(p) for (p,) in self.rows("SELECT DISTINCT ?p WHERE { ?ms org:member ?p }")}
        for p, name in self.rows("SELECT ?p ?name WHERE { ?p a schema:Person ; schema:name ?name }"):
            person = str(p)  # an honouree's job written without an employer (甲院士): no membership
            if person in honourees and person not in employed and titles.get(person):
                jobs.append(PredJob(str(name), "", tuple(dict.fromkeys(titles[person])), ""))
        return tuple(posts), tuple(jobs), tuple(conferrals)

    def honoured_orgs(self) -> tuple[PredHonouredOrg, ...]:
        """Conferrals whose recipient is an organisation or a place (a city named 全国文明城市: the
        gold lists honoured units of both kinds as ``honored_organizations``), with its names."""
        q = """SELECT ?c ?o ?award ?ev WHERE {
            ?c a kg:AwardConferral ; kg:recipient ?o ; kg:award/skos:prefLabel ?award .
            { ?o a org:Organization } UNION { ?o a schema:AdministrativeArea }
            OPTIONAL { ?c kg:evidence ?ev } }"""
        names: dict[str, list[str]] = defaultdict(list)
        q_names = """SELECT ?o ?label ?alt WHERE { ?c kg:recipient ?o .
            { ?o skos:prefLabel ?label OPTIONAL { ?o skos:altLabel ?alt } }
            UNION { ?o a schema:AdministrativeArea ; schema:name ?label
                    OPTIONAL { ?o schema:alternateName ?alt } } }"""
        for o, label, alt in self.rows(q_names):
            for n in (label, alt):
                if n is not None and str(n) not in names[str(o)]:
                    names[str(o)].append(str(n))
        for o, chain in self._written_with_parents().items():  # 某县某乡某村: the village so written
            names[o] += [n for n in chain if n not in names[o]]
        return tuple(
            PredHonouredOrg(tuple(names[str(o)]), str(award), _str(ev)) for _c, o, award, ev in self.rows(q)
        )

    def _written_with_parents(self) -> dict[str, list[str]]:
        """For each place that receives an award, its name written after the names of the places it
        lies in, from its parent up (``某县某乡某村``, ``某州某县``), each place by its name or an
        alternate name: the way a roll writes an honoured village or county."""
        q = """SELECT ?o ?up ?name WHERE { ?c kg:recipient ?o . ?o a schema:AdministrativeArea .
            ?o schema:containedInPlace* ?up . { ?up schema:name ?name } UNION { ?up schema:alternateName ?name } }"""
        spelled: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for o, up, name in self.rows(q):
            spelled[str(o)][str(up)].append(str(name))
        parent = {
            str(a): str(b) for a, b in self.rows("SELECT ?a ?b WHERE { ?a schema:containedInPlace ?b }")
        }
        out: dict[str, list[str]] = {}
        for o, by_place in spelled.items():
            chains, at, written, seen = [], parent.get(o), list(by_place[o]), {o}
            while at is not None and at in by_place and at not in seen:
                written = [up + w for up in by_place[at] for w in written][:_SPELLINGS_MAX]
                chains += written
                seen.add(at)
                at = parent.get(at)
            out[o] = chains
        return out

    def events(self) -> tuple[PredEvent, ...]:
        found: dict[str, dict[str, object]] = {}
        attendees: dict[str, list[str]] = defaultdict(list)
        q = """SELECT ?e ?name ?date ?end ?who ?ev WHERE {
            ?e a schema:Event ; schema:name ?name .
            OPTIONAL { ?e schema:startDate ?date }
            OPTIONAL { ?e schema:endDate ?end }
            OPTIONAL { ?e schema:attendee/schema:name ?who }
            OPTIONAL { ?e kg:evidence ?ev } }"""
        evidence: dict[str, set[str]] = defaultdict(set)
        for e, name, date, end, who, ev in self.rows(q):
            key = str(e)
            found.setdefault(key, {"name": str(name), "date": _str(date), "end": _str(end)})
            if ev is not None:
                evidence[key].add(str(ev))
            if who is not None and str(who) not in attendees[key]:
                attendees[key].append(str(who))
        for key, v in found.items():  # the rows come in an order that changes with the hash seed
            v["evidence"] = min(evidence[key]) if evidence[key] else None
        return tuple(
            PredEvent(
                iri=key,
                name=str(v["name"]),
                date=v["date"],  # type: ignore[arg-type]
                attendees=tuple(sorted(attendees[key])),
                evidence=v["evidence"],  # type: ignore[arg-type]
                end=v["end"],  # type: ignore[arg-type]
            )
            for key, v in sorted(found.items())
        )


def _str(node: Node | None) -> str | None:
    return None if node is None else str(node)


def read_prediction(graph: Graph) -> Prediction:
    """The facts a graph (or dataset) states, as :mod:`kg.eval.score` compares them."""
    r = _Reader(graph)
    places = r.places()
    posts, jobs, conferrals = r.posts_and_jobs(places)
    return Prediction(
        persons=r.persons(),
        posts=posts,
        jobs=jobs,
        conferrals=conferrals,
        events=r.events(),
        places=places,
        enterprises=r.enterprises(),
        bylines=r.bylines(),
        honoured_orgs=r.honoured_orgs(),
    )
