"""val39 personal templates, part E: more shapes across all the part's domains, most of them
carrying card numbers, IBANs, account numbers, IP addresses and US social security numbers."""

from __future__ import annotations

from appliance.testing.pii_corpus.val39_gen import t

TEMPLATES = [
    t("p-opera-diff-1", "diff", """
--- a/config/patrons.json
+++ b/config/patrons.json
@@ -12,9 +12,9 @@
   {
-    "name": "⟦p1.full⟧",
-    "email": "⟦p1.email⟧",
+    "name": "⟦p2.full⟧",
+    "email": "⟦p2.email⟧",
     "tier": "Tosca Circle",
-    "phone": "⟦phone⟧"
+    "phone": "⟦phone2⟧"
   },
"""),
    t("p-theatre-toolcall-1", "toolcall", """
Call refund_ticket with these arguments and tell me what it returns:
{"booking_ref": "⟦d.booking⟧", "patron_name": "⟦p1.full⟧", "card_number": "⟦card⟧",
 "amount": "⟦d.price⟧", "reason": "King Lear cancelled - lead actor ill",
 "notify_email": "⟦p1.email⟧"}
"""),
    t("p-distillery-stacktrace-1", "stacktrace", """
java.lang.IllegalStateException: duplicate cask owner for cask 1187
    at com.ironhollow.casks.OwnerRegistry.add(OwnerRegistry.java:77)
    at com.ironhollow.casks.Import.run(Import.java:41)
Caused by: owner[0]={name=⟦p1.full⟧, iban=⟦iban⟧}, owner[1]={name=⟦p2.full⟧, \
iban=⟦iban2⟧}
    ... 12 more
Request from ⟦ip⟧ by ⟦p3.work:ironhollow-distillery.co.uk⟧
"""),
    t("p-bar-ticket-1", "ticket", """
Chargeback dispute #⟦d.case⟧
Merchant: The Copper Fox (cocktail bar)
Cardholder: ⟦p1.full⟧
Card: ⟦card⟧
Amount: ⟦d.price⟧ on ⟦d.date⟧
Claim: "I never ordered six Harvey Wallbangers and a Tommy's Margarita."
Staff on shift: ⟦p2.first⟧, ⟦p3.first⟧ (till 2), manager ⟦p4.full⟧ ⟦phone⟧
Evidence: CCTV clip + signed slip
"""),
    t("p-perfume-letter-1", "letter", """
⟦p1.full⟧
⟦addr⟧

⟦d.date⟧

Dear ⟦p2.mr⟧ ⟦p2.last⟧,

Thank you for choosing us to recreate your grandmother's perfume. From the bottle you left we
identified a Chypre base very close to Mitsouko. The first sample will be ready in three
weeks. The second instalment can be paid by transfer to IBAN ⟦iban:FR⟧ (BIC ⟦d.bic⟧).

With warm regards,
⟦p1.first⟧
"""),
    t("p-marina-csv-2", "csv", """
berth,boat,owner,owner_phone,owner_email,iban_for_dd
⟦d.berth⟧,Lady Beatrix,⟦p1.full⟧,⟦phone⟧,⟦p1.email⟧,⟦iban⟧
⟦d2.berth⟧,Saucy Sue,⟦p2.full⟧,⟦phone2⟧,⟦p2.email⟧,⟦iban2⟧
⟦d3.berth⟧,Blue Heron,⟦p3.full⟧,⟦phone3⟧,⟦p3.email⟧,⟦iban3⟧
"""),
    t("p-nursery-tsv-1", "tsv", """
Invoice	Customer	Card	Amount	Phone
⟦d.invoice⟧	⟦p1.full⟧	⟦card⟧	⟦d.price⟧	⟦phone⟧
⟦d2.invoice⟧	⟦p2.full⟧	⟦card2⟧	⟦d2.price⟧	⟦phone2⟧
⟦d3.invoice⟧	⟦p3.full⟧	⟦card3⟧	⟦d3.price⟧	⟦phone3⟧
"""),
    t("p-bakery-yaml-1", "yaml", """
wholesale_customers:
  - name: Café ⟦d.pastry⟧
    contact: ⟦p1.full⟧
    phone: "⟦phone⟧"
    iban: ⟦iban⟧
  - name: The Battenberg Tea Room
    contact: ⟦p2.full⟧
    phone: "⟦phone2⟧"
    iban: ⟦iban2⟧
"""),
    t("p-lab-json-1", "json", """
{"experiment": "thermal-drift-⟦d.num⟧", "instrument_ip": "⟦ip⟧", "backup_ip": "⟦ip2.v6⟧",
 "operators": ["⟦p1.full⟧", "⟦p2.full⟧"], "pi": {"name": "⟦p3.full⟧", "phone": "⟦phone⟧"},
 "units": {"temperature": "kelvin", "field": "tesla", "pressure": "pascal"}}
"""),
    t("p-space-log-1", "log", """
⟦d.iso⟧T02:11:09.114Z auth  sshd[2211]: Accepted publickey for ⟦p1.handle⟧ from ⟦ip⟧ port 52814
⟦d.iso⟧T02:11:40.902Z ops   uplink window opened by ⟦p1.full⟧ (Cassini-heritage DSN dish)
⟦d.iso⟧T02:13:02.551Z auth  sshd[2290]: Failed password for invalid user admin from ⟦ip2⟧
⟦d.iso⟧T02:13:05.003Z auth  sshd[2290]: Failed password for ⟦p2.handle⟧ from ⟦ip.v6⟧
⟦d.iso⟧T02:20:44.870Z ops   window closed, operator ⟦p1.full⟧, shift lead ⟦p3.full⟧
"""),
    t("p-airport-form-1", "form", """
PASSENGER ASSISTANCE REQUEST (PRM)
Surname / given name: ⟦p1.capsfull⟧
Booking ref: ⟦d.booking⟧   Flight: ⟦d.flight⟧   Departs: Indira Gandhi International
Contact phone: ⟦phone:p1⟧
Escort: ⟦p2.full⟧, ⟦phone2⟧
Destination address: ⟦addr⟧
Mobility aid: folding wheelchair (battery removable)
"""),
    t("p-school-markdown-1", "markdown_table", """
### Bursary payments - Fulbright-matched places

| Student | Guardian | Account no. | Sort code | Amount |
|---|---|---|---|---|
| ⟦p1.full⟧ | ⟦p2.full⟧ | ⟦acct.uk⟧ | ⟦d.sort⟧ | £1,200 |
| ⟦p3.full⟧ | ⟦p4.full⟧ | ⟦acct2.uk⟧ | ⟦d2.sort⟧ | £850 |
| ⟦p5.full⟧ | ⟦p6.full⟧ | ⟦acct3.uk⟧ | ⟦d3.sort⟧ | £1,200 |
""", kin="2=1 4=3 6=5"),
    t("p-awards-json-1", "json", """
[
  {"nominee": "⟦p1.full⟧", "award": "Oscar", "category": "Best Original Score",
   "payee_iban": "⟦iban⟧", "agent_phone": "⟦phone⟧"},
  {"nominee": "⟦p2.full⟧", "award": "César", "category": "Meilleur montage",
   "payee_iban": "⟦iban2⟧", "agent_phone": "⟦phone2⟧"}
]
"""),
    t("p-assistant-chat-1", "chat", """
Alexa keeps reading my ⟦p1.parent⟧'s card number out loud when ⟦p1.he⟧ asks for ⟦p1.his⟧
balance 😳 The card is ⟦card⟧, name ⟦p1.full⟧. How do we turn that off? And can Siri do the
same thing?
"""),
    t("p-tool-yaml-2", "yaml", """
# Ansible vars for the payroll box - DO NOT COMMIT (too late, ⟦p1.first⟧)
payroll_db_host: ⟦ip⟧
payroll_admin: ⟦p2.full⟧
payroll_admin_email: ⟦p2.email⟧
test_employee:
  name: ⟦p3.full⟧
  ssn: "⟦ssn⟧"
  account_number: "⟦acct.us⟧"
"""),
    t("p-hudson-git-2", "git", """
From ⟦d.sha⟧ Mon Sep 17 00:00:00 2001
From: ⟦p1.full⟧ <⟦p1.email⟧>
Date: ⟦pick:Thu, 6 Mar|Mon, 12 May|Fri, 19 Sep⟧ 2025 10:02:44 +0200
Subject: [PATCH 2/3] hudson: move build agents to the new subnet

Old agent ⟦ip⟧ is retired; ⟦ip2⟧ takes over.

Acked-by: ⟦p2.full⟧ <⟦p2.email⟧>
Signed-off-by: ⟦p1.full⟧ <⟦p1.email⟧>
"""),
    t("p-funeral-csv-2", "csv", """
invoice,deceased,payer,payer_phone,payer_card,total
⟦d.invoice⟧,⟦p1.full⟧,⟦p2.full⟧,⟦phone⟧,⟦card⟧,⟦d.price⟧
⟦d2.invoice⟧,⟦p3.full⟧,⟦p4.full⟧,⟦phone2⟧,⟦card2⟧,⟦d2.price⟧
""", kin="2=1 4=3"),
    t("p-genealogy-bibliography-2", "bibliography", """
Sources cited in the ⟦p1.last⟧ family history:
1. ⟦p2.bib⟧ (1998). Emigrants from ⟦city⟧ to the New World, 1880-1914. Self-published.
2. ⟦p3.bib⟧ (2007). Parish registers of ⟦region⟧, vol. 3. Record Society.
3. Interview with ⟦p4.full⟧ (grandchild), ⟦d.date⟧, notes held by ⟦p1.full⟧.
"""),
    t("p-vet-form-2", "form", """
Pet insurance claim
Policyholder: ⟦p1.lf⟧
Policy no.: ⟦d.ref⟧
Pet: Pudding (rabbit)
Vet practice: Greyfield Vets, ⟦city⟧ - treating vet ⟦p2.full⟧
Amount claimed: ⟦d.fee⟧
Pay to: account number ⟦acct⟧, sort code ⟦d.sort⟧
Phone: ⟦phone⟧    Email: ⟦p1.email⟧
"""),
    t("p-stable-sms-2", "sms", """
Hi its ⟦p1.first⟧ from the yard, livery for Moondance & Treacle is ⟦d.fee⟧ this month. Pls
pay to a/c ⟦acct⟧ sort ⟦d.sort⟧ ref ⟦p2.lowlast⟧. Ta
"""),
    t("p-escape-jira-2", "jira", """
BOOK-⟦d.pr⟧ Payment page logs full card numbers

⟦p1.full⟧ commented:
Our booking widget is writing PANs to the access log, e.g.
  POST /pay card=⟦card⟧&name=⟦p2.full⟧ from ⟦ip⟧
This is a PCI problem. Who owns the widget?

⟦p3.full⟧ commented:
Me. Hotfix in ⟦d.version⟧ today; ⟦p4.first⟧ is purging the logs.
"""),
    t("p-realestate-xml-2", "xml", """
<tenancy ref="⟦d.ref⟧">
  <property>⟦addr⟧</property>
  <tenant><name>⟦p1.full⟧</name><phone>⟦phone⟧</phone></tenant>
  <tenant><name>⟦p2.full⟧</name><phone>⟦phone2⟧</phone></tenant>
  <rent amount="⟦d.fee⟧" day="1">
    <payerIban>⟦iban⟧</payerIban>
  </rent>
  <landlord>⟦p3.full⟧</landlord>
</tenancy>
"""),
    t("p-tax-transcript-2", "transcript", """
Transcript - client call, tax season
PREPARER: Can you read me your Social Security number to confirm?
CLIENT (⟦p1.full⟧): It's ⟦ssn⟧.
PREPARER: And your ⟦p2.spouse⟧'s?
CLIENT: ⟦p2.first⟧'s is ⟦ssn2⟧.
PREPARER: Thanks. Refund to the same checking account, ending ⟦d.qty⟧⟦d2.qty⟧?
CLIENT: No, new one: account number ⟦acct.us⟧.
PREPARER: Got it. I'll email the draft to ⟦p1.email⟧.
""", cult="us", kin="2=1"),
    t("p-notary-paste-de-2", "paste", """
Fasse diesen Notartermin in drei Stichpunkten zusammen:

Beurkundung Kaufvertrag am ⟦d.dmy⟧. Verkäufer: ⟦p1.full⟧, wohnhaft ⟦addr:DE⟧. Käuferin:
⟦p2.full⟧, ⟦city2⟧. Kaufpreis ⟦d.house:EUR⟧, zahlbar auf das Anderkonto ⟦iban:DE⟧. Rückfragen
an ⟦p3.herr⟧ ⟦p3.last⟧, Telefon ⟦phone:DE⟧.
""", cult="de"),
    t("p-ferry-json-2", "json", """
{"manifest": "⟦d.ticket⟧", "vessel": "Nils Holgersson", "passengers": [
  {"name": "⟦p1.full⟧", "nationality": "⟦country⟧", "phone": "⟦phone:p1⟧"},
  {"name": "⟦p2.full⟧", "nationality": "⟦country2⟧", "phone": "⟦phone2:p2⟧"},
  {"name": "⟦p3.full⟧", "nationality": "⟦country3⟧", "phone": "⟦phone3:p3⟧"}],
 "payment": {"card": "⟦card⟧", "holder": "⟦p1.full⟧"}}
"""),
    t("p-bus-html-2", "html", """
<form action="/lost-property" method="post">
  <label>Your name <input name="name" value="⟦p1.full⟧"></label>
  <label>Phone <input name="phone" value="⟦phone⟧"></label>
  <label>Email <input name="email" value="⟦p1.email⟧"></label>
  <label>Route <input name="route" value="X4 to ⟦city⟧"></label>
  <textarea name="details">Blue backpack, laptop inside. Friend ⟦p2.full⟧ saw it on seat 12.
  </textarea>
</form>
"""),
    t("p-orchestra-email-2", "email", """
Dear ⟦p1.first⟧,

Thank you for stepping in for the violin concerto on such short notice. Your fee of ⟦d.fee⟧ will
be paid to ⟦iban⟧ within 30 days; please send an invoice quoting ⟦d.invoice⟧. If your
agent, ⟦p2.full⟧, prefers to invoice, ⟦p2.his⟧ address ⟦p2.email⟧ is on file.

Warm regards,
⟦p3.full⟧
Orchestra Manager
"""),
    t("p-brewery-voice-2", "voice", """
add to the order sheet ⟦p1.lower⟧ from ⟦city.lower⟧ wants two kegs of the pale and a case of
the stout delivery thursday pay by card ⟦card⟧ and ring ⟦p1.him⟧ on ⟦phone.plain⟧ when the
van leaves
"""),
    t("p-space-minutes-2", "minutes", """
Telescope time allocation committee - minutes (confidential)
Chair: ⟦p1.full⟧. Members: ⟦p2.full⟧, ⟦p3.full⟧, ⟦p4.full⟧ (remote from ⟦city⟧).
- Proposal 41 (⟦p5.full⟧, PI): 12 h Hubble, approved.
- Proposal 52 (⟦p6.full⟧, PI): James Webb DDT request, deferred; ⟦p2.last⟧ conflicted.
- The VPN for remote members is ⟦ip⟧; ⟦p4.first⟧ reported drops.
"""),
    t("p-perfume-ics-2", "ics", """
BEGIN:VEVENT
UID:⟦d.uuid⟧
DTSTART:20250419T130000Z
SUMMARY:Atelier « Créez votre parfum » - ⟦p1.full⟧ + 1
LOCATION:Atelier Ambre, ⟦addr:FR⟧
ATTENDEE;CN="⟦p1.full⟧":mailto:⟦p1.email⟧
DESCRIPTION:Invitée : ⟦p2.full⟧. Tél. ⟦phone:FR⟧. Acompte carte ⟦card⟧.
END:VEVENT
"""),
    t("p-tool-vcard-2", "vcard", """
Convert this vCard to JSON:

BEGIN:VCARD
VERSION:3.0
FN:⟦p1.full⟧
TEL;TYPE=WORK:⟦phone⟧
TEL;TYPE=HOME:⟦phone2⟧
EMAIL:⟦p1.email⟧
ADR:;;⟦addr⟧;;;;
NOTE:IBAN ⟦iban⟧ - for refunds only
END:VCARD
"""),
    t("p-marina-slack-2", "slack", """
#harbour-office  ⟦d.date⟧
⟦p1.full⟧  ⟦d.time⟧  Storm Babet warning for tonight, please double the lines on the pontoons
⟦p2.full⟧  ⟦d2.time⟧  owner of Skylark II not answering. @⟦p3.handle⟧ do you have another
number for ⟦p4.full⟧?
⟦p3.full⟧  ⟦d3.time⟧  try ⟦phone⟧ (work) or ⟦phone2⟧ (⟦p4.his⟧ ⟦p5.spouse⟧, ⟦p5.first⟧)
""", kin="5=4"),
    t("p-awards-voice-2", "voice", """
draft a speech for ⟦p1.lowfirst⟧ for the bafta dinner thank ⟦p2.lower⟧ the director and
⟦p3.lower⟧ our producer and mention the golden globe last year keep it under a minute
"""),
    t("p-lab-ticket-2", "ticket", """
IT ticket ⟦d.ticket⟧ - VPN access for visiting researcher
Requested by: ⟦p1.full⟧ (⟦p1.work:lumen-physics.eu⟧)
Visitor: ⟦p2.full⟧, from ⟦city⟧, until ⟦d.date⟧
Static IP to whitelist: ⟦ip⟧ (IPv6 ⟦ip2.v6⟧)
Phone for 2FA: ⟦phone⟧
"""),
    t("p-funeral-letter-2", "letter", """
⟦d.date⟧

Dear ⟦p1.full⟧,

Re: Pre-paid funeral plan for ⟦p2.full⟧

Thank you for your payment. The plan is now fully paid from account ⟦acct⟧ and is held in
trust. A copy of the plan has been sent to ⟦p2.full⟧'s nominated representative,
⟦p3.full⟧, at ⟦addr⟧.

Yours sincerely,
⟦p4.full⟧
Willowmere Funeral Services | ⟦phone⟧
"""),
    t("p-marina-paste-en-1", "paste", """
Summarise this email thread in three bullets and list any action for me:

> From: ⟦p1.full⟧
> The insurer wants the survey report before they renew. ⟦p2.first⟧, can you send it?
>
> From: ⟦p2.full⟧
> Sent it to ⟦p3.email⟧ yesterday. Surveyor was ⟦p4.full⟧, ⟦phone⟧, if they have questions.
> The osmosis note on page 4 is old, it was treated in ⟦pick:2016|2018|2019⟧.
"""),
    t("p-realestate-paste-en-1", "paste", """
Extract the contact details from this signature block as JSON (name, phone, email, address):

--
⟦p1.full⟧ | Senior Negotiator
Harbourlight Homes
⟦addr⟧
M: ⟦phone⟧  |  E: ⟦p1.work:harbourlight-homes.com⟧
"""),
    t("p-bakery-paste-en-1", "paste", """
Write a short apology reply to this review:

"Ordered a Sachertorte for my ⟦p1.parent⟧'s birthday and it came without the apricot layer.
The person on the phone (⟦p2.first⟧?) was lovely but nobody called back on ⟦phone⟧ as promised.
- ⟦p3.full⟧"
"""),
    t("p-theatre-chat-word-1", "chat", """
⟦p1.first⟧ has stage-managed our last nine shows and leaves us on ⟦d.date⟧. Write a short
farewell card from the cast: mention how calm ⟦p1.he⟧ stayed when the fire alarm went off in
the middle of Macbeth, and sign it from ⟦p2.first⟧, ⟦p3.first⟧ and the crew.
""", cult="word"),
    t("p-stable-voice-word-1", "voice", """
text ⟦p1.lowfirst⟧ that the farrier comes at eight tomorrow and ask ⟦p2.lowfirst⟧ to bring the
lunge line for treacle ⟦p1.his⟧ number is ⟦phone.plain⟧
""", cult="word"),
    t("p-nursery-sms-word-1", "sms", """
⟦p1.first⟧, your climbing roses are potted up and ready. ⟦p2.first⟧ is on the till until 5 and
has your receipt. Any problem ring ⟦phone⟧. Ref ⟦d.booking⟧
""", cult="word"),
    t("p-ferry-chat-2", "chat", """
⟦card⟧ was charged twice for ferry booking ⟦d.booking⟧ (MV W.B. Yeats, ⟦d.date⟧). What should
I say to my bank? The cardholder name is ⟦p1.full⟧ and the operator's helpline is ⟦phone⟧
"""),
    t("p-bar-sms-2", "sms", """
⟦iban⟧ is the account for this month's tip-jar split. Can you confirm the holder name is right
before I send it? It should read ⟦p1.full⟧
"""),
    t("p-lab-chat-2", "chat", """
is ⟦ip⟧ in the same /24 as ⟦ip2⟧? ⟦p1.first⟧ says the oscilloscope on bench 2 can't be reached
from the DAQ box, which sits at ⟦ip3⟧
"""),
    t("p-tax-chat-2", "chat", """
⟦ssn⟧ or ⟦ssn2⟧ - which of these goes on the dependent line of my return? The dependent is my
⟦p1.child⟧ ⟦p1.full⟧; the other number belongs to my ⟦p2.spouse⟧, ⟦p2.first⟧.
""", cult="us"),
    t("p-school-html-2", "html", """
<ul class="staff">
  <li><a href="⟦p1.url⟧">⟦p1.full⟧</a>, Head of Physics (Nobel Prize outreach lead)</li>
  <li><a href="⟦p2.url⟧">⟦p2.full⟧</a>, Music, conducts the Carmen Suite every spring</li>
  <li><a href="⟦p3.url⟧">⟦p3.full⟧</a>, Admissions: ⟦p3.work:jfkhs.org⟧, ⟦phone⟧</li>
</ul>
<p>John F. Kennedy High School is a Gates Foundation partner school.</p>
"""),
    t("p-airport-sms-2", "sms", """
Gate change: ⟦d.flight⟧ to ⟦city⟧ now boards at ⟦d.gate⟧. ⟦p1.first⟧, your assistance escort
⟦p2.first⟧ will meet you at the Jomo Kenyatta lounge. Queries ⟦phone⟧
"""),
]  # fmt: skip
