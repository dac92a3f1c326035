"""HTML: one self-contained, offline page to explore the graph with pyvis (vis-network 9).

What is drawn comes from :mod:`kg.export.html_data`; people are sized and (on request) coloured
by the network of people in :mod:`kg.analyze`. The page has a search box, type filters in the
legend, a toggle for articles and their mentions, and a card per entity on hover and click.

Article text is untrusted. Cards are markup built here from ``html.escape``d parts only; a
small script parses them in an inert document (``DOMParser``) and hands vis-network an element,
because vis-network 9 shows a string ``title`` as plain text. Labels are drawn on the canvas, so
they stay plain text; the page's own script only ever sets ``textContent``. The page loads
nothing from the network: vis-network is inlined by pyvis, pyvis's CDN links for bootstrap are
removed, and a Content-Security-Policy forbids any fetch.

Up to ``PHYSICS_MAX`` nodes the browser lays the graph out (physics stops once stable); above
it, positions are computed in Python (:mod:`kg.export.html_layout`) and physics is off, so a
page of 5,000 nodes opens in seconds. ``window.kgStable`` turns true once the layout is final.
The same dataset always gives byte-identical HTML.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from pyvis.network import Network
from rdflib import Dataset, Graph

from kg import rx
from kg.analyze import Analysis, PersonFigures, analyse
from kg.errors import KGError
from kg.export.atomic import write_text
from kg.export.html_data import KIND, KINDS, SECTION_ORDER, Kind, Node, read_graph, select
from kg.export.html_layout import layout
from kg.export.rdf import union_graph

FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
CARD_LINES = 6  # lines per card section before "… N more"
PHYSICS_MAX = 300  # more nodes than this: layout computed in Python, physics off
#: Person colours with ``communities=True`` (Tableau 10); communities past these are grey.
COMMUNITY_COLORS = (
    "#4E79A7",
    "#F28E2B",
    "#E15759",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#79706E",
)
OTHER_COMMUNITY = "#CFCFCF"
SEARCH_KINDS = ("Person", "Organization")


def _card(kind: str, title: str, sections: Iterable[tuple[str, Iterable[str]]]) -> str:
    """Card markup; every piece of text is escaped here, and the markup is only built here."""
    out = [f'<div class="kg-card"><div class="kg-kind">{html.escape(kind)}</div>']
    out.append(f'<div class="kg-title">{html.escape(title)}</div>')
    for heading, lines in sections:
        lines = sorted(lines)
        if not lines:
            continue
        shown = lines[:CARD_LINES]
        more = len(lines) - len(shown)
        items = "".join(f"<li>{html.escape(line)}</li>" for line in shown)
        if more:
            items += f"<li>… 另有 {more} 条 ({more} more)</li>"
        if heading:
            out.append(f'<div class="kg-sec">{html.escape(heading)}</div>')
        out.append(f"<ul>{items}</ul>")
    out.append("</div>")
    return "".join(out)


def _network_lines(p: PersonFigures) -> list[str]:
    lines = [
        f"与 {p.linked} 人同会或同单位 (shares an event or organisation with {p.linked})",
        f"度中心性 degree {p.degree:.3f} · 中介中心性 betweenness {p.betweenness:.3f}",
    ]
    if p.community:
        lines.append(f"社群 community {p.community}")
    return lines


def _node_card(node: Node, person: PersonFigures | None) -> str:
    def rank(heading: str) -> tuple[int, str]:
        return (SECTION_ORDER.index(heading) if heading in SECTION_ORDER else len(SECTION_ORDER), heading)

    sections = dict(node.sections)
    if person is not None:
        sections["网络 Network"] = set(_network_lines(person))
    ordered = sorted(sections.items(), key=lambda item: rank(item[0]))
    return _card(f"{node.kind.zh} · {node.kind.name}", node.name, ordered)


def _community_color(community: int) -> str:
    return COMMUNITY_COLORS[community - 1] if 0 < community <= len(COMMUNITY_COLORS) else OTHER_COMMUNITY


def _community_rows(analysis: Analysis, shown: set[str]) -> str:
    rows = []
    for i, members in enumerate(analysis.communities, 1):
        if i > len(COMMUNITY_COLORS) or not shown.intersection(members):
            continue
        top = sorted(members, key=lambda p: (-analysis.people[p].degree, analysis.people[p].name))
        names = "、".join(analysis.people[p].name for p in top[:3]) + ("…" if len(top) > 3 else "")
        rows.append(
            f"<tr><td></td><td>{_glyph('dot', _community_color(i))}</td>"
            f'<td colspan="3">社群 {i} · {len(members)} 人：{html.escape(names)}</td></tr>'
        )
    if not rows:
        return ""
    return (
        '<div class="kg-legend-title">社群 Communities</div>'
        f"<table>{''.join(rows)}</table>"
        f'<p class="kg-note">人物按社群着色，其余社群及独立人物为灰色 (people coloured by community; '
        f"others grey)</p>"
    )


#: The legend's drawing of each vis-network shape (SVG in a 16 x 16 box; no font has them all).
SHAPE_SVG = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "triangle": '<polygon points="8,2 15,14 1,14"/>',
    "triangleDown": '<polygon points="1,2 15,2 8,14"/>',
    "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
    "hexagon": '<polygon points="8,1 14,4.5 14,11.5 8,15 2,11.5 2,4.5"/>',
    "ellipse": '<ellipse cx="8" cy="8" rx="7" ry="4.5"/>',
    "box": '<rect x="1" y="4" width="14" height="8" rx="2"/>',
}


def _glyph(shape: str, color: str) -> str:
    return (
        f'<svg class="kg-glyph" width="16" height="16" viewBox="0 0 16 16" fill="{color}" '
        f'stroke="#555" stroke-width="0.6" aria-hidden="true">{SHAPE_SVG[shape]}</svg>'
    )


def _legend(kinds: Iterable[Kind], n_nodes: int, n_edges: int, notes: Iterable[str], extra: str) -> str:
    rows = "".join(
        f'<tr><td><input type="checkbox" class="kg-filter" value="{k.name}" checked '
        f'aria-label="{html.escape(k.zh)} {k.name}"></td>'
        f"<td>{_glyph(k.shape, k.color)}</td>"
        f"<td>{html.escape(k.zh)}</td><td>{html.escape(k.name)}</td>"
        f'<td class="kg-shape">{html.escape(k.shape_zh)} {html.escape(k.shape)}</td></tr>'
        for k in kinds
    )
    paras = "".join(f'<p class="kg-note">{html.escape(n)}</p>' for n in notes)
    counts = f"节点 {n_nodes} · 关系 {n_edges} ({n_nodes} nodes, {n_edges} edges)"
    size = "人物大小：同会或同单位的人数（度中心性） (person size: degree centrality among people)"
    return (
        '<div id="kg-legend"><div class="kg-legend-title">图例 Legend</div>'
        f'<table>{rows}</table><p>{html.escape(counts)}</p><p class="kg-note">{html.escape(size)}</p>'
        f"{paras}{extra}</div>"
    )


def _tools(names: Iterable[str]) -> str:
    options = "".join(f'<option value="{html.escape(n)}"></option>' for n in names)
    return (
        '<div id="kg-tools">'
        '<input id="kg-search" type="search" list="kg-names" autocomplete="off" '
        'placeholder="搜索人物或机构 Find a person or organisation" aria-label="搜索 Search">'
        f'<datalist id="kg-names">{options}</datalist>'
        '<label><input type="checkbox" id="kg-articles" checked> 显示文章及报道 Show articles and mentions</label>'
        '<div id="kg-found" class="kg-note" role="status"></div></div>'
        '<div id="kg-panel" hidden><button id="kg-close" type="button" aria-label="关闭 Close">×</button>'
        '<div id="kg-panel-card"></div></div>'
    )


ASSETS = Path(__file__).parent
STYLE = (
    "<style>\n"
    + (ASSETS / "html_page.css").read_text(encoding="utf-8").replace("__FONT__", FONT)
    + "</style>\n"
)
SCRIPT = (ASSETS / "html_page.js").read_text(encoding="utf-8")


CSP = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:\">"
)

_REMOTE_TAG = rx.compile(
    r'<link\b[^>]*\bhref\s*=\s*"https?://[^"]*"[^>]*>|<script\b[^>]*\bsrc\s*=\s*"https?://[^"]*"[^>]*>\s*</script>'
)
_EMPTY_HEADING = rx.compile(r"<center>\s*<h1></h1>\s*</center>\s*")
_DEAD_COMMENT = rx.compile(r"<!--\s*<link[^>]*node_modules.*?-->\s*", re.S)
#: What must not be left in the page: an attribute that fetches from another host.
EXTERNAL_REF = rx.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def _options(precomputed: bool) -> dict:
    font = {"face": FONT, "strokeWidth": 3, "strokeColor": "#ffffff"}
    options = {
        "nodes": {"font": {**font, "size": 14, "color": "#222222"}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#9a9a9a", "highlight": "#333333", "hover": "#333333"},
            "font": {**font, "size": 11, "color": "#555555", "align": "middle"},
            "smooth": {"enabled": True, "type": "continuous"},
        },
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.25,
                "springLength": 150,
                "springConstant": 0.04,
                "damping": 0.12,
                "avoidOverlap": 0.3,
            },
            "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 25, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
        # the same start every time; vis-network's Kamada-Kawai start gives up on graphs like ours
        "layout": {"randomSeed": 1, "improvedLayout": False},
    }
    if precomputed:
        options["physics"] = {"enabled": False}
        options["edges"]["smooth"] = {"enabled": False}
        options["interaction"]["hideEdgesOnZoom"] = True
    return options


def _replace_once(page: str, anchor: str, text: str) -> str:
    """Replace the one ``anchor`` of pyvis's page; fail loudly if its template has changed."""
    if (n := page.count(anchor)) != 1:
        raise KGError(f"pyvis's page has {n} of {anchor!r}, expected 1", hint="kg needs pyvis 0.3.2")
    return page.replace(anchor, text)


