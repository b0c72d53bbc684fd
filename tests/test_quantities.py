"""The quantity stage on invented sentences from many makers (and the provided article).

The stage runs alone on a blank English pipeline (tokenizer, sentencizer, factx_quantities) so
these tests exercise only its own rules; one test feeds it vehicle spans by hand.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

import factx.pipeline  # noqa: F401  (registers the factories and the ._ extensions)
from factx.numbers import numeral_value, words_value
from factx.quantities import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "pipelines" / "automotive"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factx_quantities", config={"data": str(DATA)})
    return nlp


def found(nlp, text: str) -> list[tuple]:
    """(span text, value or (low, high), unit) for each quantity, in order."""
    doc = nlp(text)
    out = []
    for span in doc.spans["quantities"]:
        m = span._.measure
        out.append((span.text, m.value if m.value is not None else (m.low, m.high), m.unit))
    return out


def measures(nlp, text: str) -> dict:
    doc = nlp(text)
    return {span.text: span._.measure for span in doc.spans["quantities"]}


# --------------------------------------------------------------------------- the article


def test_provided_article_gives_exactly_its_six_figures(nlp):
    text = (ROOT / "fixtures" / "articles" / "bmw-ix1-nb5.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    got = []
    for span in doc.spans["quantities"]:
        m = span._.measure
        restated = text[span._.restates[0] : span._.restates[1]] if span._.restates else None
        got.append((span.text, m.value, m.low, m.high, m.unit, restated))
    assert got == [
        ("three to four years", None, 3.0, 4.0, "year", None),
        ("14 to 16 months", None, 14.0, 16.0, "month", None),
        ("319 miles", 319.0, None, None, "mi", None),
        ("514 kilometers", 514.0, None, None, "km", "319 miles"),
        ("290 miles", 290.0, None, None, "mi", None),
        ("466 kilometers", 466.0, None, None, "km", "290 miles"),
    ]
    for span in doc.spans["quantities"]:
        assert text[span.start_char : span.end_char] == span.text
    approx = {s.text: s._.measure.approximate for s in doc.spans["quantities"]}
    assert approx["three to four years"] and approx["14 to 16 months"]
    assert not approx["319 miles"]


# --------------------------------------------------------------------------- single figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kia EV9 GT produces 374 kW.", [("374 kW", 374.0, "kW")]),
        ("Its V6 is good for 400 bhp.", [("400 bhp", 400.0, "hp")]),
        ("The Skoda Elroq 85 offers 210 PS.", [("210 PS", 210.0, "PS")]),
        ("Peak torque is 545 Nm.", [("545 Nm", 545.0, "Nm")]),
        ("The Silverado EV twists out 785 lb-ft.", [("785 lb-ft", 785.0, "lb-ft")]),
        ("It tops out at 180 kph.", [("180 kph", 180.0, "km/h")]),
        ("Top speed is 112 mph.", [("112 mph", 112.0, "mph")]),
        ("The pack stores 77.4 kWh.", [("77.4 kWh", 77.4, "kWh")]),
        ("A Smart #1 weighs 1,820 kg.", [("1,820 kg", 1820.0, "kg")]),
        ("The Ram can tow 11,500 lb.", [("11,500 lb", 11500.0, "lb")]),
        ("Payload is 1.2 tonnes.", [("1.2 tonnes", 1.2, "t")]),
        ("Ground clearance grows to 210 mm.", [("210 mm", 210.0, "mm")]),
        ("Efficiency is 16.2 kWh/100 km.", [("16.2 kWh/100 km", 16.2, "kWh/100km")]),
        ("Ford quotes 3.1 mi/kWh for the Mach-E.", [("3.1 mi/kWh", 3.1, "mi/kWh")]),
        ("Volvo fits a 400-volt system.", [("400-volt", 400.0, "V")]),
        ("Lucid uses a 924 V architecture.", [("924 V", 924.0, "V")]),
        ("The screen measures 14.6 inches.", [("14.6 inches", 14.6, "in")]),
        ("It rides on 21-inch wheels.", [("21-inch", 21.0, "in")]),
        ("The wheelbase is 2,900 millimetres.", [("2,900 millimetres", 2900.0, "mm")]),
        ("Range rose by 5 percent.", [("5 percent", 5.0, "%")]),
        ("The idle speed is 750 rpm.", [("750 rpm", 750.0, "rpm")]),
        ("Fuel economy is 41 mpg.", [("41 mpg", 41.0, "mpg")]),
        # Japan and India give fuel economy in kilometres per litre
        ("It returns 21.4 km/L.", [("21.4 km/L", 21.4, "km/L")]),
        ("It returns 19.6 kmpl.", [("19.6 kmpl", 19.6, "km/L")]),
    ],
)
def test_automotive_units(nlp, text, expected):
    assert found(nlp, text) == expected


def test_glued_units_and_sentence_final_full_stop(nlp):
    assert found(nlp, "The Lotus Eletre hits 265 km/h.") == [("265 km/h", 265.0, "km/h")]
    assert found(nlp, "Charging peaks at 270 kW.") == [("270 kW", 270.0, "kW")]
    assert found(nlp, "A 6kW motor and a 5.5kWh battery.") == [
        ("6kW", 6.0, "kW"),
        ("5.5kWh", 5.5, "kWh"),
    ]
    assert found(nlp, "The Caterham makes 310bhp and runs 0-60mph in 3.4s.") == [
        ("310bhp", 310.0, "hp"),
        ("3.4s", 3.4, "s"),
    ]


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The Chevrolet Equinox EV starts at $34,995 in the US.", "$34,995", 34995.0, "USD"),
        ("Dacia wants the Spring under €17k.", "€17k", 17000.0, "EUR"),
        ("In Britain the Cupra Born costs £33,995.", "£33,995", 33995.0, "GBP"),
        ("Nissan wrote off ¥560 billion.", "¥560 billion", 560e9, "JPY"),
        ("Honda set aside 1.5 trillion yen for batteries.", "1.5 trillion yen", 1.5e12, "JPY"),
        ("The Aito M9 lists at CNY 469,800.", "CNY 469,800", 469800.0, "CNY"),
        ("In Hong Kong it costs HK $388,000.", "HK $388,000", 388000.0, "HKD"),
        ("Oil traded at US$71.20 per barrel.", "US$71.20 per barrel", 71.2, "USD/barrel"),
        ("The option pack adds 1,250€ to the bill.", "1,250€", 1250.0, "EUR"),
        ("Lease it for $499 a month.", "$499 a month", 499.0, "USD/month"),
        ("At home it costs €2.84 per 100 km.", "€2.84 per 100 km", 2.84, "EUR/100km"),
        ("The Life costs R364 900 in Durban.", "R364 900", 364900.0, "ZAR"),
        ("VW invested R4 billion in Kariega.", "R4 billion", 4e9, "ZAR"),
        ("Le prix est de 35 990 € en France.", "35 990 €", 35990.0, "EUR"),
        ("Stellantis booked $6.1bn in charges.", "$6.1bn", 6.1e9, "USD"),
        ("Rivian raised $1.3M from fans.", "$1.3M", 1.3e6, "USD"),
        ("Mahindra invested Rs 12,000 crore? No: ₹4,500 in tooling.", "₹4,500", 4500.0, "INR"),
        ("The Atto 1 starts at Rp 199 million there.", "Rp 199 million", 199e6, "IDR"),
        ("The Air ev now costs Rp189 million.", "Rp189 million", 189e6, "IDR"),
        ("The locally built Atto 3 lists at 799,900 baht.", "799,900 baht", 799900.0, "THB"),
        ("In Bangkok it is ฿1,099,000.", "฿1,099,000", 1099000.0, "THB"),
        ("Dealers in Jakarta quote 350 million rupiah.", "350 million rupiah", 350e6, "IDR"),
        ("In Gdansk it costs 71,370 zł with tax.", "71,370 zł", 71370, "PLN"),
        ("In Brno it costs 597,300 Kč with tax.", "597,300 Kč", 597300, "CZK"),
        ("In Hanoi it costs 713 million dong with tax.", "713 million dong", 713e6, "VND"),
    ],
)
def test_money(nlp, text, span, value, unit):
    got = [q for q in found(nlp, text) if q[0] == span]
    assert got, found(nlp, text)
    assert math.isclose(got[0][1], value) and got[0][2] == unit


def test_a_bare_yen_sign_is_the_currency_of_the_country_named_nearest(nlp):
    text = (
        "In China the hatch costs ¥77,300 (about €9,900). In Japan its rival costs "
        "¥2.3 million.\nThe Chinese price of the Yuan model is ¥113,700."
    )
    assert [q[2] for q in found(nlp, text) if q[0].startswith("¥")] == ["CNY", "JPY", "CNY"]
    # a model named "Yuan" is no currency; with no country named the sign keeps the yen
    text = "The Yuan Plus lists at ¥113,700 before options."
    assert [q[2] for q in found(nlp, text)] == ["JPY"]


def test_pesos_are_the_currency_of_the_country_named_nearest(nlp):
    text = (
        "Argentine buyers pay 31.7 million pesos for the hatch. In Chile the same car costs "
        "16.1 million pesos. Mexican dealers ask 413,900 pesos."
    )
    units = {q[0]: q[2] for q in found(nlp, text)}
    assert units == {
        "31.7 million pesos": "ARS",
        "16.1 million pesos": "CLP",
        "413,900 pesos": "MXN",
    }
    # with no country named, a peso stays the Mexican one
    assert [q[2] for q in found(nlp, "The hatch costs 413,900 pesos.")] == ["MXN"]


def test_gulf_and_east_african_currencies(nlp):
    text = (
        "In Riyadh the SUV costs SAR 143,700, and 151,300 riyals with the bigger engine. "
        "A used hatch in Nairobi sells for KSh 3.17 million, about 3.17 million shillings."
    )
    units = {q[0]: q[2] for q in found(nlp, text)}
    assert units == {
        "SAR 143,700": "SAR",
        "151,300 riyals": "SAR",
        "KSh 3.17 million": "KES",
        "3.17 million shillings": "KES",
    }
    # riyals of Qatar where the sentence names it
    assert found(nlp, "In Doha the SUV costs 151,300 riyals.")[0][2] == "QAR"


def test_a_bare_dollar_is_the_dollar_of_the_country_the_article_is_about(nlp):
    text = (
        "The ute costs $52,990 drive-away in Australia, and Australian buyers also get "
        "the EV5 from $54,990. New Zealand pays NZ$62,990, while US buyers pay US$49,000."
    )
    units = {q[0]: q[2] for q in found(nlp, text)}
    assert units == {
        "$52,990": "AUD",
        "$54,990": "AUD",
        "NZ$62,990": "NZD",
        "US$49,000": "USD",
    }
    # an American story keeps the US dollar even when it names Australia once
    text = "In the US the truck costs $49,000; Australia and America get it next."
    assert [q[2] for q in found(nlp, text)] == ["USD"]
    # a story that writes the Canadian dollar as CA$ leaves the bare sign to the US one; a
    # conversion in CA$ marks nothing
    text = (
        "Canada gets the SUV at CA$61,500; Canadian buyers lose the base car, which costs "
        "$45,000 in the US. Canadians also pay more for options."
    )
    assert [q[2] for q in found(nlp, text)] == ["CAD", "USD"]
    text = (
        "Canada gets the SUV at $61,500; Canadian buyers lose the base car, which costs "
        "US$45,000 (about CA$61,000) in the US. Canadians also pay more for options."
    )
    assert [q[2] for q in found(nlp, text)] == ["CAD", "USD", "CAD"]


def test_power_and_torque_joined_by_a_slash_on_a_spec_line(nlp):
    assert found(nlp, "Power/torque: 360kW (483bhp)/808Nm, open 24/7") == [
        ("360kW", 360, "kW"),
        ("483bhp", 483, "hp"),
        ("808Nm", 808, "Nm"),
    ]
    assert found(nlp, "a combined 321kW/650Nm.") == [("321kW", 321, "kW"), ("650Nm", 650, "Nm")]


def test_a_glued_figure_whose_unit_runs_over_a_slash(nlp):
    # the slash belongs to the unit, not a score or a date
    assert found(nlp, "It used 9.9kWh/100km on test.") == [("9.9kWh/100km", 9.9, "kWh/100km")]
    assert found(nlp, "Rated 8.9kWh/100 km.") == [("8.9kWh/100 km", 8.9, "kWh/100km")]


def test_money_a_year_earlier_is_not_a_rate(nlp):
    assert found(nlp, "Sales reached $9.2 billion, up from $8.4 billion a year earlier.") == [
        ("$9.2 billion", 9.2e9, "USD"),
        ("$8.4 billion", 8.4e9, "USD"),
    ]


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xpeng logged 30,000 orders in a day.", [("30,000 orders", 30000.0, "order")]),
        ("Geely shipped 217,500 cars in May.", [("217,500 cars", 217500.0, "car")]),
        ("Mazda built 1.3 million units.", [("1.3 million units", 1.3e6, "unit")]),
        ("Audi will cut 7,500 jobs.", [("7,500 jobs", 7500.0, "job")]),
        ("The plant employs 4,200 people.", [("4,200 people", 4200.0, "person")]),
        ("Polestar opened 14 new stores.", [("14 new stores", 14.0, "store")]),
        ("Renault sells in seven European markets.", [("seven European markets", 7.0, "market")]),
        ("Jaguar recalled 3,100 batteries.", [("3,100 batteries", 3100.0, "battery")]),
        # a hyphenated noun is counted whole
        ("Volvo took 903 pre-orders in Oulu.", [("903 pre-orders", 903.0, "pre-order")]),
        (
            "Hyundai hired 250 engineers and 40 salesmen.",
            [
                ("250 engineers", 250.0, "engineer"),
                ("40 salesmen", 40.0, "salesman"),
            ],
        ),
    ],
)
def test_counted_nouns(nlp, text, expected):
    assert found(nlp, text) == expected


def test_spelled_numbers_take_capitalised_modifiers(nlp):
    assert found(nlp, "Toyota took five Le Mans victories in a row.") == [
        ("five Le Mans victories", 5.0, "victory")
    ]
    assert found(nlp, "The 911 Carrera GTS produces more.") == []


def test_vague_plurals_are_approximate_ranges(nlp):
    m = measures(nlp, "Dealers reported thousands of cancellations.")
    (q,) = m.values()
    assert (q.low, q.high, q.unit, q.approximate) == (1000.0, 10000.0, "cancellation", True)
    m = measures(nlp, "The recall may cost tens of millions of dollars.")
    (q,) = m.values()
    assert (q.low, q.high, q.unit) == (1e7, 1e8, "USD")


# --------------------------------------------------------------------------- number words


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Delivery takes three weeks.", "three weeks", 3.0, "week"),
        ("Lexus will show a dozen concepts.", "a dozen concepts", 12.0, "concept"),
        ("Charging took twenty-five minutes.", "twenty-five minutes", 25.0, "min"),
        ("The warranty covers eight years.", "eight years", 8.0, "year"),
        ("A hundred dealers signed up.", "A hundred dealers", 100.0, "dealer"),
    ],
)
def test_number_words(nlp, text, span, value, unit):
    assert found(nlp, text) == [(span, value, unit)]


def test_one_plus_noun_is_not_a_count(nlp):
    assert found(nlp, "One report claims the Alpine A390 is late.") == []
    assert found(nlp, "It is one of the best EVs on sale.") == []


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("The Zeekr charges from 10 to 80 percent quickly.", "10 to 80 percent", 10, 80, "%"),
        ("The Mini goes 10-80% in half an hour.", "10-80%", 10, 80, "%"),
        ("The Leapmotor C10 will cover between 400 and 500 km.", "400 and 500 km", 400, 500, "km"),
        ("Production ends in three to four years.", "three to four years", 3, 4, "year"),
        ("Sales should take 14 to 16 months to recover.", "14 to 16 months", 14, 16, "month"),
        ("Budgets run from $89 to $93 billion.", "$89 to $93 billion", 89e9, 93e9, "USD"),
        ("Prices range from $200 to $4 million.", "$200 to $4 million", 200, 4e6, "USD"),
        ("Expect 5 or 6 new models.", "5 or 6 new models", 5, 6, "model"),
        ("Output rose by 1 to 1.5 percent.", "1 to 1.5 percent", 1, 1.5, "%"),
    ],
)
def test_ranges(nlp, text, span, low, high, unit):
    m = measures(nlp, text)
    assert span in m, m
    q = m[span]
    assert (q.value, q.low, q.high, q.unit) == (None, low, high, unit)


def test_acceleration_label_is_not_a_quantity(nlp):
    assert found(nlp, "The Model S Plaid runs 0-60 mph in 2.1 seconds.") == [
        ("2.1 seconds", 2.1, "s")
    ]
    assert found(nlp, "The Taycan needs 2.4 s for 0-100 km/h.") == [("2.4 s", 2.4, "s")]
    assert found(nlp, "It does 0 to 62 mph in 6.1 seconds.") == [("6.1 seconds", 6.1, "s")]


def test_charging_window_and_time(nlp):
    assert found(nlp, "It charges 10 to 80 percent in 18 minutes at 350 kW.") == [
        ("10 to 80 percent", (10.0, 80.0), "%"),
        ("18 minutes", 18.0, "min"),
        ("350 kW", 350.0, "kW"),
    ]


def test_two_options_are_not_a_range(nlp):
    assert found(nlp, "Buyers choose between 58 kWh and 77 kWh packs.") == [
        ("58 kWh", 58.0, "kWh"),
        ("77 kWh", 77.0, "kWh"),
    ]


def test_change_then_level_is_not_a_range(nlp):
    assert found(nlp, "Lynk cut the price by 15,000 yuan to 189,000 yuan.") == [
        ("15,000 yuan", 15000.0, "CNY"),
        ("189,000 yuan", 189000.0, "CNY"),
    ]
    # a change verb before the first figure: "climbs $700 to $42,900" is no range
    assert found(nlp, "The Touring climbs $700 to $42,900.") == [
        ("$700", 700.0, "USD"),
        ("$42,900", 42900.0, "USD"),
    ]
    # a change named after the pair: "goes from X to Y, a rise of 3 percent"
    assert [f[0] for f in found(nlp, "The SE moves from £31,100 to £32,050, a rise of 3%.")] == [
        "£31,100",
        "£32,050",
        "3%",
    ]
    assert [f[0] for f in found(nlp, "Prices go from £31,100 to £36,900, a bargain.")] == [
        "£31,100 to £36,900"
    ]
    # the level before a change and the one after it: "rises from 120 kW to 150 kW"
    assert found(nlp, "Peak charging rises from 120 kW to 150 kW.") == [
        ("120 kW", 120.0, "kW"),
        ("150 kW", 150.0, "kW"),
    ]
    # the change verb a few words back, or a change amount just before
    assert found(nlp, "VW has raised the price of the Buzz from $59,995 to $64,995.") == [
        ("$59,995", 59995.0, "USD"),
        ("$64,995", 64995.0, "USD"),
    ]
    assert found(nlp, "The price went by 4.5 percent, from $41,000 to $42,845.")[1:] == [
        ("$41,000", 41000.0, "USD"),
        ("$42,845", 42845.0, "USD"),
    ]
    # without a change verb, "from X to Y" stays a range
    assert found(nlp, "Prices run from $30,000 to $40,000.") == [
        ("$30,000 to $40,000", (30000.0, 40000.0), "USD"),
    ]


# --------------------------------------------------------------------------- cue words


def test_bounds_and_approximation_stay_outside_the_span(nlp):
    m = measures(nlp, "The Lucid Air charges at up to 300 kW and covers about 500 miles.")
    assert set(m) == {"300 kW", "500 miles"}
    assert m["300 kW"].bound == "up_to" and not m["300 kW"].approximate
    assert m["500 miles"].approximate and m["500 miles"].bound is None
    m = measures(nlp, "BYD took more than 80,000 orders and less than 5% were cancelled.")
    assert m["80,000 orders"].bound == "more_than"
    assert m["5%"].bound == "less_than"
    m = measures(nlp, "It needs at least 11 kW and roughly 8 hours.")
    assert m["11 kW"].bound == "at_least" and m["8 hours"].approximate


def test_changes_keep_the_figure_as_written(nlp):
    m = measures(nlp, "Tesla sales were down 12% while Kia rose 3.5 percent; Nio +0.8%.")
    assert (m["12%"].value, m["12%"].change) == (12.0, True)
    assert (m["3.5 percent"].value, m["3.5 percent"].change) == (3.5, True)
    assert m["+0.8%"].change and m["+0.8%"].value == 0.8
    assert not measures(nlp, "The battery is 82 kWh.")["82 kWh"].change
    # "rising to X" states the new level, not the size of the change
    m = measures(nlp, "Output rises to 358 kW, while range grew 5 percent to 500 km.")
    assert not m["358 kW"].change and not m["500 km"].change and m["5 percent"].change


def test_indian_prices_in_lakh_and_crore(nlp):
    assert found(nlp, "It costs Rs 19.99 lakh, and the flagship Rs 1.2 crore.") == [
        ("Rs 19.99 lakh", 1999000.0, "INR"),
        ("Rs 1.2 crore", 12000000.0, "INR"),
    ]


def test_differences_are_changes_not_levels(nlp):
    m = measures(nlp, "Lynk cut the price by 15,000 yuan to 189,000 yuan.")
    assert m["15,000 yuan"].change and not m["189,000 yuan"].change
    # the comparison word may follow a restatement in parentheses
    m = measures(nlp, "The new truck is 1,000 lb (454 kg) lighter and 10,000 yuan below its rival.")
    assert m["1,000 lb"].change and m["10,000 yuan"].change
    # "a price cut of X to Y": the cut, then the new price (not a range)
    m = measures(nlp, "The MEGA got a price cut of 30,000 yuan to 499,800 yuan.")
    assert m["30,000 yuan"].change and m["499,800 yuan"].value == 499800
    # money put on a car by its maker is no level: "offering $X on", "$X in factory cash"
    m = measures(nlp, "Kia is offering $3,170 on the EV9, which lists at $54,830.")
    assert m["$3,170"].change and not m["$54,830"].change
    assert measures(nlp, "Ford adds $2,750 in factory cash.")["$2,750"].change
    # an offered figure that is not money is still a level
    assert not measures(nlp, "Kia is offering 300 km of range.")["300 km"].change
    # the margin left under a limit: "with €150 to spare, at €39,950"
    m = measures(nlp, "It qualifies with €150 to spare, at €39,950.")
    assert m["€150"].change and not m["€39,950"].change
    # what a lighter version takes away is a change: "trims 25 kg from the kerb weight"
    m = measures(nlp, "The Alleggerita trims 25 kg and the Speciale shaves 40 kg off it.")
    assert m["25 kg"].change and m["40 kg"].change
    # a discount "off" the price is a difference; "off-road" is a compound, no change word
    assert measures(nlp, "It is sold with £6,250 off this month.")["£6,250"].change
    assert not measures(nlp, "It has a 1,000 kg off-road payload.")["1,000 kg"].change
    # "5 km/h down on the base car": a difference; "60 kWh up to 80 kWh" is no change
    m = measures(nlp, "It peaks at 305 km/h, 5 km/h down on the base car.")
    assert m["5 km/h"].change and not m["305 km/h"].change
    assert not measures(nlp, "Packs run from 60 kWh up to 80 kWh.")["60 kWh"].change
    # "Four-wheel drive adds 132,000 yen to the price": an option's cost, a difference
    assert measures(nlp, "Four-wheel drive adds 132,000 yen to the price.")["132,000 yen"].change
    # a premium, a saving, a discount: what one price differs from another by
    m = measures(nlp, "It costs €59,990, a €10,000 premium, or €3,000 extra with a €500 discount.")
    assert not m["€59,990"].change
    assert m["€10,000"].change and m["€3,000"].change and m["€500"].change


def test_negative_values(nlp):
    m = measures(nlp, "Range drops in minus 20 degrees Celsius.")
    assert m["20 degrees Celsius"].value == -20.0 and m["20 degrees Celsius"].unit == "°C"


# --------------------------------------------------------------------------- conversions


def test_conversions_link_to_the_figure_they_restate(nlp):
    text = "The Macan makes 470 kW (639 PS) and 1,130 Nm / 833 lb-ft, with 613 km (381 mi)."
    doc = nlp(text)
    spans = {s.text: s for s in doc.spans["quantities"]}
    assert spans["639 PS"]._.restates == (spans["470 kW"].start_char, spans["470 kW"].end_char)
    assert spans["833 lb-ft"]._.restates == (
        spans["1,130 Nm"].start_char,
        spans["1,130 Nm"].end_char,
    )
    assert spans["381 mi"]._.restates == (spans["613 km"].start_char, spans["613 km"].end_char)
    assert spans["470 kW"]._.restates is None


def test_chained_conversions_restate_the_first_figure(nlp):
    doc = nlp("The Puma ST makes 296 hp (221 kW / 300 PS).")
    spans = {s.text: s for s in doc.spans["quantities"]}
    origin = (spans["296 hp"].start_char, spans["296 hp"].end_char)
    assert spans["221 kW"]._.restates == origin
    assert spans["300 PS"]._.restates == origin


def test_conversion_with_a_hedge_inside_the_parenthesis(nlp):
    doc = nlp("The Aceman manages roughly 250 miles (about 400 km).")
    spans = {s.text: s for s in doc.spans["quantities"]}
    origin = spans["250 miles"]
    assert spans["400 km"]._.restates == (origin.start_char, origin.end_char)
    assert spans["400 km"]._.measure.approximate


def test_glued_sprint_label_and_acronym_plurals(nlp):
    assert found(nlp, "The Kona does 0–62mph in 7.8s.") == [("7.8s", 7.8, "s")]
    assert found(nlp, "Stellantis will build 2 million EVs.") == [("2 million EVs", 2e6, "ev")]


def test_conversion_after_test_cycle_name(nlp):
    doc = nlp("The Ioniq 6 covers 614 km WLTP (382 miles).")
    spans = {s.text: s for s in doc.spans["quantities"]}
    assert spans["382 miles"]._.restates == (spans["614 km"].start_char, spans["614 km"].end_char)


def test_unrelated_parenthesis_is_not_a_conversion(nlp):
    doc = nlp("It costs €39,990 (120 kW) in Germany.")
    assert all(s._.restates is None for s in doc.spans["quantities"])


# --------------------------------------------------------------------------- SI


def test_si_values_compare_across_units(nlp):
    m = measures(nlp, "It covers 514 kilometers or 319 miles at 100 mph with 483 hp.")
    assert m["514 kilometers"].si_unit == "m" and m["514 kilometers"].si_value == 514000
    assert math.isclose(m["319 miles"].si_value, 319 * 1609.344)
    assert m["100 mph"].si_unit == "m/s" and math.isclose(m["100 mph"].si_value, 44.704)
    assert m["483 hp"].si_unit == "W" and m["483 hp"].dimension == "power"
    r = measures(nlp, "Charging takes 14 to 16 months.")["14 to 16 months"]
    assert r.si_low < r.si_high and r.si_unit == "s"


def test_every_quantity_has_a_unit_and_dimension(nlp):
    doc = nlp("Sales of 5,000 cars, $3 billion, 12% and 300 kW in 2 hours.")
    assert len(doc.spans["quantities"]) == 5
    for span in doc.spans["quantities"]:
        assert span._.measure.unit and span._.measure.dimension


# --------------------------------------------------------------------------- not quantities


@pytest.mark.parametrize(
    "text",
    [
        "BMW's sixth-generation eDrive uses new cells.",
        "The second generation arrives soon.",
        "It finished 3rd in the 24th round.",
        "Production starts in 2028.",
        "The 2027 model year adds a heat pump.",
        "The Porsche 911 remains popular.",
        "Tesla's Model 3 got cheaper.",
        "The new Renault 5 sells well.",
        "The Peugeot 208 production line moves to Spain.",
        "The iX1 and the X1 share parts.",
        "Its V8 sounds great.",
        "The reveal is at 10:30 on Monday.",
        "Doors open at 5 pm sharp.",
        "The stream starts at 9.45pm tonight.",
        "Call 555-123-4567 for a test drive.",
        "Published 2025-06-10 by the press office.",
        "The dual-motor version is quicker.",
        "It keeps two motors and all-wheel drive.",
        "The five-door model follows.",
        "The event is on 13 June in Munich.",
        "Deliveries begin March 3 in Norway.",
        "The 3 Series sedans are built in Munich.",
        "The Boeing 787 Dreamliner is not a car.",
        "Sales peaked in the 1990s.",
        "See page 12 for details.",
    ],
)
def test_not_quantities(nlp, text):
    assert found(nlp, text) == []


def test_vehicle_spans_block_model_numbers(nlp):
    text = "The Ioniq 5 N offers 84 kWh."
    doc = nlp.make_doc(text)
    doc.spans["vehicles"] = [Span(doc, 1, 3, label="MODEL")]
    doc = nlp.get_pipe("factx_quantities")(nlp.get_pipe("sentencizer")(doc))
    assert [s.text for s in doc.spans["quantities"]] == ["84 kWh"]


def test_vehicle_spans_do_not_block_the_next_words(nlp):
    text = "Subaru sold 21,437 Solterras and the bZ4X 9,817 units."
    doc = nlp.make_doc(text)
    doc.spans["vehicles"] = [Span(doc, 0, 1, label="BRAND"), Span(doc, 5, 6, label="MODEL")]
    doc = nlp.get_pipe("factx_quantities")(nlp.get_pipe("sentencizer")(doc))
    # the second count, grouped in thousands, is the bZ4X's (a gapped conjunct)
    assert [s.text for s in doc.spans["quantities"]] == ["21,437 Solterras", "9,817 units"]


def test_works_without_vehicle_spans_on_model_numbers(nlp):
    assert found(nlp, "The Land Cruiser 250 tows 3,500 kg.") == [("3,500 kg", 3500.0, "kg")]


# --------------------------------------------------------------------------- robustness


def test_empty_and_odd_input(nlp):
    assert found(nlp, "") == []
    assert found(nlp, "   \n\n  ") == []
    assert found(nlp, "$ € £ - to and 0-") == []
    assert found(nlp, "9" * 400 + " km") == []  # not a figure, and no overflow


def test_offsets_and_order(nlp):
    text = (
        "Kia's EV5 starts at £39,000, goes 0-62 mph in 8.4 seconds and covers 327 miles "
        "(526 km); about 12,000 orders, up 8% on plan, arrived within two weeks."
    )
    doc = nlp(text)
    starts = [s.start_char for s in doc.spans["quantities"]]
    assert starts == sorted(starts) and len(starts) == 7
    for span in doc.spans["quantities"]:
        assert text[span.start_char : span.end_char] == span.text


def test_european_and_us_separators():
    assert numeral_value("1,234") == 1234
    assert numeral_value("1,234.5") == 1234.5
    assert numeral_value("1.234.567") == 1234567
    assert numeral_value("1.234,5") == 1234.5
    assert numeral_value("1,5") == 1.5
    assert numeral_value("1.5") == 1.5


def test_number_words_helper():
    lex = load_lexicon(DATA)
    assert words_value(["twenty", "five"], lex.number_words, lex.scale_words) == 25
    assert words_value(["a", "dozen"], lex.number_words, lex.scale_words) == 12
    assert words_value(["two", "hundred", "thousand"], lex.number_words, lex.scale_words) == 2e5
    assert words_value(["car"], lex.number_words, lex.scale_words) is None


def test_european_amount_in_text(nlp):
    assert found(nlp, "VW spent €1.234.567 on the launch.") == [("€1.234.567", 1234567.0, "EUR")]
    assert found(nlp, "The Fiat has a 1,5 litre engine.") == [("1,5 litre", 1.5, "l")]
    # a text writing decimal commas groups its thousands with a point: "31.450 euros"
    text = "It costs 31.450 euros and weighs 1.612 kg; 0-100 km/h takes 6,8 seconds."
    assert [(f[0], f[1]) for f in found(nlp, text)] == [
        ("31.450 euros", 31450.0),
        ("1.612 kg", 1612.0),
        ("6,8 seconds", 6.8),
    ]
    # in English copy a lone "1.612" stays a decimal
    assert found(nlp, "The engine has 1.612 litres.")[0][1] == 1.612


def test_fractions_before_a_unit(nlp):
    assert found(nlp, "The test loop is a 1/4 mile oval.") == [("1/4 mile", 0.25, "mi")]
    assert found(nlp, "The cable run is 10 1/2 feet.") == [("10 1/2 feet", 10.5, "ft")]
    assert found(nlp, "Support is available 24/7.") == []


def test_indian_scale_words_and_lower_case_currency_pairs(nlp):
    assert found(nlp, "Tata sold 2 lakh cars.") == [("2 lakh cars", 200000.0, "car")]
    assert found(nlp, "the deal was worth hk $ 2.5 billion .") == [
        ("hk $ 2.5 billion", 2.5e9, "HKD")
    ]
    assert found(nlp, "a $3,500 fee applies") == [("$3,500", 3500.0, "USD")]


def test_scale_letter_is_not_read_into_a_unit(nlp):
    assert found(nlp, "It cruises at 110kph or 68mph.") == [
        ("110kph", 110.0, "km/h"),
        ("68mph", 68.0, "mph"),
    ]


def test_missing_data_gives_one_clear_error(tmp_path):
    from factx.quantities import QuantityDataError

    with pytest.raises(QuantityDataError, match="quantity data"):
        load_lexicon(tmp_path)


def test_dash_pairs_that_are_not_ranges(nlp):
    assert found(nlp, "The dollar was quoted at 117.46-49 yen.") == []
    assert found(nlp, "Ferrari won 3-1 on the day.") == []
    assert found(nlp, "Expect a 10 - 15 percent rise.") == [("10 - 15 percent", (10.0, 15.0), "%")]
    # a spaced dash before a smaller figure separates two statements: both figures stand
    assert found(nlp, "It costs $44,950 – $2,350 more than before.") == [
        ("$44,950", 44950.0, "USD"),
        ("$2,350", 2350.0, "USD"),
    ]


def test_a_gap_or_a_difference_is_a_change(nlp):
    m = measures(nlp, "The Seal manages 520 km, a gap of 109 km, and a difference of 3 kWh.")
    assert not m["520 km"].change and m["109 km"].change and m["3 kWh"].change


def test_spoken_decimals_and_a_conversion_said_aloud(nlp):
    assert found(nlp, "Zero to sixty in four point nine seconds, the car says.") == [
        ("four point nine seconds", 4.9, "s")
    ]
    # "point" after a scale word is no decimal point
    assert found(nlp, "It sold four thousand cars, point taken.")[0][1] == 4000
    doc = nlp("The EPA rates it at 311 miles, that's about 500 kilometres, on a charge.")
    miles, km = doc.spans["quantities"]
    assert km._.restates == (miles.start_char, miles.end_char)
    # a figure of the same unit after "that's" is no conversion
    doc = nlp("It covers 311 miles, that's about 20 miles more than before.")
    assert all(span._.restates is None for span in doc.spans["quantities"])


def test_spaced_thousands_and_a_letter_prefix_that_is_rand_only_before_large_sums(nlp):
    assert found(nlp, "It is covered for 120 000 km.") == [("120 000 km", 120000.0, "km")]
    assert found(nlp, "The Rivian R2 and the Audi R8 were there.") == []
    # nor after a number: "Cup 2 R" is a tyre's name, not two rand
    assert found(nlp, "It ran on Oulu Cup 2 R tyres.") == []


def restated(nlp, text: str) -> dict[str, str | None]:
    """Each figure's text, and the text of the figure it restates."""
    doc = nlp(text)
    return {
        s.text: text[s._.restates[0] : s._.restates[1]] if s._.restates else None
        for s in doc.spans["quantities"]
    }


