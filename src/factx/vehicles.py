"""The vehicles stage: brands, models, variants, platforms and internal model codes.

Names come from the gazetteers in ``<pipeline>/vehicles/`` (see :mod:`factx.gazetteer`); this
module holds only general matching logic:

1. phrase matching of every name and alias (case-sensitive unless a record says ``fold``), plus
   brand plurals ("Teslas") and shape patterns for variants ("xDrive40", "<model> 450 4MATIC");
2. context filters, so that short or word-like names ("A6", "Golf", "Seat") count only where
   their brand is named in the article or right before them;
3. internal codes found by shape *and* context (a parenthesis or adjacency to a model, a cue
   word, the known-code gazetteer), never on a name the gazetteer knows as something else;
4. linking: a variant to the model it belongs to, a code to the model it denotes (also across
   the article, in both directions), a model mention to its code and its generation.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .gazetteer import Entry, Gazetteer, GazetteerError

_PRIORITY = {"MODEL": 0, "VARIANT": 1, "PLATFORM": 2, "BRAND": 3, "MODEL_CODE": 4}
_GROUPED = re.compile(r"\d{1,3}(?:[,\u00a0 ]\d{3})+")
_THOUSANDS = re.compile(r"\d{3}")
_TRIM_NUMBER = re.compile(r"\d{2,3}|\d\.\d")
_YEAR = re.compile(r"^(?:19|20)\d\d(?:s)?$")
_CODE_PIECE = re.compile(r"^[A-Z0-9]{1,6}$")  # one piece of a compound code
_MODAL_VERBS = {"will", "can", "could", "should", "would", "may", "might", "must"}
_CONTRASTS = {"while", "whilst", "whereas", ";"}
_POSSESSIVE = {"'s", "’s", "'S", "’S", "'", "’"}
# words that end an appositive's noun phrase before its head noun ("a unit of the carmaker")
_APPOSITIVE_BREAKS = frozenset(
    {"of", "in", "which", "that", "who", "whose", "where", "with", "for", "by", "and", "or", "to"}
)
# function words end a noun phrase ("Ford's and the Mazda" is no "Ford's Mazda"); these
# five stop words also qualify a name ("Toyota's next Supra")
_NOT_ADJECTIVES = STOP_WORDS - {"next", "first", "last", "only", "own"}
#: A trim name with a parenthesised grade glued to it: "SX(O)", "AX7(L)" (the tokenizer keeps
#: it whole, see ``components.make_tokenizer``).
GRADED_NAME = re.compile(r"[A-Z][A-Za-z0-9+]*\([A-Z0-9]{1,2}\)")
#: Link strengths for a code's model: parenthesis/adjacency beats the gazetteer beats a cue.
_ADJ, _KNOWN, _CUE = 3, 2, 1


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    label: str
    entry: Entry | None
    normalized: str
    brand: str | None = None
    model: str | None = None
    code: str | None = None
    generation: str | None = None
    include_model: bool = False
    context: str = "any"
    named_model: bool = False  # a trim whose name says its model ("530i": a 5 Series)
    story_body: bool = False  # a trim given the nameplate's body the story is on, not the aside's


_NAME_NOUNS = frozenset({"name", "nameplate", "badge", "moniker"})
_NAMING_AUXILIARIES = {"be", "is", "are", "was", "been", "being"}


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "to"})
_COORDINATION_WORDS = frozenset({"and", "or", ",", "the", "a"})
_QUANTIFIERS = frozenset({"some", "any", "other"})


def _last_model(
    models: list[_Cand], k: int, unit_start: list[int], before: int | None = None
) -> _Cand | None:
    """The last model named in the sentence (or paragraph: ``unit_start``) of token ``k``,
    ending by ``before`` when given."""
    return next(
        (
            m
            for m in reversed(models)
            if m.label == "MODEL"
            and unit_start[m.start] == unit_start[k]
            and (before is None or m.end <= before)
        ),
        None,
    )


def _established_sibling(model: str, recent: list[_Cand]) -> str:
    """The body of one nameplate the article has named most so far, when ``model`` is another
    body of it ("the Kestrel Estate" in a story on the Kestrel that named the estate once, in
    passing): a trim with no model of its own in reach is the story's car, not the aside's."""
    named = Counter(c.normalized for c in recent if c.label == "MODEL")
    siblings = [
        name for name in named if name.startswith(model + " ") or model.startswith(name + " ")
    ]
    best = max(siblings, key=lambda name: named[name], default=None)
    return best if best is not None and named[best] > named[model] else model


def _paragraph_topic(models: list[_Cand], para_start: list[int], para: int) -> _Cand | None:
    """The model opening the last paragraph before ``para`` that names one: "The Pixis Epoch,
    ... the Mira e:S ... the Pixis Joy. || The vehicle is offered in L, X and G grades"."""
    before = [m for m in models if m.label == "MODEL" and m.start < para]
    if not before:
        return None
    last = para_start[max(m.start for m in before)]
    return next(m for m in before if para_start[m.start] == last)


