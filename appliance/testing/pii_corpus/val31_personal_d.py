"""val31 personal templates, part D: Slack, Jira, bibliographies, calendar and contact cards,
pasted text in other languages, and dictated voice notes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val31_gen import P

TEMPLATES = [
    # --------------------------------------------------------------- slack
    P(
        "pd-slack-news-1",
        "slack",
        "news",
        """
[{{time}}] {{p1}}: @{{p2.handle}} did you get a callback from the harbour board?
[{{time}}] {{p2}}: yes - {{p3}} says they'll go on record tomorrow. number's {{ph1}} if you want it
[{{time}}] {{p1}}: :+1: I'll take the council side. {{p4.first}} is subbing tonight
[{{time}}] {{bot}}: Reminder: pitch meeting at 10:30
""",
    ),
    P(
        "pd-slack-brewery-1",
        "slack",
        "brewery",
        """
#taproom-ops
{{p1.first}} [{{time}}]: the {{beer}} line is fobbing again, {{p2.first}} can you look before \
the {{cocktail}} masterclass?
{{p2.first}} [{{time}}]: on it. also the supplier rep {{p3}} wants to drop off samples thu, \
their cell is {{ph1}}
{{p1.first}} [{{time}}]: cool. put them in touch with {{p4}} about the festival bar
""",
    ),
    P(
        "pd-slack-oss-1",
        "slack",
        "oss",
        """
{{p1}}  {{time}}
hey folks, I'm giving the keynote at the hackathon in {{l1.city}} on {{date}} - @{{p2.handle}} \
are you still presenting the {{software}} demo?
{{p2}}  {{time}}
yep! {{p3.first}} from the sponsor wants the attendee list, I said no :sweat_smile: they can \
write to {{em:sponsors}}
""",
    ),
    P(
        "pd-slack-ship-1",
        "slack",
        "shipping",
        """
{"channel": "#ops-{{locode}}", "messages": [
  {"ts": "{{n:1700000000-1760000000}}.{{n:100000-999999}}", "user": "{{p1.handle}}", \
"user_name": "{{p1}}", "text": "customs hold on {{container}}, broker is {{p2}} ({{ph1}})"},
  {"ts": "{{n:1700000000-1760000000}}.{{n:100000-999999}}", "user": "{{p3.handle}}", \
"user_name": "{{p3}}", "text": "thanks, I'll call {{p2.first}} after the {{vessel}} berths"}
]}
""",
    ),
    P(
        "pd-slack-rescue-1",
        "slack",
        "rescue",
        """
*{{p1}}* {{time}}
Callout closed. Casualty {{p2.first}} handed to ambulance at {{l1.city}}. Thanks all, esp. \
{{p3.first}} and {{p4.first}} on the stretcher.
*{{p5}}* {{time}}
kit list for restock: 2x vacuum splints, 1x {{pick:casbag|bivi|stove}}. I'll order on the team card.
""",
    ),
    # ---------------------------------------------------------------- jira
    P(
        "pd-jira-rail-1",
        "jira",
        "rail",
        """
RAIL-{{n:100-999}}: Volunteer roster export shows wrong phone numbers
Comment by {{p1}} - {{date}}:
The export for the {{loco}} running day lists {{p2}} with {{ph1}}, but {{p2.first}} changed it \
to {{ph2}} in {{month}}. {{p3.ilast}} (signalman) is also missing.
Comment by {{p4}} - {{date}}:
Fixed in {{ver}}, please re-export.
""",
    ),
    P(
        "pd-jira-museum-1",
        "jira",
        "museum",
        """
CUR-{{n:100-999}} Loan agreement - {{artwork}} study
Reporter: {{p1}}   Assignee: {{p2}}
Description: Lender {{p3}} ({{l1.city}}) wants the fee paid to {{iban}} before the courier \
collects. Courier contact: {{p4}}, {{ph1}}.
Comment ({{p2.first}}): Finance says the IBAN checks out; transfer on {{date}}.
""",
    ),
    P(
        "pd-jira-oss-1",
        "jira",
        "oss",
        """
