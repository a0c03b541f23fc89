"""val5's templates with personal data, in prose shapes: chat, email, sms, letter, notes,
voice_note, transcript, forum and form (the slots are described in val5_gen)."""

from __future__ import annotations

from textwrap import dedent


def T(shape: str, text: str) -> tuple[str, str]:
    return shape, dedent(text).strip("\n")


PROSE: list[tuple[str, str]] = [
    # ---- chat ------------------------------------------------------------------------
    T(
        "chat",
        "Draft a warm birthday message to my cousin [[first:a]] who just turned 30 and moved to [[city:h]] for a nursing job. Keep it under 80 words, no emojis.",
    ),
    T(
        "chat",
        "[[name:a]] is disputing clause 7.2 of the NDA we sent on [[date]]. Summarise her objections from the thread below and suggest a compromise wording.\n\n> The non-solicit period of 24 months is excessive for a 6-week pilot.\n> We also need carve-outs for staff who approach us on their own.",
    ),
    T(
        "chat",
        'can you translate this into Portuguese for our driver? "Hi [[first:a]], pick up at [[addr:x]] before [[time]], the gate code changed, call [[phone]] if the guard asks"',
    ),
    T(
        "chat",
        "Remind me to call [[first:a]] tomorrow at 9 about the lease renewal, her number is [[phone]]. Also book a table for two somewhere near [[city:h]] on Friday.",
    ),
    T(
        "chat",
        "Rewrite this reference request so it sounds less stiff:\n\nDear [[name:a]], [[short:b]] has applied for the Senior Logistics Analyst role at our company and listed you as a referee. Could you spare 15 minutes this week?",
    ),
    T(
        "chat",
        "My student [[short:a]] keeps submitting essays late. Draft a gentle note to her parents ([[first:b]] and [[first:c]]) asking for a call — not accusatory.",
    ),
    T(
        "chat",
        'Please check this Slack message for tone before I send it: "thanks [[nick:a]]! and sorry [[first:b]], I double-booked you with [[first:c]] for the [[city:h]] site visit"',
    ),
    T(
        "chat",
        "What's a polite way to tell [[first:w]] that her invoice has the wrong IBAN? She typed [[iban]] but the contract says [[iban]].",
    ),
    T(
        "chat",
        "I'm [[name:a]], tenant at [[addr:x]]. The landlord says the deposit of [[price]] will be kept for 'wear and tear'. Write me a short letter citing my rights; I can be reached at [[email:a]].",
    ),
    T(
        "chat",
        "help me reply to [[first:w]] — she asked if [[first:a]] can cover her shift at the front desk on Sunday, but [[first:a]] is on leave until the 14th",
    ),
    T(
        "chat",
        "Our agent [[first:a]] pasted a customer's full card number ([[card]]) into ticket [[ticket]]. Write an internal note explaining why that breaks PCI DSS and how to purge it from the history.",
    ),
    T(
        "chat",
        "I'm paying my landlord [[first:a]] by bank transfer. She sent her bank account number [[acct]] and her phone [[phone]] for the payment app. Which one goes in which field?",
    ),
    # ---- email -----------------------------------------------------------------------
    T(
        "email",
        """
        From: [[email:a]]
        To: admissions office
        Subject: Transfer of [[name:b]] (Year 8)

        Good afternoon,

        I am writing on behalf of my son [[first:b]], who will join your school after the half-term break. We are moving from [[city:h]] to [[city:k]] in mid-January. His previous teacher, Ms. [[last:c]], has agreed to send his reports directly.

        Kind regards,
        [[name:a]]
        [[phone]]
        """,
    ),
    T(
        "email",
        """
        Hi [[first:a]],

        Attaching the signed lease for Unit 4. The tenant, [[name:b]], wants to move in on [[date]] rather than the 1st. Her guarantor is [[name:c]] ([[email:c]]), who lives in [[country:h]], so the paperwork may take a week.

        Rent goes to IBAN [[iban]], reference LEASE-U4.

        Cheers,
        [[first:d]]
        """,
    ),
    T(
        "email",
        """
        Subject: Referral – [[upper:a]], DOB 1961

        Dear Dr. [[last:b]],

        Thank you for seeing [[name:a]], a 63-year-old retired bus driver with exertional chest tightness for three months. ECG shows no acute change; troponin was negative. He lives alone at [[addr:x]] and his daughter [[first:c]] ([[phone]]) coordinates appointments.

        Best wishes,
        Dr. [[init:d]]
        """,
    ),
    T(
        "email",
        """
        [[first:a]] — quick one. The customs broker needs the consignee details for shipment [[track]] before it clears in [[city:h]]:

        Consignee: [[name:b]]
        Address: [[addr:x]]
        Tel: [[phonei]]

        Can you confirm by EOD? Otherwise it sits in bonded storage and we pay demurrage.
        """,
    ),
    T(
        "email",
        """
        Dear hiring team,

        Please find attached my application for the Data Engineer role. I am currently based in [[city:h]], [[country:h]], and can relocate. My previous manager, [[name:b]], is happy to act as a reference (phone [[phone]]).

        Best,
        [[name:a]]
        [[email:a]] | [[phone]]
        """,
    ),
    T(
        "email",
        """
        Hello [[first:w]],

        Your booking at the Saltmarsh Hotel is confirmed for 3 nights from [[date]]. We have noted the guest names as [[name:w]] and [[name:b]]. The card ending in the number below was pre-authorised for the first night:

        [[card]]

        If you'd like an airport transfer, reply with your flight number.
        """,
    ),
    T(
        "email",
        """
        Re: KYC follow-up

        Thanks [[first:a]]. To finish onboarding we still need proof of address for [[addr:x]] and the SSN of the second director, [[name:b]]. The one in the form, [[ssn]], belongs to you, not to [[first:b]].

        Regards, Compliance
        """,
    ),
    T(
        "email",
        """
        Team,

        [[name:a]] starts Monday as our new warehouse supervisor in [[city:h]]. Please set her up with a badge and a locker. Her personal mobile for the on-call rota is [[phone]]; [[first:b]] will onboard her for the first two weeks.

        Thanks,
        [[first:c]]
        """,
    ),
    # ---- sms -------------------------------------------------------------------------
    T(
        "sms",
        "Hi [[afirst:a]], your parcel is at the depot. Driver [[first:b]] will try again tomorrow 8-12. Reply STOP to opt out. Questions: [[phone]]",
    ),
    T(
        "sms",
        "[[nick:a]] its me, lost my phone, this is my new number [[phone]]. tell [[first:b]] pls",
    ),
    T(
        "sms",
        "Reminder: viewing at [[addr:x]] tomorrow [[time]] with [[first:a]] from Northgate Realty. Running late? Call [[phone]].",
    ),
    T(
        "sms",
        "Dr [[last:a]]'s clinic: your blood results are ready. Please call [[phonen]] to book a review. Do not reply to this number.",
    ),
    T("sms", "Mum says happy bday [[first:w]]!! party at [[first:b]]'s sat 7pm, bring [[first:c]]"),
    T(
        "sms",
        "[[phonex]] — that's [[first:a]]'s new no. she's changed banks too, acct no. [[acct]] for the rent from now on",
    ),
    T(
        "sms",
        "Your ride with [[first:a]] (Toyota Prius, plate hidden) arrives in 4 min. Share trip: [[first:b]] will get updates at [[phone]]",
    ),
    T(
        "sms",
        "Saltmarsh Hotel: no-show fee of [[price]] will be charged to card [[card]] unless you cancel by 6pm. Questions: [[phone]]",
    ),
    T(
        "sms",
        "New number for [[first:a]]: [[phone]] (the old [[phone]] is dead). Pls update the parents' group",
    ),
    # ---- letter ----------------------------------------------------------------------
    T(
        "letter",
        """
        [[name:a]]
        [[addr:x]]

        [[date]]

        To whom it may concern,

        I have known [[name:b]] for six years as a colleague at the port authority in [[city:h]]. [[first:b]] supervised customs inspections with great care and I recommend [[first:b]] without reservation for the role of compliance officer.

        Yours faithfully,
        [[name:a]]
        """,
    ),
    T(
        "letter",
        """
        NOTICE TO QUIT

        To: [[upper:a]]
        Premises: [[addr:x]]

        The landlord, [[name:b]], gives you notice to leave the premises by [[date]]. Arrears of [[price]] remain unpaid. Payment may be made to account number [[acct]] (sort code given in your tenancy agreement).
        """,
    ),
    T(
        "letter",
        """
        Dear Mr. and Mrs. [[last:a]],

        We are pleased to offer your daughter, [[first:b]], a place in Year 10 at Pinecrest Academy from September. Her form tutor will be Mr. [[last:c]]. Please return the enclosed consent form and contact the office on [[phone]] with any questions.

        Yours sincerely,
        [[name:d]], Head of Admissions
        """,
    ),
    T(
        "letter",
        """
        Letter of authority

        I, [[name:a]], authorise [[name:b]] to collect my personal effects from the hotel storage room in [[city:h]], [[country:h]].

        Signed, [[short:a]]
        """,
    ),
    T(
        "letter",
        """
        Dear [[name:a]],

        Re: Your loan application

        Thank you for applying for a home loan of [[price]]. Before we can proceed we need a bank statement for your checking account [[acct]] and a payslip from your employer. Your SSN [[ssn]] has been verified.

        Loan officer: [[init:b]]
        """,
    ),
    T(
        "letter",
        """
        [[city:h]], [[date]]

        Dear [[first:a]],

        It was such a joy to see you and little [[first:b]] in [[city:k]] last month. I'm sending the photos from the lake with this letter. Give my love to [[first:c]].

        Always,
        [[nick:d]]
        """,
    ),
    T(
        "letter",
        """
        Dear Reservations,

        Please charge the cancellation fee for booking [[order]] to the card on file, [[card]] (cardholder [[upper:a]]). The guest can be reached at [[phone]] or [[email:a]].

        Regards,
        [[name:b]], Night Manager
        """,
    ),
    # ---- notes -----------------------------------------------------------------------
    T(
        "notes",
        """
        Case notes — matter 2025/118 (tenancy dispute)

        - Client: [[name:a]], tenant since 2019
        - Opposing party: [[init:b]] (landlord), represented by [[name:c]]
        - Property: [[addr:x]]
        - Next step: [[first:c]] to send disclosure by [[date]]
        """,
    ),
    T(
        "notes",
        """
        1:1 with [[first:a]] ([[date]])
        * wants to move to the [[city:h]] team in Q3
        * concerns about workload since [[first:b]] left
        * follow up with [[first:c]] re budget
        """,
    ),
    T(
        "notes",
        """
        Parent–teacher meeting, Year 4
        [[short:a]]: reading improving, maths needs support. Mother ([[name:b]]) asked for weekly updates by e-mail: [[email:b]].
        [[first:c]]: excellent term, consider for the choir.
        """,
    ),
    T(
        "notes",
        """
        Interview debrief — Senior Accountant
        Candidate: [[name:a]]
        Panel: [[init:b]], [[init:c]], [[first:d]]
        Strong on IFRS 16, weaker on consolidation. Reference from [[name:e]] still outstanding; call [[phone]] after 3pm [[city:h]] time.
        """,
    ),
    T(
        "notes",
        """
        Dispatch log (handwritten, typed up)
        07:40 [[first:a]] left depot, 14 drops, van 6
        09:15 [[first:a]] reports road closed near [[city:h]], rerouted
        11:02 customer [[name:b]] not home, card left, phone [[phone]] no answer
        """,
    ),
    T(
        "notes",
        """
        Ward round, bed 12 — [[revu:a]]
        Post-op day 2, mobilising with physio. Daughter [[name:b]] is next of kin ([[phone]]). Plan: discharge to [[city:h]] community hospital once stairs assessed.
        """,
    ),
    T(
        "notes",
        """
        Trip to [[country:h]] — to do
        - [[first:a]] to renew passport
        - ask [[first:w]] about visa for [[first:b]]
        - hotel in [[city:h]] booked, confirmation sent to [[email:a]]
        """,
    ),
    # ---- voice_note ------------------------------------------------------------------
    T(
        "voice_note",
        "remind me to call mom at six and then text [[lfirst:a]] about the tickets for saturday her number is [[phonex]]",
    ),
    T(
        "voice_note",
        "note to self ask [[lower:a]] whether the container for [[lcity:h]] left yesterday and if not call the broker [[lfirst:b]] first thing",
    ),
    T(
        "voice_note",
        "ok so the plumber is [[lfirst:a]] from the yellow van he said he can come thursday between ten and twelve his mobile is [[phonex]] and he wants cash",
    ),
    T(
        "voice_note",
        "draft an email to [[lfirst:a]] saying thank you for the reference for [[lfirst:b]] and that we will let her know by friday",
    ),
    T(
        "voice_note",
        "add to the shopping list eggs bread oat milk and remind [[lfirst:a]] to pick up [[lfirst:b]] from football at five thirty",
    ),
    T(
        "voice_note",
        "message for [[lfirst:w]] the viewing moved to [[time]] the address is still [[addr:x]] bring the deposit form",
    ),
    T(
        "voice_note",
        "call [[lower:a]] back about the visa letter she is in [[lcity:h]] until the twelfth and her office number is [[phonex]]",
    ),
    # ---- transcript ------------------------------------------------------------------
    T(
        "transcript",
        """
        [00:00:03] Agent: Thank you for calling Fjordbank, you're speaking with [[first:a]].
        [00:00:07] Caller: Hi, it's [[name:b]]. I want to check a card payment.
        [00:00:12] Agent: Of course. Can you confirm the card number?
        [00:00:15] Caller: It's [[card]].
        [00:00:31] Agent: And your date of birth and the postcode at [[addr:x]]?
        """,
    ),
    T(
        "transcript",
        """
        Interviewer: So, [[first:a]], tell me about your time in [[city:h]].
        [[first:a]]: I ran the night shift at the distribution centre, about 40 pickers. My manager there was [[name:b]] — she'd be a good reference.
        Interviewer: Great. And [[first:c]] mentioned you also did forklift training?
        """,
    ),
    T(
        "transcript",
        """
        DISPATCH: Unit 14, go ahead.
        DRIVER ([[upper:a]]): Arrived at [[addr:x]], nobody answering.
        DISPATCH: Customer is [[name:b]], try [[phone]].
        DRIVER: Calling now.
        """,
    ),
    T(
        "transcript",
        """
        Teams call — project kick-off ([[date]])
        [[name:a]]: Can everyone hear me? [[first:b]], you're on mute.
        [[name:b]]: Sorry! Yes. I'm dialling in from [[city:h]] today.
        [[name:c]]: Let's start with the data migration. [[first:a]], do you have the timeline?
        """,
    ),
    T(
        "transcript",
        """
        Caller: Hi, I'm calling about my mother, [[name:a]]. She's at [[addr:x]] and she's fallen.
        Operator: Is she breathing? What's your name?
        Caller: [[first:b]]. My number is [[phone]].
        """,
    ),
    T(
        "transcript",
        """
        Speaker 1 ([[first:a]]): the landlord agreed to fix the boiler by the 20th
        Speaker 2 ([[first:b]]): did he put that in writing? send it to me at [[email:b]]
        Speaker 1: yeah I'll forward it, and I'll ask [[first:c]] to sign as witness
        """,
    ),
    T(
        "transcript",
        """
        Agent: For verification, can I take your social security number?
        Caller: Sure, SSN [[ssnd]].
        Agent: Thank you, [[first:a]]. And the best number to reach you?
        Caller: [[phone]], or my husband [[first:b]] on [[phone]].
        """,
    ),
    # ---- forum -----------------------------------------------------------------------
    T(
        "forum",
        """
        Report #[[num]] — category: harassment
        Reported user: [[at:a]]
        Reporter: [[at:b]]
        Message: "[[first:a]] keeps DMing me my home address ([[addr:x]]) and says he knows where I work. I've blocked him twice."
        Mod note: escalate to [[first:c]].
        """,
    ),
    T(
        "forum",
        """
        Re: best way to move a piano across town?

        [[at:a]] wrote:
        > hired two guys from a local company, cost me [[price]]

        Same here, [[first:b]] from the moving group in [[city:h]] did ours. Ask for [[first:b]], not the office, they overcharge.
        """,
    ),
    T(
        "forum",
        """
        [Discord #general]
        [[lfirst:a]]: anyone going to the meetup in [[city:h]]?
        [[lfirst:b]]: yes! [[at:c]] is driving from [[city:k]]
        [[lfirst:c]]: lol I never said that
        """,
    ),
    T(
        "forum",
        """
        Ban appeal from [[at:a]]:

        hi mods, my brother [[first:b]] used my account and posted that phone number ([[phone]]). it was his ex's number, not mine. i know that's not ok. can i get unbanned?
        """,
    ),
    T(
        "forum",
        """
        Thread: scam warning — "rental" in [[city:h]]
        Posted by [[at:a]]

        Someone calling herself [[name:b]] asked me to wire a deposit to [[iban]] before any viewing. Her number was [[phone]]. Don't fall for it.
        """,
    ),
    T(
        "forum",
        """
        Moderator queue — auto-flagged (possible doxxing)
        Author: [[at:a]]
        Excerpt: "...his real name is [[name:b]], he lives at [[addr:x]], email [[email:b]]..."
        """,
    ),
    # ---- form ------------------------------------------------------------------------
    T(
        "form",
        """
        CUSTOMS DECLARATION CN23
        Sender: [[upper:a]]
        Sender address: [[addr:x]]
        Addressee: [[upper:b]]
        Addressee city / country: [[ucity:h]] / [[ucountry:h]]
        Tel: [[phonei]]
        Contents: books (2), tea (500 g)   Value: [[price]]
        """,
    ),
    T(
        "form",
        """
        STUDENT ENROLMENT FORM
        Surname, given name: [[revu:a]]
        Date of birth: 14/06/2012
        Parent/guardian: [[name:b]]
        Phone: [[phone]]    E-mail: [[email:b]]
        Emergency contact: [[name:c]], [[phone]]
        """,
    ),
    T(
        "form",
        """
        Loan application — applicant details
        Name: [[name:a]]
        SSN: [[ssnd]]
        Address: [[addr:x]]
        Employer: Harbourline Logistics
        Checking account number: [[acct]]
        Co-applicant: [[name:b]]
        """,
    ),
    T(
        "form",
        """
        GUEST REGISTRATION
        Guest: [[revu:a]]
        Nationality: [[ucountry:h]]
        Home address: [[addr:x]]
        Payment card: [[card]]
        Accompanied by: [[upper:b]]
        """,
    ),
    T(
        "form",
        """
        Incident report
        Reported by: [[name:a]] (night porter)
        Involved: [[name:b]], room 214
        Witness: [[first:c]] from housekeeping
        Contact for follow-up: [[phone]]
        """,
    ),
    T(
        "form",
        """
        W-9 style vendor form (internal copy)
        Legal name: [[name:a]]
        Business address: [[addr:x]]
        Taxpayer SSN: [[ssn]]
        Bank account no.: [[acct]]
        Contact e-mail: [[email:a]]
        """,
    ),
    T(
        "form",
        """
        Viewing request
        Full name: [[name:a]]
        Phone: [[phone]]
        Preferred area: [[region]]
        Current address: [[addr:x]]
        Notes: moving with partner [[first:b]] and a dog
        """,
    ),
    T(
        "form",
        """
        DIRECT DEBIT MANDATE
        Account holder: [[upper:a]]
        Bank account number: [[acct]]
        Card for the security deposit: [[card]]
        Daytime phone: [[phone]]
        Signature: ____________
        """,
    ),
]