@pytest.mark.parametrize(
    ("text", "conversion", "origin"),
    [
        ("The Polo covers 400 km, or 249 miles, on a charge.", "249 miles", "400 km"),
        ("It returns 52 mpg combined (5.4 l/100km).", "5.4 l/100km", "52 mpg"),
        ("It returns 20 km/L (5.0 l/100km).", "5.0 l/100km", "20 km/L"),
        # a second conversion in the same parentheses
        ("It makes 500 PS (368 kW, 493 hp) today.", "493 hp", "500 PS"),
        ("It uses 15 kWh/100km, or about 4.1 mi/kWh.", "4.1 mi/kWh", "15 kWh/100km"),
    ],
)
def test_a_conversion_after_or_or_a_qualifier_is_linked_when_the_figures_agree(
    nlp, text, conversion, origin
):
    assert restated(nlp, text)[conversion] == origin


@pytest.mark.parametrize(
    "text",
    ["Buyers choose 400 km or 310 miles of range.", "It makes 150 kW or 300 hp."],
)
def test_two_figures_joined_by_or_that_disagree_are_two_claims(nlp, text):
    assert all(origin is None for origin in restated(nlp, text).values())


def test_the_conversion_of_a_between_range_is_a_range(nlp):
    doc = nlp("It should manage between 200 and 250 miles (320 and 400 km) of range.")
    spans = {s.text: s for s in doc.spans["quantities"]}
    converted = spans["320 and 400 km"]
    assert (converted._.measure.low, converted._.measure.high) == (320, 400)
    origin = spans["200 and 250 miles"]
    assert converted._.restates == (origin.start_char, origin.end_char)


