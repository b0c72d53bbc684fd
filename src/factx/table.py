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
_EVIDENCE_MIN_CONSOLE = 120  # narrower terminals (and pipes, 80) leave the evidence out


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
    if fact.unit and text.plain:
        text.append(f" {fact.unit}")
    also = format_also(fact)
    if also:
        text.append(f" ({also})", style="dim")
    return text


def _when(fact: Fact) -> Text:
    earliest = fact.earliest.isoformat() if fact.earliest else None
    latest = fact.latest.isoformat() if fact.latest else None
    if earliest is None and latest is None:
        return Text("")
    if earliest == latest:
        return Text(str(earliest))
    # a space either side of the dash lets a narrow column wrap between the two dates
    return Text(f"{earliest or '…'} – {latest or '…'}")


def _evidence(fact: Fact) -> Text:
    snippet = " ".join(fact.evidence.text.split())
    if len(snippet) > _EVIDENCE_WIDTH:
        snippet = snippet[: _EVIDENCE_WIDTH - 1] + "…"
    return Text(snippet, style="dim")


def facts_table(record: ArticleFacts, evidence: bool = True) -> Table:
    """One article's facts: subject, predicate, value with unit, dates, certainty, negated.

    Columns that hold article text fold rather than vanish, so the table still reads at 80
    columns (a pipe); ``evidence`` adds a column with the start of each evidence sentence.
    """
    article = record.article
    published = article.published.isoformat() if article.published else "no date"
    table = Table(
        title=Text(f"{article.title or article.id} · {published}"),
        caption=(
            f"{len(record.facts)} facts · {len(record.entities)} entities · "
            f"{len(record.quantities)} quantities · {len(record.dates)} dates"
        ),
        show_lines=not evidence,  # narrow tables wrap rows: rules keep them apart
    )
    table.add_column("subject", overflow="fold", min_width=10)
    table.add_column("predicate", style="magenta", overflow="fold", min_width=10)
    table.add_column("value", overflow="fold", min_width=8)
    table.add_column("when", overflow="fold", min_width=10)
    table.add_column("certainty", no_wrap=True)
    table.add_column("negated", justify="center", no_wrap=True)
    if evidence:
        table.add_column("evidence", overflow="fold", min_width=20)
    for fact in record.facts:
        cells = [
            _subject(fact),
            Text(fact.predicate),
            _value(fact),
            _when(fact),
            Text(fact.certainty, style=_CERTAINTY_STYLE.get(fact.certainty, "")),
            Text("yes", style="bold red") if fact.negated else Text(""),
        ]
        if evidence:
            cells.append(_evidence(fact))
        table.add_row(*cells)
    return table


def print_tables(records: Iterable[ArticleFacts], console: Console | None = None) -> None:
    """Print a table per article (a one-line note for an article without facts)."""
    console = console or Console()
    for record in records:
        if record.facts:
            console.print(facts_table(record, evidence=console.width >= _EVIDENCE_MIN_CONSOLE))
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
