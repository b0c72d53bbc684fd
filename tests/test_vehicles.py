"""The vehicles stage on invented sentences from many makers, and the gazetteer data itself."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factx.gazetteer import GAZETTEER_FILES, Gazetteer, GazetteerError, read_jsonl, validate
from factx.pipeline import PIPELINES_DIR

DATA = PIPELINES_DIR / "automotive"
VEHICLES = DATA / "vehicles"
ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "bmw-ix1-nb5.txt"


@pytest.fixture(scope="module")
def nlp():
    """A blank pipeline with only what the vehicles stage needs (factx's tokenizer, sentences,
    then vehicles)."""
    pipe = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "factx.Tokenizer.v1"}}})
    pipe.add_pipe("sentencizer")
    pipe.add_pipe("factx_paragraphs")
    pipe.add_pipe("factx_vehicles", config={"data": str(DATA)})
    return pipe


def ents(nlp, text):
    doc = nlp(text)
    spans = list(doc.spans["vehicles"])
    for span in spans:  # offsets always slice the text to the span's text
        assert text[span.start_char : span.end_char] == span.text
    return spans


def trims(nlp, text):
    """(text, model) of each VARIANT span, in order."""
    return [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]


def labelled(nlp, text):
    return [(s.label_, s.text) for s in ents(nlp, text)]


def find(spans, text, label=None):
    hits = [s for s in spans if s.text == text and (label is None or s.label_ == label)]
    assert hits, f"{text!r} not found in {[(s.label_, s.text) for s in spans]}"
    return hits


# --------------------------------------------------------------------------- brands


def test_possessives_straight_and_curly(nlp):
    spans = ents(nlp, "BMW's plan and BMW’s rival Audi’s answer.")
    assert [(s.label_, s.text, s._.normalized) for s in spans] == [
        ("BRAND", "BMW", "BMW"),
        ("BRAND", "BMW", "BMW"),
        ("BRAND", "Audi", "Audi"),
    ]


@pytest.mark.parametrize(
    ("text", "alias", "canonical"),
    [
        ("The Merc was quick.", "Merc", "Mercedes-Benz"),
        ("Mercedes confirmed it.", "Mercedes", "Mercedes-Benz"),
        ("VW is cutting costs.", "VW", "Volkswagen"),
        ("A Chevy dealer said so.", "Chevy", "Chevrolet"),
        ("Škoda raised prices.", "Škoda", "Skoda"),
        ("Citroën said little.", "Citroën", "Citroen"),
    ],
)
def test_brand_aliases_normalise(nlp, text, alias, canonical):
    (span,) = find(ents(nlp, text), alias, "BRAND")
    assert span._.normalized == canonical
    assert span._.brand == canonical


def test_brand_plurals(nlp):
    spans = ents(nlp, "Used Teslas are cheap, and MINIs hold their value.")
    assert [(s.label_, s.text, s._.normalized) for s in spans] == [
        ("BRAND", "Teslas", "Tesla"),
        ("BRAND", "MINIs", "MINI"),
    ]


def test_a_ladder_of_trims_from_one_through_another_to_the_top(nlp):
    text = "Chevrolet's Silverado ladder goes from WT via LT and RST to the ZR2 these days."
    assert [t for t, _ in trims(nlp, text)] == ["WT", "LT", "RST", "ZR2"]
    # "from ... to" between ordinary words lists nothing
    assert trims(nlp, "Ford's range runs from Monday to Friday.") == []


def test_a_list_of_trims_counts_one_already_read(nlp):
    # "esprit Alpine" stands anywhere in a Renault story; the other three only in company
    text = "Renault's grades are iconic, esprit Alpine, techno or evolution this year."
    assert [t for t, _ in trims(nlp, text)] == ["iconic", "esprit Alpine", "techno", "evolution"]


def test_a_generic_trim_opening_the_sentence_after_its_model(nlp):
    text = "Volvo has split the EX30 range. The Plus keeps the smaller pack for now."
    assert trims(nlp, text) == [("Plus", "EX30")]
    # not after a sentence naming no model, nor across a paragraph
    assert trims(nlp, "Volvo is busy. The Plus keeps the smaller pack for now.") == []
    assert trims(nlp, "Volvo has split the EX30 range.\n\nThe Plus keeps the smaller pack.") == []


def test_an_edition_of_a_model_and_trim_is_a_version_of_that_model(nlp):
    text = (
        "Volkswagen unveiled a Black Edition of the Golf GTI on Monday; the Black Edition is black."
    )
    found = [(s.text, s._.normalized, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert found == [
        ("Black Edition", "GTI Black Edition", "Golf"),
        ("GTI", "GTI", "Golf"),
        ("Black Edition", "GTI Black Edition", "Golf"),
    ]


def test_a_trim_named_again_by_the_end_of_its_name_is_that_trim(nlp):
    text = "Volkswagen unveiled a Polo GTI Edition 26 today; the Edition 26 has more power."
    assert [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "VARIANT"] == [
        ("GTI Edition 26", "GTI Edition 26"),
        ("Edition 26", "GTI Edition 26"),
    ]


def test_a_generic_trim_joined_to_one_read_after_its_model(nlp):
    assert trims(nlp, "The ID.3 Pure and the Pro are new. The Pro costs more.") == [
        ("Pure", "ID.3"),
        ("Pro", "ID.3"),
        ("Pro", "ID.3"),
    ]
    # not after a model alone: "the Model Y and Plus" joins no trim
    assert trims(nlp, "The Model Y and Plus cost more.") == []


def test_a_jlr_plug_in_hybrid_named_without_its_model(nlp):
    # a P-number-e plug-in hybrid is a Land Rover trim even where no model stands before it
    text = "Land Rover sold the Defender widely. Owners of the P330e reported few faults."
    assert [t for t, _ in trims(nlp, text)] == ["P330e"]
    # without the maker in the article, the same letters are nothing
    assert trims(nlp, "Owners of the P330e reported few faults.") == []


def test_a_word_like_name_in_apposition_to_its_makers_car(nlp):
    text = "Fisker's third model, the Pear, was shown in Oulu."
    assert ("MODEL", "Pear") in labelled(nlp, text)
    # another maker's car: no
    text = "Fisker went quiet. Volvo's third model, the Pear, was shown in Oulu."
    assert ("MODEL", "Pear") not in labelled(nlp, text)
    # a hyphenated describing word counts as one word between the maker and the noun
    text = "Fisker's battery-powered small van, the Pear, was shown in Oulu."
    assert ("MODEL", "Pear") in labelled(nlp, text)


def test_a_word_like_name_once_named_with_its_maker_stands_alone(nlp):
    text = "The Fisker Ocean SUV went on sale late. Ocean buyers waited months."
    assert [t for label, t in labelled(nlp, text) if label == "MODEL"] == ["Ocean", "Ocean"]
    # never named with its maker: the word is no name
    assert labelled(nlp, "Fisker went quiet. Ocean buyers waited months.") == [("BRAND", "Fisker")]


def test_a_show_car_named_by_a_concept_word_after_its_maker(nlp):
    text = "Volvo's Concept Nine previews a hatchback; the Volvo Vision Tern is a coupe."
    models = [t for label, t in labelled(nlp, text) if label == "MODEL"]
    assert models == ["Concept Nine", "Vision Tern"]
    # a plan's year is no name
    text = "Volvo Vision 2031 is a plan."
    assert [t for label, t in labelled(nlp, text) if label == "MODEL"] == []


def test_each_land_rover_series_is_a_model_of_its_own(nlp):
    text = "The Land Rover Series III followed the Series IIA."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        "Series III",
        "Series IIA",
    ]


def test_restomod_makers_and_classic_names(nlp):
    text = "Everrati converts the Porsche 911 Carrera 2 and the Land Rover Series IIA."
    assert labelled(nlp, text) == [
        ("BRAND", "Everrati"),
        ("BRAND", "Porsche"),
        ("MODEL", "911"),
        ("VARIANT", "Carrera 2"),
        ("BRAND", "Land Rover"),
        ("MODEL", "Series IIA"),
    ]


def test_pickup_cab_styles_and_engines_of_other_makers(nlp):
    text = (
        "The Ram 1500 Quad Cab gets the Hurricane High Output; the Toyota Tundra CrewMax does not."
    )
    assert [t for label, t in labelled(nlp, text) if label == "VARIANT"] == [
        "Quad Cab",
        "Hurricane High Output",
        "CrewMax",
    ]


def test_microcars_and_the_pv5_body_versions(nlp):
    text = "The Microlino Dolce, the Mobilize Duo 80 and the Kia PV5 Taxi went on sale."
    assert [(label, t) for label, t in labelled(nlp, text) if label != "BRAND"] == [
        ("MODEL", "Microlino"),
        ("VARIANT", "Dolce"),
        ("VARIANT", "Duo 80"),
        ("MODEL", "PV5"),
        ("VARIANT", "Taxi"),
    ]


def test_peugeots_electric_estate_is_a_model_of_its_own(nlp):
    text = "Peugeot sells the e-308 SW GT from today; the E-308 SW costs more than the e-308."
    assert [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        ("e-308 SW", "e-308 SW"),
        ("E-308 SW", "e-308 SW"),
        ("e-308", "e-308"),
    ]


def test_bmw_estates_are_models_of_their_own(nlp):
    text = "Two estates: a BMW i5 Touring eDrive40 and a 3 Series Touring."
    assert [(label, t) for label, t in labelled(nlp, text) if label != "BRAND"] == [
        ("MODEL", "i5 Touring"),
        ("VARIANT", "eDrive40"),
        ("MODEL", "3 Series Touring"),
    ]


def test_the_electric_omoda_is_a_model_of_its_own(nlp):
    text = "Omoda will sell the Omoda E5 next to the petrol Omoda 5; the E5 gets a larger screen."
    assert [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        ("Omoda E5", "E5"),
        ("Omoda 5", "Omoda 5"),
        ("E5", "E5"),
    ]


def test_xpeng_names_its_versions_drivetrain_first(nlp):
    text = "Xpeng updates the G6: the RWD Long Range leads, and the AWD Performance tops it."
    assert trims(nlp, text) == [("RWD Long Range", "G6"), ("AWD Performance", "G6")]


def test_toyota_names_its_four_wheel_drive_versions_awd_i(nlp):
    text = "Toyota sells the C-HR AWD-i, and the RAV4 PHEV AWD-i tows more."
    assert trims(nlp, text) == [("AWD-i", "C-HR"), ("PHEV AWD-i", "RAV4")]


def test_rams_electric_pickup_is_a_version_of_the_1500(nlp):
    text = "Ram will build the 1500 REV and the 1500 Ramcharger; the REV comes first."
    assert trims(nlp, text) == [("REV", "1500"), ("Ramcharger", "1500"), ("REV", "1500")]


def test_citroens_electric_versions_are_models_and_its_capital_trims_versions(nlp):
    text = "Citroën sells the ë-C5 Aircross MAX next to the C5 Aircross and the ë-C4 PLUS."
    assert [(s.label_, s.text, s._.normalized) for s in ents(nlp, text) if s.label_ != "BRAND"] == [
        ("MODEL", "ë-C5 Aircross", "e-C5 Aircross"),
        ("VARIANT", "MAX", "MAX"),
        ("MODEL", "C5 Aircross", "C5 Aircross"),
        ("MODEL", "ë-C4", "e-C4"),
        ("VARIANT", "PLUS", "PLUS"),
    ]


def test_an_electric_niro_proace_and_spacetourer_are_models_of_their_own(nlp):
    text = "Kia's Niro EV, Toyota's Proace Electric and Citroën's ë-SpaceTourer beat the Niro."
    assert [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        ("Niro EV", "Niro EV"),
        ("Proace Electric", "Proace Electric"),
        ("ë-SpaceTourer", "ë-SpaceTourer"),
        ("Niro", "Niro"),
    ]


def test_the_petrol_ek_x_is_not_the_electric_one(nlp):
    text = "Mitsubishi sells the eK X and the electric eK X EV side by side."
    assert [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        ("eK X", "eK X"),
        ("eK X EV", "eK X EV"),
    ]


def test_a_ferrari_one_off_and_fords_camper_are_models(nlp):
    text = "Ferrari built the SP-8 for one client, and Ford sells the Nugget camper."
    assert [(s.text, s._.brand) for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        ("SP-8", "Ferrari"),
        ("Nugget", "Ford"),
    ]


def test_rivians_r3x_and_vws_camper_lengths_are_versions(nlp):
    text = "Rivian sells the R3 and the quicker R3X; VW sells the Grand California 680 camper."
    assert trims(nlp, text) == [("R3X", "R3"), ("Grand California 680", "Grand California")]


def test_hyundais_xrt_stands_alone_in_a_hyundai_story(nlp):
    text = "Hyundai cut Ioniq 5 prices today. The all-terrain-styled XRT gets cheaper too."
    assert trims(nlp, text) == [("XRT", "Ioniq 5")]


def test_makers_own_distinctive_version_names_stand_alone_in_their_story(nlp):
    text = "Skoda updates the Kodiaq today. Laurin & Klement buyers pay more."
    assert trims(nlp, text) == [("Laurin & Klement", "Kodiaq")]
    text = "Mazda updates the CX-30 today. Exclusive-Line buyers get a camera."
    assert trims(nlp, text) == [("Exclusive-Line", "CX-30")]


def test_cadillac_v_series_versions_are_versions_of_their_model(nlp):
    text = "Cadillac will bring the Lyriq-V to Chile, and later the CT5-V and the Escalade V."
    assert trims(nlp, text) == [("Lyriq-V", "Lyriq"), ("CT5-V", "CT5"), ("Escalade V", "Escalade")]


def test_the_australian_one_word_landcruiser_names_each_generation(nlp):
    text = "Toyota Australia prices the LandCruiser 300 above the LandCruiser Prado."
    assert [(label, t) for label, t in labelled(nlp, text) if label == "MODEL"] == [
        ("MODEL", "LandCruiser 300"),
        ("MODEL", "LandCruiser Prado"),
    ]
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        "Land Cruiser 300",
        "Land Cruiser 250",
    ]


def test_volvo_power_class_versions_are_read_anywhere_in_a_volvo_story(nlp):
    text = (
        "Volvo opened orders for the EX90 in Chile. The rear-wheel-drive P6 comes first, and "
        "the flagship P12 AWD follows later."
    )
    assert trims(nlp, text) == [("P6", "EX90"), ("P12 AWD", "EX90")]
    # without Volvo in the story, a P-number is no version
    assert trims(nlp, "The P6 road runs north of the town.") == []


def test_trims_as_their_makers_write_them(nlp):
    # Toyota's capitals, and a Skyline trim that reads like a sum in rand
    text = "Toyota sells the RAV4 GR SPORT, and Nissan the Skyline 400R, in Japan."
    assert trims(nlp, text) == [("GR SPORT", "RAV4"), ("400R", "Skyline")]


def test_a_gas_engine_name_stands_for_a_version_without_its_model(nlp):
    text = "The Bigster hybrid 155 costs less; the dearer hybrid-G 150 4x4 adds four-wheel drive."
    assert trims(nlp, text) == [("hybrid 155", "Bigster"), ("hybrid-G 150 4x4", "Bigster")]


def test_engine_versions_written_in_lower_case_or_split_at_a_hyphen(nlp):
    text = (
        "Dacia sells the Bigster hybrid 155, the Bigster hybrid-G 150 4x4 and the Duster eco-G 120."
    )
    assert trims(nlp, text) == [
        ("hybrid 155", "Bigster"),
        ("hybrid-G 150 4x4", "Bigster"),
        ("eco-G 120", "Duster"),
    ]


def test_teslas_rwd_versions_are_trims_after_the_model(nlp):
    text = "Tesla sells the Model 3 RWD and the Model Y RWD from spring."
    assert trims(nlp, text) == [("RWD", "Model 3"), ("RWD", "Model Y")]


def test_tuners_are_makers(nlp):
    text = "ABT and Techart offer upgrades; AC Schnitzer tunes the BMW M3."
    assert [t for label, t in labelled(nlp, text) if label == "BRAND"] == [
        "ABT",
        "Techart",
        "AC Schnitzer",
        "BMW",
    ]


def test_toyota_grade_letters_in_a_toyota_article(nlp):
    text = "Toyota sells the Land Cruiser in the Gulf. The GX is cheap; the VX is not."
    assert [t for label, t in labelled(nlp, text) if label == "VARIANT"] == ["GX", "VX"]


def test_model_plurals(nlp):
    spans = ents(nlp, "Subaru sold 600,000 cars, half of them Crosstreks and Foresters.")
    assert [(s.label_, s.text, s._.normalized) for s in spans if s.label_ == "MODEL"] == [
        ("MODEL", "Crosstreks", "Crosstrek"),
        ("MODEL", "Foresters", "Forester"),
    ]
    spans = ents(nlp, "Toyota delivered 22,000 bZ4Xs, and Teslas sold well.")
    assert [(s.label_, s._.normalized) for s in spans] == [
        ("BRAND", "Toyota"),
        ("MODEL", "bZ4X"),
        ("BRAND", "Tesla"),
    ]


def test_words_that_look_like_brands_are_not_brands(nlp):
    assert labelled(nlp, "The mini crossover has a smart roof and a lucid design.") == []


# --------------------------------------------------------------------------- models


@pytest.mark.parametrize(
    ("text", "model", "brand"),
    [
        ("Volkswagen showed the ID. Polo in Munich.", "ID. Polo", "Volkswagen"),
        ("Volkswagen will build the ID.3 in Zwickau.", "ID.3", "Volkswagen"),
        ("Tesla cut the price of the Model Y again.", "Model Y", "Tesla"),
        ("The Hyundai Ioniq 5 got a bigger battery.", "Ioniq 5", "Hyundai"),
        ("Toyota's Land Cruiser 250 arrives in spring.", "Land Cruiser 250", "Toyota"),
        ("Porsche keeps the 911 as a combustion car.", "911", "Porsche"),
        ("The Renault 5 sold well.", "Renault 5", "Renault"),
        ("Volvo's EX30 is built in Ghent.", "EX30", "Volvo"),
        ("The Kia EV3 undercuts the EV6.", "EV3", "Kia"),
        ("BYD exports the Sealion 7 to Europe.", "Sealion 7", "BYD"),
        ("Xiaomi delivered 20,000 SU7 sedans.", "SU7", "Xiaomi"),
        ("The Ford Mustang Mach-E was updated.", "Mustang Mach-E", "Ford"),
        ("Rivian opened orders for the R1S.", "R1S", "Rivian"),
        ("The Polestar 4 has no rear window.", "Polestar 4", "Polestar"),
        ("Cadillac's Lyriq is made in Tennessee.", "Lyriq", "Cadillac"),
        ("Nissan's new Leaf is a crossover.", "Leaf", "Nissan"),
    ],
)
def test_models_with_dots_spaces_and_digits_are_one_span(nlp, text, model, brand):
    (span,) = find(ents(nlp, text), model, "MODEL")
    assert span._.normalized == model
    assert span._.brand == brand


def test_unknown_model_by_shape_right_after_its_brand(nlp):
    spans = ents(nlp, "Kia confirmed the Kia EV7 for 2027. The EV7 shares parts with the EV6.")
    assert [(s.label_, s.text, s._.brand) for s in spans if s.label_ == "MODEL"] == [
        ("MODEL", "EV7", "Kia"),
        ("MODEL", "EV7", "Kia"),
        ("MODEL", "EV6", "Kia"),
    ]
    assert codes(ents(nlp, "BMW G45 testing")) == [("G45", "X3", "BMW")]
    # chassis-code shapes after a brand stay codes: "Mercedes W236", "BMW G46 X3"
    assert [s.label_ for s in ents(nlp, "Mercedes W236 prototypes")] == ["BRAND"]
    assert codes(ents(nlp, "BMW G46 X3 prototypes")) == [("G46", "X3", "BMW")]
    assert labelled(nlp, "Tesla AI5 chip") == [("BRAND", "Tesla")]


def test_unknown_model_named_like_its_makers_others(nlp):
    # Volvo has an EX30 and an EX90: an unknown "EX80" is one of its models wherever Volvo is
    # named, but not right after another maker ("Polestar EX70" is a Polestar), nor where no
    # Volvo is named
    spans = ents(nlp, "Volvo said the EX80 arrives in 2027, before the Polestar EX70.")
    assert [(s.label_, s.text, s._.brand) for s in spans if s.text.startswith("EX")] == [
        ("MODEL", "EX80", "Volvo"),
        ("MODEL", "EX70", "Polestar"),
    ]
    assert not [s for s in ents(nlp, "The EX80 arrives in 2027.") if s.text == "EX80"]
    # a family of one word and a number, whose word alone may be an older model ("Ioniq")
    spans = ents(nlp, "Hyundai will launch the Ioniq 4 next year.")
    assert [(s.label_, s.text) for s in spans] == [("BRAND", "Hyundai"), ("MODEL", "Ioniq 4")]


def test_the_bare_number_of_a_numbered_model_named_before(nlp):
    text = "The Polestar 3 and Polestar 4 are new. The 3 is built in Ridgeville and the 4 in Busan."
    models = [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models[2:] == [("3", "Polestar 3"), ("4", "Polestar 4")]
    # not a count, nor before the model is named
    assert [s.text for s in ents(nlp, "The Polestar 3 tops the 3 best buys.")] == ["Polestar 3"]
    assert [s.text for s in ents(nlp, "The 3 is new. The Polestar 3 arrives.")] == ["Polestar 3"]
    # before a negated auxiliary too
    text = "The Polestar 3 is big. Polestar says the 3 won't get a smaller pack."
    assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL"] == ["Polestar 3", "3"]


def test_brand_written_only_before_its_model(nlp):
    assert labelled(nlp, "The Smart #5 is big. Smart charging helps.") == [
        ("BRAND", "Smart"),
        ("MODEL", "#5"),
    ]


def test_brand_and_model_are_separate_spans(nlp):
    assert labelled(nlp, "The BMW iX1 and the Mercedes-Benz GLC met.") == [
        ("BRAND", "BMW"),
        ("MODEL", "iX1"),
        ("BRAND", "Mercedes-Benz"),
        ("MODEL", "GLC"),
    ]


def test_model_alias_normalises_to_canonical_name(nlp):
    (span,) = find(ents(nlp, "Renault priced the R5 from €25,000."), "R5", "MODEL")
    assert span._.normalized == "Renault 5"


def test_model_at_sentence_end_before_a_full_stop(nlp):
    text = "Tesla refreshed the Model Y. Sales rose, as did Rivian's R1S."
    spans = ents(nlp, text)
    assert text[find(spans, "Model Y", "MODEL")[0].end_char] == "."
    assert text[find(spans, "R1S", "MODEL")[0].end_char] == "."


def test_short_or_word_like_names_need_their_brand(nlp):
    assert labelled(nlp, "He plays golf and owns a Golf umbrella with an R5 sticker.") == []
    assert labelled(nlp, "The 911 call centre was busy.") == []
    assert ("MODEL", "Golf") in labelled(nlp, "VW said the Golf stays.")


def test_word_like_name_opening_a_sentence_needs_a_mid_sentence_use(nlp):
    assert labelled(nlp, "Ford said sales rose. Focus now shifts to Europe.") == [("BRAND", "Ford")]
    spans = labelled(nlp, "Ford will end the Focus soon. Focus production stops in May.")
    assert spans.count(("MODEL", "Focus")) == 2
    # listed with another of its maker's models, it is one too
    spans = labelled(nlp, "Ford had a quiet week. Focus and Kuga output falls in May.")
    assert ("MODEL", "Focus") in spans


def test_adjacent_only_name_before_a_body_noun(nlp):
    assert ("MODEL", "Air") in labelled(nlp, "Lucid cut prices. The Air sedan is cheaper.")
    assert ("MODEL", "Air") not in labelled(nlp, "Lucid cut prices. The Air is cold.")
    assert labelled(nlp, "Fresh Air sedan chairs.") == []
    # once the article names it so, "the Air" after a determiner is the car again
    spans = labelled(nlp, "Lucid cut prices. The Air sedan is cheaper. The Air gets a trim.")
    assert spans.count(("MODEL", "Air")) == 2
    assert ("MODEL", "Air") not in labelled(nlp, "The Air sedan is cheaper. Air is cold.")[1:]


def test_numbers_and_quarters_that_look_like_models(nlp):
    spans = labelled(nlp, "Fiat shipped 500 units of the Fiat 500 in Q4 2026.")
    assert spans == [("BRAND", "Fiat"), ("BRAND", "Fiat"), ("MODEL", "500")]
    assert ("MODEL", "Q4") not in labelled(nlp, "Audi will report in Q4 2026.")


def test_ambiguous_model_name_takes_the_brand_in_the_article(nlp):
    (span,) = find(ents(nlp, "Vauxhall will keep the Corsa in Britain."), "Corsa", "MODEL")
    assert span._.brand == "Vauxhall"
    (span,) = find(ents(nlp, "Opel will keep the Corsa in Germany."), "Corsa", "MODEL")
    assert span._.brand == "Opel"


def test_shared_model_name_takes_the_brand_right_before_it(nlp):
    spans = ents(nlp, "Opel and Vauxhall share it: the Vauxhall Corsa and the Opel Corsa.")
    assert [s._.brand for s in spans if s.label_ == "MODEL"] == ["Vauxhall", "Opel"]
    spans = ents(nlp, "The Abarth 600e is quicker than the Fiat 600e.")
    assert [(s.text, s._.brand) for s in spans if s.label_ == "MODEL"] == [
        ("600e", "Abarth"),
        ("600e", "Fiat"),
    ]


# --------------------------------------------------------------------------- variants


def test_bmw_drive_variants_link_to_the_model_in_context(nlp):
    spans = ents(nlp, "BMW updated the iX3. The xDrive50 gains range, the i4 eDrive35 too.")
    (x50,) = find(spans, "xDrive50", "VARIANT")
    assert (x50._.model, x50._.brand) == ("iX3", "BMW")
    (e35,) = find(spans, "eDrive35", "VARIANT")
    assert e35._.model == "i4"


def test_trim_before_its_model_in_the_sentence(nlp):
    text = "Volvo builds the EX90 in Ridgeville. In Ultra trim the EX30 costs more."
    (ultra,) = find(ents(nlp, text), "Ultra", "VARIANT")
    assert ultra._.model == "EX30"


def test_trim_follows_its_paragraph_and_its_earlier_tie(nlp):
    text = (
        "Xiaomi sells the YU7 in a Standard version, below Tesla's Model Y.\n\n"
        "The Standard has a big battery. The dual-motor Max is quicker.\n\n"
        "Tesla's Model Y Performance is quicker still."
    )
    variants = trims(nlp, text)
    assert variants == [
        ("Standard", "YU7"),
        ("Standard", "YU7"),
        ("Max", "YU7"),
        ("Performance", "Model Y"),
    ]


def test_code_without_a_model_in_its_sentence_takes_the_paragraphs_model(nlp):
    text = "Kia is readying the EV2. The small crossover carries the code QJ1, insiders say."
    assert codes(ents(nlp, text)) == [("QJ1", "EV2", "Kia")]


def test_variant_embedding_the_model_is_one_span(nlp):
    spans = ents(nlp, "Mercedes sells the GLC 400 4MATIC and the EQS 450+ in Europe.")
    assert [(s.label_, s.text) for s in spans] == [
        ("BRAND", "Mercedes"),
        ("VARIANT", "GLC 400 4MATIC"),
        ("VARIANT", "EQS 450+"),
    ]
    assert spans[1]._.model == "GLC"
    assert spans[2]._.model == "EQS"


def test_lexus_numbers_embed_the_model(nlp):
    spans = ents(nlp, "Lexus offers the RX 500h+ and the RZ 450e.")
    assert [(s.label_, s.text, s._.model) for s in spans] == [
        ("BRAND", "Lexus", None),
        ("VARIANT", "RX 500h+", "RX"),
        ("VARIANT", "RZ 450e", "RZ"),
    ]


def test_trims_written_one_after_the_other_are_one_trim(nlp):
    spans = ents(nlp, "The Honda CR-V Sport Touring Hybrid and the Hyundai Tucson Hybrid Blue.")
    variants = [(s.text, s._.model) for s in spans if s.label_ == "VARIANT"]
    assert variants == [("Sport Touring Hybrid", "CR-V"), ("Hybrid Blue", "Tucson")]
    # a trim word that only follows a model follows a trim named without one too
    spans = ents(nlp, "The Honda CR-V Sport costs $35,000. The Sport Hybrid starts at $36,450.")
    variants = [(s.text, s._.model) for s in spans if s.label_ == "VARIANT"]
    assert variants == [("Sport", "CR-V"), ("Sport Hybrid", "CR-V")]


def test_three_listed_trims_need_no_determiner_and_may_end_in_a_trim_word(nlp):
    spans = ents(
        nlp, "The Honda CR-V is new. Its ladder runs EX, Sport Hybrid and Sport Touring Hybrid."
    )
    assert [s.text for s in spans if s.label_ == "VARIANT"] == [
        "EX",
        "Sport Hybrid",
        "Sport Touring Hybrid",
    ]
    # two generic names without a determiner may be settings: "Sport and Comfort modes"
    spans = ents(nlp, "The Honda CR-V is new. It offers Sport and Comfort settings.")
    assert [s.text for s in spans if s.label_ == "VARIANT"] == []


def test_a_full_stop_after_a_mixed_case_name_is_cut_off(nlp):
    text = "Its rival is the BMW iX. It charges at 100kW."
    assert [s.text for s in ents(nlp, text)] == ["BMW", "iX"]
    assert [t.text for t in nlp.make_doc(text)][-3:] == ["at", "100kW", "."]


@pytest.mark.parametrize(
    ("text", "last"),
    [("It returns 13.3km/L.", ["/", "L", "."]), ("It runs on 417V.", ["417V", "."])],
)
def test_a_full_stop_after_a_units_capital_letter_is_cut_off(nlp, text, last):
    assert [t.text for t in nlp.make_doc(text)][-len(last) :] == last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Tiguan Life has the 1.5 eTSI; the R-Line gets the 2.0 TSI 4Motion. "
            "It is 1.5 times dearer.",
            [
                ("Life", "Tiguan"),
                ("1.5 eTSI", "Tiguan"),
                ("R-Line", "Tiguan"),
                ("2.0 TSI 4Motion", "Tiguan"),
            ],
        ),
        # port-injection petrols and the diesel families of other makers
        (
            "The Kia Picanto comes with a 1.2 DPi; the Ford Ranger with a 2.0 EcoBlue.",
            [("1.2 DPi", "Picanto"), ("2.0 EcoBlue", "Ranger")],
        ),
        # a hyphenated family spaCy keeps as one token
        ("The Toyota Hilux also comes with a 2.4 D-4D.", [("2.4 D-4D", "Hilux")]),
        # a suffix, and hyphenated names, which spaCy splits into three tokens
        (
            "The Skoda Kodiaq SportLine has the 1.5 TSI e-TEC or the 1.5 TSI iV. "
            "The Kia Sportage gets a 1.6 T-GDi HEV.",
            [
                ("SportLine", "Kodiaq"),
                ("1.5 TSI e-TEC", "Kodiaq"),
                ("1.5 TSI iV", "Kodiaq"),
                ("1.6 T-GDi HEV", "Sportage"),
            ],
        ),
    ],
)
def test_an_engine_named_by_displacement_and_family_is_a_trim(nlp, text, expected):
    assert trims(nlp, text) == expected


def test_a_makers_trim_heading_a_section_is_a_trim_but_a_generic_heading_is_not(nlp):
    text = (
        "The Volkswagen Tiguan comes in three trims.\n\nLife\nIt costs less.\n\n"
        "Performance\nIt is quick."
    )
    assert trims(nlp, text) == [("Life", "Tiguan")]


def test_rogue_sport_is_a_model_of_its_own(nlp):
    spans = ents(nlp, "The Nissan Kicks took over from the Rogue Sport.")
    assert [(s.label_, s.text) for s in spans][-1] == ("MODEL", "Rogue Sport")


def test_a_body_type_after_a_model_is_no_trim(nlp):
    spans = ents(nlp, "The Scenic replaced the old Renault Grand Scenic MPV.")
    assert [(s.label_, s.text) for s in spans] == [
        ("MODEL", "Scenic"),
        ("BRAND", "Renault"),
        ("MODEL", "Grand Scenic"),
    ]


def test_mercedes_number_followed_by_a_unit_is_not_a_variant(nlp):
    assert ("MODEL", "GLC") in labelled(nlp, "Mercedes says the GLC 400 km figure is WLTP.")


@pytest.mark.parametrize(
    ("text", "variant", "model"),
    [
        ("The Tesla Model 3 Long Range costs less.", "Long Range", "Model 3"),
        ("The Model S Plaid is still on sale, Tesla said.", "Plaid", "Model S"),
        ("Porsche's 911 Turbo S is the fastest.", "Turbo S", "911"),
        ("VW will electrify the Golf GTI.", "GTI", "Golf"),
        ("The Tesla Model Y Performance is quicker.", "Performance", "Model Y"),
        ("The Kia EV6 GT-Line costs more.", "GT-Line", "EV6"),
    ],
)
def test_trim_names(nlp, text, variant, model):
    (span,) = find(ents(nlp, text), variant, "VARIANT")
    assert span._.model == model


def test_makers_trim_may_follow_a_generic_trim(nlp):
    spans = ents(nlp, "Mitsubishi sells the Outlander PHEV Instyle in Europe.")
    # the maker's trim is read, and joins the generic one before it into one trim
    assert [(s.text, s._.model, s._.brand) for s in spans if s.label_ == "VARIANT"] == [
        ("PHEV Instyle", "Outlander", "Mitsubishi"),
    ]
    # another maker's trim name after the generic one is not a trim of this model
    spans = ents(nlp, "Mitsubishi sells the Outlander PHEV Tekna in Europe.")
    assert [s.text for s in spans if s.label_ == "VARIANT"] == ["PHEV"]


def test_number_trims_after_a_model(nlp):
    # the maker's designation embeds the model: one VARIANT span, no MODEL span
    spans = ents(
        nlp, "BMW sells the iX3 50 xDrive; Skoda the Elroq 85x; Audi the Q4 e-tron 45 quattro."
    )
    assert [(s.label_, s.text, s._.model) for s in spans if s.label_ != "BRAND"] == [
        ("VARIANT", "iX3 50 xDrive", "iX3"),
        ("VARIANT", "Elroq 85x", "Elroq"),
        ("VARIANT", "Q4 e-tron 45 quattro", "Q4 e-tron"),
    ]
    assert [s.text for s in ents(nlp, "BMW's iX3 40 km test.") if s.label_ == "VARIANT"] == []


def test_generic_trim_words_need_a_model_or_a_trim_noun(nlp):
    assert labelled(nlp, "Performance matters. Standard equipment is generous.") == []
    spans = ents(nlp, "Xiaomi's YU7 is new. The dual-motor Max costs more, the top-spec Pro less.")
    assert [(s.text, s._.model) for s in spans if s.label_ == "VARIANT"] == [
        ("Max", "YU7"),
        ("Pro", "YU7"),
    ]
    spans = ents(nlp, "Tesla's Model Y gets a Performance version. The Performance is quick.")
    assert [s.text for s in spans if s.label_ == "VARIANT"] == ["Performance", "Performance"]


def test_bmw_m_variant_shape_needs_bmw(nlp):
    assert labelled(nlp, "Traffic on the M25 was slow.") == []
    (span,) = find(ents(nlp, "BMW will sell the iX M70 next year."), "M70", "VARIANT")
    assert span._.model == "iX"


def test_mini_powertrain_letters_embed_the_model(nlp):
    spans = ents(nlp, "MINI sells the Countryman SE ALL4 and the Aceman JCW.")
    assert [(s.label_, s.text) for s in spans] == [
        ("BRAND", "MINI"),
        ("VARIANT", "Countryman SE ALL4"),
        ("MODEL", "Aceman"),
        ("VARIANT", "JCW"),
    ]
    assert spans[1]._.model == "Countryman"


# --------------------------------------------------------------------------- platforms


@pytest.mark.parametrize(
    ("text", "platform", "brand"),
    [
        ("It rides on the Neue Klasse architecture.", "Neue Klasse", "BMW"),
        ("The car uses MEB+ hardware.", "MEB+", "Volkswagen"),
        ("Hyundai's E-GMP supports 800 volts.", "E-GMP", "Hyundai"),
        ("Mercedes built MB.EA for large cars.", "MB.EA", "Mercedes-Benz"),
        ("Renault's AmpR Small base is cheap.", "AmpR Small", "Renault"),
        ("The STLA Medium platform underpins it.", "STLA Medium", "Stellantis"),
        ("Toyota's TNGA-F frame is tough.", "TNGA-F", "Toyota"),
        ("Zeekr uses Geely's SEA platform.", "SEA", "Geely"),
        ("GM's Ultium batteries are made in Ohio.", "Ultium", "General Motors"),
    ],
)
def test_platforms(nlp, text, platform, brand):
    (span,) = find(ents(nlp, text), platform, "PLATFORM")
    assert span._.brand == brand


def test_platform_alias_normalises(nlp):
    (span,) = find(ents(nlp, "Renault calls CMF-B EV its small EV base."), "CMF-B EV")
    assert span._.normalized == "AmpR Small"


def test_short_platform_name_that_is_also_a_test_cycle_needs_its_brand_before_it(nlp):
    (span,) = find(ents(nlp, "Lotus' EPA underpins the Eletre."), "EPA", "PLATFORM")
    assert span._.normalized == "Electric Premium Architecture"
    spans = ents(nlp, "The EPA rated the Lotus Emeya at 300 miles; Lotus quotes EPA figures.")
    assert [s.text for s in spans if s.label_ == "PLATFORM"] == []


# --------------------------------------------------------------------------- codes


def codes(spans):
    return [(s.text, s._.model, s._.brand) for s in spans if s.label_ == "MODEL_CODE"]


def test_code_in_parentheses_after_a_model(nlp):
    spans = ents(nlp, "Volvo confirmed the EX30 (VX31) will be built in Ghent.")
    assert codes(spans) == [("VX31", "EX30", "Volvo")]
    assert find(spans, "EX30", "MODEL")[0]._.code == "VX31"


def test_another_makers_model_name_in_parentheses_after_a_model_is_its_code(nlp):
    # NX is a Lexus model; Lexus is not named, so after "Octavia (" it is the Skoda's code
    spans = ents(nlp, "Skoda says the current Octavia (NX) gets a facelift this year.")
    assert codes(spans) == [("NX", "Octavia", "Skoda")]
    # where Lexus is named, NX stays the Lexus model
    spans = ents(nlp, "Lexus rivals the Skoda Octavia (NX) with its own hybrid.")
    assert codes(spans) == []


def test_revision_code_in_parentheses_and_unclosed_parentheses(nlp):
    assert codes(ents(nlp, "Porsche's 911 (992.2) gets a hybrid.")) == [("992.2", "911", "Porsche")]
    assert codes(ents(nlp, "Volvo's EX30 (XQ5 is a guess) is close.")) == []


def test_code_adjacent_to_a_model_either_side(nlp):
    spans = ents(nlp, "Kia says the EV4 QY2 is due, while the QZ4 EV2 follows.")
    assert codes(spans) == [("QY2", "EV4", "Kia"), ("QZ4", "EV2", "Kia")]


def test_code_after_a_trim_denotes_the_trims_model(nlp):
    spans = ents(nlp, "Honda retired the Civic Type R (FL5) in Europe.")
    assert codes(spans) == [("FL5", "Civic", "Honda")]


def test_headline_capitals_and_plurals_of_folded_brands(nlp):
    spans = ents(nlp, "TOYOTA RECALLS CARS. Used Toyotas and Porsches sell.")
    assert [(s.text, s._.normalized) for s in spans] == [
        ("TOYOTA", "Toyota"),
        ("Toyotas", "Toyota"),
        ("Porsches", "Porsche"),
    ]


def test_code_before_a_generation_word_and_model(nlp):
    spans = ents(nlp, "BMW tested the G45-generation X3 in Sweden.")
    assert codes(spans) == [("G45", "X3", "BMW")]


@pytest.mark.parametrize(
    "text",
    [
        "Skoda's next Octavia, codenamed KX9, arrives later.",
        "The next Octavia, known internally as KX9, arrives later.",
        "The next Octavia, known inside Skoda as the KX9, arrives later.",
        "Skoda's project KX9 replaces the Octavia.",
        "The Octavia of the KX9 generation arrives later.",
    ],
)
def test_code_after_cue_words(nlp, text):
    assert codes(ents(nlp, text)) == [("KX9", "Octavia", "Skoda")]


def test_project_name_after_a_strong_cue_and_later_mentions(nlp):
    spans = ents(
        nlp, 'Rivian is readying a small SUV codenamed "Peregrine". Peregrine is due soon.'
    )
    assert codes(spans) == [("Peregrine", None, "Rivian"), ("Peregrine", None, "Rivian")]


def test_known_project_names_need_their_brand(nlp):
    assert codes(ents(nlp, "Tesla's Juniper update of the Model Y is here.")) == [
        ("Juniper", "Model Y", "Tesla")
    ]
    assert codes(ents(nlp, "A juniper bush grew near the Highland road.")) == []


def test_code_linked_through_the_article_in_both_directions(nlp):
    text = (
        "The QP7 will be electric. Later, sources said the Kia EV5 QP7 is due. "
        "Kia added that QP7 production starts in Korea."
    )
    assert codes(ents(nlp, text)) == [
        ("QP7", "EV5", "Kia"),
        ("QP7", "EV5", "Kia"),
        ("QP7", "EV5", "Kia"),
    ]


def test_article_link_beats_the_gazetteer(nlp):
    text = "Ford's Ranger (P703) sells well. The P703 is built in Thailand."
    assert codes(ents(nlp, text)) == [("P703", "Ranger", "Ford"), ("P703", "Ranger", "Ford")]


def test_known_codes_link_to_their_model(nlp):
    spans = ents(nlp, "Mercedes keeps the W206 on sale, and the X254 stays too.")
    assert codes(spans) == [("W206", "C-Class", "Mercedes-Benz"), ("X254", "GLC", "Mercedes-Benz")]


def test_known_code_of_another_brand_is_a_model_where_that_brand_is_named(nlp):
    genesis = ents(nlp, "Genesis updated the G80 sedan.")
    assert [(s.label_, s.text) for s in genesis] == [("BRAND", "Genesis"), ("MODEL", "G80")]
    bmw = ents(nlp, "BMW's M3 (G80) gets a facelift.")
    assert codes(bmw) == [("G80", "M3", "BMW")]


@pytest.mark.parametrize(
    "text",
    [
        "The BMW X1 and iX3 sit below the X5.",
        "Kia's EV3 and EV9 sell well.",
        "Audi's Q4 e-tron, S6, RS 6 and Q6 e-tron are built in Germany.",
        "Porsche's 911 GT3 (992) is loud.",
        "Alpine's A290 is a hot hatch.",
        "VW's ID.3 and ID.4 share MEB.",
        "BMW's iX1 is rated under WLTP, EPA and CLTC cycles at 64.7 kWh and 150 kW.",
        "The X1 LCI adds CO2 savings, an F1 link and a USB port.",
        "After COVID-19, the EV and SUV market in the USA grew, the CEO said.",
        "In 2024 the iX1 sold more than in 2023.",
        "BMW's iX1 supports V2L and L2 driving in H1 2027 for MY26 cars.",
    ],
)
def test_never_a_code(nlp, text):
    spans = ents(nlp, text)
    bad = [s.text for s in spans if s.label_ == "MODEL_CODE" and s.text != "992"]
    assert bad == []


@pytest.mark.parametrize(
    "text",
    [
        "BMW's X3 B58 engine is smooth.",
        "Tesla's Model Y HW4 computer is faster.",
        "The Kia EV3 CCS2 port sits at the rear.",
        "Tesla sold the Model S P85D in 2015.",
    ],
)
def test_part_codes_beside_a_model_are_not_model_codes(nlp, text):
    assert codes(ents(nlp, text)) == []


def test_model_names_are_models_not_codes(nlp):
    spans = ents(nlp, "The X1 (iX3) and the EV3 EV9 are models.")
    assert [s.label_ for s in spans] == ["MODEL"] * 4


def test_short_shape_without_context_is_not_a_code(nlp):
    assert codes(ents(nlp, "Toyota will add a Z7 to the lineup, said B2 staff.")) == []


# --------------------------------------------------------------------------- generations


@pytest.mark.parametrize(
    ("text", "generation"),
    [
        ("BMW's next-gen iX1 is coming.", "next"),
        ("The next-generation BMW X3 is here.", "next"),
        ("The all-new Kia EV4 arrives.", "next"),
        ("The upcoming electric Macan is close.", "next"),
        ("The revamped Leaf, Nissan said, is a crossover.", "next"),
        ("The current Tesla Model 3 stays.", "current"),
        ("The outgoing iX3 had a smaller battery, BMW said.", "previous"),
        ("BMW updated the iX1 last year.", None),
        # an updated or facelifted car is a later form of the current generation
        ("The updated BMW iX1 arrives in May.", "current"),
        ("The facelifted Kia EV6 is quicker.", "current"),
        ("Today's Kia EV3 has a bigger battery.", "current"),
        ("BMW's next iX1 is due in 2027.", "next"),
        # a generation's number between the word and the name
        ("The current 11th-generation Honda Civic stays.", "current"),
        ("The outgoing second-generation Kia Niro goes.", "previous"),
        ("The first Honda Civic was small.", None),
    ],
)
def test_generation_only_where_the_words_say_it(nlp, text, generation):
    (model,) = [s for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert model._.generation == generation


def test_generation_ties_a_model_mention_to_its_code(nlp):
    text = (
        "The current Kia EV6 (CV) sells well. Its successor, the EV6 QT4, is due. "
        "The next-gen EV6 gets a bigger battery."
    )
    spans = ents(nlp, text)
    models = [s for s in spans if s.label_ == "MODEL"]
    assert [(m._.generation, m._.code) for m in models] == [
        ("current", "CV"),
        (None, "QT4"),
        ("next", "QT4"),
    ]


def test_a_code_takes_the_generation_word_before_it(nlp):
    text = (
        "Jeep will show the next-generation Wrangler in 2029. Meanwhile the current JL "
        "generation stays on sale, and a new JL still costs more than most rivals."
    )
    spans = ents(nlp, text)
    codes = [s._.generation for s in spans if s.label_ == "MODEL_CODE"]
    # "a new JL" is a car bought new, not a generation
    assert codes == ["current", None]
    # the next generation does not take the code of the current one
    (model,) = [s for s in spans if s.label_ == "MODEL"]
    assert (model._.generation, model._.code) == ("next", None)


def test_a_known_code_in_apposition_after_its_model_is_that_models(nlp):
    # E30 is a code of two BMW models: the one named before the comma is its model
    spans = ents(nlp, "Collectors still rank the first BMW M3, the E30, above every later car.")
    (code,) = [s for s in spans if s.label_ == "MODEL_CODE"]
    (model,) = [s for s in spans if s.label_ == "MODEL"]
    assert (code._.model, model._.code) == ("M3", "E30")


def test_an_electric_van_sold_under_its_own_name_is_a_model(nlp):
    # the standard: "Corsa Electric", "600e": an electric version with a name of its own
    spans = ents(nlp, "Fleet buyers can now order the Toyota Proace City Electric in Oulu.")
    (model,) = [s for s in spans if s.label_ == "MODEL"]
    assert model._.normalized == "Proace City Electric"


def test_the_place_a_code_is_known_in_is_no_code(nlp):
    text = "The next Volvo XC90, known inside Gothenburg by the project code V739, is close."
    codes = [s.text for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == ["V739"]


def test_a_long_wheelbase_letter_stays_in_a_mercedes_designation(nlp):
    text = "In Oulu, Mercedes-Benz sells its S-Class as the S 450 L and the S 580 L 4MATIC."
    trims = [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == ["S 450 L", "S 580 L 4MATIC"]


def test_a_plain_drive_layout_before_version_is_no_trim(nlp):
    def trims(text):
        return [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"]

    assert trims("Dacia sells the Spring in Oulu and rules out a 4x4 version of it.") == []
    # after its model, or as a maker's own drive name, it stays a trim
    assert trims("In Oulu the Dacia Duster 4x4 version costs more than most rivals.") == ["4x4"]


# --------------------------------------------------------------------------- structure


def test_spans_are_sorted_and_never_overlap(nlp):
    text = "The VW ID. Buzz GTX and the Audi RS 6 e-tron ride on MEB and PPE."
    spans = ents(nlp, text)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    assert ("MODEL", "RS 6 e-tron") in [(s.label_, s.text) for s in spans]


_PIECES = [
    "BMW",
    "iX1",
    "(",
    ")",
    "U7X",
    "Model",
    "Y.",
    "R1S.",
    "’s",
    "'s",
    "codenamed",
    '"',
    "\n\n",
    "G45",
    "-",
    "generation",
    "Kia",
    "EV7",
    "#1",
    "Smart",
    "Mercedes",
    "GLC",
    "400",
    "4MATIC",
    "+",
    ".",
    ",",
    "the",
    "next-gen",
    "Long",
    "Range",
    "MEB",
    "Tesla",
    "Juniper",
    "2027",
    "km",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from([" ", "", "  "]))
def test_any_mix_gives_sorted_non_overlapping_spans_that_slice_the_text(nlp, pieces, sep):
    text = sep.join(pieces)
    spans = ents(nlp, text)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    assert {s.label_ for s in spans} <= {"BRAND", "MODEL", "MODEL_CODE", "VARIANT", "PLATFORM"}
    assert all(s._.normalized for s in spans)


def test_empty_and_vehicle_free_text(nlp):
    assert labelled(nlp, "") == []
    assert labelled(nlp, "Munich hosted a motor show with iDrive X demos.") == []


def test_stage_without_data_finds_nothing():
    pipe = spacy.blank("en")
    pipe.add_pipe("factx_vehicles", config={"data": None})
    assert list(pipe("BMW iX1").spans["vehicles"]) == []


# --------------------------------------------------------------------------- the article


def test_provided_article(nlp):
    text = ARTICLE.read_text(encoding="utf-8")
    spans = ents(nlp, text)
    got = [(s.label_, s.text) for s in spans]
    brands = [s for s in spans if s.label_ == "BRAND"]
    assert [s.text for s in brands] == ["BMW"] * 6 + ["MINIs"] + ["BMW"]
    assert all(s._.normalized in ("BMW", "MINI") for s in brands)
    for model in ("iX1", "X1", "iX2", "iX3", "iX4", "iX6"):
        expected = len([t for t in text.replace("\u2019", " ").split() if t.strip(".,()") == model])
        assert got.count(("MODEL", model)) == expected, model
    assert got.count(("PLATFORM", "Neue Klasse")) == 4
    variants = [(s.text, s._.model) for s in spans if s.label_ == "VARIANT"]
    assert [v[1] for v in variants] == ["iX1", "iX1"]
    code_spans = [s for s in spans if s.label_ == "MODEL_CODE"]
    assert [(s._.model, s._.brand) for s in code_spans] == [("iX1", "BMW")] * 3
    assert len({s.text for s in code_spans}) == 2
    paren = [s for s in code_spans if text[s.start_char - 1] == "("]
    assert len(paren) == 1
    for word in ("LCI", "Life Cycle Impulse", "WLTP", "EV", "iDrive X", "Munich"):
        assert all(word not in s.text for s in spans)
    iX1 = [s for s in spans if s.text == "iX1"]
    before = [(text[: s.start_char].split()[-1], s._.generation) for s in iX1]
    assert {g for w, g in before if w == "next-gen"} == {"next"}
    assert {g for w, g in before if w == "revamped"} == {"next"}
    assert {g for w, g in before if w == "current"} == {"current"}
    assert {g for w, g in before if w == "the"} == {None}


# --------------------------------------------------------------------------- the data


def all_records():
    return [
        (f"{stem}.jsonl", rec)
        for stem in GAZETTEER_FILES
        for rec in read_jsonl(VEHICLES / f"{stem}.jsonl")
    ]


def test_gazetteer_records_are_well_formed():
    records = all_records()
    assert validate(records) == []
    brands = {rec["name"] for _, rec in records if rec["type"] == "brand"}
    assert len(brands) >= 30
    for required in ("BMW", "MINI", "Mercedes-Benz", "Volkswagen", "Tesla", "BYD", "Xiaomi", "Kia"):
        assert required in brands


def test_no_form_names_models_of_two_brands_unless_marked_ambiguous():
    owners: dict[str, set[tuple[str, bool]]] = {}
    for _, rec in all_records():
        if rec["type"] == "model":
            for form in [rec["name"], *rec.get("aliases", []), *rec.get("doc_aliases", [])]:
                owners.setdefault(form, set()).add((rec["brand"], bool(rec.get("ambiguous"))))
    for form, pairs in owners.items():
        if len({b for b, _ in pairs}) > 1:
            assert all(amb for _, amb in pairs), form


def test_known_codes_are_never_listed_as_non_codes():
    cues = json.loads((VEHICLES / "cues.json").read_text(encoding="utf-8"))
    not_codes = set(cues["not_codes"])
    code_names = {
        form
        for _, rec in all_records()
        if rec["type"] == "code"
        for form in [rec["name"], *rec.get("aliases", [])]
    }
    assert code_names and not code_names & not_codes


def test_unsupported_trim_pattern_fails_with_one_clear_line(tmp_path):
    from factx.vehicles import VehicleRecognizer

    data = tmp_path / "vehicles"
    data.mkdir()
    (data / "patterns.jsonl").write_text(
        json.dumps({"id": "bad", "type": "variant_pattern", "pattern": [{"LOWER": "x"}]}) + "\n"
    )
    with pytest.raises(GazetteerError, match="'bad'"):
        VehicleRecognizer(spacy.blank("en"), tmp_path)


def test_validation_catches_bad_records():
    good = [("brands.jsonl", {"id": "b1", "type": "brand", "name": "Acme", "aliases": []})]
    assert validate(good) == []
    clash = [
        *good,
        ("brands.jsonl", {"id": "b2", "type": "brand", "name": "Zeta", "aliases": []}),
        ("models.jsonl", {"id": "m1", "type": "model", "name": "Roadrunner", "brand": "Acme"}),
        ("models.jsonl", {"id": "m2", "type": "model", "name": "Roadrunner", "brand": "Zeta"}),
    ]
    assert any("not marked ambiguous" in p for p in validate(clash))
    # an alias of one model that is another model's name of the same maker reads one way only
    twice = [
        *good,
        ("models.jsonl", {"id": "m1", "type": "model", "name": "Heron", "brand": "Acme"}),
        ("models.jsonl", {"id": "m2", "type": "model", "name": "Heron R", "brand": "Acme"}),
        ("models.jsonl", {"id": "m3", "type": "model", "name": "Kite", "brand": "Acme"}),
    ]
    assert validate(twice) == []
    twice[1][1]["aliases"] = ["Heron R"]
    assert any("names 2 models of 'Acme'" in p for p in validate(twice))
    for bad in (
        {"id": "b1", "type": "brand", "name": "Dup"},
        {"id": "x", "type": "car", "name": "X"},
        {"id": "m", "type": "model", "name": "Y", "brand": "Nobody"},
        {"id": "v", "type": "variant", "name": " padded", "brand": "Acme"},
        {"id": "c", "type": "code", "name": "Q1", "brand": "Acme", "model": "Missing"},
        {"id": "k", "type": "model", "name": "Z", "brand": "Acme", "colour": "red"},
    ):
        assert validate([*good, ("x.jsonl", bad)]), bad


def test_malformed_data_file_fails_with_one_clear_line(tmp_path):
    (tmp_path / "brands.jsonl").write_text('{"id": "b", "type": "brand", "name": "A"}\n{oops\n')
    with pytest.raises(GazetteerError, match=r"brands\.jsonl:2"):
        Gazetteer.load(tmp_path)
    (tmp_path / "brands.jsonl").write_text(json.dumps({"id": "b", "type": "brand"}) + "\n")
    with pytest.raises(GazetteerError, match="name"):
        Gazetteer.load(tmp_path)
    (tmp_path / "brands.jsonl").unlink()
    (tmp_path / "patterns.jsonl").write_text(
        json.dumps({"id": "p", "type": "code_shape", "regex": "[A-"}) + "\n"
    )
    with pytest.raises(GazetteerError, match="bad regex"):
        Gazetteer.load(tmp_path)
    (tmp_path / "patterns.jsonl").unlink()
    (tmp_path / "cues.json").write_text("{not json")
    with pytest.raises(GazetteerError, match=r"cues\.json"):
        Gazetteer.load(tmp_path)


def test_unknown_trims_by_position(nlp):
    spans = ents(
        nlp, "Nissan says the Ariya Zephyrblue costs more, and the Ariya Moonlit trim follows."
    )
    trims = [(s.text, s._.model) for s in spans if s.label_ == "VARIANT"]
    assert trims == [("Zephyrblue", "Ariya"), ("Moonlit", "Ariya")]
    # months, places and a title-case headline are not trims
    spans = ents(
        nlp, "Nissan Ariya Gets Bigger Battery And New Look\n\nThe Ariya January sales rose."
    )
    assert not [s for s in spans if s.label_ == "VARIANT"]
    spans = ents(nlp, "Nissan builds the Ariya China-made battery in Sunderland.")
    assert not [s for s in spans if s.label_ == "VARIANT"]


def test_two_letter_codes_need_a_cue_or_parenthesis(nlp):
    spans = ents(
        nlp, "The current Outlander generation, known as GN, is built in Japan by Mitsubishi."
    )
    assert [(s.text, s._.model) for s in spans if s.label_ == "MODEL_CODE"] == [("GN", "Outlander")]
    spans = ents(nlp, "Dodge says the current Durango, a WD-generation SUV, stays on sale.")
    assert [s.text for s in spans if s.label_ == "MODEL_CODE"] == ["WD"]
    assert not [
        s
        for s in ents(nlp, "The next generation of AI chips helps BMW.")
        if s.label_ == "MODEL_CODE"
    ]


def test_a_makers_trim_after_the_and_an_adjective(nlp):
    for text in (
        "Suzuki's e Vitara is new. The entry Motion is cheap.",
        "Suzuki's e Vitara is new. Even the better-equipped Motion is cheap.",
    ):
        assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["Motion"]
    # without its maker in the article, or opening a sentence, the word is no trim
    assert not [s for s in ents(nlp, "The entry Motion is cheap.") if s.label_ == "VARIANT"]
    assert not [s for s in ents(nlp, "Suzuki sells it. Motion is cheap.") if s.label_ == "VARIANT"]


@pytest.mark.parametrize(
    ("text", "platform", "brand"),
    [
        (
            "Lower down the range, the Artura rides on McLaren's MCLA architecture.",
            "MCLA",
            "McLaren",
        ),
        ("The newcomer will sit on Chery's Q7X platform.", "Q7X", "Chery"),
        ("It rides on a new electric platform called e:Architecture.", "e:Architecture", None),
        ("The roadster will use the new ZPP platform.", "ZPP", None),
        ("The Grecale shares the Giorgio platform with the petrol car.", "Giorgio", None),
        ("The Polestar 5 sits on PPA, our bonded-aluminium platform.", "PPA", None),
        ("Called QX9, it is a ladder-frame truck architecture.", "QX9", None),
    ],
)
def test_an_unknown_name_before_a_platform_noun_is_a_platform(nlp, text, platform, brand):
    found = [(s.text, s._.brand) for s in ents(nlp, text) if s.label_ == "PLATFORM"]
    assert found == [(platform, brand)]


@pytest.mark.parametrize(
    "text",
    [
        "The Republican platform was rewritten.",
        "The car uses the same EV platform as its sibling.",
        "It runs Google's Android Automotive platform.",
        "Platform sharing saves money.",
        "Called Oulu, it is a town with a famous platform.",
    ],
)
def test_words_before_a_platform_noun_that_name_no_platform(nlp, text):
    assert [s.text for s in ents(nlp, text) if s.label_ == "PLATFORM"] == []


def test_a_number_after_a_brand_that_numbers_its_models_is_a_model(nlp):
    # "Omoda 5" and "Avatr 11" are in the data; an unlisted number names a model too
    spans = ents(nlp, "Omoda will add the Omoda 4 next year, alongside the Avatr 15.")
    assert [(s.label_, s.text, s._.brand) for s in spans if s.label_ == "MODEL"] == [
        ("MODEL", "Omoda 4", "Omoda"),
        ("MODEL", "Avatr 15", "Avatr"),
    ]
    # a count or a share is no model
    spans = ents(nlp, "Omoda sold 4 cars in the first hour; Avatr 12 percent more.")
    assert [s.label_ for s in spans] == ["BRAND", "BRAND"]


def test_a_code_of_any_shape_after_a_strong_code_cue(nlp):
    spans = ents(nlp, "Omoda will add the Omoda 4, a smaller crossover known internally as T1GC.")
    code = find(spans, "T1GC", "MODEL_CODE")[0]
    assert code._.model == "Omoda 4"
    # digits alone, after a strong cue
    for text in ("Alfa Romeo's next Giulia, coded 966, follows.", "The Giulia, project code 966."):
        code = find(ents(nlp, text), "966", "MODEL_CODE")[0]
        assert code._.model == "Giulia"
    # a year after the cue is no code
    spans = ents(nlp, "The Omoda 5, known internally as 2027, is a test.")
    assert [s.text for s in spans if s.label_ == "MODEL_CODE"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Work on the Valkyrie, originally known as AM-RB 001, began early.", "AM-RB 001"),
        ("The Revuelto, which carries the code LB 744, is Lamborghini's V12.", "LB 744"),
        ("Kia's EV2, internally known as SV-1, arrives in 2026.", "SV-1"),
        ("Ferrari's new V8 hybrid, known internally as F173M, is due.", "F173M"),
    ],
)
def test_a_code_of_several_tokens_after_a_code_cue(nlp, text, code):
    spans = ents(nlp, text)
    assert [s.text for s in spans if s.label_ == "MODEL_CODE"] == [code]


def test_pieces_of_a_compound_code_without_a_cue_are_no_code(nlp):
    spans = ents(nlp, "Visitors could see the AM-RB 001 and the SV-1 at the show.")
    assert [s.text for s in spans if s.label_ == "MODEL_CODE"] == []


@pytest.mark.parametrize(
    ("text", "code", "model"),
    [
        ("Infiniti is expanding the third-generation QX80 (codename Y63).", "Y63", "QX80"),
        ("The Lincoln Navigator, which engineers know as U754, gains more.", "U754", "Navigator"),
    ],
)
def test_codes_with_their_cue_inside_a_parenthesis_or_after_know_as(nlp, text, code, model):
    assert [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"] == [
        (code, model)
    ]


def test_engine_layouts_are_no_codes(nlp):
    spans = ents(nlp, "There will be no V12 Rolls-Royce Spectre, and the Bentley keeps its W12.")
    assert [s.text for s in spans if s.label_ == "MODEL_CODE"] == []


def test_a_known_platform_s_named_evolution_is_one_platform(nlp):
    spans = ents(nlp, "The Lynk & Co 08 stays on the CMA Evo platform.")
    assert [s.text for s in spans if s.label_ == "PLATFORM"] == ["CMA Evo"]


def test_an_unknown_trim_with_a_digit_after_its_model(nlp):
    spans = ents(nlp, "The news is the GWM Tank 300 Hi4-T, while the VW Golf Mk8 is ageing.")
    assert [(s.label_, s.text) for s in spans if s.label_ in ("VARIANT", "MODEL_CODE")] == [
        ("VARIANT", "Hi4-T"),
        ("MODEL_CODE", "Mk8"),
    ]


def test_a_platform_read_by_position_is_recognised_again_later(nlp):
    text = (
        "The Honda 0 SUV rides on a new platform called e:Architecture. "
        "The Acura RSX is also based on e:Architecture."
    )
    spans = [s for s in ents(nlp, text) if s.label_ == "PLATFORM"]
    assert [s.text for s in spans] == ["e:Architecture", "e:Architecture"]


def test_generic_trims_stand_alone_only_in_a_list_of_versions(nlp):
    text = "The GWM Ora 03 comes in two versions: the Pro, with 48 kWh, and the GT."
    found = trims(nlp, text)
    assert found == [("Pro", "Ora 03"), ("GT", "Ora 03")]
    assert [s.label_ for s in ents(nlp, "The GWM Ora 03 gets the GT look.")] == ["BRAND", "MODEL"]


def test_a_generic_trim_priced_after_for_the(nlp):
    text = "The Li Auto i8 runs from 321,800 yuan for the Pro to 369,800 yuan for the Ultra."
    found = trims(nlp, text)
    assert found == [("Pro", "i8"), ("Ultra", "i8")]
    text = "The Li Auto i8 costs 300,000 yuan for the GT look."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == []


def test_a_trim_contrasted_with_one_the_sentence_named(nlp):
    text = (
        "The Leapmotor B10 is here. In Life trim it uses a 56 kWh battery, while the Design "
        "gets a 67 kWh pack, whereas the better-equipped Ultra adds more."
    )
    found = trims(nlp, text)
    assert found == [("Life", "B10"), ("Design", "B10"), ("Ultra", "B10")]
    text = (
        "The Togg T10X Long Range uses an 88 kWh battery, while the dual-motor, "
        "all-wheel-drive 4More delivers 330 kW."
    )
    found = trims(nlp, text)
    assert found == [("Long Range", "T10X"), ("4More", "T10X")]
    # a plural subject, or no trim before it, is no trim
    text = "The Kia EV3 Air costs less, while the Germans prefer diesel."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["Air"]
    text = "The Kia EV3 costs less, while the Design gets praise."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == []
    # a semicolon sets one trim against another as "while" does
    text = "The Leapmotor B10 starts in Life trim; the Design, at £30,995, gets a bigger pack."
    found = trims(nlp, text)
    assert found == [("Life", "B10"), ("Design", "B10")]
    # an aside may stand between the trim and its verb
    text = (
        "The BYD Atto 1 Dynamic costs less, while the Premium, with a bigger battery, costs more."
    )
    found = trims(nlp, text)
    assert found == [("Dynamic", "Atto 1"), ("Premium", "Atto 1")]


def test_an_unknown_trim_placed_in_the_range(nlp):
    text = (
        "The Lynk & Co 08 is updated. The entry-level Core uses one motor, and the "
        "range-topping Halo adds a second one. The Alpine A390 is good for 555 km in GT form."
    )
    found = trims(nlp, text)
    assert found == [("Core", "08"), ("Halo", "08"), ("GT", "A390")]
    # a paragraph naming no model: the model opening the paragraph before
    text = (
        "The Lynk & Co 08 is updated.\n\nTwo versions are offered. The range-topping Halo "
        "adds a second motor."
    )
    found = trims(nlp, text)
    assert found == [("Halo", "08")]
    # a lead word before a place or a sentence-initial word is no trim
    text = "The Kia EV3 is here. The all-wheel-drive Germany-built car is quick."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == []


def test_a_named_alias_establishes_a_brand_whose_bare_name_needs_it(nlp):
    text = "Scout Motors will build the Traveler. Scout says the Terra follows."
    assert labelled(nlp, text) == [
        ("BRAND", "Scout Motors"),
        ("MODEL", "Traveler"),
        ("BRAND", "Scout"),
        ("MODEL", "Terra"),
    ]
    # the bare words alone name nothing
    assert labelled(nlp, "The Boy Scout was a seasoned traveler on terra firma.") == []
    # a model that stands only right after its brand follows a brand named that way
    text = "Slate Auto takes a different route: its only model, the Slate Truck, is basic."
    assert labelled(nlp, text) == [("BRAND", "Slate Auto"), ("BRAND", "Slate"), ("MODEL", "Truck")]


def test_trims_listed_after_a_plural_trim_noun_and_named_again(nlp):
    text = (
        "The Kia EV9 is available in three grades – Air, Earth and GT-Line – priced at "
        "€67,500. The Earth uses two motors."
    )
    found = trims(nlp, text)
    assert found == [("Air", "EV9"), ("Earth", "EV9"), ("GT-Line", "EV9"), ("Earth", "EV9")]
    # one name after the noun is no list
    text = "The Kia EV9 has two versions, Standard range and more."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == []


def test_a_generic_trim_opening_its_sentence_set_off_by_a_comma(nlp):
    text = "The VW ID.4 starts at €39,995. The Pro, with a 77 kWh battery, covers 550 km."
    found = trims(nlp, text)
    assert found == [("Pro", "ID.4")]
    # without the comma it needs a model in the sentence before
    text = "VW has news on prices. The Pro costs more."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == []


def test_a_powertrain_suffix_after_a_model_is_a_trim_unless_the_name_is_listed(nlp):
    text = (
        "The Toyota Hilux BEV is the newest of them, while the Ford Ranger PHEV tows a great "
        "deal more and the Tata Nexon EV sells in bigger numbers than either of them."
    )
    assert [(s.label_, s.text) for s in ents(nlp, text) if s.label_ in ("MODEL", "VARIANT")] == [
        ("MODEL", "Hilux"),
        ("VARIANT", "BEV"),
        ("MODEL", "Ranger"),
        ("VARIANT", "PHEV"),
        ("MODEL", "Nexon EV"),
    ]


def test_electric_versions_sold_under_their_own_name_are_models(nlp):
    text = "Citroën cut the e-C3 to €21,990; the petrol C3 and the ë-C3 Aircross stay."
    models = [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == [("e-C3", "e-C3"), ("C3", "C3"), ("ë-C3 Aircross", "e-C3 Aircross")]
    text = "MG replaced the ZS EV with the MGS5; the petrol ZS stays."
    models = [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == ["ZS EV", "MGS5", "ZS"]


def test_a_common_word_model_name_counts_in_its_makers_article_but_not_in_a_compound(nlp):
    text = "Tesla also builds trucks. And the Semi? Semi-autonomous driving comes first."
    assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL"] == ["Semi"]
    assert [s.text for s in ents(nlp, "Semi trucks are big.") if s.label_ == "MODEL"] == []


def test_designations_with_a_separate_hybrid_letter_or_drive_word(nlp):
    text = (
        "The Mercedes GLE 400 e 4MATIC joins the GLE 450 4MATIC, while BMW readies the iX5 "
        "M70 xDrive and the Renault Captur Hybrid 145 4x4."
    )
    found = [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert found == ["GLE 400 e 4MATIC", "GLE 450 4MATIC", "M70 xDrive", "Hybrid 145 4x4"]


def test_platforms_with_dots_and_plus_signs(nlp):
    text = "The Harrier EV rides on acti.ev+, a stretched acti.ev, while Mahindra uses INGLO."
    found = [(s.text, s._.brand) for s in ents(nlp, text) if s.label_ == "PLATFORM"]
    assert found == [("acti.ev+", "Tata"), ("acti.ev", "Tata"), ("INGLO", "Mahindra")]


def test_engine_designations_named_without_their_model(nlp):
    text = (
        "The Audi A8 is updated: the 55 TFSI quattro makes 250 kW and the 60 TFSI e quattro "
        "gets a larger battery. In the Mercedes-Benz S-Class, the S 450 4MATIC and S 580 e "
        "carry on."
    )
    found = trims(nlp, text)
    assert found[:4] == [
        ("55 TFSI quattro", "A8"),
        ("60 TFSI e quattro", "A8"),
        ("S 450 4MATIC", "S-Class"),
        ("S 580 e", "S-Class"),
    ]
    # without the maker in the article, a letter and a number are nothing
    assert ents(nlp, "Seats in row S 450 were sold out.") == []


def test_mercedes_designations_known_by_their_drive_suffix(nlp):
    text = "Mercedes has priced the new GLE. The 450 4MATIC costs more than the 350 e 4MATIC."
    assert trims(nlp, text) == [("450 4MATIC", "GLE"), ("350 e 4MATIC", "GLE")]
    # a number before the suffix is no trim where no Mercedes is named
    assert trims(nlp, "The 450 4MATIC costs more.") == []
    # the vans' diesel designations, with their model or without it
    text = "Mercedes updates the Sprinter: the Sprinter 315 CDI and the 318 CDI get more power."
    assert trims(nlp, text) == [("Sprinter 315 CDI", "Sprinter"), ("318 CDI", "Sprinter")]


def test_a_capitalised_edition_word_closes_the_trim_name(nlp):
    text = (
        "Skoda has shown the Jan Novak Edition, a version of the Kodiaq with red seats. "
        "Buyers of the Novak Edition also get a plaque."
    )
    found = [(s.text, s._.normalized, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert found == [
        ("Jan Novak Edition", "Jan Novak Edition", "Kodiaq"),
        ("Novak Edition", "Jan Novak Edition", "Kodiaq"),
    ]
    # right after its model too
    text = "Skoda has shown the Kodiaq Tampere Edition with red seats."
    found = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert found == [("Tampere Edition", "Kodiaq")]


def test_toyotas_bz_needs_its_maker_only_somewhere_in_the_article(nlp):
    text = "Toyota sold more EVs. The bZ, once called the bZ4X, did best."
    assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL"] == ["bZ", "bZ4X"]
    assert [s.text for s in ents(nlp, "The bZ did best.") if s.label_ == "MODEL"] == []


def test_a_hybrid_named_by_its_output_needs_no_model_before_it(nlp):
    text = "Toyota sells the C-HR Hybrid 140, while the Hybrid 200 adds power."
    assert trims(nlp, text) == [("Hybrid 140", "C-HR"), ("Hybrid 200", "C-HR")]


def test_a_volvo_powertrain_keeps_its_drive_when_written(nlp):
    text = "Volvo prices the XC60 T6 AWD above the XC60 B4."
    assert trims(nlp, text) == [("T6 AWD", "XC60"), ("B4", "XC60")]


def test_a_known_code_named_after_a_body_noun_is_a_code(nlp):
    text = "Porsche has shown its seven-seat electric SUV, the K1, to dealers."
    assert [(s.label_, s.text) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"] == [
        ("MODEL_CODE", "K1")
    ]
    # the same letters without the cue stay no code
    text = "Porsche has shown the K1 to dealers."
    assert [s for s in ents(nlp, text) if s.label_ == "MODEL_CODE"] == []


def test_trim_names_listed_together_name_versions(nlp):
    text = (
        "Hyundai sells the Ioniq 9 in Europe. The Advance and Premium both get one motor. "
        "The Advance costs less."
    )
    spans = ents(nlp, text)
    assert [(s.text, s._.model) for s in spans if s.label_ == "VARIANT"] == [
        ("Advance", "Ioniq 9"),
        ("Premium", "Ioniq 9"),
        ("Advance", "Ioniq 9"),
    ]
    # settings are no versions, and one trim word alone is no list
    for text in (
        "Hyundai sells the Ioniq 9. The Sport and Comfort modes differ.",
        "Hyundai sells the Ioniq 9. The Premium feel is clear.",
    ):
        assert not [s for s in ents(nlp, text) if s.label_ == "VARIANT"]


def test_a_generic_trim_after_a_rank_word_or_as_the_tested_car(nlp):
    spans = ents(nlp, "Volvo's ES90 is new. The entry Single Motor is quiet.")
    assert [(s.text, s._.model) for s in spans if s.label_ == "VARIANT"] == [
        ("Single Motor", "ES90")
    ]
    text = (
        "Suzuki's e Vitara is built with the e Vitara's twin, the Toyota Urban Cruiser.\n\n"
        "My car is the Ultra, with a larger battery."
    )
    # a new paragraph's trim goes to the model the last paragraph named most
    assert trims(nlp, text) == [("Ultra", "e Vitara")]
    assert not [
        s
        for s in ents(nlp, "Suzuki's e Vitara is new. The Ultra feel is rare.")
        if s.label_ == "VARIANT"
    ]


def test_a_generic_trim_priced_where_it_stands(nlp):
    text = (
        "The BYD Shark 6 range opens with the Dynamic at $52,990, while the Premium costs "
        "$56,990. Buyers pay $62,990 for the Performance."
    )
    assert trims(nlp, text) == [
        ("Dynamic", "Shark 6"),
        ("Premium", "Shark 6"),
        ("Performance", "Shark 6"),
    ]
    # a price after a word that is no trim, or no price at all, names none
    text = "The BYD Shark 6 is the Premium choice at this level. The Dynamic feel is clear."
    assert not [s for s in ents(nlp, text) if s.label_ == "VARIANT"]


def test_a_model_the_text_names_by_calling_it_so(nlp):
    text = (
        "Bentley's first EV, codenamed BU1, is likely to be called the Barnato. "
        "The Barnato arrives in 2027. Internally the GLC is called X540."
    )
    spans = ents(nlp, text)
    assert [(s.text, s._.brand) for s in spans if s.label_ == "MODEL" and s.text == "Barnato"] == [
        ("Barnato", "Bentley"),
        ("Barnato", "Bentley"),
    ]
    assert not [s for s in spans if s.label_ == "MODEL" and s.text == "X540"]


def test_a_model_number_and_engine_name_form_one_variant_and_long_codes(nlp):
    spans = ents(
        nlp, "In Germany the Audi Q3 35 TFSI starts at €44,500. The Toyota GR Yaris (GXPA16)."
    )
    assert [(s.label_, s.text) for s in spans if s.label_ in ("VARIANT", "MODEL_CODE")] == [
        ("VARIANT", "Q3 35 TFSI"),
        ("MODEL_CODE", "GXPA16"),
    ]


def test_two_trim_words_before_a_trim_noun_are_one_trim(nlp):
    spans = ents(nlp, "Vauxhall sells the Frontera Electric in YES Edition trim for £25,000.")
    assert [s.text for s in spans if s.label_ == "VARIANT"] == ["YES Edition"]


def test_trims_listed_before_a_plural_trim_noun(nlp):
    for text, trims in (
        ("Alpine's A110 is new. Alpine plans GT and GTS versions.", ["GT", "GTS"]),
        ("Deepal's S07 is new. The S07 comes in Pure and Max trims.", ["Pure", "Max"]),
        ("Deepal's S07 is new. The S07 is sold in Pure and Max trim.", ["Pure", "Max"]),
    ):
        spans = [s for s in ents(nlp, text) if s.label_ == "VARIANT"]
        assert [s.text for s in spans] == trims, text
        assert {s._.model for s in spans} == {text.split("'s ")[1].split()[0]}
    # a singular noun lists trims only after "in"
    text = "Deepal's S07 is new. The Ember and Quill version is due."
    assert not [s for s in ents(nlp, text) if s.label_ == "VARIANT"]
    # two capitalised words before "versions" with no model in the paragraph are no trims
    assert not [
        s for s in ents(nlp, "Sales and Marketing versions differ.") if s.label_ == "VARIANT"
    ]


def test_a_known_trim_opening_the_sentence_heads_a_list_before_a_trim_noun(nlp):
    text = "Volkswagen's Tiguan is updated. Elegance or R-Line trims arrive in May."
    spans = [s for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert [(s.text, s._.model) for s in spans] == [("Elegance", "Tiguan"), ("R-Line", "Tiguan")]
    # a capitalised word the gazetteer does not know stays no trim there
    text = "Volkswagen's Tiguan is updated. Harbour and R-Line trims arrive in May."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["R-Line"]


def test_a_name_that_needs_its_brand_beside_it_stands_before_its_code(nlp):
    spans = ents(nlp, "Peugeot news. The petrol 2008 (P24) ended its run in 2025.")
    assert [(s.label_, s.text) for s in spans] == [
        ("BRAND", "Peugeot"),
        ("MODEL", "2008"),
        ("MODEL_CODE", "P24"),
    ]
    # a bare number in parentheses is no code's mark
    spans = ents(nlp, "Peugeot news. The 2008 (about 400 cars) is gone.")
    assert [s.label_ for s in spans] == ["BRAND"]


def test_a_generic_trim_a_maker_introduces_belongs_to_its_model(nlp):
    text = (
        "The Porsche Macan Electric shares its underpinnings with the Audi Q6 e-tron.\n\n"
        "Porsche revealed a GTS last month. Audi is a rival."
    )
    assert trims(nlp, text) == [("GTS", "Macan Electric")]
    assert not [
        s
        for s in ents(nlp, "The Porsche Macan Electric is new. It has a GTS feel.")
        if s.label_ == "VARIANT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nissan's updated Sakura (model code B6AW) goes on sale next spring.",
        "The Nissan Sakura (internal code: B6AW) goes on sale next spring.",
    ],
)
def test_a_code_of_any_shape_after_model_code_in_parentheses(nlp, text):
    assert codes(ents(nlp, text)) == [("B6AW", "Sakura", "Nissan")]


def test_a_variant_holding_its_model_named_again_without_it(nlp):
    text = (
        "The BMW iX3 50 xDrive has 345 kW, while the iX3 40 makes 240 kW. "
        "The 50 xDrive is priced from €68,900; the 40 costs €59,900. The 40 cars sold out."
    )
    got = [(s.text, s._.normalized, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert got == [
        ("iX3 50 xDrive", "iX3 50 xDrive", "iX3"),
        ("iX3 40", "iX3 40", "iX3"),
        ("50 xDrive", "iX3 50 xDrive", "iX3"),
        ("40", "iX3 40", "iX3"),
    ]


def test_single_letter_and_graded_trims_listed_then_named_together(nlp):
    text = (
        "Hyundai's Creta Electric comes in E, S, SX and SX(O) trims. The E and S use the "
        "smaller battery; the SX(O) costs more."
    )
    got = trims(nlp, text)
    assert got == [
        ("E", "Creta Electric"),
        ("S", "Creta Electric"),
        ("SX", "Creta Electric"),
        ("SX(O)", "Creta Electric"),
        ("E", "Creta Electric"),
        ("S", "Creta Electric"),
        ("SX(O)", "Creta Electric"),
    ]


def test_trims_listed_in_a_paragraph_naming_no_model_belong_to_the_last_paragraphs_topic(nlp):
    text = (
        "The Toyota Pixis Epoch is a sister model of the Daihatsu Mira e:S and succeeds the "
        "Pixis Joy.\n\nThe vehicle is offered in L, X and G grades."
    )
    got = trims(nlp, text)
    assert got == [("L", "Pixis Epoch"), ("X", "Pixis Epoch"), ("G", "Pixis Epoch")]


def test_a_new_paragraphs_trim_goes_to_the_body_the_story_is_on_not_the_aside(nlp):
    # the story is on the Sportback (headline and first sentence); the plain Q5 is named once,
    # last, in passing: the next paragraph's trim is the Sportback's
    text = (
        "Audi Q5 Sportback gets new prices\n\nAudi has lowered what the Q5 Sportback costs in "
        "Chile. The Q5 itself is unchanged.\n\nThe S line now costs less and keeps its wheels."
    )
    assert trims(nlp, text) == [("S line", "Q5 Sportback")]
    # the other way round: a story on the Q5 naming the Sportback last
    text = (
        "Audi Q5 gets new prices\n\nAudi has lowered what the Q5 costs in Chile. The Q5 "
        "Sportback follows later.\n\nThe S line now costs less and keeps its wheels."
    )
    assert trims(nlp, text) == [("S line", "Q5")]


def test_a_word_before_trim_in_a_paragraph_naming_no_model_is_a_trim_of_the_last_model(nlp):
    text = (
        "Skoda has new prices for the Octavia in Chile.\n\nThe entry price rises a little. "
        "The plusher Harbour trim now costs more, and so does the rest."
    )
    assert trims(nlp, text) == [("Harbour", "Octavia")]


def test_a_trim_tied_earlier_in_its_paragraph_keeps_its_model_before_a_model_named_after(nlp):
    # "the heaviest Charger" after the trim describes it; the paragraph already tied the
    # trim to the Charger Daytona (the headline's tie is in another paragraph)
    text = (
        "Charger Daytona in Scat Pack form, tested\n\nThe old Charger had a V8 and a manual "
        "gearbox.\n\nThe Scat Pack has two motors. At its weight, this Scat Pack counts as "
        "the heaviest Charger ever sold."
    )
    assert [m for _, m in trims(nlp, text)] == ["Charger Daytona"] * 3


def test_a_trim_known_only_as_another_makers_is_a_trim_right_after_a_model(nlp):
    # the gazetteer knows "L" as a Lincoln trim and a Neta model, not as a Honda name
    text = "Honda news. Key figures of the Honda N-BOX e: L follow."
    got = [(s.label_, s.text, s._.model) for s in ents(nlp, text) if s.label_ != "BRAND"]
    assert got == [("MODEL", "N-BOX e:", None), ("VARIANT", "L", "N-BOX e:")]


def test_a_new_model_described_in_apposition_takes_the_last_brand_named(nlp):
    text = (
        "Genesis pulled the covers off the X Gran Coupé, a long, low fastback concept. "
        "It previews the GT70, an electric sports saloon. Later the GT70 arrives."
    )
    got = [(s.text, s._.brand) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert got == [("X Gran Coupé", "Genesis"), ("GT70", "Genesis"), ("GT70", "Genesis")]
    # a single plain word is too often a place; no brand named before, no model
    assert labelled(nlp, "Genesis went to the Monterey, a long, low coastal town.") == [
        ("BRAND", "Genesis")
    ]
    assert labelled(nlp, "They drove the GT70, an electric saloon.") == []


def test_a_new_model_set_off_by_the_and_its_body_is_that_model_wherever_named_in_full(nlp):
    text = (
        "Volvo says the Osprey Gran Tourer, the long-nosed two-door grand "
        "tourer it showed in Oulu, will be built. Every Osprey Gran Tourer has four-wheel "
        "drive, and the Osprey Gran Tourer will sit above the XC90."
    )
    got = [(s.text, s._.brand) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert got == [("Osprey Gran Tourer", "Volvo")] * 3 + [("XC90", "Volvo")]


def test_a_model_named_by_a_year_like_number_is_one_as_a_determined_subject(nlp):
    text = "Peugeot grew in Oulu. The 2008 climbed to 9,310 units. In 2008 it sold fewer."
    got = [(s.text, s.start_char) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert got == [("2008", text.index("2008"))]


def test_a_plain_word_described_as_a_car_and_named_again_is_a_model(nlp):
    text = (
        "Volvo's star was the Osprey, a small open electric roadster. After the show, "
        "the Osprey will tour Volvo's showrooms."
    )
    got = [(s.text, s._.brand) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert got == [("Osprey", "Volvo")] * 2
    # named once only, or after a place's preposition, it may be a place
    text = "Volvo's star was the Osprey, a small open electric roadster shown in Osprey."
    assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL"] == []


def test_e_glued_before_a_model_names_the_makers_electric_model(nlp):
    text = "Dacia sells the Jogger in Oulu. A partner turns it into the e-Jogger Extreme."
    got = [
        (s.label_, s.text, s._.normalized, s._.model)
        for s in ents(nlp, text)
        if s.label_ != "BRAND"
    ]
    assert got == [
        ("MODEL", "Jogger", "Jogger", None),
        ("MODEL", "e-Jogger", "e-Jogger", None),
        ("VARIANT", "Extreme", "Extreme", "e-Jogger"),
    ]


def test_a_described_model_in_a_paragraph_naming_no_maker_takes_the_storys_one_maker(nlp):
    text = (
        "Volvo sells the XC40 in Oulu.\n\nThe third model is the QX8, a smaller crossover "
        "that Volvo first promised for 2026."
    )
    got = [(s.text, s._.brand) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert got == [("XC40", "Volvo"), ("QX8", "Volvo")]
    # two makers named before it: no telling whose it is
    text = "Volvo sells the XC40 and Kia the EV3.\n\nThen there is the QX8, a small crossover."
    got = [s.text for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert got == ["XC40", "EV3"]


def test_a_name_that_needs_its_brand_stands_before_concept(nlp):
    text = "Lucid news. Lucid showed the Earth concept on Sunday."
    assert ("MODEL", "Earth") in labelled(nlp, text)


def test_a_model_number_in_parentheses_is_a_code_and_a_package_code_is_not(nlp):
    spans = ents(nlp, "Toyota 4Runner news. The trim walk opens with the SR5 (model number 8642).")
    assert codes(spans) == [("8642", "4Runner", "Toyota")]
    spans = ents(nlp, "Toyota 4Runner news. The Technology package (code TQ) costs $1,370.")
    assert codes(spans) == []


def test_a_generic_trim_named_as_the_car_on_test(nlp):
    text = (
        "Hyundai Ioniq 9 review. This one's the Performance, the dual-motor version, and the "
        "EPA rates the Performance at 311 miles."
    )
    got = trims(nlp, text)
    assert got == [("Performance", "Ioniq 9"), ("Performance", "Ioniq 9")]


def test_numbered_chevrolet_grades_and_a_two_word_citroen_trim(nlp):
    text = "Chevrolet Equinox EV news. The battery carries over in the 2LT and 3LT."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["2LT", "3LT"]
    text = "Citroën news. The ë-C3 Urban Range is cheaper."
    assert ("VARIANT", "Urban Range") in labelled(nlp, text)


def test_a_model_name_that_is_part_of_a_place_name_is_no_vehicle(nlp):
    text = "Kia Tasman news. Across the Tasman Sea, buyers pay more for the Tasman."
    assert [s.start_char for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        4,
        text.rindex("Tasman"),
    ]


def test_a_brand_that_is_part_of_a_place_name_is_no_brand(nlp):
    text = "The GR Yaris is built in Toyota City, and the Honda City in Tapukara."
    assert labelled(nlp, text) == [
        ("MODEL", "GR Yaris"),
        ("BRAND", "Honda"),
        ("MODEL", "City"),
    ]


def test_the_skyline_gt_r_is_one_model_with_its_generation_code(nlp):
    spans = ents(nlp, "Nissan news. Its predecessor, the R34 Skyline GT-R, was built until 2002.")
    assert ("MODEL", "Skyline GT-R") in [(s.label_, s.text) for s in spans]
    assert codes(spans) == [("R34", "Skyline GT-R", "Nissan")]


def test_vw_china_names_in_capitals_and_land_rover_engine_designations(nlp):
    spans = ents(nlp, "Volkswagen will sell the ID. UNYX 08 and the ID. AURA in China.")
    assert [(s.text, s._.normalized) for s in spans if s.label_ == "MODEL"] == [
        ("ID. UNYX 08", "ID. Unyx 08"),
        ("ID. AURA", "ID. Aura"),
    ]
    spans = ents(nlp, "Land Rover Defender test. Our D350 pairs a diesel with 350 PS.")
    assert ("VARIANT", "D350") in [(s.label_, s.text) for s in spans]


def test_a_new_model_named_by_a_word_after_its_brand_and_again_after_the(nlp):
    text = "VW unveiled the VW Tengo at Kariega. The Tengo comes in three trims."
    assert labelled(nlp, text) == [
        ("BRAND", "VW"),
        ("BRAND", "VW"),
        ("MODEL", "Tengo"),
        ("MODEL", "Tengo"),
    ]
    # a company word, a place, a nationality, a compound: no model
    for text in (
        "The VW Group grew. The Group is big.",
        "Tesla Shanghai is busy: cars built in Shanghai leave from the Shanghai docks.",
        "BYD Chinese sales rose. The Chinese market is huge.",
        "The Tesla Tengo-style door. The Tengo door is odd.",
    ):
        assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL"] == [], text


def test_a_trim_does_not_belong_to_a_model_named_as_a_point_of_comparison(nlp):
    text = (
        "This is the Hyundai Ioniq 3, which will replace the i30.\n\n"
        "It rides on the platform that underpins the Ioniq 5.\n\n"
        "The Long Range version carries 61 kWh. Fast charging stays the preserve of the "
        "Ioniq 5 and Ioniq 6. The Long Range costs less than a Kona Electric Long Range."
    )
    found = trims(nlp, text)
    assert found == [
        ("Long Range", "Ioniq 3"),
        ("Long Range", "Ioniq 3"),
        ("Long Range", "Kona Electric"),  # written right after the compared model: its own
    ]


def test_a_code_followed_by_internally_is_a_code(nlp):
    text = "The Kia EV2 is ready. The car, which engineers call BX7 internally, is built in Zilina."
    assert ("MODEL_CODE", "BX7") in labelled(nlp, text)


def test_a_two_word_platform_name_set_off_before_its_description(nlp):
    text = (
        "Renault has revealed RGX One, a new electric architecture. "
        "The first car on RGX One will be the Renault 7."
    )
    platforms = [s.text for s in ents(nlp, text) if s.label_ == "PLATFORM"]
    assert platforms == ["RGX One", "RGX One"]


def test_a_trim_named_again_keeps_the_model_it_was_first_named_with(nlp):
    text = (
        "Toyota has revealed the GR Corolla GRMN, a lighter hatch. The GRMN gets 333 PS.\n\n"
        "It follows the Yaris GRMN of 2020. The GRMN was capped at 400 cars.\n\n"
        "The GRMN goes on sale in 2027."
    )
    assert trims(nlp, text) == [
        ("GRMN", "GR Corolla"),
        ("GRMN", "GR Corolla"),
        ("GRMN", "Yaris"),
        ("GRMN", "Yaris"),
        ("GRMN", "GR Corolla"),
    ]


def test_a_bmw_trim_number_names_its_series(nlp):
    text = "BMW's 330e costs less than the 520d xDrive, and the M340i is quicker."
    assert trims(nlp, text) == [
        ("330e", "3 Series"),
        ("520d xDrive", "5 Series"),
        ("M340i", "3 Series"),
    ]


def test_a_code_is_not_linked_to_a_car_compared_after_it(nlp):
    # the car the paragraph is about, not the one it is set against
    text = (
        "Skoda is readying the Epiq. The newcomer, codenamed KW1, will be cheaper than the Kamiq."
    )
    codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("KW1", "Epiq")]
    # a car named after the code without a comparison word is still the code's
    text = "Skoda is readying a new small SUV. The newcomer, codenamed KW1, will be the Epiq."
    codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("KW1", "Epiq")]


def test_a_lower_case_v_between_names_is_versus_not_volts(nlp):
    spans = ents(nlp, "Twin test: BYD Sealion 7 v Kia EV5")
    assert [s.text for s in spans if s.label_ == "MODEL"] == ["Sealion 7", "EV5"]


def test_battery_numbered_versions_and_engine_names(nlp):
    # Tata names versions by battery size; GM's engine names are versions of the truck named
    assert trims(nlp, "Tata's Nexon EV 45 costs more than the Punch EV.") == [
        ("Nexon EV 45", "Nexon EV")
    ]
    text = "Chevrolet's Silverado 1500 keeps its 2.7-liter TurboMax engine."
    assert trims(nlp, text) == [("TurboMax", "Silverado 1500")]


def test_a_word_like_name_written_after_its_brand_stands_alone_later(nlp):
    text = "Ram Dakota revealed. The revived Dakota is a pickup. It is popular in South Dakota."
    models = [(s.text, s.start_char) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == [("Dakota", 4), ("Dakota", 33)]
    # never introduced with its brand, the word is no model
    assert ents(nlp, "The revived Dakota is a pickup.") == []


def test_a_brand_owns_its_model_across_adjectives(nlp):
    # a possessive brand with one or two adjectives before its word-like model names both
    found = [(s.label_, s.text) for s in ents(nlp, "Ram's revived midsize Dakota is a pickup.")]
    assert found == [("BRAND", "Ram"), ("MODEL", "Dakota")]
    # a function word between them ends the phrase; a place's name stays a place
    assert ents(nlp, "Ram's and the Dakota story.") == []
    assert ents(nlp, "South Dakota's famous Crater lake.") == []


def test_a_model_name_in_capitals_is_read_where_its_brand_is_named(nlp):
    # press releases write the name in capitals; it is the model's canonical name
    found = [(s.text, s._.normalized) for s in ents(nlp, "Honda will sell the new CIVIC.")]
    assert found == [("Honda", "Honda"), ("CIVIC", "Civic")]
    # without the brand, a word in capitals is just shouting
    assert ents(nlp, "THE NEW CIVIC IS HERE.") == []


def test_honda_hybrid_grades(nlp):
    text = "Honda's Vezel comes as e:HEV X, e:HEV Z and e:HEV RS."
    assert trims(nlp, text) == [("e:HEV X", "Vezel"), ("e:HEV Z", "Vezel"), ("e:HEV RS", "Vezel")]


def test_a_trims_short_form_is_the_trim_written_in_full_before(nlp):
    text = (
        "We drove a Carrera GTS edition of Porsche's 911 and the BMW M4 CS.\n\n"
        "The GTS was quicker than the BMW M4 CS."
    )
    gts = [(s._.normalized, s._.model) for s in ents(nlp, text) if s.text == "GTS"]
    assert gts == [("Carrera GTS", "911")]
    # a trim of that very name keeps its own: "the S, Pro and Pro S"
    text = "The VW ID.4 comes as S, Pro and Pro S. The S has one motor."
    assert [s._.normalized for s in ents(nlp, text) if s.text == "S"] == ["S", "S"]


def test_a_trim_named_by_its_figure(nlp):
    text = "The Renault 5 Evolution costs less. The 52 kWh Techno keeps its price."
    assert trims(nlp, text) == [("Evolution", "Renault 5"), ("Techno", "Renault 5")]
    # without a determiner before the figure the word is not read as the trim
    assert trims(nlp, "The Renault 5 has 52 kWh Techno music.") == []


def test_a_bare_trim_is_not_the_one_a_rival_model_wears_in_full(nlp):
    text = (
        "Lamborghini revealed the Temerario STO.\n\n"
        "The STO succeeds the Huracán STO, built until the Huracán line ended."
    )
    assert trims(nlp, text) == [
        ("STO", "Temerario"),
        ("STO", "Temerario"),
        ("STO", "Huracán"),
    ]


def test_renault_zoe_motor_versions(nlp):
    text = "The Renault Zoe got the R135 motor in 2020; the R110 stayed on."
    assert trims(nlp, text) == [("R135", "Zoe"), ("R110", "Zoe")]


def test_a_trim_written_with_its_model_is_not_a_later_sibling_s(nlp):
    text = (
        "A raised Kamiq Monte Carlo drove past. "
        "Skoda says the Monte Carlo will not get four-wheel drive, leaving that to the Karoq."
    )
    assert trims(nlp, text) == [("Monte Carlo", "Kamiq"), ("Monte Carlo", "Kamiq")]


def test_a_models_other_known_codes_count_once_one_is_read_as_a_code(nlp):
    """ "coded ND ... The NC followed the NB": in an article that reads one of a model's codes,
    its other generations' codes are codes too, even without a cue of their own."""
    text = (
        "Mazda's roadster, coded ND, arrived in 2015. Before it, the NC followed the NB, "
        "which had replaced the NA."
    )
    codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("ND", "MX-5"), ("NC", "MX-5"), ("NB", "MX-5"), ("NA", "MX-5")]
    # without a code read as one, the same letters stay letters
    text = "The Mazda MX-5 review: NB, the NC rating is NA."
    assert not [s for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]


