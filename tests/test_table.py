"""The terminal fact table (``factx extract --table``)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

import factx
from factx.cli import app
from factx.models import AlsoStated, Article, ArticleFacts, Evidence, Fact, Subject
from factx.table import print_tables

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "fixtures" / "articles" / "bmw-ix1-nb5.txt"

SENTENCE = "The [bold]Polestar 4[/bold] long range reaches 620 km (385 miles), not 700 km."


def _record() -> ArticleFacts:
    evidence = Evidence(text=SENTENCE, start_char=0, end_char=len(SENTENCE))
    subject = Subject(name="Polestar 4", brand="Polestar", model="4", variant="Long Range")
    return ArticleFacts(
        article=Article(id="polestar-4.txt", published="2026-05-02"),
        facts=[
            Fact(
                id="f1",
                subject=subject,
                predicate="range",
                value=620,
                unit="km",
                also=[AlsoStated(value=385, unit="mi")],
                certainty="official",
                evidence=evidence,
            ),
            Fact(
                id="f2",
                subject=subject,
                predicate="range",
                value=700,
                unit="km",
                certainty="official",
                negated=True,
                evidence=evidence,
            ),
            Fact(
                id="f3",
                subject=subject,
                predicate="market_launch",
                earliest="2026-09-01",
                latest="2026-12-31",
                certainty="speculative",
                evidence=evidence,
            ),
        ],
    )


def _render(record: ArticleFacts, width: int = 200) -> str:
    console = Console(record=True, width=width, color_system=None)
    print_tables([record], console)
    return console.export_text()


def _rows(output: str) -> list[list[str]]:
    """The table's lines as cells: the header first, then one list per line of the body."""
    rows = []
    for line in output.splitlines():
        if line.startswith(("│", "┃")):
            rows.append([cell.strip() for cell in line.replace("┃", "│").split("│")[1:-1]])
    return rows


def test_table_shows_every_fact_with_its_columns() -> None:
    output = _render(_record())
    assert "polestar-4.txt · 2026-05-02" in output
    assert "3 facts" in output
    header, *rows = _rows(output)
    assert header == ["subject", "predicate", "value", "when", "certainty", "negated", "evidence"]
    assert rows[0][:6] == [
        "Polestar 4 (Long Range)",
        "range",
        "620 km (385 mi)",
        "",
        "official",
        "",
    ]
    assert rows[1][1:6] == ["range", "700 km", "", "official", "yes"]
    assert rows[2][1:6] == ["market_launch", "", "2026-09-01 – 2026-12-31", "speculative", ""]
    assert all(row[6].startswith("The [bold]Polestar 4[/bold] long range") for row in rows)
    assert all(len(row[6]) <= 60 and row[6].endswith("…") for row in rows)


def test_narrow_console_folds_columns_instead_of_dropping_them() -> None:
    """At 80 columns (a pipe's width) no column collapses; the evidence column is left out."""
    output = _render(_record(), width=80)
    assert max(len(line) for line in output.splitlines()) <= 80
    header, *_ = _rows(output)
    assert header[:6] == ["subject", "predicate", "value", "when", "certainty", "negated"]
    assert "evidence" not in output
    widths = [len(cell) for cell in output.splitlines()[2].split("┃")[1:-1]]
    assert min(widths) >= 9  # every column kept its minimum width (plus padding)
    flat = " ".join(output.split())
    for word in ("Polestar", "620", "385", "market_", "2026-09-01", "speculative", "yes"):
        assert word in flat


def test_article_text_is_not_read_as_markup() -> None:
    output = _render(_record())
    assert "[bold]Polestar" in output


def test_article_without_facts_is_one_line() -> None:
    console = Console(record=True, width=200, color_system=None)
    record = ArticleFacts(article=Article(id="empty.txt"), warnings=["no English text"])
    print_tables([record], console)
    lines = console.export_text().strip().splitlines()
    assert lines == [
        "empty.txt · no date: no facts (0 entities, 0 quantities, 0 dates)",
        "warning: no English text",
    ]


def test_extract_table_option_prints_the_pipeline_facts() -> None:
    result = CliRunner().invoke(app, ["extract", str(ARTICLE), "--table"], env={"COLUMNS": "220"})
    assert result.exit_code == 0, result.output
    assert "{" not in result.stdout  # a table, not JSON
    record = factx.extract(ARTICLE.read_text(encoding="utf-8"), id=ARTICLE.name)
    if record.facts:
        heading = record.article.title or ARTICLE.name
        assert f"{heading} · 2026-02-24" in " ".join(result.stdout.split())
        assert f"{len(record.facts)} facts" in result.stdout
        for fact in record.facts:
            assert fact.predicate in result.stdout
    else:
        assert f"{ARTICLE.name} · 2026-02-24: no facts" in result.stdout
