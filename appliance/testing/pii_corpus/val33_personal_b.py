"""val33 personal templates, part B: ticket, notes, minutes, transcript, json, toolcall."""

from __future__ import annotations

from appliance.testing.pii_corpus.val33_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------------------ ticket
    T(
        "p-ticket-01",
        "ticket",
        "airline",
        """
    Ticket <<#ticket>> | Priority: High | Queue: Loyalty
    Customer: <<P1>> (tier: Gold)
    Issue: Miles from <<#flight>> not credited. Customer says the aircraft was the A350 ~
    "Amelia Earhart" and the crew swapped the seat from <<#seat>> to <<#seat2>>.
    Contact: <<P1.email>> / <<PH1>>
    Assigned: <<W2.first>> (Tier 2)
    """,
    ),
    T(
        "p-ticket-02",
        "ticket",
        "labequip",
        """
    RMA request <<#ticket>>
    Product: Geiger counter GMC-500, serial <<#part>>
    Fault: tube reads zero after firmware <<#ver>>
    Customer: <<P1>>, <<L1.addr>>
    Lab manager: Dr <<P2.last>> (<<P2.email>>)
    RMA desk: <<@rma@countlab-service.com>>
    Return courier booked for <<#date>>.
    """,
    ),
    T(
        "p-ticket-03",
        "ticket",
        "cosmetics",
        """
    Subject: Wrong shade delivered - order <<#order>>
    Status: Open
    ---
    Customer <<P1>> ordered Ruby Woo and Marilyn (matte) but received two Velvet Teddy. ~
    She wants the right shades sent to <<L1.addr>> and would like a call on <<PH1>>.
    Agent note (<<P2.first>>): replacement approved, refund postage to card <<CC1>>.
    """,
    ),
    T(
        "p-ticket-04",
        "ticket",
        "courier",
        """
    [INC-<<#qty>>] Damaged piano during move
    Reporter: <<P1>> <<<P1.email>>>
    Move date: <<#date>>  From: <<L1.addr>>  To: <<L2.addr>>
    Crew lead: <<P2>>
    Notes: customer's Steinway upright has a cracked leg. Photos attached. Insurer is ~
    Harbour Mutual, policy <<#policy>>.
    """,
    ),
    T(
        "p-ticket-05",
        "ticket",
        "housing",
        """
    Maintenance ticket <<#ticket>> - Block <<#unit>>
    Reported by: <<P1.fcaps>>
    Issue: window won't close, draught in room. Flatmate <<P2.first>> also affected.
    Access: tenant happy for contractor to enter with master key.
    Call before arrival: <<PH1>>
    """,
    ),
    # ------------------------------------------------------------------------------ notes
    T(
        "p-notes-01",
        "notes",
        "probate",
        """
    File note - <<#date>>
    Call with <<P1f>> re her aunt's estate (<<P2f>>, d. March).
    - Assets: flat at <<L1.addr>>, premium bonds, savings acct no. <<AC1>>
    - Other beneficiaries: <<P3m.first>> (nephew, lives in <<L2.country>>) and the RNLI
    - the will was found in the bureau; witnessed by <<P4.init>> and <<P5.init>>
    - Follow up: ask <<P1f.first>> for utility bills. Her mobile <<PH1>>.
    """,
    ),
    T(
        "p-notes-02",
        "notes",
        "aquarium",
        """
    Stranding log - grey seal pup "Biscuit"
    Found on the beach by <<P1>> (walker) at 07:40, who called the hotline from <<PH1>>.
    Vet on duty: <<P2.first>>. Weight 11.2 kg, dehydrated.
    Transfer to the rehab pool at <<L1.city>> arranged with <<P3>>.
    Biscuit named by <<P1.first>>'s daughter.
    """,
    ),
    T(
        "p-notes-03",
        "notes",
        "modelclub",
        """
    Model club AGM prep
    * Treasurer <<P1.first>> wants membership fees paid to the new account: sort code ~
    <<AC1.sort>>, acct <<AC1>>
    * Flying field lease: landowner Mr <<P2m.last>>, <<PH2>>
    * <<P3>> bringing the Spitfire and the Tiger Moth for the display
    * Insurance renewal - ask <<P4.first>>
    """,
    ),
    T(
        "p-notes-04",
        "notes",
        "astronomy",
        """
    Meteor watch sign-up (Perseids)
    1. <<P1>> - bringing the 10" Dobsonian
    2. <<P2.lf>>
    3. <<W3.first>> + 2 kids
    4. <<P4>> (needs lift from <<L1.city>>, <<PH4>>)
    Site: field behind <<L2.addr>>. Red torches only!
    """,
    ),
    T(
        "p-notes-05",
        "notes",
        "bakery",
        """
    Wedding cake consult - <<#date>>
    Couple: <<P1>> & <<P2>>
    Venue: barn near <<L1.city>>, <<L1.region>>
    Flavours: lemon drizzle, Victoria sponge tier, Pavlova dessert table
    Deposit <<#price>> paid by card <<CC1.last4>>
    Planner: <<P3.first>> <<PH3>>
    """,
    ),
    # ------------------------------------------------------------------------------ minutes
    T(
        "p-minutes-01",
        "minutes",
        "charity",
        """
    Minutes of the Trustees' Meeting, <<#date>>
    Present: <<P1>> (Chair), <<P2>> (Treasurer), <<P3>>, <<P4.init>>
    Apologies: <<W1>>

    1. Nuffield Foundation grant: <<P2.first>> reported the second tranche of <<#price>> ~
    has arrived.
    2. Volunteers in <<L1.city>>: <<P3.first>> to recruit two more drivers.
    3. AOB: <<P1.first>> thanked <<P4.init>> for the Macmillan coffee morning and proposed ~
    a joint event with the Alzheimer's Society.
    Next meeting: <<#date2>>.
    """,
    ),
    T(
        "p-minutes-02",
        "minutes",
        "sports",
        """
    League committee - minutes
    Attendees: <<P1.first>>, <<P2.first>>, <<P3>>, <<P4>>
    - Ryder Cup trip: <<P3.first>> confirmed 14 places; balance to <<P3.email>> by Friday.
    - Trophy engraving: the Walker Cup replica goes to <<P5>>'s team.
    - <<P2.first>> raised pitch booking issues at <<L1.city>>.
    - Grand National sweepstake: <<P1.first>> drew Desert Orchid II, <<P2.first>> drew ~
    Frankel's half-brother.
    Actions: <<P4.nick>> to email the county FA.
    """,
    ),
    T(
        "p-minutes-03",
        "minutes",
        "architecture",
        """
    Design review #<<#n>> - <<#date>>
    Attendees: <<P1>> (client), <<P2>> (lead architect), <<P3>> (structures)
    Discussion: client likes the Rockefeller Center-style setbacks but wants less glass than ~
    the Gherkin. <<P3.first>> to check the cantilever over the plot boundary at <<L1.addr>>.
    Next: <<P2.first>> to circulate sketches to <<P1.email>>.
    """,
    ),
    T(
        "p-minutes-04",
        "minutes",
        "housing",
        """
    Residents' committee - minutes
    Chair: <<P1>>   Notes: <<P2.first>>
    1. Laundry cards: the reader in Block <<#unit>> rejects cards again.
    2. <<P3>> (Floor 3 rep) asked for a quiet-hours sign.
    3. End-of-year ball: <<P4.first>> and <<P5.first>> collecting money, contact <<PH4>>.
    """,
    ),
    # ------------------------------------------------------------------------------ transcript
    T(
        "p-transcript-01",
        "transcript",
        "airline",
        """
    Agent: Thank you for calling the lost baggage line, this is <<W1.first>>.
    Caller: Hi, my name is <<P2>>, my bag didn't arrive on <<#flight>>.
    Agent: I'm sorry to hear that. Do you have a file reference?
    Caller: Yes, <<#ref>>.
    Agent: Thanks. And where should we deliver it once found?
    Caller: To my sister's, <<L1.addr>>. She's <<P3>>, her number is <<PH3>>.
    Agent: Perfect, I've added that.
    """,
    ),
    T(
        "p-transcript-02",
        "transcript",
        "pharmacy",
        """
    PHARMACIST: Morning, who am I speaking to?
    CALLER: It's <<P1>>, I'm calling about my dad, <<P2m>>.
    PHARMACIST: Is this about the Valium?
    CALLER: Yes, Dr <<P3.last>> changed the dose. Can you confirm the new label?
    PHARMACIST: Of course. Can you confirm his address?
    CALLER: <<L1.addr>>.
    PHARMACIST: Lovely. I'll call you back on <<PH1>> when it's ready.
    """,
    ),
    T(
        "p-transcript-03",
        "transcript",
        "assistant",
        """
    [00:00:02] User: Alexa, call <<P1.first>>.
    [00:00:04] Alexa: Calling <<P1>> on mobile.
    [00:00:19] User: Actually, message <<P2.first>> instead. Say I'll be late for the ~
    Stanley Cup game.
    [00:00:25] Alexa: Sending to <<P2>>: I'll be late for the Stanley Cup game.
    """,
    ),
    T(
        "p-transcript-04",
        "transcript",
        "marine_ins",
        """
    Interviewer: Please state your name and role.
    <<P1.caps>>: <<P1>>, chief officer on the Northern Tern.
    Interviewer: Who was on the bridge at 0300?
    <<P1.caps>>: Second officer <<P2.last>> and the cadet, <<P3.first>>.
    Interviewer: And the pilot?
    <<P1.caps>>: A local pilot, <<P4>>, boarded off <<L1.city>>.
    """,
    ),
    T(
        "p-transcript-05",
        "transcript",
        "langschool",
        """
    Teacher (<<P1.first>>): Okay everyone, introduce yourselves. <<P2.first>>?
    <<P2.first>>: Hi, I'm <<P2>>, I'm from <<L1.city>> in <<L1.country>>.
    Teacher: Welcome! And next to you?
    <<P3.first>>: I'm <<P3.first>>, from <<L2.ctry>>. I work for an aquarium.
    Teacher: Great. Homework goes to my email, <<P1.email>>.
    """,
    ),
    T(
        "p-transcript-06",
        "transcript",
        "themepark",
        """
    Guest services call, line 3
    Rep: Sunrise Park guest services, you're speaking to <<P1.first>>.
    Guest: Hi, we were on the Gruffalo River Ride and my daughter lost her phone.
    Rep: Sorry to hear. What's your name?
    Guest: <<P2>>. The phone's number is <<PH2>>, mine is <<PH3>>.
    Rep: I'll log it and ring you if it turns up.
    Guest: Thanks. And the photo pass didn't work, can you refund it to <<CC1>>?
    Rep: I've noted that card, refunds take 3-5 days.
    """,
    ),
    # ------------------------------------------------------------------------------ json
    T(
        "p-json-01",
        "json",
        "airline",
        """
    {
      "booking": "<<#pnr>>",
      "passengers": [
        {"name": "<<P1.upper>>", "ffn": "<<#ref>>", "seat": "<<#seat>>"},
        {"name": "<<P2.upper>>", "ffn": null, "seat": "<<#seat2>>"}
      ],
      "contact": {"email": "<<P1.email>>", "phone": "<<PH1.e164>>"},
      "payment": {"card": "<<CC1.plain>>", "holder": "<<P1.upper>>"},
      "aircraft": {"type": "B787-9", "name": "Roald Amundsen", "reg": "<<#tail>>"}
    }
    """,
    ),
    T(
        "p-json-02",
        "json",
        "cosmetics",
        """
    {"order_id": "<<#order>>", "customer": {"first_name": "<<P1.first>>", ~
    "last_name": "<<P1.last>>", "email": "<<P1.email>>"}, "items": [{"sku": "<<#sku>>", ~
    "shade": "Ruby Woo", "qty": 2}, {"sku": "<<#sku2>>", "shade": "Marilyn", "qty": 1}], ~
    "ship_to": "<<L1.addr>>", "payment": {"card": "<<CC1>>"}}
    """,
    ),
    T(
        "p-json-03",
        "json",
        "housing",
        """
    {
      "tenant": "<<P1>>",
      "room": "<<#room>>",
      "guarantor": {
        "name": "<<P2>>",
        "address": "<<L1.addr>>",
        "phone": "<<PH2>>",
        "ssn": "<<SSN1>>"
      },
      "rent_account": "<<AC1>>"
    }
    """,
    ),
    T(
        "p-json-04",
        "json",
        "charity",
        """
    [
      {"donor": "<<P1.lf>>", "amount": 250, "campaign": "Wellcome match", "iban": "<<IB1>>"},
      {"donor": "<<P2.lf>>", "amount": 40, "campaign": "Macmillan coffee", "iban": "<<IB2>>"},
      {"donor": "<<P3.lf>>", "amount": 15, "campaign": "Barnardo's", "iban": null}
    ]
    """,
    ),
    T(
        "p-json-05",
        "json",
        "labequip",
        """
    {
      "event": "instrument.login",
      "instrument": "Coulter counter Z2",
      "user": {"display_name": "<<P1>>", "email": "<<P1.email>>"},
      "client_ip": "<<IP1>>",
      "ts": "2025-03-04T09:14:22Z"
    }
    """,
    ),
    T(
        "p-json-06",
        "json",
        "seedbank",
        """
    {"accession": "<<#acc>>", "taxon": "Fuchsia magellanica", "collector": "<<P1>>", ~
    "collected_in": "<<L1.region>>, <<L1.ctry>>", "donor_contact": "<<P2.email>>", ~
    "determined_by": "<<P3.bib>>"}
    """,
    ),
    # ------------------------------------------------------------------------------ toolcall
    T(
        "p-toolcall-01",
        "toolcall",
        "courier",
        """
    {"tool": "create_shipment", "arguments": {"sender_name": "<<P1>>", "sender_phone": ~
    "<<PH1>>", "pickup_address": "<<L1.addr>>", "recipient_name": "<<P2>>", ~
    "recipient_address": "<<L2.addr>>", "recipient_email": "<<P2.email>>", ~
    "service": "next_day", "parcels": 2, "payment_card": "<<CC1>>"}}
    """,
    ),
    T(
        "p-toolcall-02",
        "toolcall",
        "airline",
        """
    Calling function `lookup_loyalty_member` with arguments:
    {
      "surname": "<<P1.caps>>",
      "given_name": "<<P1.first>>",
      "email": "<<P1.email>>",
      "phone": "<<PH1>>"
    }
    """,
    ),
    T(
        "p-toolcall-03",
        "toolcall",
        "pharmacy",
        """
    assistant -> tool: send_refill_reminder({"patient": "<<P1>>", "to": "<<PH1.e164>>", ~
    "drug": "Lyrica 75mg", "collect_by": "<<#date>>", "carer": "<<P2>>"})
    """,
    ),
    T(
        "p-toolcall-04",
        "toolcall",
        "probate",
        """
    <function_call name="open_estate_file">
    {"deceased": "<<P1>>", "ssn": "<<SSN1>>", "executor": "<<P2>>", ~
    "executor_email": "<<P2.email>>", "property": "<<L1.addr>>", "accounts": ["<<AC1>>", "<<AC2>>"]}
    </function_call>
    """,
    ),
    T(
        "p-toolcall-05",
        "toolcall",
        "assistant",
        """
    {"name": "calendar.create_event", "arguments": {"title": "Davis Cup watch party", ~
    "attendees": ["<<P1.email>>", "<<P2.email>>", "<<P3.email>>"], "location": "<<L1.addr>>", ~
    "start": "<<#isodate>>T19:00"}}
    """,
    ),
    T(
        "p-toolcall-06",
        "toolcall",
        "marine_ins",
        """
    tool_use: payments.refund
    input:
      claim_id: <<#claim>>
      payee: <<P1>>
      iban: <<IB1>>
      reference: Northern Tern cargo
    """,
    ),
]