def test_mpge_is_its_own_unit_not_miles_per_gallon(nlp):
    """An electric car's miles per gallon equivalent is not a fuel economy in mpg."""
    assert found(nlp, "The wagon is rated at 104 MPGe, the hybrid at 47 mpg.") == [
        ("104 MPGe", 104.0, "MPGe"),
        ("47 mpg", 47.0, "mpg"),
    ]


def test_a_bare_grouped_number_after_a_count_counts_the_same_noun(nlp):
    text = (
        "Skoda delivered 61,200 cars in March. The Elroq accounted for 9,450 of them, "
        "ahead of the Enyaq with 7,310 and the Kamiq 5,020."
    )
    assert [q for q in found(nlp, text) if q[2] == "car"] == [
        ("61,200 cars", 61200.0, "car"),
        ("9,450", 9450.0, "car"),
        ("7,310", 7310.0, "car"),
        ("5,020", 5020.0, "car"),
    ]


def test_a_bare_number_is_no_count_without_one_before_it_in_its_paragraph(nlp):
    text = (
        "Skoda delivered 61,200 cars in March.\n\n"
        "The town has 12,400 residents and 3,160 of them work there."
    )
    assert [q for q in found(nlp, text) if q[0] == "3,160"] == [("3,160", 3160.0, "resident")]
    text = "Skoda delivered 61,200 cars.\n\nThe museum listed 4,800 in its catalogue."
    assert found(nlp, text) == [("61,200 cars", 61200.0, "car")]


