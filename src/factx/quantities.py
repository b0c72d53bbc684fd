"""The quantity stage: every figure with its unit, normalised (``doc.spans["quantities"]``).

One pass over the tokens. A token that can start a figure (digits, a currency sign, a number word,
"dozens of") is read into a number; the unit is then looked up on the glued suffix and the
following tokens in a surface -> unit lexicon built once from factx's own unit file
(``quantities/units.json``: canonical symbols, SI factors) and quantulum3's unit catalogue (its
data, not its parser: ``quantulum3.parser.parse`` is far too slow and too eager for the hot path).
A number with no unit takes the plural noun it counts as unit ("80,000 orders" -> "order");
a number with neither is not a quantity. Context rules reject years, dates, times of day, model
names and codes, ordinals and compound adjectives ("five-door"); cue words before the figure set
``bound``/``approximate``/``change`` and stay outside the span.

Changes ("down 12%", "rose 3%") keep the figure as written (12, 3) with ``change=True``; only a
written sign or "minus" makes a value negative, so a value always matches the text it came from.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from .models import Measure
from .numbers import NUMBER_TOKEN, european_numerals, numeral_value, words_value

_DEFAULT_DATA = Path(__file__).resolve().parents[2] / "pipelines" / "automotive"
_SPACES = re.compile(r"\s*([/\-])\s*")
_SENTENCE_END = {".", "!", "?", ":", ";", '"', "“", "”", "(", "—", "–", "-", "•", "*", "|"}
#: currency signs a figure may start with ("€25k", "฿1,099,000")
#: "7:41.37", "1:07.5": minutes and seconds with a decimal part
_STOPWATCH = re.compile(r"(\d{1,2}):([0-5]\d\.\d{1,3})")
_CURRENCY_SIGNS = "$€£¥₹₩₽₪₺฿₫₱"
_FRACTION = re.compile(r"^(\d{1,2})[/⁄](\d{1,2})$")
_BARE = re.compile(r"^[+\-]?\d[\d.,]*$")
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$")  # "19,480": thousands grouped
# "805 km WLTP (500 miles)", "500 miles (about 800 km)"
_OPEN = re.compile(
    r"\s*(?:[A-Z]{2,6}\s*)?[(\[]\s*"
    r"(?:(?:about|around|roughly|approximately|approx\.|some|nearly|almost|up to|~|c\.)\s*)?"
)
_SLASH = re.compile(r"\s*/\s*")
#: a conversion that needs its figures to agree before it counts as one: "400 km, or 249
#: miles", "52 mpg combined (5.4 l/100km)"
_LOOSE = re.compile(
    r"\s*(?:,\s*or|\s+or|(?:\s+[a-z]+){1,2}\s*[(\[])\s*"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost)\s+)?"
)
#: a conversion said aloud: "311 miles, that's about 500 kilometres"
_SPOKEN = re.compile(
    r"\s*,\s*(?:that's|that’s|that is|which is)\s+"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost)\s+)?"
)
_COMPATIBLE = {
    frozenset({"efficiency", "efficiency_distance"}),
    frozenset({"fuel_economy", "fuel_consumption"}),
}


_POWER = re.compile(r"(?<=[a-zA-Z])([23])$")


@functools.lru_cache(maxsize=16384)
def _norm(key: str) -> str:
    """One spelling per unit key: no spaces around "/" and "-", micro sign, superscripts."""
    key = _SPACES.sub(r"\1", key.strip()).replace("μ", "µ")
    if len(key) > 2 and key[-1] == "-" and key[-2].isalpha():
        key = key[:-1]  # "287 miles- and": a dangling hyphen
    return _POWER.sub(lambda m: "²" if m[1] == "2" else "³", key)


@dataclass(frozen=True, slots=True)
class Unit:
    """A canonical unit: ``physical`` is False for counted nouns ("order", "vehicle")."""

    symbol: str
    dimension: str
    si_unit: str | None = None
    factor: float | None = None
    physical: bool = True
    catalogue: bool = False  # from quantulum3's catalogue rather than factx's own file


@dataclass(slots=True)
class _Figure:
    start: int  # first token, currency sign included
    end: int  # token after the numeral and its scale words
    value: float | None = None
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    scale: float = 1.0
    word: bool = False
    digits: str | None = None  # the bare integer as written, for the year test
    suffix: str = ""  # glued letters after the numeral ("kWh" in "5.5kWh")
    approximate: bool = False
    plus: bool = False
    decimal: bool = False


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    unit: Unit
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    bound: str | None = None
    change: bool = False


class _Skip(int):
    """Returned by the reader when a whole stretch (a "0-62 mph" label) is consumed."""


# --------------------------------------------------------------------------- lexicon


class QuantityDataError(ValueError):
    """The pipeline's quantity data files are missing or malformed (one clear line)."""


