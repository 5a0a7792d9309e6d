"""Tricky sentence-splitting cases: (text, expected sentences).

Shared by tests/unit/test_segment.py and benchmarks/segmenters.py, which compares segmenters on
the same table.
"""

from __future__ import annotations

SENTENCE_CASES: list[tuple[str, list[str]]] = [
    (
        "The U.S. economy grew. Exports fell.",
        ["The U.S. economy grew.", "Exports fell."],
    ),
    (
        "He moved to the U.K. The move was costly.",
        ["He moved to the U.K.", "The move was costly."],
    ),
    (
        "Officials in the U.S. said nothing.",
        ["Officials in the U.S. said nothing."],
    ),
    (
        "The ruling is known as Decision No. 4 of the court. It was final.",
        ["The ruling is known as Decision No. 4 of the court.", "It was final."],
    ),
    (
        "Dr. Smith met Mr. Jones on Monday. They talked.",
        ["Dr. Smith met Mr. Jones on Monday.", "They talked."],
    ),
    (
        "The law took effect on Jan. 5, 2018. Critics objected.",
        ["The law took effect on Jan. 5, 2018.", "Critics objected."],
    ),
    (
        "Some courts, e.g. those in Beijing, complied. Others did not.",
        ["Some courts, e.g. those in Beijing, complied.", "Others did not."],
    ),
    (
        "The top court, i.e. the SPC, ruled. The case closed.",
        ["The top court, i.e. the SPC, ruled.", "The case closed."],
    ),
    (
        "Judges, prosecutors, police etc. were punished last year.",
        ["Judges, prosecutors, police etc. were punished last year."],
    ),
    (
        "They seized phones, laptops, etc. The raid lasted hours.",
        ["They seized phones, laptops, etc.", "The raid lasted hours."],
    ),
    (
        "Acme Inc. reported a loss. Its shares fell.",
        ["Acme Inc. reported a loss.", "Its shares fell."],
    ),
    (
        "The acquittal rate was 99.92 percent. Few cases failed.",
        ["The acquittal rate was 99.92 percent.", "Few cases failed."],
    ),
    (
        "J. R. R. Tolkien wrote the book. It sold well.",
        ["J. R. R. Tolkien wrote the book.", "It sold well."],
    ),
    (
        "George W. Bush visited China in 2002. He met Jiang Zemin.",
        ["George W. Bush visited China in 2002.", "He met Jiang Zemin."],
    ),
    (
        'He said, "It is over." Then he left.',
        ['He said, "It is over."', "Then he left."],
    ),
    (
        "He said, “It is over.” Then he left.",
        ["He said, “It is over.”", "Then he left."],
    ),
    (
        "The figures are disputed. (See below.) The ministry declined to comment.",
        ["The figures are disputed.", "(See below.)", "The ministry declined to comment."],
    ),
    (
        "Was the confession forced? Lawyers say yes!",
        ["Was the confession forced?", "Lawyers say yes!"],
    ),
    (
        '"Why?" he asked. Nobody answered.',
        ['"Why?" he asked.', "Nobody answered."],
    ),
    (
        "The numbers kept rising... Then they fell.",
        ["The numbers kept rising...", "Then they fell."],
    ),
    (
        "He paused… and went on. The end.",
        ["He paused… and went on.", "The end."],
    ),
    (
        "The report was published\nin 2017 by Xinhua. It praised\nthe courts.",
        ["The report was published\nin 2017 by Xinhua.", "It praised\nthe courts."],
    ),
    (
        "A total of 511 prosecutors were held accountable",
        ["A total of 511 prosecutors were held accountable"],
    ),
    (
        "The meeting ended at 5 p.m. on Friday. Nobody spoke.",
        ["The meeting ended at 5 p.m. on Friday.", "Nobody spoke."],
    ),
    (
        "Prof. Li and Sen. Warren disagreed. Both wrote letters.",
        ["Prof. Li and Sen. Warren disagreed.", "Both wrote letters."],
    ),
    (
        "The study (Wang et al. 2019) found bias. It was cited widely.",
        ["The study (Wang et al. 2019) found bias.", "It was cited widely."],
    ),
    (
        "Revenue rose 3.5% in 2020. In 2021 it fell by 1.2%.",
        ["Revenue rose 3.5% in 2020.", "In 2021 it fell by 1.2%."],
    ),
    (
        "See pp. 12-14 for details. The annex lists cases.",
        ["See pp. 12-14 for details.", "The annex lists cases."],
    ),
    (
        "The U.N. Human Rights Council met. China objected.",
        ["The U.N. Human Rights Council met.", "China objected."],
    ),
    (
        "It happened in Washington, D.C. The police arrived late.",
        ["It happened in Washington, D.C.", "The police arrived late."],
    ),
    (
        "最高人民检察院通报了案件。共有511名检察官被追责。",
        ["最高人民检察院通报了案件。", "共有511名检察官被追责。"],
    ),
    (
        "Stop! Do not enter. Really?! Yes.",
        ["Stop!", "Do not enter.", "Really?!", "Yes."],
    ),
    (
        "Mrs. Chen lives on Main St. The house is old.",
        ["Mrs. Chen lives on Main St.", "The house is old."],
    ),
    (
        "The vote was 5 vs. 4 in favour. The motion passed.",
        ["The vote was 5 vs. 4 in favour.", "The motion passed."],
    ),
    (
        "He joined Apple Inc. in 2010 and left in 2015.",
        ["He joined Apple Inc. in 2010 and left in 2015."],
    ),
    (
        "Gen. Zhang spoke first. Lt. Col. Wu spoke next.",
        ["Gen. Zhang spoke first.", "Lt. Col. Wu spoke next."],
    ),
]

