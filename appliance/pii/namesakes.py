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


def _two_words(text: str, words: re.Pattern[str]) -> bool:
    """Whether `text` holds two different words that `words` finds."""
    return len({m.group().lower() for m in words.finditer(text)}) >= 2


def named_assistant(text: str, value: str) -> bool:
    """Whether `value` is an assistant named like a person, in a text about assistants or a
    transcript of one with a user."""
    return value.capitalize() in ASSISTANTS and (
        _two_words(text, _ASSISTANT_WORDS) or bool(_USER_SPEAKS.search(text))
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
    rf"(?i)\b(?:{_VEHICLES})\b[^.!?\n\"“]{{0,40}}[\"“]\Z"
    r"|(?-i:\b[A-Z]{1,2}-[A-Z0-9]{3,5}|\b(?:A3\d\d|B7[0-9]7|E1[79]\d|ATR ?72))[ \t]+[\"“]\Z"
)
_TAIL_AFTER = re.compile(r"(?i)[\"”][ \t]+(?:tail|reg(?:istration)?)\b")


def named_vehicle(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the name of an aircraft, a ship or a train: an object's or
    an element's `name` whose key or tag is a vehicle, or a name in quotes in a sentence
    about one."""
    if start == 0 or text[start - 1] not in "\"'“":
        return False
    before = text[max(0, start - 200) : start]
    return bool(
        _VEHICLE_OBJECT.search(before)
        or _VEHICLE_BEFORE.search(before[-60:])
        or _TAIL_AFTER.match(text, end)
    )


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
_SKY_LIST = re.compile(r",[ \t]*|[ \t]+and[ \t]+")


def named_sky_object(text: str, value: str) -> bool:
    """Whether `value` (or each of a list: "Halley, Hale-Bopp") is a comet, a crater or an
    asteroid named after a person, in a text about the sky."""
    parts = _SKY_LIST.split(value)
    return all(p in SKY_OBJECTS for p in parts) and _two_words(text, _SKY_WORDS)


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
    return _two_words(text, _MEDICINE_WORDS)