@pytest.mark.parametrize(
    "text",
    [
        "Four-wheel drive costs 4 mpg on the estate.",
        "The larger wheels cost 25 km of range.",
        "It returns 38 mpg, a 6 mpg improvement over the old car.",
    ],
)
def test_what_a_feature_costs_or_improves_is_a_change(nlp, text):
    doc = nlp(text)
    changes = [q._.measure.change for q in doc.spans["quantities"]]
    assert changes[-1] is True and not any(changes[:-1])


def test_a_price_after_costs_is_a_level(nlp):
    doc = nlp("The estate costs €41,370.")
    assert [q._.measure.change for q in doc.spans["quantities"]] == [False]


def test_korean_won_after_a_figure_is_money_not_a_verb(nlp):
    text = "It lists at 47.3 million won, and the Kia that won 2 awards sold 8,800 units."
    assert found(nlp, text) == [
        ("47.3 million won", 47300000.0, "KRW"),
        ("2 awards", 2.0, "award"),
        ("8,800 units", 8800.0, "unit"),
    ]


def test_from_to_after_a_verb_of_movement_is_two_levels(nlp):
    text = "The SE goes from $43,270 to $44,150, and the Limited from $47,360 to $48,090."
    assert [q[1] for q in found(nlp, text)] == [43270.0, 44150.0, 47360.0, 48090.0]
    # alone, such a verb names no change
    doc = nlp("On the motorway it went 212 miles between charges.")
    assert [q._.measure.change for q in doc.spans["quantities"]] == [False]
    # a range of prices stays one span
    assert found(nlp, "Prices run from $31,560 to $42,870.") == [
        ("$31,560 to $42,870", (31560.0, 42870.0), "USD")
    ]


