"""Evaluating: compare factx's output with hand-written golden files.

Used by ``factx check`` and the test suite. Mentions are paired one-to-one (same label for
entities; overlapping spans for quantities and dates, since extents legitimately differ by a
modifier word), then their values are compared. Facts are paired on subject, predicate and value;
certainty is scored on the pairs. The golden article of the corpus (the provided article) must
match exactly.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import ArticleFacts
from .reader import parse_header

PARTS = ("entities", "quantities", "dates", "facts", "negations")


@dataclass
class Score:
    """Counts for one part (or one entity label) over the corpus."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_ok: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.tp if self.tp else 1.0


@dataclass
class ArticleReport:
    name: str
    differences: list[str] = field(default_factory=list)
    exact_differences: list[str] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return not self.differences and not self.exact_differences


@dataclass
class Report:
    scores: dict[str, Score]
    articles: list[ArticleReport]


# --------------------------------------------------------------------------- comparisons


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    return _name(a) == _name(b)


def _name(value: Any) -> Any:
    """Names compare without case or accents: "HEARTECT-e" and "Heartect-e" are one platform,
    "ALLGRIP-e" and "AllGrip-e" one trim, "ë-C3" and "e-C3" one model; only the maker's house
    style differs."""
    if not isinstance(value, str):
        return value
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _overlaps(a: dict, b: dict) -> bool:
    return a["start_char"] < b["end_char"] and b["start_char"] < a["end_char"]


def _span(m: dict) -> str:
    return f"{m['text']!r}@{m['start_char']}"


