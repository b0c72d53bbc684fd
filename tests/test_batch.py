"""factx batch: sources, ids, order, resume, kill -9, worker faults, and the dask engine."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factx.batch import BatchOptions, done_ids, process_task, run_batch
from factx.cli import app
from factx.sources import Task, iter_tasks

PYTHON = sys.executable
ARTICLE = (
    " date 2026-0{month}-1{day} Maker {n} readies its electric crossover\n\n"
    "The maker said on Tuesday that its electric crossover number {n} will reach dealers in "
    "November. The battery holds 80 kWh and the car covers 500 km on a charge, up from "
    "450 km. Production starts next year at its plant.\n"
)


def article(n: int) -> str:
    return ARTICLE.format(n=n, month=1 + n % 9, day=n % 10)


def make_folder(root: Path, count: int) -> Path:
    """A folder of ``count`` small English articles, some in a subfolder."""
    for n in range(count):
        folder = root / "nested" if n % 3 == 0 else root
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{n:03d}.txt").write_text(article(n), encoding="utf-8")
    return root


def run_cli(*args: str) -> object:
    return CliRunner().invoke(app, ["batch", *args])


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def ids(path: Path) -> list[str]:
    return [record["article"]["id"] for record in lines(path)]


def test_folder_ids_are_relative_paths_and_only_article_files(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "src", 4)
    (src / "page.html").write_text(
        "<html><body><article><p>" + article(9) + "</p></article></body></html>", encoding="utf-8"
    )
    (src / "notes.md").write_text(article(8), encoding="utf-8")
    (src / "data.json").write_text("{}", encoding="utf-8")
    (src / ".hidden.txt").write_text(article(7), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_cli(str(src), "-o", str(out), "--workers", "1", "--ordered")
    assert result.exit_code == 0, result.output
    assert ids(out) == [
        "a001.txt",
        "a002.txt",
        "nested/a000.txt",
        "nested/a003.txt",
        "notes.md",
        "page.html",
    ]
    assert [t.id for t in iter_tasks(src)] == ids(out)
    assert "6 articles" in result.stderr and "articles/s" in result.stderr


def test_jsonl_source_uses_record_ids_dates_and_urls(tmp_path: Path) -> None:
    src = tmp_path / "crawl.jsonl"
    records = [
        {"id": "r1", "text": article(1), "published": "2026-03-01"},
        {"id": 2, "text": article(2), "url": "https://example.com/2"},
        {"text": "no id"},
        {"id": "r4"},
    ]
    body = "\n".join(json.dumps(r) for r in records) + "\nnot json\n\n"
    src.write_text(body, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_cli(str(src), "-o", str(out), "--workers", "1", "--ordered")
    assert result.exit_code == 1  # some articles failed, each recorded
    got = lines(out)
    assert [r["article"]["id"] for r in got] == ["r1", "2", "crawl.jsonl:3", "r4", "crawl.jsonl:5"]
    assert got[0]["article"]["published"] == "2026-03-01"  # the record's date wins
    assert got[1]["article"]["source"] == "https://example.com/2"
    assert [("error" in r) for r in got] == [False, False, True, True, True]
    assert "no string 'id'" in got[2]["error"]["message"]
    assert "not a JSON line" in got[4]["error"]["message"]


def test_unordered_output_still_has_every_article_once(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "src", 12)
    out = tmp_path / "out.jsonl"
    result = run_cli(str(src), "-o", str(out), "--workers", "2")
    assert result.exit_code == 0, result.output
    assert sorted(ids(out)) == sorted(t.id for t in iter_tasks(src))


def test_resume_skips_done_ids_and_truncates_a_torn_line(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "src", 5)
    out = tmp_path / "out.jsonl"
    assert run_cli(str(src), "-o", str(out), "--workers", "1", "--ordered").exit_code == 0
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # a run killed after two lines, in the middle of writing the third
    out.write_text("".join(full[:2]) + full[2][: len(full[2]) // 2], encoding="utf-8")
    assert done_ids(out) == {
        json.loads(full[0])["article"]["id"],
        json.loads(full[1])["article"]["id"],
    }
    assert out.read_text(encoding="utf-8") == "".join(full[:2])  # torn line gone
    out.write_text("".join(full[:2]) + full[2][:40], encoding="utf-8")
    result = run_cli(str(src), "-o", str(out), "--workers", "1", "--resume")
    assert result.exit_code == 0, result.output
    assert "2 already done" in result.stderr
    assert sorted(ids(out)) == sorted(t.id for t in iter_tasks(src))
    assert sorted(out.read_text(encoding="utf-8").splitlines(keepends=True)) == sorted(full)


SLOW_HANDLER = """
import os, time
from factx.batch import process_task, Result, error_line

def slow(task, pipeline, max_chars, force):
    time.sleep(0.05)
    return process_task(task, pipeline, max_chars, force)

def faulty(task, pipeline, max_chars, force):
    if "crash" in task.id:
        os._exit(3)
    if "kill" in task.id:
        os.kill(os.getpid(), 9)
    if "boom" in task.id:
        raise RuntimeError("boom in the stage")
    return process_task(task, pipeline, max_chars, force)
