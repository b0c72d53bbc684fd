"""The facts stage on hand-built Docs: mentions are placed by the test, so only the stage's own
logic (subjects, predicates, certainty, negation, merging) is under test."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import spacy

from factx.facts import FactBuilder, _clauses, _subject
from factx.models import Interval, Measure
from factx.pipeline import pipeline_dir

D = dt.date


@pytest.fixture(scope="module")
def builder():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factx_paragraphs")
    return nlp, FactBuilder(nlp, pipeline_dir())


def _span(doc, phrase, nth=1):
    start = -1
    for _ in range(nth):
        start = doc.text.index(phrase, start + 1)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None, phrase
    return span


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")

#: three invented models of one maker, for tests that need a topic and two others
_THREE_VOLVOS = [(m, "MODEL", {"brand": "Volvo"}) for m in ("Kestrel", "Osprey", "Heron")]
#: an invented model and two of its trims, for tests of which trim a sentence is about
_KESTREL_CORE_ULTRA = [
    ("Kestrel", "MODEL", {"brand": "Volvo"}),
    ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
    ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
]


def run(builder, text, vehicles=(), quantities=(), dates=(), published=None):
    """vehicles: (phrase, label, attrs[, nth]); quantities: (phrase, Measure, restated
    phrase[, nth]); dates: (phrase, Interval)."""
    nlp, stage = builder
    doc = nlp(text)
    if published is not None:
        doc._.published = published
    spans = []
    for phrase, label, attrs, *nth in vehicles:
        span = _span(doc, phrase, *nth)
        span.label_ = label
        for key, value in {"normalized": phrase, **attrs}.items():
            setattr(span._, key, value)
        spans.append(span)
    doc.spans["vehicles"] = sorted(spans, key=lambda s: s.start)
    qspans = []
    for phrase, measure, restated, *nth in quantities:
        span = _span(doc, phrase, *nth)
        span._.measure = measure
        if restated:
            other = _span(doc, restated)
            span._.restates = (other.start_char, other.end_char)
        qspans.append(span)
    doc.spans["quantities"] = qspans
    dspans = []
    for phrase, interval in dates:
        span = _span(doc, phrase)
        span._.interval = interval
        dspans.append(span)
    doc.spans["dates"] = dspans
    return stage(doc)._.facts


def km(v):
    return Measure(unit="km", dimension="length", value=v)


def mi(v):
    return Measure(unit="mi", dimension="length", value=v)


def sites_of(builder, sentence, model, brand):
    """The production sites factx reads in a sentence naming one model."""
    facts = run(builder, sentence, vehicles=[(model, "MODEL", {"brand": brand})])
    return values(facts, "production_site")


def _euros(*figures):
    """Quantity tuples for ``run``: euro amounts as written ("€47,310")."""
    return [
        (f, Measure(unit="EUR", dimension="currency", value=float(f[1:].replace(",", ""))), None)
        for f in figures
    ]


def _figures(unit, dimension, *phrases):
    """Quantity tuples for ``run``: figures of one unit as written ("211 kW", "€413 a month")."""
    return [
        (
            p,
            Measure(
                unit=unit, dimension=dimension, value=float(_NUMBER.search(p)[0].replace(",", ""))
            ),
            None,
        )
        for p in phrases
    ]


def _launched_in_october(builder, text):
    """Whether a sentence naming the Kestrel and "October" states a market launch."""
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        dates=[("October", Interval(D(2026, 10, 1), D(2026, 10, 31), "month"))],
    )
    return any(f.predicate == "market_launch" for f in facts)


def by_model(facts, predicate):
    """(model, value) of every fact of one predicate."""
    return {(f.subject.model, f.value) for f in facts if f.predicate == predicate}


def by_variant(facts, predicate):
    """(variant, value) of every fact of one predicate."""
    return {(f.subject.variant, f.value) for f in facts if f.predicate == predicate}


def values(facts, predicate):
    """The value of every fact of one predicate, in order."""
    return [f.value for f in facts if f.predicate == predicate]


def one(facts, predicate):
    found = [f for f in facts if f.predicate == predicate]
    assert len(found) == 1, [f.predicate for f in facts]
    return found[0]


def test_range_goes_to_the_variant_with_its_conversion_and_cycle(builder):
    text = (
        "Hyundai updated the Ioniq 6 last month. The rear-drive Long Range version now covers "
        "614 km (382 miles) on the WLTP cycle. The dual-motor AWD model is rated at 560 km "
        "(348 miles)."
    )
    ioniq = {"brand": "Hyundai"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Hyundai", "BRAND", {}),
            ("Ioniq 6", "MODEL", ioniq),
            ("Long Range", "VARIANT", {"brand": "Hyundai", "model": "Ioniq 6"}),
        ],
        quantities=[
            ("614 km", km(614), None),
            ("382 miles", mi(382), "614 km"),
            ("560 km", km(560), None),
            ("348 miles", mi(348), "560 km"),
        ],
    )
    ranges = [f for f in facts if f.predicate == "range"]
    first = next(f for f in ranges if f.value == 614)
    assert first.subject.variant == "Long Range" and first.subject.model == "Ioniq 6"
    assert first.unit == "km" and [(a.value, a.unit) for a in first.also] == [(382, "mi")]
    assert first.qualifiers == {"cycle": "WLTP"} and first.certainty == "official"
    assert first.evidence.text.startswith("The rear-drive Long Range")
    # no conversion becomes a fact of its own
    assert {f.value for f in ranges} == {614, 560}
    # the next sentence names no vehicle: the article's current subject carries over
    second = next(f for f in ranges if f.value == 560)
    assert second.qualifiers == {"cycle": "WLTP"}
    assert ("drivetrain", "RWD") in {(f.predicate, f.value) for f in facts}
    assert ("motor_count", 2) in {(f.predicate, f.value) for f in facts}


def test_negated_claim_is_never_positive(builder):
    text = (
        "The next-generation Kona is due in 2027. The new SUV won't be offered with "
        "all-wheel drive, and there is no plan for a diesel."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Kona", "MODEL", {"brand": "Hyundai", "generation": "next"})],
    )
    drive = one(facts, "drivetrain")
    assert drive.value == "AWD" and drive.negated is True
    assert drive.subject.model == "Kona" and drive.subject.generation == "next"


def test_certainty_scopes_hedges_to_their_clause(builder):
    text = (
        "While the current GLC (X254) keeps its platform, Mercedes is expected to move the next "
        "one to MB.EA. According to a supplier, the GLC X540 will enter production in "
        "June 2027. A debut could follow in early 2027."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GLC", "MODEL", {"brand": "Mercedes-Benz", "code": "X254", "generation": "current"}),
            ("X254", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": "GLC"}),
            ("Mercedes", "BRAND", {"normalized": "Mercedes-Benz"}),
            ("MB.EA", "PLATFORM", {}),
            ("GLC", "MODEL", {"brand": "Mercedes-Benz", "code": "X540"}, 2),
            ("X540", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": "GLC"}),
        ],
        dates=[
            ("June 2027", Interval(D(2027, 6, 1), D(2027, 6, 30), "month")),
            ("early 2027", Interval(D(2027, 1, 1), D(2027, 4, 30), "year", "start")),
        ],
    )
    codes = {f.value: f for f in facts if f.predicate == "model_code"}
    assert codes["X254"].certainty == "official"
    assert codes["X540"].certainty == "reported"
    production = one(facts, "production_start")
    assert production.subject.code == "X540" and production.certainty == "reported"
    assert (production.earliest, production.latest) == (D(2027, 6, 1), D(2027, 6, 30))
    debut = one(facts, "premiere")
    assert debut.certainty == "speculative" and debut.subject.code == "X540"


def test_the_first_car_on_a_platform_it_stands_for_takes_the_platform_and_the_topic(builder):
    volvo = {"brand": "Volvo"}
    text = (
        "The XC40 sells well in Oulu. Then there is QX9, a chassis for vans. "
        "It debuts under the coming Osprey, an electric van. The van has a 76 kWh pack."
    )
    facts = run(
        builder,
        text,
        vehicles=[("XC40", "MODEL", volvo), ("QX9", "PLATFORM", {}), ("Osprey", "MODEL", volvo)],
        quantities=[("76 kWh", Measure(unit="kWh", dimension="energy", value=76), None)],
    )
    assert by_model(facts, "platform") == {("Osprey", "QX9")}
    assert by_model(facts, "battery_capacity") == {("Osprey", 76)}


def test_the_range_extender_model_is_the_trim_of_that_kind(builder):
    text = (
        "Volvo sells the Kestrel EV and the Kestrel EREV. The range-extender model costs €52,400."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("EREV", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=[("€52,400", eur(52400), None)],
    )
    assert by_variant(facts, "price") == {("EREV", 52400)}


def test_a_car_an_opening_phrase_names_is_the_anaphor_after_it(builder):
    text = (
        "Volvo sells the Kestrel in Oulu. Called the Kestrel EREV, the newcomer uses a "
        "60 kWh pack with a petrol generator."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("EREV", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=[("60 kWh", Measure(unit="kWh", dimension="energy", value=60), None)],
    )
    assert by_variant(facts, "battery_capacity") == {("EREV", 60)}


def test_a_leaked_document_reports_what_it_shows(builder):
    text = (
        "The Stelvio is built in Cassino. The slides show the Stelvio on the STLA Large platform, "
        "and the document puts its launch in early 2027."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Stelvio", "MODEL", {"brand": "Alfa Romeo"}),
            ("Stelvio", "MODEL", {"brand": "Alfa Romeo"}, 2),
            ("STLA Large", "PLATFORM", {}),
        ],
        dates=[("early 2027", Interval(D(2027, 1, 1), D(2027, 4, 30), "year", "start"))],
    )
    assert {f.predicate: f.certainty for f in facts} == {
        "production_site": "official",
        "platform": "reported",
        "market_launch": "reported",
    }


def test_a_denied_delay_leaves_the_event_standing(builder):
    kia = {"brand": "Kia"}
    y2027 = Interval(D(2027, 1, 1), D(2027, 12, 31), "year")
    text = "The EV2 will not be postponed and is still due for a 2027 launch."
    facts = run(builder, text, vehicles=[("EV2", "MODEL", kia)], dates=[("2027", y2027)])
    launch = one(facts, "market_launch")
    assert (launch.negated, launch.earliest) == (False, D(2027, 1, 1))
    # a denial of the event itself still denies it
    text = "The EV2 will not launch in 2027 after all."
    facts = run(builder, text, vehicles=[("EV2", "MODEL", kia)], dates=[("2027", y2027)])
    assert one(facts, "market_launch").negated


def test_what_a_car_comes_without_does_not_deny_its_launch(builder):
    may = Interval(D(2026, 5, 1), D(2026, 5, 31), "month")
    for text in (
        "A Kestrel without the hybrid system is launched in May.",
        "Volvo will add a Kestrel without all-wheel drive in May.",
    ):
        facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], dates=[("May", may)])
        launch = one(facts, "market_launch")
        assert (launch.negated, launch.earliest) == (False, D(2026, 5, 1)), text
    # a denial of the launch itself still denies it
    text = "Volvo has no plan to put the Kestrel on sale in May."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], dates=[("May", may)])
    assert one(facts, "market_launch").negated


def test_a_body_noun_after_the_first_name_keeps_the_pair_together(builder):
    kia = {"brand": "Kia"}
    autumn = Interval(D(2026, 9, 1), D(2026, 11, 30), "season")
    text = "The EV3 hatchback and the EV4 saloon will reach showrooms this autumn."
    facts = run(
        builder,
        text,
        vehicles=[("EV3", "MODEL", kia), ("EV4", "MODEL", kia)],
        dates=[("this autumn", autumn)],
    )
    assert by_model(facts, "market_launch") == {("EV3", None), ("EV4", None)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The first owners will take delivery of the EV2 in spring 2027.",
        "EV2 buyers are now due to receive their cars by spring 2027.",
    ],
)
def test_buyers_getting_their_cars_is_a_market_launch(builder, sentence):
    spring = Interval(D(2027, 3, 1), D(2027, 5, 31), "season")
    facts = run(
        builder,
        sentence,
        vehicles=[("EV2", "MODEL", {"brand": "Kia"})],
        dates=[("spring 2027", spring)],
    )
    assert one(facts, "market_launch").earliest == D(2027, 3, 1)


def test_a_generation_compound_gives_its_car_the_code(builder):
    text = "An E36-generation BMW M3 GT sold for £61,350 at the sale."
    facts = run(
        builder,
        text,
        vehicles=[
            ("E36", "MODEL_CODE", {"brand": "BMW", "model": "3 Series"}),
            ("BMW", "BRAND", {}),
            ("M3", "MODEL", {"brand": "BMW"}),
            ("GT", "VARIANT", {"brand": "BMW", "model": "M3"}),
        ],
        quantities=_figures("GBP", "currency", "£61,350"),
    )
    price = one(facts, "price")
    assert (price.subject.model, price.subject.variant, price.subject.code) == ("M3", "GT", "E36")
    # the code names the model's generation, not the trim
    code = one(facts, "model_code")
    assert (code.subject.model, code.subject.variant, code.value) == ("M3", None, "E36")


def test_a_sentence_opening_on_a_group_speaks_of_the_cars_named_before(builder):
    skoda = {"brand": "Skoda"}
    kwh = Measure(unit="kWh", dimension="energy", value=77)
    models = "Skoda sells the Elroq, the Enyaq and the Epiq in Europe. "
    named = [("Elroq", "MODEL", skoda), ("Enyaq", "MODEL", skoda), ("Epiq", "MODEL", skoda)]
    for sentence in ("All three use a 77 kWh pack.", "Each of them can take a 77 kWh pack."):
        facts = run(builder, models + sentence, vehicles=named, quantities=[("77 kWh", kwh, None)])
        assert by_model(facts, "battery_capacity") == {
            ("Elroq", 77),
            ("Enyaq", 77),
            ("Epiq", 77),
        }, sentence
    # the trims of one model, counted: the model's
    text = "Kia sells the EV9 in Air, Earth and GT-Line trims. All three trims use a 77 kWh pack."
    kia = {"brand": "Kia", "model": "EV9"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("EV9", "MODEL", {"brand": "Kia"}),
            ("Air", "VARIANT", kia),
            ("Earth", "VARIANT", kia),
            ("GT-Line", "VARIANT", kia),
        ],
        quantities=[("77 kWh", kwh, None)],
    )
    assert [(f.subject.model, f.subject.variant) for f in facts] == [("EV9", None)]


def test_the_predecessor_a_car_replaced_is_no_subject(builder):
    text = "The Temerario, codenamed LB634, replaced the Huracán and was unveiled in August 2024."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Temerario", "MODEL", {"brand": "Lamborghini"}),
            ("LB634", "MODEL_CODE", {"brand": "Lamborghini", "model": "Temerario"}),
            ("Huracán", "MODEL", {"brand": "Lamborghini"}),
        ],
        dates=[("August 2024", Interval(D(2024, 8, 1), D(2024, 8, 31), "month"))],
    )
    assert one(facts, "premiere").subject.model == "Temerario"


def test_a_plants_owner_does_not_end_the_articles_subject(builder):
    text = (
        "The EV5 goes on sale in Europe. Cars for Europe will be built at Kia's Gwangju plant. "
        "The ID. Polo is new. The electric supermini rides on MEB+ and is built in Martorell."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("EV5", "MODEL", {"brand": "Kia"}),
            ("Kia", "BRAND", {}),
            ("ID. Polo", "MODEL", {"brand": "Volkswagen"}),
            ("MEB+", "PLATFORM", {}),
        ],
    )
    assert by_model(facts, "production_site") == {("EV5", "Gwangju"), ("ID. Polo", "Martorell")}


def test_a_description_with_a_hyphenated_compound_continues_the_subject(builder):
    text = (
        "The ID. Polo is new. The front-wheel-drive supermini rides on MEB+ and is built in "
        "Martorell. The GranTurismo Folgore is faster. The three-motor grand tourer rides on "
        "the Giorgio platform."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("ID. Polo", "MODEL", {"brand": "Volkswagen"}),
            ("MEB+", "PLATFORM", {}),
            ("GranTurismo", "MODEL", {"brand": "Maserati"}),
            ("Folgore", "VARIANT", {"brand": "Maserati", "model": "GranTurismo"}),
            ("Giorgio", "PLATFORM", {}),
        ],
    )
    assert by_model(facts, "production_site") == {("ID. Polo", "Martorell")}
    platforms = {
        (f.subject.model, f.subject.variant, f.value) for f in facts if f.predicate == "platform"
    }
    # a compound description may stand for the trim named last, not only the model
    assert platforms == {("ID. Polo", None, "MEB+"), ("GranTurismo", "Folgore", "Giorgio")}


@pytest.mark.parametrize(
    "description",
    [
        "This electric SUV",
        "That crossover",
        "The brand's new flagship",
        "The 4.7-metre SUV",
        "The seven-seater",
    ],
)
def test_descriptions_opened_by_this_that_or_the_makers_possessive_continue_the_subject(
    builder, description
):
    facts = run(
        builder,
        f"Kia has revealed the EV4. {description} rides on the E-GMP platform.",
        vehicles=[
            ("Kia", "BRAND", {}),
            ("EV4", "MODEL", {"brand": "Kia"}),
            ("E-GMP", "PLATFORM", {}),
        ],
    )
    assert by_model(facts, "platform") == {("EV4", "E-GMP")}


def test_a_platform_sharer_is_not_where_the_car_is_built(builder):
    text = "The Bigster shares the CMF-B platform with the Duster and is built in Mioveni."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Bigster", "MODEL", {"brand": "Dacia"}),
            ("CMF-B", "PLATFORM", {}),
            ("Duster", "MODEL", {"brand": "Dacia"}),
        ],
    )
    assert one(facts, "production_site").subject.model == "Bigster"
    # ... and both ride on the platform
    platforms = by_model(facts, "platform")
    assert platforms == {("Bigster", "CMF-B"), ("Duster", "CMF-B")}


def test_the_makers_own_claim_is_official(builder):
    text = (
        "The 849 Testarossa is new. Ferrari claims 0-100 km/h in 2.3 seconds. Its top speed is "
        "claimed to be 330 km/h, it says."
    )
    facts = run(
        builder,
        text,
        vehicles=[("849 Testarossa", "MODEL", {"brand": "Ferrari"}), ("Ferrari", "BRAND", {})],
        quantities=[
            ("2.3 seconds", secs(2.3), None),
            ("330 km/h", Measure(unit="km/h", dimension="speed", value=330), None),
        ],
    )
    assert one(facts, "acceleration").certainty == "official"
    assert one(facts, "top_speed").certainty == "reported"


def test_would_in_reported_speech_and_a_claimed_figure_are_official(builder):
    text = (
        "BYD said its factory would start series production of the Dolphin Surf in late 2026. "
        "A 55 kWh battery gives it a claimed 430 km. The Surf would suit cities, critics think."
    )
    facts = run(
        builder,
        text,
        vehicles=[("BYD", "BRAND", {}), ("Dolphin Surf", "MODEL", {"brand": "BYD"})],
        quantities=[
            ("55 kWh", Measure(unit="kWh", dimension="energy", value=55), None),
            ("430 km", Measure(unit="km", dimension="length", value=430), None),
        ],
        dates=[("late 2026", Interval(D(2026, 9, 1), D(2026, 12, 31), "year", "end"))],
    )
    assert {f.predicate: f.certainty for f in facts} == {
        "production_start": "official",
        "battery_capacity": "official",
        "range": "official",
    }


def test_a_report_after_and_speaks_for_its_own_statement_only(builder):
    text = (
        "The Urban Cruiser starts at £31,995 and, according to a report, will reach dealers in "
        "Japan next spring. My best session, at a 150 kW motorway charger, took 49 minutes."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Urban Cruiser", "MODEL", {"brand": "Toyota"})],
        quantities=[
            ("£31,995", Measure(unit="GBP", dimension="currency", value=31995), None),
            ("150 kW", Measure(unit="kW", dimension="power", value=150), None),
            ("49 minutes", Measure(unit="min", dimension="time", value=49), None),
        ],
        dates=[("next spring", Interval(D(2027, 3, 1), D(2027, 5, 31), "season"))],
    )
    assert one(facts, "price").certainty == "official"
    assert one(facts, "market_launch").certainty == "reported"
    # the charger's power is no fact of the car
    assert [f for f in facts if f.predicate in ("power", "charging_power")] == []


def test_general_statements_do_not_attach_to_the_current_vehicle(builder):
    text = (
        "The Renault 5 sells well. Most makers give a car a facelift after four years. "
        "Every now and then a vehicle skips the facelift entirely. Renault's cheaper cars will "
        "switch to front-wheel drive."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Renault 5", "MODEL", {"brand": "Renault"}), ("Renault", "BRAND", {}, 2)],
    )
    assert facts == []
    # a plant's car assembly in general is no car's
    text = "The Renault 5 is built in Douai. Later there will be no car assembly at Flins at all."
    facts = run(builder, text, vehicles=[("Renault 5", "MODEL", {"brand": "Renault"})])
    assert [(f.value, f.negated) for f in facts] == [("Douai", False)]


def test_cars_named_as_what_something_is_for_leave_the_sentence_the_current_cars(builder):
    # "vehicles" as the object of "for" is no general subject: the range is the Kestrel's
    text = (
        "Volvo has started selling the Kestrel in Oulu.\n\n"
        "A pack good for 173 km of range fits in the Kemi test meant for small vehicles."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=[("173 km", km(173), None)],
    )
    assert [(f.subject.model, f.predicate, f.value) for f in facts] == [("Kestrel", "range", 173)]


def test_a_fronted_temporal_clauses_car_is_what_the_main_clauses_pronoun_is(builder):
    text = (
        "Volvo builds the Kestrel in Oulu.\n\n"
        "Until the Osprey comes on stream in Oulu, buyers will keep receiving it from Kemi. "
        "It costs €30,990."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
        ],
        quantities=_euros("€30,990"),
    )
    assert [(f.subject.model, f.value) for f in facts if f.predicate == "price"] == [
        ("Osprey", 30990)
    ]


def test_a_trim_opening_the_clause_after_a_semicolon_is_the_new_topic(builder):
    text = (
        "Volvo Kestrel Ultra revealed\n\n"
        "The regular Kestrel makes 400 kW; in the Ultra, combined output rises to 450 kW in all. "
        "The newcomer weighs 1,690 kg."
    )
    ultra = {"brand": "Volvo", "model": "Kestrel"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", ultra),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("Ultra", "VARIANT", ultra, 2),
            ("Volvo", "BRAND", {}),
        ],
        quantities=[
            ("400 kW", Measure(unit="kW", dimension="power", value=400), None),
            ("450 kW", Measure(unit="kW", dimension="power", value=450), None),
            ("1,690 kg", Measure(unit="kg", dimension="mass", value=1690), None),
        ],
    )
    assert [(f.subject.variant, f.value) for f in facts] == [
        (None, 400),
        ("Ultra", 450),
        ("Ultra", 1690),
    ]


def test_the_trim_a_car_arrives_as_is_what_the_next_figures_are_of(builder):
    text = (
        "Volvo has delayed the Kestrel.\n\n"
        "The newcomer launches as the three-motor Ultra. Volvo quotes 480 hp in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Volvo", "BRAND", {}, 2),
        ],
        quantities=[("480 hp", Measure(unit="hp", dimension="power", value=480), None)],
    )
    assert [(f.subject.variant, f.value) for f in facts if f.predicate == "power"] == [
        ("Ultra", 480)
    ]


def test_both_and_a_makers_plural_name_are_that_makers_two_cars_named_before(builder):
    text = (
        "Honda aims the Civic at the Volvo Kestrel and its Osprey twin. "
        "According to Oulu dealers, both Volvos are to be facelifted in Kemi next spring."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Honda", "BRAND", {}),
            ("Civic", "MODEL", {"brand": "Honda"}),
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
            ("Volvos", "BRAND", {"normalized": "Volvo"}),
        ],
        dates=[("next spring", Interval(D(2027, 3, 1), D(2027, 5, 31), "season"))],
    )
    assert [(f.subject.model, f.predicate) for f in facts] == [
        ("Kestrel", "facelift"),
        ("Osprey", "facelift"),
    ]


def test_a_figure_the_maker_gives_after_both_is_the_pairs_too(builder):
    text = (
        "Volvo sells the Kestrel as the Core and the Ultra. Both carry a 69 kWh pack in Oulu, "
        "and Volvo quotes 27 minutes at a Kemi fast charger."
    )
    trim = {"brand": "Volvo", "model": "Kestrel"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", trim),
            ("Ultra", "VARIANT", trim),
            ("Volvo", "BRAND", {}, 2),
        ],
        quantities=[
            ("69 kWh", Measure(unit="kWh", dimension="energy", value=69), None),
            ("27 minutes", Measure(unit="min", dimension="time", value=27), None),
        ],
    )
    assert sorted((f.subject.variant or "", f.predicate) for f in facts) == [
        ("Core", "battery_capacity"),
        ("Core", "charging_time"),
        ("Ultra", "battery_capacity"),
        ("Ultra", "charging_time"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Volvo makes four-wheel drive standard on the Ultra in Oulu.",
        "In Oulu, Volvo will not sell the Kestrel with AWD in Ultra trim.",
    ],
)
def test_a_drive_placed_on_a_trim_is_the_trims(builder, sentence):
    text = f"Volvo sells the Kestrel in Core and Ultra trims. {sentence}"
    trim = {"brand": "Volvo", "model": "Kestrel"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", trim),
            ("Ultra", "VARIANT", trim),
            ("Ultra", "VARIANT", trim, 2),
        ],
    )
    assert [(f.subject.variant, f.predicate) for f in facts] == [("Ultra", "drivetrain")]


def test_each_date_goes_to_the_vehicle_named_before_it(builder):
    text = "The lineup is set to expand with the EV4 later this year and the EV2 in 2027."
    facts = run(
        builder,
        text,
        vehicles=[("EV4", "MODEL", {"brand": "Kia"}), ("EV2", "MODEL", {"brand": "Kia"})],
        dates=[
            ("later this year", Interval(D(2026, 3, 1), D(2026, 12, 31), "year", "after")),
            ("2027", Interval(D(2027, 1, 1), D(2027, 12, 31), "year")),
        ],
    )
    launches = {
        f.subject.model: (f.earliest, f.latest) for f in facts if f.predicate == "market_launch"
    }
    assert launches == {
        "EV4": (D(2026, 3, 1), D(2026, 12, 31)),
        "EV2": (D(2027, 1, 1), D(2027, 12, 31)),
    }


def test_restated_claim_merges_with_most_cautious_certainty(builder):
    text = (
        "The G99 will be an MMA model. Sources say the revamped 1 Series is believed to be a "
        "full MMA product."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("G99", "MODEL_CODE", {"brand": "BMW", "model": "1 Series"}),
            ("MMA", "PLATFORM", {}),
            ("1 Series", "MODEL", {"brand": "BMW", "generation": "next", "code": None}),
            ("MMA", "PLATFORM", {}, 2),
        ],
    )
    platform = [f for f in facts if f.predicate == "platform"]
    assert len(platform) == 1
    assert platform[0].certainty == "speculative" and len(platform[0].more_evidence) == 1


def test_figures_pick_predicates_from_unit_and_cues(builder):
    text = (
        "The Polestar 4 offers 400 kW and 686 Nm, charges at up to 200 kW, and tops out at "
        "200 km/h on a closed road. A 10-80 percent top-up takes 30 minutes, and the 0-100 km/h "
        "sprint takes 3.8 seconds. It costs €62,000."
    )
    q = [
        ("400 kW", Measure(unit="kW", dimension="power", value=400), None),
        ("686 Nm", Measure(unit="Nm", dimension="torque", value=686), None),
        ("200 kW", Measure(unit="kW", dimension="power", value=200, bound="up_to"), None),
        ("200 km/h", Measure(unit="km/h", dimension="speed", value=200), None),
        ("30 minutes", Measure(unit="min", dimension="time", value=30), None),
        ("3.8 seconds", secs(3.8), None),
        ("€62,000", Measure(unit="EUR", dimension="currency", value=62000), None),
    ]
    facts = run(
        builder, text, vehicles=[("Polestar 4", "MODEL", {"brand": "Polestar"})], quantities=q
    )
    got = {(f.predicate, f.value) for f in facts}
    assert {
        ("power", 400),
        ("torque", 686),
        ("top_speed", 200),
        ("price", 62000),
        ("acceleration", 3.8),
        ("charging_time", 30),
    } <= got
    # "charges at up to 200 kW": the clause starting at the comma is about charging
    charging = [f for f in facts if f.predicate == "charging_power"]
    assert [(f.value, f.qualifiers.get("bound")) for f in charging] == [(200, "up_to")]
    accel = one(facts, "acceleration")
    assert accel.qualifiers["sprint"] == "0-100 km/h"


def test_a_code_set_off_after_the_plain_name_is_the_car_on_sale(builder):
    def platform_code(opening):
        text = (
            f"{opening}, known internally as K50, is built at Oulu. The next-generation "
            "Kestrel moves to the SPA3 platform."
        )
        facts = run(
            builder,
            text,
            vehicles=[
                ("Kestrel", "MODEL", {"brand": "Volvo"}),
                ("K50", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}),
                ("Kestrel", "MODEL", {"brand": "Volvo", "generation": "next"}, 2),
                ("SPA3", "PLATFORM", {}),
            ],
        )
        return one(facts, "platform").subject.code

    # "The Kestrel, known as K50, is built ...": K50 is the car on sale, not its successor
    assert platform_code("The Kestrel") is None
    # a car described as new ("its electric Kestrel, known as K50") is the next generation
    assert platform_code("Volvo says its electric Kestrel") == "K50"


def test_successor_of(builder):
    text = "The new Q3 will replace the current Q3 (F3) next year."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Q3", "MODEL", {"brand": "Audi", "generation": "next"}),
            ("Q3", "MODEL", {"brand": "Audi", "generation": "current", "code": "F3"}, 2),
            ("F3", "MODEL_CODE", {"brand": "Audi", "model": "Q3"}),
        ],
    )
    successor = one(facts, "successor_of")
    assert successor.subject.generation == "next" and successor.value == "Audi Q3"


@pytest.mark.parametrize(
    "text",
    [
        "Kia brings the EV3 to Spain, with the car taking over from the Soul EV there.",
        "In Spain the EV3 takes the place of the Soul EV.",
    ],
)
def test_taking_over_or_taking_the_place_of_is_succeeding(builder, text):
    kia = {"brand": "Kia"}
    facts = run(builder, text, vehicles=[("EV3", "MODEL", kia), ("Soul EV", "MODEL", kia)])
    successor = one(facts, "successor_of")
    assert (successor.subject.model, successor.value) == ("EV3", "Kia Soul EV")


def test_an_appositive_naming_a_cars_replacement_describes_the_car_before_it(builder):
    text = "For more room, the Kia EV3, the Soul EV's natural replacement, costs £30,715."
    kia = {"brand": "Kia"}
    facts = run(
        builder,
        text,
        vehicles=[("Kia", "BRAND", {}), ("EV3", "MODEL", kia), ("Soul EV", "MODEL", kia)],
    )
    successor = one(facts, "successor_of")
    assert (successor.subject.model, successor.value) == ("EV3", "Kia Soul EV")


def test_a_trim_keeps_the_body_the_vehicle_stage_gave_it_over_the_aside_just_named(builder):
    # the vehicle stage tied the Core to the Kestrel the story is on; the estate named last,
    # in passing, is not the trim's car
    text = (
        "Volvo has cut the Kestrel's prices in Chile. The Kestrel Estate follows in May.\n\n"
        "The Core now costs €39,870, and it keeps its wheels."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Kestrel Estate", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel", "story_body": True}),
        ],
        quantities=_euros("€39,870"),
    )
    prices = [(f.subject.model, f.subject.variant) for f in facts if f.predicate == "price"]
    assert prices == [("Kestrel", "Core")]


def test_a_trim_is_not_of_the_car_its_sentence_compares_with(builder):
    text = (
        "First to arrive is the e-408. With parts shared with the Jeep Compass, the SUV "
        "comes in Long Range form. The Long Range makes 230 hp."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("e-408", "MODEL", {"brand": "Peugeot"}),
            ("Jeep", "BRAND", {}),
            ("Compass", "MODEL", {"brand": "Jeep"}),
            ("Long Range", "VARIANT", {"brand": "Jeep", "model": "Compass"}),
            ("Long Range", "VARIANT", {"brand": "Jeep", "model": "Compass"}, 2),
        ],
        quantities=_figures("hp", "power", "230 hp"),
    )
    power = one(facts, "power")
    assert (power.subject.model, power.subject.variant) == ("e-408", "Long Range")


def test_production_site(builder):
    text = (
        "The EX30 will be built in Ghent from next year. Polestar will not build the Polestar 4 "
        "in Europe. The Busan plant assembles the Polestar 4 for Korea."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("EX30", "MODEL", {"brand": "Volvo"}),
            ("Polestar", "BRAND", {}),
            ("Polestar 4", "MODEL", {"brand": "Polestar"}),
            ("Polestar 4", "MODEL", {"brand": "Polestar"}, 2),
        ],
        dates=[("next year", Interval(D(2027, 1, 1), D(2027, 12, 31), "year"))],
    )
    sites = {
        (f.subject.model, f.value, f.negated) for f in facts if f.predicate == "production_site"
    }
    assert sites == {
        ("EX30", "Ghent", False),
        ("Polestar 4", "Europe", True),
        ("Polestar 4", "Busan", False),
    }
    # a country is no site; saying where it is not built still says something
    facts = run(
        builder,
        "Leapmotor builds the B10 in Spain.",
        vehicles=[("Leapmotor", "BRAND", {}), ("B10", "MODEL", {"brand": "Leapmotor"})],
    )
    assert not [f for f in facts if f.predicate == "production_site"]


def test_comparisons_and_reporting_dates_are_not_claims(builder):
    text = (
        "Nissan will start building the Leaf in Sunderland in spring 2026, the company said on "
        "Tuesday. The Micra, a sister car to the Renault 5, goes on sale this autumn."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Nissan", "BRAND", {}),
            ("Leaf", "MODEL", {"brand": "Nissan"}),
            ("Micra", "MODEL", {"brand": "Nissan"}),
            ("Renault 5", "MODEL", {"brand": "Renault"}),
        ],
        dates=[
            ("spring 2026", Interval(D(2026, 3, 1), D(2026, 5, 31), "season")),
            ("Tuesday", Interval(D(2025, 9, 9), D(2025, 9, 9), "day")),
            ("this autumn", Interval(D(2025, 9, 1), D(2025, 11, 30), "season")),
        ],
    )
    events = {(f.subject.model, f.predicate, f.earliest) for f in facts if f.earliest}
    assert events == {
        ("Leaf", "production_start", D(2026, 3, 1)),
        ("Micra", "market_launch", D(2025, 9, 1)),
    }
    assert ("Leaf", "production_site", "Sunderland") in {
        (f.subject.model, f.predicate, f.value) for f in facts
    }
    # "today announced that ...": when it was said, before the verb too
    facts = run(
        builder,
        "Nissan today announced that the Leaf goes on sale in Japan.",
        vehicles=[("Nissan", "BRAND", {}), ("Leaf", "MODEL", {"brand": "Nissan"})],
        dates=[("today", Interval(D(2025, 9, 9), D(2025, 9, 9), "day"))],
    )
    assert [f for f in facts if f.earliest] == []


def test_coordination_needs_and_within_the_clause(builder):
    text = (
        "Unlike the larger EV9, the EV5 charges at up to 102 kW on fast chargers. "
        "Both the EV3 and the EV4 are built in Gwangmyeong."
    )
    vehicles = [(name, "MODEL", {"brand": "Kia"}) for name in ("EV9", "EV5", "EV3", "EV4")]
    q = [("102 kW", Measure(unit="kW", dimension="power", value=102, bound="up_to"), None)]
    facts = run(builder, text, vehicles=vehicles, quantities=q)
    charging = {f.subject.model for f in facts if f.predicate == "charging_power"}
    sites = {f.subject.model for f in facts if f.predicate == "production_site"}
    assert charging == {"EV5"}
    assert sites == {"EV3", "EV4"}


def test_compared_vehicles_and_continuing_production(builder):
    text = (
        "The new GLA will be built on the MMA platform, like the new CLA. The outgoing GLA will "
        "remain in production at Rastatt until the end of 2026."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GLA", "MODEL", {"brand": "Mercedes-Benz", "generation": "next"}),
            ("MMA", "PLATFORM", {}),
            ("CLA", "MODEL", {"brand": "Mercedes-Benz", "generation": "next"}),
            ("GLA", "MODEL", {"brand": "Mercedes-Benz", "generation": "previous"}, 2),
        ],
        dates=[("until the end of 2026", Interval(None, D(2026, 12, 31), "year", "before"))],
    )
    platform = one(facts, "platform")
    assert (platform.subject.model, platform.subject.generation) == ("GLA", "next")
    assert not [f for f in facts if f.predicate == "production_start"]
    site = one(facts, "production_site")
    assert (site.value, site.subject.generation) == ("Rastatt", "previous")


def test_a_maker_quoting_figures_does_not_block_the_subject(builder):
    text = (
        "Prices for the Puma Gen-E start at £29,995 for the Style trim. Both trims use a "
        "43 kWh battery, and Ford quotes a WLTP range of up to 376 km on a charge."
    )
    q = [
        ("£29,995", Measure(unit="GBP", dimension="currency", value=29995), None),
        ("43 kWh", Measure(unit="kWh", dimension="energy", value=43), None),
        ("376 km", Measure(unit="km", dimension="length", value=376, bound="up_to"), None),
    ]
    facts = run(
        builder,
        text,
        vehicles=[
            ("Puma Gen-E", "MODEL", {"brand": "Ford"}),
            ("Style", "VARIANT", {"brand": "Ford", "model": "Puma Gen-E"}),
            ("Ford", "BRAND", {}),
        ],
        quantities=q,
    )
    got = {(f.predicate, f.subject.model, f.subject.variant) for f in facts}
    assert ("price", "Puma Gen-E", "Style") in got
    # "Both trims": the model, not the trim named last
    assert ("battery_capacity", "Puma Gen-E", None) in got
    assert ("range", "Puma Gen-E", None) in got


def test_code_named_apart_from_its_model_in_one_sentence(builder):
    text = "The current X3, or G45, went on sale in late 2024."
    facts = run(
        builder,
        text,
        vehicles=[
            ("X3", "MODEL", {"brand": "BMW", "generation": "current"}),
            ("G45", "MODEL_CODE", {"brand": "BMW", "model": "X3"}),
        ],
    )
    code = one(facts, "model_code")
    assert (code.subject.model, code.value, code.subject.generation) == ("X3", "G45", "current")


def test_platform_named_as_the_alternative_is_denied(builder):
    text = "The Taycan rides on the J1 platform rather than PPE."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Taycan", "MODEL", {"brand": "Porsche"}),
            ("J1", "PLATFORM", {}),
            ("PPE", "PLATFORM", {}),
        ],
    )
    platforms = {(f.value, f.negated) for f in facts if f.predicate == "platform"}
    assert platforms == {("J1", False), ("PPE", True)}


def test_relative_clause_is_about_its_antecedent(builder):
    text = (
        "Unlike the base Taycan, which drives only its rear wheels, the Turbo S won't be offered "
        "with rear-wheel drive. The 911 went on sale in 2019 and got a facelift in 2024, when "
        "the Carrera GTS gained a hybrid."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Taycan", "MODEL", {"brand": "Porsche"}),
            ("Turbo S", "VARIANT", {"brand": "Porsche", "model": "Taycan"}),
            ("911", "MODEL", {"brand": "Porsche"}),
            ("Carrera GTS", "VARIANT", {"brand": "Porsche", "model": "911"}),
        ],
        dates=[
            ("2019", Interval(D(2019, 1, 1), D(2019, 12, 31), "year")),
            ("2024", Interval(D(2024, 1, 1), D(2024, 12, 31), "year")),
        ],
    )
    drives = {(f.subject.variant, f.value, f.negated) for f in facts if f.predicate == "drivetrain"}
    assert drives == {(None, "RWD", False), ("Turbo S", "RWD", True)}
    # ", when ..." opens a clause of its own: the dates before it stay with the 911
    events = {(f.predicate, f.subject.variant) for f in facts if f.earliest}
    assert events == {("market_launch", None), ("facelift", None)}


def launches_in(builder, text, vehicle, date):
    """The number of market launches read from a text naming one model and one date."""
    model, brand = vehicle
    facts = run(builder, text, vehicles=[(model, "MODEL", {"brand": brand})], dates=[date])
    return len([f for f in facts if f.predicate == "market_launch"])


def kw(v):
    return Measure(unit="kW", dimension="power", value=v)


def eur(v):
    return Measure(unit="EUR", dimension="currency", value=v)


def secs(v):
    return Measure(unit="s", dimension="time", value=v)


def test_an_appositive_describes_the_vehicle_before_it(builder):
    text = (
        "The Enyaq RS, the only Enyaq with all-wheel drive, produces 220 kW in all. "
        "The Arona, the production version of the Tavascan concept, will start at €30,000."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Enyaq", "MODEL", {"brand": "Skoda"}),
            ("RS", "VARIANT", {"brand": "Skoda", "model": "Enyaq"}),
            ("Enyaq", "MODEL", {"brand": "Skoda"}, 2),
            ("Arona", "MODEL", {"brand": "Seat"}),
            ("Tavascan", "MODEL", {"brand": "Cupra"}),
        ],
        quantities=[("220 kW", kw(220), None), ("€30,000", eur(30000), None)],
    )
    got = {(f.predicate, f.subject.model, f.subject.variant) for f in facts}
    assert ("power", "Enyaq", "RS") in got
    assert ("drivetrain", "Enyaq", "RS") in got
    assert ("price", "Arona", None) in got
    assert not {g for g in got if g[1] == "Tavascan"}


def test_a_code_stated_in_apposition_goes_to_what_it_describes(builder):
    text = (
        "The Tucson, known internally as NX4, found 9,000 buyers in June. Kia is readying the "
        "EV2. The small crossover, which insiders say carries the code SV2, could cost €28,000. "
        "Its range might reach 400 km."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Tucson", "MODEL", {"brand": "Hyundai"}),
            ("NX4", "MODEL_CODE", {"brand": "Hyundai", "model": "Tucson"}),
            ("Kia", "BRAND", {}),
            ("EV2", "MODEL", {"brand": "Kia"}),
            ("SV2", "MODEL_CODE", {"brand": "Kia", "model": "EV2"}),
        ],
        quantities=[
            ("9,000 buyers", Measure(unit="buyer", dimension="count", value=9000), None),
            ("€28,000", eur(28000), None),
            ("400 km", km(400), None),
        ],
    )
    got = {(f.predicate, f.subject.model, f.subject.code, f.certainty) for f in facts}
    assert ("sales", "Tucson", "NX4", "official") in got
    assert ("model_code", "Tucson", "NX4", "official") in got
    assert ("price", "EV2", "SV2", "speculative") in got
    assert ("model_code", "EV2", "SV2", "reported") in got
    assert ("range", "EV2", "SV2", "speculative") in got


def test_hedges_and_sources_do_not_reach_back_over_a_coordinated_verb(builder):
    text = (
        "The Kona Electric uses a 65 kWh battery and is expected to cost €40,000. "
        "The Kona is built in Ulsan, and sources say the Inster could be added to that line."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kona Electric", "MODEL", {"brand": "Hyundai"}),
            ("Kona", "MODEL", {"brand": "Hyundai"}, 2),
            ("Inster", "MODEL", {"brand": "Hyundai"}),
        ],
        quantities=[
            ("65 kWh", Measure(unit="kWh", dimension="energy", value=65), None),
            ("€40,000", eur(40000), None),
        ],
    )
    certainty = {f.predicate: f.certainty for f in facts if f.subject.model != "Inster"}
    assert certainty == {
        "battery_capacity": "official",
        "price": "speculative",
        "production_site": "official",
    }


def test_event_words_that_count_or_plan_are_not_events(builder):
    text = (
        "Gravity deliveries reached 4,100 units in the fourth quarter. The EV6 was originally "
        "due for a facelift in 2028; the refresh is now said to arrive in March 2027. "
        "The EV6 facelift comes early. Its EPA-estimated range is 300 miles."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Gravity", "MODEL", {"brand": "Lucid"}),
            ("EV6", "MODEL", {"brand": "Kia"}),
            ("EV6", "MODEL", {"brand": "Kia"}, 2),
        ],
        quantities=[
            ("4,100 units", Measure(unit="unit", dimension="count", value=4100), None),
            ("300 miles", mi(300), None),
        ],
        dates=[
            ("the fourth quarter", Interval(D(2025, 10, 1), D(2025, 12, 31), "quarter")),
            ("2028", Interval(D(2028, 1, 1), D(2028, 12, 31), "year")),
            ("March 2027", Interval(D(2027, 3, 1), D(2027, 3, 31), "month")),
        ],
    )
    assert not [f for f in facts if f.subject.model == "Gravity" and f.predicate != "sales"]
    # the planned date is superseded; the refresh arriving is the facelift, and the undated
    # headline-style mention is the same claim
    facelift = one([f for f in facts if f.subject.model == "EV6"], "facelift")
    assert (facelift.earliest, facelift.certainty) == (D(2027, 3, 1), "reported")
    assert len(facelift.more_evidence) == 1
    assert one(facts, "range").certainty == "official"


def test_modifiers_previous_values_and_parts(builder):
    text = (
        "Rivian sells the R2 from $45,000, starting with the dual-motor Launch Edition. "
        "The single-motor Long Range AWD manages 300 miles, up from 280 miles. "
        "The company delivered 25,000 vehicles in June, most of them R1S models."
    )
    r2 = {"brand": "Rivian", "model": "R2"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Rivian", "BRAND", {}),
            ("R2", "MODEL", {"brand": "Rivian"}),
            ("Launch Edition", "VARIANT", r2),
            ("Long Range AWD", "VARIANT", r2),
            ("R1S", "MODEL", {"brand": "Rivian"}),
        ],
        quantities=[
            ("$45,000", Measure(unit="USD", dimension="currency", value=45000), None),
            ("300 miles", mi(300), None),
            ("280 miles", mi(280), None),
            ("25,000 vehicles", Measure(unit="vehicle", dimension="count", value=25000), None),
        ],
    )
    got = {(f.predicate, f.subject.variant, f.value) for f in facts}
    # "the dual-motor Launch Edition": the modifier describes the variant after it
    assert ("motor_count", "Launch Edition", 2) in got
    # "Long Range AWD" is a name: its AWD states no drivetrain; 280 miles is the old figure
    assert ("range", "Long Range AWD", 300) in got
    assert ("motor_count", "Long Range AWD", 1) in got
    assert not [g for g in got if g[0] == "drivetrain" or g[2] == 280]
    # the company's deliveries are not the R1S's, nor the R2's
    assert not [f for f in facts if f.predicate == "sales"]


def test_clause_boundaries_limit_negation_and_hedges(builder):
    text = (
        "Planners are not stopping there: a Sorento facelift is due in 2027. "
        "The Ray will not receive a facelift before it is retired by 2029, the same report says. "
        "According to a report, the Niro could cost €30,000 and won't be offered with "
        "all-wheel drive."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Sorento", "MODEL", {"brand": "Kia"}),
            ("Ray", "MODEL", {"brand": "Kia"}),
            ("Niro", "MODEL", {"brand": "Kia"}),
        ],
        quantities=[("€30,000", eur(30000), None)],
        dates=[
            ("2027", Interval(D(2027, 1, 1), D(2027, 12, 31), "year")),
            ("by 2029", Interval(None, D(2029, 12, 31), "year", "before")),
        ],
    )
    got = {
        (f.subject.model, f.predicate, f.negated, f.certainty, f.earliest, f.latest) for f in facts
    }
    assert got == {
        ("Sorento", "facelift", False, "official", D(2027, 1, 1), D(2027, 12, 31)),
        # the retirement date is not the facelift's; the report covers the whole statement
        ("Ray", "facelift", True, "reported", None, None),
        ("Niro", "price", False, "speculative", None, None),
        ("Niro", "drivetrain", True, "reported", None, None),
    }


def test_chargers_unnamed_newcomers_and_names_are_not_the_subject(builder):
    text = (
        "The Land Cruiser charges in 30 minutes at a 150 kW charger. "
        "An electric off-roader from the brand is due in 2029. "
        "The Land Cruiser was refreshed in 2024 and gained a new trim in 2025."
    )
    lc = {"brand": "Toyota"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Land Cruiser", "MODEL", lc),
            ("Land Cruiser", "MODEL", lc, 2),
        ],
        quantities=[
            ("30 minutes", Measure(unit="min", dimension="time", value=30), None),
            ("150 kW", kw(150), None),
        ],
        dates=[
            ("2029", Interval(D(2029, 1, 1), D(2029, 12, 31), "year")),
            ("2024", Interval(D(2024, 1, 1), D(2024, 12, 31), "year")),
            ("2025", Interval(D(2025, 1, 1), D(2025, 12, 31), "year")),
        ],
    )
    got = {(f.predicate, f.value, f.earliest) for f in facts}
    # the charger's power is not the car's; "Land" is no landing; the newcomer is unnamed;
    # the facelift word belongs to the date next to it, not to the later one
    assert got == {
        ("charging_time", 30, None),
        ("facelift", None, D(2024, 1, 1)),
    }


def test_variant_named_before_its_model(builder):
    text = "In Ultra trim the EX30 costs from €45,990 in Germany."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "EX30"}),
            ("EX30", "MODEL", {"brand": "Volvo"}),
        ],
        quantities=[("€45,990", eur(45990), None)],
    )
    price = one(facts, "price")
    assert (price.subject.model, price.subject.variant) == ("EX30", "Ultra")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Q4 e-tron rides on MEB, which sits under today's ID.3 and ID.4.",
        "The Q4 e-tron rides on MEB, the base shared by the ID.3 and ID.4.",
    ],
)
def test_the_cars_a_platform_sits_under_have_it(builder, sentence):
    facts = run(
        builder,
        sentence,
        vehicles=[
            ("Q4 e-tron", "MODEL", {"brand": "Audi"}),
            ("MEB", "PLATFORM", {}),
            ("ID.3", "MODEL", {"brand": "Volkswagen"}),
            ("ID.4", "MODEL", {"brand": "Volkswagen"}),
        ],
    )
    platforms = by_model(facts, "platform")
    assert {("ID.3", "MEB"), ("ID.4", "MEB")} <= platforms


def test_a_car_named_with_a_possessive_before_a_platform_has_it(builder):
    facts = run(
        builder,
        "The 600e and the Junior share the Avenger's e-CMP platform.",
        vehicles=[
            ("600e", "MODEL", {"brand": "Fiat"}),
            ("Junior", "MODEL", {"brand": "Alfa Romeo"}),
            ("Avenger", "MODEL", {"brand": "Jeep"}),
            ("e-CMP", "PLATFORM", {}),
        ],
    )
    platforms = by_model(facts, "platform")
    assert platforms == {("600e", "e-CMP"), ("Junior", "e-CMP"), ("Avenger", "e-CMP")}


def test_a_platform_based_compound_gives_the_cars_after_it_their_platform(builder):
    vw = {"brand": "Volkswagen"}
    text = "Zwickau paints bodies for the MEB-based compact ID.3 and ID.5 every day."
    facts = run(
        builder,
        text,
        vehicles=[("ID.3", "MODEL", vw), ("ID.5", "MODEL", vw), ("MEB", "PLATFORM", {})],
    )
    assert by_model(facts, "platform") == {("ID.3", "MEB"), ("ID.5", "MEB")}
    # a car named further on is not what the compound describes
    text = "An MEB-based model will join the ID.3 next year."
    facts = run(builder, text, vehicles=[("ID.3", "MODEL", vw), ("MEB", "PLATFORM", {})])
    assert by_model(facts, "platform") == set()


def test_the_car_a_platform_is_the_same_as_has_it(builder):
    facts = run(
        builder,
        "The Trailseeker rides on the same e-TNGA platform as the bZ4X does.",
        vehicles=[
            ("Trailseeker", "MODEL", {"brand": "Subaru"}),
            ("e-TNGA", "PLATFORM", {}),
            ("bZ4X", "MODEL", {"brand": "Toyota"}),
        ],
    )
    platforms = by_model(facts, "platform")
    assert platforms == {("Trailseeker", "e-TNGA"), ("bZ4X", "e-TNGA")}


def test_platform_shared_with_listed_vehicles_and_production_from_a_date(builder):
    text = (
        "The J250 rides on TNGA-F, the body-on-frame platform Toyota also uses for the "
        "Land Cruiser 300, the Tacoma and the Tundra. "
        "The Epiq rides on MEB Entry, the front-wheel-drive version of the MEB architecture. "
        "A long-wheelbase Tacoma will be built in Baja from mid-2026."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("J250", "MODEL_CODE", {"brand": "Toyota", "model": "Land Cruiser"}),
            ("TNGA-F", "PLATFORM", {}),
            ("Toyota", "BRAND", {}),
            ("Land Cruiser 300", "MODEL", {"brand": "Toyota"}),
            ("Tacoma", "MODEL", {"brand": "Toyota"}),
            ("Tundra", "MODEL", {"brand": "Toyota"}),
            ("Epiq", "MODEL", {"brand": "Skoda"}),
            ("MEB Entry", "PLATFORM", {}),
            ("MEB", "PLATFORM", {}, 2),
            ("Tacoma", "MODEL", {"brand": "Toyota"}, 2),
        ],
        dates=[("mid-2026", Interval(D(2026, 5, 1), D(2026, 8, 31), "year", "mid"))],
    )
    platforms = by_model(facts, "platform")
    assert platforms == {
        ("Land Cruiser", "TNGA-F"),
        ("Land Cruiser 300", "TNGA-F"),
        ("Tacoma", "TNGA-F"),
        ("Tundra", "TNGA-F"),
        ("Epiq", "MEB Entry"),
    }
    start = one(facts, "production_start")
    assert (start.subject.model, start.earliest) == ("Tacoma", D(2026, 5, 1))


def test_both_refers_to_the_two_vehicles_just_named(builder):
    text = (
        "The EV5 Long Range covers 500 km, while the Standard Range manages 400 km. "
        "Both use a single 150 kW motor."
    )
    ev5 = {"brand": "Kia", "model": "EV5"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("EV5", "MODEL", {"brand": "Kia"}),
            ("Long Range", "VARIANT", ev5),
            ("Standard Range", "VARIANT", ev5),
        ],
        quantities=[
            ("500 km", km(500), None),
            ("400 km", km(400), None),
            ("150 kW", kw(150), None),
        ],
    )
    power = {(f.subject.model, f.subject.variant) for f in facts if f.predicate == "power"}
    assert power == {("EV5", "Long Range"), ("EV5", "Standard Range")}
    motors = {f.subject.variant for f in facts if f.predicate == "motor_count"}
    assert motors == {"Long Range", "Standard Range"}


def test_a_trim_given_to_the_model_it_was_named_with_takes_that_models_maker(builder):
    # the vehicle stage linked the second "Dynamic" to the Kia named just before it; the facts
    # stage keeps it with the Shark 6, so the subject's maker is BYD, not Kia
    text = (
        "The Shark 6 opens with the Dynamic at $52,990, below the Kia Tasman X-Line. "
        "The Dynamic arrives in showrooms in May 2026."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Shark 6", "MODEL", {"brand": "BYD"}),
            ("Dynamic", "VARIANT", {"brand": "BYD", "model": "Shark 6"}),
            ("Kia", "BRAND", {}),
            ("Tasman", "MODEL", {"brand": "Kia"}),
            ("X-Line", "VARIANT", {"brand": "Kia", "model": "Tasman"}),
            ("Dynamic", "VARIANT", {"brand": "Kia", "model": "Tasman"}, 2),
        ],
        quantities=[("$52,990", Measure(unit="USD", dimension="currency", value=52990), None)],
        dates=[("May 2026", Interval(D(2026, 5, 1), D(2026, 5, 31), "month"))],
    )
    launch = one(facts, "market_launch").subject
    assert (launch.brand, launch.model, launch.variant) == ("BYD", "Shark 6", "Dynamic")


def test_both_stops_at_the_trim_a_figure_is_qualified_with_and_hands_back_the_model(builder):
    text = (
        "The Mokka GS makes 200 kW, while the Mokka Ultimate makes 150 kW in all. "
        "Both carry a 60 kWh battery, good for 420 km in Ultimate form. "
        "Peak DC charging power is 120 kW here."
    )
    mokka = {"brand": "Opel", "model": "Mokka"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Mokka", "MODEL", {"brand": "Opel"}),
            ("GS", "VARIANT", mokka),
            ("Mokka", "MODEL", {"brand": "Opel"}, 2),
            ("Ultimate", "VARIANT", mokka),
            ("Ultimate", "VARIANT", mokka, 2),
        ],
        quantities=[
            ("200 kW", kw(200), None),
            ("150 kW", kw(150), None),
            ("60 kWh", Measure(unit="kWh", dimension="energy", value=60), None),
            ("420 km", km(420), None),
            ("120 kW", kw(120), None),
        ],
    )
    battery = {f.subject.variant for f in facts if f.predicate == "battery_capacity"}
    assert battery == {"GS", "Ultimate"}
    assert one(facts, "range").subject.variant == "Ultimate"
    charging = one(facts, "charging_power").subject
    assert (charging.model, charging.variant) == ("Mokka", None)


def test_a_line_joined_and_money_committed(builder):
    text = (
        "The EV5 Earth is rated at 555 km, and all grades can tow 1800 kg braked. "
        "The EV5 joined the line in May 2024. "
        "Kia has committed $700 million to the EV5."
    )
    ev5 = {"brand": "Kia", "model": "EV5"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("EV5", "MODEL", {"brand": "Kia"}),
            ("Earth", "VARIANT", ev5),
            ("EV5", "MODEL", {"brand": "Kia"}, 2),
            ("EV5", "MODEL", {"brand": "Kia"}, 3),
        ],
        quantities=[
            ("555 km", km(555), None),
            ("1800 kg", Measure(unit="kg", dimension="mass", value=1800), None),
            ("$700 million", Measure(unit="USD", dimension="currency", value=7e8), None),
        ],
        dates=[("May 2024", Interval(D(2024, 5, 1), D(2024, 5, 31), "month"))],
    )
    assert one(facts, "range").subject.variant == "Earth"
    start = one(facts, "production_start")
    assert (start.subject.model, start.earliest) == ("EV5", D(2024, 5, 1))
    assert not [f for f in facts if f.predicate == "price"]


def test_a_claim_the_article_later_denies_is_withdrawn(builder):
    text = (
        "The Taycan will enter production in late 2026, a spokesman said. "
        "Update: Porsche says the Taycan will not enter production in late 2026. "
        "Neither version will use the J1 platform that underpins the Panamera."
    )
    late = Interval(D(2026, 9, 1), D(2026, 12, 31), "year", "end")
    facts = run(
        builder,
        text,
        vehicles=[
            ("Taycan", "MODEL", {"brand": "Porsche"}),
            ("Taycan", "MODEL", {"brand": "Porsche"}, 2),
            ("J1", "PLATFORM", {}),
            ("Panamera", "MODEL", {"brand": "Porsche"}),
        ],
        dates=[("late 2026", late), ("late 2026.", late)],
    )
    starts = [
        (f.negated, f.evidence.start_char) for f in facts if f.predicate == "production_start"
    ]
    assert starts == [(True, text.index("Update"))]
    platforms = {(f.subject.model, f.negated) for f in facts if f.predicate == "platform"}
    assert platforms == {("Taycan", True), ("Panamera", False)}


def test_a_site_denied_later_in_the_sentence_is_a_negated_site(builder):
    text = (
        "A claim that the C10 would be built at the plant in Zaragoza was denied: "
        "the C10 will not be assembled in Zaragoza."
    )
    leap = {"brand": "Leapmotor"}
    facts = run(
        builder,
        text,
        vehicles=[("C10", "MODEL", leap), ("C10", "MODEL", leap, 2)],
    )
    sites = [(f.value, f.negated) for f in facts if f.predicate == "production_site"]
    assert sites == [("Zaragoza", True)]


def test_a_site_production_is_ruled_out_moving_to_is_a_negated_site(builder):
    text = "The Kestrel stays in Oulu, and Volvo has ruled out shifting production to Kemi."
    facts = run(builder, text, vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})])
    sites = [(f.value, f.negated) for f in facts if f.predicate == "production_site"]
    assert ("Kemi", True) in sites and ("Kemi", False) not in sites


def test_a_denial_goes_on_past_an_adverb_set_off_by_commas(builder):
    text = "Volvo denied, however, that the Kestrel would be unveiled in Tampere in July."
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        dates=[("July", Interval(D(2026, 7, 1), D(2026, 7, 31), "month"))],
    )
    assert [(f.predicate, f.negated) for f in facts if f.predicate == "premiere"] == [
        ("premiere", True)
    ]


def test_a_timeline_date_heads_its_entry(builder):
    text = (
        "Q3 2026 — The ID.4 gets its long-awaited facelift.\n\n"
        "April 2027 — The Taigo, known internally as CS1, goes on sale in Germany."
    )
    vw = {"brand": "Volkswagen"}
    facts = run(
        builder,
        text,
        vehicles=[("ID.4", "MODEL", vw), ("Taigo", "MODEL", vw)],
        dates=[
            ("Q3 2026", Interval(D(2026, 7, 1), D(2026, 9, 30), "quarter")),
            ("April 2027", Interval(D(2027, 4, 1), D(2027, 4, 30), "month")),
        ],
    )
    events = {(f.subject.model, f.predicate, f.earliest) for f in facts if f.earliest}
    assert events == {
        ("ID.4", "facelift", D(2026, 7, 1)),
        ("Taigo", "market_launch", D(2027, 4, 1)),
    }


def test_a_spec_lines_label_names_its_figure(builder):
    text = "The CLA 250+ is the one to buy.\n\n0-62mph: 6.7sec\nTop speed: 130mph\n"
    facts = run(
        builder,
        text,
        vehicles=[("CLA 250+", "VARIANT", {"brand": "Mercedes-Benz", "model": "CLA"})],
        quantities=[
            ("6.7sec", secs(6.7), None),
            ("130mph", Measure(unit="mph", dimension="speed", value=130), None),
        ],
    )
    sprint = one(facts, "acceleration")
    assert (sprint.value, sprint.subject.variant) == (6.7, "CLA 250+")
    assert sprint.qualifiers.get("sprint") == "0-62 mph"


def test_the_plant_and_here_are_the_site_the_article_named_last(builder):
    text = (
        "The Telluride is built in West Point. Jobs are welcome news for the county. "
        "Besides the Telluride, the plant builds the Sorento and the EV9. "
        "The K5 was assembled here until last year. Next, the plant will add the EV4."
    )
    kia = {"brand": "Kia"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Telluride", "MODEL", kia),
            ("Telluride", "MODEL", kia, 2),
            ("Sorento", "MODEL", kia),
            ("EV9", "MODEL", kia),
            ("K5", "MODEL", kia),
            ("EV4", "MODEL", kia),
        ],
    )
    sites = by_model(facts, "production_site")
    assert sites == {
        ("Telluride", "West Point"),
        ("Sorento", "West Point"),
        ("EV9", "West Point"),
        ("K5", "West Point"),
        ("EV4", "West Point"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kona is popular. BYD's Rayong plant, which opened in 2024, builds the Atto 3 and "
        "the Dolphin.",
        "The Kona is popular. The Rayong plant began building the Atto 3 in 2024 and added the "
        "Dolphin last year.",
        "The Kona is popular. BYD's plant in Rayong, Thailand, is due to start building the "
        "Atto 3 next month and will add the Dolphin later.",
    ],
)
def test_a_named_plant_opening_its_clause_builds_the_cars_after_its_verb(builder, sentence):
    facts = run(
        builder,
        sentence,
        vehicles=[
            ("Kona", "MODEL", {"brand": "Hyundai"}),
            ("Atto 3", "MODEL", {"brand": "BYD"}),
            ("Dolphin", "MODEL", {"brand": "BYD"}),
        ],
    )
    sites = by_model(facts, "production_site")
    assert sites == {("Atto 3", "Rayong"), ("Dolphin", "Rayong")}


def test_an_active_building_verb_gives_the_site_to_its_objects(builder):
    text = (
        "The Celica returns in 2028. It began assembling the G6 and G9 in Graz last year. "
        "The Aion V will also be built there."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Celica", "MODEL", {"brand": "Toyota"}),
            ("G6", "MODEL", {"brand": "XPeng"}),
            ("G9", "MODEL", {"brand": "XPeng"}),
            ("Aion V", "MODEL", {"brand": "GAC"}),
        ],
    )
    sites = by_model(facts, "production_site")
    assert sites == {("G6", "Graz"), ("G9", "Graz"), ("Aion V", "Graz")}


@pytest.mark.parametrize(
    ("sentence", "date", "starts"),
    [
        ("Production of the Z4 in Graz will end in March.", "March", False),
        ("Production of the Z4 winds down in March.", "March", False),
        ("Production of the Z4 and the Supra in Graz will end in March.", "March", False),
        ("The Z4 is expected to enter production by the end of 2027.", "by the end of 2027", True),
    ],
)
def test_production_that_ends_is_no_production_start(builder, sentence, date, starts):
    interval = (
        Interval(D(2027, 3, 1), D(2027, 3, 31), "month")
        if date == "March"
        else Interval(None, D(2027, 12, 31), "year", "before")
    )
    facts = run(
        builder,
        sentence,
        vehicles=[("Z4", "MODEL", {"brand": "BMW"})],
        dates=[(date, interval)],
    )
    assert any(f.predicate == "production_start" for f in facts) == starts


def test_a_figure_after_a_site_preposition_is_no_place(builder):
    facts = run(
        builder,
        "Locally built examples of the Atto 1 start at Rp 199 million.",
        vehicles=[("Atto 1", "MODEL", {"brand": "BYD"})],
        quantities=[
            ("Rp 199 million", Measure(unit="IDR", dimension="currency", value=199e6), None)
        ],
    )
    assert not [f for f in facts if f.predicate == "production_site"]
    assert one(facts, "price").value == 199e6


def test_a_makers_named_factory_opening_its_clause_builds_its_objects(builder):
    facts = run(
        builder,
        "The Vietnamese brand's Subang factory will start assembling the VF 3 and VF 5 soon.",
        vehicles=[("VF 3", "MODEL", {"brand": "VinFast"}), ("VF 5", "MODEL", {"brand": "VinFast"})],
    )
    sites = by_model(facts, "production_site")
    assert sites == {("VF 3", "Subang"), ("VF 5", "Subang")}


def test_the_brand_stands_for_its_car_in_a_head_to_head(builder):
    text = (
        "The Subaru Trailseeker meets the Mazda CX-6e. "
        "The Subaru is rated to tow 1,500 kg, the Mazda just 750 kg. "
        "The Mazda's top speed is 180 km/h, Mazda says. "
        "Like the Subaru, the Mazda prototype weighs 2,100 kg."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Subaru", "BRAND", {}),
            ("Trailseeker", "MODEL", {"brand": "Subaru"}),
            ("Mazda", "BRAND", {}),
            ("CX-6e", "MODEL", {"brand": "Mazda"}),
            ("Subaru", "BRAND", {}, 2),
            ("Mazda", "BRAND", {}, 2),
            ("Mazda", "BRAND", {}, 3),
            ("Mazda", "BRAND", {}, 4),
            ("Subaru", "BRAND", {}, 3),
            ("Mazda", "BRAND", {}, 5),
        ],
        quantities=[
            ("1,500 kg", Measure(unit="kg", dimension="mass", value=1500), None),
            ("750 kg", Measure(unit="kg", dimension="mass", value=750), None),
            ("180 km/h", Measure(unit="km/h", dimension="speed", value=180), None),
            ("2,100 kg", Measure(unit="kg", dimension="mass", value=2100), None),
        ],
    )
    got = {(f.subject.model, f.predicate, f.value) for f in facts}
    assert ("Trailseeker", "towing_capacity", 1500) in got
    assert ("CX-6e", "towing_capacity", 750) in got
    assert ("CX-6e", "top_speed", 180) in got
    # "Like the Subaru", "the Mazda prototype": the maker's name, not its car
    assert not [f for f in facts if f.predicate == "weight"]


def test_twins_named_together_share_the_code_after_them(builder):
    text = (
        "The next 718 Boxster and 718 Cayman, known internally as the 983, will be built "
        "in Zuffenhausen."
    )
    porsche = {"brand": "Porsche"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("718 Boxster", "MODEL", porsche),
            ("718 Cayman", "MODEL", porsche),
            ("983", "MODEL_CODE", {**porsche, "model": "718 Cayman"}),
        ],
    )
    codes = by_model(facts, "model_code")
    assert codes == {("718 Boxster", "983"), ("718 Cayman", "983")}


def test_a_denial_withdraws_the_claim_even_when_it_drops_the_code(builder):
    text = (
        "The next Taycan, known internally as J2, will enter production in late 2026. "
        "Update: the electric Taycan will not enter production in late 2026, it said."
    )
    late = Interval(D(2026, 9, 1), D(2026, 12, 31), "year", "end")
    porsche = {"brand": "Porsche"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Taycan", "MODEL", porsche),
            ("J2", "MODEL_CODE", {**porsche, "model": "Taycan"}),
            ("Taycan", "MODEL", porsche, 2),
        ],
        dates=[("late 2026", late), ("late 2026,", late)],
    )
    starts = [(f.negated, f.subject.code) for f in facts if f.predicate == "production_start"]
    assert starts == [(True, None)]


def test_a_denial_between_spaced_dashes_stays_in_its_aside(builder):
    text = (
        "The CX-6e is rear-wheel drive only – Mazda won't offer it with all-wheel drive – "
        "and its single motor makes 190 kW in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[("CX-6e", "MODEL", {"brand": "Mazda"})],
        quantities=[("190 kW", kw(190), None)],
    )
    got = {(f.predicate, str(f.value), f.negated) for f in facts}
    assert ("drivetrain", "AWD", True) in got
    assert ("motor_count", "1.0", False) in got
    assert ("power", "190.0", False) in got


def test_yearly_mileage_and_a_running_cost_gap_are_no_range_or_price(builder):
    text = (
        "The CX-6e averaged 3.6 mi/kWh. Over 10,000 miles a year, that gap is worth about "
        "£90. The plant will add the CX-6e next year, after it builds the CX-5 in Hofu."
    )
    facts = run(
        builder,
        text,
        vehicles=[("CX-6e", "MODEL", {"brand": "Mazda"}), ("CX-5", "MODEL", {"brand": "Mazda"})],
        quantities=[
            ("3.6 mi/kWh", Measure(unit="mi/kWh", dimension="efficiency", value=3.6), None),
            ("10,000 miles", mi(10000), None),
            ("£90", Measure(unit="GBP", dimension="currency", value=90), None),
        ],
    )
    assert {f.predicate for f in facts} & {"range", "price"} == set()


def test_a_figure_measured_in_the_car_named_after_it(builder):
    text = "We averaged 19.8 kWh/100km in the Ioniq 5 and 20.5 kWh/100km in the EV6."
    facts = run(
        builder,
        text,
        vehicles=[("Ioniq 5", "MODEL", {"brand": "Hyundai"}), ("EV6", "MODEL", {"brand": "Kia"})],
        quantities=[
            ("19.8 kWh/100km", Measure(unit="kWh/100km", dimension="efficiency", value=19.8), None),
            ("20.5 kWh/100km", Measure(unit="kWh/100km", dimension="efficiency", value=20.5), None),
        ],
    )
    got = by_model(facts, "efficiency")
    assert got == {("Ioniq 5", 19.8), ("EV6", 20.5)}


def test_the_car_a_range_is_joined_by_and_a_relative_clause_after_its_date(builder):
    text = (
        "The Elroq will be joined by a seven-seat Peaq in 2027, which is set to be built in "
        "Kvasiny."
    )
    skoda = {"brand": "Skoda"}
    facts = run(
        builder,
        text,
        vehicles=[("Elroq", "MODEL", skoda), ("Peaq", "MODEL", skoda)],
        dates=[("2027", Interval(D(2027, 1, 1), D(2027, 12, 31), "year"))],
    )
    got = {(f.subject.model, f.predicate) for f in facts}
    assert got == {("Peaq", "market_launch"), ("Peaq", "production_site")}


def test_a_weak_launch_cue_takes_its_own_date_and_the_scales_weigh(builder):
    text = (
        "Order books for the Inster open on 1 June, with first cars due in the autumn. "
        "The Inster tips the scales at 1,950 kg."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Inster", "MODEL", {"brand": "Hyundai"}),
            ("Inster", "MODEL", {"brand": "Hyundai"}, 2),
        ],
        quantities=[("1,950 kg", Measure(unit="kg", dimension="mass", value=1950), None)],
        dates=[
            ("1 June", Interval(D(2026, 6, 1), D(2026, 6, 1), "day")),
            ("the autumn", Interval(D(2026, 9, 1), D(2026, 11, 30), "season")),
        ],
    )
    launches = [f.earliest for f in facts if f.predicate == "market_launch"]
    assert launches == [D(2026, 9, 1)]
    assert one(facts, "weight").value == 1950


def test_a_makers_own_figures_and_counts_of_a_named_vehicle(builder):
    text = (
        "The Bentayga is selling well. Bentley delivered 10,600 cars last year. "
        "Mahindra has delivered 34,500 examples of the BE 6 since March. "
        "Tesla will not build it in Grünheide."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Bentayga", "MODEL", {"brand": "Bentley"}),
            ("Bentley", "BRAND", {}),
            ("Mahindra", "BRAND", {}),
            ("BE 6", "MODEL", {"brand": "Mahindra"}),
            ("Tesla", "BRAND", {}),
        ],
        quantities=[
            ("10,600 cars", Measure(unit="car", dimension="count", value=10600), None),
            ("34,500 examples", Measure(unit="example", dimension="count", value=34500), None),
        ],
    )
    sales = by_model(facts, "sales")
    assert sales == {("BE 6", 34500)}
    site = one(facts, "production_site")
    assert (site.subject.model, site.negated) == ("BE 6", True)


def test_price_words_near_the_figure_and_more_sales_verbs(builder):
    text = (
        "The T03 is no longer built in Tychy; the €18,900 model now comes from a plant in "
        "Jinhua. The MEGA managed just 2,050 units in July."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("T03", "MODEL", {"brand": "Leapmotor"}),
            ("MEGA", "MODEL", {"brand": "Li Auto"}),
        ],
        quantities=[
            ("€18,900", eur(18900), None),
            ("2,050 units", Measure(unit="unit", dimension="count", value=2050), None),
        ],
    )
    got = {
        (f.subject.model, f.predicate, f.value) for f in facts if f.predicate != "production_site"
    }
    assert got == {("T03", "price", 18900), ("MEGA", "sales", 2050)}


def test_a_sentence_opening_with_a_code_phrase(builder):
    text = "Li Auto sells the i8 in China. Known internally as W02, it has two motors."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Li Auto", "BRAND", {}),
            ("i8", "MODEL", {"brand": "Li Auto"}),
            ("W02", "MODEL_CODE", {"brand": "Li Auto"}),
        ],
    )
    got = {(f.predicate, f.subject.model, f.subject.code, f.value) for f in facts}
    assert got == {("model_code", "i8", "W02", "W02"), ("motor_count", "i8", "W02", 2)}


def test_a_name_then_a_verb_after_a_comma_is_a_clause_not_an_appositive(builder):
    text = (
        "The Harrier EV Adventure is rear-driven. At the top of the range, the dual-motor QWD "
        "keeps its 75 kWh pack. Its motors produce 235 kW in all."
    )
    harrier = {"brand": "Tata", "model": "Harrier EV"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Harrier EV", "MODEL", {"brand": "Tata"}),
            ("Adventure", "VARIANT", harrier),
            ("QWD", "VARIANT", harrier),
        ],
        quantities=[
            ("75 kWh", Measure(unit="kWh", dimension="energy", value=75), None),
            ("235 kW", kw(235), None),
        ],
    )
    power = one(facts, "power")
    assert power.subject.variant == "QWD"


def test_a_trim_named_to_qualify_a_price_does_not_become_the_topic(builder):
    text = (
        "The Outlander uses a 22.7 kWh battery. UK prices start at £44,965 in Design trim. "
        "Mitsubishi confirmed it won't be offered with front-wheel drive."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Outlander", "MODEL", {"brand": "Mitsubishi"}),
            ("Design", "VARIANT", {"brand": "Mitsubishi", "model": "Outlander"}),
            ("Mitsubishi", "BRAND", {}),
        ],
        quantities=[
            ("22.7 kWh", Measure(unit="kWh", dimension="energy", value=22.7), None),
            ("£44,965", Measure(unit="GBP", dimension="currency", value=44965), None),
        ],
    )
    assert one(facts, "price").subject.variant == "Design"
    drive = one(facts, "drivetrain")
    assert (drive.subject.model, drive.subject.variant, drive.negated) == ("Outlander", None, True)


def test_a_figure_measured_in_a_trim_is_that_trims(builder):
    text = (
        "The Dolphin costs from £26,195 (about €30,000) in Active trim. "
        "The Seal uses an 82.5 kWh battery in its Excellence versions. "
        "The Atto 3 costs £37,195 in Design and Excellence grades."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Dolphin", "MODEL", {"brand": "BYD"}),
            ("Active", "VARIANT", {"brand": "BYD", "model": "Dolphin"}),
            ("Seal", "MODEL", {"brand": "BYD"}),
            ("Excellence", "VARIANT", {"brand": "BYD", "model": "Seal"}),
            ("Atto 3", "MODEL", {"brand": "BYD"}),
            ("Design", "VARIANT", {"brand": "BYD", "model": "Atto 3"}),
            ("Excellence", "VARIANT", {"brand": "BYD", "model": "Atto 3"}, 2),
        ],
        quantities=[
            ("£26,195", Measure(unit="GBP", dimension="currency", value=26195), None),
            ("€30,000", Measure(unit="EUR", dimension="currency", value=30000), "£26,195"),
            ("82.5 kWh", Measure(unit="kWh", dimension="energy", value=82.5), None),
            ("£37,195", Measure(unit="GBP", dimension="currency", value=37195), None),
        ],
    )
    trims = {
        (f.predicate, f.subject.model, f.subject.variant)
        for f in facts
        if f.predicate in ("price", "battery_capacity")
    }
    # a list of trims qualifies no single one of them
    assert trims == {
        ("price", "Dolphin", "Active"),
        ("battery_capacity", "Seal", "Excellence"),
        ("price", "Atto 3", None),
    }


def test_both_opening_a_later_clause(builder):
    text = (
        "The BE 6 starts at €30,000, while the XEV 9e costs €35,000; "
        "both accept up to 175 kW at a charger stop."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("BE 6", "MODEL", {"brand": "Mahindra"}),
            ("XEV 9e", "MODEL", {"brand": "Mahindra"}),
        ],
        quantities=[
            ("€30,000", eur(30000), None),
            ("€35,000", eur(35000), None),
            ("175 kW", Measure(unit="kW", dimension="power", value=175, bound="up_to"), None),
        ],
    )
    prices = by_model(facts, "price")
    assert prices == {("BE 6", 30000), ("XEV 9e", 35000)}
    power = {f.subject.model for f in facts if f.predicate in ("power", "charging_power")}
    assert power == {"BE 6", "XEV 9e"}


def test_denials_after_the_claim_and_undated_launch_denials(builder):
    text = (
        "A cheaper rear-wheel-drive MEGA is not on the cards. "
        "The Land Cruiser 300 will not be launched in Europe."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("MEGA", "MODEL", {"brand": "Li Auto"}),
            ("Land Cruiser 300", "MODEL", {"brand": "Toyota"}),
        ],
    )
    got = {(f.subject.model, f.predicate, f.value, f.negated, f.earliest) for f in facts}
    assert got == {
        ("MEGA", "drivetrain", "RWD", True, None),
        ("Land Cruiser 300", "market_launch", None, True, None),
    }


def test_a_code_the_main_clause_ties_to_a_vehicle_stays_with_it(builder):
    text = (
        "Its first electric car, the Elettrica, was developed under the project code F244. "
        "It uses four motors."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Elettrica", "MODEL", {"brand": "Ferrari"}),
            ("F244", "MODEL_CODE", {"brand": "Ferrari", "model": "Elettrica"}),
        ],
    )
    got = {(f.predicate, f.subject.model, f.subject.code) for f in facts}
    assert got == {("model_code", "Elettrica", "F244"), ("motor_count", "Elettrica", "F244")}


def test_built_alongside_other_vehicles(builder):
    text = "The Countryman is built in Leipzig alongside the BMW X1 and X2."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Countryman", "MODEL", {"brand": "MINI"}),
            ("BMW", "BRAND", {}),
            ("X1", "MODEL", {"brand": "BMW"}),
            ("X2", "MODEL", {"brand": "BMW"}),
        ],
    )
    sites = by_model(facts, "production_site")
    assert sites == {("Countryman", "Leipzig"), ("X1", "Leipzig"), ("X2", "Leipzig")}
    # "next to the EV4": built there too, and no topic of the figures that follow
    text = "The EV2 is new. It is built in Zilina, next to the EV4. It has a 61 kWh battery."
    facts = run(
        builder,
        text,
        vehicles=[("EV2", "MODEL", {"brand": "Kia"}), ("EV4", "MODEL", {"brand": "Kia"})],
        quantities=_figures("kWh", "energy", "61 kWh"),
    )
    sites = by_model(facts, "production_site")
    assert sites == {("EV2", "Zilina"), ("EV4", "Zilina")}
    assert one(facts, "battery_capacity").subject.model == "EV2"


def test_a_parallel_clause_shares_the_first_figure_s_predicate(builder):
    text = (
        "The company delivered 71,000 units of the Zoe in Europe, while the Twingo "
        "remained its best seller with 90,000 units."
    )
    units = [Measure(unit="unit", dimension="count", value=v) for v in (71000, 90000)]
    facts = run(
        builder,
        text,
        vehicles=[
            ("Zoe", "MODEL", {"brand": "Renault"}),
            ("Twingo", "MODEL", {"brand": "Renault"}),
        ],
        quantities=[("71,000 units", units[0], None), ("90,000 units", units[1], None)],
    )
    got = {(f.subject.model, f.predicate, f.value) for f in facts}
    assert got == {("Zoe", "sales", 71000), ("Twingo", "sales", 90000)}


def test_a_figure_without_a_cue_and_without_a_parallel_states_nothing(builder):
    facts = run(
        builder,
        "The Twingo remained popular, with 90,000 units.",
        vehicles=[("Twingo", "MODEL", {"brand": "Renault"})],
        quantities=[("90,000 units", Measure(unit="unit", dimension="count", value=9e4), None)],
    )
    assert facts == []


def test_an_attribute_denied_without_a_figure_is_a_negated_fact(builder):
    text = (
        "The Cooper won't get a larger battery in the update. "
        "The Aceman gets a larger battery of 54 kWh."
    )
    kwh = Measure(unit="kWh", dimension="energy", value=54)
    facts = run(
        builder,
        text,
        vehicles=[
            ("Cooper", "MODEL", {"brand": "MINI"}),
            ("Aceman", "MODEL", {"brand": "MINI"}),
        ],
        quantities=[("54 kWh", kwh, None)],
    )
    got = {(f.subject.model, f.predicate, f.value, f.negated) for f in facts}
    # an undenied "larger battery" is no claim by itself; its figure is
    assert got == {
        ("Cooper", "battery_capacity", None, True),
        ("Aceman", "battery_capacity", 54, False),
    }


def test_a_code_is_not_tied_to_a_generation_across_a_contrast(builder):
    text = (
        "The current Ioniq 5 (NE) stays on sale. The car, known internally as NE, arrived in "
        "2021, while the next-generation Ioniq 5 enters production in 2028."
    )
    hyundai = {"brand": "Hyundai"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Ioniq 5", "MODEL", {**hyundai, "generation": "current", "code": "NE"}),
            ("NE", "MODEL_CODE", {**hyundai, "model": "Ioniq 5"}),
            ("NE", "MODEL_CODE", {**hyundai, "model": "Ioniq 5"}, 2),
            ("Ioniq 5", "MODEL", {**hyundai, "generation": "next"}, 2),
        ],
        dates=[
            ("2028", Interval(earliest=D(2028, 1, 1), latest=D(2028, 12, 31), granularity="year"))
        ],
    )
    start = one(facts, "production_start")
    assert start.subject.model == "Ioniq 5" and start.subject.code is None


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("The Grecale is assembled at the Cassino plant in Italy.", "Cassino"),
        ("The Grecale is assembled at the Cassino plant in Lazio.", "Cassino"),
        ("The Grecale is assembled at the Mirafiori plant in Turin.", "Turin"),
        ("The Grecale is built at the Burnaston plant in Derbyshire.", "Burnaston"),
        ("The Grecale is assembled at the Cassino plant.", "Cassino"),
        ("Production of the Grecale takes place at the Cassino plant in Lazio.", "Cassino"),
        ("The Grecale will be built at a new factory in Lazio.", "Lazio"),
        ("The Grecale is built at the company's Cassino plant in South Carolina.", "Cassino"),
        ("The Grecale is produced at Maserati's Cassino Factory in Frosinone Province.", "Cassino"),
        ("The Grecale is built at its Cassino Plant, the company said.", "Cassino"),
        ("The Grecale is built by a partner at Stellantis Group's Cassino Plant.", "Cassino"),
        ("Production of the Grecale will move to Cassino next year.", "Cassino"),
        ("The Grecale will move to Cassino next year.", "Cassino"),
        ("The Grecale was moved to Cassino last year.", "Cassino"),
        # a contract builder's name, then the town its country sets: the town
        ("The Grecale will be built at Valmet in Uusikaupunki, Finland, from May.", "Uusikaupunki"),
    ],
)
def test_a_named_plant_is_placed_by_the_town_after_it(builder, sentence, site):
    assert sites_of(builder, sentence, "Grecale", "Maserati") == [site]


def test_both_pairs_a_vehicle_with_the_one_named_a_sentence_before(builder):
    text = (
        "Maserati will build the GranTurismo only to order. It develops 560 kW in all. "
        "Its open-top sibling, the GranCabrio, is due for a facelift. "
        "Both are assembled in Modena."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Maserati", "BRAND", {}),
            ("GranTurismo", "MODEL", {"brand": "Maserati"}),
            ("GranCabrio", "MODEL", {"brand": "Maserati"}),
        ],
        quantities=_figures("kW", "power", "560 kW"),
    )
    got = {(f.subject.model, f.predicate) for f in facts}
    assert got == {
        ("GranTurismo", "power"),
        ("GranCabrio", "facelift"),  # the appositive after "sibling," names the subject
        ("GranTurismo", "production_site"),
        ("GranCabrio", "production_site"),
    }


def test_a_code_and_trims_linked_to_a_predecessor_describe_the_current_vehicle(builder):
    text = (
        "VinFast has launched the VF 6 in Europe. The compact SUV, developed under the "
        "codename VC2, takes over from the VF e34 and comes in Eco and Plus trims. "
        "The Eco develops 130 kW in all."
    )
    vinfast = {"brand": "VinFast"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("VinFast", "BRAND", {}),
            ("VF 6", "MODEL", vinfast),
            # the vehicle stage links both to the nearest model, the predecessor
            ("VC2", "MODEL_CODE", {**vinfast, "model": "VF e34"}),
            ("VF e34", "MODEL", vinfast),
            ("Eco", "VARIANT", {**vinfast, "model": "VF e34"}),
            ("Plus", "VARIANT", {**vinfast, "model": "VF e34"}),
            ("Eco", "VARIANT", {**vinfast, "model": "VF e34"}, 2),
        ],
        quantities=_figures("kW", "power", "130 kW"),
    )
    got = {(f.predicate, f.subject.model, f.subject.code, f.subject.variant) for f in facts}
    assert ("model_code", "VF 6", "VC2", None) in got
    assert ("power", "VF 6", None, "Eco") in got
    assert not [f for f in facts if f.subject.model == "VF e34" and f.predicate != "successor_of"]


def test_a_code_written_with_a_compared_model_stays_with_it(builder):
    text = "The RS 6 Avant is a V8 estate based on the A6 of the C9 generation."
    facts = run(
        builder,
        text,
        vehicles=[
            ("RS 6 Avant", "MODEL", {"brand": "Audi"}),
            ("A6", "MODEL", {"brand": "Audi"}),
            ("C9", "MODEL_CODE", {"brand": "Audi", "model": "A6"}),
        ],
    )
    assert [(f.subject.model, f.value) for f in facts if f.predicate == "model_code"] == [
        ("A6", "C9")
    ]


def test_an_event_cue_belongs_to_the_date_written_after_it(builder):
    text = (
        "Ford said the updated Mustang Mach-E will premiere in June before deliveries begin in "
        "early 2027. The Explorer will enter production in the first quarter of 2027, with "
        "deliveries due next spring."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Mustang Mach-E", "MODEL", {"brand": "Ford"}),
            ("Explorer", "MODEL", {"brand": "Ford"}),
        ],
        dates=[
            ("June", Interval(D(2026, 6, 1), D(2026, 6, 30), "month")),
            ("early 2027", Interval(D(2027, 1, 1), D(2027, 4, 30), "year", "start")),
            ("the first quarter of 2027", Interval(D(2027, 1, 1), D(2027, 3, 31), "quarter")),
            ("next spring", Interval(D(2027, 3, 1), D(2027, 5, 31), "season")),
        ],
    )
    got = {(f.subject.model, f.predicate, f.earliest) for f in facts}
    assert got == {
        ("Mustang Mach-E", "premiere", D(2026, 6, 1)),
        ("Mustang Mach-E", "market_launch", D(2027, 1, 1)),
        ("Explorer", "production_start", D(2027, 1, 1)),
        ("Explorer", "market_launch", D(2027, 3, 1)),
    }


def test_a_pronoun_replacing_a_named_predecessor_is_the_current_vehicle(builder):
    text = (
        "The N°8 is the first DS on STLA Medium. It effectively replaces the DS 9 saloon. "
        "The Temerario has taken over from the Huracán."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("N°8", "MODEL", {"brand": "DS"}),
            ("DS 9", "MODEL", {"brand": "DS"}),
            ("Temerario", "MODEL", {"brand": "Lamborghini"}),
            ("Huracán", "MODEL", {"brand": "Lamborghini"}),
        ],
    )
    got = by_model(facts, "successor_of")
    assert got == {("N°8", "DS 9"), ("Temerario", "Lamborghini Huracán")}


def test_a_possessive_successor_is_the_vehicle_the_article_is_about(builder):
    text = (
        "Bugatti has started deliveries of the Tourbillon. The Chiron's successor, assembled "
        "at Molsheim, develops 1,324 kW in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Bugatti", "BRAND", {}),
            ("Tourbillon", "MODEL", {"brand": "Bugatti"}),
            ("Chiron", "MODEL", {"brand": "Bugatti"}),
        ],
        quantities=[("1,324 kW", Measure(unit="kW", dimension="power", value=1324), None)],
    )
    got = {(f.subject.model, f.predicate, f.value) for f in facts}
    assert got == {
        ("Tourbillon", "successor_of", "Bugatti Chiron"),
        ("Tourbillon", "production_site", "Molsheim"),
        ("Tourbillon", "power", 1324),
    }


def test_a_relative_clause_replacing_a_vehicle_describes_its_antecedent(builder):
    text = (
        "Infiniti has revealed the QX65. The coupe-styled SUV, which replaces the QX55, "
        "is built in Smyrna."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Infiniti", "BRAND", {}),
            ("QX65", "MODEL", {"brand": "Infiniti"}),
            ("QX55", "MODEL", {"brand": "Infiniti"}),
        ],
    )
    got = {(f.subject.model, f.predicate, f.value) for f in facts}
    assert ("QX65", "successor_of", "Infiniti QX55") in got
    assert ("QX65", "production_site", "Smyrna") in got


def test_no_site_where_the_verb_is_about_something_else(builder):
    facts = run(
        builder,
        "The Spectre, which made its public debut at Monterey Car Week, arrives soon.",
        vehicles=[("Spectre", "MODEL", {"brand": "Rolls-Royce"})],
    )
    assert [f for f in facts if f.predicate == "production_site"] == []


def test_as_is_the_vehicle_after_a_site_is_built_there_too(builder):
    facts = run(
        builder,
        "The S07 is built at Changan's plant in Chongqing, as is the Avatr 11.",
        vehicles=[
            ("S07", "MODEL", {"brand": "Deepal"}),
            ("Changan", "BRAND", {}),
            ("Avatr 11", "MODEL", {"brand": "Avatr"}),
        ],
    )
    sites = by_model(facts, "production_site")
    assert sites == {("S07", "Chongqing"), ("Avatr 11", "Chongqing")}


def test_vehicles_named_after_an_anaphoric_subject_do_not_become_the_topic(builder):
    text = (
        "Infiniti is expanding the QX80. The flagship gets a new Sport trim. "
        "Its V6 develops 450 hp in all. The newcomer is the QX65."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Infiniti", "BRAND", {}),
            ("QX80", "MODEL", {"brand": "Infiniti"}),
            ("Sport", "VARIANT", {"brand": "Infiniti", "model": "QX80"}),
            ("QX65", "MODEL", {"brand": "Infiniti"}),
        ],
        quantities=_figures("hp", "power", "450 hp"),
    )
    power = one(facts, "power")
    assert power.subject.model == "QX80" and power.subject.variant is None


def test_a_platform_described_in_an_appositive_before_a_clause_is_not_the_cars(builder):
    facts = run(
        builder,
        "The Epiq rides on MEB Entry, a smaller offshoot of the MEB platform, and drives its "
        "front wheels.",
        vehicles=[
            ("Epiq", "MODEL", {"brand": "Skoda"}),
            ("MEB Entry", "PLATFORM", {}),
            ("MEB", "PLATFORM", {}, 2),
        ],
    )
    assert values(facts, "platform") == ["MEB Entry"]


def test_the_cars_a_described_platform_is_used_by_have_that_platform(builder):
    facts = run(
        builder,
        "The Harrier EV rides on acti.ev+, a stretched version of the acti.ev platform used by "
        "the Curvv EV and the Punch EV, and it has two motors.",
        vehicles=[
            ("Harrier EV", "MODEL", {"brand": "Tata"}),
            ("acti.ev+", "PLATFORM", {}),
            ("acti.ev", "PLATFORM", {}, 2),
            ("Curvv EV", "MODEL", {"brand": "Tata"}),
            ("Punch EV", "MODEL", {"brand": "Tata"}),
        ],
    )
    assert {(f.subject.model, f.value) for f in facts if f.predicate == "platform"} == {
        ("Harrier EV", "acti.ev+"),
        ("Curvv EV", "acti.ev"),
        ("Punch EV", "acti.ev"),
    }


def test_an_opening_code_and_an_anaphoric_subject_describe_the_topic(builder):
    text = (
        "Xpeng will sell the Mona M03 in Europe. Known internally as E28, the saloon rides on "
        "SEPA 2.0 and will be assembled in Graz at the plant that builds the G6."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Xpeng", "BRAND", {}),
            ("Mona M03", "MODEL", {"brand": "Xpeng"}),
            ("E28", "MODEL_CODE", {"brand": "Xpeng", "model": "G6"}),
            ("SEPA 2.0", "PLATFORM", {}),
            ("G6", "MODEL", {"brand": "Xpeng"}),
        ],
    )
    assert {(f.subject.model, f.subject.code, f.predicate) for f in facts} == {
        ("Mona M03", "E28", "model_code"),
        ("Mona M03", "E28", "platform"),
        ("Mona M03", "E28", "production_site"),
        ("G6", None, "production_site"),  # the plant that builds the G6 is in Graz too
    }


def test_another_makers_car_named_in_a_subordinate_clause_becomes_the_topic(builder):
    text = (
        "Rivian will build the R3 in Normal. Lucid, meanwhile, delivered 15,841 vehicles in "
        "2025, according to its chief, who called the Gravity its engine of growth. The SUV is "
        "built in Casa Grande."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Rivian", "BRAND", {}),
            ("R3", "MODEL", {"brand": "Rivian"}),
            ("Lucid", "BRAND", {}),
            ("Gravity", "MODEL", {"brand": "Lucid"}),
        ],
        quantities=[
            ("15,841 vehicles", Measure(unit="vehicle", dimension="count", value=15841), None)
        ],
    )
    # the maker's deliveries are no car's sales; the SUV is the Gravity
    assert [f.subject.model for f in facts if f.predicate == "sales"] == []
    sites = by_model(facts, "production_site")
    assert sites == {("R3", "Normal"), ("Gravity", "Casa Grande")}


def test_a_vehicle_after_comma_with_is_not_the_figures_subject(builder):
    facts = run(
        builder,
        "The Mona M03 arrives next year. Prices are expected to start at €29,990 (about "
        "£26,000), with the Long Range costing €3,000 more.",
        vehicles=[
            ("Mona M03", "MODEL", {"brand": "Xpeng"}),
            ("Long Range", "VARIANT", {"brand": "Xpeng", "model": "Mona M03"}),
        ],
        quantities=[
            ("€29,990", Measure(unit="EUR", dimension="currency", value=29990), None),
            ("£26,000", Measure(unit="GBP", dimension="currency", value=26000), "€29,990"),
            ("€3,000", Measure(unit="EUR", dimension="currency", value=3000, change=True), None),
        ],
    )
    price = one(facts, "price")
    assert price.value == 29990 and price.subject.variant is None


def test_a_code_written_before_its_own_model_stays_with_it(builder):
    text = (
        "Isuzu's D-Max EV is the odd one out. Based on the RG-series D-Max, the electric pickup "
        "has a 66.9 kWh battery."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Isuzu", "BRAND", {}),
            ("D-Max", "MODEL", {"brand": "Isuzu"}),
            ("EV", "VARIANT", {"brand": "Isuzu", "model": "D-Max"}),
            ("RG", "MODEL_CODE", {"brand": "Isuzu", "model": "D-Max"}),
            ("D-Max", "MODEL", {"brand": "Isuzu"}, 2),
        ],
        quantities=[("66.9 kWh", Measure(unit="kWh", dimension="energy", value=66.9), None)],
    )
    battery = one(facts, "battery_capacity")
    assert (battery.subject.variant, battery.subject.code) == ("EV", None)


def test_its_after_another_maker_points_at_that_maker(builder):
    text = (
        "Land Rover builds the Range Rover in Solihull. Bentley, meanwhile, confirmed that its "
        "first electric model will be built in Crewe from 2027."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Land Rover", "BRAND", {}),
            ("Range Rover", "MODEL", {"brand": "Land Rover"}),
            ("Bentley", "BRAND", {}),
        ],
        dates=[("2027", Interval(D(2027, 1, 1), D(2027, 12, 31), "year"))],
    )
    assert {(f.predicate, f.value) for f in facts} == {("production_site", "Solihull")}


def test_spec_sheet_lines_continue_the_vehicle_another_name_does_not_take_over(builder):
    text = (
        "The CX-6e is the second electric Mazda. In China it is sold as the EZ-60. "
        "Production: Nanjing. Internal code: J91. Output: 190 kW (258 PS). "
        "A 10-80 percent top-up takes 24 minutes at up to 165 kW, it says."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("CX-6e", "MODEL", {"brand": "Mazda"}),
            ("Mazda", "BRAND", {}),
            ("EZ-60", "MODEL", {"brand": "Mazda"}),
            ("J91", "MODEL_CODE", {"brand": "Mazda", "model": "EZ-60"}),
        ],
        quantities=[
            ("190 kW", Measure(unit="kW", dimension="power", value=190), None),
            ("258 PS", Measure(unit="PS", dimension="power", value=258), "190 kW"),
            ("24 minutes", Measure(unit="min", dimension="time", value=24), None),
            ("165 kW", Measure(unit="kW", dimension="power", value=165), None),
        ],
    )
    got = {(f.subject.model, f.subject.code, f.predicate, f.value) for f in facts}
    assert got == {
        ("CX-6e", None, "production_site", "Nanjing"),
        ("CX-6e", "J91", "model_code", "J91"),
        ("CX-6e", "J91", "power", 190),
        ("CX-6e", "J91", "charging_time", 24),
        ("CX-6e", "J91", "charging_power", 165),
    }


def test_the_range_opening_with_a_trim_makes_the_trim_the_topic(builder):
    text = (
        "The GV60 keeps its 800-volt electrics. The range opens with the GV60 Premium at "
        "£47,005. It uses a 77.4 kWh battery."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GV60", "MODEL", {"brand": "Genesis"}),
            ("GV60", "MODEL", {"brand": "Genesis"}, 2),
            ("Premium", "VARIANT", {"brand": "Genesis", "model": "GV60"}),
        ],
        quantities=[
            ("£47,005", Measure(unit="GBP", dimension="currency", value=47005), None),
            ("77.4 kWh", Measure(unit="kWh", dimension="energy", value=77.4), None),
        ],
    )
    assert one(facts, "battery_capacity").subject.variant == "Premium"


def test_a_clause_before_the_car_still_speaks_of_the_trim(builder):
    text = (
        "Then there is the GV60 Magma. Genesis quotes 448 kW on overboost, and the car is due "
        "in early 2027."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GV60", "MODEL", {"brand": "Genesis"}),
            ("Magma", "VARIANT", {"brand": "Genesis", "model": "GV60"}),
            ("Genesis", "BRAND", {}),
        ],
        quantities=_figures("kW", "power", "448 kW"),
        dates=[("early 2027", Interval(D(2027, 1, 1), D(2027, 4, 30), "year", "start"))],
    )
    assert one(facts, "power").subject.variant == "Magma"
    assert one(facts, "market_launch").subject.variant is None


@pytest.mark.parametrize(
    ("sentence", "continues"),
    [
        ("The compact SUV will arrive in Skoda showrooms next spring.", True),
        ("The fastback saloon will arrive in Skoda showrooms next spring.", True),
        ("The outgoing SUV will arrive in Skoda showrooms next spring.", False),
        ("The compact SUV market will grow in Skoda showrooms next spring.", False),
    ],
)
def test_a_described_body_noun_continues_the_model(builder, sentence, continues):
    facts = run(
        builder,
        "The Epiq is Skoda's smallest electric car. " + sentence,
        vehicles=[
            ("Epiq", "MODEL", {"brand": "Skoda"}),
            ("Skoda", "BRAND", {}),
            ("Skoda", "BRAND", {}, 2),
        ],
        dates=[("next spring", Interval(D(2027, 3, 1), D(2027, 5, 31), "season"))],
    )
    assert bool([f for f in facts if f.predicate == "market_launch"]) is continues


def test_sales_that_start_date_a_launch_but_sales_that_rise_do_not(builder):
    text = (
        "The Super-One is Honda's small EV. UK sales are expected to start in early 2027. "
        "Sales rose in 2026."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Super-One", "MODEL", {"brand": "Honda"})],
        dates=[
            ("early 2027", Interval(D(2027, 1, 1), D(2027, 4, 30), "year", "start")),
            ("2026", Interval(D(2026, 1, 1), D(2026, 12, 31), "year")),
        ],
    )
    launch = one(facts, "market_launch")
    assert (launch.earliest, launch.certainty) == (D(2027, 1, 1), "speculative")


def test_rolling_out_of_a_plant_or_joining_the_line_is_production(builder):
    text = (
        "The Atto 1 is built in Subang, and the Sealion 7 is due to join it on the line in "
        "March 2027. The Seal will roll out of Szeged from mid-2028."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Atto 1", "MODEL", {"brand": "BYD"}),
            ("Sealion 7", "MODEL", {"brand": "BYD"}),
            ("Seal", "MODEL", {"brand": "BYD"}, 2),
        ],
        dates=[
            ("March 2027", Interval(D(2027, 3, 1), D(2027, 3, 31), "month")),
            ("mid-2028", Interval(D(2028, 5, 1), D(2028, 8, 31), "year", "middle")),
        ],
    )
    assert {(f.subject.model, f.predicate) for f in facts if f.earliest} == {
        ("Sealion 7", "production_start"),
        ("Seal", "production_start"),
    }


def test_on_track_to_start_production_is_a_start_but_production_staying_is_not(builder):
    text = (
        "The R2 remains on track to start production in June 2026. The R3 is likely to be "
        "previewed in late 2027, with sales to begin by 2028 and production staying in Normal."
    )
    facts = run(
        builder,
        text,
        vehicles=[("R2", "MODEL", {"brand": "Rivian"}), ("R3", "MODEL", {"brand": "Rivian"})],
        dates=[
            ("June 2026", Interval(D(2026, 6, 1), D(2026, 6, 30), "month")),
            ("late 2027", Interval(D(2027, 9, 1), D(2027, 12, 31), "year", "end")),
            ("2028", Interval(None, D(2028, 12, 31), "year")),
        ],
    )
    starts = {f.subject.model for f in facts if f.predicate == "production_start"}
    assert starts == {"R2"}


def test_a_facelift_with_its_own_date_leaves_a_later_launch_and_an_occasion_is_no_event(builder):
    facts = run(
        builder,
        "Ford confirmed at its January dealer conference that the Kuga will be facelifted "
        "this summer, with the updated SUV reaching UK showrooms in Q3 2026.",
        vehicles=[("Kuga", "MODEL", {"brand": "Ford"})],
        dates=[
            ("January", Interval(D(2026, 1, 1), D(2026, 1, 31), "month")),
            ("this summer", Interval(D(2026, 6, 1), D(2026, 8, 31), "season")),
            ("Q3 2026", Interval(D(2026, 7, 1), D(2026, 9, 30), "quarter")),
        ],
    )
    assert {(f.predicate, f.earliest) for f in facts} == {
        ("facelift", D(2026, 6, 1)),
        ("market_launch", D(2026, 7, 1)),
    }


def test_leaving_showrooms_is_no_launch(builder):
    facts = run(
        builder,
        "The Ioniq 6 N follows the i30 N, which left UK showrooms in 2025.",
        vehicles=[
            ("Ioniq 6 N", "MODEL", {"brand": "Hyundai"}),
            ("i30 N", "MODEL", {"brand": "Hyundai"}),
        ],
        dates=[("2025", Interval(D(2025, 1, 1), D(2025, 12, 31), "year"))],
    )
    assert [f for f in facts if f.predicate == "market_launch"] == []


def test_a_part_that_arrives_is_no_launch_of_the_car_but_a_version_is(builder):
    text = (
        "The EV3 is on sale now. A larger battery pack could follow by 2028. "
        "An over-the-air update is due in March 2027. "
        "A cheaper version with a smaller pack is expected to follow in 2029."
    )
    facts = run(
        builder,
        text,
        vehicles=[("EV3", "MODEL", {"brand": "Kia"})],
        dates=[
            ("2028", Interval(None, D(2028, 12, 31), "year")),
            ("March 2027", Interval(D(2027, 3, 1), D(2027, 3, 31), "month")),
            ("2029", Interval(D(2029, 1, 1), D(2029, 12, 31), "year")),
        ],
    )
    launches = [(f.earliest, f.latest) for f in facts if f.predicate == "market_launch"]
    assert launches == [(D(2029, 1, 1), D(2029, 12, 31))]


def test_added_and_rumoured_for_a_date_are_launches_but_a_teaser_is_none(builder):
    q1 = Interval(D(2027, 1, 1), D(2027, 3, 31), "quarter")
    for text, launches in (
        ("A cheaper EV3 will be added in the first quarter of 2027.", 1),
        ("A sportier EV3 GT is rumoured for the first quarter of 2027.", 1),
        ("The EV3 is on sale. A third teaser is rumoured for the first quarter of 2027.", 0),
        ("EV3 pre-sales start in the first quarter of 2027.", 0),  # orders, not sales
    ):
        got = launches_in(builder, text, ("EV3", "Kia"), ("the first quarter of 2027", q1))
        assert got == launches, text


def test_denials_after_the_feature_and_before_succession(builder):
    text = (
        "The Cayenne Electric will sit alongside, rather than succeed, the Cayenne. "
        "A front-wheel-drive version will not be offered, Porsche said."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Cayenne Electric", "MODEL", {"brand": "Porsche"}),
            ("Cayenne", "MODEL", {"brand": "Porsche"}, 2),
            ("Porsche", "BRAND", {}),
        ],
    )
    assert one(facts, "successor_of").negated is True
    drive = one(facts, "drivetrain")
    assert (drive.value, drive.negated) == ("FWD", True)


def test_a_hedging_adverb_before_the_denial_keeps_it(builder):
    for adverb in ("reportedly won't", "apparently will not"):
        text = f"The Kestrel Ultra is new. Its rear-drive version {adverb} be sold in Oulu."
        facts = run(builder, text, vehicles=[("Kestrel Ultra", "MODEL", {"brand": "Volvo"})])
        drives = {(f.value, f.negated) for f in facts if f.predicate == "drivetrain"}
        assert drives == {("RWD", True)}, adverb


def test_an_order_cancelled_after_but_denies_its_figure(builder):
    def sales(text):
        facts = run(
            builder,
            text,
            vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
            quantities=_figures("unit", "count", "60 units"),
        )
        return [(f.value, f.negated) for f in facts if f.predicate == "sales"]

    cancelled = "Oulu council had booked an order for 60 units of the Kestrel, but it has since"
    assert sales(f"{cancelled} cancelled the order.") == [(60, True)]
    # a plan of its own, not the figure's
    assert sales("Volvo sold 60 units of the Kestrel, but Oulu scrapped the plan for more.") == [
        (60, False)
    ]


def test_a_bare_code_in_a_reported_sentence_is_a_reported_code(builder):
    def codes(second):
        facts = run(
            builder,
            f"Volvo is readying the next Kestrel. {second}",
            vehicles=[
                ("Kestrel", "MODEL", {"brand": "Volvo", "generation": "next"}),
                ("K9", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}),
            ],
        )
        return [(f.value, f.certainty) for f in facts if f.predicate == "model_code"]

    assert codes("Insiders say the K9 is wider.") == [("K9", "reported")]
    assert codes("The K9 could be wider.") == []  # a guess names no code


def test_a_code_is_as_sure_as_the_first_mention_naming_its_model(builder):
    text = (
        "Volvo has shown the Kestrel (K9) in Oulu. "
        "The Kestrel (K9) will reportedly gain a bigger battery later."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo", "code": "K9"}),
            ("K9", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo", "code": "K9"}, 2),
            ("K9", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}, 2),
        ],
    )
    code = one(facts, "model_code")
    assert (code.value, code.certainty, len(code.more_evidence)) == ("K9", "official", 1)
    # a bare code stated first ties nothing: the mention naming the model decides
    facts = run(
        builder,
        "The K9 is all new. " + text.split(". ", 1)[1],
        vehicles=[
            ("K9", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo", "code": "K9"}),
            ("K9", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}, 2),
        ],
    )
    assert one(facts, "model_code").certainty == "reported"


def test_the_plain_version_of_a_special_one_is_no_new_topic(builder):
    def power(middle, last):
        text = f"Volvo has shown the Kestrel Core Armoured. {middle} {last}"
        facts = run(
            builder,
            text,
            vehicles=[
                ("Kestrel", "MODEL", {"brand": "Volvo"}),
                ("Core Armoured", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
                ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
                ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}, 2),
            ],
            quantities=[("300 kW", kw(300), None)],
        )
        return [f.subject.variant for f in facts if f.predicate == "power"]

    lighter = "The standard Kestrel Core is far lighter."
    # a figure told with no car named goes back to the special version
    assert power(lighter, "Power is 300 kW in all.") == ["Core Armoured"]
    # "It" right after the plain version's sentence still means the plain version
    assert power(lighter, "It makes 300 kW in all.") == ["Core"]


def test_a_time_phrase_with_a_parenthesis_before_after_it_opens_a_side_clause(builder):
    text = (
        "The Volvo Kestrel joined our fleet. Three months (and 9,000 km) after it arrived, "
        "our Kestrel Core has coped well. It is rated at 500 km in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=[("500 km", km(500), None)],
    )
    assert [f.subject.variant for f in facts if f.predicate == "range"] == ["Core"]


def test_the_newcomer_after_a_named_successor_is_the_successor_not_the_headlines_car(builder):
    text = (
        "Volvo Kestrel Core ends the petrol era\n\n"
        "Volvo says the Kestrel Core is to be the last petrol Kestrel. "
        "Production of the current Kestrel ends next year.\n\n"
        "The Kestrel is being replaced by the Osprey, an electric hatch. "
        "The company says the newcomer will have 300 kW in all."
    )
    kestrel = {"brand": "Volvo", "model": "Kestrel"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", kestrel),
            ("Volvo", "BRAND", {}, 2),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("Core", "VARIANT", kestrel, 2),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 3),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 4),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 5),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
        ],
        quantities=[("300 kW", kw(300), None)],
    )
    assert one(facts, "successor_of").subject.model == "Osprey"
    assert [f.subject.model for f in facts if f.predicate == "power"] == ["Osprey"]


def test_a_trim_after_its_models_body_noun_is_one_car_with_it(builder):
    text = "The Volvo Kestrel estate Ultra has 300 kW, and its 19 kWh battery is new."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=[("300 kW", kw(300), None), *_figures("kWh", "energy", "19 kWh")],
    )
    assert {(f.predicate, f.subject.variant) for f in facts} == {
        ("power", "Ultra"),
        ("battery_capacity", "Ultra"),
    }


def test_a_car_compared_across_a_describing_compound_is_no_subject(builder):
    text = (
        "Volvo has shown the Kestrel Ultra. Its motor makes 300 kW, "
        "compared with the street-legal Kestrel's 250 kW at launch."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
        ],
        quantities=[("300 kW", kw(300), None), ("250 kW", kw(250), None)],
    )
    assert ("Ultra", 300) in [(f.subject.variant, f.value) for f in facts]


def test_trucks_and_vans_sold_are_sales(builder):
    for noun in ("trucks", "vans"):
        text = f"Volvo sold 19,412 {noun} of the Kestrel in the first quarter."
        facts = run(
            builder,
            text,
            vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
            quantities=[
                (
                    f"19,412 {noun}",
                    Measure(unit=noun[:-1], dimension="count", value=19412),
                    None,
                )
            ],
        )
        assert [(f.predicate, f.value) for f in facts] == [("sales", 19412)], noun


def test_units_a_model_contributed_or_added_are_sales(builder):
    for verb in ("contributed", "added"):
        text = f"Volvo grew by 4 per cent, and the Kestrel {verb} 9,310 units."
        count = Measure(unit="unit", dimension="count", value=9310)
        facts = run(
            builder,
            text,
            vehicles=[("Volvo", "BRAND", {}), ("Kestrel", "MODEL", {"brand": "Volvo"})],
            quantities=[("9,310 units", count, None)],
        )
        assert [(f.subject.model, f.predicate, f.value) for f in facts] == [
            ("Kestrel", "sales", 9310)
        ], verb


def test_a_mass_called_heavy_is_the_weight(builder):
    text = "It is not cheap. At 2,410 kg (5,313 lb), the Kestrel is heavy for its size."
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=[
            ("2,410 kg", Measure(unit="kg", dimension="mass", value=2410), None),
            ("5,313 lb", Measure(unit="lb", dimension="mass", value=5313), "2,410 kg"),
        ],
    )
    assert values(facts, "weight") == [2410]


def test_a_figure_in_a_listed_at_aside_is_the_compared_cars(builder):
    text = "The Kestrel costs €41,200, far less than the Osprey, listed at €58,300 in Oulu."
    volvo = {"brand": "Volvo"}
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", volvo), ("Osprey", "MODEL", volvo)],
        quantities=[("€41,200", eur(41200), None), ("€58,300", eur(58300), None)],
    )
    assert by_model(facts, "price") == {("Kestrel", 41200), ("Osprey", 58300)}


def test_the_price_of_a_tyre_is_no_price_of_the_car(builder):
    kestrel = [("Kestrel", "MODEL", {"brand": "Volvo"})]
    text = "Our Kestrel needed one new tyre at €210 after a pothole."
    facts = run(builder, text, vehicles=kestrel, quantities=[("€210", eur(210), None)])
    assert values(facts, "price") == []
    text = "Our Kestrel costs €41,200 after a long wait."
    facts = run(builder, text, vehicles=kestrel, quantities=[("€41,200", eur(41200), None)])
    assert values(facts, "price") == [41200]


def test_unsold_trucks_are_no_sales(builder):
    count = Measure(unit="truck", dimension="count", value=9040)
    for text, sales in (
        ("The Kestrel stop-sale affects 9,040 trucks sitting unsold at dealers.", []),
        ("Volvo sold 9,040 trucks of the Kestrel at dealers.", [9040]),
    ):
        facts = run(
            builder,
            text,
            vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
            quantities=[("9,040 trucks", count, None)],
        )
        assert values(facts, "sales") == sales, text


def test_both_models_after_a_trim_and_another_model_are_the_two_models(builder):
    volvo = {"brand": "Volvo"}
    text = (
        "The Kestrel Ultra is rated at 520 km. Its sibling, the Osprey, is a saloon. "
        "Both models use a 160 kW motor."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", volvo),
            ("Ultra", "VARIANT", {**volvo, "model": "Kestrel"}),
            ("Osprey", "MODEL", volvo),
        ],
        quantities=[
            ("520 km", Measure(unit="km", dimension="length", value=520), None),
            ("160 kW", kw(160), None),
        ],
    )
    power = {(f.subject.model, f.subject.variant, f.value) for f in facts if f.predicate == "power"}
    assert power == {("Kestrel", None, 160), ("Osprey", None, 160)}


def test_a_pre_production_car_dates_no_production_start(builder):
    march = Interval(D(2027, 3, 12), D(2027, 3, 12), "day")
    kestrel = [("Kestrel", "MODEL", {"brand": "Volvo"})]
    for text, starts in (
        ("A pre-production test car of the Kestrel set a record on 12 March.", []),
        ("Production of the Kestrel starts in Oulu on 12 March.", [march.earliest]),
    ):
        facts = run(builder, text, vehicles=kestrel, dates=[("12 March", march)])
        assert [f.earliest for f in facts if f.predicate == "production_start"] == starts, text


def test_the_length_of_a_named_race_track_is_no_range(builder):
    text = "Our Kestrel went round the Nordschleife, some 20.8 km long, in eight minutes."
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=[("20.8 km", Measure(unit="km", dimension="length", value=20.8), None)],
    )
    assert values(facts, "range") == []


def test_a_production_car_is_no_production_start(builder):
    facts = run(
        builder,
        "On 12 October Skoda showed the production Epiq, its smallest SUV.",
        vehicles=[("Skoda", "BRAND", {}), ("Epiq", "MODEL", {"brand": "Skoda"})],
        dates=[("12 October", Interval(D(2026, 10, 12), D(2026, 10, 12), "day"))],
    )
    assert [f for f in facts if f.predicate == "production_start"] == []


def test_a_code_in_a_relative_clause_goes_to_its_antecedent_not_the_predecessor(builder):
    text = (
        "The Amalfi, which replaces the Roma and carries the project code F169M, is lighter. "
        "Its V8 makes 640 PS."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Amalfi", "MODEL", {"brand": "Ferrari"}),
            ("Roma", "MODEL", {"brand": "Ferrari"}),
            ("F169M", "MODEL_CODE", {"brand": "Ferrari", "model": "Roma"}),
        ],
        quantities=_figures("PS", "power", "640 PS"),
    )
    code = one(facts, "model_code")
    assert (code.subject.model, code.value) == ("Amalfi", "F169M")
    assert one(facts, "power").subject.code == "F169M"


def test_the_cue_nearest_a_mass_names_it_and_hydrogen_is_no_payload(builder):
    text = (
        "The Hilux stores 7.8 kg of hydrogen beneath its load bed. The pickup can tow 2,500 kg "
        "and carry a payload of 900 kg."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Hilux", "MODEL", {"brand": "Toyota"})],
        quantities=[
            ("7.8 kg", Measure(unit="kg", dimension="mass", value=7.8), None),
            ("2,500 kg", Measure(unit="kg", dimension="mass", value=2500), None),
            ("900 kg", Measure(unit="kg", dimension="mass", value=900), None),
        ],
    )
    assert {(f.predicate, f.value) for f in facts} == {
        ("towing_capacity", 2500),
        ("payload", 900),
    }


def test_replaced_reads_forward_and_replaced_by_backward(builder):
    text = (
        "The E-Transit Custom is Ford's electric van. In effect, it replaced the Transit "
        "Custom PHEV. The Kuga was replaced by the Explorer."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("E-Transit Custom", "MODEL", {"brand": "Ford"}),
            ("Transit Custom", "MODEL", {"brand": "Ford"}, 2),
            ("PHEV", "VARIANT", {"brand": "Ford", "model": "Transit Custom"}),
            ("Kuga", "MODEL", {"brand": "Ford"}),
            ("Explorer", "MODEL", {"brand": "Ford"}),
        ],
    )
    pairs = by_model(facts, "successor_of")
    assert pairs == {("E-Transit Custom", "Ford Transit Custom PHEV"), ("Explorer", "Ford Kuga")}


def test_made_way_for_reads_backward_and_fills_the_gap_left_by_forward(builder):
    text = (
        "The Huracán has since made way for the Temerario. The ID. Every1 is new. "
        "The city car fills the gap left by the e-up!"
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Huracán", "MODEL", {"brand": "Lamborghini"}),
            ("Temerario", "MODEL", {"brand": "Lamborghini"}),
            ("ID. Every1", "MODEL", {"brand": "Volkswagen"}),
            ("e-up!", "MODEL", {"brand": "Volkswagen"}),
        ],
    )
    pairs = by_model(facts, "successor_of")
    assert pairs == {
        ("Temerario", "Lamborghini Huracán"),
        ("ID. Every1", "Volkswagen e-up!"),
    }


def test_the_car_named_as_a_successor_succeeds_the_possessor(builder):
    text = (
        "The plant added the Optima and then its successor, the K5. The Polestar 2 is getting "
        "old, and its successor will be the Polestar 7. The Supra's successor will revive the "
        "Celica name."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Optima", "MODEL", {"brand": "Kia"}),
            ("K5", "MODEL", {"brand": "Kia"}),
            ("Polestar 2", "MODEL", {"brand": "Polestar"}),
            ("Polestar 7", "MODEL", {"brand": "Polestar"}),
            ("Supra", "MODEL", {"brand": "Toyota"}),
            ("Celica", "MODEL", {"brand": "Toyota"}),
        ],
    )
    assert {
        ("K5", "Kia Optima"),
        ("Polestar 7", "Polestar 2"),
        ("Celica", "Toyota Supra"),
    } <= by_model(facts, "successor_of")


def test_the_car_that_takes_over_becomes_the_topic(builder):
    text = (
        "The Megane will make way for a crossover that revives the Renault 7 name. "
        "The newcomer will move to the AmpR Medium platform."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Megane", "MODEL", {"brand": "Renault"}),
            ("Renault 7", "MODEL", {"brand": "Renault"}),
            ("AmpR Medium", "PLATFORM", {}),
        ],
    )
    assert one(facts, "platform").subject.model == "Renault 7"


def test_a_main_clause_resumed_after_an_appositive_keeps_its_subject(builder):
    text = (
        "The 849 Testarossa, known internally as F173M, is the direct successor to the SF90 "
        "Stradale and keeps its basic recipe."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("849 Testarossa", "MODEL", {"brand": "Ferrari"}),
            ("F173M", "MODEL_CODE", {"brand": "Ferrari", "model": "849 Testarossa"}),
            ("SF90 Stradale", "MODEL", {"brand": "Ferrari"}),
        ],
    )
    fact = one(facts, "successor_of")
    assert (fact.subject.model, fact.value) == ("849 Testarossa", "Ferrari SF90 Stradale")


def test_a_participle_appositive_running_to_the_end_may_contain_and(builder):
    nlp, _ = builder
    doc = nlp("McLaren delivered the W1, developed as P18 and the successor to the P1.")
    kinds = [(doc[a:b].text, k) for a, b, k in _clauses(next(doc.sents), set(), {"developed"})]
    assert kinds[-1] == ("developed as P18 and the successor to the P1.", "app")
    # a list after a name is no appositive: "the W1, the P1 and the Senna."
    doc = nlp("McLaren delivered the W1, the P1 and the Senna.")
    assert [k for _, _, k in _clauses(next(doc.sents), set(), {"developed"})] == ["main"]


def test_a_participle_appositive_may_go_on_with_and(builder):
    text = (
        "McLaren has handed over the first W1, developed under the codename P18 and the "
        "successor to the P1."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("McLaren", "BRAND", {}),
            ("W1", "MODEL", {"brand": "McLaren"}),
            ("P18", "MODEL_CODE", {"brand": "McLaren", "model": "W1"}),
            ("P1", "MODEL", {"brand": "McLaren"}, 2),
        ],
    )
    fact = one(facts, "successor_of")
    assert (fact.subject.model, fact.value) == ("W1", "McLaren P1")


def test_a_clause_opened_by_its_replacement_is_about_the_next_generation(builder):
    text = (
        "Mercedes' next GLE, codenamed W168, gets slimmer lights. The current GLE (W167) went on "
        "sale in 2019; its replacement is due to premiere in September."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GLE", "MODEL", {"brand": "Mercedes-Benz", "generation": "next"}),
            ("W168", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": "GLE"}),
            ("GLE", "MODEL", {"brand": "Mercedes-Benz", "generation": "current"}, 2),
            ("W167", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": "GLE"}),
        ],
        dates=[
            ("2019", Interval(D(2019, 1, 1), D(2019, 12, 31), "year")),
            ("September", Interval(D(2026, 9, 1), D(2026, 9, 30), "month")),
        ],
    )
    premiere = one(facts, "premiere")
    assert (premiere.subject.generation, premiere.subject.code) == ("next", "W168")
    assert one(facts, "market_launch").subject.code == "W167"


def test_a_wire_dateline_and_a_makers_relative_clause_state_nothing_of_the_car(builder):
    text = (
        "SHANGHAI, March 3 (Wire) - Leapmotor will start assembling its B10 SUV in Spain in the "
        "third quarter, the company said. Leapmotor, which delivered 596,000 vehicles last year, "
        "declined to comment on the B10."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Leapmotor", "BRAND", {}),
            ("B10", "MODEL", {"brand": "Leapmotor"}),
            ("Leapmotor", "BRAND", {}, 2),
            ("B10", "MODEL", {"brand": "Leapmotor"}, 2),
        ],
        quantities=[
            ("596,000 vehicles", Measure(unit="vehicle", dimension="count", value=596000), None)
        ],
        dates=[
            ("March 3", Interval(D(2026, 3, 3), D(2026, 3, 3), "day")),
            ("the third quarter", Interval(D(2026, 7, 1), D(2026, 9, 30), "quarter")),
        ],
    )
    start = one(facts, "production_start")
    assert (start.earliest, start.latest) == (D(2026, 7, 1), D(2026, 9, 30))
    assert [f for f in facts if f.predicate == "sales"] == []


def test_the_topics_maker_saying_what_it_does_not_do_keeps_the_topic(builder):
    text = (
        "The Model 3 Long Range is quick. Tesla doesn't publish a battery size; the pack is "
        "believed to hold about 75 kWh. Ford does not publish one; the pack holds 80 kWh."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Model 3", "MODEL", {"brand": "Tesla"}),
            ("Long Range", "VARIANT", {"brand": "Tesla", "model": "Model 3"}),
            ("Tesla", "BRAND", {}),
            ("Ford", "BRAND", {}),
        ],
        quantities=[
            ("75 kWh", Measure(unit="kWh", dimension="energy", value=75), None),
            ("80 kWh", Measure(unit="kWh", dimension="energy", value=80), None),
        ],
    )
    # another maker's denial still names something else than the topic
    assert [(f.value, f.certainty) for f in facts if f.predicate == "battery_capacity"] == [
        (75, "speculative")
    ]


def test_the_latter_and_the_former_are_the_last_and_first_named_before(builder):
    text = (
        "The EV3 is new. It comes with the Air and the GT. The latter makes 150 kW in all. "
        "It comes with the Air and the GT. The former makes 110 kW in all."
    )
    trims = [("Air", "VARIANT", {"brand": "Kia", "model": "EV3"}, k) for k in (1, 2)]
    trims += [("GT", "VARIANT", {"brand": "Kia", "model": "EV3"}, k) for k in (1, 2)]
    facts = run(
        builder,
        text,
        vehicles=[("EV3", "MODEL", {"brand": "Kia"}), *trims],
        quantities=[("150 kW", kw(150), None), ("110 kW", kw(110), None)],
    )
    got = {(f.subject.variant, f.value) for f in facts if f.predicate == "power"}
    assert got == {("GT", 150), ("Air", 110)}


def test_a_modal_after_an_anaphoric_subject_keeps_the_topic(builder):
    text = (
        "Kia is readying the EV2. The maker has said little, but the newcomer could borrow "
        "the EV3's motor. It should cost €25,000."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kia", "BRAND", {}),
            ("EV2", "MODEL", {"brand": "Kia"}),
            ("EV3", "MODEL", {"brand": "Kia"}),
        ],
        quantities=[("€25,000", Measure(unit="EUR", dimension="currency", value=25000), None)],
    )
    assert one(facts, "price").subject.model == "EV2"


def test_a_cue_after_ahead_of_does_not_take_the_date(builder):
    facts = run(
        builder,
        "The Avatr 11 will make its debut at the Paris show in October, ahead of deliveries.",
        vehicles=[("Avatr 11", "MODEL", {"brand": "Avatr"})],
        dates=[("October", Interval(D(2026, 10, 1), D(2026, 10, 31), "month"))],
    )
    assert [(f.predicate, f.earliest) for f in facts] == [("premiere", D(2026, 10, 1))]


def test_body_nouns_refer_back_and_a_maker_ruling_out_speaks_of_the_car(builder):
    text = (
        "Bugatti has shown the Tourbillon. An electric axle makes the hypercar all-wheel "
        "drive, and Bugatti has ruled out a rear-wheel-drive version."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Bugatti", "BRAND", {}),
            ("Tourbillon", "MODEL", {"brand": "Bugatti"}),
            ("Bugatti", "BRAND", {}, 2),
        ],
    )
    got = {(f.subject.model, f.value, f.negated) for f in facts if f.predicate == "drivetrain"}
    assert got == {("Tourbillon", "AWD", False), ("Tourbillon", "RWD", True)}


def test_going_out_of_production_is_no_start_and_a_second_motor_makes_two(builder):
    text = (
        "The N°8 replaces the DS 9, which went out of production last year. "
        "The N°8 Performance adds a second motor for more grip."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("N°8", "MODEL", {"brand": "DS"}),
            ("DS 9", "MODEL", {"brand": "DS"}),
            ("N°8 Performance", "VARIANT", {"brand": "DS", "model": "N°8"}),
        ],
        dates=[("last year", Interval(D(2025, 1, 1), D(2025, 12, 31), "year"))],
    )
    assert not [f for f in facts if f.predicate == "production_start"]
    assert [(f.subject.variant, f.value) for f in facts if f.predicate == "motor_count"] == [
        ("N°8 Performance", 2)
    ]


def test_cars_for_a_market_are_the_article_s_vehicle_not_cars_in_general(builder):
    text = (
        "Tesla has added a Model Y Performance. Cars for Europe will be built in Grünheide. "
        "Cars are getting heavier, and most are built in China."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Tesla", "BRAND", {}),
            ("Model Y", "MODEL", {"brand": "Tesla"}),
            ("Performance", "VARIANT", {"brand": "Tesla", "model": "Model Y"}),
        ],
    )
    sites = [(f.subject.variant, f.value) for f in facts if f.predicate == "production_site"]
    assert sites == [("Performance", "Grünheide")]


def test_a_drivetrain_of_a_platform_or_of_a_compared_car_is_no_claim(builder):
    text = (
        "The Epiq rides on MEB Entry, the front-wheel-drive version of the group's MEB "
        "architecture. The AllGrip-e is quicker than the front-driven car. "
        "The Epiq won't be offered with all-wheel drive because the platform is too small."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Epiq", "MODEL", {"brand": "Skoda"}),
            ("MEB Entry", "PLATFORM", {}),
            ("MEB", "PLATFORM", {}, 2),
            ("AllGrip-e", "VARIANT", {"brand": "Suzuki", "model": "e Vitara"}),
            ("Epiq", "MODEL", {"brand": "Skoda"}, 2),
        ],
    )
    got = {(f.subject.model, f.value, f.negated) for f in facts if f.predicate == "drivetrain"}
    assert got == {("Epiq", "AWD", True)}


def test_the_first_cars_are_the_article_s_vehicle_and_delivered_is_a_launch(builder):
    text = (
        "Volkswagen has revealed the ID. Polo. Series production begins next month, and the "
        "first cars will be delivered in the autumn."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Volkswagen", "BRAND", {}), ("ID. Polo", "MODEL", {"brand": "Volkswagen"})],
        dates=[
            ("next month", Interval(D(2026, 2, 1), D(2026, 2, 28), "month")),
            ("the autumn", Interval(D(2026, 9, 1), D(2026, 11, 30), "season")),
        ],
    )
    got = {(f.subject.model, f.predicate, f.earliest) for f in facts}
    assert got == {
        ("ID. Polo", "production_start", D(2026, 2, 1)),
        ("ID. Polo", "market_launch", D(2026, 9, 1)),
    }


def test_a_model_line_grown_with_a_variant_makes_the_variant_the_topic(builder):
    text = (
        "The 296 family has grown with the 296 Speciale, a lighter version. "
        "It develops 647 kW in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("296", "MODEL", {"brand": "Ferrari"}),
            ("296 Speciale", "VARIANT", {"brand": "Ferrari", "model": "296"}),
        ],
        quantities=_figures("kW", "power", "647 kW"),
    )
    assert one(facts, "power").subject.variant == "296 Speciale"


def test_a_described_code_linked_to_a_twin_named_later_stays_with_the_current_car(builder):
    text = (
        "Suzuki has launched the e Vitara. The compact SUV, known internally as YY8, rides on "
        "the HEARTECT-e platform alongside the Toyota Urban Cruiser, its twin."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Suzuki", "BRAND", {}),
            ("e Vitara", "MODEL", {"brand": "Suzuki"}),
            ("YY8", "MODEL_CODE", {"brand": "Suzuki", "model": "Urban Cruiser"}),
            ("HEARTECT-e", "PLATFORM", {}),
            ("Toyota", "BRAND", {}),
            ("Urban Cruiser", "MODEL", {"brand": "Toyota"}),
        ],
    )
    got = {(f.subject.model, f.subject.code, f.predicate) for f in facts}
    assert ("e Vitara", "YY8", "model_code") in got
    assert ("e Vitara", "YY8", "platform") in got
    assert not [f for f in facts if f.subject.code and f.subject.model == "Urban Cruiser"]


def test_both_versions_of_a_model_state_a_fact_of_the_model(builder):
    text = (
        "The Avatr 11 comes as a Long Range and a Performance. "
        "Both versions ride on the CHN platform."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Avatr 11", "MODEL", {"brand": "Avatr"}),
            ("Long Range", "VARIANT", {"brand": "Avatr", "model": "Avatr 11"}),
            ("Performance", "VARIANT", {"brand": "Avatr", "model": "Avatr 11"}),
            ("CHN", "PLATFORM", {}),
        ],
    )
    got = [(f.subject.model, f.subject.variant) for f in facts if f.predicate == "platform"]
    assert got == [("Avatr 11", None)]


def test_a_body_noun_refers_back_to_the_model_not_its_last_trim(builder):
    text = (
        "The Equinox EV LT starts at $34,995. The crossover's 85 kWh battery accepts up to "
        "150 kW at a fast charger."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Equinox EV", "MODEL", {"brand": "Chevrolet"}),
            ("LT", "VARIANT", {"brand": "Chevrolet", "model": "Equinox EV"}),
        ],
        quantities=[
            ("$34,995", Measure(unit="USD", dimension="currency", value=34995), None),
            ("85 kWh", Measure(unit="kWh", dimension="energy", value=85), None),
            ("150 kW", Measure(unit="kW", dimension="power", value=150), None),
        ],
    )
    assert one(facts, "price").subject.variant == "LT"
    assert one(facts, "battery_capacity").subject.variant is None
    assert one(facts, "charging_power").subject.variant is None


def test_a_bare_trim_name_belongs_to_the_model_the_article_has_moved_on_to(builder):
    text = (
        "The Cupra Tavascan VZ is quick. Then the Cupra Formentor. Our VZ develops 245 kW in "
        "all, and it needs 4.9 seconds."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Cupra", "BRAND", {}),
            ("Tavascan", "MODEL", {"brand": "Cupra"}),
            ("VZ", "VARIANT", {"brand": "Cupra", "model": "Tavascan"}),
            ("Cupra", "BRAND", {}, 2),
            ("Formentor", "MODEL", {"brand": "Cupra"}),
            ("VZ", "VARIANT", {"brand": "Cupra", "model": "Tavascan"}, 2),
        ],
        quantities=[
            ("245 kW", Measure(unit="kW", dimension="power", value=245), None),
            ("4.9 seconds", secs(4.9), None),
        ],
    )
    power = one(facts, "power")
    assert (power.subject.model, power.subject.variant) == ("Formentor", "VZ")


def test_sites_after_come_off_and_no_price_in_a_tax_credit(builder):
    text = (
        "The Honda Prologue shares the Ultium platform with the Chevrolet Equinox EV, and both "
        "come off the same line in Ramos Arizpe. None of them qualifies for the $7,500 tax "
        "credit."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Honda", "BRAND", {}),
            ("Prologue", "MODEL", {"brand": "Honda"}),
            ("Ultium", "PLATFORM", {}),
            ("Chevrolet", "BRAND", {}),
            ("Equinox EV", "MODEL", {"brand": "Chevrolet"}),
        ],
        quantities=[("$7,500", Measure(unit="USD", dimension="currency", value=7500), None)],
    )
    sites = by_model(facts, "production_site")
    assert sites == {("Prologue", "Ramos Arizpe"), ("Equinox EV", "Ramos Arizpe")}
    assert not [f for f in facts if f.predicate == "price"]


def test_listed_trims_take_listed_figures_in_order(builder):
    text = (
        "The Kia EV9 is available in three grades – Air, Earth and GT-Line – priced at "
        "€67,500, €72,900 and €79,990. Prices are higher than before. "
        "The Earth and GT-Line use two motors."
    )
    kia = {"brand": "Kia", "model": "EV9"}
    eur = [Measure(unit="EUR", dimension="currency", value=v) for v in (67500, 72900, 79990)]
    facts = run(
        builder,
        text,
        vehicles=[
            ("EV9", "MODEL", {"brand": "Kia"}),
            ("Air", "VARIANT", kia),
            ("Earth", "VARIANT", kia),
            ("GT-Line", "VARIANT", kia),
            ("Earth", "VARIANT", kia, 2),
            ("GT-Line", "VARIANT", kia, 2),
        ],
        quantities=[
            ("€67,500", eur[0], None),
            ("€72,900", eur[1], None),
            ("€79,990", eur[2], None),
        ],
    )
    prices = {(f.subject.variant, f.value) for f in facts if f.predicate == "price"}
    assert prices == {("Air", 67500), ("Earth", 72900), ("GT-Line", 79990)}
    # "than" ending the sentence before makes no comparison of the next one's subject
    motors = {f.subject.variant for f in facts if f.predicate == "motor_count"}
    assert motors == {"Earth", "GT-Line"}


def test_a_count_the_maker_sold_and_its_period_are_no_facts_of_a_car(builder):
    text = (
        "Kia says it has delivered 110,000 units of the EV9, part of the 3.1 million vehicles "
        "Kia sold in 2025."
    )
    units = Measure(unit="unit", dimension="count", value=110000)
    vehicles_sold = Measure(unit="vehicle", dimension="count", value=3.1e6)
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kia", "BRAND", {}),
            ("EV9", "MODEL", {"brand": "Kia"}),
            ("Kia", "BRAND", {}, 2),
        ],
        quantities=[("110,000 units", units, None), ("3.1 million vehicles", vehicles_sold, None)],
        dates=[("2025", Interval(D(2025, 1, 1), D(2025, 12, 31), "year"))],
    )
    assert [(f.predicate, f.value) for f in facts] == [("sales", 110000)]


def test_a_count_a_maker_sold_is_the_makers_unless_a_car_is_named(builder):
    def cars(v):
        return Measure(unit="car", dimension="count", value=v)

    text = (
        "The Tavascan is Cupra's EV. The Spanish marque sold a record 298,700 cars last year, "
        "and it wants the Tavascan to carry that growth. Cupra sold 9,000 Tavascan cars."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Tavascan", "MODEL", {"brand": "Cupra"}, 1),
            ("Tavascan", "MODEL", {"brand": "Cupra"}, 2),
            ("Cupra", "BRAND", {}, 2),
            ("Tavascan", "MODEL", {"brand": "Cupra"}, 3),
        ],
        quantities=[
            ("298,700 cars", cars(298700), None),
            ("9,000 Tavascan cars", cars(9000), None),
        ],
    )
    assert values(facts, "sales") == [9000]


def test_a_car_said_to_be_its_replacement_succeeds_what_its_points_to(builder):
    text = (
        "The Escape is gone. The Bronco Sport is effectively its replacement. "
        "With the Ceed gone, the EV4 will be its successor."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Escape", "MODEL", {"brand": "Ford"}),
            ("Bronco Sport", "MODEL", {"brand": "Ford"}),
            ("Ceed", "MODEL", {"brand": "Kia"}),
            ("EV4", "MODEL", {"brand": "Kia"}),
        ],
    )
    got = {(f.subject.model, f.value) for f in facts if f.predicate == "successor_of"}
    assert got == {("Bronco Sport", "Ford Escape"), ("EV4", "Kia Ceed")}


def test_its_successor_is_the_next_generation_and_succeeds_the_current_one(builder):
    text = (
        "Nissan will end production of the GT-R in August. Its successor, known internally as "
        "R36, will reportedly switch to a hybrid V6 with around 597 kW in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Nissan", "BRAND", {}),
            ("GT-R", "MODEL", {"brand": "Nissan"}),
            ("R36", "MODEL_CODE", {"brand": "Nissan", "model": "GT-R"}),
        ],
        quantities=_figures("kW", "power", "597 kW"),
    )
    got = {(f.subject.model, f.subject.code, f.predicate, f.value) for f in facts}
    assert ("GT-R", "R36", "successor_of", "Nissan GT-R") in got
    assert ("GT-R", "R36", "power", 597) in got
    assert ("GT-R", "R36", "model_code", "R36") in got


def test_a_car_described_as_the_replacement_for_another_keeps_the_figures(builder):
    facts = run(
        builder,
        "The ID. Golf, effectively the replacement for the ID.3, will be built at Wolfsburg.",
        vehicles=[
            ("ID. Golf", "MODEL", {"brand": "Volkswagen"}),
            ("ID.3", "MODEL", {"brand": "Volkswagen"}),
        ],
    )
    assert {f.subject.model for f in facts if f.predicate == "production_site"} == {"ID. Golf"}


def test_a_subject_name_does_not_repeat_a_brand_its_model_already_names(builder):
    facts = run(
        builder,
        "The Polestar 7 takes over from the Polestar 2 as the brand's entry point.",
        vehicles=[
            ("Polestar 7", "MODEL", {"brand": "Polestar"}),
            ("Polestar 2", "MODEL", {"brand": "Polestar"}),
        ],
    )
    fact = one(facts, "successor_of")
    assert (fact.subject.name, fact.value) == ("Polestar 7", "Polestar 2")


@pytest.mark.parametrize(
    ("brand", "model", "name"),
    [
        ("Mazda", "Mazda6", "Mazda6"),
        ("DS Automobiles", "DS 9", "DS 9"),
        ("Ram", "Rampage", "Ram Rampage"),
        ("Kia", "EV9", "Kia EV9"),
    ],
)
def test_a_name_drops_a_brand_its_model_already_starts_with(brand, model, name):
    assert _subject(brand, model, None, None, None).name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "The EV9 is built at Gwangmyeong, South Korea, and at West Point, Georgia.",
        "The EV9 is built at Gwangmyeong in South Korea and West Point in Georgia.",
    ],
)
def test_a_second_town_after_a_region(builder, sentence):
    assert sites_of(builder, sentence, "EV9", "Kia") == ["Gwangmyeong", "West Point"]


def test_gapped_sites_give_each_vehicle_its_town(builder):
    text = (
        "Both cars sold in Europe are built in China, the Model 3 in Shanghai and the Seal in "
        "Changzhou. The Seal arrives in March."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Model 3", "MODEL", {"brand": "Tesla"}),
            ("Seal", "MODEL", {"brand": "BYD"}),
            ("Seal", "MODEL", {"brand": "BYD"}, 2),
        ],
        dates=[("March", Interval(D(2027, 3, 1), D(2027, 3, 31), "month"))],
    )
    sites = by_model(facts, "production_site")
    assert sites == {("Model 3", "Shanghai"), ("Seal", "Changzhou")}


def test_two_towns_after_one_site_cue_and_both_models(builder):
    text = (
        "Hyundai updated the Ioniq 9 and Kia the EV9. Both models ride on the E-GMP platform. "
        "The ID.4 is assembled in Zwickau and Emden."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Hyundai", "BRAND", {}),
            ("Ioniq 9", "MODEL", {"brand": "Hyundai"}),
            ("Kia", "BRAND", {}),
            ("EV9", "MODEL", {"brand": "Kia"}),
            ("E-GMP", "PLATFORM", {}),
            ("ID.4", "MODEL", {"brand": "Volkswagen"}),
        ],
    )
    got = {(f.subject.model, f.predicate, f.value) for f in facts}
    assert got == {
        ("Ioniq 9", "platform", "E-GMP"),
        ("EV9", "platform", "E-GMP"),
        ("ID.4", "production_site", "Zwickau"),
        ("ID.4", "production_site", "Emden"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge in a trailing phrase belongs to that phrase
        (
            "GWM confirmed that deliveries of the Tank 300 begin in 2027, at a price expected "
            "to be around 62,000 euros.",
            {"market_launch": "official", "price": "speculative"},
        ),
        # an attribution inside the sentence speaks for its own statement
        (
            "The Tank 300 is due in 2027, according to an insider, and the Ora 03 is set to "
            "follow in 2028.",
            {"Tank 300": "reported", "Ora 03": "official"},
        ),
        # one opening the sentence speaks for all of it
        (
            "According to an insider, the Tank 300 is due in 2027 and the Ora 03 will follow "
            "in 2028.",
            {"Tank 300": "reported", "Ora 03": "reported"},
        ),
        # a reporting participle opens a clause of its own
        (
            "GWM confirmed there will be no rear-wheel-drive Tank 300, arguing that it would "
            "be too slow.",
            {"drivetrain": "official"},
        ),
        # a newspaper or magazine is a source; a prototype that "appears to" is a guess
        (
            "Spanish outlet Motorpasion says the Tank 300 will arrive in 2027. Judging by the "
            "prototypes, the Ora 03 seems to be due in 2028.",
            {"Tank 300": "reported", "Ora 03": "speculative"},
        ),
        # "It adds that ...": the outlet goes on speaking
        (
            "Le Parisien says the Tank 300 is due in 2027. It adds that the Ora 03 will "
            "arrive in 2028.",
            {"Ora 03": "reported"},
        ),
        # what follows a colon is a statement of its own
        (
            "Sources claimed that the Tank 300 is due in 2027, but GWM said: the Ora 03 will "
            "arrive in 2028.",
            {"Tank 300": "reported", "Ora 03": "official"},
        ),
        # "more than expected" hedges nothing
        (
            "The Tank 300 is due in 2027, sooner than expected, and the Ora 03 could follow in "
            "2028.",
            {"Tank 300": "official", "Ora 03": "speculative"},
        ),
        # an attribution in a "while" clause speaks from there on
        (
            "The Tank 300 is due in 2027, while a report says the Ora 03 will arrive in 2028.",
            {"Tank 300": "official", "Ora 03": "reported"},
        ),
    ],
)
def test_the_scope_of_hedges_and_attributions(builder, text, expected):
    gwm = {"brand": "GWM"}
    vehicles = [(name, "MODEL", gwm) for name in ("Tank 300", "Ora 03") if name in text]
    quantities = []
    if "62,000 euros" in text:
        quantities = [
            ("62,000 euros", Measure(unit="EUR", dimension="currency", value=62000), None)
        ]
    dates = [
        (year, Interval(D(int(year), 1, 1), D(int(year), 12, 31), "year"))
        for year in ("2027", "2028")
        if year in text
    ]
    facts = run(builder, text, vehicles=vehicles, quantities=quantities, dates=dates)
    got = {}
    for f in facts:
        key = f.predicate if f.predicate in expected else f.subject.model
        got[key] = f.certainty
    assert {k: got.get(k) for k in expected} == expected


def test_a_figure_worn_by_the_vehicle_after_it_and_descriptive_facelift_words(builder):
    text = (
        "BYD cut the Seal to €44,990, which makes it cheaper than the €47,990 Model 3 Long "
        "Range. The refreshed Model 3 reached Europe in 2023."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("BYD", "BRAND", {}),
            ("Seal", "MODEL", {"brand": "BYD"}),
            ("Model 3", "MODEL", {"brand": "Tesla"}),
            ("Long Range", "VARIANT", {"brand": "Tesla", "model": "Model 3"}),
            ("Model 3", "MODEL", {"brand": "Tesla"}, 2),
        ],
        quantities=[
            ("€44,990", Measure(unit="EUR", dimension="currency", value=44990), None),
            ("€47,990", Measure(unit="EUR", dimension="currency", value=47990), None),
        ],
        dates=[("2023", Interval(D(2023, 1, 1), D(2023, 12, 31), "year"))],
    )
    prices = {
        (f.subject.model, f.subject.variant, f.value) for f in facts if f.predicate == "price"
    }
    assert prices == {("Seal", None, 44990), ("Model 3", "Long Range", 47990)}
    assert not [f for f in facts if f.predicate == "facelift"]


def test_a_code_after_an_anaphor_describes_its_referent_not_a_model_named_later(builder):
    text = (
        "Mercedes is testing the next GLA. Sources suggest the new SUV carries the internal "
        "code H248 and sits on the MMA platform that debuted on the latest CLA."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GLA", "MODEL", {"brand": "Mercedes-Benz"}),
            ("H248", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": "CLA"}),
            ("MMA", "PLATFORM", {}),
            ("CLA", "MODEL", {"brand": "Mercedes-Benz"}),
        ],
    )
    got = {(f.subject.model, f.subject.code, f.predicate) for f in facts}
    assert ("GLA", "H248", "model_code") in got
    assert ("GLA", "H248", "platform") in got
    assert not [f for f in facts if f.subject.model == "CLA" and f.subject.code]


def test_a_plant_denied_the_building_verb_after_it_is_a_negated_site(builder):
    facts = run(
        builder,
        "BYD's new plant in Szeged is not expected to build the Seal.",
        vehicles=[("BYD", "BRAND", {}), ("Seal", "MODEL", {"brand": "BYD"})],
    )
    sites = [(f.value, f.negated) for f in facts if f.predicate == "production_site"]
    assert sites == [("Szeged", True)]


def test_a_code_after_a_body_noun_or_itself_belongs_to_the_model_before_it(builder):
    text = (
        "The plant will later add the smaller B05 hatchback, known internally as S11. "
        "Output of the newcomer could begin in early 2027."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("B05", "MODEL", {"brand": "Leapmotor"}),
            ("S11", "MODEL_CODE", {"brand": "Leapmotor", "model": "B05"}),
        ],
        dates=[("early 2027", Interval(D(2027, 1, 1), D(2027, 4, 30), "year", "start"))],
    )
    start = one(facts, "production_start")  # "output ... could begin": a gapped event
    assert (start.subject.code, start.earliest, start.certainty) == (
        "S11",
        D(2027, 1, 1),
        "speculative",
    )
    text = (
        "The Purosangue itself, known internally as F175, gets no facelift this year, "
        "although an update is expected in 2027."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Purosangue", "MODEL", {"brand": "Ferrari"}),
            ("F175", "MODEL_CODE", {"brand": "Ferrari", "model": "Purosangue"}),
        ],
        dates=[
            ("this year", Interval(D(2026, 1, 1), D(2026, 12, 31), "year")),
            ("2027", Interval(D(2027, 1, 1), D(2027, 12, 31), "year")),
        ],
    )
    facelifts = [f for f in facts if f.predicate == "facelift"]
    assert facelifts and {f.subject.code for f in facelifts} == {"F175"}


def test_a_noun_is_an_event_only_with_its_start_verb_in_the_same_stretch(builder):
    text = "The B05 is new. Output, analysts say, will begin in 2027."
    facts = run(
        builder,
        text,
        vehicles=[("B05", "MODEL", {"brand": "Leapmotor"})],
        dates=[("2027", Interval(D(2027, 1, 1), D(2027, 12, 31), "year"))],
    )
    assert not [f for f in facts if f.predicate == "production_start"]


def test_an_option_priced_on_its_own_is_not_the_cars_price(builder):
    text = (
        "The ID.7 starts at €49,995. The glass roof is €1,290 and a towing pack €950. "
        "The GTX adds a premium stereo for €60,895. The Technology package (code TQ) stays "
        "at €1,370."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("ID.7", "MODEL", {"brand": "Volkswagen"}),
            ("GTX", "VARIANT", {"brand": "Volkswagen", "model": "ID.7"}),
        ],
        quantities=[
            ("€49,995", eur(49995), None),
            ("€1,290", eur(1290), None),
            ("€950", eur(950), None),
            ("€60,895", eur(60895), None),
            ("€1,370", eur(1370), None),
        ],
    )
    prices = sorted((f.subject.name, f.value) for f in facts if f.predicate == "price")
    # the package is the subject of its own clause, however far from its price
    assert prices == [("Volkswagen ID.7", 49995), ("Volkswagen ID.7 GTX", 60895)]


def test_a_price_written_before_an_option_is_the_options(builder):
    text = "Our ID.7, with the €1,150 Infotainment Package Plus, cost €52,800 before options."
    facts = run(
        builder,
        text,
        vehicles=[("ID.7", "MODEL", {"brand": "Volkswagen"})],
        quantities=[("€1,150", eur(1150), None), ("€52,800", eur(52800), None)],
    )
    assert values(facts, "price") == [52800]


def test_a_clause_resumed_after_a_relative_one_is_about_its_antecedent(builder):
    text = (
        "The Advance costs €67,900, while the Premium, which adds ventilated seats, "
        "is listed at €72,400."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Advance", "VARIANT", {"brand": "Hyundai", "model": "Ioniq 9"}),
            ("Premium", "VARIANT", {"brand": "Hyundai", "model": "Ioniq 9"}),
        ],
        quantities=[("€67,900", eur(67900), None), ("€72,400", eur(72400), None)],
    )
    prices = sorted((f.subject.variant, f.value) for f in facts if f.predicate == "price")
    assert prices == [("Advance", 67900), ("Premium", 72400)]


def test_cars_after_the_article_car_is_named_again_are_that_car(builder):
    text = (
        "The Uncharted follows next spring. Subaru confirmed it won't be offered with "
        "front-wheel drive, so every car gets all-wheel drive. European cars are built in Ota. "
        "Subaru says it sold 41,200 cars in Europe."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Uncharted", "MODEL", {"brand": "Subaru"}),
            ("Subaru", "BRAND", {}),
            ("Subaru", "BRAND", {}, 2),
        ],
        quantities=[
            ("41,200 cars", Measure(unit="car", dimension="count", value=41200), None),
        ],
    )
    got = sorted((f.predicate, f.value, f.negated) for f in facts)
    assert got == [
        ("drivetrain", "AWD", False),
        ("drivetrain", "FWD", True),
        ("production_site", "Ota", False),
    ]


def test_an_appositive_code_belongs_to_the_name_before_it(builder):
    text = "The Model Y L, known internally as E41, adds a third row. It is built in Shanghai."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Model Y L", "MODEL", {"brand": "Tesla"}),
            # the gazetteer may link a code to a sibling model: the text decides
            ("E41", "MODEL_CODE", {"brand": "Tesla", "model": "Model Y"}),
        ],
    )
    assert {(f.subject.model, f.subject.code, f.predicate) for f in facts} == {
        ("Model Y L", "E41", "model_code"),
        ("Model Y L", "E41", "production_site"),
    }


def test_the_suv_brings_the_article_back_to_the_model_from_a_trim(builder):
    text = (
        "My car is the Ultra, with a 61 kWh battery.\n\n"
        "In daily use, the SUV has been frugal. I averaged 220 miles per charge."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Ultra", "VARIANT", {"brand": "Suzuki", "model": "e Vitara"})],
        quantities=[
            ("61 kWh", Measure(unit="kWh", dimension="energy", value=61), None),
            ("220 miles", mi(220), None),
        ],
    )
    assert one(facts, "battery_capacity").subject.variant == "Ultra"
    assert one(facts, "range").subject.name == "Suzuki e Vitara"


def test_a_sharer_after_a_long_shared_object_is_not_the_subject(builder):
    text = (
        "The ES90 shares its SPA2 platform and 800-volt electrical architecture with the "
        "EX90 and is built in Chengdu, China."
    )
    facts = run(
        builder,
        text,
        vehicles=[("ES90", "MODEL", {"brand": "Volvo"}), ("EX90", "MODEL", {"brand": "Volvo"})],
    )
    assert one(facts, "production_site").subject.model == "ES90"


def test_the_newcomer_skips_an_aside_on_an_updated_car(builder):
    text = (
        "The Mona M03 goes on sale in Europe. A facelifted G9 is due there later this year. "
        "The newcomer uses a 51.8 kWh battery."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Mona M03", "MODEL", {"brand": "XPeng"}), ("G9", "MODEL", {"brand": "XPeng"})],
        quantities=[("51.8 kWh", Measure(unit="kWh", dimension="energy", value=51.8), None)],
    )
    assert one(facts, "battery_capacity").subject.model == "Mona M03"
    # a new car named in the aside is the newcomer
    text = text.replace("A facelifted G9", "A new G9")
    facts = run(
        builder,
        text,
        vehicles=[("Mona M03", "MODEL", {"brand": "XPeng"}), ("G9", "MODEL", {"brand": "XPeng"})],
        quantities=[("51.8 kWh", Measure(unit="kWh", dimension="energy", value=51.8), None)],
    )
    assert one(facts, "battery_capacity").subject.model == "G9"


def test_a_car_the_platform_also_underpins_is_not_the_subject(builder):
    text = (
        "The Twingo is coming. It uses the AmpR Small platform that underpins the Renault 5, "
        "paired with a 29 kWh battery."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Twingo", "MODEL", {"brand": "Renault"}),
            ("AmpR Small", "PLATFORM", {}),
            ("Renault 5", "MODEL", {"brand": "Renault"}),
        ],
        quantities=_figures("kWh", "energy", "29 kWh"),
    )
    assert one(facts, "battery_capacity").subject.model == "Twingo"


def test_sites_with_apostrophes(builder):
    text = "The Temerario is new. The car is built in Sant'Agata Bolognese."
    facts = run(builder, text, vehicles=[("Temerario", "MODEL", {"brand": "Lamborghini"})])
    sites = sorted((f.subject.model, f.value) for f in facts if f.predicate == "production_site")
    assert sites == [("Temerario", "Sant'Agata Bolognese")]


def test_like_the_x_it_gives_the_x_the_same_fact(builder):
    text = "The A110 is next. Like the A390, it will be built in Dieppe, and it costs €80,000."
    facts = run(
        builder,
        text,
        vehicles=[
            ("A110", "MODEL", {"brand": "Alpine"}),
            ("A390", "MODEL", {"brand": "Alpine"}),
        ],
        quantities=[("€80,000", eur(80000), None)],
    )
    got = sorted((f.subject.model, f.predicate) for f in facts)
    assert got == [("A110", "price"), ("A110", "production_site"), ("A390", "production_site")]
    # two cars likened together both share it
    text = "The A110 is next. Like the A390 and the A290, it will be built in Dieppe."
    facts = run(
        builder,
        text,
        vehicles=[
            ("A110", "MODEL", {"brand": "Alpine"}),
            ("A390", "MODEL", {"brand": "Alpine"}),
            ("A290", "MODEL", {"brand": "Alpine"}),
        ],
    )
    assert sorted(f.subject.model for f in facts) == ["A110", "A290", "A390"]


def test_a_figure_denied_further_back_in_its_clause_is_negated(builder):
    text = "VW won't offer the GTX with the smaller 77 kWh battery."
    facts = run(
        builder,
        text,
        vehicles=[("GTX", "VARIANT", {"brand": "Volkswagen", "model": "ID.7"})],
        quantities=_figures("kWh", "energy", "77 kWh"),
    )
    fact = one(facts, "battery_capacity")
    assert (fact.subject.variant, fact.negated) == ("GTX", True)


def test_a_bare_code_of_a_known_model_is_a_model_code_fact(builder):
    text = "The W212 went into production in 2009. The W215 could follow in 2030."
    facts = run(
        builder,
        text,
        vehicles=[
            ("W212", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": "E-Class"}),
            ("W215", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": "E-Class"}),
        ],
    )
    codes = [(f.subject.model, f.value) for f in facts if f.predicate == "model_code"]
    # a hedged sentence names no code as a fact of its own
    assert codes == [("E-Class", "W212")]


def test_a_clause_about_a_new_unnamed_model_states_nothing_of_the_current_one(builder):
    text = (
        "The Air gets a successor by 2028, while a midsize model priced around $50,000 "
        "remains on schedule. The Air costs $70,000."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Air", "MODEL", {"brand": "Lucid"}), ("Air", "MODEL", {"brand": "Lucid"}, 2)],
        quantities=[
            ("$50,000", Measure(unit="USD", dimension="currency", value=50000), None),
            ("$70,000", Measure(unit="USD", dimension="currency", value=70000), None),
        ],
    )
    assert values(facts, "price") == [70000]


def test_a_surcharge_is_no_price_and_moving_production_starts_nothing(builder):
    text = (
        "The Mazda 6e Long Range costs €46,000. The surcharge is €1,500. "
        "Production of the Cooper will move from China to Oxford by 2028."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Mazda 6e", "MODEL", {"brand": "Mazda"}),
            ("Long Range", "VARIANT", {"brand": "Mazda", "model": "Mazda 6e"}),
            ("Cooper", "MODEL", {"brand": "MINI"}),
        ],
        quantities=[("€46,000", eur(46000), None), ("€1,500", eur(1500), None)],
        dates=[("by 2028", Interval(None, D(2028, 12, 31), "year", "before"))],
    )
    assert values(facts, "price") == [46000]
    assert not [f for f in facts if f.predicate == "production_start"]


def test_prices_start_at_is_the_models_entry_price_after_a_trim(builder):
    text = (
        "The EV5 GT has 225 kW of power. Prices start at €46,990. "
        "Prices start at €52,000 for the GT."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("EV5 GT", "VARIANT", {"brand": "Kia", "model": "EV5"}),
            ("GT", "VARIANT", {"brand": "Kia", "model": "EV5"}, 2),
        ],
        quantities=[
            ("225 kW", kw(225), None),
            ("€46,990", eur(46990), None),
            ("€52,000", eur(52000), None),
        ],
    )
    prices = sorted((f.value, f.subject.variant) for f in facts if f.predicate == "price")
    assert prices == [(46990, None), (52000, "GT")]


def test_known_as_code_then_the_next_generation_car_is_the_successors(builder):
    text = (
        "The current GR Yaris (GXPA16) is a rally special. Known internally as GXPA26, the "
        "next-generation car will get a four-cylinder. It will weigh about 1,320 kg."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GR Yaris", "MODEL", {"brand": "Toyota", "code": "GXPA16", "generation": "current"}),
            ("GXPA16", "MODEL_CODE", {"brand": "Toyota", "model": "GR Yaris"}),
            ("GXPA26", "MODEL_CODE", {"brand": "Toyota", "model": "GR Yaris"}),
        ],
        quantities=[("1,320 kg", Measure(unit="kg", dimension="mass", value=1320), None)],
    )
    assert one(facts, "weight").subject.code == "GXPA26"


def test_a_discount_or_a_makers_contribution_is_no_price(builder):
    text = (
        "The Puma costs £25,000. Dealers clear stock with discounts of up to £2,500, and "
        "Ford's £4,000 contribution keeps it moving."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Puma", "MODEL", {"brand": "Ford"})],
        quantities=[
            ("£25,000", Measure(unit="GBP", dimension="currency", value=25000), None),
            ("£2,500", Measure(unit="GBP", dimension="currency", value=2500), None),
            ("£4,000", Measure(unit="GBP", dimension="currency", value=4000), None),
        ],
    )
    assert values(facts, "price") == [25000]


def test_a_variant_whose_name_holds_its_model_keeps_that_model(builder):
    text = (
        "The Q4 e-tron 45 quattro is updated. The Q3 is new. "
        "The facelifted Q4 e-tron 45 quattro costs €56,900."
    )
    quattro = {"brand": "Audi", "model": "Q4 e-tron"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Q4 e-tron 45 quattro", "VARIANT", quattro),
            ("Q3", "MODEL", {"brand": "Audi"}),
            ("Q4 e-tron 45 quattro", "VARIANT", quattro, 2),
        ],
        quantities=[("€56,900", eur(56900), None)],
    )
    assert one(facts, "price").subject.model == "Q4 e-tron"


def test_on_sale_today_is_a_state_but_goes_on_sale_today_a_launch(builder):
    today = Interval(D(2026, 5, 19), D(2026, 5, 19), "day")
    for text, launches in (
        ("The A110 is light, like every A110 on sale today.", 0),
        ("The A110 goes on sale today.", 1),
    ):
        got = launches_in(builder, text, ("A110", "Alpine"), ("today", today))
        assert got == launches, text


def test_staying_on_sale_is_no_launch(builder):
    until = Interval(D(2028, 1, 1), D(2028, 12, 31), "year")
    for text, launches in (
        ("The Ioniq 5 will stay on sale until 2028.", 0),
        ("The Ioniq 5 remains in showrooms until 2028.", 0),
        ("The Ioniq 5 remains on track to go on sale in 2028.", 1),
    ):
        got = launches_in(builder, text, ("Ioniq 5", "Hyundai"), ("2028", until))
        assert got == launches, text


def test_a_date_when_sales_end_is_no_launch(builder):
    may = Interval(D(2028, 5, 1), D(2028, 5, 31), "month")
    for text, launches in (
        ("Oulu dealers stop taking orders on the Ioniq 5 in May 2028.", 0),
        ("The Ioniq 5 may leave the market in May 2028.", 0),
        ("The last shipment of the Ioniq 5 arrives in May 2028.", 0),
        ("The Ioniq 5 arrives at dealers in May 2028.", 1),
        ("Ioniq 5 deliveries should resume in May 2028.", 0),
    ):
        got = launches_in(builder, text, ("Ioniq 5", "Hyundai"), ("May 2028", may))
        assert got == launches, text


def test_succeeded_in_an_appositive_names_the_predecessor(builder):
    text = (
        "The MCPura, the mid-engined supercar that succeeded the MC20 when it was unveiled "
        "in 2024, will not get an electric version."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("MCPura", "MODEL", {"brand": "Maserati"}),
            ("MC20", "MODEL", {"brand": "Maserati"}),
        ],
    )
    fact = one(facts, "successor_of")
    assert (fact.subject.model, fact.value) == ("MCPura", "Maserati MC20")


def test_a_hedge_stops_at_and_before_an_inserted_attribution(builder):
    text = (
        "The next Corsa is likely to be revealed in 2027 and, according to one dealer, "
        "will again be built in Zaragoza, Spain."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Corsa", "MODEL", {"brand": "Vauxhall"})],
        dates=[("2027", Interval(D(2027, 1, 1), D(2027, 12, 31), "year"))],
    )
    assert one(facts, "premiere").certainty == "speculative"
    assert one(facts, "production_site").certainty == "reported"


def test_asides_and_possessives_are_not_the_subject(builder):
    text = (
        "Audi will add the A2 e-tron. The electric hatchback is likely to share the Q4 "
        "e-tron's MEB underpinnings and to enter production in Ingolstadt. "
        "Subaru sold 41,200 cars, helped by the Forester."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("A2 e-tron", "MODEL", {"brand": "Audi"}),
            ("Q4 e-tron", "MODEL", {"brand": "Audi"}),
            ("MEB", "PLATFORM", {}),
            ("Subaru", "BRAND", {}),
            ("Forester", "MODEL", {"brand": "Subaru"}),
        ],
        quantities=[("41,200 cars", Measure(unit="car", dimension="count", value=41200), None)],
    )
    assert one(facts, "production_site").subject.model == "A2 e-tron"
    assert not [f for f in facts if f.predicate == "sales"]


def test_built_units_are_no_sales_and_contrary_to_rumours_hedges_nothing(builder):
    text = (
        "In Tychy, Fiat built 27,900 units of the 600e. Fiat sold 20,000 units of the 600e. "
        "Contrary to earlier rumours, Fiat will not offer the 600e with all-wheel drive."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("600e", "MODEL", {"brand": "Fiat"}),
            ("600e", "MODEL", {"brand": "Fiat"}, 2),
            ("600e", "MODEL", {"brand": "Fiat"}, 3),
        ],
        quantities=[
            ("27,900 units", Measure(unit="unit", dimension="count", value=27900), None),
            ("20,000 units", Measure(unit="unit", dimension="count", value=20000), None),
        ],
    )
    assert values(facts, "sales") == [20000]
    denied = one(facts, "drivetrain")
    assert (denied.negated, denied.certainty) == (True, "official")


def test_built_there_takes_the_place_named_just_before(builder):
    text = (
        "BYD will build the Dolphin Surf at its new plant in Szeged. "
        "The Atto 2 won't be built there. "
        "The Golf was pencilled in for Zwickau, but it won't be built there."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("BYD", "BRAND", {}),
            ("Dolphin Surf", "MODEL", {"brand": "BYD"}),
            ("Atto 2", "MODEL", {"brand": "BYD"}),
            ("Golf", "MODEL", {"brand": "Volkswagen"}),
        ],
    )
    sites = sorted(
        (f.subject.model, f.value, f.negated) for f in facts if f.predicate == "production_site"
    )
    assert sites == [
        ("Atto 2", "Szeged", True),
        ("Dolphin Surf", "Szeged", False),
        ("Golf", "Zwickau", True),
    ]


def test_not_coming_to_a_market_is_denied_and_not_until_dates_the_event(builder):
    facts = run(
        builder,
        "The EV4 is not coming to the US. The EV4 won't premiere until 2027.",
        vehicles=[
            ("EV4", "MODEL", {"brand": "Kia"}),
            ("EV4", "MODEL", {"brand": "Kia"}, 2),
        ],
        dates=[("2027", Interval(D(2027, 1, 1), D(2027, 12, 31), "year"))],
    )
    launch = one(facts, "market_launch")
    assert launch.negated is True
    premiere = one(facts, "premiere")
    assert (premiere.negated, premiere.earliest) == (False, D(2027, 1, 1))
    # as the date stage reads it: "until" inside the date, an interval open at its start
    facts = run(
        builder,
        "The EV4 will not go on sale until March 2027. Neither the EV3 nor the EV4 will offer "
        "all-wheel drive.",
        vehicles=[
            ("EV4", "MODEL", {"brand": "Kia"}),
            ("EV3", "MODEL", {"brand": "Kia"}),
            ("EV4", "MODEL", {"brand": "Kia"}, 2),
        ],
        dates=[("until March 2027", Interval(None, D(2027, 3, 31), "month", "before"))],
    )
    launch = one(facts, "market_launch")
    assert (launch.negated, launch.earliest, launch.latest) == (
        False,
        D(2027, 3, 1),
        D(2027, 3, 31),
    )
    denied = {(f.subject.model, f.negated) for f in facts if f.predicate == "drivetrain"}
    assert denied == {("EV3", True), ("EV4", True)}


def test_thought_to_and_analysts_estimate_hedge_and_seen_by_reports(builder):
    for text, certainty in (
        ("The EV4 is thought to cost €40,000.", "speculative"),
        ("Analysts estimate the EV4 will cost €40,000.", "speculative"),
        ("Documents seen by Wire show the EV4 will cost €40,000.", "reported"),
    ):
        facts = run(
            builder,
            text,
            vehicles=[("EV4", "MODEL", {"brand": "Kia"})],
            quantities=[("€40,000", eur(40000), None)],
        )
        assert one(facts, "price").certainty == certainty, text


def test_a_speed_reached_in_a_time_is_an_acceleration_not_a_top_speed(builder):
    text = "The EV4 hits 100 km/h in 5.8 seconds and tops out at 170 km/h on a track."
    facts = run(
        builder,
        text,
        vehicles=[("EV4", "MODEL", {"brand": "Kia"})],
        quantities=[
            ("100 km/h", Measure(unit="km/h", dimension="speed", value=100), None),
            ("5.8 seconds", secs(5.8), None),
            ("170 km/h", Measure(unit="km/h", dimension="speed", value=170), None),
        ],
    )
    assert sorted((f.predicate, f.value) for f in facts) == [
        ("acceleration", 5.8),
        ("top_speed", 170),
    ]


def test_the_standard_car_is_the_model_not_the_trim_named_last(builder):
    text = "The EV4 GT uses two motors. The standard car makes do with 150 kW of power."
    facts = run(
        builder,
        text,
        vehicles=[("EV4 GT", "VARIANT", {"brand": "Kia", "model": "EV4"})],
        quantities=[("150 kW", kw(150), None)],
    )
    assert one(facts, "power").subject.name == "Kia EV4"


def test_first_shown_dates_a_premiere_and_start_selling_a_launch(builder):
    facts = run(
        builder,
        "The Valhalla was first shown in 2019. Aston will start selling it in 2026.",
        vehicles=[("Valhalla", "MODEL", {"brand": "Aston Martin"})],
        dates=[
            ("2019", Interval(D(2019, 1, 1), D(2019, 12, 31), "year")),
            ("2026", Interval(D(2026, 1, 1), D(2026, 12, 31), "year")),
        ],
    )
    assert {(f.predicate, f.earliest.year) for f in facts} == {
        ("premiere", 2019),
        ("market_launch", 2026),
    }


def test_an_attribution_inside_a_relative_clause_speaks_for_it_only(builder):
    text = (
        "Its first EV, codenamed BU1 that, sources say, is likely to be called the Barnato, "
        "will be revealed in 2026, the company confirmed."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("BU1", "MODEL_CODE", {"brand": "Bentley", "model": "Barnato"}),
            ("Barnato", "MODEL", {"brand": "Bentley"}),
        ],
        dates=[("2026", Interval(D(2026, 1, 1), D(2026, 12, 31), "year"))],
    )
    assert one(facts, "premiere").certainty == "official"


def test_originally_known_as_is_a_former_name_not_a_plan_given_up(builder):
    text = (
        "Aston Martin has started building the Valhalla, originally known as AM-RB 003, "
        "at its Gaydon factory this month. The launch was originally planned for 2025."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Aston Martin", "BRAND", {}),
            ("Valhalla", "MODEL", {"brand": "Aston Martin"}),
            ("AM-RB 003", "MODEL_CODE", {"brand": "Aston Martin", "model": "Valhalla"}),
        ],
        dates=[
            ("this month", Interval(D(2026, 6, 1), D(2026, 6, 30), "month")),
            ("2025", Interval(D(2025, 1, 1), D(2025, 12, 31), "year")),
        ],
    )
    got = {(f.predicate, f.subject.code) for f in facts}
    assert ("production_site", "AM-RB 003") in got
    assert ("production_start", "AM-RB 003") in got
    assert not [f for f in facts if f.predicate == "market_launch"]


def test_the_car_a_concept_previews_becomes_the_topic(builder):
    text = (
        "Genesis showed the X Coupé concept. It previews the GT70, a saloon due in 2028. "
        "It has 360 kW of power."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Genesis", "BRAND", {}),
            ("X Coupé", "MODEL", {"brand": "Genesis"}),
            ("GT70", "MODEL", {"brand": "Genesis"}),
        ],
        quantities=[("360 kW", kw(360), None)],
    )
    assert one(facts, "power").subject.model == "GT70"


def test_cars_a_model_is_placed_between_or_above_are_not_its_topic(builder):
    text = (
        "The Destinator slots between the ASX and the Outlander and is built in Cikarang. "
        "The Eclipse Cross sits above the ASX and is built in Douai."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Destinator", "MODEL", {"brand": "Mitsubishi"}),
            ("ASX", "MODEL", {"brand": "Mitsubishi"}, 1),
            ("Outlander", "MODEL", {"brand": "Mitsubishi"}),
            ("Eclipse Cross", "MODEL", {"brand": "Mitsubishi"}),
            ("ASX", "MODEL", {"brand": "Mitsubishi"}, 2),
        ],
    )
    got = {(f.subject.model, f.value) for f in facts if f.predicate == "production_site"}
    assert got == {("Destinator", "Cikarang"), ("Eclipse Cross", "Douai")}
    # "Above it, the X ...": the comparison ends at the comma, the car after it is the subject
    facts = run(
        builder,
        "The ASX is small. Above it, the Outlander costs €39,990.",
        vehicles=[
            ("ASX", "MODEL", {"brand": "Mitsubishi"}),
            ("Outlander", "MODEL", {"brand": "Mitsubishi"}),
        ],
        quantities=[("€39,990", eur(39990), None)],
    )
    assert [f.subject.model for f in facts if f.predicate == "price"] == ["Outlander"]


def test_a_car_in_an_opening_with_phrase_is_not_the_subject(builder):
    text = "With the Escape gone, the Bronco Sport is the pick. It produces 250 kW in all."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Escape", "MODEL", {"brand": "Ford"}),
            ("Bronco Sport", "MODEL", {"brand": "Ford"}),
        ],
        quantities=[("250 kW", kw(250), None)],
    )
    assert [f.subject.model for f in facts if f.predicate == "power"] == ["Bronco Sport"]


def test_a_comparison_word_before_a_verb_opens_an_inverted_sentence(builder):
    text = (
        "Genesis showed the X Coupé concept. Parked alongside was the GV60 Magma. "
        "It has 448 kW of power."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Genesis", "BRAND", {}),
            ("X Coupé", "MODEL", {"brand": "Genesis"}),
            ("GV60", "MODEL", {"brand": "Genesis"}),
            ("Magma", "VARIANT", {"brand": "Genesis", "model": "GV60"}),
        ],
        quantities=[("448 kW", kw(448), None)],
    )
    assert one(facts, "power").subject.variant == "Magma"


@pytest.mark.parametrize(
    ("sentence", "sites"),
    [
        (
            "The Tacoma is built in San Antonio, Texas, and Apaseo el Grande, in Mexico.",
            ["San Antonio", "Apaseo el Grande"],
        ),
        ("The Tacoma is built in Villanueva de la Cañada.", ["Villanueva de la Cañada"]),
        ("The Tacoma is built in Frankfurt am Main.", ["Frankfurt am Main"]),
        # a particle at the end joins nothing
        ("The Tacoma is built in Apaseo de los altos.", ["Apaseo"]),
        # a nationality word stands where a town would, and names none
        ("Production of the Tacoma starts at the Mexican plant.", []),
    ],
)
def test_place_names_with_particles_and_nationality_words(builder, sentence, sites):
    assert sites_of(builder, sentence, "Tacoma", "Toyota") == sites


def test_a_code_after_a_cue_inside_a_parenthesis_belongs_to_the_name_before_it(builder):
    text = "The trim walk opens with the SR5 (model number 8642), which costs $42,950 today."
    facts = run(
        builder,
        text,
        vehicles=[
            ("SR5", "VARIANT", {"brand": "Toyota", "model": "4Runner"}),
            ("8642", "MODEL_CODE", {"brand": "Toyota", "model": "4Runner"}),
        ],
        quantities=[("$42,950", Measure(unit="USD", dimension="money", value=42950), None)],
    )
    price = one(facts, "price")
    assert (price.subject.variant, price.subject.code) == ("SR5", "8642")


def test_a_dealer_order_guide_is_a_source(builder):
    text = "The guide puts the TRD Pro at $68,400 in the US."
    facts = run(
        builder,
        text,
        vehicles=[("TRD Pro", "VARIANT", {"brand": "Toyota", "model": "4Runner"})],
        quantities=[("$68,400", Measure(unit="USD", dimension="money", value=68400), None)],
    )
    assert one(facts, "price").certainty == "reported"


def test_a_spoken_sprint_to_sixty_is_an_acceleration(builder):
    facts = run(
        builder,
        "The EV9 GT will hit sixty in 4.3 seconds flat.",
        vehicles=[("EV9 GT", "VARIANT", {"brand": "Kia", "model": "EV9"})],
        quantities=[("4.3 seconds", secs(4.3), None)],
    )
    assert one(facts, "acceleration").value == 4.3


def test_a_share_price_is_no_car_price(builder):
    facts = run(
        builder,
        "Leapmotor's stock opened at 68.50 yuan, above the B10's offer price of 59.80 yuan.",
        vehicles=[("B10", "MODEL", {"brand": "Leapmotor"})],
        quantities=[
            ("68.50 yuan", Measure(unit="CNY", dimension="money", value=68.5), None),
            ("59.80 yuan", Measure(unit="CNY", dimension="money", value=59.8), None),
        ],
    )
    assert not [f for f in facts if f.predicate == "price"]


def test_a_condition_addressed_to_the_reader_is_no_hedge(builder):
    facts = run(
        builder,
        "The Ioniq 9, and engineers call it ME1 if you're into that stuff, went on sale in "
        "January.",
        vehicles=[("Ioniq 9", "MODEL", {"brand": "Hyundai"})],
        dates=[("January", Interval(D(2026, 1, 1), D(2026, 1, 31), "month"))],
    )
    assert one(facts, "market_launch").certainty == "official"


def test_a_used_cars_price_is_no_price_of_the_model(builder):
    gbp = "currency"
    facts = run(
        builder,
        "A 2023 Model 3 cost £50,990 new; today a typical example changes hands for £22,500.",
        vehicles=[("Model 3", "MODEL", {"brand": "Tesla"})],
        quantities=[
            ("£50,990", Measure(unit="GBP", dimension=gbp, value=50990.0), None),
            ("£22,500", Measure(unit="GBP", dimension=gbp, value=22500.0), None),
        ],
    )
    assert values(facts, "price") == [50990.0]


def test_what_a_grade_may_be_combined_with_is_offered_not_hedged(builder):
    facts = run(
        builder,
        "The Pixis Epoch X may be combined with four-wheel drive.",
        vehicles=[("Pixis Epoch", "MODEL", {"brand": "Toyota"}), ("X", "VARIANT", {})],
    )
    assert one(facts, "drivetrain").certainty == "official"


def test_a_figure_right_after_a_possessive_is_that_cars(builder):
    facts = run(
        builder,
        "The electric Cullinan's battery will be bigger than the Spectre's 102 kWh pack.",
        vehicles=[
            ("Cullinan", "MODEL", {"brand": "Rolls-Royce"}),
            ("Spectre", "MODEL", {"brand": "Rolls-Royce"}),
        ],
        quantities=_figures("kWh", "energy", "102 kWh"),
    )
    assert one(facts, "battery_capacity").subject.model == "Spectre"


def test_a_hedge_in_a_later_verbs_that_clause_does_not_reach_back(builder):
    facts = run(
        builder,
        "He did confirm four-wheel drive for the Cullinan and hinted that output could "
        "exceed 650 PS.",
        vehicles=[("Cullinan", "MODEL", {"brand": "Rolls-Royce"})],
        quantities=_figures("PS", "power", "650 PS"),
    )
    assert one(facts, "drivetrain").certainty == "official"
    assert one(facts, "power").certainty == "speculative"


def test_a_car_that_replaced_two_succeeds_each(builder):
    facts = run(
        builder,
        "The Spectre replaced both the Wraith and the Dawn in late 2023.",
        vehicles=[
            ("Spectre", "MODEL", {"brand": "Rolls-Royce"}),
            ("Wraith", "MODEL", {"brand": "Rolls-Royce"}),
            ("Dawn", "MODEL", {"brand": "Rolls-Royce"}),
        ],
    )
    got = by_model(facts, "successor_of")
    assert got == {("Spectre", "Rolls-Royce Wraith"), ("Spectre", "Rolls-Royce Dawn")}


def test_reaching_customers_is_a_market_launch(builder):
    facts = run(
        builder,
        "The Spectre was an instant hit when it reached customers in late 2023.",
        vehicles=[("Spectre", "MODEL", {"brand": "Rolls-Royce"})],
        dates=[("late 2023", Interval(D(2023, 9, 1), D(2023, 12, 31), "year", "end"))],
    )
    assert one(facts, "market_launch").earliest == D(2023, 9, 1)


def test_reaching_a_market_by_a_date_is_a_market_launch(builder):
    facts = run(
        builder,
        "People familiar with the plans say the YU9 will reach Europe by 2028.",
        vehicles=[("YU9", "MODEL", {"brand": "Xiaomi"})],
        dates=[("by 2028", Interval(None, D(2028, 12, 31), "year", "before"))],
    )
    assert one(facts, "market_launch").latest == D(2028, 12, 31)


def test_what_the_media_say_is_reported(builder):
    facts = run(
        builder,
        "Korean media say the new Sportage arrives in March.",
        vehicles=[("Sportage", "MODEL", {"brand": "Kia"})],
        dates=[("March", Interval(D(2027, 3, 1), D(2027, 3, 31), "month"))],
    )
    assert one(facts, "market_launch").certainty == "reported"


def test_a_suggested_retail_price_is_the_makers_own(builder):
    facts = run(
        builder,
        "The manufacturer's suggested retail price of the Century is 25,300,000 yen.",
        vehicles=[("Century", "MODEL", {"brand": "Toyota"})],
        quantities=[
            ("25,300,000 yen", Measure(unit="JPY", dimension="currency", value=25300000.0), None)
        ],
    )
    assert one(facts, "price").certainty == "official"


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("Every US Ioniq 9 comes out of the Metaplant in Ellabell, Georgia.", "Ellabell"),
        ("The Ioniq 9 is built at Hangzhou Bay in Ningbo.", "Ningbo"),
        ("The Ioniq 9 is built at the Metaplant.", "Metaplant"),
    ],
)
def test_a_plant_or_bay_named_before_its_town(builder, sentence, site):
    assert sites_of(builder, sentence, "Ioniq 9", "Hyundai") == [site]


@pytest.mark.parametrize(
    ("sentence", "sites"),
    [
        ("The Silverado EV is built at Factory Zero in Detroit today.", ["Detroit"]),
        ("Tesla is raising the price of the Shanghai-built Model 3 again.", ["Shanghai"]),
        # a country glued to "built" names no site
        ("Tesla is raising the price of the China-built Model 3 again.", []),
    ],
)
def test_a_plant_named_by_its_noun_first_and_a_town_glued_to_built(builder, sentence, sites):
    vehicle = "Silverado EV" if "Silverado" in sentence else "Model 3"
    assert sites_of(builder, sentence, vehicle, "X") == sites


def test_cars_a_relative_clause_after_a_site_builds_there_share_it(builder):
    text = "The A390 is built in Dieppe, where the A110 sports car is also made."
    facts = run(
        builder,
        text,
        vehicles=[("A390", "MODEL", {"brand": "Alpine"}), ("A110", "MODEL", {"brand": "Alpine"})],
    )
    sites = {
        (f.subject.model, f.value, f.negated) for f in facts if f.predicate == "production_site"
    }
    assert sites == {("A390", "Dieppe", False), ("A110", "Dieppe", False)}
    # "where it built the GLC": active voice, the verb's object
    text = "The 7X could be assembled in Uusikaupunki, where it built the GLC until 2022."
    facts = run(
        builder,
        text,
        vehicles=[("7X", "MODEL", {"brand": "Zeekr"}), ("GLC", "MODEL", {"brand": "Mercedes"})],
    )
    sites = by_model(facts, "production_site")
    assert sites == {("7X", "Uusikaupunki"), ("GLC", "Uusikaupunki")}
    text = "The C10 will not be assembled in Zaragoza, which will instead build the B10 soon."
    facts = run(
        builder,
        text,
        vehicles=[
            ("C10", "MODEL", {"brand": "Leapmotor"}),
            ("B10", "MODEL", {"brand": "Leapmotor"}),
        ],
    )
    sites = {
        (f.subject.model, f.value, f.negated) for f in facts if f.predicate == "production_site"
    }
    assert sites == {("C10", "Zaragoza", True), ("B10", "Zaragoza", False)}


def test_a_figure_after_from_following_to_a_figure_is_the_old_value(builder):
    facts = run(
        builder,
        "The dual-motor Seal drops to €46,990 from €49,990 this week.",
        vehicles=[("Seal", "MODEL", {"brand": "BYD"})],
        quantities=[
            ("€46,990", Measure(unit="EUR", dimension="currency", value=46990), None),
            ("€49,990", Measure(unit="EUR", dimension="currency", value=49990), None),
        ],
    )
    assert values(facts, "price") == [46990]


def test_a_trim_belongs_to_the_model_its_sentence_names(builder):
    eur = Measure(unit="EUR", dimension="currency", value=29990)
    text = (
        "The Atto 2 Comfort falls to €29,990 today. The Sealion 7 is trimmed to €42,990 in "
        "Comfort form. The Renault 5, which took over from the Zoe, starts at €25,900 in Five "
        "trim."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Atto 2", "MODEL", {"brand": "BYD"}),
            ("Comfort", "VARIANT", {"brand": "BYD", "model": "Atto 2"}),
            ("Sealion 7", "MODEL", {"brand": "BYD"}),
            ("Comfort", "VARIANT", {"brand": "BYD", "model": "Sealion 7"}, 2),
            ("Renault 5", "MODEL", {"brand": "Renault"}),
            ("Zoe", "MODEL", {"brand": "Renault"}),
            ("Five", "VARIANT", {"brand": "Renault", "model": "Zoe"}),
        ],
        quantities=[
            ("€29,990", eur, None),
            ("€42,990", Measure(unit="EUR", dimension="currency", value=42990), None),
            ("€25,900", Measure(unit="EUR", dimension="currency", value=25900), None),
        ],
    )
    prices = {
        (f.subject.model, f.subject.variant, f.value) for f in facts if f.predicate == "price"
    }
    assert prices == {
        ("Atto 2", "Comfort", 29990),
        ("Sealion 7", "Comfort", 42990),
        ("Renault 5", "Five", 25900),
    }


def test_of_two_codes_the_one_not_written_beside_the_name_is_the_next_generations(builder):
    text = (
        "Nissan built the R35 GT-R for 18 years. Its successor, known internally as R36, is a "
        "hybrid. The new GT-R could make 597 kW of power."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("R35", "MODEL_CODE", {"brand": "Nissan", "model": "GT-R"}),
            ("GT-R", "MODEL", {"brand": "Nissan", "code": "R35"}),
            ("R36", "MODEL_CODE", {"brand": "Nissan", "model": "GT-R"}),
            ("GT-R", "MODEL", {"brand": "Nissan", "generation": "next"}, 2),
        ],
        quantities=[("597 kW", kw(597), None)],
    )
    assert one(facts, "power").subject.code == "R36"


def test_another_makers_car_in_a_temporal_clause_is_history_not_the_topic(builder):
    text = (
        "The Dacia Bigster came fourth. The Twingo is cheap. It is Kia's second win, after the "
        "EV6 took the title in 2022. The newcomer makes 150 kW of power."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Dacia", "BRAND", {}),
            ("Bigster", "MODEL", {"brand": "Dacia"}),
            ("Twingo", "MODEL", {"brand": "Renault"}),
            ("Kia", "BRAND", {}),
            ("EV6", "MODEL", {"brand": "Kia"}),
        ],
        quantities=[("150 kW", kw(150), None)],
    )
    assert one(facts, "power").subject.model != "EV6"


def test_a_description_tied_to_a_code_carries_it_when_named_again(builder):
    text = (
        "The electric C-Class, known internally as W207, is new. The combustion C-Class stays "
        "on sale. Every version of the electric C-Class gets a 94 kWh battery pack."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("C-Class", "MODEL", {"brand": "Mercedes-Benz"}),
            ("W207", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": "C-Class"}),
            ("C-Class", "MODEL", {"brand": "Mercedes-Benz"}, 2),
            ("C-Class", "MODEL", {"brand": "Mercedes-Benz"}, 3),
        ],
        quantities=_figures("kWh", "energy", "94 kWh"),
    )
    assert one(facts, "battery_capacity").subject.code == "W207"


def test_a_description_after_every_carries_its_code(builder):
    text = (
        "The electric GLC, known internally as X540, is new. Every electric GLC has four-wheel "
        "drive as standard."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GLC", "MODEL", {"brand": "Mercedes-Benz"}),
            ("X540", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": "GLC"}),
            ("GLC", "MODEL", {"brand": "Mercedes-Benz"}, 2),
        ],
    )
    assert one(facts, "drivetrain").subject.code == "X540"


def test_a_code_stated_for_its_successor_is_the_next_generations(builder):
    text = (
        "Skoda says the current Octavia (NX) gets a facelift. Insiders say its successor is "
        "known internally as NY."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Octavia", "MODEL", {"brand": "Skoda"}),
            ("NX", "MODEL_CODE", {"brand": "Skoda", "model": "Octavia"}),
            ("NY", "MODEL_CODE", {"brand": "Skoda", "model": "Octavia"}),
        ],
    )
    codes = {(f.subject.code, f.subject.generation) for f in facts if f.predicate == "model_code"}
    assert ("NY", "next") in codes


def test_a_charge_level_in_the_clause_makes_a_figure_a_charging_one(builder):
    kwh = Measure(unit="kWh", dimension="energy", value=59.4)
    text = (
        "We measured 19 minutes, with power peaking at 258 kW beyond 60 percent. The car took "
        "on 59.4 kWh in that time. The Ioniq 6 makes 239 kW (325 hp) at 80 percent throttle."
    )
    facts = run(
        builder,
        "Hyundai's Ioniq 6 is on test. " + text,
        vehicles=[("Ioniq 6", "MODEL", {"brand": "Hyundai"})],
        quantities=[
            ("19 minutes", Measure(unit="min", dimension="time", value=19), None),
            ("258 kW", kw(258), None),
            ("59.4 kWh", kwh, None),
            ("239 kW", kw(239), None),
            ("325 hp", Measure(unit="hp", dimension="power", value=325), "239 kW"),
        ],
    )
    got = {(f.predicate, f.value) for f in facts}
    assert got == {("charging_time", 19), ("charging_power", 258), ("power", 239)}
    # a car that "accepts up to" a power takes it in on charge
    facts = run(
        builder,
        "The Ioniq 6 accepts up to 90 kW on the road.",
        vehicles=[("Ioniq 6", "MODEL", {"brand": "Hyundai"})],
        quantities=[("90 kW", kw(90), None)],
    )
    assert [f.predicate for f in facts] == ["charging_power"]


def test_a_power_beside_a_charging_time_charges_and_a_paragraph_keeps_its_sprint(builder):
    text = (
        "The EV3 topped out at 128 kW and needed 31 minutes. It makes 150 kW (204 hp).\n\n"
        "We timed the EV3 at 7.9 seconds from 0-62mph. The EV4 took 8.1 seconds.\n\n"
        "The EV4 waited 9.0 seconds at the lights."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("EV3", "MODEL", {"brand": "Kia"}, 1),
            ("EV3", "MODEL", {"brand": "Kia"}, 2),
            ("EV4", "MODEL", {"brand": "Kia"}, 1),
            ("EV4", "MODEL", {"brand": "Kia"}, 2),
        ],
        quantities=[
            ("128 kW", kw(128), None),
            ("31 minutes", Measure(unit="min", dimension="time", value=31), None),
            ("150 kW", kw(150), None),
            ("204 hp", Measure(unit="hp", dimension="power", value=204), "150 kW"),
            ("7.9 seconds", secs(7.9), None),
            ("8.1 seconds", secs(8.1), None),
            ("9.0 seconds", secs(9.0), None),
        ],
    )
    got = {(f.subject.model, f.predicate, f.value) for f in facts}
    assert got == {
        ("EV3", "charging_power", 128),
        ("EV3", "charging_time", 31),
        ("EV3", "power", 150),
        ("EV3", "acceleration", 7.9),
        ("EV4", "acceleration", 8.1),
    }


def test_a_makers_claimed_figure_is_official(builder):
    facts = run(
        builder,
        "The Model 3 came close to Tesla's claimed 250 kW peak charging power.",
        vehicles=[("Model 3", "MODEL", {"brand": "Tesla"}), ("Tesla", "BRAND", {})],
        quantities=[("250 kW", kw(250), None)],
    )
    assert one(facts, "charging_power").certainty == "official"
    # the maker's possessive before the figure the claim is made of
    facts = run(
        builder,
        "The Model 3 came close to Tesla's 250 kW claim.",
        vehicles=[("Model 3", "MODEL", {"brand": "Tesla"}), ("Tesla", "BRAND", {})],
        quantities=[("250 kW", kw(250), None)],
    )
    assert one(facts, "power").certainty == "official"
    # "enough for the maker to claim": its own figure too
    facts = run(
        builder,
        "The Model 3 is light, enough for Tesla to claim 14 kWh/100km.",
        vehicles=[("Model 3", "MODEL", {"brand": "Tesla"}), ("Tesla", "BRAND", {})],
        quantities=[
            ("14 kWh/100km", Measure(unit="kWh/100km", dimension="consumption", value=14), None)
        ],
    )
    assert one(facts, "efficiency").certainty == "official"


def test_a_braked_limit_and_what_a_car_can_pull_are_towing_figures(builder):
    def kg(v):
        return Measure(unit="kg", dimension="mass", value=v)

    text = "The Ranger will pull 950 kg braked or 450 kg unbraked; its payload rating is 800 kg."
    facts = run(
        builder,
        text,
        vehicles=[("Ranger", "MODEL", {"brand": "Ford"})],
        quantities=[
            ("950 kg", kg(950), None),
            ("450 kg", kg(450), None),
            ("800 kg", kg(800), None),
        ],
    )
    assert values(facts, "towing_capacity") == [950, 450]
    assert values(facts, "payload") == [800]
    text = "Its braked limit is 900 kg, while payload falls to 600 kg."
    facts = run(
        builder,
        "Ford sells the Ranger. " + text,
        vehicles=[("Ranger", "MODEL", {"brand": "Ford"})],
        quantities=[("900 kg", kg(900), None), ("600 kg", kg(600), None)],
    )
    assert (values(facts, "towing_capacity"), values(facts, "payload")) == ([900], [600])


def test_a_towed_caravans_weight_is_not_the_cars(builder):
    facts = run(
        builder,
        "The Hilux BEV can tow only 1,600 kg, so it hauled a lighter 1,400 kg caravan instead.",
        vehicles=[("Hilux BEV", "VARIANT", {"brand": "Toyota", "model": "Hilux"})],
        quantities=[
            ("1,600 kg", Measure(unit="kg", dimension="mass", value=1600), None),
            ("1,400 kg", Measure(unit="kg", dimension="mass", value=1400), None),
        ],
    )
    assert [(f.predicate, f.value) for f in facts] == [("towing_capacity", 1600)]


def test_an_opening_participle_describes_the_body_noun_after_it_and_giga_plants(builder):
    text = (
        "The Polestar 2 Long Range Dual Motor gains power. Built at the factory in Luqiao, "
        "China, the fastback is six years old. Every Model Y built at Giga Berlin in Grünheide "
        "qualifies."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Polestar 2", "MODEL", {"brand": "Polestar"}),
            ("Long Range Dual Motor", "VARIANT", {"brand": "Polestar", "model": "Polestar 2"}),
            ("Model Y", "MODEL", {"brand": "Tesla"}),
        ],
    )
    sites = {(f.subject.model, f.subject.variant, f.value) for f in facts}
    assert sites == {("Polestar 2", None, "Luqiao"), ("Model Y", None, "Grünheide")}


def test_a_claim_on_a_test_cycle_is_the_makers_and_a_per_distance_is_no_range(builder):
    text = (
        "The EV3 managed 476 km, short of its 605 km WLTP claim. It costs €1.24 less per "
        "100 km than the Elroq."
    )
    facts = run(
        builder,
        text,
        vehicles=[("EV3", "MODEL", {"brand": "Kia"}), ("Elroq", "MODEL", {"brand": "Skoda"})],
        quantities=[
            ("476 km", km(476), None),
            ("605 km", km(605), None),
            ("100 km", km(100), None),
        ],
    )
    ranges = {f.value: f.certainty for f in facts if f.predicate == "range"}
    assert ranges == {476: "official", 605: "official"}


def test_a_maker_opening_a_sentence_without_a_car_speaks_of_its_own_car(builder):
    text = (
        "A Xiaomi SU7 lapped the Nordschleife. Porsche could bring the Taycan back. "
        "Xiaomi insists the car was stock. It makes 1,138 kW in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Xiaomi", "BRAND", {}),
            ("SU7", "MODEL", {"brand": "Xiaomi"}),
            ("Porsche", "BRAND", {}),
            ("Taycan", "MODEL", {"brand": "Porsche"}),
            ("Xiaomi", "BRAND", {}, 2),
        ],
        quantities=[("1,138 kW", kw(1138), None)],
    )
    assert [(f.subject.model, f.value) for f in facts if f.predicate == "power"] == [("SU7", 1138)]


def test_the_one_maker_a_carless_sentence_quotes_speaks_of_its_own_car(builder):
    # the paragraph before ended on a rival; the maker quoted later in the sentence brings the
    # article back to its car
    text = (
        "The Volvo Kestrel costs less than before. The Toyota Tundra stays dearer.\n\n"
        "Output doubles next year, and Volvo says the car reaches 300 kW in its final form."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Toyota", "BRAND", {}),
            ("Tundra", "MODEL", {"brand": "Toyota"}),
            ("Volvo", "BRAND", {}, 2),
        ],
        quantities=[("300 kW", kw(300), None)],
    )
    assert [(f.subject.model, f.value) for f in facts if f.predicate == "power"] == [
        ("Kestrel", 300)
    ]


def test_the_one_maker_owning_the_plant_of_a_carless_sentence_builds_its_own_car(builder):
    # the paragraph before ended on a rival; the plant's owner brings the article back
    text = (
        "The Volvo Kestrel costs less than before. The Toyota Tundra makes 150 kW in all.\n\n"
        "Assembly happens at Volvo's Ghent plant."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Toyota", "BRAND", {}),
            ("Tundra", "MODEL", {"brand": "Toyota"}),
            ("Volvo", "BRAND", {}, 2),
        ],
        quantities=[("150 kW", kw(150), None)],
    )
    sites = [(f.subject.model, f.value) for f in facts if f.predicate == "production_site"]
    assert sites == [("Kestrel", "Ghent")]


def test_the_version_the_writer_tested_is_what_the_next_figures_are_of(builder):
    text = (
        "The Skoda Elroq is the priciest: our Elroq 85 test car lists at €43,950. "
        "It uses a 77 kWh battery."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Skoda", "BRAND", {}),
            ("Elroq", "MODEL", {"brand": "Skoda"}),
            ("Elroq 85", "VARIANT", {"brand": "Skoda", "model": "Elroq", "normalized": "85"}),
        ],
        quantities=[
            ("€43,950", eur(43950), None),
            ("77 kWh", Measure(unit="kWh", dimension="energy", value=77), None),
        ],
    )
    assert {(f.predicate, f.subject.variant) for f in facts} == {
        ("price", "85"),
        ("battery_capacity", "85"),
    }


def test_an_engine_a_pronoun_uses_is_no_version_of_its_own(builder):
    text = (
        "Topping the range is the Kodiaq vRS, priced at £52,300. "
        "It uses a 2.0 TSI petrol engine with 265PS in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kodiaq vRS", "VARIANT", {"brand": "Skoda", "model": "Kodiaq", "normalized": "vRS"}),
            ("2.0 TSI", "VARIANT", {"brand": "Skoda", "model": "Kodiaq"}),
        ],
        quantities=[
            ("£52,300", Measure(unit="GBP", dimension="currency", value=52300), None),
            ("265PS", Measure(unit="PS", dimension="power", value=265), None),
        ],
    )
    assert [f.subject.variant for f in facts if f.predicate == "power"] == ["vRS"]


def test_a_warranty_distance_is_no_range(builder):
    text = "The EV3 gets a 150,000 km warranty. It has a range of 600 km in all."
    facts = run(
        builder,
        text,
        vehicles=[("EV3", "MODEL", {"brand": "Kia"})],
        quantities=[("150,000 km", km(150000), None), ("600 km", km(600), None)],
    )
    assert values(facts, "range") == [600]


def test_the_cars_a_feature_stays_the_preserve_of_are_compared(builder):
    text = (
        "The Ioniq 3 is new. Fast charging stays the preserve of the Ioniq 5. "
        "It will cost €29,900 in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Ioniq 3", "MODEL", {"brand": "Hyundai"}),
            ("Ioniq 5", "MODEL", {"brand": "Hyundai"}),
        ],
        quantities=[("€29,900", eur(29900), None)],
    )
    assert [f.subject.model for f in facts if f.predicate == "price"] == ["Ioniq 3"]


def test_an_engine_a_named_trim_uses_gives_the_trim_its_figures(builder):
    text = "The Tengo Life uses an 85 kW (114 hp) 1.0 TSI three-cylinder with 200 Nm in all."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Tengo Life", "VARIANT", {"brand": "VW", "model": "Tengo", "normalized": "Life"}),
            ("1.0 TSI", "VARIANT", {"brand": "VW", "model": "Tengo"}),
        ],
        quantities=[
            ("85 kW", kw(85), None),
            ("114 hp", Measure(unit="hp", dimension="power", value=114), "85 kW"),
            ("200 Nm", Measure(unit="Nm", dimension="torque", value=200), None),
        ],
    )
    assert {f.predicate: f.subject.variant for f in facts} == {"power": "Life", "torque": "Life"}


def test_the_distance_of_a_test_loop_is_no_range(builder):
    text = "We drove the Elroq over the same 180-mile (290 km) loop. It managed 250 miles in all."
    facts = run(
        builder,
        text,
        vehicles=[("Elroq", "MODEL", {"brand": "Skoda"})],
        quantities=[
            ("180-mile", mi(180), None),
            ("290 km", km(290), "180-mile"),
            ("250 miles", mi(250), None),
        ],
    )
    assert values(facts, "range") == [250]


def test_after_two_trims_set_against_each_other_the_model_is_the_subject(builder):
    text = (
        "The Lynk & Co 08 Core has one motor, while the 08 Halo adds a second. "
        "Deliveries begin in June."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("08 Core", "VARIANT", {"brand": "Lynk & Co", "model": "08", "normalized": "Core"}),
            ("08 Halo", "VARIANT", {"brand": "Lynk & Co", "model": "08", "normalized": "Halo"}),
        ],
        dates=[("June", Interval(D(2026, 6, 1), D(2026, 6, 30), "month"))],
    )
    launches = [f.subject for f in facts if f.predicate == "market_launch"]
    assert [(s.model, s.variant) for s in launches] == [("08", None)]


def test_the_donor_of_a_part_and_a_car_named_after_despite_are_compared(builder):
    text = (
        "The GR86 will borrow the three-cylinder from the GR Yaris, tuned to 221 kW in all. "
        "There will be no all-wheel-drive version despite the GR Yaris connection."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GR86", "MODEL", {"brand": "Toyota"}),
            ("GR Yaris", "MODEL", {"brand": "Toyota"}),
            ("GR Yaris", "MODEL", {"brand": "Toyota"}, 2),
        ],
        quantities=[("221 kW", kw(221), None)],
    )
    assert {(f.predicate, f.subject.model) for f in facts} == {
        ("power", "GR86"),
        ("drivetrain", "GR86"),
    }


def test_a_platforms_former_name_is_no_second_platform(builder):
    text = "The Scenic uses the AmpR Medium platform, previously called CMF-EV."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Scenic", "MODEL", {"brand": "Renault"}),
            ("AmpR Medium", "PLATFORM", {}),
            ("CMF-EV", "PLATFORM", {}),
        ],
    )
    assert values(facts, "platform") == ["AmpR Medium"]


def test_the_car_is_the_version_the_headline_is_about(builder):
    text = (
        "Nio ET9 Apex sets a record at Zhuhai\n\n"
        "A Nio ET9 Apex lapped the circuit on Monday. The car was stock. "
        "It makes 720 kW in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("ET9", "MODEL", {"brand": "Nio"}),
            ("Apex", "VARIANT", {"brand": "Nio", "model": "ET9"}),
            ("ET9", "MODEL", {"brand": "Nio"}, 2),
            ("Apex", "VARIANT", {"brand": "Nio", "model": "ET9"}, 2),
        ],
        quantities=_figures("kW", "power", "720 kW"),
    )
    assert one(facts, "power").subject.variant == "Apex"


def test_a_code_stated_for_the_new_car_is_the_next_generations(builder):
    text = (
        "The Mazda MX-5 (ND) has been on sale for a decade. According to a report, the new car, "
        "codenamed NE, will premiere in late 2027."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Mazda", "BRAND", {}),
            ("MX-5", "MODEL", {"brand": "Mazda", "code": "ND"}),
            ("ND", "MODEL_CODE", {"brand": "Mazda", "model": "MX-5"}),
            ("NE", "MODEL_CODE", {"brand": "Mazda", "model": "MX-5"}),
        ],
        dates=[("late 2027", Interval(D(2027, 9, 1), D(2027, 12, 31), "year", "end"))],
    )
    premiere = one(facts, "premiere").subject
    assert (premiere.code, premiere.generation) == ("NE", "next")


def test_fuel_economy_is_an_efficiency_figure(builder):
    facts = run(
        builder,
        "The Mazda CX-30 returns 41 mpg combined.",
        vehicles=[("CX-30", "MODEL", {"brand": "Mazda"})],
        quantities=_figures("mpg", "fuel_economy", "41 mpg"),
    )
    assert values(facts, "efficiency") == [41]


def test_a_trim_opening_a_later_main_clause_becomes_the_topic(builder):
    text = (
        "The Kia Sportage was updated last year, and the GT-Line is the pick of the range. "
        "It delivers 230 hp."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Sportage", "MODEL", {"brand": "Kia"}),
            ("GT-Line", "VARIANT", {"brand": "Kia", "model": "Sportage"}),
        ],
        quantities=_figures("hp", "power", "230 hp"),
    )
    assert one(facts, "power").subject.variant == "GT-Line"


def test_a_facelift_is_the_models_whichever_trim_came_last(builder):
    text = "Our test car is the Kia Sportage GT-Line. A facelift is likely next spring."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Sportage", "MODEL", {"brand": "Kia"}),
            ("GT-Line", "VARIANT", {"brand": "Kia", "model": "Sportage"}),
        ],
        dates=[("next spring", Interval(D(2027, 3, 1), D(2027, 5, 31), "season", None))],
    )
    facelift = one(facts, "facelift").subject
    assert (facelift.model, facelift.variant) == ("Sportage", None)


def test_a_participle_appositive_runs_through_a_list_of_names(builder):
    nlp, _ = builder
    doc = nlp("The Civic Hybrid, sold as the Sport, Sport Touring and Type S, keeps its 200 hp.")
    kinds = [(doc[a:b].text, k) for a, b, k in _clauses(next(doc.sents), set(), {"sold"})]
    assert kinds == [
        ("The Civic Hybrid,", "main"),
        ("sold as the Sport, Sport Touring and Type S,", "app"),
        ("keeps its 200 hp.", "main"),
    ]


def test_what_follows_a_colon_explains_the_clause_before_it(builder):
    text = (
        "The GT costs $41,000, while the rugged Trail gets an upgrade: its towing capacity "
        "rises to 3,000 lb."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GT", "VARIANT", {"brand": "Subaru", "model": "Outback"}),
            ("Trail", "VARIANT", {"brand": "Subaru", "model": "Outback"}),
        ],
        quantities=[
            ("$41,000", Measure(unit="USD", dimension="currency", value=41000), None),
            ("3,000 lb", Measure(unit="lb", dimension="mass", value=3000), None),
        ],
    )
    assert one(facts, "towing_capacity").subject.variant == "Trail"


def test_a_car_named_after_the_pronoun_subject_is_its_complement(builder):
    text = "The Kia EV3 Air has cloth seats. At €35,990, it remains the only EV3 with a heat pump."
    facts = run(
        builder,
        text,
        vehicles=[
            ("EV3", "MODEL", {"brand": "Kia"}),
            ("Air", "VARIANT", {"brand": "Kia", "model": "EV3"}),
            ("EV3", "MODEL", {"brand": "Kia"}, 2),
        ],
        quantities=[("€35,990", Measure(unit="EUR", dimension="currency", value=35990), None)],
    )
    assert one(facts, "price").subject.variant == "Air"


@pytest.mark.parametrize("verb", ["to chase", "to take on", "to compete with"])
def test_a_rival_a_version_would_chase_is_no_subject(builder, verb):
    text = (
        f"The Mazda CX-30 is all-wheel drive. There will be no FWD version {verb} the Kia Seltos."
    )
    facts = run(
        builder,
        text,
        vehicles=[("CX-30", "MODEL", {"brand": "Mazda"}), ("Seltos", "MODEL", {"brand": "Kia"})],
    )
    denied = [f for f in facts if f.predicate == "drivetrain" and f.negated]
    assert [f.subject.model for f in denied] == ["CX-30"]


def test_a_relative_clause_about_a_site_named_without_a_cue(builder):
    kia = {"brand": "Kia"}
    # the cue comes only in the clause: the site is the place the clause hangs on
    text = "Kia showed the EV2 at Zilina, Slovakia, where the small crossover is built by hand."
    facts = run(builder, text, vehicles=[("EV2", "MODEL", kia)])
    assert by_model(facts, "production_site") == {("EV2", "Zilina")}
    text = "Kia said Zilina, which builds the Ceed and Sportage, will be idle for a week."
    facts = run(builder, text, vehicles=[("Ceed", "MODEL", kia), ("Sportage", "MODEL", kia)])
    assert by_model(facts, "production_site") == {("Ceed", "Zilina"), ("Sportage", "Zilina")}
    # what the clause says is built there is not the car; an adverb is no place
    for text in (
        "Kia showed the EV2 at Zilina, where batteries are made.",
        "Finally, which of them would the EV2 team like to build?",
    ):
        assert values(run(builder, text, vehicles=[("EV2", "MODEL", kia)]), "production_site") == []


@pytest.mark.parametrize("phrase", ["rather than", "instead of", "rather than in"])
def test_a_town_set_aside_is_a_denied_site(builder, phrase):
    sentence = f"The new VW ID.4 will be built in Zwickau {phrase} Emden."
    facts = run(builder, sentence, vehicles=[("ID.4", "MODEL", {"brand": "Volkswagen"})])
    sites = [(f.value, f.negated) for f in facts if f.predicate == "production_site"]
    assert sites == [("Zwickau", False), ("Emden", True)]


def test_the_next_generation_a_later_clause_turns_to_becomes_the_topic(builder):
    text = (
        "The current Jeep Compass is built in Melfi, but according to sources, the new Compass "
        "(project code J4U) will move to STLA Medium. Production is expected to start in 2028."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Compass", "MODEL", {"brand": "Jeep", "generation": "current"}),
            ("Compass", "MODEL", {"brand": "Jeep", "code": "J4U"}, 2),
            ("J4U", "MODEL_CODE", {"brand": "Jeep", "model": "Compass"}),
        ],
        dates=[("2028", Interval(D(2028, 1, 1), D(2028, 12, 31), "year", None))],
    )
    assert one(facts, "production_start").subject.code == "J4U"


def test_a_figure_stated_again_in_the_unit_of_its_conversion_is_one_claim(builder):
    text = "Honda Civic Type R gets 330PS\n\nThe Honda Civic Type R now makes 243 kW (330 PS)."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Civic", "MODEL", {"brand": "Honda"}),
            ("Type R", "VARIANT", {"brand": "Honda", "model": "Civic"}),
            ("Civic", "MODEL", {"brand": "Honda"}, 2),
            ("Type R", "VARIANT", {"brand": "Honda", "model": "Civic"}, 2),
        ],
        quantities=[
            ("330PS", Measure(unit="PS", dimension="power", value=330), None),
            ("243 kW", Measure(unit="kW", dimension="power", value=243), None),
            ("330 PS", Measure(unit="PS", dimension="power", value=330), "243 kW"),
        ],
    )
    power = [f for f in facts if f.predicate == "power"]
    assert [(f.value, f.unit, len(f.more_evidence)) for f in power] == [(243, "kW", 1)]


def test_a_makers_own_deliveries_are_no_cars_sales(builder):
    text = (
        "The Kia EV3 sold well. The brand's deliveries reached 400,000 units. "
        "The EV3's deliveries reached 50,000 units."
    )
    facts = run(
        builder,
        text,
        vehicles=[("EV3", "MODEL", {"brand": "Kia"}), ("EV3", "MODEL", {"brand": "Kia"}, 2)],
        quantities=[
            ("400,000 units", Measure(unit="unit", dimension="count", value=400000), None),
            ("50,000 units", Measure(unit="unit", dimension="count", value=50000), None),
        ],
    )
    assert values(facts, "sales") == [50000]


def test_a_car_joining_a_production_line_starts_production_there(builder):
    text = (
        "The Kia EV5 could join the Ulsan line by 2028. The Kia EV4 could join the range in 2029."
    )
    facts = run(
        builder,
        text,
        vehicles=[("EV5", "MODEL", {"brand": "Kia"}), ("EV4", "MODEL", {"brand": "Kia"})],
        dates=[
            ("by 2028", Interval(None, D(2028, 12, 31), "year", "before")),
            ("in 2029", Interval(D(2029, 1, 1), D(2029, 12, 31), "year", None)),
        ],
    )
    assert [(f.subject.model, f.predicate) for f in facts] == [
        ("EV5", "production_start"),
        ("EV4", "market_launch"),
    ]


def test_dealers_counted_by_a_date_are_no_launch(builder):
    text = "The Omoda 4 is built in Barcelona, and Chery aims to have 250 dealers by 2028."
    facts = run(
        builder,
        text,
        vehicles=[("Omoda 4", "MODEL", {"brand": "Omoda"}), ("Chery", "BRAND", {})],
        quantities=_figures("dealer", "count", "250 dealers"),
        dates=[("by 2028", Interval(None, D(2028, 12, 31), "year", "before"))],
    )
    assert not [f for f in facts if f.predicate == "market_launch"]


def test_a_place_where_a_platform_is_developed_is_no_production_site(builder):
    sentence = (
        "The next Ford Mustang Mach-E could move to the platform the company is developing "
        "in Palo Alto."
    )
    assert sites_of(builder, sentence, "Mustang Mach-E", "Ford") == []


def test_but_ends_a_denial(builder):
    text = "The BMW i5 is not built on a dedicated EV platform but shares the CLAR architecture."
    facts = run(
        builder,
        text,
        vehicles=[("i5", "MODEL", {"brand": "BMW"}), ("CLAR", "PLATFORM", {"brand": "BMW"})],
    )
    assert [(f.value, f.negated) for f in facts if f.predicate == "platform"] == [("CLAR", False)]


def test_a_platforms_technology_is_no_move_to_the_platform(builder):
    text = "The BMW i5 could adopt some Neue Klasse technology at its facelift."
    facts = run(
        builder,
        text,
        vehicles=[("i5", "MODEL", {"brand": "BMW"}), ("Neue Klasse", "PLATFORM", {"brand": "BMW"})],
    )
    assert not [f for f in facts if f.predicate == "platform"]


def test_a_sum_joined_to_a_rate_is_a_rate_too(builder):
    text = "The Kia EV3 cost €2.90 per 100 km at home and €9.80 on the road."
    facts = run(
        builder,
        text,
        vehicles=[("EV3", "MODEL", {"brand": "Kia"})],
        quantities=[
            ("€2.90 per 100 km", Measure(unit="EUR/100km", dimension="currency", value=2.9), None),
            ("€9.80", Measure(unit="EUR", dimension="currency", value=9.8), None),
        ],
    )
    assert not [f for f in facts if f.predicate == "price"]


def test_a_price_bound_of_a_class_of_cars_is_no_price(builder):
    text = "The Jetta VS8 rides on CMP, which VW developed for cars priced below 150,000 yuan."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Jetta VS8", "MODEL", {"brand": "Jetta"}),
            ("CMP", "PLATFORM", {"brand": "Volkswagen"}),
            ("VW", "BRAND", {}),
        ],
        quantities=[
            ("150,000 yuan", Measure(unit="CNY", dimension="currency", value=150000), None)
        ],
    )
    assert not [f for f in facts if f.predicate == "price"]


def test_a_distance_driven_is_no_range(builder):
    text = (
        "The Suzuki e Vitara has a range of 230 miles. "
        "After six weeks and 9,000 miles, it still charges quickly."
    )
    facts = run(
        builder,
        text,
        vehicles=[("e Vitara", "MODEL", {"brand": "Suzuki"})],
        quantities=[("9,000 miles", mi(9000), None), ("230 miles", mi(230), None)],
    )
    assert values(facts, "range") == [230]


def test_a_benchmark_figure_is_no_cars_figure(builder):
    text = "The Ford Ranger has a payload of 960 kg, short of the one-tonne mark."
    facts = run(
        builder,
        text,
        vehicles=[("Ranger", "MODEL", {"brand": "Ford"})],
        quantities=[
            ("960 kg", Measure(unit="kg", dimension="mass", value=960), None),
            ("one-tonne", Measure(unit="t", dimension="mass", value=1), None),
        ],
    )
    assert [f.value for f in facts] == [960]


def test_trims_a_car_comes_in_are_not_what_a_later_figure_is_of(builder):
    text = (
        "The Ford Ranger PHEV is new. Ford sells it in XL, XLT and Raptor trims, "
        "builds it in Silverton and tows 3,500 kg with it."
    )
    trim = {"brand": "Ford", "model": "Ranger"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Ranger", "MODEL", {"brand": "Ford"}),
            ("PHEV", "VARIANT", trim),
            ("XLT", "VARIANT", trim),
            ("XL", "VARIANT", trim),
            ("Raptor", "VARIANT", trim),
        ],
    )
    assert [(f.subject.variant, f.value) for f in facts if f.predicate == "production_site"] == [
        ("PHEV", "Silverton")
    ]


def test_a_figure_describing_a_denied_part_is_denied(builder):
    text = "The new Honda Civic won't come with the 2.0-litre engine, which makes 200 hp."
    facts = run(
        builder,
        text,
        vehicles=[("Civic", "MODEL", {"brand": "Honda"})],
        quantities=_figures("hp", "power", "200 hp"),
    )
    assert one(facts, "power").negated


@pytest.mark.parametrize(
    "text",
    [
        "The Tesla Model 3 is not part of the cut and still costs €39,990.",
        "Tesla did not cut the Model 3's price of €39,990.",
        "The price cut does not cover the Tesla Model 3, which stays at €39,990.",
    ],
)
def test_a_denied_cut_is_no_denied_price(builder, text):
    facts = run(
        builder,
        text,
        vehicles=[("Model 3", "MODEL", {"brand": "Tesla"})],
        quantities=[("€39,990", Measure(unit="EUR", dimension="currency", value=39990), None)],
    )
    assert [(f.value, f.negated) for f in facts if f.predicate == "price"] == [(39990, False)]


def test_a_bare_trim_is_of_the_model_the_sentence_before_paired_it_with(builder):
    # "N" was first written with the Ioniq 6, the topic; the sentence before pairs it with
    # the Ioniq 5, so the bare "N" after it is the Ioniq 5's
    text = (
        "The Ioniq 6 N makes 478 kW at most. "
        "The Ioniq 6 joins the Ioniq 5 and its hot version, the Ioniq 5 N, in the range. "
        "Launched in 2024, the all-wheel-drive N makes 448 kW at most."
    )
    hyundai = {"brand": "Hyundai"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Ioniq 6", "MODEL", hyundai, 1),
            ("N", "VARIANT", {**hyundai, "model": "Ioniq 6"}, 1),
            ("Ioniq 6", "MODEL", hyundai, 2),
            ("Ioniq 5", "MODEL", hyundai, 1),
            ("Ioniq 5", "MODEL", hyundai, 2),
            ("N", "VARIANT", {**hyundai, "model": "Ioniq 5"}, 2),
            ("N", "VARIANT", {**hyundai, "model": "Ioniq 6"}, 3),
        ],
        quantities=[
            ("478 kW", Measure(unit="kW", dimension="power", value=478), None),
            ("448 kW", Measure(unit="kW", dimension="power", value=448), None),
        ],
    )
    assert by_model(facts, "power") == {("Ioniq 6", 478), ("Ioniq 5", 448)}


def test_a_named_site_after_an_indefinite_article_is_no_plant(builder):
    sentence = (
        "The ID.3 is built at the Zwickau plant, and our car charged at an Ionity site on the "
        "way home."
    )
    assert sites_of(builder, sentence, "ID.3", "Volkswagen") == ["Zwickau"]


def test_a_distance_after_a_driving_verb_in_the_perfect_is_no_range(builder):
    text = "The Enyaq has now covered 12,400 miles with us, and it has a range of 340 miles."
    facts = run(
        builder,
        text,
        vehicles=[("Enyaq", "MODEL", {"brand": "Skoda"})],
        quantities=[("12,400 miles", mi(12400), None), ("340 miles", mi(340), None)],
    )
    assert values(facts, "range") == [340]


def test_the_vehicle_a_part_is_shared_from_is_no_subject(builder):
    text = "The Frontera will share the Grandland's 73 kWh pack."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Frontera", "MODEL", {"brand": "Vauxhall"}),
            ("Grandland", "MODEL", {"brand": "Vauxhall"}),
        ],
        quantities=_figures("kWh", "energy", "73 kWh"),
    )
    assert by_model(facts, "battery_capacity") == {("Frontera", 73)}


def test_a_code_tied_to_no_model_describes_the_car_an_anaphor_names(builder):
    # the model is named only in the headline, so the vehicle stage ties the code to none
    text = "What we know about the next Audi Q5 e-tron\n\nThe car is codenamed PQ5."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Audi", "BRAND", {"brand": "Audi"}),
            ("Q5 e-tron", "MODEL", {"brand": "Audi", "generation": "next"}),
            ("PQ5", "MODEL_CODE", {"brand": None, "model": None}),
        ],
    )
    code = one(facts, "model_code")
    assert (code.subject.model, code.value) == ("Q5 e-tron", "PQ5")


@pytest.mark.parametrize(
    ("verdict", "negated"),
    [
        ("Verdict: false.", True),
        ("False, the company says.", True),
        ("Not true.", True),
        ("True.", False),
        ("Falsely reported elsewhere, it is.", False),
    ],
)
def test_a_false_verdict_refutes_the_claim_before_it(builder, verdict, negated):
    text = f"Claim: the Tayron will get a 90 kWh battery. {verdict}"
    facts = run(
        builder,
        text,
        vehicles=[("Tayron", "MODEL", {"brand": "Volkswagen"})],
        quantities=_figures("kWh", "energy", "90 kWh"),
    )
    assert one(facts, "battery_capacity").negated is negated


def test_a_figure_a_car_claims_is_its_makers(builder):
    facts = run(
        builder,
        "In China the Scenic claims 625 km.",
        vehicles=[("Scenic", "MODEL", {"brand": "Renault"})],
        quantities=[("625 km", km(625), None)],
    )
    assert one(facts, "range").certainty == "official"


def test_a_figure_claimed_in_a_verb_joined_to_the_cars_own_is_its_makers(builder):
    # the car opens the sentence and "claims" is its second verb: no report is quoted
    facts = run(
        builder,
        "The Kestrel carries a 68 kWh pack and claims 587 km between charges.",
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=[("587 km", km(587), None)],
    )
    assert one(facts, "range").certainty == "official"
    # a report opening the sentence still reports
    facts = run(
        builder,
        "A Swedish paper covered the Kestrel and claims 587 km between charges.",
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=[("587 km", km(587), None)],
    )
    assert one(facts, "range").certainty == "reported"


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("There will be no Mach-E GT in Japan.", True),
        # showrooms stand for every market
        ("There will be no Mach-E GT in showrooms after all.", True),
        ("Ford will not sell the Mach-E GT here.", True),
        ("Ford has no plans to offer the Mach-E GT in the UK.", True),
        ("There will be no Mach-E GT in New Zealand.", True),
        ("Ford has no plans to bring the quicker Mach-E GT unveiled in China.", True),
        ("Ford will not offer the Mach-E GT with a smaller battery.", False),
        ("There will be no Mach-E GT in white.", False),
        # a town is where a show is, not a market
        ("There will be no Mach-E GT in Paris, however.", False),
        ("Ford sells the Mach-E GT in Japan.", False),
        # the buyers of a market as the subject
        ("Buyers will not get the Mach-E GT in the UK.", True),
        ("Buyers will get the Mach-E GT in the UK.", False),
    ],
)
def test_a_vehicle_denied_to_a_market_is_a_negated_launch(builder, sentence, denied):
    facts = run(
        builder,
        sentence,
        vehicles=[
            ("Mach-E", "MODEL", {"brand": "Ford"}),
            ("GT", "VARIANT", {"brand": "Ford", "model": "Mach-E"}),
        ],
    )
    launches = [f for f in facts if f.predicate == "market_launch"]
    assert [(f.subject.variant, f.negated) for f in launches] == ([("GT", True)] if denied else [])


@pytest.mark.parametrize(
    ("sentence", "figure", "measure", "predicate"),
    [
        (
            "The Bronco will not tow more than 1,500 kg in any form.",
            "1,500 kg",
            Measure(unit="kg", dimension="mass", value=1500),
            "towing_capacity",
        ),
        (
            "The Bronco cannot charge faster than 150 kW in any form.",
            "150 kW",
            Measure(unit="kW", dimension="power", value=150),
            "charging_power",
        ),
        (
            "The Bronco does not exceed 160 km/h, Ford says.",
            "160 km/h",
            Measure(unit="km/h", dimension="speed", value=160),
            "top_speed",
        ),
    ],
)
def test_a_denial_of_going_past_a_figure_makes_it_a_limit(
    builder, sentence, figure, measure, predicate
):
    facts = run(
        builder,
        sentence,
        vehicles=[("Bronco", "MODEL", {"brand": "Ford"})],
        quantities=[(figure, measure, None)],
    )
    assert one(facts, predicate).negated is False


def test_a_speed_before_in_is_a_top_speed_unless_a_time_follows(builder):
    def speeds(sentence, figures):
        facts = run(
            builder,
            sentence,
            vehicles=[("Bronco", "MODEL", {"brand": "Ford"})],
            quantities=[(text, measure, None) for text, measure in figures],
        )
        return [(f.predicate, f.value) for f in facts]

    kmh = Measure(unit="km/h", dimension="speed", value=160)
    seconds = Measure(unit="s", dimension="time", value=6.1)
    assert speeds("The Bronco reaches 160 km/h in any form.", [("160 km/h", kmh)]) == [
        ("top_speed", 160)
    ]
    assert speeds(
        "The Bronco reaches 160 km/h in 6.1 seconds.", [("160 km/h", kmh), ("6.1 seconds", seconds)]
    ) == [("acceleration", 6.1)]
    # a speed the car was driven at is no top speed
    assert (
        speeds("Cruising at 160 km/h on the road, the Bronco was quiet.", [("160 km/h", kmh)]) == []
    )
    assert speeds("The Bronco sat at a steady 160 km/h for hours.", [("160 km/h", kmh)]) == []


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        ("Kia is considering an EV2 GT with 160 kW for Europe.", "speculative"),
        ("Kia is weighing an EV2 GT with 160 kW for Europe.", "speculative"),
        ("Considering its 160 kW, the EV2 GT is good value.", "official"),
    ],
)
def test_a_maker_weighing_a_version_is_speculation(builder, sentence, certainty):
    facts = run(
        builder,
        sentence,
        vehicles=[
            ("EV2", "MODEL", {"brand": "Kia"}),
            ("GT", "VARIANT", {"brand": "Kia", "model": "EV2"}),
        ],
        quantities=_figures("kW", "power", "160 kW"),
    )
    assert one(facts, "power").certainty == certainty


def test_they_after_both_and_neither_car_refer_to_the_pair(builder):
    mazda = {"brand": "Mazda"}
    text = (
        "The Mazda2 Sport and the CX-3 Exclusive are new for 2027. "
        "Both use a 1.5-litre engine, and they return 52 mpg on average. "
        "Neither car will get all-wheel drive."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Mazda2", "MODEL", mazda),
            ("Sport", "VARIANT", {**mazda, "model": "Mazda2"}),
            ("CX-3", "MODEL", mazda),
            ("Exclusive", "VARIANT", {**mazda, "model": "CX-3"}),
        ],
        quantities=_figures("mpg", "efficiency", "52 mpg"),
    )
    efficiency = {
        (f.subject.model, f.subject.variant) for f in facts if f.predicate == "efficiency"
    }
    assert efficiency == {("Mazda2", "Sport"), ("CX-3", "Exclusive")}
    awd = {(f.subject.model, f.subject.variant, f.negated) for f in facts if f.value == "AWD"}
    assert awd == {("Mazda2", None, True), ("CX-3", None, True)}


def test_wheels_named_inside_an_all_wheel_drive_clause_claim_no_other_layout(builder):
    def layouts(sentence, vehicles=(("Skyline", "MODEL", {"brand": "Nissan"}),)):
        facts = run(builder, sentence, vehicles=list(vehicles))
        return {(f.subject.model, f.value) for f in facts if f.predicate == "drivetrain"}

    assert layouts(
        "The Skyline had an all-wheel-drive system that fed the front wheels only on demand."
    ) == {("Skyline", "AWD")}
    # another clause keeps its own layout
    assert layouts(
        "The Skyline drives the front wheels, while the GT-R has all-wheel drive.",
        [("Skyline", "MODEL", {"brand": "Nissan"}), ("GT-R", "MODEL", {"brand": "Nissan"})],
    ) == {("Skyline", "FWD"), ("GT-R", "AWD")}


def test_a_claim_told_once_without_the_code_is_the_coded_ones(builder):
    text = (
        "Electric Cullinan due with 600 kW\n\n"
        "The next Cullinan (RR32) will have 600 kW, the company said. "
        "The current Cullinan (RR31) has 420 kW in all."
    )
    rolls = {"brand": "Rolls-Royce"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Cullinan", "MODEL", rolls, 1),
            ("Cullinan", "MODEL", {**rolls, "generation": "next"}, 2),
            ("RR32", "MODEL_CODE", {**rolls, "model": "Cullinan"}),
            ("Cullinan", "MODEL", {**rolls, "generation": "current"}, 3),
            ("RR31", "MODEL_CODE", {**rolls, "model": "Cullinan"}),
        ],
        quantities=[
            ("600 kW", Measure(unit="kW", dimension="power", value=600), None, 1),
            ("600 kW", Measure(unit="kW", dimension="power", value=600), None, 2),
            ("420 kW", Measure(unit="kW", dimension="power", value=420), None),
        ],
    )
    power = [
        (f.subject.code, f.value, len(f.more_evidence)) for f in facts if f.predicate == "power"
    ]
    assert sorted(power, key=str) == [("RR31", 420, 0), ("RR32", 600, 1)]


def test_our_car_arriving_is_no_market_launch(builder):
    facts = run(
        builder,
        "Our Elroq arrived in March, and the Enyaq arrives in October.",
        vehicles=[("Elroq", "MODEL", {"brand": "Skoda"}), ("Enyaq", "MODEL", {"brand": "Skoda"})],
        dates=[
            ("March", Interval(D(2026, 3, 1), D(2026, 3, 31), "month")),
            ("October", Interval(D(2026, 10, 1), D(2026, 10, 31), "month")),
        ],
    )
    assert by_model(facts, "market_launch") == {("Enyaq", None)}


def test_a_debut_after_publication_is_the_next_generations(builder):
    text = (
        "The next GLA is testing in Sweden. "
        "The crossover, known internally as H248, gets a new platform. "
        "The current GLA (H247) has been on sale since 2020. "
        "Expect a reveal in December."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("GLA", "MODEL", {"brand": "Mercedes-Benz", "generation": "next"}, 1),
            ("H248", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": None}),
            ("GLA", "MODEL", {"brand": "Mercedes-Benz", "generation": "current"}, 2),
            ("H247", "MODEL_CODE", {"brand": "Mercedes-Benz", "model": "GLA"}),
        ],
        dates=[
            ("since 2020", Interval(D(2020, 1, 1), None, "year", "after")),
            ("December", Interval(D(2026, 12, 1), D(2026, 12, 31), "month")),
        ],
        published=D(2026, 2, 11),
    )
    premiere = one(facts, "premiere").subject
    assert (premiere.code, premiere.generation) == ("H248", "next")
    assert one(facts, "market_launch").subject.code == "H247"


def test_what_spies_say_is_reported(builder):
    facts = run(
        builder,
        "Our spies say the Macan gets a 100 kWh battery next year.",
        vehicles=[("Macan", "MODEL", {"brand": "Porsche"})],
        quantities=_figures("kWh", "energy", "100 kWh"),
    )
    assert one(facts, "battery_capacity").certainty == "reported"


def test_a_code_tied_to_a_compared_car_later_in_the_sentence_is_not_its(builder):
    text = (
        "The next GLA is testing in Sweden. "
        "The crossover, internally known as H248, will use the MMA platform already used by "
        "the new CLA."
    )
    benz = {"brand": "Mercedes-Benz"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("GLA", "MODEL", {**benz, "generation": "next"}),
            ("H248", "MODEL_CODE", {**benz, "model": "CLA"}),
            ("MMA", "PLATFORM", benz),
            ("CLA", "MODEL", {**benz, "code": "H248"}),
        ],
    )
    platforms = {(f.subject.model, f.subject.code) for f in facts if f.predicate == "platform"}
    assert platforms == {("GLA", "H248"), ("CLA", None)}


def test_a_battery_chemistry_before_a_plant_is_no_place(builder):
    sentence = "The e-208 will be built in Zaragoza, next to the LFP plant a supplier is building."
    assert sites_of(builder, sentence, "e-208", "Peugeot") == ["Zaragoza"]


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        ("According to Hyundai, the Ioniq 6 costs €47,900 in Germany.", "official"),
        ("The Ioniq 6 costs €47,900 in Germany, according to the company.", "official"),
        ("According to Hyundai insiders, the Ioniq 6 costs €47,900 in Germany.", "reported"),
        ("According to a report, the Ioniq 6 costs €47,900 in Germany.", "reported"),
    ],
)
def test_according_to_the_maker_itself_is_official(builder, sentence, certainty):
    vehicles = [("Ioniq 6", "MODEL", {"brand": "Hyundai"})]
    if "Hyundai" in sentence.split("Ioniq")[0]:
        vehicles.insert(0, ("Hyundai", "BRAND", {"brand": "Hyundai"}))
    facts = run(
        builder,
        sentence,
        vehicles=vehicles,
        quantities=[("€47,900", Measure(unit="EUR", dimension="currency", value=47900), None)],
    )
    assert one(facts, "price").certainty == certainty


def test_a_short_cue_is_a_word_not_the_start_of_a_name(builder):
    # "AC" is a charging cue; "Aceman" starts with it and is no cue
    facts = run(
        builder,
        "The Aceman gets a 190 kW motor, and it charges at 11 kW AC.",
        vehicles=[("Aceman", "MODEL", {"brand": "MINI"})],
        quantities=[
            ("190 kW", Measure(unit="kW", dimension="power", value=190), None),
            ("11 kW", Measure(unit="kW", dimension="power", value=11), None),
        ],
    )
    assert [(f.predicate, f.value) for f in facts] == [("power", 190), ("charging_power", 11)]


@pytest.mark.parametrize(
    "sentence",
    ["There will be no JCW version of the Countryman.", "There will be no Countryman JCW."],
)
def test_there_will_be_no_version_is_a_negated_launch(builder, sentence):
    facts = run(
        builder,
        sentence,
        vehicles=[
            ("Countryman", "MODEL", {"brand": "MINI"}),
            ("JCW", "VARIANT", {"brand": "MINI", "model": "Countryman"}),
        ],
    )
    launch = one(facts, "market_launch")
    assert (launch.subject.variant, launch.negated) == ("JCW", True)


def test_there_will_be_no_new_model_is_a_negated_launch(builder):
    vehicles = [("Countryman", "MODEL", {"brand": "MINI"})]
    facts = run(builder, "There will be no new Countryman, electric or not.", vehicles=vehicles)
    assert [(f.predicate, f.negated) for f in facts] == [("market_launch", True)]
    assert run(builder, "There is no doubt the new Countryman sells.", vehicles=vehicles) == []


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("The base Pure lacks the 77 kWh battery of the Pro S.", True),
        ("The base Pure misses out on the 77 kWh battery.", True),
        ("The base Pure loses its 77 kWh battery option.", True),
        ("The base Pure keeps the 77 kWh battery.", False),
        # a part cancelled, scrapped or dropped, before or after its figure
        ("Volkswagen has cancelled the Pure's 77 kWh battery.", True),
        ("Volkswagen scrapped plans for a 77 kWh Pure.", True),
        ("The Pure's 77 kWh battery has been dropped.", True),
        ("The Pure loses its heat pump and its 77 kWh battery.", True),
        ("The Pure has dropped its 77 kWh battery.", True),
        ("Reports that the Pure will get a 77 kWh battery were denied.", True),
        # the verb's object is something else, or a change
        ("Volkswagen cancelled the event and confirmed a 77 kWh battery for the Pure.", False),
        ("The Pure's battery was dropped to 77 kWh.", False),
    ],
)
def test_a_verb_denying_a_part_negates_its_figure(builder, sentence, negated):
    facts = run(
        builder,
        sentence,
        vehicles=[("Pure", "VARIANT", {"brand": "Volkswagen", "model": "ID.3"})],
        quantities=_figures("kWh", "energy", "77 kWh"),
    )
    assert one(facts, "battery_capacity").negated is negated


def test_versions_in_the_plural_stand_for_the_model(builder):
    text = (
        "The Epiq 55 uses a 55 kWh battery. The smaller versions get a 38.5 kWh pack for the city."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Epiq 55", "VARIANT", {"brand": "Skoda", "model": "Epiq"})],
        quantities=[
            ("55 kWh", Measure(unit="kWh", dimension="energy", value=55), None),
            ("38.5 kWh", Measure(unit="kWh", dimension="energy", value=38.5), None),
        ],
    )
    batteries = {(f.subject.variant, f.value) for f in facts if f.predicate == "battery_capacity"}
    assert batteries == {("Epiq 55", 55), (None, 38.5)}


def test_a_part_named_by_its_figure_and_denied_is_no_positive_fact(builder):
    facts = run(
        builder,
        "The eSprinter is updated. The cheaper 81 kWh pack will not be sold in Britain.",
        vehicles=[("eSprinter", "MODEL", {"brand": "Mercedes-Benz"})],
        quantities=_figures("kWh", "energy", "81 kWh"),
    )
    assert [(f.predicate, f.negated) for f in facts] == [("battery_capacity", True)]


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("The Prelude could get 200 hp in Europe, but Honda denies it.", True),
        ("Reports of a 200 hp Prelude are wrong, Honda says.", True),
        ("The Prelude makes 200 hp in Europe, and the rumour of a manual is wrong.", False),
    ],
)
def test_a_denial_later_in_the_sentence_reaches_back_to_its_figure(builder, sentence, negated):
    facts = run(
        builder,
        sentence,
        vehicles=[("Prelude", "MODEL", {"brand": "Honda"})],
        quantities=_figures("hp", "power", "200 hp"),
    )
    assert one(facts, "power").negated is negated


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("You may have read that the Kestrel does 211 mph; it does not.", True),
        ("The Kestrel reaches 211 mph; it does not need a wing to stay stable.", False),
    ],
)
def test_a_bare_denial_closing_the_sentence_denies_its_figure(builder, sentence, negated):
    facts = run(
        builder,
        sentence,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=_figures("mph", "speed", "211 mph"),
    )
    assert one(facts, "top_speed").negated is negated


def test_the_car_a_multiple_is_measured_against_is_no_new_subject(builder):
    text = (
        "The car we drove was the Kestrel. Its engine makes 433 Nm, nearly three times the "
        "torque of the Osprey. It weighs 1,713 kg."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=[
            ("433 Nm", Measure(unit="Nm", dimension="torque", value=433), None),
            ("1,713 kg", Measure(unit="kg", dimension="mass", value=1713), None),
        ],
    )
    assert by_model(facts, "weight") == {("Kestrel", 1713)}


def test_rejecting_claims_about_a_figure_makes_no_claim(builder):
    facts = run(
        builder,
        "Honda rejected claims that the Prelude makes 200 hp in Europe.",
        vehicles=[("Prelude", "MODEL", {"brand": "Honda"})],
        quantities=_figures("hp", "power", "200 hp"),
    )
    assert [f for f in facts if not f.negated] == []


def test_a_launch_delayed_from_one_date_to_another_is_the_later_one(builder):
    facts = run(
        builder,
        "The Prelude launch has been delayed from March to September.",
        vehicles=[("Prelude", "MODEL", {"brand": "Honda"})],
        dates=[
            ("from March to September", Interval(D(2026, 3, 1), D(2026, 9, 30), "month")),
        ],
    )
    launch = one(facts, "market_launch")
    assert (launch.earliest, launch.latest) == (D(2026, 9, 1), D(2026, 9, 30))


def test_the_newcomer_is_the_coded_generation_beside_the_outgoing_car(builder):
    text = (
        "The Kona is selling well. The current Q5, a B9-generation SUV, will make way for an "
        "electric model known internally as B10. The newcomer will use the PPE platform. "
        "Power is expected to reach 300 kW in the range-topping SQ5, while a cheaper 45 sits "
        "below it. A battery of about 95 kWh is likely."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kona", "MODEL", {"brand": "Hyundai"}),
            ("Q5", "MODEL", {"brand": "Audi", "code": "B9", "generation": "current"}),
            ("B9", "MODEL_CODE", {"brand": "Audi", "model": "Q5"}),
            ("B10", "MODEL_CODE", {"brand": "Audi", "model": "Q5"}),
            ("PPE", "PLATFORM", {}),
            ("SQ5", "VARIANT", {"brand": "Audi", "model": "Q5"}),
            ("45", "VARIANT", {"brand": "Audi", "model": "Q5"}),
        ],
        quantities=[
            ("300 kW", Measure(unit="kW", dimension="power", value=300), None),
            ("95 kWh", Measure(unit="kWh", dimension="energy", value=95), None),
        ],
    )
    # "the newcomer" is the B10, not the outgoing B9 nor the Kona the article opened with
    platform = one(facts, "platform")
    assert (platform.subject.model, platform.subject.code) == ("Q5", "B10")
    # after two trims set against each other, the figure is the coded generation's
    battery = one(facts, "battery_capacity")
    assert (battery.subject.model, battery.subject.code, battery.subject.variant) == (
        "Q5",
        "B10",
        None,
    )


def test_a_bare_name_goes_on_with_the_next_generation_the_article_is_about(builder):
    def platform_codes(last_sentence):
        text = (
            "The next Q3, known internally as F4, was spied this week. "
            "It will be revealed in May. " + last_sentence
        )
        facts = run(
            builder,
            text,
            vehicles=[
                ("Q3", "MODEL", {"brand": "Audi", "generation": "next"}),
                ("F4", "MODEL_CODE", {"brand": "Audi", "model": "Q3"}),
                ("Q3", "MODEL", {"brand": "Audi"}, 2),
                ("PPC", "PLATFORM", {}),
            ],
        )
        return [f.subject.code for f in facts if f.predicate == "platform"]

    assert platform_codes("Insiders say the Q3 will move to the PPC platform.") == ["F4"]
    # the car on sale, and a generation of its own, are not the next one
    assert platform_codes("The Q3 has been built on the PPC platform since 2018.") == [None]
    assert platform_codes("The second-generation Q3 used the PPC platform.") == [None]
    assert platform_codes("The Q3 uses the PPC platform.") == [None]


def test_a_code_beside_the_name_is_the_car_on_sale_when_both_generations_are_named(builder):
    text = (
        "Kona (SX2) to stay on sale until 2029. "
        "Hyundai will keep making the current Kona for now, while the next-generation Kona slips. "
        "In the meantime, the SX2 is a strong seller. "
        "Hyundai says the Kona charges in 25 minutes."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kona", "MODEL", {"brand": "Hyundai", "code": "SX2"}),
            ("SX2", "MODEL_CODE", {"brand": "Hyundai", "model": "Kona"}),
            ("Kona", "MODEL", {"brand": "Hyundai", "generation": "current"}, 2),
            ("Kona", "MODEL", {"brand": "Hyundai", "generation": "next"}, 3),
            ("SX2", "MODEL_CODE", {"brand": "Hyundai", "model": "Kona"}, 2),
            ("Kona", "MODEL", {"brand": "Hyundai"}, 4),
        ],
        quantities=_figures("min", "time", "25 minutes"),
    )
    # SX2 is not taken for the next generation, so the bare name does not carry it over
    assert [f.subject.code for f in facts if f.predicate == "charging_time"] == [None]


def test_an_opening_time_phrase_ends_at_its_comma(builder):
    text = (
        "Kia Niro update driven.\n\n"
        "Four years after it arrived, Kia's Niro, known internally as SG3, gets a facelift. "
        "It keeps the K3 platform."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kia", "BRAND", {}),
            ("Niro", "MODEL", {"brand": "Kia"}),
            ("Kia", "BRAND", {}, 2),
            ("Niro", "MODEL", {"brand": "Kia"}, 2),
            ("SG3", "MODEL_CODE", {"brand": "Kia", "model": "Niro"}),
            ("K3", "PLATFORM", {}),
        ],
    )
    # the code in apposition is the main clause's subject's, which "it" goes on with
    assert one(facts, "platform").subject.code == "SG3"


def test_a_pre_facelift_car_claims_no_facelift(builder):
    text = "The Sport now costs £1,500 below the pre-facelift car."
    facts = run(builder, text, vehicles=[("Sport", "VARIANT", {"brand": "Kia", "model": "Niro"})])
    assert values(facts, "facelift") == []
    # the same word as a claim
    text = "The Sport gets a facelift."
    facts = run(builder, text, vehicles=[("Sport", "VARIANT", {"brand": "Kia", "model": "Niro"})])
    assert values(facts, "facelift") == [None]


def test_a_facelift_that_will_not_bring_a_part_is_no_denied_facelift(builder):
    kestrel = [("Kestrel", "MODEL", {"brand": "Volvo"})]
    for text, denied in (
        ("The Kestrel is selling well, and its facelift did not bring a bigger pack.", []),
        ("The Kestrel is selling well, but the facelift won't add four-wheel drive.", []),
        ("The Kestrel is selling well, but the facelift will not happen.", [True]),
    ):
        facts = run(builder, text, vehicles=kestrel)
        assert [f.negated for f in facts if f.predicate == "facelift"] == denied, text


def test_a_car_introduced_by_name_after_an_indefinite_noun_is_the_new_topic(builder):
    volvo = {"brand": "Volvo"}
    text = (
        "Volvo began its revival when the XC40 arrived in Oulu. Now the brand has named the "
        "model that replaces it: a crossover called Kestrel, and it runs on batteries. "
        "It has 300 kW in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[("XC40", "MODEL", volvo), ("Kestrel", "MODEL", volvo)],
        quantities=[("300 kW", kw(300), None)],
    )
    assert by_model(facts, "power") == {("Kestrel", 300)}


def test_it_after_the_maker_is_the_maker_and_the_car_it_shows_is_the_topic(builder):
    text = (
        "The Polo GTI will not be at the show. "
        "Audi has said little, but it will show the A4 e-tron there. "
        "The saloon could offer up to 700 km of range."
    )
    vehicles = [
        ("Polo GTI", "MODEL", {"brand": "Volkswagen"}),
        ("Audi", "BRAND", {}),
        ("A4 e-tron", "MODEL", {"brand": "Audi"}),
    ]
    facts = run(builder, text, vehicles=vehicles, quantities=[("700 km", km(700), None)])
    assert one(facts, "range").subject.model == "A4 e-tron"
    # a car anaphor after the maker is still the car the article is on
    text = text.replace("but it will show", "but the newcomer will face")
    facts = run(builder, text, vehicles=vehicles, quantities=[("700 km", km(700), None)])
    assert one(facts, "range").subject.model == "Polo GTI"


def test_a_code_in_apposition_after_a_relative_clause_is_the_sharers(builder):
    text = (
        "The A4 e-tron arrives in 2027. "
        "It will ride on the PPC platform, which it shares with the Q5, known internally as B10."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("A4 e-tron", "MODEL", {"brand": "Audi"}),
            ("PPC", "PLATFORM", {}),
            ("Q5", "MODEL", {"brand": "Audi"}),
            ("B10", "MODEL_CODE", {"brand": "Audi", "model": "Q5"}),
        ],
    )
    code = one(facts, "model_code")
    assert (code.subject.model, code.value) == ("Q5", "B10")
    assert {(f.subject.model, f.subject.code) for f in facts if f.predicate == "platform"} >= {
        ("A4 e-tron", None)
    }


def test_a_plan_given_up_does_not_silence_the_new_date(builder):
    march = ("March", Interval(D(2026, 3, 1), D(2026, 3, 31), "month"))
    september = ("September", Interval(D(2026, 9, 1), D(2026, 9, 30), "month"))

    def launches(sentence, dates):
        facts = run(builder, sentence, vehicles=[("EV3", "MODEL", {"brand": "Kia"})], dates=dates)
        return [f.earliest for f in facts if f.predicate == "market_launch"]

    sentence = "The EV3 was originally due in March but now arrives in September."
    assert launches(sentence, [march, september]) == [D(2026, 9, 1)]
    # the plan given up alone is no claim
    assert launches("The EV3 was originally due in March.", [march]) == []


def test_a_paragraph_turning_to_a_maker_not_yet_named_leaves_the_last_car(builder):
    text = (
        "The ID. Golf arrives in 2029.\n\n"
        "Skoda comes next. Its first model on the new base could offer 800 km of range."
    )
    vehicles = [("ID. Golf", "MODEL", {"brand": "Volkswagen"}), ("Skoda", "BRAND", {})]
    facts = run(builder, text, vehicles=vehicles, quantities=[("800 km", km(800), None)])
    assert values(facts, "range") == []
    # in the same paragraph the maker's words are still about the car on the page
    text = text.replace("\n\n", " ")
    facts = run(builder, text, vehicles=vehicles, quantities=[("800 km", km(800), None)])
    assert [f.subject.model for f in facts if f.predicate == "range"] == ["ID. Golf"]


def test_a_range_measured_on_test_has_no_cycle(builder):
    text = (
        "The Elroq claims 560 km on the WLTP cycle; we managed 470 km. "
        "The Elroq is rated at 520 km on the WLTP cycle but managed only 430 km in our hands."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Elroq", "MODEL", {"brand": "Skoda"}),
            ("Elroq", "MODEL", {"brand": "Skoda"}, 2),
        ],
        quantities=[(f"{v} km", km(v), None) for v in (560, 470, 520, 430)],
    )
    cycles = {f.value: f.qualifiers.get("cycle") for f in facts if f.predicate == "range"}
    assert cycles == {560: "WLTP", 470: None, 520: "WLTP", 430: None}


def test_the_car_a_part_comes_from_is_its_donor(builder):
    text = "The Tayron gets the turbocharged four-cylinder from the Golf GTI, with 265 hp."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Tayron", "MODEL", {"brand": "Volkswagen"}),
            ("Golf GTI", "MODEL", {"brand": "Volkswagen"}),
        ],
        quantities=_figures("hp", "power", "265 hp"),
    )
    assert one(facts, "power").subject.model == "Tayron"


def test_a_best_seller_count_is_sales(builder):
    text = "The Kamiq stayed the brand's top seller with 18,200 units."
    facts = run(
        builder,
        text,
        vehicles=[("Kamiq", "MODEL", {"brand": "Skoda"})],
        quantities=_figures("unit", "count", "18,200 units"),
    )
    assert values(facts, "sales") == [18200]


def test_a_facelift_pushed_back_from_a_date_given_up(builder):
    text = "The Taigo's facelift, initially planned for this autumn, has been pushed back to 2028."
    facts = run(
        builder,
        text,
        vehicles=[("Taigo", "MODEL", {"brand": "Volkswagen"})],
        dates=[
            ("this autumn", Interval(D(2026, 9, 1), D(2026, 11, 30), "season")),
            ("2028", Interval(D(2028, 1, 1), D(2028, 12, 31), "year")),
        ],
    )
    assert [(f.predicate, f.earliest) for f in facts] == [("facelift", D(2028, 1, 1))]


def test_a_car_that_follows_a_production_start_starts_production_too(builder):
    july = ("July", Interval(D(2026, 7, 1), D(2026, 7, 31), "month"))
    september = ("September", Interval(D(2026, 9, 1), D(2026, 9, 30), "month"))

    def follow(first):
        text = first + " The Terrain is said to follow in September."
        facts = run(
            builder,
            text,
            vehicles=[
                ("Sierra", "MODEL", {"brand": "GMC"}),
                ("Terrain", "MODEL", {"brand": "GMC"}),
            ],
            dates=[july, september],
        )
        return [f.predicate for f in facts if f.subject.model == "Terrain"]

    assert follow("Production of the Sierra starts in July.") == ["production_start"]
    # after a reveal, a car that follows is launched
    assert follow("The Sierra will be revealed in July.") == ["market_launch"]


def test_an_official_figure_in_a_reported_sentence_is_official(builder):
    text = "According to the magazine, the Pro makes 150 hp, against the official 155 hp."
    facts = run(
        builder,
        text,
        vehicles=[("Pro", "VARIANT", {"brand": "Volkswagen", "model": "ID. Polo"})],
        quantities=[
            ("150 hp", Measure(unit="hp", dimension="power", value=150), None),
            ("155 hp", Measure(unit="hp", dimension="power", value=155), None),
        ],
    )
    got = {f.value: f.certainty for f in facts if f.predicate == "power"}
    assert got == {150: "reported", 155: "official"}


def test_a_production_site_cancelled_after_it_is_denied(builder):
    text = "Production of the A6 e-tron in Ingolstadt has been cancelled."
    facts = run(builder, text, vehicles=[("A6 e-tron", "MODEL", {"brand": "Audi"})])
    site = one(facts, "production_site")
    assert (site.value, site.negated) == ("Ingolstadt", True)


def test_a_car_that_will_not_arrive_in_a_market_is_a_negated_launch(builder):
    facts = run(
        builder, "The EV2 won't arrive in the US.", vehicles=[("EV2", "MODEL", {"brand": "Kia"})]
    )
    assert one(facts, "market_launch").negated
    # "there": the market named before
    text = "US buyers lose out: the EV2 won't be offered there."
    facts = run(builder, text, vehicles=[("EV2", "MODEL", {"brand": "Kia"})])
    assert one(facts, "market_launch").negated


def test_they_and_the_former_point_back_to_the_pair_named(builder):
    text = (
        "The Ioniq 5 costs £39,995 and the EV6 £44,995. They offer 84 kWh batteries. "
        "The EV6, meanwhile, charges at 258 kW at best. The former is built in Ulsan."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Ioniq 5", "MODEL", {"brand": "Hyundai"}),
            ("EV6", "MODEL", {"brand": "Kia"}),
            ("EV6", "MODEL", {"brand": "Kia"}, 2),
        ],
        quantities=[
            ("£39,995", Measure(unit="GBP", dimension="currency", value=39995), None),
            ("£44,995", Measure(unit="GBP", dimension="currency", value=44995), None),
            ("84 kWh", Measure(unit="kWh", dimension="energy", value=84), None),
            ("258 kW", Measure(unit="kW", dimension="power", value=258), None),
        ],
    )
    assert by_model(facts, "battery_capacity") == {("Ioniq 5", 84), ("EV6", 84)}
    assert by_model(facts, "production_site") == {("Ioniq 5", "Ulsan")}


def test_a_spec_line_label_names_its_figure_first(builder):
    text = "The Epiq 55 is here.\nMaximum DC charging power: 133 kW\nPower: 155 kW"
    facts = run(
        builder,
        text,
        vehicles=[("Epiq 55", "VARIANT", {"brand": "Skoda", "model": "Epiq"})],
        quantities=[
            ("133 kW", Measure(unit="kW", dimension="power", value=133), None),
            ("155 kW", Measure(unit="kW", dimension="power", value=155), None),
        ],
    )
    assert {(f.predicate, f.value) for f in facts} == {("charging_power", 133), ("power", 155)}


def test_a_car_in_an_appositive_describing_a_platform_is_not_the_subject(builder):
    text = "The Q3 is next. It moves to PPC, the base under the A5, and it is unveiled in autumn."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Q3", "MODEL", {"brand": "Audi"}),
            ("PPC", "PLATFORM", {}),
            ("A5", "MODEL", {"brand": "Audi"}),
        ],
        dates=[("autumn", Interval(D(2026, 9, 1), D(2026, 11, 30), "season"))],
    )
    assert one(facts, "premiere").subject.model == "Q3"


def test_a_production_window_is_no_production_start(builder):
    may = ("May 2023", Interval(D(2023, 5, 1), D(2023, 5, 31), "month"))
    march = ("March 2024", Interval(D(2024, 3, 1), D(2024, 3, 31), "month"))
    text = "The campaign covers Kona cars built from May 2023 to March 2024."
    facts = run(
        builder, text, vehicles=[("Kona", "MODEL", {"brand": "Hyundai"})], dates=[may, march]
    )
    assert values(facts, "production_start") == []
    # building from a date still starts production
    text = "The Kona will be built in Ulsan from May 2023."
    facts = run(builder, text, vehicles=[("Kona", "MODEL", {"brand": "Hyundai"})], dates=[may])
    assert [f.earliest for f in facts if f.predicate == "production_start"] == [D(2023, 5, 1)]


def test_trims_listed_after_for_share_the_figure(builder):
    text = "Volkswagen quotes a range of 410 km for the Pure and Pro."
    vehicles = [
        ("Pure", "VARIANT", {"brand": "Volkswagen", "model": "ID.3"}),
        ("Pro", "VARIANT", {"brand": "Volkswagen", "model": "ID.3"}),
    ]
    facts = run(builder, text, vehicles=vehicles, quantities=[("410 km", km(410), None)])
    assert {f.subject.variant for f in facts if f.predicate == "range"} == {"Pure", "Pro"}


def test_an_appositive_opened_by_an_adverb_describes_the_car_before_it(builder):
    text = (
        "The Fabia costs €17,990. That undercuts the Kamiq Selection, currently the maker's "
        "smallest SUV at €24,990, by €7,000."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Fabia", "MODEL", {"brand": "Skoda"}),
            ("Kamiq", "MODEL", {"brand": "Skoda"}),
            ("Selection", "VARIANT", {"brand": "Skoda", "model": "Kamiq"}),
        ],
        quantities=[
            ("€17,990", Measure(unit="EUR", dimension="currency", value=17990), None),
            ("€24,990", Measure(unit="EUR", dimension="currency", value=24990), None),
        ],
    )
    assert {(f.subject.model, f.value) for f in facts if f.predicate == "price"} == {
        ("Fabia", 17990),
        ("Kamiq", 24990),
    }


def test_a_readers_wish_is_no_claim_and_with_it_carries_the_denial(builder):
    text = (
        "If you want all-wheel drive, try another car: Skoda won't sell the Life with it, "
        "and only the RS gets a second motor."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Life", "VARIANT", {"brand": "Skoda", "model": "Elroq"}),
            ("RS", "VARIANT", {"brand": "Skoda", "model": "Elroq"}),
        ],
    )
    drivetrains = {
        (f.subject.variant, f.value, f.negated) for f in facts if f.predicate == "drivetrain"
    }
    assert drivetrains == {("Life", "AWD", True)}


def test_the_top_of_a_price_range_is_the_trim_named_after_it(builder):
    text = "The Tucson is here. Prices start at €33,000, rising to €41,500 for the N Line."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Tucson", "MODEL", {"brand": "Hyundai"}),
            ("N Line", "VARIANT", {"brand": "Hyundai", "model": "Tucson"}),
        ],
        quantities=[
            ("€33,000", Measure(unit="EUR", dimension="currency", value=33000), None),
            ("€41,500", Measure(unit="EUR", dimension="currency", value=41500), None),
        ],
    )
    prices = {(f.subject.variant, f.value) for f in facts if f.predicate == "price"}
    assert prices == {(None, 33000), ("N Line", 41500)}


def test_a_motoring_magazine_is_not_a_production_site(builder):
    text = (
        "The Epiq is here.\n\n"
        "The best news comes from Auto Motor und Sport, which reports that an RS is due."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Epiq", "MODEL", {"brand": "Skoda"}),
            ("RS", "VARIANT", {"brand": "Skoda", "model": "Epiq"}),
        ],
    )
    assert values(facts, "production_site") == []


def test_a_conjunct_without_its_verb_shares_the_event_and_the_site(builder):
    # ", and in July at Y for the B": the second conjunct has no verb of its own
    text = (
        "Production will begin in May at Ulsan for the EV3 and EV5, and in July at Zilina "
        "for the EV4."
    )
    facts = run(
        builder,
        text,
        vehicles=[(m, "MODEL", {"brand": "Kia"}) for m in ("EV3", "EV5", "EV4")],
        dates=[
            ("May", Interval(D(2027, 5, 1), D(2027, 5, 31), "month")),
            ("July", Interval(D(2027, 7, 1), D(2027, 7, 31), "month")),
        ],
    )
    starts = {
        (f.subject.model, f.earliest.month) for f in facts if f.predicate == "production_start"
    }
    assert starts == {("EV3", 5), ("EV5", 5), ("EV4", 7)}
    assert by_model(facts, "production_site") == {
        ("EV3", "Ulsan"),
        ("EV5", "Ulsan"),
        ("EV4", "Zilina"),
    }
    # a conjunct with a verb of its own says something else
    text = "The EV3 was revealed in March, and in April the company cut its price."
    facts = run(
        builder,
        text,
        vehicles=[("EV3", "MODEL", {"brand": "Kia"})],
        dates=[
            ("March", Interval(D(2027, 3, 1), D(2027, 3, 31), "month")),
            ("April", Interval(D(2027, 4, 1), D(2027, 4, 30), "month")),
        ],
    )
    assert [(f.predicate, f.earliest.month) for f in facts] == [("premiere", 3)]


def test_kilometres_per_litre_is_fuel_efficiency(builder):
    # Japan's WLTC is the WLTP cycle's domestic form, named as such
    text = "The Vezel returns 21.4 km/L in WLTC mode."
    facts = run(
        builder,
        text,
        vehicles=[("Vezel", "MODEL", {"brand": "Honda"})],
        quantities=[
            ("21.4 km/L", Measure(unit="km/L", dimension="fuel_economy", value=21.4), None)
        ],
    )
    assert [(f.predicate, f.value, f.unit, f.qualifiers) for f in facts] == [
        ("efficiency", 21.4, "km/L", {"cycle": "WLTC"})
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Will the Tank 300 get a 400 km range?", False),
        ("One question remains: what does the Tank 300 cost beyond 400 km?", False),
        # a statement spoken with a rising voice still states its figure
        ("The Tank 300 manages something like 400 km?", True),
        ("The Tank 300 covers 400 km.", True),
    ],
)
def test_a_direct_question_claims_nothing(builder, text, claims):
    facts = run(
        builder,
        text,
        vehicles=[("Tank 300", "MODEL", {"brand": "GWM"})],
        quantities=[("400 km", km(400), None)],
    )
    assert bool(facts) == claims


def test_a_track_length_and_fees_are_not_the_cars_figures(builder):
    # a named layout measures the track; a destination charge and a pack are priced apart
    text = (
        "We drove the Emira on the 2.4-mile (3.9 km) National circuit. It costs £88,900, plus "
        "a £1,500 delivery fee and £1,800 for the Winter Pack."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Emira", "MODEL", {"brand": "Lotus"})],
        quantities=[
            ("2.4-mile", mi(2.4), None),
            ("3.9 km", km(3.9), "2.4-mile"),
            ("£88,900", Measure(unit="GBP", dimension="currency", value=88900), None),
            ("£1,500", Measure(unit="GBP", dimension="currency", value=1500), None),
            ("£1,800", Measure(unit="GBP", dimension="currency", value=1800), None),
        ],
    )
    assert [(f.predicate, f.value) for f in facts] == [("price", 88900)]


def test_a_market_that_will_not_get_a_car_denies_its_launch(builder):
    vehicles = [("Standard", "VARIANT", {"brand": "Rivian", "model": "R2"})]
    facts = run(builder, "Mexico will not get the Standard.", vehicles=vehicles)
    assert [(f.predicate, f.negated) for f in facts] == [("market_launch", True)]
    # the market is the subject; buyers are not a market
    assert run(builder, "Buyers will not get the Standard.", vehicles=vehicles) == []


def test_the_car_an_engine_goes_into_becomes_the_topic(builder):
    text = (
        "The Corolla keeps its hybrid. The new turbo engine is for bigger cars. It will debut "
        "in the RAV4 PHEV. This version arrives in 2027."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Corolla", "MODEL", {"brand": "Toyota"}),
            ("RAV4 PHEV", "VARIANT", {"brand": "Toyota", "model": "RAV4"}),
        ],
        dates=[("2027", Interval(D(2027, 1, 1), D(2027, 12, 31), "year"))],
    )
    assert [(f.subject.name, f.predicate) for f in facts] == [("Toyota RAV4 PHEV", "market_launch")]


@pytest.mark.parametrize(
    "text",
    [
        "In the Tank 300, the first leg, 290 km, was easy.",
        "The Tank 300 then did the 290 km to Lyon.",
        "Lyon to Turin, 290 km, took the Tank 300 four hours.",
        "Over the whole 290 km the Tank 300 was quiet.",
    ],
)
def test_a_distance_driven_between_places_is_no_range(builder, text):
    facts = run(
        builder,
        text,
        vehicles=[("Tank 300", "MODEL", {"brand": "GWM"})],
        quantities=[("290 km", km(290), None)],
    )
    assert facts == []
    # the car's range stays one
    text = "The Tank 300 covers 290 km on a charge."
    facts = run(
        builder,
        text,
        vehicles=[("Tank 300", "MODEL", {"brand": "GWM"})],
        quantities=[("290 km", km(290), None)],
    )
    assert [f.predicate for f in facts] == ["range"]


def test_a_second_that_clause_is_a_statement_of_its_own(builder):
    nlp, _ = builder
    doc = nlp("Audi said that the car lands in 2028 and that a diesel A6 carries on.")
    kinds = [(doc[a:b].text, k) for a, b, k in _clauses(next(doc.sents))]
    assert kinds == [
        ("Audi said that the car lands in 2028", "main"),
        ("and that a diesel A6 carries on.", "main"),
    ]
    # so the car of the first statement is not the one the second names
    text = (
        "Audi's electric A6, known as C9E, is coming. Audi said that the car lands in 2028 "
        "and that a diesel A6 carries on."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("A6", "MODEL", {"brand": "Audi"}),
            ("C9E", "MODEL_CODE", {"brand": "Audi", "model": "A6"}),
            ("A6", "MODEL", {"brand": "Audi"}, 2),
        ],
        dates=[("2028", Interval(D(2028, 1, 1), D(2028, 12, 31), "year"))],
    )
    launch = one(facts, "market_launch")
    assert launch.subject.code == "C9E"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the maker's denial of a report takes the claim back, on its own authority
        ("Kia has rejected claims that the EV4 gets a 99 kWh battery.", (True, "official")),
        ("Kia denies that the EV4 gets a 99 kWh battery.", (True, "official")),
        # after a comma the maker goes on with a statement of its own
        ("Kia denied it, saying the EV4 gets a 99 kWh battery.", (False, "official")),
    ],
)
def test_a_denial_before_the_claim_negates_it(builder, text, expected):
    facts = run(
        builder,
        text,
        vehicles=[("Kia", "BRAND", {}), ("EV4", "MODEL", {"brand": "Kia"})],
        quantities=_figures("kWh", "energy", "99 kWh"),
    )
    fact = one(facts, "battery_capacity")
    assert (fact.negated, fact.certainty) == expected


def test_a_car_named_in_an_afterthought_is_neither_subject_nor_topic(builder):
    text = (
        "The Revuelto SV is here. Its V12 makes 1,050 PS, up from 1,015 PS in the regular "
        "Revuelto. It weighs 1,720 kg."
    )
    ps = lambda v: Measure(unit="PS", dimension="power", value=v)  # noqa: E731
    facts = run(
        builder,
        text,
        vehicles=[
            ("Revuelto SV", "VARIANT", {"brand": "Lamborghini", "model": "Revuelto"}),
            ("Revuelto", "MODEL", {"brand": "Lamborghini"}, 2),
        ],
        quantities=[
            ("1,050 PS", ps(1050), None),
            ("1,015 PS", ps(1015), None),
            ("1,720 kg", Measure(unit="kg", dimension="mass", value=1720), None),
        ],
    )
    # the old figure is not the SV's, and the SV stays the topic
    assert [(f.subject.name, f.predicate, f.value) for f in facts] == [
        ("Lamborghini Revuelto SV", "power", 1050),
        ("Lamborghini Revuelto SV", "weight", 1720),
    ]


def test_a_code_beside_one_numbered_generation_is_not_the_next_numbered_ones(builder):
    def subjects(text):
        facts = run(
            builder,
            text,
            vehicles=[
                ("Golf", "MODEL", {"brand": "Volkswagen", "code": "1J"}),
                ("1J", "MODEL_CODE", {"brand": "Volkswagen", "model": "Golf"}),
                ("Golf", "MODEL", {"brand": "Volkswagen", "generation": "next"}, 2),
            ],
        )
        return [(f.subject.code, f.value) for f in facts if f.predicate == "production_site"]

    text = (
        "The fourth-generation Golf (1J) ends. The new fifth-generation Golf is built in Zwickau."
    )
    assert subjects(text) == [(None, "Zwickau")]
    # with no number on the new one, the coded generation may well be the next
    text = "The fourth-generation Golf (1J) is coming. The new Golf is built in Zwickau."
    assert subjects(text) == [("1J", "Zwickau")]


def test_even_though_opens_a_clause_of_its_own(builder):
    nlp, _ = builder
    doc = nlp("There is no discount on the Sportage, even though a new Sportage lands in 2028.")
    kinds = [(doc[a:b].text, k) for a, b, k in _clauses(next(doc.sents))]
    assert kinds[-1] == ("even though a new Sportage lands in 2028.", "sub")
    # so the denial before it does not reach its launch date
    facts = run(
        builder,
        "Kia says there is no discount on the Sportage, even though a new Sportage lands in 2028.",
        vehicles=[
            ("Sportage", "MODEL", {"brand": "Kia"}),
            ("Sportage", "MODEL", {"brand": "Kia"}, 2),
        ],
        dates=[("2028", Interval(D(2028, 1, 1), D(2028, 12, 31), "year"))],
    )
    assert [(f.predicate, f.negated) for f in facts] == [("market_launch", False)]


def test_a_sales_chart_reads_counts_of_every_kind(builder):
    text = (
        "The Clio leads the chart. Year to date, registrations are up at 60,000 units. It "
        "led with 12,100 registrations. The Captur was runner-up with 9,800 units, ahead of "
        "the Arkana with 3,300 units."
    )
    count = lambda v, u: Measure(unit=u, dimension="count", value=v)  # noqa: E731
    facts = run(
        builder,
        text,
        vehicles=[(m, "MODEL", {"brand": "Renault"}) for m in ("Clio", "Captur", "Arkana")],
        quantities=[
            ("60,000 units", count(60000, "unit"), None),
            ("12,100 registrations", count(12100, "registration"), None),
            ("9,800 units", count(9800, "unit"), None),
            ("3,300 units", count(3300, "unit"), None),
        ],
    )
    # the market's total is no car's; a count after "with" is the car's before it, even a
    # rival's; units and registrations are one kind of count
    assert [(f.subject.model, f.value) for f in facts if f.predicate == "sales"] == [
        ("Clio", 12100),
        ("Captur", 9800),
        ("Arkana", 3300),
    ]


def test_before_its_opens_a_clause_of_its_own(builder):
    # the denial is of the facelift; the date is when the replacement arrives
    text = "Opel said the Corsa won't get a facelift before its successor lands in 2028."
    facts = run(
        builder,
        text,
        vehicles=[("Corsa", "MODEL", {"brand": "Opel"})],
        dates=[("2028", Interval(D(2028, 1, 1), D(2028, 12, 31), "year"))],
    )
    got = {(f.predicate, f.negated, f.earliest) for f in facts}
    assert ("facelift", True, None) in got
    assert ("facelift", True, D(2028, 1, 1)) not in got


def test_a_pair_naming_the_article_s_car_keeps_it_the_topic(builder):
    text = (
        "Our eVito went back last week. Both the diesel Vito and the eVito are made in "
        "Vitoria. It has a 60 kWh battery."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("eVito", "MODEL", {"brand": "Mercedes-Benz"}),
            ("Vito", "MODEL", {"brand": "Mercedes-Benz"}, 2),
            ("eVito", "MODEL", {"brand": "Mercedes-Benz"}, 2),
        ],
        quantities=_figures("kWh", "energy", "60 kWh"),
    )
    assert one(facts, "battery_capacity").subject.model == "eVito"


def test_a_figure_defined_after_a_dash_is_of_the_car_the_definition_names(builder):
    text = (
        "The Golf Style tops the range.\n\n"
        "1,720 kg (3,792 lb) — the unladen mass of the Golf Life, less than an ID.4."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Golf Style", "VARIANT", {"brand": "Volkswagen", "model": "Golf"}),
            ("Golf Life", "VARIANT", {"brand": "Volkswagen", "model": "Golf"}),
            ("ID.4", "MODEL", {"brand": "Volkswagen"}),
        ],
        quantities=[
            ("1,720 kg", Measure(unit="kg", dimension="mass", value=1720), None),
            ("3,792 lb", Measure(unit="lb", dimension="mass", value=3792), "1,720 kg"),
        ],
    )
    assert [(f.subject.variant, f.predicate) for f in facts] == [("Golf Life", "weight")]


def test_a_definition_after_a_dash_hedges_its_figure(builder):
    text = "240 hp — what the Golf Clubsport is expected to make, later on."
    facts = run(
        builder,
        text,
        vehicles=[("Golf Clubsport", "VARIANT", {"brand": "Volkswagen", "model": "Golf"})],
        quantities=_figures("hp", "power", "240 hp"),
    )
    assert one(facts, "power").certainty == "speculative"


def test_a_car_something_is_a_match_for_is_a_point_of_comparison(builder):
    text = (
        "The rival is the Skoda Enyaq. Its 170 kW unit is a match for the BYD Seal, but it "
        "charges at 135 kW at best."
    )
    kw_ = lambda v: Measure(unit="kW", dimension="power", value=v)  # noqa: E731
    facts = run(
        builder,
        text,
        vehicles=[("Enyaq", "MODEL", {"brand": "Skoda"}), ("Seal", "MODEL", {"brand": "BYD"})],
        quantities=[("170 kW", kw_(170), None), ("135 kW", kw_(135), None)],
    )
    assert {f.subject.model for f in facts} == {"Enyaq"}


def test_what_a_market_will_not_get_is_a_denied_version_not_denied_parts(builder):
    text = "What Britain will not see is the twin-motor, four-wheel-drive GT version."
    facts = run(
        builder,
        text,
        vehicles=[("GT", "VARIANT", {"brand": "Kia", "model": "EV6"})],
    )
    got = {(f.predicate, f.value, f.negated) for f in facts}
    assert got == {
        ("motor_count", 2, False),
        ("drivetrain", "AWD", False),
        ("market_launch", None, True),
    }


def test_japanese_spec_sheets_name_front_wheel_drive_ff(builder):
    text = "Every Fit RS comes with FF drive."
    facts = run(builder, text, vehicles=[("Fit RS", "VARIANT", {"brand": "Honda", "model": "Fit"})])
    assert [(f.predicate, f.value) for f in facts] == [("drivetrain", "FWD")]


def test_a_date_after_an_appositive_reaches_the_event_before_it(builder):
    text = "Audi will reveal the next Q7, known internally as AU537, this spring."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Q7", "MODEL", {"brand": "Audi", "generation": "next"}),
            ("AU537", "MODEL_CODE", {"brand": "Audi", "model": "Q7"}),
        ],
        dates=[("this spring", Interval(D(2027, 3, 1), D(2027, 5, 31), "season"))],
    )
    assert [f.predicate for f in facts if f.earliest] == ["premiere"]


def test_the_old_figure_after_a_converted_new_one_is_not_the_cars(builder):
    text = "The update raises the Nissan Ariya's range to 530 km (329 miles) from 470 km."
    facts = run(
        builder,
        text,
        vehicles=[("Nissan", "BRAND", {}), ("Ariya", "MODEL", {"brand": "Nissan"})],
        quantities=[
            ("530 km", km(530), None),
            ("329 miles", mi(329), "530 km"),
            ("470 km", km(470), None),
        ],
    )
    assert values(facts, "range") == [530]


def test_a_model_ranked_after_a_copula_is_the_generation_the_text_is_on(builder):
    text = (
        "The Toyota GR86 (ZN8) arrived in 2021. It is the lightest GR86 so far, weighing "
        "1270 kg. Its engine was later raised to 175 kW in 2024."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Toyota", "BRAND", {}),
            ("GR86", "MODEL", {"brand": "Toyota", "code": "ZN8"}),
            ("ZN8", "MODEL_CODE", {"brand": "Toyota", "model": "GR86"}),
            ("GR86", "MODEL", {"brand": "Toyota"}, 2),
        ],
        quantities=[
            ("1270 kg", Measure(unit="kg", dimension="mass", value=1270), None),
            ("175 kW", Measure(unit="kW", dimension="power", value=175), None),
        ],
    )
    assert {(f.predicate, f.subject.code) for f in facts if f.predicate in ("weight", "power")} == {
        ("weight", "ZN8"),
        ("power", "ZN8"),
    }


def test_a_version_sized_by_a_figure_is_the_current_cars(builder):
    """ "a 90 kWh model" is a version of the car the text is on, not a new, unnamed car."""
    text = "The Jeep Avenger uses a 54 kWh pack. A 90 kWh model rated at 560 km follows later."
    facts = run(
        builder,
        text,
        vehicles=[("Jeep", "BRAND", {}), ("Avenger", "MODEL", {"brand": "Jeep"})],
        quantities=[
            ("54 kWh", Measure(unit="kWh", dimension="energy", value=54), None),
            ("90 kWh", Measure(unit="kWh", dimension="energy", value=90), None),
            ("560 km", km(560), None),
        ],
    )
    assert {(f.predicate, f.value, f.subject.model) for f in facts if f.predicate == "range"} == {
        ("range", 560, "Avenger")
    }


def test_the_topics_maker_owning_a_body_noun_names_the_topic(builder):
    text = "Kia EV2\n\nKia's smallest crossover is the cheapest car here at €26,350."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kia", "BRAND", {}),
            ("EV2", "MODEL", {"brand": "Kia"}),
            ("Kia", "BRAND", {}, 2),
        ],
        quantities=[("€26,350", eur(26350), None)],
    )
    assert [(f.subject.model, f.value) for f in facts if f.predicate == "price"] == [("EV2", 26350)]


def test_every_car_a_platform_will_underpin_has_it(builder):
    text = "The CMF-EV architecture will later underpin the Renault Scenic and the Nissan Ariya."
    facts = run(
        builder,
        text,
        vehicles=[
            ("CMF-EV", "PLATFORM", {}),
            ("Renault", "BRAND", {}),
            ("Scenic", "MODEL", {"brand": "Renault"}),
            ("Nissan", "BRAND", {}),
            ("Ariya", "MODEL", {"brand": "Nissan"}),
        ],
    )
    platforms = sorted(f.subject.model for f in facts if f.predicate == "platform")
    assert platforms == ["Ariya", "Scenic"]


def test_a_share_a_model_accounts_for_is_its_count(builder):
    text = "Cupra delivered 41,870 cars. The Formentor accounts for 17,360 cars."
    facts = run(
        builder,
        text,
        vehicles=[("Cupra", "BRAND", {}), ("Formentor", "MODEL", {"brand": "Cupra"})],
        quantities=[
            ("41,870 cars", Measure(unit="car", dimension="count", value=41870), None),
            ("17,360 cars", Measure(unit="car", dimension="count", value=17360), None),
        ],
    )
    assert [(f.subject.model, f.value) for f in facts if f.predicate == "sales"] == [
        ("Formentor", 17360)
    ]


def test_a_group_of_models_counts_for_none_of_them(builder):
    text = (
        "The Skoda Elroq joins the Enyaq. Together, the trio accounted for 88,500 units last year."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Skoda", "BRAND", {}),
            ("Elroq", "MODEL", {"brand": "Skoda"}),
            ("Enyaq", "MODEL", {"brand": "Skoda"}),
        ],
        quantities=_figures("unit", "count", "88,500 units"),
    )
    assert not [f for f in facts if f.predicate == "sales"]


def test_a_figure_naming_a_car_denied_to_a_market_is_still_the_cars(builder):
    text = "Kia will not sell the 430 kW EV9 GT in Japan."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kia", "BRAND", {}),
            ("EV9", "MODEL", {"brand": "Kia"}),
            ("GT", "VARIANT", {"brand": "Kia", "model": "EV9"}),
        ],
        quantities=_figures("kW", "power", "430 kW"),
    )
    got = {(f.predicate, f.value, f.negated) for f in facts}
    assert got == {("power", 430, False), ("market_launch", None, True)}


def test_a_trims_name_in_lower_case_stands_for_the_trim(builder):
    text = (
        "Opel sells the Opel Astra Plug-in Hybrid 180 and the Astra Electric. "
        "The Astra Electric has a 54 kWh battery. The plug-in hybrid uses a 13.9 kWh battery."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Opel", "BRAND", {}),
            ("Opel", "BRAND", {}, 2),
            ("Astra", "MODEL", {"brand": "Opel"}),
            ("Plug-in Hybrid 180", "VARIANT", {"brand": None, "model": "Astra"}),
            ("Astra Electric", "MODEL", {"brand": "Opel"}),
            ("Astra Electric", "MODEL", {"brand": "Opel"}, 2),
        ],
        quantities=[
            ("54 kWh", Measure(unit="kWh", dimension="energy", value=54), None),
            ("13.9 kWh", Measure(unit="kWh", dimension="energy", value=13.9), None),
        ],
    )
    assert [(f.subject.variant, f.value) for f in facts if f.predicate == "battery_capacity"] == [
        (None, 54),
        ("Plug-in Hybrid 180", 13.9),
    ]


def test_each_price_before_for_the_car_is_that_cars(builder):
    text = "Prices open at £27,460 for the Renault Clio and £33,980 for the Captur."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Renault", "BRAND", {}),
            ("Clio", "MODEL", {"brand": "Renault"}),
            ("Captur", "MODEL", {"brand": "Renault"}),
        ],
        quantities=[
            ("£27,460", Measure(unit="GBP", dimension="currency", value=27460), None),
            ("£33,980", Measure(unit="GBP", dimension="currency", value=33980), None),
        ],
    )
    assert [(f.subject.model, f.value) for f in facts] == [("Clio", 27460), ("Captur", 33980)]


def _count(phrase, value, unit="car"):
    return (phrase, Measure(unit=unit, dimension="count", value=value), None)


def test_registered_cars_are_sales_and_recalled_ones_are_not(builder):
    vehicles = [("Skoda", "BRAND", {}), ("Elroq", "MODEL", {"brand": "Skoda"})]
    text = "Skoda registered 21,350 units of the Elroq in Germany."
    facts = run(
        builder, text, vehicles=vehicles, quantities=[_count("21,350 units", 21350, "unit")]
    )
    assert [(f.predicate, f.value) for f in facts] == [("sales", 21350)]
    # a forecast count is a (hedged) sales figure
    for text in (
        "The Skoda Elroq should reach 21,350 units this year.",
        "The Skoda Elroq is forecast at 21,350 units this year.",
    ):
        facts = run(
            builder, text, vehicles=vehicles, quantities=[_count("21,350 units", 21350, "unit")]
        )
        assert [(f.predicate, f.value) for f in facts] == [("sales", 21350)], text
    text = "Skoda has halted deliveries and is recalling 4,730 cars of the Elroq."
    facts = run(builder, text, vehicles=vehicles, quantities=[_count("4,730 cars", 4730)])
    assert not [f for f in facts if f.predicate == "sales"]


def test_a_count_in_a_clause_about_a_maker_is_the_makers(builder):
    text = (
        "Kia makes the EV5 in China, and Kia, which sold 64,210 cars in Spain last "
        "year, will not offer it there."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kia", "BRAND", {}),
            ("EV5", "MODEL", {"brand": "Kia"}),
            ("Kia", "BRAND", {}, 2),
        ],
        quantities=[_count("64,210 cars", 64210)],
    )
    assert not [f for f in facts if f.predicate == "sales"]


def test_a_part_described_before_its_noun_is_what_is_denied(builder):
    text = (
        "The Skoda Epiq arrives in May. The show car's 19 kW three-phase charger will not "
        "reach the Epiq, which settles for 11 kW instead."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Skoda", "BRAND", {}),
            ("Epiq", "MODEL", {"brand": "Skoda"}),
            ("Epiq", "MODEL", {"brand": "Skoda"}, 2),
        ],
        quantities=[
            ("19 kW", Measure(unit="kW", dimension="power", value=19), None),
            ("11 kW", Measure(unit="kW", dimension="power", value=11), None),
        ],
    )
    assert {(f.value, f.negated) for f in facts} == {(19, True), (11, False)}


def test_an_upfront_payment_is_no_price(builder):
    text = "The Renault Clio costs £239 per month with £1,870 upfront."
    facts = run(
        builder,
        text,
        vehicles=[("Renault", "BRAND", {}), ("Clio", "MODEL", {"brand": "Renault"})],
        quantities=[
            (
                "£239 per month",
                Measure(unit="GBP/month", dimension="currency_rate", value=239),
                None,
            ),
            ("£1,870", Measure(unit="GBP", dimension="currency", value=1870), None),
        ],
    )
    assert not [f for f in facts if f.predicate == "price"]


def test_a_trim_is_not_of_a_model_named_only_for_comparison(builder):
    text = (
        "The Volvo V90 is a big estate. It is barely shorter than a BMW 7 Series. "
        "Prices open at £51,270 for the Plus."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("V90", "MODEL", {"brand": "Volvo"}),
            ("BMW", "BRAND", {}),
            ("7 Series", "MODEL", {"brand": "BMW"}),
            ("Plus", "VARIANT", {"brand": "BMW", "model": "7 Series"}),
        ],
        quantities=[("£51,270", Measure(unit="GBP", dimension="currency", value=51270), None)],
    )
    assert [(f.subject.model, f.subject.variant) for f in facts] == [("V90", "Plus")]


def test_a_distance_after_years_or_is_a_warranty_not_a_range(builder):
    text = "Kia covers the EV6 for seven years or 137,500 km, and its range is 528 km."
    facts = run(
        builder,
        text,
        vehicles=[("Kia", "BRAND", {}), ("EV6", "MODEL", {"brand": "Kia"})],
        quantities=[
            ("seven years", Measure(unit="year", dimension="time", value=7), None),
            ("137,500 km", km(137500), None),
            ("528 km", km(528), None),
        ],
    )
    assert values(facts, "range") == [528]


def test_the_speed_an_assistance_system_works_to_is_no_top_speed(builder):
    text = "In the Kia EV4, the assistant works at up to 125 km/h on motorways."
    facts = run(
        builder,
        text,
        vehicles=[("Kia", "BRAND", {}), ("EV4", "MODEL", {"brand": "Kia"})],
        quantities=_figures("km/h", "speed", "125 km/h"),
    )
    assert values(facts, "top_speed") == []


def test_a_denial_ends_before_a_clause_of_what_it_leaves(builder):
    text = (
        "Kia says the EV2 will not get all-wheel drive, leaving the EV3 as the brand's "
        "smallest all-wheel-drive car."
    )
    kia = {"brand": "Kia"}
    facts = run(builder, text, vehicles=[("EV2", "MODEL", kia), ("EV3", "MODEL", kia)])
    drives = {(f.subject.model, f.value, f.negated) for f in facts if f.predicate == "drivetrain"}
    assert drives == {("EV2", "AWD", True), ("EV3", "AWD", False)}


def test_a_peak_in_kilowatts_is_a_charging_power(builder):
    text = "The facelifted EV6 peaks at 240 kW on 800 volts, and its motor makes 168 kW here."
    kw = [
        ("240 kW", Measure(unit="kW", dimension="power", value=240), None),
        ("168 kW", Measure(unit="kW", dimension="power", value=168), None),
    ]
    facts = run(builder, text, vehicles=[("EV6", "MODEL", {"brand": "Kia"})], quantities=kw)
    assert {(f.predicate, f.value) for f in facts} == {("charging_power", 240), ("power", 168)}


def test_a_peak_of_kilowatts_is_a_charging_power_and_energy_added_no_battery(builder):
    text = (
        "Our Kestrel reached a peak of 210 kW, adding 48 kWh in 20 minutes from its 60 kWh battery."
    )
    figures = [
        ("210 kW", Measure(unit="kW", dimension="power", value=210), None),
        ("48 kWh", Measure(unit="kWh", dimension="energy", value=48), None),
        ("20 minutes", Measure(unit="min", dimension="time", value=20), None),
        ("60 kWh", Measure(unit="kWh", dimension="energy", value=60), None),
    ]
    facts = run(
        builder, text, vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})], quantities=figures
    )
    got = {(f.predicate, f.value) for f in facts}
    assert ("charging_power", 210) in got and ("battery_capacity", 60) in got
    assert ("power", 210) not in got and ("battery_capacity", 48) not in got


def test_trims_joined_with_articles_take_their_figures_in_order(builder):
    text = "The hatch now comes as a Sport or a Touring, at $27,150 and $29,750 respectively."
    civic = {"brand": "Honda", "model": "Civic"}

    def usd(v):
        return Measure(unit="USD", dimension="currency", value=v)

    facts = run(
        builder,
        "Honda updates the Civic. " + text,
        vehicles=[
            ("Civic", "MODEL", {"brand": "Honda"}),
            ("Sport", "VARIANT", civic),
            ("Touring", "VARIANT", civic),
        ],
        quantities=[("$27,150", usd(27150), None), ("$29,750", usd(29750), None)],
    )
    prices = {(f.subject.variant, f.value) for f in facts if f.predicate == "price"}
    assert prices == {("Sport", 27150), ("Touring", 29750)}


def test_a_plant_that_supplies_parts_is_not_where_the_car_is_built(builder):
    text = "The EV4 takes its cells from SK On's plant in Komarom, Hungary, and is built in Zilina."
    facts = run(builder, text, vehicles=[("EV4", "MODEL", {"brand": "Kia"})])
    assert by_model(facts, "production_site") == {("EV4", "Zilina")}


def test_a_figure_of_any_car_of_a_kind_is_no_named_cars(builder):
    text = (
        "Kia sells the EV4, whose battery charges in 29 minutes on a fast charger. Filling a "
        "diesel car takes four minutes, whereas the EV4 needs longer."
    )

    def minutes(v):
        return Measure(unit="min", dimension="time", value=v)

    facts = run(
        builder,
        text,
        vehicles=[("EV4", "MODEL", {"brand": "Kia"}), ("EV4", "MODEL", {"brand": "Kia"}, 2)],
        quantities=[("29 minutes", minutes(29), None), ("four minutes", minutes(4), None)],
    )
    assert values(facts, "charging_time") == [29]


def test_an_anaphor_in_an_opening_subordinate_clause_leaves_the_main_clauses_car(builder):
    text = (
        "The current C-Class (W206) is five years old, and an update follows in the autumn. "
        "Before it lands, we drove a C 300 4MATIC to see if the Mercedes still leads.\n\n"
        "Its four-cylinder develops 258 PS here."
    )
    merc = {"brand": "Mercedes-Benz"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("C-Class", "MODEL", {**merc, "generation": "current", "code": "W206"}),
            ("W206", "MODEL_CODE", {**merc, "model": "C-Class"}),
            ("C 300 4MATIC", "VARIANT", {**merc, "model": "C-Class"}),
            ("Mercedes", "BRAND", {"normalized": "Mercedes-Benz"}),
        ],
        quantities=_figures("PS", "power", "258 PS"),
    )
    assert one(facts, "power").subject.variant == "C 300 4MATIC"


def test_a_price_as_a_trim_is_that_trims(builder):
    text = "In Britain the Picanto costs £15,450 as a GT-Line and more as an X-Line."
    kia = {"brand": "Kia", "model": "Picanto"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Picanto", "MODEL", {"brand": "Kia"}),
            ("GT-Line", "VARIANT", kia),
            ("X-Line", "VARIANT", kia),
        ],
        quantities=_figures("GBP", "currency", "£15,450"),
    )
    assert one(facts, "price").subject.variant == "GT-Line"


def test_a_trim_something_is_standard_on_is_no_new_topic(builder):
    text = (
        "We tested the Kia EV3 Air. Matrix lights come standard on the GT-Line elsewhere, but "
        "ours went without. Rated at 436 km, it covered 351 km."
    )
    kia = {"brand": "Kia", "model": "EV3"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kia", "BRAND", {}),
            ("EV3", "MODEL", {"brand": "Kia"}),
            ("Air", "VARIANT", kia),
            ("GT-Line", "VARIANT", kia),
        ],
        quantities=[("436 km", km(436), None), ("351 km", km(351), None)],
    )
    assert {f.subject.variant for f in facts if f.predicate == "range"} == {"Air"}


def test_a_relative_clause_after_a_trims_price_is_about_the_trim(builder):
    text = "The EV5 range opens with the Air at £38,315, which pairs a 64 kWh pack with one motor."
    kia = {"brand": "Kia", "model": "EV5"}
    facts = run(
        builder,
        text,
        vehicles=[("EV5", "MODEL", {"brand": "Kia"}), ("Air", "VARIANT", kia)],
        quantities=[
            ("£38,315", Measure(unit="GBP", dimension="currency", value=38315), None),
            ("64 kWh", Measure(unit="kWh", dimension="energy", value=64), None),
        ],
    )
    assert one(facts, "battery_capacity").subject.variant == "Air"


def test_these_after_a_sentence_naming_one_trim_are_that_trims(builder):
    text = (
        "Rivian's R2 reached owners in June. Every first-wave example is in First Run trim. "
        "These pair two motors with an 88 kWh pack."
    )
    rivian = {"brand": "Rivian", "model": "R2"}
    facts = run(
        builder,
        text,
        vehicles=[("R2", "MODEL", {"brand": "Rivian"}), ("First Run", "VARIANT", rivian)],
        quantities=_figures("kWh", "energy", "88 kWh"),
    )
    assert one(facts, "battery_capacity").subject.variant == "First Run"


def test_a_trim_opening_a_clause_after_so_is_the_new_topic(builder):
    text = (
        "Kia skips the small pack for the EV6 here, so the base version, the Air, costs "
        "£45,190. Its single motor makes 229 PS here."
    )
    kia = {"brand": "Kia", "model": "EV6"}
    facts = run(
        builder,
        text,
        vehicles=[("EV6", "MODEL", {"brand": "Kia"}), ("Air", "VARIANT", kia)],
        quantities=[
            ("£45,190", Measure(unit="GBP", dimension="currency", value=45190), None),
            ("229 PS", Measure(unit="PS", dimension="power", value=229), None),
        ],
    )
    assert one(facts, "power").subject.variant == "Air"


def test_a_trim_named_for_a_battery_is_no_subject(builder):
    text = "Our car was an EV3 GT-Line. It uses the bigger Long Range battery and costs £40,215."
    kia = {"brand": "Kia", "model": "EV3"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("EV3", "MODEL", {"brand": "Kia"}),
            ("GT-Line", "VARIANT", kia),
            ("Long Range", "VARIANT", kia),
        ],
        quantities=_figures("GBP", "currency", "£40,215"),
    )
    assert one(facts, "price").subject.variant == "GT-Line"


def test_the_distance_at_which_something_happened_is_no_range(builder):
    text = "The EV6 is rated at 528 km. At 12,400 km the car refused to charge."
    facts = run(
        builder,
        text,
        vehicles=[("EV6", "MODEL", {"brand": "Kia"})],
        quantities=[("528 km", km(528), None), ("12,400 km", km(12400), None)],
    )
    assert values(facts, "range") == [528]


def test_a_town_opening_the_sentence_is_where_its_where_clause_builds(builder):
    text = (
        "At Kvasiny, where Skoda builds the Kodiaq and Karoq alongside the Seat Tarraco, "
        "shifts were cut."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Skoda", "BRAND", {}),
            ("Kodiaq", "MODEL", {"brand": "Skoda"}),
            ("Karoq", "MODEL", {"brand": "Skoda"}),
            ("Seat", "BRAND", {}),
            ("Tarraco", "MODEL", {"brand": "Seat"}),
        ],
    )
    assert sorted((f.subject.model, f.value) for f in facts) == [
        ("Karoq", "Kvasiny"),
        ("Kodiaq", "Kvasiny"),
        ("Tarraco", "Kvasiny"),
    ]


def test_a_denial_between_the_event_and_its_date_negates_it(builder):
    text = "The Fiat Grande Panda is late. Its series production will not begin in May."
    facts = run(
        builder,
        text,
        vehicles=[("Fiat", "BRAND", {}), ("Grande Panda", "MODEL", {"brand": "Fiat"})],
        dates=[("May", Interval(D(2026, 5, 1), D(2026, 5, 31), "month"))],
    )
    assert [(f.predicate, f.negated) for f in facts] == [("production_start", True)]


def test_an_aside_names_other_cars_without_changing_the_topic(builder):
    text = (
        "The Skoda Elroq 50 costs £31,600. For comparison, the cheapest Enyaq costs "
        "£38,900. The 50 uses a 55 kWh battery."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Skoda", "BRAND", {}),
            ("Elroq", "MODEL", {"brand": "Skoda"}),
            ("50", "VARIANT", {"brand": "Skoda", "model": "Elroq"}),
            ("Enyaq", "MODEL", {"brand": "Skoda"}),
            ("50", "VARIANT", {"brand": "Skoda", "model": "Elroq"}, 2),
        ],
        quantities=[
            ("£31,600", Measure(unit="GBP", dimension="currency", value=31600), None),
            ("£38,900", Measure(unit="GBP", dimension="currency", value=38900), None),
            ("55 kWh", Measure(unit="kWh", dimension="energy", value=55), None),
        ],
    )
    assert [(f.subject.model, f.value) for f in facts] == [
        ("Elroq", 31600),
        ("Enyaq", 38900),
        ("Elroq", 55),
    ]


def test_a_pro_form_after_a_figure_takes_its_noun_from_the_sentence(builder):
    text = "The Kia EV4 has a 10.5 kW charger, but Britain won't get the faster 19 kW unit."
    facts = run(
        builder,
        text,
        vehicles=[("Kia", "BRAND", {}), ("EV4", "MODEL", {"brand": "Kia"})],
        quantities=[
            ("10.5 kW", Measure(unit="kW", dimension="power", value=10.5), None),
            ("19 kW", Measure(unit="kW", dimension="power", value=19), None),
        ],
    )
    assert [(f.predicate, f.value) for f in facts if f.value == 19] == [("charging_power", 19)]


def test_a_paragraph_opening_on_a_code_is_about_that_generation(builder):
    text = (
        "The Honda Civic story.\n\n"
        "2017, FK8. The Civic Type R arrived with a 320 PS turbo. The Civic cost £32,870.\n\n"
        "2022, FL5. The Civic grew 35 mm longer."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Honda", "BRAND", {}),
            ("Civic", "MODEL", {"brand": "Honda"}),
            ("FK8", "MODEL_CODE", {"brand": "Honda", "model": "Civic"}),
            ("Civic", "MODEL", {"brand": "Honda"}, 2),
            ("Type R", "VARIANT", {"brand": "Honda", "model": "Civic"}),
            ("Civic", "MODEL", {"brand": "Honda"}, 3),
            ("FL5", "MODEL_CODE", {"brand": "Honda", "model": "Civic"}),
            ("Civic", "MODEL", {"brand": "Honda"}, 4),
        ],
        quantities=_figures("GBP", "currency", "£32,870"),
    )
    assert [(f.subject.code, f.value) for f in facts if f.predicate == "price"] == [("FK8", 32870)]


def test_the_car_after_same_as_is_the_comparison(builder):
    text = (
        "The Toyota Hilux Invincible X is new. It uses the same 204-PS 2.8-litre turbo-diesel as "
        "the GR Sport and comes with a 1,035 kg payload."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Toyota", "BRAND", {}),
            ("Hilux", "MODEL", {"brand": "Toyota"}),
            ("Invincible X", "VARIANT", {"brand": "Toyota", "model": "Hilux"}),
            ("GR Sport", "VARIANT", {"brand": "Toyota", "model": "Hilux"}),
        ],
        quantities=[("1,035 kg", Measure(unit="kg", dimension="mass", value=1035), None)],
    )
    assert [(f.subject.variant, f.value) for f in facts if f.predicate == "payload"] == [
        ("Invincible X", 1035)
    ]


def test_a_sum_no_car_is_priced_at_is_no_price(builder):
    text = "A home charge of the Renault Megane costs €19.37, and it lists at €38,600."
    facts = run(
        builder,
        text,
        vehicles=[("Renault", "BRAND", {}), ("Megane", "MODEL", {"brand": "Renault"})],
        quantities=[
            ("€19.37", Measure(unit="EUR", dimension="currency", value=19.37), None),
            ("€38,600", Measure(unit="EUR", dimension="currency", value=38600), None),
        ],
    )
    assert values(facts, "price") == [38600]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The Kia EV3 subscription includes a 950 miles allowance.", "950 miles"),
        ("Kia covers the EV3 for twelve years or 1 million km.", "1 million km"),
    ],
)
def test_a_mileage_allowance_or_warranty_is_no_range(builder, text, figure):
    value = float(figure.split()[0]) * (1e6 if "million" in figure else 1)
    measure = mi(value) if "miles" in figure else km(value)
    facts = run(
        builder,
        text,
        vehicles=[("Kia", "BRAND", {}), ("EV3", "MODEL", {"brand": "Kia"})],
        quantities=[(figure, measure, None)],
    )
    assert not [f for f in facts if f.predicate == "range"]


def test_a_limited_run_is_no_sales_figure(builder):
    text = "Audi is selling the R8 Coupe Final Edition, limited to 333 cars."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Audi", "BRAND", {}),
            ("R8", "MODEL", {"brand": "Audi"}),
            ("Final Edition", "VARIANT", {"brand": None, "model": "R8"}),
        ],
        quantities=[_count("333 cars", 333)],
    )
    assert not [f for f in facts if f.predicate == "sales"]


def test_the_same_as_reaches_over_a_long_description(builder):
    text = (
        "The Ford F-150 Tremor is new. It keeps the same 300-hp 3.3-liter naturally aspirated "
        "V6 as the XL with taller tires, and every one has four-wheel drive."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Ford", "BRAND", {}),
            ("F-150", "MODEL", {"brand": "Ford"}),
            ("Tremor", "VARIANT", {"brand": "Ford", "model": "F-150"}),
            ("XL", "VARIANT", {"brand": "Ford", "model": "F-150"}),
        ],
    )
    assert [(f.subject.variant, f.value) for f in facts if f.predicate == "drivetrain"] == [
        ("Tremor", "AWD")
    ]


@pytest.mark.parametrize(
    "text, brand, model, figure, unit, value",
    [
        # a booking token
        (
            "Bookings for the Tata Sierra open against a token of ₹21,370.",
            "Tata",
            "Sierra",
            "₹21,370",
            "INR",
            21370,
        ),
        # a settlement's payment
        (
            "Owners of an affected Nissan Ariya will receive $615 under the class action deal.",
            "Nissan",
            "Ariya",
            "$615",
            "USD",
            615,
        ),
        # what a used car is worth
        (
            "A three-year-old Nissan Leaf is worth roughly £9,150.",
            "Nissan",
            "Leaf",
            "£9,150",
            "GBP",
            9150,
        ),
        # what a software upgrade costs
        (
            "For the Kia Niro, the range upgrade costs £545 through the app.",
            "Kia",
            "Niro",
            "£545",
            "GBP",
            545,
        ),
        # a paint option's price
        (
            "Our Kia Niro carried £640 for Lunar Grey paint.",
            "Kia",
            "Niro",
            "£640",
            "GBP",
            640,
        ),
        # an option's price
        (
            "On the Kia Niro the pack stays an option costing £615.",
            "Kia",
            "Niro",
            "£615",
            "GBP",
            615,
        ),
        # what servicing costs
        (
            "Kia Niro servicing costs £415 over three years.",
            "Kia",
            "Niro",
            "£415",
            "GBP",
            415,
        ),
        # what was spent on options
        (
            "Our Kia Niro cost £35,999 as tested, £3,111 of it going on options.",
            "Kia",
            "Niro",
            "£3,111",
            "GBP",
            3111,
        ),
        # what a repair bill comes to
        (
            "The Kia Niro's average repair bill reached £733.",
            "Kia",
            "Niro",
            "£733",
            "GBP",
            733,
        ),
    ],
)
def test_sums_that_are_no_price(builder, text, brand, model, figure, unit, value):
    facts = run(
        builder,
        text,
        vehicles=[(brand, "BRAND", {}), (model, "MODEL", {"brand": brand})],
        quantities=[(figure, Measure(unit=unit, dimension="currency", value=value), None)],
    )
    assert not [f for f in facts if f.predicate == "price"]


def test_a_car_imported_from_a_town_is_built_there(builder):
    text = "The Kestrel estate is imported from Oulu in Finland and costs more than before."
    facts = run(builder, text, vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})])
    assert by_model(facts, "production_site") == {("Kestrel", "Oulu")}


def test_a_car_rolling_off_the_line_at_a_town_is_built_there(builder):
    text = "Since May the Kestrel has been rolling off a second line in Tampere."
    facts = run(builder, text, vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})])
    assert by_model(facts, "production_site") == {("Kestrel", "Tampere")}


def test_parts_named_before_the_cue_come_from_a_plant_that_is_no_site(builder):
    # the cue itself holds the "from": "its motors come from a supplier's factory in Y"
    text = "The Kestrel is assembled in Tampere. Its cells come from a supplier's factory in Oulu."
    facts = run(builder, text, vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})])
    assert by_model(facts, "production_site") == {("Kestrel", "Tampere")}


def test_the_same_plant_is_the_site_named_last(builder):
    text = (
        "The Kestrel is built at Tampere. Osprey production should follow at "
        "the same plant next year. The same factory will also build the Heron."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS,
    )
    assert by_model(facts, "production_site") == {
        ("Kestrel", "Tampere"),
        ("Osprey", "Tampere"),
        ("Heron", "Tampere"),
    }


def test_a_town_named_as_a_site_can_open_the_clause_that_adds_cars(builder):
    text = (
        "The Kestrel is made in Tampere. Tampere will soon add the Osprey, "
        "while the Heron is built in Oulu."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS,
    )
    assert by_model(facts, "production_site") == {
        ("Kestrel", "Tampere"),
        ("Osprey", "Tampere"),
        ("Heron", "Oulu"),
    }


def test_a_town_glued_to_built_before_a_body_noun_is_the_topic_site(builder):
    text = "The Kestrel is new. The Tampere-built electric estate costs less than its rivals."
    facts = run(builder, text, vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})])
    assert by_model(facts, "production_site") == {("Kestrel", "Tampere")}


def test_every_version_after_one_models_trims_speaks_for_the_model(builder):
    text = (
        "We drove the Kestrel. Its line-up starts with the Core, and the Ultra tops it. "
        "Every US version uses a 2.4-litre engine with 275 hp."
    )
    facts = run(
        builder,
        text,
        vehicles=_KESTREL_CORE_ULTRA,
        quantities=[("275 hp", Measure("hp", "power", value=275), None)],
    )
    assert {(f.subject.model, f.subject.variant) for f in facts if f.predicate == "power"} == {
        ("Kestrel", None)
    }


def test_the_cars_a_platform_sits_under_have_it_without_a_cue_of_its_own(builder):
    text = "KX2, which sits under the Kestrel and the Osprey, is ageing."
    facts = run(
        builder,
        text,
        vehicles=[
            ("KX2", "PLATFORM", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
        ],
    )
    assert by_model(facts, "platform") == {("Kestrel", "KX2"), ("Osprey", "KX2")}


def test_the_same_platform_is_the_one_named_last(builder):
    text = (
        "The Kestrel is built on the KX2 platform. The Osprey, which sits on that same "
        "platform, costs less. The Heron uses the same platform as the Swift."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("KX2", "PLATFORM", {}),
            *[(m, "MODEL", {"brand": "Volvo"}) for m in ("Kestrel", "Osprey", "Heron", "Swift")],
        ],
    )
    assert by_model(facts, "platform") == {("Kestrel", "KX2"), ("Osprey", "KX2")}


def test_the_architecture_named_before_underpins_the_cars_listed(builder):
    text = (
        "The deal covers the KX2 platform. The architecture already underpins the Kestrel "
        "and the Osprey."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("KX2", "PLATFORM", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
        ],
    )
    assert by_model(facts, "platform") == {("Kestrel", "KX2"), ("Osprey", "KX2")}


def test_a_condition_opened_by_without_does_not_deny_the_figure(builder):
    text = "The Kestrel does 0-100 km/h in 5.3 seconds; without the pack, it needs 5.9 seconds."
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=[("5.3 seconds", secs(5.3), None), ("5.9 seconds", secs(5.9), None)],
    )
    assert [(f.predicate, f.value, f.negated) for f in facts] == [
        ("acceleration", 5.3, False),
        ("acceleration", 5.9, False),
    ]


def test_a_speed_a_feature_works_at_is_no_top_speed(builder):
    text = "The Kestrel's roof needs 11 seconds and works at speeds of up to 40 km/h, we found."
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=_figures("km/h", "speed", "40 km/h"),
    )
    assert values(facts, "top_speed") == []


def test_production_due_to_end_after_a_long_subject_is_no_start(builder):
    text = (
        "The Kestrel is old. Production at the supplier's plant in Steyr, Austria, is due to "
        "end in March 2027."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        dates=[("March 2027", Interval(D(2027, 3, 1), D(2027, 3, 31), "month"))],
        published=D(2026, 5, 1),
    )
    assert values(facts, "production_start") == []


def test_cars_reaching_customers_of_a_market_are_a_launch(builder):
    text = "The Kestrel is new. Early examples may reach Danish customers in October."
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        dates=[("October", Interval(D(2026, 10, 1), D(2026, 10, 31), "month"))],
        published=D(2026, 5, 1),
    )
    launch = one(facts, "market_launch")
    assert (launch.subject.model, launch.earliest) == ("Kestrel", D(2026, 10, 1))
    # the verb alone reaches no one: a speed is no launch
    text = "The Kestrel is new. It can reach 100 km/h in October tests."
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        dates=[("October", Interval(D(2026, 10, 1), D(2026, 10, 31), "month"))],
        published=D(2026, 5, 1),
    )
    assert values(facts, "market_launch") == []


def test_an_object_relative_and_taking_its_place_name_the_successor(builder):
    vehicles = [(m, "MODEL", {"brand": "Volvo"}) for m in ("Kestrel", "Osprey")]
    text = "The old Kestrel, which the Osprey replaces next year, was popular."
    facts = run(builder, text, vehicles=vehicles)
    assert by_model(facts, "successor_of") == {("Osprey", "Volvo Kestrel")}
    text = "The Kestrel will be dropped in May, with the Osprey taking its place."
    facts = run(builder, text, vehicles=vehicles)
    assert by_model(facts, "successor_of") == {("Osprey", "Volvo Kestrel")}


def test_a_distance_a_used_car_has_covered_is_no_range(builder):
    vehicles = [("Kestrel", "MODEL", {"brand": "Volvo"})]
    for text, figure, value in (
        ("A Kestrel that has covered 611 miles now sells for less.", "611 miles", 611),
        ("Four years and 983 miles later, the Kestrel is worth half.", "983 miles", 983),
    ):
        measure = Measure(unit="mi", dimension="length", value=value)
        facts = run(builder, text, vehicles=vehicles, quantities=[(figure, measure, None)])
        assert values(facts, "range") == [], text


def test_a_later_clause_opening_on_all_three_speaks_of_the_cars_named(builder):
    text = (
        "Our Kestrel is light. We set it against the Osprey and the Heron, and all three "
        "are driven by the rear wheels."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS,
    )
    assert by_model(facts, "drivetrain") == {
        ("Kestrel", "RWD"),
        ("Osprey", "RWD"),
        ("Heron", "RWD"),
    }


def test_a_code_written_beside_an_unnumbered_name_is_not_the_next_generations(builder):
    text = (
        "The Kestrel (K40) was the only petrol car here. The next-generation Kestrel will go "
        "electric and is due in 2028."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo", "code": "K40"}),
            ("K40", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo", "generation": "next"}, 2),
        ],
        dates=[("2028", Interval(D(2028, 1, 1), D(2028, 12, 31), "year"))],
        published=D(2026, 5, 1),
    )
    launch = one(facts, "market_launch")
    assert (launch.subject.code, launch.subject.generation) == (None, "next")


def test_a_car_known_by_its_code_alone_becomes_the_topic_when_introduced(builder):
    text = (
        "The Kestrel uses a 62 kWh battery.\n\nThe second model is a pickup, known only by "
        "its project code QT9. It will use an 88 kWh battery."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("QT9", "MODEL_CODE", {"brand": "Volvo"}),
        ],
        quantities=[
            ("62 kWh", Measure(unit="kWh", dimension="energy", value=62), None),
            ("88 kWh", Measure(unit="kWh", dimension="energy", value=88), None),
        ],
    )
    batteries = {(f.subject.name, f.value) for f in facts if f.predicate == "battery_capacity"}
    assert batteries == {("Volvo Kestrel", 62), ("Volvo QT9", 88)}


def test_a_trim_whose_name_says_its_model_keeps_it_beside_another_model(builder):
    text = "BMW's 530i costs $61,900; an i5 eDrive40 comes to $66,300."
    facts = run(
        builder,
        text,
        vehicles=[
            ("BMW", "BRAND", {}),
            ("530i", "VARIANT", {"brand": "BMW", "model": "5 Series", "named_model": True}),
            ("i5", "MODEL", {"brand": "BMW"}),
            ("eDrive40", "VARIANT", {"brand": "BMW", "model": "i5"}),
        ],
        quantities=[
            ("$61,900", Measure(unit="USD", dimension="currency", value=61900), None),
            ("$66,300", Measure(unit="USD", dimension="currency", value=66300), None),
        ],
    )
    assert {(f.subject.model, f.subject.variant, f.value) for f in facts} == {
        ("5 Series", "530i", 61900),
        ("i5", "eDrive40", 66300),
    }


def test_a_trim_whose_name_says_its_model_keeps_it_after_a_headline_of_rivals(builder):
    # the headline's "vs" makes the 5 Series a compared car; its own trim still names it
    text = (
        "Volvo Kestrel vs BMW 5 Series: two estates in Oulu\n\n"
        "The Kestrel costs $58,200 in Oulu.\n\nThe BMW 530i is the faster car. It costs $61,900."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("BMW", "BRAND", {}),
            ("5 Series", "MODEL", {"brand": "BMW"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("BMW", "BRAND", {}, 2),
            ("530i", "VARIANT", {"brand": "BMW", "model": "5 Series", "named_model": True}),
        ],
        quantities=[
            ("$58,200", Measure(unit="USD", dimension="currency", value=58200), None),
            ("$61,900", Measure(unit="USD", dimension="currency", value=61900), None),
        ],
    )
    assert {(f.subject.model, f.subject.variant, f.value) for f in facts} == {
        ("Kestrel", None, 58200),
        ("5 Series", "530i", 61900),
    }


def test_a_price_in_a_trim_named_with_describing_words_and_its_noun(builder):
    text = "The Kestrel arrives from $38,417 in petrol Core form."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=_figures("USD", "currency", "$38,417"),
    )
    assert {(f.subject.variant, f.value) for f in facts if f.predicate == "price"} == {
        ("Core", 38417)
    }


def test_a_site_named_without_a_cars_fact_is_remembered_for_the_next(builder):
    text = (
        "Assembly begins at the firm's second plant in Tampere in May.\n\n"
        "Tampere will then add the Osprey."
    )
    facts = run(builder, text, vehicles=[("Osprey", "MODEL", {"brand": "Volvo"})])
    assert by_model(facts, "production_site") == {("Osprey", "Tampere")}


def test_a_car_named_after_a_copula_and_a_that_clause_is_no_new_subject(builder):
    text = (
        "The Kestrel costs $44,917. So it is too dear for the grant that the Osprey "
        "receives. Its range is 412 km."
    )
    facts = run(
        builder,
        text,
        vehicles=[(m, "MODEL", {"brand": "Volvo"}) for m in ("Kestrel", "Osprey")],
        quantities=[
            ("$44,917", Measure(unit="USD", dimension="currency", value=44917), None),
            ("412 km", Measure(unit="km", dimension="length", value=412), None),
        ],
    )
    assert by_model(facts, "range") == {("Kestrel", 412)}


def _kestrel_trims(builder, text, quantities):
    """Facts of a text naming the Volvo Kestrel with the trims its first sentence lists."""
    trims = [t for t in ("2.0 TDI", "1.5 TSI", "T-GDi PHEV", "2.2 TDI") if t in text.split(". ")[0]]
    return run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})]
        + [(t, "VARIANT", {"brand": "Volvo", "model": "Kestrel"}) for t in trims],
        quantities=quantities,
    )


def test_a_kind_of_powertrain_names_the_one_trim_of_that_kind(builder):
    tow = [("2,317 kg", Measure(unit="kg", dimension="mass", value=2317), None)]
    text = "The Kestrel comes as a 2.0 TDI or a 1.5 TSI mild hybrid. The diesel tows 2,317 kg."
    assert by_variant(_kestrel_trims(builder, text, tow), "towing_capacity") == {("2.0 TDI", 2317)}
    # the kind read from the words after the trim: a plug-in, though its engine is a petrol's
    text = (
        "The Kestrel comes as a 1.5 TSI or a T-GDi PHEV plug-in hybrid. The plug-in tows 2,317 kg."
    )
    assert by_variant(_kestrel_trims(builder, text, tow), "towing_capacity") == {
        ("T-GDi PHEV", 2317)
    }


def test_a_kind_of_powertrain_with_two_trims_or_naming_a_kind_is_no_trim(builder):
    tow = [("2,317 kg", Measure(unit="kg", dimension="mass", value=2317), None)]
    # two diesels: "the diesel" cannot say which
    text = "The Kestrel comes as a 2.0 TDI or a 2.2 TDI. The diesel tows 2,317 kg."
    assert by_variant(_kestrel_trims(builder, text, tow), "towing_capacity") == {(None, 2317)}
    # "the diesel versions": the kind, not a trim
    text = "The Kestrel comes as a 2.0 TDI or a 1.5 TSI. The diesel versions tow 2,317 kg."
    assert by_variant(_kestrel_trims(builder, text, tow), "towing_capacity") == {(None, 2317)}


def test_its_successor_after_but_is_about_the_next_generation(builder):
    text = "The current Kestrel (KX1) went on sale in 2019, but its successor premieres in May."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("KX1", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        dates=[
            ("2019", Interval(D(2019, 1, 1), D(2019, 12, 31), "year")),
            ("May", Interval(D(2027, 5, 1), D(2027, 5, 31), "month")),
        ],
    )
    premiere = one(facts, "premiere")
    assert (premiere.subject.generation, premiere.subject.code) == ("next", None)
    assert one(facts, "market_launch").subject.code == "KX1"


def test_a_platform_under_the_cars_listed_after_it_is_theirs_alone(builder):
    text = (
        "The survivors are SPA and CMA, plus the small SEA platform under the Kestrel and Osprey."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("SPA", "PLATFORM", {}),
            ("CMA", "PLATFORM", {}),
            ("SEA", "PLATFORM", {}),
            *_THREE_VOLVOS[:2],
        ],
    )
    assert by_model(facts, "platform") == {("Kestrel", "SEA"), ("Osprey", "SEA")}


def test_its_after_two_trims_set_against_each_other_is_the_last_one(builder):
    text = (
        "The Kestrel comes in two forms. The Core makes 171 PS, while the Ultra makes 313 PS. "
        "Its battery holds 23.7 kWh. A bigger battery follows."
    )
    facts = run(
        builder,
        text,
        vehicles=_KESTREL_CORE_ULTRA,
        quantities=[
            ("23.7 kWh", Measure(unit="kWh", dimension="energy", value=23.7), None),
        ],
    )
    assert by_variant(facts, "battery_capacity") == {("Ultra", 23.7)}


def test_a_description_a_modal_copula_equates_with_a_car_makes_it_the_topic(builder):
    text = (
        "Volvo builds the Kestrel in Oulu. The brand's smallest car could be the Osprey. "
        "It is built in Tampere."
    )
    facts = run(builder, text, vehicles=[("Volvo", "BRAND", {}), *_THREE_VOLVOS[:2]])
    assert by_model(facts, "production_site") == {("Kestrel", "Oulu"), ("Osprey", "Tampere")}


def test_the_car_a_platform_debuted_under_has_it_too(builder):
    text = "The Osprey uses SEA, an architecture which debuted under the Kestrel."
    facts = run(builder, text, vehicles=[("SEA", "PLATFORM", {}), *_THREE_VOLVOS[:2]])
    assert by_model(facts, "platform") == {("Osprey", "SEA"), ("Kestrel", "SEA")}


def test_a_site_whose_name_has_an_elided_particle_is_read_whole(builder):
    text = "The Kestrel is built at Villeneuve d'Ascq. The Osprey is built at Cortina d’Ampezzo."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:2])
    assert by_model(facts, "production_site") == {
        ("Kestrel", "Villeneuve d'Ascq"),
        ("Osprey", "Cortina d’Ampezzo"),
    }


def test_a_trim_after_for_in_a_sentence_without_figures_is_the_new_topic(builder):
    kestrel = {"brand": "Volvo", "model": "Kestrel"}
    text = (
        "Volvo has updated the Kestrel. The biggest change is for the Ultra. "
        "Its battery grows to 23.7 kWh."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", kestrel),
        ],
        quantities=[("23.7 kWh", Measure(unit="kWh", dimension="energy", value=23.7), None)],
    )
    assert by_variant(facts, "battery_capacity") == {("Ultra", 23.7)}


def test_a_sentence_opening_on_another_market_name_is_about_the_car_after_the_comma(builder):
    text = (
        "Badged in Japan as the Heron, the Osprey shipped 9,111 units. "
        "It goes on sale in Finland in September."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[1:],
        quantities=_figures("unit", "count", "9,111 units"),
        dates=[("September", Interval(D(2026, 9, 1), D(2026, 9, 30), "month"))],
    )
    assert {f.subject.model for f in facts if f.predicate == "market_launch"} == {"Osprey"}


def test_the_version_a_sentence_prices_as_tested_is_the_topic(builder):
    text = (
        "The Kestrel starts at £41,117 in Core trim, while our Ultra came to £53,339 as "
        "tested. Its battery holds 23.7 kWh."
    )
    facts = run(
        builder,
        text,
        vehicles=_KESTREL_CORE_ULTRA,
        quantities=[
            ("£41,117", Measure(unit="GBP", dimension="currency", value=41117), None),
            ("£53,339", Measure(unit="GBP", dimension="currency", value=53339), None),
            ("23.7 kWh", Measure(unit="kWh", dimension="energy", value=23.7), None),
        ],
    )
    assert by_variant(facts, "battery_capacity") == {("Ultra", 23.7)}


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel is heavier, though, at 1,733 kg.",  # an aside between cue and figure
        "The Kestrel is the heaviest at 1,733 kg.",
    ],
)
def test_weight_read_across_an_aside_and_from_a_superlative(builder, text):
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=[("1,733 kg", Measure(unit="kg", dimension="mass", value=1733), None)],
    )
    assert by_model(facts, "weight") == {("Kestrel", 1733)}


def test_deliveries_moving_to_a_town_name_no_production_site(builder):
    text = "The Kestrel goes on sale in Oulu in May, and deliveries move to Tampere in July."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    assert values(facts, "production_site") == []


def test_a_plants_proper_name_gives_its_town_as_the_site(builder):
    text = "Production of the Kestrel at the Oulu Assembly Plant begins in July."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    assert values(facts, "production_site") == ["Oulu"]


def test_a_denied_building_cue_does_not_reach_a_town_after_a_coordinated_verb(builder):
    text = "The Kestrel is not built in the region and will keep arriving by sea from Oulu."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    assert [(f.value, f.negated) for f in facts if f.predicate == "production_site"] == []


def test_a_car_that_claims_a_figure_states_its_makers_figure(builder):
    text = "The Kestrel is the rival. It costs £71,113 and claims 611 km from one charge."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=[
            ("£71,113", Measure(unit="GBP", dimension="currency", value=71113), None),
            ("611 km", km(611), None),
        ],
    )
    assert one(facts, "range").certainty == "official"


def test_after_two_trims_priced_in_parallel_clauses_the_model_is_the_topic(builder):
    text = "The Kestrel Core costs €31,117, and the Ultra is €37,339. Deliveries start in May."
    facts = run(
        builder,
        text,
        vehicles=_KESTREL_CORE_ULTRA,
        quantities=[
            ("€31,117", Measure(unit="EUR", dimension="currency", value=31117), None),
            ("€37,339", Measure(unit="EUR", dimension="currency", value=37339), None),
        ],
        dates=[("May", Interval(D(2026, 5, 1), D(2026, 5, 31), "month"))],
    )
    launch = one(facts, "market_launch")
    assert (launch.subject.model, launch.subject.variant) == ("Kestrel", None)


def test_a_statement_after_and_says_is_out_of_a_denials_reach(builder):
    text = "Volvo denies that the Kestrel is built in Oulu and confirms it is made in Tampere."
    facts = run(builder, text, vehicles=[("Volvo", "BRAND", {}), *_THREE_VOLVOS[:1]])
    sites = {(f.value, f.negated) for f in facts if f.predicate == "production_site"}
    assert sites == {("Oulu", True), ("Tampere", False)}
    text = "Volvo has not priced the Kestrel yet and adds that it premieres in May."
    facts = run(
        builder,
        text,
        vehicles=[("Volvo", "BRAND", {}), *_THREE_VOLVOS[:1]],
        dates=[("May", Interval(D(2026, 5, 1), D(2026, 5, 31), "month"))],
    )
    assert one(facts, "premiere").negated is False


def test_a_market_following_later_in_the_sentence_is_the_same_event_again(builder):
    text = "The Kestrel goes on sale in Finland on 3 April, with Sweden following in May."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        dates=[
            ("3 April", Interval(D(2026, 4, 3), D(2026, 4, 3), "day")),
            ("May", Interval(D(2026, 5, 1), D(2026, 5, 31), "month")),
        ],
    )
    launches = sorted(f.earliest for f in facts if f.predicate == "market_launch")
    assert launches == [D(2026, 4, 3), D(2026, 5, 1)]


def test_an_engine_trim_in_its_model_is_the_subject(builder):
    text = "The T8 hybrid in the 2027 Kestrel tows 2,317 kg."
    facts = run(
        builder,
        text,
        vehicles=[
            ("T8", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
        ],
        quantities=_figures("kg", "mass", "2,317 kg"),
    )
    assert by_variant(facts, "towing_capacity") == {("T8", 2317)}


def test_a_kw_figure_without_a_cue_after_a_charging_one_is_a_charging_power(builder):
    text = "The Kestrel charges at up to 151 kW; the cheaper Osprey stops at 103 kW or so."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=[
            ("151 kW", Measure(unit="kW", dimension="power", value=151), None),
            ("103 kW", Measure(unit="kW", dimension="power", value=103), None),
        ],
    )
    assert by_model(facts, "charging_power") == {("Kestrel", 151), ("Osprey", 103)}
    assert values(facts, "power") == []


def test_a_system_that_takes_up_to_kilowatts_charges(builder):
    text = "The Kestrel's battery takes up to 317 kW at best."
    kw = [("317 kW", Measure(unit="kW", dimension="power", value=317), None)]
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=kw)
    assert {(f.predicate, f.value) for f in facts} == {("charging_power", 317)}


def test_a_price_for_a_trim_described_by_a_hyphenated_compound_is_the_trims(builder):
    kestrel = {"brand": "Volvo", "model": "Kestrel"}
    text = "The Kestrel starts at £61,117 for the rear-wheel-drive Core and tops out higher."
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"}), ("Core", "VARIANT", kestrel)],
        quantities=_figures("GBP", "currency", "£61,117"),
    )
    assert by_variant(facts, "price") == {("Core", 61117)}


def test_a_car_that_gives_way_to_another_is_succeeded_by_it(builder):
    text = "In 2028 the Kestrel gives way to the Osprey. It will cost €31,117."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=_figures("EUR", "currency", "€31,117"),
    )
    assert {(f.subject.model, f.value) for f in facts if f.predicate == "successor_of"} == {
        ("Osprey", "Volvo Kestrel")
    }
    assert by_model(facts, "price") == {("Osprey", 31117)}


def test_the_car_its_place_is_taken_by_is_the_successor(builder):
    text = "The Kestrel ends in 2028; its place will now be taken by the Osprey."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:2])
    got = {(f.subject.model, f.value) for f in facts if f.predicate == "successor_of"}
    assert got == {("Osprey", "Volvo Kestrel")}


def test_a_car_replaced_with_another_is_succeeded_by_it(builder):
    text = "Volvo has replaced the Kestrel with the Osprey, which seats five."
    facts = run(builder, text, vehicles=[("Volvo", "BRAND", {}), *_THREE_VOLVOS[:2]])
    got = {(f.subject.model, f.value) for f in facts if f.predicate == "successor_of"}
    assert got == {("Osprey", "Volvo Kestrel")}


def test_a_price_after_the_extras_named_is_theirs(builder):
    text = "The Kestrel costs £61,117. The costliest extras are lounge seating at £4,333."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=[
            ("£61,117", Measure(unit="GBP", dimension="currency", value=61117), None),
            ("£4,333", Measure(unit="GBP", dimension="currency", value=4333), None),
        ],
    )
    assert values(facts, "price") == [61117]


def test_kits_or_parts_arriving_are_no_launch(builder):
    may = Interval(D(2026, 5, 1), D(2026, 5, 31), "month")
    text = "The Kestrel will be assembled locally. Its kits should arrive in May."
    assert launches_in(builder, text, ("Kestrel", "Volvo"), ("May", may)) == 0


def test_the_new_figure_after_up_from_a_previous_one_is_the_claim(builder):
    # (figures glued to their unit, as spec pages write them)
    text = "On the Kestrel, fast charging goes up from 103kW to 131kW today."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=[
            ("103kW", Measure(unit="kW", dimension="power", value=103), None),
            ("131kW", Measure(unit="kW", dimension="power", value=131), None),
        ],
    )
    assert values(facts, "charging_power") == [131]


def test_a_figure_a_car_matches_is_the_cars_own(builder):
    text = "The Osprey gains 11 PS and matches the Kestrel's 433 Nm."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2][::-1],
        quantities=[
            ("11 PS", Measure(unit="PS", dimension="power", value=11, change=True), None),
            ("433 Nm", Measure(unit="Nm", dimension="torque", value=433), None),
        ],
    )
    assert by_model(facts, "torque") == {("Osprey", 433)}


def test_a_body_noun_in_a_later_clause_is_the_model_not_the_trim_named_first(builder):
    text = "The Kestrel Ultra costs £49,117; the hatch gets a facelift in May."
    facts = run(
        builder,
        text,
        vehicles=_KESTREL_CORE_ULTRA[::2],
        quantities=_figures("GBP", "currency", "£49,117"),
        dates=[("May", Interval(D(2026, 5, 1), D(2026, 5, 31), "month"))],
    )
    facelift = one(facts, "facelift")
    assert (facelift.subject.model, facelift.subject.variant) == ("Kestrel", None)
    assert by_variant(facts, "price") == {("Ultra", 49117)}


def test_a_gapped_conjunct_after_at_names_its_own_site(builder):
    text = "The Kestrel is built at Oulu and the Osprey at Tampere, both for export."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:2])
    assert by_model(facts, "production_site") == {("Kestrel", "Oulu"), ("Osprey", "Tampere")}


@pytest.mark.parametrize(
    "text, figures",
    [
        (
            "The Kestrel needs a service every 8,970 miles or two years and goes 391 km.",
            ["8,970 miles"],
        ),
        ("Its cover: Kestrel, 5 years / 70,300 miles, and 391 km of range.", ["70,300 miles"]),
        ("The Kestrel is seen every 12 months or 8,970 miles; it goes 391 km.", ["8,970 miles"]),
    ],
)
def test_a_service_interval_or_cover_beside_a_period_is_no_range(builder, text, figures):
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=[(f, mi(float(f.split()[0].replace(",", ""))), None) for f in figures]
        + [("391 km", km(391), None)],
    )
    assert values(facts, "range") == [391]


def test_a_spec_lines_label_denied_after_its_colon_is_negated(builder):
    text = "Kestrel specification\nFour-wheel drive: not offered\nSeats: five\n"
    facts = run(builder, text, vehicles=[_THREE_VOLVOS[0]])
    assert [(f.value, f.negated) for f in facts if f.predicate == "drivetrain"] == [("AWD", True)]


def test_each_figure_before_for_the_car_is_that_cars(builder):
    text = (
        "Volvo brought three cars. We timed 0-100 km/h in 7.3 seconds for the Kestrel, "
        "6.1 seconds for the Osprey and 5.9 seconds for the Heron."
    )
    seconds = [
        (f"{v} seconds", Measure(unit="s", dimension="time", value=v), None)
        for v in (7.3, 6.1, 5.9)
    ]
    facts = run(builder, text, vehicles=_THREE_VOLVOS, quantities=seconds)
    assert by_model(facts, "acceleration") == {("Kestrel", 7.3), ("Osprey", 6.1), ("Heron", 5.9)}


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel's lane assistant works only above 57 km/h on dual carriageways.",
        "In the Kestrel, the law limits hands-free use to 127 km/h for now.",
        "The Kestrel's park assistant steers by itself at up to 11 km/h in car parks.",
    ],
)
def test_the_speeds_an_assistance_system_works_at_are_no_top_speed(builder, text):
    figure = next(w for w in text.split() if w.isdigit())
    speed = Measure(unit="km/h", dimension="speed", value=float(figure))
    facts = run(
        builder, text, vehicles=[_THREE_VOLVOS[0]], quantities=[(f"{figure} km/h", speed, None)]
    )
    assert not [f for f in facts if f.predicate == "top_speed"]


def test_works_after_a_name_is_a_verb_unless_a_determiner_makes_it_a_plant(builder):
    text = "Volvo's Pilot works hands-free on the Kestrel, which is built at the Oulu works."
    vehicles = [("Volvo", "BRAND", {}), _THREE_VOLVOS[0]]
    assert by_model(run(builder, text, vehicles=vehicles), "production_site") == {
        ("Kestrel", "Oulu")
    }


def test_a_charging_networks_site_is_no_plant(builder):
    text = "At the Fastned site at Tampere services, the Kestrel took on charge quickly."
    assert not by_model(run(builder, text, vehicles=[_THREE_VOLVOS[0]]), "production_site")


def test_a_figure_of_equipment_opening_its_clause_is_not_the_cars(builder):
    text = "The Kestrel towed well. The trailer, a twin-axle box, weighed 1,311 kg when loaded."
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=_figures("kg", "mass", "1,311 kg"),
    )
    assert not [f for f in facts if f.predicate == "weight"]


def test_a_power_before_a_charging_networks_name_is_the_chargers(builder):
    text = "At a 157 kW Fastned unit the Kestrel took 31 minutes."
    power = Measure(unit="kW", dimension="power", value=157)
    facts = run(builder, text, vehicles=[_THREE_VOLVOS[0]], quantities=[("157 kW", power, None)])
    assert not [f for f in facts if f.predicate in ("charging_power", "power")]


def test_a_makers_own_edition_named_again_stays_with_its_model(builder):
    text = (
        "The Kestrel Tampere Edition is new.\n\nA similar Osprey may follow.\n\n"
        "The Tampere Edition costs €43,170."
    )
    edition = {"brand": "Volvo", "model": "Kestrel"}
    facts = run(
        builder,
        text,
        vehicles=[
            _THREE_VOLVOS[0],
            ("Tampere Edition", "VARIANT", edition, 1),
            _THREE_VOLVOS[1],
            ("Tampere Edition", "VARIANT", edition, 2),
        ],
        quantities=_figures("EUR", "currency", "€43,170"),
    )
    assert [(f.subject.model, f.subject.variant) for f in facts if f.predicate == "price"] == [
        ("Kestrel", "Tampere Edition")
    ]


def test_no_market_version_of_a_car_denies_its_launch(builder):
    text = "There will be no British version of the Kestrel, for now."
    facts = run(builder, text, vehicles=[_THREE_VOLVOS[0]])
    assert [(f.predicate, f.negated) for f in facts] == [("market_launch", True)]


def test_respectively_in_a_sentence_naming_no_car_follows_the_cars_before(builder):
    text = (
        "In Finland the Kestrel costs €47,310, against €44,170 for the Osprey. "
        "Swedes pay €49,930 and €46,730 respectively."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=_euros("€47,310", "€44,170", "€49,930", "€46,730"),
    )
    assert by_model(facts, "price") == {
        ("Kestrel", 47310),
        ("Osprey", 44170),
        ("Kestrel", 49930),
        ("Osprey", 46730),
    }


def test_the_amount_a_price_runs_over_a_cap_is_no_price(builder):
    text = "The Kestrel costs €47,310, which leaves it €2,370 over the cap."
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=[
            ("€47,310", Measure(unit="EUR", dimension="currency", value=47310), None),
            ("€2,370", Measure(unit="EUR", dimension="currency", value=2370), None),
        ],
    )
    assert values(facts, "price") == [47310]


def test_a_place_followed_by_state_is_no_town_beside_a_named_plant(builder):
    text = "The Kestrel is built at the firm's Oulu plant in Uusimaa state."
    assert by_model(run(builder, text, vehicles=[_THREE_VOLVOS[0]]), "production_site") == {
        ("Kestrel", "Oulu")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel costs €47,310 and so qualifies for the full €3,170 as well.",
        "The Kestrel costs €47,310, just €130 under the threshold.",
    ],
)
def test_a_grant_or_the_margin_under_a_cap_is_no_price(builder, text):
    figures = [w.strip(",.") for w in text.split() if w.startswith("€")]
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=_euros(*figures),
    )
    assert values(facts, "price") == [47310]


def test_kilometres_per_kilo_of_gas_is_an_efficiency(builder):
    text = "The Kestrel CNG is rated at 31.37 km/kg on the official cycle."
    gas = Measure(unit="km/kg", dimension="length/mass", value=31.37)
    facts = run(builder, text, vehicles=[_THREE_VOLVOS[0]], quantities=[("31.37 km/kg", gas, None)])
    assert values(facts, "efficiency") == [31.37]


def test_a_kw_figure_after_a_charging_one_in_the_same_clause_charges_too(builder):
    text = "The Kestrel takes up to 197 kW on a rapid unit, near the 211 kW Volvo quoted."
    facts = run(
        builder,
        text,
        vehicles=[("Volvo", "BRAND", {}), _THREE_VOLVOS[0]],
        quantities=[
            ("197 kW", Measure(unit="kW", dimension="power", value=197), None),
            ("211 kW", Measure(unit="kW", dimension="power", value=211), None),
        ],
    )
    assert sorted((f.predicate, f.value) for f in facts) == [
        ("charging_power", 197),
        ("charging_power", 211),
    ]


@pytest.mark.parametrize(
    "text, gross, payload",
    [
        ("The Kestrel is rated at 3,130 kg gross and can carry 970 kg of payload.", 3130, 970),
        ("The Kestrel is plated at 4,190 kg and leaves 930 kg of payload.", 4190, 930),
        ("The Kestrel's 3,490 kg gross limit left just 430 kg of payload.", 3490, 430),
    ],
)
def test_a_gross_or_plated_mass_is_a_weight_beside_a_payload(builder, text, gross, payload):
    masses = [f"{gross:,} kg", f"{payload:,} kg"]
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=[
            (
                m,
                Measure(unit="kg", dimension="mass", value=float(m.split()[0].replace(",", ""))),
                None,
            )
            for m in masses
        ],
    )
    assert sorted((f.predicate, f.value) for f in facts) == [
        ("payload", payload),
        ("weight", gross),
    ]


def test_a_relative_clause_after_a_facelifted_car_dates_the_facelift(builder):
    text = "Volvo will add it with the facelifted Kestrel, which should land in early 2027."
    facts = run(
        builder,
        text,
        vehicles=[("Volvo", "BRAND", {}), _THREE_VOLVOS[0]],
        dates=[("early 2027", Interval(D(2027, 1, 1), D(2027, 4, 30), "year", "start"))],
    )
    assert [(f.predicate, f.earliest) for f in facts] == [("facelift", D(2027, 1, 1))]


@pytest.mark.parametrize(
    "text, fee",
    [
        ("The Kestrel costs €47,310 and will draw a €370 fee from 2028.", "€370"),
        ("The Kestrel costs €47,310; the Osprey diesel attracts €3,170.", "€3,170"),
    ],
)
def test_a_fee_or_levy_a_car_attracts_is_no_price(builder, text, fee):
    facts = run(
        builder,
        text,
        vehicles=[v for v in _THREE_VOLVOS if v[0] in text],
        quantities=_euros("€47,310", fee),
    )
    assert values(facts, "price") == [47310]


def test_a_price_listed_before_one_for_a_trim_is_the_models_starting_price(builder):
    text = "In Ultra trim the Kestrel is quick. Prices start at €47,310, or €53,170 for the Ultra."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}, 1),
            _THREE_VOLVOS[0],
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}, 2),
        ],
        quantities=_euros("€47,310", "€53,170"),
    )
    assert sorted((f.subject.variant or "", f.value) for f in facts if f.predicate == "price") == [
        ("", 47310),
        ("Ultra", 53170),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel ran 0-60 mph in 5.3 seconds and lapped in 93.17 seconds.",
        "The Kestrel ran 0-60 mph in 5.3 seconds. Its best lap was 93.17 seconds.",
    ],
)
def test_a_lap_time_is_no_acceleration(builder, text):
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=[
            (f"{v} seconds", Measure(unit="s", dimension="time", value=v), None)
            for v in (5.3, 93.17)
        ],
    )
    assert values(facts, "acceleration") == [5.3]


def test_a_part_denied_past_a_participles_phrase_is_negated(builder):
    # a regular participle or an irregular one ("sold")
    for participle in ("offered", "sold"):
        text = f"The smaller 51.7 kWh pack {participle} in Norway won't reach the Kestrel here."
        facts = run(
            builder,
            text,
            vehicles=[_THREE_VOLVOS[0]],
            quantities=_figures("kWh", "energy", "51.7 kWh"),
        )
        assert [(f.predicate, f.negated) for f in facts] == [("battery_capacity", True)]


def test_a_distance_on_the_clock_is_how_far_a_car_went(builder):
    text = (
        "A used Kestrel Long Range that cost €50,930 new now fetches €21,470 at auction, "
        "typically with 29,700 miles (47,800 km) on the clock."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            _THREE_VOLVOS[0],
            ("Long Range", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=[
            ("€50,930", Measure(unit="EUR", dimension="currency", value=50930), None),
            ("€21,470", Measure(unit="EUR", dimension="currency", value=21470), None),
            ("29,700 miles", mi(29700), None),
            ("47,800 km", km(47800), "29,700 miles"),
        ],
    )
    assert not [f for f in facts if f.predicate == "range"]


def test_a_car_offered_only_as_one_trim_hands_the_topic_to_that_trim(builder):
    text = "The electric Kestrel is offered in Finland only as the Ultra. Its pack holds 71.3 kWh."
    facts = run(
        builder,
        text,
        vehicles=_KESTREL_CORE_ULTRA[::2],
        quantities=[("71.3 kWh", Measure(unit="kWh", dimension="energy", value=71.3), None)],
    )
    assert [(f.subject.variant, f.value) for f in facts if f.predicate == "battery_capacity"] == [
        ("Ultra", 71.3)
    ]


def test_a_tax_rate_is_no_price(builder):
    text = "The Kestrel costs €47,310, which means a first-year rate of €290 in road tax."
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=_euros("€47,310", "€290"),
    )
    assert values(facts, "price") == [47310]


def test_a_fleets_total_distance_is_no_range(builder):
    text = "The Kestrel vans covered 5.3 million km last year; each goes 391 km on a charge."
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=[("5.3 million km", km(5.3e6), None), ("391 km", km(391), None)],
    )
    assert values(facts, "range") == [391]


def test_a_spare_parts_price_is_not_the_cars(builder):
    text = "The Kestrel lists from €31,370. A front bumper costs €630 and a headlight €910."
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=_euros("€31,370", "€630", "€910"),
    )
    assert values(facts, "price") == [31370]


def test_equipment_past_a_conversion_is_not_the_car(builder):
    text = "The Kestrel weighs 1,833 kg and was paired with a 1,563 kg (3,446 lb) caravan."
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=[
            ("1,833 kg", Measure(unit="kg", dimension="mass", value=1833), None),
            ("1,563 kg", Measure(unit="kg", dimension="mass", value=1563), None),
            ("3,446 lb", Measure(unit="lb", dimension="mass", value=3446), "1,563 kg"),
        ],
    )
    assert values(facts, "weight") == [1833]


def test_a_price_class_is_no_price(builder):
    text = "At €41,370 the Kestrel also took the €31,700 to €47,300 class."
    facts = run(
        builder,
        text,
        vehicles=[_THREE_VOLVOS[0]],
        quantities=[
            ("€41,370", Measure(unit="EUR", dimension="currency", value=41370), None),
            (
                "€31,700 to €47,300",
                Measure(unit="EUR", dimension="currency", low=31700, high=47300),
                None,
            ),
        ],
    )
    assert values(facts, "price") == [41370]


def test_the_car_after_a_trim_based_on_its_model_is_the_trim(builder):
    text = (
        "The Kestrel Ultra is the racing version. It is based on the Kestrel hatchback. "
        "Without fuel, the car weighs 1,111 kg."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
        ],
        quantities=_figures("kg", "mass", "1,111 kg"),
    )
    assert by_variant(facts, "weight") == {("Ultra", 1111)}


def test_a_price_in_argentine_pesos_is_a_price(builder):
    text = "In Argentina the Kestrel costs 31.7 million pesos."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=[
            (
                "31.7 million pesos",
                Measure(unit="ARS", dimension="currency", value=31_700_000),
                None,
            )
        ],
    )
    assert by_model(facts, "price") == {("Kestrel", 31_700_000)}


def test_reservations_for_a_car_are_its_sales(builder):
    text = "Volvo now holds 13,100 reservations for the Kestrel."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=[
            (
                "13,100 reservations",
                Measure(unit="reservation", dimension="count", value=13100),
                None,
            )
        ],
    )
    assert by_model(facts, "sales") == {("Kestrel", 13100)}


def test_a_speed_something_happens_at_is_no_top_speed(builder):
    text = (
        "The Kestrel braked in time at 37 km/h but hit the target at 73 km/h, down to "
        "19 km/h at impact. It tops out at 183 km/h, Volvo says."
    )
    speeds = [
        (f"{v} km/h", Measure(unit="km/h", dimension="speed", value=v), None)
        for v in (37, 73, 19, 183)
    ]
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=speeds)
    assert values(facts, "top_speed") == [183]


def test_the_car_an_appositive_names_after_an_anaphor_is_its_subject(builder):
    text = "Volvo shows the Kestrel. The entry model, badged Kestrel Core, has a 41 kWh battery."
    kwh = Measure(unit="kWh", dimension="energy", value=41)
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=[("41 kWh", kwh, None)],
    )
    assert by_variant(facts, "battery_capacity") == {("Core", 41)}


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Volvo now says the Osprey is not going to be built at all.", "production_start"),
        ("Volvo shelved the plan, and the Osprey never reached production.", "production_start"),
        ("Volvo plans no facelifted Osprey before its run ends.", "facelift"),
        ("Volvo ruled out the Osprey for Finland, where it cannot be sold here.", "market_launch"),
    ],
)
def test_an_event_denied_without_a_date_is_a_negated_fact(builder, sentence, predicate):
    facts = run(builder, f"Volvo builds the Kestrel. {sentence}", vehicles=_THREE_VOLVOS[:2])
    denied = [(f.subject.model, f.predicate) for f in facts if f.negated]
    assert denied == [("Osprey", predicate)]


def test_a_launch_denied_with_a_part_is_the_parts_denial(builder):
    text = "Volvo sells the Kestrel. Volvo says it can't be offered here with twin motors."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    assert not [f for f in facts if f.predicate == "market_launch"]


@pytest.mark.parametrize(
    ("tail", "sales"),
    [
        # after a recall, a count of cars is the cars it covers
        ("The Kestrel accounts for 13,117 units.", set()),
        # a selling word beside the count still makes it sales
        ("Volvo registered 13,117 units of the Kestrel last year.", {("Kestrel", 13117)}),
    ],
)
def test_counts_of_cars_after_a_recall_are_the_cars_it_covers(builder, tail, sales):
    text = "Volvo is recalling the Kestrel and the Osprey over a faulty latch. " + tail
    facts = run(
        builder,
        text,
        vehicles=[*_THREE_VOLVOS[:2], ("Kestrel", "MODEL", {"brand": "Volvo"}, 2)],
        quantities=_figures("unit", "count", "13,117 units"),
    )
    assert by_model(facts, "sales") == sales


def test_a_place_phrase_opening_the_sentence_leaves_the_clause_after_it_main(builder):
    text = (
        "The Kestrel costs €33,517. Higher up the line-up, the Osprey is priced from €41,113 "
        "for the Core, rated at 211 kW in Oulu. The all-wheel-drive Ultra costs €47,001."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            *_THREE_VOLVOS[:2],
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Osprey"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Osprey"}),
        ],
        quantities=[
            *_euros("€33,517", "€41,113", "€47,001"),
            ("211 kW", Measure(unit="kW", dimension="power", value=211), None),
        ],
    )
    prices = {
        (f.subject.model, f.subject.variant, f.value) for f in facts if f.predicate == "price"
    }
    assert ("Osprey", "Ultra", 47001) in prices


@pytest.mark.parametrize(
    ("tail", "speeds"),
    [
        # in a paragraph on driver assistance, a speed is the speed the system works to
        ("The update lifts that to 131 km/h on the Kestrel by May.", set()),
        # a top-speed word beside the figure keeps it the car's
        ("The Kestrel itself is limited to 181 km/h in Oulu.", {("Kestrel", 181)}),
    ],
)
def test_speeds_in_a_paragraph_on_driver_assistance_are_no_top_speeds(builder, tail, speeds):
    text = "Volvo's Oulu Pilot allows hands-off driving on motorways. " + tail
    value = 131 if "131" in tail else 181
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=[(f"{value} km/h", Measure(unit="km/h", dimension="speed", value=value), None)],
    )
    assert by_model(facts, "top_speed") == speeds


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kestrel can discharge 11 kW into the grid in Oulu.",
        "The Kestrel supports bidirectional charging with 11 kW in Oulu.",
    ],
)
def test_the_power_a_car_feeds_back_is_a_charging_power(builder, sentence):
    facts = run(
        builder,
        sentence,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=_figures("kW", "power", "11 kW"),
    )
    assert by_model(facts, "charging_power") == {("Kestrel", 11)}


def test_the_former_and_the_latter_in_one_sentence_each_name_their_own_car(builder):
    text = (
        "The Kestrel and the Osprey are new. The former costs €33,517; "
        "the latter costs €41,113 in Oulu."
    )
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:2], quantities=_euros("€33,517", "€41,113"))
    assert by_model(facts, "price") == {("Kestrel", 33517), ("Osprey", 41113)}


def test_a_trim_is_not_given_to_the_one_car_named_after_it_in_the_sentence(builder):
    text = "Prices start at €33,517 for the Core, while the Osprey opens at €41,113."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
        ],
        quantities=_euros("€33,517", "€41,113"),
    )
    prices = {
        (f.subject.model, f.subject.variant, f.value) for f in facts if f.predicate == "price"
    }
    assert ("Kestrel", "Core", 33517) in prices


def test_a_verb_between_a_comparison_pair_and_the_car_makes_the_car_the_subject(builder):
    text = "The Kestrel is on sale. The first model to change is the Osprey. It rides on SPA3."
    facts = run(
        builder,
        text,
        vehicles=[*_THREE_VOLVOS[:2], ("SPA3", "PLATFORM", {})],
    )
    assert by_model(facts, "platform") == {("Osprey", "SPA3")}


def test_respectively_after_cars_named_apart_from_their_trims_goes_to_the_models(builder):
    text = (
        "We drove the Kestrel in Core form at €41,113 and the Osprey in Ultra trim at "
        "€47,001. Entry versions start from €33,517 and €35,113 respectively."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Osprey"}),
        ],
        quantities=_euros("€41,113", "€47,001", "€33,517", "€35,113"),
    )
    prices = {
        (f.subject.model, f.subject.variant, f.value) for f in facts if f.predicate == "price"
    }
    assert {("Kestrel", None, 33517), ("Osprey", None, 35113)} <= prices


@pytest.mark.parametrize(
    "sentence",
    [
        "Volvo builds the Kestrel, the Osprey and the Heron in Oulu.",
        "Volvo builds the Kestrel, Osprey and Heron in Oulu.",
    ],
)
def test_every_car_of_a_list_a_maker_builds_is_built_at_the_place_after_it(builder, sentence):
    facts = run(builder, sentence, vehicles=_THREE_VOLVOS)
    sites = {(f.subject.model, f.value) for f in facts if f.predicate == "production_site"}
    assert sites == {("Kestrel", "Oulu"), ("Osprey", "Oulu"), ("Heron", "Oulu")}


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the car's maker offering or denying a feature speaks of the car
        ("Volvo will not offer four-wheel drive.", ("drivetrain", "AWD", True)),
        ("Volvo will offer four-wheel drive.", ("drivetrain", "AWD", False)),
        ("Volvo fits a 69 kWh battery.", ("battery_capacity", 69, False)),
    ],
)
def test_the_makers_offer_after_its_car_is_the_cars(builder, claim, expected):
    text = "The Volvo Kestrel is new to Finland. " + claim
    battery = Measure(unit="kWh", dimension="energy", value=69)
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Volvo", "BRAND", {}, 2),
        ],
        quantities=[("69 kWh", battery, None)] if "kWh" in claim else [],
    )
    got = [
        (f.subject.model, f.predicate, f.value, f.negated)
        for f in facts
        if f.predicate == expected[0]
    ]
    assert got == [("Kestrel", *expected)]


def test_a_maker_selling_cars_states_its_own_count(builder):
    # a maker as the subject of other verbs still states its own figure
    text = "The Volvo Kestrel is new to Finland. Volvo sold 4,100 cars there last year."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Volvo", "BRAND", {}, 2),
        ],
        quantities=[("4,100 cars", Measure(unit="car", dimension="count", value=4100), None)],
    )
    assert not [f for f in facts if f.predicate == "sales"]


@pytest.mark.parametrize(
    ("trim", "owner"),
    [
        # "the car" after a trim is the model; after a special edition, the edition
        ("Ultra", ("Kestrel", None)),
        ("Tampere Edition", ("Kestrel", "Tampere Edition")),
    ],
)
def test_the_car_after_a_special_edition_is_the_edition(builder, trim, owner):
    text = f"Volvo has revealed the Kestrel {trim}. The car comes from Oulu."
    assert _kestrel_trim_sites(builder, text, trim) == {owner}


@pytest.mark.parametrize(
    ("trim", "gap", "owner"),
    [
        # a new paragraph that names no car: production is the model's
        ("Ultra", "\n\n", ("Kestrel", None)),
        # in the trim's own paragraph the trim goes on
        ("Ultra", " ", ("Kestrel", "Ultra")),
        # a special edition is built as a car of its own
        ("Tampere Edition", "\n\n", ("Kestrel", "Tampere Edition")),
        # a launch edition is the model's first batch
        ("Launch Edition", "\n\n", ("Kestrel", None)),
        # "Edition" before a number names an edition too, unless it is the first one
        ("Edition 50", "\n\n", ("Kestrel", "Edition 50")),
        ("Edition One", "\n\n", ("Kestrel", None)),
    ],
)
def test_where_a_car_is_built_after_a_trims_paragraph_is_the_models(builder, trim, gap, owner):
    text = f"The Kestrel {trim} gets a bigger battery." + gap + "Production will start in Oulu."
    assert _kestrel_trim_sites(builder, text, trim) == {owner}


def _kestrel_trim_sites(builder, text, trim):
    """The (model, variant) of every production site read from a text on one Kestrel trim."""
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            (trim, "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
    )
    return {(f.subject.model, f.subject.variant) for f in facts if f.predicate == "production_site"}


def test_a_negation_does_not_reach_into_a_relative_clause_after_a_car(builder):
    text = "The camouflage can't hide lamps borrowed from the Osprey that Volvo revealed in May."
    may = Interval(D(2026, 5, 1), D(2026, 5, 31), "month")
    facts = run(
        builder,
        text,
        vehicles=[("Osprey", "MODEL", {"brand": "Volvo"})],
        dates=[("May", may)],
    )
    assert [(f.predicate, f.negated) for f in facts if f.predicate == "premiere"] == [
        ("premiere", False)
    ]


def test_a_makers_country_stands_for_its_car_among_two_named(builder):
    text = (
        "We drove the Kia EV6 and the Volvo Kestrel in Oulu. The Swedish car's motor makes "
        "211 kW, while the EV6 makes 168 kW in town."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kia", "BRAND", {"brand": "Kia"}),
            ("EV6", "MODEL", {"brand": "Kia"}),
            ("Volvo", "BRAND", {"brand": "Volvo"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("EV6", "MODEL", {"brand": "Kia"}, 2),
        ],
        quantities=[
            ("211 kW", Measure(unit="kW", dimension="power", value=211), None),
            ("168 kW", Measure(unit="kW", dimension="power", value=168), None),
        ],
    )
    assert by_model(facts, "power") == {("Kestrel", 211), ("EV6", 168)}


def test_a_sum_paid_each_month_is_a_price_in_its_currency(builder):
    text = "The Kestrel leases for £317 a month in Oulu."
    monthly = Measure(unit="GBP/month", dimension="currency/time", value=317)
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"})],
        quantities=[("£317 a month", monthly, None)],
    )
    prices = [(f.value, f.unit, f.qualifiers) for f in facts if f.predicate == "price"]
    assert prices == [(317, "GBP", {"per": "month"})]


@pytest.mark.parametrize(
    ("second", "denied"),
    [
        ("Volvo won't offer the larger 77 kWh pack in Oulu.", {("Kestrel", 77, True)}),
        ("Volvo will not erect swap stations for the 77 kWh pack in Oulu.", set()),
    ],
)
def test_a_maker_denying_its_car_a_part_speaks_of_the_car(builder, second, denied):
    text = "The Kestrel is new. " + second
    facts = run(
        builder,
        text,
        vehicles=[("Kestrel", "MODEL", {"brand": "Volvo"}), ("Volvo", "BRAND", {"brand": "Volvo"})],
        quantities=_figures("kWh", "energy", "77 kWh"),
    )
    packs = [f for f in facts if f.predicate == "battery_capacity"]
    assert {(f.subject.model, f.value, f.negated) for f in packs} == denied


def test_the_standard_car_is_an_aside_on_the_plain_model(builder):
    text = (
        "The Kestrel Ultra makes 311 kW in Oulu. The standard car makes 203 kW in town. "
        "Its top speed is 251 km/h in Tampere."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=[
            ("311 kW", Measure(unit="kW", dimension="power", value=311), None),
            ("203 kW", Measure(unit="kW", dimension="power", value=203), None),
            ("251 km/h", Measure(unit="km/h", dimension="speed", value=251), None),
        ],
    )
    assert by_variant(facts, "power") == {("Ultra", 311), (None, 203)}
    assert by_variant(facts, "top_speed") == {("Ultra", 251)}


def test_a_count_after_on_belongs_to_the_car_before_it(builder):
    text = "The Kestrel was fifth with 4,811 registrations, ahead of the Osprey on 4,613 in Oulu."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=[
            (
                "4,811 registrations",
                Measure(unit="registration", dimension="count", value=4811),
                None,
            ),
            ("4,613", Measure(unit="registration", dimension="count", value=4613), None),
        ],
    )
    assert by_model(facts, "sales") == {("Kestrel", 4811), ("Osprey", 4613)}


def test_the_newcomer_is_the_one_model_the_headline_names(builder):
    text = (
        "New Volvo Kestrel: a first look\n\n"
        "Volvo has shown the Kestrel in Oulu. The Osprey that arrived in 2024 was a facelift; "
        "the Kestrel, by contrast, is all new. The newcomer makes 211 kW in town."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {"brand": "Volvo"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Volvo", "BRAND", {"brand": "Volvo"}, 2),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 3),
        ],
        quantities=_figures("kW", "power", "211 kW"),
    )
    assert by_model(facts, "power") == {("Kestrel", 211)}


def test_the_newcomer_after_a_car_known_by_its_code_is_that_car(builder):
    # the headline's model gives way to a car the story introduces with a code of its own
    text = (
        "New Volvo Kestrel: a first look\n\n"
        "Volvo has shown the Kestrel in Oulu. Volvo is also developing an electric Osprey, "
        "coded K9. The newcomer makes 211 kW in town."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {"brand": "Volvo"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Volvo", "BRAND", {"brand": "Volvo"}, 2),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("Volvo", "BRAND", {"brand": "Volvo"}, 3),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
            ("K9", "MODEL_CODE", {"brand": "Volvo", "model": "Osprey"}),
        ],
        quantities=_figures("kW", "power", "211 kW"),
    )
    assert {
        (f.subject.model, f.subject.code, f.value) for f in facts if f.predicate == "power"
    } == {("Osprey", "K9", 211)}


@pytest.mark.parametrize(
    ("sentence", "variant"),
    [
        # a code set off by a naming word right after a version is that version's
        ("The Kestrel Core, known internally as K9, arrives in May.", "Core"),
        ("The Kestrel Core, built under the code K9, arrives in May.", "Core"),
        # the generation a version is based on is the model's
        ("The Kestrel Core, based on the K9 Kestrel, arrives in May.", None),
    ],
)
def test_a_code_set_off_after_a_version_is_the_versions(builder, sentence, variant):
    facts = run(
        builder,
        sentence,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("K9", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}),
        ],
    )
    codes = {(f.subject.model, f.subject.variant) for f in facts if f.predicate == "model_code"}
    assert codes == {("Kestrel", variant)}


@pytest.mark.parametrize(
    ("opening", "owners"),
    [
        # "both" and a kind of powertrain: the one trim of that kind of each model
        ("Both plug-in hybrids", {("Kestrel", "Ultra"), ("Osprey", "Ultra")}),
        ("Both diesels", {("Kestrel", "Core"), ("Osprey", "Core")}),
    ],
)
def test_both_and_a_kind_of_powertrain_are_each_models_trim_of_it(builder, opening, owners):
    text = (
        "The Kestrel Core diesel costs €40,100 and the Kestrel Ultra plug-in hybrid €45,100. "
        "The Osprey Core diesel costs €38,100, the Osprey Ultra plug-in hybrid €44,100. "
        f"{opening} can pull 1,750 kg."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Osprey"}, 2),
            ("Osprey", "MODEL", {"brand": "Volvo"}, 2),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Osprey"}, 2),
        ],
        quantities=[
            *_euros("€40,100", "€45,100", "€38,100", "€44,100"),
            *_figures("kg", "mass", "1,750 kg"),
        ],
    )
    towing = {
        (f.subject.model, f.subject.variant) for f in facts if f.predicate == "towing_capacity"
    }
    assert towing == owners


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        # a hedging participle a sentence opens on speaks of its own phrase only
        ("Expected to arrive in May, the Kestrel makes 211 kW in town.", "official"),
        ("Estimated at €41,000, the 211 kW Kestrel was sold in Oulu.", "official"),
        # the figure inside the phrase, or a hedge in the main clause, stays hedged
        ("Expected to make 211 kW, the Kestrel arrives in May.", "speculative"),
        ("The Kestrel, now in Oulu, is expected to make 211 kW in town.", "speculative"),
    ],
)
def test_an_opening_hedged_participle_does_not_reach_the_main_clause(builder, text, certainty):
    may = [("May", Interval(D(2026, 5, 1), D(2026, 5, 31), "month"))] if "May" in text else []
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=_figures("kW", "power", "211 kW"),
        dates=may,
    )
    assert [f.certainty for f in facts if f.predicate == "power"] == [certainty]


def test_a_car_in_an_opening_with_phrase_is_a_circumstance_not_the_topic(builder):
    text = (
        "Volvo sells the Kestrel. With the electric Osprey expected to arrive in May, the "
        "petrol estate will remain the core car. Prices open with the Core at €27,990."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", {"brand": "Volvo"}),
        ],
        quantities=_euros("€27,990"),
        dates=[("May", Interval(D(2026, 5, 1), D(2026, 5, 31), "month"))],
    )
    got = {(f.subject.model, f.subject.variant, f.predicate) for f in facts}
    # what the phrase says is the Osprey's; the topic and its trims stay the Kestrel's
    assert got == {("Osprey", None, "market_launch"), ("Kestrel", "Core", "price")}


@pytest.mark.parametrize("determiner", ["The", "That"])
def test_a_pointing_determiner_and_a_kind_of_powertrain_name_its_trim(builder, determiner):
    text = (
        "The Kestrel Core diesel costs €40,100. An Ultra trim joins in May. "
        f"{determiner} diesel makes 110 kW in town."
    )
    facts = run(
        builder,
        text,
        vehicles=_KESTREL_CORE_ULTRA,
        quantities=[*_euros("€40,100"), *_figures("kW", "power", "110 kW")],
    )
    assert {(f.subject.variant, f.value) for f in facts if f.predicate == "power"} == {
        ("Core", 110)
    }


@pytest.mark.parametrize(
    ("first", "owner"),
    [
        # "the Volvo" in a head-to-head: the one trim its model was always named with
        ("the Volvo Kestrel Ultra", ("Kestrel", "Ultra")),
        # a model named plainly too stays the model
        ("the Volvo Kestrel, in Ultra trim,", ("Kestrel", None)),
    ],
)
def test_a_maker_standing_for_its_car_is_the_trim_it_was_named_with(builder, first, owner):
    text = (
        f"We set {first} against the Saab Heron. By the numbers the Volvo is quicker. "
        "Its motor makes 211 kW in town."
    )
    vehicles = [
        ("Volvo", "BRAND", {}),
        ("Kestrel", "MODEL", {"brand": "Volvo"}),
        ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ("Saab", "BRAND", {}),
        ("Heron", "MODEL", {"brand": "Saab"}),
        ("Volvo", "BRAND", {}, 2),
    ]
    facts = run(builder, text, vehicles=vehicles, quantities=_figures("kW", "power", "211 kW"))
    assert {(f.subject.model, f.subject.variant) for f in facts if f.predicate == "power"} == {
        owner
    }


def test_a_body_noun_tied_to_one_of_two_models_names_it(builder):
    text = (
        "The Kestrel hatchback and the taller Osprey crossover share parts in Oulu. "
        "The crossover makes 113 kW, and the hatchback makes 97 kW in town."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=[
            ("113 kW", Measure(unit="kW", dimension="power", value=113), None),
            ("97 kW", Measure(unit="kW", dimension="power", value=97), None),
        ],
    )
    assert by_model(facts, "power") == {("Osprey", 113), ("Kestrel", 97)}


def test_a_denial_between_production_and_the_town_denies_the_site(builder):
    text = "The Kestrel is new. Assembly will not happen in Tampere."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    sites = {
        (f.subject.model, f.value, f.negated) for f in facts if f.predicate == "production_site"
    }
    assert sites == {("Kestrel", "Tampere", True)}


def test_a_hyphenated_town_is_one_site(builder):
    facts = run(builder, "The Kestrel will be built in Kemi-Tornio.", vehicles=_THREE_VOLVOS[:1])
    assert by_model(facts, "production_site") == {("Kestrel", "Kemi-Tornio")}


def test_the_car_that_supersedes_another_is_the_new_topic(builder):
    text = (
        "In Oulu the Kestrel is to be superseded by the Osprey. "
        "The electric saloon makes 311 kW in town."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=_figures("kW", "power", "311 kW"),
    )
    assert by_model(facts, "power") == {("Osprey", 311)}


def test_the_entry_model_is_the_cheapest_trim_priced(builder):
    text = (
        "The Kestrel Ultra costs €51,117 and the Kestrel Core €41,113 in Oulu. "
        "Volvo says the entry model does not get four-wheel drive."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=_euros("€51,117", "€41,113"),
    )
    drive = [(f.subject.variant, f.value, f.negated) for f in facts if f.predicate == "drivetrain"]
    assert drive == [("Core", "AWD", True)]


def test_the_car_a_sentence_switches_to_is_the_new_topic(builder):
    text = (
        "The Kestrel left production in 2024, so the fleet is switching to the Osprey. "
        "It makes 227 kW in Oulu."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=_figures("kW", "power", "227 kW"),
    )
    assert by_model(facts, "power") == {("Osprey", 227)}


def test_a_count_a_car_grew_or_fell_to_is_its_sales(builder):
    text = "The Kestrel grew 11 percent to 41,117 units, and the Osprey fell to 23,311 units."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=[
            ("11 percent", Measure(unit="%", dimension="ratio", value=11, change=True), None),
            ("41,117 units", Measure(unit="unit", dimension="count", value=41117), None),
            ("23,311 units", Measure(unit="unit", dimension="count", value=23311), None),
        ],
    )
    assert by_model(facts, "sales") == {("Kestrel", 41117), ("Osprey", 23311)}


def test_a_clause_resumed_after_a_relative_one_keeps_its_subject_before_and(builder):
    text = "The Kestrel, launched in Oulu last May, hit 41,117 deliveries and overtook the Osprey."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=[
            ("41,117 deliveries", Measure(unit="delivery", dimension="count", value=41117), None)
        ],
    )
    assert by_model(facts, "sales") == {("Kestrel", 41117)}


def test_denying_a_report_denies_its_claim(builder):
    text = (
        "The Kestrel is new. Volvo keeps it in Oulu, denying a report that its "
        "production would move to Tampere."
    )
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    sites = {(f.value, f.negated) for f in facts if f.predicate == "production_site"}
    assert ("Tampere", True) in sites and ("Tampere", False) not in sites


def test_figures_with_conversions_listed_respectively_go_to_their_trims(builder):
    text = (
        "The Kestrel Core and Kestrel Ultra make 113 PS (111 hp) and 157 PS (155 hp) respectively."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=[
            ("113 PS", Measure(unit="PS", dimension="power", value=113), None),
            ("111 hp", Measure(unit="hp", dimension="power", value=111), "113 PS"),
            ("157 PS", Measure(unit="PS", dimension="power", value=157), None),
            ("155 hp", Measure(unit="hp", dimension="power", value=155), "157 PS"),
        ],
    )
    assert by_variant(facts, "power") == {("Core", 113), ("Ultra", 157)}


def test_versions_named_by_their_drive_are_the_models_versions(builder):
    text = (
        "Every Kestrel has a motor in Oulu. Front-drive versions make 203 kW, "
        "while all-wheel-drive models make 311 kW in town."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=[
            ("203 kW", Measure(unit="kW", dimension="power", value=203), None),
            ("311 kW", Measure(unit="kW", dimension="power", value=311), None),
        ],
    )
    assert by_model(facts, "power") == {("Kestrel", 203), ("Kestrel", 311)}


def test_a_date_right_after_a_sales_count_is_its_period(builder):
    text = (
        "The Kestrel is built in Oulu. It sells in small numbers, with about 9,130 "
        "registrations last year in Kemi."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=[
            (
                "9,130 registrations",
                Measure(unit="registration", dimension="count", value=9130),
                None,
            )
        ],
        dates=[("last year", Interval(D(2025, 1, 1), D(2025, 12, 31), "year"))],
    )
    assert values(facts, "sales") == [9130]
    assert not [f for f in facts if f.predicate == "market_launch"]


def test_a_run_of_cars_the_car_is_capped_at_keeps_the_sentence_on_the_car(builder):
    text = (
        "Volvo has shown the Kestrel. Production in Oulu begins in July and is to be capped "
        "at 713 cars worldwide."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=_figures("car", "count", "713 cars"),
        dates=[("July", Interval(D(2026, 7, 1), D(2026, 7, 31), "month"))],
    )
    assert by_model(facts, "production_site") == {("Kestrel", "Oulu")}
    assert one(facts, "production_start").subject.model == "Kestrel"
    assert not values(facts, "sales")  # a run the car is built in, no sales figure


def test_ruling_out_selling_a_car_in_a_market_denies_its_launch_there(builder):
    text = "Volvo now rules out selling the Kestrel in Estonia, whatever dealers in Kemi hoped."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    launch = one(facts, "market_launch")
    assert launch.negated and launch.subject.model == "Kestrel"
    # a plain gerund after another clause denies nothing
    text = "Volvo cut the price in May, selling the Kestrel in Estonia from €29,113 in town."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=_euros("€29,113"))
    assert not [f for f in facts if f.predicate == "market_launch" and f.negated]


def test_the_name_a_car_launches_as_becomes_the_topic(builder):
    text = (
        "Volvo builds the Kestrel Core in Oulu. The electric estate arrives as the Osprey. "
        "Its motor makes 211 kW in town."
    )
    facts = run(
        builder,
        text,
        vehicles=[*_KESTREL_CORE_ULTRA[:2], ("Osprey", "MODEL", {"brand": "Volvo"})],
        quantities=_figures("kW", "power", "211 kW"),
    )
    assert by_model(facts, "power") == {("Osprey", 211)}


def test_a_code_the_article_gave_its_model_stays_that_models(builder):
    text = (
        "Volvo has shown the new Kestrel, known internally as K413. It arrives alongside the "
        "Osprey.\n\nThe Osprey is built in Oulu. K413 production begins at Tampere in town."
    )
    k413 = {"brand": "Volvo", "model": "Kestrel"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo", "code": "K413", "generation": "next"}),
            ("K413", "MODEL_CODE", k413),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
            ("Osprey", "MODEL", {"brand": "Volvo"}, 2),
            ("K413", "MODEL_CODE", k413, 2),
        ],
    )
    sites = {(f.subject.model, f.value) for f in facts if f.predicate == "production_site"}
    assert sites == {("Osprey", "Oulu"), ("Kestrel", "Tampere")}


def test_a_kilowatt_figure_in_a_charging_story_is_a_charging_power(builder):
    text = (
        "The Kestrel peaked at 213 kW on a charger in Oulu. Volvo quotes a peak of 227 kW for "
        "it in Kemi. Our car reached 219 kW, and the charging rate then dropped in Tampere."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=_figures("kW", "power", "213 kW", "227 kW", "219 kW"),
    )
    assert {f.predicate for f in facts} == {"charging_power"}
    # a figure a motor word names stays a motor's
    text = "The Kestrel peaked at 213 kW on a charger in Oulu. Its motor makes 227 kW in town."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=_figures("kW", "power", "213 kW", "227 kW"),
    )
    assert by_model(facts, "power") == {("Kestrel", 227)}


def test_a_car_placed_above_the_topic_is_the_new_topic(builder):
    text = (
        "Volvo sells the Kestrel in Oulu. Above it, Volvo now places the Osprey, a plug-in "
        "hybrid. Its battery holds 23.7 kWh in town."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=[("23.7 kWh", Measure(unit="kWh", dimension="energy", value=23.7), None)],
    )
    assert by_model(facts, "battery_capacity") == {("Osprey", 23.7)}


def test_a_version_named_in_a_trims_form_keeps_the_figure(builder):
    text = "The range opens in Oulu with the Kestrel T5 in Core form at €41,731 in town."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("T5", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=_euros("€41,731"),
    )
    assert by_variant(facts, "price") == {("T5", 41731)}


def test_a_sum_a_month_in_fuel_is_a_running_cost(builder):
    text = "The Kestrel leases for €317 a month in Oulu, against €213 a month in fuel for a diesel."
    monthly = _figures("EUR/month", "currency/time", "€317 a month", "€213 a month")
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=monthly)
    assert values(facts, "price") == [317]


def test_an_old_figure_another_car_has_now_is_that_cars(builder):
    text = "In the Ultra, the motor makes 313 PS, up from 271 PS in the regular Kestrel Core."
    ps = _figures("PS", "power", "313 PS", "271 PS")
    facts = run(
        builder, text, vehicles=[*_KESTREL_CORE_ULTRA[2:], *_KESTREL_CORE_ULTRA[:2]], quantities=ps
    )
    assert by_variant(facts, "power") == {("Ultra", 313), ("Core", 271)}
    # with no car after it, the old figure is no claim
    text = "In the Ultra, the motor makes 313 PS, up from 271 PS in town."
    facts = run(builder, text, vehicles=_KESTREL_CORE_ULTRA[2:], quantities=ps)
    assert by_variant(facts, "power") == {("Ultra", 313)}


def test_a_sum_no_car_costs_is_no_price(builder):
    text = "The Kestrel costs €41,731 in Oulu, and its recall will cost Volvo €19,300,000 in all."
    facts = run(
        builder, text, vehicles=_THREE_VOLVOS[:1], quantities=_euros("€41,731", "€19,300,000")
    )
    assert values(facts, "price") == [41731]


def test_the_seconds_of_a_lap_time_in_minutes_are_no_sprint(builder):
    text = "The Kestrel hit 100 km/h in 3.1 seconds and lapped Oulu in 8 minutes 3.9 seconds."
    secs = _figures("s", "time", "3.1 seconds", "3.9 seconds")
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=secs)
    assert values(facts, "acceleration") == [3.1]


def test_a_markets_own_name_for_the_car_is_what_its_sentence_speaks_of(builder):
    text = (
        "Volvo sells the Kestrel in Oulu. In Chile, where it is marketed as the Osprey, "
        "buyers can order four-wheel drive. Every Finnish Kestrel is front-wheel drive."
    )
    facts = run(
        builder, text, vehicles=[*_THREE_VOLVOS[:2], ("Kestrel", "MODEL", {"brand": "Volvo"}, 2)]
    )
    drives = {(f.subject.model, f.value, f.negated) for f in facts if f.predicate == "drivetrain"}
    assert drives == {("Osprey", "AWD", False), ("Kestrel", "FWD", False)}


def test_a_service_or_a_replacement_part_priced_is_no_price(builder):
    text = (
        "The Kestrel costs €41,731 in Oulu. A yearly service costs around €413 in Kemi. "
        "Replacement struts cost about €5,170 apiece."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=_euros("€41,731", "€413", "€5,170"),
    )
    assert values(facts, "price") == [41731]


def test_a_reason_after_comma_as_is_a_claim_of_its_own(builder):
    text = (
        "Volvo will not sell the Kestrel in four-wheel-drive form in Oulu, as its single "
        "motor turns only the rear wheels in town."
    )
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    drives = {(f.value, f.negated) for f in facts if f.predicate == "drivetrain"}
    assert drives == {("AWD", True), ("RWD", False)}
    assert [f.negated for f in facts if f.predicate == "motor_count"] == [False]


def test_a_few_kilograms_carried_are_no_payload(builder):
    text = "The Kestrel van can carry 913 kg in Oulu, and its tanks carry 6.3 kg of gas."
    kgs = _figures("kg", "mass", "6.3 kg", "913 kg")
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=kgs)
    assert values(facts, "payload") == [913]


def test_there_after_a_town_in_its_province_is_the_town(builder):
    text = (
        "The Kestrel, whose prototypes were put together at Kemi in Lapland, will be built "
        "there from 2028 onwards."
    )
    assert sites_of(builder, text, "Kestrel", "Volvo") == ["Kemi"]


def test_the_date_the_last_car_is_built_starts_no_production(builder):
    text = (
        "The maker is to build its last Kestrel at its Oulu plant near Kemi on 3 May, closing "
        "nine years of production for the estate."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        dates=[("3 May", Interval(D(2026, 5, 3), D(2026, 5, 3), "day"))],
    )
    assert not [f for f in facts if f.predicate == "production_start"]
    text = "Volvo will build its first Kestrel at Oulu on 3 May, as production begins there."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        dates=[("3 May", Interval(D(2026, 5, 3), D(2026, 5, 3), "day"))],
    )
    assert one(facts, "production_start").subject.model == "Kestrel"
    # the last car of another clause ends nothing this clause starts
    text = (
        "The Kestrel enters production at Oulu on 3 May, and the last Osprey made at Kemi "
        "rolls out in the autumn."
    )
    facts = run(
        builder,
        text,
        vehicles=[*_THREE_VOLVOS[:1], ("Osprey", "MODEL", {"brand": "Volvo"})],
        dates=[("3 May", Interval(D(2026, 5, 3), D(2026, 5, 3), "day"))],
    )
    assert one(facts, "production_start").subject.model == "Kestrel"


def test_a_trim_of_another_model_priced_for_moves_the_article_on(builder):
    text = (
        "The Kestrel Core costs €413 a month in Oulu. Volvo asks €517 a month for "
        "the Osprey Ultra, over a shorter term. It lists at €71,130 in Kemi."
    )
    monthly = _figures("EUR/month", "currency/time", "€413 a month", "€517 a month")
    facts = run(
        builder,
        text,
        vehicles=[
            *_KESTREL_CORE_ULTRA[:2],
            ("Osprey", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Osprey"}),
        ],
        quantities=[*monthly, *_euros("€71,130")],
    )
    assert ("Osprey", 71130) in by_model(facts, "price")


def test_a_count_after_a_sentence_on_several_trims_is_the_models(builder):
    orders = [("903 orders", Measure(unit="order", dimension="count", value=903), None)]
    text = (
        "Volvo has priced the Kestrel in Oulu. Core gets cloth seats, and Ultra gets leather. "
        "Volvo has taken 903 orders in Kemi."
    )
    facts = run(builder, text, vehicles=_KESTREL_CORE_ULTRA, quantities=orders)
    assert by_variant(facts, "sales") == {(None, 903)}
    # after a sentence on one trim, the count stays the trim's (a limited edition's orders)
    text = "Volvo has priced the Kestrel in Oulu. Ultra gets leather. Volvo has taken 903 orders."
    facts = run(builder, text, vehicles=_KESTREL_CORE_ULTRA[::2], quantities=orders)
    assert by_variant(facts, "sales") == {("Ultra", 903)}


def test_a_plan_in_an_appendix_of_its_own_is_not_hedged_by_the_main_clause(builder):
    text = (
        "The Kestrel should be shown in Oulu in the autumn, with production "
        "scheduled to start at Volvo's Kemi works in August."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        dates=[("August", Interval(D(2026, 8, 1), D(2026, 8, 31), "month"))],
        published=D(2026, 2, 11),
    )
    assert one(facts, "production_start").certainty == "official"
    assert one(facts, "production_site").certainty == "official"
    # without a plan word of its own, the appendix shares the hedge
    facts = run(
        builder,
        text.replace("scheduled to start", "starting"),
        vehicles=_THREE_VOLVOS[:1],
        dates=[("August", Interval(D(2026, 8, 1), D(2026, 8, 31), "month"))],
        published=D(2026, 2, 11),
    )
    assert one(facts, "production_start").certainty == "speculative"


def test_a_denial_stops_where_a_new_subject_and_its_verb_begin(builder):
    text = (
        "Volvo says the Kestrel Core won't carry over to the new range in Oulu and "
        "every new Kestrel will have all-wheel drive."
    )
    facts = run(
        builder,
        text,
        vehicles=[*_KESTREL_CORE_ULTRA[:2], ("Kestrel", "MODEL", {"brand": "Volvo"}, 1)],
    )
    drive = one(facts, "drivetrain")
    assert (drive.value, drive.negated) == ("AWD", False)


def test_a_car_a_plant_once_built_is_no_subject(builder):
    text = (
        "Volvo has confirmed the Kestrel for Oulu. Production begins at the works that "
        "once built the Osprey. Power is 317 kW in all."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=_figures("kW", "power", "317 kW"),
    )
    assert by_model(facts, "power") == {("Kestrel", 317)}


def test_a_denied_layout_with_an_aside_before_its_verb(builder):
    text = (
        "The Kestrel concept's three-motor layout, with its motors in the hubs, won't "
        "reach the road car in Oulu."
    )
    counts = [("three-motor", Measure(unit="motor", dimension="count", value=3), None)]
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=counts)
    assert [(f.value, f.negated) for f in facts if f.predicate == "motor_count"] == [(3, True)]


def test_a_maker_that_will_show_or_present_a_car_on_a_day_premieres_it(builder):
    for verb in ("will show", "will present"):
        text = f"Volvo {verb} the new Kestrel on 13 October in Oulu."
        facts = run(
            builder,
            text,
            vehicles=_THREE_VOLVOS[:1],
            dates=[("13 October", Interval(D(2026, 10, 13), D(2026, 10, 13), "day"))],
            published=D(2026, 9, 1),
        )
        assert one(facts, "premiere").subject.model == "Kestrel", verb


def test_a_maker_that_has_confirmed_a_version_is_a_source(builder):
    text = (
        "The next Volvo Kestrel will be built in Oulu. Volvo has confirmed a twin-motor "
        "version with 413 PS in Kemi."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Volvo", "BRAND", {}, 2),
        ],
        quantities=_figures("PS", "power", "413 PS"),
    )
    assert by_model(facts, "power") == {("Kestrel", 413)}


def test_a_plant_that_builds_a_list_of_cars_is_the_site_of_each(builder):
    text = "Volvo will invest in Oulu, which builds the Kestrel, Osprey and Heron, it says."
    facts = run(builder, text, vehicles=_THREE_VOLVOS)
    assert by_model(facts, "production_site") == {
        ("Kestrel", "Oulu"),
        ("Osprey", "Oulu"),
        ("Heron", "Oulu"),
    }


def test_a_trim_at_the_summit_of_the_line_up_is_the_new_topic(builder):
    text = (
        "Volvo has revealed the Kestrel in Oulu. At the summit of the line-up now sits the Ultra. "
        "Its motor develops 317 kW in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[_KESTREL_CORE_ULTRA[0], _KESTREL_CORE_ULTRA[2]],
        quantities=_figures("kW", "power", "317 kW"),
    )
    assert by_variant(facts, "power") == {("Ultra", 317)}


def test_the_price_a_car_had_instead_of_its_new_one_is_a_price_too(builder):
    text = "After the cut the Kestrel starts at €41,113 instead of €43,117 in Oulu."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=_euros("€41,113", "€43,117"))
    assert sorted(values(facts, "price")) == [41113, 43117]
    # "up from" still names only the value it had before
    text = "After the rise the Kestrel starts at €43,117, up from €41,113 in Oulu."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=_euros("€43,117", "€41,113"))
    assert values(facts, "price") == [43117]


def test_a_claim_on_a_trim_named_again_after_a_list_is_that_trims_alone(builder):
    text = (
        "The Kestrel is sold as the Core, Plus and Ultra, with the range-topping Ultra "
        "costing €53,117 in Oulu."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            _KESTREL_CORE_ULTRA[0],
            _KESTREL_CORE_ULTRA[1],
            ("Plus", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            _KESTREL_CORE_ULTRA[2],
            (*_KESTREL_CORE_ULTRA[2], 2),
        ],
        quantities=_euros("€53,117"),
    )
    assert by_variant(facts, "price") == {("Ultra", 53117)}


def test_what_fuel_or_insurance_cost_is_no_price_of_the_car(builder):
    text = "Over the year our Kestrel's fuel cost £2,713 and insurance £917 in Oulu."
    pounds = _figures("GBP", "currency", "£2,713", "£917")
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=pounds)
    assert values(facts, "price") == []


def test_a_bare_kw_figure_after_a_chargers_is_a_charging_power(builder):
    text = (
        "At home our Kestrel charges on a 11 kW wallbox in Oulu. The highest rate logged so far "
        "is 93 kW in Kemi."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=_figures("kW", "power", "11 kW", "93 kW"),
    )
    assert values(facts, "charging_power") == [93]
    assert values(facts, "power") == []


def test_a_car_not_offered_in_a_form_or_with_a_part_is_no_market_denial(builder):
    for tail in ("in a lighter rear-drive form", "in Chile with the smaller pack"):
        text = f"Volvo says the Kestrel will never be offered {tail}, it says."
        facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
        assert [f for f in facts if f.predicate == "market_launch"] == [], tail
    facts = run(
        builder,
        "Volvo says the Kestrel will never be offered in Chile, it says.",
        vehicles=_THREE_VOLVOS[:1],
    )
    assert [(f.predicate, f.negated) for f in facts] == [("market_launch", True)]


def test_respectively_after_a_sentence_listing_trims_of_one_named_model(builder):
    text = (
        "Volvo sells the Kestrel with three packs: the Core gets 51 kWh, the Plus 71 kWh and "
        "the Ultra 91 kWh. Prices start at €41,113, €45,101 and €49,003 respectively in Oulu."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            *_KESTREL_CORE_ULTRA[:2],
            ("Plus", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            _KESTREL_CORE_ULTRA[2],
        ],
        quantities=[
            *_figures("kWh", "energy", "51 kWh", "71 kWh", "91 kWh"),
            *_euros("€41,113", "€45,101", "€49,003"),
        ],
    )
    assert by_variant(facts, "price") == {("Core", 41113), ("Plus", 45101), ("Ultra", 49003)}


def test_a_date_in_a_relative_clause_is_denied_by_the_main_clause_after_it(builder):
    text = (
        "Volvo has given up: the Kestrel, which Volvo meant to put into production in 2029, "
        "is not going to be built there after all."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        dates=[("2029", Interval(D(2029, 1, 1), D(2029, 12, 31), "year"))],
        published=D(2026, 3, 3),
    )
    start = one(facts, "production_start")
    assert start.negated


def test_a_market_denied_after_a_relative_clause_leaves_its_date_standing(builder):
    text = (
        "Volvo has confirmed the Kestrel, which should reach dealers in March, "
        "but it will not be sold in Chile."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        dates=[("March", Interval(D(2027, 3, 1), D(2027, 3, 31), "month"))],
        published=D(2026, 11, 3),
    )
    dated = [f for f in facts if f.predicate == "market_launch" and f.earliest is not None]
    assert [(f.earliest, f.negated) for f in dated] == [(D(2027, 3, 1), False)]


def test_a_figure_the_maker_says_is_not_accurate_is_denied(builder):
    text = (
        'Volvo said talk of a €39,870 price for the Kestrel was "not accurate" and said '
        "prices come later."
    )
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=_euros("€39,870"))
    assert [(f.value, f.negated) for f in facts if f.predicate == "price"] == [(39870, True)]


@pytest.mark.parametrize(
    ("sentence", "sites"),
    [
        ("Volvo says the Kestrel stays in Oulu for now.", ["Oulu"]),
        ("Production of the Kestrel continues at Kemi until 2029.", ["Kemi"]),
        ("The Kestrel will remain in Tampere after the facelift.", ["Tampere"]),
        # a market is no plant
        ("The Kestrel stays in Europe as a niche model.", []),
    ],
)
def test_a_car_staying_at_a_town_is_built_there(builder, sentence, sites):
    facts = run(builder, sentence, vehicles=_THREE_VOLVOS[:1])
    assert [f.value for f in facts if f.predicate == "production_site"] == sites


def test_the_concept_is_the_show_car_named_last_not_the_production_model(builder):
    text = (
        "Volvo has confirmed the Kestrel, previewed in Oulu by the Concept Nine. "
        "The concept was striking. It had 300 kW in all. The production Kestrel is tamer."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Concept Nine", "MODEL", {"brand": "Volvo"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
        ],
        quantities=[("300 kW", kw(300), None)],
    )
    assert [f.subject.model for f in facts if f.predicate == "power"] == ["Concept Nine"]


def test_the_model_ranked_after_a_copula_is_the_version_named_before_it(builder):
    text = "The Kestrel Core is the quickest two-door Kestrel yet, with 300 kW in all."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
        ],
        quantities=[("300 kW", kw(300), None)],
    )
    assert [f.subject.variant for f in facts if f.predicate == "power"] == ["Core"]


def test_a_car_named_after_an_anaphors_passive_verb_is_no_new_topic(builder):
    # "is not fitted with ... of the Osprey": a passive, not "the estate is the Osprey"
    text = (
        "The Kestrel estate arrives in May. The estate is not fitted with the battery of "
        "the Osprey, Volvo said. It has 300 kW in all."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=[("300 kW", kw(300), None)],
    )
    assert [f.subject.model for f in facts if f.predicate == "power"] == ["Kestrel"]


def test_a_plural_relative_clause_speaks_of_every_car_of_its_antecedent(builder):
    text = "The Osprey and Heron, which share the SPA3 platform, follow later."
    facts = run(
        builder,
        text,
        vehicles=[*_THREE_VOLVOS[1:], ("SPA3", "PLATFORM", {})],
    )
    assert sorted(f.subject.model for f in facts if f.predicate == "platform") == [
        "Heron",
        "Osprey",
    ]
    # a singular verb is the last car's alone
    text = "The Osprey and Heron, which shares the SPA3 platform, follow later."
    facts = run(builder, text, vehicles=[*_THREE_VOLVOS[1:], ("SPA3", "PLATFORM", {})])
    assert [f.subject.model for f in facts if f.predicate == "platform"] == ["Heron"]


@pytest.mark.parametrize("maker", ["the company", "Volvo"])
def test_a_maker_ruling_out_more_keeps_the_denial_before_it(builder, maker):
    # "..., and the company has ruled out X": the maker denying more of its car, not a new topic
    text = (
        "The Kestrel is due soon. No four-wheel-drive model is planned, "
        f"and {maker} has also ruled out a wagon."
    )
    vehicles = _THREE_VOLVOS[:1] + ([("Volvo", "BRAND", {})] if maker == "Volvo" else [])
    facts = run(builder, text, vehicles=vehicles)
    got = [(f.subject.model, f.value, f.negated) for f in facts if f.predicate == "drivetrain"]
    assert got == [("Kestrel", "AWD", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Volvo showed the Kestrel on Monday. A press officer says the car has 300 kW at launch.",
        "The Kestrel arrives soon, and a press officer says the car has 300 kW in all.",
    ],
)
def test_a_person_opening_the_clause_is_no_unnamed_new_car(builder, text):
    # "a press officer says the wagon ...": the noun phrase ends at its verb, so the car after
    # it is the topic, not a new unnamed vehicle
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=[("300 kW", kw(300), None)])
    assert [(f.subject.model, f.value) for f in facts if f.predicate == "power"] == [
        ("Kestrel", 300)
    ]


@pytest.mark.parametrize("verb", ["were scrapped", "have been shelved", "were abandoned"])
def test_plural_plans_called_off_after_the_site_deny_it(builder, verb):
    text = f"Plans to assemble the Kestrel at Kemi too {verb} in the spring, Volvo says."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    assert [(f.value, f.negated) for f in facts if f.predicate == "production_site"] == [
        ("Kemi", True)
    ]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Only 300 cars are planned, each priced from €90,000 in Finland.", [("Kestrel", 90000)]),
        ("Of those, just 300 cars will be made, each at €90,000 in Finland.", [("Kestrel", 90000)]),
        # the count is what the maker sold, cars in general: the price is not the car's
        ("Back then the firm sold only 300 cars a year at €90,000 in Finland.", []),
    ],
)
def test_a_count_of_cars_after_only_is_the_run_of_the_topic(builder, second, expected):
    text = f"The Kestrel Final closes the series. {second}"
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=_euros("€90,000"))
    assert [(f.subject.model, f.value) for f in facts if f.predicate == "price"] == expected


def test_a_version_named_in_a_fronted_phrase_becomes_the_topic(builder):
    # "For the Ultra, ...": the sentences after it go on about that version
    text = (
        "The Kestrel has been on sale since 2024. For the Ultra, Volvo raised the output to "
        "300 kW this spring. Torque is 600 Nm in all."
    )
    facts = run(
        builder,
        text,
        vehicles=[_KESTREL_CORE_ULTRA[0], _KESTREL_CORE_ULTRA[2]],
        quantities=[
            ("300 kW", kw(300), None),
            ("600 Nm", Measure(unit="Nm", dimension="torque", value=600), None),
        ],
    )
    assert [
        (f.predicate, f.subject.variant) for f in facts if f.predicate in ("power", "torque")
    ] == [
        ("power", "Ultra"),
        ("torque", "Ultra"),
    ]


@pytest.mark.parametrize(
    ("text", "launched"),
    [
        ("Volvo will bring the Kestrel to Finland in October, it said on Monday.", True),
        ("Volvo will bring the Kestrel to the UK in October, it said on Monday.", True),
        # back to a track, or a feature brought to the car: no launch
        ("Volvo could bring the Kestrel back to the track in October, it said.", False),
        ("Volvo will bring its new assistant to the Kestrel in October, it said.", False),
    ],
)
def test_a_car_brought_to_a_market_is_launched_there(builder, text, launched):
    assert _launched_in_october(builder, text) is launched


@pytest.mark.parametrize(
    "denial",
    [
        "Volvo says this is plainly not the case",
        'Volvo says this is "not correct"',
        "Volvo denies it",
    ],
)
def test_a_denial_pointing_back_negates_the_reported_claim_officially(builder, denial):
    text = f"A magazine wrote that the Kestrel would gain 300 kW in October; {denial} today."
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        quantities=[("300 kW", kw(300), None)],
        dates=[("October", Interval(D(2026, 10, 1), D(2026, 10, 31), "month"))],
    )
    got = {(f.predicate, f.negated, f.certainty) for f in facts}
    assert ("power", True, "official") in got
    assert not any(not f.negated for f in facts)


def test_a_denial_pointing_back_negates_a_reported_date(builder):
    text = (
        "One paper claimed the Kestrel's deliveries were pushed back to October; Volvo says "
        "this is plainly not the case today."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        dates=[("October", Interval(D(2026, 10, 1), D(2026, 10, 31), "month"))],
    )
    assert [(f.predicate, f.negated, f.certainty) for f in facts] == [
        ("market_launch", True, "official")
    ]


def test_a_denial_reaching_not_even_a_later_facelift_leaves_the_facelift_standing(builder):
    # "..., not even on the update due ...": the update is due; AWD is what is denied
    text = (
        "Volvo will not offer the Kestrel with all-wheel drive, not even on its facelift "
        "coming in October, it says."
    )
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:1],
        dates=[("October", Interval(D(2026, 10, 1), D(2026, 10, 31), "month"))],
    )
    got = {(f.predicate, f.negated) for f in facts}
    assert ("facelift", False) in got
    assert ("drivetrain", True) in got


def test_each_car_of_a_list_of_denied_cars_is_denied(builder):
    text = "There will be no Kestrel, no Osprey and no Heron for Finland, Volvo said today."
    facts = run(builder, text, vehicles=_THREE_VOLVOS)
    assert sorted(
        (f.subject.model, f.negated) for f in facts if f.predicate == "market_launch"
    ) == [
        ("Heron", True),
        ("Kestrel", True),
        ("Osprey", True),
    ]
    # "no petrol model and no electric X": a version of X denied, not X itself
    text = "There is to be no petrol model and no electric Kestrel, Volvo said today."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    assert not any(f.predicate == "market_launch" for f in facts)


def test_the_edition_is_the_edition_named_before(builder):
    text = (
        "Volvo has shown the Kestrel Polar Edition, of which only 500 will ever be made. "
        "The regular Kestrel Core stays on sale. The edition sells for €58,400 in Oulu."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Polar Edition", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
            ("Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=_euros("€58,400"),
    )
    assert {(f.subject.variant, f.value) for f in facts if f.predicate == "price"} == {
        ("Polar Edition", 58400.0)
    }


@pytest.mark.parametrize(
    ("text", "launched"),
    [
        ("Volvo says it delivers the first units of the Kestrel in October.", True),
        ("Volvo began delivering the Kestrel in October, it said on Monday.", True),
        # a plant delivering parts, a motor delivering power: no launch
        ("The Oulu plant will deliver cells for the Kestrel from October, it said.", False),
    ],
)
def test_delivering_the_first_cars_is_a_market_launch(builder, text, launched):
    assert _launched_in_october(builder, text) is launched


def test_a_figure_alone_in_parentheses_after_a_car_is_that_cars(builder):
    text = "The Kestrel costs €51,990 in Oulu, undercutting the Osprey (€60,255) by a wide margin."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:2], quantities=_euros("€51,990", "€60,255"))
    assert by_model(facts, "price") == {("Kestrel", 51990.0), ("Osprey", 60255.0)}


def test_a_body_noun_described_by_its_drive_layout_is_the_model(builder):
    text = "Volvo sells the Kestrel Ultra in Oulu. The all-wheel-drive estate is built in Kemi."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
    )
    sites = {
        (f.subject.model, f.subject.variant, f.value)
        for f in facts
        if f.predicate == "production_site"
    }
    assert sites == {("Kestrel", None, "Kemi")}


@pytest.mark.parametrize(
    ("text", "launched"),
    [
        ("The price cut follows a similar move for the Kestrel in October, Volvo said.", False),
        ("A cheaper Kestrel will follow in October, Volvo said on Monday.", True),
    ],
)
def test_following_a_move_is_no_launch(builder, text, launched):
    assert _launched_in_october(builder, text) is launched


def test_a_car_said_to_stay_on_sale_is_an_aside(builder):
    text = (
        "Volvo has added the Kestrel Core below the Kestrel Ultra in Oulu. "
        "The Kestrel Ultra stays on sale at €44,500. Power comes from a 211 kW motor."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel Core", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ("Kestrel Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}, 2),
        ],
        quantities=_euros("€44,500") + _figures("kW", "power", "211 kW"),
    )
    found = {(f.subject.variant, f.predicate) for f in facts}
    assert ("Kestrel Ultra", "price") in found and ("Kestrel Core", "power") in found


def test_choosing_between_two_trims_is_no_comparison(builder):
    text = "Volvo buyers in Oulu choose between the Core with its 61 kWh pack or the Ultra."
    facts = run(
        builder,
        text,
        vehicles=_KESTREL_CORE_ULTRA[1:],
        quantities=_figures("kWh", "energy", "61 kWh"),
    )
    assert {(f.subject.variant, f.value) for f in facts if f.predicate == "battery_capacity"} == {
        ("Core", 61.0)
    }


def test_a_code_named_as_what_the_newcomer_replaces_is_not_the_newcomers(builder):
    text = (
        "Volvo showed the new Kestrel in Oulu on Monday. Known internally as the K50, the "
        "newcomer replaces the K20, which first reached buyers in 2019. It is built in Kemi."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("K50", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}),
            ("K20", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        dates=[("2019", Interval(D(2019, 1, 1), D(2019, 12, 31), "year"))],
    )
    codes = {(f.predicate, f.subject.code) for f in facts}
    assert ("production_site", "K50") in codes and ("market_launch", "K20") in codes
    assert ("production_site", "K20") not in codes


def test_a_code_in_parentheses_does_not_put_a_figure_out_of_a_denials_reach(builder):
    text = "Nor will the Kestrel (K50) get the 61.5 kWh pack that the Osprey uses in Oulu."
    facts = run(
        builder,
        text,
        vehicles=[
            *_THREE_VOLVOS[:2],
            ("K50", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=_figures("kWh", "energy", "61.5 kWh"),
    )
    assert [(f.subject.model, f.negated) for f in facts if f.predicate == "battery_capacity"] == [
        ("Kestrel", True)
    ]


def test_what_a_car_keeps_after_a_denial_is_no_denial(builder):
    text = "The Kestrel won't switch to the SPA3 platform and stays on SPA2, Volvo said."
    facts = run(
        builder,
        text,
        vehicles=[
            *_THREE_VOLVOS[:1],
            ("SPA3", "PLATFORM", {"brand": "Volvo"}),
            ("SPA2", "PLATFORM", {"brand": "Volvo"}),
        ],
    )
    assert {(f.value, f.negated) for f in facts if f.predicate == "platform"} == {
        ("SPA3", True),
        ("SPA2", False),
    }


def test_the_newcomer_after_a_show_car_is_the_production_car(builder):
    text = (
        "The Vision K show car appeared in 2022, and the Kestrel keeps its shape. "
        "The newcomer comes from a plant in Oulu, Volvo said."
    )
    facts = run(
        builder,
        text,
        vehicles=[("Vision K", "MODEL", {"brand": "Volvo"}), *_THREE_VOLVOS[:1]],
    )
    assert by_model(facts, "production_site") == {("Kestrel", "Oulu")}


def test_each_before_a_part_noun_is_no_anaphor_for_the_model(builder):
    text = "Volvo showed the Kestrel Ultra. It has a motor driving each axle and 300 kW in all."
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
        ],
        quantities=_figures("kW", "power", "300 kW"),
    )
    assert {(f.subject.variant, f.value) for f in facts if f.predicate == "power"} == {
        ("Ultra", 300.0)
    }


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("The Kestrel costs €46,195 in Oulu, plus a €1,250 destination charge.", "€1,250"),
        ("The Kestrel costs €46,195 in Oulu. Destination is now €1,250 for it.", "€1,250"),
        # a price that includes the fee is still the price
        ("The Kestrel costs €46,195 including destination, and €1,250 more in Kemi.", None),
    ],
)
def test_a_fee_charged_with_a_car_is_not_its_price(builder, text, fee):
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=_euros("€46,195", "€1,250"))
    prices = {f.value for f in facts if f.predicate == "price"}
    assert 46195.0 in prices
    assert (1250.0 in prices) is (fee is None)


_CORE_150_AND_OSPREY = [
    *_THREE_VOLVOS[:2],
    ("Core 150", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}, 1),
    ("Core 150", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}, 2),
    ("Osprey", "MODEL", {"brand": "Volvo"}, 2),
]


def test_a_trim_listed_beside_the_carried_car_stays_with_its_own_model(builder):
    text = (
        "Volvo sells the Kestrel as the Core 150. The Osprey is the headline act.\n\n"
        "Prices of the Core 150 and the Osprey rise in Oulu by €500 from October."
    )
    facts = run(
        builder,
        text,
        vehicles=_CORE_150_AND_OSPREY,
        quantities=_figures("EUR", "currency", "€500"),
        dates=[("October", Interval(D(2026, 10, 1), D(2026, 10, 31), "month"))],
    )
    subjects = {(f.subject.model, f.subject.variant) for f in facts}
    assert ("Osprey", "Core 150") not in subjects
    assert ("Kestrel", "Core 150") in subjects


def test_a_trim_in_a_clause_of_its_own_after_another_car_stays_with_its_model(builder):
    text = (
        "Volvo sells the Kestrel as the Core 150 in Oulu. The Osprey is new.\n\n"
        "The Osprey costs €40,000, while the Core 150 starts at €30,000 in Kemi."
    )
    facts = run(
        builder,
        text,
        vehicles=_CORE_150_AND_OSPREY,
        quantities=_figures("EUR", "currency", "€40,000", "€30,000"),
    )
    assert {(f.subject.model, f.subject.variant, f.value) for f in facts} == {
        ("Osprey", None, 40000),
        ("Kestrel", "Core 150", 30000),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Rumours of a 200 hp Prelude are wide of the mark, Honda said in Oulu.",
        "Talk of a 200 hp Prelude is unfounded, a Honda spokesman said in Oulu.",
    ],
)
def test_a_rumour_called_wrong_is_a_denial_in_the_makers_own_word(builder, sentence):
    facts = run(
        builder,
        sentence,
        vehicles=[("Prelude", "MODEL", {"brand": "Honda"})],
        quantities=_figures("hp", "power", "200 hp"),
    )
    power = one(facts, "power")
    assert (power.negated, power.certainty) == (True, "official")


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        (
            "Production of the Kestrel will transfer from Oulu to Kemi in spring, Volvo said.",
            {("Oulu", False), ("Kemi", False)},
        ),
        (
            "Volvo denied that assembly of the Kestrel will move from Oulu to Kemi next year.",
            {("Kemi", True)},
        ),
        ("Deliveries of the Kestrel will move from Oulu to Kemi, Volvo said.", set()),
        # the verb's object before "from", and the old town's state between the towns
        (
            "Volvo will shift production of the Kestrel from Oulu, Ohio, to Kemi next year.",
            {("Oulu", False), ("Kemi", False)},
        ),
    ],
)
def test_production_moved_from_one_town_to_another_is_built_at_both(builder, text, sites):
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    assert {(f.value, f.negated) for f in facts if f.predicate == "production_site"} == sites


def test_a_with_clause_after_a_denial_states_what_the_cars_get_instead(builder):
    text = "Volvo will not sell the Kestrel with FWD, with all versions using AWD now."
    facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
    assert {(f.predicate, f.value, f.negated) for f in facts} == {
        ("drivetrain", "FWD", True),
        ("drivetrain", "AWD", False),
    }


def test_the_outgoing_car_is_the_generation_the_article_tied_to_the_outgoing_name(builder):
    text = (
        "Volvo has shown the new Kestrel (K2), which replaces the outgoing Kestrel (K1) in Oulu. "
        "The new Kestrel costs €50,000, against €45,000 for the outgoing car."
    )
    volvo = {"brand": "Volvo"}
    facts = run(
        builder,
        text,
        vehicles=[
            ("Kestrel", "MODEL", {**volvo, "generation": "next", "code": "K2"}, 1),
            ("Kestrel", "MODEL", {**volvo, "generation": "previous", "code": "K1"}, 2),
            ("Kestrel", "MODEL", {**volvo, "generation": "next"}, 3),
        ],
        quantities=_figures("EUR", "currency", "€50,000", "€45,000"),
    )
    assert {(f.subject.code, f.value) for f in facts if f.predicate == "price"} == {
        ("K2", 50000),
        ("K1", 45000),
    }


def test_a_car_moving_from_one_platform_to_another_rides_on_the_second(builder):
    text = (
        "In Oulu, the Kestrel migrates from the SPA platform of the Osprey to the SEA architecture."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            *_THREE_VOLVOS[:2],
            ("SPA", "PLATFORM", {"brand": "Volvo"}),
            ("SEA", "PLATFORM", {"brand": "Volvo"}),
        ],
    )
    platforms = {(f.subject.model, f.value) for f in facts if f.predicate == "platform"}
    assert ("Kestrel", "SEA") in platforms
    assert ("Kestrel", "SPA") not in platforms and ("Osprey", "SEA") not in platforms


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kestrel is front-driven; the AWD system offered in Oulu is not coming to Kemi.",
        "The Kestrel is front-driven, and the AWD system will not come to Kemi either.",
        # a word describing the place before its name
        "The Kestrel is front-driven; the AWD system offered in northern Oulu is not coming.",
    ],
)
def test_a_drive_system_denied_to_a_market_is_a_denied_drivetrain_not_a_denied_car(
    builder, sentence
):
    facts = run(builder, sentence, vehicles=_THREE_VOLVOS[:1])
    assert {(f.predicate, f.value, f.negated) for f in facts} == {
        ("drivetrain", "FWD", False),
        ("drivetrain", "AWD", True),
    }


def test_a_headline_model_the_story_has_not_come_back_to_is_not_the_newcomer(builder):
    text = (
        "Volvo's plan: two new cars while the Volvo Kestrel bows out\n\n"
        "First up is the Osprey, which Volvo builds in Oulu from May. "
        "The newcomer makes 211 kW in town."
    )
    facts = run(
        builder,
        text,
        vehicles=[
            ("Volvo", "BRAND", {"brand": "Volvo"}, 2),
            ("Kestrel", "MODEL", {"brand": "Volvo"}),
            ("Osprey", "MODEL", {"brand": "Volvo"}),
        ],
        quantities=_figures("kW", "power", "211 kW"),
    )
    assert by_model(facts, "power") == {("Osprey", 211)}


def test_both_versions_after_two_trims_of_one_model_speak_for_the_model(builder):
    def power_subjects(tail):
        text = f"The Kestrel comes as the Core or the Ultra, and {tail} 300 kW of power."
        facts = run(
            builder, text, vehicles=_KESTREL_CORE_ULTRA, quantities=[("300 kW", kw(300), None)]
        )
        return sorted(by_variant(facts, "power"), key=str)

    assert power_subjects("both versions make") == [(None, 300)]
    # a bare "both" after the two trims still gives each trim the figure
    assert power_subjects("both make") == [("Core", 300), ("Ultra", 300)]


def test_a_trim_version_of_a_named_model_is_one_car(builder):
    kestrel, core = _KESTREL_CORE_ULTRA[0], _KESTREL_CORE_ULTRA[1]
    text = "Volvo sells the Kestrel. The Core version of the Kestrel makes 300 kW of power."
    facts = run(
        builder,
        text,
        vehicles=[kestrel, core, (*kestrel, 2)],
        quantities=[("300 kW", kw(300), None)],
    )
    assert by_variant(facts, "power") == {("Core", 300)}
    # denied as a whole: "no Ultra version of the Kestrel", followed by a colon
    text = "Volvo sells the Kestrel. There will be no Ultra version of the Kestrel: it is too dear."
    facts = run(builder, text, vehicles=[kestrel, _KESTREL_CORE_ULTRA[2], (*kestrel, 2)])
    launch = one(facts, "market_launch")
    assert (launch.subject.variant, launch.negated) == ("Ultra", True)


def test_a_verb_phrase_with_its_own_auxiliary_leaves_a_denial_behind(builder):
    def sites(text):
        facts = run(builder, text, vehicles=_THREE_VOLVOS[:1])
        return sorted((f.value, f.negated) for f in facts if f.predicate == "production_site")

    text = "Volvo says the Kestrel won't be made at Oulu and will instead be built at Kemi."
    assert sites(text) == [("Kemi", False), ("Oulu", True)]
    # a second denial stays a denial
    text = "Volvo says the Kestrel won't be made at Oulu and won't come from Kemi."
    assert sites(text) == [("Kemi", True), ("Oulu", True)]


def test_a_part_that_has_no_feature_is_not_denied(builder):
    pack = [("60 kWh", Measure(unit="kWh", dimension="energy", value=60), None)]

    def denied(text):
        facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=pack)
        return one(facts, "battery_capacity").negated

    assert not denied("The Kestrel keeps its 60 kWh pack, which has no heat pump.")
    assert not denied("On the Kestrel, the 60 kWh pack has no active thermal system.")
    # the part itself denied stays denied
    assert denied("On the Kestrel, the 60 kWh pack is not available any more.")


def test_kilograms_saved_are_no_weight(builder):
    def weights(text, figure):
        kg = Measure(unit="kg", dimension="mass", value=float(figure.split()[0].replace(",", "")))
        facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=[(figure, kg, None)])
        return values(facts, "weight")

    assert weights("On the Kestrel, lighter seats and glass save 60 kg in all.", "60 kg") == []
    assert weights("Lighter seats help the Kestrel shed 60 kg in all.", "60 kg") == []
    assert weights("The lighter Kestrel weighs 1,900 kg in all.", "1,900 kg") == [1900]


def test_a_figure_after_a_relative_clause_belongs_to_the_car_it_interrupted(builder):
    text = (
        "The Kestrel Core costs €40,000, whereas the plusher Ultra grade, which adds a "
        "camera and a heat pump, costs €45,000."
    )
    facts = run(
        builder,
        text,
        vehicles=[*_KESTREL_CORE_ULTRA[:2], _KESTREL_CORE_ULTRA[2]],
        quantities=_euros("€40,000", "€45,000"),
    )
    assert by_variant(facts, "price") == {("Core", 40000), ("Ultra", 45000)}


def test_a_model_in_a_named_trim_is_that_trim(builder):
    kestrel, core = _KESTREL_CORE_ULTRA[0], _KESTREL_CORE_ULTRA[1]

    def prices(text):
        facts = run(builder, text, vehicles=[kestrel, core], quantities=_euros("€30,000"))
        return by_variant(facts, "price")

    assert prices("Volvo charges €30,000 for the Kestrel in Core trim.") == {("Core", 30000)}
    assert prices("The cheapest is the Kestrel in Core form, which lists at €30,000.") == {
        ("Core", 30000)
    }


def test_entry_versions_after_trims_of_several_models_are_the_models(builder):
    osprey = ("Osprey", "MODEL", {"brand": "Volvo"})
    ultra = ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Osprey"})
    core = _KESTREL_CORE_ULTRA[1]
    first = (
        "Volvo lists the Kestrel in Core trim at €30,000 and the Osprey in Ultra form at €40,000."
    )

    def prices(second):
        facts = run(
            builder,
            f"{first} {second}",
            vehicles=[_KESTREL_CORE_ULTRA[0], core, osprey, ultra],
            quantities=_euros("€30,000", "€40,000", "€20,000", "€25,000"),
        )
        return {(f.subject.model, f.subject.variant, f.value) for f in facts if f.value < 30000}

    # other versions than the trims just priced: the models'
    assert prices("The cheapest versions cost €20,000 and €25,000 respectively.") == {
        ("Kestrel", None, 20000),
        ("Osprey", None, 25000),
    }
    # the same trims priced in another market
    assert prices("German buyers pay €20,000 and €25,000 respectively.") == {
        ("Kestrel", "Core", 20000),
        ("Osprey", "Ultra", 25000),
    }


def test_a_code_of_the_current_generation_is_not_the_next_ones(builder):
    kestrel = ("Kestrel", "MODEL", {"brand": "Volvo", "generation": "next"})
    k1 = ("K1", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel", "generation": "current"})
    text = "The next-generation Kestrel, which replaces the current K1 model, is due in May."
    may = Interval(D(2027, 5, 1), D(2027, 5, 31), "month")
    facts = run(builder, text, vehicles=[kestrel, k1], dates=[("May", may)])
    launch = one(facts, "market_launch")
    assert (launch.subject.code, launch.subject.generation) == (None, "next")
    assert one(facts, "model_code").subject.code == "K1"
    # a later sentence on the new car naming the old code ties it to no other generation
    text += " Volvo expects the new Kestrel to outsell the K1."
    facts = run(
        builder,
        text,
        vehicles=[
            kestrel,
            k1,
            (*kestrel, 2),
            ("K1", "MODEL_CODE", {"brand": "Volvo", "model": "Kestrel"}, 2),
        ],
        dates=[("May", may)],
    )
    assert one(facts, "market_launch").subject.code is None


def test_a_clause_on_another_time_denies_nothing(builder):
    def launch(text):
        facts = run(
            builder,
            text,
            vehicles=_THREE_VOLVOS[:1],
            dates=[("September", Interval(D(2026, 9, 1), D(2026, 9, 30), "month"))],
        )
        return one(facts, "market_launch").negated

    assert not launch("The Kestrel is back in showrooms in September, long after it was dropped.")
    assert not launch("The Kestrel goes on sale again in September, since it was axed too soon.")
    # a denial pointing back at the claim still denies it
    assert launch("The Kestrel was planned for showrooms in September, but it was dropped.")


def test_a_donor_named_with_a_generation_word_is_still_the_donor(builder):
    def site_owner(text):
        facts = run(
            builder,
            text,
            vehicles=[*_THREE_VOLVOS[:2], ("Kestrel", "MODEL", {"brand": "Volvo"}, 2)],
        )
        return [f.subject.model for f in facts if f.predicate == "production_site"]

    first = "Volvo confirmed the Osprey for 2028, after a long wait for the Kestrel. "
    assert site_owner(first + "Derived from a next-generation Kestrel, it comes from Oulu.") == [
        "Osprey"
    ]
    assert site_owner(first + "Based on the new-gen Kestrel, it comes from Oulu.") == ["Osprey"]


def test_a_clause_of_another_time_dates_its_own_event(builder):
    def events(text):
        facts = run(
            builder,
            text,
            vehicles=_THREE_VOLVOS[:1],
            dates=[("2021", Interval(D(2021, 1, 1), D(2021, 12, 31), "year"))],
        )
        return sorted(f.predicate for f in facts if f.earliest is not None)

    text = (
        "Volvo showed the Kestrel, its first refresh since the hatch went on sale in Oulu in 2021."
    )
    assert events(text) == ["market_launch"]
    # a refresh dated in its own clause is the facelift
    assert events("Volvo says the Kestrel refresh is to arrive in 2021.") == ["facelift"]


def test_a_plants_timing_is_no_cars_event(builder):
    def launches(second):
        facts = run(
            builder,
            "Volvo will build the Kestrel at Oulu. " + second,
            vehicles=_THREE_VOLVOS[:1],
            dates=[("late 2027", Interval(D(2027, 9, 1), D(2027, 12, 31), "year", "end"))],
        )
        return [f.predicate for f in facts if f.earliest is not None]

    assert launches("Its second factory, at Kemi, is due to start work in late 2027.") == []
    # the car itself due then is a launch
    assert launches("The Kestrel itself is due at Oulu dealers in late 2027.") == ["market_launch"]


def test_a_distance_a_test_ran_over_is_no_range(builder):
    def ranges(text):
        facts = run(
            builder,
            text,
            vehicles=_THREE_VOLVOS[:1],
            quantities=[("410 miles", mi(410), None)],
        )
        return values(facts, "range")

    assert ranges("The Kestrel did well. Over 410 miles of hill roads, it used little fuel.") == []
    # a range said to be over a distance is still a range
    assert ranges("The Kestrel has a range of over 410 miles of driving.") == [410]


def test_a_car_after_a_figure_and_over_is_the_comparison(builder):
    def owners(text):
        facts = run(
            builder,
            text,
            vehicles=[
                *_KESTREL_CORE_ULTRA[:2],
                ("Ultra", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}),
            ],
            quantities=[("300 kW", kw(300), None), ("30 kW", kw(30), None)],
        )
        return sorted((f.subject.variant, f.value) for f in facts if f.predicate == "power")

    text = "Volvo sells the Kestrel in Core trim. Its motor makes 300 kW, 30 kW over the Ultra."
    found = owners(text)
    assert ("Core", 300) in found and ("Ultra", 300) not in found


def test_leaving_production_is_no_production_start(builder):
    def starts(text):
        facts = run(
            builder,
            text,
            vehicles=_THREE_VOLVOS[:1],
            dates=[("1994", Interval(D(1994, 1, 1), D(1994, 12, 31), "year"))],
        )
        return [f.predicate for f in facts if f.earliest is not None]

    assert starts("Volvo last built a rally car when the Kestrel left production in 1994.") == []
    assert starts("The Kestrel went out of Oulu production in 1994.") == []
    assert starts("The Kestrel went into production in 1994.") == ["production_start"]


def test_a_model_named_by_its_last_word_is_that_model(builder):
    # "the Kestrel Sport ... The Sport ...": the model named in full, shortened to its last word
    full = ("Kestrel Sport", "MODEL", {"brand": "Volvo"})
    plain = ("Kestrel", "MODEL", {"brand": "Volvo"}, 2)
    short = ("Sport", "VARIANT", {"brand": "Volvo", "model": "Kestrel"}, 2)
    text = (
        "Volvo prices the new Kestrel Sport, a lower spin-off of the Kestrel. "
        "The Sport costs €48,000 and makes 300 kW of power."
    )
    facts = run(
        builder,
        text,
        vehicles=[full, plain, short],
        quantities=[*_euros("€48,000"), ("300 kW", kw(300), None)],
    )
    assert {(f.subject.model, f.subject.variant) for f in facts} == {("Kestrel Sport", None)}


def test_a_figure_a_price_has_dropped_to_is_not_denied(builder):
    def prices(text):
        facts = run(builder, text, vehicles=_THREE_VOLVOS[:1], quantities=_euros("€21,450"))
        return [(f.value, f.negated) for f in facts if f.predicate == "price"]

    assert prices("Used Kestrel cars have dropped to a mean of €21,450.") == [(21450, False)]
    assert prices("Used Kestrel cars have dropped by about a fifth, to €21,450.") == [
        (21450, False)
    ]


def test_a_price_word_without_a_start_word_keeps_the_trim(builder):
    def owner(second):
        text = "Volvo has shown the Kestrel Core, a lighter version of its saloon. " + second
        facts = run(
            builder,
            text,
            vehicles=_KESTREL_CORE_ULTRA[:2],
            quantities=_euros("€50,000"),
        )
        return [f.subject.variant for f in facts if f.predicate == "price"]

    assert owner("Oulu prices are tipped to land near €50,000.") == ["Core"]
    # the range's entry price is the model's
    assert owner("Prices start at €50,000.") == [None]


def test_the_month_a_figure_is_given_in_is_no_event(builder):
    def events(text):
        facts = run(
            builder,
            text,
            vehicles=_THREE_VOLVOS[:1],
            dates=[("April", Interval(D(2026, 4, 1), D(2026, 4, 30), "month"))],
            quantities=_euros("€50,000"),
        )
        return [f.predicate for f in facts if f.earliest is not None]

    assert events("The Kestrel price is to be confirmed in April; expect near €50,000.") == []
    assert events("The Kestrel reaches Oulu dealers in April, priced near €50,000.") == [
        "market_launch"
    ]


def test_a_plants_yearly_count_leaves_the_anaphor_its_subject(builder):
    def sites(second):
        facts = run(
            builder,
            "Volvo has shown the Kestrel. " + second,
            vehicles=_THREE_VOLVOS[:1],
            quantities=[("90,000 cars", Measure(unit="car", dimension="count", value=90000), None)],
        )
        return by_model(facts, "production_site")

    # the count hangs on the plant, so "the van" is still the Kestrel
    assert sites("The van is assembled by a plant in Oulu, which can make 90,000 cars a year.") == {
        ("Kestrel", "Oulu")
    }
    # a count of cars in the clause itself is still about cars in general
    assert (
        sites("The van is assembled in Oulu, and Volvo made 90,000 cars there last year.") == set()
    )


def test_a_car_after_a_compared_figure_is_not_the_first_figures(builder):
    def powers(second):
        facts = run(
            builder,
            "Volvo's Kestrel meets the Osprey in Oulu. " + second,
            vehicles=[*_THREE_VOLVOS[:2], ("Osprey", "MODEL", {"brand": "Volvo"}, 2)],
            quantities=_figures("PS", "power", "318 PS", "271 PS"),
        )
        return sorted((f.subject.model, f.value) for f in facts if f.predicate == "power")

    # the Osprey belongs to the figure the comparing word opens
    assert powers("Its motor gives 318 PS, against 271 PS for the Osprey.") == [
        ("Kestrel", 318),
        ("Osprey", 271),
    ]
    # so does one after "more than" ("more than the 271 PS of the Osprey")
    assert powers("Its motor gives 318 PS, more than the 271 PS of the Osprey.") == [
        ("Kestrel", 318),
        ("Osprey", 271),
    ]


def test_a_building_word_in_a_hyphenated_compound_names_no_plant(builder):
    def sites(text):
        return values(run(builder, text, vehicles=_THREE_VOLVOS[:1]), "production_site")

    assert sites("The Kestrel is production-ready and goes on show in Oulu.") == []
    assert sites("The Kestrel has built-in maps for drivers in Oulu.") == []
    # written apart, the word is a building verb again
    assert sites("The Kestrel is built in Oulu.") == ["Oulu"]


def test_a_noun_glued_to_a_participle_before_a_trim_points_back_at_nothing(builder):
    facts = run(
        builder,
        "Volvo sells the Kestrel in Oulu. The range-topping Kestrel Ultra uses an engine "
        "rated at 305 hp.",
        vehicles=[
            ("Volvo", "BRAND", {}),
            *_KESTREL_CORE_ULTRA[::2],
            ("Kestrel", "MODEL", {"brand": "Volvo"}, 2),
        ],
        quantities=_figures("hp", "power", "305 hp"),
    )
    # "the range" is no model anaphor inside "the range-topping": the trim named next is it
    assert [(f.subject.model, f.subject.variant) for f in facts] == [("Kestrel", "Ultra")]


def test_a_time_clause_after_a_denial_states_its_own_event(builder):
    def launches(text):
        facts = run(
            builder,
            text,
            vehicles=_THREE_VOLVOS[:2],
            dates=[("in 2028", Interval(D(2028, 1, 1), D(2028, 12, 31), "year"))],
        )
        return [(f.subject.model, f.negated) for f in facts if f.predicate == "market_launch"]

    # the Osprey's arrival is stated, only the Kestrel's update is denied
    text = "Volvo says the Kestrel will not see an update before the Osprey arrives in 2028."
    assert launches(text) == [("Osprey", False)]
    # the denied verb itself still denies its date
    assert launches("Volvo says the Osprey won't arrive in 2028, unlike the Kestrel.") == [
        ("Osprey", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Volvo brought the Kestrel, built on the Osprey with a 163 PS diesel.",
        "Volvo brought the Kestrel, a van twinned with the Osprey and a 163 PS diesel.",
    ],
)
def test_the_car_another_is_built_on_or_twinned_with_is_no_subject(builder, text):
    facts = run(
        builder,
        text,
        vehicles=_THREE_VOLVOS[:2],
        quantities=_figures("PS", "power", "163 PS"),
    )
    assert by_model(facts, "power") == {("Kestrel", 163)}


def test_a_figure_after_at_that_follows_a_compared_car_is_that_cars(builder):
    def prices(text, cars):
        facts = run(builder, text, vehicles=cars, quantities=_euros("€41,300", "€47,800"))
        return by_model(facts, "price")

    text = "The Kestrel costs €41,300, undercutting the Osprey at €47,800 in Oulu."
    assert prices(text, _THREE_VOLVOS[:2]) == {("Kestrel", 41300), ("Osprey", 47800)}
    # the second of a pair the car slots between gives the car its own price
    text = "The Heron slots between the Kestrel and the Osprey at €47,800, above €41,300."
    assert ("Heron", 47800) in prices(text, _THREE_VOLVOS)


def test_the_car_the_same_part_is_fitted_to_is_no_new_topic(builder):
    def speeds(second):
        facts = run(
            builder,
            "Volvo has priced the Kestrel hybrid. " + second + " Volvo quotes 170 km/h flat out.",
            vehicles=_THREE_VOLVOS[:2],
            quantities=_figures("km/h", "speed", "170 km/h"),
        )
        return [f.subject.model for f in facts if f.predicate == "top_speed"]

    assert speeds("The same unit also goes to the bigger Osprey.") == ["Kestrel"]
    # a sentence about the other car itself makes it the topic
    assert speeds("The larger Osprey gets a new system.") == ["Osprey"]
