"""val39 personal templates, part A: opera houses, theatres and orchestras, perfumeries,
distilleries, breweries and bars, marinas and yacht clubs."""

from __future__ import annotations

from appliance.testing.pii_corpus.val39_gen import t

TEMPLATES = [
    t("p-opera-chat-1", "chat", """
can you help me word a polite reply? ⟦p1.full⟧ wants to swap ⟦p1.his⟧ two stalls
seats for ⟦d.opera⟧ on ⟦d.date⟧ to the matinee. ⟦p1.He⟧ left ⟦p1.his⟧ number as ⟦phone⟧ and
says ⟦p1.he⟧ paid with the card ending ⟦d.qty⟧. Our policy: swaps free up to 48h before curtain.
"""),
    t("p-opera-email-1", "email", """
From: ⟦p1.full⟧ <⟦p1.email⟧>
To: ⟦em:boxoffice@kestrel-opera.org⟧
Subject: Wheelchair space for Tosca, ⟦d.date⟧

Dear Box Office,

I have booked two seats (order ⟦d.order⟧) for Tosca. My ⟦p2.parent⟧, ⟦p2.full⟧, uses a wheelchair
and we would need the space in Row ⟦d.seat⟧ rather than the seats themselves. ⟦p2.He⟧ is coming
from ⟦city⟧ by train, so we may arrive only twenty minutes before the performance.

If anything needs confirming, my mobile is ⟦phone:p1⟧.

With thanks,
⟦p1.first⟧
""", kin="2=1"),
    t("p-opera-minutes-1", "minutes", """
Casting meeting: Madama Butterfly revival
Present: ⟦p1.full⟧ (chair), ⟦p2.full⟧, ⟦p3.full⟧, ⟦p4.init⟧; apologies: ⟦p5.full⟧

1. Cio-Cio-San: ⟦p2.last⟧ proposed ⟦p6.full⟧ for the first cast; second cast stays open.
2. Pinkerton: ⟦p3.first⟧ to call ⟦p7.full⟧'s agent on ⟦phone⟧ before ⟦d.day⟧.
3. Suzuki: no change.
4. Rehearsal room ⟦d.room⟧ booked from ⟦d.date⟧.
Actions: ⟦p4.last⟧ to circulate the revised schedule.
"""),
    t("p-opera-csv-1", "csv", """
member_id,surname,first_name,email,phone,city,tier
M-⟦d.num⟧,⟦p1.caps⟧,⟦p1.first⟧,⟦p1.email⟧,⟦phone⟧,⟦city⟧,Patron
M-⟦d2.num⟧,⟦p2.caps⟧,⟦p2.first⟧,⟦p2.email⟧,⟦phone2⟧,⟦city2⟧,Friend
M-⟦d3.num⟧,⟦p3.caps⟧,⟦p3.first⟧,⟦p3.email⟧,⟦phone3⟧,⟦city3⟧,Young Friend
"""),
    t("p-opera-transcript-1", "transcript", """
[Box office call, recorded for training]
AGENT: Kestrel Opera box office, how can I help?
CALLER: Hi, it's ⟦p1.full⟧. I'm calling about Don Giovanni on ⟦d.date⟧.
AGENT: Of course. Can I take the postcode or the phone number on the booking?
CALLER: The phone is ⟦phone:p1⟧.
AGENT: Thank you, ⟦p1.mr⟧ ⟦p1.last⟧. I see four seats in the grand tier.
CALLER: Right, my friend ⟦p2.first⟧ can't come, could one ticket go to ⟦p3.full⟧ instead?
AGENT: I can reissue it. The new ticket will be e-mailed to which address?
CALLER: ⟦p3.email⟧, please.
"""),
    t("p-theatre-ticket-1", "ticket", """
Ticket #⟦d.ticket⟧ | Priority: normal | Queue: Front of House
Reporter: ⟦p1.full⟧ (⟦p1.work:lanternhall-theatre.co.uk⟧)
Summary: Lost property from Hamlet, evening of ⟦d.date⟧

A patron, ⟦p2.full⟧, left a grey wool coat under seat ⟦d.seat⟧. ⟦p2.He⟧ rang from ⟦phone⟧
and would like it posted to ⟦addr⟧. Ushers found it at the interval; it's in the cloakroom
bin ⟦d.qty⟧. Please charge postage to the card we hold: ⟦card⟧.
"""),
    t("p-theatre-html-1", "html", """
<section class="cast-list">
  <h2>Othello: cast</h2>
  <ul>
    <li><span class="role">Othello</span> <span class="actor">⟦p1.full⟧</span></li>
    <li><span class="role">Desdemona</span> <span class="actor">⟦p2.full⟧</span></li>
    <li><span class="role">Iago</span> <span class="actor">⟦p3.full⟧</span></li>
    <li><span class="role">Emilia</span> <span class="actor">⟦p4.full⟧</span></li>
  </ul>
  <p class="credits">Directed by ⟦p5.full⟧. Press enquiries: ⟦role:press⟧</p>
</section>
"""),
    t("p-orchestra-yaml-1", "yaml", """
concert: Symphony No. 8 / Violin Concerto in D minor
date: ⟦d.date⟧
venue_city: ⟦city⟧
soloist:
  name: ⟦p1.full⟧
  agent_phone: "⟦phone⟧"
conductor: ⟦p2.full⟧
section_leaders:
  - ⟦p3.full⟧   # concertmaster
  - ⟦p4.full⟧   # principal cello
fee_payment:
  iban: ⟦iban⟧
  reference: ⟦d.invoice⟧
"""),
    t("p-orchestra-slack-1", "slack", """
#orchestra-librarians  ⟦d.date⟧
[09:12] ⟦p1.full⟧: parts for the Eugene Onegin suite are back from the bindery
[09:14] ⟦p2.full⟧: great. did the second oboe part get the cut from bar 212?
[09:15] ⟦p1.first⟧: yes. @⟦p3.handle⟧ can you ping ⟦p4.first⟧ about the harp part?
[09:21] ⟦p3.full⟧: done, ⟦p4.last⟧ says ⟦p4.he⟧'ll collect it thursday, ⟦p4.his⟧ cell is ⟦phone⟧
[09:22] ⟦p2.first⟧: 👍
"""),
    t("p-opera-letter-1", "letter", """
⟦addr⟧

⟦d.date⟧

Dear ⟦p1.mr⟧ ⟦p1.last⟧,

On behalf of the Friends of the Opera, thank you for your generous gift towards the new
production of Rusalka. As you asked, the programme will credit the gift to your late
⟦p2.spouse⟧, ⟦p2.full⟧, who sang in our chorus for many years.

Your Gift Aid declaration has been recorded against supporter number ⟦d.num⟧⟦d2.num⟧.

Yours sincerely,

⟦p3.full⟧
Development Director
""", kin="2=1"),
    t("p-opera-toolcall-1", "toolcall", """
{"tool": "send_sms",
 "arguments": {"to": "⟦phone.e164⟧",
               "body": "Hi ⟦p1.first⟧, your understudy call for Carmen is confirmed for \
⟦d.time⟧ on ⟦d.date⟧, stage door. - ⟦p2.first⟧"}}
"""),
    t("p-perfume-chat-1", "chat", """
I run a small perfumery in ⟦city⟧. A customer, ⟦p1.full⟧, wants a bespoke version of Miss Dior
with less patchouli for ⟦p1.his⟧ wedding on ⟦d.date⟧. Could you draft an email to ⟦p1.him⟧ at
⟦p1.email⟧ explaining the three-session process and the deposit of ⟦d.price⟧?
"""),
    t("p-perfume-form-1", "form", """
ATELIER AMBRE - Consultation sur mesure
Nom : ⟦p1.caps⟧
Prénom : ⟦p1.first⟧
Téléphone : ⟦phone:FR⟧
Courriel : ⟦p1.email⟧
Adresse : ⟦addr⟧
Parfums aimés : Shalimar, Chanel No. 5, Jo Malone Lime Basil & Mandarin
Allergies connues : aucune
Acompte réglé par carte : ⟦card⟧
"""),
    t("p-perfume-json-1", "json", """
{
  "order_id": "⟦d.order⟧",
  "customer": {"name": "⟦p1.full⟧", "email": "⟦p1.email⟧", "phone": "⟦phone⟧"},
  "gift_message": "For ⟦p2.first⟧, happy birthday! Love, ⟦p1.nick⟧",
  "items": [
    {"sku": "⟦d.sku⟧", "name": "Santal 33 Eau de Parfum 50ml", "qty": 1},
    {"sku": "⟦d2.sku⟧", "name": "Baccarat Rouge 540 travel spray", "qty": 2}
  ],
  "ship_to": "⟦addr⟧"
}
"""),
    t("p-perfume-sms-1", "sms", """
Hi ⟦p1.first⟧, it's ⟦p2.first⟧ from the perfumery. The refill of Mitsouko you ordered has
come in. We're open till 7. Call ⟦phone⟧ if you want it kept. Ref ⟦d.booking⟧
"""),
    t("p-bar-chat-1", "chat", """
⟦p1.full⟧ booked our upstairs room for a whisky tasting (Johnnie Walker Blue vs. a Jim Beam
single barrel, then Jack Daniel's Sinatra Select) for ⟦d.qty⟧ people. ⟦p1.He⟧ wants the
invoice split with ⟦p2.full⟧. Write both of them a short confirmation; ⟦p1.first⟧'s phone is
⟦phone⟧ and ⟦p2.first⟧'s is ⟦phone2⟧.
"""),
    t("p-bar-notes-1", "notes", """
Bar manager notes - ⟦d.date⟧
- ⟦p1.first⟧ covering close tonight, ⟦p2.first⟧ off sick (text from ⟦phone⟧)
- Tom Collins and Rob Roy moved to the classics page; Bloody Mary only before 4pm
- Arnold Palmer and Shirley Temple added to the no-alcohol list
- Tab left open by ⟦p3.full⟧ - card on file ⟦card⟧, they promised to come back ⟦d.day⟧
- Keg delivery from the brewery needs signing for: ⟦p4.init⟧
"""),
    t("p-distillery-email-1", "email", """
Subject: Cask share transfer - cask ⟦d.num⟧

Hello ⟦p1.first⟧,

Thanks for confirming the sale of your quarter share. To complete the transfer to
⟦p2.full⟧ we need the buyer's details and the account for the proceeds:

Buyer: ⟦p2.full⟧, ⟦addr⟧
Buyer phone: ⟦phone⟧
Your account for payment: sort code ⟦d.sort⟧, account number ⟦acct.uk⟧

Kind regards,
⟦p3.full⟧
Cask Office, Ironhollow Distillery
⟦em:casks@ironhollow-distillery.co.uk⟧
"""),
    t("p-brewery-markdown-1", "markdown_table", """
Taproom staff rota, week ⟦d.qty⟧

| Day | Opening | Closing | Contact |
|-----|---------|---------|---------|
| Mon | ⟦p1.first⟧ | ⟦p2.first⟧ | ⟦phone⟧ |
| Tue | ⟦p3.first⟧ | ⟦p1.first⟧ | ⟦phone2⟧ |
| Fri | ⟦p4.full⟧ | ⟦p2.full⟧ | ⟦phone3⟧ |
| Sat | ⟦p5.full⟧ | ⟦p3.full⟧ | ⟦p5.email⟧ |

Cellar clean on ⟦d.day⟧: ⟦p4.last⟧.
"""),
    t("p-brewery-log-1", "log", """
⟦d.iso⟧T06:01:17Z INFO  taproom-pos login user=⟦p1.handle⟧ terminal=BAR-2 ip=⟦ip⟧
⟦d.iso⟧T06:14:52Z WARN  payment declined card=⟦card⟧ amount=42.50 staff=⟦p1.handle⟧
⟦d.iso⟧T06:15:03Z INFO  payment approved method=contactless amount=42.50
⟦d.iso⟧T06:40:29Z INFO  loyalty signup name="⟦p2.full⟧" phone="⟦phone⟧"
⟦d.iso⟧T07:02:11Z ERROR sync failed upstream=⟦ip2⟧:⟦d.port⟧ retry_in=30s
"""),
    t("p-marina-email-1", "email", """
Dear ⟦p1.mr⟧ ⟦p1.last⟧,

Your berth ⟦d.berth⟧ for "Lady Margaret" is confirmed from ⟦d.date⟧ to ⟦d2.date⟧. The boat
is registered in your name and in the name of ⟦p2.full⟧; please bring both insurance
certificates to the harbour office.

Fuel and electricity are billed monthly. We will collect the first invoice from IBAN
⟦iban⟧ as on the mandate you signed.

Harbour office: ⟦phone⟧ (VHF channel 80)
⟦p3.full⟧, Dockmaster
"""),
    t("p-marina-form-1", "form", """
NORTH QUAY MARINA - VISITOR BERTH REGISTRATION
Vessel name: Sea Anna          Length: 11.2 m       Flag: ⟦country⟧
Skipper: ⟦p1.lf⟧
Crew: ⟦p2.full⟧; ⟦p3.full⟧
Mobile: ⟦phone⟧
Email: ⟦p1.email⟧
Home port: ⟦city2⟧
Emergency contact: ⟦p4.full⟧, ⟦phone2⟧
Payment: card ⟦card⟧   Expiry: ⟦pick:03|07|09|11⟧/27
"""),
    t("p-marina-voice-1", "voice", """
note for the club secretary ⟦p1.lower⟧ called about the regatta ⟦p1.he⟧ wants to enter
the boat wandering albatross in the classic class ⟦p1.his⟧ crew is ⟦p2.lower⟧ and
⟦p3.lowfirst⟧ call ⟦p1.him⟧ back on ⟦phone.plain⟧ after six
"""),
    t("p-yachtclub-xml-1", "xml", """
<?xml version="1.0" encoding="UTF-8"?>
<regattaEntry race="Winter Series R⟦d.qty⟧">
  <boat sail="GBR ⟦d.num⟧" name="Queen Matilda" class="J/80"/>
  <helm>
    <name>⟦p1.full⟧</name>
    <club>North Quay YC</club>
    <phone>⟦phone⟧</phone>
  </helm>
  <crew><name>⟦p2.full⟧</name></crew>
  <crew><name>⟦p3.full⟧</name></crew>
  <entryFeePaidFrom iban="⟦iban.cmp⟧"/>
</regattaEntry>
"""),
    t("p-opera-jira-1", "jira", """
OPS-⟦d.pr⟧: Subscriber import mangles names with diacritics

⟦p1.full⟧ commented:
The nightly import from the box office system turned "⟦p2.full⟧" into mojibake again. Sample
row: ⟦p2.lf⟧;⟦p2.email⟧;⟦phone⟧;⟦city⟧. The file is UTF-8 with BOM.

⟦p3.full⟧ commented:
Reproduced. Same happens to ⟦p4.full⟧ (⟦p4.email⟧). Fix in ⟦d.version⟧.
"""),
    t("p-theatre-ics-1", "ics", """
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:⟦d.uuid⟧
DTSTART:20250314T183000Z
SUMMARY:Costume fitting - Lady Macbeth
LOCATION:Wardrobe, ⟦d.room⟧
ORGANIZER;CN=⟦p1.full⟧:mailto:⟦p1.work:lanternhall-theatre.co.uk⟧
ATTENDEE;CN=⟦p2.full⟧:mailto:⟦p2.email⟧
DESCRIPTION:Bring the boots from Macbeth. If late, ring ⟦p1.first⟧ on ⟦phone⟧.
END:VEVENT
END:VCALENDAR
"""),
    t("p-perfume-bibliography-1", "bibliography", """
Please format these references in APA 7 for my essay on the history of perfumery:

⟦p1.bib⟧ (2016). The scent of empire: Guerlain and the making of Shalimar. ⟦city⟧:
  Éditions du Musc.
⟦p2.bib⟧ & ⟦p3.bib⟧ (2021). Aldehydes before and after Chanel No. 5. Journal of Olfactory
  History, 14(2), 55-79. https://doi.org/⟦d.doi⟧
⟦p4.bib⟧ (2019) 'Jo Malone and the British cologne', in ⟦p5.bib⟧ (ed.) Modern Perfumery.
  ⟦city2⟧: Ambergris Press.
"""),
    t("p-bar-paste-es-1", "paste", """
Resume este correo en dos frases y dime qué tengo que contestar:

"Hola ⟦p1.first⟧, soy ⟦p2.full⟧, del bar de ⟦city⟧. Te escribo porque el proveedor de ginebra
nos ha cobrado dos veces la factura ⟦d.invoice⟧. Ya hablé con ⟦p3.first⟧ y dice que la
devolución tiene que ir a nuestra cuenta ⟦iban:ES⟧. Si prefieres llamarme, mi móvil es
⟦phone:ES⟧. Un abrazo."
""", cult="es"),
    t("p-opera-paste-it-1", "paste", """
Traduci in inglese, mantenendo il tono formale:

Gentile ⟦p1.sig⟧ ⟦p1.last⟧,
la informiamo che la prova costumi per Rigoletto è spostata a ⟦d.dmy⟧ alle ⟦d.hm⟧.
La sarta, ⟦p2.full⟧, la aspetterà al teatro di ⟦city⟧. Per qualsiasi problema può
chiamare il numero ⟦phone:IT⟧ oppure scrivere a ⟦p2.email⟧.
Cordiali saluti,
⟦p3.full⟧
""", cult="it"),
    t("p-brewery-paste-de-1", "paste", """
Bitte als JSON extrahieren (name, telefon, iban, betrag):

Sehr geehrte Damen und Herren,
hiermit bestelle ich für unser Vereinsfest 12 Fässer Helles. Ansprechpartner vor Ort ist
⟦p1.herr⟧ ⟦p1.full⟧, erreichbar unter ⟦phone:DE⟧. Die Rechnung über ⟦d.fee:EUR⟧ buchen
Sie bitte von unserem Konto ⟦iban:DE⟧ ab.
Mit freundlichen Grüßen
⟦p2.full⟧, Kassenwartin
""", cult="de"),
    t("p-marina-sms-1", "sms", """
⟦p1.first⟧: ⟦p2.first⟧ the crane is booked for ⟦d.hm⟧ thurs, bring the keel bolts. also
the yard wants the balance ⟦d.fee⟧ to acct no. ⟦acct⟧, ref your surname pls
"""),
    t("p-orchestra-tsv-1", "tsv", """
chair	player	instrument	phone	email
1	⟦p1.full⟧	violin I	⟦phone⟧	⟦p1.email⟧
2	⟦p2.full⟧	violin I	⟦phone2⟧	⟦p2.email⟧
3	⟦p3.full⟧	viola	⟦phone3⟧	⟦p3.email⟧
4	⟦p4.full⟧	double bass	⟦phone4⟧	⟦p4.email⟧
"""),
    t("p-theatre-vcard-1", "vcard", """
BEGIN:VCARD
VERSION:3.0
N:⟦p1.last⟧;⟦p1.first⟧;;;
FN:⟦p1.full⟧
ORG:Lantern Hall Theatre;Stage Management
TITLE:Deputy Stage Manager
TEL;TYPE=CELL:⟦phone⟧
EMAIL;TYPE=WORK:⟦p1.work:lanternhall-theatre.co.uk⟧
ADR;TYPE=HOME:;;⟦addr⟧;;;;
END:VCARD
"""),
]  # fmt: skip
