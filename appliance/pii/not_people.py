"""Names found (by any recognizer) that name no person, told by the words around them
(since the thirty-second round of name rules, when val36 to val38's errors were read): the
parties of a reported case ("Roe v. Wade, 410 U.S. 113 (1973)"), a letter alone ("JUDGE B:
Agreed"), a range of months ("Jun-Sep"), a bot's handle ("@marina-bot"), a word in lower
case after an article ("the ingrid lamps") or a unit after a number ("50 lux max"), a star
named after its finder ("Barnard's Star"), a thing's noun in lower case after a name
("Messner route"), hops and beer styles where the text brews ("dry hop with Citra +
Fuggle", "Is the Saison on?"), plays, chess openings, gymnastics elements and racing teams
where the text speaks of their field ("Evita keeps its 19:30 start", "[Opening "Ruy
Lopez"]"), German compounds of a name and an institution ("Goethe-Zertifikat"), a building
after a saint's possessive ("St Columba's Church Hall"), a ship after its prefix ("MS
Gunhild"), animals in a table with a breed column, typefaces a stylesheet lists
("--font-body: Baskerville, Georgia, serif" and "fall back to Georgia" after it).

Pure functions of the text and a span, which `analyzer.after_presidio` calls.
"""

from __future__ import annotations

import functools
import re

# A reported case: its parties, "v" or "v." between them, and a report's citation after
# them: "Roe v. Wade, 410 U.S. 113 (1973)", "Donoghue v Stevenson [1932] AC 562",
# "Miranda v. Arizona, 384 U.S. 436". Without a citation two names and a "v" may be a
# match or a fight ("Okafor v Lindqvist, round 3"), so they stay names.
_PARTY = r"[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|plc|ltd|inc|llc|and|of|the|&))*"
_CASE = re.compile(
    rf"(?P<a>{_PARTY})[ \t]+v\.?[ \t]+(?P<b>{_PARTY})"
    r"(?=,?[ \t]*(?:\[\d{4}\]|\(\d{4}\)|\d{1,4}[ \t]+[A-Z][A-Za-z.]*(?:[ \t]?\d?[a-z]{1,2}\.?)?"
    r"[ \t]+\d|\d{4}[ \t]+(?:WL|EWCA|EWHC|UKSC|UKHL|SCC|HCA|NZSC)\b))"
)

# Months written short, two of them as a range: "Jun-Sep", "Mar – May".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_MONTH_RANGE = re.compile(rf"{_MONTH}[ \t]*[-–—/][ \t]*{_MONTH}")

# A month with a day's number beside it is a date, not a name or a street: "Jun 8",
# "November 16," in a CSV row (where a house number and a comma would make a street), "8
# June" (since the thirty-sixth round).
_MONTH_ALONE = re.compile(rf"(?i:(?:January|February|March|April|June|July|August|September"
                          rf"|October|November|December)\.?|{_MONTH})")
_DAY_AFTER = re.compile(r"[ \t]+\d{1,2}(?:st|nd|rd|th)?(?![\d:.])")
_DAY_BEFORE = re.compile(r"(?<![\d.:/-])\d{1,2}(?:st|nd|rd|th)?[ \t]+\Z")

# A bot's handle or name: "marina-bot", "cellar_bot" (not "Talbot", "Abbot").
_BOT = re.compile(r"(?i)[-_.]bot\Z")

# An article right before a word in lower case: a thing ("the ingrid lamps", "a dahlia").
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:the|a|an)[ \t]+)\Z")
# A number right before a unit of light, sound, speed or pressure in lower case ("50 lux
# max"; a time or a bed's number before a name in lower case stays: "11:30 edgars: ta").
_NUMBER_BEFORE = re.compile(r"(?<![\d:.,/-])\d+(?:[.,]\d+)?[ \t]*\Z")
MEASURES = frozenset({"lux", "lumen", "lumens", "lm", "candela", "nits", "decibel",
                      "decibels", "db", "knots", "kn", "psi", "bar", "rpm", "kph", "mph"})

# Sky objects named after their finders: "Barnard's Star", "Hoag's Object".
_SKY_OBJECT = re.compile(r"['’]s[ \t]+(?:Star|Comet|Object|Nebula|Galaxy|Cluster|Crater)\Z")

