"""Names of people, places and institutions: the words that build them and their aliases."""

from __future__ import annotations

# Head words that make a capitalised name an institution ("Supreme People's Court").
INSTITUTION_HEADS: frozenset[str] = frozenset(
    {
        "court", "courts", "procuratorate", "procuratorates", "agency", "ministry",
        "department", "university", "college", "school", "academy", "bureau", "council",
        "committee", "commission", "party", "company", "corporation", "corp", "inc", "ltd",
        "llc", "plc", "group", "bank", "association", "institute", "foundation", "office",
        "administration", "authority", "service", "police", "army", "navy", "force",
        "federation", "union", "league", "club", "assembly", "congress", "parliament",
        "senate", "tribunal", "board", "fund", "government", "news", "times", "post",
        "journal", "press", "network", "channel", "studios", "records", "organisation",
        "organization", "center", "centre", "hospital", "church", "museum", "society",
        "firm", "guard", "cabinet", "secretariat", "procuracy", "inspectorate", "daily",
        "herald", "tribune", "gazette", "chronicle", "magazine",
    }
)  # fmt: skip

# Lowercase words that may join the parts of one name ("Bank of China", "People's Court").
NAME_CONNECTORS: frozenset[str] = frozenset(
    {"of", "the", "for", "and", "&", "de", "del", "della", "da", "di", "du", "des", "la", "le",
     "von", "van", "der", "den", "bin", "al", "el", "y"}
)  # fmt: skip

# Words left out of the place of a name in its sentence: "counter to the PRC's Constitution" and
# "counter to China's Criminal Law" put their names in the same place.
SLOT_SKIP: frozenset[str] = frozenset({"the", "a", "an"})

# Capitalised words that do not distinguish one name from another: titles, and words that are
# capitalised for other reasons.
NAME_NOISE: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "st", "president",
        "premier", "chairman", "chairwoman", "secretary", "minister", "judge", "justice",
        "general", "governor", "mayor", "king", "queen", "prince", "princess", "pope",
        "senator", "rep", "representative", "the", "a", "an", "i", "jr", "sr", "deputy",
        "chief", "grand", "first", "vice", "former", "acting", "editor", "reporter",
        "photo", "header", "image", "according", "however", "meanwhile", "moreover",
        "although", "but", "and", "in", "on", "at", "as", "for", "with", "after", "before",
        "during", "since", "while", "when", "if", "this", "that", "these", "those", "it",
        "its", "he", "she", "they", "we", "his", "her", "their", "our", "there", "here",
        "last", "next", "both", "many", "some", "all", "one", "two", "three", "another",
    }
)  # fmt: skip

# Endings that make a demonym of a place's name ("Bulgaria" -> "Bulgarian", "Japan" ->
# "Japanese", "Israel" -> "Israeli"): the two name one place. Irregular ones are in ALIASES.
DEMONYM_SUFFIXES: tuple[str, ...] = ("n", "an", "ian", "ese", "i")

# Shortest place name whose demonym is read by DEMONYM_SUFFIXES.
DEMONYM_MIN_LENGTH = 4

# Names written in several ways, each mapped to one canonical form (all lowercase).
ALIASES: dict[str, str] = {
    "spp": "supreme people's procuratorate",
    "top procuratorate": "supreme people's procuratorate",
    "china's top procuratorate": "supreme people's procuratorate",
    "supreme procuratorate": "supreme people's procuratorate",
    "spc": "supreme people's court",
    "top court": "supreme people's court",
    "china's top court": "supreme people's court",
    "china's supreme court": "supreme people's court",
    "supreme court of china": "supreme people's court",
    "xinhua": "xinhua news agency",
    "xinhua news": "xinhua news agency",
    "npc": "national people's congress",
    "cpc": "communist party of china",
    "ccp": "communist party of china",
    "chinese communist party": "communist party of china",
    "prc": "china",
    "people's republic of china": "china",
    "chinese": "china",
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "america": "united states",
    "american": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "british": "united kingdom",
    "eu": "european union",
    "un": "united nations",
    "u.n.": "united nations",
    "uae": "united arab emirates",
    "nyc": "new york city",
    "dprk": "north korea",
    "south korean": "south korea",
    "north korean": "north korea",
    "french": "france",
    "german": "germany",
    "italian": "italy",
    "spanish": "spain",
    "japanese": "japan",
    "russian": "russia",
    "indian": "india",
    "canadian": "canada",
    "australian": "australia",
    "mexican": "mexico",
    "brazilian": "brazil",
    "english": "england",
    "scottish": "scotland",
    "irish": "ireland",
    "welsh": "wales",
    "mongolian": "mongolia",
    "tibetan": "tibet",
    "uyghur": "xinjiang",
    "portuguese": "portugal",
    "dutch": "netherlands",
    "belgian": "belgium",
    "swiss": "switzerland",
    "austrian": "austria",
    "swedish": "sweden",
    "norwegian": "norway",
    "danish": "denmark",
    "finnish": "finland",
    "polish": "poland",
    "greek": "greece",
    "turkish": "turkey",
    "egyptian": "egypt",
    "israeli": "israel",
    "iranian": "iran",
    "iraqi": "iraq",
    "pakistani": "pakistan",
    "vietnamese": "vietnam",
    "thai": "thailand",
    "filipino": "philippines",
    "taiwanese": "taiwan",
    "ukrainian": "ukraine",
    "argentine": "argentina",
    "argentinian": "argentina",
    "chilean": "chile",
    "colombian": "colombia",
    "cuban": "cuba",
    "nigerian": "nigeria",
    "kenyan": "kenya",
    "european": "europe",
    "african": "africa",
    "asian": "asia",
    "north american": "north america",
    "united states and canada": "north america",
    "us and canada": "north america",
    "u.s. and canada": "north america",
    "mps": "ministry of public security",
    "lac": "legislative affairs commission",
    "ft": "financial times",
    "nyt": "new york times",
    "bbc": "british broadcasting corporation",
    "who": "world health organization",
    "nato": "north atlantic treaty organization",
    "fbi": "federal bureau of investigation",
    "cia": "central intelligence agency",
}
