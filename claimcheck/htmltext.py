"""HTML -> checkable units with offsets into the raw HTML.

The standard library's `html.parser` reports every tag, text run, entity and comment with its
position. Text runs are kept verbatim, entities are decoded in the text while their offsets cover
the raw `&amp;`, and block elements (p, div, li, h1-h6, blockquote, td, br ...) end a unit. The
content of script, style, code, pre, head and similar elements is skipped.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from claimcheck.lexicons.markup import HTML_BLOCK_KINDS, HTML_BLOCKS, HTML_SKIPPED, HTML_VOID
from claimcheck.markup import Comment, Extracted, Unit, UnitBuilder
from claimcheck.models import BlockKind

_NEWLINE = re.compile("\n")
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
# An element of these kinds implicitly closes an open element of the same group.
_SIBLINGS: dict[str, frozenset[str]] = {
    "li": frozenset({"li"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
}
# Closing one of these closes the open elements of the given kinds inside it.
_CLOSES: dict[str, frozenset[str]] = {
    "ul": frozenset({"li"}),
    "ol": frozenset({"li"}),
    "tr": frozenset({"td", "th"}),
    "table": frozenset({"td", "th"}),
}


def extract_html(document: str) -> Extracted:
    """Reduce an HTML document to checkable units and the comments outside skipped elements."""
    reader = _Reader(document)
    reader.feed(document)
    reader.close()
    reader.flush()
    return Extracted(tuple(reader.units), tuple(reader.comments))


class _Reader(HTMLParser):
    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=False)
        self.document = document
        self.newlines = [0, *(match.end() for match in _NEWLINE.finditer(document))]
        self.builder = UnitBuilder(document)
        self.units: list[Unit] = []
        self.comments: list[Comment] = []
        self.skipping: list[str] = []
        self.kinds: list[str] = []

    def position(self) -> int:
        """The document offset of the construct being handled (html.parser counts LF only)."""
        line, column = self.getpos()
        return self.newlines[line - 1] + column

    def flush(self) -> None:
        block = HTML_BLOCK_KINDS[self.kinds[-1]] if self.kinds else BlockKind.PARAGRAPH
        unit = self.builder.build(block)
        if unit is not None:
            self.units.append(unit)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HTML_BLOCKS:
            self.flush()
        if tag in HTML_SKIPPED:
            self.skipping.append(tag)
        if tag in HTML_BLOCK_KINDS:
            siblings = _SIBLINGS.get(tag, frozenset())
            if self.kinds and self.kinds[-1] in siblings:
                self.kinds.pop()
            self.kinds.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in HTML_VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in HTML_BLOCKS:
            self.flush()
        if tag in self.skipping:
            del self.skipping[_last_index(self.skipping, tag) :]
        if tag in self.kinds:
            del self.kinds[_last_index(self.kinds, tag) :]
        inner = _CLOSES.get(tag, frozenset())
        while self.kinds and self.kinds[-1] in inner:
            self.kinds.pop()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            start = self.position()
            self.text(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self.reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self.reference("&#" + name)

    def reference(self, raw: str) -> None:
        if not self.skipping:
            start = self.position()
            end = start + len(raw)
            self.text(start, end + 1 if self.document.startswith(";", end) else end)

    def text(self, start: int, end: int) -> None:
        """Append document text, decoding character references (the parser leaves some in data)."""
        at = start
        if "&" in self.document[start:end]:
            for match in _REFERENCE.finditer(self.document, start, end):
                decoded = unescape(match.group())
                if decoded != match.group():
                    self.builder.verbatim(at, match.start())
                    self.builder.atom(decoded, match.start(), match.end())
                    at = match.end()
        self.builder.verbatim(at, end)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """`<![CDATA[...]]>` and friends; anything the stdlib rejects is read as a bogus comment."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return self.parse_bogus_comment(i)

    def handle_comment(self, data: str) -> None:
        start = self.position()
        if not self.skipping and self.document.startswith("<!--", start):
            end = start + 4 + len(data)
            end = self.document.find(">", end) + 1 or len(self.document)
            self.comments.append(Comment(data, start, end))


def _last_index(items: list[str], item: str) -> int:
    return len(items) - 1 - items[::-1].index(item)
