"""val25 templates with personal data: chat, email, sms, letter, form, ticket, notes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val25_gen import t

TEMPLATES = [
    # --- chat ----------------------------------------------------------------------------
    t(
        "property-chat-1",
        "chat",
        """
I manage lettings for a small agency. Can you draft a polite reply to our tenant {{p1:f}} at {{addr1:GB}}? She reported a leaking boiler on {{date:long}} and the contractor, {{p2.first}} from Heatwise Ltd, can attend Thursday between {{time}} and {{time}}. Her mobile is {{ph1:GB}}. Keep it under 120 words and say the deposit reference {{ref}} is not affected.
""",
        ph="GB",
        cur="£",
    ),
    t(
        "farm-chat-1",
        "chat",
        """
We're a dairy co-op. Summarise this for the board in three bullets:
{{p1}} ({{p1.mail}}) wants to sell 40 Friesian heifers to {{p2}}'s farm outside {{city1}}. Agreed price {{price:900-2200}} per head, TB test certificates dated {{date:uk}}. Haulage booked with {{p3}}, mobile {{ph1}}. {{p2.first}} wants to pay the balance by transfer to IBAN {{iban1}}.
""",
        cur="£",
    ),
    t(
        "recruit-chat-1",
        "chat",
        """
can you tidy up my notes on this candidate into a short profile for the client?

{{p1.lower:f}} - currently senior QA at Tessera Labs, wants 65k + car allowance, 1 month notice, lives in {{city1}} but happy to relocate to {{city2}}. strong on Cypress and Playwright. referee is {{p2}} ({{p2.work}}, {{ph1}}), was her line manager 2019-2023. she asked us not to contact her current employer until offer stage
""",
        cult="in af ea",
    ),
    t(
        "travel-chat-1",
        "chat",
        """
Client {{p1.title}} {{p1.last}} has asked to change the rooming list for tour {{booking}}. {{p1.first}} and {{p2}} now want a twin instead of a double, and {{p3}} (travelling alone, vegetarian) moves to a single. Their flight is {{flight}} landing {{time}}. Write the email to the hotel in {{city1}} asking for the change, and ask them to confirm to me at {{em1:groups}}.
""",
    ),
    t(
        "vet-chat-1",
        "chat",
        """
Our practice software exported this note and it's a mess, can you rewrite it as a clean discharge summary for the owner?

pt: Oscar (cocker spaniel, 7y, MN) owner {{p1}} tel {{ph1}}
dental under GA {{date:short}}, 3 extractions (106, 206, 409), recovered well. Monty the cat in the same household is due boosters - remind {{p1.first}}. Vet: {{p2.title}} {{p2.last}}, nurse {{p3.first}}. Recheck in 10 days, Carprieve 50mg SID x5d.
""",
    ),
    t(
        "software-chat-1",
        "chat",
        """
I'm a contractor billing through my own Ltd. Can you turn this into a timesheet table (date, hours, task)?
Mon: 7.5h sprint planning + API auth work for {{p1}}'s team
Tue: 6h pairing with {{p2.first}} on the billing export, 1.5h call with {{p3}} ({{p3.work}})
Wed: 8h migration scripts, ticket {{ticket}}
Thu: 4h code review, {{ver}} release
Invoice goes to accounts payable, sort code {{sort}}, account number {{acct1:uk}}.
""",
    ),
    # --- email ---------------------------------------------------------------------------
    t(
        "legal-email-1",
        "email",
        """
Subject: Estate of the late {{p1}} - next steps

Dear {{p2.title}} {{p2.last}},

Thank you for meeting us on {{date:long}}. As executor you will need to send us:
1. the original will and the death certificate;
2. statements for the deceased's accounts, including the current account number {{acct1}} held with the building society;
3. the council tax reference for {{addr1:GB}}.

Your co-executor, {{p3}}, has confirmed by phone ({{ph1:GB}}) that {{p3.first}} is content for us to deal with HMRC on the estate's behalf. Our fee estimate is {{price:1500-6000}} plus VAT.

Kind regards,
{{p4}}
Private Client Team
""",
        ph="GB",
        cur="£",
    ),
    t(
        "museum-email-1",
        "email",
        """
From: {{p1}} <{{p1.work}}>
To: {{em1:loans}}
Subject: Outgoing loan {{ref}} - condition report

Hi {{p2.first}},

Attached is the condition report for the three ceramic bowls (accession nos. 1987.114.1-3) going to the exhibition in {{city1}}. Courier will be {{p3}}; the borrower's registrar is {{p4.title}} {{p4.last}}, direct line {{ph1}}.
Crates leave on {{date:long}}; the shipper's quote was {{price:800-4500}}, payable to IBAN {{iban1}}.

