"""Word lists that decide whether a sentence makes a checkable statement.

Plain constants, no logic: `claimcheck.cue_words` and `claimcheck.checkworthy` turn them into
regular expressions and word tables once, at import. Phrases are lower case, with straight
apostrophes and single spaces. Marker phrases (opinions, plans, calls to act) count only at the
head of the main clause, after openers, names addressed and framing phrases are passed over; fact
cues count anywhere.
"""

from __future__ import annotations

# --- Fact cues: any of these makes a sentence checkable, whatever else it says. -------------------

NUMBER_WORDS: tuple[str, ...] = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
    "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "trillions",
    "dozen", "dozens", "percent", "per cent", "half", "twice", "thrice", "tripled", "doubled",
    "halved", "quadrupled", "one-third", "two-thirds", "one-fourth", "three-fourths",
)  # fmt: skip

# Month and weekday names count only when capitalised ("in May", not "may"); abbreviations
# are written without their dot.
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip

WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip

# Relative time expressions that date an event ("a year ago", "last month", "since 2018").
TIME_PHRASES: tuple[str, ...] = (
    "ago", "yesterday", "last year", "last month", "last week", "last night", "last decade",
    "last term", "last session", "last spring", "last summer", "last fall", "last autumn",
    "last winter", "last century", "this year", "earlier this", "in recent years", "the sixties",
    "the seventies", "the eighties", "the nineties", "the fifties", "the forties", "the thirties",
    "the twenties",
)  # fmt: skip

# Spans of time with no number: a fact cue ("he spent decades in prison"), but too vague to make
# a judgement checkable ("justice that arrives decades late is better than none").
DURATIONS: tuple[str, ...] = ("decade", "decades", "century", "centuries")

# Prepositions that make a year date an event in a heading ("freed in 2019"), as does a leading
# "2019:" in a timeline; a year with neither labels the heading ("2023 in review").
TIME_PREPOSITIONS: tuple[str, ...] = (
    "in", "on", "since", "by", "until", "till", "before", "after", "from", "through", "during",
    "between", "and", "to", "of",
)  # fmt: skip

# Verbs that attribute a statement to someone: an attributed statement is checkable.
REPORTING_PHRASES: tuple[str, ...] = (
    "said", "says", "told", "tells", "reported", "reports", "announced", "announces", "stated",
    "states that", "declared", "added", "noted", "wrote", "testified", "admitted", "confirmed",
    "denied", "claimed", "claims", "according to", "quoted", "quotes", "as saying", "revealed",
    "disclosed", "estimated", "estimates", "found that", "showed that", "shows that", "concluded",
    "ruled", "say", "argue", "argues", "argued", "warned", "warns", "insisted", "insists",
    "alleged", "alleges", "believes", "thinks", "wants", "supports", "opposes", "favors",
    "proposes", "proposed",
)  # fmt: skip

# Words just before a reporting verb that make it a reference or the speaker's own words, not an
# attribution ("what he said", "as I've said", "I would say", "let me say").
REPORTING_REFERENCES: tuple[str, ...] = (
    "what", "as", "whatever", "something", "anything", "i", "we", "me", "us", "to", "would",
    "could", "can", "must", "might", "will", "should", "shall", "i'd", "i'll", "we'd", "we'll",
    "i've", "we've", "let", "merely", "just", "simply", "only", "you", "and", "or",
)  # fmt: skip

# Words before a reporting verb that make it an adjective ("the alleged crimes", "a reported 500
# deaths"), not an attribution.
DETERMINERS: tuple[str, ...] = (
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "any", "some", "every", "each", "no",
)  # fmt: skip

# Words that name institutions even when written in lower case ("the court", "parliament").
INSTITUTION_WORDS: tuple[str, ...] = (
    "court", "courts", "congress", "senate", "parliament", "ministry", "government", "police",
    "prosecutors", "procuratorate", "committee", "commission", "agency", "bureau", "department",
    "council", "legislature", "tribunal", "army", "navy", "administration", "party", "union",
)  # fmt: skip

# --- Openers stripped before looking for a marker at the head of the clause. ----------------------

