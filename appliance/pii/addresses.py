"""Street addresses, whole: a house number and a street, then the flat, town, region and
postcode that follow it, as one place (entity LOCATION).

The NER model finds towns and countries; a street address it finds in part or not at all
(`11 Birchwood Gardens, Leeds LS1 6TG` after `address`, a CSV's `street` column). A street
is taken where the text writes one of these, each with a house number:

* a number, the street's name and a street type after it, as English and the languages
  that write it so do: `37 Foxglove Gardens`, `152 King St W`, `Blk 183 Ang Mo Kio Ave 3`,
  `32, Nehru Nagar` (`STREET_WORDS` and a few more: `Approach`, `Parade`, `Quay` ...);
* the name, a street type and the number: `Dostyk Avenue 91`, `Andrássy út 60`,
  `Mariahilfer Straße 124`, `Atatürk Caddesi No: 138`;
* a street type first, its name and the number after it or before it, as the Romance and
  Slavic languages write it: `Calle Mayor 132`, `Rua Augusta, 1885`, `Via dei Mille 129`,
  `ul. Floriańska 35/55`, `36 avenue Jean Jaurès` (`STREET_FIRST` and their short forms,
  those only with their dot: `al` and `os` are words too);
* one word that ends in a street type, then the number: `Schillerstraße 104`,
  `Oudegracht 30`, `Storgatan 14`;
* Korean and Japanese forms: `70 Teheran-ro`, `2-42-7 Nakameguro, Meguro-ku`;
* a flat, a plot or a house and its number before a street with none of its own: `Plot
  31, Nii Ashie Street`, `House 17, Street 240`;
* a name and a number before a postcode and a town (`Laugavegur 55, 101 Reykjavík`) or
  before a town the place list knows (`48 Castle View, Kilkenny`).

What follows the street joins the place where a comma and a space or a dash set it off
(a CSV's bare comma ends its cell) and it is one of: a flat or a floor (`apto 78`,
`#02-62`, `8º G`), a town of capitalised words (`Porto Alegre`, `Dublin 9`), a postcode of
a common form (UK, Ireland, Canada, the Netherlands, Poland, Brazil, Portugal, Japan,
Sweden's `753 20`, or 3 to 7 digits), alone or before a town (`10221 Berlin`), or a state's
code with its ZIP (`OH 43236`, `VIC 3060`, `ON M5V 2N9`); and the next line when it holds a
town and a postcode (an address block). A flat, unit or block before the number joins it too
(`Flat 10, 37 Foxglove Gardens`, `Unit 8/30 Banksia Street`).

A street's name alone, with no number (`Baker Street`, `Via Roma`), is not taken: it says
where something is, not where someone lives. Nor is `St` or `Dr` before a capitalised word
(`25 May. Dr Greco`), a number that goes on a run of numbers (`SCAN 8771 9797 1091 SORTED
LANE 14`) or that a word before it counts (`Order 3 Park Avenue shirts`), or a month or
words in capitals before a number and a postcode-like one (`June 28, 2023`, `THE SUM OF
49,170`). Words of an address are joined by spaces, not tabs (a TSV's cells).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import regex
from presidio_analyzer import RecognizerResult

from appliance.pii.evidence import OwnRecognizer, result
from appliance.pii.names import STREET_FIRST, STREET_WORDS
from appliance.pii.places import known_places

# Street types written after the name, beyond those the name rules know; and the German ones
# written as a word of their own ("Mariahilfer Straße 124", "Eppendorfer Weg 190").
_MORE_STREET_WORDS = ("approach", "parade", "quay", "wharf", "esplanade", "promenade",
                      "embankment", "cres", "gdns", "sq", "tce", "pde", "hwy", "pkwy", "cir",
                      "circle", "trail", "loop", "rise", "chase", "croft", "vale", "heights",
                      "cottages", "passage", "alley", "plaza", "ridge", "broadway", "mall",
                      "nagar", "salai", "enclave", "colony", "layout",
                      "straße", "strasse", "weg", "gasse", "allee", "platz")
# Street types written first ("Heol y Castell", "Odos Dikeosynis"); short forms only with
# their dot ("Avda.", "ul.", "Bv."): "al" and "os" are words too.
_MORE_STREET_FIRST = ("paseo", "carretera", "camino", "ronda", "travesía", "alameda", "estrada",
                      "corso", "vicolo", "impasse", "quai", "cours", "route", "calzada",
                      "sráid", "bulevar", "heol", "stryd", "odos", "leoforos", "c/")
_SHORT_FIRST = ("avda", "av", "pso", "pza", "ul", "al", "os", "str", "bd", "bv", "bul", "jr", "jl",
                "jln", "rr", "vul", "r")
_LOWER_AFTER = ("iela", "gatve", "gatvė", "prospektas", "utca", "út", "gata", "gatan", "gade",
                "vej", "vei", "veien", "straat", "laan", "plein", "gracht", "caddesi", "cd",
                "sokak", "sk", "marg", "salai", "nagar")


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ALL_AFTER = {*STREET_WORDS, *_MORE_STREET_WORDS}
_TYPE_AFTER = _alternatives(_ALL_AFTER)
# After the name and before the number, a street type as a name is written: "Dostyk Avenue
# 91", "Andrássy út 60", not "Also row 340" or "SORTED LANE 14".
_TYPE_AFTER_NAMED = _alternatives(
    {w.capitalize() for w in _ALL_AFTER if w not in _LOWER_AFTER} | set(_LOWER_AFTER)
    | {w.capitalize() for w in _LOWER_AFTER}
)
_TYPE_FIRST = "|".join((
    _alternatives({*STREET_FIRST, *_MORE_STREET_FIRST} - set(_SHORT_FIRST)),
    rf"(?:{_alternatives(_SHORT_FIRST)})\.",
))
# Endings of one-word streets: "Schillerstraße", "Oudegracht", "Lindenweg", "Storgatan".
_ONE_WORD_ENDINGS = _alternatives((
    "straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "damm", "ufer", "chaussee",
    "gracht", "laan", "straat", "plein", "kade", "singel", "dijk", "steeg", "vej", "gade",
    "gatan", "gata", "vägen", "gränd", "veien", "vegen", "gaten", "katu", "tie", "kuja",
    "vegur", "stræti",
))

_HOUSE = (r"\d{1,5}[a-zA-Z]?(?:[/-]\d{1,5}[a-zA-Z]?)?(?:[ ]+(?:bis|ter)\b)?"
          r"(?:[ ]+[A-Z][ ]+\d{1,3}(?=,))?")  # "Kauppakatu 14 B 9, ..."
# Not a number that goes on a run of numbers ("SCAN 8771 9797 1091 SORTED LANE 14"), nor
# one a word before it counts ("Order 3 Park Avenue shirts", "Chapter 4 Rue Morgue").
_COUNTED = (r"order|version|chapter|platform|page|section|step|item|episode|season|part"
            r"|volume|vol|issue|build|release|exhibit|figure|fig|table|track|disc|size|top"
            r"|sold|bought|ordered|ran|watched|buy|sell")
_HOUSE_START = rf"(?<![\w/#.-])(?<!\d[ ])(?<!\d[ ]{{2}})(?<!\b(?i:{_COUNTED})[ ]+)"
# A capitalised word of a name, or an ordinal ("9th Main Road"); one of two or three letters
# may be written with its dot ("St. Mary's Road", "Col. Centro").
_CAP = r"(?:\p{Lu}\p{L}{0,2}\.(?!\p{L})|\p{Lu}[\p{L}'’\-]*+|\d{1,3}(?:st|nd|rd|th))"
# Small words inside a street's or a town's name: "Via dei Mille", "Paseo de la Ribera",
# "Freiburg im Breisgau".
_PARTICLE = (r"(?:de|del|la|las|los|da|das|do|dos|di|dei|della|delle|degli|des|du|le|les|van"
             r"|von|der|den|na|an|of|the|y|e|al|el|im|am|upon|sur|en)")
_NAME = rf"{_CAP}(?:[ ]+(?:{_PARTICLE}[ ]+)*{_CAP}){{0,3}}"
_DIRECTION = r"(?:[ ]+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b\.?)?"
# "St" and "Dr" are a saint's and a doctor's too: not before a capitalised word ("25 May. Dr
# Greco", "4 St Mary's"), but before a direction ("152 King St W").
_NOT_A_TITLE = (r"(?:(?<!\b(?i:st|dr)\.?)"
                r"|(?![ ]+(?!(?i:unit|apt|suite|ste|flat|north|south|east|west)\b)\p{Lu}\p{Ll}))")
_AFTER_TYPE = rf"(?i:{_TYPE_AFTER})\b\.?{_NOT_A_TITLE}{_DIRECTION}"
# A flat, unit, plot or block with its number, before a street: "Flat 10, ", "Plot 7, ".
_UNIT = r"(?i:flat|apt|apartment|unit|suite|ste|room|floor|level|plot|house|shop)\b\.?"
_UNIT_NUMBER = r"[ ]*#?(?=[\w-]*\d)[\w-]{1,6}"
_UNIT_BEFORE = (rf"(?:{_UNIT}{_UNIT_NUMBER},[ ]+|(?i:unit|flat|apt)\b\.?[ ]+(?=\d+/\d)"
                r"|(?i:blk|block)\b\.?[ ]+|(?i:no)\.[ ]*)")

_STREETS = regex.compile(
    rf"{_HOUSE_START}{_UNIT_BEFORE}?(?:"
    # "37 Foxglove Gardens", "152 King St W", "Ang Mo Kio Ave 3", "32, Nehru Nagar"
    rf"{_HOUSE},?[ ]+{_NAME}[ ]+{_AFTER_TYPE}(?:[ ]+\d{{1,3}}\b)?"
    # "Dostyk Avenue 91", "Andrássy út 60", "Atatürk Caddesi No: 138"
    rf"|{_NAME}[ ]+(?:{_TYPE_AFTER_NAMED})\b\.?[ ]+(?:No:?[ ]*)?{_HOUSE}(?![\w/-])"
    # "36 avenue Jean Jaurès", "114 Rue Saint-Denis"
    rf"|{_HOUSE}[ ]+(?i:{_TYPE_FIRST})(?!\w)[ ]+(?:{_PARTICLE}[ ]+)*{_NAME}"
    # "Calle Mayor 132", "Rua Augusta, 1885", "ul. Floriańska 35/55", "Av. Paulista, nº 1000"
    rf"|(?i:{_TYPE_FIRST})(?!\w)[ ]+(?:{_PARTICLE}[ ]+)*{_NAME}"
    rf",?[ ]+(?i:n[º°o]\.?[ ]*)?{_HOUSE}(?![\w/-])"
    # "Schillerstraße 104", "Oudegracht 30", "Wiehre-Allee 188"
    rf"|\p{{Lu}}[\p{{L}}\-]*+\.?(?<=(?i:{_ONE_WORD_ENDINGS}))[ ]+{_HOUSE}(?![\w/-])"
    # Korean and Japanese: "70 Teheran-ro", "2-42-7 Nakameguro, Meguro-ku", "4-6-13 Chūō-ku"
    rf"|{_HOUSE}[ ]+\p{{Lu}}\p{{L}}*-(?:ro|daero|gil)\b"
    rf"|\d{{1,4}}-\d{{1,4}}(?:-\d{{1,4}})?[ ]+(?:\p{{Lu}}\p{{L}}*,?[ ]+)?"
    r"\p{Lu}\p{L}*-(?:ku|shi|cho|machi|gun)\b"
    r")"
    # after a flat, a plot or a house, a street with no number of its own: "Plot 31, Nii
    # Ashie Street", "Flat 402, Sai Krupa Apartments, Baner Road", "House 17, Street 240"
    rf"|(?<![\w/#.-]){_UNIT}{_UNIT_NUMBER},[ ]+(?:"
    rf"(?:{_NAME},[ ]+)?{_NAME}[ ]+{_AFTER_TYPE}|(?i:street|road|lane)[ ]+\d{{1,4}}\b)"
)
# What may follow a street, set off by a comma and a space or by a dash (`_TAIL`). Postcodes
# with letters, which may also follow a street or a town after a space alone: the UK's
# "LS1 6TG", Ireland's "D23 Y9L5", Canada's "M5V 2N9".
_LETTERED = (r"(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d{2}[ ]?[A-Z\d]{4}"
             r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)(?![\w-])")
_POSTCODE = (
    rf"(?:{_LETTERED}"
    r"|\d{4}[ ]?[A-Z]{2}(?![\p{L}])"  # the Netherlands: "9711 LM"
    r"|[A-Z]{1,2}-\d{4,5}|[A-Z]\d{4}[A-Z]{0,3}"  # Latvia's "LV-1033", Argentina's "S2000"
    r"|C\.?P\.?[ ]*\d{4,5}"  # Mexico's "C.P. 44151"
    r"|\d{5}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}"  # Brazil, Portugal, Japan, Poland
    r"|\d{3}[ ]\d{2,3}"  # Sweden, Czechia, Greece: "753 20", "120 00"; India: "682 037"
    r"|\d{3,7})(?![\w-])"
)
_STATE_ZIP = r"[A-Z]{2,3}[ ]+(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)(?![\w-])"
_TOWN = rf"{_NAME}(?:[ ]+\d{{1,2}})?(?!\p{{L}})"
# A town after a postcode: capitalised words ("10221 Berlin", "79102 Freiburg im Breisgau").
_TOWN_AFTER_CODE = rf"{_CAP}(?:[ ]+(?:{_PARTICLE}[ ]+)*{_CAP}){{0,2}}(?:[ ]+\d{{1,2}})?(?!\p{{L}})"
# A town alone ends where the address does or another part of it begins.
_TOWN_END = (r"(?=[ ]*(?:[,;.:!?)\]\"'|<\n]|[ ][-–][ ]|$)"
             r"|[ ]+(?:[A-Z]{1,2}\d|[A-Z]{2,3}[ ]+\d|\d))")
_PART = (
    rf"(?:(?i:apto|apt|flat|unit|suite|ste|piso|andar|depto|dto|#)\b\.?{_UNIT_NUMBER}"
    # a Spanish floor and door: "bajo A", "8º G"
    r"|(?i:bajo|entlo|izda|dcha|izq|der)\b\.?(?:[ ]+[A-Z]\b)?|\d{1,2}[º°ª](?:[ ]*[A-Za-z]\b)?"
    rf"|{_STATE_ZIP}|{_POSTCODE}(?:[ ]+{_TOWN_AFTER_CODE})?"
    rf"|{_TOWN}{_TOWN_END}(?:[ ]+(?:{_STATE_ZIP}|{_POSTCODE}))?"
    r"|[A-Z]{2}(?![\w-]))"
)
_TAIL = regex.compile(
    rf"(?:(?:,[ ]+|[ ]+[-–][ ]+)(?={_PART}){_PART}|[ ]+(?:{_STATE_ZIP}|{_LETTERED})"
    rf"|[ ]+(?i:apt|unit|suite|ste|depto|dto|piso)\b\.?{_UNIT_NUMBER})"
)
# A street's name and house number, then a postcode and a town: "Laugavegur 55, 101
# Reykjavík", "Vinohradská 1520/30, 120 00 Praha 2" (the postcode says it is an address); not
# a date ("June 28, 2023") or words in capitals ("THE SUM OF 49,170 DOLLARS").
_MONTHS = (r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march"
           r"|april|june|july|august|september|october|november|december)\b")
_BEFORE_POSTCODE = regex.compile(
    rf"{_HOUSE_START}(?!{_MONTHS})\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*"
    rf"(?:[ ]+\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*)?[ ]+{_HOUSE}"
    rf"(?=,[ ]+{_POSTCODE}[ ]+\p{{Lu}}\p{{Ll}})"
)
# A town and its postcode on the next line of an address block ("5 Wilberforce Court\nBristol
# BS6 5PQ"), or the postcode first ("Schillerstraße 9a\n79102 Freiburg").
_NEXT_LINE = regex.compile(
    rf"\n[ ]*(?:{_TOWN}[ ]+(?:{_LETTERED}|{_STATE_ZIP}|{_POSTCODE})"
    rf"|{_POSTCODE}[ ]+{_TOWN_AFTER_CODE})[ ]*(?=\n|$)"
)
# A house number and a street's name with no street type, then a comma and a town any
# list knows: "48 Castle View, Kilkenny", "178 Lebuh Chulia, 93377 Kuching".
_NUMBER_NAME_TOWN = regex.compile(
    rf"{_HOUSE_START}(?P<street>{_UNIT_BEFORE}?{_HOUSE}[ ]+{_NAME}),[ ]+"
    rf"(?P<code>{_POSTCODE}[ ]+)?(?P<town>{_TOWN_AFTER_CODE})"
)
_MAX_PARTS = 5
# (start, end) of a street found, and a way of finding the next one from a position.
_Bounds = tuple[int, int]
_Way = Callable[[str, int], "_Bounds | None"]


def street_addresses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each street address in `text`, with what follows its street."""
    pos = 0
    ahead: dict[_Way, _Bounds | None] = {}
    while (street := _first(text, pos, ahead)) is not None:
        start, end = street
        for _ in range(_MAX_PARTS):
            tail = _TAIL.match(text, end)
            if tail is None or "\n" in tail.group():
                break
            end = tail.end()
        if (line := _NEXT_LINE.match(text, end)) is not None:
            end = line.end()
        yield start, end
        pos = end