class _Toks:
    """Token texts read once per Doc: indexing a Doc builds a Token object every time."""

    __slots__ = ("lowers", "para_start", "sent_start", "texts")

    def __init__(self, doc: Doc) -> None:
        self.texts: list[str] = [tok.text for tok in doc]
        self.lowers: list[str] = [text.lower() for text in self.texts]
        # index of the first token of each token's sentence (one sentence without a splitter)
        self.sent_start: list[int] = [0] * len(doc)
        if doc.has_annotation("SENT_START"):
            for sent in doc.sents:
                self.sent_start[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
        # index of the first token of each token's paragraph (a line break starts one)
        self.para_start: list[int] = [0] * len(self.texts)
        breaks = [i + 1 for i, t in enumerate(self.texts) if "\n" in t and not t.strip()]
        for lo, hi in zip(breaks, [*breaks[1:], len(self.texts)][: len(breaks)], strict=True):
            self.para_start[lo:hi] = [lo] * (hi - lo)

    def lower(self, i: int) -> str:
        """The lowercased text of token ``i``, or "" outside the Doc."""
        return self.lowers[i] if 0 <= i < len(self.lowers) else ""


def _possessive_brand_end(toks: _Toks, start: int) -> int | None:
    """Where a brand ends when it owns the name at ``start`` across one or two adjectives:
    "Hyundai's rugged Crater", "Jeep's new electric Cherokee" (the index of the "'s")."""
    k = start
    while k > 0 and start - k < 2:
        word = toks.texts[k - 1]
        if not (word.isalpha() and word.islower()) or word in _NOT_ADJECTIVES:
            break
        k -= 1
    if k == start or k == 0 or toks.texts[k - 1] not in _POSSESSIVE:
        return None
    return k - 1


class _TokenPattern:
    """The subset of spaCy's token patterns the trim-shape data uses, matched on token texts.

    Each step is ``{"TEXT"|"ORTH": literal | {"REGEX": r} | {"IN": [...]}}`` with an optional
    ``"OP": "?"``; the first step is required. Tried only where a trim can start, this is much
    cheaper than running spaCy's Matcher over every token.
    """

    def __init__(self, name: str, specs: list[dict]) -> None:
        self.steps: list[tuple[Callable[[str], object], bool]] = []
        self.first_regex: str | None = None  # the first step's regex, when it is one
        for k, spec in enumerate(specs):
            keys = set(spec) - {"OP"}
            optional = spec.get("OP") == "?"
            if len(keys) != 1 or not keys <= {"TEXT", "ORTH"} or spec.get("OP", "?") != "?":
                raise GazetteerError(f"pattern {name!r}: unsupported step {spec!r}")
            if k == 0 and optional:
                raise GazetteerError(f"pattern {name!r}: the first step cannot be optional")
            value = spec[keys.pop()]
            if isinstance(value, str):
                test: Callable[[str], object] = value.__eq__
                if k == 0:
                    self.first_regex = f"^{re.escape(value)}$"
            elif isinstance(value, dict) and "REGEX" in value:
                test = re.compile(value["REGEX"]).search
                if k == 0:
                    self.first_regex = value["REGEX"]
            elif isinstance(value, dict) and "IN" in value:
                test = frozenset(value["IN"]).__contains__
                if k == 0:  # one regex for all starts: see VehicleRecognizer.doc_first
                    self.first_regex = "^(?:" + "|".join(map(re.escape, value["IN"])) + ")$"
            else:
                raise GazetteerError(f"pattern {name!r}: unsupported value {value!r}")
            self.steps.append((test, optional))

    def ends(self, texts: list[str], start: int) -> list[int]:
        """Every end of a match starting at ``start`` (several when steps are optional)."""
        states = {start}
        for test, optional in self.steps:
            nxt = {k + 1 for k in states if k < len(texts) and test(texts[k])}
            if optional:
                nxt |= states
            states = nxt
            if not states:
                return []
        return sorted(e for e in states if e > start)


def _phrase_ending(words: list[str], j: int, lo: int, phrases: list[list[str]]) -> int | None:
    """Index of the first of ``phrases`` (lowercased word lists) ending at word ``j``."""
    for k, phrase in enumerate(phrases):
        n = len(phrase)
        if j - n + 1 >= lo and words[j - n + 1 : j + 1] == phrase:
            return k
    return None


_FAMILY_NAME = re.compile(r"([A-Z]{1,3}|[A-Z][a-z]{2,} )(\d{1,2})")


def _family(name: str) -> tuple[str, int] | None:
    """("EV", 1) for "EV7", ("Ioniq ", 1) for "Ioniq 5": a model name of capital letters, or
    of one word and a space, and a number."""
    match = _FAMILY_NAME.fullmatch(name)
    return (match.group(1), len(match.group(2))) if match else None


def _weak_form(form: str) -> bool:
    """Two characters or bare digits ("R5", "X1", "911"): too short to stand without the brand."""
    return len(form) <= 2 or form.isdigit()


def _lower_tokens(nlp: Language, phrase: str) -> tuple[str, ...]:
    return tuple(t.lower_ for t in nlp.make_doc(phrase))


class VehicleRecognizer:
    """Sets ``doc.spans["vehicles"]``: sorted, non-overlapping vehicle-world names."""

    def __init__(self, nlp: Language, data: Path | None) -> None:
        self.data = data
        _split_handles(nlp)
        directory = data / "vehicles" if data else None
        gaz = Gazetteer.load(directory) if directory and directory.is_dir() else Gazetteer()
        self.entries = gaz.entries
        self.code_shapes = gaz.code_shapes
        self.model_shape = (
            re.compile("|".join(f"(?:{p.pattern})" for p in gaz.model_shapes))
            if gaz.model_shapes
            else None
        )
        self.comparison_words = {w.lower() for w in gaz.cues.get("comparison_words", [])}
        self.not_model_words = {w.lower() for w in gaz.cues.get("not_model_words", [])}
        self.not_model_shape = (
            re.compile("|".join(f"(?:{p.pattern})" for p in gaz.not_model_shapes))
            if gaz.not_model_shapes
            else None
        )
        # one regex for all code shapes: tried on every token, so a single pass
        self.code_shape = re.compile(
            "|".join(f"(?:{p.pattern})" for p in gaz.code_shapes) or r"(?!x)x"
        )
        cues = gaz.cues
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_key: dict[int, list[int]] = {}
        self.key_form: dict[int, str] = {}
        self.capital_keys: set[int] = set()  # model names written in capitals
        # forms of models/variants/platforms and their brands: never codes where named
        self.name_owners: dict[str, set[str | None]] = {}
        self.code_entries: dict[str, list[Entry]] = {}
        # names the tokenizer glues to a final full stop ("Model Y.", "R1S."): split them
        self.split_pairs: set[tuple[str, str]] = set()
        self.model_last_words: set[str] = set()  # the last word of a model's name ("6")
        self.trim_last_words: set[str] = set()  # the last word of a trim's name ("e:HEV")
        self.trim_letters: set[str] = set()  # one-letter trims read after a model
        # each maker's own trims, by first word: "the Z Nismo" names Nissan's Z
        self.brand_trim_starts: dict[str, set[str]] = {}
        for entry in self.entries:
            if entry.label == "VARIANT" and entry.brand:
                starts = self.brand_trim_starts.setdefault(entry.brand, set())
                starts.update(form.split()[0] for form in entry.forms)
        self.last_words: set[str] = set()
        self.spaced_codes: dict[str, list[tuple[str, ...]]] = {}  # first word -> code's words
        forms_orth: dict[str, list[int]] = {}
        forms_lower: dict[str, list[int]] = {}
        for index, entry in enumerate(self.entries):
            target = forms_lower if entry.fold else forms_orth
            for form in entry.forms:
                target.setdefault(form.lower() if entry.fold else form, []).append(index)
                if entry.label in ("MODEL", "VARIANT", "PLATFORM"):
                    self.name_owners.setdefault(form, set()).add(entry.brand)
                if entry.label == "MODEL_CODE":
                    self.code_entries.setdefault(form, []).append(entry)
                    if " " in form:
                        parts = tuple(form.split())
                        self.spaced_codes.setdefault(parts[0], []).append(parts)
        # numbered families: a maker with two or more models of one letter prefix and as many
        # digits ("EV3", "EV6", "EV9") names a new one the same way ("EV7")
        members: dict[tuple[str, int], dict[str, int]] = {}
        for entry in self.entries:
            family = _family(entry.name) if entry.label == "MODEL" and entry.brand else None
            if family is not None:
                counts = members.setdefault(family, {})
                counts[entry.brand] = counts.get(entry.brand, 0) + 1
        self.families: dict[tuple[str, int], str] = {
            family: brand
            for family, counts in members.items()
            if len(counts) == 1
            for brand, count in counts.items()
            if count >= 2
        }
        self.family_brands = set(self.families.values())
        self.family_words = {prefix[:-1] for prefix, _ in self.families if prefix.endswith(" ")}
        plurals: dict[str, list[int]] = {}
        for index, entry in enumerate(self.entries):
            if entry.label == "BRAND" and entry.plural:
                for form in entry.forms:
                    plural = form + "s"
                    if form[-1].isalpha() and not form.endswith("s") and plural not in forms_orth:
                        plurals.setdefault(plural, []).append(index)
            elif entry.label == "MODEL" and not entry.fold:
                # "more than half of them Crosstreks", "22,000 bZ4Xs": a model's cars
                for form in entry.forms:
                    plural = form + "s"
                    if (
                        form[-1].isalnum()
                        and form[-1] not in "sS"
                        and not _weak_form(form)
                        and plural not in forms_orth
                    ):
                        plurals.setdefault(plural, []).append(index)
        # "the new PRELUDE": press releases write model names in capitals; such a form stands
        # only where the article names the brand
        capitals: dict[str, list[int]] = {}
        for index, entry in enumerate(self.entries):
            if entry.label != "MODEL" or entry.fold:
                continue
            for form in entry.forms:
                upper = form.upper()
                if (
                    upper != form
                    and len(form) >= 4
                    and form[:1].isupper()
                    and upper not in forms_orth
                    and all(part.isalnum() for part in upper.split())
                ):
                    capitals.setdefault(upper, []).append(index)
        for table, matcher, prefix in (
            (forms_orth, self.orth, "form:"),
            (forms_lower, self.lower, "lower:"),
            (plurals, self.orth, "plural:"),
            (capitals, self.orth, "caps:"),
        ):
            for form, indices in table.items():
                pattern = nlp.make_doc(form)
                key = nlp.vocab.strings.add(prefix + form)
                self.by_key.setdefault(key, []).extend(indices)
                self.key_form[key] = form
                if prefix == "caps:":
                    self.capital_keys.add(key)
                matcher.add(prefix + form, [pattern])
                words = [t.text for t in pattern]
                if len(words[-1]) > 1:
                    self.last_words.add(words[-1])
                elif len(words) > 1 and words[-1].isalnum():
                    self.split_pairs.add((words[-2], words[-1]))
                if any(self.entries[k].label == "MODEL" for k in indices):
                    self.model_last_words.add(words[-1])
                elif any(self.entries[k].label == "VARIANT" for k in indices) and len(form) > 1:
                    self.trim_last_words.add(words[-1])
                elif (
                    len(words) == 1
                    and len(form) == 1
                    and any(self.entries[k].context == "after_model" for k in indices)
                ):
                    self.trim_letters.add(form)  # "N", "S": trims named after their model
        # shape patterns for trims; "after_model" ones are only tried right after a model
        self.doc_patterns: list[tuple[_TokenPattern, dict]] = []
        self.model_patterns: list[tuple[_TokenPattern, dict]] = []
        for rec in gaz.variant_patterns:
            target = (
                self.model_patterns if rec.get("context") == "after_model" else self.doc_patterns
            )
            target.append((_TokenPattern(rec["id"], rec["pattern"]), rec))
        firsts = [p.first_regex for p, _ in self.doc_patterns]
        self.doc_first = (
            re.compile("|".join(f"(?:{rx})" for rx in firsts)) if None not in firsts else None
        )
        self.not_codes = set(cues.get("not_codes", []))
        self.unit_words = {w.lower() for w in cues.get("unit_words", [])}
        self.code_cues = sorted(
            (list(_lower_tokens(nlp, c)) for c in cues.get("code_cues", [])), key=len, reverse=True
        )
        self.code_suffix_cues = {c.lower() for c in cues.get("code_suffix_cues", [])}
        self.strong_code_suffixes = {c.lower() for c in cues.get("strong_code_suffixes", [])}
        self.currency_words = set(cues.get("currency_words", []))
        self.cue_window = int(cues.get("code_cue_window", 4))
        self.code_naming_verbs = [
            list(_lower_tokens(nlp, c)) for c in cues.get("code_naming_verbs", [])
        ]
        self.strong_code_cues: dict[str, list[list[str]]] = {}
        for phrase in cues.get("strong_code_cues", []):
            words = list(_lower_tokens(nlp, phrase))
            self.strong_code_cues.setdefault(words[0], []).append(words)
        self.codename_skip = {w.lower() for w in cues.get("codename_skip", [])}
        # generation cue phrases by their last word, longest first ("next-gen" before "gen")
        self.generation_cues: dict[str, list[tuple[list[str], str]]] = {}
        for phrase, value in sorted(
            cues.get("generation_cues", {}).items(),
            key=lambda kv: len(_lower_tokens(nlp, kv[0])),
            reverse=True,
        ):
            words = list(_lower_tokens(nlp, phrase))
            self.generation_cues.setdefault(words[-1], []).append((words, value))
        self.generation_skip = {w.lower() for w in cues.get("generation_skip", [])}
        self.weak_code_generations = {w.lower() for w in cues.get("code_generation_words", [])}
        self.min_adjacent_code = int(cues.get("min_adjacent_code_length", 3))
        self.code_blockers = {w.lower() for w in cues.get("code_blockers", [])}
        self.body_nouns = {w.lower() for w in cues.get("body_nouns", [])}
        self.place_followers = set(cues.get("place_followers", []))
        self.maker_verbs = {w.lower() for w in cues.get("maker_verbs", [])}
        self.part_makers = set(cues.get("part_makers", []))
        self.number_tail_blockers = {w.lower() for w in cues.get("number_tail_blockers", [])}
        self.earlier_car_words = {w.lower() for w in cues.get("earlier_car_words", [])}
        self.variant_nouns = {w.lower() for w in cues.get("variant_nouns", [])}
        self.edition_words = set(cues.get("edition_words", []))
        self.trim_lead_words = {w.lower() for w in cues.get("trim_lead_words", [])}
        self.concept_words = set(cues.get("concept_words", []))
        self.determiners = {w.lower() for w in cues.get("determiners", [])}
        self.tested_car_nouns = {w.lower() for w in cues.get("tested_car_nouns", [])}
        self.naming_verbs = {w.lower() for w in cues.get("naming_verbs", [])}
        self.trim_rank_words = {w.lower() for w in cues.get("trim_rank_words", [])}
        self.trim_opening_verbs = {w.lower() for w in cues.get("trim_opening_verbs", [])}
        self.electric_model_suffixes = set(cues.get("electric_model_suffixes", []))
        self.trim_price_words = {w.lower() for w in cues.get("trim_price_words", [])}
        self.trim_intro_verbs = {w.lower() for w in cues.get("trim_intro_verbs", [])}
        self.trim_list_blockers = {w.lower() for w in cues.get("trim_list_blockers", [])}
        self.not_trims = set(cues.get("not_trims", []))
        self.platform_nouns = {w.lower() for w in cues.get("platform_nouns", [])}
        self.powertrain_suffixes = set(cues.get("powertrain_suffixes", []))
        self.hybrid_trim_words = set(cues.get("hybrid_trim_words", []))
        self.drive_tags = set(cues.get("drive_tags", []))
        self.works_nouns = {w.lower() for w in cues.get("works_nouns", [])}
        self.maker_nouns = {w.lower() for w in cues.get("maker_nouns", [])}
        self.kin_nouns = {w.lower() for w in cues.get("kin_nouns", [])}
        self.maker_intro_nouns = {w.lower() for w in cues.get("maker_intro_nouns", [])}
        # the last token of each ("start-up" is split into "start", "-", "up")
        self.maker_intro_tails = {w.rsplit("-", 1)[-1] for w in self.maker_intro_nouns}
        self.lead_needing_maker_nouns = {
            w.lower() for w in cues.get("lead_needing_maker_nouns", [])
        }
        self.vehicle_maker_leads = {w.lower() for w in cues.get("vehicle_maker_leads", [])}
        self.supplier_leads = {w.lower() for w in cues.get("supplier_leads", [])}
        self.maker_appositive_continuers = {
            w.lower() for w in cues.get("maker_appositive_continuers", [])
        }
        self.aiming_words = {w.lower() for w in cues.get("aiming_words", [])}
        # one-word trim names of any maker ("Sport", "Limited"): one may open "Sport Hybrid"
        self.trim_words = {
            form
            for e in self.entries
            if e.label == "VARIANT"
            for form in e.forms
            if " " not in form and form[:1].isupper()
        }
        # makers whose models are "<Brand> <number>" ("Omoda 5", "Avatr 11"): a number after
        # such a brand names a model the gazetteer may not list yet ("Omoda 4")
        self.numbered_brands = {
            e.brand
            for e in self.entries
            if e.label == "MODEL"
            and e.brand
            and re.fullmatch(re.escape(e.brand) + r" \d{1,3}", e.name)
        }
        self.bare_number_openers = {w.lower() for w in cues.get("bare_number_openers", [])}
        self.bare_number_followers = {w.lower() for w in cues.get("bare_number_followers", [])}
        self.platform_openers = [w.lower().split() for w in cues.get("platform_name_openers", [])]
        self.not_platforms = set(cues.get("not_platforms", []))
        self.title_ratio = float(cues.get("trim_title_ratio", 0.6))

    # ------------------------------------------------------------------ matching

    def _glued_period(self, doc: Doc, i: int) -> bool:
        text = doc[i].text
        if len(text) < 2 or text[-1] != "." or text[-2] == ".":
            return False
        stem = text[:-1]
        if len(stem) == 1:
            # "the Ioniq 5 N.": a one-letter trim right after its model ends the sentence
            return i > 0 and (
                (doc[i - 1].text, stem) in self.split_pairs
                or (stem in self.trim_letters and doc[i - 1].text in self.model_last_words)
                # "is the E 300 e.": a plug-in's "e" after its number ends the sentence
                or (stem == "e" and doc[i - 1].text.isdigit())
                # "a four-wheel-drive Hybrid W.": a grade letter closing a trim's name
                or (stem.isupper() and stem not in "AI" and doc[i - 1].text in self.trim_last_words)
            )
        return stem in self.last_words or self.code_shape.match(stem) is not None

    def _split_letter_periods(self, doc: Doc, texts: list[str]) -> bool:
        """Split "Y." into "Y" + "." where a name ends the sentence ("Model Y.", "R1S.")."""
        targets = [
            doc[i]
            for i, text in enumerate(texts)
            if text[-1:] == "." and self._glued_period(doc, i)
        ]
        if not targets:
            return False
        restart = []
        with doc.retokenize() as retok:
            for tok in targets:
                retok.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
                if tok.whitespace_ and tok.i + 1 < len(doc):
                    restart.append(tok.i + 1)
        for offset, i in enumerate(restart):
            if i + offset + 1 >= len(doc):
                break
            nxt = doc[i + offset + 1]
            if nxt.text[:1].isupper() or "\n" in nxt.text:
                nxt.is_sent_start = True
        return True

    def _candidates(self, doc: Doc, texts: list[str]) -> list[_Cand]:
        cands = []
        for key, start, end in [*self.orth(doc), *self.lower(doc)]:
            entries = [self.entries[i] for i in self.by_key[key]]
            weak = _weak_form(self.key_form[key])
            for entry in entries:
                context = entry.context
                if self.key_form[key] in entry.named_aliases:
                    context = "any"  # "Scout Motors" names the maker wherever it stands
                elif (
                    context == "any"
                    and entry.label in ("MODEL", "VARIANT")
                    # "PRELUDE": a name in capitals also needs its brand named
                    and (
                        weak or key in self.capital_keys or self.key_form[key] in entry.doc_aliases
                    )
                ):
                    context = "doc"
                cands.append(
                    _Cand(
                        start,
                        end,
                        entry.label,
                        entry,
                        entry.name,
                        entry.brand,
                        model=entry.model,
                        context=context,
                    )
                )
        if self.doc_patterns:
            # one combined regex finds the tokens where some pattern's first step can hold
            starts = (
                [i for i, text in enumerate(texts) if self.doc_first.search(text)]
                if self.doc_first is not None
                else range(len(texts))
            )
            for start in starts:
                cands.extend(self._pattern_cands(doc, texts, start, self.doc_patterns))
        return cands

    @staticmethod
    def _pattern_cands(
        doc: Doc, texts: list[str], start: int, patterns: list[tuple[_TokenPattern, dict]]
    ) -> list[_Cand]:
        out = []
        for pattern, rec in patterns:
            for end in pattern.ends(texts, start):
                text = doc[start:end].text
                # "330e" is a 3 Series, "C 400" a C-Class: a maker whose trim names their model
                template = rec.get("model_template")
                digit = next((c for c in text if c.isdigit()), None) if template else None
                model = (
                    template.format(digit=digit, letter=text[0])
                    if template and digit and ("{letter}" not in template or text[0].isalpha())
                    else None
                )
                out.append(
                    _Cand(
                        start,
                        end,
                        "VARIANT",
                        None,
                        text,
                        rec.get("brand"),
                        model=model,
                        include_model=bool(rec.get("include_model")),
                        context=rec.get("context", "any"),
                        named_model=model is not None,
                    )
                )
        return out

    def _context_ok(
        self,
        toks: _Toks,
        cand: _Cand,
        context: str,
        brands: set[str],
        brand_ends: dict[int, str],
        model_ends: dict[int, _Cand],
    ) -> bool:
        if context == "any":
            return True
        if context == "doc":
            # "Semi-autonomous": a word that is a name elsewhere, here part of a compound
            if toks.lower(cand.end) == "-":
                return False
            return cand.brand is None or cand.brand in brands
        if context == "adjacent":
            i = cand.start
            if i > 0 and toks.texts[i - 1] in _POSSESSIVE:
                i -= 1
            if brand_ends.get(i) == cand.brand:
                return True
            if brand_ends.get(_possessive_brand_end(toks, cand.start)) == cand.brand:
                return True
            if self._introduced_with_brand(toks, cand, brand_ends):
                return True
            if self._maker_apposition(toks, cand, brand_ends):
                return True
            if self._object_of_its_maker(toks, cand, brand_ends):
                return True
            # "the Air sedan" in an article that names Lucid; "the petrol 718 (982)": a
            # generation code in parentheses marks the name as the model's
            nxt = toks.lower(cand.end)
            coded = (
                nxt == "("
                and toks.lower(cand.end + 2) == ")"
                and any(ch.isdigit() for ch in toks.lower(cand.end + 1))
            )
            # "Nissan ... the Z Nismo": the maker's own trim right after the name
            trimmed = cand.end < len(toks.texts) and toks.texts[cand.end] in (
                self.brand_trim_starts.get(cand.brand or "", ())
            )
            return cand.brand in brands and (
                nxt in self.body_nouns or coded or trimmed or self._numbered_subject(toks, cand)
            )
        if context == "after_model":
            model = model_ends.get(cand.start)
            return model is not None and (cand.brand is None or model.brand == cand.brand)
        return False  # "strong": only codes use it

    def _code_in_parentheses(self, toks: _Toks, cand: _Cand, cands: list[_Cand]) -> bool:
        """A model name of a maker the article never names, alone in parentheses right after
        another maker's model, that the gazetteer lists as a code of that maker ("RS 5 (B10)")."""
        if (
            cand.label != "MODEL"
            or toks.lower(cand.start - 1) != "("
            or toks.lower(cand.end) != ")"
            or any(c.label == "BRAND" and c.brand == cand.brand for c in cands)
        ):
            return False
        before = [c for c in cands if c.label == "MODEL" and c.end == cand.start - 1]
        text = " ".join(toks.texts[cand.start : cand.end])
        return any(
            entry.brand == c.brand for c in before for entry in self.code_entries.get(text, ())
        )

    def _numbered_subject(self, toks: _Toks, cand: _Cand) -> bool:
        """ "the 2008 slipped to X units", "The 2008 costs X": a model named by a number that
        could be a year, as a determined subject of a verb (not "the 2008 financial crisis").
        Shorter numbers ("The 001 costs more") still need more than their maker named."""
        nxt = toks.lower(cand.end)
        return (
            toks.texts[cand.start : cand.end] == [cand.normalized]
            and cand.normalized.isdigit()
            and len(cand.normalized) == 4
            and toks.lower(cand.start - 1) in self.bare_number_openers
            and (
                nxt in self.bare_number_followers
                or (nxt.endswith("ed") and nxt.isalpha() and nxt not in self.body_nouns)
            )
        )

    def _introduced_makers(self, toks: _Toks, cands: list[_Cand]) -> list[_Cand]:
        """Makers the gazetteer does not know, introduced as makers by the text ("Chinese
        carmaker Kestrel", "Kestrel, the Finnish truck start-up ..."): every mention of such a
        name in the article is then a brand of that name."""
        texts = toks.texts
        lowers = toks.lowers
        # only words right after an introducing noun ("carmaker", the "up" of "start-up") or
        # before a comma (an appositive, perhaps after a company word) can be one
        places = {j + 1 for j, low in enumerate(lowers) if low in self.maker_intro_tails}
        for k, text in enumerate(texts):
            if text == "," and k > 0:
                places.add(k - 1)
                if k > 1 and lowers[k - 1] in self.not_model_words:
                    places.add(k - 2)
        places = {k for k in places if k < len(texts) and texts[k][:1].isupper()}
        if not places:
            return []
        known = {i for c in cands for i in range(c.start, c.end)}
        names: set[str] = set()
        for k in sorted(places):
            text = texts[k]
            if k in known or text in names or not self._maker_name_like(toks, k):
                continue
            # "Kestrel Motors, a start-up ...": the appositive may follow a company word
            after = k + 1 + (toks.lower(k + 1) in self.not_model_words)
            if self._introduces_maker(toks, k - 1) or self._maker_appositive(toks, after):
                names.add(text)
        out = []
        for name in sorted(names):
            entry = Entry(f"brand:{name.lower()}", "BRAND", name, (name,), brand=name)
            out.extend(
                _Cand(k, k + 1, "BRAND", entry, name, name)
                for k, text in enumerate(texts)
                if text == name and k not in known
            )
        return out

    def _maker_name_like(self, toks: _Toks, k: int) -> bool:
        """One capitalised word that may name a maker: no common word, no supplier, and not
        one word of a longer name ("Magna Steyr"); a company word may follow ("Motors")."""
        text = toks.texts[k]
        after = toks.texts[k + 1] if k + 1 < len(toks.texts) else ""
        before = toks.texts[k - 1] if k > 0 and toks.sent_start[k] != k else ""
        return (
            text[:1].isupper()
            and text.isalpha()
            and len(text) > 1
            and text.lower() not in STOP_WORDS
            and text.lower() not in self.not_model_words
            and text not in self.part_makers
            and not (after[:1].isupper() and after.lower() not in self.not_model_words)
            and not before[:1].isupper()
        )

    def _introduces_maker(self, toks: _Toks, j: int) -> bool:
        """Token ``j`` is a noun that introduces a car maker ("carmaker", "EV maker",
        "start-up"), not a supplier ("battery maker", "tyre brand")."""
        if j < 0:
            return False
        noun, lead = toks.lower(j), toks.lower(j - 1)
        if lead == "-":  # "start-up", "car-maker": the tokenizer splits the compound
            noun, lead = f"{toks.lower(j - 2)}-{noun}", toks.lower(j - 3)
        if noun not in self.maker_intro_nouns:
            return False
        if lead in self.supplier_leads:
            return False
        return noun not in self.lead_needing_maker_nouns or lead in self.vehicle_maker_leads

    def _maker_appositive(self, toks: _Toks, k: int) -> bool:
        """ ", the Finnish truck start-up ..." at token ``k``: an appositive whose noun
        introduces a car maker (not "the carmaker's chief")."""
        if toks.texts[k : k + 1] != [","] or toks.lower(k + 1) not in ("a", "an", "the"):
            return False
        for j in range(k + 2, min(k + 8, len(toks.texts))):
            if self._introduces_maker(toks, j):
                # the noun closes the appositive ("..., the start-up backed by ..."), not
                # a clause ("Officially, the carmaker denies ...", "the carmaker's chief")
                follower = toks.texts[j + 1] if j + 1 < len(toks.texts) else "."
                return follower in (",", ".", ";", ":", ")", "-", "—", "–") or (
                    follower.lower() in self.maker_appositive_continuers
                )
            word = toks.texts[j]
            if not (word.isalpha() or word == "-") or word.lower() in _APPOSITIVE_BREAKS:
                return False
        return False

    def _called_a_maker(self, toks: _Toks, k: int) -> bool:
        """ "Scout, the American truck brand", "the Ram brand": a maker's noun right
        after the name at token ``k``, or closing an appositive opened by ", the"."""
        if toks.lower(k) in self.maker_nouns:
            return True
        if toks.lower(k) != "," or toks.lower(k + 1) != "the":
            return False
        for j in range(k + 2, min(k + 8, len(toks.texts))):
            # (or a noun introducing a car maker: "Scout, the Oulu-funded start-up")
            if toks.lower(j) in self.maker_nouns or self._introduces_maker(toks, j):
                return True
            if not (toks.texts[j].isalpha() or toks.texts[j] == "-"):
                return False
        return False

    def _maker_apposition(self, toks: _Toks, cand: _Cand, brand_ends: dict[int, str]) -> bool:
        """ "Volvo's second model, the Osprey": a name in apposition to a car the maker's
        possessive opens (up to two words between it and the car's noun)."""
        k = cand.start
        if toks.lower(k - 1) != "the" or toks.texts[k - 2 : k - 1] != [","]:
            return False
        noun = toks.lower(k - 3)
        if noun not in self.body_nouns and noun not in ("model", "car"):
            return False
        # (a hyphenated compound, "battery-powered", is one word)
        hyphens = sum(2 for t in toks.texts[max(0, k - 9) : k - 3] if t == "-")
        return any(
            toks.texts[j] in _POSSESSIVE and brand_ends.get(j) == cand.brand
            for j in range(max(0, k - 6 - hyphens), k - 3)
        )

    @staticmethod
    def _introduced_with_brand(toks: _Toks, cand: _Cand, brand_ends: dict[int, str]) -> bool:
        """ "Hyundai Crater ... the rugged Crater": a word-like name the article has written
        right after its brand stands alone after a lower-case word ("the", "electric"), not
        after a capitalised one ("South Dakota")."""
        before = toks.texts[cand.start - 1] if cand.start > 0 else ""
        if not (before.isalpha() and before.islower()) or cand.brand not in brand_ends.values():
            return False
        words = toks.texts[cand.start : cand.end]
        n = len(words)
        for j in range(1, len(toks.texts) - n + 1):
            if toks.texts[j : j + n] == words:
                k = j - 1 if toks.texts[j - 1] in _POSSESSIVE else j
                if brand_ends.get(k) == cand.brand:
                    return True
        return False

    def _object_of_its_maker(self, toks: _Toks, cand: _Cand, brand_ends: dict[int, str]) -> bool:
        """ "Honda has announced an update for the Fit": a name after "the" that its maker,
        the subject before a maker's verb, acts on in the same sentence."""
        if toks.lower(cand.start - 1) != "the" or len(toks.texts[cand.start]) < 2:
            return False  # (a letter, "the Z", is too short a name to read so)
        lo = toks.sent_start[cand.start]
        return any(
            brand == cand.brand
            and lo <= end - 1
            and cand.start - end <= 12
            and toks.lower(end) in self.maker_verbs
            and not any(t in (".", ";", "!", "?") for t in toks.texts[end : cand.start])
            for end, brand in brand_ends.items()
            if end <= cand.start
        )

    def _acts_on_own_model(
        self, toks: _Toks, brand: _Cand, model_starts: set[tuple[int, str | None]]
    ) -> bool:
        """A maker's verb follows the brand and one of its models follows the verb, in the
        same sentence: "Morgan hand-builds the Plus Four", "BAC confirmed that the Mono ..."."""
        texts = toks.texts
        if brand.end >= len(texts) or toks.lower(brand.end) not in self.maker_verbs:
            return False
        for k in range(brand.end + 1, min(brand.end + 10, len(texts))):
            if texts[k] in (".", "!", "?", ";"):
                return False
            if (k, brand.brand) in model_starts:
                return True
        return False

    def _resolve(self, cands: Iterable[_Cand]) -> list[_Cand]:
        """Longest wins; on equal length the label priority decides; no overlaps."""
        taken: list[_Cand] = []
        used: set[int] = set()
        for cand in sorted(cands, key=lambda c: (c.start - c.end, _PRIORITY[c.label], c.start)):
            span = range(cand.start, cand.end)
            if any(i in used for i in span):
                continue
            used.update(span)
            taken.append(cand)
        return sorted(taken, key=lambda c: c.start)

    def _names(self, doc: Doc, toks: _Toks) -> list[_Cand]:
        texts = toks.texts
        cands = [c for c in self._candidates(doc, texts) if c.label != "MODEL_CODE"]
        makers = self._introduced_makers(toks, cands)
        if makers:
            cands = _reowned_models(toks, cands, makers, self.maker_verbs) + makers
        # Brands named outright (or through a model no other brand shares) enable the
        # context-dependent names of that brand.
        brands = {
            c.brand
            for c in cands
            if c.entry is not None and c.context == "any" and not c.entry.ambiguous and c.brand
        }
        # a brand written before its model: "Smart #1", "Seat Ibiza" ("Seat belts" is no brand)
        model_starts = {(c.start, c.brand) for c in cands if c.label == "MODEL"}
        # "Ram's midsize Dakota": the brand owns its model across an adjective or two
        owned = {(_possessive_brand_end(toks, start), brand) for start, brand in model_starts}
        # "Ford, Ram and Chevrolet": a name listed among makers named outright is a maker
        plain_brands = [c for c in cands if c.label == "BRAND" and c.context == "any"]
        listed_ends = {c.end for c in plain_brands}
        listed_starts = {c.start for c in plain_brands}
        for cand in cands:
            if cand.label == "BRAND" and cand.context in ("adjacent", "doc"):
                k = cand.end + (toks.texts[cand.end : cand.end + 1] in (["'s"], ["’s"]))
                mine = (
                    (k, cand.brand) in model_starts
                    or (cand.end, cand.brand) in owned
                    or self._acts_on_own_model(toks, cand, model_starts)
                    or (
                        cand.context == "doc"
                        and (
                            (
                                toks.lower(cand.start - 1) in (",", "and")
                                and cand.start - 1 in listed_ends
                            )
                            or (
                                toks.lower(cand.end) in (",", "and")
                                and cand.end + 1 in listed_starts
                            )
                            or self._called_a_maker(toks, cand.end)
                        )
                    )
                )
                if cand.context == "adjacent" or mine:
                    # "Scout Traveler": a brand whose bare name counts only in its articles
                    # is named by standing before one of its models
                    cand.context = "any" if mine else "never"
                if cand.context == "any":
                    brands.add(cand.brand)
        brand_ends = {
            c.end: c.brand
            for c in cands
            if c.label == "BRAND"
            and c.entry
            and (c.context == "any" or (c.context == "doc" and c.brand in brands))
        }
        cands.extend(self._shaped_models(toks, cands, brand_ends))
        first: list[_Cand] = []
        later: list[_Cand] = []
        bare: list[_Cand] = []  # "the Century" where only "Toyota Century" stood so far
        for cand in cands:
            if cand.context == "after_model":
                later.append(cand)
                continue
            if not self._context_ok(toks, cand, cand.context, brands, brand_ends, {}):
                if cand.context == "adjacent" and cand.label == "MODEL":
                    bare.append(cand)
                continue
            if cand.entry is not None and cand.entry.ambiguous and cand.brand not in brands:
                continue
            if cand.label == "MODEL" and self._before_unit(toks, cand):
                continue
            if (
                cand.label in ("MODEL", "BRAND")
                and toks.texts[cand.end : cand.end + 1]
                and (toks.texts[cand.end] in self.place_followers)
                and not (
                    cand.label == "BRAND"
                    and any(
                        c.start == cand.end and c.label == "MODEL" and c.brand == cand.brand
                        for c in cands
                    )
                )
            ):
                continue  # "across the Tasman Sea", "in Toyota City": a place's name
            if self._code_in_parentheses(toks, cand, cands):
                continue  # "the RS 5 (B10)": Audi's code, not Leapmotor's B10
            first.append(cand)
        # "then the 001 and the 8X": a name listed beside a model of its maker
        listed = [c for c in bare if c.brand in brands and _listed_beside(toks, c, first)]
        first += listed
        bare = [c for c in bare if c not in listed]
        # a name the article gave its brand once ("the new Toyota Century", "the Century
        # sedan") names the car again after a determiner ("The Century will be built ...")
        named_once = {id(c.entry) for c in first if c.context == "adjacent" and c.entry}
        first += [
            c
            for c in bare
            if (
                id(c.entry) in named_once
                and c.start > 0
                and toks.lower(c.start - 1) in self.determiners
            )
            or (c.brand in brands and self._determined_name(toks, c.start))
            # "dropped the Venue CNG": a powertrain suffix after the name makes it a car
            or (
                c.brand in brands
                and c.end < len(toks.texts)
                and toks.texts[c.end] in self.powertrain_suffixes
            )
            # "Ocean deliveries began": once named with its maker, the name stands alone,
            # but not in a place's name ("South Dakota", "in Toyota City")
            or (
                id(c.entry) in named_once
                and c.brand in brands
                and not (
                    c.start > 0
                    and toks.texts[c.start - 1].istitle()
                    and toks.sent_start[c.start - 1] != c.start - 1
                )
                and toks.lower(c.start - 1) not in _PLACE_PREPOSITIONS
            )
            # "registered the Lumo name": a name the article calls one
            or (
                c.brand in brands
                and toks.lower(c.end) in _NAME_NOUNS
                and toks.lower(c.start - 1) == "the"
            )
        ]
        chosen = self._drop_initial_words(
            self._resolve(self._one_per_span(first, brands, brand_ends, toks)), toks
        )
        chosen = self._reown_foreign_trims(doc, toks, chosen)
        # "the V90 estate Ultra": a trim may follow its model's body noun
        bodied: dict[int, _Cand] = {}
        for model in chosen:
            if model.label == "MODEL":
                later.extend(self._pattern_cands(doc, texts, model.end, self.model_patterns))
                if texts[model.end : model.end + 1] and (
                    texts[model.end].islower() and texts[model.end] in self.body_nouns
                ):
                    bodied[model.end + 1] = model
                    later.extend(
                        self._pattern_cands(doc, texts, model.end + 1, self.model_patterns)
                    )
        if later:
            model_ends = {c.end: c for c in chosen if c.label in ("MODEL", "VARIANT")}
            for end, model in bodied.items():
                model_ends.setdefault(end, model)
            extra = []
            loose = []  # generic trim names not right after a model: "a Performance version"
            for cand in sorted(later, key=lambda c: (c.start, c.start - c.end)):
                if not self._context_ok(toks, cand, "after_model", brands, brand_ends, model_ends):
                    if (
                        not cand.include_model
                        and (cand.brand is None or cand.brand in brands)
                        and not self._before_unit(toks, cand)  # "its 130 PS engine"
                    ):
                        loose.append(cand)
                    continue
                if self._before_unit(toks, cand):
                    continue
                model = model_ends[cand.start]
                if cand.include_model:
                    if model.label != "MODEL" or bodied.get(cand.start) is model:
                        continue
                    cand.start, cand.model = model.start, model.normalized
                    cand.normalized = doc[cand.start : cand.end].text
                    # "Q3 35 TFSI": the whole name, not the engine designation inside it
                    chosen = [
                        c
                        for c in chosen
                        if c is not model
                        and not (
                            c.label == "VARIANT" and cand.start <= c.start and c.end <= cand.end
                        )
                    ]
                # a generic trim takes its model's brand, so that a maker's own trim may
                # follow it ("Outlander PHEV Instyle")
                cand.brand = cand.brand or model.brand
                extra.append(cand)
                model_ends[cand.end] = cand
            rest = []
            # a trim name several makers use, read alone: the one of the maker the article is
            # most about ("the Trend" in a Ford van's story that names a Volkswagen too)
            loose = _nearest_makers(loose, chosen)
            # "the ID.3 Pure and Pro": a trim joined to one read right after its model
            joined_ends = {c.end for c in extra if c.label == "VARIANT"}
            for cand in loose:
                k = cand.start - 1 - (toks.lower(cand.start - 1) == "the")
                joined = toks.texts[k : k + 1] in (["and"], ["or"], [","]) and k in joined_ends
                # "a Performance version", "the dual-motor Max"
                trim_like = (
                    joined
                    or (
                        toks.lower(cand.end) in self.variant_nouns
                        or (
                            toks.lower(cand.start - 2) == "-"
                            and toks.lower(cand.start - 1) in self.trim_lead_words
                        )
                        # "the entry Single Motor", "the base Pure"
                        or (
                            toks.lower(cand.start - 1) in self.trim_rank_words
                            and toks.lower(cand.start - 2) in self.determiners
                        )
                        # "My car is the Ultra", "the test car we drove was the GT"
                        or (
                            toks.lower(cand.start - 1) == "the"
                            and toks.lower(cand.start - 2) in ("is", "was", "'s", "’s")
                            and toks.lower(cand.start - 3) in self.tested_car_nouns
                        )
                        or self._priced_trim(toks, cand)
                        or self._figured_trim(toks, cand)
                        # "rises to $47,381 as a Limited": a price's trim
                        or (
                            toks.lower(cand.start - 1) in ("a", "an")
                            and toks.lower(cand.start - 2) == "as"
                            and (
                                cand.end >= len(toks.texts)
                                or not toks.texts[cand.end][:1].isalnum()
                            )
                        )
                        or self._introduced_trim(toks, cand, brand_ends)
                        # "a black Final Edition": an edition named with its article, as an
                        # edition the gazetteer does not know is
                        or (
                            toks.texts[cand.end - 1] in self.edition_words
                            and self._after_article(toks, cand.start)
                        )
                        # a buyer's guide's section heading: a maker's own trim alone on its line
                        or (cand.brand is not None and _alone_on_line(toks, cand))
                    )
                )
                (extra if trim_like else rest).append(cand)
            # "Sport Hybrid": a trim word read after a model may close a listed trim too
            tails = {c.start: c.end for c in later if c.label == "VARIANT" and not c.include_model}
            accepted = {c.start: c.end for c in chosen + extra if c.label == "VARIANT"}
            model_sentences = {toks.sent_start[c.start] for c in chosen if c.label == "MODEL"}
            listed = self._coordinated_trims(toks, rest, brands, tails, accepted)
            listed |= self._priced_list_trims(toks, rest, chosen + extra)
            stated = [
                c
                for c in rest
                if c.start in listed or self._determined_trim(toks, c, brands, model_sentences)
            ]
            # once a trim is established, "the Pro" names it again anywhere
            named = {c.normalized for c in extra + stated}
            extra.extend(stated)
            extra.extend(
                c
                for c in rest
                if c not in stated
                and c.normalized in named
                and (
                    # "the Pro", "for the heavier Prestige"
                    self._after_article(toks, c.start)
                    # "..., while Ultra adds a heat pump": a clause opened by the trim
                    or (
                        toks.lower(c.start - 1) in _CLAUSE_JOINERS
                        and toks.texts[c.start][:1].isupper()
                        and toks.lower(c.end) not in self.trim_list_blockers
                    )
                )
            )
            taken = {i for c in chosen for i in range(c.start, c.end)}
            for cand in self._resolve(extra):
                inside = [c for c in chosen if c.start < cand.end and cand.start < c.end]
                if inside and all(
                    c.label == "VARIANT"
                    and cand.start <= c.start
                    and c.end <= cand.end
                    and c.end - c.start < cand.end - cand.start
                    for c in inside
                ):
                    # "The Light Long Range": a maker's trim holding a generic one read before
                    chosen = [c for c in chosen if c not in inside]
                    taken.difference_update(i for c in inside for i in range(c.start, c.end))
                if not any(i in taken for i in range(cand.start, cand.end)):
                    chosen.append(cand)
                    taken.update(range(cand.start, cand.end))
            # "The Sport Hybrid starts at ...": a trim word that follows a model follows a trim
            # read without one too (the two are joined into one trim)
            trim_ends = {c.end: c for c in chosen if c.label == "VARIANT"}
            # (a trim word of another maker spelled the same is no candidate: Li's "Home")
            for cand in self._resolve(
                [
                    c
                    for c in later
                    if c.start in trim_ends and c.brand in (None, trim_ends[c.start].brand)
                ]
            ):
                trim = trim_ends[cand.start]
                if (
                    cand.label == "VARIANT"
                    and not cand.include_model
                    and cand.brand in (None, trim.brand)
                    and not any(i in taken for i in range(cand.start, cand.end))
                ):
                    cand.model, cand.brand = trim.model, cand.brand or trim.brand
                    chosen.append(cand)
                    taken.update(range(cand.start, cand.end))
            chosen.sort(key=lambda c: c.start)
            chosen = self._named_again_without_model(toks, chosen)
        return self._unknown_trims(doc, toks, chosen, cands)

    def _after_article(self, toks: _Toks, k: int) -> bool:
        """Token ``k`` follows an article or determiner, or one describing word after it
        ("the Pro", "a blue Final Edition", "the heavier Prestige")."""
        if toks.lower(k - 1) in self.determiners:
            return True
        return (
            toks.lower(k - 2) in self.determiners
            and toks.texts[k - 1].isalpha()
            and toks.texts[k - 1].islower()
        )

    def _named_again_without_model(self, toks: _Toks, chosen: list[_Cand]) -> list[_Cand]:
        """ "The iX3 50 xDrive has 345 kW ... The 50 xDrive is priced from €68,900": a
        variant whose name holds its model, named again after "the" without it. A tail of
        digits alone ("the 40") counts only before a price word ("the 40 costs"); "the 250+"
        counts anywhere."""
        tails: dict[tuple[str, ...], _Cand] = {}
        for cand in chosen:
            if cand.label != "VARIANT" or not cand.include_model or not cand.model:
                continue
            words = tuple(toks.texts[cand.start : cand.end])
            model_words = tuple(cand.model.split())
            if words[: len(model_words)] != model_words:
                continue
            tail = words[len(model_words) :]
            if tail:
                tails.setdefault(tail, cand)
        if not tails:
            return chosen
        taken = {i for c in chosen for i in range(c.start, c.end)}
        found = []
        for tail, named in tails.items():
            n = len(tail)
            for k in range(1, len(toks.texts) - n + 1):
                # "the 250+": a plus sign marks a name as a word does
                worded = any(any(ch.isalpha() or ch == "+" for ch in w) for w in tail)
                if (
                    tuple(toks.texts[k : k + n]) == tail
                    and toks.lower(k - 1) == "the"
                    and k > named.start
                    and (worded or toks.lower(k + n) in self.trim_price_words)
                    and not any(i in taken for i in range(k, k + n))
                ):
                    found.append(
                        _Cand(
                            k,
                            k + n,
                            "VARIANT",
                            named.entry,
                            named.normalized,
                            brand=named.brand,
                            model=named.model,
                        )
                    )
                    taken.update(range(k, k + n))
        return sorted(chosen + found, key=lambda c: c.start) if found else chosen

    def _introduced_trim(self, toks: _Toks, cand: _Cand, brand_ends: dict[int, str]) -> bool:
        """ "Porsche revealed a GTS": a new version; it belongs to a model of the maker that
        introduced it."""
        if not (
            toks.lower(cand.start - 1) in ("a", "an")
            and toks.lower(cand.start - 2) in self.trim_intro_verbs
        ):
            return False
        cand.brand = cand.brand or brand_ends.get(cand.start - 2)
        return True

    def _figured_trim(self, toks: _Toks, cand: _Cand) -> bool:
        """ "the 52 kWh Techno", "the 300 hp GTS": a trim named by its figure."""
        return (
            toks.lower(cand.start - 1) in self.unit_words
            and toks.lower(cand.start - 2)[:1].isdigit()
            and toks.lower(cand.start - 3) in self.determiners
        )

    def _priced_trim(self, toks: _Toks, cand: _Cand) -> bool:
        """A trim name priced where it stands: "opens with the Dynamic at $52,990", "the
        Premium costs $56,990", "from $64,990 for the Dynamic"."""
        if toks.lower(cand.start - 1) != "the":
            return False
        # ("tops out with the Limited Hybrid at $49,300": a powertrain word may close its name)
        end = cand.end
        if end < len(toks.texts) and toks.texts[end] in self.hybrid_trim_words:
            end += 1
        if toks.lower(end) in self.trim_price_words and any(
            _money_like(toks.texts[k]) or toks.texts[k] in self.currency_words
            for k in range(end + 1, min(end + 3, len(toks.texts)))
        ):
            return True
        return toks.lower(cand.start - 2) == "for" and any(
            _money_like(toks.texts[k]) for k in range(max(cand.start - 7, 0), cand.start - 2)
        )

    def _coordinated_trims(
        self,
        toks: _Toks,
        cands: list[_Cand],
        brands: set[str],
        tails: dict[int, int],
        accepted: dict[int, int],
    ) -> set[int]:
        """Starts of trim names listed together after a determiner: "The Pro and Pro S both
        get", "the Limited, Trail and MS-RT use". Two known trim names joined by "and" / "or" /
        commas name versions; "the Sport and Comfort modes" names settings. Three or more need
        no determiner ("the ladder runs EX, Sport Hybrid, Sport Touring and Touring"); a
        trim word in ``tails`` (start -> end) may close each ("Sport Hybrid"). A ladder opened
        by "from" also steps "through" / "to" ("from XL through XLT to Platinum"), and a trim
        already read (``accepted``, start -> end) counts as one of the list."""
        by_start = {c.start: c for c in cands if c.brand is None or c.brand in brands}
        found: set[int] = set()
        for first in sorted(by_start):
            if first in found:
                continue
            joiners = {",", "and", "or"}
            if toks.lower(first - 1) == "from":
                joiners |= _LADDER_STEPS
            run = [by_start[first]]
            size = 1
            k = tails.get(run[-1].end, run[-1].end)
            while k < len(toks.texts) and toks.lower(k) in joiners:
                j = k + 1
                if toks.texts[k] == "," and j < len(toks.texts) and toks.texts[j] in ("and", "or"):
                    j += 1
                if toks.lower(j) == "the":
                    j += 1
                if j in by_start:
                    run.append(by_start[j])
                    k = tails.get(run[-1].end, run[-1].end)
                elif j in accepted:
                    k = accepted[j]  # "iconic, esprit Alpine, techno": one read already
                else:
                    break
                size += 1
            following = toks.lower(k)
            determined = toks.lower(first - 1) in self.determiners
            if size > (1 if determined else 2) and following not in self.trim_list_blockers:
                found.update(c.start for c in run)
        return found

    def _price_end(self, toks: _Toks, k: int) -> int | None:
        """The end of a price starting at ``k`` ("£31,113", "costs $52,317", "Rs 6.13"), or
        None when no price starts there."""
        if toks.lower(k) in self.trim_price_words:
            k += 1 + (toks.lower(k + 1) in ("from", "at"))
        text = toks.texts[k] if k < len(toks.texts) else ""
        if not (_money_like(text) or text in self.currency_words):
            return None
        if text[-1:].isdigit():
            return k + 1
        return k + 2 if toks.lower(k + 1)[:1].isdigit() else None

    def _priced_list_trims(self, toks: _Toks, rest: list[_Cand], chosen: list[_Cand]) -> set[int]:
        """Starts of generic trim names in a price list beside a maker's own trim: "Osprey
        costs £41,113, Kestrel Core £45,101 and Ultra £49,003". Each name is followed by its
        price; the list needs one trim already read alone, or three names."""
        pool: dict[int, _Cand] = {}
        for c in sorted(rest, key=lambda c: c.start - c.end):
            pool.setdefault(c.start, c)  # "R-Line", not the "R" inside it
        anchors = {c.start: c for c in chosen if c.label == "VARIANT"}
        found: set[int] = set()
        walked: set[int] = set()  # names already read as part of a list
        for first in sorted(set(pool) | set(anchors)):
            if first in walked:
                continue
            run: list[int] = []
            k = first
            while k in pool or k in anchors:
                cand = pool.get(k) or anchors[k]
                end = self._price_end(toks, cand.end)
                if end is None:
                    break
                run.append(k)
                if toks.texts[end : end + 1] == ["("]:  # "R$117,013 ($21,211)": its conversion
                    end = next(
                        (
                            j + 1
                            for j in range(end, min(end + 6, len(toks.texts)))
                            if toks.texts[j] == ")"
                        ),
                        end,
                    )
                if toks.texts[end : end + 1] == [","]:
                    end += 1
                if toks.lower(end) in ("and", "or"):
                    end += 1
                if end == cand.end or toks.lower(end - 1) not in (",", "and", "or"):
                    break
                k = end + (toks.lower(end) == "the")
            walked.update(run)
            # ("the Life trim starts at X, while Style costs Y and R-Line Z": a trim already
            # read earlier in the sentence anchors the list too)
            anchored = any(k in anchors for k in run) or any(
                a < first and toks.sent_start[a] == toks.sent_start[first] for a in anchors
            )
            if len(run) >= 2 and (anchored or len(run) >= 3):
                found.update(k for k in run if k in pool)
        return found

    def _determined_trim(
        self, toks: _Toks, cand: _Cand, brands: set[str], model_sentences: set[int]
    ) -> bool:
        """A maker's own trim written mid-sentence after "the" (and at most one lowercase
        word) in an article naming that maker: "the entry Motion", "the better-equipped
        Ultra". A generic trim stands alone this way only in a sentence listing versions:
        "sold as two versions: the Pro, ... and the GT", or opening a sentence right after
        one naming a model of its paragraph ("... split the X range. The Active keeps ...")."""
        if cand.brand is None:
            lo = toks.sent_start[cand.start]
            listed = any(
                toks.lowers[k] in self.variant_nouns and toks.lowers[k].endswith("s")
                for k in range(lo, cand.start)
            )
            # "from 321,800 yuan for the Pro to 369,800 yuan for the Ultra": a priced trim
            following = toks.texts[cand.end] if cand.end < len(toks.texts) else ""
            priced = (
                toks.lower(cand.start - 2) == "for"
                and cand.start >= 3
                # "for the GT look" names a style, not the trim
                and not (
                    following.isalpha()
                    and following.islower()
                    and following not in self.variant_nouns
                    and following not in ("and", "or", "to", "in")
                )
                and (
                    any(c.isdigit() for c in toks.texts[cand.start - 3])
                    or toks.lower(cand.start - 3) in self.unit_words
                )
            )
            # "The Pro, with a 77 kWh battery, ...": a trim opening its sentence, set off
            opening = toks.sent_start[cand.start] == cand.start - 1 and (
                toks.texts[cand.end : cand.end + 1] == [","]
                or (
                    toks.lower(cand.end) in self.trim_opening_verbs
                    and cand.start >= 2
                    and toks.sent_start[cand.start - 2] in model_sentences
                    and toks.para_start[cand.start - 2] == toks.para_start[cand.start]
                )
            )
            if (
                not (listed or priced or opening)
                or toks.lower(cand.start - 1) not in self.determiners
            ):
                return False
            if opening:
                return not self._title_line(toks, cand.start)
        elif cand.brand not in brands:
            return False
        k = cand.start - 1
        if (
            toks.texts[k : k + 1]
            and toks.texts[k].islower()
            and toks.lower(k) not in self.determiners
        ):
            k -= 1
            if toks.lower(k) == "-":  # "the better-equipped Ultra"
                k -= 2
        return (
            k >= 0
            and toks.lower(k) in self.determiners
            and toks.sent_start[cand.start] != cand.start
            and not self._title_line(toks, cand.start)
        )

    def _unknown_trims(
        self, doc: Doc, toks: _Toks, chosen: list[_Cand], cands: list[_Cand]
    ) -> list[_Cand]:
        """Trims the gazetteer does not know, by position: capitalised words right after a
        model's name ("the e Vitara Motion", "the 1500 REV Big Horn"), or before "trim" /
        "version" after a model named in the sentence ("the Pure version of the X")."""
        texts = toks.texts
        taken = {i for c in chosen for i in range(c.start, c.end)}
        known = {c.start for c in cands}
        added: list[_Cand] = []
        models = [c for c in chosen if c.label in ("MODEL", "VARIANT")]
        # "the N-BOX e: L": a word the gazetteer knows only as another maker's name
        foreign: dict[int, set[str | None]] = {}
        for c in cands:
            # ("the Kestrel Junior": a name another maker's stories give a model of its own)
            if c.label in ("VARIANT", "MODEL") and c.context in ("after_model", "adjacent", "doc"):
                foreign.setdefault(c.start, set()).add(c.brand)
            else:
                foreign.setdefault(c.start, set()).add(None)
        for model in models:
            j = model.end
            if model.label == "VARIANT" and not model.model:
                continue
            if None not in foreign.get(j, {None}) and model.brand not in foreign[j]:
                end = self._trim_words(toks, j, taken, known - {j})
            else:
                end = self._trim_words(toks, j, taken, known)
            if (
                end == j
                and j < len(texts)
                and texts[j] in self.powertrain_suffixes
                and j not in taken
                and model.label == "MODEL"
            ):
                end = j + 1  # "Hilux BEV", "Ranger PHEV"
            if end > j and end < len(texts) and texts[end] in self.edition_words:
                end += 1  # "the X Oulu Edition": the edition word closes the trim's name
            if (
                end == j + 1
                and model.label == "MODEL"
                and texts[j] in self.electric_model_suffixes
                and not model.normalized.endswith(" " + texts[j])
            ):
                # "the Venture S Electric": a maker's electric car sold under its model's
                # name and the word, a model of its own (as "Corsa Electric")
                model.end = end
                model.normalized = f"{model.normalized} {texts[j]}"
                taken.add(j)
                continue
            if end > j and not self._title_line(toks, j):
                added.append(self._trim(doc, j, end, model))
        for k in range(len(texts)):
            if toks.lower(k + 1) not in self.variant_nouns:
                continue
            if k in taken:
                # "in YES Edition trim": an unknown word before a known trim word
                j = k - 1
                if (
                    j > 0
                    and j not in taken
                    and j not in known
                    and texts[j][:1].isupper()
                    and texts[j].isalpha()
                    and toks.sent_start[j] != j
                    and toks.lower(j - 1) in ("in", "the", "a", "an")
                ):
                    owner = _last_model(models, j, toks.sent_start, before=j)
                    if owner is not None:
                        added.append(self._trim(doc, j, k, owner))
                continue
            end = self._trim_words(toks, k, taken, known)
            if end != k + 1 or toks.sent_start[k] == k or self._title_line(toks, k):
                continue
            start = k
            if texts[k + 1] in self.edition_words and k + 1 not in taken:
                # "the Jan Novak Edition": a capitalised edition word closes the trim's name,
                # and the capitalised words before it open it
                end = k + 2
                while start - 1 > toks.sent_start[k] and start - 1 not in taken:
                    if (
                        start - 1 not in known
                        and texts[start - 1][:1].isupper()
                        and texts[start - 1].isalpha()
                    ):
                        start -= 1
                    elif (
                        # "the Cap-Ferrat Edition": a hyphenated name, glued together
                        texts[start - 1] == "-"
                        and not doc[start - 2].whitespace_
                        and not doc[start - 1].whitespace_
                        and start - 2 > toks.sent_start[k]
                        and start - 2 not in taken
                        and texts[start - 2][:1].isupper()
                        and texts[start - 2].isalpha()
                    ):
                        start -= 2
                    else:
                        break
            # "Its motor in the W grade ...": in a sentence naming no model, the model its
            # paragraph named last before it (an edition named again there is the one named
            # in full before: "the Novak Edition")
            owner = _last_model(models, k, toks.sent_start)
            edition = end == k + 2 and texts[k + 1] in self.edition_words
            if owner is None and (end == k + 1 or edition):
                owner = _last_model(models, k, toks.para_start, before=k)
            if owner is None and (end == k + 1 or edition) and len(texts[k]) > 2:
                # "The plusher Harbour trim costs X" in a paragraph that names
                # only trims: the model the article named last (a word, not a grade letter)
                # (not one named as a point of comparison: "cheaper than the EV3")
                owner = next(
                    (
                        m
                        for m in reversed(models)
                        if m.label == "MODEL" and m.end <= k and not self._compared_model(toks, m)
                    ),
                    None,
                )
            if owner is not None:
                added.append(self._trim(doc, start, end, owner))
        added.extend(self._listed_trims(doc, toks, models, taken))
        added.extend(self._trims_listed_before_noun(doc, toks, models, taken, known))
        added.extend(self._contrasted_trims(doc, toks, chosen, taken))
        added.extend(self._positioned_trims(doc, toks, models, taken, known))
        added.extend(
            _bare_grade_letters(
                toks, models, taken | {i for c in added for i in range(c.start, c.end)}
            )
        )
        if not added:
            return chosen
        for cand in added:
            if not any(i in taken for i in range(cand.start, cand.end)):
                chosen.append(cand)
                taken.update(range(cand.start, cand.end))
        # a trim read by position is that trim again after "the" later on, and so is one
        # joined to it: "three grades - Premium, Ultimate and Calligraphy ... The Premium is
        # rear-wheel drive", "The E and S use ..."
        seen: dict[tuple[str, ...], list[_Cand]] = {}
        for c in sorted(added, key=lambda c: c.start):
            seen.setdefault(tuple(texts[c.start : c.end]), []).append(c)
            if c.end - c.start >= 3 and texts[c.end - 1] in self.edition_words:
                # "the Jan Novak Edition ... the Novak Edition": the same trim, shortened
                for first in range(c.start + 1, c.end - 1):
                    seen.setdefault(tuple(texts[first : c.end]), []).append(c)
        variant_ends = {c.end for c in chosen if c.label == "VARIANT"}
        for k in range(len(texts)):
            for form, named in seen.items():
                n = len(form)
                if (
                    tuple(texts[k : k + n]) == form
                    and not any(i in taken for i in range(k, k + n))
                    and (
                        toks.lower(k - 1) in self.determiners
                        or (toks.lower(k - 1) in ("and", "or", ",") and k - 1 in variant_ends)
                    )
                ):
                    # "the Golf GTI ... the GTI ... the Polo GTI, ...": the model it was first
                    # named with, unless its paragraph named it with another before this one
                    cand = next(
                        (
                            c
                            for c in reversed(named)
                            if c.start < k and toks.para_start[c.start] == toks.para_start[k]
                        ),
                        named[0],
                    )
                    chosen.append(
                        _Cand(
                            k, k + n, "VARIANT", None, cand.normalized, cand.brand, model=cand.model
                        )
                    )
                    taken.update(range(k, k + n))
                    variant_ends.add(k + n)
                    break
        # "the EV 480 ... The flagship EV 600": a word-and-number trim read by position names
        # its sibling with another number after "the" (and a describing word)
        # (a one-word trim a number follows is read so too: the number joins it later)
        numbered = {
            form[0]: named[0]
            for form, named in seen.items()
            if form[0][:1].isupper()
            and (
                (len(form) == 2 and form[1].isdigit())
                or (len(form) == 1 and named[0].end < len(texts) and texts[named[0].end].isdigit())
            )
        }
        for k in range(1, len(texts) - 1 if numbered else 1):
            first = numbered.get(texts[k])
            if (
                first is None
                or not texts[k + 1].isdigit()
                or len(texts[k + 1]) not in (2, 3)
                or k in taken
                or k + 1 in taken
                or not (
                    toks.lower(k - 1) in self.determiners
                    or (texts[k - 1].islower() and toks.lower(k - 2) in self.determiners)
                )
                or (k + 2 < len(texts) and toks.lower(k + 2) in self.unit_words)
            ):
                continue
            chosen.append(
                _Cand(
                    k, k + 2, "VARIANT", None, doc[k : k + 2].text, first.brand, model=first.model
                )
            )
            taken.update((k, k + 1))
        return self._join_trim_words(doc, toks, sorted(chosen, key=lambda c: c.start))

    def _number_tails(self, doc: Doc, toks: _Toks, names: list[_Cand]) -> None:
        """ "the Spring Extreme 65", "the 911 Carrera RS 2.7": a bare number right after a
        trim, no unit after it, is the last word of the trim's name."""
        texts = toks.texts
        taken = {i for c in names for i in range(c.start, c.end)}
        for cand in names:
            k = cand.end
            if cand.label != "VARIANT" or k >= len(texts) or k in taken:
                continue
            if texts[cand.end - 1][:1].isdigit() or not _TRIM_NUMBER.fullmatch(texts[k]):
                continue
            after = texts[k + 1] if k + 1 < len(texts) else ""
            if (
                toks.sent_start[k] != toks.sent_start[cand.start]
                or after.lower() in self.unit_words
                or after.lower() in self.number_tail_blockers
                or after[:1] in ("-", "–", "/", "%", "+", "x")
                or after[:1].isdigit()
                # "the Extreme 45 and 65 kWh": numbers joined up are figures; "the D 200 and
                # the D 254" are names
                or (
                    after.lower() in ("to", "and", "or")
                    and (k + 2 >= len(texts) or texts[k + 2][:1].isdigit())
                )
            ):
                continue
            cand.end = k + 1
            cand.normalized = doc[cand.start : cand.end].text
            taken.add(k)

    def _hyphen_tails(self, doc: Doc, toks: _Toks, names: list[_Cand]) -> None:
        """ "the GT-Four": a capitalised word joined to a trim by a hyphen, with no space on
        either side, is the last part of the trim's name (not "GT-like", written lower case,
        nor an abbreviation in capitals, "GT-AWD", which names the drive)."""
        texts = toks.texts
        taken = {i for c in names for i in range(c.start, c.end)}
        for cand in names:
            k = cand.end
            if (
                cand.label != "VARIANT"
                or k + 1 >= len(texts)
                or texts[k] != "-"
                or k in taken
                or k + 1 in taken
                or doc[k - 1].whitespace_
                or doc[k].whitespace_
                or not texts[k + 1].isalpha()
                or not texts[k + 1][:1].isupper()
                or texts[k + 1].isupper()
            ):
                continue
            cand.end = k + 2
            cand.normalized = doc[cand.start : cand.end].text
            taken.update((k, k + 1))

    @staticmethod
    def _electric_prefixes(doc: Doc, toks: _Toks, names: list[_Cand]) -> None:
        """ "the e-Kestrel": "e-" glued to a model's name is the maker's electric model of its
        own ("e-208", "Corsa Electric"), named with the prefix, when the gazetteer does not
        list it."""
        texts = toks.texts
        taken = {i for c in names for i in range(c.start, c.end)}
        for cand in names:
            k = cand.start
            if (
                cand.label == "MODEL"
                and k >= 2
                and texts[k - 1] == "-"
                and texts[k - 2] in ("e", "E")
                and k - 1 not in taken
                and k - 2 not in taken
                and not doc[k - 2].whitespace_
                and not doc[k - 1].whitespace_
                and (k == 2 or doc[k - 3].whitespace_ or not doc[k - 3].is_alpha)
            ):
                for trim in names:  # "the e-Kestrel Maxi": its trim's model too
                    if trim.label == "VARIANT" and trim.start == cand.end:
                        trim.model = f"e-{cand.normalized}"
                cand.start = k - 2
                cand.normalized = f"e-{cand.normalized}"
                taken.update((k - 2, k - 1))

    def _trim_word_before(self, doc: Doc, toks: _Toks, names: list[_Cand]) -> None:
        """A one-word trim name of any maker right before a trim names one trim with it:
        before a powertrain trim word ("In Sport Hybrid trim", "the Limited Hybrid"), or before
        any trim after an article ("An SE Long Range bought new")."""
        texts = toks.texts
        taken = {i for c in names for i in range(c.start, c.end)}
        for cand in names:
            k = cand.start - 1
            if (
                cand.label != "VARIANT"
                or k <= 0
                or k in taken
                or texts[k] not in self.trim_words
                or toks.sent_start[k] == k
            ):
                continue
            hybrid = texts[cand.start] in self.hybrid_trim_words
            stacked = (
                texts[k] not in self.not_trims
                and toks.lower(k - 1) in ("the", "a", "an")
                and bool(doc[k].whitespace_)
            )
            if hybrid or stacked:
                cand.start = k
                cand.normalized = doc[cand.start : cand.end].text
                taken.add(k)

    def _edition_tails(self, doc: Doc, toks: _Toks, names: list[_Cand]) -> None:
        """ "the Z Nismo Tampere Edition": capitalised words closed by an edition word right
        after a known trim belong to its name."""
        texts = toks.texts
        taken = {i for c in names for i in range(c.start, c.end)}
        for cand in names:
            if cand.label != "VARIANT":
                continue
            k = cand.end
            while k < len(texts) and k - cand.end < 2 and k not in taken:
                if not (texts[k][:1].isupper() and texts[k].isalpha()):
                    break
                if texts[k] in self.edition_words and k > cand.end:
                    cand.end = k + 1
                    cand.normalized = doc[cand.start : cand.end].text
                    taken.update(range(cand.start, cand.end))
                    break
                k += 1

    def _drive_tails(self, doc: Doc, toks: _Toks, names: list[_Cand]) -> list[_Cand]:
        """ "the Hybrid 2WD", "the Long Range AWD": a drive tag written right after a trim
        (one word, or a trim of its own such as "AWD-i") is the last part of its name; right
        after a model it is a version of its own ("the Kestrel AWD")."""
        texts = toks.texts
        starts = {c.start: c for c in names}
        taken = {i for c in names for i in range(c.start, c.end)}
        merged: set[int] = set()
        added: list[_Cand] = []
        for cand in sorted(names, key=lambda c: c.start):
            k = cand.end
            if (
                cand.label == "MODEL"
                and k < len(texts)
                and k not in taken
                and texts[k] in self.drive_tags
                and doc[k - 1].whitespace_
                and toks.sent_start[k] == toks.sent_start[cand.start]
            ):
                # "the Kestrel AWD": a drive tag right after a model is a version of its own
                added.append(self._trim(doc, k, k + 1, cand))
                taken.add(k)
                continue
            if (
                cand.label != "VARIANT"
                or id(cand) in merged
                or k >= len(texts)
                or not doc[k - 1].whitespace_
                or toks.sent_start[k] != toks.sent_start[cand.start]
            ):
                continue
            tag = starts.get(k)
            if tag is not None and tag.label == "VARIANT" and tag.normalized in self.drive_tags:
                cand.end = tag.end
                merged.add(id(tag))
            elif k not in taken and texts[k] in self.drive_tags:
                cand.end = k + 1
            else:
                continue
            cand.normalized = doc[cand.start : cand.end].text
        kept = [c for c in names if id(c) not in merged]
        return sorted(kept + added, key=lambda c: c.start) if added else kept

    def _join_trim_words(self, doc: Doc, toks: _Toks, chosen: list[_Cand]) -> list[_Cand]:
        """ "in YES Edition trim": two trim words side by side before a trim noun name one
        trim, not two."""
        out: list[_Cand] = []
        for cand in chosen:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.label == cand.label == "VARIANT"
                and prev.end == cand.start
                and toks.lower(cand.end) in self.variant_nouns
                and (prev.model is None or cand.model is None or prev.model == cand.model)
            ):
                prev.end = cand.end
                prev.normalized = doc[prev.start : prev.end].text
                continue
            out.append(cand)
        return out

    def _listed_trims(
        self, doc: Doc, toks: _Toks, models: list[_Cand], taken: set[int]
    ) -> list[_Cand]:
        """Trims listed after a plural trim noun: "in three grades – Premium, Ultimate and
        Calligraphy –", "two versions: Pure and Max". At least two names, each capitalised,
        joined by commas and "and"/"or"; they belong to the model named before the noun."""
        texts = toks.texts
        out = []
        for k, word in enumerate(toks.lowers):
            if word not in self.variant_nouns or not word.endswith("s"):
                continue
            if toks.lower(k + 1) not in ("–", "—", ":", "-", "(", ","):
                continue
            owner = next(
                (
                    m
                    for m in reversed(models)
                    if m.end <= k and toks.sent_start[m.start] == toks.sent_start[k]
                ),
                None,
            )
            if owner is None:
                continue
            found = []
            j = k + 2
            while j < len(texts):
                end = j if j in taken else self._trim_words(toks, j, taken, set())
                if j in taken:  # a trim the gazetteer already knows
                    end = next((c.end for c in models if c.start == j), j + 1)
                if end == j:
                    break
                found.append((j, end))
                j = end
                if toks.lower(j) in (",", "and", "or") and toks.lower(j + 1) in ("and", "or"):
                    j += 1
                if toks.lower(j) not in (",", "and", "or"):
                    break
                j += 1
            if len(found) >= 2:
                out.extend(self._trim(doc, a, b, owner) for a, b in found if a not in taken)
        return out

    def _trims_listed_before_noun(
        self, doc: Doc, toks: _Toks, models: list[_Cand], taken: set[int], known: set[int]
    ) -> list[_Cand]:
        """Trims listed before a plural trim noun: "comes in Core and Apex trims", "cheaper Core
        and Apex versions arrive later" (a singular one after "in": "sold in Core and Apex
        trim"). At least two one-word names, joined by commas and
        "and"/"or"; they belong to the model named last in the paragraph."""
        texts = toks.texts
        out = []
        for k, word in enumerate(toks.lowers):
            if word not in self.variant_nouns or k < 3:
                continue
            names: list[int] = []
            j = k - 1
            while j >= toks.sent_start[k]:
                # a known trim written as one hyphened word ("GT-Line") counts from its start
                j = next(
                    (
                        m.start
                        for m in models
                        if m.start < j < m.end
                        and m.label == "VARIANT"
                        and " " not in doc[m.start : m.end].text
                    ),
                    j,
                )
                text = texts[j]
                if not (
                    text[:1].isupper()
                    and (text.isalnum() or "-" in text or GRADED_NAME.fullmatch(text))
                ):
                    break
                if j in taken and not any(m.start == j and m.label == "VARIANT" for m in models):
                    break  # a model or brand name, not a trim
                names.append(j)
                if toks.lower(j - 1) not in (",", "and", "or"):
                    break
                j -= 2 if toks.lower(j - 1) in ("and", "or") and toks.lower(j - 2) != "," else 1
                if toks.lower(j) in (",",):
                    j -= 1
            if len(names) < 2 or (
                # a capitalised word opening the sentence is a trim only if the gazetteer
                # knows the name ("Elegance and Apex versions cost ...")
                toks.sent_start[names[-1]] == names[-1] and names[-1] not in known
            ):
                continue
            if not word.endswith("s") and toks.lower(names[-1] - 1) != "in":
                continue  # a singular noun lists trims only after "in"
            owner = _last_model(models, k, toks.para_start, before=names[-1]) or _paragraph_topic(
                models, toks.para_start, toks.para_start[k]
            )
            if owner is not None:
                out.extend(self._trim(doc, n, n + 1, owner) for n in names if n not in taken)
        return out

    def _positioned_trims(
        self, doc: Doc, toks: _Toks, models: list[_Cand], taken: set[int], known: set[int]
    ) -> list[_Cand]:
        """An unknown trim after a word placing it in the range: "the range-topping Halo",
        "the entry-level Core", "the dual-motor Max". It belongs to the model named last in
        its paragraph, or to the one opening the paragraph before when its own names none
        ("Two versions are offered. The entry-level Base ... The range-topping Max")."""
        out = []
        texts = toks.texts
        for k, text in enumerate(texts):
            if text != "-" or toks.lower(k + 1) not in self.trim_lead_words:
                continue
            j = k + 2
            end = self._trim_words(toks, j, taken, known)
            if end == j or toks.sent_start[j] == j or self._title_line(toks, j):
                continue
            para = toks.para_start[k]
            owner = _last_model(models, k, toks.para_start, before=k)
            if owner is None and not any(
                m.label == "MODEL" and toks.para_start[m.start] == para for m in models
            ):
                owner = _paragraph_topic(models, toks.para_start, para)
            if owner is not None:
                out.append(self._trim(doc, j, end, owner))
        return out

    def _contrasted_trims(
        self, doc: Doc, toks: _Toks, chosen: list[_Cand], blocked: set[int]
    ) -> list[_Cand]:
        """A trim contrasted with one the sentence named: "In Life trim it uses X, while the
        Design gets Y", "the entry Motion ..., while the better-equipped Ultra ..."."""
        out = []
        variants = [c for c in chosen if c.label == "VARIANT"]
        models = [c for c in chosen if c.label == "MODEL"]
        for k, word in enumerate(toks.lowers):
            # ", and the GTS, with more power, costs": a second clause set against the first
            coordinated = word == "and" and toks.lower(k - 1) == ","
            if (word not in _CONTRASTS and not coordinated) or toks.lower(k + 1) != "the":
                continue
            j = k + 2
            while (
                j < len(toks.texts)
                and (toks.texts[j].islower() or toks.texts[j] in ("-", ","))
                and j - k < 12
            ):
                j += 1  # "the better-equipped", "the dual-motor, all-wheel-drive"
            if j in blocked or j + 1 >= len(toks.texts):
                continue
            text = toks.texts[j]
            nxt = toks.texts[j + 1]
            named = (text.isalpha() and text[:1].isupper()) or (
                text.isalnum() and any(c.isdigit() for c in text) and any(c.isupper() for c in text)
            )  # "Design", "4More"
            if not named or text in self.not_trims:
                continue
            if coordinated and self.code_shape.match(text):
                continue  # ", and the G65": a code, not a trim
            if nxt != "," and (
                not (nxt.isalpha() and nxt.islower())
                or not (nxt.endswith("s") or nxt in _MODAL_VERBS)
            ):
                # "while the Design gets", "while the Premium, with a larger battery, costs":
                # a verb (or an aside before it) for one trim follows it
                continue
            sent = toks.sent_start[k]
            if not any(toks.sent_start[c.start] == sent and c.end <= k for c in variants):
                continue  # only a trim set against another trim
            owner = (
                next(
                    (c for c in reversed(variants) if c.model and toks.sent_start[c.start] == sent),
                    None,
                )
                or next((c for c in reversed(models) if toks.sent_start[c.start] == sent), None)
                or next(c for c in reversed(variants) if toks.sent_start[c.start] == sent)
            )
            if owner is not None:
                out.append(self._trim(doc, j, j + 1, owner))
        return out

    def _trim_words(self, toks: _Toks, j: int, taken: set[int], known: set[int]) -> int:
        """End of up to two capitalised trim words from token ``j`` ("Big Horn", "AllGrip-e")."""
        texts = toks.texts
        k = j
        while k < len(texts) and k - j < 2 and k not in taken and k not in known:
            word = texts[k]
            # "Big Horn", and names with a digit: "Hi4-T", "N Line"
            named = (
                word.isalpha()
                or bool(GRADED_NAME.fullmatch(word))
                or (
                    word.isalnum()
                    and any(c.isdigit() for c in word)
                    and not word.isdigit()
                    and word not in self.code_entries
                    # "Protection VR9": a code-shaped word closes a trim's name after a word
                    and (not self.code_shape.match(word) or (k > j and texts[k - 1].isalpha()))
                )
            )
            if not (word[:1].isupper() and named) or word in self.not_trims:
                break
            if toks.sent_start[k] != toks.sent_start[j] or toks.lower(k) in self.unit_words:
                break
            k += 1
            # "AllGrip-e" is a name; "China-built" is a compound adjective
            if toks.lower(k) == "-" and k + 1 < len(texts) and k + 1 not in taken:
                if len(texts[k + 1]) <= 2 and texts[k + 1].isalpha():
                    k += 2
                else:
                    return j
        if k < len(texts) and texts[k] in _POSSESSIVE:
            return j  # "the X Group's": an owner, not a trim
        return k

    def _unknown_platforms(
        self, doc: Doc, toks: _Toks, names: list[_Cand], codes: list[_Cand]
    ) -> tuple[list[_Cand], list[_Cand]]:
        """Platforms the gazetteer does not know, by position: the name right before a
        platform noun ("Chery's M3X platform", "McLaren's MCLA architecture"), or right after
        "a platform called" ("an architecture called IMA", "called e:Architecture"). A model or
        code found only by its shape there is the platform's name."""
        texts = toks.texts
        by_end = {c.end: c for c in [*names, *codes]}
        taken = {i for c in [*names, *codes] for i in range(c.start, c.end)}
        found: list[_Cand] = []
        relabelled: set[int] = set()
        for i, text in enumerate(texts):
            if toks.lower(i) not in self.platform_nouns or not text.islower():
                continue
            before = by_end.get(i)
            if before is not None:
                if before.entry is None and before.label in ("MODEL", "MODEL_CODE"):
                    relabelled.add(id(before))
                    found.append(self._platform(doc, toks, before.start, before.end, names))
                continue
            start = self._platform_name_start(toks, i, taken)
            known = by_end.get(start) if start is not None else None
            if known is not None and known.label == "PLATFORM" and i - start == 1:
                # "the CMA Evo platform", "MQB Evo": a known platform's named evolution
                relabelled.add(id(known))
                found.append(
                    _Cand(known.start, i, "PLATFORM", None, doc[known.start : i].text, known.brand)
                )
                continue
            if start is not None and (
                self._code_like_name(texts[start:i]) or self._vehicle_sentence(toks, i, names)
            ):
                found.append(self._platform(doc, toks, start, i, names))
                continue
            # "It sits on PPA, our bonded-aluminium platform": a code-like name set off before
            # a description ending in the platform noun
            j = i - 1
            while j > i - 7 and j >= 0 and (texts[j][:1].islower() or texts[j] == "-"):
                j -= 1
            # ("RGX One, a new electric architecture": a name of up to three words)
            first = (
                self._platform_name_start(toks, j, taken)
                if j >= 1 and texts[j] == "," and toks.lower(j + 1) in self.determiners
                else None
            )
            if (
                first is not None
                and self._code_like_name(texts[first:j])
                and texts[first] not in self.not_platforms
                and texts[first][:1].isupper()
            ):
                found.append(self._platform(doc, toks, first, j, names))
                continue
            # "Called QX9, it is a ladder-frame truck architecture": a code-like name an
            # opening naming phrase gives the platform the sentence describes
            j = next(
                (
                    j
                    for j in range(i - 1, max(i - 12, 4), -1)
                    if toks.lower(j) in ("a", "an") and toks.lower(j - 1) == "is"
                ),
                0,
            )
            if (
                j >= 5
                and all(texts[m][:1].islower() or texts[m] == "-" for m in range(j, i))
                and toks.lowers[j - 3 : j + 1] in ([",", "it", "is", "a"], [",", "it", "is", "an"])
                and toks.lower(j - 5) in ("called", "named", "dubbed")
                and toks.sent_start[j] == j - 5
                and j - 4 not in taken
                and self._code_like_name([texts[j - 4]])
            ):
                found.append(self._platform(doc, toks, j - 4, j - 3, names))
                continue
            k = i + 1
            if texts[k : k + 1] == [","]:
                k += 1
            for opener in self.platform_openers:
                if [toks.lower(k + n) for n in range(len(opener))] == opener:
                    end = self._platform_name_end(toks, k + len(opener), taken)
                    if end is not None:
                        found.append(self._platform(doc, toks, k + len(opener), end, names))
                    break
        if not found:
            return names, codes
        # once "the e:Architecture platform" is read, a later bare "e:Architecture" is it too
        spans = {(c.start, c.end) for c in found}
        forms = {tuple(texts[c.start : c.end]): c for c in found if c.entry is None}
        claimed = taken | {i for c in found for i in range(c.start, c.end)}
        for form, cand in forms.items():
            n = len(form)
            for k in range(len(texts) - n + 1):
                if (k, k + n) in spans or tuple(texts[k : k + n]) != form:
                    continue
                if any(i in claimed for i in range(k, k + n)):
                    continue
                found.append(_Cand(k, k + n, "PLATFORM", None, cand.normalized, cand.brand))
                claimed.update(range(k, k + n))
        names = [c for c in names if id(c) not in relabelled] + found
        codes = [c for c in codes if id(c) not in relabelled]
        return sorted(names, key=lambda c: c.start), codes

    @staticmethod
    def _code_like_name(words: list[str]) -> bool:
        """ "MCLA", "M3X", "AMG.EA": a name no ordinary capitalised word could be."""
        return any(any(c.isupper() or c.isdigit() for c in w[1:]) for w in words)

    @staticmethod
    def _vehicle_sentence(toks: _Toks, i: int, names: list[_Cand]) -> bool:
        """A plain capitalised name ("the Giorgio platform") counts only in a sentence that
        names a vehicle or its maker: "the Republican platform" is none."""
        return any(toks.sent_start[c.start] == toks.sent_start[i] for c in names)

    def _name_like(self, toks: _Toks, k: int) -> bool:
        text = toks.texts[k]
        if text in self.not_platforms or not text[:1].isalnum():
            return False
        if any(c.isupper() for c in text[1:]):
            return True  # "MCLA", "AmpR", "M3X"
        return text[:1].isupper() and toks.sent_start[k] != k and not text.isdigit()

    def _platform_name_start(self, toks: _Toks, i: int, taken: set[int]) -> int | None:
        """Start of up to three name tokens ending at ``i``; "-", "." or ":" join two parts
        of one name ("AMG.EA", "E-GMP")."""
        texts = toks.texts
        k = i
        words = 0
        while k > 0 and words < 3 and k - 1 not in taken:
            if self._name_like(toks, k - 1):
                k -= 1
                words += 1
            elif (
                k < i
                and texts[k - 1] in ("-", ".", ":")
                and k >= 2
                and k - 2 not in taken
                and texts[k - 2].isalnum()
            ):
                k -= 2
                words += 1
            else:
                break
        if k == i or not any(c.isupper() for t in texts[k:i] for c in t):
            return None
        return k

    def _platform_name_end(self, toks: _Toks, j: int, taken: set[int]) -> int | None:
        """End of a name after "called": "IMA", "e:Architecture", "Universal EV"."""
        texts = toks.texts
        k = j
        while k < len(texts) and k - j < 4 and k not in taken:
            joined = k + 1 < len(texts) and texts[k + 1] in ("-", ".", ":")
            if self._name_like(toks, k) or (joined and texts[k].isalnum() and k == j):
                k += 1
                if joined and k + 1 < len(texts) and texts[k + 1][:1].isalnum():
                    k += 2
            else:
                break
        if k == j or not any(c.isupper() for t in texts[j:k] for c in t):
            return None
        return k

    def _platform(self, doc: Doc, toks: _Toks, start: int, end: int, names: list[_Cand]) -> _Cand:
        """A platform candidate, owned by the brand written before it ("Chery's M3X")."""
        brand = next(
            (
                c.brand
                for c in names
                if c.label == "BRAND" and c.end in (start - 1, start - 2) and c.end <= start
            ),
            None,
        )
        name = doc[start:end].text
        return _Cand(start, end, "PLATFORM", None, name, brand)

    def _title_line(self, toks: _Toks, i: int) -> bool:
        """True in a title-case headline, where every word is capitalised."""
        lo = toks.para_start[i]
        hi = lo
        while hi < len(toks.texts) and "\n" not in toks.texts[hi]:
            hi += 1
        words = [w for w in toks.texts[lo:hi] if w.isalpha() and len(w) > 3]
        if len(words) < 4:
            return False
        return sum(w[0].isupper() for w in words) / len(words) > self.title_ratio

    @staticmethod
    def _trim(doc: Doc, start: int, end: int, model: _Cand) -> _Cand:
        name = doc[start:end].text
        owner = model.model if model.label == "VARIANT" else model.normalized
        return _Cand(start, end, "VARIANT", None, name, model.brand, model=owner)

    def _shaped_models(
        self, toks: _Toks, cands: list[_Cand], brand_ends: dict[int, str]
    ) -> list[_Cand]:
        """A model the gazetteer does not know yet, by shape right after its brand ("Kia EV7")."""
        if self.model_shape is None:
            return []
        starts = {c.start for c in cands}
        model_starts = {c.start for c in cands if c.label == "MODEL"}
        out = []
        for end, brand in brand_ends.items():
            k = end + (toks.texts[end : end + 1] in (["'s"], ["’s"]))
            if k >= len(toks.texts) or k in starts or k + 1 in model_starts:
                continue  # "BMW G46 X3": a code before a known model
            text = toks.texts[k]
            shaped = (
                self.model_shape.match(text)
                and not (self.not_model_shape and self.not_model_shape.match(text))
                and text not in self.not_codes
                and text not in self.code_entries
                and toks.lower(k + 1) not in self.code_blockers
            )
            if shaped or (k == end and self._word_named_model(toks, k, starts)):
                out.append(_Cand(k, k + 1, "MODEL", None, text, brand))
        for cand in cands:
            k = cand.end
            if (
                cand.label == "BRAND"
                and cand.brand in self.numbered_brands
                and k < len(toks.texts)
                and re.fullmatch(r"\d{1,3}", toks.texts[k])
                and toks.lower(k + 1) not in self.unit_words
                and toks.texts[k + 1 : k + 2] != ["%"]
            ):
                name = f"{toks.texts[cand.start]} {toks.texts[k]}"
                out.append(_Cand(cand.start, k + 1, "MODEL", None, name, cand.brand))
        out.extend(self._named_models(toks, starts, brand_ends))
        out.extend(self._concept_models(toks, starts, brand_ends))
        out.extend(self._family_models(toks, starts, brand_ends))
        out.extend(self._described_models(toks, cands, brand_ends))
        if out:  # once "Kia EV7" is seen, a later bare "EV7" is the same model
            # (a name of several words, "the X Gran Coupe", again wherever it is written in
            # full: the longest name wins over the shorter ones inside it later)
            seen = {tuple(c.normalized.split()): c.brand for c in out}
            taken = {i for c in out for i in range(c.start, c.end)}
            for k in range(len(toks.texts)):
                for words, brand in seen.items():
                    end = k + len(words)
                    if (
                        tuple(toks.texts[k:end]) == words
                        and not taken.intersection(range(k, end))
                        and (len(words) > 1 or k not in starts)
                    ):
                        out.append(_Cand(k, end, "MODEL", None, " ".join(words), brand))
                        taken.update(range(k, end))
        out.extend(self._bare_numbers(toks, [*cands, *out], brand_ends))
        return out

    def _bare_numbers(
        self, toks: _Toks, cands: list[_Cand], brand_ends: dict[int, str]
    ) -> list[_Cand]:
        """ "the 5", "The 4's boot": once a "<Brand> <number>" model is named ("Renault 5"), its
        number after a determiner names it, where a verb, a possessive or punctuation follows
        (not "the 5 best", "the 4 doors")."""
        brands = set(brand_ends.values())
        numbered = {
            c.normalized.rsplit(" ", 1)[1]: c
            for c in cands
            if c.label == "MODEL"
            and c.brand in brands
            and c.brand in self.numbered_brands
            and re.fullmatch(re.escape(c.brand) + r" \d{1,3}", c.normalized)
        }
        if not numbered:
            return []
        first = {
            number: min(c.start for c in cands if c.normalized.endswith(" " + number))
            for number in numbered
        }
        # a trim of another maker's written the same ("4" of a Porsche 911) is no obstacle
        taken = {
            k
            for c in cands
            if c.label != "VARIANT" and (c.brand is None or c.brand in brands)
            for k in range(c.start, c.end)
        }  # nor is another maker's model written the same, when the article names no such maker
        trim_starts: dict[str | None, set[int]] = {}
        for c in cands:
            if c.label == "VARIANT" and c.context in ("after_model", "any"):
                for brand in {c.brand} if c.brand else brands:
                    trim_starts.setdefault(brand, set()).add(c.start)
        out = []
        for k, text in enumerate(toks.texts):
            model = numbered.get(text)
            if (
                model is not None
                and k > first[text]
                and k not in taken
                and (
                    toks.lower(k - 1) in self.bare_number_openers
                    # "the range-extended 07": a describing word after the determiner
                    or (toks.texts[k - 1].islower() and self._determined_name(toks, k))
                    # "The 07, 12 and 11": numbers listed after one already read
                    or (
                        toks.lower(k - 1) in (",", "and", "or")
                        and any(c.end in (k - 1, k - 2) for c in out)
                    )
                )
                and (
                    k + 1 >= len(toks.texts)
                    or toks.lower(k + 1) in self.bare_number_followers
                    or toks.lower(k + 1) in self.body_nouns  # "the 06 saloon"
                    or not toks.texts[k + 1][:1].isalnum()
                    # "the 07 EREV": a trim's capitalised name after the number
                    or (toks.texts[k + 1].isupper() and toks.texts[k + 1].isalpha())
                    # "The 4 Ultra costs": a trim's name after it
                    or k + 1 in trim_starts.get(model.brand, set())
                )
            ):
                out.append(_Cand(k, k + 1, "MODEL", None, model.normalized, model.brand))
        # "The 06 saloon": a number shaped like the maker's other models ("07", "12"), before a
        # body noun, is one of its models the article had not named in full
        makers = {c.brand for c in numbered.values()}
        shapes = {len(n) for n in numbered}
        if len(numbered) >= 2 and len(makers) == 1 and shapes == {2}:
            (brand,) = makers
            seen = {c.start for c in out}
            out.extend(
                _Cand(k, k + 1, "MODEL", None, f"{brand} {text}", brand)
                for k, text in enumerate(toks.texts)
                if re.fullmatch(r"\d{2}", text)
                and text not in numbered
                and k not in taken
                and k not in seen
                and toks.lower(k - 1) in self.determiners
                and toks.lower(k + 1) in self.body_nouns
            )
        return out

    def _family_models(
        self, toks: _Toks, starts: set[int], brand_ends: dict[int, str]
    ) -> list[_Cand]:
        """A model the gazetteer does not know yet, named like its maker's others ("the EV7"
        where Kia is named and has an EV3, EV6 and EV9), anywhere in the article but right
        after another maker ("Porsche K1" is no Kia)."""
        brands = set(brand_ends.values())
        if not brands & self.family_brands:
            return []
        texts = toks.texts
        out = []
        for k, word in enumerate(texts):
            if word in self.family_words and texts[k + 1 : k + 2] and texts[k + 1].isdigit():
                end = k + 2  # "Ioniq 4", where "Ioniq" alone may be a known model too
            elif word[:1].isupper() and word[-1:].isdigit():
                end = k + 1
            else:
                continue
            text = " ".join(texts[k:end])
            family = _family(text)
            brand = self.families.get(family) if family else None
            if (
                brand in brands
                and brand_ends.get(k, brand) == brand
                and (k not in starts or end == k + 2)
                and text not in self.name_owners
                and text not in self.code_entries
                and text not in self.not_codes
                and toks.lower(k + 1) not in self.code_blockers
                and toks.texts[k - 1 : k] != ["("]
            ):
                out.append(_Cand(k, end, "MODEL", None, text, brand))
        return out

    def _named_again(self, toks: _Toks, k: int) -> bool:
        """The plain word at ``k`` is written again later after "the" ("... the Kestrel, a
        two-seat roadster ... the Kestrel will tour"), never after a place's preposition, and
        is no company word."""
        text = toks.texts[k]
        if text.lower() in self.not_model_words or not text.isalpha():
            return False
        uses = [j for j, t in enumerate(toks.texts) if t == text]
        return any(j > k and toks.lower(j - 1) == "the" for j in uses) and not any(
            toks.lower(j - 1) in _PLACE_PREPOSITIONS for j in uses
        )

    def _word_named_model(self, toks: _Toks, k: int, starts: set[int]) -> bool:
        """A new model named by a plain word right after its brand ("the Skoda Vora"), when the
        article names it again after "the" ("The Vora comes in three trims") and the word is
        no company word ("VW Group") nor a word of a capitalised heading ("Kia Unveils")."""
        text = toks.texts[k]
        if not (
            text[:1].isupper()
            and text[1:].islower()
            and text.isalpha()
            and len(text) > 2
            and text.lower() not in self.not_model_words
            and not self._title_line(toks, k)
            and toks.texts[k + 1 : k + 2] != ["-"]  # "Shanghai-based"
        ):
            return False
        uses = [j for j, t in enumerate(toks.texts) if t == text]
        return any(
            j != k and j not in starts and toks.lower(j - 1) == "the" for j in uses
        ) and not any(
            toks.lower(j - 1) in _PLACE_PREPOSITIONS for j in uses
        )  # "built in Shanghai": a place

    def _concept_models(
        self, toks: _Toks, starts: set[int], brand_ends: dict[int, str]
    ) -> list[_Cand]:
        """ "Volvo's Concept Nine", "Volvo Vision Tern": a show car named by a concept word
        and one capitalised word or code right after its maker."""
        out = []
        for end, brand in brand_ends.items():
            k = end + (toks.texts[end : end + 1] in (["'s"], ["’s"]))
            if k + 1 >= len(toks.texts) or k in starts or toks.texts[k] not in self.concept_words:
                continue
            name = toks.texts[k + 1]
            if name[:1].isupper() and name.isalnum() and toks.lower(k + 2) != "-":
                text = f"{toks.texts[k]} {name}"
                out.append(_Cand(k, k + 2, "MODEL", None, text, brand))
        return out

    def _named_models(
        self, toks: _Toks, starts: set[int], brand_ends: dict[int, str]
    ) -> list[_Cand]:
        """A model named by the text itself: "is likely to be called the Barnato", "will be
        badged Uncharted". Its brand is the last one named before it."""
        out = []
        ends = sorted(brand_ends)
        for k, low in enumerate(toks.lowers):
            if low not in self.naming_verbs or toks.lower(k - 1) not in _NAMING_AUXILIARIES:
                continue
            j = k + 1 + (toks.lower(k + 1) == "the")
            if j >= len(toks.texts) or j in starts or toks.sent_start[j] == j:
                continue
            text = toks.texts[j]
            # a word, not a code's shape ("is called X540" names a code)
            if not (text[:1].isupper() and text.isalpha() and not text.isupper()):
                continue
            if text in self.code_entries or text in self.not_codes:
                continue
            if any(toks.lowers[i : i + 2] == ["of", "the"] for i in range(j + 1, j + 4)):
                continue  # "named (Nordic) Van of the Year": a title, not a name
            before = [e for e in ends if e <= k]
            if before:
                out.append(_Cand(j, j + 1, "MODEL", None, text, brand_ends[before[-1]]))
        # "registered the Vireo name", "revives the Ranchero badge": a word the article
        # calls a name, right after "the"
        for k, low in enumerate(toks.lowers):
            if low not in _NAME_NOUNS or k < 3 or toks.lower(k - 2) != "the":
                continue
            if toks.lower(k - 3) == "under":
                continue  # "developed under the Sparrow name": a project's name
            j = k - 1
            text = toks.texts[j]
            if j in starts or not (text[:1].isupper() and text.isalpha() and not text.isupper()):
                continue
            if text.lower() in self.not_model_words or text in self.not_codes:
                continue
            before = [e for e in ends if e <= j]
            if before:
                out.append(_Cand(j, j + 1, "MODEL", None, text, brand_ends[before[-1]]))
        return out

    def _body_apposition(
        self, toks: _Toks, k: int, determiners: tuple[str, ...] = ("a", "an")
    ) -> bool:
        """ ", a boxy seven-seat SUV" at token ``k``: an appositive naming a body type."""
        if toks.texts[k : k + 1] != [","] or toks.lower(k + 1) not in determiners:
            return False
        j = k + 2
        while j < len(toks.texts) and j - k < 10 and toks.lower(j) not in self.body_nouns:
            if not (toks.texts[j].islower() or toks.texts[j] in (",", "-")):
                return False
            j += 1
        return toks.lower(j) in self.body_nouns

    def _generation_apposition(
        self, toks: _Toks, k: int, models_at: dict[int, _Cand]
    ) -> int | None:
        """ ", the next-generation Kestrel" at token ``k``: an appositive naming a model as its
        next generation; that model's first token, or None."""
        if toks.texts[k : k + 1] != [","] or toks.lower(k + 1) != "the":
            return None
        for m in range(k + 3, min(k + 6, len(toks.texts))):
            if m not in models_at or models_at[m].label != "MODEL":
                continue
            for cue, value in self.generation_cues.get(toks.lowers[m - 1], ()):
                if value == "next" and cue[-1].startswith("gen") and toks.lowers[k + 2 : m] == cue:
                    return m
            return None
        return None

    def _described_models(
        self, toks: _Toks, cands: list[_Cand], brand_ends: dict[int, str]
    ) -> list[_Cand]:
        """A new model the text describes in apposition: "previews the GT70, an electric
        sports saloon", "the X Gran Coupé, a long, low fastback concept". Up to three
        capitalised words after "the", then ", a" and a body noun within a few words. Its
        brand is the last one named before it in the paragraph; a word another maker uses as
        a name does not stop it ("X")."""
        out = []
        texts = toks.texts
        by_start: dict[int, list[_Cand]] = {}
        for cand in cands:
            by_start.setdefault(cand.start, []).append(cand)
        for k in range(len(texts)):
            # (", the long-bonneted grand tourer it showed as a concept": "the" too)
            if not self._body_apposition(toks, k, ("a", "an", "the")):
                continue
            first = k
            while first - 1 > toks.sent_start[k] and k - first < 3:
                word = texts[first - 1]
                if not (word[:1].isupper() and (word.isalnum() or word.isalpha())):
                    break
                first -= 1
            if first == k or toks.lower(first - 1) != "the":
                continue
            name = texts[first:k]
            before = [e for e in brand_ends if toks.para_start[k] <= e <= first]
            if not before and len({b for e, b in brand_ends.items() if e <= first}) == 1:
                # a paragraph naming no maker before it, in a story of one maker so far
                before = [e for e in brand_ends if e <= first]
            if not before or any(w in self.code_entries or w in self.not_codes for w in name):
                continue
            if len(name) == 1 and not (
                (self.model_shape is not None and self.model_shape.match(name[0]))
                or self._named_again(toks, first)
            ):
                continue  # one plain word ("the Monterey, a ...") is too often a place
            brand = brand_ends[max(before)]
            if any(
                c.label == "BRAND" or c.context == "any" or c.brand == brand
                for i in range(first, k)
                for c in by_start.get(i, [])
            ):
                continue  # a name the gazetteer knows
            out.append(_Cand(first, k, "MODEL", None, " ".join(name), brand))
        return out

    def _determined_name(self, toks: _Toks, start: int) -> bool:
        """ "a new Spring", "the second-generation Air": a determiner and one or two lower-case
        describing words (a hyphenated compound counts as one) right before token ``start``.
        The callers check that the article names the maker."""
        k, words = start - 1, 0
        while k >= 0 and words <= 2:
            word = toks.texts[k]
            if word.lower() in self.determiners:
                return words > 0
            if word != "-" and not (word.isalpha() and word.islower()):
                return False
            # "second-generation": the part left of a hyphen opens the compound, counted once
            if word != "-" and toks.texts[k - 1 : k] != ["-"]:
                words += 1
            k -= 1
        return False

    def _reown_foreign_trims(self, doc: Doc, toks: _Toks, chosen: list[_Cand]) -> list[_Cand]:
        """ "BMW's M4 GT3 EVO": another maker's trim name written right after a model is that
        model's trim (with the capitalised words that close it), not the other maker's ("911
        GT3")."""
        models = {c.end: c for c in chosen if c.label == "MODEL" and c.brand}
        taken = {i for c in chosen for i in range(c.start, c.end)}
        out = []
        for c in chosen:
            owner = models.get(c.start)
            if (
                c.label == "VARIANT"
                and c.entry is not None
                and c.brand is not None
                and owner is not None
                and owner.brand != c.brand
            ):
                end = self._trim_words(toks, c.end, taken - set(range(c.start, c.end)), set())
                c = self._trim(doc, c.start, max(end, c.end), owner)
            out.append(c)
        return out

    @staticmethod
    def _drop_initial_words(chosen: list[_Cand], toks: _Toks) -> list[_Cand]:
        """A word-like name opening a sentence ("Focus now shifts...") counts only where the
        article also uses it mid-sentence, or where a model of its maker follows it in a list."""

        def initial(c: _Cand) -> bool:
            return (
                c.label == "MODEL"
                and c.context == "doc"
                and c.end - c.start == 1
                and toks.texts[c.start].isalpha()
                and (c.start == 0 or toks.sent_start[c.start] == c.start)
            )

        inside = {c.normalized for c in chosen if c.label == "MODEL" and not initial(c)}
        # "Focus and Kuga output ...": listed with another model of its maker, it is one too
        listed = {
            (c.start, c.brand)
            for c in chosen
            if c.label == "MODEL" and not initial(c) and c.brand is not None
        }
        return [
            c
            for c in chosen
            if not initial(c)
            or c.normalized in inside
            or (toks.lower(c.end) in ("and", "&") and (c.end + 1, c.brand) in listed)
        ]

    @staticmethod
    def _one_per_span(
        cands: list[_Cand], brands: set[str], brand_ends: dict[int, str], toks: _Toks
    ) -> list[_Cand]:
        """Where one form names several records, keep the one whose brand stands right before
        it ("Abarth 600e" in an article that also names Fiat), else one the article names."""
        groups: dict[tuple[int, int, str], list[_Cand]] = {}
        for cand in cands:
            groups.setdefault((cand.start, cand.end, cand.label), []).append(cand)
        out = []
        for (start, _, _), group in groups.items():
            if len(group) > 1:
                i = start - (start > 0 and toks.texts[start - 1] in _POSSESSIVE)
                before = [c for c in group if c.brand is not None and brand_ends.get(i) == c.brand]
                named = [c for c in group if c.brand in brands]
                group = before or named or group
            out.append(group[0])
        return out

    def _before_unit(self, toks: _Toks, cand: _Cand) -> bool:
        """A figure or a period, not a name: "208 hp", "500 units", "Q4 2026", "H1 2027"."""
        if cand.end >= len(toks.texts):
            return False
        nxt = toks.texts[cand.end]
        if cand.end - cand.start == 1 and _weak_form(toks.texts[cand.start]) and _YEAR.match(nxt):
            return True
        last = toks.texts[cand.end - 1].replace(",", "").replace(".", "")
        # a lower-case "v" between names is "versus" ("Polestar 4 v BMW iX3"), not volts
        return last.isdigit() and nxt.lower() in self.unit_words and nxt != "v"

    # ------------------------------------------------------------------ codes

    def _code_like(self, text: str, brands: set[str]) -> bool:
        if text in self.not_codes or _YEAR.match(text):
            return False
        owners = self.name_owners.get(text)
        if owners is not None:
            # a name is never a code, unless it is a known code of this article's brands
            # and no brand it names a model of is in the article ("G80": BMW M3 vs Genesis)
            known = {e.brand for e in self.code_entries.get(text, ())}
            if None in owners or owners & brands or not known & brands:
                return False
        return text in self.code_entries or self.code_shape.match(text) is not None

    def _foreign_name_as_code(
        self, toks: _Toks, i: int, after: int, model_ends: dict[int, _Cand], brands: set[str]
    ) -> bool:
        """ "the current Octavia (NX)": in parentheses right after a model, a code-shaped name
        of a maker the article does not name (Lexus NX) is that model's code."""
        text = toks.texts[i]
        owners = self.name_owners.get(text)
        return (
            owners is not None
            and None not in owners
            and not owners & brands
            and text not in self.not_codes
            and self.code_shape.match(text) is not None
            and i >= 1
            and toks.texts[i - 1] == "("
            and i - 1 in model_ends
            and model_ends[i - 1].label == "MODEL"
            and toks.lower(after) == ")"
        )

    @staticmethod
    def _unnamed_subject(toks: _Toks, k: int, name_starts: set[int]) -> bool:
        """ "the newcomer shares", "the new crossover uses" at token ``k``: "the" and two
        lower-case words naming no car ("the new Kestrel" names one)."""
        return (
            toks.lower(k) == "the"
            and k + 2 < len(toks.texts)
            and all(
                toks.texts[j].islower() and toks.texts[j].isalpha() and j not in name_starts
                for j in (k + 1, k + 2)
            )
        )

    @staticmethod
    def _in_opening_apposition(toks: _Toks, i: int, start: int) -> bool:
        """Token ``i`` stands in an aside set off after a sentence's opening "The <noun>,"
        ("The coupe, reportedly coded K1, ...")."""
        k = start + 1
        while k < i and toks.texts[k].islower() and toks.texts[k].isalpha() and k - start <= 3:
            k += 1
        return (
            toks.lower(start) == "the"
            and k > start + 1
            and toks.texts[k] == ","
            and k < i <= k + 8
            and "," not in toks.texts[k + 1 : i]
        )

    def _cue_before(self, toks: _Toks, i: int, lo: int) -> bool:
        """A cue phrase ends within the window before token ``i`` (same sentence)."""
        j = i - 1
        steps = 0
        while j >= lo and steps <= self.cue_window:
            if _phrase_ending(toks.lowers, j, lo, self.code_cues) is not None:
                return True
            if toks.lowers[j] == "as" and self._named_as(toks, j):
                return True  # "its makers refer to this car as K9"
            text = toks.texts[j]
            # "the third generation, the 1H": an appositive after the cue
            appositive = text == "," and toks.lower(j + 1) == "the" and j + 2 == i
            if (
                text == ","
                and j == i - 1
                and j > lo
                and _phrase_ending(toks.lowers, j - 1, lo, self.code_cues) is not None
            ):
                return True  # "still under a project code, K9": the code set off by a comma
            if (
                not any(ch.isalnum() for ch in text)
                and text not in ('"', "“", "'", "‘", ":", "-")
                and not appositive
            ):
                return False
            j -= 1
            steps += 1
        return False

    def _named_as(self, toks: _Toks, k: int) -> bool:
        """The "as" at ``k`` ends a naming verb a few words before it, in its sentence:
        "engineers know the project as K9"."""
        lo = toks.sent_start[k]
        return any(
            _phrase_ending(toks.lowers, j, lo, self.code_naming_verbs) is not None
            for j in range(max(k - 5, lo), k)
        )

    def _codenames(self, toks: _Toks, covered: set[int]) -> set[str]:
        """Capitalised words right after a strong cue ('codenamed "Kunlun"'): project names."""
        out: set[str] = set()
        lowers, n_toks = toks.lowers, len(toks.lowers)
        for k, word in enumerate(lowers):
            ends = [
                k + len(cue)
                for cue in self.strong_code_cues.get(word, ())
                if lowers[k : k + len(cue)] == cue
            ]
            if word == "as" and self._named_as(toks, k):
                ends.append(k + 1)  # "its makers refer to the car as 966"
            # "its drive system is known by the code X", "its engine, codenamed X": the cue
            # names a part's code, not the car's
            if ends and any(
                lowers[m] in self.code_blockers and toks.texts[m].islower()
                for m in range(max(toks.sent_start[k], k - 4), k)
            ):
                continue
            for j in ends:
                if j < n_toks and lowers[j] == ",":
                    j += 1  # "its internal code, KV"
                while j < n_toks and lowers[j] in self.codename_skip:
                    j += 1
                if j < n_toks and j not in covered:
                    text = toks.texts[j]
                    # a name ("Kunlun") or a code of any shape ("T1GC") after the cue
                    coded = (
                        len(text) >= 3
                        and text.isalnum()
                        and any(c.isdigit() for c in text)
                        and (any(c.isupper() for c in text) or len(text) <= 4)  # "coded 966"
                    )
                    # "known inside Oulu as K9", "known within Volvo by the code K9": the
                    # place or company the name is used in, not the name
                    within = lowers[j - 1] in ("inside", "within") and toks.lower(j + 1) in (
                        "as",
                        "by",
                    )
                    if (
                        (coded or (text.isalpha() and text[0].isupper()))
                        and text not in self.not_codes
                        and not _YEAR.match(text)
                        and not within
                    ):
                        out.add(text)
        return out

    def _compound_codes(self, doc: Doc, toks: _Toks, covered: set[int]) -> dict[int, int]:
        """Codes of several pieces right after a code cue ("known as AM-RB 003", "the code
        LB 744", "known as SV-1", "known as F173M"): upper-case pieces glued or joined by
        hyphens, and a number after a space; and a digit glued to a capital in parentheses
        ("Golf (5K)") with its later mentions. Start token -> end token."""
        out: dict[int, int] = {}
        texts, n_toks = toks.texts, len(toks.texts)
        # a listed code of several words ("Type 131"), wherever it stands
        spaced = self.spaced_codes
        for i in [i for i, text in enumerate(texts) if text in spaced]:
            for parts in spaced[texts[i]]:
                if i not in covered and tuple(texts[i : i + len(parts)]) == parts:
                    out[i] = i + len(parts)
        for i, text in enumerate(texts):
            if (
                i in out
                or i in covered
                or not all(_CODE_PIECE.match(piece) for piece in text.split("-"))
                or _phrase_ending(toks.lowers, i - 1, toks.sent_start[i], self.code_cues) is None
            ):
                continue
            end = i + 1
            while end < n_toks and not doc[end - 1].whitespace_:
                if _CODE_PIECE.match(texts[end]):
                    end += 1  # "F173M", split by the tokenizer as if "M" were millions
                elif (
                    end + 1 < n_toks
                    and texts[end] == "-"
                    and not doc[end].whitespace_
                    and _CODE_PIECE.match(texts[end + 1])
                ):
                    end += 2
                else:
                    break
            if end < n_toks and doc[end - 1].whitespace_ == " " and texts[end].isdigit():
                end += 1  # "AM-RB 003"
            joined = doc[i:end].text
            if (
                (end - i >= 2 or "-" in text)  # "SV-1" is one token
                and end not in covered
                and not covered & set(range(i, end))
                and any(c.isdigit() for c in joined)
                and any(c.isalpha() for c in joined)
                and not any(_YEAR.match(t) for t in texts[i:end])
            ):
                out[i] = end
        # "the Golf (5K) ... the 5K": a digit and a capital the tokenizer split as if the
        # capital were a unit, in parentheses, and the same code again later
        glued = [
            i
            for i in range(1, n_toks - 1)
            if i not in covered
            and len(texts[i]) == 1
            and texts[i].isdigit()
            and not doc[i].whitespace_
            and len(texts[i + 1]) == 1
            and texts[i + 1].isupper()
            and self.code_shape.match(texts[i] + texts[i + 1])
        ]
        named = {
            texts[i] + texts[i + 1]
            for i in glued
            if texts[i - 1] == "(" and i + 2 < n_toks and texts[i + 2] == ")"
        }
        for i in glued:
            if texts[i] + texts[i + 1] in named and (
                i + 2 >= n_toks or doc[i + 1].whitespace_ or not texts[i + 2].isalnum()
            ):
                out.setdefault(i, i + 2)
        return out

    def _codes(
        self, doc: Doc, toks: _Toks, names: list[_Cand], sent_start: list[int]
    ) -> list[_Cand]:
        covered = {i for c in names for i in range(c.start, c.end)}
        models_at = {c.start: c for c in names if c.label == "MODEL"}
        model_ends = {c.end: c for c in names if c.label in ("MODEL", "VARIANT")}
        brands = {c.brand for c in names if c.brand}
        found: list[list] = []  # [cand, strength, accepted on its own]
        word_codes = self._codenames(toks, covered)
        compounds = self._compound_codes(doc, toks, covered)
        inside = {k for start, end in compounds.items() for k in range(start + 1, end)}
        for i, text in enumerate(toks.texts):
            after = compounds.get(i, i + 1)  # the token after the code
            if after > i + 1:
                text = doc[i:after].text  # "AM-RB 003"
            word = text in word_codes or i in compounds
            if (
                i in covered
                or i in inside
                or not (
                    word
                    or (
                        (text in self.code_entries or self.code_shape.match(text))
                        and self._code_like(text, brands)
                    )
                    or (
                        self.code_shape.match(text)
                        and toks.lower(after) in self.strong_code_suffixes
                    )
                    or self._foreign_name_as_code(toks, i, after, model_ends, brands)
                )
            ):
                continue
            known = [
                e for e in self.code_entries.get(text, []) if e.brand in brands or e.brand is None
            ] or None
            if known is None and not word and not self.code_shape.match(text):
                continue  # a known code of a brand this article does not name
            entry = known[0] if known else None
            cand = _Cand(
                i,
                after,
                "MODEL_CODE",
                entry,
                entry.name if entry else text,
                entry.brand if entry else None,
            )
            if toks.lower(after) in self.code_blockers or toks.lower(after) in self.unit_words:
                continue  # "the B58 engine", "HW4 computer": a part's code, not the car's
            model, strength, ok = None, 0, False
            long_enough = len(text) >= self.min_adjacent_code or known is not None
            # "X3 (G45)" and "CLA (C174)": a parenthesis right after a model
            j = i - 1
            while j > 0 and (
                toks.texts[j] in (",", "/", "and", "or")
                or (j not in covered and self._code_like(toks.texts[j], brands))
            ):
                j -= 1
            # "QX80 (codename Y63)": a cue word inside the parenthesis
            cue = _phrase_ending(toks.lowers, j, max(j - 3, 0), self.code_cues)
            if cue is not None:
                cue_start = j - len(self.code_cues[cue]) + 1
                if toks.texts[cue_start - 1 : cue_start] == ["("]:
                    j = cue_start - 1
            if toks.texts[j : j + 1] == ["("] and toks.lower(j - 1) in self.code_blockers:
                continue  # "the Technology package (code TQ)": a part's code, not the car's
            closed = toks.lower(after) in (")", ",", "/", "and", "or", ";")
            if j >= 1 and toks.texts[j] == "(" and j in model_ends and closed:
                model, strength, ok = model_ends[j], _ADJ, True
            elif long_enough and i in model_ends and model_ends[i].label == "MODEL":
                model, strength, ok = model_ends[i], _ADJ, True  # "the X3 G45"
            elif long_enough and after in models_at:
                model, strength, ok = models_at[after], _ADJ, True  # "the G45 X3"
            elif (
                long_enough
                and i + 3 in models_at
                and toks.texts[i + 1] == "-"
                and toks.lowers[i + 2] in self.code_suffix_cues
            ):
                model, strength, ok = models_at[i + 3], _ADJ, True  # "the G45-generation X3"
            else:
                nxt = toks.lower(after)
                if nxt == "-":
                    nxt = toks.lower(after + 1)
                # ", the K1": the code set off after the words before it
                set_off = i >= 3 and toks.lower(i - 1) == "the" and toks.texts[i - 2] == ","
                if nxt in self.code_suffix_cues or self._cue_before(toks, i, sent_start[i]):
                    ok = True
                    strength = _CUE
                elif (
                    entry is not None
                    and set_off
                    and (named := model_ends.get(i - 2)) is not None
                    and named.label == "MODEL"
                    and named.normalized in (entry.model, *entry.models)
                ):
                    # "the first Kestrel, the K1, ...": a known code of the model named in
                    # apposition before it
                    model, strength, ok = named, _ADJ, True
                elif known and entry.context != "strong":
                    ok = True
                elif known and self._body_apposition(toks, after):
                    ok = True  # "the J5, a boxy seven-seat SUV": a car, not an abbreviation
                elif long_enough and (nxt := self._generation_apposition(toks, after, models_at)):
                    # "the K77, the next-generation Kestrel": the model it becomes
                    model, strength, ok = models_at[nxt], _ADJ, True
                elif known and set_off and toks.lower(i - 3) in self.body_nouns:
                    ok = True  # "its three-row SUV, the J5": the same, named after its body
            if model is not None and model.label == "MODEL":
                cand.model = model.normalized
                cand.brand = cand.brand or model.brand
                if strength == _ADJ:
                    model.code = cand.normalized
            elif model is not None:  # a variant: the code denotes the variant's model
                cand.model = model.model
                cand.brand = cand.brand or model.brand
            if cand.model is None and entry is not None and entry.model:
                cand.model, strength = entry.model, max(strength, _KNOWN)
            if (
                cand.model is None
                and strength == _CUE
                and toks.lower(after) == ","
                and toks.lower(after + 1) in ("it", "its")
                and i - sent_start[i] <= 6
            ):
                # "Developed under the codename K1, it rides on ...": the opening phrase
                # describes the car the text was on, not a car the sentence names later
                before = self._paragraph_model(names, sent_start[i], toks.para_start, cand.brand)
                if before is not None:
                    cand.model, cand.brand = before.normalized, cand.brand or before.brand
            if (
                cand.model is None
                and strength == _CUE
                and (
                    self._in_opening_apposition(toks, i, sent_start[i])
                    or (
                        toks.lower(after) == ","
                        and i - sent_start[i] <= 6
                        and self._unnamed_subject(toks, after + 1, {c.start for c in names})
                    )
                )
            ):
                # "The coupe, reportedly coded K1, borrows parts from the Y", "Known
                # internally as K1, the newcomer borrows a base from the Y": the car the
                # anaphor points back at, not a car named later in the sentence
                before = self._paragraph_model(
                    names, sent_start[i], toks.para_start, cand.brand
                ) or next(
                    (
                        c
                        for c in reversed(names)
                        if c.start < sent_start[i]
                        and c.label == "MODEL"
                        and cand.brand in (None, c.brand)
                    ),
                    None,
                )
                if before is not None:
                    cand.model, cand.brand = before.normalized, cand.brand or before.brand
            if cand.model is None and strength == _CUE:
                near = self._nearest_model(
                    [c for c in names if c.start < i or not self._compared_model(toks, c)],
                    i,
                    sent_start,
                    cand.brand,
                )
                if near is None:  # "The small crossover ... carries the code QJ1"
                    near = self._paragraph_model(names, i, toks.para_start, cand.brand)
                if near is None:  # "Project KX9 replaces the Octavia": its next generation
                    near = self._nearest_model(names, i, sent_start, cand.brand)
                if near is not None:
                    cand.model, cand.brand = near.normalized, cand.brand or near.brand
            if cand.brand is None and ok:  # 'Rivian's SUV, codenamed "Peregrine"'
                cand.brand = self._sentence_brand(names, i, sent_start)
            if cand.brand is None and ok and strength == _CUE:
                # "Kia plans two vans ... a third, coded QX5, follows": the maker
                # the article named last
                makers = [c.brand for c in sorted(names, key=lambda c: c.start) if c.start < i]
                cand.brand = next((b for b in reversed(makers) if b), None)
            found.append([cand, strength if cand.model else 0, ok])
        accepted_texts = {c.normalized for c, _, ok in found if ok}
        # "coded ND ... the NC followed the NB": once one of a model's known codes is read as a
        # code, its other known codes in the same article are its other generations
        coded_models = {(c.brand, c.model) for c, _, ok in found if ok and c.model}
        accepted_texts |= {
            c.normalized
            for c, _, _ in found
            if c.entry is not None and (c.entry.brand, c.entry.model) in coded_models
        }
        best: dict[str, tuple[int, _Cand]] = {}
        for cand, strength, _ in found:
            if (
                cand.normalized in accepted_texts
                and cand.model
                and (cand.normalized not in best or strength > best[cand.normalized][0])
            ):
                best[cand.normalized] = (strength, cand)
        text_brand = {c.normalized: c.brand for c, _, _ in found if c.brand}
        out = []
        for cand, strength, _ in found:
            if cand.normalized not in accepted_texts:
                continue
            top = best.get(cand.normalized)
            if top is not None and top[0] > strength:
                cand.model, cand.brand = top[1].model, cand.brand or top[1].brand
            cand.brand = cand.brand or text_brand.get(cand.normalized)
            out.append(cand)
        return out

    @staticmethod
    def _sentence_brand(names: list[_Cand], i: int, sent_start: list[int]) -> str | None:
        """The brand named in the sentence of token ``i``, when it names exactly one."""
        found = {c.brand for c in names if c.brand and sent_start[c.start] == sent_start[i]}
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _paragraph_model(
        names: list[_Cand], i: int, para_start: list[int], brand: str | None
    ) -> _Cand | None:
        """The last model named before token ``i`` in its paragraph (of ``brand`` if given)."""
        found = None
        for c in names:
            if c.start >= i:
                break
            if (
                c.label == "MODEL"
                and para_start[c.start] == para_start[i]
                and (brand is None or c.brand == brand)
            ):
                found = c
        return found

    @staticmethod
    def _nearest_model(
        names: list[_Cand], i: int, sent_start: list[int], brand: str | None
    ) -> _Cand | None:
        """The model named nearest to token ``i`` in its sentence (of ``brand`` if given); the
        caller leaves out a car compared after the code ("codenamed KW1, will be cheaper than
        the Kamiq"), which the code is not of."""
        lo = sent_start[i]
        best = None
        for c in names:
            if c.label != "MODEL" or sent_start[c.start] != lo:
                continue
            if brand and c.brand != brand:
                continue
            dist = abs(c.start - i)
            if best is None or dist < best[0]:
                best = (dist, c)
        return best[1] if best else None

    # ------------------------------------------------------------------ linking

    def _generation(self, toks: _Toks, cand: _Cand, brand_tokens: set[int]) -> str | None:
        j = cand.start - 1
        while j >= 0 and (
            j in brand_tokens
            or (toks.texts[j] in _POSSESSIVE and j - 1 in brand_tokens)  # "BMW's next iX1"
            or toks.lowers[j] in self.generation_skip
        ):
            j -= 1
        if j < 0:
            return None
        for cue, value in self.generation_cues.get(toks.lowers[j], ()):
            n = len(cue)
            if j - n + 1 >= 0 and toks.lowers[j - n + 1 : j + 1] == cue:
                return value
        return None

    def _link_variants(self, names: list[_Cand], toks: _Toks) -> None:
        """Give each trim the model it belongs to, in this order: the model named before it in
        its sentence; the one trim written in full whose short form it is ("The GTS" after a
        "Carrera GTS"); one named after it that no other trim claims ("In Ultra trim the EX30");
        the model its paragraph was last on (a model, or a trim already tied to one); the model
        this trim name was already tied to; the model the article was last on."""
        sent_start, para_start = toks.sent_start, toks.para_start
        ordered = sorted(names, key=lambda c: c.start)
        claimed = {  # models directly followed by a trim of their own ("the i4 eDrive35")
            m.start
            for m, nxt in itertools.pairwise(ordered)
            if m.label == "MODEL" and nxt.label == "VARIANT" and nxt.start == m.end
        }
        by_sentence: dict[int, list[_Cand]] = {}
        brands_by_sentence: dict[int, list[_Cand]] = {}
        for m in ordered:
            if m.label == "MODEL":
                by_sentence.setdefault(sent_start[m.start], []).append(m)
            elif m.label == "BRAND":
                brands_by_sentence.setdefault(sent_start[m.start], []).append(m)
        tied: dict[str, _Cand] = {}  # each trim name's first mention with a model
        last_tied: dict[str, _Cand] = {}  # and its latest
        recent: list[_Cand] = []  # mentions that carry a model, in article order
        compared: set[int] = set()  # starts of models named as points of comparison
        compared_end = None
        model_at = {m.start: m for m in ordered if m.label == "MODEL"}
        for var in ordered:
            if var.label != "MODEL":
                continue
            # "the preserve of the Taycan and the Macan": both of them
            coordinated = compared_end is not None and all(
                w in _COORDINATION_WORDS for w in toks.lowers[compared_end : var.start]
            )
            if (
                self._compared_model(toks, var)
                or coordinated
                or self._named_as_kin(toks, var, model_at)
            ):
                compared.add(var.start)
                compared_end = var.end
        for var in ordered:
            if var.label == "MODEL" or (var.label == "VARIANT" and var.model):
                if var.label == "VARIANT" and var.model:
                    tied.setdefault(var.normalized, var)
                    last_tied[var.normalized] = var
                if var.start not in compared:
                    recent.append(var)
                continue
            if var.label != "VARIANT":
                continue

            # "Skoda will add an SE Technology trim": a maker's trim, named with the maker
            # after another maker's car, is the maker's own car's
            said = {
                c.normalized
                for c in brands_by_sentence.get(sent_start[var.start], ())
                if c.end <= var.start
            }
            maker = var.brand or (next(iter(said)) if len(said) == 1 else None)
            if maker is not None and not any(c.brand == maker for c in recent):
                maker = var.brand

            def fits(c: _Cand, maker: str | None = maker) -> bool:
                return maker is None or c.brand == maker

            same = [
                m
                for m in by_sentence.get(sent_start[var.start], ())
                if fits(m) and (m.start not in compared or m.end == var.start)
            ]
            before = [m for m in same if m.end <= var.start]
            after = [
                m
                for m in same
                if m.start >= var.end
                and m.start not in claimed
                # "a version named Core, borrowing the Osprey's engine": a possessive names
                # what the trim takes from another car, not its owner
                and toks.lower(m.end) not in ("'s", "’s")
                # "deliveries of the Core 150 and the Kestrel": a car listed after the trim
                # is its sibling, not its owner, when the trim's name is already tied
                and not (
                    var.normalized in tied
                    and m.start > var.end
                    and all(w in _COORDINATION_WORDS for w in toks.lowers[var.end : m.start])
                    and {"and", "or"} & set(toks.lowers[var.end : m.start])
                )
            ]
            earlier = next(([c] for c in reversed(recent) if fits(c)), [])
            # "a Carrera GTS version of the 911 ... The GTS was quickest": the short form of the
            # one trim written in full before (unless the article has a trim of that name:
            # "the S, Pro and Pro S")
            longer = (
                []
                if before or var.normalized in tied
                else [
                    c
                    for name, c in tied.items()
                    if name.endswith(" " + var.normalized) and fits(c) and c.model
                ]
            )
            if before:
                model, brand = before[-1].normalized, before[-1].brand
            elif len(longer) == 1:
                (full,) = longer
                model, brand, var.normalized = full.model, full.brand, full.normalized
            elif (
                after
                and (own := last_tied.get(var.normalized)) is not None
                and fits(own)
                and own.brand == after[0].brand
                and own.model != after[0].normalized
                and (
                    para_start[own.start] == para_start[var.start]
                    # "The SV takes over from the Aventador SV": the other model's trim is
                    # written in full, so the bare name is the one tied before
                    or any(
                        m.normalized != own.model and self._trim_after(ordered, m, var.normalized)
                        for m in by_sentence.get(sent_start[var.start], ())
                    )
                )
            ):
                # "A raised Kamiq Monte Carlo drove past. ... the Monte Carlo will not get
                # four-wheel drive, leaving that to the Karoq": the trim's own model
                model, brand = own.model, own.brand
            elif after:
                model, brand = after[0].normalized, after[0].brand
            elif earlier and para_start[earlier[-1].start] == para_start[var.start]:
                last = earlier[-1]
                model = last.normalized if last.label == "MODEL" else last.model
                brand = last.brand
            elif var.normalized in tied and fits(tied[var.normalized]):
                model, brand = tied[var.normalized].model, tied[var.normalized].brand
            elif earlier:
                # a new paragraph's trim belongs to the model the last paragraph was about:
                # the one it named most, the latest of equals ("My car is the Ultra" after a
                # paragraph that ended on the twin the car shares a plant with)
                counts: Counter[str] = Counter()
                last_of: dict[str, _Cand] = {}
                paragraph = para_start[earlier[-1].start]
                for c in recent:
                    owner = c.normalized if c.label == "MODEL" else c.model
                    if owner and fits(c) and para_start[c.start] == paragraph:
                        counts[owner] += 1
                        last_of[owner] = c
                order = {id(c): k for k, c in enumerate(recent)}
                top = max(counts, key=lambda m: (counts[m], order[id(last_of[m])]))
                model, brand = _established_sibling(top, recent), last_of[top].brand
                var.story_body = model != top
            elif var.brand is not None and maker == var.brand and recent:
                # "its Trend version seats eight" in a Hyundai story: a trim name the
                # gazetteer lists for another maker, none of whose cars the article has named
                # yet, is the trim of the car the article was last on
                last = recent[-1]
                model = last.normalized if last.label == "MODEL" else last.model
                brand = last.brand
                var.brand = brand
            else:
                continue
            var.model, var.brand = model, var.brand or brand
            tied.setdefault(var.normalized, var)
            last_tied[var.normalized] = var
            recent.append(var)

    @staticmethod
    def _trim_after(ordered: list[_Cand], model: _Cand, name: str) -> bool:
        """The trim ``name`` is written right after ``model`` ("the Aventador SV")."""
        return any(
            c.start == model.end and c.label == "VARIANT" and c.normalized == name for c in ordered
        )

    def _named_as_kin(self, toks: _Toks, cand: _Cand, model_at: dict[int, _Cand]) -> bool:
        """ "its XC60 and XC90 siblings", "the Kestrel's Osprey twin": a model named, alone
        or in a list, before a noun for the car's kin is a point of comparison."""
        k = cand.end
        while toks.lower(k) in ("and", ",", "or") and k + 1 in model_at:
            k = model_at[k + 1].end
        return toks.lower(k) in self.kin_nouns

    def _compared_model(self, toks: _Toks, cand: _Cand) -> bool:
        """A model named as a point of comparison ("the base that underpins the Kestrel",
        "quicker than the EV3"): a trim in a later sentence is not its."""
        k = cand.start - 1
        # "dearer than most diesel Kestrel versions": describing words between
        for _ in range(2):
            if (
                toks.lower(k).isalpha()
                and toks.texts[k].islower()
                and toks.lower(k) not in self.comparison_words
            ):
                k -= 1
        if cand.brand and k >= 0 and toks.texts[k] == cand.brand:
            k -= 1  # "the Kia EV6": its maker's name before it
            if (
                toks.lower(k).isalpha()
                and toks.texts[k].islower()
                and toks.lower(k) not in self.determiners
                and toks.lower(k) not in _QUANTIFIERS
                and toks.lower(k) not in ("at", "of", "to", "with")
            ):
                k -= 1  # "the next Jeep X": a describing word before the maker
        if toks.lower(k) in self.determiners or toks.lower(k) in _QUANTIFIERS:
            k -= 1
        if toks.lower(k) == "at" and any(
            toks.lower(j) in self.aiming_words for j in range(max(k - 2, 0), k)
        ):
            return cand.label == "MODEL"  # "aimed squarely at the X": the rival it targets
        if toks.lower(k) in ("of", "to", "with"):
            k -= 1  # "the preserve of the X", "compared with the X"
        return cand.label == "MODEL" and toks.lower(k) in self.comparison_words

    def _link_generations(self, names: list[_Cand], codes: list[_Cand]) -> None:
        """Tie generation-marked model mentions to the code of that generation."""
        code_gen: dict[tuple[str, str], str | None] = {}
        for code in codes:
            if code.model:
                # "the current C1 generation": a code written with its own generation word
                code_gen.setdefault((code.model, code.normalized), code.generation)
        for m in names:
            if m.label == "MODEL" and m.code and m.generation:
                code_gen[(m.normalized, m.code)] = m.generation
        by_model: dict[str, dict[str, str | None]] = {}
        for (model, code), gen in code_gen.items():
            by_model.setdefault(model, {})[code] = gen
        for model, table in by_model.items():
            unknown = [c for c, g in table.items() if g is None]
            if len(unknown) != 1 or len(table) < 2:
                continue
            claimed = {g for g in table.values() if g}
            mentioned = {
                m.generation
                for m in names
                if m.label == "MODEL" and m.normalized == model and m.generation
            }
            free = mentioned - claimed
            if len(free) == 1:
                table[unknown[0]] = free.pop()
        for m in names:
            if m.label != "MODEL" or m.code or not m.generation:
                continue
            table = by_model.get(m.normalized, {})
            match = [c for c, g in table.items() if g == m.generation]
            if len(match) == 1:
                m.code = match[0]

    # ------------------------------------------------------------------ entry point

    def __call__(self, doc: Doc) -> Doc:
        if not self.entries and not self.code_shapes:
            doc.spans["vehicles"] = []
            return doc
        toks = _Toks(doc)
        if self._split_letter_periods(doc, toks.texts):
            toks = _Toks(doc)
        sent_start = toks.sent_start
        names = [
            c
            for c in self._names(doc, toks)
            if not _currency_letter(toks, c)
            and not _glued_to_number(doc, c)
            # "Michelin Pilot Sport": a tyre's name, not Honda's Pilot
            and not (c.start > 0 and toks.texts[c.start - 1] in self.part_makers)
            # "at the GR factory": a trim's name for the works that makes it
            and not (c.label == "VARIANT" and toks.lower(c.end) in self.works_nouns)
        ]
        # "an evolution of the old platform": a maker's trim written in lower
        # case ("evolution") and followed by "of" is the common noun, unless after a model
        model_ends = {c.end for c in names if c.label == "MODEL"}
        names = [
            c
            for c in names
            if not (
                c.label == "VARIANT"
                and all(t.is_alpha and t.is_lower for t in doc[c.start : c.end])
                and c.start not in model_ends
                and toks.lower(c.end) == "of"
            )
        ]
        _grade_letters(doc, toks, names)
        _grades_named_like_models(toks, names)
        self._edition_tails(doc, toks, names)
        self._number_tails(doc, toks, names)
        self._hyphen_tails(doc, toks, names)
        self._electric_prefixes(doc, toks, names)
        self._trim_word_before(doc, toks, names)
        names = self._drive_tails(doc, toks, names)
        # "no plans for a 4x4 version": a plain drive layout named as a kind of version, not
        # a trim (a maker's own drive name, "the AWD-i version", stays one)
        model_ends = {c.end for c in names if c.label == "MODEL"}
        names = [
            c
            for c in names
            if not (
                c.label == "VARIANT"
                and doc[c.start : c.end].text in self.drive_tags
                and "-" not in doc[c.start : c.end].text
                and c.start not in model_ends
                and toks.lower(c.end) in self.variant_nouns
            )
        ]
        _shortened_models(names, toks, self.earlier_car_words)
        names = _model_tails(toks, names, self.body_nouns | self.unit_words)
        self._link_variants(names, toks)  # first: a code after a trim denotes its model
        # "its GR code": a trim's name read as a code
        names = [
            c
            for c in names
            if not (
                c.label == "VARIANT"
                and toks.lower(c.end) in self.strong_code_suffixes
                and self.code_shape.match(doc[c.start : c.end].text)
            )
        ]
        codes = self._codes(doc, toks, names, sent_start)
        brand_tokens = {i for c in names if c.label == "BRAND" for i in range(c.start, c.end)}
        for cand in names:
            if cand.label == "MODEL":
                cand.generation = self._generation(toks, cand, brand_tokens)
        for cand in codes:
            # "the current C1 generation": the code of the generation on sale (not "a new C1
            # cost ...": a car, not a generation)
            if toks.lower(cand.start - 1) not in self.weak_code_generations:
                cand.generation = self._generation(toks, cand, brand_tokens)
        self._link_generations(names, codes)
        names, codes = self._unknown_platforms(doc, toks, names, codes)
        names = _joined_trims(names)
        _editions_of(names, toks)
        _shortened_trims(names)
        _article_names(doc, [*names, *codes])
        spans = []
        for cand in sorted([*names, *codes], key=lambda c: c.start):
            span = Span(doc, cand.start, cand.end, label=cand.label)
            span._.normalized = cand.normalized
            # "Dual-Motor", "ALLGRIP-e": a trim keeps its maker's spelling as written, and so
            # does a platform ("MQB evo" and "MQB Evo" both appear in makers' own texts)
            if (
                cand.label in ("VARIANT", "PLATFORM")
                and cand.normalized != span.text
                and _spelling(span.text) == _spelling(cand.normalized)
            ):
                span._.normalized = span.text
            span._.brand = cand.brand
            span._.group = cand.entry is not None and cand.entry.group_only
            if cand.label in ("VARIANT", "MODEL_CODE"):
                span._.model = cand.model
                span._.named_model = cand.named_model
                span._.story_body = cand.story_body
            if cand.label in ("MODEL", "MODEL_CODE"):
                span._.generation = cand.generation
            if cand.label == "MODEL":
                span._.code = cand.code
            spans.append(span)
        doc.spans["vehicles"] = spans
        return doc