OPENERS: tuple[str, ...] = (
    "and", "but", "so", "now", "well", "oh", "yes", "no", "look", "also", "then", "again", "first",
    "second", "third", "fourth", "finally", "lastly", "secondly", "thirdly", "firstly", "of course",
    "you know", "i mean", "frankly", "honestly", "sir", "madam", "okay", "ok", "all right",
    "however", "therefore", "thus", "still", "yet", "indeed", "in fact", "in addition", "moreover",
    "furthermore", "besides", "obviously", "clearly", "certainly", "surely", "perhaps", "maybe",
    "and so", "so that", "because", "number one", "number two", "number three", "on the other hand",
    "as a matter of fact", "by the way", "in short", "in other words", "in any event", "anyway",
    "just", "really", "personally", "quite frankly", "very simply", "simply", "sure", "uh", "um",
    "at the same time", "in the first place", "first of all", "above all", "after all",
    "for example", "for instance", "as a result", "in the end", "tonight", "here", "today",
    "instead", "otherwise", "likewise", "similarly", "meanwhile", "in that case", "in any case",
    "you bet", "listen", "look here", "that's why", "that is why", "this is why", "and that's why",
)  # fmt: skip

# List numbers that are no fact ("Number 2, ...", "Point 3: ", "Part 2: ...").
ENUMERATOR_WORDS: tuple[str, ...] = (
    "number", "no.", "point", "step", "item", "part", "chapter", "section",
)  # fmt: skip

# Capitalised words that name nobody.
NOT_NAMES: tuple[str, ...] = ("I", "I'm", "I've", "I'd", "I'll", "OK", "Mr", "Mrs", "Ms", "Dr")

# Auxiliaries and modals after a name that make it an actor doing something ("Chiang Kai-shek
# would not withdraw"), as do FINITE_VERBS other than copulas and HEADLINE_VERBS ("Beijing bans");
# a name in "candid for a Party journal" does nothing.
ACTOR_VERBS: tuple[str, ...] = (
    "will", "would", "can", "could", "may", "might", "must", "shall", "should", "has", "have",
    "had", "does", "did", "won't", "wouldn't", "can't", "cannot", "couldn't", "hasn't",
    "haven't", "hadn't", "doesn't", "didn't", "never",
)  # fmt: skip

# Courtesy titles that start a vocative ("Mr. Lehrer, ...").
TITLES: tuple[str, ...] = (
    "mr.", "mrs.", "ms.", "dr.", "senator", "governor", "president", "vice president",
    "congressman", "congresswoman", "secretary", "general", "ambassador", "judge", "professor",
)  # fmt: skip

# Framing phrases that only announce what follows ("the fact is ..."): the rest is assessed.
FRAMES: tuple[str, ...] = (
    "the fact is", "the fact of the matter is", "the truth is", "the point is", "the reality is",
    "the record is", "the record shows", "the question is", "the issue is", "my point is",
    "what i'm saying is", "what i am saying is", "what i'm suggesting is", "as you know",
    "as you recall", "as you may recall", "as you may know", "as i said", "as i've said",
    "as i have said", "as i said earlier", "as i say", "as i see it", "as i mentioned",
    "as i've indicated", "to be honest", "to be fair", "you know what", "mind you", "remember",
    "don't forget", "keep in mind", "i repeat", "i mean", "it's true", "it is true", "it's a fact",
    "it is a fact", "believe me", "trust me", "listen", "you see", "i'm telling you", "i tell you",
    "i'm talking about", "i am talking about", "we're talking about", "we are talking about",
    "here's the thing", "what i want to say is", "what i want to emphasize is",
    "what i'd like to say is", "what i would like to say is", "what i want to point out is",
    "what i'm talking about is",
)  # fmt: skip

# "<let me | I would | I want to | we must> <verb>": announces what follows ("let me point out").
FRAME_SUBJECTS: tuple[str, ...] = ("let me", "let us", "i", "we")
FRAME_MODALS: tuple[str, ...] = (
    "would", "'d", "would like to", "'d like to", "want to", "wanna", "have to", "need to",
    "got to", "'ve got to", "must", "can", "will", "'ll", "might", "may", "should", "just want to",
    "am going to", "'m going to", "also want to", "also would like to", "could",
)  # fmt: skip
FRAME_VERBS: tuple[str, ...] = (
    "say", "add", "point out", "remind you", "remind everybody", "remind everyone", "tell you",
    "mention", "note", "emphasize", "stress", "repeat", "make clear", "make it clear",
    "make it very clear", "make the point", "make a point", "make this point",
    "call to your attention", "respond", "answer", "comment", "explain", "talk about", "go back to",
    "come back to", "get back to", "start with", "begin with", "finish", "put it", "correct",
    "be clear", "be very clear", "suggest", "observe", "underline", "underscore", "clarify",
    "submit", "recall", "remind", "tell", "speak to", "address", "give you an example", "give you",
)  # fmt: skip

# The head of a clause where the speaker gives a view, a plan or an order. The module builds
# "<subject> <adverbs and auxiliaries> <verb>" patterns from these lists.
FIRST_PERSON: tuple[str, ...] = ("i", "we")

