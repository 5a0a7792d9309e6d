"""The html format: one self-contained page that shows each draft with its sentences highlighted.

Every sentence is a focusable span coloured by label; hovering, clicking or focusing it shows a
side panel with the claim, the source, the quote, the reasons, the score and the nearest
claims. The page needs no network: the stylesheet (html.css) and script (html.js) are inlined
and allowed by hash in a Content-Security-Policy that forbids everything else.

Safety: every piece of draft, claim and source text reaches the page either through
`html.escape` or as JSON in a `<script type="application/json">` block (with <, > and &
escaped), which the script reads with JSON.parse and writes with textContent only.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from importlib import resources
from typing import Any

from claimcheck.models import Document, Report, Result
from claimcheck.reporters.common import (
    LABEL_ORDER,
    ReportOptions,
    finding_level,
    is_suppressed,
    iter_results,
    one_line,
    result_message,
    round_score,
    shown_reasons,
    summary_counts,
)
from claimcheck.reporters.json_format import reason_json

JsonObject = dict[str, Any]

LABEL_TITLES: dict[str, str] = {
    "contradicted": "Contradicted",
    "unsourced": "Unsourced",
    "supported": "Supported",
    "skipped": "Skipped",
    "suppressed": "Suppressed",
}
LABEL_HINTS: dict[str, str] = {
    "contradicted": "states a fact that conflicts with the source",
    "unsourced": "no claim in the registry backs it",
    "supported": "agrees with a sourced claim",
    "skipped": "not a checkable statement",
    "suppressed": "ignored by an inline comment",
}
JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}
JSON_ESCAPES |= {0x2028: "\\u2028", 0x2029: "\\u2029"}


def asset(name: str) -> str:
    """A static file shipped beside this module (html.css, html.js)."""
    return resources.files("claimcheck.reporters").joinpath(name).read_text(encoding="utf-8")


def csp_hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def script_json(data: object) -> str:
    """JSON that is inert inside a <script> element: no <, > or & survives unescaped."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_ESCAPES)


def label_key(result: Result) -> str:
    """The CSS/legend key of a result: its label, or "suppressed"."""
    return "suppressed" if is_suppressed(result) else result.label.value


def result_data(report: Report, result: Result) -> JsonObject:
    """What the side panel shows for one sentence, with every lookup already done."""
    claim = report.claims.get(result.claim_id) if result.claim_id else None
    source = report.sources.get(result.source) if result.source else None
    meta = source.meta if source is not None else None
    credit = [meta.publisher, meta.author, meta.date] if meta is not None else []
    suppression = result.suppression if is_suppressed(result) else None
    return {
        "label": result.label.value,
        "key": label_key(result),
        "location": f"{result.path}:{result.sentence.line}:{result.sentence.column}",
        "text": result.sentence.text,
        "message": result_message(result),
        "claim_id": result.claim_id,
        "claim_text": claim.text if claim is not None else None,
        "source_id": result.source,
        "source_title": (meta.title if meta is not None else None) or result.source,
        "source_meta": " · ".join(part for part in credit if part) or None,
        "source_url": meta.url if meta is not None else None,
        "quote": result.quote,
        "score": round_score(result.score),
        "reasons": [reason_json(r) for r in shown_reasons(result)],
        "candidates": [
            {
                "claim_id": c.claim_id,
                "score": round_score(c.score),
                "text": report.claims[c.claim_id].text if c.claim_id in report.claims else None,
            }
            for c in sorted(result.candidates, key=lambda c: -c.score)
        ],
        "checks": [
            {"claim_id": c.claim_id, "label": c.label.value, "score": round_score(c.score)}
            for c in result.checks
        ],
        "suppressed": None if suppression is None else {"reason": suppression.reason},
    }


def sentence_span(result: Result, index: int, content: str) -> str:
    key = label_key(result)
    return (
        f'<span class="s s-{key} b-{result.sentence.block.value}" id="s{index}" '
        f'data-i="{index}" tabindex="0" role="button" aria-describedby="hint-{key}">'
        f"{escape(content)}</span>"
    )


def draft_html(document: Document, first_index: int) -> str:
    """The document text, escaped, with each sentence's [start, end) wrapped in a span.

    Sentences are placed in offset order; one that overlaps an earlier one is clipped."""
    text = document.text
    order = sorted(range(len(document.results)), key=lambda i: document.results[i].sentence.start)
    pieces: list[str] = []
    position = 0
    for offset in order:
        result = document.results[offset]
        start = min(max(result.sentence.start, position), len(text))
        end = min(max(result.sentence.end, start), len(text))
        if start == end:
            continue
        pieces.append(escape(text[position:start]))
        pieces.append(sentence_span(result, first_index + offset, text[start:end]))
        position = end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def chip(key: str, text: str) -> str:
    return f'<span class="chip chip-{key}">{escape(text)}</span>'


def finding_item(result: Result, index: int) -> str:
    where = f"{result.sentence.line}:{result.sentence.column}"
    claim = f' <code class="claim-id">{escape(result.claim_id)}</code>' if result.claim_id else ""
    label = LABEL_TITLES[label_key(result)]
    return (
        f'<li><a class="finding" href="#s{index}" data-i="{index}">{chip(label_key(result), label)}'
        f'<span class="loc">{where}</span>{claim}'
        f'<span class="finding-msg">{escape(result_message(result))}</span></a></li>'
    )


