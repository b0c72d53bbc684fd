"""The HTML report: escaping, overlapping highlights, fact links, filter, and a real browser."""

from __future__ import annotations

import ast
import html
import json
import subprocess
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import factx
from factx.cli import app
from factx.models import (
    Article,
    ArticleFacts,
    DateMention,
    Entity,
    Evidence,
    Fact,
    Quantity,
    Subject,
)
from factx.render import render_article, render_report

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "fixtures" / "articles" / "bmw-ix1-nb5.txt"
GOLDEN = ROOT / "fixtures" / "golden" / "bmw-ix1-nb5.json"
CHROMIUM = Path("/usr/bin/chromium")

# A small article with everything that breaks naive HTML: <, &, quotes, a date that contains
# a quantity, and an entity that ends where a quantity begins.
TEXT = (
    'Kia\'s "EV5" <GT> & more: the EV5 GT makes 300 kW.\n\n'
    "Sales start in roughly 3 to 5 months from now, insiders say."
)


def _at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _small_record() -> ArticleFacts:
    e1 = _at(TEXT, "Kia")
    e2 = _at(TEXT, "EV5 GT")
    q1 = _at(TEXT, "300 kW")
    q2 = _at(TEXT, "3 to 5 months")
    d1 = _at(TEXT, "roughly 3 to 5 months from now")
    s1 = _at(TEXT, "the EV5 GT makes 300 kW.")
    s2 = _at(TEXT, "Sales start in roughly 3 to 5 months from now, insiders say.")
    subject = Subject(name="Kia EV5 GT", brand="Kia", model="EV5", variant="GT")
    return ArticleFacts(
        article=Article(id='kia "ev5" <gt>.txt', published="2026-03-01"),
        entities=[
            Entity(
                id="e1",
                text="Kia",
                start_char=e1[0],
                end_char=e1[1],
                label="BRAND",
                normalized="Kia",
            ),
            Entity(
                id="e2",
                text="EV5 GT",
                start_char=e2[0],
                end_char=e2[1],
                label="VARIANT",
                normalized="EV5 GT",
                brand="Kia",
                model="EV5",
            ),
        ],
        quantities=[
            Quantity(
                id="q1",
                text="300 kW",
                start_char=q1[0],
                end_char=q1[1],
                value=300,
                unit="kW",
                dimension="power",
                si_unit="W",
                si_value=300000,
            ),
            Quantity(
                id="q2",
                text="3 to 5 months",
                start_char=q2[0],
                end_char=q2[1],
                low=3,
                high=5,
                unit="month",
                dimension="duration",
            ),
        ],
        dates=[
            DateMention(
                id="d1",
                text="roughly 3 to 5 months from now",
                start_char=d1[0],
                end_char=d1[1],
                earliest="2026-06-01",
                latest="2026-08-01",
                granularity="month",
                modifier="approx",
            ),
        ],
        facts=[
            Fact(
                id="f1",
                subject=subject,
                predicate="power",
                value=300,
                unit="kW",
                certainty="official",
                evidence=Evidence(text=TEXT[s1[0] : s1[1]], start_char=s1[0], end_char=s1[1]),
            ),
            Fact(
                id="f2",
                subject=subject,
                predicate="market_launch",
                earliest="2026-06-01",
                latest="2026-08-01",
                certainty="reported",
                negated=True,
                evidence=Evidence(text=TEXT[s2[0] : s2[1]], start_char=s2[0], end_char=s2[1]),
            ),
        ],
    )


def _text_div(doc: lxml.html.HtmlElement, section: str = "a1") -> lxml.html.HtmlElement:
    return doc.get_element_by_id(section).find_class("text")[0]


def _mention_text(doc: lxml.html.HtmlElement, key: str) -> str:
    pieces = doc.xpath(f'//span[contains(concat(" ", @data-m, " "), " {key} ")]')
    return "".join(piece.text_content() for piece in pieces)


