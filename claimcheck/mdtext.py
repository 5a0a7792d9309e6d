"""Markdown -> checkable units with exact offsets.

markdown-it-py gives the block structure (each block token's `map` is its line range) and the
inline tokens of every paragraph, heading and table cell. Inline tokens carry no offsets, so each
one is aligned with the original text: a cursor walks the block's lines, finds each text token
(allowing for backslash escapes and entities, which markdown-it decodes) and steps over the
markup between them (emphasis markers, `>` quote markers, list markers, link destinations,
images, code spans, inline HTML).

Skipped: front matter, code blocks and spans, HTML blocks and inline HTML, images, link
destinations and autolinks, horizontal rules, reference-link definitions.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING

from claimcheck.markup import LINE_BREAK, Comment, Extracted, Unit, UnitBuilder, line_starts
from claimcheck.models import BlockKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

_CONTAINERS: dict[str, BlockKind] = {
    "heading_open": BlockKind.HEADING,
    "list_item_open": BlockKind.LIST_ITEM,
    "blockquote_open": BlockKind.BLOCKQUOTE,
    "th_open": BlockKind.TABLE_CELL,
    "td_open": BlockKind.TABLE_CELL,
}
_CLOSERS = frozenset(name.replace("_open", "_close") for name in _CONTAINERS)
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_FENCE_LINE = re.compile(r"---[ \t]*")
_FRONT_MATTER_END = frozenset({"---", "..."})

_Segment = tuple[int, int, str | None]  # source start, source end, decoded chars (None: verbatim)


def extract_markdown(document: str) -> Extracted:
    """Reduce a Markdown document to checkable units and the HTML comments outside code."""
    from markdown_it import MarkdownIt

    starts = line_starts(document)
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse(_blank_front_matter(document, starts))
    return _Walker(document, starts).walk(tokens)


def _blank_front_matter(document: str, starts: list[int]) -> str:
    """The document with a leading `---` ... `---` (or `...`) block replaced by empty lines."""
    if not document.startswith("---"):
        return document
    lines = LINE_BREAK.split(document)
    if not _FENCE_LINE.fullmatch(lines[0]):
        return document
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() in _FRONT_MATTER_END:
            rest = starts[number + 1] if number + 1 < len(starts) else len(document)
            return "\n" * (number + 1) + document[rest:]
    return document


class _Walker:
    """Walks the token stream once, keeping a cursor into the document that only moves on."""

    def __init__(self, document: str, starts: list[int]) -> None:
        self.document = document
        self.starts = starts
        self.cursor = 0
        self.limit = len(document)
        self.builder = UnitBuilder(document)
        self.comments: list[Comment] = []

    def line_offset(self, line: int) -> int:
        return self.starts[line] if line < len(self.starts) else len(self.document)

    def walk(self, tokens: Sequence[Token]) -> Extracted:
        units: list[Unit] = []
        containers: list[BlockKind] = []
        for token in tokens:
            if token.type in _CONTAINERS:
                containers.append(_CONTAINERS[token.type])
            elif token.type in _CLOSERS:
                containers.pop()
            elif token.type == "html_block" and token.map is not None:
                self.block_comments(token.map[0], token.map[1])
            elif token.type == "inline":
                if token.map is not None:
                    self.cursor = max(self.cursor, self.line_offset(token.map[0]))
                    self.limit = self.line_offset(token.map[1])
                else:
                    self.limit = len(self.document)
                self.inline(token.children or [])
                unit = self.builder.build(containers[-1] if containers else BlockKind.PARAGRAPH)
                if unit is not None:
                    units.append(unit)
        return Extracted(tuple(units), tuple(self.comments))

    def block_comments(self, first_line: int, end_line: int) -> None:
        region_end = self.line_offset(end_line)
        pattern = _COMMENT.finditer(self.document, self.line_offset(first_line), region_end)
        self.comments.extend(Comment(m.group(1), m.start(), m.end()) for m in pattern)

    def inline(self, children: Sequence[Token]) -> None:
        in_autolink = False
        for child in children:
            kind = child.type
            if in_autolink:
                in_autolink = kind != "link_close"
            elif kind == "text":
                self.text(child.content)
            elif kind in ("softbreak", "hardbreak"):
                self.builder.space(self.cursor)
                newline = LINE_BREAK.search(self.document, self.cursor, self.limit)
                if newline is not None:
                    self.cursor = newline.end()
            elif kind == "code_inline":
                self.cursor = _skip_code_span(self.document, child.markup, self.cursor, self.limit)
            elif kind == "html_inline":
                self.html(child.content)
            elif kind == "link_open" and child.markup == "autolink":
                close = self.document.find(">", self.cursor, self.limit)
                self.cursor = close + 1 if close >= 0 else self.cursor
                in_autolink = True
            elif kind == "link_close":
                self.cursor = _skip_link_tail(self.document, self.cursor, self.limit)
            elif kind == "image":
                self.cursor = _skip_image(self.document, self.cursor, self.limit)

    def text(self, content: str) -> None:
        """Find a text token at or after the cursor and append it, escapes and entities mapped."""
        position = self.cursor
        while position < self.limit:
            segments = _match_at(self.document, content, position, self.limit)
            if segments is not None:
                for start, end, chars in segments:
                    if chars is None:
                        self.builder.verbatim(start, end)
                    else:
                        self.builder.atom(chars, start, end)
                self.cursor = segments[-1][1]
                return
            position = _next_candidate(self.document, content[:1], position + 1, self.limit)
        self.builder.atom(content, self.cursor, self.cursor)  # not found: keep the words

    def html(self, content: str) -> None:
        """Step over inline HTML; remember comments; a line break tag counts as a space."""
        first, _, _ = content.partition("\n")
        start = self.document.find(first, self.cursor, self.limit)
        if start < 0:
            return
        end = start + len(first)
        if "\n" in content:
            last = content.rpartition("\n")[2]
            tail = self.document.find(last, end, self.limit)
            end = tail + len(last) if tail >= 0 else end
        if content.startswith("<!--"):
            self.comments.append(Comment(self.document[start + 4 : end - 3], start, end))
        elif content[:3].lower() == "<br":
            self.builder.space(start)
        self.cursor = end


def _match_at(document: str, content: str, position: int, limit: int) -> list[_Segment] | None:
    """How `content` (decoded text) is spelled at `position`, or None if it is not there."""
    if document.startswith(content, position, limit):
        return [(position, position + len(content), None)]
    first = document[position]
    if first != content[:1] and first not in "\\&":
        return None
    segments: list[_Segment] = []
    index, at, run = 0, position, position
    while index < len(content):
        if at >= limit:
            return None
        char = document[at]
        decoded, width = _decode(document, at, limit)
        if width:
            if not content.startswith(decoded, index):
                return None
            if run < at:
                segments.append((run, at, None))
            segments.append((at, at + width, decoded))
            index, at, run = index + len(decoded), at + width, at + width
        elif char == content[index]:
            index, at = index + 1, at + 1
        else:
            return None
    if run < at:
        segments.append((run, at, None))
    return segments


def _next_candidate(document: str, first: str, start: int, limit: int) -> int:
    """The next offset where a text token starting with `first` could be spelled."""
    found = [document.find(char, start, limit) for char in {first, "\\", "&"}]
    return min((offset for offset in found if offset >= 0), default=limit)


def _decode(document: str, at: int, limit: int) -> tuple[str, int]:
    """The decoded text and source width of a backslash escape or entity at `at`, else ("", 0)."""
    char = document[at]
    if char == "\\" and at + 1 < limit and document[at + 1] in _ASCII_PUNCTUATION:
        return document[at + 1], 2
    if char == "&":
        match = _ENTITY.match(document, at, limit)
        if match is not None:
            decoded = unescape(match.group())
            if decoded != match.group():
                return decoded, match.end() - at
    return "", 0


def _skip_code_span(document: str, ticks: str, cursor: int, limit: int) -> int:
    """The offset after a code span opened by the backtick run `ticks` at or after the cursor.

    The first backtick after the cursor opens the span: escaped backticks before it were part
    of the preceding text token and are already behind the cursor.
    """
    opening = document.find("`", cursor, limit)
    if opening < 0 or not document.startswith(ticks, opening):
        return cursor
    closing = _find_tick_run(document, len(ticks), opening + len(ticks), limit)
    return closing + len(ticks) if closing >= 0 else cursor


def _find_tick_run(document: str, length: int, start: int, limit: int) -> int:
    """Where a run of exactly `length` backticks starts, at or after `start`; -1 if none."""
    pattern = re.compile(rf"(?<!`)`{{{length}}}(?!`)")
    match = pattern.search(document, start, limit)
    return match.start() if match is not None else -1


def _skip_link_tail(document: str, cursor: int, limit: int) -> int:
    """After a link's text: step over `]` and its `(destination "title")` or `[label]`."""
    bracket = document.find("]", cursor, limit)
    if bracket < 0:
        return cursor
    return _skip_target(document, bracket + 1, limit)


