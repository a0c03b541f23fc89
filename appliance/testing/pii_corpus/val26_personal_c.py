"""val26 personal templates, part C: code, log, git, diff, stacktrace, slack, jira,
bibliography, ics, vcard."""

from __future__ import annotations

from .val26_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- code
    T(
        "pc-code-pytest",
        "code",
        "rail",
        """
        Why does this test fail?

        def test_roster_lookup():
            roster = load_roster("fixtures/depot_⟦num:1-9⟧.csv")
            driver = roster.find(duty=⟦num:100-499⟧)
            assert driver.name == "⟦P1⟧"
            assert driver.phone == "⟦PH⟧"
            # ⟦P2.given⟧ changed the fixture on ⟦date:iso⟧, maybe that's it
    """,
    ),
    T(
        "pc-code-sql",
        "code",
        "housing",
        """
        -- tenants with repairs overdue, asked by ⟦P1⟧
        SELECT t.name, t.phone, r.job_ref
        FROM tenants t JOIN repairs r ON r.tenant_id = t.id
        WHERE r.due < CURRENT_DATE
          AND t.name IN ('⟦P2⟧', '⟦P3⟧', '⟦P4.lf⟧');
        -- result row 1: ⟦P2⟧ | ⟦PH⟧ | ⟦ticket:HSK⟧
    """,
    ),
    T(
        "pc-code-js",
        "code",
        "rideshare",
        """
        // TODO(⟦P1.given⟧): remove the hard-coded test rider before release
        const testRider = {
          name: "⟦P2⟧",
          phone: "⟦PH.e164⟧",
          card: "⟦CC.none⟧",
          home: "⟦ADDR⟧",
        };
        export default testRider;
    """,
    ),
    T(
        "pc-code-go",
        "code",
        "space",
        """
        // Package uplink. Maintainer: ⟦P1⟧ <⟦P1.email⟧>
        var allowed = []string{
            "⟦IP⟧", // ⟦P2.given⟧'s laptop
            "⟦IP⟧", // ground station ⟦CITY⟧
            "⟦V6⟧",
        }
    """,
    ),
    T(
        "pc-code-python-kyc",
        "code",
        "kyc",
        """
        Refactor this, it's ugly:

        customers = [
            ("⟦P1⟧", "⟦SSN⟧", "⟦ACCT⟧"),
            ("⟦P2⟧", "⟦SSN⟧", "⟦ACCT⟧"),
        ]
        for name, ssn, acct in customers:
            print(f"{name}: checking account {acct}, SSN {ssn}")
    """,
    ),
    T(
        "pc-code-regex",
        "code",
        "airline",
        """
        My regex doesn't match the passenger name line. Input:
        1.1⟦P1.caps⟧/⟦P1.gcaps⟧ MS  2.1⟦P2.caps⟧/⟦P2.gcaps⟧ MR
        Pattern: r"(\\d\\.\\d)([A-Z]+)/([A-Z]+) (MR|MS)"
    """,
    ),
    # ---------------------------------------------------------------- log
    T(
        "pc-log-auth",
        "log",
        "carshare",
        """
        ⟦date:iso⟧T⟦time⟧:01Z INFO auth login ok user=⟦P1.pemail⟧ ip=⟦IP⟧
        ⟦date:iso⟧T⟦time⟧:09Z WARN auth failed login user=⟦P2.pemail⟧ ip=⟦IP⟧ attempts=4
        ⟦date:iso⟧T⟦time⟧:12Z INFO unlock vehicle=⟦reg⟧ member="⟦P1⟧"
        What's going on with the second user?
    """,
    ),
    T(
        "pc-log-nginx",
        "log",
        "hotel",
        """
        ⟦IP⟧ - - [12/⟦pick:Mar|Apr|Oct⟧/2024:10:14:02 +0000] "POST /booking HTTP/1.1" 500 312
        ⟦IP⟧ - - [12/⟦pick:Mar|Apr|Oct⟧/2024:10:14:09 +0000] "GET /rooms?guest=⟦P1.family⟧ HTTP/1.1" 200 8812
        ⟦V6⟧ - - [12/⟦pick:Mar|Apr|Oct⟧/2024:10:15:40 +0000] "POST /booking HTTP/1.1" 201 97
    """,
    ),
    T(
        "pc-log-telemetry",
        "log",
        "drones",
        """
        [UAV-⟦num:10-99⟧] ⟦time⟧:33 link up gcs=⟦IP⟧ pilot="⟦P1⟧"
        [UAV-⟦num:10-99⟧] ⟦time⟧:41 geofence warn near ⟦CITY⟧ alt=118m
        [UAV-⟦num:10-99⟧] ⟦time⟧:52 RTH triggered; observer ⟦P2.given⟧ notified via ⟦PH⟧
    """,
    ),
    T(
        "pc-log-sms-gateway",
        "log",
        "hospital",
        """
        sms-gw ⟦date:iso⟧ ⟦time⟧ queued id=⟦uuid⟧ to=⟦PH:GB.e164⟧ tmpl=appt_reminder
        sms-gw ⟦date:iso⟧ ⟦time⟧ queued id=⟦uuid⟧ to=⟦PH:GB.e164⟧ tmpl=appt_reminder
        sms-gw ⟦date:iso⟧ ⟦time⟧ failed id=⟦uuid⟧ to=⟦PH:GB.e164⟧ err=UNDELIVERABLE
        sms-gw ⟦date:iso⟧ ⟦time⟧ from=⟦IP⟧ user=⟦P1.email⟧ action=resend
    """,
    ),
    T(
        "pc-log-payments",
        "log",
        "bank",
        """
        [pay-svc] ⟦time⟧ DEBUG tokenising pan=⟦CC⟧ for customer "⟦P1⟧"
        [pay-svc] ⟦time⟧ ERROR gateway timeout after 30s (order ⟦order⟧)
        [pay-svc] ⟦time⟧ INFO refund to ⟦IBAN⟧ approved by ⟦P2.email⟧
        Is it a problem that the PAN is in the debug log?
    """,
    ),
    T(
        "pc-log-checkout",
        "log",
        "carshare",
        """
        checkout ⟦date:iso⟧ ⟦time⟧ member=⟦P1.pemail⟧ card=⟦CC⟧ result=DECLINED code=05
        checkout ⟦date:iso⟧ ⟦time⟧ member=⟦P1.pemail⟧ card=⟦CC⟧ result=APPROVED auth=⟦num:100000-999999⟧
        checkout ⟦date:iso⟧ ⟦time⟧ member=⟦P2.pemail⟧ card=⟦CC.amex⟧ result=APPROVED
    """,
    ),
    # ---------------------------------------------------------------- git
    T(
        "pc-git-log",
        "git",
        "newsroom",
        """
        commit ⟦hash:40⟧
        Author: ⟦P1⟧ <⟦P1.email⟧>
        Date:   ⟦date:short⟧ ⟦time⟧:12 2024 +0100

            Fix caption truncation for long picture credits

            Co-authored-by: ⟦P2⟧ <⟦P2.email⟧>

        commit ⟦hash:40⟧
        Author: ⟦P3⟧ <⟦P3.pemail⟧>

            Bump image pipeline to ⟦version⟧ (Gaussian blur on thumbnails)
    """,
    ),
    T(
        "pc-git-signoff",
        "git",
        "space",
        """
        Write a better commit message for this:

        fix tle parser

        Signed-off-by: ⟦P1⟧ <⟦P1.email⟧>
        Reviewed-by: ⟦P2.lf⟧ <⟦P2.email⟧>
        Reported-by: @build-bot
    """,
    ),
    T(
        "pc-git-shortlog",
        "git",
        "boardgames",
        """
        $ git shortlog -sne
            ⟦num:40-300⟧  ⟦P1⟧ <⟦P1.pemail⟧>
            ⟦num:10-39⟧  ⟦P2⟧ <⟦P2.email⟧>
             ⟦num:1-9⟧  meeple-bot <⟦EM:bot⟧>
        Who should I ask about the Catan scoring module?
    """,
    ),
    T(
        "pc-git-blame",
        "git",
        "subtitles",
        """
        ^⟦hash:7⟧ (⟦P1⟧ ⟦date:iso⟧ 14) def frame_to_tc(frame, fps=25):
        ⟦hash:7⟧ (⟦P2⟧ ⟦date:iso⟧ 15)     # drop-frame fix, see ticket from ⟦P3.given⟧
        ⟦hash:7⟧ (⟦P2⟧ ⟦date:iso⟧ 16)     return timecode(frame, fps)
    """,
    ),
    # ---------------------------------------------------------------- diff
    T(
        "pc-diff-oncall",
        "diff",
        "rail",
        """
        --- a/oncall.yaml
        +++ b/oncall.yaml
        @@ -3,4 +3,4 @@
         control:
        -  duty_manager: ⟦P1⟧
        -  phone: "⟦PH⟧"
        +  duty_manager: ⟦P2⟧
        +  phone: "⟦PH⟧"
           escalation: ⟦EM:duty-manager⟧
    """,
    ),
    T(
        "pc-diff-fixture",
        "diff",
        "bank",
        """
        Review this diff please:
        diff --git a/tests/fixtures/customer.json b/tests/fixtures/customer.json
        -  "name": "Test User",
        -  "iban": "GB00TEST00000000000000",
        +  "name": "⟦P1⟧",
        +  "iban": "⟦IBAN⟧",
        +  "ssn": "⟦SSN⟧",
    """,
    ),
    T(
        "pc-diff-contacts",
        "diff",
        "marina",
        """
        @@ contacts.md @@
        -Harbourmaster: ⟦P1⟧, VHF 80
        +Harbourmaster: ⟦P2⟧, VHF 80, mobile ⟦PH⟧
         Fuel berth: closed ⟦weekday⟧s
        +Dive school: ⟦P3⟧ (⟦EM:bookings⟧)
    """,
    ),
    # ---------------------------------------------------------------- stacktrace
    T(
        "pc-stack-python",
        "stacktrace",
        "kyc",
        """
        Traceback (most recent call last):
          File "/srv/kyc/onboard.py", line 212, in submit
            validate_iban(record["iban"])
          File "/srv/kyc/checks.py", line 48, in validate_iban
            raise ValueError(f"IBAN {value!r} failed for {customer}")
        ValueError: IBAN '⟦IBAN⟧' failed for ⟦P1⟧ (⟦P1.email⟧)
    """,
    ),
    T(
        "pc-stack-ssn",
        "stacktrace",
        "bank",
        """
        pydantic_core._pydantic_core.ValidationError: 1 validation error for Applicant
        ssn
          String should match pattern '^\\d{3}-\\d{2}-\\d{4}$' [input_value='⟦SSN.none⟧']
        Applicant: ⟦P1⟧, co-applicant ⟦P2⟧ (SSN ⟦SSN⟧)
    """,
    ),
    T(
        "pc-stack-java",
        "stacktrace",
        "airline",
        """
        java.lang.IllegalStateException: duplicate crew member ⟦P1.caps⟧/⟦P1.gcaps⟧ on ⟦flight⟧
            at com.meridian.roster.Pairing.add(Pairing.java:88)
            at com.meridian.roster.Builder.build(Builder.java:140)
        Caused by: contact ⟦PH⟧ already assigned to ⟦P2⟧
    """,
    ),
    T(
        "pc-stack-node",
        "stacktrace",
        "rideshare",
        """
        TypeError: Cannot read properties of undefined (reading 'lat')
            at geocode (/app/src/trip.js:77:19)
            at async quote (/app/src/pricing.js:31:5)
        trip payload: {"rider":"⟦P1⟧","from":"⟦ADDR⟧","to":"⟦CITY⟧","client_ip":"⟦IP⟧"}
    """,
    ),
    # ---------------------------------------------------------------- slack
    T(
        "pc-slack-newsroom",
        "slack",
        "newsroom",
        """
        #picture-desk
        [⟦time⟧] ⟦P1⟧: anyone got a contact for ⟦P2⟧? we're running her photo tomorrow
        [⟦time⟧] ⟦P3⟧: @⟦P1.given⟧ her agent is ⟦P4⟧, ⟦PH⟧
        [⟦time⟧] @picdesk-bot: reminder – credits must read "Name/Agency"
    """,
    ),
    T(
        "pc-slack-ops",
        "slack",
        "ground",
        """
        [⟦time⟧] ⟦P1.gf⟧: stand 14 tug is down again :rage:
        [⟦time⟧] ⟦P2⟧: engineering said 20 min. ⟦P3.given⟧ is bringing the spare from stand 30
        [⟦time⟧] ⟦P1.gf⟧: ok, tell ⟦flight⟧ crew. @⟦P4.given⟧ can you call dispatch on ⟦PH⟧?
    """,
    ),
    T(
        "pc-slack-export",
        "slack",
        "university",
        """
        {"type": "message", "user": "U0⟦num:1000000-9999999⟧", "user_name": "⟦P1⟧",
         "text": "<@U0⟦num:1000000-9999999⟧> ⟦P2.given⟧, can you add ⟦P3⟧ to the ethics form? her email is ⟦P3.email⟧",
         "ts": "1712⟦num:100000-999999⟧.000200"}
    """,
    ),
    T(
        "pc-slack-brewery",
        "slack",
        "brewery",
        """
        #brewhouse
        ⟦P1.given⟧  ⟦time⟧
        Brother Anselm Tripel is in FV3, gravity 1.012. ⟦P2.given⟧ can you dry hop Lazy Lou
        tomorrow?
        ⟦P2.given⟧  ⟦time⟧
        yep. also the rep from ⟦CITY⟧, ⟦P3⟧, wants a call – ⟦PH⟧
    """,
    ),
    T(
        "pc-slack-hsk",
        "slack",
        "hotel",
        """
        [⟦time⟧] housekeeping-bot: Room ⟦num:101-940⟧ marked DND for 48h
        [⟦time⟧] ⟦P1⟧: guest is ⟦P2⟧, I'll knock at 2. @⟦P3.given⟧ can you cover floor 6?
        [⟦time⟧] ⟦P3⟧: 👍
    """,
    ),
    # ---------------------------------------------------------------- jira
    T(
        "pc-jira-comment",
        "jira",
        "space",
        """
        ⟦ticket:OPS⟧ Telemetry gaps during pass
        ⟦P1⟧ added a comment – ⟦date:short⟧ ⟦time⟧
        Checked the antenna controller at ⟦IP⟧. Same issue as last month. [~⟦P2.flower⟧] can
        you ask ⟦P3⟧ at the ⟦CITY⟧ site to power-cycle it?
    """,
    ),
    T(
        "pc-jira-bug",
        "jira",
        "bank",
        """
        Summary: Statement PDF shows full account number
        Reporter: ⟦P1⟧
        Assignee: ⟦P2⟧
        Steps: log in as test customer ⟦P3⟧, open statement – the account number ⟦ACCT⟧ is
        printed in full instead of the last 4 digits. Card ⟦CC⟧ is masked correctly.
    """,
    ),
    T(
        "pc-jira-subs",
        "jira",
        "subtitles",
        """
        SUB-⟦num:100-999⟧: Dubbing script names inconsistent
        Comment by ⟦P1⟧: In ep. 2 the actor list says "⟦P2.lf⟧" but the credits say
        "⟦P2⟧". Also ⟦P3.given⟧ (voice of Moomintroll) asked to be credited as ⟦P3⟧.
    """,
    ),
    T(
        "pc-jira-rail",
        "jira",
        "rail",
        """
        RAIL-⟦num:100-999⟧ – Door fault unit ⟦num:150001-159999⟧
        ⟦P1⟧ commented: Driver ⟦P2⟧ reported it at ⟦CITY⟧. Depot phone ⟦PH:GB⟧.
        ⟦P3⟧ commented: parts ordered, PN ⟦part⟧.
    """,
    ),
    # ---------------------------------------------------------------- bibliography
    T(
        "pc-bib-grant",
        "bibliography",
        "university",
        """
        Format these references in APA:
        ⟦P1.bib⟧, ⟦P2.bib⟧ and ⟦P3.bib⟧ (2019) Kalman filtering of glacier radar returns.
        Journal of Glaciology, 65(251), pp. 311–322. doi:⟦doi⟧
        ⟦P4.bib⟧ (2021) Markov chain models of calving. PhD thesis, ⟦CITY⟧.
    """,
    ),
    T(
        "pc-bib-medical",
        "bibliography",
        "hospital",
        """
        1. ⟦P1.bib⟧, ⟦P2.bib⟧. Early mobilisation after hip fracture. BMJ. 2020;368:m⟦num:100-999⟧.
        2. ⟦P3.bib⟧, ⟦P4.bib⟧, ⟦P5.bib⟧. Parkinson's disease and falls. Lancet Neurol. 2018.
        Are these in Vancouver style?
    """,
    ),
    T(
        "pc-bib-news",
        "bibliography",
        "newsroom",
        """
        Sources for the feature:
        - ⟦P1.lf⟧ (⟦num:2015-2024⟧). "Fishing quotas and the coast", The Courier, ⟦date:long⟧.
        - ⟦P2.bib⟧ (2022) Coastal Communities. ⟦CITY⟧: Harbour Press. ISBN ⟦isbn⟧.
        - Interview with ⟦P3⟧, harbourmaster, ⟦date:long⟧.
    """,
    ),
    T(
        "pc-bib-bibtex",
        "bibliography",
        "space",
        """
        @article{orbit2023lowcost,
          author  = {⟦P1.lf⟧ and ⟦P2.lf⟧},
          title   = {Low-cost orbit determination with a Kalman filter},
          journal = {Acta Astronautica},
          year    = {2023},
          doi     = {⟦doi⟧}
        }
    """,
    ),
    # ---------------------------------------------------------------- ics
    T(
        "pc-ics-hearing",
        "ics",
        "tribunal",
        """
        BEGIN:VEVENT
        UID:⟦uuid⟧
        DTSTART:⟦date:iso⟧T100000Z
        SUMMARY:Preliminary hearing – ⟦P1⟧ v Skyhaul Ground Ltd
        LOCATION:⟦ADDR:GB⟧
        ORGANIZER;CN=⟦P2⟧:mailto:⟦EM:listings⟧
        ATTENDEE;CN=⟦P3⟧:mailto:⟦P3.pemail⟧
        END:VEVENT
    """,
    ),
    T(
        "pc-ics-class",
        "ics",
        "diving",
        """
        BEGIN:VEVENT
        SUMMARY:Open Water pool session (instructor ⟦P1.given⟧)
        DTSTART:⟦date:iso⟧T180000
        LOCATION:⟦ADDR⟧
        DESCRIPTION:Students: ⟦P2⟧\\, ⟦P3⟧\\, ⟦W1.full⟧. Call ⟦PH⟧ if delayed.
        END:VEVENT
    """,
    ),
    T(
        "pc-ics-visit",
        "ics",
        "socialwork",
        """
        BEGIN:VEVENT
        SUMMARY:Home visit – ⟦P1.capslf⟧
        DTSTART;TZID=Europe/London:⟦date:iso⟧T143000
        LOCATION:⟦ADDR:GB⟧
        ATTENDEE;CN=⟦P2⟧:mailto:⟦P2.email⟧
        END:VEVENT
    """,
    ),
    # ---------------------------------------------------------------- vcard
    T(
        "pc-vcard-contact",
        "vcard",
        "removals",
        """
        BEGIN:VCARD
        VERSION:3.0
        FN:⟦P1⟧
        ORG:MoveRight Removals
        TEL;TYPE=CELL:⟦PH.intl⟧
        EMAIL:⟦P1.email⟧
        END:VCARD
    """,
    ),
    T(
        "pc-vcard-guest",
        "vcard",
        "hotel",
        """
        Import this into the CRM:
        BEGIN:VCARD
        VERSION:4.0
        N:⟦P1.family⟧;⟦P1.given⟧;;;
        FN:⟦P1⟧
        TEL;TYPE=home:⟦PH⟧
        ADR;TYPE=home:;;⟦ADDR⟧
        NOTE:VIP, prefers Seacole suite
        END:VCARD
    """,
    ),
    T(
        "pc-vcard-pilot",
        "vcard",
        "drones",
        """
        BEGIN:VCARD
        FN:⟦P1⟧
        TITLE:Chief Remote Pilot
        TEL:⟦PH⟧
        EMAIL;TYPE=work:⟦P1.email⟧
        EMAIL;TYPE=home:⟦P1.pemail⟧
        END:VCARD
        BEGIN:VCARD
        FN:⟦P2⟧
        TEL:⟦PH⟧
        END:VCARD
    """,
    ),
]
