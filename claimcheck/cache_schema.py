"""The shape of the cache file, checked as it is parsed.

msgspec checks every value against these types while it decodes (in C), so a damaged cache is
refused at load, where it is rebuilt, instead of failing later in the middle of a verify.
"""

from __future__ import annotations

from typing import TypedDict


class ClaimColumns(TypedDict):
    id: list[str]
    text: list[str]
    source: list[str]
    quote: list[str]
    verdict: list[bool]
    start: list[int | None]
    end: list[int | None]
    prefix: list[str | None]
    suffix: list[str | None]
    tags: list[list[str]]
    note: list[str | None]
    origin: list[tuple[int, int, int] | None]  # file index, line, column


class SourceRecord(TypedDict):
    id: str
    text: str
    path: str | None
    meta: dict[str, str | None]


class AnchorColumns(TypedDict):
    id: list[str]
    status: list[str]
    start: list[int | None]
    end: list[int | None]
    score: list[float]
    current: dict[str, str]


class IndexState(TypedDict):
    version: int
    n_docs: int
    terms: list[str]
    idf: list[float]
    indptr: str
    docs: str
    weights: str
    norms: str


class MatcherState(TypedDict):
    version: int
    ids: list[str]
    statements: list[list[str]]
    index: IndexState
    acronyms: dict[str, list[str]]
    open_subjects: list[int]


Finding = tuple[str, str, str, tuple[str, int | None, int | None] | None, str | None, str | None]


class CacheData(TypedDict):
    format: int
    version: str
    key: str
    files: list[str]
    claims: ClaimColumns
    sources: list[SourceRecord]
    anchors: AnchorColumns
    findings: list[Finding]
    matcher: MatcherState