def document_html(document: Document, first_index: int, options: ReportOptions) -> str:
    counts: dict[str, int] = {}
    for result in document.results:
        counts[label_key(result)] = counts.get(label_key(result), 0) + 1
    stats = (
        " · ".join(f"{counts[key]} {key}" for key in LABEL_TITLES if counts.get(key))
        or "no sentences"
    )
    flagged = [
        finding_item(result, first_index + offset)
        for offset, result in enumerate(document.results)
        if finding_level(result, options) or (options.show_all and is_suppressed(result))
    ]
    findings = (
        f'<h3 class="findings-title">Findings</h3><ol class="findings">{"".join(flagged)}</ol>'
        if flagged
        else '<p class="no-findings">No contradicted or unsourced sentences.</p>'
    )
    return (
        f'<section class="doc" aria-label="{escape(document.path)}">'
        f'<header class="doc-head"><h2 class="doc-path">{escape(document.path)}</h2>'
        f'<p class="doc-stats">{escape(stats)}</p></header>'
        f'<div class="draft">{draft_html(document, first_index)}</div>'
        f"{findings}</section>"
    )


def verdict_html(counts: dict[str, int]) -> str:
    if counts["contradicted"]:
        n = counts["contradicted"]
        text = f"{n} sentence{'s' if n != 1 else ''} contradict{'s' if n == 1 else ''} the sources"
        return f'<p class="verdict verdict-contradicted">{text}</p>'
    if counts["unsourced"]:
        n = counts["unsourced"]
        text = f"{n} sentence{'s' if n != 1 else ''} need{'s' if n == 1 else ''} a source"
        return f'<p class="verdict verdict-unsourced">{text}</p>'
    return '<p class="verdict verdict-supported">Every checked sentence is supported</p>'


def header_html(report: Report, options: ReportOptions) -> str:
    counts = summary_counts(report)
    files = len(report.documents)
    sentences = sum(len(d.results) for d in report.documents)
    legend = "".join(
        f'<button type="button" class="chip chip-{key} legend-chip" data-toggle="{key}" '
        f'aria-pressed="true" title="{escape(LABEL_HINTS[key])}">'
        f'<span class="swatch"></span>{LABEL_TITLES[key]}<b>{counts[key]}</b></button>'
        for key in [*(label.value for label in LABEL_ORDER), "suppressed"]
    )
    hints = "".join(
        f'<span id="hint-{key}" hidden>{LABEL_TITLES[key]}: {LABEL_HINTS[key]}</span>'
        for key in LABEL_TITLES
    )
    return (
        '<div class="top-band"><header class="top"><div class="brand">'
        '<span class="logo" aria-hidden="true">✓</span>'
        f'claimcheck <span class="version">{escape(options.tool_version)}</span></div>'
        f"<h1>Fact-check report</h1>{verdict_html(counts)}"
        f'<p class="run">{files} file{"s" if files != 1 else ""} checked · '
        f"{sentences} sentence{'s' if sentences != 1 else ''}</p>"
        f'<nav class="legend" aria-label="Labels (click to show or hide)">{legend}</nav>'
        f"{hints}</header></div>"
    )


PANEL = """<aside class="panel" id="panel" aria-live="polite" aria-label="Sentence details">
<div class="panel-empty" data-part="empty"><p><b>Select a highlighted sentence</b> to see the
claim it was checked against, the source quote and the reasons.</p>
<p class="keys"><kbd>Tab</kbd> moves between sentences · <kbd>n</kbd> / <kbd>p</kbd> jump to the
next or previous finding · <kbd>Esc</kbd> clears.</p></div>
<div class="panel-body" data-part="body" hidden>
<div class="panel-head"><span class="chip" data-field="label"></span>
<span class="loc" data-field="location"></span>
<button type="button" class="panel-close" data-close aria-label="Close details">×</button></div>
<p class="panel-sentence" data-field="text"></p>
<p class="panel-message" data-field="message"></p>
<section data-section="suppressed"><h3>Suppressed</h3><p data-field="suppressed"></p></section>
<section data-section="claim"><h3>Claim</h3><p><code data-field="claim_id"></code>
<span class="score" data-field="score"></span></p><p data-field="claim_text"></p></section>
<section data-section="source"><h3>Source</h3><p class="source-title" data-field="source_title">
</p><p class="source-meta" data-field="source_meta"></p>
<p class="source-link"><a data-field="source_url" rel="noopener noreferrer" target="_blank"></a>
</p><blockquote data-field="quote"></blockquote></section>
<section data-section="reasons"><h3>Why</h3><ul class="reasons" data-list="reasons"></ul></section>
<section data-section="checks"><h3>All matched claims</h3><ul data-list="checks"></ul></section>
<section data-section="candidates"><h3>Nearest claims</h3>
<ul class="candidates" data-list="candidates"></ul></section>
</div></aside>"""


def render_html(report: Report, options: ReportOptions) -> str:
    """The report as one self-contained HTML page."""
    css, script = asset("html.css"), asset("html.js")
    csp = (
        f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(script)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    data = {"results": [result_data(report, r) for _, r in iter_results(report)]}
    documents: list[str] = []
    first = 0
    for document in report.documents:
        documents.append(document_html(document, first, options))
        first += len(document.results)
    body = "".join(documents) or '<p class="no-findings">No documents were checked.</p>'
    title = "claimcheck report"
    if len(report.documents) == 1:
        title += f": {one_line(report.documents[0].path)}"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f'<meta name="generator" content="claimcheck {escape(options.tool_version)}">\n'
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f'{header_html(report, options)}\n<div class="layout"><main class="docs">{body}</main>\n'
        f"{PANEL}</div>\n"
        '<footer class="foot">Generated by claimcheck. Labels are machine suggestions: '
        "check every finding against the source before you publish.</footer>\n"
        f'<script type="application/json" id="claimcheck-data">{script_json(data)}</script>\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )
