"""val30 templates with personal data: bibliography, ics, vcard, paste (pasted text in
eleven languages) and voice (dictated, no capitals or punctuation)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val30_gen import CC, IB, E, L, N, P, Registry, low, t

T = Registry()

HISPANIC = ("spanish", "mexican", "colombian", "argentinian", "chilean", "catalan")
LUSO = ("brazilian", "portuguese")


def _apa(g, k):
    people = g.ps(k)
    out = []
    for i, a in enumerate(people):
        if i:
            out.append(", & " if i == k - 1 else ", ")
        out.append(N(a.bib))
    return out


@T("genetics-bib-apa", "bibliography")
def genetics_bib(g):
    refs = []
    for title, journal in (
        ("Sonic hedgehog signalling in limb bud patterning", "Developmental Biology"),
        ("Contamination of cell lines by HeLa: a 2020 survey", "Cell Reports"),
        ("Pikachurin and ribbon synapse formation", "Nature Neuroscience"),
    ):
        refs += _apa(g, g.n(1, 4))
        refs += t(
            " ({y}). {title}. {j}, {v}({n}), {p}. https://doi.org/{doi}\n",
            y=str(g.n(1998, 2024)),
            title=title,
            j=journal,
            v=str(g.n(5, 80)),
            n=str(g.n(1, 12)),
            p=f"{g.n(1, 400)}-{g.n(401, 900)}",
            doi=g.d.doi(),
        )
    return ["Check these references for APA 7 errors:\n\n"] + refs


@T("music-bib-chicago", "bibliography")
def music_bib(g):
    a, b = g.p(), g.p()
    return t(
        """
        Bibliography

        {a}. Songs Named After Women: From "Layla" to "Jolene". {city}: Larkspur Press, {y1}.
        {b}. "Radio, Karaoke and the Cover Version." Popular Music Review 14, no. 2 ({y2}): 33-58.

        Please convert to Harvard style.""",
        a=N(a.lf),
        city=L(g.city()),
        y1=str(g.n(1990, 2022)),
        b=N(b.lf),
        y2=str(g.n(1990, 2022)),
    )


@T("space-bib-bibtex", "bibliography")
def space_bib(g):
    a, b, c = g.ps(3)
    return t(
        """
        @article{juno2021gravity,
          author  = {{a} and {b} and {c}},
          title   = {Juno gravity science: the first five years},
          journal = {Icarus},
          year    = {{y}},
        }
        Why does biber warn about this entry?""",
        a=N(a.bib),
        b=N(b.bib),
        c=N(c.bib),
        y=str(g.n(2017, 2024)),
    )


@T("library-bib-catalogue", "bibliography")
def library_bib(g):
    a, b = g.p(), g.p()
    return t(
        """
        100 1_ |a {a}, |d {y1}-
        245 10 |a Letters from the harbour / |c edited by {b}.
        260 __ |a {city} : |b Tidewater Books, |c {y2}.
        Is the 260 field still valid in RDA or should it be 264?""",
        a=N(a.lf),
        y1=str(g.n(1930, 1975)),
        b=N(b.full),
        city=L(g.city()),
        y2=str(g.n(1980, 2020)),
    )


@T("trial-ics-visit", "ics")
def trial_ics(g):
    a, b = g.p(), g.p()
    return t(
        """
        BEGIN:VEVENT
        SUMMARY:EMBER screening visit
        DTSTART:2025{m}{d}T093000Z
        LOCATION:{addr}
        ORGANIZER;CN={a}:mailto:{ma}
        ATTENDEE;CN={b};ROLE=REQ-PARTICIPANT:mailto:{mb}
        DESCRIPTION:Fasting from midnight. Questions: {phone}
        END:VEVENT""",
        m=f"{g.n(1, 12):02d}",
        d=f"{g.n(1, 28):02d}",
        addr=L(g.addr()),
        a=N(a.full),
        ma=E(g.em(a)),
        b=N(b.full),
        mb=E(g.em(b)),
        phone=P(g.ph()),
    )


@T("film-ics-recce", "ics")
def film_ics(g):
    a, b = g.p(), g.word()
    return t(
        """
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        SUMMARY:Location recce - {show}
        DTSTART:2025{m}{d}T070000Z
        LOCATION:{city}
        ORGANIZER;CN="{a}":mailto:{ma}
        ATTENDEE;CN="{b}":mailto:{mb}
        END:VEVENT
        END:VCALENDAR""",
        show=g.pick(("Echo Tide", "Lantern House")),
        m=f"{g.n(1, 12):02d}",
        d=f"{g.n(1, 28):02d}",
        city=L(g.city()),
        a=N(a.full),
        ma=E(g.em(a)),
        b=N(b.full),
        mb=E(g.em(b)),
    )


@T("cowork-ics-room", "ics")
def cowork_ics(g):
    a = g.p()
    return t(
        """
        BEGIN:VEVENT
        SUMMARY:Hypatia room - pitch rehearsal
        ORGANIZER;CN={a}:mailto:{ma}
        LOCATION:Harbourline Cowork\\, {addr}
        DESCRIPTION:Room code {code}. Host mobile {phone}
        END:VEVENT
        Why does Outlook show the location with a backslash?""",
        a=N(a.full),
        ma=E(g.em(a)),
        addr=L(g.addr()),
        code=str(g.n(1000, 9999)),
        phone=P(g.ph()),
    )


def _vcard(g, a, org, title):
    return t(
        """
        BEGIN:VCARD
        VERSION:3.0
        N:{fam};{giv};;;
        FN:{full}
        ORG:{org}
        TITLE:{title}
        TEL;TYPE=cell:{phone}
        EMAIL;TYPE=work:{mail}
        LABEL;TYPE=work:{addr}
        END:VCARD""",
        fam=N(a.family) if a.family else "",
        giv=N(a.given),
        full=N(a.full),
        org=org,
        title=title,
        phone=P(g.ph()),
        mail=E(g.em(a)),
        addr=L(g.addr()),
    )


@T("courier-vcard-driver", "vcard")
def courier_vcard(g):
    a = g.p()
    return ["Import this contact and tell me what's malformed:\n"] + _vcard(
        g, a, "SwiftDrop Couriers", "Route driver"
    )


@T("claims-vcard-adjuster", "vcard")
def claims_vcard(g):
    a = g.word()
    return _vcard(g, a, "Harrow Mutual", "Senior Loss Adjuster") + [
        "\nMake a QR code payload from this."
    ]


@T("radio-vcard-guest", "vcard")
def radio_vcard(g):
    a = g.p()
    return t(
        "Guest for Sunday Crate, save to the shared address book:\n{card}",
        card=_vcard(g, a, "Independent", "DJ and producer"),
    )


@T("karaoke-paste-es", "paste")
def paste_es(g):
    a, b, c = g.p(HISPANIC), g.p(HISPANIC), g.p(HISPANIC)
    return t(
        """
        Resume este correo en dos frases:

        ---
        Hola {a}:
        Te confirmo la reserva de la sala VIP para el sábado. Sois 12 personas y el depósito de
        {price} ya está pagado. Si necesitas cambiar algo, llama a {b} al {phone}. La dirección
        es {addr}. ¡Ah! La canción del cumpleaños será "{song}", como pediste.
        Un saludo,
        {c}
        ---""",
        a=N(a.first),
        price=g.d.price(),
        b=N(b.full),
        phone=P(g.ph(g.pick(("ES", "MX", "AR", "CO")))),
        addr=L(g.addr()),
        song=g.pick(("Jolene", "Gloria", "Valerie")),
        c=N(c.full),
    )


@T("claims-paste-de", "paste")
def paste_de(g):
    a, b = g.p(("german", "turkish", "polish")), g.p(("german", "bcs"), "m")
    return t(
        """
        Übersetze bitte ins Englische:

        Sehr geehrte Damen und Herren,
        am {date} ist in meiner Wohnung ({addr}) ein Wasserschaden entstanden. Der Hausmeister,
        Herr {b}, hat alles fotografiert. Bitte überweisen Sie die Entschädigung auf mein Konto,
        IBAN {iban}. Telefonisch bin ich unter {phone} erreichbar.
        Mit freundlichen Grüßen
        {a}""",
        date=g.d.dmy("."),
        addr=L(g.addr()),
        b=N(b.last),
        iban=IB(g.iban(g.pick(("DE", "AT", "CH")))),
        phone=P(g.ph("DE")),
        a=N(a.full),
    )


@T("pharmacy-paste-fr", "paste")
def paste_fr(g):
    a = g.p(("french", "maghrebi", "wolof", "flemish"))
    return t(
        """
        Extrais les informations en JSON (nom, téléphone, e-mail, médicament) :

        « Bonjour, je suis {name}, j'aimerais savoir si ma commande de Doliprane et de Ventoline
        est arrivée à la pharmacie de {city}. Vous pouvez me joindre au {phone} ou par mail à
        {mail}. Merci d'avance ! »""",
        name=N(a.full),
        city=L(g.city()),
        phone=P(g.ph(g.pick(("FR", "MA")), "national")),
        mail=E(g.em(a)),
    )