def _reowned_models(
    toks: _Toks, cands: list[_Cand], makers: list[_Cand], maker_verbs: set[str]
) -> list[_Cand]:
    """ "Kestrel ET5", "Kestrel has launched the ET5": a listed model written right after a
    maker the text introduced, or acted on by it in a sentence while its listed maker goes
    unnamed, is the introduced maker's car, whoever else uses the name."""
    after = {m.end + (toks.texts[m.end : m.end + 1] in (["'s"], ["’s"])): m.brand for m in makers}
    named = {c.brand for c in cands if c.label == "BRAND"}
    owner = {}
    for c in cands:
        if c.label != "MODEL" or c.brand in after.values():
            continue
        if c.start in after:
            owner[c.normalized] = after[c.start]
            continue
        acting = [
            m
            for m in makers
            if c.brand not in named
            and toks.lower(m.end) in maker_verbs
            and 0 < c.start - m.end <= 10
            and not any(t in (".", "!", "?", ";") for t in toks.texts[m.end : c.start])
        ]
        if acting:
            owner.setdefault(c.normalized, acting[-1].brand)
    return [
        replace(c, brand=owner[c.normalized]) if c.label == "MODEL" and c.normalized in owner else c
        for c in cands
    ]


def _split_handles(nlp: Language) -> None:
    """Teach the tokenizer to split the "@" off a social-media handle ("- @Porsche"), as it
    already splits "#" off a hashtag, so the maker's name inside can be read."""
    tokenizer = getattr(nlp, "tokenizer", None)
    default = getattr(getattr(tokenizer, "prefix_search", None), "__self__", None)
    if isinstance(default, re.Pattern) and "@(?=[A-Za-z])" not in default.pattern:
        # one compiled regex, as spaCy's own: a Python wrapper would run on every token
        tokenizer.prefix_search = re.compile(f"^(?:@(?=[A-Za-z]))|{default.pattern}").search


