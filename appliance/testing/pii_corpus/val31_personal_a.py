"""val31 personal templates, part A: chat, e-mail, SMS, letters, forms, tickets and notes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val31_gen import P

TEMPLATES = [
    # ---------------------------------------------------------------- chat
    P(
        "pa-chat-ship-1",
        "chat",
        "shipping",
        """
hey, can you draft a quick note to {{p1.first}} at the forwarder? the {{vessel}} slipped her \
berth window so container {{container}} won't make the {{date}} cutoff. ask them to call me on \
{{ph1}} if the consignee ({{p2}}, {{l1.city}}) pushes back
""",
    ),
    P(
        "pa-chat-wine-1",
        "chat",
        "wine",
        """
Can you help me write a tasting note for a customer? {{p1}} bought two cases of {{vintage}} \
{{grape}} from us last month and asked for pairing ideas for a dinner party in {{l1.city}}. Keep \
it friendly, sign it from me ({{p2.first}}), and mention they can reach the shop on {{ph1:l1}}.
""",
    ),
    P(
        "pa-chat-chess-1",
        "chat",
        "chess",
        """
I run the junior section at our chess club. Please turn this into a short announcement: \
congratulations to {{p1}} (U12), who beat {{p2.ilast}} with the {{opening}} in round 5, and to \
{{p3.first}} for a first draw against a rated player. Parents can contact me at {{p4.email}} \
about the {{month}} fixtures.
""",
    ),
    P(
        "pa-chat-weather-1",
        "chat",
        "weather",
        """
quick q - {{p1.lfirst}} from the {{l1.city}} depot says {{storm}} is tracking further north than \
forecast. can you summarise the latest guidance for our drivers in 5 bullets? my number for the \
callback list is {{ph1:l1}}
""",
    ),
    P(
        "pa-chat-farm-1",
        "chat",
        "farm",
        """
Our vet, {{p1.hon}} {{p1.last}}, is coming on {{weekday}} to look at the heifers and the old \
{{tractor}} has to be moved out of the yard first. Write me a checklist for the farm hands and \
put {{p2.first}}'s mobile ({{ph1}}) at the top in case the vet turns up early.
""",
    ),
    P(
        "pa-chat-museum-1",
        "chat",
        "museum",
        """
I'm a registrar at a small gallery. A visitor, {{p1}}, says the label next to the copy of \
{{artwork}} is wrong and that their great-grandfather, {{p2:m:kin1}}, painted it in {{l1.city}} around \
{{year}}. Draft a polite reply asking for evidence; they gave {{p1.email}} and {{ph1}}.
""",
    ),
    P(
        "pa-chat-hr-1",
        "chat",
        "hr",
        """
need a rejection email that doesn't sound like a robot. candidate is {{p1.lower}}, applied for \
{{job}}, interviewed with me and {{p2.lfirst}} on {{weekday}}. they were great but we went with \
someone who speaks {{pick:Portuguese|Japanese|Turkish|Swahili}}. keep the door open
""",
    ),
    P(
        "pa-chat-brewery-1",
        "chat",
        "brewery",
        """
Writing the cocktail menu for our taproom relaunch. Can you make the {{cocktail}} and \
{{cocktail}} descriptions punchier? Also add a line thanking {{p1}} (head bartender) and \
{{p2.first}} from the {{beer}} rep team. Questions to me: {{p3.work}}.
""",
    ),
    P(
        "pa-chat-mining-1",
        "chat",
        "mining",
        """
Can you check my maths? The assay for hole {{n:10-99}} from {{p1.ilast}}'s crew came back at \
{{n:2-9}}.{{n:1-9}} g/t over {{n:3-30}} m, and {{p2}} at the lab in {{l1.city}} says the \
{{mineral}} standard was fine. What's the metre-grams figure?
""",
    ),
    # --------------------------------------------------------------- email
    P(
        "pa-email-ship-1",
        "email",
        "shipping",
        """
Subject: Pre-alert - {{bl}} / {{container}}

Dear {{p1.first}},

Please find below the pre-alert for the above shipment on board {{vessel}}, voyage {{voyage}}, \
ETA {{locode}} {{date}}.

