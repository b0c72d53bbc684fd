"""Batch throughput: factx batch vs quantulum3 + dateparser, 2-worker corpus time, scaling.

Usage::

    .venv/bin/python benchmarks/batch_throughput.py ../shared/corpus/news-te3-silver \
        [--repeat 3] [--peer-articles 25] [--json results.json]

Every figure is the wall time of a whole process (imports, pipeline load, workers, output), the
median of ``--repeat`` runs, measured in this same run:

1. factx, one worker, the first 200 articles (sorted names) vs the peer: quantulum3 ``parse`` +
   dateparser ``search_dates`` on the same articles. The peer is slow, so it runs on the first
   ``--peer-articles`` articles and its time is extrapolated to the 200 by characters (its
   import time counted once); the output says so.
2. factx, two workers, the whole corpus; peak RSS of every process (sampled with psutil, and
   the kernel's ``ru_maxrss`` of the largest descendant).
3. Scaling: two workers on the first 200, 800 and all articles.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

FACTX = str(Path(sys.executable).parent / "factx")

PEER = r"""
import json, sys, time
t0 = time.perf_counter()
from quantulum3 import parser
from dateparser.search import search_dates
imported = time.perf_counter() - t0
found = 0
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    found += len(parser.parse(text))
    found += len(search_dates(text, languages=["en"]) or [])
