"""Reading: from raw text (or a file) to an ``Article`` plus the text the pipeline sees.

No spaCy here. The scraped-page header (`` date YYYY-MM-DD `` on the first line) is parsed for
the publication date and then blanked with spaces in the pipeline's copy of the text, so every
offset the pipeline produces still indexes the text exactly as given.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .models import Article

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{1,2})-(\d{1,2})(?=\s)")
_MAX_TITLE_WORDS = 20


@dataclass(slots=True)
class ReadArticle:
    """An article ready for the pipeline: its record, the masked text, and reading warnings."""

    article: Article
    text: str
    nlp_text: str
    warnings: list[str] = field(default_factory=list)


def parse_header(text: str) -> tuple[dt.date | None, int, list[str]]:
    """Return (publication date, end of the header, warnings) for a scraped-page header.

    A text without a header returns ``(None, 0, [])``. A header whose date is impossible
    ("2026-13-45") is still a header: it is masked, warned about, and gives no date.
    """
    match = _HEADER.match(text)
    if match is None:
        return None, 0, []
    year, month, day = (int(g) for g in match.groups())
    end = match.end()
    try:
        return dt.date(year, month, day), end, []
    except ValueError:
        return None, end, [f"header date {match.group(0).strip()!r} is not a calendar date; ignored"]


def guess_title(body: str) -> str | None:
    """The first line of the body when it reads as a headline (short, no closing full stop)."""
    first = body.strip().split("\n", 1)[0].strip()
    if not first or first.endswith((".", "?", "!", ":")):
        return None
    if len(first.split()) > _MAX_TITLE_WORDS:
        return None
    return first


def read_text(
    text: str,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    article_id: str | None = None,
) -> ReadArticle:
    """Prepare one article. A header date wins over ``published`` only when ``published`` is None."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    header_date, header_end, warnings = parse_header(text)
    body = text[header_end:]
    article = Article(
        id=article_id or source or "article",
        source=source,
        published=published if published is not None else header_date,
        title=guess_title(body),
    )
    nlp_text = " " * header_end + body if header_end else text
    return ReadArticle(article=article, text=text, nlp_text=nlp_text, warnings=warnings)
