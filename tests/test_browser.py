"""The HTML graph in a real browser: Debian's chromium, headless, driven by Playwright.

Skipped only when /usr/bin/chromium (or Playwright) is missing and not in CI; with CI=true a
missing browser fails. Never downloads a browser.
"""

from __future__ import annotations

import datetime as dt
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from benchmarks.html_load import CHROMIUM, CHROMIUM_ARGS, synthetic_dataset
from kg.analyze import analyse
from kg.build import build, write_outputs
from kg.export.html import PHYSICS_MAX, write_html
from kg.export.html_data import read_graph
from kg.export.rdf import union_graph
from kg.model import Article, Event, Extraction, Holding, Organization, Person, Post
from kg.rdf.graph import build_dataset
from kg.rdf.iri import Minter

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def _missing(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing in CI; install Debian's chromium and fonts-noto-cjk, and playwright")
    pytest.skip(f"{what} is missing")


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        _missing(CHROMIUM)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright (pip)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One page opened from a file URL, with everything it logged, requested and tried to pop up."""

    def __init__(self, browser, path: Path) -> None:
        self.path = path
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.kgStable === true", timeout=30_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg: object = None):
        return self.page.evaluate(expression, arg)

    def search(self, name: str) -> None:
        self.page.fill("#kg-search", name)
        self.page.press("#kg-search", "Enter")

    def click_node(self, node_id: str) -> None:
        self.page.mouse.click(*self.node_xy(node_id))

    def hover_node(self, node_id: str) -> None:
        x, y = self.node_xy(node_id)
        self.page.mouse.move(x - 1, y - 1)
        self.page.mouse.move(x, y)

    def node_xy(self, node_id: str) -> tuple[float, float]:
        x, y = self.js(
            """(id) => { const p = network.canvasToDOM(network.getPosition(id));
                const r = document.getElementById("mynetwork").getBoundingClientRect();
                return [r.left + p.x, r.top + p.y]; }""",
            node_id,
        )
        return x, y

    def panel(self) -> str:
        assert self.js("() => document.getElementById('kg-panel').hidden") is False
        return self.page.inner_text("#kg-panel-card")

    def offline_and_clean(self) -> None:
        assert self.errors == []
        assert self.requests == [self.path.as_uri()]
        assert self.dialogs == []


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample page built from data/, and what the graph says it should show."""
    out = tmp_path_factory.mktemp("sample")
    result = build([ROOT / "data"])
    write_outputs(result, out, ["html"])
    g = union_graph(result.dataset)
    nodes, _ = read_graph(g)
    return out / "graph.html", nodes, analyse(g)


def test_sample_page_is_offline_complete_and_stops_moving(browser, sample):
    path, nodes, _ = sample
    visit = Visit(browser, path)
    try:
        assert visit.js("() => nodes.length") == len(nodes)
        assert set(visit.js("() => nodes.getIds()")) == set(nodes)
        assert visit.js("() => network.physics.options.enabled") is False  # off once stable
        assert visit.js("() => document.fonts.check('14px \"Noto Sans CJK SC\"', '人物')") is True
        ARTIFACTS.mkdir(exist_ok=True)
        visit.page.screenshot(path=str(ARTIFACTS / "graph.png"))
        assert (ARTIFACTS / "graph.png").stat().st_size > 20_000
        visit.offline_and_clean()
    finally:
        visit.page.close()


def test_search_focuses_a_person_and_click_shows_the_evidence(browser, sample):
    path, nodes, analysis = sample
    names = [n.name for n in nodes.values()]
    person = next(
        nodes[p.iri]
        for p in analysis.ranked()
        if names.count(p.name) == 1 and nodes[p.iri].sections.get("证据 Evidence")
    )
    evidence = sorted(person.sections["证据 Evidence"])[0]
    visit = Visit(browser, path)
    try:
        visit.search(person.name)
        assert visit.js("() => network.getSelectedNodes()") == [person.iri]
        assert visit.page.inner_text("#kg-found").startswith(person.name)
        visit.page.click("#kg-close")
        visit.click_node(person.iri)
        assert visit.js("() => network.getSelectedNodes()") == [person.iri]
        card = visit.panel()
        assert person.name in card and "人物 · Person" in card
        assert evidence in card  # “sentence” —— date 《headline》
        visit.page.mouse.move(5, 5)
        visit.hover_node(person.iri)  # the hover card, made on first hover
        tooltip = visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
        assert evidence in tooltip.inner_text()
        visit.search("无此人名")
        assert visit.page.inner_text("#kg-found").startswith("未找到")
        visit.offline_and_clean()
    finally:
        visit.page.close()


def test_type_filters_and_article_toggle_hide_nodes(browser, sample):
    path, nodes, _ = sample
    people = sum(1 for n in nodes.values() if n.kind.name == "Person")
    articles = sum(1 for n in nodes.values() if n.kind.name == "Article")
    hidden = "() => nodes.get({ filter: (n) => n.hidden }).map((n) => n.kind)"
    visit = Visit(browser, path)
    try:
        visit.page.uncheck("input.kg-filter[value=Person]")
        assert visit.js(hidden) == ["Person"] * people
        visit.page.uncheck("#kg-articles")
        assert sorted(visit.js(hidden)) == sorted(["Person"] * people + ["Article"] * articles)
        assert visit.page.is_checked("input.kg-filter[value=Article]") is False
        visit.page.check("input.kg-filter[value=Person]")
        visit.page.check("input.kg-filter[value=Article]")
        assert visit.js(hidden) == []
        assert visit.page.is_checked("#kg-articles") is True
        visit.offline_and_clean()
    finally:
        visit.page.close()


class ScriptTags(HTMLParser):
    """Counts the <script> elements of a page as a browser's parser sees them."""

    @classmethod
    def count(cls, text: str) -> int:
        parser = cls()
        parser.n = 0
        parser.feed(text)
        return parser.n

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.n += tag == "script"


def hostile_extraction() -> Extraction:
    """Invented people and hostile markup as a person's name, an organisation and a headline."""
    headline = f"{SCRIPT}{IMG}工作会议"
    person = f"{IMG}王小明"
    org = f"{SCRIPT}有限公司"
    text = f"{headline}\n{org}经理{person}出席工作会议。李华出席会议。"
    a = Article(
        id="h1", source="hostile.txt", index=0, text=text, headline=headline, date=dt.date(2024, 5, 1)
    )
    start = text.index(f"{org}经理")
    mention = a.span(start, start + len(f"{org}经理{person}"), "Person", "p1")
    meeting = a.span(text.index("出席工作会议"), text.index("出席工作会议") + 6, "Event")
    return Extraction(
        article=a,
        persons=(Person("p1", person), Person("p2", "李华")),
        organizations=(Organization("o1", org, "Corporation"),),
        posts=(Post("经理", f"{org}经理", "经理", "o1"),),
        holdings=(Holding("p1", "经理", mention),),
        events=(Event("会议", "工作会议", "Meeting", "2024-05-01", None, ("p1", "p2"), mention=meeting),),
    )


def test_hostile_text_runs_no_script(browser, tmp_path):
    path = tmp_path / "hostile.html"
    write_html(build_dataset([hostile_extraction()], Minter()), path)
    scripts_in_file = ScriptTags.count(path.read_text(encoding="utf-8"))
    visit = Visit(browser, path)
    try:
        visit.search(f"{IMG}王小明")
        selected = visit.js("() => network.getSelectedNodes()")
        assert len(selected) == 1
        card = visit.panel()
        assert f"{IMG}王小明" in card and SCRIPT in card  # shown as text, in the name and evidence
        for node_id in visit.js("() => nodes.getIds()"):  # every card, by click and by hover
            visit.js("(id) => network.focus(id, { scale: 1.5, animation: false })", node_id)
            visit.click_node(node_id)
            visit.page.mouse.move(5, 5)
        assert visit.js("() => document.querySelectorAll('img').length") == 0
        assert visit.js("() => document.scripts.length") == scripts_in_file
        visit.page.wait_for_timeout(200)  # an onerror would fire by now
        visit.offline_and_clean()
    finally:
        visit.page.close()


def test_big_graph_is_laid_out_in_python_with_physics_off(browser, tmp_path):
    path = tmp_path / "big.html"
    ds = synthetic_dataset(PHYSICS_MAX + 100)
    nodes, _ = read_graph(union_graph(ds))
    assert len(nodes) > PHYSICS_MAX
    write_html(ds, path)
    visit = Visit(browser, path)
    try:
        assert visit.js("() => nodes.length") == len(nodes)
        assert visit.js("() => network.physics.options.enabled") is False
        assert visit.js("() => nodes.get({ filter: (n) => n.x === undefined }).length") == 0
        drawn = visit.js("() => Object.keys(network.getPositions()).length")
        assert drawn == len(nodes)
        visit.offline_and_clean()
    finally:
        visit.page.close()
