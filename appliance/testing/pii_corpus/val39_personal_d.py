"""val39 personal templates, part D: escape rooms and board-game cafés, real-estate agencies,
tax advisers and notaries, ferry and bus operators."""

from __future__ import annotations

from appliance.testing.pii_corpus.val39_gen import t

TEMPLATES = [
    t("p-escape-email-1", "email", """
Subject: Your booking - "Who Killed Colonel Mustard?" - ⟦d.date⟧

Hi ⟦p1.first⟧,

Thanks for booking the Mustard room for 6 players at ⟦d.time⟧. Names on the waiver so far:
⟦p1.full⟧, ⟦p2.full⟧, ⟦p3.full⟧. The others can sign at the door. Professor Plum and Miss
Scarlett costumes are in the lobby if anyone wants them!

The balance of ⟦d.price⟧ was taken from ⟦card⟧. Running late? Call ⟦phone⟧.

Quillstone Games
"""),
    t("p-escape-chat-1", "chat", """
We run a board-game café. Write a friendly reminder text for ⟦p1.full⟧ who has booked the big
table for a Catan tournament on ⟦d.day⟧ (8 players, ⟦d.time⟧). ⟦p1.He⟧ still owes the
deposit. ⟦p1.His⟧ mobile: ⟦phone⟧. Mention that Ticket to Ride and Wingspan will be out too.
"""),
    t("p-boardgame-csv-1", "csv", """
team,captain,captain_phone,players,room,score
Plum Crazy,⟦p1.full⟧,⟦phone⟧,"⟦p1.first⟧; ⟦p2.first⟧; ⟦p3.first⟧",Poirot,41:12
The Mustards,⟦p4.full⟧,⟦phone2⟧,"⟦p4.first⟧; ⟦p5.first⟧",Dracula,DNF
Red Herrings,⟦p6.full⟧,⟦phone3⟧,"⟦p6.first⟧; ⟦p7.first⟧; ⟦p8.first⟧",Nemo,38:55
"""),
    t("p-escape-ticket-1", "ticket", """
[Support] Gift voucher not working
From: ⟦p1.email⟧
Name: ⟦p1.full⟧

Hello, my ⟦p2.sibling⟧ ⟦p2.first⟧ gave me a voucher (code ⟦d.booking⟧) for the Sherlock
Holmes room but the site says it has expired. It was bought on ⟦d.date⟧ with card ⟦card⟧ by
⟦p2.full⟧. Can you extend it? My number is ⟦phone⟧.
""", kin="2=1"),
    t("p-realestate-email-1", "email", """
From: ⟦p1.full⟧ <⟦p1.work:harbourlight-homes.com⟧>
To: ⟦p2.email⟧; ⟦p3.email⟧
Subject: Offer on ⟦addr⟧

Dear ⟦p2.first⟧ and ⟦p3.first⟧,

Good news: the vendors have accepted your offer of ⟦d.house⟧. Their solicitor is ⟦p4.full⟧
(⟦phone⟧). Please send me your solicitor's details and proof of deposit, and let me know a
date for the survey.

Best,
⟦p1.first⟧
Harbourlight Homes, ⟦city2⟧ branch
"""),
    t("p-realestate-json-1", "json", """
{
  "listing_id": "⟦d.ref⟧",
  "address": "⟦addr⟧",
  "price": "⟦d.house⟧",
  "features": ["garden", "2 bed", "near the Marie Curie hospice"],
  "agent": {"name": "⟦p1.full⟧", "phone": "⟦phone⟧"},
  "viewings": [
    {"name": "⟦p2.full⟧", "phone": "⟦phone2⟧", "slot": "⟦d.time⟧"},
    {"name": "⟦p3.full⟧", "phone": "⟦phone3⟧", "slot": "⟦d2.time⟧"}
  ]
}
"""),
    t("p-realestate-paste-fr-1", "paste", """
Réponds à ce message de façon professionnelle, en français :

« Bonjour, je m'appelle ⟦p1.full⟧. Je suis intéressé(e) par l'appartement au ⟦addr:FR⟧
(réf. ⟦d.ref⟧). Je travaille à ⟦city2⟧ et je peux visiter samedi. Mon conjoint, ⟦p2.first⟧,
sera avec moi. Vous pouvez me joindre au ⟦phone:FR⟧. Cordialement. »
""", cult="fr"),
    t("p-realestate-voice-1", "voice", """
viewing feedback for the flat in ⟦city.lower⟧ the couple ⟦p1.lower⟧ and ⟦p2.lowfirst⟧ liked the
kitchen but not the stairs they want a second viewing next week call ⟦p1.lowfirst⟧ on
⟦phone.plain⟧
"""),
    t("p-tax-email-1", "email", """
Hi ⟦p1.first⟧,

For the joint return we still need:
- ⟦p2.full⟧'s W-2 from the new employer
- the 1099-INT from your savings, checking account ⟦acct.us⟧
- SSNs for both dependents: ⟦p3.first⟧ (⟦ssn⟧) - and ⟦p4.first⟧'s, which was missing from
  the form you sent

Please upload via the portal rather than email next time.

⟦p5.full⟧, EA
Copperleaf Tax Services | ⟦phone:US⟧
""", cult="us", kin="2=1 3=1 4=1"),
    t("p-tax-form-1", "form", """
CLIENT INTAKE - INDIVIDUAL
Last name: ⟦p1.caps⟧        First name: ⟦p1.first⟧
SSN: ⟦ssn⟧
Spouse: ⟦p2.full⟧          Spouse SSN: ⟦ssn2⟧
Address: ⟦addr:US⟧
Phone (day): ⟦phone:US⟧
Refund by direct deposit - routing: ⟦d.num⟧⟦d2.num⟧ account number: ⟦acct.us⟧
Preparer: ⟦p3.init⟧
""", cult="us", kin="2=1"),
    t("p-tax-csv-1", "csv", """
client,ssn,filing_status,refund,acct_no
"⟦p1.lf⟧",⟦ssn⟧,single,1204.00,⟦acct⟧
"⟦p2.lf⟧",⟦ssn2⟧,married_joint,-310.50,⟦acct2⟧
"⟦p3.lf⟧",⟦ssn3⟧,head_of_household,2250.75,⟦acct3⟧
""", cult="us"),
    t("p-notary-letter-1", "letter", """
Maître ⟦p1.full⟧
Notaire
⟦addr:FR⟧

Objet : Succession de ⟦p2.mme⟧ ⟦p2.full⟧

Madame, Monsieur,

Suite au décès de ⟦p2.mme⟧ ⟦p2.last⟧ survenu le ⟦d.dmy⟧, je vous prie de bien vouloir me
transmettre le relevé des comptes au nom ⟦p2.defunt⟧ ainsi que le RIB du compte joint
⟦iban:FR⟧. Les héritiers sont ⟦p3.full⟧ et ⟦p4.full⟧.

Veuillez agréer mes salutations distinguées.
""", cult="fr", kin="3=2 4=2"),
    t("p-notary-notes-1", "notes", """
Signing appointment - power of attorney
Donor: ⟦p1.full⟧ (DOB ⟦d.dob⟧)
Attorneys: ⟦p2.full⟧ and ⟦p3.full⟧, jointly and severally
Witness: ⟦p4.full⟧
ID checked: passport (donor), driving licence (both attorneys)
Registration fee paid from account no. ⟦acct⟧, sort code ⟦d.sort⟧
Follow-up: call ⟦p2.first⟧ on ⟦phone⟧ when the office returns the deed
"""),
    t("p-tax-paste-id-1", "paste", """
Terjemahkan ke bahasa Inggris:

Yth. ⟦p1.pak⟧ ⟦p1.first⟧,
Kami mengingatkan bahwa SPT Tahunan atas nama ⟦p1.full⟧ harus dilaporkan sebelum
⟦d.dmy⟧. Mohon kirimkan bukti potong dari kantor Anda ke ⟦em:pajak@kantorkonsultan.co.id⟧
atau hubungi staf kami, ⟦p2.full⟧, di ⟦phone:ID⟧.
Hormat kami,
⟦p3.full⟧
""", cult="id"),
    t("p-ferry-sms-1", "sms", """
TIDEMARK FERRIES: ⟦p1.first⟧, sailing ⟦d.ticket⟧ to the islands on ⟦d.date⟧ is delayed by 40
min (weather). Vessel: MV Oscar Wilde. Info ⟦phone⟧
"""),
    t("p-ferry-email-1", "email", """
Dear ⟦p1.mr⟧ ⟦p1.last⟧,

Your booking ⟦d.booking⟧ has been amended:
Outbound: ⟦city⟧ to ⟦city2⟧, ⟦d.date⟧, Peter Pan, cabin for 2
Passengers: ⟦p1.full⟧, ⟦p2.full⟧
Vehicle: Ford Transit, reg. ⟦d.plate⟧

The fare difference of ⟦d.price⟧ was charged to ⟦card⟧. Reply to ⟦role:bookings⟧ with
questions.
"""),
    t("p-bus-minutes-1", "minutes", """
Route planning meeting - bus operations
Attendees: ⟦p1.full⟧ (Ops), ⟦p2.full⟧ (Scheduling), ⟦p3.full⟧ (Union rep), ⟦p4.full⟧
Items:
- Route 7 ("the Nelson Mandela line") to get a Sunday service from ⟦d.month⟧.
- Driver ⟦p5.full⟧ commended for handling the incident at ⟦city⟧ depot.
- ⟦p3.last⟧ raised rest-break compliance; ⟦p1.last⟧ to reply by ⟦d.date⟧.
- Complaint from ⟦p6.full⟧ (⟦p6.email⟧) about the missed stop - ⟦p2.first⟧ to call back.
"""),
    t("p-ferry-transcript-1", "transcript", """
Call recording - reservations
[00:00] AGENT: Tidemark Ferries, ⟦p1.first⟧ speaking.
[00:03] CALLER: Hello, I need to change a crossing, the name is ⟦p2.full⟧.
[00:09] AGENT: Could you confirm the phone number on the booking?
[00:12] CALLER: ⟦phone⟧.
[00:20] AGENT: Thank you. And you'd like to add a passenger?
[00:22] CALLER: Yes, my ⟦p3.sibling⟧ ⟦p3.full⟧, and pay with the Amex ⟦card.amex⟧.
[00:41] AGENT: That's done, ⟦p2.first⟧. Confirmation will go to ⟦p2.email⟧.
""", kin="3=2"),
    t("p-bus-paste-vi-1", "paste", """
Dịch sang tiếng Anh giúp tôi:

Kính gửi ⟦p1.anh⟧ ⟦p1.first⟧,
Công ty xe khách xác nhận vé của ⟦p2.anh⟧ ⟦p2.full⟧ đi ⟦city:VN⟧ ngày ⟦d.dmy⟧, ghế ⟦d.seat⟧.
Nếu cần đổi vé, vui lòng gọi ⟦phone:VN⟧ hoặc gửi email tới ⟦p2.email⟧.
Trân trọng,
⟦p3.full⟧
""", cult="vi"),
    t("p-escape-html-1", "html", """
<table class="leaderboard">
  <tr><th>Team</th><th>Room</th><th>Time</th><th>Captain</th></tr>
  <tr><td>Plum Pudding</td><td>Professor Plum's Study</td><td>42:10</td><td>⟦p1.full⟧</td></tr>
  <tr><td>Baker Street</td><td>Sherlock Holmes</td><td>47:55</td><td>⟦p2.full⟧</td></tr>
  <tr><td>Night Shift</td><td>Count Dracula</td><td>51:03</td><td>⟦p3.full⟧</td></tr>
</table>
<!-- winners contacted: ⟦p1.email⟧, ⟦p2.email⟧ -->
"""),
    t("p-realestate-markdown-1", "markdown_table", """
Please turn this into a polite email to the landlord listing what needs fixing:

| Property | Tenant | Phone | Issue |
|---|---|---|---|
| ⟦addr⟧ | ⟦p1.full⟧ | ⟦phone⟧ | boiler pressure drops |
| ⟦addr2⟧ | ⟦p2.full⟧ | ⟦phone2⟧ | damp in bathroom |

Landlord: ⟦p3.full⟧.
"""),
    t("p-tax-yaml-1", "yaml", """
client:
  name: ⟦p1.full⟧
  tax_id_us: ⟦ssn⟧
  email: ⟦p1.email⟧
  phone: "⟦phone:US⟧"
  address: ⟦addr:US⟧
bank:
  checking_account: "⟦acct.us⟧"
preparer: ⟦p2.full⟧
year: 2024
""", cult="us"),
    t("p-notary-ics-1", "ics", """
BEGIN:VEVENT
DTSTART:20250602T090000
DTEND:20250602T100000
SUMMARY:Signature acte de vente - ⟦p1.full⟧ / ⟦p2.full⟧
LOCATION:⟦addr⟧
ORGANIZER:mailto:⟦em:etude@meridian-notaires.fr⟧
ATTENDEE;CN=⟦p1.full⟧:mailto:⟦p1.email⟧
ATTENDEE;CN=⟦p2.full⟧:mailto:⟦p2.email⟧
DESCRIPTION:Apporter pièce d'identité. Clerc : ⟦p3.full⟧ ⟦phone⟧
END:VEVENT
"""),
    t("p-bus-log-1", "log", """
[⟦d.iso⟧ 05:42:10] AVL  bus=4417 route=12 driver_id=⟦d.num⟧ gps_ok gw=⟦ip⟧
[⟦d.iso⟧ 05:42:55] CAD  emergency button pressed bus=4417
[⟦d.iso⟧ 05:43:02] CAD  controller ⟦p1.full⟧ opened voice channel
[⟦d.iso⟧ 05:47:30] CAD  note: passenger ⟦p2.full⟧ taken ill at ⟦city⟧ interchange, \
ambulance called, next of kin ⟦phone⟧
[⟦d.iso⟧ 05:58:12] CAD  incident closed by ⟦p1.handle⟧
"""),
    t("p-ferry-vcard-1", "vcard", """
BEGIN:VCARD
VERSION:4.0
FN:⟦p1.full⟧
N:⟦p1.last⟧;⟦p1.first⟧;;;
TITLE:Master, MV Loch Seaforth
TEL;TYPE=cell:⟦phone.intl⟧
EMAIL:⟦p1.work:tidemark-ferries.com⟧
NOTE:Relief master: ⟦p2.full⟧ (⟦phone2⟧)
END:VCARD
"""),
    t("p-escape-slack-1", "slack", """
#front-desk
⟦p1.full⟧ [⟦d.time⟧]: someone left a phone in the Nemo room, lock screen says "if found call
⟦phone⟧"
⟦p2.full⟧ [⟦d2.time⟧]: that's from the 6pm group, booking under ⟦p3.full⟧
⟦p1.first⟧ [⟦d3.time⟧]: called, ⟦p3.first⟧'s coming back for it
"""),
]  # fmt: skip
