"""Reading the registry from disk: claims/*.yaml into Claim records, sources/ into Source records.

Every problem becomes a `Finding` with the file, line and column of the YAML node, so the audit can
report all of them at once. Nothing here follows a path out of the configured directories.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError, RegistryError
from claimcheck.models import Claim, Finding, Location, Severity, Source, SourceMeta
from claimcheck.textio import read_text
from claimcheck.yamlfile import LoadedYaml, PathKey, parse_yaml

# File-level problems: the file could not be read as a registry file at all.
FILE_ERROR_CODES = frozenset({"read", "yaml-syntax", "bad-file"})
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_.-]*\Z")
SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")
CLAIM_FILE_SUFFIXES = (".yaml", ".yml")
META_SUFFIX = ".meta.yaml"
MAX_CLAIMS_FILE_BYTES = 25 * 1024 * 1024

FILE_KEYS = frozenset({"source", "claims"})
CLAIM_KEYS = frozenset(
    {
        "id",
        "claim",
        "source",
        "quote",
        "start",
        "end",
        "prefix",
        "suffix",
        "verdict",
        "tags",
        "note",
    }
)
META_KEYS = frozenset({"title", "publisher", "author", "date", "language", "url", "note"})


@dataclass(frozen=True, slots=True)
class ClaimsFile:
    """The claims of one YAML file and the problems found while reading it."""

    path: str
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]


def _error(code: str, message: str, location: Location | None, **extra: Any) -> Finding:
    return Finding(Severity.ERROR, code, message, location, **extra)


def _warning(code: str, message: str, location: Location | None, **extra: Any) -> Finding:
    return Finding(Severity.WARNING, code, message, location, **extra)


def claim_files(claims_dir: Path) -> list[Path]:
    """Every claims file under `claims_dir`, recursively, in a stable order."""
    if not claims_dir.is_dir():
        kind = "is not a directory" if claims_dir.exists() else "does not exist"
        raise RegistryError(f"claims directory {kind}", Location(str(claims_dir)))
    return sorted(
        p
        for p in claims_dir.rglob("*")
        if p.suffix in CLAIM_FILE_SUFFIXES and not p.name.startswith(".") and p.is_file()
    )


def read_claims_file(path: Path) -> ClaimsFile:
    """Parse and validate one claims file. Never raises for bad content: problems are findings."""
    shown = str(path)
    try:
        text = read_text(
            path, error=RegistryError, max_bytes=MAX_CLAIMS_FILE_BYTES, allow_empty=False
        )
    except ClaimcheckError as exc:
        return ClaimsFile(shown, (), (_error("read", exc.message, exc.location),))
    try:
        doc = parse_yaml(text, shown)
    except ClaimcheckError as exc:
        return ClaimsFile(shown, (), (_error("yaml-syntax", exc.message, exc.location),))
    return validate_document(doc)


def validate_document(doc: LoadedYaml) -> ClaimsFile:
    root = doc.value
    if not isinstance(root, dict):
        kind = "empty" if root is None else type(root).__name__
        message = f"a claims file must be a mapping with a 'claims' list, not {_a(kind)}"
        return ClaimsFile(doc.path, (), (_error("bad-file", message, doc.at(())),))
    findings: list[Finding] = []
    for key in root:
        if key not in FILE_KEYS:
            findings.append(
                _warning("unknown-key", f"unknown key {key!r} ignored", doc.at((key,), of_key=True))
            )
    default_source = root.get("source")
    if default_source is not None and not _valid_source(default_source):
        findings.append(_source_finding(default_source, doc.at(("source",))))
        default_source = None
    items = root.get("claims")
    if not isinstance(items, list):
        message = "missing 'claims' list" if items is None else "'claims' must be a list"
        findings.append(_error("schema", message, doc.at(("claims",))))
        return ClaimsFile(doc.path, (), tuple(findings))
    claims: list[Claim] = []
    for index, item in enumerate(items):
        claim = _read_claim(doc, ("claims", index), item, default_source, findings)
        if claim is not None:
            claims.append(claim)
    return ClaimsFile(doc.path, tuple(claims), tuple(findings))


def _a(kind: str) -> str:
    return {"list": "a list", "str": "a string", "int": "a number", "float": "a number"}.get(
        kind, f"a {kind}"
    )


def _valid_source(value: object) -> bool:
    return isinstance(value, str) and ID_PATTERN.match(value) is not None


def _source_finding(value: object, where: Location) -> Finding:
    if isinstance(value, str) and ("/" in value or "\\" in value or value.startswith(".")):
        message = f"source {value!r} is a path; a source is named by its id (its file's stem)"
        return _error("unsafe-source", message, where)
    return _error("schema", f"source must be an id matching {ID_PATTERN.pattern}", where)


def _read_claim(
    doc: LoadedYaml,
    key: PathKey,
    item: object,
    default_source: object,
    findings: list[Finding],
) -> Claim | None:
    where = doc.at(key)
    if not isinstance(item, dict):
        findings.append(_error("schema", "each claim must be a mapping", where))
        return None
    for name in item:
        if name not in CLAIM_KEYS:
            findings.append(
                _warning(
                    "unknown-key",
                    f"unknown key {name!r} ignored",
                    doc.at((*key, name), of_key=True),
                    claim_id=item.get("id") if isinstance(item.get("id"), str) else None,
                )
            )
    before = len(findings)

    def problem(field: str, message: str) -> None:
        location = doc.at((*key, field)) if field in item else where
        findings.append(_error("schema", message, location, claim_id=_id_or_none(item)))

    claim_id = item.get("id")
    if not isinstance(claim_id, str) or not ID_PATTERN.match(claim_id):
        problem("id", f"'id' is required and must match {ID_PATTERN.pattern}")
    for field in ("claim", "quote"):
        value = item.get(field)
        if not isinstance(value, str) or not value.strip():
            problem(field, f"'{field}' is required and must be non-empty text")
    source = item.get("source", default_source)
    if source is None:
        problem("source", "'source' is required (here or as the file's default)")
    elif not _valid_source(source):
        findings.append(_source_finding(source, doc.at((*key, "source"))))
    offsets = {name: item.get(name) for name in ("start", "end")}
    for name, value in offsets.items():
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or value < 0
        ):
            problem(name, f"'{name}' must be a whole number >= 0")
    start, end = offsets["start"], offsets["end"]
    if isinstance(start, int) and isinstance(end, int) and end < start:
        problem("end", "'end' must not be before 'start'")
    for field in ("prefix", "suffix", "note"):
        if item.get(field) is not None and not isinstance(item.get(field), str):
            problem(field, f"'{field}' must be text")
    verdict = item.get("verdict", True)
    if not isinstance(verdict, bool):
        problem("verdict", "'verdict' must be true or false")
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problem("tags", "'tags' must be a list of strings")
    if len(findings) > before and any(f.severity is Severity.ERROR for f in findings[before:]):
        return None
    assert isinstance(claim_id, str)
    assert isinstance(source, str)
    return Claim(
        id=claim_id,
        text=str(item["claim"]).strip(),
        source=source,
        quote=str(item["quote"]),
        verdict=bool(verdict),
        start=start if isinstance(start, int) else None,
        end=end if isinstance(end, int) else None,
        prefix=item.get("prefix"),
        suffix=item.get("suffix"),
        tags=tuple(tags),
        note=item.get("note"),
        origin=where,
    )


def _id_or_none(item: Mapping[str, object]) -> str | None:
    value = item.get("id")
    return value if isinstance(value, str) else None


def find_source_file(sources_dir: Path, source_id: str) -> Path | None:
    """The file for `source_id` inside `sources_dir`, or None. Raises RegistryError when the file
    (or a symlink) resolves outside the directory."""
    if not ID_PATTERN.match(source_id):
        raise RegistryError(f"source {source_id!r} is not a valid source id")
    root = sources_dir.resolve()
    for suffix in SOURCE_SUFFIXES:
        candidate = sources_dir / f"{source_id}{suffix}"
        if candidate.is_file() or candidate.is_symlink():
            resolved = candidate.resolve()
            if not resolved.is_relative_to(root):
                raise RegistryError(
                    f"source {source_id!r} resolves outside the sources directory "
                    f"({candidate.name} -> {resolved}); refusing to read it",
                    Location(str(candidate)),
                )
            return candidate if resolved.is_file() else None
    return None


def load_source(sources_dir: Path, source_id: str) -> Source | None:
    """Load one source and its sidecar metadata (`<id>.meta.yaml`), or None if there is no file."""
    path = find_source_file(sources_dir, source_id)
    if path is None:
        return None
    raw = read_text(path, error=RegistryError)
    text = html_to_text(raw) if path.suffix in (".html", ".htm") else raw
    return Source(id=source_id, text=text, meta=read_meta(sources_dir, source_id), path=str(path))


def html_to_text(raw: str) -> str:
    """The text of an HTML source: its blocks' text as the draft reader extracts it (tags
    dropped, entities decoded), one blank line between blocks. Quotes and offsets refer to it."""
    from claimcheck.htmltext import extract_html

    return "\n\n".join(unit.text for unit in extract_html(raw).units)


def read_meta(sources_dir: Path, source_id: str) -> SourceMeta:
    """Read `<id>.meta.yaml` beside the source; a source without one has empty metadata."""
    path = sources_dir / f"{source_id}{META_SUFFIX}"
    if not path.is_file():
        return SourceMeta()
    if not path.resolve().is_relative_to(sources_dir.resolve()):
        raise RegistryError(
            "metadata file resolves outside the sources directory", Location(str(path))
        )
    doc = parse_yaml(read_text(path, error=RegistryError), str(path))
    if doc.value is None:
        return SourceMeta()
    if not isinstance(doc.value, dict):
        raise RegistryError("source metadata must be a mapping", doc.at(()))
    fields: dict[str, str] = {}
    for key, value in doc.value.items():
        if key not in META_KEYS:
            raise RegistryError(f"unknown metadata key {key!r}", doc.at((key,), of_key=True))
        if not isinstance(value, str | int | datetime.date):
            raise RegistryError(f"metadata {key!r} must be text", doc.at((key,)))
        fields[key] = value.isoformat() if isinstance(value, datetime.date) else str(value)
    fields.pop("note", None)
    return SourceMeta(**fields)


def source_ids(sources_dir: Path) -> Iterable[str]:
    """The ids of every source file directly inside `sources_dir`."""
    for path in sorted(sources_dir.iterdir()):
        if path.suffix in SOURCE_SUFFIXES and ID_PATTERN.match(path.stem):
            yield path.stem
