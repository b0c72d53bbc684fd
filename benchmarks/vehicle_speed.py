"""Time the vehicles stage on one article beside spaCy's SpanRuler (same text, same run).

Usage::

    .venv/bin/python benchmarks/vehicle_speed.py [fixtures/articles/bmw-ix1-nb5.txt] [--runs 30]

The peer is spaCy's own ``span_ruler`` loaded with every name and alias of the same gazetteers
as phrase patterns: plain dictionary lookup, without factx's context checks, code detection or
linking. Both are timed alone on a Doc already tokenized and split into sentences (what the
pipeline hands the stage); medians of ``--runs`` runs after one warm-up run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import spacy

from factx import pipeline
from factx.gazetteer import Gazetteer
from factx.reader import read_text

ROOT = Path(__file__).resolve().parents[1]


def _median_ms(prepare, func, runs: int) -> float:
    func(prepare())  # warm-up
    times = []
    for _ in range(runs):
        doc = prepare()  # a fresh Doc each run: the stage may split glued full stops
        began = time.perf_counter()
        func(doc)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "article", nargs="?", type=Path, default=ROOT / "fixtures/articles/bmw-ix1-nb5.txt"
    )
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    try:
        read = read_text(args.article.read_text(encoding="utf-8"))
    except OSError as error:
        print(f"error: cannot read {args.article}: {error.strerror}", file=sys.stderr)
        return 2
    data = pipeline.PIPELINES_DIR / "automotive"

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factx_paragraphs")
    began = time.perf_counter()
    stage = nlp.add_pipe("factx_vehicles", config={"data": str(data)})
    load_ms = (time.perf_counter() - began) * 1000

    peer_nlp = spacy.blank("en")
    ruler = peer_nlp.add_pipe(
        "span_ruler", config={"spans_key": "vehicles", "phrase_matcher_attr": "ORTH"}
    )
    gaz = Gazetteer.load(data / "vehicles")
    ruler.add_patterns(
        [{"label": e.label, "pattern": form} for e in gaz.entries for form in e.forms]
    )

    def prepare():
        doc = nlp.make_doc(read.nlp_text)
        for name in ("sentencizer", "factx_paragraphs"):
            doc = nlp.get_pipe(name)(doc)
        return doc

    tokenize_ms = _median_ms(lambda: None, lambda _: prepare(), args.runs)
    stage_ms = _median_ms(prepare, stage, args.runs)
    peer_ms = _median_ms(prepare, ruler, args.runs)
    found = len(stage(prepare()).spans["vehicles"])
    peer_found = len(ruler(prepare()).spans["vehicles"])
    chars = len(read.text)
    print(f"article: {args.article.name} ({chars} chars), median of {args.runs} runs")
    print(f"tokenize + sentences:          {tokenize_ms:7.3f} ms")
    print(f"factx_vehicles:                {stage_ms:7.3f} ms  ({found} spans)")
    print(f"spaCy span_ruler (same names): {peer_ms:7.3f} ms  ({peer_found} spans)")
    print(f"factx_vehicles load (once):    {load_ms:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
