"""val23 personal templates, part D: paste (an instruction around pasted text, often in
another language) and voice (dictated, no capitals or punctuation)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val23_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- paste
    T(
        "paste.es_water_claim",
        "paste",
        "insurance",
        """
Resume este correo en inglés en tres frases:

"Buenos días, me llamo {p1:spanish,mexican,colombian,argentine,catalan} y tengo la póliza {d:policy}. El {alt:lunes|martes|jueves} pasado reventó una tubería en mi piso de {c1.addr:ES} y el agua llegó hasta el piso de abajo, donde vive el señor {p2.last:spanish,basque,m}. El perito, {p3}, vino ayer pero todavía no sé nada. Pueden llamarme al {ph1:ES} por las tardes. Gracias."
""",
    ),
    T(
        "paste.de_invitation",
        "paste",
        "hr",
        """
Translate into English, keep the formatting:

Sehr geehrte Frau {p1.last:german,turkish,f},

vielen Dank für Ihre Bewerbung als {alt:Disponentin|Buchhalterin|Teamleiterin} in unserer Niederlassung in {c1:DE}. Wir möchten Sie gern am {d:dateiso} um 10:00 Uhr zu einem Gespräch einladen. Ihr Ansprechpartner ist Herr {p2.last:german,polish,m}, erreichbar unter {ph2:DE}.

Mit freundlichen Grüßen
{p3:german}
Personalabteilung
""",
    ),
    T(
        "paste.fr_late_room",
        "paste",
        "hotel",
        """
Reply to this guest in French, apologising and offering a late checkout:

« Bonjour, je suis {p1:french,maghrebi,congolese,wolof,f} (réservation {d:booking}). Nous sommes arrivés hier soir avec mon mari, {p2:m}, et la chambre {d:room} n'était pas prête. Personne à la réception ne parlait français. Vous pouvez me joindre au {ph1:FR}. Cordialement. »
""",
    ),
    T(
        "paste.pt_failed_delivery",
        "paste",
        "logistics",
        """
Extract sender, recipient, address and phone as JSON from this message:

Olá, aqui é {p1:brazilian} da transportadora. A encomenda {d:tracking} para {p2:brazilian,portuguese} não pôde ser entregue no endereço {c1.addr:BR} porque o prédio estava fechado. Por favor, peça para {p2.first} ligar para {ph1:BR} até sexta-feira. Obrigado!
""",
    ),
    T(
        "paste.it_gp_note",
        "paste",
        "health",
        """
Riassumi in inglese questa nota del medico di base:

Paziente: {p1:italian}, residente a {c1:IT}. Riferisce dolore lombare da tre settimane dopo un trasloco. Nessun trauma. Consigliata fisioterapia presso lo studio del dott. {p2.last:italian,m}; il paziente può essere contattato al numero {ph1:IT}. Controllo tra quindici giorni con la dott.ssa {p3.last:italian,f}.
""",
    ),
    T(
        "paste.nl_mortgage",
        "paste",
        "mortgage",
        """
Vertaal naar het Engels:

Beste {p1.first:dutch,flemish},

Hierbij de stukken voor de hypotheek op {c1.addr:NL}. De taxateur, {p2}, komt op {alt:maandag|woensdag|vrijdag} om 14:00 uur. Het eigen geld ({d:price}) kunt u overmaken naar {ib1:NL} ten name van de derdengeldrekening van de notaris. Bel gerust naar {ph4:NL} als er iets niet klopt.

Met vriendelijke groet,
{p4:dutch}
""",
    ),
    T(
        "paste.pl_no_internet",
        "paste",
        "telecom",
        """
Odpowiedz po polsku, uprzejmie:

"Dzień dobry, nazywam się {p1:polish,ukrainian}. Od tygodnia nie działa mi internet pod adresem {c1.addr:PL}. Numer umowy {d:ref}, telefon kontaktowy {ph1:PL}. Technik, pan {p2.last:polish,m}, miał przyjść w {alt:środę|piątek}, ale nikt się nie pojawił."
""",
    ),
    T(
        "paste.sv_fieldwork",
        "paste",
        "university",
        """
Sammanfatta på engelska:

Hej! Jag heter {p1:swedish,sami,finnish} och skriver min masteruppsats om renskötsel i {c1.region:SE}. Min handledare är docent {p2:swedish}. Jag behöver intervjua {p3:sami} i {c2:NO} i {alt:april|maj} och undrar om institutionen kan betala resan. Mitt nummer är {ph1:SE}.
""",
    ),
    T(
        "paste.tr_transfer",
        "paste",
        "bank",
        """
