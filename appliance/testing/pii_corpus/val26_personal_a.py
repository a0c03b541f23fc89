"""val26 personal templates, part A: chat, email, sms, letter, form, ticket, notes."""

from __future__ import annotations

from .val26_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- chat
    T(
        "pa-chat-ward-swap",
        "chat",
        "hospital",
        """
        hi, can you help me word a message to ⟦P1.given⟧? I want to swap my night shift on
        ⟦date:long⟧ with her. she's covering Lister Ward and I'm on the Nightingale Wing.
        her number is ⟦PH:GB⟧ if that matters. keep it short and friendly
    """,
    ),
    T(
        "pa-chat-discharge",
        "chat",
        "hospital",
        """
        Rewrite this so a patient understands it: "⟦P1⟧ (DOB ⟦date:dob⟧) discharged home to
        ⟦ADDR:GB⟧ after treatment for a Doppler-confirmed DVT. Follow up with Dr
        ⟦P2.family⟧ in 6 weeks. Daughter ⟦P3.given⟧ is next of kin, tel ⟦PH1:GB.nat⟧."
    """,
    ),
    T(
        "pa-chat-housing",
        "chat",
        "housing",
        """
        I'm a housing officer. Tenant ⟦P1⟧ at ⟦ADDR⟧ has reported damp again (job ⟦ticket:HSK⟧).
        Her neighbour ⟦W1⟧ says the flat below has the same problem. Can you draft a polite
        letter offering an inspection on ⟦weekday⟧ morning?
    """,
    ),
    T(
        "pa-chat-drone",
        "chat",
        "drones",
        """
        quick q - our drone pilot ⟦P1.lower⟧ flew the survey near ⟦CITY⟧ yesterday and the
        client wants the flight log. can I share the log if it has his phone ⟦PH.intl⟧ in the
        header? the aircraft is a DJI M30T, serial ⟦part⟧
    """,
    ),
    T(
        "pa-chat-barber",
        "chat",
        "salon",
        """
        ⟦P1.given⟧ here from the barbers on ⟦ADDR⟧. can you write an instagram caption for our
        new apprentice ⟦P2⟧? she starts ⟦weekday⟧, does skin fades and beard trims, bookings
        on ⟦PH.nat⟧ 💈
    """,
    ),
    T(
        "pa-chat-boardgame",
        "chat",
        "boardgames",
        """
        Hey! Planning a Catan night at the café. Regulars: ⟦P1.given⟧, ⟦P2.given⟧, ⟦W1⟧ and
        ⟦P3.nick⟧. ⟦P2.given⟧ always plays Colonel Mustard in Cluedo, lol. Can you write a
        funny invite? Tables from ⟦time⟧, the Meeple Room, £6 cover.
    """,
    ),
    T(
        "pa-chat-rideshare",
        "chat",
        "rideshare",
        """
        Driver ⟦P1⟧ says the rider left a bag in the car (trip ⟦uuid⟧). Rider is ⟦P2.given⟧,
        phone ⟦PH⟧. Pickup was ⟦ADDR⟧. How should I phrase the lost-property message so it
        doesn't share the driver's number?
    """,
    ),
    T(
        "pa-chat-kyc",
        "chat",
        "kyc",
        """
        Can you check my reasoning? KYC file for ⟦P1.lf⟧: passport says born in ⟦CITY⟧,
        utility bill shows ⟦ADDR⟧, salary paid into ⟦IBAN⟧. Source of funds is a house sale in
        ⟦COUNTRY⟧. Is there anything a reviewer would flag?
    """,
    ),
    # ---------------------------------------------------------------- email
    T(
        "pa-email-referral",
        "email",
        "hospital",
        """
        From: ⟦P1.email⟧
        To: ⟦EM:referrals⟧
        Subject: Referral – ⟦P2.capslf⟧, suspected Crohn's disease

        Dear colleagues,

        I would be grateful if you could see ⟦P2⟧ (NHS no. withheld, DOB ⟦date:dob⟧), who lives
        at ⟦ADDR:GB⟧. She has had six weeks of abdominal pain and weight loss of about
        4 kg. Her mobile is ⟦PH:GB.nat⟧ and she prefers calls after ⟦time⟧.

        Kind regards,
        Dr ⟦P1.initial⟧
        ⟦pick:Hawthorn Surgery|Riverside Medical Practice|Elm Tree Health Centre⟧
    """,
    ),
    T(
        "pa-email-permit",
        "email",
        "mining",
        """
        Subject: Permit to work ⟦permit⟧ – conveyor 3 isolation

        Hi ⟦P1.given⟧,

        The isolation on conveyor 3 is signed off. Area authority tonight is ⟦P2⟧ (radio ch. 4,
        mobile ⟦PH:AU⟧). If the Komatsu fitter needs access before ⟦time⟧, call him, not the
        control room. ⟦P3.gf⟧ from Ironridge safety will audit at shift change.

        Cheers,
        ⟦P4.given⟧
    """,
    ),
    T(
        "pa-email-newsdesk",
        "email",
        "newsroom",
        """
        To: ⟦EM:pictures⟧
        Cc: ⟦P1.email⟧

        Pictures for tomorrow's page 7 (flood clean-up in ⟦CITY⟧):
        - IMG_⟦num:1000-9999⟧.jpg – credit ⟦P2⟧/Lumen Photo
        - IMG_⟦num:1000-9999⟧.jpg – credit ⟦P3.initial⟧
        Caption for the first: "⟦P4⟧, 67, outside her home on ⟦ADDR⟧." She has agreed to be named.
        Byline: ⟦P1⟧, ⟦pick:Chief Reporter|Regional Correspondent|Night Editor⟧
    """,
    ),
    T(
        "pa-email-tradefin",
        "email",
        "tradefinance",
        """
        Subject: LC ⟦pick:LC-7741|LC-0932|LC-5518⟧ – discrepancy on bill of lading

        ⟦P1.given⟧,

        The presenting bank flagged a discrepancy: consignee on the B/L is "⟦P2.capsfirst⟧"
        but the LC names ⟦P5⟧ as applicant. Beneficiary account is ⟦IBAN⟧ at the advising bank
        in ⟦CITY⟧. Please confirm with ⟦P3⟧ (⟦P3.email⟧, ⟦PH⟧) before ⟦time⟧ GST.

        Regards
        ⟦P4⟧ | Trade Operations
    """,
    ),
    T(
        "pa-email-hotel",
        "email",
        "hotel",
        """
        Dear ⟦P1.given⟧,

        Thank you for choosing the Grand Meridian. Your suite is confirmed for ⟦date:long⟧ (ref
        ⟦booking⟧). Our concierge ⟦P2⟧ has booked a table for two at 8pm and a car from the
        airport; the driver will hold a sign reading "⟦P1.caps⟧". The card on file ending
        ⟦num:1000-9999⟧ will be charged on arrival.

        Warm regards,
        ⟦P3⟧, Guest Relations
        ⟦EM:concierge⟧ · ⟦PH.intl⟧
    """,
    ),
    T(
        "pa-email-removal",
        "email",
        "removals",
        """
        Hi ⟦P1.given⟧,

        Quote for your move from ⟦ADDR1:GB⟧ to ⟦ADDR2:GB⟧ on ⟦date:long⟧: 2 crew, one Luton and a
        Ford Transit, ⟦price:£⟧ including VAT. Our crew lead will be ⟦P2⟧. Deposit can be paid by
        card; we don't keep card numbers. Please reply to ⟦EM:moves⟧ or call ⟦PH:GB⟧.

        ⟦P3.given⟧ – MoveRight Removals
    """,
    ),
    T(
        "pa-email-ethics",
        "email",
        "university",
        """
        Subject: Ethics application ⟦pick:ETH-2291|ETH-3107|ETH-0458⟧ – minor amendments

        Dear Dr ⟦P1.family⟧,

        The committee (chair: Prof. ⟦P2⟧) approved your study subject to two amendments: the
        consent form must name the data controller, and participant phone numbers (e.g.
        ⟦PH⟧ in appendix C) must be removed from the shared drive. Please send the revised
        forms to ⟦EM:ethics⟧.

        Best wishes,
        ⟦P3⟧
        Research Office
    """,
    ),
    T(
        "pa-email-marina",
        "email",
        "marina",
        """
        Hello ⟦P1.nick⟧,

        Berth B-⟦num:1-80⟧ is yours from ⟦date:long⟧ for SY Blue Heron. Please send the
        insurance certificate and the skipper's details. Harbourmaster on duty this weekend is
        ⟦P2⟧ (VHF 80 or ⟦PH⟧). Fees to ⟦IBAN⟧, reference BERTH-⟦num:100-999⟧.

        Fair winds,
        ⟦P3.gf⟧, Quayside Marina
    """,
    ),
    T(
        "pa-email-church",
        "email",
        "faith",
        """
        Dear all,

        Flower rota for ⟦month⟧: ⟦P1⟧ (1st), ⟦W1.full⟧ (2nd), ⟦P2.given⟧ and ⟦P3.given⟧ (3rd),
        ⟦P4⟧ (4th). If you need to swap, please let ⟦P5.given⟧ know on ⟦PH.nat⟧. The
        harvest supper is on the ⟦num:10-28⟧th in the church hall.

        With thanks,
        Rev. ⟦P5⟧
    """,
    ),
    T(
        "pa-email-tattoo",
        "email",
        "tattoo",
        """
        Hi ⟦P1.given⟧, thanks for your deposit (Visa ⟦CC.visa⟧ – please don't email card
        details next time!). Your session with ⟦P2.given⟧ is ⟦weekday⟧ at ⟦time⟧, about 4
        hours for the koi sleeve. Bring ID. Inkwell Studio, ⟦ADDR⟧.
    """,
    ),
    T(
        "pa-email-noshow",
        "email",
        "hotel",
        """
        Subject: No-show charge, reservation ⟦booking⟧

        Dear ⟦P1.gf⟧,

        As you did not arrive on ⟦date:long⟧ and the booking was non-refundable, one night
        (⟦price:€⟧) has been charged to the American Express card ⟦CC.amex⟧ used to guarantee
        it. If you think this is a mistake, reply to this e-mail or call ⟦P2.given⟧ at
        reservations on ⟦PH.intl⟧.

        Reservations Team
    """,
    ),
    T(
        "pa-chat-toyshop",
        "chat",
        "toys",
        """
        A customer sent this in our web chat, what do I do with it? "hi its ⟦P1⟧, pls charge
        the Paddington train set to my card ⟦CC⟧ exp 08/27 and post it to ⟦ADDR⟧, my nephew
        ⟦P2.given⟧'s birthday is ⟦weekday⟧!!"
    """,
    ),
    # ---------------------------------------------------------------- sms
    T(
        "pa-sms-bus",
        "sms",
        "bus",
        """
        Hi ⟦P1.given⟧, ⟦P2.given⟧ from depot control. Your ⟦time⟧ on route 42 is covered by
        ⟦P3⟧. Pls call ⟦PH:GB.nat⟧ asap re the mirror damage on fleet no ⟦num:3000-3999⟧
    """,
    ),
    T(
        "pa-sms-diving",
        "sms",
        "diving",
        """
        ⟦P1.glower⟧ its ⟦P2.glower⟧ from blue hole diving - boat leaves ⟦time⟧ not 8, pickup
        outside ⟦ADDR⟧. ring ⟦PH.compact⟧ if ur late
    """,
    ),
    T(
        "pa-sms-allotment",
        "sms",
        "allotments",
        """
        Plot ⟦num:1-90⟧ water trough leaking again. ⟦P1.given⟧ says ⟦W1⟧ has the key. Text me
        on ⟦PH⟧ – ⟦P2.nick⟧
    """,
    ),
    T(
        "pa-sms-carshare",
        "sms",
        "carshare",
        """
        ⟦PH.e164⟧: Your car share booking ⟦booking⟧ starts ⟦time⟧. Vehicle is parked at
        ⟦ADDR⟧. Driver on booking: ⟦P1.capslf⟧.
    """,
    ),
    T(
        "pa-sms-cabin",
        "sms",
        "airline",
        """
        Crew ctrl: ⟦P1.capsfirst⟧ you are now on ⟦flight⟧ ⟦CITY⟧ rpt ⟦time⟧. Pls ack.
        Queries ⟦PH.intl⟧
    """,
    ),
    T(
        "pa-sms-bakery",
        "sms",
        "bakery",
        """
        Morning! Order for ⟦P1⟧: 3 Tante Greet rye + 12 Sally Lunn buns, collect ⟦time⟧. Any
        probs ring ⟦P2.given⟧ on ⟦PH.nat⟧
    """,
    ),
    # ---------------------------------------------------------------- letter
    T(
        "pa-letter-tribunal",
        "letter",
        "tribunal",
        """
        EMPLOYMENT TRIBUNALS

        Claimant: ⟦P1⟧
        Respondent: Westlink Rail Ltd

        NOTICE OF HEARING

        The claim will be heard at ⟦ADDR:GB⟧ on ⟦date:long⟧ at 10:00 before Employment Judge
        ⟦P2.family⟧ sitting alone. The claimant's representative is ⟦P3⟧ of ⟦pick:the Law
        Centre|Unite the Union|Citizens Advice⟧. Correspondence: ⟦EM:listings⟧.
    """,
    ),
    T(
        "pa-letter-discharge",
        "letter",
        "hospital",
        """
        Dear Dr ⟦P1.family⟧,

        Re: ⟦P2⟧, ⟦ADDR⟧

        Your patient was admitted to Seacole Ward on ⟦date:long⟧ with a fall and discharged on
        ⟦date:long⟧. CT head was normal. She has early Alzheimer's and lives with her son,
        ⟦P3.given⟧, who can be reached on ⟦PH:GB⟧. Please review her medication in two weeks.

        Yours sincerely,

        ⟦P4⟧
        Specialty Registrar, Care of the Elderly
    """,
    ),
    T(
        "pa-letter-housing",
        "letter",
        "housing",
        """
        ⟦P1⟧
        ⟦ADDR:GB⟧

        ⟦date:long⟧

        Dear ⟦pick:Ms|Mr|Mx⟧ ⟦P1.family⟧,

        Rent account ⟦ACCT⟧ – arrears of ⟦price:£⟧

        We have not received your last three payments. Please contact your housing officer,
        ⟦P2⟧, on ⟦PH:GB.nat⟧ to agree a plan. If you receive Universal Credit, we can apply
        for direct payments.

        Harbour Housing Association
    """,
    ),
    T(
        "pa-letter-grant",
        "letter",
        "university",
        """
        To the Panel,

        I am pleased to support the application by Dr ⟦P1⟧ and Dr ⟦P2⟧ for a Leverhulme
        fellowship. I have known ⟦P1.given⟧ since she joined the Faraday Centre in
        ⟦num:2015-2021⟧; her work on Kalman filters for glacier radar is outstanding.

        Prof. ⟦P3⟧
        Department of Earth Sciences, ⟦CITY⟧
    """,
    ),
    T(
        "pa-letter-bank",
        "letter",
        "bank",
        """
        ⟦P1.capsfirst⟧
        ⟦ADDR⟧

        Your new checking account

        Dear ⟦P1.given⟧,

        Your checking account number is ⟦ACCT⟧ and your debit card ⟦CC⟧ will arrive
        separately. For security we will never ask for your PIN. Questions? Call ⟦PH:US⟧.
    """,
    ),
    # ---------------------------------------------------------------- form
    T(
        "pa-form-incident-rail",
        "form",
        "rail",
        """
        RAIL INCIDENT REPORT – ⟦ticket:RAIL⟧
        Date/time: ⟦date:iso⟧ ⟦time⟧
        Location: platform 3, ⟦CITY⟧
        Driver: ⟦P1.capslf⟧
        Guard: ⟦P2⟧
        Witness: ⟦P3⟧, tel ⟦PH⟧
        Description: passenger fell between train and platform; first aid given by guard.
        Unit no: ⟦num:150001-159999⟧
    """,
    ),
    T(
        "pa-form-kyc",
        "form",
        "kyc",
        """
        CUSTOMER DUE DILIGENCE
        Full name ........ ⟦P1.caps⟧, ⟦P1.given⟧
        Date of birth .... ⟦date:dob⟧
        Nationality ...... ⟦COUNTRY⟧
        Residential addr.. ⟦ADDR⟧
        SSN / TIN ........ ⟦SSN⟧
        Account (IBAN) ... ⟦IBAN⟧
        Phone ............ ⟦PH.intl⟧
        E-mail ........... ⟦P1.pemail⟧
        PEP? ............. No
    """,
    ),
    T(
        "pa-form-salon",
        "form",
        "salon",
        """
        NEW CLIENT CARD
        Name: ⟦P1⟧
        Mobile: ⟦PH.nat⟧
        Email: ⟦P1.pemail⟧
        Stylist: ⟦P2.given⟧
        Patch test: ⟦date:uk⟧ – no reaction
        Colour formula: 7.1 + 8.0, 20 vol, 35 min
        Notes: allergic to PPD. Referred by ⟦W1⟧.
    """,
    ),
    T(
        "pa-form-dive",
        "form",
        "diving",
        """
        DIVER MEDICAL & EMERGENCY CONTACT
        Diver: ⟦P1⟧   Cert level: AOWD   Logged dives: ⟦num:5-300⟧
        Emergency contact: ⟦P2⟧ (⟦pick:partner|mother|brother|friend⟧) ⟦PH⟧
        Home address: ⟦ADDR⟧
        Card for equipment hire: ⟦CC⟧
    """,
    ),
    T(
        "pa-form-volunteer",
        "form",
        "community",
        """
        Volunteer registration – Al Noor Community Centre
        Name: ⟦P1⟧
        Phone: ⟦PH⟧
        Address: ⟦ADDR:GB⟧
        Availability: ⟦weekday⟧ evenings, iftar kitchen
        DBS number: 00⟦num:1000000000-1999999999⟧
        Referee: ⟦P2⟧, ⟦P2.email⟧
    """,
    ),
    T(
        "pa-form-storage",
        "form",
        "storage",
        """
        SELF STORAGE LICENCE
        Unit: ⟦pick:A|B|C⟧-⟦num:10-240⟧ (50 sq ft)
        Occupier: ⟦P1.lf⟧
        Alternate contact: ⟦P2⟧ ⟦PH⟧
        Billing: direct debit, sort code ⟦num:10-99⟧-⟦num:10-99⟧-⟦num:10-99⟧, account number ⟦ACCT⟧
        Insured value: ⟦price:£⟧
    """,
    ),
    T(
        "pa-form-us-intake",
        "form",
        "hospital",
        """
        PATIENT REGISTRATION – Mercy Valley Clinic
        Last name: ⟦P1.caps⟧        First: ⟦P1.given⟧
        SSN: ⟦SSN⟧
        Address: ⟦ADDR:US⟧
        Cell: ⟦PH:US⟧
        Guarantor: ⟦P2⟧ (spouse), SSN ⟦SSN⟧
        Insurance: BlueSky PPO, member ID BSP⟦num:100000000-999999999⟧
    """,
    ),
    T(
        "pa-ticket-payroll",
        "ticket",
        "university",
        """
        HR-⟦num:1000-9999⟧ Payroll: wrong SSN on file
        Requester: ⟦P1⟧ (postdoc, Turing Lab)
        Details: my W-2 shows SSN ⟦SSN⟧ but the correct one is ⟦SSN⟧. Please fix before
        ⟦date:long⟧. Direct deposit to checking account ⟦ACCT⟧ is correct.
        Assigned: ⟦P2.given⟧ (Payroll)
    """,
    ),
    # ---------------------------------------------------------------- ticket
    T(
        "pa-ticket-ground",
        "ticket",
        "ground",
        """
        [⟦ticket:OPS⟧] Wheelchair assistance not provided – ⟦flight⟧
        Reporter: ⟦P1⟧ (ramp supervisor)
        Passenger: ⟦P2.capslf⟧, seat ⟦seat⟧, contact ⟦PH⟧
        Summary: PRM request was in the PNR but the ambulift from ⟦CITY⟧ station was not
        dispatched. ⟦P3.given⟧ on the PRM desk escalated at ⟦time⟧.
    """,
    ),
    T(
        "pa-ticket-housekeeping",
        "ticket",
        "hotel",
        """
        HSK ticket ⟦ticket:HSK⟧ – Room ⟦num:101-940⟧
        Guest ⟦P1⟧ reports a missing watch after turndown. Room attendant on shift: ⟦P2.given⟧.
        Supervisor ⟦P3⟧ has checked the trolley log. Guest asks for a call on ⟦PH.intl⟧ or
        email ⟦P1.pemail⟧.
    """,
    ),
    T(
        "pa-ticket-rideshare",
        "ticket",
        "rideshare",
        """
        Safety report #⟦num:100000-999999⟧
        Rider: ⟦P1⟧ · ⟦P1.pemail⟧
        Driver: ⟦P2⟧ · vehicle Toyota Prius ⟦pick:white|silver|black⟧
        Route: ⟦ADDR⟧ → ⟦CITY⟧ airport
        Rider says the driver took a detour and refused to end the trip. Charged to card
        ⟦CC⟧. Rider requests refund and a call back on ⟦PH⟧.
    """,
    ),
    T(
        "pa-ticket-it-satellite",
        "ticket",
        "space",
        """
        INC⟦num:100000-999999⟧ – ground station login failures
        Raised by: ⟦P1⟧
        Affected: operator console at ⟦IP⟧ and backup at ⟦IP⟧
        ⟦P2.gf⟧ (flight dynamics) cannot reach the TLE service on port ⟦port⟧.
        Pass over ⟦CITY⟧ at ⟦time⟧ UTC is at risk.
    """,
    ),
    T(
        "pa-ticket-removals",
        "ticket",
        "removals",
        """
        Damage claim ⟦case⟧
        Customer: ⟦P1⟧, ⟦ADDR⟧
        Item: walnut sideboard, scratched on the left door
        Crew: ⟦P2.given⟧, ⟦P3.given⟧, driver ⟦P4⟧
        Refund to: account number ⟦ACCT⟧ (customer supplied)
    """,
    ),
    # ---------------------------------------------------------------- notes
    T(
        "pa-notes-handover",
        "notes",
        "hospital",
        """
        NIGHT HANDOVER – Lister Ward
        Bed ⟦num:1-28⟧: ⟦P1⟧, 84, NOF repair day 2, pain controlled. Son ⟦P2.given⟧ visiting ⟦time⟧.
        Bed ⟦num:1-28⟧: ⟦P3.capslf⟧, ?sepsis, bloods at 06:00, on 2L O2.
        Bed ⟦num:1-28⟧: ⟦W1.full⟧ – awaiting transport home to ⟦CITY⟧, husband
        ⟦P5.given⟧ on ⟦PH:GB⟧.
        Nurse in charge tonight: ⟦P6.given⟧.
    """,
    ),
    T(
        "pa-notes-socialwork",
        "notes",
        "socialwork",
        """
        Case note ⟦case⟧ – home visit
        Visited ⟦P1⟧ and her children at ⟦ADDR:GB⟧. Present: ⟦P1.given⟧, ⟦P2.given⟧ (12),
        ⟦P3.given⟧ (8) and grandmother ⟦P4⟧. Home warm and clean. ⟦P1.given⟧ has a new number:
        ⟦PH⟧. Next visit ⟦date:long⟧ with ⟦P5⟧ (family support worker).
    """,
    ),
    T(
        "pa-notes-shiftlog",
        "notes",
        "oilgas",
        """
        Shift log – Kestrel Alpha, ⟦date:iso⟧
        06:00 Crew change. OIM ⟦P1⟧, control room ⟦P2.initial⟧.
        07:40 Gas detector fault on module 4 (tag GD-⟦num:1000-4999⟧); ⟦P3.given⟧ investigating.
        11:15 Helicopter from ⟦CITY⟧ delayed by ⟦storm⟧.
        14:30 ⟦P4⟧ reports minor hand injury, first aid only.
    """,
    ),
    T(
        "pa-notes-concierge",
        "notes",
        "hotel",
        """
        Concierge notes ⟦date:short⟧
        - ⟦P1⟧ (suite ⟦num:1001-1420⟧): theatre tickets x2, collect at desk
        - ⟦P2.gf⟧: car to ⟦ADDR⟧ at ⟦time⟧, driver ⟦P3.given⟧
        - Mrs ⟦P4.family⟧ wants her dog Biscuit walked at 7 – ask ⟦P5.given⟧
    """,
    ),
    T(
        "pa-notes-subtitle",
        "notes",
        "subtitles",
        """
        QC notes ep. 4 (translator: ⟦P1⟧, reviewer: ⟦P2⟧)
        00:12:04 – character says "call me on ⟦PH⟧" – this is a real number, replace with a
        fictional one!
        00:18:40 – "Professor Plum" joke does not work in Polish, keep the English name
        00:31:02 – timing off by 3 frames
        Send fixes to ⟦P1.email⟧
    """,
    ),
    T(
        "pa-notes-garden",
        "notes",
        "garden",
        """
        Garden club AGM prep
        - ⟦P1⟧ will bring cuttings of Clematis 'Nelly Moser' and potato 'King Edward' seed
        - ⟦P2.given⟧ organising the raffle; prizes from Fernhill Garden Centre
        - new members: ⟦P3⟧ (⟦PH⟧), ⟦P4⟧ (⟦P4.pemail⟧)
        - treasurer ⟦P5.initial⟧ to report balance of account ⟦ACCT⟧
    """,
    ),
]
