"""Acronyms that a registry spells out, so a sentence that writes "SPP" finds the claims that
write "Supreme People's Procuratorate".

`acronyms(texts)` reads runs of capitalised words in the claims ("Ministry of Public Security",
"Communist Party of China"; not in headlines, whose every word is capitalised) and maps the
initials of each run of `MIN_WORDS` or more capitalised words (joined by the small words of
`JOINERS`, which get no initial) to the run's content terms. An acronym spelled out in several
ways keeps the most frequent; one spelled out in fewer than `MIN_SEEN` texts is not read (junk
initials of a name mentioned once outnumber real acronyms). `expand` replaces each acronym that a
sentence writes in capitals, that the table knows and that no claim uses as a term, by the terms
it stands for (or drops it when the sentence spells those out already).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence

from claimcheck.lexicons.retrieval import STOPWORDS
from claimcheck.tokens import stem, terms

MIN_WORDS = 3  # capitalised words that an acronym stands for, at least ("NPC", not "SD")
MAX_WORDS = 6
MIN_SEEN = 2  # texts that spell a name out, at least, for its acronym to be read
JOINERS = ("of", "and", "for", "on", "the", "de")  # small words inside a name, not initialled
_WORD = r"[A-Z][\w'’-]*"
_NAME = re.compile(rf"{_WORD}(?:\s+(?:(?:{'|'.join(JOINERS)})\s+)?{_WORD})+")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")
_CAPITALS = re.compile(rf"\b[A-Z]{{{MIN_WORDS},{MAX_WORDS}}}s?\b")


def acronyms(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Lowercase acronym -> the content terms of the name it stands for."""
    counts: Counter[tuple[str, tuple[str, ...]]] = Counter()
    for text in texts:
        if not text or _title_case(text):
            continue
        for name in _NAME.findall(text):
            words = [w for w in name.split() if w[:1].isupper()]
            while words and words[0].lower() in STOPWORDS:
                words.pop(0)  # a capitalised sentence opener ("The"), not part of the name
            for start in range(len(words)):
                for stop in range(start + MIN_WORDS, min(len(words), start + MAX_WORDS) + 1):
                    part = words[start:stop]
                    if any(w.isupper() and len(w) > 1 for w in part):
                        continue  # a run holding an acronym itself ("CPC National Congress")
                    initials = "".join(w[0] for w in part).lower()
                    counts[(initials, terms(" ".join(part)))] += 1
    best: dict[str, tuple[int, tuple[str, ...]]] = {}
    for (initials, expansion), count in counts.items():
        if expansion and count >= MIN_SEEN and count > best.get(initials, (0, ()))[0]:
            best[initials] = (count, expansion)
    return {initials: expansion for initials, (_, expansion) in sorted(best.items())}


def _title_case(text: str) -> bool:
    """Whether every longer word is capitalised (a headline): its capitals do not mark names."""
    return not any(w[:1].islower() for w in _LONG_WORD.findall(text))


def expand(
    text: str,
    query: Sequence[str],
    table: Mapping[str, Sequence[str]],
    known: Container[str] = (),
) -> tuple[str, ...]:
    """The query terms of `text`, each acronym it writes in capitals that `table` knows replaced
    by the terms of its name (dropped when the text spells them out already). Terms in `known`
    (those some claim uses: a word in capitals, or an acronym the claims write too) stay."""
    if not table:
        return tuple(query)
    found: dict[str, str] = {}  # query term -> acronym
    for match in _CAPITALS.finditer(text):
        key = match.group().rstrip("s").lower()
        term = stem(match.group().lower())
        if key in table and term not in known:
            found[term] = key
    if not found:
        return tuple(query)
    present = set(query)
    out: list[str] = []
    for term in query:
        name = found.get(term)
        if name is None:
            out.append(term)
            continue
        out.extend(t for t in table[name] if t not in present)
        present.update(table[name])
    return tuple(out)
