"""Bad input gets a clear error and loses nothing: encodings, HTML, JSONL, broken and huge files,
per-input statuses in report.json, the CLI's exit code, atomic outputs and byte-identical rebuilds.

All inputs are invented (王小明, 李华, 某市).
"""

from __future__ import annotations

import builtins
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import kg.build
from kg.build import build, write_outputs
from kg.cli import main
from kg.errors import InputError
from kg.export.atomic import remove_stale
from kg.ingest import MAX_ARTICLE_CHARS, read_document, read_input
from kg.ingest.encoding import decode

SIMPLIFIED = (
    "某市召开经济工作会议\n\n"
    "本报讯（记者 王小明）3月2日，某市召开经济工作会议，市长李华出席会议并讲话。"
    "会议总结了去年的经济工作，部署了今年的重点任务，要求各部门狠抓落实。\n"
)
TRADITIONAL = (
    "某市召開經濟工作會議\n\n"
    "本報訊（記者 王小明）3月2日，某市召開經濟工作會議，市長李華出席會議並講話。"
    "會議總結了去年的經濟工作，部署了今年的重點任務，要求各部門狠抓落實。\n"
)


CODEC_IDS = ["utf8", "utf8-bom", "gb18030", "gbk", "gb2312", "big5", "utf16-le-bom", "utf16-be-bom"]


def _entry(result: kg.build.BuildResult, name: str) -> dict[str, Any]:
    (entry,) = [e for e in result.report["inputs"] if Path(e["path"]).name == name]
    return entry


# ---------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("name", "text", "codec", "reported", "how"),
    [
        ("utf8", SIMPLIFIED, "utf-8", "utf-8", "utf-8"),
        ("utf8-bom", SIMPLIFIED, "utf-8-sig", "utf-8-sig", "bom"),
        ("gb18030", SIMPLIFIED, "gb18030", "gb18030", "detected"),
        ("gbk", SIMPLIFIED, "gbk", "gb18030", "detected"),
        ("gb2312", SIMPLIFIED, "gb2312", "gb18030", "detected"),
        ("big5", TRADITIONAL, "big5", "big5", "detected"),
        ("utf16-le-bom", SIMPLIFIED, "utf-16-le", "utf-16", "bom"),
        ("utf16-be-bom", SIMPLIFIED, "utf-16-be", "utf-16", "bom"),
    ],
    ids=CODEC_IDS,
)
def test_encodings_are_detected_and_reported(
    tmp_path: Path, name: str, text: str, codec: str, reported: str, how: str
) -> None:
    data = text.encode(codec)
    if codec.startswith("utf-16"):
        data = ("\ufeff" + text).encode(codec)
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    result = build([path])
    entry = _entry(result, path.name)
    assert (entry["status"], entry["encoding"], entry["encoding_from"]) == ("ok", reported, how)
    (article,) = result.extractions
    assert article.article.headline == text.split("\n")[0]
    assert article.article.stored_text.endswith(
        "要求各部門狠抓落實。" if codec == "big5" else "要求各部门狠抓落实。"
    )


def test_given_encoding_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    data = "某市".encode("gb18030")  # also valid Big5, as other characters
    path.write_bytes(data)
    detected = read_input(path)
    assert (detected.document.encoding, detected.document.articles[0].text) == ("gb18030", "某市")
    given = read_input(path, encoding="big5")
    assert (given.document.encoding, given.how) == ("big5", "given")
    assert given.document.articles[0].text == data.decode("big5") != "某市"
    runner = CliRunner()
    res = runner.invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--encoding", "big5"])
    assert res.exit_code == 0, res.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["inputs"][0]["encoding"] == "big5"


def test_undecodable_file_names_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(SIMPLIFIED.encode("utf-8") + "会议".encode("gbk") + b"\xff\xfe tail")
    with pytest.raises(InputError) as info:
        read_document(path)
    message = info.value.format()
    offset = len(SIMPLIFIED.encode("utf-8"))
    assert message.startswith(f"{path}: cannot decode: not UTF-8 (byte 0xbb at offset {offset})")
    for codec in ("gb18030", "big5"):
        with pytest.raises(UnicodeDecodeError) as failed:
            path.read_bytes().decode(codec)
        at = failed.value.start
        assert f"not {codec} (byte 0x{path.read_bytes()[at]:02x} at offset {at})" in message
    assert message.endswith("pass --encoding (e.g. --encoding gb18030)")