HEDGE_ADVERBS: tuple[str, ...] = (
    "just", "really", "also", "certainly", "still", "strongly", "firmly", "truly", "deeply",
    "sincerely", "personally", "honestly", "simply", "actually", "absolutely", "genuinely",
    "always", "never", "sure", "fully", "totally", "completely", "frankly", "definitely",
    "obviously", "fundamentally", "respectfully", "further", "only", "too", "all", "very much",
    "happen to", "happened to", "uh", "um", "do", "did", "not", "each", "both", "again", "first",
    "quickly", "briefly", "very quickly", "very briefly",
)  # fmt: skip

AUXILIARIES: tuple[str, ...] = (
    "don't", "do not", "didn't", "did not", "would", "'d", "wouldn't", "would not", "can", "can't",
    "cannot", "could", "couldn't", "will", "'ll", "won't", "will not", "should", "shouldn't",
    "have", "'ve", "might", "may", "must", "have always", "'ve always",
)  # fmt: skip

# "I think", "we don't believe", "I've always felt": the speaker's view, not a fact.
OPINION_VERBS: tuple[str, ...] = (
    "think", "thought", "believe", "believed", "feel", "felt", "guess", "suppose", "suspect",
    "hope", "doubt", "agree", "disagree", "trust", "presume", "expect", "assume", "reckon", "wish",
    "respect", "admire", "like", "love", "hate", "favor", "favour", "support", "oppose", "prefer",
    "mind", "share", "suggest", "recommend", "understand", "applaud", "welcome", "appreciate",
    "regret", "worry", "fear", "care", "value", "deplore", "insist", "maintain", "contend", "argue",
    "sense", "accept", "reject", "question", "consider", "challenge", "salute", "commend", "honor",
    "honour", "praise", "object", "know",
)  # fmt: skip

# "I'm confident", "we are not sure": an attitude, not a fact.
ATTITUDE_ADJECTIVES: tuple[str, ...] = (
    "confident", "sure", "convinced", "proud", "pleased", "happy", "glad", "encouraged",
    "optimistic", "pessimistic", "concerned", "worried", "afraid", "delighted", "committed",
    "determined", "ready", "prepared", "opposed", "for", "against", "honored", "honoured",
    "grateful", "disappointed", "sorry", "tired", "hopeful", "troubled", "disturbed", "appalled",
    "shocked", "surprised", "amazed", "interested", "eager", "willing", "unwilling", "certain",
    "sick", "fed up", "satisfied", "dissatisfied", "frustrated", "thankful", "anxious", "asking",
    "planning", "hoping", "proposing", "offering", "suggesting", "urging", "calling", "trying",
    "looking forward", "counting on",
)  # fmt: skip

# "I want", "we plan": a wish or a plan, which cannot be checked yet.
INTENT_VERBS: tuple[str, ...] = (
    "want", "wanted", "wanna", "intend", "plan", "promise", "pledge", "propose", "offer", "aim",
    "seek", "vow", "hope to", "like to", "love to", "rather", "prefer", "like", "expect", "ask",
    "urge", "call on", "challenge",
)  # fmt: skip

# "The Coalition calls on the government to ...": a call made in the present tense, by whoever is
# writing (a press release, a statement). A past call ("Amnesty urged China to ...") is an event.
CALL_VERBS: tuple[str, ...] = (
    "calls on", "calls upon", "urges", "appeals to", "implores", "exhorts", "demands that",
    "renews its call", "reiterates its call", "repeats its call",
)  # fmt: skip

# "This essay argues that ...": the text announcing its own argument, an opinion by definition.
# A finding with a number or a date ("This report finds that 500 ...") is still checked.
SELF_REFERENCE_NOUNS: tuple[str, ...] = (
    "essay", "article", "paper", "brief", "report", "post", "piece", "column", "chapter",
    "section", "review", "analysis", "thesis", "memo", "book", "study", "editorial",
)  # fmt: skip
SELF_REFERENCE_VERBS: tuple[str, ...] = (
    "argues", "will argue", "contends", "maintains", "proposes", "will propose", "suggests",
    "examines", "will examine", "explores", "will explore", "considers", "will consider",
    "discusses", "will discuss", "asks", "will ask", "looks at", "will look at", "sets out",
    "outlines", "makes the case", "aims to", "seeks to", "tries to", "is about",
)  # fmt: skip

# Subjects of a promise, a prediction or a hypothetical ("you'll", "we would").
FUTURE_SUBJECTS: tuple[str, ...] = ("i", "we")

# "I will", "we're going to", "I would": a promise, a prediction or a hypothetical.
FUTURE_AUXILIARIES: tuple[str, ...] = (
    "will", "'ll", "won't", "will not", "shall", "would", "'d", "wouldn't", "would not", "can",
    "could", "cannot", "can't", "can not", "might", "may", "going to", "gonna", "not going to",
    "not gonna",
)  # fmt: skip

