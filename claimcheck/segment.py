"""Drafts -> sentences with exact positions.

`segment(document, kind)` reduces the document to blocks of text (see `claimcheck.markup`),
splits each block into sentences and reports every sentence with its code-point span in the
original document and its 1-based line and column.

Sentence splitting is a regular expression for sentence-ending punctuation followed by rules
that decide whether a period ends a sentence, driven by the abbreviation tables in
`claimcheck.lexicons.abbreviations`. `benchmarks/segmenters.py` compares it with pysbd: it is at
least as accurate on our tricky cases and about a hundred times faster, so no segmenter library
is used.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import PurePath
from typing import Literal

from claimcheck.lexicons.abbreviations import (
    BEFORE_NAMES,
    BEFORE_NUMBERS,
    BEFORE_SENTENCES,
    MID_SENTENCE,
    SENTENCE_OPENERS,
    TITLES,
)
from claimcheck.lexicons.checkworthiness import BOILERPLATE_LABELS
from claimcheck.lexicons.markup import CITATION, DATELINE, EXTENSION_KINDS, SPEAKER_LABEL
from claimcheck.markup import HAS_WORD, Unit, extract, line_starts
from claimcheck.models import Sentence

# Sentence-ending punctuation with the closing quotes and brackets after it. Western endings
# must be followed by white space or the end of the text (so "99.92" and "a.m" never match);
# CJK full stops end a sentence wherever they are.
_ENDING = re.compile(
    r"""(?P<west>[.?!…]+)[)\]"'”’»]*(?=\s|\Z)"""
    r"""|[。！？]+[」』”’）)]*"""
)
_NEXT_WORD = re.compile(r"""\s*[(\["'“‘«]*(\w*)""")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_OPENING = "(\"'“‘[«"
_WHITESPACE = re.compile(r"\s+")
_LEAD = re.compile(rf"(?:(?P<speaker>{SPEAKER_LABEL})|{DATELINE})\s+(?=\S)")
_CITATION_END = re.compile(rf"\s*(?:{CITATION})[.!?]?[\"'”’]*\s*$")
_LABEL_WORDS = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)*")


def kind_for_path(path: str) -> Literal["markdown", "text", "html"]:
    """The document kind for a file name: .md/.markdown -> markdown, .html/.htm -> html.

    Any other extension (including .txt and none) is plain text.
    """
    return EXTENSION_KINDS.get(PurePath(path).suffix.lower(), "text")


def segment(text: str, kind: Literal["markdown", "text", "html"] = "markdown") -> list[Sentence]:
    """Split a document into checkable sentences with exact positions.

    Each sentence's `text` has markup removed and white space folded to single spaces;
    `text[start:end]` of the document is the sentence's original span, from its first to its
    last character. A block or sentence without letters or digits is not a sentence.
    """
    starts = line_starts(text)
    sentences: list[Sentence] = []
    for unit in extract(text, kind).units:
        for n, (first, last) in enumerate(split_sentences(unit.text)):
            if n == 0:
                first = _after_lead(unit.text, first, last)
            last = _before_citation(unit.text, first, last)
            sentence = _sentence(unit, first, last, starts)
            if sentence is not None:
                sentences.append(sentence)
    return sentences


def _sentence(unit: Unit, first: int, end: int, starts: list[int]) -> Sentence | None:
    """The sentence for `unit.text[first:end]`, or None if it has no letters or digits."""
    folded = _WHITESPACE.sub(" ", unit.text[first:end]).strip()
    if not HAS_WORD.search(folded):
        return None
    start = unit.source_start(first)
    stop = unit.source_end(end - 1)
    line, column = _position(starts, start)
    end_line, end_column = _position(starts, stop - 1)
    return Sentence(folded, start, stop, line, column, end_line, end_column + 1, unit.block)


def as_checked(text: str) -> str:
    """A sentence as written, without what segmentation cuts off it: the speaker's label or
    dateline before a paragraph's first sentence and a citation at its end (for finding a
    sentence by its written text)."""
    first = _after_lead(text, 0, len(text))
    return text[first : _before_citation(text, first, len(text))]


def _before_citation(text: str, first: int, last: int) -> int:
    """Where a sentence ends once a citation that closes it ("(Pickrell, 2016).") is cut off;
    a sentence that is nothing but a citation stays whole."""
    found = _CITATION_END.search(text, first, last)
    return found.start() if found is not None and found.start() > first else last


def _after_lead(text: str, first: int, last: int) -> int:
    """Where a paragraph's first sentence starts once a speaker's label or a dateline before
    it (`claimcheck.lexicons.markup`) is cut off. A page-furniture label without a stage
    direction ("NOTE:", "BY:") stays: the check-worthiness rules read it as furniture."""
    found = _LEAD.match(text, first, last)
    if found is None:
        return first
    label = found.group("speaker")
    if label is not None and "(" not in label:
        words = " ".join(_LABEL_WORDS.findall(label.lower()))
        if words in BOILERPLATE_LABELS:
            return first
    return found.end()


def _position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of a document offset."""
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentences: `(start, end)` spans without surrounding white space.

    Text after the last sentence ending is a sentence of its own.
    """
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _ENDING.finditer(text):
        if match.end() > begin and _ends_sentence(text, match):
            spans.append((begin, match.end()))
            begin = match.end()
    spans.append((begin, len(text)))
    stripped = [_strip(text, start, end) for start, end in spans]
    return [(start, end) for start, end in stripped if start < end]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether the punctuation in `match` ends a sentence, judged by the words around it."""
    after = _NEXT_WORD.match(text, match.end())
    following = after.group(1) if after is not None else ""
    if following[:1].islower():
        return False  # "...said Mr. Li." and "'Why?' he asked" continue the sentence
    ending = match.group("west")
    if ending != ".":
        return True  # ?, !, ellipses and CJK endings
    word = _word_before(text, match.start())
    key = word.lower()
    if len(word) == 1 and word.isupper():
        return _opens_sentence(following)  # an initial: "J. R. R. Tolkien", "George W. Bush"
    if key in TITLES or key in MID_SENTENCE:
        return False
    if key in BEFORE_NUMBERS or key in BEFORE_SENTENCES:
        return not following[:1].isdigit()  # "No. 4", "Jan. 5", "et al. 2019"
    if key in BEFORE_NAMES or _INITIALISM.fullmatch(word):
        return _opens_sentence(following)
    return True


def _word_before(text: str, end: int) -> str:
    """The word that ends at `end`, without opening quotes or brackets."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip(_OPENING)


def _opens_sentence(word: str) -> bool:
    """Whether a word after an ambiguous period starts a new sentence."""
    return not word or word.lower() in SENTENCE_OPENERS
