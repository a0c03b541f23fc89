"""val23 personal templates, part A: chat, email, sms, letter, form, ticket, notes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val23_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- chat
    T(
        "chat.air_rebook",
        "chat",
        "airline",
        """
hi, I need to move flight {d:flight} on {d:date} to the following morning. booking ref {d:booking}, passenger name on the ticket is {p1.ufull}. If there's a fare difference just call me on {ph1} — I'm travelling with {p2} who needs the same change
""",
    ),
    T(
        "chat.uni_thesis",
        "chat",
        "university",
        """
Can you help me write a polite nudge to my supervisor? Prof. {p1.last} hasn't replied about chapter 3 since {d:date}. My second reader is Dr {p2.init} and the exam board meets in {d:month}. Keep it short and mention that I'm now based in {c1}, so meetings would have to be online.
""",
    ),
    T(
        "chat.hr_interview",
        "chat",
        "hr",
        """
I'm scheduling interviews for the {d:jobtitle} role. Candidates: {p1} ({d:time}), {p2} ({d:time}) and {p3} ({d:time}). {p2.first} asked for a video call because they're in {c1.country} at the moment. Can you draft the invite for {p2.first} with a placeholder for the Teams link?
""",
    ),
    T(
        "chat.car_claim",
        "chat",
        "insurance",
        """
Someone reversed into my car in a supermarket car park on {d:date}. The other driver was {p1}, phone {ph1}, and their insurer gave me claim number {d:claim}. My own policy is {d:policy}. What should I say when I ring my insurer, and do I need photos?
""",
    ),
    T(
        "chat.funeral_tribute",
        "chat",
        "funeral",
        """
we're arranging my grandmother's service. her name was {p1:f} and she lived in {c1} most of her life. the funeral director, {p2.first} at Evergreen Funeral Care, needs the order of service by {d:day}. can you help me write a short tribute (about 300 words)? my uncle {p3:=p1,m} wants to read a poem after it
""",
    ),
    T(
        "chat.physio_log",
        "chat",
        "health",
        """
My physio {p1.first} asked me to send my exercise log to {p1.email:org} before our next session. Can you turn these notes into a tidy table? Knee flexion 95° on {d:dateiso}, 110° on {d:dateiso}; 3x12 squats; pain 4/10 after stairs.
""",
    ),
    T(
        "chat.branch_protect",
        "chat",
        "software",
        """
{w1.first} on my team keeps force-pushing to the release branch. How do I protect it in GitLab so that only merge requests get in, while {w1.first} and {p1.first} ({p1.handle}) can still approve?
""",
    ),
    T(
        "chat.club_parents",
        "chat",
        "sports",
        """
need a message for the under-12 parents: training moves to {d:day} {d:time} on the astro pitch. lift share: {p1.lfirst}'s dad can take 3, ring him on {ph2}. {p3.lfirst} and {p4.lfirst} still owe subs ({d:price}), be nice about it
""",
    ),
    # ---------------------------------------------------------------- email
    T(
        "email.customs_hold",
        "email",
        "logistics",
        """
Subject: Customs hold – container {d:container}

Hi {p1.first},

The shipment for {d:company} is held at {d:iata} pending the commercial invoice ({d:invoice}) and confirmation of HS code {d:hs}. Could you confirm the consignee address is still {c1.addr}? The broker, {p2} ({p2.email:org}), will lodge the entry once we have it.

Best,
{p3}
Export Desk | {ph3}
""",
    ),
    T(
        "email.mortgage_offer",
        "email",
        "mortgage",
        """
Subject: Mortgage offer – {c1.addr:GB}

Dear {p1.hon} {p1.last},

Further to our call, your mortgage offer for {c1.addr} is ready to sign. Monthly repayments of {d:price} will be collected by direct debit from sort code {d:sortcode}, account number {acct1:uk}. If any of this looks wrong, please ring me on {ph2:GB} before {d:date}.

Kind regards,
{p2}
Mortgage Adviser, Pinecrest Mortgages
""",
    ),
    T(
        "email.witness_avail",
        "email",
        "legal",
        """