# "In my view", "it seems to me": the speaker's view, not a fact.
OPINION_PHRASES: tuple[str, ...] = (
    "in my opinion", "in my view", "in my judgment", "in my judgement", "my view is",
    "my position is", "my feeling is", "my belief is", "my sense is", "my opinion is",
    "my judgment is", "it seems to me", "it appears to me", "it strikes me", "to me", "my hope is",
    "my goal is", "my aim is", "our goal is", "our hope is", "my plan is", "my plan", "our plan",
    "my program", "my proposal", "my approach", "my vision", "the way i see it",
    "from my point of view", "from my perspective",
)  # fmt: skip

# Words before an "-ed" form that make it an adjective ("a balanced budget") or a passive that
# reports no past event ("must be protected", "if I'm elected"), not a past event.
ADJECTIVE_SLOTS: tuple[str, ...] = (
    "be", "being", "get", "getting", "am", "i'm", "is", "are", "we're", "they're", "you're", "it's",
    "he's", "she's", "that's", "there's", "the", "a", "an", "for", "of", "in", "with", "our",
    "their", "his", "her", "its", "my", "your", "these", "those", "more", "most", "very", "so",
    "well", "much", "too", "less", "least", "highly", "fully", "better", "best", "some", "any",
    "no", "all", "by", "on", "about", "as", "from",
)  # fmt: skip

# Subjects that are urged ("we must", "America has to", "somebody should").
DEONTIC_SUBJECTS: tuple[str, ...] = (
    "we", "you", "i", "america", "this country", "the country", "our country", "the nation",
    "this nation", "our nation", "the president", "a president", "the next president", "somebody",
    "someone", "everybody", "everyone", "people", "the government", "government", "congress",
    "they", "he", "she", "it", "this", "that", "all of us", "each of us", "one",
)  # fmt: skip

# Conjunctions that open a clause before the main one ("If we act now, we will ...").
SUBORDINATORS: tuple[str, ...] = (
    "if", "unless", "when", "whenever", "as long as", "until", "till", "while", "although",
    "though", "even if", "even though", "whether", "because", "since", "once", "before", "after",
    "in order to", "to", "so that",
)  # fmt: skip

# "That's X." in a handful of words: a verdict, not a fact.
DEMONSTRATIVE_VERDICTS: tuple[str, ...] = (
    "that's", "that is", "this is", "it's", "it is", "that's not", "that is not", "this is not",
    "it's not", "it is not", "that isn't", "this isn't", "it isn't",
)  # fmt: skip
VERDICT_MAX_WORDS = 7

# Words that start or carry a clause of their own: an introductory phrase or a verdict has none.
CLAUSE_WORDS: tuple[str, ...] = (
    "i", "we", "you", "he", "she", "they", "it", "is", "are", "was", "were", "has", "have", "had",
    "do", "does", "did", "will", "would", "can", "could", "said", "says", "that", "who", "which",
    "what", "where", "when", "how", "why", "because", "didn't", "don't", "doesn't", "isn't",
    "wasn't", "i'm", "we're", "you're", "he's", "she's", "they're", "it's", "i've", "we've",
    "they've", "what's", "that's", "who's", "where's", "there's", "here's", "been", "being",
)  # fmt: skip

# Words after an imperative verb that show it gives an order ("Imagine the ...", "Help us").
IMPERATIVE_OBJECTS: tuple[str, ...] = (
    "the", "a", "an", "your", "our", "us", "me", "him", "her", "them", "it", "this", "that",
    "these", "those", "what", "how", "why", "who", "where", "when", "about", "at", "in", "to", "up",
    "out", "back", "on", "down", "with", "every", "all", "no", "not", "yourself", "ourselves",
    "each", "any", "and",
)  # fmt: skip

# Modals that make any short subject urged ("The law must be enforced").
GENERIC_DEONTIC_MODALS: tuple[str, ...] = (
    "must",
    "should",
    "ought to",
    "has to",
    "needs to",
    "need to",
)

# Words that strengthen an attitude ("I'm very proud").
INTENSIFIERS: tuple[str, ...] = ("very", "so", "deeply", "quite", "really", "extremely", "most")

# Modal verbs of obligation: "<subject> must/should ..." urges rather than reports.
DEONTIC_MODALS: tuple[str, ...] = (
    "must", "mustn't", "must not", "should", "shouldn't", "should not", "ought to", "ought not",
    "need to", "needs to", "have to", "has to", "have got to", "has got to", "'ve got to",
    "'s got to", "got to", "gotta", "cannot afford", "can't afford", "cannot allow", "can't allow",
    "can do better", "can't continue", "cannot continue", "shall", "need", "don't need",
    "do not need", "don't want", "do not want", "had better", "'d better", "are going to have to",
    "'re going to have to", "is going to have to", "'s going to have to",
)  # fmt: skip

