"""Resolve a claim's quote to a span of its source text.

Three tiers, tried in order until one finds the quote:

1. the exact text (`str.find`): `AnchorStatus.EXACT`;
2. the same text modulo normalisation (NFKC, whitespace, typographic quotes, dashes and ellipsis, as
   tabled in `claimcheck.lexicons.typography`), mapped back to exact original offsets through a
   piece map kept by `NormalizedText`: `NORMALIZED`;
3. a fuzzy alignment over the normalised text (rapidfuzz, imported only here): `DRIFT` at or above
   `DRIFT_FLOOR`, `ORPHANED` below it (still reporting the closest text and its score).

When the quote occurs several times, the claim's offsets pick the nearest occurrence, then its
prefix/suffix pick the occurrence whose context agrees best; if nothing decides, the anchor is
`AMBIGUOUS`. Fuzzy candidates within `AMBIGUITY_MARGIN` points of the best compete the same way.
Offsets are code points into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from claimcheck.lexicons.typography import CHAR_FOLDS, IGNORABLE, SPACE
from claimcheck.models import Anchor, AnchorStatus

MIN_QUOTE_CHARS = 20  # shorter (normalised) quotes are too short to anchor safely: about 3 words
DRIFT_FLOOR = 85.0  # fuzzy scores (0-100, Indel ratio) below this are orphaned; see the report
AMBIGUITY_MARGIN = 2.0  # fuzzy candidates this close to the best compete with it
CONTEXT_SLACK = 32  # extra original characters read around an occurrence to compare prefix/suffix
REFINE_SLACK = 0.2  # a fuzzy window's edges may move by this share of the quote's length
REFINE_GAIN = 10.0  # refining edges can lift a window's score by about this much
MAX_CANDIDATES = 1_000  # occurrences collected before giving up on counting more

_FOLD_TABLE = str.maketrans(dict(CHAR_FOLDS))
_IGNORABLE_CLASS = re.escape(IGNORABLE)
_FOLD_CLASS = re.escape("".join(CHAR_FOLDS))
_WIDE = "\uff00-\uffef"  # halfwidth/fullwidth forms (，：（）): kept apart so CJK runs stay NFKC
# Spans that normalisation may change; everything between them is copied as it is. A single
# plain space between other characters is left alone, so ordinary ASCII prose yields few spans.
_CHANGEABLE = re.compile(
    rf"(?P<space>[\s{_IGNORABLE_CLASS}]{{2,}}|[^\S ]|[{_IGNORABLE_CLASS}]|\A | \Z)"
    rf"|(?P<fold>[{_FOLD_CLASS}])"
    rf"|(?P<other>[{_WIDE}]+|[^\x00-\x7f\s{_IGNORABLE_CLASS}{_FOLD_CLASS}{_WIDE}]+)"
)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A source text in normalised form, with the map back to original offsets.

    The map is a sorted list of pieces. Piece k starts at normalised offset `piece_starts[k]` and
    covers original offsets `[piece_origins[k], piece_ends[k])`. A copied piece is the original
    text unchanged (offsets map one to one); any other piece is a replacement (a folded whitespace
    run, a folded quote, an NFKC expansion) whose every character maps to the whole original piece.
    """

    text: str
    source_length: int
    piece_starts: tuple[int, ...]
    piece_origins: tuple[int, ...]
    piece_ends: tuple[int, ...]
    piece_copied: tuple[bool, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original `[start, end)` covering the non-empty normalised `[start, end)`."""
        return self._origin(start)[0], self._origin(end - 1)[1]

    def _origin(self, index: int) -> tuple[int, int]:
        k = bisect_right(self.piece_starts, index) - 1
        if self.piece_copied[k]:
            offset = self.piece_origins[k] + index - self.piece_starts[k]
            return offset, offset + 1
        return self.piece_origins[k], self.piece_ends[k]


class _PieceMap:
    """Accumulates normalised text and its pieces while `normalize_source` scans a text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts: list[str] = []
        self.length = 0
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.ends: list[int] = []
        self.copied: list[bool] = []

    def copy(self, start: int, end: int) -> None:
        if start >= end:
            return
        if self.copied and self.copied[-1] and self.ends[-1] == start:
            self.ends[-1] = end
        else:
            self._add(start, end, copied=True)
        self.parts.append(self.text[start:end])
        self.length += end - start

    def replace(self, start: int, end: int, replacement: str) -> None:
        if replacement:
            self._add(start, end, copied=False)
            self.parts.append(replacement)
            self.length += len(replacement)

    def _add(self, start: int, end: int, *, copied: bool) -> None:
        self.starts.append(self.length)
        self.origins.append(start)
        self.ends.append(end)
        self.copied.append(copied)

    def build(self) -> NormalizedText:
        return NormalizedText(
            "".join(self.parts),
            len(self.text),
            tuple(self.starts),
            tuple(self.origins),
            tuple(self.ends),
            tuple(self.copied),
        )


def normalize_source(text: str) -> NormalizedText:
    """Normalise `text` once so that any number of quotes can be searched in it.

    Whitespace runs (NBSP, tabs, line breaks) fold to one space and leading/trailing whitespace is
    dropped; soft hyphens and zero-width spaces vanish; quotes, dashes and ellipses fold as
    `claimcheck.lexicons.typography` says; other non-ASCII text goes through NFKC.
    """
    pieces = _PieceMap(text)
    done = 0
    for match in _CHANGEABLE.finditer(text):
        start, end = match.span()
        if match.lastgroup == "other" and unicodedata.combining(text[start]) and start > done:
            start -= 1  # the mark composes with the ASCII letter before it
        pieces.copy(done, start)
        done = end
        if match.lastgroup == "fold":
            pieces.replace(start, end, CHAR_FOLDS[text[start]])
        elif match.lastgroup == "other":
            _normalize_run(pieces, text, start, end)
        elif start > 0 and end < len(text) and text[start:end].strip(IGNORABLE):
            pieces.replace(start, end, SPACE)  # inner whitespace; ignorables alone just vanish
    pieces.copy(done, len(text))
    return pieces.build()


def _normalize_run(pieces: _PieceMap, text: str, start: int, end: int) -> None:
    """Add `text[start:end]`, a run of non-ASCII characters, after NFKC per character cluster."""
    if unicodedata.is_normalized("NFKC", text[start:end]):
        pieces.copy(start, end)  # the common case (CJK, accented letters) checked in C
        return
    bounds = [i for i in range(start + 1, end) if not unicodedata.combining(text[i])]
    for left, right in pairwise([start, *bounds, end]):
        folded = _fold(text[left:right])
        if folded == text[left:right]:
            pieces.copy(left, right)
        else:
            pieces.replace(left, right, folded)


@lru_cache(maxsize=4096)
def _fold(cluster: str) -> str:
    """A character with its combining marks through NFKC, then the typography table."""
    return unicodedata.normalize("NFKC", cluster).translate(_FOLD_TABLE)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A possible span of the quote, in original offsets, with its 0-100 score."""

    start: int
    end: int
    score: float = 100.0


@dataclass(frozen=True, slots=True)
class _Hints:
    """What a claim says about where its quote sits."""

    start: int | None = None
    end: int | None = None
    prefix: str | None = None
    suffix: str | None = None


def anchor(
    quote: str,
    text: str,
    *,
    start: int | None = None,
    end: int | None = None,
    prefix: str | None = None,
    suffix: str | None = None,
    normalized: NormalizedText | None = None,
) -> Anchor:
    """Find `quote` in `text` and say how it was found (see the module docstring).

    `normalized` is `normalize_source(text)`, built once per source and reused; without it the
    normalised form is built on demand. Surrounding whitespace of the quote is ignored.
    """
    wanted = quote.strip()
    if not wanted:
        return Anchor(AnchorStatus.ORPHANED, score=0.0)
    given = _given_span(quote, wanted, text, start, end)
    if given is not None:
        return Anchor(AnchorStatus.EXACT, given[0], given[1], 100.0, text[given[0] : given[1]])
    hints = _Hints(start, end, prefix, suffix)
    found = [_Candidate(at, at + len(wanted)) for at in _find_all(text, wanted)]
    if found:
        return _decide(found, AnchorStatus.EXACT, text, hints)
    if normalized is None:
        normalized = normalize_source(text)
    elif normalized.source_length != len(text):
        raise ValueError("the normalized form was built from a different text")
    needle = normalize_source(wanted).text
    if not needle:
        return Anchor(AnchorStatus.ORPHANED, score=0.0)
    found = [
        _Candidate(*normalized.span(at, at + len(needle)))
        for at in _find_all(normalized.text, needle)
    ]
    if found:
        return _decide(found, AnchorStatus.NORMALIZED, text, hints)
    return _fuzzy(needle, text, normalized, hints)


def _given_span(
    quote: str, wanted: str, text: str, start: int | None, end: int | None
) -> tuple[int, int] | None:
    """The claim's own offsets when the text there is exactly the quote, else None."""
    if start is not None and end is not None:
        if 0 <= start <= end <= len(text) and text[start:end] in (quote, wanted):
            return start, end
        return None
    if start is not None and start >= 0 and text.startswith(wanted, start):
        return start, start + len(wanted)
    if end is not None and len(wanted) <= end <= len(text) and text.endswith(wanted, 0, end):
        return end - len(wanted), end
    return None


def _find_all(text: str, needle: str) -> list[int]:
    """Every start of `needle` in `text`, overlapping ones included (at most MAX_CANDIDATES)."""
    found: list[int] = []
    at = text.find(needle)
    while at >= 0 and len(found) < MAX_CANDIDATES:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _decide(
    candidates: Sequence[_Candidate], status: AnchorStatus, text: str, hints: _Hints
) -> Anchor:
    """Anchor to the candidate the hints pick; `AMBIGUOUS` (showing the first) if they cannot."""
    pool = _narrow(candidates, text, hints)
    chosen = pool[0]
    final = status if len(pool) == 1 else AnchorStatus.AMBIGUOUS
    return Anchor(final, chosen.start, chosen.end, chosen.score, text[chosen.start : chosen.end])


def _narrow(candidates: Sequence[_Candidate], text: str, hints: _Hints) -> Sequence[_Candidate]:
    """The candidates still standing after the offsets, then the context, have had their say."""
    pool = candidates
    if len(pool) > 1 and (hints.start is not None or hints.end is not None):
        pool = _nearest(pool, hints)
    if len(pool) > 1 and (hints.prefix or hints.suffix):
        pool = _best_context(pool, text, hints)
    return pool


def _nearest(candidates: Sequence[_Candidate], hints: _Hints) -> list[_Candidate]:
    """The candidates closest to the claim's start offset (or its end offset if only that)."""

    def distance(candidate: _Candidate) -> int:
        if hints.start is not None:
            return abs(candidate.start - hints.start)
        return abs(candidate.end - (hints.end or 0))

    closest = min(distance(candidate) for candidate in candidates)
    return [candidate for candidate in candidates if distance(candidate) == closest]


def _best_context(candidates: Sequence[_Candidate], text: str, hints: _Hints) -> list[_Candidate]:
    """The candidates whose surroundings agree longest with the prefix/suffix (normalised)."""
    prefix = normalize_source(hints.prefix or "").text
    suffix = normalize_source(hints.suffix or "").text

    def agreement(candidate: _Candidate) -> int:
        before_from = max(0, candidate.start - 2 * len(prefix) - CONTEXT_SLACK)
        before = normalize_source(text[before_from : candidate.start]).text
        after_to = candidate.end + 2 * len(suffix) + CONTEXT_SLACK
        after = normalize_source(text[candidate.end : after_to]).text
        return _common_prefix(before[::-1], prefix[::-1]) + _common_prefix(after, suffix)

    scores = [agreement(candidate) for candidate in candidates]
    best = max(scores)
    if best == 0:
        return list(candidates)
    return [candidate for candidate, score in zip(candidates, scores, strict=True) if score == best]


def _common_prefix(left: str, right: str) -> int:
    """How many leading characters `left` and `right` share."""
    for index, (a, b) in enumerate(zip(left, right, strict=False)):
        if a != b:
            return index
    return min(len(left), len(right))


def _fuzzy(needle: str, text: str, normalized: NormalizedText, hints: _Hints) -> Anchor:
    """Align the normalised quote with the normalised text: drift, orphaned or ambiguous."""
    found = _fuzzy_candidates(needle, normalized.text)
    if not found:
        return Anchor(AnchorStatus.ORPHANED, score=0.0)
    spans = [_Candidate(*normalized.span(c.start, c.end), round(c.score, 1)) for c in found]
    best = spans[0]
    if best.score < DRIFT_FLOOR:
        current = text[best.start : best.end]
        return Anchor(AnchorStatus.ORPHANED, score=best.score, current=current)
    near = [span for span in spans if span.score >= best.score - AMBIGUITY_MARGIN]
    return _decide(near, AnchorStatus.DRIFT, text, hints)


def _fuzzy_candidates(needle: str, haystack: str) -> list[_Candidate]:
    """The best fuzzy window, then every non-overlapping window within the ambiguity margin.

    Candidates are in normalised offsets, best first. The whole text is searched: rapidfuzz
    scans it in C, which costs about as much as finding rare words to narrow it down would.
    """
    best = _align(needle, haystack, 0, len(haystack), 0.0)
    if best is None:
        return []
    found = [best]
    cutoff = max(DRIFT_FLOOR, best.score - AMBIGUITY_MARGIN)
    pending = _split((0, len(haystack)), best)
    while pending and len(found) < MAX_CANDIDATES:
        lo, hi = pending.pop()
        other = _align(needle, haystack, lo, hi, cutoff)
        if other is not None:
            found.append(other)
            pending.extend(_split((lo, hi), other))
    return sorted(found, key=lambda candidate: -candidate.score)


def _split(region: tuple[int, int], taken: _Candidate) -> list[tuple[int, int]]:
    """What is left of `region` on either side of a candidate taken from it."""
    lo, hi = region
    return [part for part in ((lo, taken.start), (taken.end, hi)) if part[1] > part[0]]


def _align(needle: str, haystack: str, lo: int, hi: int, cutoff: float) -> _Candidate | None:
    """The best window of `haystack[lo:hi]` for `needle`, edges refined, if it reaches `cutoff`."""
    from rapidfuzz import fuzz

    rough = fuzz.partial_ratio_alignment(
        needle, haystack[lo:hi], score_cutoff=max(0.0, cutoff - REFINE_GAIN)
    )
    if rough is None:
        return None
    refined = _refine(needle, haystack, lo, hi, lo + rough.dest_start, lo + rough.dest_end)
    if refined.start >= refined.end or refined.score < cutoff:
        return None
    return refined


def _refine(needle: str, haystack: str, lo: int, hi: int, start: int, end: int) -> _Candidate:
    """Move a window's edges (within `lo..hi`) to the word boundaries that score best."""
    from rapidfuzz import fuzz

    slack = max(4, int(len(needle) * REFINE_SLACK))

    def rank(window: tuple[int, int]) -> tuple[float, int]:
        score = fuzz.ratio(needle, haystack[window[0] : window[1]])
        return score, -abs(window[1] - window[0] - len(needle))

    best = (start, end)
    for _ in range(2):
        starts = _starts(needle, haystack, max(lo, best[0] - slack), min(best[1], best[0] + slack))
        best = max([best, *((s, best[1]) for s in starts)], key=rank)
        ends = _ends(needle, haystack, max(best[0] + 1, best[1] - slack), min(hi, best[1] + slack))
        best = max([best, *((best[0], e) for e in ends)], key=rank)
    return _Candidate(best[0], best[1], rank(best)[0])


def _starts(needle: str, haystack: str, lo: int, hi: int) -> list[int]:
    """Offsets in `lo..hi` where a window may start: word starts and the quote's first letter."""
    return [
        at
        for at in range(lo, hi)
        if haystack[at] != " " and (at == 0 or haystack[at - 1] == " " or haystack[at] == needle[0])
    ]


def _ends(needle: str, haystack: str, lo: int, hi: int) -> list[int]:
    """Offsets in `lo..hi` where a window may end: word ends and the quote's last letter."""
    return [
        at
        for at in range(lo, hi + 1)
        if haystack[at - 1] != " "
        and (at == len(haystack) or haystack[at] == " " or haystack[at - 1] == needle[-1])
    ]