def _assert_everything_shown(
    doc: lxml.html.HtmlElement, text: str, record: ArticleFacts, section: str = "a1"
) -> None:
    """Every mention highlighted with its kind and full text, every fact in a linked row."""
    assert _text_div(doc, section).text_content() == text
    groups = [
        ("entity", "e", record.entities),
        ("quantity", "q", record.quantities),
        ("date", "d", record.dates),
    ]
    for kind, letter, items in groups:
        for i, item in enumerate(items, 1):
            key = f"{section}-{letter}{i}"
            tag = doc.get_element_by_id(key)
            assert tag.get("data-kind") == kind and tag.get("data-id") == item.id
            assert f"k-{kind}" in tag.get("class")
            assert _mention_text(doc, key) == item.text, key
    rows = doc.get_element_by_id(section).xpath('.//tr[@class="fact"]')
    assert [row.get("data-fact-id") for row in rows] == [f.id for f in record.facts]
    for i, (row, fact) in enumerate(zip(rows, record.facts, strict=True), 1):
        key = f"{section}-f{i}"
        assert row.get("data-predicate") == fact.predicate
        assert row.get("data-certainty") == fact.certainty
        assert row.find_class("predicate")[0].text_content() == fact.predicate
        assert row.find_class("subject")[0].text_content().startswith(fact.subject.name)
        link = row.xpath('.//a[@class="ev"]')[0]
        assert link.get("href") == f"#{key}"
        doc.get_element_by_id(key)  # the anchor exists
        evidence = doc.xpath(f'//span[contains(concat(" ", @data-ev, " "), " {key} ")]')
        covered = sorted(
            {
                i
                for ev in [fact.evidence, *fact.more_evidence]
                for i in range(ev.start_char, ev.end_char)
            }
        )
        assert "".join(p.text_content() for p in evidence) == "".join(text[i] for i in covered)


# --------------------------------------------------------------------------- static HTML


def test_text_is_escaped_and_reads_back_exactly() -> None:
    page = render_report([(TEXT, _small_record())])
    assert "<GT>" not in page and "&lt;GT&gt;" in page
    doc = lxml.html.fromstring(page)
    _assert_everything_shown(doc, TEXT, _small_record())
    # the article id with quotes and brackets is shown as text, not markup
    assert 'kia "ev5" <gt>.txt' in doc.get_element_by_id("a1").find_class("meta")[0].text_content()


def test_overlapping_mentions_get_distinct_levels_and_both_show() -> None:
    doc = lxml.html.fromstring(render_report([(TEXT, _small_record())]))
    # "3 to 5 months" lies inside the date: its pieces carry both keys
    inner = doc.xpath('//span[@data-m="a1-d1 a1-q2"]')
    assert inner and "".join(p.text_content() for p in inner) == "3 to 5 months"
    style = inner[0].get("style")
    assert style.count("linear-gradient(var(--date)") == 1
    assert style.count("linear-gradient(var(--quantity)") == 1
    assert "padding-bottom:8px" in style  # two underline levels


def test_hover_titles_carry_normalised_values() -> None:
    doc = lxml.html.fromstring(render_report([(TEXT, _small_record())]))
    assert "300 kW · power · = 300,000 W" in doc.get_element_by_id("a1-q1").get("title")
    assert "2026-06-01 – 2026-08-01 · month · approx" in doc.get_element_by_id("a1-d1").get("title")
    assert doc.get_element_by_id("a1-e2").get("title").startswith("VARIANT: EV5 GT")
    piece = doc.xpath('//span[@data-m="a1-d1 a1-q2"]')[0]
    assert "QTY 3–5 month" in piece.get("title") and "DATE 2026-06-01" in piece.get("title")


def test_fact_table_columns() -> None:
    doc = lxml.html.fromstring(render_report([(TEXT, _small_record())]))
    rows = doc.xpath('//tr[@class="fact"]')
    cells = [[td.text_content() for td in row.xpath("./td")] for row in rows]
    assert cells[0][1:8] == ["power", "300", "kW", "", "", "official", ""]
    assert cells[1][1:8] == ["market_launch", "", "", "2026-06-01", "2026-08-01", "reported", "yes"]
    assert rows[1].get("data-negated") == "true"
    # the subject cell adds only what its name lacks; the hover title has every field
    assert cells[0][0] == "Kia EV5 GT"
    assert rows[0].find_class("subject")[0].get("title") == "brand Kia · model EV5 · variant GT"


def test_subject_cell_adds_code_and_generation() -> None:
    record = _small_record()
    fact = record.facts[0]
    subject = fact.subject.model_copy(update={"code": "SV1", "generation": "next"})
    record = record.model_copy(update={"facts": [fact.model_copy(update={"subject": subject})]})
    doc = lxml.html.fromstring(render_report([(TEXT, record)]))
    assert doc.find_class("subject")[0].text_content() == "Kia EV5 GTSV1 · next"


def test_index_only_for_several_articles_and_ids_stay_unique() -> None:
    record = _small_record()
    single = lxml.html.fromstring(render_report([(TEXT, record)]))
    assert not single.xpath("//nav")
    page = render_report([(TEXT, record), (TEXT, record)])
    doc = lxml.html.fromstring(page)
    links = doc.xpath("//nav//a")
    assert [a.get("href") for a in links] == ["#a1", "#a2"]
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids))
    _assert_everything_shown(doc, TEXT, record, "a2")
    options = [o.get("value") for o in doc.xpath('//select[@id="f-predicate"]/option')]
    assert options == ["", "market_launch", "power"]


