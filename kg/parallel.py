"""Where the per-article work runs: in this process, in a pool of worker processes, or on a
Dask cluster (:mod:`kg.distributed`). Each engine takes batches of articles and gives back
future-like objects (``.result()``); the build keeps a bounded number in flight and consumes
them in the order they were submitted, so memory stays bounded and results stay in order.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from kg import rx
from kg.errors import KGError
from kg.model import Article
from kg.tasks import ArticleDone, do_batch, single_threaded_tagger

log = logging.getLogger(__name__)

#: A task holds at most this many articles, or about this many characters.
BATCH_ARTICLES = 32
BATCH_CHARS = 40_000


class Result(Protocol):
    def result(self) -> list[ArticleDone]: ...


class Engine(Protocol):
    #: Batches in flight at most (results beyond it wait for the oldest to be consumed).
    window: int

    def submit(self, articles: Sequence[Article], base: str, final: bool = False) -> Result:
        """Start the work on ``articles``; ``final``: no batch follows this one."""
        ...

    def close(self, abort: bool = False) -> None:
        """Release the workers; ``abort`` (the build failed or was interrupted): at once."""
        ...

    def expect(self, inputs: int) -> None:
        """A hint before the first batch: about ``inputs`` files will need extracting (a
        rebuild after a few changed), so the workers may start now, beside the hashing and
        the reading of the rest from the cache. It may come twice: a guess of 1 before the
        inputs are hashed, then the number found."""
        ...


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _Done:
    def __init__(self, value: list[ArticleDone]) -> None:
        self.value = value

    def result(self) -> list[ArticleDone]:
        return self.value


class InProcess:
    """Runs each batch here, when it is submitted (``--jobs 1``)."""

    window = 1

    def submit(self, articles: Sequence[Article], base: str, final: bool = False) -> Result:
        return _Done(do_batch(articles, base))

    def close(self, abort: bool = False) -> None:
        pass

    def expect(self, inputs: int) -> None:
        pass


def _default_signals() -> None:
    """A forked process has the build's SIGTERM handler (an exception, caught by the pool's
    worker loop): it must die on SIGTERM, as a spawned one does."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _init_worker() -> None:
    """Load the tagger and the stages once per worker process, single-threaded."""
    _default_signals()
    single_threaded_tagger()
    from kg.extract import default_stages
    from kg.extract.tagger import default_tagger

    default_stages()
    default_tagger()
    rx.save()  # the patterns it compiled (a worker leaves by os._exit, without atexit)


class _PoolResult:
    def __init__(self, future: cf.Future) -> None:
        self.future = future

    def result(self) -> list[ArticleDone]:
        try:
            return self.future.result()
        except BrokenProcessPool as exc:
            raise KGError(
                "a worker process died (out of memory, or killed)",
                hint="run again with fewer --jobs, or --jobs 1 to see the failing input",
            ) from exc


class Pool:
    """``jobs`` worker processes (``--jobs N``), started when the first full batch comes. A
    build whose only batch is its last, small one (a rebuild after a few files changed) runs
    it here instead, unless :meth:`expect` could start a worker early by forking this process.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.window = 3 * jobs
        self.pool: cf.ProcessPoolExecutor | None = None
        self.workers = 0
        self.used = False  # a batch was submitted (not only the first task that starts the workers)

    def _start(self, workers: int) -> None:
        method = start_method()
        context = multiprocessing.get_context(method)
        self.pool = cf.ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker)
        self.workers = workers

    def submit(self, articles: Sequence[Article], base: str, final: bool = False) -> Result:
        if self.pool is None:
            if final:
                return _Done(do_batch(articles, base))
            self._start(self.jobs)
        assert self.pool is not None
        self.used = True
        return _PoolResult(self.pool.submit(do_batch, list(articles), base))

    def expect(self, inputs: int) -> None:
        """Fork ``inputs`` workers at most (a spawned one would start slower than this process
        extracts a few files itself). Called again with more inputs than the workers forked
        take in one batch, before any batch: those are stopped, and the first batch starts
        as many as the build uses."""
        if inputs <= 0 or self.used:
            return
        workers = min(self.jobs, inputs)
        if self.pool is not None:
            if workers > self.workers and inputs > BATCH_ARTICLES:  # --jobs workers, from the first batch
                log.info("%d input(s) to extract: the worker forked in case is stopped", inputs)
                self.close(abort=True)
            return
        if start_method() != "fork":
            return
        log.info("%d worker(s) forked beside reading the cache (%d input(s) expected)", workers, inputs)
        self._start(workers)
        assert self.pool is not None
        self.pool.submit(os.getpid)  # the workers start (and load the tagger) with a first task

    def close(self, abort: bool = False) -> None:
        """Stop the workers: when they are done (at once if ``abort``, or if they were only
        forked in case a rebuild had something to extract)."""
        pool, self.pool = self.pool, None
        if pool is None:
            return
        if abort or not self.used:
            terminate(pool)
            return
        pool.shutdown(wait=True)


def start_method() -> str:
    """``fork`` where it is safe (Linux, one thread, neither ONNX Runtime nor numpy loaded here:
    the tagger's and BLAS's thread pools do not survive a fork), else ``spawn``. A forked
    worker starts with this process's modules already imported, so a few tenths of a second
    sooner."""
    loaded = "onnxruntime" in sys.modules or "numpy" in sys.modules
    return "fork" if sys.platform == "linux" and threading.active_count() == 1 and not loaded else "spawn"


def terminate(pool: cf.ProcessPoolExecutor) -> None:
    """Stop ``pool``'s processes now, whatever they are doing."""
    workers = list(getattr(pool, "_processes", {}).values())  # no public way before 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(5)


@contextlib.contextmanager
def second_process(spawn: bool = False) -> Iterator[cf.ProcessPoolExecutor]:
    """One more process (forked where :func:`start_method` allows, else spawned; spawned always
    with ``spawn``) for a task that runs beside this one's own work; stopped at once if the block
    fails or is interrupted."""
    context = multiprocessing.get_context("spawn" if spawn else start_method())
    pool = cf.ProcessPoolExecutor(1, mp_context=context, initializer=_default_signals)
    try:
        yield pool
    except BaseException:
        terminate(pool)
        raise
    pool.shutdown(wait=True)


def result_of(future: cf.Future, what: str) -> object:
    """The result of a task in another process; a clear error if that process died."""
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise KGError(
            f"the process {what} died (out of memory, or killed)",
            hint="run again with --jobs 1 to do everything in one process",
        ) from exc


def local_engine(jobs: int | None) -> Engine:
    jobs = default_jobs() if not jobs or jobs < 1 else jobs
    return InProcess() if jobs == 1 else Pool(jobs)


@contextlib.contextmanager
def engine_for(engine: Engine | None, jobs: int | None) -> Iterator[Engine]:
    """``engine`` as given (the caller closes it), or a local one that this block owns: closed at
    the end, aborted if the block fails."""
    if engine is not None:
        yield engine
        return
    own = local_engine(jobs)
    try:
        yield own
    except BaseException:
        own.close(abort=True)
        raise
    own.close()
