"""In-memory Reports for the reporter tests: a small realistic draft and helpers to build more."""

from __future__ import annotations

from dataclasses import replace

from claimcheck.models import (
    BlockKind,
    Candidate,
    Claim,
    ClaimCheck,
    Document,
    Label,
    Reason,
    ReasonKind,
    Report,
    Result,
    Sentence,
    Source,
    SourceMeta,
    Suppression,
)

DRAFT = """\
# Prosecutors held to account

China's top procuratorate said 611 prosecutors have been held accountable for wrongful \
convictions since 2018. Prosecutors investigated all 246 criminal cases that were retried and \
corrected since 2018.

The lifetime accountability mechanism was introduced in 2015. Officials said the mechanism \
would end wrongful convictions for good. Is the system working?
"""

SOURCE_ID = "sixthtone-2021-prosecutors-punished"


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of `offset` in `text`."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def sentence(text: str, snippet: str, block: BlockKind = BlockKind.PARAGRAPH) -> Sentence:
    """The Sentence for the first occurrence of `snippet` in `text`."""
    start = text.index(snippet)
    end = start + len(snippet)
    line, column = position(text, start)
    end_line, end_column = position(text, end)
    return Sentence(snippet, start, end, line, column, end_line, end_column, block)


def span(sentence_text: str, word: str) -> tuple[int, int]:
    start = sentence_text.index(word)
    return start, start + len(word)


def claims() -> dict[str, Claim]:
    return {
        "spp-511-prosecutors": Claim(
            id="spp-511-prosecutors",
            text="511 prosecutors were held accountable for wrongful convictions since 2018.",
            source=SOURCE_ID,
            quote="A total of 511 prosecutors have been held accountable for criminal cases "
            "dating back decades",
        ),
        "spp-246-cases": Claim(
            id="spp-246-cases",
            text="Prosecutors investigated all 246 criminal cases retried and corrected "
            "since 2018.",
            source=SOURCE_ID,
            quote="the Supreme People’s Procuratorate investigated all of the 246 criminal cases "
            "that were re-trialed and corrected since 2018",
        ),
        "spp-mechanism-2013": Claim(
            id="spp-mechanism-2013",
            text="The lifetime accountability mechanism was introduced in 2013.",
            source=SOURCE_ID,
            quote="The penalties were given under the “lifetime accountability mechanism” "
            "introduced in 2013.",
        ),
    }


def sources() -> dict[str, Source]:
    meta = SourceMeta(
        title="China Punishes Over 500 Prosecutors for Wrongful Convictions",
        publisher="Sixth Tone",
        date="2021",
    )
    return {SOURCE_ID: Source(id=SOURCE_ID, text="(source text)", meta=meta)}


def results(path: str = "draft.md", text: str = DRAFT) -> tuple[Result, ...]:
    heading = sentence(text, "Prosecutors held to account", BlockKind.HEADING)
    s611 = sentence(
        text,
        "China's top procuratorate said 611 prosecutors have been held accountable for "
        "wrongful convictions since 2018.",
    )
    s246 = sentence(
        text,
        "Prosecutors investigated all 246 criminal cases that were retried and corrected since "
        "2018.",
    )
    s2015 = sentence(text, "The lifetime accountability mechanism was introduced in 2015.")
    s_end = sentence(text, "Officials said the mechanism would end wrongful convictions for good.")
    question = sentence(text, "Is the system working?")
    n611 = Reason(
        ReasonKind.NUMBER,
        'draft says "611", source says "511"',
        "611",
        "511",
        span(s611.text, "611"),
    )
    d2015 = Reason(
        ReasonKind.DATE,
        'draft says "2015", source says "2013"',
        "2015",
        "2013",
        span(s2015.text, "2015"),
    )
    match = Reason(ReasonKind.MATCH, "matches spp-246-cases")
    return (
        Result(path, heading, Label.SKIPPED, (Reason(ReasonKind.HEADING, "heading"),)),
        Result(
            path,
            s611,
            Label.CONTRADICTED,
            (n611,),
            "spp-511-prosecutors",
            SOURCE_ID,
            claims()["spp-511-prosecutors"].quote,
            91.54,
            checks=(ClaimCheck("spp-511-prosecutors", 91.54, Label.CONTRADICTED, (n611,)),),
            candidates=(Candidate("spp-246-cases", 48.0),),
        ),
        Result(
            path,
            s246,
            Label.SUPPORTED,
            (match,),
            "spp-246-cases",
            SOURCE_ID,
            claims()["spp-246-cases"].quote,
            88.25,
            checks=(ClaimCheck("spp-246-cases", 88.25, Label.SUPPORTED, (match,)),),
        ),
        Result(
            path,
            s2015,
            Label.CONTRADICTED,
            (d2015,),
            "spp-mechanism-2013",
            SOURCE_ID,
            claims()["spp-mechanism-2013"].quote,
            95.0,
            checks=(ClaimCheck("spp-mechanism-2013", 95.0, Label.CONTRADICTED, (d2015,)),),
        ),
        Result(
            path,
            s_end,
            Label.UNSOURCED,
            (Reason(ReasonKind.POSSIBLE_MATCH, "no claim backs this sentence"),),
            candidates=(Candidate("spp-mechanism-2013", 62.0), Candidate("spp-246-cases", 40.0)),
        ),
        Result(path, question, Label.SKIPPED, (Reason(ReasonKind.QUESTION, "a question"),)),
    )


