"""val34 paste templates: an instruction ("summarise", "translate", "extract as JSON",
"reply") wrapped around pasted text, often in another language (Spanish, German, French,
Portuguese, Italian, Dutch, Polish, Swedish, Turkish, Indonesian, Vietnamese). `PERSONAL`
plant personal data, `CLEAN` hold decoys only."""

from __future__ import annotations

from appliance.testing.pii_corpus.val34_gen import T

PERSONAL = [
    T(
        "wedding-paste-es",
        "paste",
        """
Translate this client message into English and keep the warm tone:

---
Hola {{p1.first}}:

Te escribo por lo de la boda. Confirmamos el salón en {{addr1}}. Mi prometido, {{p2}}, prefiere la Pavlova en lugar de la tarta de tres pisos, y su madre pide que haya huevos Benedict en el brunch del domingo.
El segundo pago lo transferimos mañana a la cuenta {{iban1}}. Si necesitas algo, llámame al {{phone1}}.

Un abrazo,
{{p3}}
---
""",
        names=("es",),
        where=("ES",),
        sex={"p2": "m"},
        lang="es",
    ),
    T(
        "gen-paste-es",
        "paste",
        """
Resume en inglés este correo de una socia de la sociedad genealógica:

«Mi bisabuelo {{p1}} nació en {{city1}} en 1887 y se casó con {{p2}} en 1910. Tuvieron cuatro hijos; el mayor, {{p3.first}}, emigró a {{country1}}. Busco el acta de matrimonio. Mi teléfono es {{phone1}} y mi correo {{p4.email}}. Gracias, {{p4}}.»
""",
        names=("es",),
        where=("MX", "CO", "ES"),
        kin={"p3": "p1"},
        sex={"p1": "m", "p2": "f"},
        lang="es",
    ),
    T(
        "care-paste-de",
        "paste",
        """
Summarise this letter from the care home in English:

Guten Tag {{p1.hon_de}} {{p1.ref}},

wir möchten Sie darüber informieren, dass Ihre Mutter, {{p2}}, ab dem nächsten Monat in ein Einzelzimmer im Nightingale-Flügel umzieht. Die Heimkosten werden weiterhin per Lastschrift von Ihrem Konto {{iban1}} eingezogen.

Für Rückfragen erreichen Sie unsere Pflegedienstleitung, {{p3}}, unter {{phone1}}.

Mit freundlichen Grüßen
{{p4}}
""",
        names=("de",),
        where=("DE", "AT"),
        kin={"p2": "p1"},
        sex={"p2": "f"},
        lang="de",
    ),
    T(
        "phys-paste-de",
        "paste",
        """
Übersetze bitte ins Englische:

Liebe Kolleginnen und Kollegen,
am Donnerstag um 16 Uhr spricht {{p1}} über „Quanten-Hall-Effekt bei 4 Kelvin und 12 Tesla“. Anschließend gibt es Kaffee im Seminarraum. Wer die Referentin oder den Referenten treffen möchte, meldet sich bitte bei {{p2}} ({{p2.wemail}}, Tel. {{phone1}}).
Viele Grüße
{{p3.first}}
""",
        names=("de",),
        where=("DE", "AT", "CH"),
        lang="de",
    ),
    T(
        "rest-paste-fr",
        "paste",
        """
Reply to this customer in French, politely saying we are fully booked that evening:

« Bonjour, je m'appelle {{p1}} et je souhaite réserver une table pour six personnes samedi soir. Nous aimerions goûter vos crêpes Suzette et la pêche Melba. Ma femme, {{p2.first}}, est allergique aux fruits à coque. Vous pouvez me joindre au {{phone1}}. Merci d'avance ! »
""",
        names=("fr",),
        where=("FR", "BE"),
        sex={"p2": "f"},
        lang="fr",
    ),
    T(
        "nursery-paste-fr",
        "paste",
        """
Extract as JSON (child, parent, phone, email, address, authorised_pickup):

Crèche Les Petits Pas – fiche d'inscription
Enfant : {{p1}}
Parent : {{p2}}, tél. {{phone1}}, courriel {{p2.email}}
Adresse : {{addr1}}
Allergies : arachides
Personne autorisée à récupérer l'enfant : {{p3}} ({{phone2}})
""",
        names=("fr",),
        where=("FR", "BE", "CH"),
        kin={"p2": "p1"},
        lang="fr",
    ),
    T(
        "harbour-paste-pt",
        "paste",
        """
Translate to English:

Boa tarde, {{p1.first}}. O rebocador Gaivota chega às 6h30 ao cais 4. O piloto {{p2}} embarca junto à boia de entrada. Qualquer problema liga para o {{phone1}} ou escreve para {{email1.operacoes}}.
Abraço,
{{p3.first}}
""",
        names=("pt",),
        where=("PT", "BR"),
        lang="pt",
    ),
    T(
        "tailor-paste-it",
        "paste",
        """
Summarise in English:

Gentile {{p1.hon_it}} {{p1.ref}},
le scarpe Derby e la giacca Norfolk sono pronte per la prova. Può passare in sartoria, {{addr1}}, martedì o giovedì pomeriggio. Il saldo di 640 euro può essere pagato con bonifico sul conto {{iban1}} intestato a {{p2}}.
Cordiali saluti,
{{p2.first}}
""",
        names=("it",),
        where=("IT",),
        lang="it",
    ),
    T(
        "row-paste-nl",
        "paste",
        """
Vat dit samen in het Engels:

Beste leden,
Zondag is de clubregatta. Aanmelden kan tot vrijdag bij {{p1}} ({{phone1}}). De nieuwe C4 heet „Betsy Jane” en gaat voor het eerst te water. De contributie voor het najaar graag overmaken naar {{iban1}} t.n.v. Roeivereniging Tidewater.
Groet,
{{p2}}
""",
        names=("nl",),
        where=("NL", "BE"),
        lang="nl",
    ),
    T(
        "gen-paste-pl",
        "paste",
        """
Translate into English:

Szanowni Państwo,
szukam informacji o moim pradziadku, {{p1}}, urodzonym w 1902 roku (miejsce urodzenia: {{city1}}). Jego żona, {{p2}}, pochodziła z miejscowości {{city2}}. Proszę o kontakt pod adresem {{addr1}} lub telefonicznie: {{phone1}}.
Z poważaniem,
{{p3}}
""",
        names=("pl",),
        where=("PL",),
        kin={"p2": "p1"},
        sex={"p1": "m", "p2": "f"},
        lang="pl",
    ),
    T(
        "sail-paste-sv",
        "paste",
        """
Translate to English:

Hej allihopa!
Seglingen på lördag: skeppare {{p1}}, gast {{p2.first}}. Vi samlas vid bryggan kl. 08.00. Ring {{phone1}} om ni blir försenade. Anmälningsavgiften betalas till {{iban1}} senast torsdag.
/{{p3.first}}
""",
        names=("sv",),
        where=("SE", "FI"),
        lang="sv",
    ),
    T(
        "ferry-paste-tr",
        "paste",
        """
Translate this notice to English:

Merhaba {{p1.first}} {{p1.hon_tr}},
yarınki vapur seferi fırtına nedeniyle iptal edildi. Bilet ücreti {{card1}} numaralı karta iade edilecektir. Sorularınız için {{p2}} ile {{phone1}} numarasından iletişime geçebilirsiniz.
Saygılarımızla
""",
        names=("tr",),
        where=("TR",),
        lang="tr",
    ),
    T(
        "fellow-paste-id",
        "paste",
        """
Summarise in English:

Yth. {{p1.hon_id}} {{p1.first}},
Selamat! Anda terpilih sebagai penerima beasiswa Fulbright tahun ini. Mohon kirimkan salinan paspor ke {{email1.beasiswa}} paling lambat tanggal 15. Untuk informasi lebih lanjut, silakan hubungi {{p2}} di {{phone1}}.
Hormat kami,
{{p3}}
""",
        names=("id",),
        where=("ID",),
        lang="id",
    ),
    T(
        "rest-paste-vi",
        "paste",
        """
Translate to English:

Chào {{p1.hon_vi}} {{p1.first}}, nhà hàng xác nhận đặt bàn cho 10 người vào tối thứ Bảy. Món chính: bò Wellington, tráng miệng: bánh Pavlova. Vui lòng gọi {{phone1}} nếu có thay đổi. Người phụ trách: {{p2}}.
""",
        names=("vi",),
        where=("VN",),
        lang="vi",
    ),
    T(
        "nursery-paste-en",
        "paste",
        """
Reply to this on my behalf, politely, saying yes to the early pick-up:

> Hi, it's {{p1}}, {{p2.first}}'s dad. Could {{p2.first}} be collected at 2pm on Friday by my partner {{p3}}? We're flying out of {{city1}} that evening. Mobile {{phone1}}. Thanks!
""",
        kin={"p2": "p1"},
        sex={"p1": "m"},
    ),
    T(
        "hike-paste-en",
        "paste",
        """
Extract as JSON (name, role, phone, email):

Committee 2024–25
President – {{p1}}, {{phone1}}, {{p1.email}}
Meets secretary – {{p2}}, {{phone2}}
Safety officer (Mountain Leader) – {{p3}}, {{p3.email}}
Hut bookings – {{email1.huts}}
""",
    ),
    T(
        "auction-paste-en",
        "paste",
        """
Summarise this condition report in three bullet points:

Lot {{lot}}: "Portrait of Madame X" (copy after the 1884 original), oil on canvas, 208 x 109 cm. Consigned by {{p1}} of {{city1}}. Minor craquelure, relined. Sold to {{p2}} (paddle {{n}}) for £14,000 hammer; invoice sent to {{p2.email}}, payment received by card {{card1}}.
""",
    ),
]

