"""Labelled prompts for measuring how well the PII analyzer finds personal data.

Measured parts, written apart by different authors and generated with fixed seeds, and
generators for training. The first three:

* `appliance.testing.pii_corpus.dev`: the part the recognizers are tuned on.
* `appliance.testing.pii_corpus.val`: a validation part whose errors may be read while
  tuning; no model is trained on it.
* `appliance.testing.pii_corpus.heldout`: a part nobody tunes on: its sentence templates,
  names, domains and formats are its own. Its numbers are reported beside the others, to
  show whether what was tuned carries over.
* `appliance.testing.pii_corpus.train`: `prompts(seed, count)`, as many prompts as a model's
  training needs, with templates, names and decoys of its own (scripts/train_pii_ner.py).

Then val2 to val7 (600-700 prompts each), each written by an author who read no other part
(from val3 on: only this file and `validity.py`), and four more training generators written
the same way, `train_b` to `train_e`. docs/pii.md ("Measured") says which parts' errors were
read and which were trained on.

Each part is a list of `Prompt`s: the text and the gold spans of the personal data planted in
it (`Gold`: start, end, entity). Prompts without gold spans carry no personal data at all
but are full of decoys (order numbers, dates, versions, prices, product codes, capitalised
product names): they measure how often a clean prompt is left untouched.

Gold conventions, shared by every part (the analyzer's entity labels):

* PERSON: a person's name as written (first name alone, full name, with initials), without
  titles ("Dr.") or a possessive "'s".
* LOCATION: a city, region or country, or a street address as one span.
* EMAIL_ADDRESS: the address alone (no "mailto:", no angle brackets).
* PHONE_NUMBER: the whole number as written, with its "+" and country code and brackets,
  without an extension or a "tel:" prefix.
* CREDIT_CARD: the card number as written (Luhn-valid), separators included.
* IBAN_CODE: the IBAN as written (valid check digits), with or without its spaces.
* IP_ADDRESS: an IPv4 or IPv6 address, without a "/prefix" or ":port".
* US_SSN: a valid social security number, as written.
* ACCOUNT_NUMBER: a bank account number where the text says it is one ("account number",
  "acct", "checking account" ...), as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ENTITIES = (
    "PERSON",
    "LOCATION",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "ACCOUNT_NUMBER",
)


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    entity: str


@dataclass(frozen=True)
class Prompt:
    id: str  # "dev-0001", "heldout-0001"
    text: str
    gold: tuple[Gold, ...]
    shape: str  # chat, email, form, json, code, table, log, ...

    @property
    def clean(self) -> bool:
        return not self.gold


Piece = str | tuple[str, str]  # literal text, or (entity, value)


def compose(id: str, shape: str, pieces: Iterable[Piece]) -> Prompt:
    """A prompt from literal strings and (entity, value) pairs, the pairs becoming gold
    spans: compose("dev-7", "chat", ["Call ", ("PERSON", "Ann Lee"), " today."])."""
    text: list[str] = []
    gold: list[Gold] = []
    length = 0
    for piece in pieces:
        if isinstance(piece, tuple):
            entity, value = piece
            if entity not in ENTITIES:
                raise ValueError(f"{id}: unknown entity {entity!r}")
            gold.append(Gold(length, length + len(value), entity))
            piece = value
        text.append(piece)
        length += len(piece)
    prompt = Prompt(id, "".join(text), tuple(gold), shape)
    check([prompt])
    return prompt


def check(prompts: list[Prompt]) -> None:
    """Raise ValueError if a prompt's gold spans are out of range, empty, padded with
    spaces or overlapping, or two prompts share an id."""
    seen: set[str] = set()
    for p in prompts:
        if p.id in seen:
            raise ValueError(f"duplicate prompt id {p.id}")
        seen.add(p.id)
        end = 0
        for g in sorted(p.gold, key=lambda g: g.start):
            value = p.text[g.start : g.end]
            if not 0 <= g.start < g.end <= len(p.text) or value != value.strip():
                raise ValueError(f"{p.id}: bad gold span {g}")
            if g.start < end:
                raise ValueError(f"{p.id}: overlapping gold spans")
            end = g.end