def _spelling(name: str) -> str:
    """A name with case and hyphens set aside: two spellings of one trim compare equal."""
    return name.lower().replace("-", " ")


def _grade_letters(doc: Doc, toks: _Toks, names: list[_Cand]) -> None:
    """ "the Hybrid W costs less": a capital letter standing alone after a trim
    is a grade letter that closes the trim's name."""
    texts = toks.texts
    taken = {i for c in names for i in range(c.start, c.end)}
    for cand in names:
        k = cand.end
        if (
            cand.label == "VARIANT"
            and k + 1 < len(texts)
            and k not in taken
            and len(texts[k]) == 1
            and texts[k].isupper()
            and texts[k] not in ("A", "I")
            and toks.sent_start[k] != k
            and not texts[k + 1][:1].isupper()
            and not texts[k + 1][:1].isdigit()  # "the Legend R 711 900": a rand price
        ):
            cand.end = k + 1
            cand.normalized = doc[cand.start : cand.end].text
            taken.add(k)


def _bare_grade_letters(toks: _Toks, models: list[_Cand], taken: set[int]) -> list[_Cand]:
    """ "The petrol W costs ...", "in V grade": in an article whose trims end in a grade
    letter ("Hybrid V", "e:Power W"), a capital letter standing alone after "the" (and at most
    one describing word), or before "grade", is a grade of the model named last before it."""
    texts = toks.texts
    if not any(
        m.label == "VARIANT"
        and m.end - m.start >= 2
        and len(texts[m.end - 1]) == 1
        and texts[m.end - 1].isupper()
        for m in models
    ):
        return []
    out = []
    for k, text in enumerate(texts):
        if (
            k in taken
            or len(text) != 1
            or not text.isupper()
            or text in ("A", "I")
            or toks.sent_start[k] == k
            or (k + 1 < len(texts) and (texts[k + 1][:1].isupper() or texts[k + 1][:1].isdigit()))
            or toks.lower(k + 1) in ("-", "'s", "’s")
        ):
            continue
        j = k - 1
        if texts[j].islower() and texts[j].replace("-", "").isalpha() and texts[j] != "the":
            j -= 1  # "the petrol W", "the entry-level W"
        if toks.lower(k + 1) not in ("grade", "grades") and toks.lower(j) != "the":
            continue
        # the model named last before it, as a trim read by position takes
        owner = next((m for m in reversed(models) if m.label == "MODEL" and m.end <= k), None)
        if owner is not None:
            out.append(_Cand(k, k + 1, "VARIANT", None, text, owner.brand, model=owner.normalized))
    return out