# Hop varieties, named like people or words; only where the text speaks of hops.
HOPS = frozenset({
    "citra", "fuggle", "fuggles", "goldings", "saaz", "cascade", "mosaic", "simcoe",
    "amarillo", "centennial", "chinook", "galaxy", "hallertau", "hallertauer", "tettnang",
    "tettnanger", "challenger", "northdown", "magnum", "columbus", "warrior", "ekuanot",
    "sabro", "strata", "motueka", "riwaka", "enigma", "willamette", "perle", "saphir",
    "spalt", "herkules", "jester", "olicana", "pilgrim", "sovereign", "bobek", "azacca",
    "loral", "talus", "cashmere", "comet", "liberty", "ahtanum", "palisade",
    "glacier", "nugget", "apollo", "summit", "zeus", "tomahawk", "calypso", "admiral",
    "target", "progress", "bramling", "sauvin", "wai-iti", "topaz",  # not Ella, Nelson,
    # Sterling, Vic: given names
})  # fmt: skip
# (not "hop" or "hopping" alone: "Can Nelson hop on a call?")
_HOPPING = re.compile(r"(?i)\b(?:hops|dry[- ]?hop\w*|hop[ \t]+(?:bill|schedule|additions?"
                      r"|variet\w+|pellets|rate)|wort|whirlpool|ibus?)\b")
# Beer styles a bar asks after alone, where the text speaks of beer (`names.BEER`): "Is the
# Saison on?" (`names.BEER_STYLES` holds those that end a beer's name, "Old Nellie Porter").
STYLES_ON_TAP = frozenset({"saison", "porter", "stout", "lager", "pilsner", "pils", "tripel",
                           "dubbel", "gose", "kolsch", "kölsch", "bock", "dunkel", "helles",
                           "weissbier", "hefeweizen", "ipa", "neipa", "bitter", "mild"})
# Words that end no name, read into one before them: "Is the Saison on?".
_TRAILING_WORDS = frozenset({"on", "off", "in", "at", "of", "to", "for", "and", "or", "is",
                             "was", "the"})

# Things a field names after people, where the text speaks of that field: plays, operas,
# musicals and ballets titled by their hero (where a text speaks of a stage), chess openings
# (beside PGN tags, ECO codes or moves), gymnastics elements (beside a vault, bars, beam or
# a start value), racing teams (beside pit stops and laps).
_STAGE = re.compile(r"(?i)\b(?:matinees?|curtain|house opens|front of house|box office|stalls"
                    r"|dress circle|understudy|running time|interval|performances?|revival"
                    r"|rehearsals?|opera|ballet|musical|theatre|theater|playbill|tickets?)\b")
STAGED_TITLES = frozenset({
    "othello", "hamlet", "macbeth", "coriolanus", "cymbeline", "pericles", "evita",
    "oliver!", "pippin", "tosca", "aida", "salome", "rigoletto", "turandot", "nabucco",
    "otello", "falstaff", "fidelio", "lohengrin", "parsifal", "tannhäuser", "tannhauser",
    "lakmé", "lakme", "werther", "faust", "orfeo", "coppélia", "coppelia", "raymonda",
    "spartacus", "pinocchio", "medea", "antigone", "elektra", "oedipus", "jenůfa", "jenufa",
    "katya kabanova", "wozzeck", "peter grimes", "billy budd", "don giovanni", "don carlo",
    "don pasquale", "lucia di lammermoor", "madama butterfly", "eugene onegin", "boris godunov",
    "king lear", "julius caesar", "richard iii", "henry v", "uncle vanya", "hedda gabler",
    "peer gynt", "mary stuart", "saint joan", "miss saigon", "billy elliot", "sweeney todd",
    "mary poppins", "jane eyre", "beetlejuice", "dear evan hansen",
    # not the titles that are given names people are often called (Annie, Matilda, Carmen,
    # Amélie, Rebecca): "Full band rehearsal + Amélie on keys"
})  # fmt: skip
# (not "opening" or "defence" alone: "Evans attended the opening", "Marshall's defence")
_CHESS = re.compile(r"(?i)\[(?:Opening|ECO|White|Black)\b|\bpgn\b|\bchess\b|\belo\b"
                    r"|\bgambit\b|\bcheckmate\b|\bgrandmaster\b|\b1\.[ \t]?e4\b")