Bu mesajdan ad, IBAN ve telefonu JSON olarak çıkar:

Merhaba, adım {p1:turkish,kurdish}. Dün {c1:TR} şubenizden {d:price} tutarında bir havale yaptım ama alıcı {p2:turkish} parayı almadığını söylüyor. Alıcının IBAN numarası: {ib1:TR}. Bana {ph1:TR} numarasından ulaşabilirsiniz.
""",
    ),
    T(
        "paste.id_booking",
        "paste",
        "hotel",
        """
Reply to this guest in Indonesian, politely:

"Selamat pagi, saya {p1:indonesian,javanese,f}. Saya sudah pesan kamar untuk tanggal {d:dateiso} atas nama suami saya, {p2:indonesian,m}, tapi belum dapat konfirmasi. Tolong kirim ke {p1.email} atau WhatsApp {ph1:ID}. Terima kasih."
""",
    ),
    T(
        "paste.vi_family",
        "paste",
        "genealogy",
        """
Tóm tắt bằng tiếng Anh:

Ông ngoại tôi là {p1:vietnamese,m}, sinh năm 1932 ở {c1:VN}. Năm 1979 ông cùng bà {p2:vietnamese,f} sang {c2.country:AU} và mở tiệm may. Cô tôi, {p3:vietnamese,f}, vẫn giữ cuốn sổ gia phả. Ai muốn xem thì gọi cô theo số {ph3:AU}.
""",
    ),
    T(
        "paste.en_collision",
        "paste",
        "legal",
        """
Reply to this on behalf of the firm, confirming the deadline of {d:date}:

> From: {p1} <{p1.email}>
> I've attached my statement about the collision on {d:date}. The other driver, {p2}, gave me their number ({ph2}) but hasn't answered since. My neighbour {w1} saw it too and is happy to give a statement.
""",
    ),
    T(
        "paste.en_cv",
        "paste",
        "hr",
        """
Extract this CV into JSON with name, contact, location and employers:

{p1.ufull}
{c1}, {c1.country} · {ph1:c1} · {p1.email}

EXPERIENCE
Senior Dispatcher, Ironbark Logistics (2019–present)
Dispatcher, Northwind Freight (2014–2019)

REFEREES
{p2}, Operations Manager – {ph2}
""",
    ),
    T(
        "paste.en_board_thread",
        "paste",
        "charity",
        """
summarise this thread for the board pack:

---
{p1}: The {c1} appeal raised {d:price}, mostly from {d:qty} donors.
{p2}: {p3:f} wants her gift kept anonymous, so please don't list her.
{p1}: Noted. Can we use {p4}'s quote in the newsletter?
---
""",
    ),
    # ---------------------------------------------------------------- voice
    T(
        "voice.patient_callback",
        "voice",
        "health",
        """
note for {p1.lower:f} file patient called at {alt:ten fifteen|half past two|four o clock} said the swelling is worse since {alt:monday|tuesday|friday} asked for a call back on {ph1.plain} her daughter {p2.lfirst:~p1,f} will drive her in tomorrow
""",
    ),
    T(
        "voice.training_text",
        "voice",
        "sports",
        """
text {w1.lfirst} and say training is cancelled tonight then ask {p1.lfirst} if they can still do the minibus on saturday
""",
    ),
    T(
        "voice.mortgage_reminder",
        "voice",
        "mortgage",
        """
remind me to call {p1.lower} from the mortgage team on {ph1.plain} before friday about the valuation for the flat in {c1.lower}
""",
    ),
    T(
        "voice.navigation",
        "voice",
        "logistics",
        """
navigate to {c1.laddr} and then call {p1.lfirst} when i'm ten minutes away
""",
    ),
    T(
        "voice.email_dictation",
        "voice",
        "hr",
        """
email to {p1.lfirst} subject interview feedback body hi {p1.lfirst} thanks for coming in on {alt:tuesday|wednesday} the panel including {p2.lower} and {p3.lower} really enjoyed meeting you we will be in touch next week regards {p4.lfirst}
""",
    ),
    T(
        "voice.card_block",
        "voice",
        "bank",
        """
customer {p1.lower:f} called about a card payment she didnt recognise in {c1.lower} card number {cc1.plain} i blocked it and ordered a new one callback number {ph1.plain}
""",
    ),
]
