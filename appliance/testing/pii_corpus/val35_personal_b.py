"""Personal templates of the val35 part, second file: meeting minutes, transcripts, JSON,
tool calls, CSV, TSV, markdown tables and HTML."""

from __future__ import annotations

from appliance.testing.pii_corpus.val35_gen import T

PERSONAL_B = [
    # -------------------------------------------------------------------------- minutes
    T(
        "p-minutes-01",
        "minutes",
        "awards",
        """
        Minutes – Lantern Prize judging panel, {DATE}
        Present: {P1} (chair), {P2}, {P3}, {P4.init}
        Apologies: {P5}

        1. Longlist. Thirteen titles agreed. {P2.first} abstained on the memoir because the
           author shares {P2.his} agent.
        2. Comparison with the Booker and the Pulitzer shortlists: no overlap this year.
        3. AOB: {P1.first} to ask the sponsor about the {PRICE} prize fund.
        Summarise the decisions and actions.
        """,
    ),
    T(
        "p-minutes-02",
        "minutes",
        "hospital",
        """
        Ward 7 governance meeting – minutes
        Attendees: Dr {P1.last}, Charge Nurse {P2}, {P3} (pharmacy), {P4} (patient rep)
        Item 1: two falls since {DATE}; {P3.first} to review sedation charts.
        Item 2: Kalman-filter early-warning pilot, results in {MONTH}.
        Item 3: complaint from {P5} ({PHONE5}) about visiting times – {P2.first} to call back.
        Draft the action log.
        """,
    ),
    T(
        "p-minutes-03",
        "minutes",
        "coach",
        """
        OPS MEETING {DATE}
        Chair: {P1}
        - Coach "Old Reliable" MOT fail (brakes). {P2} arranging loan vehicle from {CITY1}.
        - New drivers starting {DAY}: {P3}, {P4}.
        - Storm Agnes cancellations: refunds over {PRICE} need sign-off from {P1.first}.
        Actions to be circulated to ops@ list. Turn into bullet points with owners.
        """,
    ),
    T(
        "p-minutes-04",
        "minutes",
        "museum",
        """
        Acquisitions committee, {DATE}
        Chair: Prof. {P1.last}. Minutes: {P2}.
        The committee considered the bequest of the late {P3} (42 botanical drawings),
        offered by the estate's executor, {P4}, of {CITY1}. Valuation {PRICE}. Conservation report
        by {P2.first} attached. Decision deferred pending provenance checks at the Hermitage.
        Please condense to three sentences.
        """,
    ),
    T(
        "p-minutes-05",
        "minutes",
        "proc",
        """
        Supplier review – Baker McKenzie invoice dispute
        Attendees: {P1} (AP), {P2} (Legal), {P3.first} (Finance)
        Outcome: we will pay {PRICE} of the {PRICE2} invoiced; {P2.first} to write to the firm.
        {P1.first} to update vendor record and confirm remittance to {ROLE1}.
        What risks should we note?
        """,
    ),
    # ----------------------------------------------------------------------- transcript
    T(
        "p-transcript-01",
        "transcript",
        "hotel",
        """
        Summarise this call:
        AGENT: Savoy reservations, this is {P1.first}, how can I help?
        CALLER: Hi, it's {P2}. I'm booked in on the {DATE} and need to change the card.
        AGENT: Of course. Can you read the new card number?
        CALLER: {CARD1}.
        AGENT: Thank you, {P2.mr} {P2.last}. And a contact number?
        CALLER: {PHONE2}.
        AGENT: Lovely, you're all set.
        """,
    ),
    T(
        "p-transcript-02",
        "transcript",
        "energy",
        """
        [{TIME}] {P1.first}: Morning, it's {P1} from Northwind, calling about the {MW} block.
        [{TIME2}] {P2.first}: Hi {P1.first}. We saw the forecast from the met desk, wind drops
        off after 14:00.
        [{TIME3}] {P1.first}: Can you confirm the trade to {P1.work}?
        [{TIME4}] {P2.first}: Will do. {P3} will countersign.
        Extract the trade details.
        """,
    ),
    T(
        "p-transcript-03",
        "transcript",
        "leisure",
        """
        Caller ({PHONE1}): Hiya, I booked the escape room "Professor Quill's Study" for eight
        people. Name's {W1}.
        Staff ({P2.first}): Found you, {W1.first}, {DAY} at {TIME}.
        Caller: Can we add bowling after? My partner {P3.first} is paying.
        Staff: Sure, lane {N}. Shall I text the confirmation to this number?
        Write the booking note for the team.
        """,
    ),
    T(
        "p-transcript-04",
        "transcript",
        "charity",
        """
        Volunteer induction, recorded with permission.
        {P1.UP}: Welcome everyone. I'm {P1.first}, I manage the shop.
        {P2.UP}: Hi, I'm {P2.first}, I do the Saturday shift.
        {P1.UP}: Gift Aid forms go in the blue tray. If anyone's unsure, call {P3} on {PHONE3}.
        {P2.UP}: And the donation drop-off after hours?
        {P1.UP}: Not allowed. Turn people away politely.
        Make a one-page induction sheet from this.
        """,
    ),
    T(
        "p-transcript-05",
        "transcript",
        "uni",
        """
        Interviewer: Thanks for joining, {P1.first}. For the record, you're {P1}, applying to
        the Johns Hopkins joint programme?
        Applicant: Yes, that's right. I studied in {CITY1} before moving to {COUNTRY1}.
        Interviewer: And your referee is {P2.init}?
        Applicant: Yes, and also {P3}, my lab supervisor.
        Score this interview against the rubric: motivation, clarity, fit.
        """,
    ),
    # ----------------------------------------------------------------------------- json
    T(
        "p-json-01",
        "json",
        "proc",
        """
        Validate this supplier record and list any problems:
        {"supplier_id": "SUP-{N}{QTY}", "legal_name": "Goldman Sachs International",
         "contact": {"name": "{P1}", "phone": "{PHONE1}", "email": "{P1.work}"},
         "bank": {"iban": "{IBAN1}", "bic": "{BIC}"},
         "approved_by": "{P2}", "created": "{DATE}"}
        """,
    ),
    T(
        "p-json-02",
        "json",
        "pets",
        """
        Convert to a show catalogue entry:
        {
          "ring": {N},
          "class": "Open Bitch",
          "dog": {"reg_name": "Kilnbeck Silver Lining at Brackenhollow", "call_name": "{PET}"},
          "owner": "{P1}",
          "breeder": "{P2}",
          "handler": "{P3.first}",
          "owner_phone": "{PHONE1}",
          "owner_address": "{ADDR1}"
        }
        """,
    ),
    T(
        "p-json-03",
        "json",
        "release",
        """
        Why does this release manifest fail schema validation?
        {
          "codename": "{CODENAME}",
          "version": "{VER}",
          "release_manager": {"name": "{P1}", "email": "{P1.work}"},
          "approvers": ["{P2}", "{P3.init}"],
          "build_host": "{IP1}",
          "sha": "{HASH}"
        }
        """,
    ),
    T(
        "p-json-04",
        "json",
        "hospital",
        """
        {"resourceType": "Patient", "id": "{UUID}",
         "name": [{"family": "{P1.last}", "given": ["{P1.first}"]}],
         "telecom": [{"system": "phone", "value": "{PHONE1}"}],
         "address": [{"text": "{ADDR1}"}],
         "generalPractitioner": [{"display": "Dr {P2}"}]}
        Is this valid FHIR? Fix it if not.
        """,
        cult="hindi tamil english welsh yoruba igbo polish filipino",
    ),
    T(
        "p-json-05",
        "json",
        "hotel",
        """
        {"booking": "{BOOK}", "hotel": "Hilton Garden Inn", "guest": "{P1.lf}",
         "guests": ["{P1}", "{P2}"], "card": "{CARD1}", "checkin": "{DATE}",
         "loyalty": "Hilton Honors", "notes": "late arrival, call {PHONE1}"}
        Write the pre-arrival email for this booking.
        """,
    ),
    T(
        "p-json-06",
        "json",
        "food",
        """
        Summarise the complaints in this export:
        [{"id": {N}, "product": "Uncle Ben's-style rice pouch", "customer": "{P1}",
          "contact": "{P1.email}", "text": "found plastic in the pouch"},
         {"id": {QTY}, "product": "Dr Oetker pizza", "customer": "{P2}",
          "contact": "{PHONE2}", "text": "best before date smudged"}]
        """,
    ),
    # ------------------------------------------------------------------------- toolcall
    T(
        "p-toolcall-01",
        "toolcall",
        "hotel",
        """
        Assistant called tool `create_reservation` with arguments:
        {"guest_name": "{P1}", "phone": "{PHONE1}", "email": "{P1.email}",
         "hotel": "The Savoy", "room_type": "Deluxe King", "nights": {N},
         "payment_card": "{CARD1}"}
        The tool returned an error "card declined". What should the assistant say next?
        """,
    ),
    T(
        "p-toolcall-02",
        "toolcall",
        "proc",
        """
        tool_call: pay_invoice
        args:
          invoice_id: "{INV}"
          payee: "{P1}"
          iban: "{IBAN1}"
          amount: "{PRICE}"
          approver: "{P2.work}"
        Check the arguments against the invoice below before I confirm.
        Invoice {INV}: payee {P1.lf}, amount {PRICE}, bank ending in the same digits.
        """,
    ),
    T(
        "p-toolcall-03",
        "toolcall",
        "hospital",
        """
        function_call {"name": "lookup_patient", "arguments": {"ssn": "{SSN1}", "last_name":
        "{P1.last}", "dob": "{DATE}"}}
        function_result {"found": true, "name": "{P1}", "mrn": "{REF}", "pcp": "Dr {P2.last}"}
        Explain to the user what was found without repeating the identifiers.
        """,
    ),
    T(
        "p-toolcall-04",
        "toolcall",
        "coach",
        """
        Call send_sms(to="{PHONE1}", body="Hi {P1.first}, your coach to {CITY1} leaves bay {N}
        at {TIME}. Driver: {P2.first}.") and then log_contact(customer="{P1}",
        channel="sms"). Are these arguments well-formed?
        """,
    ),
    T(
        "p-toolcall-05",
        "toolcall",
        "release",
        """
        {"tool": "page_oncall", "arguments": {"team": "sre", "primary": "{P1}",
         "secondary": "{P2}", "primary_phone": "{PHONE1}", "reason": "Hopper cluster API
         at {IP1} returning 502"}}
        Rewrite the reason field to be clearer.
        """,
    ),
    # ------------------------------------------------------------------------------ csv
    T(
        "p-csv-01",
        "csv",
        "uni",
        """
        Deduplicate this alumni export and tell me which rows are the same person:
        id,name,class_year,email,phone,city
        {N},{P1},{YEAR},{P1.email},{PHONE1},{CITY1}
        {QTY},{P2},{YEAR2},{P2.email},{PHONE2},{CITY2}
        {N2},"{P1.lf}",{YEAR},{P1.email},{PHONE1},{CITY1}
        {QTY2},{P3},{YEAR3},{P3.email},{PHONE3},{CITY3}
        """,
    ),
    T(
        "p-csv-02",
        "csv",
        "proc",
        """
        payee,account_number,sort_code,amount,reference
        {P1},{ACCT1.gb},{SORT},{AMTP},{INV}
        {P2},{ACCT2.gb},{SORT2},{AMTP2},{INV2}
        {P3},{ACCT3.gb},{SORT3},{AMTP3},{INV3}
        Total the amounts and flag any payee with more than one invoice.
        """,
    ),
    T(
        "p-csv-03",
        "csv",
        "pets",
        """
        Sort these results by points:
        dog,owner,handler,points,phone
        "Ch. Ravensbrook Midnight Sonata","{P1}","{P2}",{N},"{PHONE1}"
        "Bellhaven Bramble at Larkwhistle","{P3}","{P3}",{QTY},"{PHONE3}"
        "Oakwynd Sir Lancelot","{P4}","{P5}",{N2},"{PHONE4}"
        """,
    ),
    T(
        "p-csv-04",
        "csv",
        "hire",
        """
        customer,card,item,days,deposit
        {P1},{CARD1},JCB 8018 mini digger,{N},{PRICE}
        {P2},{CARD2},Kärcher pressure washer,{QTY},{PRICE2}
        Which card numbers should be masked before I email this sheet?
        """,
    ),
    T(
        "p-csv-05",
        "csv",
        "photo",
        """
        order,customer,email,film,scan
        {ORDER},{P1},{P1.email},Portra 400 x3,hi-res
        {ORDER2},{P2},{P2.email},HP5 x1,standard
        {ORDER3},{P3},{P3.email},Ektar 100 x2,hi-res
        Write a reminder email template for uncollected orders.
        """,
    ),
    # ------------------------------------------------------------------------------ tsv
    T(
        "p-tsv-01",
        "tsv",
        "hospital",
        """
        mrn\tpatient\tssn\tclinic\tphone
        {REF}\t{P1}\t{SSN1}\tcardiology\t{PHONE1}
        {REF2}\t{P2}\t{SSN2}\tortho\t{PHONE2}
        Convert to a markdown table but mask the SSN column.
        """,
    ),
    T(
        "p-tsv-02",
        "tsv",
        "leisure",
        """
        lane\tbooker\tphone\tsize\tstart
        {N}\t{P1}\t{PHONE1}\t6\t{TIME}
        {QTY}\t{W2}\t{PHONE2}\t4\t{TIME2}
        {N2}\t{P3}\t{PHONE3}\t8\t{TIME3}
        Which lanes overlap if each game is 50 minutes?
        """,
    ),
    T(
        "p-tsv-03",
        "tsv",
        "energy",
        """
        counterparty\tcontact\temail\tiban
        Voltera Energy\t{P1}\t{P1.work}\t{IBAN1}
        Gridhaven\t{P2}\t{P2.email}\t{IBAN2}
        Which of these IBANs are outside the eurozone?
        """,
    ),
    T(
        "p-tsv-04",
        "tsv",
        "charity",
        """
        date\tshop\tdonor\tgift_aid\taddress
        {DATE}\t{CITY1}\t{P1}\tY\t{ADDR1}
        {DATE2}\t{CITY2}\t{P2}\tN\t{ADDR2}
        Explain which donation qualifies for Gift Aid.
        """,
    ),
    # ------------------------------------------------------------------- markdown table
    T(
        "p-mdtable-01",
        "markdown_table",
        "awards",
        """
        | Category | Nominee | Agent contact |
        |---|---|---|
        | Fiction | {P1} | {P2}, {PHONE2} |
        | Poetry | {P3} | {P4.work} |
        | Debut | {P5} | {P6}, {PHONE6} |
        Write a press release announcing this shortlist (no contact details).
        """,
    ),
    T(
        "p-mdtable-02",
        "markdown_table",
        "salon",
        """
        | Time | Client | Stylist | Service |
        |------|--------|---------|---------|
        | {TIME} | {P1} | {P2.first} | The Rachel (layered cut) |
        | {TIME2} | {P3} | {P2.first} | Bob + gloss |
        | {TIME3} | {W4} | {P5.first} | Gel nails |
        Rebalance so {P2.first} gets a lunch break.
        """,
    ),
    T(
        "p-mdtable-03",
        "markdown_table",
        "release",
        """
        | Cluster | Owner | On-call phone | Bastion |
        |---|---|---|---|
        | ada-prod | {P1} | {PHONE1} | {IP1} |
        | turing-stg | {P2} | {PHONE2} | {IP2} |
        | lovelace-dev | {P3} | {PHONE3} | {IP3.v6} |
        Generate an on-call handover note from this.
        """,
    ),
    T(
        "p-mdtable-04",
        "markdown_table",
        "library",
        """
        | Borrower | Card | Overdue | Contact |
        |---|---|---|---|
        | {P1.lf} | LIB{N}{QTY} | Matilda (x2) | {P1.email} |
        | {P2.lf} | LIB{N2}{QTY2} | Paddington at the Zoo | {PHONE2} |
        Draft friendly reminders, one per borrower.
        """,
    ),
    T(
        "p-mdtable-05",
        "markdown_table",
        "coach",
        """
        | Coach | Driver | Route | Mobile |
        |---|---|---|---|
        | Dolly | {P1} | {CITY1} – {CITY2} | {PHONE1} |
        | Big Bertha | {P2} | airport shuttle | {PHONE2} |
        Who is driving more than 9 hours if each leg is 4.5 h?
        """,
    ),
    # ----------------------------------------------------------------------------- html
    T(
        "p-html-01",
        "html",
        "museum",
        """
        Make this page accessible:
        <div class="staff-card">
          <img src="/img/staff/{N}.jpg">
          <h3>{P1}</h3>
          <p>Curator of Prints, the Smithsonian fellowship {YEAR}</p>
          <a href="mailto:{P1.work}">{P1.work}</a>
          <p>Tel: {PHONE1}</p>
        </div>
        """,
    ),
    T(
        "p-html-02",
        "html",
        "hotel",
        """
        <form id="checkout">
          <input name="name" value="{P1}">
          <input name="email" value="{P1.email}">
          <input name="card" value="{CARD1}">
          <input name="billing" value="{ADDR1}">
        </form>
        Why is this form pre-filled in production? Explain the risk.
        """,
    ),
    T(
        "p-html-03",
        "html",
        "guitar",
        """
        <table class="repairs">
        <tr><th>Customer</th><th>Instrument</th><th>Phone</th></tr>
        <tr><td>{P1}</td><td>Les Paul Custom</td><td>{PHONE1}</td></tr>
        <tr><td>{P2}</td><td>Stratocaster '62 reissue</td><td>{PHONE2}</td></tr>
        </table>
        Convert this to CSV.
        """,
    ),
    T(
        "p-html-04",
        "html",
        "uni",
        """
        <p>Congratulations to <strong>{P1}</strong> ({CITY1}) and <strong>{P2}</strong>
        ({COUNTRY2}), this year's Stanford–Trinity exchange scholars! Contact the alumni office
        at <a href="mailto:{ROLE1}">{ROLE1}</a>.</p>
        Shorten this for a tweet.
        """,
    ),
    T(
        "p-html-05",
        "html",
        "charity",
        """
        <!-- volunteer rota -->
        <ul>
          <li>Mon: {P1} ({PHONE1})</li>
          <li>Wed: {P2}</li>
          <li>Sat: {P3.nick} &amp; {P4.first}</li>
        </ul>
        Turn this into a plain-text rota.
        """,
    ),
]
