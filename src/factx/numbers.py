"""Reading numerals: digit strings with either thousands convention, and English number words.

Quantity-stage helper. Kept apart so the rules for turning "1,234.5", "1.234.567" or
"twenty-five thousand" into a float can be tested on their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

#: A token that carries a figure: optional glued currency prefix, approximation mark, sign, the
#: numeral itself, an optional glued second numeral ("10–80"), and whatever is glued after it.
NUMBER_TOKEN = re.compile(
    r"""^(?P<pre>[A-Z]{1,3}\$|\$[A-Z]{1,2}|[A-Z]{1,3}|Y=|Rs\.?|Rp|CN¥|[$€£¥₹₩₽₪₺฿₫₱])?
    (?P<approx>[~≈])?
    (?P<sign>[-+−±])?
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?
        |\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?
        |\d{1,3}(?:\.\d{3})+,\d+
        |\d+,\d{1,2}(?![\d,])
        |\d+(?:\.\d+)?
        |\.\d+)
    (?:(?P<dash>[-–—])(?P<num2>\d+(?:\.\d+)?))?
    (?P<suf>.*)$""",
    re.X,
)


#: a decimal comma ("6,8 seconds") and a comma grouping thousands ("31,450"): which
#: convention a text writes its numerals in
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d,])")
_THOUSANDS_COMMA = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


def european_numerals(text: str) -> bool:
    """The text writes decimals with a comma ("6,8 seconds") and never groups thousands with
    one: its "31.450" is then thirty-one thousand, as in German or French copy."""
    return bool(_DECIMAL_COMMA.search(text)) and not _THOUSANDS_COMMA.search(text)


def numeral_value(text: str, european: bool = False) -> float:
    """Value of a numeral matched by ``NUMBER_TOKEN``'s ``num`` group.

    A comma followed by exactly three digits groups thousands (US style); dots followed by
    three-digit groups more than once, or a dot group then a decimal comma, are European style;
    a comma followed by one or two digits is a decimal comma. A single ``1.234`` stays decimal
    because that reading is the common one in English news, unless the text is ``european``
    (see ``european_numerals``).
    """
    if european and re.fullmatch(r"\d{1,3}\.\d{3}", text):
        return float(text.replace(".", ""))
    if "," in text and "." in text:
        if text.index(",") < text.index("."):  # 1,234.5
            return float(text.replace(",", ""))
        return float(text.replace(".", "").replace(",", "."))  # 1.234,5
    if "," in text:
        head, _, tail = text.rpartition(",")
        if len(tail) == 3:
            return float(text.replace(",", ""))
        return float(head.replace(",", "") + "." + tail)
    if text.count(".") > 1:
        return float(text.replace(".", ""))
    return float(text)


def words_value(
    words: Sequence[str], units: Mapping[str, float], scales: Mapping[str, float]
) -> float | None:
    """Value of a run of lower-case number words ("twenty", "five", "thousand"), else None.

    ``units`` maps small numbers ("five": 5, "dozen": 12), ``scales`` multipliers
    ("hundred": 100, "million": 1e6). "a" counts as one before a scale ("a dozen", "a million").
    """
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word in ("-", "and"):
            continue
        if word in ("a", "an"):
            current = 1.0
            continue
        if word == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif word in units:
            current += units[word]
            seen = True
        elif word in scales:
            scale = scales[word]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None
