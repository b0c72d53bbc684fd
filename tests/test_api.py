"""The public API: publication dates from the header or the caller, offsets, batches."""

from __future__ import annotations

import datetime as dt

import factx

PLAIN = (
    "Kia will show the EV4 hatchback later this year, and deliveries are expected to start "
    "in March 2027. The company says the car covers 630 km on a charge."
)


def _dates(record):
    return {d.text: (d.earliest, d.latest, d.resolved) for d in record.dates}


def test_plain_article_takes_published_from_the_caller():
    record = factx.extract(PLAIN, published="2026-05-10")
    assert record.article.published == dt.date(2026, 5, 10)
    assert _dates(record)["later this year"][1] == dt.date(2026, 12, 31)


def test_without_any_date_relative_dates_stay_unresolved():
    record = factx.extract(PLAIN)
    assert record.article.published is None
    earliest, latest, resolved = _dates(record)["later this year"]
    assert (earliest, latest, resolved) == (None, None, False)
    # an absolute date still resolves
    assert _dates(record)["March 2027"][:2] == (dt.date(2027, 3, 1), dt.date(2027, 3, 31))


def test_header_date_is_read_and_offsets_index_the_text_as_given():
    text = " date 2025-11-03 Kia plans\n\n" + PLAIN
    record = factx.extract(text)
    assert record.article.published == dt.date(2025, 11, 3)
    assert _dates(record)["later this year"][1] == dt.date(2025, 12, 31)
    for part in (record.entities, record.quantities, record.dates):
        for mention in part:
            assert text[mention.start_char : mention.end_char] == mention.text
    for fact in record.facts:
        ev = fact.evidence
        assert text[ev.start_char : ev.end_char] == ev.text
    # the header itself is never a date mention
    assert all(d.start_char > 16 for d in record.dates)


def test_caller_date_wins_over_the_header():
    text = " date 2025-11-03 " + PLAIN
    assert factx.extract(text, published="2026-01-01").article.published == dt.date(2026, 1, 1)


def test_extract_many_keeps_input_order():
    items = [factx.ArticleInput(PLAIN, "2026-05-10", id=f"a{i}") for i in range(5)]
    items[2] = factx.ArticleInput("Nothing about cars here.", id="a2")
    ids = [record.article.id for record in factx.extract_many(items, batch_size=2)]
    assert ids == ["a0", "a1", "a2", "a3", "a4"]


def test_no_sentence_starts_inside_a_vehicle_name():
    nlp = factx.load()
    doc = nlp("Both ride on MEB Entry, as do the Volkswagen ID. Polo and the ID. Cross. It is new.")
    sentences = [s.text for s in doc.sents]
    assert sentences[0].endswith("ID. Cross.") and len(sentences) == 2


def test_a_maker_group_is_read_but_not_listed_as_a_brand():
    result = factx.extract(
        "Stellantis will build the Fiat Pandina at Kragujevac.", published="2026-03-01"
    )
    assert [(e.label, e.text) for e in result.entities] == [("BRAND", "Fiat"), ("MODEL", "Pandina")]
    assert [(f.subject.name, f.predicate, f.value) for f in result.facts] == [
        ("Fiat Pandina", "production_site", "Kragujevac")
    ]