Best,
{{p1.first}}
""",
        cur="€",
    ),
    t(
        "charity-email-1",
        "email",
        """
Subject: Gift Aid declaration missing

Dear {{p1.first}},

Thank you so much for your donation of {{price:10-250}} to the Riverside Food Bank appeal. We couldn't find a Gift Aid declaration for you on our records. If you are a UK taxpayer, could you confirm your home address ({{addr1:GB}}) and reply to this email? It lets us claim an extra 25p for every pound at no cost to you.

If you'd rather we phoned, leave a number or call {{p2}} on {{ph1:GB}}.

Warm wishes,
{{p3}}
Supporter Care, BrightGiving
""",
        ph="GB",
        cur="£",
    ),
    t(
        "dental-email-1",
        "email",
        """
Hi {{p1.first}},

Quick one before I finish today: {{p2:f}} (DOB {{date:dob}}) rang to say she can't make her hygienist recall on {{date:short}}. She wants a late slot with {{p3.title}} {{p3.last}} instead. Her new mobile is {{ph1}} and email {{p2.mail}}. Can you update her record and text her the new time?

Also {{w1.first}} from the lab says the crown for {{p5.lf}} is delayed to next Friday.

Thanks, {{p6.first}}
""",
    ),
    t(
        "gym-email-1",
        "email",
        """
To: membership@{{dom}}
Subject: Freeze my membership

Hello,

I'd like to freeze my membership (no. {{n:100000-999999}}) for three months from {{date:long}}, as I'm having knee surgery. Please stop the direct debit until then - the account number is {{acct1}}, sort code {{sort}}.
My coach {{p2}} knows about it. You can reach me on {{ph1}}.

Thanks,
{{p1}}
""",
        cur="£",
    ),
    t(
        "events-email-1",
        "email",
        """
Subject: Re: Table plan v4

Hi {{p1.first}},

Final changes from the couple:
- move {{p2}} and {{p3}} to table 6 (away from the speakers)
- {{p4}}'s partner is now {{p5}}, nut allergy
- add {{w1}} to the top table

The florist ({{p7}}, {{ph1}}) needs final numbers by Monday. The deposit balance of {{price:500-6000}} can go on the couple's card, {{cc1}}.

Cheers,
{{p8.first}}
Stonebarn Events
""",
        cur="£",
    ),
    t(
        "customs-email-1",
        "email",
        """
Subject: Shipment {{track}} held at customs

Dear {{p1.title}} {{p1.last}},

Your consignment of 12 cartons of ceramic tiles from {{city1}} is being held pending a commodity code check. To release it we need the commercial invoice signed by the exporter, {{p2}}, and payment of duty of {{price:40-900}}.
You can pay by card over the phone on {{ph1}} or by transfer to {{iban1}} quoting {{ref}}.

Regards,
{{p3}}
Customs Clearance Desk, ClearPath
""",
        cur="€",
    ),
    t(
        "insurance-email-1",
        "email",
        """
From: {{p1.mail}}
Subject: claim {{ref}} - water damage

Hi,

Following up on my home insurance claim. The loss adjuster, {{p2}}, visited on {{date:long}} and said the kitchen ceiling needs replacing. I've attached the builder's quote. My SSN is {{ssn1}} if you need it for the 1099. Please pay the settlement into my account: account number {{acct1:us}}, routing {{n:100000000-199999999}}.
My policy address is {{addr1:US}}.

Thanks,
{{p1}}
{{ph1:US}}
""",
        ph="US",
        cur="$",
    ),
    # --- sms -----------------------------------------------------------------------------
    t(
        "dental-sms-1",
        "sms",
        """
Hi {{p1.first}}, this is SmileWorks reminding you of your check-up with {{p2.title}} {{p2.last}} on {{date:day}} at {{time}}. Reply C to confirm or call {{ph1}}.
""",
    ),
    t(
        "care-sms-1",
        "sms",
        """
{{p1.first}} - it's {{p2.first}} from Little Acorns. {{p3.first}} has a slight temperature (37.9), can you or {{w1}} collect by 3? My number today is {{ph1}}
""",
    ),
    t(
        "energy-sms-1",
        "sms",
        """
ValeBrook Water: planned work on the main near {{addr1}} on {{date:short}}. Supply may be off {{time}}-{{time}}. Queries: {{ph1}}. Ref {{ref}}
""",
    ),
    t(
        "vet-sms-1",
        "sms",
        """
