"""Clean templates of val18 (blind part eighteen of the PII corpus): no personal data at all.

Written by hand for val18 alone, in the same domains and shapes as its personal templates.
They hold no person, no place and no contact, only decoys: things named like people that are
not people (brands, shops and products carrying a name, fictional and game characters,
mascots, assistants, dishes, drinks, cocktails, grape and apple varieties, paint colours,
perfume lines, yoga and dance styles, ships, racehorses, storms, awards, laws, diseases and
theorems named after people, model names, codenames, hostnames) and numbers that look like
phones, cards or accounts but are order numbers, tracking codes, ISBNs or versions. Slots are
the decoy slots of `val18_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val18_gen import T

TEMPLATES: tuple[T, ...] = (
    # ---- hospitals, mental health ---------------------------------------------------------------
    T(
        "c_ward_stock",
        "notes",
        """Ward 7B stock check [[date]]
- Parkinson's meds trolley: Madopar 62.5 low, reorder (PO [[order]])
- Hartmann's solution 1L x 24 arrived
- Guedel airways size 3 missing from resus trolley
- Waterlow and Braden charts reprinted (v[[ver]])
Next check: [[date2]] [[time]]""",
    ),
    T(
        "c_discharge_template",
        "letter",
        """Dear Colleague,

Re: {PATIENT_NAME}, hospital no. {MRN}

This template is for discharges from the Stroke Unit. Please complete the Barthel index,
the NIHSS at discharge and the modified Rankin score. Anticoagulation decisions follow the
CHA2DS2-VASc and HAS-BLED scores. Template version [[ver]], reviewed [[date]].

Yours sincerely,
{CLINICIAN_NAME}""",
    ),
    T(
        "c_mh_leaflet",
        "chat",
        """Rewrite this leaflet in friendlier words: "The Wellbeing Hub \
offers Mindfulness-Based Cognitive Therapy, Dialectical Behaviour Therapy skills groups and \
Eye Movement Desensitisation. Self-refer online; the waiting time is currently [[num]] days. \
Our sessions follow the Socratic questioning model and the Beck Depression Inventory is used \
at assessment." """,
    ),
    T(
        "c_mh_json",
        "json",
        """{"service": "Talking Therapies", "pathway": "step-2",
 "measures": ["PHQ-9", "GAD-7", "WSAS"], "group": "Stress Control (Tue [[time]])",
 "capacity": [[num]], "referral_ref": "[[ref]]", "updated": "[[date]]"}""",
    ),
    T(
        "c_hospital_log",
        "log",
        """[[date]] [[time]]:01 INFO  pas-sync batch=[[num]] records=412 ok
[[date]] [[time]]:04 WARN  hl7 ADT^A08 retry 2/5 msgid=[[hash]]
[[date]] [[time]]:09 INFO  bedboard refresh ward=ELM beds_free=3
[[date]] [[time]]:12 ERROR pharmacy-api 503 (Gunicorn worker timeout) trace=[[sha]]""",
    ),
    T(
        "c_ward_ocr",
        "ocr",
        """FLUID BALANCE CHART
WARD: ROWAN   BED: 12
INPUT  IV 0.9% NACL 1000ML  ORAL 350ML
OUTPUT URINE 800ML
CHART NO [[ref]]  PAGE 2 OF 3
PRINTED [[date]] FORM MR-[[num]]""",
    ),
    # ---- pet insurance ---------------------------------------------------------------------------
    T(
        "c_pet_breed",
        "chat",
        """Is a Cavalier King Charles Spaniel more expensive to insure \
than a Jack Russell? Our quote for the Cavalier was [[price]] a month on the Lifetime Gold plan \
and the Jack Russell was much less. Policy ref on the quote: [[ref]].""",
    ),
    T(
        "c_pet_claim_csv",
        "csv",
        """claim_ref,pet_name,species,condition,amount,status