CLEAN = [
    T(
        "rest-paste-es-menu",
        "paste",
        """
Translate this menu into English for the printed card:

Entrantes: ensalada César, huevos Benedict con salmón ahumado.
Principales: solomillo Wellington (para dos, 45 minutos), pizza Margherita al horno de leña.
Postres: Pavlova con frutos rojos, melocotón Melba.
IVA incluido. Precio por persona: {{n}} €. Válido hasta el {{?15 de marzo|30 de junio|1 de octubre}}.
""",
        lang="es",
    ),
    T(
        "phys-paste-de-safety",
        "paste",
        """
Übersetze diese Laborregeln ins Englische:

1. Im Magnetlabor (bis 12 Tesla) keine ferromagnetischen Gegenstände mitführen.
2. Flüssighelium (4,2 Kelvin) nur mit Schutzbrille und Handschuhen umfüllen.
3. Leistung der Netzteile nicht über 3 Kilowatt einstellen.
4. Bei Quench sofort den Raum verlassen und die Hotline der Haustechnik anrufen (Durchwahl {{n}}).
""",
        lang="de",
    ),
    T(
        "bio-paste-fr-protocol",
        "paste",
        """
Résume ce protocole en anglais :

Version {{ver}} du {{?3 mars|12 juin|9 octobre}}. Recherche de Salmonella spp. dans les aliments selon la norme ISO 6579-1 : pré-enrichissement en eau peptonée tamponnée (18 h à 37 °C), enrichissement sélectif en bouillon RVS et MKTTn, isolement sur gélose XLD. Pour Listeria monocytogenes, suivre ISO 11290-1 ; confirmer les colonies suspectes par test CAMP.
""",
        lang="fr",
    ),
    T(
        "tailor-paste-it-shoes",
        "paste",
        """
Translate for our English website:

Le nostre Oxford sono cucite a mano con lavorazione Goodyear, in vitello nero o marrone. La Derby ha l'allacciatura aperta ed è più comoda per il piede largo. Il cappotto Chesterfield è disponibile in loden e cammello. Tempi di consegna: {{?4-6|6-8|8-10}} settimane. Prezzo a partire da {{n}}0 euro.
""",
        lang="it",
    ),
    T(
        "hike-paste-pl-route",
        "paste",
        """
Translate this trail description into English:

Szlak zaczyna się przy schronisku, 1 250 m n.p.m. Pierwsze dwie godziny to łagodne podejście lasem, potem żleb i łańcuchy. Na szczycie (2 499 m) bywa silny wiatr – zabierz kurtkę i czołówkę. Czas przejścia: {{?6–7|7–8|8–9}} godzin. Szlak zamknięty od 1 grudnia do 15 maja.
""",
        lang="pl",
    ),
    T(
        "stats-paste-id-lecture",
        "paste",
        """
Summarise these lecture notes in English:

Minggu ke-5: uji-t Student untuk dua sampel independen, uji Welch bila varians tidak sama, dan korelasi Pearson vs Spearman. Tugas: hitung nilai p untuk data tinggi badan (n = {{n}}) dan terapkan koreksi Bonferroni untuk 6 perbandingan. Batas pengumpulan hari Jumat pukul 23.59.
""",
        lang="id",
    ),
    T(
        "ferry-paste-vi-schedule",
        "paste",
        """
Translate this notice into English:

Thông báo: Do thời tiết xấu, chuyến tàu lúc {{?7 giờ 30|6 giờ 15|8 giờ}} sáng thứ {{?Hai|Ba|Tư}} bị hủy. Hành khách đã mua vé có thể đổi sang chuyến 13 giờ cùng ngày hoặc được hoàn tiền tại quầy bán vé. Xin lỗi quý khách vì sự bất tiện này.
""",
        lang="vi",
    ),
    T(
        "row-paste-nl-rules",
        "paste",
        """
Vat samen in het Engels:

Vanaf {{?1 november|15 oktober|1 december}} geldt de winterregeling: geen skiffs op het water bij een watertemperatuur onder de 10 °C, altijd een reddingsvest in de C1 en C2, en afmelden in het botenboek. De nieuwe acht („Betsy Jane”) is alleen voor wedstrijdploegen. Sleutels liggen bij de bar.
""",
        lang="nl",
    ),
    T(
        "lib-paste-pt-archive",
        "paste",
        """
Summarise in English:

O arquivo municipal abre às terças e quintas, das {{?9h|10h}} às {{?16h|17h|18h}}. Os registos paroquiais anteriores a 1911 só podem ser consultados em microfilme. Pedidos de cópia: 2 euros por página, pagamento por MB Way ou numerário. Não é permitido fotografar com flash.
""",
        lang="pt",
    ),
    T(
        "fellow-paste-en-press",
        "paste",
        """
Make this press release shorter (max 80 words):

The Foundation today announced twelve new Marie Curie fellowships and four Rhodes visiting awards for 2025. Fellows will work on topics from the Riemann hypothesis to Kaplan-Meier methods for rare diseases. Each award carries a stipend of £2,400 per month and a research budget of £10,000. Applications for the next round open on {{date}} via the online portal.
""",
    ),
]
