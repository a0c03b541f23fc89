"""Machines, vehicles, sky objects and medicines named like people, which the NER model takes
for people (since the twenty-ninth round).

* AI and voice assistants ("Alexa", "Siri", "Claude", "Gemini"), one word alone, in a text
  about assistants (two or more of its words: model, eval, prompt, greeting ...) or a
  transcript where one speaker is the "User": `User: Alexa, cancel the gym.`. "Claude from
  accounts called" in a text with no such words stays a name.
* An aircraft, a ship or a train that carries a person's name, as a record gives it: the
  `name` of an `"aircraft": {...}` object or of an `<Aircraft ...>` element, or a name in
  quotes in a sentence about one ("The aircraft was the one named "Amelia Earhart"",
  `D-AZZQ "Amelia Earhart" AOG`, `Handle "Amelia Earhart" tail name`).
* Comets, craters and asteroids named after their discoverers ("Halley", "Hale-Bopp",
  "Tycho") in a text about the sky (two or more of its words: comet, crater, telescope ...).
* A medicine's brand, one capitalised word that is no known given or family name
  ("Ventolin", "Ozempic"), in a text about medicines (two or more of its words: mg, dose,
  prescription, pharmacist ...).

Since the thirtieth round:

* Statistical tests and methods named after people ("Kaplan-Meier", "Benjamini-Hochberg",
  "Holm", "Pearson vs Spearman", "Welch"), in a text about statistics (two or more of its
  words: test, correction, p-value, regression ...).
* Bacteria named after people ("Salmonella, Listeria", "Klebsiella"), in a text about a
  laboratory's samples (two or more of its words: sample, cfu, detected, culture ...).
* Dishes named after people ("Peach Melba", "solomillo Wellington", "Pavlova", "ensalada
  César"), in a menu or a text about food (two or more of its words: dessert, menu, beef ...).
* Units named after people after a number or in lower case ("12 Tesla", "4,2 Kelvin",
  `"from": "newton"`).

Since the thirty-first round: instruments and their makers named after people ("your Les
Paul is ready", "order Ernie Ball 10s", "Steinway model B"), in a text about instruments
(two or more of its words: guitar, refret, strings, setup ...).
"""

from __future__ import annotations

import re

# Assistants named like people.
ASSISTANTS = frozenset({"Alexa", "Siri", "Cortana", "Bixby", "Claude", "Gemini", "Copilot",
                        "Grok", "Bard", "Jarvis"})  # fmt: skip
# Words of a text about assistants and the models behind them; two different ones make it one.
_ASSISTANT_WORDS = re.compile(
    r"(?i)\b(?:assistants?|ai|llms?|models?|model_version|evals?|chatbots?|bots?|prompts?"
    r"|temperature|tokens?|voice|smart speakers?|echo|wake word|greeting|how can i help"
    r"|fallback|system prompt)\b"
)
# A transcript's line spoken by the user (after a timestamp at most): "[00:00:02] User:".
_USER_SPEAKS = re.compile(r"(?im)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?user[ \t]*:")


def two_words(text: str, words: re.Pattern[str]) -> bool:
    """Whether `text` holds two different words that `words` finds."""
    return len({m.group().lower() for m in words.finditer(text)}) >= 2


def _namesake(text: str, value: str, names: frozenset[str], words: re.Pattern[str]) -> bool:
    """Whether `value` (or each of a list of them: "Salmonella, Listeria", "Pearson vs
    Spearman") is one of `names`, in a text that holds two different `words`, or one of
    them and another of `names` (or two others): "Replace Bonferroni with Holm"."""
    parts = _LIST.split(value)
    if not all(p in names for p in parts):
        return False
    if two_words(text, words):
        return True
    others = {m.group() for m in _CAPITALISED.finditer(text)} & names
    return len(others | set(parts)) >= 2 and bool(words.search(text) or len(others) >= 2)