Paws&Claws: Hi {{p1}}, Luna's booster is due. Book with {{p2.first}} on {{ph1}} or online. Reply STOP to opt out
""",
    ),
    t(
        "gym-sms-1",
        "sms",
        """
{{ph1}}: hey it's {{p1.nick}}, can't make the sunday 60k, {{w1.first}} is leading instead, meet at the cafe {{time}} sharp. bring lights
""",
    ),
    # --- letter --------------------------------------------------------------------------
    t(
        "legal-letter-1",
        "letter",
        """
{{p1}}
{{addr1}}

{{date:long}}

Dear {{p1.title}} {{p1.last}},

Sale of {{addr2}}

We are pleased to confirm that completion took place today. The net proceeds of {{price:150000-650000}} have been sent to the account you nominated (account number {{acct1}}).
The buyers' solicitors, acting through {{p2}}, will register the transfer. Please return the keys to the agent, {{p3}}, by 5pm.

Yours sincerely,

{{p4}}
Conveyancing Executive
""",
        cur="£",
    ),
    t(
        "legal-letter-2",
        "letter",
        """
PRIVATE AND CONFIDENTIAL

{{p1.title}} {{p1}}
{{addr1:GB}}

Our ref: {{ref}}

Dear {{p1.title}} {{p1.last}},

Child arrangements - {{p2.first}} and {{p3.first}}

We act for {{p4}} in relation to arrangements for the children. Our client proposes that the children spend alternate weekends with you, collected from school on Friday and returned by 6pm on Sunday.
Please let us know within 14 days whether you agree, or give us the details of your own solicitor. Our client's mobile number ({{ph1:GB}}) should not be used for this matter.

Yours faithfully,

{{p5}}
Family Law Department
""",
        ph="GB",
        cur="£",
    ),
    t(
        "care-letter-1",
        "letter",
        """
Willowbank Care Home
{{date:long}}

Dear {{p1.first}},

I'm writing about your father, {{p2:m}}, who has lived with us since last spring. His GP, {{p3.title}} {{p3.last}}, reviewed his medication on {{date:short}} and has stopped the evening dose of amlodipine. {{p2.first}} is eating well and joined the Tuesday music session led by {{p4.first}}.
Our fees for the next quarter will be collected from account number {{acct1}} as before.
If you'd like to talk, call me on {{ph1}}.

With best wishes,
{{p5}}
Registered Manager
""",
        cur="£",
    ),
    t(
        "insurance-letter-1",
        "letter",
        """
{{p1.upper}}
{{addr1}}

Claim number: {{ref}}
Policy: motor comprehensive
Date of loss: {{date:uk}}

Dear {{p1.title}} {{p1.last}},

We have now received the report from our engineer, {{p2}}, and confirm that your vehicle is a total loss. We will pay the market value of {{price:2000-18000}}, less your excess, to the account ending {{n:1000-9999}}.
The other driver, {{p3}}, has admitted liability, so we will recover our outlay from their insurer.

Yours sincerely,
{{p4}}
Motor Claims Handler
""",
    ),
    t(
        "recruit-letter-1",
        "letter",
        """
{{date:long}}

Dear {{p1.first}},

Offer of employment - Field Agronomist

Following your interview with {{p2}} and {{p3}}, I am delighted to offer you the role, based at our depot near {{city1}}. Your starting salary will be {{price:28000-46000}} a year.
Please sign and return the enclosed contract and complete the new starter form with your bank details and, for our US payroll, your social security number. If anything is unclear, call me on {{ph1:US}}.

Yours sincerely,
{{p4}}
People Team, GreenFurrow Co-operative
""",
        ph="US",
        cur="$",
    ),
    # --- form ----------------------------------------------------------------------------
    t(
        "property-form-1",
        "form",
        """
TENANCY APPLICATION
Property: {{addr1}}
Lead applicant: {{p1.LASTc}}
Date of birth: {{date:dob}}
Mobile: {{ph1}}
Email: {{p1.mail}}
Current address: {{addr2}}
Employer: Hollowmere Foods - Shift Supervisor
Second applicant: {{p2.LASTc}}
Guarantor: {{p3}}  Tel: {{ph2}}
Deposit paid by: card {{cc1}}
Rent paid from: acct no. {{acct1}}
Signed: {{p1}}   Date: {{date:uk}}
""",
    ),
    t(
        "charity-form-1",
        "form",
        """
Regular giving form
Title: {{p1.title}}   First name: {{p1.first}}   Surname: {{p1.LAST}}
Home address: {{addr1}}
Phone: {{ph1}}
I want to give {{price:5-50}} every month.
Bank: IBAN {{iban1}}
Or one-off gift by card: {{cc1}}
[x] I am a UK taxpayer and want Gift Aid claimed on my donations.
Collected by: {{p2.first}} (fundraiser ID {{n:1000-9999}})
""",
        cur="£",
    ),
    t(
        "gym-form-1",
        "form",
        """
