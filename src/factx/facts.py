"""The facts stage: tie vehicles, figures and dates into claims with certainty and negation.

Reads what the earlier stages left on the Doc (``doc.spans["vehicles"|"quantities"|"dates"]``)
and writes ``doc._.facts`` (``models.Fact`` records without ids; ``records`` numbers them).

How it decides, sentence by sentence, clause by clause:

* **clauses**: a sentence is cut at ``;`` and at a comma that opens a subordinate clause
  ("..., which", "..., while"), and after a sentence-initial subordinate clause ("While ..., ").
  Modal hedges ("could", "is expected to") scope over their clause; attribution ("according to
  ...", "a report") over the whole sentence.
* **subject**: the vehicle the claim is about: the nearest vehicle named before the anchor in its
  clause, else the first one in the clause or sentence, else the article's current subject when
  the sentence continues it (a pronoun or "the SUV"; not when it talks about a brand, a platform or
  vehicles in general). Generations are kept apart: "the next-gen X" takes the code the article
  ties to the next generation.
* **predicate**: from the figure's unit and cue words (``facts/predicates.json``), from event
  words near a date, or from drivetrain / motor / facelift / platform phrases.
* **merging**: the same claim stated twice (summary and body, a unit conversion) is one fact with
  every evidence span and the most cautious certainty of its statements.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .models import AlsoStated, Evidence, Fact, Subject

_CAUTION = {"official": 0, "reported": 1, "speculative": 2}
_VEHICLE_LABELS = ("MODEL", "MODEL_CODE", "VARIANT")
#: Subordinators that open a new clause after a comma, and at the start of a sentence.
_CLAUSE_AFTER_COMMA = {
    "arguing",
    "saying",
    "adding",
    "noting",
    "explaining",
    "citing",
    "which",
    "while",
    "whilst",
    "but",
    "whereas",
    "meaning",
    "leaving",  # ", leaving the X as the only one": what follows from the claim, a claim of its own
    "although",
    "though",
    "even",  # ", even though ...", ", even if ..."
    "despite",
    "yet",
    "who",
    "where",
    "because",
    "since",
    "and",
    "so",
    "when",
    "after",
    "before",
    "until",
    "unless",
    "once",
}
_CLAUSE_INITIAL = {
    "while",
    "whilst",
    "although",
    "though",
    "whereas",
    "if",
    "as",
    "when",
    "despite",
    "because",
    "since",
    "unlike",
    "once",
    "after",
    "before",
    "until",
}
_CLAUSE_INLINE = {"while", "whilst", "whereas", "because"}
# events of a model as a whole: a paragraph that names no car goes on about the model
_MODEL_EVENTS = {"production_start", "production_site", "market_launch", "premiere"}
_CLAUSE_BREAKS = _CLAUSE_INLINE | {";", "but"}
_DATED_EVENTS = {"production_start", "premiere", "market_launch", "facelift"}
_OFFICIAL_ADJECTIVES = {"official", "officially"}
_CANCELLED = re.compile(r"cancel|scrap|axed|dropped|discontinu|shelved|abandon", re.IGNORECASE)
#: words that open another object of the same verb: "loses its sunroof and its battery"
_OBJECT_OPENERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}
_CLAUSE_INLINE_BEFORE_PRONOUN = {"before", "after", "until", "once", "when", "unless", "if"}
_PRONOUNS = {"it", "they", "we", "he", "she", "buyers", "customers"}
_RELATIVE = {"which", "who", "where", "whose"}
_COORDINATORS = {"but", "and", "yet", "so", "meaning"}
_NEGATION_WINDOW = 8
_OPTION_LINKS = {"is", "are", "costs", "cost", "another", "an", "extra"}
#: ", with the Long Range ...", ", helped by the X": a vehicle named after these is an aside
_AFTERTHOUGHTS = {
    "with", "helped", "thanks", "led", "driven", "boosted", "including",
    # "Prices start at X, rising to Y for the N Line": the range's top is the trim's
    "rising", "climbing", "going", "topping",
    # "610 hp, up from 580 hp in the regular car": the car of the old figure
    "up", "down",
}  # fmt: skip
_GOING_VERBS = {"go", "goes", "went", "gone", "going", "put", "puts"}
_CLAUSE_PUNCT = {",", ";", ":", "(", ")", "."}
_HEADING_MARKS = {"—", "–", "-", ":", "--"}
_UNTIL = {"until", "till", "til"}
_DATE_PREPOSITIONS = {"in", "from", "by", "until", "since", "for"}
# words placing one car against another in a line-up: "Beneath it sits an X"
_POSITION_WORDS = {"above", "below", "beneath", "under", "over", "beside", "alongside", "behind"}
_ANAPHOR_KEYS = ("anaphor", "anaphor:variant", "anaphor:model")
#: words before "between" that offer a choice rather than compare ("choose between the X and Y")
_CHOICE_WORDS = {"choose", "chooses", "choosing", "choice", "pick", "picks", "decide", "options"}
#: words after "follow" that make it transitive ("follows a price cut", "follows suit")
_FOLLOWED_OBJECTS = {"a", "an", "its", "their", "his", "her", "suit"}


@dataclass(slots=True)
class _Vehicle:
    """A group of adjacent vehicle spans naming one vehicle ("Kia EV3 GT-Line", "GLC (X254)")."""

    start: int
    end: int
    subject: Subject
    compared: bool = False  # named as a point of comparison ("like the X", "alongside the X")
    code_only: bool = False  # a bare code ("the G45"), its model known from the article


@dataclass(slots=True)
class _Sentence:
    span: Span
    paragraph: int
    clauses: list[tuple[int, int, str]]
    vehicles: list[_Vehicle]
    spans: list[Span]
    quantities: list[Span] = field(default_factory=list)
    dates: list[Span] = field(default_factory=list)
    cues: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    anaphor_ends: set[int] = field(default_factory=set)
    # tokens that may end a noun phrase after a vehicle's name: "the B05 hatchback, known as"
    nominal_tails: set[int] = field(default_factory=set)
    # per-sentence answers asked for every claim: "is it a question?", "what does a cleft deny?"
    memo: dict[str, Any] = field(default_factory=dict)
    _evidence: Evidence | None = None

    def clause_of(self, i: int) -> tuple[int, int]:
        for start, end, _ in self.clauses:
            if start <= i < end:
                return start, end
        return self.span.start, self.span.end

    def clause_kind(self, i: int) -> str:
        """The kind of the clause of token ``i``: main, sub, rel or app."""
        return next((k for s, e, k in self.clauses if s <= i < e), "main")

    def main_vehicle(self, before: int | None = None) -> _Vehicle | None:
        """The first vehicle of the last main clause (before a token, when given) naming one."""
        found = None
        for start, end, kind in self.clauses:
            if before is not None and start >= before:
                break
            if kind != "main":
                continue
            named = [v for v in self.vehicles if start <= v.start < end and not v.compared]
            if named:
                found = named[0]
                if before is None:
                    return found
        return found

    def evidence(self) -> Evidence:
        if self._evidence is None:
            self._evidence = _evidence(self.span)
        return self._evidence

    def cues_in(self, key: str, start: int, end: int) -> list[tuple[int, int]]:
        return [(s, e) for s, e in self.cues.get(key, ()) if start <= s < end]


@dataclass(frozen=True)
class _Comparison:
    """Words that make the vehicle after them a point of comparison (``cues.json``)."""

    words: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    pairs: frozenset[tuple[str, str]] = frozenset()
    share_verbs: frozenset[str] = frozenset()
    borrow_verbs: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()
    multipliers: frozenset[str] = frozenset()
    past_markers: frozenset[str] = frozenset()

    @functools.cached_property
    def donor_verbs(self) -> frozenset[str]:
        return self.share_verbs | self.borrow_verbs

    @classmethod
    def from_cues(cls, cues: dict[str, Any]) -> _Comparison:
        return cls(
            _lowered(cues.get("words", ())),
            _lowered(cues.get("nouns", ())),
            frozenset((a.lower(), b.lower()) for a, b in cues.get("pairs", ())),
            _lowered(cues.get("share_verbs", ())),
            _lowered(cues.get("borrow_verbs", ())),
            _lowered(cues.get("part_nouns", ())),
            _lowered(cues.get("multipliers", ())),
            _lowered(cues.get("past_markers", ())),
        )


@dataclass(frozen=True)
class _Lexicon:
    """Word classes the facts stage's rules test single tokens against (``cues.json``
    "lexicon"): what names a maker, a sale, a successor, a class of cars."""

    maker_nouns: frozenset[str] = frozenset()
    sales_verbs: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    generic_car_nouns: frozenset[str] = frozenset()
    benchmark_nouns: frozenset[str] = frozenset()
    successor_nouns: frozenset[str] = frozenset()
    participle_openers: frozenset[str] = frozenset()
    place_openers: frozenset[str] = frozenset()
    driven_verbs: frozenset[str] = frozenset()
    present_car_words: frozenset[str] = frozenset()
    future_words: frozenset[str] = frozenset()
    motor_words: frozenset[str] = frozenset()
    edition_words: frozenset[str] = frozenset()
    opening_editions: frozenset[str] = frozenset()
    billing_periods: frozenset[str] = frozenset()
    running_costs: frozenset[str] = frozenset()
    offering_verbs: frozenset[str] = frozenset()
    fitting_verbs: frozenset[str] = frozenset()
    standard_words: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()  # from "descriptive_anaphors"

    @classmethod
    def from_cues(cls, cues: dict[str, Any]) -> _Lexicon:
        return cls(**{name: _lowered(cues.get(name, ())) for name in cls.__dataclass_fields__})


def _lowered(words: Any) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


class FactBuilder:
    """spaCy component ``factx_facts``: see the module docstring."""

    def __init__(self, nlp: Language, data: Path | None) -> None:
        directory = (data or Path(".")) / "facts"
        cues = json.loads((directory / "cues.json").read_text(encoding="utf-8"))
        rules = json.loads((directory / "predicates.json").read_text(encoding="utf-8"))
        self.rules: list[dict[str, Any]] = rules["rules"]
        self.value_floors: dict[str, dict[str, float]] = rules.get("value_floors", {})
        self.value_ceilings: dict[str, dict[str, float]] = rules.get("value_ceilings", {})
        self.sales_units = {u for r in self.rules if r["predicate"] == "sales" for u in r["units"]}
        self.sprint = re.compile(rules["sprint"], re.IGNORECASE)
        self.state_of_charge = re.compile(rules["state_of_charge"], re.IGNORECASE)
        # "Ferrari claims 2.3 seconds": the maker's own claim is its official figure
        self.maker_claims = {w.lower() for w in cues["certainty"]["official_after_maker"]}
        self.platform_not_after = {w.lower() for w in cues["platform"]["not_after"]}
        self.platform_not_before = [w.lower() for w in cues["platform"]["not_before"]]
        self.platform_negated_before = [w.lower() for w in cues["platform"]["negated_before"]]
        self.contrasts = [w.lower() for w in cues["contrasts"]]
        self.comparison = _Comparison.from_cues(cues.get("comparison", {}))
        self.lexicon = _Lexicon.from_cues(cues.get("lexicon", {}))
        self.denied_change = {w.lower() for w in cues.get("denied_change", ())}
        self.denied_delay = {w.lower() for w in cues.get("denied_delay", ())}
        self.limit_words = {w.lower() for w in cues.get("limit_words", ())}
        self.rescheduled_from = {w.lower() for w in cues.get("rescheduled_from", ())}
        denied_market = cues.get("denied_market", {})
        self.market_verbs = {w.lower() for w in denied_market.get("verbs", ())}
        self.market_words = {w.lower() for w in denied_market.get("after", ())}
        self.receiving_verbs = {w.lower() for w in denied_market.get("receiving_verbs", ())}
        self.markets = set(denied_market.get("markets", ())) | set(
            cues["production_site"]["regions"]
        )
        self.demonyms = set(cues["production_site"]["demonyms"])
        self.aside_openers = [
            tuple(t.lower_ for t in nlp.make_doc(w)) for w in cues.get("aside_openers", ())
        ]
        self.aside_firsts = {o[0] for o in self.aside_openers if o}
        self.plain_version_words = {w.lower() for w in cues.get("plain_version_words", ())}
        self.quantifier_part_nouns = {w.lower() for w in cues.get("quantifier_part_nouns", ())}
        self.fee_words = {w.lower() for w in cues.get("fee_words", ())}
        self.earlier_generation_words = set(cues.get("earlier_generation_words", ()))
        self.unchanged_asides = [
            tuple(t.lower_ for t in nlp.make_doc(w)) for w in cues.get("unchanged_asides", ())
        ]
        self.concept_anaphors = [w.lower().split() for w in cues.get("concept_anaphors", ())]
        self.concept_name_words = set(cues.get("concept_name_words", ()))
        self.parenthetical_adverbs = {w.lower() for w in cues.get("parenthetical_adverbs", ())}
        verdicts = cues.get("verdicts", {})
        self.verdict_openers = {w.lower() for w in verdicts.get("openers", ())}
        self.false_verdicts = [
            tuple(t.lower_ for t in nlp.make_doc(w)) for w in verdicts.get("false", ())
        ]
        self.verdict_starts = {verdict[0] for verdict in self.false_verdicts if verdict}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrases: dict[str, list[str]] = defaultdict(list)
        for level in ("reported_sentence", "reported", "speculative"):
            phrases[f"cert:{level}"] += cues["certainty"][level]
        phrases["neg"] += cues["negation"]
        phrases["negverb"] += cues["negating_verbs"]
        phrases["figneg"] += cues.get("figure_denials", [])
        phrases["figneg_after"] += cues.get("figures_denied_after", [])
        phrases["figneg_end"] += cues.get("figures_denied_at_end", [])
        phrases["plan_dropped"] += cues.get("plans_dropped_after", [])
        for predicate, words in cues["events"].items():
            phrases[f"event:{predicate}"] += words
        for predicate, words in cues["weak_events"].items():
            if not predicate.startswith("_"):
                phrases[f"weakevent:{predicate}"] += words
        for value, words in cues["drivetrain"].items():
            phrases[f"drivetrain:{value}"] += words
        for value, words in cues["motor_count"].items():
            phrases[f"motors:{value}"] += words
        for cycle, words in cues["cycles"].items():
            phrases[f"cycle:{cycle}"] += words
        phrases["measured"] += cues["measured_on_test"]
        phrases["facelift"] += cues["facelift"]
        phrases["platform"] += cues["platform"]["cues"]
        phrases["platform_shared"] += cues["platform"]["shared_with"]
        phrases["successor:forward"] += cues["successor"]["forward"]
        phrases["successor:passive"] += cues["successor"]["passive"]
        phrases["site"] += cues["production_site"]["cues"]
        phrases["site_noun"] += cues["production_site"]["site_nouns"]
        self.site_prepositions = set(cues["production_site"]["prepositions"])
        self.site_skip = {w.lower() for w in cues["production_site"]["skip"]}
        self.not_places = (
            set(cues["production_site"]["not_places"])
            | set(cues["production_site"]["demonyms"])
            | set(cues["production_site"]["charging_networks"])
        )
        self.place_particles = set(cues["production_site"]["place_particles"])
        self.facility_words = set(cues["production_site"]["facility_words"])
        self.facility_openers = set(cues["production_site"]["facility_openers"])
        self.regions = set(cues["production_site"]["regions"])
        self.plant_nouns = {w.lower() for w in cues["production_site"]["plant_nouns"]}
        self.plant_anaphor_verbs = set(cues["production_site"]["plant_anaphor_verbs"])
        self.not_movers = set(cues["production_site"]["not_movers"])
        self.plant_suffixes = set(cues["production_site"]["plant_suffixes"])
        self.works_as_verb = set(cues["production_site"]["works_as_verb"])
        self.cover_periods = set(cues["cover_periods"])
        self.lap_words = set(cues["lap_words"])
        self.odometer_phrases = frozenset(w.lower() for w in cues["odometer_phrases"])
        self.selling_verbs = frozenset(w.lower() for w in cues["selling_verbs"])
        self.arriving_verbs = frozenset(w.lower() for w in cues["arriving_verbs"])
        self.interval_openers = set(cues["interval_openers"])
        self.site_nouns = {n.split()[0].lower() for n in cues["production_site"]["site_nouns"]}
        self.plant_openers = set(cues["production_site"]["plant_openers"])
        self.plant_verb_helpers = set(cues["production_site"]["plant_verb_helpers"])
        self.building_verbs = set(cues["production_site"]["building_verbs"])
        self.brand_car_followers = set(cues["brand_car_followers"])
        self.platform_nouns = {w.lower() for w in cues["platform"]["nouns"]}
        self.site_not_after_cue = set(cues["production_site"]["not_after_cue"])
        self.part_sources = set(cues["production_site"].get("part_sources", ()))
        self.provinces = set(cues["production_site"]["provinces"])
        self.province_nouns = set(cues["production_site"]["province_nouns"])
        self.region_names = self.provinces | self.regions  # states, provinces, countries
        phrases["nonclaim"] += cues["non_claims"]
        phrases["denial_before"] += cues["denials_before"]
        phrases["ruled_out"] += cues.get("ruled_out", [])
        self.non_claim_ends = set(cues["non_claim_ends"])
        self.question_openers = set(cues["question_openers"])
        phrases["nonhedge"] += cues["non_hedges"]
        phrases["continuation"] += cues["continuation"]
        phrases["sales_end"] += cues["sales_end"] + cues["sales_resumed"]
        phrases["platform_debut"] += cues["platform_debuts"]
        self.event_blockers = set(cues["event_blockers_after"])
        self.arriving_parts = set(cues["arriving_parts"])
        self.event_blockers_before = {
            predicate: set(words)
            for predicate, words in cues["event_blockers_before"].items()
            if not predicate.startswith("_")
        }
        self.reporting_verbs = set(cues["reporting_verbs"])
        # predicate -> (words that change what its figures are, word starts that keep them)
        self.paragraph_topics: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
            topic["predicate"]: (
                re.compile(
                    r"\b(?:" + "|".join(re.escape(w.lower()) for w in topic["words"]) + r")\b"
                ),
                tuple(w.lower() for w in topic.get("keep", ())),
            )
            for topic in cues.get("paragraph_topics", [])
        }
        self.occasion_nouns = set(cues["occasion_nouns"])
        self.newcomer_anaphors = set(cues["newcomer_anaphors"])
        self.entry_anaphors = [p.lower() for p in cues["entry_anaphors"]]
        self.switch_phrases = [f"{p.lower()} the" for p in cues["switch_phrases"]]
        self.naming_words = set(cues["naming_words"])
        self.range_price_words = set(cues["range_price_words"])
        self.schedule_words = set(cues["schedule_words"])
        self.updated_words = set(cues["updated_words"])
        self.opening_naming_words = frozenset(cues["opening_naming_words"])
        self.time_clause_openers = frozenset(cues["time_clause_openers"])
        self.facelift_content_verbs = set(cues["facelift_content_verbs"])
        self.generic_market_followers = set(cues["generic_market_followers"])
        self.generic_not_after = set(cues["generic_not_after"])
        self.run_limits = tuple(cues["run_limits"])
        self.run_limit_adverbs = set(cues["run_limit_adverbs"])
        self.naming_phrases = tuple(cues["naming_phrases"])
        self.appositive_openers = {w.lower() for w in cues["appositive_openers"]}
        self.vehicle_noun = re.compile(
            r"\b(?:" + "|".join(re.escape(w.lower()) for w in cues["vehicle_nouns"]) + r")s?\b"
        )
        phrases["generic"] += cues["generic_subjects"]
        phrases["company"] += cues["company_subjects"]
        phrases["previous"] += cues["previous_values"]
        phrases["equipment"] += cues["equipment_nouns"]
        # "Germans pay X and Y respectively": figures matched in order to cars named before
        phrases["respectively"].append("respectively")
        # "a 150 kW Fastned unit": a network's name after a figure makes it a charger's too
        phrases["equipment"] += cues["production_site"]["charging_networks"]
        phrases["option"] += cues["option_nouns"]
        phrases["warranty"] += cues["warranty_words"]
        self.route_nouns = set(cues["route_nouns"])
        self.engine_nouns = set(cues["engine_nouns"])
        phrases["motor_noun"] += cues["motor_nouns"]
        phrases["production_change"] += cues["production_changes"]
        phrases["negafter"] += cues["negation_after"]
        # events denied without a date: "not to be sold in Finland" (a launch), "not going to
        # be built at all" (a production start), one phrase key per predicate
        phrases["undated:market_launch"] += cues["undated_launch"]
        for predicate, words in cues.get("undated_events", {}).items():
            phrases[f"undated:{predicate}"] += words
        self.follow_words = {w.lower() for w in cues["follow_words"]}
        for predicate, words in cues["undated_attributes"].items():
            if not predicate.startswith("_"):
                phrases[f"attribute:{predicate}"] += words
        self.motor_count_words: dict[str, int] = cues["motor_count_words"]
        self.gapped_events = {
            predicate: (set(words["nouns"]), set(words["verbs"]))
            for predicate, words in cues["gapped_events"].items()
            if not predicate.startswith("_")
        }
        bringing = cues["bringing_events"]
        self.bringing_verbs = {w.lower() for w in bringing["verbs"]}
        self.market_nouns = {w.lower() for w in bringing["market_nouns"]}
        self.reaching_events = {
            predicate: (set(words["verbs"]), set(words["nouns"]))
            for predicate, words in cues.get("reaching_events", {}).items()
        }
        described = cues["descriptive_anaphors"]
        self.body_nouns = set(described["nouns"])
        self.lexicon = replace(self.lexicon, body_nouns=frozenset(self.body_nouns))
        self.compound_body_nouns = set(described["compound_nouns"])
        self.not_describing = set(described["not_describing"])
        self.compound_followers = set(described["compound_followers"])
        powertrains = cues["powertrain_anaphors"]
        self.powertrain_kinds = [
            (kind, re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])"))
            for kind, words in powertrains["kinds"].items()
        ]
        self.powertrain_anaphors = sorted(
            ((phrase, kind) for kind, words in powertrains["anaphors"].items() for phrase in words),
            key=lambda pair: -len(pair[0]),
        )
        self.powertrain_blockers = set(powertrains["blockers"])
        phrases["anaphor"] += cues["anaphors"]
        phrases["anaphor:variant"] += cues["variant_anaphors"]
        phrases["anaphor:model"] += cues["model_anaphors"]
        for which, words in cues["ordinal_anaphors"].items():
            if not which.startswith("_"):
                phrases[f"ordinal:{which}"] += words
        # "the Korean car", "the German": a maker's country standing for its car
        nationalities = cues.get("nationality_anaphors", {})
        self.nationality_makers: dict[str, frozenset[str]] = {}
        for adjective, spec in nationalities.items():
            if adjective.startswith("_"):
                continue
            self.nationality_makers[adjective] = frozenset(spec["makers"])
            phrases[f"nationality:{adjective}"] += [f"the {noun}" for noun in spec["nouns"]]
        phrases["topic_verb"] += cues["topic_verbs"]
        for key, words in phrases.items():
            self.matcher.add(key, [nlp.make_doc(w) for w in dict.fromkeys(words)])

    # ------------------------------------------------------------------ entry point

    def __call__(self, doc: Doc) -> Doc:
        vehicles = sorted(doc.spans.get("vehicles", []), key=lambda s: s.start)
        quantities = list(doc.spans.get("quantities", []))
        dates = list(doc.spans.get("dates", []))
        date_tokens = {i for span in dates for i in range(span.start, span.end)}
        vehicle_tokens = {i for span in vehicles for i in range(span.start, span.end)}
        sentences, sentence_of = self._sentences(doc, vehicles, quantities, dates, date_tokens)
        drafts: list[Fact] = []
        current: Subject | None = None
        last_cycle: tuple[int, str] | None = None  # (paragraph, cycle)
        # what a unit's figures were in the paragraph so far: "our stopwatch read 5.9 seconds
        # to 62mph. The Megane needed 7.4 seconds": the second is a sprint time too
        paragraph_units: tuple[int, dict[str, str]] = (-1, {})

        generation_codes = _generation_codes(vehicles, sentence_of)
        published = _publication_date(doc)
        model_brands: dict[str, str] = {}  # each model's maker, as first named
        for span in vehicles:
            if span.label_ == "MODEL" and span._.brand:
                model_brands.setdefault(span._.normalized or span.text, span._.brand)
        descriptor_codes: dict[tuple[str, str], str] = {}  # (model, adjective) -> code
        variant_models: dict[str, str] = {}
        paragraph_codes: dict[str, Subject] = {}  # the coded generations a paragraph opens on
        compared_only: dict[str, bool] = {}  # model -> named so far only as a comparison
        spelled_variants: dict[str, dict[str, Subject]] = {}  # trims named so far, by lower name
        # each model's trims in the order the article first names them
        model_trims: dict[str, list[Subject]] = {}
        # the models named with a body noun after them ("the Kestrel crossover"), by noun
        body_owners: dict[str, list[Subject]] = {}
        # each model's trims named so far whose kind of powertrain the article gave
        powertrain_trims: dict[str, dict[str, tuple[Subject, str]]] = {}
        brand_models: dict[str, dict[str, int]] = {}  # brand -> its models named, how often
        # (brand, model) -> the trims it was named with (None: named plainly)
        model_trims_named: dict[tuple[str, str], set[str | None]] = {}
        last_variant: Subject | None = None
        last_edition: Subject | None = None  # the last trim whose name ends in "Edition"
        last_of_brand: dict[str, Subject] = {}  # each maker's car the article was last on
        last_concept: Subject | None = None  # the show car named last ("the Concept Three")
        last_production: Subject | None = None  # the last car named that is no show car
        previous_named: list[Subject] = []  # the vehicles the last naming sentences named
        last_named: list[Subject] = []  # the vehicles the sentence before named, in order
        last_named_paragraph = -1  # the paragraph of the last sentence naming a vehicle
        # every vehicle the sentence before named, compared ones too, with its paragraph
        last_listed: tuple[int, list[Subject]] = (-1, [])
        paragraph_named: tuple[int, list[Subject]] = (-1, [])  # named so far in the paragraph
        # the trims the sentence before named with their model, in its paragraph
        recent_trims: tuple[int, dict[str, str]] = (-1, {})
        newest: Subject | None = None  # the last topic not named as an updated car
        last_site: str | None = None  # the site the previous sentence named
        last_platform: str | None = None  # the platform the article named last
        recent_site: str | None = None  # the last site the article named: "the plant"
        headline: list[Subject] = []  # the versions the article's first sentence names
        headline_models: list[Subject] = []  # the models it names
        last_contrasted: Subject | None = None  # the last of two trims set against each other
        previous_paragraph = -1
        previous_event: str | None = None  # the last dated event of the sentence before
        # "Claim: the X gets a 120 kWh battery. Verdict: false.": what a verdict refutes
        refuted = {
            id(sent)
            for sent, after in itertools.pairwise(sentences)
            if after.paragraph == sent.paragraph and self._refutes(after)
        }
        for sent_index, sent in enumerate(sentences):
            new_paragraph = sent.paragraph != previous_paragraph
            previous_paragraph = sent.paragraph
            topic_before = current
            if (
                newest is not None
                and current is not None
                and (newest.model != current.model or newest.code not in (None, current.code))
                and self._means_newcomer(sent)
            ):
                current = newest  # "A facelifted G9 is due. ... the newcomer": not the G9
            if (
                last_production is not None
                and current is not None
                and self._is_concept(current)
                and self._means_newcomer(sent)
            ):
                # "The Vision K made its debut in 2022, and the Kestrel keeps its stance. The
                # newcomer rides on ...": the production car, not the show car
                current = last_production
            if (
                len(headline_models) == 1
                and current is not None
                and current.model != headline_models[0].model
                and current.brand == headline_models[0].brand
                # "... also develops an Osprey, coded K9. The newcomer ...": a car
                # known by its code is a new one itself
                and not (current.code and not headline_models[0].code)
                and self._means_newcomer(sent)
                # named again after the headline: "the newcomer" points back at a car the
                # story has told of ("... while the Osprey bows out" in a headline, then
                # "First up is the Kestrel ... The newcomer": the Kestrel)
                and brand_models.get(current.brand or "", {}).get(headline_models[0].model or "", 0)
                > 1
                # "The X makes way for the Y. ... the newcomer": the successor the
                # article named, not the headline's outgoing car
                and not any(
                    f.predicate == "successor_of"
                    and (f.subject.brand, f.subject.model) == (current.brand, current.model)
                    for f in drafts
                )
            ):
                # "New Kestrel: ... . The Osprey arrived in 2024; the Kestrel, by contrast,
                # ... . The newcomer is ...": the one model the headline names, over the
                # maker's other car
                current = headline_models[0]
            # "the Mazda": the topic when it is a Mazda, else the Mazda named most so far
            brand_cars = {
                brand: _named_car(brand, max(counts, key=counts.__getitem__), model_trims_named)
                for brand, counts in brand_models.items()
            }
            if current is not None and current.brand and current.model:
                brand_cars[current.brand] = _named_car(
                    current.brand, current.model, model_trims_named
                )
            sent.vehicles = _vehicle_groups(
                sent.spans,
                generation_codes,
                current,
                variant_models,
                brand_cars,
                self.brand_car_followers,
                model_brands,
                self.comparison,
                self.lexicon,
                recent_trims[1] if recent_trims[0] == sent.paragraph else {},
                compared_only,
            )
            for vehicle in sent.vehicles:
                if vehicle.subject.model and not vehicle.subject.variant:
                    if vehicle.compared:
                        compared_only.setdefault(vehicle.subject.model, True)
                    else:
                        compared_only[vehicle.subject.model] = False
            if new_paragraph:
                # "2017, FK8. The Civic arrived ...": a paragraph that opens on a coded
                # generation is about it; a bare name of that model there is that generation
                paragraph_codes = {
                    v.subject.model: v.subject
                    for v in sent.vehicles
                    if v.subject.code
                    and v.subject.model
                    and not v.compared
                    and v.code_only
                    and v.start - sent.span.start <= 2
                }
            else:
                for vehicle in sent.vehicles:
                    _give_paragraph_code(vehicle, paragraph_codes)
            sent.vehicles += self._spelled_variants(sent, spelled_variants)
            sent.vehicles += self._powertrain_variants(sent, powertrain_trims, current)
            sent.vehicles += self._body_noun_cars(sent, body_owners, current)
            sent.vehicles += self._entry_trims(sent, model_trims, current, drafts)
            sent.vehicles += self._earlier_generation_cars(sent, current, generation_codes)
            for vehicle in sent.vehicles:
                after = vehicle.end
                if (
                    vehicle.subject.model
                    and not vehicle.compared
                    and after < sent.span.end
                    and sent.span.doc[after].lower_ in self.body_nouns
                ):
                    # "the Kestrel hatchback and the taller Osprey crossover"
                    owners = body_owners.setdefault(sent.span.doc[after].lower_, [])
                    model = _model_level(vehicle.subject)
                    if model not in owners:
                        owners.append(model)
            sent.vehicles.sort(key=lambda v: v.start)
            sent.memo.clear()  # answers that depend on the vehicles read again
            for vehicle in sent.vehicles:
                if vehicle.subject.variant and vehicle.subject.model and not vehicle.compared:
                    trims = model_trims.setdefault(vehicle.subject.model, [])
                    if vehicle.subject not in trims:
                        trims.append(vehicle.subject)
                if vehicle.subject.variant and not vehicle.compared:
                    spelled_variants.setdefault(vehicle.subject.variant.lower(), {})[
                        vehicle.subject.name
                    ] = vehicle.subject
                    kind = self._powertrain_kind(sent, vehicle)
                    if kind is not None and vehicle.subject.model:
                        trims = powertrain_trims.setdefault(vehicle.subject.model, {})
                        trims.setdefault(vehicle.subject.name, (vehicle.subject, kind))
            if sent is sentences[0] and _is_headline(sent, sentences):
                headline = [v.subject for v in sent.vehicles if v.subject.variant]
                headline_models = _distinct(
                    _model_level(v.subject) for v in sent.vehicles if v.subject.model
                )
            for vehicle in sent.vehicles:
                if vehicle.subject.model and vehicle.subject.brand:
                    counts = brand_models.setdefault(vehicle.subject.brand, {})
                    counts[vehicle.subject.model] = counts.pop(vehicle.subject.model, 0) + 1
                    if not vehicle.compared:
                        model_trims_named.setdefault(
                            (vehicle.subject.brand, vehicle.subject.model), set()
                        ).add(vehicle.subject.variant)
            blocked = self._continues_nothing(sent, current)
            cycle = self._first_cue_value(sent, "cycle")
            if cycle:
                last_cycle = (sent.paragraph, cycle)
            paragraph_cycle = (
                last_cycle[1] if last_cycle and last_cycle[0] == sent.paragraph else None
            )

            maker = _opening_maker(sent, self.reporting_verbs)
            if (
                maker is not None
                and current is not None
                and current.brand not in (None, maker)
                and maker in last_of_brand
            ):
                # "... Ford sells the Mustang too. Tesla says the car was stock":
                # a maker opening a sentence that names no car speaks of its own car
                current = last_of_brand[maker]
            elif (
                maker is not None
                and current is not None
                and current.brand not in (None, maker)
                and new_paragraph
            ):
                # "Skoda comes next. Its first model on the new base, known as K1X, ...": a
                # paragraph turning to a maker not yet on the page is not about the last car
                current = None
            carried = current
            if last_contrasted is not None and sent.span.doc[sent.span.start].lower_ in (
                "it",
                "its",
            ):
                carried = last_contrasted
            last_contrasted = None
            if last_concept is not None and not sent.vehicles and self._opens_on_concept(sent):
                # "... previewed by the Concept Nine. The concept was striking.": the show
                # car, not the production model the article is on
                carried = current = last_concept
            ordinal = self._ordinal_anaphor(sent)
            ordinal_pair = (
                (last_named[0], last_named[-1])
                if len(last_named) >= 2
                else (previous_named[-2], previous_named[-1])
                if len(previous_named) >= 2
                else None
            )
            national = self._nationality_anaphor(sent, [*previous_named, *last_named])
            if national is not None:
                # "The Kia EV6 ... the Volkswagen ID.4 ... The Korean car's motor makes X":
                # the one car of that country the article has just named
                carried = national
            if ordinal is not None and len(last_named) >= 2:
                # "..., the 2.0 TDI and the eHybrid. The latter produces 204PS": the last named
                carried = last_named[-1] if ordinal == "latter" else last_named[0]
            elif ordinal is not None and len(previous_named) >= 2:
                # "The X and the Y share Z. The Kia charges at 258 kW. The former is built in
                # Ulsan": the pair the last naming sentences named
                carried = previous_named[-1] if ordinal == "latter" else previous_named[-2]
            before_model: tuple[int, Subject] | None = None  # the variant, up to that token
            if sent.cues.get("anaphor:variant") and last_variant is not None:
                carried = last_variant  # "in that form", "this version"
                if last_edition is not None and any(
                    _edition_name(sent.span.doc[e - 1].text)
                    for _, e in sent.cues["anaphor:variant"]
                ):
                    carried = last_edition  # "the edition": the edition, not a trim named since
            elif (
                sent.cues.get("anaphor:model")
                and current is not None
                and current.variant
                and (
                    # "the standard car", "the regular version": the plain model
                    self._names_the_standard_car(sent)
                    or (
                        # "Nio ET9 Apex sets a record at Zhuhai ... . The car was stock": the
                        # version the headline is about is what the article calls "the car"
                        current not in headline
                        # "the Kestrel Tampere Edition ... all of them": an edition is a car
                        # of its own
                        and not self._own_edition(current)
                        # "The X GT3 is the race car. It is based on the X coupe. ... the car":
                        # a model named only as what the version is based on is not what the
                        # article is about
                        and not compared_only.get(current.model or "", False)
                    )
                )
            ):
                # "the car", "every version": the model, not the variant last named; a clause
                # before the one naming it still speaks of the variant ("Genesis quotes X,
                # and the car is due in 2027")
                carried = _model_level(current)
                first = min(s for s, _ in sent.cues["anaphor:model"])
                before_model = (sent.clause_of(first)[0], current)
                opening = sent.clauses[0] if sent.clauses else None
                if opening is not None and opening[2] == "app" and opening[1] == before_model[0]:
                    # "Built in Luqiao, the fastback ...": an opening participle describes
                    # the anaphor after it
                    before_model = None

            # "Its successor, known internally as R36, will ...": the next generation (or the
            # vehicle the appositive names) is the subject, and it succeeds the current one
            predecessor = None
            if carried is not None and not blocked and _opens_with_successor(sent, self.lexicon):
                predecessor = _model_level(carried)
                named = next((v for v in sent.vehicles if not v.code_only and not v.compared), None)
                carried = (
                    named.subject
                    if named is not None
                    else _subject(carried.brand, carried.model, None, None, "next")
                )
            stated = _codes_in_apposition(sent, carried, generation_codes, self.lexicon)
            own = [v for v in sent.vehicles if not v.compared]
            if stated is not None and len(own) == 1 and _introduced_code(sent, own[0]):
                stated = None  # "The other one ..., known by the code QX5": not ours
            if stated is not None:
                carried = stated[0]
                if carried.model and carried.code and carried.generation:
                    # "the next X ... The crossover, known as C2, ...": the next one's code
                    generation_codes.setdefault(carried.model, {}).setdefault(
                        carried.generation, carried.code
                    )
            # "The electric C-Class, known internally as W207, ...": "the electric C-Class"
            # names that code's car again later on
            _describe_codes(sent, descriptor_codes)
            # "... the Long Range ..., while the Standard Range ... . Both use ...": both of them
            pair = (
                self._both_of_kind(sent, powertrain_trims)
                or _both(sent, previous_named)
                or _both_of_maker(sent, last_listed[1])
                or _they(sent, last_named)
                or _group(sent, paragraph_named[1] if paragraph_named[0] == sent.paragraph else [])
            )
            _rank_the_subject(sent, carried)
            _rank_the_named(sent)
            if pair:
                carried = pair[0]
            renamed = self._named_there(sent, [v for v in sent.vehicles if not v.compared])
            if renamed is not None:
                # "in Chile, where it is marketed as the X, buyers may pick ...": the
                # market's own name for the car is what the sentence speaks of
                carried = renamed.subject
            named_first = _opening_phrase_vehicle(sent, sent.vehicles, self.opening_naming_words, 2)
            if named_first is not None:
                # "Called the Kestrel EREV, the newcomer pairs ...": the anaphor is the car
                # the opening phrase names
                carried = named_first.subject

            def subject_at(
                i: int,
                sent: _Sentence = sent,
                blocked: bool = blocked,
                current: Subject | None = carried,
                before_model: tuple[int, Subject] | None = before_model,
                ordinal_pair: tuple[Subject, Subject] | None = ordinal_pair,
            ) -> Subject | None:
                if self._clause_introduces_unnamed(sent, i):
                    return None
                found = self._subject_at(sent, i)
                if found is None and ordinal_pair is not None:
                    # "The former rides on E-GMP; the latter uses MEB": each clause's own
                    found = self._ordinal_in_clause(sent, i, ordinal_pair)
                if found is None:
                    if blocked or self._maker_is_subject(sent, i):
                        return None
                    found = (
                        before_model[1]
                        if before_model is not None and i < before_model[0]
                        else current
                    )
                return _successor_clause(sent, i, found, generation_codes, self.lexicon)

            def add(
                fact: dict[str, Any],
                anchor: int,
                sent: _Sentence = sent,
                pair: list = pair,
                single: bool = False,
                last_named_paragraph: int = last_named_paragraph,
                listed: list[Subject] = last_named,
            ) -> None:
                subject = fact.get("subject")
                if subject is None or self._not_a_claim(sent, anchor):
                    return
                if (
                    subject.variant
                    and not sent.vehicles
                    and not self._own_edition(subject)
                    and (
                        (
                            fact.get("predicate") in _MODEL_EVENTS
                            and sent.paragraph != last_named_paragraph
                        )
                        # "Core adds ..., and Ultra a heat pump. Volvo has taken 903 orders":
                        # a count after a sentence on several trims is the model's
                        or (
                            fact.get("predicate") == "sales"
                            and sum(s.model == subject.model and bool(s.variant) for s in listed)
                            >= 2
                        )
                    )
                ):
                    # "... the Long Range gets 61 kWh. [new paragraph] Production will take
                    # place at Oulu": where and when a car is built is its model's
                    subject = _model_level(subject)
                    fact = {**fact, "subject": subject}
                worn = _version_in_trim(sent, subject)
                if worn is not None:
                    # "the X 220 d in Core form at £41,730": the version in the trim is the
                    # subject, the trim only how it is equipped
                    subject = worn
                    fact = {**fact, "subject": subject}
                newer = _newer_generation(subject, fact, published, generation_codes)
                if newer is not None and not any(v.subject == subject for v in sent.vehicles):
                    # "The current GLA (H247) has been on sale since 2020. Expect a reveal
                    # late this year": a car on sale premieres no more; the next one does
                    subject = newer
                    fact = {**fact, "subject": newer}
                certainty = self._certainty(sent, anchor)
                if id(sent) in refuted:
                    fact = {**fact, "negated": True}
                elif self._denied_before(sent, anchor):
                    # the denial is the maker's own word, whatever the report said
                    fact = {**fact, "negated": not fact.get("negated", False)}
                    certainty = "official"
                elif fact.get("negated") and any(
                    sent.clause_of(s) == sent.clause_of(anchor) or _points_back(sent.span.doc, s, e)
                    for s, e in sent.cues_in("figneg_after", anchor, sent.span.end)
                ):
                    # "a paper said X; the maker says this is wrong", "rumours of X are
                    # unfounded": the denial is the statement, not the rumour it answers
                    certainty = "official"
                subjects = [subject] if single else _coordinated(sent, subject, anchor)
                # "Both use X, and prices start at Y": "both" is the subject of its statement
                # (", and Volvo quotes 27 minutes ...": the maker giving a figure of the pair)
                figure = any(q.start == anchor for q in sent.quantities)
                in_first = not any(
                    _coordinated_clause(sent.span.doc, b)
                    and not (figure and self._maker_speaks_at(sent, b))
                    for b, _, _ in sent.clauses
                    if b <= anchor
                )
                # "Both ... up to 555 km in GT form": the trim the figure is qualified with
                qualified = next(
                    (
                        v.subject
                        for v in sent.vehicles
                        if anchor < v.start < sent.clause_of(anchor)[1]
                        and _qualifier(sent, v)
                        # the trim qualifies the figure just before it, not the whole clause
                        and not any(
                            anchor < q.start < v.start and not q._.restates for q in sent.quantities
                        )
                    ),
                    None,
                )
                group_at = _later_group(sent) if pair else None
                if pair and qualified in pair:
                    subjects = [qualified]
                elif group_at is not None and anchor >= group_at and subjects == [subject]:
                    subjects = pair  # "..., and all three are driven by the rear wheels"
                elif pair and subject == pair[0] and subjects == [subject]:
                    if in_first or _opens_with_they(sent, anchor):
                        subjects = pair  # "Both use X, and they cover Y": both again
                    elif len(pair) > 1 and pair[0].model == pair[1].model:  # "..., prices X"
                        subjects = [_model_level(subject)]
                # "The A costs X, while the B costs Y; both accept Z": both of them
                subjects = _both_in_clause(sent, anchor) or subjects
                # "Like the A390, it will be built in Dieppe": the A390 is too
                if fact.get("predicate") not in ("model_code", "successor_of"):
                    subjects += [a for a in _like_opening(sent, anchor) if a not in subjects]
                for each in subjects:
                    drafts.append(
                        Fact(
                            id="f",
                            certainty=certainty,
                            evidence=sent.evidence(),
                            **{**fact, "subject": each},
                        )
                    )

            # each kind of fact reads only this sentence's mentions
            self._model_codes(sent, add)
            if stated is not None:
                named, code = stated
                add(
                    {
                        "subject": _model_level(named),
                        "predicate": "model_code",
                        "value": named.code,
                    },
                    code,
                )
            if predecessor is not None and carried is not None:
                add(
                    {
                        "subject": carried,
                        "predicate": "successor_of",
                        "value": predecessor.name,
                        "negated": False,
                    },
                    sent.span.start,
                )
            if paragraph_units[0] != sent.paragraph:
                paragraph_units = (sent.paragraph, {})
            if last_listed[0] == sent.paragraph:
                sent.memo["previous_listed"] = last_listed[1]
            self._quantity_facts(
                sent, date_tokens, subject_at, add, cycle or paragraph_cycle, paragraph_units[1]
            )
            before_dates = len(drafts)
            self._date_facts(
                sent,
                subject_at,
                add,
                None if new_paragraph else previous_event,
            )
            dated = [
                f.predicate
                for f in drafts[before_dates:]
                if f.predicate in _DATED_EVENTS and not f.negated
            ]
            previous_event = dated[-1] if dated else None
            self._categorical_facts(sent, subject_at, add)
            self._denied_with_it(sent, add)
            self._undated_denials(sent, subject_at, add)
            self._platform_facts(sent, subject_at, add, last_platform)
            # "Then there is QX8, a van chassis. It debuts under the Y": "it" is the platform
            platform_it = _it_is_a_platform(sent, sentences[sent_index - 1] if sent_index else None)
            if platform_it:
                self._platform_first_models(sent, add, last_platform)
            last_platform = next(
                (p._.normalized or p.text for p in reversed(sent.spans) if p.label_ == "PLATFORM"),
                last_platform,
            )
            self._successor_facts(sent, add, None if blocked else carried)
            before_sites = len(drafts)
            self._production_sites(
                sent, vehicle_tokens, date_tokens, subject_at, add, last_site, recent_site
            )
            if recent_site is not None:
                sited = {
                    str(f.subject)
                    for f in drafts[before_sites:]
                    if f.predicate == "production_site"
                }
                self._plant_anaphor_sites(sent, add, recent_site, sited)
            # "... at its new plant in Szeged. The Atto 2 won't be built there": only the
            # sentence just before can give "there" its place
            last_site = next(
                (
                    str(f.value)
                    for f in reversed(drafts[before_sites:])
                    if f.predicate == "production_site"
                ),
                sent.memo.get("site_named"),
            )
            recent_site = last_site or recent_site
            if (
                not sent.vehicles
                and before_model is not None
                and carried is not None
                and not blocked
                and sent.clause_of(sent.cues["anaphor:model"][0][0])
                == sent.clause_of(sent.span.start)
                # "The regular car has 203 kW.": an aside on the plain model
                and not self._names_the_standard_car(sent)
            ):
                # "In daily use, the SUV has been frugal.": the article is back on the model,
                # not on the trim it named last
                current = carried
            # "... start at X in Design trim": a trim named as a qualifier is not the topic, nor
            # is a car named in an afterthought (", up from 580 hp in the regular X")
            topical = [
                v for v in sent.vehicles if not _qualifier(sent, v) and not _afterthought(sent, v)
            ]
            # "For the Ultra, the maker raised ...", "Called the Kestrel EREV, the newcomer
            # pairs ...": what a fronted phrase names is topical
            fronted = _opening_phrase_vehicle(
                sent,
                [v for v in sent.vehicles if not v.compared],
                _FRONTING_PREPOSITIONS | self.opening_naming_words,
                3,
            )
            if fronted is not None and fronted not in topical:
                topical.insert(0, fronted)
            moved_on = False
            if not topical and current is not None and current.model:
                # "Audi asks €613 a month for the Q4 quattro. The SUV lists at ...": a trim
                # priced "for the X" of another model than the topic's moves the article on
                topical = [
                    v
                    for v in sent.vehicles
                    if v.subject.model not in (None, current.model)
                    and not v.compared
                    and _qualifier(sent, v)
                ][:1]
                moved_on = bool(topical)
            if topical:
                main = sent.main_vehicle()
                if main is not None and _qualifier(sent, main) and not moved_on:
                    main = None
                if main is None:
                    main = fronted or _temporal_clause_subject(sent, topical)
                # "The other one is a van, known for now by the code QX5": a car
                # known by its code alone, introduced here, is the new topic
                introduced = len(topical) == 1 and _introduced_code(sent, topical[0])
                if introduced:
                    main = topical[0]
                tested = next((v for v in topical if _our_test_car(sent, v)), None)
                if tested is not None and (
                    main is None or tested.subject.model == main.subject.model
                ):
                    # "The Kia EV6 ... : our EV6 GT-Line test car lists at X. It uses ...": the
                    # version driven is what the figures that follow are of
                    main = tested
                # "The current X was updated in 2025, and the SE is the one to buy. It makes
                # ...": the trim a later main clause is about is the new topic
                main = _later_clause_subject(sent, main) or main
                grown = _line_grown_with(sent, main)
                if grown is not None:
                    current = grown.subject  # "The 296 family has grown with the 296 Speciale"
                elif (
                    main is not None
                    and carried is not None
                    and not introduced
                    and _anaphoric_subject(sent, main)
                    # "It previews the GT70, ...": the car previewed is the new topic
                    and not _topic_verb_before(sent, main)
                    # "what follows it: a crossover called Kestrel, and it ...": so is the
                    # car the sentence introduces by name
                    and self._introduced_by_name(sent, [main]) is None
                    # an opening "it" that is a platform: the car it carries is the new topic
                    and not platform_it
                ):
                    # "The flagship ... gets a new Sport trim": the vehicles the sentence names
                    # after its anaphoric subject are what it has, not the new topic
                    current = carried
                elif (
                    main is not None
                    and carried is not None
                    and carried != main.subject
                    and carried.variant is None
                    and main.subject.model != carried.model
                    and any(
                        v.subject.variant is None
                        and (v.subject.brand, v.subject.model) == (carried.brand, carried.model)
                        and main.subject in _coordinated(sent, v.subject, v.end)
                        for v in sent.vehicles
                    )
                ):
                    # "Both the diesel X and the electric Y belong to ...": the article stays
                    # on the one of the pair it was on
                    current = carried
                elif main is not None or current is None:
                    current = (main or topical[0]).subject
                    # "The Mégane will make way for a crossover that revives the Renault 7
                    # name": the newer car is what the article goes on about
                    passive = sent.cues.get("successor:passive")
                    if passive and main is not None and main.start < passive[0][1]:
                        newer = [v for v in topical if v.start >= passive[0][1]]
                        if newer:
                            current = newer[0].subject
                    # "..., so the operator is switching to the Y": the car turned to
                    switched = next(
                        (
                            v
                            for v in topical
                            if main is not None
                            and v.start > main.end
                            and " ".join(
                                t.lower_ for t in sent.span.doc[max(0, v.start - 3) : v.start]
                            ).endswith(tuple(self.switch_phrases))
                        ),
                        None,
                    )
                    if switched is not None:
                        current = switched.subject
                    # "The electric X comes to Finland only as the Ultra": the one trim
                    # it is sold as is what the article goes on about
                    sold_as = _sold_only_as(sent, main, self.selling_verbs)
                    if sold_as is not None:
                        current = sold_as.subject
                elif _turns_to_maker(sent, topical, current):
                    # "Lucid, meanwhile, ..., who called the Gravity ...": another maker's car
                    current = topical[0].subject
                elif stated is not None:
                    current = carried  # "It, known internally as C1, ...": it has a code now
                elif renamed is not None:
                    current = renamed.subject  # and what the article goes on about
                elif (introduced_car := self._introduced_by_name(sent, topical)) is not None:
                    # "Lancia has confirmed what follows it: a crossover called the Kestrel":
                    # the car the sentence introduces by name is what the article goes on about
                    current = introduced_car.subject
                arrives_as = _arrives_as(sent, current, self.arriving_verbs)
                if arrives_as is not None:
                    # "The newcomer launches as the three-motor Ultra": the trim the car comes
                    # as is what the figures that follow are of
                    current = arrives_as.subject
                if current is not None and not (
                    main is not None and self._named_as_updated(sent, main)
                ):
                    newest = current
                elif main is not None and current is not None:
                    # "The current Q5 ... makes way for a model known internally as B10":
                    # the coded generation beside the outgoing car is the newcomer
                    newest = next(
                        (
                            v.subject
                            for v in sent.vehicles
                            if v.code_only
                            and not v.compared
                            and v.subject.model == main.subject.model
                            and v.subject.code not in (None, main.subject.code)
                        ),
                        newest,
                    )
                with_variant = [v.subject for v in sent.vehicles if v.subject.variant]
                if with_variant:
                    last_variant = with_variant[-1]
                    editions = [s for s in with_variant if _edition_name(s.variant or "")]
                    last_edition = editions[-1] if editions else last_edition
                named = _distinct(v.subject for v in sent.vehicles if not v.compared)
                # a sentence naming one vehicle pairs it with the one named before it: "The X
                # ... . Its sibling, the Y, ... . Both are built in Z."
                previous_named = [s for s in previous_named if s not in named][-1:] + named
            last_named = _distinct(
                v.subject for v in sent.vehicles if not v.compared and not v.code_only
            )
            if sent.vehicles:
                last_named_paragraph = sent.paragraph
            last_listed = (
                sent.paragraph,
                _distinct(v.subject for v in sent.vehicles if not v.code_only),
            )
            if paragraph_named[0] != sent.paragraph:
                paragraph_named = (sent.paragraph, [])
            paragraph_named[1].extend(s for s in last_named if s not in paragraph_named[1])
            recent_trims = (
                sent.paragraph,
                {s.variant: s.model for s in last_named if s.variant and s.model},
            )
            if current is not None and current.brand:
                last_of_brand[current.brand] = current
            last_concept = next(
                (v.subject for v in reversed(sent.vehicles) if self._is_concept(v.subject)),
                last_concept,
            )
            last_production = next(
                (
                    _model_level(v.subject)
                    for v in reversed(sent.vehicles)
                    if v.subject.model and not v.compared and not self._is_concept(v.subject)
                ),
                last_production,
            )
            if len(pair) > 1 and pair[0].model == pair[1].model and pair[0].variant:
                # "Both share X. Peak charging power is Y.": two trims of one model, so what
                # follows is the model's
                current = _model_level(pair[0])
            contrasted = _distinct(v.subject for v in topical if not v.compared) if topical else []
            if (
                len(contrasted) >= 2
                and all(c.variant and c.model == contrasted[0].model for c in contrasted)
                and (
                    any(t.lower_ in ("while", "whereas") for t in sent.span)
                    # "The Core costs X, and the Ultra is Y": a second clause too
                    or any(
                        v.start >= 3
                        and sent.span.doc[v.start - 3 : v.start].text.lower() == ", and the"
                        and v.subject.variant
                        for v in topical[1:]
                    )
                )
            ):
                # "... in the range-topping GT, while a cheaper S sits below it. A battery of
                # about 80 kWh ...": after two trims set against each other, the model (the
                # generation the article was on, when it is theirs)
                model = (
                    carried
                    if carried is not None
                    and carried.generation
                    and carried.model == contrasted[0].model
                    else None
                )
                current = _model_level(model or contrasted[0])
                # "..., while the C 300 e has 313 PS. Its battery ...": "it" is the last one
                last_contrasted = contrasted[-1]
            if self._aside(sent):
                # "For comparison, the base Enyaq costs X": the article stays on its car
                current = topic_before
            elif self._plain_version_of(sent, topic_before):
                # so it does after the plain version of its special one, unless "it" goes
                # on about the plain one ("The standard X is unchanged. It keeps ...")
                last_contrasted, current = current, topic_before

        doc._.facts = _merge(drafts)
        return doc

    # ------------------------------------------------------------------ structure

    def _aside(self, sent: _Sentence) -> bool:
        """The sentence opens as an aside ("For comparison, ..."), or says a car named in it
        stays as it was ("The Kestrel Core stays on sale at X"): its cars are no new topic."""
        if self._unchanged(sent):
            return True
        if sent.span.doc[sent.span.start].lower_ not in self.aside_firsts:
            return False
        words = tuple(t.lower_ for t in _leading_words(sent.span, 3))
        return any(words[: len(o)] == o for o in self.aside_openers)

    def _plain_version_of(self, sent: _Sentence, topic: Subject | None) -> bool:
        """ "The standard Kestrel Core is 2,000 kg lighter" in an article on the Kestrel Core
        Armoured: the sentence's first car is the plain version of the special one the article
        is on, named to set the two apart."""
        if topic is None or not topic.variant:
            return False
        first = next((v for v in sent.vehicles if not v.compared), None)
        if first is None or first.start < 1 or first.subject.model != topic.model:
            return False
        doc = sent.span.doc
        variant = first.subject.variant
        return doc[first.start - 1].lower_ in self.plain_version_words and (
            variant is None or topic.variant.startswith(f"{variant} ")
        )

    def _unchanged(self, sent: _Sentence) -> bool:
        """ "The Kestrel Core stays on sale at its old price": the sentence's first car, named as
        its subject, is said to stay as it was, right after its name."""
        if not sent.vehicles or sent.vehicles[0].start > sent.span.start + 2:
            return False
        k = sent.vehicles[0].end
        doc = sent.span.doc
        return any(
            tuple(t.lower_ for t in doc[k : k + len(phrase)]) == phrase
            for phrase in self.unchanged_asides
        )

    def _refutes(self, sent: _Sentence) -> bool:
        """A sentence that opens with a verdict of false ("False.", "Verdict: not true, ..."),
        the way fact checks answer the claim before it."""
        words = _leading_words(sent.span, 6)
        if len(words) >= 2 and words[0].lower_ in self.verdict_openers and words[1].text == ":":
            words = words[2:]
        if not words or words[0].lower_ not in self.verdict_starts:
            return False
        lowers = [t.lower_ for t in words]
        for verdict in self.false_verdicts:
            n = len(verdict)
            if tuple(lowers[:n]) == verdict and (
                len(words) == n or (words[n].is_punct and words[n].text != "-")
            ):
                return True
        return False

    def _sentences(
        self,
        doc: Doc,
        vehicles: list[Span],
        quantities: list[Span],
        dates: list[Span],
        date_tokens: set[int],
    ) -> tuple[list[_Sentence], list[int]]:
        """Sentences with their clauses, and every span and cue filed under its sentence once
        (linear in the text: long articles must not cost sentences x mentions)."""
        by_sentence: list[_Sentence] = []
        sentence_of = [-1] * len(doc)
        paragraph = 0
        text = doc.text  # built on each access: read it once
        for sent in doc.sents:
            if sent.text.strip() == "":
                continue
            if "\n\n" in text[max(sent.start_char - 3, 0) : sent.start_char]:
                paragraph += 1
            for i in range(sent.start, sent.end):
                sentence_of[i] = len(by_sentence)
            by_sentence.append(_Sentence(sent, paragraph, [], [], []))
        for spans, attr in ((vehicles, "spans"), (quantities, "quantities"), (dates, "dates")):
            for span in spans:
                index = sentence_of[span.start]
                if index >= 0:
                    getattr(by_sentence[index], attr).append(span)
        for key_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[key_id]
            if key.startswith("cert:speculative") and start in date_tokens:
                continue  # "May" the month is not "may" the modal
            if sentence_of[start] >= 0:
                by_sentence[sentence_of[start]].cues[key].append((start, end))
        in_names = {
            k for span in vehicles if span.label_ != "PLATFORM" for k in range(span.start, span.end)
        }
        maker_ends = {span.end for span in vehicles if span.label_ == "BRAND"}
        maker_starts = {span.start for span in vehicles if span.label_ == "BRAND"}
        maker_span_end = {span.start: span.end for span in vehicles if span.label_ == "BRAND"}
        # "the bZ4X claims 615 km": a car's claimed figure is its maker's
        car_ends = {span.end for span in vehicles if span.label_ in _VEHICLE_LABELS}
        car_starts = {span.start for span in vehicles if span.label_ != "PLATFORM"}
        figure_tokens = {k for q in quantities for k in range(q.start, q.end)}
        for sent in by_sentence:
            # "Land" in "Land Cruiser" is no event word; "AWD" in a variant's name is no claim
            for key in [k for k in sent.cues if not k.startswith("anaphor")]:
                sent.cues[key] = [(s, e) for s, e in sent.cues[key] if s not in in_names]
            # "a production-ready example", "built-in navigation": a building word glued to
            # the next by a hyphen is part of a describing compound, not a plant or a start
            for key in _BUILDING_CUE_KEYS & sent.cues.keys():
                sent.cues[key] = [
                    (s, e)
                    for s, e in sent.cues[key]
                    if not (e < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_)
                ]
            # "the range-topping Kestrel Ultra": a noun glued to a participle by a hyphen
            # describes the car named next, and points back at nothing
            for key in _ANAPHOR_KEYS:
                sent.cues[key] = [
                    (s, e)
                    for s, e in sent.cues.get(key, ())
                    if not (
                        e + 2 in car_starts
                        and doc[e].text == "-"
                        and not doc[e - 1].whitespace_
                        and doc[e + 1].lower_.endswith(("ing", "ed"))
                    )
                ]
            # "one motor on each axle", "both ends": "each" / "both" before a noun of a part
            sent.cues["anaphor:model"] = [
                (s, e)
                for s, e in sent.cues.get("anaphor:model", ())
                if not (
                    e - s == 1
                    and doc[s].lower_ in ("each", "both")
                    and e < len(doc)
                    and doc[e].lower_ in self.quantifier_part_nouns
                )
            ]
            # "follows a price cut by X", "follows suit": following something is no launch
            sent.cues["weakevent:market_launch"] = [
                (s, e)
                for s, e in sent.cues.get("weakevent:market_launch", ())
                if not (
                    doc[e - 1].lower_ in self.follow_words
                    and e < len(doc)
                    and doc[e].lower_ in _FOLLOWED_OBJECTS
                    and not {e, e + 1} & date_tokens  # "will follow a year later"
                )
            ]
            said_by_maker = maker_ends | {e for _, e in sent.cues.get("company", ())}
            cycle_ends = {
                e for key, spans in sent.cues.items() if key.startswith("cycle:") for _, e in spans
            }
            # "Ferrari claims 2.3 s", "a claimed 430 km": the maker's own figure
            sent.cues["cert:reported"] = [
                (s, e)
                for s, e in sent.cues.get("cert:reported", ())
                if not (
                    doc[s].lower_ in self.maker_claims
                    and (
                        s in said_by_maker
                        or s in car_ends
                        or doc[s - 1].lower_ in _DETERMINERS | {"its"}
                        # "enough for Kia to claim 1.1 l/100km"
                        or (doc[s - 1].lower_ == "to" and s - 1 in said_by_maker)
                        # "Tesla's claimed 250 kW"
                        or (doc[s - 1].lower_ in _POSSESSIVES and s - 1 in said_by_maker)
                        # "Skoda's 6.5-second claim"
                        or _after_makers_figure(doc, s, figure_tokens, said_by_maker)
                        # "the 540 km WLTP claim", "the official claim": a figure on a test
                        or s in cycle_ends
                        or doc[s - 1].lower_ == "official"
                        # "It costs X and claims 453 miles": the car claims, as its maker
                        or (
                            doc[s + 1].lower_ != "that"
                            and (
                                doc[s - 1].lower_ == "it"
                                or (
                                    doc[s - 1].lower_ == "and"
                                    and (
                                        doc[sent.span.start].lower_ == "it"
                                        # "The Kestrel carries a big pack and claims ..."
                                        or _opens_with_car(doc, sent.span.start, car_starts)
                                    )
                                )
                            )
                        )
                    )
                )
            ]
            # "BYD said its factory would start production": "will" told in the past tense
            sent.cues["cert:speculative"] = [
                (s, e)
                for s, e in sent.cues.get("cert:speculative", ())
                if not (
                    doc[s].lower_ == "would"
                    and any(
                        doc[k].lower_ in self.reporting_verbs
                        for k in range(max(sent.span.start, s - 14), s)
                    )
                )
            ]
            # "according to Hyundai, the X costs ...": the maker's own statement, official;
            # not "according to Hyundai insiders" nor "according to Skoda's measurements"
            sent.cues["cert:reported_sentence"] = [
                (s, e)
                for s, e in sent.cues.get("cert:reported_sentence", ())
                if not (
                    doc[s:e].text.lower() == "according to"
                    and (e in maker_starts or any(c == e for c, _ in sent.cues.get("company", ())))
                    and _closes_attribution(doc, maker_span_end.get(e, e + 2), sent.span.end)
                )
            ]
            # "originally known as AM-RB 003": a former name, not a plan given up
            sent.cues["nonclaim"] = [
                (s, e)
                for s, e in sent.cues.get("nonclaim", ())
                if not (e < len(doc) and doc[e].lower_ in self.naming_words)
            ]
            # "EPA-estimated", "ending speculation": hedge words that hedge nothing
            # "the manufacturer's suggested retail price": nor a source
            for start, end in sent.cues.pop("nonhedge", ()):
                for level in ("cert:speculative", "cert:reported", "cert:reported_sentence"):
                    sent.cues[level] = [
                        (s, e) for s, e in sent.cues.get(level, ()) if not start <= s < end
                    ]
        lowers = [t.lower_ for t in doc]  # read once: indexing a Doc builds a Token each time
        for sent in by_sentence:
            self._descriptive_anaphors(sent, lowers)
            self._gapped_events(sent, lowers)
            sent.nominal_tails = {
                i
                for i in range(sent.span.start, sent.span.end)
                if lowers[i] in self.body_nouns or lowers[i] == "itself"
            }
        # where a noun phrase naming a vehicle ends: an appositive may follow it
        nominal_ends = {span.end for span in vehicles}
        nominal_ends |= {s.end + 1 for s in vehicles if s.end < len(doc) and doc[s.end].text == ")"}
        for sent in by_sentence:
            anaphors = [e for k in _ANAPHOR_KEYS for _, e in sent.cues.get(k, ())]
            sent.clauses = _clauses(
                sent.span,
                nominal_ends | set(anaphors),
                self.appositive_openers,
                self.lexicon.participle_openers,
                self.lexicon.place_openers,
            )
            sent.anaphor_ends = set(anaphors)
        return by_sentence, sentence_of

    def _gapped_events(self, sent: _Sentence, lowers: list[str]) -> None:
        """ "UK sales are expected to start in early 2027", "Output of the newcomer could begin
        in 2027": the noun is the event when a start verb follows within six words, in the same
        stretch between punctuation."""
        start, end = sent.span.start, sent.span.end
        for predicate, (nouns, verbs) in self.gapped_events.items():
            for i in range(start, end):
                if lowers[i] not in nouns:
                    continue
                for w in lowers[i + 1 : min(i + 7, end)]:
                    if w in verbs:
                        sent.cues[f"event:{predicate}"].append((i, i + 1))
                    if w in verbs or w in _CLAUSE_PUNCT:
                        break
        # "the first cars reach UK customers in June", "handed the first car to its owner"
        for predicate, (verbs, nouns) in self.reaching_events.items():
            for i in range(start, end):
                if lowers[i] not in verbs:
                    continue
                for k in range(i + 1, min(i + 6, end)):
                    if lowers[k] in nouns:
                        sent.cues[f"event:{predicate}"].append((i, k + 1))
                        break
                    if lowers[k] in _CLAUSE_PUNCT:
                        break

        # "will bring the X to Britain next spring": a car brought to a market is launched there
        doc = sent.span.doc
        for i in range(start, end):
            if lowers[i] not in self.bringing_verbs:
                continue
            for k in range(i + 1, min(i + 9, end - 1)):
                if lowers[k] in _CLAUSE_PUNCT or lowers[k] == "back":
                    break
                if lowers[k] != "to":
                    continue
                j = k + 1 + (lowers[k + 1] == "the")
                if j < end and (doc[j].text in self.markets or lowers[j] in self.market_nouns):
                    sent.cues["event:market_launch"].append((i, i + 1))
                break

    def _descriptive_anaphors(self, sent: _Sentence, lowers: list[str]) -> None:
        """ "the compact SUV", "the fastback saloon": one or two describing words and a body
        noun stand for the model, as "the SUV" does (a model anaphor)."""
        doc = sent.span.doc
        taken = {k for key in _ANAPHOR_KEYS for s, e in sent.cues.get(key, ()) for k in range(s, e)}
        for opener in range(sent.span.start, sent.span.end - 2):
            if lowers[opener] not in _DESCRIPTION_OPENERS or opener in taken:
                continue
            i = opener
            # "the brand's new flagship": the maker's possessive stands with the determiner
            if (
                lowers[i] == "the"
                and i + 3 < sent.span.end
                and lowers[i + 1] in self.lexicon.maker_nouns
                and lowers[i + 2] in _POSSESSIVES
            ):
                i += 2
            # "the front-wheel-drive supermini": a hyphenated compound is one describing word
            widths = [0] if lowers[opener] != "the" else []  # "that crossover"
            k = i + 1
            # "the seven-seater": a compound whose last part is the body noun
            end = k
            while end + 2 < sent.span.end and doc[end + 1].text == "-":
                end += 2
            if end > k and lowers[end] in self.compound_body_nouns:
                sent.cues["anaphor"].append((opener, end + 1))
                continue
            while k < sent.span.end and len(widths) < 2 + (lowers[opener] != "the"):
                while k + 2 < sent.span.end and doc[k + 1].text == "-":
                    k += 2
                widths.append(k - i)
                k += 1
            for width in widths:
                noun = i + width + 1
                if noun >= sent.span.end or lowers[noun] not in self.body_nouns:
                    continue
                describing = [t for t in doc[i + 1 : noun] if t.text != "-"]
                hyphenated = len(describing) < width
                after = lowers[noun + 1] if noun + 1 < len(lowers) else ""
                if (
                    all(
                        (
                            (t.is_lower and t.text.replace("-", "").isalpha())
                            # "the 4.7-metre SUV": a figure inside a compound
                            or (t.like_num and t.i + 1 < noun and doc[t.i + 1].text == "-")
                            # "the Kyoto-built hatchback": a town glued to "built"
                            or (
                                _is_place_word(t)
                                and t.i + 2 < noun
                                and doc[t.i + 1 : t.i + 3].text == "-built"
                            )
                        )
                        and t.lower_ not in self.not_describing
                        and t.lower_ not in self.body_nouns
                        for t in describing
                    )
                    and after not in self.compound_followers
                    and after not in self.body_nouns
                ):
                    # a compound ("the three-motor grand tourer") may describe a trim too
                    # ("the all-wheel-drive estate" names the car's layout: the model)
                    layout = doc[i + 1 : noun].text.lower().endswith("wheel-drive")
                    key = "anaphor" if hyphenated and not layout else "anaphor:model"
                    sent.cues[key].append((opener, noun + 1))
                break

    def _spelled_variants(
        self, sent: _Sentence, named: dict[str, dict[str, Subject]]
    ) -> list[_Vehicle]:
        """ "the plug-in hybrid" after "C5 Aircross Plug-in Hybrid 225": a trim's name written in
        lower case (its output left off) stands for that trim, when only one trim so named."""
        # the first word of a name written in lower case ("plug" of "plug-in hybrid")
        firsts = {name.split(" ")[0].split("-")[0] for name in named if " " in name or "-" in name}
        if not firsts:
            return []
        doc = sent.span.doc
        found: list[_Vehicle] = []
        taken = {k for v in sent.vehicles for k in range(v.start, v.end)}
        for k in range(sent.span.start, sent.span.end - 1):
            if doc[k].lower_ != "the" or k + 1 in taken or doc[k + 1].text not in firsts:
                continue
            last = k + 1
            while last < min(sent.span.end, k + 7) and (
                (doc[last].is_lower and doc[last].is_alpha) or doc[last].text == "-"
            ):
                last += 1
            for end in range(last, k + 2, -1):  # the longest name first
                words = doc[k + 1 : end].text
                if " " not in words and "-" not in words:
                    break  # one plain word ("the hybrid") is too often the kind, not the trim
                if end < len(doc) and doc[end].lower_ in self.compound_followers:
                    continue
                owners = {
                    key: subject
                    for name, subjects in named.items()
                    if name == words
                    or (name.startswith(words + " ") and name[len(words) + 1 :].isdigit())
                    for key, subject in subjects.items()
                }
                if owners:
                    if len(owners) == 1:
                        found.append(_Vehicle(k + 1, end, next(iter(owners.values()))))
                    break
        return found

    def _powertrain_kind(self, sent: _Sentence, vehicle: _Vehicle) -> str | None:
        """The kind of powertrain a trim's name and the lower-case words after it say ("2.0
        TDI": diesel; "1.4 TSI PHEV plug-in hybrid": plug-in), if any."""
        doc = sent.span.doc
        end = vehicle.end
        while end < min(sent.span.end, vehicle.end + 4) and (
            doc[end].is_lower or doc[end].text in ("-", ":")
        ):
            end += 1
        words = doc[vehicle.start : end].text.lower()
        return next(
            (kind for kind, pattern in self.powertrain_kinds if pattern.search(words)), None
        )

    def _powertrain_variants(
        self,
        sent: _Sentence,
        trims: dict[str, dict[str, tuple[Subject, str]]],
        current: Subject | None,
    ) -> list[_Vehicle]:
        """ "The diesel tows 2,317 kg": a kind of powertrain after "the" names the one trim of
        that kind the article gave the model in hand (the last named before it in the
        sentence, else the topic)."""
        if not trims:
            return []
        lowered = sent.span.text.lower()
        if not any(
            f"{determiner} {phrase}" in lowered
            for phrase, _ in self.powertrain_anaphors
            for determiner in _POINTING_DETERMINERS
        ):
            return []  # read once per sentence: most name no kind of powertrain
        doc = sent.span.doc
        found: list[_Vehicle] = []
        taken = {k for v in sent.vehicles for k in range(v.start, v.end)}
        for k in range(sent.span.start, sent.span.end - 1):
            if doc[k].lower_ not in _POINTING_DETERMINERS or k + 1 in taken:
                continue
            ends = range(k + 2, min(sent.span.end, k + 5) + 1)
            read = next(
                (
                    (e, kind)
                    for phrase, kind in self.powertrain_anaphors
                    for e in ends
                    if doc[k + 1 : e].text.lower() == phrase
                ),
                None,
            )
            if read is None:
                continue
            end, kind = read
            after = doc[end] if end < sent.span.end else None
            if after is not None and (
                end in taken
                or after.lower_ in self.powertrain_blockers
                or after.text == "-"
                or (after.is_title and after.i > sent.span.start)
            ):
                continue
            before = [v.subject for v in sent.vehicles if v.end <= k and v.subject.model]
            model = before[-1].model if before else current.model if current else None
            named = trims.get(model or "", {}).values()
            matches = [s for s, trim_kind in named if trim_kind == kind]
            if len(matches) == 1:
                found.append(_Vehicle(k + 1, end, matches[0]))
        return found

    def _both_of_kind(
        self, sent: _Sentence, trims: dict[str, dict[str, tuple[Subject, str]]]
    ) -> list[Subject]:
        """ "Both diesels tow 2,100 kg": "both" and a kind of powertrain
        in the plural stand for the one trim of that kind each of two models was given."""
        tokens = _leading_words(sent.span, 2)
        if len(tokens) < 2 or tokens[0].lower_ != "both" or sent.vehicles:
            return []
        rest = sent.span.doc[tokens[1].i : sent.span.end].text.lower()
        for phrase, kind in self.powertrain_anaphors:
            if not re.match(re.escape(phrase) + r"e?s\b", rest):
                continue
            found = [
                [s for s, trim_kind in named.values() if trim_kind == kind]
                for named in trims.values()
            ]
            found = [f for f in found if f]
            if len(found) == 2 and all(len(f) == 1 for f in found):
                return [found[0][0], found[1][0]]
            return []
        return []

    def _body_noun_cars(
        self, sent: _Sentence, owners: dict[str, list[Subject]], current: Subject | None
    ) -> list[_Vehicle]:
        """ "the hatchback" and "the crossover" after "the Kestrel hatchback and the Osprey
        crossover": a body noun the article tied to one model, when it tied another noun to
        another model, names that model."""
        if len({m.model for models in owners.values() for m in models}) < 2:
            return []
        doc = sent.span.doc
        taken = {k for v in sent.vehicles for k in range(v.start, v.end)}
        found: list[_Vehicle] = []
        for k in range(sent.span.start, sent.span.end - 1):
            if doc[k].lower_ != "the" or k + 1 in taken:
                continue
            models = owners.get(doc[k + 1].lower_, [])
            after = doc[k + 2].lower_ if k + 2 < sent.span.end else ""
            if (
                len(models) == 1
                and after not in self.body_nouns
                and not doc[k + 2 : k + 3].text.istitle()
            ):
                model = models[0]
                if current is not None and current.model == model.model:
                    model = _model_level(current)  # the topic's code stays on it
                found.append(_Vehicle(k + 1, k + 2, model))
        return found

    def _earlier_generation_cars(
        self,
        sent: _Sentence,
        current: Subject | None,
        generation_codes: dict[str, dict[str, str]],
    ) -> list[_Vehicle]:
        """ "€45,000 for the outgoing car" in a story on the new Kestrel (K2) that tied K1 to
        the outgoing one: the body noun after an earlier-generation word names that generation."""
        # the car the sentence names, else the one the article is on
        named = [v.subject for v in sent.vehicles if not v.compared and v.subject.model]
        owner = next(
            (s for s in [*named, current] if s is not None and s.model in generation_codes),
            None,
        )
        if owner is None or not owner.model:  # (a model, for the type checker)
            return []
        code = generation_codes[owner.model].get("previous")
        if code is None or code == owner.code:
            return []
        doc = sent.span.doc
        taken = {k for v in sent.vehicles for k in range(v.start, v.end)}
        found: list[_Vehicle] = []
        for k in range(sent.span.start, sent.span.end - 2):
            if (
                doc[k].lower_ in ("the", "its")
                and doc[k + 1].lower_ in self.earlier_generation_words
                and doc[k + 2].lower_ in self.body_nouns
                and not {k + 1, k + 2, k + 3} & taken
            ):
                subject = _subject(owner.brand, owner.model, code, None, "previous")
                found.append(_Vehicle(k + 1, k + 3, subject))
        return found

    def _entry_trims(
        self,
        sent: _Sentence,
        trims: dict[str, list[Subject]],
        current: Subject | None,
        drafts: list[Fact],
    ) -> list[_Vehicle]:
        """ "The base version lacks a heat pump" after two trims of the model in hand:
        the cheapest trim priced so far, else the first the article named (articles list a
        range from its cheapest)."""
        named = trims.get(current.model or "", []) if current is not None else []
        if len(named) < 2:
            return []
        doc = sent.span.doc
        lowered = sent.span.text.lower()
        found: list[_Vehicle] = []
        for phrase in self.entry_anaphors:
            at = lowered.find(phrase)
            if at < 0:
                continue
            span = sent.span.char_span(at, at + len(phrase))
            if span is None or (
                span.end < sent.span.end and doc[span.end].lower_ in self.body_nouns
            ):
                continue
            if any(span.end <= v.start <= span.end + 2 for v in sent.vehicles):
                continue  # "the base version, the Core": the trim is named
            prices = {
                f.subject.name: f.value if f.value is not None else f.high
                for f in drafts
                if f.predicate == "price" and f.subject in named and not f.negated
            }
            priced = [(v, k) for k, t in enumerate(named) if (v := prices.get(t.name)) is not None]
            found.append(
                _Vehicle(span.start + 1, span.end, named[min(priced)[1]] if priced else named[0])
            )
        return found

    def _fee(self, sent: _Sentence, q: Span) -> bool:
        """A sum named as a fee: a fee word right after it ("a $1,250 destination charge") or
        opening its clause with no other sum before it ("Destination is now $1,250", "The
        destination charge grows to $1,250"); not "$39,000 including destination"."""
        doc = sent.span.doc
        if q.end < sent.span.end and doc[q.end].lower_ in self.fee_words:
            return True
        start, _ = sent.clause_of(q.start)
        if any(
            o.end <= q.start and o._.measure is not None and o._.measure.dimension == "currency"
            for o in sent.quantities
            if o.start >= start
        ):
            return False
        # the fee is what the clause is about: its first words ("The destination charge
        # grows ...", "Destination for every X is now ...")
        return any(t.lower_ in self.fee_words for t in doc[start : min(start + 3, q.start)])

    def _is_concept(self, subject: Subject) -> bool:
        """A show car, named by a concept word ("Vision 7S", "Concept Three")."""
        return bool(subject.model) and subject.model.split()[0] in self.concept_name_words

    def _means_newcomer(self, sent: _Sentence) -> bool:
        """The sentence refers to "the newcomer" before naming any vehicle."""
        doc = sent.span.doc
        first_named = min((s.start for s in sent.spans), default=sent.span.end)
        return any(
            s < first_named and doc[s:e].text.lower() in self.newcomer_anaphors
            for s, e in sent.cues.get("anaphor", ())
        )

    def _named_there(self, sent: _Sentence, topical: list[_Vehicle]) -> _Vehicle | None:
        """A car a relative clause names with a naming phrase ("where it is badged as the X")
        in a sentence whose main clause names none."""
        if sent.main_vehicle() is not None:
            return None
        doc = sent.span.doc
        for vehicle in topical:
            if sent.clause_kind(vehicle.start) != "rel":
                continue
            before = " ".join(
                t.lower_ for t in doc[max(sent.span.start, vehicle.start - 4) : vehicle.start]
            )
            if any(before.endswith(p) or before.endswith(p + " the") for p in self.naming_phrases):
                return vehicle
        return None

    def _introduced_by_name(self, sent: _Sentence, topical: list[_Vehicle]) -> _Vehicle | None:
        """ "..., a fastback crossover called Kestrel": the one model among ``topical`` the
        sentence introduces by name after an indefinite noun phrase."""
        doc = sent.span.doc
        found = []
        for vehicle in topical:
            if vehicle.subject.variant is not None or vehicle.code_only:
                continue
            k = vehicle.start - 1 - (doc[vehicle.start - 1].lower_ == "the")
            if doc[k].lower_ not in self.naming_words:
                continue
            j = k - 1
            while j > sent.span.start and k - j <= 4 and doc[j].is_lower and doc[j].is_alpha:
                if doc[j].lower_ in ("a", "an"):
                    found.append(vehicle)
                    break
                j -= 1
        return found[0] if len(found) == 1 else None

    def _named_as_updated(self, sent: _Sentence, vehicle: _Vehicle) -> bool:
        """ "A facelifted G9", "the outgoing X": a car the article is not introducing."""
        doc = sent.span.doc
        before = doc[max(sent.span.start, vehicle.start - 2) : vehicle.start]
        return any(t.lower_ in self.updated_words for t in before)

    def _plant_clause(self, sent: _Sentence, i: int) -> bool:
        """Token ``i`` stands in a relative clause hanging on a place or a plant ("at Oulu,
        which can make ...", "a plant that turns out ...")."""
        if sent.clause_kind(i) != "rel":
            return False
        start, _ = sent.clause_of(i)
        doc = sent.span.doc
        k = start - 1
        while k > sent.span.start and doc[k].text == ",":
            k -= 1
        return k >= sent.span.start and (
            doc[k].lower_ in self.site_nouns
            or (_is_place_word(doc[k]) and not any(s.start <= k < s.end for s in sent.spans))
        )

    def _continues_nothing(self, sent: _Sentence, current: Subject | None = None) -> bool:
        """True when a sentence without a named vehicle is about something else.

        It talks about vehicles in general ("a vehicle skips ..."), or about a brand or platform
        without a pronoun or "the SUV" pointing back at the article's current vehicle.
        """
        if self._introduces_unnamed(sent):
            return True
        if sent.vehicles and not sent.cues.get("company"):
            return False
        doc = sent.span.doc
        anaphor_starts = [s for k in _ANAPHOR_KEYS for s, _ in sent.cues.get(k, ())]
        if any(
            not (e < len(doc) and doc[e].lower_ in self.generic_market_followers)
            and not (s > 0 and doc[s - 1].lower_ in self.generic_not_after)
            # "173 km of range in a test meant for small vehicles": cars named as what
            # something is for are no subject of the sentence
            and not _after_preposition(doc, s)
            # "Subaru confirmed it won't ..., so every car gets AWD": the car already named;
            # not "Peugeot says it sold 1.06 million cars", a count of cars in general
            and not (any(a < s for a in anaphor_starts) and not doc[s - 1].like_num)
            # "It is built at Oulu, which can make 90,000 cars a year": a plant's count in a
            # relative clause hanging on it, and the anaphor before it stays the subject
            and not (any(a < s for a in anaphor_starts) and self._plant_clause(sent, s))
            # "will be capped at 250 cars", "only 250 cars will be made": the run the car is
            # built in
            and not (
                s > 1
                and doc[s - 1].like_num
                and (
                    doc[max(0, s - 4) : s - 1].text.lower().endswith(self.run_limits)
                    or (
                        doc[s - 2].lower_ in self.run_limit_adverbs
                        # opening its clause, not the object of "it sold only 900 cars a year"
                        and (s - 2 == sent.span.start or doc[s - 3].lower_ in _RUN_OPENERS)
                    )
                )
            )
            for s, e in sent.cues.get("generic", ())
        ):
            return True  # "cars for Europe will be built in X" is the article's car
        # "Ford quotes 376 km", "Audi says", "the company said": the maker as a source
        plants = [s for s, _ in sent.cues.get("site_noun", ())]
        # a denying verb after the maker counts too ("Volvo won't sell ...", "has axed ...")
        negations = {s for key in ("neg", "negverb") for s, _ in sent.cues.get(key, ())}
        names_other = (
            any(
                v.label_ in ("BRAND", "PLATFORM")
                and not (v.end < len(doc) and doc[v.end].lower_ in self.reporting_verbs)
                # "Volvo has confirmed a twin-motor version": the maker as a source too
                and not (
                    v.end + 1 < len(doc)
                    and doc[v.end].lower_ in ("has", "have", "had")
                    and doc[v.end + 1].lower_ in self.reporting_verbs
                )
                # "Skoda won't offer the larger pack": the topic's maker denying something of
                # its car
                and not (
                    v.label_ == "BRAND"
                    and current is not None
                    and (v._.normalized or v.text) == current.brand
                    and (
                        any(v.end <= k <= v.end + 2 for k in negations)
                        # "Kia fits a 64 kWh battery": what the maker gives its car
                        or self._fits_at(doc, v.end, sent.span.end)
                    )
                )
                # "assembled at Volvo's Torslanda plant": the plant's owner, not the topic
                and not (
                    v.end < len(doc)
                    and doc[v.end].text in _POSSESSIVES
                    and any(v.end < k <= v.end + 4 for k in plants)
                )
                # "Kia's small crossover is ...": the topic's maker owning a body noun
                and not (
                    v.label_ == "BRAND"
                    and current is not None
                    and (v._.normalized or v.text) == current.brand
                    and v.end < len(doc)
                    and doc[v.end].text in _POSSESSIVES
                    and self.vehicle_noun.search(doc[v.end + 1 : v.end + 4].text.lower())
                )
                for v in sent.spans
            )
            or any(
                not (e < len(doc) and doc[e].lower_ in self.reporting_verbs | {"'s", "’s"})
                # "..., and the company has also ruled out a wagon": the maker denying more
                and not any(e <= k <= e + 2 for k in negations)
                for _, e in sent.cues.get("company", ())
            )
        )
        anaphors = [s for k in _ANAPHOR_KEYS for s, _ in sent.cues.get(k, ())]
        # "Bentley confirmed that its first electric model ...": "its" is the other maker's
        if current is not None and any(
            v.label_ == "BRAND" and (v._.normalized or v.text) != current.brand for v in sent.spans
        ):
            anaphors = [s for s in anaphors if doc[s].lower_ not in ("its", "their")]
        return names_other and not anaphors

    def _maker_is_subject(self, sent: _Sentence, i: int) -> bool:
        """ "Bentley delivered 10,600 cars last year": a clause whose subject is a maker (not
        "Bentley says", not "Bentley's Bentayga") states the maker's figure."""
        start, end = sent.clause_of(i)
        doc = sent.span.doc
        k = start
        while k < i and (doc[k].is_space or doc[k].is_punct or doc[k].lower_ in _CONNECTIVES):
            k += 1
        brand = next((v for v in sent.spans if v.label_ == "BRAND" and v.start == k), None)
        if brand is None and k == start and start >= 2 and doc[start - 1].text == ",":
            # "Leapmotor, which delivered 596,000 vehicles last year, ...": the maker's figure
            return doc[start].lower_ in ("which", "that") and any(
                v.label_ == "BRAND" and v.end == start - 1 for v in sent.spans
            )
        if brand is None or brand.end >= len(doc):
            return False
        if any(
            doc[s].lower_ not in ("its", "their")
            for key in _ANAPHOR_KEYS
            for s, _ in sent.cues_in(key, brand.end, end)
        ):
            return False  # "Tesla will not build it in Berlin": the claim is about "it"
        if sent.cues_in("negverb", brand.end, end):
            return False  # "Bugatti has ruled out a rear-drive version": a denial about the car
        if any(
            brand.end <= s <= brand.end + 2
            and any(
                t.lower_ in self.lexicon.offering_verbs and self._names_the_car(sent, t.i + 1)
                for t in doc[s + 1 : s + 3]
            )
            for s, _ in sent.cues.get("neg", ())
        ):
            return False  # "Volvo won't sell the plug-in in AWD form": the maker denies it its car
        k = brand.end
        if (
            k + 2 < end
            and doc[k].text == ","
            and doc[k + 1].lower_ in _CONNECTIVES
            and doc[k + 2].text == ","
        ):
            k += 3  # "Lucid, meanwhile, delivered 15,841 vehicles"
        while k < end and doc[k].lower_ in _AUXILIARIES:
            k += 1  # "Cupra has said ..."
        if self._fits_at(doc, k, end):
            return False  # "Volvo does not offer AWD": the car's feature, denied
        after = doc[k].lower_ if k < len(doc) else ""
        return after not in self.reporting_verbs and after not in {"'s", "’s", ","}

    def _fits_at(self, doc: Doc, k: int, end: int) -> bool:
        """A fitting verb ("offer", "fits") at ``k``, after auxiliaries and a negation: a
        maker before it speaks of what its car gets ("Volvo does not offer AWD")."""
        while k < end and doc[k].lower_ in _AUXILIARIES_OR_NEGATIONS:
            k += 1
        return k < end and doc[k].lower_ in self.lexicon.fitting_verbs

    def _maker_speaks_at(self, sent: _Sentence, start: int) -> bool:
        """A clause that opens on a maker and a reporting verb (", and Volvo quotes ..."): the
        maker as the source of a figure about the cars the sentence is on."""
        doc = sent.span.doc
        k = start + (doc[start].lower_ in _COORDINATORS)
        return any(
            s.label_ == "BRAND"
            and s.start == k
            and s.end < sent.span.end
            and doc[s.end].lower_ in self.reporting_verbs
            for s in sent.spans
        )

    def _names_the_standard_car(self, sent: _Sentence) -> bool:
        """The sentence opens on a model anaphor that says the plain model ("The standard car
        makes ...", not "up from 335 hp in the standard car")."""
        doc = sent.span.doc
        opening = _leading_words(sent.span, 1)
        return any(
            opening
            and s == opening[0].i
            and any(t.lower_ in self.lexicon.standard_words for t in doc[s:e])
            for s, e in sent.cues.get("anaphor:model", ())
        )

    def _names_the_car(self, sent: _Sentence, k: int) -> bool:
        """Token ``k`` opens a name of the car in hand (a vehicle, "it", "the" and a kind of
        powertrain: "the plug-in") or of a figure it has, not another object ("swap stations")."""
        doc = sent.span.doc
        if k >= sent.span.end:
            return False
        if doc[k].lower_ == "it" or any(v.start in (k, k + 1) for v in sent.vehicles):
            return True
        if any(k <= q.start <= k + 3 for q in sent.quantities):
            return True  # "won't sell the bigger 77 kWh pack": a part of the car's
        words = doc[k + 1 : min(sent.span.end, k + 4)].text.lower()
        return doc[k].lower_ == "the" and any(
            words == phrase or words.startswith(phrase + " ")
            for phrase, _ in self.powertrain_anaphors
        )

    def _introduces_unnamed(self, sent: _Sentence) -> bool:
        """ "An electric off-roader from the brand is due by 2030": a new vehicle, not named,
        is the subject; the article's current vehicle is not."""
        tokens = _leading_words(sent.span, 8)
        if len(tokens) < 2 or tokens[0].lower_ not in {"a", "an"}:
            return False
        first_end = sent.clauses[0][1] if sent.clauses else sent.span.end
        if any(v.start < first_end for v in sent.vehicles):
            return False
        # the noun phrase ends at its verb: "A press officer says the wagon ..." is no new car
        last = next(
            (
                t.i
                for t in tokens[1:]
                if t.lower_ in _AUXILIARIES or t.lower_ in self.reporting_verbs
            ),
            tokens[-1].i,
        )
        head = sent.span.doc[tokens[1].i : last].text.lower()
        return bool(self.vehicle_noun.search(head)) and not _sized_version(
            sent, tokens[0].i, tokens[-1].i
        )

    def _opens_on_concept(self, sent: _Sentence) -> bool:
        """The sentence opens on "The concept" / "The show car" (not "the concept's")."""
        doc = sent.span.doc
        k = sent.span.start
        return any(
            doc[k : k + len(words)].text.lower() == " ".join(words)
            and not (k + len(words) < len(doc) and doc[k + len(words)].text in _POSSESSIVES)
            for words in self.concept_anaphors
        )

    def _range_price_subject(
        self, sent: _Sentence, i: int, predicate: str, subject: Subject | None
    ) -> Subject | None:
        """ "Prices start at €46,990": the range's entry price, the model's, even when the
        article last spoke of a trim, unless the clause names the trim ("for the SE")."""
        if predicate != "price" or subject is None or not subject.variant:
            return subject
        start, end = sent.clause_of(i)
        doc = sent.span.doc
        if any(start <= v.start < end for v in sent.vehicles):
            return subject
        if not any(doc[k].lower_ in self.range_price_words for k in range(start, i)):
            return subject
        if not any(doc[k].lower_ in _RANGE_START_WORDS for k in range(start, i)):
            return subject  # "Oulu prices should be near X": the car's own price
        return _model_level(subject)

    def _clause_introduces_unnamed(self, sent: _Sentence, i: int) -> bool:
        """ "..., while a midsize model priced around $50,000 remains on schedule": the clause
        of token ``i`` opens with a new, unnamed vehicle, not the article's current one."""
        start, _ = sent.clause_of(i)
        if any(s == start and kind in ("app", "rel") for s, _, kind in sent.clauses):
            return False  # "The i8, a large electric SUV that went on sale ...": the i8
        doc = sent.span.doc
        k = start
        while k < i and (doc[k].is_punct or doc[k].is_space or doc[k].lower_ in _CONNECTIVES):
            k += 1
        if k + 1 < i and doc[k].lower_.endswith("ing") and doc[k + 1].lower_ in ("a", "an"):
            k += 1  # "Filling a hydrogen car takes three minutes": any such car, unnamed
        elif k == sent.span.start:
            return False  # a sentence opening so is _introduces_unnamed's case
        if k >= i or doc[k].lower_ not in ("a", "an"):
            return False
        if any(k <= v.start < i for v in sent.vehicles):
            return False
        stop = min(k + 5, i)
        # "..., and a press officer says the wagon ...": the noun phrase ends at its verb
        stop = next(
            (
                j
                for j in range(k + 1, stop)
                if doc[j].lower_ in _AUXILIARIES or doc[j].lower_ in self.reporting_verbs
            ),
            stop,
        )
        head = doc[k + 1 : stop].text.lower()
        return bool(self.vehicle_noun.search(head)) and not _sized_version(sent, k, min(k + 5, i))

    def _subject_at(self, sent: _Sentence, i: int) -> Subject | None:
        counted = any(
            q.start == i and q._.measure is not None and q._.measure.unit in self.sales_units
            for q in sent.quantities
        )
        start, end = sent.clause_of(i)
        in_clause = [v for v in sent.vehicles if start <= v.start < end]
        if not in_clause and (aside := _relative_before(sent, start)) is not None:
            # "while the W grade, which adds heated seats, costs X": the clause the relative
            # one interrupted goes on, and its car is the figure's
            in_clause = [v for v in sent.vehicles if aside[0] <= v.start < aside[1]]
        doc = sent.span.doc
        quantity_end = next((q.end for q in sent.quantities if q.start == i), None)
        defined = self._defined_figure(sent, i)
        if defined is not None:
            return defined
        circumstance = _with_phrase_car(sent, i)
        if circumstance is not None:
            return circumstance  # "With the X expected in 2029, ...": 2029 is the X's
        if quantity_end is not None and i >= 2 and doc[i - 1].lower_ == "at":
            # "undercutting the i4 at €61,500", "as does the Inster at €26,750": the figure
            # a compared car is given right after its name is that car's
            # (not the last of a pair the sentence's car slots between: "between the XLT and
            # the Lariat at $X" is the newcomer's price)
            for v in sent.vehicles:
                k = v.start - 1 - (doc[v.start - 1].lower_ in _DETERMINERS)
                if (
                    v.end == i - 1
                    and v.compared
                    and not v.code_only
                    and doc[k].lower_ not in ("and", "or")
                ):
                    return v.subject
        if quantity_end is not None and i >= 1 and doc[i - 1].text == "(":
            # "undercutting the Kestrel Ultra (£60,255) by £8,000": a figure alone in
            # parentheses right after a car is that car's
            for v in sent.vehicles:
                if (
                    v.end == i - 1
                    and not v.code_only
                    and quantity_end < len(doc)
                    and doc[quantity_end].text == ")"
                ):
                    return v.subject
        for v in in_clause:
            if quantity_end is not None and v.start == quantity_end and not v.code_only:
                return v.subject  # "than the €47,990 Model 3 Long Range": the figure it wears
            if (
                quantity_end is not None
                and v.end + 1 == i
                and doc[v.end].lower_ in ("with", "on")
                and not v.code_only
                and counted
            ):
                # "ahead of the Arkana with 3,317 units", "ahead of the Y on 4,613": its count
                return v.subject
            if (
                quantity_end is not None
                and v.end + 1 == i
                and doc[v.end].text in _POSSESSIVES
                and not v.code_only
                and not _donor(doc, v.start, self.comparison)
                # "matches the Kestrel's 433 Nm": the figure is the subject's too, not only theirs
                and not (v.start > 1 and doc[v.start - 2].lower_ in _EQUALLING_VERBS)
            ):
                return v.subject  # "bigger than the Spectre's 102 kWh pack": the Spectre's
            # "starts at $X for the rear-drive Standard version": the variant named after
            # "for"; "34,500 examples of the X", "21,000 orders for the X": what was counted
            # (a hyphenated compound, "rear-wheel-drive", counts as one word)
            hyphens = sum(2 for t in doc[i : v.start] if t.text == "-") if v.start > i else 0
            if v.start > i and v.start - i <= 8 + hyphens + _parenthesised(doc, i, v.start):
                between = {t.lower_ for t in doc[i : v.start]}
                if between & {",", ";", "while", "and"}:
                    continue
                # "costs £X as a GT-Line": the trim it is the price of
                if (between & {"for", "as"} and v.subject.variant) or (
                    between & {"for", "of"} and counted
                ):
                    return v.subject
                if quantity_end is not None and _priced_for(sent, i, quantity_end, v):
                    return v.subject  # "£28,970 for the 308 and £36,580 for the 408"
                # "20.5 kWh/100km in the EV6": the car the figure was measured in; "£18,650
                # (about €21,900) in its Active trim": the trim it is the figure of
                if quantity_end is not None and _measured_in(sent, quantity_end, v):
                    return v.subject
        # a vehicle named as a comparison ("shared with the X", "a sister car to the X") is
        # not what the clause is about
        # "Ford sells it in XL, XLT and Raptor trims, builds it in X": trims named as
        # what it comes in are not what a later figure is of
        in_clause = [
            v
            for v in in_clause
            if not v.compared
            and not (v.end <= i and _listed_in_trims(sent, v))
            # "... and matches the Kestrel's 433 Nm": the car matched is no subject
            and not (
                v.start > 1
                and doc[v.start - 2].lower_ in _EQUALLING_VERBS
                and v.end < len(doc)
                and doc[v.end].text in _POSSESSIVES
            )
        ]
        before = [v for v in in_clause if v.end <= i]
        if before and self._opens_with_anaphor(sent, start, i):
            # "The electric hatchback is likely to share the Q4 e-tron's underpinnings and to
            # enter production in X": the possessive names what is shared, not the subject;
            # "It uses a 1.5 TSI petrol engine with 150PS": the engine it has, not a version
            before = [
                v
                for v in before
                if not _possessive(doc, v.start, v.end)
                and not _names_an_engine(doc, v, self.engine_nouns)
            ]
        elif len(before) > 1 and not _names_an_engine(doc, before[0], self.engine_nouns):
            # "The S and SE use a 70 kW 1.0 TSI three-cylinder with 175 Nm": the trims'
            # (not "..., the 2.0 TDI diesel with 122PS", an engine offered as a version)
            figures = {k for q in sent.quantities for k in range(q.start, q.end)}
            before = [before[0]] + [
                v
                for v in before[1:]
                if not (
                    _names_an_engine(doc, v, self.engine_nouns) and _after_an(doc, v.start, figures)
                )
            ]
        kind = sent.clause_kind(i)
        antecedent = _antecedent(sent, start) if kind in ("rel", "app") else None
        if before:
            named = before[-1]
            if (
                kind == "app"
                and antecedent is not None
                and named.subject.model == antecedent.subject.model
                and not named.subject.variant
            ):
                return antecedent.subject  # "The X vRS, the only X with four-wheel drive, ..."
            if not named.subject.variant and len(before) > 1:
                # "In Ultra trim the X costs ...": the variant named just before its model
                prior = before[-2]
                gap = {t.lower_ for t in doc[prior.end : named.start]}
                # "The T8 hybrid in the 2027 Kestrel tows ...": the engine in the model
                in_model = (
                    "in" in gap
                    and named.start - prior.end <= 5
                    and all(
                        w in _TRIM_WORDS
                        or w in ("in", "hybrid")
                        or w in self.engine_nouns
                        or (w.isdigit() and len(w) == 4)
                        for w in gap
                    )
                )
                if (
                    prior.subject.variant
                    and prior.subject.model == named.subject.model
                    and ((gap <= _TRIM_WORDS and named.start - prior.end <= 3) or in_model)
                ):
                    return prior.subject
            return named.subject
        if antecedent is not None:
            # "Unlike the base X, which drives its rear wheels": the relative pronoun's
            # antecedent, even when it is named as a point of comparison
            return antecedent.subject
        # "..., most of them X sedans", "..., with the Long Range costing €3,000 more": the
        # vehicle after a comma and a partitive or "with" is not the figure's subject
        after = [
            v
            for v in in_clause
            if not any(
                t.text == ","
                and (t.nbor().lower_ in _PARTITIVES or t.nbor().lower_ in _AFTERTHOUGHTS)
                for t in doc[i : v.start]
            )
            # "makes 329 PS, against 265 PS for the GTI": the car after a compared figure
            # is that figure's, not this one's
            and not self._compared_figure_between(sent, i, v.start)
        ]
        resumed = _resumed_after(sent, start)
        if (
            after
            and resumed is not None
            and kind not in ("rel", "app")
            and any(t.lower_ == "and" for t in doc[i : after[0].start])
        ):
            # "The X, launched in May last year, hit 411 deliveries and passed the Y":
            # the clause resumed after the relative one is the X's; the Y is its object
            return resumed.subject
        if after and kind not in ("rel", "app"):
            if self._opens_with_anaphor(sent, start, i):
                return None  # "the fastback saloon rides on X ... the plant that builds the G6"
            if any(
                doc[s].lower_ in ("it", "they")
                for key in _ANAPHOR_KEYS
                for s, _ in sent.cues_in(key, i, after[0].start)
            ):
                return None  # "At $X, it remains the only EV3 with a heat pump": it is
            return after[0].subject
        # "..., while the Premium, which adds a head-up display, is listed at X": the clause
        # resumed after a relative or appositive one is about that clause's antecedent
        if resumed is not None and kind not in ("rel", "app"):
            return resumed.subject
        if start > sent.span.start and doc[start - 1].text == ":":
            # "..., while the rugged Trail gets an upgrade: its towing capacity rises to X":
            # what follows a colon explains the clause before it
            explained = sent.clause_of(start - 1)
            named = [
                v
                for v in sent.vehicles
                if explained[0] <= v.start < explained[1] and not v.compared and not v.code_only
            ]
            if named:
                return named[0].subject
        if kind in ("rel", "app") and _maker_before(sent, start):
            return None  # "..., and Kia, which sold 43,170 cars there, ...": the maker's
        main = sent.main_vehicle(before=start)
        if main is not None:
            if main.subject.variant and sent.cues_in("anaphor:model", start, i):
                # "The X Ultra costs Y; the hatch gets a facelift in May": the model
                return _model_level(main.subject)
            return main.subject
        described = self._described(sent, i)
        if described is not None:
            return described
        # only subordinate or relative clauses name a vehicle: the main clause continues the
        # article's subject ("Production takes place in X, where the older model is built")
        return None

    def _compared_figure_between(self, sent: _Sentence, i: int, end: int) -> bool:
        """A comparing word after the figure at ``i`` opens another figure before ``end``
        ("329 PS, against 265 PS for the X", "more than the 265 PS of the X")."""
        doc = sent.span.doc
        words = self.comparison.words
        return any(
            doc[k].lower_ in words and any(k < q.start < end for q in sent.quantities)
            for k in range(i + 1, end)
        )

    @staticmethod
    def _definition(sent: _Sentence, i: int) -> Span | None:
        """ "64 kWh — the net capacity of the pack in the EV3 Air": the definition after the
        dash of a figure that starts at token ``i`` and opens its sentence (read once per
        figure: subject, predicate and certainty all ask)."""
        key = f"definition:{i}"
        if key not in sent.memo:
            sent.memo[key] = _read_definition(sent, i)
        return sent.memo[key]

    def _defined_figure(self, sent: _Sentence, i: int) -> Subject | None:
        """A figure defined after a dash is of the car the definition names."""
        definition = self._definition(sent, i)
        if definition is None:
            return None
        named = [
            v
            for v in sent.vehicles
            if definition.start <= v.start < definition.end and not v.compared
        ]
        return named[0].subject if named else None

    @staticmethod
    def _opens_with_anaphor(sent: _Sentence, start: int, i: int) -> bool:
        """The clause from ``start`` opens with an anaphor ("it", "the saloon") before token
        ``i``: that is its subject, and a vehicle named after the verb is an object."""
        doc = sent.span.doc
        k = start
        while k < i and (doc[k].is_space or doc[k].is_punct or doc[k].lower_ in _CONNECTIVES):
            if doc[k].lower_ == "the" and any(sent.cues_in(key, k, k + 1) for key in _ANAPHOR_KEYS):
                break
            k += 1
        return k < i and any(
            s == k and doc[s].lower_ != "its"
            for key in _ANAPHOR_KEYS
            for s, _ in sent.cues.get(key, ())
        )

    def _described(self, sent: _Sentence, i: int) -> Subject | None:
        """The vehicle an appositive names when the clause's own subject is a common noun:
        "A larger SUV, codenamed C1 and said to be called X, could follow"."""
        for start, end, kind in reversed(sent.clauses):
            if (
                kind != "app"
                or start >= i
                or start == sent.span.start  # "Known as C1, it ...": see _codes_in_apposition
                or start - 1 in sent.anaphor_ends
            ):
                continue
            named = [
                v
                for v in sent.vehicles
                if start <= v.start < end
                and not v.compared
                # a code linked to a sharer named later describes the current vehicle
                and not (v.code_only and _linked_to_compared(sent, v))
            ]
            if not named:
                continue
            doc = sent.span.doc
            if doc[start].lower_ in _DETERMINERS and named[0].start > start + 2:
                # "It moves to PPC, the base under the A5, and ...": the appositive
                # describes the platform; the car in it is where it comes from
                continue
            models = [v for v in named if not v.code_only] or named
            subject = models[-1].subject
            code = next(
                (v.subject.code for v in named if v.code_only and v.subject.model == subject.model),
                None,
            )
            if code and not subject.code:
                subject = _subject(
                    subject.brand, subject.model, code, subject.variant, subject.generation
                )
            return subject
        return None

    def _own_edition(self, subject: Subject) -> bool:
        """ "the Kestrel Tampere Edition": a special edition is built and sold as a car of its
        own; a "Launch Edition" is the model's first batch."""
        words = (subject.variant or "").lower().split()
        if "edition" not in words:
            return False
        k = words.index("edition")  # "Tampere Edition", "Edition 50"; not "Edition One"
        beside = words[max(k - 1, 0) : k] + words[k + 1 : k + 2]
        return not any(word in self.lexicon.opening_editions for word in beside)

    def _not_a_claim(self, sent: _Sentence, i: int) -> bool:
        """An open question or a refusal ("declined to say whether ...") states nothing, nor
        does a direct question ("What does a lap cost for £90,000?")."""
        start, _ = sent.clause_of(i)
        doc = sent.span.doc
        if self._asks(sent):
            return True
        return any(
            s < i and not any(t.lower_ in self.non_claim_ends for t in doc[e:i])
            for s, e in sent.cues_in("nonclaim", start, i)
        )

    def _denied_before(self, sent: _Sentence, anchor: int) -> bool:
        """ "Audi denies claims that the RS 6 gets 800 hp": a denial earlier in the
        sentence, with no punctuation between ("denied it, saying the car arrives in 2027"
        goes on with a statement of its own), takes back the claim."""
        doc = sent.span.doc
        return any(
            e <= anchor
            and not any(t.text in ",;:()—–" for t in doc[e:anchor])
            # "denies A builds it and confirms B does": a statement of its own
            and not _new_statement_between(doc, e, anchor)
            for e in (
                self._past_parenthetical(doc, e) for _, e in sent.cues.get("denial_before", ())
            )
        )

    def _ruled_out_before(self, sent: _Sentence, cue: int) -> bool:
        """A ruling-out verb a few words before a production cue, in its clause ("ruled out
        moving production to Oulu", "rules out building it in Kemi")."""
        start, _ = sent.clause_of(cue)
        return any(
            start <= s and cue - e <= 2 and e <= cue for s, e in sent.cues.get("ruled_out", ())
        )

    def _past_parenthetical(self, doc: Doc, k: int) -> int:
        """The token after an adverb set off by commas at ``k`` (", however, that ..."), else
        ``k``."""
        if (
            k + 2 < len(doc)
            and doc[k].text == ","
            and doc[k + 1].lower_ in self.parenthetical_adverbs
            and doc[k + 2].text == ","
        ):
            return k + 3
        return k

    def _asks(self, sent: _Sentence) -> bool:
        """The sentence, or its part after a colon, is a direct question: an interrogative
        first word and a question mark at its end."""
        if "asks" not in sent.memo:
            sent.memo["asks"] = self._reads_as_question(sent)
        return sent.memo["asks"]

    def _reads_as_question(self, sent: _Sentence) -> bool:
        words = [t for t in sent.span if not t.is_space and not t.is_quote]
        if len(words) < 2 or words[-1].text != "?":
            return False
        colon = max((k for k, t in enumerate(words[:-1]) if t.text == ":"), default=-1)
        return words[colon + 1].lower_ in self.question_openers

    def _certainty(self, sent: _Sentence, i: int) -> str:
        """Hedges scope over their clause, attribution from its clause to the sentence's end.

        A hedge after a coordinated verb does not reach back: in "uses a 82 kWh battery and is
        expected to cost X" only X is speculative.
        """
        start, end = sent.clause_of(i)
        doc = sent.span.doc
        # "240 hp — what the Clubsport is expected to make": the definition hedges it
        definition = self._definition(sent, i)
        if definition is not None:
            end = definition.end
        k = i - 1
        while k > sent.span.start and doc[k].lower_ in _DETERMINERS:
            k -= 1
        if doc[k].lower_ in _OFFICIAL_ADJECTIVES:
            return "official"  # "the S took 5.9 seconds, against the official 5.4"

        def covers(cue: int) -> bool:
            if any(t.lower_ == "than" for t in doc[max(cue - 3, start) : cue]):
                return False  # "heavier than early targets suggested", "sooner than expected"
            if cue > i and any(
                doc[k].text == "," and doc[k + 1].lower_ in _APPENDIX_PREPOSITIONS
                for k in range(i, cue)
            ):
                return False  # "begin in Q1 2027, at a price expected to be X": X's hedge
            if cue < i and any(
                doc[k].text == ","
                and doc[k + 1].lower_ == "with"
                and any(doc[m].lower_ in self.schedule_words for m in range(k + 2, end))
                for k in range(cue + 1, i - 1)
            ):
                return False  # "X is expected in May, with deliveries scheduled for June"
            if cue < i and _opening_participle_before(sent, cue, i):
                return False  # "Expected to arrive in May, the X makes 390 kW": May only
            if cue < i:
                # "it could cost X and won't be offered with Y": the hedge stops at the "and"
                # "..., and, according to a dealer, will be built in X": nor past an
                # attribution set off after the "and"
                return not any(
                    doc[k].lower_ in {"and", "but"}
                    and (doc[k + 1].lower_ in _AUXILIARIES or doc[k + 1].text == ",")
                    for k in range(cue + 1, i - 1)
                )
            return not _coordinated_verb_between(doc, i, cue)

        if any(covers(s) for s, _ in sent.cues_in("cert:speculative", start, end)):
            return "speculative"
        if any(covers(s) for s, _ in sent.cues_in("cert:reported", start, end)):
            return "reported"
        # "X is built in A, and sources say Y could follow": the source speaks for Y only,
        # from the coordinated clause it stands in to the sentence's end
        for cue, _ in sent.cues.get("cert:reported_sentence", ()):
            # (", while a report says Y ...": from the "while" on, not before it)
            opened = max(
                (
                    b
                    for b, _, _ in sent.clauses
                    if b <= cue and (_coordinated_clause(doc, b) or doc[b].lower_ in _CLAUSE_INLINE)
                ),
                default=sent.span.start,
            )
            # "X starts at £31,995 and, according to a report, will reach Japan next spring"
            attribution = {
                k for s, e in sent.cues.get("cert:reported_sentence", ()) for k in range(s, e)
            }
            joined = next(
                (
                    k
                    for k in range(cue - 1, max(cue - 5, sent.span.start) - 1, -1)
                    if doc[k].lower_ in ("and", "but")
                ),
                None,
            )
            if joined is not None and all(
                t.text == "," or t.i in attribution for t in doc[joined + 1 : cue]
            ):
                opened = max(opened, joined)
            if opened > i:
                continue
            # "A blogger's claim that X ... was denied: X will not ...": what follows a colon
            # is a statement of its own
            if any(t.text == ":" for t in doc[cue:i]):
                continue
            # an attribution inside the sentence speaks for its own statement only: "X is due
            # in 2027, according to an insider, and Y is set to follow" (Y is official), "X,
            # sources say, while Y ..." (Y too); one opening the sentence speaks for all of it
            if cue - sent.span.start > 2:
                closed = min(
                    (
                        b
                        for b, _, _ in sent.clauses
                        if b > cue
                        and (_coordinated_clause(doc, b) or doc[b].lower_ in _CLAUSE_INLINE)
                    ),
                    default=sent.span.end,
                )
                if i >= closed:
                    continue
            # "codenamed BU1 that, sources say, is likely to be called X, will be revealed":
            # an attribution inside a relative clause speaks for that clause only
            cue_start, cue_end = sent.clause_of(cue)
            if sent.clause_kind(cue) == "rel" and not cue_start <= i < cue_end:
                continue
            return "reported"
        return "official"

    def _negated(
        self,
        sent: _Sentence,
        i: int,
        *,
        verbs: bool,
        window: int | None = None,
        without: bool = True,
    ) -> bool:
        """Whether a negation reaches the claim at token ``i``; ``without=False`` for events,
        which "without" never denies ("a version without the V6 is launched in March")."""
        start, end = sent.clause_of(i)
        doc = sent.span.doc
        lo = start
        if window is not None:
            # "Nor will the Kestrel (K50) get the 61 kWh pack": a code in parentheses does
            # not count towards the window
            lo = max(start, i - window - _parenthesised(doc, max(start, i - window - 6), i))
        denied = self._cleft_vehicle(sent)
        if denied is not None and i >= denied[0]:
            return False  # "What Britain will not see is the twin-motor X": it is twin-motor
        keys = ("neg", "negverb") if verbs else ("neg",)
        if any(
            s < i
            # "is not built on a dedicated EV platform but shares CLAR": "but" ends the denial
            and not any(t.lower_ == "but" for t in doc[e:i])
            # "denies A builds it and confirms B does": so does a new statement
            and not _new_statement_between(doc, e, i)
            # "no X for it, with every version getting Y": what the cars get instead
            and not _absolute_clause_between(doc, e, i)
            # "will not see an update before the next X arrives in 2028": a time clause with a
            # subject of its own states its event
            and not any(
                doc[k].lower_ in self.time_clause_openers and doc[k + 1].lower_ in _DETERMINERS
                for k in range(e, i - 1)
            )
            # "without the pack, it makes X": a condition set off before the claim
            and not (
                doc[s].lower_ == "without" and (not without or any(t.text == "," for t in doc[e:i]))
            )
            # "won't offer it, not even on the update due in spring": whom the denial
            # reaches, not a denial of the update itself
            and not any(
                doc[k].lower_ == "even"
                and doc[k + 1].lower_ in ("for", "on", "with", "in")
                and i - k <= 5
                for k in range(s, i - 1)
            )
            for key in keys
            for s, e in sent.cues_in(key, lo, i)
        ):
            return True
        if not verbs:
            return False
        # "A rear-drive X is not on the cards": a denial after the claim
        if sent.cues_in("negafter", i, end):
            return True
        # "A front-wheel-drive version will not be offered": the claim is the subject of a
        # denied verb
        k = max((e for spans in sent.cues.values() for s, e in spans if s == i), default=i + 1)
        while k < end and doc[k].lower_ in _DENIED_HEADS:
            k += 1
        if k < end and doc[k].lower_ in _PLACING_PARTICIPLES:
            # "the AWD setup sold in Oulu is not coming": past where it is
            k += 1
            while k < end and (
                doc[k].lower_ in _PLACE_PHRASE_WORDS
                or (
                    doc[k].lower_ not in _AUXILIARIES
                    and (
                        _is_place_word(doc[k])
                        # "sold in mainland Oulu": a word describing the place before its name
                        or (
                            doc[k].is_alpha
                            and doc[k].is_lower
                            and k + 1 < end
                            and _is_place_word(doc[k + 1])
                        )
                    )
                )
            ):
                k += 1
        if k < end and doc[k].text == "," and doc[k + 1].lower_ in _ASIDE_OPENERS:
            # "The twin-clutch gearbox, as on the coupe, won't ...": past the aside
            k = next((j + 1 for j in range(k + 2, min(k + 14, end)) if doc[j].text == ","), k)
        # "a V6 version apparently is not planned": past a hedging adverb too
        while k < end and (doc[k].lower_ in _AUXILIARIES or _ly_adverb(doc[k])):
            k += 1
        if (
            k + 1 < sent.span.end
            and doc[k].text == ":"
            and (i == sent.span.start or "\n" in doc[i - 1].text)
        ):
            # "All-wheel drive: not offered": a spec line's label and its denial
            return bool(sent.cues_in("neg", k + 1, k + 2))
        return k < end and bool(sent.cues_in("neg", k, k + 1)) and not _lacks_something_else(doc, k)

    def _cleft_vehicle(self, sent: _Sentence) -> tuple[int, _Vehicle] | None:
        """ "What Britain will not see is the twin-motor GT version": a denial the
        sentence opens with, and the vehicle it names after "is" (with the token after "is");
        what describes that vehicle is not denied, its launch is."""
        if "cleft" not in sent.memo:
            sent.memo["cleft"] = self._find_cleft(sent)
        return sent.memo["cleft"]

    def _find_cleft(self, sent: _Sentence) -> tuple[int, _Vehicle] | None:
        words = _leading_words(sent.span, 1)
        if not words or words[0].lower_ != "what":
            return None
        doc = sent.span.doc
        be = next(
            (t.i for t in sent.span if t.lower_ in ("is", "are") and t.i > words[0].i + 1), None
        )
        if be is None or not sent.cues_in("neg", words[0].i, be):
            return None
        vehicle = next((v for v in sent.vehicles if v.start > be and not v.compared), None)
        if vehicle is None or any(t.text in (";", ":") for t in doc[be : vehicle.start]):
            return None
        return be + 1, vehicle

    def _denies_a_change(self, sent: _Sentence, i: int) -> bool:
        """The negation before figure ``i`` denies a change or an inclusion, not the figure:
        "is not part of the cut and still costs X", "did not cut the price of X", "the cut
        does not cover the G9, which stays at X"."""
        doc = sent.span.doc
        last = max((e for s, e in sent.cues.get("neg", ()) if e <= i), default=None)
        return last is not None and any(t.lower_ in self.denied_change for t in doc[last:i])

    def _denies_a_delay(self, sent: _Sentence, i: int) -> bool:
        """The negation before event ``i`` in its clause denies a delay, not the event: "will
        not be postponed and stays on course for a spring launch"."""
        doc = sent.span.doc
        start, _ = sent.clause_of(i)
        last = max((e for s, e in sent.cues_in("neg", start, i)), default=None)
        return last is not None and any(t.lower_ in self.denied_delay for t in doc[last:i])

    def _figure_denied(self, sent: _Sentence, i: int) -> bool:
        """A verb that denies the part figure ``i`` belongs to stands before it in its clause,
        within the negation window: "the Pure lacks the 77 kWh battery"."""
        start, _ = sent.clause_of(i)
        doc = sent.span.doc

        def new_predicate(k: int) -> bool:
            """ "and confirmed ...", ", confirming ...": another verb takes over at ``k``."""
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            return (
                doc[k].lower_ in {"and", "but", ",", ";"}
                and nxt is not None
                and nxt.is_lower
                and nxt.is_alpha
                and nxt.lower_ not in _OBJECT_OPENERS
            )

        return any(
            e <= i
            # its object is the figure's part: "cancelled the Zoe's 100 kW motor", "loses
            # its sunroof and its 90 kWh battery", not "cancelled the event and confirmed a
            # 77 kWh battery" nor "dropped the price to X" (a change)
            and not any(new_predicate(k) for k in range(e, i))
            and doc[i - 1].lower_ not in ("to", "by", "from")
            # "has dropped to about X": a change of the figure, not a denial
            and not (e < i and doc[e].lower_ in ("to", "by"))
            for _, e in sent.cues_in("figneg", max(start, i - _NEGATION_WINDOW), i)
        )

    def _rescheduled(self, sent: _Sentence, date: Span) -> str | None:
        """How a date stands after a rescheduling verb in its clause ("delayed from March to
        September"): "left" for a date after "from" (the plan moved away from it), "range" for
        a "from X to Y" date read as one span (the event is in Y), else None."""
        doc = sent.span.doc
        start, _ = sent.clause_of(date.start)
        opener = date.start - 1 if doc[date.start].lower_ != "from" else date.start
        if opener < start or doc[opener].lower_ != "from":
            return None
        if not any(t.lower_ in self.rescheduled_from for t in doc[start:opener]):
            return None
        return "range" if opener == date.start else "left"

    def _denied_after_figure(self, sent: _Sentence, q: Span) -> bool:
        """Words later in the sentence deny what was said of the figure: in its own clause
        ("Reports of a 200 hp X are wrong"), or pointing back from another ("could get 200 hp,
        but Honda denies it"); not another clause's own subject ("..., and the rumour of a
        manual is wrong")."""
        doc = sent.span.doc
        clause = sent.clause_of(q.start)
        if any(
            all(t.is_punct for t in doc[e : sent.span.end])
            for _, e in sent.cues_in("figneg_end", q.end, sent.span.end)
        ):
            return True  # "... that the X does 200 mph; it does not.": a bare denial closes it
        if any(
            any(t.lower_ == "but" for t in doc[q.end : s]) and (e >= len(doc) or doc[e].is_punct)
            for s, e in sent.cues_in("plan_dropped", q.end, sent.span.end)
        ):
            # "had ordered 60 more, but it has since cancelled the order." (not "... scrapped
            # the plan for a V8": a plan of its own)
            return True
        return any(
            sent.clause_of(s) == clause or _points_back(doc, s, e)
            for s, e in sent.cues_in("figneg_after", q.end, sent.span.end)
        )

    def _denied_as_subject(self, sent: _Sentence, end: int) -> bool:
        """The part a figure names is the subject of a denied verb: "The cheaper 81 kWh pack
        will not be sold in Britain", "a 150 kW version won't be offered"."""
        doc = sent.span.doc
        _, clause_end = sent.clause_of(end - 1)
        k = end
        # "the 19 kW three-phase charger will not come": a describing word or two may
        # stand before the part
        head = next(
            (
                j
                for j in range(end, min(end + 5, clause_end))
                if doc[j].lower_ in self.arriving_parts or doc[j].lower_ in _DENIED_HEADS
            ),
            None,
        )
        if head is not None and all(
            (t.is_lower and t.is_alpha) or (t.is_upper and len(t) <= 3) or t.text == "-"
            for t in doc[end:head]
        ):
            k = head
        while (
            k < clause_end
            and k - end < 4
            and (doc[k].lower_ in self.arriving_parts or doc[k].lower_ in _DENIED_HEADS)
        ):
            k += 1
        if k == end or not (
            doc[k - 1].lower_ in self.arriving_parts or doc[k - 1].lower_ in _DENIED_HEADS
        ):
            return False  # "81 kWh will not be enough": no part named
        if (
            k < clause_end
            and doc[k].is_lower
            and (doc[k].lower_.endswith("ed") or doc[k].lower_ in _PLACING_PARTICIPLES)
        ):
            # "the 58 kWh pack offered in Europe won't come": past a participle's phrase
            j = next(
                (
                    j
                    for j in range(k + 1, min(k + 7, sent.span.end))
                    if doc[j].lower_ in _AUXILIARIES or doc[j].text in (",", ";", ":")
                ),
                None,
            )
            if j is not None and doc[j].lower_ in _AUXILIARIES:
                k, clause_end = j, max(clause_end, sent.clause_of(j)[1])
        while k < clause_end and doc[k].lower_ in _AUXILIARIES:
            k += 1
        return (
            k < clause_end
            and bool(sent.cues_in("neg", k, k + 1))
            and not _lacks_something_else(doc, k)
        )

    def _denies_exceeding(self, sent: _Sentence, i: int) -> bool:
        """The negation before figure ``i`` denies going past it, so the figure is a limit the
        car has: "will not tow more than 1,000 kg", "cannot charge faster than 128 kW", "won't
        get a bigger battery than its 81 kWh pack", "does not exceed 170 km/h"."""
        doc = sent.span.doc
        last = max((e for s, e in sent.cues.get("neg", ()) if e <= i), default=None)
        return last is not None and any(t.lower_ in self.limit_words for t in doc[last:i])

    def _describes_denied(self, sent: _Sentence, i: int) -> bool:
        """A figure in a relative clause or appositive about something denied: "won't come
        with the 2.0-litre engine, which makes 200 hp"."""
        start, _ = sent.clause_of(i)
        if sent.clause_kind(i) not in ("rel", "app") or start <= sent.span.start:
            return False
        if _antecedent(sent, start) is not None:
            return False  # "will not reach the X, which settles for 7 kW": the X's
        return self._negated(sent, start - 1, verbs=False, window=_NEGATION_WINDOW)

    def _first_cue_value(self, sent: _Sentence, prefix: str) -> str | None:
        found = [
            (s, key)
            for key, spans in sent.cues.items()
            if key.startswith(prefix + ":")
            for s, _ in spans
        ]
        return min(found)[1].split(":", 1)[1] if found else None

    # ------------------------------------------------------------------ fact kinds

    def _model_codes(self, sent: _Sentence, add) -> None:
        """A code written beside its model, or in the same sentence as it ("the A6 of the C9
        generation", "the outgoing X, which was coded C")."""
        code_starts = {s.start for s in sent.spans if s.label_ == "MODEL_CODE"}
        for vehicle in sent.vehicles:
            subject = vehicle.subject
            written_with = not vehicle.code_only and any(
                vehicle.start <= k < vehicle.end for k in code_starts
            )
            if subject.code and subject.model and written_with:
                # "a 964-generation 911 Carrera RS": the generation is the model's, not the trim's
                generation = any(
                    sent.span.doc[k + 1 : k + 3].text.lower() in ("-generation", "generation")
                    for k in code_starts
                    if vehicle.start <= k < vehicle.end
                )
                add(
                    {
                        "subject": _model_level(subject) if generation else subject,
                        "predicate": "model_code",
                        "value": subject.code,
                    },
                    vehicle.start,
                )
            elif (
                vehicle.code_only
                and subject.code
                and subject.model
                and not vehicle.compared
                and not _linked_to_compared(sent, vehicle)
                and self._certainty(sent, vehicle.start) != "speculative"
                # the version it is set off after has it (see below)
                and not any(
                    v.subject.model == subject.model
                    and self._code_of_version(sent, v, vehicle.start)
                    for v in sent.vehicles
                    if not v.code_only
                )
            ):
                # "The W212 went into production in 2009": a code the article knows the model
                # of names that model's generation
                add(
                    {
                        "subject": _model_level(subject),
                        "predicate": "model_code",
                        "value": subject.code,
                    },
                    vehicle.start,
                )
        models: dict[str, _Vehicle] = {}
        for v in sent.vehicles:
            if v.subject.model and not v.code_only:
                models.setdefault(v.subject.model, v)  # the model's own mention, not the code's
        for code in sent.spans:
            if code.label_ != "MODEL_CODE":
                continue
            named = models.get(code._.model)
            if named is None or named.start <= code.start < named.end:
                continue
            if any(
                v.code_only and v.start == code.start and v.subject.model != code._.model
                for v in sent.vehicles
            ):
                continue  # the sentence gave the code to the vehicle its anaphor refers to
            if named.compared and abs(named.start - code.start) > 3:
                continue  # "developed as C1, takes over from the X": not the X's code
            value = code._.normalized or code.text
            base = named.subject
            variant = base.variant if self._code_of_version(sent, named, code.start) else None
            subject = _subject(base.brand, base.model, value, variant, base.generation)
            add({"subject": subject, "predicate": "model_code", "value": value}, code.start)
            twin = _coordinated_before(sent, named)
            if twin is not None and twin.subject.code == value:
                add(
                    {"subject": twin.subject, "predicate": "model_code", "value": value}, code.start
                )

    def _code_of_version(self, sent: _Sentence, named: _Vehicle, start: int) -> bool:
        """ "the Kestrel Core, known internally as K9, ...": a code set off by a naming word
        right after a version is that version's (not "based on the K9-generation X")."""
        doc = sent.span.doc
        between = doc[named.end + 1 : start]
        return (
            named.subject.variant is not None
            and named.end < start <= named.end + 7
            and doc[named.end].text == ","
            and not any(named.end < v.start < start for v in sent.vehicles)
            and not any(t.text in (",", ";") for t in between)
            and any(
                t.lower_ in self.naming_words or "code" in t.lower_ or t.lower_ == "internally"
                for t in between
            )
        )

    def _quantity_facts(
        self, sent, date_tokens, subject_at, add, cycle, in_paragraph: dict[str, str]
    ) -> None:
        """Figures become facts: the predicate from the unit and the cue words of the figure's
        clause, else of its sentence, else of the figures of that unit earlier in the
        paragraph (``in_paragraph``, updated here)."""
        span = sent.span
        in_sentence = sent.quantities
        restated_by: dict[tuple[int, int], list[Span]] = defaultdict(list)
        for q in in_sentence:
            if q._.restates:
                restated_by[tuple(q._.restates)].append(q)
        # a figure in a parallel clause shares the verb of the first one: "delivered 71,300
        # units of the X, while the Y added 38,500 units"
        stated: dict[str, str] = {}
        respective = _base_price_before_trims(sent) | _respective(sent)
        topics = span.doc.user_data.setdefault("factx_paragraph_topics", {})
        lowered = span.text.lower()
        for predicate, (words, _) in self.paragraph_topics.items():
            if words.search(lowered):
                topics[predicate] = sent.paragraph
        for q in in_sentence:
            measure = q._.measure
            if q._.restates or measure is None or measure.change or q.start in date_tokens:
                continue
            money, _, period = measure.unit.partition("/")
            if measure.dimension == "currency/time" and period in self.lexicon.billing_periods:
                if any(t.lower_ in self.lexicon.running_costs for t in span.doc[q.end : q.end + 3]):
                    continue  # "£317 a month in fuel": a running cost, no price
                # "leases for £279 a month": a price paid each month, in its currency
                measure = replace(measure, unit=money, dimension="currency", si_unit=None)
            else:
                period = ""
            if measure.dimension == "currency" and self._fee(sent, q):
                continue  # "a $1,250 destination charge": a fee, not the car's price
            if (
                any(
                    0 <= q.start - e <= 2
                    # "goes up from 103kW to 131kW": the figure after "to" is the claim
                    and not any(t.lower_ == "to" for t in span.doc[e : q.start])
                    for _, e in sent.cues.get("previous", ())
                )
                and not any(
                    # "up from 313 PS in the regular X": the figure another car has now
                    v.start > q.end and _measured_in(sent, q.end, v)
                    for v in sent.vehicles
                )
            ):
                continue  # "up from 8,500 lb", "rather than 400 km": not the claim
            if q.start > span.start and span.doc[q.start - 1].lower_ == "per":
                continue  # "€0.90 less per 100 km": the distance a cost is counted over
            if _old_figure(sent, q):
                continue  # "drops to €46,990 from €49,990": the price it had
            past = _past_conversion(span.doc, q.end, span.end)  # "a 1,563 kg (3,446 lb) caravan"
            if any(
                s in (q.end, past)
                or (s == q.end + 1 and span.doc[q.end].is_lower and span.doc[q.end].is_alpha)
                for s, _ in sent.cues.get("equipment", ())
            ):
                if measure.unit == "kW":
                    # "a 11 kW wallbox ... the highest rate logged, 93 kW": what follows charges
                    span.doc.user_data["factx_last_kw"] = "charging_power"
                continue  # "at a 350 kW (motorway) charger": the charger's figure, not the car's
            if _equipment_subject(sent, q):
                continue  # "The trailer, a box on two axles, weighs 1,311 kg": the trailer's
            if measure.dimension == "currency" and any(
                0 <= q.start - e <= 2
                and all(t.lower_ in _OPTION_LINKS for t in span.doc[e : q.start])
                for _, e in sent.cues.get("option", ())
            ):
                continue  # "the glass roof is €1,200": the option's price, not the car's
            if measure.dimension == "currency" and any(
                (
                    0 <= s - q.end <= 3
                    and all(t.is_alpha and not t.is_stop for t in span.doc[q.end : s])
                )
                or (
                    # "plus €900 for the Winter Pack", "£640 for Lunar Grey paint"
                    2 <= s - q.end <= 5
                    and span.doc[q.end].lower_ == "for"
                    and all(
                        t.is_title or (t.i == q.end + 1 and t.lower_ == "the")
                        for t in span.doc[q.end + 1 : s]
                    )
                )
                for s, _ in sent.cues.get("option", ())
            ):
                continue  # "the £1,150 Solarbay glass roof", "a £700 heat pump": an option's
            if measure.dimension == "length" and sent.cues_in("warranty", *sent.clause_of(q.start)):
                continue  # "a five-year/100,000 km warranty": what is covered, not a range
            if measure.dimension == "length" and self._cover_or_interval(span.doc, q):
                continue  # "every 8,970 miles", "seven years or 93,700 miles": no range
            if measure.dimension == "length" and _names_a_route(
                span.doc, q, self.route_nouns, self.odometer_phrases
            ):
                continue  # "a 150-mile (241 km) test loop": the distance driven, not a range
            if _maker_counts(sent, q, self.lexicon):
                continue  # "part of the 3.1 million vehicles Kia sold": the maker's total
            if q.end < len(span.doc) and span.doc[q.end].lower_ in self.lexicon.benchmark_nouns:
                continue  # "breaks the 300 km/h barrier": a benchmark, not the car's
            if measure.dimension == "length" and _distance_covered(sent, q, self.lexicon):
                continue  # "after six weeks and 9,000 miles": a distance driven, no range
            if measure.dimension == "currency" and _after_a_rate(sent, q):
                continue  # "€2.90 per 100 km at home and €9.80 on the road": a rate too
            if measure.dimension == "currency" and _priced_class(span.doc, q, self.lexicon):
                continue  # "developed for cars priced below 200,000 yuan": a class of cars
            if measure.unit in self.sales_units and _makers_own_count(sent, q, self.lexicon):
                continue  # "The brand's deliveries reached 400,000 units": the maker's own
            clause_start, clause_end = sent.clause_of(q.start)
            if _maker_sold(sent, q, clause_start, self.lexicon):
                continue  # "The Spanish marque sold a record 298,700 cars": the maker's total
            if (
                measure.dimension == "currency"
                and sent.cues_in("option", clause_start, q.start)
                and not any(clause_start <= v.start < q.start for v in sent.vehicles)
                and not sent.cues_in("anaphor:model", clause_start, q.start)
                and not sent.cues_in("anaphor", clause_start, q.start)
            ):
                continue  # "The Technology package (code TQ) stays at $1,370": the option's
            clause = span.doc[clause_start:clause_end]
            segment = _segment(clause, q)
            # words that make a sum no price ("invest", "plant") count only near the figure
            near = span.doc[max(clause_start, q.start - 5) : min(clause_end, q.end + 5)]
            # "0-62mph: 6.7sec": a spec line's label names what the figure after it is
            labelled = clause_start > span.start and span.doc[clause_start - 1].text == ":"
            ruled_out = self._ruled_out(measure.unit, near)
            definition = self._definition(sent, q.start)
            predicate = (
                # "Peak DC charging: 120 kW": the label first
                (labelled and self._predicate_for(measure.unit, span, near, q.start))
                # "1,720 kg — the unladen mass of the X": what the definition calls it
                or (definition and self._predicate_for(measure.unit, definition, near, q.start))
                # "a 7 kW charger is fitted, but not the quicker 11 kW unit": a pro-form
                # after the figure takes up a noun from its sentence
                or (
                    q.end < len(span.doc)
                    and span.doc[q.end].lower_ in _PRO_FORMS
                    and self._predicate_for(measure.unit, span, near, q.start)
                )
                or self._predicate_for(measure.unit, segment, near, q.start)
                or self._predicate_for(measure.unit, clause, near, q.start)
                # "cost £50,990 new; today an example changes hands for £22,500": the
                # sentence's first price names no figure its own words rule out
                or (None if ruled_out else stated.get(measure.unit))
                # "our stopwatch read 5.9 seconds to 62mph. The Megane needed 7.4 seconds";
                # "The Clio led with 12,100 registrations ... The Captur came second with
                # 9,800 units": counts of cars are one kind
                or (None if ruled_out else in_paragraph.get(self._unit_kind(measure.unit)))
            )
            if (
                predicate == "power"
                and stated.get(measure.unit) == "charging_power"
                and not self._predicate_for(measure.unit, segment, near, q.start, cued_only=True)
                and not any(t.lower_ in self.lexicon.motor_words for t in segment)
                and not any(
                    r._.measure is not None and r._.measure.unit in ("hp", "PS", "bhp")
                    for r in restated_by.get((q.start_char, q.end_char), [])
                )
            ):
                # "charges at up to 151 kW; the cheaper one stops at 103 kW": a kW figure
                # with no cue of its own after a charging one is a charging power too
                predicate = "charging_power"
            if (
                predicate == "power"
                and measure.unit == "kW"
                and not any(t.lower_ in self.lexicon.motor_words for t in span)
                and not self._predicate_for(measure.unit, clause, near, q.start, cued_only=True)
                and not any(
                    r._.measure is not None and r._.measure.unit in ("hp", "PS", "bhp")
                    for r in restated_by.get((q.start_char, q.end_char), [])
                )
                and (
                    self._predicate_for(measure.unit, span, near, q.start, cued_only=True)
                    == "charging_power"
                    or (
                        span.doc.user_data.get("factx_last_kw") == "charging_power"
                        # "the 311 kW flagship": a car's power before its noun
                        and not self.vehicle_noun.fullmatch(
                            span.doc[q.end : q.end + 1].text.lower()
                        )
                    )
                )
            ):
                # "hit 213 kW, ..., though the charging rate then dropped": a kW figure with
                # no motor word after a charging cue in its sentence, or after a charging
                # power in the article, is a charging power too
                predicate = "charging_power"
            # "topped out at 128 kW and needed 31 minutes": a power beside a time charges
            paired = measure.unit in _CHARGE_PAIR and _CHARGE_PAIR[measure.unit] & {
                r._.measure.unit for r in in_sentence if r is not q and r._.measure is not None
            }
            if predicate in (None, "power") and (paired or self._charge_level(clause.text)):
                # "power peaking at 258 kW ... beyond 60 percent", "needed 31 minutes from 10
                # to 80 percent": a charge level in the clause says the figure is about
                # charging (a figure restated in horsepower is a motor's)
                restated_units = {
                    r._.measure.unit
                    for r in restated_by.get((q.start_char, q.end_char), [])
                    if r._.measure is not None
                }
                if measure.unit == "kW" and not restated_units & {"hp", "PS", "bhp"}:
                    predicate = "charging_power"
                elif measure.unit in ("min", "h") and predicate is None:
                    predicate = "charging_time"
            if predicate == "acceleration" and self._lap_time(span.doc, q, span.start):
                continue  # "lapped in 93.1 seconds": a lap time, not a sprint
            if predicate in (None, "payload") and _gross_after(span.doc, q):
                predicate = "weight"  # "rated at 3,130 kg (6,901 lb) gross": a gross weight
            if (
                predicate in topics
                and topics[predicate] >= sent.paragraph - 1
                and not any(t.lower_.startswith(self.paragraph_topics[predicate][1]) for t in near)
            ):
                # "The recall covers ... The X accounts for 13,117 units": the cars recalled;
                # "the hands-off mode works to 131 km/h": the speed a system works to
                continue
            if predicate is None:
                continue
            floor = self.value_floors.get(predicate, {}).get(measure.unit)
            if floor is not None and (measure.value or measure.high or 0) < floor:
                continue  # "a full charge costs €17.90": no car is priced so
            ceiling = self.value_ceilings.get(predicate, {}).get(measure.unit)
            if ceiling is not None and (measure.value or measure.low or 0) > ceiling:
                continue  # "the vans covered 5.2 million km": no car goes so far on a charge
            stated.setdefault(measure.unit, predicate)
            in_paragraph[self._unit_kind(measure.unit)] = predicate
            if measure.unit == "kW":
                span.doc.user_data["factx_last_kw"] = predicate
            qualifiers: dict[str, str] = {}
            if predicate in ("range", "efficiency") and cycle and not self._measured(sent, q):
                qualifiers["cycle"] = cycle
            if predicate == "acceleration" and (
                m := self.sprint.search((span if labelled else clause).text)
            ):
                qualifiers["sprint"] = f"0-{m.group(1)} {m.group(2)}"
            if predicate == "charging_time" and (m := self.state_of_charge.search(clause.text)):
                qualifiers["state_of_charge"] = f"{m.group(1)}-{m.group(2)}%"
            if measure.bound:
                qualifiers["bound"] = measure.bound
            if period:
                qualifiers["per"] = period
            also = [
                AlsoStated(
                    value=r._.measure.value,
                    low=r._.measure.low,
                    high=r._.measure.high,
                    unit=r._.measure.unit,
                )
                for r in restated_by.get((q.start_char, q.end_char), [])
                if r._.measure is not None
            ]
            add(
                {
                    "subject": respective.get(q.start)
                    or self._range_price_subject(sent, q.start, predicate, subject_at(q.start)),
                    "predicate": predicate,
                    "value": measure.value,
                    "low": measure.low,
                    "high": measure.high,
                    "unit": measure.unit,
                    "also": also,
                    "qualifiers": qualifiers,
                    "negated": (
                        self._negated(sent, q.start, verbs=False, window=_NEGATION_WINDOW)
                        or self._describes_denied(sent, q.start)
                        or self._figure_denied(sent, q.start)
                        or self._denied_as_subject(sent, q.end)
                        or self._denied_after_figure(sent, q)
                    )
                    and not self._denies_a_change(sent, q.start)
                    and not self._denies_exceeding(sent, q.start)
                    and not self._names_a_denied_car(sent, q),
                },
                q.start,
                single=q.start in respective,
            )

    def _unit_kind(self, unit: str) -> str:
        """A unit, or "count" for the counted nouns of sales (units, cars, registrations)."""
        return "count" if unit in self.sales_units else unit

    def _measured(self, sent: _Sentence, q: Span) -> bool:
        """The figure is one the writer measured ("we managed 270 miles", "managed only 240
        miles in our hands"): the test-drive words in its clause are nearer to it than any
        test cycle named there."""
        start, end = sent.clause_of(q.start)

        def distance(key: str) -> int:
            return min(
                (max(s - q.end, q.start - e, 0) for s, e in sent.cues_in(key, start, end)),
                default=len(sent.span.doc),
            )

        if not sent.cues_in("measured", start, end):
            return False
        cycles = min(
            (distance(k) for k in sent.cues if k.startswith("cycle:")), default=len(sent.span.doc)
        )
        return distance("measured") < cycles

    def _charge_level(self, text: str) -> bool:
        """The text names a battery's charge level: "from 10 to 80 percent", "at 12 percent",
        "beyond 60 percent"."""
        return bool(self.state_of_charge.search(text) or _CHARGE_LEVEL.search(text))

    def _ruled_out(self, unit: str, near: Span) -> bool:
        """Every rule for this unit has a ``not_cues`` word next to the figure."""
        rules = [r for r in self.rules if unit in r["units"]]
        return bool(rules) and all(
            any(_cue_distance(c, near, None) is not None for c in r.get("not_cues", ()))
            for r in rules
        )

    def _predicate_for(
        self,
        unit: str,
        words_span: Span,
        near: Span,
        figure: int | None = None,
        *,
        cued_only: bool = False,
    ) -> str | None:
        """The rule for this unit whose cues hold in ``words_span`` (the one whose cue stands
        nearest the figure when several do: "can tow 2,500 kg and carry a payload of 900 kg"),
        else the first rule without cues; a rule's ``not_cues`` must be absent from ``near``
        (the words around the figure)."""
        cued: list[tuple[int, int, str]] = []
        for order, rule in enumerate(self.rules):
            if unit not in rule["units"]:
                continue
            if any(_cue_distance(c, near, figure) is not None for c in rule.get("not_cues", ())):
                continue
            if "cues" not in rule:
                if cued or cued_only:
                    break
                return rule["predicate"]
            found = [
                d for c in rule["cues"] if (d := _cue_distance(c, words_span, figure)) is not None
            ]
            if found:
                cued.append((min(found), order, rule["predicate"]))
        return min(cued)[2] if cued else None

    def _date_facts(self, sent, subject_at, add, previous_event: str | None = None) -> None:
        """Event facts of the sentence's dates; ``previous_event`` is the predicate of the
        sentence before's last dated event in its paragraph ("Production starts in May at X.
        The Y is said to follow in August": a production start too)."""
        span = sent.span
        named_starts = {v.start for v in sent.spans if v.label_ in _VEHICLE_LABELS}
        # "deliveries reached 4,100 units in the fourth quarter": a sales period, not a launch
        sales = [
            k
            for q in sent.quantities
            if q._.measure is not None and q._.measure.unit in self.sales_units
            for k in range(q.start, q.end)
        ]
        sales_ends = {
            q.end
            for q in sent.quantities
            if q._.measure is not None and q._.measure.unit in self.sales_units
        }
        dated: list[tuple[int, str, int]] = []  # (date end, predicate, cue) of dates read
        for date in sent.dates:
            interval = date._.interval
            if self._rescheduled(sent, date) == "left":
                continue  # "delayed from March to September": the launch is in September
            if interval is None or (interval.earliest is None and interval.latest is None):
                continue
            before = [t.lower_ for t in span.doc[max(date.start - 2, span.start) : date.start]]
            if before and before[-1] == "on":
                before = before[:-1]
            if before and before[-1] in self.reporting_verbs:
                continue  # "the company said on Tuesday": when it was said, not an event
            if before[-1:] == ["in"] and len(before) == 2 and before[0] in _GIVING_VERBS:
                continue  # "its price is to be confirmed in May": when it is given, no event
            if date.end < span.end and span.doc[date.end].lower_ in self.reporting_verbs:
                continue  # "Honda today announced that ...": when it was said
            if _dateline(span, date):
                continue  # "SHANGHAI, March 3 (Wire) - ...": when the story was filed
            if date.end < span.end and span.doc[date.end].lower_ in self.occasion_nouns:
                continue  # "at its January dealer conference": when it was said
            if any(0 <= date.start - e <= 1 for _, e in sent.cues.get("previous", ())):
                continue  # "in 2028 rather than late 2027": the date no longer planned
            if before[-1:] in (["in"], ["during"]) and before[-2:-1] in (["sold"], ["registered"]):
                continue  # "the vehicles Kia sold in 2025": a sales period
            if any(
                date.start == end or (date.start == end + 1 and span.doc[end].lower_ == "in")
                for end in sales_ends
            ):
                continue  # "with about 7,130 registrations last year": the count's period
            clause_start, clause_end = sent.clause_of(date.start)
            clause_start = _resumed_from(sent, clause_start)
            heading = _heading_date(sent, date)
            if heading:
                # "Q3 2026 — The ID.4 gets its facelift": a timeline's date heads its entry
                clause_start, clause_end = date.start, span.end
            others = [
                other
                for other in sent.dates
                if other is not date
                and clause_start <= other.start < clause_end
                and self._rescheduled(sent, other) != "left"
                # "with the X later this year and the Y in 2028": one cue, two subjects
                and not any(
                    min(other.end, date.end) <= v.start < max(other.start, date.start)
                    for v in sent.vehicles
                )
            ]

            def claimed(s: int, e: int, date: Span = date, others: list = others) -> bool:
                """The cue is another date's: one written after the cue ("deliveries begin in
                early 2027"), else the nearer one ("refreshed two years ago and ... last
                autumn")."""
                mine = _cue_preference(s, e, date)
                return any(_cue_preference(s, e, other) < mine for other in others)

            events = [
                (
                    # on a tie the cue before the date wins: "premiere in June before
                    # deliveries begin in early 2027"
                    min(abs(s - date.start), abs(date.end - e) + 0.5)
                    + (1000 if "weak" in key else 0),
                    key.split(":", 1)[-1],
                    s,
                )
                for key in sent.cues
                if key.startswith(("event:", "weakevent:")) or key == "facelift"
                for s, e in sent.cues_in(key, clause_start, clause_end)
                if (e >= len(span.doc) or span.doc[e].lower_ not in self.event_blockers)
                # "showed the production Epiq": a word describing the car is no event
                and e not in named_starts
                # "which left UK showrooms in 2025": the end of sales, not a launch
                and not any(
                    t.lower_ in self.event_blockers_before.get(key.split(":", 1)[-1], ())
                    for t in span.doc[max(s - 3, span.start) : s]
                )
                and not any(abs(s - k) <= 4 for k in sales)
                # "aims to have 300 dealers by 2029": dealers counted, not a car reaching them
                and not any(q.start < s <= q.end for q in sent.quantities)
                # "Its second factory, in Oulu, is due to start work in 2027": the plant's timing
                and not (key.startswith("weakevent:") and self._site_is_subject(sent, s))
                and not claimed(s, e)
                and not self._part_arrives(sent, key, clause_start, s)
                # "in October, ahead of first deliveries": the deliveries come later
                and not (
                    s >= date.end
                    and any(t.lower_ in _LATER_MARKERS for t in span.doc[date.end : s])
                )
                # "will stay on sale until 2028", "remains in showrooms": sales go on, none begin
                and not (
                    key.endswith("market_launch")
                    and any(
                        0 <= s - c_end <= 2
                        for _, c_end in sent.cues_in("continuation", clause_start, s)
                    )
                )
                # "Oulu dealers stop taking orders after May": its sales end then (or go on
                # again: "deliveries should resume in May")
                and not (
                    key.endswith("market_launch")
                    and sent.cues_in("sales_end", clause_start, clause_end)
                )
                # "the lightest A110 on sale today": a state, unlike "goes on sale today"
                and not (
                    span.doc[s:e].text.lower() == "on sale"
                    and date.start == e
                    and span.doc[date.start].lower_ in ("today", "now")
                    and span.doc[s - 1].lower_ not in _GOING_VERBS
                )
            ]
            opens = date.start > span.start and span.doc[date.start - 1].lower_ in _START_WORDS
            # "built from May 2023 to March 2024": a window the cars were built in
            window = (
                date.end < span.end
                and span.doc[date.end].lower_ in _UNTIL | {"to", "through"}
                and any(d.start == date.end + 1 for d in sent.dates)
            )
            if opens and not window:
                # "will be built in X from mid-2026": building from a date starts production
                events += [
                    (500 + abs(s - date.start), "production_start", s)
                    for s, _ in sent.cues_in("site", clause_start, clause_end)
                    if s < date.start
                ]
            k = date.start - 1
            while k > span.start and span.doc[k].lower_ in ("in", "on", "by", "from", "later"):
                k -= 1
            if not events and dated and span.doc[k].lower_ in self.follow_words:
                # "on sale in Finland on 3 April, with Sweden following in May": the
                # same event again
                events = [(0, dated[-1][1], dated[-1][2])]
            if not events:
                earlier = [d for d in dated if d[0] <= clause_start]
                if not (earlier and self._gapped_conjunct(sent, clause_start, date.start)):
                    continue
                # "start in July at X for the A, and in August at Y for the B": the second
                # conjunct leaves out the verb and shares the first one's event
                events = [(0, earlier[-1][1], earlier[-1][2])]
            weight, predicate, cue = min(events)
            if window and predicate == "production_start":
                continue  # "cars built from May 2023 to March 2024": when they were built
            if predicate == "production_start" and any(
                v.start > span.start
                and span.doc[v.start - 1].lower_ in ("last", "final")
                # "... starts in April, and the last X built at Y leaves the line in June":
                # another clause's last car does not end this one's start
                and clause_start <= v.start < clause_end
                for v in sent.vehicles
            ):
                continue  # "will build its last X at Oulu on 3 May": when production ends
            if (
                predicate == "market_launch"
                and weight >= 1000
                and any(
                    t.lower_ == "line" and t.nbor().text not in ("-", "up")
                    for t in span.doc[cue:clause_end]
                    if t.i + 1 < len(span.doc)
                )
            ):
                # "could join the Ulsan line by 2029": a production line adds a car
                predicate = "production_start"
            elif (
                weight >= 1000
                and previous_event == "production_start"
                and span.doc[cue].lower_ in self.follow_words
            ):
                # "Production starts in May at X. The Y is said to follow in August":
                # the same event, for the next car
                predicate = previous_event
            # "its first update since the car reached dealers in 2021": a clause of another time
            # after the refresh dates its own event
            opener = max(
                (t.i for t in span.doc[clause_start : date.start] if t.lower_ in _TEMPORAL_OPENERS),
                default=-1,
            )
            if predicate != "facelift" and any(
                opener < k < date.start
                and key == "facelift"
                # "facelifted this summer, with the updated SUV reaching showrooms in Q3": the
                # facelift has its own date
                # ("The X's update, first planned for this autumn, has been pushed back to
                # 2028": a date given up does not stand between them)
                and not any(
                    k < d.start < date.start and not self._not_a_claim(sent, d.start)
                    for d in sent.dates
                )
                for key in sent.cues
                for k, _ in sent.cues_in(key, clause_start, clause_end)
            ):
                predicate = "facelift"  # "the refresh is said to arrive in 2027": the facelift
            elif (
                predicate != "facelift"
                and sent.clause_kind(date.start) == "rel"
                and sent.cues_in("facelift", max(span.start, clause_start - 6), clause_start)
            ):
                # "with the facelifted X, which should land in early 2027": the relative
                # clause dates the facelift its antecedent names
                predicate = "facelift"
            if predicate == "production_start" and (
                any(
                    # "remains on track to start production in 2026": a plan, not a state
                    span.doc[e : e + 2].text.lower() not in ("on track", "on schedule")
                    for _, e in sent.cues_in("continuation", clause_start, cue)
                )
                or any(
                    # "will end in March", not "by the end of 2027"
                    not any(d.start <= k < d.end for d in sent.dates)
                    for k, _ in sent.cues_in("production_change", cue, min(cue + 16, clause_end))
                )
            ):
                # "remains in production until 2026", "production ... was raised last month":
                # an end or a change, not a start
                continue
            negated = self._negated(
                sent, min(cue, date.start), verbs=predicate == "facelift", without=False
            )
            if not negated and cue < date.start:
                # "assembly ... will not begin in May": denied between the event and its date
                negated = any(
                    sent.clause_of(s)[0] == sent.clause_of(cue)[0]
                    # "is launched without the V6 in March": what the car lacks, not the event
                    and sent.span.doc[s].lower_ != "without"
                    for s, _ in sent.cues_in("neg", cue, date.start)
                )
            if not negated and sent.clause_kind(date.start) == "rel":
                # "the Kestrel, planned for assembly from 2028, is now cancelled" written as a
                # relative clause: the main clause after it denies what it dated
                _, rel_end = sent.clause_of(date.start)
                after = min(rel_end + 8, sent.span.end)
                keys = (f"event:{predicate}", f"undated:{predicate}") + (
                    ("site",) if predicate == "production_start" else ()
                )
                negated = any(
                    self._negated(sent, s, verbs=False, window=_NEGATION_WINDOW)
                    # "..., but it will not be sold in the UK": one market denied, not the date
                    and not self._market_after(sent, e)
                    for key in keys
                    for s, e in sent.cues_in(key, rel_end, after)
                    if e < sent.span.end
                )
            if not negated:
                # "... would be pushed back to May; the maker says this is wrong"
                negated = any(
                    _points_back(span.doc, s, e)
                    for s, e in sent.cues_in("figneg_after", date.end, sent.span.end)
                )
            if negated and self._denies_a_delay(sent, min(cue, date.start)):
                negated = False  # "has not slipped: it is still due in 2027"
            earliest = interval.earliest
            if self._rescheduled(sent, date) == "range" and interval.latest is not None:
                # "delayed from March to September": the event is in the last month or year
                if interval.granularity == "month":
                    earliest = interval.latest.replace(day=1)
                elif interval.granularity == "year":
                    earliest = interval.latest.replace(month=1, day=1)
            if negated and (
                span.doc[date.start].lower_ in _UNTIL or span.doc[date.start - 1].lower_ in _UNTIL
            ):
                # "won't premiere until 2027", "isn't coming until March": it comes then
                negated = False
                earliest = earliest or _period_start(interval)
            dated.append((date.end, predicate, cue))
            subject = subject_at(cue if heading else date.start)
            if (
                predicate == "facelift"
                and subject is not None
                and subject.variant
                and not any(v.subject == subject for v in sent.vehicles)
            ):
                # "The Sportage ... our GT-Line test car ... . A facelift is likely next spring": a
                # facelift is the model's, whichever trim the article was last on
                subject = _model_level(subject)
            add(
                {
                    "subject": subject,
                    "predicate": predicate,
                    "earliest": earliest,
                    "latest": interval.latest,
                    "negated": negated,
                },
                date.start,
            )

    def _gapped_conjunct(
        self, sent: _Sentence, clause_start: int, target: int, skip: frozenset[int] = frozenset()
    ) -> bool:
        """The clause is ", and in August (at Y) for the B": a conjunction, then prepositions
        and the tokens in ``skip`` up to ``target``, and after it no word but function words,
        names and a plant noun. Having no verb of its own, it shares the clause before's."""
        doc = sent.span.doc
        _, clause_end = sent.clause_of(clause_start)
        k = clause_start + (doc[clause_start].text == ",")
        if doc[k].lower_ not in ("and", "then"):
            return False
        k += 1
        while k < target and (doc[k].lower_ in _DATE_PREPOSITIONS | {"at", "on"} or k in skip):
            k += 1
        named = {i for v in sent.vehicles for i in range(v.start, v.end)}
        return k == target and all(
            not t.is_lower
            or t.i in named
            or t.i in skip
            or t.lower_ in _GAPPED_CONJUNCT_WORDS
            or t.lower_ in self.site_nouns
            for t in doc[target:clause_end]
        )

    def _nationality_anaphor(self, sent: _Sentence, recent: list[Subject]) -> Subject | None:
        """ "The Korean car", "The German's larger pack" opening what the sentence says before it
        names a car: the one car of recently named ones (at least two makers' cars) whose maker
        is of that country."""
        keys = [k for k in sent.cues if k.startswith("nationality:")]
        if not keys:
            return None
        first_vehicle = min((v.start for v in sent.vehicles), default=sent.span.end)
        opening = [(s, k) for k in keys for s, _ in sent.cues[k] if s < first_vehicle]
        if not opening:
            return None
        makers = self.nationality_makers[min(opening)[1].split(":", 1)[1]]
        if len({s.brand for s in recent}) < 2:
            return None
        own = _distinct(s for s in recent if s.brand in makers)
        models = {(s.brand, s.model) for s in own}
        if len(models) != 1:
            return None
        return _model_level(own[-1])

    def _ordinal_in_clause(
        self, sent: _Sentence, i: int, pair: tuple[Subject, Subject]
    ) -> Subject | None:
        """The one of the pair "the former" / "the latter" names before token ``i`` in its
        clause, when the sentence uses both ("the former costs X, while the latter ...")."""
        if not (sent.cues.get("ordinal:latter") and sent.cues.get("ordinal:former")):
            return None
        clause = sent.clause_of(i)
        found = [
            (s, key)
            for key in ("ordinal:former", "ordinal:latter")
            for s, _ in sent.cues.get(key, ())
            if s < i and sent.clause_of(s) == clause
        ]
        if not found:
            return None
        return pair[1] if max(found)[1] == "ordinal:latter" else pair[0]

    def _ordinal_anaphor(self, sent: _Sentence) -> str | None:
        """ "The latter" / "the former" opening what the sentence says before it names a car."""
        doc = sent.span.doc
        first_vehicle = min((v.start for v in sent.vehicles), default=sent.span.end)
        for key in ("ordinal:latter", "ordinal:former"):
            for s, e in sent.cues.get(key, ()):
                after = doc[e] if e < len(doc) else None
                # a pronoun, not an adjective: "the latter produces", "the former, which",
                # not "the former boss"
                pronoun = after is None or (
                    after.is_punct
                    or after.lower_ in _AUXILIARIES | {"'s", "’s", "also", "only", "still", "now"}
                    or (after.is_lower and after.lower_.endswith(("s", "ed")))
                )
                if s < first_vehicle and pronoun:
                    return key.split(":", 1)[1]
        return None

    def _part_arrives(self, sent: _Sentence, key: str, clause_start: int, cue: int) -> bool:
        """ "A track pack follows next spring", "an over-the-air update due in the second
        quarter": what launches is a part, not the car (no vehicle named before the cue)."""
        if key.split(":", 1)[-1] not in ("market_launch", "premiere"):
            return False
        if any(clause_start <= v.start < cue for v in sent.vehicles):
            return False
        doc = sent.span.doc
        window = doc[max(clause_start, cue - 8) : cue]
        # "a cheaper version with a smaller pack is expected to follow": the version comes
        return any(t.lower_ in self.arriving_parts for t in window) and not any(
            t.lower_ in _VERSION_WORDS or self.vehicle_noun.fullmatch(t.lower_) for t in window
        )

    def _part_denied_before(self, sent: _Sentence, clause_start: int, cue: int) -> bool:
        """The denied verb's subject, right before it, is a part ("the AWD set-up
        offered in Oulu is not coming"), not a car."""
        doc = sent.span.doc
        k = cue - 1
        while k > clause_start and (
            doc[k].lower_ in _AUXILIARIES or doc[k].lower_ in ("not", "n't", "never")
        ):
            k -= 1
        # past where it is had: "offered in Oulu"
        j = k
        while j > clause_start and (_is_place_word(doc[j]) or doc[j].lower_ in _PLACE_PHRASE_WORDS):
            j -= 1
        if j < k and doc[j].lower_ in _PLACING_PARTICIPLES:
            k = j - 1
        return k >= clause_start and (
            doc[k].lower_ in self.arriving_parts or doc[k].lower_ in _SYSTEM_NOUNS
        )

    def _undated_denials(self, sent, subject_at, add) -> None:
        """Claims denied without a figure or date: "not to be sold in Finland" (a launch),
        "not going to be built at all" (a production start), "gets no bigger pack" (an
        attribute)."""
        doc = sent.span.doc
        for key, spans in sent.cues.items():
            if not key.startswith("undated:"):
                continue
            predicate = key.split(":", 1)[1]
            for start, end in spans:
                if end < len(doc) and doc[end].lower_ == "with":
                    continue  # "can't be offered here with twin motors": a part's denial
                tail = next(
                    (k for k in range(end, min(end + 9, len(doc))) if doc[k].text in ",;.:()"),
                    end + 9,
                )
                if predicate == "market_launch" and any(
                    t.lower_ in _FORM_NOUNS or t.lower_ == "with" for t in doc[end:tail]
                ):
                    # "is not offered in rear-drive form", "is never sold in Oulu with the
                    # smaller pack": a version or a part denied, not the car
                    continue
                clause_start, clause_end = sent.clause_of(start)
                if any(clause_start <= d.start < clause_end for d in sent.dates):
                    continue  # a dated event: see _date_facts
                if self._part_arrives(sent, predicate, clause_start, start):
                    continue  # "The 81 kWh pack will not be sold in Britain": the part's denial
                if self._part_denied_before(sent, clause_start, start):
                    continue  # "the AWD system offered in Oulu is not coming to Kemi"
                if not self._negated(sent, start, verbs=False, window=_NEGATION_WINDOW):
                    continue
                add({"subject": subject_at(start), "predicate": predicate, "negated": True}, start)
        cleft = self._cleft_vehicle(sent)
        for vehicle in self._denied_in_a_market(sent) + ([cleft[1]] if cleft else []):
            add(
                {"subject": vehicle.subject, "predicate": "market_launch", "negated": True},
                vehicle.start,
            )
        for key, spans in sent.cues.items():
            if not key.startswith("attribute:"):
                continue
            for start, end in spans:
                if any(0 <= q.start - end <= 3 for q in sent.quantities):
                    continue  # "no larger battery than 60 kWh": the figure's own fact
                if not self._negated(sent, start, verbs=False, window=_NEGATION_WINDOW):
                    continue
                add(
                    {
                        "subject": subject_at(start),
                        "predicate": key.split(":", 1)[1],
                        "negated": True,
                    },
                    start,
                )

    def _denied_in_a_market(self, sent: _Sentence) -> list[_Vehicle]:
        """ "There will be no EV3 GT in Europe", "Kia will not sell the EV3 GT here", "has no
        plans to offer the X in the UK": a vehicle denied to a market, not launched there."""
        doc = sent.span.doc
        found = []
        for vehicle in sent.vehicles:
            if vehicle.compared or vehicle.end >= sent.span.end:
                continue
            after = doc[vehicle.end].lower_
            # "There will be no JCW version", "There will be no Aceman JCW.", "There will be
            # no new Arteon, in any form": none at all
            k = vehicle.start - 1
            while (
                k > vehicle.start - 3
                and doc[k].is_lower
                and doc[k].is_alpha
                and doc[k].lower_ != "no"
            ):
                k -= 1
            # "There will be no A, no B and no C": each of a list of denied cars
            listed_next = after in ("and", "or") and doc[vehicle.end + 1].lower_ == "no"
            listed_after = (
                k >= 3
                and k == vehicle.start - 1  # "and no fully electric X" denies a version only
                and doc[k - 1].lower_ in ("and", "or", ",")
                and any(
                    doc[j].lower_ == "no" and doc[j - 1].lower_ in ("be", "is", "'s", "’s")
                    for j in range(max(sent.span.start + 1, k - 8), k - 1)
                )
            )
            none_at_all = (
                k >= 2
                and doc[k].lower_ == "no"
                and (doc[k - 1].lower_ in ("be", "is", "'s", "’s") or listed_after)
                and (
                    after in _VERSION_WORDS
                    or doc[vehicle.end].text in {".", ";", ","}
                    or listed_next
                    # "no Core version of the Kestrel", written as one car
                    or any(
                        t.lower_ in _VERSION_WORDS and doc[t.i + 1].lower_ == "of"
                        for t in doc[vehicle.start : vehicle.end - 1]
                    )
                )
            )
            # "does not plan to import the Puma ST shown in Europe.": the market is the
            # article's own; the car, ended by its clause or a participle, is denied
            ended = doc[vehicle.end].text in {".", ";", ","} or (
                after.endswith("ed") and doc[vehicle.end].is_lower
            )
            # "Canada won't get the Standard": the market is the subject
            # a market as the subject, or after the car ("Buyers won't get the X in the UK")
            receiving = (
                doc[vehicle.start - 1].lower_ in _DETERMINERS
                and doc[vehicle.start - 2].lower_ in self.receiving_verbs
                and (
                    self._names_a_market(sent, sent.clause_of(vehicle.start)[0])
                    or (after in ("in", "to") and self._names_a_market(sent, vehicle.end + 1))
                )
            )
            if receiving and self._negated(
                sent, vehicle.start - 2, verbs=False, window=_NEGATION_WINDOW
            ):
                found.append(vehicle)
                continue
            # "no Finnish version of the X is planned": a market's own version denied
            k = vehicle.start - 1
            while k > sent.span.start and doc[k].lower_ in _DETERMINERS:
                k -= 1
            if (
                k - 3 >= sent.span.start
                and doc[k].lower_ == "of"
                and doc[k - 1].lower_ in ("version", "versions")
                and (doc[k - 2].text in self.markets or doc[k - 2].text in self.demonyms)
                and doc[k - 3].lower_ == "no"
            ):
                found.append(vehicle)
                continue
            if after not in self.market_words and not none_at_all and not ended:
                continue
            if after in ("in", "to", "for") and not self._names_a_market(sent, vehicle.end + 1):
                continue  # "no EV3 GT in white", "no X in Paris": a market is a country or region
            # "import the faster Puma ST": up to two adjectives after a determiner, or a
            # figure ("sell the 320 kW EV6 GT")
            figure = _figure_before(sent, vehicle.start)
            k, adjectives = (vehicle.start if figure is None else figure.start) - 1, 0
            while (
                adjectives < 2
                and k > sent.span.start
                and doc[k].is_lower
                and doc[k].is_alpha
                and doc[k].lower_ not in _DETERMINERS | {"no"}
                and doc[k].lower_ not in self.market_verbs
            ):
                k, adjectives = k - 1, adjectives + 1
            # ("There will be no new Arteon": adjectives after "no" too)
            if adjectives and doc[k].lower_ not in _DETERMINERS | {"no"}:
                k = vehicle.start - 1
            while k >= sent.span.start and doc[k].lower_ in _DETERMINERS:
                k -= 1
            if k < sent.span.start:
                continue
            before = doc[k].lower_
            denied = (
                before == "no"
                and k > sent.span.start
                and (after in self.market_words or none_at_all)
            ) or (
                before in self.market_verbs
                and (
                    self._negated(sent, k, verbs=False, window=_NEGATION_WINDOW)
                    # "now rules out selling its X in Chile": a denying verb before the gerund
                    or (
                        before.endswith("ing")
                        and any(e == k for _, e in sent.cues.get("negverb", ()))
                    )
                )
            )
            if denied:
                found.append(vehicle)
        return found

    def _names_a_denied_car(self, sent: _Sentence, q: Span) -> bool:
        """ "Kia won't sell the 320 kW EV6 GT in Japan": the figure names the car a market is
        denied; the car has it all the same."""
        if "denied_in_market" not in sent.memo:
            sent.memo["denied_in_market"] = self._denied_in_a_market(sent)
        return any(_figure_before(sent, v.start) is q for v in sent.memo["denied_in_market"])

    def _market_after(self, sent: _Sentence, k: int) -> bool:
        """ "sold in the UK", "coming to Japan": a market named right after an event's cue
        (which may end on its preposition)."""
        doc = sent.span.doc
        if k < sent.span.end and doc[k].lower_ in ("in", "to"):
            k += 1
        elif not (k > 0 and doc[k - 1].lower_ in ("in", "to")):
            return False
        return self._names_a_market(sent, k)

    def _names_a_market(self, sent: _Sentence, start: int) -> bool:
        """A country or region opens the text at ``start`` ("Europe", "the UK", "New Zealand")."""
        doc = sent.span.doc
        if start < sent.span.end and doc[start].lower_ == "the":
            start += 1
        return any(
            doc[start : start + n].text in self.markets
            for n in (1, 2, 3)
            if start + n <= sent.span.end
        )

    def _denied_with_it(self, sent: _Sentence, add) -> None:
        """ "If you want all-wheel drive, pick another car: Skoda won't sell the Life with it":
        the drivetrain or motor count named last before the car, denied to it through "with
        it"."""
        doc = sent.span.doc
        for vehicle in sent.vehicles:
            k = vehicle.end
            if not (
                k + 1 < sent.span.end
                and doc[k].lower_ == "with"
                and doc[k + 1].lower_ in ("it", "one")
                and self._negated(sent, vehicle.start, verbs=False, window=_NEGATION_WINDOW)
            ):
                continue
            named = [
                (s, key)
                for key, spans in sent.cues.items()
                if key.startswith(("drivetrain:", "motors:"))
                for s, _ in spans
                if s < vehicle.start
            ]
            if not named:
                continue
            kind, _, value = max(named)[1].partition(":")
            add(
                {
                    "subject": vehicle.subject,
                    "predicate": "drivetrain" if kind == "drivetrain" else "motor_count",
                    "value": int(value) if kind == "motors" else value,
                    "negated": True,
                },
                k,
            )

    def _categorical_facts(self, sent, subject_at, add) -> None:
        doc = sent.span.doc
        in_names = {
            k for v in sent.spans if v.label_ in _VEHICLE_LABELS for k in range(v.start, v.end)
        }
        modifiers = {
            k
            for key, spans in sent.cues.items()
            if key.startswith(("drivetrain:", "motors:"))
            for s, e in spans
            for k in range(s, e)
        }
        starts = {v.start: v for v in sent.vehicles}

        def modified(end: int) -> _Vehicle | None:
            """The vehicle a modifier stands before: "the dual-motor, all-wheel-drive X"."""
            k = end
            while k < sent.span.end and (k in modifiers or doc[k].text in {",", "-"}):
                k += 1
            return starts.get(k)

        # "a single 150 kW (204 PS) motor", "two 200 kW motors"
        motor_nouns = {s for s, _ in sent.cues.get("motor_noun", ())}
        for q in sent.quantities:
            if q._.restates or q.start == 0:
                continue
            count = self.motor_count_words.get(doc[q.start - 1].lower_)
            after = q.end
            restated = [r for r in sent.quantities if r._.restates and r.start > q.end]
            if after < len(doc) and doc[after].text == "(" and restated:
                after = next((r.end + 1 for r in restated if r.start == after + 1), after)
            if count and after in motor_nouns:
                add(
                    {
                        "subject": subject_at(q.start - 1),
                        "predicate": "motor_count",
                        "value": count,
                        "negated": self._negated(sent, q.start - 1, verbs=True),
                    },
                    q.start - 1,
                )
        for key, spans in sent.cues.items():
            kind, _, value = key.partition(":")
            if kind not in ("drivetrain", "motors", "facelift"):
                continue
            for start, end in spans:
                if start in in_names:
                    continue  # "Long Range AWD" names a variant; it is not a claim
                if kind != "facelift" and self._describes_other(sent, start, end):
                    continue
                if (
                    kind == "drivetrain"
                    and value != "AWD"
                    and doc[end - 1].lower_ == "wheels"
                    and any(
                        not self._negated(sent, s, verbs=True)
                        for s, _ in sent.cues_in("drivetrain:AWD", *sent.clause_of(start))
                    )
                ):
                    continue  # "an all-wheel-drive system ... until the front wheels need it"
                if kind == "facelift" and self._names_a_state(sent, start, end):
                    continue  # "the refreshed Model 3", "a facelifted BMW X1": a description
                if kind == "facelift" and self._denies_its_content(sent, end):
                    continue  # "its facelift cannot bring a larger pack": not the update
                named = modified(end) if kind != "facelift" else None
                if kind == "facelift" and any(
                    sent.clause_of(d.start) == sent.clause_of(start)
                    for d in sent.dates
                    if d._.interval is not None
                ):
                    continue  # a dated facelift is an event: see _date_facts
                predicate = {
                    "drivetrain": "drivetrain",
                    "motors": "motor_count",
                    "facelift": "facelift",
                }[kind]
                subject = named.subject if named is not None else subject_at(start)
                if kind != "facelift":
                    # "AWD comes as standard on the Ultra", "no AWD in Core trim": the
                    # trim the drive is placed on
                    subject = _trim_placed_after(sent, end, subject) or subject
                add(
                    {
                        "subject": subject,
                        "predicate": predicate,
                        "value": int(value) if kind == "motors" else (value or None),
                        "negated": self._negated(sent, start, verbs=True),
                    },
                    start,
                )

    def _denies_its_content(self, sent: _Sentence, end: int) -> bool:
        """ "its facelift cannot bring X", "the update won't add Y": a negated verb right after
        the facelift noun that takes what the update brings as its object."""
        doc = sent.span.doc
        k = end
        while k < sent.span.end and k - end < 4 and doc[k].lower_ in _AUXILIARIES_OR_NEGATIONS:
            k += 1
        return (
            k > end
            and k < sent.span.end
            and doc[k].lower_ in self.facelift_content_verbs
            and any(t.lower_ in _NEGATION_WORDS for t in doc[end:k])
        )

    def _names_a_state(self, sent: _Sentence, start: int, end: int) -> bool:
        """A facelift word used as an adjective before a vehicle or a car noun ("the
        refreshed Model 3 reached ...", "the updated car") describes it, claims no facelift."""
        doc = sent.span.doc
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pre", "post"):
            return True  # "the pre-facelift car": the car before (or after) it, no claim
        if not doc[start].lower_.endswith("ed"):
            return False
        vehicles = {v.start for v in sent.vehicles} | {
            s.start for s in sent.spans if s.label_ == "BRAND"
        }
        return end in vehicles or (end < len(doc) and doc[end].lower_ in _CAR_NOUNS)

    def _describes_other(self, sent: _Sentence, start: int, end: int) -> bool:
        """A drivetrain or motor word that describes something else: a platform ("the
        front-wheel-drive version of the MEB architecture") or a compared car ("two seconds
        quicker than the front-driven car")."""
        doc = sent.span.doc
        if any(t.lower_ == "than" for t in doc[max(start - 3, sent.span.start) : start]):
            return True
        named = {
            k
            for v in sent.spans
            if v.label_ in ("PLATFORM", "BRAND")
            for k in range(v.start, v.end)
        }
        for k in range(end, min(end + 8, sent.span.end)):
            word = doc[k].lower_
            if word in self.platform_nouns:
                return True
            if k not in named and word not in _OF_A_PLATFORM:
                return False
        return False

    def _platform_facts(self, sent, subject_at, add, last_platform: str | None = None) -> None:
        doc = sent.span.doc
        if last_platform is not None and not any(v.label_ == "PLATFORM" for v in sent.spans):
            self._platform_anaphor(sent, subject_at, add, last_platform)
        for platform in (v for v in sent.spans if v.label_ == "PLATFORM"):
            following = {t.lower_ for t in doc[platform.end : platform.end + 2]}
            if following & self.platform_not_after:
                continue
            if doc[platform.end : platform.end + 2].text == "-based":
                # "the MEB-based ID.4 and ID.5": the cars the compound describes
                fact = {
                    "predicate": "platform",
                    "value": platform._.normalized or platform.text,
                    "negated": False,
                }
                for vehicle in self._platform_based(sent, platform.end + 2):
                    add({**fact, "subject": vehicle.subject}, vehicle.start)
                continue
            before = doc[max(platform.start - 5, sent.span.start) : platform.start].text.lower()
            if any(phrase in before for phrase in self.platform_not_before):
                continue  # "the successor to the MQB" is not the car's platform
            contrasted = any(phrase in before for phrase in self.platform_negated_before)
            clause_start, clause_end = sent.clause_of(platform.start)
            if not sent.cues_in("platform", clause_start, clause_end):
                # "MEB, which sits under the ID.3 and ID.4, ...": only the cars it underpins
                value = platform._.normalized or platform.text
                for vehicle in self._platform_sharers(sent, platform.end, nearest=True):
                    fact = {"subject": vehicle.subject, "predicate": "platform", "value": value}
                    add({**fact, "negated": False}, vehicle.start)
                continue
            kind = next((k for s, _, k in sent.clauses if s == clause_start), "main")
            # "MEB Entry, the front-wheel-drive version of the MEB architecture": not the
            # subject's, but the cars it is "used by" have it
            described = kind == "app" and any(
                p.label_ == "PLATFORM" and p.end == clause_start - 1 for p in sent.spans
            )
            subject = None if described else subject_at(platform.start)
            if subject is not None and self._listed_under_later(sent, platform, subject):
                subject = None
            # "moves from the A platform of the old car to the B architecture": A is what it
            # leaves, B is the mover's, whatever car stands between
            move = _platform_move(sent, platform)
            if move is not None:
                verb, leaving = move
                subject = None if leaving else subject_at(verb)
            fact = {
                "subject": subject,
                "predicate": "platform",
                "value": platform._.normalized or platform.text,
                # "rides on J1 rather than PPE": PPE is denied
                "negated": contrasted or self._negated(sent, platform.start, verbs=True),
            }
            add(fact, platform.start)  # no subject, no fact
            # "TNGA-F, the platform Toyota also uses for the X, the Y and the Z"; "won't use
            # the PPE platform that underpins the X": the X has it all the same
            for vehicle in self._platform_sharers(sent, platform.end, nearest=described):
                add({**fact, "subject": vehicle.subject, "negated": False}, vehicle.start)
            if described:
                continue
            # "a stretched version of the Air's 900-volt LEAP platform": the Air has it
            for name in sent.spans:
                gap = doc[name.end + 1 : platform.start]
                if not (
                    name.label_ in ("MODEL", "VARIANT")
                    and name.end < platform.start
                    and doc[name.end].text in _POSSESSIVES
                    and len(gap) <= 4
                    and all(not t.text[:1].isupper() and t.text not in (",", ";") for t in gap)
                ):
                    continue
                owner = next((v for v in sent.vehicles if v.start <= name.start < v.end), None)
                if owner is not None:
                    add(
                        {**fact, "subject": owner.subject, "negated": False},
                        owner.start,
                        single=True,
                    )

    def _listed_under_later(self, sent: _Sentence, platform: Span, subject: Subject) -> bool:
        """ "A, B and C stay, plus the D platform under the X": the X is listed under a later
        platform of the sentence, not under this one."""
        return any(
            v.subject == subject
            for later in sent.spans
            if later.label_ == "PLATFORM" and later.start > platform.end
            for v in self._platform_sharers(sent, later.end, nearest=True)
        )

    def _platform_first_models(self, sent: _Sentence, add, last_platform: str | None) -> None:
        """ "Its first model is the X", "it debuts under the Y" in a sentence whose
        "it" is a platform: the car named right after the phrase sits on that platform (the one
        the sentence names before the phrase, else the one named last)."""
        doc = sent.span.doc
        for start, end in sent.cues.get("platform_debut", ()):
            if not any(
                t.lower_ in ("it", "its") for t in doc[max(sent.span.start, start - 3) : start]
            ):
                continue
            named = [p for p in sent.spans if p.label_ == "PLATFORM" and p.end <= start]
            platform = (named[-1]._.normalized or named[-1].text) if named else last_platform
            after = [v for v in sent.vehicles if v.start >= end and not v.compared]
            if platform is None or not after:
                continue
            k = end
            while k < after[0].start and (doc[k].is_lower or doc[k].text == "-"):
                k += 1
            if k == after[0].start and after[0].start - end <= 7:
                fact = {"subject": after[0].subject, "predicate": "platform", "value": platform}
                add({**fact, "negated": False}, after[0].start)

    def _platform_anaphor(self, sent: _Sentence, subject_at, add, platform: str) -> None:
        """ "The B sits on that same platform", "The architecture underpins the A and the B": a
        platform noun without a name is the platform the article named last."""
        doc = sent.span.doc
        for k in range(sent.span.start + 1, sent.span.end):
            if doc[k].lower_ not in self.platform_nouns:
                continue
            before = [t.lower_ for t in doc[max(sent.span.start, k - 3) : k]]
            clause_start, clause_end = sent.clause_of(k)
            if "same" in before[-2:]:
                # "the same platform as the X" names the X's, not the one named last
                if doc[k + 1 : k + 2].text.lower() == "as" or not sent.cues_in(
                    "platform", clause_start, clause_end
                ):
                    continue
                fact = {
                    "subject": subject_at(k),
                    "predicate": "platform",
                    "value": platform,
                    "negated": self._negated(sent, k, verbs=True),
                }
                add(fact, k)
            elif before[-1:] in (["the"], ["this"], ["that"]) and k - 1 == clause_start:
                for vehicle in self._platform_sharers(sent, k + 1, nearest=True):
                    fact = {"subject": vehicle.subject, "predicate": "platform", "value": platform}
                    add({**fact, "negated": False}, vehicle.start)

    def _platform_based(self, sent: _Sentence, after: int) -> list[_Vehicle]:
        """The vehicles a "PLATFORM-based" compound describes: the first named within a few
        lower-case words ("the MEB-based electric ID.4"), and those listed with it."""
        doc = sent.span.doc
        following = [v for v in sent.vehicles if v.start >= after and not v.code_only]
        if not following or following[0].start - after > 3:
            return []
        if any(not t.is_lower or not t.is_alpha for t in doc[after : following[0].start]):
            return []
        return [v for v in _listed(doc, following) if not v.compared]

    def _platform_sharers(
        self, sent: _Sentence, after: int, *, nearest: bool = False
    ) -> list[_Vehicle]:
        """The vehicles listed after "also used by", "as do" following a platform's name."""
        doc = sent.span.doc
        # "acti.ev+, a stretched version of the acti.ev platform used by the Curvv EV": a cue
        # is the nearest platform's before it, not an earlier one's ("..., as do the X" takes
        # up the clause's verb, so the clause's platform)
        later = [p.start for p in sent.spans if p.label_ == "PLATFORM" and p.start >= after]
        cues = [
            e
            for s, e in sent.cues.get("platform_shared", ())
            if s >= after
            and (not nearest if doc[s].lower_ == "as" else not any(k < s for k in later))
        ]
        # "shares the CMF-B platform with the Duster": "with" after the shared platform
        start, _ = sent.clause_of(after - 1)
        k = next(
            (k for k in range(after, min(after + 3, len(doc))) if doc[k].lower_ == "with"), None
        )
        if k is not None and any(t.lower_ in self.comparison.share_verbs for t in doc[start:after]):
            cues = sorted([*cues, k + 1])
        # "rides on the same e-TNGA platform as the bZ4X"
        k = after + (after < len(doc) and doc[after].lower_ in self.platform_nouns)
        if (
            k < len(doc)
            and doc[k].lower_ == "as"
            and "same" in {t.lower_ for t in doc[max(start, after - 6) : after]}
        ):
            cues = sorted([*cues, k + 1])
        if not cues:
            return []
        following = [v for v in sent.vehicles if v.start >= cues[0]]
        if not following or doc[cues[0] : following[0].start].text.lower() not in _SHARER_GAPS:
            return []
        return _listed(doc, following)

    def _production_sites(
        self,
        sent,
        vehicle_tokens,
        date_tokens,
        add_at,
        add,
        last_site: str | None = None,
        recent_site: str | None = None,
    ) -> None:
        """ "built in Ghent", "at its Spartanburg plant", "production moves to Kosice"; "won't
        be built there": the place named before (in the sentence, else the last site)."""
        doc = sent.span.doc
        # a figure is no place either: "built locally, they start at Rp 199 million"
        date_tokens = date_tokens | {i for q in sent.quantities for i in range(q.start, q.end)}
        found: list[tuple[str, int, int]] = []  # (place, cue, anchor)
        named_plants: set[int] = set()  # "the Fairfax plant (in Kansas)": the plant's own name
        towns: dict[str, str] = {}  # a named plant -> the town written after it
        alternatives: set[int] = set()  # the anchors of towns set aside ("rather than X")
        own_subject: set[int] = set()  # the anchors of places whose conjunct names its car
        relative: list[tuple[str, int, int]] = []  # sites only a relative clause is about
        relative_sites: set[int] = set()  # their anchors
        for start, _ in sent.cues.get("site_noun", ()):
            words = []
            i = start - 1
            while (
                i >= sent.span.start
                and _is_place_word(doc[i])
                and i not in vehicle_tokens
                and i not in date_tokens
            ):
                words.insert(0, doc[i].text)
                i -= 1
            while words and (words[0] in self.not_places or words[0].lower() in self.site_skip):
                words.pop(0)
            if words and i >= sent.span.start and doc[i].lower_ in ("a", "an"):
                continue  # "at an Ionity site", "a Tesla factory": one of a kind, not a plant
            if (
                words
                and doc[start].lower_ == "works"
                and (
                    i < sent.span.start
                    or not (doc[i].lower_ in _SITE_OPENERS or doc[i].text in _POSSESSIVES)
                    or (start + 1 < len(doc) and doc[start + 1].lower_ in self.works_as_verb)
                )
            ):
                continue  # "Oulu works best": the verb, not the plant ("the Oulu works")
            if words:
                found.append((" ".join(words), start, start))
                named_plants.add(start)
                # "the Mirafiori plant in Turin": the town names the site; "the Ghent plant in
                # Belgium", "the Fairfax plant in Kansas" are already named by their town
                town = self._place_after(
                    doc, start + 1, min(start + 6, sent.span.end), set(), date_tokens
                )
                after_town = town[1] + len(town[0].split()) if town is not None else 0
                if (
                    town is not None
                    and not ({town[0], town[0].split()[-1]} & (self.regions | self.provinces))
                    # "the Oulu plant in Uusimaa province": a state, not the site's town
                    and not (
                        after_town < len(doc) and doc[after_town].lower_ in self.province_nouns
                    )
                ):
                    towns[" ".join(words)] = town[0]
        for start, end in sorted(sent.cues.get("site", ())):
            if start in named_plants:
                continue
            if doc[start].lower_ in _MOVING_CUES and doc[start - 1].lower_ in self.not_movers:
                continue  # "deliveries move to Oulu in July": the launch moves, not production
            _, clause_end = sent.clause_of(start)
            # the place follows its verb within the phrase: "keep building the X for longer,
            # according to a report from Korea" names no site
            # (a comma inside a list of cars, "builds the A, the B and the C in X", goes on)
            vehicle_ends = {v.end for v in sent.vehicles}
            vehicle_starts = {v.start for v in sent.vehicles}
            clause_end = next(
                (
                    k
                    for k in range(end, clause_end)
                    if doc[k].text == ","
                    and not (
                        k in vehicle_ends
                        and (k + 1 in vehicle_starts or k + 2 in vehicle_starts)
                        and (k + 1 in vehicle_starts or doc[k + 1].lower_ in _DETERMINERS)
                    )
                ),
                clause_end,
            )
            # "is not built locally and will keep arriving by sea from Oulu": a verb
            # coordinated after the cue's phrase says something else of another place
            clause_end = next(
                (
                    k
                    for k in range(end, clause_end - 1)
                    if doc[k].lower_ in ("and", "but") and doc[k + 1].lower_ in _AUXILIARIES
                ),
                clause_end,
            )
            # "will move to Douai": a cue ending in its preposition, the town right after it
            after = (
                end - 1
                if doc[end - 1].lower_ in self.site_prepositions
                and end < sent.span.end
                and _is_place_word(doc[end])
                else end
            )
            place = self._place_after(doc, after, clause_end, vehicle_tokens, date_tokens)
            if place is None and end < len(doc) and doc[end].lower_ == "here" and recent_site:
                place = (recent_site, end)  # a local story's "assembled here": its plant
            if place is None and end < len(doc) and doc[end].lower_ == "there":
                # "pencilled in for Zwickau, but ... won't be built there"
                earlier = [
                    k + 1
                    for k in range(sent.span.start, start - 1)
                    if doc[k].lower_ in ("in", "for", "at", "to")
                    and _is_place_word(doc[k + 1])
                    and k + 1 not in vehicle_tokens
                    and k + 1 not in date_tokens
                    and doc[k + 1].text not in self.not_places
                ]
                # ("at Kemi in Lapland, ... there": the town, not its province)
                earlier = [
                    k
                    for k in earlier
                    if doc[k].text not in self.provinces and doc[k].text not in self.regions
                ] or earlier
                there = doc[earlier[-1]].text if earlier else last_site
                if there is not None:
                    place = (there, end)
            if place is None:
                # "at Pune, where the hatch is made by hand", "Pune, which assembles the X":
                # the site the relative clause hangs on, unless another cue names it
                place = self._relative_place(sent, start, vehicle_tokens, date_tokens)
                if place is not None:
                    relative.append((place[0], start, place[1]))
                continue
            if not any(t.lower_ in self.site_not_after_cue for t in doc[end : place[1]]):
                found.append((place[0], start, place[1]))
                # "starts in July at X for the A, and in August at Y for the B"
                gapped = self._gapped_place(sent, start, vehicle_tokens, date_tokens)
                if gapped is not None:
                    found.append((gapped[0], start, gapped[1]))
                    own_subject.add(gapped[1])
                # "built in Zwickau rather than Emden": the other town is denied
                k = place[1] + len(place[0].split())
                if doc[k : k + 2].text.lower() in ("rather than", "instead of"):
                    i = k + 2 + (k + 2 < sent.span.end and doc[k + 2].lower_ in ("in", "at"))
                    j = self._place_end(doc, i, sent.span.end, vehicle_tokens, date_tokens)
                    town = doc[i:j].text
                    if town and town not in self.regions and town not in self.not_places:
                        found.append((town, start, i))
                        alternatives.add(i)
                # "assembled in Zwickau and Emden", "at Trnava in Slovakia and Zaragoza in
                # Spain", "at Gwangmyeong, South Korea, and at West Point": both towns
                full_end = sent.span.end
                k = place[1] + len(place[0].split())
                steps = 0
                while (
                    k < full_end
                    and steps < 6
                    and doc[k].lower_ != "and"
                    and (
                        doc[k].text == ","
                        or doc[k].lower_ in ("in", "for")
                        or _is_place_word(doc[k])
                    )
                ):
                    k, steps = k + 1, steps + 1
                if k + 1 < full_end and doc[k].lower_ == "and":
                    i = k + 1 + (doc[k + 1].lower_ in self.site_prepositions)
                    j = self._place_end(doc, i, full_end, vehicle_tokens, set())
                    town = doc[i:j].text
                    if town and town not in self.regions and town not in self.not_places:
                        found.append((town, start, i))
        found += self._moved_between(sent, vehicle_tokens, date_tokens, found)
        # "draws its cells from a supplier's plant in X": the plant makes the parts
        found = [f for f in found if not self._makes_parts(sent, f[1], f[2])]
        named_sites = {name for name, _, _ in found}
        for name, cue, anchor in relative:
            if name not in named_sites:
                found.append((name, cue, anchor))
                relative_sites.add(anchor)
        found = [
            (self._without_plant_suffix(towns.get(name, name)), cue, anchor)
            for name, cue, anchor in found
            if name not in self.not_places  # "comes from Auto Motor und Sport": a magazine
        ]
        found.sort(key=lambda item: item[2])
        # "assembly begins at the firm's plant in Lyon in May": the site is named even when no
        # car's fact follows from it ("Lyon will later add the B")
        towns_named = [
            name
            for name, _, _ in found
            if name not in self.regions
            and name.split()[-1] not in self.regions
            and name not in self.provinces
        ]
        if towns_named:
            sent.memo["site_named"] = towns_named[-1]
        seen: set[tuple[str, bool]] = set()
        for name, cue, anchor in found:
            negated = (
                anchor in alternatives
                or self._negated(sent, cue, verbs=False)
                or self._denied_after(sent, cue)
                # "ruled out shifting production to Oulu"
                or self._ruled_out_before(sent, cue)
                # "Assembly will not happen at Oulu": a denial between the noun and the town
                or (
                    cue < anchor
                    and sent.clause_of(cue) == sent.clause_of(anchor)
                    and bool(sent.cues_in("neg", cue + 1, anchor))
                )
                # "Production of the X in Ingolstadt has been cancelled"
                or any(
                    _CANCELLED.search(doc[s:e].text)
                    for s, e in sent.cues_in("figneg_after", anchor, sent.clause_of(anchor)[1])
                )
            )
            # "the claim that it would be built in X was denied: it will not be assembled in
            # X": the denial is a claim of its own
            if (name, negated) in seen:
                continue
            seen.add((name, negated))
            if not negated and (name in self.regions or name.split()[-1] in self.regions):
                continue  # "built in Spain": a site is a town; "not in Europe" still says much
            province = name in self.provinces or (
                anchor + len(name.split()) < len(doc)
                and doc[anchor + len(name.split())].lower_ in self.province_nouns
            )
            if province and any(other != name and abs(at - anchor) <= 6 for other, _, at in found):
                continue  # "at its Marysville plant in Ohio": the town is named
            built = self._plant_builds(sent, cue, anchor + len(name.split()))
            if built:
                # "BYD's Rayong plant, which opened in 2024, builds the Atto 3 and the Dolphin":
                # the plant is the subject, the cars it builds are what is built there
                for verb, vehicle in built:
                    add(
                        {
                            "subject": vehicle.subject,
                            "predicate": "production_site",
                            "value": name,
                            "negated": self._negated(sent, verb, verbs=True),
                        },
                        vehicle.start,
                        single=True,
                    )
                continue
            where = self._built_where(sent, anchor) if anchor in relative_sites else None
            if where is not None and where[1]:
                # "Pune, which assembles the A and the B": the cars the clause names
                for vehicle in where[1]:
                    _add_site(add, vehicle, name, negated)
                continue
            if anchor in relative_sites and not any(
                sent.cues_in(key, anchor, cue) for key in _ANAPHOR_KEYS
            ):
                continue  # "at Y, where its batteries are made": not the car
            fact = {
                "subject": add_at(anchor if anchor in own_subject else cue),
                "predicate": "production_site",
                "value": name,
                "negated": negated,
            }
            # "Magna began assembling the XPeng G6 and G9 in Graz": the verb's objects
            objects = self._built_objects(sent, cue, anchor)
            for vehicle in objects:
                add({**fact, "subject": vehicle.subject}, vehicle.start, single=True)
            if objects:
                fact["subject"] = objects[0].subject
            else:
                add(fact, anchor)
            # "built in Leipzig alongside the BMW X1 and X2": built there too; so are the
            # cars a relative clause after the place builds ("in Dieppe, where the A110 is
            # also made", "the plant that already builds the G6 and G9")
            for vehicle in self._alongside(sent, cue):
                add({**fact, "subject": vehicle.subject}, vehicle.start)
            where = self._built_where(sent, anchor)
            for vehicle in where[1] if where else ():
                if vehicle.subject != fact["subject"]:
                    # the relative clause is a claim of its own: "will not be assembled in
                    # Zaragoza, which will instead build the B10"
                    add(
                        {
                            **fact,
                            "subject": vehicle.subject,
                            "negated": self._negated(sent, where[0], verbs=False),
                        },
                        vehicle.start,
                    )
        self._opening_site(sent, vehicle_tokens, date_tokens, add, {f[0] for f in found})
        # "the Shanghai-built Model 3": a town glued to "built" before the vehicle
        for vehicle in sent.vehicles:
            k = vehicle.start - 1
            while k > sent.span.start and doc[k].lower_ in _DETERMINERS | {"new"}:
                k -= 1
            if not (
                doc[k].lower_ == "built"
                and k - 2 >= sent.span.start
                and doc[k - 1].text == "-"
                and not doc[k - 2].whitespace_
                and _is_place_word(doc[k - 2])
            ):
                continue
            town = doc[k - 2].text
            if town not in self.regions and town not in self.not_places:
                _add_site(add, vehicle, town)
        # "the Oslo-built electric estate": the same for the car a noun stands for
        for key in _ANAPHOR_KEYS:
            for start, end in sent.cues.get(key, ()):
                k = next(
                    (k for k in range(start + 2, end) if doc[k - 1 : k + 1].text == "-built"), 0
                )
                if not (
                    k
                    and not doc[k - 2].whitespace_
                    and _is_place_word(doc[k - 2])
                    and k - 2 not in vehicle_tokens
                ):
                    continue
                town = doc[k - 2].text
                if town not in self.regions and town not in self.not_places:
                    add(
                        {
                            "subject": add_at(start),
                            "predicate": "production_site",
                            "value": town,
                            "negated": False,
                        },
                        start,
                    )
        # "made in Finland, the A in Oulu and the B in Tampere", "the A is built at Oulu and
        # the B at Tampere": gapped statements, each vehicle with its own town
        cues = [s for s, _ in sent.cues.get("site", ())]
        for vehicle in sent.vehicles:
            k = vehicle.end
            if (
                not cues
                or vehicle.start < min(cues)
                or vehicle.compared
                or k + 1 >= sent.span.end
                or doc[k].lower_ not in ("in", "at")
                or doc[vehicle.start - 1].lower_ not in ("the", ",", "and")
            ):
                continue
            j = self._place_end(doc, k + 1, sent.span.end, vehicle_tokens, date_tokens)
            town = doc[k + 1 : j].text
            follows = doc[j].text if j < sent.span.end else "."
            if (
                town
                and town not in self.regions
                and town not in self.not_places
                and follows in (",", ".", "and", ";")
            ):
                _add_site(add, vehicle, town)

    def _lap_time(self, doc: Doc, q: Span, lo: int) -> bool:
        """A lap word stands shortly before the time, with no other figure or clause break
        between ("lapped in 93.1 seconds", "a quickest lap round the road course at 91.3")."""
        k = q.start - 1
        while k >= max(lo, q.start - 10):
            token = doc[k]
            if token.lower_ in self.lap_words:
                return True
            if token.like_num and token.i + 1 < q.start and doc[token.i + 1].lower_ in _MINUTES:
                k -= 1  # "went round in 8 minutes 1.3 seconds": the minutes of one time
                continue
            if token.text in (",", ";", ".", ")") or token.like_num:
                return False
            k -= 1
        return False

    def _cover_or_interval(self, doc: Doc, q: Span) -> bool:
        """A distance a period stands beside ("seven years or 93,700 miles", "5 years/73,900
        km", "every 12 months or 8,970 miles") or that "every" opens: a warranty's cover or a
        service interval."""
        if q.start > 0 and doc[q.start - 1].lower_ in self.interval_openers:
            return True
        if (
            q.start > 1
            and doc[q.start - 1].lower_ in ("or", "/")
            and doc[q.start - 2].lower_.split("-")[-1] in self.cover_periods
        ):
            return True
        k = _past_conversion(doc, q.end, q.end + 8)  # "8,970 miles (15,100 km) or"
        return (
            k + 2 < len(doc)
            and doc[k].lower_ in ("or", "/")
            and any(t.lower_ in self.cover_periods for t in doc[k + 1 : k + 4])
        )

    def _without_plant_suffix(self, name: str) -> str:
        """ "the Oulu Assembly Plant": the town's name is the site."""
        words = name.split()
        while len(words) > 1 and words[-1] in self.plant_suffixes:
            words.pop()
        return " ".join(words)

    def _gapped_place(
        self, sent: _Sentence, cue: int, vehicle_tokens: set[int], date_tokens: set[int]
    ) -> tuple[str, int] | None:
        """The place of the conjunct after the cue's clause that leaves the verb out: ", and
        in August at Arlington, for the B" (with its anchor)."""
        doc = sent.span.doc
        _, cue_end = sent.clause_of(cue)
        if cue_end >= sent.span.end:
            return None
        _, clause_end = sent.clause_of(cue_end)
        k = cue_end + (doc[cue_end].text == ",") + 1
        while k < clause_end and (k in date_tokens or doc[k].lower_ in _DATE_PREPOSITIONS):
            k += 1
        if k + 1 >= clause_end or doc[k].lower_ not in ("at", "in"):
            return None
        place = self._place_after(doc, k, clause_end, vehicle_tokens, date_tokens)
        if place is None or not self._gapped_conjunct(sent, cue_end, k, frozenset(date_tokens)):
            return None
        return place

    def _built_objects(self, sent: _Sentence, cue: int, place: int) -> list[_Vehicle]:
        """The vehicles an active building verb takes as objects before the place: "began
        assembling the XPeng G6 and G9 in Graz", "builds the EV4 in Zilina"."""
        doc = sent.span.doc
        if doc[cue].lower_ not in self.building_verbs:
            return []
        k = cue + 1
        while k < place and doc[k].lower_ in _DETERMINERS | {"its", "their"}:
            k += 1
        following = [v for v in sent.vehicles if k <= v.start < place]
        if not following or following[0].start != k or following[0].compared:
            return []
        return [v for v in _listed(doc, following) if not v.compared]

    def _plant_builds(self, sent: _Sentence, cue: int, after: int) -> list[tuple[int, _Vehicle]]:
        """The cars a plant opening its clause builds or adds, each with its verb: "The Bryan
        County plant began building the Ioniq 5 and added the Ioniq 9", "its plant in Szeged,
        Hungary, is due to start building the Dolphin Surf"."""
        doc = sent.span.doc
        end = sent.span.end
        if doc[cue].lower_ not in self.site_nouns:
            return []
        start, _ = sent.clause_of(cue)
        said = [k for k in range(start, cue) if doc[k].lower_ == "that"]
        start = said[-1] + 1 if said else start
        brand_tokens = {k for v in sent.spans if v.label_ == "BRAND" for k in range(v.start, v.end)}
        if any(
            t.lower_ not in self.plant_openers and t.i not in brand_tokens and not _is_place_word(t)
            for t in doc[start:cue]
        ):
            return []
        k = max(cue + 1, after)
        while k < end and (doc[k].text == "," or _is_place_word(doc[k])):
            if doc[k].text == "," and k + 1 < end and doc[k + 1].lower_ in ("which", "that"):
                # "..., which opened in July 2024, builds ...": past the relative clause
                k = next((m for m in range(k + 2, end) if doc[m].text == ","), end)
            k += 1
        found: list[tuple[int, _Vehicle]] = []
        while k < end:
            steps = 0
            while k < end and steps < 5 and doc[k].lower_ in self.plant_verb_helpers:
                k, steps = k + 1, steps + 1
            if k >= end or not (
                doc[k].lower_ in self.plant_anaphor_verbs or doc[k].lower_ in self.building_verbs
            ):
                break
            verb = k
            _, clause_end = sent.clause_of(verb)
            hi = next(
                (m for m in range(verb + 1, clause_end) if doc[m].lower_ in (";", "while")),
                clause_end,
            )
            found += [(verb, v) for v in sent.vehicles if verb < v.start < hi and not v.compared]
            # "... and added the larger Ioniq 9": a second verb of the same plant
            k = next((m for m in range(verb + 1, hi) if doc[m].lower_ == "and"), hi)
            if k >= hi or doc[k].lower_ != "and":
                break
            k += 1
        return found

    def _plant_anaphor_sites(self, sent: _Sentence, add, site: str, sited: set[str]) -> None:
        """ "The plant also builds the Sorento and the EV9": "the plant" is the last site the
        article named, and the vehicles the building verb lists are built there."""
        doc = sent.span.doc
        openers = [(noun, noun_end) for noun, noun_end in sent.cues.get("site_noun", ())]
        # "Lyon will later add the B": the town named last as a site, opening its clause
        # before a building verb, is that plant
        openers += [
            (k, k + len(site.split()))
            for k in range(sent.span.start, sent.span.end)
            if doc[k : k + len(site.split())].text == site and sent.clause_of(k)[0] == k
        ]
        towns = {k for k, _ in openers[len(sent.cues.get("site_noun", ())) :]}
        for noun, noun_end in openers:
            before = [t.lower_ for t in doc[max(sent.span.start, noun - 3) : noun]]
            if before[-2:] in (["the", "same"], ["that", "same"]):
                # "made at the same plant as the A": the last site, for the clause's car
                main = sent.main_vehicle()
                if before[:1] in (["at"], ["in"]) and main is not None and main.start < noun:
                    _add_site(add, main, site, self._negated(sent, noun, verbs=False))
                    return
            elif noun not in towns and before[-1:] not in (["the"], ["this"], ["that"]):
                continue
            verb = next(
                (c for c, _ in sent.cues.get("site", ()) if noun_end <= c <= noun_end + 2),
                next(
                    (
                        k
                        for k in range(noun_end, min(noun_end + 3, sent.span.end))
                        if doc[k].lower_ in self.plant_anaphor_verbs
                    ),
                    None,
                ),
            )
            if verb is None:
                continue
            _, clause_end = sent.clause_of(verb)
            built = [v for v in sent.vehicles if verb < v.start < clause_end and not v.compared]
            negated = self._negated(sent, verb, verbs=True)
            for vehicle in built:
                if str(vehicle.subject) in sited:
                    continue  # the sentence named its own site for it
                fact = {
                    "subject": vehicle.subject,
                    "predicate": "production_site",
                    "value": site,
                    "negated": negated,
                }
                add(fact, vehicle.start, single=True)
            return

    def _site_is_subject(self, sent: _Sentence, cue: int) -> bool:
        """A plant, not a car, opens the clause of an event word ("the new factory is due")."""
        start, _ = sent.clause_of(cue)
        doc = sent.span.doc
        return not any(start <= v.start < cue for v in sent.vehicles) and any(
            t.lower_ in self.site_nouns for t in doc[start:cue]
        )

    def _denied_after(self, sent: _Sentence, cue: int) -> bool:
        """ "BYD's new plant in Szeged is not expected to build the sedan": a denial between
        the plant and the building verb that follows it."""
        _, end = sent.clause_of(cue)
        negations = [s for s, _ in sent.cues_in("neg", cue + 1, end)]
        return any(s > n for n in negations for s, _ in sent.cues_in("site", n, end) if s != cue)

    def _opening_site(self, sent, vehicle_tokens, date_tokens, add, named: set[str]) -> None:
        """ "At Kvasiny, where Skoda builds the A and the B alongside the C, ...": a town
        opening the sentence, and the cars its "where" clause builds there."""
        doc = sent.span.doc
        k = sent.span.start
        if k + 2 >= sent.span.end or doc[k].lower_ not in ("at", "in"):
            return
        if not _is_place_word(doc[k + 1]):
            return
        if k + 1 in vehicle_tokens or k + 1 in date_tokens:
            return
        j = self._place_end(doc, k + 1, sent.span.end, vehicle_tokens, date_tokens)
        name = doc[k + 1 : j].text
        if (
            not name
            or name in named
            or name in self.not_places
            or name in self.regions
            or doc[j : j + 2].text.lower() != ", where"
        ):
            return
        where = self._built_where(sent, j)
        if where is None:
            return
        cue, vehicles = where
        negated = self._negated(sent, cue, verbs=False)
        for vehicle in vehicles + [v for v in self._alongside(sent, cue) if v not in vehicles]:
            add(
                {
                    "subject": vehicle.subject,
                    "predicate": "production_site",
                    "value": name,
                    "negated": negated,
                },
                vehicle.start,
                single=True,
            )

    def _alongside(self, sent: _Sentence, cue: int) -> list[_Vehicle]:
        """The vehicles listed right after "alongside" ("next to") in a production cue's clause, or
        after ", as is" closing its sentence ("built in X, as is the Y")."""
        doc = sent.span.doc
        start, end = sent.clause_of(cue)
        for k in range(start, sent.span.end):
            if k < end and doc[k].lower_ in ("alongside", "beside"):
                lo, hi = k, end
            elif k + 1 < end and doc[k].lower_ == "next" and doc[k + 1].lower_ == "to":
                lo, hi = k + 1, end  # "built in Zilina, next to the EV4"
            elif (
                k > cue
                and doc[k].lower_ == "as"
                and doc[k - 1].text == ","
                and k + 1 < len(doc)
                and doc[k + 1].lower_ in _AS_VERBS
            ):
                lo, hi = k + 1, sent.span.end
            else:
                continue
            following = [v for v in sent.vehicles if lo < v.start < hi]
            if not following or following[0].start - lo > 3:
                return []
            return _listed(doc, following)
        return []

    def _built_where(self, sent: _Sentence, place: int) -> tuple[int, list[_Vehicle]] | None:
        """The production cue of a relative clause right after a site, and the vehicles it
        names as built there: "where the X is also made", "which already builds the X and
        the Y"."""
        doc = sent.span.doc
        end = sent.span.end
        k = place
        while k < end and k - place < 12 and doc[k].lower_ not in _SITE_RELATIVES:
            if doc[k].lower_ in (";", "and", "but", "while"):
                return None
            k += 1
        if k >= end or k - place >= 12:
            return None
        starts = {v.start for v in sent.vehicles}

        def listed(m: int) -> bool:
            """ "builds the A, B and C": a comma between two of the cars built."""
            n = m + 1 + (m + 1 < end and doc[m + 1].lower_ in ("and", "or"))
            n += n < end and doc[n].lower_ == "the"
            return doc[m].text == "," and n in starts

        hi = next(
            (m for m in range(k + 1, end) if doc[m].text in (",", ";") and not listed(m)), end
        )
        cues = sent.cues_in("site", k + 1, hi)
        if not cues:
            return None
        cue = cues[0][0]
        if doc[k].lower_ == "where":
            named = [v for v in sent.vehicles if k < v.start < cue]  # "where the X is made"
            if not named:
                # "in Uusikaupunki, where it built the GLC until 2022": the verb's object
                named = [v for v in sent.vehicles if cue < v.start < hi]
        else:
            named = [v for v in sent.vehicles if cue < v.start < hi]  # "that builds the X"
        return cue, [v for v in named if not v.compared]

    def _makes_parts(self, sent: _Sentence, cue: int, anchor: int) -> bool:
        """A part noun and then "from" stand in the few words before the site or in its cue:
        the place supplies the part ("packs trucked in from a supplier's plant in X", "its
        motors come from a factory in Y")."""
        doc = sent.span.doc
        at = min(cue, anchor)
        window = doc[max(sent.span.start, at - 8) : max(cue, anchor)]
        words = [t.lower_ for t in window]
        return any(w in self.part_sources and "from" in words[k + 1 :] for k, w in enumerate(words))

    def _relative_place(
        self, sent: _Sentence, cue: int, vehicle_tokens: set[int], date_tokens: set[int]
    ) -> tuple[str, int] | None:
        """The place a relative clause holding the production cue follows: "at Pune, where
        the hatch is made by hand", "Pune, which assembles the X" (a country after the town is
        passed over: "Zilina, Slovakia, where ...")."""
        doc = sent.span.doc
        k = cue - 1
        while k > sent.span.start and cue - k <= 8 and doc[k].lower_ not in _SITE_RELATIVES:
            if doc[k].text in (",", ";", "("):
                return None
            k -= 1
        if k == sent.span.start or doc[k].lower_ not in _SITE_RELATIVES or doc[k - 1].text != ",":
            return None
        j = k - 1
        while True:
            i = j
            while (
                i - 1 >= sent.span.start
                and _is_place_word(doc[i - 1])
                and i - 1 not in vehicle_tokens
                and i - 1 not in date_tokens
            ):
                i -= 1
            name = doc[i:j].text
            if not name or name in self.not_places:
                return None
            if (
                name in self.regions | self.provinces
                and i - 1 > sent.span.start
                and doc[i - 1].text == ","
            ):
                j = i - 1  # "Zilina, Slovakia, where": the town
                continue
            if i == sent.span.start or (
                doc[i - 1].lower_ not in self.site_prepositions
                and doc[i - 1].lower_ not in self.reporting_verbs
            ):
                return None  # "Finally, which car ...": a place follows "in", "at", "said"
            return name, i

    def _place_end(
        self,
        doc: Doc,
        k: int,
        end: int,
        vehicle_tokens: set[int],
        date_tokens: set[int],
        one: bool = False,
    ) -> int:
        """End of the place name from token ``k``: capitalised words, and particles between
        two of them ("Apaseo el Grande", "Villanueva de la Cañada"). ``one``: only the next
        word (with the particles before the word after it)."""

        def word(i: int) -> bool:
            return (
                i < end
                and _is_place_word(doc[i])
                and i not in vehicle_tokens
                and i not in date_tokens
            )

        while word(k):
            k += 1
            # "Pomigliano d'Arco", "Villeneuve d'Ascq": an elided particle glued to a name
            while k < end and _ELIDED_PLACE_WORD.fullmatch(doc[k].text):
                k += 1
            # "Vitoria-Gasteiz": a second name hyphenated to the first, no space between
            if (
                k + 1 < end
                and doc[k].text == "-"
                and not doc[k - 1].whitespace_
                and not doc[k].whitespace_
                and word(k + 1)
            ):
                k += 2
            n = 0
            while k + n < end and doc[k + n].text in self.place_particles:
                n += 1
            if 0 < n <= 2 and word(k + n):
                k += n
            if one:
                break
        return k

    def _moved_between(
        self, sent, vehicle_tokens: set[int], date_tokens: set[int], found: list
    ) -> list[tuple[str, int, int]]:
        """ "Production of the X will transfer from Oulu to Kemi": a production cue, then a
        moving verb with "from A to B" in its clause; it is made at both (A until the
        move, B after it)."""
        doc = sent.span.doc
        anchors = {anchor for _, _, anchor in found}
        cues = [s for s, _ in sent.cues.get("site", ()) if doc[s].lower_ not in _MOVING_CUES]
        out = []
        for k in range(sent.span.start + 1, sent.span.end - 3):
            if doc[k].lower_ not in _RELOCATING_VERBS:
                continue
            if doc[k - 1].lower_ in self.not_movers:
                continue
            start, _ = sent.clause_of(k)
            # "move production of the X from A to B": the verb's object may stand before "from"
            f = next(
                (
                    m
                    for m in range(k + 1, min(k + 8, sent.span.end - 2))
                    if doc[m].lower_ in ("from", ",", ";")
                ),
                None,
            )
            if f is None or doc[f].lower_ != "from":
                continue
            if not any(start <= c < k or k < c < f for c in cues):
                continue
            first = self._place_end(doc, f + 1, sent.span.end, vehicle_tokens, date_tokens)
            old = doc[f + 1 : first].text
            # "from Oulu, Uusimaa, to Kemi": the old town's region between them
            if first < sent.span.end and doc[first].text == ",":
                region_end = self._region_end(doc, first + 1, sent.span.end)
                if region_end > first + 1 and doc[region_end : region_end + 1].text == ",":
                    first = region_end + 1
            if first == f + 1 or first >= sent.span.end or doc[first].lower_ != "to":
                continue
            last = self._place_end(doc, first + 1, sent.span.end, vehicle_tokens, date_tokens)
            new = doc[first + 1 : last].text
            if last == first + 1:
                continue
            # "denies it will move its line from A to B": A stays the site, as
            # the sentence's other statements say; only the move is denied
            denied = self._negated(sent, k, verbs=True) or self._denied_before(sent, k)
            moved = [(new, first + 1)] if denied else [(old, f + 1), (new, first + 1)]
            for town, anchor in moved:
                if anchor not in anchors and town not in self.regions | self.not_places:
                    out.append((town, k, anchor))
        return out

    def _region_end(self, doc: Doc, i: int, end: int) -> int:
        """The end of a state, province or country name starting at token ``i`` ("Kentucky",
        "South Korea"), or ``i`` when none starts there."""
        for words in (3, 2, 1):
            if i + words <= end and doc[i : i + words].text in self.region_names:
                return i + words
        return i

    def _place_after(
        self, doc: Doc, i: int, end: int, vehicle_tokens: set[int], date_tokens: set[int]
    ) -> tuple[str, int] | None:
        """The capitalised place name after a preposition following a production cue.

        Determiners and a maker's possessive ("at Volvo's Ghent plant") are skipped; a date
        ("in March") or a lowercase word ends the search at that preposition.
        """
        while i < end:
            if doc[i].lower_ in self.site_prepositions:
                j = i + 1
                while j < end and (doc[j].lower_ in self.site_skip or j in vehicle_tokens):
                    j += 1
                # "at Factory Zero in Detroit": a plant named by a plant noun first
                named_plant = any(
                    doc[m].text[:1].isupper() and doc[m].lower_ in self.plant_nouns
                    for m in range(i + 1, j)
                )
                words = []
                k = j
                while (
                    k < end
                    and (
                        stop := self._place_end(doc, k, end, vehicle_tokens, date_tokens, one=True)
                    )
                    > k
                ):
                    for t in doc[k:stop]:
                        if (
                            words
                            and not doc[t.i - 1].whitespace_
                            and "-" in (t.text, words[-1][-1:])
                        ):
                            words[-1] += t.text  # "Vitoria-Gasteiz" is one word
                        else:
                            words.append(t.text)
                    k = stop
                    if k < end and doc[k].lower_ in _POSSESSIVES:
                        # "at Mitsubishi Motors' Mizushima plant": the owner is no place
                        words = []
                        k += 1
                if words and words[0] not in self.not_places:
                    if len(words) > 1 and words[-1].lower() in self.plant_nouns:
                        words = words[:-1]  # "its Tochigi Plant": the town names the site
                    name = " ".join(words)
                    # "the Metaplant in Ellabell": a plant noun closing the name
                    facility = (
                        named_plant
                        or words[0] in self.facility_openers
                        or words[-1] in self.facility_words
                        or words[-1].lower().endswith(tuple(self.plant_nouns))
                    )
                    if facility or name in self.regions:
                        # "the Rouge Electric Vehicle Center in Dearborn", "in Europe at its
                        # Ghent plant": a town further on names the site better
                        later = self._place_after(doc, k, end, vehicle_tokens, date_tokens)
                        if later is not None and later[0] not in self.regions:
                            return later
                        if facility or later is None:
                            return name, j
                        return later
                    if doc[i].lower_ == "at" and k + 1 < end and doc[k].lower_ == "in":
                        # "at Valmet in Uusikaupunki, Finland": the town, set by its country,
                        # names the site better than the company
                        town = self._place_after(doc, k, end, vehicle_tokens, date_tokens)
                        after = town[1] + len(town[0].split()) if town else end
                        if (
                            town is not None
                            and town[0] not in self.regions | self.provinces
                            and after + 1 < len(doc)
                            and doc[after].text == ","
                            and doc[after + 1].text in self.regions
                        ):
                            return town
                    return name, j
            i += 1
        return None

    def _successor_facts(self, sent, add, carried: Subject | None) -> None:
        doc = sent.span.doc
        for vehicle in sent.vehicles:
            # "The Chiron's successor, assembled at Molsheim, ...": the vehicle the article is
            # about succeeds the one named
            if not _succeeded(doc, vehicle.end, self.lexicon):
                continue
            # "the R5, the Zoe's replacement, ...": the car the appositive describes
            antecedent = (
                _antecedent(sent, sent.clause_of(vehicle.start)[0])
                if sent.clause_kind(vehicle.start) == "app"
                else None
            )
            newer = antecedent.subject if antecedent is not None else carried
            if newer is not None and newer.model != vehicle.subject.model:
                add(
                    {
                        "subject": newer,
                        "predicate": "successor_of",
                        "value": vehicle.subject.name,
                        "negated": False,
                    },
                    vehicle.start,
                )
        self._named_successors(sent, add, carried)
        self._takes_its_place(sent, add, carried)
        if self._replaced_with(sent, add):
            return
        passive_starts = {s for s, _ in sent.cues.get("successor:passive", ())}
        for direction in ("forward", "passive"):
            for start, end in sent.cues.get(f"successor:{direction}", ()):
                if direction == "forward" and start in passive_starts:
                    continue  # "replaced by": the passive reading
                clause_start, clause_end = sent.clause_of(start)
                left = [v for v in sent.vehicles if clause_start <= v.start and v.end <= start]
                right = [v for v in sent.vehicles if end <= v.start < clause_end]
                if not right:
                    # "the old A, which the B replaces": an object relative,
                    # its own car right after the pronoun (and a determiner)
                    object_relative = (
                        direction == "forward"
                        and left
                        and sent.clause_kind(start) == "rel"
                        and doc[clause_start].lower_ in ("which", "that")
                        and left[0].start - clause_start <= 2
                    )
                    antecedent = _antecedent(sent, clause_start) if object_relative else None
                    if antecedent is not None and _key(antecedent.subject) != _key(
                        left[-1].subject
                    ):
                        fact = {"subject": left[-1].subject, "predicate": "successor_of"}
                        fact["value"] = antecedent.subject.name
                        add({**fact, "negated": self._negated(sent, start, verbs=False)}, start)
                    continue
                if left:
                    newer, older = (
                        (left[-1].subject, right[0].subject)
                        if direction == "forward"
                        else (right[0].subject, left[-1].subject)
                    )
                elif direction == "forward":
                    kind = sent.clause_kind(start)
                    antecedent = _antecedent(sent, clause_start) if kind in ("rel", "app") else None
                    described = kind in ("rel", "app") and any(
                        sent.cues_in(key, sent.span.start, clause_start) for key in _ANAPHOR_KEYS
                    )
                    previous_kind = next((k for _, e, k in sent.clauses if e == clause_start), None)
                    resumed = (
                        sent.main_vehicle(before=clause_start)
                        if kind == "main" and previous_kind in ("app", "rel")
                        else None
                    )
                    if antecedent is not None:
                        newer = antecedent.subject  # "the X, which replaces the Y"
                    elif resumed is not None:
                        # "The X, known internally as C, is the successor to the Y"
                        newer = resumed.subject
                    elif (
                        described
                        or any(
                            s < start
                            for key in _ANAPHOR_KEYS
                            for s, _ in sent.cues_in(key, clause_start, start)
                        )
                        or doc[clause_start].lower_ in _PRONOUNS
                    ):
                        # "It effectively replaces the Y", "The SUV, which replaces the Y":
                        # the vehicle the article is about
                        if carried is None:
                            continue
                        newer = carried
                    else:
                        continue
                    older = right[0].subject
                else:
                    continue
                # "replaced both the Wraith and the Dawn": each of the cars listed
                olders = [older]
                if direction == "forward" and right[0].subject == older:
                    olders = [v.subject for v in _listed(doc, right)]
                # "it will sit alongside, rather than succeed, the Cayenne": denied
                before = doc[max(start - 3, sent.span.start) : start].text.lower()
                contrasted = any(phrase in before for phrase in self.contrasts)
                for older in olders:
                    if _key(newer) == _key(older) and newer.generation == older.generation:
                        continue
                    add(
                        {
                            "subject": newer,
                            "predicate": "successor_of",
                            "value": older.name,
                            "negated": contrasted or self._negated(sent, start, verbs=False),
                        },
                        start,
                    )

    def _takes_its_place(self, sent: _Sentence, add, carried: Subject | None) -> None:
        """ "The A is dropped, with the B taking its place", "the C will take its place": the car
        before "take(s) its place" succeeds the one named before it (else the article's car)."""
        if "its place" not in sent.span.text.lower():
            return  # read once per sentence: most say nothing of a place taken
        doc = sent.span.doc
        for k in range(sent.span.start + 1, sent.span.end - 2):
            if doc[k].lower_ not in _TAKE_VERBS or doc[k + 1 : k + 3].text.lower() != "its place":
                continue
            j = k - 1
            while j > sent.span.start and doc[j].lower_ in _AUXILIARIES | {"will", "to", "set"}:
                j -= 1
            newer = next((v for v in sent.vehicles if v.end == j + 1 and not v.compared), None)
            if newer is None:
                continue
            earlier = [v for v in sent.vehicles if v.end <= newer.start and not v.compared]
            older = earlier[-1].subject if earlier else carried
            if older is None or _key(older) == _key(newer.subject):
                continue
            fact = {"subject": newer.subject, "predicate": "successor_of", "value": older.name}
            add({**fact, "negated": self._negated(sent, k, verbs=True)}, k)
        # the passive: "... its place will now be taken by the B"
        for k in range(sent.span.start + 1, sent.span.end - 3):
            if doc[k : k + 2].text.lower() != "its place" or doc[k + 2].lower_ not in (
                "is",
                "will",
            ):
                continue
            j = k + 3
            while j < sent.span.end and doc[j].lower_ in ("be", "being", "effectively", "now"):
                j += 1
            if doc[j : j + 2].text.lower() != "taken by":
                continue
            newer = next(
                (v for v in sent.vehicles if j + 2 <= v.start <= j + 3 and not v.compared), None
            )
            earlier = [v for v in sent.vehicles if v.end <= k and not v.compared]
            older = earlier[-1].subject if earlier else carried
            if newer is None or older is None or _key(older) == _key(newer.subject):
                continue
            fact = {"subject": newer.subject, "predicate": "successor_of", "value": older.name}
            add({**fact, "negated": self._negated(sent, j, verbs=True)}, j)

    def _replaced_with(self, sent: _Sentence, add) -> bool:
        """ "Volvo has replaced the A with the B": the B succeeds the A (the maker is the one
        replacing, so the A is no successor)."""
        if "replac" not in sent.span.text.lower():
            return False
        doc = sent.span.doc
        found = False
        for k in range(sent.span.start + 1, sent.span.end - 3):
            if doc[k].lower_ not in ("replace", "replaces", "replaced", "replacing"):
                continue
            older = next((v for v in sent.vehicles if k + 1 <= v.start <= k + 2), None)
            if older is None or doc[older.end].lower_ != "with":
                continue
            j = older.end + 1 + (doc[older.end + 1].lower_ in _DETERMINERS)
            newer = next((v for v in sent.vehicles if v.start == j), None)
            if newer is None or _key(newer.subject) == _key(older.subject):
                continue
            fact = {
                "subject": newer.subject,
                "predicate": "successor_of",
                "value": older.subject.name,
            }
            add({**fact, "negated": self._negated(sent, k, verbs=True)}, newer.start, single=True)
            found = True
        return found

    def _successor_named_before(
        self, sent: _Sentence, its: int, add, carried: Subject | None
    ) -> None:
        """ "The Bronco Sport is effectively its replacement", "the EV4 will be its successor":
        the car before the copula succeeds what "its" points back to (a car named earlier in
        the sentence, else the article's car)."""
        doc = sent.span.doc
        j = its - 1
        while j > sent.span.start and doc[j].lower_ in _SUCCESSION_COPULAS:
            j -= 1
        if j == its - 1:
            return
        newer = next(
            (v for v in sent.vehicles if v.end == j + 1 and not v.code_only and not v.compared),
            None,
        )
        if newer is None:
            return
        earlier = [v for v in sent.vehicles if v.end <= newer.start and not v.code_only]
        _add_succession(add, newer, earlier[-1].subject if earlier else carried)

    def _named_successors(self, sent: _Sentence, add, carried: Subject | None) -> None:
        """ "then its successor, the K5", "its successor will be the Polestar 7", "the Supra's
        successor will revive the Celica name": the car named after the successor noun succeeds
        the possessor (the car before "its", else the article's car)."""
        doc = sent.span.doc
        starts = {v.start: v for v in sent.vehicles if not v.code_only and not v.compared}
        for noun in doc[sent.span.start + 1 : sent.span.end]:
            if noun.lower_ not in self.lexicon.successor_nouns:
                continue
            k = noun.i + 1
            while k < sent.span.end and k - noun.i <= 4 and doc[k].lower_ in _NAMING_LINKS:
                k += 1
            newer = starts.get(k)
            if newer is None and doc[noun.i - 1].lower_ in ("its", "their"):
                self._successor_named_before(sent, noun.i - 1, add, carried)
                continue
            if newer is None or k == noun.i + 1:
                continue
            owner = doc[noun.i - 1]
            if owner.text in _POSSESSIVES:
                older = next((v.subject for v in sent.vehicles if v.end == owner.i), None)
            elif owner.lower_ in ("its", "their"):
                named = [v for v in sent.vehicles if v.end <= owner.i and not v.code_only]
                older = named[-1].subject if named else carried
            else:
                continue
            _add_succession(add, newer, older)


# --------------------------------------------------------------------------- helpers


def _clauses(
    sent: Span,
    nominal_ends: set[int] = frozenset(),
    openers: set[str] = frozenset(),
    participles: frozenset[str] = frozenset(),
    place_openers: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """Token ranges of the sentence's clauses with their kind: main, sub(ordinate), rel(ative)
    or app(ositive).

    A relative clause opened by ", which" ends at its next comma, where the main clause resumes
    ("The X, which sits above the Y, is expected to ..."). So does an appositive: a phrase
    between commas after a vehicle's name ("The X, the only Y with four motors, costs ...") or
    opened by a participle ("The X, known internally as C1, costs ..."); ``nominal_ends`` are the
    tokens just after a vehicle's name or an anaphor, ``openers`` the participles, and
    ``participles`` those of them that may also open the sentence.
    """
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return [(sent.start, sent.end, "main")]
    cuts: dict[int, str] = {}
    first_kind = "sub" if tokens[0].lower_ in _CLAUSE_INITIAL else "main"
    if tokens[0].lower_ in openers and tokens[0].lower_ in participles:
        first_kind = "app"  # "Known internally as C1, it ...": describes the main clause's subject
    initial = first_kind != "main"
    in_relative = False
    # "Four years after launch, the X ...": a subordinate clause a short time phrase opens
    # the sentence with ends at its comma
    opening_sub = False
    # "Higher up the line-up, the X costs ...": a place phrase opening the sentence ends at its
    # comma, and the clause after it is the main one (not an appositive to "the range")
    first_comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if (
        first_comma is not None
        and first_comma <= 7
        and tokens[0].lower_ in place_openers
        # "At €17,113, the X is ...": a figure opening the sentence is the main clause's
        and not any(any(c.isdigit() for c in t.text) for t in tokens[:first_comma])
    ):
        opening_sub = True
    inserted = 0  # commas of an attribution inside a relative clause still to pass
    dashes = [k for k, t in enumerate(tokens) if t.text == "–" and k and tokens[k - 1].whitespace_]
    paired_dashes = set(dashes) if len(dashes) >= 2 else set()
    for k, token in enumerate(tokens):
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            token.lower_ == "that"
            and token.i in nominal_ends
            and following is not None
            and following.text == ","
        ):
            # "codenamed BU1 that, sources say, is likely to be called the Barnato, will be
            # revealed": a relative clause with an attribution inside it
            cuts[token.i] = "rel"
            in_relative, inserted = True, 2
            continue
        if (
            token.lower_ == "that"
            and k > 0
            and token.i in nominal_ends
            and following is not None
            and not following.is_punct
            and not in_relative
        ):
            # "the X that Volvo showed in May": a relative clause with its own verb (and
            # its own negation scope)
            cuts[token.i] = "rel"
            in_relative = True
            continue
        if token.text == "," and inserted:
            inserted -= 1
            continue
        # a pair of en dashes set off by spaces frames an aside: "– Mazda won't offer it with
        # AWD –" (a single one may close a dateline: "Munich, 10 March – BMW has unveiled")
        spaced_dash = token.text == "–" and k in paired_dashes
        if (token.text in {";", "—", ":"} or spaced_dash) and not (token.text == ":" and k <= 2):
            # a label opening the sentence ("Production: Nanjing.", "WLTP range: 484 km.")
            # is part of its statement
            cuts[token.i + 1] = "main"
            in_relative = False
        elif token.text == "," and following is not None:
            word = following.lower_
            if opening_sub and word not in _RELATIVE and word not in _CLAUSE_AFTER_COMMA:
                cuts[token.i + 1] = "main"
                opening_sub = initial = False
                continue
            opening_sub = False
            if word in _RELATIVE:
                cuts[token.i + 1] = "rel"
                in_relative = True
            elif word in _CLAUSE_AFTER_COMMA and not (
                # "It is heavier, though, at 1,733 kg": an aside, not a clause
                word in _ASIDE_WORDS and k + 2 < len(tokens) and tokens[k + 2].text == ","
            ):
                cuts[token.i + 1] = "main" if word in _COORDINATORS else "sub"
                in_relative = False
            elif (
                not in_relative
                and not initial
                and (
                    word in openers
                    or (word in _DETERMINERS and token.i in nominal_ends)
                    # "the Kamiq, currently the maker's smallest SUV at X, ..."
                    or (
                        word in _APPOSITIVE_ADVERBS
                        and token.i in nominal_ends
                        and k + 2 < len(tokens)
                        and tokens[k + 2].lower_ in _DETERMINERS
                    )
                )
                and not any(t.text in {";", "—"} for t in tokens[k + 2 : _next_comma(tokens, k)])
                and not _list_goes_on(tokens, k)
                and (
                    any(t.text == "," for t in tokens[k + 2 :])
                    or not any(
                        # a participle's phrase may go on with "and" ("..., developed under
                        # the codename P18 and the successor to the P1.")
                        (
                            t.lower_ in _NOT_IN_FINAL_APPOSITIVE
                            and not (word in openers and t.lower_ in ("and", "or"))
                        )
                        # "..., the dual-motor X keeps its pack.": a name then a verb
                        or (t.i in nominal_ends and t.is_lower and t.text.endswith("s"))
                        for t in tokens[k + 2 :]
                    )
                )
            ):
                # closed by a comma or the sentence's end; a list ("the X, the Y and the Z.")
                # is not an appositive
                cuts[token.i + 1] = "app"
                in_relative = True
            elif (
                in_relative
                and cuts.get(_last_cut(cuts, token.i)) == "app"
                and _names_listed(tokens, k)
            ):
                pass  # "The X, offered as the A, B and C, keeps ...": the list goes on
            elif in_relative and word in openers and token.i in nominal_ends:
                # "..., which it shares with the A6, known internally as C9.": the
                # participle describes the car the relative clause ended with
                cuts[token.i + 1] = "app"
            elif initial or in_relative:
                cuts[token.i + 1] = "main"
                in_relative = False
            initial = False
        elif k > 0 and token.lower_ in _CLAUSE_INLINE:
            cuts[token.i] = "sub"
        elif (
            k > 0
            and token.lower_ in ("and", "but")
            and following is not None
            and following.lower_ == "that"
            and not in_relative
        ):
            # "said that X is due in 2028 and that a diesel Y carries on": a second
            # statement of the same verb
            cuts[token.i] = "main"
        elif (
            k > 0
            and token.lower_ in _CLAUSE_INLINE_BEFORE_PRONOUN
            and following is not None
            # "... before it is retired", "... before its successor lands"
            and following.lower_ in _PRONOUNS | {"its", "their"}
        ):
            cuts[token.i] = "sub"  # "... a second facelift before it is retired by 2029"
            # "Three months (and 9,000 km) after it arrived, our X ...": a short time phrase
            # opening the sentence, its parenthesis aside, ends at the comma
            before = _outside_parentheses(tokens[:k])
            opening_sub = not cuts.keys() - {token.i} and (
                len(before) <= 3 or (len(before) <= 6 and any(t.like_num for t in before))
            )
        elif (
            k > 1
            and token.lower_ == "as"
            and tokens[k - 1].text == ","
            and following is not None
            and following.lower_ in _PRONOUNS | {"its", "their"}
        ):
            cuts[token.i] = "sub"  # "won't get four-wheel drive, as its one motor drives ..."
    bounds = [sent.start, *sorted(cuts), sent.end]
    kinds = [first_kind, *(cuts[b] for b in sorted(cuts))]
    return [
        (a, b, kind)
        for (a, b), kind in zip(itertools.pairwise(bounds), kinds, strict=True)
        if a < b
    ]


def _outside_parentheses(tokens: list[Token]) -> list[Token]:
    """The tokens not inside parentheses (nor the parentheses)."""
    out, depth = [], 0
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif not depth:
            out.append(token)
    return out


_DETERMINERS = {"the", "a", "an"}
#: adverbs that may open an appositive before its determiner: "the X, currently the cheapest"
_APPOSITIVE_ADVERBS = {"currently", "now", "still", "already", "once", "previously", "formerly"}
_QUALIFIER_DETERMINERS = {"the", "its", "their"}
_TRIM_FORM_NOUNS = {"form", "trim", "grade", "guise", "spec", "specification", "version"}
_CONNECTIVES = {"and", "but", "while", "whereas", "so", "yet", "meanwhile", "also", "the"}
#: a phrase running to the sentence's end with one of these is a list or a clause, not an
#: appositive ("..., the Y and the Z.", "..., the Y won't be offered ...")
_NOT_IN_FINAL_APPOSITIVE = {
    "and", "or", "&", "is", "are", "was", "were", "will", "wo", "has", "have", "had", "can",
    "ca", "could", "would", "should", "may", "might", "must", "does", "do", "did", "gets",
    "get", "costs", "cost", "uses", "use", "offers", "comes", "makes", "produces",
}  # fmt: skip
#: what may stand between "used by"/"as do" and the first vehicle it lists
_SHARER_GAPS = {
    "", "the", "the latest", "the new", "the current", "the next", "the upcoming", "its",
    "their", "the outgoing", "the larger", "the smaller", "today's", "every",
}  # fmt: skip
_START_WORDS = {"from", "starting", "beginning"}
#: verbs after which "in <month>" is when something is said, not when an event happens
_GIVING_VERBS = {"confirmed", "announced", "said", "stated", "told", "reported", "disclosed"}
#: words that make "prices ... X" the range's entry price: "Prices start at X", "from X"
_RANGE_START_WORDS = _START_WORDS | {"start", "starts", "begin", "begins", "open", "opens", "entry"}
# a power and a time in one sentence without other cue words are a charge: "needed 31
# minutes, peaking at 128 kW" (a power restated in horsepower stays a motor's)
_CHARGE_PAIR = {"kW": {"min", "h"}, "min": {"kW"}, "h": {"kW"}}
_TRIM_WORDS = {"trim", "version", "form", "spec", "guise", "specification", "the", "a", "an", ","}
#: the cue keys of production words a hyphenated compound may hold ("production-ready")
_BUILDING_CUE_KEYS = frozenset(
    {
        "site",
        "site_noun",
        "production_change",
        "event:production_start",
        "weakevent:production_start",
        "undated:production_start",
    }
)
_PARTITIVES = {"most", "many", "all", "some", "half", "including", "mostly", "mainly", "chiefly"}
# what may stand in a conjunct that leaves its verb out: ", and in May at X for the B"
_GAPPED_CONJUNCT_WORDS = {
    "at",
    "in",
    "on",
    "for",
    "from",
    "by",
    "the",
    "a",
    "an",
    "its",
    "and",
    "or",
}
#: words before "only 250 cars" that leave the count opening its own clause
_RUN_OPENERS = {",", ";", ":", "with", "and", "but"}
#: words a denial points back with: "denies it", "that is not the case"
_BACK_POINTERS = {"it", "this", "that"}
_BACK_POINTING_ENDS = _BACK_POINTERS | {"report", "reports"}  # "denies it", "denied the report"
#: prepositions opening a sentence on one vehicle: "For the Ultra, ..."
_FRONTING_PREPOSITIONS = frozenset({"for", "on", "in"})
_AUXILIARIES = {
    "is", "are", "was", "were", "will", "wo", "has", "have", "had", "be", "been", "it",
    "can", "ca", "does", "do", "did", "could", "would", "should", "may", "might", "must",
}  # fmt: skip


def _coordinated_clause(doc: Doc, start: int) -> bool:
    """True when a clause starts a new coordinated statement ("; ...", ", and ...")."""
    if start == 0:
        return False
    before = doc[start - 1].text
    return before in {";", ":", "—"} or (before == "," and doc[start].lower_ in _COORDINATORS)


@functools.lru_cache(maxsize=64)
def _cue_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _cue_distance(cue: str, span: Span, figure: int | None) -> int | None:
    """How far from the figure a predicate cue stands in ``span`` (a word cue matches a word's
    start, a phrase or symbol anywhere, a "re:" cue is a regular expression); None when it is
    absent."""
    if cue.startswith("re:"):
        return 0 if _cue_pattern(cue[3:]).search(span.text) else None
    cue = cue.lower()
    if not cue.isalnum():
        return 0 if cue in span.text.lower() else None
    # a short cue is a word of its own ("AC", "DC-fast"), not the start of "Aceman" or "Accord"
    found = [
        abs(t.i - figure) if figure is not None else 0
        for t in span
        if t.lower_.startswith(cue)
        and (len(cue) > 2 or not t.lower_[len(cue) : len(cue) + 1].isalpha())
    ]
    return min(found) if found else None


def _coordinated_verb_between(doc: Doc, i: int, cue: int) -> bool:
    """True when "and"/"but" (then auxiliaries only) opens the cue's verb after token i, or
    opens a verb whose "that" clause holds the cue ("confirmed two motors and hinted that
    output could exceed 650 PS")."""
    if any(
        doc[k].lower_ in {"and", "but"} and doc[k + 2].lower_ == "that"
        for k in range(i + 1, cue - 2)
    ):
        return True

    for k in range(cue - 1, i, -1):
        word = doc[k].lower_
        if word in {"and", "but"}:
            return True
        if word not in _AUXILIARIES:
            return False
    return False


def _model_level(subject: Subject) -> Subject:
    return _subject(subject.brand, subject.model, subject.code, None, subject.generation)


_TRIM_FORMS = {"form", "trim", "spec", "guise"}
_MINUTES = {"minute", "minutes", "min"}


def _version_in_trim(sent: _Sentence, subject: Subject) -> Subject | None:
    """ "the X 220 d in Core form": for a trim named so, the version of the same model named
    right before "in"."""
    if not subject.variant:
        return None
    doc = sent.span.doc
    ends = {v.end: v for v in sent.vehicles}
    for v in sent.vehicles:
        if v.subject != subject or v.end >= sent.span.end or doc[v.end].lower_ not in _TRIM_FORMS:
            continue
        k = v.start - 1
        if k > sent.span.start and doc[k].lower_ == "in":
            version = ends.get(k)
            if (
                version is not None
                and version.subject.variant
                and version.subject.model == subject.model
                and version.subject.variant != subject.variant
            ):
                return version.subject
    return None


def _participle_before_comma(doc: Doc, k: int) -> bool:
    """From token ``k`` a participle ("expected", "gone", "arriving") comes before a comma
    within ten tokens, with no pronoun before it: "With the X expected in 2029, ...", not
    "With the X it costs more, ..."."""
    for j in range(k, min(k + 10, len(doc))):
        word = doc[j].lower_
        if doc[j].text == "," or word in ("it", "they", "its", "we", "you"):
            return False
        if (
            doc[j].is_alpha
            and doc[j].is_lower
            and (word.endswith(("ed", "ing")) or word in _STATE_PARTICIPLES)
        ):
            return any(t.text == "," for t in doc[j + 1 : k + 10])
    return False


_STATE_PARTICIPLES = {"gone", "due", "set", "out", "off", "done", "known", "shown", "seen"}


def _with_phrase_car(sent: _Sentence, i: int) -> Subject | None:
    """The car an opening "With the X <participle> ..., " phrase names, when token ``i`` lies
    in that phrase after it: what the phrase says is the X's, though the X is no subject of
    the sentence."""
    words = _leading_words(sent.span, 1)
    if not words or words[0].lower_ != "with":
        return None
    doc = sent.span.doc
    comma = next((k for k in range(words[0].i, sent.span.end) if doc[k].text == ","), None)
    if comma is None or i >= comma:
        return None
    named = [v for v in sent.vehicles if v.start < i and v.start < comma and not v.code_only]
    if len(named) != 1 or not named[0].compared or not _participle_before_comma(doc, named[0].end):
        return None
    return named[0].subject


def _opening_participle_before(sent: _Sentence, cue: int, i: int) -> bool:
    """The hedge at ``cue`` is the participle a sentence opens on ("Expected to arrive in May,
    ...", "Estimated at £70,000, ..."), and the phrase it opens ends with a comma before
    token ``i``: the hedge speaks of that phrase only."""
    words = _leading_words(sent.span, 1)
    if not words or words[0].i != cue:
        return False
    doc = sent.span.doc
    if not (doc[cue].lower_.endswith("ed") or doc[cue].lower_ == "said"):
        return False
    return any(doc[k].text == "," for k in range(cue + 1, i))


def _leading_words(span: Span, n: int) -> list:
    """The first ``n`` tokens of a span that are neither whitespace nor quotes."""
    out = []
    for token in span:
        if not token.is_space and not token.is_quote:
            out.append(token)
            if len(out) == n:
                break
    return out


def _distinct(subjects: Iterable[Subject]) -> list[Subject]:
    out: list[Subject] = []
    for subject in subjects:
        if subject not in out:
            out.append(subject)
    return out


def _both(sent: _Sentence, previous: list[Subject]) -> list[Subject]:
    """The two vehicles "both" refers to: the last two the previous naming sentence named,
    when they are alike (two variants of one model, or two models). "Both trims" after a model
    and one of its variants stays with the model (see ``model_anaphors``)."""
    if len(previous) < 2:
        return []
    tokens = _leading_words(sent.span, 2)
    # "Neither car will get all-wheel drive": both, denied
    if not tokens or tokens[0].lower_ not in ("both", "neither"):
        return []
    if len(tokens) > 1 and tokens[1].lower_ in _VERSION_NOUNS:
        return []  # "Both versions ride on X": the model's versions, i.e. the model
    if any(v.start <= tokens[0].i + 2 for v in sent.vehicles):
        return []  # "Both the A and the B ...": coordination names them
    last, before = previous[-1], previous[-2]
    if (
        len(tokens) > 1
        and tokens[1].lower_ in ("cars", "models")
        and last.model
        and before.model
        and last.model != before.model
    ):
        # "Both models use ..." after the X Long Range and the Y: the two models, whatever
        # of them was named last
        return [_model_level(before), _model_level(last)]
    pair = _alike_pair(before, last)
    if (
        pair
        and len(tokens) > 1
        and tokens[1].lower_ in _CAR_NOUNS
        and pair[0].model != pair[1].model
    ):
        # "Neither car ...", "Both cars ..." after the R5 Techno and the R4 Iconic: the models
        pair = [_model_level(p) for p in pair]
    return pair


def _both_of_maker(sent: _Sentence, listed: list[Subject]) -> list[Subject]:
    """ "According to a report, both Volvos will be updated": "both" before a maker's name in
    the plural stands for the last two of that maker's cars the sentence before named (points
    of comparison included)."""
    doc = sent.span.doc
    for span in sent.spans:
        if (
            span.label_ == "BRAND"
            and span.start > sent.span.start
            and doc[span.start - 1].lower_ == "both"
            and span.text.lower() != (span._.normalized or span.text).lower()
            and span.text.endswith("s")
        ):
            mine = [s for s in listed if s.brand == span._.normalized]
            return mine[-2:] if len(mine) >= 2 else []
    return []


def _group(sent: _Sentence, named: list[Subject]) -> list[Subject]:
    """ "All three use ...", "Each of them can be ordered with ...": a sentence opening on a
    group names no car of its own; it speaks of the cars its paragraph named so far (the last
    three when it counts them)."""
    tokens = _leading_words(sent.span, 4)
    opening = sent.span
    if not tokens or tokens[0].lower_ not in ("all", "each", "every"):
        # "We set it against the B and the C, and all three are driven by the rear
        # wheels": a later clause may open on the group
        later = _later_group(sent)
        if later is None:
            return []
        opening = sent.span.doc[later : sent.span.end]
        # the cars the sentence named before the group count too
        named = [*named, *(v.subject for v in sent.vehicles if v.end <= later and not v.code_only)]
        tokens = _leading_words(opening, 4)
    if len(tokens) < 2:
        return []
    first_clause_end = sent.clause_of(opening.start)[1]
    if any(opening.start <= v.start < first_clause_end for v in sent.vehicles):
        return []
    second = tokens[1].lower_
    # "Every UK version uses ...", "All trims get ...": one model's trims speak for the model
    nouns = [t.lower_ for t in tokens[1:3]]
    if tokens[0].lower_ != "each" and second != "other" and set(nouns) & _VERSION_WORDS:
        found = _distinct(named)
        if any(s.variant for s in found) and len({(s.brand, s.model) for s in found}) == 1:
            return [_model_level(found[0])]
        return []
    if tokens[0].lower_ == "every":
        return []
    if second == "of" and len(tokens) > 2 and tokens[2].lower_ in ("them", "these", "those"):
        count, noun = None, None
    elif second in _GROUP_COUNTS and tokens[0].lower_ == "all":
        count = _GROUP_COUNTS[second]
        noun = tokens[2].lower_ if len(tokens) > 2 and tokens[2].is_alpha else None
    else:
        return []
    if (
        noun is not None
        and noun.endswith("s")
        and noun not in _VERSION_NOUNS | _CAR_NOUNS
        and tokens[2].i not in sent.nominal_tails
    ):
        return []  # "All four generations were built in X": not the cars named
    found = _distinct(named)
    if len(found) < 2 or (count is not None and len(found) < count):
        return []
    found = found[-count:] if count else found
    if len({(s.brand, s.model) for s in found}) == 1 and all(s.variant for s in found):
        return [_model_level(found[0])]  # "All three (trims) get X": the model's
    return found


def _introduced_code(sent: _Sentence, vehicle: _Vehicle) -> bool:
    """A car known by its code alone (no model), the words before it naming it a code ("known
    for now by the code QX5", "designed under the codename Z1")."""
    if not vehicle.code_only or vehicle.subject.model is not None:
        return False
    doc = sent.span.doc
    before = {t.lower_ for t in doc[max(sent.span.start, vehicle.start - 3) : vehicle.start]}
    return bool(before & {"code", "codename", "codenamed", "code-named"})


def _later_group(sent: _Sentence) -> int | None:
    """Where a clause after ", and" / ", but" opens on a counted group ("..., and all three
    are driven by the rear wheels")."""
    if "later_group" not in sent.memo:  # asked once per fact the sentence adds
        doc = sent.span.doc
        sent.memo["later_group"] = next(
            (
                k + 1
                for k in range(sent.span.start + 1, sent.span.end - 2)
                if doc[k].lower_ in ("and", "but")
                and doc[k - 1].text == ","
                and doc[k + 1].lower_ == "all"
                and doc[k + 2].lower_ in _GROUP_COUNTS
            ),
            None,
        )
    return sent.memo["later_group"]


_GROUP_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _they(sent: _Sentence, last_named: list[Subject]) -> list[Subject]:
    """ "The Ioniq 5 costs X and the EV6 Y. They offer 84 kWh batteries.": a sentence that
    opens with "they" and names no vehicle speaks of the two the sentence before named; one
    opening with "they" or "these" after a sentence that named one trim alone, of that trim."""
    tokens = _leading_words(sent.span, 1)
    if not tokens or tokens[0].lower_ not in ("they", "these") or sent.vehicles:
        return []
    if len(last_named) == 1 and last_named[0].variant:
        # "Every first-wave car comes in Founders trim. These combine ...": that trim
        return [last_named[0]]
    if len(last_named) != 2 or tokens[0].lower_ != "they":
        return []
    return _alike_pair(*last_named)


_DEBUT_PREDICATES = {"premiere", "market_launch", "production_start"}


def _publication_date(doc: Doc) -> dt.date | None:
    value = doc._.published if doc.has_extension("published") else None
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _newer_generation(
    subject: Subject,
    fact: dict[str, Any],
    published: dt.date | None,
    generation_codes: dict[str, dict[str, str]],
) -> Subject | None:
    """The next generation, when a debut dated after publication is carried to a car the
    article calls current or previous (and the article ties a code to the next one)."""
    earliest = fact.get("earliest")
    if (
        published is None
        or earliest is None
        or earliest <= published
        or fact.get("predicate") not in _DEBUT_PREDICATES
        or subject.generation not in ("current", "previous")
        or fact.get("negated")
    ):
        return None
    code = generation_codes.get(subject.model or "", {}).get("next")
    if code is None:
        return None
    return _subject(subject.brand, subject.model, code, None, "next")


def _opens_with_they(sent: _Sentence, anchor: int) -> bool:
    """The anchor's clause has "they" for its subject ("..., and they should cover 300 km")."""
    start, _ = sent.clause_of(anchor)
    doc = sent.span.doc
    k = start + (doc[start].lower_ in {"and", "but", "while", ","})
    return k < anchor and doc[k].lower_ == "they"


def _alike_pair(a: Subject, b: Subject) -> list[Subject]:
    """Two vehicles of one kind (two variants, two models): what "both" can refer to. A
    model and one of its own variants are no pair: "both trims" means the model's."""
    alike = a != b and (
        bool(a.variant) == bool(b.variant) or (a.model != b.model and a.variant == b.variant)
    )
    return [a, b] if alike else []


def _both_in_clause(sent: _Sentence, anchor: int) -> list[Subject]:
    """The two vehicles named earlier in the sentence, when the anchor's clause opens with
    "both" and names none itself."""
    start, _ = sent.clause_of(anchor)
    doc = sent.span.doc
    if start == sent.span.start or start >= len(doc):
        return []
    k = start + (doc[start].lower_ in {"and", "but", "while"})
    if doc[k].lower_ != "both" or any(start <= v.start < anchor for v in sent.vehicles):
        return []
    # a point of comparison counts: "X shares Y with Z, and both come off the line in W"
    named = _distinct(v.subject for v in sent.vehicles if v.end <= start)
    if len(named) < 2:
        return []
    pair = _alike_pair(*named[-2:])
    if (
        pair
        and pair[0].variant
        and pair[0].model == pair[1].model
        and k + 1 < len(doc)
        and doc[k + 1].lower_ in _VERSION_NOUNS
    ):
        # "the A or the B, and both versions use X": "both versions" speak for the model
        return [_model_level(pair[0])]
    return pair


def _closes_attribution(doc: Doc, end: int, limit: int) -> bool:
    """The source named by "according to" ends at ``end``: a comma, a full stop or a dash
    follows ("according to Hyundai, ..."), not "insiders" or "'s internal tests"."""
    if end >= limit:
        return True
    return doc[end].text in {",", ".", ";", "—", "–", ")"}


def _unlink_compared(sent: _Sentence, code: str | None) -> None:
    """A code the vehicle stage tied to a compared car later in the sentence ("The crossover,
    known as H248, uses the platform of the new CLA") is not that car's."""
    for vehicle in sent.vehicles:
        found = vehicle.subject
        if vehicle.compared and code and found.code == code:
            vehicle.subject = _subject(
                found.brand, found.model, None, found.variant, found.generation
            )


def _other_generations(a: Subject, b: Subject) -> bool:
    """ "The next-generation X, which replaces the current C1": two generations the text
    names apart, so the code of one is not the other's."""
    return bool(a.generation and b.generation and a.generation != b.generation)


def _codes_in_apposition(
    sent: _Sentence,
    carried: Subject | None,
    generation_codes: dict[str, dict[str, str]],
    lexicon: _Lexicon,
) -> tuple[Subject, int] | None:
    """A code stated in an appositive or relative clause belongs to what it describes.

    "The EV4, known internally as CV1, ...": the named vehicle takes the code (its ``_Vehicle``
    is updated). "The small crossover, which insiders say carries the code C1, ...": a clause
    whose subject is a common noun or an anaphor describes the article's current vehicle, which
    takes the code; that subject and the code's token are returned.
    """
    main_named = any(
        kind == "main" and start <= v.start < end and not v.code_only and not v.compared
        for start, end, kind in sent.clauses
        for v in sent.vehicles
    )
    # "the Elettrica, was developed under the project code F244": a code the main clause ties
    # to a vehicle it names goes with that vehicle from here on
    mains = [(s, e) for s, e, k in sent.clauses if k == "main"]
    in_main = [v for v in sent.vehicles if any(s <= v.start < e for s, e in mains)]
    # a code the vehicle stage tied to no model ("the car is codenamed PQ5" with the model
    # named only in the headline) can still describe the current vehicle
    for code in (v for v in in_main if v.code_only and (v.subject.model or carried)):
        # "Sources suggest the new SUV carries the internal code C1 and sits on a platform
        # that debuted on the X": the code describes what the anaphor before it refers to
        # "Insiders say its successor is known internally as NY": the next generation's code,
        # even when the current one has a code of its own
        successor = carried is not None and _successor_before(sent, code, lexicon)
        # ("it replaces the K20": a code named as what the car replaces is not its own)
        described = (
            carried is not None
            and (not carried.code or successor)
            and not code.compared
            and _anaphor_before(sent, code)
        )
        # "Internal code: J91.": a sentence naming only a code the vehicle stage linked to
        # another model (the nearest one named) describes the current vehicle
        alone = (
            carried is not None
            and code.subject.model is not None
            and not carried.code
            and code.subject.brand in (None, carried.brand)
            and code.subject.model != carried.model
            and all(v.code_only for v in sent.vehicles)
            # "Known internally as X50, it ... [later] X50 production begins": a code the
            # article gave its model is that model's
            and code.subject.code not in generation_codes.get(code.subject.model, {}).values()
        )
        if (described or alone) and not any(
            not v.code_only and v.start < code.start for v in sent.vehicles
        ):
            subject = _subject(
                carried.brand,
                carried.model,
                code.subject.code,
                None if successor else carried.variant,
                "next" if successor else carried.generation,
            )
            code.subject = subject
            _unlink_compared(sent, subject.code)
            return subject, code.start
        if not code.subject.model:
            continue
        named = next(
            (
                v
                for v in sent.vehicles
                if not v.code_only
                and not v.subject.code
                and v.subject.model == code.subject.model
                and (not v.compared or abs(v.start - code.start) <= 3)
                and not _other_generations(v.subject, code.subject)
            ),
            None,
        )
        if named is not None:
            found = named.subject
            named.subject = _subject(
                found.brand, found.model, code.subject.code, found.variant, found.generation
            )
        elif carried is not None and not carried.code and _linked_to_compared(sent, code):
            # "The compact SUV, developed under the codename C1, takes over from the X": the
            # code describes the vehicle the sentence continues, not the predecessor
            subject = _subject(
                carried.brand, carried.model, code.subject.code, carried.variant, carried.generation
            )
            _unlink_compared(sent, subject.code)
            return subject, code.start
    for start, end, kind in sent.clauses:
        if kind not in ("app", "rel"):
            continue
        for code in (v for v in sent.vehicles if start <= v.start < end and v.code_only):
            antecedent = _antecedent(sent, start) if kind == "rel" else None
            if _linked_to_compared(sent, code) and (antecedent is None or antecedent.compared):
                # linked to a predecessor or sharer named in the sentence: see above
                subject = (
                    _subject(
                        carried.brand,
                        carried.model,
                        code.subject.code,
                        carried.variant,
                        carried.generation,
                    )
                    if carried is not None and not carried.code
                    else None
                )
                if subject is not None:
                    _unlink_compared(sent, subject.code)
                    return subject, code.start
            value = code.subject.code
            antecedent = _antecedent(sent, start)
            if start == sent.span.start:  # "Known internally as C1, the X ..."
                antecedent = next(
                    (v for v in sent.vehicles if end <= v.start <= end + 2 and not v.code_only),
                    None,
                )
                doc = sent.span.doc
                if (
                    antecedent is None
                    and carried is not None
                    and carried.model
                    and any(t.lower_ in ("next", "successor") for t in doc[end : end + 3])
                ):
                    # "Known internally as GXPA26, the next-generation car will ...": the
                    # code is the next generation's, whatever code the current one has
                    subject = _subject(carried.brand, carried.model, value, None, "next")
                    code.subject = subject
                    return subject, code.start
                if (
                    antecedent is None
                    and carried is not None
                    and not carried.code
                    and any(sent.cues_in(key, end, end + 1) for key in _ANAPHOR_KEYS)
                    and not _written_with_model(sent, code)
                ):
                    # "Known internally as E28, the fastback saloon rides on ...": the
                    # vehicle the anaphor continues, whatever the sentence names later
                    subject = _subject(
                        carried.brand, carried.model, value, carried.variant, carried.generation
                    )
                    code.subject = subject
                    return subject, code.start
            if antecedent is not None:
                found = antecedent.subject
                # "The Amalfi, which replaces the Roma and carries the code F169M": linked to
                # the predecessor by proximity, the code is the antecedent's
                if (
                    not found.code
                    and found.model == code.subject.model
                    and not _other_generations(found, code.subject)
                ):
                    antecedent.subject = _subject(
                        found.brand, found.model, value, found.variant, found.generation
                    )
                    # "the 718 Boxster and 718 Cayman, known internally as the 983": twins
                    # named together share the code
                    twin = _coordinated_before(sent, antecedent)
                    if twin is not None and not twin.subject.code:
                        other = twin.subject
                        twin.subject = _subject(
                            other.brand, other.model, value, other.variant, other.generation
                        )
                elif not found.code and (
                    _linked_to_compared(sent, code)
                    # "The Model Y L, known internally as E41, ...": the text ties the code to
                    # the name before it, whatever model the gazetteer links it to
                    or (
                        kind == "app"
                        and code.start - start <= 4
                        and code.subject.brand in (None, found.brand)
                    )
                ):
                    subject = _subject(
                        found.brand, found.model, value, found.variant, found.generation
                    )
                    antecedent.subject = code.subject = subject
                    return subject, code.start
                continue
            # a predecessor or a platform sharer is named, not described ("takes over from
            # the X", "shares with the Y"), unless the code is written with it ("based on the
            # A6 of the C9 generation")
            named_here = {
                v.subject.model
                for v in sent.vehicles
                if not v.code_only and (not v.compared or abs(v.start - code.start) <= 3)
            }
            if (
                carried is not None
                and carried.code not in (None, value)
                and code.subject.model in (None, carried.model)
                and _new_car_before(sent, start)
            ):
                # "According to a report, the new car, codenamed C2, will ...": a code stated
                # for "the new car" when the car on sale has another is the next generation's
                subject = _subject(carried.brand, carried.model, value, None, "next")
                code.subject = subject
                return subject, code.start
            if (
                main_named
                or carried is None
                or carried.code
                or _written_with_model(sent, code)
                # a model linked from elsewhere in the article yields to what the sentence says
                or (
                    code.subject.model not in (None, carried.model)
                    and code.subject.model in named_here
                )
            ):
                continue
            generation = carried.generation or next(
                (g for g, c in generation_codes.get(carried.model or "", {}).items() if c == value),
                None,
            )
            subject = _subject(carried.brand, carried.model, value, carried.variant, generation)
            return subject, code.start
    return None


def _cue_preference(start: int, end: int, date: Span) -> tuple[int, int]:
    """How well an event cue fits a date, lower is better: a date after its cue first, then
    the fewer words between them."""
    if date.start >= end:
        return 0, date.start - end
    return 1, max(start - date.end, 0)


def _maker_counts(sent: _Sentence, q: Span, lexicon: _Lexicon) -> bool:
    """A count followed by its maker and a sales verb: "the 3.1 million vehicles Kia sold"."""
    doc = sent.span.doc
    brand = next(
        (v for v in sent.spans if v.label_ == "BRAND" and q.end <= v.start <= q.end + 1), None
    )
    return (
        brand is not None
        and brand.end < len(doc)
        and (doc[brand.end].lower_ in lexicon.sales_verbs or doc[brand.end].lower_ in _AUXILIARIES)
    )


def _distance_covered(sent: _Sentence, q: Span, lexicon: _Lexicon) -> bool:
    """A distance after "after" in its stretch of the clause ("after six weeks and 9,000 miles",
    "after 10,000 km"), or after a driving verb in the perfect ("has now covered 9,000 miles",
    "we have done 6,000 km"): how far the car was driven."""
    start, end = sent.clause_of(q.start)
    stretch = [t for t in _segment(sent.span.doc[start:end], q) if t.i < q.start]
    if any(t.lower_ == "after" for t in stretch):
        return True
    lowers = [t.lower_ for t in stretch]
    doc = sent.span.doc
    if lowers in (["over"], ["across"], ["during"]) and q.end < end and doc[q.end].lower_ == "of":
        return True  # "Over 300 miles of mixed roads, it averaged ...": the test's distance
    return any(
        word in lexicon.driven_verbs
        and {"has", "have", "had", "'s", "’ve", "'ve"} & set(lowers[max(0, k - 3) : k])
        for k, word in enumerate(lowers)
    )


def _after_a_rate(sent: _Sentence, q: Span) -> bool:
    """A sum joined by "and"/"or" to a rate in the same currency just before it ("€2.90 per
    100 km at home and €9.80 on the road") is the same kind of rate."""
    doc = sent.span.doc
    start, _ = sent.clause_of(q.start)
    unit = q._.measure.unit
    before = [r for r in sent.quantities if start <= r.start and r.end <= q.start and r._.measure]
    if not before:
        return False
    rate = before[-1]
    return (
        rate._.measure.unit.startswith(unit + "/")
        and q.start - rate.end <= 6
        and any(t.lower_ in ("and", "or") for t in doc[rate.end : q.start])
    )


def _priced_class(doc: Doc, q: Span, lexicon: _Lexicon) -> bool:
    """ "cars priced below X", "models costing under X": a price bound of a class of cars."""
    k = q.start - 1
    if k < 1 or doc[k].lower_ not in ("below", "under", "above", "over", "from"):
        return False
    return (
        doc[k - 1].lower_ in ("priced", "costing")
        and k >= 2
        and (doc[k - 2].lower_ in lexicon.generic_car_nouns)
    )


def _makers_own_count(sent: _Sentence, q: Span, lexicon: _Lexicon) -> bool:
    """The count's clause is about a maker's own sales, with no car named before it: "The
    brand's deliveries reached X", "Mazda's sales rose to X"."""
    doc = sent.span.doc
    start, _ = sent.clause_of(q.start)
    if any(start <= v.start < q.start for v in sent.vehicles):
        return False
    brand_ends = {v.end for v in sent.spans if v.label_ == "BRAND"}
    for k in range(start, q.start):
        if doc[k].lower_ not in lexicon.count_nouns:
            continue
        for j in range(max(start, k - 3), k):
            owner = doc[j - 1] if j > start else None
            if (
                doc[j].text in _POSSESSIVES
                and owner is not None
                and (owner.lower_ in lexicon.maker_nouns or j in brand_ends)
            ):
                return True
    return False


def _maker_sold(sent: _Sentence, q: Span, clause_start: int, lexicon: _Lexicon) -> bool:
    """A maker, not a car, is the subject of the sales verb just before the count: "Cupra
    sold a record 298,700 cars last year", "The Spanish marque delivered 40,000 units"; not
    "BMW sold 118,000 units of the X3" nor "Kia sold 12,000 EV3s"."""
    doc = sent.span.doc
    verb = next(
        (
            k
            for k in range(q.start - 1, max(clause_start, q.start - 4) - 1, -1)
            if doc[k].lower_ in lexicon.sales_verbs
        ),
        None,
    )
    _, clause_end = sent.clause_of(q.start)
    if verb is None or any(clause_start <= v.start < clause_end for v in sent.vehicles):
        return False
    if any(t.lower_ == "of" for t in doc[q.end : min(q.end + 3, clause_end)]):
        return False  # "sold 12,000 units of it": the count is a car's after all
    opening = doc[clause_start:verb]
    return any(v.label_ == "BRAND" and clause_start <= v.start < verb for v in sent.spans) or any(
        t.lower_ in lexicon.maker_nouns for t in opening
    )


def _runs(items: list, doc: Doc, gap_words: set[str]) -> list[list]:
    """Items (spans or vehicles with .start/.end) joined only by list words: one run each."""
    runs: list[list] = []
    for item in items:
        if runs:
            gap = doc[runs[-1][-1].end : item.start]
            if all(t.lower_ in gap_words for t in gap):
                runs[-1].append(item)
                continue
        runs.append([item])
    return runs


def _sold_only_as(
    sent: _Sentence, main: _Vehicle | None, selling_verbs: frozenset[str]
) -> _Vehicle | None:
    """ "The X is offered in Finland only as the Ultra", "is sold as the Core": the trim of
    the main vehicle's model after a selling verb and "as (the)"."""
    if main is None or main.subject.variant:
        return None
    doc = sent.span.doc
    for vehicle in sent.vehicles:
        if (
            vehicle.start > main.end + 2
            and vehicle.subject.variant
            and vehicle.subject.model == main.subject.model
            and not vehicle.compared
        ):
            k = vehicle.start - 1 - (doc[vehicle.start - 1].lower_ == "the")
            if doc[k].lower_ == "as" and any(t.lower_ in selling_verbs for t in doc[main.end : k]):
                return vehicle
    return None


def _arrives_as(sent: _Sentence, current: Subject | None, verbs: frozenset[str]) -> _Vehicle | None:
    """ "The newcomer launches as the three-motor Ultra": a sentence opening on the car in
    hand, whose verb says it reaches the market as one of its model's trims (describing words
    may stand between "as the" and the trim)."""
    if current is None or current.variant:
        return None
    doc = sent.span.doc
    openers = [s for key in _ANAPHOR_KEYS for s, _ in sent.cues.get(key, ())]
    if not any(s - sent.span.start <= 1 for s in openers):
        return None
    for vehicle in sent.vehicles:
        if (
            not vehicle.subject.variant
            or vehicle.subject.model != current.model
            or vehicle.compared
        ):
            continue
        k = vehicle.start - 1
        while (
            k > sent.span.start
            and (
                doc[k].text == "-"
                or (doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ != "as")
            )
            and vehicle.start - k <= 4
        ):
            k -= 1
        listed = vehicle.end < sent.span.end and doc[vehicle.end].lower_ in ("and", "or", ",")
        if (
            doc[k].lower_ == "as"
            and not listed  # "as a Core and an Ultra": no one trim
            and any(t.lower_ in verbs for t in doc[sent.span.start : k])
        ):
            return vehicle
    return None


def _trim_placed_after(sent: _Sentence, end: int, subject: Subject | None) -> Subject | None:
    """The trim of the subject's model named right after a drive or motor phrase through "on",
    "for" or "in" ("standard on the Ultra", "with AWD in Core trim"), with no other car between;
    None when there is none."""
    if subject is None or subject.variant:
        return None
    doc = sent.span.doc
    _, clause_end = sent.clause_of(end - 1)
    after = [v for v in sent.vehicles if end <= v.start < clause_end]
    if not after:
        return None
    first = after[0]
    if not first.subject.variant or first.subject.model != subject.model:
        return None
    words = [t.lower_ for t in doc[end : first.start]]
    while words and words[-1] in _QUALIFIER_DETERMINERS:
        words.pop()
    if not words or words[-1] not in _PLACING_PREPOSITIONS:
        return None
    # "standard on", "offered in": at most a few words before the preposition
    return first.subject if len(words) <= 3 and all(w.isalpha() for w in words) else None


def _base_price_before_trims(sent: _Sentence) -> dict[int, Subject]:
    """ "Prices start at A, or B for the Iconic": a price listed right before one a trim is
    named for, with no car of its own, is the model's starting price."""
    doc = sent.span.doc
    prices = [
        q
        for q in sent.quantities
        if not q._.restates and q._.measure is not None and q._.measure.dimension == "currency"
    ]
    if len(prices) < 2:
        return {}
    restated = {k for q in sent.quantities if q._.restates for k in range(q.start - 1, q.end + 1)}
    out: dict[int, Subject] = {}
    for first, second in itertools.pairwise(prices):
        if first._.measure.unit != second._.measure.unit:
            continue
        trim = next(
            (
                v
                for v in sent.vehicles
                if v.start > second.end and v.subject.variant and not v.compared
            ),
            None,
        )
        if (
            trim is None
            or not _priced_for(sent, second.start, second.end, trim)
            or any(v.start < first.start for v in sent.vehicles if v.subject.model)
            or not all(
                t.lower_ in (",", "or", "and") or t.i in restated
                for t in doc[first.end : second.start]
            )
        ):
            continue
        out[first.start] = _model_level(trim.subject)
    return out


def _respective(sent: _Sentence) -> dict[int, Subject]:
    """ "in three grades - Premium, Ultimate and Calligraphy - priced at A, B and C": as many
    figures of one unit as trims listed before them, matched in order."""
    doc = sent.span.doc
    trims = [v for v in sent.vehicles if v.subject.variant and not v.compared]
    variant_runs = [
        run
        # "as a Sport or a Touring, at A and B respectively": articles join trims too
        for run in _runs(trims, doc, _LIST_WORDS | {"a", "an", "the"})
        if len(run) >= 2 and len({v.subject.model for v in run}) == 1
    ]
    if not variant_runs and not sent.vehicles and sent.cues.get("respectively"):
        # "The A costs X, against Y for the B. Germans pay Z and W respectively": the cars
        # the sentence before named, in its order
        previous = sent.memo.get("previous_listed", [])
        models = _distinct(_model_level(s) for s in previous)
        # "... the eVan (K1) ...: the Core gets X, the Plus Y and the Ultra Z. Prices start at
        # A, B and C respectively": the trims, when their model was named before them
        trims_only = [s for s in previous if s.variant]
        # "... the Kestrel in Core trim at X, the Osprey in Ultra form at Y. The cheapest
        # versions cost A and B respectively": versions other than the trims just priced, so
        # the models' (a plural version noun before the figures says so)
        first = min((q.start for q in sent.quantities), default=sent.span.end)
        other_versions = any(
            t.lower_ in _VERSION_NOUNS for t in sent.span.doc[sent.span.start : first]
        )
        variant_runs = [
            [_Vehicle(sent.span.start, sent.span.start, s) for s in listed]
            for listed in ((models,) if other_versions else (trims_only, models, previous))
        ]
    if not variant_runs:
        return {}
    restated = {k for q in sent.quantities if q._.restates for k in range(q.start - 1, q.end + 1)}
    figures = [q for q in sent.quantities if not q._.restates and q._.measure is not None]
    out: dict[int, Subject] = {}
    # conversions in parentheses between the figures belong to the list: "110 PS (108 hp)
    # and 145 PS (143 hp) respectively"
    runs: list[list[Span]] = []
    for q in figures:
        if runs and all(
            t.lower_ in _LIST_WORDS | {"(", ")"} or t.i in restated
            for t in doc[runs[-1][-1].end : q.start]
        ):
            runs[-1].append(q)
        else:
            runs.append([q])
    for run in runs:
        if len(run) < 2 or len({q._.measure.unit for q in run}) != 1:
            continue
        owners = next(
            (r for r in reversed(variant_runs) if len(r) == len(run) and r[-1].end <= run[0].start),
            None,
        )
        if owners is not None:
            out.update({q.start: v.subject for q, v in zip(run, owners, strict=True)})
    return out


def _anaphor_before(sent: _Sentence, code: _Vehicle) -> bool:
    """An anaphor ("it", "the new SUV") stands in the code's clause before it."""
    start, _ = sent.clause_of(code.start)
    return any(
        s < code.start for key in _ANAPHOR_KEYS for s, _ in sent.cues_in(key, start, code.start)
    )


def _new_car_before(sent: _Sentence, start: int) -> bool:
    """ "the new car", "the next SUV" stands right before an appositive opening at start."""
    doc = sent.span.doc
    first = max(sent.span.start, start - 5)
    return any(
        doc[k].lower_ in ("new", "next") and doc[k - 1].lower_ == "the"
        for k in range(first + 1, start)
    )


def _successor_before(sent: _Sentence, code: _Vehicle, lexicon: _Lexicon) -> bool:
    """ "its successor", "their replacement" stands in the code's clause before it."""
    start, _ = sent.clause_of(code.start)
    doc = sent.span.doc
    return any(
        doc[k].lower_ in lexicon.successor_nouns and doc[k - 1].lower_ in ("its", "their")
        for k in range(start + 1, code.start)
    )


def _written_with_model(sent: _Sentence, code: _Vehicle) -> bool:
    """ "the RG-series D-Max": the code is written right before a mention of its own model."""
    return any(
        not v.code_only and v.subject.model == code.subject.model and 0 < v.start - code.start <= 3
        for v in sent.vehicles
    )


def _linked_to_compared(sent: _Sentence, code: _Vehicle) -> bool:
    """True when the vehicle stage linked a code to a predecessor or a sharer the sentence
    names away from it ("developed as C1, takes over from the X"); "the A6 of the C9
    generation" writes the code with its model."""
    # "... shares it with the A6, known internally as C9": a code in the
    # appositive right after the compared car is that car's own
    app_start = next((s for s, e, k in sent.clauses if k == "app" and s <= code.start < e), None)
    return any(
        v.compared
        and v.subject.model == code.subject.model
        and abs(v.start - code.start) > 3
        and not (app_start is not None and v.end + 1 == app_start)
        for v in sent.vehicles
    )


def _next_comma(tokens: list, k: int) -> int:
    return next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), len(tokens))


def _last_cut(cuts: dict[int, str], before: int) -> int | None:
    """The last clause boundary before a token."""
    return max((c for c in cuts if c <= before), default=None)


def _names_listed(tokens: list, k: int) -> bool:
    """After comma ``k`` come names joined by "and"/"or" up to the next comma: "..., B and C,"."""
    phrase = tokens[k + 1 : _next_comma(tokens, k)]
    joins = [j for j, t in enumerate(phrase) if t.lower_ in ("and", "or")]
    return (
        bool(phrase)
        and not phrase[0].is_lower
        and len(joins) == 1
        and 0 < joins[0] < len(phrase) - 1
        and not phrase[joins[0] + 1].is_lower
        and all(not t.is_lower or t.lower_ in ("and", "or") for t in phrase)
    )


def _list_goes_on(tokens: list, k: int) -> bool:
    """ "the X, the Y, and the Z": after the phrase from comma ``k``, "and"/"or" continues a list
    of names; "..., a smaller offshoot of Y, and both drive ..." opens a clause instead."""
    j = _next_comma(tokens, k) + 1
    if j >= len(tokens) or tokens[j].lower_ not in {"and", "or"}:
        return False
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return following is None or following.lower_ in _DETERMINERS or not following.is_lower


def _listed_in_trims(sent: _Sentence, vehicle: _Vehicle) -> bool:
    """A trim in a list opened by "in" and closed by a trim noun: "in XL, XLT and Raptor
    trims"."""
    if not vehicle.subject.variant:
        return False
    doc = sent.span.doc
    trim_ends = {v.start: v.end for v in sent.vehicles if v.subject.variant}
    trim_starts = {v.end: v.start for v in sent.vehicles if v.subject.variant}
    listed = {",", "and", "or"}
    k = vehicle.end  # past the list's last trim
    while k < sent.span.end and (k in trim_ends or doc[k].lower_ in listed):
        k = trim_ends.get(k, k + 1)
    if k >= sent.span.end or doc[k].lower_ not in _VERSION_NOUNS:
        return False
    k = vehicle.start  # back to the list's first trim
    while k - 1 > sent.span.start and (k in trim_starts or doc[k - 1].lower_ in listed | {"the"}):
        k = trim_starts.get(k, k - 1)
    return doc[k - 1].lower_ == "in"


def _afterthought(sent: _Sentence, vehicle: _Vehicle) -> bool:
    """The vehicle stands in a phrase a comma and "up", "down" or "rising" open after its
    clause's statement: ", up from 580 hp in the regular X"."""
    doc = sent.span.doc
    start, _ = sent.clause_of(vehicle.start)
    for k in range(vehicle.start - 1, start, -1):
        if doc[k].text == ",":
            return doc[k + 1].lower_ in ("up", "down", "rising", "climbing", "topping")
    return False


def _qualifier(sent: _Sentence, vehicle: _Vehicle) -> bool:
    """A variant named only to qualify a figure: "in Design trim", "for the Tradesman"."""
    if not vehicle.subject.variant or vehicle.subject.model is None:
        return False
    if not sent.quantities and not sent.dates:
        return False  # "The biggest change is for the X.": no figure to qualify
    doc = sent.span.doc
    k = vehicle.start - 1
    if k >= sent.span.start and doc[k].lower_ == "the":
        k -= 1
    return (
        k >= sent.span.start
        and doc[k].lower_ in {"in", "for"}
        and not any(v.start < vehicle.start and not v.subject.variant for v in sent.vehicles)
        # "It will debut in the Corolla Cross": the car an engine goes into
        and not _topic_verb_before(sent, vehicle)
    )


def _measured_in(sent: _Sentence, figure_end: int, vehicle: _Vehicle) -> bool:
    """The words from a figure to a vehicle say the figure is that vehicle's: "in the", "in
    its top-spec" (a trim), after a restatement in parentheses; not a list of trims ("in X and
    G grades")."""
    doc = sent.span.doc
    k = figure_end
    if k >= vehicle.start:
        return False  # a name inside the figure's span ("0 GTI kph" read as one figure)
    if doc[k].text == "(":  # "£18,650 (about €21,900) in ..."
        k += _parenthesised(doc, k, vehicle.start)
    # "an 84 kWh battery in its Long Range versions", "702 km of WLTP range in Long Range form"
    head = 0
    while k < vehicle.start and head < 3 and doc[k].lower_ != "in" and doc[k].is_alpha:
        k += 1
        head += 1
    if k >= vehicle.start or doc[k].lower_ != "in":
        return False
    named = [
        v for v in sent.vehicles if sent.clause_of(figure_end)[0] <= v.start and v.end < figure_end
    ]
    if vehicle.subject.variant and any(v.subject.model != vehicle.subject.model for v in named):
        return False  # "the Subaru starts at £46,995 in Touring trim": not another car's trim
    between = doc[k + 1 : vehicle.start]
    if len(between) == 0:
        words_ok = True
    elif between[0].lower_ in _QUALIFIER_DETERMINERS:
        modifiers = between[1:]
        words_ok = len(modifiers) == 0 or (
            vehicle.subject.variant is not None
            and len(modifiers) <= 2
            and all(t.is_lower and not t.is_punct for t in modifiers)
        )
    else:
        # "from $38,417 in diesel Core form": describing words before a trim and its noun
        words_ok = (
            vehicle.subject.variant is not None
            and len(between) <= 2
            and all(t.is_lower and t.is_alpha for t in between)
            and vehicle.end < sent.span.end
            and doc[vehicle.end].lower_ in _TRIM_FORM_NOUNS
        )
    listed = vehicle.end < sent.span.end and doc[vehicle.end].lower_ in {"and", "or", ","}
    return words_ok and not (
        listed and any(0 < v.start - vehicle.end <= 2 and v.subject.variant for v in sent.vehicles)
    )


def _after_preposition(doc: Doc, k: int) -> bool:
    """Token ``k`` is the object of a preposition, right after it or after one describing
    word ("for small vehicles", "than most cars")."""
    if k >= 1 and doc[k - 1].lower_ in _OBJECT_PREPOSITIONS:
        return True
    return k >= 2 and doc[k - 2].lower_ in _OBJECT_PREPOSITIONS and doc[k - 1].is_lower


def _listed(doc: Doc, following: list[_Vehicle]) -> list[_Vehicle]:
    """The first vehicle and those joined to it as a list ("the X, the Y and the Z")."""
    chain = [following[0]]
    for left, right in itertools.pairwise(following):
        gap = {t.lower_ for t in doc[left.end : right.start]}
        if not gap or not gap <= _COORDINATION_GAP:
            break
        chain.append(right)
    return chain


def _read_definition(sent: _Sentence, i: int) -> Span | None:
    """See ``FactBuilder._definition``."""
    quantity_end = next((q.end for q in sent.quantities if q.start == i), None)
    if quantity_end is None:
        return None
    doc = sent.span.doc
    if any(not (t.is_space or t.is_punct) for t in doc[sent.span.start : i]):
        return None
    k = _past_conversion(doc, quantity_end, sent.span.end)  # "300 hp (224 kW) — ..."
    if k + 1 >= sent.span.end or doc[k].text not in ("—", "–", "-"):
        return None
    return doc[k + 1 : sent.clause_of(k + 1)[1]]


def _relative_before(sent: _Sentence, start: int) -> tuple[int, int] | None:
    """The clause a relative clause set off by commas interrupted, when the clause at
    ``start`` resumes it ("the W grade, which adds X, costs Y"): (its start, the relative
    clause's start)."""
    doc = sent.span.doc
    if start <= sent.span.start or doc[start - 1].text != ",":
        return None
    first = doc[start]
    verb = (first.lower_ in _AUXILIARIES and first.lower_ != "it") or (
        first.is_lower
        and first.is_alpha
        and first.lower_.endswith("s")
        and not first.lower_.endswith(("ss", "us"))
        and first.lower_ not in ("its", "this", "as", "has")
    )
    if not verb:
        return None  # ", although the estate comes from X": a clause with its own subject
    rel = next(((s, k) for s, e, k in sent.clauses if e == start), None)
    if rel is None or rel[1] != "rel":
        return None
    opening = next((s for s, e, _ in sent.clauses if e == rel[0]), None)
    return (opening, rel[0]) if opening is not None else None


def _resumed_from(sent: _Sentence, start: int) -> int:
    """Where the main clause that resumes at ``start`` after an appositive began: "BMW is
    expected to unveil the next X, known internally as G65, this autumn"."""
    kinds = {s: (e, k) for s, e, k in sent.clauses}
    here = kinds.get(start)
    if here is None or here[1] != "main":
        return start
    before = next(((s, k) for s, e, k in sent.clauses if e == start), None)
    if before is None or before[1] != "app":
        return start
    opening = next(((s, k) for s, e, k in sent.clauses if e == before[0]), None)
    return opening[0] if opening is not None and opening[1] == "main" else start


def _ly_adverb(token: Token) -> bool:
    """A lower-case adverb in -ly ("reportedly", "apparently"), which a verb's subject and
    its auxiliary or negation may hold between them."""
    return token.is_alpha and token.is_lower and len(token) > 4 and token.lower_.endswith("ly")


def _parenthesised(doc: Doc, start: int, end: int) -> int:
    """How many tokens between ``start`` and ``end`` stand in parentheses (a restatement)."""
    depth = count = 0
    for token in doc[start:end]:
        if token.text == "(":
            depth += 1
        if depth:
            count += 1
        if token.text == ")":
            depth = max(depth - 1, 0)
    return count


def _like_opening(sent: _Sentence, anchor: int) -> list[Subject]:
    """The models a sentence opens by likening its subject to ("Like the A390, it ...", "Like
    the ID. Cross and the Cupra Raval, the newcomer ..."), when ``anchor`` stands in the
    clause that follows."""
    doc = sent.span.doc
    first = sent.span.start
    while first < sent.span.end and doc[first].is_space:
        first += 1
    if doc[first].lower_ != "like":
        return []
    named = next((v for v in sent.vehicles if v.start <= first + 3), None)
    if named is None:
        return []
    alike = [named]
    for v in sent.vehicles:
        between = doc[alike[-1].end : v.start]
        words = [t.lower_ for t in between if t.text != ","]
        if words in (["and"], ["and", "the"]) or (
            len(words) < len(between) and words in ([], ["the"])
        ):
            alike.append(v)  # "Like the ID. Cross, the Born and the Cupra Raval, ..."
    last = alike[-1]
    if any(v.code_only or not v.subject.model for v in alike) or last.end >= sent.span.end:
        return []
    if doc[last.end].text != ",":
        return []
    _, end = sent.clause_of(last.end + 1)
    return [_model_level(v.subject) for v in alike] if last.end < anchor < end else []


def _possessive(doc: Doc, start: int, end: int) -> bool:
    """ "the Q4 e-tron's (MEB)": the name is in the possessive (a group may run past it)."""
    return any(doc[k].text in _POSSESSIVES for k in range(start, min(end + 1, len(doc))))


def _resumed_after(sent: _Sentence, clause_start: int) -> _Vehicle | None:
    """The vehicle a relative or appositive clause ending at ``clause_start`` described."""
    for start, end, kind in sent.clauses:
        if end == clause_start and kind in ("rel", "app") and start > sent.span.start:
            antecedent = _antecedent(sent, start)
            if antecedent is None and kind == "app":
                # "The entry model, badged the X Core, has ...": the car an appositive names
                # after an anaphor is what the anaphor means
                return _named_after_anaphor(sent, start, end)
            return antecedent if antecedent is not None and not antecedent.compared else None
    return None


def _named_after_anaphor(sent: _Sentence, start: int, end: int) -> _Vehicle | None:
    """The car an appositive clause [start, end) names when an anaphor ends right before it."""
    doc = sent.span.doc
    if not any(
        e <= start and all(t.text == "," for t in doc[e:start])
        for key in _ANAPHOR_KEYS
        for _, e in sent.cues.get(key, ())
    ):
        return None
    # the appositive opens on the car ("the X Core", "badged X Core"), not on a noun it
    # derives from ("a derivative of the X")
    return next(
        (
            v
            for v in sent.vehicles
            if start <= v.start <= start + 2
            and v.start < end
            and not v.compared
            and not v.code_only
        ),
        None,
    )


def _antecedent(sent: _Sentence, clause_start: int) -> _Vehicle | None:
    """The vehicle named just before a clause opened by a comma ("the X, which ...", "the X
    hatchback, known as ...", "the X itself, coded ...")."""
    doc = sent.span.doc
    # "a seven-seat Peaq in 2027, which is set to be built in X": a date may stand between
    dated = {k for d in sent.dates for k in range(d.start, d.end)}
    # "the Air at £35,210, which adds ...": so may its price
    priced = {k for q in sent.quantities for k in range(q.start, q.end)}
    for vehicle in reversed(sent.vehicles):
        if vehicle.end <= clause_start:
            gap = doc[vehicle.end : clause_start]
            tails = sent.nominal_tails
            return (
                vehicle
                if all(
                    t.text in {",", ")"}
                    or t.i in tails
                    or t.i in dated
                    or (t.lower_ in _DATE_PREPOSITIONS and t.i + 1 in dated)
                    or t.i in priced
                    or (t.lower_ in ("at", "from") and t.i + 1 in priced)
                    for t in gap
                )
                else None
            )
    return None


_ELIDED_PLACE_WORD = re.compile(r"[dl]['’][A-Z][^\W\d_]*")


def _is_place_word(token) -> bool:
    """A capitalised word, apostrophes and hyphens allowed ("Sant'Agata", "Saint-Ouen")."""
    text = token.text
    if not text[:1].isupper():
        return False
    return token.is_alpha or (
        text[-1].isalpha() and text.replace("'", "").replace("’", "").replace("-", "").isalpha()
    )


_ASIDE_WORDS = frozenset({"though", "however"})
_EQUALLING_VERBS = frozenset(
    {"matches", "match", "matching", "matched", "equals", "equal", "equalling"}
)
#: verbs that, after "and" / "but", start a statement of their own, out of a denial's reach
#: words that open the subject of a clause of its own after "and"
_SUBJECT_OPENERS = frozenset({"every", "each", "all", "the", "its", "their"})
_NEW_STATEMENT_VERBS = frozenset(
    {"says", "said", "adds", "added", "insists", "insisted", "confirms", "confirmed", "expects"}
    # "won't switch platforms and stays on the old one": what it keeps instead
    | {"stays", "remains", "keeps", "retains", "sticks"}
)
_MOVING_CUES = frozenset({"move", "moves", "moving", "moved", "shift"})
#: verbs that carry production "from A to B"
_RELOCATING_VERBS = _MOVING_CUES | frozenset(
    {"shifts", "shifted", "shifting", "transfer", "transfers", "transferred", "transferring"}
    | {"relocate", "relocates", "relocated", "relocating", "switch", "switches", "switched"}
    | {"migrate", "migrates", "migrated", "migrating", "switching"}
)


def _platform_move(sent: _Sentence, platform: Span) -> tuple[int, bool] | None:
    """ "moves from the A platform ... to the B architecture": the moving verb and whether the
    platform is the one left (A) rather than the one moved to (B)."""
    doc = sent.span.doc

    def preposition(span: Span) -> int:
        k = span.start - 1
        while k > sent.span.start and doc[k].lower_ in _DETERMINERS:
            k -= 1
        return k

    platforms = [p for p in sent.spans if p.label_ == "PLATFORM"]
    for first in platforms:
        k = preposition(first)
        if doc[k].lower_ != "from" or doc[k - 1].lower_ not in _RELOCATING_VERBS:
            continue
        later = [p for p in platforms if p.start > first.end and doc[preposition(p)].lower_ == "to"]
        if not later:
            continue
        if platform.start == first.start:
            return k - 1, True
        if platform.start == later[0].start:
            return k - 1, False
    return None


def _absolute_clause_between(doc: Doc, start: int, end: int) -> bool:
    """ ", with every version getting Y": a "with" clause set off by a comma whose own verb
    ends in -ing states something of its own."""
    return any(
        doc[k].text == ","
        and doc[k + 1].lower_ == "with"
        and any(
            doc[m].is_alpha and len(doc[m]) > 4 and doc[m].lower_.endswith("ing")
            for m in range(k + 2, min(k + 6, end))
        )
        for k in range(start, end - 2)
    )


def _lacks_something_else(doc: Doc, k: int) -> bool:
    """ "The 60 kWh pack has no heat pump": the "no" at ``k`` after a possessive "has"
    denies what the part lacks, not the part."""
    return doc[k].lower_ == "no" and doc[k - 1].lower_ in ("has", "have", "had")


def _new_statement_between(doc: Doc, start: int, end: int) -> bool:
    """ "and says", "and confirms" between tokens ``start`` and ``end``: a statement of its own
    begins, out of the reach of a denial before it."""
    return any(
        doc[k].lower_ == "and"
        and (
            doc[k + 1].lower_ in _NEW_STATEMENT_VERBS
            or _new_subject_at(doc, k + 1, end)
            # "won't be made at A and will instead be built at B": a verb phrase of its
            # own, with its own auxiliary and no denial
            or (
                doc[k + 1].lower_ in _FUTURE_AUXILIARIES
                and k + 2 < end
                and doc[k + 2].lower_ not in _NEGATION_WORDS
            )
        )
        for k in range(start, end - 1)
    )


_FUTURE_AUXILIARIES = frozenset({"will", "would", "can", "could", "should"})
_NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
_AUXILIARIES_OR_NEGATIONS = frozenset(_AUXILIARIES) | _NEGATION_WORDS


def _new_subject_at(doc: Doc, k: int, end: int) -> bool:
    """ "... and every new Kestrel will have AWD": a subject of its own (a determiner, then up
    to three words) and its auxiliary start at ``k``."""
    if doc[k].lower_ not in _SUBJECT_OPENERS:
        return False
    return any(doc[m].lower_ in _AUXILIARIES for m in range(k + 2, min(k + 5, end)))


def _segment(clause: Span, figure: Span) -> Span:
    """The comma-delimited stretch of a clause around a figure: where its cue words are."""
    doc = clause.doc
    start, end = figure.start, figure.end
    while True:
        while start > clause.start and doc[start - 1].text not in {",", ";", "("}:
            start -= 1
        # "The X is heavier, though, at 1,733 kg": an aside set off by commas goes on
        if (
            start - 3 >= clause.start
            and doc[start - 2].lower_ in _ASIDE_WORDS
            and doc[start - 1].text == ","
            and doc[start - 3].text == ","
        ):
            start -= 3
            continue
        break
    while end < clause.end and doc[end].text not in {",", ";", ")"}:
        end += 1
    return doc[start:end]


def _generation_codes(vehicles: list[Span], sentence_of: list[int]) -> dict[str, dict[str, str]]:
    """Per model, which code the article ties to which generation.

    A code written beside a generation word ("the current X (C1)") is that generation's. A single
    other code is taken as the next generation's when the article ties the current (or previous)
    one, or when it speaks of the next generation and ties no code to any generation.
    """
    tied: dict[str, dict[str, str]] = defaultdict(dict)
    codes: dict[str, set[str]] = defaultdict(set)
    generations: dict[str, set[str]] = defaultdict(set)
    # (sentence, model) -> the model's mentions with a generation word
    said_in: dict[tuple[int, str], list[Span]] = defaultdict(list)
    named_in: dict[tuple[int, str], list[Span]] = defaultdict(list)  # every model mention
    for span in vehicles:
        if span.label_ == "MODEL":
            key = (sentence_of[span.start], span._.normalized or span.text)
            named_in[key].append(span)
            if span._.generation:
                said_in[key].append(span)
    written_with: dict[str, set[str]] = defaultdict(set)  # codes written beside the model
    ordinal: dict[str, dict[str, str]] = defaultdict(dict)  # code -> "second" ("second-gen X")
    next_ordinals: dict[str, set[str]] = defaultdict(set)  # "the new third-generation X": third
    for span in vehicles:
        if span.label_ == "MODEL":
            model = span._.normalized or span.text
            if span._.generation:
                generations[model].add(span._.generation)
                if span._.generation == "next" and _generation_ordinal(span):
                    next_ordinals[model].add(_generation_ordinal(span))
            if span._.code:
                codes[model].add(span._.code)
                written_with[model].add(span._.code)
                if span._.generation:
                    tied[model][span._.generation] = span._.code
                elif _generation_ordinal(span):
                    # "the second-generation Leaf (ZE1)": a generation of its own, not the
                    # next one a later "new third-generation Leaf" speaks of
                    ordinal[model][span._.code] = _generation_ordinal(span)
        elif span.label_ == "MODEL_CODE" and span._.model:
            code = span._.normalized or span.text
            codes[span._.model].add(code)
            if span._.generation:
                tied[span._.model].setdefault(span._.generation, code)  # "the current C1"
                continue
            if any(
                not m._.generation
                and _plainly_named(m)
                and m.end < span.start <= m.end + 6
                and span.doc[m.end].text == ","
                for m in named_in.get((sentence_of[span.start], span._.model), ())
            ):
                # "The X, known internally as C1, is built at Y": the car the sentence is
                # on, written with its code as if in parentheses (not "its electric X, known
                # as C1" nor "the fifth-generation X, coded C1": a car described as new)
                written_with[span._.model].add(code)
            # "the outgoing X, which was coded C": a generation word for X in the code's
            # sentence, with no "while" or ";" between them ("the car, known as C, ..., while
            # the next-generation X ..." ties C to no generation)
            said = {
                m._.generation
                for m in said_in.get((sentence_of[span.start], span._.model), ())
                if not _clause_break_between(span, m)
            }
            if len(said) == 1 and code not in tied[span._.model].values():
                tied[span._.model].setdefault(next(iter(said)), code)
    for model, found in codes.items():
        known = tied[model]
        untied = found - set(known.values())
        if (
            not known
            and "next" in generations[model]
            and len(untied) == 2
            and len(untied & written_with[model]) == 1
        ):
            # "the R35 GT-R ... Its successor, known internally as R36, ... the new GT-R": the
            # code written beside the name is the car on sale, the other the next one's
            known["next"] = next(iter(untied - written_with[model]))
            continue
        if "next" in known or len(untied) != 1:
            continue
        if next_ordinals[model] and any(
            ordinal[model].get(code) not in (None, *next_ordinals[model]) for code in untied
        ):
            continue  # "the second-generation X (C1) ... the new third-generation X"
        single = next(iter(untied))
        if {"current", "previous"} & set(known) or (
            not known
            and "next" in generations[model]
            # "Kona (SX2) stays on ... the next generation slips": the code written beside the
            # name is the car on sale, unless that mention numbers its generation ("the
            # fourth-generation Golf (1J) is coming") and the article names no current one
            and not (
                single in written_with[model]
                and ("current" in generations[model] or not ordinal[model].get(single))
            )
        ):
            known["next"] = single
    return tied


def _plainly_named(span: Span) -> bool:
    """ "the X", "the Kestrel X", "the original X": a model named with no word that makes it
    a new car ("its electric X", "the fifth-generation X")."""
    doc = span.doc
    k = span.start - 1
    if k > 0 and doc[k].lower_ != "the" and (doc[k].lower_ == "original" or doc[k].is_title):
        k -= 1  # its maker's name or "original" between
    return k >= 0 and doc[k].lower_ == "the"


def _generation_ordinal(span: Span) -> str | None:
    """ "the second-generation Leaf": the ordinal of the generation named before the name."""
    words = [t.lower_ for t in span.doc[max(0, span.start - 4) : span.start]]
    for k, word in enumerate(words):
        if word in ("generation", "gen") and k > 0:
            before = words[k - 1] if words[k - 1] != "-" or k < 2 else words[k - 2]
            return before if before not in ("-", "next", "new", "current", "previous") else None
        if word.endswith(("-generation", "-gen")):
            return word.rsplit("-", 1)[0]
    return None


def _generation_named(span: Span) -> bool:
    """ "the second-generation Kona", "the third generation Q3": a generation of its own."""
    words = [t.lower_ for t in span.doc[max(0, span.start - 3) : span.start]]
    return any("generation" in w or w.endswith("-gen") or w == "gen" for w in words)


def _clause_break_between(a: Span, b: Span) -> bool:
    """True when a contrast or a semicolon separates two mentions of one sentence."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return any(t.lower_ in _CLAUSE_BREAKS for t in a.doc[lo.end : hi.start])


def _vehicle_groups(
    spans: list[Span],
    generation_codes: dict[str, dict[str, str]],
    context: Subject | None,
    variant_models: dict[str, str],
    brand_models: dict[str, Subject] | None = None,
    car_followers: frozenset[str] | set[str] = frozenset(),
    model_brands: dict[str, str] | None = None,
    comparison: _Comparison = _Comparison(),
    lexicon: _Lexicon = _Lexicon(),
    recent_trims: dict[str, str] | None = None,
    compared_only: dict[str, bool] | None = None,
) -> list[_Vehicle]:
    """Join adjacent vehicle spans (brand, model, variant, code) into named vehicles.

    A variant named without its model ("The Standard uses ...") belongs to the model it was
    first written with in the article, else to the vehicle the article is talking about (when
    the brands agree), else to the model the vehicle stage linked it to.
    """
    groups: list[list[Span]] = []
    for span in spans:
        if groups:
            last = groups[-1][-1]
            gap = span.doc[last.end : span.start]
            adjacent = (
                all(t.text in {"(", ")", "’s", "'s"} or t.is_space for t in gap) and len(gap) <= 2
            ) or (
                # "SR5 (model number 8642)", "QX80 (internal code: Y63)": a cue inside the
                # parenthesis
                span.label_ == "MODEL_CODE"
                and 2 <= len(gap) <= 4
                and gap[0].text == "("
                and all((t.is_alpha and t.is_lower) or t.text == ":" for t in gap[1:])
            )
            labels = {s.label_ for s in groups[-1]}
            if (
                labels == {"MODEL_CODE"}
                and span.label_ in ("BRAND", "MODEL")
                and [t.lower_ for t in gap] in (["-", "generation"], ["generation"])
            ):
                groups[-1].append(span)  # "an E30-generation BMW M3": that generation's car
                continue
            if (
                labels == {"VARIANT"}
                and span.label_ in ("BRAND", "MODEL")
                and [t.lower_ for t in gap][:2] in (["version", "of"], ["variant", "of"])
                and len(gap) <= 3
                and all(t.lower_ in _DETERMINERS for t in gap[2:])
            ):
                groups[-1].append(span)  # "the Core version of the Kestrel": one car
                continue
            if (
                labels & {"MODEL", "MODEL_CODE"}
                and "VARIANT" not in labels
                and span.label_ == "VARIANT"
                and [t.lower_ for t in gap] == ["in"]
                and span.end < len(span.doc)
                and span.doc[span.end].lower_ in _TRIM_FORMS
            ):
                groups[-1].append(span)  # "the Kestrel in Core trim": that trim
                continue
            if (
                "MODEL" in labels
                and "VARIANT" not in labels
                and span.label_ == "VARIANT"
                and len(gap) == 1
                and gap[0].is_lower
                and gap[0].lower_ in lexicon.body_nouns
                and any(
                    s.label_ == "MODEL" and (s._.normalized or s.text) == span._.model
                    for s in groups[-1]
                )
            ):
                groups[-1].append(span)  # "the Kestrel estate Core": that trim, its body between
                continue
            if (
                adjacent
                and span.label_ not in labels
                and not (span.label_ == "BRAND" and labels - {"BRAND"})
            ):
                groups[-1].append(span)
                continue
        groups.append([span])
    vehicles = []
    # the models a variant of this sentence can belong to; a predecessor or rival named as a
    # point of comparison is not one ("takes over from the X and comes in Eco and Plus trims")
    sentence_models = {
        s._.normalized or s.text
        for group in groups
        for s in group
        if s.label_ == "MODEL" and not _compared(s.doc, group[0].start, comparison)
    }
    compared_here = {
        s._.normalized or s.text for group in groups for s in group if s.label_ == "MODEL"
    } - sentence_models
    sentence_model_start = min(
        (
            s.start
            for group in groups
            for s in group
            if s.label_ == "MODEL" and (s._.normalized or s.text) in sentence_models
        ),
        default=len(spans[0].doc) if spans else 0,
    )
    for group in groups:
        by_label = {s.label_: s for s in group}
        if not set(by_label) & set(_VEHICLE_LABELS):
            car = _brand_as_car(group, brand_models or {}, car_followers, comparison)
            if car is not None:
                vehicles.append(car)
            continue
        model_span, variant_span, code_span = (
            by_label.get(k) for k in ("MODEL", "VARIANT", "MODEL_CODE")
        )
        variant_name = (
            (variant_span._.normalized or variant_span.text) if variant_span is not None else None
        )
        if model_span is not None:
            model = model_span._.normalized or model_span.text
            if variant_name:
                variant_models.setdefault(variant_name, model)
        elif (
            variant_span is not None
            and variant_span._.model
            and (variant_span._.model in (variant_name or ""))
        ):
            model = variant_span._.model  # "Q4 e-tron 45 quattro": the name says its model
        elif variant_span is not None:
            model = variant_models.get(variant_name or "")
            linked = variant_span._.model
            in_sentence = bool(linked and linked in sentence_models)
            recent = (recent_trims or {}).get(variant_name or "")
            if recent is not None and not sentence_models:
                # "..., and its hot version, the Y HF. The front-wheel-drive HF ...": the
                # trim the sentence before named with its model, not an earlier pairing
                model, in_sentence = recent, True
            elif in_sentence:
                model = linked  # "The Sealion 7 ... in Comfort form": not the Comfort of before
            elif (
                linked
                and linked not in sentence_models
                and len(sentence_models) == 1
                and model not in sentence_models
                and not variant_span._.named_model  # "530i" is a 5 Series wherever it stands
                # "from X for the Core, while the Osprey starts at Y": a car named
                # after the trim is not what the trim belongs to
                and sentence_model_start < variant_span.start
                # "the Osprey arrives in May, while the Core 150 follows": a clause of its
                # own keeps the trim with the car the vehicle stage tied it to
                and not any(
                    t.lower_ in _CLAUSE_BREAKS
                    for t in variant_span.doc[sentence_model_start : variant_span.start]
                )
            ):
                # "The Renault 5, which took over from the Zoe, ... in Five trim": not the
                # predecessor the trim was written after
                model = next(iter(sentence_models))
            if (
                model is not None
                and not in_sentence
                and context is not None
                and context.model not in (None, model)
                and context.brand is not None
                and variant_span._.brand == context.brand
                and not variant_span._.named_model
                # "the RAV4 Oulu Edition ... a Corolla may follow ... the Oulu Edition": a
                # maker's own edition stays with its model
                and (variant_name or "").split()[-1].lower() not in lexicon.edition_words
                # "the Kestrel Estate follows" in a story on the Kestrel: the vehicle stage
                # already chose between two bodies of one nameplate
                and not variant_span._.story_body
                # "deliveries of the Core 150 and the Kestrel": the carried car, named in
                # the sentence apart from the trim, left the trim to the vehicle stage
                and context.model not in sentence_models
            ):
                model = context.model  # "Then the Formentor. ... our VZ": its own VZ
            if (
                model is None
                and linked
                and (linked in (variant_name or "") or linked in sentence_models)
            ):
                model = linked  # "GLA 200", or its model named in the same sentence
            if model is None and variant_span._.story_body:
                model = linked
            if (
                model is None
                and context is not None
                and context.model
                # "C 300 e" is a C-Class wherever it stands, even after a headline's "vs"
                and not variant_span._.named_model
                and (
                    variant_span._.brand in (None, context.brand)
                    # "barely shorter than a 7 Series. ... the Plus": not a trim of
                    # the car named only for comparison
                    or (compared_only or {}).get(linked or "", False)
                    # "built on the base it shares with the Y, the X comes in Pro form":
                    # not a trim of the car it is compared with
                    or linked in compared_here
                )
            ):
                model = context.model
            model = model or variant_span._.model
            if model and variant_name:
                variant_models.setdefault(variant_name, model)
        else:
            model = code_span._.model if code_span is not None else None
        if model_span is None and variant_name and model:
            # "the Q3 Sportback ... the Sportback costs ...": the model named in full
            # before, shortened, not a trim of the shorter name (nor a trim of itself)
            if f"{model} {variant_name}" in (model_brands or {}):
                model, variant_name = f"{model} {variant_name}", None
            elif model.endswith(f" {variant_name}") and model in (model_brands or {}):
                variant_name = None
        code = (code_span._.normalized or code_span.text) if code_span is not None else None
        generation = model_span._.generation if model_span is not None else None
        if code is None and model_span is not None:
            code = model_span._.code
        known = generation_codes.get(model or "", {})
        if code is None and generation:
            code = known.get(generation)
        if generation is None and code is not None:
            generation = next((g for g, c in known.items() if c == code), None)
        if (
            code is None
            and generation is None
            and variant_name is None
            and model_span is not None
            and context is not None
            and context.model == model
            and context.code
            and context.generation == "next"
            and not _generation_named(model_span)
            and not any(t.lower_ in lexicon.present_car_words for t in model_span.sent)
            and any(t.lower_ in lexicon.future_words for t in model_span.sent)
            and not any(
                s.label_ == "MODEL_CODE"
                and s._.model == model
                and (s._.normalized or s.text) != context.code
                for s in spans
            )
        ):
            # "the next Q3, coded F4, ... Insiders say the Q3 will move to PPC": the bare
            # name in a sentence about what is to come goes on with the generation the article
            # is about (not "the third-generation Q3" nor one written in a sentence giving the
            # model another code)
            code, generation = context.code, context.generation
        brand = next((s._.brand for s in group if s._.brand), None)
        if (
            model_span is None
            and variant_span is not None
            and model not in (None, variant_span._.model)
            and model in (model_brands or {})
        ):
            # "The Dynamic arrives ...": a trim the vehicle stage read as another maker's is
            # the trim of the model chosen here, and takes that model's maker
            brand = (model_brands or {})[model]
        if brand is None and "BRAND" in by_label:
            brand = by_label["BRAND"]._.normalized
        if brand is None and context is not None and model and model == context.model:
            brand = context.brand
        subject = _subject(brand, model, code, variant_name, generation)
        first = group[0]
        vehicles.append(
            _Vehicle(
                first.start,
                group[-1].end,
                subject,
                compared=_compared(first.doc, first.start, comparison)
                or _succeeded(first.doc, group[-1].end, lexicon),
                code_only=set(by_label) <= {"MODEL_CODE", "BRAND"},
            )
        )
    # "ahead of the X and the ageing Y": a vehicle joined to a compared one is compared too
    for left, right in itertools.pairwise(vehicles):
        gap = spans[0].doc[left.end : right.start]
        if (
            left.compared
            and 0 < len(gap) <= 4
            and gap[0].lower_ in {"and", "or", ","}
            and any(t.lower_ in {"and", "or"} for t in gap)
            and not any(t.is_punct and t.text != "," for t in gap)
        ):
            right.compared = True
    return vehicles


_OF_A_PLATFORM = {"version", "variant", "derivative", "of", "the", "a", "an", "'s", "’s", "group"}
_LIST_WORDS = {",", "and", "or", "–", "—", "-", "respectively"}
_TAKE_VERBS = {"take", "takes", "taking", "took", "taken"}
_VERSION_NOUNS = {"versions", "trims", "variants", "grades", "derivatives"}
_VERSION_WORDS = _VERSION_NOUNS | {"version", "trim", "variant", "grade", "edition"}
_LINE_NOUNS = {"family", "range", "lineup", "line-up", "line"}
#: "the diesel", "that diesel": a determiner pointing back at a kind of powertrain
_POINTING_DETERMINERS = ("the", "that", "this")
_CAR_NOUNS = {"car", "cars", "model", "models", "version", "suv", "saloon", "sedan", "hatchback"}
_APPENDIX_PREPOSITIONS = {"at", "with", "for", "from"}
_OBJECT_PREPOSITIONS = {"for", "than", "like", "among", "between"}
#: what places a drive on a trim: "standard on the X", "only for the X", "in Core trim"
_PLACING_PREPOSITIONS = {"on", "for", "in"}
_LATER_MARKERS = {"ahead", "before", "prior"}
_NOT_VERBS = {"its", "this", "his", "us", "as", "thus", "plus", "less", "various", "previous"}
_COPULAS = {"is", "are", "was", "were", "be", "been", "remains", "becomes"}
_MODALS = {"will", "wo", "would", "could", "should", "may", "might", "must", "can"}
_PRO_FORMS = {"unit", "units", "one", "ones", "version", "item"}
_SIZING_UNITS = {"kWh", "kW", "hp", "PS", "bhp", "Nm", "km", "mi"}
_RANKING_WORDS = {"first", "only", "last", "best", "most", "least", "second", "third"}
_AS_VERBS = {"is", "are", "was", "were", "does", "do"}
_SITE_RELATIVES = {"where", "which", "that"}
_CHARGE_LEVEL = re.compile(
    r"\b(?:at|by|beyond|past|above|to)\s+\d{1,3}\s*(?:%|percent|per cent)", re.IGNORECASE
)
_TEMPORAL_OPENERS = {"after", "before", "since", "until", "when", "once"}
_POSSESSIVES = {"'s", "’s", "'", "’"}
#: between a car and "its successor": "is effectively", "will be", "becomes"
_SUCCESSION_COPULAS = {"is", "was", "will", "be", "becomes", "effectively", "essentially", "now"}
#: "the compact SUV", "this electric SUV", "that crossover": what opens a description
_DESCRIPTION_OPENERS = {"the", "this", "that"}
#: words between a successor noun and the car it names: "its successor, the K5", "its
#: successor will be the Polestar 7", "the Supra's successor will revive the Celica name"
_NAMING_LINKS = {",", "the", "will", "be", "is", "was", "revive", "revives"}


def _coordinated_before(sent: _Sentence, vehicle: _Vehicle) -> _Vehicle | None:
    """The vehicle of the same maker joined to this one by "and" just before it ("the A and
    the B")."""
    doc = sent.span.doc
    for other in sent.vehicles:
        if other.end > vehicle.start:
            break
        gap = [t.lower_ for t in doc[other.end : vehicle.start]]
        if (
            gap in (["and"], ["and", "the"])
            and not other.code_only
            and not other.compared
            and other.subject.brand == vehicle.subject.brand
        ):
            return other
    return None


def _named_car(
    brand: str, model: str, trims_named: dict[tuple[str, str], set[str | None]]
) -> Subject:
    """The car "the <Brand>" stands for: its model, or the one trim the model was always named
    with ("the Volvo" in a test of the Kestrel Ultra)."""
    named = trims_named.get((brand, model), set())
    variant = next(iter(named)) if len(named) == 1 else None
    return _subject(brand, model, None, variant, None)


def _brand_as_car(
    group: list[Span],
    brand_models: dict[str, Subject],
    followers: frozenset[str] | set[str],
    comparison: _Comparison,
) -> _Vehicle | None:
    """ "The Mazda's top speed", "the Subaru starts at": a brand standing for its car in a
    head-to-head (``brand_models``: the topic when it is that maker's, else the maker's model
    the article named most)."""
    if len(group) != 1:
        return None
    span = group[0]
    doc = span.doc
    brand = span._.normalized or span.text
    subject = brand_models.get(brand)
    if subject is None or span.start < 2 or doc[span.start - 1].lower_ != "the":
        return None
    if doc[span.start - 2].lower_ in ("like", "unlike") or _compared(doc, span.start, comparison):
        return None  # "Like the Ferrari, it ...", "smaller than the Renault's"
    after = doc[span.end].text.lower() if span.end < len(doc) else "."
    # "the Subaru starts at", "the Mazda's top speed", "the Mazda just 750 kg"; not "the
    # Mercedes prototype", "the Kia brand"
    if not (after in _POSSESSIVES or not after[:1].isalpha() or after in followers):
        return None
    return _Vehicle(span.start, span.end, subject)


def _line_grown_with(sent: _Sentence, main: _Vehicle | None) -> _Vehicle | None:
    """ "The 296 family has grown with the 296 Speciale": a model's line named as the subject
    gains a variant, and the variant is the new topic."""
    doc = sent.span.doc
    if main is None or main.end >= len(doc) or doc[main.end].lower_ not in _LINE_NOUNS:
        return None
    return next(
        (
            v
            for v in sent.vehicles
            if v.start > main.end
            and v.subject.variant
            and v.subject.model == main.subject.model
            and not v.compared
        ),
        None,
    )


def _it_is_a_platform(sent: _Sentence, previous: _Sentence | None) -> bool:
    """ "Called QX9, it is a new frame ...", "Then there is QX8, a chassis for vans. It debuts
    under the X": an opening "it" / "its" after a platform named in its sentence, or opening
    a sentence after one that names a platform and no car in the same paragraph."""
    doc = sent.span.doc
    at = next(
        (
            t.i
            for t in doc[sent.span.start : min(sent.span.start + 6, sent.span.end)]
            if t.lower_ in ("it", "its")
        ),
        None,
    )
    if at is None or any(v.start < at for v in sent.vehicles):
        return False
    if any(s.label_ == "PLATFORM" and s.end <= at for s in sent.spans):
        return True
    return (
        at == sent.span.start
        and previous is not None
        and previous.paragraph == sent.paragraph
        and any(s.label_ == "PLATFORM" for s in previous.spans)
        and not previous.vehicles
    )


def _anaphoric_subject(sent: _Sentence, first: _Vehicle) -> bool:
    """The sentence opens with an anaphor ("It", "The flagship") and names its first vehicle
    after a verb: that vehicle is an object, not the subject."""
    # the anaphor opens the sentence, or follows only a reporting frame ("Sources suggest the
    # new SUV carries ..."): no vehicle is named before it; a code in an opening appositive
    # ("Known internally as E28, the saloon ...") names no subject
    app_end = next((e for s, e, k in sent.clauses if k == "app" and s == sent.span.start), None)
    first_named = min(
        (v.start for v in sent.vehicles if not (v.code_only and app_end and v.start < app_end)),
        default=sent.span.end,
    )
    opening = sorted(
        (s, e)
        for key in _ANAPHOR_KEYS
        for s, e in sent.cues.get(key, ())
        if sent.span.start <= s < first_named and sent.span.doc[s].lower_ != "its"
    )
    if not opening:
        return False
    anaphor_end = opening[0][1]
    if first.start <= anaphor_end:
        return False
    anaphor_clause = sent.clause_of(opening[0][0])
    if sent.clause_kind(opening[0][0]) == "sub" and anaphor_clause != sent.clause_of(first.start):
        return False  # "Before it arrives, we drove an X": the anaphor's clause is another
    if sent.span.doc[opening[0][0]].lower_ in ("it", "they") and any(
        s.label_ == "BRAND"
        and s.start < opening[0][0]
        and (s._.normalized or s.text) == first.subject.brand
        for s in sent.spans
    ):
        return False  # "Mercedes has said little, but it will show the C-Class": the maker
    if sent.span.doc[opening[0][0] : anaphor_end].text.lower().endswith(tuple(_LINE_NOUNS)):
        # "Our range begins at the Kestrel Core", "At the summit of the line-up now sits the
        # Ultra": the trim is the new topic
        return False
    at = opening[0][0]
    if (
        at > sent.span.start
        and sent.span.doc[at].lower_ == "it"
        and sent.span.doc[at - 1].lower_ in _POSITION_WORDS
    ):
        return False  # "Below it, the line adds an X": the anaphor is no subject; the X is
    # a verb between them ("gets", "will add"); a copula names the subject instead ("The
    # newcomer is the X")
    verbs = [
        t.lower_
        for t in sent.span.doc[anaphor_end : first.start]
        if t.is_alpha
        and t.is_lower
        and (t.lower_ in _AUXILIARIES or t.lower_.endswith("s"))
        and t.lower_ not in _NOT_VERBS
    ]
    # "In China it is sold as the EZ-60": another name for it, not a new subject
    k = first.start - 1
    while k > anaphor_end and sent.span.doc[k].lower_ in _DETERMINERS:
        k -= 1
    if verbs and sent.span.doc[k].lower_ == "as":
        return True
    # "The maker's cheapest model will be the X": a copula after a modal is one too (not
    # "is not fitted with the pack of the X", a passive: its participle is the verb)
    last_verb = max(
        (t.i for t in sent.span.doc[anaphor_end : first.start] if t.lower_ in verbs),
        default=anaphor_end,
    )
    passive = any(
        t.is_lower
        and t.is_alpha
        and t.lower_.endswith("ed")
        and t.nbor().lower_ != "to"  # "is expected to reappear in the X": a hedge, no passive
        for t in sent.span.doc[last_verb + 1 : k]
    )
    if verbs and set(verbs) <= _COPULAS | _MODALS and verbs[-1] in _COPULAS and not passive:
        # "It is too dear for the grant that the X gets": the car named inside
        # what follows the copula is no subject
        if any(t.lower_ in ("that", "which", "for") for t in sent.span.doc[anaphor_end:k]):
            return True
        # "It is the roomiest Tiguan yet": a class the subject tops, not a new subject
        return any(_ranks(t) for t in sent.span.doc[k : first.start + 1][:2])
    return bool(verbs)


def _past_conversion(doc: Doc, k: int, end: int) -> int:
    """The token after a conversion in parentheses opening at ``k`` ("9 kg (20 lb) ..."),
    looked for before ``end``; ``k`` itself when none opens there or it does not close."""
    end = min(end, len(doc))
    if k < end and doc[k].text == "(":
        return next((m + 1 for m in range(k, end) if doc[m].text == ")"), k)
    return k


def _gross_after(doc: Doc, q: Span) -> bool:
    """ "3,130 kg (6,901 lb) gross", "a 3,490 kg gross rating": "gross" follows the mass
    figure, past its conversion."""
    if q._.measure is None or q._.measure.dimension != "mass":
        return False
    k = _past_conversion(doc, q.end, q.end + 8)
    return k < len(doc) and doc[k].lower_ == "gross"


def _equipment_subject(sent: _Sentence, q: Span) -> bool:
    """The figure's clause opens on a piece of equipment as its subject ("The caravan ...
    weighed", "Our trailer is"), and no vehicle stands between it and the figure."""
    start, _ = sent.clause_of(q.start)
    doc = sent.span.doc
    k = start
    while k < q.start and (doc[k].is_space or doc[k].lower_ in _DETERMINERS | {"our", "its"}):
        k += 1
    if k == start or k >= q.start:
        return False
    opening = [(s, e) for s, e in sent.cues.get("equipment", ()) if s == k]
    return bool(opening) and not any(opening[0][1] <= v.start < q.start for v in sent.vehicles)


def _priced_for(sent: _Sentence, i: int, end: int, vehicle: _Vehicle) -> bool:
    """A figure right before "for the <car>" (its conversion in parentheses between) is that
    car's: "£28,970 for the A and £36,580 for the B", "7.3 seconds for the A, 6.1 for the B"."""
    doc = sent.span.doc
    if not any(q.start == i for q in sent.quantities):
        return False
    k = end + _parenthesised(doc, end, vehicle.start)
    if k >= vehicle.start or doc[k].lower_ != "for":
        return False
    return all(
        t.lower_ in _DETERMINERS or (t.is_lower and t.is_alpha) for t in doc[k + 1 : vehicle.start]
    )


def _maker_before(sent: _Sentence, clause_start: int) -> bool:
    """A maker's name stands right before the comma that opens the clause ("Kia, which")."""
    doc = sent.span.doc
    k = clause_start - 1
    while k > sent.span.start and doc[k].text == ",":
        k -= 1
    if doc[clause_start].text == "," or doc[k + 1].text == ",":
        return any(v.label_ == "BRAND" and v.end == k + 1 for v in sent.spans)
    return False


def _figure_before(sent: _Sentence, start: int) -> Span | None:
    """The figure written right before token ``start`` ("the 320 kW EV6 GT")."""
    return next((q for q in sent.quantities if q.end == start and not q._.restates), None)


def _give_paragraph_code(vehicle: _Vehicle, codes: dict[str, Subject]) -> None:
    """A bare name gets the code its paragraph opened on (``codes``: model -> coded subject)."""
    subject = vehicle.subject
    coded = codes.get(subject.model or "")
    if (
        coded is None
        or vehicle.compared
        or subject.code
        or subject.variant
        or subject.generation
        or coded.brand not in (None, subject.brand)
    ):
        return
    vehicle.subject = _subject(subject.brand, subject.model, coded.code, None, coded.generation)


def _sized_version(sent: _Sentence, article: int, end: int) -> bool:
    """ "a 90 kWh model", "a 300 hp version": a figure between the article and the noun sizes
    a version of the car the text is on, not a new, unnamed car."""
    return any(
        article < q.start < end and q._.measure is not None and q._.measure.unit in _SIZING_UNITS
        for q in sent.quantities
    )


def _rank_the_subject(sent: _Sentence, carried: Subject | None) -> None:
    """ "It is the roomiest Tiguan yet": the model named after a copula and a
    ranking word is the subject itself (the carried generation or trim), not another car."""
    if carried is None or not sent.vehicles:
        return
    first = sent.vehicles[0]
    named = first.subject
    if (
        named.model == carried.model
        and named != carried
        and not (named.variant or named.code)
        and first.start > sent.span.start
        and _ranks(sent.span.doc[first.start - 1])
        and _anaphoric_subject(sent, first)
    ):
        first.subject = carried


def _rank_the_named(sent: _Sentence) -> None:
    """ "The Kestrel Core is the quickest two-door Kestrel yet": the model
    ranked after a copula is the car named before it, not the plain model."""
    doc = sent.span.doc
    for first, later in itertools.combinations(sent.vehicles, 2):
        named = later.subject
        if (
            named.model != first.subject.model
            or named == first.subject
            or named.variant
            or named.code
            or first.compared
        ):
            continue
        k = later.start - 1
        while k > first.end and (doc[k].is_lower or doc[k].text == "-") and not _ranks(doc[k]):
            k -= 1  # "front-wheel-drive", "electric": describing words before the name
        if (
            k > first.end + 1
            and _ranks(doc[k])
            and doc[k - 1].lower_ in ("the", "most", "least")
            and any(t.lower_ in _COPULAS for t in doc[first.end : k])
        ):
            later.subject = first.subject


def _ranks(token) -> bool:
    """A superlative or ordinal that ranks the noun after it ("the lightest", "the first")."""
    low = token.lower_
    return low in _RANKING_WORDS or (low.endswith("est") and len(low) > 5 and token.is_alpha)


def _describe_codes(sent: _Sentence, codes: dict[tuple[str, str], str]) -> None:
    """Record which code "the <adjective> <model>" carries where the text ties one to it
    ("The electric C-Class, known internally as W207"), and give that code to the same
    description later on ("Every version of the electric C-Class")."""
    doc = sent.span.doc
    for vehicle in sent.vehicles:
        subject = vehicle.subject
        k = vehicle.start - 1
        if subject.variant or not subject.model or vehicle.code_only or k <= sent.span.start:
            continue
        word = doc[k]
        # "the electric C-Class", "every electric GLC", "an electric GLC"
        opener = doc[k - 1]
        if not (
            word.is_alpha and word.is_lower and opener.lower_ in ("the", "every", "each", "an", "a")
        ):
            continue
        if subject.code:
            codes.setdefault((subject.model, word.lower_), subject.code)
        elif (subject.model, word.lower_) in codes:
            vehicle.subject = subject.model_copy(update={"code": codes[subject.model, word.lower_]})


def _after_makers_figure(doc: Doc, cue: int, figure_tokens: set[int], makers: set[int]) -> bool:
    """The cue word stands after a figure the maker's possessive opens: "Skoda's 6.5-second
    claim", "Kia's 600 km figure"."""
    k = cue - 1
    if k not in figure_tokens and doc[k].text != "-":
        return False
    while k >= 0 and (k in figure_tokens or doc[k].text == "-"):
        k -= 1
    return k >= 1 and doc[k].lower_ in _POSSESSIVES and k in makers


def _add_succession(add, newer: _Vehicle, older: Subject | None) -> None:
    """``newer`` succeeds ``older`` (no fact when the older car is unknown or the same)."""
    if older is None or _key(older) == _key(newer.subject):
        return
    add(
        {
            "subject": newer.subject,
            "predicate": "successor_of",
            "value": _model_level(older).name,
            "negated": False,
        },
        newer.start,
        single=True,
    )


def _add_site(add, vehicle: _Vehicle, town: str, negated: bool = False) -> None:
    """A production-site fact for a vehicle named where the town is."""
    add(
        {
            "subject": vehicle.subject,
            "predicate": "production_site",
            "value": town,
            "negated": negated,
        },
        vehicle.start,
    )


def _opening_phrase_vehicle(
    sent: _Sentence, vehicles: list[_Vehicle], openers: frozenset[str], window: int
) -> _Vehicle | None:
    """ "For the Ultra, the maker has raised the output ...", "Called the Kestrel EREV, the
    newcomer ...": the vehicle within ``window`` words of a phrase the sentence opens with (by
    one of ``openers``), set off by a comma: what the sentence (and the next) is about."""
    doc = sent.span.doc
    first = sent.span.start
    if doc[first].lower_ not in openers:
        return None
    vehicle = next((v for v in vehicles if v.start - first <= window), None)
    if vehicle is None or vehicle.end >= sent.span.end or doc[vehicle.end].text != ",":
        return None
    return vehicle


def _temporal_clause_subject(sent: _Sentence, topical: list[_Vehicle]) -> _Vehicle | None:
    """ "Until the X is built in Oulu, buyers get it from Kemi": the one car a fronted temporal
    clause is about is what the main clause's pronoun (or "the SUV") points at, when the main
    clause names no car of its own."""
    doc = sent.span.doc
    first = sent.span.start
    if doc[first].lower_ not in _TEMPORAL_OPENERS:
        return None
    comma = next((t.i for t in sent.span if t.text == ","), None)
    if comma is None:
        return None
    inside = [v for v in topical if v.end <= comma]
    if len(inside) != 1 or any(v.start > comma for v in topical):
        return None
    (vehicle,) = inside
    if vehicle.subject.variant is not None or vehicle.end + 1 >= comma:
        return None  # "After the X, it ...": no clause of its own about the car
    anaphors = [s for key in _ANAPHOR_KEYS for s, _ in sent.cues.get(key, ()) if s > comma]
    return vehicle if anaphors else None


def _points_back(doc: Doc, start: int, end: int) -> bool:
    """A denial pointing back at what came before: "Honda denies it", "denies the report",
    "this is plainly not the case" (a pointer a few words before the denial)."""
    return (
        doc[end - 1].lower_ in _BACK_POINTING_ENDS
        or any(
            t.lower_ in _BACK_POINTERS
            # "returns in May, long after it was axed": a past of its own, not a denial
            and not (t.i > 0 and doc[t.i - 1].lower_ in _TEMPORAL_OPENERS)
            for t in [t for t in doc[max(0, start - 6) : start] if not t.is_punct][-3:]
        )
    )


def _topic_verb_before(sent: _Sentence, vehicle: _Vehicle) -> bool:
    """ "It previews the GT70": a verb whose object is the car the article goes on about
    stands right before the vehicle (and its determiner)."""
    doc = sent.span.doc
    k = vehicle.start
    while k > sent.span.start and doc[k - 1].lower_ in _DETERMINERS:
        k -= 1
    return any(end == k for _, end in sent.cues.get("topic_verb", ()))


def _edition_name(name: str) -> bool:
    """ "Polar Edition", "edition": a name or word ending in "edition"."""
    return name.lower().endswith("edition")


def _old_figure(sent: _Sentence, q: Span) -> bool:
    """ "falls to €29,990 from €32,990": after "to <figure>", a figure of the same unit after
    "from" is the value it had."""
    doc = sent.span.doc
    k = q.start - 1
    while k > sent.span.start and doc[k].text in ("about", "around", "roughly"):
        k -= 1
    if doc[k].lower_ != "from":
        return False
    unit = q._.measure.unit
    return any(
        p.end <= k
        and (k - p.end <= 1 or _parenthesised(doc, p.end, k) == k - p.end)
        and p._.measure is not None
        and p._.measure.unit == unit
        and doc[p.start - 1].lower_ == "to"
        for p in sent.quantities
    )


def _names_an_engine(doc: Doc, vehicle: _Vehicle, nouns: set[str]) -> bool:
    """ "a 1.5 TSI petrol engine", "a 70 kW 1.0 TSI three-cylinder": a version's name used
    for the engine a car has (``nouns``: "engine", "cylinder", ...)."""
    if vehicle.subject.variant is None:
        return False
    k = vehicle.end
    while k < len(doc) and k - vehicle.end < 4 and doc[k].lower_ not in nouns:
        if not (doc[k].is_lower or doc[k].text == "-"):
            return False
        k += 1
    return k < len(doc) and doc[k].lower_ in nouns


def _names_a_route(
    doc: Doc, q: Span, nouns: set[str], odometers: frozenset[str] = frozenset()
) -> bool:
    """A distance that measures a drive, not a car: "a 150-mile (241 km) loop", "our 400 km
    test route", "the second stage, 210 km", "Lyon to Turin, 310 km", "the 240 km to
    Bologna", "over the entire 1,400 km"."""
    before = list(doc[max(q.start - 4, 0) : q.start])
    words = [t.lower_ for t in before]
    if (
        (words[-2:-1] and words[-1] in (",", "of") and words[-2] in nouns)
        # "Lyon to Turin, 310 km": two places and a comma
        or (
            len(before) == 4
            and before[0].is_title
            and words[1] == "to"
            and before[2].is_title
            and words[3] == ","
        )
        or words[-2:] == ["over", "the"]
        or (words[-3:-1] == ["over", "the"] and words[-1] in ("whole", "entire", "full", "total"))
    ):
        return True
    k = q.end
    if k < len(doc) and doc[k].text == "(":
        while k < len(doc) and doc[k].text != ")" and k - q.end < 8:
            k += 1
        k += 1
    while (
        k < len(doc)
        and k - q.end < 10
        # "a 3.8-mile GT layout", "the 20.8 km Nordschleife circuit"
        and (doc[k].lower_ in ("test", "mixed", "motorway") or doc[k].is_title or doc[k].is_upper)
    ):
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in ("to", "from") and doc[k + 1].is_title:
        return True  # "the 240 km (149 miles) to Bologna"
    if doc[k : k + 3].text.lower() in odometers:
        return True  # "with 29,700 miles on the clock": how far the car was driven
    return k < len(doc) and doc[k].lower_ in nouns


def _after_an(doc: Doc, start: int, figures: set[int]) -> bool:
    """ "a" or "an" stands before token ``start``, maybe with a figure between ("an 85 kW
    (114 hp) 1.0 TSI")."""
    k = start - 1
    while k >= 0 and (k in figures or doc[k].text in "()"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("a", "an")


def _our_test_car(sent: _Sentence, vehicle: _Vehicle) -> bool:
    """ "our EV6 GT-Line test car", "my Long Range tester": the version the writer drove."""
    doc = sent.span.doc
    if vehicle.subject.variant is None or doc[vehicle.start - 1].lower_ not in ("our", "my"):
        return False
    # "..., while our Q7 50 TDI came to £X as tested": the price of the car driven says so too
    return (
        vehicle.end < len(doc) and doc[vehicle.end].lower_ in ("test", "tester", "long-termer")
    ) or "as tested" in doc[vehicle.end : sent.span.end].text


def _later_clause_subject(sent: _Sentence, main: _Vehicle | None) -> _Vehicle | None:
    """A trim of the main vehicle's model, or its model's other generation after the current
    one ("The current X is built in A, but the new X (C2) will ..."), opening a
    main clause after "and" / "but" / "so" or a semicolon."""
    if main is None or main.subject.variant:
        return None
    doc = sent.span.doc
    older = main.subject.generation in ("current", "previous")
    for start, end, kind in sent.clauses:
        # "...; in the Ultra, output rises to ...": a clause after a semicolon too
        joined = doc[start].lower_ in ("and", "but", "so") or (
            start > sent.span.start and doc[start - 1].text == ";"
        )
        if kind != "main" or start <= main.start or not joined:
            continue
        first = next((v for v in sent.vehicles if start <= v.start < end and not v.compared), None)
        if first is None or first.subject.model != main.subject.model:
            continue
        newer = older and not first.subject.variant and first.subject != main.subject
        words = [t.lower_ for t in doc[start + 1 : first.start]]
        if (
            (first.subject.variant or newer)
            and len(words) <= (12 if newer else 5)
            # "and the SE is", "and even the entry-level SE": a definite subject, not "and a
            # faster SE is expected" or "and the company said that the SE ..."
            and "the" in words
            and not {"that", "which", "who"} & set(words)
            and all(t.is_lower or t.is_punct for t in doc[start + 1 : first.start])
        ):
            return first
    return None


def _is_headline(sent: _Sentence, sentences: list[_Sentence]) -> bool:
    """A first line that stands alone and ends without a full stop is the article's title."""
    words = [t for t in sent.span if not t.is_space]
    alone = len(sentences) == 1 or sentences[1].paragraph != sent.paragraph
    return alone and bool(words) and words[-1].text != "."


def _opening_maker(sent: _Sentence, reporting_verbs: set[str]) -> str | None:
    """The maker a sentence opens with when it names no car: "Tesla says the car ...", or the
    one maker it names, speaking ("Production starts in May, and Tesla says ...")."""
    if any(s.label_ in _VEHICLE_LABELS for s in sent.spans):
        return None
    doc = sent.span.doc
    k = sent.span.start
    while k < sent.span.end and (doc[k].is_space or doc[k].is_punct):
        k += 1
    brand = next((s for s in sent.spans if s.label_ == "BRAND" and s.start == k), None)
    if brand is None:
        brands = [s for s in sent.spans if s.label_ == "BRAND"]
        if len(brands) != 1 or brands[0].end >= len(doc):
            return None
        after = brands[0].end
        if doc[after].lower_ in reporting_verbs or (
            # "each car is finished at Volvo's Oulu plant": the plant's owner builds its car
            doc[after].text in _POSSESSIVES
            and any(after < s <= after + 4 for s, _ in sent.cues.get("site_noun", ()))
        ):
            return brands[0]._.normalized or brands[0].text
        return None
    if brand.end < len(doc) and doc[brand.end].text in _POSSESSIVES:
        return None  # "Kia's second victory": not the maker speaking
    return brand._.normalized or brand.text


def _turns_to_maker(sent: _Sentence, topical: list[_Vehicle], current: Subject) -> bool:
    """The sentence names another maker and only that maker's vehicles, outside its main
    clauses: the article has moved on to them."""
    brands = {v.subject.brand for v in topical if not v.compared}
    named = {s._.normalized or s.text for s in sent.spans if s.label_ == "BRAND"}
    doc = sent.span.doc
    if any(doc[sent.clause_of(v.start)[0]].lower_ in _TEMPORAL_OPENERS for v in topical):
        return False  # "It is Kia's second win, after the EV6 took the title in 2022": history
    return (
        current.brand is not None
        and len(brands) == 1
        and current.brand not in brands
        and bool(brands & named)
    )


def _period_start(interval) -> dt.date | None:
    """The first day of the period an open interval ends with ("until March 2027": 1 March)."""
    last = interval.latest
    if last is None:
        return None
    if interval.granularity == "year":
        return dt.date(last.year, 1, 1)
    if interval.granularity == "quarter":
        return dt.date(last.year, last.month - 2, 1)
    if interval.granularity == "month":
        return dt.date(last.year, last.month, 1)
    if interval.granularity == "day":
        return last
    return None


def _heading_date(sent: _Sentence, date: Span) -> bool:
    """A date opening its sentence before a dash or colon: a timeline entry's heading."""
    doc = sent.span.doc
    first = next((t.i for t in sent.span if not t.is_space), sent.span.start)
    return date.start == first and date.end < sent.span.end and doc[date.end].text in _HEADING_MARKS


def _dateline(sent: Span, date: Span) -> bool:
    """A date in a wire story's dateline: after a place in capitals at the sentence's start,
    before the dash that opens the story ("SHANGHAI, March 3 (Wire) - Leapmotor will ...")."""
    doc = sent.doc
    lead = [t for t in doc[sent.start : date.start] if not t.is_space]
    if not lead or len(lead) > 4 or not all(t.is_punct or t.is_upper for t in lead):
        return False
    return any(t.text in ("-", "–", "—") for t in doc[date.end : min(date.end + 5, sent.end)])


def _successor_clause(
    sent: _Sentence,
    i: int,
    found: Subject | None,
    generation_codes: dict[str, dict[str, str]],
    lexicon: _Lexicon,
) -> Subject | None:
    """ "The current GLE (W167) went on sale in 2019; its replacement is due to premiere in
    September": a later clause opened by "its replacement" is about the next generation."""
    start = sent.clause_of(i)[0]
    # "..., but its successor arrives later": the conjunction opening the clause
    start += sent.span.doc[start].lower_ in ("but", "and", "while", "whereas")
    words = [t.lower_ for t in sent.span.doc[start : start + 2]]
    if (
        found is None
        or start == sent.span.start
        or len(words) < 2
        or words[0] != "its"
        or words[1] not in lexicon.successor_nouns
        or found.generation == "next"
        or any(start <= v.start < i for v in sent.vehicles)
    ):
        return found
    code = generation_codes.get(found.model or "", {}).get("next")
    return _subject(found.brand, found.model, code, None, "next")


def _opens_with_successor(sent: _Sentence, lexicon: _Lexicon) -> bool:
    """ "Its successor, ...", "The replacement ...": the sentence is about the next one."""
    words = [t.lower_ for t in _leading_words(sent.span, 3)]
    return (
        len(words) >= 2
        and words[0] in ("its", "their", "the")
        and words[1] in lexicon.successor_nouns
    )


def _succeeded(doc: Doc, end: int, lexicon: _Lexicon) -> bool:
    """ "The Chiron's successor": the vehicle named is the predecessor, not the subject."""
    if end + 1 >= len(doc) or doc[end].text not in _POSSESSIVES:
        return False
    # "the Zoe's effective replacement": a describing word may stand before the noun
    k = end + 1
    while k < min(end + 3, len(doc) - 1) and doc[k].is_lower and doc[k].is_alpha:
        if doc[k].lower_ in lexicon.successor_nouns:
            return True
        k += 1
    return doc[k].lower_ in lexicon.successor_nouns


#: words the comparing words before a car are read past ("than the X", "than its X")
_COMPARED_SKIPPED = frozenset({"the", "a", "an", "its", "'s", "’s"})


def _compared(doc: Doc, start: int, comparison: _Comparison) -> bool:
    """True when the words just before a vehicle, in its sentence, make it a point of
    comparison."""
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    # "derived from the new-gen X": a generation compound before the name is part of
    # it, not one of the words that compare
    named = start
    if named - 3 >= sent_start and doc[named - 1].lower_ in ("generation", "gen"):
        named -= 3 if doc[named - 2].text == "-" else 2
    window = doc[max(named - 5, sent_start) : named]
    words = [t.lower_ for t in window if t.lower_ not in _COMPARED_SKIPPED]
    if not words:
        return False
    if words == ["with"] and any(t.text == "," for t in doc[start + 1 : start + 5]):
        # "With the Escape gone, the Bronco Sport ...": a circumstance, not the subject
        return True
    if (
        words[0] == "with"
        and len(words) <= 3
        and all(w.isalpha() and w.islower() for w in words[1:])
        and doc[sent_start].lower_ == "with"
        and _participle_before_comma(doc, start + 1)
    ):
        # "With the electric X due next year, the petrol car ...": the same, with
        # a describing word or two before the name and a longer phrase after it
        return True
    if words[-1] == "," and len(words) > 1 and words[-2] in comparison.nouns:
        return False  # "Its open-top sibling, the Y, ...": an appositive naming the subject
    if words[-1] == "as" and any(
        t.lower_ == "same" for t in doc[max(start - 13, sent_start) : start - 1]
    ):
        return True  # "uses the same 2.0-litre engine as the X": the X is the comparison
    if (
        doc[sent_start : sent_start + 2].text.lower() == "the same"
        and any(w in ("to", "by") for w in words[-3:])
        and start - sent_start > 3
    ):
        return True  # "The same unit also goes to the bigger X": another car
    # the comparison word may stand before an adjective or two ("like the new X"); before a
    # verb it opens an inverted sentence whose subject the vehicle is ("Parked alongside was
    # the X")
    last = max((k for k, w in enumerate(words[-3:]) if w in comparison.words), default=None)
    if (
        last is not None
        and words[-3:][last] == "between"
        and len(words) > len(words[-3:]) - last
        and words[len(words) - len(words[-3:]) + last - 1] in _CHOICE_WORDS
    ):
        return False  # "choose between the X and the Y": options, not a comparison
    if last is not None:
        # "Above it, the Omoda 9 costs ...": the comparison ends at the comma before the name
        return not any(w in _INVERTING_VERBS or w == "," for w in words[-3:][last + 1 :])
    if _donor(doc, start, comparison):
        return True
    over = [t.i for t in window if t.lower_ == "over"]
    if over and any(
        any(c.isdigit() for c in doc[k].text)
        for k in range(max(over[-1] - 2, sent_start), over[-1])
    ):
        return True  # "up 25 kW over the plain X": the figure's point of comparison
    clause = doc[max(start - 8, sent_start) : start]
    if any(
        a.lower_ in _RELATIVE_OPENERS
        and b.lower_ in comparison.past_markers
        and not any(t.text == "," for t in doc[b.i : start])
        for a, b in itertools.pairwise(clause)
    ):
        return True  # "the plant that once built the X": a car of the past, background
    # "shares the CMF-B platform with the Duster": the sharer named after what is shared;
    # "will borrow the four-cylinder from the Golf GTI": the donor of a part
    if words[-1] == "with" and any(
        t.lower_ in comparison.share_verbs for t in doc[max(start - 14, sent_start) : start]
    ):
        return True
    if words[-1] == "from" and any(
        t.lower_ in comparison.borrow_verbs for t in doc[max(start - 14, sent_start) : start]
    ):
        return True
    if words[-1] == "from" and len(words) > 1 and words[-2] in comparison.part_nouns:
        return True  # "the turbocharged four-cylinder from the Golf GTI": the part's donor
    if words[-1] == "of" and any(w in comparison.multipliers for w in words[-4:-1]):
        return True  # "three times the output of the X", "half the mass of the X"
    last = words[-4:]
    if (
        named - 3 >= sent_start
        and doc[named - 2].text == "-"
        and doc[named - 1].is_alpha
        and doc[named - 1].is_lower
        and doc[named - 3].is_alpha
        and doc[named - 3].is_lower
    ):
        # "compared with the street-legal X": a pair before a describing compound
        before = doc[max(named - 8, sent_start) : named - 3]
        last = [t.lower_ for t in before if t.lower_ not in _COMPARED_SKIPPED][-4:]
    # "the X's sister model to the Y" compares; in "The first model to change is the Y" a verb
    # stands between the pair and the car, which the sentence names as its subject
    return any(
        pair in comparison.pairs and not any(w in _AUXILIARIES for w in last[k + 2 :])
        for k, pair in enumerate(itertools.pairwise(last))
    )


def _opens_with_car(doc: Doc, start: int, car_starts: set[int]) -> bool:
    """The sentence at ``start`` opens with a car or its maker ("The Kestrel ...", "Volvo's
    ..."), so a verb coordinated later in it has the car as its subject."""
    return start in car_starts or (doc[start].lower_ in _DETERMINERS and start + 1 in car_starts)


def _donor(doc: Doc, start: int, comparison: _Comparison) -> bool:
    """ "will share the Peugeot's pack", "borrows the GTI's engine": the vehicle right after a
    share or borrow verb lends what the subject gets."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in _DETERMINERS:
        k -= 1
    return k >= 0 and doc[k].lower_ in comparison.donor_verbs


_INVERTING_VERBS = {"was", "is", "were", "are", "sat", "sits", "stood", "stands"}
_RELATIVE_OPENERS = {"that", "which", "where"}
#: what a car is denied "in" when it is a form of it, not a market
_FORM_NOUNS = {"form", "guise", "configuration", "spec", "specification", "trim"}
#: words that open an aside set off by commas after a noun: "the gearbox, as on the coupe"
_ASIDE_OPENERS = {"with", "which", "like", "as", "including"}
#: words before a plant's name that show "works" after it is the plant ("the Oulu works")
_SITE_OPENERS = {"the", "its", "their", "his", "her", "our", "at", "in", "from", "to", "of"}
_COORDINATION_GAP = {"and", ",", "the", "both", "its", "&", "as", "well", "nor"}
#: what a denied feature may be called before its verb: "a front-wheel-drive version will not"
#: participles that say where a part is had, between it and its denied verb, and the words
#: of the place phrase after them ("offered in the US")
_PLACING_PARTICIPLES = {"offered", "sold", "fitted", "available", "used"}
_PLACE_PHRASE_WORDS = {"in", "on", "at", "for", "to", "the"}
#: a drive layout named as a system ("the AWD system") is a part, not a car
_SYSTEM_NOUNS = {"system", "systems"}
_DENIED_HEADS = {
    "system",
    "version",
    "versions",
    "variant",
    "variants",
    "model",
    "models",
    "option",
    "layout",
}


def _coordinated(sent: _Sentence, subject: Subject, anchor: int) -> list[Subject]:
    """The subject plus the vehicles joined to it by "and" in its clause, before the claim
    ("Both the A and the B are built in X", "the A, B and C use ...") or listed after "for"
    ("410 km for the Pure and Pro"); a comma alone joins only inside such a list, never
    "Unlike the A, the B ..."."""
    doc = sent.span.doc
    clause_start, clause_end = sent.clause_of(anchor)
    named = [v for v in sent.vehicles if clause_start <= v.start and v.end <= anchor]
    # the subject's mention nearest the claim: "sold as the A, B and C, with the top C
    # costing X" joins nothing to the C named again
    index = max((k for k, v in enumerate(named) if v.subject == subject), default=None)
    if (
        index is None
        and clause_start > sent.span.start + 1
        and sent.clause_kind(anchor) == "rel"
        and doc[clause_start].lower_ in ("which", "that", "who")
        and clause_start + 1 < clause_end
        and _plural_present(doc[clause_start + 1])
        and doc[clause_start - 1].text == ","
    ):
        # "The A and B, which share the X platform, ...": a plural verb after the
        # relative pronoun speaks of every car joined in its antecedent
        return _coordinated(sent, subject, clause_start - 1)
    if index is None:
        # "a range of 410 km for the Pure and Pro": the trims listed after the claim
        later = [v for v in sent.vehicles if anchor <= v.start < clause_end]
        first = next((k for k, v in enumerate(later) if v.subject == subject), None)
        if first is None:
            return [subject]
        k = later[first].start - 1
        while k > clause_start and doc[k].lower_ in _DETERMINERS:
            k -= 1
        if doc[k].lower_ != "for":
            return [subject]
        subjects = [subject]
        for left, right in itertools.pairwise(later[first:]):
            gap = doc[left.end : right.start]
            if not gap or any(t.lower_ not in ("and", "the", "&") for t in gap):
                break
            if right.subject not in subjects:
                subjects.append(right.subject)
        return subjects

    def joins(left: _Vehicle, right: _Vehicle, seen_and: bool) -> tuple[bool, bool]:
        # "the A hatchback and the B saloon": a body noun closing the first name
        k = left.end
        while k < right.start and k in sent.nominal_tails:
            k += 1
        gap = doc[k : right.start]
        if not gap or any(t.lower_ not in _COORDINATION_GAP for t in gap):
            return False, seen_and
        has_and = any(t.lower_ in {"and", "&", "nor"} for t in gap)  # "neither the A nor the B"
        return has_and or (seen_and and any(t.text == "," for t in gap)), seen_and or has_and

    chain = [named[index]]
    seen_and = False
    for k in range(index, 0, -1):
        ok, seen_and = joins(named[k - 1], named[k], seen_and)
        if not ok:
            break
        chain.insert(0, named[k - 1])
    subjects = []
    for vehicle in chain:
        if vehicle.subject not in subjects:
            subjects.append(vehicle.subject)
    return subjects


def _plural_present(token) -> bool:
    """A verb that can only be plural and present ("share", "use", "are"), not "shares",
    "moved" or a modal that fits one car as well as two."""
    low = token.lower_
    return (
        token.is_alpha
        and token.is_lower
        and (low in ("are", "have", "were") or not (low.endswith(("s", "ed")) or low in _MODALS))
    )


def _subject(
    brand: str | None,
    model: str | None,
    code: str | None,
    variant: str | None,
    generation: str | None,
) -> Subject:
    # "Polestar 2", "Renault 5", "Mazda6", "DS 9" (DS Automobiles): a model named with its
    # brand is not "Polestar Polestar 2"; a variant named with its model ("GLC 400 4MATIC")
    # likewise
    parts = [brand, model, variant]
    if (
        brand
        and model
        and (
            (model.startswith(brand) and not model[len(brand) : len(brand) + 1].isalpha())
            or model.split()[0] == brand.split()[0]
        )
    ):
        parts[0] = None
    if model and variant and variant.startswith(model + " "):
        parts[1] = None
    if not model and not variant and code:
        parts = [brand, code]  # "Ford CX9": a car known by its code alone, with its maker
    name = " ".join(x for x in parts if x)
    return Subject(
        name=name, brand=brand, model=model, code=code, variant=variant, generation=generation
    )


def _evidence(span: Span) -> Evidence:
    text = span.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    start = span.start_char + lead
    return Evidence(text=stripped, start_char=start, end_char=start + len(stripped))


def _key(subject: Subject) -> tuple:
    return (subject.model, subject.code, subject.variant)


def _names_its_model(fact: Fact) -> bool:
    """The fact's evidence names its subject's model ("the Kestrel (K9)", not "The K9")."""
    return bool(fact.subject.model) and fact.subject.model in fact.evidence.text


def _merge(facts: list[Fact]) -> list[Fact]:
    """One fact per claim: same subject, predicate, value and polarity; keep every evidence.

    An undated facelift ("X facelift brought forward") is the same claim as a dated one about
    the same vehicle, told less precisely: it merges into the dated one. So does a claim told
    without the code (a headline) into the one coded fact of that model telling it.
    """
    dated_facelifts = {
        (_key(f.subject), f.negated): f
        for f in facts
        if f.predicate == "facelift" and (f.earliest or f.latest)
    }
    facts = [
        dated.model_copy(update={"evidence": f.evidence, "certainty": f.certainty})
        if f.predicate == "facelift"
        and not (f.earliest or f.latest)
        and (dated := dated_facelifts.get((_key(f.subject), f.negated))) is not None
        else f
        for f in facts
    ]
    # "330PS" (a headline) and "243 kW (330 PS)" (the body): the figure
    # without a conversion is the one with it, restated
    restated = {
        (_key(f.subject), f.predicate, f.negated, a.value, a.unit): f
        for f in facts
        for a in f.also
        if a.value is not None
    }
    fuller = {
        id(f): target
        for f in facts
        if not f.also
        and f.value is not None
        and (target := restated.get((_key(f.subject), f.predicate, f.negated, f.value, f.unit)))
        is not None
    }
    facts = [
        f.model_copy(
            update={
                "value": fuller[id(f)].value,
                "unit": fuller[id(f)].unit,
                "also": fuller[id(f)].also,
            }
        )
        if id(f) in fuller
        else f
        for f in facts
    ]

    # "electric Cullinan due in early 2028" (a headline) and "The Cullinan (RR32) ... in
    # early 2028": a claim told once without the code is the coded one's, when only one
    # coded fact of that model tells it
    def claim(f: Fact) -> tuple:
        return (f.subject.model, f.subject.variant, f.predicate, f.value, f.low, f.high,
                f.unit, f.earliest, f.latest, f.negated)  # fmt: skip

    coded: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.subject.code and f.predicate != "model_code":
            coded[claim(f)].append(f)
    facts = [
        f.model_copy(update={"subject": coded[claim(f)][0].subject})
        if not f.subject.code
        and f.subject.model
        and len({c.subject.code for c in coded.get(claim(f), ())}) == 1
        else f
        for f in facts
    ]
    merged: dict[tuple, Fact] = {}
    for fact in facts:
        key = (
            _key(fact.subject),
            fact.predicate,
            fact.value,
            fact.low,
            fact.high,
            fact.unit,
            fact.earliest,
            fact.latest,
            fact.negated,
        )
        seen = merged.get(key)
        if seen is None:
            merged[key] = fact
            continue
        evidence = [seen.evidence, *seen.more_evidence]
        more = list(seen.more_evidence)
        if fact.evidence not in evidence:
            more.append(fact.evidence)
        certainty = max(seen.certainty, fact.certainty, key=_CAUTION.__getitem__)
        if fact.predicate == "model_code":
            # a code is as sure as the first mention that ties it to its model by name
            certainty = (
                fact.certainty
                if _names_its_model(fact) and not _names_its_model(seen)
                else seen.certainty
            )
        merged[key] = seen.model_copy(
            update={
                "more_evidence": more,
                "certainty": certainty,
                "qualifiers": {**fact.qualifiers, **seen.qualifiers},
                "also": seen.also or fact.also,
            }
        )

    # "Production is to begin in late 2026. ... Update: it will not begin in late 2026": a
    # claim the article later denies is withdrawn, not stated (whether or not the denial
    # repeats the code)
    def uncoded(key: tuple) -> tuple:
        return ((key[0][0], key[0][2]), *key[1:-1])

    denials: dict[tuple, int] = {}
    for key, fact in merged.items():
        if fact.negated:
            at = fact.evidence.start_char
            denials[uncoded(key)] = max(denials.get(uncoded(key), at), at)
    return [
        fact
        for key, fact in merged.items()
        if fact.negated or denials.get(uncoded(key), -1) < fact.evidence.start_char
    ]
