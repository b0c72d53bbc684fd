"""Resolving: turn a processed Doc into validated ``ArticleFacts`` records.

This is the only place pydantic records are built from spans, so validation happens once and
offsets are taken from spans of the same text the caller gave (the reader only masks the header
with spaces of the same length).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span

from .models import Article, ArticleFacts, DateMention, Entity, Quantity


def _mention(span: Span, text: str, prefix: str, index: int) -> dict:
    start, end = span.start_char, span.end_char
    return {"id": f"{prefix}{index}", "text": text[start:end], "start_char": start, "end_char": end}


def doc_to_record(doc: Doc, article: Article, text: str, warnings: list[str]) -> ArticleFacts:
    """Build the article's records; ``text`` is the text as the caller gave it."""
    entities = [
        Entity(
            **_mention(span, text, "e", i),
            label=span.label_,
            normalized=span._.normalized or span.text,
            brand=span._.brand,
            model=span._.model,
            code=span._.code,
            generation=span._.generation,
        )
        for i, span in enumerate((s for s in doc.spans.get("vehicles", []) if not s._.group), 1)
    ]

    quantity_ids: dict[tuple[int, int], str] = {}
    quantity_spans = list(doc.spans.get("quantities", []))
    for i, span in enumerate(quantity_spans, 1):
        quantity_ids[(span.start_char, span.end_char)] = f"q{i}"
    quantities = []
    for i, span in enumerate(quantity_spans, 1):
        measure = span._.measure
        restates = span._.restates
        quantities.append(
            Quantity(
                **_mention(span, text, "q", i),
                **dataclasses.asdict(measure),
                restates=quantity_ids.get(tuple(restates)) if restates else None,
            )
        )

    dates = []
    for i, span in enumerate(doc.spans.get("dates", []), 1):
        interval = span._.interval
        dates.append(
            DateMention(
                **_mention(span, text, "d", i),
                earliest=interval.earliest,
                latest=interval.latest,
                granularity=interval.granularity,
                modifier=interval.modifier,
                resolved=interval.resolved,
            )
        )

    facts = [fact.model_copy(update={"id": f"f{i}"}) for i, fact in enumerate(doc._.facts or [], 1)]
    return ArticleFacts(
        article=article,
        entities=entities,
        quantities=quantities,
        dates=dates,
        facts=facts,
        warnings=list(warnings),
    )