CHESS_OPENINGS = frozenset({
    "ruy lopez", "marshall", "caro-kann", "alekhine", "pirc", "philidor", "petrov", "petroff",
    "grünfeld", "grunfeld", "nimzo-indian", "nimzowitsch", "bogo-indian", "réti", "reti",
    "larsen", "benko", "evans", "schliemann", "steinitz", "tarrasch", "chigorin", "albin",
    "falkbeer", "najdorf", "sveshnikov", "taimanov", "rossolimo", "alapin", "smith-morra",
    "botvinnik", "trompowsky", "colle", "breyer", "zaitsev", "torre", "morphy", "anderssen",
})  # fmt: skip
_GYMNASTICS = re.compile(r"(?i)\b(?:vault|uneven bars|beam|floor exercise|start value"
                         r"|d-score|dismount|salto|handspring|round-off|gymnast\w*)\b")
GYMNASTICS_ELEMENTS = frozenset({
    # not the elements named after common family names (Cheng, Healy, Kovacs, Jaeger, Endo):
    # "Coach Cheng" in a club's message stays a person
    "yurchenko", "tsukahara", "amanar", "produnova", "biles", "baitova", "tkatchev",
    "tkachev", "gienger", "kolman", "korbut", "comaneci", "podkopayeva", "khorkina",
    "stalder", "deltchev", "markelov", "shushunova", "nabieva", "silivas", "kasamatsu",
    "dragulescu", "mustafina",
})  # fmt: skip
_RACING = re.compile(r"(?i)\b(?:pitted|pit[ -]?stops?|pit lane|undercut|overcut|laps?"
                     r"|grid|pole|drs|stint|safety car|chicane|qualifying)\b")
RACING_TEAMS = frozenset({"williams", "mclaren", "ferrari", "haas", "sauber", "brabham",
                          "lotus", "tyrrell", "ligier", "minardi", "alpine",
                          "penske", "andretti", "ganassi"})
_FIELDS = ((STAGED_TITLES, _STAGE), (CHESS_OPENINGS, _CHESS),
           (GYMNASTICS_ELEMENTS, _GYMNASTICS), (RACING_TEAMS, _RACING))

# A German compound of a name and an institution's or a document's noun ("Goethe-Zertifikat",
# "Max-Planck-Institut", "Nobel-Preis").
_GERMAN_COMPOUND = re.compile(
    r"[\w'’-]+-(?:Zertifikat|Institut|Preis|Medaille|Stiftung|Gymnasium|Schule|Gesellschaft"
    r"|Museum|Halle|Diplom|Prüfung|Test|Kolleg|Akademie|Universität|Klinik|Krankenhaus)"
)
# A saint's possessive before a building's words: "St Columba's Church Hall".
_SAINTS_BEFORE = re.compile(r"\b(?:St\.?|Saint|San|Santa|Sankt)[ \t]+[A-Z][\w'’-]*['’]s[ \t]+\Z")

# A ship's prefix: a motor ship, a fishing or research vessel, a sailing yacht ("MS Gunhild",
# "RV Polarstern"); not before a name in capitals ("MS JANE DOE": a form's "Ms").
# (a word of its own and one space: not the end of an order's code, "SO-2399-SY\tMehmet")
_SHIP_BEFORE = re.compile(r"(?<![\w/.-])(?:MS|MV|M/V|MT|FV|RV|SY|HMS|RMS|USS|SS|HMAS|HMCS) \Z")

# A table of animals: its header names their breed or species.
_ANIMAL_HEADER = re.compile(r"(?im)^[^\n]*\b(?:breed|species|sire|dam|microchip|animal_id"
                            r"|herd_?book|stud_?book)\b[^\n]*$")
_NAME_COLUMNS = frozenset({"name", "animal", "animal_name", "pet", "pet_name", "horse",
                           "dog", "call_name", "registered_name"})

# A stylesheet's typefaces: "font-family: Baskerville, Georgia, serif", "--font-body: ...",
# style="font-family: 'Bodoni Moda', Garamond" (the one rule for typefaces, any recognizer's).
_FONT_DECLARATION = re.compile(r"(?i)(?<![\w-])(?:--)?font(?:-[\w-]+)?[ \t]*:([^;}\n]*)")
_FONT_NAME = re.compile(r"[\"']?([A-Z][\w]*(?:[ \t]+[A-Z][\w]*)*)[\"']?")


