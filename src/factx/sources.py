"""Where batch articles come from: a folder of files or a JSONL export, read lazily.

The main process only *lists* articles (:func:`iter_tasks` yields small picklable
:class:`Task` values: a path, or one JSONL record); each worker *reads* its own article
(:func:`load_input`: bytes -> text -> ``ArticleInput``), so decoding, HTML reduction and bad
input are handled per article, where a failure becomes that article's error line.

* a folder: every ``.txt``, ``.md``, ``.html`` and ``.htm`` file below it, in a stable order
  (sorted names, directory by directory, streamed); an article's id is its path relative to the
  folder, with ``/`` separators;
* a ``.jsonl`` file: one record per line, ``{"id", "text", "published"?, "url"?}``; an id is the
  record's ``id``. A line that is not such a record becomes an error line with id
  ``NAME.jsonl:LINE``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .api import ArticleInput
from .errors import InputError
from .reader import check_size, decode_bytes, default_max_chars, html_to_text, looks_like_html

#: File suffixes read from a folder (lower case).
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")
#: UTF-8 needs at most 4 bytes a character: a file above 4 x the limit is refused unread.
_MAX_BYTES_PER_CHAR = 4


@dataclass(slots=True)
class Task:
    """One article to read and extract; small and picklable (a path, or one JSONL record)."""

    id: str
    source: str
    path: str | None = None
    text: str | None = None
    published: str | None = None
    url: str | None = None
    #: the message for a record already known to be bad when listed
    error: str | None = None
    #: position in the batch (set by the batch runner, used for ``--ordered``)
    seq: int = 0


def check_source(source: Path) -> str:
    """Return the kind of SOURCE ("folder" or "jsonl"), or raise ``InputError``."""
    if not source.exists():
        raise InputError(f"{source}: no such file or directory")
    if source.is_dir():
        if not os.access(source, os.R_OK | os.X_OK):
            raise InputError(f"{source}: permission denied")
        return "folder"
    if source.suffix.lower() == ".jsonl" and source.is_file():
        if not os.access(source, os.R_OK):
            raise InputError(f"{source}: permission denied")
        return "jsonl"
    raise InputError(f"{source}: not a folder or a .jsonl file")


def iter_tasks(source: Path) -> Iterator[Task]:
    """List SOURCE's articles lazily, in a stable order (raises ``InputError`` for SOURCE)."""
    kind = check_source(source)
    return _iter_folder(source) if kind == "folder" else _iter_jsonl(source)


def count_tasks(source: Path) -> int:
    """How many articles SOURCE holds (a cheap pass: names or lines, nothing decoded)."""
    if check_source(source) == "folder":
        return sum(1 for _ in _iter_folder(source))
    with source.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _iter_folder(root: Path) -> Iterator[Task]:
    def walk(directory: Path) -> Iterator[Path]:
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                yield from walk(Path(entry.path))
            elif entry.name.lower().endswith(ARTICLE_SUFFIXES):
                yield Path(entry.path)

    for path in walk(root):
        article_id = path.relative_to(root).as_posix()
        yield Task(id=article_id, source=str(path), path=str(path))


def _iter_jsonl(path: Path) -> Iterator[Task]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            yield _record_task(raw, f"{path.name}:{number}", str(path))


def _record_task(raw: bytes, where: str, source: str) -> Task:
    def bad(message: str) -> Task:
        return Task(id=where, source=source, error=f"{where}: {message}")

    try:
        record = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        return bad("not a JSON line")
    if not isinstance(record, dict):
        return bad("not a JSON object")
    article_id = record.get("id")
    if isinstance(article_id, (int, float)) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id:
        return bad("record has no string 'id'")
    text = record.get("text")
    if not isinstance(text, str):
        return Task(id=article_id, source=source, error=f"{where}: record has no string 'text'")
    published, url = record.get("published"), record.get("url")
    return Task(
        id=article_id,
        source=url if isinstance(url, str) and url else source,
        text=text,
        published=published if isinstance(published, str) else None,
        url=url if isinstance(url, str) else None,
    )


def _parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        raise InputError(f"published {value!r} is not an ISO date") from None


def read_file(path: Path, max_chars: int | None = None) -> tuple[str, list[str]]:
    """Read one article file as text (decoded, size-checked); raises ``InputError``."""
    limit = default_max_chars() if max_chars is None else max_chars
    try:
        size = path.stat().st_size
        if size > limit * _MAX_BYTES_PER_CHAR:
            check_size(size, limit, unit="bytes")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    text, warnings = decode_bytes(data)
    check_size(len(text), limit)
    return text, warnings


def load_input(task: Task, max_chars: int | None = None) -> ArticleInput:
    """Turn a listed article into an ``ArticleInput`` (in the worker); raises ``InputError``."""
    if task.error is not None:
        raise InputError(task.error)
    published = _parse_published(task.published)
    if task.path is not None:
        path = Path(task.path)
        text, warnings = read_file(path, max_chars)
        is_html = path.suffix.lower() in _HTML_SUFFIXES
        if not is_html and looks_like_html(text):
            is_html = True
            warnings.append(f"HTML detected in a {path.suffix or 'suffix-less'} file")
    else:
        text, warnings = task.text or "", []
        check_size(len(text), max_chars)
        is_html = looks_like_html(text)
        if is_html:
            warnings.append("HTML detected in the record's text")
    if is_html:
        text, page_date, html_warnings = html_to_text(text, url=task.url)
        warnings.extend(html_warnings)
        published = published or page_date
    return ArticleInput(text, published, source=task.source, id=task.id, warnings=warnings)
