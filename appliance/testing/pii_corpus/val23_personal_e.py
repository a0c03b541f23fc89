"""val23 personal templates, part E: money and identity paperwork across shapes (US social
security numbers, account numbers, cards and IBANs where such texts carry them)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val23_gen import T

TEMPLATES = [
    T(
        "form.us_mortgage_app",
        "form",
        "mortgage",
        """
UNIFORM RESIDENTIAL LOAN APPLICATION – summary
Borrower: {p1}            SSN: {ssn1}
Co-borrower: {p2}         SSN: {ssn2}
Property address: {c1.addr:US}
Borrower cell: {ph1:US}   Email: {p1.email}
Assets: checking account {acct1:us} (Cobalt Ridge Bank), balance {d:price}
Loan officer: {p3}, NMLS #{d:pid}
""",
    ),
    T(
        "csv.contractors_1099",
        "csv",
        "hr",
        """
payee_name,tin_type,tin,routing_number,account_number,ytd_paid
{p1},SSN,{ssn1},021000021,{acct1:us},{d:qty}00.00
{p2},SSN,{ssn2.plain},011000138,{acct2:us},{d:qty}00.00
{p3},SSN,{ssn3},121000358,{acct3:us},{d:qty}00.00
""",
    ),
    T(
        "ticket.identity_theft",
        "ticket",
        "bank",
        """
Case {d:ref} – reported identity theft
Customer: {p1} (verified by KBA)
SSN on file: {ssn1}
New card issued to replace {cc1}
Checking account {acct1:us} frozen at customer's request
Customer says a store card was opened in {c1:US} using their details; police report no. {d:ref}.
Handler: {p2.init}
""",
    ),
    T(
        "json.kyc_profile",
        "json",
        "bank",
        """
{
  "customer_id": "{d:uuid}",
  "legal_name": "{p1}",
  "ssn": "{ssn1}",
  "date_of_birth": "{d:dateiso}",
  "address": "{c1.addr:US}",
  "accounts": [{"type": "checking", "account_number": "{acct1:us}"}],
  "cards": [{"pan": "{cc1.plain}", "status": "active"}],
  "reviewed_by": "{p2.email:org}"
}
""",
    ),
    T(
        "transcript.benefits_call",
        "transcript",
        "insurance",
        """
REP: Thanks for calling Tallgrass benefits, this is {p1.first}. Can I have the member's full name?
CALLER: {p2}.
REP: And to verify, the social security number?
CALLER: {ssn1}.
REP: Thank you, {p2.first}. You wanted to pay the COBRA premium by card?
CALLER: Yes, {cc1}, expiry {alt:09/27|03/28|12/26}.
REP: That's gone through. Confirmation {d:ref} will be sent to {p2.email}.
""",
    ),
    T(
        "chat.fafsa",
        "chat",
        "university",
        """
I'm filling in my financial aid form and it keeps rejecting my dad's info. Student: {p2:~p1}, SSN {ssn2}. Parent: {p1:m}, SSN {ssn1}. We live at {c1.addr:US}. Is it because his name has an accent on the form but not on his social security card?
""",
    ),
    T(
        "email.supplier_bank_change",
        "email",
        "logistics",
        """
Subject: RE: Updated bank details – please confirm

Hi {p1.first},

Before Accounts Payable changes anything, can you call {p2} on the number we already hold ({ph2}), not the one in this email? The request says to move payments from {ib1} to {ib2}, effective invoice {d:invoice}. That looks like classic invoice fraud to me.

Thanks,
{p3}
Accounts Payable
""",
    ),
    T(
        "notes.donor_payments",
        "notes",
        "charity",
        """
Donor payment issues – {d:month}
- {p1}: standing order failed twice; new IBAN {ib1} given by phone, mandate form sent
- {p2}: card {cc1} expired, asked us to charge the new one when it arrives
- {p3.lf}: wants Gift Aid back-dated; check declaration from {d:year}
""",
    ),
    T(
        "yaml.host_payouts",
        "yaml",
        "hotel",
        """