# Modals of advice: "<subject> should ..." heading the main clause says what ought to be, even
# with a number in it ("Nobody should have to wait 27 years"), unless the sentence attributes it.
ADVISORY_MODALS: tuple[str, ...] = (
    "should", "shouldn't", "should not", "should never", "ought to", "ought not", "oughtn't",
)  # fmt: skip

# Factive verbs assert their complement: after an advisory modal ("people should know that
# two-thirds of the budget is pay") or in a question ("Do you know that ...?"), it is checked.
FACTIVE_VERBS: tuple[str, ...] = (
    "know", "understand", "remember", "realize", "realise", "recognize", "recognise", "recall",
    "note", "notice", "be aware", "aware", "bear in mind", "keep in mind", "point out",
    "acknowledge",
)  # fmt: skip

# A question that opens "do you know ...", "are you aware ..." (with a factive verb) asserts what
# follows: "Do you know that it's tripled in the last five years?" is checked for its number.
FACTIVE_QUESTIONS: tuple[str, ...] = (
    "do you", "did you", "don't you", "didn't you", "are you", "were you", "aren't you",
    "do we", "did we", "does everyone", "does everybody", "does anyone", "did anyone",
)  # fmt: skip

# "<frame> <up to six words> <rule>" makes a modal describe a rule rather than urge ("Under the
# new rules, suspects should be brought before a judge within 48 hours").
RULE_FRAMES: tuple[str, ...] = (
    "under", "according to", "in line with", "in accordance with", "pursuant to", "by",
)  # fmt: skip
RULE_NOUNS: tuple[str, ...] = (
    "law", "laws", "rule", "rules", "regulation", "regulations", "guideline", "guidelines",
    "constitution", "statute", "code", "act", "treaty", "agreement", "convention", "ruling",
    "opinions", "provisions", "policy", "charter", "decree",
)  # fmt: skip

# Fixed phrases that open a call to act.
EXHORTATION_PHRASES: tuple[str, ...] = (
    "let's", "let us", "let them", "it's time", "it is time", "it's important", "it is important",
    "it's essential", "it is essential", "it's necessary", "it is necessary", "it's critical",
    "it is critical", "it's vital", "it is vital", "it's imperative", "it is imperative",
    "there has to be", "there must be", "there should be", "there ought to be", "there needs to be",
    "please", "don't", "do not", "never", "make no mistake", "make sure", "god bless",
    "what we need", "what we have to", "what we must", "what we've got to",
    "what this country needs", "what america needs", "what the country needs", "what i want",
    "what i'd like", "what i would like", "what i'm going to do", "what i will do", "what i intend",
    "what we want", "what we're going to", "the thing to do", "the way to", "the answer is",
    "the solution is", "it's our obligation", "it is our obligation", "it's our duty",
    "it is our duty", "it's our responsibility", "it is our responsibility", "what i'll do",
    "it's up to us", "it is up to us",
)  # fmt: skip

# Verbs whose bare form at the head of a sentence gives an order ("Imagine ...", "Vote ...").
IMPERATIVE_VERBS: tuple[str, ...] = (
    "imagine", "consider", "look", "think", "appreciate", "vote", "join", "help", "stop", "give",
    "tell", "ask", "listen", "understand", "send", "see", "read", "visit", "follow", "contact",
    "subscribe", "share", "check", "learn", "find", "call", "write", "sign", "download", "click",
    "support", "donate", "try", "prevent", "avoid", "bring", "put", "judge", "compare", "note",
    "recall", "forget", "go", "get", "take", "keep", "make", "let", "stand", "fight", "choose",
    "reject", "demand", "urge", "act", "watch", "beware", "stay", "start", "end", "protect", "have",
    "love", "talk",
)  # fmt: skip

