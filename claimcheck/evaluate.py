"""`claimcheck eval`: run labelled cases through verify and score the labels.

A case file is YAML: a draft (inline `draft:` or `draft_file:`), an optional registry (`claims:`,
`sources:`) and a list of expectations, each a substring that identifies one sentence, the label it
must get and optionally the claim it must match. The harness reports per-label precision, recall
and F1, macro-F1, the confusion matrix and every mismatch with its reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.models import Label, Location, Result
from claimcheck.registry import Registry
from claimcheck.textio import read_text
from claimcheck.yamlfile import LoadedYaml, parse_yaml

LABELS: tuple[Label, ...] = tuple(Label)
CASE_KEYS = frozenset({"draft", "draft_file", "claims", "sources", "expect", "kind", "note"})
EXPECT_KEYS = frozenset({"text", "label", "claim", "note"})


@dataclass(frozen=True, slots=True)
class Expectation:
    text: str
    label: Label
    claim: str | None
    location: Location


@dataclass(frozen=True, slots=True)
class Case:
    path: str
    draft: str
    draft_path: str
    kind: str
    claims: Path | None
    sources: Path | None
    expectations: tuple[Expectation, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One expectation and what verify said about its sentence."""

    case: str
    expectation: Expectation
    result: Result

    @property
    def label_ok(self) -> bool:
        return self.result.label is self.expectation.label

    @property
    def claim_ok(self) -> bool:
        wanted = self.expectation.claim
        if wanted is None:
            return True
        return wanted == self.result.claim_id or any(
            c.claim_id == wanted for c in self.result.checks
        )

    @property
    def ok(self) -> bool:
        return self.label_ok and self.claim_ok


@dataclass(frozen=True, slots=True)
class LabelScore:
    label: Label
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class EvalReport:
    outcomes: tuple[Outcome, ...]
    cases: int

    @property
    def confusion(self) -> dict[Label, dict[Label, int]]:
        """expected label -> predicted label -> count."""
        table = {gold: dict.fromkeys(LABELS, 0) for gold in LABELS}
        for outcome in self.outcomes:
            table[outcome.expectation.label][outcome.result.label] += 1
        return table

    @property
    def scores(self) -> tuple[LabelScore, ...]:
        table = self.confusion
        scores = []
        for label in LABELS:
            tp = table[label][label]
            predicted = sum(table[gold][label] for gold in LABELS)
            support = sum(table[label].values())
            precision = tp / predicted if predicted else 0.0
            recall = tp / support if support else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            scores.append(LabelScore(label, precision, recall, f1, support))
        return tuple(scores)

    @property
    def macro_f1(self) -> float:
        present = [s for s in self.scores if s.support]
        return sum(s.f1 for s in present) / len(present) if present else 0.0

    @property
    def mismatches(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.ok)

    @property
    def contradicted_as_supported(self) -> int:
        """The costliest error: a contradiction waved through as supported."""
        return self.confusion[Label.CONTRADICTED][Label.SUPPORTED]


def load_case(path: Path) -> Case:
    """Read and validate one case file; every problem is an InputError with its location."""
    shown = str(path)
    doc = parse_yaml(read_text(path, allow_empty=False), shown, error=InputError)
    root = doc.value
    if not isinstance(root, dict):
        raise InputError("a case file must be a mapping with 'expect'", doc.at(()))
    for key in root:
        if key not in CASE_KEYS:
            raise InputError(f"unknown key {key!r}", doc.at((key,), of_key=True))
    base = path.parent
    if isinstance(root.get("draft"), str):
        draft, draft_path = root["draft"], shown
    elif isinstance(root.get("draft_file"), str):
        draft_file = _inside(base, root["draft_file"], doc, "draft_file")
        draft, draft_path = read_text(draft_file), str(draft_file)
    else:
        raise InputError("a case needs 'draft' (text) or 'draft_file' (a path)", doc.at(()))
    kind = root.get("kind", "markdown")
    if kind not in ("markdown", "text", "html"):
        raise InputError("'kind' must be markdown, text or html", doc.at(("kind",)))
    claims = _inside(base, root["claims"], doc, "claims") if "claims" in root else None
    sources = _inside(base, root["sources"], doc, "sources") if "sources" in root else None
    return Case(shown, draft, draft_path, kind, claims, sources, _expectations(doc))


def _inside(base: Path, value: object, doc: LoadedYaml, key: str) -> Path:
    """A path from a case file, which must stay inside the case's directory."""
    if not isinstance(value, str) or not value:
        raise InputError(f"'{key}' must be a relative path", doc.at((key,)))
    resolved = (base / value).resolve()
    if not resolved.is_relative_to(base.resolve()):
        raise InputError(f"'{key}' points outside the case's directory", doc.at((key,)))
    return resolved


def _expectations(doc: LoadedYaml) -> tuple[Expectation, ...]:
    items = doc.value.get("expect")
    if not isinstance(items, list) or not items:
        raise InputError("'expect' must be a non-empty list", doc.at(("expect",)))
    found = []
    for i, item in enumerate(items):
        where = doc.at(("expect", i))
        if not isinstance(item, dict):
            raise InputError("each expectation must be a mapping", where)
        unknown = set(item) - EXPECT_KEYS
        if unknown:
            raise InputError(f"unknown key {sorted(unknown)[0]!r}", where)
        text, label, claim = item.get("text"), item.get("label"), item.get("claim")
        if not isinstance(text, str) or not text.strip():
            raise InputError("'text' must be a non-empty substring of one sentence", where)
        if label not in {lab.value for lab in LABELS}:
            raise InputError(f"'label' must be one of {', '.join(LABELS)}", where)
        if claim is not None and not isinstance(claim, str):
            raise InputError("'claim' must be a claim id", where)
        found.append(Expectation(" ".join(text.split()), Label(label), claim, where))
    return tuple(found)


def run_case(case: Case, registry: Registry) -> list[Outcome]:
    """Verify a case's draft and pair each expectation with its sentence's result."""
    from claimcheck.api import verify_text
    from claimcheck.segment import as_checked

    results = verify_text(case.draft, registry, kind=case.kind, path=case.draft_path)  # type: ignore[arg-type]
    outcomes = []
    for expectation in case.expectations:
        text = as_checked(expectation.text)
        hits = [r for r in results if text in r.sentence.text]
        if len(hits) != 1:
            problem = "matches no sentence" if not hits else f"matches {len(hits)} sentences"
            raise InputError(f"expectation {expectation.text!r} {problem}", expectation.location)
        outcomes.append(Outcome(case.path, expectation, hits[0]))
    return outcomes


def evaluate(paths: Sequence[Path], default_registry: Callable[[], Registry]) -> EvalReport:
    """Run every case file; cases without their own registry use `default_registry()`."""
    outcomes: list[Outcome] = []
    loaded: dict[tuple[Path, Path], Registry] = {}
    for path in paths:
        case = load_case(path)
        if case.claims is None and case.sources is None:
            registry = default_registry()
        else:
            claims = case.claims or Path("claims").resolve()
            sources = case.sources or Path("sources").resolve()
            if (claims, sources) not in loaded:
                loaded[(claims, sources)] = Registry.load(claims, sources)
            registry = loaded[(claims, sources)]
        outcomes.extend(run_case(case, registry))
    return EvalReport(tuple(outcomes), len(paths))


def case_files(paths: Sequence[Path]) -> list[Path]:
    """Case files named directly, or found recursively (*.yaml, *.yml) in directories."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml")))
        elif path.exists():
            found.append(path)
        else:
            raise InputError("no such file or directory", Location(str(path)))
    return found