"""


@pytest.fixture
def handlers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A module of misbehaving handlers, importable by spawned workers (on sys.path)."""
    folder = tmp_path / "handlers"
    folder.mkdir()
    (folder / "fx_handlers.py").write_text(SLOW_HANDLER, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    import importlib

    return importlib.import_module("fx_handlers"), folder


def test_kill_9_then_resume_gives_every_article_exactly_once(tmp_path: Path, handlers) -> None:
    _, folder = handlers
    src = make_folder(tmp_path / "src", 60)
    out = tmp_path / "out.jsonl"
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        sys.path.insert(0, {str(folder)!r})
        from fx_handlers import slow
        from factx.batch import BatchOptions, run_batch
        run_batch(Path({str(src)!r}), Path({str(out)!r}), BatchOptions(workers=1), handler=slow)
    """)
    proc = subprocess.Popen(
        [PYTHON, "-c", script], start_new_session=True, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 5:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the batch ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    written = out.read_bytes().count(b"\n")
    assert 5 <= written < 60  # killed in the middle
    result = run_cli(str(src), "-o", str(out), "--workers", "2", "--resume")
    assert result.exit_code == 0, result.output
    counts = Counter(ids(out))  # every line parses: no torn line
    assert set(counts) == {t.id for t in iter_tasks(src)}
    assert set(counts.values()) == {1}


def test_a_dying_or_raising_worker_takes_no_other_article(tmp_path: Path, handlers) -> None:
    module, _ = handlers
    src = make_folder(tmp_path / "src", 6)
    for name in ("crash.txt", "kill.txt", "boom.txt"):
        (src / name).write_text(article(1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch(
        src, out, BatchOptions(workers=2, ordered=True), handler=module.faulty, progress=False
    )
    got = {r["article"]["id"]: r for r in lines(out)}
    assert list(got) == [t.id for t in iter_tasks(src)]
    assert got["crash.txt"]["error"]["type"] == "worker_died"
    assert "exit code 3" in got["crash.txt"]["error"]["message"]
    assert got["kill.txt"]["error"]["type"] == "worker_died"
    assert "signal 9" in got["kill.txt"]["error"]["message"]
    assert got["boom.txt"]["error"] == {"type": "RuntimeError", "message": "boom in the stage"}
    assert all("error" not in r for i, r in got.items() if i.startswith(("a", "nested")))
    assert (summary.articles, summary.errors) == (9, 3)


def test_an_article_past_the_time_limit_becomes_an_error_line(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "src", 3)
    os.mkfifo(src / "stuck.txt")  # reading it blocks forever, like a hung network share
    out = tmp_path / "out.jsonl"
    result = run_cli(str(src), "-o", str(out), "--workers", "1", "--time-limit", "3", "--ordered")
    assert result.exit_code == 1
    got = {r["article"]["id"]: r for r in lines(out)}
    assert got["stuck.txt"]["error"]["type"] == "timeout"
    assert sorted(got) == sorted(t.id for t in iter_tasks(src))
    assert sum("error" in r for r in got.values()) == 1


def test_an_exception_in_extraction_becomes_an_error_result(monkeypatch) -> None:
    import factx.api

    def broken(*args, **kwargs):
        raise ValueError("stage exploded")

    monkeypatch.setattr(factx.api, "extract_many", broken)
    result = process_task(Task(id="x", source="mem", text=article(1)), "automotive", 1000, False)
    assert result.error
    assert json.loads(result.line)["error"] == {"type": "ValueError", "message": "stage exploded"}


def test_dask_engine_writes_the_same_records_as_the_local_engine(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    src = make_folder(tmp_path / "src", 9)
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch(src, local, BatchOptions(workers=1, ordered=True), progress=False)
    options = BatchOptions(
        engine="dask", workers=2, processes=False, ordered=True, partition_size=4
    )
    summary = run_batch(src, dask, options, progress=False)
    assert dask.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    assert (summary.articles, summary.errors) == (11, 1)
    parts = tmp_path / "parts"
    options.parts = parts
    run_batch(src, None, options, progress=False)
    files = sorted(parts.glob("part-*.jsonl"))
    assert len(files) == 3  # 11 articles in partitions of 4
    part_lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    assert sorted(part_lines) == sorted(local.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{tmp}/missing", "-o", "{tmp}/o.jsonl"], "no such file or directory"),
        (["{tmp}/src", "-o", "{tmp}/o.jsonl", "--engine", "spark"], "choose local or dask"),
        (["{tmp}/src", "-o", "{tmp}/o.jsonl", "--parts", "{tmp}/p"], "dask engine"),
        (["{tmp}/src"], "output file"),
        (["{tmp}/src", "-o", "{tmp}/o.jsonl", "--pipeline", "nowhere"], "no pipeline config"),
        (["{tmp}/src", "-o", "{tmp}/o.jsonl", "--time-limit", "0"], "must be positive"),
        (["{tmp}/src", "-o", "{tmp}/no/such/dir/o.jsonl"], "cannot write"),
        (["{tmp}/src/a000.txt", "-o", "{tmp}/o.jsonl"], "not a folder or a .jsonl file"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str):
    make_folder(tmp_path / "src", 1)
    (tmp_path / "src" / "a000.txt").write_text(article(0), encoding="utf-8")
    result = run_cli(*[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_dask_isolates_the_article_that_fails_its_partition(tmp_path: Path, handlers) -> None:
    pytest.importorskip("distributed")
    module, _ = handlers
    src = make_folder(tmp_path / "src", 7)
    (src / "boom.txt").write_text(article(1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    options = BatchOptions(
        engine="dask", workers=2, processes=False, ordered=True, partition_size=4
    )
    summary = run_batch(src, out, options, progress=False, handler=module.faulty)
    got = {r["article"]["id"]: r for r in lines(out)}
    assert list(got) == [t.id for t in iter_tasks(src)]  # all once, in order
    assert got["boom.txt"]["error"]["type"] == "RuntimeError"
    assert sum("error" in r for r in got.values()) == 1  # its partition-mates were redone
    assert (summary.articles, summary.errors) == (8, 1)