def _listed_beside(toks: _Toks, cand: _Cand, named: list[_Cand]) -> bool:
    """ "the 001 and the 8X", "the 7GT, the 001": a name after "the", listed with "and", "or"
    or a comma right beside a model of the same maker."""
    if toks.lower(cand.start - 1) != "the":
        return False
    ends = {c.end for c in named if c.label == "MODEL" and c.brand == cand.brand}
    starts = {c.start for c in named if c.label == "MODEL" and c.brand == cand.brand}
    joiners = ("and", "or", ",")
    before = toks.lower(cand.start - 2) in joiners and cand.start - 2 in ends
    after = toks.lower(cand.end) in joiners and (
        cand.end + 1 in starts or (toks.lower(cand.end + 1) == "the" and cand.end + 2 in starts)
    )
    return before or after


def _grades_named_like_models(toks: _Toks, names: list[_Cand]) -> None:
    """ "sold in S, T and V grades ... the dearest V costs": a name the article
    gave a grade stays that grade later, though another maker sells a car of that name,
    unless that maker's name stands right before it."""
    grades: dict[str, _Cand] = {}
    for c in sorted(names, key=lambda c: c.start):
        if c.label == "VARIANT" and c.end - c.start == 1:
            grades.setdefault(c.normalized, c)
    for cand in names:
        grade = grades.get(toks.texts[cand.start])
        if (
            cand.label != "MODEL"
            or cand.end - cand.start != 1
            or grade is None
            or grade.start > cand.start
            or (cand.brand is not None and toks.texts[cand.start - 1] in (cand.brand, "'s"))
        ):
            continue
        cand.label, cand.entry, cand.normalized = "VARIANT", grade.entry, grade.normalized
        cand.brand, cand.model, cand.context = grade.brand, grade.model, grade.context