INFRA-{{n:100-999}} Block abusive IPs on the hackathon signup form
Reporter: {{p1}}
Description: We got {{n:300-900}} fake signups in an hour, mostly from {{ip}} and {{ip}}; one \
real attendee ({{p2}}, {{p2.email}}) was rate-limited by mistake from {{ip:v6}}.
Comment by {{p3}}: added both v4 addresses to the deny list; whitelisted {{p2.first}}.
""",
    ),
    P(
        "pd-jira-hr-1",
        "jira",
        "hr",
        """
HR-{{n:100-999}} Payroll: wrong SSN on W-2 for {{p1.lf}}
Reporter: {{p2}}  Priority: High
The W-2 shows {{ssn}} but the employee's card says {{ssn}}. Please correct before filing. \
Employee can be reached on {{ph1:US}}.
Comment by {{p3.first}}: corrected in the payroll system, reissuing W-2c.
""",
    ),
    P(
        "pd-jira-weather-1",
        "jira",
        "weather",
        """
WX-{{n:100-999}}: Warning SMS not delivered in {{l1.region}}
Reporter: {{p1.ilast}}
Subscribers {{ph1}} and {{ph2}} did not get the {{storm}} amber alert. Gateway log shows \
{{ip}} timing out. Assigned to {{p2}}.
""",
    ),
    # -------------------------------------------------------- bibliography
    P(
        "pd-bib-news-1",
        "bibliography",
        "news",
        """
References

{{p1.bib}} ({{pubyear}}) Tides, trade and the small port. Journal of Maritime History, 14(2), \
33-58. https://doi.org/{{doi}}
{{p2.bib}} and {{p3.bib}} ({{pubyear}}) Prize culture and the regional press. Harbour Press.
{{p4.bib}} ({{pubyear}}) Storm names and public risk perception. Weather, 77(5), 160-164. \
doi:{{doi}}
""",
    ),
    P(
        "pd-bib-mining-1",
        "bibliography",
        "mining",
        """
Please format these as APA:
- {{p1}}, {{p2}} - Rare-earth pegmatites of {{l1.region}}, {{pubyear}}, Ore Geology Reviews
- {{p3.bib}} ({{pubyear}}). {{mineral}} and {{mineral}} in skarn deposits. Mineralogical Magazine.
- {{p4.ilast}} et al., "Heap leach trials", internal report {{ref}}
""",
    ),
    P(
        "pd-bib-music-1",
        "bibliography",
        "music",
        """
Bibliography
{{p1.bib}} (ed.) ({{pubyear}}). Performing {{musicwork}}: a practical guide. {{l1.city}}: \
Stave & Bow.
{{p2.bib}}, & {{p3.bib}} ({{pubyear}}). Choirs in the age of streaming. Music & Letters, \
{{n:80-105}}(3), 401-420. https://doi.org/{{doi}}
""",
    ),
    P(
        "pd-bib-orchard-1",
        "bibliography",
        "orchard",
        """
Can you check these references for my dissertation on old apple varieties?
1. {{p1.bib}} ({{pubyear}}) Heritage orchards of {{l1.region}}. {{l1.city}}: Pippin Books.
2. {{p2.lf}} and {{p3.lf}}, "Fire blight resistance in {{cultivar}}", Acta Horticulturae \
({{pubyear}}).
3. {{p4.bib}} ({{pubyear}}) The rose garden at {{building}}. ISBN {{isbn}}.
""",
    ),
    P(
        "pd-bib-chess-1",
        "bibliography",
        "chess",
        """
{{p1.bib}} ({{pubyear}}). Winning with the {{opening}}. Batsford.
{{p2.bib}} ({{pubyear}}). The {{opening}} for club players. Everyman Chess. ISBN {{isbn}}.
{{p3.bib}} & {{p4.bib}} ({{pubyear}}). Endgame studies. {{l1.city}}: Quality Chess.
""",
    ),
    # ----------------------------------------------------------------- ics
    P(
        "pd-ics-wedding-1",
        "ics",
        "wedding",
        """
BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Final dress fitting - {{p1.first}}
DTSTART:2025{{pick:04|05|06|09}}1{{n:0-9}}T140000
LOCATION:{{l1.addr}}
ORGANIZER;CN={{p2}}:mailto:{{p2.work}}
ATTENDEE;CN={{p1}}:mailto:{{p1.email}}
DESCRIPTION:Bring shoes. Seamstress {{p3.first}} on {{ph1:l1}}.
END:VEVENT
END:VCALENDAR
""",
    ),
    P(
        "pd-ics-dental-1",
        "ics",
        "dental",
        """
BEGIN:VEVENT
UID:{{uuid}}
SUMMARY:Hygienist - {{p1}}
DTSTART:2025{{pick:02|03|10|11}}2{{n:0-8}}T0930
LOCATION:{{l1.addr}}
DESCRIPTION:With {{p2.ilast}}. To cancel call {{ph1:l1}}.
END:VEVENT
""",
    ),
    P(
        "pd-ics-school-1",
        "ics",
        "school",
        """
BEGIN:VEVENT
SUMMARY:Parents' evening - {{p1}} with {{p2.hon}} {{p2.last}}
DTSTART:2025{{pick:01|02|11}}1{{n:0-9}}T1700
LOCATION:{{room}}
ATTENDEE;CN={{p3}}:mailto:{{p3.email}}
END:VEVENT
""",
    ),
    # --------------------------------------------------------------- vcard
    P(
        "pd-vcard-translation-1",
        "vcard",
        "translation",
        """
BEGIN:VCARD
VERSION:3.0
N:{{p1.last}};{{p1.first}};;;
FN:{{p1}}
ORG:{{pick:LinguaLink|WordBridge|InterpretNow}}
TITLE:{{pick:Court interpreter|Conference interpreter|Sworn translator}}
TEL;TYPE=CELL:{{ph1}}
EMAIL:{{p1.work}}
ADR;TYPE=WORK:;;{{l1.addr}}
END:VCARD
""",
    ),
    P(
        "pd-vcard-farm-1",
        "vcard",
        "farm",
        """
Import this contact for me:
BEGIN:VCARD
VERSION:4.0
FN:{{p1}}
NICKNAME:{{p1.nick}}
TITLE:{{pick:Beekeeper|Farrier|Large-animal vet}}
TEL;TYPE=cell:{{ph1}}
TEL;TYPE=work:{{ph2}}
EMAIL:{{p1.email}}
NOTE:Shoes the horses; also looks after {{p2}}'s hives
END:VCARD
""",
    ),
    P(
        "pd-vcard-funeral-1",
        "vcard",
        "funeral",
        """
BEGIN:VCARD
VERSION:3.0
FN:{{p1}}
ORG:Greenacre Funerals
TEL:{{ph1}}
EMAIL:{{p1.work}}
ADR:;;{{l1.addr}}
END:VCARD
""",
    ),
    # --------------------------------------------------------------- paste
    P(
        "pd-paste-es-1",
        "paste",
        "wine",
        """
Translate into English and keep the formatting:

{{p1.g:Estimada|Estimado}} {{p1.first}}:
Le confirmamos el envío de seis botellas de {{wine}} a nombre de {{p2}}, con entrega en \
{{l1.addr}}. Si hay cualquier incidencia, puede llamar a la bodega al {{ph1}} o escribir a \
{{em:pedidos}}.
Un saludo,
{{p3}}
""",
    ),
    P(
        "pd-paste-de-1",
        "paste",
        "rail",
        """
Bitte fasse diese E-Mail auf Englisch zusammen:

