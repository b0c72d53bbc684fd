"""NewsQuant (and Recognizers-Text currency/dimension) scores: factx's quantity stage vs quantulum3.

Usage::

    .venv/bin/python benchmarks/newsquant.py ../shared/data/newsquant-dev.json \
        [--recognizers ../shared/data/recognizers-text] [--errors N] [--no-quantulum]

Scoring (as ``../shared/data/README.md`` describes, same for every system): within a sentence a
gold quantity is matched one-to-one to a system quantity with the same value (a range as its
(low, high) pair, order-free); value+unit additionally needs the same unit after canonicalisation.
Canonical unit = factx's unit lexicon applied to the gold ``normalized_unit`` (or its ``unit``
surface, or each side of "X per Y"); a counted noun is compared on its head noun's singular.
Gold quantities without a unit ("-") can match on value only. Micro P/R/F1 over all sentences.

Recognizers-Text: a case passes when the set of (value, unit) factx finds of that kind (money for
CurrencyModel; physical, non-time, non-money units for DimensionModel) equals the expected set.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from pathlib import Path

import spacy

import factx.pipeline  # noqa: F401  (registers the factories and the ._ extensions)
from factx.quantities import Lexicon, load_lexicon

RANGE = re.compile(r"^\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*(?:-\s*(-?[\d.]+(?:[eE][-+]?\d+)?))?\s*$")


def stage_pipeline(data: Path | None = None):
    """The quantity stage alone on a blank English pipeline (what the benchmarks time)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factx_quantities", config={"data": str(data) if data else None})
    return nlp


def parse_value(text: str) -> tuple[float, ...] | None:
    m = RANGE.match(str(text))
    if not m:
        return None
    if m[2] is None:
        return (float(m[1]),)
    return tuple(sorted((float(m[1]), float(m[2]))))


def same_value(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(
        math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9) for x, y in zip(a, b, strict=True)
    )


def canonical(lex: Lexicon, text: str | None, money: bool = False) -> str | None:
    """A unit written any way ("kilometre per hour", "US$", "workers") -> factx's symbol."""
    if not text or text.strip() in ("-", "&"):
        return None
    text = text.strip()
    if money:
        code = lex.currency_words.get(text.lower())
        if code is not None:
            return code
    unit = lex.unit_for_surface(text)
    if unit is not None:
        return unit.symbol
    if " per " in text:
        left, _, right = text.partition(" per ")
        return f"{canonical(lex, left)}/{canonical(lex, right)}"
    if " of " in text:  # "barrels of oil": the measure is the barrel
        return canonical(lex, text.partition(" of ")[0])
    head = text.split()[-1]
    unit = lex.unit_for_surface(head)
    if unit is not None:
        return unit.symbol
    return lex.singular(head)


def unit_match(lex: Lexicon, gold: dict, system_unit: str | None) -> bool:
    if system_unit is None:
        return False
    system = system_unit  # factx's units are canonical already
    for text in (gold.get("normalized_unit"), gold.get("unit")):
        want = canonical(lex, text)
        if want is None:
            continue
        if want == system or want.split()[-1] == system.split()[-1]:
            return True
    return False


def score(lex: Lexicon, data: list[dict], systems: list[list[tuple]], errors: int = 0):
    tp_v = tp_vu = n_sys = n_gold = unitless = 0
    shown = 0
    for item, found in zip(data, systems, strict=True):
        golds = [(parse_value(q["value"]), q) for q in item["quantities"]]
        golds = [(v, q) for v, q in golds if v is not None]
        n_gold += len(golds)
        unitless += sum(1 for _, q in golds if (q.get("unit") or "-").strip() in ("-", ""))
        n_sys += len(found)
        free_v = list(found)
        free_vu = list(found)
        missed = []
        for value, q in golds:
            hit = next((s for s in free_v if same_value(value, s[0])), None)
            if hit is not None:
                free_v.remove(hit)
                tp_v += 1
            else:
                missed.append((value, q.get("unit")))
            hit = next(
                (s for s in free_vu if same_value(value, s[0]) and unit_match(lex, q, s[1])), None
            )
            if hit is not None:
                free_vu.remove(hit)
                tp_vu += 1
        if errors and (missed or free_v) and shown < errors:
            shown += 1
            print("  *", item["text"][:160])
            for value, unit in missed:
                print("      missed", value, unit)
            for s in free_v:
                print("      extra ", s)
    p_v, r_v = tp_v / max(n_sys, 1), tp_v / max(n_gold, 1)
    p_vu, r_vu = tp_vu / max(n_sys, 1), tp_vu / max(n_gold, 1)

    def f1(p: float, r: float) -> float:
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    return {
        "value": (100 * p_v, 100 * r_v, 100 * f1(p_v, r_v)),
        "value_unit": (100 * p_vu, 100 * r_vu, 100 * f1(p_vu, r_vu)),
        "gold": n_gold,
        "unitless": unitless,
        "system": n_sys,
    }


