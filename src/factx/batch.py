"""Batch extraction: many articles, in parallel, resumable, streamed to one JSONL file.

Every article listed by :mod:`factx.sources` gets exactly one output line: its ``ArticleFacts``,
or an ``ArticleError`` (``{"article": {"id", "source"}, "error": {"type", "message"}}``).

Two engines share :func:`process_task` (read one article, extract it, never raise):

* ``local``: N worker processes, each loading the pipeline once, fed one article at a time
  through a pipe. The parent knows which article every worker holds, so an article that runs
  past the time limit is killed with its worker (an error line; a fresh worker takes its place)
  and a worker that dies takes no other article with it. Only the articles in the workers (and,
  with ``ordered``, a bounded window of finished ones) are in memory, whatever the folder size.
* ``dask``: partitions of articles submitted to a Dask cluster (an existing scheduler, or a
  LocalCluster), a bounded number in flight; results stream back to OUT, or each partition is
  written as one JSONL part file in ``parts`` (storage shared by the workers). A partition whose
  worker dies is retried by Dask, then split article by article so only the culprit fails.

Output lines are written whole with one ``os.write`` each (no buffering), so a killed run leaves
at most one torn last line; ``resume`` truncates it, skips every id already in OUT, appends.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Literal

from .errors import InputError
from .models import Article, ArticleError, ErrorInfo
from .reader import DEFAULT_MAX_CHARS
from .sources import Task, count_tasks, iter_tasks, load_input

Engine = Literal["local", "dask"]
#: Default per-article time limit, in seconds (reading + extraction).
DEFAULT_TIME_LIMIT = 60.0
#: Articles per Dask partition (one task, one part file).
DEFAULT_PARTITION_SIZE = 64


@dataclass(slots=True)
class BatchOptions:
    """How to run a batch (the ``factx batch`` options)."""

    pipeline: str = "automotive"
    engine: Engine = "local"
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    ordered: bool = False
    resume: bool = False
    time_limit: float = DEFAULT_TIME_LIMIT
    max_chars: int = DEFAULT_MAX_CHARS
    force: bool = False
    scheduler: str | None = None
    parts: Path | None = None
    partition_size: int = DEFAULT_PARTITION_SIZE
    #: LocalCluster only: worker processes (True) or threads in this process (False, tests)
    processes: bool = True


@dataclass(slots=True)
class Result:
    """One article's outcome, as sent back by a worker: its line and what to count."""

    seq: int
    id: str
    line: str | None
    facts: int = 0
    error: bool = False


@dataclass(slots=True)
class Summary:
    """What a batch did, for the summary line and the exit code."""

    articles: int = 0
    facts: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return (
            f"{self.articles} articles, {self.facts} facts, {self.errors} errors{skipped}; "
            f"{self.seconds:.1f} s, {self.rate:.1f} articles/s"
        )


# --------------------------------------------------------------------------- one article


def error_line(task: Task, kind: str, message: str) -> str:
    """The JSON line of an article that could not be processed."""
    record = ArticleError(
        article=Article(id=task.id, source=task.source),
        error=ErrorInfo(type=kind, message=" ".join(str(message).split()) or kind),
    )
    return record.model_dump_json()


def process_task(task: Task, pipeline: str, max_chars: int, force: bool) -> Result:
    """Read and extract one article; any failure becomes its error line (never raises)."""
    from .api import extract_many

    try:
        item = load_input(task, max_chars)
        record = next(extract_many([item], pipeline=pipeline, force=force))
        return Result(task.seq, task.id, record.model_dump_json(), facts=len(record.facts))
    except InputError as exc:
        return Result(task.seq, task.id, error_line(task, exc.kind, str(exc)), error=True)
    except Exception as exc:
        return Result(task.seq, task.id, error_line(task, type(exc).__name__, str(exc)), error=True)


# --------------------------------------------------------------------------- output


