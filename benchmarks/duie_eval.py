"""Posts on DuIE 2.0: recall of kg's holdings on the 董事长 and 校长 triples of a dev subset.

Usage::

    .venv/bin/python benchmarks/duie_eval.py [--errors N] [--write]

Corpus (read in place; see its SOURCE.md): ``../shared/corpora/duie2_subset/duie_dev_subset.json``,
2,000 sentences of Baidu's DuIE 2.0 dev set with relation triples. Two of its predicates are posts:
``董事长`` (subject: a company, object: a person) and ``校长`` (subject: a school, object: a person).
Nobody here tuned the grammar on these sentences: it is a held-out measure of the title grammar on
company and school text, not on party news.

Each sentence holding such a triple is one ``kg.model.Article`` run through
``kg.extract.default_stages()`` (as ``ner_eval.py`` does). A gold triple (organisation, person,
role) is found when kg has a holding of that sentence whose person's name equals the gold person
and whose post's role word is the predicate. A role joined with 兼 counts for each of its parts
(``董事长兼总经理`` holds 董事长), and a part counts with a modifier that names the same post at
another time (原, 前, 前任, 时任, 现任, 首任, 创始). Any other modifier makes another post:
``副董事长``, ``执行董事长``, ``名誉校长`` and ``副校长`` do not count for 董事长 or 校长. A holding
counts whether the post is held at the article's date or before it (``Holding.former``: 原, 前任,
时任 before a name or title, a CV's 历任): DuIE's triples are timeless.
The chair of a board, ``主席`` of an organisation named ``…董事会`` or ``…董事局`` (as Hong Kong
and Taiwan companies name the post), counts for 董事长.

The organisation matches too when the name of the post's organisation, or of an organisation it
is a unit of, equals the gold subject, contains it (``某某有限公司`` for a gold ``某某``) or is
contained in it (a short form, ``某某`` for a gold ``某某股份``), both compared without spaces
and case.

Baseline columns: the share of gold persons that kg names as a Person at all (what a holding needs
first), and the raw tagger's PER recall: the gold name is exactly the text of a PER token of the
sentence (LAC, the tokens of the same run).

DuIE is not exhaustively annotated (a sentence may name a chairman with no triple for it), so
precision is not reported. A sentence with several triples is run once; a triple repeated in one
sentence counts once.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from results import SHARED, commit, machine, markdown_table, text_table, write_section

from kg.errors import KGError
from kg.extract import default_stages
from kg.model import Article, Extraction
from kg.pipeline import run

log = logging.getLogger("duie_eval")

CORPUS = SHARED / "corpora" / "duie2_subset" / "duie_dev_subset.json"
PREDICATES = ("董事长", "校长")
#: Modifiers before a role word that name the same post at another time (原董事长 held it).
SAME_POST = ("原", "前", "前任", "时任", "现任", "首任", "创始")
#: Organisations whose 主席 is the 董事长 (董事会主席, 董事局主席).
BOARDS = ("董事会", "董事局")


@dataclass(frozen=True)
class Triple:
    text: str
    organization: str  # the gold subject
    person: str  # the gold object
    role: str  # the predicate


@dataclass
class Result:
    triple: Triple
    person: bool  # kg names the person (a Person entity of that name)
    tagged: bool  # the tagger read the name as one PER token
    role: bool  # kg has a holding of the person with that role
    org: bool  # ... and the post's organisation matches
    held: tuple[str, ...]  # kg's posts of that person, as ``label (organisation)``


def read(path: Path = CORPUS) -> list[Triple]:
    out: dict[Triple, None] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not a JSON line ({exc})") from exc
        for spo in row.get("spo_list", []):
            if spo["predicate"] in PREDICATES:
                obj = spo["object"]["@value"] if isinstance(spo["object"], dict) else spo["object"]
                out[Triple(row["text"], spo["subject"], obj, spo["predicate"])] = None
    return list(out)


def role_matches(role: str, predicate: str) -> bool:
    """Is ``role`` (kg's role word) the post ``predicate``? Each 兼 part counts, with a modifier of
    :data:`SAME_POST` or none: 董事长兼总经理 and 原董事长 are 董事长, 副董事长 is not."""
    return any(part == predicate or part in {m + predicate for m in SAME_POST} for part in role.split("兼"))


def _norm(name: str) -> str:
    return "".join(name.split()).lower()


def org_matches(names: list[str], gold: str) -> bool:
    g = _norm(gold)
    return any(n and (n == g or g in n or n in g) for n in map(_norm, names))


def score(triple: Triple, ex: Extraction) -> Result:
    persons = {p.key for p in ex.persons if p.name == triple.person}
    tagged = any(t.tag == "PER" and t.text == triple.person for t in ex.tokens)
    posts = {p.key: p for p in ex.posts}
    role = org = False
    held: list[str] = []
    for h in ex.holdings:
        post = posts.get(h.post)
        if h.person not in persons or post is None:
            continue
        chain: list[str] = []
        key: str | None = post.organization
        while key and len(chain) < 8:  # the organisation and those it is a unit of
            o = ex.organization(key)
            if o is None:
                break
            chain.append(o.name)
            key = o.parent
        held.append(f"{post.label} ({chain[0] if chain else '?'})")
        board = triple.role == "董事长" and post.role == "主席" and bool(chain) and chain[0].endswith(BOARDS)
        if board or role_matches(post.role, triple.role):
            role = True
            org = org or org_matches(chain, triple.organization)
    return Result(triple, bool(persons), tagged, role, org, tuple(held))


def evaluate(triples: list[Triple]) -> tuple[list[Result], int]:
    """Score every triple; also the number of sentences kg failed on."""
    stages = default_stages()
    runs: dict[str, Extraction] = {}
    failed = 0
    for text in dict.fromkeys(t.text for t in triples):
        i = len(runs)
        article = Article(id=f"s{i}", source="duie", index=i, text=text)
        try:
            runs[text] = run(article, stages)
        except KGError as exc:
            failed += 1
            log.warning("duie sentence %d: %s", i, exc)
            runs[text] = Extraction(article=article)
    return [score(t, runs[t.text]) for t in triples], failed


HEAD = ("predicate", "triples", "person named", "PER token", "person+role", "person+role+org")


def rows(results: list[Result]) -> list[tuple[str, ...]]:
    out = []
    for pred in (*PREDICATES, "all"):
        rs = [r for r in results if pred in ("all", r.triple.role)]
        n = len(rs)

        def cell(k: int, n: int = n) -> str:
            return f"{k} ({k / n:.3f})" if n else "0"

        out.append(
            (
                pred,
                str(n),
                cell(sum(r.person for r in rs)),
                cell(sum(r.tagged for r in rs)),
                cell(sum(r.role for r in rs)),
                cell(sum(r.org for r in rs)),
            )
        )
    return out


def misses(results: list[Result], n: int) -> str:
    lines = []
    for r in [r for r in results if not r.org][:n]:
        t = r.triple
        why = "org differs" if r.role else ("no post" if r.person else "no person")
        lines.append(f"- {t.role} {t.person} @ {t.organization} [{why}; kg: {', '.join(r.held) or '-'}]")
        lines.append(f"    {t.text}")
    return "\n".join(lines)


def section(table: list[tuple[str, ...]], timing: str, at: str) -> str:
    doc = (__doc__ or "").split("Each sentence holding", 1)[1].split("DuIE is not exhaustively", 1)[0]
    return "\n".join(
        [
            f"Measured by `benchmarks/duie_eval.py` on commit `{at}` ({machine()}): recall of kg's posts "
            "on the 董事长 and 校长 triples of the DuIE 2.0 dev subset in `../shared/corpora/duie2_subset/` "
            f"(held out: nobody tuned the grammar on it). {timing}. Each cell is a count and its share of "
            "the triples. Precision is not reported: DuIE does not mark every post a sentence states.",
            "",
            markdown_table(HEAD, table, left=1),
            "",
            " ".join(("Each sentence holding" + doc).replace("``", "`").split()),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N missed triples")
    parser.add_argument("--write", action="store_true", help="record the figures in benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    if not CORPUS.exists():
        print(f"corpus file not found: {CORPUS}; ../shared/corpora is needed", file=sys.stderr)
        return 2
    at = commit()  # before the run: the lead may commit while it lasts
    triples = read()
    t0 = time.perf_counter()
    results, failed = evaluate(triples)
    sentences = len({t.text for t in triples})
    timing = f"Time: {sentences} sentences in {time.perf_counter() - t0:.0f} s"
    if failed:
        timing += f" ({failed} failed)"
    table = rows(results)
    print(text_table(HEAD, table, left=1))
    print(timing)
    if args.errors:
        print(misses(results, args.errors))
    if args.write:
        write_section("Posts on DuIE", section(table, timing, at))
        print(f"wrote section 'Posts on DuIE' of {Path('benchmarks/RESULTS.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
