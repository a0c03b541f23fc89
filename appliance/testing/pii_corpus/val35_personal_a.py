"""Personal templates of the val35 part, first file: chat, email, sms, letter, form, ticket
and notes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val35_gen import T

PERSONAL_A = [
    # ----------------------------------------------------------------------------- chat
    T(
        "p-chat-01",
        "chat",
        "proc",
        """
        can you draft a polite chaser to {P1} at Quernstone Supplies? invoice {INV} for {PRICE}
        is 45 days overdue. {P1.his} direct line is {PHONE1} and their AP mailbox is {ROLE1}.
        cc {P2.first} from treasury, and keep it short
        """,
    ),
    T(
        "p-chat-02",
        "chat",
        "uni",
        """
        I need an alumni spotlight (120 words max). {P1} graduated in {YEAR}, did an exchange
        semester at Carnegie Mellon, and now runs a sourdough bakery in {CITY1}. {P2.init}
        from the Trinity alumni board nominated {P1.him}. Warm tone, no clichés please.
        """,
    ),
    T(
        "p-chat-03",
        "chat",
        "salon",
        """
        client {P1.first} wants "the Rachel" again but a bit shorter, and {P2.first} will do
        a Marcel wave for the bridesmaid at {TIME}. write a booking confirmation text for {DAY}
        and include our salon number {PHONE1}
        """,
    ),
    T(
        "p-chat-04",
        "chat",
        "release",
        """
        hey, {P1.lfirst} here. can you summarise why the bookworm upgrade on the hopper cluster
        failed last night? {P2.lfirst} said the node at {IP1} kept rejecting image {VER}.
        ping {P2.llast} if you need the logs, i'm off until {DAY}
        """,
    ),
    T(
        "p-chat-05",
        "chat",
        "pets",
        """
        Our girl Ch. Ravensbrook Midnight Sonata (call name {PET}) won Best of Breed under judge
        {P1} at the {CITY1} championship show! Write a short Facebook post thanking {P1.first},
        our handler {P2} and {P3.first}, who bred her.
        """,
        cult="english scottish welsh irish australian american",
    ),
    T(
        "p-chat-06",
        "chat",
        "energy",
        """
        Quick one: {P1.first} wants a two-paragraph note on why the Lady Margaret wind farm
        was curtailed by {MW} yesterday. Send the draft to {P1.work} and copy {P2}. Leave out
        the {EUR} settlement price, that's still confidential.
        """,
    ),
    T(
        "p-chat-07",
        "chat",
        "hotel",
        """
        Guest {W1} (room {ROOM}, checking out {DAY}) asked whether {W1.his} afternoon tea at
        the Ritz can move to {TIME}. Draft a friendly reply I can send by WhatsApp to {PHONE1}.
        """,
    ),
    T(
        "p-chat-08",
        "chat",
        "library",
        """
        can u suggest 5 picture books like Paddington and The Gruffalo for a storytime? it's
        for {P1.nick}'s under-5s group on {DAY}. also remind me to ring {P2} back on {PHONE2}
        about the Matilda puppet show
        """,
    ),
    T(
        "p-chat-09",
        "chat",
        "hire",
        """
        Customer {P1} from {CITY1} returned the JCB mini digger two days late and the Henry
        hoover with a split hose. Deposit was taken on card {CARD1}. Work out what we can fairly
        keep from the {PRICE} deposit and draft the explanation email.
        """,
    ),
    # ---------------------------------------------------------------------------- email
    T(
        "p-email-01",
        "email",
        "proc",
        """
        Subject: Updated remittance details – {INV}

        Hi {P1.first},

        Please note that our bank details change with effect from {DATE}. Payments should
        now be made to:

        Account name: Northmere Group Ltd
        IBAN: {IBAN2}
        BIC: {BIC}

        Could you confirm once your vendor master file has been updated? If anything is
        unclear, call me on {PHONE2}.

        Kind regards,
        {P2}
        Credit Control, Northmere Group
        {P2.work}
        """,
    ),
    T(
        "p-email-02",
        "email",
        "uni",
        """
        Please check the tone of this offer email:

        Dear {P1.mr} {P1.last},

        On behalf of the admissions committee at King's College I am delighted to offer you a
        place on the MSc in Applied Statistics starting this {MONTH} (applicant ref {REF}).

        Please return the signed acceptance form to {ROLE1} by {DATE}. Our records show your
        correspondence address as {ADDR1}; if this has changed, let us know.

        Yours sincerely,
        Dr {P2.last}
        Director of Graduate Admissions
        """,
    ),
    T(
        "p-email-03",
        "email",
        "food",
        """
        From: {P1} <{P1.work}>
        To: {P2.email}
        Subject: Tasting panel feedback – own-label baked beans

        Hi {P2.first},

        Thanks for sending the samples. The panel ({P3}, {P4.first} and I) tasted them blind
        against Heinz on {DAY}. Sauce viscosity scored well; salt is {PCT} above our target.
        Can you resubmit by {DATE}? Happy to talk it through on {PHONE1}.

        Best,
        {P1.first}
        """,
    ),
    T(
        "p-email-04",
        "email",
        "awards",
        """
        Subject: Shortlist call – please keep confidential

        Dear {P1},

        I'm pleased to tell you that your novel has been shortlisted for this year's Lantern
        Prize (not, alas, the Booker). The announcement is embargoed until {DATE} {TIME}.

        Our press officer {P2} will contact you on {PHONE1} to arrange photographs. If you'd
        rather we went through your agent, {P3}, just reply to this email.

        Warmly,
        {P4}, Chair of Judges
        """,
    ),
    T(
        "p-email-05",
        "email",
        "guitar",
        """
        Rewrite this so it sounds less defensive:

        Hi {P1.first}, your Les Paul is ready. We did a full refret and set it up with 10s like
        you asked. The Stratocaster neck pocket crack is cosmetic. Total {PRICE}, and we still
        have your old Martin D-28 case here too. Collect any day after {DAY} or we can
        courier it to {ADDR1}. - {P2.first}, Fret & Fable workshop, {PHONE2}
        """,
    ),
    T(
        "p-email-06",
        "email",
        "museum",
        """
        Subject: Loan agreement {REF} – courier arrangements

        Dear {P1.mr} {P1.last},

        Further to our call, the two panels will travel from the Getty with our courier,
        {P2}, who will accompany the crate on flight {FLIGHT} and supervise the installation.
        {P2.first} can be reached on {PHONE2} while in transit.

        Please send the facility report to {ROLE1} before {DATE}.

        With best wishes,
        {P3}
        Registrar
        """,
    ),
    T(
        "p-email-07",
        "email",
        "hospital",
        """
        Summarise this for the ward manager in three bullet points:

        From: {P1} <{P1.email}>
        Subject: Complaint – discharge from ward 9, St Thomas'

        My {P2.g_father_mother}, {P2}, was discharged on {DATE} without {P2.his} Parkinson's
        medication. I called
        the ward on {PHONE1} three times. Please contact me on {PHONE3} or write to {ADDR1}.
        {P1.first}
        """,
    ),
    T(
        "p-email-08",
        "email",
        "coach",
        """
        Subject: Charter quote {REF} – {P1.lf}

        Hello {P1.first},

        Thanks for your enquiry. For 49 passengers from {CITY1} to {CITY2} on {DATE} we can
        offer our executive coach "Big Bertha" with driver {P2}. The price is {PRICE} incl.
        VAT. A 20% deposit secures the booking; the balance is due 14 days before travel.

        {P3}
        Charters desk – {PHONE3}
        """,
    ),
    # ------------------------------------------------------------------------------ sms
    T(
        "p-sms-01",
        "sms",
        "salon",
        """
        Hi {P1.first}! Reminder: cut & colour with {P2.first} tomorrow {TIME}. Reply C to
        cancel or call {PHONE1}. Snip & Shine x
        """,
    ),
    T(
        "p-sms-02",
        "sms",
        "coach",
        """
        Translate to Polish: "Driver {P1} will meet your group at {CITY1} coach station, bay
        {N}, at {TIME}. Call {PHONE1} if delayed."
        """,
    ),
    T(
        "p-sms-03",
        "sms",
        "hire",
        """
        {P1.first} the skid steer is back at depot, £{QTY} fuel charge added. Any q's ring
        {P2.first} {PHONE2}
        """,
    ),
    T(
        "p-sms-04",
        "sms",
        "pets",
        """
        make this text shorter: Hi its {P1.first} from Brackenhollow kennels, the litter is here! 3
        dogs 2 bitches. {P2.first} wanted first pick - can u let {P2.him} know. my new number is
        {PHONE1} x
        """,
    ),
    T(
        "p-sms-05",
        "sms",
        "photo",
        """
        Fotolab: your prints for order {ORDER} are ready, {P1.LAST}. Collect at the counter or
        call {PHONE1}. Hasselblad scans on USB as requested.
        """,
    ),
    T(
        "p-sms-06",
        "sms",
        "hospital",
        """
        {PHONE1}: Hi {P1.first}, this is {P2.first} from the fracture clinic at Johns
        Hopkins. Your appointment moved to {DAY} {TIME}. Reply YES to confirm.
        """,
    ),
    # --------------------------------------------------------------------------- letter
    T(
        "p-letter-01",
        "letter",
        "charity",
        """
        {P1}
        {ADDR1}

        {DATE}

        Dear {P1.first},

        Thank you for donating three bags of clothes and a Henry hoover to our {CITY2} shop.
        Because you signed a Gift Aid declaration, your items raised an extra {PRICE} for the
        hospice. If you would prefer not to hear from us, call {PHONE1} or email {ROLE1}.

        With gratitude,

        {P2}
        Shop Manager
        """,
    ),
    T(
        "p-letter-02",
        "letter",
        "uni",
        """
        Polish this reference letter:

        To whom it may concern,

        I have known {P1} for four years as {P1.his} tutor at Holtmoor College. {P1.He}
        graduated with first-class honours and was runner-up for the Turing Award student
        essay prize (the undergraduate one, sadly not the real thing). I recommend {P1.him}
        without reservation. Contact me at {P2.work} or {PHONE2}.

        Prof. {P2}
        """,
    ),
    T(
        "p-letter-03",
        "letter",
        "hospital",
        """
        Riverside University Hospitals NHS Trust
        Outpatients, Level 2

        {P1.UP}
        {ADDR1}

        Dear {P1.mr} {P1.last},

        You have been referred to Dr {P2.last}'s memory clinic (Alzheimer's assessment) on
        {DATE} at {TIME}. Please bring a list of your medicines. If you need an interpreter,
        call {PHONE1}.

        Yours sincerely,
        Appointments Office
        """,
    ),
    T(
        "p-letter-04",
        "letter",
        "proc",
        """
        Turn this into a formal letter:
        to {P1} at {ADDR1} - we're terminating supply agreement {PO} for repeated late
        deliveries (see {DATE}). final payment {PRICE} will go to their account number
        {ACCT1} as usual. signed {P2}, head of procurement
        """,
    ),
    T(
        "p-letter-05",
        "letter",
        "awards",
        """
        {DATE}

        Dear {P1.mr} {P1.last},

        On behalf of the Quillmark Awards trustees, I write to confirm that you have been named
        this year's recipient of the Foundry Medal for Engineering, joining previous winners
        whose work has also been recognised with a Pulitzer and an Emmy. The ceremony will take
        place in {CITY1} on {DATE2}.

        Yours faithfully,
        {P2}
        """,
    ),
    # ----------------------------------------------------------------------------- form
    T(
        "p-form-01",
        "form",
        "uni",
        """
        Extract the fields from this application form as JSON:

        SURNAME: {P1.LAST}
        GIVEN NAMES: {P1.first}
        DATE OF BIRTH: {DATE}
        HOME ADDRESS: {ADDR1}
        MOBILE: {PHONE1}
        EMAIL: {P1.email}
        PREVIOUS INSTITUTION: Stanford Online High School
        REFEREE: {P2}, {P2.work}
        """,
    ),
    T(
        "p-form-02",
        "form",
        "hire",
        """
        PLANT HIRE AGREEMENT {REF}
        Hirer: {P1}
        Site address: {ADDR1}
        Contact: {PHONE1}
        Equipment: JCB 3CX backhoe, 2x Makita breakers
        Card on file: {CARD1}   Expiry: {MONTH} {YEAR}
        Authorised by: {P2.init}
        Check this form for missing fields.
        """,
    ),
    T(
        "p-form-03",
        "form",
        "hospital",
        """
        Patient registration (please summarise for the triage nurse)
        Name: {P1.lf}
        NHS/insurance no.: {REF}
        SSN (if applicable): {SSN1}
        Next of kin: {P2} ({PHONE2})
        Address: {ADDR1}
        GP: Dr {P3.last}
        """,
    ),
    T(
        "p-form-04",
        "form",
        "pets",
        """
        ENTRY FORM – {CITY1} Cat Fanciers Championship
        Exhibitor: {P1}
        Telephone: {PHONE1}
        E-mail: {P1.email}
        Cat: GR CH Velvetpaw Sir Percival (Ragdoll, male), call name {PET}
        Breeder: {P2.lf}
        Class: Open Adult. Fee {PRICE}
        Please check the entry is complete.
        """,
    ),
    T(
        "p-form-05",
        "form",
        "proc",
        """
        NEW SUPPLIER SET-UP
        Company: Ormsby & Daughters Catering Ltd
        Contact name: {P1}
        Contact phone: {PHONE1}
        Remittance e-mail: {ROLE1}
        Bank: Lloyds   Sort code: {SORT}   Account no.: {ACCT1.gb}
        IBAN (if overseas): {IBAN1}
        VAT reg: {VAT}
        Approved by: {P2.init}
        Flag anything that looks inconsistent.
        """,
    ),
    T(
        "p-form-06",
        "form",
        "leisure",
        """
        PARTY BOOKING – Frostline Arena
        Lead booker: {W1}
        Phone: {PHONE1}
        Child's name: {P2.first}, turning 8
        Package: skate + bowling, {QTY} children
        Escape room add-on: "The Agatha Suite"
        Payment card: {CARD1}
        Write a confirmation message from this.
        """,
    ),
    # --------------------------------------------------------------------------- ticket
    T(
        "p-ticket-01",
        "ticket",
        "release",
        """
        Ticket {TICKET}: Deploy of Turing {VER} blocked
        Reporter: {P1}
        Assignee: {P2}
        Priority: P2
        Description: canary host {IP1} fails health check on port {PORT}; rollback done by
        {P2.first}. {P3.init} asked for a root-cause write-up. Suggest next steps.
        """,
    ),
    T(
        "p-ticket-02",
        "ticket",
        "hotel",
        """
        Guest complaint #{N}{QTY}
        Guest: {P1} – booked via Marriott Bonvoy, stay {DATE}
        Contact: {P1.email} / {PHONE1}
        Issue: charged twice on card {CARD1} for the Savoy Grill dinner.
        Handled by: {P2.first} (front desk)
        Draft an apology and refund note.
        """,
    ),
    T(
        "p-ticket-03",
        "ticket",
        "photo",
        """
        Repair ticket {TICKET}
        Customer: {P1.lf}   Tel: {PHONE1}
        Item: Leica M6, serial {SERIAL}, shutter capping at 1/1000
        Notes: {P2.first} quoted {PRICE}; customer wants it back before a wedding in {CITY1}.
        Please write the customer update.
        """,
    ),
    T(
        "p-ticket-04",
        "ticket",
        "charity",
        """
        Incident report – {CITY1} shop
        Logged by: {P1}
        Volunteer involved: {P2}
        A customer paid for a Cadbury hamper with card {CARD1} which was later reported
        stolen. Police reference {CASE}. Summarise for the area manager, {P3}.
        """,
    ),
    T(
        "p-ticket-05",
        "ticket",
        "energy",
        """
        [{TICKET}] Settlement dispute – Brigid Array export meter
        Raised by {P1} ({P1.work}), {PHONE1}
        Counterparty contact: {P2}
        Bank details for the adjustment: IBAN {IBAN1}
        Classify the urgency and suggest an owner.
        """,
    ),
    # ---------------------------------------------------------------------------- notes
    T(
        "p-notes-01",
        "notes",
        "museum",
        """
        Notes from today's visit to the Guggenheim store room:
        - {P1} (their registrar) showed us the tapestry crates
        - {P2.first} measured the lift: 2.4 m clearance
        - follow up with {P1.first} on {PHONE1} re insurance valuation ({PRICE})
        - our courier will be {P3.init}
        Turn these into a short email to my director.
        """,
    ),
    T(
        "p-notes-02",
        "notes",
        "salon",
        """
        Client card – {P1}
        Allergies: PPD patch test {DATE}, negative
        Last visit: bob with curtain fringe, toner 9.1 (by {P2.first})
        Prefers Saturday mornings, mobile {PHONE1}
        Rewrite as a neat client profile.
        """,
    ),
    T(
        "p-notes-03",
        "notes",
        "guitar",
        """
        workshop notes {DATE}
        {P1.first} {P1.last}'s Steinway model B - regulation + voicing, quoted {PRICE}
        {P2} - Gretsch, rewire, wants call on {PHONE2} before we order pots
        lucille-style ES-355 for {P3.first}: waiting on case from {CITY1}
        make this a to-do list sorted by urgency
        """,
    ),
    T(
        "p-notes-04",
        "notes",
        "library",
        """
        Storytime rota ({MONTH}):
        wk1 {P1} – Peppa Pig, bring the big book
        wk2 {P2} – The Gruffalo's Child
        wk3 {P3.nick} – Matilda readalong (older kids)
        cover: {P4.first}, {PHONE4}
        Format this as a table for the noticeboard.
        """,
    ),
    T(
        "p-notes-05",
        "notes",
        "coach",
        """
        Lost property log, depot B:
        {DATE} – black rucksack, coach "Dolly", route X{N}. Owner {P1} called from {PHONE1}.
        {DATE2} – reading glasses, coach "Queen Mab". Owner unknown.
        {DATE3} – child's Paddington teddy. Mum ({P2}) collecting {DAY}.
        Which items can be disposed of after 28 days?
        """,
    ),
]
