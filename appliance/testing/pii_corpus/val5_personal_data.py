"""val5's templates with personal data, in data and developer shapes: json, csv, tsv,
markdown_table, code, log, yaml, toolcall and git_log (the slots are described in val5_gen)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val5_personal import T

DATA: list[tuple[str, str]] = [
    # ---- json ------------------------------------------------------------------------
    T(
        "json",
        """
        Why does this payload fail schema validation?
        {"applicant": {"name": "[[name:a]]", "email": "[[email:a]]", "phone": "[[phonei]]"}, "loan": {"amount": 18500, "term_months": 48}}
        """,
    ),
    T(
        "json",
        """
        {
          "shipment_id": "[[order]]",
          "consignee": {"name": "[[upper:a]]", "address": "[[addr:x]]", "tel": "[[phone]]"},
          "notify_party": "[[name:b]]",
          "hs_code": "8471.30",
          "incoterm": "DAP"
        }
        Convert this to a customs XML envelope.
        """,
    ),
    T(
        "json",
        """
        The webhook sent us this, but the "guardian" field is empty in the UI:
        {"student": "[[name:a]]", "grade": 7, "guardian": {"name": "[[name:b]]", "mobile": "[[phonen]]", "email": "[[email:b]]"}, "school": "Riverbend Middle"}
        """,
    ),
    T(
        "json",
        """
        {"event": "login_failed", "user": "[[email:a]]", "ip": "[[ip4]]", "ts": "[[date]]T[[time]]Z", "attempts": 5}
        {"event": "login_ok", "user": "[[email:a]]", "ip": "[[ip6]]", "ts": "[[date]]T[[time]]Z"}
        Is this a credential-stuffing pattern?
        """,
    ),
    T(
        "json",
        """
        Map these fields to our CRM import format:
        [{"full_name": "[[name:a]]", "city": "[[city:h]]", "country": "[[country:h]]", "iban": "[[ibanc]]"},
         {"full_name": "[[name:b]]", "city": "[[city:k]]", "country": "[[country:k]]", "iban": "[[ibanc]]"}]
        """,
    ),
    T(
        "json",
        """
        {"booking": {"ref": "[[order]]", "guest": "[[short:a]]", "checkin": "[[date]]", "nights": 2, "payment": {"card": "[[card]]", "holder": "[[upper:a]]"}}}
        Mask the card in this before we log it.
        """,
    ),
    T(
        "json",
        """
        {"referral": {"patient": "[[rev:a]]", "referrer": "Dr [[name:b]]", "reason": "suspected sleep apnoea", "contact": "[[phone]]"}}
        """,
    ),
    T(
        "json",
        """
        {"payee": "[[name:a]]", "ssn": "[[ssn]]", "bank": {"account_number": "[[acct]]", "routing": "021000021"}, "amount": 2150.0}
        Why does the IRS export reject this record?
        """,
    ),
    T(
        "json",
        """
        {"ticket": "[[ticket]]", "reporter": "[[first:a]]", "assignee": "[[first:b]]", "body": "customer [[name:c]] says the driver left the parcel at [[addr:x]] instead of the locker"}
        """,
    ),
    # ---- csv -------------------------------------------------------------------------
    T(
        "csv",
        """
        Clean up this CSV (dedupe, trim spaces):
        name,email,phone,city
        [[name:a]],[[email:a]],[[phone]],[[city:h]]
        [[name:b]],[[email:b]],[[phone]],[[city:k]]
        [[name:a]] ,[[email:a]],,[[city:h]]
        """,
    ),
    T(
        "csv",
        """
        driver_id,driver,vehicle,route,mobile
        D-104,[[short:a]],VAN-6,R12,[[phonex]]
        D-117,[[short:b]],VAN-2,R03,[[phonex]]
        D-121,[[short:c]],TRUCK-1,R09,[[phonex]]
        """,
    ),
    T(
        "csv",
        """
        "student","guardian","guardian_email"
        "[[rev:a]]","[[name:b]]","[[email:b]]"
        "[[rev:c]]","[[name:d]]","[[email:d]]"
        Which guardians are missing a phone number?
        """,
    ),
    T(
        "csv",
        """
        payee;iban;amount;reference
        [[name:a]];[[iban]];1200.00;RENT-MAR
        [[name:b]];[[iban]];850.50;RENT-MAR
        Sum the amounts per payee.
        """,
    ),
    T(
        "csv",
        """
        tenant_name,unit,lease_start,emergency_contact
        [[name:a]],2B,[[date]],[[phone]]
        [[name:b]],3A,[[date]],[[phone]]
        [[name:c]],5C,[[date]],[[phone]]
        """,
    ),
    T(
        "csv",
        """
        candidate,source,stage,referee,referee_phone
        [[name:a]],LinkedIn,onsite,[[init:b]],[[phone]]
        [[name:c]],referral,phone screen,[[name:d]],[[phone]]
        """,
    ),
    T(
        "csv",
        """
        Here's the export, why are the accents broken?
        id,customer,city
        1,[[ascii:a]],[[city:h]]
        2,[[name:b]],[[city:k]]
        3,[[name:c]],[[city:m]]
        """,
    ),
    # ---- tsv -------------------------------------------------------------------------
    T(
        "tsv",
        "name\tcard\texpiry\n[[name:a]]\t[[card]]\t09/27\n[[name:b]]\t[[card]]\t02/28\nThese came from the old POS export; which ones are expired?",
    ),
    T(
        "tsv",
        "employee\tssn\tstate\n[[name:a]]\t[[ssn]]\tOH\n[[name:b]]\t[[ssn]]\tTX\n[[name:c]]\t[[ssn]]\tWA",
    ),
    T(
        "tsv",
        "guest\troom\tcheck_in\tphone\n[[upper:a]]\t301\t[[date]]\t[[phone]]\n[[upper:b]]\t114\t[[date]]\t[[phone]]",
    ),
    T(
        "tsv",
        "src_ip\tuser\tbytes\n[[ip4]]\t[[email:a]]\t48213\n[[ip4]]\t[[email:b]]\t1022\n[[ip6]]\t[[email:a]]\t77310",
    ),
    T(
        "tsv",
        "Lookup table for the translation vendor:\nsource_name\ttransliteration\n[[name:a]]\t[[ascii:a]]\n[[name:b]]\t[[ascii:b]]",
    ),
    T(
        "tsv",
        "parcel\trecipient\taddress\n[[track]]\t[[name:a]]\t[[addr:x]]\n[[track]]\t[[name:b]]\t[[addr:y]]",
    ),
    T(
        "tsv",
        "account_holder\taccount_number\tbank\n[[name:a]]\t[[acct]]\tFirst Harbor Credit Union\n[[name:b]]\t[[acct]]\tFirst Harbor Credit Union",
    ),
    # ---- markdown_table --------------------------------------------------------------
    T(
        "markdown_table",
        """
        | Name | Role | Phone |
        |------|------|-------|
        | [[name:a]] | site lead | [[phone]] |
        | [[name:b]] | safety officer | [[phone]] |
        | [[name:c]] | forklift | [[phone]] |

        Turn this into an on-call rota for next week.
        """,
    ),
    T(
        "markdown_table",
        """
        | Student | Parent | Email |
        |---|---|---|
        | [[first:a]] | [[name:b]] | [[email:b]] |
        | [[first:c]] | [[name:d]] | [[email:d]] |
        """,
    ),
    T(
        "markdown_table",
        """
        Viewings this week:

        | Day | Client | Property |
        |-----|--------|----------|
        | Tue | [[name:a]] | [[addr:x]] |
        | Thu | [[name:b]] | [[addr:y]] |
        """,
    ),
    T(
        "markdown_table",
        """
        | Vendor | IBAN | Contact |
        |:--|:--|:--|
        | [[name:a]] Photography | [[iban]] | [[email:a]] |
        | [[name:b]] Catering | [[iban]] | [[phone]] |
        """,
    ),
    T(
        "markdown_table",
        """
        | Host | IP | Owner |
        |------|----|-------|
        | build-01 | [[ip4]] | [[first:a]] |
        | vpn-gw | [[ip6]] | [[first:b]] |
        Who should I ask about vpn-gw?
        """,
    ),
    T(
        "markdown_table",
        """
        | Speaker | Session | From |
        |---|---|---|
        | [[name:a]] | Cold-chain logistics | [[city:h]], [[country:h]] |
        | [[init:b]] | Port automation | [[city:k]], [[country:k]] |
        | [[name:c]] | Customs AI | [[city:m]], [[country:m]] |
        """,
    ),
    T(
        "markdown_table",
        """
        | Reported user | Reports | Last reporter |
        |---|---|---|
        | [[at:a]] | 7 | [[at:b]] |
        | [[at:c]] | 3 | [[at:d]] |
        Summarise which accounts need review.
        """,
    ),
    # ---- code ------------------------------------------------------------------------
    T(
        "code",
        """
        # tests/fixtures/users.py
        USERS = [
            {"name": "[[name:a]]", "email": "[[email:a]]", "phone": "[[phone]]"},
            {"name": "[[name:b]]", "email": "[[email:b]]", "phone": "[[phone]]"},
        ]
        Why does pytest say the fixture is not found?
        """,
    ),
    T(
        "code",
        """
        def test_invoice_payee():
            inv = Invoice(payee="[[name:a]]", iban="[[ibanc]]", total=Decimal("412.00"))
            assert inv.payee_display() == "[[upper:a]]"
        This fails with AssertionError, what's wrong with payee_display?
        """,
    ),
    T(
        "code",
        """
        INSERT INTO guardians (student_id, name, phone, email) VALUES
          (1042, '[[name:a]]', '[[phone]]', '[[email:a]]'),
          (1043, '[[name:b]]', '[[phone]]', '[[email:b]]');
        -- postgres says duplicate key on (student_id), why?
        """,
    ),
    T(
        "code",
        """
        const contact = {
          name: '[[name:a]]',
          address: '[[addr:x]]',
          mobile: '[[phone]]',
        };
        sendSms(contact.mobile, `Hi ${contact.name.split(' ')[0]}, your courier is on the way`);
        """,
    ),
    T(
        "code",
        """
        curl -X POST https://api.tallyhire.io/v2/candidates \\
          -H 'Content-Type: application/json' \\
          -d '{"name": "[[name:a]]", "email": "[[email:a]]", "referrer": "[[name:b]]"}'
        returns 422, what field is missing?
        """,
    ),
    T(
        "code",
        """
        Traceback (most recent call last):
          File "billing/charge.py", line 88, in charge
            gateway.capture(card="[[card]]", holder="[[name:a]]")
          File "billing/gateway.py", line 41, in capture
            raise DeclinedError(f"declined for {holder}")
        billing.gateway.DeclinedError: declined for [[name:a]]
        """,
    ),
    T(
        "code",
        """
        // seed data for the demo tenant
        await db.landlords.insertMany([
          { name: "[[name:a]]", iban: "[[iban]]", city: "[[city:h]]" },
          { name: "[[name:b]]", iban: "[[iban]]", city: "[[city:k]]" },
        ]);
        """,
    ),
    T(
        "code",
        """
        java.lang.IllegalStateException: duplicate patient record for '[[name:a]]' (mrn 00418832)
            at org.clinic.intake.PatientService.register(PatientService.java:212)
            at org.clinic.intake.IntakeController.submit(IntakeController.java:77)
        The other record was created by [[first:b]] yesterday, how do I merge?
        """,
    ),
    # ---- log -------------------------------------------------------------------------
    T(
        "log",
        """
        [[ip4]] - - [12/Mar/2025:10:14:02 +0000] "POST /login HTTP/1.1" 401 512 "-" "Mozilla/5.0"
        [[ip4]] - - [12/Mar/2025:10:14:09 +0000] "POST /login HTTP/1.1" 200 2048 "-" "Mozilla/5.0"
        Why did the second one succeed? The user was [[email:a]].
        """,
    ),
    T(
        "log",
        """
        2025-03-04T08:12:55Z INFO  mailer: sent receipt to [[email:a]] (order [[order]])
        2025-03-04T08:12:56Z WARN  mailer: bounce from [[email:b]]: mailbox full
        2025-03-04T08:13:01Z INFO  sms: sent OTP to [[phonei]]
        """,
    ),
    T(
        "log",
        """
        sshd[2211]: Failed password for invalid user admin from [[ip4]] port 52144 ssh2
        sshd[2215]: Accepted publickey for [[lfirst:a]] from [[ip6]] port 40112 ssh2
        Is the second login expected?
        """,
    ),
    T(
        "log",
        """
        [dispatch] 06:02 assigned route R7 to driver [[name:a]]
        [dispatch] 06:40 [[first:a]] checked in at depot [[city:h]]
        [dispatch] 09:13 delivery failed: [[name:b]], [[addr:x]], no answer at [[phone]]
        """,
    ),
    T(
        "log",
        """
        level=error msg="kyc check failed" applicant="[[name:a]]" reason="ssn mismatch" ssn=[[ssn]] remote_addr=[[ip4]]
        """,
    ),
    T(
        "log",
        """
        WARN payment-svc: card [[card]] declined (code 05), customer=[[email:a]]
        INFO payment-svc: retry with card [[card]] ok, customer=[[email:a]]
        """,
    ),
    T(
        "log",
        """
        audit: user [[email:a]] exported 412 student records from [[ip4]] at [[time]]
        audit: user [[email:b]] viewed record of [[name:c]] from [[ip4]]
        """,
    ),
    T(
        "log",
        """
        Mar 11 22:41:07 gw01 openvpn[889]: [[lfirst:a]]/[[ip4]]:51820 MULTI: Learn: [[ip4]] -> [[lfirst:a]]
        Mar 11 22:43:15 gw01 openvpn[889]: [[lfirst:b]]/[[ip6]] Connection reset, restarting
        """,
    ),
    # ---- yaml ------------------------------------------------------------------------
    T(
        "yaml",
        """
        oncall:
          primary:
            name: [[name:a]]
            phone: "[[phonei]]"
          secondary:
            name: [[name:b]]
            phone: "[[phonei]]"
        escalation_email: [[email:c]]
        """,
    ),
    T(
        "yaml",
        """
        # property listing draft
        listing:
          address: "[[addr:x]]"
          agent: [[name:a]]
          agent_phone: "[[phone]]"
          rent: 1450
          available_from: [[date]]
        """,
    ),
    T(
        "yaml",
        """
        payroll:
          - employee: [[name:a]]
            iban: [[iban]]
          - employee: [[name:b]]
            iban: [[iban]]
        Is the indentation right for the payroll importer?
        """,
    ),
    T(
        "yaml",
        """
        allowlist:
          - [[ip4]]   # [[first:a]] home office
          - [[ip4]]   # [[first:b]] laptop
          - [[ip6]]   # office v6
        """,
    ),
    T(
        "yaml",
        """
        event:
          title: Alumni dinner
          venue_city: [[city:h]]
          organisers: ["[[name:a]]", "[[name:b]]"]
          rsvp: [[email:a]]
        """,
    ),
    T(
        "yaml",
        """
        test_customer:
          name: "[[name:a]]"
          ssn: "[[ssn]]"
          checking_account_number: "[[acct]]"
          address: "[[addr:x]]"
        """,
    ),
    T(
        "yaml",
        """
        contacts:
          landlord: {name: "[[name:a]]", phone: "[[phone]]"}
          plumber: {name: "[[first:b]]", phone: "[[phone]]"}
          neighbour: {name: "[[first:c]]"}
        """,
    ),
    # ---- toolcall --------------------------------------------------------------------
    T(
        "toolcall",
        """
        {"tool": "send_sms", "arguments": {"to": "[[phone]]", "body": "Hi [[first:a]], your viewing at [[addr:x]] is confirmed for [[time]]."}}
        """,
    ),
    T(
        "toolcall",
        """
        {"name": "create_calendar_event", "arguments": {"title": "Reference call: [[name:a]]", "attendees": ["[[email:b]]", "[[email:c]]"], "start": "[[date]]T15:00"}}
        """,
    ),
    T(
        "toolcall",
        """
        tool_call: lookup_customer(email="[[email:a]]")
        tool_result: {"name": "[[name:a]]", "phone": "[[phone]]", "city": "[[city:h]]", "tier": "gold"}
        assistant: Found [[first:a]]'s account. Shall I update the phone number?
        """,
    ),
    T(
        "toolcall",
        """
        {"function": "transfer_funds", "args": {"from_account": "[[acct]]", "to_iban": "[[iban]]", "beneficiary": "[[name:a]]", "amount": 950}}
        The user typed the account number in the chat — the account_number field is their checking account.
        """,
    ),
    T(
        "toolcall",
        """
        <tool_call>{"name": "book_courier", "parameters": {"pickup": "[[addr:x]]", "dropoff": "[[addr:y]]", "contact_name": "[[name:a]]", "contact_phone": "[[phone]]"}}</tool_call>
        """,
    ),
    T(
        "toolcall",
        """
        Calling `translate(text, target="fr")` with text:
        "Dear [[name:a]], your appointment with Dr. [[last:b]] in [[city:h]] has moved to [[date]]. Call [[phone]] to change it."
        """,
    ),
    T(
        "toolcall",
        """
        {"tool": "ban_user", "input": {"user": "[[lfirst:a]]", "reason": "posting [[first:b]]'s phone number [[phone]]", "duration_days": 7}}
        """,
    ),
    T(
        "toolcall",
        """
        function_call: verify_identity
        arguments: {"full_name": "[[name:a]]", "ssn_last4": null, "ssn": "[[ssn]]", "card": "[[card]]"}
        """,
    ),
    # ---- git_log ---------------------------------------------------------------------
    T(
        "git_log",
        """
        commit [[sha]]
        Author: [[name:a]] <[[email:a]]>
        Date:   [[date]]

            fix(payroll): handle IBANs with lower-case country code

            Reported by [[first:b]].
        """,
    ),
    T(
        "git_log",
        """
        [[sha7]] Merge pull request #[[num]] from [[lfirst:a]]/fix-date-parsing
        [[sha7]] Co-authored-by: [[name:b]] <[[email:b]]>
        [[sha7]] bump version to [[ver]]
        """,
    ),
    T(
        "git_log",
        """
        $ git shortlog -sn --since=2025-01-01
           142  [[name:a]]
            87  [[name:b]]
            31  [[name:c]]
        Who should review the release notes?
        """,
    ),
    T(
        "git_log",
        """
        commit [[sha]]
        Author: [[ascii:a]] <[[email:a]]>

            test: replace real phone [[phone]] in fixtures with a fake one

            Signed-off-by: [[ascii:a]] <[[email:a]]>
        """,
    ),
    T(
        "git_log",
        """
        git blame src/kyc/verify.py -L 40,42
        [[sha7]] ([[name:a]] 2025-02-11 10:42:17 +0100 40)     if not ssn_ok(value):
        [[sha7]] ([[name:b]] 2025-03-02 16:05:51 +0100 41)         raise InvalidSSN(value)
        [[sha7]] ([[name:a]] 2025-02-11 10:42:17 +0100 42)     return True
        """,
    ),
    T(
        "git_log",
        """
        * [[sha7]] (HEAD -> main) docs: add [[first:a]] to CODEOWNERS
        * [[sha7]] ci: pin runner image
        * [[sha7]] feat: shipping label supports [[city:h]] depot codes ([[first:b]])
        """,
    ),
    T(
        "git_log",
        """
        Reviewed-by: [[name:a]] <[[email:a]]>
        Tested-by: [[name:b]]
        Reported-by: [[name:c]] <[[email:c]]>
        Write a one-line changelog entry crediting these people.
        """,
    ),
]
