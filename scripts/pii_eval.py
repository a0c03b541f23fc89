"""scripts/pii_eval.py: precision and recall of the PII analyzer on a generated, labelled set.

The set. With a fixed seed (`--seed`), about 200 short prompts are generated from sentence
templates: half carry planted personal data, half carry none but are full of decoys
(quantities, dates, versions, order and product codes, capitalised common words, product
names). Planted values: person names (first and last names from the lists below), email
addresses, US phone numbers in common formats, credit card numbers with a valid Luhn digit,
IBANs with valid check digits (DE, GB, FR, NL, ES), IPv4 addresses, US SSNs that pass the
usual validity rules (no 000/666/9xx area, no 00 group, no 0000 serial, not the well-known
sample numbers), street addresses and cities. Each planted value is a gold span
(start, end, entity), entity one of the analyzer's labels (PERSON, LOCATION, EMAIL_ADDRESS,
PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, US_SSN); a street address and the city after
it are two LOCATION spans. Some templates put a context word next to a value ("phone",
"SSN", "card"), some do not, as in real prompts.

The run. The analyzer (`build_engine` and `analyze` from appliance.pii.analyzer, in this
process) runs over every prompt in each mode (spacy, patterns) with the default threshold
and the entities above.

Scoring, per entity type and overall (micro: counts summed over types):
* a predicted span is a true positive when it overlaps (shares at least one character with)
  a gold span of the same entity type in the same prompt; otherwise a false positive;
* a gold span is found when at least one predicted span of the same entity type overlaps it;
* precision = true-positive predictions / predictions; recall = gold spans found / gold
  spans; F1 = 2PR / (P + R). Overlap, not exact boundaries: the masking cares that the value
  is covered, and Presidio's boundaries differ from ours (e.g. "+1" before a phone number).
  One prediction covering two gold spans counts once as a prediction and twice as found.
* In patterns mode PERSON and LOCATION cannot be found (no NER model): their rows show the
  misses, and a second overall line leaves them out.
Also printed: the mean and median analyze time per prompt (one call per prompt, after a
warm-up), and how many of the prompts without personal data got any prediction.

`--json PATH` writes the numbers; `--errors N` prints up to N misses and false positives
per mode (the values are synthetic).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import string
import time
from collections.abc import Callable
from dataclasses import dataclass

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from appliance.pii.analyzer import DEFAULT_ENTITIES, AnalyzerSettings, analyze, build_engine

ENTITIES = DEFAULT_ENTITIES
NER_ONLY = ("PERSON", "LOCATION")

FIRST_NAMES = [
    "James",
    "Maria",
    "Robert",
    "Linda",
    "Michael",
    "Aisha",
    "David",
    "Priya",
    "Daniel",
    "Elena",
    "Kevin",
    "Sofia",
    "Thomas",
    "Mei",
    "Carlos",
    "Hannah",
    "Ahmed",
    "Olivia",
    "Jonathan",
    "Fatima",
    "Lucas",
    "Grace",
    "Samuel",
    "Chloe",
    "Rajesh",
    "Emily",
    "Diego",
    "Sarah",
    "Patrick",
    "Yuki",
]
LAST_NAMES = [
    "Smith",
    "Johnson",
    "Garcia",
    "Nguyen",
    "Patel",
    "Williams",
    "Brown",
    "Martinez",
    "Kim",
    "Anderson",
    "Okafor",
    "Schmidt",
    "Rossi",
    "Kowalski",
    "Hernandez",
    "O'Brien",
    "Chen",
    "Thompson",
    "Yamamoto",
    "Dubois",
    "Murphy",
    "Ivanova",
    "Fischer",
    "Silva",
    "Novak",
    "Campbell",
    "Haddad",
    "Larsen",
    "Moreau",
    "Sullivan",
]
CITIES = [
    "Boston",
    "Chicago",
    "Denver",
    "Seattle",
    "Austin",
    "Portland",
    "Nashville",
    "Atlanta",
    "San Diego",
    "Sacramento",
    "Pittsburgh",
    "Minneapolis",
    "London",
    "Paris",
    "Berlin",
    "Madrid",
    "Toronto",
    "Dublin",
    "Lisbon",
    "Munich",
    "Amsterdam",
    "Vancouver",
]
STREETS = ["Elm", "Oak", "Maple", "Cedar", "Washington", "Lincoln", "Park", "Lake", "Hill", "Main"]
STREET_KINDS = ["Street", "Avenue", "Road", "Lane", "Boulevard", "Drive"]
DOMAINS = [
    "example.com",
    "example.org",
    "mail.example.net",
    "acme-corp.io",
    "contoso.com",
    "fabrikam.co.uk",
    "northwind.dev",
]
AREA_CODES = [
    "212",
    "312",
    "415",
    "617",
    "646",
    "702",
    "206",
    "303",
    "512",
    "305",
    "404",
    "713",
    "503",
]

# Decoy material: no personal data.
CAP_WORDS = [
    "Summer",
    "Winter",
    "Harvest",
    "Aurora",
    "Atlas",
    "Falcon",
    "Nimbus",
    "Orion",
    "Maple",
    "Granite",
    "Quantum",
    "Horizon",
    "Catalyst",
    "Beacon",
    "Zenith",
    "Monday",
    "Friday",
]
PRODUCTS = [
    "Pixel 8",
    "ThinkPad X1",
    "Galaxy S23",
    "Kindle Paperwhite",
    "Surface Pro 9",
    "iPhone 15",
    "MacBook Air",
    "Raspberry Pi 5",
    "Model Y",
]
TOPICS = [
    "photosynthesis",
    "the French Revolution",
    "binary search",
    "Kubernetes",
    "TCP handshakes",
    "the Roman Empire",
    "black holes",
    "Python decorators",
    "compound interest",
]


# ---- value generators -----------------------------------------------------------------------


def luhn_digit(payload: str) -> str:
    """The check digit that makes payload + digit pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_number(rng: random.Random) -> str:
    prefix, length = rng.choice(
        [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("6011", 16), ("37", 15), ("34", 15)]
    )
    payload = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    number = payload + luhn_digit(payload)
    assert luhn_ok(number)
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ", "-", ""]).join(groups)


