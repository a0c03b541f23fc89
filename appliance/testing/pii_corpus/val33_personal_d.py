"""val33 personal templates, part D: log, git, diff, stacktrace, slack, jira, bibliography,
ics, vcard."""

from __future__ import annotations

from appliance.testing.pii_corpus.val33_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------------------ log
    T(
        "p-log-01",
        "log",
        "airline",
        """
    2025-03-11T08:14:02Z INFO  loyalty-api login ok user=<<P1.email>> ip=<<IP1>>
    2025-03-11T08:14:09Z WARN  loyalty-api miles claim rejected member="<<P1>>" flight=<<#flight>>
    2025-03-11T08:15:40Z INFO  loyalty-api login ok user=<<P2.email>> ip=<<IX1>>
    """,
    ),
    T(
        "p-log-02",
        "log",
        "courier",
        """
    [<<#isodate>> 14:02:11] dispatch: job <<#track>> assigned to driver "<<P1>>" (<<PH1>>)
    [<<#isodate>> 14:02:12] dispatch: sms sent to recipient <<PH2>>
    [<<#isodate>> 14:09:55] gps: driver <<P1.init>> arrived at "<<L1.addr>>"
    [<<#date>> 14:10:30] pod: signed by "<<P2.upper>>"
    """,
    ),
    T(
        "p-log-03",
        "log",
        "labequip",
        """
    Mar 12 09:41:07 lims-02 sshd[<<#qty>>]: Accepted publickey for svc-geiger from <<IP1>> ~
    port <<#port>>
    Mar 12 09:41:09 lims-02 lims[<<#n>>]: user "<<P1.ascii>>" opened calibration record <<#ref>>
    Mar 12 09:43:51 lims-02 lims[<<#n>>]: export mailed to <<P2.email>>
    """,
    ),
    T(
        "p-log-04",
        "log",
        "themepark",
        """
    ride=GruffaloRiver event=photo_purchase guest="<<P1>>" email=<<P1.email>> amount=<<#price>>
    ride=GruffaloRiver event=payment_debug card=<<CC1.plain>> status=approved
    ride=CaptainBarnacle event=fastpass_scan guest="<<P2>>" ip=<<IP1>>
    ride=CaptainBarnacle event=fastpass_scan guest="<<P3>>" ip=<<IP2>>
    """,
    ),
    T(
        "p-log-05",
        "log",
        "pharmacy",
        """
    Explain these audit lines:
    12:01:44 RX-DISPENSE patient="<<P1.lf>>" item="Ozempic 1mg" by=<<P2.init>>
    12:03:10 RX-OVERRIDE patient="<<P1.lf>>" reason="dose change, Dr <<P3.last>>"
    12:03:59 NOTIFY sms=<<PH1>> status=delivered
    """,
    ),
    # ------------------------------------------------------------------------------ git
    T(
        "p-git-01",
        "git",
        "labequip",
        """
    commit <<#longhash>>
    Author: <<P1>> <<<P1.email>>>
    Date:   Tue Mar 4 10:12:55 2025 +0100

        Fix Kalman filter drift in Geiger counter smoothing

        Co-authored-by: <<P2>> <<<P2.email>>>
        Signed-off-by: <<P1>> <<<P1.email>>>
    """,
    ),
    T(
        "p-git-02",
        "git",
        "airline",
        """
    Write release notes from this log:
    <<#hash>> (HEAD -> main) Add IATA baggage tag parser [<<P1>>]
    <<#hash2>> Handle "Amelia Earhart" tail name in fleet sync [<<P2>>]
    <<#hash3>> Bump fleet-api to <<#ver>> [<<P1>>]
    <<#hash4>> Merge pull request #<<#qty>> from <<P3.handle>>/fix-seat-map
    """,
    ),
    T(
        "p-git-03",
        "git",
        "themepark",
        """
    commit <<#longhash>>
    Merge: <<#hash>> <<#hash2>>
    Author: <<P1>> <<<P1.email>>>

        Rename ride "Barnacle Bay" to "Captain Barnacle's Runaway Mine Train"

        Reviewed-by: <<P2>> <<<P2.email>>>
    """,
    ),
    T(
        "p-git-04",
        "git",
        "astronomy",
        """
    $ git shortlog -sne
        42  <<P1>> <<<P1.email>>>
        17  <<P2>> <<<P2.email>>>
         3  <<P3>> <<<P3.email>>>
         1  dependabot[bot]
    """,
    ),
    # ------------------------------------------------------------------------------ diff
    T(
        "p-diff-01",
        "diff",
        "housing",
        """
    --- a/fixtures/tenants.yml
    +++ b/fixtures/tenants.yml
    @@ -4,7 +4,7 @@
     - room: <<#room>>
    -  tenant: <<P1>>
    -  phone: "<<PH1>>"
    +  tenant: <<P2>>
    +  phone: "<<PH2>>"
       deposit: 450
    """,
    ),
    T(
        "p-diff-02",
        "diff",
        "charity",
        """
    Review this change:
    diff --git a/config/payouts.json b/config/payouts.json
    @@ -1,4 +1,4 @@
     {
    -  "beneficiary": "<<P1>>", "iban": "<<IB1>>",
    +  "beneficiary": "<<P2>>", "iban": "<<IB2>>",
       "scheme": "Gates Foundation match"
     }
    """,
    ),
    T(
        "p-diff-03",
        "diff",
        "marine_ins",
        """
    @@ -12,6 +12,8 @@ class ClaimFixture:
         vessel = "Northern Tern"
    -    master = "<<P1>>"
    +    master = "<<P2>>"
    +    master_email = "<<P2.email>>"
    +    payout_account = "<<AC1>>"  # account number from the claim form
    """,
    ),
    T(
        "p-diff-04",
        "diff",
        "assistant",
        """
    - greeting = "Hi, I'm Siri. How can I help?"
    + greeting = "Hi <<P1.first>>, I'm Siri. How can I help?"
    - default_contact = None
    + default_contact = {"name": "<<P2>>", "phone": "<<PH2>>"}
    """,
    ),
    # ------------------------------------------------------------------------------ stacktrace
    T(
        "p-stack-01",
        "stacktrace",
        "airline",
        """
    Traceback (most recent call last):
      File "loyalty/merge.py", line 88, in merge_accounts
        primary = members[email]
    KeyError: '<<P1.email>>'
    During handling of the above exception, while merging "<<P1>>" into "<<P2>>":
    ValueError: phone <<PH1>> already linked to member <<#ref>>
    """,
    ),
    T(
        "p-stack-02",
        "stacktrace",
        "cosmetics",
        """
    java.lang.IllegalStateException: payment declined for card <<CC1>>
        at com.shop.checkout.PaymentService.charge(PaymentService.java:212)
        at com.shop.checkout.OrderController.place(OrderController.java:87)
    Caused by: GatewayException: AVS mismatch for "<<L1.addr>>" (customer <<P1>>)
    """,
    ),
    T(
        "p-stack-03",
        "stacktrace",
        "labequip",
        """
    Error: ECONNREFUSED <<IP1>>:<<#port>>
        at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)
    Instrument owner: <<P1>> <<<P1.email>>>
    Last successful sync from <<IX1>> at 02:14
    """,
    ),
    T(
        "p-stack-04",
        "stacktrace",
        "probate",
        """
    panic: invalid SSN format "<<SSN1>>" for estate of <<P1>>

    goroutine 1 [running]:
    main.validateEstate(...)
        /srv/estates/validate.go:41 +0x1f4
    main.main()
        /srv/estates/main.go:19 +0x65
    """,
    ),
    # ------------------------------------------------------------------------------ slack
    T(
        "p-slack-01",
        "slack",
        "themepark",
        """
    #ops-rides  <<#date>>
    [09:02] <<P1>>: Gruffalo River Ride down for inspection till 11
    [09:04] <<P2>>: ok. guest <<P3>> is asking about a refund, they're at guest services
    [09:05] @ride-bot: Captain Barnacle's Runaway Mine Train queue time 45 min
    [09:07] <<P1>>: @<<P2.handle>> can you call them on <<PH3>>?
    """,
    ),
    T(
        "p-slack-02",
        "slack",
        "architecture",
        """
    <<P1>>  10:14 AM
    has anyone got the Guggenheim reference pack? client <<P2>> wants "more spiral"
    <<P3>>  10:16 AM
    it's on the drive. also <<P2.first>> emailed from a new address: <<P2.email>>
    <<P1>>  10:17 AM
    thanks, adding it to the CRM
    """,
    ),
    T(
        "p-slack-03",
        "slack",
        "courier",
        """
    [dispatch] <<P1.first>>: van 7 broke down near <<L1.city>>, <<P2.first>> is taking the ~
    Ford Transit instead
    [dispatch] <<P2.first>>: on it. customer at <<L2.addr>> wants a call first: <<PH1>>
    [dispatch] route-bot: 14 stops reassigned
    """,
    ),
    T(
        "p-slack-04",
        "slack",
        "aquarium",
        """
    <<P1>> [8:51 AM]
    seal pup Biscuit gained 300g overnight 🎉
    <<P2>> [8:53 AM]
    amazing. the finder (<<P3>>) asked for updates, the email is <<P3.email>>
    <<P1>> [8:55 AM]
    I'll send photos. cc @vet-rota
    """,
    ),
    T(
        "p-slack-05",
        "slack",
        "seedbank",
        """
    #germination-lab
    <<P1.first>>: who moved the davidii trays?
    <<W2.first>>: me, sorry, they needed the cold frame. <<P3>> from the <<L1.city>> garden ~
    is visiting Thursday to collect Banksia seed
    <<P1.first>>: ok, tell <<P3.first>> to bring the permit
    """,
    ),
    # ------------------------------------------------------------------------------ jira
    T(
        "p-jira-01",
        "jira",
        "airline",
        """
    LOY-<<#qty>>: Duplicate loyalty accounts after merge
    Reporter: <<W1>>   Assignee: <<P2>>
    Description: Member <<P3>> (<<P3.email>>) has two accounts. Phone on both: <<PH3>>.
    Comment (<<P2.first>>): merged, the older one kept tier status.
    """,
    ),
    T(
        "p-jira-02",
        "jira",
        "labequip",
        """
    [LAB-<<#qty>>] Geiger counter calibration certificates missing
    Comment by <<P1>>:
    Dr <<P2.last>> at <<L1.city>> says the certificate for <<#part>> never arrived. ~
    Mailed it again to <<P2.email>>.
    Comment by <<P3>>:
    Thanks <<P1.first>>, closing.
    """,
    ),
    T(
        "p-jira-03",
        "jira",
        "housing",
        """
    HOUSING-<<#qty>> Rent payments bouncing
    Priority: Major
    Tenant <<P1>> says the direct debit from account number <<AC1>> fails every month.
    Finance (<<P2.init>>): bank says the account is closed; new account is <<AC2>>.
    """,
    ),
    T(
        "p-jira-04",
        "jira",
        "sports",
        """
    SPORTS-<<#qty>> Trophy engraving typo
    <<P1>> commented:
    The Ryder Cup plaque says "<<P2.upper>>" but it should be <<P3>>. Engraver is in ~
    <<L1.city>>, phone <<PH1>>.
    """,
    ),
    T(
        "p-jira-05",
        "jira",
        "assistant",
        """
    ASSIST-<<#qty>> Gemini integration: contact lookup returns wrong person
    Steps: ask "call <<P1.first>>" -> dials <<P2>> (<<PH2>>) instead of <<P1>> (<<PH1>>)
    Reporter: <<P3>>
    """,
    ),
    # ------------------------------------------------------------------------------ bibliography
    T(
        "p-bib-01",
        "bibliography",
        "astronomy",
        """
    Format these references in APA:
    <<P1.bib>>, & <<P2.bib>> (2019). Photometry of comet Hale-Bopp revisited. ~
    Icarus, 321, 88-97.
    <<P3.bib>> (2021). Naming craters after people: a history of the IAU rules. ~
    Journal of the British Astronomical Association, 131(4).
    """,
    ),
    T(
        "p-bib-02",
        "bibliography",
        "seedbank",
        """
    References
    <<P1.bib>>, <<P2.bib>> and <<P3.bib>> (2018) Seed longevity in Banksia. Seed Science ~
    Research 28: 101-114. doi:<<#doi>>
    <<P4.lf>> (2020) Buddleja davidii as an invasive species. Plant Ecology 75.
    """,
    ),
    T(
        "p-bib-03",
        "bibliography",
        "labequip",
        """
    [1] <<P1.bib>>, "Drift in Geiger-Müller tubes," Rev. Sci. Instrum., <<#year>>.
    [2] <<P2.bib>> and <<P3.bib>>, "The Erlenmeyer flask at 150," J. Chem. Educ., 2011.
    [3] <<P4>>, personal communication, <<#date>>.
    """,
    ),
    T(
        "p-bib-04",
        "bibliography",
        "aquarium",
        """
    <<P1.bib>>, <<P2.bib>>, & <<P3.bib>> (2022). Rehabilitation outcomes of stranded ~
    grey seal pups. Marine Mammal Science, 38(2). https://doi.org/<<#doi>>
    """,
    ),
    # ------------------------------------------------------------------------------ ics
    T(
        "p-ics-01",
        "ics",
        "langschool",
        """
    BEGIN:VCALENDAR
    BEGIN:VEVENT
    SUMMARY:Speaking test - B2
    DTSTART:20250314T100000Z
    ORGANIZER;CN=<<P1>>:mailto:<<P1.email>>
    ATTENDEE;CN=<<P2>>:mailto:<<P2.email>>
    LOCATION:<<L1.addr>>
    END:VEVENT
    END:VCALENDAR
    """,
    ),
    T(
        "p-ics-02",
        "ics",
        "tattoo",
        """
    BEGIN:VEVENT
    SUMMARY:Touch-up - <<P1.first>> (Sopwith Camel piece)
    DESCRIPTION:Client phone <<PH1>>. Artist <<P2.first>>.
    DTSTART:20250402T130000
    END:VEVENT
    """,
    ),
    T(
        "p-ics-03",
        "ics",
        "probate",
        """
    BEGIN:VEVENT
    SUMMARY:Reading of the will - estate of <<P1>>
    ORGANIZER;CN=<<P2>>:mailto:<<P2.email>>
    ATTENDEE;CN=<<P3>>:mailto:<<P3.email>>
    ATTENDEE;CN=<<P4>>:mailto:<<P4.email>>
    LOCATION:<<L1.addr>>
    END:VEVENT
    """,
    ),
    # ------------------------------------------------------------------------------ vcard
    T(
        "p-vcard-01",
        "vcard",
        "marine_ins",
        """
    BEGIN:VCARD
    VERSION:4.0
    FN:<<P1>>
    N:<<P1.last>>;<<P1.first>>;;Capt.;
    TEL;TYPE=cell:<<PH1.e164>>
    EMAIL:<<P1.email>>
    ADR;TYPE=work:;;<<L1.addr>>;;;;
    END:VCARD
    """,
    ),
    T(
        "p-vcard-02",
        "vcard",
        "barber",
        """
    Add this contact to the CRM:
    BEGIN:VCARD
    VERSION:3.0
    FN:<<P1>>
    ORG:Sharp & Steady Barbers
    EMAIL;TYPE=work:<<@hello@sharpandsteady.co.uk>>
    TEL:<<PH1>>
    NOTE:Friday regular. Brother <<P2m.first>> also books.
    END:VCARD
    """,
    ),
    T(
        "p-vcard-03",
        "vcard",
        "seedbank",
        """
    BEGIN:VCARD
    VERSION:3.0
    FN:Dr <<P1>>
    EMAIL;TYPE=work:<<P1.email>>
    TEL;TYPE=work:<<PH1.intl>>
    TITLE:Curator, Magnolia collection
    END:VCARD
    """,
    ),
]
