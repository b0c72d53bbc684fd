"""The HTML report: each article's text with its mentions highlighted, and its fact table.

Works on ``factx.models`` records plus the article text they index (no spaCy), and writes one
self-contained file: CSS and JS are inline, nothing is fetched, so a report can be mailed or
opened offline. Mentions may overlap (a date that contains a quantity), so the text is cut at
every mention boundary and each piece carries one underline per mention covering it, stacked
on levels like displaCy's span view; labels are CSS pseudo-elements, so the DOM's text stays
exactly the article text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from .export import format_also, format_number, format_value
from .models import ArticleFacts, DateMention, Entity, Fact, Quantity

KINDS = ("entity", "quantity", "date")
_LEVEL_PX = 4  # height of one underline level


def _esc(value: object) -> str:
    # a raw CR would be folded into LF by the HTML parser; a reference keeps it in the DOM
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


@dataclass(slots=True)
class _Mention:
    key: str  # DOM id, unique in the report
    record_id: str
    kind: str  # entity / quantity / date
    label: str  # BRAND, QTY, DATE...
    start: int
    end: int
    title: str
    level: int = 0


# --------------------------------------------------------------------------- descriptions


def _entity_title(entity: Entity) -> str:
    parts = [f"{entity.label}: {entity.normalized}"]
    for name in ("brand", "model", "code", "generation"):
        value = getattr(entity, name)
        if value:
            parts.append(f"{name} {value}")
    return " · ".join(parts)


def _figure(value: float | None, low: float | None, high: float | None) -> str:
    if value is not None:
        return format_number(value)
    if low is not None and high is not None:
        return f"{format_number(low)}–{format_number(high)}"
    if low is not None:
        return f"≥ {format_number(low)}"
    if high is not None:
        return f"≤ {format_number(high)}"
    return "?"


def _quantity_title(quantity: Quantity, ids: dict[str, str]) -> str:
    parts = [f"{_figure(quantity.value, quantity.low, quantity.high)} {quantity.unit}"]
    parts.append(quantity.dimension)
    if quantity.si_unit and quantity.si_unit != quantity.unit:
        si = _figure(quantity.si_value, quantity.si_low, quantity.si_high)
        parts.append(f"= {si} {quantity.si_unit}")
    if quantity.approximate:
        parts.append("approximate")
    if quantity.bound:
        parts.append(quantity.bound.replace("_", " "))
    if quantity.change:
        parts.append("a change")
    if quantity.restates:
        parts.append(f"restates {ids.get(quantity.restates, quantity.restates)}")
    return " · ".join(parts)


def _date_title(date: DateMention) -> str:
    if not date.resolved:
        span = "unresolved"
    else:
        earliest = date.earliest.isoformat() if date.earliest else "…"
        latest = date.latest.isoformat() if date.latest else "…"
        span = earliest if earliest == latest else f"{earliest} – {latest}"
    parts = [span, date.granularity]
    if date.modifier:
        parts.append(date.modifier)
    return " · ".join(parts)


# --------------------------------------------------------------------------- the text


def _assign_levels(mentions: list[_Mention]) -> None:
    """Give overlapping mentions distinct underline levels (interval colouring, greedy)."""
    active: list[_Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        active = [m for m in active if m.end > mention.start]
        used = {m.level for m in active}
        mention.level = next(level for level in range(len(used) + 1) if level not in used)
        active.append(mention)


def _segment_style(covering: list[_Mention]) -> str:
    layers = []
    for mention in sorted(covering, key=lambda m: m.level):
        offset = mention.level * _LEVEL_PX
        layers.append(
            f"linear-gradient(var(--{mention.kind}),var(--{mention.kind})) "
            f"0 calc(100% - {offset}px)/100% {_LEVEL_PX - 1}px no-repeat"
        )
    top = min(covering, key=lambda m: m.level)
    layers.append(f"linear-gradient(var(--{top.kind}-bg),var(--{top.kind}-bg))")
    depth = max(m.level for m in covering) + 1
    return f"background:{','.join(layers)};padding-bottom:{depth * _LEVEL_PX}px"


def _render_text(
    text: str,
    mentions: list[_Mention],
    evidence: list[tuple[str, int, int]],
) -> str:
    """The article text as HTML: pieces between boundaries, each with its covering mentions."""
    _assign_levels(mentions)
    cuts = {0, len(text)}
    for mention in mentions:
        cuts.update((mention.start, mention.end))
    for _key, start, end in evidence:
        cuts.update((start, end))
    bounds = sorted(cuts)
    starts: dict[int, list[_Mention]] = {}
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        starts.setdefault(mention.start, []).append(mention)
    anchors: dict[int, list[str]] = {}
    anchored: set[str] = set()
    for key, start, _end in evidence:  # one anchor per fact, at its first evidence
        if key not in anchored:
            anchored.add(key)
            anchors.setdefault(start, []).append(key)

    # sweep the boundaries once, keeping the mentions and evidence open at each one
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.end > mention.start:
            opening.setdefault(mention.start, []).append(i)
            closing.setdefault(mention.end, []).append(i)
    ev_opening: dict[int, list[int]] = {}
    ev_closing: dict[int, list[int]] = {}
    for i, (_key, start, end) in enumerate(evidence):
        if end > start:
            ev_opening.setdefault(start, []).append(i)
            ev_closing.setdefault(end, []).append(i)
    active: dict[int, _Mention] = {}
    active_ev: dict[int, str] = {}

    out: list[str] = []
    for index, start in enumerate(bounds):
        for i in closing.get(start, []):
            del active[i]
        for i in ev_closing.get(start, []):
            del active_ev[i]
        for i in opening.get(start, []):
            active[i] = mentions[i]
        for i in ev_opening.get(start, []):
            active_ev[i] = evidence[i][0]
        for key in anchors.get(start, []):
            out.append(f'<span class="evanchor" id="{key}"></span>')
        for mention in starts.get(start, []):
            out.append(
                f'<span class="tag k-{mention.kind}" id="{mention.key}"'
                f' data-id="{_esc(mention.record_id)}" data-kind="{mention.kind}"'
                f' data-label="{_esc(mention.label)}" title="{_esc(mention.title)}"></span>'
            )
        if index + 1 == len(bounds):
            break
        end = bounds[index + 1]
        if end <= start:
            continue
        piece = _esc(text[start:end])
        covering = list(active.values())
        in_evidence = list(dict.fromkeys(active_ev.values()))
        if not covering and not in_evidence:
            out.append(piece)
            continue
        attrs = []
        if covering:
            covering.sort(key=lambda m: m.level)
            attrs.append(f'class="m k-{covering[0].kind}"')
            attrs.append(f'data-m="{" ".join(m.key for m in covering)}"')
            attrs.append(f'style="{_segment_style(covering)}"')
            title = "\n".join(f"{m.label} {m.title}" for m in covering)
            attrs.append(f'title="{_esc(title)}"')
        if in_evidence:
            attrs.append(f'data-ev="{" ".join(in_evidence)}"')
        out.append(f"<span {' '.join(attrs)}>{piece}</span>")
    return "".join(out)


# --------------------------------------------------------------------------- one article


def _collect(text: str, record: ArticleFacts, prefix: str) -> tuple[list[_Mention], list[str]]:
    """Mentions whose offsets slice the text to their text; a warning for each that does not."""
    mentions: list[_Mention] = []
    problems: list[str] = []
    quantity_keys = {q.id: f"{prefix}-q{i}" for i, q in enumerate(record.quantities, 1)}
    groups: list[tuple[str, str, list]] = [
        ("entity", "e", record.entities),
        ("quantity", "q", record.quantities),
        ("date", "d", record.dates),
    ]
    for kind, letter, items in groups:
        for i, item in enumerate(items, 1):
            if text[item.start_char : item.end_char] != item.text:
                problems.append(
                    f"{kind} {item.id} {item.text!r} does not match the text at "
                    f"{item.start_char}:{item.end_char}; not highlighted"
                )
                continue
            if isinstance(item, Entity):
                label, title = item.label, _entity_title(item)
            elif isinstance(item, Quantity):
                label, title = "QTY", _quantity_title(item, quantity_keys)
            else:
                label, title = "DATE", _date_title(item)
            mentions.append(
                _Mention(
                    key=f"{prefix}-{letter}{i}",
                    record_id=item.id,
                    kind=kind,
                    label=label,
                    start=item.start_char,
                    end=item.end_char,
                    title=title,
                )
            )
    return mentions, problems


def _subject_cell(fact: Fact) -> str:
    subject = fact.subject
    # only what the name does not already say; the full subject is in the hover title
    details = [
        str(value)
        for name in ("brand", "model", "code", "variant", "generation")
        if (value := getattr(subject, name)) and str(value) not in subject.name
    ]
    full = " · ".join(
        f"{name} {value}"
        for name in ("brand", "model", "code", "variant", "generation")
        if (value := getattr(subject, name))
    )
    extra = f'<div class="sub">{_esc(" · ".join(details))}</div>' if details else ""
    return f"<td class='subject' title=\"{_esc(full)}\">{_esc(subject.name)}{extra}</td>"


def _fact_row(fact: Fact, prefix: str, index: int, text: str) -> str:
    key = f"{prefix}-f{index}"
    value = _esc(format_value(fact))
    also = format_also(fact)
    if also:
        value += f'<div class="sub">also {_esc(also)}</div>'
    if fact.qualifiers:
        qualifiers = "; ".join(f"{k}: {v}" for k, v in fact.qualifiers.items())
        value += f'<div class="sub">{_esc(qualifiers)}</div>'
    evidence = fact.evidence
    snippet = evidence.text if len(evidence.text) <= 140 else evidence.text[:137] + "…"
    located = text[evidence.start_char : evidence.end_char] == evidence.text
    link = (
        f'<a class="ev" href="#{key}" data-article="{prefix}" data-fact="{key}"'
        f' title="show in the text ({evidence.start_char}:{evidence.end_char})">'
        f"{_esc(snippet)}</a>"
        if located
        else f'<span class="ev missing" title="evidence offsets do not match the text">'
        f"{_esc(snippet)}</span>"
    )
    negated = "yes" if fact.negated else ""
    return (
        f'<tr class="fact" id="{key}-row" data-fact-id="{_esc(fact.id)}"'
        f' data-predicate="{_esc(fact.predicate)}" data-certainty="{_esc(fact.certainty)}"'
        f' data-negated="{str(fact.negated).lower()}">'
        f"{_subject_cell(fact)}"
        f"<td class='predicate'>{_esc(fact.predicate)}</td>"
        f"<td class='value'>{value}</td>"
        f"<td class='unit'>{_esc(fact.unit or '')}</td>"
        f"<td class='earliest'>{_esc(fact.earliest or '')}</td>"
        f"<td class='latest'>{_esc(fact.latest or '')}</td>"
        f"<td class='certainty'><span class='c-{_esc(fact.certainty)}'>"
        f"{_esc(fact.certainty)}</span></td>"
        f"<td class='negated'>{negated}</td>"
        f"<td class='evidence'>{link}</td></tr>"
    )


def _evidence_ranges(text: str, record: ArticleFacts, prefix: str) -> list[tuple[str, int, int]]:
    """(fact key, start, end) of every evidence of every fact that matches the text."""
    ranges = []
    for i, fact in enumerate(record.facts, 1):
        for evidence in [fact.evidence, *fact.more_evidence]:
            if text[evidence.start_char : evidence.end_char] == evidence.text:
                ranges.append((f"{prefix}-f{i}", evidence.start_char, evidence.end_char))
    return ranges


def render_article(text: str, record: ArticleFacts, prefix: str = "a1") -> str:
    """One article as an HTML ``<section>`` (``prefix`` makes its DOM ids unique in a report)."""
    mentions, problems = _collect(text, record, prefix)
    evidence = _evidence_ranges(text, record, prefix)
    body = _render_text(text, mentions, evidence)
    article = record.article
    heading = article.title or article.id
    meta = [f"id {article.id}"]
    if article.source and article.source != article.id:
        meta.append(f"source {article.source}")
    meta.append(f"published {article.published.isoformat() if article.published else 'unknown'}")
    counts = (
        f"{len(record.entities)} entities · {len(record.quantities)} quantities · "
        f"{len(record.dates)} dates · {len(record.facts)} facts"
    )
    warnings = [*record.warnings, *problems]
    warning_html = (
        '<ul class="warnings">' + "".join(f"<li>{_esc(w)}</li>" for w in warnings) + "</ul>"
        if warnings
        else ""
    )
    rows = "".join(_fact_row(fact, prefix, i, text) for i, fact in enumerate(record.facts, 1))
    table = (
        '<table class="facts"><thead><tr><th>subject</th><th>predicate</th><th>value</th>'
        "<th>unit</th><th>earliest</th><th>latest</th><th>certainty</th><th>negated</th>"
        f"<th>evidence</th></tr></thead><tbody>{rows}</tbody></table>"
        if record.facts
        else '<p class="none">No facts extracted.</p>'
    )
    return (
        f'<section class="article" id="{prefix}">'
        f"<h2>{_esc(heading)}</h2>"
        f'<p class="meta">{_esc(" · ".join(meta))}<br>{_esc(counts)}</p>'
        f"{warning_html}"
        f'<div class="text">{body}</div>'
        f'<h3>Facts <span class="shown" data-article="{prefix}"></span></h3>'
        f"{table}</section>"
    )


# --------------------------------------------------------------------------- the report

_CSS = """
:root{--entity:#1f77b4;--entity-bg:#e3f0fb;--quantity:#e8590c;--quantity-bg:#fff0e3;
--date:#7b2cbf;--date-bg:#f1e6fb;--flash:#ffe066}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;
background:#fafafa}
header.top{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #ddd;
padding:.5em 1.5em;display:flex;flex-wrap:wrap;gap:1.2em;align-items:center}
header.top h1{font-size:1.1em;margin:0}
.legend span{display:inline-block;margin-right:.8em}
.legend i{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.3em;
vertical-align:-.1em}
main{padding:0 1.5em 3em;max-width:1200px}
nav.index{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5em 1em;margin:1em 0}
section.article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.3em 1.2em 1em;
margin:1.2em 0}
section.article h2{margin:.5em 0 .2em;font-size:1.25em}
.meta{color:#666;font-size:.9em;margin:0 0 .6em}
.warnings{color:#8a4b00;background:#fff7e0;border-left:3px solid #f0a000;padding:.3em 1.5em}
.text{white-space:pre-wrap;line-height:2.2;font-size:1.02em;border-top:1px solid #eee;
padding-top:.5em}
.m{border-radius:2px;cursor:help}
.tag::before{content:attr(data-label);font:600 9px/1 system-ui,sans-serif;color:#fff;
padding:2px 3px;border-radius:3px;margin:0 2px 0 1px;vertical-align:.9em;letter-spacing:.02em}
.tag.k-entity::before{background:var(--entity)}
.tag.k-quantity::before{background:var(--quantity)}
.tag.k-date::before{background:var(--date)}
.m.flash,[data-ev].flash{background-color:var(--flash)!important;
outline:2px solid var(--flash)}
span.flash{background-color:var(--flash)}
tr.flash td{background:#fff6cc}
table.facts{border-collapse:collapse;width:100%;font-size:.9em}
table.facts th,table.facts td{border-bottom:1px solid #e5e5e5;padding:.3em .5em;text-align:left;
vertical-align:top}
table.facts th{background:#f3f3f3;position:sticky;top:0}
table.facts tr:hover td{background:#f7fbff}
td.value,td.earliest,td.latest{white-space:nowrap;font-variant-numeric:tabular-nums}
.sub{color:#777;font-size:.85em}
a.ev{color:#1a5fb4;text-decoration:none}
a.ev:hover{text-decoration:underline}
.c-official{color:#1b7f3b;font-weight:600}.c-reported{color:#1a5fb4}
.c-speculative{color:#b35c00;font-style:italic}
td.negated{color:#c00;font-weight:600}
.shown{font-weight:normal;color:#777;font-size:.8em}
.filters label{margin-right:.6em}
.none{color:#777}
"""

_JS = """
(function(){
  function clear(){document.querySelectorAll('.flash').forEach(function(n){
    n.classList.remove('flash');});}
  function show(key){
    var anchor=document.getElementById(key); if(!anchor) return false;
    clear();
    var pieces=document.querySelectorAll('[data-ev~="'+key+'"]');
    pieces.forEach(function(n){n.classList.add('flash');});
    var row=document.getElementById(key+'-row'); if(row) row.classList.add('flash');
    (pieces[0]||anchor).scrollIntoView({block:'center'});
    return true;
  }
  document.addEventListener('click',function(e){
    var link=e.target.closest('a.ev'); if(!link) return;
    e.preventDefault();
    var key=link.getAttribute('data-fact');
    if(show(key)) history.replaceState(null,'','#'+key);
  });
  function applyFilter(){
    var pred=document.getElementById('f-predicate').value;
    var certs={};
    document.querySelectorAll('.f-certainty').forEach(function(b){certs[b.value]=b.checked;});
    var counts={};
    document.querySelectorAll('tr.fact').forEach(function(row){
      var ok=(pred===''||row.dataset.predicate===pred)&&certs[row.dataset.certainty]!==false;
      row.hidden=!ok;
      var art=row.closest('section.article').id;
      counts[art]=counts[art]||[0,0]; counts[art][1]++; if(ok) counts[art][0]++;
    });
    document.querySelectorAll('.shown').forEach(function(s){
      var c=counts[s.dataset.article]||[0,0];
      s.textContent='('+c[0]+' of '+c[1]+' shown)';
    });
  }
  document.getElementById('f-predicate').addEventListener('change',applyFilter);
  document.querySelectorAll('.f-certainty').forEach(function(b){
    b.addEventListener('change',applyFilter);});
  applyFilter();
  if(location.hash) show(location.hash.slice(1));
})();
"""


def render_report(articles: Sequence[tuple[str, ArticleFacts]], title: str = "factx report") -> str:
    """A complete, self-contained HTML document for ``(text, record)`` pairs, in order."""
    sections = [
        render_article(text, record, f"a{i}") for i, (text, record) in enumerate(articles, 1)
    ]
    predicates = sorted({f.predicate for _text, r in articles for f in r.facts})
    options = '<option value="">all predicates</option>' + "".join(
        f'<option value="{_esc(p)}">{_esc(p)}</option>' for p in predicates
    )
    certainty_boxes = "".join(
        f'<label><input type="checkbox" class="f-certainty" value="{c}" checked> {c}</label>'
        for c in ("official", "reported", "speculative")
    )
    legend = (
        '<span class="legend"><span><i style="background:var(--entity)"></i>entity</span>'
        '<span><i style="background:var(--quantity)"></i>quantity</span>'
        '<span><i style="background:var(--date)"></i>date</span></span>'
    )
    index = ""
    if len(articles) > 1:
        items = []
        for i, (_text, record) in enumerate(articles, 1):
            name = record.article.title or record.article.id
            published = record.article.published
            items.append(
                f'<li><a href="#a{i}">{_esc(name)}</a> <span class="sub">'
                f"{_esc(published.isoformat() if published else 'no date')} · "
                f"{len(record.entities)} entities · {len(record.quantities)} quantities · "
                f"{len(record.dates)} dates · {len(record.facts)} facts</span></li>"
            )
        index = f'<nav class="index"><strong>Articles</strong><ol>{"".join(items)}</ol></nav>'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>"
        f'<header class="top"><h1>{_esc(title)}</h1>{legend}'
        '<span class="filters"><label>predicate <select id="f-predicate">'
        f"{options}</select></label>{certainty_boxes}</span></header>"
        f"<main>{index}{''.join(sections)}</main>"
        f"<script>{_JS}</script></body></html>\n"
    )