# Written after the splitter was done and measured once, untuned: an honest second sample.
HELD_OUT_CASES: list[tuple[str, list[str]]] = [
    (
        "Ms. Wang, 45, was detained in Oct. 2019. She was released.",
        ["Ms. Wang, 45, was detained in Oct. 2019.", "She was released."],
    ),
    (
        "The U.S. Supreme Court declined. China's courts did not.",
        ["The U.S. Supreme Court declined.", "China's courts did not."],
    ),
    (
        "Xinhua reported the case on Monday. Reuters could not confirm it.",
        ["Xinhua reported the case on Monday.", "Reuters could not confirm it."],
    ),
    (
        "The fine was $1.5 million. That is a record.",
        ["The fine was $1.5 million.", "That is a record."],
    ),
    (
        "Is this the end? No. It is the beginning.",
        ["Is this the end?", "No.", "It is the beginning."],
    ),
    (
        "She wrote: 'We were beaten.' The letter was smuggled out.",
        ["She wrote: 'We were beaten.'", "The letter was smuggled out."],
    ),
    (
        "Between 2013 and 2017, courts acquitted 4,032 people. Human rights groups said the"
        " number was low.",
        [
            "Between 2013 and 2017, courts acquitted 4,032 people.",
            "Human rights groups said the number was low.",
        ],
    ),
    (
        "The agency (formerly the SPP.) changed its name. Nothing else changed.",
        ["The agency (formerly the SPP.) changed its name.", "Nothing else changed."],
    ),
    (
        "Li Heping, a lawyer, was arrested in July 2015. His trial was secret.",
        ["Li Heping, a lawyer, was arrested in July 2015.", "His trial was secret."],
    ),
    (
        "The article cites Art. 50 of the law. Art. 51 is not mentioned.",
        ["The article cites Art. 50 of the law.", "Art. 51 is not mentioned."],
    ),
    (
        "Confessions were broadcast on CCTV. Some were later retracted!",
        ["Confessions were broadcast on CCTV.", "Some were later retracted!"],
    ),
    (
        "The detainee's name was given as Mr. X. Officials refused to say more.",
        ["The detainee's name was given as Mr. X.", "Officials refused to say more."],
    ),
]