def sample_report(path: str = "draft.md") -> Report:
    """One document with every label: 2 contradicted, 1 unsourced, 1 supported, 2 skipped."""
    document = Document(path, DRAFT, results(path))
    return Report((document,), claims(), sources())


def suppress(report: Report, index: int, suppression: Suppression) -> Report:
    """`report` with `suppression` attached to result `index` of its first document."""
    document = report.documents[0]
    items = list(document.results)
    items[index] = replace(items[index], suppression=suppression)
    return replace(report, documents=(replace(document, results=tuple(items)),))


def single(text: str, label: Label, path: str = "draft.md", **fields: object) -> Report:
    """A report with one document whose whole text is one sentence with `label`."""
    result = Result(path, sentence(text, text.strip()), label, (), **fields)  # type: ignore[arg-type]
    return Report((Document(path, text, (result,)),), claims(), sources())


SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_DRAFT = f"""\
# Breaking {SCRIPT}

The agency said 611 prosecutors were punished {IMG} last year. Critics & "friends" wrote \
</span><span class="s">{SCRIPT}</div> nothing at all.
"""


def hostile_report() -> Report:
    """Markup and script in the draft, path, claim, quote, reasons and source metadata."""
    text = HOSTILE_DRAFT
    path = f"drafts/{IMG}.md"
    heading = sentence(text, f"Breaking {SCRIPT}", BlockKind.HEADING)
    first = sentence(text, f"The agency said 611 prosecutors were punished {IMG} last year.")
    second = sentence(text, f'Critics & "friends" wrote </span><span class="s">{SCRIPT}</div>')
    second = replace(second, text=second.text + " nothing at all.", end=second.end + 16)
    second = replace(second, end_column=second.end_column + 16)
    claim = Claim(
        id="evil-claim",
        text=f"511 prosecutors were punished {IMG}",
        source="evil-source",
        quote=f"A total of 511 prosecutors {SCRIPT}",
    )
    source = Source(
        id="evil-source",
        text="...",
        meta=SourceMeta(
            title=f"Title {SCRIPT}{IMG}",
            publisher=f"Publisher {IMG}",
            date="2021",
            url="javascript:window.__pwned=1",
        ),
    )
    reason = Reason(
        ReasonKind.NUMBER,
        f'draft says "611" {IMG}, source says "511"',
        "611",
        "511",
        span(first.text, "611"),
    )
    results = (
        Result(path, heading, Label.SKIPPED, (Reason(ReasonKind.HEADING, f"heading {SCRIPT}"),)),
        Result(
            path,
            first,
            Label.CONTRADICTED,
            (reason,),
            claim.id,
            source.id,
            claim.quote,
            90.0,
            candidates=(Candidate(claim.id, 90.0),),
        ),
        Result(
            path,
            second,
            Label.UNSOURCED,
            (Reason(ReasonKind.NO_MATCH, f"nothing {IMG}"),),
            candidates=(Candidate(claim.id, 55.0),),
        ),
    )
    return Report((Document(path, text, results),), {claim.id: claim}, {source.id: source})
