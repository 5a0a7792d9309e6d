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
