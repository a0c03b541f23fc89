"""val25 templates with personal data: bibliography, ics, vcard, paste (text in eleven
languages wrapped in an instruction) and voice (dictation without capitals or punctuation)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val25_gen import t

TEMPLATES = [
    # --- bibliography --------------------------------------------------------------------
    t(
        "museum-bib-1",
        "bibliography",
        """
Format these references in Harvard style and sort them:

{{p1.bib}} ({{n:1995-2023}}) Weaving and the mill town: women's work 1850-1950. {{city1:GB}}: Loom Press.
{{p2.bib}} and {{p3.bib}} ({{n:1995-2023}}) 'Oral testimony in industrial museums', Museum Practice, 14(2), pp. 33-51. doi:{{doi}}
{{p4.bib}} ({{n:1995-2023}}) Cataloguing the uncatalogued. 2nd edn. Edited by {{p5.init}}. {{city2}}: Archive Books.
""",
    ),
    t(
        "farm-bib-1",
        "bibliography",
        """
References
[1] {{p1.bib}}, {{p2.bib}} ({{n:2010-2024}}). Cover crop mixtures and soil nitrogen in cereal rotations. Field Crops Research 281, 108-119. https://doi.org/{{doi}}
[2] {{p3.bib}} ({{n:2010-2024}}). Cooperative marketing of grain: a review. Journal of Agricultural Economics 72(3).
[3] {{p4.lf}} et al. ({{n:2010-2024}}). Dairy herd fertility after heat stress. ISBN {{isbn}}.
Check [3] - I think the first author's name is wrong, it should be {{p5.bib}}.
""",
    ),
    t(
        "health-bib-1",
        "bibliography",
        """
{{p1.bib}}, {{p2.bib}}, & {{p3.bib}} ({{n:2012-2024}}). Recall intervals for adult dental patients: a randomised trial. British Dental Journal, 230(4), 211-218.
{{p4.bib}} ({{n:2012-2024}}). Community pharmacy and antibiotic stewardship. {{city1}}: Pharmaceutical Press.
Summarise what each of these is likely to say, one line each.
""",
    ),
    # --- ics -----------------------------------------------------------------------------
    t(
        "health-ics-1",
        "ics",
        """
