"""Every spaCy factory factx registers, in one place.

Each factory only builds the stage object from its module; the stage modules hold the logic and
read their rule data from the pipeline directory (``paths.data`` in the config).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex, registry


@registry.tokenizers("factx.Tokenizer.v1")
def make_tokenizer() -> Callable[[Language], Tokenizer]:
    """The language's default tokenizer, keeping graded trim names ("SX(O)") whole: the
    default one cuts them after the letter ("SX(O", ")"), leaving neither half a name. It also
    cuts a sentence's full stop off a name or unit written in mixed case ("the BMW iX.",
    "charges at 100kW.", "13.3km/L."), which the default keeps on the word."""

    def create(nlp: Language) -> Tokenizer:
        from .vehicles import GRADED_NAME

        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        suffixes = [
            *(nlp.Defaults.suffixes or ()),
            r"(?<=[a-z][A-Z])\.",
            r"(?<=/[A-Z])\.",  # "13.3km/L.": a unit's letter after a slash, not an initial
            r"(?<=[0-9][A-Z])\.",  # "rated at 400V."
        ]
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        default = tokenizer.token_match

        def token_match(text: str) -> bool:
            return bool(GRADED_NAME.fullmatch(text)) or bool(default and default(text))

        tokenizer.token_match = token_match
        return tokenizer

    return create


@Language.factory("factx_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()


@Language.factory("factx_keep_names_whole")
def make_keep_names_whole(nlp: Language, name: str) -> KeepNamesWhole:
    return KeepNamesWhole()


@Language.factory("factx_vehicles", default_config={"data": None})
def make_vehicles(nlp: Language, name: str, data: str | None):
    from .vehicles import VehicleRecognizer

    return VehicleRecognizer(nlp, Path(data) if data else None)


@Language.factory("factx_quantities", default_config={"data": None})
def make_quantities(nlp: Language, name: str, data: str | None):
    from .quantities import QuantityRecognizer

    return QuantityRecognizer(nlp, Path(data) if data else None)


@Language.factory(
    "factx_dates",
    default_config={"data": None, "hemisphere": "northern", "vague_references": False},
)
def make_dates(nlp: Language, name: str, data: str | None, hemisphere: str, vague_references: bool):
    from .dates import DateRecognizer

    return DateRecognizer(nlp, Path(data) if data else None, hemisphere, vague_references)


@Language.factory("factx_facts", default_config={"data": None})
def make_facts(nlp: Language, name: str, data: str | None):
    from .facts import FactBuilder

    return FactBuilder(nlp, Path(data) if data else None)


class ParagraphBreaks:
    """Start a sentence after every blank line and after the masked header.

    The rule-based sentencizer splits on punctuation only; news text also breaks at headings
    and paragraph ends that carry no full stop.
    """

    def __call__(self, doc: Doc) -> Doc:
        # one array round trip: setting Token.is_sent_start re-checks the whole Doc each time
        starts = doc.to_array([SENT_START]).view("int64")  # -1 marks "not a start"
        for i, token in enumerate(doc[:-1]):
            if token.is_space and ("\n" in token.text or i == 0):
                if i > 0:
                    starts[i] = -1
                starts[i + 1] = 1
        doc.from_array([SENT_START], starts.view("uint64").reshape(-1, 1))
        return doc


class KeepNamesWhole:
    """Undo sentence breaks inside a vehicle name ("the Volkswagen ID. Polo").

    The punctuation sentencizer ends a sentence at "ID." before a capital; once the vehicle
    stage has found the name, no sentence may start inside it.
    """

    def __call__(self, doc: Doc) -> Doc:
        spans = doc.spans.get("vehicles", [])
        inside = [i for span in spans for i in range(span.start + 1, span.end)]
        if not inside:
            return doc
        starts = doc.to_array([SENT_START]).view("int64")
        changed = False
        for i in inside:
            if starts[i] == 1:
                starts[i] = -1
                changed = True
        if changed:
            doc.from_array([SENT_START], starts.view("uint64").reshape(-1, 1))
        return doc