Hallo {{p1.first}},
die Sonderfahrt mit der Dampflok am {{n:1-28}}.{{n:1-12}}. ist ausgebucht. {{p2}} aus \
{{l1.city}} fragt, ob {{p3.g:die Enkelin|der Enkel:kin2}} {{p3.first}} trotzdem mitfahren kann. Erreichbar unter {{ph1}}. \
Die Anzahlung ({{price}}) kam von IBAN {{iban:DE}}.
Viele Grüße
{{p4}}
""",
    ),
    P(
        "pd-paste-fr-1",
        "paste",
        "museum",
        """
Résume ce message en anglais, s'il te plaît :

Bonjour {{p1.first}},
La galerie a bien reçu le dessin prêté par {{p2}} ({{l1.city}}). Le constat d'état sera fait \
par {{p3.ilast}} le {{n:1-28}} {{pick:mars|avril|juin}}. Merci de rappeler le transporteur au \
{{ph1:FR}}.
Cordialement,
{{p4}}
""",
    ),
    P(
        "pd-paste-pt-1",
        "paste",
        "farm",
        """
Extract as JSON (name, phone, hives, place):

Olá, o meu nome é {{p1}} e sou {{p1.g:apicultora|apicultor}} perto de {{l1.city}}. Tenho {{n:10-60}} colmeias e \
quero vender mel à cooperativa. {{p2.g:A minha vizinha|O meu vizinho}}, {{p2}}, também tem interesse. Telefone: {{ph1}}.
""",
    ),
    P(
        "pd-paste-it-1",
        "paste",
        "music",
        """
Reply in English to this email, politely declining the complimentary tickets:

Gentile {{p1.first}},
il maestro {{p2}} dirigerà {{musicwork}} il {{n:1-28}} {{pick:marzo|aprile|giugno}}. Il violino \
solista sarà {{p3}}. Per i biglietti omaggio contattare {{p4.ilast}} al {{ph1:IT}}.
Cordiali saluti,
{{p5}}
""",
    ),
    P(
        "pd-paste-nl-1",
        "paste",
        "shipping",
        """
Summarise for the ops channel:

Beste {{p1.first}},
Container {{container}} staat nog op de terminal; de douane wil eerst de factuur zien. Kun je \
{{p2}} vragen om te bellen naar {{ph1:NL}}? Betaling graag op {{iban:NL}} t.n.v. {{p3}}.
Groet,
{{p4}}
""",
    ),
    P(
        "pd-paste-pl-1",
        "paste",
        "mining",
        """
Translate to English:

Szanowni Państwo,
informujemy, że próbki {{mineral}} z otworu DH-{{n:100-400}} zostały wysłane do laboratorium. \
Wyniki prześle {{p1}} do {{n:1-28}}.{{n:1-12}}. Kontakt w sprawie próbek: {{p2}}, tel. \
{{ph1:PL}}.
Z poważaniem,
{{p3}}
""",
    ),
    P(
        "pd-paste-sv-1",
        "paste",
        "rescue",
        """
Sammanfatta på engelska:

Larm {{time}}: skidåkare saknad ovanför {{l1.city}}. Anmälare {{p1}}, tel {{ph1:SE}}. Den \
saknade heter {{p2}}, {{n:20-70}} år. Insatsledare {{p3.ilast}}.
""",
    ),
    P(
        "pd-paste-tr-1",
        "paste",
        "wedding",
        """
Translate this WhatsApp message from Turkish:

Merhaba {{p1}}, düğün salonu {{n:1-28}}.{{n:1-12}}.2025 için ayrıldı. Kapora olarak {{price}} \
{{iban:TR}} hesabına yatırılmalı. Sorunuz olursa {{p2}} ile {{ph1:TR}} numarasından \
görüşebilirsiniz.
""",
    ),
    P(
        "pd-paste-id-1",
        "paste",
        "school",
        """
Translate to English:

Yth. Bapak/Ibu {{p1}},
Kami informasikan bahwa {{p2.first}} terdaftar di kelas les matematika setiap \
{{pick:Senin|Rabu|Jumat}} pukul 15.30. Untuk informasi lebih lanjut hubungi {{p3}} di \
{{ph1:ID}}.
Hormat kami,
{{p4}}
""",
    ),
    P(
        "pd-paste-vi-1",
        "paste",
        "funeral",
        """