Subject: Witness availability – {d:case}

{p1.first},

Our witness {p2} can attend the hearing on {d:date} but not the morning session. The other side's solicitor, {p3} of Hollis Grant LLP, wants the draft statement by Friday. {p2.first}'s mobile is {ph2} if the clerk needs to reach them directly.

{p4.init}
Stonebridge Chambers
""",
    ),
    T(
        "email.gift_aid",
        "email",
        "charity",
        """
Subject: Gift Aid declarations – spring appeal

Hi team,

Three donors asked to be added before the claim goes in:
- {p1} – {d:price}, pays by standing order from IBAN {ib1}
- {p2} – {d:price}, lives in {c2}
- {p3.lf} – {d:price}, prefers post to {c3.addr}

Please don't email {p3.first}; letters only.

{w1.first}
Donor Relations
""",
    ),
    T(
        "email.fraud_card",
        "email",
        "bank",
        """
Subject: URGENT – suspected card compromise

Fraud Ops,

Customer {p1} reports two transactions they did not make on card {cc1}: {d:price} at an online electronics store and {d:price} at a petrol station in {c1}. The card is now blocked. Callback number {ph1}. Online banking shows a session from {ip1} that doesn't match the customer's usual device.

Raised by {p2.first}, Fraud Operations
""",
    ),
    T(
        "email.number_port",
        "email",
        "telecom",
        """
Subject: Number port request {d:ref}

Hello,

I'd like to port my number {ph1:c1} from my current provider to Meridian Telecom. Account holder: {p1}. Billing address: {c1.addr}. The PAC code I was given is {d:booking}. Please don't cancel my partner {p2.first}'s line, which is on the same account.

Thanks,
{p1.first}
""",
    ),
    T(
        "email.dental_referral",
        "email",
        "health",
        """
Subject: Referral – {p1}, DOB {d:dateus}

Dear Dr {p2.last},

I would be grateful if you could see {p1.first} for assessment of a fractured lower molar (LR6). Radiographs are attached ({d:size}). {p1.first} is anxious about treatment and would prefer a morning appointment; contact number {ph1}.

Yours sincerely,
Dr {p3}
Copperleaf Dental
""",
    ),
    T(
        "email.acknowledgements",
        "email",
        "academic",
        """
Subject: Acknowledgements – final check

Hi {p1.first},

Before the manuscript goes to the press, could you check that the acknowledgements read right?

"We thank {p2} and {p3} for access to the parish archive in {c1}, {p4.init} for comments on an earlier draft, and the two anonymous reviewers. Fieldwork was funded by grant {d:ref}."

Cheers,
{p5.first}
""",
    ),
    T(
        "email.rental_checkin",
        "email",
        "hotel",
        """
Subject: Your stay – check-in details

Hola {p1.first},

Your apartment at {c1.addr:ES} is ready from {d:time} on {d:date}. The key box code is {d:qty}. Our host {p2:spanish,catalan,basque} will meet you if you arrive after 22:00 — just send a WhatsApp to {ph2:ES}. Tourist tax ({d:price}) is payable on arrival.

Saludos,
{role:reservas@casa-alba-stays.es}
""",
    ),
    T(
        "email.payroll_onboard",
        "email",
        "hr",
        """
Subject: Onboarding paperwork – {p1}

Hi {p1.first},

Welcome to the team! Payroll has two open items before your first pay run on {d:dateus}:

1. The SSN on your W-4 ({ssn1}) doesn't match the copy on your I-9 — can you confirm which is right?
2. Direct deposit: checking account {acct1:us} — please also send a voided check.

Your manager, {p2}, will meet you at reception at {d:time} on day one.

{p3.first}
People Team
""",
    ),
    # ---------------------------------------------------------------- sms
    T(
        "sms.airport_driver",
        "sms",
        "airline",
        """
Hi it's {p1.first} from Wayfarer Travel. Your driver {p2.first} will meet you in arrivals after {d:flight} lands, holding a sign for {p3.ulast}. Driver's mobile: {ph2}
""",
    ),
    T(
        "sms.hygienist",
        "sms",
        "health",
        """