def test_a_known_code_described_as_a_body_type_is_a_code(nlp):
    text = "Porsche will then show the K1, a large electric SUV for three rows of seats."
    assert ("MODEL_CODE", "K1") in labelled(nlp, text)


def test_a_mercedes_class_number_names_its_class(nlp):
    text = "Mercedes-Benz sells the GLC in three versions and the new car as the E 300 e 4MATIC."
    assert ("E 300 e 4MATIC", "E-Class") in trims(nlp, text)


def test_porsches_718_stands_alone_where_porsche_is_named(nlp):
    text = "Porsche has set a date for the electric 718. The 718 arrives next spring."
    assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL"] == ["718", "718"]


def test_a_hybrid_named_by_its_output_is_one_trim(nlp):
    text = "Citroen sells the C5 Aircross Hybrid 136 and the C5 Aircross Plug-in Hybrid 225."
    assert trims(nlp, text) == [
        ("Hybrid 136", "C5 Aircross"),
        ("Plug-in Hybrid 225", "C5 Aircross"),
    ]


def test_kei_cars_and_their_grades(nlp):
    text = "Nissan's Dayz comes as the Highway Star G Turbo, and Mitsubishi sells the eK Wagon."
    assert labelled(nlp, text)[1:] == [
        ("MODEL", "Dayz"),
        ("VARIANT", "Highway Star G Turbo"),
        ("BRAND", "Mitsubishi"),
        ("MODEL", "eK Wagon"),
    ]


