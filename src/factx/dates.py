"""The dates stage: find calendar references and resolve them against the publication date.

Locating is spaCy token rules: ``dates/patterns.jsonl`` holds Matcher patterns for the core of a
date (``@name`` placeholders stand for word lists in ``dates/vocab.json``). Around each core the
stage then reads, with general code: the words before it that change its interval ("before the
end of", "early", "since", "roughly"), ranges ("between March and May"), and whether a bare year,
month or season is really a time reference (not "the 2026 Ioniq 5", "may" the verb or a coil
spring). Resolution is the small calendar in :mod:`factx.calendar`; nothing is ever resolved
against today: without a publication date a relative reference stays unresolved.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.attrs import LOWER, SHAPE
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from . import calendar as cal
from .models import Interval

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "pipelines" / "automotive"

_D2 = ["d", "dd"]
_NUMERIC_SHAPES = [
    f"{a}{sep}{b}{sep}{y}" for a in _D2 for b in _D2 for sep in "/." for y in ("dd", "dddd")
] + [f"dddd/{a}/{b}" for a in _D2 for b in _D2]
#: Cheap token shapes for the ``{"#": kind}`` pattern tokens; the full check is done on reading.
_SHAPES: dict[str, dict[str, Any]] = {
    "year": {"SHAPE": "dddd"},
    "day": {"SHAPE": {"IN": ["d", "dd", "dxx", "ddxx"]}},
    "mm": {"SHAPE": {"IN": _D2}},
    "dd": {"SHAPE": {"IN": _D2}},
    "yy": {"SHAPE": "dd"},
    "count": {"LIKE_NUM": True},
    "numeric": {"SHAPE": {"IN": _NUMERIC_SHAPES}},
    "year_range": {"SHAPE": {"IN": ["dddd–dddd", "dddd/dddd", "dddd–dd", "dddd/dd"]}},
    "decade": {"SHAPE": "ddddx"},
    "short_decade": {"SHAPE": "ddx"},
}
_FILLERS = {"the", "of", "in", ",", "-", "/", "–", "fiscal", "calendar", "financial", "fy", "year",
            "'s", "’s", "to", "through", "until", "and", "between", "from"}  # fmt: skip
_DAY_LINKS = {"of", "-", "–", "to", "through", "until", "and", "the"}
_REGEX = {
    "year": r"^(1[6-9]\d\d|20\d\d|21\d\d)$",
    "day": r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?$",
    "numeric": r"^(\d{1,2}[/.]\d{1,2}[/.](\d\d|\d{4})|\d{4}/\d{1,2}/\d{1,2})$",
    "fy": r"^fy-?(\d\d|\d{4})$",
    "mid_year": r"^mid-?((1[6-9]|20)\d\d)(s)?$",
    "decade": r"^(1[6-9]|20)\d0s$",
    "short_decade": r"^\d0s$",
    # "Q3-26", "2H26", "H2 2027" ("H2" then a year token); a letter-first code glued to two
    # digits is a model code ("H248"), not a half-year
    "code_year": r"^([1-4]q|[12]h|q[1-4]|h[12])(?:[-/]?(\d{4})|[-/](\d\d)|(?<=[qh])(\d\d))$",
}
_NUMBERISH = re.compile(
    r"^(\d+(st|nd|rd|th|s)?|\d{1,4}([-/.–]\d{1,4})+|mid-?\d{4}s?|'?\d0s|fy-?\d+|[qh][1-4]\S*"
    r"|[1-4][qh]\S*)$"
)
# trigger classes (bits): a pattern runs only where a token of its anchor class occurs
_MONTH, _WEEKDAY, _SEASON, _UNIT, _CODE, _DAYWORD = 1, 2, 4, 8, 16, 32
_TIME_OF_DAY, _DECADE_WORD, _YEAR_WORD, _DIGIT, _SPECIAL, _VAGUE = 64, 128, 256, 512, 1024, 2048
#: A pattern starts at most 5 tokens before its first trigger word and ends at most 3 after
#: its last one ("the fiscal first - quarter", "two years or so ago").
_WINDOW_BEFORE, _WINDOW_AFTER = 5, 4
_ANAPHORA_REACH = 400  # tokens back to look for the period "the quarter" refers to
_OFFSET_REACH = 150  # tokens back to the period "a year earlier" counts from
_COUNTABLE = ("day", "month", "quarter", "half", "season", "year")  # periods it may count from
_DANGLING = {",", "of", "in", "the", "-", "/", "–"}
_TRIM_LEADING = {"in", "on", "at", "during", "for"}
_CONNECTORS = {"to", "through", "thru", "until", "till", "-", "–", "—", "and", "into"}
_UNIT_GRANULARITY = {
    "day": "day", "week": "week", "weekend": "week", "fortnight": "week", "month": "month",
    "quarter": "quarter", "half": "half", "year": "year", "decade": "decade",
}  # fmt: skip

_NAME_LABELS = frozenset({"MODEL", "VARIANT"})  # vehicle names that can look like dates


@dataclass(slots=True)
class _Found:
    """A located date while it is being built: token range, period, and how it was read."""

    start: int
    end: int
    granularity: str
    period: cal.Period | None  # None: needs a publication date that is not known
    modifier: str | None = None
    earliest_open: bool = False
    latest_open: bool = False
    roles: dict[str, Any] = field(default_factory=dict)
    label: str = ""

    def interval(self) -> Interval:
        if self.period is None:
            return Interval(None, None, self.granularity, self.modifier, resolved=False)  # type: ignore[arg-type]
        first, last = self.period
        return Interval(
            None if self.earliest_open else first,
            None if self.latest_open else last,
            self.granularity,  # type: ignore[arg-type]
            self.modifier,  # type: ignore[arg-type]
        )


class DateRecognizer:
    """spaCy component: sets ``doc.spans["dates"]`` with ``span._.interval`` on each.

    ``hemisphere`` ("northern" or "southern") sets which months a season covers;
    ``vague_references`` also tags "now", "recently", "soon"... (TimeBank annotates them), as
    open intervals around the publication date. Both are component options in the config.
    """

    def __init__(
        self,
        nlp: Language,
        data: Path | None,
        hemisphere: str = "northern",
        vague_references: bool = False,
    ) -> None:
        directory = (data or DEFAULT_DATA) / "dates"
        try:
            vocab = json.loads((directory / "vocab.json").read_text(encoding="utf-8"))
            pattern_lines = (directory / "patterns.jsonl").read_text(encoding="utf-8").splitlines()
        except (OSError, json.JSONDecodeError) as error:
            raise ValueError(f"date rules in {directory} are unreadable: {error}") from None
        if hemisphere not in vocab["season_months"]:
            raise ValueError(f"hemisphere must be one of {sorted(vocab['season_months'])}")
        self.vocab = vocab
        self.vague_references = vague_references
        self.months: dict[str, int] = vocab["month"]
        self.weekdays: dict[str, int] = vocab["weekday"]
        self.seasons: dict[str, str] = vocab["season"]
        self.season_months = {k: tuple(v) for k, v in vocab["season_months"][hemisphere].items()}
        self.ordinals: dict[str, int] = vocab["ordinal"]
        self.day_ordinals: dict[str, int] = vocab["day_ordinal"]
        self.relative: dict[str, int] = vocab["relative"]
        self.units: dict[str, str] = vocab["unit"]
        self.numbers: dict[str, float] = {k: v for k, v in vocab["number"].items() if " " not in k}
        self.day_words: dict[str, int] = vocab["day_word"]
        self.day_word_nouns = set(vocab.get("day_word_nouns", []))
        self.day_word_not_after = {
            word: set(before) for word, before in vocab.get("day_word_not_after", {}).items()
        }
        self.decade_words: dict[str, int] = vocab["decade_word"]
        self.month_needs_context = set(vocab["month_needs_context"])
        self.prepositions = set(vocab["temporal_preposition"])
        self.year_blockers = set(vocab["year_blockers_after"])
        self.year_blockers_before = set(vocab["year_blockers_before"])
        self.year_ok_after = set(vocab["year_ok_after"])
        self.determiners = set(vocab["determiners"])
        self.future_cues = set(vocab["future_cues"])
        self.future_cues_with_to = set(vocab["future_cues_with_to"])
        self.future_passives = set(vocab["future_passives"])
        self.present_auxiliaries = set(vocab["present_auxiliaries"])
        self.rescheduling_verbs = set(vocab["rescheduling_verbs"])
        self.starting_events = set(vocab["starting_events"])
        self.rescheduling_skip = set(vocab["rescheduling_skip"])
        self.near_future_cues = set(vocab.get("near_future_cues", ()))
        # "due to be revealed", "due in 2027" are future; "due to weak demand" is a cause
        self.due_future_after = [tuple(p.split()) for p in vocab.get("due_future_after", [])]
        self.past_cues = set(vocab["past_cues"])
        self.trailing_attributions = set(vocab.get("trailing_attributions", ()))
        self.season_context = set(vocab["season_context"])
        self.prefixes = sorted(
            ((tuple(k.split()), tuple(v)) for k, v in vocab["prefixes"].items() if k != "_about"),
            key=lambda item: -len(item[0]),
        )
        self.prefixes_by_last: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]] = {}
        for words, kind in self.prefixes:  # longest first within each last word
            self.prefixes_by_last.setdefault(words[-1], []).append((words, kind))
        self.vague: dict[str, int] = {k: v for k, v in vocab["vague"].items() if k != "_about"}
        self.regex = dict(_REGEX)
        month_words = "|".join(re.escape(m) for m in self.months)
        self.regex["mid_month"] = rf"^mid-({month_words})$"
        self.compiled = {name: re.compile(rx) for name, rx in self.regex.items()}
        special = "|".join(
            self.regex[k][1:-1] for k in ("mid_year", "mid_month", "fy", "code_year")
        )
        self.shapes = dict(_SHAPES, special={"LOWER": {"REGEX": f"^({special})$"}})
        self.compiled["special"] = re.compile(f"^({special})$")
        # Trigger words by class; a pattern is run only on windows holding its anchor class.
        classes: dict[int, set[str]] = {
            _MONTH: set(self.months),
            _WEEKDAY: set(self.weekdays),
            _SEASON: set(self.seasons),
            _UNIT: set(self.units) | {"quarter", "half"},
            _CODE: set(vocab["quarter_code"]) | set(vocab["half_code"]),
            _DAYWORD: set(self.day_words),
            _TIME_OF_DAY: set(vocab["time_of_day"]),
            _DECADE_WORD: set(self.decade_words),
            _YEAR_WORD: {"eighteen", "nineteen", "twenty", "thousand"},
        }
        if vague_references:
            classes[_VAGUE] = {word for phrase in self.vague for word in phrase.split()}
        self.word_class: dict[str, int] = {}
        for bit, words in classes.items():
            for word in words:
                self.word_class[word] = self.word_class.get(word, 0) | bit
        self._class_cache: dict[tuple[int, int], int] = {}
        self.matchers: dict[int, Matcher] = {}
        for line in pattern_lines:
            if not line.strip():
                continue
            entry = json.loads(line)
            if "pattern" in entry:
                self._add(nlp, entry["label"], entry["pattern"])
        if vague_references:
            for phrase in self.vague:
                self._add(nlp, "VAGUE", [{"LOWER": word} for word in phrase.split()])

    def _add(self, nlp: Language, label: str, raw: list[dict[str, Any]]) -> None:
        anchor = self._anchor_class(raw)
        if anchor not in self.matchers:
            self.matchers[anchor] = Matcher(nlp.vocab)
        self.matchers[anchor].add(label, [self._expand(raw)])

    def _anchor_class(self, raw: list[dict[str, Any]]) -> int:
        """The trigger class every match of a pattern must hold (0: none, run everywhere)."""
        for token in raw:
            if token.get("OP") in ("?", "*"):
                continue
            if "#" in token and token["#"] == "count":
                continue  # "two" is a count but no trigger
            if "#" in token:
                return _SPECIAL if token["#"] == "special" else _DIGIT
            if "SHAPE" in token:
                return _DIGIT
            lower = token.get("LOWER")
            if isinstance(lower, dict) and "IN" in lower:
                words = lower["IN"]
                words = self.vocab[words[1:]] if isinstance(words, str) else words
            elif isinstance(lower, str):
                words = [lower]
            else:
                continue
            shared = -1
            for word in words:
                shared &= self.word_class.get(word, 0)
            if shared > 0:
                return shared & -shared  # one class bit the token always carries
        return 0

    # ------------------------------------------------------------------ pattern loading

    def _expand(self, pattern: Any) -> Any:
        """Replace ``@list`` placeholders by vocabulary and ``{"#": kind}`` tokens by shapes."""
        if isinstance(pattern, list):
            return [self._expand(item) for item in pattern]
        if isinstance(pattern, dict) and "#" in pattern:
            spec = dict(self.shapes[pattern["#"]])
            spec.update({k: v for k, v in pattern.items() if k != "#"})
            return spec
        if isinstance(pattern, dict):
            return {key: self._expand(value) for key, value in pattern.items()}
        if isinstance(pattern, str) and pattern.startswith("@"):
            return sorted(self.vocab[pattern[1:]])
        return pattern

    # ------------------------------------------------------------------ running

    def __call__(self, doc: Doc) -> Doc:
        published = _as_date(doc._.published)
        kernels: list[_Found] = []
        # "the current Spring": a word the vehicles stage read as a car's name is no date
        taken: set[int] = {
            i
            for span in doc.spans.get("vehicles", ())
            if span.label_ in _NAME_LABELS
            for i in range(span.start, span.end)
        }
        matches = sorted(
            self._match(doc), key=lambda m: (-(m[2] - m[1]), self._priority(doc, m[0]), m[1])
        )
        for match_id, start, end in matches:
            if taken.intersection(range(start, end)):
                continue
            label = doc.vocab.strings[match_id]
            try:
                found = self._resolve(doc, label, start, end, published)
            except (ValueError, OverflowError):  # beyond the calendar (year 9999 and so on)
                found = None
            if found is None:
                continue
            kernels.append(found)
            taken.update(range(start, end))
        kernels.sort(key=lambda f: f.start)
        merged = self._merge_ranges(doc, kernels, published)
        built = [self._safely(self._with_prefixes, doc, found, published) for found in merged]
        try:
            built = self._anaphora(doc, [f for f in built if f is not None])
        except (ValueError, OverflowError):
            built = [f for f in built if f is not None and not f.roles.get("anaphor")]
        spans = self._to_spans(doc, built)
        doc.spans["dates"] = spans
        return doc

    @staticmethod
    def _safely(step, doc: Doc, found: _Found, published: dt.date | None) -> _Found | None:
        try:
            return step(doc, found, published)
        except (ValueError, OverflowError):
            return None

    def _match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Run the Matcher only on windows around trigger words (the stage's hot path).

        Every pattern holds a trigger (a month, weekday, season, unit word or a token with a
        digit), so the text far from any trigger cannot match and is skipped.
        """
        windows: list[list[int]] = []  # [start, end, classes present]
        strings = doc.vocab.strings
        for i, (lower, shape) in enumerate(doc.to_array([LOWER, SHAPE]).tolist()):
            found_class = self._class_cache.get((lower, shape))
            if found_class is None:
                found_class = self._token_class(strings[lower], strings[shape])
                self._class_cache[(lower, shape)] = found_class
            if found_class:
                lo, hi = max(0, i - _WINDOW_BEFORE), min(len(doc), i + _WINDOW_AFTER)
                if windows and lo <= windows[-1][1]:
                    windows[-1][1] = hi
                    windows[-1][2] |= found_class
                else:
                    windows.append([lo, hi, found_class])
        found: set[tuple[int, int, int]] = set()
        for lo, hi, present in windows:
            span = doc[lo:hi]
            for anchor, matcher in self.matchers.items():
                if anchor and not anchor & present:
                    continue
                for match_id, start, end in matcher(span):
                    found.add((match_id, lo + start, lo + end))
        return list(found)

    def _token_class(self, lower: str, shape: str) -> int:
        """Trigger classes of a token (0: not a trigger)."""
        found = self.word_class.get(lower, 0)
        if (shape[:1] == "d" or shape[:2] == "'d") and _NUMBERISH.match(lower):
            found |= _DIGIT
        elif "d" in shape and self.compiled["special"].match(lower):
            found |= _SPECIAL
        return found

    @staticmethod
    def _priority(doc: Doc, match_id: int) -> int:
        order = (
            "OFFSET", "REL", "CAL", "NUMERIC", "YEAR_RANGE", "WEEKDAY", "DAY", "UNIT_PART",
            "YEAR_AGO", "THE_UNIT", "YEAR_MONTH", "YEAR_WORDS", "WEEK_OF",
        )  # fmt: skip
        label = doc.vocab.strings[match_id]
        return order.index(label) if label in order else len(order)

    def _to_spans(self, doc: Doc, built: list[_Found]) -> list[Span]:
        built.sort(key=lambda f: (f.start, -(f.end - f.start)))
        spans: list[Span] = []
        last_end = -1
        for found in built:
            start = found.start
            while start < found.end - 1 and doc[start].lower_ in _TRIM_LEADING:
                start += 1
            if start < last_end:
                continue
            span = doc[start : found.end]
            span._.interval = found.interval()
            spans.append(span)
            last_end = found.end
        return spans

    # ------------------------------------------------------------------ context helpers

    def _prev(self, doc: Doc, i: int) -> str:
        return doc[i - 1].lower_ if i > 0 else ""

    def _next(self, doc: Doc, i: int) -> str:
        return doc[i].lower_ if i < len(doc) else ""

    def _future_cue(self, doc: Doc, j: int) -> bool:
        """ "will", "next"..., or "expected"/"due"/"set"/"delayed" when "to"/"for"/"until"/
        "from" follows (not "lower-than-expected")."""
        word = doc[j].lower_
        if word in self.future_cues:
            return True
        if word in self.future_passives and j > 0 and doc[j - 1].lower_ in self.present_auxiliaries:
            return True  # "is expected in dealerships in March"
        if word == "said" and j + 2 < len(doc) and doc[j + 1].lower_ == "to":
            return doc[j + 2].lower_ != "have"  # "is said to arrive", not "said to have"
        if word == "due":
            after = tuple(t.lower_ for t in doc[j + 1 : j + 3])
            return any(after[: len(p)] == p for p in self.due_future_after)
        # "delayed to September", "pushed back until 2027", "delayed from March to September":
        # the new date lies ahead
        # ("delayed again to May", "slipped further, to November")
        k = j + 1
        while (
            k < len(doc)
            and k <= j + 3
            and (doc[k].lower_ in self.rescheduling_skip or doc[k].text == ",")
        ):
            k += 1
        return (
            word in self.future_cues_with_to
            and k < len(doc)
            and doc[k].lower_ in ("to", "for", "until", "from")
            # "the yen slipped to 117.96 from 118.06 late Monday": a price moved, no event
            and not (
                k + 1 < len(doc)
                and doc[k + 1].like_num
                and not self.compiled["year"].match(doc[k + 1].text)
            )
        )

    def _tense(self, doc: Doc, i: int, whole_sentence: bool = False) -> int:
        """1 when the clause before token ``i`` speaks of the future ("will", "is scheduled"),
        -1 when its sentence reads as past ("said", "was", "rose"), else 0."""
        if doc.has_annotation("SENT_START"):
            sent = doc[i].sent
            lo, hi = sent.start, sent.end
        else:
            lo, hi = max(0, i - 15), min(len(doc), i + 10)
        # "won't revive the name for the GLC, which reached dealers in March": the verb of the
        # date's own clause, read back to the comma, speaks before the rest of the sentence
        k = i - 1
        while k >= max(lo, i - 6) and doc[k].text not in (",", ";", "(", ":"):
            if doc[k].lower_ in self.near_future_cues:
                return 1  # "every car should have the fix by late October"
            if self._future_cue(doc, k):
                break
            if self._past_verb(doc, k, lo) and doc[k - 1].lower_ in _RELATIVE_PRONOUNS:
                return -1
            # "...; reservations opened in January": a past verb right before the date's
            # preposition dates it (not "will be launched in May")
            if (
                k == i - 2
                and doc[i - 1].lower_ in ("in", "on")
                and self._past_verb(doc, k, lo)
                and doc[k - 1].lower_ not in _PRESENT_OR_FUTURE_AUXILIARIES
            ):
                return -1
            k -= 1
        if any(self._future_cue(doc, j) for j in range(lo, hi if whole_sentence else i)):
            return 1
        aside = _participle_asides(doc, i, lo, hi)
        # "reaches Spain in May, although Kia has not given prices": a contrast
        # after the date opens a statement of its own
        contrast = next((k for k in range(i + 1, hi) if doc[k].lower_ in _CONTRAST_OPENERS), hi)
        for j in range(lo, min(hi, contrast)):
            word = doc[j].lower_
            if word == "said" and j + 1 < len(doc) and doc[j + 1].lower_ == "to":
                continue  # "is said to arrive in October": hearsay, not the past
            if j in aside:
                continue  # "The new X, shown in Paris, reaches Spain in May"
            if (
                j > i
                and word in self.trailing_attributions
                and any(t.text == "," for t in doc[max(i, j - 4) : j])
            ):
                continue  # "the Y arrives in July, Volvo said": an attribution
            if self._past_verb(doc, j, lo) and not _dated_participle(doc, j, i):
                return -1
        return 0

    def _past_verb(self, doc: Doc, j: int, lo: int) -> bool:
        """Token ``j`` reads as a past verb: a past cue, or a lower-case "-ed" word that is no
        adjective after a determiner ("the updated X", "a sand-focused X", "with lifted")."""
        word = doc[j].lower_
        return word in self.past_cues or (
            len(word) > 4
            and word.endswith("ed")
            and doc[j].is_lower
            and word not in self.future_cues_with_to
            and not (
                j > lo
                and (doc[j - 1].lower_ in self.determiners or doc[j - 1].text in ("-", "with"))
            )
        )

    def _temporal_context(self, doc: Doc, start: int) -> bool:
        """Is the word before ``start`` (skipping "the") one that introduces a time reference?"""
        j = start - 1
        if j >= 0 and doc[j].lower_ == "the":
            j -= 1
        if j < 0:
            return False
        word = doc[j].lower_
        return word in self.prepositions or any(
            kind[0] != "approx" for _, kind in self.prefixes_by_last.get(word, ())
        )

    # ------------------------------------------------------------------ kernels

    def _resolve(
        self, doc: Doc, label: str, start: int, end: int, published: dt.date | None
    ) -> _Found | None:
        tokens = doc[start:end]
        if doc[end - 1].lower_ in _DANGLING or doc[start].lower_ in (",", "-", "/"):
            return None
        if label == "ISO":
            return self._iso(tokens, start, end)
        if label == "YEAR_MONTH":
            return self._year_month(tokens, start, end)
        if label == "YEAR_WORDS":
            return self._year_words(doc, tokens, start, end)
        if label == "CAL":
            roles = self._roles(tokens)
            if roles is None or not self._accept_cal(doc, start, end, roles):
                return None
            return self._compose(roles, start, end, published, doc)
        if label == "NUMERIC":
            return self._numeric(tokens[0], start, end)
        if label == "YEAR_RANGE":
            return self._year_range(tokens, start, end)
        if label == "REL":
            return self._relative_unit(tokens, start, end, published)
        if label == "THE_UNIT":
            unit = tokens[-1].lower_
            if unit == "weekend":
                return self._weekend(doc, start, end, published)
            granularity = _UNIT_GRANULARITY.get(unit, "quarter")
            period = cal.period_of(unit, published) if published and unit != "period" else None
            roles = {"needs_prefix": True, "unit": unit, "lower": tokens[-1].is_lower}
            return _Found(start, end, granularity, period, roles=roles, label=label)
        if label == "YEAR_AGO":
            unit = tokens[-1].lower_
            unit = unit if unit in _UNIT_GRANULARITY and unit != "year" else "period"
            roles = {"anaphor": unit, "shift_years": -1}
            return _Found(start, end, "year", None, roles=roles, label=label)
        if label == "UNIT_PART":  # "year-end", "mid-decade", "month's end": of the current one
            words = tokens.text.lower()
            unit = next(u for u in ("decade", "month", "year") if u in words)
            which = "mid" if words.startswith("mid") else "end"
            period = cal.part(cal.period_of(unit, published), unit, which) if published else None
            return _Found(start, end, unit, period, modifier=which, label=label)
        if label == "WEEK_OF":
            return self._week_of(doc, tokens, start, end, published)
        if label == "DAY":
            return self._day_word(doc, tokens, start, end, published)
        if label == "WEEKDAY":
            return self._weekday(doc, tokens, start, end, published)
        if label == "OFFSET":
            return self._offset(doc, tokens, start, end, published)
        if label == "VAGUE":
            return self._vague(doc, tokens, start, end, published)
        return None

    def _roles(self, tokens: Span) -> dict[str, Any] | None:
        """Read the parts of a calendar phrase, whatever their order."""
        roles: dict[str, Any] = {}
        words = [t.lower_ for t in tokens]
        for k, token in enumerate(tokens):
            word = words[k]
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if word in self.months and "month" not in roles:
                roles["month"] = self.months[word]
                roles["month_token"] = token
            elif token.shape_ == "dddd":
                if not self.compiled["year"].match(token.text):
                    return None
                roles["year"] = int(token.text)
            elif self.compiled["day"].match(word) and (
                "month" in roles or nxt in self.months or nxt in _DAY_LINKS
            ):
                number = int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]
                roles["day2" if "day" in roles else "day"] = number
            elif word in self.day_ordinals and (nxt == "of" or "month" in roles):
                roles["day"] = self.day_ordinals[word]
            elif (m := self.compiled["mid_year"].match(word)) is not None:
                if m.group(3):
                    roles["decade"] = int(m.group(1)) - int(m.group(1)) % 10
                else:
                    roles["year"] = int(m.group(1))
                roles["part"] = "mid"
            elif (m := self.compiled["mid_month"].match(word)) is not None:
                roles["month"] = self.months[m.group(1)]
                roles["part"] = "mid"
            elif (m := self.compiled["fy"].match(word)) is not None:
                roles["year"] = _full_year(m.group(1))
            elif (m := self.compiled["code_year"].match(word)) is not None:
                code = m.group(1)
                key = "half" if "h" in code else "quarter"
                roles[key] = int(re.sub(r"\D", "", code))
                roles["year"] = _full_year(m.group(2) or m.group(3) or m.group(4))
            elif word in self.vocab["quarter_code"]:
                roles["quarter"] = self.vocab["quarter_code"][word]
                roles["code"] = True
            elif word in self.vocab["half_code"]:
                roles["half"] = self.vocab["half_code"][word]
                roles["code"] = True
            elif word in ("quarter", "half") and "ordinal" in roles:
                roles[word] = roles.pop("ordinal")
            elif word in self.ordinals and nxt in ("quarter", "half", "-"):
                roles["ordinal"] = self.ordinals[word]
            elif word in self.seasons:
                roles["season"] = self.seasons[word]
            elif self.compiled["decade"].match(word):
                roles["decade"] = int(word[:4])
            elif self.compiled["short_decade"].match(word):
                roles["decade2"] = int(word[:2])
            elif word in self.decade_words:
                roles["decade2"] = self.decade_words[word]
            elif word in ("this", "next", "last") and nxt == "year":
                roles["year_step"] = {"this": 0, "next": 1, "last": -1}[word]
            elif word in self.relative:
                roles["step"] = self.relative[word]
            elif word in self.weekdays:
                roles["weekday"] = self.weekdays[word]
            elif word not in _FILLERS:
                return None
        if "ordinal" in roles:
            return None
        return roles

    def _accept_cal(self, doc: Doc, start: int, end: int, roles: dict[str, Any]) -> bool:
        """Keep a calendar phrase only when it is a time reference in its context."""
        keys = set(roles) - {"month_token", "weekday", "code"}
        if (
            roles.get("code")
            and not {"year", "year_step"} & set(roles)
            and not self._temporal_context(doc, start)
        ):
            return False
        if "year" in roles and self._prev(doc, start) in self.year_blockers_before:
            return False  # "model year 2027"
        if keys == {"year"} and end - start == 1:
            return self._accept_year(doc, start, end)
        if "month" in roles and "month_token" in roles:
            token: Token = roles["month_token"]
            word = token.lower_
            lone = keys == {"month"}
            if lone and self._range_follows(doc, end):
                return True
            if lone and word in ("may", "march") and not token.text[:1].isupper():
                return False
            if lone:
                if not (token.text[:1].isupper() or self._temporal_context(doc, start)):
                    return False
                if word in self.month_needs_context and not self._temporal_context(doc, start):
                    return False
                if token.is_sent_start and word in self.month_needs_context:
                    return False
            elif word in ("may", "march") and "year" not in roles and not token.text[:1].isupper():
                return self._temporal_context(doc, start)
        if "season" in roles and not ({"year", "step"} & keys):
            nxt = doc[end] if end < len(doc) else None
            if (
                doc[start].text[:1].isupper()
                and nxt is not None
                and nxt.is_alpha
                and nxt.text[:1].isupper()
                and not nxt.is_sent_start
            ):
                return False  # "Spring Hill", "Fall River": part of a place's name
            j = start - 1
            if j >= 0 and doc[j].lower_ == "the":
                j -= 1
            if (
                doc[start].lower_ == "fall"
                and j == start - 1
                and doc[j].lower_ == "to"
                and nxt is not None
                and nxt.is_lower
                and nxt.is_alpha
                and nxt.lower_ not in ("and", "or")
            ):
                return False  # "running costs are set to fall sharply": the verb
            return j >= 0 and doc[j].lower_ in self.season_context
        return True

    def _range_follows(self, doc: Doc, end: int) -> bool:
        """Is the month at ``end`` the first of a range ("March to May")?"""
        return (
            end + 1 < len(doc)
            and doc[end].lower_ in _CONNECTORS
            and doc[end + 1].lower_ in self.months
        )

    def _accept_year(self, doc: Doc, start: int, end: int) -> bool:
        """A bare four-digit number is a year when its context makes it one (not a model year)."""
        nxt = self._next(doc, end)
        if nxt in self.year_blockers or nxt.startswith("model"):
            return False
        if start > 0 and doc[start - 1].text in "$€£#":
            return False
        if self._temporal_context(doc, start) and self._prev(doc, start) != "the":
            return True
        before = doc[start - 1] if start > 0 else None
        if (
            before is not None
            and before.text[:1].isupper()
            and not before.is_sent_start
            and before.lower_ not in self.months
        ):
            return False  # part of a name: "Vision 2030", "Expo 2025"
        if self._prev(doc, start) in self.determiners:
            # "the 1987 crash" is a time reference, "the 2026 Ioniq 5" a model year
            return end < len(doc) and doc[end].is_lower and doc[end].is_alpha
        return bool(end >= len(doc) or nxt in self.year_ok_after or doc[end].is_punct)

    def _compose(
        self,
        roles: dict[str, Any],
        start: int,
        end: int,
        published: dt.date | None,
        doc: Doc | None = None,
        year_hint: int | None = None,
    ) -> _Found | None:
        """Turn the parts of a calendar phrase into a period."""
        year = roles.get("year", year_hint)
        relative = year is None
        if year is None and "year_step" in roles and published:
            year = published.year + roles["year_step"]
        pub = published
        found = _Found(start, end, "year", None, roles=roles, label="CAL")
        if "part" in roles:
            found.modifier = roles["part"]

        def done(granularity: str, period: cal.Period | None) -> _Found:
            found.granularity = granularity
            if period is not None and "part" in roles:
                period = cal.part(period, granularity, roles["part"])
            found.period = period
            return found

        if "decade" in roles:
            return done("decade", cal.decade_period(roles["decade"]))
        if "decade2" in roles:
            base = 1900 if pub is None or 1900 + roles["decade2"] <= pub.year else 1800
            if pub is not None and 2000 + roles["decade2"] <= pub.year:
                base = 2000
            return done("decade", cal.decade_period(base + roles["decade2"]))
        if "quarter" in roles or "half" in roles:
            key = "quarter" if "quarter" in roles else "half"
            number = roles[key]
            count = 4 if key == "quarter" else 2
            if number == -1:
                number = count
            if year is None:
                if pub is None:
                    return done(key, None)
                year = pub.year
            make = cal.quarter_period if key == "quarter" else cal.half_period
            return done(key, make(year, number))
        if "season" in roles:
            months = self.season_months[roles["season"]]
            if year is not None and not relative:
                return done("season", cal.season_period(year, months))
            if pub is None:
                return done("season", None)
            if year is not None:  # "the summer of next year"
                return done("season", cal.season_period(year, months))
            return done("season", cal.season_relative(pub, months, roles.get("step", 0)))
        if "month" in roles:
            month = roles["month"]
            if year is None:
                if pub is None:
                    return done("day" if "day" in roles else "month", None)
                year = pub.year
                step = roles.get("step")
                if step is not None and step < 0:
                    year = pub.year if month < pub.month else pub.year - 1
                elif step is not None and step > 0:
                    year = pub.year if month > pub.month else pub.year + 1
                elif step is None and "year_step" not in roles and doc is not None:
                    tense = self._tense(doc, start, whole_sentence=True)
                    ahead = month - pub.month
                    if start > 0 and doc[start - 1].lower_ == "since":
                        year -= 1 if ahead > 0 else 0  # "since March": one already begun
                    elif tense > 0 and ahead < -1:
                        year += 1
                    elif tense < 0 and ahead > 2:
                        year -= 1
                    elif tense == 0 and abs(ahead) > 6:  # the nearest such month
                        year += 1 if ahead < 0 else -1
            if "day" in roles:
                try:
                    day = dt.date(year, month, roles["day"])
                    last_day = dt.date(year, month, roles.get("day2", roles["day"]))
                except ValueError:
                    return None
                if last_day < day:
                    return None
                return done("day", (day, last_day))
            return done("month", cal.month_period(year, month))
        if year is not None and not relative:
            return done("year", cal.year_period(year))
        return None

    def _iso(self, tokens: Span, start: int, end: int) -> _Found | None:
        """Year-first dates split by the tokenizer: 2027-11-13, 2027/11/13."""
        try:
            date = dt.date(int(tokens[0].text), int(tokens[2].text), int(tokens[4].text))
        except ValueError:
            return None
        return _Found(start, end, "day", (date, date), label="ISO")

    def _week_of(
        self, doc: Doc, tokens: Span, start: int, end: int, published: dt.date | None
    ) -> _Found | None:
        """ "The week of March 9" (its Monday-to-Sunday week); "the first/last week of July"
        (the weeks whose Monday falls in that month)."""
        after = next(k for k, t in enumerate(tokens) if t.lower_ in self.months)
        roles = self._roles(tokens[after:])
        if roles is None:
            return None
        nth = self.ordinals.get(tokens[1].lower_) if tokens[1].lower_ != "week" else None
        if nth is None:
            date = self._compose(roles, start, end, published, doc)
            if date is None or date.period is None:
                return _Found(start, end, "week", None, label="WEEK_OF") if date else None
            return _Found(start, end, "week", cal.week_period(date.period[0]), label="WEEK_OF")
        month = self._compose(
            {k: v for k, v in roles.items() if k != "day"}, start, end, published, doc
        )
        if month is None or month.period is None:
            return _Found(start, end, "week", None, label="WEEK_OF") if month else None
        first, last = month.period
        mondays = [
            first + dt.timedelta(days=k)
            for k in range((last - first).days + 1)
            if (first + dt.timedelta(days=k)).weekday() == 0
        ]
        if not mondays or abs(nth) > len(mondays):
            return None
        monday = mondays[nth - 1] if nth > 0 else mondays[nth]
        return _Found(start, end, "week", cal.week_period(monday), label="WEEK_OF")

    def _year_words(self, doc: Doc, tokens: Span, start: int, end: int) -> _Found | None:
        """A year said in words, where the context makes it a year ("in nineteen ninety-six")."""
        named = tokens[0].lower_ in ("the", "year")  # "the year two thousand"
        words = [t.lower_ for t in tokens if t.lower_ not in ("-", "and", "the", "year")]
        table = self.vocab["year_words"]
        if words[:2] == ["two", "thousand"]:
            rest = words[2:]
            year = 2000 + sum(table["tens"].get(w, table["ones"].get(w, 0)) for w in rest)
            if not rest and not named:
                return None  # "two thousand people"
        else:
            year = table["century"][words[0]] * 100 + table["tens"][words[1]]
            year += table["ones"].get(words[2], 0) if len(words) > 2 else 0
        if not (named or self._temporal_context(doc, start)):
            return None
        if self._next(doc, end) in self.year_blockers:
            return None
        return _Found(start, end, "year", cal.year_period(year), roles={"year": year}, label="CAL")

    def _year_month(self, tokens: Span, start: int, end: int) -> _Found | None:
        """2027-03, 2027/3, 3/2027, 03-2027: a month (not "2010-11", a span of years)."""
        parts = re.split(r"[-/]", tokens.text.replace(" ", ""))
        if len(parts) != 2:
            return None
        year, month = (parts[0], parts[1]) if len(parts[0]) == 4 else (parts[1], parts[0])
        if (
            len(parts[0]) == 4
            and len(tokens) == 3
            and not month.startswith("0")
            and int(month) > int(year[-2:])
        ):
            return None  # "2010-11" is a span of years, "2016-11" a month
        if not self.compiled["year"].match(year) or not 1 <= int(month) <= 12:
            return None
        return _Found(start, end, "month", cal.month_period(int(year), int(month)), label="CAL")

    def _numeric(self, token: Token, start: int, end: int) -> _Found | None:
        """All-digit dates: ISO year first; dotted = day first (European); slashed = US order."""
        if not self.compiled["numeric"].match(token.text):
            return None
        parts = [int(p) for p in re.split(r"[/.]", token.text)]
        if token.text[:4].isdigit() and len(token.text.split("/")[0]) == 4:
            year, month, day = parts
        else:
            first, second, year = parts
            year = _full_year(str(year)) if year < 100 else year
            if "." in token.text or first > 12:
                day, month = first, second
            else:
                month, day = first, second
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        return _Found(start, end, "day", (date, date), label="NUMERIC")

    def _year_range(self, tokens: Span, start: int, end: int) -> _Found | None:
        text = tokens.text.replace(" ", "")
        first, second = re.split(r"[-–/]", text, maxsplit=1)
        if not (self.compiled["year"].match(first) and second.isdigit()):
            return None
        low = int(first)
        high = int(second) if len(second) == 4 else low - low % 100 + int(second)
        if not low < high <= low + 30:
            return None
        return _Found(start, end, "year", (dt.date(low, 1, 1), dt.date(high, 12, 31)))

    def _relative_unit(
        self, tokens: Span, start: int, end: int, published: dt.date | None
    ) -> _Found | None:
        unit = tokens[-1].lower_
        steps = [self.relative[t.lower_] for t in tokens if t.lower_ in self.relative]
        if tokens.text.lower().startswith("the most recent"):
            steps = [-1]
        step = next((s for s in reversed(steps) if s != 0), 0)
        granularity = _UNIT_GRANULARITY[unit]
        if published is None:
            return _Found(start, end, granularity, None, label="REL")
        period = cal.relative_period(unit, published, step)
        found = _Found(start, end, granularity, period, label="REL")
        if {"following", "previous", "prior", "preceding"} & {t.lower_ for t in tokens}:
            found.roles["following"] = (unit, step)  # counted from the period named before
        return found

    def _weekend(self, doc: Doc, start: int, end: int, published: dt.date | None) -> _Found | None:
        """ "The weekend": the one just past early in the week or in a past-tense clause, else the
        coming one (the current one on a Saturday or Sunday)."""
        if published is None:
            return _Found(start, end, "week", None, label="THE_UNIT")
        weekday = published.weekday()
        if weekday >= 5:
            period = cal.weekend_period(published)
        elif weekday <= 2 or self._tense(doc, start) < 0:
            period = cal.weekend_period(published - dt.timedelta(days=7))
        else:
            period = cal.weekend_period(published)
        return _Found(start, end, "week", period, label="THE_UNIT")

    def _day_word(
        self, doc: Doc, tokens: Span, start: int, end: int, published: dt.date | None
    ) -> _Found | None:
        first = tokens[0].lower_
        # "today's cars", "Today the range opens with...": nowadays, not a calendar day
        if (
            first == "today"
            and end - start == 1
            and (
                self._next(doc, end) in ("'s", "’s")
                or (tokens[0].is_sent_start and not self.vague_references)
            )
        ):
            return None
        if end - start == 1 and self._next(doc, end) in self.day_word_nouns:
            return None  # "a new overnight shift", "overnight charging": no calendar day
        vetoes = self.day_word_not_after.get(first, set())
        if vetoes and any(
            t.lower_ in vetoes for t in doc[max(tokens.sent.start, start - 6) : start]
        ):
            return None  # "it charges overnight", "won't disappear overnight": a manner
        step = self.day_words.get(first, 0)
        if first == "last":  # "last night"
            step = -1 if tokens[-1].lower_ == "night" else 0
        if first == "tomorrow":
            step = 1
        if published is None:
            return _Found(start, end, "day", None)
        day = published + dt.timedelta(days=step)
        return _Found(start, end, "day", (day, day))

    def _weekday(
        self, doc: Doc, tokens: Span, start: int, end: int, published: dt.date | None
    ) -> _Found | None:
        words = [t.lower_ for t in tokens]
        target_token = next(t for t in tokens if t.lower_ in self.weekdays)
        if not (
            target_token.text[:1].isupper()
            or words[0] in self.relative
            or self._temporal_context(doc, start)
        ):
            return None
        if published is None:
            return _Found(start, end, "day", None)
        target = self.weekdays[target_token.lower_]
        if {"next", "coming", "following"} & set(words):
            direction = 1
        elif {"last", "past", "previous"} & set(words):
            direction = -1
        elif "this" in words or self._tense(doc, start) > 0:
            direction = 0 if published.weekday() == target else 1
        else:
            direction = 0 if published.weekday() == target else -1
        if direction == 0:
            day = published
        elif direction > 0:
            day = published + dt.timedelta(days=(target - published.weekday() - 1) % 7 + 1)
        else:
            day = published - dt.timedelta(days=(published.weekday() - target - 1) % 7 + 1)
        return _Found(start, end, "day", (day, day))

    def _offset(
        self, doc: Doc, tokens: Span, start: int, end: int, published: dt.date | None
    ) -> _Found | None:
        words = [t.lower_ for t in tokens]
        direction = 1 if words[0] == "in" else -1 if words[-1] in ("ago", "earlier") else 1
        amounts: list[float] = []
        for token in tokens:
            w = token.lower_
            if w.isdigit() or w in self.numbers:
                amounts.append(float(w) if w.isdigit() else float(self.numbers[w]))
            elif token.like_num:
                return None
        if any(a > 120 for a in amounts):
            return None
        unit = next(self.units[w] for w in words if w in self.units)
        granularity = _UNIT_GRANULARITY[unit]
        if not amounts or unit == "weekend":
            return None
        approx = "so" in words and "or" in words
        if words[-1] in ("earlier", "later") and self._next(doc, end) == "than":
            return None  # "18 months later than planned": a delay
        text_relative = words[-1] in ("earlier", "later")
        anchored = len(amounts) == 1 and text_relative
        if published is None:
            found = _Found(start, end, granularity, None, label="OFFSET")
        else:
            days = sorted(cal.shift(published, unit, direction * a) for a in amounts)
            found = _Found(start, end, granularity, (days[0], days[-1]), label="OFFSET")
        found.modifier = "approx" if approx else None
        if anchored:
            found.roles = {
                "unit": unit,
                "amount": amounts[0],
                "direction": direction,
                "text_relative": text_relative,
            }
        return found

    def _vague(
        self, doc: Doc, tokens: Span, start: int, end: int, published: dt.date | None
    ) -> _Found | None:
        if self._prev(doc, start) in self.vocab["vague_blockers_before"]:
            return None
        if self._next(doc, end) in self.vocab["vague_blockers_after"] and end - start == 1:
            return None
        direction = self.vague[tokens.text.lower()]
        if published is None:
            found = _Found(start, end, "day", None)
        else:
            found = _Found(start, end, "day", (published, published))
        if direction < 0:
            found.modifier, found.earliest_open = "before", True
        elif direction > 0:
            found.modifier, found.latest_open = "after", True
        return found

    # ------------------------------------------------------------------ ranges and prefixes

    def _merge_ranges(
        self, doc: Doc, kernels: list[_Found], published: dt.date | None
    ) -> list[_Found]:
        """Join "March to May 2027" and "2027-2029" into one date."""
        out: list[_Found] = []
        k = 0
        while k < len(kernels):
            left = kernels[k]
            right = kernels[k + 1] if k + 1 < len(kernels) else None
            if right is not None and right.start == left.end + 1:
                joined = self._join(doc, left, right, published)
                if joined is not None:
                    out.append(joined)
                    k += 2
                    continue
            out.append(left)
            k += 1
        return out

    def _join(
        self, doc: Doc, left: _Found, right: _Found, published: dt.date | None
    ) -> _Found | None:
        connector = doc[left.end].lower_
        opener = self._prev(doc, left.start)
        if connector not in _CONNECTORS:
            return None
        if connector == "and" and opener != "between":
            return None
        if connector in ("until", "till", "into") and opener != "from":
            return None
        if left.modifier or right.modifier or left.label == "OFFSET":
            return None
        borrows = (
            left.label == "CAL"
            and right.label == "CAL"
            and "year" in right.roles
            and not {"year", "year_step"} & set(left.roles)
        )
        if not borrows and connector not in ("-", "–", "—"):
            # "between May 2023 and October 2024", "from May to July": two dates, as
            # TimeBank and the fixtures annotate them; "March to May 2027" is one (March takes
            # May's year), and so is a dash ("2027-2029")
            return None
        if borrows:
            redone = self._compose(
                left.roles, left.start, left.end, published, None, right.roles["year"]
            )
            if redone is not None:
                left = redone
        start = left.start - 1 if opener in ("between", "from") else left.start
        if left.period is None or right.period is None:
            if left.period is None and right.period is None:
                return _Found(start, right.end, left.granularity, None)
            return None
        if left.period[0] > right.period[1]:
            return None
        return _Found(start, right.end, left.granularity, (left.period[0], right.period[1]))

    def _with_prefixes(self, doc: Doc, found: _Found, published: dt.date | None) -> _Found | None:
        """Take in the words before a date that change it: parts, bounds, approximation."""
        applied: list[tuple[str, str]] = []
        for _ in range(3):
            hit = self._prefix_at(doc, found.start)
            if hit is None:
                break
            words, kind = hit
            order = {"part": 0, "bound": 1, "approx": 2}
            level = order.get(kind[0], 1)
            if applied and level <= order.get(applied[-1][0], 1):
                break
            if kind[0] == "part" and found.modifier in ("start", "mid", "end"):
                break
            applied.append(kind)
            found.start -= len(words)
            self._apply(found, kind, published)
        if found.roles.get("needs_prefix") and not any(
            k[0] in ("part", "within", "bound_end", "bound_start", "bound_start_incl")
            for k in applied
        ):
            if applied or not found.roles.get("lower"):
                return None
            found.roles["anaphor"] = found.roles["unit"]  # "the quarter": one named before
        if found.roles.get("unit") == "period" and "anaphor" not in found.roles:
            return None
        return found

    def _anaphora(self, doc: Doc, built: list[_Found]) -> list[_Found]:
        """Resolve references to a period named before: "the quarter", "the year-ago period",
        and "a year earlier" in a sentence that names the period it counts from."""
        built.sort(key=lambda f: f.start)
        history: list[_Found] = []
        out: list[_Found] = []
        for found in built:
            unit = found.roles.get("anaphor")
            if unit is not None:
                anchor = self._anchor(history, unit, found.start, found.label == "YEAR_AGO")
                if anchor is None or anchor.period is None:
                    continue
                first, last = anchor.period
                years = found.roles.get("shift_years", 0)
                if years:
                    first = cal.add_months(first, 12 * years)
                    last = cal.add_months(last.replace(day=1), 12 * years)
                    last = cal.month_end(last.year, last.month)
                found.period, found.granularity = (first, last), anchor.granularity
                found.roles["derived"] = True
            elif found.label == "OFFSET" and found.roles.get("amount"):
                if (
                    self._count_from_anchor(doc, found, history) is None
                    and found.roles["direction"] > 0
                ):
                    # "the estate follows six months later": later than a time the text
                    # told of, never than the day of publication
                    continue
            elif found.roles.get("following") and history and found.period is not None:
                anchor = history[-1]
                if anchor.period is not None and found.start - anchor.end <= _ANAPHORA_REACH:
                    unit, step = found.roles["following"]
                    found.period = cal.relative_period(unit, anchor.period[0], step)
                    found.roles["derived"] = True
            out.append(found)
            if (
                found.period is not None
                and found.modifier is None
                and not found.roles.get("derived")
                and found.label not in ("VAGUE", "OFFSET", "DAY")
            ):
                history.append(found)
        return out

    @staticmethod
    def _anchor(
        history: list[_Found], unit: str, start: int, latest_in_time: bool = False
    ) -> _Found | None:
        """The period a reference points back to: the last one named, or for "the year-ago
        quarter" the latest in time (the period being reported on), within reach."""
        wanted = {"period": ("month", "quarter", "half", "year")}.get(unit, (unit,))
        near = [
            f
            for f in history
            if start - f.end <= _ANAPHORA_REACH and f.granularity in wanted and f.period
        ]
        if not near:
            return None
        if latest_in_time:
            return max(near, key=lambda f: f.period[0])  # type: ignore[index]
        return near[-1]

    def _count_from_anchor(self, doc: Doc, found: _Found, history: list[_Found]) -> bool | None:
        """'Profit rose in the third quarter from a year earlier': count from that quarter.

        "Earlier"/"later" count from the last period the text named nearby ("ago" always counts
        from the publication date). None when the text named none within reach; False when
        the offset cannot be counted from it (weeks, days, halves of a year)."""
        periods = [f for f in history if f.granularity in _COUNTABLE]
        if not periods or periods[-1].period is None:
            return None
        anchor = periods[-1]
        if found.start - anchor.end > _OFFSET_REACH:
            return None
        unit, amount = found.roles["unit"], found.roles["amount"]
        months = {"month": 1, "quarter": 3, "year": 12}.get(unit)
        if months is None or amount != int(amount):
            return False
        step = int(amount) * months * found.roles["direction"]
        first = cal.add_months(anchor.period[0], step)
        if anchor.granularity == "day":
            found.period = (first, cal.add_months(anchor.period[1], step))
        else:
            last = cal.add_months(anchor.period[1].replace(day=1), step)
            found.period = (first, cal.month_end(last.year, last.month))
        found.granularity = anchor.granularity
        return True

    def _prefix_at(self, doc: Doc, start: int) -> tuple[tuple[str, ...], tuple[str, str]] | None:
        if start == 0:
            return None
        for words, kind in self.prefixes_by_last.get(doc[start - 1].lower_, ()):
            n = len(words)
            if start - n < 0:
                continue
            if all(doc[start - n + j].lower_ == words[j] for j in range(n)):
                if words in (("until",), ("till",)) and self._rescheduled_to(doc, start - n):
                    return None  # "delayed until September": the new date, not a bound
                if (
                    words == ("starting",)
                    and start - n > 0
                    and doc[start - n - 1].lower_ in self.starting_events
                ):
                    return None  # "with deliveries starting next autumn": when they start
                return words, kind
        return None

    def _rescheduled_to(self, doc: Doc, k: int) -> bool:
        """A rescheduling verb stands before token ``k`` ("pushed back until")."""
        k -= 1
        while k >= 0 and doc[k].lower_ in self.rescheduling_skip:
            k -= 1
        return k >= 0 and doc[k].lower_ in self.rescheduling_verbs

    def _apply(self, found: _Found, kind: tuple[str, str], published: dt.date | None) -> None:
        what, modifier = kind
        period = found.period
        if what == "part":
            if found.granularity == "day":
                found.modifier = found.modifier or None
                return
            found.modifier = modifier
            if period is not None:
                found.period = cal.part(period, found.granularity, modifier)
            return
        if what == "approx":
            if found.modifier is None:
                found.modifier = "approx"
            return
        if what == "within":
            if period is not None and published is not None and period[0] <= published <= period[1]:
                found.period = (
                    (period[0], published) if modifier == "before" else (published, period[1])
                )
            elif period is not None:
                which = "start" if modifier == "before" else "end"
                found.period = cal.part(period, found.granularity, which)
            elif found.label in ("REL", "THE_UNIT"):
                found.period = None
            found.modifier = modifier
            return
        part_of = found.modifier in ("start", "mid", "end")
        found.modifier = modifier
        if period is None:
            return
        first, last = period
        if what == "bound_end":
            found.earliest_open = True
        elif what == "bound_start":
            found.period = (first, first - cal.ONE_DAY)
            found.earliest_open = True
        elif what == "bound_start_incl":
            found.period = (first, first)
            found.earliest_open = True
        elif what == "bound" and part_of:
            found.earliest_open = True  # "before early 2027": by the end of that part
        elif what == "bound":
            found.period = (first, first - cal.ONE_DAY)
            found.earliest_open = True
        elif what == "bound_incl":
            found.earliest_open = True
        elif what == "bound_after":
            found.period = (last + cal.ONE_DAY, last)
            found.latest_open = True
        elif what == "since":
            found.latest_open = True