class JsonlWriter:
    """Append whole lines to OUT: one unbuffered ``os.write`` per line."""

    def __init__(self, path: Path, *, append: bool) -> None:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        try:
            self.fd = os.open(path, flags, 0o644)
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None

    def write(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        while data:
            written = os.write(self.fd, data)
            data = data[written:]

    def close(self) -> None:
        os.close(self.fd)


def done_ids(path: Path) -> set[str]:
    """Ids already in a JSONL output; a torn last line (a killed run) is truncated away."""
    ids: set[str] = set()
    if not path.exists():
        return ids
    good_end = 0
    with path.open("r+b") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                ids.add(str(json.loads(raw)["article"]["id"]))
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(raw)
        handle.truncate(good_end)
    return ids


def _part_ids(parts: Path) -> tuple[set[str], int]:
    """Ids in finished part files, and the next free part number."""
    ids: set[str] = set()
    last = -1
    for part in sorted(parts.glob("part-*.jsonl")):
        with contextlib.suppress(ValueError):
            last = max(last, int(part.stem.split("-", 1)[1]))
        ids |= done_ids(part)
    return ids, last + 1


class _Sink:
    """Writes results (in input order when asked) and counts them."""

    def __init__(
        self,
        write: Callable[[str], None] | None,
        ordered: bool,
        summary: Summary,
        advance: Callable[[], None],
    ) -> None:
        self._write, self._ordered, self.summary, self._advance = write, ordered, summary, advance
        self._held: dict[int, Result] = {}
        self.next_seq = 0

    def put(self, result: Result) -> None:
        if not self._ordered:
            self._emit(result)
            return
        self._held[result.seq] = result
        while self.next_seq in self._held:
            self._emit(self._held.pop(self.next_seq))
            self.next_seq += 1

    def _emit(self, result: Result) -> None:
        if self._write is not None and result.line is not None:
            self._write(result.line)
        self.summary.articles += 1
        self.summary.facts += result.facts
        self.summary.errors += result.error
        self._advance()


# --------------------------------------------------------------------------- local engine


Handler = Callable[[Task, str, int, bool], Result]
_WARM_UP = (
    "The company said on Tuesday that the new car will go on sale next year in Europe. It has "
    "a range of 500 km and its battery holds 80 kWh, which is more than the model it replaces "
    "and the one that was shown by the maker in 2024."
)


def _warm_up(pipeline: str) -> None:
    """Load the pipeline (``InputError`` if it cannot be) and every lazy model.

    Warming up the language identifier and the stages' data before the clock of an article
    starts makes the time limit measure the article, not the worker's start. A stage that fails
    on the warm-up text fails (and is recorded) per article; it does not stop the batch.
    """
    from .api import ArticleInput, extract_many
    from .pipeline import load

    try:
        load(pipeline)
    except Exception as exc:
        raise InputError(f"cannot load pipeline {pipeline!r}: {exc}") from None
    with contextlib.suppress(Exception):
        next(extract_many([ArticleInput(_WARM_UP)], pipeline=pipeline))


def _worker_main(
    conn: Connection, pipeline: str, max_chars: int, force: bool, handler: Handler
) -> None:
    """A local worker: load the pipeline once, then process articles until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    try:
        _warm_up(pipeline)
    except InputError as exc:
        conn.send(("fatal", str(exc)))
        return
    conn.send(("ready", os.getpid()))
    parent = os.getppid()
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent:
                    return  # the batch was killed: do not linger as an orphan
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            result = handler(task, pipeline, max_chars, force)
        except Exception as exc:  # a handler that raises still answers for its article
            result = Result(
                task.seq, task.id, error_line(task, type(exc).__name__, str(exc)), error=True
            )
        conn.send(("result", result))


def _start_method() -> str:
    """``fork`` on Linux: workers inherit the imported modules (spaCy) and start in
    milliseconds, and each still loads its pipeline itself; ``spawn`` elsewhere."""
    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods():
        return "fork"
    return "spawn"


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    task: Task | None = None
    started: float = 0.0


class LocalPool:
    """Worker processes fed one article at a time, with a time limit and crash isolation."""

    def __init__(self, options: BatchOptions, handler: Handler = process_task) -> None:
        self.options = options
        self.handler = handler
        method = _start_method()
        self.ctx = mp.get_context(method)
        if method == "fork":
            # load once here: every worker (and any replacement) starts with it, copy-on-write
            _warm_up(options.pipeline)
        self.workers: list[_Worker] = [self._spawn() for _ in range(max(1, options.workers))]
        self.respawned = 0

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        process = self.ctx.Process(
            target=_worker_main,
            args=(
                child,
                self.options.pipeline,
                self.options.max_chars,
                self.options.force,
                self.handler,
            ),
            daemon=True,
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def _replace(self, worker: _Worker) -> None:
        with contextlib.suppress(OSError):
            worker.conn.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        self.workers[self.workers.index(worker)] = self._spawn()
        self.respawned += 1

    def run(self, tasks: Iterator[Task], sink: _Sink) -> None:
        """Process every task, putting one result per task into ``sink``."""
        window = max(64, 16 * len(self.workers))
        limit = self.options.time_limit
        pending = iter(tasks)
        lookahead: deque[Task] = deque()
        exhausted = False

        def next_task() -> Task | None:
            nonlocal exhausted
            if lookahead:
                return lookahead.popleft()
            if exhausted:
                return None
            task = next(pending, None)
            if task is None:
                exhausted = True
            return task

        while True:
            for worker in self.workers:
                if not worker.ready or worker.task is not None:
                    continue
                task = next_task()
                if task is None:
                    break
                if self.options.ordered and task.seq - sink.next_seq >= window:
                    lookahead.appendleft(task)  # let the slow article catch up first
                    break
                try:
                    worker.conn.send(task)
                except OSError:  # the worker just died: its sentinel is handled below
                    lookahead.appendleft(task)
                    break
                worker.task, worker.started = task, time.monotonic()
            busy = [w for w in self.workers if w.task is not None]
            if exhausted and not lookahead and not busy:
                return
            now = time.monotonic()
            timeout = min((w.started + limit - now for w in busy), default=1.0)
            objects: list[Any] = [w.conn for w in self.workers]
            objects += [w.process.sentinel for w in self.workers]
            ready = set(wait(objects, timeout=max(0.0, timeout)))
            for worker in list(self.workers):
                self._poll(worker, ready, sink)
            now = time.monotonic()
            for worker in list(self.workers):
                if worker.task is not None and now - worker.started > limit:
                    task, worker.task = worker.task, None
                    sink.put(self._failure(task, "timeout", f"took longer than {limit:g} s"))
                    self._replace(worker)

    def _poll(self, worker: _Worker, ready: set[Any], sink: _Sink) -> None:
        if worker.conn in ready:
            try:
                while worker.conn.poll():
                    message = worker.conn.recv()
                    if message[0] == "ready":
                        worker.ready = True
                    elif message[0] == "fatal":
                        raise InputError(message[1])
                    elif worker.task is not None:
                        sink.put(message[1])
                        worker.task = None
            except (EOFError, OSError):
                pass  # the worker died: its sentinel tells below
        if worker.process.sentinel in ready or not worker.process.is_alive():
            worker.process.join(1)
            if worker.process.exitcode is None:
                return
            if worker.task is not None:
                code = worker.process.exitcode
                why = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
                sink.put(self._failure(worker.task, "worker_died", f"worker process died ({why})"))
                worker.task = None
            elif not worker.ready:
                raise InputError("a worker process died while loading the pipeline")
            self._replace(worker)

    @staticmethod
    def _failure(task: Task, kind: str, message: str) -> Result:
        return Result(task.seq, task.id, error_line(task, kind, message), error=True)

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in self.workers:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(2)
            with contextlib.suppress(OSError):
                worker.conn.close()


# --------------------------------------------------------------------------- dask engine


def process_partition(
    tasks: list[Task],
    pipeline: str,
    max_chars: int,
    force: bool,
    part: str | None = None,
    handler: Handler = process_task,
) -> list[Result]:
    """A Dask task: extract a partition; with ``part``, write it there and return no lines."""
    results = [handler(task, pipeline, max_chars, force) for task in tasks]
    if part is None:
        return results
    path = Path(part)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text("".join(r.line + "\n" for r in results if r.line), encoding="utf-8")
    os.replace(tmp, path)  # a part appears whole or not at all
    return [Result(r.seq, r.id, None, r.facts, r.error) for r in results]


def _partitions(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_dask(
    tasks: Iterator[Task],
    options: BatchOptions,
    sink: _Sink,
    first_part: int,
    handler: Handler = process_task,
) -> None:
    """Run the batch on Dask: bounded partitions in flight, results streamed into ``sink``."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise InputError("the dask engine needs: pip install 'factx[dask]'") from None

    cluster = None
    try:
        if options.scheduler:
            client = Client(options.scheduler, timeout="30s")
        else:
            cluster = LocalCluster(
                n_workers=max(1, options.workers),
                threads_per_worker=1,
                processes=options.processes,
                dashboard_address=None,
            )
            client = Client(cluster)
    except OSError as exc:
        raise InputError(f"cannot reach the Dask scheduler: {exc}") from None
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or options.workers)
        in_flight = 2 * n_workers
        parts = _partitions(tasks, max(1, options.partition_size))
        number = first_part
        futures = as_completed()
        submitted: dict[Any, list[Task]] = {}

        def submit(chunk: list[Task]) -> None:
            nonlocal number
            part = None
            if options.parts is not None:
                part = str(options.parts / f"part-{number:06d}.jsonl")
                number += 1
            future = client.submit(
                process_partition,
                chunk,
                options.pipeline,
                options.max_chars,
                options.force,
                part,
                handler,
                pure=False,
            )
            submitted[future] = chunk
            futures.add(future)

        for chunk in parts:
            submit(chunk)
            if len(submitted) >= in_flight:
                break
        for future in futures:
            chunk = submitted.pop(future)
            try:
                results = future.result()
            except Exception as exc:  # a worker died (KilledWorker) or the task failed
                if len(chunk) > 1:
                    for task in chunk:  # isolate the culprit: one article per task
                        submit([task])
                    continue
                task = chunk[0]
                results = [
                    Result(
                        task.seq,
                        task.id,
                        error_line(task, type(exc).__name__, str(exc)),
                        error=True,
                    )
                ]
                if options.parts is not None:
                    part = options.parts / f"part-{number:06d}.jsonl"
                    number += 1
                    part.write_text(results[0].line + "\n", encoding="utf-8")
                    results = [Result(task.seq, task.id, None, 0, True)]
            for result in results:
                sink.put(result)
            nxt = next(parts, None)
            if nxt is not None:
                submit(nxt)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- entry point