class Lexicon:
    """Surface forms -> units, cue words and number words, read from the pipeline's data."""

    def __init__(self, data: Path) -> None:
        folder = data / "quantities"
        try:
            units = json.loads((folder / "units.json").read_text(encoding="utf-8"))["units"]
            cues = json.loads((folder / "lexicon.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise QuantityDataError(f"quantity data in {folder} unreadable: {exc}") from exc
        self.words: dict[str, Unit] = {}  # lower-case surfaces
        self.symbols: dict[str, Unit] = {}  # case-sensitive, may stand alone
        self.glued: dict[str, Unit] = {}  # case-sensitive, only against the number
        for entry in units:
            si_unit, factor = entry.get("si") or (None, None)
            unit = Unit(entry["symbol"], entry["dimension"], si_unit, factor)
            for surface in entry.get("surfaces", []):
                self.words.setdefault(_norm(surface.lower()), unit)
            for symbol in entry.get("symbols", []):
                self.symbols.setdefault(_norm(symbol), unit)
            for symbol in entry.get("glued", []):
                self.glued.setdefault(_norm(symbol), unit)

        self.currency_prefixes: dict[str, str] = cues["currency_prefixes"]
        self.dollar_locales = {
            code: re.compile(r"(?<![\w$])(?:" + "|".join(map(re.escape, words)) + r")(?![\w$])")
            for code, words in cues.get("dollar_locales", {}).items()
        }
        self.dollar_locale_min: int = cues.get("dollar_locale_min", 3)
        # a currency written the same in several countries ("¥", "pesos"): by written form,
        # each country's currency and the words that name the country
        self.currency_locales: dict[str, dict[str, re.Pattern[str]]] = {
            written: {
                code: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
                for code, words in countries.items()
            }
            for written, countries in cues.get("currency_locales", {}).items()
        }
        # "CA$61,500": a dollar written with its own prefix
        self.marked_dollars = {
            code: re.compile(
                r"(?<![\w$])(?:"
                + "|".join(
                    re.escape(prefix)
                    for prefix, owner in self.currency_prefixes.items()
                    if owner == code and prefix.endswith("$") and prefix != "$"
                )
                + r")\s?\d"
            )
            for code in self.dollar_locales
            if any(
                owner == code and p.endswith("$") and p != "$"
                for p, owner in self.currency_prefixes.items()
            )
        }
        self.glued_only_prefixes = set(cues["glued_only_prefixes"])
        self.currency_words: dict[str, str] = cues["currency_words"]
        for prefix, code in self.currency_prefixes.items():
            if prefix not in self.glued_only_prefixes:
                self.symbols.setdefault(prefix, self.currency(code))
        minor = cues["minor_currency"]
        for word, code in cues["currency_words"].items():
            if code in minor:
                base, factor = minor[code]
                unit = Unit(code, "currency", base, factor)
            else:
                unit = self.currency(code)
            self.words.setdefault(word, unit)
        for mark, code in cues["glued_minor_currency"].items():
            base, factor = minor[code]
            self.glued.setdefault(mark, Unit(code, "currency", base, factor))
            self.glued.setdefault(code, Unit(code, "currency", base, factor))
        self._merge_quantulum(set(cues["q3_excluded_symbols"]), set(cues["q3_excluded_surfaces"]))

        self.number_words: dict[str, float] = cues["number_words"]
        self.scale_words: dict[str, float] = cues["scale_words"]
        self.large_only_prefixes = set(cues.get("large_only_prefixes", []))
        self.scale_suffixes: dict[str, float] = cues["scale_suffixes"]
        self.vague: dict[str, float] = cues["vague_plurals"]
        self.approximate = set(cues["approximate"])
        self.bounds: dict[str, str] = cues["bounds"]
        self.change_before = set(cues["change_before"])
        self.cost_verbs = set(cues["cost_verbs"])
        self.price_words = set(cues["price_words"])
        self.verb_currencies = set(cues["verb_currencies"])
        self.from_to_movers = set(cues["from_to_movers"])
        self.change_after = set(cues["change_after"])
        self.change_after_pairs = {tuple(pair) for pair in cues.get("change_after_pairs", ())}
        self.change_skip = set(cues["change_skip"])
        self.incentive_verbs = set(cues.get("incentive_verbs", ()))
        self.count_adders = set(cues.get("count_adders", ()))
        self.negative = set(cues["negative"])
        self.months = set(cues["months"])
        self.time_markers = set(cues["time_markers"])
        self.code_markers = set(cues["code_markers"])
        self.openers = set(cues["sentence_openers"])
        self.count_stop = set(cues["count_stop"])
        self.elision_followers = set(cues["elision_followers"])
        self.elision_reach = int(cues["elision_reach"])
        self.count_span = int(cues["count_modifier_max"])
        self.irregular: dict[str, str] = cues["irregular_plurals"]
        self.not_count = set(cues["not_count_nouns"])
        self.model_words = set(cues["model_plural_words"])
        self.count_excluded = set(cues["count_excluded"])
        self.verbs_s = set(cues["verbs_s"])
        self.multipliers = set(cues["multiplier_words"])
        self.choice_cues = set(cues["choice_before_between"])
        self.not_rate_after = set(cues["not_rate_after"])
        self.separate_minor: dict[str, str] = cues["separate_minor_currency"]
        self.label_speeds = set(cues["label_speed_units"])
        self.range_connectors = set(cues["range_connectors"])
        self.triggers = {*self.number_words, *self.vague, "a", "an"}  # words that start a figure
        cue_phrases = [*self.approximate, *self.bounds]
        self.cue_len = max(len(p.split()) for p in cue_phrases)
        self.max_unit_tokens = 7

    @staticmethod
    @functools.lru_cache(maxsize=64)
    def currency(code: str) -> Unit:
        return Unit(code, "currency", code, 1.0)

    def _merge_quantulum(self, bad_symbols: set[str], bad_surfaces: set[str]) -> None:
        """Add quantulum3's catalogue (its JSON data, read directly: building its ``Units``
        object pluralises every surface with ``inflect`` and takes seconds)."""
        try:
            from quantulum3 import load as q3
        except ImportError:  # pragma: no cover - quantulum3 is a dependency; degrade gracefully
            return
        catalogue: dict[str, dict] = {}
        for path in (q3.GENERAL_UNITS_PATH, q3.LANGUAGE_UNITS_PATH("en_US")):
            try:
                raw = json.loads(Path(path).read_text(encoding="utf-8"))
            except OSError:  # pragma: no cover
                continue
            for name, entry in raw.items():
                catalogue.setdefault(name, {}).update(entry)
        for name, entry in list(catalogue.items()):
            if "entity" not in entry or entry["entity"] == "dimensionless":
                continue
            for full, unit_entry in q3.Units.prefixed_units(name, entry):
                self._add_q3(full, unit_entry, bad_symbols, bad_surfaces)

    def _add_q3(self, name: str, entry: dict, bad_symbols: set[str], bad_surfaces: set[str]):
        symbols = [s for s in entry.get("symbols", []) if s not in bad_symbols]
        surfaces = [s.lower() for s in [name, *entry.get("surfaces", [])]]
        surfaces = [s for s in surfaces if s not in bad_surfaces and len(s) > 2]
        code = entry.get("currency_code")
        if entry["entity"] == "currency":
            if not code:
                return
            known: Unit | None = self.currency(code)  # "¥" is shared: trust the ISO code
        else:
            known = next(
                (self.symbols[s] for s in entry.get("symbols", []) if s in self.symbols), None
            ) or next((self.words[_norm(s)] for s in surfaces if _norm(s) in self.words), None)
        if known is None:
            known = Unit(name, entry["entity"], name, 1.0, catalogue=True)
        for symbol in symbols:
            if len(symbol) > 1 or not symbol.isalnum():
                self.symbols.setdefault(_norm(symbol), known)
        for surface in surfaces:
            key = _norm(surface)
            self.words.setdefault(key, known)
            plural = key + ("es" if key.endswith(("s", "x", "ch", "sh")) else "s")
            self.words.setdefault(plural, known)

    # ----------------------------------------------------------------- nouns

    def is_plural(self, word: str) -> bool:
        low = word.lower()
        if low in self.irregular or (low.endswith("men") and len(low) > 5):
            return True
        if len(word) >= 3 and word.endswith("s") and word[:-1].isupper() and word[:-1].isalpha():
            return True  # "EVs", "SUVs", "PHEVs"
        if low in self.not_count or len(low) < 4 or not low.isalpha():
            return False
        return low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))

    def singular(self, word: str) -> str:
        low = word.lower()
        if low in self.irregular:
            return self.irregular[low]
        if low.endswith("men") and len(low) > 4:
            return low[:-3] + "man"
        if low.endswith("ies") and len(low) > 4:
            return low[:-3] + "y"
        if low.endswith(("ches", "shes", "sses", "xes", "zzes")):
            return low[:-2]
        if low.endswith("s") and not low.endswith(("ss", "us", "is")):
            return low[:-1]
        return low

    def unit_for_surface(self, text: str) -> Unit | None:
        """Look a unit name or symbol up as written ("miles", "km/h", "pound sterling")."""
        key = _norm(text)
        return (
            self.symbols.get(key)
            or self.words.get(key.lower())
            or self.glued.get(key)
            or self.currency_from_prefix(key)
        )

    def local_dollar(self, text: str) -> str | None:
        """The currency a bare "$" means in this text, when the text is about a country whose
        dollar is not the US one (counted by the words ``dollar_locales`` lists) and does not
        write that dollar with its own prefix elsewhere."""
        counts = {code: len(rx.findall(text)) for code, rx in self.dollar_locales.items()}
        us = counts.pop("USD", 0)
        if not counts:
            return None
        code, most = max(counts.items(), key=lambda kv: kv[1])
        marked = self.marked_dollars.get(code)
        if marked is not None and any(
            not re.search(
                r"(?:\(|about|around|roughly|approximately|or)\s*$", text[: m.start()][-15:]
            )
            for m in marked.finditer(text)
        ):
            # "CA$61,500 ... $44,000 in the US": the bare sign is the other dollar (a
            # conversion, "(about A$49,800)", marks nothing)
            return None
        return code if most >= self.dollar_locale_min and most > us else None

    def local_currency(self, written: str, text: str, start: int) -> str | None:
        """The currency a figure at ``start`` written with ``written`` ("¥", "peso") means:
        that of the country its sentence names most (counted by the words
        ``currency_locales`` lists), else its paragraph's, else the whole text's; None on a
        tie, which keeps the unit read."""
        locales = self.currency_locales[written]
        scopes = []
        for ends in (("\n", ". ", "? ", "! "), ("\n",)):
            lo = max(text.rfind(end, 0, start) for end in ends) + 1
            his = [i for i in (text.find(end, start) for end in ends) if i >= 0]
            scopes.append(text[lo : min(his) if his else len(text)])
        for scope in (*scopes, text):
            counts = sorted(
                ((len(rx.findall(scope)), code) for code, rx in locales.items()),
                reverse=True,
            )
            if counts and counts[0][0] and (len(counts) == 1 or counts[0][0] > counts[1][0]):
                return counts[0][1]
        return None

    def currency_from_prefix(self, key: str) -> Unit | None:
        code = self.currency_prefixes.get(key.replace(" ", ""))
        return self.currency(code) if code else None


