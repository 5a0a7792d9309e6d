"""The text format: one parseable line per flagged sentence, then a summary.

Plain output (pipes, files, pre-commit) is built without rich and never contains ANSI codes:
`path:line:col: label: claim-id: message`. On a terminal (`ReportOptions.terminal`) rich
renders a richer layout: the label in capitals, the draft sentence with its conflicting words
highlighted, the source quote with its title, and the nearest claims of an unsourced sentence.
rich is imported only for that layout.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from claimcheck.models import Label, Report, Result
from claimcheck.reporters.common import (
    LABEL_ORDER,
    ReportOptions,
    is_listed,
    is_suppressed,
    iter_results,
    one_line,
    result_message,
    shown_reasons,
    summary_counts,
)

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

LABEL_STYLES: dict[Label, str] = {
    Label.CONTRADICTED: "bold red",
    Label.UNSOURCED: "bold yellow",
    Label.SUPPORTED: "bold green",
    Label.SKIPPED: "dim",
}
HIGHLIGHT_STYLE = "bold underline red"
MAX_CANDIDATES = 3


def location(result: Result) -> str:
    return f"{result.path}:{result.sentence.line}:{result.sentence.column}"


def suppression_note(result: Result) -> str:
    if result.suppression is None or not is_suppressed(result):
        return ""
    reason = result.suppression.reason
    return f" (suppressed: {one_line(reason)})" if reason else " (suppressed)"


def finding_line(result: Result) -> str:
    """`path:line:col: label: claim-id: message`; the claim id is left out when there is none,
    and always for an unsourced sentence (its message names the nearest claim)."""
    parts = [location(result), result.label.value]
    if result.claim_id is not None and result.label is not Label.UNSOURCED:
        parts.append(result.claim_id)
    parts.append(result_message(result) + suppression_note(result))
    return ": ".join(parts)


def summary_rows(report: Report) -> list[tuple[str, int]]:
    counts = summary_counts(report)
    rows = [(label.value, counts[label.value]) for label in LABEL_ORDER]
    return [*rows, ("suppressed", counts["suppressed"]), ("files checked", len(report.documents))]


def listed(report: Report, options: ReportOptions) -> list[Result]:
    return [r for _, r in iter_results(report) if is_listed(r, options)]


def render_plain(report: Report, options: ReportOptions) -> str:
    """The plain layout: finding lines, a blank line, then the summary as aligned rows."""
    lines = [finding_line(result) for result in listed(report, options)]
    if options.quiet:
        return "".join(line + "\n" for line in lines)
    if lines:
        lines.append("")
    rows = summary_rows(report)
    width = max(len(name) for name, _ in rows)
    lines += [f"{name:<{width}}  {count:>4}" for name, count in rows]
    return "\n".join(lines) + "\n"


def highlighted_sentence(result: Result) -> Text:
    """The draft sentence with each reason's span (the conflicting value) highlighted."""
    from rich.text import Text

    text = Text(result.sentence.text)
    size = len(result.sentence.text)
    for reason in shown_reasons(result):
        if reason.span is not None:
            start, end = max(0, reason.span[0]), min(size, reason.span[1])
            if start < end:
                text.stylize(HIGHLIGHT_STYLE, start, end)
    return text


def source_line(report: Report, result: Result) -> Text:
    """“quote” and, on the next line, the source's title, publisher and date."""
    from rich.text import Text

    text = Text()
    if result.quote:
        text.append(f"“{one_line(result.quote)}”", style="italic")
    source = report.sources.get(result.source) if result.source else None
    if source is not None:
        meta = source.meta
        credit = [part for part in (meta.title, meta.publisher, meta.date) if part]
        text.append("\n" + " · ".join(one_line(part) for part in credit or [source.id]))
        text.append(f"  [{source.id}]", style="dim")
    elif result.source:
        text.append(f"\n{result.source}", style="dim")
    return text


def candidate_lines(report: Report, result: Result) -> Text:
    from rich.text import Text

    text = Text()
    ranked = sorted(result.candidates, key=lambda c: -c.score)[:MAX_CANDIDATES]
    for index, candidate in enumerate(ranked):
        if index:
            text.append("\n")
        text.append(candidate.claim_id, style="bold")
        text.append(f" ({candidate.score:.1f})", style="dim")
        claim = report.claims.get(candidate.claim_id)
        if claim is not None:
            text.append(f"  {one_line(claim.text)}")
    return text


def detail_grid(report: Report, result: Result) -> Table:
    """The rows under a finding's headline: message, draft, source or nearest claims."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True, min_width=7)
    grid.add_column(overflow="fold")
    grid.add_row("", Text(result_message(result) + suppression_note(result)))
    grid.add_row("Draft", highlighted_sentence(result))
    if result.quote or result.source:
        grid.add_row("Source", source_line(report, result))
    if result.label is Label.UNSOURCED and result.candidates:
        grid.add_row("Nearest", candidate_lines(report, result))
    return grid


def headline(result: Result) -> Text:
    from rich.text import Text

    text = Text(location(result), style="bold")
    text.append("  ")
    text.append(result.label.value.upper(), style=LABEL_STYLES[result.label])
    if result.claim_id is not None and result.label is not Label.UNSOURCED:
        text.append(f"  {result.claim_id}", style="cyan")
    return text


def summary_table(report: Report) -> Table:
    from rich.box import SIMPLE_HEAD
    from rich.table import Table

    table = Table(box=SIMPLE_HEAD, show_edge=False, title="Summary", title_justify="left")
    table.add_column("Label")
    table.add_column("Sentences", justify="right")
    styles = {label.value: LABEL_STYLES[label] for label in LABEL_ORDER}
    for name, count in summary_rows(report):
        table.add_row(name, str(count), style=styles.get(name, "") if count else "dim")
    return table


def render_terminal(report: Report, options: ReportOptions) -> str:
    """The rich layout, rendered to a string with ANSI styles (colour only with options.color)."""
    from rich.console import Console
    from rich.padding import Padding

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        # Fixed rather than detected: TERM=dumb or an odd TERM must not change the output.
        color_system="standard",
        no_color=not options.color,
        width=options.width,
        height=None if options.width is None else 25,  # rich ignores a lone width on TERM=dumb
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    items: list[RenderableType] = []
    for result in listed(report, options):
        items += [headline(result), Padding(detail_grid(report, result), (0, 0, 1, 2))]
    for item in [*items, summary_table(report)]:
        console.print(item)
    return buffer.getvalue()


def render_text(report: Report, options: ReportOptions) -> str:
    """The text format: the rich layout when options.terminal (and not quiet), else plain lines."""
    if options.terminal and not options.quiet:
        return render_terminal(report, options)
    return render_plain(report, options)
