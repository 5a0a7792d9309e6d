"""The html format without a browser: escaping, the data block, the CSP and the layout."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any

from reporter_fixtures import IMG, SCRIPT, hostile_report, sample_report, suppress

from claimcheck.models import Report, Suppression
from claimcheck.reporters import ReportOptions
from claimcheck.reporters.html import render_html, script_json


class Elements(HTMLParser):
    """Collects start tags with their attributes, and the text of every <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


def data_block(page: str) -> Any:
    match = re.search(r'<script type="application/json" id="claimcheck-data">(.*?)</script>', page)
    assert match is not None
    return json.loads(match.group(1))


def sha(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_hostile_text_is_escaped_everywhere() -> None:
    page = render_html(hostile_report(), ReportOptions())
    assert SCRIPT not in page
    assert IMG not in page
    assert "<img" not in page
    assert "javascript:" not in page.split('id="claimcheck-data">')[0]
    elements = parse(page)
    assert [tag for tag, _ in elements.tags if tag == "script"] == ["script", "script"]
    assert not any(name.startswith("on") for _, attrs in elements.tags for name in attrs)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;/span&gt;&lt;span class=&quot;s&quot;&gt;" in page


def test_data_block_is_inert_and_round_trips() -> None:
    page = render_html(hostile_report(), ReportOptions())
    raw = page.split('id="claimcheck-data">', 1)[1].split("</script>", 1)[0]
    assert not set("<>&") & set(raw)
    data = data_block(page)
    contradicted = data["results"][1]
    assert contradicted["text"].endswith(f"{IMG} last year.")
    assert contradicted["source_title"] == f"Title {SCRIPT}{IMG}"
    assert contradicted["claim_text"] == f"511 prosecutors were punished {IMG}"
    assert contradicted["quote"] == f"A total of 511 prosecutors {SCRIPT}"
    assert contradicted["source_url"] == "javascript:window.__pwned=1"  # the script refuses it


def test_script_json_escapes_markup_and_separators() -> None:
    encoded = script_json({"a": "</script><!-- & \u2028"})
    assert encoded == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}'
    assert json.loads(encoded) == {"a": "</script><!-- & \u2028"}


def test_csp_allows_exactly_the_inline_style_and_script() -> None:
    page = render_html(sample_report(), ReportOptions())
    elements = parse(page)
    csp = next(
        attrs["content"]
        for tag, attrs in elements.tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    )
    assert csp is not None
    assert "default-src 'none'" in csp
    assert f"script-src 'sha256-{sha(elements.scripts[-1])}';" in csp
    assert f"style-src 'sha256-{sha(elements.styles[0])}';" in csp
    assert "unsafe-inline" not in csp


def test_self_contained() -> None:
    page = render_html(sample_report(), ReportOptions())
    assert "://" not in page
    assert "<link" not in page
    assert "@import" not in page
    assert " src=" not in page
    assert "url(" not in page


def test_one_span_per_sentence_with_label_class() -> None:
    page = render_html(sample_report(), ReportOptions())
    spans = [
        attrs
        for tag, attrs in parse(page).tags
        if tag == "span" and "s" in (attrs.get("class") or "").split()
    ]
    labels = [str(attrs["class"]).split()[1] for attrs in spans]
    assert labels == [
        "s-skipped",
        "s-contradicted",
        "s-supported",
        "s-contradicted",
        "s-unsourced",
        "s-skipped",
    ]
    assert [attrs["data-i"] for attrs in spans] == ["0", "1", "2", "3", "4", "5"]
    assert all(attrs["tabindex"] == "0" for attrs in spans)


def test_document_text_is_preserved() -> None:
    report = sample_report()
    page = render_html(report, ReportOptions())
    draft = page.split('<div class="draft">', 1)[1].split("</div>", 1)[0]
    text = re.sub(r"<[^>]+>", "", draft)
    assert text.replace("&#x27;", "'") == report.documents[0].text


def test_panel_data_for_contradicted_sentence() -> None:
    data = data_block(render_html(sample_report(), ReportOptions()))
    result = data["results"][1]
    assert result["key"] == "contradicted"
    assert result["claim_id"] == "spp-511-prosecutors"
    assert result["source_title"] == "China Punishes Over 500 Prosecutors for Wrongful Convictions"
    assert result["source_meta"] == "Sixth Tone · 2021"
    assert result["reasons"][0]["span"] == [31, 34]
    assert result["score"] == 91.5
    assert data["results"][4]["candidates"][0]["text"] == (
        "The lifetime accountability mechanism was introduced in 2013."
    )


def test_header_counts_and_findings() -> None:
    report = suppress(sample_report(), 3, Suppression("ok"))
    page = render_html(report, ReportOptions())
    assert "1 sentence contradicts the sources" in page
    assert 'data-toggle="suppressed" aria-pressed="true"' in page
    assert page.count('class="finding"') == 2
    assert "s-suppressed" in page


def test_verdicts() -> None:
    assert "Every checked sentence is supported" in render_html(Report(()), ReportOptions())
    assert "No documents were checked." in render_html(Report(()), ReportOptions())


def test_overlapping_sentences_are_clipped() -> None:
    document = sample_report().documents[0]
    first = document.results[1]
    moved = replace(first.sentence, start=first.sentence.start + 5, end=first.sentence.end + 5)
    broken = replace(document, results=(first, replace(first, sentence=moved)))
    page = render_html(Report((broken,)), ReportOptions())
    draft = page.split('<div class="draft">', 1)[1].split("</div>", 1)[0]
    assert re.sub(r"<[^>]+>", "", draft).replace("&#x27;", "'") == document.text
    assert draft.count('class="s ') == 2