def _as_date(value: object) -> dt.date | None:
    """The publication date as a date: datetimes and ISO strings are accepted, else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _full_year(digits: str) -> int:
    value = int(digits)
    if len(digits) == 4:
        return value
    return 2000 + value if value < 70 else 1900 + value


_CONTRAST_OPENERS = {"although", "though", "but", "whereas", "while", ";"}


_PRESENT_OR_FUTURE_AUXILIARIES = {
    "is",
    "are",
    "be",
    "being",
    "will",
    "to",
    "'s",
    "’s",
    "gets",
    "get",
}
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "where"})


def _dated_participle(doc: Doc, j: int, i: int) -> bool:
    """ "the Osprey launched in 2017 ...": a participle with a year of its own right after
    a name describes that name's past, not the tense of the date at token ``i``."""
    return (
        j > 0
        and (doc[j - 1].text == ")" or doc[j - 1].text[:1].isupper())
        and j + 2 < len(doc)
        and doc[j + 1].lower_ == "in"
        and doc[j + 2].text.isdigit()
        and len(doc[j + 2].text) == 4
        and j + 2 != i
    )


def _participle_asides(doc: Doc, i: int, lo: int, hi: int) -> set[int]:
    """The tokens of phrases set off by commas that a past participle opens and that do not
    hold token ``i`` (", shown in Paris,"): they describe a name; the tense of ``i``'s
    clause is its verb's."""
    found: set[int] = set()
    for j in range(lo + 1, hi):
        word = doc[j].text
        if doc[j - 1].text != "," or not (word.islower() and word.endswith("ed")):
            continue
        close = next((k for k in range(j + 1, hi) if doc[k].text in (",", ";", ".")), None)
        if close is not None and doc[close].text == "," and not j <= i <= close:
            found.update(range(j, close))
    return found
