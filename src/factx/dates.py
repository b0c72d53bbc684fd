"""The dates stage (work in progress: finds nothing yet)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc


class DateRecognizer:
    def __init__(self, nlp: Language, data: Path | None) -> None:
        self.data = data

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["dates"] = []
        return doc
