"""The entity layer against public NER corpora: entity-level exact-span precision, recall and F1.

Usage::

    .venv/bin/python benchmarks/ner_eval.py [--corpus msra|pd|cluener|all] [--limit N]
                                            [--split test|dev] [--errors N] [--write]

Corpora (read in place from ``../shared/corpora/``; see each folder's SOURCE.md):

- ``msra``: MSRA NER (SIGHAN 2006) test, ``msra_ner/msra_test_bio.txt``, one character + TAB + BIO tag.
- ``pd``: People's Daily NER test, ``peoples_daily_ner/example.test``, one character + space + BIO tag
  (``--split dev``: its dev split, ``example.dev``, for error analysis without reading the test split).
- ``cluener``: CLUENER2020 dev, ``cluener2020/dev.json``, spans with inclusive ends.

Each sentence is one ``kg.model.Article`` run through ``kg.extract.default_stages()``. Gold BIO
tags are chunked the CoNLL way (``conlleval``: a chunk starts at B- or at an I- whose type differs
from the previous tag's), and a prediction counts only if start, end and type all match.

Our mentions map to corpus types as follows. Every corpus is flat, so where our mentions nest
(``山西省`` inside ``山西省委``, a person inside a title chain) the outermost span wins.

- MSRA and People's Daily: Person -> PER, Place -> LOC, Organization -> ORG. Post, Role, Event,
  Date and Award mentions are not scored. Address chains stay split (``北京市`` + ``海淀区``), as
  both corpora annotate them. Person mentions that name no person of the article count too, as
  both corpora mark them: the surname of a short form (``王书记``, ``小王``) and the name in a
  doctrine (``某某`` of ``某某主义``).
- CLUENER2020 (only these six of its ten types are scored; book, game, movie and scene are not):
  Person -> name, except mentions whose text is not the name of a person of the article (the
  surname of a short form, ``王书记``, ``李老师``, ``小王``: MSRA and People's Daily mark the
  surname as a person, CLUENER marks nothing; the name in a doctrine, ``某某主义``); Place -> address, with adjacent places joined into one span (CLUENER marks a
  whole address chain, ``北京市东城区``, as one); Organization of kind GovernmentOrganization or
  PartyOrganization -> government, Corporation -> company, any other kind -> organization;
  position -> the role word of each Post mention (``Post.role``, e.g. 副总队长 in
  ``某省公安厅经济犯罪侦查总队副总队长王小明``, its last occurrence before the person's name; each of the
  titles a role joins with 兼, ``董事长兼总经理``, as CLUENER never marks them whole) and the whole
  of each Role mention (市领导). CLUENER is not consistent on how much of a title is a position
  (``工程师`` of 总工程师, but ``某市家具行业协会红木专业委员会副会长`` whole); we score the role word
  alone. Row ``org*`` merges government, company and organization on both sides:
  organisations found, whatever their type.

Baseline rows (system ``lac``): the raw tagger, LAC's PER / LOC / ORG tokens from
``kg.extract.tagger.tokenize`` (the tokens of the same run), mapped as above (ORG -> organization
on CLUENER). The difference between the ``kg`` and ``lac`` rows is what the grammar layer adds.

Errors are sorted into classes: a false negative is ``type`` (same span, other type predicted),
``boundary`` (an overlapping span of the same type), ``boundary+type`` or ``missed``; a false
positive is ``type``, ``boundary``, ``boundary+type`` or ``spurious``, against all gold spans
(on CLUENER including the unscored types, so a scene read as an address is a type error).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from results import SHARED, commit, machine, markdown_table, text_table, write_section

from kg.errors import KGError
from kg.extract import default_stages
from kg.model import Article, Extraction
from kg.pipeline import run

log = logging.getLogger("ner_eval")

Span = tuple[int, int, str]  # start, end (exclusive), type

CORPORA = SHARED / "corpora"
CONLL_TYPES = ("PER", "LOC", "ORG")
CLUENER_TYPES = ("name", "address", "government", "company", "organization", "position")
ORG_TYPES = frozenset({"government", "company", "organization"})
ORG_KINDS = {
    "GovernmentOrganization": "government",
    "PartyOrganization": "government",
    "Corporation": "company",
}


@dataclass(frozen=True)
class Sentence:
    text: str
    gold: frozenset[Span]  # all gold spans, scored types or not


# ---------------------------------------------------------------------------- corpora


def bio_chunks(tags: list[str]) -> set[Span]:
    """Chunks of a BIO sequence as conlleval reads them (a stray I- starts a chunk)."""
    out: set[Span] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start >= 0 and (prefix != "I" or label != kind):
            out.add((start, i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, label
    return out


def read_bio(path: Path, sep: str) -> list[Sentence]:
    out: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            if chars:
                out.append(Sentence("".join(chars), frozenset(bio_chunks(tags))))
                chars, tags = [], []
            continue
        char, _, tag = line.rpartition(sep)
        if len(char) != 1:
            raise ValueError(f"{path}:{n}: expected one character, {sep!r} and a tag, got {line!r}")
        chars.append(char)
        tags.append(tag)
    if chars:
        out.append(Sentence("".join(chars), frozenset(bio_chunks(tags))))
    return out


def read_cluener(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        gold = {
            (s, e + 1, kind)
            for kind, surfaces in row.get("label", {}).items()
            for spans in surfaces.values()
            for s, e in spans
        }
        out.append(Sentence(row["text"], frozenset(gold)))
    return out


# ---------------------------------------------------------------------------- predictions


def outermost(spans: Iterable[Span]) -> set[Span]:
    """Keep the longest spans, dropping any that overlaps one already kept (flat NER)."""
    kept: list[Span] = []
    for s, e, t in sorted(set(spans), key=lambda x: (x[0] - x[1], x[0], x[2])):
        if all(e <= ks or s >= ke for ks, ke, _ in kept):
            kept.append((s, e, t))
    return set(kept)


def join_adjacent(spans: set[Span], kind: str) -> set[Span]:
    """Join spans of ``kind`` that touch (``北京市`` + ``东城区`` -> one address)."""
    rest = {x for x in spans if x[2] != kind}
    joined: list[list[int]] = []
    for s, e, _ in sorted(x for x in spans if x[2] == kind):
        if joined and joined[-1][1] == s:
            joined[-1][1] = e
        else:
            joined.append([s, e])
    return rest | {(s, e, kind) for s, e in joined}


def kg_conll(ex: Extraction) -> set[Span]:
    names = {"Person": "PER", "Place": "LOC", "Organization": "ORG"}
    return outermost((m.start, m.end, names[m.label]) for m in ex.mentions if m.label in names)


def lac_conll(ex: Extraction) -> set[Span]:
    return outermost((t.start, t.end, t.tag) for t in ex.tokens if t.tag in CONLL_TYPES)


def positions(ex: Extraction) -> list[Span]:
    """The role word of each Post mention (each of the titles it joins with 兼), and each Role
    mention whole."""
    text = ex.article.text
    roles = {p.key: p.role for p in ex.posts}
    persons = [m for m in ex.mentions if m.label == "Person"]
    out: list[Span] = []
    for m in ex.mentions:
        if m.label == "Role":
            out.append((m.start, m.end, "position"))
        elif m.label == "Post" and roles.get(m.ref or ""):
            name = [p.start for p in persons if m.start < p.start and p.end == m.end]
            end = name[0] if name else m.end
            for role in reversed(roles[m.ref or ""].split("兼")):  # 董事长兼总经理: CLUENER marks each
                at = text.rfind(role, m.start, end) if role else -1
                if at >= 0:
                    out.append((at, at + len(role), "position"))
                    end = at
    return out


def kg_cluener(ex: Extraction) -> set[Span]:
    cands: list[Span] = positions(ex)
    names = {p.key: p.name for p in ex.persons}
    for m in ex.mentions:
        if m.label == "Person":
            if names.get(m.ref or "") == m.text:  # not the surname of a short form (王书记)
                cands.append((m.start, m.end, "name"))
        elif m.label == "Place":
            cands.append((m.start, m.end, "address"))
        elif m.label == "Organization":
            org = ex.organization(m.ref) if m.ref else None
            kind = ORG_KINDS.get(org.kind, "organization") if org else "organization"
            cands.append((m.start, m.end, kind))
    return join_adjacent(outermost(cands), "address")


def lac_cluener(ex: Extraction) -> set[Span]:
    names = {"PER": "name", "LOC": "address", "ORG": "organization"}
    return join_adjacent({(s, e, names[t]) for s, e, t in lac_conll(ex)}, "address")


@dataclass(frozen=True)
class Corpus:
    key: str
    name: str
    path: Path
    read: Callable[[Path], list[Sentence]]
    types: tuple[str, ...]
    systems: dict[str, Callable[[Extraction], set[Span]]]


def corpora(split: str = "test") -> list[Corpus]:
    """The corpora; ``split="dev"`` reads People's Daily's dev split (for error analysis, so that
    the test split stays unseen); MSRA has no dev split and CLUENER is scored on its dev split."""
    conll = {"kg": kg_conll, "lac": lac_conll}
    msra = CORPORA / "msra_ner" / "msra_test_bio.txt"
    pd = CORPORA / "peoples_daily_ner" / f"example.{split}"
    return [
        Corpus("msra", "MSRA test", msra, lambda p: read_bio(p, "\t"), CONLL_TYPES, conll),
        Corpus("pd", f"People's Daily {split}", pd, lambda p: read_bio(p, " "), CONLL_TYPES, conll),
        Corpus(
            "cluener",
            "CLUENER2020 dev",
            CORPORA / "cluener2020" / "dev.json",
            read_cluener,
            CLUENER_TYPES,
            {"kg": kg_cluener, "lac": lac_cluener},
        ),
    ]


# ---------------------------------------------------------------------------- scoring


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


@dataclass
class Score:
    """Counts per type (and ``all``, micro) of one system on one corpus, with its errors sorted."""

    counts: dict[str, Count] = field(default_factory=lambda: defaultdict(Count))
    classes: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (FN|FP, type, class)
    samples: dict[tuple[str, str, str], list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, gold: set[Span], pred: set[Span], types: Iterable[str], micro: bool = True) -> None:
        for t in types:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            for key in (t, "all") if micro else (t,):
                c = self.counts[key]
                c.tp += len(g & p)
                c.fp += len(p - g)
                c.fn += len(g - p)


def error_class(span: Span, other: Iterable[Span]) -> str:
    s, e, t = span
    overlapping = [x for x in other if x[0] < e and s < x[1]]
    if any(x[:2] == (s, e) for x in overlapping):
        return "type"
    if any(x[2] == t for x in overlapping):
        return "boundary"
    return "boundary+type" if overlapping else ""


def context(text: str, s: int, e: int, width: int = 14) -> str:
    return f"{text[max(0, s - width) : s]}[{text[s:e]}]{text[e : e + width]}"


def evaluate(corpus: Corpus, sentences: list[Sentence]) -> tuple[dict[str, Score], int]:
    """Score every system on ``sentences``; also the number of sentences kg failed on."""
    stages = default_stages()
    scores = {name: Score() for name in corpus.systems}
    org_star = corpus.key == "cluener"
    failed = 0
    for i, sent in enumerate(sentences):
        try:
            ex = run(Article(id=f"s{i}", source=corpus.key, index=i, text=sent.text), stages)
        except KGError as exc:
            failed += 1
            log.warning("%s sentence %d: %s", corpus.key, i, exc)
            ex = Extraction(article=Article(id=f"s{i}", source=corpus.key, index=i, text=sent.text))
        gold = {x for x in sent.gold if x[2] in corpus.types}
        for name, system in corpus.systems.items():
            pred = system(ex)
            sc = scores[name]
            sc.add(gold, pred, corpus.types)
            if org_star:
                g = {(s, e, "org*") for s, e, t in gold if t in ORG_TYPES}
                p = {(s, e, "org*") for s, e, t in pred if t in ORG_TYPES}
                sc.add(g, p, ["org*"], micro=False)
            for tag, mine, theirs in (("FN", gold - pred, pred), ("FP", pred - gold, set(sent.gold))):
                for span in mine:
                    cls = error_class(span, theirs) or ("missed" if tag == "FN" else "spurious")
                    if tag == "FP" and cls == "type":
                        cls += f" (gold {next(x[2] for x in theirs if x[:2] == span[:2])})"
                    sc.classes[(tag, span[2], cls)] += 1
                    sc.samples[(tag, span[2], cls)].append(context(sent.text, span[0], span[1]))
    return scores, failed


# ---------------------------------------------------------------------------- output


def rows(corpus: Corpus, scores: dict[str, Score]) -> list[tuple[str, ...]]:
    out = []
    for system, sc in scores.items():
        for t in (*corpus.types, "org*", "all"):
            if t not in sc.counts:
                continue
            c = sc.counts[t]
            figures = (str(c.tp + c.fn), str(c.tp + c.fp), f"{c.p:.3f}", f"{c.r:.3f}", f"{c.f1:.3f}")
            out.append((corpus.name, system, t, *figures))
    return out


HEAD = ("corpus", "system", "type", "gold", "pred", "P", "R", "F1")
PIVOT_HEAD = ("corpus", "type", "gold", "kg pred", "kg P", "kg R", "kg F1", "lac F1")


def pivot(table: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """One row per corpus and type: gold, kg's pred, P, R, F1, and the tagger's F1 beside it."""
    lac = {(r[0], r[2]): r[7] for r in table if r[1] == "lac"}
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6], r[7], lac.get((r[0], r[2]), "-")) for r in table if r[1] == "kg"
    ]


def error_report(corpus: Corpus, score: Score, samples: int) -> str:
    lines = [f"== {corpus.name}, kg: errors by class"]
    rng = random.Random(0)
    for (tag, t, cls), n in sorted(score.classes.items(), key=lambda kv: (kv[0][0], kv[0][1], -kv[1])):
        lines.append(f"  {tag} {t:<13} {cls:<26} {n:>5}")
        found = score.samples[(tag, t, cls)]
        for ctx in rng.sample(found, min(samples, len(found))):
            lines.append(f"        {ctx}")
    return "\n".join(lines)


def mapping() -> str:
    """The docstring's paragraphs on mapping and baseline, as Markdown."""
    doc = (__doc__ or "").split("Our mentions map", 1)[1].split("Errors are sorted", 1)[0]
    items: list[str] = []
    for line in ("Our mentions map" + doc).replace("``", "`").splitlines():
        line = line.strip()
        if not line:
            items.append("")
        elif line.startswith("- ") or not items or not items[-1]:
            items.append(line)
        else:
            items[-1] += ("" if line[0] > "\u2e80" and items[-1][-1] > "\u2e80" else " ") + line
    return "\n".join(items).strip()


