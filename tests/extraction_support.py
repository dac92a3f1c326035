"""Shared helpers of the tests that run the whole extractor on invented sentences.

Not a test module: :func:`extract` runs :func:`kg.extract.default_stages` on a text (with a headline
and a date when asked), :func:`holdings` lists each holding with its post and organisation, and
:func:`attendees` names an event's attendees; :func:`posts_held` and :func:`person_names` read a
text's posts and persons in one call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract import default_stages
from kg.model import Article, Event, Extraction, Organization, Post
from kg.pipeline import run


def extract(text: str, *, headline: str | None = None, day: dt.date | None = None) -> Extraction:
    """The extraction of ``text`` as one article (``headline`` on the first line, dated ``day``)."""
    body_start = len(headline) + 1 if headline else 0
    if headline:
        text = f"{headline}\n{text}"
    article = Article("t", "test", 0, text, headline=headline, date=day, body_start=body_start)
    return run(article, default_stages())


def extract_page(text: str, day: dt.date = dt.date(2025, 5, 1)) -> Extraction:
    """The extraction of ``text`` whose first line is the headline, as one article dated ``day``."""
    head, _, body = text.partition("\n")
    return extract(body, headline=head, day=day)


def headlined(text: str, day: dt.date) -> Extraction:
    """The extraction of ``text`` under a placeholder headline (标题), dated ``day``."""
    return extract(text, headline="标题", day=day)


def attended(ex: Extraction) -> dict[str, list[str]]:
    """Each event's name with the names of its attendees, in their order."""
    return {ev.name: attendees(ex, ev) for ev in ex.events}


def events_by_name(ex: Extraction) -> dict[str, set[str]]:
    """Each event's name with the names of its attendees."""
    return {ev.name: set(attendees(ex, ev)) for ev in ex.events}


@dataclass(frozen=True)
class Held:
    """A holding read back: the person's name, the post, its organisation and that one's parent."""

    person: str
    post: Post
    org: Organization
    parent: Organization | None

    @property
    def role(self) -> str:
        return self.post.role


def holdings(ex: Extraction) -> Iterator[Held]:
    """The posts held at the article's date (a former holding is a career fact: test_careers)."""
    names = {p.key: p.name for p in ex.persons}
    posts = {p.key: p for p in ex.posts}
    orgs = {o.key: o for o in ex.organizations}
    for h in (h for h in ex.holdings if not h.former):
        post = posts[h.post]
        org = orgs[post.organization]
        yield Held(names[h.person], post, org, orgs.get(org.parent or ""))


def event(ex: Extraction, part: str = "") -> Event:
    """The one event of ``ex`` whose name holds ``part`` (the only event, with no ``part``)."""
    found = [ev for ev in ex.events if part in ev.name]
    assert len(found) == 1, [ev.name for ev in ex.events]
    return found[0]


def attendees(ex: Extraction, event: Event) -> list[str]:
    persons = {p.key: p.name for p in ex.persons}
    return [persons[k] for k in event.attendees]


@dataclass(frozen=True)
class Conferral:
    """A conferral read back: the recipient's name, the award's name, its category, posthumous."""

    person: str
    award: str
    category: str | None
    posthumous: bool


def conferrals(ex: Extraction) -> list[Conferral]:
    """The conferrals on persons (:func:`honoured_units` gives those on organisations and places)."""
    names = {p.key: p.name for p in ex.persons}
    awards = {a.key: a.name for a in ex.awards}
    return [
        Conferral(names[c.recipient], awards[c.award], c.category, c.posthumous)
        for c in ex.conferrals
        if not c.organization and not c.place
    ]


def unit_conferrals(ex: Extraction) -> list[tuple[str, str, str | None]]:
    """(organisation as written, award name, category) of the conferrals on organisations."""
    awards = {a.key: a.name for a in ex.awards}
    return [(c.mention.text, awards[c.award], c.category) for c in ex.conferrals if c.organization]


def org_posts(ex: Extraction) -> set[tuple[str, str, str]]:
    """(person, organisation, role) of each post held at the article's date."""
    return {(h.person, h.org.name, h.role) for h in holdings(ex)}


def honoured_units(ex: Extraction) -> list[tuple[str, str]]:
    """(organisation as written, award name) of the conferrals on organisations, in text order."""
    awards = {a.key: a.name for a in ex.awards}
    return [(c.mention.text, awards[c.award]) for c in ex.conferrals if c.organization]


def honoured_unit_names(ex: Extraction) -> set[tuple[str, str]]:
    """(organisation's name, award name) of the conferrals on organisations."""
    names = {o.key: o.name for o in ex.organizations}
    awards = {a.key: a.name for a in ex.awards}
    return {(names[c.recipient], awards[c.award]) for c in ex.conferrals if c.organization}


def honoured_persons(ex: Extraction) -> set[str]:
    """The names of the persons honoured (not organisations, not places)."""
    names = {p.key: p.name for p in ex.persons}
    return {names[c.recipient] for c in ex.conferrals if not c.organization and not c.place}


def division_code(name: str) -> str:
    """The GB/T 2260 code of the (first) division of that name."""
    from kg.extract.divisions import gazetteer

    return gazetteer().lookup(name)[0].code


def placed_posts(ex: Extraction) -> set[tuple[str, str, str | None, str]]:
    """(person, organisation, its jurisdiction's name (or key, if no place of the article), role)
    of each holding."""
    names = {p.key: p.name for p in ex.persons}
    by_key = {p.key: p for p in ex.posts}
    orgs = {o.key: o for o in ex.organizations}
    places = {p.key: p.name for p in ex.places}
    out = set()
    for h in ex.holdings:
        org = orgs[by_key[h.post].organization]
        where = places.get(org.jurisdiction or "", org.jurisdiction)
        out.add((names[h.person], org.name, where, by_key[h.post].role))
    return out


#: A holding read back for the careers tests: person, post label, former, since, until.
CareerRow = tuple[str, str, bool, str | None, str | None]


def careers(ex: Extraction) -> set[CareerRow]:
    """(person, post label, former, since, until) of every holding, held now or before."""
    posts = {p.key: p for p in ex.posts}
    return {(h.person.split("|")[-1], posts[h.post].label, h.former, h.since, h.until) for h in ex.holdings}


def former(ex: Extraction) -> set[CareerRow]:
    """The rows of :func:`careers` held before the article's date."""
    return {row for row in careers(ex) if row[2]}


def posts_held(text: str, day: dt.date, headline: str | None = None) -> set[tuple[str, str, str, str | None]]:
    """(person, role, organisation, the organisation's jurisdiction) of each post held in ``text``."""
    ex = extract(text, headline=headline, day=day)
    return {(h.person, h.role, h.org.name, h.org.jurisdiction) for h in holdings(ex)}


def person_names(text: str, day: dt.date) -> list[str]:
    """The names of the persons of ``text``, sorted."""
    return sorted(p.name for p in extract(text, day=day).persons)


def local_place_parents(text: str, day: dt.date, headline: str | None = None) -> dict[str, str | None]:
    """Each township's or village's name with the name of the place it lies in."""
    ex = extract(text, headline=headline, day=day)
    by_key = {p.key: p for p in ex.places}
    return {
        p.name: by_key[p.parent].name if p.parent in by_key else p.parent
        for p in ex.places
        if p.level in ("township", "village")
    }
