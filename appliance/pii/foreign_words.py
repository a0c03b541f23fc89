"""Words of other languages that open a letter or name a day, which the NER model takes for
a name in a pasted text: "Szanowni Państwo, nazywam się ...", "Liebe Chormitglieder, die
Probe ...", "Merhaba, ben Mehmet", "Xin chào", "am Samstag", "vào thứ Bảy".

Since the twenty-fourth round also the frequent words of those languages that are no known
name (`foreign_words.txt`): a capitalised one opening a sentence of a pasted paragraph ("Nomor
resi ...", "Tổng tiền €6405.82", "Chega dia ...") is no name where the paragraph is written in
one of them.

A greeting, or the words that introduce oneself ("tôi là", "me llamo"), is cut from the
front of a name it was read into ("Liebe Anna" is "Anna"); a day's or a month's name is no
name at all. Words that are given names somewhere ("Domingo",
"Cara", "Gentile", "Cher") are not listed: a name that starts a greeting stays a name.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

# The languages whose frequent words `foreign_words.txt` lists (scripts/foreign_words.py).
PASTED_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "sv", "pl", "tr", "id", "vi")
FOREIGN_WORDS = Path(__file__).with_name("foreign_words.txt")

# Salutations that open a letter or a message in the languages prompts paste most often.
_GREETINGS = (
    r"liebe|lieber|liebes|sehr[ \t]+geehrte[rs]?|hallo|guten[ \t]+(?:tag|morgen|abend)"
    r"|szanown[iya]|witam|dzień[ \t]+dobry"
    r"|merhaba|sayın[ \t]+yetkili|iyi[ \t]+günler"
    r"|xin[ \t]+chào|chào|kính[ \t]+gửi"
    r"|bonjour|bonsoir|chère|chers|salut"
    r"|hola|estimad[oa]s?|querid[oa]s?|buenos[ \t]+días|buenas[ \t]+tardes"
    r"|olá|prezad[oa]s?|bom[ \t]+dia|boa[ \t]+tarde"
    r"|buongiorno|buonasera|gentilissim[oai]|salve"
    r"|geachte|goedemorgen|goedemiddag"
    r"|hej|hei|kära|käre|god[ \t]+morgon"
    r"|selamat[ \t]+(?:pagi|siang|sore|malam)|yth\.?"
    # and the words that introduce oneself before one's name: "tôi là Hoàng Thị Hương"
    r"|(?:tên[ \t]+)?tôi[ \t]+là|nama[ \t]+saya|ich[ \t]+heiße|je[ \t]+m'appelle|me[ \t]+llamo"
    r"|mi[ \t]+chiamo|nazywam[ \t]+się|benim[ \t]+adım|jag[ \t]+heter"
)
GREETING_FIRST = re.compile(rf"(?i)(?:{_GREETINGS})(?![\w'’-])[ \t]*[,!]?[ \t]*")

# A relative after "my" in the languages prompts paste most often, before the relative's
# name (`appliance.pii.name_shapes` reads the English ones and these): "ma fille Annelies",
# "meine Tochter Lea", "Annem Elif".
FOREIGN_RELATIVES = (
    r"(?:ma|mon)[ \t]+(?:fille|fils|femme|mari|sœur|soeur|frère|frere|mère|mere|père|pere)",
    r"(?:meine?)[ \t]+(?:tochter|sohn|frau|mann|schwester|bruder|mutter|vater)",
    r"(?:mi)[ \t]+(?:hija|hijo|esposa|esposo|hermana|hermano|madre|padre)",
    r"(?:mia|mio)[ \t]+(?:figlia|figlio|moglie|marito|sorella|fratello|madre|padre)",
    # since the twenty-sixth round: nieces, uncles, cousins, friends and neighbours, and the
    # same in Portuguese, Dutch, Swedish and Polish ("ma nièce Khady", "mijn dochter Sanne")
    r"(?:ma|mon)[ \t]+(?:nièce|niece|neveu|tante|oncle|cousine|cousin|petite-fille"
    r"|petit-fils|amie|ami|voisine|voisin|collègue)",
    r"(?:meine?)[ \t]+(?:nichte|neffe|tante|onkel|cousine|enkelin|enkel|freundin|freund"
    r"|kollegin|kollege|nachbarin|nachbar)",
    r"(?:mi)[ \t]+(?:sobrina|sobrino|tía|tia|tío|tio|prima|primo|nieta|nieto|amiga|amigo"
    r"|vecina|vecino)",
    r"(?:mia|mio)[ \t]+(?:nipote|zia|zio|cugina|cugino|amica|amico|vicina|vicino|collega)",
    r"(?:minha|meu)[ \t]+(?:filha|filho|esposa|marido|irmã|irmão|mãe|pai|sobrinha|sobrinho"
    r"|tia|tio|prima|primo|neta|neto|amiga|amigo|vizinha|vizinho)",
    r"mijn[ \t]+(?:dochter|zoon|vrouw|man|zus|broer|moeder|vader|nicht|neef|tante|oom"
    r"|vriendin|vriend|buurvrouw|buurman|collega)",
    r"(?:min|mitt)[ \t]+(?:dotter|son|fru|man|syster|bror|mamma|pappa|kusin|vän|kollega)",
    r"(?:moja|mój|moj)[ \t]+(?:córka|corka|syn|żona|zona|mąż|maz|siostra|brat|mama|tata"
    r"|ciocia|wujek|kuzynka|kuzyn)",
    # since the twenty-ninth round, Turkish: the possessive is the relative's ending ("Annem
    # Elif Öztürk", my mother)
    r"(?:annem|babam|eşim|esim|kızım|kizim|oğlum|oglum|kardeşim|kardesim|ablam|abim|teyzem"
    r"|halam|dayım|amcam|arkadaşım|komşum)",
    # German's articles and possessives before a relative ("der Enkel Mayta")
    r"(?:der|die|den|dem|ihre?[nmr]?|seine?[nmr]?|unsere?[nmr]?)[ \t]+(?:enkelin|enkel|tochter"
    r"|sohn|nichte|neffe|schwester|bruder|mutter|vater|frau|mann)",
)  # fmt: skip
FOREIGN_RELATIVE = re.compile(rf"(?i)(?:{'|'.join(FOREIGN_RELATIVES)}),?[ \t]")


def relative_first(value: str) -> int:
    """How many characters a relative of another language takes at the start of `value`
    ("Annem " of "Annem Elif Öztürk", "ma fille " of "ma fille Annelies"), where a name
    follows it; 0 where none does (since the NER's fifth run, which reads some of them into
    the name)."""
    m = FOREIGN_RELATIVE.match(value)
    return m.end() if m and value[m.end() :].strip() else 0


# "Xin" asks or thanks before these words ("Xin cảm ơn", "Xin vui lòng"); alone it is a name.
_VIETNAMESE_POLITE = re.compile(
    r"(?i)xin(?=[ \t]+(?:chào|cảm[ \t]+ơn|lỗi|vui[ \t]+lòng|mời))"
)

# Days and months of German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Polish,
# Turkish, Indonesian and Vietnamese, less those that are given or family names somewhere
# ("Domingo", "Julio", "Mayo", "Freitag").
CALENDAR_WORDS = frozenset({
    "montag", "dienstag", "mittwoch", "donnerstag", "samstag", "sonnabend",
    "sonntag", "februar", "märz", "oktober", "dezember",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "février", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "enero",
    "febrero", "marzo", "junio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
    "gennaio", "febbraio", "aprile", "giugno", "luglio", "settembre", "ottobre",
    "dicembre", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "janeiro", "fevereiro", "maio", "julho", "setembro", "outubro",
    "novembro", "dezembro", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    "zaterdag", "zondag", "januari", "februari", "maart", "måndag",
    "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "poniedziałek", "wtorek",
    "środa", "czwartek", "piątek", "niedziela", "stycznia", "lutego", "marca",
    "kwietnia", "czerwca", "lipca", "sierpnia", "września", "października",
    "listopada", "grudnia", "pazartesi", "çarşamba", "perşembe", "cumartesi", "pazar",
    "ocak", "şubat", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "ekim",
    "aralık", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    "pebruari", "desember",
})  # fmt: skip
# Vietnamese names its days by number after "thứ" ("thứ Bảy", Saturday), and Sunday "Chủ
# nhật".
_VIETNAMESE_DAY = re.compile(
    r"(?i)(?:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ \t]+nhật)\Z"
)


def greeting_first(value: str) -> int:
    """How many characters of `value` a greeting or a self-introduction of another language
    takes at its start ("Liebe " of "Liebe Anna", "Merhaba, " of "Merhaba, ben", "tôi là "
    of "tôi là Hoàng Thị Hương"); 0 where none does."""
    polite = _VIETNAMESE_POLITE.match(value)
    if polite:
        return len(value) if value[polite.end() :].strip() == "" else polite.end()
    m = GREETING_FIRST.match(value)
    return m.end() if m else 0


def polite_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is "Xin" asking or thanking ("Xin cảm ơn"), not a name."""
    m = _VIETNAMESE_POLITE.match(text, start)
    return m is not None and m.end() == end