ERROR_HEAD = (
    "corpus",
    "type",
    "FN missed",
    "FN boundary",
    "FN type",
    "FP spurious",
    "FP boundary",
    "FP type",
)


def error_rows(corpus: Corpus, score: Score) -> list[tuple[str, ...]]:
    """kg's errors per type in three classes each (boundary+type counts as boundary)."""
    out = []
    for t in corpus.types:
        n = Counter()
        for (tag, kind, cls), k in score.classes.items():
            if kind == t:
                n[f"{tag} {'boundary' if cls.startswith('boundary') else cls.split(' ')[0]}"] += k
        out.append((corpus.name, t, *(str(n[h]) for h in ERROR_HEAD[2:])))
    return out


def section(table: list[tuple[str, ...]], errors: list[tuple[str, ...]], timing: list[str], at: str) -> str:
    return "\n".join(
        [
            f"Measured by `benchmarks/ner_eval.py` on commit `{at}` ({machine()}): entity-level "
            "exact-span P/R/F1 (CoNLL chunks), micro-averaged in the `all` rows. `kg` is the full "
            "extractor, `lac F1` the raw tagger's PER/LOC/ORG tokens (the value of the grammar layer is "
            "the difference). Time: " + "; ".join(timing) + ".",
            "",
            markdown_table(PIVOT_HEAD, pivot(table), left=2),
            "",
            "Errors of `kg` by class (`ner_eval.py --errors N` lists N samples of each): a false negative is "
            "missed, a boundary error (an overlapping prediction) or a type error (same span, other type); "
            "a false positive is spurious, a boundary or a type error.",
            "",
            markdown_table(ERROR_HEAD, errors, left=2),
            "",
            mapping(),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", choices=["msra", "pd", "cluener", "all"], default="all")
    parser.add_argument("--limit", type=int, help="only the first N sentences of each corpus")
    parser.add_argument(
        "--split",
        choices=["test", "dev"],
        default="test",
        help="People's Daily split (dev: for error analysis; the test split stays unseen)",
    )
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="list error classes with N samples each"
    )
    parser.add_argument("--write", action="store_true", help="record the figures in benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    if args.write and (args.limit or args.corpus != "all" or args.split != "test"):
        parser.error("--write records full runs of the test splits only: drop --limit, --corpus and --split")
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    chosen = [c for c in corpora(args.split) if args.corpus in ("all", c.key)]
    missing = [str(c.path) for c in chosen if not c.path.exists()]
    if missing:
        print(f"corpus file(s) not found: {', '.join(missing)}; ../shared/corpora is needed", file=sys.stderr)
        return 2
    at = commit()  # before the run: the lead may commit while it lasts
    table: list[tuple[str, ...]] = []
    errors: list[tuple[str, ...]] = []
    timing: list[str] = []
    for corpus in chosen:
        sentences = corpus.read(corpus.path)[: args.limit]
        t0 = time.perf_counter()
        scores, failed = evaluate(corpus, sentences)
        seconds = time.perf_counter() - t0
        timing.append(f"{corpus.name} {len(sentences)} sentences in {seconds:.0f} s")
        if failed:
            timing[-1] += f" ({failed} failed)"
        table += rows(corpus, scores)
        errors += error_rows(corpus, scores["kg"])
        if args.errors:
            print(error_report(corpus, scores["kg"], args.errors))
    print(text_table(HEAD, table, left=3))
    print("Time: " + "; ".join(timing))
    print(text_table(ERROR_HEAD, errors, left=2))
    if args.write:
        write_section("Entity layer", section(table, errors, timing, at))
        print(f"wrote section 'Entity layer' of {Path('benchmarks/RESULTS.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