def test_report_is_self_contained() -> None:
    page = render_report([(TEXT, _small_record())])
    doc = lxml.html.fromstring(page)
    assert not doc.xpath("//link | //img | //iframe | //script[@src] | //*[@src]")
    for tag in ("style", "script"):
        for node in doc.xpath(f"//{tag}"):
            body = node.text_content()
            assert "http" not in body and "@import" not in body and "url(" not in body


def test_mismatched_offsets_warn_instead_of_failing() -> None:
    record = _small_record()
    wrong = record.entities[0].model_copy(update={"start_char": 1, "end_char": 4})
    record = record.model_copy(update={"entities": [wrong, record.entities[1]]})
    section = lxml.html.fromstring(render_article(TEXT, record))
    warnings = section.find_class("warnings")[0].text_content()
    assert "entity e1 'Kia' does not match the text at 1:4" in warnings
    assert section.find_class("text")[0].text_content() == TEXT


def test_render_command_writes_a_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["render", str(ARTICLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = lxml.html.parse(str(out)).getroot()
    text = ARTICLE.read_text(encoding="utf-8")
    assert _text_div(doc).text_content() == text


def test_fact_with_mismatched_evidence_has_no_dangling_link() -> None:
    record = _small_record()
    fact = record.facts[0]
    moved = fact.evidence.model_copy(update={"start_char": 0, "end_char": 5})
    record = record.model_copy(update={"facts": [fact.model_copy(update={"evidence": moved})]})
    doc = lxml.html.fromstring(render_report([(TEXT, record)]))
    row = doc.xpath('//tr[@class="fact"]')[0]
    assert not row.xpath(".//a") and row.find_class("missing")
    assert not doc.xpath("//@data-ev") and not doc.find_class("evanchor")


def test_render_command_too_large_article_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTX_MAX_CHARS", "100")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["render", str(ARTICLE), "-o", str(out)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "too large" in lines[0]
    assert not out.exists()


def test_render_command_reads_an_html_page_as_its_text(tmp_path: Path) -> None:
    body = ARTICLE.read_text(encoding="utf-8").split("\n", 1)[1]
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>t</title></head><body><nav>Home | News</nav>"
        f"<article>{paragraphs}</article><footer>Imprint</footer></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        app, ["render", str(page), "-o", str(out), "--published", "2026-02-24"]
    )
    assert result.exit_code == 0, result.output
    doc = lxml.html.parse(str(out)).getroot()
    shown = _text_div(doc).text_content()
    assert "<p>" not in shown and "Imprint" not in shown
    assert "a full-time job" in shown
    # the highlights index the reduced text: no mention was dropped as mismatched
    assert (
        not doc.find_class("warnings")
        or "does not match" not in doc.find_class("warnings")[0].text_content()
    )
    assert "published 2026-02-24" in doc.find_class("meta")[0].text_content()


def test_render_command_missing_file_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["render", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.html")]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr
    assert not (tmp_path / "r.html").exists()


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab <&>\"'\r\n€"), min_size=1, max_size=40),
    spans=st.lists(
        st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(["e", "q", "d"])),
        max_size=8,
    ),
)
def test_any_overlap_of_mentions_reads_back(text: str, spans: list) -> None:
    """Whatever the spans (nested, crossing, equal, empty), text and mentions read back."""
    entities, quantities, dates = [], [], []
    for n, (a, b, kind) in enumerate(spans):
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        common = {"id": f"m{n}", "text": text[start:end], "start_char": start, "end_char": end}
        if kind == "e":
            entities.append(Entity(**common, label="MODEL", normalized="x"))
        elif kind == "q":
            quantities.append(Quantity(**common, value=1, unit="km", dimension="length"))
        else:
            dates.append(DateMention(**common, granularity="year"))
    record = ArticleFacts(
        article=Article(id="p"), entities=entities, quantities=quantities, dates=dates
    )
    doc = lxml.html.fromstring(render_report([(text, record)]))
    _assert_everything_shown(doc, text, record)


# --------------------------------------------------------------------------- real browser

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="/usr/bin/chromium is missing (Debian package `chromium`; .ci/run installs it)",
)


def _chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    args = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        *extra,
        url,
    ]
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=True)


def _dom(tmp_path: Path, page: Path, fragment: str = "") -> lxml.html.HtmlElement:
    result = _chromium(tmp_path, page.as_uri() + fragment, "--dump-dom")
    return lxml.html.fromstring(result.stdout)


