"""val32 personal templates, part A: hotels, cruise lines, ski resorts and mountain huts,
golf clubs and marinas, toy makers and shops, furniture and homeware, car makers."""

from __future__ import annotations

from appliance.testing.pii_corpus.val32_gen import t

TEMPLATES = [
    t(
        "hotel-email-1",
        "email",
        "hotel",
        r"""
        From: [[p1]] <[[p1.email]]>
        To: [[role1.reservations@casalumen.pt]]
        Subject: Booking [[booking1]] - Hemingway Suite, arrival [[date1]]

        Dear reservations team,

        I have the Hemingway Suite booked from [[date1]] for three nights. My partner \
        [[p2]] will arrive a day later on flight [[flight1]], so please add them to the \
        reservation and leave a second key card at the desk.

        Could the Escoffier restaurant hold a table for two at [[time1]] on the first \
        evening? If anything changes you can reach me on [[phone1]].

        Kind regards,
        [[p1]]
    """,
    ),
    t(
        "hotel-chat-1",
        "chat",
        "hotel",
        r"""
        Write a short welcome card for the Garbo Suite. Guests: [[p1/japanese]] and [[p2]], \
        arriving [[date1]] from [[city1]]. Mention the Chaplin Bar happy hour and that the \
        spa opens at [[time1]]. Keep it under 60 words, warm but not gushing.
    """,
    ),
    t(
        "hotel-form-1",
        "form",
        "hotel",
        r"""
        GUEST REGISTRATION CARD - Hotel Alpenrose
        Room: [[room1]]        Arrival: [[date1]]        Departure: [[date2]]
        Surname: [[p1.LAST]]
        First name(s): [[p1.first]]
        Home address: [[addr1]]
        Country of residence: [[country1]]
        Mobile: [[phone1]]
        E-mail: [[p1.email]]
        Card guarantee: [[card1]]   exp 09/27
        Accompanied by: [[p2]] (partner), [[p3.first]] (child, 6)
        Signature: ____________________
    """,
    ),
    t(
        "hotel-ticket-1",
        "ticket",
        "hotel",
        r"""
        Ticket [[ticket1]] | Priority: High | Queue: Front Office
        Guest [[p1]] (room [[room1]], Churchill wing) disputes the minibar charge of \
        [[price1.s]] on folio [[invoice1]]; says the fridge was never opened. Night manager \
        [[p2.first]] checked the sensor log at [[time1]] and it shows no door events.
        Action: reverse the charge and e-mail the corrected folio to [[p1.email]]. Guest \
        leaves tomorrow, best reached on [[phone1]].
    """,
    ),
    t(
        "hotel-sms-1",
        "sms",
        "hotel",
        r"""
        Hi [[p1.first]], your room at Casa Azul is ready! Door code [[code1]], valid until \
        checkout on [[date1]]. Breakfast is in the Frida Room from 7. Any problem, call \
        [[p2.first]] on [[phone1]].
    """,
    ),
    t(
        "hotel-letter-1",
        "letter",
        "hotel",
        r"""
        [[p1]]
        [[addr1.lines]]

        [[date1]]

        Dear [[p1.title]] [[p1.last]],

        While preparing the Hemingway Suite after your stay, our housekeeping team found a \
        silver bracelet in the bedside drawer. We would be delighted to return it to you.

        Please confirm the address above is still correct and we will send it by insured \
        courier; you will receive tracking number [[track1]] once it leaves us.

        Yours sincerely,

        [[p2]]
        Guest Relations Manager
    """,
    ),
    t(
        "hotel-voice-1",
        "voice",
        "hotel",
        r"""
        note for the front desk [[p1.first]] from room [[room1]] called again about the \
        noise from the Chaplin Bar and wants a room change before tonight call back on \
        [[phone1]] and tell [[p2.first]] to comp the breakfast
    """,
    ),
    t(
        "cruise-email-1",
        "email",
        "cruise",
        r"""
        Subject: Manifest change - MS Gunhild, sailing [[date1]]

        Hello,

        Please replace the third guest in cabin [[room1]] (Magellan Deck). [[p1]] has had \
        to cancel; the new passenger is [[p2]], embarkation unchanged. Passport details \
        will follow through the portal.

        Emergency contact for the cabin stays [[p3]], [[phone1]].
        The final balance of [[price1.l]] can go on the card we hold: [[card1]].

        Thanks,
        [[p4.first]] - [[role1.groups@nordkyst-reiser.no]]
    """,
    ),
    t(
        "cruise-json-1",
        "json",
        "cruise",
        r"""
        {
          "booking_ref": "[[booking1]]",
          "ship": "Queen Isolde",
          "deck": "Picasso",
          "cabin": "[[room1]]",
          "guests": [
            {"name": "[[p1]]", "phone": "[[phone1]]", "loyalty_tier": "Gold"},
            {"name": "[[p2]]", "phone": null, "loyalty_tier": "Gold"}
          ],
          "excursion": {"port": "[[city1]]", "code": "[[code1]]", "price": "[[price1.m]]"},
          "payment": {"method": "card", "pan": "[[card1]]"}
        }
    """,
    ),
    t(
        "cruise-transcript-1",
        "transcript",
        "cruise",
        r"""
        AGENT ([[p1.first]]): Thank you for calling Meridian Cruises, how can I help?
        CALLER: Hi, this is [[p2]]. We're booked on the Seren Amaris next month.
        AGENT ([[p1.first]]): Lovely. Can I take the booking reference?
        CALLER: It's [[booking1]]. My partner [[p3.first]] and I are in cabin [[room1]].
        AGENT ([[p1.first]]): Thank you, [[p2.title]] [[p2.last]]. What would you like to change?
        CALLER: The late dinner sitting, please, and can you call me back on [[phone1]] \
        once it's done? I'm at work until six.
        AGENT ([[p1.first]]): Of course. I've noted [[phone1]] and moved you to the \
        [[time1]] sitting in the Darwin Lounge.
    """,
    ),
    t(
        "cruise-markdown-1",
        "markdown_table",
        "cruise",
        r"""
        Shore excursion list for [[city1]], call on [[date1]]:

        | Cabin | Guest | Excursion | Mobile on board |
        |---|---|---|---|
        | [[room1]] | [[p1]] | Old town walk | [[phone1]] |
        | [[room2]] | [[p2.lf]] | Kayak and snorkel | [[phone2]] |
        | [[room3]] | [[p3]] | Wine cellar tour | - |

        Tour escort: [[p4.first]]. Meet at the gangway on Columbus Deck 20 min before.
    """,
    ),
    t(
        "ski-chat-1",
        "chat",
        "ski",
        r"""
        can you split these kids into two ski school groups by level? beginners meet at the \
        Romy lift, everyone else at the top of the Kaiserin run
        - [[p1.first]] (7, never skied)
        - [[p2.first]] (9, snowplough)
        - [[p3.lfirst]] (8, parallel turns)
        - [[p4.first]] (10, happy on red runs)
        parent contact for all four: [[p5]] [[phone1]]
    """,
    ),
    t(
        "ski-sms-1",
        "sms",
        "ski",
        r"""
        Berghütte Edelweiss: Servus [[p1.first]], Lager für 4 Pers. am [[date1.2]] \
        bestätigt. Anzahlung [[price1.m]] bitte auf [[iban1/AT]] (Zweck: [[booking1]]). \
        Rückfragen: [[phone1/AT]]
    """,
        lang="de",
    ),
    t(
        "ski-form-1",
        "form",
        "ski",
        r"""
        PISTE RESCUE REPORT  No. [[ref1]]
        Date / time: [[date1]] [[time1]]
        Place on the mountain: Franz-Josef run, below pylon 14
        Injured person: [[p1.lf]]
        Home address: [[addr1]]
        Phone: [[phone1]]
        Witness: [[p2]], [[phone2]]
        Patroller: [[p3.init]]
        Outcome: taken down by skidoo to the medical centre, knee splinted
    """,
    ),
    t(
        "ski-minutes-1",
        "minutes",
        "ski",
        r"""
        Lift company - morning briefing, [[date1]]
        Present: [[p1]] (operations), [[p2]] (ski patrol), [[p3.first]] (rental shop)

        1. The Gräfin Sophie chairlift stays closed until the wind drops below 60 km/h.
        2. [[p2.first]] reports two collisions on the Kaiserin run yesterday; more signs at \
        the merge.
        3. Season pass [[ref1]]: holder [[p4]] lost the card; replace it and block the old one.
        4. Next briefing [[date2]], [[time1]]. Actions to [[p1.first]].
    """,
    ),
    t(
        "hut-ics-1",
        "ics",
        "ski",
        r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        BEGIN:VEVENT
        UID:[[uuid1]]
        DTSTART:20250214T160000Z
        SUMMARY:Hut dinner - Rifugio Ottone, table for 6
        ORGANIZER;CN=[[p1]]:mailto:[[p1.email]]
        ATTENDEE;CN=[[p2]]:mailto:[[p2.email]]
        LOCATION:[[addr1/IT]]
        DESCRIPTION:Call [[phone1]] if the gondola closes early.
        END:VEVENT
        END:VCALENDAR
    """,
    ),
    t(
        "golf-email-1",
        "email",
        "golf",
        r"""
        Subject: Results - the Margaret Hollis Salver and the Old Tom Cup

        Members,

        Congratulations to [[p1]] (net 66), who takes the Margaret Hollis Salver, and to \
        [[p2]] and [[p3]], who shared the Old Tom Cup after a play-off on the 18th. The \
        14th hole ("Braid's Leap") stays closed for re-turfing until [[date1]].

        Handicap queries go to [[p4.first]] on [[phone1]] or [[p4.email@heathlandsgolf.co.uk]].

        [[p5.init]], Club Secretary
    """,
    ),
    t(
        "golf-tsv-1",
        "tsv",
        "golf",
        r"""
        tee_time	player	handicap	buggy	mobile
        [[time1]]	[[p1]]	12.4	yes	[[phone1]]
        [[time1]]	[[p2]]	8.1	no	[[phone2]]
        [[time2]]	[[p3.lf]]	21.0	yes
        [[time2]]	[[p4]]	15.7	no	[[phone3]]
    """,
    ),
    t(
        "marina-form-1",
        "form",
        "marina",
        r"""
        BERTH APPLICATION - Nelson Pontoon, berth C-[[num1]]
        Vessel: "Lady Marjorie"  (LOA 11.2 m, beam 3.6 m, draught 1.8 m)
        Owner: [[p1]]
        Owner's address: [[addr1]]
        Contact: [[phone1]] / [[p1.email]]
        Skipper if different: [[p2]]
        Annual fee by direct debit - account holder: [[p1]]
        Sort code: 40-11-62    Account number: [[acct1.uk]]
        Insurance policy: [[policy1]]
    """,
    ),
    t(
        "marina-chat-1",
        "chat",
        "marina",
        r"""
        My neighbour on the pontoon, [[p1]], asked me to help with an email to the harbour \
        master about their berth invoice [[invoice1]]. They paid [[price1.l]] by bank transfer \
        from [[iban1]] on [[date1]] but the marina says nothing arrived. Write it politely \
        in their voice and sign it with their phone number, [[phone1]].
    """,
    ),
    t(
        "toy-email-1",
        "email",
        "toys",
        r"""
        Hi [[p1.first]],

        Thanks for your order [[order1]] from Tiddlywinks Toys! The Barbie Dreamhouse and \
        two Ken dolls ship today with tracking [[track1]]; the Polly Pocket compact is \
        back-ordered until [[date1]].

        Delivery address: [[addr1]]
        Gift message: "Happy birthday [[p2.first]]! Love from Granny [[p3.first]]"

        If the tracking stalls, reply here or call the shop on [[phone1]].
        The Tiddlywinks team
    """,
    ),
    t(
        "toy-chat-1",
        "chat",
        "toys",
        r"""
        I'm writing copy for our new fashion doll line. The dolls are Coralie, Bettina and \
        Odette, and each comes with a pet (a poodle called Biscuit, a pony called Waffles). \
        Give me three 40-word blurbs. The credit line should read "Designed by [[p1]] in \
        [[city1]]". Our buyer [[p2.first]] needs it by [[date1]].
    """,
    ),
    t(
        "toy-csv-1",
        "csv",
        "toys",
        r"""
        order_id,customer,email,phone,item,sku,qty,total
        [[order1]],[[p1]],[[p1.email]],[[phone1]],Action Man Mission Pack,[[sku1]],1,"[[price1.s]]"
        [[order2]],"[[p2.lf]]",[[p2.email]],[[phone2]],Sylvanian Bakery,[[sku2]],2,"[[price2.m]]"
        [[order3]],[[p3]],[[email1]],,Polly Pocket Pool Party,[[sku3]],1,"[[price3.s]]"
    """,
    ),
    t(
        "toy-transcript-1",
        "transcript",
        "toys",
        r"""
        [00:00] Host: Welcome back to the toy fair floor. With me is [[p1]], head designer \
        at Pipkin Toys.
        [00:06] [[p1.first]]: Thanks! This year it's the Sindy relaunch and a new range of \
        action figures, Captain Vortex and his rival Doctor Mirelle.
        [00:15] Host: And you worked on them with [[p2]]?
        [00:18] [[p1.first]]: Yes, [[p2.first]] did all the sculpting in our [[city1]] studio.
    """,
    ),
    t(
        "toy-ticket-1",
        "ticket",
        "toys",
        r"""
        [[ticket1]] - Wrong item received
        Customer: [[p1.lf]]  <[[p1.email]]>
        Order: [[order1]] (Chatty Cathy doll, [[sku1]])
        They received a Raggedy Ann instead. Return label sent to [[addr1]]. Replacement \
        to ship once the return scan shows. Customer asks for a call on [[phone1]] after \
        [[time1]].
    """,
    ),
    t(
        "furniture-chat-1",
        "chat",
        "furniture",
        r"""
        Customer [[p1]] ordered a Billy bookcase, two Ingrid lamps and the Astrid sofa in \
        moss green; delivery slot [[date1]] [[time1]] to [[addr1]]. They now want to swap \
        the Astrid for the Malin corner sofa. Draft a reply confirming the price \
        difference of [[price1.m]] and that the driver will call [[phone1]] 30 minutes before \
        arrival.
    """,
    ),
    t(
        "furniture-ticket-1",
        "ticket",
        "furniture",
        r"""
        Case [[ticket1]] - damaged delivery
        Customer: [[p1.lf]]
        Items: HENRIK armchair ([[sku1]]), KLARA side table ([[sku2]])
        Driver: [[p2.first]] (van 12)
        The KLARA top arrived cracked; photos attached. Customer phone [[phone1]], \
        alternative [[phone2]]. Refund to original card [[card1]] once the return is logged.
    """,
    ),
    t(
        "furniture-html-1",
        "html",
        "furniture",
        r"""
        <table class="order">
          <tr><th>Ship to</th><td>[[p1]]<br>[[addr1]]</td></tr>
          <tr><th>Phone</th><td>[[phone1]]</td></tr>
          <tr><th>Items</th><td>1 x Ingrid floor lamp, brass ([[sku1]])<br>1 x Billy \
        bookcase, oak veneer</td></tr>
          <tr><th>Total</th><td>[[price1.l]]</td></tr>
        </table>
        <p>Questions? Write to
          <a href="mailto:[[role1.orders@nordhem.se]]">[[role1.orders@nordhem.se]]</a></p>
    """,
    ),
    t(
        "furniture-notes-1",
        "notes",
        "furniture",
        r"""
        Showroom visit, [[date1]]
        - [[p1]] + partner [[p2.first]]: want the Astrid sofa but in a deeper seat; \
        sent them the Ottilie swatch book
        - kitchen plan: Hedda cabinets, white; measure on site (address: [[addr1]])
        - call back [[phone1]] once the fabric sample arrives
        - designer on the job: [[p3.first]]
    """,
    ),
    t(
        "car-email-1",
        "email",
        "cars",
        r"""
        Subject: Service reminder - your Renault Zoe (VIN ...[[build1]])

        Dear [[p1.title]] [[p1.last]],

        Your Renault Zoe is due for its annual battery health check. We have held [[date1]] \
        at [[time1]] for you at our workshop. A courtesy car (Nissan Juke) is available if \
        you book it before Friday.

        To confirm, reply to this message or call me directly on [[phone1]].

        [[p2]]
        Service Advisor, Garage du Lac
    """,
    ),
    t(
        "car-toolcall-1",
        "toolcall",
        "cars",
        r"""
        {"name": "create_test_drive", "arguments": {"customer_name": "[[p1]]", \
        "phone": "[[phone1]]", "email": "[[p1.email]]", "model": "Kia Carens 1.5 T-GDi", \
        "showroom": "[[city1]]", "slot": "[[date1.1]] [[time1]]"}}
    """,
    ),
    t(
        "car-csv-1",
        "csv",
        "cars",
        r"""
        lease_no,lessee,model,colour,start,monthly,contact
        [[ref1]],[[p1]],VW Polo Life,Reflex Silver,[[date1.1]],"[[price1.m]]",[[phone1]]
        [[ref2]],[[p2]],Renault Clio E-Tech,Flame Red,[[date2.1]],"[[price2.m]]",[[phone2]]
        [[ref3]],"[[p3.lf]]",Nissan Micra,Pearl White,[[date3.1]],"[[price3.m]]",[[p3.email]]
    """,
    ),
    t(
        "car-notes-1",
        "notes",
        "cars",
        r"""
        call notes - [[date1]]
        spoke to [[p1.lower]] re the Opel Adam trade-in. wants ~[[price1.l]], \
        will bring the car to the [[city1]] branch. partner [[p2.first]] is the co-signer on \
        the finance. bank details for the deposit refund: [[iban1]]
        follow-up with [[p3.first]] (finance desk) on [[phone1]]
    """,
    ),
    t(
        "car-xml-1",
        "xml",
        "cars",
        r"""
        <recallNotice campaign="RC-[[build1]]">
          <model>Kia Ceed SW</model>
          <owner>
            <name>[[p1]]</name>
            <address>[[addr1]]</address>
            <phone>[[phone1]]</phone>
          </owner>
          <dealer contact="[[p2]]">Autohaus am Ring</dealer>
          <status>letter sent [[date1.1]]</status>
        </recallNotice>
    """,
    ),
    t(
        "car-slack-1",
        "slack",
        "cars",
        r"""
        [[[time1.24]]] [[p1]]: anyone know why the Fiat Panda for [[p2]] is still in prep?
        [[[time1.24]]] [[p3]]: waiting on the tow bar. @logistics-bot eta?
        [[[time2.24]]] logistics-bot: part [[part1]] due [[date1]]
        [[[time2.24]]] [[p1]]: ok, I'll call the customer on [[phone1]]. @[[p3.handle]] can \
        you update the job card?
    """,
    ),
    t(
        "hotel-yaml-1",
        "yaml",
        "hotel",
        r"""
        # vip arrivals for the concierge tablet
        date: [[date1.1]]
        arrivals:
          - guest: "[[p1]]"
            suite: Hemingway
            car: Mercedes-Benz V-Class from the airport
            phone: "[[phone1]]"
          - guest: "[[p2]]"
            suite: Garbo
            notes: "allergic to nuts; anniversary - champagne in the room"
            phone: "[[phone2]]"
        duty_manager: "[[p3]]"
    """,
    ),
    t(
        "cruise-vcard-1",
        "vcard",
        "cruise",
        r"""
        BEGIN:VCARD
        VERSION:3.0
        N:[[p1.last]];[[p1.first]];;;
        FN:[[p1]]
        ORG:Meridian Cruises;Shore Excursions
        TITLE:Port Agent
        TEL;TYPE=WORK,VOICE:[[phone1]]
        EMAIL;TYPE=WORK:[[p1.email@meridiancruises.com]]
        ADR;TYPE=WORK:;;[[addr1.street]];[[addr1.city]];;[[addr1.postcode]];[[addr1.country]]
        END:VCARD
    """,
    ),
    t(
        "golf-jira-1",
        "jira",
        "golf",
        r"""
        GOLF-[[num1]] Member portal shows wrong handicap
        Reporter: [[p1]]    Assignee: [[p2]]
        ---
        Comment by [[p2]] ([[date1]] [[time1]]):
        Member [[p3]] (card no. [[ref1]]) says the portal shows 18.2 after the Eliza Cup; \
        the scorecards give 16.9. Their login came from [[ip1]].
        ---
        Comment by [[p1]]:
        Recalculated; looks like the Eliza Cup round was loaded twice. Fixed, emailed \
        [[p3.email]].
    """,
    ),
    t(
        "hotel-ticket-2",
        "ticket",
        "hotel",
        r"""
        NO-SHOW [[ticket1]]  Property: Hotel Alpenrose   Night audit [[date1]]
        Reservation [[booking1]] for [[p1.lf]] (2 nights, Garbo Suite) - guest did not arrive.
        Guarantee card: [[card1]]
        Policy: first night charged ([[price1.m]]). Charge attempted [[time1]], approved.
        Agent [[p2.first]] left a voicemail on [[phone1]]; no reply yet.
    """,
    ),
    t(
        "ski-email-2",
        "email",
        "ski",
        r"""
        Subject: Your ski rental [[booking1]] - deposit

        Hi [[p1.first]],

        Thanks for booking skis and boots with Sport Alpin for [[date1]] to [[date2]]. We \
        pre-authorised a deposit of [[price1.m]] on your card [[card1]]; it is released when \
        the equipment comes back undamaged.

        Your group: [[p1]], [[p2]] and [[p3.first]] (child, boots size 31).
        Pick-up is next to the Romy lift valley station. Questions: [[phone1/AT]].

        Sport Alpin
    """,
    ),
    t(
        "cruise-markdown-2",
        "markdown_table",
        "cruise",
        r"""
        **Onboard account - cabin [[room1]], MS Gunhild**

        | Date | Venue | Guest | Amount |
        |---|---|---|---|
        | [[date1]] | Darwin Lounge | [[p1]] | [[price1.m]] |
        | [[date2]] | Escoffier Grill | [[p2]] | [[price2.m]] |
        | [[date3]] | Spa | [[p1.first]] | [[price3.m]] |

        Settled to card [[card1]] on disembarkation.
        Queries: [[role1.guestservices@meridiancruises.com]]
    """,
    ),
    t(
        "toy-transcript-2",
        "transcript",
        "toys",
        r"""
        SHOP: Tiddlywinks Toys, how can I help?
        CALLER: I'd like to order the Barbie Dreamhouse for my niece, please.
        SHOP: Lovely. Name for the order?
        CALLER: [[p1]].
        SHOP: And the card number when you're ready.
        CALLER: It's [[card1]], expiry 08/27.
        SHOP: Thank you. Delivery to [[addr1]]?
        CALLER: Yes. If nobody's in, call my neighbour [[p2]] on [[phone1]].
    """,
    ),
    t(
        "ski-voice-1",
        "voice",
        "ski",
        r"""
        hey its [[p1.lnick]] from the rental shop the boots for [[p2]] are ready size 27 \
        and a half can you tell [[p3.first]] to pick them up before four or \
        ring me on [[phone1]]
    """,
    ),
]
