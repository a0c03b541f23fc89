"""val26 personal templates, part D: paste (an instruction wrapping pasted text, often in
another language) and voice (dictation without capitals or punctuation)."""

from __future__ import annotations

from .val26_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- paste
    T(
        "pd-paste-es-hospital",
        "paste",
        "hospital",
        """
        Traduce al inglés, por favor:

        "Informe de alta. La paciente ⟦P1:spanish,mexican,colombian⟧ ingresó el ⟦date:uk⟧ por
        una neumonía. Vive en ⟦ADDR:ES⟧ con su marido, ⟦P2:spanish,catalan,basque.given⟧.
        Control en consulta con la Dra. ⟦P3:spanish,argentine.family⟧. Teléfono de contacto:
        ⟦PH:ES⟧."
    """,
    ),
    T(
        "pd-paste-de-rail",
        "paste",
        "rail",
        """
        Fasse diese Störungsmeldung auf Englisch zusammen:

        Am ⟦date:uk⟧ um ⟦time⟧ Uhr meldete Triebfahrzeugführer ⟦P1:german,turkish,polish⟧ eine
        Weichenstörung vor ⟦CITY:DE⟧. Fahrdienstleiterin ⟦P2:german⟧ sperrte Gleis 2. Rückfragen
        bitte an ⟦P3:german,flemish.gf⟧, Tel. ⟦PH:DE.nat⟧.
    """,
    ),
    T(
        "pd-paste-fr-newsroom",
        "paste",
        "newsroom",
        """
        Summarise in two sentences:

        « Notre photographe ⟦P1:french,wolof,maghrebi⟧ était à ⟦CITY:FR⟧ samedi quand la
        manifestation a commencé. Sur la photo, ⟦P2:french,haitian⟧, 34 ans, tient une
        pancarte. Légende validée par ⟦P3:french.initial⟧. Crédit : ⟦P1⟧/Agence Lumen. »
    """,
    ),
    T(
        "pd-paste-pt-salon",
        "paste",
        "salon",
        """
        reply to this client in portuguese, be nice:

        Olá! Aqui é ⟦P1:brazilian,portuguese.given⟧, marquei escova e corte com
        ⟦P2:brazilian.given⟧ para sábado mas não vou conseguir ir. Podem passar para terça?
        Meu WhatsApp é ⟦PH:BR⟧. Abraços!
    """,
    ),
    T(
        "pd-paste-it-garden",
        "paste",
        "garden",
        """
        Translate for our newsletter:

        Il vivaio di ⟦P1:italian⟧ a ⟦CITY:IT⟧ ha donato venti piante di Rosa 'Gertrude Jekyll'
        al nostro orto comunitario. Grazie anche a ⟦P2:italian.given⟧ e ⟦P3:italian.given⟧ per
        l'aiuto con le aiuole. Per informazioni scrivete a ⟦P1.pemail⟧.
    """,
    ),
    T(
        "pd-paste-nl-storage",
        "paste",
        "storage",
        """
        Extract as JSON (name, unit, phone, iban):

        Beste, ik ben ⟦P1:dutch,flemish⟧ en huur unit B-⟦num:10-200⟧ sinds ⟦month⟧. Mijn
        nieuwe telefoonnummer is ⟦PH:NL⟧. De huur kan voortaan van rekening ⟦IBAN:NL⟧
        afgeschreven worden. Groet, ⟦P1.given⟧
    """,
    ),
    T(
        "pd-paste-pl-church",
        "paste",
        "faith",
        """
        Przetłumacz na angielski:

        Ogłoszenia parafialne: w niedzielę o 12:00 msza w intencji śp. ⟦P1:polish⟧. Chór
        prowadzi ⟦P2:polish.gf⟧. Zapisy na pielgrzymkę do ⟦CITY:PL⟧ u pani
        ⟦P3:polish.family⟧, tel. ⟦PH:PL⟧.
    """,
    ),
    T(
        "pd-paste-sv-marina",
        "paste",
        "marina",
        """
        What does this say? Reply in English.

        Hej! Det är ⟦P1:swedish,finnish,sami⟧ på båten Kittiwake, plats ⟦num:1-80⟧. Motorn
        startar inte och jag behöver bogsering till ⟦CITY:SE⟧. Ring mig på ⟦PH:SE⟧ eller
        maila ⟦P1.pemail⟧. /⟦P1.given⟧
    """,
    ),
    T(
        "pd-paste-tr-removals",
        "paste",
        "removals",
        """
        Bu mesajı İngilizceye çevir:

        Merhaba, ben ⟦P1:turkish,kurdish⟧. ⟦date:uk⟧ tarihinde ⟦ADDR:TR⟧ adresinden taşınıyoruz.
        Eşim ⟦P2:turkish.given⟧ sizi arayacak, numarası ⟦PH:TR⟧. Teşekkürler.
    """,
    ),
    T(
        "pd-paste-id-hotel",
        "paste",
        "hotel",
        """
        Balas email tamu ini dalam bahasa Inggris:

        Selamat siang, saya ⟦P1:indonesian,malay⟧ dari ⟦CITY:ID⟧. Saya sudah pesan kamar
        untuk tanggal ⟦date:uk⟧ atas nama rekan kerja saya, ⟦P2:indonesian⟧. Mohon dikonfirmasi ke
        nomor ⟦PH:ID⟧. Terima kasih.
    """,
    ),
    T(
        "pd-paste-vi-rideshare",
        "paste",
        "rideshare",
        """
        Translate this complaint to English and classify it:

        Tôi là ⟦P1:vietnamese⟧. Tài xế ⟦P2:vietnamese⟧ đã đón tôi muộn 30 phút ở ⟦ADDR:VN⟧ và
        tính thêm tiền. Số điện thoại của tôi là ⟦PH:VN⟧.
    """,
    ),
    T(
        "pd-paste-en-kyc",
        "paste",
        "kyc",
        """
        Reply to this customer and ask for a recent utility bill:

        ---
        Hi, I'm ⟦P1⟧ and I opened an account last week. My SSN is ⟦SSN⟧ and my checking
        account number is ⟦ACCT⟧. I moved from ⟦CITY:US⟧ to ⟦ADDR:US⟧. Please update my file.
        ---
    """,
    ),
    T(
        "pd-paste-en-tribunal",
        "paste",
        "tribunal",
        """
        Extract names, roles and dates as JSON:

        "The appeal of ⟦P1⟧ against the decision of ⟦CITY:GB⟧ City Council is listed before
        Tribunal Judge ⟦P2.family⟧ and member ⟦P3⟧ on ⟦date:long⟧. The appellant's daughter,
        ⟦W1⟧, will attend as a McKenzie friend."
    """,
    ),
    T(
        "pd-paste-en-cards",
        "paste",
        "bank",
        """
        summarise this chargeback email:

        > Dear team, my card ⟦CC⟧ was charged twice by Hopfield Brewing (⟦price:£⟧ each).
        > My other card ⟦CC⟧ was not affected. Please refund to my account, IBAN ⟦IBAN:GB⟧.
        > ⟦P1⟧, ⟦ADDR:GB⟧
    """,
    ),
    T(
        "pd-paste-es-us-clinic",
        "paste",
        "hospital",
        """
        Translate this voicemail transcript to English for the front desk:

        "Hola, habla ⟦P1:mexican,colombian,argentine⟧. Llamo por la cita de mi mamá,
        ⟦P2:mexican⟧. Su número de seguro social es ⟦SSN⟧ y el mío es ⟦SSN⟧. Vivimos en
        ⟦ADDR:US⟧. Mi celular: ⟦PH:US⟧. Gracias."
    """,
    ),
    T(
        "pd-paste-de-kyc",
        "paste",
        "kyc",
        """
        Prüfe die Angaben auf Vollständigkeit und antworte auf Englisch:

        Name: ⟦P1:german,turkish,serbocroatian⟧
        Anschrift: ⟦ADDR:DE⟧
        IBAN: ⟦IBAN:DE⟧
        Kreditkarte: ⟦CC.mc⟧
        Telefon: ⟦PH:DE.intl⟧
    """,
    ),
    T(
        "pd-paste-fr-tradefin",
        "paste",
        "tradefinance",
        """
        Translate and flag any risks:

        Bonjour, suite à notre échange, voici les coordonnées du bénéficiaire de la lettre de
        crédit : ⟦P1:french,maghrebi,wolof⟧, IBAN ⟦IBAN:FR⟧, domicilié à ⟦CITY:MA⟧. Le
        contact à la banque est M. ⟦P2:french.family⟧ (⟦PH:FR.intl⟧).
    """,
    ),
    # ---------------------------------------------------------------- voice
    T(
        "pd-voice-text",
        "voice",
        "bus",
        """
        text ⟦P1.glower⟧ running ten minutes late the 42 is stuck behind a bin lorry tell
        ⟦P2.glower⟧ to hold the ⟦time⟧ at the depot
    """,
    ),
    T(
        "pd-voice-note",
        "voice",
        "hospital",
        """
        note for handover bed ⟦num:1-28⟧ ⟦P1.lower⟧ pain score four gave paracetamol at six
        daughter ⟦P2.glower⟧ called on ⟦PH:GB.compact⟧ wants a call back from doctor
        ⟦P3.flower⟧
    """,
    ),
    T(
        "pd-voice-reminder",
        "voice",
        "hotel",
        """
        remind me to call ⟦P1.lower⟧ about the wedding block at the grand meridian and ask
        ⟦P2.glower⟧ if the flowers for ⟦W1.lower⟧ are sorted
    """,
    ),
    T(
        "pd-voice-nav",
        "voice",
        "rideshare",
        """
        navigate to ⟦ADDR.lower⟧ then pick up ⟦P1.glower⟧ outside the station in
        ⟦CITY.lower⟧
    """,
    ),
    T(
        "pd-voice-call",
        "voice",
        "marina",
        """
        call ⟦P1.lower⟧ on ⟦PH.compact⟧ and tell him the boat lift is booked for ⟦weekday⟧ and
        ⟦P2.glower⟧ will bring the antifouling
    """,
    ),
    T(
        "pd-voice-email",
        "voice",
        "university",
        """
        email ⟦P1.glower⟧ and ⟦P2.glower⟧ say the ethics form is approved and the interviews in
        ⟦CITY.lower⟧ can start next month copy in professor ⟦P3.flower⟧
    """,
    ),
]
