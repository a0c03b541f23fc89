"""Templates of `train_s`: the parser and the registry of every shape's templates.

Templates are written in the `train_s_tpl_*` modules as text blocks. A block starts with a
header line `=== <shape> <clean|personal> <lang>` and holds one template (every line up to the
next header); a header that ends in ` lines` holds one template a line instead, and `\\n`
inside such a line is a line break. The language is the template's (`en`, `es`, `de` ...), or
`en>*` for an English instruction around text pasted in another language, or `xx>en` for an
instruction in language xx around English text.

Slots, written `[[slot]]`:

* people: `P`, `Q`, `R` (three different people), alone (a form picked at random) or with a
  form: `.full`, `.first`, `.last`, `.title` (the title outside the span), `.init` ("G.
  Baker"), `.lf` ("Baker, Grace"), `.poss` (the "'s" outside the span), `.sig` (a signature),
  `.handle` (an @-mention: no span), `.email`, `.url` (a profile URL: no span);
* places: `L` (a city, region or country, LOCATION gold), `ADDR` (a street address);
* personal values: `EMAIL` (P's), `PHONE`, `CARD`, `IBAN`, `IP`, `SSN`, `ACCT`;
* non-person uses of the ambiguous words: `T` (a noun phrase), `C` (a clause), `F` (a food or
  drink), `S` and `SN` (a clause or noun phrase in the pasted text's language), each with a
  trailing `^` to capitalise it; `LANG` names the pasted text's language;
* decoys: `ORDER`, `TICKET`, `VER`, `CODE`, `PROD`, `NUM`, `ROOM`, `PCT`, `STAMP` (an ISO
  timestamp), `DATE`, `TIME`, `PRICE`.

A clean template uses no people, places or personal values.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

SLOT_NAMES = frozenset(
    "P Q R L ADDR EMAIL PHONE CARD IBAN IP SSN ACCT T C F S SN LANG "
    "ORDER TICKET VER CODE PROD NUM ROOM PCT STAMP DATE TIME PRICE".split()
)
PERSONAL_SLOTS = re.compile(
    r"\[\[(P|Q|R|L|ADDR|EMAIL|PHONE|CARD|IBAN|IP|SSN|ACCT)(\.[a-z]+)?\^?\]\]"
)


@dataclass(frozen=True)
class Template:
    shape: str
    clean: bool
    lang: str  # the template's language
    src: str  # the pasted text's language: "*" for any, else a language
    text: str


def parse(block: str) -> list[Template]:
    templates: list[Template] = []
    header: list[str] = []
    body: list[str] = []

    def flush() -> None:
        if not header:
            return
        shape, kind, lang = header[:3]
        lang, _, src = lang.partition(">")
        src = src or lang
        if kind not in ("clean", "personal"):
            raise ValueError(f"bad template header {header}")
        texts = (
            [line.replace("\\n", "\n") for line in body if line.strip()]
            if header[3:] == ["lines"]
            else ["\n".join(body).strip("\n")]
        )
        for text in texts:
            templates.append(Template(shape, kind == "clean", lang, src, text))

    for line in block.splitlines():
        if line.startswith("=== "):
            flush()
            header, body = line[4:].split(), []
        else:
            body.append(line)
    flush()
    return templates


@functools.cache
def templates() -> tuple[Template, ...]:
    from appliance.testing.pii_corpus import (
        train_s_tpl_data,
        train_s_tpl_life,
        train_s_tpl_paste,
        train_s_tpl_talk,
        train_s_tpl_work,
    )

    found: list[Template] = []
    for module in (
        train_s_tpl_talk,
        train_s_tpl_work,
        train_s_tpl_data,
        train_s_tpl_life,
        train_s_tpl_paste,
    ):
        found.extend(parse(module.BLOCK))
    return tuple(found)


@functools.cache
def by_shape() -> dict[tuple[str, bool], tuple[Template, ...]]:
    table: dict[tuple[str, bool], list[Template]] = {}
    for t in templates():
        table.setdefault((t.shape, t.clean), []).append(t)
    return {key: tuple(value) for key, value in table.items()}


def shapes() -> tuple[str, ...]:
    return tuple(sorted({t.shape for t in templates()}))