def test_cherys_super_hybrid_is_one_trim(nlp):
    assert trims(nlp, "Chery sells the Tiggo 7 Super Hybrid in Spain.") == [
        ("Super Hybrid", "Tiggo 7")
    ]


def test_robotaxi_makers_and_their_vehicles(nlp):
    text = "Waymo will add the Ojai in Austin, and Baidu offers its RT6 to cab firms."
    assert labelled(nlp, text) == [
        ("BRAND", "Waymo"),
        ("MODEL", "Ojai"),
        ("BRAND", "Baidu"),
        ("MODEL", "RT6"),
    ]


def test_a_model_named_like_a_state_needs_its_brand_beside_it(nlp):
    text = "Drivers in Colorado get a state credit on the Chevrolet Equinox EV."
    assert ("MODEL", "Colorado") not in labelled(nlp, text)
    text = "The Chevrolet Colorado ZR2 is new, and the Colorado Trail Boss is cheaper."
    assert [s for s in labelled(nlp, text) if s[0] == "MODEL"] == [
        ("MODEL", "Colorado"),
        ("MODEL", "Colorado"),
    ]


def test_a_code_read_by_its_cue_lets_the_models_known_codes_count(nlp):
    """A code not in the data ("known internally as ZX9"), read as the model's by its cue,
    lets the model's known codes in the article count too."""
    text = (
        "The next Mazda MX-5, known internally as ZX9, is coming. "
        "It follows the ND, which replaced the NC."
    )
    codes = [s.text for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == ["ZX9", "ND", "NC"]


def test_chevrolets_bolt_ev_and_bolt_euv_are_models_of_their_own(nlp):
    text = "A used Chevrolet Bolt EV costs less than a Bolt EUV, and the new Bolt more."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        "Bolt EV",
        "Bolt EUV",
        "Bolt",
    ]


