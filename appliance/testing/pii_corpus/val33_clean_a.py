"""val33 clean templates, part A (no personal data; decoys only): chat, email, sms, letter,
form, ticket, notes, minutes, transcript, json, toolcall, csv, tsv, markdown_table."""

from __future__ import annotations

from appliance.testing.pii_corpus.val33_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------------------ chat
    T(
        "c-chat-01",
        "chat",
        "airline",
        """
    Hi, my flight <<#flight>> on <<#date>> was delayed by 4 hours and I missed the ~
    connection. Booking ref <<#pnr>>, seat <<#seat>>. Can I still claim the miles for the ~
    first leg? The aircraft was the one named "Amelia Earhart" if that helps.
    """,
    ),
    T(
        "c-chat-02",
        "chat",
        "themepark",
        """
    what's the height limit for Captain Barnacle's Runaway Mine Train? my kid is 118cm. ~
    also is the Gruffalo River Ride open on <<#day>>s in <<#month>>? we hope to come on ~
    <<#date>>
    """,
    ),
    T(
        "c-chat-03",
        "chat",
        "assistant",
        """
    Is Claude better than Gemini or Cortana at summarising long PDFs? I have a ~
    <<#qty>>-page tender document and need a one-page brief by <<#time>>. I will do ~
    whatever's fastest, budget is <<#price>>/month.
    """,
    ),
    T(
        "c-chat-04",
        "chat",
        "pharmacy",
        """
    Can I take Nurofen with Lipitor? I'm on 20mg a day. Also is there a generic for ~
    Ventolin that's cheaper than <<#price>>? Asking before my grace period on the ~
    prescription plan runs out on <<#date>>. My dad has Parkinson's disease and takes ~
    levodopa, does that change anything?
    """,
    ),
    T(
        "c-chat-05",
        "chat",
        "cosmetics",
        """
    is Ruby Woo still the best red for warm undertones or has Lady Danger overtaken it? ~
    also looking for a nude that isn't too pink, something like Velvet Teddy, and a rose ~
    gold compact. budget around <<#price>>
    """,
    ),
    T(
        "c-chat-06",
        "chat",
        "labequip",
        """
    What's the difference between an Erlenmeyer flask and a round-bottom flask for boiling? ~
    And should I use a Bunsen burner or a hot plate at <<#temp>> ambient? Our kit list ~
    says part <<#part>>.
    """,
    ),
    T(
        "c-chat-07",
        "chat",
        "sports",
        """
    how many times has the Stanley Cup been won by a team that was behind 3-0 in a series? ~
    settle a bet please, loser buys the Arnold Palmers
    """,
    ),
    T(
        "c-chat-08",
        "chat",
        "sports",
        """
    did Frankel ever lose a race? and how many Grand Nationals did Red Rum win, three? ~
    need it for the quiz on <<#day>>, the Ryder Cup round is sorted already
    """,
    ),
    # ------------------------------------------------------------------------------ email
    T(
        "c-email-01",
        "email",
        "courier",
        """
    Subject: Rate card 2026 - pallet and parcel services

    Hello,

    Please find the revised rate card attached. Key changes from <<#date>>:
    - Next-day parcel up to 2 kg: <<#price>>
    - Pallet (1200 x 1000 mm, up to 750 kg): <<#price2>>
    - Fuel surcharge: <<#pct>>
    Tracking references now start with JD0146 (<<#track>> is an example).

    Kind regards,
    Customer Operations
    """,
    ),
    T(
        "c-email-02",
        "email",
        "bakery",
        """
    Subject: Allergen sheet for the new range

    Hi team,

    The Charlotte russe, the Battenberg and the madeleines all contain egg and wheat. ~
    The Victoria sponge is being reformulated; batch <<#batch>> onwards uses the new jam ~
    with no sulphites. Please update the shelf labels (SKU <<#sku>> and <<#sku2>>) ~
    before <<#day>>.

    Thanks,
    Head Baker
    """,
    ),
    T(
        "c-email-03",
        "email",
        "astronomy",
        """
    Subject: Next month's programme

    Dear members,

    <<#date>>: "Halley, Hale-Bopp and the comets to come" (main hall, 19:30)
    <<#date2>>: Imaging night - Tycho and Copernicus craters, weather permitting
    <<#date3>>: Beginners' evening, bring binoculars (10x50 ideal)
    <<#date4>>: "From Kepler to the Nobel Prize: 30 years of exoplanets", and the ~
    occultation by asteroid (2001) Einstein

    Subscriptions rise to <<#price>> from <<#month>>. Sadly "just bill me later" is not ~
    an option we can offer.

    The Committee
    """,
    ),
    T(
        "c-email-04",
        "email",
        "marine_ins",
        """
    Subject: Policy <<#policy>> - renewal terms

    Dear Broker,

    We are pleased to offer renewal on the following terms: hull value <<#bigprice>>, ~
    deductible <<#price2>>, premium rate 1.<<#n>>%. The Institute Time Clauses apply ~
    unchanged. Cover for the Sir Galahad and the Northern Tern continues on the same basis. ~
    Losses from Storm Babet and Hurricane Beryl are settled under the expiring policy. The ~
    rate is reviewed against the freight indices on the Bloomberg terminal each quarter.

    Please confirm by <<#date>>.

    Underwriting
    """,
    ),
    T(
        "c-email-05",
        "email",
        "housing",
        """
    Subject: Rent increase notice - 2025/26

    Dear Resident,

    From <<#date>> weekly rents will be: standard room <<#price>>, en-suite <<#price2>>, ~
    studio <<#price3>>. The grace period for late payment remains 7 days. Laundry ~
    machines in Block <<#unit>> take the new cards only.

    Accommodation Office
    """,
    ),
    T(
        "c-email-06",
        "email",
        "charity",
        """
    Subject: Grant application - Wellcome Trust / Nuffield Foundation

    Hi all,

    The Wellcome deadline is <<#date>> at 17:00. Budget is capped at <<#bigprice>>. The ~
    Nuffield Foundation round closes a month later. We hope to submit both, plus the ~
    Alzheimer's research bid. Draft v<<#n>> is on the shared drive.
    """,
    ),
    # ------------------------------------------------------------------------------ sms
    T(
        "c-sms-01",
        "sms",
        "airline",
        """
    Your flight <<#flight>> is now departing from gate <<#gate>> at <<#time>>. Booking ~
    <<#pnr>>. Boarding closes 20 min before departure.
    """,
    ),
    T(
        "c-sms-02",
        "sms",
        "courier",
        """
    Parcel <<#track>>: out for delivery today 10:00-14:00, or collect from locker <<#pcode>>. ~
    Reply 1 to leave with a ~
    neighbour, 2 to reschedule.
    """,
    ),
    T(
        "c-sms-03",
        "sms",
        "pharmacy",
        """
    Your prescription is ready to collect. Order <<#order>>. Opening hours Mon-Sat ~
    09:00-18:00.
    """,
    ),
    T(
        "c-sms-04",
        "sms",
        "tattoo",
        """
    will do! see you <<#day>> at <<#time>>, bring the reference pic of the Hale-Bopp ~
    design x
    """,
    ),
    # ------------------------------------------------------------------------------ letter
    T(
        "c-letter-01",
        "letter",
        "probate",
        """
    Dear Client,

    Thank you for instructing us. Our fees for obtaining a grant of probate are fixed ~
    at <<#price>> plus VAT. Disbursements (court fee <<#price2>>, swearing fee, ~
    Land Registry searches) are charged at cost. Please do not send original bank ~
    statements or account numbers by email; we will collect them at our first meeting.

    Yours faithfully,
    Private Client Department
    """,
    ),
    T(
        "c-letter-02",
        "letter",
        "architecture",
        """
    Dear Planning Officer,

    Ref: application <<#ref>>

    We write in support of the proposed tower. Its massing follows the Shard's tapering ~
    profile and its crown takes cues from the Chrysler Building. The height is ~
    <<#n>>0 m to the parapet and the floor plate <<#big>> sq ft.

    Yours faithfully,
    Design Team
    """,
    ),
    T(
        "c-letter-03",
        "letter",
        "langschool",
        """
    Dear Student,

    Your certificate for the B2 Spanish course (<<#n>> hours) is enclosed. Your final ~
    grade was <<#pct>>. Term <<#n2>> starts on <<#date>>; enrolment is open until ~
    <<#date2>>.

    Best wishes,
    Academic Office
    """,
    ),
    # ------------------------------------------------------------------------------ form
    T(
        "c-form-01",
        "form",
        "seedbank",
        """
    SEED ACCESSION FORM
    Accession no.: <<#acc>>
    Taxon: Buddleja davidii
    Collection date: <<#date>>
    Seed count: <<#big>>
    Viability test: <<#pct>>
    Storage: -20 °C, vault <<#unit>>
    Shelf code: <<#pcode>>
    """,
    ),
    T(
        "c-form-02",
        "form",
        "courier",
        """
    Customs declaration (CN23)
    Contents: 2 x Petri dish packs, 1 x Geiger counter (used)
    HS code: 9030.10
    Value: <<#price>>
    Weight: <<#kg>>
    Reason: return for repair, RMA <<#ticket>>
    """,
    ),
    T(
        "c-form-03",
        "form",
        "themepark",
        """
    Annual pass upgrade
    Pass type: Gold -> Platinum
    Pass no.: <<#ref>>
    Upgrade fee: <<#price>>
    Valid from: <<#date>>
    Fast lanes: Captain Barnacle's, Gruffalo River Ride
    """,
    ),
    # ------------------------------------------------------------------------------ ticket
    T(
        "c-ticket-01",
        "ticket",
        "assistant",
        """
    <<#ticket>> | Siri shortcut stops after iOS update
    Steps: run shortcut "Morning briefing" -> Siri says "something went wrong".
    Version: <<#ver>>, build <<#hash>>
    Expected: weather + calendar summary. Severity: minor.
    """,
    ),
    T(
        "c-ticket-02",
        "ticket",
        "labequip",
        """
    <<#ticket>> Coulter counter error E-<<#n>>
    Serial: <<#part>>
    Firmware: <<#ver>>
    Symptom: aperture blockage alarm every <<#n2>> samples. Replaced the electrolyte ~
    (lot <<#lot>>). Still fails.
    """,
    ),
    T(
        "c-ticket-03",
        "ticket",
        "cosmetics",
        """
    Order <<#order>> - shade "Marilyn" out of stock
    Customer asked for substitute. Offer Ruby Woo or refund <<#price>>. Restock ~
    expected <<#date>>.
    """,
    ),
    # ------------------------------------------------------------------------------ notes
    T(
        "c-notes-01",
        "notes",
        "aquarium",
        """
    Tank checks <<#date>>
    - Myrtle (green turtle): ate 1.2 kg lettuce + squid, shell clean
    - Seal pool: <<#temp>>, salinity 34 ppt
    - Biscuit the seal pup: weight <<#kg>>
    - Research vessel RV Falkor docking <<#day>>, unload hydrophones
    """,
    ),
    T(
        "c-notes-02",
        "notes",
        "tattoo",
        """
    Flash day ideas
    * Halley's Comet with dotwork tail
    * Sopwith Camel outline
    * Banksia flower, fine line
    * Pet portrait: a sausage dog called Pretzel, or the studio cat Mr Whiskers
    Price per piece <<#price>>, 2 hrs max. Book via the studio tablet only.
    """,
    ),
    T(
        "c-notes-03",
        "notes",
        "probate",
        """
    Checklist - new estate file
    [ ] death certificate (certified copies x<<#n>>)
    [ ] will + codicils
    [ ] bank statements (mask account numbers before scanning)
    [ ] IHT400 or IHT205?
    [ ] Land Registry title <<#ref>>
    """,
    ),
    # ------------------------------------------------------------------------------ minutes
    T(
        "c-minutes-01",
        "minutes",
        "modelclub",
        """
    Committee minutes, <<#date>>
    Present: Chair, Secretary, Treasurer, Safety Officer, 6 members
    1. Field lease renewed for <<#price>>/year.
    2. Display at the open day: Spitfire, Tiger Moth, Piper Cub, Fokker Dr.I.
    3. 35 MHz sets banned from <<#month>>.
    Meeting closed <<#time>>.
    """,
    ),
    T(
        "c-minutes-02",
        "minutes",
        "charity",
        """
    Fundraising sub-committee
    Attendees: Director of Fundraising, Events Lead, Finance Officer
    - Macmillan coffee morning raised <<#price>>
    - Gates Foundation matched-giving: pending
    - Action: Events Lead to book the hall for <<#date>>
    """,
    ),
    T(
        "c-minutes-03",
        "minutes",
        "sports",
        """
    League AGM minutes
    1. Trophies: Davis Cup replica to be re-engraved; Walker Cup shield returned.
    2. Fees: <<#price>> adult, <<#price2>> junior.
    3. Kit supplier: contract <<#ref>> extended to 2028.
    4. AOB: bill me later option for juniors approved.
    """,
    ),
    # ------------------------------------------------------------------------------ transcript
    T(
        "c-transcript-01",
        "transcript",
        "airline",
        """
    Agent: Lost baggage, how can I help?
    Caller: My bag didn't arrive on <<#flight>>. The reference is <<#ref>>.
    Agent: Thanks. It's showing as located, arriving on <<#flight2>> at <<#time>>.
    Caller: Great. And it'll be delivered to me?
    Agent: Yes, within 24 hours. Anything else?
    Caller: No, that's all.
    """,
    ),
    T(
        "c-transcript-02",
        "transcript",
        "pharmacy",
        """
    Customer: Do you stock Calpol sachets?
    Pharmacist: Yes, <<#price>> for twelve.
    Customer: And is Xanax available over the counter?
    Pharmacist: No, that needs a prescription. We can do a consultation though.
    """,
    ),
    T(
        "c-transcript-03",
        "transcript",
        "assistant",
        """
    User: Alexa, what's on my calendar tomorrow?
    Alexa: You have three events. At <<#time>>, dentist. At <<#time2>>, team stand-up. ~
    At <<#time3>>, gym.
    User: Alexa, cancel the gym.
    Alexa: Done.
    """,
    ),
    # ------------------------------------------------------------------------------ json
    T(
        "c-json-01",
        "json",
        "airline",
        """
    {"flight": "<<#flight>>", "aircraft": {"type": "A350-900", "reg": "<<#tail>>", ~
    "name": "Amelia Earhart"}, "std": "<<#time>>", "gate": "<<#gate>>", "pax": <<#qty>>, ~
    "status": "BOARDING"}
    """,
    ),
    T(
        "c-json-02",
        "json",
        "cosmetics",
        """
    {
      "sku": "<<#sku>>",
      "name": "Ruby Woo",
      "finish": "retro matte",
      "hex": "<<#hex>>",
      "price": "<<#price>>",
      "stock": <<#qty>>
    }
    """,
    ),
    T(
        "c-json-03",
        "json",
        "astronomy",
        """
    {"object": "1P/Halley", "next_perihelion": "2061-07-28", "magnitude": "<<#mag>>", ~
    "craters": ["Tycho", "Copernicus", "Kepler"], "request_id": "<<#uuid>>"}
    """,
    ),
    # ------------------------------------------------------------------------------ toolcall
    T(
        "c-toolcall-01",
        "toolcall",
        "courier",
        """
    {"tool": "get_tracking", "arguments": {"tracking_number": "<<#track>>", ~
    "include_events": true}}
    """,
    ),
    T(
        "c-toolcall-02",
        "toolcall",
        "seedbank",
        """
    call search_accessions(taxon="Banksia integrifolia", min_viability=0.8, ~
    stored_after="<<#date>>", limit=<<#n>>)
    """,
    ),
    T(
        "c-toolcall-03",
        "toolcall",
        "pharmacy",
        """
    {"name": "check_interactions", "arguments": {"drugs": ["Zoloft", "Valium", ~
    "Nurofen"], "dose_units": "mg"}}
    """,
    ),
    # ------------------------------------------------------------------------------ csv
    T(
        "c-csv-01",
        "csv",
        "bakery",
        """
    sku,product,price,allergens
    <<#sku>>,Victoria sponge,<<#price>>,egg;wheat;milk
    <<#sku2>>,Charlotte russe,<<#price2>>,egg;wheat;milk
    <<#sku3>>,Madeleines (12),<<#price3>>,egg;wheat
    <<#sku4>>,Battenberg,<<#price4>>,egg;wheat;almond
    """,
    ),
    T(
        "c-csv-02",
        "csv",
        "labequip",
        """
    part_no,description,qty,unit_price
    <<#part>>,Erlenmeyer flask 250 ml,<<#qty>>,<<#price>>
    <<#part2>>,Bunsen burner natural gas,<<#qty2>>,<<#price2>>
    <<#part3>>,Petri dish 90 mm (pack 500),<<#qty3>>,<<#price3>>
    <<#part4>>,Geiger counter GMC-500,1,<<#price4>>
    """,
    ),
    T(
        "c-csv-03",
        "csv",
        "sports",
        """
    Which team has the best win rate?
    team,played,won,lost,trophy
    Harriers,<<#n>>,<<#n2>>,3,Stanley Cup (replica)
    Kestrels,<<#n3>>,<<#n4>>,5,
    Ospreys,<<#n5>>,<<#n6>>,7,Davis Cup plate
    """,
    ),
    # ------------------------------------------------------------------------------ tsv
    T(
        "c-tsv-01",
        "tsv",
        "aquarium",
        """
    animal\tspecies\tweight_kg\tlast_check
    Myrtle\tgreen sea turtle\t<<#n>>0\t<<#date>>
    Biscuit\tgrey seal\t<<#n2>>\t<<#date2>>
    Nemo\tclownfish\t0.1\t<<#date3>>
    """,
    ),
    T(
        "c-tsv-02",
        "tsv",
        "courier",
        """
    route\tstops\tvan\tdistance_km
    R-<<#n>>\t<<#qty>>\tFord Transit\t<<#qty2>>
    R-<<#n2>>\t<<#qty3>>\tFord Transit\t<<#qty4>>
    R-<<#n3>>\t<<#qty5>>\tcargo bike\t<<#n4>>
    """,
    ),
    T(
        "c-tsv-03",
        "tsv",
        "pharmacy",
        """
    drug\tstrength\tpack\tprice
    Ozempic\t1 mg\t1 pen\t<<#price>>
    Wegovy\t2.4 mg\t4 pens\t<<#price2>>
    Ventolin\t100 mcg\t200 doses\t<<#price3>>
    """,
    ),
    # ------------------------------------------------------------------------------ markdown
    T(
        "c-md-01",
        "markdown_table",
        "architecture",
        """
    | Building | Architect's nickname for it | Height (m) |
    |---|---|---|
    | The Shard | "the shard of glass" | 310 |
    | The Gherkin | "the pickle" | 180 |
    | Rockefeller Center | "the campus" | 259 |
    Add a column with the year each opened.
    """,
    ),
    T(
        "c-md-02",
        "markdown_table",
        "modelclub",
        """
    | Model | Scale | Motor | Price |
    |---|---|---|---|
    | Piper Cub | 1/4 | 50cc petrol | <<#price>> |
    | Spitfire Mk IX | 1/6 | electric 6S | <<#price2>> |
    | Tiger Moth | 1/5 | electric 8S | <<#price3>> |
    """,
    ),
    T(
        "c-md-03",
        "markdown_table",
        "langschool",
        """
    Reformat as a timetable:
    | Course | Level | Days | Time | Room |
    |---|---|---|---|---|
    | Spanish | B1 | Mon/Wed | 18:00 | <<#room>> |
    | German | A2 | Tue/Thu | 19:30 | <<#room2>> |
    | Japanese | A1 | Sat | 10:00 | <<#room3>> |
    """,
    ),
]
