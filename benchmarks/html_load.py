"""Load-to-stable time of the HTML graph in headless Chromium, for 100, 1,000 and 5,000 nodes.

    .venv/bin/python benchmarks/html_load.py [--sizes 100,1000,5000] [--runs 3]

Builds synthetic graphs of invented people (articles, meetings, posts and organisations; the
same seed gives the same graph), writes each page with ``kg.export.html``, opens it from a
file URL in Debian's chromium (``/usr/bin/chromium``, driven by Playwright) and times from
navigation until the page reports ``window.kgStable`` (physics stopped, or the precomputed
layout drawn). Prints a table; record it in benchmarks/RESULTS.md under "HTML graph".
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from rdflib import Dataset

from kg.export.html import PHYSICS_MAX, write_html
from kg.export.html_data import read_graph
from kg.export.rdf import union_graph
from kg.model import Article, Event, Extraction, Holding, Organization, Person, Post
from kg.rdf.graph import build_dataset
from kg.rdf.iri import Minter

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "明华芳伟强军磊洋艳勇杰娟涛超秀霞平刚桂英"
ROLES = ("主任", "书记", "局长", "处长", "科长", "经理")
ATTENDEES = 6  # people at each meeting


def _name(i: int) -> str:
    """An invented name per integer: 王明, 李明, ... 王华明 (unique up to 8,400)."""
    rest = i // len(SURNAMES)
    extra = "" if rest < len(GIVEN) else GIVEN[rest // len(GIVEN) - 1]
    return SURNAMES[i % len(SURNAMES)] + GIVEN[rest % len(GIVEN)] + extra


def synthetic_dataset(nodes: int, seed: int = 1) -> Dataset:
    """About ``nodes`` nodes: people, posts, organisations, meetings and articles in about 4:3:1:1:1
    (pools a quarter larger, as some people attend nothing)."""
    rng = random.Random(seed)
    nodes = round(nodes * 1.27)
    n_people, n_orgs, n_articles = max(4, nodes * 4 // 10), max(1, nodes // 10), max(1, nodes // 10)
    people = [Person(f"p{i}", _name(i)) for i in range(n_people)]
    orgs = [Organization(f"o{i}", f"第{i + 1}综合办公室", "GovernmentOrganization") for i in range(n_orgs)]
    post_of = {}  # three people in four hold a post
    for p in people:
        if rng.random() < 0.75:
            org = rng.randrange(n_orgs)
            role = ROLES[rng.randrange(len(ROLES))]
            post_of[p.key] = Post(f"{org}{role}", f"{orgs[org].name}{role}", role, orgs[org].key)
    extractions = []
    for i in range(n_articles):
        attendees = rng.sample(people, min(ATTENDEES, len(people)))
        headline = f"第{i + 1}次工作会议召开"
        body = "、".join(p.name for p in attendees) + f"出席第{i + 1}次工作会议。"
        article = Article(
            id=f"a{i}", source="synthetic.txt", index=i, text=f"{headline}\n{body}", headline=headline,
            date=dt.date(2024, 1, 1) + dt.timedelta(days=i % 300),
        )  # fmt: skip
        holdings, posts, used_orgs = [], {}, {}
        offset = len(headline) + 1
        for p in attendees:
            start = article.text.index(p.name, offset)
            offset = start + len(p.name)
            if p.key in post_of:
                post = post_of[p.key]
                posts[post.key] = post
                used_orgs[post.organization] = orgs[int(post.organization[1:])]
                holdings.append(Holding(p.key, post.key, article.span(start, offset, "Person", p.key)))
        event = Event(
            f"m{i}", f"第{i + 1}次工作会议", "Meeting", article.date.isoformat(), None,
            tuple(p.key for p in attendees),
        )  # fmt: skip
        extractions.append(
            Extraction(
                article=article,
                persons=tuple(attendees),
                organizations=tuple(used_orgs.values()),
                posts=tuple(posts.values()),
                holdings=tuple(holdings),
                events=(event,),
            )
        )
    return build_dataset(extractions, Minter())


def load_seconds(browser, path: Path) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("() => window.kgStable === true", timeout=300_000, polling=50)
        return time.perf_counter() - start
    finally:
        page.close()


def machine() -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if "model name" in line),
        platform.processor(),
    )  # fmt: skip
    version = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip()
    return f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, {version}"


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for size in (int(s) for s in args.sizes.split(",")):
            ds = synthetic_dataset(size)
            nodes, edges = read_graph(union_graph(ds))
            path = Path(tmp) / f"graph-{size}.html"
            start = time.perf_counter()
            write_html(ds, path)
            write_s = time.perf_counter() - start
            loads = [load_seconds(browser, path) for _ in range(args.runs)]
            mode = "precomputed, physics off" if len(nodes) > PHYSICS_MAX else "browser physics, then off"
            mb = path.stat().st_size / 1e6
            rows.append((len(nodes), len(edges), mode, write_s, statistics.median(loads), max(loads), mb))
        browser.close()
    print(f"machine: {machine()}")
    print(
        f"{'nodes':>6} {'edges':>6}  {'layout':<26} {'write s':>8} {'load s (median)':>16} {'max':>6} {'MB':>6}"
    )
    for n, e, mode, write_s, median, worst, mb in rows:
        print(f"{n:>6} {e:>6}  {mode:<26} {write_s:>8.2f} {median:>16.2f} {worst:>6.2f} {mb:>6.1f}")


if __name__ == "__main__":
    main()