def test_mercedes_coupe_suvs_keep_their_accent(nlp):
    text = "The Mercedes-Benz GLC Coupe costs more than the GLE Coupé."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        "GLC Coupé",
        "GLE Coupé",
    ]


def test_a_models_name_without_its_number_is_the_one_numbered_model_named(nlp):
    text = "The Toyota Land Cruiser 300 is big. On gravel the Land Cruiser feels at home."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        "Land Cruiser 300",
        "Land Cruiser 300",
    ]
    # two numbered models: the short name stays as written
    text = "Toyota lists a Land Cruiser 300 and a Land Cruiser 70; the Land Cruiser badge is old."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        "Land Cruiser 300",
        "Land Cruiser 70",
        "Land Cruiser",
    ]


def test_toyotas_i_force_max_keeps_its_own_name(nlp):
    text = "The Toyota Tundra i-Force Max is the pick of the range."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["i-Force Max"]


def test_renaults_small_ev_platform_by_its_former_name(nlp):
    text = "The Renault 5 sits on CMF-BEV, since renamed."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "PLATFORM"] == ["AmpR Small"]


def test_a_brand_named_only_in_its_own_articles_counts_before_its_model(nlp):
    # "Scout" alone is a common word; before its own model it names the maker
    text = "Scout Traveler\nThe new SUV is due in 2027, and the Scout name is back."
    spans = labelled(nlp, text)
    assert ("BRAND", "Scout") in spans
    assert ("MODEL", "Traveler") in spans