def _notes(
    focus: str | None, depth: int, types: Sequence[str] | None, left_out: list[Node], kept: int
) -> list[str]:
    notes = []
    if focus is not None:
        notes.append(f"以“{focus}”为中心，{depth} 跳以内 (within {depth} hops of {focus})")
    if types is not None:
        notes.append(f"类型 types: {', '.join(sorted(types))}")
    if left_out:
        by_kind = Counter(n.kind for n in left_out)
        zh = "、".join(f"{k.zh} {by_kind[k]}" for k in KINDS if by_kind[k])
        en = ", ".join(f"{by_kind[k]} {k.name}" for k in KINDS if by_kind[k])
        notes.append(
            f"另有 {len(left_out)} 个节点未显示（{zh}），仅显示关联最多的 {kept} 个 "
            f"({len(left_out)} nodes left out: {en}; showing the {kept} with most links)"
        )
    return notes


def render_html(
    ds: Dataset | Graph,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Sequence[str] | None = None,
    max_nodes: int | None = None,
    communities: bool = False,
) -> str:
    """The page as a string; see :func:`write_html`."""
    types = [types] if isinstance(types, str) else types
    g = union_graph(ds) if isinstance(ds, Dataset) else ds
    nodes, edges = read_graph(g)
    keep, left_out, graph = select(nodes, edges, focus, depth, types, max_nodes)
    analysis = analyse(g)
    shown = sorted((nodes[i] for i in keep), key=lambda n: (KINDS.index(n.kind), n.name, n.iri))
    drawn = sorted(
        (e for e in edges if e.source in keep and e.target in keep),
        key=lambda e: (e.source, e.target, e.label),
    )
    precomputed = len(shown) > PHYSICS_MAX
    positions = layout(graph) if precomputed else {}
    top_degree = max((p.degree for p in analysis.people.values()), default=0.0) or 1.0

    def node_item(n: Node) -> dict:
        person = analysis.people.get(n.iri)
        item = {
            "id": n.iri,
            "label": n.label,
            "name": n.name,
            "kind": n.kind.name,
            "shape": n.kind.shape,
            "color": n.kind.color,
            "size": 14 + 2 * min(graph.degree(n.iri), 12),
            "card": _node_card(n, person),
        }
        if person is not None:
            item["size"] = 12 + round(24 * math.sqrt(person.degree / top_degree))
            if communities:
                item["color"] = _community_color(person.community)
        if precomputed:
            item["x"], item["y"] = positions[n.iri]
        return item

    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line")
    # tojson escapes < > & ' for <script>; keys sorted for byte-identical output; Chinese left readable.
    net.templateEnv.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    net.options = _options(precomputed)
    # Filled directly: Network.add_edge scans every edge on each call.
    net.nodes = [node_item(n) for n in shown]
    net.edges = [
        {
            "id": f"e{i}",
            "from": e.source,
            "to": e.target,
            **({} if precomputed else {"label": e.label}),  # 10,000 edge labels cost seconds to measure
            "card": _card(
                f"关系 · {e.label}", f"{nodes[e.source].name} → {nodes[e.target].name}", [("", e.details)]
            ),
        }
        for i, e in enumerate(drawn)
    ]
    net.node_ids = [n["id"] for n in net.nodes]

    notes = _notes(focus, depth, types, [nodes[i] for i in left_out], len(keep))
    extra = _community_rows(analysis, keep) if communities else ""
    kinds = [k for k in KINDS if any(n.kind is k for n in shown)]
    legend = _legend(kinds, len(shown), len(drawn), notes, extra)
    names = sorted({n.name for n in shown if n.kind.name in SEARCH_KINDS})
    script = _replace_once(SCRIPT, "__PRECOMPUTED__", json.dumps(precomputed))
    script = _replace_once(script, "__SEARCH_KINDS__", json.dumps(list(SEARCH_KINDS)))
    script = f'<script type="text/javascript">\n{script}</script>\n'

    page = net.generate_html()
    page = _REMOTE_TAG.sub("", page)
    page = _DEAD_COMMENT.sub("", _EMPTY_HEADING.sub("", page))
    head = f'<meta charset="utf-8">\n{CSP}\n<title>知识图谱 Knowledge graph</title>'
    page = _replace_once(page, "<html>", '<!DOCTYPE html>\n<html lang="zh-CN">')
    page = _replace_once(page, '<meta charset="utf-8">', head)
    page = _replace_once(page, "</head>", STYLE + "</head>")
    page = _replace_once(page, "<body>", f"<body>\n{_tools(names)}\n{legend}\n")
    page = _replace_once(page, "</body>", script + "</body>")
    if match := EXTERNAL_REF.search(page):
        raise KGError(
            f"HTML page still refers to a remote resource: {match.group(0)!r}", hint="update kg.export.html"
        )
    return page if page.endswith("\n") else page + "\n"


def write_html(
    ds: Dataset | Graph,
    path: Path,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Sequence[str] | None = None,
    max_nodes: int | None = None,
    communities: bool = False,
) -> None:
    """Write an interactive, offline HTML view of ``ds`` to ``path``.

    ``focus`` keeps the entities within ``depth`` hops (in either direction) of the entity with
    that name (or IRI); ``types`` keeps nodes of those kinds (local names: Person, Post,
    Organization, Place, Site, Event, Award, AwardCategory, Article), the focus always stays;
    ``max_nodes`` keeps the best-linked nodes and says on the page how many of each kind were
    left out; ``communities`` colours people by their community in the network of people.
    """
    page = render_html(
        ds, focus=focus, depth=depth, types=types, max_nodes=max_nodes, communities=communities
    )
    write_text(path, page)


__all__ = ["EXTERNAL_REF", "KIND", "KINDS", "PHYSICS_MAX", "render_html", "write_html"]
