"""val23 clean templates, part A (no personal data, many decoys): chat, email, sms,
letter, form, ticket, notes, minutes, transcript, json, toolcall, csv, tsv."""

from __future__ import annotations

from appliance.testing.pii_corpus.val23_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- chat
    T(
        "c.chat.baggage_rules",
        "chat",
        "airline",
        """
What's the cabin bag allowance on an {d:aircraft} for flight {d:flight}? I'm in seat {d:seat}, booking {d:booking}, and I'd like to bring a 55x40x23 case plus a laptop bag. We hope to avoid paying {d:price} at the gate.
""",
    ),
    T(
        "c.chat.grace_period",
        "chat",
        "insurance",
        """
Is there a grace period if a premium payment fails? Policy {d:policy} renews on {d:date} and the direct debit bounced because of a bank holiday. Will do a manual payment today if that helps, just bill me for any fee.
""",
    ),
    T(
        "c.chat.exam_regs",
        "chat",
        "university",
        """
explain in plain English what "compensated fail" means under the exam regulations. module {d:module}, I got 38% and the pass mark is 40. the exam board meets in {d:month}
""",
    ),
    T(
        "c.chat.kalman",
        "chat",
        "software",
        """
Can you explain a Kalman filter like I'm a backend engineer? We're smoothing GPS pings from the Ford Transit fleet (build {d:vversion}) and the jitter is about {d:ms}. Would a Gaussian blur on the series be a dumb alternative?
""",
    ),
    T(
        "c.chat.cleat_sizes",
        "chat",
        "sports",
        """
our under-14s need new kit for the summer season: 18 shirts in {d:hex} with numbers 1-18, shorts, socks. budget is {d:price} all in. can you draft a polite request for quotes to three suppliers?
""",
    ),
    # ---------------------------------------------------------------- email
    T(
        "c.email.rate_change",
        "email",
        "hotel",
        """
Subject: Rate change for group block {d:ref}

Hi all,

From {d:date} the group rate for the Harbourline Hotels block moves from {d:price} to {d:price} per night (room only). Breakfast stays at {d:price}. Rooms {d:room}-{d:room} are held until {d:time} on arrival day; after that they're released to general sale.

Revenue Management
""",
    ),
    T(
        "c.email.freight_rates",
        "email",
        "logistics",
        """
Subject: Q3 ocean rates – revised

Team,

Attached are the revised rates for 20' and 40' containers effective {d:dateiso}. Bunker surcharge is now {d:pct}. Vessel {d:ship} has been withdrawn from the rotation; bookings on it move to the next sailing ({d:imo}). Please re-quote open RFQs {d:ref} and {d:ref}.

Pricing Desk
""",
    ),
    T(
        "c.email.maintenance",
        "email",
        "it",
        """
Subject: Planned maintenance – {d:day} {d:date}

The {d:software} cluster will be upgraded to {d:version} between {d:between} UTC. Expect up to {d:mins} of read-only mode. No action needed; we will mark {d:inc} as resolved once the change is verified.

Platform Engineering
""",
    ),
    T(
        "c.email.newsletter_draft",
        "email",
        "charity",
        """
Subject: Draft – spring newsletter

Hi team,

Draft attached. Headline figures: {d:amount} meals served, {d:qty} volunteers, {d:pct} of income spent on programmes. We hope the Nobel Prize mention in the lead story is fine legally. Please send edits by {d:day}; I'll mark anything unchanged as approved.
""",
    ),
    T(
        "c.email.coverage_note",
        "email",
        "journalism",
        """
Subject: Coverage plan, week {d:weeknum}

Monday: budget reaction (2 x 800 words). Tuesday: transport strike explainer with graphic ({d:hex} palette). Wednesday: Storm coverage if {d:storm} lands as forecast. Thursday: culture desk on the Turing test exhibition at {d:building}. Word counts and deadlines in the sheet ({d:ref}).
""",
    ),
    # ---------------------------------------------------------------- sms
    T(
        "c.sms.gate_change",
        "sms",
        "airline",
        """
Kestrel Air: Flight {d:flight} to {d:iata} now departs from gate {d:gate} at {d:time}. Boarding closes 20 min before departure. Ref {d:booking}.
""",
    ),
    T(
        "c.sms.appointment",
        "sms",
        "health",
        """
Copperleaf Dental: your check-up is on {d:day} {d:date} at {d:time}. Reply YES to confirm or NO to cancel. Late cancellations may incur a {d:price} fee.
""",
    ),
    T(
        "c.sms.delivery",
        "sms",
        "logistics",
        """
Your parcel {d:tracking} will arrive {d:day} between {d:between}. Manage delivery with code {d:booking}. Do not reply to this message.
""",
    ),
    # ---------------------------------------------------------------- letter
    T(
        "c.letter.policy_renewal",
        "letter",
        "insurance",
        """
Policy number: {d:policy}
Renewal date: {d:date}

Dear Policyholder,

Your home insurance renews on {d:date}. Your new premium is {d:price}, an increase of {d:pct}, mainly because of higher rebuild costs after {d:storm}. Your excess remains {d:price}. There is a 14-day grace period for payment after the renewal date.

If you are happy, you do not need to do anything.

Customer Services
Tallgrass Insurance
""",
    ),
    T(
        "c.letter.exam_results",
        "letter",
        "university",
        """
Dear Candidate,

Candidate number: {d:ref}

We are writing to confirm your results for the {d:month} examination period. Module {d:module}: {d:grade}. Module {d:module}: {d:grade}. Your overall classification will be confirmed by the Exam Board on {d:date}.

Appeals must be lodged within 10 working days.

Registry Office
""",
    ),
    T(
        "c.letter.service_charge",
        "letter",
        "mortgage",
        """
To all leaseholders,

Service charge budget {d:year}/{d:year}

The total budget is {d:price}, of which {d:price} is the contribution to the reserve fund for the roof. Invoices ({d:invoice} onwards) will be issued on {d:date}. Payment is due within 30 days; we will bill late payers an admin fee of {d:price}.

Larchmont Lettings, Block Management
""",
    ),
    # ---------------------------------------------------------------- form
    T(
        "c.form.incident",
        "form",
        "it",
        """
INCIDENT FORM
Reference: {d:inc}
Service: {d:software}
Impact: degraded ({d:pct} error rate)
Start: {d:ts}
Detected by: synthetic check
Root cause: certificate expiry on port {d:port}
Follow-up ticket: {d:ticket}
""",
    ),
    T(
        "c.form.cargo",
        "form",
        "logistics",
        """
CARGO BOOKING FORM
AWB: {d:awb}
Origin / destination: {d:iata} / {d:iata}
Pieces: {d:qty}    Gross weight: {d:weight}
Commodity: spare parts, HS {d:hs}
Dangerous goods: No
Container: {d:container}
Requested flight: {d:flight} on {d:date}
""",
    ),
    T(
        "c.form.room_request",
        "form",
        "university",
        """
Room booking request
Event: Exam board pre-meeting
Building: {d:building}
Room: {d:room}
Date / time: {d:date}, {d:window}
Attendees: 12
Catering: tea and coffee (cost centre {d:costcentre})
AV: projector, hybrid camera
""",
    ),
    # ---------------------------------------------------------------- ticket
    T(
        "c.ticket.printer",
        "ticket",
        "it",
        """
{d:inc} – Printer on 4th floor jams on duplex
Asset: {d:serial}
Model: HP LaserJet M610, firmware {d:version}
Steps tried: replaced tray 2 rollers, cleared queue
Priority: P4
Will do a site visit {d:day} if remote reset fails.
""",
    ),
    T(
        "c.ticket.roaming",
        "ticket",
        "telecom",
        """
Ticket {d:ref}: Data roaming not working after plan change
Plan: Unlimited Plus ({d:price}/month)
SIM serial: {d:serial}
APN settings checked, handset firmware {d:version}
Network reports error {d:errcode}
Next step: reprovision profile; mark resolved if data returns within {d:hours}.
""",
    ),
    T(
        "c.ticket.dispute_ops",
        "ticket",
        "bank",
        """
Case {d:ref} – duplicate direct debit
Mandate ref: {d:ref}
Amounts: {d:price} taken on {d:dateiso} and again on {d:dateiso}
Merchant category: utilities
Action: raise indemnity claim; customer has 8 weeks. SLA {d:hours}.
""",
    ),
    # ---------------------------------------------------------------- notes
    T(
        "c.notes.physio_protocol",
        "notes",
        "health",
        """
ACL rehab protocol – phase 2 (weeks 3-6)
- ROM target 0-120°; quad sets 3x15
- Bike {d:mins} low resistance
- Avoid open-chain extension 90-45°
- Criteria to progress: no effusion, SLR without lag
- Review with the Kaplan-Meier data from the audit ({d:ref})
""",
    ),
    T(
        "c.notes.editorial",
        "notes",
        "journalism",
        """
Editorial meeting notes {d:dateiso}
- Splash: rail fares rise {d:pct}
- Page 5: Parkinson's disease trial results ({d:doi})
- Sport: Galopin Des Champs out of the Gold Cup
- Pictures: need three options for the Carnegie Hall anniversary piece
- Subs: house style reminder, "summer" lower case
""",
    ),
    T(
        "c.notes.release_notes",
        "notes",
        "software",
        """
Release {d:vversion} – notes
* Dijkstra's algorithm replaces the greedy router (route cost down {d:pct})
* Fixed: timezone offset in invoices ({d:ticket})
* Deprecated: /v1/export (remove in {d:version})
* Known issue: Safari {d:version} scroll jank on the dashboard
Build {d:build}, commit {d:hash}
""",
    ),
    # ---------------------------------------------------------------- minutes
    T(
        "c.minutes.safety",
        "minutes",
        "logistics",
        """
Depot safety committee – minutes {d:date}
1. Forklift near-miss count: {d:qty} this quarter (down {d:pct}).
2. New racking in Dock 7 signed off; load signs to be fitted by {d:day}.
3. Hi-vis stock low, order {d:qty} units (SKU {d:sku}).
4. Next meeting {d:date}, {d:time}, Training Room B.
""",
    ),
    T(
        "c.minutes.league_agm",
        "minutes",
        "sports",
        """
League AGM – minutes
Attendance: 14 of 16 member clubs.
1. Accounts for {d:year} approved; surplus {d:price}.
2. Referee fees rise to {d:price} per match from {d:month}.
3. Rule change: rolling substitutions in the Veterans XI division, carried 11-3.
4. Fixtures secretary to publish the summer schedule by {d:date}.
""",
    ),
    T(
        "c.minutes.cab",
        "minutes",
        "it",
        """
Change Advisory Board – {d:dateiso}
CHG-1: upgrade {d:software} to {d:version}. Approved, window {d:day} {d:time}.
CHG-2: rotate TLS certificates on ports {d:port} and {d:port}. Approved.
CHG-3: decommission Hangar 4 file server (asset {d:serial}). Deferred: data owner sign-off pending.
Actions: update runbook {d:ref}; mark CHG-1 complete after smoke tests.
""",
    ),
    # ---------------------------------------------------------------- transcript
    T(
        "c.transcript.ivr",
        "transcript",
        "telecom",
        """
IVR: Welcome to Meridian Telecom. For billing, press 1. For technical support, press 2.
Caller: [presses 2]
IVR: Please enter your account reference, followed by the hash key.
Caller: [enters reference]
IVR: Thank you. We're currently experiencing high call volumes. Your estimated wait is {d:mins}.
Agent: Thanks for holding. I can see a fault on the cabinet serving your street, ticket {d:ref}. Engineers are on site.
""",
    ),
    T(
        "c.transcript.earnings",
        "transcript",
        "bank",
        """
OPERATOR: Good morning and welcome to the Q{alt:1|2|3|4} results call.
CFO: Thank you. Net interest margin was {d:pct}, up 12 basis points. Fraud losses fell to {d:price} million, helped by the new device-binding rules.
ANALYST 1: Can you quantify the impact of the Bloomberg terminal outage on trading income?
CFO: Immaterial, under {d:pct} of the quarter.
""",
    ),
    T(
        "c.transcript.lecture",
        "transcript",
        "university",
        """
[Lecture capture, {d:module}, week {alt:3|5|8}]
LECTURER: Right, let's pick up with the Fourier transform. Last time we did the discrete case.
STUDENT: Will this be on the exam?
LECTURER: Everything in weeks one to eight is examinable. Slides are on Moodle, and the problem sheet is due {d:day}.
""",
    ),
    # ---------------------------------------------------------------- json
    T(
        "c.json.flight_status",
        "json",
        "airline",
        """
{
  "flight": "{d:flight}",
  "scheduled": "{d:ts}",
  "estimated": "{d:ts}",
  "origin": "{d:iata}",
  "destination": "{d:iata}",
  "gate": "{d:gate}",
  "aircraft": {"type": "{d:aircraft}", "registration": "{d:tail}"},
  "status": "DELAYED",
  "delay_code": "93"
}
""",
    ),
    T(
        "c.json.order",
        "json",
        "logistics",
        """
{"order_id":"{d:order}","lines":[{"sku":"{d:sku}","qty":{d:qty},"unit_price":"{d:price}"},{"sku":"{d:sku}","qty":{d:qty},"unit_price":"{d:price}"}],"incoterm":"DAP","hs_code":"{d:hs}","tracking":"{d:tracking}"}
""",
    ),
    T(
        "c.json.health_check",
        "json",
        "software",
        """
{
  "service": "checkout-api",
  "version": "{d:version}",
  "commit": "{d:sha}",
  "uptime_s": {d:pid},
  "dependencies": {"postgres": "ok", "redis": "ok", "kafka": "degraded"},
  "request_id": "{d:reqid}"
}
""",
    ),
    T(
        "c.json.room_inventory",
        "json",
        "hotel",
        """
{
  "property": "HLH-{d:qty}",
  "date": "{d:dateiso}",
  "room_types": [
    {"code": "DBL", "available": {d:qty}, "rate": "{d:price}"},
    {"code": "TWN", "available": {d:qty}, "rate": "{d:price}"},
    {"code": "STE", "available": 1, "rate": "{d:price}"}
  ],
  "min_stay": 2
}
""",
    ),
    # ---------------------------------------------------------------- toolcall
    T(
        "c.toolcall.currency",
        "toolcall",
        "bank",
        """
{"tool": "convert_currency", "arguments": {"amount": "{d:amount}", "from": "EUR", "to": "GBP", "date": "{d:dateiso}"}}
""",
    ),
    T(
        "c.toolcall.search_flights",
        "toolcall",
        "airline",
        """
search_flights(origin="{d:iata}", destination="{d:iata}", date="{d:dateiso}", cabin="economy", max_stops=1, passengers=2)
""",
    ),
    T(
        "c.toolcall.create_ticket",
        "toolcall",
        "it",
        """
<tool_call>
{"name": "create_ticket", "arguments": {"queue": "Network Operations Centre", "title": "Packet loss on uplink port {d:port}", "priority": "P2", "asset": "{d:serial}", "related": ["{d:inc}", "{d:inc}"]}}
</tool_call>
""",
    ),
    T(
        "c.toolcall.stock_check",
        "toolcall",
        "logistics",
        """
assistant → tool: check_stock({"sku": "{d:sku}", "warehouse": "WH-{d:qty}"})
tool → assistant: {"sku": "{d:sku}", "on_hand": {d:qty}, "allocated": {d:qty}, "next_delivery": "{d:dateiso}"}
""",
    ),
    # ---------------------------------------------------------------- csv
    T(
        "c.csv.fixtures",
        "csv",
        "sports",
        """
round,date,home,away,kickoff,pitch
1,{d:dateiso},Fernhill Rovers,Harbour Athletic,{d:time},3G-1
1,{d:dateiso},Millbrook Town,Team Falcon,{d:time},Grass-2
2,{d:dateiso},Harbour Athletic,Millbrook Town,{d:time},3G-1
""",
    ),
    T(
        "c.csv.claims_summary",
        "csv",
        "insurance",
        """
month,claims_opened,claims_closed,avg_days_open,paid_total
{d:month},{d:qty},{d:qty},{d:qty},{d:price}
{d:month},{d:qty},{d:qty},{d:qty},{d:price}
{d:month},{d:qty},{d:qty},{d:qty},{d:price}
""",
    ),
    T(
        "c.csv.inventory",
        "csv",
        "health",
        """
item,sku,lot,expiry,qty
Nitrile gloves M,{d:sku},{d:lot},{d:dateiso},{d:qty}
Lidocaine 2% cartridges,{d:sku},{d:lot},{d:dateiso},{d:qty}
Composite A2 shade,{d:sku},{d:lot},{d:dateiso},{d:qty}
""",
    ),
    # ---------------------------------------------------------------- tsv
    T(
        "c.tsv.timetable",
        "tsv",
        "university",
        """
module\tday\tstart\tend\troom
{d:module}\tMonday\t09:00\t11:00\t{d:room}
{d:module}\tWednesday\t14:00\t16:00\t{d:room}
{d:module}\tFriday\t10:00\t12:00\t{d:room}
""",
    ),
    T(
        "c.tsv.latency",
        "tsv",
        "software",
        """
endpoint\tp50_ms\tp99_ms\terrors\tversion
/api/v2/orders\t{d:qty}\t{d:pid}\t{d:pct}\t{d:version}
/api/v2/payments\t{d:qty}\t{d:pid}\t{d:pct}\t{d:version}
/healthz\t2\t9\t0.0%\t{d:version}
""",
    ),
    T(
        "c.tsv.tariffs",
        "tsv",
        "logistics",
        """
hs_code\tdescription\tduty\tvat
{d:hs}\tlaptops\t0%\t20%
{d:hs}\tbicycle parts\t{d:pct}\t20%
{d:hs}\tceramic tiles\t{d:pct}\t20%
""",
    ),
]
