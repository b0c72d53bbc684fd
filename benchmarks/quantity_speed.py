"""Speed of factx's quantity stage against quantulum3's ``parser.parse`` on the same input.

Usage::

    .venv/bin/python benchmarks/quantity_speed.py [ARTICLE] [--newsquant PATH] [--runs N]

ARTICLE defaults to the provided article (``fixtures/articles/bmw-ix1-nb5.txt``). factx and
quantulum3 runs alternate so both see the same machine load; reported are medians of ``--runs``
runs (half as many for the NewsQuant passes) and the median of the paired speed-up ratios:

* the stage alone on a pre-tokenised Doc (tokenizer and sentencizer already run);
* tokenizer + sentencizer + stage (what the stage costs a caller who starts from text);
* quantulum3 ``parse`` on the same text;
* with ``--newsquant``: the same per sentence, averaged over the file's sentences.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import spacy

import factx.pipeline  # noqa: F401  (registers the factories and the ._ extensions)

ROOT = Path(__file__).resolve().parents[1]


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired(ours: Callable[[], object], theirs: Callable[[], object], runs: int):
    """Alternate the two so both see the same machine load; medians and median ratio."""
    a, b = [], []
    for _ in range(runs):
        a.append(median_time(ours, 1))
        b.append(median_time(theirs, 1))
    return (
        statistics.median(a),
        statistics.median(b),
        statistics.median(y / x for x, y in zip(a, b, strict=True)),
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "article", nargs="?", type=Path, default=ROOT / "fixtures" / "articles" / "bmw-ix1-nb5.txt"
    )
    ap.add_argument("--newsquant", type=Path, help="newsquant-dev.json for per-sentence timing")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    try:
        text = args.article.read_text(encoding="utf-8")
        sentences = (
            [item["text"] for item in json.loads(args.newsquant.read_text(encoding="utf-8"))]
            if args.newsquant
            else []
        )
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    stage = nlp.add_pipe("factx_quantities")
    sentencizer = nlp.get_pipe("sentencizer")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up 5 km")  # loads quantulum3's caches outside the timing
    nlp("warm up 5 km")

    doc = sentencizer(nlp.make_doc(text))
    found = len(stage(doc).spans["quantities"])

    def q3_article() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parser.parse(text)

    t_stage, t_q3, r_stage = paired(lambda: stage(doc), q3_article, args.runs)
    t_pipe, _, r_pipe = paired(lambda: nlp(text), q3_article, args.runs)
    print(
        f"article: {args.article.name} ({len(text)} chars, {len(doc)} tokens), "
        f"{found} quantities; median of {args.runs} runs"
    )
    print(f"  factx stage alone (pre-tokenised doc)   {1000 * t_stage:8.2f} ms")
    print(f"  factx tokenizer+sentencizer+stage       {1000 * t_pipe:8.2f} ms")
    print(f"  quantulum3 parse                        {1000 * t_q3:8.2f} ms")
    print(
        f"  speed-up (median of paired runs): stage alone {r_stage:6.1f}x, "
        f"with tokenizer {r_pipe:6.1f}x"
    )

    if sentences:
        docs = [sentencizer(nlp.make_doc(s)) for s in sentences]

        def run_stage() -> None:
            for d in docs:
                stage(d)

        def run_pipe() -> None:
            for s in sentences:
                nlp(s)

        def run_q3() -> None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for s in sentences:
                    parser.parse(s)

        n = len(sentences)
        runs = max(3, args.runs // 2)
        s_stage, s_q3, q_stage = paired(run_stage, run_q3, runs)
        s_pipe, _, q_pipe = paired(run_pipe, run_q3, runs)
        s_stage, s_q3, s_pipe = s_stage / n, s_q3 / n, s_pipe / n
        print(f"NewsQuant: {n} sentences, per sentence")
        print(f"  factx stage alone (pre-tokenised doc)   {1e6 * s_stage:8.1f} µs")
        print(f"  factx tokenizer+sentencizer+stage       {1e6 * s_pipe:8.1f} µs")
        print(f"  quantulum3 parse                        {1e6 * s_q3:8.1f} µs")
        print(
            f"  speed-up (median of paired runs): stage alone {q_stage:6.1f}x, "
            f"with tokenizer {q_pipe:6.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
