"""val27 clean templates, part A (no personal data, many decoys): chat, email, sms, letter,
form, ticket, notes, minutes, transcript, paste, voice."""

TEMPLATES = r"""
=== ca-chat-01 | chat | optic
What's the difference between Acuvue Oasys and Dailies Total1 for someone with dry eyes? Our stock code for the Oasys 6-pack is «sku» and it's «price». We hope to switch suppliers by «mon».
=== ca-chat-02 | chat | zoo
Write a fun sign for the giraffe house. The giraffes are called Gerald and Mabel, the okapi is Duncan. Feeding is at «time» daily. Mention our Gruffalo trail and that the café does a mean Eggs Benedict.
=== ca-chat-03 | chat | dc
our grafana shows p99 latency of «ms» on hopper-11 and knuth-db-01 since build «hash». Dijkstra's algorithm is used for the routing table, could that be the bottleneck? we're on kernel «ver», port «port».
=== ca-chat-04 | chat | tickets
How do I explain to fans that the grace period for season ticket renewals ends «date»? Prices go up «pct» after that. Block 112 and the Jack Walker Stand are sold out.
=== ca-chat-05 | chat | music
I'm writing a programme note for Don Giovanni and The Magic Flute. Can you explain who Papageno and the Queen of the Night are, in 120 words? The performance is «day» at «time», running time «dur».
=== ca-chat-06 | chat | pest
is it normal for bed bug treatment to need 3 visits? quote ref «tkt» says «price» per visit and the product is Cimexa dust, batch «n:8». will do the prep list tonight
=== ca-chat-07 | chat | solar
What size inverter do I need for a «kw» array? Thinking of the Fronius Primo or a SolarEdge HD-Wave. Export limit is 3.68 kW, MCS cert due «mon».
=== ca-chat-08 | chat | arts
Can you suggest a warm-up for a ballet class of 8-year-olds before they rehearse the Dance of the Cygnets from Swan Lake? Class is «dur», Studio 4.
=== ca-email-01 | email | print
Subject: Proof v3 for order «ord»

Hi,

Attached is proof v3 of the roller banner (850 x 2000 mm). We've changed the hex colour to «hex» and moved the QR code to the bottom. Please bill me for the extra proof round («price») and we'll print once approved.

Thanks,
Studio team
=== ca-email-02 | email | forces
Subject: Remembrance Sunday arrangements

Dear members,

The parade forms up at «time» outside the Drill Hall. Medals on the right breast for those wearing a relative's. Standards will dip during the Last Post. Afterwards there is a buffet in the Montgomery Room (tickets «price»).

With thanks,
The Committee
=== ca-email-03 | email | host
Subject: Booking «bk» — your check-in guide

Hello,

Your lodge is «pick:Birch/Hazel/Rowan/Alder» Lodge, pitch «n:2». Check-in from 16:00 on «date», check-out by 10:00. Wi-Fi: KestrelBay-Guest, password on the fridge. The hot tub is drained every «day».

We hope you enjoy your stay!
=== ca-email-04 | email | crypto
Subject: Quarterly compliance report Q«pick:1/2/3/4»

Team,

Alerts reviewed: 1,284. SARs filed: 17. Average handling time fell to «dur». The Travel Rule integration (vendor build «ver») goes live «date». Please re-read policy AML-07 before the audit by Deloitte on «date2».

Compliance Office
=== ca-email-05 | email | mental
Subject: Updated cancellation policy

Dear clients,

From «date» we ask for 48 hours' notice to cancel sessions. Late cancellations will be charged «price». Our waiting room has moved to Room 2.14, first floor, next to the Nightingale Suite.

Best wishes,
Reception
=== ca-email-06 | email | stable
Subject: Winter livery prices

Hi all,

Full livery goes up to «price»/week from «mon». Hay is now «price» a bale. Biscuit, Pickle and Mr Darcy are on box rest, so please don't feed them treats. The arena will be closed «day» for resurfacing.

Yard Office
=== ca-sms-01 | sms | optic
Your order «ord» is ready for collection at FocalPoint. Opening hours Mon-Sat 9-5:30.
=== ca-sms-02 | sms | tickets
Match day: gates open «time». Your e-ticket «bk» is in the app. Block «n:3», Row «n:2». Bag size limit A4.
=== ca-sms-03 | sms | trades
Your glazier appointment «tkt» is confirmed for «day» AM. Reply STOP to opt out.
=== ca-sms-04 | sms | pest
Treatment booked for «date», «time». Please vacate for 4h and remove pets. Ref «tkt».
=== ca-sms-05 | sms | coast
LIFEBOAT EXERCISE «day» «time». Muster at boathouse. Kit check. ETA Rescue 924 «time».
=== ca-letter-01 | letter | family
Dear Applicant,

Thank you for attending the «mon» information evening about fostering. Enclosed is the Form F guidance (version «ver») and a list of training dates. The Skills to Foster course runs over three days; refreshments provided.

Yours faithfully,

Fostering Recruitment Team
=== ca-letter-02 | letter | arts
To whom it may concern,

This letter confirms that the Royal Academy of Dance Grade 6 exam will take place on «date» in Studio B. Candidates should arrive «dur» early. Exam fees (£«n:2» per candidate) are non-refundable.

Yours faithfully,
Exams Officer
=== ca-letter-03 | letter | trades
Dear Homeowner,

Following the inspection on «date», we recommend replacing the felt on the flat roof (approx. 18 m²) and re-pointing the chimney stack. Our quote «inv» totals «price» inc. VAT and is valid for 30 days.

Yours sincerely,
Ridgeline Roofing Ltd
=== ca-letter-04 | letter | books
Dear Reader,

Your library card will expire on «date». To renew, bring proof of address to any branch. Reading group sets of "Pride and Prejudice" and "The Handmaid's Tale" can be reserved; ISBN «isbn».

Library Services
=== ca-form-01 | form | optic
CONTACT LENS ORDER
Brand: Biofinity Toric
Power: -2.75 / -0.75 x 180
Base curve: 8.7
Quantity: 6 boxes
SKU: «sku»
Price: «price»
Notes: customer declined Dailies; grace period for returns 14 days
=== ca-form-02 | form | union
ROOM BOOKING REQUEST
Society: Film Society
Room: «room»
Date: «date»
Time: «time»–«time»
Equipment: projector, HDMI, 40 chairs
Budget code: «n:6»
Risk assessment ref: RA-«n:4»
=== ca-form-03 | form | solar
MCS INSTALLATION CHECKLIST
Panels: 12 x JA Solar 430W
Inverter: Fronius Primo 4.0, serial «part»
Battery: GivEnergy 9.5 kWh
DNO application: «tkt»
Commissioned: «date»
Generation meter reading: «n:5» kWh
=== ca-form-04 | form | print
PRINT SPEC
Product: A5 flyer
Stock: 350gsm silk
Colours: CMYK 4/4, spot «hex»
Qty: «n:4»
Finishing: matt lamination
Job bag: «ord»
=== ca-ticket-01 | ticket | dc
[INC-«n:5»] Elevated 502s on load balancer lb-ada-02
Impact: «pct» of requests to /api/v2 since «time» UTC
Suspected cause: deploy «hash» (build «ver»)
Next update: «dur»
=== ca-ticket-02 | ticket | host
Maintenance «tkt»: hot tub pump in Cabin 7 tripping the RCD. Part number «part». Supplier lead time «dur». Cabin 7 blocked until «date».
=== ca-ticket-03 | ticket | fire
Defect «tkt»: Appliance 23P1 (Scania P280) pump pressure gauge reading low. Workshop booked «date». Spare appliance 23P5 on the run.
=== ca-ticket-04 | ticket | crypto
Feature request «tkt»: show Fibonacci retracement and Bollinger Bands on the BTC/EUR chart. Also fix the Kalman filter smoothing in the price feed (v«ver»).
=== ca-notes-01 | notes | zoo
Morning checks «date»
- Otis (sea lion) ate 4kg herring
- Doris the tortoise still hibernating, weight «n:4»g
- Storm Babet damage to the aviary netting
- Parkinson's talk for carers in the education centre «day»
=== ca-notes-02 | notes | optic
Class plan — Pilates for back pain
1. Warm-up «dur»
2. Clam shells x 12
3. Bird-dog x 10 each side
4. Cool-down, diaphragmatic breathing
Equipment: 6 mats, 4 Thera-Band (green)
=== ca-notes-03 | notes | dc
Capacity notes
Hall B: «pct» power used, 14 racks
Hall C: cooling upgrade «mon»
Hosts turing-07 and lovelace-02 to be retired; gauss-01 stays.
Bloomberg terminal feed moved to VLAN «n:3».
=== ca-notes-04 | notes | music
Rehearsal schedule
«day»: German Requiem mvts 1-3, «time»
«day»: full run, «time»
Pencils, water, black folders. The Steinway is being tuned «date».
=== ca-minutes-01 | minutes | union
Minutes of the Executive, «date»
Present: President, VP Education, VP Welfare, Treasurer, Secretary
1. Budget: «price» remaining for «mon».
2. Freshers' Fair: stall map v«ver» agreed.
3. Bar in the Attenborough Building to close at 11pm.
4. AOB: none. Meeting closed «time».
=== ca-minutes-02 | minutes | coast
Station meeting «date»
1. Shouts since last meeting: 6 (2 medevac, 1 yacht Seaspray, 3 false alarms with good intent).
2. Tractor service done. Part «part» ordered.
3. Storm Ciarán debrief next «day».
=== ca-minutes-03 | minutes | family
Adoption Panel business meeting «date»
1. Quorum confirmed (7 members).
2. Training: attachment theory refresher, «date2».
3. Policy v«ver» approved.
4. Next panel «date3».
=== ca-minutes-04 | minutes | pest
Team meeting «date»
- New van (Ford Transit Custom) arrives «mon»
- Switch to Talon bait blocks, SKU «sku»
- Overtime rota agreed
=== ca-transcript-01 | transcript | optic
AGENT: FocalPoint Opticians, how can I help?
CALLER: Hi, I'm calling about order «ord».
AGENT: Let me check. Your varifocals arrived «day». You can collect any time before «time».
CALLER: Great, will do. Do you take contactless?
AGENT: Yes we do.
=== ca-transcript-02 | transcript | tickets
[00:00] BOT: Welcome to the ticket line. Say your booking reference.
[00:04] CALLER: «bk».
[00:07] BOT: Thanks. You have 2 tickets for «date», Block «n:3». To transfer a ticket, say "transfer".
[00:12] CALLER: Transfer.
=== ca-transcript-03 | transcript | fire
00:00:02 CONTROL: Fire and rescue.
00:00:04 CALLER: There's smoke coming from the recycling centre behind the retail park.
00:00:10 CONTROL: Crews from Station 23 are being mobilised, ETA «dur».
=== ca-transcript-04 | transcript | mental
RECEPTION: Good morning, Hillside Counselling.
CALLER: Hi, I just wanted to know if you do evening sessions.
RECEPTION: We do, Tuesdays and Thursdays until 8pm. Sessions are «dur» and cost «price».
CALLER: Lovely, thank you.
=== ca-paste-01 | paste | host
Translate into English:
"Estimado cliente, su reserva «bk» está confirmada. La entrada es a partir de las 16:00 y la salida antes de las 10:00. El precio total es de «price». Gracias por elegirnos."
=== ca-paste-02 | paste | music
Summarise in English:
"Die Generalprobe für die Zauberflöte findet am Freitag um 19 Uhr statt. Bitte schwarze Kleidung mitbringen. Die Noten (Ausgabe Bärenreiter, Bestellnummer «sku») liegen im Probenraum."
=== ca-paste-03 | paste | optic
Reply in French:
"Bonjour, j'ai commandé des lentilles de contact (référence «sku») le «date» et je n'ai toujours rien reçu. Le numéro de suivi est «trk». Merci de me répondre."
=== ca-paste-04 | paste | solar
Translate to English:
"Os painéis solares foram instalados no dia «date». A potência total é de «kw». O inversor é da marca Huawei, modelo SUN2000. A garantia é de 12 anos."
=== ca-paste-05 | paste | books
What is this Italian notice about?
"Il gruppo di lettura si riunisce ogni primo giovedì del mese in biblioteca. Questo mese leggiamo Il nome della rosa. Ingresso libero."
=== ca-paste-06 | paste | pest
Summarise:
"Beste klant, op «date» komen wij de muizenbestrijding uitvoeren. Zorg ervoor dat huisdieren binnen blijven. Ordernummer «ord». Met vriendelijke groet, Ongedierte Service"
=== ca-paste-07 | paste | forces
Translate from Polish:
"Uroczystość z okazji Święta Niepodległości odbędzie się «date» o godzinie 11:00. Obowiązuje strój galowy. Prosimy o potwierdzenie obecności do piątku."
=== ca-paste-08 | paste | stable
What does this say?
"Ridskolan har stängt under jullovet. Lektionerna börjar igen vecka 2. Priset för en termin är «price». Tänk på att ha hjälm!"
=== ca-paste-09 | paste | tickets
Translate this Turkish notice:
"Değerli taraftarlarımız, «date» tarihli maç için kapılar saat 18:00'de açılacaktır. Biletler yalnızca mobil uygulamada geçerlidir. Sipariş numaranızı saklayınız."
=== ca-paste-10 | paste | zoo
Translate from Indonesian:
"Kebun binatang buka setiap hari pukul 08.00 sampai 17.00. Harga tiket dewasa Rp50.000, anak-anak Rp30.000. Jadwal memberi makan harimau pukul 14.00."
=== ca-paste-11 | paste | dc
Translate from Vietnamese:
"Hệ thống sẽ bảo trì vào lúc 02:00 sáng thứ Bảy. Thời gian dự kiến là hai giờ. Phiên bản mới là «ver». Xin cảm ơn."
=== ca-voice-01 | voice | trades
note to self order two more yale cylinder locks and a packet of glazing sprigs before friday
=== ca-voice-02 | voice | zoo
remind the team the otter talk moves to half two and the penguin feed is after the storm clears
=== ca-voice-03 | voice | solar
add to the list check the inverter firmware on the tuesday job and bring the spare mc4 connectors
=== ca-voice-04 | voice | coast
log shout paged at quarter past nine false alarm with good intent boat back on station by ten
"""
