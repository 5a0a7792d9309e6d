"""The immutable records that pass between claimcheck's pipeline stages.

Frozen dataclasses and enums only. This module imports nothing from claimcheck, so every other
module (and every reporter) can depend on it without pulling in the pipeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Label(StrEnum):
    """The verdict on one sentence of a draft."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNSOURCED = "unsourced"
    SKIPPED = "skipped"


class ReasonKind(StrEnum):
    """Why a sentence got its label. Every kind has examples in the evaluation set."""

    # Conflicts: any of these makes a matched sentence contradicted.
    NUMBER = "number"
    DATE = "date"
    NEGATION = "negation"
    DIRECTION = "direction"
    COUNT = "count"
    ENTITY = "entity"
    FALSE_CLAIM = "false_claim"
    # Agreement.
    MATCH = "match"
    NEGATES_FALSE_CLAIM = "negates_false_claim"
    # No claim backs the sentence.
    NO_MATCH = "no_match"
    POSSIBLE_MATCH = "possible_match"
    # Not a checkable statement.
    QUESTION = "question"
    OPINION = "opinion"
    EXHORTATION = "exhortation"
    HEADING = "heading"
    BOILERPLATE = "boilerplate"
    NO_FACT = "no_fact"


CONFLICT_KINDS: frozenset[ReasonKind] = frozenset(
    {
        ReasonKind.NUMBER,
        ReasonKind.DATE,
        ReasonKind.NEGATION,
        ReasonKind.DIRECTION,
        ReasonKind.COUNT,
        ReasonKind.ENTITY,
        ReasonKind.FALSE_CLAIM,
    }
)


class BlockKind(StrEnum):
    """The kind of document block a sentence came from."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    BLOCKQUOTE = "blockquote"
    TABLE_CELL = "table_cell"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class AnchorStatus(StrEnum):
    """How a claim's quote was found in its source."""

    EXACT = "exact"
    NORMALIZED = "normalized"  # equal modulo NFKC, whitespace, typographic quotes and dashes
    DRIFT = "drift"  # found only by fuzzy alignment
    ORPHANED = "orphaned"  # no alignment above the floor
    AMBIGUOUS = "ambiguous"  # several near-equal candidates, offsets did not decide


@dataclass(frozen=True, slots=True)
class Location:
    """A position in a file: 1-based line and column (columns count code points)."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.path
        if self.column is None:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """What is known about a source article. Every field is optional."""

    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """A source article: its id (the file's stem), its text and its metadata.

    For HTML sources `text` is the extracted text; quotes and offsets refer to it.
    """

    id: str
    text: str
    meta: SourceMeta = SourceMeta()
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One entry of the registry, as written in claims/*.yaml."""

    id: str
    text: str
    source: str
    quote: str
    verdict: bool = True
    start: int | None = None
    end: int | None = None
    prefix: str | None = None
    suffix: str | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    origin: Location | None = None


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a claim's quote sits in its source (code-point offsets into the source text)."""

    status: AnchorStatus
    start: int | None = None
    end: int | None = None
    score: float = 100.0
    current: str | None = None  # the exact source text at [start, end)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem that `audit` found in the registry."""

    severity: Severity
    code: str
    message: str
    location: Location | None = None
    claim_id: str | None = None
    fix: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A checkable unit of a draft.

    `text` is the sentence as it is checked: markup removed, whitespace folded to single spaces.
    `start`/`end` are code-point offsets into the document; line/column are 1-based and the end
    position is exclusive (the position just after the last character), as in SARIF.
    """

    text: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    block: BlockKind = BlockKind.PARAGRAPH

    @classmethod
    def alone(cls, text: str, block: BlockKind = BlockKind.PARAGRAPH) -> Sentence:
        """A sentence that is a whole one-line document by itself (for the library and tests)."""
        return cls(text, 0, len(text), 1, 1, 1, len(text) + 1, block)


@dataclass(frozen=True, slots=True)
class Reason:
    """A readable explanation. For conflicts, `draft` and `claim` name the two values, and
    `span` locates the draft's value in `Sentence.text` for highlighting."""

    kind: ReasonKind
    message: str
    draft: str | None = None
    claim: str | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A registry claim proposed for a piece of text, with a 0-100 score."""

    claim_id: str
    score: float


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """The comparison of one sentence with one matched claim."""

    claim_id: str
    score: float
    label: Label
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class Suppression:
    """An inline `claimcheck: ignore` that applies to a result."""

    reason: str | None
    labels: frozenset[Label] | None = None  # None: every label
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """The verdict on one sentence, with its evidence.

    `claim_id`, `source`, `quote` and `score` describe the claim that decided the label (None when
    nothing matched). `checks` holds every matched claim when a sentence makes several claims;
    `candidates` lists near claims (possible matches) for a fact-checker to look at.
    """

    path: str
    sentence: Sentence
    label: Label
    reasons: tuple[Reason, ...]
    claim_id: str | None = None
    source: str | None = None
    quote: str | None = None
    score: float | None = None
    checks: tuple[ClaimCheck, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    suppression: Suppression | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One checked draft: its reported path, its full text and one result per sentence."""

    path: str
    text: str
    results: tuple[Result, ...]


@dataclass(frozen=True, slots=True, eq=False)
class Report:
    """Everything a reporter needs: the checked documents and the claims and sources they cite.

    Reporters depend on this record only, never on the pipeline.
    """

    documents: tuple[Document, ...]
    claims: Mapping[str, Claim] = field(default_factory=dict)
    sources: Mapping[str, Source] = field(default_factory=dict)