def test_rams_ramcharger_is_a_version_of_the_1500(nlp):
    text = "The Ram 1500 Ramcharger carries a V6 generator."
    assert [(s.label_, s._.normalized, s._.model) for s in ents(nlp, text)][1:] == [
        ("MODEL", "1500", None),
        ("VARIANT", "Ramcharger", "1500"),
    ]


def test_ram_alone_names_the_maker_once_it_stood_before_its_model(nlp):
    text = "The Ram 1500 gets a V8 again. Ram says orders open in May."
    assert [s.text for s in ents(nlp, text) if s.label_ == "BRAND"] == ["Ram", "Ram"]
    # no model of the maker: the word is not read as a name
    assert [s.text for s in ents(nlp, "Ram raids on dealers rose.") if s.label_ == "BRAND"] == []


def test_hyundais_n_after_an_ioniq_is_a_trim_of_it(nlp):
    text = "The Hyundai Ioniq 6 N is quicker than the Ioniq 5 N."
    assert [(s.label_, s.text, s._.model) for s in ents(nlp, text)][1:] == [
        ("MODEL", "Ioniq 6", None),
        ("VARIANT", "N", "Ioniq 6"),
        ("MODEL", "Ioniq 5", None),
        ("VARIANT", "N", "Ioniq 5"),
    ]


