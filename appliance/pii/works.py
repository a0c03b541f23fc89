"""Works and workouts named like people, which the NER model takes for people.

* A title in quotes in a text about music, film, books or broadcasting: a song, an album, a
  film or an episode ("lyrics delay on "Roxanne"", "Next up, "Gloria" on your 103.7 FM",
  "Remaster of "Hey Jude (1968 live)""). A name in quotes that is a field's value
  (`"artist": "Ana Lima"`, `name="Ana"`), a name that "as" or "called" announces
  (`writing as "Nacho"`), a nickname inside a name (`Robert "Bobby"
  Okafor`) or a full name ("Giménez, Julieta", "Julieta Giménez": a known given and a known
  family name) is none: only a quoted title of a few words in prose.
* Benchmark workouts named after people in a text about training: "How should a beginner
  scale Murph?", "| Fran | 21-15-9 thrusters |" (CrossFit's "girls" and hero workouts),
  where the text speaks of training in two or more of its words (reps, rounds, pull-ups,
  AMRAP ...). "Helen" in a class's SMS with no such words stays a name.
* Malware and threat actors named like people or gods in a text about security incidents
  (two or more of its words: hashes, loaders, TTPs ...): "Is it worth checking for Lazarus
  overlap?", "Conti", "Vidar".
* A script's, subtitles' or their translation's characters known by a title and one name
  ("Inspector Garnet, you're late.", "MISS PEMBLE:"), where the text is one (gettext's
  msgid, TTML, SRT timings, stage directions, scene headings, continuity notes, cues).
"""

from __future__ import annotations

import functools
import re

# Words of a text about music, film, books and broadcasting.
_MEDIA = re.compile(
    r"(?i)(?<![\w.@/-])(?:songs?|tracks?|singles?|albums?|eps?|lyrics|karaoke|playlists?|set[ -]?lists?"
    r"|episodes?|podcasts?|radio|fm|films?|movies?|novels?|musicals?|operas?|ballets?|covers?"
    r"|remix(?:es)?|remaster(?:ed|s)?|chorus|verses?|bpm|on air|next up|isrc|mp3"
    r"|poems?|paintings?|sitcom|series|soundtrack|listening|airplay|dj|streams?|streaming"
    r"|royalt(?:y|ies)|artists?|performs?|band|gigs?|concerts?|tour|stage name)(?![\w@/-])"
)  # not inside an address: "fastmail.fm"
# A short title in quotes on one line: "Roxanne", 'Hey Jude (1968 live)', “Layla”.
_QUOTED = re.compile(r"""(["“'‘])([^"“”'‘’\n]{1,60}?)(["”'’])""")
_QUOTE_PAIRS = {'"': '"', "“": "”", "'": "'", "‘": "’"}
# Before an opening quote: a field's key, a list's item or an assignment ("artist": "...",
# ["Ana", "Bo"], name=...), or what says a name follows (`writing as "Nacho"`).
_VALUE_BEFORE = re.compile(
    r"""(?:["']\s*[:=,]|[=(\[{]|(?<![\w-])[a-z_][\w-]*\s*:)\s*\Z"""  # `city: "Auckland"`
    r"""|\b(?:as|aka|a\.k\.a\.|called|named|nicknamed|alias|(?:pen|stage)[ \t]+name|pseudonym"""
    r"""|goes[ \t]+by)\s*:?\s*\Z"""  # a pen name: `writing as`, `stage name`
)
# After a closing quote: a key's separator (`"Roxanne": ...`).
_KEY_AFTER = re.compile(r"\s*[:=]")
# After a closing single quote: the next value of a program's list or call.
_CODE_VALUE_AFTER = re.compile(r"\s*[,)\]}]")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]+[ \t]\Z")
_CAPITAL_WORD_AFTER = re.compile(r"[ \t][A-Z]")


def quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a short title in quotes, in prose, in a text
    about music, film, books or broadcasting."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for m in _QUOTED.finditer(text, line_start, line_end):
        if m.start(2) > start:
            break
        if m.end(2) < end or _QUOTE_PAIRS[m.group(1)] != m.group(3):
            continue
        if m.group(1) in "'‘" and m.start() > 0 and text[m.start() - 1].isalnum():
            continue  # an apostrophe ("O'Neill"), not a quote
        title = m.group(2)
        if not title[:1].isupper() or len(title.split()) > 6:
            continue
        if "," in title or _full_name(title):
            return False  # "Giménez, Julieta", "Julieta Giménez": the credits' people
        before = text[max(0, m.start() - 30) : m.start()]
        if _VALUE_BEFORE.search(before) or _KEY_AFTER.match(text, m.end()) or (
            m.group(1) == "'" and _CODE_VALUE_AFTER.match(text, m.end())
        ):
            return False  # `"artist": "Ana Lima"`, `VALUES (DEFAULT, 'OWUSU Kwame', ...)`: a
            # field's or a program's value
        if _CAPITAL_WORD_BEFORE.search(before) and _CAPITAL_WORD_AFTER.match(text, m.end()):
            return False  # `Robert "Bobby" Okafor`: a nickname inside a name
        return bool(_MEDIA.search(text))
    return False


def _full_name(title: str) -> bool:
    """Whether `title` is a known given name then a known family name ("Julieta Giménez")."""
    from appliance.pii.known_names import folded, known_names

    words = title.split()
    if len(words) not in (2, 3):
        return False
    given, family = known_names()
    return folded(words[0].lower()) in given and folded(words[-1].lower()) in family