_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][\w'’-]+(?:[ \t]Carlo)?")
_LIST = re.compile(r",[ \t]*|[ \t]+(?:and|or|vs\.?|versus)[ \t]+|[ \t]*/[ \t]*")


def named_assistant(text: str, value: str) -> bool:
    """Whether `value` is an assistant named like a person, in a text about assistants or a
    transcript of one with a user."""
    return value.capitalize() in ASSISTANTS and (
        two_words(text, _ASSISTANT_WORDS) or bool(_USER_SPEAKS.search(text))
    )


_VEHICLES = (
    r"aircraft|airplanes?|aeroplanes?|planes?|jets?|airliners?|helicopters?|ships?|vessels?"
    r"|boats?|yachts?|ferry|ferries|tugs?|barges?|lifeboats?|locomotives?|locos?|trams?"
    r"|trains?|rockets?|spacecraft|satellites?|balloons?|gliders?|fleet"
)
# An object or an element that is a vehicle, open before its "name": `"aircraft": {"type":
# "B787-9", "name": `, `<Aircraft reg="EI-HFH" name=`.
_VEHICLE_OBJECT = re.compile(
    rf"""(?i)(?:["']?\b(?:{_VEHICLES})["']?\s*:\s*\{{[^{{}}]*|<(?:{_VEHICLES})\b[^<>]*)"""
    r"""\bname["']?\s*[:=]\s*["']\Z"""
)
# A sentence about a vehicle before a name in quotes: "The aircraft was the one named ",
# "the A350 ", a registration ("D-AZZQ ").
_VEHICLE_BEFORE = re.compile(
    rf"(?i)\b(?:{_VEHICLES})\b[^.!?\n]{{0,60}}[\"“]\Z"
    r"|(?-i:\b[A-Z]{1,2}-[A-Z0-9]{3,5}|\b(?:A3\d\d|B7[0-9]7|E1[79]\d|ATR ?72))[ \t]+[\"“]\Z"
)
_TAIL_AFTER = re.compile(
    r"(?i)[\"”][ \t]+(?:tail|reg(?:istration)?)\b"
    # since the thirtieth round, a clause that says what it is: '"Dorothy May" is the
    # committee boat', '"Agnes Ellen" back from repair' (under "Boat fleet:")
    rf"|[\"”][ \t]+(?:is|was|will be)[ \t]+(?:the|our|a|an)[ \t]+(?:[a-z]+[ \t]+)?(?:{_VEHICLES})\b"
)


def named_vehicle(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the name of an aircraft, a ship or a train: an object's or
    an element's `name` whose key or tag is a vehicle, or a name in quotes in a sentence
    about one."""
    if start == 0 or text[start - 1] not in "\"'“":
        return False
    before = text[max(0, start - 200) : start]
    if _KEY_BEFORE.search(before):  # a field's value: only a vehicle's "name" is one
        return bool(_VEHICLE_OBJECT.search(before))  # (not "marina": "Nairobi" after "boat")
    return bool(_VEHICLE_BEFORE.search(before[-80:]) or _TAIL_AFTER.match(text, end))


_KEY_BEFORE = re.compile(r"[:=]\s*[\"']\Z")


# Comets, craters and asteroids named after people.
SKY_OBJECTS = frozenset({
    "Halley", "Hale-Bopp", "Shoemaker-Levy", "Swift-Tuttle", "Tempel-Tuttle", "Encke",
    "Hyakutake", "McNaught", "Lovejoy", "Borisov", "Tycho", "Copernicus", "Kepler", "Clavius",
    "Aristarchus", "Gassendi", "Grimaldi", "Plato", "Messier", "Caldwell", "Herschel",
    "Barnard", "Einstein", "Tsiolkovskiy", "Schiaparelli",
})  # fmt: skip
# Words of a text about the sky; two different ones make it one.
_SKY_WORDS = re.compile(
    r"(?i)\b(?:comets?|craters?|asteroids?|telescopes?|observing|occultation|exoplanets?"
    r"|nebulae?|galax(?:y|ies)|eclipses?|meteors?|planets?|lunar|orbits?|perihelion"
    r"|binoculars|dobsonian|magnitude|astronom(?:y|ical|ers?)|skies)\b"
)


def named_sky_object(text: str, value: str) -> bool:
    """Whether `value` (or each of a list: "Halley, Hale-Bopp") is a comet, a crater or an
    asteroid named after a person, in a text about the sky."""
    return _namesake(text, value, SKY_OBJECTS, _SKY_WORDS)


# Words of a text about medicines; two different ones make it one.
_MEDICINE_WORDS = re.compile(
    r"(?i)(?<![a-z])(?:mg|mcg|ml)\b|\b(?:doses?|dosage|prescriptions?|prescribed|pharmac(?:y|ies|ist|ists)"
    r"|chemist|tablets?|capsules?|sachets?|inhalers?|generic|over the counter|otc"
    r"|side effects?|interactions?|insulin|refills?|pills?|medications?|medicines?|drugs?"
    r"|ointment|syrup|injections?|jabs?)\b"
)
# A title or a word that says a person follows, right before a word.
_PERSON_BEFORE = re.compile(
    r"(?i)\b(?:dr|mr|mrs|ms|miss|mx|prof|nurse|sister|patient|pharmacist|by|dear|hi|hello"
    r"|thanks|ask|call|tell)\.?[ \t]+\Z"
)


def medicine_brand(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a medicine's brand: one capitalised word, no known given
    or family name, no word after a title or a word that names a person, in a text about
    medicines."""
    from appliance.pii.known_names import folded, known_names

    value = text[start:end]
    if not re.fullmatch(r"[A-Z][a-z]{3,}", value):
        return False
    given, family = known_names()
    lower = folded(value.lower())
    if lower in given or lower in family:
        return False
    if _PERSON_BEFORE.search(text, max(0, start - 14), start):
        return False
    return two_words(text, _MEDICINE_WORDS)


# Statistical tests, corrections and estimators named after people.
STATISTICS = frozenset({
    "Kaplan-Meier", "Benjamini-Hochberg", "Benjamini-Yekutieli", "Bonferroni", "Holm",
    "Holm-Bonferroni", "Hochberg", "Šidák", "Sidak", "Pearson", "Spearman", "Kendall", "Welch",
    "Cohen", "Fisher", "Wilcoxon", "Mann-Whitney", "Kruskal-Wallis", "Tukey", "Dunnett",
    "Dunn", "Bayes", "Poisson", "Gauss", "Student", "Cox", "Kolmogorov-Smirnov",
    "Shapiro-Wilk", "Levene", "Bartlett", "Scheffé", "Friedman", "McNemar", "Cochran",
    "Durbin-Watson", "Breusch-Pagan", "Hodges-Lehmann", "Nelson-Aalen", "Fine-Gray", "Wald",
    "Hotelling", "Mahalanobis", "Weibull", "Gini", "Bland-Altman", "Youden", "Cronbach",
    "Likert", "Gompertz", "Brier", "Greenwood", "Mantel-Haenszel", "Newey-West", "Huber",
    "Tobit", "Heckman", "Dickey-Fuller", "Granger", "Box-Cox", "Ljung-Box", "Markov",
    "Monte Carlo", "Navier", "Navier-Stokes", "Stokes", "Riemann", "Hodge", "Fermat",
})  # fmt: skip
_STATISTICS_WORDS = re.compile(
    r"(?i)\b(?:tests?|t-tests?|corrections?|correlations?|p-values?|p|regressions?|estimat(?:e|es"
    r"|or|ors|ion)|survival|curves?|significan(?:ce|t)|alpha|confidence|anova|adjust(?:ed|ment)"
    r"|statistics?|statistical|variance|sample|samples|hypothes(?:is|es)|coefficients?"
    r"|distribution|effect size|multiple comparisons|fdr|hazard|rank|median|mean|sd"
    r"|conjecture|theorem|equations?|analys[ie]s|methods?|models?|data|uji|korelasi"
    r"|varians)\b"
)


def statistical_method(text: str, value: str) -> bool:
    """Whether `value` is a statistical test or method named after a person (or a list of
    them), in a text about statistics."""
    return _namesake(text, value, STATISTICS, _STATISTICS_WORDS)


# Bacteria named after people.
MICROBES = frozenset({
    "Salmonella", "Listeria", "Escherichia", "Klebsiella", "Shigella", "Yersinia", "Legionella",
    "Brucella", "Neisseria", "Bordetella", "Borrelia", "Rickettsia", "Pasteurella", "Ehrlichia",
    "Francisella", "Burkholderia", "Cronobacter", "Edwardsiella", "Morganella", "Providencia",
    "Serratia", "Hafnia", "Kluyvera", "Leclercia", "Gardnerella", "Bartonella", "Coxiella",
})  # fmt: skip
_LAB_WORDS = re.compile(
    r"(?i)\b(?:samples?|cfu|detected|cultures?|swabs?|pcr|pathogens?|strains?|isolates?|agar"
    r"|positive|negative|incubat(?:or|ed|ion)|microbiology|lab|laborator(?:y|ies)|batch|results?"
    r"|spp|coli|monocytogenes|pneumoniae|enterica|outbreak|food safety)\b"
)


def microbe(text: str, value: str) -> bool:
    """Whether `value` is a bacterium named after a person (or a list of them), in a text
    about a laboratory's samples."""
    return _namesake(text, value, MICROBES, _LAB_WORDS)


# Dishes named after people.
DISHES = frozenset({
    "Melba", "Pavlova", "Wellington", "Benedict", "César", "Caesar", "Margherita", "Stroganoff",
    "Carpaccio", "Rossini", "Thermidor", "Mornay", "Béchamel", "Florentine", "Charlotte",
    "Madeleine", "Madeleines", "Reuben", "Cobb", "Waldorf", "Chateaubriand", "Parmentier",
    "Marengo", "Suzette", "Sachertorte", "Kaiserschmarrn", "Nesselrode", "Bismarck", "Orloff",
})  # fmt: skip
_FOOD_WORDS = re.compile(
    r"(?i)\b(?:menus?|starters?|desserts?|mains?|salads?|beef|peach(?:es)?|pizza|courses?"
    r"|dish(?:es)?|served|sauce|eggs?|covers|table|chef|kitchen|restaurant|pudding|cake"
    r"|crêpes?|entrantes|principales|postres|ensalada|solomillo|melocotón|huevos|plats?"
    r"|entrées?|pêche|dolci|primi|secondi|vorspeisen|nachspeisen|allergens?|vegetarian"
    r"|takeaway|slices?|portions?|catering|canapés?)\b"
)


def named_dish(text: str, value: str) -> bool:
    """Whether `value` is a dish named after a person (or a list of them), in a text about
    food."""
    return _namesake(text, value, DISHES, _FOOD_WORDS)


# Units named after people.
UNITS = frozenset({
    "newton", "kelvin", "joule", "pascal", "watt", "hertz", "tesla", "ampere", "volt", "ohm",
    "coulomb", "henry", "weber", "siemens", "farad", "gray", "sievert", "becquerel", "celsius",
    "fahrenheit", "gauss", "curie", "röntgen", "roentgen", "angstrom", "ångström", "maxwell",
    "oersted", "debye", "dalton", "kilowatt", "megawatt", "gigawatt", "kilojoule", "kilopascal",
    "megapascal", "kilohertz", "megahertz", "gigahertz", "millitesla", "kilovolt", "millivolt",
})  # fmt: skip
_NUMBER_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?[ \t]*\Z")


def named_unit(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a unit named after a person: after a number ("12 Tesla",
    "4,2 Kelvin") or in lower case where a name would be capitalised (`"from": "newton"`)."""
    value = text[start:end]
    if value.lower().rstrip("s") not in UNITS and value.lower() not in UNITS:
        return False
    return value.islower() or bool(_NUMBER_BEFORE.search(text, max(0, start - 12), start))


# A form's box before an option: "[ ] Raglan", "☐ Oxford".
_BOX_BEFORE = re.compile(r"(?:\[[ xX✓✔]?\]|[☐☑☒□■])[ \t]*\Z")


def form_option(text: str, start: int) -> bool:
    """Whether the name at `start` is one of a form's options, each after a box, two boxes or
    more on its line ("Style: [ ] Chesterfield  [ ] Crombie  [ ] Raglan")."""
    if not _BOX_BEFORE.search(text, max(0, start - 6), start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(re.findall(r"\[[ xX✓✔]?\]|[☐☑☒□■]", line)) >= 2


# Instruments and their makers named after people.
INSTRUMENTS = frozenset({
    "Les Paul", "Stratocaster", "Telecaster", "Rickenbacker", "Ernie Ball", "Steinway",
    "Bösendorfer", "Gretsch", "Martin", "Gibson", "Fender", "Marshall", "Hohner", "Bechstein",
    "Blüthner", "D'Addario", "Selmer", "Zildjian", "Paiste", "Kawai", "Taylor", "Guild",
})  # fmt: skip
_MUSIC_WORDS = re.compile(
    r"(?i)\b(?:guitars?|refret|frets?|set ?up|strings|pickups?|bridge|neck|amps?|pedals?"
    r"|pianos?|regulation|voicing|tuning|reissue|luthier|bass|drums?|cymbals?|rewire"
    r"|intonation|nut|saddle|truss rod|10s|9s|11s)\b"
)


def named_instrument(text: str, value: str) -> bool:
    """Whether `value` is an instrument or its maker named after a person, in a text about
    instruments."""
    return _namesake(text, value, INSTRUMENTS, _MUSIC_WORDS)