# Judgement words: a sentence that has one and no fact cue is an opinion.
EVALUATIVE_WORDS: tuple[str, ...] = (
    "important", "wrong", "right", "good", "bad", "great", "terrible", "excellent", "easy",
    "difficult", "hard", "exciting", "shocking", "stunning", "ridiculous", "outrageous",
    "disgraceful", "shameful", "unfair", "fair", "tragic", "sad", "wonderful", "serious",
    "dangerous", "necessary", "essential", "vital", "crucial", "critical", "unacceptable",
    "irresponsible", "reckless", "absurd", "nonsense", "mistake", "disaster", "shame", "welcome",
    "strong", "weak", "better", "worse", "best", "worst", "nice", "awful", "horrible", "appalling",
    "admirable", "remarkable", "impressive", "extraordinary", "amazing", "silly", "foolish", "wise",
    "smart", "stupid", "naive", "realistic", "unrealistic", "correct", "incorrect", "inaccurate",
    "misleading", "unfortunate", "fortunate", "clear", "obvious", "simple", "complex",
    "complicated", "tough", "challenge", "opportunity", "answer", "problem", "problems", "concern",
    "appropriate", "inappropriate", "proper", "improper", "legitimate", "honest", "dishonest",
    "decent", "responsible", "irrational", "rational", "reasonable", "unreasonable", "sensible",
    "moral", "immoral", "evil", "courageous", "brave", "weakness", "strength", "leadership",
    "values", "vision", "tremendous", "incredible", "beautiful", "ugly", "worthy", "unworthy",
    "deserve", "deserves", "profound", "fundamental", "disgrace", "successful", "unsuccessful",
    "failure", "tribute", "bottom line", "indefensible", "inexcusable", "unjustifiable",
    "unjust", "meaningful", "meaningless", "candid", "frank", "overdue", "stain", "blot",
    "travesty", "farce", "scandal", "outrage", "embarrassment", "triumph", "victory", "setback",
    "step forward", "step backward", "step in the right direction", "mixed", "commendable",
    "laudable", "deplorable", "regrettable", "troubling", "worrying", "alarming", "encouraging",
    "promising", "disappointing", "heartening", "pointless", "hollow", "cosmetic", "toothless",
    "refreshing", "bold", "timid", "praiseworthy", "worthwhile", "misguided",
    "hypocritical", "cynical",
)  # fmt: skip

# Linking verbs: "<subject> <copula> <judgement>" ("Cases like these are a stain on any justice
# system") judges rather than reports when nothing else in the sentence is a fact or an event.
COPULAS: tuple[str, ...] = (
    "is", "are", "was", "were", "remains", "remain", "remained", "seems", "seem", "seemed",
    "appears", "appear", "be", "been", "become", "becomes", "it's", "that's", "there's",
    "they're", "he's", "she's",
)  # fmt: skip
COPULA_WINDOW = 4  # the judgement word must come within this many words after the copula
JUDGEMENT_MAX_WORDS = 25  # in a longer sentence the copula often heads a clause, not the sentence

# Speculation: the outcome is not yet known, so nothing is asserted ("Whether Beijing will honour
# the new rules remains to be seen").
SPECULATION_PHRASES: tuple[str, ...] = (
    "remains to be seen", "remain to be seen", "remained to be seen", "is yet to be seen",
    "it is unclear whether", "it's unclear whether", "it is not clear whether",
    "it's not clear whether", "it remains unclear whether", "it is too early to say",
    "it's too early to say", "it is too early to tell", "it's too early to tell",
    "it is too soon to say", "it's too soon to say", "it is too soon to tell",
    "it's too soon to tell", "only time will tell", "time will tell", "is anyone's guess",
    "is an open question", "no one knows whether", "nobody knows whether",
)  # fmt: skip

# Phrases in which a judgement word judges nothing ("right now", "all right").
NON_EVALUATIVE_PHRASES: tuple[str, ...] = (
    "right now", "right away", "right here", "right there", "right after", "right before",
    "all right", "civil rights", "human rights", "right to", "better off", "best known",
    "good night", "good evening", "good morning", "it clear", "clear that", "made clear",
    "right this", "responsible for", "best practices", "good faith",
)  # fmt: skip

# Rankings followed by a scope are records someone can look up, not judgements ("the worst trade
# year in American history", "better than any country in the world").
RANKING_JUDGEMENTS: tuple[str, ...] = ("best", "worst", "better", "worse", "greatest")
RECORD_SCOPES: tuple[str, ...] = (
    "history", "on record", "since", "of all time", "in the world", "in the country",
    "in the nation", "in the industrialized world", "in america", "than any", "than ever",
)  # fmt: skip

# Verbs that carry no event ("is", "think"): a past tense of these does not report an event.
NON_EVENT_VERBS: tuple[str, ...] = (
    "featured", "recommended", "selected", "related", "sponsored", "updated", "published", "posted",
    "continued", "was", "were", "had", "did", "thought", "believed", "felt", "hoped", "wanted",
    "needed", "liked", "loved", "seemed", "appeared", "meant", "supposed", "used", "concerned",
    "interested", "tired", "pleased", "delighted", "worried", "convinced", "committed",
    "determined", "prepared", "opposed", "talked", "mentioned", "discussed", "asked", "wondered",
    "guessed", "suggested", "indicated", "implied", "hundred", "red", "bed", "need", "speed",
    "seed", "feed", "shed", "indeed", "proceed", "succeed", "exceed", "united", "advanced",
    "limited", "detailed", "sophisticated", "talented", "educated", "qualified", "dedicated",
    "concentrated",
)  # fmt: skip

