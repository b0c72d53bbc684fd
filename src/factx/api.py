"""The public API: ``extract`` one article, ``extract_many`` for batches (``nlp.pipe``)."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from .models import ArticleFacts
from .pipeline import DEFAULT_PIPELINE, load
from .reader import ReadArticle, read_text
from .records import doc_to_record


@dataclass(slots=True)
class ArticleInput:
    """One article to process: its text plus what the caller knows about it."""

    text: str
    published: dt.date | str | None = None
    source: str | None = None
    id: str | None = None


def _prepare(item: ArticleInput) -> ReadArticle:
    return read_text(item.text, published=item.published, source=item.source, article_id=item.id)


def _run(nlp: Language, read: ReadArticle):
    doc = nlp.make_doc(read.nlp_text)
    doc._.published = read.article.published
    return doc


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    id: str | None = None,  # noqa: A002 - the record's field name
    pipeline: str | Path | Language = DEFAULT_PIPELINE,
) -> ArticleFacts:
    """Extract entities, quantities, dates and facts from one article.

    ``published`` gives the publication date of a plain article (a scraped-page header's date is
    used when it is None); without either, relative dates stay unresolved.
    """
    return next(
        extract_many([ArticleInput(text, published, source, id)], pipeline=pipeline)
    )


def extract_many(
    items: Iterable[ArticleInput],
    *,
    pipeline: str | Path | Language = DEFAULT_PIPELINE,
    batch_size: int = 32,
) -> Iterator[ArticleFacts]:
    """Extract from many articles lazily, in input order, through ``nlp.pipe``."""
    nlp = pipeline if isinstance(pipeline, Language) else load(pipeline)
    reads: deque[ReadArticle] = deque()

    def docs():
        for item in items:
            read = _prepare(item)
            reads.append(read)
            yield _run(nlp, read)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        read = reads.popleft()
        yield doc_to_record(doc, read.article, read.text, read.warnings)
