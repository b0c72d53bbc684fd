"""Core records: what factx emits and what its stages hand each other.

This module is the contract with users and tools. It imports nothing of spaCy or of the
pipeline stages (import-linter enforces this in ``pyproject.toml``), so anything may import it.

Two kinds of type live here:

* pydantic records (``ArticleFacts`` and its parts): validated once, at the end of a run,
  serialised with ``model_dump(mode="json")``;
* small frozen dataclasses (``Measure``, ``Interval``): the normalised values the quantity and
  date stages attach to spaCy spans, cheap to build on the hot path.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

EntityLabel = Literal["BRAND", "MODEL", "MODEL_CODE", "VARIANT", "PLATFORM"]
Granularity = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade"]
Modifier = Literal["before", "after", "approx", "start", "mid", "end"]
Certainty = Literal["official", "reported", "speculative"]

#: Predicates factx emits; documented in the README. Strings elsewhere are rejected.
PREDICATES: tuple[str, ...] = (
    "model_code",
    "platform",
    "successor_of",
    "range",
    "battery_capacity",
    "power",
    "torque",
    "acceleration",
    "top_speed",
    "charging_power",
    "charging_time",
    "price",
    "production_start",
    "premiere",
    "market_launch",
    "drivetrain",
    "motor_count",
    "facelift",
    "towing_capacity",
    "payload",
    "production_site",
    "efficiency",
    "weight",
    "sales",
)


# --------------------------------------------------------------------------- stage values


@dataclass(frozen=True, slots=True)
class Measure:
    """A located figure, normalised: what the quantity stage puts on ``span._.measure``.

    ``value`` is set for a single figure, ``low``/``high`` for a range. ``si_*`` hold the same
    figures in the dimension's SI (or reference) unit so figures compare across articles.
    """

    unit: str
    dimension: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    si_unit: str | None = None
    si_value: float | None = None
    si_low: float | None = None
    si_high: float | None = None
    approximate: bool = False
    bound: Literal["up_to", "at_least", "more_than", "less_than"] | None = None
    change: bool = False


@dataclass(frozen=True, slots=True)
class Interval:
    """A located calendar reference resolved against the publication date (``span._.interval``).

    Bounds are inclusive; ``None`` is an open bound, or an unresolved one when ``resolved`` is
    false (a relative date in an article whose publication date is unknown).
    """

    earliest: dt.date | None
    latest: dt.date | None
    granularity: Granularity
    modifier: Modifier | None = None
    resolved: bool = True


# --------------------------------------------------------------------------- records


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Article(_Record):
    """What was read: identity, provenance and publication date of one article."""

    id: str
    source: str | None = None
    published: dt.date | None = None
    title: str | None = None
    language: str | None = None


class _Mention(_Record):
    id: str
    text: str
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> _Mention:
        if self.end_char < self.start_char:
            raise ValueError("end_char precedes start_char")
        return self


class Entity(_Mention):
    """A vehicle-world name: brand, model, variant, platform, or internal model code."""

    label: EntityLabel
    normalized: str
    brand: str | None = None
    model: str | None = Field(None, description="for codes and variants: the model they denote")
    code: str | None = Field(None, description="for models: the internal code linked to them")
    generation: Literal["previous", "current", "next"] | None = None


class Quantity(_Mention):
    """A figure with its canonical unit; ``restates`` links a conversion to its original."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str
    dimension: str
    si_unit: str | None = None
    si_value: float | None = None
    si_low: float | None = None
    si_high: float | None = None
    approximate: bool = False
    bound: Literal["up_to", "at_least", "more_than", "less_than"] | None = None
    change: bool = False
    restates: str | None = None


class DateMention(_Mention):
    """A calendar reference resolved to an inclusive interval (null bound: open or unknown)."""

    earliest: dt.date | None = None
    latest: dt.date | None = None
    granularity: Granularity
    modifier: Modifier | None = None
    resolved: bool = True


class Subject(_Record):
    """The vehicle a fact is about, as precisely as the text names it."""

    name: str
    brand: str | None = None
    model: str | None = None
    code: str | None = None
    variant: str | None = None
    generation: Literal["previous", "current", "next"] | None = None


class Evidence(_Record):
    text: str
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)


class AlsoStated(_Record):
    """The same figure restated in another unit (e.g. miles restated as kilometres)."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str


class Fact(_Record):
    """One claim: subject, predicate, value, how sure the article is, and where it says so."""

    id: str
    subject: Subject
    predicate: str
    value: float | str | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    also: list[AlsoStated] = Field(default_factory=list)
    earliest: dt.date | None = None
    latest: dt.date | None = None
    certainty: Certainty
    negated: bool = False
    evidence: Evidence
    more_evidence: list[Evidence] = Field(
        default_factory=list, description="restatements of the same claim, merged into this fact"
    )
    qualifiers: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_predicate(self) -> Fact:
        if self.predicate not in PREDICATES:
            raise ValueError(f"unknown predicate {self.predicate!r}")
        return self


class ArticleFacts(_Record):
    """Everything factx extracted from one article."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ArticleError(_Record):
    """A batch line for an article that could not be processed."""

    article: Article
    error: ErrorInfo


class ErrorInfo(_Record):
    type: str
    message: str


ArticleError.model_rebuild()