def run_batch(
    source: Path,
    output: Path | None,
    options: BatchOptions,
    *,
    progress: bool | None = None,
    handler: Handler = process_task,
) -> Summary:
    """Run a batch from SOURCE to OUT (and/or part files); raises ``InputError`` for bad usage.

    ``handler`` processes one article in a worker (either engine); it must be an importable
    top-level function. The default is :func:`process_task`; tests pass one that misbehaves.
    """
    if output is None and options.parts is None:
        raise InputError("give an output file (-o OUT.jsonl) or, with the dask engine, --parts DIR")
    if options.parts is not None and options.engine != "dask":
        raise InputError("--parts is for the dask engine (workers writing to shared storage)")
    if options.time_limit <= 0 or options.max_chars <= 0 or options.workers <= 0:
        raise InputError("--workers, --time-limit and --max-chars must be positive")
    from .pipeline import pipeline_dir

    try:
        pipeline_dir(options.pipeline)
    except FileNotFoundError as exc:
        raise InputError(str(exc)) from None
    tasks = iter_tasks(source)  # checks SOURCE

    done: set[str] = set()
    first_part = 0
    if options.parts is not None:
        options.parts.mkdir(parents=True, exist_ok=True)
        if options.resume:
            done, first_part = _part_ids(options.parts)
    if output is not None:
        if output.resolve() == source.resolve():
            raise InputError("the output file must not be the source")
        if options.resume:
            done |= done_ids(output)
    writer = JsonlWriter(output, append=options.resume) if output is not None else None

    summary = Summary()

    def todo() -> Iterator[Task]:
        seq = 0
        for task in tasks:
            if task.id in done:
                summary.skipped += 1
                continue
            task.seq = seq
            seq += 1
            yield task

    show = sys.stderr.isatty() if progress is None else progress
    start = time.perf_counter()
    with _progress(show, source, len(done)) as advance:
        sink = _Sink(writer.write if writer else None, options.ordered, summary, advance)
        try:
            remaining = todo()
            first = next(remaining, None)
            if first is None:
                pass  # nothing to do (all done already): no workers started
            elif options.engine == "dask":
                run_dask(itertools.chain([first], remaining), options, sink, first_part, handler)
            else:
                pool = LocalPool(options, handler)
                try:
                    pool.run(itertools.chain([first], remaining), sink)
                finally:
                    pool.close()
        finally:
            if writer is not None:
                writer.close()
    summary.seconds = time.perf_counter() - start
    return summary


@contextlib.contextmanager
def _progress(show: bool, source: Path, done: int) -> Iterator[Callable[[], None]]:
    if not show:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    total = max(0, count_tasks(source) - done)
    columns = (
        TextColumn("articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("articles", total=total)
        yield lambda: bar.advance(task)