def test_short_brand_names_count_in_their_makers_articles(nlp):
    text = "Aston Martin's DB12 is new. Aston says the DBX follows. DS says the DS 7 stays."
    assert [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "BRAND"] == [
        ("Aston Martin", "Aston Martin"),
        ("Aston", "Aston Martin"),
        ("DS", "DS Automobiles"),  # the second "DS" is part of the model's name
    ]
    # without the maker named, the short forms are no names
    assert [s.text for s in ents(nlp, "Aston Villa won.") if s.label_ == "BRAND"] == []


def test_pickup_cab_styles_family_names_and_older_models(nlp):
    text = (
        "Ford's F-Series outsold everything; the F-150 SuperCrew leads. Ferrari's F8 Spider "
        "is gone, and Skoda rules out a new Yeti. GM's Ultium platform carries on."
    )
    assert [(s.label_, s.text) for s in ents(nlp, text) if s.label_ != "BRAND"] == [
        ("MODEL", "F-Series"),
        ("MODEL", "F-150"),
        ("VARIANT", "SuperCrew"),
        ("MODEL", "F8 Spider"),
        ("MODEL", "Yeti"),
        ("PLATFORM", "Ultium"),
    ]


def test_a_name_read_only_beside_its_maker_stands_after_a_determiner_and_a_describing_word(nlp):
    text = "Dacia is busy. A new Spring is due, and the second-generation Duster sells well."
    assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL"] == ["Spring", "Duster"]
    # a determiner alone is not enough, nor is an article that never names the maker
    assert [
        s.text for s in ents(nlp, "Dacia is busy. The Spring is due.") if s.label_ == "MODEL"
    ] == []
    assert [s.text for s in ents(nlp, "A new Spring is due.") if s.label_ == "MODEL"] == []


def test_suzukis_wider_jimny_and_its_code(nlp):
    text = "Export buyers get the Suzuki Jimny Sierra (JB74); Suzuki also showed the Vision e-Sky."
    assert [(s.label_, s.text, s._.model) for s in ents(nlp, text) if s.label_ != "BRAND"] == [
        ("MODEL", "Jimny Sierra", None),
        ("MODEL_CODE", "JB74", "Jimny Sierra"),
        ("MODEL", "Vision e-Sky", None),
    ]


def test_a_trim_named_like_a_figure_is_no_trim_before_its_unit(nlp):
    # Land Rover's "130" is a Defender trim; "its 130 PS engine" is an output
    text = (
        "Land Rover came last. The Range Rover Sport fared worst. The Toyota Yaris Cross did "
        "best. Its 130 PS (128 hp) hybrid is old."
    )
    assert [(s.label_, s.text) for s in ents(nlp, text) if s.label_ == "VARIANT"] == []


def test_heavy_truck_makers_and_models(nlp):
    text = (
        "Freightliner will deliver 40 eCascadia tractors, Mercedes-Benz the eActros 600 and "
        "Volvo the FH Electric, while the MAN eTGX waits. A man from the fleet spoke."
    )
    assert [(s.label_, s.text, s._.model) for s in ents(nlp, text)] == [
        ("BRAND", "Freightliner", None),
        ("MODEL", "eCascadia", None),
        ("BRAND", "Mercedes-Benz", None),
        ("VARIANT", "eActros 600", "eActros"),
        ("BRAND", "Volvo", None),
        ("MODEL", "FH Electric", None),
        ("BRAND", "MAN", None),
        ("MODEL", "eTGX", None),
    ]


def test_bmw_ms_competition_xdrive_is_one_trim(nlp):
    text = "The BMW M3 Competition xDrive needs 3.6 seconds."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["Competition xDrive"]


def test_a_word_the_article_calls_a_name_is_a_model_but_a_title_is_not(nlp):
    models = lambda text: [s.text for s in ents(nlp, text) if s.label_ == "MODEL"]  # noqa: E731
    assert models("Renault has filed the Vireo name with the EU office.") == ["Vireo"]
    # a name read only beside its maker, once the article calls it a name
    assert models("Dacia registered the Striker name last week.") == ["Striker"]
    # a project name, and an award's title, are no models
    assert models("The Renault Clio was refreshed under the Vireo name.") == ["Clio"]
    assert models("The Renault Clio was named Van of the Year.") == ["Clio"]
    assert models("The Renault Clio was named Nordic Van of the Year.") == ["Clio"]


def test_a_code_read_by_its_cue_takes_the_maker_named_last(nlp):
    text = "Kia will build two vans. A pickup, for now named by the project code QT9, follows."
    codes = [(s.text, s._.brand) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("QT9", "Kia")]


def test_the_bare_number_after_a_describing_word_or_before_a_trim(nlp):
    text = "Renault sells the Renault 5. The retro-styled 5 Techno costs less."
    assert [(s.label_, s.text, s._.normalized) for s in ents(nlp, text)][2:] == [
        ("MODEL", "5", "Renault 5"),
        ("VARIANT", "Techno", "Techno"),
    ]
    # another maker's model written the same ("07") does not stand in the way
    text = "Avatr sells the Avatr 07 and the Avatr 12. The 07 is big and the 12 is low."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        "Avatr 07",
        "Avatr 12",
        "Avatr 07",
        "Avatr 12",
    ]
    # a list of bare numbers before a plural verb
    text = "Avatr sells the Avatr 07 and the Avatr 12. The 07 and 12 are big."
    assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL"][2:] == ["07", "12"]
    # a number shaped like the maker's others, before a body noun, is one more of its models;
    # and "all" may follow a listed number
    text = (
        "Avatr sells the Avatr 07 and the Avatr 12. The 05 saloon is new; the 07 and 12 all sell."
    )
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"][2:] == [
        "Avatr 05",
        "Avatr 07",
        "Avatr 12",
    ]


def test_long_wheelbase_versions_built_for_china(nlp):
    text = "BMW sells the 5 Series in China as the 530Li, and Audi builds the A6L."
    assert [(s.label_, s.text, s._.model) for s in ents(nlp, text) if s.label_ != "BRAND"] == [
        ("MODEL", "5 Series", None),
        ("VARIANT", "530Li", "5 Series"),
        ("MODEL", "A6L", None),
    ]


def test_an_engine_family_named_after_its_model(nlp):
    text = "The Peugeot 2008 PureTech is the cheapest version."
    assert [(s.label_, s.text) for s in ents(nlp, text)][-1] == ("VARIANT", "PureTech")


def test_a_generic_trim_after_as_a_at_the_end_of_a_clause(nlp):
    text = "The Subaru Outback starts at $41,977 and rises to $47,381 as a Limited."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["Limited"]


def test_classic_models_and_trims(nlp):
    text = "A Mercedes-Benz 300 SL, a BMW M3 Sport Evolution and a Porsche 911 Carrera RS sold."
    assert [(s.label_, s.text) for s in ents(nlp, text) if s.label_ != "BRAND"] == [
        ("MODEL", "300 SL"),
        ("MODEL", "M3"),
        ("VARIANT", "Sport Evolution"),
        ("MODEL", "911"),
        ("VARIANT", "Carrera RS"),
    ]


def test_a_digit_and_capital_code_in_parentheses_and_again_later(nlp):
    text = (
        "Volkswagen's sixth Golf (5K) was quick. The 5K weighed less, and its 5G modem was slow. "
        "Audi's third A3 (8P) came later."
    )
    found = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert found == [("5K", "Golf"), ("5K", "Golf"), ("8P", "A3")]


def test_a_code_shaped_word_after_a_trim_word_closes_the_trims_name(nlp):
    text = "Volvo showed the XC90 Shield VR7, an armoured version."
    found = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert found == [("Shield VR7", "XC90")]


def test_toyotas_brazilian_grades_stand_alone_in_a_toyota_article(nlp):
    text = "Toyota builds the Corolla in Brazil. The entry XEi is cheap; the XRX Hybrid is not."
    found = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert [t for t, _ in found] == ["XEi", "XRX Hybrid"]


def test_a_gas_suffix_is_a_trim_and_makes_a_word_like_name_a_car(nlp):
    text = "Tata sells the Punch iCNG. Hyundai has dropped the Venue CNG from its list."
    assert [(s.label_, s.text) for s in ents(nlp, text) if s.label_ != "BRAND"] == [
        ("MODEL", "Punch"),
        ("VARIANT", "iCNG"),
        ("MODEL", "Venue"),
        ("VARIANT", "CNG"),
    ]


def test_isuzus_grades_are_trims_of_its_pickup(nlp):
    text = "Isuzu sells a V-Cross version of the D-Max, and it costs more than the DL20."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["V-Cross", "DL20"]


def test_fords_police_interceptor_utility_is_a_model_of_its_own(nlp):
    text = "Ford's Police Interceptor Utility beat the rest at the state trials."
    assert [(s.label_, s.text) for s in ents(nlp, text)] == [
        ("BRAND", "Ford"),
        ("MODEL", "Police Interceptor Utility"),
    ]


def test_kias_lx_grade_is_a_trim(nlp):
    text = "Kia sells the K4 in Chile. The LX costs less and the EX a little more."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["LX", "EX"]


def test_yangwangs_e4_platform_is_a_platform(nlp):
    text = "The Yangwang U8 rides on BYD's e4 Platform."
    assert ("PLATFORM", "e4 Platform") in labelled(nlp, text)


def test_byds_seagull_grades_are_trims_with_or_without_edition(nlp):
    text = "BYD sells the Seagull as the Vitality. The Seagull Flying Edition costs more."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == [
        "Vitality",
        "Flying Edition",
    ]


def test_a_short_code_in_apposition_to_a_generation_cue(nlp):
    text = "Volkswagen's Golf sold well. The third generation, the 1H, came later."
    assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL_CODE"] == ["1H"]


def test_peugeots_electric_vans_are_models_of_their_own(nlp):
    text = "Peugeot sells the e-Rifter beside the diesel Rifter."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        "e-Rifter",
        "Rifter",
    ]


def test_kias_e_niro_and_hyundais_casper_electric_are_models_of_their_own(nlp):
    text = "Kia's e-Niro and Hyundai's Casper Electric did well."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"] == [
        "e-Niro",
        "Casper Electric",
    ]


def test_toggs_grades_are_trims(nlp):
    text = "Togg sells the T10X V1 and the T10X V2 in Izmir."
    assert [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"] == [
        ("V1", "T10X"),
        ("V2", "T10X"),
    ]


def test_toyotas_zx_and_executive_lounge_grades_stand_alone_in_a_toyota_article(nlp):
    text = (
        "Toyota sells the Land Cruiser and the Alphard. The ZX is dear; the Executive Lounge more."
    )
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["ZX", "Executive Lounge"]


def test_another_makers_trim_name_after_a_model_is_that_models_trim(nlp):
    text = "Porsche and BMW both race. BMW's M4 GT3 EVO is quick; so is the 911 GT3 R."
    assert [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"] == [
        ("GT3 EVO", "M4"),
        ("GT3 R", "911"),
    ]


def test_an_article_alias_once_written_names_the_model_throughout(tmp_path):
    from factx.vehicles import VehicleRecognizer

    records = [
        {"id": "brand:volvo", "type": "brand", "name": "Volvo"},
        {
            "id": "model:volvo:kestrel",
            "type": "model",
            "name": "Kestrel",
            "article_aliases": ["GT Kestrel"],
            "brand": "Volvo",
        },
    ]
    data = tmp_path / "vehicles"
    data.mkdir()
    (data / "brands.jsonl").write_text(json.dumps(records[0]) + "\n")
    (data / "models.jsonl").write_text(json.dumps(records[1]) + "\n")
    nlp = spacy.blank("en")
    recognizer = VehicleRecognizer(nlp, tmp_path)

    def models(text):
        doc = recognizer(nlp(text))
        return [(s.text, s._.normalized) for s in doc.spans["vehicles"] if s.label_ == "MODEL"]

    assert models("Volvo showed the GT Kestrel in Oulu. The Kestrel goes on sale soon.") == [
        ("GT Kestrel", "GT Kestrel"),
        ("Kestrel", "GT Kestrel"),
    ]
    assert models("Volvo showed the Kestrel in Oulu.") == [("Kestrel", "Kestrel")]


