"""The public API: ``extract`` one article, ``extract_many`` for batches (``nlp.pipe``)."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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
    #: warnings from reading the input (decoding, HTML reduction), carried into the record
    warnings: list[str] = field(default_factory=list)


def _prepare(item: ArticleInput, force: bool = False) -> ReadArticle:
    read = read_text(
        item.text, published=item.published, source=item.source, article_id=item.id, force=force
    )
    read.warnings[:0] = item.warnings
    return read


def _run(nlp: Language, read: ReadArticle):
    # the reader enforces factx's own size limit; spaCy's max_length must not refuse below it
    nlp.max_length = max(nlp.max_length, len(read.nlp_text) + 1)
    doc = nlp.make_doc(read.nlp_text)
    doc._.published = read.article.published
    return doc


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    id: str | None = None,  # the record's field name
    pipeline: str | Path | Language = DEFAULT_PIPELINE,
    force: bool = False,
) -> ArticleFacts:
    """Extract entities, quantities, dates and facts from one article.

    ``published`` gives the publication date of a plain article (a scraped-page header's date is
    used when it is None); without either, relative dates stay unresolved. Text identified as
    another language than English is skipped with a warning unless ``force``. Input that cannot
    be read (e.g. above the size limit) raises ``factx.errors.InputError``.
    """
    return next(
        extract_many([ArticleInput(text, published, source, id)], pipeline=pipeline, force=force)
    )


def extract_many(
    items: Iterable[ArticleInput],
    *,
    pipeline: str | Path | Language = DEFAULT_PIPELINE,
    batch_size: int = 32,
    force: bool = False,
) -> Iterator[ArticleFacts]:
    """Extract from many articles lazily, in input order, through ``nlp.pipe``."""
    nlp = pipeline if isinstance(pipeline, Language) else load(pipeline)
    reads: deque[ReadArticle] = deque()

    def docs():
        for item in items:
            read = _prepare(item, force)
            reads.append(read)
            yield _run(nlp, read)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        read = reads.popleft()
        yield doc_to_record(doc, read.article, read.text, read.warnings)
