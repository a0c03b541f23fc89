"""val40 templates with personal data, part E: back-office prompts heavy in structured
values (cards, IBANs, US social security numbers, bank account numbers), in several shapes.
The slot language is described in `val40_gen`."""

from __future__ import annotations

from .val40_gen import parse_block

RAW = """
=== p-bank-chat-payroll | chat | bank
Our payroll vendor wants new starters' details in one message, can you format this as a \
table? {A}, SSN {ssn}, direct deposit to checking account {acct}; {B}, SSN {ssn:2}, \
checking {acct:2}. Both start {d:date}.

=== p-bank-email-wire | email | bank
Subject: Wire recall – {d:case}

Hi {A.f},
The wire to {B} went to the wrong account. We sent it to account number {acct} instead \
of {acct:2} (routing {d:aba}). The customer's SSN on file is {ssn} if the receiving bank \
asks for verification. Please recall today; {B.f} can be reached on {phone.US}.
Thanks, {C}

=== p-bank-ticket-card | ticket | bank
CARD-{d:pr}: Duplicate card issued
Cardholder: {A.LF}
Old card: {card}   New card: {card:2}
Linked account no. {acct}
Action: cancel the old card, keep the new one; confirm with {A.f} on {phone}.

=== p-bank-csv-payroll | csv | bank
Reconcile this payroll export against the bank file:
employee,ssn,account_number,net_pay
{A},{ssn},{acct},"{d:amount}"
{B},{ssn:2},{acct:2},"{d:amount2}"
{C},{ssn:3},{acct:3},"{d:amount3}"

=== p-cars-form-finance | form | cars
VEHICLE FINANCE APPLICATION – {d:ref}
Vehicle: Porsche Macan, stock {d:stock}
Applicant: {A}
SSN: {ssn}
Current address: {addr}
Employer phone: {phone.US}
Bank: checking account {acct}
Deposit paid by card: {card}
Co-applicant: {B}, SSN {ssn:2}

=== p-uni-form-aid | form | university
STUDENT FINANCIAL AID – VERIFICATION
Student: {A.LF}
Student ID: {d:studentid}
SSN: {ssn.dash}
Parent/guardian: {B}
Refund method: direct deposit, account number {acct}
Contact e-mail: {A.mail}
Notes: Rhodes scholarship stipend not counted as income.

=== p-vet-form-benefits | form | veterans
VETERANS' BENEFITS – DIRECT DEPOSIT CHANGE
Veteran: {A}
SSN: {ssn}
Service: Royal Engineers, then Army Reserve
New account number: {acct}
Phone: {phone}
Address: {addr}
Witness: {B}

=== p-fashion-notes-order | notes | fashion
phone order for the Armani tailoring appointment:
- client {A}, prefers {A.nick}
- card {card}, exp {d:mm}/28
- deliver the suit to {addr}
- alterations by {B.f}; call {phone} when ready

=== p-music-email-royalty | email | music
Subject: Royalty payment details – Blue Fern Records

Hi {A.f},
For this quarter's royalties please pay {B} to IBAN {iban} (note: old IBAN {iban:2} is \
closed). The session musician {C} is paid by the label's publishing arm: account number {acct}.
Thanks!
{D}

=== p-hosp-form-billing | form | hospital
PATIENT BILLING – SELF-PAY
Patient: {A.LF}
DOB: {d:dob}
SSN: {ssn}
Guarantor: {B}
Card on file: {card}
Billing address: {addr}
Procedure: Whipple procedure, consultant Dr {C.l}

=== p-grants-json-payment | json | grants
Check these stipend payments before we release them:
[{"fellow": "{A}", "iban": "{iban}", "amount": "{d:price}", "grant": "{d:grant}"},
 {"fellow": "{B}", "iban": "{iban:2}", "amount": "{d:price2}", "grant": "{d:grant2}"},
 {"fellow": "{C}", "iban": "{iban:3}", "amount": "{d:price3}", "grant": "{d:grant3}"}]

=== p-cosm-chat-refund | chat | cosmetics
customer {A} says she was charged twice for the Maybelline bundle, card {card}, order \
{d:order}. can you write a refund confirmation? also add that the Estée Lauder gift is \
still on its way to {city}

=== p-prob-letter-restitution | letter | probation
Dear {A},

Re: Compensation order {d:case}

The court has ordered payments of {d:price} per month to the victim, {B}. Payments must be \
made to the court account number {acct} quoting your reference {d:ref}. Your case officer, \
{C}, can explain the arrangement on {phone}.

Yours sincerely,
Enforcement Team

=== p-energy-csv-royalties | csv | energy
landowner,parcel,iban,share
{A},P-{d:qty},{iban},0.125
{B},P-{d:qty2},{iban:2},0.0625
{C},P-{d:qty3},{iban:3},0.0625
Compute each landowner's payment from {d:price} of Prudhoe-area revenue.

=== p-bank-slack-fraud | slack | bank
[16:02] {A}: heads up, card {card} used in {city} and {city:2} within 10 min
[16:03] {B}: blocked. customer is {C}, account {acct}
[16:05] {A}: also their SSN {ssn} is in the case notes in plain text, can someone redact

=== p-games-ticket-refund | ticket | games
Ticket #{d:pr} – Chargeback on season pass
Player: {A} ({A.handle})
Card used: {card}
Other card on the account: {card:2}
IP at purchase: {ip4}
Notes: {A.f} says a sibling, {B.f}, bought it without permission.

=== p-cars-sms-callback | sms | cars
{phone} – call back {A.f} about the Ferrari Roma deposit before 5, they're keen. Stock \
{d:stock}. Thanks {B.f}

=== p-news-sms-newnumber | sms | news
Hi {A.f}, new number for me while I'm covering the floods in {city}, save it: {phone}

=== p-music-chat-quick | chat | music
{A.f}: is the Hammond organ in room {d:room} free on {d:weekday} for {B}'s lesson? \
({B.f} asked for the Leslie speaker too) cc {C}

=== p-grants-chat-iban | chat | grants
{iban} – is this the right IBAN for {A}'s Humboldt stipend, or is it the old one \
({iban:2})? Ask {B.f} (finance) if unsure.
=== p-hosp-email-thread | email | hospital
Can you summarise this thread into three actions with owners?

-----Original Message-----
From: {A} <{A.work}>
Sent: {d:date} 08:12
To: {B.work}; {C.work}
Subject: RE: Whipple list – theatre 4 overrun

{B.f}, {C.f},

Yesterday's Whipple procedure overran by two hours, so the second case ({D.LF}, \
hospital no. {d:case}) was cancelled at 17:40. The family were not told until 19:00; \
{D.f}'s daughter, {E}, has now complained to PALS and left a number ({phone}).

Can one of you call back before the complaints meeting on {d:weekday}? I'm in clinic in \
{city} all morning.

{A.f}

-----Original Message-----
From: {B} <{B.work}>
Sent: {d:date2} 18:55
Subject: Whipple list – theatre 4 overrun

All, the anaesthetic team ({F}, {G.il}) have asked for a 07:30 start on long lists. \
Glasgow Coma Scale checks in recovery added 20 minutes per case as well.

{B.f}
"""

TEMPLATES = parse_block(RAW)
