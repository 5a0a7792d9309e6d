"""Rendering an evaluation run as plain text or JSON."""

from __future__ import annotations

import json

from claimcheck.evaluate import LABELS, EvalReport, Outcome


def render_eval_text(report: EvalReport) -> str:
    """Per-label scores, macro-F1, the confusion matrix and every mismatch with its reasons."""
    lines = [f"{len(report.outcomes)} labelled sentences in {report.cases} case files", ""]
    lines.append(f"{'label':<14}{'precision':>10}{'recall':>10}{'f1':>8}{'support':>9}")
    for score in report.scores:
        lines.append(
            f"{score.label.value:<14}{score.precision:>10.3f}{score.recall:>10.3f}"
            f"{score.f1:>8.3f}{score.support:>9}"
        )
    lines.append(f"{'macro-F1':<14}{'':>10}{'':>10}{report.macro_f1:>8.3f}")
    lines += ["", "confusion (rows: expected, columns: predicted)"]
    header = "".join(f"{label.value[:12]:>14}" for label in LABELS)
    lines.append(f"{'':<14}{header}")
    for gold, row in report.confusion.items():
        lines.append(f"{gold.value:<14}" + "".join(f"{row[p]:>14}" for p in LABELS))
    lines.append("")
    lines.append(f"contradicted labelled supported: {report.contradicted_as_supported}")
    mismatches = report.mismatches
    lines.append(f"mismatches: {len(mismatches)}")
    for outcome in mismatches:
        lines.extend(_mismatch(outcome))
    return "\n".join(lines) + "\n"


def _mismatch(outcome: Outcome) -> list[str]:
    exp, res = outcome.expectation, outcome.result
    got = f"{res.label.value}" + (f" ({res.claim_id})" if res.claim_id else "")
    want = f"{exp.label.value}" + (f" ({exp.claim})" if exp.claim else "")
    lines = [f"  {exp.location}: expected {want}, got {got}", f"    sentence: {res.sentence.text}"]
    lines.extend(f"    reason: {reason.message}" for reason in res.reasons)
    return lines


def render_eval_json(report: EvalReport) -> str:
    """The same as a JSON document (version 1)."""
    data = {
        "version": 1,
        "sentences": len(report.outcomes),
        "cases": report.cases,
        "macro_f1": round(report.macro_f1, 4),
        "labels": {
            s.label.value: {
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "support": s.support,
            }
            for s in report.scores
        },
        "confusion": {
            gold.value: {pred.value: n for pred, n in row.items()}
            for gold, row in report.confusion.items()
        },
        "contradicted_as_supported": report.contradicted_as_supported,
        "mismatches": [
            {
                "location": str(o.expectation.location),
                "text": o.result.sentence.text,
                "expected": o.expectation.label.value,
                "expected_claim": o.expectation.claim,
                "label": o.result.label.value,
                "claim_id": o.result.claim_id,
                "reasons": [r.message for r in o.result.reasons],
            }
            for o in report.mismatches
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
