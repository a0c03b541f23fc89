"""Decoys for train_r (never gold): order and ticket numbers, timestamps, dates, times,
versions, prices, product codes, capitalised product names, hashes, URLs, host names. They
hold none of the ambiguous words of `train_r_lex` capitalised, except month names, which
the builder records as non-person uses (letters in codes are consonants only)."""

from __future__ import annotations

import random

_CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ"

MONTHS = [
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
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PRODUCT_NAMES = [
    "Nimbus",
    "Orbit",
    "Quartz",
    "Helix",
    "Zephyr",
    "Vortex",
    "Pulse",
    "Ember",
    "Vector",
    "Titan",
    "Nomad",
    "Glacier",
    "Prism",
    "Cobalt",
    "Falconer",
    "Zenith",
    "Echelon",
    "Lumen",
    "Tundra",
    "Atrium",
]
_PRODUCT_B = ["Pro", "Max", "Air", "Mini", "Plus", "Ultra", "Lite", "X", "S", "Go"]
_KINDS = [
    "kettle",
    "router",
    "headset",
    "blender",
    "desk lamp",
    "backpack",
    "monitor",
    "drill",
    "speaker",
    "webcam",
    "air fryer",
    "tablet",
    "keyboard",
    "tent",
    "e-bike",
    "printer",
    "dock",
    "charger",
]


def decoy(rng: random.Random, kind: str) -> str:
    r = rng.randint
    if kind == "order":
        return rng.choice(
            [
                f"#{r(10000, 99999)}",
                f"ORD-{r(2021, 2026)}-{r(1000, 99999)}",
                f"PO-{r(1000, 9999)}-{rng.choice(_CONSONANTS)}",
                f"{r(100, 999)}-{r(1000000, 9999999)}",
            ]
        )
    if kind == "ticket":
        return rng.choice(
            [
                f"INC-{r(10000, 99999)}",
                f"JIRA-{r(100, 9999)}",
                f"SR{r(100000, 999999)}",
                f"OPS-{r(100, 999)}",
                f"CASE-{r(1000, 99999)}",
            ]
        )
    if kind == "date":
        m, d, y = r(1, 12), r(1, 28), r(2023, 2026)
        return rng.choice(
            [
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}/{m:02d}/{y}",
                f"{MONTHS[m - 1]} {d}",
                f"{d} {MONTHS[m - 1]} {y}",
                f"{MONTHS[m - 1]} {d}, {y}",
                f"{d}.{m}.{y}",
            ]
        )
    if kind == "ts":
        return f"{r(2023, 2026)}-{r(1, 12):02d}-{r(1, 28):02d}T{r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}Z"
    if kind == "day":
        return rng.choice(WEEKDAYS)
    if kind == "time":
        return rng.choice(
            [
                f"{r(7, 19)}:{rng.choice(['00', '15', '30', '45'])}",
                f"{r(1, 12)}{rng.choice(['am', 'pm'])}",
                f"{r(1, 12)}:{rng.choice(['00', '30'])} {rng.choice(['AM', 'PM'])}",
            ]
        )
    if kind == "ver":
        return rng.choice(
            [
                f"v{r(1, 9)}.{r(0, 20)}.{r(0, 30)}",
                f"{r(1, 5)}.{r(0, 12)}",
                f"v{r(1, 24)}",
                f"{r(2019, 2026)}.{r(1, 12)}.{r(0, 9)}",
            ]
        )
    if kind == "price":
        return rng.choice(
            [
                f"${r(2, 1999)}.{rng.choice(['00', '99', '49', '95'])}",
                f"€{r(2, 900)},{rng.choice(['00', '90', '50'])}",
                f"£{r(2, 600)}.{rng.choice(['00', '99', '50'])}",
                f"{r(5, 400)} TL",
                f"${r(1, 99)}",
            ]
        )
    if kind == "sku":
        c = lambda: rng.choice(_CONSONANTS)  # noqa: E731
        return rng.choice(
            [
                f"SKU-{c()}{c()}-{r(1000, 9999)}",
                f"{c()}{c()}{r(100, 999)}-{r(10, 99)}",
                f"B0{r(10, 99)}{c()}{c()}{r(1000, 9999)}",
                f"{r(10, 99)}-{c()}{c()}{c()}-{r(100, 999)}",
            ]
        )
    if kind == "prod":
        return f"{rng.choice(PRODUCT_NAMES)} {rng.choice([str(r(2, 12)), rng.choice(_PRODUCT_B)])}"
    if kind == "kind":
        return rng.choice(_KINDS)
    if kind == "qty":
        return str(r(1, 12))
    if kind == "num":
        return str(r(2, 480))
    if kind == "pct":
        return f"{r(1, 95)}%"
    if kind == "year":
        return str(r(2019, 2026))
    if kind == "dur":
        return rng.choice(
            [f"{r(5, 90)} min", f"{r(1, 6)} hours", f"{r(2, 14)} days", f"{r(10, 59)}s"]
        )
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 8, 12])))
    if kind == "url":
        path = rng.choice(
            [
                "docs/setup",
                "status",
                "help/returns",
                "api/v2/orders",
                "changelog",
                "pricing",
                "kb/4471",
            ]
        )
        return f"https://{rng.choice(['example.com', 'docs.example.org', 'shop.example.net', 'status.example.io'])}/{path}"
    if kind == "host":
        return f"{rng.choice(['web', 'db', 'cache', 'api', 'worker'])}-{r(1, 40):02d}.{rng.choice(['eu-west', 'us-east', 'ap-south'])}.internal"
    if kind == "room":
        return rng.choice(
            [f"Room {r(1, 6)}{rng.choice('ABCD')}", f"Floor {r(2, 12)}", f"Suite {r(100, 900)}"]
        )
    if kind == "temp":
        return f"{r(150, 230)}°C"
    raise KeyError(kind)


DECOYS = (
    "ts",
    "order",
    "ticket",
    "date",
    "day",
    "time",
    "ver",
    "price",
    "sku",
    "prod",
    "kind",
    "qty",
    "num",
    "pct",
    "year",
    "dur",
    "hash",
    "url",
    "host",
    "room",
    "temp",
)