[[ref]],Marley,dog,Cushing's disease,[[price]],paid
[[ref2]],Garfield,cat,dental,[[price2]],pending
[[ref3]],Sonic,hedgehog,mites,[[price3]],declined
[[ref4]],Winston,dog,cruciate,[[price4]],paid""",
    ),
    T(
        "c_pet_sms",
        "sms",
        """PetShield: your claim [[ref]] for Biscuit has been approved. \
[[price]] will reach your vet within 5 working days. Track it in the app (v[[ver]]).""",
    ),
    T(
        "c_pet_faq_md",
        "markdown_table",
        """| Plan | Vet fees | Excess | Monthly |
|---|---|---|---|
| Basic Paw | £2,000 | £99 | [[price]] |
| Lifetime Gold | £8,000 | £120 | [[price2]] |
| Senior Whisker | £4,000 | £150 | [[price3]] |""",
    ),
    # ---- gyms ------------------------------------------------------------------------------------
    T(
        "c_gym_classes",
        "chat",
        """Which class burns more: Zumba, Body Pump or Ashtanga yoga? \
I also see "Pilates Reformer" and a "Tabata with Rocky" class named after the film. Timetable \
code [[ref]].""",
    ),
    T(
        "c_gym_email",
        "email",
        """Subject: Your Peak Plus membership renewal

Hi there,
Your Peak Plus membership renews on [[date]] at [[price]]. New this month: Les Mills BODYCOMBAT,
a Hyrox zone and Technogym Skillrow machines. Your member number is GX-[[num]].

See you on the gym floor,
The Peak Fitness team""",
    ),
    T(
        "c_gym_log",
        "log",
        """[[date]] 05:58 door=north state=unlocked by=schedule
[[date]] 06:00 checkin member=GX-[[num]] plan=offpeak OK
[[date]] 06:04 checkin member=GX-[[num2]] plan=student DENIED reason=expired
[[date]] 06:11 sauna temp=78C sensor=[[serial]]""",
    ),
    T(
        "c_gym_review",
        "review",
        """★★★★☆ Great squat racks and the Eleiko plates are a dream. \
Showers could be warmer. The smoothie bar does a "Hulk" (spinach, banana, whey) for [[price]]. \
Parking is free for 2 hours.""",
    ),
    # ---- cinemas and bowling --------------------------------------------------------------------
    T(
        "c_cinema_chat",
        "chat",
        """Is the new Indiana Jones film better in IMAX or Dolby \
Cinema? Also is Screen 3 the one with the D-BOX seats? Booking ref [[ref]], seats [[seat]] and \
[[seat2]].""",
    ),
    T(
        "c_bowling_menu",
        "html",
        """<section class="menu">
  <h2>Lane Bites</h2>
  <ul>
    <li>Margherita pizza - [[price]]</li>
    <li>Caesar salad - [[price2]]</li>
    <li>Shirley Temple (kids) - [[price3]]</li>
    <li>Tom Collins - [[price4]]</li>
  </ul>
</section>""",
    ),
    T(
        "c_cinema_srt",
        "srt",
        """1
00:00:01,000 --> 00:00:03,500
[DOOR CREAKS]

2
00:00:04,000 --> 00:00:07,200
Sherlock: You've been abroad, I perceive.

3
00:00:07,800 --> 00:00:10,000
[THUNDER RUMBLES]""",
    ),
    T(
        "c_bowling_league_md",
        "markdown_table",
        """| Team | Games | Pins | Avg |
|---|---|---|---|
| Pin Pals | 12 | 2,114 | 176 |
| Gutter Gang | 12 | 1,980 | 165 |
| The Big Lebowskis | 12 | 2,201 | 183 |
| Split Happens | 11 | 1,702 | 154 |""",
    ),
    T(
        "c_cinema_xml",
        "xml",
        """<screening id="SCR-[[num]]">
  <film>Paddington Returns</film>
  <screen>4</screen>
  <start>[[date]]T[[time]]</start>
  <format>2D</format>
  <certificate>PG</certificate>
