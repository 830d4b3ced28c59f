"""Run a pure per-article stage on every core.

The stages that look at each article alone (quote extraction, passage
scoring) are pure
functions of plain data, so a build can share them out between processes:
forked workers receive the shared argument once and the articles in chunks,
and results come back in input order, so the site is the same on any number
of cores. Small batches run in this process: starting workers costs more.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Sequence

MIN_ITEMS = 200  # below this, one process is faster
_shared: dict = {}  # in a worker process only: the function and its shared argument


def worker_count(setting_value) -> int:
    """DIGEST_WORKERS: a number, or None for every core."""
    return max(1, int(setting_value or os.cpu_count() or 1))


def map_articles(function: Callable, items: Sequence, shared, workers: int, alone: Sequence[int] = ()) -> list:
    """[function(item, shared) for item in items], on `workers` processes when it pays.

    `alone`: the indexes of items that take much longer than the others (a listing of hundreds of
    pages): each is handed out first and on its own, so that no worker gets one at the end, or in
    the same chunk as another, while the others wait.
    """
    if workers <= 1 or len(items) < MIN_ITEMS or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item, shared) for item in items]
    context = multiprocessing.get_context("fork")  # workers inherit the code; no re-import
    chunk = max(16, len(items) // (workers * 8))
    first = set(alone)
    rest = [i for i in range(len(items)) if i not in first]
    gc.freeze()  # the workers' collector leaves what they inherit alone (no pages copied for it to look at)
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(function, shared)) as pool:
            # Executor.map queues every task at once: the lone items go first, the chunks after them.
            done_first = pool.map(_run, [items[i] for i in alone], chunksize=1)
            done_rest = pool.map(_run, [items[i] for i in rest], chunksize=chunk)
            results = [None] * len(items)
            for index, result in [*zip(alone, done_first), *zip(rest, done_rest)]:
                results[index] = result
            return results
    finally:
        gc.unfreeze()  # this process collects as before (a long `digest serve` frees each build)


def _start(function: Callable, shared) -> None:
    _shared.update(function=function, shared=shared)


def _run(item):
    return _shared["function"](item, _shared["shared"])