Consignee: {{p2}}
Delivery address: {{l1.addr}}
Contact on site: {{p3.ilast}}, {{ph1:l1}}

Customs clearance will be handled by our partner office; duties to be invoiced under \
{{invoice}}. Any questions, please reply to {{em:ops}} rather than to me directly, as I am out \
from {{date}}.

Kind regards,
{{p4}}
Export Coordinator
""",
    ),
    P(
        "pa-email-rail-1",
        "email",
        "rail",
        """
Subject: Your footplate experience on {{date}}

Hi {{p1.first}},

Thanks for booking the footplate experience behind {{loco}}. Your driver for the day will be \
{{p2}} and the fireman {{p3.first}}. Please arrive at the shed by {{time}}; parking is free for \
experience guests.

The gift voucher is down in the name of {{p4}} ({{p4.email}}). If that is wrong, ring the \
booking office on {{ph1}}.

Best wishes,
{{p5.first}}
Volunteer Bookings
""",
    ),
    P(
        "pa-email-hr-1",
        "email",
        "hr",
        """
Subject: Onboarding paperwork - {{p1}}

Hi {{p2.first}},

{{p1.first}} starts on {{date}} as {{pick:a|our new}} {{job}} at the {{l1.city:US}} site. For \
payroll I still need the W-4 and I-9; the SSN on the offer form is {{ssn}}, but the system \
flagged a mismatch. Can you double-check it with them directly on {{ph1:US}}?

Direct deposit: checking account {{acct:us}}, routing {{n:100000000-199999999}}.

Thanks,
{{p3}}
People Operations
""",
    ),
    P(
        "pa-email-museum-1",
        "email",
        "museum",
        """
Subject: Consignment - Lot {{n:12-240}}

Dear {{p1.hon}} {{p1.last}},

Thank you for consigning the oil sketch to our {{month}} sale. Our specialist, {{p2}}, has \
compared it with the studies for {{artwork}} and believes the attribution will hold. The \
estimate is {{bigprice}}.

Proceeds will be paid to IBAN {{iban}} in the name of {{p1.full}} unless you instruct \
otherwise. Collection from {{l1.addr}} is booked for {{date}}.

Yours sincerely,

{{p3}}
Head of Old Masters
""",
    ),
    P(
        "pa-email-ngo-1",
        "email",
        "ngo",
        """
Subject: Case {{case}} - family tracing

{{p1.first}},

I met {{p2}} and a younger sibling, {{p3.first}}, today at the day centre. They arrived from \
{{l1.country}} via {{l2.city}} and are staying with a cousin at {{l3.addr}}. The cousin's number \
is {{ph1:l3}}.

{{p2.first}} is asking whether the tracing request for their mother, {{p4:f:kin2}}, has moved. The \
interpreter was {{p5.ilast}} (Tigrinya).

Next appointment: {{date}}, {{time}}.

{{p6.first}}
""",
    ),
    P(
        "pa-email-election-1",
        "email",
        "election",
        """
Subject: Polling station staffing - district {{n:1-40}}

Dear {{p1.first}},

Thank you for agreeing to act as presiding officer on {{date}}. Your station is the church hall \
at {{l1.addr}}; doors open to staff at 06:15 and the poll opens at 07:00.

Your poll clerks are {{p2}} and {{p3}}. {{p3.first}} has not worked an election before, so \
please pair them with {{p2.first}} for the first hour.

If anything goes wrong on the day, ring the elections office on {{ph1:l1}} or e-mail \
{{em:elections}}.

Regards,
{{p4}}
Electoral Services Manager
""",
    ),
    P(
        "pa-email-translation-1",
        "email",
        "translation",
        """
Subject: Interpreter booking {{ref}}

Dear {{p1.hon}} {{p1.last}},

We can confirm {{p2}} as your {{pick:Dari|Somali|Vietnamese|Romanian|Kurdish Sorani}} \
interpreter for the hearing on {{date}} at {{time}}. {{p2.first}} will meet your client, \
{{p3}}, in the foyer 15 minutes beforehand.

Our fee of {{price}} can be paid by card ({{card}} is the card we hold on file; reply if you \
would like us to use another) or by bank transfer to {{iban:GB}}.

