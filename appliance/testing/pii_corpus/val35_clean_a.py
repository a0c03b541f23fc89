"""Clean templates of the val35 part (no personal data, many decoys), first file: chat,
email, sms, letter, form, ticket, notes, minutes, transcript, JSON, tool calls, CSV, TSV and
markdown tables."""

from __future__ import annotations

from appliance.testing.pii_corpus.val35_gen import T

CLEAN_A = [
    # ----------------------------------------------------------------------------- chat
    T(
        "c-chat-01",
        "chat",
        "food",
        """
        Compare Heinz and Crosse & Blackwell baked beans on salt and sugar per 100 g, then
        suggest how our own-label tin (SKU {SKU}) could undercut both at {PRICE}.
        """,
    ),
    T(
        "c-chat-02",
        "chat",
        "release",
        """
        what's the practical difference between Debian Bookworm and Buster for our base images?
        we're on {VER}, build {BUILD}, and the last good hash was {SHA}
        """,
    ),
    T(
        "c-chat-03",
        "chat",
        "awards",
        """
        Explain how Booker Prize judging works compared with the Pulitzer, then draft eligibility
        rules for our own prize: entries close {DATE}, fee {PRICE}, books published after
        {MONTH} {YEAR}.
        """,
    ),
    T(
        "c-chat-04",
        "chat",
        "hire",
        """
        we hire out a Henry hoover at {PRICE}/day and a JCB 8008 at {PRICE2}/day. write a
        weekend offer with a 2-hour grace period for late returns. will do a print version too
        """,
    ),
    T(
        "c-chat-05",
        "chat",
        "photo",
        """
        Is a Hasselblad 500C/M with an 80mm Zeiss Planar worth {PRICE}? Shutter count unknown,
        serial {SERIAL}, light seals replaced in {YEAR}.
        """,
    ),
    T(
        "c-chat-06",
        "chat",
        "salon",
        """
        write three instagram captions: one for our 'Rachel' layered cut, one for the Marcel
        wave workshop ({DAY}, {TIME}, {PRICE} a seat) and one for gel nails. no emojis
        """,
    ),
    T(
        "c-chat-07",
        "chat",
        "pets",
        """
        How do Crufts qualifications work compared with an open show? Our Border Terrier
        {PET} has {N} points so far and we hope to qualify before {MONTH}.
        """,
    ),
    # ---------------------------------------------------------------------------- email
    T(
        "c-email-01",
        "email",
        "proc",
        """
        Subject: {PO} – revised delivery schedule

        Hi team,

        The supplier has confirmed part {PART} will now ship on {DATE} instead of {DATE2}.
        Lead time on SKU {SKU} is {N} weeks. We hope this doesn't affect the {MONTH} build;
        Finance will do the accrual against invoice {INV}.

        Thanks,
        Procurement
        """,
    ),
    T(
        "c-email-02",
        "email",
        "hotel",
        """
        Subject: Booking {BOOK} confirmed

        Dear Guest,

        Thank you for choosing the Savoy. Your Deluxe River View room is confirmed for
        {DATE} ({N} nights, rate {PRICE} per night). Check-in is from 15:00 and afternoon tea
        in the Palm Court can be reserved on arrival.

        Kind regards,
        Reservations Team
        """,
    ),
    T(
        "c-email-03",
        "email",
        "energy",
        """
        Subject: Day-ahead position {DATE}

        Desk,

        We are net long {MW} for hours 18–20. The Lady Margaret WF forecast dropped {PCT}
        after the Gaussian smoothing fix ({VER}). Clearing price {EUR}. Bill me for the extra
        weather feed if Finance asks.

        – Trading
        """,
    ),
    T(
        "c-email-04",
        "email",
        "uni",
        """
        Subject: Open day {DATE} – volunteer briefing

        Hi all,

        Doors open at {TIME}. The Carnegie Mellon exchange talk is in room {ROOM}, the King's
        College chapel tour leaves at {TIME2}, and the Trinity alumni panel runs until 16:30.
        Lanyards are in the Registry office.

        Admissions Team
        """,
    ),
    # ------------------------------------------------------------------------------ sms
    T(
        "c-sms-01",
        "sms",
        "photo",
        """
        Your order {ORDER} has been dispatched. Track it with {TRACK}. Delivery {DAY}
        08:00–12:00.
        """,
    ),
    T(
        "c-sms-02",
        "sms",
        "hospital",
        """
        Reminder: your appointment at the fracture clinic is on {DATE} at {TIME}. Reply YES to
        confirm or NO to cancel. Ref {REF}.
        """,
    ),
    T(
        "c-sms-03",
        "sms",
        "leisure",
        """
        Lane {N} is booked for {TIME}. Ref {REF}. Shoes included, bumpers on request.
        """,
    ),
    T(
        "c-sms-04",
        "sms",
        "coach",
        """
        Shorten: "Your coach (service X{N2}) is running {N} minutes late due to Storm Babet. New
        departure {TIME}, bay {QTY}. Ticket {BOOK} still valid."
        """,
    ),
    # --------------------------------------------------------------------------- letter
    T(
        "c-letter-01",
        "letter",
        "library",
        """
        Dear Parent/Carer,

        Our summer reading challenge starts on {DATE}. This year's theme is "Paddington's
        Travels": children collect a stamp for every book, and finishers receive a Gruffalo
        certificate. Sessions run every {DAY} at {TIME}.

        Children's Library Team
        Can you make this letter sound more exciting?
        """,
    ),
    T(
        "c-letter-02",
        "letter",
        "charity",
        """
        To the Householder,

        We will collect donation bags in your street on {DATE}. Please leave them out by
        {TIME}. We can't accept electrical items, but a Henry hoover in working order is
        always welcome. Thank you for your generosity.

        Please check this for spelling.
        """,
    ),
    T(
        "c-letter-03",
        "letter",
        "hospital",
        """
        Dear Patient,

        Re: Memory clinic, reference {REF}

        Your appointment for an Alzheimer's assessment has been moved to {DATE} at {TIME},
        Outpatients Level 2. Please bring a list of your medicines.

        Appointments Office
        Rewrite in plain English at a reading age of 9.
        """,
    ),
    # ----------------------------------------------------------------------------- form
    T(
        "c-form-01",
        "form",
        "hire",
        """
        EQUIPMENT RETURN CHECKLIST
        Item: JCB 3CX backhoe   Serial: {SERIAL}
        Hour meter: {BIG}   Fuel: 3/4
        Damage: none noted
        Hire ref: {REF}   Returned: {DATE} {TIME}
        Turn this into a return receipt.
        """,
    ),
    T(
        "c-form-02",
        "form",
        "awards",
        """
        ENTRY FORM – Debut Fiction
        Title: The Glass Orchard
        Publisher: Harbour Press   Imprint: Lantern Editions
        ISBN: {ISBN}   Word count: {BIG}
        Publication date: {DATE}   Entry fee: {PRICE}
        Check this entry against the rules.
        """,
    ),
    T(
        "c-form-03",
        "form",
        "food",
        """
        NEW LINE REQUEST
        Product: Dr Oetker-style stone-baked margherita, 2 x 340 g
        SKU: {SKU}   Case size: {QTY}   Cost: {PRICE}
        Shelf life: {N} days   Allergens: gluten, milk
        Listing date: {DATE}
        What information is missing?
        """,
    ),
    # --------------------------------------------------------------------------- ticket
    T(
        "c-ticket-01",
        "ticket",
        "release",
        """
        Ticket {TICKET}: turing-stg node pool fails to scale
        Priority: P3   Component: autoscaler {VER}
        Error: 0x80070005 on port {PORT} after {DUR}
        Steps tried: cordon, drain, restart.
        Suggest next steps.
        """,
    ),
    T(
        "c-ticket-02",
        "ticket",
        "charity",
        """
        Ticket {TICKET}: card reader at till 3 rejects contactless over £100
        Model: Verifone V240m   Firmware: {VER}
        Since: {DATE}
        Classify and suggest a workaround.
        """,
    ),
    T(
        "c-ticket-03",
        "ticket",
        "museum",
        """
        Facilities ticket {TICKET}
        Location: Gallery 4 (Hermitage loan room), humidity {PCT} above target
        Sensor: HX-{N}{QTY}   Last calibrated: {DATE}
        Write the escalation note.
        """,
    ),
    # ---------------------------------------------------------------------------- notes
    T(
        "c-notes-01",
        "notes",
        "guitar",
        """
        stock notes {DATE}
        - Les Paul Standard 50s x2, one with a finish check
        - Stratocaster '62 reissue, serial {SERIAL}
        - Martin D-28 back from setup, {PRICE}
        - order Ernie Ball 10s, {QTY} packs
        make this a tidy stock list
        """,
    ),
    T(
        "c-notes-02",
        "notes",
        "leisure",
        """
        Escape room maintenance:
        - "The Agatha Suite": padlock 3 sticking, code {N}{QTY}
        - "Professor Quill's Study": UV torch batteries
        - "Captain's Cabin": replace map prop ({PRICE})
        Order by priority.
        """,
    ),
    T(
        "c-notes-03",
        "notes",
        "energy",
        """
        morning brief {DATE}
        - Brigid Array offline {TIME}–{TIME2} (planned)
        - Storm Babet remnants, gusts 60 knots
        - Bloomberg terminal licence renews {MONTH}
        - gas {EUR}, power up {PCT}
        summarise in two lines
        """,
    ),
    # -------------------------------------------------------------------------- minutes
    T(
        "c-minutes-01",
        "minutes",
        "food",
        """
        Range review – minutes
        Present: Head of Buying, Category Manager (Ambient), QA Lead, Supply Planner
        1. Kellogg's promo pulled from {MONTH}; replacement SKU {SKU}.
        2. Ben & Jerry's freezer space: keep {N} facings.
        3. Uncle Ben's rebrand stock to clear by {DATE}.
        Actions: QA Lead to re-test allergens.
        Turn into an action table.
        """,
    ),
    T(
        "c-minutes-02",
        "minutes",
        "coach",
        """
        Fleet meeting {DATE}
        Attendees: Fleet Manager, Ops Supervisor, Workshop Lead
        - Ford Transit minibus {N} due MOT {DATE2}
        - Coach "Dolly" new tyres fitted, {PRICE}
        - Coach "Big Bertha" sold at auction
        Decisions only, please.
        """,
    ),
    T(
        "c-minutes-03",
        "minutes",
        "awards",
        """
        Judges' meeting, {DATE}
        Present: Chair, four judges, Prize Administrator
        The panel agreed a longlist of 13. Comparisons with the Booker longlist were noted.
        The Turing Award lecture will be cited in the science category guidance.
        Next meeting {DATE2}, {TIME}.
        Summarise.
        """,
    ),
    # ----------------------------------------------------------------------- transcript
    T(
        "c-transcript-01",
        "transcript",
        "hotel",
        """
        AGENT: Reservations, how can I help?
        CALLER: Hi, I'd like to move booking {BOOK} to the {DATE}.
        AGENT: Of course. That's a Deluxe King at {PRICE}. Shall I hold it until {TIME}?
        CALLER: Yes please. Will do the deposit online.
        Summarise the call.
        """,
    ),
    T(
        "c-transcript-02",
        "transcript",
        "guitar",
        """
        CUSTOMER: How much for a refret on a Telecaster?
        TECH: Stainless is {PRICE}, nickel is {PRICE2}.
        CUSTOMER: And the Rickenbacker bridge?
        TECH: That's a separate job, ticket {TICKET}.
        Write a quote from this.
        """,
    ),
    T(
        "c-transcript-03",
        "transcript",
        "release",
        """
        Speaker 1: Bookworm images are green on {VER}.
        Speaker 2: And Hopper cluster canaries?
        Speaker 1: {PCT} error rate, within budget.
        Speaker 2: Then go. Tag it {BUILD}.
        Turn this into go/no-go minutes.
        """,
    ),
    # ----------------------------------------------------------------------------- json
    T(
        "c-json-01",
        "json",
        "food",
        """
        {"sku": "{SKU}", "brand": "Cadbury", "name": "Dairy Milk 110 g", "case": {QTY},
         "price": "{PRICE}", "promo": {"type": "multibuy", "ends": "{DATE}"}}
        Validate this product record.
        """,
    ),
    T(
        "c-json-02",
        "json",
        "release",
        """
        {
          "release": "{CODENAME}",
          "version": "{VER}",
          "build": "{BUILD}",
          "commit": "{HASH}",
          "artifacts": ["app-{VER}.tar.gz", "app-{VER}.sha256"],
          "id": "{UUID}"
        }
        Generate a changelog header from this manifest.
        """,
    ),
    T(
        "c-json-03",
        "json",
        "pets",
        """
        {"show": "Open Championship", "ring": {N}, "breed": "Border Terrier",
         "entries": [{"catalogue": {QTY}, "reg_name": "Oakwynd Sir Lancelot", "class": "Open"},
                     {"catalogue": {N2}, "reg_name": "Bellhaven Bramble at Larkwhistle",
                      "class": "Puppy"}]}
        Render as a catalogue page.
        """,
    ),
    # ------------------------------------------------------------------------- toolcall
    T(
        "c-toolcall-01",
        "toolcall",
        "hotel",
        """
        Assistant called `check_availability` with {"hotel": "Hilton Garden Inn",
        "checkin": "{DATE}", "nights": {N}, "room_type": "Twin"} and got
        {"available": false, "next": "{DATE2}"}. What should it tell the user?
        """,
    ),
    T(
        "c-toolcall-02",
        "toolcall",
        "hire",
        """
        tool_call: quote_hire
        args: {"item": "JCB 8018", "days": {N}, "delivery": true, "postcode_zone": "C"}
        result: {"total": "{PRICE}", "deposit": "{PRICE2}", "ref": "{REF}"}
        Explain the quote to the customer.
        """,
    ),
    T(
        "c-toolcall-03",
        "toolcall",
        "library",
        """
        function_call {"name": "search_catalogue", "arguments": {"query": "Gruffalo",
        "age": "3-5", "format": "board book"}}
        function_result {"hits": {N}, "top": {"isbn": "{ISBN}", "copies": {QTY}}}
        Reply to the librarian.
        """,
    ),
    # ------------------------------------------------------------------------------ csv
    T(
        "c-csv-01",
        "csv",
        "food",
        """
        sku,brand,description,case,cost
        {SKU},Heinz,Baked Beanz 415 g,{QTY},{PRICE}
        {SKU2},Kellogg's,Corn Flakes 500 g,{N},{PRICE2}
        {SKU3},Dr Oetker,Ristorante Mozzarella,{N2},{PRICE3}
        Which line has the best margin at a {PCT} markup?
        """,
    ),
    T(
        "c-csv-02",
        "csv",
        "photo",
        """
        sku,item,condition,price
        {SKU},Leica M6 body,A-,{PRICE}
        {SKU2},Zeiss Planar 80mm,B+,{PRICE2}
        {SKU3},Rolleiflex 2.8F,B,{PRICE3}
        Write short listings for each.
        """,
    ),
    T(
        "c-csv-03",
        "csv",
        "energy",
        """
        site,date,hour,forecast_mw,actual_mw
        Lady Margaret WF,{DATE},18,{QTY}0,{N}0
        Brigid Array,{DATE},18,{N2}0,{QTY2}0
        Compute the forecast error per site.
        """,
    ),
    # ------------------------------------------------------------------------------ tsv
    T(
        "c-tsv-01",
        "tsv",
        "coach",
        """
        route\tdepart\tarrive\tcoach\tseats
        X{N}\t{TIME}\t{TIME2}\tDolly\t49
        X{QTY}\t{TIME3}\t{TIME4}\tQueen Mab\t53
        Which service has more capacity per hour?
        """,
    ),
    T(
        "c-tsv-02",
        "tsv",
        "library",
        """
        isbn\ttitle\tcopies\ton_loan
        {ISBN}\tPaddington Bear\t{N}\t{QTY}
        {ISBN2}\tThe Gruffalo\t{N2}\t{QTY2}
        {ISBN3}\tMatilda\t{N3}\t{QTY3}
        Which titles need more copies?
        """,
    ),
    T(
        "c-tsv-03",
        "tsv",
        "hire",
        """
        asset\tmodel\thours\tnext_service
        {SERIAL}\tJCB 3CX\t{BIG}\t{DATE}
        {SERIAL2}\tKärcher HD 6/13\t{N}{QTY}\t{DATE2}
        Sort by next service date.
        """,
    ),
    # ------------------------------------------------------------------- markdown table
    T(
        "c-mdtable-01",
        "markdown_table",
        "salon",
        """
        | Service | Time | Price |
        |---|---|---|
        | The Rachel (layered cut) | 60 min | {PRICE} |
        | Bob + gloss | 75 min | {PRICE2} |
        | Marcel wave | 90 min | {PRICE3} |
        Add a column for a {PCT} loyalty discount.
        """,
    ),
    T(
        "c-mdtable-02",
        "markdown_table",
        "museum",
        """
        | Object | Lender | Insurance | Status |
        |---|---|---|---|
        | Tapestry panel A | the Getty | {PRICE} | crated |
        | Tapestry panel B | the Guggenheim | {PRICE2} | on loan |
        | Icon, 16th c. | the Hermitage | {PRICE3} | condition check |
        Total the insurance values.
        """,
    ),
    T(
        "c-mdtable-03",
        "markdown_table",
        "release",
        """
        | Cluster | Version | Nodes | Status |
        |---|---|---|---|
        | ada-prod | {VER} | {N} | green |
        | turing-stg | {VER2} | {QTY} | degraded |
        | lovelace-dev | {VER3} | {N2} | green |
        Write a status update.
        """,
    ),
]
