"""Personal templates of the val35 part, third file: XML, YAML, code, logs, git logs, diffs,
stack traces and Slack exports."""

from __future__ import annotations

from appliance.testing.pii_corpus.val35_gen import T

PERSONAL_C = [
    # ------------------------------------------------------------------------------ xml
    T(
        "p-xml-01",
        "xml",
        "proc",
        """
        Map this to our ERP fields:
        <Supplier id="{N}{QTY}">
          <Name>Marks &amp; Spencer Food Hall concession – Whitlock Ltd</Name>
          <Contact>{P1}</Contact>
          <Phone>{PHONE1}</Phone>
          <Email>{P1.work}</Email>
          <IBAN>{IBAN1}</IBAN>
        </Supplier>
        """,
    ),
    T(
        "p-xml-02",
        "xml",
        "coach",
        """
        <manifest trip="{REF}" coach="Queen Mab">
          <driver>{P1}</driver>
          <passenger seat="{SEAT}">{P2}</passenger>
          <passenger seat="{SEAT2}">{P3}</passenger>
          <emergencyContact>{PHONE1}</emergencyContact>
        </manifest>
        Count the passengers and list any missing emergency contacts.
        """,
    ),
    T(
        "p-xml-03",
        "xml",
        "museum",
        """
        <loan ref="{REF}">
          <lender>{P1}</lender>
          <lenderAddress>{ADDR1}</lenderAddress>
          <object>Portrait miniature, enamel on copper</object>
          <insuranceValue currency="GBP">{AMT}</insuranceValue>
          <registrar>{P2.init}</registrar>
        </loan>
        Write the loan receipt text.
        """,
    ),
    T(
        "p-xml-04",
        "xml",
        "hospital",
        """
        <ClinicalDocument>
          <patient><name><given>{P1.first}</given><family>{P1.last}</family></name>
          <id root="2.16.840.1.113883.4.1" extension="{SSN1}"/></patient>
          <author>Dr {P2}</author>
          <custodian>Johns Hopkins Hospital</custodian>
        </ClinicalDocument>
        Which element holds the social security number?
        """,
    ),
    T(
        "p-xml-05",
        "xml",
        "energy",
        """
        <Nomination site="Lady Margaret WF" date="{DATE}">
          <Trader>{P1}</Trader>
          <Desk phone="{PHONE1}"/>
          <Volume unit="MW">{QTY}0</Volume>
          <Gateway ip="{IP1}" port="{PORT}"/>
        </Nomination>
        Validate the nomination and explain any error.
        """,
    ),
    # ----------------------------------------------------------------------------- yaml
    T(
        "p-yaml-01",
        "yaml",
        "release",
        """
        # release.yaml for {CODENAME} {VER}
        release_manager:
          name: {P1}
          email: {P1.work}
        reviewers:
          - {P2}
          - {P3.init}
        targets:
          - host: {IP1}
          - host: {IP2.v6}
        Is this YAML valid? Fix indentation if needed.
        """,
    ),
    T(
        "p-yaml-02",
        "yaml",
        "hotel",
        """
        event: "Wedding, {DATE}"
        venue: The Savoy, River Room
        couple: ["{P1}", "{P2}"]
        planner:
          name: {P3}
          phone: "{PHONE3}"
        deposit_card: "{CARD1}"
        Summarise the event booking in two sentences.
        """,
    ),
    T(
        "p-yaml-03",
        "yaml",
        "hire",
        """
        depot: {CITY1}
        manager: {P1}
        out_of_hours:
          - name: {P2}
            mobile: "{PHONE2}"
          - name: {P3}
            mobile: "{PHONE3}"
        fleet: [JCB 3CX, Hilti TE 70, Henry hoover x12]
        Write an out-of-hours poster from this.
        """,
    ),
    T(
        "p-yaml-04",
        "yaml",
        "awards",
        """
        ceremony:
          date: {DATE}
          city: {CITY1}
          host: {P1}
        presenters:
          best_newcomer: {P2}
          lifetime: {P3}
        press_contact: {ROLE1}
        Draft a running order from this.
        """,
    ),
    # ----------------------------------------------------------------------------- code
    T(
        "p-code-01",
        "code",
        "release",
        """
        Why does this test fail?

        def test_notify_release_manager():
            rm = User(name="{P1}", email="{P1.work}", phone="{PHONE1}")
            msg = build_release_mail("{CODENAME}", "{VER}", rm)
            assert "Dear {P1.first}" in msg.body
            assert msg.to == ["{P1.work}"]
        """,
    ),
    T(
        "p-code-02",
        "code",
        "proc",
        """
        -- fix this query, it returns duplicates
        SELECT s.name, b.iban, b.account_number
        FROM suppliers s JOIN bank_details b ON b.supplier_id = s.id
        WHERE s.contact_name = '{P1}'
           OR b.iban = '{IBAN1}'
           OR b.account_number = '{ACCT1}';
        """,
    ),
    T(
        "p-code-03",
        "code",
        "leisure",
        """
        // booking.js – why is the phone undefined?
        const booking = {
          lead: "{P1}",
          phone: "{PHONE1}",
          room: "The Agatha Suite",
          guests: ["{P2.first}", "{P3.first}", "{W4.first}"],
        };
        sendConfirmation(booking.lead, booking.phone);
        """,
    ),
    T(
        "p-code-04",
        "code",
        "hospital",
        """
        // Go: mask the SSN before logging
        p := Patient{Name: "{P1}", SSN: "{SSN1}", Phone: "{PHONE1}"}
        log.Printf("admitted %s (%s) at %s", p.Name, p.SSN, "{IP1}")
        Rewrite the log line so no identifiers leak.
        """,
    ),
    T(
        "p-code-05",
        "code",
        "photo",
        """
        # seed data for the lab's order system – is this safe to commit?
        customers = [
            ("{P1}", "{P1.email}", "{PHONE1}"),
            ("{P2}", "{P2.email}", "{PHONE2}"),
        ]
        cards = {"{P1.handle}": "{CARD1}"}
        """,
    ),
    T(
        "p-code-06",
        "code",
        "uni",
        """
        -- alumni donations report
        INSERT INTO donors (full_name, city, email, pledge)
        VALUES ('{P1}', '{CITY1}', '{P1.email}', {N}000),
               ('{P2}', '{CITY2}', '{P2.email}', {QTY}00);
        Explain what this does and whether names should be normalised.
        """,
    ),
    # ------------------------------------------------------------------------------ log
    T(
        "p-log-01",
        "log",
        "release",
        """
        {TS} INFO  deploy[{PID}]: starting rollout of {CODENAME} {VER} by {P1.handle}
        {TS} WARN  deploy[{PID}]: host {IP1} health check timeout ({MS} ms)
        {TS} INFO  auth: session opened for {P1} from {IP2}
        {TS} ERROR deploy[{PID}]: rollback triggered; notifying {P1.work}
        What went wrong in this deploy?
        """,
    ),
    T(
        "p-log-02",
        "log",
        "hotel",
        """
        [{TS}] pms.payment DEBUG charge guest="{P1}" card={CARD1} amount={PRICE}
        [{TS}] pms.payment ERROR gateway timeout from {IP1}:{PORT}
        [{TS}] pms.notify INFO sms sent to {PHONE1}
        Is it a problem that the card number is in the debug log?
        """,
    ),
    T(
        "p-log-03",
        "log",
        "leisure",
        """
        {ISODATE} {TIME}:04 kiosk-3 login ok user={P1.handle} ip={IP1}
        {ISODATE} {TIME2}:31 kiosk-3 booking lane={N} name="{P1}" phone={PHONE1}
        {ISODATE} {TIME3}:12 kiosk-3 payment declined card=****{QTY}{N}
        {ISODATE} {TIME4}:50 kiosk-3 logout user={P1.handle}
        Summarise this session.
        """,
    ),
    T(
        "p-log-04",
        "log",
        "energy",
        """
        {TS} scheduler: nomination accepted site="Brigid Array" trader="{P1}"
        {TS} gateway: connection from {IP1.v6} refused
        {TS} gateway: connection from {IP2} accepted (user {P2.handle})
        {TS} settlements: payment queued to {IBAN1}
        Which lines are security-relevant?
        """,
    ),
    T(
        "p-log-05",
        "log",
        "library",
        """
        {TS} selfcheck: loan "The Gruffalo" patron="{P1.lf}" branch={CITY1}
        {TS} selfcheck: loan "Paddington Bear" patron="{P1.lf}"
        {TS} notify: email queued to {P1.email}
        {TS} notify: sms queued to {PHONE1}
        Why was the patron notified twice?
        """,
    ),
    # ------------------------------------------------------------------------------ git
    T(
        "p-git-01",
        "git",
        "release",
        """
        Write release notes from this log:

        commit {HASH}
        Author: {P1} <{P1.work}>
        Date:   {DATE}

            Bump {CODENAME} to {VER}

            Co-authored-by: {P2} <{P2.email}>

        commit {HASH2}
        Author: {P3} <{P3.work}>
        Date:   {DATE2}

            Fix Dijkstra's algorithm edge case in route planner

            Signed-off-by: {P3} <{P3.work}>
        """,
    ),
    T(
        "p-git-02",
        "git",
        "museum",
        """
        {SHA} ({P1}, {DATE}) Add Hermitage loan objects to catalogue
        {SHA2} ({P2}, {DATE2}) Fix Guggenheim image credits
        {SHA3} (build-bot, {DATE3}) Regenerate thumbnails
        {SHA4} ({P1}, {DATE4}) Merge branch 'getty-import'
        Group these commits by author.
        """,
    ),
    T(
        "p-git-03",
        "git",
        "photo",
        """
        commit {HASH}
        Author: {P1} <{P1.email}>
        Date:   {DATE}

            Add Zeiss and Hasselblad lens profiles

            Reviewed-by: {P2} <{P2.work}>
            Reported-by: {P3}
        Squash message suggestion?
        """,
    ),
    T(
        "p-git-04",
        "git",
        "food",
        """
        $ git shortlog -sne
            {N}  {P1} <{P1.work}>
            {QTY}  {P2} <{P2.email}>
             3  recipe-bot <bot@{DOMAIN}>
        Who contributed most to the Kellogg's allergen matrix repo?
        """,
    ),
    # ----------------------------------------------------------------------------- diff
    T(
        "p-diff-01",
        "diff",
        "proc",
        """
        Review this diff:
        --- a/config/suppliers.yml
        +++ b/config/suppliers.yml
        @@ -12,4 +12,4 @@
         - name: Ernst & Young LLP
        -  contact: {P1}
        -  iban: {IBAN1}
        +  contact: {P2}
        +  iban: {IBAN2}
        """,
    ),
    T(
        "p-diff-02",
        "diff",
        "release",
        """
        diff --git a/OWNERS b/OWNERS
        @@ -1,3 +1,4 @@
         # turing cluster owners
         {P1} <{P1.work}>
        -{P2} <{P2.work}>
        +{P3} <{P3.work}>
        +{P4} <{P4.email}>
        Summarise the ownership change.
        """,
    ),
    T(
        "p-diff-03",
        "diff",
        "hospital",
        """
        @@ fixtures/patients.json @@
        -  {"name": "Test Patient", "ssn": "000-00-0000"},
        +  {"name": "{P1}", "ssn": "{SSN1}", "phone": "{PHONE1}"},
        Should this change be merged? Explain.
        """,
    ),
    T(
        "p-diff-04",
        "diff",
        "hotel",
        """
        --- a/templates/welcome.txt
        +++ b/templates/welcome.txt
        -Dear guest, welcome to the Ritz.
        +Dear {P1.first}, welcome to the Ritz. Your concierge, {P2}, is on {PHONE2}.
        Is hard-coding this OK?
        """,
    ),
    # ----------------------------------------------------------------------- stacktrace
    T(
        "p-stacktrace-01",
        "stacktrace",
        "proc",
        """
        Traceback (most recent call last):
          File "ap/payments.py", line 88, in submit
            bank.transfer(iban="{IBAN1}", amount=Decimal("{AMTP}"), payee="{P1}")
          File "ap/bank.py", line 41, in transfer
            raise InvalidBIC(bic)
        ap.bank.InvalidBIC: {BIC} not valid for {IBAN1}
        What's the fix?
        """,
    ),
    T(
        "p-stacktrace-02",
        "stacktrace",
        "leisure",
        """
        TypeError: Cannot read properties of undefined (reading 'phone')
            at formatBooking (booking.js:{N}2:17)
            at Array.map (<anonymous>)
            at render (rooms.js:{QTY}:5)
        Payload: {"lead":"{P1}","email":"{P1.email}","room":"Captain's Cabin"}
        Help me debug.
        """,
    ),
    T(
        "p-stacktrace-03",
        "stacktrace",
        "hospital",
        """
        java.lang.IllegalStateException: duplicate MRN for patient {P1.lf} (SSN {SSN1})
            at org.riverside.pas.Registry.admit(Registry.java:214)
            at org.riverside.pas.AdmitService.handle(AdmitService.java:57)
        Caused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '{REF}'
        Explain the root cause.
        """,
    ),
    T(
        "p-stacktrace-04",
        "stacktrace",
        "release",
        """
        panic: runtime error: invalid memory address or nil pointer dereference
        goroutine {N} [running]:
        main.(*Notifier).Send(0x0, {{"{P1}" "{P1.work}"}})
                /src/notify/notify.go:{QTY}
        Last request from {IP1}. Why is the receiver nil?
        """,
    ),
    # ---------------------------------------------------------------------------- slack
    T(
        "p-slack-01",
        "slack",
        "release",
        """
        Summarise this thread:
        [{TIME}] {P1}: @here Bookworm {VER} is tagged, who's on release duty?
        [{TIME2}] {P2}: me. @{P3.handle} can you approve the Hopper cluster change?
        [{TIME3}] {P3}: done, but canary {IP1} is still flapping
        [{TIME4}] {P1.first}: ok, hold the rollout, I'll ring {P4.first}
        """,
    ),
    T(
        "p-slack-02",
        "slack",
        "food",
        """
        #buying-team export
        {P1}  {TIME}
        Cadbury rep cancelled again. Anyone have {P2.first}'s mobile?
        {P2}  {TIME2}
        it's {PHONE2} but try {P3.first} first, {P3.he} owns the Dr Oetker account
        {P1}  {TIME3}
        thanks! :pray:
        What are the action items?
        """,
    ),
    T(
        "p-slack-03",
        "slack",
        "guitar",
        """
        {P1.first} [{TIME}]: customer just bought the Lucille replica on card ending {QTY}{N}
        {P2.first} [{TIME2}]: nice. did they leave a number for the setup?
        {P1.first} [{TIME3}]: {PHONE3}, name's {P3}
        {P2.first} [{TIME4}]: ok booking {P3.first} in for {DAY}
        Make a CRM note from this.
        """,
    ),
    T(
        "p-slack-04",
        "slack",
        "pets",
        """
        {"ts": "{TS}", "user": "{P1.handle}", "user_name": "{P1}", "text": "Crufts entries
        close {DAY}. {P2.first} still owes the fee for Oakwynd Sir Lancelot"},
        {"ts": "{TS}", "user": "{P2.handle}", "user_name": "{P2}", "text": "paid, ref {REF}"}
        Parse these Slack messages and tell me who still owes money.
        """,
    ),
    T(
        "p-slack-05",
        "slack",
        "charity",
        """
        #shop-managers
        {P1} {TIME}: anyone free to cover {CITY1} on {DAY}? {P2.first} is off sick
        {P3} {TIME2}: I can do the morning
        {P1} {TIME3}: star, thank you {P3.first}!
        Write the rota update.
        """,
    ),
]