Best regards,
{{p4}}
LinguaLink Bookings | {{ph1}}
""",
    ),
    P(
        "pa-email-sport-1",
        "email",
        "sport",
        """
Subject: Season tickets - {{p1}}

Hello,

I renewed two season tickets for {{stadium}} on {{date}}, for myself and my son \
{{p2.first:m:kin1}}, but only one arrived at {{l1.addr}}. The payment of {{price}} went from my card \
ending {{n:1000-9999}}.

Could you post the second one, or let me collect it? My number is {{ph1:l1}}.

Thanks,
{{p1.first}}
""",
    ),
    P(
        "pa-email-orchestra-1",
        "email",
        "music",
        """
Subject: Deputy for {{date}}

Hi {{p1.first}},

{{p2}} has pulled out of Saturday's concert ({{musicwork}}) with a wrist injury. Could you ask {{p3}} \
whether they are free to dep on second violin? Rehearsal is at {{time}} in {{building}}.

The fee is the usual {{price}} and can go to the same account as last season (account \
number {{acct}}, sort code {{pick:20-18-27|40-47-84|60-83-71}}), unless {{p3.first}} tells us \
otherwise. Their mobile is {{ph1}}.

Thanks,
{{p4}}
Orchestra Manager
""",
    ),
    P(
        "pa-email-mining-2",
        "email",
        "mining",
        """
Subject: Site induction - {{date}}

{{p1}},

Your induction at the {{l1.region}} operation is booked. Please bring photo ID and steel-toe \
boots. Your supervisor will be {{p2.ilast}}; if you are running late, call the gatehouse on \
{{ph1:l1}}.

Please also confirm the bank details for your per diem: IBAN {{iban}}, account holder \
{{p1.lf}}.

{{p3}}
HSE Coordinator
""",
    ),
    # ---------------------------------------------------------------- sms
    P(
        "pa-sms-dental-1",
        "sms",
        "dental",
        """
Hi {{p1.first}}, this is {{pick:Brightsmile Dental|the dental surgery|Clearview Opticians}}. \
Reminder of your appointment with Dr {{p2.last}} on {{date}} at {{time}}. Reply Y to confirm \
or call {{ph1}} to rearrange.
""",
    ),
    P(
        "pa-sms-wedding-1",
        "sms",
        "wedding",
        """
{{p1.first}}!! florist says the peonies are out so she's swapping to garden roses + \
{{pick:eucalyptus|ranunculus|sweet peas}}. ok with you? also {{p2.first}}'s mum wants the \
table plan by fri, her number is {{ph1}}
""",
    ),
    P(
        "pa-sms-rescue-1",
        "sms",
        "rescue",
        """
CALLOUT {{time}}: walker overdue, {{p1}} ({{n:19-77}}), last seen {{pcode}} heading for the \
ridge. Contact partner {{p2.first}} {{ph1}}. RV {{l1.city}} team base. Reply ETA.
""",
    ),
    P(
        "pa-sms-farm-1",
        "sms",
        "farm",
        """
{{p1.first}} - bees from {{p2}} arrive {{weekday}} am, 6 nucs. can u be at the gate by 8? \
if late ring them direct {{ph1}}. thx {{p3.first}}
""",
    ),
    P(
        "pa-sms-ship-1",
        "sms",
        "shipping",
        """
{{p1.first}}, driver {{p2.first}} is at gate 4 with {{container}} but no release. \
Call him on {{ph1}} pls. {{p3.ilast}}
""",
    ),
    P(
        "pa-sms-funeral-1",
        "sms",
        "funeral",
        """
Hello {{p1.first}}, {{p2}} from the funeral home. The hearse will arrive at {{l1.addr}} at \
{{time}} tomorrow. Call me on {{ph1}} with any questions.
""",
    ),
    # -------------------------------------------------------------- letter
    P(
        "pa-letter-funeral-1",
        "letter",
        "funeral",
        """
{{p1.hon}} {{p1}}
{{l1.addr}}

{{date}}

Dear {{p1.hon}} {{p1.last}},

