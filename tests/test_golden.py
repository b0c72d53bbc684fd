"""The fixture corpus: golden files are well formed, the provided article matches its golden
file exactly, and the corpus scores stay above the thresholds kept in the repo."""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from pathlib import Path

import pytest

import factx
from factx.check import (
    Report,
    Score,
    compare,
    corpus,
    exact_differences,
    failures,
    load_thresholds,
    run_check,
)
from factx.models import ArticleFacts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PROVIDED = "bmw-ix1-nb5"


@pytest.mark.parametrize("name,text,gold", list(corpus(FIXTURES)), ids=lambda v: str(v)[:30])
def test_golden_file_is_well_formed(name, text, gold):
    ArticleFacts.model_validate(gold)
    for part in ("entities", "quantities", "dates"):
        for mention in gold[part]:
            assert text[mention["start_char"] : mention["end_char"]] == mention["text"], mention
    ids = [m["id"] for part in ("entities", "quantities", "dates", "facts") for m in gold[part]]
    assert len(ids) == len(set(ids))


def test_provided_article_equals_its_golden_file():
    text = (FIXTURES / "articles" / f"{PROVIDED}.txt").read_text(encoding="utf-8")
    gold = json.loads((FIXTURES / "golden" / f"{PROVIDED}.json").read_text(encoding="utf-8"))
    pred = factx.extract(text, id=PROVIDED).model_dump(mode="json")
    scores: dict[str, Score] = defaultdict(Score)
    differences = compare(gold, pred, scores) + exact_differences(gold, pred)
    assert differences == []
    assert pred["article"]["published"] == gold["article"]["published"]


def test_corpus_stays_above_thresholds():
    report = run_check(FIXTURES, factx.extract)
    assert len(report.articles) >= 1
    assert failures(report, load_thresholds(FIXTURES)) == []


def test_a_negated_claim_emitted_as_positive_is_counted_and_fails_the_check():
    gold = json.loads((FIXTURES / "golden" / f"{PROVIDED}.json").read_text(encoding="utf-8"))
    negated = [f for f in gold["facts"] if f["negated"]]
    assert negated  # the provided article denies a facelift
    pred = copy.deepcopy(gold)
    for fact in pred["facts"]:
        fact["negated"] = False
    scores: dict[str, Score] = defaultdict(Score)
    differences = compare(gold, pred, scores)
    assert (scores["negations"].fp, scores["negations"].tp) == (len(negated), 0)
    assert sum("emitted as positive" in line for line in differences) == len(negated)
    # the corpus thresholds allow none
    report = Report(dict(scores), [])
    assert any(
        line.startswith("negations precision")
        for line in failures(report, load_thresholds(FIXTURES))
    )


def test_names_differing_only_in_case_or_accents_match_but_other_names_do_not():
    gold = json.loads((FIXTURES / "golden" / f"{PROVIDED}.json").read_text(encoding="utf-8"))
    pred = copy.deepcopy(gold)
    fact = next(f for f in pred["facts"] if f["subject"]["variant"])
    fact["subject"]["variant"] = fact["subject"]["variant"].upper()
    model_fact = next(f for f in pred["facts"] if "i" in (f["subject"]["model"] or ""))
    model_fact["subject"]["model"] = model_fact["subject"]["model"].replace("i", "ï", 1)
    entity = pred["entities"][0]
    entity["normalized"] = entity["normalized"].swapcase()
    scores: dict[str, Score] = defaultdict(Score)
    assert compare(gold, pred, scores) == []
    fact["subject"]["variant"] += "X"
    scores = defaultdict(Score)
    assert compare(gold, pred, scores)
    assert scores["facts"].fp == 1


def test_a_variant_written_with_its_model_matches_the_bare_designation():
    gold = json.loads((FIXTURES / "golden" / f"{PROVIDED}.json").read_text(encoding="utf-8"))
    pred = copy.deepcopy(gold)
    fact = next(f for f in pred["facts"] if f["subject"]["variant"] and f["subject"]["model"])
    subject = fact["subject"]
    subject["variant"] = f"{subject['model']} {subject['variant']}"  # "iX1 xDrive30"
    scores: dict[str, Score] = defaultdict(Score)
    assert compare(gold, pred, scores) == []
    subject["variant"] = f"{subject['model']}X {subject['variant']}"
    scores = defaultdict(Score)
    assert compare(gold, pred, scores)
    assert scores["facts"].fp == 1
