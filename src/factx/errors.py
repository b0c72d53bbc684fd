"""Errors factx reports to its user as one line (never a traceback).

``InputError`` is raised for input factx cannot read as an article (missing, not text, too
large, an HTML page with no main text, a bad JSONL record). Its ``kind`` is the short name a
batch writes in an error line's ``error.type``; ``str(error)`` is the one-line message.
"""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot be read as an article; the message is one line for the user."""

    kind = "input"

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class NotTextError(InputError):
    """Binary data: NUL bytes, or bytes no text encoding decodes plausibly."""

    kind = "not_text"


class TooLargeError(InputError):
    """An article above the configured size limit (``max_chars``)."""

    kind = "too_large"


class EmptyHTMLError(InputError):
    """An HTML page from which no main text could be extracted."""

    kind = "html"