IBAN_LAYOUTS = {  # country: (BBAN length, letters at the start of the BBAN)
    "DE": (18, 0),
    "GB": (18, 4),
    "FR": (23, 0),
    "NL": (14, 4),
    "ES": (20, 0),
}


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban(rng: random.Random) -> str:
    country = rng.choice(sorted(IBAN_LAYOUTS))
    length, letters = IBAN_LAYOUTS[country]
    bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(letters))
    bban += "".join(rng.choice(string.digits) for _ in range(length - letters))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_ok(value)
    if rng.random() < 0.5:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def phone(rng: random.Random) -> str:
    area = rng.choice(AREA_CODES)
    exchange = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    while exchange == "555" or exchange[1:] == "11":
        exchange = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    line = f"{rng.randint(0, 9999):04d}"
    fmt = rng.choice(
        [
            "({a}) {e}-{l}",
            "{a}-{e}-{l}",
            "{a}.{e}.{l}",
            "+1 {a} {e} {l}",
            "+1-{a}-{e}-{l}",
            "1-{a}-{e}-{l}",
        ]
    )
    return fmt.format(a=area, e=exchange, l=line)


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        group = rng.randint(1, 99)
        serial = rng.randint(1, 9999)
        digits = f"{area:03d}{group:02d}{serial:04d}"
        if area == 666 or digits in ("078051120", "123456789", "219099999", "457555462"):
            continue
        if len(set(digits)) == 1:
            continue
        return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice([10, 172, 192, rng.randint(11, 223)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---- templates --------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str


@dataclass
class Prompt:
    text: str
    gold: list[tuple[int, int, str]]  # (start, end, entity)


class Filler:
    """Fills `{slot}` in a template; PII slots become gold spans. One person per prompt, so
    `{person}`, `{first}` and `{email}` agree."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def fill(self, template: str) -> Prompt:
        rng = self.rng
        person = Person(rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))
        pii: dict[str, tuple[Callable[[], str], str | None]] = {
            "person": (lambda: f"{person.first} {person.last}", "PERSON"),
            "first": (lambda: person.first, "PERSON"),
            "email": (lambda: self.email(person), "EMAIL_ADDRESS"),
            "phone": (lambda: phone(rng), "PHONE_NUMBER"),
            "card": (lambda: card_number(rng), "CREDIT_CARD"),
            "iban": (lambda: iban(rng), "IBAN_CODE"),
            "ip": (lambda: ipv4(rng), "IP_ADDRESS"),
            "ssn": (lambda: ssn(rng), "US_SSN"),
            "city": (lambda: rng.choice(CITIES), "LOCATION"),
            "street": (
                lambda: f"{rng.randint(2, 9800)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}",
                "LOCATION",
            ),
        }
        decoys: dict[str, Callable[[], str]] = {
            "number": lambda: str(rng.choice([rng.randint(2, 99), rng.randint(100, 99999)])),
            "big": lambda: str(rng.randint(10**8, 10**11)),
            "money": lambda: f"{rng.randint(1, 900)},{rng.randint(0, 999):03d}",
            "date": lambda: rng.choice(
                [
                    f"{rng.choice(['March', 'July', 'October'])} {rng.randint(1, 28)}, 2024",
                    f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2025",
                ]
            ),
            "time": lambda: f"{rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])} pm",
            "version": lambda: f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
            "build": lambda: (
                f"2024.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}.{rng.randint(1, 9)}"
            ),
            "order": lambda: f"{rng.choice(['ORD', 'PO', 'INV'])}-{rng.randint(10000, 999999)}",
            "code": lambda: (
                f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
                f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.choice('ABCDX')}"
            ),
            "tracking": lambda: f"1Z{rng.randint(10**9, 10**10 - 1)}{rng.randint(100000, 999999)}",
            "word": lambda: rng.choice(CAP_WORDS),
            "product": lambda: rng.choice(PRODUCTS),
            "topic": lambda: rng.choice(TOPICS),
            "year": lambda: str(rng.randint(2015, 2026)),
            "pct": lambda: str(rng.randint(2, 60)),
            "status": lambda: str(rng.choice([200, 301, 404, 418, 429, 500, 503])),
        }
        out: list[str] = []
        gold: list[tuple[int, int, str]] = []
        pos = 0
        length = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            literal = template[pos : m.start()]
            out.append(literal)
            length += len(literal)
            slot = m.group(1)
            if slot in pii:
                make, entity = pii[slot]
                value = make()
                gold.append((length, length + len(value), entity))
            else:
                value = decoys[slot]()
            out.append(value)
            length += len(value)
            pos = m.end()
        out.append(template[pos:])
        text = "".join(out)
        return Prompt(text, gold)

    def email(self, person: Person) -> str:
        rng = self.rng
        first = person.first.lower()
        last = re.sub(r"[^a-z]", "", person.last.lower())
        local = rng.choice(
            [f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(1, 99)}", first]
        )
        return f"{local}@{rng.choice(DOMAINS)}"


PII_TEMPLATES = [
    "Please email {person} at {email} about the overdue invoice.",
    "My name is {person} and my phone number is {phone}.",
    "Call {first} on {phone} after lunch to confirm the delivery.",
    "Charge the card {card} for the annual renewal, expiry 09/27.",
    "My credit card number is {card}, can you check whether the format is valid?",
    "Wire the refund to IBAN {iban}, account holder {person}.",
    "Please pay the supplier invoice to {iban} by the end of the week.",
    "The server at {ip} keeps rejecting logins from {person}.",
    "Why does {ip} show up so often in the nginx access log?",
    "For the background check, {person}'s social security number is {ssn}.",
    "Applicant SSN: {ssn}. Please verify before onboarding.",
    "{person} lives at {street}, {city}.",
    "Can you write a birthday note for {person}, who just moved to {city}?",
    "Contact details: {person}, {email}, {phone}.",
    "Summarise this complaint from {person} ({email}): the order never arrived.",
    "Book a table for two in {city} next Tuesday and send the confirmation to {email}.",
    "Reach me at {phone} or {email} if anything changes.",
    "Please update payroll: employee {person}, SSN {ssn}, bank IBAN {iban}.",
    "The customer {person} from {city} asked about order {order}.",
    "Send the signed contract to {person}, {street}, {city}.",
    "Is {ip} a private address? It appears next to {email} in the audit trail.",
    "{person} said the offsite in {city} moved to {date}.",
    "Draft a polite reminder to {first} about the unpaid card balance on {card}.",
    "Telephone: {phone}. Ask for {person} at the front desk.",
    "Rewrite this more formally: hey {first}, the wifi at {street} is down again, call {phone}.",
]

DECOY_TEMPLATES = [
    "Summarise the release notes for version {version} shipped on {date}.",
    "Order {order} contains {number} units of part {code}; what is the total at ${money}?",
    "Convert {number} kilometres to miles and round to two decimals.",
    "Write a haiku about {topic} in the style of the {word} season.",
    "The meeting on {date} at {time} will cover the {word} roadmap.",
    "Compare the {product} and the {product} for battery life and price.",
    "Explain HTTP status code {status} and when a server should return it.",
    "Room {number} on floor {number} is booked for the {word} workshop.",
    "Our revenue was ${money} in Q3 {year}, up {pct}% from the year before.",
    "Calculate {number} times {number} and show every step.",
    "What does error code {code} mean in the {product} manual?",
    "Give me five facts about {topic} for a school presentation.",
    "Sort these numbers in ascending order: {big}, {number}, {big}, {number}.",
    "Track package {tracking} and tell me when it should arrive.",
    "Build {build} failed on {date}; the log mentions {code}.",
    "Rename the file report_{year}_{number}.csv to summary_{year}.csv.",
    "Set the timeout to {number} ms and retry {number} times before giving up.",
    "My phone is a {product}; how do I turn on the {word} mode?",
    "Call the function with n = {big} and print the result.",
    "Project {word} and project {word} both need a budget of ${money} by {date}.",
    "The {word} Sale starts {date} with {pct}% off everything in aisle {number}.",
    "Explain {topic} to a ten-year-old using the number {number} as an example.",
    "Account tier {word}, plan {code}, renewal on {date}: is the upgrade worth it?",
]


def generate(seed: int, n_pii: int, n_clean: int) -> list[Prompt]:
    rng = random.Random(seed)
    filler = Filler(rng)
    prompts = [filler.fill(PII_TEMPLATES[i % len(PII_TEMPLATES)]) for i in range(n_pii)]
    prompts += [filler.fill(DECOY_TEMPLATES[i % len(DECOY_TEMPLATES)]) for i in range(n_clean)]
    rng.shuffle(prompts)
    return prompts


# ---- scoring --------------------------------------------------------------------------------


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    tp_pred: int = 0  # predictions that overlap a gold span of their type
    found: int = 0  # gold spans overlapped by a prediction of their type

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.tp_pred += other.tp_pred
        self.found += other.found

    @property
    def precision(self) -> float | None:
        return self.tp_pred / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "true_positive_predictions": self.tp_pred,
            "gold_found": self.found,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(mode: str, prompts: list[Prompt], errors: int, threshold: float) -> dict:
    settings = AnalyzerSettings(nlp=mode, entities=ENTITIES, score_threshold=threshold)
    t0 = time.perf_counter()
    engine = build_engine(settings)
    analyze(engine, settings, ["Warm-up: Jane Roe, jane@example.com, (212) 555-0142."])
    build_s = time.perf_counter() - t0
    counts = {e: Counts() for e in ENTITIES}
    times: list[float] = []
    clean_flagged = 0
    misses: list[str] = []
    false_pos: list[str] = []
    for prompt in prompts:
        t = time.perf_counter()
        (spans,) = analyze(engine, settings, [prompt.text])
        times.append(time.perf_counter() - t)
        if not prompt.gold and spans:
            clean_flagged += 1
        for entity in ENTITIES:
            gold = [(s, e) for s, e, ent in prompt.gold if ent == entity]
            pred = [(s.start, s.end) for s in spans if s.entity == entity]
            c = counts[entity]
            c.gold += len(gold)
            c.predicted += len(pred)
            for p in pred:
                if any(overlaps(p, g) for g in gold):
                    c.tp_pred += 1
                elif len(false_pos) < errors:
                    false_pos.append(f"{entity}: {prompt.text[p[0] : p[1]]!r} in {prompt.text!r}")
            for g in gold:
                if any(overlaps(p, g) for p in pred):
                    c.found += 1
                elif len(misses) < errors and not (mode == "patterns" and entity in NER_ONLY):
                    misses.append(f"{entity}: {prompt.text[g[0] : g[1]]!r} in {prompt.text!r}")
    overall = Counts()
    for c in counts.values():
        overall.add(c)
    result = {
        "build_and_warmup_s": build_s,
        "mean_ms": statistics.fmean(times) * 1e3,
        "median_ms": statistics.median(times) * 1e3,
        "clean_prompts": sum(1 for p in prompts if not p.gold),
        "clean_prompts_flagged": clean_flagged,
        "entities": {e: c.as_dict() for e, c in counts.items()},
        "overall": overall.as_dict(),
        "_counts": counts,
        "_overall": overall,
        "_misses": misses,
        "_false_positives": false_pos,
    }
    if mode == "patterns":
        supported = Counts()
        for e, c in counts.items():
            if e not in NER_ONLY:
                supported.add(c)
        result["overall_without_ner_entities"] = supported.as_dict()
        result["_supported"] = supported
    return result


def fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def table(mode: str, result: dict) -> Table:
    t = Table(title=f"mode: {mode}", title_justify="left")
    for col in ("entity", "gold", "predicted", "TP pred", "found", "precision", "recall", "F1"):
        t.add_column(col, justify="left" if col == "entity" else "right")

    def row(name: str, c: Counts, note: str = "") -> None:
        t.add_row(
            name + note,
            str(c.gold),
            str(c.predicted),
            str(c.tp_pred),
            str(c.found),
            fmt(c.precision),
            fmt(c.recall),
            fmt(c.f1),
        )

    for entity, c in result["_counts"].items():
        note = " (no NER)" if mode == "patterns" and entity in NER_ONLY else ""
        row(entity, c, note)
    t.add_section()
    row("overall (micro)", result["_overall"])
    if "_supported" in result:
        row("overall w/o PERSON, LOCATION", result["_supported"])
    return t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20240917)
    parser.add_argument("--pii", type=int, default=100, help="prompts with personal data")
    parser.add_argument("--clean", type=int, default=100, help="prompts without")
    parser.add_argument("--modes", default="spacy,patterns")
    parser.add_argument("--threshold", type=float, default=AnalyzerSettings().score_threshold)
    parser.add_argument("--json", metavar="PATH", help="write the numbers here")
    parser.add_argument("--errors", type=int, default=0, help="show up to N misses and FPs")
    args = parser.parse_args()

    console = Console()
    if console.width < 110:
        console = Console(width=110)
    prompts = generate(args.seed, args.pii, args.clean)
    words = statistics.fmean(len(p.text.split()) for p in prompts)
    n_gold = sum(len(p.gold) for p in prompts)
    console.print(
        f"{len(prompts)} prompts (seed {args.seed}): {args.pii} with {n_gold} planted values, "
        f"{args.clean} without; {words:.1f} words per prompt on average; "
        f"score threshold {args.threshold:g}"
    )
    console.print(
        "Scoring: a prediction is a true positive when it overlaps a gold span of the same "
        "entity; a gold span is found when a prediction of its entity overlaps it."
    )
    report: dict = {
        "seed": args.seed,
        "score_threshold": args.threshold,
        "prompts": len(prompts),
        "with_pii": args.pii,
        "gold_spans": n_gold,
        "mean_words": words,
        "modes": {},
    }
    for mode in args.modes.split(","):
        result = evaluate(mode, prompts, args.errors, args.threshold)
        console.print(table(mode, result))
        console.print(
            f"  analyze time per prompt: mean {result['mean_ms']:.2f} ms, "
            f"median {result['median_ms']:.2f} ms; build + warm-up "
            f"{result['build_and_warmup_s']:.2f} s; prompts without personal data flagged: "
            f"{result['clean_prompts_flagged']}/{result['clean_prompts']}"
        )
        for line in result["_misses"]:
            console.print(f"  [yellow]missed[/] {escape(line)}", highlight=False)
        for line in result["_false_positives"]:
            console.print(f"  [red]false positive[/] {escape(line)}", highlight=False)
        console.print()
        report["modes"][mode] = {k: v for k, v in result.items() if not k.startswith("_")}
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=2)
        console.print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
