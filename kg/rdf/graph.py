"""Facts -> RDF. One article's extraction becomes the triples of its own named graph.

The contract (documented in ontology/README.md and checked by SHACL, ontology/shapes.ttl):
persons ``schema:Person``; posts ``org:Post`` with ``org:role`` and ``org:postIn``; each sighting
an ``org:Membership`` with ``org:memberDuring`` an interval ``time:inside`` the article's date and
``prov:wasDerivedFrom`` the NIF phrase it was read from; places ``schema:AdministrativeArea`` with
``schema:containedInPlace`` and ``skos:notation``; events ``schema:Event``; honours as a
``skos:ConceptScheme`` with ``kg:AwardConferral`` nodes; articles ``schema:NewsArticle``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from rdflib import RDF, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, SDO, SKOS, TIME
from rdflib.term import Node

from kg import __version__
from kg.errors import PipelineError
from kg.model import Extraction, Holding, Mention
from kg.rdf.iri import Minter
from kg.rdf.namespace import KG
from kg.resolve import Resolution
from kg.script import Restorer

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")

PREFIXES = {
    "schema": SDO,
    "org": ORG,
    "skos": SKOS,
    "prov": PROV,
    "time": TIME,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "kg": KG._NS,
    "xsd": XSD,
}

ORG_TYPES = {
    "Corporation": SDO.Corporation,
    "GovernmentOrganization": SDO.GovernmentOrganization,
    "PartyOrganization": KG.PartyOrganization,
    "Organization": SDO.Organization,
}
EVENT_TYPES = {"Meeting": KG.Meeting, "Inspection": KG.Inspection}


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _date(day: dt.date) -> Literal:
    return Literal(day.isoformat(), datatype=XSD.date)


def _partial_date(iso: str) -> Literal:
    """2019 -> xsd:gYear, 2019-06 -> xsd:gYearMonth, 2019-06-08 -> xsd:date."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(iso), XSD.date)
    return Literal(iso, datatype=datatype)


#: The OWL-Time property of an instant's date, by the length of its ISO form (year, month, day).
_INSTANT_DATE = {4: TIME.inXSDgYear, 7: TIME.inXSDgYearMonth, 10: TIME.inXSDDate}


