"""A local SPARQL endpoint over a build: the Oxigraph server (the ``oxigraph`` package on PyPI).

:class:`Server` loads the build (``graph.trig``, else ``graph.nq``, else ``graph.ttl``) into a
fresh Oxigraph store in a temporary folder with ``oxigraph load``, then runs ``oxigraph
serve-read-only`` on it, or ``oxigraph serve`` when updates are allowed. The default graph is the
union of the article graphs, as in ``kg query``. It listens on 127.0.0.1 unless told otherwise;
the store folder is deleted when the server stops.

The server's web page (YASGUI) and its scripts are served by the server itself, so the query
editor works with no network; only YASGUI's prefix and term autocompletion (prefix.cc, LOV) does not.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from kg.errors import KGError
from kg.store import graph_file

log = logging.getLogger(__name__)


class ServeError(KGError):
    """The SPARQL server cannot be found, cannot load the build, or does not start."""


def oxigraph_command() -> str:
    """The ``oxigraph`` executable: the one installed beside this Python first, then ``PATH``."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError(
        "the Oxigraph server is not installed (no 'oxigraph' command beside Python or on PATH)",
        hint="pip install oxigraph",
    )


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Server:
    """The Oxigraph server over one build. Use as a context manager, or ``start()`` then ``stop()``."""

    def __init__(
        self,
        source: Path,
        *,
        port: int = 7878,
        bind: str = "127.0.0.1",
        allow_update: bool = False,
        command: str | None = None,
    ) -> None:
        self.file = graph_file(source)
        self.port = port
        self.bind = bind
        self.allow_update = allow_update
        self.command = command
        self.process: subprocess.Popen[bytes] | None = None
        self._folder: Path | None = None

    @property
    def url(self) -> str:
        """The page to open: the query editor. The SPARQL endpoint is ``url + "query"``."""
        host = f"[{self.bind}]" if ":" in self.bind else self.bind
        return f"http://{host}:{self.port}/"

    @property
    def endpoint(self) -> str:
        return self.url + "query"

    def start(self, timeout: float = 30.0) -> None:
        """Load the build and start the server; return once it answers a query."""
        command = self.command or oxigraph_command()
        self._check_port()
        self._folder = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        store = self._folder / "store"
        loaded = subprocess.run(
            [command, "load", "--location", str(store), "--file", str(self.file)],
            capture_output=True,
            text=True,
            check=False,
        )
        if loaded.returncode != 0:
            self._remove_folder()
            raise ServeError(
                f"oxigraph could not load the build: {_last_line(loaded.stderr)}",
                path=str(self.file),
                hint="check the file with `kg validate`, or rebuild it",
            )
        mode = "serve" if self.allow_update else "serve-read-only"
        args = [command, mode, "--location", str(store), "--bind", f"{self.bind}:{self.port}"]
        if not is_loopback(self.bind):
            log.warning("serving on %s: other machines can reach this endpoint", self.bind)
        log.info("running %s", " ".join(args + ["--union-default-graph"]))
        with open(self._folder / "server.log", "wb") as out:
            # a session of its own: Ctrl-C reaches kg only, which then stops the server in order
            self.process = subprocess.Popen(
                args + ["--union-default-graph"], stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        self._wait_ready(self.process, timeout)

    def _check_port(self) -> None:
        family = socket.AF_INET6 if ":" in self.bind else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as s:
            try:
                s.bind((self.bind, self.port))
            except OSError as e:
                raise ServeError(
                    f"cannot listen on {self.bind}:{self.port}: {e.strerror or e}",
                    hint="pass another --port (or stop what uses it), or another --bind address",
                ) from None

    def _wait_ready(self, process: subprocess.Popen[bytes], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        probe = self.endpoint + "?query=ASK%7B%7D"
        while True:
            if process.poll() is not None:
                log_text = self.log()
                self.stop()
                raise ServeError(
                    f"the Oxigraph server stopped at start (exit code {process.returncode}): "
                    f"{_last_line(log_text)}",
                    hint="see the message above; is the port free?",
                )
            with contextlib.suppress(OSError), urllib.request.urlopen(probe, timeout=1) as response:
                if response.status == 200:
                    return
            if time.monotonic() > deadline:
                self.stop()
                raise ServeError(
                    f"the Oxigraph server did not answer within {timeout:.0f} s at {self.endpoint}",
                    hint="try again, or run `oxigraph serve` by hand to see why",
                )
            time.sleep(0.1)

    def log(self) -> str:
        """What the server has written so far."""
        if self._folder and (self._folder / "server.log").exists():
            return (self._folder / "server.log").read_text(encoding="utf-8", errors="replace")
        return ""

    def wait(self) -> int:
        """Block until the server exits; its exit code."""
        if self.process is None:
            raise ServeError("the server is not running", hint="call start() first")
        return self.process.wait()

    def stop(self) -> None:
        """Stop the server (if running) and delete its store."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._remove_folder()

    def _remove_folder(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no message"
