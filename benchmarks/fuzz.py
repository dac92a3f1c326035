"""A bounded fuzz session: many generated inputs through the readers and the whole build.

Two campaigns, each with Hypothesis (no database, derandomised so a run can be repeated):

- ``readers``: random bytes and random Unicode (any encoding) as files of every input kind
  (.txt, .html, .jsonl) through ``kg.ingest.read_input``: only ``kg.errors.KGError`` may escape.
- ``build``: article-like text from the property tests' generator (title chains, leader lists,
  honour lists, appointments, bylines, junk, random CJK) through ``kg.build.build``: every article
  builds without a stage failing, every mention's offsets fit the stored text, every graph conforms
  to the SHACL shapes.

Prints what it tried and what it found; ``--write`` records it in RESULTS.md ("Fuzzing").
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from results import commit, machine, write_section  # noqa: E402
from test_properties import _check, articles  # noqa: E402

from kg.build import build  # noqa: E402
from kg.errors import KGError  # noqa: E402
from kg.ingest import read_input  # noqa: E402

SUFFIXES = (".txt", ".html", ".jsonl")
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "big5", "utf-16")


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


raw_inputs = st.one_of(
    st.binary(max_size=2048),
    st.builds(_encode, st.text(max_size=600), st.sampled_from(ENCODINGS)),
    st.builds(_encode, articles, st.sampled_from(ENCODINGS)),
)


def campaign(name: str, examples: int, seconds: float, fn, strategy) -> dict:  # type: ignore[no-untyped-def]
    found: list[str] = []
    tried = 0
    deadline = time.monotonic() + seconds

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(value) -> None:  # type: ignore[no-untyped-def]
        nonlocal tried
        if time.monotonic() > deadline:
            return
        tried += 1
        try:
            fn(value)
        except Exception as exc:  # a finding: record it, keep fuzzing
            found.append(f"{type(exc).__name__}: {exc}".splitlines()[0][:200])
            if len(found) <= 3:
                traceback.print_exc()

    start = time.monotonic()
    run()
    return {"name": name, "tried": tried, "seconds": time.monotonic() - start, "found": found}


def read_one(data: tuple[bytes, str]) -> None:
    raw, suffix = data
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(raw)
        with contextlib.suppress(KGError):
            read_input(path)


def build_one(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.txt"
        path.write_text(text, encoding="utf-8")
        try:
            result = build([path])
        except KGError:
            return
        _check(result)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=2000, help="examples per campaign at most")
    ap.add_argument("--seconds", type=float, default=300, help="time per campaign at most")
    ap.add_argument("--write", action="store_true", help="record the figures in RESULTS.md")
    args = ap.parse_args()
    results = [
        campaign(
            "readers",
            args.examples,
            args.seconds,
            read_one,
            st.tuples(raw_inputs, st.sampled_from(SUFFIXES)),
        ),
        campaign("build", args.examples, args.seconds, build_one, articles),
    ]
    lines = ["| campaign | inputs tried | seconds | findings |", "|---|---:|---:|---|"]
    for r in results:
        kinds = sorted(set(r["found"]))
        lines.append(
            f"| {r['name']} | {r['tried']} | {r['seconds']:.0f} | "
            + (f"{len(r['found'])}: " + "; ".join(kinds[:5]) if kinds else "none")
            + " |"
        )
    table = "\n".join(lines)
    print(table)
    if args.write:
        body = (
            f"Measured by `benchmarks/fuzz.py --examples {args.examples} --seconds {args.seconds:.0f}` on "
            f"commit `{commit()}` ({machine()}). Hypothesis, derandomised. `readers`: random bytes, random "
            "Unicode in five encodings and generated articles, as .txt/.html/.jsonl files, through "
            "`kg.ingest.read_input` (only kg's own errors may escape). `build`: generated articles through "
            "`kg.build.build` (no stage may fail; offsets fit the stored text; SHACL conforms).\n\n" + table
        )
        write_section("Fuzzing", body)
        print("wrote section 'Fuzzing' of benchmarks/RESULTS.md")
    return 1 if any(r["found"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