def test_a_charge_window_timed_after_a_verb_of_movement_stays_one_range(nlp):
    text = "At the first stop the hatch went from 11 to 83 percent in 27 minutes."
    assert found(nlp, text)[0] == ("11 to 83 percent", (11.0, 83.0), "%")
    # over years, the same words name a change from one level to another
    text = "Its share went from 11 to 83 percent in 7 years."
    assert found(nlp, text)[0][0] == "83 percent"


def test_a_rise_by_between_two_figures_is_a_change(nlp):
    doc = nlp("Most versions rise by between $250 and $575 this year.")
    assert [(q.text, q._.measure.change) for q in doc.spans["quantities"]] == [
        ("$250 and $575", True)
    ]


@pytest.mark.parametrize(
    "text", ["The gold was one of 31 won by Japan that day.", "Some 4,270 won by the Greens."]
)
def test_won_as_a_verb_after_a_figure_is_no_money(nlp, text):
    assert not [q for q in found(nlp, text) if q[2] == "KRW"]


@pytest.mark.parametrize(
    "text", ["The panoramic roof is an extra £1,165.", "It adds an additional 35 km."]
)
def test_an_extra_or_additional_figure_is_a_change(nlp, text):
    doc = nlp(text)
    assert [q._.measure.change for q in doc.spans["quantities"]] == [True]


