"""The per-article work on a Dask cluster (``kg build --engine dask --scheduler ADDRESS``).

The client (this process) reads the inputs and sends batches of articles; the workers need only
``pip install kg`` (no access to the input files). Each batch comes back as the sorted N-Triples
of its articles' graphs, and the client merges them exactly as a local build does: IRIs are
deterministic, so the result is byte-identical to ``--engine local``.

Needs ``pip install "kg[dask]"`` (``dask[distributed]``) on the client and the workers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from kg.errors import KGError
from kg.model import Article
from kg.tasks import ArticleDone, do_batch, single_threaded_tagger

log = logging.getLogger(__name__)


def run_batch(articles: Sequence[Article], base: str) -> list[ArticleDone]:
    """A task on a Dask worker: one ONNX Runtime thread per worker thread."""
    single_threaded_tagger()
    return do_batch(articles, base)


class _DaskResult:
    def __init__(self, future: Any, address: str) -> None:
        self.future = future
        self.address = address

    def result(self) -> list[ArticleDone]:
        try:
            return self.future.result()
        except KGError:
            raise
        except Exception as exc:
            raise KGError(
                f"a task failed on the Dask cluster at {self.address}: {type(exc).__name__}: {exc}",
                hint="check that the workers run the same kg version (pip install kg) and have memory",
            ) from exc


class DaskEngine:
    """Batches of articles as tasks of a Dask cluster, at most ``window`` in flight."""

    def __init__(self, scheduler: Any, timeout: str = "30s") -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise KGError(
                "--engine dask needs Dask's distributed scheduler",
                hint='pip install "kg[dask]" (or "dask[distributed]") on this machine and the workers',
            ) from exc
        try:
            self.client = Client(scheduler, set_as_default=False, timeout=timeout)
        except OSError as exc:
            raise KGError(
                f"cannot connect to the Dask scheduler at {scheduler} ({exc})",
                hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`, or check the address",
            ) from exc
        self.address = str(getattr(scheduler, "scheduler_address", scheduler))
        threads = sum(self.client.nthreads().values()) or 1
        self.window = 3 * threads
        log.info("Dask cluster at %s: %d worker thread(s)", self.address, threads)

    def submit(self, articles: Sequence[Article], base: str, final: bool = False) -> _DaskResult:
        future = self.client.submit(run_batch, list(articles), base, pure=False)
        return _DaskResult(future, self.address)

    def expect(self, inputs: int) -> None:
        pass  # the cluster's workers are running already

    def close(self, abort: bool = False) -> None:
        self.client.close()
