"""The data model: documents, articles, mentions, entities and facts.

All classes are frozen. A :class:`Mention` is only made through :meth:`Article.span`, so its
offsets always fit the exact text that the graph stores (``nif:isString`` of the article).

Entity identity is a free-text ``key`` (it may hold Chinese); only :mod:`kg.rdf.iri` turns keys
into IRIs. Class names and field names follow the ontology's own local names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kg import rx
from kg.errors import SpanError

#: Characters that end a sentence in Chinese news text.
SENTENCE_END = "。！？；!?;\n"

#: Labels a mention may carry: the ontology's class local names.
MENTION_LABELS = frozenset(
    {"Person", "Place", "Organization", "Post", "Role", "Event", "Award", "AwardCategory", "Date"}
)

_SAFE_ID = rx.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def sentence_span(text: str, offset: int) -> tuple[int, int]:
    """The span of the sentence of ``text`` holding ``offset``, its closing punctuation included."""
    start = offset
    while start > 0 and text[start - 1] not in SENTENCE_END:
        start -= 1
    end = offset
    while end < len(text) and text[end] not in SENTENCE_END:
        end += 1
    if end < len(text) and text[end] != "\n":
        end += 1
    return start, end


def clause_start(text: str, offset: int, marks: str, floor: int = 0) -> int:
    """Where the clause of ``text`` holding ``offset`` starts: after the last of ``marks`` before
    it, and not before ``floor`` (the start of its sentence, say)."""
    return max(floor, max(text.rfind(c, floor, offset) for c in marks) + 1)


def clause_end(text: str, offset: int, marks: str, ceiling: int | None = None) -> int:
    """Where the clause of ``text`` from ``offset`` ends: at the first of ``marks`` from ``offset``
    on, and not after ``ceiling`` (the end of its sentence, say; default: the text's end) unless
    ``offset`` is past it already."""
    end = len(text) if ceiling is None else ceiling
    return max(offset, min((i for i in (text.find(c, offset, end) for c in marks) if i >= 0), default=end))


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article's stored text, with the ontology label of what it names."""

    article_id: str
    start: int
    end: int
    text: str
    label: str
    ref: str | None = None  # key of the entity it names, if linked


@dataclass(frozen=True, slots=True)
class Token:
    """A token from the tagger, with offsets into the article text."""

    start: int
    end: int
    text: str
    tag: str  # the tagger's own tag (LAC: PER, LOC, ORG, TIME, n, v, ...)


@dataclass(frozen=True)
class Article:
    """One article: the clean text that the graph stores and what the reader learnt of it.

    ``text`` is headline, subheadlines and body paragraphs, one per line. Offsets everywhere
    refer to it.
    """

    id: str  # ASCII, unique within a build
    source: str  # the input path as given
    index: int  # position of the article within its source
    text: str
    headline: str | None = None
    subheadlines: tuple[str, ...] = ()
    date: dt.date | None = None  # date the text reports (dateline) or else publication date
    published: dt.date | None = None
    body_start: int = 0  # offset of the first body character
    captions: tuple[tuple[int, int], ...] = ()  # spans of photo captions within text
    meta: tuple[tuple[str, str], ...] = ()  # metadata from the input (title, url, source ...)
    original: str | None = None  # the text as written, when ``text`` is its Simplified copy (same length)

    def __post_init__(self) -> None:
        if not _SAFE_ID.match(self.id):
            raise SpanError(f"article id {self.id!r} is not an ASCII slug", path=self.source)
        if self.original is not None and len(self.original) != len(self.text):
            raise SpanError(
                "the Simplified copy of a Traditional article must keep its length",
                path=self.source,
                hint="convert with kg.script.to_simplified",
            )

    def span(self, start: int, end: int, label: str, ref: str | None = None) -> Mention:
        """Make a mention of ``text[start:end]``; the only way mentions are made."""
        if label not in MENTION_LABELS:
            raise SpanError(f"unknown mention label {label!r}", path=self.source)
        if not (0 <= start < end <= len(self.text)):
            raise SpanError(
                f"span {start}..{end} is outside article {self.id} (length {len(self.text)})",
                path=self.source,
                hint="this is a bug in an extractor stage; please report it with the input",
            )
        return Mention(self.id, start, end, self.text[start:end], label, ref)

    def sentence(self, offset: int) -> tuple[int, int]:
        """The span of the sentence holding ``offset`` (ends included)."""
        text = self.text
        start, end = sentence_span(text, offset)
        while start < end and text[start] in " \u3000":
            start += 1
        return start, end

    def sentences(self) -> list[tuple[int, int]]:
        """All sentence spans of the text, in order, without empty ones."""
        out: list[tuple[int, int]] = []
        pos = 0
        while pos < len(self.text):
            s, e = self.sentence(pos)
            if e <= pos:
                e = pos + 1
            if self.text[s:e].strip():
                out.append((s, e))
            pos = e
        return out

    @property
    def stored_text(self) -> str:
        """The text the graph stores (``nif:isString``): as written."""
        return self.original if self.original is not None else self.text

    def in_caption(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.captions)

    def meta_value(self, name: str) -> str | None:
        for k, v in self.meta:
            if k == name:
                return v
        return None


@dataclass(frozen=True)
class Document:
    """One input file (or one JSONL line group) after reading and clean-up."""

    source: str
    encoding: str
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()


# ---------------------------------------------------------------------------- entities


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    gender: str | None = None


@dataclass(frozen=True)
class Place:
    """An administrative division (or a sub-county place found in an address chain)."""

    key: str  # GB/T 2260 code for divisions in the table; "<parent key>/<name>" below county
    name: str  # full name: 太原市
    level: str  # country | province | prefecture | county | township | village
    code: str | None = None
    parent: str | None = None  # key of the containing place
    aliases: tuple[str, ...] = ()  # short forms seen in the text (太原)
    note: str | None = None  # validity history, e.g. "2019年撤县设区，原太谷县"


@dataclass(frozen=True)
class Organization:
    key: str
    name: str  # as resolved: 太原市委, 山西太钢不锈钢股份有限公司
    kind: str  # Corporation | GovernmentOrganization | PartyOrganization | Organization
    jurisdiction: str | None = None  # key of the place it governs or sits in
    parent: str | None = None  # key of the organisation it is a unit of
    aliases: tuple[str, ...] = ()  # short names the text defines for it (以下简称“某某”)


@dataclass(frozen=True)
class Post:
    key: str
    label: str  # resolved title: 太原市委书记
    role: str  # role word: 书记
    organization: str  # organisation key


@dataclass(frozen=True)
class Holding:
    """One sighting of a person in a post (an ``org:Membership``)."""

    person: str
    post: str
    mention: Mention  # title chain and name, as written
    job_title: str | None = None  # for honourees: the title as written (schema:jobTitle)
    change: str | None = None  # "appointed" (任命) or "removed" (免去) when the text records a change
    #: a post the text says the person held before the article's date (历任, 曾任, 原…): a career
    #: fact, not a sighting at that date; ``since`` and ``until`` as precise as the text gives
    #: them (ISO 8601: 2019, 2019-06 or 2019-06-08), None where it gives none
    former: bool = False
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class Event:
    key: str
    name: str
    kind: str  # Meeting | Inspection | Event
    #: ISO 8601, as precise as the text: 2019, 2019-06, 2019-06-08, or days 2019-06-01/2019-06-02
    date: str | None
    place: str | None = None  # place key
    attendees: tuple[str, ...] = ()  # person keys
    sites: tuple[str, ...] = ()  # names of sites visited (organisation keys where known)
    mention: Mention | None = None


@dataclass(frozen=True)
class Award:
    key: str
    name: str
    year: int | None = None
    categories: tuple[str, ...] = ()
    conferred_by: str | None = None  # organisation key


@dataclass(frozen=True)
class AwardConferral:
    recipient: str  # person key, or organisation or place key where ``organization`` or ``place``
    award: str  # award key
    category: str | None
    mention: Mention
    posthumous: bool = False  # conferred after the recipient's death (追授, 被追授, 追记…功)
    organization: bool = False  # the recipient is an organisation (先进集体, 先进基层党组织)
    place: bool = False  # the recipient is a place (a city honoured as 全国文明城市)


@dataclass(frozen=True)
class Calling:
    """An honouree's job written beside the name without an employer (``甲院士``, ``青年教师乙``,
    ``外卖小哥丙``), or the professional grade of a person not honoured, with its unit
    (``某医院主任医师``: no post, :func:`kg.extract.statuses.ungraded`): a ``schema:jobTitle`` of the
    person alone (an honouree's job with its employer is a :class:`Holding` with ``job_title``)."""

    person: str
    title: str
    mention: Mention


@dataclass(frozen=True)
class Extraction:
    """Everything known of one article; each extractor stage returns a new one with more filled in."""

    article: Article
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    persons: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    posts: tuple[Post, ...] = ()
    holdings: tuple[Holding, ...] = ()
    events: tuple[Event, ...] = ()
    awards: tuple[Award, ...] = ()
    conferrals: tuple[AwardConferral, ...] = ()
    callings: tuple[Calling, ...] = ()
    reporters: tuple[str, ...] = ()  # person keys
    photographers: tuple[str, ...] = ()  # person keys
    home: str | None = None  # key of the place the article is about by default (scope of 市委, 省委)
    warnings: tuple[str, ...] = ()
    abstained: int = 0  # candidate facts left out because no rule was sure
    done: frozenset[str] = field(default_factory=frozenset)  # names of stages run

    def add(self, **fields: Iterable[object]) -> Extraction:
        """A copy with items appended to tuple fields (duplicates by equality dropped)."""
        changes: dict[str, object] = {}
        for name, items in fields.items():
            current = getattr(self, name)
            seen = set(current)
            merged = list(current)
            for item in items:
                if item not in seen:
                    seen.add(item)
                    merged.append(item)
            changes[name] = tuple(merged)
        return replace(self, **changes)

    def person(self, key: str) -> Person | None:
        return next((p for p in self.persons if p.key == key), None)

    def place(self, key: str) -> Place | None:
        return next((p for p in self.places if p.key == key), None)

    def organization(self, key: str) -> Organization | None:
        return next((o for o in self.organizations if o.key == key), None)