BEGIN:VCALENDAR
BEGIN:VEVENT
UID:{{uuid}}
DTSTART:{{n:2025-2026}}0{{n:1-9}}1{{n:0-9}}T093000
SUMMARY:Hygienist - {{p1}}
LOCATION:{{addr1}}
ORGANIZER;CN={{p2}}:mailto:{{em1:reception}}
ATTENDEE;CN={{p1}}:mailto:{{p1.mail}}
DESCRIPTION:Please arrive 10 minutes early. To rearrange call {{ph1}}.
END:VEVENT
END:VCALENDAR
""",
    ),
    t(
        "recruit-ics-1",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Interview - {{p1}} - Site Manager
DTSTART:{{n:2025-2026}}11{{n:10-28}}T140000Z
ORGANIZER;CN="{{p2}}":mailto:{{p2.work}}
ATTENDEE;CN="{{p3}}";ROLE=REQ-PARTICIPANT:mailto:{{p3.work}}
ATTENDEE;CN="{{p1}}":mailto:{{p1.mail}}
LOCATION:{{addr1}}
END:VEVENT
""",
    ),
    t(
        "gym-ics-1",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:1:1 coaching - {{p1.first}} with {{p2.first}}
DTSTART:{{n:2025-2026}}0{{n:1-9}}0{{n:1-9}}T070000
LOCATION:{{addr1}}
DESCRIPTION:Threshold test on the turbo. Coach mobile {{ph1}}. Athlete emergency contact {{p3}} {{ph2}}
END:VEVENT
Make this into a reminder text for the athlete.
""",
    ),
    # --- vcard ---------------------------------------------------------------------------
    t(
        "vet-vcard-1",
        "vcard",
        """
BEGIN:VCARD
VERSION:3.0
FN:{{p1}}
N:{{p1.last}};{{p1.first}};;;
TEL;TYPE=cell:{{ph1}}
EMAIL:{{p1.mail}}
NOTE:Owner of Pepper (cat) and Rolo (rabbit). Partner {{p2}} may also collect.
END:VCARD
""",
    ),
    t(
        "translation-vcard-1",
        "vcard",
        """
BEGIN:VCARD
VERSION:4.0
FN:{{p1}}
ORG:LinguaLink Interpreting
TITLE:Court and medical interpreter
TEL;TYPE=work:{{ph1}}
TEL;TYPE=cell:{{ph2}}
EMAIL;TYPE=work:{{p1.work}}
ADR;TYPE=work:;;;{{city1}};;;{{city1.country}}
END:VCARD
""",
    ),
    t(
        "customs-vcard-1",
        "vcard",
        """
Import this contact into the CRM:
BEGIN:VCARD
VERSION:3.0
FN:{{p1}}
ORG:ClearPath Customs Brokers
TEL:{{ph1}}
EMAIL:{{p1.work}}
ADR:;;{{addr1}};;;;
NOTE:Backup contact {{p2}} ({{p2.work}})
END:VCARD
""",
    ),
    # --- paste ---------------------------------------------------------------------------
    t(
        "property-paste-es",
        "paste",
        """
Summarise this tenant email in English, three bullets:

Hola {{p1.first}}:
Le escribo por el piso de {{addr1:ES}}. Desde el lunes no funciona la calefacción y mi hija pequeña está resfriada. El técnico que mandaron, {{p2}}, dijo que hay que cambiar la caldera, pero necesita la autorización del propietario, {{p3.title_es}} {{p3.last}}. ¿Podría llamarle hoy? Mi móvil es {{ph1:ES}}.
Por cierto, este mes he pagado el alquiler a la cuenta nueva, {{iban1:ES}}, como me indicó.
Un saludo,
{{p4}}
""",
        cult="es",
    ),
    t(
        "customs-paste-de",
        "paste",
        """
Translate into English, keep the formatting:

Sehr geehrte Frau {{p1.last:f,de}},

Ihre Sendung {{track}} aus {{city1}} wurde vom Zoll angehalten. Für die Freigabe benötigen wir eine Handelsrechnung, unterschrieben vom Absender ({{p2}}), sowie die Zahlung der Einfuhrumsatzsteuer in Höhe von {{price:40-900}}.
Bitte überweisen Sie den Betrag auf das Konto IBAN {{iban1:DE}} unter Angabe der Referenz {{ref}}.
Bei Rückfragen erreichen Sie Herrn {{p3.last:m}} unter {{ph1:DE}}.

Mit freundlichen Grüßen
{{p4}}
""",
        cult="de",
        cur="€",
    ),
    t(
        "vet-paste-fr",
        "paste",
        """
Translate this message from our partner clinic into English:

Bonjour {{p1.title_fr}} {{p1.last}},
Nous avons bien reçu Rocky, votre berger australien, ce matin. Le docteur {{p2.last}} l'a examiné : il a une otite à l'oreille gauche. Nous lui avons prescrit des gouttes pendant dix jours.
Vous pouvez passer le récupérer à partir de 17 h. Pour toute question, appelez-nous au {{ph1:FR}} ou écrivez à {{em1:accueil}}.
Votre fils {{p3.first:m}} a oublié la laisse à l'accueil !
Bien cordialement,
{{p4}}, auxiliaire vétérinaire
""",
        cult="fr",
    ),
    t(
        "recruit-paste-pt",
        "paste",
        """
Extract as JSON (name, email, phone, city, years_experience, languages):

Currículo
{{p1:f,pt}}
{{city1:BR}}
E-mail: {{p1.mail}} | Celular: {{ph1:BR}}
Resumo: Engenheira agrônoma com 9 anos de experiência em cooperativas de café e soja. Coordenei a certificação de 120 produtores.
Experiência:
- Cooperativa Vale Verde (2018-atual): coordenadora técnica; gestor: {{p2:pt}}
- Cafeeira Boa Safra (2014-2018): assistente técnica
Idiomas: português (nativo), inglês (avançado), espanhol (intermediário)
Referência: {{p3:pt}}, {{ph2:BR}}
""",
    ),
    t(
        "museum-paste-it",
        "paste",
        """
Summarise in English for the registrar:

Gentile {{p1.title_it}} {{p1.last}},
le confermo che il prestito delle due tele per la mostra di {{city1:IT}} è stato approvato dal direttore, {{p2}}. Il corriere sarà {{p3}}, che accompagnerà le opere dal museo fino alla sede espositiva. Per l'assicurazione "da chiodo a chiodo" ci serve il valore concordato entro venerdì.
Può contattare la nostra restauratrice, {{p4:f}}, al numero {{ph1:IT}}.
Cordiali saluti,
{{p5}}
Ufficio Prestiti
""",
        cult="it",
    ),
    t(
        "energy-paste-nl",
        "paste",
        """
What is this customer asking? Answer in English, then draft a reply in Dutch:

Beste klantenservice,
Mijn naam is {{p1}} en ik woon op {{addr1:NL}}. Sinds de nieuwe slimme meter is geplaatst, is mijn voorschot verdubbeld naar {{price:90-400}} per maand. De monteur ({{p2.first}}) zei dat de oude meterstand verkeerd was doorgegeven. Mijn klantnummer is {{n:1000000-9999999}}.
Kunt u mij terugbellen op {{ph1:NL}}? Het teveel betaalde bedrag graag terugstorten op {{iban1:NL}}.
Met vriendelijke groet,
{{p1}}
""",
        cult="nl",
        cur="€",
    ),
    t(
        "insurance-paste-pl",
        "paste",
        """
Translate to English:

Zgłoszenie szkody nr {{ref}}
Poszkodowany: {{p1:pl}}, zam. {{addr1:PL}}
Tel.: {{ph1:PL}}
Opis: W dniu {{date:uk}} na parkingu przy sklepie samochód Škoda Octavia został uderzony przez pojazd kierowany przez {{p2:pl}}. Sprawca przyznał się do winy. Świadek zdarzenia: {{p3:pl}}.
Proszę o przelew odszkodowania na rachunek {{iban1:PL}}.
Podpis: {{p1}}
""",
    ),
    t(
        "care-paste-sv",
        "paste",
        """
Summarise in English:

Hej {{p1.first}}!
Din mamma {{p2:f,sv}} hade en lugn vecka. Vi har ändrat besökstiderna: morgonbesöket kommer nu kl. 08.30 och kvällsbesöket kl. 19.00. Undersköterskan {{p3:sv}} har hand om medicinerna. Distriktssköterskan ringer dig på {{ph1:SE}} om provsvaren.
Ring gärna mig om du undrar något.
Hälsningar,
{{p4:sv}}, samordnare hemtjänsten
""",
    ),
    t(
        "travel-paste-tr",
        "paste",
        """
Reply in Turkish confirming the change, then give me an English summary:

Merhaba,
{{date:uk}} tarihli {{city1:TR}} turu için rezervasyonumu değiştirmek istiyorum. Rezervasyon numaram {{booking}}. Eşim {{p2:tr}} ile birlikte geleceğiz, ayrıca annem {{p3:f,tr}} de katılacak, yani toplam üç kişi olacağız.
Bir çift kişilik ve bir tek kişilik oda rica ediyorum. Ödemeyi {{cc1}} numaralı kartımdan alabilirsiniz.
Telefon: {{ph1:TR}}
Teşekkürler,
{{p1:tr}}
""",
    ),
    t(
        "charity-paste-id",
        "paste",
        """
Translate to English and tell me if the donor wants a receipt:

Yth. Panitia Donasi,
Saya {{p1:m,id}} ingin mengonfirmasi donasi sebesar Rp 2.500.000 untuk program beasiswa anak petani. Transfer sudah saya lakukan tanggal {{date:uk}} dari nomor rekening {{acct1}} atas nama istri saya, {{p2:f,id}}.
Mohon kirimkan kuitansi ke email {{p1.mail}} atau WhatsApp {{ph1:ID}}. Kami tinggal di {{city1:ID}}.
Terima kasih,
{{p1}}
""",
    ),
    t(
        "care-paste-vi",
        "paste",
        """
Translate this note from the nursery into English:

Kính gửi phụ huynh bé {{p1:vi}},
Hôm nay bé ăn ngoan và ngủ trưa đủ giấc. Buổi chiều bé hơi sốt nhẹ (37,8 độ), cô {{p2.first:f,vi}} đã cho bé uống nước và theo dõi.
Nếu hôm sau bé vẫn còn sốt, xin phụ huynh cho bé nghỉ ở nhà.
Mọi thắc mắc xin liên hệ cô giáo chủ nhiệm {{p3:f,vi}} qua số {{ph1:VN}}.
Trân trọng,
Trường Mầm non Hoa Sen
""",
    ),
    t(
        "travel-paste-en",
        "paste",
        """
Extract the passengers as JSON (name, date of birth, passport country):

---
Hi team, please add the following to the {{city1}} walking tour on {{date:long}}:
{{p1}} - born {{date:dob}} - {{country1}} passport
{{p2}} - born {{date:dob}} - {{country2}} passport
{{p3}}, born {{date:dob}}, {{country3}} passport
Invoice to me, {{p4}}, {{p4.mail}}. Thanks!
---
""",
    ),
    t(
        "farm-paste-en",
        "paste",
        """
Reply to this, politely saying we can't match the price:

"Morning. {{p1.first}} here from Northfield Agri. We can offer your members fertiliser at {{price:280-450}}/t delivered if 20 farms sign up by Friday. My colleague {{p2}} will ring round, or call me on {{ph1}}. {{p1}}"
""",
    ),
    # --- voice ---------------------------------------------------------------------------
    t(
        "vet-voice-1",
        "voice",
        """
text {{p1.flower:m}} and say the vet moved rocky's jab to thursday at ten his number is {{ph1.compact}} oh and copy in {{p2.lower}}
""",
    ),
    t(
        "property-voice-1",
        "voice",
        """
note for the file tenant {{p1.lower:f}} at {{addr1.lower}} rang about the damp again she wants someone round before friday her number is {{ph1.compact}} and her sister {{p2.flower}} has a spare key
""",
    ),
    t(
        "events-voice-1",
        "voice",
        """
remind me to call the caterer {{w1.flower}} at two about the canapes and ask {{p1.flower}} whether the marquee people confirmed for the {{p2.llast}} wedding
""",
    ),
    t(
        "travel-voice-1",
        "voice",
        """
add two passengers to the {{city1.lower}} trip {{p1.lower}} and {{p2.lower}} both adults sharing a room then email the confirmation to {{p3.flower}} who booked it
""",
    ),
    t(
        "recruit-voice-1",
        "voice",
        """
draft a rejection for {{p1.lower:f}} the candidate from tuesday keep it kind and say {{p2.flower}} will keep her cv on file for six months
""",
    ),
    t(
        "insurance-voice-1",
        "voice",
        """
log a new claim for {{p1.lower}} a tree came down on the car outside {{addr1.lower}} last night no injuries call back on {{ph1.compact}} and the neighbour {{p2.lower}} saw it happen
""",
    ),
    # --- more forms and e-mails with US identifiers -------------------------------------
    t(
        "recruit-form-2",
        "form",
        """
EMPLOYEE WITHHOLDING & DIRECT DEPOSIT
Employee name: {{p1.upper}}
Social Security number: {{ssn1}}
Home address: {{addr1:US}}
Filing status: [x] Married filing jointly
Spouse: {{p2}}
Direct deposit - checking account: {{acct1:us}}   Routing: 0{{n:10000000-99999999}}
Hiring manager: {{p3}}   Start date: {{date:us}}
""",
        ph="US",
    ),
    t(
        "legal-email-2",
        "email",
        """
Subject: Estate of {{p1}} - accounts to close

{{p2.first}},

For the estate inventory I still need statements for the decedent's checking account ({{acct1:us}}) and the brokerage account. The bank asked for the decedent's SSN, {{ssn1}}, and a certified death certificate. The surviving spouse, {{p3}}, has the originals at {{addr1:US}}.
Please call {{p3.first}} on {{ph1:US}} to arrange collection.

{{p4}}
Probate paralegal
""",
        ph="US",
        cur="$",
    ),
    t(
        "travel-email-2",
        "email",
        """
Subject: Final itinerary - {{booking}} - {{p1.title}} {{p1.last}} party

Dear {{p1.first}},

Here is the final itinerary for your group of four.

Day 1 ({{date:short}}): arrive on {{flight}}, transfer to the hotel in {{city1:IT}} (driver: {{p2}}, {{ph1}}).
Day 2: guided walk of the old town with {{p3}}; afternoon free.
Day 3: train to {{city2:IT}}, seats {{seat}} and {{seat}} reserved; check-in from {{time}}.
Day 4: winery visit by minibus, lunch included.
Day 5: free day. Optional cooking class, {{price:40-90}} per person.
Day 6: transfer to the airport at {{time}}; flight {{flight}}.

Travellers:
- {{p1}} (lead, passport ending {{n:1000-9999}})
- {{p4}}
- {{p5}}
- {{p6}}, wheelchair assistance booked

The balance of {{price:1200-6000}} was paid on card {{cc1}} on {{date:long}}.
Emergency line in resort: {{ph2}}. Our duty manager this week is {{p7}}.

Have a wonderful trip,
{{p8}}
Wayfarer Tours
""",
        ph="IT",
        cur="€",
    ),
]
