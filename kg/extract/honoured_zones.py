"""Development zones honoured as units: ``青禾高新技术产业开发区等10个集体获评“某某先进集体”``.

A development zone (高新技术产业开发区, 经济技术开发区, 高新区, 经开区, 工业园区) is run by its
management committee, and an award to the zone as written goes to that body: an organisation named
as the text writes it, in the division its name opens with (青禾 of 青禾高新区), else in the
article's home. Only a zone that is a whole item of a recipients' span is minted here (the span
that :mod:`kg.extract.honours` reads, closing ``等10个集体`` set aside); a zone named elsewhere
(考察了某某经济技术开发区) is left to the organisation layer.
"""

from __future__ import annotations

from kg import rx
from kg.extract.orgs import org_key
from kg.model import Extraction, Mention, Organization

#: A zone's name: a stem of two to eight characters, then the kind of zone.
ZONE = rx.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|工业园区|综合保税区)"
)
#: Where one item of a recipients' span ends.
_SEPARATOR = rx.compile(r"[、，,；;和及与\n]")
#: The close of an enumeration (等10个集体, 等单位).
_CLOSE = rx.compile(r"等(?:[\d一二三四五六七八九十百千两]+[个家所支]?)?[\u4e00-\u9fff]{0,8}$")


def honoured_zones(ex: Extraction, start: int, end: int) -> list[tuple[Organization, Mention]]:
    """The zones that are whole items of ``text[start:end]`` and no organisation mention yet,
    each as a new organisation and its mention."""
    text = ex.article.text
    out: list[tuple[Organization, Mention]] = []
    pos = start
    for cut in [*(m.start() for m in _SEPARATOR.finditer(text, start, end)), end]:
        item = text[pos:cut]
        a = pos + len(item) - len(item.lstrip(" \u3000"))
        close = _CLOSE.search(text, a, cut)
        b = close.start() if close else cut
        pos = cut + 1
        if ZONE.fullmatch(text, a, b) is None or any(
            m.label == "Organization" and m.start == a and m.end == b for m in ex.mentions
        ):
            continue
        name = text[a:b]
        place = next((m.ref for m in ex.mentions if m.label == "Place" and m.start == a and m.ref), ex.home)
        org = Organization(org_key(place, name), name, "GovernmentOrganization", place, None)
        out.append((org, ex.article.span(a, b, "Organization", ref=org.key)))
    return out