# Irregular past forms and participles that report an event ("lost", "won", "took").
IRREGULAR_EVENT_VERBS: tuple[str, ...] = (
    "went", "came", "took", "gave", "made", "lost", "won", "left", "paid", "sent", "spent", "built",
    "brought", "bought", "fought", "saw", "began", "became", "ran", "fell", "rose", "grew", "drove",
    "sold", "held", "kept", "led", "met", "struck", "shot", "broke", "chose", "froze", "stole",
    "threw", "wrote", "swore", "spoke", "sank", "bore", "born", "caught", "dealt", "fled",
    "forgave", "hid", "laid", "lent", "overthrew", "rode", "sought", "stood", "taught", "tore",
    "undertook", "upheld", "withdrew", "wore", "told", "fed", "found", "heard",
)  # fmt: skip

# Short verbless fragments that carry nothing: courtesies and interjections. A sentence made only
# of these (with names addressed and "very much", "and", "again") has no fact.
NO_FACT_PHRASES: tuple[str, ...] = (
    "thank you", "thanks", "good night", "good evening", "good morning", "hello", "goodbye", "yes",
    "no", "okay", "ok", "right", "sure", "well", "absolutely", "exactly", "of course", "not at all",
    "indeed", "correct", "true", "false", "agreed", "fine", "great", "excuse me", "i'm sorry",
    "sorry", "please", "pardon", "ladies and gentlemen", "applause", "laughter", "crosstalk",
    "inaudible",
)  # fmt: skip

# Courtesies that open a sentence ("I want to thank the people of Hartford ..."): no fact follows.
COURTESY_OPENERS: tuple[str, ...] = (
    "thank you", "thanks", "thank god", "i want to thank", "i'd like to thank",
    "i would like to thank", "let me thank", "i thank", "we thank", "i also want to thank",
    "i congratulate", "congratulations", "i want to congratulate", "let me congratulate",
    "it's a pleasure", "it is a pleasure", "it's an honor", "it is an honor", "it's good to be",
    "it's great to be", "i'm glad to be here", "i'm happy to be here", "i'm delighted to be",
    "good evening", "good night", "good morning", "welcome to",
)  # fmt: skip

COURTESY_FILLERS: tuple[str, ...] = (
    "and", "very much", "so much", "again", "all", "everyone", "everybody", "both", "too", "to you",
    "to all of you", "very", "for having me", "for that", "for the question",
)  # fmt: skip

# Common verbs and auxiliaries: a short line with none of them (and no contraction such as "it's")
# has no verb, so it is a fragment, a label or a credit rather than a statement.
FINITE_VERBS: tuple[str, ...] = (
    "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "shall", "should", "may", "might", "must", "'s", "'re", "'ve",
    "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "don't", "doesn't",
    "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "ain't", "let",
    "let's", "make", "makes", "take", "takes", "get", "gets", "go", "goes", "say", "says", "know",
    "knows", "think", "thinks", "want", "wants", "need", "needs", "see", "sees", "come", "comes",
    "give", "gives", "keep", "keeps",
)  # fmt: skip

# --- Boilerplate: page furniture around an article. -----------------------------------------------

# A label and a colon at the start of a short line ("Editor: Li Yan", "By: Xinhua", "Share:").
BOILERPLATE_LABELS: tuple[str, ...] = (
    "by", "editor", "editors", "edited by", "author", "authors", "reporter", "reporters", "writer",
    "written by", "photo", "photos", "photograph", "image", "images", "header image", "picture",
    "pictures", "credit", "credits", "photo credit", "image credit", "source", "sources",
    "font size", "text size", "share", "share this", "share this article", "updated", "published",
    "posted", "from", "tags", "tag", "topics", "related", "related articles", "related stories",
    "related readings", "related news", "read more", "see also", "note", "follow", "follow us",
    "contact", "email", "e-mail", "tel", "phone", "print", "comments", "translated by",
    "translator", "copyright", "chinese dictionary", "keywords", "category", "categories",
    "filed under", "more", "also read", "recommended", "advertisement", "rating", "our rating",
)  # fmt: skip

