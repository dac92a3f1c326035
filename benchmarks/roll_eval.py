"""Rolls of names printed without separators, on names nobody here tuned on.

    .venv/bin/python benchmarks/roll_eval.py [--rolls 200] [--seed 1]

Party papers print the members of a committee or a delegation as one unbroken roll, sorted by
surname (``主席团成员（按姓氏笔画排列）：王小明王华李大伟…``). ``kg/extract/name_runs.py`` cuts such
rolls; its weights were first set on the one long roll of the MSRA test set. This script scores
it on rolls made of real officials' names from the CPED lists in ``../shared/corpora/cped/`` (4,000
names, minority names among them; nothing is committed): each roll takes 8–40 names at random,
sorted by surname (the first character's code point: names of one surname stay together, as
in print), behind one of a few general openings. A name counts if kg finds a Person mention
with exactly its span. Prints precision, recall and F1 over all names, and the share of rolls
cut exactly.
"""

from __future__ import annotations

import argparse
import csv
import random

from results import SHARED, text_table

from kg.extract import default_stages
from kg.model import Article
from kg.pipeline import run

OPENINGS = ("主席团成员：", "出席会议的有：", "代表团成员有", "当选为委员的是：")


def names() -> list[str]:
    out = []
    for file in ("background1.csv", "no_background2.csv"):
        with open(SHARED / "corpora" / "cped" / file, encoding="utf-8-sig") as fh:
            for row in csv.reader(fh):
                name = row[1].strip() if len(row) > 1 else ""
                if 2 <= len(name) <= 8 and name != "姓名":
                    out.append(name)
    return sorted(set(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rolls", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    pool = names()
    rng = random.Random(args.seed)
    stages = default_stages()
    tp = fp = fn = exact = 0
    for i in range(args.rolls):
        roll = sorted(rng.sample(pool, rng.randint(8, 40)), key=lambda n: (n[0], n))
        opening = rng.choice(OPENINGS)
        text = opening + "".join(roll) + "。"
        gold, at = set(), len(opening)
        for name in roll:
            gold.add((at, at + len(name)))
            at += len(name)
        ex = run(Article(id=f"r{i}", source="roll", index=i, text=text), stages)
        pred = {(m.start, m.end) for m in ex.mentions if m.label == "Person"}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        exact += gold == pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    rows = [
        ("names", f"{tp + fn:,}"),
        ("precision", f"{p:.3f}"),
        ("recall", f"{r:.3f}"),
        ("F1", f"{f:.3f}"),
        ("rolls cut exactly", f"{exact} of {args.rolls}"),
    ]
    print(text_table(("figure", "value"), rows))


if __name__ == "__main__":
    main()
