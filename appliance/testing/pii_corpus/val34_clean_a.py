"""val34 clean templates, part A: chat, email, sms, letter, form, ticket, notes, minutes and
transcript prompts with no personal data, full of decoys (eponyms, codes, dates, brands)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val34_gen import T

TEMPLATES = [
    # --- chat -------------------------------------------------------------------------------
    T(
        "math-chat-clean-riemann",
        "chat",
        """
Can you explain, for a second-year undergraduate, why the Riemann hypothesis implies a sharper error term in the prime number theorem? I'd also like one sentence each on Fermat's Last Theorem and the Goldbach conjecture for the department newsletter (issue {{n}}, deadline {{day}}). Keep it under 300 words; we hope to print it on A5.
""",
    ),
    T(
        "phys-chat-clean-units",
        "chat",
        """
Quick sanity check for a first-year problem sheet: a {{?1.5|3|7}} tesla scanner, a coil carrying {{n}} amperes, and a force of {{n}} newtons on a 2 kg trolley. Then convert {{?3|4.2|77}} kelvin to Celsius and 101,325 pascals to bar. Is 60 hertz at 230 volts drawing 2 kilowatts plausible for a kettle? Give the answers with SI units, and use Avogadro's number as 6.022 × 10^23.
""",
    ),
    T(
        "stats-chat-clean-tests",
        "chat",
        """
I have two groups (n = {{n}} and n = {{n}}), skewed data, unequal variances. Should I use Student's t-test, Welch's t-test or Mann-Whitney U? And if I run {{n}} comparisons, is Bonferroni too conservative compared to Holm or Benjamini-Hochberg? Our team lead said "will do a Bayesian version later", so a note on Bayes factors is welcome too.
""",
    ),
    T(
        "rest-chat-clean-menu",
        "chat",
        """
Help me write menu descriptions (max 20 words each) for: Beef Wellington, Eggs Benedict, Caesar salad, Peach Melba, Pavlova, Pizza Margherita, Beef Stroganoff, Oysters Rockefeller and a Bellini. Prices: {{price}}, {{price}}, {{price}}. Tone: classic bistro, no puns on the dish names please.
""",
    ),
    T(
        "hike-chat-clean-peaks",
        "chat",
        """
For the club quiz: how tall are Everest, Denali, Mount Kosciuszko and Aconcagua, and which of them were renamed? Also, who climbs the Cassin Ridge and the Walker Spur – what grade are they usually given? Answers as a table with metres and feet; quiz night is {{day}} at {{time}}.
""",
    ),
    T(
        "care-chat-clean-pets",
        "chat",
        """
Our care home wants a short policy paragraph on visiting animals. Context: the therapy dog Biscuit comes on {{day}}s, residents on the Seacole wing adopted a cat called Pickle, and the activities team would like a rabbit named Mochi for the garden. Include hygiene rules (hand gel, no animals in the kitchen) and say that we hope to review the policy in {{month}}.
""",
    ),
    # --- email ------------------------------------------------------------------------------
    T(
        "bio-email-clean-results",
        "email",
        """
Subject: Batch {{batch}} – results summary

Hi team,

All 24 samples from order {{order}} are now reported. Salmonella: not detected in 25 g. Listeria monocytogenes: <10 cfu/g. Escherichia coli: 20 cfu/g in sample 14, within limits. Klebsiella was not in scope.

The incubator in room {{room}} is back at 37 °C after the alarm on {{day}}. Please file the certificates under {{ref}}.

Thanks,
Microbiology Lab
""",
    ),
    T(
        "fellow-email-clean-call",
        "email",
        """
Subject: Call for applications – Rhodes, Fulbright and Marie Curie fellowships

Dear students,

The Fellowships Office will run an information session on {{date}} at {{time}} in the Turing Lecture Theatre. We will cover the Rhodes scholarship, the Fulbright programme, Marie Curie postdoctoral fellowships and the Gates Cambridge scholarship. Slides will be posted on the intranet (page {{ref}}).

Please note there is a two-week grace period for references, but not for the personal statement.

Fellowships Office
""",
    ),
    T(
        "care-email-clean-menu",
        "email",
        """