Reminder: {p1.first}, you're booked with {p2.hon} {p2.last} (hygienist) on {d:day} at {d:time}. Reply C to cancel or call the practice on {ph3:GB}.
""",
    ),
    T(
        "sms.courier_slot",
        "sms",
        "logistics",
        """
{d:tracking}: your parcel is with our driver {p1.first} today 10:00-12:00. Not home? Reply with a safe place or call {ph1}.
""",
    ),
    T(
        "sms.family_papers",
        "sms",
        "genealogy",
        """
Aunt {p1:f} found grandad's naturalisation papers!! Born in {c1} 1931, arrived in {c2.country} 1958. Call her on {ph1} she's dying to tell you. Biscuit the dog sends love
""",
    ),
    T(
        "sms.keeper_swap",
        "sms",
        "sports",
        """
{w1.first} can't make Saturday so {p1.first} is in goal. KO {d:time}. Ref's number is {ph2} if you're running late
""",
    ),
    T(
        "sms.card_check",
        "sms",
        "bank",
        """
Cobalt Ridge Bank: Hi {p1.first}, did you attempt a payment of {d:price} with card ending {d:last4}? Reply Y or N. If this wasn't you, call us on {ph2:US}.
""",
    ),
    # ---------------------------------------------------------------- letter
    T(
        "letter.court_enclosure",
        "letter",
        "legal",
        """
{p1}
{c1.addr}

{d:date}

Dear {p1.hon} {p1.last},

Re: {d:case} – {p2} v Northwind Freight Ltd

We act for the claimant, {p2}. We enclose the witness statement of {p3} dated {d:date}. Please acknowledge receipt by return, quoting our reference {d:ref}. You may contact the fee earner, {p4}, on {ph4} or at {p4.email:org}.

Yours faithfully,

Stonebridge Chambers
""",
    ),
    T(
        "letter.msc_offer",
        "letter",
        "university",
        """
Dear {p1.first},

Offer of a place: MSc Marine Ecology ({d:module})

I am delighted to offer you a place on the programme starting in {d:month}. As your home address is in {c1.country}, you will be assessed as an international student; your tuition fee is {d:price} per year. Your personal tutor will be Dr {p2.last}.

Please accept the offer through the applicant portal by {d:date}. If you have questions, contact our admissions team at {role:admissions} or on {ph3:GB}.

Yours sincerely,

{p3}
Director of Admissions
""",
    ),
    T(
        "letter.funeral_arrangements",
        "letter",
        "funeral",
        """
Evergreen Funeral Care
{c1.addr:GB}

Dear {p1},

Thank you for entrusting us with the arrangements for the late {p2}. The service will be held on {d:date} at {d:time}, followed by refreshments in the hall. Our arranger {p3.first} will call you on {ph1:GB} to confirm the hymns and readings.

The balance of {d:price} can be paid by bank transfer to IBAN {ib1:GB}, quoting reference {d:ref}.

With deepest sympathy,
{p3}
""",
    ),
    T(
        "letter.storm_settlement",
        "letter",
        "insurance",
        """
Claim {d:claim}

Dear {p1.hon} {p1.last},

We have now completed our review of your claim for damage at {c1.addr} following {d:storm}. Our loss adjuster, {p2}, visited on {d:date} and recommended settlement of {d:price}.

We will pay this to the account ending {d:last4} unless you tell us otherwise within 14 days. If you disagree with our decision, write to {role:complaints} or call {ph3:c1}.

Yours sincerely,
{p3.init}
Claims Handler, Tallgrass Insurance
""",
    ),
    T(
        "letter.reference",
        "letter",
        "hr",
        """
To whom it may concern,

I am pleased to provide a reference for {p1}, who worked as a dispatcher at our {c1} depot from {d:year} until last spring. {p1.first} was reliable, calm under pressure and trained several new starters, including {p2.first} and {p3.first}.

I can be contacted on {ph4} for any further information.

