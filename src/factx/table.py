"""The terminal view: an article's facts as a rich table (``factx extract --table``).

Works on ``factx.models`` records only (no spaCy). Text from articles is printed as plain
``Text`` objects, never parsed as rich markup, so a ``[bold]`` in an article stays literal.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .export import format_also, format_value
from .models import ArticleFacts, Fact

_CERTAINTY_STYLE = {"official": "green", "reported": "cyan", "speculative": "yellow"}
_EVIDENCE_WIDTH = 60


def _subject(fact: Fact) -> Text:
    text = Text(fact.subject.name, style="bold")
    details = [
        str(value)
        for name in ("code", "variant", "generation")
        if (value := getattr(fact.subject, name)) and str(value) not in fact.subject.name
    ]
    if details:
        text.append(f" ({', '.join(details)})", style="dim")
    return text


def _value(fact: Fact) -> Text:
    text = Text(format_value(fact))
    also = format_also(fact)
    if also:
        text.append(f" ({also})", style="dim")
    return text


def _evidence(fact: Fact) -> Text:
    snippet = " ".join(fact.evidence.text.split())
    if len(snippet) > _EVIDENCE_WIDTH:
        snippet = snippet[: _EVIDENCE_WIDTH - 1] + "…"
    return Text(snippet, style="dim")


def facts_table(record: ArticleFacts) -> Table:
    """One article's facts: subject, predicate, value, unit, dates, certainty, negated, evidence."""
    article = record.article
    published = article.published.isoformat() if article.published else "no date"
    table = Table(
        title=Text(f"{article.title or article.id} · {published}"),
        caption=(
            f"{len(record.facts)} facts · {len(record.entities)} entities · "
            f"{len(record.quantities)} quantities · {len(record.dates)} dates"
        ),
        show_lines=False,
        expand=False,
    )
    table.add_column("subject", overflow="fold")
    table.add_column("predicate", style="magenta", no_wrap=True)
    table.add_column("value", justify="right", overflow="fold")
    table.add_column("unit", no_wrap=True)
    table.add_column("earliest", no_wrap=True)
    table.add_column("latest", no_wrap=True)
    table.add_column("certainty", no_wrap=True)
    table.add_column("negated", justify="center", no_wrap=True)
    table.add_column("evidence", overflow="fold")
    for fact in record.facts:
        table.add_row(
            _subject(fact),
            Text(fact.predicate),
            _value(fact),
            Text(fact.unit or ""),
            Text(fact.earliest.isoformat() if fact.earliest else ""),
            Text(fact.latest.isoformat() if fact.latest else ""),
            Text(fact.certainty, style=_CERTAINTY_STYLE.get(fact.certainty, "")),
            Text("yes", style="bold red") if fact.negated else Text(""),
            _evidence(fact),
        )
    return table


def print_tables(records: Iterable[ArticleFacts], console: Console | None = None) -> None:
    """Print a table per article (a one-line note for an article without facts)."""
    console = console or Console()
    for record in records:
        if record.facts:
            console.print(facts_table(record))
        else:
            published = record.article.published
            console.print(
                Text(
                    f"{record.article.id} · {published.isoformat() if published else 'no date'}"
                    f": no facts ({len(record.entities)} entities, "
                    f"{len(record.quantities)} quantities, {len(record.dates)} dates)"
                )
            )
        for warning in record.warnings:
            console.print(Text(f"warning: {warning}", style="yellow"))
