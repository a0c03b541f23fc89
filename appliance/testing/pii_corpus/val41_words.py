"""Whole-word matching for val41: how a text is cut into words, and which words of a name
or a place are left out when names and places are looked for (particles such as "van",
"de", "al", and the generic words of a street address such as "Road", "rue", "ul").

Words are compared without case (`str.casefold`). A word is a run of letters, digits,
underscores and the combining marks of the scripts the part uses, so "aokafor7" and
"okafor_a" are one word each and neither is the word "okafor".
"""

from __future__ import annotations

import re

WORD_RE = re.compile(
    r"[\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    r"\u06d6-\u06ed\u0900-\u0dff\u0e00-\u0e7f\u1200-\u139f\u10a0-\u10ff]+"
)

NAME_PARTICLES = frozenset(
    """van der den de del della dei di da das dos do du des la le lo las los von zu am im
    ten ter al el bin binti bint ibn ben abu y e af av st ní nic mac""".split()
)

ADDRESS_WORDS = frozenset(
    """street road lane drive avenue close way court crescent terrace place row square
    gate gata gatan gade vej katu straße strasse weg gasse platz allee rue boulevard
    impasse allée chemin quai calle avenida plaza paseo camino rua travessa largo via
    vicolo corso piazza ul ulice náměstí caddesi sokak cd sk flat apt unit suite no
    nagar marg col colonia utca strada odos bairro barrio đường jalan lorong derb pasaje
    mt wa mn tx nc az nb bc sk qc pe pr am sc oax yuc pue qro vic qld tas""".split()
)

PARTICLES = NAME_PARTICLES | ADDRESS_WORDS


def words(text: str) -> list[str]:
    """The words of a text, case folded, in order (repeats kept)."""
    return [w.casefold() for w in WORD_RE.findall(text)]


def spans_of_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, case-folded word) for each word of a text."""
    return [(m.start(), m.end(), m.group().casefold()) for m in WORD_RE.finditer(text)]


def key_words(value: str) -> set[str]:
    """The words of a name or place that must be found and labelled wherever they occur:
    its words less particles, single letters and anything with a digit in it."""
    return {
        w
        for w in words(value)
        if len(w) > 1 and w not in PARTICLES and not any(ch.isdigit() for ch in w)
    }


URL_OR_EMAIL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+"
)


def url_or_email_spans(text: str) -> list[tuple[int, int]]:
    """Where URLs and e-mail addresses lie in a text: names inside them are no spans."""
    return [(m.start(), m.end()) for m in URL_OR_EMAIL_RE.finditer(text)]
