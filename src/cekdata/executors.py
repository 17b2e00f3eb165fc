"""Where the reports of a batch are checked: a pool of worker processes (``--jobs N``) or a
dask.distributed cluster (``--executor dask``). Both give the outcomes in the order of the
files, tell ``done`` about each finished file (the progress bar), and record a file that takes
longer than the timeout as unreadable while the others go on."""
from __future__ import annotations

import logging
import multiprocessing
import signal
import sys
import threading
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from time import monotonic
from typing import Any, Callable

from .errors import CekdataError

DEFAULT_TIMEOUT = 300.0     # seconds per file: the longest corpus PDF takes a few
Done = Callable[[Any], None]


@dataclass
class Job:
    """What every worker needs besides the file: the check is ``batch.check_one``."""
    config: Path | None
    cli: dict[str, Any]
    with_matrix: bool = False
    timeout: float = DEFAULT_TIMEOUT

    def run(self, path: Path):
        from .batch import check_one
        return check_one(path, self.config, self.cli, None, self.with_matrix)

    def timed_out(self, path: Path):
        from .batch import Outcome
        return Outcome(str(path), error=f"{path}: timed out after {self.timeout:g} s")

    def crashed(self, path: Path, why: str):
        from .batch import Outcome
        return Outcome(str(path), error=f"internal error: {why}", internal=True)


def _import_suites() -> None:
    """GX takes seconds of CPU to import: do it once here, so forked workers inherit it."""
    from .rules.gx_suites import _gx
    _gx()


# -- a pool of worker processes ------------------------------------------------------------
# Not concurrent.futures: a worker stuck on one file (a hang in C code ignores signals)
# must be killed and replaced, which a ProcessPoolExecutor cannot do without breaking.

@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: Any                               # the parent's end of the pipe
    index: int | None = None                # the file it is checking
    started: float = field(default=0.0)


def _serve(conn, job: Job) -> None:
    """A worker: check each path the parent sends until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # the parent handles Ctrl-C and stops us
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(job.run(path))


def _start_method() -> multiprocessing.context.BaseContext:
    # fork shares the parent's imports (GX above); elsewhere the platform default
    return multiprocessing.get_context("fork" if sys.platform == "linux" else None)


def _spawn(context, job: Job) -> _Worker:
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(child, job), daemon=True)
    process.start()
    child.close()
    return _Worker(process, parent)


def _stop(worker: _Worker) -> None:
    worker.conn.close()
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join()


def run_pool(files: list[Path], job: Job, jobs: int, done: Done | None = None) -> list:
    _import_suites()
    context = _start_method()
    queue = deque(enumerate(files))
    outcomes: list = [None] * len(files)
    workers = [_spawn(context, job) for _ in range(min(jobs, len(files)))]
    try:
        while queue or any(w.index is not None for w in workers):
            for worker in workers:
                if worker.index is None and queue:
                    worker.index, path = queue.popleft()
                    worker.started = monotonic()
                    worker.conn.send(path)
            _await(workers, job.timeout)
            for slot, worker in enumerate(workers):
                outcome, healthy = _result(worker, files, job)
                if outcome is None:
                    continue
                outcomes[worker.index] = outcome
                if done:
                    done(outcome)
                worker.index = None
                if not healthy:
                    _stop(worker)
                    workers[slot] = _spawn(context, job)
    finally:
        for worker in workers:  # at once, also on Ctrl-C: idle or not, their work is over
            _stop(worker)
    return outcomes


def _await(workers: list[_Worker], timeout: float) -> None:
    """Sleep until a worker answers or the first busy one runs out of time."""
    busy = [w for w in workers if w.index is not None]
    if busy:
        first = min(w.started for w in busy)
        wait([w.conn for w in busy], timeout=max(0.0, first + timeout - monotonic()))


def _result(worker: _Worker, files: list[Path], job: Job):
    """(outcome, whether the worker can go on), or (None, True) while it is still busy."""
    if worker.index is None:
        return None, True
    path = files[worker.index]
    if worker.conn.poll():
        try:
            return worker.conn.recv(), True
        except (EOFError, OSError):     # it died: a crash in C code, or killed from outside
            worker.process.join()
            return job.crashed(path, f"the worker stopped (exit code {worker.process.exitcode})"), False
    if monotonic() - worker.started >= job.timeout:
        return job.timed_out(path), False
    return None, True


# -- dask.distributed ------------------------------------------------------------------------

def _check_in_thread(path: Path, job: Job):
    """One dask task. A dask worker cannot kill its own thread, so the check runs in another
    and is abandoned after the timeout (it ends with the LocalCluster, or keeps a thread of
    an existing cluster's worker busy until it ends on its own)."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(job.run(path)), daemon=True)
    thread.start()
    thread.join(job.timeout)
    return result[0] if result else job.timed_out(path)


def _distributed():
    try:
        import distributed
    except ImportError:
        raise CekdataError('--executor dask needs dask.distributed: pip install "cekdata[dask]"') \
            from None
    for name in ("distributed", "dask", "tornado", "bokeh"):   # no cluster chatter in our output
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return distributed


def _client(distributed, scheduler: str | None, jobs: int):
    if scheduler:
        try:
            return distributed.Client(scheduler, timeout="10s", set_as_default=False), None
        except (OSError, TimeoutError, ValueError) as error:
            raise CekdataError(f"cannot reach the dask scheduler {scheduler}: {error}") from None
    cluster = distributed.LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.CRITICAL)
    return distributed.Client(cluster, set_as_default=False), cluster


def run_dask(files: list[Path], job: Job, jobs: int, scheduler: str | None = None,
             done: Done | None = None) -> list:
    distributed = _distributed()
    client, cluster = _client(distributed, scheduler, jobs)
    try:
        futures = {client.submit(_check_in_thread, path, job, pure=False): index
                   for index, path in enumerate(files)}
        outcomes: list = [None] * len(files)
        for future in distributed.as_completed(futures, loop=client.loop):
            index = futures[future]
            try:
                outcome = future.result()
            except Exception as error:  # the task's worker died, even after retries
                outcome = job.crashed(files[index], f"{error.__class__.__name__}: {error}")
            outcomes[index] = outcome
            if done:
                done(outcome)
        return outcomes
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