{p4}
Operations Manager
""",
    ),
    # ---------------------------------------------------------------- form
    T(
        "form.passenger_details",
        "form",
        "airline",
        """
PASSENGER DETAILS
Surname: {p1.ulast}
Given names: {p1.given}
Nationality: {c1.ucountry}
Booking ref: {d:booking}
Date of birth: {d:dateiso}
Address at destination: {c2.addr}
Emergency contact: {p2} / {ph2}
""",
    ),
    T(
        "form.motor_claim",
        "form",
        "insurance",
        """
Motor claim form – section B (third party)
Name: {p1}
Address: {c1.addr}
Phone: {ph1:c1}
Email: {p1.email}
Vehicle: {alt:Ford Transit|Toyota Yaris|Vauxhall Corsa|Škoda Octavia}   Reg: {d:sku}
Insurer / policy no.: Bluefin Mutual / {d:policy}
Witness: {p2} ({ph2})
""",
    ),
    T(
        "form.gp_registration",
        "form",
        "health",
        """
NEW PATIENT REGISTRATION – Orchard Lane Surgery
Title: {p1.hon}
Surname: {p1.ulast}
Forename(s): {p1.given}
Previous GP: Dr {p2.last}, {c1}
Home address: {c1.addr}
Mobile: {ph1.nat:c1}
Next of kin: {p3} – {ph3}
Interpreter needed: {alt:No|Yes}
""",
    ),
    T(
        "form.donation",
        "form",
        "charity",
        """
Donation form submission #{d:qty}
First name: {p1.given}
Last name: {p1.family}
Email: {p1.email}
Amount: {d:price} monthly
Card number: {cc1.plain}
Expiry: {alt:04/27|11/26|08/28|02/29}
Gift Aid: yes
Message: In memory of {p2}, who loved {c1.region}.
""",
    ),
    T(
        "form.new_starter",
        "form",
        "hr",
        """
NEW STARTER FORM
Employee: {p1.lf}
Start date: {d:date}
Department: {d:dept}
Line manager: {p2}
Bank: sort code {d:sortcode}, account no. {acct1:uk}
Emergency contact: {p3} ({ph3})
Laptop: Dell Latitude 5440, asset tag {d:serial}
""",
    ),
    T(
        "form.tenancy_application",
        "form",
        "mortgage",
        """
Tenancy application – Larchmont Lettings
Applicant 1: {p1}   Mobile: {ph1}
Applicant 2: {p2}   Mobile: {ph2}
Current address: {c1.addr}
Property applied for: {c2.addr}
Annual salary (combined): {d:price}
Previous landlord: {p3.hon} {p3.last}, {ph3}
Holding deposit paid from IBAN: {ib1}
""",
    ),
    # ---------------------------------------------------------------- ticket
    T(
        "ticket.vpn_drops",
        "ticket",
        "it",
        """
Ticket {d:inc} – VPN drops every 10 minutes
Requester: {p1} ({p1.email:org})
Location: {c1} office, 3rd floor
Device: {d:product}, client {d:vversion}
Public IP: {ip1}   Tunnel IP: {ip2:priv}
Notes: started after the {d:date} update. {p2.first} from Network Ops asked for the client logs.
""",
    ),
    T(
        "ticket.line_fault",
        "ticket",
        "telecom",
        """
FAULT REPORT {d:ref}
Customer: {p1}
Service number: {ph1:c1}
Install address: {c1.addr}
Router WAN: {ip1}
Symptom: no dial tone since {d:dateiso}; broadband OK.
Engineer visit: {d:day} AM, engineer {p2.first}.
Callback preferred on {ph3:c1}
""",
    ),
    T(
        "ticket.minibar_refund",
        "ticket",
        "hotel",
        """
Guest relations case {d:ref}
Guest: {p1.lf}   Room: {d:room}   Stay: {d:date} – {d:date}
Issue: charged twice for minibar ({d:price}); card on file {cc1}.
Action: refund one charge; duty manager {p2.first} to call the guest on {ph1}.
""",
    ),
    T(
        "ticket.share_access",
        "ticket",
        "it",
        """
