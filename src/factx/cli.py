"""The ``factx`` command: a thin layer over the public API.

Exit codes: 0 all articles done, 1 some articles failed (each recorded), 2 usage or input error.
No traceback reaches the user: errors are reported as one line on stderr.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .models import ArticleFacts

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Extract vehicles, model codes, figures, dates and facts from automotive news.",
)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(f"factx: error: {message}", err=True)
    return typer.Exit(code)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"--published {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _read_file(path: Path) -> str:
    if not path.exists():
        raise fail(f"{path}: no such file")
    if not path.is_file():
        raise fail(f"{path}: not a file")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise fail(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise fail(f"{path}: {exc.strerror or exc}") from None


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files (text).")],
    published: Annotated[
        str | None, typer.Option(help="Publication date for articles without a header.")
    ] = None,
    pipeline: Annotated[str, typer.Option(help="Pipeline name or directory.")] = "automotive",
    indent: Annotated[int, typer.Option(help="JSON indentation (0: one line each).")] = 2,
) -> None:
    """Print each article's ArticleFacts as JSON."""
    from .api import ArticleInput, extract_many

    date = _parse_date(published)
    items = [
        ArticleInput(_read_file(path), date, source=str(path), id=path.name) for path in paths
    ]
    for record in extract_many(items, pipeline=pipeline):
        typer.echo(record.model_dump_json(indent=indent or None))


@app.command()
def schema() -> None:
    """Print the JSON Schema of ArticleFacts."""
    typer.echo(json.dumps(ArticleFacts.model_json_schema(), indent=2))


@app.command()
def batch(
    source: Annotated[Path, typer.Argument(help="A folder of articles.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="JSONL file to write.")],
    pipeline: Annotated[str, typer.Option(help="Pipeline name or directory.")] = "automotive",
) -> None:
    """Extract every article in a folder, one JSON line per article."""
    from rich.progress import Progress

    from .api import ArticleInput, extract_many

    if not source.is_dir():
        raise fail(f"{source}: not a directory")
    paths = sorted(p for p in source.rglob("*") if p.suffix in {".txt", ".md"} and p.is_file())
    items = (
        ArticleInput(p.read_text(encoding="utf-8", errors="replace"), source=str(p),
                     id=str(p.relative_to(source)))
        for p in paths
    )
    with output.open("w", encoding="utf-8") as out, Progress(
        transient=True, console=None, disable=not sys.stderr.isatty()
    ) as progress:
        task = progress.add_task("articles", total=len(paths))
        for record in extract_many(items, pipeline=pipeline):
            out.write(record.model_dump_json() + "\n")
            progress.advance(task)
    typer.echo(f"{len(paths)} articles -> {output}", err=True)


@app.command()
def check(
    fixtures: Annotated[Path, typer.Argument(help="Corpus: articles/ and golden/.")] = Path(
        "fixtures"
    ),
    pipeline: Annotated[str, typer.Option(help="Pipeline name or directory.")] = "automotive",
    differences: Annotated[
        bool, typer.Option("--differences/--no-differences", help="List every difference.")
    ] = True,
) -> None:
    """Score the pipeline against the golden files; exit 1 below thresholds."""
    from rich.console import Console
    from rich.table import Table

    from .api import extract as run_extract
    from .check import failures, load_thresholds, part_totals, run_check

    if not (fixtures / "golden").is_dir():
        raise fail(f"{fixtures}: no golden/ folder")
    try:
        report = run_check(fixtures, lambda text, **kw: run_extract(text, pipeline=pipeline, **kw))
    except (OSError, ValueError) as exc:
        raise fail(str(exc)) from None
    console = Console(stderr=False, width=120)
    table = Table(title=f"factx check: {len(report.articles)} articles")
    for column in ("part", "gold", "found", "precision", "recall", "F1", "value acc."):
        table.add_column(column, justify="left" if column == "part" else "right")
    for part, score in part_totals(report.scores).items():
        table.add_row(
            part,
            str(score.tp + score.fn),
            str(score.tp + score.fp),
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            f"{score.value_accuracy:.3f}",
        )
    console.print(table)
    if differences:
        for article in report.articles:
            lines = article.differences + article.exact_differences
            if lines:
                console.print(f"[bold]{article.name}[/bold]: {len(lines)} differences")
                for line in lines:
                    console.print(f"  {line}", markup=False, highlight=False)
    problems = failures(report, load_thresholds(fixtures))
    for problem in problems:
        typer.echo(f"factx check: FAIL: {problem}", err=True)
    if problems:
        raise typer.Exit(EXIT_SOME_FAILED)
    typer.echo("factx check: OK", err=True)


def main() -> None:
    """Entry point: run the app, turning any unexpected error into one line and exit 2."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("factx: interrupted", err=True)
        sys.exit(130)