</screening>""",
    ),
    # ---- concerts, labels ------------------------------------------------------------------------
    T(
        "c_rider",
        "notes",
        """Hospitality rider (v[[ver]])
- 24 bottles still water, 12 sparkling
- 1 bottle Jack Daniel's, 1 bottle Hendrick's, tonic
- Ben & Jerry's Phish Food, dairy-free
- 6 Granny Smith apples, 6 Pink Lady
- Marshall JCM800 and Fender Twin backline""",
    ),
    T(
        "c_royalty_csv",
        "csv",
        """ISRC,Title,Territory,Streams,Rate,Amount
GBXYZ2500112,Paper Moons,GB,412330,0.0031,[[price]]
GBXYZ2500113,Sodium Nights,DE,98021,0.0029,[[price2]]
GBXYZ2500114,Pinot Noir Blues,US,30117,0.0034,[[price3]]
Total,,,,,[[price4]]""",
    ),
    T(
        "c_promoter_email",
        "email",
        """Subject: Settlement template for autumn shows

Hi all,
Attached is the settlement sheet (v[[ver]]). Gross is ticket revenue minus VAT and the PRS
levy; merch is 80/20. Tour codename is "Project Bluebird". Please use invoice numbers in the
format TOUR-[[num]]-XX.
Thanks,
Settlements""",
    ),
    T(
        "c_setlist_yaml",
        "yaml",
        """tour: Velvet Signals - Autumn Run
setlist:
  - Paper Moons
  - Sodium Nights
  - "Dear Prudence (cover)"
  - Eleanor Rigby (acoustic)
encore: Glass Orchard
backline: [Marshall, Vox AC30, Ludwig kit]
version: [[ver]]""",
    ),
    T(
        "c_festival_ics",
        "ics",
        """BEGIN:VEVENT
