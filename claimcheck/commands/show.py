"""`claimcheck show CLAIM_ID`: a claim, its source and the quote in its paragraph."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from claimcheck.commands.common import load_settings, open_registry, use_color
from claimcheck.errors import UsageError
from claimcheck.models import Anchor, Claim, Source

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the paragraph (blank-line separated) that contains [start, end)."""
    before = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, start)]
    para_start = before[-1] if before else 0
    after = _PARAGRAPH_BREAK.search(text, end)
    para_end = after.start() if after else len(text)
    while para_start < start and text[para_start].isspace():
        para_start += 1
    return para_start, max(para_end, end)


def run_show(
    claim_id: str,
    claims: Path | None,
    sources: Path | None,
    config_file: Path | None,
    no_color: bool,
) -> int:
    from rich.console import Console

    settings = load_settings({"claims": claims, "sources": sources}, config_file).settings
    registry = open_registry(settings)
    if claim_id not in registry:
        from difflib import get_close_matches

        close = get_close_matches(claim_id, [c.id for c in registry.claims], n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UsageError(f"no claim with id {claim_id!r}{hint}")
    claim = registry.get(claim_id)
    source = registry.sources[claim.source]
    console = Console(no_color=not use_color(no_color), highlight=False, soft_wrap=True)
    for line in describe_claim(claim, source):
        console.print(line, markup=False)
    console.print()
    console.print(_context(source, registry.anchors[claim.id]))
    sys.stdout.flush()
    return 0


def describe_claim(claim: Claim, source: Source) -> list[str]:
    """The claim's fields and its source's metadata, one per line."""
    meta = source.meta
    lines = [
        f"claim   {claim.id}" + ("" if claim.verdict else "  (KNOWN FALSE: the quote refutes it)"),
        f"        {claim.text}",
        f"source  {source.id}" + (f" ({_relative(source.path)})" if source.path else ""),
    ]
    for name in ("title", "publisher", "author", "date", "language", "url"):
        value = getattr(meta, name)
        if value:
            lines.append(f"  {name:<9} {value}")
    if claim.tags:
        lines.append(f"tags    {', '.join(claim.tags)}")
    if claim.note:
        lines.append(f"note    {claim.note}")
    if claim.origin:
        lines.append(f"defined {claim.origin}")
    return lines


def _relative(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path


def _context(source: Source, anchor: Anchor) -> object:
    from rich.text import Text

    if anchor.start is None or anchor.end is None:
        return Text(f"quote not found in the source ({anchor.status.value})", style="bold red")
    start, end = paragraph_around(source.text, anchor.start, anchor.end)
    text = Text()
    text.append("quote in context", style="bold")
    text.append(f" ({anchor.status.value}, characters {anchor.start}-{anchor.end}):\n")
    text.append(_fold(source.text[start : anchor.start]))
    text.append("[[", style="dim")
    text.append(_fold(source.text[anchor.start : anchor.end]), style="bold black on yellow")
    text.append("]]", style="dim")
    text.append(_fold(source.text[anchor.end : end]))
    return text


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text)