Subject: {{month}} menu and activities

Dear families,

This month's lunches include cottage pie, Eggs Benedict on Sundays, and a Victoria sponge for the tea dance on {{day}} {{date}}. The Seacole wing lounge is being redecorated (colour {{hex}}), so activities move to the Nightingale room.

We will do our best to keep visiting times unchanged. If you'd like us to bill you for the hairdresser directly, just let reception know.

Meadow Care Home
""",
    ),
    T(
        "auction-email-clean-sale",
        "email",
        """
Subject: Catalogue online – Old Masters & British Pictures, sale {{n}}

The catalogue for our {{month}} sale is now online. Highlights include a studio copy of "Portrait of Madame X", a Dutch still life with a blue-and-white jug, and a Gainsborough-style landscape (lot {{lot}}, estimate {{?£4,000–6,000|£10,000–15,000|£2,000–3,000}}). Viewing is in the Long Gallery from {{day}}.

Buyer's premium is 25% up to £500,000. Bids can be left online or through the Bloomberg-style bidding screen in the saleroom.
""",
    ),
    T(
        "sail-email-clean-regatta",
        "email",
        """
Subject: Autumn regatta – notice of race

The autumn regatta will be sailed on {{date}}. First warning signal {{time}}. Classes: Laser, RS200, Wayfarer and Dragon. Safety boats "Osprey II" and "Puffin Star" will be on station; "Dorothy May" is the committee boat.

Entry fee {{price}}, payable on the day. If Storm Kathleen arrives as forecast, the race officer will postpone to {{day}}.
""",
    ),
    T(
        "wedding-email-clean-races",
        "email",
        """
Subject: Race day package – {{date}}

Hi all,

Our corporate race-day package is confirmed: lunch in the Paddock Suite, then the 14:30, where the favourite is Silver Lantern, followed by Harbour Prince and Galloping Pennywhistle in the handicap. Dress code: smart, no denim. The coach (booking {{booking}}) leaves the office at 11:00.

Price per head {{price}}; final numbers by {{day}}.
Events team
""",
    ),
    # --- sms --------------------------------------------------------------------------------
    T(
        "ferry-sms-clean",
        "sms",
        """
Northfjord Ferries: sailing {{flight}} on {{date}} is delayed 45 min due to Storm Isha. Booking {{booking}} remains valid. Reply STOP to opt out.
""",
    ),
    T(
        "rest-sms-clean",
        "sms",
        """
Your click & collect order {{order}} (2x Beef Wellington, 1x Pavlova) is ready at {{time}}. Total {{price}}. Bring your order code: {{booking}}.
""",
    ),
    T(
        "nursery-sms-clean",
        "sms",
        """
Little Acorns: reminder - nursery closed {{day}} for staff training. Pyjama day on Friday, theme: Paddington Bear & the Gruffalo. Fees due by the 5th; grace period 7 days.
""",
    ),
    # --- letter -----------------------------------------------------------------------------
    T(
        "school-letter-clean",
        "letter",
        """
Dear Parents and Carers,

Year 9 science trip to the Faraday Museum – {{date}}

Pupils will travel by coach (registration {{booking}}) leaving at 08:15 and returning by 16:30. The visit includes a workshop on Ohm's law and a demonstration of a Tesla coil. The cost is {{price}}, payable through the school app by {{date}}.

We hope all pupils can attend. Packed lunches are needed.

Yours faithfully,
Head of Science
Ada Lovelace Academy
""",
    ),
    T(
        "gen-letter-clean",
        "letter",
        """
Dear Member,

Our spring lecture series opens on {{date}} with a talk on reading Victorian census enumerators' books, followed in {{month}} by "Parish registers before 1837" and "Using the Social Security Death Index from abroad". All talks are in the Huxley Room, doors 19:00.

The annual subscription of {{price}} falls due on 1 April; members who renew by the end of the month will receive the journal (ISBN {{isbn}}) free.

With best wishes,
The Committee
""",
    ),
    T(
        "care-letter-clean",
        "letter",
        """
Dear Relatives and Friends,

From {{date}} the Jenner Suite will follow new visiting arrangements. Visits are welcome between 10:00 and 20:00; please avoid mealtimes (12:30–13:30 and 17:00–18:00). Our flu clinic will run on {{day}}.