Can you reply to this in simple Vietnamese and English?

Kính gửi quý công ty, tôi là {{p1}}. Mẹ tôi, bà {{p2:f:kin1}}, mất hôm qua tại {{l1.city}}. Gia đình \
muốn tổ chức tang lễ vào cuối tuần. Số điện thoại của tôi: {{ph1:VN}}.
""",
    ),
    P(
        "pd-paste-en-1",
        "paste",
        "ngo",
        """
Summarise this case note in three bullet points:

"Met {{p1}} at the clinic. Arrived from {{l1.country}} in {{month}}. Lives with {{p2}} at \
{{l2.addr}}. Asked for help opening a bank account; the charity's account number {{acct}} was \
given for the hardship grant by mistake - {{p3.first}} to correct. Phone {{ph1:l2}}."
""",
    ),
    P(
        "pd-paste-en-2",
        "paste",
        "hr",
        """
Rewrite this reference so it sounds more formal:

"{{p1.first}} worked for me at {{brand}} for three years. Reliable, great with customers. If \
you need more, I'm {{p2}} and you can get me on {{ph1}} or {{p2.email}}."
""",
    ),
    # --------------------------------------------------------------- voice
    P(
        "pd-voice-farm-1",
        "voice",
        "farm",
        """
note to self call {{p1}} about the heifers on {{weekday}} the number is {{ph1:nat}} and tell \
{{p2.first}} the tractor is booked in for a service
""",
    ),
    P(
        "pd-voice-rescue-1",
        "voice",
        "rescue",
        """
coastguard this is {{p1}} on the fishing boat we have a man overboard two miles off {{l1.city}} \
my mobile is {{ph1:l1:nat}} please hurry
""",
    ),
    P(
        "pd-voice-dental-1",
        "voice",
        "dental",
        """
hi its {{p1}} calling for {{p2}} i need to move my appointment with doctor {{p3.last}} from \
{{weekday}} to next week you can call me back on {{ph1:nat}} thanks
""",
    ),
    P(
        "pd-voice-hr-1",
        "voice",
        "hr",
        """
reminder email {{p1}} and ask if {{p2}} can do the second interview on {{weekday}} then send \
the offer letter to the candidate in {{l1.city}}
""",
    ),
    P(
        "pd-voice-wedding-1",
        "voice",
        "wedding",
        """
text {{p1.first}} the cake is confirmed for the twelfth and the band wants the deposit paid \
to the account ending {{n:100-999}} oh and ask {{p2}} for the hotel address in {{l1.city}}
""",
    ),
    P(
        "pd-voice-news-1",
        "voice",
        "news",
        """
voice memo for the desk {{p1}} says the council leader will comment after six ring {{p2.first}} \
back on {{ph1:nat}} and check the spelling of {{p3}}
""",
    ),
    # ---------------------------------------------------- more chat, e-mail
    P(
        "pd-chat-ngo-2",
        "chat",
        "ngo",
        """
We're a small refugee legal clinic. Please help me write a plain-language letter to \
{{p1}} explaining that their appeal hearing is on {{date}} at {{time}}, that {{p2}} will \
interpret, and that they should bring the documents from {{l1.country}}. Their address is \
{{l2.addr}}.
""",
    ),
    P(
        "pd-chat-election-2",
        "chat",
        "election",
        """
I'm a polling station inspector. {{p1}} (presiding officer at the {{l1.city}} station) called \
to say a voter, {{p2}}, was turned away because the register had them at {{l1.addr}} instead \
of their new flat. What should the officer have done? Officer's number: {{ph1:l1}}.
""",
    ),
    P(
        "pd-chat-translation-2",
        "chat",
        "translation",
        """
Please proofread this glossary note before I send it to {{p1.first}}: "For the {{p2}} \
contract, render 'acct no.' as 'número de cuenta'. Example from the source: acct no. \
{{acct}}, holder {{p3}}."
""",
    ),
    P(
        "pd-email-brewery-2",
        "email",
        "brewery",
        """
