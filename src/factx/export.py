"""Tabular exports: one row per fact, for pandas, DuckDB or a spreadsheet.

Works on ``factx.models`` records only (no spaCy), so a finished run can be exported without
loading the pipeline. CSV needs nothing extra; Parquet needs the optional ``pyarrow``
(``pip install 'factx[parquet]'``), imported only when a Parquet file is written.

A fact's ``value`` is a number or a string (a drivetrain, a platform name); a column has one
type, so numbers go to ``value`` and strings to ``value_text``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .models import ArticleError, ArticleFacts, Fact

#: Column order of every export; ``parquet_schema`` gives their types.
COLUMNS: tuple[str, ...] = (
    "article_id",
    "published",
    "fact_id",
    "subject_name",
    "subject_brand",
    "subject_model",
    "subject_code",
    "subject_variant",
    "subject_generation",
    "predicate",
    "value",
    "value_text",
    "low",
    "high",
    "unit",
    "earliest",
    "latest",
    "certainty",
    "negated",
    "evidence_text",
    "evidence_start",
    "evidence_end",
)

_FLOAT = {"value", "low", "high"}
_DATE = {"published", "earliest", "latest"}
_INT = {"evidence_start", "evidence_end"}
_BOOL = {"negated"}


class ExportError(Exception):
    """Bad input or an unusable output: the message is one line for the user."""


# --------------------------------------------------------------------------- display helpers


def format_number(number: float) -> str:
    """A figure as people write it: no trailing ``.0``, no exponent, thousands grouped."""
    if number != number or number in (float("inf"), float("-inf")):  # NaN / inf
        return str(number)
    if float(number).is_integer():
        return f"{int(number):,}"
    text = f"{number:,.6f}".rstrip("0").rstrip(".")
    return text


def format_value(fact: Fact) -> str:
    """The fact's value for display: a figure, a range ``low–high``, a bound, or a string."""
    if isinstance(fact.value, str):
        return fact.value
    if fact.value is not None:
        return format_number(fact.value)
    if fact.low is not None and fact.high is not None:
        return f"{format_number(fact.low)}–{format_number(fact.high)}"
    if fact.low is not None:
        return f"≥ {format_number(fact.low)}"
    if fact.high is not None:
        return f"≤ {format_number(fact.high)}"
    return ""


def format_also(fact: Fact) -> str:
    """Restatements in other units, e.g. ``298 mi``; empty when there are none."""
    parts = []
    for also in fact.also:
        if also.value is not None:
            figure = format_number(also.value)
        elif also.low is not None and also.high is not None:
            figure = f"{format_number(also.low)}–{format_number(also.high)}"
        else:
            figure = format_number(also.low if also.low is not None else also.high or 0.0)
        parts.append(f"{figure} {also.unit}")
    return ", ".join(parts)


# --------------------------------------------------------------------------- rows


def fact_rows(record: ArticleFacts) -> Iterator[dict[str, Any]]:
    """One flat row per fact of an article, keyed by ``COLUMNS`` (Python values, not strings)."""
    for fact in record.facts:
        numeric = fact.value if isinstance(fact.value, (int, float)) else None
        yield {
            "article_id": record.article.id,
            "published": record.article.published,
            "fact_id": fact.id,
            "subject_name": fact.subject.name,
            "subject_brand": fact.subject.brand,
            "subject_model": fact.subject.model,
            "subject_code": fact.subject.code,
            "subject_variant": fact.subject.variant,
            "subject_generation": fact.subject.generation,
            "predicate": fact.predicate,
            "value": float(numeric) if numeric is not None else None,
            "value_text": fact.value if isinstance(fact.value, str) else None,
            "low": fact.low,
            "high": fact.high,
            "unit": fact.unit,
            "earliest": fact.earliest,
            "latest": fact.latest,
            "certainty": fact.certainty,
            "negated": fact.negated,
            "evidence_text": fact.evidence.text,
            "evidence_start": fact.evidence.start_char,
            "evidence_end": fact.evidence.end_char,
        }


@dataclass(slots=True)
class Run:
    """The articles of a JSONL run, and how many error lines were skipped."""

    records: list[ArticleFacts] = field(default_factory=list)
    skipped_errors: int = 0


def read_run(path: Path) -> Run:
    """Read a ``factx batch`` JSONL file; error lines are counted and skipped.

    A line that is neither an ``ArticleFacts`` nor an ``ArticleError`` record means the file is
    not a factx run: that raises ``ExportError`` naming the line, rather than dropping data.
    """
    if not path.is_file():
        raise ExportError(f"{path}: no such file")
    run = Run()
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ExportError(f"{path}:{number}: not JSON ({exc.msg})") from None
                if isinstance(data, dict) and "error" in data:
                    try:
                        ArticleError.model_validate(data)
                    except ValidationError:
                        raise ExportError(f"{path}:{number}: malformed error record") from None
                    run.skipped_errors += 1
                    continue
                try:
                    run.records.append(ArticleFacts.model_validate(data))
                except ValidationError as exc:
                    first = exc.errors()[0]
                    where = ".".join(str(p) for p in first["loc"]) or "record"
                    raise ExportError(
                        f"{path}:{number}: not an ArticleFacts record ({where}: {first['msg']})"
                    ) from None
    except UnicodeDecodeError:
        raise ExportError(f"{path}: not UTF-8 text") from None
    return run


# --------------------------------------------------------------------------- writers


def _csv_cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_csv(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Write rows as CSV (header first, empty cell for null); return the number of rows."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_csv_cell(name, row[name]) for name in COLUMNS])
            count += 1
    return count


def _import_pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # makes pyarrow.parquet available below
    except ImportError:
        raise ExportError(
            "Parquet needs pyarrow: pip install 'factx[parquet]' (or write a .csv)"
        ) from None
    return pyarrow


def parquet_schema(pa: Any) -> Any:
    """The typed Arrow schema of an export (dates as date32, offsets as int64)."""
    fields = []
    for name in COLUMNS:
        if name in _FLOAT:
            kind = pa.float64()
        elif name in _DATE:
            kind = pa.date32()
        elif name in _INT:
            kind = pa.int64()
        elif name in _BOOL:
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


def write_parquet(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Write rows as a typed Parquet file; return the number of rows."""
    pa = _import_pyarrow()
    rows = list(rows)
    table = pa.Table.from_pylist(rows, schema=parquet_schema(pa))
    pa.parquet.write_table(table, path)
    return len(rows)


def export(run_path: Path, output: Path) -> tuple[int, int]:
    """Export a JSONL run to ``output`` (``.csv`` or ``.parquet``); return (rows, skipped)."""
    suffix = output.suffix.lower()
    if suffix not in {".csv", ".parquet"}:
        raise ExportError(f"{output}: unknown format {suffix or '(none)'}; use .csv or .parquet")
    if suffix == ".parquet":
        _import_pyarrow()  # fail before reading a large run
    run = read_run(run_path)
    rows = (row for record in run.records for row in fact_rows(record))
    try:
        count = write_csv(rows, output) if suffix == ".csv" else write_parquet(rows, output)
    except OSError as exc:
        raise ExportError(f"{output}: {exc.strerror or exc}") from None
    return count, run.skipped_errors