UID:[[hash]]@harbourlights
SUMMARY:Tidal Tent soundcheck
DTSTART:20250712T140000
DTEND:20250712T150000
DESCRIPTION:Stage manager channel 4. Gear: Shure SM58 x6.
END:VEVENT""",
    ),
    # ---- publishers, academia ---------------------------------------------------------------
    T(
        "c_isbn_chat",
        "chat",
        """What's the difference between ISBN [[isbn]] and [[isbn2]]? \
Both say "Harry Potter and the Goblet of Fire" but one is the Bloomsbury paperback.""",
    ),
    T(
        "c_books_csv",
        "csv",
        """isbn,title,format,rrp
[[isbn]],The Salt Archive,Hardback,[[price]]
[[isbn2]],Harbour Lights,Paperback,[[price2]]
[[isbn3]],Moby-Dick (Penguin Classics),Paperback,[[price3]]""",
    ),
    T(
        "c_latex_theorem",
        "latex",
        """\\begin{theorem}[Bayes]
$P(A\\mid B) = \\frac{P(B\\mid A)P(A)}{P(B)}$.
\\end{theorem}
By Fermat's little theorem and the Chinese remainder theorem, the Miller--Rabin test follows;
see also Dijkstra's algorithm and the Kalman filter in Section~\\ref{sec:[[hash]]}.""",
    ),
    T(
        "c_conf_cfp",
        "email",
        """Subject: CFP - Workshop on Green Software (deadline [[date]])

Dear colleagues,
We invite papers on energy-aware computing. Topics include Amdahl's law at scale, Moore's law
after 2nm, and carbon-aware schedulers. Submissions via EasyChair, track code GS-[[num]].
Best paper receives the Ada Lovelace Award.

Workshop Chairs""",
    ),
    T(
        "c_review_form",
        "form",
        """Reviewer form - Paper [[num]]
Originality (1-5): 3
Clarity (1-5): 4
Confidence: expert
Comments to authors: The Gaussian process baseline is weak; compare to a Transformer-XL.
Recommendation: major revision
Form version [[ver]]""",
    ),
    T(
        "c_peer_review_toolcall",
        "toolcall",
        """{"tool": "submit_review", "arguments": {
  "submission": "NEURIPS-[[num]]", "score": 6, "confidence": 4,
  "summary": "Extends the Adam optimizer with a Nesterov term; Hessian analysis is thin."
}}""",
    ),
    T(
        "c_scholarship_chat",
        "chat",
        """Explain the difference between the Rhodes Scholarship, \
the Fulbright programme and the Chevening award, and whether a Pell Grant affects any of \
them. Programme codes I saw: [[ref]], [[ref2]].""",
    ),
    T(
        "c_loan_sql",
        "sql",
        """SELECT plan, COUNT(*) AS borrowers, AVG(balance) AS avg_balance
FROM loans
WHERE opened_at >= '[[date]]' AND plan IN ('IDR', 'PAYE', 'SAVE')
GROUP BY plan
ORDER BY borrowers DESC
LIMIT [[num]];""",
    ),
    # ---- coworking, facilities, security --------------------------------------------------------
    T(
        "c_cowork_rooms",
        "chat",
        """Our coworking rooms are called Hopper, Lovelace, Turing and \
Curie. Can you suggest four more names in the same spirit for the new floor? The booking \
system (v[[ver]]) allows 20 characters.""",
    ),
    T(
        "c_cowork_ticket",
        "ticket",
        """[[ticket]] - Meeting room display stuck
Room: Lovelace (Floor 2)
Device: Logitech Tap, serial [[serial]], firmware [[ver]]
Symptom: shows "Booked by Calendar Bot" all day
Priority: P3""",
    ),
    T(
        "c_facilities_csv",
        "csv",
        """asset_id,type,location_code,last_service,next_due
[[serial]],Dyson Airblade,WC-2F,[[date]],[[date2]]
[[serial2]],Bosch boiler,PLANT-B,[[date]],[[date2]]
[[serial3]],Kärcher scrubber,STORE-1,[[date]],[[date2]]""",
    ),
    T(
        "c_cleaning_sms",
        "sms",
        """Sparkle Pro: your deep clean [[ref]] is booked for [[date]] \
[[time]]. We'll bring Method and Mrs. Meyer's products as requested. Reply STOP to opt out.""",
    ),
    T(
        "c_security_log",
        "log",
        """[[date]]T22:10:44Z guard=G114 checkpoint=CP-07 status=ok
[[date]]T22:31:02Z guard=G114 checkpoint=CP-08 status=door_unlocked
[[date]]T23:02:19Z guard=G207 checkpoint=CP-01 status=ok
[[date]]T23:05:55Z handover from=G114 to=G207 radio=ch2""",
    ),
    T(
        "c_security_notes",
        "notes",
        """Shift notes [[date]]
Storm Darragh warning: close the roof hatch on Block C.
Panic alarm test passed (code [[ref]]). Bay 4 camera fogged, ticket [[ticket]].
The Amber alert level stays until [[time]].""",
    ),
    # ---- parking, airports, embassies -----------------------------------------------------------
    T(
        "c_parking_rules",
        "chat",
        """What does 'Controlled Parking Zone K3, Mon-Sat 8.30-18.30' \
mean, and does a PCN with number [[ref]] have a 14-day discount? The machine printed ticket \
[[num]]-[[num2]]-[[num3]].""",
    ),
    T(
        "c_parking_json",
        "json",
        """{"zone": "K3", "tariff": [{"minutes": 30, "price": "[[price]]"},
 {"minutes": 120, "price": "[[price2]]"}], "machine": "[[serial]]", "firmware": "[[ver]]"}""",
    ),
    T(
        "c_lost_property_csv",
        "csv",
        """item_id,category,description,terminal,found
[[num]],electronics,"Kindle Paperwhite, Winnie the Pooh case",T2,[[date]]
[[num2]],toys,"Buzz Lightyear figure",T1,[[date2]]
[[num3]],clothing,"Barbour jacket, size M",T2,[[date]]""",
    ),
    T(
        "c_airport_sms",
        "sms",
        """Your bag tag [[ref]] has been located and will be delivered \
by courier, tracking [[track]].""",
    ),
    T(
        "c_visa_faq",
        "markdown_table",
        """| Visa type | Fee | Processing | Form |
|---|---|---|---|
| Short stay (C) | [[price]] | 15 days | VF-[[num]] |
| Student | [[price2]] | 30 days | VF-[[num2]] |
| Work | [[price3]] | 45 days | VF-[[num3]] |""",
    ),
    T(
        "c_embassy_email",
        "email",
        """Subject: Appointment system maintenance

Dear applicant,
The appointment booking system will be unavailable on [[date]] from 22:00 to 02:00 (UTC) for
an upgrade to version [[ver]]. Reference numbers issued before then remain valid.

Consular Section""",
    ),
    # ---- credit, crypto, porting, smart home -----------------------------------------------------
    T(
        "c_credit_chat",
        "chat",
        """How is a FICO score different from a VantageScore, and does \
a hard inquiry from a Capital One card application drop it more than 5 points? My report \
number is [[ref]].""",
    ),
    T(
        "c_crypto_chat",
        "chat",
        """Is the Bitcoin whitepaper still worth reading? Also what's the \
difference between Solana and Cardano's Ouroboros consensus? The tx hash I'm looking at is \
0x[[sha]].""",
    ),
    T(
        "c_crypto_ticket",
        "ticket",
        """#[[num]] Withdrawal fee question
Asset: ETH (ERC-20)
TX: 0x[[sha]]
Fee charged: 0.0021 ETH
Question: why is the fee higher than the Etherscan estimate?""",
    ),
    T(
        "c_porting_sms",
        "sms",
        """Your number transfer request [[ref]] is scheduled for [[date]] \
between 10:00 and 14:00. Keep your old SIM until then. Order [[order]].""",
    ),
    T(
        "c_porting_yaml",
        "yaml",
        """porting:
  donor_networks: [Vodafone, Three, EE, giffgaff]
  sla_hours: 24
  pac_length: 9
  retry_backoff: [30, 120, 600]
  version: "[[ver]]"
""",
    ),
    T(
        "c_smarthome_chat",
        "chat",
        """Alexa keeps mishearing "Philips Hue" as "Phillip's room". \
Can I rename the scene "Savanna Sunset" to "Evening"? Hub firmware [[ver]], device id [[serial]].""",
    ),
    T(
        "c_smarthome_yaml",
        "yaml",
        """automation:
  - alias: "Goodnight Jarvis"
    trigger: {platform: time, at: "23:00:00"}
    action:
      - service: light.turn_off
        target: {entity_id: light.living_room_lamp}
      - service: lock.lock
        target: {entity_id: lock.front_door}
""",
    ),
    T(
        "c_smarthome_vcard",
        "vcard",
        """BEGIN:VCARD
VERSION:4.0
FN:Brightnest Installs - Support
ORG:Brightnest Installs Ltd
NOTE:Company card template. Fill TEL and EMAIL from CRM field set [[ref]].
REV:[[date]]
END:VCARD""",
    ),
    # ---- personal use ----------------------------------------------------------------------------
    T(
        "c_cocktails",
        "chat",
        """For a party, how do I make a Bloody Mary, a Tom Collins and a \
Negroni? And is a Shirley Temple okay for the kids or too sweet?""",
    ),
    T(
        "c_paint",
        "chat",
        """Painting the hallway: Farrow & Ball "Elephant's Breath" or \
Benjamin Moore "Revere Pewter"? The trim would be the Rose Gold finish handles from the \
catalogue (SKU [[sku]]).""",
    ),
    T(
        "c_apples",
        "chat",
        """Which apples are best for a crumble: Granny Smith, Bramley, Pink \
Lady or Cox's Orange Pippin? I also have some Jazz apples.""",
    ),
    T(
        "c_wine_review",
        "review",
        """★★★★★ The Pinot Noir is silky, the Cabernet Sauvignon a bit \
young. Paired with Beef Wellington and Peach Melba it was perfect. Order [[order]] arrived \
in two days.""",
    ),
    T(
        "c_perfume",
        "review",
        """★★★☆☆ Jo Malone's Wood Sage & Sea Salt lasts about four hours on \
me. Prefer the Tom Ford Oud Wood, but that's [[price]]. Batch code [[ref]].""",
    ),
    T(
        "c_game_chat",
        "chat",
        """In Zelda: Tears of the Kingdom, where do I find the Master \
Sword? And is Mario Kart better with Luigi or Princess Peach?""",
    ),
    T(
        "c_fandom",
        "chat",
        """Write a short scene where Hermione Granger and Gandalf argue about \
the best spell, and Darth Vader interrupts. Keep it under 200 words.""",
    ),
    T(
        "c_recipe_notes",
        "notes",
        """Sunday menu
- Eggs Benedict with hollandaise
- Caesar salad (no anchovies)
- Victoria sponge, or Pavlova if the oven behaves
- Earl Grey and Lady Grey tea
Shopping list total: [[price]]""",
    ),
    T(
        "c_hobby_club_whatsapp",
        "whatsapp",
        """[19:02] Chair: reminder - quiz night [[date]]
[19:03] Treasurer: subs are [[price]], pay at the door
[19:05] Quizmaster: round 3 is about Ferrari, Porsche and McLaren F1 cars
[19:06] Chair: 👍""",
    ),
    T(
        "c_racing",
        "chat",
        """Who was the better racehorse, Frankel or Red Rum? And the Queen \
Mary 2, is it bigger than the Titanic? My nephew asked and I have no idea.""",
    ),
    T(
        "c_storm",
        "sms",
        """Met alert: Storm Bert amber warning for wind [[date]] 06:00-21:00. \
Ferry sailings may be cancelled. Ref [[ref]].""",
    ),
    T(
        "c_yoga",
        "chat",
        """What's the difference between Iyengar, Ashtanga and Bikram yoga? \
And is Lindy Hop or the Charleston step easier for beginners?""",
    ),
    T(
        "c_whatsapp_shopping",
        "whatsapp",
        """[10:11] me: got the Dyson, it was [[price]]
[10:12] other: the V15? check it's not the refurb, model code [[sku]]
[10:13] me: new, order [[order]]
[10:14] other: 👍 grab Ben & Jerry's on the way""",
    ),
    T(
        "c_ocr_receipt",
        "ocr",
        """MARKS & SPENCER
PERCY PIG SWEETS        1.50
COLIN THE CATERPILLAR  12.00
EARL GREY 80 BAGS       3.25
TOTAL                  [[price]]
VISA CONTACTLESS ****  AUTH [[num]]
TRANS [[ref]]  [[date]] [[time]]""",
    ),
    T(
        "c_ocr_label",
        "ocr",
        """ROYAL MAIL TRACKED 48
[[track]]
WEIGHT 1.2KG  ITEM [[sku]]
RETURN TO: DISPATCH CENTRE DC-[[num]]""",
    ),
    T(
        "c_letter_template",
        "letter",
        """[Your name]
[Your address]

Dear Sir or Madam,

I am writing about order [[order]], placed on [[date]]. The Kenwood Chef mixer arrived with
a cracked bowl. Please arrange a replacement or a refund of [[price]].

Yours faithfully,
[Your name]""",
    ),
    T(
        "c_transcript_support",
        "transcript",
        """Agent: Thanks for calling Brightnest, this \
call may be recorded. How can I help?
Caller: my Ring doorbell says offline since the update
Agent: okay, can you read me the serial on the back
Caller: [[serial]]
Agent: thanks, that's firmware [[ver]], let's reboot it""",
    ),
    T(
        "c_transcript_voice",
        "transcript",
        """hey siri remind me to buy earl grey and granny \
smith apples tomorrow at [[time]] and order the tesla charger cable""",
    ),
    T(
        "c_srt_film",
        "srt",
        """14
00:12:01,500 --> 00:12:04,000
Buzz Lightyear: To infinity, and beyond!

15
00:12:04,500 --> 00:12:06,800
Woody: That wasn't flying. That was falling with style.""",
    ),
    # ---- developer traffic ------------------------------------------------------------------------
    T(
        "c_pr_review",
        "code",
        """Review this please:

def retry(fn, attempts=3):
    # Fibonacci backoff, see TAOCP vol. 1
    for i in range(attempts):
        try:
            return fn()
        except TimeoutError:
            time.sleep(fib(i))
    raise RuntimeError("gave up after %d attempts" % attempts)""",
    ),
    T(
        "c_error_log",
        "log",
        """[[date]] [[time]]:17 ERROR celery.worker task=reports.build id=[[hash]]
Traceback (most recent call last):
  File "/srv/app/reports/pdf.py", line 212, in render
    WeasyPrint(html).write_pdf(out)
OSError: cannot load library 'pango-1.0-0' (release [[ver]])""",
    ),
    T(
        "c_fixture",
        "code",
        """@pytest.fixture
def order():
    return Order(
        id="[[order]]",
        sku="[[sku]]",
        total=Decimal("19.99"),
        customer_name="<redacted>",
        shipped_via="DHL Express",
    )""",
    ),
    T(
        "c_chatops",
        "chat",
        """deploybot: ✅ billing-api v[[ver]] deployed to staging (commit [[hash]])
deploybot: canary on hosts athena-03, hermes-07
oncall: ack. Grafana panel "Jarvis latency" looks fine""",
    ),
    T(
        "c_k8s_yaml",
        "yaml",
        """apiVersion: apps/v1
kind: Deployment
metadata:
  name: sherlock-indexer
  labels: {team: watson, codename: moriarty}
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: indexer
          image: registry.internal/sherlock-indexer:[[ver]]
""",
    ),
    T(
        "c_sql_export",
        "sql",
        """COPY (
  SELECT order_id, sku, qty, total, created_at
  FROM orders WHERE created_at BETWEEN '[[date]]' AND '[[date2]]'
) TO '/tmp/orders_export_[[num]].csv' WITH CSV HEADER;""",
    ),
    T(
        "c_json_api",
        "json",
        """{"model": "gpt-style-large", "assistant_name": "Ada", "persona": \
"friendly librarian", "temperature": 0.3, "max_tokens": [[num]], "request_id": "[[hash]]"}""",
    ),
    T(
        "c_toolcall_weather",
        "toolcall",
        """{"name": "get_stock_level", "arguments": {"sku": \
"[[sku]]", "warehouse": "DC-[[num]]", "product": "Bosch Serie 6 dishwasher"}}""",
    ),
    T(
        "c_html_page",
        "html",
        """<div class="product">
  <h1>Ray-Ban Wayfarer Classic</h1>
  <p>Model RB2140 · colour Tortoise · SKU [[sku]]</p>
  <p class="price">[[price]]</p>
  <button data-id="[[hash]]">Add to basket</button>
</div>""",
    ),
    T(
        "c_xml_config",
        "xml",
        """<config>
  <service name="hermes-mailer" version="[[ver]]"/>
  <queue host="athena-queue-02" port="[[port]]"/>
  <feature flag="nightingale-beta" enabled="true"/>
</config>""",
    ),
    T(
        "c_markdown_changelog",
        "markdown_table",
        """| Version | Date | Change |
|---|---|---|
| [[ver]] | [[date]] | Fix Dijkstra routing on one-way edges |
| [[ver2]] | [[date2]] | Add Bloom filter to cache |
| [[ver3]] | [[date3]] | Drop Python 3.8 |""",
    ),
    T(
        "c_ics_release",
        "ics",
        """BEGIN:VEVENT
SUMMARY:Release train - Project Jasper
DTSTART:20250903T150000Z
DESCRIPTION:Cut branch release/[[ver]] and tag. Changelog [[hash]].
END:VEVENT""",
    ),
    T(
        "c_latex_report",
        "latex",
        """\\section{Results}
Table~\\ref{tab:[[hash]]} compares ResNet-50, Mask R-CNN and the Wiener filter baseline.
The Pearson correlation is $r=0.81$ and the Kolmogorov--Smirnov test gives $p<0.01$.
Version [[ver]] of the pipeline was used.""",
    ),
    T(
        "c_csv_inventory",
        "csv",
        """sku,product,brand,stock
[[sku]],Hugo Boss Bottled 100ml,Hugo Boss,14
[[sku2]],Dr. Martens 1460 boots,Dr. Martens,6
[[sku3]],Levi's 501,Levi's,22
[[sku4]],Tommy Hilfiger polo,Tommy Hilfiger,9""",
    ),
    T(
        "c_log_phoneish",
        "log",
        """[[date]] [[time]]:00 INFO order=[[order]] status=shipped tracking=[[track]]
[[date]] [[time]]:02 INFO imei=[[imei]] activation=ok
[[date]] [[time]]:03 INFO invoice=INV-[[num]]-[[num2]] total=[[price]]""",
    ),
    T(
        "c_form_blank",
        "form",
        """NEW MEMBER FORM (v[[ver]])
Name: ____________________
Membership type: Off-peak / Anytime / Student
Locker: [[num]]
Induction with: ____________________
Office use: form ref [[ref]]""",
    ),
    T(
        "c_ticket_dev",
        "ticket",
        """[[ticket]] - Flaky test test_checkout_applepay
Fails ~1/20 on CI runner "gutenberg-2". Seed [[num]]. Last green commit [[hash]].
Suspect the Stripe mock returns 402 when the clock crosses midnight UTC.""",
    ),
    T(
        "c_notes_meeting",
        "notes",
        """Sprint review [[date]]
- Project Nightingale: search latency down 30%
- The Hermes mailer retries now use exponential backoff
- Codename "Bluebird" release moves to v[[ver]]
- Decision: adopt Renovate for dependency bumps""",
    ),
    T(
        "c_email_newsletter",
        "email",
        """Subject: This week at the Rialto Cinema Club

Coming up: a noir double bill (Vertigo and Rear Window), a stop-motion season, and
kids' mornings with Paddington 2. Member tickets [[price]]. Use code [[ref]] at checkout.

Unsubscribe anytime.""",
    ),
    T(
        "c_review_coworking",
        "review",
        """★★★★☆ Good coffee (they use a La Marzocco), fast wifi, \
phone booths named after Nobel Prize winners which is a bit much. Day pass [[price]].""",
    ),
    T(
        "c_json_order",
        "json",
        """{"order_id": "[[order]]", "items": [{"sku": "[[sku]]", "name": \
"Le Creuset casserole, Volcanic"}, {"sku": "[[sku2]]", "name": "KitchenAid Artisan mixer"}], \
"total": "[[price]]", "tracking": "[[track]]"}""",
    ),
    T(
        "c_whatsapp_gym",
        "whatsapp",
        """[07:02] coach: PB day! deadlift 3x3 @ 85%
[07:05] member: the Rogue bar or the Eleiko?
[07:05] coach: Eleiko, Rogue is on the platform for the Hyrox class
[07:06] member: 💪""",
    ),
    T(
        "c_sms_cinema",
        "sms",
        """Your tickets for Wicked (Screen 2) on [[date]] at [[time]]: \
seats [[seat]], [[seat2]]. Booking [[ref]].""",
    ),
)