def test_latin1_is_not_guessed_as_chinese(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"not UTF-8 \(byte 0xe9 at offset 3\)"):
        decode(b"caf\xe9", "latin.txt")


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "big5"])
def test_truncated_file_is_read_up_to_the_cut_with_a_warning(tmp_path: Path, codec: str) -> None:
    text = TRADITIONAL if codec == "big5" else SIMPLIFIED
    data = text.rstrip("\n").encode(codec)[:-1]  # cut inside the last character (。)
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    got = read_input(path)
    (warning,) = got.warnings
    assert f"ends in the middle of a {codec} character" in warning
    assert f"from offset {len(data) - (len('。'.encode(codec)) - 1)}" in warning
    assert got.document.articles[0].stored_text.endswith("狠抓落实" if codec != "big5" else "狠抓落實")


# ---------------------------------------------------------------------------- HTML

PAGE_HTML = """<!DOCTYPE html><html><head><meta charset="gbk"><title>某市新闻网 - 首页</title>
<meta name="publishdate" content="2024-03-02"><style>p {{color: red}}</style>
<script>var tracker = "首页统计";</script></head><body>
<header><h1>某市新闻网</h1><nav><a href="/">首页</a> | <a href="/n">要闻</a></nav></header>
<div role="navigation">导航条</div><aside>相关阅读：某市另一条新闻</aside>
<article><h1>某市召开经济工作会议</h1>
<p>本报讯（记者 王小明）3月2日，某市召开经济工作会议，市长李华出席会议并讲话。</p>
<figure><img src="a.jpg"><figcaption>会议现场 李华 摄</figcaption></figure>
<p>会议部署了今年的重点任务。<script>document.write("注入")</script></p>
<div hidden>隐藏的文字</div>{nested}</article>
<footer>版权所有 某市新闻网</footer></body></html>"""


def test_html_article_text_from_markup(tmp_path: Path) -> None:
    nested = "<div>" * 3000 + "深层文字。" + "</div>" * 3000  # deeper than Python's recursion limit
    path = tmp_path / "page.html"
    path.write_bytes(PAGE_HTML.format(nested=nested).encode("gbk"))
    got = read_input(path)
    (article,) = got.document.articles
    assert (got.document.encoding, got.how) == ("gb18030", "declared")
    assert article.headline == "某市召开经济工作会议"
    assert article.published is not None and article.published.isoformat() == "2024-03-02"
    assert article.text.split("\n") == [
        "某市召开经济工作会议",
        "本报讯（记者 王小明）3月2日，某市召开经济工作会议，市长李华出席会议并讲话。",
        "会议现场 李华 摄",
        "会议部署了今年的重点任务。",
        "深层文字。",
    ]
    assert [article.text[s:e] for s, e in article.captions] == ["会议现场 李华 摄"]
    for junk in ("color", "tracker", "注入", "首页", "导航条", "相关阅读", "隐藏", "版权所有"):
        assert junk not in article.text


# ---------------------------------------------------------------------------- JSONL