PHYSICAL ACTIVITY READINESS - NEW MEMBER
Name: {{p1}}
Emergency contact: {{p2}} ({{pick:partner|mother|brother|friend}})  {{ph1}}
GP surgery: Meadowside Practice, {{p3.title}} {{p3.last}}
Do you have a heart condition? No
Any joint problems? Left knee, ACL reconstruction 2019
Membership: Off-peak, {{price:20-60}}/month, card {{cc1}}
Induction booked with: {{p4.first}}
""",
        cur="£",
    ),
    t(
        "customs-form-1",
        "form",
        """
EXPORT DECLARATION - SUMMARY
Exporter: {{p1.upper}}, Ravelin Coffee Traders
Address: {{addr1}}
Consignee: {{p2.upper}}
Consignee address: {{addr2}}
Consignee phone: {{ph1}}
Goods: green coffee beans, 60 x 60kg bags, HS 0901.11
Invoice: {{invoice}}   Value: {{price:8000-60000}}
Incoterms: FOB
Declarant: {{p3}}
""",
        cur="€",
    ),
    t(
        "health-form-1",
        "form",
        """
PRESCRIPTION COLLECTION
Patient: {{p1.Lf}}
Address: {{addr1}}
Items: Omeprazole 20mg x 28, Salbutamol inhaler x 1
Collected by: {{p2}} (relationship: {{pick:daughter|son|carer|neighbour}})
Contact number: {{ph1}}
Exempt: No - paid {{price:9-20}}
Pharmacist: {{p3.init}}
""",
        cur="£",
    ),
    t(
        "care-form-1",
        "form",
        """
LITTLE ACORNS NURSERY - REGISTRATION
Child's full name: {{p1.upper}}
Date of birth: {{date:kid}}
Parent/carer 1: {{p2}}   Mobile: {{ph1}}   Email: {{p2.mail}}
Parent/carer 2: {{p3}}   Mobile: {{ph2}}
Home address: {{addr1}}
People allowed to collect (with password): {{p4}}, {{p5}}
Allergies: none known
Funded hours code: {{n:10000000000-99999999999}}
Fees by direct debit: sort code {{sort}}, a/c {{acct1:uk}}
""",
    ),
    # --- ticket --------------------------------------------------------------------------
    t(
        "secops-ticket-1",
        "ticket",
        """
[{{ticket}}] Suspected phishing reported by {{p1}}
Priority: P2   Status: Triage   Assignee: {{p2}}

{{p1.first}} forwarded an email claiming to be from our payroll provider asking staff to "confirm bank details". Sender was {{p3.mail}}, link pointed to a page hosted on {{ip1}}. Two other users ({{p4}}, {{p5}}) clicked but did not enter credentials.
Actions: block sender domain, purge from mailboxes, check sign-ins from {{ip2}}.
""",
    ),
    t(
        "energy-ticket-1",
        "ticket",
        """
Ticket {{ticket}} - smart meter not communicating
Customer: {{p1}}
Supply address: {{addr1}}
Contact: {{ph1}}
Meter serial {{meter}}, last read {{date:iso}} ({{kwh}} kWh).
Customer says the in-home display shows "no signal" since the router was replaced. Engineer {{p2.init}} to visit; the customer asked us to call {{p3.first}} (neighbour, {{ph2}}) if nobody answers.
""",
    ),
    t(
        "property-ticket-1",
        "ticket",
        """
REPAIR REQUEST #{{n:10000-99999}}
Reported by: {{p1}} (tenant)
Property: {{addr1}}
Issue: mould on bedroom wall, extractor fan broken
Access: tenant works nights, best to call {{ph1}} after 2pm
Assigned contractor: {{p2}} - DampAway Services
Landlord approval: {{p3}} approved up to {{price:150-900}}
""",
    ),
    t(
        "insurance-ticket-1",
        "ticket",
        """
CLM-{{n:100000-999999}} | Motor | Third-party injury
Policyholder: {{p1}} | {{ph1:US}}
Third party: {{p2}}, represented by {{p3}}
Incident location: {{addr1:US}}
Policyholder SSN on file: {{ssn1}}
Notes: TP alleges whiplash. Dashcam footage requested from policyholder. Next review {{date:iso}}.
""",
        ph="US",
    ),
    t(
        "software-ticket-1",
        "ticket",
        """
{{ticket}}: Client cannot log in after SSO change
Reporter: {{p1}} <{{p1.work}}>
Client contact: {{p2}}, {{ph1}}
Since {{ver}} the client's admin ({{p2.first}}) gets "invalid audience" from the IdP. Sign-in attempts come from {{ip1}} and {{ip2}}. Our consultant {{p3}} reproduced it on staging.
""",
    ),
    # --- notes ---------------------------------------------------------------------------
    t(
        "recruit-notes-1",
        "notes",
        """