The car park barrier code changes monthly and is displayed at reception. Please do not share it.

Yours sincerely,
The Management Team
""",
    ),
    # --- form -------------------------------------------------------------------------------
    T(
        "hike-form-clean",
        "form",
        """
TRIP SIGN-UP FORM (blank)
Trip: Scafell circuit / Everest viewpoint walk / Cassin Ridge training
Name: ____________________
Mobile: ____________________
Emergency contact: ____________________
Experience level: [ ] beginner  [ ] intermediate  [ ] alpine
Kit checklist: helmet, harness, 2 screwgates, headtorch, map sheet OL{{n}}
Deposit: {{price}} – non-refundable after {{date}}
""",
    ),
    T(
        "tailor-form-clean",
        "form",
        """
MEASUREMENT CARD – template v{{ver}}
Chest: ___ cm   Waist: ___ cm   Inside leg: ___ cm
Style: [ ] Chesterfield  [ ] Crombie  [ ] Raglan  [ ] Norfolk jacket
Shoes: [ ] Oxford  [ ] Derby  [ ] Monk strap  [ ] Chelsea boot
Last: {{sku}}   Leather: {{?black calf|snuff suede|cordovan|oxblood}}
Fitting booked for: {{date}} {{time}}
""",
    ),
    T(
        "bio-form-clean",
        "form",
        """
SAMPLE SUBMISSION – FOOD MICROBIOLOGY
Sample ID: FS-{{batch}}
Matrix: [x] dairy  [ ] meat  [ ] ready-to-eat
Tests requested: [x] Salmonella  [x] Listeria  [ ] Escherichia coli  [ ] Bacillus cereus
Temperature on receipt: {{temp}}
Received: {{date}} {{time}}
Storage: fridge R-{{n}}, shelf 2
""",
    ),
    # --- ticket -----------------------------------------------------------------------------
    T(
        "math-ticket-clean",
        "ticket",
        """
Ticket {{ticket}} – LaTeX build fails on the cluster
Component: thesis-template {{ver}}
Steps: compile chapter 3 (Hilbert spaces, Banach–Steinhaus) with lualatex
Error: ! Undefined control sequence \\riemannzeta on line {{line}}
Expected: PDF in build/, as with version {{ver}}
Priority: P4 – will do a workaround with \\zeta for now.
""",
    ),
    T(
        "ferry-ticket-clean",
        "ticket",
        """
[{{ticket}}] Timetable page shows wrong departure
Route: Sound crossing, vessel MV Kittiwake
Expected 07:30 Monday–Friday, page shows 07:50 since deploy {{hash}}.
Affects bookings from {{date}}. Screenshot attached ({{size}}).
""",
    ),
    T(
        "rest-ticket-clean",
        "ticket",
        """
Kitchen display ticket {{ticket}}
Table 14 – 4 covers – {{time}}
2x Caesar salad (no anchovies)
1x Beef Wellington (medium rare)
1x Lobster Thermidor
Dessert: 2x Peach Melba, 1x Crêpes Suzette
Allergens flagged: nuts (Melba), shellfish
""",
    ),
    # --- notes ------------------------------------------------------------------------------
    T(
        "phys-notes-clean",
        "notes",
        """
Lab notebook p. {{n}}
- Hall probe calibrated at 300 K and 4 K; offset {{pct}}
- Magnet ramped to 9 tesla at 0.2 T/min, no quench
- Josephson junction I-V curve looks right; critical current {{n}} µA
- Order more liquid helium (PO {{order}}), supplier Oxford Instruments, part {{part}}
- TODO: compare with the Debye model fit from {{month}}
""",
    ),
    T(
        "xword-notes-clean",
        "notes",
        """
Puzzle {{n}} – theme: eponyms
1A Braille (7), 5A Diesel (6), 9D Cardigan (8), 12A Sandwich (8), 14D Boycott (7), 18A Leotard (7)
Setter pseudonym on the grid: Nutmeg. Deadline {{day}}. Check 9D doesn't clash with last week's "Wellington".
Print run: {{big}} copies.
""",
    ),
    T(
        "lib-notes-clean",
        "notes",
        """
