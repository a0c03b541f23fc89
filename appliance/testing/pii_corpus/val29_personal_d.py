"""val29 personal templates: translation and interpreting agencies, archaeology digs and
heritage trusts, botanical gardens and herbaria (see val29.py and val29_gen.py)."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------ translation
    T(
        "tra-p01",
        "email",
        "translation",
        """Subject: Interpreter booking - Portuguese/English, \
{{date:long}}

Hi {{a.g}},

Can we book {{b}} again for the employment tribunal hearing in {{city:GB}}? The hearing \
starts at 10:00 and is expected to last two days. The claimant is {{c}}; {{c.his}} \
solicitor, {{d}}, can be reached on {{d.ph}}.

If {{b.g}} isn't available, {{e.i}} would also be fine.

Thanks,
{{f}}
Case Officer""",
    ),
    T(
        "tra-p02",
        "paste",
        "translation",
        """Terjemahkan ke bahasa Inggris dan ringkas:

"Yth. Bapak/Ibu, saya {{a}}, penerjemah tersumpah dari {{city:ID}}. Saya sudah \
menyelesaikan terjemahan akta kelahiran atas nama {{b}}. Dokumen asli akan saya kirim lewat \
kurir minggu ini. Untuk pembayaran, silakan transfer ke nomor rekening {{acct:ng}} atas nama \
saya. Hubungi saya di {{ph:ID}}. Terima kasih.\"""",
        "all=indonesian",
    ),
    T(
        "tra-p03",
        "paste",
        "translation",
        """Dịch sang tiếng Anh giúp tôi:

"Kính gửi quý công ty, tôi là {{a}}, hiện sống tại {{city:VN}}. Tôi cần dịch hợp đồng lao \
động và giấy khai sinh của con tôi, {{b.g}}, sang tiếng Anh trước ngày 15. Xin vui lòng \
liên hệ số {{ph:VN}} hoặc email {{a.mail}}. Trân trọng.\"""",
        "all=vietnamese b=^a",
    ),
    T(
        "tra-p04",
        "json",
        "translation",
        """Generate the purchase order text from this job \
record:

{"job": "{{tkt:TRN}}", "source_lang": "de", "target_lang": "en-GB", "words": \
{{n:800-12000}}, "client_contact": {"name": "{{a}}", "email": "{{a.mail}}"}, "translator": \
{"name": "{{b}}", "email": "{{b.mail}}", "iban": "{{iban}}", "rate_per_word_eur": 0.11}, \
"due": "{{date:iso}}"}""",
    ),
    T(
        "tra-p05",
        "xml",
        "translation",
        """Fill in the missing French targets:

<xliff version="1.2">
 <file source-language="en" target-language="fr" datatype="plaintext" original="welcome.txt">
  <body>
   <trans-unit id="1"><source>Dear {{a}},</source><target>Bonjour {{a}},</target></trans-unit>
   <trans-unit id="2"><source>Your interpreter, {{b}}, will meet you at the arrivals \
desk.</source><target/></trans-unit>
   <trans-unit id="3"><source>Questions? Call {{ph:FR}}.</source><target/></trans-unit>
  </body>
 </file>
</xliff>""",
    ),
    T(
        "tra-p06",
        "letter",
        "translation",
        """{{a}} - Sworn Translator (EN/ES/CA)
{{addr:ES}}
{{a.mail}} | {{a.ph}}

INVOICE {{inv}}
Client: {{b}}

Certified translation of degree certificate and transcript (4 pages) ..... \
€{{n:80-400}}.00
IVA 21% ..... included

Payment by transfer to {{iban:ES}} within 15 days, please.""",
        "a=spanish,basque",
    ),
    T(
        "tra-p07",
        "tsv",
        "translation",
        """Who can cover an Amharic job in the north next \
week?

name\tlanguages\tbase\tmobile\temail\tavailable
{{a}}\tAmharic, English\t{{city:GB}}\t{{a.ph}}\t{{a.mail}}\tMon-Wed
{{b}}\tVietnamese, English\t{{city:GB}}\t{{b.ph}}\t{{b.mail}}\tThu-Fri
{{c}}\tFarsi, Dari\t{{city:GB}}\t{{c.ph}}\t\tany
{{d}}\tPolish, Russian\t{{city:GB}}\t{{d.ph}}\t{{d.mail}}\tweekends""",
        "a=ethiopian b=vietnamese c=persian d=polish,ukrainian",
    ),
    T(
        "tra-p08",
        "toolcall",
        "translation",
        """translate(text="Hola {{a.g}}, el intérprete \
{{b}} te esperará en la entrada principal a las 9. Su móvil es {{b.ph}}.", source="es", \
target="en", glossary_id="legal-v3")""",
        "all=spanish,mexican,colombian,rioplatense",
    ),
    T(
        "tra-p09",
        "chat",
        "translation",
        """I run a small interpreting agency. {{a}} (our Dari \
interpreter) is double-booked on {{date:long}}: a GP appointment for {{b}} at 10:00 and a \
court hearing at 10:30. Write a polite message to {{b.g}}'s caseworker, {{c}} ({{c.mail}}), \
offering our other Dari interpreter, {{w.g}}, instead.""",
    ),
    # ------------------------------------------------------------------ archaeology
    T(
        "arc-p01",
        "email",
        "archaeology",
        """Subject: Volunteer application - summer \
excavation

Dear Dr {{a.f}},

I'm a second-year archaeology student and would love to join the dig at the Roman villa \
this July. I have fieldwork experience from a training excavation in {{region}} and can \
stay for three weeks.

My referee is Professor {{b}} ({{b.mail}}). I can be reached on {{c.ph}}.

Best regards,
{{c}}""",
    ),
    T(
        "arc-p02",
        "notes",
        "archaeology",
        """Trench 4, context 4017 - {{date:eu}}
Supervisor: {{a.i}}. Diggers: {{b.g}}, {{c.g}}, {{d.g}}.
SF {{n:300-499}}: copper-alloy brooch, found by {{b}} at 1.42 m below datum.
SF {{n:500-699}}: samian sherd (Dragendorff 37), found by {{c.gi}} in the sondage.
Photos uploaded by {{d.g}}; finds tray handed to {{e}} at 16:30. Finds assistant today: {{w}}.""",
    ),
    T(
        "arc-p03",
        "csv",
        "archaeology",
        """Sort the finds register by context and count \
finds per finder:

sf_no,context,object,material,finder,date_found
{{n:100-999}},{{n:1000-4999}},coin (sestertius),copper alloy,{{a}},{{date:iso}}
{{n:100-999}},{{n:1000-4999}},hairpin,bone,{{b}},{{date:iso}}
{{n:100-999}},{{n:1000-4999}},spindle whorl,ceramic,{{a.gi}},{{date:iso}}
{{n:100-999}},{{n:1000-4999}},hobnails (x14),iron,{{c}},{{date:iso}}""",
    ),
    T(
        "arc-p04",
        "minutes",
        "archaeology",
        """Heritage Trust - trustees' meeting minutes
Present: {{a}} (chair), {{b}}, {{c}}; {{d}} (treasurer)
1. The conservation report on the Wesley Chapel roof was received. {{b.g}} to obtain three \
quotes.
2. Bequest from the estate of the late {{e}} ({{e.city}}): £{{n:5000-90000}}, restricted to \
the archive.
3. Volunteer coordinator {{f}} can be reached on {{f.ph}} about the open day rota.""",
    ),
    T(
        "arc-p05",
        "form",
        "archaeology",
        """Volunteer Registration - Heritage Trust
Full name: {{a}}
Address: {{addr}}
Phone: {{a.ph}}    Email: {{a.mail}}
Emergency contact: {{b}}, {{b.ph}}
Tetanus up to date: Y
Skills: {{|finds washing|geophysics|drawing|photography}}""",
    ),
    T(
        "arc-p06",
        "bibliography",
        "archaeology",
        """Check these references for missing \
fields:

{{a.bib}} ({{year}}) Samian ware from the northern frontier: a reassessment. Britannia, 52, \
101-134.
{{b.bib}} and {{c.bib}} ({{year}}) Radiocarbon dates from the Hadrian's Wall vicus. \
Antiquity, 95(382), 882-899. doi:{{doi}}
English Heritage ({{year}}) Management of Research Projects in the Historic Environment.""",
    ),
    T(
        "arc-p07",
        "paste",
        "archaeology",
        """Resuma em inglês:

"Olá {{a.g}}, confirmamos a sua participação na escavação do castro de 7 a 25 de julho. O \
alojamento fica em {{city:PT}}. Por favor envie uma cópia do seguro para {{b.mail}} e \
indique um contacto de emergência. Qualquer dúvida, ligue para a coordenação ({{b}}): \
{{ph:PT}}. Cumprimentos, Equipa de Arqueologia\"""",
        "all=portuguese,brazilian",
    ),
    T(
        "arc-p08",
        "sms",
        "archaeology",
        """Dig update: site closed tomorrow, Storm Babet \
warning. {{a.g}} please tell your team. Minibus from {{city:GB}} cancelled. Questions: \
{{b}} {{ph:GB}}""",
    ),
    # ------------------------------------------------------------------ botanic gardens
    T(
        "bot-p01",
        "xml",
        "botanic",
        """<specimen catalogNumber="K{{n:100000-999999}}">
  <scientificName>Banksia serrata L.f.</scientificName>
  <recordedBy>{{a}}</recordedBy>
  <recordNumber>{{n:100-9999}}</recordNumber>
  <eventDate>{{date:iso}}</eventDate>
  <locality>roadside scrub near {{city:AU}}</locality>
  <country>{{country:AU}}</country>
  <identifiedBy>{{b.i}}</identifiedBy>
  <remarks>Duplicate sent to {{c}} ({{c.mail}})</remarks>
</specimen>""",
    ),
    T(
        "bot-p02",
        "csv",
        "botanic",
        """Which loans are overdue as of today?

loan_no,borrower,institution,email,specimens,due_back
L{{n:1000-9999}},{{a}},Naturalis Biodiversity Center,{{a.mail}},Magnolia (12),{{date:iso}}
L{{n:1000-9999}},{{b}},Harvard University Herbaria,{{b.mail}},Fuchsia (4),{{date:iso}}
L{{n:1000-9999}},"{{c.lf}}",Smithsonian NMNH,{{c.mail}},Banksia (31),{{date:iso}}""",
    ),
    T(
        "bot-p03",
        "email",
        "botanic",
        """Subject: Index Seminum request

Dear {{a}},

We would like to request the following from your {{year}} Index Seminum: Dahlia coccinea \
(wild origin, {{region:MX}}), Fuchsia magellanica and Kniphofia uvaria. Please send them \
to our curator, {{b}}, at {{addr}}.

Import permit {{case}} is attached. My direct line is {{ph}}.

With thanks,
{{c}}
Seed Bank Officer""",
    ),
    T(
        "bot-p04",
        "bibliography",
        "botanic",
        """{{a.bib}} ({{year}}) A revision of Fuchsia \
sect. Quelusia. Systematic Botany, 45(3), 512-530.
{{b.bib}}, {{a.bib}} & {{c.bib}} ({{year}}) Phylogeny of Banksia. Australian Systematic \
Botany, 33, 1-24. doi:{{doi}}
{{d.bib}} ({{year}}) Magnolias of the World. 2nd edn.

Turn these into BibTeX entries.""",
    ),
    T(
        "bot-p05",
        "json",
        "botanic",
        """{"occurrenceID": "{{uuid}}", "scientificName": \
"Magnolia campbellii Hook.f.", "recordedBy": "{{a}} | {{b}}", "eventDate": "{{date:iso}}", \
"country": "{{country:NP}}", "locality": "{{city:NP}}, forest edge", "decimalLatitude": \
27.{{n:1000-9999}}, "georeferencedBy": "{{c.i}}"}

Is this record valid Darwin Core?""",
    ),
    T(
        "bot-p06",
        "ticket",
        "botanic",
        """Ticket #{{n:10000-99999}} - Visitor complaint
From: {{a}} <{{a.mail}}>
Phone: {{a.ph}}
Subject: Glasshouse closed without notice

We travelled from {{city}} specifically to see the Victoria amazonica in flower and the \
Palm House was shut. Staff member {{b.g}} said it was a heating fault. I'd like a refund of \
the two tickets ({{price:£}}).
Assigned to: {{c.gi}}""",
    ),
    T(
        "bot-p07",
        "paste",
        "botanic",
        """Traduci in inglese:

"Gentile {{a}}, la ringraziamo per la donazione di semi di Dahlia e Fuchsia all'Orto \
Botanico. Il curatore, {{b}}, la contatterà al numero {{ph:IT}} per organizzare il ritiro \
presso {{addr:IT}}. Cordiali saluti, {{c}}\"""",
        "all=italian,romanian,greek",
    ),
    T(
        "bot-p08",
        "chat",
        "botanic",
        """We're registering a new Camellia cultivar for the \
donors who funded the glasshouse, {{a}} and {{b}}; their grandchild {{c.g}} picked the \
name. Draft a short press release. Press contact is {{d}}, {{d.mail}} or {{d.ph}}.""",
    ),
]
