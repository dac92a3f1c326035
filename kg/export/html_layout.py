"""Positions computed in Python for graphs too big for the browser's physics.

vis-network's physics takes about 6 s to settle 1,000 nodes and half a minute for 5,000, and
networkx's ``spring_layout`` takes over a minute at 5,000 nodes (its sparse solver is quadratic
and needs scipy). This is a Fruchterman-Reingold layout in numpy, one connected component at a
time: attraction along the edges, and repulsion between all nodes either exactly (small
components) or, for big ones, through a grid: node counts are binned on a 128 x 128 mesh and the
repulsive field is the mesh convolved with the force kernel by FFT (the particle-mesh method),
so an iteration costs O(nodes + edges) instead of O(nodes²). Components are then packed in
rows, largest first. Seeded and rounded to whole pixels, so the same graph gives the same page.
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np

EDGE_PX = 90.0  # median edge length on the page, in pixels
EXACT_MAX = 400  # components up to this size get exact repulsion
MESH = 128
GAP_PX = 60.0  # space between packed components


def _exact_repulsion(pos: np.ndarray, k2: float) -> np.ndarray:
    d = pos[:, None, :] - pos[None, :, :]
    dist2 = np.maximum((d * d).sum(-1), 1e-9)
    return (d * (k2 / dist2)[:, :, None]).sum(1)


def _near_pairs(cell: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Every ordered pair (i, j), i != j, of nodes in the same or adjacent mesh cells."""
    ids = cell[:, 0] * m + cell[:, 1]
    order = np.argsort(ids, kind="stable")
    counts = np.bincount(ids, minlength=m * m)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    firsts, seconds = [], []
    for ox in (-1, 0, 1):
        for oy in (-1, 0, 1):
            nx_, ny_ = cell[:, 0] + ox, cell[:, 1] + oy
            ok = (nx_ >= 0) & (nx_ < m) & (ny_ >= 0) & (ny_ < m)
            i = np.flatnonzero(ok)
            other = nx_[ok] * m + ny_[ok]
            n_other = counts[other]
            first = np.repeat(i, n_other)
            within = np.arange(len(first)) - np.repeat(np.cumsum(n_other) - n_other, n_other)
            second = order[np.repeat(starts[other], n_other) + within]
            keep = first != second
            firsts.append(first[keep])
            seconds.append(second[keep])
    return np.concatenate(firsts), np.concatenate(seconds)


class _MeshRepulsion:
    """Repulsion ``k²/d`` from every other node: exact from nodes in the same or adjacent cells of
    a mesh, and from the rest through the mesh, by FFT convolution (particle-particle/particle-mesh).
    """

    def __init__(self, k2: float, size: int = MESH) -> None:
        m = self.size = size
        self.k2 = k2
        # Kernel for a cell size of 1 over offsets -m..m-1, arranged for circular convolution on
        # 2m x 2m; zero over the 3 x 3 cells around the centre, which the exact part covers.
        steps = np.fft.ifftshift(np.arange(-m, m)).astype(float)
        sx, sy = np.meshgrid(steps, steps, indexing="ij")
        r2 = sx * sx + sy * sy
        r2[(np.abs(sx) <= 1) & (np.abs(sy) <= 1)] = np.inf
        self.kx = np.fft.rfft2(sx * k2 / r2)
        self.ky = np.fft.rfft2(sy * k2 / r2)

    def __call__(self, pos: np.ndarray) -> np.ndarray:
        m = self.size
        lo = pos.min(0)
        h = float((pos.max(0) - lo).max() or 1.0) * 1.0001 / m
        cell = np.floor((pos - lo) / h).astype(np.int64).clip(0, m - 1)
        padded = np.zeros((2 * m, 2 * m))
        padded[:m, :m] = np.bincount(cell[:, 0] * m + cell[:, 1], minlength=m * m).reshape(m, m)
        spectrum = np.fft.rfft2(padded)
        fx = np.fft.irfft2(spectrum * self.kx, s=padded.shape)[:m, :m] / h
        fy = np.fft.irfft2(spectrum * self.ky, s=padded.shape)[:m, :m] / h
        force = np.stack([fx[cell[:, 0], cell[:, 1]], fy[cell[:, 0], cell[:, 1]]], axis=1)
        i, j = _near_pairs(cell, m)
        d = pos[i] - pos[j]
        push = d * (self.k2 / np.maximum((d * d).sum(1), 1e-12))[:, None]
        n = len(pos)
        force[:, 0] += np.bincount(i, weights=push[:, 0], minlength=n)
        force[:, 1] += np.bincount(i, weights=push[:, 1], minlength=n)
        return force


def force_layout(n: int, edges: np.ndarray, *, iterations: int | None = None, seed: int = 1) -> np.ndarray:
    """Fruchterman-Reingold positions (n x 2, in a unit-ish square) of a connected graph.

    By default 100 iterations, 150 for big graphs (hubs with hundreds of leaves need them).
    """
    iterations = iterations or (100 if n <= EXACT_MAX else 150)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    if n < 2:
        return pos
    k2 = 1.0 / n
    k = np.sqrt(k2)
    repel = (lambda p: _exact_repulsion(p, k2)) if n <= EXACT_MAX else _MeshRepulsion(k2)
    src, dst = (edges[:, 0], edges[:, 1]) if len(edges) else (np.zeros(0, int), np.zeros(0, int))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = repel(pos)
        delta = pos[src] - pos[dst]
        dist = np.sqrt((delta * delta).sum(1)).clip(1e-9)
        pull = delta * (dist / k)[:, None]
        for axis in (0, 1):
            disp[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n)
            disp[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=n)
        length = np.sqrt((disp * disp).sum(1)).clip(1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _component(graph: nx.Graph, nodes: list[Hashable], seed: int) -> np.ndarray:
    """Positions in pixels, the component's top-left corner at (0, 0)."""
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array(
        sorted({tuple(sorted((index[u], index[v]))) for u, v in graph.subgraph(nodes).edges() if u != v}),
        dtype=np.int64,
    ).reshape(-1, 2)
    pos = force_layout(len(nodes), edges, seed=seed)
    if len(edges):
        lengths = np.sqrt(((pos[edges[:, 0]] - pos[edges[:, 1]]) ** 2).sum(1))
        pos *= EDGE_PX / max(float(np.median(lengths)), 1e-9)
    return pos - pos.min(0)


def layout(graph: nx.Graph, *, seed: int = 1) -> dict[Hashable, tuple[int, int]]:
    """Whole-pixel positions of every node: each component laid out alone, then packed in rows."""
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(nx.Graph(graph))),
        key=lambda c: (-len(c), str(c[0])),
    )
    placed = [(nodes, _component(graph, nodes, seed)) for nodes in components]
    area = sum((p.max(0)[0] + GAP_PX) * (p.max(0)[1] + GAP_PX) for _, p in placed)
    row_width = max(float(np.sqrt(area)) * 1.3, max((p.max(0)[0] for _, p in placed), default=0.0))
    out: dict[Hashable, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for nodes, pos in placed:
        w, h = pos.max(0)
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + GAP_PX, 0.0
        for node, (px, py) in zip(nodes, pos, strict=True):
            out[node] = (round(x + px), round(y + py))
        x += w + GAP_PX
        row_height = max(row_height, h)
    return out
