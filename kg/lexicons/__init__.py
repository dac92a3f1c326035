"""The lexicons: tab-separated tables of general knowledge, read by one reader."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources

from kg.errors import InputError


def read_table(name: str, columns: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    """The rows of ``kg/lexicons/<name>`` as ``(line number, {column: cell})``.

    The header must hold ``columns`` (in any order; more columns are allowed). Blank lines and lines
    starting with ``#`` are skipped; missing trailing cells read as empty strings.
    """
    path = f"kg/lexicons/{name}"
    text = resources.files("kg.lexicons").joinpath(name).read_text(encoding="utf-8")
    lines = text.splitlines()
    header = lines[0].split("\t") if lines else []
    missing = [c for c in columns if c not in header]
    if missing:
        raise InputError(
            f"{name} lacks the column(s) {', '.join(missing)}; its header is {header}",
            path=path,
            hint="keep the header line; columns are tab-separated",
        )
    out = []
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        out.append((lineno, {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header)}))
    return out