@pytest.mark.parametrize(
    "text", ["After a £1,365 price cut, it costs less.", "Choosing it saves you about £2,750."]
)
def test_a_price_cut_or_a_saving_is_a_change(nlp, text):
    doc = nlp(text)
    assert [q._.measure.change for q in doc.spans["quantities"]] == [True]


def test_a_count_added_is_a_tally_but_added_money_is_a_change(nlp):
    m = measures(
        nlp, "The hatchback led with 917 registrations and the coupe added 613 registrations."
    )
    assert not m["613 registrations"].change
    m = measures(nlp, "The option adds $635 to the price and 21 kg to the weight.")
    assert m["$635"].change


def test_a_stopwatch_time_is_seconds_and_a_clock_time_is_not(nlp):
    got = found(nlp, "The car lapped the course in 7:41.37 and left at 10:30.")
    assert [(q[0], q[2]) for q in got] == [("7:41.37", "s")]
    assert math.isclose(got[0][1], 461.37)


def test_a_footnote_mark_after_a_figure_leaves_it_whole(nlp):
    text = (
        "It makes 87 kW (118 PS)\u00b9 and charges in around 23 minutes\u00b3. "
        "The hall is 120 m\u00b2."
    )
    assert [(q[0], q[2]) for q in found(nlp, text)] == [
        ("87 kW", "kW"),
        ("118 PS", "PS"),
        ("23 minutes", "min"),
        ("120 m\u00b2", "m\u00b2"),
    ]


