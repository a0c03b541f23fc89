"""Decoys for val23 (see val23.py): values that look like personal data and are not
(references, codes, dates, amounts, versions, hashes ...) and capitalised names of things
that are not people or places (products, ships, storms, pets, eponyms ...). Written from
the author's own head; `decoy(kind, rng)` draws one."""

from __future__ import annotations

import random
import re
import string

_U = string.ascii_uppercase
_D = string.digits
_H = "0123456789abcdef"
MONTHS = (
    "January February March April May June July August September October November December".split()
)
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
IATA = (
    "AMS CDG FRA MAD BCN LIS OPO DUB EDI GLA BHX SFO SEA ATL ORD YYZ YUL MEX GRU EZE BOG SCL NBO "
    "ACC ADD JNB CPT CAI CMN DXB DOH IST DEL BOM BLR MAA CMB KTM DAC PVG HKG TPE NRT KIX ICN SGN "
    "HAN BKK MNL CGK KUL SIN SYD MEL AKL HNL NAN APW BNE PER CHC ZRH VIE WAW PRG BUD OSL ARN CPH "
    "HEL KEF ATH"
).split()

NAMED = {
    "product": "ThinkPad X1 Carbon|Surface Pro 9|Galaxy Tab S8|Kindle Paperwhite|PowerEdge R750|"
    "Catalyst 9300|Meraki MX68|AirPods Pro|Pixel 8|Dyson V15|Nespresso Vertuo|Instant Pot Duo|"
    "Polaroid Now|Garmin Forerunner 265|Fitbit Charge 6|Bose QuietComfort 45",
    "software": "Kubernetes|Terraform|PostgreSQL|Grafana|Prometheus|Elasticsearch|Kafka|Redis|"
    "Ansible|Django|FastAPI|React|Salesforce|Zendesk|Workday|SAP SuccessFactors|ServiceNow|"
    "Confluence|Sentry|PagerDuty|Datadog|Okta|Tableau|Power BI|Moodle|Canvas LMS|Xero|QuickBooks|"
    "Sage Payroll|Amadeus Altéa|Sabre|Opera PMS|Guesty|Airtable|Notion|Figma",
    "company": "Northwind Freight|Kestrel Air|Bluefin Mutual|Harbourline Hotels|Larchmont Lettings|"
    "Quillfeather Press|Corvid Analytics|Tallgrass Insurance|Ironbark Logistics|Meridian Telecom|"
    "Copperleaf Dental|Brightwater Physio|Stonebridge Chambers|Evergreen Funeral Care|"
    "Alder & Finch Recruitment|Saltmarsh University Press|Orchard Lane Surgery|Fernhill Rovers FC|"
    "Cobalt Ridge Bank|Pinecrest Mortgages",
    "eponym": "Parkinson's disease|Gaussian blur|Kalman filter|Alzheimer's|the Nobel Prize|"
    "Bloomberg terminal|Dijkstra's algorithm|Ford Transit|Hodgkin lymphoma|Achilles tendon|"
    "Heimlich manoeuvre|Bunsen burner|Fibonacci sequence|Bayesian prior|Boolean flag|"
    "Euclidean distance|Fourier transform|Levenshtein distance|Jaccard index|Kaplan-Meier curve|"
    "Turing test|Tesla Model 3|Dell Latitude|Hilton Honors|Marriott Bonvoy|Boeing 787|"
    "Cessna 172|Ohm's law|Hooke's law|Down syndrome|Tourette's|Braille display|Petri dish|"
    "Geiger counter|Richter scale|Celsius|Diesel engine|Pilates class|Caesar salad|"
    "Eggs Benedict|Earl Grey|Peach Melba|Bellini|Carpaccio|Margherita pizza|Pavlova|Nachos",
    "ship": "MV Northern Lark|MSC Aurora Star|Ever Arcadia|Maersk Halifax Bay|CMA CGM Tage|"
    "Stena Foreteller|HMS Pembroke Dock",
    "storm": "Storm Babet|Storm Isha|Hurricane Otis|Typhoon Haikui|Cyclone Freddy|Storm Kathleen",
    "horse": "Galopin Des Champs|Constitution Hill|Shishkin|Energumene|Desert Crown",
    "pet": "Biscuit|Mochi|Pixel|Pudding|Waffles|Noodle|Pepper|Marmalade|Tofu|Sprocket",
    "character": "Sherlock Holmes|Hermione Granger|Gandalf|Lara Croft|Pikachu|Mr Darcy|"
    "Paddington Bear|Captain Haddock|Atticus Finch|Mario|Geralt of Rivia|Miss Marple",
    "bot": "Dependabot|Renovate|build-bot|@release-bot|Clippy|Jenkins|HAL-9000|Siri|Alexa",
    "dept": "Accounts Payable|Talent Acquisition|Claims Operations|Revenue Management|"
    "Ground Handling|Student Records|Exam Board|Donor Relations|Customs Brokerage|Fraud Operations|"
    "Site Reliability|Platform Engineering|Network Operations Centre|Patient Services",
    "jobtitle": "Senior Underwriter|Head of Talent|Duty Manager|Night Auditor|Claims Handler|"
    "Paralegal|Registrar|Dispatcher|Staff Engineer|Hygienist|Physiotherapist|Funeral Arranger|"
    "Kit Manager|Sub-editor|Fundraising Officer|Customs Broker|Fraud Analyst|Mortgage Adviser",
    "building": "the Bodleian Library|Carnegie Hall|the Franklin Building|Hangar 4|"
    "the Cavendish Laboratory|Dock 7|Terminal 2|the Darwin Building|Block C",
    "aircraft": "Airbus A320neo|Boeing 737-800|Embraer E190|ATR 72-600|Airbus A350-900|Dash 8-400",
    "team": "Team Falcon|Blue Squad|the Platform team|Payments Guild|the Under-14s|"
    "the Veterans XI|Red Team",
}


