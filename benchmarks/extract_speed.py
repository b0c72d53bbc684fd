"""Median warm time of ``factx.extract()`` on one article, beside the peers on the same text.

    .venv/bin/python benchmarks/extract_speed.py fixtures/articles/bmw-ix1-nb5.txt --runs 30

The peers are what a naive pipeline would call on the whole text: quantulum3's ``parse`` and
dateparser's ``search_dates``. Runs alternate between systems so machine load hits all alike.
Also prints where factx's time goes, per pipeline component.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", type=Path)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")

    import factx
    from factx.api import ArticleInput, _prepare, _run

    nlp = factx.load()
    factx.extract(text)  # warm up: pipeline loaded, lazy imports done

    peers = {}
    if not args.no_peers:
        from dateparser.search import search_dates
        from quantulum3 import parser as qparser

        qparser.parse(text)
        search_dates(text)
        peers = {
            "quantulum3 parse": lambda: qparser.parse(text),
            "dateparser search_dates": lambda: search_dates(text),
        }

    timings: dict[str, list[float]] = {"factx.extract": [], **{k: [] for k in peers}}
    components: dict[str, list[float]] = {name: [] for name in nlp.pipe_names}
    components["tokenizer"] = []
    components["records"] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        factx.extract(text)
        timings["factx.extract"].append(time.perf_counter() - start)
        for name, call in peers.items():
            start = time.perf_counter()
            call()
            timings[name].append(time.perf_counter() - start)
        # per component, on a fresh doc
        read = _prepare(ArticleInput(text))
        start = time.perf_counter()
        doc = _run(nlp, read)
        components["tokenizer"].append(time.perf_counter() - start)
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            components[name].append(time.perf_counter() - start)
        from factx.records import doc_to_record

        start = time.perf_counter()
        doc_to_record(doc, read.article, read.text, read.warnings)
        components["records"].append(time.perf_counter() - start)

    print(f"{args.article} ({len(text):,} chars), median of {args.runs} warm runs")
    for name, samples in timings.items():
        print(f"  {name:26s} {_median_ms(samples):8.2f} ms")
    print("  factx time by stage:")
    for name, samples in components.items():
        print(f"    {name:24s} {_median_ms(samples):8.2f} ms")


if __name__ == "__main__":
    main()