Please accept our sincere condolences on the loss of your \
{{p2.g:mother/wife/sister|father/husband/brother:kin1}}, {{p2}}. As discussed, the service will take \
place at {{time}} on {{date}}, followed by refreshments at the family home.

{{p3}}, who will lead the service, would like to visit you beforehand to talk about readings \
and music. {{p3.first}} can be reached on {{ph1:l1}}.

Our invoice ({{invoice}}) can be settled by card over the phone or by transfer to account \
{{acct}}, sort code {{pick:20-45-67|40-11-62|30-90-89}}.

With deepest sympathy,

{{p4}}
Funeral Director
""",
    ),
    P(
        "pa-letter-school-1",
        "letter",
        "school",
        """
{{l1.addr}}
{{date}}

To the parents or carers of {{p1}},

We are writing to confirm that {{p1.first}} has been offered a place in the \
{{pick:Year 7|Year 9|sixth form}} maths tutoring group run by {{p2.hon}} {{p2.last}} on \
{{weekday}} afternoons. Sessions run in {{room}} from {{time}}.

If {{p1.first}} has any medical needs we should know about, please call the school office on \
{{ph1:l1}}.

Yours faithfully,

{{p3}}
Head of Year
""",
    ),
    P(
        "pa-letter-translation-1",
        "letter",
        "translation",
        """
CERTIFICATE OF TRANSLATION

I, {{p1}}, of {{l1.addr}}, certify that I am competent to translate from \
{{pick:Portuguese|Turkish|Polish|Vietnamese|Amharic}} into English and that the attached \
document, a {{pick:birth certificate|marriage certificate|school transcript}} issued to \
{{p2.UPLF}} on {{date}}, is a true and accurate translation of the original.

Translator reference: {{ref}}
Telephone: {{ph1:l1}}
E-mail: {{p1.email}}

Signed ______________________   Date {{date}}
""",
    ),
    P(
        "pa-letter-mining-1",
        "letter",
        "mining",
        """
Dear {{p1.hon}} {{p1.last}},

Re: Access to the {{pick:north|east|upper}} adit, claim {{ref}}

Further to our site meeting, we confirm that the survey team led by {{p2}} will need access \
across your land from {{date}} for about three weeks. Samples of {{mineral}} and {{mineral}} \
will be taken from the spoil heaps only.

Compensation of {{price}} will be paid into the account you gave us (account number \
{{acct}}). Our site geologist, {{p3.ilast}}, can be reached on {{ph1}}.

Yours sincerely,

{{p4}}
Land Access Officer
""",
    ),
    P(
        "pa-letter-hr-1",
        "letter",
        "hr",
        """
PRIVATE AND CONFIDENTIAL

{{p1}}
{{l1.addr:US}}

Dear {{p1.first}},

Offer of employment: {{job}}

We are delighted to offer you the position above, starting on {{date}}, reporting to {{p2}}. \
Your salary will be {{price}} per year. Please bring your Social Security card (we have \
{{ssn}} on file from your application) and a voided check for direct deposit.

If you have questions, call me on {{ph1:US}}.

Sincerely,
{{p3}}
Director of Human Resources
""",
    ),
    # ---------------------------------------------------------------- form
    P(
        "pa-form-rescue-1",
        "form",
        "rescue",
        """
INCIDENT REPORT - {{pick:Mountain Rescue|Fell Rescue|Coastguard}}
Incident no.: {{case}}
Date/time of call: {{date}} {{time}}
Casualty surname: {{p1.LAST}}
Casualty forename(s): {{p1.first}}
Age: {{n:14-81}}
Home address: {{l1.addr}}
Next of kin: {{p2}} ({{pick:spouse|parent|partner|sibling}}) - {{ph1}}
Location of incident: {{pcode}}
Injuries: {{pick:suspected lower leg fracture|hypothermia|head injury, conscious|exhaustion}}
Team leader: {{p3.ilast}}
Evacuated by: {{pick:AW189|Airbus H145|Sikorsky S-92}} / stretcher carry
""",
    ),
    P(
        "pa-form-hr-1",
        "form",
        "hr",
        """