# Prompts and notices that mark a whole sentence as page furniture wherever they appear.
BOILERPLATE_PHRASES: tuple[str, ...] = (
    "subscribe to", "subscribe now", "sign up for", "sign up to", "by signing up", "our newsletter",
    "the newsletter", "newsletter sign", "read more", "read the full", "click here", "tap here",
    "all rights reserved", "copyright", "terms of use", "terms of service", "privacy policy",
    "cookie policy", "cookies", "follow us", "follow me", "on twitter", "on facebook",
    "on instagram", "on linkedin", "share this", "share on", "send tips", "tips to", "contact us",
    "about us", "sitemap", "skip to content", "skip to main", "back to top", "font size",
    "text size", "advertisement", "sponsored content", "image credit", "photo credit",
    "header image", "getty images", "file photo", "licensing opportunities", "twitter list",
    "for the latest news", "download the app", "log in", "sign in", "register now",
    "related articles", "related stories", "related readings", "previous article", "next article",
    "print this", "email this", "leave a comment", "comments are closed", "view comments",
    "for more details", "for more information", "more information:",
)  # fmt: skip

# Notices that mark a line as page furniture however long it is.
BOILERPLATE_NOTICES: tuple[str, ...] = (
    "all rights reserved", "©", "subscribe to our newsletter", "sign up for our newsletter",
    "you are receiving this email", "you received this email", "you're receiving this email",
    "view this email in your browser", "unsubscribe from this list", "update your preferences",
)  # fmt: skip

# Words that open a byline ("By Dana Whitfield | Verification Desk") when a capitalised name
# follows and the line has no verb.
BYLINE_OPENERS: tuple[str, ...] = ("by", "reporting by", "words by", "story by", "text by")

# Words that end a short credit or byline line ("Ryan Pickrell, Asia Pacific Reporter").
BYLINE_ENDINGS: tuple[str, ...] = (
    "logo", "reporter", "correspondent", "contributor", "photographer", "columnist", "staff writer",
    "editor", "reuters", "reuters tv", "afp", "ap", "getty images", "xinhua", "file photo",
    "handout", "photo", "illustration",
)  # fmt: skip

# How a broadcast script hands over to a report that follows ("Our Asia correspondent reports."):
# a short sentence ending in one of these announces a report and states nothing itself.
HANDOFF_ENDINGS: tuple[str, ...] = (
    "reports", "has more", "has the story", "has the details", "has this report",
    "sent this report", "filed this report", "explains", "takes a look", "takes up the story",
)  # fmt: skip
HANDOFF_MAX_WORDS = 6

# Single words that make up site menus, joined by "|" or "•" ("Home | World | Business").
MENU_WORDS: tuple[str, ...] = (
    "home", "news", "world", "business", "politics", "opinion", "sports", "sport", "culture",
    "science", "tech", "technology", "health", "video", "videos", "photos", "about", "contribute",
    "contact", "sitemap", "subscription", "subscribe", "search", "menu", "login", "languages",
    "language", "more", "archive", "archives", "español", "english", "中文",
)  # fmt: skip

# Headline verbs: a heading with one of these after its first word (or with a past event) reports
# an event ("China Punishes Prosecutors"; "Top Stories" reports nothing). A heading is checked only
# when it also gives a number or a full date ("China Punishes Over 500 Prosecutors"). After a name,
# these verbs also show someone doing something ("Beijing bans ...").
HEADLINE_VERBS: tuple[str, ...] = (
    "say", "announce", "ban", "win", "kill", "arrest", "charge", "jail", "sentence", "acquit",
    "free", "release", "punish", "approve", "reject", "pass", "sign", "vote", "launch", "open",
    "close", "cut", "raise", "rise", "fall", "drop", "hit", "reach", "report", "warn", "deny",
    "admit", "confirm", "claim", "sue", "fine", "order", "rule", "overturn", "name", "appoint",
    "resign", "fire", "elect", "lose", "beat", "die", "execute", "convict", "exonerate", "detain",
    "pledge", "vow", "promise", "rebuke", "condemn", "criticize", "criticise", "urge", "call",
    "seek", "plan", "unveil", "issue", "adopt", "revise", "amend", "abolish", "outlaw", "probe",
    "investigate", "expel", "oust", "quit", "leave", "join", "agree", "meet", "visit", "score",
    "top", "hold", "reform", "clarify", "exclude", "prosecute", "scrap", "slam", "defend", "double",
    "triple", "halve", "surge", "soar", "plunge", "grow", "shrink", "end", "begin", "start", "stop",
    "block", "back", "accuse", "blame", "face", "get", "give", "take",
)  # fmt: skip

# Irregular past forms of headline verbs ("Court Frees Man", "Minister Quit").
HEADLINE_IRREGULAR: tuple[str, ...] = (
    "said", "won", "cut", "rose", "fell", "hit", "lost", "beat", "quit", "left", "met", "held",
    "began", "grew", "took", "gave", "got", "sought", "shrank", "sentenced", "freed",
)  # fmt: skip
