"""The layout computed in Python for big graphs: separate components, no piles, deterministic."""

from __future__ import annotations

import networkx as nx
import numpy as np

from kg.export.html_layout import EDGE_PX, EXACT_MAX, force_layout, layout


def boxes_overlap(a: np.ndarray, b: np.ndarray) -> bool:
    return bool((a.min(0) <= b.max(0)).all() and (b.min(0) <= a.max(0)).all())


def test_components_are_packed_apart():
    g = nx.disjoint_union_all([nx.path_graph(30), nx.star_graph(20), nx.cycle_graph(12)])
    g.add_node("alone")
    pos = layout(g)
    assert set(pos) == set(g)
    assert all(isinstance(c, int) for xy in pos.values() for c in xy)
    comps = [np.array([pos[n] for n in c]) for c in nx.connected_components(g)]
    for i, a in enumerate(comps):
        for b in comps[i + 1 :]:
            assert not boxes_overlap(a, b)
    assert layout(g) == pos


def test_edges_have_the_page_length_and_nodes_do_not_pile_up():
    for n in (EXACT_MAX // 2, EXACT_MAX * 3):  # exact and mesh repulsion
        g = nx.random_labeled_tree(n, seed=3)
        pos = layout(g)
        xy = np.array([pos[v] for v in g], dtype=float)
        lengths = [np.hypot(*(xy[u] - xy[v])) for u, v in g.edges()]
        assert abs(np.median(lengths) - EDGE_PX) <= 1
        gaps = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1)) + np.eye(n) * 1e9
        assert np.mean(gaps.min(1) < EDGE_PX / 10) < 0.05, n


def test_force_layout_of_a_path_is_stretched_out():
    pos = force_layout(10, np.array([(i, i + 1) for i in range(9)]))
    ends = np.hypot(*(pos[0] - pos[9]))
    steps = np.hypot(*(pos[1:] - pos[:-1]).T)
    assert ends > 5 * np.median(steps)  # not folded up