def test_an_engine_layout_after_a_hyphen_is_no_count(nlp):
    assert found(nlp, "Its straight-six produces 413 hp.") == [("413 hp", 413.0, "hp")]
    assert [q[0] for q in found(nlp, "The bus seats twenty-six people.")] == ["twenty-six people"]


def test_a_number_grouped_in_thousands_after_a_name_is_a_figure(nlp):
    text = "The Kestrel sold 2,317 cars and the Osprey 1,093 cars."
    assert [q[0] for q in found(nlp, text)] == ["2,317 cars", "1,093 cars"]
    # an ungrouped number after a name is the name's
    assert found(nlp, "The Peugeot 208 sells well.") == []


def test_a_change_word_after_two_figures_joined_by_and_makes_both_changes(nlp):
    got = measures(nlp, "It makes 27 PS and 33 Nm more than the old car, or 313 PS in all.")
    assert got["27 PS"].change and got["33 Nm"].change
    assert not got["313 PS"].change


def test_a_second_conversion_after_or_restates_the_first_figure(nlp):
    doc = nlp("The Kestrel costs £79,113 (roughly €94,117 or $107,311) in Oulu.")
    spans = {s.text: s for s in doc.spans["quantities"]}
    origin = (spans["£79,113"].start_char, spans["£79,113"].end_char)
    assert spans["€94,117"]._.restates == origin
    assert spans["$107,311"]._.restates == origin