@functools.lru_cache(maxsize=8)
def load_lexicon(data: Path | None = None) -> Lexicon:
    """The lexicon of a pipeline directory, built once per process."""
    return Lexicon(Path(data) if data else _DEFAULT_DATA)


# --------------------------------------------------------------------------- reading a doc


class _Reader:
    """State for one Doc: token texts, whitespace and the scan."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        # to_array + the string store is ~3x faster than building a Token object per token
        rows = doc.to_array([ORTH, SPACY])
        strings = doc.vocab.strings
        self.t = [strings[h] for h in rows[:, 0].tolist()] if len(doc) else []
        self.low = [s.lower() for s in self.t]
        self.ws = [bool(w) for w in rows[:, 1].tolist()] if len(doc) else []
        # "31.450 euros" in a text that writes "6,8 seconds": thirty-one thousand
        self.european = european_numerals(doc.text)
        self.n = len(self.t)
        self.blocked: set[int] = set()
        self.after_vehicle: set[int] = set()
        for span in doc.spans.get("vehicles", ()):
            self.blocked.update(range(span.start, span.end))
            self.after_vehicle.add(span.end)

    # ------------------------------------------------------------ helpers

    def at(self, i: int) -> str:
        return self.t[i] if 0 <= i < self.n else ""

    def lo(self, i: int) -> str:
        return self.low[i] if 0 <= i < self.n else ""

    def glued(self, i: int) -> bool:
        """Token i is written against token i + 1."""
        return 0 <= i < self.n and not self.ws[i]

    def sentence_start(self, i: int) -> bool:
        if i <= 0:
            return True
        prev = self.t[i - 1]
        if prev in _SENTENCE_END or prev.isspace() or "\n" in prev:
            return True
        return bool(self.doc[i].is_sent_start)

    def is_name_word(self, i: int) -> bool:
        """A capitalised (or camel-cased "iPhone", "iX") word: a name, a model, a code."""
        word = self.at(i)
        if not word or not word[0].isalpha():
            return False
        return word[0].isupper() or any(c.isupper() for c in word[1:])

    # ------------------------------------------------------------ numbers

    def numeral(self, i: int, currency_key: str) -> tuple[_Figure, str] | None:
        """Read the digits token at i (``currency_key``: separate currency tokens before it)."""
        word = self.at(i)
        negative = False
        if self.lo(i).startswith("minus-"):
            word, negative = word[6:], True
        fraction = self.fraction(i)
        if fraction is not None and not currency_key:
            return _Figure(start=i, end=i + 1, value=fraction, decimal=True), ""
        m = NUMBER_TOKEN.match(word)
        if not m:
            return None
        pre = m["pre"] or ""
        currency = None
        if currency_key or pre:
            key = currency_key + pre
            code = self.lex.currency_prefixes.get(key)
            if code is None or (key in self.lex.glued_only_prefixes and (currency_key or not pre)):
                return None
            currency = code
        num = m["num"]
        if len(num) > 1 and num[0] == "0" and num[1] != "." and not m["dash"]:
            return None  # "007", "0958": codes and phone numbers
        value = numeral_value(num, self.european)
        if not math.isfinite(value) or len(num) > 18:
            return None  # a digit string too long to be a figure
        sign = m["sign"]
        if sign in ("-", "−"):
            if not pre and not currency_key and i > 0 and self.glued(i - 1):
                return None  # "COVID-19", "F-150"
            negative = True
        if negative or self.lo(i - 1) in self.lex.negative:
            value = -value
        fig = _Figure(
            start=i,
            end=i + 1,
            value=value,
            currency=currency,
            suffix=m["suf"],
            approximate=bool(m["approx"]),
            plus=sign == "+",
            decimal="." in num or ("," in num and len(num.rpartition(",")[2]) != 3),
        )
        if not m["suf"] and not m["num2"] and not sign and re.fullmatch(r"\d{1,3}", num):
            # "R459 900", "150 000 km": a space between groups of three digits, as South
            # Africa and much of Europe write thousands
            j = i + 1
            while (
                self.ws[j - 1]
                and self.doc[j - 1].whitespace_ == " "
                and re.fullmatch(r"\d{3}", self.at(j))
                and j not in self.blocked
            ):
                fig.value = (fig.value or 0.0) * 1000 + int(self.at(j))
                j += 1
            if j > i + 1:
                fig.end = j
                return fig, ""
        if (
            currency_key + pre in self.lex.large_only_prefixes
            and abs(value) < 1000
            and self.lo(i + 1) not in self.lex.scale_words
        ):
            return None  # "R2", "R8": a name; "R3 billion", "R459,900": rand
        if m["num2"]:
            high = numeral_value(m["num2"])
            if high <= value:
                return None  # "117.46-49": a bid/ask pair or a score, not a range
            fig.low, fig.high, fig.value = value, high, None
        elif re.fullmatch(r"\d{1,4}", num) and not sign:
            fig.digits = num
        return fig, m["suf"]

    def fraction(self, i: int) -> float | None:
        """A vulgar fraction written "1/4" (or "1⁄4") directly before a unit, else None."""
        m = _FRACTION.match(self.at(i))
        if not m or int(m[2]) not in (2, 3, 4, 8, 16) or int(m[1]) >= int(m[2]):
            return None
        if self.match_unit(i + 1) is None:
            return None  # "24/7", "6/10": dates, scores and ratings
        return int(m[1]) / int(m[2])

    def figure(self, i: int) -> _Figure | None:
        """A number starting at token i: digits, currency + digits, number words or "dozens of"."""
        lex = self.lex
        start = i
        currency_key = ""
        word = self.at(i)
        pair = word + self.at(i + 1)
        if (
            word.isalpha()
            and word.islower()
            and word not in ("a", "an")  # "a $3,500 fee" is not Australian
            and pair.upper() in lex.currency_prefixes
        ):
            pair = pair.upper()  # "hk $", "c $" in lower-cased text
        if pair in lex.currency_prefixes and word.isalpha() and self.at(i + 2)[:1].isdigit():
            currency_key, i = pair, i + 2  # "HK $216,925", "US $2.24"
        elif word in lex.currency_prefixes and word not in lex.glued_only_prefixes:
            if pair in lex.currency_prefixes and self.at(i + 2)[:1].isdigit():
                currency_key, i = pair, i + 2
            elif (
                self.at(i + 1)[:1].isdigit()
                or self.at(i + 1)[:1] in "-+~"
                or (word == "$" and self.at(i + 1)[:1].isupper())
            ):
                currency_key, i = word, i + 1
        first = self.at(i)[:1]
        if (
            first.isdigit()
            or first in "-+−~≈." + _CURRENCY_SIGNS
            or (first.isupper() and currency_key)
            or (first.isupper() and any(c.isdigit() for c in self.at(i)))
            or self.lo(i).startswith("minus-")
        ):
            read = self.numeral(i, currency_key)
            if read is None:
                return None
            fig, suffix = read
            fig.start = start
            if not suffix and fig.digits and self.fraction(fig.end) is not None:
                fig.value = (fig.value or 0.0) + (self.fraction(fig.end) or 0.0)  # "10 1/2 miles"
                fig.end += 1
                fig.digits = None
            self._scale(fig, suffix)
            return fig
        if currency_key:
            return None
        low = self.lo(i)
        if low in lex.vague and self.lo(i + 1) == "of":
            base, end = lex.vague[low], i + 2
            if self.lo(end) in lex.vague and self.lo(end + 1) == "of":
                base, end = base * lex.vague[self.lo(end)], end + 2
            return _Figure(start=i, end=end, low=base, high=base * 10, approximate=True)
        if low in lex.number_words or (
            low in ("a", "an") and (self.lo(i + 1) in lex.scale_words or self.lo(i + 1) == "dozen")
        ):
            return self._words(i)
        return None

    def _words(self, i: int) -> _Figure | None:
        lex = self.lex
        if (
            i >= 2
            and self.low[i - 1] == "-"
            and self.glued(i - 2)
            and self.glued(i - 1)
            and self.at(i - 2).isalpha()
            and self.low[i - 2] not in lex.number_words
        ):
            return None  # "a straight-six", "the flat-four": an engine's layout, no figure
        j = i
        run: list[str] = []
        while j < self.n:
            low = self.low[j]
            if low in lex.number_words or low in lex.scale_words or (j == i and low in ("a", "an")):
                run.append(low)
                j += 1
            elif self.lo(j + 1) in lex.number_words and (
                (low == "-" and self.glued(j - 1) and self.glued(j))  # "twenty-five"
                or (low == "and" and run and run[-1] == "hundred")  # "a hundred and ten"
            ):
                j += 1
            else:
                break
        value = words_value(run, lex.number_words, lex.scale_words)
        if value is None:
            return None
        # "four point nine seconds": spoken decimals, one digit word each
        digits = ""
        k = j + 1
        while self.lo(j) == "point" and k < self.n and lex.number_words.get(self.low[k], 10) < 10:
            digits += str(int(lex.number_words[self.low[k]]))
            k += 1
        if digits and not any(w in lex.scale_words for w in run):
            value += float("0." + digits)
            j = k
        scale = max((lex.scale_words[w] for w in run if w in lex.scale_words), default=1.0)
        return _Figure(start=i, end=j, value=value, word=True, scale=scale)

    def _scale(self, fig: _Figure, suffix: str) -> None:
        """Apply a glued ("25k", "2.8bn") or following ("1.6 million") scale to the figure."""
        lex = self.lex
        factor = 1.0
        if suffix:
            for key in sorted(lex.scale_suffixes, key=len, reverse=True):
                if suffix.startswith(key):
                    rest = suffix[len(key) :]
                    if key in ("m", "b", "B") and not fig.currency:
                        continue
                    if rest and self.lex.unit_for_surface(rest) is None and rest[0] != "-":
                        continue
                    if self.lex.unit_for_surface(suffix) or self.lex.glued.get(suffix):
                        break  # "5kW", "10kmph": a unit, not 5 thousand W
                    factor, fig.suffix = lex.scale_suffixes[key], rest
                    break
        j = fig.end
        glued_scale = self.at(j)
        if (
            not suffix
            and self.glued(j - 1)
            and glued_scale in lex.scale_suffixes
            and (fig.currency or glued_scale not in ("m", "b", "B"))
        ):
            factor *= lex.scale_suffixes[glued_scale]  # "$13.6M" is split as "13.6" + "M"
            j += 1
        while not fig.suffix and self.lo(j) in lex.scale_words:
            factor *= lex.scale_words[self.lo(j)]
            j += 1
        fig.end = j
        if factor != 1.0:
            fig.scale = factor
            fig.digits = None
            for name in ("value", "low", "high"):
                if getattr(fig, name) is not None:
                    # "19.99 lakh" is 1,999,000, not 1998999.9999999998
                    setattr(fig, name, float(f"{getattr(fig, name) * factor:.12g}"))

    # ------------------------------------------------------------ units

    def match_unit(self, j: int, prefix: str = "", glued: bool = False) -> tuple[Unit, int] | None:
        """Longest unit written at ``prefix`` + tokens j..; ``glued`` admits glued-only symbols."""
        lex = self.lex
        keys: list[tuple[str, int]] = []
        key = prefix
        if prefix:
            keys.append((key, j))
            if j > 0 and self.ws[j - 1]:
                key += " "
        k = j
        while k < self.n and k - j < lex.max_unit_tokens:
            tok = self.t[k]
            if tok.isspace() or (k > j and tok in ",;()"):
                break
            key += tok
            keys.append((key, k + 1))
            if self.ws[k]:
                key += " "
            k += 1
        for key, end in reversed(keys):
            norm = _norm(key)
            unit = lex.symbols.get(norm)
            if unit is None:
                unit = lex.words.get(norm.lower())
                if unit is not None and unit.catalogue and norm[:1].isupper() and not glued:
                    unit = None  # "10 Tesla Model Y": a name, not ten teslas
            if unit is None and glued:
                unit = lex.glued.get(norm)
            if unit is not None:
                return unit, end
        return None

    def count_noun(
        self, j: int, value: float | None, spelled: bool = False
    ) -> tuple[Unit, int] | None:
        """The noun a bare number counts: "80,000 orders", "seven European countries".

        ``spelled``: the number is written in words, so capitalised words after it are
        modifiers ("four FA Cup finals"), not a model name as after digits ("911 Carrera GTS").
        """
        lex = self.lex
        k = j
        named = False
        for step in range(lex.count_span + 1):
            word = self.at(k)
            low = self.lo(k)
            if not word or not word[0].isalpha():
                return None
            unit = lex.words.get(low)
            if unit is not None and step > 0 and unit.physical:
                return unit, k + 1
            if step > 0 and low in ("and", "or") and self.at(k + 1).isalpha():
                k += 1  # "digital and physical sales", "Kia and Hyundai vehicles"
                continue
            if low in lex.count_stop or low in lex.months or low in lex.time_markers:
                return None
            if word[0].isupper() and low in lex.model_words:
                return None  # "3 Series", "E-Class"
            later = self.at(k + 1)
            name_then_noun = (  # "five Le Mans victories": the plural-looking name is a modifier
                self.is_name_word(k)
                and later[:1].islower()
                and lex.is_plural(later)
                and self.lo(k + 1) not in lex.verbs_s
            )
            if lex.is_plural(word) and value != 1 and not name_then_noun:
                if named and low in lex.verbs_s:
                    return None  # "the 911 Turbo produces": a model name, then its verb
                noun = lex.singular(word)
                if noun in lex.count_excluded:
                    return None  # "two motors": a configuration, not a figure
                if k - 2 >= j and self.at(k - 1) == "-" and self.glued(k - 2) and self.glued(k - 1):
                    noun = f"{self.lo(k - 2)}-{noun}"  # "40 e-bikes": the compound is counted
                return Unit(noun, "count", noun, 1.0, physical=False), k + 1
            if not word.isalpha():
                return None
            if self.is_name_word(k):
                if (
                    step == 0
                    and not spelled
                    and (self.is_name_word(k + 1) or self.at(k + 1).isupper())
                ):
                    return None  # "911 Carrera GTS": a model name
                named = True
            # a modifier ("rushing", "European", "first-team"): look one word further
            k += 1
            if self.at(k) == "-" and self.glued(k - 1) and self.glued(k):
                k += 1
        return None

    def _priced(self, i: int) -> bool:
        """A price word a few words before the figure at ``i``: "priced from", "costs",
        "prices start at" (then "pounds" are sterling, not weight)."""
        return any(self.lo(k) in self.lex.price_words for k in range(max(0, i - 4), i))

    def unit_after(self, fig: _Figure) -> tuple[Unit | None, int] | _Skip | None:
        """The unit written after a figure (None: bare so far); None overall = not a quantity."""
        lex = self.lex
        j = fig.end
        suffix = fig.suffix
        if suffix:
            low = suffix.lower()
            if low in ("st", "nd", "rd", "th") or low in lex.time_markers:
                return None
            if suffix == "s" and (not fig.decimal or self.is_name_word(fig.start - 1)):
                return None  # "1990s", "80s", "Model 3s"
            found = self.match_unit(j, suffix, glued=True)
            if found is None:
                return None
            return found
        if self.at(j) == "-" and self.glued(j - 1) and self.glued(j):
            nxt = self.at(j + 1)
            if nxt[:1].isdigit() or self.lo(j + 1) in lex.number_words:
                return None, j  # a range: decided by the caller
            found = self.match_unit(j + 1)
            if found and found[0].physical:
                return found
            return None  # "five-door", "two-seater": a compound adjective
        found = self.match_unit(j)
        if found and self.at(j) in lex.large_only_prefixes:
            return None, j  # "Cup 2 R tyres": the rand's letter stands only before its sum
        if found:
            return found
        if not fig.word and fig.value is not None:
            if self.lo(j) in lex.multipliers:
                return lex.glued["×"], j + 1  # "6.5 times earnings"
            nxt = self.at(j + 1)
            if self.at(j) in lex.separate_minor and (
                not nxt[:1].isalnum() or self.lo(j + 1) in ("at", "to", "from")
            ):
                return lex.glued[lex.separate_minor[self.at(j)]], j + 1  # "down 68 p at 1,112 p"
        if self.lo(j) == "in" and self.at(j + 1) in (")", ",", ";", "/", ".") and not fig.word:
            return lex.glued["in"], j + 1  # "(7.7 in)": inches, where "in" cannot be a preposition
        return None, j

    def per(self, unit: Unit, j: int) -> tuple[Unit, int]:
        """Extend a unit with its denominator: "$58 per barrel", "$3,500 a month", "$10/month"."""
        lex = self.lex
        low = self.lo(j)
        start = j
        count = 1.0  # "€3.10 per 100 km": a cost per distance, not a price and a range
        if low == "per" or (self.at(j) == "/" and self.glued(j - 1)):
            if self.at(j + 1)[:1].isdigit():
                if low != "per" or not self.at(j + 1).isdigit():
                    return unit, j
                count = float(self.at(j + 1))
                j += 1
            den = self.match_unit(j + 1)
            if den is None and low == "per" and self.at(j + 1).isalpha():
                word = self.at(j + 1)
                if word.lower() not in lex.count_stop:
                    noun = lex.singular(word) if lex.is_plural(word) else word.lower()
                    den = Unit(noun, "count", noun, 1.0, physical=False), j + 2
        elif low in ("a", "an") and unit.dimension == "currency":
            den = self.match_unit(j + 1)
            if den and (not den[0].physical or self.lo(den[1]) in lex.not_rate_after):
                den = None  # "$6.8 billion a year earlier" is a date, not a rate
        elif (
            self.at(j) == "-"
            and self.glued(j - 1)
            and self.lo(j + 1) in ("a", "an", "per")
            and self.at(j + 2) == "-"
        ):
            den = self.match_unit(j + 3)  # "52,000 barrel-a-day"
        else:
            return unit, j
        if den is None:
            return unit, start
        d, end = den
        if d.dimension == "currency" or d.symbol == unit.symbol or (count != 1 and not d.physical):
            return unit, start
        per = f"{count:g}" if count != 1 else ""
        si = None
        if unit.factor is not None and d.factor is not None and unit.si_unit and d.si_unit:
            si = (f"{unit.si_unit}/{per}{d.si_unit}", unit.factor / (d.factor * count))
        combined = Unit(
            f"{unit.symbol}/{per}{d.symbol}",
            f"{unit.dimension}/{d.dimension}",
            si[0] if si else None,
            si[1] if si else None,
            physical=True,
        )
        return combined, end

    # ------------------------------------------------------------ one candidate

    def candidate(self, i: int) -> _Found | _Skip | None:
        lex = self.lex
        fig = self.figure(i)
        if fig is None or fig.start in self.blocked:
            return None
        read = self.unit_after(fig)
        if read is None:
            return _Skip(fig.end) if fig.end > i + 1 else None
        unit, j = read
        if fig.currency:
            money = lex.currency(fig.currency)
            if unit is not None and unit.dimension == "currency":
                unit = money  # "$76 US", "US$ 5 dollars": the sign decides
            else:
                unit, j = money, (j if unit is None else fig.end)
        elif unit is not None and unit.symbol == "lb" and fig.scale >= 1e6:
            unit = lex.currency("GBP")  # "5 billion pounds"
        elif (
            unit is not None
            and self.lo(fig.end) in ("pounds", "pound")
            and self._priced(i)
            and self.lo(j) != "of"
        ):
            unit = lex.currency("GBP")  # "priced from 18,000 pounds", not "costs 200 pounds of"
        low, high, value = fig.low, fig.high, fig.value
        end = j
        # ---- a second figure: a range
        conn = self.lo(j)
        if value is not None and conn in lex.range_connectors:
            ok = True
            if conn == "and":
                # "between 400 and 500 km" is a range; "choose between 38 and 52 kWh" two options
                ok = self.lo(fig.start - 1) == "between" and self.lo(fig.start - 2) not in (
                    lex.choice_cues
                )
                # "between 200 and 250 miles (320 and 400 km)": the conversion of a range
                ok = ok or (
                    self.lo(fig.start - 1) == "("
                    and any(self.lo(k) == "between" for k in range(fig.start - 8, fig.start - 1))
                )
            elif conn == "or":
                ok = unit is None
            elif conn == "-":
                ok = self.glued(j - 1) == self.glued(j)  # "10-80", "10 - 80", not "10 -80"
            elif conn == "to":
                # "up by 5% to 12%", "climbs $700 to $42,900": a change, then a level ("by 1
                # to 1.5 degrees" is a range)
                ok = unit is None or not (
                    self.change_amount(fig.start) or self.lo(fig.start - 1) in lex.change_before
                )
                # "rises from 62 kWh to 71 kWh", "has raised the price by 4.5 percent, from
                # $41,050 to $42,895": the level before a change and the one after
                ok = ok and not (
                    self.lo(fig.start - 1) == "from"
                    and (
                        self.changed_before(fig.start - 1, reach=20, movers=True)
                        or self.change_named_after(j + 1)
                    )
                    # "went from 11 to 83 percent in 27 minutes": a window timed, not a change
                    and not self.timed_after(j + 2)
                )
            if fig.digits and 1100 <= int(fig.digits) <= 2100:
                ok = False  # "from 20 mpg in 2008 to 29 mpg"
            second = self.figure(j + 1) if ok else None
            dash = conn in ("-", "–", "—")
            if second is not None and dash and (second.value or 0.0) <= value:
                if not self.glued(j - 1) and not self.glued(j):
                    # "$44,950 – $2,350 more than before": a dash between two statements
                    second = None
                else:
                    return _Skip(second.end)  # "117.46-49", "2-0": a bid/ask pair or a score
            if second is not None and second.value is not None:
                read2 = self.unit_after(second)
                if read2 is not None:
                    unit2, j2 = read2
                    if second.currency:
                        unit2, j2 = (
                            lex.currency(second.currency),
                            (j2 if unit2 is None else second.end),
                        )
                    if unit2 is None and unit is None:
                        found = self.count_noun(j2, 2.0, second.word)
                        if found:
                            unit2, j2 = found
                    if (
                        unit2 is None
                        and unit is not None
                        and conn == "to"
                        and self.lo(fig.start - 1) == "from"
                        and not self.at(j2)[:1].isalnum()
                    ):
                        unit2 = unit  # "from 208 pounds to 193"
                    if unit2 is not None and (unit is None or unit2.symbol == unit.symbol):
                        first = value
                        if (
                            fig.scale == 1.0
                            and second.scale != 1.0
                            and first <= (second.value / second.scale)
                        ):
                            first *= second.scale
                        low, high = sorted((first, second.value))
                        value, unit, end = None, unit2, j2
                        if first == 0 and unit.symbol in lex.label_speeds:
                            return _Skip(end)  # "0-62 mph": the name of a sprint
        if low == 0 and unit is not None and unit.symbol in lex.label_speeds:
            return _Skip(end)  # "0–62mph" written as one token
        if unit is None:
            found = self.count_noun(end, value if value is not None else high, fig.word)
            if found is None:
                return None
            unit, end = found
            if fig.word and value == 1:
                return None  # "one" + noun is an article-like use more often than a count
        unit, end = self.per(unit, end)
        if self.rejected(fig, unit, end):
            return None
        found = _Found(fig.start, end, unit, value, low, high, approximate=fig.approximate)
        self.cues(found, fig)
        return found

    def rejected(self, fig: _Figure, unit: Unit, end: int) -> bool:
        """Context rules: years, dates, times, names, codes, phone numbers."""
        lex = self.lex
        physical = unit.physical and unit.dimension not in ("time",)
        money = unit.dimension == "currency"
        first, prev = fig.start, fig.start - 1
        if fig.digits and 1100 <= int(fig.digits) <= 2100 and not (physical or money):
            return True  # a year or model year
        if not money and not physical:
            if self.lo(prev) in lex.months or self.lo(fig.end) in lex.months:
                return True
            if self.lo(prev) in lex.code_markers and not fig.word:
                return True
        if self.lo(end) in lex.time_markers or self.lo(fig.end) in lex.time_markers:
            return True
        if (
            money
            and self.lo(end - 1) in lex.verb_currencies
            and (self.lo(end) == "by" or ((fig.value or 0) * fig.scale < 100 and fig.scale == 1))
        ):
            return True  # "one of 31 won by Japan": a verb, not the Korean won
        # "the Osprey 1,093 deliveries": a number grouped in thousands is never a name's
        grouped = bool(_GROUPED.fullmatch(self.at(first)))
        if not money and not fig.word and prev >= 0 and not grouped:
            before = self.at(prev)
            if first in self.after_vehicle and not physical:
                return True  # "the Ioniq 5 N 650": a number right after a vehicle name
            if (
                self.is_name_word(prev)
                and not physical
                and not self.sentence_start(prev)
                and self.lo(prev) not in lex.openers
                and before.rstrip(".") not in lex.currency_prefixes
            ):
                return True  # "iPhone 11", "Model 3", "Big 12", "Renault 5"
            # "24/7", dates and scores; not figures with their units ("321kW/650Nm")
            if (
                before in ("/", ":")
                and self.glued(prev)
                and self.at(prev - 1)[:1].isdigit()
                and not (fig.suffix and self.at(prev - 1)[-1:].isalpha())
            ):
                return True
        nxt = self.at(fig.end)
        if (
            nxt in ("/", ":")
            and self.glued(fig.end)
            and self.at(fig.end + 1)[:1].isdigit()
            and not (fig.suffix and self.at(fig.end + 1)[-1:].isalpha())
            and end <= fig.end + 1  # "9.9kWh/100km": the slash is inside the unit
        ):
            return True
        if money or physical or fig.word:
            return False
        # "+44 20 7946 0958", "M21 9AB8": bare digit groups side by side are codes
        return bool(_BARE.match(nxt) or (prev >= 0 and _BARE.match(self.at(prev))))

    def changed_before(self, k: int, reach: int = 10, movers: bool = False) -> bool:
        """A change verb stands in the few words before token ``k``, within its sentence, or a
        change amount just before it ("by 4.5 percent, from $41,050 to $42,895"); with
        ``movers``, a verb of movement too ("goes from X to Y")."""
        if self.lo(k - 1) == "," and "by" in self.low[max(k - 5, 0) : k - 1]:
            return True
        for j in range(k - 1, max(k - 1 - reach, -1), -1):
            word = self.lo(j)
            if word in (".", ";", ":", "!", "?") and j not in self.blocked:
                return False  # the sentence ends (not the "." of a name: "ID. Buzz")
            if word in self.lex.change_before or (movers and word in self.lex.from_to_movers):
                return True
        return False

    def timed_after(self, k: int) -> bool:
        """A duration follows within a word or two of token ``k`` ("... percent in 27
        minutes"): a figure span that took that long, not a level it moved to."""
        for i in range(k, min(k + 3, self.n - 2)):
            if self.lo(i) == "in" and self.at(i + 1)[:1].isdigit():
                word = self.at(i + 2)
                unit = self.lex.words.get(_norm(word.lower())) or self.lex.symbols.get(_norm(word))
                # minutes or hours: a charge; years: a change over time
                return unit is not None and unit.dimension == "time" and (unit.factor or 0) < 86400
        return False

    def change_named_after(self, k: int, reach: int = 8) -> bool:
        """A change is named in the few words after token ``k``: "moves from £31,100 to
        £32,050, a rise of 3 percent"."""
        for j in range(k, min(k + reach, self.n - 1)):
            word = self.lo(j)
            if word in (".", ";", ":", "!", "?") and j not in self.blocked:
                return False
            if word in ("a", "an") and self.lo(j + 1) in self.lex.change_after:
                return True
        return False

    def change_amount(self, start: int) -> bool:
        """The figure at ``start`` is the size of a change: "by 5%", "a price cut of 30,000"."""
        before = self.lo(start - 1)
        movers = self.lex.from_to_movers
        if before == "between" and self.lo(start - 2) == "by":
            return True  # "up by between €150 and €420"
        # "grows by a welcome 14 km", "rises by another 20 kW": an article and its
        # describing words between a change verb's "by" and the figure ("driven by a 300 hp
        # engine" is no change)
        for j in range(start - 2, max(start - 5, 0), -1):
            if self.lo(j) == "by":
                if (
                    (self.lo(j - 1) in self.lex.change_before or self.lo(j - 1) in movers)
                    and self.lo(j + 1) in ("a", "an", "another", "only", "just")
                    and all(
                        self.at(k).isalpha() and self.at(k).islower() for k in range(j + 1, start)
                    )
                ):
                    return True
                break
            if not (self.at(j).isalpha() and self.at(j).islower()):
                break
        return before == "by" or (before == "of" and self.lo(start - 2) in self.lex.change_after)

    def cues(self, found: _Found, fig: _Figure) -> None:
        """Bound / approximation / change words before (and after) the span."""
        lex = self.lex
        pos = found.start
        for _ in range(2):
            hit = False
            for size in range(min(lex.cue_len, pos), 0, -1):
                phrase = " ".join(self.low[pos - size : pos])
                if phrase in lex.bounds and found.bound is None:
                    found.bound = lex.bounds[phrase]
                elif phrase in lex.approximate:
                    found.approximate = True
                else:
                    continue
                pos -= size
                hit = True
                break
            if not hit:
                break
        k = pos - 1
        if self.change_amount(pos):
            found.change = True  # "cut the price by 2,000 euros", "a cut of 2,000 euros"
        for _ in range(3):
            low = self.lo(k)
            if (
                low in lex.change_before
                and not (low in lex.count_adders and found.unit.dimension == "count")
            ) or (
                (low in lex.cost_verbs and found.unit.dimension != "currency")
                or (low in lex.incentive_verbs and found.unit.dimension == "currency")
            ):
                found.change = True  # "lifted by", "4WD costs 4 mpg", "offering $500 on"
                break
            if low not in lex.change_skip:
                break
            k -= 1
        after = found.end
        if self.lo(after) == "(":  # "1,000 lb (454 kg) less": look past the restatement
            window = range(after, min(after + 10, self.n))
            close = next((j for j in window if self.lo(j) == ")"), None)
            after = close + 1 if close is not None else after
        # "1,000 kg off-road": a compound after the figure, not a change word
        compound = self.lo(after + 1) == "-" and not self.ws[after]
        if (
            fig.plus
            or (self.lo(after) in lex.change_after and not compound)
            or (self.lo(after), self.lo(after + 1)) in lex.change_after_pairs
        ):
            found.change = True

    # ------------------------------------------------------------ the scan

    def between(self, end: int, start: int) -> str:
        """The text between token ``end - 1`` and token ``start``."""
        gap = " " if self.ws[end - 1] else ""
        for k in range(end, start):
            gap += self.t[k] + (" " if self.ws[k] else "")
        return gap

    def digit_chain(self, i: int) -> int:
        """End of a run of digit groups joined by glued hyphens/dots/slashes starting at i."""
        j = i
        while (
            _BARE.match(self.at(j))
            and self.at(j + 1) in ("-", "/", ".")
            and self.glued(j)
            and (self.glued(j + 1) and _BARE.match(self.at(j + 2)))
        ):
            j += 2
        return j + 1

    def shared_changes(self, found: list[_Found]) -> None:
        """ "27 PS and 33 Nm more than the X": a change word after the second of two figures
        joined by "and" makes both changes."""
        for first, second in itertools.pairwise(found):
            if first.change or not second.change or second.start != first.end + 1:
                continue
            if self.lo(first.end) != "and":
                continue
            after = second.end
            if self.lo(after) == "(":
                close = next(
                    (j for j in range(after, min(after + 10, self.n)) if self.lo(j) == ")"), None
                )
                after = close + 1 if close is not None else after
            if self.lo(after) in self.lex.change_after:
                first.change = True

    def elided_counts(self, found: list[_Found]) -> list[_Found]:
        """ "... 63,470 units, ahead of the Y with 17,250": a grouped number standing alone after
        a count in its paragraph counts the same noun (the nearest count names it)."""
        taken = {i for f in found for i in range(f.start, f.end)}
        counts = [f for f in found if not f.unit.physical and f.value is not None]
        if not counts:
            return []
        out: list[_Found] = []
        for i in range(self.n):
            if i in taken or not _GROUPED.fullmatch(self.t[i]):
                continue
            if self.at(i + 1)[:1].isalnum() and self.lo(i + 1) not in self.lex.elision_followers:
                continue  # a noun of its own follows: not an elided count
            if i > 0 and self.at(i - 1)[-1:] in _CURRENCY_SIGNS + "#":
                continue
            before = [f for f in counts if f.end <= i and i - f.end <= self.lex.elision_reach]
            if not before or "\n" in self.between(before[-1].end, i):
                continue
            out.append(_Found(i, i + 1, before[-1].unit, float(self.t[i].replace(",", ""))))
        return out

    def scan(self) -> list[_Found]:
        out: list[_Found] = []
        i = 0
        n = self.n
        low = self.low
        lex = self.lex
        triggers = lex.triggers
        while i < n:
            word = self.t[i]
            c = word[:1]
            if not (
                c.isdigit()
                or c in _CURRENCY_SIGNS + "~≈+-−."
                or low[i] in triggers
                or word in lex.currency_prefixes
                or (
                    word.isalpha()
                    and len(word) < 4
                    and (word + self.at(i + 1)).upper() in lex.currency_prefixes
                )
                # "US$5", "Y=590", "RM189,000", "Rp189", "PS2.7m"
                or (c.isupper() and len(word) > 1 and word[1:2] in "$=S0123456789Mp")
                or low[i].startswith("minus-")
            ):
                i += 1
                continue
            chain = self.digit_chain(i)
            if chain > i + 3:
                i = chain  # "2025-06-10", "555-123-4567": a date or a phone number
                continue
            clock = _STOPWATCH.fullmatch(word)
            seconds = lex.symbols.get("s")
            if clock is not None and seconds is not None:
                # "7:41.37": a stopwatch time, minutes and seconds with a decimal part (a
                # time of day has none)
                minutes, rest = clock.groups()
                out.append(_Found(i, i + 1, seconds, value=int(minutes) * 60 + float(rest)))
                i += 1
                continue
            got = self.candidate(i)
            if isinstance(got, _Skip):
                i = max(int(got), i + 1)
            elif got is None:
                i += 1
            else:
                out.append(got)
                i = got.end
        return out


def _measure(found: _Found) -> Measure:
    unit = found.unit
    factor = unit.factor

    def si(x: float | None) -> float | None:
        return None if x is None or factor is None else x * factor

    return Measure(
        unit=unit.symbol,
        dimension=unit.dimension,
        value=found.value,
        low=found.low,
        high=found.high,
        si_unit=unit.si_unit,
        si_value=si(found.value),
        si_low=si(found.low),
        si_high=si(found.high),
        approximate=found.approximate,
        bound=found.bound,  # type: ignore[arg-type]
        change=found.change,
    )


def _compatible(a: Unit, b: Unit) -> bool:
    if a.symbol == b.symbol or not (a.physical and b.physical):
        return False
    return a.dimension == b.dimension or frozenset({a.dimension, b.dimension}) in _COMPATIBLE


def _agree(a: _Found, b: _Found) -> bool:
    """Two figures in units of one dimension state the same amount (within a tenth; a fifth
    for fuel economy, where UK and US gallons differ). Per-distance and distance-per units
    ("kWh/100km", "km/kWh") are reciprocal."""
    if None in (a.value, b.value, a.unit.factor, b.unit.factor) or not a.value or not b.value:
        return False
    x, y = a.value * a.unit.factor, b.value * b.unit.factor
    ratio = x / y if a.unit.si_unit == b.unit.si_unit else x * y / 100
    tolerance = 0.25 if "fuel" in a.unit.dimension else 0.1
    return abs(ratio - 1) <= tolerance


class QuantityRecognizer:
    """spaCy component: sets ``doc.spans["quantities"]`` (see the module docstring)."""

    def __init__(self, nlp: Language, data: Path | None) -> None:
        self.data = data
        self.lexicon = load_lexicon(Path(data) if data else None)
        self._split_unit_dots(nlp)
        self._split_currency_prefixes(nlp)
        self._split_slashed_figures(nlp)
        self._split_footnote_marks(nlp)

    @staticmethod
    def _split_footnote_marks(nlp: Language) -> None:
        """Teach the tokenizer to split a superscript footnote mark off a closing bracket or a
        word ("(116 PS)¹", "24 minutes³"): press releases tag their figures so. A unit's own
        power ("m²", "km²") stays whole: the mark must follow a bracket or three letters."""
        tokenizer = getattr(nlp, "tokenizer", None)
        default = getattr(getattr(tokenizer, "suffix_search", None), "__self__", None)
        marks = "¹²³⁰⁴⁵⁶⁷⁸⁹"
        if isinstance(default, re.Pattern) and marks not in default.pattern:
            tokenizer.suffix_search = re.compile(
                f"(?:(?<=\\))|(?<=[A-Za-z]{{3}}))[{marks}]+$|(?<=[{marks}])[.,;:]$|"
                f"{default.pattern}"
            ).search

    @staticmethod
    def _split_slashed_figures(nlp: Language) -> None:
        """Teach the tokenizer to split a slash between a unit and the next figure
        ("321kW/650Nm", "(483bhp)/808Nm"): spec lines give power and torque so."""
        tokenizer = getattr(nlp, "tokenizer", None)
        default = getattr(getattr(tokenizer, "infix_finditer", None), "__self__", None)
        if isinstance(default, re.Pattern) and "(?<=[A-Za-z)])/" not in default.pattern:
            tokenizer.infix_finditer = re.compile(
                f"(?<=[A-Za-z])\\)(?=/\\d)|(?<=[A-Za-z)])/(?=\\d)|{default.pattern}"
            ).finditer

    def _split_currency_prefixes(self, nlp: Language) -> None:
        """Teach the tokenizer to split a dollar prefix off the figure it is glued to
        ("NZ$62,990", "HK$5"): English defaults know only some ("A$", "US$"). Other glued
        prefixes ("PS2.7m", "Y=590") are read whole by the glued-unit rules."""
        tokenizer = getattr(nlp, "tokenizer", None)
        if tokenizer is None or getattr(tokenizer, "prefix_search", None) is None:
            return
        missing = [
            prefix
            for prefix in self.lexicon.currency_prefixes
            if prefix.endswith("$") and [t.text for t in tokenizer(prefix + "5")] != [prefix, "5"]
        ]
        default = getattr(tokenizer.prefix_search, "__self__", None)
        if missing and isinstance(default, re.Pattern):
            mine = "|".join(
                re.escape(p) + r"(?=\d)" for p in sorted(missing, key=len, reverse=True)
            )
            # one compiled regex, as spaCy's own: a Python wrapper would run on every token
            tokenizer.prefix_search = re.compile(f"^(?:{mine})|{default.pattern}").search

    def _split_unit_dots(self, nlp: Language) -> None:
        """Teach the tokenizer to split a sentence's full stop off a unit ("330 km/h.").

        English tokenizer exceptions keep "h." or "kW." whole, which would pull the full stop
        into the quantity's span. Only lower-case-ending symbols and multi-letter ones are
        taught: a single capital plus dot ("V.") is far more often an initial.
        """
        tokenizer = getattr(nlp, "tokenizer", None)
        if tokenizer is None or not hasattr(tokenizer, "add_special_case"):
            return
        for symbol in {*self.lexicon.symbols, *self.lexicon.glued}:
            lone_capital = len(symbol) == 1 and symbol.isupper()
            if " " in symbol or not symbol[-1:].isalpha() or lone_capital:
                continue
            pieces = [t.text for t in tokenizer(symbol + ".")]
            if pieces[-1] == ".":
                continue
            parts = [t.text for t in tokenizer(symbol)]
            if "".join(parts) != symbol:
                continue
            try:
                tokenizer.add_special_case(symbol + ".", [{"ORTH": p} for p in [*parts, "."]])
            except Exception:
                continue

    def _shared_currency(self, doc: Doc, item: _Found) -> str | None:
        """The written form of a currency several countries share ("¥", "pesos" as
        "peso") that the figure is written with, if any."""
        if item.unit.dimension != "currency" or not self.lexicon.currency_locales:
            return None
        for token in doc[item.start : item.end]:
            for form in (token.text, token.lower_, token.lower_.removesuffix("s")):
                if form in self.lexicon.currency_locales:
                    return form
        return None

    def __call__(self, doc: Doc) -> Doc:
        reader = _Reader(doc, self.lexicon)
        found = reader.scan()
        found = sorted(found + reader.elided_counts(found), key=lambda f: f.start)
        reader.shared_changes(found)
        spans: list[Span] = []
        roots: list[Span] = []
        prev: _Found | None = None
        dollar = self.lexicon.local_dollar(doc.text) if any(t.text == "$" for t in doc) else None
        for item in found:
            if dollar and item.unit.symbol == "USD" and doc[item.start].text == "$":
                item.unit = self.lexicon.currency(dollar)
            written = self._shared_currency(doc, item)
            if written is not None:
                local = self.lexicon.local_currency(written, doc.text, doc[item.start].idx)
                if local is not None and local != item.unit.symbol:
                    item.unit = self.lexicon.currency(local)
            span = Span(doc, item.start, item.end, label="QUANTITY")
            span._.measure = _measure(item)
            root = span
            if prev is not None and spans:
                gap = reader.between(prev.end, item.start)
                # "500 PS (368 kW, 493 hp)": a second conversion in the same parentheses
                listed = (
                    gap.strip() in (",", ";", "or", "and")
                    and spans[-1]._.restates is not None
                    and "(" in (inside := reader.between(roots[-1].end, item.start))
                    and ")" not in inside
                )
                if _compatible(prev.unit, item.unit) and (
                    _OPEN.fullmatch(gap)
                    or _SLASH.fullmatch(gap)
                    or _SPOKEN.fullmatch(gap)
                    or listed
                    or (_LOOSE.fullmatch(gap) and _agree(prev, item))
                ):
                    root = roots[-1]
                    span._.restates = (root.start_char, root.end_char)
            spans.append(span)
            roots.append(root)
            prev = item
        doc.spans["quantities"] = spans
        return doc


__all__ = ["Lexicon", "QuantityDataError", "QuantityRecognizer", "Unit", "load_lexicon"]