def test_a_grade_named_in_a_sentence_without_its_model_is_the_paragraphs_model(nlp):
    text = "Toyota updates the Corolla Cross. The engine in the W grade carries over."
    assert trims(nlp, text) == [("W", "Corolla Cross")]
    # a paragraph that names no model gives the grade none
    text = "Toyota updates the Corolla Cross.\n\nThe engine in the W grade carries over."
    assert trims(nlp, text) == []


def test_a_grade_letter_after_a_trim_closes_its_name(nlp):
    text = (
        "Toyota updates the Corolla Cross Hybrid. The Hybrid W costs less than the Hybrid V does."
    )
    assert trims(nlp, text) == [
        ("Hybrid", "Corolla Cross"),
        ("Hybrid W", "Corolla Cross"),
        ("Hybrid V", "Corolla Cross"),
    ]


def test_a_trim_keeps_its_spelling_as_written(nlp):
    def variants(text):
        return [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "VARIANT"]

    assert variants("Tesla sells the Model Y Dual-Motor in Oulu.") == [("Dual-Motor", "Dual-Motor")]
    assert variants("Tesla sells the Model Y Dual Motor in Oulu.") == [("Dual Motor", "Dual Motor")]


def test_a_name_standing_only_after_its_maker_counts_before_the_makers_own_trim(nlp):
    # Nissan's "Z" needs its maker right before it, or one of Nissan's trims right after it
    assert labelled(nlp, "Nissan showed the Z Nismo in Oulu.") == [
        ("BRAND", "Nissan"),
        ("MODEL", "Z"),
        ("VARIANT", "Nismo"),
    ]
    assert labelled(nlp, "Nissan showed the Z in Oulu.") == [("BRAND", "Nissan")]


def test_capitalised_words_closed_by_an_edition_word_extend_a_known_trim(nlp):
    text = "Nissan showed the Z Nismo Tampere Edition in Oulu."
    assert trims(nlp, text) == [("Nismo Tampere Edition", "Z")]
    # without the edition word the trim ends where the gazetteer's name does
    assert trims(nlp, "Nissan showed the Z Nismo Tampere in Oulu.")[0][0] == "Nismo"


def test_a_makers_social_media_handle_names_the_maker(nlp):
    text = 'The post ends: "See you in Oulu." - @Volvo'
    spans = ents(nlp, text)
    assert [(s.label_, s.text) for s in spans] == [("BRAND", "Volvo")]
    # an e-mail address keeps its "@" inside one token
    assert [t.text for t in nlp("Write to press@volvo.example today.")][2] == "press@volvo.example"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a maker whose bare name counts only before its models names itself by a maker's
        # verb with one of its models after it in the sentence
        (
            "In Tampere, Morgan builds the Plus Six by hand.",
            [("BRAND", "Morgan"), ("MODEL", "Plus Six")],
        ),
        # a noun after the word is no maker's verb
        ("Seat belts in the Ibiza are new.", []),
        # the model must follow in the same sentence
        ("Morgan says orders are up. The Plus Six waits.", []),
    ],
)
def test_a_maker_acting_on_its_own_model_names_the_maker(nlp, text, expected):
    assert labelled(nlp, text) == expected


def test_a_one_letter_trim_before_an_amount_is_a_currency_letter(nlp):
    # a South African price follows the trim: "R" is the rand, not a grade
    spans = ents(nlp, "The Toyota Hilux GR Sport R 611 900 is the dearest one.")
    assert [(s.label_, s.text) for s in spans][-1] == ("VARIANT", "GR Sport")


@pytest.mark.parametrize(
    ("text", "trim"),
    [
        ("The Dacia Spring Extreme 65 is the quicker one.", "Extreme 65"),
        ("At the sale, Porsche's 911 Carrera RS 2.7 went to Oulu.", "Carrera RS 2.7"),
        ("The Dacia Spring Extreme 65 and a Kestrel went to Oulu.", "Extreme 65"),
        # a unit or a scale word after the number makes it a figure
        ("The Dacia Spring Extreme 65 kW motor is new.", "Extreme"),
        ("The Dacia Spring Extreme 43 million won price is new.", "Extreme"),
        ("The Dacia Spring Extreme 65-kW motor is new.", "Extreme"),
    ],
)
def test_a_bare_number_after_a_trim_ends_its_name(nlp, text, trim):
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == [trim]