def test_utes_make_a_story_australian_for_its_bare_dollars(nlp):
    text = "The hybrid ute costs $57,313. Rival utes start lower. Australia gets it in June."
    assert [q[2] for q in found(nlp, text)] == ["AUD"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The hatch is priced from 18,000 pounds in Britain.", "GBP"),
        ("Prices start at 30,000 pounds for the base car.", "GBP"),
        ("The pickup weighs 4,000 pounds unladen.", "lb"),
        # a price word before a weight: what the option costs in payload
        ("The bigger pack costs 200 pounds of payload.", "lb"),
        ("Order guides list 9,000 lb of towing.", "lb"),
    ],
)
def test_pounds_after_a_price_word_are_sterling(nlp, text, unit):
    assert [u for _, _, u in found(nlp, text)] == [unit]


def test_raising_or_extending_from_one_level_to_another_is_no_range(nlp):
    assert found(nlp, "An update raises the charging power from 150 kW to 190 kW.") == [
        ("150 kW", 150.0, "kW"),
        ("190 kW", 190.0, "kW"),
    ]
    assert [f[0] for f in found(nlp, "It extends the range from 480 km to 515 km.")] == [
        "480 km",
        "515 km",
    ]


def test_a_change_by_a_described_amount_is_a_change(nlp):
    m = measures(nlp, "Its range improves by a welcome 14 km, to 520 km, over the old car.")
    assert (m["14 km"].change, m["520 km"].change) == (True, False)
    # "powered by a ..." is how the car is driven, not a change
    assert not measures(nlp, "It is powered by a 300 hp engine and sold in Oulu.")["300 hp"].change
    # a change noun after "by a" keeps its own reading: "helped by a decrease of 7 percent"
    assert measures(nlp, "It was helped by a decrease of 7 percent in Oulu.")["7 percent"].change
    # a verb that makes "from X to Y" two levels is no change word alone
    assert not measures(nlp, "The charity raises 1.3 million euros in Oulu.")[
        "1.3 million euros"
    ].change