@T("rental-paste-pt", "paste")
def paste_pt(g):
    a = g.p(LUSO)
    return t(
        """
        Responda em português, de forma educada, a esta mensagem de cliente:

        "Oi, aqui é a {first}. Aluguei um carro com vocês em {city} (reserva {ref}) e o cartão
        {cc} foi cobrado duas vezes. Meu WhatsApp é {phone}. Aguardo retorno."
        """,
        first=N(a.first),
        city=L(g.city()),
        ref=g.d.booking(),
        cc=CC(g.cc()),
        phone=P(g.ph(g.pick(("BR", "BR", "GB")))),
    )


@T("auction-paste-it", "paste")
def paste_it(g):
    a, b = g.p(("italian", "albanian", "romanian")), g.p("italian")
    return t(
        """
        Riassumi in inglese questo avviso:

        AVVISO DI VENDITA ALL'ASTA - Si rende noto che il giorno {date} alle ore 10:00 si terrà la
        vendita dell'immobile sito in {addr}, di proprietà del sig. {a}. Le offerte vanno
        depositate presso lo studio del notaio {b} (tel. {phone}). Cauzione del 10% tramite
        bonifico sul conto IBAN {iban}.""",
        date=g.d.dmy("/"),
        addr=L(g.addr()),
        a=N(a.full),
        b=N(b.full),
        phone=P(g.ph("IT")),
        iban=IB(g.iban("IT")),
    )