def calendar_words(value: str) -> bool:
    """Whether `value` names a day or a month in another language ("Samstag", "thứ Bảy",
    "pada hari Selasa")."""
    words = [w.strip(".,") for w in value.lower().split()]
    days = [w for w in words if w not in _DAY_WORDS]  # "pada hari Selasa": "on (the) day Tuesday"
    return bool(days) and (
        all(w in CALENDAR_WORDS for w in days) or bool(_VIETNAMESE_DAY.match(value))
    )


# Words that stand before a day's name in Indonesian: "pada hari Kamis".
_DAY_WORDS = frozenset({"hari", "pada"})


# What an instruction before a pasted text asks, in the pasted languages ("Traduci in
# inglese questo avviso", "Resuma este aviso"): translate, summarise, reply, extract,
# correct, rewrite, explain.
INSTRUCTION_VERBS = frozenset({
    "traduci", "traduce", "traduza", "traduzca", "traduis", "traduisez", "übersetze",
    "übersetzen", "vertaal", "przetłumacz", "översätt", "çevir", "terjemahkan", "dịch",
    "riassumi", "resume", "resuma", "resumir", "résume", "résumez", "fasse", "zusammenfassen",
    "podsumuj", "sammanfatta", "özetle", "ringkas", "ringkaskan", "tóm tắt", "rispondi",
    "responde", "responda", "réponds", "répondez", "antworte", "beantworte", "antwoord",
    "odpowiedz", "svara", "yanıtla", "cevapla", "balas", "jawab", "trả lời", "estrai",
    "extrae", "extraia", "extrais", "extrayez", "extrahiere", "extraheer", "wyodrębnij",
    "extrahera", "ekstrak", "corrigi", "corrige", "corrigez", "korrigiere", "corrigeer",
    "popraw", "korrigera", "düzelt", "perbaiki", "riscrivi", "reescribe", "reescreva",
    "réécris", "réécrivez", "herschrijf", "przepisz", "spiega", "explica", "explique",
    "expliquez", "erkläre", "wyjaśnij", "förklara", "açıkla", "jelaskan", "giải thích",
})  # fmt: skip