def test_jsonl_bad_line_is_an_error_for_that_line_only(tmp_path: Path) -> None:
    rows = [
        json.dumps(
            {
                "text": "本报讯 某市举行植树活动，市民踊跃参加。",
                "title": "某市举行植树活动",
                "date": "2021-03-12",
            }
        ),
        '{"text": "没有结束',
        json.dumps(["不是对象"]),
        json.dumps(
            {
                "text": "某区开展义诊活动，吸引了众多居民。",
                "title": "义诊",
                "date": "去年",
                "url": "javascript:alert(1)",
            }
        ),
        json.dumps({"text": "   "}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = build([path])
    entry = _entry(result, "feed.jsonl")
    assert entry["status"] == "error"
    assert entry["failed_lines"] == [2, 3, 5]
    assert [e.split(": ")[1] for e in entry["errors"]] == ["line 2", "line 3", "line 5"]
    assert "not valid JSON" in entry["errors"][0] and "not a JSON object but list" in entry["errors"][1]
    assert entry["reason"] == entry["errors"][0]
    assert any("line 4: 'date' '去年' is not an ISO date" in w for w in entry["warnings"])
    assert any(
        "line 4: 'url' 'javascript:alert(1)' is not an http(s) URL; ignored" in w for w in entry["warnings"]
    )
    articles = [ex.article for ex in result.extractions]
    assert [a.headline for a in articles] == ["某市举行植树活动", "义诊"]
    assert articles[0].published is not None and articles[0].published.isoformat() == "2021-03-12"
    assert articles[1].meta_value("url") is None and articles[1].published is None


# ---------------------------------------------------------------------------- a folder of bad inputs


def _bad_folder(root: Path) -> dict[str, str]:
    """Write at least 20 deliberately bad (and a few good) inputs; return name -> expected status."""
    good = SIMPLIFIED.encode("utf-8")
    files: dict[str, tuple[bytes, str]] = {
        "good.txt": (good, "ok"),
        "bom.txt": (SIMPLIFIED.encode("utf-8-sig"), "ok"),
        "gbk.txt": (SIMPLIFIED.encode("gbk"), "ok"),
        "big5.txt": (TRADITIONAL.encode("big5"), "ok"),
        "utf16.txt": (SIMPLIFIED.encode("utf-16"), "ok"),
        "empty.txt": (b"", "warning"),
        "blank.txt": (b" \n\t\r\n\xe3\x80\x80\n", "warning"),
        "bom-only.txt": (b"\xef\xbb\xbf", "warning"),
        "png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "error"),
        "controls.txt": (bytes(range(1, 32)) * 20, "error"),
        "ff.txt": (b"\xff" * 100, "error"),
        "mixed.txt": (good + "会议".encode("gbk") + b"\xff", "error"),
        "cut-gbk.txt": (SIMPLIFIED.rstrip().encode("gbk")[:-1], "warning"),
        "utf16-no-bom.txt": (SIMPLIFIED.encode("utf-16-le"), "error"),
        "bad-bom.txt": (b"\xff\xfe" + b"\x00\xd8" + b"a\x00", "error"),
        "markup.html": (
            b"<html><head><script>alert(1)</script></head><body><nav>x</nav></body></html>",
            "warning",
        ),
        "page.html": (PAGE_HTML.format(nested="").encode("gbk"), "ok"),
        "lines.jsonl": (
            b'{"text": "\xe6\x9f\x90\xe5\xb8\x82\xe5\xbc\x80\xe4\xbc\x9a\xe3\x80\x82"}\n{oops\n',
            "error",
        ),
        "nothing.jsonl": (b'{"title": "no text"}\n[1, 2]\n', "error"),
        "scalar.json": (b'"just a string"', "error"),
        "object.json": (b'{"text": "\xe6\x9f\x90\xe5\xb8\x82\xe5\xbc\x80\xe4\xbc\x9a\xe3\x80\x82"}', "ok"),
        "provenance-only.txt": (b"SOURCE: somewhere 2021-01-01\n", "warning"),
        "long-line.txt": (("长" * 40_000 + "。").encode("utf-8"), "warning"),
        'a<b>"c{d}|e\\^f g.txt': (good, "ok"),
    }
    for name, (data, _) in files.items():
        (root / name).write_bytes(data)
    weird = os.fsencode(root) + b"/x\xff\ny.txt"  # not UTF-8, with a newline
    with open(weird, "wb") as fh:
        fh.write(good)
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    expected = {name: status for name, (_, status) in files.items()}
    expected["dangling.txt"] = "error"
    expected["x\\xff\\u000ay.txt"] = "ok"
    return expected


def test_folder_of_bad_inputs_builds_to_completion(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    expected = _bad_folder(folder)
    result = build([folder, tmp_path / "missing.txt"], max_article_chars=2000)
    statuses = {Path(e["path"]).name: e["status"] for e in result.report["inputs"]}
    assert statuses == {**expected, "missing.txt": "error"}
    # 18 inputs that cannot be read whole, 2 with hostile names, 7 good ones in odd encodings and formats
    assert (len(statuses), sum(s != "ok" for s in statuses.values())) == (27, 18)
    for entry in result.report["inputs"]:
        assert (entry["reason"] is None) == (entry["status"] == "ok")
        for message in entry["errors"] + entry["warnings"]:
            assert message.startswith(entry["path"]) or message.split(": ")[0].startswith(
                Path(entry["path"]).stem
            )
    summary = result.report["summary"]
    assert summary["files"] == len(expected) + 1
    assert summary["error"] == result.failed == sum(s == "error" for s in statuses.values())
    assert summary["articles"] == len(result.extractions) >= 9
    reasons = {Path(e["path"]).name: e["reason"] for e in result.report["inputs"]}
    assert "NUL byte at offset 8" in reasons["png.txt"]
    assert "looks like a binary file (control characters)" in reasons["controls.txt"]
    assert "not UTF-8 (byte 0xff at offset 0)" in reasons["ff.txt"]
    assert "line 2: not valid JSON" in reasons["lines.jsonl"]
    assert "cut to" in reasons["long-line.txt"] and "at most 2000 per article" in reasons["long-line.txt"]
    assert "empty file" in reasons["bom-only.txt"]
    assert "missing.txt: no such file or folder" in reasons["missing.txt"]
    ids = [ex.article.id for ex in result.extractions]
    assert all(i.isascii() for i in ids) and len(set(ids)) == len(ids)


def test_cli_exit_code_summary_and_keep_going(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SIMPLIFIED, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary")
    runner = CliRunner()
    res = runner.invoke(main, ["build", str(good), str(bad), "-o", str(tmp_path / "out")])
    assert res.exit_code == 1
    assert "kg: 2 file(s), 1 article(s)" in res.output and "1 ok, 0 with warnings, 1 failed" in res.output
    assert f"error: {bad}: looks like a binary file (NUL byte at offset 0)" in res.output
    res = runner.invoke(main, ["build", str(good), str(bad), "-o", str(tmp_path / "out"), "--keep-going"])
    assert res.exit_code == 0
    res = runner.invoke(main, ["build", str(good), "-o", str(tmp_path / "out2")])
    assert res.exit_code == 0 and "1 ok, 0 with warnings, 0 failed" in res.output


def test_nothing_read_leaves_previous_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    good = tmp_path / "good.txt"
    good.write_text(SIMPLIFIED, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(good), "-o", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00")
    res = runner.invoke(main, ["build", str(bad), "-o", str(out), "--keep-going"])
    assert res.exit_code == 1
    assert "no article could be read; nothing written" in res.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


# ---------------------------------------------------------------------------- huge and vanishing files

_HUGE = """
import sys, time
from kg.ingest import read_input
t = time.perf_counter()
got = read_input(sys.argv[1])
# peak RSS of this program: VmHWM belongs to the new address space (ru_maxrss would keep the
# high-water mark of the forking test process across exec)
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(time.perf_counter() - t, hwm, len(got.document.articles[0].text))
print("\\n".join(got.warnings))
"""


def test_single_50mb_line_is_capped_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    sentence = "某市召开工作会议，市长李华出席会议并讲话，部署全年重点任务。".encode()
    with open(path, "wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(sentence) + 1):
            fh.write(sentence)
    assert path.stat().st_size > 50 * 1024 * 1024
    res = subprocess.run([sys.executable, "-c", _HUGE, str(path)], capture_output=True, text=True, check=True)
    figures, *warnings = res.stdout.strip().split("\n")
    seconds, max_rss_kb, chars = figures.split()
    assert float(seconds) < 15
    assert int(max_rss_kb) < 400 * 1024
    assert MAX_ARTICLE_CHARS - 100 < int(chars) <= MAX_ARTICLE_CHARS
    assert [w.split(": ", 1)[1].split(";")[0].split(" (")[0] for w in warnings] == [
        f"file is {path.stat().st_size} bytes",
        "page has 1333333 characters",
        f"article huge was cut to {chars} characters",
    ]


def test_file_that_disappears_mid_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(SIMPLIFIED, encoding="utf-8")
    real = kg.build.iter_inputs

    def then_delete(paths: Any) -> list[Path]:
        found = real(paths)
        (tmp_path / "b.txt").unlink(missing_ok=True)
        return found

    monkeypatch.setattr(kg.build, "iter_inputs", then_delete)
    result = build([tmp_path])
    assert [e["status"] for e in result.report["inputs"]] == ["ok", "error", "ok"]
    assert result.report["inputs"][1]["reason"] == (
        f"{tmp_path / 'b.txt'}: cannot read file (No such file or directory); check the path"
    )
    assert [ex.article.id for ex in result.extractions] == ["a", "c"]


def test_reader_bug_is_an_error_for_that_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SIMPLIFIED, encoding="utf-8")
    real = kg.build.read_input

    def flaky(path: Path, *args: Any, **kwargs: Any) -> Any:
        if Path(path).name == "a.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(kg.build, "read_input", flaky)
    result = build([tmp_path])
    assert [e["status"] for e in result.report["inputs"]] == ["error", "ok"]
    assert "internal error while reading (RecursionError" in result.report["inputs"][0]["reason"]


# ---------------------------------------------------------------------------- outputs

FORMATS = ("turtle", "trig", "nquads", "html")


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> kg.build.BuildResult:
    folder = tmp_path_factory.mktemp("small")
    (folder / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (folder / "two.txt").write_bytes(TRADITIONAL.encode("big5"))
    (folder / "bad.txt").write_bytes(b"\x00")
    return build([folder])


def test_rebuild_is_byte_identical(small_build: kg.build.BuildResult, tmp_path: Path) -> None:
    first = write_outputs(small_build, tmp_path / "a", FORMATS)
    again = build([Path(small_build.report["inputs"][0]["path"]).parent])
    second = write_outputs(again, tmp_path / "b", FORMATS)
    assert [p.name for p in first] == ["graph.ttl", "graph.trig", "graph.nq", "graph.html", "report.json"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(p.name for p in first)


def test_every_output_is_written_through_a_temporary_file(
    small_build: kg.build.BuildResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    real_open = builtins.open

    def spy(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(c in mode for c in "wax+"):
            opened.append(os.fspath(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    written = write_outputs(small_build, tmp_path, FORMATS)
    monkeypatch.undo()
    assert len(opened) >= len(written)
    assert all(Path(p).name.startswith(".") and p.endswith(".tmp") for p in opened), opened
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


def test_failed_write_keeps_every_previous_output(
    small_build: kg.build.BuildResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_outputs(small_build, tmp_path, FORMATS)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    from kg.export import html

    def broken(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt  # as if Ctrl-C came while the HTML page was written

    monkeypatch.setattr(html, "write_html", broken)
    empty = build([tmp_path / "nothing-here"])
    with pytest.raises(KeyboardInterrupt):
        write_outputs(empty, tmp_path, FORMATS)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # no temp files either


def test_remove_stale_keeps_live_processes_files(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = tmp_path / f".graph.ttl.{dead.stdout.strip()}.abc123_x.tmp"
    live = tmp_path / f".graph.trig.{os.getpid()}.def456.tmp"
    other = tmp_path / ".notes.tmp"
    for p in (stale, live, other):
        p.write_text("x", encoding="utf-8")
    assert remove_stale(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])


def _big_input(folder: Path, n: int) -> None:
    """``n`` invented articles in one JSONL file: quick to extract, a few MB of output."""
    with open(folder / "many.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n):
            text = (
                f"本报讯（记者 王小明）某市第{i}次工作会议召开，市长李华出席。"
                + "会议要求各部门狠抓落实。" * 3
            )
            fh.write(
                json.dumps({"text": text, "title": f"某市召开第{i}次工作会议", "date": "2024-03-02"}) + "\n"
            )


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_killed_build_leaves_previous_outputs_intact(tmp_path: Path, sig: signal.Signals) -> None:
    out = tmp_path / "out"
    old = tmp_path / "old"
    old.mkdir()
    (old / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    write_outputs(build([old]), out, ("turtle", "trig", "html"))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    new = tmp_path / "new"
    new.mkdir()
    _big_input(new, 150)
    kg_bin = Path(sys.executable).parent / "kg"
    for _ in range(3):  # again if the build ended between being caught writing and the signal
        proc = subprocess.Popen(
            [str(kg_bin), "build", str(new), "-o", str(out), "--no-cache"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 120
        writing = False
        while not writing and time.monotonic() < deadline and proc.poll() is None:
            writing = any(p.name.startswith(".") for p in out.iterdir())  # temporary outputs exist
            time.sleep(0.002)
        assert writing and proc.poll() is None, "the build was not caught writing; give it more input"
        proc.send_signal(sig)
        proc.communicate(timeout=60)
        if proc.returncode != 0:
            break
        shutil.rmtree(out)  # finished first: the previous outputs again, and another try
        write_outputs(build([old]), out, ("turtle", "trig", "html"))
    assert proc.returncode != 0
    visible = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert visible == before
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".")]
    if sig == signal.SIGINT:
        assert leftovers == []
    else:
        assert remove_stale(out) and not any(p.name.startswith(".") for p in out.iterdir())