def _first(text: str, pos: int, ahead: dict[_Way, _Bounds | None]) -> _Bounds | None:
    """(start, end) of the first street at or after `pos`; `ahead` keeps each way's next
    street found, so that no way searches the same stretch twice."""
    for way in _WAYS:
        if way not in ahead or ((span := ahead[way]) is not None and span[0] < pos):
            ahead[way] = way(text, pos)
    return min((span for span in ahead.values() if span is not None), default=None)


def _street(text: str, pos: int) -> _Bounds | None:
    m = _STREETS.search(text, pos)
    return m.span() if m else None


def _before_postcode(text: str, pos: int) -> _Bounds | None:
    m = _BEFORE_POSTCODE.search(text, pos)
    return m.span() if m else None


def _before_known_town(text: str, pos: int) -> _Bounds | None:
    for m in _NUMBER_NAME_TOWN.finditer(text, pos):
        if m.group("code") or m.group("town").lower() in known_places():
            return m.span("street")  # the postcode and town join as the tail
    return None


_WAYS: tuple[_Way, ...] = (_street, _before_postcode, _before_known_town)


class StreetAddresses(OwnRecognizer):
    """Street addresses (`street_addresses`), scored above the NER model's places, so that a
    name it finds inside one ("36 avenue Jean Jaurès") is part of the place."""

    ENTITY = "LOCATION"
    SCORE = 0.9

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities or not any(ch.isdigit() for ch in text):
            return []
        return [
            result(self, self.ENTITY, start, end, self.SCORE, "a house number and a street")
            for start, end in street_addresses(text)
        ]
