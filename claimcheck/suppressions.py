"""Inline directives that suppress results: `claimcheck: ignore`, `off` and `on`.

Markdown and HTML drafts write them as comments, plain-text drafts as whole lines:

    <!-- claimcheck: ignore -->                       the next sentence, whatever its label
    <!-- claimcheck: ignore unsourced, contradicted -->  the next sentence, only these labels
    <!-- claimcheck: ignore -- checked by phone -->   with a reason
    <!-- claimcheck: off -->  ...  <!-- claimcheck: on -->   every sentence in between
    # claimcheck: ignore -- reason                    (plain text; `//` works too)

`ignore` applies to the first sentence that starts after the directive ends. A directive at the
end of a line that holds a sentence therefore applies to the following sentence, never to the
one before it. `off` takes the same labels and reason as `ignore` and runs to the next `on` or
to the end of the document; an `on` with nothing to close is allowed and does nothing. When
several directives apply to one sentence their labels are combined and their reasons joined.
Comments inside code (Markdown code blocks and spans, HTML pre/code/script) are not directives.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from claimcheck.errors import InputError
from claimcheck.markup import Comment, extract, line_starts
from claimcheck.models import Label, Location, Sentence, Suppression

_DIRECTIVE = re.compile(r"\s*claimcheck\s*:(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
_MISSING_COLON = re.compile(r"\s*claimcheck\s+(?:ignore|off|on)\b", re.IGNORECASE)
_LABEL_SEPARATOR = re.compile(r"[\s,]+")
Verb = Literal["ignore", "off", "on"]
_VERBS: dict[str, Verb] = {"ignore": "ignore", "off": "off", "on": "on"}
_EXPECTED = "ignore, off or on, as in 'claimcheck: ignore'"
_LABELS = {label.value: label for label in Label}


@dataclass(frozen=True, slots=True)
class Directive:
    """One parsed directive: what it does, where it ends, and the suppression it carries."""

    verb: Verb
    end: int
    suppression: Suppression


def find_suppressions(
    text: str,
    kind: Literal["markdown", "text", "html"],
    sentences: Sequence[Sentence],
    *,
    path: str = "",
) -> list[Suppression | None]:
    """The suppression that applies to each sentence (None where none does), in order.

    Raises InputError at the directive's line and column (in `path`) for a malformed directive.
    """
    if "claimcheck" not in text.lower():
        return [None] * len(sentences)
    directives = parse_directives(text, extract(text, kind).comments, path=path)
    return assign(directives, sentences)


def parse_directives(text: str, comments: Sequence[Comment], *, path: str = "") -> list[Directive]:
    """The directives among `comments`, in document order."""
    starts = line_starts(text)
    directives: list[Directive] = []
    for comment in comments:
        line = bisect_right(starts, comment.start)
        location = Location(path, line, comment.start - starts[line - 1] + 1)
        directive = parse_directive(comment.body, location)
        if directive is not None:
            verb, suppression = directive
            directives.append(Directive(verb, comment.end, suppression))
    return directives


def parse_directive(body: str, location: Location) -> tuple[Verb, Suppression] | None:
    """Parse a comment's body: None if it is not a directive, InputError if it is malformed."""
    match = _DIRECTIVE.match(body)
    if match is None:
        if _MISSING_COLON.match(body):
            raise InputError("claimcheck directive needs a colon: 'claimcheck: ...'", location)
        return None
    words, dashes, reason = match.group("rest").partition("--")
    if not words.strip():
        raise InputError(f"empty claimcheck directive (expected {_EXPECTED})", location)
    first, *labels = _LABEL_SEPARATOR.split(words.strip())
    verb = _VERBS.get(first.lower())
    if verb is None:
        message = f"unknown claimcheck directive {first!r} (expected {_EXPECTED})"
        raise InputError(message, location)
    if verb == "on" and (labels or dashes):
        raise InputError("claimcheck directive 'on' takes no labels or reason", location)
    unknown = [label for label in labels if label.lower() not in _LABELS]
    if unknown:
        message = f"unknown label {unknown[0]!r} in claimcheck directive (labels are: "
        raise InputError(message + ", ".join(_LABELS) + ")", location)
    chosen = frozenset(_LABELS[label.lower()] for label in labels) or None
    return verb, Suppression(" ".join(reason.split()) or None, chosen, location.line)


def assign(
    directives: Sequence[Directive], sentences: Sequence[Sentence]
) -> list[Suppression | None]:
    """Apply directives to sentences: each `ignore` to the next sentence, `off` until `on`."""
    order = sorted(range(len(sentences)), key=lambda index: sentences[index].start)
    result: list[Suppression | None] = [None] * len(sentences)
    active: Suppression | None = None
    pending: list[Suppression] = []
    waiting = iter(sorted(directives, key=lambda directive: directive.end))
    upcoming = next(waiting, None)
    for index in order:
        while upcoming is not None and upcoming.end <= sentences[index].start:
            if upcoming.verb == "ignore":
                pending.append(upcoming.suppression)
            else:
                active = upcoming.suppression if upcoming.verb == "off" else None
            upcoming = next(waiting, None)
        applying = [*pending, active] if active is not None else pending
        result[index] = merge(applying)
        pending = []
    return result


def merge(suppressions: Sequence[Suppression]) -> Suppression | None:
    """One suppression for several: their labels combined (None wins), their reasons joined."""
    if not suppressions:
        return None
    if len(suppressions) == 1:
        return suppressions[0]
    labels: frozenset[Label] | None = frozenset()
    for suppression in suppressions:
        if suppression.labels is None or labels is None:
            labels = None
        else:
            labels |= suppression.labels
    reasons = dict.fromkeys(s.reason for s in suppressions if s.reason is not None)
    return Suppression("; ".join(reasons) or None, labels, suppressions[0].line)