def _skip_image(document: str, cursor: int, limit: int) -> int:
    """Step over a whole image: `![alt](destination)` or `![alt][label]`."""
    start = document.find("![", cursor, limit)
    if start < 0:
        return cursor
    depth, at = 0, start + 2
    while at < limit:
        char = document[at]
        if char == "\\":
            at += 1
        elif char == "[":
            depth += 1
        elif char == "]":
            if depth == 0:
                return _skip_target(document, at + 1, limit)
            depth -= 1
        at += 1
    return cursor


def _skip_target(document: str, at: int, limit: int) -> int:
    """Step over an inline destination `(...)` or a reference label `[...]` starting at `at`."""
    if at < limit and document[at] == "[":
        close = document.find("]", at, limit)
        return close + 1 if close >= 0 else at
    if at < limit and document[at] == "(":
        end = _destination_end(document, at + 1, limit)
        return end if end is not None else at
    return at


def _destination_end(document: str, at: int, limit: int) -> int | None:
    """The offset after the `)` closing a link destination and optional title, or None."""
    at = _skip_space(document, at, limit)
    if at < limit and document[at] == "<":
        close = document.find(">", at, limit)
        if close < 0:
            return None
        at = close + 1
    else:
        depth = 0
        while at < limit and not document[at].isspace():
            char = document[at]
            if char == "\\":
                at += 1
            elif char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            at += 1
    at = _skip_space(document, at, limit)
    if at < limit and document[at] in "\"'(":
        closer = ")" if document[at] == "(" else document[at]
        at += 1
        while at < limit and document[at] != closer:
            at += 2 if document[at] == "\\" else 1
        at = _skip_space(document, at + 1, limit)
    return at + 1 if at < limit and document[at] == ")" else None


def _skip_space(document: str, at: int, limit: int) -> int:
    while at < limit and document[at].isspace():
        at += 1
    return at
