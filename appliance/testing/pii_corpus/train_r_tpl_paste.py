"""train_r templates, part 4: the paste shape, an instruction around pasted text, in English
and with the pasted text (and sometimes the instruction) in Spanish, Italian, Portuguese,
French, German, Dutch or Turkish. Entries are (language, clean, text); in another language
the non-person phrases come from that language (or are proper names that read the same),
and the people from its cultures or its ambiguous words."""

from __future__ import annotations

PASTE: list[tuple[str, bool, str]] = [
    (
        "en",
        True,
        "Summarise the text below in two bullet points.\n\n---\n⟨^np⟩ was the main topic at the workshop. ⟨k⟩ Most attendees preferred ⟨np⟩.\n---",
    ),
    (
        "en",
        True,
        'Fix the grammar in this paragraph:\n\n"Their going to ⟨vp⟩ before the ⟨bare.e⟩ and bring ⟨np.f⟩ with them."',
    ),
    (
        "en",
        True,
        "Pull out every product name from this pasted catalogue:\n\n⟨^np.p⟩ ... ⟨price⟩\n⟨^np.p⟩ ... ⟨price⟩\n⟨^np.f⟩ ... ⟨price⟩",
    ),
    (
        "en",
        True,
        "Here is a paragraph from my essay. Is the tone right?\n\n> ⟨^np.s⟩ is often confused with ⟨np.s⟩. ⟨k⟩",
    ),
    (
        "en",
        False,
        "Summarise this message:\n\n> Hi all, ⟨p1.full⟩ here. ⟨p2.given⟩ and I visited ⟨np.l⟩ last week. ⟨k⟩ We also tried ⟨np.f⟩.",
    ),
    (
        "en",
        False,
        'Translate into Spanish:\n\n"⟨p1.given⟩ will ⟨vp⟩ on ⟨day⟩ and meet ⟨p2.title⟩ in ⟨loc⟩."',
    ),
    (
        "en",
        False,
        "Extract the action items from these pasted minutes:\n\n⟨p1.full⟩: ⟨vp⟩\n⟨p2.full⟩: look into ⟨np⟩\n⟨p3.given⟩: book ⟨np.l⟩",
    ),
    (
        "en",
        False,
        'Proofread this cover letter opening:\n\n"Dear ⟨p1.title⟩, I was referred by ⟨p2.full⟩, who worked with me on ⟨np.t⟩."',
    ),
    (
        "es",
        True,
        "Translate this to English:\n\n⟨^np⟩ y ⟨np⟩: el pedido ⟨order⟩ llega pronto. Por favor, revisad ⟨np⟩.",
    ),
    (
        "es",
        True,
        "Resume este texto:\n\n---\nEn la reunión hablamos de ⟨np⟩ y de ⟨np⟩. Nadie quiere cambiar nada antes de la versión ⟨ver⟩.\n---",
    ),
    ("es", True, '¿Qué significa esta frase? "⟨^np⟩ no tiene nada que ver con ⟨np⟩."'),
    (
        "es",
        False,
        "Translate to English, keep the names:\n\n⟨p1.given⟩ dice que ⟨np⟩ es un problema. ⟨p2.title⟩ llamará desde ⟨loc⟩ al ⟨phone⟩.",
    ),
    (
        "es",
        False,
        "¿Puedes corregir este correo?\n\nHola ⟨p1.given⟩, te escribo por ⟨np⟩. Mi IBAN es ⟨iban⟩. Un saludo, ⟨p2.full⟩",
    ),
    ("es", False, "Resume: ⟨p1.full⟩ vive en ⟨addr⟩ y trabaja con ⟨p2.full⟩ en ⟨np⟩."),
    (
        "it",
        True,
        "Translate to English:\n\n⟨^np⟩, ⟨np⟩ e ⟨np⟩: il listino aggiornato arriva il ⟨date⟩. Codice ⟨sku⟩.",
    ),
    ("it", True, "Riassumi: in riunione abbiamo parlato di ⟨np⟩ e di ⟨np⟩. Prezzo ⟨price⟩."),
    (
        "it",
        False,
        "Traduci in inglese: ⟨p1.given⟩ ha scritto che ⟨np⟩ è pronto. ⟨p2.title⟩ chiamerà da ⟨loc⟩.",
    ),
    (
        "it",
        False,
        "Correct this Italian email:\n\nCiao ⟨p1.given⟩, ti mando i dati per ⟨np⟩: IBAN ⟨iban⟩. Saluti, ⟨p2.full⟩",
    ),
    ("pt", True, "Translate to English: ⟨^np⟩ e ⟨np⟩ — a encomenda ⟨order⟩ chega esta semana."),
    ("pt", True, "Resuma: falámos de ⟨np⟩ e de ⟨np⟩ na reunião. Preço: ⟨price⟩."),
    (
        "pt",
        False,
        "Traduza para inglês: ⟨p1.given⟩ disse que ⟨np⟩ ficou para ⟨date⟩. ⟨p2.title⟩ vem de ⟨loc⟩.",
    ),
    (
        "pt",
        False,
        "Corrija: Olá ⟨p1.given⟩, segue o contacto para ⟨np⟩: ⟨phone⟩. Abraço, ⟨p2.full⟩",
    ),
    ("fr", True, "Translate to English: ⟨^np⟩ et ⟨np⟩ : la commande ⟨order⟩ arrive le ⟨date⟩."),
    ("fr", True, "Résume ce texte : on a parlé de ⟨np⟩ et de ⟨np⟩. Version ⟨ver⟩."),
    (
        "fr",
        False,
        "Traduis en anglais : ⟨p1.given⟩ a dit que ⟨np⟩ est prêt. ⟨p2.title⟩ appellera au ⟨phone⟩.",
    ),
    (
        "fr",
        False,
        "Corrige cet e-mail : Bonjour ⟨p1.title⟩, voici mon IBAN ⟨iban⟩ pour ⟨np⟩. Cordialement, ⟨p2.full⟩",
    ),
    (
        "de",
        True,
        "Translate to English:\n\n⟨^np⟩ und ⟨np⟩: die Bestellung ⟨order⟩ kommt bald. Bitte ⟨np⟩ prüfen.",
    ),
    ("de", True, "Fasse zusammen: Im Meeting ging es um ⟨np⟩ und ⟨np⟩. Version ⟨ver⟩."),
    (
        "de",
        False,
        "Übersetze ins Englische: ⟨p1.given⟩ sagt, ⟨np⟩ ist fertig. ⟨p2.title⟩ ruft aus ⟨loc⟩ an: ⟨phone⟩.",
    ),
    (
        "de",
        False,
        "Korrigiere: Hallo ⟨p1.title⟩, meine IBAN ist ⟨iban⟩, es geht um ⟨np⟩. Viele Grüße, ⟨p2.full⟩",
    ),
    ("nl", True, "Translate to English: ⟨^np⟩ en ⟨np⟩ — bestelling ⟨order⟩ komt deze week."),
    ("nl", True, "Vat samen: we hebben het gehad over ⟨np⟩ en ⟨np⟩. Prijs ⟨price⟩."),
    (
        "nl",
        False,
        "Vertaal naar het Engels: ⟨p1.given⟩ zegt dat ⟨np⟩ klaar is. ⟨p2.title⟩ belt vanuit ⟨loc⟩.",
    ),
    ("nl", False, "Verbeter: Hoi ⟨p1.given⟩, mijn IBAN is ⟨iban⟩ voor ⟨np⟩. Groet, ⟨p2.full⟩"),
    ("tr", True, "Translate to English: ⟨^np⟩ ve ⟨np⟩ — sipariş ⟨order⟩ bu hafta geliyor."),
    ("tr", True, "Özetle: toplantıda ⟨np⟩ ve ⟨np⟩ konuşuldu. Fiyat ⟨price⟩."),
    (
        "tr",
        False,
        "İngilizceye çevir: ⟨p1.given⟩ ⟨np⟩ hazır dedi. ⟨p2.title⟩ ⟨loc⟩ şehrinden arayacak: ⟨phone⟩.",
    ),
    (
        "tr",
        False,
        "Düzelt: Merhaba ⟨p1.title⟩, IBAN numaram ⟨iban⟩, konu ⟨np⟩. Saygılarımla, ⟨p2.full⟩",
    ),
]
