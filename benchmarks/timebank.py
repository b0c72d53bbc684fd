"""Benchmark the date stage on TimeBank (and Recognizers-Text date cases) beside dateparser.

Usage::

    .venv/bin/python benchmarks/timebank.py ../shared/data/timebank
    .venv/bin/python benchmarks/timebank.py ../shared/data/timebank --vague --no-peer
    .venv/bin/python benchmarks/timebank.py --recognizers ../shared/data/recognizers-text

TimeBank scoring: the DATE and TIME timexes of each document's text (its DCT excluded), each
document resolved against its DCT. Extent: a gold timex is found when a system span overlaps it
(one-to-one). System spans overlapping a gold DURATION or SET timex are left out of precision
(those types are not scored), and a strict precision that counts them as errors is printed too.
Value accuracy: over found gold timexes whose value is a calendar interval (not PRESENT_REF,
not "1989-WXX"), the share where the system's earliest..latest equals the value's interval at
its precision (1998-02 -> 1998-02-01..1998-02-28; a TIMEX3 ``mod`` START/MID/END is mapped to
factx's part convention). "point" accuracy, the measure usable for a system that returns one
datetime (dateparser), checks that the system's date falls in the gold interval at its precision.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import spacy

from factx import calendar as cal
from factx import (
    components,  # noqa: F401  (registers the factories)
    pipeline,
)

_TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str
    mod: str | None
    text: str


def read_tml(path: Path) -> tuple[str, dt.date, list[Timex]]:
    """Plain text of a TimeML document, its DCT, and its timexes with offsets in that text."""
    raw = path.read_text(encoding="utf-8")
    dct_value = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
    if dct_value is None:
        raise ValueError(f"{path.name}: no DCT")
    dct = dt.date.fromisoformat(dct_value.group(1))
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    text_parts: list[str] = []
    timexes: list[Timex] = []
    pos = 0
    length = 0
    for match in _TIMEX.finditer(body):
        before = _TAG.sub("", body[pos : match.start()])
        text_parts.append(before)
        length += len(before)
        inner = _TAG.sub("", match.group(2))
        attrs = dict(_ATTR.findall(match.group(1)))
        timexes.append(
            Timex(length, length + len(inner), attrs.get("type", ""), attrs.get("value", ""),
                  attrs.get("mod"), inner)
        )  # fmt: skip
        text_parts.append(inner)
        length += len(inner)
        pos = match.end()
    text_parts.append(_TAG.sub("", body[pos:]))
    text = "".join(text_parts)
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return text, dct, timexes


def gold_interval(value: str, mod: str | None) -> tuple[tuple[dt.date, dt.date], str] | None:
    """The inclusive interval and granularity a TIMEX3 value denotes, or None if it is vague."""
    value = value.split("T", 1)[0]
    period: tuple[dt.date, dt.date] | None = None
    granularity = ""
    try:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
            day = dt.date(*map(int, m.groups()))
            period, granularity = (day, day), "day"
        elif m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            period, granularity = cal.month_period(int(m[1]), int(m[2])), "month"
        elif m := re.fullmatch(r"(\d{4})", value):
            period, granularity = cal.year_period(int(m[1])), "year"
        elif m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            period, granularity = cal.quarter_period(int(m[1]), int(m[2])), "quarter"
        elif m := re.fullmatch(r"(\d{4})-H([12])", value):
            period, granularity = cal.half_period(int(m[1]), int(m[2])), "half"
        elif m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            period, granularity = cal.season_period(int(m[1]), _SEASONS[m[2]]), "season"
        elif m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            period = cal.weekend_period(monday) if m[3] else cal.week_period(monday)
            granularity = "week"
        elif m := re.fullmatch(r"(\d{3})", value):
            period, granularity = cal.decade_period(int(m[1]) * 10), "decade"
    except ValueError:
        return None
    if period is None:
        return None
    if mod in ("START", "MID", "END"):
        period = cal.part(period, granularity, {"START": "start", "MID": "mid", "END": "end"}[mod])
    return period, granularity


# --------------------------------------------------------------------------- systems


def factx_system(vague: bool):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factx_paragraphs")
    config = {"data": str(Path(pipeline.PIPELINES_DIR / "automotive")), "vague_references": vague}
    nlp.add_pipe("factx_dates", config=config)

    def run(text: str, published: dt.date):
        doc = nlp.make_doc(text)
        doc._.published = published
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        out = []
        for span in doc.spans["dates"]:
            iv = span._.interval
            out.append((span.start_char, span.end_char, iv.earliest, iv.latest))
        return out

    return run


def dateparser_system():
    from dateparser.search import search_dates

    def run(text: str, published: dt.date):
        settings = {}
        if published is not None:
            settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
        found = search_dates(text, languages=["en"], settings=settings) or []
        out = []
        cursor = 0
        for phrase, when in found:
            at = text.find(phrase, cursor)
            if at < 0:
                at = text.find(phrase)
            if at < 0:
                continue
            cursor = at + len(phrase)
            out.append((at, at + len(phrase), when.date(), when.date()))
        return out

    return run


# --------------------------------------------------------------------------- scoring


def _bound_match(span: tuple, first: dt.date, last: dt.date) -> bool:
    """Does a bounded system date ("by 1992", "since March") rest on the gold period?

    TimeBank leaves "by", "since", "until" outside the timex and its value; factx folds them
    into an open interval. The closed bound must then be an edge of the gold period.
    """
    earliest, latest = span[2], span[3]
    if earliest is None and latest is not None:
        return latest in (last, first - cal.ONE_DAY, first)
    if latest is None and earliest is not None:
        return earliest in (first, last + cal.ONE_DAY, last)
    if earliest is not None and latest is not None:  # "earlier this year": a piece of the period
        return first <= earliest <= latest <= last and (earliest == first or latest == last)
    return False


def score_timebank(directory: Path, system, show_errors: int = 0) -> dict[str, float]:
    """Relaxed extent scoring (any overlap) plus value accuracy over found, valued timexes."""
    found_gold = missed = correct_sys = wrong_sys = wrong_sys_strict = 0
    value_ok = bound_ok = point_ok = value_total = 0
    errors: list[str] = []
    for path in sorted(directory.glob("*.tml")):
        text, dct, timexes = read_tml(path)
        gold = [t for t in timexes if t.type in ("DATE", "TIME")]
        other = [t for t in timexes if t.type not in ("DATE", "TIME")]
        spans = system(text, dct)
        for g in gold:
            hits = [s for s in spans if s[0] < g.end and g.start < s[1]]
            if not hits:
                missed += 1
                errors.append(f"MISS {path.name} {g.text!r} {g.value}")
                continue
            found_gold += 1
            interval = gold_interval(g.value, g.mod)
            if interval is None:
                continue
            value_total += 1
            (first, last), _ = interval
            s = max(hits, key=lambda h: min(h[1], g.end) - max(h[0], g.start))
            if s[2] == first and s[3] == last:
                value_ok += 1
                bound_ok += 1
            elif _bound_match(s, first, last):
                bound_ok += 1
            else:
                errors.append(
                    f"VALUE {path.name} {text[s[0] : s[1]]!r} {s[2]}..{s[3]} gold {g.value} "
                    f"{g.mod or ''} ({first}..{last}) dct {dct}"
                )
            point = s[2] or s[3]
            if point is not None and first <= point <= last:
                point_ok += 1
        for s in spans:
            if any(s[0] < g.end and g.start < s[1] for g in gold):
                correct_sys += 1
                continue
            wrong_sys_strict += 1
            if not any(s[0] < t.end and t.start < s[1] for t in other):
                wrong_sys += 1
                errors.append(f"EXTRA {path.name} {text[s[0] : s[1]]!r}")
    precision = correct_sys / (correct_sys + wrong_sys) if correct_sys + wrong_sys else 0.0
    strict = correct_sys + wrong_sys_strict
    precision_strict = correct_sys / strict if strict else 0.0
    recall = found_gold / (found_gold + missed) if found_gold + missed else 0.0
    for line in errors[:show_errors]:
        print(line)

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    return {
        "gold": found_gold + missed,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "f1_strict": f1(precision_strict, recall),
        "value_acc": value_ok / value_total if value_total else 0.0,
        "bound_acc": bound_ok / value_total if value_total else 0.0,
        "point_acc": point_ok / value_total if value_total else 0.0,
        "value_n": value_total,
    }


# --------------------------------------------------------------------------- recognizers-text


def _expected(result: dict) -> list[tuple[dt.date, dt.date]] | None:
    """Accepted intervals for a Recognizers-Text date result (future or past reading)."""
    try:
        return _expected_values(result)
    except ValueError:  # "not resolved" and other non-dates
        return None


def _expected_values(result: dict) -> list[tuple[dt.date, dt.date]] | None:
    out = []
    if "Resolution" in result:
        for value in result["Resolution"].get("values", []):
            if value.get("type") == "date" and "value" in value:
                day = dt.date.fromisoformat(value["value"][:10])
                out.append((day, day))
            elif value.get("type") == "daterange" and "start" in value and "end" in value:
                start = dt.date.fromisoformat(value["start"][:10])
                end = dt.date.fromisoformat(value["end"][:10]) - cal.ONE_DAY  # exclusive end
                out.append((start, end))
    elif "Value" in result:
        for key in ("FutureResolution", "PastResolution"):
            res = result["Value"].get(key, {})
            if "startDate" in res and "endDate" in res:
                start = dt.date.fromisoformat(res["startDate"])
                end = dt.date.fromisoformat(res["endDate"])
                out.append((start, end))
                out.append((start, end - cal.ONE_DAY))
    return out or None


def score_recognizers(directory: Path, system) -> None:
    for name in ("DateTimeModel.json", "DatePeriodParser.json"):
        cases = json.loads((directory / name).read_text(encoding="utf-8-sig"))
        total = extent = value = 0
        for case in cases:
            results = case.get("Results", [])
            if not results:
                continue
            types = {r.get("TypeName") or "datetimeV2." + r.get("Type", "") for r in results}
            if not types <= {"datetimeV2.date", "datetimeV2.daterange"}:
                continue
            context = case.get("Context", {}).get("ReferenceDateTime")
            reference = dt.date.fromisoformat(context[:10]) if context else None
            spans = system(case["Input"], reference)
            total += 1
            ok_extent = ok_value = True
            for r in results:
                start = r["Start"]
                end = r["End"] + 1 if "End" in r else start + r["Length"]
                hit = next((s for s in spans if s[0] < end and start < s[1]), None)
                if hit is None:
                    ok_extent = ok_value = False
                    break
                accepted = _expected(r)
                if accepted is None or (hit[2], hit[3]) not in accepted:
                    ok_value = False
            extent += ok_extent
            value += ok_value
        print(
            f"  {name}: {total} date cases, extent pass {extent / total:.3f}, "
            f"extent+value pass {value / total:.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("timebank", nargs="?", type=Path, help="directory of TimeBank .tml files")
    parser.add_argument("--recognizers", type=Path, help="directory of Recognizers-Text JSON specs")
    parser.add_argument("--vague", action="store_true", help="factx with vague_references on")
    parser.add_argument("--no-peer", action="store_true", help="skip dateparser")
    parser.add_argument("--errors", type=int, default=0, help="print the first N factx errors")
    args = parser.parse_args(argv)
    if args.timebank is None and args.recognizers is None:
        parser.error("give a TimeBank directory and/or --recognizers DIR")
    if args.timebank is not None and not any(args.timebank.glob("*.tml")):
        print(f"error: no .tml files in {args.timebank}", file=sys.stderr)
        return 2
    systems = [(f"factx (vague_references={args.vague})", factx_system(args.vague))]
    if not args.no_peer:
        systems.append(("dateparser search_dates", dateparser_system()))
    if args.timebank is not None:
        header = (
            f"{'system':36} {'P':>6} {'R':>6} {'F1':>6} {'F1strict':>8} "
            f"{'value':>6} {'bound':>6} {'point':>6}"
        )
        print(f"TimeBank {args.timebank}: DATE+TIME timexes, DCT excluded")
        print(header)
        for label, system in systems:
            began = time.perf_counter()
            r = score_timebank(args.timebank, system, args.errors if "factx" in label else 0)
            took = time.perf_counter() - began
            print(
                f"{label:36} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
                f"{r['f1_strict']:8.3f} {r['value_acc']:6.3f} {r['bound_acc']:6.3f} "
                f"{r['point_acc']:6.3f}"
                f"   (gold {r['gold']}, valued {r['value_n']}, {took:.1f} s)"
            )
    if args.recognizers is not None:
        for label, system in systems:
            print(f"Recognizers-Text, date cases: {label}")
            score_recognizers(args.recognizers, system)
    return 0


if __name__ == "__main__":
    sys.exit(main())