@needs_chromium
def test_browser_shows_every_mention_and_fact_of_the_provided_article(tmp_path: Path) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    golden = ArticleFacts.model_validate(json.loads(GOLDEN.read_text(encoding="utf-8")))
    extracted = factx.extract(text, id=ARTICLE.name, source=str(ARTICLE))
    page = tmp_path / "report.html"
    page.write_text(render_report([(text, golden), (text, extracted)]), encoding="utf-8")

    doc = _dom(tmp_path, page)
    _assert_everything_shown(doc, text, golden, "a1")
    _assert_everything_shown(doc, text, extracted, "a2")
    # the inline script ran: it filled in the shown-facts counters
    counters = [s.text_content() for s in doc.find_class("shown")]
    assert counters == [
        f"({len(golden.facts)} of {len(golden.facts)} shown)",
        f"({len(extracted.facts)} of {len(extracted.facts)} shown)",
    ]

    shot = tmp_path / "report.png"
    _chromium(tmp_path, page.as_uri(), f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


@needs_chromium
def test_browser_evidence_link_highlights_its_sentence(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_report([(TEXT, _small_record())]), encoding="utf-8")
    doc = _dom(tmp_path, page, "#a1-f2")
    flashed = doc.find_class("flash")
    pieces = [n for n in flashed if n.tag == "span"]
    assert "".join(p.text_content() for p in pieces) == _small_record().facts[1].evidence.text
    assert [n.get("id") for n in flashed if n.tag == "tr"] == ["a1-f2-row"]


@needs_chromium
def test_browser_clicking_an_evidence_link_highlights_only_its_sentence(tmp_path: Path) -> None:
    record = _small_record()
    # click fact 1's link, then fact 2's: only the second stays highlighted
    clicks = (
        "<script>document.querySelector('a.ev[data-fact=\"a1-f1\"]').click();"
        "document.querySelector('a.ev[data-fact=\"a1-f2\"]').click();</script></body>"
    )
    page = tmp_path / "click.html"
    page.write_text(render_report([(TEXT, record)]).replace("</body>", clicks), encoding="utf-8")
    doc = _dom(tmp_path, page)
    pieces = [n for n in doc.find_class("flash") if n.tag == "span"]
    assert "".join(p.text_content() for p in pieces) == record.facts[1].evidence.text
    assert [n.get("id") for n in doc.find_class("flash") if n.tag == "tr"] == ["a1-f2-row"]


@needs_chromium
def test_browser_filter_hides_rows_by_predicate_and_certainty(tmp_path: Path) -> None:
    page_text = render_report([(TEXT, _small_record())])
    # drive the report's own controls as a user would, then let the page's script react
    driver = (
        "<script>var s=document.getElementById('f-predicate');s.value='market_launch';"
        "s.dispatchEvent(new Event('change'));</script></body>"
    )
    by_predicate = tmp_path / "predicate.html"
    by_predicate.write_text(page_text.replace("</body>", driver), encoding="utf-8")
    doc = _dom(tmp_path, by_predicate)
    visible = [
        r.get("data-predicate") for r in doc.xpath('//tr[@class="fact"]') if r.get("hidden") is None
    ]
    assert visible == ["market_launch"]
    assert doc.find_class("shown")[0].text_content() == "(1 of 2 shown)"

    driver = (
        "<script>var b=document.querySelector('.f-certainty[value=\"reported\"]');"
        "b.checked=false;b.dispatchEvent(new Event('change'));</script></body>"
    )
    by_certainty = tmp_path / "certainty.html"
    by_certainty.write_text(page_text.replace("</body>", driver), encoding="utf-8")
    doc = _dom(tmp_path, by_certainty)
    visible = [
        r.get("data-certainty") for r in doc.xpath('//tr[@class="fact"]') if r.get("hidden") is None
    ]
    assert visible == ["official"]


# --------------------------------------------------------------------------- architecture

VIEW_MODULES = ("render", "export", "table")


def _imports(module: str) -> set[str]:
    tree = ast.parse((ROOT / "src" / "factx" / f"{module}.py").read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
    return names


@pytest.mark.parametrize("module", VIEW_MODULES)
def test_views_work_on_records_only(module: str) -> None:
    """No spaCy and no pipeline stage: a run's JSON can be viewed without loading a model."""
    imports = _imports(module)
    assert not {name for name in imports if name.split(".")[0] in {"spacy", "thinc"}}
    local = {name for name in imports if name.startswith(".")}
    assert local <= {".models", ".export"}, local