Subject: Festival bar - payment

Hi {{p1.first}},

Great to meet you at the trade day. As agreed, we'll pour {{beer}} and a {{cocktail}} \
special at your festival bar. Please send the pitch fee to:

Account name: {{p2}}
Sort code: {{pick:30-96-26|20-32-06|07-00-93}}
Account number: {{acct:uk}}

Any problems, call me on {{ph1:GB}}.

Cheers,
{{p2.first}}
""",
    ),
    P(
        "pd-email-dental-2",
        "email",
        "dental",
        """
Subject: Refund for treatment plan

Dear {{p1.hon}} {{p1.last}},

We have processed a refund of {{price}} for the cancelled implant consultation with Dr \
{{p2.last}}. It has gone back to the card you paid with ({{card}}) and should appear in 3-5 \
working days.

Kind regards,
{{p3}}
Practice Manager
""",
    ),
    P(
        "pd-email-weather-2",
        "email",
        "weather",
        """
Subject: Storm spotter registration

Hello {{p1}},

Thanks for signing up as a volunteer storm spotter for {{l1.region}}. During {{storm}} your \
reports came in from {{ip}}, which our system did not recognise; please log in again from the \
app. If you need help, our duty forecaster {{p2.first}} is on {{ph1}}.

{{p3}}
""",
    ),
    P(
        "pd-email-oss-2",
        "email",
        "oss",
        """
Subject: Travel grant for the summit

Hi {{p1.first}},

Congratulations - the foundation is covering your travel from {{l1.city}} to the contributor \
summit. Please send your IBAN so finance can pay the {{price}} grant; {{p2}} used \
{{iban}} last year, so if you share an account with {{p2.first}} that is fine too.

Best,
{{p3}}
""",
    ),
    P(
        "pd-email-sport-2",
        "email",
        "sport",
        """
Subject: Junior cricket - card payment failed

Dear {{p1.first}},

The direct debit for {{p2.first}}'s junior membership failed, so we tried the card on file \
({{card}}) which was also declined. Could you call the club office on {{ph1}}?

Thanks,
{{p3}} (Treasurer)
""",
    ),
    P(
        "pd-email-school-2",
        "email",
        "school",
        """
Subject: Tutor payment details

Hello {{p1.first}},

For your tutoring hours in {{month}}, payroll needs your bank details again: account number \
{{acct}} seems to belong to {{p2}} rather than you. Please reply with your own account number \
or call me on {{ph1}}.

{{p3}}
District Finance
""",
    ),
    P(
        "pd-email-ship-3",
        "email",
        "shipping",
        """
Subject: Crew change - {{vessel}}

Dear agent,

Please arrange hotel and transfer for the joining crew at {{l1.city}}:
1. {{p1.UPLF}} - Chief Officer - mobile {{ph1}}
2. {{p2.UPLF}} - AB - mobile {{ph2}}
3. {{p3.UPLF}} - Cook - mobile {{ph3}}

Flights: {{flight}} arriving {{time}}. Costs to be invoiced to the owners ({{iban}}).

Best regards,
Capt. {{p4.last}}
Master
""",
    ),
    P(
        "pd-email-rail-2",
        "email",
        "rail",
        """
Subject: Lost property - {{loco}} service

Hello,

My daughter {{p1.first:f:kin2}} left a blue rucksack on the {{time}} train on {{date}}. Inside is a \
purse with a card in my name ({{p2}}, card {{card}}) - could you tell me if it was handed in? \
I'm on {{ph1}}.

Thanks,
{{p2.first}}
""",
    ),
    P(
        "pd-chat-ip-1",
        "chat",
        "oss",
        """
Our hackathon Wi-Fi keeps dropping people. The router log shows {{p1}}'s laptop at {{ip}} and \
{{p2.first}}'s at {{ip}} getting kicked every 10 minutes, both on the gateway {{ip}}. What \
DHCP lease setting should I check?
""",
    ),
]
