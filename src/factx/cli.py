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


def _read_article(path: Path, published: dt.date | None):
    """One article file as the batch reads it: decoded, HTML reduced, size-checked.

    A missing file or bad bytes is one line on stderr and exit 2.
    """
    from .errors import InputError
    from .sources import Task, load_input

    try:
        item = load_input(Task(id=path.name, source=str(path), path=str(path)))
    except InputError as exc:
        raise fail(str(exc)) from None
    if published is not None:
        item.published = published
    return item


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files (text).")],
    published: Annotated[
        str | None, typer.Option(help="Publication date for articles without a header.")
    ] = None,
    pipeline: Annotated[str, typer.Option(help="Pipeline name or directory.")] = "automotive",
    indent: Annotated[int, typer.Option(help="JSON indentation (0: one line each).")] = 2,
    table: Annotated[bool, typer.Option("--table", help="Show the facts as a table.")] = False,
) -> None:
    """Print each article's ArticleFacts as JSON (or its facts as a table)."""
    from .api import extract_many

    date = _parse_date(published)
    items = [_read_article(path, date) for path in paths]
    if table:
        from .table import print_tables

        print_tables(extract_many(items, pipeline=pipeline))
        return
    for record in extract_many(items, pipeline=pipeline):
        typer.echo(record.model_dump_json(indent=indent or None))


@app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead.")
    ] = None,
) -> None:
    """Print the JSON Schema of ArticleFacts (``-o schema/articlefacts.schema.json``)."""
    text = json.dumps(ArticleFacts.model_json_schema(), indent=2)
    if output is None:
        typer.echo(text)
        return
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise fail(f"{output}: {exc.strerror or exc}") from None


@app.command()
def render(
    paths: Annotated[list[Path], typer.Argument(help="Article files (text, Markdown or HTML).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date for articles without a header.")
    ] = None,
    pipeline: Annotated[str, typer.Option(help="Pipeline name or directory.")] = "automotive",
) -> None:
    """Write one self-contained HTML report: highlighted text and fact table per article."""
    from .api import extract_many
    from .errors import InputError
    from .render import render_report
    from .sources import Task, load_input

    date = _parse_date(published)
    try:
        # read as a batch does: any encoding, HTML reduced to its text (which offsets index)
        items = [load_input(Task(id=p.name, source=str(p), path=str(p))) for p in paths]
        for item in items:
            item.published = date if date is not None else item.published
        records = list(extract_many(items, pipeline=pipeline))
    except InputError as exc:
        raise fail(str(exc)) from None
    pairs = [(item.text, record) for item, record in zip(items, records, strict=True)]
    try:
        output.write_text(render_report(pairs), encoding="utf-8")
    except OSError as exc:
        raise fail(f"{output}: {exc.strerror or exc}") from None
    typer.echo(f"{len(records)} articles -> {output}", err=True)


@app.command()
def export(
    run: Annotated[Path, typer.Argument(help="A JSONL run (factx batch).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="facts.csv or facts.parquet.")],
) -> None:
    """Write one row per fact of a run as CSV or Parquet (error lines are skipped)."""
    from .export import ExportError
    from .export import export as export_run

    try:
        rows, skipped = export_run(run, output)
    except ExportError as exc:
        raise fail(str(exc)) from None
    note = f" ({skipped} error lines skipped)" if skipped else ""
    typer.echo(f"{rows} facts -> {output}{note}", err=True)


@app.command()
def batch(
    source: Annotated[
        Path, typer.Argument(help="A folder (.txt, .md, .html, recursive) or a .jsonl file.")
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="JSONL file to write (one line each).")
    ] = None,
    engine: Annotated[str, typer.Option(help="local (processes) or dask.")] = "local",
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (default: the cores).")
    ] = None,
    ordered: Annotated[bool, typer.Option("--ordered", help="Write in input order.")] = False,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip ids already in OUT and append.")
    ] = False,
    time_limit: Annotated[
        float, typer.Option(help="Seconds per article before it becomes an error line (local).")
    ] = 60.0,
    max_chars: Annotated[
        int | None,
        typer.Option(help="Refuse longer articles (default 1,000,000 or $FACTX_MAX_CHARS)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Extract articles identified as non-English too.")
    ] = False,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster).")
    ] = None,
    parts: Annotated[
        Path | None, typer.Option(help="Dask: write one JSONL part per partition in DIR.")
    ] = None,
    partition_size: Annotated[int, typer.Option(help="Dask: articles per partition.")] = 64,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Default: when a terminal.")
    ] = None,
    pipeline: Annotated[str, typer.Option(help="Pipeline name or directory.")] = "automotive",
) -> None:
    """Extract every article of a folder or JSONL file, one JSON line per article.

    Exit codes: 0 every article done, 1 some articles failed (each has an error line in OUT),
    2 usage or input error (nothing or only part written).
    """
    from .batch import BatchOptions, run_batch
    from .errors import InputError
    from .reader import default_max_chars

    if engine not in ("local", "dask"):
        raise fail(f"--engine {engine!r}: choose local or dask")
    try:
        options = BatchOptions(
            pipeline=pipeline,
            engine=engine,  # type: ignore[arg-type]
            ordered=ordered,
            resume=resume,
            time_limit=time_limit,
            max_chars=max_chars if max_chars is not None else default_max_chars(),
            force=force,
            scheduler=scheduler,
            parts=parts,
            partition_size=partition_size,
        )
        if workers is not None:
            options.workers = workers
        summary = run_batch(source, output, options, progress=progress)
    except InputError as exc:
        raise fail(str(exc)) from None
    target = output if output is not None else parts
    typer.echo(f"factx: {summary.line()} -> {target}", err=True)
    if summary.errors:
        raise typer.Exit(EXIT_SOME_FAILED)


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
    from .errors import InputError

    try:
        app()
    except InputError as exc:  # bad input reaching any command: one line, not a traceback
        typer.echo(f"factx: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        typer.echo("factx: interrupted", err=True)
        sys.exit(130)
