"""Decoys of `train_s`: the non-personal values that fill every prompt, clean or not: order
and ticket numbers, dates and times in the prompt's language, versions, prices, product codes,
capitalised product names, room numbers, quantities. None of them is gold."""

from __future__ import annotations

import random

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "tr": (
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
}
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")
_PRODUCTS = (
    "Nimbus 14 Pro",
    "Vertex X200",
    "Orbit Mini",
    "Quill Notes 3",
    "Helix Hub",
    "Zephyr Air 2",
    "Polaris Dock",
    "Cobalt 5G router",
    "Tundra 900 kettle",
    "Kinetix Runner",
    "Aerio Buds",
    "Solace Pillow",
    "Luma Desk Lamp",
    "Pixelbook Go",
    "Stratus Backpack",
    "Vantage Monitor 27",
    "Cirrus Printer M4",
    "Tally Scale S2",
    "Brisk Blender 600",
    "Ember Mug 2",
    "Kodo Tablet 10",
    "Fjord Parka",
    "Octane Drill",
    "Pebble Speaker",
    "Quasar Webcam",
    "Rally Trainer 5",
    "Sprout Planner 2025",
)
_PREFIX = ("ORD", "PO", "INV", "SO", "REF", "QT", "CN")
_TICKETS = ("INC", "OPS", "HR", "FAC", "IT", "SUP", "DEV", "CS")
_CURRENCIES = {
    "en": ("£{}", "${}", "€{}"),
    "es": ("{} €", "{} €", "${}"),
    "de": ("{} €", "{} EUR", "CHF {}"),
    "fr": ("{} €", "{} €"),
    "it": ("{} €", "€ {}"),
    "pt": ("{} €", "R$ {}"),
    "nl": ("€ {}", "€{}"),
    "tr": ("{} TL", "₺{}"),
    "sw": ("KSh {}", "TSh {}"),
}


def order(rng: random.Random) -> str:
    form = rng.randint(0, 3)
    if form == 0:
        return f"{rng.choice(_PREFIX)}-{rng.randint(10000, 999999)}"
    if form == 1:
        return f"#{rng.randint(1000, 99999)}"
    if form == 2:
        return f"{rng.choice(_PREFIX)}-{rng.randint(2022, 2026)}-{rng.randint(1, 9999):04d}"
    return f"{rng.choice('ABCDKMPX')}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"


def ticket(rng: random.Random) -> str:
    return f"{rng.choice(_TICKETS)}-{rng.randint(100, 29999)}"


def date(rng: random.Random, lang: str = "en") -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
    names = _MONTHS.get(lang, _MONTHS["en"])
    form = rng.randint(0, 5)
    if form == 0:
        return f"{year}-{month:02d}-{day:02d}"
    if form == 1:
        return f"{day:02d}/{month:02d}/{year}" if lang != "de" else f"{day:02d}.{month:02d}.{year}"
    if lang == "en":
        if form == 2:
            return f"{day} {names[month - 1]}"
        if form == 3:
            return f"{names[month - 1][:3]} {day}"
        if form == 4:
            return f"{rng.choice(_WEEKDAYS)} {day} {names[month - 1][:3]}"
        return f"{day} {names[month - 1]} {year}"
    if lang in ("es", "pt"):
        return f"{day} de {names[month - 1]}"
    if lang == "de":
        return f"{day}. {names[month - 1]}"
    return f"{day} {names[month - 1]}"


def time(rng: random.Random, lang: str = "en") -> str:
    hour, minute = rng.randint(7, 18), rng.choice((0, 0, 15, 30, 45))
    if lang == "en" and rng.random() < 0.5:
        clock = f"{(hour - 1) % 12 + 1}" + (f":{minute:02d}" if minute else "")
        return f"{clock} {'am' if hour < 12 else 'pm'}"
    if lang == "fr" and rng.random() < 0.5:
        return f"{hour}h{minute:02d}" if minute else f"{hour}h"
    return f"{hour:02d}:{minute:02d}"


def version(rng: random.Random) -> str:
    form = rng.randint(0, 3)
    if form == 0:
        return f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if form == 1:
        return f"{rng.randint(1, 4)}.{rng.randint(0, 30)}"
    if form == 2:
        return f"build {rng.randint(1000, 9999)}"
    return f"release {rng.randint(20, 26)}.{rng.randint(1, 12):02d}"


def price(rng: random.Random, lang: str = "en") -> str:
    amount = rng.choice((rng.randint(2, 99), rng.randint(100, 2500)))
    cents = rng.choice((0, 50, 99, 95, 25))
    text = f"{amount}.{cents:02d}" if cents else str(amount)
    if lang in ("es", "de", "fr", "it", "pt", "nl", "tr") and cents:
        text = text.replace(".", ",")
    return rng.choice(_CURRENCIES.get(lang, _CURRENCIES["en"])).format(text)


def code(rng: random.Random) -> str:
    form = rng.randint(0, 3)
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTVXZ") for _ in range(2))
    if form == 0:
        return f"SKU-{rng.randint(1000, 9999)}-{letters}"
    if form == 1:
        return f"{letters}-{rng.randint(100, 9999)}"
    if form == 2:
        return f"{letters}{rng.randint(10, 99)}{rng.choice('ABCDX')}"
    return f"REF {rng.randint(10000, 99999)}"


def product(rng: random.Random) -> str:
    return rng.choice(_PRODUCTS)


def number(rng: random.Random) -> str:
    return str(rng.choice((rng.randint(2, 12), rng.randint(12, 60), rng.randint(100, 900))))


def room(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Room {rng.randint(1, 4)}{rng.choice('ABCD')}",
            f"Room {rng.randint(101, 420)}",
            f"Lab {rng.randint(1, 9)}",
            f"Ward {rng.randint(2, 12)}",
            f"Bay {rng.randint(1, 30)}",
        )
    )


def stamp(rng: random.Random) -> str:
    """An ISO 8601 timestamp, as logs write them."""
    return (
        f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def percent(rng: random.Random) -> str:
    return f"{rng.randint(2, 95)}%"


def spoken(rng: random.Random, kind: str) -> str:
    """A date or a time as it is dictated."""
    if kind == "TIME":
        return rng.choice(
            (
                f"{rng.randint(1, 12)} {rng.choice(('am', 'pm', 'oclock'))}",
                f"half past {rng.randint(1, 12)}",
                f"quarter to {rng.randint(1, 12)}",
            )
        )
    day = rng.randint(1, 28)
    suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return rng.choice(
        (
            f"the {day}{suffix} of {rng.choice(_MONTHS['en'])}",
            "tomorrow",
            "next friday",
            f"{rng.choice(('monday', 'tuesday', 'wednesday', 'thursday'))}",
        )
    )


DECOYS = {
    "ORDER": order,
    "TICKET": ticket,
    "VER": version,
    "CODE": code,
    "PROD": product,
    "NUM": number,
    "ROOM": room,
    "PCT": percent,
    "STAMP": stamp,
}
LANG_DECOYS = {"DATE": date, "TIME": time, "PRICE": price}
