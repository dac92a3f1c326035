"""Gold facts: the hand-checked JSON files that an extraction is scored against.

The format is defined by the docstring of ``shared/gold/check_gold.py``. One gold file describes
one source text; its article text is found as ``check_gold.py`` does (``TEXT_DIR/<source>``,
``TEXT_DIR/<basename of source>``, ``TEXT_DIR/<gold name minus .gold.json>.txt``), and a first line
starting with ``SOURCE:`` is provenance, not text.

Strings are kept exactly as the gold writes them; the scorer normalises them for comparison.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import GoldError

GOLD_SUFFIX = ".gold.json"


@dataclass(frozen=True)
class GoldArticle:
    headline: str | None
    subheadlines: tuple[str, ...]
    date: str | None
    published: str | None
    reporters: tuple[str, ...]
    photographers: tuple[str, ...]


@dataclass(frozen=True)
class GoldPost:
    """A post as ``(jurisdiction, organ, role)``; the organ is often a resolved short form."""

    jurisdiction: str
    organ: str
    role: str


@dataclass(frozen=True)
class GoldOfficial:
    name: str
    posts: tuple[GoldPost, ...]
    #: The posts the file says were held before the article (``former_posts`` or ``past_posts``
    #: repeating them, ``"former": true`` on the person, or posts outside its ``current_posts``):
    #: career facts, not scored as posts held at the article's date (kg's own former posts are not).
    former: tuple[GoldPost, ...] = ()

    @property
    def current(self) -> tuple[GoldPost, ...]:
        return tuple(p for p in self.posts if p not in self.former)


@dataclass(frozen=True)
class GoldPerson:
    """A named person with no post (``other_persons``)."""

    name: str
    context: str | None = None


@dataclass(frozen=True)
class GoldHonoree:
    name: str
    award: str | None  # the award's name; the file's single ``award`` when not given per honoree
    category: str | None
    employer: str | None  # the unit as written, in full
    title: str | None  # the final title word(s) as written
    also: tuple[tuple[str, str], ...] = ()  # further (employer, title) pairs
    posthumous: bool | None = None  # conferred after death; None when neither it nor its award says


@dataclass(frozen=True)
class GoldHonouredOrg:
    """An organisation honoured as such (``honored_organizations``): 先进基层党组织, 先进集体."""

    name: str
    award: str | None


@dataclass(frozen=True)
class GoldEvent:
    name: str
    date: str | None  # "2019-06-26", partial "2019-06", or a range "2020-05-11/2020-05-12"
    place: str | None
    participants: tuple[str, ...]
    sites_visited: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldPlace:
    name: str
    aliases: tuple[str, ...]
    part_of: str | None
    part_of_text: str | None = None  # the parent as the text writes it, when it skips a level

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldAward:
    name: str
    year: int | None
    conferred_by: tuple[str, ...]  # one body or several that decide jointly (two ministries)
    categories: tuple[str, ...]
    posthumous: bool | None = None  # conferred after the recipients' death; None when not stated


@dataclass(frozen=True)
class Gold:
    """The gold facts of one source file, with the text they were checked against."""

    path: Path
    source: str
    text_path: Path
    text: str
    articles: tuple[GoldArticle, ...]
    officials: tuple[GoldOfficial, ...]
    other_persons: tuple[GoldPerson, ...]
    honorees: tuple[GoldHonoree, ...]
    events: tuple[GoldEvent, ...]
    places: tuple[GoldPlace, ...]
    foreign_places: tuple[str, ...]
    enterprises: tuple[str, ...]
    enterprise_aliases: tuple[tuple[str, tuple[str, ...]], ...]  # (canonical, aliases)
    awards: tuple[GoldAward, ...]
    not_persons: tuple[str, ...]
    honoured_orgs: tuple[GoldHonouredOrg, ...] = ()

    @property
    def person_names(self) -> tuple[str, ...]:
        """Officials, other persons and honourees, each once, in file order."""
        names = [o.name for o in self.officials]
        names += [p.name for p in self.other_persons]
        names += [h.name for h in self.honorees]
        return tuple(dict.fromkeys(names))


# ---------------------------------------------------------------------------- reading


class _Reader:
    """Typed access to one gold file's JSON, raising :class:`GoldError` that names the field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> GoldError:
        return GoldError(
            f"{where}: {problem}",
            path=str(self.path),
            hint="see the format in shared/gold/check_gold.py",
        )

    def req(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"expected a non-empty string, got {value!r}")
        return value

    def string(self, value: Any, where: str, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        return self.req(value, where)

    def strings(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list of strings, got {type(value).__name__}")
        return tuple(self.req(v, f"{where}[{i}]") for i, v in enumerate(value))

    def flag(self, value: Any, where: str) -> bool | None:
        if value is not None and not isinstance(value, bool):
            raise self.fail(where, f"expected true or false, got {value!r}")
        return value

    def objects(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, "expected a list of objects")
        return value


def _article(r: _Reader, a: dict[str, Any], i: int) -> GoldArticle:
    where = f"articles[{i}]"
    return GoldArticle(
        headline=r.string(a.get("headline"), f"{where}.headline", optional=True),
        subheadlines=r.strings(a.get("subheadlines"), f"{where}.subheadlines"),
        date=r.string(a.get("date"), f"{where}.date", optional=True),
        published=r.string(a.get("published"), f"{where}.published", optional=True),
        reporters=r.strings(a.get("reporters"), f"{where}.reporters"),
        photographers=r.strings(a.get("photographers"), f"{where}.photographers"),
    )


def _official(r: _Reader, o: dict[str, Any], i: int, acted: set[tuple[str, GoldPost]]) -> GoldOfficial:
    name = r.req(o.get("name"), f"officials[{i}].name")
    posts = []
    for j, p in enumerate(o.get("posts") or []):
        if not (isinstance(p, list) and len(p) == 3):
            raise r.fail(f"officials[{name}].posts[{j}]", f"expected [jurisdiction, organ, role], got {p!r}")
        parts = [r.req(x, f"officials[{name}].posts[{j}]") for x in p]
        posts.append(GoldPost(*parts))
    former = _former(o, posts)
    return GoldOfficial(name, tuple(posts), tuple(p for p in former if (name, p) not in acted))


def _acted(data: dict[str, Any]) -> set[tuple[str, GoldPost]]:
    """``(name, post)`` of each act of the file's ``appointments``: a post the article itself
    removes someone from (免去甲的某职务) is held up to it, and scored, however the file marks it."""
    acts = data.get("appointments")
    return (
        {
            (a["name"], GoldPost(*a["post"]))
            for a in acts
            if isinstance(a, dict) and isinstance(a.get("name"), str) and _triple(a.get("post"))
        }
        if isinstance(acts, list)
        else set()
    )


def _former(o: dict[str, Any], posts: Sequence[GoldPost]) -> tuple[GoldPost, ...]:
    """The posts of ``posts`` that the official's entry marks as held before the article."""
    if o.get("former") is True:
        return tuple(posts)
    marked = [GoldPost(*p) for key in ("former_posts", "past_posts") for p in o.get(key) or () if _triple(p)]
    if isinstance(o.get("current_posts"), list):
        current = [GoldPost(*p) for p in o["current_posts"] if _triple(p)]
        marked += [p for p in posts if p not in current]
    return tuple(p for p in posts if p in marked)


def _triple(p: Any) -> bool:
    return isinstance(p, list) and len(p) == 3 and all(isinstance(x, str) and x for x in p)


def _honoree(r: _Reader, h: dict[str, Any], i: int, awards: Sequence[GoldAward]) -> GoldHonoree:
    """One honouree; its award is the file's only one when not given, and it is posthumous when it
    says so or else when its award does."""
    name = r.req(h.get("name"), f"honorees[{i}].name")
    where = f"honorees[{name}]"
    also = []
    for j, pair in enumerate(h.get("also") or []):
        if not (isinstance(pair, list) and len(pair) == 2):
            raise r.fail(f"{where}.also[{j}]", f"expected [employer, title], got {pair!r}")
        also.append((r.req(pair[0], f"{where}.also[{j}]"), r.req(pair[1], f"{where}.also[{j}]")))
    default_award = awards[0].name if len(awards) == 1 else None
    award = r.string(h.get("award"), f"{where}.award", optional=True) or default_award
    posthumous = r.flag(h.get("posthumous"), f"{where}.posthumous")
    if posthumous is None:
        posthumous = next((a.posthumous for a in awards if a.name == award), None)
    return GoldHonoree(
        name=name,
        award=award,
        category=r.string(h.get("category"), f"{where}.category", optional=True),
        employer=r.string(h.get("employer"), f"{where}.employer", optional=True),
        title=r.string(h.get("title"), f"{where}.title", optional=True),
        also=tuple(also),
        posthumous=posthumous,
    )


def _event(r: _Reader, e: dict[str, Any], i: int) -> GoldEvent:
    name = r.req(e.get("name"), f"events[{i}].name")
    where = f"events[{name}]"
    return GoldEvent(
        name=name,
        date=r.string(e.get("date"), f"{where}.date", optional=True),
        place=r.string(e.get("place"), f"{where}.place", optional=True),
        participants=r.strings(e.get("participants"), f"{where}.participants"),
        sites_visited=r.strings(e.get("sites_visited"), f"{where}.sites_visited"),
        aliases=r.strings(e.get("aliases"), f"{where}.aliases"),
    )


def _place(r: _Reader, p: dict[str, Any], i: int) -> GoldPlace:
    name = r.req(p.get("name"), f"places[{i}].name")
    where = f"places[{name}]"
    return GoldPlace(
        name=name,
        aliases=r.strings(p.get("aliases"), f"{where}.aliases"),
        part_of=r.string(p.get("part_of"), f"{where}.part_of", optional=True),
        part_of_text=r.string(p.get("part_of_text"), f"{where}.part_of_text", optional=True),
    )


def _conferrers(r: _Reader, value: Any, where: str) -> tuple[str, ...]:
    """An award's conferrer: one body's name, a list of the bodies that decide jointly, or none."""
    if isinstance(value, list):
        return r.strings(value, where)
    one = r.string(value, where, optional=True)
    return (one,) if one else ()


def _award(r: _Reader, a: dict[str, Any], where: str) -> GoldAward:
    year = a.get("year")
    if year is not None and not isinstance(year, int):
        raise r.fail(f"{where}.year", f"expected an integer, got {year!r}")
    return GoldAward(
        name=r.req(a.get("name"), f"{where}.name"),
        year=year,
        conferred_by=_conferrers(r, a.get("conferred_by"), f"{where}.conferred_by"),
        categories=r.strings(a.get("categories"), f"{where}.categories"),
        posthumous=r.flag(a.get("posthumous"), f"{where}.posthumous"),
    )


def _aliases(r: _Reader, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise r.fail("enterprise_aliases", "expected an object {canonical name: [aliases]}")
    return tuple(
        (r.req(k, "enterprise_aliases"), r.strings(v, f"enterprise_aliases[{k}]")) for k, v in value.items()
    )


# ---------------------------------------------------------------------------- texts


def read_text(path: Path) -> str:
    """The article text of a gold source file, without a leading ``SOURCE:`` line."""
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    if lines and lines[0].startswith("SOURCE:"):
        lines = lines[1:]
    return "\n".join(lines)


def text_candidates(gold_path: Path, source: str, text_dir: Path | None) -> list[Path]:
    """Where the text of ``gold_path`` may be, in the order tried.

    With ``text_dir``: as ``check_gold.py`` looks. Without: the same names in the gold file's own
    folder; ``source`` relative to the current directory and to the gold folder's parent (the
    sample's ``data/...``); and ``<root>/corpora/<sub>/`` for gold kept in ``<root>/gold/<sub>/``.
    """
    base = Path(source).name
    own = gold_path.name[: -len(GOLD_SUFFIX)] + ".txt" if gold_path.name.endswith(GOLD_SUFFIX) else None

    def in_dir(folder: Path) -> list[Path]:
        names = [source, base] + ([own] if own else [])
        return [folder / n for n in names]

    if text_dir is not None:
        return in_dir(text_dir)
    folder = gold_path.parent
    out = in_dir(folder)
    out += [Path.cwd() / source, folder.parent / source]
    if folder.parent.name == "gold":
        out += in_dir(folder.parent.parent / "corpora" / folder.name)
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------- loading


def load_gold(path: str | Path, text_dir: str | Path | None = None) -> Gold:
    """Read one gold file and its article text; :class:`GoldError` says what is wrong."""
    path = Path(path)
    r = _Reader(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"cannot read gold file: {exc.strerror}", path=str(path)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"not valid UTF-8 JSON: {exc}", path=str(path)) from exc
    if not isinstance(data, dict):
        raise r.fail("top level", "expected a JSON object")
    for key in ("source", "officials"):
        if key not in data:
            raise r.fail(key, "missing key")
    source = r.req(data["source"], "source")
    candidates = text_candidates(path, source, Path(text_dir) if text_dir is not None else None)
    text_path = next((c for c in candidates if c.is_file()), None)
    if text_path is None:
        tried = ", ".join(str(c) for c in candidates)
        raise GoldError(
            f"text file for source {source!r} not found (tried {tried})",
            path=str(path),
            hint="pass the folder that holds the texts as text_dir",
        )

    award_objs = r.objects(data, "awards")
    if isinstance(data.get("award"), dict):
        award_objs = [data["award"], *award_objs]
    awards = tuple(_award(r, a, f"awards[{i}]") for i, a in enumerate(award_objs))

    return Gold(
        path=path,
        source=source,
        text_path=text_path,
        text=read_text(text_path),
        articles=tuple(_article(r, a, i) for i, a in enumerate(r.objects(data, "articles"))),
        officials=tuple(_official(r, o, i, _acted(data)) for i, o in enumerate(r.objects(data, "officials"))),
        other_persons=tuple(
            GoldPerson(
                r.req(p.get("name"), f"other_persons[{i}].name"),
                p.get("context") or p.get("description"),
            )
            for i, p in enumerate(r.objects(data, "other_persons"))
        ),
        honorees=tuple(_honoree(r, h, i, awards) for i, h in enumerate(r.objects(data, "honorees"))),
        events=tuple(_event(r, e, i) for i, e in enumerate(r.objects(data, "events"))),
        places=tuple(_place(r, p, i) for i, p in enumerate(r.objects(data, "places"))),
        foreign_places=tuple(
            r.req(p.get("name") if isinstance(p, dict) else p, f"foreign_places[{i}]")
            for i, p in enumerate(data.get("foreign_places") or [])
        ),
        enterprises=r.strings(data.get("enterprises"), "enterprises"),
        enterprise_aliases=_aliases(r, data.get("enterprise_aliases")),
        awards=awards,
        not_persons=r.strings(data.get("not_persons"), "not_persons"),
        honoured_orgs=_honoured_orgs(r, data, awards),
    )


def _honoured_orgs(
    r: _Reader, data: dict[str, Any], awards: Sequence[GoldAward]
) -> tuple[GoldHonouredOrg, ...]:
    """``honored_organizations``, and the organisations an award names as its recipients
    (``awards[].named_recipients`` that are no honouree)."""
    out = [
        GoldHonouredOrg(
            r.req(o.get("name"), f"honored_organizations[{i}].name"),
            r.string(o.get("award"), f"honored_organizations[{i}].award", optional=True)
            or (awards[0].name if len(awards) == 1 else None),
        )
        for i, o in enumerate(r.objects(data, "honored_organizations"))
    ]
    people = {h.get("name") for h in r.objects(data, "honorees")}
    for i, a in enumerate(r.objects(data, "awards")):
        for name in r.strings(a.get("named_recipients"), f"awards[{i}].named_recipients"):
            if name not in people and all(o.name != name for o in out):
                out.append(GoldHonouredOrg(name, r.string(a.get("name"), f"awards[{i}].name", optional=True)))
    return tuple(out)


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named by ``paths``: files as given, folders as their ``*.gold.json``."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob("*" + GOLD_SUFFIX))
            if not found:
                raise GoldError(f"no *{GOLD_SUFFIX} files in folder", path=str(p))
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise GoldError("no such gold file or folder", path=str(p))
    return out


def load_all(paths: Sequence[str | Path], text_dir: str | Path | None = None) -> list[Gold]:
    return [load_gold(p, text_dir) for p in gold_files(paths)]
