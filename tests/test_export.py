"""Tabular export: one row per fact, CSV and Parquet, error lines skipped, bad input one line."""

from __future__ import annotations

import builtins
import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factx
from factx.cli import app
from factx.export import COLUMNS, ExportError, export, fact_rows, format_number, read_run
from factx.models import (
    AlsoStated,
    Article,
    ArticleError,
    ArticleFacts,
    ErrorInfo,
    Evidence,
    Fact,
    Subject,
)

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

SENTENCE = 'The Scénic "E-Tech", priced from €39,000, reaches 625 km; no AWD, says Renault.'


def _evidence(phrase: str = SENTENCE) -> Evidence:
    start = SENTENCE.index(phrase)
    return Evidence(text=phrase, start_char=start, end_char=start + len(phrase))


def _record(article_id: str = "renault/scenic.txt") -> ArticleFacts:
    subject = Subject(
        name="Renault Scénic E-Tech",
        brand="Renault",
        model="Scénic",
        variant="E-Tech",
        generation="current",
    )
    return ArticleFacts(
        article=Article(id=article_id, published="2026-01-15"),
        facts=[
            Fact(
                id="f1",
                subject=subject,
                predicate="range",
                value=625,
                unit="km",
                also=[AlsoStated(value=388, unit="mi")],
                certainty="official",
                evidence=_evidence(),
            ),
            Fact(
                id="f2",
                subject=subject,
                predicate="price",
                low=39000,
                unit="EUR",
                certainty="official",
                evidence=_evidence(),
            ),
            Fact(
                id="f3",
                subject=subject,
                predicate="drivetrain",
                value="AWD",
                certainty="reported",
                negated=True,
                evidence=_evidence(),
            ),
            Fact(
                id="f4",
                subject=Subject(name="Renault"),
                predicate="market_launch",
                earliest="2026-04-01",
                latest="2026-06-30",
                certainty="speculative",
                evidence=_evidence("says Renault."),
            ),
        ],
    )


def _error_line(article_id: str) -> str:
    error = ArticleError(
        article=Article(id=article_id), error=ErrorInfo(type="InputError", message="too long")
    )
    return error.model_dump_json()


