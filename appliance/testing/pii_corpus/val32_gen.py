"""The template language and renderer of val32.

A template is text with slots in double square brackets:

* `[[p1]]`, `[[p1.first]]`, `[[p2/japanese.lf]]`: a person (PERSON span) in a form: full,
  first, last, nick, init ("J. Nakamura"), lf ("Nakamura, Jun"), bib ("Nakamura, J."),
  LAST ("NAKAMURA"), caps, LASTfirst ("NAKAMURA Jun"), lower, lfirst, lnick; `/culture`
  picks the culture on the slot's first use. Forms that are not spans: title ("Mr"/"Ms"),
  title_de, title_fr, title_es, title_it, title_pt, title_nl, handle ("jnakamura"), slug
  ("jun-nakamura", only inside URLs). `[[p1.email]]` / `[[p1.email@firm.example]]`: the
  person's e-mail address (EMAIL_ADDRESS span).
* `[[city1]]` (+ `.country`, the city's country), `[[region1]]`, `[[country1]]`,
  `[[addr1/GB]]` (+ `.street`, `.city`, `.country`, `.lines`; `.postcode` is no span):
  places (LOCATION spans); `.lower`/`.caps`.
* `[[phone1/JP.intl]]`, `[[email1]]`, `[[role1.bookings@hotel.example]]`,
  `[[card1.amex]]`, `[[iban1/DE.compact]]`, `[[ip1]]`, `[[ip1.v6]]`, `[[ssn1]]`,
  `[[acct1.uk]]`: structured values (spans).
* `[[!LOC:Zermatt]]`, `[[!EMAIL:info@x.example]]`: a literal span.
* `[[order1]]`, `[[date2]]`, `[[sku1]]` ...: decoys (val32_values.DECOY_KINDS), never spans.
  Dates and subtitle timecodes follow their numbers (date2 after date1); a date's form is
  "0" to "4", "ics" or "git"; a price's "s", "m" or "l"; a time's "24".

The same slot (kind and number) names the same value wherever it appears in a template.
Lines ending in a backslash are joined to the next with one space. A voice template is
lower-cased outside its slots, and its names and places are written in lower case.
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Prompt, compose
from appliance.testing.pii_corpus import val32_names as names
from appliance.testing.pii_corpus import val32_places as places
from appliance.testing.pii_corpus import val32_values as values


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    domain: str
    text: str
    lang: str = "en"


def t(id: str, shape: str, domain: str, text: str, lang: str = "en") -> Template:
    body = textwrap.dedent(text).strip("\n")
    body = re.sub(r"[ \t]*\\\n[ \t]*", " ", body)
    if shape == "voice":  # dictation: no capitals outside the slots
        pieces = re.split(r"(\[\[.*?\]\])", body)
        body = "".join(p if p.startswith("[[") else p.lower() for p in pieces)
    return Template(id, shape, domain, body, lang)


SLOT = re.compile(
    r"\[\[(?:!(?P<lit>[A-Z]+):(?P<val>[^\]]+)"
    r"|(?P<kind>[a-z]+?)(?P<num>\d*)(?:/(?P<arg>[A-Za-z_]+))?"
    r"(?:\.(?P<form>[A-Za-z0-9_]+))?(?:@(?P<dom>[A-Za-z0-9.\-]+))?)\]\]"
)

LITERAL = {"PER": "PERSON", "LOC": "LOCATION", "EMAIL": "EMAIL_ADDRESS"}
SPAN_KINDS = {"p", "city", "region", "country", "addr", "phone", "email", "role", "card",
              "iban", "ip", "ssn", "acct"}  # fmt: skip
PERSON_NONSPAN = {"title", "title_de", "title_fr", "title_es", "title_it", "title_pt",
                  "title_nl", "handle", "slug"}  # fmt: skip
TITLES = {
    "title": ("Mr", "Ms"),
    "title_de": ("Herr", "Frau"),
    "title_fr": ("M.", "Mme"),
    "title_es": ("Sr.", "Sra."),
    "title_it": ("Sig.", "Sig.ra"),
    "title_pt": ("Sr.", "Sra."),
    "title_nl": ("dhr.", "mevr."),
}

# Where a culture's people most often have their phone numbers.
CULTURE_REGION = {
    "english": "GB", "american": "US", "irish": "IE", "scottish": "GB", "welsh": "GB",
    "french": "FR", "german": "DE", "austrian": "AT", "swiss": "CH", "dutch": "NL",
    "flemish": "BE", "spanish": "ES", "catalan": "ES", "basque": "ES", "portuguese": "PT",
    "brazilian": "BR", "italian": "IT", "greek": "GR", "polish": "PL", "czech": "CZ",
    "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "turkish": "TR",
    "israeli": "IL", "gulf_arabic": "AE", "egyptian": "EG", "maghrebi": "MA",
    "yoruba": "NG", "igbo": "NG", "hausa": "NG", "akan": "GH", "kikuyu": "KE",
    "kalenjin": "KE", "swahili": "KE", "zulu": "ZA", "xhosa": "ZA", "sotho": "ZA",
    "afrikaans": "ZA", "hindi": "IN", "tamil": "IN", "telugu": "IN", "bengali": "BD",
    "punjabi": "IN", "marathi": "IN", "gujarati": "IN", "malayalam": "IN", "kannada": "IN",
    "pakistani": "PK", "sinhala": "LK", "mandarin": "CN", "cantonese": "HK",
    "taiwanese": "TW", "japanese": "JP", "korean": "KR", "vietnamese": "VN", "thai": "TH",
    "filipino": "PH", "indonesian": "ID", "malay": "MY", "maori": "NZ", "yolngu": "AU",
    "central_desert": "AU", "mexican": "MX", "colombian": "CO", "chilean": "CL",
    "peruvian": "PE", "quechua": "PE", "mapuche": "CL", "argentinian": "AR",
    "caribbean": "JM", "inuit": "CA", "anishinaabe": "CA", "dine": "US", "hawaiian": "US",
}  # fmt: skip


# ------------------------------------------------------------------------------ people


@dataclass(frozen=True)
class Culture:
    key: str
    order: str
    male: tuple[tuple[str, str | None], ...]
    female: tuple[tuple[str, str | None], ...]
    family: tuple[tuple[str, str], ...]


def _given(text: str) -> tuple[tuple[str, str | None], ...]:
    out = []
    for entry in names.split_list(text):
        m = re.fullmatch(r"(.+?)(?:\((.+)\))?", entry)
        assert m
        out.append((m.group(1).strip(), m.group(2)))
    return tuple(out)


def _cultures() -> dict[str, Culture]:
    out = {}
    for key, (order, given, family) in names.CULTURES.items():
        male, _, female = given.partition("|")
        fam = []
        for entry in names.split_list(family):
            m, _, f = entry.partition("/")
            fam.append((m, f or m))
        out[key] = Culture(key, order, _given(male), _given(female), tuple(fam))
    word_fam = tuple((f, f) for f in names.split_list(names.WORD_FAMILIES))
    male = tuple((g, None) for g, s in names.WORD_NAMES.items() if s == "m")
    female = tuple((g, None) for g, s in names.WORD_NAMES.items() if s == "f")
    out["word"] = Culture("word", "gf", male, female, word_fam)
    return out


CULTURE = _cultures()
CULTURE_KEYS = tuple(k for k in CULTURE if k != "word")


@dataclass(frozen=True)
class Person:
    culture: str
    order: str
    female: bool
    given: str
    family: str
    nick: str | None

    @property
    def full(self) -> str:
        if self.order == "mono":
            return self.given
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def first(self) -> str:
        if self.culture == "vietnamese":
            return self.given.split()[-1]
        return self.given

    @property
    def last(self) -> str:
        # Burmese names have no family name; Malay people are addressed by given name.
        return self.given if self.order == "mono" or self.culture == "malay" else self.family

    @property
    def initials(self) -> str:
        parts = []
        for word in self.given.split():
            parts.append("-".join(f"{piece[0]}." for piece in word.split("-")))
        return " ".join(parts)

    def words(self) -> set[str]:
        return set(re.findall(r"\w+", f"{self.given} {self.family} {self.nick or ''}"))


def draw_person(rng: random.Random, culture: str | None, used: set[str]) -> Person:
    for _ in range(40):
        key = culture
        if key is None:
            key = "word" if rng.random() < 0.05 else rng.choice(CULTURE_KEYS)
        c = CULTURE[key]
        female = rng.random() < 0.5
        given, nick = rng.choice(c.female if female else c.male)
        if c.order == "mono":
            person = Person(key, "mono", female, given, "", nick)
        else:
            m, f = rng.choice(c.family)
            person = Person(key, c.order, female, given, f if female else m, nick)
        if person.full not in used:
            used.add(person.full)
            return person
    return person


def person_value(
    p: Person, form: str, rng: random.Random, dom: str | None
) -> tuple[str | None, str]:
    """(entity or None, text) of a person slot in a form."""
    if form in TITLES:
        return None, TITLES[form][1 if p.female else 0]
    fold = values.ascii_fold
    if form == "handle":
        g = fold(p.first).lower().replace(" ", "").replace("-", "")
        f = fold(p.last).lower().replace(" ", "").replace("-", "").replace("'", "")
        return None, (g[0] + f if p.order != "mono" else g) + rng.choice(["", "", "2", "_", "86"])
    if form == "slug":
        return None, fold(p.full).lower().replace(" ", "-").replace("'", "")
    if form == "email":
        parts = p.given.split()
        given, family = (parts[0], parts[-1]) if p.order == "mono" else (p.first, p.family)
        local = values.email_local(rng, given, family.split()[-1], work=dom is not None)
        return "EMAIL_ADDRESS", f"{local}@{dom or rng.choice(values.PERSONAL_DOMAINS)}"
    mono = p.order == "mono"
    text = {
        "full": p.full,
        "first": p.first,
        "last": p.last,
        "nick": p.nick or p.first,
        "init": p.full if mono else f"{p.initials} {p.family}",
        "lf": p.full if mono else f"{p.family}, {p.given}",
        "bib": p.full if mono else f"{p.family}, {p.initials}",
        "LAST": p.last.upper(),
        "caps": p.full.upper(),
        "LASTfirst": p.full.upper() if mono else f"{p.family.upper()} {p.given}",
        "lower": p.full.lower(),
        "lfirst": p.first.lower(),
        "lnick": (p.nick or p.first).lower(),
    }[form]
    return "PERSON", text


# ------------------------------------------------------------------------------ checks

URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>)\]]+")
EMAILISH = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")


def name_words(text: str, place: bool = False) -> set[str]:
    out = set()
    for word in re.findall(r"\w+", text):
        low = word.lower()
        if len(word) <= 2 or low in names.PARTICLES or (place and low in places.GENERIC):
            continue
        out.add(word)
    return out


def _pool() -> tuple[set[str], set[str]]:
    """Words of every name and place the part can plant (word-names aside), and whole
    place names whose words are all generic ("Cape Town" has none of its own)."""
    words: set[str] = set()
    for c in CULTURE.values():
        if c.key == "word":
            words |= name_words(names.WORD_FAMILIES)
            continue
        for given, nick in c.male + c.female:
            words |= name_words(f"{given} {nick or ''}")
        for m, f in c.family:
            words |= name_words(f"{m} {f}")
    whole = set()
    place_names = [name for name, _ in places.ALL_CITIES]
    place_names += places.split(places.REGIONS) + places.split(places.COUNTRIES)
    place_names += list(places.COUNTRY_NAME.values())
    for name in place_names:
        own = name_words(name, place=True)
        words |= own
        if not own:
            whole.add(name)
    return words, whole


POOL_WORDS, POOL_WHOLE = _pool()


def add_literals(templates: list[Template]) -> None:
    """Add the words of literal LOCATION/PERSON spans to the pool."""
    global POOL_RE
    for tpl in templates:
        for m in SLOT.finditer(tpl.text):
            if m.group("lit") in ("LOC", "PER"):
                POOL_WORDS.update(name_words(m.group("val"), place=True))
    POOL_RE = _words_re(POOL_WORDS | POOL_WHOLE)


def _words_re(words: set[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


POOL_RE = _words_re(POOL_WORDS | POOL_WHOLE)


def allowed_regions(prompt: Prompt) -> list[tuple[int, int]]:
    spans = [(g.start, g.end) for g in prompt.gold]
    spans += [m.span() for m in URL.finditer(prompt.text)]
    spans += [m.span() for m in EMAILISH.finditer(prompt.text)]
    return spans


def stray(prompt: Prompt, pattern: re.Pattern[str]) -> list[str]:
    """Matches of a pattern that lie outside every gold span, URL and e-mail address."""
    regions = allowed_regions(prompt)
    out = []
    for m in pattern.finditer(prompt.text):
        if not any(a <= m.start() and m.end() <= b for a, b in regions):
            out.append(m.group())
    return out


def check_prompt(prompt: Prompt) -> list[str]:
    """Problems of a rendered prompt: pool words outside spans; for a personal prompt, a
    word of a name or place planted in it found again outside the spans."""
    problems = [f"pool word {w!r}" for w in stray(prompt, POOL_RE)]
    if "[[" in prompt.text or "]]" in prompt.text:
        problems.append("placeholder left")
    if prompt.clean:
        if EMAILISH.search(prompt.text):
            problems.append("e-mail address in a clean prompt")
        return problems
    planted: set[str] = set()
    for g in prompt.gold:
        if g.entity in ("PERSON", "LOCATION"):
            planted |= name_words(prompt.text[g.start : g.end], place=g.entity == "LOCATION")
    if planted:
        problems += [
            f"planted word {w!r} outside a span" for w in stray(prompt, _words_re(planted))
        ]
    return problems


# ---------------------------------------------------------------------------- renderer


@dataclass
class Rendered:
    prompt: Prompt
    cultures: set[str] = field(default_factory=set)
    phones: dict[str, str] = field(default_factory=dict)


@dataclass
class Renderer:
    used_names: set[str] = field(default_factory=set)

    def render(self, pid: str, tpl: Template, seed: str) -> Rendered:
        rng = random.Random(seed)
        problems: list[str] = []
        for _ in range(60):
            out = self._once(pid, tpl, rng)
            problems = check_prompt(out.prompt)
            if not problems:
                return out
        raise ValueError(f"{pid} ({tpl.id}): {sorted(set(problems))[:6]}")

    def _once(self, pid: str, tpl: Template, rng: random.Random) -> Rendered:
        matches = list(SLOT.finditer(tpl.text))
        people: dict[str, Person] = {}
        taken: set[str] = set()
        for m in matches:  # people first, so that phones can follow their culture
            if m.group("kind") == "p":
                key = "p" + m.group("num")
                if key in people:
                    continue
                for _ in range(30):
                    person = draw_person(rng, m.group("arg"), self.used_names)
                    if not (person.words() & taken):
                        break
                people[key] = person
                taken |= person.words()
        cache: dict[str, object] = {}
        pieces: list[str | tuple[str, str]] = []
        rendered = Rendered(Prompt(pid, "", (), tpl.shape))
        voice = tpl.shape == "voice"
        pos = 0
        for m in matches:
            pieces.append(tpl.text[pos : m.start()])
            pos = m.end()
            entity, text = self._slot(m, tpl, rng, people, cache, rendered, voice)
            if entity in ("PERSON", "LOCATION") and voice:
                text = text.lower()
            pieces.append((entity, text) if entity else text)
        pieces.append(tpl.text[pos:])
        pieces = [p for p in pieces if p != ""]
        prompt = compose(pid, tpl.shape, pieces)
        rendered.prompt = prompt
        return rendered

    def _slot(self, m, tpl, rng, people, cache, rendered, voice):  # noqa: ANN001, ANN202
        if m.group("lit"):
            return LITERAL[m.group("lit")], m.group("val")
        kind, num, arg = m.group("kind"), m.group("num"), m.group("arg")
        form, dom = m.group("form"), m.group("dom")
        key = kind + num
        if kind == "p":
            if form in ("email", "handle"):
                ckey = f"{key}.{form}@{dom}"
                if ckey not in cache:
                    cache[ckey] = person_value(people[key], form, rng, dom)
                return cache[ckey]
            value = person_value(people[key], form or "full", rng, dom)
            if value[0] == "PERSON":
                rendered.cultures.add(people[key].culture)
            return value
        if kind in ("date", "tc"):
            ckey = f"{key}.{form}"
            if ckey not in cache:
                n = int(num or 1)
                if kind == "date":
                    base = cache.setdefault("_date", values.date_value(rng, 0))
                    step = (n - 1) * 9 + rng.randint(0, 5)
                    day = cache.setdefault(f"_{key}", base + values.datetime.timedelta(days=step))
                    text = values.date_text(rng, day, form)
                    if form == "git":
                        text = text.replace("{time}", values.decoy(rng, "time", "24") + ":07")
                    cache[ckey] = text
                else:
                    base = cache.setdefault("_tc", rng.randint(60_000, 4_800_000))
                    ms = cache.setdefault(f"_{key}", base + (n - 1) * 2600 + rng.randint(0, 900))
                    cache[ckey] = values.tc_text(ms)
            return None, cache[ckey]
        if kind in values.DECOY_KINDS:
            ckey = f"{key}.{form}"
            if ckey not in cache:
                cache[ckey] = values.decoy(rng, kind, form)
            return None, cache[ckey]
        if kind in ("city", "region", "country", "addr"):
            if key not in cache:
                if kind == "city":
                    pool = [c for c in places.ALL_CITIES if arg is None or c[1] == arg]
                    name, cc = rng.choice(pool)
                    cache[key] = {"full": name, "country": places.COUNTRY_NAME.get(cc, "")}
                elif kind == "region":
                    cache[key] = {"full": rng.choice(places.split(places.REGIONS))}
                elif kind == "country":
                    cache[key] = {"full": rng.choice(places.split(places.COUNTRIES))}
                else:
                    cc = arg or rng.choice(places.ADDRESS_COUNTRIES)
                    cache[key] = places.address(rng, cc)
            parts = cache[key]
            if form == "postcode":
                return None, parts["postcode"]
            if form == "lines":
                text = parts["full"].replace(", ", "\n", 1)
            elif form in ("street", "city", "country"):
                text = parts[form]
            else:
                text = parts["full"]
            if form == "lower":
                text = text.lower()
            elif form == "caps":
                text = text.upper()
            return "LOCATION", text
        if kind == "phone":
            if key not in cache:
                region = arg
                if region is None and people and rng.random() < 0.5:
                    first = people[sorted(people)[0]]
                    region = CULTURE_REGION.get(first.culture)
                region = region or rng.choice(values.PHONE_REGIONS)
                ph_form = form or ("voice" if voice else None)
                text = values.phone(rng, region, ph_form)
                cache[key] = text
                rendered.phones[text] = region
            return "PHONE_NUMBER", cache[key]
        if kind == "ip":
            key += form or ""
        if key in cache:
            return cache[key]
        if kind == "email":
            p = draw_person(rng, None, set())
            local = values.email_local(rng, p.first.split()[0], (p.last or p.first).split()[-1])
            value = ("EMAIL_ADDRESS", f"{local}@{dom or rng.choice(values.PERSONAL_DOMAINS)}")
        elif kind == "role":
            local = form or rng.choice(["info", "bookings", "support", "hello", "accounts"])
            value = ("EMAIL_ADDRESS", f"{local.replace('_', '.')}@{dom or 'example.com'}")
        elif kind == "card":
            value = ("CREDIT_CARD", values.card(rng, form))
        elif kind == "iban":
            spaced = {"compact": False, "spaced": True}.get(form or "")
            value = ("IBAN_CODE", values.iban(rng, arg, spaced))
        elif kind == "ip":
            value = ("IP_ADDRESS", values.ipv6(rng) if form == "v6" else values.ipv4(rng))
        elif kind == "ssn":
            value = ("US_SSN", values.ssn(rng))
        elif kind == "acct":
            value = ("ACCOUNT_NUMBER", values.account(rng, form))
        else:
            raise KeyError(f"{tpl.id}: unknown slot {m.group()}")
        cache[key] = value
        return value


def slots(tpl: Template) -> list[re.Match[str]]:
    return list(SLOT.finditer(tpl.text))


def has_spans(tpl: Template) -> bool:
    for m in slots(tpl):
        if m.group("lit"):
            return True
        kind, form = m.group("kind"), m.group("form")
        if kind in SPAN_KINDS and not (kind == "p" and form in PERSON_NONSPAN):
            if not (kind == "addr" and form == "postcode"):
                return True
    return False
