"""val25 clean templates (no personal data, many decoys): chat, email, sms, letter, form,
ticket, notes, minutes, transcript, json, toolcall, csv, tsv, markdown_table."""

from __future__ import annotations

from appliance.testing.pii_corpus.val25_gen import c

TEMPLATES = [
    # --- chat ----------------------------------------------------------------------------
    c(
        "farm-chat-c1",
        "chat",
        """
We run 180 Friesian cows and the John Deere 6155R keeps throwing fault code 523{{n:100-999}}.03 after the {{ver}} firmware update. The dealer says it's the hitch sensor, part {{part}}, {{price:120-900}} plus fitting. Is that plausible, and is there a workaround until Friday? Milk collection is at {{time}} so I can't be without the tractor.
""",
        cur="£",
    ),
    c(
        "energy-chat-c1",
        "chat",
        """
Can you explain the difference between our Economy 7 and the Agile tariff in plain English? Our smart meter (SMETS2, serial {{meter}}) shows {{kwh}} kWh last quarter, 38% of it overnight. Unit rates: day {{n:24-31}}.{{n:10-99}}p, night {{n:9-14}}.{{n:10-99}}p, standing charge {{n:45-62}}.{{n:10-99}}p/day. Will do whatever's cheaper - we have a heat pump and no EV.
""",
    ),
    c(
        "gym-chat-c1",
        "chat",
        """
I coach a junior cycling squad. Build me a 6-week winter plan: two turbo sessions a week (Zwift is fine), one long ride on Sunday, strength on Wednesday. Riders are 14-16, FTP between 180 and 240 W. Put it in a table and keep the Sunday rides under 3 hours. The club's Kalman-filtered power data is noisy, so use heart rate zones as a backup.
""",
    ),
    c(
        "software-chat-c1",
        "chat",
        """
Quick sanity check: our SOW says "Time and materials, capped at {{price:20000-250000}}, invoiced monthly in arrears, 30-day payment terms". The client wants a 60-day grace period. Does that change our VAT point? We use Xero and bill in sterling; invoice {{invoice}} is the first one affected.
""",
        cur="£",
    ),
    # --- email ---------------------------------------------------------------------------
    c(
        "museum-email-c1",
        "email",
        """
Subject: Environmental readings - Gallery 3

Hi all,

The data loggers in Gallery 3 recorded RH between 62% and 71% over the bank holiday weekend, which is above our 45-55% target for the Victorian textiles. Logger IDs: {{part}}, {{part}}. The dehumidifier (Meaco 20L, asset {{ref}}) tripped at {{time}} on Saturday.
Facilities will service it on {{date:day}}. Until then, please keep the Wellcome Collection loan case closed and check the readings twice a day.

Collections Care Team
""",
    ),
    c(
        "travel-email-c1",
        "email",
        """
Subject: Coach transfer times for group {{booking}}

Hello,

Please find below the revised transfer schedule. Flight {{flight}} now lands at {{time}} (was {{time}}), so the coach pick-up moves to {{time}} at Terminal 2, Door 4.
The aircraft has changed from an Airbus A320neo to a Boeing 737-800 (G-{{pick:JZHK|EZWX|TUKP|DHLF}}), so seats {{seat}} to {{seat}} no longer exist and have been reassigned. Luggage allowance on the coach is one large case per person. The hotel check-in is from 15:00; early rooms are not guaranteed.
Total for the transfer remains {{price:400-2000}} (invoice {{invoice}}).

Kind regards,
Group Operations
""",
    ),
    c(
        "health-email-c1",
        "email",
        """
Subject: Stock alert - amoxicillin 250mg/5ml

Team,

Our wholesaler has put amoxicillin oral suspension (PIP code {{n:100000-999999}}-{{n:1-9}}) on allocation until {{date:long}}. Please check stock before accepting new prescriptions and use the out-of-stock template. Alternatives should be agreed with the prescriber.
Also a reminder that the new Braille labelling printer arrives Tuesday; training is at {{time}} in the consultation room.

Thanks,
Dispensary Manager
""",
    ),
    c(
        "insurance-email-c1",
        "email",
        """
Subject: Q3 claims bordereau

Attached is the bordereau for Q3. Headline numbers:
- 412 motor claims notified, 61 total losses (mostly Ford Fiesta and Toyota Yaris)
- average settlement {{price:1500-9000}}
- 19 escape-of-water claims after Storm Babet
The figures reconcile to ledger batch {{ref}}. Please bill me for the actuarial review under PO {{n:40000-49999}}.

Finance
""",
        cur="£",
    ),
    c(
        "charity-email-c1",
        "email",
        """
Subject: Matched-giving campaign results

Hi everyone,

The Big Give week raised {{price:20000-300000}} from 1,284 donations, plus {{price:5000-100000}} in match funding. Average gift was {{price:15-60}}. The winter appeal page had a 4.2% conversion rate, well above the sector benchmark.
Next steps: thank-you emails go out on {{date:day}}; the Gift Aid claim (batch {{ref}}) goes to HMRC at month end.

Fundraising Team
""",
        cur="£",
    ),
    # --- sms -----------------------------------------------------------------------------
    c(
        "energy-sms-c1",
        "sms",
        """
ValeBrook Water: we're flushing the mains in your area {{date:short}} {{time}}-{{time}}. Water may look cloudy; run the cold tap for 2 mins. Ref {{ref}}
""",
    ),
    c(
        "travel-sms-c1",
        "sms",
        """
Your transfer for booking {{booking}} is confirmed: coach leaves {{time}} from Door 4, Terminal 2. Flight {{flight}}. Seat {{seat}}. Reply HELP for support.
""",
    ),
    c(
        "vet-sms-c1",
        "sms",
        """
Paws&Claws: Biscuit's vaccination is due on {{date:short}}. Book online with code {{booking}} and get 10% off flea treatment. Reply STOP to opt out.
""",
    ),
    # --- letter --------------------------------------------------------------------------
    c(
        "legal-letter-c1",
        "letter",
        """
Our ref: {{ref}}
{{date:long}}

Dear Sir or Madam,

Lease of Unit {{n:1-40}}, Kingfisher Business Park

We write on behalf of our client, the landlord, regarding the rent review due on {{date:long}}. Under clause 4.2 of the lease the review is upward-only and linked to the Retail Prices Index. The revised annual rent is {{price:12000-90000}}, payable quarterly in advance.
Please confirm that your client accepts the figure within 28 days, failing which the matter may be referred to an independent surveyor.

Yours faithfully,

Commercial Property Department
""",
        cur="£",
    ),
    c(
        "charity-letter-c1",
        "letter",
        """
{{date:long}}

Dear Supporter,

Thank you for standing with us this year. Because of you, our food bank handed out 18,400 parcels, our debt advice line took 3,100 calls, and the Saturday breakfast club served 9,000 meals.
This winter we are raising {{price:20000-80000}} to keep the warm space open six days a week. If you are able to give again, please use the reference {{ref}} so that we can claim Gift Aid.

With thanks,
The Trustees
""",
        cur="£",
    ),
    c(
        "care-letter-c1",
        "letter",
        """
{{date:long}}

Dear Parents and Carers,

From Monday the nursery opens at 07:30 and closes at 18:00. The fees for the spring term are {{price:45-95}} per full day and {{price:25-55}} per half day; funded hours are unchanged.
Our theme this term is "The Gruffalo and friends", so please send in any old cardboard boxes for the deep dark wood. Flu spray vaccinations will be given on {{date:long}} by the school nursing team.

Warm regards,
Nursery Manager
""",
        cur="£",
    ),
    # --- form ----------------------------------------------------------------------------
    c(
        "customs-form-c1",
        "form",
        """
COMMERCIAL INVOICE
Invoice no.: {{invoice}}   Date: {{date:iso}}
Incoterms: DAP   Currency: EUR
Line 1: HS 8433.51 - combine harvester spare parts - qty 14 - {{price:2000-9000}}
Line 2: HS 8708.99 - gearbox assembly, part {{part}} - qty 2 - {{price:900-6000}}
Line 3: HS 4016.93 - gaskets, SKU {{sku}} - qty 300 - {{price:200-900}}
Gross weight: {{n:200-900}} kg   Packages: 3 pallets
Country of origin: see certificate {{ref}}
""",
        cur="€",
    ),
    c(
        "gym-form-c1",
        "form",
        """
CLASS BOOKING - FACILITY REQUEST
Activity: Spin (45 min)
Studio: {{room}}
Start: {{time}}   Capacity: 24 bikes
Instructor grade: Level 3
Equipment: Keiser M3i bikes x 24, sound system, fans
Notes: bikes 7 and 19 out of service (work order {{ref}})
""",
    ),
    c(
        "property-form-c1",
        "form",
        """
PROPERTY INVENTORY - CHECK-IN
Reference: {{ref}}   Date: {{date:uk}}
Hall: carpet (beige) - good, light stain by door
Kitchen: Bosch-style integrated oven - good; hob 4 rings - fair
Lounge: 2 x sofas (grey), coffee table - good
Bedroom 1: double bed, mattress protector, wardrobe - good
Meter readings: electricity {{kwh}}, gas {{kwh}}
Keys: 2 x front, 1 x window, 1 x fob
""",
    ),
    # --- ticket --------------------------------------------------------------------------
    c(
        "secops-ticket-c1",
        "ticket",
        """
[{{ticket}}] Expired TLS certificate on client portal
Priority: P1   Status: In progress
The wildcard certificate expired at {{time}} UTC. Monitoring (Grafana alert "cert_days_left < 1") fired but was silenced during the {{ver}} release. Renewal requested via ACME; DNS challenge pending. Affected: portal, API gateway on port {{port}}.
Next update in 30 minutes.
""",
    ),
    c(
        "energy-ticket-c1",
        "ticket",
        """
Ticket {{ticket}} - Meter exchange backlog
Queue: Field Ops   Severity: Medium
There are 1,942 SMETS1 meters still awaiting exchange in region N4. Average wait is 41 days. Supplier batch {{ref}} is delayed by the modem shortage (part {{part}}).
Proposal: prioritise PSR customers and meters with comms fault code 0x{{n:10-99}}.
""",
    ),
    c(
        "travel-ticket-c1",
        "ticket",
        """
INC-{{n:10000-99999}} Duplicate bookings created by channel manager
Since {{date:iso}} {{time}} the channel manager has created duplicate reservations for 37 bookings (e.g. {{booking}}, {{booking}}). Root cause appears to be a webhook retry after a 504 from our API. Rollback to {{ver}} planned for tonight.
""",
    ),
    # --- notes ---------------------------------------------------------------------------
    c(
        "farm-notes-c1",
        "notes",
        """
Field walk {{date:short}}
- Field 7 (winter wheat, KWS Zyatt): GS31, some yellow rust on lower leaves. Spray window Thursday if wind < 10 mph.
- Field 9 (OSR): pigeon damage on headland; gas gun moved.
- Field 12: drain outfall blocked again, order 20 m of 100 mm pipe (SKU {{sku}}).
- Sheep: 212 ewes scanned, 184% lambing. Vaccines batch {{ref}} in fridge.
- Massey Ferguson 5713 due service at {{n:1900-2600}} hours.
""",
    ),
    c(
        "media-notes-c1",
        "notes",
        """
Show notes - episode {{n:100-240}}
Theme: the science of sleep
Segments: (1) why we dream, (2) sleep-quality questionnaires explained... cut, too technical; (3) listener questions
Music bed: "Low Tide" from the library, licence {{ref}}
Ad read: mattress sponsor, code SLEEP20, 60 seconds
Racing minute: can Galopin des Champs win again? Odds 5/2
Runtime target: 42 min. Publish {{date:day}} {{time}}.
""",
    ),
    c(
        "vet-notes-c1",
        "notes",
        """
Kennel sheet - {{date:short}}
Kennel 1: Max (lurcher) - walked x2, eating well, meds {{time}}
Kennel 2: Bella (collie x) - post-spay day 3, cone on, wound clean
Kennel 3: Pepper (cat) - hyperthyroid, methimazole 2.5mg BID
Kennel 4: empty - deep clean (Trigene)
Stock: order Royal Canin Recovery x 12 (SKU {{sku}})
""",
    ),
    # --- minutes -------------------------------------------------------------------------
    c(
        "museum-minutes-c1",
        "minutes",
        """
Collections Committee - minutes
Date: {{date:long}}   Quorum: yes

1. Acquisitions. The committee approved two offers: a 1920s Singer sewing machine (est. {{price:80-600}}) and a set of railway posters. A third offer, a Ford Model T hubcap, was declined as out of scope.
2. Loans. The outgoing loan to the Tate was approved subject to the facilities report.
3. Disposals. 14 duplicate glass-plate negatives to be offered to other museums first.
4. Date of next meeting: {{date:day}}.
""",
        cur="£",
    ),
    c(
        "software-minutes-c1",
        "minutes",
        """
Sprint 42 retrospective
Went well: release {{ver}} shipped on time; flaky test count down from 31 to 6.
Didn't go well: staging outage ({{ticket}}) cost a day; the Gantt chart was out of date.
Actions:
- Platform team to add a Kubernetes readiness probe for the billing worker.
- QA to retire the Selenium grid by {{date:short}}.
- Everyone: mark as read the new on-call runbook.
""",
    ),
    c(
        "events-minutes-c1",
        "minutes",
        """
Supplier review - spring season
- Catering: tasting menu approved. Starter: Caesar salad or beetroot carpaccio; main: beef Wellington or mushroom risotto; dessert: Eton mess or peach Melba.
- Bar: add a Shirley Temple and an Earl Grey martini to the cocktail list.
- Marquee: new supplier quote {{price:3000-12000}}, includes flooring.
- Price increase of 6% from {{date:long}} for packages booked after that date.
""",
        cur="£",
    ),
    # --- transcript ----------------------------------------------------------------------
    c(
        "media-transcript-c1",
        "transcript",
        """
HOST 1: Welcome back to the show. Today we're talking about the history of the shipping forecast.
HOST 2: Which, if you've never heard it, is basically poetry for sailors.
HOST 1: It started in 1861 after a storm sank the Royal Charter. The Met Office took it over later.
HOST 2: And the names of the sea areas read like a poem.
HOST 1: We'll get into that after the break. This episode is sponsored by Ocean Kit, code WAVES15.
""",
    ),
    c(
        "secops-transcript-c1",
        "transcript",
        """
[Incident bridge - {{time}}]
LEAD: Status update please.
NETWORK: Firewall rules rolled back to revision {{n:100-999}}. Traffic on port {{port}} is flowing again.
APP: Error rate is down from 14% to 0.3%. The Sentry spike was all the same NullPointerException.
LEAD: Good. Comms, can we send the customer update?
COMMS: Drafted. It says service restored at {{time}}, root cause to follow.
""",
    ),
    c(
        "gym-transcript-c1",
        "transcript",
        """
COACH: Right, everyone on the bikes. We're doing the 4 by 8-minute threshold set today.
RIDER A: At what power?
COACH: 95 to 100 percent of FTP. If you tested last week, use that. If not, use the Zwift estimate.
RIDER B: Cadence?
COACH: 85 to 95. Recovery is 4 minutes easy. Last interval, if you've got anything left, empty the tank.
""",
    ),
    # --- json ----------------------------------------------------------------------------
    c(
        "energy-json-c1",
        "json",
        """
{
  "meter_id": "{{meter}}",
  "mpan": "{{mpan}}",
  "readings": [
    {"ts": "{{date1:iso}}T00:30:00Z", "kwh": 0.{{n:100-999}}},
    {"ts": "{{date1:iso}}T01:00:00Z", "kwh": 0.{{n:100-999}}}
  ],
  "tariff": "AGILE-24-10-01",
  "firmware": "{{ver}}"
}
Why would the second reading be lower than the first?
""",
    ),
    c(
        "travel-json-c1",
        "json",
        """
{"itinerary_id": "{{uuid}}", "segments": [{"flight": "{{flight}}", "dep": "{{date:iso}}T{{time}}", "seat": "{{seat}}"}, {"flight": "{{flight}}", "dep": "{{date:iso}}T{{time}}", "seat": "{{seat}}"}], "hotel": {"name": "Hilton Garden Inn", "room_type": "King Deluxe", "nights": 3}, "total": "{{price:300-2500}}", "pnr": "{{booking}}"}
Convert this to a human-readable itinerary.
""",
    ),
    c(
        "secops-json-c1",
        "json",
        """
{
  "rule_id": "SIG-{{n:1000-9999}}",
  "title": "Suspicious PowerShell download cradle",
  "mitre": ["T1059.001", "T1105"],
  "hosts_affected": 3,
  "first_seen": "{{date:iso}}T{{time}}:00Z",
  "hash": "{{sha}}",
  "verdict": "benign - SCCM deployment script"
}
Is the verdict reasonable?
""",
    ),
    c(
        "recruit-json-c1",
        "json",
        """
{"job_id": "REQ-{{n:1000-9999}}", "title": "Senior Data Engineer", "department": "Platform", "salary_band": "{{price:55000-70000}}-{{price:75000-95000}}", "skills": ["Python", "Apache Kafka", "Cassandra", "dbt", "Terraform"], "remote": "hybrid", "closing_date": "{{date:iso}}", "hiring_stage": "shortlist"}
Write a job advert from this.
""",
    ),
    # --- toolcall ------------------------------------------------------------------------
    c(
        "travel-toolcall-c1",
        "toolcall",
        """
{"tool": "search_fares", "arguments": {"route_id": "R-{{n:1000-9999}}", "date": "{{date:iso}}", "cabin": "economy", "passengers": {"adults": 2, "children": 1}, "max_price": {{n:200-900}}}}
""",
    ),
    c(
        "energy-toolcall-c1",
        "toolcall",
        """
assistant -> get_outages({"region_code": "N4", "since": "{{date:iso}}T00:00:00Z", "status": ["open", "restoring"]})
tool -> {"outages": [{"id": "{{ref}}", "customers_affected": 412, "cause": "LV cable fault", "eta": "{{time}}"}, {"id": "{{ref}}", "customers_affected": 38, "cause": "planned work", "eta": "{{time}}"}]}
""",
    ),
    c(
        "software-toolcall-c1",
        "toolcall",
        """
Function call: create_invoice
Arguments: {"client_id": "CL-{{n:100-999}}", "sow": "SOW-07", "lines": [{"desc": "Consultancy days (March)", "qty": 18, "unit_price": {{n:500-900}}}], "currency": "GBP", "due_days": 30, "po_number": "PO-{{n:10000-99999}}"}
Result: {"invoice_id": "{{invoice}}", "status": "draft"}
""",
    ),
    # --- csv -----------------------------------------------------------------------------
    c(
        "farm-csv-c1",
        "csv",
        """
ear_tag,breed,dob,sire_code,parity,last_calving,yield_305d
UK{{n:100000-999999}} {{n:10000-99999}},Friesian,{{date:iso}},FR{{n:1000-9999}},3,{{date:iso}},{{n:7000-11000}}
UK{{n:100000-999999}} {{n:10000-99999}},Friesian,{{date:iso}},FR{{n:1000-9999}},2,{{date:iso}},{{n:7000-11000}}
UK{{n:100000-999999}} {{n:10000-99999}},Shorthorn,{{date:iso}},SH{{n:1000-9999}},5,{{date:iso}},{{n:5000-8000}}
Which cow is the best candidate for culling?
""",
    ),
    c(
        "health-csv-c1",
        "csv",
        """
sku,product,pack,cost,rrp,stock
{{sku}},Ibuprofen 200mg tablets,16,0.42,1.29,{{n:10-200}}
{{sku}},Paracetamol 500mg caplets,32,0.39,0.99,{{n:10-200}}
{{sku}},Loratadine 10mg,30,0.88,3.49,{{n:10-200}}
{{sku}},Chlorhexidine mouthwash,300ml,1.95,4.50,{{n:10-200}}
Calculate the margin per line.
""",
    ),
    c(
        "events-csv-c1",
        "csv",
        """
item,supplier,qty,unit,total
Round tables (10-seat),Marquee Co,16,{{amount}},{{price:200-1500}}
Banquet chairs (gold),Marquee Co,160,3.20,{{price:300-900}}
Festoon lighting,Glow Hire,4,{{amount}},{{price:100-900}}
Dance floor 16x16,Glow Hire,1,{{amount}},{{price:300-900}}
Please total this and add 20% VAT.
""",
        cur="£",
    ),
    c(
        "customs-csv-c1",
        "csv",
        """
container,seal,vessel,voyage,eta,status
MSCU{{n:1000000-9999999}},SL{{n:100000-999999}},MSC Aurora,{{n:100-999}}W,{{date:iso}},customs hold
MAEU{{n:1000000-9999999}},SL{{n:100000-999999}},Maersk Kinloss,{{n:100-999}}E,{{date:iso}},released
CMAU{{n:1000000-9999999}},SL{{n:100000-999999}},CMA CGM Marco Polo,{{n:100-999}}N,{{date:iso}},awaiting docs
""",
    ),
    # --- tsv -----------------------------------------------------------------------------
    c(
        "gym-tsv-c1",
        "tsv",
        """
session	day	time	studio	capacity	booked
Spin	Mon	{{time}}	A	24	{{n:10-24}}
Pilates	Tue	{{time}}	B	14	{{n:5-14}}
HIIT	Wed	{{time}}	A	20	{{n:5-20}}
Yoga	Thu	{{time}}	B	16	{{n:5-16}}
Rank by utilisation.
""",
    ),
    c(
        "museum-tsv-c1",
        "tsv",
        """
object_no	title	date	material	location_code
{{n:1950-2023}}.{{n:1-400}}	Singer treadle sewing machine	c. 1925	cast iron, wood	ST-{{bin}}
{{n:1950-2023}}.{{n:1-400}}	Railway poster, "Go by Train"	1936	lithograph	PL-{{bin}}
{{n:1950-2023}}.{{n:1-400}}	Glass-plate negative	1908	glass	NG-{{bin}}
""",
    ),
    c(
        "software-tsv-c1",
        "tsv",
        """
service	version	p95_ms	error_rate	owner_team
billing-api	{{ver}}	{{n:80-400}}	0.{{n:1-9}}%	Payments
tenant-portal	{{ver}}	{{n:80-400}}	0.{{n:1-9}}%	Lettings
report-worker	{{ver}}	{{n:80-400}}	1.{{n:1-9}}%	Data
""",
    ),
    # --- markdown_table ------------------------------------------------------------------
    c(
        "translation-md-c1",
        "markdown_table",
        """
| Job | Language pair | Words | Rate | Due |
|---|---|---|---|---|
| {{ref}} | DE > EN | 4,200 | 0.11 | {{date:short}} |
| {{ref}} | PL > EN | 1,850 | 0.10 | {{date:short}} |
| {{ref}} | EN > PT-BR | 12,000 | 0.09 | {{date:short}} |
| {{ref}} | TR > EN (certified) | 600 | flat {{price:40-120}} | {{date:short}} |
Which jobs are at risk if one translator is off sick?
""",
        cur="£",
    ),
    c(
        "property-md-c1",
        "markdown_table",
        """
| Unit | Beds | Rent pcm | Status | EPC |
|---|---|---|---|---|
| 1A | 1 | {{price:650-1100}} | let | C |
| 2B | 2 | {{price:800-1400}} | void since {{date:short}} | D |
| 3C | 2 | {{price:800-1400}} | under offer | C |
| 4D | 3 | {{price:1100-2100}} | let | B |
Summarise occupancy and the expected rent roll.
""",
        cur="£",
    ),
    c(
        "insurance-md-c1",
        "markdown_table",
        """
| Vehicle | Group | Excess | Premium |
|---|---|---|---|
| Ford Transit Custom | 33E | {{price:250-1000}} | {{price:250-1000}} |
| Mercedes Sprinter | 40E | {{price:250-1000}} | {{price:250-1000}} |
| Land Rover Defender 110 | 44E | {{price:250-1000}} | {{price:250-1000}} |
Which is cheapest per year once the excess is taken into account?
""",
        cur="£",
    ),
]
