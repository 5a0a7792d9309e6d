"""Markup knowledge: which file extensions are which kind, and how HTML elements read as text."""

from __future__ import annotations

from typing import Literal

from claimcheck.models import BlockKind

# File extension (lower case, with the dot) -> document kind. Anything else is read as text.
EXTENSION_KINDS: dict[str, Literal["markdown", "text", "html"]] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

# Elements whose content is never checked (code, scripts, metadata, embedded documents).
HTML_SKIPPED: frozenset[str] = frozenset(
    {
        "code", "head", "iframe", "kbd", "math", "noscript", "object", "pre", "samp", "script",
        "select", "style", "svg", "template", "textarea", "title",
    }
)  # fmt: skip

# Elements that end the current unit of text where they start and where they end.
HTML_BLOCKS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip

# Block elements that give their text a kind other than a paragraph (the innermost one wins).
HTML_BLOCK_KINDS: dict[str, BlockKind] = {
    "h1": BlockKind.HEADING,
    "h2": BlockKind.HEADING,
    "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING,
    "h5": BlockKind.HEADING,
    "h6": BlockKind.HEADING,
    "li": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.BLOCKQUOTE,
    "td": BlockKind.TABLE_CELL,
    "th": BlockKind.TABLE_CELL,
}

# Elements that never have content or an end tag.
HTML_VOID: frozenset[str] = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    }
)  # fmt: skip

# What opens a paragraph without being part of its first sentence: a speaker's label in a script
# or transcript ("ANCHOR (ON CAM):", "REPORTER (VO):", "Q:") and a wire story's dateline
# ("GENEVA —", "HONG KONG, Nov. 3 (Reuters) —"). Both are written in capitals. The sentence starts
# after them, so what they name is not read as part of its statement.
_CAPITAL_WORD = r"[A-Z][A-Z.'’\-]*"
_CAPITAL_WORDS = rf"{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{0,3}}"
_DIRECTION = r"(?:[ \t]*\([^()\n]{1,24}\))?"  # "(VO)", "(ON CAM)", "(Reuters)"
SPEAKER_LABEL = rf"{_CAPITAL_WORDS}{_DIRECTION}[ \t]*:"
_DATE_AFTER_PLACE = r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.]+){0,2})?"  # ", Nov. 3"
DATELINE = rf"{_CAPITAL_WORDS}{_DATE_AFTER_PLACE}{_DIRECTION}[ \t]+(?:—|–|--)"

# A citation that ends a sentence: an author and a year in brackets ("(Pickrell, 2016)", "(Smith
# et al. 2019, p. 4)") or footnote numbers ("[3]", "[4, 7]"). It names where a fact comes from, not
# a fact, so the sentence ends before it.
CITATION = (
    r"\((?:[A-Z][\w.'’&-]*)(?:[ \t]+(?:[A-Z][\w.'’&-]*|et[ \t]+al\.?|and|&)){0,4},?[ \t]+"
    r"(?:1[6-9]|20)\d\d[a-z]?(?:,[ \t]*pp?\.[ \t]*\d+(?:[-–]\d+)?)?\)"
    r"|\[\d{1,3}(?:[,–-][ \t]*\d{1,3})*\]"
)
