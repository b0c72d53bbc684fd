"""Reading: from raw text (or bytes, or an HTML page) to an ``Article`` plus the text the
pipeline sees.

No spaCy here. The scraped-page header (`` date YYYY-MM-DD `` on the first line) is parsed for
the publication date and then blanked with spaces in the pipeline's copy of the text, so every
offset the pipeline produces still indexes the text exactly as given (for bytes: the decoded
text; for an HTML page: the main text extracted from it).

Bad input never raises anything but :class:`factx.errors.InputError` (one-line message):

* bytes with NUL characters, or that no plausible encoding decodes -> ``NotTextError``;
* non-UTF-8 text (cp1252, latin-1, ...) -> decoded with the detected encoding, plus a warning;
* an HTML page -> reduced to its main text (trafilatura) and date (htmldate), plus a warning;
* empty or blank text -> nothing to extract, a warning;
* text in another language (py3langid) -> ``article.language`` set, extraction skipped with a
  warning unless ``force``;
* text longer than ``max_chars`` -> ``TooLargeError``. The limit defaults to
  :data:`DEFAULT_MAX_CHARS` (1,000,000 characters, spaCy's own default ``max_length``) and is set
  with the ``FACTX_MAX_CHARS`` environment variable or ``factx batch --max-chars``.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import EmptyHTMLError, InputError, NotTextError, TooLargeError
from .models import Article

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{1,2})-(\d{1,2})(?=\s)")
_MAX_TITLE_WORDS = 20

#: Default size limit of one article, in characters (see the module docstring).
DEFAULT_MAX_CHARS = 1_000_000
#: The language factx's rules are written for.
ENGLISH = "en"
#: Language identification: only this much of the text is looked at (it is enough and fast).
_LANGUAGE_SAMPLE = 1000
#: ... and a language is reported only with this much text and this confidence.
_LANGUAGE_MIN_LETTERS = 40
_LANGUAGE_MIN_PROB = 0.9
#: The English fast path: words that are English and rarely words of other languages.
_ENGLISH_FUNCTION_WORDS = frozenset(
    (
        "the",
        "of",
        "and",
        "that",
        "for",
        "with",
        "said",
        "is",
        "are",
        "by",
        "from",
        "has",
        "have",
        "will",
        "this",
        "which",
        "be",
        "its",
        "their",
        "were",
        "been",
        "would",
        "not",
        "but",
        "they",
        "he",
        "his",
        "who",
    )
)
_WORD = re.compile(r"[^\W\d_]+")
_FAST_MIN_WORDS = 30
_FAST_MIN_SHARE = 0.10
#: Encodings tried first for non-UTF-8 bytes: news text in Western languages.
_WESTERN = ("cp1252", "latin_1")
#: Above this share of chaos (mojibake) a decoding is rejected as "not text".
_MAX_CHAOS = 0.3
#: ... and so is text with more than this share of control characters (other than whitespace).
_MAX_CONTROL = 0.01
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")

_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|li|ul|table|tr|td|script|style|meta|article|section|nav)\b[^>]*>",
    re.I,
)


@dataclass(slots=True)
class ReadArticle:
    """An article ready for the pipeline: its record, the masked text, and reading warnings.

    ``nlp_text`` is empty when there is nothing to extract (blank text, a skipped language).
    """

    article: Article
    text: str
    nlp_text: str
    warnings: list[str] = field(default_factory=list)


def default_max_chars() -> int:
    """The size limit in characters: ``FACTX_MAX_CHARS`` when set, else the default."""
    value = os.environ.get("FACTX_MAX_CHARS")
    if not value:
        return DEFAULT_MAX_CHARS
    try:
        limit = int(value)
    except ValueError:
        raise InputError(f"FACTX_MAX_CHARS={value!r} is not a whole number") from None
    if limit <= 0:
        raise InputError(f"FACTX_MAX_CHARS={value!r} must be positive")
    return limit


def check_size(length: int, max_chars: int | None = None, *, unit: str = "characters") -> None:
    """Raise ``TooLargeError`` when an article of ``length`` exceeds the limit."""
    limit = default_max_chars() if max_chars is None else max_chars
    if length > limit:
        raise TooLargeError(
            f"article too large: {length:,} {unit} > limit of {limit:,} characters "
            "(raise it with --max-chars or FACTX_MAX_CHARS)"
        )


# --------------------------------------------------------------------------- bytes


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode an article file's bytes: UTF-8 when it is, else a detected encoding (warned).

    NUL bytes (outside a UTF-16/32 byte-order mark) or bytes no encoding decodes plausibly
    raise ``NotTextError``.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=["utf_16", "utf_32"]).best()
        if best is not None:
            return str(best), [f"decoded as {best.encoding} (byte-order mark), not UTF-8"]
    if b"\x00" in data:
        raise NotTextError("not text: the data contains NUL bytes (binary file?)")
    try:
        return _text_only(data.decode("utf-8-sig")), []
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_WESTERN)).best()
    if best is None or best.chaos > _MAX_CHAOS:
        best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise NotTextError("not text: the data is not UTF-8 and no text encoding decodes it")
    return _text_only(str(best)), [
        f"not UTF-8: decoded as {best.encoding} (detected); offsets index the decoded text"
    ]


def _text_only(text: str) -> str:
    """Refuse decoded data that is mostly control characters: binary that happened to decode."""
    if text and len(_CONTROL.findall(text[:20000])) > _MAX_CONTROL * min(len(text), 20000):
        raise NotTextError("not text: the data is full of control characters (binary file?)")
    return text


# --------------------------------------------------------------------------- HTML


def looks_like_html(text: str) -> bool:
    """An HTML page rather than prose: a document start, or markup tags throughout."""
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 5


def html_to_text(html: str, *, url: str | None = None) -> tuple[str, dt.date | None, list[str]]:
    """Reduce an HTML page to (main text, publication date, warnings).

    trafilatura extracts the main text (no menus, footers, comments); htmldate finds the
    publication date. A page with no main text raises ``EmptyHTMLError``.
    """
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or not text.strip():
        raise EmptyHTMLError("HTML page with no main text to extract")
    published = None
    try:
        found = find_date(html, url=url, extensive_search=False, original_date=True)
    except Exception:  # htmldate on odd markup: no date rather than no article
        found = None
    if found:
        try:
            published = dt.date.fromisoformat(found)
        except ValueError:
            published = None
    return text, published, ["HTML page reduced to its main text; offsets index that text"]


# --------------------------------------------------------------------------- language


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _clearly_english(sample: str) -> bool:
    """A fast path: English function words make up a good share of the words.

    English news runs at about 20% of these words; other languages written in Latin script at
    0-2%. Only a clear case is decided here; anything else goes to the language identifier.
    """
    words = _WORD.findall(sample)
    if len(words) < _FAST_MIN_WORDS:
        return False
    hits = sum(word.lower() in _ENGLISH_FUNCTION_WORDS for word in words)
    return hits >= _FAST_MIN_SHARE * len(words)


def identify_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short or not clear enough.

    Clearly English text is recognised by its function words without loading the model;
    everything else goes to py3langid.
    """
    sample = text[:_LANGUAGE_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < _LANGUAGE_MIN_LETTERS:
        return None
    if _clearly_english(sample):
        return ENGLISH
    language, prob = _identifier().classify(sample)
    return str(language) if prob >= _LANGUAGE_MIN_PROB else None


# --------------------------------------------------------------------------- text


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
        header = match.group(0).strip()
        return None, end, [f"header date {header!r} is not a calendar date; ignored"]


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
    force: bool = False,
    max_chars: int | None = None,
) -> ReadArticle:
    """Prepare one article. A header date wins over ``published`` only when ``published`` is None.

    Raises ``TooLargeError`` above the size limit. Blank text, and text identified as another
    language than English (unless ``force``), give an empty ``nlp_text`` and a warning.
    """
    check_size(len(text), max_chars)
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            raise InputError(f"published {published!r} is not an ISO date (YYYY-MM-DD)") from None
    header_date, header_end, warnings = parse_header(text)
    body = text[header_end:]
    article = Article(
        id=article_id or source or "article",
        source=source,
        published=published if published is not None else header_date,
        title=guess_title(body),
        language=identify_language(body),
    )
    nlp_text = " " * header_end + body if header_end else text
    if not body.strip():
        warnings.append("empty text: nothing to extract")
        nlp_text = ""
    elif looks_like_html(body):
        warnings.append("text looks like HTML markup, not prose (read the page with factx.sources)")
    if article.language not in (None, ENGLISH):
        if force:
            warnings.append(f"language {article.language!r} is not English; extracted as forced")
        else:
            warnings.append(
                f"language {article.language!r} is not English: extraction skipped (force to run)"
            )
            nlp_text = ""
    return ReadArticle(article=article, text=text, nlp_text=nlp_text, warnings=warnings)