def _article_names(doc: Doc, cands: list[_Cand]) -> None:
    """ "the GR Kestrel ... the Kestrel": once an article writes one of a model's
    `article_aliases`, that is its name for the model throughout, its trims' and codes' too."""
    renamed: dict[tuple[str | None, str], str] = {}
    for cand in cands:
        entry = cand.entry
        if cand.label == "MODEL" and entry is not None and entry.article_aliases:
            written = doc[cand.start : cand.end].text
            if written in entry.article_aliases:
                renamed.setdefault((cand.brand, cand.normalized), written)
    if not renamed:
        return
    for cand in cands:
        if cand.label == "MODEL":
            cand.normalized = renamed.get((cand.brand, cand.normalized), cand.normalized)
        elif cand.model is not None:
            cand.model = renamed.get((cand.brand, cand.model), cand.model)


def _shortened_models(names: list[_Cand], toks: _Toks, earlier_words: set[str]) -> None:
    """ "the Kestrel" in an article on the Kestrel 450 (and no other numbered Kestrel): a
    model's name without its number is the one numbered model the article names. A one-digit
    number ("the Ioniq" on the Ioniq 5) is dropped more often for an older car of the short
    name, so there the short name must not open a longer name ("the Ioniq Electric") nor
    follow a word for an earlier car ("the original Ioniq")."""
    numbered: dict[tuple[str | None, str], set[str]] = {}
    for cand in names:
        head, _, number = cand.normalized.rpartition(" ")
        if cand.label == "MODEL" and head and number.isdigit():
            numbered.setdefault((cand.brand, head), set()).add(cand.normalized)
        number, _, tail = cand.normalized.partition(" ")
        if cand.label == "MODEL" and tail and number.isdigit():
            # "the Boxster" in an article on the 718 Boxster: a number before the name
            numbered.setdefault((cand.brand, tail), set()).add(cand.normalized)
    # "The new Cayman takes over from the outgoing 718 Cayman": the short name is another car
    for cand in names:
        if cand.label != "MODEL":
            continue
        number, _, tail = cand.normalized.partition(" ")
        before = {toks.lower(k) for k in range(max(0, cand.start - 2), cand.start)}
        if (tail and number.isdigit() and before & earlier_words) or (
            (cand.brand, cand.normalized) in numbered
            and before & {"new", "next"}
            and any(
                name.partition(" ")[0].isdigit() for name in numbered[(cand.brand, cand.normalized)]
            )
        ):
            key = (cand.brand, tail) if tail and number.isdigit() else (cand.brand, cand.normalized)
            numbered[key] = {n for n in numbered[key] if not n.partition(" ")[0].isdigit()}
    texts = toks.texts
    for cand in names:
        longer = numbered.get((cand.brand, cand.normalized), set())
        if cand.label != "MODEL" or len(longer) != 1:
            continue
        name = next(iter(longer))
        if len(name.rpartition(" ")[2]) == 1 and (
            (cand.end < len(texts) and texts[cand.end][:1].isupper())
            or (cand.start > 0 and toks.lower(cand.start - 1) in earlier_words)
        ):
            continue
        cand.normalized = name


