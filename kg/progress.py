"""How far a build is: a bar with articles/s and the time left on a terminal, plain lines in logs."""

from __future__ import annotations

import time
from typing import TextIO

#: Seconds between two plain lines (when the output is not a terminal).
LOG_EVERY = 10.0


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    """Called as ``progress(files_done, files_total, articles_done)`` by the build."""

    def __init__(self, stream: TextIO, tty: bool | None = None, every: float = LOG_EVERY) -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.every = every
        self.start = time.monotonic()
        self.last = self.start
        self.shown = False

    def line(self, done: int, total: int, articles: int) -> str:
        elapsed = time.monotonic() - self.start
        rate = articles / elapsed if elapsed > 0 else 0.0
        left = elapsed * (total - done) / done if done else 0.0
        share = done / total if total else 1.0
        text = f"{done}/{total} files, {articles} articles, {rate:.1f} articles/s, ETA {_clock(left)}"
        if not self.tty:
            return f"kg: {share:.0%}: {text}"
        width = 24
        filled = int(width * share)
        return f"[{'#' * filled}{'.' * (width - filled)}] {share:4.0%} {text}"

    def __call__(self, done: int, total: int, articles: int) -> None:
        now = time.monotonic()
        last_one = done >= total
        if self.tty:
            if now - self.last >= 0.2 or last_one:
                self.stream.write("\r" + self.line(done, total, articles) + "\x1b[K")
                self.stream.flush()
                self.last, self.shown = now, True
        elif now - self.last >= self.every or last_one:
            self.stream.write(self.line(done, total, articles) + "\n")
            self.stream.flush()
            self.last = now

    def close(self) -> None:
        if self.tty and self.shown:
            self.stream.write("\n")
            self.stream.flush()