@T("gym-paste-nl", "paste")
def paste_nl(g):
    a = g.p(("dutch", "flemish", "turkish", "maghrebi"))
    return t(
        """
        Vertaal naar het Engels en zet het in een nette e-mail:

        Beste FitFabriek,
        Ik wil mijn abonnement opzeggen per {date}. Mijn lidnummer is {mem}. Willen jullie de
        automatische incasso van rekening {iban} stoppen? Bij vragen kun je me bellen op
        {phone}.
        Groet,
        {name}""",
        date=g.d.dmy("-"),
        mem=str(g.n(100000, 999999)),
        iban=IB(g.iban(g.pick(("NL", "BE")))),
        phone=P(g.ph("NL", g.pick(("national", "intl")))),
        name=N(a.full),
    )


@T("locker-paste-pl", "paste")
def paste_pl(g):
    a, b = g.p("polish"), g.p()
    return t(
        """
        Przetłumacz na angielski:

        Dzień dobry, w paczkomacie {locker} ({addr}) nie otworzyła się skrytka numer {door}.
        Odbiorca: {a}. Nadawca: {b}. Proszę o kontakt pod numerem {phone}. Pozdrawiam""",
        locker=f"WAW{g.n(10, 99)}M",
        addr=L(g.addr()),
        door=str(g.n(1, 60)),
        a=N(a.full),
        b=N(b.full),
        phone=P(g.ph("PL")),
    )


@T("library-paste-sv", "paste")
def paste_sv(g):
    a = g.p(("swedish", "finnish", "somali", "persian"))
    return t(
        """
        Sammanfatta på engelska:

        Hej! Jag heter {name} och har lånat "Bröderna Lejonhjärta" på biblioteket i {city}.
        Lånekortet har nummer {card}. Jag är sjuk och kan inte lämna tillbaka boken i tid.
        Ring mig gärna på {phone} eller mejla {mail}. Tack!""",
        name=N(a.full),
        city=L(g.city()),
        card=str(g.n(10000000, 99999999)),
        phone=P(g.ph("SE")),
        mail=E(g.em(a)),
    )


@T("rental-paste-tr", "paste")
def paste_tr(g):
    a = g.p(("turkish", "kurdish"))
    return t(
        """
        Bu mesaja İngilizce kısa bir cevap yaz:

        Merhaba, ben {name}. {date} tarihinde {city} havalimanından kiraladığım aracın ön
        camında çatlak vardı. Fotoğrafları {mail} adresinden gönderdim. Telefonum: {phone}.
        Teşekkürler.""",
        name=N(a.full),
        date=g.d.dmy("."),
        city=L(g.city()),
        mail=E(g.em(a)),
        phone=P(g.ph("TR")),
    )


@T("courier-paste-id", "paste")
def paste_id(g):
    a = g.p(("javanese", "malay"))
    return t(
        """
        Ekstrak data pengiriman ke JSON:

        Halo kak, paket saya dengan resi {track} belum sampai. Nama penerima {name}, alamat
        {addr}, nomor HP {phone}. Tolong dicek ya, terima kasih.""",
        track=g.d.tracking(),
        name=N(a.full),
        addr=L(g.addr()),
        phone=P(g.ph("ID")),
    )


