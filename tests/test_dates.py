"""The date stage: locating calendar references and resolving them against the publication date.

Every sentence here is invented for the test. Each case states the span the stage must find and
the interval it must resolve to, or that nothing at all is a date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy

from factx import calendar as cal
from factx import pipeline  # declares the ._ extensions and registers the factories
from factx.reader import read_text

D = dt.date
PUB = D(2026, 2, 24)  # a Tuesday
DATA = pipeline.PIPELINES_DIR / "automotive"
ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "bmw-ix1-nb5.txt"


def _nlp(**config) -> spacy.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factx_paragraphs")
    nlp.add_pipe("factx_dates", config={"data": str(DATA), **config})
    return nlp


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return _nlp()


def run(nlp: spacy.Language, text: str, published: dt.date | None = PUB):
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    for span in doc.spans["dates"]:
        assert text[span.start_char : span.end_char] == span.text
    return [(span.text, span._.interval) for span in doc.spans["dates"]]


def one(nlp: spacy.Language, text: str, published: dt.date | None = PUB):
    found = run(nlp, text, published)
    assert len(found) == 1, found
    return found[0]


def bounds(nlp, text, published=PUB):
    span, iv = one(nlp, text, published)
    return span, iv.earliest, iv.latest, iv.granularity, iv.modifier


# --------------------------------------------------------------------------- the article


def test_provided_article_gives_exactly_its_dates(nlp):
    read = read_text(ARTICLE.read_text(encoding="utf-8"))
    assert read.article.published == PUB
    found = [
        (s, iv.earliest, iv.latest, iv.granularity, iv.modifier)
        for s, iv in run(nlp, read.nlp_text, read.article.published)
    ]
    end_next_year = ("before the end of next year", None, D(2027, 12, 31), "year", "before")
    assert found == [
        end_next_year,
        end_next_year,
        ("November 2027", D(2027, 11, 1), D(2027, 11, 30), "month", None),
        ("roughly 14 to 16 months from now", D(2027, 4, 24), D(2027, 6, 24), "month", "approx"),
        ("later this year", PUB, D(2026, 12, 31), "year", "after"),
        ("2028", D(2028, 1, 1), D(2028, 12, 31), "year", None),
    ]


# --------------------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("Deliveries begin on March 5, 2027 in Europe.", "March 5, 2027", D(2027, 3, 5)),
        ("Deliveries begin on 5 March 2027 in Europe.", "5 March 2027", D(2027, 3, 5)),
        ("Deliveries begin on the 5th of March, 2027.", "the 5th of March, 2027", D(2027, 3, 5)),
        ("The filing is dated 2027-03-05 in the registry.", "2027-03-05", D(2027, 3, 5)),
        ("The memo, dated 03/05/2027, leaked.", "03/05/2027", D(2027, 3, 5)),
        ("The memo, dated 05.03.2027, leaked.", "05.03.2027", D(2027, 3, 5)),
        ("The memo, dated 25/12/2027, leaked.", "25/12/2027", D(2027, 12, 25)),
        ("Orders open Sept. 9, 2026, the firm said.", "Sept. 9, 2026", D(2026, 9, 9)),
        ("The reveal is on Friday, Oct. 16, 2026.", "Friday, Oct. 16, 2026", D(2026, 10, 16)),
    ],
)
def test_full_dates_in_us_european_and_iso_order(nlp, text, span, day):
    assert bounds(nlp, text) == (span, day, day, "day", None)


def test_day_and_month_without_year_take_the_publication_year(nlp):
    assert bounds(nlp, "The plant reopens on 13 June.") == (
        "13 June", D(2026, 6, 13), D(2026, 6, 13), "day", None
    )  # fmt: skip


def test_due_to_be_reads_as_future_but_due_to_a_cause_does_not(nlp):
    # published in February: a past-tense sentence would make it last October
    assert bounds(nlp, "The car was built in Italy and is due to be revealed on 9 October.")[
        1
    ] == D(2026, 10, 9)
    assert bounds(nlp, "Sales fell due to weak demand in October.")[1] == D(2025, 10, 1)


def test_month_and_year(nlp):
    assert bounds(nlp, "Production starts in July 2027.") == (
        "July 2027", D(2027, 7, 1), D(2027, 7, 31), "month", None
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest", "modifier"),
    [
        ("The coupe arrives in 2029.", "2029", D(2029, 1, 1), D(2029, 12, 31), None),
        ("Every model goes electric by 2030.", "by 2030", None, D(2030, 12, 31), "before"),
        ("It has been built in Hungary since 2019.", "since 2019", D(2019, 1, 1), None, "after"),
        ("Sales open starting 2029, it said.", "starting 2029", D(2029, 1, 1), None, "after"),
        # "starting in" dates the start itself: the event happens within the year
        (
            "The plant will build it, starting in 2029.",
            "2029",
            D(2029, 1, 1),
            D(2029, 12, 31),
            None,
        ),
        ("The plant closes after 2031.", "after 2031", D(2032, 1, 1), None, "after"),
        ("The line runs until 2033, it said.", "until 2033", None, D(2033, 12, 31), "before"),
        ("Output ends before 2032.", "before 2032", None, D(2031, 12, 31), "before"),
        (
            "All of it is due by the end of 2030.",
            "by the end of 2030",
            None,
            D(2030, 12, 31),
            "before",
        ),
    ],
)
def test_a_year_alone_is_a_date_when_it_is_a_time_reference(
    nlp, text, span, earliest, latest, modifier
):
    assert bounds(nlp, text) == (span, earliest, latest, "year", modifier)


@pytest.mark.parametrize(
    "text",
    [
        "The 2026 Ioniq 5 gets a bigger battery.",
        "Changes arrive with the 2027 model year.",
        "Dealers received 2028 units of the pickup.",
        "The concept was shown under the Vision 2030 banner.",
        "It weighs 2,100 kg and costs $2,030 more.",
        "Customers paid 1999 dollars for the option.",
        "Production will move to Spring Hill, Tennessee.",
        "It is built in Fall River by a supplier.",
    ],
)
def test_model_years_names_and_figures_are_not_dates(nlp, text):
    assert run(nlp, text) == []


# --------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest", "granularity"),
    [
        ("Sales rose in the first quarter of 2026.", "the first quarter of 2026",
         D(2026, 1, 1), D(2026, 3, 31), "quarter"),
        ("Launch is planned for Q3 2027.", "Q3 2027", D(2027, 7, 1), D(2027, 9, 30), "quarter"),
        ("Its third-quarter profit doubled.", "third", D(2026, 7, 1), D(2026, 9, 30), "quarter"),
        ("Orders open next quarter.", "next quarter", D(2026, 4, 1), D(2026, 6, 30), "quarter"),
        ("Tooling ends in the second half of 2027.", "the second half of 2027",
         D(2027, 7, 1), D(2027, 12, 31), "half"),
        ("Shipments resume in H1 2028.", "H1 2028", D(2028, 1, 1), D(2028, 6, 30), "half"),
        ("A refresh lands in the second half of next year.", "the second half of next year",
         D(2027, 7, 1), D(2027, 12, 31), "half"),
        ("Its styling recalls the 1990s.", "the 1990s", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ],
)  # fmt: skip
def test_quarters_halves_and_decades(nlp, text, span, earliest, latest, granularity):
    found = one(nlp, text)
    assert found[0].startswith(span)
    iv = found[1]
    assert (iv.earliest, iv.latest, iv.granularity) == (earliest, latest, granularity)


def test_quarter_codes_that_name_cars_are_not_quarters(nlp):
    assert run(nlp, "The Audi Q4 e-tron and Q8 were updated.") == []


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest"),
    [
        ("Testing moves north this spring.", "this spring", D(2026, 3, 1), D(2026, 5, 31)),
        ("It was spied last autumn.", "last autumn", D(2025, 9, 1), D(2025, 11, 30)),
        ("It was spied last fall.", "last fall", D(2025, 9, 1), D(2025, 11, 30)),
        ("Winter testing follows next winter.", "next winter", D(2026, 12, 1), D(2027, 2, 28)),
        ("It goes on sale in summer 2027.", "summer 2027", D(2027, 6, 1), D(2027, 8, 31)),
        ("Deliveries start in the spring.", "the spring", D(2026, 3, 1), D(2026, 5, 31)),
        ("Deliveries slip to the autumn.", "the autumn", D(2026, 9, 1), D(2026, 11, 30)),
    ],
)
def test_seasons_follow_the_northern_hemisphere_by_default(nlp, text, span, earliest, latest):
    assert bounds(nlp, text) == (span, earliest, latest, "season", None)


def test_seasons_follow_the_configured_hemisphere():
    southern = _nlp(hemisphere="southern")
    _, iv = one(southern, "Deliveries in Australia begin this spring.")
    assert (iv.earliest, iv.latest) == (D(2026, 9, 1), D(2026, 11, 30))


def test_unknown_hemisphere_is_a_clear_error():
    with pytest.raises(ValueError, match="hemisphere"):
        _nlp(hemisphere="eastern")


@pytest.mark.parametrize(
    "text",
    [
        "The coil spring and the air spring were retuned.",
        "Prices could fall sharply.",
        "You may see it at dealers.",
        "The team will march on regardless.",
    ],
)
def test_season_and_month_words_used_otherwise_are_not_dates(nlp, text):
    assert run(nlp, text) == []


# --------------------------------------------------------------------------- parts and decades


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest", "granularity", "modifier"),
    [
        ("Pricing comes in early 2027.", "early 2027", D(2027, 1, 1), D(2027, 4, 30), "year",
         "start"),
        ("Pricing comes in mid-2027.", "mid-2027", D(2027, 5, 1), D(2027, 8, 31), "year", "mid"),
        ("Pricing comes in late 2027.", "late 2027", D(2027, 9, 1), D(2027, 12, 31), "year",
         "end"),
        ("Pricing comes at the end of 2027.", "the end of 2027", D(2027, 9, 1), D(2027, 12, 31),
         "year", "end"),
        ("A coupe follows early next year.", "early next year", D(2027, 1, 1), D(2027, 4, 30),
         "year", "start"),
        ("The brand goes electric by the end of the decade.", "by the end of the decade", None,
         D(2029, 12, 31), "decade", "before"),
        ("A sedan arrives toward the end of the decade.", "the end of the decade",
         D(2027, 1, 1), D(2029, 12, 31), "decade", "end"),
        ("It was styled in the late 1970s.", "the late 1970s", D(1977, 1, 1), D(1979, 12, 31),
         "decade", "end"),
        ("The update comes by early 2028.", "by early 2028", None, D(2028, 4, 30), "year",
         "before"),
        ("Prices were cut at the start of March.", "the start of March", D(2026, 3, 1),
         D(2026, 3, 10), "month", "start"),
        ("Orders open around mid-2027.", "around mid-2027", D(2027, 5, 1), D(2027, 8, 31),
         "year", "mid"),
    ],
)  # fmt: skip
def test_modifiers_narrow_or_bound_the_period(
    nlp, text, span, earliest, latest, granularity, modifier
):
    assert bounds(nlp, text) == (span, earliest, latest, granularity, modifier)


# --------------------------------------------------------------------------- relative dates


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest", "granularity", "modifier"),
    [
        ("Sales doubled this year.", "this year", D(2026, 1, 1), D(2026, 12, 31), "year", None),
        ("Sales double next year.", "next year", D(2027, 1, 1), D(2027, 12, 31), "year", None),
        ("Sales doubled last year.", "last year", D(2025, 1, 1), D(2025, 12, 31), "year", None),
        ("Prices rose this month.", "this month", D(2026, 2, 1), D(2026, 2, 28), "month", None),
        ("Prices rise next month.", "next month", D(2026, 3, 1), D(2026, 3, 31), "month", None),
        ("Prices rose last month.", "last month", D(2026, 1, 1), D(2026, 1, 31), "month", None),
        ("Orders slowed last quarter.", "last quarter", D(2025, 10, 1), D(2025, 12, 31),
         "quarter", None),
        ("It was shown last week.", "last week", D(2026, 2, 16), D(2026, 2, 22), "week", None),
        ("It is shown next week.", "next week", D(2026, 3, 2), D(2026, 3, 8), "week", None),
        ("It is on show this week.", "this week", D(2026, 2, 23), D(2026, 3, 1), "week", None),
        ("It was revealed two weeks ago.", "two weeks ago", D(2026, 2, 10), D(2026, 2, 10),
         "week", None),
        ("It launched five years ago.", "five years ago", D(2021, 2, 24), D(2021, 2, 24),
         "year", None),
        ("Orders open in six months' time.", "six months' time", D(2026, 8, 24),
         D(2026, 8, 24), "month", None),
        ("A reveal comes three months from now.", "three months from now", D(2026, 5, 24),
         D(2026, 5, 24), "month", None),
        ("Prices rose earlier this year.", "earlier this year", D(2026, 1, 1), PUB, "year",
         "before"),
        ("Prices rise later this month.", "later this month", PUB, D(2026, 2, 28), "month",
         "after"),
        ("It was unveiled yesterday.", "yesterday", D(2026, 2, 23), D(2026, 2, 23), "day", None),
        ("It goes on sale tomorrow.", "tomorrow", D(2026, 2, 25), D(2026, 2, 25), "day", None),
    ],
)  # fmt: skip
def test_relative_dates_resolve_against_the_publication_date(
    nlp, text, span, earliest, latest, granularity, modifier
):
    assert bounds(nlp, text) == (span, earliest, latest, granularity, modifier)


def test_weekdays_read_the_tense_of_their_clause(nlp):
    assert bounds(nlp, "The company confirmed the recall on Friday.")[1] == D(2026, 2, 20)
    assert bounds(nlp, "The car will be revealed on Friday.")[1] == D(2026, 2, 27)
    assert bounds(nlp, "Dealers open next Monday.")[1] == D(2026, 3, 2)
    assert bounds(nlp, "Dealers closed last Monday.")[1] == D(2026, 2, 23)


def test_a_weekday_named_on_its_own_day_is_that_day(nlp):
    assert bounds(nlp, "The board met on Tuesday.")[1] == PUB


def test_a_range_of_dates_with_their_own_years_is_two_dates(nlp):
    # as TimeBank and the fixtures annotate "built between May 2023 and October 2024"
    text = "Cars built between May 2023 and October 2024 are affected."
    assert [span for span, _ in run(nlp, text)] == ["May 2023", "October 2024"]
    assert [span for span, _ in run(nlp, "Deliveries run from 2027 to 2029.")] == ["2027", "2029"]


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest", "granularity"),
    [
        ("Deliveries run March to May 2027.", "March to May 2027", D(2027, 3, 1),
         D(2027, 5, 31), "month"),
        ("The loan covers 2027-2029.", "2027-2029", D(2027, 1, 1), D(2029, 12, 31), "year"),
    ],
)  # fmt: skip
def test_ranges_that_share_a_year_become_one_date(nlp, text, span, earliest, latest, granularity):
    assert bounds(nlp, text) == (span, earliest, latest, granularity, None)


def test_a_range_of_offsets_is_approximate_when_hedged(nlp):
    span, first, last, granularity, modifier = bounds(
        nlp, "A debut could come about 8 to 10 weeks from now."
    )
    assert span == "about 8 to 10 weeks from now"
    assert (first, last, granularity, modifier) == (D(2026, 4, 21), D(2026, 5, 5), "week", "approx")


# --------------------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "It charges from 10 to 80 percent in 18 minutes.",
        "A facelift usually comes three to four years after launch.",
        "Every now and then a model skips a generation.",
        "Tracking rivals is a full-time job.",
        "This is the second generation of the crossover.",
        "The crossover was recently updated and is now on sale.",
        "It is currently built in Leipzig.",
        "Range rose by 42 miles to 319 miles.",
    ],
)
def test_durations_vague_words_and_numbers_are_not_dates(nlp, text):
    assert run(nlp, text) == []


def test_vague_references_are_tagged_only_when_asked():
    vague = _nlp(vague_references=True)
    found = run(vague, "The crossover is now on sale, every now and then.")
    assert [(s, iv.earliest, iv.latest) for s, iv in found] == [("now", PUB, PUB)]
    span, iv = one(vague, "It was recently updated.")
    assert (span, iv.earliest, iv.latest, iv.modifier) == ("recently", None, PUB, "before")


# --------------------------------------------------------------------------- no publication date


def test_without_a_publication_date_relative_dates_stay_unresolved(nlp):
    found = run(nlp, "It comes later this year and before the end of next year.", None)
    assert [(s, iv.earliest, iv.latest, iv.modifier, iv.resolved) for s, iv in found] == [
        ("later this year", None, None, "after", False),
        ("before the end of next year", None, None, "before", False),
    ]


def test_without_a_publication_date_absolute_dates_still_resolve(nlp):
    found = run(nlp, "Production starts in November 2027, with sales by 2030 and on 13 June.", None)
    assert [(s, iv.earliest, iv.latest, iv.resolved) for s, iv in found] == [
        ("November 2027", D(2027, 11, 1), D(2027, 11, 30), True),
        ("by 2030", None, D(2030, 12, 31), True),
        ("13 June", None, None, False),
    ]


def test_offsets_and_weekdays_need_the_publication_date(nlp):
    for text in ("It was shown two weeks ago.", "It was shown on Friday.", "Sales fell last year."):
        _, iv = one(nlp, text, None)
        assert (iv.earliest, iv.latest, iv.resolved) == (None, None, False)


def test_the_masked_header_date_is_not_a_date(nlp):
    read = read_text(" date 2026-02-24 The car launches in 2028.\n")
    assert [s for s, _ in run(nlp, read.nlp_text, read.article.published)] == ["2028"]


def test_missing_rule_data_is_one_clear_error(tmp_path):
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="date rules"):
        nlp.add_pipe("factx_dates", config={"data": str(tmp_path)})


# --------------------------------------------------------------------------- calendar


def test_month_arithmetic_clamps_to_the_month_end():
    assert cal.add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert cal.add_months(D(2024, 3, 31), -1) == D(2024, 2, 29)
    assert cal.shift(D(2026, 2, 24), "quarter", 2) == D(2026, 8, 24)


def test_parts_follow_the_conventions():
    year = cal.year_period(2027)
    assert cal.part(year, "year", "start") == (D(2027, 1, 1), D(2027, 4, 30))
    assert cal.part(year, "year", "mid") == (D(2027, 5, 1), D(2027, 8, 31))
    assert cal.part(cal.quarter_period(2027, 2), "quarter", "end") == (
        D(2027, 6, 1),
        D(2027, 6, 30),
    )
    assert cal.part(cal.month_period(2027, 2), "month", "end") == (D(2027, 2, 21), D(2027, 2, 28))
    assert cal.part(cal.half_period(2027, 1), "half", "mid") == (D(2027, 3, 1), D(2027, 4, 30))


def test_winter_spans_the_turn_of_the_year():
    assert cal.season_period(2027, (12, 2)) == (D(2027, 12, 1), D(2028, 2, 29))
    assert cal.season_relative(D(2026, 1, 10), (12, 2), 0) == (D(2025, 12, 1), D(2026, 2, 28))


# --------------------------------------------------------------------------- discourse and usage


def test_from_before_a_date_stays_outside_the_span(nlp):
    assert bounds(nlp, "Assembly moves to Graz from mid-2026.") == (
        "mid-2026", D(2026, 5, 1), D(2026, 8, 31), "year", "mid"
    )  # fmt: skip


def test_before_a_part_of_a_year_ends_with_that_part(nlp):
    assert bounds(nlp, "The wagon is not due before early 2027.") == (
        "before early 2027", None, D(2027, 4, 30), "year", "before"
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Today's crossover uses an older platform.",
        "Today the range opens with a base trim.",
        "Production now starts around 18 months later than first announced.",
        "The plant will add a new overnight shift to build the hybrid.",
        "At home a wallbox refills it overnight.",
        "The range will not change overnight.",
    ],
)
def test_nowadays_and_delays_are_not_dates(nlp, text):
    assert run(nlp, text) == []


def test_today_inside_a_clause_is_the_publication_day(nlp):
    assert bounds(nlp, "The company said today that orders open.")[1:3] == (PUB, PUB)
    assert bounds(nlp, "Prices fell overnight, the company said.")[1:3] == (PUB, PUB)


def test_a_definite_period_refers_to_the_one_named_before(nlp):
    found = run(nlp, "Deliveries fell in the third quarter of 2025. Margins in the quarter shrank.")
    assert [(s, iv.earliest, iv.latest, iv.granularity) for s, iv in found] == [
        ("the third quarter of 2025", D(2025, 7, 1), D(2025, 9, 30), "quarter"),
        ("the quarter", D(2025, 7, 1), D(2025, 9, 30), "quarter"),
    ]


def test_a_definite_period_with_nothing_named_before_is_not_a_date(nlp):
    assert run(nlp, "Margins in the quarter shrank.") == []


def test_year_earlier_counts_from_the_period_named_before(nlp):
    found = run(nlp, "Revenue in the second quarter of 2025 rose from a year earlier.")
    assert [(s, iv.earliest, iv.latest, iv.granularity) for s, iv in found][-1] == (
        "a year earlier", D(2024, 4, 1), D(2024, 6, 30), "quarter"
    )  # fmt: skip
    found = run(nlp, "Revenue in the second quarter of 2025 beat the year-ago period.")
    assert found[-1][0] == "the year-ago period"
    assert (found[-1][1].earliest, found[-1][1].latest) == (D(2024, 4, 1), D(2024, 6, 30))


def test_ago_always_counts_from_the_publication_date(nlp):
    found = run(nlp, "The model went on sale in 2021 and was updated two years ago.")
    assert found[-1][0] == "two years ago"
    assert (found[-1][1].earliest, found[-1][1].latest) == (D(2024, 2, 24), D(2024, 2, 24))


def test_the_weekend_early_in_the_week_is_the_one_just_past(nlp):
    _, iv = one(nlp, "Dealers held open days over the weekend.")
    assert (iv.earliest, iv.latest, iv.granularity) == (D(2026, 2, 21), D(2026, 2, 22), "week")


def test_a_year_before_an_event_noun_is_a_date_but_not_before_a_vehicle_noun(nlp):
    assert bounds(nlp, "Sales never recovered after the 2008 crash.")[0] == "2008"
    assert run(nlp, "Buyers of the 2026 crossover get a heat pump.") == []


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest", "granularity"),
    [
        ("The line pauses June 13-15, 2027.", "June 13-15, 2027", D(2027, 6, 13), D(2027, 6, 15),
         "day"),
        ("The show runs 13-15 June.", "13-15 June", D(2026, 6, 13), D(2026, 6, 15), "day"),
        ("Plants idle between 4 and 22 March.", "between 4 and 22 March", D(2026, 3, 4),
         D(2026, 3, 22), "day"),
        ("It was founded on the fourth of July, 1995.", "the fourth of July, 1995",
         D(1995, 7, 4), D(1995, 7, 4), "day"),
        ("Registrations for 2027/03 are open.", "2027/03", D(2027, 3, 1), D(2027, 3, 31),
         "month"),
        ("Registrations for 2027-03 are open.", "2027-03", D(2027, 3, 1), D(2027, 3, 31),
         "month"),
        ("The budget covers 2026/27.", "2026/27", D(2026, 1, 1), D(2027, 12, 31), "year"),
        ("Orders open in Q4 of this year.", "Q4 of this year", D(2026, 10, 1), D(2026, 12, 31),
         "quarter"),
        ("Shipments start in 2027 Q2.", "2027 Q2", D(2027, 4, 1), D(2027, 6, 30), "quarter"),
    ],
)  # fmt: skip
def test_day_ranges_ordinal_days_and_numeric_months(nlp, text, span, earliest, latest, granularity):
    assert bounds(nlp, text) == (span, earliest, latest, granularity, None)


def test_model_year_written_after_its_label_is_not_a_date(nlp):
    assert run(nlp, "Buyers of model year 2027 cars get more range.") == []


def test_tense_cues_need_their_own_grammar(nlp):
    # "lower-than-expected" and "due to" do not make the clause future
    assert bounds(nlp, "Profit was lower-than-expected on Wednesday.")[1] == D(2026, 2, 18)
    assert bounds(nlp, "The recall, due to a fault, was announced Friday.")[1] == D(2026, 2, 20)
    assert bounds(nlp, "The plant is expected to reopen on Friday.")[1] == D(2026, 2, 27)
    # "since" looks back: the March already past
    assert bounds(nlp, "The plant has been idle since March, it said.")[1] == D(2025, 3, 1)


def test_empty_text_has_no_dates(nlp):
    assert run(nlp, "") == []
    assert run(nlp, "   \n") == []


def test_publication_date_at_the_end_of_the_calendar_gives_no_traceback(nlp):
    found = run(nlp, "It comes next year, in 2027 and in three months' time.", D(9999, 12, 31))
    assert [s for s, _ in found] == ["2027"]


def test_publication_date_given_as_iso_text_is_read(nlp):
    assert bounds(nlp, "It comes next year.", "2026-02-24")[1:3] == (D(2027, 1, 1), D(2027, 12, 31))
    assert one(nlp, "It comes next year.", "not a date")[1].resolved is False


def test_a_past_verb_right_before_the_month_dates_it_whatever_the_sentence_says_later(nlp):
    may = D(2026, 5, 12)
    found = run(nlp, "Orders will close in October; the order books opened in January.", may)
    assert [(s, iv.earliest) for s, iv in found] == [
        ("October", D(2026, 10, 1)),
        ("January", D(2026, 1, 1)),
    ]
    # a participle after "be" is the event to come
    found = run(nlp, "Orders will close in October; the books will be opened in January.", may)
    assert [(s, iv.earliest) for s, iv in found][1] == ("January", D(2027, 1, 1))


def test_should_points_ahead_even_after_a_past_reporting_verb(nlp):
    may = D(2026, 5, 12)
    found = run(nlp, "Volvo said every car should have the fix by late October.", may)
    assert [(s, iv.latest) for s, iv in found] == [("by late October", D(2026, 10, 31))]


def test_a_rescheduling_verb_points_ahead_past_a_comma_or_an_adverb(nlp):
    may = D(2026, 5, 12)
    found = run(nlp, "The estate's deliveries have slipped again, to November.", may)
    assert [(s, iv.earliest) for s, iv in found] == [("November", D(2026, 11, 1))]
    # a price that slipped to a figure moved; the day after it is past
    found = run(nlp, "The krona slipped to 11.42 from 11.47 on Monday.", may)
    assert [(s, iv.earliest) for s, iv in found] == [("Monday", D(2026, 5, 11))]


def test_units_later_count_from_a_time_the_text_named_never_from_publication(nlp):
    # "later" is later than a time the story told of; with none named, no date at all
    assert run(nlp, "A coupe should follow two years later.") == []
    found = run(nlp, "The saloon arrives in March 2027 and the estate two months later.")
    assert [(s, iv.earliest, iv.latest) for s, iv in found] == [
        ("March 2027", D(2027, 3, 1), D(2027, 3, 31)),
        ("two months later", D(2027, 5, 1), D(2027, 5, 31)),
    ]
    # "ago" and "earlier" still count from publication when nothing is named before
    assert [s for s, _ in run(nlp, "It was shown two years ago.")] == ["two years ago"]


def test_years_said_in_words(nlp):
    found = run(nlp, "It began in nineteen ninety-six and ended in the year two thousand.")
    assert [(s, iv.earliest, iv.latest) for s, iv in found] == [
        ("nineteen ninety-six", D(1996, 1, 1), D(1996, 12, 31)),
        ("the year two thousand", D(2000, 1, 1), D(2000, 12, 31)),
    ]
    assert run(nlp, "Two thousand people came to see nineteen ninety-six cars.") == []


def test_matching_only_around_trigger_words_loses_nothing(nlp):
    """The windowed, grouped Matcher finds what every pattern finds on the whole text."""
    stage = nlp.get_pipe("factx_dates")
    text = (
        "This year's fiscal first-quarter results, due a week or so ago, beat the third "
        "quarter of next year. Between the 4th and the 22nd of March, in fourteen months' time "
        "and two to three years from now, the year two thousand, mid-2027, Q3/2027, the '90s, "
        "tomorrow morning, noon Thursday, last Friday evening, 2027-11-13 and 13.11.2027."
    )
    doc = nlp.make_doc(text)
    everywhere = {
        (match_id, start, end)
        for matcher in stage.matchers.values()
        for match_id, start, end in matcher(doc)
    }
    assert everywhere
    assert set(stage._match(doc)) == everywhere


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest", "granularity", "modifier"),
    [
        ("Ten EVs arrive by mid-decade.", "by mid-decade", None, D(2026, 12, 31), "decade",
         "before"),
        ("A refresh comes at year-end.", "year-end", D(2026, 9, 1), D(2026, 12, 31), "year",
         "end"),
        ("More follow by decade's end.", "by decade's end", None, D(2029, 12, 31), "decade",
         "before"),
        ("Talks run the week of March 9.", "the week of March 9", D(2026, 3, 9), D(2026, 3, 15),
         "week", None),
        ("Talks run the first week of March.", "the first week of March", D(2026, 3, 2),
         D(2026, 3, 8), "week", None),
        ("Talks run the last week of July 2027.", "the last week of July 2027", D(2027, 7, 26),
         D(2027, 8, 1), "week", None),
    ],
)  # fmt: skip
def test_parts_of_the_current_period_and_weeks_of_a_month(
    nlp, text, span, earliest, latest, granularity, modifier
):
    assert bounds(nlp, text) == (span, earliest, latest, granularity, modifier)


def test_a_model_code_shaped_like_a_half_year_is_no_date(nlp):
    assert run(nlp, "The new SUV carries the internal code H248.") == []
    assert [span for span, _ in run(nlp, "Sales should rise in H2 2027.")] == ["H2 2027"]


def test_a_month_a_plan_was_delayed_to_lies_ahead(nlp):
    # published in February: a bare September would be the nearest, last year's, in a past
    # sentence; delayed to it, it lies ahead
    assert bounds(nlp, "The launch has been delayed to September.")[1:3] == (
        D(2026, 9, 1),
        D(2026, 9, 30),
    )
    assert bounds(nlp, "Sales were pushed back to September.")[1] == D(2026, 9, 1)


def test_until_after_a_rescheduling_verb_names_the_new_date(nlp):
    # "delayed until September" is September, not any time up to it
    assert bounds(nlp, "The launch has been delayed until September.") == (
        "September",
        D(2026, 9, 1),
        D(2026, 9, 30),
        "month",
        None,
    )
    assert bounds(nlp, "Sales were pushed back until 2027.")[:3] == (
        "2027",
        D(2027, 1, 1),
        D(2027, 12, 31),
    )
    # elsewhere "until" is a bound
    assert bounds(nlp, "The offer runs until September.")[0] == "until September"


def test_fall_after_to_is_the_verb_before_a_preposition(nlp):
    assert run(nlp, "Running costs are set to fall sharply after the update.") == []
    assert [span for span, _ in run(nlp, "The launch was moved to fall.")] == ["fall"]


def test_starting_after_an_event_noun_dates_the_event(nlp):
    # "with deliveries starting next autumn": they start then, not any time from then on
    assert bounds(nlp, "The SUV debuts soon, with deliveries starting next autumn.")[:3] == (
        "next autumn",
        D(2026, 9, 1),
        D(2026, 11, 30),
    )
    assert bounds(nlp, "Prices apply starting next spring.")[0] == "starting next spring"


@pytest.mark.parametrize(
    ("sentence", "earliest"),
    [
        # published in February: the tense of the sentence picks the coming or the last month
        ("The updated SUV arrives in July.", D(2026, 7, 1)),  # an adjective, not a past verb
        ("A sand-focused version, with lifted suspension, arrives in July.", D(2026, 7, 1)),
        ("The SUV arrived in July.", D(2025, 7, 1)),
        ("The hatchback is said to land in October.", D(2026, 10, 1)),  # hearsay looks ahead
        ("Kia said the SUV arrived in September.", D(2025, 9, 1)),
        ("The SUV is said to have arrived in September.", D(2025, 9, 1)),
        # a participle set off by commas describes the car; the verb of the date is present
        ("The new SUV, unveiled in Paris, reaches Europe in July.", D(2026, 7, 1)),
        ("The SUV, which sold well, reached Europe in July.", D(2025, 7, 1)),
        # a contrast after the date speaks of something else
        ("The SUV reaches Europe in July, although Kia has not released prices.", D(2026, 7, 1)),
        # a relative clause's own past verb dates its month, whatever the sentence says later
        ("Kia won't sell the coupe, which reached dealers in September.", D(2025, 9, 1)),
        ("Kia won't sell the coupe, which is due in September.", D(2026, 9, 1)),
        # an attribution after the date and a comma leaves its tense alone
        ("The coupe follows in July, the company said.", D(2026, 7, 1)),
        ("Sales of the coupe rose in July, the company said.", D(2025, 7, 1)),
    ],
)
def test_the_sentence_tense_dates_a_bare_month(nlp, sentence, earliest):
    assert bounds(nlp, sentence)[1] == earliest


def test_a_season_of_a_year_named_relatively(nlp):
    # published in February 2026
    assert bounds(nlp, "It arrives in spring next year.")[:3] == (
        "spring next year",
        D(2027, 3, 1),
        D(2027, 5, 31),
    )
    assert bounds(nlp, "It arrived in autumn last year.")[1] == D(2025, 9, 1)


def test_is_expected_in_speaks_of_the_future_after_a_participle(nlp):
    """ "a version rated at ..." does not make the sentence past: "is expected in" looks ahead."""
    text = "A longer version rated at 610 km is expected in dealerships in December."
    assert bounds(nlp, text)[1:3] == (D(2026, 12, 1), D(2026, 12, 31))
    # a past expectation stays in the past
    text = "The van was expected in dealerships in December."
    assert bounds(nlp, text)[1:3] == (D(2025, 12, 1), D(2025, 12, 31))


def test_a_word_the_vehicles_stage_named_as_a_car_is_no_date(nlp):
    from spacy.tokens import Span

    text = "There will be no update for the current Spring. Sales start in spring."
    doc = nlp.make_doc(text)
    doc._.published = PUB
    doc.spans["vehicles"] = [Span(doc, 7, 8, label="MODEL")]  # "Spring"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [span.text for span in doc.spans["dates"]] == ["spring"]


def test_a_names_participle_with_a_year_of_its_own_sets_no_tense(nlp):
    text = "It replaces the Osprey introduced in 2017 and follows in July."
    assert run(nlp, text)[-1][1].earliest == D(2026, 7, 1)
    # the sentence's own past verb still dates the month
    text = "Kia introduced the coupe in 2017 and updated it in July."
    assert run(nlp, text)[-1][1].earliest == D(2025, 7, 1)
