"""Shared by the benchmark scripts: where figures were measured, and writing one section of RESULTS.md.

``RESULTS.md`` is shared: each script owns one ``## `` section and replaces only that one,
leaving the others (and their order) as they are.
"""

from __future__ import annotations

import os
import platform
import subprocess
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"


def commit() -> str:
    """The short commit of HEAD, with ``+dirty`` when kg/, data/ or ontology/ have uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "kg", "data", "ontology"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}+dirty" if dirty else head


def machine() -> str:
    """Architecture and core count, as ``uname -m`` and ``nproc`` give them."""
    return f"{platform.machine()}, {os.cpu_count()} cores"


def write_section(title: str, body: str, path: Path = RESULTS) -> None:
    """Replace the section ``## title`` of ``path`` with ``body`` (append it if absent; create the file)."""
    heading = f"## {title}"
    block = [heading, "", *body.strip("\n").splitlines(), ""]
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
    else:
        lines = [
            "# Results",
            "",
            "Figures printed by the scripts in `benchmarks/`, each section written by its script with `--write`,",
            "with the commit (`+dirty`: uncommitted changes under kg/, data/ or ontology/) and machine.",
            "",
        ]
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == heading)
    except StopIteration:
        if lines and lines[-1].strip():
            lines.append("")
        lines += block
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        lines[start:end] = block
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def text_table(head: Sequence[str], rows: Sequence[Sequence[str]], left: int = 1) -> str:
    """A fixed-width table; the first ``left`` columns align left, the rest (figures) right."""
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    fmt = "  ".join(f"{{:{'<' if i < left else '>'}{w}}}" for i, w in enumerate(widths))
    rule = "-" * (sum(widths) + 2 * len(widths) - 2)
    return "\n".join([fmt.format(*head), rule, *(fmt.format(*r) for r in rows)])


def markdown_table(head: Sequence[str], rows: Sequence[Sequence[str]], left: int = 1) -> str:
    align = "|" + "---|" * left + "---:|" * (len(head) - left)
    return "\n".join(["| " + " | ".join(head) + " |", align, *("| " + " | ".join(r) + " |" for r in rows)])