def trimmed(value: str) -> int:
    """How many characters to cut from the end of a found name: a word that ends no name,
    read into it ("Saison on" of "Is the Saison on?"); 0 if none."""
    words = value.split()
    if len(words) > 1 and words[-1] in _TRAILING_WORDS:
        return len(value) - len(value.rstrip()[: -len(words[-1])].rstrip())
    return 0


def names_no_person(text: str, start: int, end: int, entity: str) -> bool:
    """Whether a name or place found at text[start:end] (by any recognizer) names no person
    by the words around it (see the module's docstring). `entity` is PERSON or LOCATION: a case's parties and a
    stylesheet's typefaces and a date are neither; the rest are read for PERSON only."""
    value = text[start:end]
    if in_a_case(text, start, end) or in_a_font_list(text, start):
        return True  # "Roe v. Wade, 410 U.S. 113", "--font-body: "Baskerville", Georgia"
    if _MONTH_ALONE.fullmatch(value) and (
        _DAY_AFTER.match(text, end) or _DAY_BEFORE.search(text, max(0, start - 8), start)
    ):
        return True  # "Jun 8", "November 16,151": a date
    if entity != "PERSON":
        return False
    if len(value.strip(".")) == 1:
        return True  # "JUDGE B: Agreed": a letter
    if _MONTH_RANGE.fullmatch(value) or _BOT.search(value):
        return True  # "Jun-Sep"; "@marina-bot"
    if value.islower() and (
        _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
        or value.split()[0] in MEASURES and _NUMBER_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True  # "the dahlia tubers", "50 lux max"
    if _SKY_OBJECT.search(value):
        return True  # "Barnard's Star"
    lower = value.lower()
    if lower in HOPS and _HOPPING.search(text):
        return True  # "dry hop FV2 with Citra + Fuggle"
    if lower in STYLES_ON_TAP and _speaks_of_beer(text):
        return True  # "Is the Saison on?"
    if any(lower in names and context.search(text) for names, context in _FIELDS):
        return True  # "Evita keeps its 19:30 start", "[Opening "Ruy Lopez"]", "Williams has
        # pitted"
    if not value.isupper() and _SHIP_BEFORE.search(text, max(0, start - 6), start):
        return True  # "MS Gunhild enters dry dock"
    if _GERMAN_COMPOUND.fullmatch(value) or _SAINTS_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return True  # "Goethe-Zertifikat C1"; "St Columba's Church Hall"
    if _thing_noun_last(value):
        return True  # "<name>Messner route</name>": a thing named after a person
    return an_animal_in_a_table(text, start, end)


def _speaks_of_beer(text: str) -> bool:
    from appliance.pii.names import BEER

    return BEER.search(text) is not None


def in_a_case(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a party's name of a reported case."""
    return " v" in text and any(
        m.start() <= start and end <= m.end("b")
        for m in _CASE.finditer(text, max(0, start - 200), min(len(text), end + 200))
    )


def _thing_noun_last(value: str) -> bool:
    """A name and, in lower case, the noun of a thing named after it (`names.THING_AFTER`):
    "Messner route", "Ascari chicane"; not "Hemingway Suite" (a family name may be written
    so)."""
    from appliance.pii.names import THING_AFTER

    words = value.split()
    return len(words) > 1 and words[-1].islower() and words[-1] in THING_AFTER


def an_animal_in_a_table(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a cell under a name's column in a table of animals (its
    header has a breed or species column: "animal_id,name,breed,weight_kg")."""
    if not _ANIMAL_HEADER.search(text):
        return False
    from appliance.pii.columns import header_of

    header = header_of(text, start, end)
    return header is not None and header.strip().lower() in _NAME_COLUMNS


def in_a_font_list(text: str, start: int) -> bool:
    """Whether `start` lies in a stylesheet's list of typefaces on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    return any(
        m.start(1) <= start < m.end(1)
        for m in _FONT_DECLARATION.finditer(text, max(0, line_start - 1), line_end)
    )


@functools.lru_cache(maxsize=1)
def listed_fonts(text: str) -> frozenset[str]:
    """The typefaces a stylesheet in the text lists ("Georgia" of "--font-body: "Baskerville",
    Georgia, serif;"), which stay typefaces wherever the text writes them ("Why does Safari
    fall back to Georgia here?")."""
    if "font" not in text.lower():
        return frozenset()
    return frozenset(
        name.group(1)
        for m in _FONT_DECLARATION.finditer(text)
        for item in m.group(1).split(",")
        if (name := _FONT_NAME.fullmatch(item.strip()))
    )
