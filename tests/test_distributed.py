"""``--engine dask``: the same per-article work on a Dask cluster (a LocalCluster of two worker
processes, started here), merged into files byte-identical to a local build."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_scale import FILES, PAGES, RDF_FORMATS, pages

from kg.errors import KGError
from kg.stream import build_to

distributed = pytest.importorskip("distributed", reason="needs dask[distributed] (pip install 'kg[dask]')")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster:
        yield cluster


def test_dask_build_is_byte_identical_to_the_local_build(cluster, tmp_path: Path) -> None:
    from kg.distributed import DaskEngine

    archive = pages(tmp_path / "in", {**PAGES, **{f"more/p{i}.txt": PAGES["a1.txt"] for i in range(6)}})
    engine = DaskEngine(cluster.scheduler_address)
    try:
        result = build_to([archive], tmp_path / "dask", RDF_FORMATS, engine=engine)
        workers = engine.client.nthreads()
    finally:
        engine.close()
    assert result.report["summary"]["articles"] == 11 and not result.failed
    assert list(workers.values()) == [1, 1]  # two single-threaded worker processes
    build_to([archive], tmp_path / "local", RDF_FORMATS, jobs=1)
    for name in FILES:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_an_unreachable_scheduler_is_an_error_naming_it() -> None:
    from kg.distributed import DaskEngine

    with pytest.raises(KGError) as info:
        DaskEngine("tcp://127.0.0.1:9", timeout="2s")
    assert "tcp://127.0.0.1:9" in info.value.format() and "dask scheduler" in info.value.format()