def _write_run(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _run(tmp_path: Path) -> Path:
    return _write_run(
        tmp_path / "run.jsonl",
        _record("a.txt").model_dump_json(),
        _error_line("broken.txt"),
        "",
        _record("b.txt").model_dump_json(),
    )


# --------------------------------------------------------------------------- rows


def test_fact_rows_flatten_subject_value_dates_and_evidence() -> None:
    rows = list(fact_rows(_record()))
    assert [r["fact_id"] for r in rows] == ["f1", "f2", "f3", "f4"]
    assert all(list(r) == list(COLUMNS) for r in rows)
    first = rows[0]
    assert first["article_id"] == "renault/scenic.txt"
    assert first["published"] == dt.date(2026, 1, 15)
    assert (first["subject_brand"], first["subject_model"], first["subject_variant"]) == (
        "Renault",
        "Scénic",
        "E-Tech",
    )
    assert (first["value"], first["value_text"], first["unit"]) == (625.0, None, "km")
    assert first["evidence_text"] == SENTENCE
    assert (first["evidence_start"], first["evidence_end"]) == (0, len(SENTENCE))
    assert (rows[1]["value"], rows[1]["low"], rows[1]["high"]) == (None, 39000.0, None)
    assert (rows[2]["value"], rows[2]["value_text"], rows[2]["negated"]) == (None, "AWD", True)
    assert (rows[3]["earliest"], rows[3]["latest"]) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert rows[3]["subject_model"] is None
    assert SENTENCE[rows[3]["evidence_start"] : rows[3]["evidence_end"]] == "says Renault."


def test_format_number_reads_like_a_figure() -> None:
    assert format_number(625.0) == "625"
    assert format_number(39000.0) == "39,000"
    assert format_number(5.9) == "5.9"
    assert format_number(0.125) == "0.125"


# --------------------------------------------------------------------------- CSV


def test_csv_export_skips_error_lines_and_round_trips(tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    result = runner.invoke(app, ["export", str(_run(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "8 facts" in result.stderr and "1 error lines skipped" in result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["article_id"] for r in rows] == ["a.txt"] * 4 + ["b.txt"] * 4
    assert rows[0]["value"] == "625.0" and rows[0]["published"] == "2026-01-15"
    assert rows[1]["value"] == "" and rows[1]["low"] == "39000.0"
    assert rows[2]["value_text"] == "AWD" and rows[2]["negated"] == "true"
    assert rows[0]["negated"] == "false"
    # quotes, commas and non-ASCII in the evidence survive the CSV round trip
    assert rows[0]["evidence_text"] == SENTENCE


def test_csv_export_of_a_real_run(tmp_path: Path) -> None:
    article = ROOT / "fixtures" / "articles" / "bmw-ix1-nb5.txt"
    record = factx.extract(article.read_text(encoding="utf-8"), id=article.name)
    run = _write_run(tmp_path / "run.jsonl", record.model_dump_json())
    count, skipped = export(run, tmp_path / "facts.csv")
    assert (count, skipped) == (len(record.facts), 0)
    with (tmp_path / "facts.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["predicate"] for r in rows] == [f.predicate for f in record.facts]


# --------------------------------------------------------------------------- Parquet


def test_parquet_export_is_typed(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (factx[parquet])")
    import pyarrow as pa

    out = tmp_path / "facts.parquet"
    result = runner.invoke(app, ["export", str(_run(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.column_names == list(COLUMNS)
    assert table.num_rows == 8
    assert table.schema.field("published").type == pa.date32()
    assert table.schema.field("value").type == pa.float64()
    assert table.schema.field("negated").type == pa.bool_()
    rows = table.to_pylist()
    assert rows[0]["value"] == 625.0 and rows[0]["published"] == dt.date(2026, 1, 15)
    assert rows[2]["value_text"] == "AWD" and rows[2]["negated"] is True
    assert rows[3]["latest"] == dt.date(2026, 6, 30)


def test_parquet_without_pyarrow_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_pyarrow(name: str, *args, **kwargs):
        if name == "pyarrow" or name.startswith("pyarrow."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    out = tmp_path / "facts.parquet"
    result = runner.invoke(app, ["export", str(_run(tmp_path)), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "factx: error: Parquet needs pyarrow: pip install 'factx[parquet]' (or write a .csv)"
    )
    assert not out.exists()


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{not json"], "run.jsonl:1: not JSON"),
        (
            [_record().model_dump_json(), '{"article": {"id": "x"}, "facts": [{"id": 1}]}'],
            "run.jsonl:2: not an ArticleFacts record (facts.0.id:",
        ),
        (['{"article": {"id": "x"}, "error": "boom"}'], "run.jsonl:1: malformed error record"),
    ],
)
def test_malformed_lines_are_named_in_one_line(
    tmp_path: Path, lines: list[str], message: str
) -> None:
    run = _write_run(tmp_path / "run.jsonl", *lines)
    with pytest.raises(ExportError) as caught:
        read_run(run)
    assert message in str(caught.value)
    result = runner.invoke(app, ["export", str(run), "-o", str(tmp_path / "f.csv")])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr


def test_unknown_format_and_missing_run(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(_run(tmp_path)), "-o", str(tmp_path / "f.xlsx")])
    assert result.exit_code == 2 and "use .csv or .parquet" in result.stderr
    result = runner.invoke(
        app, ["export", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "f.csv")]
    )
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_read_run_keeps_records_and_counts_errors(tmp_path: Path) -> None:
    run = read_run(_run(tmp_path))
    assert [r.article.id for r in run.records] == ["a.txt", "b.txt"]
    assert run.skipped_errors == 1
    assert json.loads(run.records[0].model_dump_json())["facts"][0]["value"] == 625.0


def test_unwritable_output_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", str(_run(tmp_path)), "-o", str(tmp_path / "missing" / "facts.csv")]
    )
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factx: error:") and "facts.csv" in lines[0]