Local-history room – shelf notes
- Tithe maps moved to plan chest 3
- Trade directories 1880–1910 on microfilm reels {{?12–19|20–27|31–38|40–44}}
- New donation: ship's log of the "Betsy Jane" ({{year}}), accession {{ref}}
- Gazetteer reprint ISBN {{isbn}} on order ({{price}})
- Reading room closed {{day}} for the Heritage Open Day setup
""",
    ),
    T(
        "hike-notes-clean-flights",
        "notes",
        """
Expedition logistics – Everest Base Camp trek
- Outbound: {{flight}} on an Airbus A350-900 (seats {{seat}}–{{seat}}), then a Twin Otter to the mountain airstrip
- Return: {{flight}} on a Boeing 787-9, ref {{booking}}
- Freight: 2 barrels, tracking {{track}}
- Porter budget {{price}}; tips in local currency
- Group-photo mascot: Mr Puffin, the club's stuffed toy
""",
    ),
    # --- minutes ----------------------------------------------------------------------------
    T(
        "row-minutes-clean",
        "minutes",
        """
Committee meeting – {{date}}
Present: Chair, Secretary, Treasurer, Captain, Safety Officer
1. Boat fleet: "Old Tom" needs new riggers (quote {{price}}); "Agnes Ellen" back from repair.
2. Finances: subscriptions income up {{pct}} on last year.
3. Safety: launch engine serviced; new throw lines ordered ({{order}}).
4. AOB: the tyre supplier will bill me directly for the trailer, said the treasurer – agreed.
Next meeting {{date}}.
""",
    ),
    T(
        "stats-minutes-clean",
        "minutes",
        """
Methods group – {{date}}
Attendees: 6 (quorum)
- Agreed to report Kaplan-Meier curves with 95% CIs and a log-rank test.
- Cox model: check proportional hazards with Schoenfeld residuals.
- Multiple testing: Benjamini-Hochberg at q = 0.05; Bonferroni only for the primary endpoints.
- Tooling: R {{ver}}, survival package, renv lockfile {{hash}}.
Actions: draft SAP section 4 by {{day}}.
""",
    ),
    T(
        "harbour-minutes-clean",
        "minutes",
        """
Port users' meeting – {{date}}
1. Tug availability: Kittiwake in dry dock until {{date}}; Gannet and Cormorant covering.
2. Dredging: inner basin to 6.5 m chart datum; contractor's vessel "Hilda B" on site from {{month}}.
3. Storm Agnes damage: fender panels at berth 6 replaced (PO {{order}}).
4. Next meeting: {{day}}, harbour office, 10:00.
""",
    ),
    # --- transcript -------------------------------------------------------------------------
    T(
        "rest-transcript-clean",
        "transcript",
        """
CALLER: Hi, do you do the Beef Wellington for takeaway?
STAFF: Only for collection, with 48 hours' notice.
CALLER: And Pavlova?
STAFF: Yes, whole or by the slice. Whole is {{price}}.
CALLER: Great, I'll think about it and call back.
STAFF: No problem, we hope to hear from you.
""",
    ),
    T(
        "math-transcript-clean",
        "transcript",
        """
Lecture {{n}} – Spectral theory (auto-transcript, {{date}})
LECTURER: Today we prove the spectral theorem for compact self-adjoint operators on a Hilbert space.
STUDENT: Is this the same as the one for Hermitian matrices?
LECTURER: It generalises it. Think of Fourier series as the model example.
STUDENT: And is that on the exam?
LECTURER: The statement, yes; the proof via the Banach–Alaoglu theorem, no.
""",
    ),
    T(
        "ferry-transcript-clean",
        "transcript",
        """
VTS: MV Puffin Star, Harbour Control, channel 12.
PUFFIN STAR: Harbour Control, Puffin Star, outbound, passing the breakwater.
VTS: Puffin Star, Tug Gannet is crossing ahead, hold position at the fairway buoy.
PUFFIN STAR: Holding, Puffin Star.
VTS: Storm Babet warning in force from {{time}}, wind gusting 45 knots.
""",
    ),
]