def test_a_defender_length_is_a_version_of_the_defender(nlp):
    spans = ents(nlp, "In Oulu, a Land Rover Defender 110 parked beside a Defender 90.")
    assert [(s.label_, s._.normalized, s._.model) for s in spans if s.label_ != "BRAND"] == [
        ("VARIANT", "Defender 110", "Defender"),
        ("VARIANT", "Defender 90", "Defender"),
    ]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("We drove a Hyundai Ioniq 5 to Oulu. The Ioniq charged twice.", "Ioniq 5"),
        # a word for an earlier car, or a longer name, keeps the older model
        ("We drove a Hyundai Ioniq 5 to Oulu. The original Ioniq stayed home.", "Ioniq"),
        ("We drove a Hyundai Ioniq 5 to Oulu. The Ioniq Electric stayed home.", "Ioniq Electric"),
    ],
)
def test_a_name_without_its_one_digit_number_is_the_numbered_model(nlp, text, short):
    models = [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == ["Ioniq 5", short]


def test_a_name_hyphenated_to_a_number_is_a_stand_number(nlp):
    text = "Leapmotor shows the C10 on stand 4-C10 in Oulu."
    assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL"] == ["C10"]


def test_a_name_after_a_tyre_maker_is_its_product(nlp):
    text = "In Oulu the Honda Civic wore Michelin Pilot Sport tyres, not the Honda Pilot's."
    models = [s.text for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == ["Civic", "Pilot"]


def test_an_engine_family_with_its_output_is_a_version_without_its_model(nlp):
    text = "Renault sells the Clio in Oulu. The TCe 115, fitted to the Techno, is new."
    assert ("VARIANT", "TCe 115") in labelled(nlp, text)


def test_a_vans_length_and_height_code_is_a_version(nlp):
    text = "The Renault Trafic comes in Oulu as an L1H1 or an L3H2."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["L1H1", "L3H2"]


def test_a_plug_in_e_after_its_number_ends_the_sentence_inside_the_name(nlp):
    text = "The Mercedes-Benz E-Class line-up grows. The one to buy is the E 300 e. It is new."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["E 300 e"]


def test_a_trim_named_with_its_maker_goes_to_that_makers_car(nlp):
    text = (
        "The Skoda Superb is built in Oulu beside the Volkswagen Passat. "
        "Skoda will add an SE Technology trim in Tampere."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("SE Technology", "Superb")]


def test_the_last_capital_word_of_a_models_name_names_it_later(nlp):
    text = "Toyota will build a Land Cruiser FJ at Oulu. The FJ goes on sale in Tampere."
    models = [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == [("Land Cruiser FJ", "Land Cruiser FJ"), ("FJ", "Land Cruiser FJ")]


def test_a_grade_letter_closing_a_sentence_ends_the_trims_name(nlp):
    text = "Honda sells the Vezel in Oulu. The dearest one is the e:HEV Z. It is quick."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["e:HEV Z"]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Porsche sells the 718 Boxster in Oulu. The Boxster is quick.", "718 Boxster"),
        # a new car of the short name replacing the numbered one is another car
        ("In Oulu the new Cayman takes over from the outgoing 718 Cayman.", "Cayman"),
    ],
)
def test_a_name_without_its_leading_number_is_the_numbered_model(nlp, text, short):
    spans = [s for s in ents(nlp, text) if s.label_ == "MODEL" and s.text in ("Boxster", "Cayman")]
    assert [s._.normalized for s in spans] == [short]


def test_a_model_compared_through_describing_words_owns_no_later_trim(nlp):
    text = (
        "Vauxhall sells the Corsa Electric in Oulu, dearer than the petrol Corsa versions.\n\n"
        "The entry-level Griffin costs less in Tampere."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Griffin", "Corsa Electric")]


def test_the_last_two_words_of_a_long_models_name_name_it_later(nlp):
    text = "Volkswagen builds the Atlas Cross Sport in Oulu. The Cross Sport seats five in Tampere."
    models = [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == [
        ("Atlas Cross Sport", "Atlas Cross Sport"),
        ("Cross Sport", "Atlas Cross Sport"),
    ]


def test_a_trim_word_before_hybrid_names_one_trim(nlp):
    text = "Honda sells the Accord in Oulu. Near Tampere it is sold in Sport Hybrid form only."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["Sport Hybrid"]


def test_a_model_named_after_like_owns_no_later_trim(nlp):
    text = (
        "Audi builds the Q3 Sportback in Oulu and, like the Q3 SUV, it is sold in Tampere.\n\n"
        "The entry-level TFSI costs less in Kemi."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("TFSI", "Q3 Sportback")]


def test_a_models_trim_word_right_after_a_trim_read_alone_joins_it(nlp):
    text = (
        "Honda sells the Fit Home in Oulu. The e:HEV Home costs ¥2,311,900 in Tampere, "
        "more than the Fit Home."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert ("e:HEV Home", "Fit") in trims


def test_a_trims_letters_before_chassis_code_are_a_code(nlp):
    text = (
        "Toyota sells the Yaris in Kemi. Honda builds the Fit in Oulu; the current Fit, "
        "which Honda calls by its GR chassis code internally, is sold in Tampere."
    )
    spans = ents(nlp, text)
    assert [(s.text, s._.model) for s in spans if s.label_ == "MODEL_CODE"] == [("GR", "Fit")]
    assert not [s for s in spans if s.label_ == "VARIANT"]


def test_the_electric_ducato_is_a_model_of_its_own(nlp):
    text = "Fiat sells the Ducato in Oulu and the e-Ducato in Kemi."
    models = [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == [("Ducato", "Ducato"), ("e-Ducato", "E-Ducato")]


def test_a_makers_trim_holding_a_generic_one_is_one_trim(nlp):
    text = "Kia sells the EV9 in Oulu. The Light Long Range costs $51,130 in Kemi."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Light Long Range", "EV9")]


def test_the_bare_number_of_a_numbered_model_before_a_trim(nlp):
    text = "The Polestar 3 is new in Oulu. The 3 Ultra costs more in Kemi."
    spans = [(s.label_, s.text, s._.normalized) for s in ents(nlp, text) if s.label_ != "BRAND"]
    assert spans[1:] == [("MODEL", "3", "Polestar 3"), ("VARIANT", "Ultra", "Ultra")]


def test_bmw_x_models_numbered_versions_hold_their_model(nlp):
    text = "BMW sells the X3 30e xDrive in Oulu and the X5 40d xDrive in Kemi."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("X3 30e xDrive", "X3"), ("X5 40d xDrive", "X5")]


def test_nissans_engine_names_are_its_versions(nlp):
    text = "Nissan sells the X-Trail VC-Turbo in Oulu. The VC-Turbo costs less than the e-Power."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("VC-Turbo", "X-Trail"), ("VC-Turbo", "X-Trail"), ("e-Power", "X-Trail")]


def test_a_word_and_number_trim_names_its_sibling_with_another_number(nlp):
    text = (
        "Mazda sells the EZ-60 EV 413 in Oulu for 151,300 yuan. The flagship EV 517 costs "
        "more in Kemi."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("EV 413", "EZ-60"), ("EV 517", "EZ-60")]


def test_a_trim_priced_in_rupees_where_it_stands_is_a_trim(nlp):
    text = "Tata sells the Nexon in Oulu. Kemi buyers start with the Pure at Rs 6.13 lakh."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Pure", "Nexon")]


def test_a_trim_name_several_makers_use_goes_to_the_maker_the_story_is_about(nlp):
    text = (
        "Ford has updated the E-Transit Custom in Oulu. The E-Transit Custom is bigger.\n\n"
        "The motors carry over: the Trend makes more power in Kemi.\n\n"
        "Rivals include the Volkswagen e-Transporter."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Trend", "E-Transit Custom")]


def test_generic_trims_in_a_price_list_beside_a_makers_own_trim(nlp):
    text = (
        "Mercedes-Benz sells the EQA in Oulu. Trim prices: Sport costs £41,113, "
        "AMG Line Premium £45,101 and Exclusive £49,003, while Exclusive adds a heat pump."
    )
    assert trims(nlp, text) == [
        ("Sport", "EQA"),
        ("AMG Line Premium", "EQA"),
        ("Exclusive", "EQA"),
        ("Exclusive", "EQA"),
    ]
    # a name followed by no price is no member of the list
    assert trims(nlp, "Mercedes-Benz sells the EQA. Sport is a mode, and Exclusive a word.") == []


def test_two_priced_trims_after_a_trim_read_earlier_in_the_sentence(nlp):
    text = (
        "Volkswagen has updated the Tiguan. The Life trim is €35,990 in Oulu, while Style "
        "costs €41,210 and R-Line €44,860."
    )
    assert trims(nlp, text) == [("Life", "Tiguan"), ("Style", "Tiguan"), ("R-Line", "Tiguan")]
    # two priced names with no trim read before them in their sentence stay words
    text = "Volkswagen has updated the Tiguan. Style costs €41,210 and R-Line €44,860."
    assert trims(nlp, text) == []


def test_a_trim_is_not_of_a_model_its_platform_is_shared_with(nlp):
    text = (
        "Volkswagen has updated the Polo in Oulu. It uses underpinnings shared with the "
        "Nivus and the T-Cross.\n\nThe entry-level Comfortline makes 87 hp in town."
    )
    assert trims(nlp, text) == [("Comfortline", "Polo")]


def test_a_price_list_of_determined_trims_with_conversions(nlp):
    text = (
        "Volkswagen has updated the Polo in Oulu. The Comfortline costs R$103,111 ($18,317), "
        "the Highline R$117,013 ($21,211) and the GTS R$141,017 ($25,601) in Kemi."
    )
    assert [name for name, _ in trims(nlp, text)] == ["Comfortline", "Highline", "GTS"]


def test_a_letters_only_code_after_the_code(nlp):
    text = (
        "Volvo confirmed the EX30 successor. Developed under the code QXT, the new EX30 is wider."
    )
    codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("QXT", "EX30")]


def test_alpines_own_platform_is_a_platform(nlp):
    text = "Alpine says its Alpine Performance Platform will carry the A110 in Oulu."
    assert ("PLATFORM", "Alpine Performance Platform") in labelled(nlp, text)


def test_bmw_m_badged_numbers_without_a_letter_and_ti_versions(nlp):
    text = "BMW updated the 1 Series in Oulu. The M135 xDrive and the 128ti lead the range in Kemi."
    assert trims(nlp, text) == [("M135 xDrive", "1 Series"), ("128ti", "1 Series")]


def test_a_trim_after_every_or_each_is_named_again(nlp):
    text = "BMW sells the M3 Competition in Oulu. Every Competition now has four-wheel drive."
    assert trims(nlp, text) == [("Competition", "M3"), ("Competition", "M3")]


def test_gls_is_a_mitsubishi_trim_in_a_story_without_mercedes(nlp):
    text = "Mitsubishi sold 2,113 Tritons in Oulu. The GLS was popular with buyers in Kemi."
    assert trims(nlp, text) == [("GLS", "Triton")]
    assert ("MODEL", "GLS") in labelled(nlp, "Mercedes-Benz updated the GLS in Oulu.")


def test_a_name_its_maker_acts_on_in_the_same_sentence(nlp):
    text = "Honda has announced a price rise for the Fit in Oulu."
    assert ("MODEL", "Fit") in labelled(nlp, text)
    # a maker's word-like name without the maker acting on it stays a word
    assert labelled(nlp, "The coat was a good fit for Kemi.") == []


@pytest.mark.parametrize(
    ("text", "trim"),
    [
        ("Toyota sells the RAV4 Hybrid 2WD in Oulu for less.", "Hybrid 2WD"),
        ("Volvo sells the XC60 Ultra AWD in Oulu for more.", "Ultra AWD"),
        ("Toyota sells the RAV4 PHEV AWD-i in Oulu for more.", "PHEV AWD-i"),
        # right after a model, a version of its own
        ("Volvo sells the XC40 AWD in Oulu for more.", "AWD"),
    ],
)
def test_a_drive_tag_right_after_a_trim_ends_its_name(nlp, text, trim):
    trims = [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [trim]


def test_a_code_set_before_its_model_named_as_the_next_generation(nlp):
    text = "Mercedes was testing the X177, the next-generation GLE, near Oulu in the snow."
    codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("X177", "GLE")]


def test_a_code_set_before_a_model_called_merely_new_is_no_code(nlp):
    text = "Mercedes was testing the X177, the new GLE, near Oulu in the snow."
    assert not [s for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]


def test_electric_vans_sold_under_their_own_names_are_models(nlp):
    text = "Citroen sells the Berlingo in Oulu, and the ë-Berlingo and Citroen e-Jumpy in Kemi."
    models = [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == ["Berlingo", "ë-Berlingo", "ë-Jumpy"]


def test_a_diesel_plug_in_mercedes_version_keeps_its_de(nlp):
    text = "Mercedes sells the GLB 220 de in Oulu for more."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("GLB 220 de", "GLB")]


def test_a_hyphenated_name_opens_an_edition(nlp):
    text = "Toyota has built the Yaris Cap-Ferrat Edition, a small car that keeps its engine."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Cap-Ferrat Edition", "Yaris")]


def test_a_trim_name_before_factory_names_the_works_not_a_version(nlp):
    text = "Toyota made 300 of them, each one at the GR factory near Kemi, and sells the Supra too."
    assert not [s for s in ents(nlp, text) if s.label_ == "VARIANT"]


def test_a_maker_named_only_in_its_own_stories_counts_in_a_list_of_makers(nlp):
    text = "Ford, Ram and Chevrolet all sell trucks in Oulu. Ram also sells vans in Kemi."
    brands = [s.text for s in ents(nlp, text) if s.label_ == "BRAND"]
    assert brands == ["Ford", "Ram", "Chevrolet", "Ram"]
    # the verb stays a verb
    assert not [s for s in ents(nlp, "Goats ram the gate in Oulu.") if s.label_ == "BRAND"]


@pytest.mark.parametrize(
    "text",
    [
        "Scout, the American truck brand, says its Traveler sells well in Oulu.",
        "The Scout brand says its Traveler sells well in Oulu.",
        # a noun that introduces a car maker counts too
        "Scout, the Oulu-funded start-up, says its Traveler sells well in Kemi.",
    ],
)
def test_a_maker_named_only_in_its_own_stories_counts_when_called_a_brand(nlp, text):
    spans = [(s.label_, s.text) for s in ents(nlp, text)]
    assert ("BRAND", "Scout") in spans and ("MODEL", "Traveler") in spans


def test_a_models_short_tail_after_it_when_the_full_name_comes_again_later(nlp):
    text = (
        "Toyota has shown its Land Cruiser FJ to dealers. Like the Hilux, the FJ uses a ladder "
        "frame. Land Cruiser FJ buyers in Kemi get a spare wheel."
    )
    models = [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert ("FJ", "Land Cruiser FJ") in models


def test_a_lower_case_trim_word_before_of_is_the_common_noun(nlp):
    text = (
        "Renault sells the Clio evolution in Oulu. The Kemi plant builds a new platform, an "
        "evolution of the old one."
    )
    trims = [s.start_char for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [text.index("evolution")]


def test_a_japanese_hybrid_grade_in_capitals_is_a_trim(nlp):
    text = "Suzuki sells the Spacia in Oulu. The HYBRID MZ costs more than the HYBRID X there."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("HYBRID MZ", "Spacia"), ("HYBRID X", "Spacia")]
    assert not [s for s in ents(nlp, "Suzuki shows a HYBRID SUV in Oulu.") if s.label_ == "VARIANT"]


def test_a_trim_in_a_second_clause_after_comma_and_is_the_same_models(nlp):
    text = (
        "Alpine says the A290 GT, with 130 kW, is sold in Oulu, and the GTS, with 160 kW, in Kemi."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("GT", "A290"), ("GTS", "A290")]
    # a code in that place stays a code
    text = "BMW builds the X5 (G05) in Oulu, and the G65, with more power, follows in Kemi."
    assert [s.label_ for s in ents(nlp, text) if s.text == "G65"] == ["MODEL_CODE"]


def test_a_numbered_version_with_a_plus_named_again_without_its_model(nlp):
    text = "Mercedes sells the EQB 250+ in Oulu. The 250+ reaches Kemi on one charge."
    trims = [(s.text, s._.normalized) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("EQB 250+", "EQB 250+"), ("250+", "EQB 250+")]


def test_a_rival_a_car_is_aimed_at_owns_no_later_trim(nlp):
    text = (
        "Onvo sells the L60, aimed right at the Kia EV6, in Oulu. "
        "The Standard Range comes with a smaller battery."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Standard Range", "L60")]


def test_a_code_in_an_opening_phrase_before_it_is_the_topics(nlp):
    text = (
        "Alpine has shown the A390 in Oulu. Developed under the codename QX7, it shares "
        "its base with the Renault Scenic, while the A110 comes from Dieppe."
    )
    codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("QX7", "A390")]


def test_a_code_in_an_opening_phrase_before_the_newcomer_is_the_last_car_named(nlp):
    text = (
        "Alpine has confirmed a crossover called A390.\n\nKnown internally as QX7, the "
        "newcomer shares its base with the Renault Scenic."
    )
    codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("QX7", "A390")]
    # a car named right after the opening phrase is the one it describes
    text = "Alpine has shown the A390 in Oulu. Coded QX7, the new Scenic shares its base."
    codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("QX7", "Scenic")]


def test_a_trim_priced_where_it_stands_may_end_in_a_powertrain_word(nlp):
    text = (
        "Honda sells the CR-V in Oulu. The Sport costs $47,100, and the top model is the "
        "Touring Hybrid at $53,300."
    )
    assert [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"] == [
        ("Sport", "CR-V"),
        ("Touring Hybrid", "CR-V"),
    ]


def test_a_nationality_before_version_is_no_trim(nlp):
    text = "Honda CR-V guide: the Canadian version list, and the Sport costs $47,100."
    assert [s.text for s in ents(nlp, text) if s.label_ == "VARIANT"] == ["Sport"]


def test_a_one_word_trim_before_a_trim_after_an_article_names_one_trim(nlp):
    text = "MG sells the MG4 in Oulu. An SE Long Range bought in 2023 is now cheap in Kemi."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("SE Long Range", "MG4")]


def test_afeela_is_a_maker_whose_cars_carry_its_name(nlp):
    text = "Afeela hands over the Afeela 1 in Oulu. Buyers first get the Signature, the dearer one."
    spans = [(s.label_, s.text, s._.model) for s in ents(nlp, text)]
    assert spans == [
        ("BRAND", "Afeela", None),
        ("MODEL", "Afeela 1", None),
        ("VARIANT", "Signature", "Afeela 1"),
    ]


def test_a_car_listed_after_a_tied_trim_is_its_sibling_not_its_owner(nlp):
    text = (
        "Volvo sells the EX30 in Ultra trim in Oulu.\n\n"
        "Deliveries of the Ultra and the EX90 begin in Kemi next week."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Ultra", "EX30"), ("Ultra", "EX30")]


def test_a_model_shared_with_after_a_describing_word_and_its_maker_owns_no_later_trim(nlp):
    text = (
        "Peugeot shows the 2008 in Oulu, on a base to be shared with the next Jeep Compass.\n\n"
        "One step up is the Hybrid 145, with a small motor."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Hybrid 145", "2008")]


def test_a_petrol_engine_named_by_its_output_is_a_version(nlp):
    text = "Peugeot sells the 208 in Oulu. Buyers in Kemi start with the Turbo 100, a small petrol."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Turbo 100", "208")]


def test_a_grade_the_article_named_stays_a_grade_where_another_maker_has_that_model(nlp):
    text = (
        "Suzuki sells the e Vitara in G, Z and X grades in Oulu. The dearest Z costs more "
        "in Kemi. Nissan's Leaf is cheaper."
    )
    spans = [(s.label_, s.text, s._.model) for s in ents(nlp, text) if s.text == "Z"]
    assert spans == [("VARIANT", "Z", "e Vitara"), ("VARIANT", "Z", "e Vitara")]


def test_the_maker_before_a_name_keeps_its_model_after_a_grade_of_that_name(nlp):
    text = "Suzuki sells the e Vitara in G, Z and X grades in Oulu. The Nissan Z is dearer."
    spans = [(s.label_, s.text) for s in ents(nlp, text) if s.text == "Z"]
    assert spans[-1] == ("MODEL", "Z")


def test_suzukis_kei_electric_car_and_hondas_capitalised_kei_names(nlp):
    text = "Suzuki sells the e-Sky in Oulu, and Honda sells its N-One e: in Kemi."
    spans = [(s.label_, s._.normalized) for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert spans == [("MODEL", "e-Sky"), ("MODEL", "N-ONE e:")]


def test_a_name_listed_beside_a_model_of_its_maker_is_a_model(nlp):
    text = "Zeekr brings the 7GT to Oulu, then the 001 and the 8X. The 001 costs more in Kemi."
    models = [s.text for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == ["7GT", "001", "8X", "001"]


def test_a_name_after_the_alone_in_its_makers_story_needs_more_than_the_maker(nlp):
    text = "Zeekr brings the 7GT to Oulu. The 001 costs more in Kemi."
    assert [s.text for s in ents(nlp, text) if s.label_ == "MODEL"] == ["7GT"]


def test_a_model_with_electric_after_it_is_the_makers_electric_model(nlp):
    text = "Hymer has shown a Venture S Electric in Oulu, beside the Venture S in Kemi."
    models = [s._.normalized for s in ents(nlp, text) if s.label_ in ("MODEL", "VARIANT")]
    assert models == ["Venture S Electric", "Venture S"]


def test_a_name_another_makers_stories_give_a_model_is_a_trim_right_after_a_model(nlp):
    text = "Volvo sells the EX30 in Oulu. The cheapest EX30 Junior costs less in Kemi."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Junior", "EX30")]


def test_a_trim_after_better_equipped_is_a_version_of_the_model(nlp):
    text = "Volvo sells the EX30 in Oulu. The better-equipped Plus costs more in Kemi."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Plus", "EX30")]


def test_autobianchi_and_its_models(nlp):
    text = "Autobianchi, dormant since the Y10 and the A112, shows the Primula in Oulu."
    spans = [(s.label_, s.text) for s in ents(nlp, text)]
    assert spans == [
        ("BRAND", "Autobianchi"),
        ("MODEL", "Y10"),
        ("MODEL", "A112"),
        ("MODEL", "Primula"),
    ]


def test_skodas_coupe_keeps_the_accent_skoda_writes(nlp):
    text = "Skoda sells the Enyaq Coupe in Oulu."
    assert [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"] == ["Enyaq Coupé"]


def test_toyotas_short_platform_names_stay_as_written(nlp):
    text = "Toyota builds the Mirai on GA-L in Oulu and the Crown on TNGA-K in Kemi."
    platforms = [s._.normalized for s in ents(nlp, text) if s.label_ == "PLATFORM"]
    assert platforms == ["GA-L", "TNGA-K"]


def test_an_unknown_edition_in_a_sentence_naming_no_model_is_the_paragraphs_models(nlp):
    text = "Volvo adds a car to the EX30 range in Oulu. The Lapland Edition is the rarest yet."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Lapland Edition", "EX30")]


@pytest.mark.parametrize("written", ["MQB evo", "MQB Evo"])
def test_a_platform_keeps_the_spelling_it_is_written_in(nlp, written):
    text = f"Volkswagen builds the Golf on the {written} platform in Oulu."
    platforms = [s._.normalized for s in ents(nlp, text) if s.label_ == "PLATFORM"]
    assert platforms == [written]


def test_a_sub_brand_named_with_its_car_counts_alone_later_in_the_article(nlp):
    text = "The Mobilize Duo reaches Oulu in May. Kemi is where Mobilize assembles it."
    assert [s.text for s in ents(nlp, text) if s.label_ == "BRAND"] == ["Mobilize", "Mobilize"]


def test_bmws_number_and_drive_names_are_trims_without_their_model(nlp):
    text = (
        "BMW has shown the new X4 in Oulu. Its cheapest version is the 20 xDrive; the M50 "
        "xDrive tops the range.\n\nKemi gets a plug-in 30e xDrive in the spring."
    )
    assert trims(nlp, text) == [("20 xDrive", "X4"), ("M50 xDrive", "X4"), ("30e xDrive", "X4")]


def test_a_trim_named_again_after_a_describing_word_is_still_the_trim(nlp):
    text = (
        "Honda has priced the Fit in Oulu: the Basic costs ¥1,749,000 and the plush Luxe "
        "¥2,618,000. The Luxe, Basic and Home share one engine."
    )
    assert [name for name, _ in trims(nlp, text)] == ["Basic", "Luxe", "Luxe", "Basic", "Home"]


def test_a_known_edition_named_with_its_article_is_the_paragraphs_models(nlp):
    text = "Volvo ends the EX30 in Oulu. Its last car, a blue Final Edition, stays in Kemi."
    assert trims(nlp, text) == [("Final Edition", "EX30")]


def test_a_platform_name_stops_before_the_word_platform(nlp):
    text = "In Oulu, the MQB A0 platform of Volkswagen underpins the Polo Track."
    assert [s.text for s in ents(nlp, text) if s.label_ == "PLATFORM"] == ["MQB A0"]


def test_volkswagens_torque_first_engine_names_are_trims(nlp):
    text = "Volkswagen builds the Polo Track in Oulu; its 200 TSI engine runs on ethanol."
    assert trims(nlp, text) == [("200 TSI", "Polo Track")]


def test_mgs_roadster_is_the_maker_and_its_model(nlp):
    assert labelled(nlp, "The MG Cyberster reaches Oulu in May.") == [
        ("BRAND", "MG"),
        ("MODEL", "Cyberster"),
    ]


def test_lexus_f_car_is_a_model_of_its_own(nlp):
    assert labelled(nlp, "Lexus ends the RC F in Oulu.") == [("BRAND", "Lexus"), ("MODEL", "RC F")]


def test_nissans_plus_trims_as_written_now(nlp):
    text = "Nissan sells the Leaf in Oulu as the S+ and the SV+."
    assert trims(nlp, text) == [("S+", "Leaf"), ("SV+", "Leaf")]


def test_geelys_van_maker_is_a_brand(nlp):
    assert labelled(nlp, "Farizon opens a van plant in Oulu.") == [("BRAND", "Farizon")]


def test_a_trim_listed_for_an_unnamed_maker_is_the_paragraphs_cars(nlp):
    text = (
        "Hyundai sells the Staria in Oulu. Its Trend version seats eight.\n\n"
        "Kemi dealers compare it with the Volkswagen Multivan."
    )
    assert trims(nlp, text) == [("Trend", "Staria")]


def test_a_trim_listed_for_an_unnamed_maker_in_a_new_paragraph(nlp):
    text = (
        "Hyundai sells the Staria in Oulu.\n\nThe Trend version seats eight, the dearest one "
        "seven.\n\nKemi dealers compare it with the Volkswagen Multivan."
    )
    assert trims(nlp, text) == [("Trend", "Staria")]


def test_an_unknown_trim_is_not_the_car_the_last_paragraph_compared_with(nlp):
    text = (
        "Kia makes the EV2 in Oulu cheaper than the EV3.\n\n"
        "Four trims are on offer in Kemi. The basic version comes as an Air or in Vision trim."
    )
    assert trims(nlp, text) == [("Air", "EV2"), ("Vision", "EV2")]


def test_a_capitalised_word_hyphened_to_a_trim_ends_its_name(nlp):
    text = "Toyota sells the Celica in Oulu as the GT and the GT-Four, not a GT-like copy."
    assert [name for name, _ in trims(nlp, text)] == ["GT", "GT-Four", "GT"]


def test_a_naming_verb_and_as_before_a_code_tie_it_to_the_car(nlp):
    for text, code in (
        ("Alfa Romeo's next Tonale is close. Its makers refer to this car as 966.", "966"),
        ("Alfa Romeo's next Tonale is close. Its engineers know the project as T66.", "T66"),
    ):
        codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
        assert codes == [(code, "Tonale")], text
    # "as" after a naming verb introduces no code when no code follows
    text = "Alfa Romeo's next Tonale is close. Fans know it as the prettiest one."
    assert not [s for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]


def test_a_code_set_off_by_a_comma_after_its_cue(nlp):
    # "a project code, K9": the comma between cue and code still ties them
    text = "Alfa Romeo will replace the Tonale. Its successor goes by a project code, T77."
    codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("T77", "Tonale")]
    # a cue word and a comma before something that is no code-shaped word add nothing
    text = "Alfa Romeo will replace the Tonale. The code, in short, is still secret."
    assert not [s for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]


def test_a_code_in_an_aside_after_an_opening_anaphor_is_the_topics(nlp):
    # "The coupe, reportedly coded K9, borrows from the Y": the car the text was on, even
    # when it was named in the paragraph before
    text = (
        "Alfa Romeo's next Tonale was seen testing.\n\n"
        "The crossover, reportedly coded T77, borrows its base from the Peugeot 208."
    )
    codes = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "MODEL_CODE"]
    assert codes == [("T77", "Tonale")]


def test_a_model_in_the_possessive_after_a_trim_is_not_its_owner(nlp):
    text = (
        "Peugeot sells the 308. A model badged Plug-in Hybrid 195 will follow, with the 408's "
        "motor."
    )
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Plug-in Hybrid 195", "308")]
    # a model named plainly after the trim still owns it
    text = "Peugeot sells the 308. A model badged Plug-in Hybrid 195 joins the 408 range."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("Plug-in Hybrid 195", "408")]


def test_a_makers_powertrain_suffix_is_a_version_of_the_model(nlp):
    spans = ents(nlp, "MG now lists the ZS Hybrid+ and the MG4 XPower for less.")
    assert [(s.label_, s.text, s._.model) for s in spans if s.label_ != "BRAND"] == [
        ("MODEL", "ZS", None),
        ("VARIANT", "Hybrid+", "ZS"),
        ("MODEL", "MG4", None),
        ("VARIANT", "XPower", "MG4"),
    ]


def test_a_lone_grade_letter_in_an_article_of_lettered_grades_is_a_grade(nlp):
    text = "Honda prices the Vezel e:HEV Z at 3.4 million yen. The petrol W is cheaper."
    trims = [(s.text, s._.model) for s in ents(nlp, text) if s.label_ == "VARIANT"]
    assert trims == [("e:HEV Z", "Vezel"), ("W", "Vezel")]
    # with no lettered grade in the article, a lone letter is nothing
    text = "Honda prices the Vezel at 3.4 million yen. The petrol W is cheaper."
    assert not [s for s in ents(nlp, text) if s.label_ == "VARIANT"]


def test_a_maker_the_text_introduces_is_a_brand_in_every_mention(nlp):
    text = (
        "Oulu carmaker Kestrel has shown its first SUV. Kestrel, the start-up backed by "
        "Volvo, says the Kestrel Osprey arrives in May. The Osprey costs less."
    )
    spans = ents(nlp, text)
    assert [s.text for s in spans if s.label_ == "BRAND"] == [
        "Kestrel",
        "Kestrel",
        "Volvo",
        "Kestrel",
    ]
    assert [(s.text, s._.brand) for s in spans if s.label_ == "MODEL"] == [
        ("Osprey", "Kestrel"),
        ("Osprey", "Kestrel"),
    ]


def test_a_listed_model_after_an_introduced_maker_is_that_makers(nlp):
    for text in (
        "Finnish carmaker Kestrel has launched the ET5 in Oulu. The ET5 costs less.",
        "Kestrel, a Finnish EV maker, sells the Kestrel ET5. The ET5 costs less.",
    ):
        models = [(s.text, s._.brand) for s in ents(nlp, text) if s.label_ == "MODEL"]
        assert models == [("ET5", "Kestrel"), ("ET5", "Kestrel")], text


def test_a_supplier_or_a_clause_introduces_no_maker(nlp):
    for text in (
        "Battery maker Kestrel supplies the cells of the Volvo EX30.",
        "Tyre brand Kestrel fits the Volvo EX30.",
        "Officially, the carmaker denies that the Volvo EX30 gets more power.",
        "In Kestrel, the brand will launch the Volvo EX30 next year.",
    ):
        assert [s.text for s in ents(nlp, text) if s.label_ == "BRAND"] == ["Volvo"], text


def test_a_trim_may_follow_its_models_body_noun(nlp):
    assert trims(nlp, "The Volvo V90 estate Ultra has a bigger battery.") == [("Ultra", "V90")]


def test_a_short_name_after_an_earlier_cars_word_keeps_the_articles_long_name(nlp):
    text = "Porsche showed the 718 Boxster. The outgoing petrol Boxster weighed less."
    models = [s._.normalized for s in ents(nlp, text) if s.label_ == "MODEL"]
    assert models == ["718 Boxster", "718 Boxster"]


def test_toyotas_hybrid_all_wheel_drive_is_a_version_in_its_makers_stories(nlp):
    text = "Toyota sells the Alphard. The E-Four costs more to run."
    assert trims(nlp, text) == [("E-Four", "Alphard")]
    assert trims(nlp, "The E-Four costs more to run.") == []  # no Toyota named


def test_a_trim_is_not_the_kin_a_sentence_names_before_it(nlp):
    text = (
        "Volvo sells the XC40 Ultra. It lacks the pack of its XC60 and XC90 siblings, "
        "and the Ultra we drove has one motor."
    )
    assert trims(nlp, text) == [("Ultra", "XC40"), ("Ultra", "XC40")]


def test_a_listed_code_of_two_words_beside_its_model(nlp):
    spans = labelled(nlp, "The Lotus Emira (Type 131) sells well in Oulu.")
    assert ("MODEL_CODE", "Type 131") in spans
    # the two words are no code where the gazetteer lists none of that name
    spans = labelled(nlp, "The Lotus Emira (Type 999) sells well in Oulu.")
    assert not [s for s in spans if s[0] == "MODEL_CODE"]


def test_another_makers_model_name_in_parentheses_is_the_models_code(nlp):
    # Leapmotor's B10 is also Audi's code for the A5 family: after an Audi model, unnamed
    # Leapmotor, it is the code
    spans = labelled(nlp, "Audi has shown the RS 5 (B10) in Oulu.")
    assert ("MODEL_CODE", "B10") in spans and ("MODEL", "B10") not in spans
    # once its own maker is named, it is that maker's model
    spans = labelled(nlp, "Leapmotor sells the B10 in Oulu, and the Audi A5 (B10) too.")
    assert ("MODEL", "B10") in spans


def test_a_code_a_part_goes_by_is_no_cars_code(nlp):
    def coded(text):
        return [t for label, t in labelled(nlp, text) if label == "MODEL_CODE"]

    assert coded("Volvo showed the EX30. Its drive system is known by the code HTe7.") == []
    assert coded("Volvo showed the EX30. The new engine, codenamed HTe7, is small.") == []
    # the car's own code after the same cue
    assert coded("Volvo showed the EX30. The car is known by the code HTe7.") == ["HTe7"]
