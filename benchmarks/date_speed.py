"""Time the date stage on one article beside dateparser's ``search_dates`` (same text, same run).

Usage::

    .venv/bin/python benchmarks/date_speed.py [fixtures/articles/bmw-ix1-nb5.txt] [--runs 30]

The date stage is timed alone, on a Doc already tokenized and split into sentences (what the
pipeline hands it); tokenizing plus sentence splitting is printed too, for scale. Medians of
``--runs`` runs after one warm-up run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

import spacy

from factx import pipeline
from factx.reader import read_text

ROOT = Path(__file__).resolve().parents[1]


def _median_ms(func, runs: int) -> float:
    func()  # warm-up (lazy imports, caches)
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        func()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "article", nargs="?", type=Path, default=ROOT / "fixtures/articles/bmw-ix1-nb5.txt"
    )
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-peer", action="store_true", help="skip dateparser")
    args = parser.parse_args(argv)
    try:
        read = read_text(args.article.read_text(encoding="utf-8"))
    except OSError as error:
        print(f"error: cannot read {args.article}: {error.strerror}", file=sys.stderr)
        return 2
    published = read.article.published or dt.date.today()

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factx_paragraphs")
    dates = nlp.add_pipe("factx_dates", config={"data": str(pipeline.PIPELINES_DIR / "automotive")})

    def prepare():
        doc = nlp.make_doc(read.nlp_text)
        doc._.published = published
        for name, proc in nlp.pipeline:
            if name != "factx_dates":
                doc = proc(doc)
        return doc

    doc = prepare()
    stage_ms = _median_ms(lambda: dates(doc), args.runs)
    prepare_ms = _median_ms(prepare, args.runs)
    result = dates(prepare())
    found = [s.text for s in result.spans["dates"]]
    print(f"article: {args.article.name} ({len(read.nlp_text)} chars, {len(doc)} tokens)")
    print(f"factx date stage:          {stage_ms:7.2f} ms median of {args.runs}  -> {found}")
    print(f"tokenizer + sentencizer:   {prepare_ms:7.2f} ms (shared by every stage)")
    if not args.no_peer:
        from dateparser.search import search_dates

        base = dt.datetime(published.year, published.month, published.day)
        settings = {"RELATIVE_BASE": base}
        peer_ms = _median_ms(
            lambda: search_dates(read.nlp_text, languages=["en"], settings=settings),
            max(5, args.runs // 3),
        )
        peer = search_dates(read.nlp_text, languages=["en"], settings=settings) or []
        print(f"dateparser search_dates:   {peer_ms:7.2f} ms median  -> {[p for p, _ in peer]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