def _model_tails(toks: _Toks, names: list[_Cand], nouns: set[str]) -> list[_Cand]:
    """ "the QX" in an article on the Kestrel QX, "the Cross Sport" in one on the Atlas Cross
    Sport: the end of a model's name (one short word in capitals, or the last two capitalised
    words of a name of three or more) that names nothing else, written after "the" later on,
    is that model (not a body or unit word in capitals: "the SUV", "the EV")."""
    texts = toks.texts
    tails: dict[tuple[str, ...], _Cand | None] = {}
    for cand in names:
        if cand.label != "MODEL" or cand.end - cand.start < 2:
            continue
        last = texts[cand.end - 1]
        shapes = []
        if 2 <= len(last) <= 4 and last.isupper() and last.isalnum() and last.lower() not in nouns:
            shapes.append((last,))
        pair = tuple(texts[cand.end - 2 : cand.end])
        if (
            cand.end - cand.start >= 3
            and all(w.istitle() and w.isalpha() for w in pair)
            and pair[-1].lower() not in nouns
        ):
            shapes.append(pair)
        for tail in shapes:
            if not cand.normalized.endswith(" " + " ".join(tail)):
                continue
            if tail in tails and tails[tail] is None:
                continue
            known = tails.get(tail)
            # two models ending alike ("Kestrel QX", "Osprey QX"): neither is meant; the
            # same model named again keeps its first mention (the tail may follow that)
            tails[tail] = (
                cand if known is None else known if known.normalized == cand.normalized else None
            )
    if not tails:
        return names
    taken = {i for c in names for i in range(c.start, c.end)}
    found = []
    for k in range(1, len(texts)):
        if toks.lower(k - 1) != "the":
            continue
        for tail, model in tails.items():
            end = k + len(tail)
            if (
                model is None
                or k < model.end
                or tuple(texts[k:end]) != tail
                or any(i in taken for i in range(k, end))
            ):
                continue
            found.append(_Cand(k, end, "MODEL", model.entry, model.normalized, brand=model.brand))
            taken.update(range(k, end))
    return sorted([*names, *found], key=lambda c: c.start) if found else names