Interview notes - Warehouse Operations Manager
Candidate: {{p1}}
Panel: Prof. {{p2.last}}, {{p3.init}}
- 11 yrs in cold-chain logistics, last 4 at a pharma distributor near {{city1}}
- managed 40 staff over three shifts; cut picking errors by 30%
- wants to relocate to be near family in {{city2}}
- salary expectation {{price:45000-70000}}
- references: {{p4}} ({{ph1}}), {{w1}}
Overall: strong, second interview with {{p6.first}}
""",
        cur="£",
    ),
    t(
        "museum-notes-1",
        "notes",
        """
Oral history project - interview log
Interviewee: {{p1:f}}, born 1941 in {{city1}}
Interviewer: {{p2}}
Recorded {{date:long}}, 1h 12m, file OH-{{n:100-999}}.wav
Summary: {{p1.first}} describes working at the jute mill from age 14, the 1962 strike, and meeting her husband {{p3.first:m}} at the union dance. Mentions foreman "{{p4.last:m}}" several times. Her daughter {{p5}} ({{ph1}}) holds the photographs and will lend them for scanning.
Consent form signed; closed until 2040 at interviewee's request.
""",
        cult="english scottish irish polish",
    ),
    t(
        "vet-notes-1",
        "notes",
        """
Consult {{date:iso}} {{time}} - {{p1.title}} {{p1.last}}
Patient: Bella, 4yo female neutered Labrador
Owner: {{p1:f}}, {{ph1}}
History: limping right fore 3 days, no trauma seen. Eating normally.
Exam: pain on flexion of carpus, no swelling. Temp 38.6.
Plan: rest 2 weeks, meloxicam 7.5mg SID. Recheck with {{p2.title}} {{p2.last}}.
Note: owner asked that her partner {{p3}} is allowed to collect meds.
""",
    ),
    t(
        "care-notes-1",
        "notes",
        """
Handover - Oak unit - night to day
Rm 3 {{p1}}: settled, 2 x toileting, fluids good.
Rm 5 {{p2:f}}: agitated 02:00, asked for her son {{p3.first:m}}. Son's number is {{ph1}}, he says ring any time.
Rm 7 {{p4.fLAST}}: fall risk - sensor mat on. GP ({{p5.title}} {{p5.last}}) visiting pm re: UTI.
Staff: {{p6.first}} off sick, agency cover {{p7.first}}.
""",
    ),
    t(
        "media-notes-1",
        "notes",
        """
Guest prep - episode {{n:40-220}} "Soil and Sweat"
Guest: {{p1}} (regenerative farmer, {{region1}})
Booked by: {{p2.first}}
Contact: {{p1.mail}} / {{ph1}}
Bio: took over the family farm in 2011, switched to no-till, runs open days.
Questions: cover crops, the co-op buy-out, what {{p1.first}}'s dad thought.
Recording: {{date:day}} {{time}}, studio B. Producer {{p3}}.
""",
    ),
    # --- short ones: values at the very start and end --------------------------------
    t(
        "care-chat-2",
        "chat",
        """
{{p1.nick}}'s mum rang: pickup today is by {{p2}}, password "giraffe". If anything changes her number is {{ph1}}
""",
    ),
    t(
        "secops-chat-2",
        "chat",
        """
{{ip1}} keeps hitting the VPN with bad passwords for {{p1.work}} and {{p2.work}} - block it, or is that {{p1.first}}'s new home router?
""",
    ),
    t(
        "translation-sms-2",
        "sms",
        """
Booking confirmed: {{pick:Farsi|Tigrinya|Lithuanian|Amharic|Pashto}} interpreter for Prof. {{p1.last}}, {{date:day}} {{time}}. On-site contact {{p2.first}} ({{ph1}})
""",
    ),
    t(
        "energy-chat-2",
        "chat",
        """
Meter reading for account {{ref}} is {{kwh}} - can you check it against last month? Account holder {{p1}}, {{addr1}}
""",
    ),
    t(
        "property-sms-2",
        "sms",
        """
{{addr1}}: viewing moved to {{time}}, tenant {{w1}} says the side gate is open. {{p2.nick}}
""",
    ),
]
