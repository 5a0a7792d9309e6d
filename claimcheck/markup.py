"""Documents -> blocks of checkable text, each character mapped back to the original document.

`extract(document, kind)` reduces a Markdown, HTML or plain-text document to `Unit`s: one per
paragraph, heading, list item, quote or table cell, with markup removed and bare URLs dropped.
Every character of a unit's text remembers the span of the document it came from, so sentences
found in the text can be reported at exact positions. Comments (HTML comments, and directive
lines in plain text) are collected for the suppression directives.

The Markdown and HTML readers live in `claimcheck.mdtext` and `claimcheck.htmltext`; this module
holds the shared records, the unit builder and the plain-text reader.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from claimcheck.models import BlockKind

Kind = Literal["markdown", "text", "html"]

LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A bare URL; the last character may not be punctuation that usually ends the sentence around it.
URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"]*[^\s<>\".,;:!?)\]'’”]")
# A letter or digit: text without one is not worth checking.
HAS_WORD = re.compile(r"[^\W_]")
# A whole-line directive in a plain-text file: `# claimcheck: ...` or `// claimcheck: ...`.
TEXT_DIRECTIVE = re.compile(r"[ \t]*(?:#|//)[ \t]*(claimcheck\b.*?)[ \t]*")


@dataclass(frozen=True, slots=True)
class Unit:
    """A block of checkable text with markup removed.

    The text is split into pieces. Piece k starts at `offsets[k]` in `text` and comes from the
    document span `[src_starts[k], src_ends[k])`. A linear piece is a verbatim copy of its span
    (character i of the piece is document character `src_start + i`); any other piece (a decoded
    entity or escape, or a space standing for a line break) maps all its characters to its span.
    """

    text: str
    block: BlockKind
    offsets: tuple[int, ...]
    src_starts: tuple[int, ...]
    src_ends: tuple[int, ...]
    linear: tuple[bool, ...]

    def source_start(self, index: int) -> int:
        """The document offset where character `index` of `text` starts."""
        k = bisect_right(self.offsets, index) - 1
        if self.linear[k]:
            return self.src_starts[k] + index - self.offsets[k]
        return self.src_starts[k]

    def source_end(self, index: int) -> int:
        """The document offset just after character `index` of `text`."""
        k = bisect_right(self.offsets, index) - 1
        if self.linear[k]:
            return self.src_starts[k] + index - self.offsets[k] + 1
        return self.src_ends[k]


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment in a document: `body` is its text, `[start, end)` its whole span."""

    body: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Extracted:
    """A document reduced to checkable units, with the comments found outside code."""

    units: tuple[Unit, ...]
    comments: tuple[Comment, ...]


_Piece = tuple[int, int, int, bool]  # offset in the text, source start, source end, linear


class UnitBuilder:
    """Collects the pieces of one unit in document order."""

    def __init__(self, document: str) -> None:
        self._document = document
        self._chunks: list[str] = []
        self._pieces: list[_Piece] = []
        self._length = 0

    def verbatim(self, start: int, end: int) -> None:
        """Append `document[start:end]` unchanged."""
        if end > start:
            self._append(self._document[start:end], start, end, linear=True)

    def atom(self, chars: str, start: int, end: int) -> None:
        """Append `chars`, which stand for the whole span `[start, end)` (an entity, an escape)."""
        if chars:
            self._append(chars, start, end, linear=False)

    def space(self, at: int) -> None:
        """Append a space standing for a line break or a removed element at `at`."""
        self._append(" ", at, at, linear=False)

    def _append(self, chars: str, start: int, end: int, *, linear: bool) -> None:
        self._chunks.append(chars)
        self._pieces.append((self._length, start, end, linear))
        self._length += len(chars)

    def build(self, block: BlockKind) -> Unit | None:
        """The unit collected so far (None if it has no letters or digits); then start afresh."""
        text, pieces = "".join(self._chunks), self._pieces
        self._chunks, self._pieces, self._length = [], [], 0
        if ("://" in text or "www." in text) and URL.search(text):
            text, pieces = _drop_urls(text, pieces)
        if not HAS_WORD.search(text):
            return None
        offsets, src_starts, src_ends, linear = zip(*pieces, strict=True)
        return Unit(text, block, offsets, src_starts, src_ends, linear)


def _drop_urls(text: str, pieces: list[_Piece]) -> tuple[str, list[_Piece]]:
    """Remove bare URLs from a unit's text, cutting its pieces to match."""
    keep: list[tuple[int, int]] = []
    previous = 0
    for match in URL.finditer(text):
        keep.append((previous, match.start()))
        previous = match.end()
    keep.append((previous, len(text)))
    bounds = [piece[0] for piece in pieces[1:]] + [len(text)]
    chunks: list[str] = []
    kept: list[_Piece] = []
    length = 0
    for (offset, src_start, src_end, linear), piece_end in zip(pieces, bounds, strict=True):
        for lo, hi in keep:
            a, b = max(lo, offset), min(hi, piece_end)
            if a >= b:
                continue
            if linear:
                shift = src_start + a - offset
                kept.append((length, shift, shift + b - a, True))
            elif (a, b) == (offset, piece_end):
                kept.append((length, src_start, src_end, False))
            else:
                continue  # a URL cuts through a decoded entity: the entity goes with it
            chunks.append(text[a:b])
            length += b - a
    return "".join(chunks), kept


def line_starts(document: str) -> list[int]:
    """The offset of the first character of every line (CRLF, CR and LF end lines)."""
    return [0, *(match.end() for match in LINE_BREAK.finditer(document))]


def extract(document: str, kind: Kind) -> Extracted:
    """Reduce a document of the given kind to checkable units and its comments."""
    if kind == "markdown":
        from claimcheck.mdtext import extract_markdown

        return extract_markdown(document)
    if kind == "html":
        from claimcheck.htmltext import extract_html

        return extract_html(document)
    return extract_text(document)


def extract_text(document: str) -> Extracted:
    """Plain text: paragraphs are separated by blank lines; lines inside them are wrapped text.

    A line that is a directive (`# claimcheck: ...` or `// claimcheck: ...`) is a comment, not
    text, and ends the paragraph like a blank line.
    """
    builder = UnitBuilder(document)
    units: list[Unit] = []
    comments: list[Comment] = []
    starts = line_starts(document)
    ends = [*starts[1:], len(document)]
    for start, end in zip(starts, ends, strict=True):
        line = document[start:end].rstrip("\r\n")
        directive = TEXT_DIRECTIVE.fullmatch(line)
        if directive is not None:
            comments.append(Comment(directive.group(1), start, start + len(line)))
        if directive is not None or not line.strip():
            unit = builder.build(BlockKind.PARAGRAPH)
            if unit is not None:
                units.append(unit)
        else:
            builder.verbatim(start, end)
    unit = builder.build(BlockKind.PARAGRAPH)
    if unit is not None:
        units.append(unit)
    return Extracted(tuple(units), tuple(comments))