def _pair(
    gold: list[dict], pred: list[dict], same: Callable[[dict, dict], bool]
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy one-to-one pairing in text order; returns (pairs, missing, spurious)."""
    free = list(pred)
    pairs, missing = [], []
    for g in gold:
        match = next((p for p in free if same(g, p)), None)
        if match is None:
            missing.append(g)
        else:
            free.remove(match)
            pairs.append((g, match))
    return pairs, missing, free


def _quantity_value(q: dict) -> tuple:
    return (q.get("value"), q.get("low"), q.get("high"), q.get("unit"))


def _values_equal(a: tuple, b: tuple) -> bool:
    return all(_close(x, y) for x, y in zip(a, b, strict=True))


def _fact_subject(f: dict) -> tuple:
    s = f["subject"]
    return (_name(s.get("model")), _name(s.get("code")), _name(_trim(s)))


def _trim(subject: dict) -> str | None:
    """A variant without its model's name: "Q4 e-tron 45 quattro" of the Q4 e-tron is "45
    quattro", as annotators often write it; the designation is the same trim either way."""
    model, variant = subject.get("model"), subject.get("variant")
    if model and variant and variant.startswith(model + " "):
        return variant[len(model) + 1 :]
    return variant


def _fact_values(f: dict) -> list[tuple]:
    """Every way the fact's value is stated: the figure and its restatements."""
    first = (f.get("value"), f.get("low"), f.get("high"), f.get("unit"))
    also = [(a.get("value"), a.get("low"), a.get("high"), a.get("unit")) for a in f.get("also", [])]
    return [first, *also]


def _same_fact(g: dict, p: dict) -> bool:
    if (g["predicate"], bool(g["negated"])) != (p["predicate"], bool(p["negated"])):
        return False
    if _fact_subject(g) != _fact_subject(p):
        return False
    if (g.get("earliest"), g.get("latest")) != (p.get("earliest"), p.get("latest")):
        return False
    return any(_values_equal(pv, gv) for pv in _fact_values(p)[:1] for gv in _fact_values(g))


def _describe_fact(f: dict) -> str:
    s = f["subject"]
    who = " ".join(x for x in (s.get("model"), s.get("variant")) if x) or s.get("name")
    if s.get("code"):
        who += f" ({s['code']})"
    value = f.get("value")
    if value is None and f.get("low") is not None:
        value = f"{f['low']}..{f['high']}"
    if value is None and (f.get("earliest") or f.get("latest")):
        value = f"{f.get('earliest')}..{f.get('latest')}"
    unit = f" {f['unit']}" if f.get("unit") else ""
    neg = "NOT " if f.get("negated") else ""
    return f"{who} {neg}{f['predicate']} {value}{unit} [{f['certainty']}]"


def compare(gold: dict, pred: dict, scores: dict[str, Score]) -> list[str]:
    """Score one article into ``scores``; return its differences as readable lines."""
    diffs: list[str] = []

    # entities: same label and exact span; value = normalized name (and linked model for codes)
    def ent_same(g: dict, p: dict) -> bool:
        return (g["label"], g["start_char"], g["end_char"]) == (
            p["label"],
            p["start_char"],
            p["end_char"],
        )

    pairs, missing, spurious = _pair(gold["entities"], pred["entities"], ent_same)
    for g, p in pairs:
        score = scores[f"entities:{g['label']}"]
        score.tp += 1
        ok = _name(g["normalized"]) == _name(p["normalized"]) and (
            g["label"] not in ("MODEL_CODE", "VARIANT")
            or _name(g.get("model")) == _name(p.get("model"))
        )
        score.value_ok += ok
        if not ok:
            diffs.append(
                f"entity {g['label']} {_span(g)}: normalized/model "
                f"{p['normalized']}/{p.get('model')} != {g['normalized']}/{g.get('model')}"
            )
    for g in missing:
        scores[f"entities:{g['label']}"].fn += 1
        diffs.append(f"missing entity {g['label']} {_span(g)}")
    for p in spurious:
        scores[f"entities:{p['label']}"].fp += 1
        diffs.append(f"spurious entity {p['label']} {_span(p)}")

    for part, value_of, label in (
        ("quantities", _quantity_value, "quantity"),
        ("dates", lambda d: (d.get("earliest"), d.get("latest")), "date"),
    ):
        score = scores[part]
        pairs, missing, spurious = _pair(gold[part], pred[part], _overlaps)
        score.tp += len(pairs)
        score.fn += len(missing)
        score.fp += len(spurious)
        for g, p in pairs:
            ok = _values_equal(value_of(g), value_of(p))
            score.value_ok += ok
            if not ok:
                diffs.append(f"wrong {label} {_span(g)}: {value_of(p)} != {value_of(g)}")
            elif (g["start_char"], g["end_char"]) != (p["start_char"], p["end_char"]):
                diffs.append(f"{label} extent {_span(p)} != {_span(g)}")
        diffs += [f"missing {label} {_span(g)} {value_of(g)}" for g in missing]
        diffs += [f"spurious {label} {_span(p)} {value_of(p)}" for p in spurious]

    score = scores["facts"]
    pairs, missing, spurious = _pair(gold["facts"], pred["facts"], _same_fact)
    score.tp += len(pairs)
    score.fn += len(missing)
    score.fp += len(spurious)
    for g, p in pairs:
        ok = g["certainty"] == p["certainty"]
        score.value_ok += ok
        if not ok:
            diffs.append(f"certainty of {_describe_fact(g)}: got {p['certainty']}")
    diffs += [f"missing fact {_describe_fact(g)}" for g in missing]
    diffs += [f"spurious fact {_describe_fact(p)}" for p in spurious]

    # negations: a gold negated claim found negated (tp), missed (fn), or emitted as a positive
    # fact (fn and fp: the one error a reader must never get)
    negations = scores["negations"]
    matched = {id(g) for g, _ in pairs}
    for g in gold["facts"]:
        if not g["negated"]:
            continue
        if id(g) in matched:
            negations.tp += 1
            negations.value_ok += 1
            continue
        negations.fn += 1
        if any(_same_fact({**g, "negated": False}, p) for p in pred["facts"]):
            negations.fp += 1
            diffs.append(f"negated claim emitted as positive: {_describe_fact(g)}")
    return diffs


def exact_differences(gold: dict, pred: dict) -> list[str]:
    """Differences that break exact equality with a golden file (beyond ``compare``'s)."""
    diffs = []
    for part, keys in (
        ("entities", ("label", "start_char", "end_char", "normalized", "model")),
        ("quantities", ("start_char", "end_char", "value", "low", "high", "unit")),
        ("dates", ("start_char", "end_char", "earliest", "latest", "granularity", "modifier")),
    ):
        want = sorted(tuple(m.get(k) for k in keys) for m in gold[part])
        got = sorted(tuple(m.get(k) for k in keys) for m in pred[part])
        if want != got:
            diffs.append(f"{part} differ exactly on {keys}")

    def restated(doc: dict) -> set[tuple[int, int]]:
        by_id = {q["id"]: q for q in doc["quantities"]}
        return {
            (q["start_char"], by_id[q["restates"]]["start_char"])
            for q in doc["quantities"]
            if q.get("restates")
        }

    if restated(gold) != restated(pred):
        diffs.append("quantity conversion links (restates) differ")
    pairs, _, _ = _pair(gold["facts"], pred["facts"], _same_fact)
    for g, p in pairs:
        if g["certainty"] != p["certainty"]:
            diffs.append(f"fact {_describe_fact(g)}: certainty {p['certainty']}")
        # golden files annotate the test cycle; other qualifiers (bound, sprint) are extras
        want, got = g.get("qualifiers", {}).get("cycle"), p.get("qualifiers", {}).get("cycle")
        if want != got:
            diffs.append(f"fact {_describe_fact(g)}: cycle {got} != {want}")
    return diffs


# --------------------------------------------------------------------------- corpus


def corpus(fixtures: Path) -> Iterable[tuple[str, str, dict]]:
    """(name, article text, golden dict) for every article that has a golden file."""
    for golden_path in sorted((fixtures / "golden").glob("*.json")):
        article_path = fixtures / "articles" / f"{golden_path.stem}.txt"
        if not article_path.is_file():
            raise FileNotFoundError(f"{golden_path} has no article {article_path}")
        text = article_path.read_text(encoding="utf-8")
        yield golden_path.stem, text, json.loads(golden_path.read_text(encoding="utf-8"))


def run_check(fixtures: Path, extract: Callable[..., ArticleFacts]) -> Report:
    """Run ``extract`` over the corpus and score it against the golden files."""
    scores: dict[str, Score] = defaultdict(Score)
    reports = []
    for name, text, gold in corpus(fixtures):
        ArticleFacts.model_validate(gold)  # a malformed golden file is an error, not a score
        has_header = parse_header(text)[1] > 0
        published = None if has_header else gold["article"].get("published")
        pred = extract(text, published=published, id=name).model_dump(mode="json")
        reports.append(
            ArticleReport(name, compare(gold, pred, scores), exact_differences(gold, pred))
        )
    return Report(dict(scores), reports)


def part_totals(scores: dict[str, Score]) -> dict[str, Score]:
    """Scores per part, with entity labels both separate and summed."""
    totals: dict[str, Score] = {}
    entity_total = Score()
    for key, score in sorted(scores.items()):
        totals[key] = score
        if key.startswith("entities:"):
            for attr in ("tp", "fp", "fn", "value_ok"):
                setattr(entity_total, attr, getattr(entity_total, attr) + getattr(score, attr))
    totals["entities"] = entity_total
    return totals


def load_thresholds(fixtures: Path) -> dict[str, Any]:
    """``{"exact": [article names], "minimum": {part: {metric: value}}}`` from the corpus."""
    path = fixtures / "thresholds.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def failures(report: Report, thresholds: dict[str, Any]) -> list[str]:
    """Why the check fails: an exact article that differs, or a part below its minimum."""
    found = [
        f"{article.name} differs from its golden file"
        for article in report.articles
        if article.name in thresholds.get("exact", []) and not article.exact
    ]
    totals = part_totals(report.scores)
    for part, limits in thresholds.get("minimum", {}).items():
        if part.startswith("_"):
            continue
        score = totals.get(part)
        if score is None:
            found.append(f"{part}: nothing to score in the corpus")
            continue
        for metric, minimum in limits.items():
            got = getattr(score, metric)
            if got < minimum:
                found.append(f"{part} {metric} {got:.3f} < minimum {minimum:.3f}")
    return found
