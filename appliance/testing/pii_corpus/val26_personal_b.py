"""val26 personal templates, part B: minutes, transcript, json, toolcall, csv, tsv,
markdown_table, html, xml, yaml."""

from __future__ import annotations

from .val26_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- minutes
    T(
        "pb-minutes-parish",
        "minutes",
        "faith",
        """
        Parish council – minutes of ⟦date:long⟧
        Present: Fr ⟦P1.family⟧ (chair), ⟦P2⟧, ⟦P3⟧, ⟦W1.full⟧, ⟦P4.initial⟧
        Apologies: ⟦P5⟧

        1. Roof appeal: ⟦price:£⟧ raised. ⟦P2.given⟧ to thank the Scouts.
        2. Safeguarding: ⟦P3.given⟧ completed training; contact ⟦PH:GB⟧.
        3. AOB: the Nativity needs a new donkey costume.
    """,
    ),
    T(
        "pb-minutes-research",
        "minutes",
        "university",
        """
        Lab meeting ⟦date:iso⟧
        Attendees: ⟦P1.given⟧, ⟦P2.given⟧, ⟦P3.given⟧, Dr ⟦P4.family⟧
        - ⟦P1.given⟧: Petri dish contamination traced to incubator 2; deep clean booked
        - ⟦P2.given⟧ presenting at the conference in ⟦CITY⟧; travel grant approved
        - Rota: ⟦P3.given⟧ takes the cryostat ⟦weekday⟧s, ⟦P1.given⟧ the confocal
        Actions: Dr ⟦P4.family⟧ to email ⟦EM:grants⟧ about the underspend.
    """,
    ),
    T(
        "pb-minutes-mosque",
        "minutes",
        "faith",
        """
        Committee meeting – Al Noor Centre
        Chair: Imam ⟦P1⟧
        Minutes: ⟦P2⟧
        1. Eid prayers: two sessions, 7:30 and 9:00, overflow in the sports hall.
        2. Youth club led by ⟦P3.given⟧ and ⟦P4.given⟧ restarts after Ramadan.
        3. Donations by bank transfer to ⟦IBAN:GB⟧, reference ZAKAT.
        Next meeting: ⟦weekday⟧ after Isha.
    """,
    ),
    T(
        "pb-minutes-allot",
        "minutes",
        "allotments",
        """
        Greenacre Allotment Society – committee minutes
        In attendance: ⟦P1⟧ (chair), ⟦P2⟧ (treasurer), ⟦P3⟧, ⟦P4⟧
        Treasurer reported ⟦price:£⟧ in the society account, account no. ⟦ACCT⟧.
        Plot ⟦num:1-120⟧ vacated by ⟦P5⟧; offered to ⟦P6⟧ from the waiting list.
        Rosa 'Gertrude Jekyll' cuttings to be sold at the open day.
    """,
    ),
    T(
        "pb-minutes-drone",
        "minutes",
        "drones",
        """
        Ops review ⟦date:long⟧ – Skyline Drones
        Present: ⟦P1⟧ (accountable manager), ⟦P2⟧ (chief pilot), ⟦P3.given⟧ (maintenance)
        - Near miss with a paraglider over ⟦REGION⟧; ⟦P2.given⟧ filed the occurrence report.
        - Remote ID broadcast checked on all 6 airframes.
        - ⟦P3.given⟧ wants a spare for part ⟦part⟧.
    """,
    ),
    # ---------------------------------------------------------------- transcript
    T(
        "pb-transcript-helpdesk",
        "transcript",
        "carshare",
        """
        [00:00] AGENT (⟦P1.given⟧): Thanks for calling, who am I speaking to?
        [00:03] CALLER: It's ⟦P2⟧. I'm stuck, the car won't unlock.
        [00:07] AGENT: Sorry to hear that, ⟦P2.given⟧. Which car are you at?
        [00:10] CALLER: The blue one outside ⟦ADDR⟧.
        [00:16] AGENT: Can I confirm the mobile on your account, ending in ⟦num:100-999⟧?
        [00:19] CALLER: Actually, use this one: ⟦PH⟧.
        [00:25] AGENT: Done. I'm sending a remote unlock now.
    """,
    ),
    T(
        "pb-transcript-court",
        "transcript",
        "tribunal",
        """
        JUDGE ⟦P1.caps⟧: Please state your full name.
        WITNESS: ⟦P2⟧.
        JUDGE ⟦P1.caps⟧: And your address?
        WITNESS: ⟦ADDR⟧.
        MS ⟦P3.caps⟧: Ms ⟦P2.family⟧, you were the shift supervisor on ⟦date:long⟧?
        WITNESS: Yes. ⟦P4⟧ was the driver and ⟦P5.given⟧ was on the platform.
    """,
    ),
    T(
        "pb-transcript-podcast",
        "transcript",
        "newsroom",
        """
        HOST: Welcome back. With me is photographer ⟦P1⟧, whose pictures from ⟦COUNTRY⟧ won
        the Nobel Prize... no, sorry, the World Press award.
        ⟦P1.gcaps⟧: (laughs) I wish!
        HOST: Tell us about the woman in the red scarf.
        ⟦P1.gcaps⟧: Her name is ⟦P2⟧. I met her in ⟦CITY⟧; she runs a clinic there.
    """,
    ),
    T(
        "pb-transcript-crew",
        "transcript",
        "airline",
        """
        Briefing recording ⟦flight⟧, ⟦date:iso⟧
        CSD ⟦P1.family⟧: Good morning everyone. I'm ⟦P1⟧, your CSD today. Flight time to
        ⟦CITY⟧ is 7h10.
        CSD ⟦P1.family⟧: ⟦P2.given⟧ and ⟦P3.given⟧ in the galley, ⟦P4.given⟧ at door 2L.
        FO ⟦P5.family⟧: Light turbulence expected over ⟦REGION⟧, seat belts on for descent.
    """,
    ),
    T(
        "pb-transcript-interview",
        "transcript",
        "socialwork",
        """
        Interviewer: Can you tell me who lives at the property?
        Resident: Me, my partner ⟦P1.given⟧, and my mum, ⟦P2⟧.
        Interviewer: And your name, for the record?
        Resident: ⟦P3⟧. You can text me on ⟦PH⟧.
        Interviewer: Thank you, ⟦P3.given⟧. Has the landlord, Mr ⟦P4.family⟧, fixed the boiler?
        Resident: No. Three weeks now.
    """,
    ),
    # ---------------------------------------------------------------- json
    T(
        "pb-json-patient",
        "json",
        "hospital",
        """
        Extract the allergies from this record and return JSON only:
        {"patient": {"name": "⟦P1⟧", "dob": "⟦date:dobiso⟧", "address": "⟦ADDR⟧",
          "phone": "⟦PH.e164⟧", "gp": "Dr ⟦P2⟧"},
         "allergies_free_text": "penicillin (rash), latex",
         "ward": "Seacole Ward", "bed": ⟦num:1-30⟧}
    """,
    ),
    T(
        "pb-json-booking",
        "json",
        "airline",
        """
        {
          "pnr": "⟦booking⟧",
          "passengers": [
            {"last": "⟦P1.caps⟧", "first": "⟦P1.given⟧", "seat": "⟦seat⟧"},
            {"last": "⟦P2.caps⟧", "first": "⟦P2.given⟧", "seat": "⟦seat⟧"}
          ],
          "contact": {"email": "⟦P1.pemail⟧", "phone": "⟦PH.intl⟧"},
          "segments": [{"flight": "⟦flight⟧", "dest": "⟦CITY⟧", "dep": "⟦date:iso⟧T⟦time⟧"}],
          "fop": {"type": "CC", "number": "⟦CC⟧"}
        }
    """,
    ),
    T(
        "pb-json-kyc",
        "json",
        "kyc",
        """
        Is this onboarding payload complete? What is missing?
        {"customer_id": "⟦uuid⟧", "name": "⟦P1⟧", "ssn": "⟦SSN⟧", "dob": "⟦date:dobiso⟧",
         "address": {"line": "⟦ADDR:US⟧"}, "employer": "Halliburton",
         "accounts": [{"type": "checking", "account_number": "⟦ACCT⟧"}]}
    """,
    ),
    T(
        "pb-json-newsroom",
        "json",
        "newsroom",
        """
        {"asset_id": "⟦uuid⟧", "type": "photo", "caption": "⟦P1⟧ at the harbour in ⟦CITY⟧",
         "credit": "⟦P2⟧ / Lumen Photo", "photographer_contact": "⟦P2.email⟧",
         "embargo": "⟦date:iso⟧T06:00:00Z", "keywords": ["fishing", "harbour", "⟦month⟧"]}
    """,
    ),
    T(
        "pb-json-drone",
        "json",
        "drones",
        """
        {"flight_id": "⟦uuid⟧", "pilot": {"name": "⟦P1⟧", "flyer_id": "GBR-RP-⟦num:100000-999999⟧",
         "phone": "⟦PH:GB.intl⟧"}, "observer": "⟦P2⟧", "site": "⟦ADDR:GB⟧",
         "uplink_ip": "⟦IP⟧", "max_alt_m": 120, "aircraft": "DJI M30T"}
    """,
    ),
    T(
        "pb-json-tenancy",
        "json",
        "housing",
        """
        [{"tenant": "⟦P1⟧", "unit": "⟦ADDR⟧", "rent_account": "⟦ACCT⟧", "arrears": "⟦price:£⟧"},
         {"tenant": "⟦P2⟧", "unit": "⟦ADDR⟧", "rent_account": "⟦ACCT⟧", "arrears": "£0.00"},
         {"tenant": "⟦P3⟧", "unit": "⟦ADDR⟧", "rent_account": "⟦ACCT⟧", "arrears": "⟦price:£⟧"}]
        Summarise arrears by tenant.
    """,
    ),
    T(
        "pb-json-boardgame-order",
        "json",
        "boardgames",
        """
        {"order": "⟦order⟧", "customer": {"name": "⟦P1⟧", "email": "⟦P1.pemail⟧"},
         "ship_to": "⟦ADDR⟧", "items": [{"sku": "⟦sku⟧", "title": "Carcassonne"}],
         "payment": {"method": "card", "pan": "⟦CC.disc⟧", "holder": "⟦P1.caps⟧"}}
        Why would this order fail PCI review?
    """,
    ),
    # ---------------------------------------------------------------- toolcall
    T(
        "pb-tool-sendsms",
        "toolcall",
        "bus",
        """
        {"tool": "send_sms",
         "arguments": {"to": "⟦PH.e164⟧",
                       "body": "Hi ⟦P1.given⟧, your duty tomorrow is now ⟦time⟧ on route 7. ⟦P2.given⟧, Depot Control"}}
    """,
    ),
    T(
        "pb-tool-createcase",
        "toolcall",
        "socialwork",
        """
        call: create_case(
            client_name="⟦P1⟧",
            address="⟦ADDR⟧",
            phone="⟦PH⟧",
            allocated_worker="⟦P2⟧",
            priority="amber",
            notes="referred by school nurse ⟦P3.gf⟧",
        )
    """,
    ),
    T(
        "pb-tool-payment",
        "toolcall",
        "tradefinance",
        """
        <function_call name="initiate_transfer">
        {"debtor_iban": "⟦IBAN⟧", "creditor_name": "⟦P1⟧", "creditor_iban": "⟦IBAN⟧",
         "amount": "⟦amount⟧", "remittance": "INV ⟦invoice⟧", "approver": "⟦P2.email⟧"}
        </function_call>
    """,
    ),
    T(
        "pb-tool-lookup",
        "toolcall",
        "kyc",
        """
        Tool: sanctions_screen
        Args: {"full_name": "⟦P1⟧", "alias": "⟦P1.lf⟧", "country": "⟦COUNTRY⟧",
               "date_of_birth": "⟦date:dobiso⟧"}
        Result: 0 hits. Next: screen related party ⟦P2⟧ (⟦CITY⟧).
    """,
    ),
    T(
        "pb-tool-verify",
        "toolcall",
        "kyc",
        """
        {"name": "verify_identity", "arguments": {"full_name": "⟦P1⟧", "ssn": "⟦SSN⟧",
         "dob": "⟦date:dobiso⟧", "address": "⟦ADDR:US⟧", "phone": "⟦PH:US.e164⟧"}}
        The tool returned "partial match". What should the analyst check next?
    """,
    ),
    T(
        "pb-tool-booktable",
        "toolcall",
        "hotel",
        """
        {"name": "book_restaurant", "parameters": {"guest": "⟦P1⟧", "party_size": ⟦num:2-8⟧,
         "time": "⟦time⟧", "dish_notes": "Eggs Benedict for the child, no nuts",
         "callback": "⟦PH.intl⟧", "card_guarantee": "⟦CC⟧"}}
    """,
    ),
    T(
        "pb-tool-firewall",
        "toolcall",
        "space",
        """
        tool_use: update_firewall
        input:
          allow: ["⟦IP⟧/32", "⟦V6⟧"]
          requested_by: "⟦P1.email⟧"
          reason: "⟦P2⟧ working from the ⟦CITY⟧ ground station this week"
    """,
    ),
    # ---------------------------------------------------------------- csv
    T(
        "pb-csv-roster",
        "csv",
        "bus",
        """
        duty,driver,start,finish,phone
        ⟦num:101-199⟧,⟦P1⟧,05:12,13:40,⟦PH:GB.nat⟧
        ⟦num:201-299⟧,⟦P2⟧,06:03,14:31,⟦PH:GB.nat⟧
        ⟦num:301-399⟧,⟦P3.lf⟧,13:35,22:05,⟦PH:GB.nat⟧
        ⟦num:401-499⟧,"⟦P4.lf⟧",14:10,23:58,⟦PH:GB.compact⟧
    """,
    ),
    T(
        "pb-csv-crew",
        "csv",
        "airline",
        """
        Check this crew list for duplicates:
        staff_no;surname;given;base;mobile
        ⟦num:10000-99999⟧;⟦P1.caps⟧;⟦P1.given⟧;⟦CITY⟧;⟦PH.intl⟧
        ⟦num:10000-99999⟧;⟦P2.caps⟧;⟦P2.given⟧;⟦CITY⟧;⟦PH.intl⟧
        ⟦num:10000-99999⟧;⟦P3.caps⟧;⟦P3.given⟧;⟦CITY⟧;⟦PH.intl⟧
    """,
    ),
    T(
        "pb-csv-payments",
        "csv",
        "bank",
        """
        date,payee,iban,amount,ref
        ⟦date:iso⟧,⟦P1⟧,⟦IBAN:DE.none⟧,⟦num:100-9000⟧.00,⟦invoice⟧
        ⟦date:iso⟧,⟦P2⟧,⟦IBAN:FR.none⟧,⟦num:100-9000⟧.00,⟦invoice⟧
        ⟦date:iso⟧,⟦P3⟧,⟦IBAN:NL.none⟧,⟦num:100-9000⟧.00,⟦invoice⟧
    """,
    ),
    T(
        "pb-csv-members",
        "csv",
        "boardgames",
        """
        member,email,fav_game,visits
        ⟦P1⟧,⟦P1.pemail⟧,Ticket to Ride,⟦num:2-60⟧
        ⟦P2⟧,⟦P2.pemail⟧,Carcassonne,⟦num:2-60⟧
        ⟦P3⟧,⟦P3.pemail⟧,Pandemic,⟦num:2-60⟧
        ⟦W1.full⟧,,Wingspan,⟦num:2-60⟧
    """,
    ),
    T(
        "pb-csv-ssn",
        "csv",
        "bank",
        """
        Convert to a table and mask nothing, it's for the auditors:
        employee,ssn,state,start
        "⟦P1.lf⟧",⟦SSN⟧,⟦pick:Ohio|Texas|Oregon⟧,⟦date:iso⟧
        "⟦P2.lf⟧",⟦SSN⟧,⟦pick:Vermont|Alaska|Wisconsin⟧,⟦date:iso⟧
    """,
    ),
    # ---------------------------------------------------------------- tsv
    T(
        "pb-tsv-rota",
        "tsv",
        "hospital",
        """
        Shift\tNurse\tBleep
        Early\t⟦P1⟧\t⟦num:1000-1999⟧
        Late\t⟦P2⟧\t⟦num:1000-1999⟧
        Night\t⟦P3⟧\t⟦num:1000-1999⟧
        On-call consultant\tDr ⟦P4.family⟧\t⟦PH:GB⟧
    """,
    ),
    T(
        "pb-tsv-vessel",
        "tsv",
        "marina",
        """
        berth\tvessel\towner\tphone
        A-⟦num:1-40⟧\tSY Blue Heron\t⟦P1⟧\t⟦PH⟧
        A-⟦num:41-80⟧\tMV Sea Osprey\t⟦P2⟧\t⟦PH⟧
        C-⟦num:1-20⟧\tKittiwake\t⟦P3⟧\t⟦PH⟧
    """,
    ),
    T(
        "pb-tsv-subs",
        "tsv",
        "subtitles",
        """
        id\tstart\tend\tspeaker\ttext
        41\t00:03:12,400\t00:03:14,900\t⟦P1.caps⟧\tIs ⟦P2.given⟧ coming tonight?
        42\t00:03:15,100\t00:03:17,000\t⟦P2.caps⟧\tI'm here, ⟦P1.given⟧.
        Translate the text column into ⟦pick:Spanish|German|Turkish⟧, keep the speaker names.
    """,
    ),
    T(
        "pb-tsv-ips",
        "tsv",
        "space",
        """
        station\toperator\tip\tlast_seen
        GS-1\t⟦P1⟧\t⟦IP⟧\t⟦date:iso⟧
        GS-2\t⟦P2⟧\t⟦IP⟧\t⟦date:iso⟧
        GS-3\t⟦P3⟧\t⟦V6⟧\t⟦date:iso⟧
    """,
    ),
    # ---------------------------------------------------------------- markdown_table
    T(
        "pb-md-rota",
        "markdown_table",
        "faith",
        """
        | Sunday | Reader | Coffee | Sound desk |
        |---|---|---|---|
        | ⟦date:short⟧ | ⟦P1⟧ | ⟦P2.given⟧ | ⟦P3.given⟧ |
        | ⟦date:short⟧ | ⟦W1.full⟧ | ⟦P4.given⟧ | ⟦P3.given⟧ |
        | ⟦date:short⟧ | ⟦P5⟧ | ⟦P2.given⟧ | ⟦P6.nick⟧ |
    """,
    ),
    T(
        "pb-md-lab",
        "markdown_table",
        "university",
        """
        Please turn this into a weekly calendar:

        | Instrument | Mon | Wed | Fri |
        |------------|-----|-----|-----|
        | Confocal   | ⟦P1.given⟧ | ⟦P2.given⟧ | ⟦P1.given⟧ |
        | Cryostat   | ⟦P3.given⟧ | ⟦P4.given⟧ | ⟦P3.given⟧ |

        Questions to ⟦P5⟧ (⟦P5.email⟧).
    """,
    ),
    T(
        "pb-md-cards",
        "markdown_table",
        "bank",
        """
        | Cardholder | Card | Limit |
        |---|---|---|
        | ⟦P1⟧ | ⟦CC⟧ | ⟦price:$⟧ |
        | ⟦P2⟧ | ⟦CC⟧ | ⟦price:$⟧ |
        Which of these cards need a limit review?
    """,
    ),
    T(
        "pb-md-guests",
        "markdown_table",
        "hotel",
        """
        | Room | Guest | Arrival | Notes |
        |---|---|---|---|
        | ⟦num:101-940⟧ | ⟦P1.lf⟧ | ⟦date:short⟧ | Earl Grey on arrival |
        | ⟦num:101-940⟧ | ⟦P2.lf⟧ | ⟦date:short⟧ | from ⟦CITY⟧, late check-in |
        | ⟦num:101-940⟧ | ⟦P3.lf⟧ | ⟦date:short⟧ | allergic to feathers |
    """,
    ),
    T(
        "pb-md-permits",
        "markdown_table",
        "mining",
        """
        | Permit | Area | Issuer | Holder | Contact |
        |---|---|---|---|---|
        | ⟦permit⟧ | Crusher 2 | ⟦P1.initial⟧ | ⟦P2⟧ | ⟦PH:AU⟧ |
        | ⟦permit⟧ | Tailings | ⟦P1.initial⟧ | ⟦P3⟧ | ⟦PH:AU⟧ |
    """,
    ),
    # ---------------------------------------------------------------- html
    T(
        "pb-html-byline",
        "html",
        "newsroom",
        """
        <article>
          <h1>Ferry strike leaves islanders stranded</h1>
          <p class="byline">By <a href="/authors/⟦num:1000-9999⟧">⟦P1⟧</a> in ⟦CITY⟧</p>
          <figure><img src="/img/⟦hash:12⟧.jpg">
            <figcaption>⟦P2⟧ waits at the quay. Photo: ⟦P3⟧</figcaption></figure>
        </article>
    """,
    ),
    T(
        "pb-html-staff",
        "html",
        "salon",
        """
        <ul class="team">
          <li><strong>⟦P1⟧</strong> – senior stylist, balayage</li>
          <li><strong>⟦P2⟧</strong> – barber, skin fades</li>
          <li><strong>⟦W1⟧</strong> – nails</li>
        </ul>
        <p>Call <a href="tel:⟦PH1.e164⟧">⟦PH1⟧</a> or email ⟦EM:hello⟧</p>
    """,
    ),
    T(
        "pb-html-form",
        "html",
        "storage",
        """
        <form action="/quote">
          <input name="name" value="⟦P1⟧">
          <input name="email" value="⟦P1.pemail⟧">
          <input name="phone" value="⟦PH⟧">
          <input name="collection_address" value="⟦ADDR⟧">
          <select name="unit"><option>35 sq ft</option><option selected>75 sq ft</option></select>
        </form>
        Why does this form fail validation?
    """,
    ),
    T(
        "pb-html-obit",
        "html",
        "faith",
        """
        <div class="notice"><h2>In loving memory</h2>
        <p>⟦P1⟧ of ⟦CITY⟧ died peacefully on ⟦date:long⟧. Beloved wife of ⟦P2.given⟧, mother
        of ⟦P3.given⟧ and ⟦P4.given⟧. Funeral at St Columba's, ⟦ADDR⟧.</p></div>
    """,
    ),
    # ---------------------------------------------------------------- xml
    T(
        "pb-xml-listing",
        "xml",
        "tribunal",
        """
        <hearing id="⟦case⟧">
          <court>Employment Tribunal, ⟦CITY⟧</court>
          <judge>⟦P1⟧</judge>
          <claimant>⟦P2⟧</claimant>
          <respondent>Meridian Air Ltd</respondent>
          <date>⟦date:iso⟧</date>
        </hearing>
    """,
    ),
    T(
        "pb-xml-payment",
        "xml",
        "tradefinance",
        """
        <CdtTrfTxInf>
          <Amt><InstdAmt Ccy="EUR">⟦num:1000-90000⟧.00</InstdAmt></Amt>
          <Cdtr><Nm>⟦P1⟧</Nm><PstlAdr><AdrLine>⟦ADDR⟧</AdrLine></PstlAdr></Cdtr>
          <CdtrAcct><Id><IBAN>⟦IBAN.none⟧</IBAN></Id></CdtrAcct>
          <RmtInf><Ustrd>⟦invoice⟧</Ustrd></RmtInf>
        </CdtTrfTxInf>
    """,
    ),
    T(
        "pb-xml-crew",
        "xml",
        "airline",
        """
        <roster base="⟦CITY⟧" month="⟦month⟧">
          <crew id="⟦num:10000-99999⟧" name="⟦P1⟧" role="CSD" phone="⟦PH.intl⟧"/>
          <crew id="⟦num:10000-99999⟧" name="⟦P2⟧" role="CA"/>
          <crew id="⟦num:10000-99999⟧" name="⟦P3.lf⟧" role="CA"/>
        </roster>
    """,
    ),
    T(
        "pb-xml-subtitle",
        "xml",
        "subtitles",
        """
        <tt><body><div>
          <p begin="00:01:02.100" end="00:01:04.000">⟦P1.given⟧, wait!</p>
          <p begin="00:01:04.500" end="00:01:07.800">My number is ⟦PH⟧, call me.</p>
        </div></body></tt>
        <!-- translator: ⟦P2⟧, QC: ⟦P3⟧ -->
    """,
    ),
    # ---------------------------------------------------------------- yaml
    T(
        "pb-yaml-oncall",
        "yaml",
        "space",
        """
        oncall:
          primary:
            name: ⟦P1⟧
            phone: "⟦PH.e164⟧"
          secondary:
            name: ⟦P2⟧
            email: ⟦P2.email⟧
        ground_stations:
          - host: ⟦IP⟧
            location: ⟦CITY⟧
    """,
    ),
    T(
        "pb-yaml-crew",
        "yaml",
        "oilgas",
        """
        rotation: ⟦date:iso⟧
        platform: Kestrel Alpha
        crew:
          - {name: "⟦P1⟧", role: OIM, home: "⟦CITY⟧"}
          - {name: "⟦P2⟧", role: medic, home: "⟦CITY⟧"}
          - {name: "⟦P3.lf⟧", role: crane op}
        helicopter: "S-92 ⟦reg⟧"
    """,
    ),
    T(
        "pb-yaml-event",
        "yaml",
        "community",
        """
        event: Diwali supper
        venue: ⟦ADDR⟧
        organisers:
          - ⟦P1⟧
          - ⟦P2⟧
        contact: ⟦PH⟧
        bank_details:
          account_name: Community Centre
          account_number: "⟦ACCT⟧"
    """,
    ),
    T(
        "pb-yaml-clinic",
        "yaml",
        "hospital",
        """
        clinic: fracture clinic
        date: ⟦date:iso⟧
        consultant: Mr ⟦P1⟧
        list:
          - patient: ⟦P2.capslf⟧
            time: "09:10"
          - patient: ⟦P3.capslf⟧
            time: "09:30"
            interpreter: ⟦pick:Polish|Tigrinya|Farsi|Somali⟧
    """,
    ),
]