# Workouts named after people: CrossFit's benchmark "girls" and some of its hero workouts.
BENCHMARK_WORKOUTS = frozenset({
    "Amanda", "Angie", "Annie", "Barbara", "Chelsea", "Cindy", "Diane", "Elizabeth", "Eva",
    "Fran", "Grace", "Helen", "Isabel", "Jackie", "Karen", "Kelly", "Linda", "Lynne", "Mary",
    "Nancy", "Nicole", "Murph", "DT", "JT", "Michael", "Badger", "Randy", "Nate", "Daniel",
    "Josh", "Jason", "Joshie", "Griff", "Ryan", "Erin", "Holleyman", "Whitten", "Bull",
})  # fmt: skip
# Words of a text about training; two different ones make it one.
_TRAINING = re.compile(
    r"(?i)\b(?:wods?|amrap|emom|rx'?d|rx|thrusters?|pull[ -]?ups?|push[ -]?ups?|burpees?"
    r"|squats?|sit[ -]?ups?|kettlebells?|kb|box jumps?|wall[ -]?balls?|deadlifts?|snatch(?:es)?"
    r"|clean and jerk|double[ -]unders|muscle[ -]ups?|rounds|reps|scaled?|scaling|crossfit"
    r"|workouts?|time cap|weight(?:ed)? vest|vest|rowing|benchmark)\b"
)


def _named_in(text: str, value: str, names: frozenset[str], words: re.Pattern[str]) -> bool:
    """Whether `value` is one of `names` in a text that holds two different `words`."""
    from appliance.pii.namesakes import two_words

    return value in names and two_words(text, words)


def named_workout(text: str, value: str) -> bool:
    """Whether `value` is a benchmark workout named after a person, in a text about
    training."""
    return _named_in(text, value, BENCHMARK_WORKOUTS, _TRAINING)


# Malware and threat actors named like people or gods ("Lazarus", "Conti", "Vidar", "Akira").
MALWARE = frozenset({
    "Lazarus", "Kimsuky", "Andariel", "Turla", "Sandworm", "Gamaredon", "Carbanak", "Conti",
    "Ryuk", "Maze", "Emotet", "Dridex", "Qakbot", "Petya", "Babuk", "Akira", "Rhysida",
    "Medusa", "Clop", "Vidar", "Raccoon", "Ursnif", "Zeus", "Sodinokibi", "Darkside",
    "Lapsus", "Nobelium", "Hafnium", "Kraken", "Ramnit", "Gozi", "Loki", "Agent Tesla",
    "Remcos", "Valak", "Zloader", "Hancitor", "Bumblebee", "Pikabot", "Lumma", "Raspberry Robin",
})  # fmt: skip
# Words of a text about security incidents; two different ones make it one.
_SECURITY = re.compile(
    r"(?i)\b(?:malware|ransomware|loaders?|botnet|c2|ioc|iocs|ttps?|apt\d*|threat actors?"
    r"|phishing|payloads?|hash(?:es)?|sha256|md5|edr|siem|mitre|att&ck|t1\d{3}(?:\.\d{3})?"
    r"|exploit|cve-\d{4}-\d+|lateral movement|exfiltration|beacon|yara|sandbox|infostealer"
    r"|stealer|trojan|dropper|incident)\b"
)


def named_malware(text: str, value: str) -> bool:
    """Whether `value` is malware or a threat actor named like a person, in a text about
    security incidents."""
    return _named_in(text, value, MALWARE, _SECURITY)


# Marks of a script, subtitles or their translation: gettext's msgid, TTML, SRT timings, a
# stage direction, a scene heading; or two of its words (a continuity note, subtitle cues:
# since the twenty-ninth round one is not enough, "takes its cue from the Guggenheim").
_SCRIPT = re.compile(
    r"\bmsgid\b|\bmsgstr\b|ns/ttml|-->|^\[[a-z][a-z ]{2,30}\]$|\b(?:INT|EXT)\.[ \t]", re.M
)
_SCRIPT_WORDS = re.compile(
    r"(?i)\b(?:continuity|subtitles?|cues?|dubbing|dubbed|screenplay|scenes?|script|episodes?"
    r"|on set|take[ \t]+\d+|sc[ \t]+\d+)\b"
)
# A title a fictional character goes by and one name, no second capitalised name after it:
# "Inspector Garnet", "MISS PEMBLE".
_CHARACTER = re.compile(
    r"\b(?i:inspector|inspektor|detective|sergeant|constable|captain|miss|mister|mrs|mr|ms"
    r"|lady|sir|professor|doctor|dr|nurse|agent|commander|colonel|lord)\.?[ \t]+"
    r"([A-Z][A-Za-z'’-]+)(?![\w'’-])(?![ \t]+[A-Z][a-z])"
)


@functools.lru_cache(maxsize=1)
def script_characters(text: str) -> frozenset[str]:
    """In a script, subtitles or their translation, the one-word names written after a title
    somewhere ("Inspector Garnet", "INSPECTOR GARNET:", "Miss Pemble"): characters, in lower
    case; empty for any other text. Read once for the passes of `analyzer.after_presidio`."""
    if not _SCRIPT.search(text) and len(
        {m.group().lower().rstrip("s0123456789 \t") for m in _SCRIPT_WORDS.finditer(text)}
    ) < 2:
        return frozenset()
    return frozenset(m.group(1).lower() for m in _CHARACTER.finditer(text))