def _alone_on_line(toks: _Toks, cand: _Cand) -> bool:
    """The name is the whole of its line ("Life" heading a buyer's guide's section)."""
    texts = toks.texts
    before = cand.start == 0 or "\n" in texts[cand.start - 1]
    after = cand.end >= len(texts) or "\n" in texts[cand.end]
    return before and after


def _glued_to_number(doc: Doc, cand: _Cand) -> bool:
    """ "stand 4-C10", "hall 2-B7": a name hyphenated to a number before it is part of a
    stand or room number, not a car."""
    k = cand.start
    return (
        cand.label in ("MODEL", "VARIANT")
        and k >= 2
        and doc[k - 1].text == "-"
        and not doc[k - 1].whitespace_
        and not doc[k - 2].whitespace_
        and doc[k - 2].text.isdigit()
    )


def _currency_letter(toks: _Toks, cand: _Cand) -> bool:
    """ "the Legend R 711 900": a one-letter trim before an amount in grouped thousands is
    the currency's letter (the South African rand), not a name."""
    texts = toks.texts
    if cand.label != "VARIANT" or cand.end - cand.start != 1 or len(texts[cand.start]) != 1:
        return False
    nxt = texts[cand.end] if cand.end < len(texts) else ""
    after = texts[cand.end + 1] if cand.end + 1 < len(texts) else ""
    return bool(_GROUPED.fullmatch(nxt)) or (
        nxt.isdigit() and len(nxt) <= 3 and bool(_THOUSANDS.fullmatch(after))
    )


def _nearest_makers(loose: list[_Cand], chosen: list[_Cand]) -> list[_Cand]:
    """Of the candidates sharing one span, the one of the maker whose models the article
    names most; a span whose makers are not named, or named as often, keeps them all."""
    by_span: dict[tuple[int, int], list[_Cand]] = {}
    for cand in loose:
        by_span.setdefault((cand.start, cand.end), []).append(cand)
    named = Counter(c.brand for c in chosen if c.label == "MODEL" and c.brand)
    out: list[_Cand] = []
    for group in by_span.values():
        makers = {c.brand for c in group} - {None}
        if len({c.brand for c in group}) < 2 or not makers & set(named):
            out.extend(group)
            continue
        top = max(makers & set(named), key=lambda b: named[b])
        if sum(1 for b in makers if named[b] == named[top]) > 1:
            out.extend(group)  # two of its makers named as often: no choice made
            continue
        out.extend(c for c in group if c.brand == top)
    return out


#: words stepping up a ladder of trims opened by "from": "from XL through XLT to Platinum"
_LADDER_STEPS = {"through", "to", "via"}


def _editions_of(names: list[_Cand], toks: _Toks) -> None:
    """ "a Launch Edition of the Ioniq 5 N": an edition named before "of the" and a model
    (and its trim) is a version of that model, named with the trim it builds on ("N Launch
    Edition")."""
    by_start = {c.start: c for c in names}
    for cand in names:
        if cand.label != "VARIANT" or cand.model is not None:
            continue
        if toks.texts[cand.end : cand.end + 2] != ["of", "the"]:
            continue
        model = by_start.get(cand.end + 2)
        if model is None or model.label != "MODEL":
            continue
        cand.model = model.normalized
        cand.brand = cand.brand or model.brand
        trim = by_start.get(model.end)
        if trim is not None and trim.label == "VARIANT" and trim.model == model.normalized:
            cand.normalized = f"{trim.normalized} {cand.normalized}"


def _shortened_trims(names: list[_Cand]) -> None:
    """A trim named again by the end of its full name is that trim: "the GTI Black Edition
    ... the Black Edition" (of the same model). Only names of two words or more are read so, not a
    bare "AWD" after "Long Range AWD"."""
    full: dict[str | None, list[str]] = defaultdict(list)  # model -> its trims' names so far
    for cand in sorted(names, key=lambda c: c.start):
        if cand.label != "VARIANT" or not cand.normalized:
            continue
        name = cand.normalized
        longer = [f for f in full[cand.model] if f.endswith(" " + name)]
        if len(name.split()) >= 2 and len(longer) == 1:
            cand.normalized = longer[0]
        elif name not in full[cand.model]:
            full[cand.model].append(name)


def _joined_trims(names: list[_Cand]) -> list[_Cand]:
    """Trims written one after the other are one trim: "Sport Touring" + "Hybrid", "Hybrid" +
    "Blue" ("the Sport Touring Hybrid", "the Tucson Hybrid Blue")."""
    out: list[_Cand] = []
    for cand in sorted(names, key=lambda c: c.start):
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == cand.label == "VARIANT"
            and cand.start == last.end
            and cand.model in (None, last.model)
        ):
            out[-1] = replace(last, end=cand.end, normalized=f"{last.normalized} {cand.normalized}")
            continue
        out.append(cand)
    return out


# words that open a clause a trim name may start: "..., while Ultra adds a heat pump"
_CLAUSE_JOINERS = frozenset({"while", "whereas", "and", "but"})


def _money_like(text: str) -> bool:
    """A currency sign, alone or glued to its figure ("$", "NZ$62,990", "€1,200")."""
    return bool(text) and (text[0] in "$€£¥₹" or text.rstrip("0123456789,.").endswith("$"))