def named(kind: str) -> list[str]:
    return NAMED[kind].split("|")


def _code(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "A":
            out.append(rng.choice(_U))
        elif ch == "9":
            out.append(rng.choice(_D))
        elif ch == "h":
            out.append(rng.choice(_H))
        elif ch == "X":
            out.append(rng.choice(_U + _D))
        else:
            out.append(ch)
    return "".join(out)


def _isbn13(rng: random.Random) -> str:
    body = "978" + rng.choice("0123") + _code(rng, "99999999")
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = (10 - total % 10) % 10
    b = body + str(check)
    return f"{b[:3]}-{b[3]}-{b[4:8]}-{b[8:12]}-{b[12]}"


# Words a random code must not spell (the part's name and place words), set by val23_gen.
FORBIDDEN: set[str] = set()


def decoy(kind: str, rng: random.Random) -> str:
    """One decoy value of a kind; a random code never spells a planted name or place word."""
    for _ in range(100):
        value = _decoy(kind, rng)
        if not any(w in FORBIDDEN for w in re.findall(r"[^\W\d_]+", value.casefold())):
            return value
    raise ValueError(f"val23: no decoy {kind} avoiding planted words")


def _decoy(kind: str, rng: random.Random) -> str:
    if kind in NAMED:
        return rng.choice(named(kind))
    r = rng
    if kind == "order":
        return r.choice([_code(r, "ORD-2025-999999"), _code(r, "#99999999"), _code(r, "SO-99999")])
    if kind == "booking":
        return _code(r, "AXXXXX").replace("0", "Q").replace("1", "K")
    if kind == "flight":
        return (
            r.choice(
                [
                    "BA",
                    "LH",
                    "KL",
                    "AF",
                    "EK",
                    "QR",
                    "ET",
                    "KQ",
                    "NZ",
                    "JL",
                    "TK",
                    "LA",
                    "AA",
                    "SQ",
                    "VN",
                ]
            )
            + r.choice(["", " "])
            + str(r.randint(10, 2999))
        )
    if kind == "tracking":
        return r.choice(
            [
                _code(r, "1Z 999 AA9 99 9999 9999"),
                _code(r, "JD0099999999GB"),
                _code(r, "AA999999999AA"),
                _code(r, "9999 9999 9999"),
            ]
        )
    if kind == "invoice":
        return r.choice([_code(r, "INV-99999"), _code(r, "INV/2025/09999"), _code(r, "F2025-9999")])
    if kind == "date":
        return f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.choice((2024, 2025, 2026))}"
    if kind == "dateiso":
        return f"{r.choice((2024, 2025))}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    if kind == "dateus":
        return f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.choice((2024, 2025))}"
    if kind == "ts":
        return (
            f"{r.choice((2024, 2025))}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
            f"T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        )
    if kind == "time":
        return f"{r.randint(6, 21):02d}:{r.choice((0, 15, 30, 45, 5, 50)):02d}"
    if kind == "month":
        return r.choice(MONTHS)
    if kind == "day":
        return r.choice(DAYS)
    if kind == "price":
        amount = f"{int(10 ** r.uniform(1.1, 3.5)):,}.{r.choice((0, 50, 99, 25, 40)):02d}"
        return r.choice(["£", "€", "$", "US$", "A$", "CHF "]) + amount
    if kind == "amount":
        return f"{r.randint(2, 950):,}{r.choice((',000', ',500', ''))}"
    if kind == "pct":
        return f"{r.randint(1, 99)}.{r.randint(0, 9)}%"
    if kind == "version":
        return f"{r.randint(1, 24)}.{r.randint(0, 19)}.{r.randint(0, 40)}"
    if kind == "vversion":
        return f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}"
    if kind == "hash":
        return _code(r, "hhhhhhh")
    if kind == "sha":
        return _code(r, "h" * 40)
    if kind == "uuid":
        return _code(r, "hhhhhhhh-hhhh-4hhh-ahhh-hhhhhhhhhhhh")
    if kind == "sku":
        return r.choice(
            [_code(r, "SKU-99999-AAA"), _code(r, "AA-9999-AA"), _code(r, "999-9999-99")]
        )
    if kind == "isbn":
        return _isbn13(r)
    if kind == "doi":
        return r.choice(
            ["10.1016/j.jbi.", "10.1093/ije/dy", "10.1145/", "10.1177/0956797", "10.1038/s41586-0"]
        ) + _code(r, "99999")
    if kind == "room":
        return r.choice([str(r.randint(101, 1240)), _code(r, "9.99"), _code(r, "A999")])
    if kind == "seat":
        return f"{r.randint(1, 48)}{r.choice('ABCDEFJK')}"
    if kind == "part":
        return _code(r, r.choice(["9999-9999-9999", "PN 99999999999", "999.999.999.99"]))
    if kind == "port":
        return str(r.choice((8080, 8443, 5432, 6379, 9092, 3000, 5000, 9200, 27017, 22, 443)))
    if kind == "hex":
        return "#" + _code(r, "hhhhhh").upper()
    if kind == "ticket":
        return (
            r.choice(["OPS", "HELP", "INC", "PLAT", "DATA", "FIN", "CX", "SEC", "MOB"])
            + "-"
            + str(r.randint(100, 9999))
        )
    if kind == "inc":
        return _code(r, "INC0999999")
    if kind == "claim":
        return r.choice(
            [_code(r, "CLM-99-999999"), _code(r, "MTR/2025/99999"), _code(r, "HX9999999")]
        )
    if kind == "policy":
        return r.choice(
            [_code(r, "POL/AA/9999999"), _code(r, "PA-999999-99"), _code(r, "H99999999")]
        )
    if kind == "case":
        return r.choice(
            [
                _code(r, "[2025] EWHC 9999 (Ch)"),
                _code(r, "Case No. AA99A999"),
                _code(r, "CV-2025-999999"),
                _code(r, "Claim No. K99YX999"),
            ]
        )
    if kind == "awb":
        return _code(r, "999-99999999")
    if kind == "container":
        return r.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU"]) + _code(r, " 999999-9")
    if kind == "hs":
        return _code(r, "9999.99.99")
    if kind == "gate":
        return r.choice("ABCDEFG") + str(r.randint(1, 48))
    if kind == "iata":
        return r.choice(IATA)
    if kind == "build":
        return f"#{r.randint(1200, 98000)}"
    if kind == "pr":
        return f"#{r.randint(40, 9800)}"
    if kind == "qty":
        return str(r.randint(2, 480))
    if kind == "weight":
        return f"{r.randint(1, 24)},{r.randint(100, 999)} kg"
    if kind == "mins":
        return f"{r.randint(2, 55)} min"
    if kind == "ms":
        return f"{r.randint(40, 2400)} ms"
    if kind == "secs":
        return f"{r.randint(3, 240)}s"
    if kind == "hours":
        return f"{r.randint(2, 72)}h"
    if kind == "days":
        return f"{r.randint(2, 12)} days"
    if kind in ("window", "between"):
        start = r.randint(7, 16)
        end = start + r.choice((1, 2, 3, 4))
        sep = "-" if kind == "window" else " and "
        return f"{start:02d}:{r.choice(('00', '30'))}{sep}{end:02d}:00"
    if kind == "age":
        return str(r.randint(58, 97))
    if kind == "weeknum":
        return str(r.randint(1, 52))
    if kind == "last4":
        return f"{r.randint(0, 9999):04d}"
    if kind == "duration":
        return r.choice(
            [
                f"{r.randint(2, 59)} min",
                f"{r.randint(2, 18)} days",
                f"{r.randint(1, 9)}h",
                f"{r.randint(120, 4800)} ms",
            ]
        )
    if kind == "ref":
        return _code(r, r.choice(["REF-AA9999", "AA/9999/99", "99999-AAA", "R999999"]))
    if kind == "reqid":
        return _code(r, "req_XXXXXXXXXXXX").lower()
    if kind == "imo":
        return _code(r, "IMO 9999999")
    if kind == "module":
        return r.choice(["CS", "ECON", "LAW", "HIST", "MATH", "BIOL", "PSYC", "MGT"]) + _code(
            r, "9999"
        )
    if kind == "grade":
        return r.choice(["2:1", "First", "B+", "A-", "Merit", "Distinction", "68%", "3.7 GPA"])
    if kind == "costcentre":
        return _code(r, "CC-9999")
    if kind == "year":
        return str(r.randint(1998, 2025))
    if kind == "errcode":
        return r.choice(
            [
                "ERR_CONN_RESET",
                "E_TIMEOUT",
                "0x80070005",
                "ECONNREFUSED",
                "SQLSTATE 40001",
                "HTTP 503",
                "ORA-00942",
                "EACCES",
            ]
        )
    if kind == "pid":
        return str(r.randint(1200, 65000))
    if kind == "size":
        return f"{r.randint(1, 980)} {r.choice(['KB', 'MB', 'GB'])}"
    if kind == "tail":
        return r.choice(["G-EZTH", "D-AIMC", "EI-FXK", "VH-VYF", "ZK-NZE", "9V-SMF", "N27015"])
    if kind == "lot":
        return _code(r, "LOT 9999A")
    if kind == "serial":
        return _code(r, "SN9999XX9999")
    if kind == "sortcode":
        return _code(r, "99-99-99")
    if kind == "temp":
        return f"{r.randint(2, 38)}°C"
    if kind == "mileage":
        return f"{r.randint(1, 180):,},{r.randint(100, 999)} km"
    raise KeyError(kind)


KINDS = (
    "order booking flight tracking invoice date dateiso dateus ts time month day price amount pct "
    "version vversion hash sha uuid sku isbn doi room seat part port hex ticket inc claim policy "
    "case awb container hs gate iata build pr qty weight duration ref reqid imo module grade "
    "costcentre year errcode pid size tail lot serial sortcode temp mileage mins ms secs hours "
    "days window between age weeknum last4"
).split() + list(NAMED)