APPLICATION FOR EMPLOYMENT
Position applied for: {{job}}
Surname: {{p1.LAST}}      First name(s): {{p1.first}}
Address: {{l1.addr}}
Phone: {{ph1:l1}}
Email: {{p1.email}}
Right to work: {{pick:Yes|Yes - visa|Yes - settled status}}
Referee 1: {{p2}}, {{job}}, {{p2.work}}
Referee 2: {{p3}}, {{ph2}}
How did you hear about us? {{pick:LinkedIn|Jobcentre|a friend|our website}}
""",
    ),
    P(
        "pa-form-dental-1",
        "form",
        "dental",
        """
NEW PATIENT REGISTRATION
Title: {{p1.hon}}   Full name: {{p1}}
Date of birth: {{date}}
Address: {{l1.addr}}
Mobile: {{ph1:l1}}     Email: {{p1.email}}
GP: Dr {{p2.last}}
Emergency contact: {{p3}} - {{ph2}}
Medical history: {{pick:none|asthma|on blood thinners|penicillin allergy}}
Payment: {{pick:NHS|private|practice plan}}
Signed: {{p1.ilast}}
""",
    ),
    P(
        "pa-form-us-1",
        "form",
        "hr",
        """
EMPLOYEE INFORMATION SHEET
Legal name (last, first): {{p1.lf}}
Preferred name: {{p1.nick}}
SSN: {{ssn}}
Home address: {{l1.addr:US}}
Personal phone: {{ph1:US}}
Direct deposit: {{pick:Chase|Wells Fargo|Navy Federal}} - checking account {{acct:us}}
Emergency contact: {{p2}} ({{pick:spouse|parent|friend}}) {{ph2:US}}
Start date: {{date}}   Department: {{dept}}
""",
    ),
    P(
        "pa-form-ngo-1",
        "form",
        "ngo",
        """
REGISTRATION - {{pick:Day Centre|Legal Clinic|Food Bank}}
Name: {{p1.UPLF}}
Also known as: {{p1.nick}}
Country of origin: {{l1.country}}
Languages: {{pick:Arabic, French|Tigrinya, Amharic|Dari, Pashto|Somali, Swahili}}
Current address: {{l2.addr}}
Phone: {{ph1:l2}}
Dependants: {{n:0-5}}
Caseworker: {{p2.ilast}}
Consent to share with partner agencies: {{pick:yes|no}}
""",
    ),
    P(
        "pa-form-opticians-1",
        "form",
        "dental",
        """
SPECTACLE ORDER - {{order}}
Patient: {{p1.lf}}
Optometrist: {{p2.ilast}}
R: -{{n:1-4}}.{{pick:00|25|50|75}} / -0.{{pick:25|50|75}} x {{n:10-180}}
L: -{{n:1-4}}.{{pick:00|25|50|75}} / -0.{{pick:25|50|75}} x {{n:10-180}}
Frame: {{frames}} {{sku}}  Lens: {{pick:single vision|varifocal}}
Paid: {{price}} by card {{card}}
Collect from: {{l1.addr}}
Patient phone: {{ph1:l1}}
""",
    ),
    # -------------------------------------------------------------- ticket
    P(
        "pa-ticket-oss-1",
        "ticket",
        "oss",
        """
Ticket {{ticket}} - Priority: {{pick:P2|P3}}
Reporter: {{p1}} <{{p1.work}}>
Assignee: {{p2.first}}
Summary: Contributor agreement not recognised for {{p3}}

{{p3.first}} signed the CLA on {{date}} but the bot still marks PR #{{n:100-9999}} as unsigned. \
The signature was made from {{p3.email}}, while the commits use the handle {{p3.handle}}. \
Their last login came from {{ip}} according to the audit log.

Please merge the two identities and re-run the check.
""",
    ),
    P(
        "pa-ticket-ship-1",
        "ticket",
        "shipping",
        """
[{{ticket}}] Damaged cargo claim - {{container}}
Opened by: {{p1.ilast}} ({{dept}})
Customer: {{p2}}, {{l1.city}}, {{l1.country}}
Customer phone: {{ph1:l1}}

Description:
Customer reports water damage to 14 pallets discharged at {{locode}} on {{date}}. Surveyor \
{{p3}} attended and photographed the seals. Claim value {{bigprice}}. Refund to be paid to \
{{iban}} once approved by {{p4.first}}.

