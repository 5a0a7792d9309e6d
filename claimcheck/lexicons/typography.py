"""Typographic variants that a quote may use in place of the source's characters.

Plain data for `claimcheck.anchor`: which characters fold to which plain form before a quote is
compared with its source (after Unicode NFKC). Folding is applied both before and after NFKC, so a
character that NFKC decomposes (″ into two primes, ‑ into ‐) still lands on the plain form here.
"""

from __future__ import annotations

from collections.abc import Mapping

# Single quotation marks, apostrophes and primes -> the ASCII apostrophe.
SINGLE_QUOTES: str = "‘’‚‛′‹›ʼ´"
# Double quotation marks, double primes and guillemets -> the ASCII double quote.
DOUBLE_QUOTES: str = "“”„‟″«»"
# Hyphens, dashes and the minus sign -> the ASCII hyphen-minus.
DASHES: str = "‐‑‒–—―−⸺⸻"
# Ellipsis and dot leaders -> ASCII full stops (NFKC does this too; kept explicit on purpose).
DOTS: Mapping[str, str] = {"…": "...", "‥": "..", "․": "."}

# Characters that are dropped entirely: soft hyphen, zero-width space, word joiner, BOM.
# Zero-width (non-)joiners are kept: they carry meaning in some scripts and in emoji sequences.
IGNORABLE: str = "\u00ad\u200b\u2060\ufeff"

# Every whitespace character (str.isspace: spaces, NBSP, tabs, line breaks, U+2028, ...) folds,
# run by run, into this one character; leading and trailing whitespace is dropped.
SPACE: str = " "

CHAR_FOLDS: Mapping[str, str] = {
    **dict.fromkeys(SINGLE_QUOTES, "'"),
    **dict.fromkeys(DOUBLE_QUOTES, '"'),
    **dict.fromkeys(DASHES, "-"),
    **DOTS,
}
