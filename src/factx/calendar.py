"""Pure calendar arithmetic for the date stage: periods, their parts, offsets and bounds.

No spaCy here, so the rules can be tested on their own. Every period is an inclusive
``(first_day, last_day)`` pair; the conventions (what "early 2027" or "the end of the decade"
covers) live in this one place.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt

Period = tuple[dt.date, dt.date]

ONE_DAY = dt.timedelta(days=1)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day to the month's length (31 Jan + 1 -> 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


def shift(day: dt.date, unit: str, amount: float) -> dt.date:
    """``day`` moved by ``amount`` calendar units (day, week, month, quarter, year...)."""
    if unit == "day":
        return day + dt.timedelta(days=round(amount))
    if unit in ("week", "weekend"):
        return day + dt.timedelta(days=round(7 * amount))
    if unit == "fortnight":
        return day + dt.timedelta(days=round(14 * amount))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    return add_months(day, round(months * amount))


def year_period(year: int) -> Period:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_period(year: int, month: int) -> Period:
    return dt.date(year, month, 1), month_end(year, month)


def months_period(year: int, first: int, last: int) -> Period:
    """Months ``first``..``last`` of ``year``; a ``last`` before ``first`` ends next year."""
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), month_end(end_year, last)


def quarter_period(year: int, quarter: int) -> Period:
    return months_period(year, 3 * quarter - 2, 3 * quarter)


def half_period(year: int, half: int) -> Period:
    return months_period(year, 6 * half - 5, 6 * half)


def decade_period(first_year: int) -> Period:
    return dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31)


def week_period(day: dt.date) -> Period:
    """The ISO week (Monday to Sunday) holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def weekend_period(day: dt.date) -> Period:
    """Saturday and Sunday of the ISO week holding ``day``."""
    monday = week_period(day)[0]
    return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def period_of(unit: str, day: dt.date) -> Period:
    """The calendar ``unit`` (day, week, month, quarter, half, year, decade) holding ``day``."""
    if unit == "day":
        return day, day
    if unit == "week":
        return week_period(day)
    if unit == "weekend":
        return weekend_period(day)
    if unit == "month":
        return month_period(day.year, day.month)
    if unit == "quarter":
        return quarter_period(day.year, quarter_of(day))
    if unit == "half":
        return half_period(day.year, 1 if day.month <= 6 else 2)
    if unit == "decade":
        return decade_period(day.year - day.year % 10)
    return year_period(day.year)


def relative_period(unit: str, day: dt.date, step: int) -> Period:
    """The ``unit`` holding ``day`` moved ``step`` units ("next quarter": step 1)."""
    if unit == "day":
        moved = day + dt.timedelta(days=step)
    elif unit in ("week", "weekend"):
        moved = day + dt.timedelta(days=7 * step)
    elif unit == "half":
        moved = add_months(day, 6 * step)
    else:
        moved = shift(day, unit, step)
    return period_of(unit, moved)


def season_period(year: int, months: tuple[int, int]) -> Period:
    """A season starting in ``year`` (a winter running December to February ends the next year)."""
    return months_period(year, months[0], months[1])


def season_relative(day: dt.date, months: tuple[int, int], step: int) -> Period:
    """This (0), next (1) or last (-1) occurrence of a season relative to ``day``.

    "this" is the occurrence that contains ``day`` or, failing that, the one in ``day``'s year;
    "next" is the first starting after ``day``; "last" the latest ending before it.
    """
    candidates = [season_period(y, months) for y in range(day.year - 2, day.year + 2)]
    if step == 0:
        for first, last in candidates:
            if first <= day <= last:
                return first, last
        return season_period(day.year, months)
    if step > 0:
        return next(p for p in candidates if p[0] > day)
    return [p for p in candidates if p[1] < day][-1]


def part(period: Period, granularity: str, which: str) -> Period:
    """The start, middle or end part of a period, by the project's conventions.

    Years split into Jan-Apr / May-Aug / Sep-Dec, decades into years 0-2 / 3-6 / 7-9, months
    into days 1-10 / 11-20 / 21-end, weeks into Mon-Tue / Wed-Thu / Fri-Sun, and quarters,
    halves and seasons into their first / middle / last months (a half's two-month thirds).
    """
    first, last = period
    if granularity == "day":
        return period
    if granularity == "year":
        spans = {"start": (1, 4), "mid": (5, 8), "end": (9, 12)}[which]
        return dt.date(first.year, spans[0], 1), month_end(first.year, spans[1])
    if granularity == "decade":
        spans = {"start": (0, 2), "mid": (3, 6), "end": (7, 9)}[which]
        return dt.date(first.year + spans[0], 1, 1), dt.date(first.year + spans[1], 12, 31)
    if granularity == "month":
        spans = {"start": (1, 10), "mid": (11, 20), "end": (21, last.day)}[which]
        return first.replace(day=spans[0]), first.replace(day=spans[1])
    if granularity in ("week", "weekend"):
        offsets = {"start": (0, 1), "mid": (2, 3), "end": (4, 6)}[which]
        if (last - first).days < 6:
            return period
        return first + dt.timedelta(days=offsets[0]), first + dt.timedelta(days=offsets[1])
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    third = max(1, months // 3)
    if which == "start":
        return first, add_months(first, third) - ONE_DAY
    if which == "end":
        return add_months(last.replace(day=1), 1 - third), last
    start = add_months(first, third)
    return start, add_months(start, months - 2 * third) - ONE_DAY
