"""val37 personal templates, part A: university estates and research offices, hospital wards
and theatres, museums and auction houses, typography studios, physics labs, bakeries and
breweries. Slot language: val37_gen."""

from __future__ import annotations

from appliance.testing.pii_corpus.val37_gen import templates

GROUPS: dict[str, list[tuple[str, str]]] = {
    "university": [
        (
            "email",
            """Subject: Access to the Hartley Building over the break

Hi {p1.first},

Estates have confirmed that {p2} (visiting from {city}) can collect a swipe card for the Hartley Building from room {room} on {day}. The ⟦Marie Curie Fellowship|Leverhulme Fellowship⟧ starts on {date}, so could you add her to the lab induction list?

If there is a problem the porters can reach her on {ph}.

Thanks,
{p3.first}
Research Office, ext. {n}""",
        ),
        (
            "form",
            """RHODES SCHOLARSHIP - REFERENCE REQUEST FORM
Candidate surname: {p1.LAST}
Candidate given name(s): {p1.first}
Home address: {addr}
Telephone: {ph}
E-mail: {p1.email}
Referee: Prof. {p2.lf}
Referee e-mail: {p2.wmail}
Programme: MPhil Materials Science (code {sku})
Deadline for reference: {date}""",
        ),
        (
            "bibliography",
            """Can you convert these references to APA 7th and sort them by year?

{p1.bib} ({year}) Thermal drift in cryogenic strain gauges. J. Low Temp. Phys. 212, 44-61. doi:{doi}
{p2.bib}, & {p3.bib} ({year}) Estates data as a research asset. Higher Education Quarterly 77(3).
{p4.bib} ({year}) The Newton Fund and capacity building. ISBN {isbn}.""",
        ),
        (
            "slack",
            """#research-office  ({date})
[09:14] {p1.first}: has anyone heard back from {p2} about the Fulbright paperwork?
[09:16] @grants-bot: Reminder: internal deadline for the Wellcome Trust round is {date}.
[09:21] {p3.first}: yes - she said to ring her on {ph} after 2pm, she's in {city} until {day}
[09:22] {p1.first}: 👍 will do""",
        ),
        (
            "csv",
            """Please check this visiting researcher list for duplicates and tell me who is missing an email:
"name","home institution city","email","phone","building"
"{p1}","{city}","{p1.email}","{ph}","Hartley Building"
"{p2.lf}","{city}","","{ph}","Turing Lecture Theatre annex"
"{p3}","{city}","{p3.wmail}","","Darwin Wing"
"{p4}","{country}","{p4.email}","{ph}","Hartley Building\"""",
        ),
        (
            "paste",
            """Übersetze bitte ins Englische:

Sehr geehrte Frau Dr. {p1.last},
vielen Dank für Ihre Bewerbung um das Stipendium. Herr Prof. {p2.last} aus {city} hat seine Stellungnahme bereits geschickt. Für Rückfragen erreichen Sie unser Sekretariat unter {ph:DE}.
Mit freundlichen Grüßen
{p3}""",
        ),
        (
            "git",
            """Summarise what changed in this log for the estates dashboard release notes:

commit {sha}
Author: {p1} <{p1.wmail}>
Date:   {day} {date}

    Fix room booking for Hartley Building lecture theatres

    Co-authored-by: {p2} <{p2.email}>

commit {sha}
Author: {p3} <{p3.wmail}>
Date:   {day} {date}

    Add Rhodes Scholarship intake to reporting view (v{ver})

    Signed-off-by: {p3} <{p3.wmail}>""",
        ),
    ],
    "hospital": [
        (
            "notes",
            """HANDOVER - Nightingale Ward, night shift {date}
Bay 2 bed 4: {p1.caps}, 78, post-op hip, obs stable. NOK: daughter {p2.first} on {ph}.
Bay 3 bed 1: {p3.caps}, query Parkinson's, needs falls assessment, family from {city} visiting {day}.
Side room 6: {p4.init}, barrier nursed, HCA {w1} on 1:1, Florence Ward to take over at 07:00.
Theatre list moved to Lister Theatre, start {time}.""",
        ),
        (
            "transcript",
            """Transcript of call to theatre scheduling, {date}
CALLER: Hi, it's {p1.first} from Seacole Ward. I need to move {p2}'s hernia repair.
SCHEDULER: Which list?
CALLER: {p3.title} {p3.last}'s list on {day}, Lister Theatre.
SCHEDULER: Fine. Best number for the patient?
CALLER: Mobile is {ph}, staying at {addr} until the op.
SCHEDULER: Got it, I'll put it under reference {ref}.""",
        ),
        (
            "xml",
            """<referral id="{uuid}" received="{ts}">
  <patient>
    <name family="{p1.LAST}" given="{p1.first}"/>
    <address>{addr}</address>
    <phone type="mobile">{ph}</phone>
  </patient>
  <referrer>Dr {p2}</referrer>
  <service>Jenner Wing - rheumatology</service>
  <reason>Suspected Crohn's flare, Hodgkin lymphoma ruled out {year}</reason>
</referral>""",
        ),
        (
            "sms",
            """Reminder: {p1.first}, your appointment at the Fleming Unit is on {day} at {time}. To rearrange call {ph} or reply CANCEL. Ref {ref}""",
        ),
        (
            "ticket",
            """Ticket {inv} - Ward PC can't print
Reported by: {p1} (Florence Ward), ext {n}
Workstation IP: {ip}, print server {ip}
Description: Since the Windows update ({ver}) the drug chart printer in Bay 1 shows offline. {p2.first} tried restarting it. Please call {ph} when someone is on the way.""",
        ),
        (
            "json",
            """{"event": "bed.assigned", "ts": "{ts}", "ward": "Nightingale", "bed": "B{n}",
 "patient": {"name": "{p1}", "nhs_number_last4": "{n}", "next_of_kin": "{p2}", "nok_phone": "{ph}"},
 "consultant": "{p3.init}", "source_ip": "{ip}"}""",
        ),
        (
            "voice",
            """letter to doctor {p1.low} re patient {p2.low} who was seen in clinic today in the jenner wing new paragraph {p2.low} lives alone in {city.low} and her daughter can be reached on {ph.plain} new paragraph please repeat bloods in six weeks kind regards""",
        ),
    ],
    "museum": [
        (
            "email",
            """Dear {p1.title} {p1.last},

Thank you for consigning the oil sketch after Whistler's Mother to our Old Masters sale on {date} (lot {n}). As agreed, proceeds less commission will be paid to {p1} at IBAN {iban}.

Our specialist {p2} will visit {addr} on {day} to collect the work. Please call {ph} if the time doesn't suit.

Kind regards,
{p3}
Lotgrove Auctions""",
        ),
        (
            "markdown_table",
            """Tidy this table and add a column for estimate in euros:

| Lot | Title | Consignor | Contact |
|---|---|---|---|
| {n} | Portrait of Madame X (studio copy) | {p1} | {ph} |
| {n} | Girl with a Pearl Earring, print | {p2.lf} | {p2.email} |
| {n} | The Arnolfini Portrait, etching | {p3} | {ph} |""",
        ),
        (
            "letter",
            """{p1}
{addr}

{date}

Dear Curator,

I am writing about the bronze my late grandfather, {p2}, bought in {city} in {year}. Your catalogue lists it as a later cast, but his notes say it came from the foundry direct. I would be grateful if {p3.title} {p3.last} from your provenance team could call me on {ph}.

Yours faithfully,
{p1}""",
        ),
        (
            "chat",
            """write a 60-word label for our Sargent room. the loan came from {p1}, who inherited it from {p2.first}. don't name the lender's town ({city}) on the label, just say private collection""",
        ),
        (
            "yaml",
            """exhibition: "Faces of the Salon"
opens: {date}
loans:
  - work: "Portrait of Madame X (sketch)"
    lender: "{p1}"
    contact_phone: "{ph}"
    contact_email: "{p1.email}"
  - work: "Whistler's Mother (lithograph)"
    lender: "{p2}"
    courier: "{p3}"
insurance_ref: {ref}""",
        ),
        (
            "paste",
            """Résume ce message en anglais, en deux phrases :

Bonjour {p1.first},
Je t'écris au sujet du lot {n}. Mme {p2.last} passera le {date} au dépôt de {city} pour récupérer le tableau. Son numéro : {ph:FR}. Elle paiera par carte ({card}).
Bien à toi,
{p3.first}""",
        ),
        (
            "log",
            """{ts} INFO  shop.checkout order={ord} email={em} ip={ip}
{ts} WARN  shop.payment retry order={ord} gateway=adyen card={card}
{ts} INFO  shop.checkout order={ord} email={em} ip={ip}
Why did the second payment need a retry?""",
        ),
    ],
    "typography": [
        (
            "chat",
            """Hey, {p1.first} and {p2.first} want Garamond for their wedding invites but I think Baskerville pairs better with the Gill Sans we're using for the RSVP card. Can you give me 3 pros/cons? Wedding is at {addr}.""",
        ),
        (
            "jira",
            """TYPE-{num} Futura licence for client web project
Comment by {p1} ({date}):
Checked with the foundry - desktop licence covers {n} seats only. {p2.first} needs a web licence before launch; invoice to {role:accounts}.
Comment by {p2} ({date}):
Ok. I've asked {p3} (their CTO, {ph}) to approve the extra {price}.""",
        ),
        (
            "code",
            """// fonts.config.js  - maintained by {p1} <{p1.wmail}>
export const stacks = {
  serif: ['Caslon', 'Garamond', 'Georgia', 'serif'],
  sans: ['Gill Sans', 'Helvetica', 'Arial', 'sans-serif'],
  display: ['Futura', 'sans-serif'],
};
// TODO({p2.handle}): ask {p2} whether Bodoni is licensed for the app
Explain why Georgia is in the serif stack.""",
        ),
        (
            "email",
            """Subject: Invoice {inv#a} - Didot revival, custom weights

Hello {p1.first},

Attached is the invoice for the custom Didot weights. Please pay by bank transfer to Inkwell Studio Ltd, IBAN {iban}, quoting {inv#a}.
If you'd rather pay by card, {p2} in our office can take it on {ph}.

Best,
{p3}""",
        ),
        (
            "diff",
            """Review this diff, is the new author field valid npm syntax?

--- a/package.json
+++ b/package.json
@@ -2,7 +2,7 @@
   "name": "@foundry-nine/frutiger-webfont",
   "version": "{ver}",
-  "author": "{p1} <{p1.wmail}>",
+  "author": "{p2} <{p2.wmail}>",
   "license": "OFL-1.1",""",
        ),
        (
            "tsv",
            """client	contact	phone	font	seats
{org}	{p1}	{ph}	Gill Sans	{n}
Kerncraft	{p2.lf}	{ph}	Baskerville	{n}
Halftone Press	{p3}	{ph}	Futura	{n}
Which client has the most seats?""",
        ),
        (
            "minutes",
            """Studio meeting - {date}
Present: {p1}, {p2}, {p3.first} (notes)
1. Rebrand for the Caslon Society: {p1.first} to send proofs by {day}.
2. {p2.first} reported the client in {city} wants Helvetica replaced with Johnston Sans.
3. AOB: {p3.first}'s new number is {ph}.""",
        ),
    ],
    "lab": [
        (
            "stacktrace",
            """Traceback (most recent call last):
  File "/home/{p1.handle}/cryo/run_sweep.py", line {n}, in <module>
    ctl.connect(host="{ip}", port={port})
  File "/opt/lakeshore/driver.py", line {num}, in connect
    raise TimeoutError(f"no reply from {self.host}")
TimeoutError: no reply from {ip}
# posted by {p1} - the Kelvin stage controller stopped answering overnight, any idea?""",
        ),
        (
            "log",
            """{ts} cryostat[{num}]: setpoint 4.2 K reached, operator={p1.first}
{ts} cryostat[{num}]: remote login from {ip} user={p2.handle}
{ts} cryostat[{num}]: Hall effect sweep started by {p2} (sample {sku})
{ts} cryostat[{num}]: remote login from {ip6}
Is the second login suspicious?""",
        ),
        (
            "notes",
            """Lab book {date}
Doppler-broadened linewidth ~ 540 MHz, consistent with {p1.init}'s model.
Borrowed the Faraday cage from {p2.first}'s group (ask before {day}!).
Newton's rings setup for the undergrads: {p3} is demonstrating, mobile {ph}.""",
        ),
        (
            "email",
            """Hi {p1.first},

Our Raman spectrometer will be shipped to {p2}'s lab in {city} on {date} on a 6-month loan. Please ship it to {addr}, for the attention of {p2.title} {p2.last}, phone {ph}.
The Geiger counter stays here.

{p3}""",
        ),
        (
            "toolcall",
            """{"tool": "book_facility", "arguments": {"facility": "Kelvin low-temperature lab", "date": "{date}", "slots": ["09:00", "13:00"], "booked_by": "{p1}", "contact": "{p1.wmail}", "supervisor": "{p2}", "phone": "{ph}"}}""",
        ),
        (
            "html",
            """<section class="people">
  <h2>Tribology group</h2>
  <ul>
    <li><strong>{p1}</strong>, group leader &middot; <a href="mailto:{p1.wmail}">{p1.wmail}</a></li>
    <li><strong>{p2}</strong>, postdoc (Joule heating) &middot; {ph}</li>
    <li><strong>{p3}</strong>, PhD student, Tesla coil outreach</li>
  </ul>
</section>
Turn this into a markdown list.""",
        ),
        (
            "ics",
            """BEGIN:VCALENDAR
BEGIN:VEVENT
UID:{uuid}
DTSTART:20250314T100000Z
SUMMARY:Planck constant lab - safety briefing
ORGANIZER;CN={p1}:mailto:{p1.wmail}
ATTENDEE;CN={p2}:mailto:{p2.email}
LOCATION:Room {room}, Wheatstone Building
DESCRIPTION:If late call {p1.first} on {ph}
END:VEVENT
END:VCALENDAR""",
        ),
    ],
    "bakery": [
        (
            "sms",
            """Hi it's {w1} - can I change the Victoria sponge for Saturday to a Battenberg? Same name on top: {p1.first}. Pick up 11ish. {ph}""",
        ),
        (
            "form",
            """CUSTOM CAKE ORDER
Name: {p1}
Phone: {ph}
Email: {p1.email}
Cake: Charlotte russe, serves {n}
Message on cake: "Happy 40th {p2.first}!"
Delivery address: {addr}
Deposit paid by card: {card}
Collection date: {date}""",
        ),
        (
            "chat",
            """ok so the pavlova order for {p1.lfirst} got mixed up with the madeleines for {p2.lfirst} - can you draft a short apology text I can send to {p1.lfirst}? her number is {ph}""",
        ),
        (
            "email",
            """Subject: Remittance - flour and butter, {month}

Hi {p1.first},

Payment of {price} for invoice {inv} has gone out today. For your records our details are: sort code {sc}, account number {acct}.

If anything is missing please call {p2} on {ph}.

Crumb & Crust""",
        ),
        (
            "csv",
            """order_id,customer,item,phone,collect
{ord},{p1},Victoria sponge,{ph},{date}
{ord},"{p2.lf}",Pavlova,{ph},{date}
{ord},{p3},Battenberg x2,{ph},{date}
Sum the orders by item please.""",
        ),
        (
            "paste",
            """Traduci in inglese questo messaggio di una cliente:

Buongiorno, sono {p1}. Vorrei ordinare una torta per il battesimo di mio nipote {p2.first}, sabato {date}. Potete consegnarla a {addr}? Il mio numero è {ph:IT}. Grazie!""",
        ),
        (
            "vcard",
            """BEGIN:VCARD
VERSION:3.0
FN:{p1}
N:{p1.lf};;;
ORG:Flour Supplier Co
TEL;TYPE=WORK:{ph}
EMAIL:{p1.email}
ADR;TYPE=WORK:;;{addr};;;;
END:VCARD
What is the contact's role, if any?""",
        ),
    ],
    "brewery": [
        (
            "email",
            """Subject: Fuggle and Goldings contract {year}

Dear {p1.first},

Confirming {n} bales of Fuggle and {n} of Goldings from your farm at {addr}. Payment to IBAN {iban} on delivery.
Our brewer {p2} will taste the samples on {day}; he's on {ph} if the lorry is late.

Cheers,
{p3}""",
        ),
        (
            "json",
            """{"webhook": "taproom.booking", "id": "{uuid}", "name": "{p1}", "party": {n}, "phone": "{ph}", "email": "{p1.email}", "card_on_file": "{card}", "note": "Saison Dupont tasting, {p2.first}'s birthday"}""",
        ),
        (
            "slack",
            """[{time}] {p1.first}: the Citra dry hop on FV3 is done, gravity {num}
[{time}] {p2.first}: nice. {p3} from the hop merchant called, wants a callback on {ph}
[{time}] @cellar-bot: FV3 temperature 18.4C
[{time}] {p1.first}: ok I'll ring {p3.first} after lunch""",
        ),
        (
            "transcript",
            """[Customer call, taproom line]
Agent: Hopyard Brewing, {p1.first} speaking.
Customer: Hi, this is {p2}. I booked the brewery tour for {n} people on {day} but we need to add {p3.first}.
Agent: No problem. Can I confirm your number?
Customer: {ph}.
Agent: And the card ending - actually I'll need the full card for the extra ticket.
Customer: It's {card}.""",
        ),
        (
            "paste",
            """Vat dit samen in het Engels:

Hoi {p1.first}, de levering van de Saaz-hop is vertraagd. {p2} van de brouwerij in {city} belt je morgen op {ph:NL}. Betaling graag naar {iban:NL}. Groet, {p3.first}""",
        ),
        (
            "letter",
            """{p1}
{addr}

Dear Sir or Madam,

I have been a member of your beer club since {year}. My last box (order {ord}) never arrived. Please refund the {price} to my card {card} (or to my IBAN {iban}) or contact me on {ph}.

Yours,
{p1}""",
        ),
        (
            "code",
            """-- migrate legacy club members
INSERT INTO members (full_name, email, phone, city, joined)
VALUES ('{p1}', '{p1.email}', '{ph}', '{city}', '{date}'),
       ('{p2}', '{p2.email}', '{ph}', '{city}', '{date}');
-- why does this fail with a unique constraint on email?""",
        ),
    ],
}

TEMPLATES = templates("pa", GROUPS)