Status: awaiting survey report
""",
    ),
    P(
        "pa-ticket-school-1",
        "ticket",
        "school",
        """
HELPDESK #{{n:10000-99999}}
From: {{p1}} (teacher, {{pick:Science|Humanities|Maths}})
Subject: Parent portal login

Hi, a parent, {{p2}}, can't log in to see {{p3.first}}'s report. Their e-mail on file is \
{{p2.email}}, but they say they changed it to {{p2.work}} last term. Phone {{ph1}}. Can you \
reset it? The last failed attempt was from {{ip}}.
""",
    ),
    P(
        "pa-ticket-brewery-1",
        "ticket",
        "brewery",
        """
Support request {{ticket}}
Customer: {{p1}}
Email: {{p1.email}}
Order: {{order}} ({{n:2-6}} x mixed case, {{beer}})
Issue: charged twice - {{price}} each - on card {{card}}
Delivery address: {{l1.addr}}
Notes from agent {{p2.first}}: refund one charge; customer happy for us to call {{ph1:l1}}.
""",
    ),
    # --------------------------------------------------------------- notes
    P(
        "pa-notes-orchard-1",
        "notes",
        "orchard",
        """
Nursery visit notes - {{date}}
- met {{p1}} (propagation) + {{p2.first}} (sales)
- {{p1.first}} grafting {{cultivar}} onto M26 rootstock, 400 whips for spring
- rose order for {{p3}}'s garden at {{l1.addr}}: 6x {{rose}}, 3x {{rose}}
- delivery wk of {{date}}, call {{p3.first}} first: {{ph1:l1}}
- invoice {{invoice}} - they want to pay by card, {{p2.first}} to take details over the phone
""",
    ),
    P(
        "pa-notes-news-1",
        "notes",
        "news",
        """
Story notes - harbour dredging piece
Sources:
  {{p1}} - harbour board, on record, {{ph1}}
  "{{p2.first}}" - dockworker, background only (do NOT name), {{ph2}}
  {{p3.ilast}} - environmental consultant, via {{p3.email}}
Facts to check: tonnage ({{n:20-90}}k m3), contract value {{bigprice}}, date of board vote ({{date}})
Editor: {{p4.first}} wants 800 words by {{weekday}}; worth entering for the {{award}}?
""",
    ),
    P(
        "pa-notes-funeral-1",
        "notes",
        "funeral",
        """
Arrangement meeting - {{date}}
Deceased: {{p1}}, aged {{n:58-99}}, of {{l1.city}}
Informant: {{p2:kin1}} ({{p2.g:daughter|son}}), {{ph1:l1}}, {{p2.email}}
Service: {{pick:cremation|burial}}, {{pick:humanist|Catholic|Methodist|no religious content}}
Music in: {{musicwork}} (excerpt); out: family choice TBC
Celebrant: {{p3.first}} to call {{p2.first}} by {{weekday}}
Flowers: family only, donations to {{pick:the hospice|the lifeboats|Macmillan}}
""",
    ),
    P(
        "pa-notes-farm-1",
        "notes",
        "farm",
        """
Apiary inspection {{date}}
Site: {{p1}}'s orchard, {{l1.city}}
Hive 3: queen seen, {{n:5-9}} frames brood, calm
Hive 5: queenless? {{p2.first}} to bring a mated queen from {{p3}} ({{ph1}})
Varroa count {{n:1-12}}/day; treat in {{month}}
Honey off: {{n:8-30}} kg - {{p1.first}} wants 10 jars
""",
    ),
    P(
        "pa-notes-chess-1",
        "notes",
        "chess",
        """
Arbiter notes - round {{n:3-9}}, board {{n:1-24}}
White: {{p1.lf}} ({{n:1400-2300}})   Black: {{p2.lf}} ({{n:1400-2300}})
{{time}} Black claims illegal move (castled through check) in the {{opening}}; position \
restored, 2 min added to Black's clock.
{{time}} White's phone rang in the bag - game forfeited per rule 11.3b.
Appeal lodged by {{p1.first}}'s coach {{p3}}; contact {{ph1}}.
""",
    ),
]