@functools.lru_cache(maxsize=1 << 14)
def _index(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


#: The NIF terms of every mention, made once (a ``Namespace`` makes a new term at each lookup).
_PHRASE, _BEGIN, _END, _ANCHOR, _CONTEXT = (
    NIF.Phrase,
    NIF.beginIndex,
    NIF.endIndex,
    NIF.anchorOf,
    NIF.referenceContext,
)


def bind_prefixes(graph: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    graph.bind("kgid", Namespace(graph.base) if graph.base else Namespace("https://kg.example.org/id/"))


class ArticleGraphBuilder:
    """Builds the triples of one article."""

    def __init__(self, ex: Extraction, minter: Minter, people: Resolution | None = None) -> None:
        self.ex = ex
        self.m = minter
        self.people = people or Resolution()
        self.a = ex.article
        self.triples: list[tuple[Node, Node, Node]] = []
        self.article_iri = minter.article(self.a.id)
        self.context_iri = minter.context(self.a.id)
        self.restorer = (
            Restorer.for_text(self.a.text, self.a.original) if self.a.original is not None else None
        )

    def label(self, s: URIRef, p: URIRef, text: str, alt: URIRef = SKOS.altLabel) -> None:
        """A label in the article's own script; for a Traditional article also the Simplified form."""
        if self.restorer is None:
            self.add(s, p, zh(text))
            return
        restored = self.restorer.restore(text)
        if restored == text:  # written the same in both scripts (王小明): one label, as in any article
            self.add(s, p, zh(text))
            return
        self.add(s, p, Literal(restored, lang="zh-Hant"))
        if restored != text:
            self.add(s, alt, Literal(text, lang="zh-Hans"))

    def written(self, text: str) -> Literal:
        """A literal of words read from the article (headline, evidence), as written."""
        return Literal(self.restorer.restore(text), lang="zh-Hant") if self.restorer else zh(text)

    def person_iri(self, key: str) -> URIRef:
        """A person's IRI: after cross-article resolution, one per person, not per article."""
        return self.m.person(self.people.person(key))

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.triples.append((s, p, o))

    def mention(self, mention: Mention) -> URIRef:
        iri = self.m.mention(self.a.id, mention.start, mention.end)
        self.add(iri, RDF.type, _PHRASE)
        self.add(iri, _BEGIN, _index(mention.start))
        self.add(iri, _END, _index(mention.end))
        self.add(iri, _ANCHOR, Literal(self.a.stored_text[mention.start : mention.end]))
        self.add(iri, _CONTEXT, self.context_iri)
        return iri

    def sentence_of(self, mention: Mention) -> Literal:
        s, e = self.a.sentence(mention.start)
        return self.written(self.a.text[s:e].strip())

    def build(self) -> list[tuple[Node, Node, Node]]:
        """The article's triples, in the order they were made (a triple may come more than once)."""
        self._article()
        self._places()
        self._organizations()
        self._persons()
        self._posts()
        self._holdings()
        self._events()
        self._awards()
        self._mentions()
        return self.triples

    def _article(self) -> None:
        a, iri = self.a, self.article_iri
        self.add(iri, RDF.type, SDO.NewsArticle)
        if a.headline:
            self.add(iri, SDO.headline, self.written(a.headline))
        for sub in a.subheadlines:
            self.add(iri, SDO.alternativeHeadline, self.written(sub))
        published = a.published or a.date
        if published:
            self.add(iri, SDO.datePublished, _date(published))
        if a.date:
            self.add(iri, KG.dateline, _date(a.date))
        self.add(iri, KG.sourceFile, Literal(a.source))
        url = a.meta_value("url")
        if url:
            self.add(iri, SDO.url, Literal(url, datatype=XSD.anyURI))
        ctx = self.context_iri
        self.add(iri, KG.text, ctx)
        self.add(ctx, RDF.type, NIF.Context)
        self.add(ctx, NIF.isString, Literal(a.stored_text))
        self.add(ctx, NIF.beginIndex, _index(0))
        self.add(ctx, NIF.endIndex, _index(len(a.text)))
        for key in self.ex.reporters:
            self.add(iri, SDO.author, self.person_iri(key))
        for key in self.ex.photographers:
            self.add(iri, SDO.contributor, self.person_iri(key))

    def _places(self) -> None:
        for p in self.ex.places:
            iri = self.m.place(p.key)
            self.add(iri, RDF.type, SDO.AdministrativeArea)
            self.label(iri, SDO.name, p.name, SDO.alternateName)
            self.add(iri, KG.level, Literal(p.level))
            for alias in p.aliases:
                if alias != p.name:
                    self.add(iri, SDO.alternateName, zh(alias))
            if p.code:
                self.add(iri, SKOS.notation, Literal(p.code))
            if p.parent:
                self.add(iri, SDO.containedInPlace, self.m.place(p.parent))
            if p.note:
                self.add(iri, SKOS.historyNote, zh(p.note))

    def _organizations(self) -> None:
        for o in self.ex.organizations:
            iri = self.m.organization(o.key)
            self.add(iri, RDF.type, ORG.Organization)
            self.add(iri, RDF.type, ORG_TYPES.get(o.kind, SDO.Organization))
            self.label(iri, SKOS.prefLabel, o.name)
            for alias in o.aliases:
                self.label(iri, SKOS.altLabel, alias)
            if o.parent:
                self.add(iri, ORG.subOrganizationOf, self.m.organization(o.parent))
            if o.jurisdiction:
                self.add(iri, KG.jurisdiction, self.m.place(o.jurisdiction))

    def _persons(self) -> None:
        for p in self.ex.persons:
            iri = self.person_iri(p.key)
            self.add(iri, RDF.type, SDO.Person)
            self.label(iri, SDO.name, p.name, SDO.alternateName)
            if p.gender:
                self.add(iri, SDO.gender, zh(p.gender))
        for c in self.ex.callings:
            self.add(self.person_iri(c.person), SDO.jobTitle, self.written(c.title))

    def _posts(self) -> None:
        for post in self.ex.posts:
            iri = self.m.post(post.key)
            role = self.m.role(post.role)
            self.add(iri, RDF.type, ORG.Post)
            self.label(iri, SKOS.prefLabel, post.label)
            self.add(iri, ORG.role, role)
            self.add(iri, ORG.postIn, self.m.organization(post.organization))
            self.add(role, RDF.type, ORG.Role)
            self.label(role, SKOS.prefLabel, post.role)

    def _holdings(self) -> None:
        posts = {p.key: p for p in self.ex.posts}
        day = self.a.date or self.a.published
        for h in self.ex.holdings:
            post = posts.get(h.post)
            if post is None:
                raise PipelineError(
                    f"a membership of article {self.a.id} refers to post {h.post!r}, which no stage made",
                    path=self.a.source,
                    hint="this is a bug in an extractor stage; the closure stage should have dropped it",
                )
            person = self.person_iri(h.person)
            post_iri = self.m.post(post.key)
            org = self.m.organization(post.organization)
            if not h.former:  # a post held before the article is no longer held (kg:former)
                self.add(person, ORG.holds, post_iri)
                self.add(post_iri, ORG.heldBy, person)
            ms = self.m.membership(self.a.id, h.person, h.post, h.mention.start)
            self.add(ms, RDF.type, ORG.Membership)
            self.add(ms, ORG.member, person)
            self.add(ms, ORG.organization, org)
            self.add(ms, ORG.role, self.m.role(post.role))
            self.add(ms, KG.post, post_iri)
            self.add(ms, KG.article, self.article_iri)
            self.add(ms, PROV.wasDerivedFrom, self.mention(h.mention))
            self.add(ms, KG.evidence, self.sentence_of(h.mention))
            if h.former:
                self._former(ms, h, day)
            elif day:
                interval = self.m.interval(ms)
                instant = self.m.instant(day)
                self.add(ms, ORG.memberDuring, interval)
                self.add(interval, RDF.type, TIME.Interval)
                self.add(interval, TIME.inside, instant)
                self.add(instant, RDF.type, TIME.Instant)
                self.add(instant, TIME.inXSDDate, _date(day))
                if h.change in ("appointed", "elected"):
                    self.add(interval, TIME.hasBeginning, instant)
                elif h.change == "removed":
                    self.add(interval, TIME.hasEnd, instant)
                if h.since and h.change not in ("appointed", "elected"):  # a CV's 2018年6月至今
                    self._bound(interval, TIME.hasBeginning, h.since)
            if h.change:
                self.add(ms, KG.change, Literal(h.change))
            if h.job_title and not h.former:  # an employer of the past is no schema:worksFor
                self.add(person, SDO.worksFor, org)
                self.add(person, SDO.jobTitle, self.written(h.job_title))

    def _former(self, ms: URIRef, h: Holding, day: dt.date | None) -> None:
        """A post held before the article: ``kg:former true``, and an interval before the
        article's date that begins and ends where the text says (``time:inXSDgYear``,
        ``time:inXSDgYearMonth`` or ``time:inXSDDate``, as precise as the text)."""
        self.add(ms, KG.former, Literal(True))
        if not (day or h.since or h.until):
            return
        interval = self.m.interval(ms)
        self.add(ms, ORG.memberDuring, interval)
        self.add(interval, RDF.type, TIME.Interval)
        if day:
            instant = self.m.instant(day)
            self.add(interval, TIME.before, instant)
            self.add(instant, RDF.type, TIME.Instant)
            self.add(instant, TIME.inXSDDate, _date(day))
        for edge, iso in ((TIME.hasBeginning, h.since), (TIME.hasEnd, h.until)):
            if iso:
                self._bound(interval, edge, iso)

    def _bound(self, interval: URIRef, edge: URIRef, iso: str) -> None:
        """``interval`` begins or ends (``edge``) at the date ``iso``, as precise as the text."""
        instant = self.m.instant_of(iso)
        self.add(interval, edge, instant)
        self.add(instant, RDF.type, TIME.Instant)
        self.add(instant, _INSTANT_DATE[len(iso)], _partial_date(iso))

    def _events(self) -> None:
        orgs_by_name = {o.name: o.key for o in self.ex.organizations}
        for ev in self.ex.events:
            iri = self.m.event(ev.key)
            self.add(iri, RDF.type, SDO.Event)
            if ev.kind in EVENT_TYPES:
                self.add(iri, RDF.type, EVENT_TYPES[ev.kind])
            self.label(iri, SDO.name, ev.name, SDO.alternateName)
            self.add(iri, KG.article, self.article_iri)
            if ev.date:  # a range (2023-06-01/2023-06-02) gives its first and last day
                first, _, last = ev.date.partition("/")
                self.add(iri, SDO.startDate, _partial_date(first))
                if last:
                    self.add(iri, SDO.endDate, _partial_date(last))
            if ev.place:
                self.add(iri, SDO.location, self.m.place(ev.place))
            for person in ev.attendees:
                self.add(iri, SDO.attendee, self.person_iri(person))
            for site in ev.sites:
                if site in orgs_by_name:
                    site_iri = self.m.organization(orgs_by_name[site])
                else:
                    site_iri = self.m.site(f"{ev.place or ''}|{site}")
                    self.add(site_iri, RDF.type, KG.Site)
                    self.label(site_iri, SDO.name, site, SDO.alternateName)
                self.add(iri, KG.siteVisited, site_iri)
            if ev.mention:
                self.add(iri, PROV.wasDerivedFrom, self.mention(ev.mention))
                self.add(iri, KG.evidence, self.sentence_of(ev.mention))

    def _awards(self) -> None:
        for aw in self.ex.awards:
            iri = self.m.award(aw.key)
            self.add(iri, RDF.type, SKOS.ConceptScheme)
            self.label(iri, SKOS.prefLabel, aw.name)
            if aw.year:
                self.add(iri, SDO.temporalCoverage, Literal(str(aw.year)))
            if aw.conferred_by:
                self.add(iri, SDO.publisher, self.m.organization(aw.conferred_by))
            for cat in aw.categories:
                c = self.m.category(aw.key, cat)
                self.add(c, RDF.type, SKOS.Concept)
                self.add(c, SKOS.inScheme, iri)
                self.label(c, SKOS.prefLabel, cat)
        names = {aw.key: aw.name for aw in self.ex.awards}
        for c in self.ex.conferrals:
            node = self.m.conferral(self.a.id, c.recipient, c.award)
            recipient = (
                self.m.organization(c.recipient)
                if c.organization
                else self.m.place(c.recipient)
                if c.place
                else self.person_iri(c.recipient)
            )
            self.add(node, RDF.type, KG.AwardConferral)
            self.add(node, KG.recipient, recipient)
            self.add(node, KG.award, self.m.award(c.award))
            if c.category:
                self.add(node, KG.category, self.m.category(c.award, c.category))
            if c.posthumous:
                self.add(node, KG.posthumous, Literal(True))
            self.add(node, KG.article, self.article_iri)
            self.add(node, PROV.wasDerivedFrom, self.mention(c.mention))
            self.add(node, KG.evidence, self.sentence_of(c.mention))
            self.add(recipient, SDO.award, self.written(names[c.award]))

    def _mentions(self) -> None:
        targets = {
            "Person": self.person_iri,
            "Place": self.m.place,
            "Organization": self.m.organization,
            "Post": self.m.post,
            "Award": self.m.award,
            "Event": self.m.event,
        }
        keys = {
            "Person": {p.key for p in self.ex.persons},
            "Place": {p.key for p in self.ex.places},
            "Organization": {o.key for o in self.ex.organizations},
            "Post": {p.key for p in self.ex.posts},
            "Award": {a.key for a in self.ex.awards},
            "Event": {e.key for e in self.ex.events},
        }
        for mention in self.ex.mentions:
            if mention.ref is None or mention.label not in targets:
                continue
            if mention.ref not in keys[mention.label]:
                continue  # an entity a later stage dropped: no dangling link
            iri = self.mention(mention)
            self.add(iri, ITSRDF.taIdentRef, targets[mention.label](mention.ref))


def article_triples(
    ex: Extraction, minter: Minter, people: Resolution | None = None
) -> list[tuple[Node, Node, Node]]:
    """The triples of one article (a pure function of its extraction and the people resolution),
    without the cost of an rdflib graph: for :func:`kg.export.rdf.nt_lines`, which drops repeats."""
    return ArticleGraphBuilder(ex, minter, people).build()


def article_graph(ex: Extraction, minter: Minter, people: Resolution | None = None) -> Graph:
    """The graph of one article: :func:`article_triples` as an rdflib graph."""
    graph = Graph()
    for triple in article_triples(ex, minter, people):
        graph.add(triple)
    return graph


def build_dataset(
    extractions: Iterable[Extraction], minter: Minter, people: Resolution | None = None
) -> Dataset:
    """A dataset with one named graph per article, a metadata graph, and (when people were
    resolved across articles) a graph of uncertain same-name candidates for review."""
    ds = Dataset()
    bind_prefixes(ds)
    meta = ds.graph(minter.meta_graph())
    for ex in extractions:
        gid = minter.graph(ex.article.id)
        named = ds.graph(gid)
        for triple in article_triples(ex, minter, people):
            named.add(triple)
        meta.add((gid, RDF.type, PROV.Entity))
        meta.add((gid, PROV.wasDerivedFrom, minter.article(ex.article.id)))
        meta.add((gid, KG.sourceFile, Literal(ex.article.source)))
        meta.add((gid, PROV.wasGeneratedBy, minter.tool(__version__)))
    if people is not None and people.candidates:
        review = ds.graph(minter.candidates_graph())
        for a, b in people.candidates:
            review.add((minter.person(a), SKOS.closeMatch, minter.person(b)))
    return ds