print(json.dumps({"import": imported, "total": time.perf_counter() - t0, "found": found}))
"""


def subset(files: list[Path], count: int, root: Path) -> Path:
    """A folder of symlinks to the first ``count`` articles (same ids as in the corpus)."""
    folder = root / f"first{count}"
    folder.mkdir()
    for path in files[:count]:
        (folder / path.name).symlink_to(path.resolve())
    return folder


def run_factx(folder: Path, workers: int, out: Path) -> dict:
    """One whole-process ``factx batch`` run: wall time, articles, peak RSS per process."""
    out.unlink(missing_ok=True)
    command = [
        FACTX,
        "batch",
        str(folder),
        "-o",
        str(out),
        "--workers",
        str(workers),
        "--no-progress",
    ]
    peaks: dict[int, int] = {}
    unique: dict[int, int] = {}
    start = time.perf_counter()
    proc = psutil.Popen(command, stderr=subprocess.PIPE, text=True)
    while proc.poll() is None:
        with contextlib.suppress(psutil.Error):
            for p in [proc, *proc.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    info = p.memory_full_info()
                    peaks[p.pid] = max(peaks.get(p.pid, 0), info.rss)
                    unique[p.pid] = max(unique.get(p.pid, 0), info.uss)
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"factx batch failed ({proc.returncode}): {stderr.strip()}")
    lines = out.read_text(encoding="utf-8").count("\n")
    main = peaks.pop(proc.pid, 0)
    unique.pop(proc.pid, 0)
    return {
        "seconds": seconds,
        "articles": lines,
        "summary": stderr.strip().splitlines()[-1] if stderr.strip() else "",
        "main_rss_mb": main / 2**20,
        "worker_rss_mb": sorted((v / 2**20 for v in peaks.values()), reverse=True),
        "worker_uss_mb": sorted((v / 2**20 for v in unique.values()), reverse=True),
    }


def median_run(folder: Path, workers: int, out: Path, repeat: int) -> dict:
    runs = [run_factx(folder, workers, out) for _ in range(repeat)]
    best = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
    return {
        **best,
        "runs": [round(r["seconds"], 2) for r in runs],
        "seconds": statistics.median(r["seconds"] for r in runs),
    }


def run_peer(files: list[Path], repeat: int) -> dict:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", PEER, *map(str, files)],
            capture_output=True,
            text=True,
            check=True,
        )
        wall = time.perf_counter() - start
        runs.append({**json.loads(done.stdout.strip().splitlines()[-1]), "wall": wall})
    wall = statistics.median(r["wall"] for r in runs)
    imported = statistics.median(r["import"] for r in runs)
    return {
        "wall": wall,
        "import": imported,
        "runs": [round(r["wall"], 2) for r in runs],
        "found": runs[0]["found"],
    }


def git_commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent,
    )
    return done.stdout.strip() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--peer-articles", type=int, default=25)
    parser.add_argument("--peer-repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    if len(files) < 200:
        raise SystemExit(f"{args.corpus}: expected a folder of at least 200 .txt articles")
    chars = [len(p.read_text(encoding="utf-8")) for p in files]
    report: dict = {
        "date": dt.datetime.now().isoformat(timespec="minutes"),
        "commit": git_commit(),
        "cpus": psutil.cpu_count(),
        "load_before": psutil.getloadavg()[0],
        "articles": len(files),
        "chars": sum(chars),
    }
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        out = root / "out.jsonl"
        sizes = sorted({200, min(800, len(files)), len(files)})
        folders = {n: subset(files, n, root) for n in sizes}

        one = median_run(folders[200], 1, out, args.repeat)
        scaling = {n: median_run(folders[n], 2, out, args.repeat) for n in sizes}
        # before the peer runs: the largest factx process the kernel saw
        report["ru_maxrss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        peer_files = files[: args.peer_articles]
        peer = run_peer(peer_files, args.peer_repeat)
        peer_chars = sum(chars[: args.peer_articles])
        per_char = (peer["wall"] - peer["import"]) / peer_chars
        peer_200 = peer["import"] + per_char * sum(chars[:200])
        report["one_worker_200"] = one
        report["peer"] = {**peer, "articles": args.peer_articles, "extrapolated_200": peer_200}
        report["speedup"] = peer_200 / one["seconds"]
        report["two_workers"] = {str(n): r for n, r in scaling.items()}
    report["load_after"] = psutil.getloadavg()[0]

    full = scaling[len(files)]
    print(
        f"# factx batch throughput ({report['date']}, commit {report['commit']}, "
        f"{report['cpus']} CPUs, load {report['load_before']:.1f} -> "
        f"{report['load_after']:.1f})\n"
    )
    print("| measurement | wall time (median) | runs | articles/s |")
    print("| --- | --- | --- | --- |")
    print(
        f"| factx, 1 worker, first 200 | {one['seconds']:.1f} s | {one['runs']} | "
        f"{200 / one['seconds']:.1f} |"
    )
    print(
        f"| quantulum3 + dateparser, first {args.peer_articles} (measured) | "
        f"{peer['wall']:.1f} s | {peer['runs']} | "
        f"{args.peer_articles / peer['wall']:.2f} |"
    )
    if args.peer_articles != 200:
        print(
            f"| quantulum3 + dateparser, first 200 (extrapolated by characters) | "
            f"{peer_200:.1f} s | | {200 / peer_200:.2f} |"
        )
    for n, r in scaling.items():
        print(
            f"| factx, 2 workers, first {n} | {r['seconds']:.1f} s | {r['runs']} | "
            f"{n / r['seconds']:.1f} |"
        )
    print(f"\nSpeed-up over the peer on 200 articles, one worker: **{report['speedup']:.1f}x**")
    workers = ", ".join(f"{m:.0f}" for m in full["worker_rss_mb"])
    own = ", ".join(f"{m:.0f}" for m in full["worker_uss_mb"])
    print(
        f"\nPeak memory, 2 workers on {len(files)} articles: worker RSS {workers} MB "
        f"(of which their own, USS: {own} MB; the rest is the pipeline shared copy-on-write "
        f"with the main process), main process RSS {full['main_rss_mb']:.0f} MB (psutil, "
        f"sampled every 50 ms); largest factx process by the kernel (ru_maxrss): "
        f"{report['ru_maxrss_mb']:.0f} MB"
    )
    per_1000 = {n: 1000 * r["seconds"] / n for n, r in scaling.items()}
    print(
        "\nScaling, seconds per 1,000 articles (2 workers): "
        + ", ".join(f"{n}: {v:.1f}" for n, v in per_1000.items())
    )
    print(f"\nLast summary line: {full['summary']}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