def factx_quantities(nlp, texts: list[str]) -> list[list[tuple]]:
    out = []
    for doc in nlp.pipe(texts):
        found = []
        for span in doc.spans["quantities"]:
            m = span._.measure
            value = (m.value,) if m.value is not None else (m.low, m.high)
            found.append((value, m.unit, m.dimension, span.text))
        out.append(found)
    return out


def quantulum_quantities(lex: Lexicon, texts: list[str], ranges: bool = False) -> list[list[tuple]]:
    """quantulum3's quantities, units put through the same canonicalisation as the gold's.

    ``ranges``: read ``value ± uncertainty`` as a range (quantulum3 reports "14 to 16" as 15 ± 1);
    off by default, which reproduces the 67.2 in ``../shared/data/README.md``.
    """
    from quantulum3 import parser

    out = []
    for text in texts:
        found = []
        for q in parser.parse(text):
            if ranges and q.uncertainty:
                value = tuple(sorted((q.value - q.uncertainty, q.value + q.uncertainty)))
            else:
                value = (q.value,)
            name = q.unit.name
            unit = None if name == "dimensionless" else canonical(lex, name)
            if q.unit.entity.name == "currency" and q.unit.currency_code:
                unit = q.unit.currency_code
            found.append((value, unit, q.unit.entity.name, q.surface))
        out.append(found)
    return out


def recognizers(lex: Lexicon, nlp, folder: Path) -> None:
    for name, money in (("CurrencyModel", True), ("DimensionModel", False)):
        path = folder / f"{name}.json"
        if not path.is_file():
            print(f"{name}: {path} not found")
            continue
        cases = json.loads(path.read_text(encoding="utf-8-sig"))
        passed = passed_core = core = 0
        for case in cases:
            want = set()
            for r in case["Results"]:
                res = r["Resolution"]
                value = parse_value(res.get("value", ""))
                if value is not None:
                    want.add((value[0], canonical(lex, res.get("unit"), money=money)))
            doc = nlp(case["Input"])
            got = set()
            for span in doc.spans["quantities"]:
                m = span._.measure
                is_money = m.dimension.split("/")[0] == "currency"
                is_dim = (
                    not is_money
                    and m.dimension not in ("time", "count", "ratio")
                    and (
                        "/" not in m.dimension
                        or m.dimension.startswith("speed")
                        or m.unit in ("km/h", "mph")
                    )
                )
                if ((money and is_money) or (not money and is_dim)) and m.value is not None:
                    unit = m.unit.split("/")[0] if is_money else m.unit
                    got.add((round(m.value, 6), unit))
            want = {(round(v, 6), u) for v, u in want}
            ok = want == got
            passed += ok
            if not case.get("NotSupported") and not case.get("NotSupportedByDesign"):
                core += 1
                passed_core += ok
        print(
            f"{name}: {passed}/{len(cases)} cases pass ({100 * passed / len(cases):.1f}%); "
            f"cases every reference implementation supports: {passed_core}/{core} "
            f"({100 * passed_core / max(core, 1):.1f}%)"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, help="newsquant-dev.json")
    ap.add_argument("--recognizers", type=Path, help="folder with CurrencyModel.json etc.")
    ap.add_argument("--errors", type=int, default=0, help="print factx's errors on N sentences")
    ap.add_argument("--no-quantulum", action="store_true", help="skip quantulum3 (slow)")
    args = ap.parse_args(argv)
    try:
        data = json.loads(args.path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"error: cannot read {args.path}: {exc}", file=sys.stderr)
        return 2
    lex = load_lexicon()
    nlp = stage_pipeline()
    texts = [item["text"] for item in data]
    rows = [("factx", score(lex, data, factx_quantities(nlp, texts), args.errors))]
    if not args.no_quantulum:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rows.append(("quantulum3", score(lex, data, quantulum_quantities(lex, texts))))
            ranged = quantulum_quantities(lex, texts, ranges=True)
            rows.append(("q3 ±→range", score(lex, data, ranged)))
    print(
        f"NewsQuant: {len(data)} sentences, {rows[0][1]['gold']} gold quantities "
        f"({rows[0][1]['unitless']} of them bare numbers without a unit)"
    )
    print(f"{'system':<12} {'value P/R/F1':>22} {'value+unit P/R/F1':>24} {'found':>6}")
    for name, s in rows:
        v, vu = s["value"], s["value_unit"]
        print(
            f"{name:<12} {v[0]:6.1f} {v[1]:6.1f} {v[2]:6.1f}   {vu[0]:6.1f} {vu[1]:6.1f} "
            f"{vu[2]:6.1f}   {s['system']:5d}"
        )
    print(f"{'CQE (paper)':<12} {'':>14}{92.0:6.1f}   {'':>13}{85.6:6.1f}")
    if args.recognizers:
        recognizers(lex, nlp, args.recognizers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