@T("clinic-paste-vi", "paste")
def paste_vi(g):
    a = g.p("vietnamese")
    return t(
        """
        Dịch sang tiếng Anh:

        Chào bác sĩ, em là {name}. Em muốn đổi lịch hẹn khám ở {city} sang thứ Sáu tuần
        sau. Số điện thoại của em là {phone}. Cảm ơn ạ.""",
        name=N(a.full),
        city=L(g.pick(("Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng"))),
        phone=P(g.ph("VN")),
    )


@T("label-paste-reply", "paste")
def paste_reply(g):
    a = g.p()
    return t(
        """
        Reply to this, declining politely:

        > From: {name} <{mail}>
        > Hi! I manage a band from {city}. We'd love a slot on your "New Finds" playlist.
        > Our single is a reworked "Hey Jude". Call me any time on {phone}.
        > Cheers, {first}""",
        name=N(a.full),
        mail=E(g.em(a)),
        city=L(g.city()),
        phone=P(g.ph()),
        first=N(a.first),
    )


@T("claims-paste-extract", "paste")
def paste_extract(g):
    a, w = g.p(), g.word()
    return t(
        """
        Extract claimant, address, phone and bank details as JSON from the text below.

        Hi, this is {a}. My neighbour {w} saw the tree come down on my car outside
        {addr} last night. Please pay the claim to IBAN {iban}. Best number: {phone}""",
        a=N(a.full),
        w=N(w.full),
        addr=L(g.addr()),
        iban=IB(g.iban()),
        phone=P(g.ph()),
    )


@T("dating-paste-multi", "paste")
def paste_multi(g):
    lang, text = g.pick(
        (
            ("Spanish", "Hola, soy {a}, vivo en {city}. Escríbeme al {phone}."),
            ("German", "Hallo, ich bin {a} aus {city}. Schreib mir unter {phone}."),
            ("Italian", "Ciao, sono {a}, abito a {city}. Scrivimi al {phone}."),
            ("Portuguese", "Olá, sou {a}, moro em {city}. Me chama no {phone}."),
            ("Dutch", "Hoi, ik ben {a} uit {city}. App me op {phone}."),
        )
    )
    a = g.p()
    return t(
        "This profile bio is in {lang}. Translate it and tell me if it breaks our rule against "
        "sharing phone numbers:\n\n" + text,
        lang=lang,
        a=N(a.first),
        city=L(g.city()),
        phone=P(g.ph()),
    )


def _voice_addr(g):
    return g.addr().lower().replace(",", "").replace(".", "")


@T("claims-voice-memo", "voice")
def claims_voice(g):
    a = g.p(gender="f")
    return low(
        t(
            "note for the file claim for {name} at {addr} roof tiles missing after the storm "
            "call her back on {phone} tomorrow before ten",
            name=N(a.full),
            addr=L(_voice_addr(g)),
            phone=P(g.ph(style="spaced")),
        )
    )


@T("karaoke-voice-text", "voice")
def karaoke_voice(g):
    a, b = g.p(), g.p()
    return low(
        t(
            "text {a} running late for karaoke save me a spot and tell {b} to order the nachos",
            a=N(a.first),
            b=N(b.first),
        )
    )


@T("rental-voice-reminder", "voice")
def rental_voice(g):
    a = g.p()
    return low(
        t(
            "{name} needs a seven seater from {city} airport on friday remind me to call the "
            "rental desk on {phone}",
            name=N(a.full),
            city=L(g.city()),
            phone=P(g.ph(style="spaced")),
        )
    )


@T("gym-voice-class", "voice")
def gym_voice(g):
    a, c = g.p(gender="f"), g.p()
    return low(
        t(
            "add {a} to saturday's murph class coach {c} says she can do the scaled version "
            "her number is {phone}",
            a=N(a.full),
            c=N(c.first),
            phone=P(g.ph(style="spaced")),
        )
    )


@T("archive-voice-dictation", "voice")
def archive_voice(g):
    a, b = g.p(), g.p()
    return low(
        t(
            "box twelve letters from {a} in {city} to {b} nineteen sixty two to sixty eight "
            "some water damage flag for conservation {me}",
            a=N(a.full),
            city=L(g.city()),
            b=N(b.full),
            me=N(g.p().init.replace(".", "")),
        )
    )