@functools.cache
def frequent_foreign_words() -> frozenset[str]:
    """`foreign_words.txt`: about 58,000 words, read in 13 to 26 ms (5.8 MB)."""
    return frozenset(
        line for line in FOREIGN_WORDS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )


_PROSE_WORD = re.compile(r"(?<![\w@./:'’-])[^\W\d_]{2,}(?![\w@/'’-])")
MIN_FOREIGN_WORDS = 3


def foreign_paragraph(text: str, start: int) -> bool:
    """Whether the paragraph around `start` (between blank lines) holds MIN_FOREIGN_WORDS or
    more frequent words of `PASTED_LANGUAGES` and more than twice as many as English words."""
    from appliance.pii.known_names import english_words
    from appliance.pii.languages import english_stop_words, paragraph_at

    words = [w.lower() for w in _PROSE_WORD.findall(paragraph_at(text, start))]
    vocabulary = frequent_foreign_words()
    foreign = sum(w in vocabulary for w in words)
    english = sum(w in english_words() or w in english_stop_words() for w in words)
    return foreign >= MIN_FOREIGN_WORDS and foreign > 2 * english


def foreign_phrase(text: str, start: int, value: str) -> bool:
    """Whether every word of `value` is a frequent word of another language (and so no known
    name) in a paragraph written in one ("Nomor", "Đơn hàng", "Chega")."""
    words = [w.lower() for w in re.split(r"[\s-]+", value) if w]
    vocabulary = frequent_foreign_words()
    return bool(words) and all(w in vocabulary for w in words) and foreign_paragraph(text, start)
