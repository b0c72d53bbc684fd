"""Reading: bytes, HTML, language, size limit and the header, without the CLI."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
import spacy

from factx import extract
from factx.errors import EmptyHTMLError, InputError, NotTextError, TooLargeError
from factx.reader import (
    decode_bytes,
    html_to_text,
    identify_language,
    looks_like_html,
    parse_header,
    read_text,
)
from factx.sources import Task, load_input

ENGLISH = (
    "The new electric crossover will be built at the company's plant in Debrecen from next "
    "year. It offers a larger battery than the model it replaces and charges faster, the "
    "maker said on Tuesday."
)
GERMAN = (
    "Der neue Elektro-Crossover wird ab dem nächsten Jahr im Werk in Debrecen gebaut. Er "
    "bietet eine größere Batterie als das Modell, das er ersetzt, und lädt schneller, teilte "
    "der Hersteller am Dienstag mit."
)
PAGE = """<!DOCTYPE html>
<html><head><title>Maker confirms new crossover</title>
<meta property="article:published_time" content="2026-02-24T09:30:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Maker confirms new crossover</h1>
<p>{body}</p><p>Production starts in November at the plant, the company confirmed.</p>
</article><footer>Copyright 2026 Example Media</footer></body></html>
"""


def test_utf8_decodes_without_warning() -> None:
    text, warnings = decode_bytes("Citroën ë-C3 — 300 km".encode())
    assert text == "Citroën ë-C3 — 300 km"
    assert warnings == []


def test_utf8_bom_is_dropped() -> None:
    text, warnings = decode_bytes(b"\xef\xbb\xbfPlain text")
    assert text == "Plain text"
    assert warnings == []


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_encodings_are_detected_with_a_warning(encoding: str) -> None:
    original = "Le café de la Société Générale à Paris, où l'on mange très bien. Déjà vu. " * 3
    text, warnings = decode_bytes(original.encode(encoding))
    assert text == original
    assert len(warnings) == 1 and "not UTF-8" in warnings[0]


def test_cp1252_punctuation_is_decoded() -> None:
    original = "BMW’s new crossover costs €45,000 – about £38,000 – and “feels” quick."
    text, warnings = decode_bytes(original.encode("cp1252"))
    assert text == original
    assert "cp1252" in warnings[0]


def test_nul_bytes_are_not_text() -> None:
    with pytest.raises(NotTextError, match="not text"):
        decode_bytes(b"PK\x03\x04\x00\x00binary")


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_binary_without_nul_is_not_text(seed: int) -> None:
    junk = random.Random(seed).randbytes(2000).replace(b"\x00", b"\x01")
    with pytest.raises(NotTextError):
        decode_bytes(junk)


def test_control_characters_in_utf8_are_not_text() -> None:
    with pytest.raises(NotTextError, match="control characters"):
        decode_bytes(bytes(range(1, 32)) * 10 + b"some text")


def test_html_is_recognised_and_prose_is_not() -> None:
    assert looks_like_html(PAGE.format(body=ENGLISH))
    assert looks_like_html("<div><p>a</p><p>b</p><span>c</span><br><a href='x'>d</a></div>")
    assert not looks_like_html(ENGLISH)
    assert not looks_like_html("Power rises to <300 kW> in the top version, up from 250 kW.")


def test_html_is_reduced_to_main_text_and_date() -> None:
    text, published, warnings = html_to_text(PAGE.format(body=ENGLISH))
    assert "larger battery" in text and "Production starts" in text
    assert "Home" not in text and "Copyright" not in text and "<p>" not in text
    assert published == dt.date(2026, 2, 24)
    assert warnings


def test_html_without_main_text_is_an_error() -> None:
    with pytest.raises(EmptyHTMLError):
        html_to_text("<html><head><title>x</title></head><body><script>1;</script></body></html>")


def test_language_identification() -> None:
    assert identify_language(ENGLISH) == "en"
    assert identify_language(GERMAN) == "de"
    assert identify_language("BMW iX1 320 km") is None  # too short to tell


def test_non_english_is_skipped_unless_forced() -> None:
    skipped = read_text(GERMAN)
    assert skipped.article.language == "de"
    assert skipped.nlp_text == ""
    assert any("not English" in w and "skipped" in w for w in skipped.warnings)
    forced = read_text(GERMAN, force=True)
    assert forced.nlp_text == GERMAN
    assert not any("skipped" in w for w in forced.warnings)


def test_english_is_read_as_is() -> None:
    read = read_text(ENGLISH)
    assert read.article.language == "en"
    assert read.nlp_text == ENGLISH
    assert read.warnings == []


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n"])
def test_blank_text_gives_an_empty_record_and_a_warning(text: str) -> None:
    record = extract(text)
    assert record.entities == record.quantities == record.dates == record.facts == []
    assert any("empty" in w for w in record.warnings)


def test_header_only_counts_as_blank() -> None:
    read = read_text(" date 2026-02-24 \n\n")
    assert read.article.published == dt.date(2026, 2, 24)
    assert any("empty" in w for w in read.warnings)


def test_impossible_header_date_warns_and_gives_no_date() -> None:
    date, end, warnings = parse_header(" date 2026-13-45 Body text")
    assert date is None and end > 0
    assert "2026-13-45" in warnings[0]
    record = extract(" date 2026-13-45 " + ENGLISH)
    assert record.article.published is None
    assert any("not a calendar date" in w for w in record.warnings)


def test_header_is_masked_with_spaces_of_the_same_length() -> None:
    text = " date 2026-02-24 " + ENGLISH
    read = read_text(text)
    assert len(read.nlp_text) == len(text)
    assert read.nlp_text.strip() == ENGLISH


def test_size_limit_refuses_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(TooLargeError, match="limit of 100 characters"):
        read_text(ENGLISH * 2, max_chars=100)
    monkeypatch.setenv("FACTX_MAX_CHARS", "50")
    with pytest.raises(TooLargeError):
        extract(ENGLISH)
    monkeypatch.setenv("FACTX_MAX_CHARS", "many")
    with pytest.raises(InputError, match="FACTX_MAX_CHARS"):
        extract(ENGLISH)


def test_size_limit_above_spacy_default_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_MAX_CHARS", "1500000")
    text = (ENGLISH + "\n\n") * (1_100_000 // len(ENGLISH))
    assert len(text) > 1_000_000
    # a tokenizer-only pipeline: this checks the limit, not the stages' speed on 1 MB
    record = extract(text, force=True, pipeline=spacy.blank("en"))
    assert record.article.language == "en"
    assert record.warnings == []


def test_bad_published_string_is_an_input_error() -> None:
    with pytest.raises(InputError, match="ISO date"):
        extract(ENGLISH, published="24/02/2026")


def test_file_in_cp1252_keeps_offsets_into_the_decoded_text(tmp_path: Path) -> None:
    original = "Škoda’s Enyaq costs €45,000. " + ENGLISH
    path = tmp_path / "a.txt"
    path.write_bytes(original.encode("cp1252", errors="replace"))
    item = load_input(Task(id="a.txt", source=str(path), path=str(path)))
    assert item.text == original.encode("cp1252", errors="replace").decode("cp1252")
    assert any("not UTF-8" in w for w in item.warnings)
    record = extract(item.text, force=True)
    for mention in [*record.entities, *record.quantities, *record.dates]:
        assert item.text[mention.start_char : mention.end_char] == mention.text


def test_html_file_is_read_through_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(body=ENGLISH), encoding="utf-8")
    item = load_input(Task(id="page.html", source=str(path), path=str(path)))
    assert "<" not in item.text and "larger battery" in item.text
    assert item.published == dt.date(2026, 2, 24)


def test_jsonl_record_published_wins_over_page_date() -> None:
    task = Task(id="r1", source="x", text=PAGE.format(body=ENGLISH), published="2026-03-01")
    item = load_input(task)
    assert item.published == dt.date(2026, 3, 1)
    assert any("HTML detected" in w for w in item.warnings)