[{d:ticket}] Access request: {w1} needs read access to the payroll share
Approver: {p1}
Reason: covering for {p2.first} while on leave until {d:date}
Source host: {ip1:priv}
""",
    ),
    T(
        "ticket.freight_damage",
        "ticket",
        "logistics",
        """
Damage claim – AWB {d:awb}
Shipper: {d:company}
Consignee contact: {p1}, {ph1}
Delivery address: {c1.addr}
Pieces: {d:qty}  Weight: {d:weight}
Damage noted by driver {p2.first} on the POD at {d:time}.
""",
    ),
    T(
        "ticket.chargeback",
        "ticket",
        "bank",
        """
Chargeback dispute {d:ref}
Cardholder: {p1.ufull}
Card: {cc1:amex}
Merchant: Skylane Holidays   Amount: {d:price}   Date: {d:dateiso}
Reason: service not provided (flight cancelled by the airline)
Cardholder phone: {ph1}
Agent: {p2.init}
""",
    ),
    # ---------------------------------------------------------------- notes
    T(
        "notes.gp_consult",
        "notes",
        "health",
        """
Consultation – {d:date}
Pt: {p1} ({d:age}y). Seen with daughter {p2:=p1,f}.
Hx: 3/7 productive cough, no haemoptysis. PMH: Parkinson's disease, stable. Recently back from {c1.country}.
O/E: T {d:temp}, sats 97% RA, crackles R base.
Plan: amoxicillin 500mg TDS 5/7, safety-netting advice given. Daughter's mobile for results: {ph2}.
""",
    ),
    T(
        "notes.interview_organiser",
        "notes",
        "journalism",
        """
Interview notes – {p1}, community organiser, {c1}
- Started the food bank in {d:year} with {p2} after the factory closed
- "Nobody from the council came until we were on the news" (on record)
- Wants to be photographed with {p3.first}, the deputy — check spelling: {p3}
- Follow up: {ph1} (mobile, ok to text)
""",
    ),
    T(
        "notes.attendance",
        "notes",
        "legal",
        """
Attendance note – {d:case}
Present: {p1} (client), {p2} (trainee), interpreter {p3}
Client says the landlord, {p4.hon} {p4.last}, entered {c1.addr} without notice on {d:date} and again on {d:date}.
Client's bank statements show rent paid from a/c {acct1} each month.
Next: letter before action; chase {p4.last}'s agent.
""",
    ),
    T(
        "notes.paternal_line",
        "notes",
        "genealogy",
        """
Family tree notes – paternal line
- {p1:m} (b. {d:year}, {c1}) m. {p2:=p1,f} ({d:year})
  - son {p3:~p1,m}, emigrated to {c2.country} in the 1960s
  - daughter {p4:~p1,f} m. {p5.lf}
- Baptism record: parish register, vol. {d:qty}, p. {d:qty}
- Ask cousin {p6.first} (on {ph6}) about the photo album
""",
    ),
    T(
        "notes.oncall_handover",
        "notes",
        "software",
        """
On-call handover {d:dateiso}
- Sev2 open: checkout latency, p99 {d:ms}. Owner {p1.first} ({p1.handle}).
- DB failover tested by {p2} at {d:time}; replica now {ip1:priv}.
- Blocked {ip2} at the edge (credential stuffing).
- Route planner (Dijkstra's algorithm) p95 back to normal after the cache fix.
- Escalation tonight: {p3}, {ph3}
""",
    ),
    T(
        "notes.team_selection",
        "notes",
        "sports",
        """
Selection notes – Saturday vs {alt:Harbour Athletic|Millbrook Town|St Anselm's Old Boys}
GK: {p1.last}
DEF: {p2.last}, {p3.last}, {p4.last} (c), {p5.last}
Bench: {p6.first} (back from injury — physio {p7} cleared on {d:date})
Travel: coach leaves {d:time}; {p8.first}'s parents are bringing the kit.
""",
    ),
]