payouts:
  - host: {p1}
    listing: "Loft near the old harbour ({d:ref})"
    iban: {ib1}
    currency: EUR
  - host: {p2}
    listing: "Garden studio, sleeps 2 ({d:ref})"
    iban: {ib2.compact}
    currency: EUR
schedule: monthly
""",
    ),
    T(
        "log.tokenizer",
        "log",
        "software",
        """
{d:ts} WARN tokenizer fallback: vault unavailable, card stored in clear pan={cc1.plain} customer="{p1}"
{d:ts} WARN tokenizer fallback: vault unavailable, card stored in clear pan={cc2.plain} customer="{p2}"
{d:ts} INFO tokenizer vault reachable again after {d:mins}
""",
    ),
    T(
        "md.refund_batch",
        "markdown_table",
        "airline",
        """
Refunds to push before the {d:date} cut-off (delete this table afterwards!)

| Booking | Passenger | Card | Amount |
|---|---|---|---|
| {d:booking} | {p1} | {cc1} | {d:price} |
| {d:booking} | {p2} | {cc2} | {d:price} |
| {d:booking} | {p3} | {cc3:amex} | {d:price} |
""",
    ),
    T(
        "xml.us_payroll",
        "xml",
        "hr",
        """
<Employee>
  <Name>{p1}</Name>
  <SSN>{ssn1}</SSN>
  <DirectDeposit type="checking">
    <AccountNumber>{acct1:us}</AccountNumber>
  </DirectDeposit>
  <WorkState>{c1.region:US}</WorkState>
  <Supervisor>{p2}</Supervisor>
</Employee>
""",
    ),
    T(
        "form.sepa_mandate",
        "form",
        "charity",
        """
SEPA Direct Debit Mandate
Creditor: Riverbend Foundation, creditor ID {d:ref}
Debtor name: {p1}
Debtor address: {c1.addr}
IBAN: {ib1}
Amount: {d:price} monthly
Signed: {p1.init}, {d:date}
""",
    ),
    T(
        "paste.de_invoice_iban",
        "paste",
        "logistics",
        """
Translate this into English and tell me if it looks like a scam:

Sehr geehrte Damen und Herren, bitte überweisen Sie den offenen Betrag der Rechnung {d:invoice} ab sofort auf unser neues Konto: IBAN {ib1:DE}, Kontoinhaber {p1:german,turkish}. Die alte Bankverbindung ({ib2:DE}) ist nicht mehr gültig. Bei Fragen wenden Sie sich an {p2:german} unter {ph2:DE}.
""",
    ),
    T(
        "voice.bank_verification",
        "voice",
        "bank",
        """
customer {p1.lower} called to dispute a charge verified with social security number {ssn1.plain} and the last payment amount asked us to send a new card to the address on file and close checking account {acct1:us}
""",
    ),
    T(
        "sms.rent_reminder",
        "sms",
        "mortgage",
        """
Hi {p1.first}, friendly reminder from Larchmont Lettings: rent of {d:price} is due {d:day}. Pay to IBAN {ib1:GB} ref {d:ref}. Questions? Call {p2.first} on {ph2:GB}.
""",
    ),
    T(
        "html.w9_preview",
        "html",
        "hr",
        """
<form id="w9-preview">
  <label>Name (as shown on your income tax return)</label><input value="{p1}" readonly>
  <label>Address</label><input value="{c1.addr:US}" readonly>
  <label>Social security number</label><input value="{ssn1}" readonly>
  <p class="hint">Certified on {d:dateus}. Questions: {role:payroll}</p>
</form>
""",
    ),
    T(
        "code.sql_ssn_mask",
        "code",
        "software",
        """
-- {d:ticket}: these two rows still have unmasked SSNs in the analytics replica
UPDATE people SET ssn = CONCAT('***-**-', RIGHT(ssn, 4))
WHERE ssn IN ('{ssn1}', '{ssn2}');
-- flagged by {p1} ({p1.email:org}); owners of the rows: {p2}, {p3}
""",
    ),
]
