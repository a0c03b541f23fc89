"""Personal templates of the val35 part, fifth file: payroll, financial aid, refunds,
payments and itineraries across the shapes (US social security numbers, bank account
numbers, cards, IBANs and places)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val35_gen import T

PERSONAL_E = [
    T(
        "p-form-07",
        "form",
        "uni",
        """
        FINANCIAL AID VERIFICATION WORKSHEET
        Student name (Last, First): {P1.lf}
        Student SSN: {SSN1}
        Parent/guardian: {P2}
        Parent SSN: {SSN2}
        Permanent address: {ADDR1}
        Checking account for refunds: {ACCT1.us}
        Which sections still need documents?
        """,
    ),
    T(
        "p-email-09",
        "email",
        "hotel",
        """
        Subject: Payroll set-up – new starter

        Hi {P1.first},

        Welcome to the Marriott downtown team! Payroll has recorded your SSN as {SSN1} and
        direct deposit to checking account {ACCT1.us}. If either is wrong, reply before the
        {DATE} payroll run.

        {P2}
        People & Culture
        Check this email for anything we shouldn't send in plain text.
        """,
    ),
    T(
        "p-csv-06",
        "csv",
        "energy",
        """
        contractor,ssn,home_city,invoice,amount
        {P1},{SSN1},{CITY1},{INV},{AMTP}
        {P2},{SSN2},{CITY2},{INV2},{AMTP2}
        {P3},{SSN3},{CITY3},{INV3},{AMTP3}
        Which contractors need a 1099 if the threshold is $600?
        """,
    ),
    T(
        "p-letter-06",
        "letter",
        "charity",
        """
        Dear {P1.first},

        Refund of donation – reference {REF}

        As requested, we have refunded your donation of {PRICE} to a/c {ACCT1.gb}, sort code
        {SORT}. Please allow five working days. We are sorry to see you go, and hope you will
        visit our {CITY1} shop again.

        {P2}
        Supporter Care
        Shorten this letter.
        """,
    ),
    T(
        "p-chat-10",
        "chat",
        "proc",
        """
        supplier {P1} says our payment bounced. we sent it to acct no. {ACCT1} but {P1.his}
        letter of {DATE} gives a new checking account {ACCT2.us}. which one should AP use, and
        what checks should we do before changing it?
        """,
    ),
    T(
        "p-toolcall-06",
        "toolcall",
        "hospital",
        """
        {"tool": "verify_insurance", "arguments": {"patient": "{P1}", "ssn": "{SSN1}",
         "dob": "{DATE}", "address": "{ADDR1}", "guarantor": "{P2}",
         "guarantor_ssn": "{SSN2}"}}
        The tool says "guarantor mismatch". What should the front desk ask?
        """,
    ),
    T(
        "p-transcript-06",
        "transcript",
        "coach",
        """
        Payroll helpline, call recorded.
        ADVISOR: You're through to payroll, this is {P1.first}.
        DRIVER: Hi, it's {P2}, driver at the {CITY1} depot. My wages went to my old account.
        ADVISOR: What's the new account number?
        DRIVER: {ACCT1.gb}, sort code {SORT}.
        ADVISOR: Thanks {P2.first}, updated from the next run.
        Write the case note.
        """,
    ),
    T(
        "p-json-07",
        "json",
        "hire",
        """
        {"order": "{ORDER}", "customer": "{P1}", "billing_address": "{ADDR1}",
         "delivery_city": "{CITY2}", "card": "{CARD1}", "items": ["JCB 8018", "Hilti TE 70"],
         "deposit": "{PRICE}"}
        Is the delivery city consistent with the billing address? Explain.
        """,
    ),
    T(
        "p-notes-06",
        "notes",
        "awards",
        """
        Judges' travel for the ceremony:
        - {P1} flying in from {CITY1} ({FLIGHT}), arrives {DAY}
        - {P2} by train from {CITY2}
        - {P3} from {COUNTRY3}, needs a visa letter
        - rooms held at the Hilton under "Lantern Prize", ref {BOOK}
        Draft the travel summary for the prize office.
        """,
    ),
    T(
        "p-email-10",
        "email",
        "photo",
        """
        Subject: Repair payment

        Hi,

        Please charge my card {CARD1} for the Hasselblad shutter repair (ticket {TICKET}) and
        post the camera to {ADDR1}. I'm away until {DATE}, so my neighbour {P2} may sign for it.

        Thanks,
        {P1}
        Is it safe for the shop to accept card details by email? Draft a reply.
        """,
    ),
    T(
        "p-sms-07",
        "sms",
        "pets",
        """
        Hi {P1.first}, pls send the puppy deposit to IBAN {IBAN1}, ref {REF}. Collection from
        {CITY1} at 8 weeks. {P2.first}
        """,
    ),
    T(
        "p-yaml-05",
        "yaml",
        "proc",
        """
        payment_run: {DATE}
        payees:
          - name: {P1}
            iban: {IBAN1}
            amount: {AMTP}
          - name: {P2}
            account_number: "{ACCT2}"
            sort_code: "{SORT}"
            amount: {AMTP2}
          - name: {P3}
            iban: {IBAN3}
            amount: {AMTP3}
        Total the run and list the payees paid by IBAN.
        """,
    ),
    T(
        "p-mdtable-06",
        "markdown_table",
        "museum",
        """
        | Lender | City | Country | Objects |
        |---|---|---|---|
        | {P1} | {CITY1} | {COUNTRY1} | 3 |
        | {P2} | {CITY2} | {COUNTRY2} | 1 |
        | {P3.lf} | {CITY3} | {COUNTRY3} | 5 |
        Write the lenders' credit line for the exhibition wall.
        """,
    ),
    T(
        "p-xml-06",
        "xml",
        "uni",
        """
        <Application id="{REF}">
          <Applicant>
            <Name>{P1}</Name>
            <SSN>{SSN1}</SSN>
            <Address>{ADDR1}</Address>
            <Email>{P1.email}</Email>
          </Applicant>
          <HighSchool city="{CITY2}">Holtmoor Academy</HighSchool>
        </Application>
        Map these fields to the Common App export.
        """,
    ),
    T(
        "p-slack-06",
        "slack",
        "hotel",
        """
        #front-office
        {P1} {TIME}: can someone charge {CARD1} for room {ROOM}? guest is {P2}, phoned it in
        {P3} {TIME2}: please don't paste cards in here!! use the PMS
        {P1} {TIME3}: sorry, deleting
        What should the policy reminder say?
        """,
    ),
    T(
        "p-ticket-06",
        "ticket",
        "charity",
        """
        Ticket {TICKET}: Direct debit failed
        Donor: {P1}, {ADDR1}
        Bank: account number {ACCT1.gb}, sort code {SORT}
        Reason code: ARUDD 0 (refer to payer)
        Handled by: {P2.first}
        Write the donor letter.
        """,
    ),
    T(
        "p-voice-08",
        "voice",
        "charity",
        """
        pay {P1.lower} back the float into account number {ACCT1.gb} sort code {SORT} and send
        a thank you to {P2.lfirst} for covering the {CITY1.lower} shop
        """,
    ),
    T(
        "p-chat-11",
        "chat",
        "coach",
        """
        Plan a 5-day coach tour: {CITY1} → {CITY2} → {CITY3} → {CITY4}, max 4.5 h driving a
        day. Driver is {P1}, tour guide {P2}. Hotels should be near the centre.
        """,
    ),
    T(
        "p-email-11",
        "email",
        "awards",
        """
        Subject: Shortlist – biographies needed

        Dear all,

        Congratulations again. For the programme we need a 50-word biography from each of
        you: {P1} ({CITY1}), {P2} ({REGION2}), {P3} ({COUNTRY3}) and {P4} ({CITY4}).
        Please send them to {ROLE1} by {DATE}.

        {P5}
        Prize Administrator
        """,
    ),
    T(
        "p-code-07",
        "code",
        "hospital",
        """
        # unit test fixture – does this leak real data?
        PATIENTS = [
            {"name": "{P1}", "ssn": "{SSN1}", "city": "{CITY1}"},
            {"name": "{P2}", "ssn": "{SSN2}", "city": "{CITY2}"},
        ]
        """,
    ),
    T(
        "p-log-06",
        "log",
        "proc",
        """
        {TS} ap-batch INFO  payment {INV} payee="{P1}" iban={IBAN1} status=SENT
        {TS} ap-batch INFO  payment {INV2} payee="{P2}" acct={ACCT2} status=SENT
        {TS} ap-batch WARN  payment {INV3} payee="{P3}" card={CARD3} status=RETRY
        {TS} ap-batch ERROR upstream {IP1} timed out
        Summarise the batch.
        """,
    ),
]
